/**
 * Apache ZooKeeper as a target: a generated schedule taken by a fresh ZooKeeper ensemble behind the
 * capturing fault proxy (impl/zookeeper/ensemble.ts), its clients' history recorded through zab's client,
 * and the run judged by what can be judged of it.
 *
 * How steps map to the real world (as on the net target, harness/net-target.ts):
 *   Crash / CrashLeader   SIGKILL. The page cache survives a process kill, so "keep" and "lose-unsynced"
 *                         are the same here; "torn" is not applied to ZooKeeper's log (its format is not
 *                         ours), which the step's text says.
 *   Restart               start the JVM again (not waiting for it to serve).
 *   Pause                 SIGSTOP, and SIGCONT the step's ticks later (harness/pauses.ts); every pause ends by
 *                         the liveness phase.
 *   Reset / Partition / IsolateLeader / Heal   the fault proxy.
 *   ClientWrite           through a client pinned to that server, awaited in the background; OpInvoked and
 *                         OpCompleted go into the history, timed on the capture's clock.
 *   Client / ClientMove   the schedule's client sessions through zab's client (impl/client/history-recorder.ts
 *                         ClientSessions), into the same history; a move reconnects the session elsewhere.
 *   Tick / Settle         real time passes (a tenth of tickTime per tick, as a peer tick is on the net target).
 *   Deliver / Fsync       a millisecond passes: the network and disks run on their own.
 *   CrashOnDelivery       skipped: the proxy forwards bytes without decoding them as they pass.
 * After the schedule comes the liveness phase: heal, clear faults, restart every dead server, and require
 * within a time limit a leader with every server serving and a write through every server; then every
 * server is synced and reads back every path the run wrote, into the history, so a lost acknowledged
 * write shows in the client history.
 *
 * The run's trace is the decoded capture (impl/zookeeper/decode.ts) merged by time with the history
 * and the schedule's steps. Judged: the client history (ClientHistory), liveness (NoProgress), and, when the
 * capture decodes, the invariants through the projection and validation against the model. What could not
 * be judged is named in the result, never passed silently. Bytes the decoders cannot read end the run as
 * a harness error (ZkHarnessError), as does an ensemble that does not start.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ZabClient } from "../impl/client/client.js"
import { ClientSessions, HistoryRecorder } from "../impl/client/history-recorder.js"
import type { WriteOp } from "../impl/core/types.js"
import type { HistoryEvent, HistoryOp, HistoryResult } from "../impl/history-events.js"
import { ClusterError } from "../impl/net/cluster.js"
import { readCapture } from "../impl/zookeeper/capture.js"
import { decodeCapture, formatDecodeProblems } from "../impl/zookeeper/decode.js"
import { type ZooKeeperCoverage, zookeeperCoverage } from "../impl/zookeeper/protocol-coverage.js"
import { ZkEnsemble } from "../impl/zookeeper/ensemble.js"
import { stateInvariants, stepInvariants } from "../properties/invariants.js"
import { type Schedule, type Step, defaultSimConfig } from "../schedule/steps.js"
import type { Trace } from "../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "../traces/schema.js"
import { rejectionSummary } from "../traces/format.js"
import type { Rejection } from "../traces/validate.js"
import { validateZooKeeperTrace } from "../traces/validate-zookeeper.js"
import { judgeTrace } from "./judge.js"
import { Pauses } from "./pauses.js"
import { CLIENT_HISTORY, MODEL_REFINEMENT, historyViolation } from "./sim-target.js"
import type { Target, TargetRun, TargetViolation } from "./target.js"

/** A run that could not be judged: the ensemble did not start, or its capture does not decode. Exit 2. */
export class ZkHarnessError extends Error {
  override readonly name = "ZkHarnessError"
}

