/**
 * Random walks through the model, generated and shrunk by fast-check, for configurations too large to
 * explore (`zab check --target model`).
 *
 * A walk is a schedule in the simulator's vocabulary (schedule/steps.ts) where it applies, so a model
 * counterexample reads like an implementation one: Deliver{pick} delivers the head message of the pick-th
 * non-empty link (links ordered by (from, to)), ClientWrite, Restart, CrashLeader, Reset (the connection
 * between two servers breaks: Zab.tla's Timeout), IsolateLeader, Settle and Tick. Zab.tla elects through an
 * oracle rather than by exchanging votes, so one step is the model's own: Elect{server} (UpdateLeader).
 * Each step becomes zero or more of the spec's actions; a step that makes no sense in the current state is
 * skipped, as in the simulator, so every shrunk walk stays runnable. The invariants are checked after every
 * action.
 */
import fc from "fast-check"
import { type ActionInfo, type Label, lastZxidOfHistory, actions as specActions } from "./actions.js"
import { actionsWithBugs } from "./model-bugs.js"
import { defaultChecks } from "./checks.js"
import type { ModelViolation } from "./explore.js"
import { describeState, formatLabel } from "./spec-text.js"
import { type ActionName, type ModelConfig, type ModelState, type Parameters, initialState } from "./model-state.js"
import { WalkStep } from "./walk-step.js"
import { project } from "./model-view.js"
import type { InvariantError, InvariantSet } from "../properties/user-invariants.js"

export { WalkStep }

export interface WalkOptions {
  readonly servers: number
  readonly maxSteps: number
  /** Bounds as guards, as in the explorer; generous by default since a walk is not exhaustive. */
  readonly parameters?: Parameters
  /** Named model bugs (model/model-bugs.ts) to walk a deliberately broken model. */
  readonly bugs?: ReadonlyArray<string>
  /** The user's invariants, checked on the cluster view of every state after the built-in checks. */
  readonly invariants?: InvariantSet
}

export const walkParameters: Parameters = { MaxTimeoutFailures: 8, MaxTransactionNum: 8, MaxEpoch: 10, MaxRestarts: 4 }

/** The bound on actions one Settle step takes, so a walk always ends. */
export const settleActionsMax = 200

export function walkConfig(options: WalkOptions): ModelConfig {
  return { servers: options.servers, parameters: options.parameters ?? walkParameters }
}

export function walkArbitrary(options: WalkOptions): fc.Arbitrary<ReadonlyArray<WalkStep>> {
  const server = fc.integer({ min: 1, max: options.servers })
  const step: fc.Arbitrary<WalkStep> = fc.oneof(
    { weight: 45, arbitrary: fc.record({ _tag: fc.constant("Deliver" as const), pick: fc.nat({ max: 2 * options.servers * options.servers }) }) },
    { weight: 4, arbitrary: fc.constant({ _tag: "Settle" as const }) },
    { weight: 15, arbitrary: fc.constant({ _tag: "Tick" as const }) },
    { weight: 5, arbitrary: fc.record({ _tag: fc.constant("Elect" as const), server }) },
    { weight: 3, arbitrary: fc.record({ _tag: fc.constant("Restart" as const), server }) },
    { weight: 2, arbitrary: fc.constant({ _tag: "CrashLeader" as const }) },
    { weight: 3, arbitrary: fc.record({ _tag: fc.constant("Reset" as const), a: server, b: server }) },
    { weight: 1, arbitrary: fc.constant({ _tag: "IsolateLeader" as const }) },
    { weight: 10, arbitrary: fc.record({ _tag: fc.constant("ClientWrite" as const), server }) },
  )
  return fc.array(step, { maxLength: options.maxSteps, size: "max" })
}

export interface WalkAction {
  /** Index of the walk step that took this action. */
  readonly step: number
  readonly label: Label
  readonly state: ModelState
}

export interface WalkOutcome {
  readonly steps: ReadonlyArray<WalkStep>
  readonly initial: ModelState
  readonly actions: ReadonlyArray<WalkAction>
  /** The first violation, found after the last action listed. */
  readonly violation: ModelViolation | null
  /** A user invariant that threw after the last action listed (the walk stopped there); null otherwise. */
  readonly invariantError: (InvariantError & { readonly step: number }) | null
}

/** The receive actions, tried in the spec's order for the head of a link. */
const receiveActions: ReadonlyArray<ActionName> = [
  "LeaderProcessCEPOCH",
  "FollowerProcessNEWEPOCH",
  "LeaderProcessACKEPOCH",
  "FollowerProcessNEWLEADER",
  "LeaderProcessACKLD",
  "FollowerProcessCOMMITLD",
  "FollowerProcessPROPOSE",
  "LeaderProcessACK",
  "FollowerProcessCOMMIT",
  "FilterNonexistentMessage",
]

function compareVote(s: ModelState, a: number, b: number): number {
  return s.currentEpoch[a]! - s.currentEpoch[b]! || lastZxidOfHistory(s.history[a]!) - lastZxidOfHistory(s.history[b]!) || a - b
}

