/**
 * `npm run bench:bugs`: how fast `zab check` finds each re-injected bug, and that it cries no wolf.
 *
 * Per bug (impl/bugs.ts), five campaign seeds: each campaign draws schedules run by run as `zab check
 * --bug NAME --seed S` does (3 servers, up to 200 steps) until one violates an invariant, then shrinks that
 * run as `zab check` does. One JSON line per bug gives the medians over the seeds of the runs and the
 * seconds (wall and CPU: the machine may be shared) to the first violation, the steps of the failing
 * schedule before shrinking and after, the shrinking seconds, and the invariant that caught it (the most
 * frequent one over the seeds, with all of them listed). A seed that finds nothing within the budget is
 * counted as not found, and the medians are then over the seeds that found it.
 *
 * Each bug is searched three times: with the invariants of properties/ alone (`zab check --no-validate`,
 * fields `validated: false, spec: null`), and with every run also validated, where an event the spec cannot
 * follow fails the run as ModelRefinement: against the model of Zab.tla (`spec: "protocol"`, `zab check
 * --spec protocol`) and against ZooKeeper's system spec, election, discovery, sync and broadcast
 * (`spec: "system"`, `zab check`'s default). Which spec catches more of the zoo is what picks the default.
 *
 * Then the false-positive row: `zab check --runs 100000 --workers 2 --spec system --no-history` on the
 * correct peer, every run validated against both specs (the system spec's validation runs beside Zab.tla's)
 * and judged by every server invariant, which must find nothing. The client-history check is left out here:
 * it has its own benchmark (bench:history), and with it the row takes hours on two cores. Its CPU seconds are those of the whole process,
 * worker threads included.
 *
 * BENCH_BUG_SECONDS (default 60) caps the search of one seed; BENCH_BUGS (comma-separated) picks bugs;
 * BENCH_BUG_SPECS (comma-separated, of none, protocol and system; default all three) picks the searches;
 * BENCH_FALSE_POSITIVE_RUNS (default 100000) sizes the last row, and 0 leaves it out.
 */
import fc from "fast-check"
import { bugNames } from "../impl/bugs.js"
import { checkOneRun, runSeed } from "../harness/campaign.js"
import { runSchedule } from "../harness/sim-target.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import type { ValidationSpec } from "../traces/validate-system.js"
import { main } from "../bin/cli.js"

const seeds = [1, 2, 3, 4, 5]
const servers = 3
const maxSteps = 200
const secondsPerSeed = Number(process.env["BENCH_BUG_SECONDS"] ?? 60)
const picked = process.env["BENCH_BUGS"]?.split(",").filter((b) => b !== "") ?? bugNames
const falsePositiveRuns = Number(process.env["BENCH_FALSE_POSITIVE_RUNS"] ?? 100_000)
const specNames: Readonly<Record<string, ValidationSpec | null>> = { none: null, protocol: "protocol", system: "system" }
const specs: ReadonlyArray<ValidationSpec | null> = (process.env["BENCH_BUG_SPECS"] ?? "none,protocol,system")
  .split(",")
  .filter((name) => name !== "")
  .map((name) => {
    if (!(name in specNames)) throw new Error(`BENCH_BUG_SPECS: unknown spec "${name}" (none, protocol or system)`)
    return specNames[name]!
  })
for (const bug of picked) if (!bugNames.includes(bug)) throw new Error(`BENCH_BUGS: unknown bug "${bug}" (${bugNames.join(", ")})`)
if (!Number.isInteger(falsePositiveRuns) || falsePositiveRuns < 0) throw new Error("BENCH_FALSE_POSITIVE_RUNS must be a whole number, 0 or more")

interface SeedResult {
  readonly seed: number
  readonly found: boolean
  readonly runs: number
  readonly seconds: number
  readonly cpuSeconds: number
  readonly invariant: string | null
  readonly stepsBefore: number | null
  readonly stepsAfter: number | null
  readonly shrinkSeconds: number | null
}

function cpuSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1e6
}

