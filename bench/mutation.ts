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

interface Mutant {
  readonly id: string
  readonly mutatorName: string
  readonly replacement?: string
  readonly status: string
  readonly location: { readonly start: { readonly line: number; readonly column: number } }
}
interface Equivalent {
  readonly file: string
  readonly line: number
  readonly mutator: string
  readonly replacement: string
  readonly why: string
}

const report = JSON.parse(readFileSync(reportFile, "utf8")) as { files: Record<string, { mutants: ReadonlyArray<Mutant> }> }
const equivalent = (JSON.parse(readFileSync(join(root, "mutation", "equivalent.json"), "utf8")) as { mutants: ReadonlyArray<Equivalent> }).mutants
const isEquivalent = (file: string, m: Mutant): boolean =>
  equivalent.some((e) => e.file === file && e.line === m.location.start.line && e.mutator === m.mutatorName && e.replacement === (m.replacement ?? ""))

const counts = { mutants: 0, killed: 0, survived: 0, timedOut: 0, equivalent: 0, ignoredByRule: 0, noCoverage: 0, errors: 0 }
const survivors: Array<string> = []
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants) {
    counts.mutants += 1
    if (m.status === "Killed") counts.killed += 1
    else if (m.status === "Timeout") counts.timedOut += 1
    else if (m.status === "Survived" && isEquivalent(file, m)) counts.equivalent += 1
    else if (m.status === "Survived") {
      counts.survived += 1
      survivors.push(`${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} -> ${JSON.stringify(m.replacement ?? "")}`)
    } else if (m.status === "Ignored") counts.ignoredByRule += 1
    else if (m.status === "NoCoverage") counts.noCoverage += 1
    else counts.errors += 1
  }
}
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
// Mutants ignored by rule (mutation/ignore-plugin.mjs) and declared equivalent are out of the score.
const judged = counts.mutants - counts.equivalent - counts.ignoredByRule - counts.errors
process.stderr.write(survivors.length === 0 ? "" : `surviving mutants (kill them or declare them in mutation/equivalent.json):\n${survivors.map((s) => `  ${s}`).join("\n")}\n`)
process.stdout.write(
  `${JSON.stringify({
    mutants: counts.mutants,
    killed: counts.killed,
    survived: counts.survived,
    timedOut: counts.timedOut,
    equivalent: counts.equivalent,
    ignoredByRule: counts.ignoredByRule,
    noCoverage: counts.noCoverage,
    errors: counts.errors,
    score: judged === 0 ? null : Math.round(((counts.killed + counts.timedOut) / judged) * 10_000) / 100,
    killSecondsMedian: quantile(0.5),
    killSecondsP90: quantile(0.9),
    // An incremental rerun reuses earlier verdicts and times only the mutants it ran.
    killsTimed: kills.length,
    budgetPerMutant: `${runsPerRow} runs x (3 servers seed 1, 3 servers seed 2, 5 servers seed 3), up to 200 steps, validated`,
    wallSeconds: Math.round(wallSeconds),
    cpuSeconds: Math.round(cpuSeconds),
    loadAverage: load.map((l) => Math.round(l * 100) / 100),
  })}\n`,
)
