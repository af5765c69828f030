/**
 * The server side of the client port (impl/client/protocol.ts), as a ZooKeeper 3.8 server answers it:
 * sessions, per-connection FIFO, reads served from the local tree, writes handed to the peer core and
 * answered after they commit, one-shot watches, four-letter words.
 *
 * Sessions are replicated: a new session is a CreateSession txn and its ConnectResponse goes out once the
 * txn commits, so every server knows it; closeSession is a CloseSession txn, which deletes the session's
 * ephemeral nodes in the same txn. A client may come back, here or on another server, with its session id
 * and password (the password is derived from the id, so any server can check it, as ZooKeeper derives it
 * from the id and a secret); an unknown session or a wrong password gets ZooKeeper's "expired" answer (a
 * zero timeout) and the connection is closed. The negotiated timeout is clamped to [2, 20] x tickTime.
 *
 * Replies on a connection go out in request order, as ZooKeeper's client requires: a read queued behind a
 * write is evaluated only once that write is answered, so a client reads its own writes. Watch events are
 * written the moment the txn that triggers them is applied, so they precede the reply of any request that
 * could reveal the change. A server that is not serving (looking, or still synchronising) refuses new
 * connections and drops the ones it had, as ZooKeeper does when it leaves broadcast; the sessions live on
 * (they are replicated) and their clients reconnect elsewhere.
 */
import { createHash } from "node:crypto"
import { type Server, type Socket, createServer } from "node:net"
import { type SessionId, formatSessionId, initialSessionId } from "../core/session.js"
import type { Acl, AuthId, MultiOp, ReadOp, TxnOp, WriteOp } from "../core/types.js"
import { Perms, aclAllows, isOpenAcl, redactDigests } from "../core/acl.js"
import type { ClientResult, ErrorCode as TreeErrorCode, OpResult, Stat } from "../core/datatree.js"
import { type Flushable, flushAtEndOfTurn } from "./batch.js"
import { FrameDecoder, FrameError } from "../client/frame.js"
import type { Logger } from "./logger.js"
import type { ReadResult } from "./net-tree.js"
import {
  AddWatchMode,
  CreateFlags,
  ErrorCode,
  type MultiRequestOp,
  type MultiResult,
  PASSWORD_BYTES,
  PING_XID,
  type ReplyBody,
  type Request,
  type Stat as WireStat,
  WatcherType,
  decodeConnectRequest,
  decodeRequest,
  encodeConnectResponse,
  encodeReply,
  encodeWatchEvent,
} from "../client/protocol.js"
import { JuteError, maxBufferBytes } from "../client/jute.js"
import { type WatchEventType, WatchManager, type Watcher } from "./watches.js"

export const clientPortLimits = {
  maxFrameBytes: maxBufferBytes + 1024, // jute.maxbuffer plus headers
  maxPendingPerConnection: 10_000,
  maxConnections: 1_000,
  minSessionTimeoutTicks: 2, // ZooKeeper's minSessionTimeout default, in tickTimes
  maxSessionTimeoutTicks: 20, // maxSessionTimeout
  maxUnsentBytesPerConnection: 64 * 1024 * 1024, // a client that reads nothing is cut off past this
} as const

/** What the client port needs from the server. */
export interface ClientPortHost {
  readonly myId: number
  readonly tickTimeMs: number
  serving(): boolean
  /** Hand a write to the peer core; the host answers it through `completeWrite` or rejects it. */
  submitWrite(op: TxnOp, connection: ClientConnection, entry: Entry): void
  read(op: ReadOp): ReadResult
  /** A node's ACL, or null if there is none: reads check it here, as ZooKeeper's FinalRequestProcessor does. */
  aclOf(path: string): ReadonlyArray<Acl> | null
  /** The session's negotiated timeout if the replicated session table holds it. */
  sessionTimeout(session: SessionId): number | undefined
  /** The connection closed: forget the writes it was waiting for (they may still commit). */
  connectionClosed(connection: ClientConnection): void
  /** The zxid a reply to a read carries: the last txn applied to the tree. */
  lastApplied(): number
  /** The text answer to a four-letter word, or null if the word is unknown. */
  fourLetterWord(word: string): string | null
  /** The whitelisted four-letter words (`4lw.commands.whitelist`; "*" allows all). */
  readonly fourLetterWhitelist: ReadonlySet<string>
}

