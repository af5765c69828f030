/**
 * Merging the JSON reports of a sharded campaign (`zab check --shard i/n --reporter json`, one per CI job)
 * into one: the totals and coverage summed, the invariants' lists united, every violation and error kept
 * with the shard that found it. The merged JSON has the shape of one report (its settings name every shard
 * merged), and the merged JUnit XML holds one test suite per shard, so CI shows each invariant per shard.
 *
 * Reports are read through a Schema: a file that is not a check report, or whose campaign differs from the
 * others' (another seed, target, size, bug list...), is refused with the file and the field.
 */
import { Result, Schema } from "effect"
import { unreached } from "../properties/coverage.js"
import { type CheckOutcome, type Json, REPORT_FORMAT, REPORT_VERSION, type ReportedError, type ReportedViolation, campaignName, junitSuite, xmlEscape } from "./reporters.js"

const Shard = Schema.Struct({ index: Schema.Int, count: Schema.Int })

const Violation = Schema.Struct({
  invariant: Schema.String,
  message: Schema.String,
  servers: Schema.Array(Schema.Int),
  run: Schema.Int,
  shrunk: Schema.Boolean,
  generatedSteps: Schema.Int,
  schedule: Schema.Array(Schema.String),
  liveness: Schema.Array(Schema.String),
  counterexample: Schema.NullOr(Schema.String),
  replay: Schema.NullOr(Schema.String),
})

const ErrorEntry = Schema.Struct({
  invariant: Schema.String,
  message: Schema.String,
  stack: Schema.String,
  run: Schema.Int,
  step: Schema.Int,
  schedule: Schema.Array(Schema.String),
  liveness: Schema.Array(Schema.String),
})

/** A check report as `zab check --reporter json` writes it (version 1; the later fields optional). */
const CheckReport = Schema.Struct({
  format: Schema.Literal(REPORT_FORMAT),
  version: Schema.Literal(REPORT_VERSION),
  name: Schema.String,
  outcome: Schema.Literals(["held", "violated", "error"]),
  settings: Schema.Struct({
    target: Schema.Literals(["sim", "model", "net"]),
    servers: Schema.Int,
    runs: Schema.Int,
    steps: Schema.Int,
    seed: Schema.Int,
    shard: Shard,
    bugs: Schema.Array(Schema.String),
    validate: Schema.Boolean,
    spec: Schema.optionalKey(Schema.NullOr(Schema.Literals(["protocol", "system"]))),
    workers: Schema.Int,
    builtIn: Schema.optionalKey(Schema.Boolean),
    history: Schema.optionalKey(Schema.Boolean),
    userInvariants: Schema.optionalKey(Schema.Array(Schema.String)),
    faults: Schema.optionalKey(Schema.Record(Schema.String, Schema.Number)),
  }),
  totals: Schema.Struct({ runs: Schema.Int, steps: Schema.NullOr(Schema.Int), seconds: Schema.Number }),
  coverage: Schema.NullOr(Schema.Struct({ branches: Schema.Record(Schema.String, Schema.Int), unreached: Schema.Array(Schema.String) })),
  invariants: Schema.Struct({
    checked: Schema.Array(Schema.String),
    notJudged: Schema.Array(Schema.Struct({ invariant: Schema.String, reason: Schema.String })),
  }),
  violations: Schema.Array(Violation),
  errors: Schema.optionalKey(Schema.Array(ErrorEntry)),
})
export type CheckReport = typeof CheckReport.Type

const decodeReport = Schema.decodeUnknownResult(CheckReport)

/** A report that cannot be merged: the file and what is wrong with it. */
export class ReportMergeError extends Error {
  override readonly name = "ReportMergeError"
}

/** Read one report's text; a ReportMergeError naming `file` and the field otherwise. */
export function parseCheckReport(file: string, text: string): CheckReport {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ReportMergeError(`${file}: not JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const decoded = decodeReport(json)
  if (Result.isFailure(decoded)) {
    const format = typeof json === "object" && json !== null ? (json as { format?: unknown }).format : undefined
    if (format !== REPORT_FORMAT) throw new ReportMergeError(`${file}: not a zab check report (format ${JSON.stringify(format ?? null)}; \`zab check --reporter json\` writes ${REPORT_FORMAT})`)
    throw new ReportMergeError(`${file}: ${String(decoded.failure).replace(/\n\s*/g, " ")}`)
  }
  return decoded.success
}