/** Runs a walk on the model, checking every invariant after every action. Deterministic. */
export function runWalk(options: WalkOptions, steps: ReadonlyArray<WalkStep>): WalkOutcome {
  const config = walkConfig(options)
  const n = config.servers
  const list = options.bugs === undefined || options.bugs.length === 0 ? specActions : actionsWithBugs(options.bugs)
  const byName = new Map<ActionName, ActionInfo>(list.map((a) => [a.name, a]))
  const checks = defaultChecks()
  const initial = initialState(config)
  const taken: Array<WalkAction> = []
  let state = initial
  let violation: ModelViolation | null = null
  let stepIndex = 0
  // A fresh set per walk: an error belongs to the walk in which the user's check threw.
  const user = options.invariants === undefined || options.invariants.empty ? null : options.invariants.fresh()
  let invariantError: (InvariantError & { step: number }) | null = null
  const checkUser = (s: ModelState): void => {
    if (user === null || violation !== null) return
    const found = user.check(project(s))
    if (found !== null) violation = { invariant: found.invariant, message: found.message }
    if (user.error !== null) invariantError = { ...user.error, step: stepIndex }
  }

  for (const check of checks.invariants) violation ??= check(state)
  checkUser(state)

  /** Takes one action if enabled; false if not enabled or a violation (or a user's throw) stopped the walk. */
  const take = (name: ActionName, i: number, j = 0): boolean => {
    if (violation !== null || invariantError !== null) return false
    const info = byName.get(name)!
    const next = info.run(config, state, i, j)
    if (next === null) return false
    const label: Label = { action: name, args: info.arity === 1 ? [i] : [i, j] }
    for (const check of checks.stepInvariants) violation ??= check(state, next, label)
    for (const check of checks.invariants) violation ??= check(next)
    checkUser(next)
    state = next
    taken.push({ step: stepIndex, label, state })
    return true
  }

  const links = (): Array<readonly [number, number]> => {
    const out: Array<readonly [number, number]> = []
    for (let from = 0; from < n; from++) for (let to = 0; to < n; to++) if (state.msgs[from]![to]!.length > 0) out.push([from, to])
    return out
  }
  const deliver = (from: number, to: number): boolean => receiveActions.some((name) => take(name, to, from))
  const leaders = (): Array<number> => state.state.flatMap((role, i) => (role === "LEADING" ? [i] : []))
  const internal = (): boolean => {
    let progressed = false
    // With nobody leading, an election timeout fires and the oracle picks the looking server FLE would
    // elect: the highest (currentEpoch, last zxid, id).
    if (leaders().length === 0) {
      let best = -1
      for (let i = 0; i < n; i++) {
        if (state.state[i] !== "LOOKING") continue
        if (best < 0 || compareVote(state, i, best) > 0) best = i
      }
      if (best >= 0) progressed = take("UpdateLeader", best) || progressed
    }
    for (let i = 0; i < n; i++) progressed = take("FollowLeader", i) || progressed
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) progressed = take("ConnectAndFollowerSendCEPOCH", i, j) || progressed
    for (let i = 0; i < n; i++) progressed = take("LeaderBroadcastPROPOSE", i) || progressed
    return progressed
  }

  for (const step of steps) {
    if (violation !== null) break
    const valid = (id: number): boolean => id >= 1 && id <= n
    switch (step._tag) {
      case "Deliver": {
        const open = links()
        if (open.length === 0) break
        const [from, to] = open[step.pick % open.length]!
        deliver(from, to)
        break
      }
      case "Settle": {
        for (let budget = settleActionsMax; budget > 0 && violation === null; budget--) {
          const delivered = links().some(([from, to]) => deliver(from, to))
          if (!delivered && !leaders().some((i) => take("LeaderBroadcastPROPOSE", i))) break
        }
        break
      }
      case "Tick":
        internal()
        break
      case "Elect":
        if (valid(step.server)) take("UpdateLeader", step.server - 1)
        break
      case "Restart":
        if (valid(step.server)) take("Restart", step.server - 1)
        break
      case "CrashLeader": {
        const leader = leaders()[0]
        if (leader !== undefined) take("Restart", leader)
        break
      }
      case "Reset":
        if (valid(step.a) && valid(step.b) && step.a !== step.b) {
          if (!take("Timeout", step.a - 1, step.b - 1)) take("Timeout", step.b - 1, step.a - 1)
        }
        break
      case "IsolateLeader": {
        const leader = leaders()[0]
        if (leader === undefined) break
        for (let j = 0; j < n; j++) if (j !== leader) take("Timeout", leader, j)
        break
      }
      case "ClientWrite": {
        if (!valid(step.server)) break
        const i = step.server - 1
        const leader = state.state[i] === "LEADING" ? i : state.connectInfo[i]
        if (leader !== null && leader !== undefined) take("LeaderProcessRequest", leader)
        break
      }
    }
    stepIndex++
  }
  return { steps, initial, actions: taken, violation, invariantError }
}

export function formatWalkStep(step: WalkStep): string {
  switch (step._tag) {
    case "Deliver":
      return `Deliver pick ${step.pick}`
    case "Settle":
    case "Tick":
    case "CrashLeader":
    case "IsolateLeader":
      return step._tag
    case "Elect":
    case "Restart":
    case "ClientWrite":
      return `${step._tag} ${step.server}`
    case "Reset":
      return `Reset ${step.a} ${step.b}`
  }
}

/** The walk as printed: each step with the spec actions it took, then the state the last one reached. */
export function walkLines(outcome: WalkOutcome): Array<string> {
  const lines: Array<string> = []
  outcome.steps.forEach((step, k) => {
    const taken = outcome.actions.filter((a) => a.step === k)
    if (taken.length === 0 && outcome.violation !== null) return // skipped steps add nothing to a counterexample
    lines.push(`  ${String(k + 1).padStart(3)}. ${formatWalkStep(step).padEnd(18)} ${taken.length === 0 ? "(skipped)" : taken.map((a) => formatLabel(a.label)).join(", ")}`)
  })
  const last = outcome.actions[outcome.actions.length - 1]?.state ?? outcome.initial
  lines.push("", "  state reached:", ...describeState(last).map((l) => `    ${l}`))
  return lines
}