/** The first request of a connection, answered with a ConnectResponse (no reply header). */
export interface ConnectEntryRequest {
  readonly op: "connect"
  readonly session: SessionId
  readonly timeOutMs: number
  /** Whether the request carried the Java client's readOnly flag: the response carries it back if so. */
  readonly readOnly: boolean | null
}

export interface Entry {
  readonly xid: number
  readonly request: Request | ConnectEntryRequest
  /** The connection's identities when the request arrived (ZooKeeper's request.authInfo), for its ACL checks. */
  readonly auth: ReadonlyArray<AuthId>
  reply: Buffer | null
  /** Set when the reply is the last thing this connection sends. */
  closeAfter: boolean
}

export const FOUR_LETTER_WORDS: ReadonlyArray<string> = ["ruok", "srvr", "stat", "mntr", "conf", "cons", "isro", "envi", "wchs", "dump", "crst", "srst"]

const treeErrorCode: Readonly<Record<TreeErrorCode, number>> = {
  NoNode: ErrorCode.noNode,
  NodeExists: ErrorCode.nodeExists,
  BadVersion: ErrorCode.badVersion,
  NotEmpty: ErrorCode.notEmpty,
  BadArguments: ErrorCode.badArguments,
  NoChildrenForEphemerals: ErrorCode.noChildrenForEphemerals,
  SessionExpired: ErrorCode.sessionExpired,
  NoAuth: ErrorCode.noAuth,
  InvalidACL: ErrorCode.invalidAcl,
}

export function wireStat(s: Stat): WireStat {
  return {
    czxid: s.czxid,
    mzxid: s.mzxid,
    ctime: s.ctime,
    mtime: s.mtime,
    version: s.version,
    cversion: s.cversion,
    aversion: s.aversion,
    ephemeralOwner: s.ephemeralOwner,
    dataLength: s.dataLength,
    numChildren: s.numChildren,
    pzxid: s.pzxid,
  }
}

// The session id's layout is the core's (impl/core/session.ts); re-exported for the port's users.
export { initialSessionId } from "../core/session.js"

/**
 * A session's password: 16 bytes derived from its id and a secret every server of this implementation
 * shares, so any server can check a reconnecting client without replicating passwords (ZooKeeper seeds a
 * PRNG with the id xor a built-in secret, to the same end).
 */
export function sessionPassword(session: SessionId): Buffer {
  return createHash("sha256").update(`zab-harness session password ${formatSessionId(session)}`).digest().subarray(0, PASSWORD_BYTES)
}

/**
 * `addauth digest user:password` as ZooKeeper's DigestAuthenticationProvider takes it: the identity
 * `digest:user:base64(sha1("user:password"))` (the user is what precedes the first colon).
 */
export function digestAuthId(authData: Buffer): AuthId {
  const idPassword = authData.toString("utf8")
  const colon = idPassword.indexOf(":")
  const user = colon === -1 ? idPassword : idPassword.slice(0, colon)
  return { scheme: "digest", id: `${user}:${createHash("sha1").update(idPassword, "utf8").digest("base64")}` }
}

/** The address ZooKeeper's `ip` identity holds (an IPv4-mapped IPv6 address as its IPv4 form). */
export function ipAuthId(remoteAddress: string | undefined): AuthId {
  const address = remoteAddress ?? ""
  return { scheme: "ip", id: address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address }
}