/** A report as the reporters' outcome, so one shard's JUnit suite is written as `zab check` writes it. */
export function outcomeOf(report: CheckReport): CheckOutcome {
  const s = report.settings
  const v = report.violations[0]
  const e = report.errors?.[0]
  return {
    // A report written before the field existed validated against Zab.tla's model alone.
    settings: { ...s, spec: s.spec ?? (s.validate && s.target !== "model" ? "protocol" : null), builtIn: s.builtIn ?? true, history: s.history ?? s.target === "sim", userInvariants: s.userInvariants ?? [], faults: s.faults ?? {} },
    totals: report.totals,
    coverage: report.coverage === null ? null : new Map(Object.entries(report.coverage.branches)),
    checked: report.invariants.checked,
    notJudged: report.invariants.notJudged,
    violation: v === undefined ? null : (v satisfies ReportedViolation),
    error: e === undefined ? null : (e satisfies ReportedError),
  }
}

/** The settings every shard of one campaign shares, as text per field, to compare shards by. */
function campaignKey(report: CheckReport): ReadonlyArray<readonly [string, string]> {
  const s = report.settings
  return [
    ["target", s.target],
    ["servers", String(s.servers)],
    ["runs", String(s.runs)],
    ["steps", String(s.steps)],
    ["seed", String(s.seed)],
    ["shard count", String(s.shard.count)],
    ["bugs", s.bugs.join(",")],
    ["validate", String(s.validate)],
    ["builtIn", String(s.builtIn ?? true)],
    ["history", String(s.history ?? s.target === "sim")],
    ["userInvariants", (s.userInvariants ?? []).join(",")],
    ["faults", JSON.stringify(Object.entries(s.faults ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))],
  ]
}

export interface MergedReports {
  readonly reports: ReadonlyArray<{ readonly file: string; readonly report: CheckReport }>
  /** Shard indices merged, ascending, and those of the campaign that no report covers. */
  readonly shards: ReadonlyArray<number>
  readonly missing: ReadonlyArray<number>
  readonly outcome: "held" | "violated" | "error"
  readonly totals: { readonly runs: number; readonly steps: number | null; readonly seconds: number }
  readonly coverage: ReadonlyMap<string, number> | null
  readonly checked: ReadonlyArray<string>
  readonly notJudged: ReadonlyArray<{ readonly invariant: string; readonly reason: string }>
  readonly violations: ReadonlyArray<CheckReport["violations"][number] & { readonly shard: number }>
  readonly errors: ReadonlyArray<NonNullable<CheckReport["errors"]>[number] & { readonly shard: number }>
}

/**
 * Merge the reports of one campaign's shards, in shard order. Refused (ReportMergeError): no reports,
 * reports of different campaigns, or two reports of one shard. Shards no report covers are listed in
 * `missing`; whether that is acceptable is the caller's decision.
 */
export function mergeCheckReports(inputs: ReadonlyArray<{ readonly file: string; readonly report: CheckReport }>): MergedReports {
  if (inputs.length === 0) throw new ReportMergeError("no reports to merge")
  const first = inputs[0]!
  const key = campaignKey(first.report)
  const byShard = new Map<number, string>()
  for (const { file, report } of inputs) {
    const other = campaignKey(report)
    for (let k = 0; k < key.length; k++) {
      if (other[k]![1] !== key[k]![1]) {
        throw new ReportMergeError(`${file}: not a shard of the campaign of ${first.file}: its ${key[k]![0]} is ${JSON.stringify(other[k]![1])}, not ${JSON.stringify(key[k]![1])}`)
      }
    }
    const index = report.settings.shard.index
    const seen = byShard.get(index)
    if (seen !== undefined) throw new ReportMergeError(`${file}: shard ${index}/${report.settings.shard.count} was already merged from ${seen}`)
    byShard.set(index, file)
  }
  const reports = [...inputs].sort((a, b) => a.report.settings.shard.index - b.report.settings.shard.index)
  const count = first.report.settings.shard.count
  const shards = reports.map((r) => r.report.settings.shard.index)
  const missing: Array<number> = []
  for (let i = 1; i <= count; i++) if (!byShard.has(i)) missing.push(i)

  let steps: number | null = 0
  let coverage: Map<string, number> | null = new Map()
  const checked: Array<string> = []
  const notJudged = new Map<string, string>()
  for (const { report } of reports) {
    steps = steps === null || report.totals.steps === null ? null : steps + report.totals.steps
    if (coverage !== null && report.coverage !== null) {
      for (const [branch, n] of Object.entries(report.coverage.branches)) coverage.set(branch, (coverage.get(branch) ?? 0) + n)
    } else {
      coverage = null
    }
    for (const name of report.invariants.checked) if (!checked.includes(name)) checked.push(name)
    for (const n of report.invariants.notJudged) if (!notJudged.has(n.invariant)) notJudged.set(n.invariant, n.reason)
  }
  const violations = reports.flatMap(({ report }) => report.violations.map((v) => ({ ...v, shard: report.settings.shard.index })))
  const errors = reports.flatMap(({ report }) => (report.errors ?? []).map((e) => ({ ...e, shard: report.settings.shard.index })))
  return {
    reports,
    shards,
    missing,
    outcome: errors.length > 0 ? "error" : violations.length > 0 ? "violated" : "held",
    totals: {
      runs: reports.reduce((sum, r) => sum + r.report.totals.runs, 0),
      steps,
      seconds: reports.reduce((sum, r) => sum + r.report.totals.seconds, 0),
    },
    coverage,
    checked,
    notJudged: [...notJudged].map(([invariant, reason]) => ({ invariant, reason })),
    violations,
    errors,
  }
}

