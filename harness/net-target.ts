/**
 * Run a simulator schedule (schedule/steps.ts) against a real cluster: the same steps, taken by real
 * processes, sockets, disks and the fault proxy. This is the net target's engine; `zab check --target net`
 * drives it.
 *
 * How steps map to the real world:
 *   Crash / CrashLeader   SIGKILL. The page cache survives a process kill, so "keep" and "lose-unsynced" are
 *                         the same here; "torn" also appends half a record to the newest log segment, the
 *                         way a write cut by power loss looks, and recovery must cut it.
 *   Restart               start the process again (not waiting for it to serve).
 *   Pause                 SIGSTOP, and SIGCONT the step's ticks later (harness/pauses.ts); every pause ends by the liveness phase.
 *   Reset / Partition / IsolateLeader / Heal   the fault proxy.
 *   ClientWrite           sent through a client pinned to that server; the reply is awaited in the background.
 *   Client / ClientMove   the schedule's client sessions, through zab's client (impl/client/history-recorder.ts):
 *                         each session's operations in order in the background; a move (after its queued
 *                         operations) and an unknown outcome open a new session on its server.
 * Every client operation (ClientWrite's too) goes into the client history, timed by a monotonic wall clock
 * and merged into the trace; after the liveness phase it is judged as ClientHistory.
 *   Tick                  one peer tick of real time passes.
 *   Deliver / Settle / Fsync   the network and disks run on their own; Deliver and Fsync let a millisecond
 *                         pass, Settle one tick.
 * Steps that make no sense when they run (restart a live server, crash the leader when none leads) are
 * skipped, as in the simulator.
 *
 * After the schedule comes the liveness phase: heal, restart every server, and require within a time limit
 * a leader that every server follows and a write through every server.
 *
 * The run is judged as every target is: the processes' merged trace (Lamport order, with the steps placed
 * at the wall-clock time they ran) is folded into the cluster view after each event (traces/project.ts)
 * and the invariants of properties/ are checked on every view (harness/judge.ts). Those the trace cannot
 * judge are named in the result. One check only a real cluster can make comes on top: after the liveness
 * phase every server's znode tree, read through its client port, is the same (ReplicasConverge).
 */
import { appendFileSync, closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ZabClient, ZkError } from "../impl/client/client.js"
import { ClientSessions, HistoryRecorder } from "../impl/client/history-recorder.js"
import type { HistoryOp } from "../impl/history-events.js"
import type { WriteOp } from "../impl/core/types.js"
import { formatZxid } from "../impl/core/zxid.js"
import { parseSegment } from "../impl/storage/file.js"
import type { Schedule, Step } from "../schedule/steps.js"
import type { Trace } from "../traces/jsonl.js"
import type { TraceEvent } from "../traces/schema.js"
import {
  type ClusterOptions,
  clusterDir,
  clusterStatus,
  killAllSpawned,
  killServer,
  pauseServer,
  proxyCommand,
  readLayout,
  restartServer,
  serverPid,
  startCluster,
  stopCluster,
} from "../impl/net/cluster.js"
import { judgeTrace, stepOfEvent } from "./judge.js"
import type { InvariantError, InvariantSet } from "../properties/user-invariants.js"
import { mergeNetTraces } from "./net-trace-merge.js"
import { Pauses } from "./pauses.js"
import { REPLICAS_CONVERGE, historyViolation, zabPromises } from "./sim-target.js"

export interface NetRunOptions {
  /** Real duration of one peer tick (zoo.cfg tickTime is ten of them). */
  readonly tickMs?: number
  /** Cluster directory; a temporary one (removed afterwards unless `keep`) by default. */
  readonly dir?: string
  readonly keep?: boolean
  readonly livenessTimeoutMs?: number
  readonly log?: (line: string) => void
  /** The user's invariants, judged with the built-in ones over the merged trace's views. */
  readonly invariants?: InvariantSet
  /** Judge the clients' history (ClientHistory): on unless false. */
  readonly history?: boolean
}

export interface NetViolation {
  readonly invariant: string
  readonly message: string
  readonly servers: ReadonlyArray<number>
}

export interface Acknowledged {
  readonly server: number
  readonly op: WriteOp
  readonly zxid: number
  readonly result: string
}

