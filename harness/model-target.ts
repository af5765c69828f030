/**
 * A simulator schedule (schedule/steps.ts) run on the abstract model, as a trace in the shared format
 * (target "model") with the model's cluster view after each step: what lets `zab diff` compare one
 * schedule on the model and on the implementation.
 *
 * Each schedule step becomes the random walk's step of the same name (model/walk.ts), where the walk has
 * one; the walk then takes the spec actions it takes for that step. The vocabularies differ, so not every
 * step runs on the model:
 *   Deliver, Settle, CrashLeader, Reset, IsolateLeader, ClientWrite   the walk step of the same name
 *   Tick        the walk's Tick, which is not one clock tick: with nobody leading the oracle elects at once
 *   Crash       the walk's Restart: Zab.tla crashes and recovers in one action, keeping what it logged
 *   Restart, Fsync, Partition, Heal   none: the model recovers at once, its writes are durable when made,
 *               and it has no lasting partitions (IsolateLeader and Reset break connections, as Timeout does)
 *   CrashOnDelivery   none: the walk has no crash armed to fire at a later delivery
 *   Client, ClientMove   none: the model has no client sessions (no reads, syncs or multis)
 * A step with no counterpart, or one whose walk step takes no action, is skipped, as the simulator skips
 * a step that makes no sense; the trace then has no Step or View for it and `zab diff` carries the last
 * view forward. The model has no liveness phase, so its trace ends with the schedule. Besides Step and View
 * the trace holds what each spec action changed as the implementation would report it (RoleChange,
 * Delivered), so its story reads like an implementation's.
 *
 * The other way round, a random walk of `zab check --target model` is written as a trace of the same shape
 * (`walkCounterexample`): the walk in the header's `walk`, and a schedule made of it step for step
 * (`scheduleOfWalk`), so the walk's step k is the schedule's step k and `zab replay` re-runs the walk.
 */
import { formatLabel } from "../model/spec-text.js"
import { project } from "../model/model-view.js"
import fc from "fast-check"
import type { ModelViolation } from "../model/explore.js"
import { type WalkOptions, type WalkOutcome, type WalkStep, formatWalkStep, runWalk, walkArbitrary, walkConfig } from "../model/walk.js"
import type { ModelWalk } from "../model/walk-step.js"
import { type Schedule, type SimConfig, type Step, defaultSimConfig } from "../schedule/steps.js"
import type { ClusterView } from "../properties/view.js"
import type { InvariantError } from "../properties/user-invariants.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "../traces/schema.js"

/** The walk step a schedule step becomes on the model, or null when the model has none. */
export function walkStepOf(step: Step): WalkStep | null {
  switch (step._tag) {
    case "Deliver":
      return { _tag: "Deliver", pick: step.pick }
    case "Settle":
      return { _tag: "Settle" }
    case "Tick":
      return { _tag: "Tick" }
    case "Crash":
      return { _tag: "Restart", server: step.server }
    case "CrashLeader":
      return { _tag: "CrashLeader" }
    case "Reset":
      return { _tag: "Reset", a: step.a, b: step.b }
    case "IsolateLeader":
      return { _tag: "IsolateLeader" }
    case "ClientWrite":
      return { _tag: "ClientWrite", server: step.server }
    case "Restart":
    case "Fsync":
    case "Partition":
    case "Heal":
    case "CrashOnDelivery":
    // The model has no clients: its walk has ClientWrite (a txn to order) and nothing a session reads.
    case "Client":
    case "ClientMove":
    // A pause is silence from one server: the walk's own scheduling covers it.
    case "Pause":
    // Zab.tla has no disk to damage.
    case "CorruptSnapshot":
    case "RewriteSnapshot":
      return null
  }
}

export interface ModelRun {
  readonly events: ReadonlyArray<TraceEvent>
  readonly violation: { readonly invariant: string; readonly message: string } | null
  readonly stepsTaken: number
  /** Schedule steps with no counterpart on the model (skipped). */
  readonly untranslatable: number
}

/**
 * What an action changed, in the trace's vocabulary, so a model trace tells its story as an implementation
 * trace does: a server's role, phase or leader (RoleChange, with its currentEpoch) and the txns it delivered.
 */
