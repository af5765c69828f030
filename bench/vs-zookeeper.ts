/**
 * `npm run bench:vs-zookeeper`: the same node-zookeeper-client workload against a 3-server Apache
 * ZooKeeper 3.8 ensemble (Debian's package, QuorumPeerMain processes) and a 3-server zab cluster (real
 * processes), one after the other in one run, both on loopback with fsync on and a 2,000 ms tick:
 *
 *   seq_create      sequential creates of 100-byte znodes, one client on a follower        ops/s
 *   pipe_create     creates with 64 in flight, same client                                 ops/s
 *   pipe_get        getData with 64 in flight over the znodes of seq_create                ops/s
 *   sessions        sessions opened, given an ephemeral node, and closed, 4 at a time       sessions/s
 *   failover        SIGKILL the leader, then time until a create issued after it succeeds  ms
 *
 * Prints one JSON line per row on stdout, with both figures, the ratio zab / ZooKeeper and the machine's
 * load average; progress on stderr. Flags: --duration S (per throughput row, default 5). It is a
 * benchmark, not a test: on a shared machine the figures move with the load it prints.
 * --only zab|zookeeper runs one side (ratio null), for profiling one of them.
 * Before its rows each ensemble gets the same warm-up (WARM_UP_MS: pipelined, then sequential creates),
 * long enough for ZooKeeper's JIT: its sequential creates speed up for about 10 s after a start.
 * --interleave runs only seq_create, with both ensembles up at once and the workload alternated between
 * them a second at a time (--duration S seconds each), so both see the same background load; it prints
 * the row with each side's p50 latency and the CPU time its three servers used per create (user and
 * system, all threads, from /proc), which on a busy machine is what a create waits for; then the same by
 * role (the leader, the follower the client is on, the other follower, and the client, this process) and
 * each server's context switches per create. Both sides' clients go to the first server in id order that
 * reports itself a follower, so both measure the same six hops.
 */
/// <reference path="../test/support/node-zookeeper-client.d.ts" />
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import zookeeper from "node-zookeeper-client"
import { fourLetterWord } from "../impl/client/client.js"
import { connectString, freePort, killServer, killSpawnedOnExit, readLayout, serverPid, startCluster, stopCluster } from "../impl/net/cluster.js"

const { values } = parseArgs({ options: { duration: { type: "string", default: "5" }, only: { type: "string" }, interleave: { type: "boolean", default: false } } })
if (values.only !== undefined && values.only !== "zab" && values.only !== "zookeeper") throw new Error(`--only takes zab or zookeeper, not ${values.only}`)
const durationMs = Number(values.duration) * 1000
const INFLIGHT = 64
const SIZE = 100
const TICK_MS = 2_000
// ZooKeeper's sequential creates get faster for about 10 s after its start (the JVM's JIT); a shorter
// warm-up would compare zab with a cold ZooKeeper.
const WARM_UP_PIPELINED_MS = 8_000
const WARM_UP_SEQUENTIAL_MS = 4_000
const ZOOKEEPER_JAR = process.env["ZOOKEEPER_JAR"] ?? "/usr/share/java/zookeeper.jar"
const SLF4J_SIMPLE_JAR = "/usr/share/java/slf4j-simple.jar"

const log = (text: string): void => void process.stderr.write(text + "\n")
const now = (): number => performance.now()
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** One ensemble as the workload sees it: client ports by id, which one leads, how to kill it. */
interface Ensemble {
  readonly name: "zookeeper" | "zab"
  readonly ports: ReadonlyArray<number>
  /** The server processes' ids, for their CPU time. */
  pids(): ReadonlyArray<number>
  killLeader(): Promise<void>
  stop(): Promise<void>
}

function connectStringOf(ports: ReadonlyArray<number>): string {
  return ports.map((p) => `127.0.0.1:${p}`).join(",")
}