function sortedObject(map: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** The merged JSON: the shape of one check report, its settings naming the shards merged and missing. */
export function mergedJsonText(merged: MergedReports): string {
  const s = merged.reports[0]!.report.settings
  const document: Json = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    name: `${campaignName({ ...outcomeOf(merged.reports[0]!.report).settings, shard: { index: 1, count: 1 } })}, ${merged.shards.length} of ${s.shard.count} shards merged`,
    outcome: merged.outcome,
    settings: {
      ...(JSON.parse(JSON.stringify(s)) as Record<string, Json>),
      shard: { index: 0, count: s.shard.count },
      merged: { shards: [...merged.shards], missing: [...merged.missing] },
    },
    totals: { runs: merged.totals.runs, steps: merged.totals.steps, seconds: Math.round(merged.totals.seconds * 1000) / 1000 },
    coverage: merged.coverage === null ? null : { branches: sortedObject(merged.coverage), unreached: [...unreached(merged.coverage)] },
    invariants: { checked: [...merged.checked], notJudged: merged.notJudged.map((n) => ({ invariant: n.invariant, reason: n.reason })) },
    violations: merged.violations.map((v) => JSON.parse(JSON.stringify(v)) as Json),
    errors: merged.errors.map((e) => JSON.parse(JSON.stringify(e)) as Json),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** The merged JUnit XML: one test suite per shard, as each shard's own `--reporter junit` would give it. */
export function mergedJunitText(merged: MergedReports): string {
  const suites = merged.reports.map(({ report }) => junitSuite(outcomeOf(report)))
  const sum = (pick: (suite: (typeof suites)[number]) => number): number => suites.reduce((total, suite) => total + pick(suite), 0)
  const counts = `tests="${sum((x) => x.tests)}" failures="${sum((x) => x.failures)}" errors="${sum((x) => x.errors)}" skipped="${sum((x) => x.skipped)}" time="${(Math.round(merged.totals.seconds * 1000) / 1000).toFixed(3)}"`
  return [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="${xmlEscape("zab check, shards merged")}" ${counts}>`, ...suites.flatMap((x) => x.lines), `</testsuites>`, ""].join("\n")
}

/** The merge for a person: the campaign, the totals, and each violation or error with its replay command. */
export function mergedText(merged: MergedReports): string {
  const s = merged.reports[0]!.report.settings
  const lines = [
    `merged ${merged.shards.length} of ${s.shard.count} shards of ${campaignName({ ...outcomeOf(merged.reports[0]!.report).settings, shard: { index: 1, count: 1 } })}`,
    `  ${merged.totals.runs} runs${merged.totals.steps === null ? "" : `, ${merged.totals.steps} steps`}, ${merged.totals.seconds.toFixed(1)} s over all shards`,
  ]
  if (merged.missing.length > 0) lines.push(`  MISSING shards: ${merged.missing.join(", ")} (no report given for them)`)
  if (merged.outcome === "held") lines.push(`every invariant held in every shard`)
  for (const v of merged.violations) {
    lines.push("", `VIOLATION of ${v.invariant} in run ${v.run} (shard ${v.shard}): ${v.message}`)
    if (v.counterexample !== null) lines.push(`  counterexample: ${v.counterexample}`)
    if (v.replay !== null) lines.push(`  replay: ${v.replay}`)
  }
  for (const e of merged.errors) lines.push("", `ERROR in invariant ${e.invariant} in run ${e.run} (shard ${e.shard}): ${e.message}`)
  if (merged.coverage !== null) {
    const gaps = unreached(merged.coverage)
    if (gaps.length > 0) lines.push("", `branches no shard reached: ${gaps.join(", ")}`)
  }
  return `${lines.join("\n")}\n`
}