export function changes(before: ClusterView, after: ClusterView): Array<TraceEvent> {
  const out: Array<TraceEvent> = []
  for (const s of after.servers) {
    const b = before.servers[s.id - 1]!
    if (b.role !== s.role || b.phase !== s.phase || b.leader !== s.leader) {
      out.push({ _tag: "Observed", server: s.id, effect: { _tag: "RoleChange", role: s.role, phase: s.phase, epoch: s.currentEpoch, leader: s.leader } })
    }
    // A restart forgets lastCommitted; only growth is a delivery.
    for (let i = b.committed; i < s.committed; i++) out.push({ _tag: "Delivered", server: s.id, zxid: s.history[i]!.zxid })
  }
  return out
}

/**
 * The events of a walk's outcome, as a trace records them: the view before the first step, then for each
 * walk step k that took an action its Step (at `origin[k]`, the step's index in the trace's schedule), what
 * each action changed, and the view after it; the violation last.
 */
function walkEvents(schedule: Schedule, outcome: WalkOutcome, origin: ReadonlyArray<number>): { events: Array<TraceEvent>; stepsTaken: number } {
  const walk = outcome.steps
  let before = project(outcome.initial)
  const events: Array<TraceEvent> = [{ _tag: "View", step: null, view: before }]
  let next = 0
  let stepsTaken = 0
  for (let k = 0; k < walk.length; k++) {
    const taken: Array<(typeof outcome.actions)[number]> = []
    while (next < outcome.actions.length && outcome.actions[next]!.step === k) taken.push(outcome.actions[next++]!)
    if (taken.length === 0) continue
    stepsTaken += 1
    const index = origin[k]!
    const text = `model ${formatWalkStep(walk[k]!)}: ${taken.map((a) => formatLabel(a.label)).join(", ")}`
    events.push({ _tag: "Step", index, step: schedule.steps[index]!, text })
    for (const action of taken) {
      const after = project(action.state)
      events.push(...changes(before, after))
      before = after
    }
    events.push({ _tag: "View", step: index, view: before })
  }
  if (outcome.violation !== null) events.push({ _tag: "Violation", invariant: outcome.violation.invariant, message: outcome.violation.message, servers: [] })
  return { events, stepsTaken }
}

function violationOf(outcome: WalkOutcome): ModelRun["violation"] {
  return outcome.violation === null ? null : { invariant: outcome.violation.invariant, message: outcome.violation.message }
}

/** Run `schedule` on the model with the named model bugs (model/model-bugs.ts) on. Deterministic. */
export function runScheduleOnModel(schedule: Schedule, bugs: ReadonlyArray<string> = []): ModelRun {
  const walk: Array<WalkStep> = []
  const origin: Array<number> = [] // the schedule index of each walk step
  let untranslatable = 0
  schedule.steps.forEach((step, index) => {
    const w = walkStepOf(step)
    if (w === null) {
      untranslatable += 1
      return
    }
    walk.push(w)
    origin.push(index)
  })
  const outcome = runWalk({ servers: schedule.config.servers, maxSteps: walk.length, bugs }, walk)
  const { events, stepsTaken } = walkEvents(schedule, outcome, origin)
  return { events, violation: violationOf(outcome), stepsTaken, untranslatable }
}

/**
 * A walk as a simulator schedule, step for step, so a walk's trace indexes its schedule as every trace
 * does (Step.step is schedule.steps[Step.index]). Each walk step becomes the simulator step that
 * `walkStepOf` translates back to it: Restart is a Crash keeping the disk (Zab.tla's Restart keeps what it
 * logged; the simulator's server stays down until a Restart step or the liveness phase), Settle completes
 * fsyncs (the model's writes are durable when made), and the k-th ClientWrite creates `/wk` (the model's
 * txn value is its request number, not an op). Elect has no counterpart, since the simulator elects by FLE:
 * it becomes a Tick, the step in which the simulator's election moves on, and the one step that does not
 * translate back. The walk itself (the header's `walk`) is what replays.
 */
export function scheduleOfWalk(config: SimConfig, walk: ReadonlyArray<WalkStep>): Schedule {
  let writes = 0
  const steps = walk.map((w): Step => {
    switch (w._tag) {
      case "Deliver":
        return { _tag: "Deliver", pick: w.pick }
      case "Settle":
        return { _tag: "Settle", fsync: true }
      case "Tick":
      case "Elect":
        return { _tag: "Tick" }
      case "Restart":
        return { _tag: "Crash", server: w.server, disk: "keep" }
      case "CrashLeader":
        return { _tag: "CrashLeader", disk: "keep" }
      case "Reset":
        return { _tag: "Reset", a: w.a, b: w.b }
      case "IsolateLeader":
        return { _tag: "IsolateLeader" }
      case "ClientWrite":
        writes += 1
        return { _tag: "ClientWrite", server: w.server, op: { _tag: "Create", path: `/w${writes}`, data: "v1" } }
    }
  })
  return { config, steps }
}

