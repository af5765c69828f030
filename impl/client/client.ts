/**
 * A small client for the server's client port, used by the tests, the cluster commands and the bench.
 *
 * One TCP connection at a time to one of the given servers; requests are pipelined and answered in order
 * (the server keeps per-connection FIFO, as ZooKeeper does). When the connection breaks, every pending
 * request fails with ConnectionLoss and the next request connects to the next server in the list: a
 * write that failed with ConnectionLoss may or may not have committed, exactly as in ZooKeeper.
 */
import { type Socket, createConnection } from "node:net"
import { FrameDecoder } from "./frame.js"
import { JuteReader } from "./jute.js"
import {
  ErrorCode,
  FOUR_LETTER_SRVR,
  AddWatchMode,
  PASSWORD_BYTES,
  PING_XID,
  PROTOCOL_VERSION,
  WATCH_XID,
  WatcherType,
  type Acl,
  type Request,
  type ReplyBody,
  type MultiRequestOp,
  type MultiResult,
  type SessionId,
  type Stat,
  type WatchEvent,
  decodeConnectResponse,
  decodeWatchEvent,
  formatSessionId,
  decodeReplyBody,
  decodeReplyHeader,
  encodeConnectRequest,
  encodeRequest,
  errorNames,
} from "./protocol.js"

export type { Acl, MultiRequestOp, MultiResult, SessionId, Stat, WatchEvent } from "./protocol.js"

export class ZkError extends Error {
  override readonly name = "ZkError"
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(`${errorNames[code] ?? `error ${code}`}: ${message}`)
  }
}

export interface Endpoint {
  readonly host: string
  readonly port: number
}

export interface ClientOptions {
  /** How long to keep trying servers before a request fails with ConnectionLoss. */
  readonly connectTimeoutMs?: number
  /** A request not answered within this fails with OperationTimeout (and the connection is reset). */
  readonly requestTimeoutMs?: number
  readonly sessionTimeoutMs?: number
  /**
   * Reconnect with the session's id and password, as ZooKeeper's clients do, so the session (its ephemeral
   * nodes) survives a move to another server; the default opens a new session on every connection.
   */
  readonly keepSession?: boolean
}

interface Pending {
  readonly xid: number
  readonly op: Request["op"]
  readonly resolve: (value: { body: ReplyBody; zxid: number }) => void
  readonly reject: (error: Error) => void
  timer: NodeJS.Timeout | null
}

interface Connection {
  readonly socket: Socket
  readonly endpoint: Endpoint
  readonly pending: Array<Pending>
  closed: boolean
  /** Request frames waiting for the end of this event-loop turn (writeBatched). */
  queued: Array<Buffer>
  /** When the connection last sent anything, for the pings that keep its session alive. */
  lastSentMs: number
  pinger: NodeJS.Timeout | null
}

/**
 * Requests issued in one event-loop turn (a pipelining caller answers a batch of replies with a batch of new
 * requests) leave in one write at the end of the turn: fewer syscalls here, fewer wake-ups at the server.
 */
function writeBatched(c: Connection, frame: Buffer): void {
  if (c.queued.length === 0) {
    setImmediate(() => {
      const frames = c.queued
      c.queued = []
      if (c.closed || c.socket.destroyed) return
      c.lastSentMs = Date.now()
      if (frames.length === 1) {
        c.socket.write(frames[0]!)
        return
      }
      c.socket.cork()
      for (const f of frames) c.socket.write(f)
      c.socket.uncork()
    })
  }
  c.queued.push(frame)
}

/** The xid of an auth packet and of its reply (ZooKeeper's ClientCnxn.AUTHPACKET_XID). */
const AUTH_XID = -4

export const clientLimits = {
  maxReplyBytes: 16 * 1024 * 1024,
  defaultConnectTimeoutMs: 10_000,
  defaultRequestTimeoutMs: 10_000,
} as const