/** The txn a client write becomes, or null for a request that is answered without one. */
export function txnOpOf(request: Request, session: SessionId, identities: ReadonlyArray<AuthId> = []): TxnOp | null {
  const auth = identities.length === 0 ? {} : { auth: identities }
  switch (request.op) {
    case "create":
    case "create2":
    case "delete":
    case "setData": {
      // Every write through this port passes here: no copy of the op when there are no identities to add.
      const op = writeOpOf(request, session)
      return identities.length === 0 ? op : { ...op, auth: identities }
    }
    case "multi":
      return { _tag: "Multi", ops: request.ops.map((op) => multiOpOf(op, session)), ...auth }
    case "setACL":
      return { _tag: "SetACL", path: request.path, acl: request.acl ?? [], version: request.version, ...auth }
    case "check":
      // A lone check is a txn in ZooKeeper too (CheckVersionTxn, or an error txn): here a multi of one check.
      return { _tag: "Multi", ops: [{ _tag: "Check", path: request.path, version: request.version }], ...auth }
    case "sync":
      // A no-op txn: once this server has applied it, it has applied everything committed before the sync.
      return { _tag: "Multi", ops: [] }
    case "closeSession":
      return { _tag: "CloseSession", session }
    case "exists":
    case "getData":
    case "getACL":
    case "getChildren":
    case "getChildren2":
    case "ping":
    case "auth":
    case "setWatches":
    case "setWatches2":
    case "addWatch":
    case "removeWatches":
    case "checkWatches":
      return null
  }
}

function multiOpOf(op: MultiRequestOp, session: SessionId): MultiOp {
  return op.op === "check" ? { _tag: "Check", path: op.path, version: op.version } : writeOpOf(op, session)
}

function writeOpOf(op: Exclude<MultiRequestOp, { readonly op: "check" }>, session: SessionId): WriteOp {
  switch (op.op) {
    case "create":
    case "create2": {
      const ephemeral = op.flags === CreateFlags.ephemeral || op.flags === CreateFlags.ephemeralSequential
      const sequential = op.flags === CreateFlags.persistentSequential || op.flags === CreateFlags.ephemeralSequential
      const data = op.data.toString("latin1")
      // The open ACL is the default of a Create, so the txns of clients that ask for it stay as they were.
      const acl = op.acl === undefined || (op.acl !== null && isOpenAcl(op.acl)) ? {} : { acl: op.acl ?? [] }
      if (ephemeral && sequential) return { _tag: "Create", path: op.path, data, ephemeralOwner: session, sequential: true, ...acl }
      if (ephemeral) return { _tag: "Create", path: op.path, data, ephemeralOwner: session, ...acl }
      if (sequential) return { _tag: "Create", path: op.path, data, sequential: true, ...acl }
      return { _tag: "Create", path: op.path, data, ...acl }
    }
    case "delete":
      return { _tag: "Delete", path: op.path, version: op.version }
    case "setData":
      return { _tag: "SetData", path: op.path, data: op.data.toString("latin1"), version: op.version }
  }
}

const failedCode = { Ok: ErrorCode.ok, RuntimeInconsistency: ErrorCode.runtimeInconsistency } as const

function multiResult(op: MultiRequestOp, result: OpResult): MultiResult {
  switch (result._tag) {
    case "Created":
      return op.op === "create2" ? { op: "create2", path: result.path, stat: wireStat(result.stat) } : { op: "create", path: result.path }
    case "Deleted":
      return { op: "delete" }
    case "DataSet":
      return { op: "setData", stat: wireStat(result.stat) }
    case "Checked":
      return { op: "check" }
    case "AclSet":
      throw new Error("setACL is never part of a multi")
    case "Failed":
      return { op: "error", err: result.code === "Ok" || result.code === "RuntimeInconsistency" ? failedCode[result.code] : treeErrorCode[result.code] }
  }
}