export interface ZkRunOptions {
  /** zoo.cfg tickTime; a schedule's Tick is a tenth of it. Low, so timeouts and runs are short. */
  readonly tickTimeMs?: number
  readonly dir?: string
  readonly keep?: boolean
  readonly startTimeoutMs?: number
  readonly livenessTimeoutMs?: number
  /** Validate the decoded capture against the model of Zab.tla, through the ZooKeeper rules (default true). */
  readonly validate?: boolean
  readonly log?: (line: string) => void
  /**
   * For tests of the judgement, never for a campaign: the final reads report data that no write wrote, a
   * history no order of the operations explains, so the run must fail as ClientHistory.
   */
  readonly wrongReadsForTest?: boolean
}

export const defaultZkTickTimeMs = 300

/** A trace event placed on the capture's clock (microseconds). */
interface Timed {
  readonly at: number
  readonly event: TraceEvent
}

export interface EnsembleTrace {
  /** The trace, or null when the capture does not decode (`why` says why). */
  readonly trace: Trace | null
  readonly why: string
  /** What the capture holds, for a person: records, bytes, routes with bytes. */
  readonly summary: string
  /** Each place the decoders could not read, as text. */
  readonly undecodable: ReadonlyArray<string>
  /** Routes (from>to channel) that carried bytes, delivered or not. */
  readonly routesWithBytes: ReadonlyArray<string>
  /** ZooKeeper's protocol branches the decoded capture shows (impl/zookeeper/protocol-coverage.ts). */
  readonly wireCoverage: ZooKeeperCoverage
}

function header(schedule: Schedule, violated: string | null): TraceHeader {
  return { format: TRACE_FORMAT, version: TRACE_VERSION, target: "zookeeper", seed: null, run: null, schedule, violated }
}

/**
 * The trace of an ensemble's run: its capture decoded, merged by time with `extra` (the history, the
 * steps). The schedule goes in the header (an empty one for `zab cluster trace`).
 */
export function ensembleTrace(capturePath: string, servers: number, extra: ReadonlyArray<Timed>, schedule?: Schedule): EnsembleTrace {
  let text: string
  try {
    text = readFileSync(capturePath, "utf8")
  } catch {
    throw new ClusterError(`no capture at ${capturePath}`)
  }
  const { header: captureHeader, records } = readCapture(text)
  const routes = new Map<number, string>()
  const carried = new Set<string>()
  let bytes = 0
  for (const r of records) {
    if (r._tag === "Open") routes.set(r.conn, `${r.from}>${r.to} ${r.channel}`)
    if (r._tag === "Bytes") {
      bytes += Buffer.from(r.data, "base64").length
      const route = routes.get(r.conn)
      if (route !== undefined) carried.add(route)
    }
  }
  const routesWithBytes = [...carried].sort()
  const summary = `${records.length} records, ${bytes} bytes, ${routesWithBytes.length} of ${servers * (servers - 1) * 2} routes carried bytes`
  const decoded = decodeCapture(captureHeader, records)
  const base: Schedule = schedule ?? { config: defaultConfigOf(servers), steps: [] }
  const undecodable = decoded.problems.length === 0 ? [] : formatDecodeProblems(decoded.problems).split("\n").filter((line) => line.trim() !== "")
  const merged = [...decoded.events.map((d) => ({ at: d.at, event: d.event as TraceEvent })), ...extra]
  // A stable sort: events of one source keep their order, the decoded ones first at equal times.
  merged.sort((a, b) => a.at - b.at)
  const trace = undecodable.length > 0 ? null : { header: header(base, null), events: merged.map((m) => m.event) }
  const why = trace === null ? "the capture holds bytes the decoders cannot read" : ""
  return { trace, why, summary, undecodable, routesWithBytes, wireCoverage: zookeeperCoverage(decoded) }
}

function defaultConfigOf(servers: number): Schedule["config"] {
  // The simulator's defaults name the cluster size; nothing else of them applies to ZooKeeper.
  return defaultSimConfig(servers)
}

