/**
 * `npm run bench:model`: the explorer on every reference configuration of the TLC figures, one JSON line
 * each: distinct, generated, depth, seconds, distinct states per second, peak RSS, and whether the counts
 * equal TLC's. Each configuration runs in its own child process, so its peak RSS is its own. The large
 * configurations then run again with `--workers 2` (field `workers`): the same search split between two
 * worker threads (bin/explore-parallel.ts).
 *
 * The invariants checked are Zab.tla's ten, as in the TLC runs the figures come from (TLC manages about
 * 5,800-6,000 distinct states/s with one worker on this kind of machine). BENCH_CHECKS=all adds the
 * project's battery (properties/) on every state and its step invariants on every transition.
 * BENCH_CONFIGS=n2_a,n3_e selects configurations; BENCH_WORKERS=3 sets the worker count of the second
 * pass, BENCH_WORKERS=1 leaves it out.
 *
 * CPU seconds and peak RSS are the whole process's (getrusage of the process): worker threads are threads
 * of it, so their CPU time, their heaps and tables, and V8's helper threads (compilers, GC) are all in.
 */
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { defaultChecks } from "../model/checks.js"
import { type ReferenceConfig, referenceConfigs } from "../model/configs.js"
import { type ExploreResult, explore } from "../model/explore.js"
import { checkSpecInvariants } from "../model/spec-invariants.js"
import { exploreOnWorkers } from "../bin/explore-parallel.js"

/** TLC's per-action coverage on n2_d ("new distinct : generated"), to compare action by action. */
const n2dCoverage: Readonly<Record<string, readonly [number, number]>> = {
  Init: [1, 1],
  UpdateLeader: [81_304, 214_706],
  FollowLeader: [250_912, 416_684],
  Timeout: [58_800, 73_624],
  Restart: [74_448, 145_226],
  ConnectAndFollowerSendCEPOCH: [84_696, 129_690],
  LeaderProcessCEPOCH: [21_400, 21_400],
  FollowerProcessNEWEPOCH: [21_400, 21_400],
  LeaderProcessACKEPOCH: [21_400, 21_400],
  FollowerProcessNEWLEADER: [21_400, 21_400],
  LeaderProcessACKLD: [15_220, 21_400],
  FollowerProcessCOMMITLD: [22_706, 29_912],
  LeaderProcessRequest: [18_040, 20_760],
  LeaderBroadcastPROPOSE: [18_040, 31_454],
  FollowerProcessPROPOSE: [10_694, 21_388],
  LeaderProcessACK: [10_694, 16_134],
  FollowerProcessCOMMIT: [10_694, 14_774],
  FilterNonexistentMessage: [0, 0],
}

/** The configurations run a second time on worker threads: those TLC takes tens of seconds or more on. */
const largeDistinct = 250_000

async function runOne(ref: ReferenceConfig, checks: string, workers: number): Promise<void> {
  const all = checks === "all"
  const d = defaultChecks()
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  const result: ExploreResult =
    workers === 1
      ? explore({
          config: ref.config,
          symmetry: ref.symmetry,
          invariants: all ? d.invariants : [checkSpecInvariants],
          stepInvariants: all ? d.stepInvariants : [],
        })
      : await exploreOnWorkers({ config: ref.config, bugs: [], symmetry: ref.symmetry, checks: all ? "all" : "spec", workers })
  const seconds = (performance.now() - started) / 1000
  // CPU time of this process (main thread, worker threads, compiler and GC helpers): the machine is shared,
  // so wall time alone can understate the explorer's speed when other jobs compete for the cores.
  const cpu = process.cpuUsage(cpuStarted)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const p = ref.config.parameters
  const line: Record<string, unknown> = {
    name: ref.name,
    servers: ref.config.servers,
    T: p.MaxTimeoutFailures,
    L: p.MaxTransactionNum,
    E: p.MaxEpoch,
    R: p.MaxRestarts,
    symmetry: ref.symmetry,
    checks,
    workers,
    distinct: result.distinct,
    generated: result.generated,
    depth: result.depth,
    seconds: Number(seconds.toFixed(2)),
    distinctPerSecond: Math.round(result.distinct / seconds),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    distinctPerCpuSecond: Math.round(result.distinct / cpuSeconds),
    // resourceUsage().maxRSS is in KiB and covers the whole life of this process.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    violations: result.violation === null ? 0 : 1,
    tlc: ref.tlc,
    matchesTlc: result.distinct === ref.tlc.distinct && result.generated === ref.tlc.generated && result.depth === ref.tlc.depth,
  }
  if (ref.name === "n2_d") {
    line["coverageMatchesTlc"] = result.coverage.every((c) => {
      const expected = n2dCoverage[c.action]
      return expected !== undefined && expected[0] === c.distinct && expected[1] === c.generated
    })
  }
  console.log(JSON.stringify(line))
}

const checks = process.env["BENCH_CHECKS"] === "all" ? "all" : "spec"
const [only, workersArg] = process.argv.slice(2)
if (only !== undefined) {
  const ref = referenceConfigs.find((c) => c.name === only)
  if (ref === undefined) throw new Error(`unknown configuration ${only}`)
  await runOne(ref, checks, Number(workersArg ?? "1"))
} else {
  const selected = process.env["BENCH_CONFIGS"]?.split(",") ?? referenceConfigs.map((c) => c.name)
  const workers = Number(process.env["BENCH_WORKERS"] ?? "2")
  if (!(Number.isInteger(workers) && workers >= 1)) throw new Error(`BENCH_WORKERS must be a positive integer, got ${process.env["BENCH_WORKERS"]}`)
  const script = fileURLToPath(import.meta.url)
  const runs: Array<readonly [string, number]> = selected.map((name) => [name, 1] as const)
  if (workers > 1) {
    for (const name of selected) if ((referenceConfigs.find((c) => c.name === name)?.tlc.distinct ?? 0) >= largeDistinct) runs.push([name, workers])
  }
  for (const [name, w] of runs) {
    const child = spawnSync(process.execPath, [script, name, String(w)], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, BENCH_CHECKS: checks } })
    if (child.status !== 0) process.exitCode = 1
  }
}