/** The reply to a committed write, from what applying its txn told the client. */
export function writeReply(xid: number, zxid: number, request: Request, result: ClientResult): Buffer {
  if (result._tag === "Error") return encodeReply(xid, zxid, treeErrorCode[result.code], null)
  let body: ReplyBody
  switch (request.op) {
    case "create":
      body = { op: "create", path: result.path! }
      break
    case "create2":
      body = { op: "create2", path: result.path!, stat: wireStat(result.stat!) }
      break
    case "setData":
      body = { op: "setData", stat: wireStat(result.stat!) }
      break
    case "setACL":
      body = { op: "setACL", stat: wireStat(result.stat!) }
      break
    case "delete":
      body = { op: "delete" }
      break
    case "sync":
      body = { op: "sync", path: request.path }
      break
    case "closeSession":
      body = { op: "closeSession" }
      break
    case "check": {
      // The check's own code, or success with an empty body. (ZooKeeper 3.8.0 fails to serialise the
      // success, a SetDataResponse without a Stat, and sends nothing: see the README's differences.)
      const only = result.results?.[0]
      if (only !== undefined && only._tag === "Failed" && only.code !== "Ok" && only.code !== "RuntimeInconsistency") return encodeReply(xid, zxid, treeErrorCode[only.code], null)
      body = { op: "check" }
      break
    }
    case "multi": {
      const results = result.results ?? []
      body = { op: "multi", results: request.ops.map((op, i) => multiResult(op, results[i]!)) }
      break
    }
    case "exists":
    case "getData":
    case "getACL":
    case "getChildren":
    case "getChildren2":
    case "ping":
    case "auth":
    case "setWatches":
    case "setWatches2":
    case "addWatch":
    case "removeWatches":
    case "checkWatches":
      throw new Error(`${request.op} is not a write`)
  }
  return encodeReply(xid, zxid, 0, body)
}

type ReadRequest = Extract<Request, { readonly op: "exists" | "getData" | "getACL" | "getChildren" | "getChildren2" }>

function isRead(request: Request | ConnectEntryRequest): request is ReadRequest {
  return request.op === "exists" || request.op === "getData" || request.op === "getACL" || request.op === "getChildren" || request.op === "getChildren2"
}

export class ClientConnection implements Flushable, Watcher {
  readonly queue: Array<Entry> = []
  /** Ids of this connection's writes handed to the peer core and not answered yet. */
  readonly requests = new Set<number>()
  private readonly decoder = new FrameDecoder(clientPortLimits.maxFrameBytes)
  /** Set once the ConnectRequest is read; the session is usable once its ConnectResponse is sent. */
  handshakeRead = false
  session: SessionId = 0n
  timeoutMs = 0
  /** When the client last sent anything (ms): the session tracker's touch. */
  lastHeardMs = Date.now()
  /** The lastHeardMs a follower last reported to its leader for this session. */
  reportedHeardMs = 0
  closed = false
  /** The connection's identities (ZooKeeper's authInfo): its address, then each `addauth` it made. */
  auth: ReadonlyArray<AuthId>
  private first = true
  private flushScheduled = false
  readonly remote: string

  constructor(
    private readonly port: ClientPort,
    readonly socket: Socket,
  ) {
    this.remote = `${socket.remoteAddress ?? "?"}:${socket.remotePort ?? 0}`
    this.auth = [ipAuthId(socket.remoteAddress)]
  }