export interface ZkRunResult {
  readonly violation: TargetViolation | null
  readonly stepsTaken: number
  readonly trace: Trace
  readonly rejection: Rejection | null
  readonly notJudged: ReadonlyArray<string>
  /** Why the protocol invariants were not judged, when they were not. */
  readonly notJudgedWhy: string | null
  readonly seconds: number
  readonly dir: string | null
  /** Branches reached: the servers' logs and the runner's own counts (zkLogBranches, countRunner). */
  readonly coverage: ReadonlyMap<string, number>
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function historyOp(op: WriteOp): HistoryOp {
  switch (op._tag) {
    case "Create":
      return { _tag: "Create", path: op.path, data: op.data, sequential: false }
    case "SetData":
      return { _tag: "SetData", path: op.path, data: op.data, version: op.version }
    case "Delete":
      return { _tag: "Delete", path: op.path, version: op.version }
  }
}

/**
 * The ClientWrite steps' clients. One session per server; after an operation whose outcome is unknown
 * (connection loss, timeout) the client is dropped and the next operation through that server opens a new
 * session, so each session's operations are the ones ZooKeeper ordered on one session. Their history goes
 * to the run's one recorder, with the schedule's Client sessions (ClientSessions).
 */
class Clients {
  private readonly clients = new Map<number, { client: ZabClient; session: string }>()
  private readonly incarnations = new Map<number, number>()
  readonly inFlight = new Set<Promise<void>>()

  constructor(
    private readonly ensemble: ZkEnsemble,
    private readonly recorder: HistoryRecorder,
    private readonly requestTimeoutMs: number,
    private readonly connectTimeoutMs: number,
  ) {}

  private clientOf(server: number): { client: ZabClient; session: string } {
    let c = this.clients.get(server)
    if (c === undefined) {
      const k = (this.incarnations.get(server) ?? 0) + 1
      this.incarnations.set(server, k)
      const client = new ZabClient([{ host: "127.0.0.1", port: this.ensemble.clientPort(server) }], { connectTimeoutMs: this.connectTimeoutMs, requestTimeoutMs: this.requestTimeoutMs })
      // A session named as ZooKeeper names them: the server in the top byte, a counter below.
      c = { client, session: ((BigInt(server) << 56n) | BigInt(k)).toString() }
      this.clients.set(server, c)
    }
    return c
  }

  /** Run `call` as operation `operation` of server's session, recording both ends. */
  async run(server: number, operation: HistoryOp, call: (client: ZabClient) => Promise<HistoryResult>): Promise<HistoryResult> {
    const { client, session } = this.clientOf(server)
    const result = await this.recorder.run(session, operation, () => call(client))
    if (result._tag === "Indeterminate" && this.clients.get(server)?.client === client) {
      this.clients.delete(server)
      client.disconnect()
    }
    return result
  }

  write(server: number, op: WriteOp): void {
    const request = this.run(server, historyOp(op), async (client) => {
      switch (op._tag) {
        case "Create": {
          const reply = await client.request({ op: "create", path: op.path, data: Buffer.from(op.data, "latin1"), flags: 0 })
          return { _tag: "Ok", zxid: reply.zxid, created: op.path }
        }
        case "SetData": {
          const stat = await client.setData(op.path, Buffer.from(op.data, "latin1"), op.version)
          return { _tag: "Ok", zxid: stat.mzxid, version: stat.version }
        }
        case "Delete": {
          const reply = await client.request({ op: "delete", path: op.path, version: op.version })
          return { _tag: "Ok", zxid: reply.zxid }
        }
      }
    }).then(() => undefined)
    this.inFlight.add(request)
    void request.finally(() => this.inFlight.delete(request))
  }