export interface NetRunResult {
  readonly violation: NetViolation | null
  /** The step index after which the violation was seen; steps.length for the end checks and liveness. */
  readonly failedAt: number | null
  readonly stepsTaken: number
  readonly trace: Trace
  readonly acknowledged: ReadonlyArray<Acknowledged>
  /** The invariants the merged trace could not judge (it does not observe a record they read). */
  readonly notJudged: ReadonlyArray<string>
  /** The cluster directory, when kept. */
  readonly dir: string | null
  /** A user invariant that threw while the merged trace was judged (step: where in the schedule). */
  readonly invariantError: (InvariantError & { readonly failedAt: number }) | null
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Take `schedule`'s steps on a fresh real cluster and check the run. Every process is stopped at the end. */
export async function runNetSchedule(schedule: Schedule, options: NetRunOptions = {}): Promise<NetRunResult> {
  const tickMs = options.tickMs ?? 25
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "zab-net-run-"))
  const log = options.log ?? (() => {})
  const config = schedule.config
  const clusterOptions: Partial<ClusterOptions> = {
    servers: config.servers,
    proxy: true,
    tickTimeMs: tickMs * 10,
    initLimit: Math.max(1, Math.ceil(config.initLimitTicks / 10)),
    syncLimit: Math.max(1, Math.ceil(config.syncLimitTicks / 10)),
    initLimitTicks: Math.max(1, config.initLimitTicks),
    syncLimitTicks: Math.max(1, config.syncLimitTicks),
    counterBits: config.counterBits,
    snapCount: Math.max(1, config.snapCountTxns),
    bugs: config.bugs,
    forceSync: true,
    trace: true,
    logLevel: "info",
  }
  const steps: Array<{ timeMs: number; event: TraceEvent }> = []
  const acknowledged: Array<Acknowledged> = []
  const inFlight = new Set<Promise<void>>()
  const clients = new Map<number, { client: ZabClient; session: string }>()
  const incarnations = new Map<number, number>()
  const recorder = new HistoryRecorder()
  const requestTimeoutMs = options.livenessTimeoutMs ?? 20_000
  const sessions = new ClientSessions(recorder, config.servers, (id) => portOf(dir, id), { connectTimeoutMs: Math.max(200, tickMs * 4), requestTimeoutMs })
  const pauses = new Pauses((id, pause) => pauseServer(dir, id, pause))
  let stepsTaken = 0
  let violation: NetViolation | null = null
  let failedAt: number | null = null
  try {
    await startCluster(dir, clusterOptions, 30_000)
    const ids = readLayout(dir).servers.map((s) => s.id)
    // The partition in force, as the simulator keeps it: each Partition step cuts its group off on top of
    // the cuts already in place, so one schedule means the same network on both runtimes.
    let groups: Array<Array<number>> = [ids.slice()]
    const cutOff = async (group: ReadonlyArray<number>): Promise<boolean> => {
      const next = groups.flatMap((g) => [g.filter((id) => group.includes(id)), g.filter((id) => !group.includes(id))]).filter((g) => g.length > 0)
      if (next.length === groups.length) return false
      groups = next
      await proxyCommand(dir, { cmd: "partition", groups })
      return true
    }
    // One session per server for ClientWrite steps, replaced after an unknown outcome (so each history
    // session is one ZooKeeper session), named as ZooKeeper names them: the server in the top byte.
    const clientOf = (id: number): { client: ZabClient; session: string } => {
      let c = clients.get(id)
      if (c === undefined) {
        const k = (incarnations.get(id) ?? 0) + 1
        incarnations.set(id, k)
        const client = new ZabClient(readLayout(dir).servers.filter((s) => s.id === id).map((s) => ({ host: "127.0.0.1", port: s.clientPort })), {
          connectTimeoutMs: Math.max(200, tickMs * 4),
          requestTimeoutMs,
        })
        c = { client, session: ((BigInt(id) << 56n) | BigInt(k)).toString() }
        clients.set(id, c)
      }
      return c
    }
    const leaderNow = async (): Promise<number | null> => {
      const leaders = (await clusterStatus(dir)).filter((s) => s.mode === "leading").sort((a, b) => b.epoch - a.epoch)
      return leaders[0]?.id ?? null
    }
    const take = async (step: Step): Promise<string | null> => {
      switch (step._tag) {
        case "Deliver":
        case "Fsync":
          await sleep(1)
          return null
        case "Settle":
          await sleep(tickMs)
          return "settle (real time passes)"
        case "Tick":
          await sleep(tickMs * (step.ticks ?? 1))
          return step.ticks === undefined ? "tick" : `${step.ticks} ticks`
        case "Pause":
          if (serverPid(dir, step.server) === null || !(await pauses.pause(step.server, tickMs * step.ticks))) return null
          return `pause ${step.server} for ${step.ticks} ticks (SIGSTOP, then SIGCONT)`
        case "Crash":
        case "CrashLeader": {
          const id = step._tag === "Crash" ? step.server : await leaderNow()
          if (id === null || serverPid(dir, id) === null) return null
          pauses.forget(id)
          await killServer(dir, id)
          if (step.disk === "torn") tearLogTail(clusterDir(dir, id))
          return `crash ${id} ${step.disk} (SIGKILL)`
        }
        case "CrashOnDelivery":
          // The fault proxy forwards bytes without decoding frames, so it cannot crash a process at a given
          // message: the step is skipped here, as any step that cannot take effect is.
          return null
        case "CorruptSnapshot":
        case "RewriteSnapshot":
          // Not applied to the servers' snapshot files yet: the step is skipped, as any step that cannot take
          // effect is (the simulator applies it).
          return null
        case "Client":
          sessions.invoke(step.session, step.op)
          return `session ${step.session + 1}: ${step.op._tag} ${"path" in step.op ? step.op.path : ""}`.trimEnd()
        case "ClientMove":
          return sessions.move(step.session, step.server) ? `session ${step.session + 1} moves to ${step.server}` : null
        case "Restart":
          if (serverPid(dir, step.server) !== null) return null
          await restartServer(dir, step.server, false)
          return `restart ${step.server}`
        case "Reset":
          if (step.a === step.b) return null
          await proxyCommand(dir, { cmd: "reset", from: step.a, to: step.b })
          return `reset ${step.a}<->${step.b}`
        case "Partition": {
          if (!(await cutOff(step.group))) return null
          return `partition ${groups.map((g) => g.join(",")).join(" | ")}`
        }
        case "IsolateLeader": {
          const leader = await leaderNow()
          if (leader === null || !(await cutOff([leader]))) return null
          return `isolate leader ${leader}: ${groups.map((g) => g.join(",")).join(" | ")}`
        }
        case "Heal":
          if (groups.length === 1) return null
          groups = [ids.slice()]
          await proxyCommand(dir, { cmd: "heal" })
          return "heal"
        case "ClientWrite": {
          if (serverPid(dir, step.server) === null) return null
          const op = step.op
          const server = step.server
          const request = (async () => {
            const c = clientOf(server)
            const result = await recorder.run(c.session, writeHistoryOp(op), async () => {
              try {
                const reply = await c.client.request(toRequest(op))
                acknowledged.push({ server, op, zxid: reply.zxid, result: "ok" })
                return { _tag: "Ok", zxid: reply.zxid, ...(op._tag === "Create" ? { created: op.path } : {}) }
              } catch (error) {
                // A tree error (NoNode, NodeExists, BadVersion, NotEmpty) is a committed txn too; anything else
                // (connection loss, timeout) leaves the write's fate unknown.
                if (error instanceof ZkError && error.code <= -100) acknowledged.push({ server, op, zxid: -1, result: error.message })
                throw error
              }
            })
            if (result._tag === "Indeterminate" && clients.get(server) === c) {
              clients.delete(server)
              c.client.disconnect()
            }
          })()
          inFlight.add(request)
          void request.finally(() => inFlight.delete(request))
          return `client of ${server}: ${op._tag} ${op.path}`
        }
      }
    }
    for (let index = 0; index < schedule.steps.length; index++) {
      const step = schedule.steps[index]!
      const started = Date.now()
      const text = await take(step)
      if (text === null) continue
      stepsTaken += 1
      // A step takes its place in the merged trace at the time it began, but a kill at the time the process was
      // gone: what the process recorded while the signal was on its way came before its death, and the
      // projection marks the server down at its crash step. Past that millisecond, since an extra event goes
      // first among equal times.
      const timeMs = step._tag === "Crash" || step._tag === "CrashLeader" ? Date.now() + 1 : started
      steps.push({ timeMs, event: { _tag: "Step", index, step, text } })
      log(`step ${index}: ${text}`)
    }

    // Liveness: faults stop; every server runs; a leader must serve everyone and commit a write through each.
    const livenessMs = options.livenessTimeoutMs ?? 20_000
    steps.push({ timeMs: Date.now(), event: { _tag: "LivenessPhase", text: "faults stop: heal, restart every server, wait for a leader and a write through every server" } })
    await pauses.resumeAll()
    await proxyCommand(dir, { cmd: "heal" })
    await proxyCommand(dir, { cmd: "fault", delayMs: 0, jitterMs: 0, dropProbability: 0 })
    for (const id of ids) if (serverPid(dir, id) === null) await restartServer(dir, id, false)
    const deadline = Date.now() + livenessMs
    const readers = new Map<number, ZabClient>()
    for (const id of ids) {
      const reader = new ZabClient([{ host: "127.0.0.1", port: portOf(dir, id) }], { connectTimeoutMs: livenessMs, requestTimeoutMs: livenessMs })
      readers.set(id, reader)
    }
    // Every server's liveness write, in parallel; a tree error on retry means an earlier attempt committed.
    const outcomes = await Promise.all(
      ids.map(async (id) => {
        // A server may drop the session while the cluster settles (it left broadcast): retry until the
        // deadline. A retry that finds the node was created by an earlier attempt counts as success.
        let lastError = "no attempt"
        while (Date.now() < deadline) {
          try {
            await withTimeout(readers.get(id)!.create(`/zab-liveness-${id}`, ""), Math.max(1, deadline - Date.now()))
            return { id, error: null }
          } catch (error) {
            if (error instanceof ZkError && error.code === -110) return { id, error: null }
            lastError = error instanceof Error ? error.message : String(error)
            await sleep(Math.min(100, Math.max(0, deadline - Date.now())))
          }
        }
        return { id, error: lastError }
      }),
    )
    await Promise.race([Promise.all([...inFlight, sessions.settled()]), sleep(Math.max(0, deadline - Date.now()))])
    // The servers that made progress must hold the same tree; the trace, judged below, comes first.
    const live = outcomes.filter((o) => o.error === null).map((o) => o.id)
    const trees = new Map<number, Map<string, string>>()
    for (const id of live) {
      try {
        trees.set(id, await withTimeout(dumpTree(readers.get(id)!), 10_000))
      } catch {
        // Lost it again after the write: the liveness verdict below covers it.
      }
    }
    const found = trees.size === 0 ? null : replicasConverge(trees)
    const stuck = outcomes.find((o) => o.error !== null)
    if (found !== null) {
      violation = found
      failedAt = schedule.steps.length
    } else if (stuck !== undefined) {
      violation = { invariant: "NoProgress", message: `no write through server ${stuck.id} committed within ${livenessMs} ms of the faults stopping (${stuck.error})`, servers: [stuck.id] }
      failedAt = schedule.steps.length
    }
    for (const r of readers.values()) r.disconnect()
  } finally {
    for (const c of clients.values()) c.client.disconnect()
    sessions.close()
    await pauses.resumeAll()
    try {
      await stopCluster(dir, 3_000)
    } catch {
      // killAllSpawned is the backstop.
    }
    await killAllSpawned()
  }
  const texts = readLayout(dir).servers.map((s) => {
    try {
      return readFileSync(join(clusterDir(dir, s.id), "trace.jsonl"), "utf8")
    } catch {
      return ""
    }
  })
  // The history's events, by their own monotonic times, among the steps (a sort that keeps equal times in order).
  const history = recorder.events.map((e) => ({ timeMs: e.timeMs, event: e.event as TraceEvent }))
  const extra = [...steps, ...history].sort((a, b) => a.timeMs - b.timeMs)
  const merged = mergeNetTraces(texts.filter((t) => t !== ""), { order: "time", extra })
  // Safety first: an invariant broken anywhere in the trace outranks the end check and the liveness verdict.
  const judged = judgeTrace({ header: { ...merged.header, schedule }, events: merged.events }, options.invariants ?? null)
  const thrown = judged.invariantError
  const invariantError = thrown === null ? null : { ...thrown, failedAt: stepOfEvent({ header: { ...merged.header, schedule }, events: merged.events }, thrown.eventIndex) ?? 0 }
  if (judged.violation !== null) {
    const { invariant, message, servers } = judged.violation
    violation = { invariant, message, servers }
    failedAt = stepOfEvent({ header: { ...merged.header, schedule }, events: merged.events }, judged.violation.eventIndex) ?? 0
  } else if (options.history !== false) {
    // A client history that does not conform is a safety violation: it outranks the end checks too.
    const clientViolation = historyViolation(recorder.events.map((e) => e.event), zabPromises)
    if (clientViolation !== null) {
      violation = clientViolation
      failedAt = schedule.steps.length
    }
  }
  const events = violation === null ? merged.events : [...merged.events, { _tag: "Violation" as const, invariant: violation.invariant, message: violation.message, servers: [...violation.servers] }]
  const trace: Trace = { header: { ...merged.header, schedule, violated: violation?.invariant ?? null }, events }
  const keep = options.keep === true || options.dir !== undefined
  if (!keep) rmSync(dir, { recursive: true, force: true })
  return { violation, failedAt, stepsTaken, trace, acknowledged, notJudged: judged.notJudged, dir: keep ? dir : null, invariantError }
}

