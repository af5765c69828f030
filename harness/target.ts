/**
 * A target runs a schedule and gives back its trace in the shared format, with what a campaign needs to
 * judge and count the run. The simulator, the abstract model and a real cluster are targets; a campaign
 * (harness/campaign.ts) draws schedules, hands them to one, and reports what it found.
 *
 * The simulator and the model are deterministic (the same schedule gives the same trace, so a failure can
 * be shrunk and replayed); a real cluster is not, so its failures are reported as they happened.
 */
import type { Schedule } from "../schedule/steps.js"
import type { InvariantError, InvariantSet } from "../properties/user-invariants.js"
import { notJudged } from "../properties/invariants.js"
import type { TraceEvent, TraceHeader } from "../traces/schema.js"
import type { Trace } from "../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION } from "../traces/schema.js"
import { rejectionSummary } from "../traces/format.js"
import type { Rejection } from "../traces/validate.js"
import { type ValidationSpec, validateEventsAgainst } from "../traces/validate-system.js"
import { runScheduleOnModel } from "./model-target.js"
import { type NetRunOptions, runNetSchedule } from "./net-target.js"
import { MODEL_REFINEMENT, runSchedule } from "./sim-target.js"

export interface TargetViolation {
  readonly invariant: string
  readonly message: string
  readonly servers: ReadonlyArray<number>
}

export interface TargetRun {
  /** The first invariant violated (NoProgress for the liveness phase, ModelRefinement for a rejection). */
  readonly violation: TargetViolation | null
  readonly stepsTaken: number
  /** The run's trace: its header names the target and holds the schedule. */
  readonly trace: Trace
  /** The protocol branches the run reached, where the target counts them (empty otherwise). */
  readonly coverage: ReadonlyMap<string, number>
  /** With validation on: the model's rejection of the run, else null. */
  readonly rejection: Rejection | null
  /**
   * The invariants this run could not judge because the target does not observe a record they read
   * (properties/invariants.ts notJudged), by name; empty where the target observes everything.
   */
  readonly notJudged: ReadonlyArray<string>
  /** A user invariant that threw, with the step after which it did (steps.length: the liveness phase). */
  readonly invariantError: (InvariantError & { readonly failedAt: number }) | null
}

export interface Target {
  readonly name: TraceHeader["target"]
  /** Whether the same schedule always gives the same trace. */
  readonly deterministic: boolean
  run(schedule: Schedule): Promise<TargetRun>
}

function header(target: TraceHeader["target"], schedule: Schedule, violated: string | null): TraceHeader {
  return { format: TRACE_FORMAT, version: TRACE_VERSION, target, seed: null, run: null, schedule, violated }
}

/** The simulator, every invariant checked after every step, validated online against the model if asked. */
export function simTarget(options: { readonly validate?: boolean; readonly invariants?: InvariantSet } = {}): Target {
  return {
    name: "sim",
    deterministic: true,
    run: async (schedule) => {
      const result = runSchedule(schedule, { record: true, ...(options.validate === true ? { validate: true } : {}), ...(options.invariants === undefined ? {} : { invariants: options.invariants }) })
      return {
        violation: result.violation,
        stepsTaken: result.stepsTaken,
        trace: { header: header("sim", schedule, result.violation?.invariant ?? null), events: result.events ?? [] },
        coverage: result.coverage,
        rejection: result.rejection,
        notJudged: [],
        invariantError: result.invariantError,
      }
    },
  }
}

/** The abstract model, each schedule step translated to the model walk's step of the same name. */
export function modelTarget(bugs: ReadonlyArray<string> = []): Target {
  return {
    name: "model",
    deterministic: true,
    run: async (schedule) => {
      const result = runScheduleOnModel(schedule, bugs)
      const violation = result.violation === null ? null : { ...result.violation, servers: [] }
      return {
        violation,
        stepsTaken: result.stepsTaken,
        trace: { header: header("model", schedule, violation?.invariant ?? null), events: result.events },
        coverage: new Map(),
        rejection: null,
        notJudged: notJudgedOf(result.events),
        invariantError: null,
      }
    },
  }
}

/**
 * A real cluster of server processes on loopback behind the fault proxy. With `validate`, a run every
 * check passed is validated against the model, and a rejection fails it as ModelRefinement.
 */
export function netTarget(options: NetRunOptions & { readonly validate?: boolean; readonly spec?: ValidationSpec } = {}): Target {
  return {
    name: "net",
    deterministic: false,
    run: async (schedule) => {
      const result = await runNetSchedule(schedule, options)
      const rejection = result.violation === null && options.validate === true ? validateEventsAgainst(options.spec ?? "protocol", schedule.config.servers, result.trace.events, "net") : null
      const violation = rejection === null ? result.violation : { invariant: MODEL_REFINEMENT, message: rejectionSummary(rejection), servers: [...rejection.servers] }
      return { violation, stepsTaken: result.stepsTaken, trace: result.trace, coverage: new Map(), rejection, notJudged: result.notJudged, invariantError: result.invariantError }
    },
  }
}

/** The invariants the views of a trace cannot judge, from its first View event (a trace names its unobserved records in each). */
function notJudgedOf(events: ReadonlyArray<TraceEvent>): ReadonlyArray<string> {
  for (const event of events) if (event._tag === "View") return notJudged(event.view)
  return []
}
