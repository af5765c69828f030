/**
 * The server side of the client port (impl/client/protocol.ts): sessions, per-connection FIFO, reads served
 * from the local tree, writes handed to the peer core and answered after they commit.
 *
 * Replies on a connection go out in request order, as ZooKeeper's client requires: a read queued behind a
 * write is evaluated only once that write is answered, so a client reads its own writes. A server that is
 * not serving (looking, or still synchronising) refuses new sessions and drops the ones it had, as
 * ZooKeeper does when it leaves broadcast; a client then moves to another server.
 */
import { type Server, type Socket, createServer } from "node:net"
import type { ReadOp, WriteOp } from "../core/types.js"
import { type Flushable, flushAtEndOfTurn } from "./batch.js"
import { FrameDecoder, FrameError } from "../client/frame.js"
import type { Logger } from "./logger.js"
import { type ReadResult, type TreeError, type WriteResult, validPath } from "./net-tree.js"
import {
  ErrorCode,
  FOUR_LETTER_SRVR,
  PASSWORD_BYTES,
  type ReplyBody,
  type Request,
  type SessionId,
  type Stat as WireStat,
  decodeConnectRequest,
  decodeRequest,
  encodeConnectResponse,
  encodeReply,
} from "../client/protocol.js"
import { JuteError, maxBufferBytes } from "../client/jute.js"
import type { Stat } from "./net-tree.js"

export const clientPortLimits = {
  maxFrameBytes: maxBufferBytes + 1024, // jute.maxbuffer plus headers
  maxPendingPerConnection: 10_000,
  maxConnections: 1_000,
  minSessionTimeoutMs: 4_000,
  maxSessionTimeoutMs: 40_000,
} as const

/** What the client port needs from the server. */
export interface ClientPortHost {
  readonly myId: number
  serving(): boolean
  /** Hand a write to the peer core; the host calls `completeWrite` or `failWrite` with the same id. */
  submitWrite(op: WriteOp, connection: ClientConnection, entry: Entry): void
  read(op: ReadOp): ReadResult
  /** The connection closed: forget the writes it was waiting for (they may still commit). */
  connectionClosed(connection: ClientConnection): void
  /** The zxid a reply to a read carries: the last txn applied to the tree. */
  lastApplied(): number
  srvr(): string
}

export interface Entry {
  readonly xid: number
  readonly request: Request
  reply: Buffer | null
  /** Set when the reply is the last thing this connection sends. */
  closeAfter: boolean
}

const treeErrorCode: Readonly<Record<TreeError, number>> = {
  NoNode: ErrorCode.noNode,
  NodeExists: ErrorCode.nodeExists,
  BadVersion: ErrorCode.badVersion,
  NotEmpty: ErrorCode.notEmpty,
  BadArguments: ErrorCode.badArguments,
}

function wireStat(s: Stat): WireStat {
  return { czxid: s.czxid, mzxid: s.mzxid, ctime: 0, mtime: 0, version: s.version, cversion: s.cversion, aversion: 0, ephemeralOwner: 0n, dataLength: s.dataLength, numChildren: s.numChildren, pzxid: s.pzxid }
}

export function writeReply(xid: number, zxid: number, request: Request, result: WriteResult): Buffer {
  if (!result.ok) return encodeReply(xid, zxid, treeErrorCode[result.error], null)
  let body: ReplyBody
  switch (request.op) {
    case "create":
      body = { op: "create", path: result.path }
      break
    case "setData":
      body = { op: "setData", stat: wireStat(result.stat!) }
      break
    default:
      body = { op: "delete" }
  }
  return encodeReply(xid, zxid, 0, body)
}

function readReply(xid: number, zxid: number, result: ReadResult): Buffer {
  if (!result.ok) return encodeReply(xid, zxid, treeErrorCode[result.error], null)
  switch (result.tag) {
    case "GetData":
      return encodeReply(xid, zxid, 0, { op: "getData", data: Buffer.from(result.data, "latin1"), stat: wireStat(result.stat) })
    case "Exists":
      return result.stat === null ? encodeReply(xid, zxid, ErrorCode.noNode, null) : encodeReply(xid, zxid, 0, { op: "exists", stat: wireStat(result.stat) })
    case "GetChildren":
      return encodeReply(xid, zxid, 0, { op: "getChildren", children: result.children })
  }
}

