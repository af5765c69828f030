/**
 * `npm run mutation`: StrykerJS on the peer (stryker.config.mjs), then one JSON line: mutants, killed,
 * survived, timed out, declared equivalent (mutation/equivalent.json), the score over non-equivalent
 * mutants, the median and 90th percentile time to kill, the campaign budget per mutant, and wall and CPU
 * time. Arguments go to `stryker run` (e.g. `--mutate impl/core/acks.ts` for one file; `--incremental`
 * is on in the config, so a rerun only tries mutants whose code or tests changed).
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { loadavg } from "node:os"
import { join, resolve } from "node:path"
import { type EquivalentMutant, mutatedRanges, type ReportMutant, tallyMutants } from "./mutation-tally.js"
import { type MutationRow, mutationRows as rows } from "./mutation-rows.js"

const mutationRows: ReadonlyArray<MutationRow> = rows

const root = resolve(import.meta.dirname, "..", "..")
const reports = join(root, "reports", "mutation")
mkdirSync(reports, { recursive: true })
const killLog = join(reports, "kills.jsonl")
rmSync(killLog, { force: true })
const runsPerRow = process.env.MUTATION_RUNS ?? "400"

const load = loadavg()
const started = performance.now()
// bash's `times` reports the CPU its children used: Stryker, the builds and every campaign process.
const script = `npx stryker run ${process.argv.slice(2).map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ")}; status=$?; times >&2; exit $status`
const run = spawnSync("bash", ["-c", script], { cwd: root, stdio: ["ignore", "inherit", "pipe"], encoding: "utf8", env: { ...process.env, MUTATION_LOG: killLog, MUTATION_RUNS: runsPerRow } })
const wallSeconds = (performance.now() - started) / 1000
const timesLines = run.stderr.trim().split("\n")
process.stderr.write(run.stderr.split("\n").slice(0, -3).join("\n"))
const cpuSeconds = ((line: string | undefined): number => {
  const parts = [...(line ?? "").matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]))
  return parts.reduce((a, b) => a + b, 0)
})(timesLines[timesLines.length - 1])

const reportFile = join(reports, "mutation.json")
if (run.status !== 0 || !existsSync(reportFile)) {
  process.stderr.write(`npm run mutation: stryker exited ${run.status}; no report to summarise\n`)
  process.exit(run.status === 0 ? 2 : (run.status ?? 2))
}

const report = JSON.parse(readFileSync(reportFile, "utf8")) as { files: Record<string, { mutants: ReadonlyArray<ReportMutant> }> }
const equivalents = (JSON.parse(readFileSync(join(root, "mutation", "equivalent.json"), "utf8")) as { mutants: ReadonlyArray<EquivalentMutant> }).mutants
const tally = tallyMutants(report.files, equivalents, mutatedRanges(process.argv.slice(2)))
const kills = existsSync(killLog)
  ? readFileSync(killLog, "utf8")
      .trim()
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as { mutant: string | null; killed: boolean; seconds: number })
      .filter((k) => k.mutant !== null && k.killed)
      .map((k) => k.seconds)
      .sort((a, b) => a - b)
  : []
const quantile = (q: number): number | null => (kills.length === 0 ? null : kills[Math.min(kills.length - 1, Math.floor(q * kills.length))]!)
const declarationLine = (e: EquivalentMutant): string => `  ${e.file}:${e.line}${e.column === undefined ? "" : `:${e.column}`} ${e.mutator} -> ${JSON.stringify(e.replacement)}`
const { survivors, staleEquivalents, refutedEquivalents } = tally
process.stderr.write(survivors.length === 0 ? "" : `surviving mutants (kill them or declare them in mutation/equivalent.json):\n${survivors.map((s) => `  ${s}`).join("\n")}\n`)
process.stderr.write(
  staleEquivalents.length === 0 ? "" : `declared equivalent but matching no mutant (a moved line? fix the entry):\n${staleEquivalents.map(declarationLine).join("\n")}\n`,
)
process.stderr.write(
  refutedEquivalents.length === 0 ? "" : `declared equivalent but killed (the argument is wrong; remove the entry):\n${refutedEquivalents.map(declarationLine).join("\n")}\n`,
)
process.stdout.write(
  `${JSON.stringify({
    mutants: tally.mutants,
    killed: tally.killed,
    survived: tally.survived,
    timedOut: tally.timedOut,
    equivalent: tally.equivalent,
    ignoredByRule: tally.ignoredByRule,
    noCoverage: tally.noCoverage,
    compileErrors: tally.compileErrors,
    errors: tally.errors,
    score: tally.score,
    staleEquivalents: staleEquivalents.length,
    refutedEquivalents: refutedEquivalents.length,
    killSecondsMedian: quantile(0.5),
    killSecondsP90: quantile(0.9),
    // An incremental rerun reuses earlier verdicts and times only the mutants it ran.
    killsTimed: kills.length,
    budgetPerMutant: `${mutationRows.map((row) => `${Number(runsPerRow) * (row.runsFactor ?? 1)} runs of ${row.servers} servers seed ${row.seed}${row.faults === undefined ? "" : ` (${Object.entries(row.faults).map(([k, v]) => `${k}=${v}`).join(",")})`}`).join(", ")}, up to 200 steps, validated`,
    wallSeconds: Math.round(wallSeconds),
    cpuSeconds: Math.round(cpuSeconds),
    loadAverage: load.map((l) => Math.round(l * 100) / 100),
  })}\n`,
)
