/**
 * The client protocol, laid out as ZooKeeper's (zookeeper.md 3.5) so a later issue can make it wire
 * compatible: every packet is an int32-length-prefixed frame; a session opens with ConnectRequest /
 * ConnectResponse; each request is RequestHeader {int xid, int type} + body, each reply ReplyHeader
 * {int xid, long zxid, int err} + body only when err is 0. Op codes, error codes and the Stat record are
 * ZooKeeper's. Supported: create, delete, exists, getData, setData, getChildren, ping, closeSession, and
 * the four-letter word `srvr` before a session.
 *
 * Both sides live here: the client encodes requests and decodes replies, the server the reverse.
 */
import { JuteError, JuteReader, JuteWriter } from "./jute.js"

export const OpCode = {
  create: 1,
  delete: 2,
  exists: 3,
  getData: 4,
  setData: 5,
  getChildren: 8,
  ping: 11,
  closeSession: -11,
} as const

export const ErrorCode = {
  ok: 0,
  systemError: -1,
  connectionLoss: -4,
  marshallingError: -5,
  unimplemented: -6,
  operationTimeout: -7,
  badArguments: -8,
  noNode: -101,
  badVersion: -103,
  nodeExists: -110,
  notEmpty: -111,
  sessionExpired: -112,
} as const

export const errorNames: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(ErrorCode).map(([k, v]) => [v, k]))

export const PING_XID = -2
/** The xid of a watch notification (WatcherEvent), which answers no request. */
export const WATCH_XID = -1
export const PROTOCOL_VERSION = 0
export const PASSWORD_BYTES = 16

/** Four-letter words are read as the first int32 "length" of a connection, as ZooKeeper does. */
export const FOUR_LETTER_SRVR = 0x73727672 // "srvr"

/**
 * A session id: 64 bits, the creating server's id in the top byte (ZooKeeper's SessionTrackerImpl), so it
 * exceeds 2^53 and is a bigint here, never a number. 0n means "no session" (a new session, a persistent node).
 */
export type SessionId = bigint

/** A session id as ZooKeeper prints it (`0x1000a3b2c0d0000`). */
export function formatSessionId(id: SessionId): string {
  return `0x${BigInt.asUintN(64, id).toString(16)}`
}

export interface Stat {
  readonly czxid: number
  readonly mzxid: number
  readonly ctime: number
  readonly mtime: number
  readonly version: number
  readonly cversion: number
  readonly aversion: number
  readonly ephemeralOwner: SessionId
  readonly dataLength: number
  readonly numChildren: number
  readonly pzxid: number
}

export function writeStat(w: JuteWriter, s: Stat): void {
  w.long(s.czxid).long(s.mzxid).long(s.ctime).long(s.mtime).int(s.version).int(s.cversion).int(s.aversion).long(s.ephemeralOwner).int(s.dataLength).int(s.numChildren).long(s.pzxid)
}

export function readStat(r: JuteReader): Stat {
  return {
    czxid: r.long("stat.czxid"),
    mzxid: r.long("stat.mzxid"),
    ctime: r.long("stat.ctime"),
    mtime: r.long("stat.mtime"),
    version: r.int("stat.version"),
    cversion: r.int("stat.cversion"),
    aversion: r.int("stat.aversion"),
    ephemeralOwner: r.bigLong("stat.ephemeralOwner"),
    dataLength: r.int("stat.dataLength"),
    numChildren: r.int("stat.numChildren"),
    pzxid: r.long("stat.pzxid"),
  }
}

// ---------------------------------------------------------------------------------------------------------
// Session handshake.

export interface ConnectRequest {
  readonly protocolVersion: number
  readonly lastZxidSeen: number
  readonly timeOutMs: number
  readonly sessionId: SessionId
  readonly passwd: Buffer
}

export interface ConnectResponse {
  readonly protocolVersion: number
  readonly timeOutMs: number
  readonly sessionId: SessionId
  readonly passwd: Buffer
}

export function encodeConnectRequest(c: ConnectRequest): Buffer {
  return new JuteWriter().int(c.protocolVersion).long(c.lastZxidSeen).int(c.timeOutMs).long(c.sessionId).buffer_(c.passwd).frame()
}

export function decodeConnectRequest(payload: Buffer): ConnectRequest {
  const r = new JuteReader(payload)
  const request = {
    protocolVersion: r.int("connect.protocolVersion"),
    lastZxidSeen: r.long("connect.lastZxidSeen"),
    timeOutMs: r.int("connect.timeOut"),
    sessionId: r.bigLong("connect.sessionId"),
    passwd: r.buffer_("connect.passwd") ?? Buffer.alloc(0),
  }
  if (r.remaining === 1) r.bool("connect.readOnly") // the Java client's trailing flag
  if (r.remaining !== 0) throw new JuteError(`connect: ${r.remaining} trailing bytes`)
  return request
}

export function encodeConnectResponse(c: ConnectResponse): Buffer {
  return new JuteWriter().int(c.protocolVersion).int(c.timeOutMs).long(c.sessionId).buffer_(c.passwd).frame()
}

export function decodeConnectResponse(payload: Buffer): ConnectResponse {
  const r = new JuteReader(payload)
  return {
    protocolVersion: r.int("connectResponse.protocolVersion"),
    timeOutMs: r.int("connectResponse.timeOut"),
    sessionId: r.bigLong("connectResponse.sessionId"),
    passwd: r.buffer_("connectResponse.passwd") ?? Buffer.alloc(0),
  }
}

// ---------------------------------------------------------------------------------------------------------
// Requests.