export class ClientConnection implements Flushable {
  readonly queue: Array<Entry> = []
  /** Ids of this connection's writes handed to the peer core and not answered yet. */
  readonly requests = new Set<number>()
  private readonly decoder = new FrameDecoder(clientPortLimits.maxFrameBytes)
  session = false
  closed = false
  private first = true
  private flushScheduled = false

  constructor(
    private readonly port: ClientPort,
    readonly socket: Socket,
  ) {}

  onData(chunk: Buffer): void {
    if (this.closed) return
    if (this.first && this.queue.length === 0) {
      this.first = false
      if (chunk.length >= 4 && chunk.readUInt32BE(0) === FOUR_LETTER_SRVR) {
        this.socket.end(this.port.host.srvr())
        this.closed = true
        return
      }
    }
    let frames: Array<Buffer>
    try {
      frames = this.decoder.push(chunk)
    } catch (error) {
      this.port.close(this, error instanceof FrameError ? error.message : String(error), "warn")
      return
    }
    for (const frame of frames) {
      if (this.closed) return
      try {
        if (!this.session) this.onConnect(frame)
        else this.onRequest(frame)
      } catch (error) {
        if (error instanceof JuteError) {
          this.port.close(this, `malformed packet: ${error.message}`, "warn")
          return
        }
        throw error
      }
    }
    this.flush()
  }

  private onConnect(frame: Buffer): void {
    const request = decodeConnectRequest(frame)
    if (!this.port.host.serving()) {
      this.port.close(this, "not serving: refusing the session", "debug")
      return
    }
    const timeOutMs = Math.min(clientPortLimits.maxSessionTimeoutMs, Math.max(clientPortLimits.minSessionTimeoutMs, request.timeOutMs))
    this.session = true
    this.socket.write(encodeConnectResponse({ protocolVersion: 0, timeOutMs, sessionId: this.port.nextSessionId(), passwd: Buffer.alloc(PASSWORD_BYTES) }))
  }

  private onRequest(frame: Buffer): void {
    const decoded = decodeRequest(frame)
    if (this.queue.length >= clientPortLimits.maxPendingPerConnection) {
      this.port.close(this, `more than ${clientPortLimits.maxPendingPerConnection} requests pending`, "warn")
      return
    }
    if (!decoded.ok) {
      this.queue.push({ xid: decoded.xid, request: { op: "ping" }, reply: encodeReply(decoded.xid, this.port.host.lastApplied(), decoded.error, null), closeAfter: false })
      this.port.log.debug("client-request-refused", { xid: decoded.xid, type: decoded.type, reason: decoded.reason })
      return
    }
    const { xid, request } = decoded
    const entry: Entry = { xid, request, reply: null, closeAfter: false }
    this.queue.push(entry)
    switch (request.op) {
      case "create":
      case "delete":
      case "setData": {
        if (!validPath(request.path) || (request.op !== "setData" && request.path === "/")) {
          entry.reply = encodeReply(xid, this.port.host.lastApplied(), request.op === "create" && request.path === "/" ? ErrorCode.nodeExists : ErrorCode.badArguments, null)
          return
        }
        const op: WriteOp =
          request.op === "create"
            ? { _tag: "Create", path: request.path, data: request.data.toString("latin1") }
            : request.op === "delete"
              ? { _tag: "Delete", path: request.path, version: request.version }
              : { _tag: "SetData", path: request.path, data: request.data.toString("latin1"), version: request.version }
        this.port.host.submitWrite(op, this, entry)
        return
      }
      case "ping":
        entry.reply = encodeReply(-2, this.port.host.lastApplied(), 0, null)
        return
      case "closeSession":
        entry.reply = encodeReply(xid, this.port.host.lastApplied(), 0, { op: "closeSession" })
        entry.closeAfter = true
        return
      case "exists":
      case "getData":
      case "getChildren":
        return // answered when it reaches the head of the queue
    }
  }