function writeHistoryOp(op: WriteOp): HistoryOp {
  switch (op._tag) {
    case "Create":
      return { _tag: "Create", path: op.path, data: op.data, sequential: false }
    case "SetData":
      return { _tag: "SetData", path: op.path, data: op.data, version: op.version }
    case "Delete":
      return { _tag: "Delete", path: op.path, version: op.version }
  }
}

function portOf(dir: string, id: number): number {
  return readLayout(dir).servers.find((s) => s.id === id)!.clientPort
}

function toRequest(op: WriteOp): Parameters<ZabClient["request"]>[0] {
  switch (op._tag) {
    case "Create":
      return { op: "create", path: op.path, data: Buffer.from(op.data, "latin1"), flags: 0 }
    case "Delete":
      return { op: "delete", path: op.path, version: op.version }
    case "SetData":
      return { op: "setData", path: op.path, data: Buffer.from(op.data, "latin1"), version: op.version }
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | null = null
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)))])
  } finally {
    if (timer !== null) clearTimeout(timer)
  }
}

/** Every znode (path -> data and czxid/mzxid), read through one client, depth first. */
async function dumpTree(c: ZabClient): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const visit = async (path: string): Promise<void> => {
    const { data, stat } = await c.getData(path)
    out.set(path, `${data.toString("latin1")}|c=${formatZxid(stat.czxid)}|m=${formatZxid(stat.mzxid)}|v=${stat.version}`)
    for (const child of await c.getChildren(path)) await visit(path === "/" ? `/${child}` : `${path}/${child}`)
  }
  await visit("/")
  return out
}

