/**
 * Machine-readable reports of a check campaign, for CI: a versioned JSON document and JUnit XML. Pure
 * functions from a campaign's outcome (settings, totals, coverage, the invariants checked and not judged,
 * the violation with its shrunk schedule) to text; the command decides where the text goes. Every value in
 * the outcome is already plain text or a number, so no domain value (a bigint zxid) reaches JSON.stringify.
 */
import { unreached } from "../properties/coverage.js"
import { stateInvariants, stepInvariants } from "../properties/invariants.js"
import type { TraceEvent } from "../traces/schema.js"
import { type WalkOutcome, formatWalkStep } from "../model/walk.js"
import { formatLabel } from "../model/spec-text.js"
import { CLIENT_HISTORY, MODEL_REFINEMENT, REPLICAS_CONVERGE, SESSION_TABLE, SNAPSHOT_CADENCE, SNAPSHOT_DURABILITY, SNAPSHOT_INTEGRITY, SNAPSHOT_RESTORES } from "./sim-target.js"

export const REPORT_FORMAT = "zab-check-report"
export const REPORT_VERSION = 1

/** The reporters `zab check --reporter` accepts; text is the command's own output. */
export const reporterNames = ["text", "json", "junit"] as const
export type Reporter = (typeof reporterNames)[number]

export type CheckTarget = "sim" | "model" | "net" | "zookeeper"

export interface ReportSettings {
  readonly target: CheckTarget
  readonly servers: number
  /** The campaign's runs over all shards; `totals.runs` counts those this shard did. */
  readonly runs: number
  /** The most steps a schedule may have. */
  readonly steps: number
  readonly seed: number
  readonly shard: { readonly index: number; readonly count: number }
  readonly bugs: ReadonlyArray<string>
  readonly validate: boolean
  /** The spec validation checked ("system": Zab.tla's model and the system spec's leader election, discovery, synchronisation and broadcast); null: none. */
  readonly spec: "protocol" | "system" | null
  readonly workers: number
  /** Whether the built-in invariants were checked (false: only the user's, NoProgress and validation). */
  readonly builtIn: boolean
  /** Whether each run's client history was judged (ClientHistory). */
  readonly history: boolean
  /** The names of the user's own invariants, in checking order. */
  readonly userInvariants: ReadonlyArray<string>
  /** The fault-profile knobs the campaign fixed (schedule/arbitrary.ts FaultOverrides). */
  readonly faults: Readonly<Record<string, number | undefined>>
}

/** A user invariant that threw: an error of that check, not a violation of the protocol. */
export interface ReportedError {
  readonly invariant: string
  readonly message: string
  readonly stack: string
  readonly run: number
  /** The index of the step after which it threw; the schedule's length for the liveness phase. */
  readonly step: number
  /** The run's schedule as its steps took effect, unshrunk. */
  readonly schedule: ReadonlyArray<string>
  readonly liveness: ReadonlyArray<string>
}

export interface ReportedViolation {
  readonly invariant: string
  readonly message: string
  readonly servers: ReadonlyArray<number>
  readonly run: number
  /** The schedule as its steps took effect, one text per step. */
  readonly schedule: ReadonlyArray<string>
  /** What happened after the steps: the liveness phase, when the run reached it. */
  readonly liveness: ReadonlyArray<string>
  /** False for a real cluster's failure, which is reported as it happened. */
  readonly shrunk: boolean
  /** How many steps the run was generated with, before shrinking. */
  readonly generatedSteps: number
  /** The counterexample (or merged trace) file as the text output names it; null if none was written. */
  readonly counterexample: string | null
  /**
   * The command that reproduces the failure (for a real cluster's failure, the command that runs the same
   * schedule on the simulator, as the text output gives it); null if there is none.
   */
  readonly replay: string | null
}

export interface CheckOutcome {
  readonly settings: ReportSettings
  readonly totals: { readonly runs: number; readonly steps: number | null; readonly seconds: number }
  /** Branch name to times taken, over the runs done; null where the target does not count branches. */
  readonly coverage: ReadonlyMap<string, number> | null
  /** The invariants the campaign judged, in checking order. */
  readonly checked: ReadonlyArray<string>
  /** The invariants the target could not judge, each with the reason. */
  readonly notJudged: ReadonlyArray<{ readonly invariant: string; readonly reason: string }>
  readonly violation: ReportedViolation | null
  /** A user invariant that threw, which stopped the campaign. */
  readonly error: ReportedError | null
}

