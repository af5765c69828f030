/**
 * A client history recorded through zab's client on a real cluster (zab's own servers or Apache
 * ZooKeeper's): each operation's invocation and completion as OpInvoked / OpCompleted events
 * (impl/history-events.ts), timed by a monotonic wall clock, with the result in the terms the checker
 * (properties/history/) predicts. A target that drives zab's client hands each operation to a
 * HistoryRecorder (one per run), or lets ClientSessions drive a schedule's Client and ClientMove steps,
 * and merges `events` into its trace by their `timeMs`.
 *
 * Outcomes: a reply is Ok with what the server returned (data, stat versions, children, created name, a
 * multi's results); a ZooKeeper error code for the znode is a definite Failed; anything else (connection
 * loss, a timeout, a session that expired) is Indeterminate, and the caller drops that connection, so every
 * session's operations are ones ZooKeeper ordered on one session.
 */
import type { ErrorCode } from "../core/datatree.js"
import type { HistoryEvent, HistoryOp, HistoryResult, MultiOp, MultiOpResult } from "../history-events.js"
import { ZabClient, ZkError } from "./client.js"
import { CreateFlags, ErrorCode as WireCode, type MultiRequestOp, type MultiResult, type Stat } from "./protocol.js"

/** A history event and the wall-clock millisecond it happened at, for merging into a trace by time. */
export interface TimedHistoryEvent {
  readonly timeMs: number
  readonly event: HistoryEvent
}

/** Milliseconds since the epoch that never go back (the process's monotonic clock from its start time). */
export function monotonicWallMs(): number {
  return performance.timeOrigin + performance.now()
}

/** The history's code for a ZooKeeper error code; null for the ones that leave the outcome unknown. */
export function historyCode(code: number): ErrorCode | null {
  switch (code) {
    case WireCode.noNode:
      return "NoNode"
    case WireCode.nodeExists:
      return "NodeExists"
    case WireCode.badVersion:
      return "BadVersion"
    case WireCode.notEmpty:
      return "NotEmpty"
    case WireCode.badArguments:
      return "BadArguments"
    case WireCode.noChildrenForEphemerals:
      return "NoChildrenForEphemerals"
    default:
      return null
  }
}

export class HistoryRecorder {
  readonly events: Array<TimedHistoryEvent> = []
  private nextOp = 0

  constructor(private readonly now: () => number = monotonicWallMs) {}

  private record(event: HistoryEvent): void {
    this.events.push({ timeMs: event.at, event })
  }

  /**
   * Record `operation` of `session` around `call`. A ZkError with a znode code becomes Failed; any other
   * error Indeterminate (ConnectionLoss, or Timeout for ZooKeeper's operation timeout).
   */
  async run(session: string, operation: HistoryOp, call: () => Promise<HistoryResult>): Promise<HistoryResult> {
    const op = this.nextOp++
    this.record({ _tag: "OpInvoked", session, op, at: this.now(), operation })
    let result: HistoryResult
    try {
      result = await call()
    } catch (error) {
      const code = error instanceof ZkError ? historyCode(error.code) : null
      result = code !== null ? { _tag: "Failed", code } : { _tag: "Indeterminate", reason: error instanceof ZkError && error.code === WireCode.operationTimeout ? "Timeout" : "ConnectionLoss" }
    }
    this.record({ _tag: "OpCompleted", session, op, at: this.now(), result })
    return result
  }
}

function statFields(stat: Stat): { version: number; cversion: number; numChildren: number } {
  return { version: stat.version, cversion: stat.cversion, numChildren: stat.numChildren }
}

function multiRequest(op: MultiOp): MultiRequestOp {
  switch (op._tag) {
    case "Create":
      return { op: "create2", path: op.path, data: Buffer.from(op.data, "latin1"), flags: createFlags(op), ...(op.acl === undefined ? {} : { acl: op.acl }) }
    case "SetData":
      return { op: "setData", path: op.path, data: Buffer.from(op.data, "latin1"), version: op.version }
    case "Delete":
      return { op: "delete", path: op.path, version: op.version }
    case "Check":
      return { op: "check", path: op.path, version: op.version }
  }
}