async function modeOf(port: number): Promise<string> {
  try {
    return /Mode: (\w+)/.exec(await fourLetterWord({ host: "127.0.0.1", port }, "srvr", 1_000))?.[1] ?? "none"
  } catch {
    return "down"
  }
}

async function waitServing(ports: ReadonlyArray<number>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const modes = await Promise.all(ports.map(modeOf))
    if (modes.filter((m) => m === "leader").length === 1 && modes.every((m) => m === "leader" || m === "follower")) return
    if (Date.now() > deadline) throw new Error(`ensemble not serving after ${timeoutMs} ms: ${modes.join(", ")}`)
    await sleep(200)
  }
}

async function leaderIndex(ports: ReadonlyArray<number>): Promise<number> {
  const modes = await Promise.all(ports.map(modeOf))
  const i = modes.indexOf("leader")
  if (i === -1) throw new Error(`no leader: ${modes.join(", ")}`)
  return i
}

async function startZooKeeper(dir: string): Promise<Ensemble> {
  if (!existsSync(ZOOKEEPER_JAR)) throw new Error(`${ZOOKEEPER_JAR} is missing (apt-get install -y zookeeper)`)
  const ids = [1, 2, 3]
  const ports = await Promise.all(ids.map(() => freePort()))
  const peers = await Promise.all(ids.map(async (id) => `server.${id}=127.0.0.1:${await freePort()}:${await freePort()}`))
  const children: Array<ChildProcess | null> = []
  for (const id of ids) {
    const data = join(dir, `zk${id}`)
    mkdirSync(data, { recursive: true })
    writeFileSync(join(data, "myid"), `${id}\n`)
    const cfg = join(data, "zoo.cfg")
    const lines = [`tickTime=${TICK_MS}`, "initLimit=10", "syncLimit=5", `dataDir=${data}`, `clientPort=${ports[id - 1]}`, "clientPortAddress=127.0.0.1"]
    writeFileSync(cfg, [...lines, "4lw.commands.whitelist=*", "admin.enableServer=false", "forceSync=yes", "maxClientCnxns=0", ...peers, ""].join("\n"))
    const classPath = existsSync(SLF4J_SIMPLE_JAR) ? `${ZOOKEEPER_JAR}:${SLF4J_SIMPLE_JAR}` : ZOOKEEPER_JAR
    const args = ["-Xms64m", "-Xmx512m", "-Dzookeeper.admin.enableServer=false", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classPath, "org.apache.zookeeper.server.quorum.QuorumPeerMain", cfg]
    // In a session of its own, as startCluster starts each zab server: on a busy machine Linux's autogroup
    // scheduler shares the CPU between sessions first, and a server in the bench's own session would take
    // the client's wake-ups without competing with the other sessions for them.
    const child = spawn("java", args, { stdio: "ignore", detached: true })
    process.once("exit", () => child.kill("SIGKILL")) // never leave a ZooKeeper behind
    children.push(child)
  }
  await waitServing(ports, 120_000)
  return {
    name: "zookeeper",
    ports,
    pids: () => children.flatMap((c) => (c?.pid === undefined ? [] : [c.pid])),
    killLeader: async () => {
      const i = await leaderIndex(ports)
      children[i]?.kill("SIGKILL")
      children[i] = null
    },
    stop: async () => {
      for (const c of children) c?.kill("SIGKILL")
      await sleep(500)
    },
  }
}

async function startZab(dir: string): Promise<Ensemble> {
  await startCluster(dir, { servers: 3, proxy: false, tickTimeMs: TICK_MS, forceSync: true, trace: false, logLevel: "warn" }, 60_000)
  const ports = readLayout(dir).servers.map((s) => s.clientPort)
  await waitServing(ports, 60_000)
  log(`zab cluster: ${connectString(dir)}`)
  return {
    name: "zab",
    ports,
    pids: () => [1, 2, 3].flatMap((id) => serverPid(dir, id) ?? []),
    killLeader: async () => killServer(dir, (await leaderIndex(ports)) + 1),
    stop: () => stopCluster(dir),
  }
}