/** The walk options a trace's walk runs with: its bounds, and the header's servers and model bugs. */
export function walkOptionsOf(config: SimConfig, walk: ModelWalk): WalkOptions {
  return { servers: config.servers, maxSteps: walk.steps.length, parameters: walk.parameters, bugs: config.bugs }
}

/** The trace of a walk's outcome (`runWalk`), under `scheduleOfWalk(config, outcome.steps)`. */
export function walkTrace(config: SimConfig, outcome: WalkOutcome): ModelRun & { readonly schedule: Schedule } {
  const schedule = scheduleOfWalk(config, outcome.steps)
  const { events, stepsTaken } = walkEvents(schedule, outcome, outcome.steps.map((_, k) => k))
  return { schedule, events, violation: violationOf(outcome), stepsTaken, untranslatable: 0 }
}

/** Re-run the walk a trace header carries. Deterministic: the same walk gives the same events. */
export function runWalkOfTrace(config: SimConfig, walk: ModelWalk): ModelRun & { readonly schedule: Schedule } {
  return walkTrace(config, runWalk(walkOptionsOf(config, walk), walk.steps))
}

/**
 * A failing walk's counterexample trace: target "model", the walk in the header with the bounds it ran
 * under, and the schedule `scheduleOfWalk` makes of it. `bugs` are the broken model actions it ran with.
 */
export function walkCounterexample(
  options: WalkOptions,
  outcome: WalkOutcome,
  seed: number | null,
  run: number | null,
): { readonly header: TraceHeader; readonly events: ReadonlyArray<TraceEvent> } {
  const config = defaultSimConfig(options.servers, options.bugs ?? [])
  const trace = walkTrace(config, outcome)
  return {
    header: {
      format: TRACE_FORMAT,
      version: TRACE_VERSION,
      target: "model",
      seed,
      run,
      schedule: trace.schedule,
      walk: { steps: outcome.steps, parameters: walkConfig(options).parameters },
      violated: trace.violation?.invariant ?? null,
    },
    events: trace.events,
  }
}

// -------------------------------------------------------------------------------------------------------
// The model walk campaign's run: one generated walk, shrunk by fast-check when it fails.

export interface WalkFailure {
  readonly seed: number
  readonly violation: ModelViolation
  /** The shrunk walk and what it did. */
  readonly outcome: WalkOutcome
  readonly generatedSteps: number
  readonly shrinks: number
}

/** A user invariant that threw on a generated walk, with the walk as far as it went. */
export interface WalkError {
  readonly seed: number
  readonly error: InvariantError & { readonly step: number }
  readonly outcome: WalkOutcome
}

/**
 * One fast-check-generated walk from `seed`: null if every invariant held along it, otherwise the violation
 * with the walk shrunk to a minimal one that still violates an invariant.
 */
export function checkWalk(options: WalkOptions, seed: number): WalkFailure | null {
  const found = checkWalkWithUser(options, seed)
  return found === null || !("violation" in found) ? null : found
}

/** checkWalk, with a user invariant's throw (options.invariants) reported as a WalkError. */
export function checkWalkWithUser(options: WalkOptions, seed: number): WalkFailure | WalkError | null {
  const arbitrary = walkArbitrary(options)
  let generatedSteps = 0
  let first: WalkOutcome | null = null
  const details = fc.check(
    fc.property(arbitrary, (steps) => {
      generatedSteps = Math.max(generatedSteps, steps.length)
      const outcome = runWalk(options, steps)
      first ??= outcome
      return outcome.violation === null
    }),
    { seed, numRuns: 1 },
  )
  // A user invariant that threw on the generated walk is the user's error: nothing to shrink.
  const generated = first as WalkOutcome | null
  if (generated !== null && generated.invariantError !== null) return { seed, error: generated.invariantError, outcome: generated }
  if (!details.failed || details.counterexample === null) return null
  const outcome = runWalk(options, details.counterexample[0])
  if (outcome.violation === null) return null
  return { seed, violation: outcome.violation, outcome, generatedSteps, shrinks: details.numShrinks }
}
