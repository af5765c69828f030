/**
 * What a person reads when a run fails: the violated invariant with the states that broke it, the shrunk
 * schedule as the steps took effect, and the counterexample trace written as JSONL. Pure formatting; the
 * command decides where it goes.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { formatZxid } from "../impl/core/zxid.js"
import type { Violation } from "../properties/invariants.js"
import type { ClusterView, ServerView } from "../properties/view.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent } from "../traces/schema.js"
import { writeTrace } from "../traces/jsonl.js"
import type { Schedule } from "../schedule/steps.js"
import { type RunOptions, runSchedule } from "./sim-target.js"
import { formatRejection } from "../traces/format.js"
import { type ValidationSpec, validateEventsAgainst } from "../traces/validate-system.js"

export interface Counterexample {
  readonly violation: Violation
  readonly schedule: Schedule
  readonly events: ReadonlyArray<TraceEvent>
  readonly view: ClusterView | null
  /** For a violation over two consecutive views: the view before the step. */
  readonly previousView: ClusterView | null
  /** The JSONL text of the counterexample file. */
  readonly jsonl: string
  /** A stable short name: `<invariant>-<hash of the schedule>.jsonl`. */
  readonly fileName: string
  /** For a ModelRefinement failure: the model's rejection as printed (event, enabled actions, states). */
  readonly detail: string | null
}

/** Write a counterexample file into `dir` (created if need be); its path. */
export function writeCounterexample(dir: string, fileName: string, text: string): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, fileName)
  writeFileSync(path, text)
  return path
}

/** FNV-1a over the text: a stable, short name for a schedule. */
export function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, "0")
}

/**
 * Re-run a failing schedule with recording on (it is deterministic) and build its counterexample. `checks`
 * are the user's invariants and whether the built-in ones ran, as in the campaign that found it.
 */
export function counterexample(schedule: Schedule, seed: number | null, run: number | null, validate = false, checks: Pick<RunOptions, "invariants" | "builtIn" | "history"> = {}, spec: ValidationSpec = "protocol"): Counterexample | null {
  const result = runSchedule(schedule, { record: true, validate, spec, ...checks })
  if (result.violation === null || result.events === null) return null
  const jsonl = writeTrace(
    { format: TRACE_FORMAT, version: TRACE_VERSION, target: "sim", seed, run, schedule, violated: result.violation.invariant, ...(validate && spec === "system" ? { spec } : {}) },
    result.events,
  )
  const fileName = `${result.violation.invariant}-${hash(JSON.stringify(schedule.steps))}.jsonl`
  // Validated again over the recorded events, so the line numbers are the file's (Step lines included).
  const rejection = result.rejection === null ? null : validateEventsAgainst(spec, schedule.config.servers, result.events)
  const detail = rejection === null ? null : formatRejection(rejection, rejection.index + 2).join("\n")
  return { violation: result.violation, schedule, events: result.events, view: result.view, previousView: result.previousView, jsonl, fileName, detail }
}

/**
 * The headline of a failure: a safety violation names its invariant; a liveness failure (NoProgress) is
 * reported apart, because nothing wrong was observed, only nothing right within the bound.
 */
export function failureHeadline(violation: Violation): string {
  return violation.invariant === "NoProgress" ? "NO PROGRESS (liveness)" : `VIOLATION of ${violation.invariant}`
}

export function stepLines(events: ReadonlyArray<TraceEvent>): Array<string> {
  const lines: Array<string> = []
  for (const event of events) {
    if (event._tag === "Step") lines.push(`${String(lines.length + 1).padStart(4)}. ${event.text}`)
    if (event._tag === "LivenessPhase") lines.push(`      then: ${event.text}`)
  }
  return lines
}

function serverLine(s: ServerView, violated: ReadonlySet<number>): string {
  const delivered = s.history.slice(0, s.committed).map((t) => formatZxid(t.zxid))
  const pending = s.history.slice(s.committed).map((t) => formatZxid(t.zxid))
  const mark = violated.has(s.id) ? "*" : " "
  return (
    `  ${mark} server ${s.id} ${s.up ? "up  " : "down"} ${`${s.role}/${s.phase}`.padEnd(26)} acceptedEpoch ${s.acceptedEpoch} currentEpoch ${s.currentEpoch}` +
    `${s.leader === null ? "" : ` leader ${s.leader}`}\n` +
    `      delivered [${delivered.join(" ")}]${pending.length > 0 ? `  logged, not delivered [${pending.join(" ")}]` : ""}`
  )
}

/** The states that broke the invariant: the view after the step, and the one before it for a step invariant. */
export function describeStates(view: ClusterView, previousView: ClusterView | null, violation: Violation): string {
  if (previousView === null) return `the states that broke it (* marks the servers named):\n${describeView(view, violation)}`
  return (
    `the states that broke it (* marks the servers named), before the step:\n${describeView(previousView, violation)}\n` +
    `and after it:\n${describeView(view, violation)}`
  )
}

export function describeView(view: ClusterView, violation: Violation): string {
  const violated = new Set(violation.servers)
  const lines = view.servers.map((s) => serverLine(s, violated))
  const leaders = view.ghost.established.map((e) => `epoch ${e.epoch}: ${e.leader}`).join(", ")
  if (leaders !== "") lines.push(`    leaders established: ${leaders}`)
  if (view.ghost.acknowledged.length > 0) {
    lines.push(`    writes acknowledged to clients: ${view.ghost.acknowledged.map((t) => formatZxid(t.zxid)).join(" ")}`)
  }
  const delivered = view.ghost.delivered ?? []
  if (delivered.length > 0) {
    lines.push(`    first delivered (by server, in epoch): ${delivered.map((d) => `${formatZxid(d.zxid)} (${d.server}, e${d.deliveredInEpoch})`).join(" ")}`)
  }
  return lines.join("\n")
}