/** JSON as the reports hold it: no bigint, no undefined, nothing JSON.stringify could throw on or drop. */
export type Json = string | number | boolean | null | ReadonlyArray<Json> | { readonly [key: string]: Json }

/**
 * The invariants a campaign on `target` judges, by name, in checking order: the state and step invariants
 * of properties/ (ZxidMonotonic is both, named once), then the liveness check (the model's random walks
 * have no liveness phase), the check only a real cluster makes, and validation against the model.
 */
export function invariantsChecked(target: CheckTarget, validate: boolean, notJudged: ReadonlyArray<string>, builtIn = true, user: ReadonlyArray<string> = []): ReadonlyArray<string> {
  const names: Array<string> = []
  for (const invariant of builtIn ? [...stateInvariants, ...stepInvariants] : []) {
    if (!names.includes(invariant.name) && !notJudged.includes(invariant.name)) names.push(invariant.name)
  }
  names.push(...user)
  if (target !== "model") names.push("NoProgress")
  // Every target with clients records their history: the simulator's, zab's and Apache ZooKeeper's clusters.
  if (target !== "model" && builtIn) names.push(CLIENT_HISTORY)
  if (target === "net") names.push(REPLICAS_CONVERGE)
  if (target === "sim" && builtIn) names.push(SNAPSHOT_CADENCE, SNAPSHOT_RESTORES, SNAPSHOT_INTEGRITY, SNAPSHOT_DURABILITY, SESSION_TABLE, REPLICAS_CONVERGE)
  // Walks are taken by the model itself, so validating them against it would check nothing.
  if (validate && target !== "model" && !notJudged.includes(MODEL_REFINEMENT)) names.push(MODEL_REFINEMENT)
  return names
}

/** Why each named invariant was not judged: the records it reads that the target does not observe. */
export function notJudgedReasons(target: CheckTarget, names: ReadonlyArray<string>): ReadonlyArray<{ readonly invariant: string; readonly reason: string }> {
  const what = target === "model" ? "the abstract model does not have" : target === "net" ? "the merged traces of real processes do not observe" : target === "zookeeper" ? "the decoded capture of Apache ZooKeeper's traffic does not observe" : "the simulator does not observe"
  return names.map((name) => {
    const reads = [...stateInvariants, ...stepInvariants].filter((i) => i.name === name).flatMap((i) => i.reads)
    return { invariant: name, reason: `not judged: ${what} what it reads${reads.length === 0 ? "" : ` (${[...new Set(reads)].join(", ")})`}` }
  })
}

/** The texts of a trace's steps, in order, and of the liveness phase that followed them. */
export function scheduleTexts(events: ReadonlyArray<TraceEvent>): { readonly schedule: Array<string>; readonly liveness: Array<string> } {
  const schedule: Array<string> = []
  const liveness: Array<string> = []
  for (const event of events) {
    if (event._tag === "Step") schedule.push(event.text)
    if (event._tag === "LivenessPhase") liveness.push(event.text)
  }
  return { schedule, liveness }
}

/**
 * A model walk's steps as texts, like walkLines shows them: each step that took spec actions, with the
 * actions after a colon (a counterexample's skipped steps add nothing, so they are left out).
 */
export function walkStepTexts(outcome: WalkOutcome): Array<string> {
  const texts: Array<string> = []
  outcome.steps.forEach((step, k) => {
    const taken = outcome.actions.filter((a) => a.step === k)
    if (taken.length > 0) texts.push(`${formatWalkStep(step)}: ${taken.map((a) => formatLabel(a.label)).join(", ")}`)
  })
  return texts
}

function shardText(shard: ReportSettings["shard"]): string {
  return shard.count > 1 ? `, shard ${shard.index}/${shard.count}` : ""
}

/** The campaign's name, as the JUnit suite and the JSON document give it. */
export function campaignName(s: ReportSettings): string {
  const bugs = s.bugs.length > 0 ? `, bug ${s.bugs.join(", ")}` : ""
  return `zab check --target ${s.target} (${s.servers} servers, seed ${s.seed}${shardText(s.shard)}${bugs})`
}