  disconnectAll(): void {
    for (const c of this.clients.values()) c.client.disconnect()
    this.clients.clear()
  }
}

/** The paths a client operation names, to read back at the end (a sequential create's name is not known). */
function pathsOf(op: HistoryOp): Array<string> {
  switch (op._tag) {
    case "Create":
      return op.sequential ? [] : [op.path]
    case "Multi":
      return op.ops.flatMap((o) => (o._tag === "Create" && o.sequential ? [] : [o.path]))
    case "CloseSession":
    case "AddAuth":
      return []
    default:
      return [op.path]
  }
}

/** Take `schedule` on a fresh ZooKeeper ensemble and judge the run. Every process is stopped at the end. */
export async function runZkSchedule(schedule: Schedule, options: ZkRunOptions = {}): Promise<ZkRunResult> {
  const started = performance.now()
  const tickTimeMs = options.tickTimeMs ?? defaultZkTickTimeMs
  const tickMs = Math.max(1, Math.round(tickTimeMs / 10))
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "zab-zk-run-"))
  const log = options.log ?? (() => {})
  const livenessMs = options.livenessTimeoutMs ?? 30_000
  const servers = schedule.config.servers
  const steps: Array<Timed> = []
  let stepsTaken = 0
  let violation: TargetViolation | null = null
  const written = new Set<string>()
  const coverage = new Map<string, number>()
  const count = (name: string): void => void coverage.set(name, (coverage.get(name) ?? 0) + 1)
  let ensemble: ZkEnsemble
  try {
    ensemble = await ZkEnsemble.start(dir, { servers, tickTimeMs, initLimit: 10, syncLimit: 5, heapMb: 128 }, { proxy: "inline", waitMs: options.startTimeoutMs ?? 60_000 })
  } catch (error) {
    if (options.dir === undefined && options.keep !== true) rmSync(dir, { recursive: true, force: true })
    throw new ZkHarnessError(error instanceof Error ? error.message : String(error))
  }
  // One history for the run, timed on the capture's clock so that it merges with the decoded wire.
  const recorder = new HistoryRecorder(() => ensemble.nowMicros() / 1000)
  const timeouts = { connectTimeoutMs: Math.max(500, tickTimeMs * 4), requestTimeoutMs: livenessMs }
  const clients = new Clients(ensemble, recorder, timeouts.requestTimeoutMs, timeouts.connectTimeoutMs)
  const sessions = new ClientSessions(recorder, servers, (id) => ensemble.clientPort(id), timeouts)
  const pauses = new Pauses((id, pause) => ensemble.pause(id, pause))
  try {
    const ids = ensemble.layout.servers.map((s) => s.id)
    let groups: Array<Array<number>> = [ids.slice()]
    const cutOff = async (group: ReadonlyArray<number>): Promise<boolean> => {
      const next = groups.flatMap((g) => [g.filter((id) => group.includes(id)), g.filter((id) => !group.includes(id))]).filter((g) => g.length > 0)
      if (next.length === groups.length) return false
      groups = next
      await ensemble.proxy({ cmd: "partition", groups })
      return true
    }
    const leaderNow = async (): Promise<number | null> => {
      const views = await Promise.all(ids.map((id) => ensemble.serverView(id)))
      return views.find((v) => v.mode === "leader")?.id ?? null
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
        case "Crash":
        case "CrashLeader": {
          const id = step._tag === "Crash" ? step.server : await leaderNow()
          if (id === null || ensemble.pid(id) === null) return null
          if (step._tag === "CrashLeader") count(clients.inFlight.size > 0 ? "runner-leader-killed-with-writes-in-flight" : "runner-leader-killed")
          else count("runner-server-killed")
          pauses.forget(id)
          await ensemble.kill(id)
          return `crash ${id} (SIGKILL${step.disk === "torn" ? "; the torn tail is not applied to ZooKeeper's log" : ""})`
        }
        case "CrashOnDelivery":
        // ZooKeeper's snapshot files are not damaged by this runner: skipped, as a step that cannot take effect is.
        case "CorruptSnapshot":
        case "RewriteSnapshot":
          return null
        case "Pause":
          if (ensemble.pid(step.server) === null || !(await pauses.pause(step.server, tickMs * step.ticks))) return null
          count("runner-server-paused")
          return `pause ${step.server} for ${step.ticks} ticks (SIGSTOP, then SIGCONT)`
        case "Restart":
          if (ensemble.pid(step.server) !== null) return null
          ensemble.startServer(step.server)
          count("runner-server-restarted")
          return `restart ${step.server}`
        case "Reset": {
          if (step.a === step.b) return null
          await ensemble.proxy({ cmd: "reset", from: step.a, to: step.b })
          count("runner-connections-reset")
          return `reset ${step.a}<->${step.b}`
        }
        case "Partition":
          if (!(await cutOff(step.group))) return null
          count("runner-partition")
          return `partition ${groups.map((g) => g.join(",")).join(" | ")}`
        case "IsolateLeader": {
          const leader = await leaderNow()
          if (leader === null || !(await cutOff([leader]))) return null
          count("runner-leader-isolated")
          return `isolate leader ${leader}: ${groups.map((g) => g.join(",")).join(" | ")}`
        }
        case "Heal":
          if (groups.length === 1) return null
          groups = [ids.slice()]
          await ensemble.proxy({ cmd: "heal" })
          return "heal"
        case "ClientWrite": {
          if (ensemble.pid(step.server) === null) return null
          written.add(step.op.path)
          clients.write(step.server, step.op)
          return `client of ${step.server}: ${step.op._tag} ${step.op.path}`
        }
        case "Client":
          for (const path of pathsOf(step.op)) written.add(path)
          sessions.invoke(step.session, step.op)
          count("runner-client-op")
          return `session ${step.session + 1}: ${step.op._tag} ${"path" in step.op ? step.op.path : ""}`.trimEnd()
        case "ClientMove":
          if (!sessions.move(step.session, step.server)) return null
          count("runner-client-session-moved")
          return `session ${step.session + 1} moves to ${step.server}`
      }
    }
    for (let index = 0; index < schedule.steps.length; index++) {
      const step = schedule.steps[index]!
      const at = ensemble.nowMicros()
      const text = await take(step)
      if (text === null) continue
      stepsTaken += 1
      steps.push({ at, event: { _tag: "Step", index, step, text } })
      log(`step ${index}: ${text}`)
    }

    // Liveness: the faults stop; a leader must serve every server and commit a write through each.
    steps.push({ at: ensemble.nowMicros(), event: { _tag: "LivenessPhase", text: "faults stop: heal, restart every server, wait for a leader and a write through every server, then read back every path written" } })
    await pauses.resumeAll()
    await ensemble.proxy({ cmd: "heal" })
    await ensemble.proxy({ cmd: "fault", delayMs: 0, jitterMs: 0, dropProbability: 0 })
    for (const id of ids) if (ensemble.pid(id) === null) ensemble.startServer(id)
    const deadline = Date.now() + livenessMs
    const outcomes = await Promise.all(
      ids.map(async (id) => {
        let last = "no attempt"
        while (Date.now() < deadline) {
          const result = await clients.run(id, { _tag: "Create", path: `/zab-liveness-${id}`, data: "", sequential: false }, async (client) => {
            const reply = await client.request({ op: "create", path: `/zab-liveness-${id}`, data: Buffer.alloc(0), flags: 0 })
            return { _tag: "Ok", zxid: reply.zxid, created: `/zab-liveness-${id}` }
          })
          // NodeExists: an earlier attempt whose reply was lost did commit.
          if (result._tag === "Ok" || (result._tag === "Failed" && result.code === "NodeExists")) return { id, error: null }
          last = result._tag === "Failed" ? result.code : result.reason
          await sleep(Math.min(200, Math.max(0, deadline - Date.now())))
        }
        return { id, error: last }
      }),
    )
    // The schedule's writes still in flight get until the deadline; the timer must not outlive the wait.
    let timer: NodeJS.Timeout | null = null
    await Promise.race([Promise.all([...clients.inFlight, sessions.settled()]), new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))))])
    if (timer !== null) clearTimeout(timer)
    const stuck = outcomes.find((o) => o.error !== null)
    if (stuck !== undefined) {
      violation = { invariant: "NoProgress", message: `no write through server ${stuck.id} committed within ${livenessMs} ms of the faults stopping (${stuck.error})`, servers: [stuck.id] }
    } else {
      // Every server, synced, reads back what the run wrote: a lost acknowledged write is a history violation.
      for (const id of ids) {
        for (const path of [...written].sort()) {
          await clients.run(id, { _tag: "Sync", path }, async (client) => {
            await client.sync(path)
            return { _tag: "Ok" }
          })
          await clients.run(id, { _tag: "GetData", path }, async (client) => {
            const { data, stat } = await client.getData(path)
            const seen = options.wrongReadsForTest === true ? "never-written" : data.toString("latin1")
            return { _tag: "Ok", zxid: stat.mzxid, data: seen, version: stat.version }
          })
        }
      }
    }
  } catch (error) {
    // A step the runtime could not take (a server that survived SIGKILL, a proxy that stopped answering)
    // leaves the run unjudgeable: a harness error, never a protocol violation.
    throw new ZkHarnessError(`the run stopped at a step the harness could not take (its directory is kept: ${dir}): ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    clients.disconnectAll()
    sessions.close()
    await pauses.resumeAll()
    try {
      await ensemble.stop(0)
    } catch (error) {
      log(`stopping the ensemble: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  const history: Array<Timed> = recorder.events.map((e) => ({ at: Math.round(e.timeMs * 1000), event: e.event as TraceEvent }))
  for (const h of history) {
    if (h.event._tag !== "OpCompleted") continue
    const r = h.event.result
    count(r._tag === "Ok" ? "client-op-ok" : r._tag === "Failed" ? "client-op-failed (a tree error)" : "client-op-indeterminate")
  }
  logCoverage(dir, servers, coverage)
  const made = ensembleTrace(ensemble.capturePath, servers, [...history, ...steps].sort((a, b) => a.at - b.at), schedule)
  for (const [branch, n] of Object.entries(made.wireCoverage)) if (n > 0) coverage.set(`wire-${branch}`, (coverage.get(`wire-${branch}`) ?? 0) + n)
  const keep = options.keep === true || options.dir !== undefined
  if (made.undecodable.length > 0) {
    throw new ZkHarnessError(`the capture holds bytes the decoders cannot read (capture kept in ${dir}):\n${made.undecodable.map((u) => `  ${u}`).join("\n")}`)
  }
  // Without a decoded capture the trace is the history and the steps alone.
  const events: Array<TraceEvent> = made.trace?.events.slice() ?? [...history, ...steps].sort((a, b) => a.at - b.at).map((t) => t.event)
  let rejection: Rejection | null = null
  let notJudged: ReadonlyArray<string>
  let notJudgedWhy: string | null = null
  const base: Trace = { header: header(schedule, null), events }
  if (made.trace !== null) {
    const judged = judgeTrace(base)
    notJudged = judged.notJudged
    if (notJudged.length > 0) notJudgedWhy = "a client's replies and a server's refused start are not on the wire (acknowledged writes are judged by ClientHistory)"
    if (judged.violation !== null) violation = { invariant: judged.violation.invariant, message: judged.violation.message, servers: [...judged.violation.servers] }
    if (violation === null && options.validate !== false) {
      // The wire does not show a server's appends, flushes and epoch writes: the ZooKeeper rules insert
      // the steps each message implies, and name themselves when the model refuses one.
      const validated = validateZooKeeperTrace(servers, events)
      rejection = validated.rejection
      if (rejection !== null) {
        const rule = validated.rejectedRule === null ? "" : ` (at a step inserted by the ZooKeeper rule ${validated.rejectedRule})`
        violation = { invariant: MODEL_REFINEMENT, message: rejectionSummary(rejection) + rule, servers: [...rejection.servers] }
      }
    }
  } else {
    notJudged = [...protocolInvariantNames(), ...(options.validate !== false ? [MODEL_REFINEMENT] : [])]
    notJudgedWhy = made.why
  }
  // The client history is judged whatever the capture gave; a protocol violation found first outranks it.
  if (violation === null || violation.invariant === "NoProgress") {
    const found = historyViolation(history.map((h) => h.event as HistoryEvent))
    if (found !== null) violation = { invariant: CLIENT_HISTORY, message: found.message, servers: [] }
  }
  const finalEvents = violation === null ? events : [...events, { _tag: "Violation" as const, invariant: violation.invariant, message: violation.message, servers: [...violation.servers] }]
  if (!keep) rmSync(dir, { recursive: true, force: true })
  return {
    violation,
    stepsTaken,
    trace: { header: header(schedule, violation?.invariant ?? null), events: finalEvents },
    rejection,
    notJudged,
    notJudgedWhy,
    seconds: (performance.now() - started) / 1000,
    dir: keep ? dir : null,
    coverage,
  }
}

/**
 * Judge a recorded ZooKeeper run again, offline and deterministically: its events (a counterexample file's,
 * without the Violation it ends with) through the invariants, the model with the ZooKeeper rules, and the
 * client history, in the order a run judges them. NoProgress, which only the live run can see, is not re-judged.
 */
export function rejudgeZooKeeperTrace(trace: Trace): TargetViolation | null {
  const events = trace.events.filter((e) => e._tag !== "Violation")
  const judged = judgeTrace({ header: { ...trace.header, violated: null }, events })
  if (judged.violation !== null) return { invariant: judged.violation.invariant, message: judged.violation.message, servers: [...judged.violation.servers] }
  const validated = validateZooKeeperTrace(trace.header.schedule.config.servers, events)
  if (validated.rejection !== null) return { invariant: MODEL_REFINEMENT, message: rejectionSummary(validated.rejection), servers: [...validated.rejection.servers] }
  const found = historyViolation(events.filter((e): e is HistoryEvent & TraceEvent => e._tag === "OpInvoked" || e._tag === "OpCompleted"))
  return found === null ? null : { invariant: CLIENT_HISTORY, message: found.message, servers: [] }
}

/**
 * The ZooKeeper-side branches a run reached, until the decoded capture can say it from the wire: what
 * the servers' own logs report (their sync mode per learner, their election outcomes; the log lines of
 * Learner.java and LearnerHandler.java in 3.8) and what the runner did to them. Counted per occurrence.
 */
export const zkLogBranches: ReadonlyArray<readonly [string, RegExp]> = [
  ["zk-sync-diff (leader sends DIFF)", /Sending DIFF zxid=/g],
  ["zk-sync-trunc (leader sends TRUNC)", /Sending TRUNC/g],
  ["zk-sync-snap (leader sends SNAP)", /Sending snapshot last zxid of peer/g],
  ["zk-elected-leading", /LEADING - LEADER ELECTION TOOK/g],
  ["zk-elected-following", /FOLLOWING - LEADER ELECTION TOOK/g],
]

function logCoverage(dir: string, servers: number, into: Map<string, number>): void {
  for (let id = 1; id <= servers; id++) {
    let text = ""
    try {
      text = readFileSync(join(dir, `n${id}`, "server.log"), "utf8")
    } catch {
      continue
    }
    for (const [name, pattern] of zkLogBranches) {
      const n = text.match(pattern)?.length ?? 0
      if (n > 0) into.set(name, (into.get(name) ?? 0) + n)
    }
  }
}

/** The built-in state and step invariants, by name, once each. */
function protocolInvariantNames(): Array<string> {
  const names: Array<string> = []
  for (const i of [...stateInvariants, ...stepInvariants]) if (!names.includes(i.name)) names.push(i.name)
  return names
}

/** Apache ZooKeeper as a Target (harness/target.ts). */
export function zookeeperTarget(options: ZkRunOptions = {}): Target {
  return {
    name: "zookeeper",
    deterministic: false,
    run: async (schedule): Promise<TargetRun> => {
      const result = await runZkSchedule(schedule, options)
      return {
        violation: result.violation,
        stepsTaken: result.stepsTaken,
        trace: result.trace,
        coverage: result.coverage,
        rejection: result.rejection,
        notJudged: result.notJudged,
        invariantError: null,
      }
    },
  }
}
