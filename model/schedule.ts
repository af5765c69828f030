/**
 * A simulator schedule (impl/sim/schedule.ts) run on the abstract model, as a trace in the shared format
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
 * A step with no counterpart, or one whose walk step takes no action, is skipped, as the simulator skips
 * a step that makes no sense; the trace then has no Step or View for it and `zab diff` carries the last
 * view forward. The model has no liveness phase, so its trace ends with the schedule. Besides Step and View
 * the trace holds what each spec action changed as the implementation would report it (RoleChange,
 * Delivered), so its story reads like an implementation's.
 */
import { formatLabel } from "./format.js"
import { project } from "./project.js"
import { type WalkStep, formatWalkStep, runWalk } from "./walk.js"
import type { Schedule, Step } from "../impl/sim/schedule.js"
import type { ClusterView } from "../properties/view.js"
import type { TraceEvent } from "../traces/schema.js"

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
function changes(before: ClusterView, after: ClusterView): Array<TraceEvent> {
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

/** Run `schedule` on the model with the named model bugs (model/bugs.ts) on. Deterministic. */
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
  const violation = outcome.violation === null ? null : { invariant: outcome.violation.invariant, message: outcome.violation.message }
  if (violation !== null) events.push({ _tag: "Violation", invariant: violation.invariant, message: violation.message, servers: [] })
  return { events, violation, stepsTaken, untranslatable }
}