  onData(chunk: Buffer): void {
    if (this.closed) return
    this.lastHeardMs = Date.now()
    if (this.first) {
      this.first = false
      if (chunk.length >= 4 && this.fourLetterWord(chunk.subarray(0, 4).toString("latin1"))) return
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
        if (!this.handshakeRead) this.onConnect(frame)
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

  /** A connection's first four bytes may be a four-letter word rather than a frame length. */
  private fourLetterWord(word: string): boolean {
    if (!FOUR_LETTER_WORDS.includes(word)) return false
    const host = this.port.host
    const allowed = host.fourLetterWhitelist.has("*") || host.fourLetterWhitelist.has(word)
    const text = allowed ? host.fourLetterWord(word) : `${word} is not executed because it is not in the whitelist.\n`
    this.closed = true
    this.socket.end(text ?? "")
    this.port.forget(this)
    return true
  }

  private onConnect(frame: Buffer): void {
    const request = decodeConnectRequest(frame)
    const host = this.port.host
    if (!host.serving()) {
      this.port.close(this, "not serving: refusing the session", "debug")
      return
    }
    if (request.lastZxidSeen > host.lastApplied()) {
      // ZooKeeper refuses a client that has seen more than this server has: it must go to one that has.
      this.port.close(this, `client has seen zxid 0x${request.lastZxidSeen.toString(16)}, this server only 0x${host.lastApplied().toString(16)}`, "info")
      return
    }
    this.handshakeRead = true
    const minMs = clientPortLimits.minSessionTimeoutTicks * host.tickTimeMs
    const maxMs = clientPortLimits.maxSessionTimeoutTicks * host.tickTimeMs
    const timeOutMs = Math.min(maxMs, Math.max(minMs, request.timeOutMs))
    const session = request.sessionId === 0n ? this.port.nextSessionId() : request.sessionId
    const entry: Entry = { xid: 0, request: { op: "connect", session, timeOutMs, readOnly: request.readOnly }, auth: this.auth, reply: null, closeAfter: false }
    this.queue.push(entry)
    if (request.sessionId === 0n) {
      host.submitWrite({ _tag: "CreateSession", session, timeoutMs: timeOutMs }, this, entry)
      return
    }
    // A client coming back: its session must still be open and its password right.
    const known = host.sessionTimeout(request.sessionId)
    if (known === undefined || !sessionPassword(request.sessionId).equals(request.passwd)) {
      this.port.log.info("client-session-refused", { session: formatSessionId(request.sessionId), reason: known === undefined ? "expired or unknown" : "wrong password" })
      entry.reply = encodeConnectResponse({ protocolVersion: 0, timeOutMs: 0, sessionId: 0n, passwd: Buffer.alloc(PASSWORD_BYTES), readOnly: request.readOnly })
      entry.closeAfter = true
      return
    }
    this.sessionEstablished(request.sessionId, timeOutMs)
    entry.reply = encodeConnectResponse({ protocolVersion: 0, timeOutMs, sessionId: request.sessionId, passwd: sessionPassword(request.sessionId), readOnly: request.readOnly })
  }

  /** The session is this connection's now (a connection of this server that held it before is closed). */
  sessionEstablished(session: SessionId, timeoutMs: number): void {
    this.session = session
    this.timeoutMs = timeoutMs
    this.port.own(this)
  }

  private onRequest(frame: Buffer): void {
    const decoded = decodeRequest(frame)
    if (this.queue.length >= clientPortLimits.maxPendingPerConnection) {
      this.port.close(this, `more than ${clientPortLimits.maxPendingPerConnection} requests pending`, "warn")
      return
    }
    const host = this.port.host
    if (!decoded.ok) {
      this.queue.push({ xid: decoded.xid, request: { op: "ping" }, auth: this.auth, reply: encodeReply(decoded.xid, host.lastApplied(), decoded.error, null), closeAfter: false })
      this.port.log.debug("client-request-refused", { xid: decoded.xid, type: decoded.type, reason: decoded.reason })
      return
    }
    const { xid, request } = decoded
    const entry: Entry = { xid, request, auth: this.auth, reply: null, closeAfter: false }
    this.queue.push(entry)
    const op = txnOpOf(request, this.session, this.auth)
    if (op !== null) {
      if (request.op === "closeSession") entry.closeAfter = true
      host.submitWrite(op, this, entry)
      return
    }
    switch (request.op) {
      case "ping":
        entry.reply = encodeReply(PING_XID, host.lastApplied(), 0, null)
        return
      case "auth": {
        // ZooKeeper answers auth at once (zxid 0): a known scheme adds the identity to the connection, for
        // the requests after it; an unknown one is AUTHFAILED and the connection is closed.
        const identity = request.scheme === "digest" ? digestAuthId(request.auth) : request.scheme === "ip" ? ipAuthId(this.socket.remoteAddress) : null
        if (identity === null) {
          entry.reply = encodeReply(-4, 0, ErrorCode.authFailed, null)
          entry.closeAfter = true
          this.port.log.info("client-auth-failed", { scheme: request.scheme })
          return
        }
        // A new array, so the requests queued before keep the identities they arrived with.
        if (!this.auth.some((a) => a.scheme === identity.scheme && a.id === identity.id)) this.auth = [...this.auth, identity]
        entry.reply = encodeReply(-4, 0, 0, null)
        return
      }
      case "setWatches":
      case "setWatches2":
      case "addWatch":
      case "removeWatches":
      case "checkWatches":
        // Answered when it reaches the head of the queue, against the tree as it then stands.
        return
      case "exists":
      case "getData":
      case "getACL":
      case "getChildren":
      case "getChildren2":
        return // answered when it reaches the head of the queue
      case "create":
      case "create2":
      case "delete":
      case "setData":
      case "multi":
      case "sync":
      case "closeSession":
      case "setACL":
      case "check":
        throw new Error(`${request.op} is a write`)
    }
  }

  /** A watch this connection set fired: the event goes out now, ahead of any reply still queued. */
  notify(type: WatchEventType, path: string): void {
    if (this.closed) return
    this.socket.write(encodeWatchEvent(-1, type, path))
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
    if (!this.closed && this.socket.writableLength > clientPortLimits.maxUnsentBytesPerConnection) {
      this.port.close(this, `client reads too slowly: ${this.socket.writableLength} bytes unsent`, "warn")
    }
  }

  private drainQueue(beforeWrite: () => void): void {
    while (this.queue.length > 0) {
      const head = this.queue[0]!
      if (head.reply === null) {
        const r = head.request
        if (isRead(r)) head.reply = this.answerRead(head.xid, r, head.auth)
        else if (r.op === "setWatches" || r.op === "setWatches2") head.reply = this.setWatches(head.xid, r)
        else if (r.op === "addWatch" || r.op === "removeWatches" || r.op === "checkWatches") head.reply = this.answerWatchRequest(head.xid, r)
        else break
      }
      this.queue.shift()
      beforeWrite()
      this.socket.write(head.reply)
      if (head.closeAfter) {
        this.socket.end()
        this.port.close(this, "session closed", "debug")
        return
      }
    }
  }

  private answerRead(xid: number, r: ReadRequest, auth: ReadonlyArray<AuthId>): Buffer {
    const host = this.port.host
    const zxid = host.lastApplied()
    const watches = this.port.watches
    // FinalRequestProcessor's check, after the node is found and before a watch is set (exists has none).
    const allowed = (path: string, perm: number): boolean => aclAllows(host.aclOf(path) ?? [], perm, auth)
    const noAuth = (): Buffer => encodeReply(xid, zxid, ErrorCode.noAuth, null)
    switch (r.op) {
      case "exists": {
        const result = host.read({ _tag: "Exists", path: r.path })
        if (!result.ok) return encodeReply(xid, zxid, treeErrorCode[result.error], null)
        // An exists watch is set whether or not the node exists (it then waits for NodeCreated).
        if (r.watch) watches.addDataWatch(r.path, this)
        const stat = result.tag === "Exists" ? result.stat : null
        return stat === null ? encodeReply(xid, zxid, ErrorCode.noNode, null) : encodeReply(xid, zxid, 0, { op: "exists", stat: wireStat(stat) })
      }
      case "getData":
      case "getACL": {
        const result = host.read({ _tag: "GetData", path: r.path })
        if (!result.ok || result.tag !== "GetData") return encodeReply(xid, zxid, result.ok ? ErrorCode.systemError : treeErrorCode[result.error], null)
        if (r.op === "getACL") {
          // READ or ADMIN may read the ACL; without ADMIN, digest ids come back with their hash as "x".
          if (!allowed(r.path, Perms.read | Perms.admin)) return noAuth()
          const acl = host.aclOf(r.path) ?? []
          return encodeReply(xid, zxid, 0, { op: "getACL", acl: allowed(r.path, Perms.admin) ? acl : redactDigests(acl), stat: wireStat(result.stat) })
        }
        if (!allowed(r.path, Perms.read)) return noAuth()
        if (r.watch) watches.addDataWatch(r.path, this)
        return encodeReply(xid, zxid, 0, { op: "getData", data: Buffer.from(result.data, "latin1"), stat: wireStat(result.stat) })
      }
      case "getChildren":
      case "getChildren2": {
        const result = host.read({ _tag: "GetChildren", path: r.path })
        if (!result.ok || result.tag !== "GetChildren") return encodeReply(xid, zxid, result.ok ? ErrorCode.systemError : treeErrorCode[result.error], null)
        if (!allowed(r.path, Perms.read)) return noAuth()
        if (r.watch) watches.addChildWatch(r.path, this)
        return r.op === "getChildren"
          ? encodeReply(xid, zxid, 0, { op: "getChildren", children: result.children })
          : encodeReply(xid, zxid, 0, { op: "getChildren2", children: result.children, stat: wireStat(result.stat) })
      }
    }
  }

  /**
   * A reconnecting client re-registers its watches, telling the zxid it had seen: a watch whose trigger
   * happened since fires now, the others are set again (DataTree.setWatches). The reply carries the
   * request's own xid, as ZooKeeper's FinalRequestProcessor answers every request: the Java client sends
   * SetWatches with xid -8, node-zookeeper-client with its next ordinary xid, and each matches its reply
   * against what it sent (a reply it does not expect makes it drop the connection).
   */
  private setWatches(xid: number, r: Extract<Request, { readonly op: "setWatches" | "setWatches2" }>): Buffer {
    const host = this.port.host
    const watches = this.port.watches
    const statOf = (path: string): Stat | null => {
      const result = host.read({ _tag: "Exists", path })
      return result.ok && result.tag === "Exists" ? result.stat : null
    }
    for (const path of r.dataWatches) {
      const stat = statOf(path)
      if (stat === null) this.notify(2, path)
      else if (stat.mzxid > r.relativeZxid) this.notify(3, path)
      else watches.addDataWatch(path, this)
    }
    for (const path of r.existWatches) {
      if (statOf(path) !== null) this.notify(1, path)
      else watches.addDataWatch(path, this)
    }
    for (const path of r.childWatches) {
      const stat = statOf(path)
      if (stat === null) this.notify(2, path)
      else if (stat.pzxid > r.relativeZxid) this.notify(4, path)
      else watches.addChildWatch(path, this)
    }
    if (r.op === "setWatches2") {
      // Persistent watches are set again as they were, whatever happened meanwhile (DataTree.setWatches).
      for (const path of r.persistentWatches) watches.addPersistentWatch(path, this, false)
      for (const path of r.persistentRecursiveWatches) watches.addPersistentWatch(path, this, true)
    }
    return encodeReply(xid, host.lastApplied(), 0, null)
  }

  /**
   * addWatch, removeWatches and checkWatches, as ZooKeeper 3.8's FinalRequestProcessor answers them: no ACL
   * check; a mode other than the two of addWatch, or a watch type other than CHILDREN, DATA and ANY (3.8
   * knows no others), is MARSHALLINGERROR, the server's enum lookup throwing; removing or checking a watch
   * the connection does not have is NOWATCHER. ANY covers persistent watches too, and CHILDREN or DATA the
   * half of a persistent watch in that table.
   */
  private answerWatchRequest(xid: number, r: Extract<Request, { readonly op: "addWatch" | "removeWatches" | "checkWatches" }>): Buffer {
    const zxid = this.port.host.lastApplied()
    const watches = this.port.watches
    if (r.op === "addWatch") {
      if (r.mode !== AddWatchMode.persistent && r.mode !== AddWatchMode.persistentRecursive) return encodeReply(xid, zxid, ErrorCode.marshallingError, null)
      watches.addPersistentWatch(r.path, this, r.mode === AddWatchMode.persistentRecursive)
      return encodeReply(xid, zxid, 0, { op: "addWatch" })
    }
    if (r.type !== WatcherType.children && r.type !== WatcherType.data && r.type !== WatcherType.any) return encodeReply(xid, zxid, ErrorCode.marshallingError, null)
    const kinds: ReadonlyArray<"data" | "child"> = r.type === WatcherType.children ? ["child"] : r.type === WatcherType.data ? ["data"] : ["child", "data"]
    let found = false
    for (const kind of kinds) {
      if (r.op === "removeWatches" ? watches.remove(kind, r.path, this) : watches.has(kind, r.path, this)) found = true
    }
    return encodeReply(xid, zxid, found ? 0 : ErrorCode.noWatcher, found ? { op: r.op } : null)
  }
}

export class ClientPort {
  private server: Server | null = null
  private readonly connections = new Set<ClientConnection>()
  /** The connection of this server that holds each session. */
  private readonly owners = new Map<SessionId, ClientConnection>()
  private nextSession: SessionId
  readonly watches = new WatchManager()

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

  /** `c` holds its session now; another connection of this server that held it is closed (it moved). */
  own(c: ClientConnection): void {
    const previous = this.owners.get(c.session)
    this.owners.set(c.session, c)
    if (previous !== undefined && previous !== c) this.close(previous, `session ${formatSessionId(c.session)} moved to another connection`, "info")
  }

  /** The sessions with a connection on this server, and when each was last heard from. */
  liveSessions(): ReadonlyArray<{ readonly session: SessionId; readonly lastHeardMs: number; readonly connection: ClientConnection }> {
    return [...this.owners].map(([session, connection]) => ({ session, lastHeardMs: connection.lastHeardMs, connection }))
  }

  /** A session was closed or expired by a committed txn: its connection here, if any, goes. */
  sessionClosed(session: SessionId, reason: string): void {
    const c = this.owners.get(session)
    if (c !== undefined) this.close(c, reason, "info")
  }

  connectionCount(): number {
    return this.connections.size
  }

  allConnections(): ReadonlyArray<ClientConnection> {
    return [...this.connections]
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

  /** A four-letter word was answered: the connection ends on its own, nothing to undo. */
  forget(c: ClientConnection): void {
    this.connections.delete(c)
  }

  close(c: ClientConnection, reason: string, level: "debug" | "info" | "warn"): void {
    if (!this.connections.has(c)) return
    this.connections.delete(c)
    c.closed = true
    c.socket.destroy()
    if (c.session !== 0n && this.owners.get(c.session) === c) this.owners.delete(c.session)
    this.watches.removeWatcher(c)
    this.host.connectionClosed(c)
    this.log[level]("client-connection-closed", { reason })
  }

  /** Drop every connection (the server stopped serving); the sessions stay open, and clients move on. */
  dropAll(reason: string): void {
    const n = this.connections.size
    for (const c of [...this.connections]) this.close(c, reason, "debug")
    if (n > 0) this.log.info("client-sessions-dropped", { reason, connections: n })
  }

  async stop(): Promise<void> {
    for (const c of [...this.connections]) this.close(c, "server stopping", "debug")
    const server = this.server
    this.server = null
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