/**
 * Write half a log record after the last record of the newest segment (into its preallocated zeros, or at
 * its end): what a write cut by power loss leaves behind.
 */
function tearLogTail(serverDir: string): void {
  const logDir = join(serverDir, "data", "version-2")
  const segments = readdirSync(logDir)
    .filter((n) => /^log\.[0-9a-f]+$/.test(n))
    .sort((a, b) => Number.parseInt(a.slice(4), 16) - Number.parseInt(b.slice(4), 16))
  const newest = segments[segments.length - 1]
  if (newest === undefined) return
  const torn = Buffer.alloc(13)
  torn.writeUInt32BE(200, 0) // a body length the file does not have
  const path = join(logDir, newest)
  let at: number | null = null
  try {
    const parsed = parseSegment(newest, readFileSync(path), true)
    at = parsed.tornAt ?? parsed.paddingAt ?? parsed.records[parsed.records.length - 1]?.end ?? null
  } catch {
    // Already damaged: tear after whatever is there.
  }
  if (at === null) {
    appendFileSync(path, torn)
    return
  }
  const fd = openSync(path, "r+")
  try {
    writeSync(fd, torn, 0, torn.length, at)
  } finally {
    closeSync(fd)
  }
}

// ---------------------------------------------------------------------------------------------------------
// The one check only a real cluster can make. The invariants judge histories and deliveries through the
// trace; this reads what the servers' data trees hold in the end, which no trace event shows, so a tree
// that diverges from the same history (a snapshot or recovery bug in the runtime) is caught too.


/** Every server that made progress ends with the same tree, the liveness writes and the root's stat aside. */
function replicasConverge(trees: ReadonlyMap<number, ReadonlyMap<string, string>>): NetViolation | null {
  const ids = [...trees.keys()]
  const strip = (t: ReadonlyMap<string, string>): string =>
    JSON.stringify([...t].filter(([p]) => !p.startsWith("/zab-liveness-")).map(([p, v]) => (p === "/" ? [p, v.replace(/\|.*$/, "")] : [p, v])))
  const reference = strip(trees.get(ids[0]!)!)
  for (const id of ids.slice(1)) {
    if (strip(trees.get(id)!) !== reference) {
      return { invariant: REPLICAS_CONVERGE, message: `servers ${ids[0]} and ${id} hold different znode trees after the liveness phase`, servers: [ids[0]!, id] }
    }
  }
  return null
}