/** ZooKeeper's create mode for a create's `sequential` and `ephemeral`. */
function createFlags(op: { readonly sequential: boolean; readonly ephemeral?: boolean }): number {
  if (op.ephemeral === true) return op.sequential ? CreateFlags.ephemeralSequential : CreateFlags.ephemeral
  return op.sequential ? CreateFlags.persistentSequential : CreateFlags.persistent
}

function multiOpResult(r: MultiResult): MultiOpResult {
  switch (r.op) {
    case "create":
      return { created: r.path }
    case "create2":
      return { created: r.path, version: r.stat.version }
    case "setData":
      return { version: r.stat.version }
    case "delete":
    case "check":
    case "error":
      return {}
  }
}

/** `operation` through `client`, answered in the history's terms (a failure throws ZkError). */
export async function perform(client: ZabClient, operation: HistoryOp): Promise<HistoryResult> {
  switch (operation._tag) {
    case "GetData": {
      const { data, stat } = await client.getData(operation.path)
      return { _tag: "Ok", data: data.toString("latin1"), ...statFields(stat) }
    }
    case "Exists": {
      const stat = await client.exists(operation.path)
      return stat === null ? { _tag: "Ok", exists: false } : { _tag: "Ok", exists: true, ...statFields(stat) }
    }
    case "GetChildren": {
      const { children, stat } = await client.getChildren2(operation.path)
      return { _tag: "Ok", children, ...statFields(stat) }
    }
    case "Create": {
      const { path, stat } = await client.create2(operation.path, Buffer.from(operation.data, "latin1"), createFlags(operation), operation.acl)
      return { _tag: "Ok", created: path, ...statFields(stat) }
    }
    case "SetACL": {
      const stat = await client.setACL(operation.path, operation.acl, operation.version)
      return { _tag: "Ok", aversion: stat.aversion, ...statFields(stat) }
    }
    case "GetACL": {
      const { acl, stat } = await client.getACL(operation.path)
      return { _tag: "Ok", acl: [...acl], aversion: stat.aversion, ...statFields(stat) }
    }
    case "AddAuth":
      // Not ip: a real server gives every connection ip:<its address> from the start, which the checker's
      // model grants only from an `addauth ip` naming the address (the simulator's deviation), and a
      // reconnection may come from another local address. A history with ip ACLs would be misjudged; no
      // target issues one, and this refuses it before anything is sent.
      if (operation.scheme === "ip") throw new Error("addauth ip is not recorded: the checker's model gives a real connection no ip identity")
      await client.addAuth(operation.scheme, operation.id)
      return { _tag: "Ok" }
    case "SetData": {
      const stat = await client.setData(operation.path, Buffer.from(operation.data, "latin1"), operation.version)
      return { _tag: "Ok", ...statFields(stat) }
    }
    case "Delete":
      await client.delete(operation.path, operation.version)
      return { _tag: "Ok" }
    case "Sync":
      await client.sync(operation.path)
      return { _tag: "Ok" }
    case "CloseSession":
      // The server answers the close, then closes the connection; the caller drops this client.
      await client.request({ op: "closeSession" })
      return { _tag: "Ok" }
    case "Check":
    case "Multi": {
      const ops = operation._tag === "Check" ? [operation] : operation.ops
      const results = await client.multi(ops.map(multiRequest))
      const failed = results.findIndex((r) => r.op === "error" && r.err !== WireCode.ok && r.err !== WireCode.runtimeInconsistency)
      if (failed >= 0) {
        const err = (results[failed] as { readonly err: number }).err
        const code = historyCode(err)
        if (code === null) throw new ZkError(err, "a multi op failed")
        return { _tag: "Failed", code, index: failed }
      }
      return operation._tag === "Check" ? { _tag: "Ok" } : { _tag: "Ok", results: results.map(multiOpResult) }
    }
  }
}