  /** Send the replies that are ready at the end of this event-loop turn, all in one write (batch.ts). */
  flush(): void {
    if (this.flushScheduled || this.closed) return
    this.flushScheduled = true
    flushAtEndOfTurn({ flush: () => this.drain() })
  }

  /** Send every reply at the head of the queue that is ready, evaluating reads in order. */
  private drain(): void {
    this.flushScheduled = false
    if (this.closed) return
    let wrote = false
    try {
      this.drainQueue(() => {
        if (wrote) return
        wrote = true
        this.socket.cork()
      })
    } finally {
      if (wrote) this.socket.uncork()
    }
  }

  private drainQueue(beforeWrite: () => void): void {
    while (this.queue.length > 0) {
      const head = this.queue[0]!
      if (head.reply === null) {
        const r = head.request
        if (r.op !== "exists" && r.op !== "getData" && r.op !== "getChildren") break
        const op: ReadOp = r.op === "exists" ? { _tag: "Exists", path: r.path } : r.op === "getData" ? { _tag: "GetData", path: r.path } : { _tag: "GetChildren", path: r.path }
        head.reply = readReply(head.xid, this.port.host.lastApplied(), this.port.host.read(op))
      }
      this.queue.shift()
      beforeWrite()
      this.socket.write(head.reply)
      if (head.closeAfter) {
        this.socket.end()
        this.port.close(this, "session closed by the client", "debug")
        return
      }
    }
  }
}

/**
 * The first session id a server hands out, built as ZooKeeper's SessionTrackerImpl builds it: the server id
 * in the top byte and the start time in milliseconds shifted into the 7 bytes below, so ids from different
 * servers never collide and a restarted server does not reuse its previous lifetime's ids. Ids exceed
 * 2^53: they are bigints end to end.
 */
export function initialSessionId(serverId: number, nowMs: number): SessionId {
  const time = BigInt.asUintN(56, BigInt(nowMs) << 24n)
  return BigInt.asIntN(64, (BigInt(serverId) << 56n) | time) // jute longs are signed
}

export class ClientPort {
  private server: Server | null = null
  private readonly connections = new Set<ClientConnection>()
  private nextSession: SessionId

  constructor(
    readonly host: ClientPortHost,
    readonly log: Logger,
  ) {
    this.nextSession = initialSessionId(host.myId, Date.now())
  }

  nextSessionId(): SessionId {
    const id = this.nextSession
    this.nextSession += 1n
    return id
  }

  async listen(address: string, port: number): Promise<void> {
    const server = createServer({ noDelay: true }, (socket) => {
      if (this.connections.size >= clientPortLimits.maxConnections) {
        this.log.warn("client-connection-refused", { reason: `more than ${clientPortLimits.maxConnections} connections` })
        socket.destroy()
        return
      }
      const c = new ClientConnection(this, socket)
      this.connections.add(c)
      socket.on("data", (chunk: Buffer) => c.onData(chunk))
      socket.on("error", () => this.close(c, "socket error", "debug"))
      socket.on("close", () => this.close(c, "closed by the client", "debug"))
    })
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject)
      server.listen(port, address, () => {
        server.off("error", reject)
        resolve()
      })
    })
    this.server = server
  }

  close(c: ClientConnection, reason: string, level: "debug" | "warn"): void {
    if (!this.connections.has(c)) return
    this.connections.delete(c)
    c.closed = true
    c.socket.destroy()
    this.host.connectionClosed(c)
    this.log[level]("client-connection-closed", { reason })
  }

  /** Drop every session (the server stopped serving). */
  dropAll(reason: string): void {
    const n = this.connections.size
    for (const c of [...this.connections]) if (c.session) this.close(c, reason, "debug")
    if (n > 0) this.log.info("client-sessions-dropped", { reason, connections: n })
  }

  async stop(): Promise<void> {
    for (const c of [...this.connections]) this.close(c, "server stopping", "debug")
    const server = this.server
    this.server = null
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
