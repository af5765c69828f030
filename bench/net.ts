/**
 * `npm run bench:net`: a 3-server loopback cluster of real processes, fsync on, measured the way
 * the project's reference ZooKeeper bench (zk-bench.mjs) measured Apache ZooKeeper 3.8 on this machine:
 *
 *   warm-up   3 s unmeasured: pipelined creates, then reads
 *   (i)       sequential creates of 100-byte znodes for 10 s, one client pinned to a follower
 *   (ii)      creates with 64 in flight for 10 s, same client
 *   (iii)     getData with 64 in flight over the znodes of (i), 10 s
 *   (iv)      SIGKILL the leader, then time until a create issued after the kill succeeds (client with
 *             the full server list) and until a survivor reports Mode: leader; then restart it
 *
 * Prints one JSON line on stdout; progress on stderr. Flags: --duration S, --inflight N, --size B,
 * --warmup S, --servers N, --trace (write per-process traces, off by default as in ZooKeeper),
 * --no-fsync, --keep (leave the cluster directory).
 *
 * `--soak S [--seed N] [--steps N]` instead runs generated fault schedules (schedule/arbitrary.ts) on
 * fresh real clusters for S seconds with runNetSchedule, one JSON line per run; a violation's merged
 * trace is written to counterexamples/ and the exit code is 1.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { cpus, loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import fc from "fast-check"
import { ZabClient, fourLetterWord } from "../impl/client/client.js"
import { runNetSchedule } from "../harness/net-target.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import { writeTrace } from "../traces/jsonl.js"
import { clusterStatus, connectString, killAllSpawned, killServer, killSpawnedOnExit, readLayout, restartServer, serverPid, startCluster, stopCluster } from "../impl/net/cluster.js"

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    inflight: { type: "string", default: "64" },
    size: { type: "string", default: "100" },
    warmup: { type: "string", default: "3" },
    servers: { type: "string", default: "3" },
    trace: { type: "boolean", default: false },
    "no-fsync": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    soak: { type: "string" },
    seed: { type: "string", default: "1" },
    steps: { type: "string", default: "60" },
  },
})

const durationMs = Number(values.duration) * 1000
const inflight = Number(values.inflight)
const size = Number(values.size)
const warmupMs = Number(values.warmup) * 1000
const serverCount = Number(values.servers)

const log = (...parts: ReadonlyArray<unknown>): void => void process.stderr.write(parts.map((p) => (typeof p === "string" ? p : JSON.stringify(p))).join(" ") + "\n")
const now = (): number => performance.now()
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function pct(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return +sorted[i]!.toFixed(3)
}

function latencyStats(lat: ReadonlyArray<number>): Record<string, number | null> {
  const s = Float64Array.from(lat).sort()
  const mean = s.length > 0 ? s.reduce((a, b) => a + b, 0) / s.length : null
  return { p50_ms: pct(s, 50), p99_ms: pct(s, 99), mean_ms: mean === null ? null : +mean.toFixed(3), max_ms: pct(s, 100) }
}

// CPU accounting from /proc, as zk-bench.mjs does: how much CPU did processes other than this bench and
// its servers use during a phase? The machine has two cores, easily shared.
const CLK_TCK = 100
let serverPids: ReadonlyArray<number> = []

interface CpuSnap {
  readonly t: number
  readonly busy: number
  readonly ours: number
  readonly steal: number
}

function cpuSnap(): CpuSnap | null {
  try {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number)
    const busy = f[0]! + f[1]! + f[2]! + f[5]! + f[6]!
    let ours = 0
    for (const pid of [process.pid, ...serverPids]) {
      try {
        const st = readFileSync(`/proc/${pid}/stat`, "utf8")
        const rest = st.slice(st.lastIndexOf(")") + 2).split(" ")
        ours += Number(rest[11]) + Number(rest[12])
      } catch {
        // Gone.
      }
    }
    return { t: now(), busy, ours, steal: f[7] ?? 0 }
  } catch {
    return null
  }
}

function cpuDelta(a: CpuSnap | null, b: CpuSnap | null): Record<string, number> | null {
  if (a === null || b === null) return null
  const secs = (b.t - a.t) / 1000
  const r = (x: number): number => +(x / CLK_TCK / secs).toFixed(2)
  return { all_cores: r(b.busy - a.busy), ours_cores: r(b.ours - a.ours), foreign_cores: r(Math.max(0, b.busy - a.busy - (b.ours - a.ours))), steal_cores: r(b.steal - a.steal) }
}

async function closedLoop(n: number, ms: number, op: (i: number) => Promise<unknown>): Promise<Record<string, unknown>> {
  let issued = 0
  let done = 0
  let errors = 0
  const lat: Array<number> = []
  const t0 = now()
  const deadline = t0 + ms
  const worker = async (): Promise<void> => {
    while (now() < deadline) {
      const i = issued++
      const s = now()
      try {
        await op(i)
        done += 1
        lat.push(now() - s)
      } catch (error) {
        errors += 1
        if (errors > 1000) throw error
      }
    }
  }
  await Promise.all(Array.from({ length: n }, worker))
  const elapsed = now() - t0
  return { ops: done, errors, elapsed_s: +(elapsed / 1000).toFixed(3), ops_per_s: Math.round(done / (elapsed / 1000)), ...latencyStats(lat) }
}

async function main(): Promise<void> {
  killSpawnedOnExit()
  const dir = mkdtempSync(join(tmpdir(), "zab-bench-net-"))
  const result: Record<string, unknown> = {
    bench: "net",
    servers: serverCount,
    fsync: !values["no-fsync"],
    trace: values.trace,
    duration_s: durationMs / 1000,
    inflight,
    size_bytes: size,
    node: process.version,
    cpus: cpus().length,
    loadavg_start: loadavg().map((x) => +x.toFixed(2)),
  }
  try {
    const t0 = now()
    const leader = await startCluster(dir, { servers: serverCount, proxy: false, forceSync: !values["no-fsync"], trace: values.trace, logLevel: "warn" })
    result["start_ms"] = Math.round(now() - t0)
    const layout = readLayout(dir)
    serverPids = layout.servers.map((x) => serverPid(dir, x.id)).filter((p): p is number => p !== null)
    const states = await clusterStatus(dir)
    const target = states.find((s) => s.mode === "following") ?? states.find((s) => s.mode === "leading")!
    result["throughput_server"] = { id: target.id, mode: target.mode }
    log("cluster up, leader", leader, "client on", target)
    const c = await ZabClient.connect(connectString(dir, [target.id]), { requestTimeoutMs: 30_000 })
    const data = Buffer.alloc(size, 0x61)
    const root = `/bench-${process.pid}`
    for (const p of [root, `${root}/s`, `${root}/p`, `${root}/w`]) await c.create(p, "")

    if (warmupMs > 0) {
      const w1 = await closedLoop(16, warmupMs / 2, (i) => c.create(`${root}/w/n${i}`, data))
      const w2 = await closedLoop(16, warmupMs / 2, (i) => c.getData(`${root}/w/n${i % Math.max(1, w1["ops"] as number)}`))
      result["warmup"] = { s: warmupMs / 1000, creates: w1["ops"], reads: w2["ops"] }
      log("warmup", result["warmup"])
    }

    // (i) sequential creates.
    const lat: Array<number> = []
    let n = 0
    const c0 = cpuSnap()
    const s0 = now()
    while (now() < s0 + durationMs) {
      const s = now()
      await c.create(`${root}/s/n${n}`, data)
      lat.push(now() - s)
      n += 1
    }
    result["seq_create"] = { ops: n, ops_per_s: Math.round(n / ((now() - s0) / 1000)), ...latencyStats(lat), cpu: cpuDelta(c0, cpuSnap()) }
    log("seq_create", result["seq_create"])

    // (ii) pipelined creates.
    const c1 = cpuSnap()
    result["pipelined_create"] = { ...(await closedLoop(inflight, durationMs, (i) => c.create(`${root}/p/n${i}`, data))), cpu: cpuDelta(c1, cpuSnap()) }
    log("pipelined_create", result["pipelined_create"])

    // (iii) reads over the znodes of (i).
    const readSet = Math.max(1, Math.min(n, 10_000))
    const c2 = cpuSnap()
    result["get_data"] = { ...(await closedLoop(inflight, durationMs, (i) => c.getData(`${root}/s/n${i % readSet}`))), distinct_znodes: readSet, cpu: cpuDelta(c2, cpuSnap()) }
    log("get_data", result["get_data"])
    await c.close()

    // (iv) failover.
    if (serverCount > 1) {
      const current = await clusterStatus(dir)
      const leaderId = current.find((s) => s.mode === "leading")!.id
      const fc = await ZabClient.connect(connectString(dir), { requestTimeoutMs: 10_000, connectTimeoutMs: 60_000 })
      await fc.create(`${root}/f-warm`, data)
      const clientOn = fc.endpoint
      const k0 = now()
      await killServer(dir, leaderId)
      const killed = now()
      const survivors = layout.servers.filter((s) => s.id !== leaderId)
      const leaderWatch = (async (): Promise<{ ms: number; id: number } | null> => {
        while (now() - killed < 60_000) {
          for (const s of survivors) {
            try {
              const text = await fourLetterWord({ host: "127.0.0.1", port: s.clientPort }, "srvr", 500)
              if (/^Mode: leader$/m.test(text) && /^Serving: true$/m.test(text)) return { ms: now() - killed, id: s.id }
            } catch {
              // Not answering yet.
            }
          }
          await sleep(10)
        }
        return null
      })()
      let attempts = 0
      const errors: Record<string, number> = {}
      const writeWatch = (async (): Promise<number | null> => {
        while (now() - killed < 60_000) {
          attempts += 1
          try {
            await fc.create(`${root}/f-${attempts}`, data)
            return now() - killed
          } catch (error) {
            const key = error instanceof Error ? error.message.split(":")[0]! : String(error)
            errors[key] = (errors[key] ?? 0) + 1
            await sleep(5)
          }
        }
        return null
      })()
      const [nl, wms] = await Promise.all([leaderWatch, writeWatch])
      result["failover"] = {
        killed_id: leaderId,
        client_was_on: clientOn === null ? null : layout.servers.find((s) => s.clientPort === clientOn.port)?.id,
        kill_cmd_ms: +(killed - k0).toFixed(1),
        new_leader_id: nl?.id ?? null,
        new_leader_ms: nl === null ? null : +nl.ms.toFixed(1),
        write_ok_ms: wms === null ? null : +wms.toFixed(1),
        write_attempts: attempts,
        write_errors: errors,
      }
      log("failover", result["failover"])
      fc.disconnect()
      const r0 = now()
      await restartServer(dir, leaderId)
      ;(result["failover"] as Record<string, unknown>)["restore_ms"] = Math.round(now() - r0)
    }
    result["loadavg_end"] = loadavg().map((x) => +x.toFixed(2))
    process.stdout.write(JSON.stringify(result) + "\n")
  } finally {
    try {
      await stopCluster(dir, 3_000)
    } catch {
      // killAllSpawned is the backstop.
    }
    await killAllSpawned()
    if (values.keep) log("cluster directory kept:", dir)
    else rmSync(dir, { recursive: true, force: true })
  }
}

async function soak(seconds: number): Promise<number> {
  killSpawnedOnExit()
  const deadline = now() + seconds * 1000
  const seed = Number(values.seed)
  let failures = 0
  for (let run = 0; now() < deadline; run++) {
    const [schedule] = fc.sample(scheduleArbitrary({ servers: serverCount, maxSteps: Number(values.steps), bugs: [] }), { seed: seed + run, numRuns: 1 })
    const t0 = now()
    const result = await runNetSchedule(schedule!, { tickMs: 25, keep: true })
    const line: Record<string, unknown> = {
      soak: "net",
      seed: seed + run,
      steps: schedule!.steps.length,
      stepsTaken: result.stepsTaken,
      acknowledged: result.acknowledged.length,
      ms: Math.round(now() - t0),
      violation: result.violation,
    }
    if (result.violation !== null) {
      failures += 1
      mkdirSync("counterexamples", { recursive: true })
      const path = join("counterexamples", `net-${result.violation.invariant}-seed${seed + run}.jsonl`)
      writeFileSync(path, writeTrace(result.trace.header, result.trace.events))
      line["trace"] = path
      line["dir"] = result.dir
    } else if (result.dir !== null) rmSync(result.dir, { recursive: true, force: true })
    process.stdout.write(JSON.stringify(line) + "\n")
  }
  return failures === 0 ? 0 : 1
}

if (values.soak !== undefined) {
  soak(Number(values.soak)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`bench:net soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exit(1)
    },
  )
} else main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:net failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