/** Parse "127.0.0.1:2181,127.0.0.1:2182". */
export function parseConnectString(text: string): Array<Endpoint> {
  return text.split(",").map((part) => {
    const i = part.lastIndexOf(":")
    const port = Number(part.slice(i + 1))
    if (i <= 0 || !Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad server address ${JSON.stringify(part)}`)
    return { host: part.slice(0, i), port }
  })
}

export class ZabClient {
  private connection: Connection | null = null
  private connecting: Promise<Connection> | null = null
  private nextXid = 1
  /** The `addauth`s made, sent again on each new connection. */
  private readonly auths: Array<Extract<Request, { readonly op: "auth" }>> = []
  private nextServer = 0
  private closed = false
  /** The highest zxid seen in a reply. */
  lastZxid = 0
  /** The session of the current connection (0n before the first): 64 bits, see protocol.ts SessionId. */
  sessionId: SessionId = 0n
  /** The timeout the server negotiated for that session, in milliseconds. */
  sessionTimeoutMs = 0
  /** The session's password, sent back when reconnecting with `keepSession`. */
  sessionPassword: Buffer = Buffer.alloc(PASSWORD_BYTES)
  /** Called with each watch notification (xid -1), in the order the server sent them. */
  onWatchEvent: (event: WatchEvent) => void = () => {}

  constructor(
    readonly servers: ReadonlyArray<Endpoint>,
    private readonly options: ClientOptions = {},
  ) {
    if (servers.length === 0) throw new Error("a client needs at least one server")
  }

  /** Connect now (otherwise the first request connects). */
  static async connect(servers: ReadonlyArray<Endpoint> | string, options: ClientOptions = {}): Promise<ZabClient> {
    const client = new ZabClient(typeof servers === "string" ? parseConnectString(servers) : servers, options)
    await client.ensureConnected()
    return client
  }

  /** The server the client is connected to, if any. */
  get endpoint(): Endpoint | null {
    return this.connection?.closed === false ? this.connection.endpoint : null
  }

  /** Pin the next connection attempt to servers[index]. */
  preferServer(index: number): void {
    this.nextServer = index % this.servers.length
  }

  /**
   * Create a znode; `flags` is ZooKeeper's CreateMode (protocol.ts CreateFlags), `acl` its ACL (default
   * world:anyone with every permission). Returns the path made.
   */
  async create(path: string, data: Buffer | string = "", flags = 0, acl?: ReadonlyArray<Acl>): Promise<string> {
    const reply = await this.request({ op: "create", path, data: toBuffer(data), flags, ...(acl === undefined ? {} : { acl }) })
    return (reply.body as Extract<ReplyBody, { op: "create" }>).path
  }

  /** create2: the path made and the new node's Stat. */
  async create2(path: string, data: Buffer | string = "", flags = 0, acl?: ReadonlyArray<Acl>): Promise<{ path: string; stat: Stat }> {
    const reply = await this.request({ op: "create2", path, data: toBuffer(data), flags, ...(acl === undefined ? {} : { acl }) })
    const body = reply.body as Extract<ReplyBody, { op: "create2" }>
    return { path: body.path, stat: body.stat }
  }

  /** getChildren2: the children and the node's Stat; `watch` sets a child watch. */
  async getChildren2(path: string, watch = false): Promise<{ children: Array<string>; stat: Stat }> {
    const reply = await this.request({ op: "getChildren2", path, watch })
    const body = reply.body as Extract<ReplyBody, { op: "getChildren2" }>
    return { children: [...body.children], stat: body.stat }
  }

  /** A multi: every op or none. Resolves with the per-op results, failed or not, as ZooKeeper answers. */
  async multi(ops: ReadonlyArray<MultiRequestOp>): Promise<ReadonlyArray<MultiResult>> {
    const reply = await this.request({ op: "multi", ops })
    return (reply.body as Extract<ReplyBody, { op: "multi" }>).results
  }

  /** setACL: `version` is matched against the node's aversion (-1 matches any). Resolves with the new Stat. */
  async setACL(path: string, acl: ReadonlyArray<Acl>, version = -1): Promise<Stat> {
    const reply = await this.request({ op: "setACL", path, acl, version })
    return (reply.body as Extract<ReplyBody, { op: "setACL" }>).stat
  }

  /** getACL: the node's ACL and Stat. */
  async getACL(path: string): Promise<{ acl: ReadonlyArray<Acl>; stat: Stat }> {
    const reply = await this.request({ op: "getACL", path })
    const body = reply.body as Extract<ReplyBody, { op: "getACL" }>
    return { acl: body.acl, stat: body.stat }
  }

  /**
   * addauth: add an identity to this session's connections (`digest` with "user:password"). It is sent again
   * on every later connection, as ZooKeeper's clients do. A scheme the server does not know is AUTHFAILED,
   * and the server closes the connection.
   */
  async addAuth(scheme: string, auth: Buffer | string): Promise<void> {
    const request = { op: "auth", scheme, auth: toBuffer(auth) } as const
    this.auths.push(request)
    await this.request(request)
  }

  /** sync: once answered, this connection's reads see every write committed before the sync. */
  async sync(path: string): Promise<void> {
    await this.request({ op: "sync", path })
  }

  /** exists / getData / getChildren with a one-shot watch; events go to `onWatchEvent`. */
  async existsWatch(path: string): Promise<Stat | null> {
    try {
      const reply = await this.request({ op: "exists", path, watch: true })
      return (reply.body as Extract<ReplyBody, { op: "exists" }>).stat
    } catch (error) {
      if (error instanceof ZkError && error.code === ErrorCode.noNode) return null
      throw error
    }
  }

  async getDataWatch(path: string): Promise<{ data: Buffer; stat: Stat }> {
    const reply = await this.request({ op: "getData", path, watch: true })
    const body = reply.body as Extract<ReplyBody, { op: "getData" }>
    return { data: body.data, stat: body.stat }
  }

  /**
   * addWatch: a watch that stays after it fires (`recursive`: on `path` and every node below it, without
   * NodeChildrenChanged). Events go to `onWatchEvent`. Like the one-shot watches, it lives on the server the
   * client is connected to: this client does not set it again after a reconnect.
   */
  async addWatch(path: string, recursive = false): Promise<void> {
    await this.request({ op: "addWatch", path, mode: recursive ? AddWatchMode.persistentRecursive : AddWatchMode.persistent })
  }

  /** removeWatches: `type` is ZooKeeper's WatcherType (protocol.ts); NOWATCHER if there was none. */
  async removeWatches(path: string, type: number = WatcherType.any): Promise<void> {
    await this.request({ op: "removeWatches", path, type })
  }

  /** checkWatches: resolves if a watch of `type` is set on `path`, NOWATCHER otherwise. */
  async checkWatches(path: string, type: number = WatcherType.any): Promise<void> {
    await this.request({ op: "checkWatches", path, type })
  }

  async delete(path: string, version = -1): Promise<void> {
    await this.request({ op: "delete", path, version })
  }

  async exists(path: string): Promise<Stat | null> {
    try {
      const reply = await this.request({ op: "exists", path, watch: false })
      return (reply.body as Extract<ReplyBody, { op: "exists" }>).stat
    } catch (error) {
      if (error instanceof ZkError && error.code === ErrorCode.noNode) return null
      throw error
    }
  }

  async getData(path: string): Promise<{ data: Buffer; stat: Stat }> {
    const reply = await this.request({ op: "getData", path, watch: false })
    const body = reply.body as Extract<ReplyBody, { op: "getData" }>
    return { data: body.data, stat: body.stat }
  }

  async setData(path: string, data: Buffer | string, version = -1): Promise<Stat> {
    const reply = await this.request({ op: "setData", path, data: toBuffer(data), version })
    return (reply.body as Extract<ReplyBody, { op: "setData" }>).stat
  }

  async getChildren(path: string): Promise<Array<string>> {
    const reply = await this.request({ op: "getChildren", path, watch: false })
    return [...(reply.body as Extract<ReplyBody, { op: "getChildren" }>).children]
  }

  async close(): Promise<void> {
    this.closed = true
    const c = this.connection
    if (c === null || c.closed) return
    try {
      await Promise.race([this.send(c, { op: "closeSession" }), new Promise((resolve) => setTimeout(resolve, 500))])
    } catch {
      // The session is going away either way.
    }
    this.drop(c, "client closed")
  }

  /** Drop the current connection (pending requests fail with ConnectionLoss); the next request reconnects. */
  disconnect(): void {
    if (this.connection !== null) this.drop(this.connection, "disconnected by the client")
  }

  async request(request: Request): Promise<{ body: ReplyBody; zxid: number }> {
    if (this.closed) throw new ZkError(ErrorCode.connectionLoss, "client is closed")
    const c = await this.ensureConnected()
    return this.send(c, request)
  }

  private send(c: Connection, request: Request): Promise<{ body: ReplyBody; zxid: number }> {
    return new Promise((resolve, reject) => {
      if (c.closed) {
        reject(new ZkError(ErrorCode.connectionLoss, `connection to ${c.endpoint.host}:${c.endpoint.port} lost`))
        return
      }
      // ZooKeeper answers auth with xid -4 whatever the request's, so its clients send it with -4.
      const xid = request.op === "auth" ? AUTH_XID : this.nextXid
      if (request.op !== "auth") this.nextXid = (this.nextXid + 1) & 0x7fffffff || 1
      const pending: Pending = { xid, op: request.op, resolve, reject, timer: null }
      const timeoutMs = this.options.requestTimeoutMs ?? clientLimits.defaultRequestTimeoutMs
      pending.timer = setTimeout(() => {
        pending.timer = null
        reject(new ZkError(ErrorCode.operationTimeout, `${request.op} not answered within ${timeoutMs} ms`))
        this.drop(c, "request timed out")
      }, timeoutMs)
      c.pending.push(pending)
      writeBatched(c, encodeRequest(xid, request))
    })
  }

  private async ensureConnected(): Promise<Connection> {
    if (this.connection !== null && !this.connection.closed) return this.connection
    this.connecting ??= this.connectAny().finally(() => {
      this.connecting = null
    })
    return this.connecting
  }

  private async connectAny(): Promise<Connection> {
    const deadline = Date.now() + (this.options.connectTimeoutMs ?? clientLimits.defaultConnectTimeoutMs)
    let lastError: unknown = null
    let attempt = 0
    while (Date.now() < deadline && !this.closed && !(this.expired && this.options.keepSession === true)) {
      const endpoint = this.servers[this.nextServer]!
      this.nextServer = (this.nextServer + 1) % this.servers.length
      try {
        const c = await this.open(endpoint, Math.max(100, Math.min(2_000, deadline - Date.now())))
        this.connection = c
        return c
      } catch (error) {
        lastError = error
        attempt += 1
        // After a full round over the servers, wait a little before the next round.
        if (attempt % this.servers.length === 0) await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
    throw new ZkError(ErrorCode.connectionLoss, `no server accepted a session: ${lastError instanceof Error ? lastError.message : String(lastError)}`)
  }

  private open(endpoint: Endpoint, timeoutMs: number): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = createConnection({ host: endpoint.host, port: endpoint.port, noDelay: true })
      const c: Connection = { socket, endpoint, pending: [], closed: false, queued: [], lastSentMs: Date.now(), pinger: null }
      const decoder = new FrameDecoder(clientLimits.maxReplyBytes)
      let established = false
      const timer = setTimeout(() => fail(new Error(`session with ${endpoint.host}:${endpoint.port} not established within ${timeoutMs} ms`)), timeoutMs)
      const fail = (error: Error): void => {
        clearTimeout(timer)
        if (!established) {
          c.closed = true
          socket.destroy()
          reject(error)
        } else {
          this.drop(c, error.message)
        }
      }
      socket.once("connect", () => {
        socket.write(encodeConnectRequest({ protocolVersion: PROTOCOL_VERSION, lastZxidSeen: this.lastZxid, timeOutMs: this.options.sessionTimeoutMs ?? 30_000, sessionId: this.options.keepSession === true ? this.sessionId : 0n, passwd: this.options.keepSession === true ? this.sessionPassword : Buffer.alloc(PASSWORD_BYTES) }))
      })
      socket.on("data", (chunk: Buffer) => {
        let frames: Array<Buffer>
        try {
          frames = decoder.push(chunk)
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)))
          return
        }
        for (const frame of frames) {
          if (c.closed) return
          if (!established) {
            try {
              const response = decodeConnectResponse(frame)
              // ZooKeeper answers a reconnect to an expired session with a zero timeout, then closes.
              if (response.timeOutMs <= 0) {
                this.expired = true
                throw new ZkError(ErrorCode.sessionExpired, `session ${formatSessionId(this.sessionId)} expired`)
              }
              this.sessionId = response.sessionId
              this.sessionPassword = response.passwd
              this.sessionTimeoutMs = response.timeOutMs
              this.startPinging(c, response.timeOutMs)
            } catch (error) {
              fail(error instanceof Error ? error : new Error(String(error)))
              return
            }
            established = true
            clearTimeout(timer)
            // The identities added before go again on this connection, ahead of any request.
            for (const auth of this.auths) this.send(c, auth).catch(() => {})
            resolve(c)
            continue
          }
          this.onReply(c, frame)
        }
      })
      socket.on("error", (error) => fail(error))
      socket.on("close", () => fail(new Error(`connection to ${endpoint.host}:${endpoint.port} closed`)))
    })
  }

  private onReply(c: Connection, frame: Buffer): void {
    const r = new JuteReader(frame)
    let header
    try {
      header = decodeReplyHeader(r)
    } catch (error) {
      this.drop(c, `bad reply: ${String(error)}`)
      return
    }
    if (header.xid === PING_XID) return // a ping reply
    if (header.xid === WATCH_XID) {
      try {
        this.onWatchEvent(decodeWatchEvent(r))
      } catch (error) {
        this.drop(c, `bad watch event: ${String(error)}`)
      }
      return
    }
    const pending = c.pending.shift()
    if (pending === undefined || pending.xid !== header.xid) {
      this.drop(c, `reply xid ${header.xid} out of order (expected ${pending?.xid ?? "none"})`)
      if (pending !== undefined) pending.reject(new ZkError(ErrorCode.connectionLoss, "reply out of order"))
      return
    }
    if (pending.timer !== null) clearTimeout(pending.timer)
    if (header.zxid > this.lastZxid) this.lastZxid = header.zxid
    if (header.err !== 0) {
      pending.reject(new ZkError(header.err, `${pending.op} failed`))
      return
    }
    try {
      pending.resolve({ body: decodeReplyBody(pending.op, r), zxid: header.zxid })
    } catch (error) {
      pending.reject(new ZkError(ErrorCode.marshallingError, String(error)))
      this.drop(c, "bad reply body")
    }
  }

  /**
   * A server expires a session that sends nothing for its negotiated timeout (Apache ZooKeeper does; the
   * Java client pings after a third of it is idle). Ping replies carry xid -2 and are not queued requests.
   */
  private startPinging(c: Connection, timeoutMs: number): void {
    const idleMs = Math.max(100, Math.floor(timeoutMs / 3))
    c.pinger = setInterval(() => {
      if (c.closed || c.socket.destroyed) return
      if (Date.now() - c.lastSentMs < idleMs) return
      c.lastSentMs = Date.now()
      c.socket.write(encodeRequest(PING_XID, { op: "ping" }))
    }, Math.max(50, Math.floor(idleMs / 2)))
    c.pinger.unref()
  }

  private reconnectTimer: NodeJS.Timeout | null = null
  /** Set when a server said the session is gone: a `keepSession` client then stops reconnecting. */
  expired = false

  /**
   * A `keepSession` client reconnects in the background when its connection drops, as ZooKeeper's clients
   * do, so its session is kept alive through a server's restart or a leader change even while the caller
   * sends nothing. It stops once a server says the session expired, or the client is closed.
   */
  private scheduleReconnect(): void {
    if (this.options.keepSession !== true || this.closed || this.expired || this.reconnectTimer !== null) return
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null
      if (this.closed || (this.connection !== null && !this.connection.closed)) return
      this.ensureConnected().catch(() => this.scheduleReconnect())
    }, 50)
    this.reconnectTimer.unref()
  }

  private drop(c: Connection, reason: string): void {
    if (c.closed) return
    if (c.pinger !== null) clearInterval(c.pinger)
    c.pinger = null
    c.closed = true
    queueMicrotask(() => this.scheduleReconnect())
    c.socket.destroy()
    if (this.connection === c) this.connection = null
    for (const p of c.pending.splice(0)) {
      if (p.timer !== null) clearTimeout(p.timer)
      p.reject(new ZkError(ErrorCode.connectionLoss, `connection to ${c.endpoint.host}:${c.endpoint.port} lost (${reason})`))
    }
  }
}

function toBuffer(data: Buffer | string): Buffer {
  return typeof data === "string" ? Buffer.from(data, "utf8") : data
}

/** Send a four-letter word (only `srvr` is supported) and return the server's text reply. */
export function fourLetterWord(endpoint: Endpoint, word: "srvr" = "srvr", timeoutMs = 2_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: endpoint.host, port: endpoint.port })
    const chunks: Array<Buffer> = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`${word} to ${endpoint.host}:${endpoint.port} timed out`))
    }, timeoutMs)
    socket.once("connect", () => {
      const b = Buffer.alloc(4)
      b.writeUInt32BE(word === "srvr" ? FOUR_LETTER_SRVR : 0, 0)
      socket.write(b)
    })
    socket.on("data", (c: Buffer) => chunks.push(c))
    socket.on("error", (error) => {
      clearTimeout(timer)
      reject(error)
    })
    socket.on("close", () => {
      clearTimeout(timer)
      resolve(Buffer.concat(chunks).toString("utf8"))
    })
  })
}