type Client = ReturnType<typeof zookeeper.createClient>

function connect(hosts: string, sessionTimeoutMs = 10_000): Promise<Client> {
  const client = zookeeper.createClient(hosts, { sessionTimeout: sessionTimeoutMs, spinDelay: 50, retries: 0 })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no session with ${hosts} within 20 s`)), 20_000)
    client.once("connected", () => {
      clearTimeout(timer)
      resolve(client)
    })
    client.connect()
  })
}

const create = (c: Client, path: string, data: Buffer, mode: number): Promise<string> =>
  new Promise((resolve, reject) => c.create(path, data, zookeeper.ACL.OPEN_ACL_UNSAFE, mode, (e, p) => (e ? reject(e) : resolve(p))))
const getData = (c: Client, path: string): Promise<Buffer> => new Promise((resolve, reject) => c.getData(path, undefined, (e, d) => (e ? reject(e) : resolve(d))))

/** n workers running `op` until the time is up; ops/s of the successful ones. */
async function closedLoop(n: number, ms: number, op: (i: number) => Promise<unknown>): Promise<number> {
  let issued = 0
  let done = 0
  const t0 = now()
  const deadline = t0 + ms
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (now() < deadline) {
        await op(issued++)
        done += 1
      }
    }),
  )
  return Math.round(done / ((now() - t0) / 1000))
}

/** The same warm-up for both ensembles: pipelined creates, then sequential ones. */
async function warmUp(e: Ensemble, c: Client): Promise<void> {
  log(`${e.name}: warm-up, ${WARM_UP_PIPELINED_MS + WARM_UP_SEQUENTIAL_MS} ms`)
  const data = Buffer.alloc(SIZE, 120)
  await closedLoop(INFLIGHT, WARM_UP_PIPELINED_MS, () => create(c, "/bench/w-", data, 2))
  await closedLoop(1, WARM_UP_SEQUENTIAL_MS, () => create(c, "/bench/w-", data, 2))
}

async function workload(e: Ensemble): Promise<Record<string, number>> {
  const modes = await Promise.all(e.ports.map(modeOf))
  const follower = e.ports[modes.indexOf("follower")]!
  log(`${e.name}: client on server ${modes.indexOf("follower") + 1} (a follower), server ${modes.indexOf("leader") + 1} leads`)
  const c = await connect(`127.0.0.1:${follower}`)
  const data = Buffer.alloc(SIZE, 120)
  await create(c, "/bench", Buffer.alloc(0), 0)
  await warmUp(e, c)
  log(`${e.name}: seq_create`)
  const made: Array<string> = []
  const seq = await closedLoop(1, durationMs, async () => made.push(await create(c, "/bench/s-", data, 2)))
  log(`${e.name}: pipe_create`)
  const pipe = await closedLoop(INFLIGHT, durationMs, () => create(c, "/bench/p-", data, 2))
  log(`${e.name}: pipe_get over ${made.length} znodes`)
  const get = await closedLoop(INFLIGHT, durationMs, (i) => getData(c, made[i % made.length]!))
  log(`${e.name}: sessions`)
  const all = connectStringOf(e.ports)
  const sessions = await closedLoop(4, durationMs, async () => {
    const s = await connect(all)
    await create(s, "/bench/e-", Buffer.alloc(0), 3)
    s.close()
  })
  c.close()
  log(`${e.name}: failover`)
  const watcher = await connect(all)
  await e.killLeader()
  const killedAt = now()
  let failoverMs = -1
  while (now() - killedAt < 120_000) {
    const attempt = await Promise.race([create(watcher, "/bench/f-", Buffer.alloc(0), 2).then(() => true, () => false), sleep(2_000).then(() => false)])
    if (attempt) {
      failoverMs = Math.round(now() - killedAt)
      break
    }
    await sleep(20)
  }
  watcher.close()
  return { seq_create: seq, pipe_create: pipe, pipe_get: get, sessions, failover: failoverMs }
}

/** CPU time (user and system, every thread) the processes have used, in ms; 0 for one that is gone. */
function cpuMs(pids: ReadonlyArray<number>): number {
  const ticksPerS = 100 // USER_HZ on Linux
  let ticks = 0
  for (const pid of pids) {
    try {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // Gone: counts nothing.
    }
  }
  return (ticks * 1000) / ticksPerS
}

/** Which server (index into ports and pids) plays each role while the client is on a follower. */
interface Roles {
  readonly leader: number
  readonly clientFollower: number
  readonly idleFollower: number
}

/**
 * Context switches (voluntary and not) of every thread of the process so far: each is a thread put to
 * sleep or taken off its CPU, and each wake-up of a sleeping thread is one of them. A create that crosses
 * more threads pays more of them, and on a busy machine each is a wait for a CPU.
 */
function contextSwitches(pid: number): number {
  let switches = 0
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const status = readFileSync(`/proc/${pid}/task/${tid}/status`, "utf8")
        for (const m of status.matchAll(/^(?:non)?voluntary_ctxt_switches:\s+(\d+)$/gm)) switches += Number(m[1])
      } catch {
        // A thread that ended between the listing and the read.
      }
    }
  } catch {
    // Gone: counts nothing.
  }
  return switches
}

/** A client on a follower of `e`, with /bench created and the servers warmed up as workload() does. */
async function benchClient(e: Ensemble): Promise<{ c: Client; roles: Roles }> {
  const modes = await Promise.all(e.ports.map(modeOf))
  const clientFollower = modes.indexOf("follower")
  const c = await connect(`127.0.0.1:${e.ports[clientFollower]!}`)
  await create(c, "/bench", Buffer.alloc(0), 0)
  await warmUp(e, c)
  const leader = modes.indexOf("leader")
  log(`${e.name}: client on server ${clientFollower + 1} (a follower), server ${leader + 1} leads`)
  return { c, roles: { leader, clientFollower, idleFollower: 3 - leader - clientFollower } }
}

/** The bench process's own CPU time (user and system), in ms: the client's share of a create. */
function clientCpuMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/** seq_create on both ensembles, alternated a second at a time: ops/s over each side's own seconds. */
async function interleaved(): Promise<void> {
  const sliceMs = 1_000
  const sides = [] as Array<{ e: Ensemble; dir: string; c: Client; roles: Roles; ops: number; ms: number; cpuMs: Array<number>; switches: Array<number>; clientCpuMs: number; latencies: Array<number> }>
  try {
    for (const name of ["zookeeper", "zab"] as const) {
      const dir = mkdtempSync(join(tmpdir(), `zab-vs-${name}-`))
      const e = name === "zookeeper" ? await startZooKeeper(dir) : await startZab(dir)
      const { c, roles } = await benchClient(e)
      sides.push({ e, dir, c, roles, ops: 0, ms: 0, cpuMs: [0, 0, 0], switches: [0, 0, 0], clientCpuMs: 0, latencies: [] })
    }
    const data = Buffer.alloc(SIZE, 120)
    const slices = Math.max(1, Math.round(durationMs / sliceMs))
    log(`seq_create interleaved: ${slices} slices of ${sliceMs} ms each`)
    for (let i = 0; i < slices; i++) {
      // Alternate which side goes first, so neither always follows the other.
      for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
        const pids = side.e.pids()
        const t0 = now()
        const cpu0 = pids.map((pid) => cpuMs([pid]))
        const switches0 = pids.map(contextSwitches)
        const client0 = clientCpuMs()
        while (now() - t0 < sliceMs) {
          const t = now()
          await create(side.c, "/bench/s-", data, 2)
          side.latencies.push(now() - t)
          side.ops += 1
        }
        side.ms += now() - t0
        side.clientCpuMs += clientCpuMs() - client0
        pids.forEach((pid, i) => {
          side.cpuMs[i]! += cpuMs([pid]) - cpu0[i]!
          side.switches[i]! += contextSwitches(pid) - switches0[i]!
        })
      }
    }
    const perCreate = (ms: number, ops: number): number => +(ms / ops).toFixed(3)
    const [zk, zab] = sides.map((side) => ({
      opsPerS: Math.round(side.ops / (side.ms / 1000)),
      p50: +[...side.latencies].sort((a, b) => a - b)[side.latencies.length >> 1]!.toFixed(2),
      cpuMsPerCreate: perCreate(side.cpuMs.reduce((a, b) => a + b, 0), side.ops),
      // Per role: the leader, the follower the client is connected to, the other follower; and the client.
      byRole: {
        leader: perCreate(side.cpuMs[side.roles.leader]!, side.ops),
        clientFollower: perCreate(side.cpuMs[side.roles.clientFollower]!, side.ops),
        idleFollower: perCreate(side.cpuMs[side.roles.idleFollower]!, side.ops),
        client: perCreate(side.clientCpuMs, side.ops),
      },
      switchesPerCreate: {
        leader: +(side.switches[side.roles.leader]! / side.ops).toFixed(1),
        clientFollower: +(side.switches[side.roles.clientFollower]! / side.ops).toFixed(1),
        idleFollower: +(side.switches[side.roles.idleFollower]! / side.ops).toFixed(1),
      },
    }))
    console.log(
      JSON.stringify({
        bench: "vs-zookeeper",
        row: "seq_create",
        mode: "interleaved",
        unit: "ops/s",
        zookeeper: zk!.opsPerS,
        zab: zab!.opsPerS,
        ratio: +(zab!.opsPerS / zk!.opsPerS).toFixed(2),
        p50Ms: { zookeeper: zk!.p50, zab: zab!.p50 },
        serverCpuMsPerCreate: { zookeeper: zk!.cpuMsPerCreate, zab: zab!.cpuMsPerCreate },
        cpuMsPerCreateByRole: { zookeeper: zk!.byRole, zab: zab!.byRole },
        contextSwitchesPerCreate: { zookeeper: zk!.switchesPerCreate, zab: zab!.switchesPerCreate },
        loadavg: loadavg().map((l) => +l.toFixed(2)),
      }),
    )
  } finally {
    for (const side of sides) {
      side.c.close()
      await side.e.stop()
      rmSync(side.dir, { recursive: true, force: true })
    }
  }
}

async function main(): Promise<void> {
  killSpawnedOnExit()
  if (values.interleave) return interleaved()
  const results: Record<string, Record<string, number>> = {}
  const names = values.only === undefined ? (["zookeeper", "zab"] as const) : ([values.only] as const)
  for (const name of names) {
    const dir = mkdtempSync(join(tmpdir(), `zab-vs-${name}-`))
    const e = name === "zookeeper" ? await startZooKeeper(dir) : await startZab(dir)
    try {
      results[name] = await workload(e)
    } finally {
      await e.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const units: Record<string, string> = { seq_create: "ops/s", pipe_create: "ops/s", pipe_get: "ops/s", sessions: "sessions/s", failover: "ms" }
  for (const row of Object.keys(units)) {
    const zk = results["zookeeper"]?.[row] ?? null
    const zab = results["zab"]?.[row] ?? null
    const ratio = zk !== null && zab !== null && zk > 0 && zab >= 0 ? +(zab / zk).toFixed(2) : null
    console.log(JSON.stringify({ bench: "vs-zookeeper", row, unit: units[row], zookeeper: zk, zab, ratio, loadavg: loadavg().map((l) => +l.toFixed(2)) }))
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