function seconds(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** The JSON report: one versioned document, whatever the outcome. */
export function jsonReport(outcome: CheckOutcome): Json {
  const s = outcome.settings
  const v = outcome.violation
  const coverage = outcome.coverage
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    name: campaignName(s),
    outcome: outcome.error !== null ? "error" : v === null ? "held" : "violated",
    settings: {
      target: s.target,
      servers: s.servers,
      runs: s.runs,
      steps: s.steps,
      seed: s.seed,
      shard: { index: s.shard.index, count: s.shard.count },
      bugs: [...s.bugs],
      validate: s.validate,
      spec: s.spec,
      workers: s.workers,
      builtIn: s.builtIn,
      history: s.history,
      userInvariants: [...s.userInvariants],
      faults: Object.fromEntries(Object.entries(s.faults).filter((entry): entry is [string, number] => entry[1] !== undefined)),
    },
    totals: { runs: outcome.totals.runs, steps: outcome.totals.steps, seconds: seconds(outcome.totals.seconds) },
    coverage:
      coverage === null
        ? null
        : {
            branches: Object.fromEntries([...coverage].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
            // ZooKeeper campaigns list every branch they know, a zero for one not reached.
            unreached: s.target === "zookeeper" ? [...coverage].filter(([, n]) => n === 0).map(([b]) => b).sort() : [...unreached(coverage)],
          },
    invariants: {
      checked: [...outcome.checked],
      notJudged: outcome.notJudged.map((n) => ({ invariant: n.invariant, reason: n.reason })),
    },
    violations:
      v === null
        ? []
        : [
            {
              invariant: v.invariant,
              message: v.message,
              servers: [...v.servers],
              run: v.run,
              shrunk: v.shrunk,
              generatedSteps: v.generatedSteps,
              schedule: [...v.schedule],
              liveness: [...v.liveness],
              counterexample: v.counterexample,
              replay: v.replay,
            },
          ],
    errors:
      outcome.error === null
        ? []
        : [
            {
              invariant: outcome.error.invariant,
              message: outcome.error.message,
              stack: outcome.error.stack,
              run: outcome.error.run,
              step: outcome.error.step,
              schedule: [...outcome.error.schedule],
              liveness: [...outcome.error.liveness],
            },
          ],
  }
}

/** The JSON report as text: two-space indented, ending in a newline. */
export function jsonReportText(outcome: CheckOutcome): string {
  return `${JSON.stringify(jsonReport(outcome), null, 2)}\n`
}

/**
 * Text as XML character data or an attribute value: the five special characters escaped, and the
 * characters XML 1.0 forbids (control characters other than tab, newline and carriage return, lone
 * surrogates) replaced, since no escape can carry them.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

function failureText(v: ReportedViolation): string {
  return [
    `${v.invariant} violated in run ${v.run}: ${v.message}`,
    `servers: ${v.servers.length === 0 ? "(none named)" : v.servers.join(", ")}`,
    "",
    `${v.shrunk ? "shrunk schedule" : "schedule as it took effect (not shrunk)"}: ${v.schedule.length} steps (from ${v.generatedSteps} generated)`,
    ...v.schedule.map((text, i) => `${String(i + 1).padStart(4)}. ${text}`),
    ...v.liveness.map((text) => `      then: ${text}`),
    "",
    ...(v.counterexample === null ? [] : [`counterexample: ${v.counterexample}`]),
    ...(v.replay === null ? [] : [`replay: ${v.replay}`]),
  ].join("\n")
}

function errorText(e: ReportedError): string {
  const where = e.step >= e.schedule.length ? "in the liveness phase" : `after step ${e.step + 1}`
  return [
    `invariant ${e.invariant} threw ${where} of run ${e.run}: ${e.message}`,
    "",
    e.stack,
    "",
    `the run's schedule as it took effect (not shrunk): ${e.schedule.length} steps`,
    ...e.schedule.map((text, i) => `${String(i + 1).padStart(4)}. ${text}`),
    ...e.liveness.map((text) => `      then: ${text}`),
  ].join("\n")
}

/**
 * The JUnit XML report: one suite named for the campaign (and its shard), one test case per invariant
 * judged, the violated one failing with the shrunk schedule and the replay command, and the invariants the
 * target could not judge skipped with the reason. A violation of a check not in the list (it should not
 * happen) still gets a test case, so a failure is never lost.
 */
export function junitReport(outcome: CheckOutcome): string {
  const suite = junitSuite(outcome)
  const time = seconds(outcome.totals.seconds).toFixed(3)
  const counts = `tests="${suite.tests}" failures="${suite.failures}" errors="${suite.errors}" skipped="${suite.skipped}" time="${time}"`
  return [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="zab check" ${counts}>`, ...suite.lines, `</testsuites>`, ""].join("\n")
}

/** One campaign's (or shard's) `<testsuite>` element, as lines, with its counts for the enclosing `<testsuites>`. */
export function junitSuite(outcome: CheckOutcome): { readonly lines: ReadonlyArray<string>; readonly tests: number; readonly failures: number; readonly errors: number; readonly skipped: number } {
  const s = outcome.settings
  const v = outcome.violation
  const e = outcome.error
  const names = [...outcome.checked]
  if (v !== null && !names.includes(v.invariant)) names.push(v.invariant)
  if (e !== null && !names.includes(e.invariant)) names.push(e.invariant)
  const classname = `zab.check.${s.target}${s.shard.count > 1 ? `.shard${s.shard.index}of${s.shard.count}` : ""}`
  const cases = names.map((name) => {
    const head = `    <testcase classname="${xmlEscape(classname)}" name="${xmlEscape(name)}"`
    if (e !== null && e.invariant === name) return `${head}>\n      <error type="InvariantThrew" message="${xmlEscape(e.message)}">${xmlEscape(errorText(e))}</error>\n    </testcase>`
    if (v === null || v.invariant !== name) return `${head}/>`
    return `${head}>\n      <failure type="${xmlEscape(v.invariant)}" message="${xmlEscape(v.message)}">${xmlEscape(failureText(v))}</failure>\n    </testcase>`
  })
  const skipped = outcome.notJudged.map(
    (n) => `    <testcase classname="${xmlEscape(classname)}" name="${xmlEscape(n.invariant)}">\n      <skipped message="${xmlEscape(n.reason)}"/>\n    </testcase>`,
  )
  const properties = [
    ["target", s.target],
    ["servers", String(s.servers)],
    ["runs", String(s.runs)],
    ["steps", String(s.steps)],
    ["seed", String(s.seed)],
    ["shard", `${s.shard.index}/${s.shard.count}`],
    ["bugs", s.bugs.join(",")],
    ["validate", String(s.validate)],
    ["spec", s.spec ?? ""],
    ["workers", String(s.workers)],
    ["builtIn", String(s.builtIn)],
    ["history", String(s.history)],
    ["userInvariants", s.userInvariants.join(",")],
    ["faults", Object.entries(s.faults).filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${value}`).join(",")],
    ["runsDone", String(outcome.totals.runs)],
    ["stepsTaken", outcome.totals.steps === null ? "" : String(outcome.totals.steps)],
    // A ZooKeeper campaign's coverage: the branches of the real servers it reached, one property each.
    ...(s.target === "zookeeper" && outcome.coverage !== null ? [...outcome.coverage].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([branch, n]) => [`coverage ${branch}`, String(n)]) : []),
  ].map(([name, value]) => `      <property name="${xmlEscape(name!)}" value="${xmlEscape(value!)}"/>`)
  const tests = cases.length + skipped.length
  const failures = v === null ? 0 : 1
  const errors = e === null ? 0 : 1
  const time = seconds(outcome.totals.seconds).toFixed(3)
  const counts = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped.length}" time="${time}"`
  const lines = [`  <testsuite name="${xmlEscape(campaignName(s))}" ${counts}>`, `    <properties>`, ...properties, `    </properties>`, ...cases, ...skipped, `  </testsuite>`]
  return { lines, tests, failures, errors, skipped: skipped.length }
}