function searchSeed(bug: string, seed: number, spec: ValidationSpec | null): SeedResult {
  const validate = spec !== null
  const options = { servers, maxSteps, bugs: [bug], seed, validate, ...(spec === null ? {} : { spec }) }
  const runOptions = { validate, ...(spec === null ? {} : { spec }) }
  const arbitrary = scheduleArbitrary({ servers, maxSteps, bugs: [bug] })
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  for (let run = 0; ; run++) {
    const seconds = (performance.now() - started) / 1000
    if (seconds > secondsPerSeed) {
      return { seed, found: false, runs: run, seconds, cpuSeconds: cpuSince(cpuBefore), invariant: null, stepsBefore: null, stepsAfter: null, shrinkSeconds: null }
    }
    // The schedule `zab check` draws for this run: fast-check's first value for the run's seed.
    const [schedule] = fc.sample(arbitrary, { seed: runSeed(seed, run), numRuns: 1 })
    const result = runSchedule(schedule!, runOptions)
    if (result.violation === null) continue
    const foundSeconds = (performance.now() - started) / 1000
    const foundCpu = cpuSince(cpuBefore)
    const shrinkStarted = performance.now()
    const report = checkOneRun(options, run)
    const shrinkSeconds = (performance.now() - shrinkStarted) / 1000
    const failure = report.failure
    if (failure === null) throw new Error(`${bug} seed ${seed} run ${run}: the schedule failed here but not under zab check's own run`)
    return {
      seed,
      found: true,
      runs: run + 1,
      seconds: foundSeconds,
      cpuSeconds: foundCpu,
      invariant: failure.violation.invariant,
      stepsBefore: failure.original.steps.length,
      stepsAfter: failure.shrunk.steps.length,
      shrinkSeconds,
    }
  }
}

function median(values: ReadonlyArray<number>): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const round = (x: number | null, digits = 3): number | null => (x === null ? null : Number(x.toFixed(digits)))

for (const [bug, spec] of picked.flatMap((b) => specs.map((spec) => [b, spec] as const))) {
  const results = seeds.map((seed) => searchSeed(bug, seed, spec))
  const found = results.filter((r) => r.found)
  const invariants = found.map((r) => r.invariant!)
  const counts = new Map<string, number>()
  for (const name of invariants) counts.set(name, (counts.get(name) ?? 0) + 1)
  const caughtBy = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null
  console.log(
    JSON.stringify({
      bug,
      validated: spec !== null,
      spec,
      seeds: seeds.length,
      found: found.length,
      runsToViolation: median(found.map((r) => r.runs)),
      secondsToViolation: round(median(found.map((r) => r.seconds))),
      cpuSecondsToViolation: round(median(found.map((r) => r.cpuSeconds))),
      stepsBeforeShrink: median(found.map((r) => r.stepsBefore!)),
      stepsAfterShrink: median(found.map((r) => r.stepsAfter!)),
      maxStepsAfterShrink: found.length === 0 ? null : Math.max(...found.map((r) => r.stepsAfter!)),
      shrinkSeconds: round(median(found.map((r) => r.shrinkSeconds!))),
      caughtBy,
      perSeed: results.map((r) => (r.found ? `${r.seed}:${r.runs}runs/${r.stepsAfter}steps/${r.invariant}` : `${r.seed}:none in ${r.runs}runs`)),
    }),
  )
}

// The false-positive row: the correct peer, through the command itself, on two worker threads.
if (falsePositiveRuns > 0) {
  let out = ""
  // The row takes an hour or more: its progress goes to stderr (a line a minute), stdout keeps one JSON line.
  let lastProgress = -Infinity
  const io = {
    out: (t: string) => void (out += t),
    err: (t: string) => {
      const progress = /^\s*\d+\/\d+ runs/.test(t)
      if (progress && performance.now() - lastProgress < 60_000) return
      if (progress) lastProgress = performance.now()
      process.stderr.write(`false-positive row: ${t.trimStart()}`)
    },
    interactive: false,
    cwd: process.cwd(),
  }
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const code = await main(["check", "--runs", String(falsePositiveRuns), "--seed", "2026", "--workers", "2", "--spec", "system", "--no-history", "--no-coverage", "--out", "counterexamples"], io)
  const seconds = (performance.now() - started) / 1000
  const held = /all invariants held in (\d+) runs \((\d+) steps taken/.exec(out)
  console.log(
    JSON.stringify({
      bug: null,
      falsePositive: true,
      spec: "system",
      history: false,
      schedules: falsePositiveRuns,
      workers: 2,
      violations: code === 0 ? 0 : 1,
      exitCode: code,
      stepsTaken: held === null ? null : Number(held[2]),
      seconds: round(seconds),
      cpuSeconds: round(cpuSince(cpuBefore)),
      ...(code === 0 ? {} : { report: out.split("\n").slice(0, 3).join(" | ") }),
    }),
  )
}
