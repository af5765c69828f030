/**
 * `npm run bench:model`: the explorer on every reference configuration of the TLC figures, one JSON line
 * each: distinct, generated, depth, seconds, distinct states per second, peak RSS, and whether the counts
 * equal TLC's. Each configuration runs in its own child process, so its peak RSS is its own.
 *
 * The invariants checked are Zab.tla's ten, as in the TLC runs the figures come from (TLC manages about
 * 5,800-6,000 distinct states/s with one worker on this kind of machine). BENCH_CHECKS=all adds the
 * project's battery (properties/) on every state and its step invariants on every transition.
 * BENCH_CONFIGS=n2_a,n3_e selects configurations.
 */
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { defaultChecks } from "../model/checks.js"
import { type ReferenceConfig, referenceConfigs } from "../model/configs.js"
import { explore } from "../model/explore.js"
import { checkSpecInvariants } from "../model/invariants.js"

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

function runOne(ref: ReferenceConfig, checks: string): void {
  const all = checks === "all"
  const d = defaultChecks()
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  const result = explore({
    config: ref.config,
    symmetry: ref.symmetry,
    invariants: all ? d.invariants : [checkSpecInvariants],
    stepInvariants: all ? d.stepInvariants : [],
  })
  const seconds = (performance.now() - started) / 1000
  // CPU time of this process (main thread and GC helpers): the machine is shared, so wall time alone can
  // understate the explorer's speed when other jobs compete for the cores.
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
const only = process.argv[2]
if (only !== undefined) {
  const ref = referenceConfigs.find((c) => c.name === only)
  if (ref === undefined) throw new Error(`unknown configuration ${only}`)
  runOne(ref, checks)
} else {
  const selected = process.env["BENCH_CONFIGS"]?.split(",") ?? referenceConfigs.map((c) => c.name)
  const script = fileURLToPath(import.meta.url)
  for (const name of selected) {
    const child = spawnSync(process.execPath, [script, name], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, BENCH_CHECKS: checks } })
    if (child.status !== 0) process.exitCode = 1
  }
}