/** What `zab validate` hands its reporters: the trace, its size and the model's verdict. */
export interface ValidateOutcome {
  readonly trace: string
  readonly target: string
  readonly servers: number
  readonly events: number
  readonly admitted: boolean
  readonly steps: ReadonlyArray<{ readonly action: string; readonly count: number }>
  /** The rejection as the text report prints it, with the event's line in the trace file. */
  readonly rejection: { readonly line: number; readonly message: string; readonly text: string } | null
  readonly seconds: number
}

/** The JSON report of `zab validate`: one versioned document, the settings, the totals and the rejection. */
export function validateJsonReportText(outcome: ValidateOutcome): string {
  const report = {
    format: "zab-validate-report",
    version: 1,
    settings: { trace: outcome.trace, target: outcome.target, servers: outcome.servers },
    totals: { events: outcome.events, admitted: outcome.admitted, seconds: seconds(outcome.seconds), modelSteps: outcome.steps },
    rejections: outcome.rejection === null ? [] : [outcome.rejection],
  }
  return JSON.stringify(report, null, 2) + "\n"
}

/** The JUnit XML report of `zab validate`: one test case for the trace validated, failing with the rejection. */
export function validateJunitReport(outcome: ValidateOutcome): string {
  const r = outcome.rejection
  const failures = r === null ? 0 : 1
  const time = seconds(outcome.seconds).toFixed(3)
  const counts = `tests="1" failures="${failures}" errors="0" skipped="0" time="${time}"`
  const head = `    <testcase classname="zab.validate.${xmlEscape(outcome.target)}" name="${xmlEscape(outcome.trace)}" time="${time}"`
  const testcase =
    r === null
      ? `${head}/>`
      : `${head}>\n      <failure type="ModelRefinement" message="${xmlEscape(r.message)}">${xmlEscape(`${r.text}\ntrace: ${outcome.trace} line ${r.line}`)}</failure>\n    </testcase>`
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="zab validate" ${counts}>`,
    `  <testsuite name="${xmlEscape(`validate ${outcome.trace}`)}" ${counts}>`,
    `    <properties>`,
    `      <property name="target" value="${xmlEscape(outcome.target)}"/>`,
    `      <property name="servers" value="${outcome.servers}"/>`,
    `      <property name="events" value="${outcome.events}"/>`,
    `    </properties>`,
    testcase,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n")
}

/** What `zab explore` hands its reporters: its settings, figures, the invariants checked and the violation. */
export interface ExploreOutcome {
  readonly settings: {
    readonly servers: number
    readonly parameters: Readonly<Record<string, number>>
    readonly config: string | null
    readonly symmetry: boolean
    readonly specOnly: boolean
    readonly workers: number
    readonly maxStates: number | null
    readonly bugs: ReadonlyArray<string>
  }
  readonly totals: {
    readonly distinct: number
    readonly generated: number
    readonly depth: number
    readonly seconds: number
    readonly complete: boolean
    /** Whether the figures equal TLC's, when --config names a reference configuration; null otherwise. */
    readonly matchesTlc: boolean | null
  }
  readonly checked: ReadonlyArray<string>
  readonly violation: { readonly invariant: string; readonly message: string; readonly steps: number; readonly text: string; readonly counterexample: string } | null
}

/** The JSON report of `zab explore`: one versioned document. */
export function exploreJsonReportText(outcome: ExploreOutcome): string {
  const report = {
    format: "zab-explore-report",
    version: 1,
    settings: outcome.settings,
    totals: { ...outcome.totals, seconds: seconds(outcome.totals.seconds) },
    checked: outcome.checked,
    violations: outcome.violation === null ? [] : [outcome.violation],
  }
  return JSON.stringify(report, null, 2) + "\n"
}

/** The JUnit XML report of `zab explore`: one test case per invariant checked, the violated one failing with its path. */
export function exploreJunitReport(outcome: ExploreOutcome): string {
  const s = outcome.settings
  const v = outcome.violation
  const names = [...outcome.checked]
  if (v !== null && !names.includes(v.invariant)) names.push(v.invariant)
  const cases = names.map((name) => {
    const head = `    <testcase classname="zab.explore" name="${xmlEscape(name)}"`
    if (v === null || v.invariant !== name) return `${head}/>`
    return `${head}>\n      <failure type="${xmlEscape(v.invariant)}" message="${xmlEscape(v.message)}">${xmlEscape(`${v.text}\ncounterexample: ${v.counterexample}`)}</failure>\n    </testcase>`
  })
  const time = seconds(outcome.totals.seconds).toFixed(3)
  const counts = `tests="${cases.length}" failures="${v === null ? 0 : 1}" errors="0" skipped="0" time="${time}"`
  const properties = [
    ["servers", String(s.servers)],
    ...Object.entries(s.parameters).map(([name, value]) => [name, String(value)]),
    ["config", s.config ?? ""],
    ["symmetry", String(s.symmetry)],
    ["specOnly", String(s.specOnly)],
    ["bugs", s.bugs.join(",")],
    ["distinct", String(outcome.totals.distinct)],
    ["generated", String(outcome.totals.generated)],
    ["depth", String(outcome.totals.depth)],
    ["complete", String(outcome.totals.complete)],
    ["matchesTlc", outcome.totals.matchesTlc === null ? "" : String(outcome.totals.matchesTlc)],
  ].map(([name, value]) => `      <property name="${xmlEscape(name!)}" value="${xmlEscape(value!)}"/>`)
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="zab explore" ${counts}>`,
    `  <testsuite name="${xmlEscape(`explore ${s.config ?? `${s.servers} servers`}`)}" ${counts}>`,
    `    <properties>`,
    ...properties,
    `    </properties>`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n")
}