export type Request =
  | { readonly op: "create"; readonly path: string; readonly data: Buffer; readonly flags: number }
  | { readonly op: "delete"; readonly path: string; readonly version: number }
  | { readonly op: "exists"; readonly path: string; readonly watch: boolean }
  | { readonly op: "getData"; readonly path: string; readonly watch: boolean }
  | { readonly op: "setData"; readonly path: string; readonly data: Buffer; readonly version: number }
  | { readonly op: "getChildren"; readonly path: string; readonly watch: boolean }
  | { readonly op: "ping" }
  | { readonly op: "closeSession" }

export type RequestOp = Request["op"]

/** ZooKeeper's open ACL (world:anyone, all permissions), sent with every create. */
function writeOpenAcl(w: JuteWriter): void {
  w.int(1).int(31).string("world").string("anyone")
}

export function encodeRequest(xid: number, request: Request): Buffer {
  const w = new JuteWriter(64)
  w.int(xid).int(OpCode[request.op])
  switch (request.op) {
    case "create":
      w.string(request.path).buffer_(request.data)
      writeOpenAcl(w)
      w.int(request.flags)
      break
    case "delete":
      w.string(request.path).int(request.version)
      break
    case "exists":
    case "getData":
    case "getChildren":
      w.string(request.path).bool(request.watch)
      break
    case "setData":
      w.string(request.path).buffer_(request.data).int(request.version)
      break
    case "ping":
    case "closeSession":
      break
  }
  return w.frame()
}

export type DecodedRequest =
  | { readonly ok: true; readonly xid: number; readonly request: Request }
  | { readonly ok: false; readonly xid: number; readonly type: number; readonly error: number; readonly reason: string }

/** Decode one request packet. A header that cannot be read throws JuteError (the connection is closed). */
export function decodeRequest(payload: Buffer): DecodedRequest {
  const r = new JuteReader(payload)
  const xid = r.int("header.xid")
  const type = r.int("header.type")
  const fail = (error: number, reason: string): DecodedRequest => ({ ok: false, xid, type, error, reason })
  try {
    let request: Request
    switch (type) {
      case OpCode.create: {
        const path = r.requiredString("create.path")
        const data = r.buffer_("create.data") ?? Buffer.alloc(0)
        r.skipAclVector("create.acl")
        const flags = r.int("create.flags")
        if (flags !== 0) return fail(ErrorCode.unimplemented, `create flags ${flags}: only persistent znodes are supported`)
        request = { op: "create", path, data, flags }
        break
      }
      case OpCode.delete:
        request = { op: "delete", path: r.requiredString("delete.path"), version: r.int("delete.version") }
        break
      case OpCode.exists:
        request = { op: "exists", path: r.requiredString("exists.path"), watch: r.bool("exists.watch") }
        break
      case OpCode.getData:
        request = { op: "getData", path: r.requiredString("getData.path"), watch: r.bool("getData.watch") }
        break
      case OpCode.setData:
        request = { op: "setData", path: r.requiredString("setData.path"), data: r.buffer_("setData.data") ?? Buffer.alloc(0), version: r.int("setData.version") }
        break
      case OpCode.getChildren:
        request = { op: "getChildren", path: r.requiredString("getChildren.path"), watch: r.bool("getChildren.watch") }
        break
      case OpCode.ping:
        request = { op: "ping" }
        break
      case OpCode.closeSession:
        request = { op: "closeSession" }
        break
      default:
        return fail(ErrorCode.unimplemented, `op code ${type} is not supported`)
    }
    if (r.remaining !== 0) return fail(ErrorCode.marshallingError, `${r.remaining} trailing bytes after ${request.op}`)
    return { ok: true, xid, request }
  } catch (error) {
    if (error instanceof JuteError) return fail(ErrorCode.marshallingError, error.message)
    throw error
  }
}

// ---------------------------------------------------------------------------------------------------------
// Replies.

export type ReplyBody =
  | { readonly op: "create"; readonly path: string }
  | { readonly op: "delete" }
  | { readonly op: "exists"; readonly stat: Stat }
  | { readonly op: "getData"; readonly data: Buffer; readonly stat: Stat }
  | { readonly op: "setData"; readonly stat: Stat }
  | { readonly op: "getChildren"; readonly children: ReadonlyArray<string> }
  | { readonly op: "ping" }
  | { readonly op: "closeSession" }

export function encodeReply(xid: number, zxid: number, err: number, body: ReplyBody | null): Buffer {
  const w = new JuteWriter(64)
  w.int(xid).long(zxid).int(err)
  if (err === 0 && body !== null) {
    switch (body.op) {
      case "create":
        w.string(body.path)
        break
      case "exists":
      case "setData":
        writeStat(w, body.stat)
        break
      case "getData":
        w.buffer_(body.data)
        writeStat(w, body.stat)
        break
      case "getChildren":
        w.stringVector(body.children)
        break
      case "delete":
      case "ping":
      case "closeSession":
        break
    }
  }
  return w.frame()
}

export interface ReplyHeader {
  readonly xid: number
  readonly zxid: number
  readonly err: number
}

export function decodeReplyHeader(r: JuteReader): ReplyHeader {
  return { xid: r.int("reply.xid"), zxid: r.long("reply.zxid"), err: r.int("reply.err") }
}

/** Decode the body of a successful reply to `op`. */
export function decodeReplyBody(op: RequestOp, r: JuteReader): ReplyBody {
  switch (op) {
    case "create":
      return { op, path: r.requiredString("create.path") }
    case "exists":
    case "setData":
      return { op, stat: readStat(r) }
    case "getData":
      return { op, data: r.buffer_("getData.data") ?? Buffer.alloc(0), stat: readStat(r) }
    case "getChildren":
      return { op, children: r.stringVector("getChildren.children") ?? [] }
    case "delete":
    case "ping":
    case "closeSession":
      return { op }
  }
}