/** `operation` with its creates (a multi's too) persistent. */
function persistentOnly(operation: HistoryOp): HistoryOp {
  const persistent = <T extends { readonly _tag: string }>(op: T): T => {
    if (op._tag !== "Create" || !("ephemeral" in op)) return op
    const { ephemeral: _, ...rest } = op as T & { readonly ephemeral?: boolean }
    return rest as T
  }
  if (operation._tag === "Multi") return { _tag: "Multi", ops: operation.ops.map(persistent) }
  return persistent(operation)
}

/**
 * A schedule's client sessions (Client and ClientMove steps) on a real cluster: session i starts on server
 * i mod N + 1, as in the simulator; each session's operations run one after another in the background, so
 * a step never waits for a reply. A move, and an operation whose outcome is unknown, close the connection;
 * the next operation opens a new ZooKeeper session on the session's server, with a new id in the history
 * (the old session's operations stay ordered among themselves; the new one's start fresh).
 */
export class ClientSessions {
  private closed = false
  /** `server`: where the session's next connection goes; `target`: where it is to be once its queue is done. */
  private readonly sessions: Array<{ server: number; target: number; client: ZabClient | null; id: string; incarnation: number; queue: Promise<void> }> = []

  constructor(
    private readonly recorder: HistoryRecorder,
    private readonly servers: number,
    private readonly portOf: (server: number) => number,
    private readonly timeouts: { readonly connectTimeoutMs: number; readonly requestTimeoutMs: number },
  ) {}

  private session(index: number): (typeof this.sessions)[number] {
    while (this.sessions.length <= index) {
      const i = this.sessions.length
      const server = (i % this.servers) + 1
      this.sessions.push({ server, target: server, client: null, id: "", incarnation: 0, queue: Promise.resolve() })
    }
    return this.sessions[index]!
  }

  private connect(s: (typeof this.sessions)[number], index: number): ZabClient {
    if (s.client === null) {
      s.incarnation += 1
      // Above every server's sessions (the server id in the top byte, as ZooKeeper names them).
      s.id = ((BigInt(100 + index) << 56n) | BigInt(s.incarnation)).toString()
      s.client = new ZabClient([{ host: "127.0.0.1", port: this.portOf(s.server) }], this.timeouts)
    }
    return s.client
  }

  private drop(s: (typeof this.sessions)[number]): void {
    s.client?.disconnect()
    s.client = null
  }

  /**
   * Queue `operation` on session `index`; returns at once. A schedule's ephemeral create is made persistent
   * here (and recorded so): a real cluster expires a session whose client stays away for its timeout (its
   * server crashed and nothing was sent since), deleting its ephemerals at a moment the history cannot
   * show, while the history's specification deletes them only at the session's close.
   */
  invoke(index: number, scheduled: HistoryOp): void {
    const operation = persistentOnly(scheduled)
    const s = this.session(index)
    s.queue = s.queue.then(async () => {
      // After close, what was queued is never invoked (and so not in the history).
      if (this.closed) return
      const client = this.connect(s, index)
      const result = await this.recorder.run(s.id, operation, () => perform(client, operation))
      // A closed session is done: the next operation opens a new one (a new id in the history).
      if (result._tag === "Indeterminate" || operation._tag === "CloseSession") this.drop(s)
    })
  }

  /** Move session `index` to `server` once its queued operations are done; false when it is there already. */
  move(index: number, server: number): boolean {
    const s = this.session(index)
    if (s.target === server) return false
    s.target = server
    s.queue = s.queue.then(() => {
      this.drop(s)
      s.server = server
    })
    return true
  }

  /** Every queued operation done (each ends: a request times out at the client's limit). */
  async settled(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.queue))
  }

  /** Close every connection; operations still queued are dropped, and those in flight end as they end. */
  close(): void {
    this.closed = true
    for (const s of this.sessions) this.drop(s)
  }
}
