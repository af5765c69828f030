/**
 * Judge a trace by the invariants of properties/: fold it into the cluster view after each event (the one
 * projection, traces/project.ts) and run the state invariants on every view that changed and the step
 * invariants on every pair of consecutive views, exactly as the simulator checks its own runs. Any target
 * whose trace carries the shared events is judged this way: a real cluster's merged trace, a simulator
 * trace read back from a file, a model trace.
 *
 * What the trace cannot show is named, not passed over: the result lists the invariants that were not
 * judged because a record they read is unobserved (properties/invariants.ts `notJudged`).
 */
import { type Violation, checkState, checkStep, notJudged } from "../properties/invariants.js"
import type { ClusterView, ViewRecord } from "../properties/view.js"
import type { InvariantError, InvariantSet } from "../properties/user-invariants.js"
import type { Trace } from "../traces/jsonl.js"
import { TraceProjection, unobservedOf, writesRecorded } from "../traces/project.js"

/** The first violation of a judged trace, with where it was seen. */
export interface TraceViolation extends Violation {
  /** The index in `trace.events` of the event after which the view broke the invariant. */
  readonly eventIndex: number
  /** The view that broke it, and for a step invariant the view before it. */
  readonly view: ClusterView
  readonly previousView: ClusterView | null
}

export interface TraceJudgement {
  /** The first invariant broken, or null when every judged invariant held after every event. */
  readonly violation: TraceViolation | null
  /** The invariants not judged because the trace cannot observe a record they read, by name. */
  readonly notJudged: ReadonlyArray<string>
  /** How many events were folded (all of them, or up to and including the violation). */
  readonly eventsJudged: number
  /** A user invariant that threw, with the index of the event after which it did; null otherwise. */
  readonly invariantError: (InvariantError & { readonly eventIndex: number }) | null
}

/**
 * Fold `trace` and check every invariant it can be judged by after each event, then the user's `invariants`;
 * stops at the first violation, or at a user invariant that throws. `unobserved` defaults to what the trace's
 * target cannot show; a caller that knows more of where the trace came from (a decoded capture of Apache
 * ZooKeeper) names it.
 */
export function judgeTrace(trace: Trace, invariants: InvariantSet | null = null, unobserved: ReadonlyArray<ViewRecord> = unobservedOf(trace)): TraceJudgement {
  const user = invariants === null || invariants.empty ? null : invariants.fresh()
  const projection = new TraceProjection(trace.header, unobserved, writesRecorded(trace))
  let before = projection.view()
  const unjudged = notJudged(before)
  for (let index = 0; index < trace.events.length; index++) {
    projection.apply(trace.events[index]!)
    const after = projection.view()
    // The same view object means nothing an invariant reads has changed since the last check.
    if (after === before) continue
    const state = checkState(after)
    const step = state === null ? checkStep(before, after) : null
    const found = state ?? step ?? user?.check(after) ?? null
    if (found !== null) {
      const violation: TraceViolation = { ...found, eventIndex: index, view: after, previousView: step === null ? null : before }
      return { violation, notJudged: unjudged, eventsJudged: index + 1, invariantError: null }
    }
    if (user?.error != null) return { violation: null, notJudged: unjudged, eventsJudged: index + 1, invariantError: { ...user.error, eventIndex: index } }
    before = after
  }
  return { violation: null, notJudged: unjudged, eventsJudged: trace.events.length, invariantError: null }
}

/**
 * The schedule step an event belongs to: the index of the last Step event at or before `eventIndex`, the
 * schedule's length from the liveness phase on, and null before the first step. A report names where a
 * violation was seen with it, as the simulator names the step after which it checked.
 */
export function stepOfEvent(trace: Trace, eventIndex: number): number | null {
  for (let k = Math.min(eventIndex, trace.events.length - 1); k >= 0; k--) {
    const event = trace.events[k]!
    if (event._tag === "Step") return event.index
    if (event._tag === "LivenessPhase") return trace.header.schedule.steps.length
  }
  return null
}
