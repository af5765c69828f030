/**
 * One trace format for the simulator, a real cluster and the model: a header line, then one event per line.
 *
 * Events are what crossed the runtime boundary (a message received, an observation a peer emitted, a
 * delivery, a client reply) and what the environment did (a schedule step, a crash, a restart, a
 * partition). Every event is defined once here as an effect Schema; writers encode through it and readers
 * decode through it, so a malformed line is reported with its line number and the field that is wrong.
 */
import { Schema } from "effect"
import { Count, ServerId } from "../impl/core/types.js"
import { runtimeEventFields } from "../impl/events.js"
import { historyEventFields } from "../impl/history-events.js"
import { Schedule, Step } from "../schedule/steps.js"
import { ModelExploration, SpecLabel } from "../model/explore-step.js"
import { ModelState } from "../model/model-state.js"
import { ModelWalk } from "../model/walk-step.js"
import { type ClusterView, ClusterViewRecord } from "../properties/view.js"

export const TRACE_FORMAT = "zab-trace" as const
/**
 * Version 2 added the View event (the cluster view after each step), the CrashOnDelivery schedule step
 * (and Tick's optional count), and Sent, Wrote and ConnectionLost (what model validation, traces/validate.ts,
 * needs: every message a peer sent, every storage write it issued, every broken connection it was told of),
 * with the Proposed and Disconnect effects recorded as Observed. Only kinds were added, so a version 1
 * trace is still read. The header's optional `walk` came later within version 2: a file without it reads
 * as before, and a reader that predates it ignores it. So did the header's optional `explore` and the
 * SpecAction event, which only an explorer's counterexample holds: every other file reads as before, and a
 * reader that predates them refuses such a counterexample at its first SpecAction, by the event's name.
 */
export const TRACE_VERSION = 2
/** The oldest format version this reader still accepts. */
export const TRACE_VERSION_OLDEST = 1

export const TraceHeader = Schema.Struct({
  format: Schema.Literal(TRACE_FORMAT),
  version: Schema.Int,
  target: Schema.Literals(["sim", "net", "model", "zookeeper"]),
  /** The check campaign's seed and the run within it, when the schedule was generated. */
  seed: Schema.NullOr(Schema.Int),
  run: Schema.NullOr(Count),
  /**
   * The steps the run took. For a model walk (a `zab check --target model` counterexample, with `walk`)
   * it is the walk translated step for step by `scheduleOfWalk` (harness/model-target.ts), so Step and View
   * events index both alike: each walk step becomes the simulator step the model translates back to it,
   * except Elect, which the simulator has no counterpart for and which appears as a Tick (time passes and
   * FLE elects whom it elects). `config` gives the server count and, for a model trace, the broken model
   * actions.
   *
   * For an explorer's counterexample (`zab explore`, with `explore`) it holds the configuration and no
   * steps: the path is a sequence of spec actions, each finer than any simulator step and most of them
   * (a message handled, an oracle's choice) with no schedule step to stand for them, so nothing would
   * translate back. Its events count spec actions instead: SpecAction's index, and View's `step`.
   */
  schedule: Schedule,
  /**
   * Target "model" only: the random walk that ran (model/walk-step.ts), in the walk's own vocabulary with
   * the spec's bounds. It is what `zab replay` re-runs; absent for a simulator schedule run on the model
   * (`zab sim --target model`), whose schedule is what ran.
   */
  walk: Schema.optionalKey(ModelWalk),
  /**
   * Target "model" only: the shortest path `zab explore` found to a violation (model/explore-step.ts), the
   * spec actions from Init with the spec's Parameters, the symmetry flag and the checks the search ran. It
   * is what `zab replay` re-applies, with the model bugs of `schedule.config.bugs`. Not with `walk`.
   */
  explore: Schema.optionalKey(ModelExploration),
  /** For a counterexample: the invariant it violates (or "NoProgress"); null for an ordinary trace. */
  violated: Schema.NullOr(Schema.String),
  /**
   * A simulator counterexample of a validated campaign: which spec validation checked ("protocol", Zab.tla's
   * model; "system", that and leader election against ZkV3_7_0.tla), so `zab replay` validates the same way.
   * Absent: protocol.
   */
  spec: Schema.optionalKey(Schema.Literals(["protocol", "system"])),
})
export type TraceHeader = typeof TraceHeader.Type

/**
 * properties/view.ts's ClusterView as a trace holds it, so a trace can carry the view after each step. Views
 * written before the view had every record decode with the missing records named unobserved.
 */
export const ClusterViewSchema = ClusterViewRecord
export type ClusterViewRecord = ClusterView

export const TraceEvent = Schema.TaggedUnion({
  // A schedule step as it took effect, with its readable rendering.
  Step: { index: Count, step: Step, text: Schema.String },
  // What the runtimes record (impl/events.ts): messages, storage writes, connections, observations,
  // deliveries, client requests and replies, fsyncs, crashes, restarts, partitions and heals.
  ...runtimeEventFields,
  // A client history (impl/history-events.ts): an operation invoked by a session, and its completion. Only
  // kinds were added, so every earlier trace reads as before; properties/history/ judges them.
  ...historyEventFields,
  LivenessPhase: { text: Schema.String },
  Violation: { invariant: Schema.String, message: Schema.String, servers: Schema.Array(ServerId) },
  // An explorer's counterexample (header `explore`): the spec action at `index` of the path (from 0), its
  // label (servers by id), its rendering as the spec writes it (`Timeout(s1, s2)`), and the model state it
  // reached, in the model's own representation (model/model-state.ts: server indexes from 0). What the action
  // changed follows as the implementation would report it (RoleChange, Delivered), then the View after it.
  SpecAction: { index: Count, label: SpecLabel, text: Schema.String, state: ModelState },
  // The cluster view after schedule step `step` took effect (after the events it caused); null for the
  // view before the first step, schedule.steps.length for the view after the liveness phase. Recorded by
  // every target that can project one (version 2), so `zab diff` can align traces of different targets.
  // In an explorer's counterexample `step` is the index of the SpecAction it follows.
  View: { step: Schema.NullOr(Count), view: ClusterViewSchema },
})
export type TraceEvent = typeof TraceEvent.Type
