/**
 * ZooKeeper's client protocol (zookeeper.md 3.5; apache/zookeeper's zookeeper.jute): every packet is an
 * int32-length-prefixed frame; a session opens with ConnectRequest / ConnectResponse; each request is
 * RequestHeader {int xid, int type} + body, each reply ReplyHeader {int xid, long zxid, int err} + body only
 * when err is 0; a watch notification is a reply with xid -1 and a WatcherEvent body. Op codes, error codes
 * and records are ZooKeeper's. Supported: create, create2, delete, exists, getData, setData, getACL, setACL,
 * getChildren, getChildren2, sync, check and multi, ping, closeSession, setWatches and setWatches2, addWatch,
 * removeWatches, checkWatches, auth; four-letter words
 * before a session. createContainer, createTTL and the rest decode to a clean Unimplemented.
 *
 * Both sides live here: the client encodes requests and decodes replies, the server the reverse.
 */
import type { SessionId } from "../core/session.js"
import { JuteError, JuteReader, JuteWriter } from "./jute.js"

export const OpCode = {
  create: 1,
  delete: 2,
  exists: 3,
  getData: 4,
  setData: 5,
  getACL: 6,
  setACL: 7,
  getChildren: 8,
  sync: 9,
  ping: 11,
  getChildren2: 12,
  check: 13,
  multi: 14,
  create2: 15,
  checkWatches: 17,
  removeWatches: 18,
  createContainer: 19,
  createTTL: 21,
  closeSession: -11,
  auth: 100,
  setWatches: 101,
  setWatches2: 105,
  addWatch: 106,
  error: -1, // a failed op inside a multi's response
} as const

/** The ops a Request can name (error is only a multi result's type). */
type RequestOpName = Exclude<keyof typeof OpCode, "error" | "createContainer" | "createTTL">

/** One ACL entry as jute carries it (ACL {int perms; Id {ustring scheme; ustring id}}). */
export interface Acl {
  readonly perms: number
  readonly scheme: string
  readonly id: string
}

export const ErrorCode = {
  ok: 0,
  systemError: -1,
  runtimeInconsistency: -2,
  connectionLoss: -4,
  marshallingError: -5,
  unimplemented: -6,
  operationTimeout: -7,
  badArguments: -8,
  noNode: -101,
  noAuth: -102,
  badVersion: -103,
  noChildrenForEphemerals: -108,
  nodeExists: -110,
  notEmpty: -111,
  sessionExpired: -112,
  invalidAcl: -114,
  authFailed: -115,
  noWatcher: -121,
} as const

/** addWatch's modes (ZooDefs.AddWatchModes). */
export const AddWatchMode = { persistent: 0, persistentRecursive: 1 } as const

/** The watch kinds removeWatches and checkWatches name (Watcher.WatcherType, as ZooKeeper 3.8 has it). */
export const WatcherType = { children: 1, data: 2, any: 3 } as const

/** ZooKeeper's CreateMode flags. */
export const CreateFlags = {
  persistent: 0,
  ephemeral: 1,
  persistentSequential: 2,
  ephemeralSequential: 3,
  container: 4,
  persistentWithTtl: 5,
  persistentSequentialWithTtl: 6,
} as const

/** A watch notification's event type (Watcher.Event.EventType) and state (KeeperState.SyncConnected). */
export const EventType = { none: -1, nodeCreated: 1, nodeDeleted: 2, nodeDataChanged: 3, nodeChildrenChanged: 4 } as const
export const KeeperState = { syncConnected: 3 } as const

export const errorNames: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(ErrorCode).map(([k, v]) => [v, k]))

export const PING_XID = -2
/** The xid of a watch notification (WatcherEvent), which answers no request. */
export const WATCH_XID = -1
export const PROTOCOL_VERSION = 0
export const PASSWORD_BYTES = 16

/** Four-letter words are read as the first int32 "length" of a connection, as ZooKeeper does. */
export const FOUR_LETTER_SRVR = 0x73727672 // "srvr"

// Session ids are 64 bits and exceed 2^53: bigints, owned by impl/core/session.ts.
export { type SessionId, formatSessionId } from "../core/session.js"

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
  /** The Java client's trailing readOnly flag; null when the request did not carry it (older clients). */
  readonly readOnly?: boolean | null
}

export interface ConnectResponse {
  readonly protocolVersion: number
  readonly timeOutMs: number
  readonly sessionId: SessionId
  readonly passwd: Buffer
  /** Sent back only to a client whose request carried it, as ZooKeeper does. */
  readonly readOnly?: boolean | null
}

export function encodeConnectRequest(c: ConnectRequest): Buffer {
  return new JuteWriter().int(c.protocolVersion).long(c.lastZxidSeen).int(c.timeOutMs).long(c.sessionId).buffer_(c.passwd).frame()
}

export function decodeConnectRequest(payload: Buffer): ConnectRequest & { readonly readOnly: boolean | null } {
  const r = new JuteReader(payload)
  const protocolVersion = r.int("connect.protocolVersion")
  const lastZxidSeen = r.long("connect.lastZxidSeen")
  const timeOutMs = r.int("connect.timeOut")
  const sessionId = r.bigLong("connect.sessionId")
  const passwd = r.buffer_("connect.passwd") ?? Buffer.alloc(0)
  const readOnly = r.remaining === 1 ? r.bool("connect.readOnly") : null // the Java client's trailing flag
  if (r.remaining !== 0) throw new JuteError(`connect: ${r.remaining} trailing bytes`)
  return { protocolVersion, lastZxidSeen, timeOutMs, sessionId, passwd, readOnly }
}

export function encodeConnectResponse(c: ConnectResponse): Buffer {
  const w = new JuteWriter().int(c.protocolVersion).int(c.timeOutMs).long(c.sessionId).buffer_(c.passwd)
  if (c.readOnly !== undefined && c.readOnly !== null) w.bool(false) // this server is never read-only
  return w.frame()
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

/** One op of a multi, as MultiOperationRecord carries it. */
export type MultiRequestOp =
  | { readonly op: "create"; readonly path: string; readonly data: Buffer; readonly flags: number; readonly acl?: ReadonlyArray<Acl> | null }
  | { readonly op: "create2"; readonly path: string; readonly data: Buffer; readonly flags: number; readonly acl?: ReadonlyArray<Acl> | null }
  | { readonly op: "delete"; readonly path: string; readonly version: number }
  | { readonly op: "setData"; readonly path: string; readonly data: Buffer; readonly version: number }
  | { readonly op: "check"; readonly path: string; readonly version: number }

/**
 * A create's `acl` is what the client sent: absent or undefined on the way out means world:anyone with every
 * permission (what zab's client sends unless told otherwise); null is a null vector (ZooKeeper: INVALIDACL).
 */
export type Request =
  | { readonly op: "create"; readonly path: string; readonly data: Buffer; readonly flags: number; readonly acl?: ReadonlyArray<Acl> | null }
  | { readonly op: "create2"; readonly path: string; readonly data: Buffer; readonly flags: number; readonly acl?: ReadonlyArray<Acl> | null }
  | { readonly op: "setACL"; readonly path: string; readonly acl: ReadonlyArray<Acl> | null; readonly version: number }
  | { readonly op: "delete"; readonly path: string; readonly version: number }
  | { readonly op: "exists"; readonly path: string; readonly watch: boolean }
  | { readonly op: "getData"; readonly path: string; readonly watch: boolean }
  | { readonly op: "setData"; readonly path: string; readonly data: Buffer; readonly version: number }
  | { readonly op: "getACL"; readonly path: string }
  | { readonly op: "getChildren"; readonly path: string; readonly watch: boolean }
  | { readonly op: "getChildren2"; readonly path: string; readonly watch: boolean }
  | { readonly op: "sync"; readonly path: string }
  | { readonly op: "check"; readonly path: string; readonly version: number }
  | { readonly op: "multi"; readonly ops: ReadonlyArray<MultiRequestOp> }
  | { readonly op: "ping" }
  | { readonly op: "closeSession" }
  | { readonly op: "auth"; readonly scheme: string; readonly auth: Buffer }
  | {
      readonly op: "setWatches"
      readonly relativeZxid: number
      readonly dataWatches: ReadonlyArray<string>
      readonly existWatches: ReadonlyArray<string>
      readonly childWatches: ReadonlyArray<string>
    }
  | {
      readonly op: "setWatches2"
      readonly relativeZxid: number
      readonly dataWatches: ReadonlyArray<string>
      readonly existWatches: ReadonlyArray<string>
      readonly childWatches: ReadonlyArray<string>
      readonly persistentWatches: ReadonlyArray<string>
      readonly persistentRecursiveWatches: ReadonlyArray<string>
    }
  | { readonly op: "addWatch"; readonly path: string; readonly mode: number }
  | { readonly op: "removeWatches"; readonly path: string; readonly type: number }
  | { readonly op: "checkWatches"; readonly path: string; readonly type: number }

export type RequestOp = Request["op"]

/** ZooKeeper's open ACL (world:anyone, all permissions): sent with every create, answered by getACL. */
export const OPEN_ACL = { perms: 31, scheme: "world", id: "anyone" } as const

function writeAcl(w: JuteWriter, acl: ReadonlyArray<Acl> | null | undefined): void {
  if (acl === undefined) {
    w.int(1).int(OPEN_ACL.perms).string(OPEN_ACL.scheme).string(OPEN_ACL.id)
    return
  }
  if (acl === null) {
    w.int(-1)
    return
  }
  w.int(acl.length)
  for (const a of acl) w.int(a.perms).string(a.scheme).string(a.id)
}

/** A multi's sub-request record, after its MultiHeader. */
function writeMultiOp(w: JuteWriter, op: MultiRequestOp): void {
  switch (op.op) {
    case "create":
    case "create2":
      w.string(op.path).buffer_(op.data)
      writeAcl(w, op.acl)
      w.int(op.flags)
      return
    case "delete":
    case "check":
      w.string(op.path).int(op.version)
      return
    case "setData":
      w.string(op.path).buffer_(op.data).int(op.version)
      return
  }
}

export function encodeRequest(xid: number, request: Request): Buffer {
  const w = new JuteWriter(64)
  w.int(xid).int(OpCode[request.op satisfies RequestOpName])
  switch (request.op) {
    case "create":
    case "create2":
    case "delete":
    case "setData":
    case "check":
      writeMultiOp(w, request)
      break
    case "exists":
    case "getData":
    case "getChildren":
    case "getChildren2":
      w.string(request.path).bool(request.watch)
      break
    case "getACL":
    case "sync":
      w.string(request.path)
      break
    case "setACL":
      w.string(request.path)
      writeAcl(w, request.acl)
      w.int(request.version)
      break
    case "multi":
      for (const op of request.ops) {
        w.int(OpCode[op.op]).bool(false).int(-1)
        writeMultiOp(w, op)
      }
      w.int(-1).bool(true).int(-1)
      break
    case "auth":
      w.int(0).string(request.scheme).buffer_(request.auth)
      break
    case "setWatches":
      w.long(request.relativeZxid).stringVector(request.dataWatches).stringVector(request.existWatches).stringVector(request.childWatches)
      break
    case "setWatches2":
      w.long(request.relativeZxid).stringVector(request.dataWatches).stringVector(request.existWatches).stringVector(request.childWatches)
      w.stringVector(request.persistentWatches).stringVector(request.persistentRecursiveWatches)
      break
    case "addWatch":
      w.string(request.path).int(request.mode)
      break
    case "removeWatches":
    case "checkWatches":
      w.string(request.path).int(request.type)
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

/** Bound on a multi's ops, so a hostile packet cannot make the server build an unbounded list. */
export const maxMultiOps = 10_000

/** A create's body, refusing the modes this server does not implement. */
function readCreate(r: JuteReader, field: string, op: "create" | "create2"): MultiRequestOp | { readonly error: number; readonly reason: string } {
  const path = r.requiredString(`${field}.path`)
  const data = r.buffer_(`${field}.data`) ?? Buffer.alloc(0)
  const acl = r.aclVector(`${field}.acl`)
  const flags = r.int(`${field}.flags`)
  if (flags === CreateFlags.container || flags === CreateFlags.persistentWithTtl || flags === CreateFlags.persistentSequentialWithTtl) {
    return { error: ErrorCode.unimplemented, reason: `create flags ${flags}: container and TTL znodes are not supported` }
  }
  if (flags < 0 || flags > CreateFlags.ephemeralSequential) return { error: ErrorCode.badArguments, reason: `create flags ${flags}: no such create mode` }
  return { op, path, data, flags, acl }
}

function readMultiOp(r: JuteReader, type: number, i: number): MultiRequestOp | { readonly error: number; readonly reason: string } {
  const field = `multi.ops[${i}]`
  switch (type) {
    case OpCode.create:
      return readCreate(r, field, "create")
    case OpCode.create2:
      return readCreate(r, field, "create2")
    case OpCode.delete:
      return { op: "delete", path: r.requiredString(`${field}.path`), version: r.int(`${field}.version`) }
    case OpCode.setData:
      return { op: "setData", path: r.requiredString(`${field}.path`), data: r.buffer_(`${field}.data`) ?? Buffer.alloc(0), version: r.int(`${field}.version`) }
    case OpCode.check:
      return { op: "check", path: r.requiredString(`${field}.path`), version: r.int(`${field}.version`) }
    default:
      return { error: ErrorCode.unimplemented, reason: `${field}: op code ${type} cannot be part of a multi here` }
  }
}

/** Decode one request packet. A header that cannot be read throws JuteError (the connection is closed). */
export function decodeRequest(payload: Buffer): DecodedRequest {
  const r = new JuteReader(payload)
  const xid = r.int("header.xid")
  const type = r.int("header.type")
  const fail = (error: number, reason: string): DecodedRequest => ({ ok: false, xid, type, error, reason })
  try {
    let request: Request
    switch (type) {
      case OpCode.create:
      case OpCode.create2: {
        const create = readCreate(r, type === OpCode.create ? "create" : "create2", type === OpCode.create ? "create" : "create2")
        if ("error" in create) return fail(create.error, create.reason)
        request = create
        break
      }
      case OpCode.createContainer:
      case OpCode.createTTL:
        return fail(ErrorCode.unimplemented, `op code ${type}: container and TTL znodes are not supported`)
      case OpCode.setACL:
        request = { op: "setACL", path: r.requiredString("setACL.path"), acl: r.aclVector("setACL.acl"), version: r.int("setACL.version") }
        break
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
      case OpCode.getACL:
        request = { op: "getACL", path: r.requiredString("getACL.path") }
        break
      case OpCode.getChildren:
        request = { op: "getChildren", path: r.requiredString("getChildren.path"), watch: r.bool("getChildren.watch") }
        break
      case OpCode.getChildren2:
        request = { op: "getChildren2", path: r.requiredString("getChildren2.path"), watch: r.bool("getChildren2.watch") }
        break
      case OpCode.sync:
        request = { op: "sync", path: r.requiredString("sync.path") }
        break
      case OpCode.check:
        request = { op: "check", path: r.requiredString("check.path"), version: r.int("check.version") }
        break
      case OpCode.multi: {
        const ops: Array<MultiRequestOp> = []
        for (;;) {
          const opType = r.int(`multi.ops[${ops.length}].type`)
          const done = r.bool(`multi.ops[${ops.length}].done`)
          r.int(`multi.ops[${ops.length}].err`)
          if (done) break
          if (ops.length >= maxMultiOps) return fail(ErrorCode.marshallingError, `multi of more than ${maxMultiOps} ops`)
          const op = readMultiOp(r, opType, ops.length)
          if ("error" in op) return fail(op.error, op.reason)
          ops.push(op)
        }
        request = { op: "multi", ops }
        break
      }
      case OpCode.ping:
        request = { op: "ping" }
        break
      case OpCode.closeSession:
        request = { op: "closeSession" }
        break
      case OpCode.auth:
        r.int("auth.type")
        request = { op: "auth", scheme: r.requiredString("auth.scheme"), auth: r.buffer_("auth.auth") ?? Buffer.alloc(0) }
        break
      case OpCode.setWatches:
        request = {
          op: "setWatches",
          relativeZxid: r.long("setWatches.relativeZxid"),
          dataWatches: r.stringVector("setWatches.dataWatches") ?? [],
          existWatches: r.stringVector("setWatches.existWatches") ?? [],
          childWatches: r.stringVector("setWatches.childWatches") ?? [],
        }
        break
      case OpCode.setWatches2:
        request = {
          op: "setWatches2",
          relativeZxid: r.long("setWatches2.relativeZxid"),
          dataWatches: r.stringVector("setWatches2.dataWatches") ?? [],
          existWatches: r.stringVector("setWatches2.existWatches") ?? [],
          childWatches: r.stringVector("setWatches2.childWatches") ?? [],
          persistentWatches: r.stringVector("setWatches2.persistentWatches") ?? [],
          persistentRecursiveWatches: r.stringVector("setWatches2.persistentRecursiveWatches") ?? [],
        }
        break
      case OpCode.addWatch:
        request = { op: "addWatch", path: r.requiredString("addWatch.path"), mode: r.int("addWatch.mode") }
        break
      case OpCode.removeWatches:
        request = { op: "removeWatches", path: r.requiredString("removeWatches.path"), type: r.int("removeWatches.type") }
        break
      case OpCode.checkWatches:
        request = { op: "checkWatches", path: r.requiredString("checkWatches.path"), type: r.int("checkWatches.type") }
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

/** One result of a multi, as MultiResponse carries it. */
export type MultiResult =
  | { readonly op: "create"; readonly path: string }
  | { readonly op: "create2"; readonly path: string; readonly stat: Stat }
  | { readonly op: "delete" }
  | { readonly op: "setData"; readonly stat: Stat }
  | { readonly op: "check" }
  | { readonly op: "error"; readonly err: number }

export type ReplyBody =
  | { readonly op: "create"; readonly path: string }
  | { readonly op: "create2"; readonly path: string; readonly stat: Stat }
  | { readonly op: "delete" }
  | { readonly op: "exists"; readonly stat: Stat }
  | { readonly op: "getData"; readonly data: Buffer; readonly stat: Stat }
  | { readonly op: "setData"; readonly stat: Stat }
  | { readonly op: "getACL"; readonly acl: ReadonlyArray<Acl>; readonly stat: Stat }
  | { readonly op: "setACL"; readonly stat: Stat }
  | { readonly op: "getChildren"; readonly children: ReadonlyArray<string> }
  | { readonly op: "getChildren2"; readonly children: ReadonlyArray<string>; readonly stat: Stat }
  | { readonly op: "sync"; readonly path: string }
  | { readonly op: "check" }
  | { readonly op: "multi"; readonly results: ReadonlyArray<MultiResult> }
  | { readonly op: "ping" }
  | { readonly op: "closeSession" }
  | { readonly op: "auth" }
  | { readonly op: "setWatches" }
  | { readonly op: "setWatches2" }
  | { readonly op: "addWatch" }
  | { readonly op: "removeWatches" }
  | { readonly op: "checkWatches" }

function writeMultiResult(w: JuteWriter, result: MultiResult): void {
  const type = result.op === "error" ? OpCode.error : OpCode[result.op]
  w.int(type).bool(false).int(result.op === "error" ? result.err : 0)
  switch (result.op) {
    case "create":
      w.string(result.path)
      return
    case "create2":
      w.string(result.path)
      writeStat(w, result.stat)
      return
    case "setData":
      writeStat(w, result.stat)
      return
    case "error":
      w.int(result.err)
      return
    case "delete":
    case "check":
      return
  }
}

export function encodeReply(xid: number, zxid: number, err: number, body: ReplyBody | null): Buffer {
  const w = new JuteWriter(64)
  w.int(xid).long(zxid).int(err)
  if (err === 0 && body !== null) {
    switch (body.op) {
      case "create":
      case "sync":
        w.string(body.path)
        break
      case "create2":
        w.string(body.path)
        writeStat(w, body.stat)
        break
      case "exists":
      case "setData":
      case "setACL":
        writeStat(w, body.stat)
        break
      case "getData":
        w.buffer_(body.data)
        writeStat(w, body.stat)
        break
      case "getACL":
        writeAcl(w, body.acl)
        writeStat(w, body.stat)
        break
      case "getChildren":
        w.stringVector(body.children)
        break
      case "getChildren2":
        w.stringVector(body.children)
        writeStat(w, body.stat)
        break
      case "multi":
        for (const result of body.results) writeMultiResult(w, result)
        w.int(-1).bool(true).int(-1)
        break
      case "addWatch":
        w.int(0) // ZooKeeper answers addWatch with an ErrorResponse whose err is 0
        break
      case "delete":
      case "check":
      case "ping":
      case "closeSession":
      case "auth":
      case "setWatches":
      case "setWatches2":
      case "removeWatches":
      case "checkWatches":
        break
    }
  }
  return w.frame()
}

/** A watch notification: a reply with xid -1 and a WatcherEvent body. */
export function encodeWatchEvent(zxid: number, type: number, path: string): Buffer {
  return new JuteWriter(64).int(WATCH_XID).long(zxid).int(0).int(type).int(KeeperState.syncConnected).string(path).frame()
}

export interface WatchEvent {
  readonly type: number
  readonly state: number
  readonly path: string
}

export function decodeWatchEvent(r: JuteReader): WatchEvent {
  return { type: r.int("watchEvent.type"), state: r.int("watchEvent.state"), path: r.requiredString("watchEvent.path") }
}

export interface ReplyHeader {
  readonly xid: number
  readonly zxid: number
  readonly err: number
}

export function decodeReplyHeader(r: JuteReader): ReplyHeader {
  return { xid: r.int("reply.xid"), zxid: r.long("reply.zxid"), err: r.int("reply.err") }
}

function readMultiResults(r: JuteReader): Array<MultiResult> {
  const results: Array<MultiResult> = []
  for (;;) {
    const field = `multi.results[${results.length}]`
    const type = r.int(`${field}.type`)
    const done = r.bool(`${field}.done`)
    const err = r.int(`${field}.err`)
    if (done) return results
    if (results.length >= maxMultiOps) throw new JuteError(`multi: more than ${maxMultiOps} results`)
    switch (type) {
      case OpCode.create:
        results.push({ op: "create", path: r.requiredString(`${field}.path`) })
        break
      case OpCode.create2:
        results.push({ op: "create2", path: r.requiredString(`${field}.path`), stat: readStat(r) })
        break
      case OpCode.delete:
        results.push({ op: "delete" })
        break
      case OpCode.setData:
        results.push({ op: "setData", stat: readStat(r) })
        break
      case OpCode.check:
        results.push({ op: "check" })
        break
      case OpCode.error:
        r.int(`${field}.error`)
        results.push({ op: "error", err })
        break
      default:
        throw new JuteError(`${field}.type: ${type} is no multi result`)
    }
  }
}

/** Decode the body of a successful reply to `op`. */
export function decodeReplyBody(op: RequestOp, r: JuteReader): ReplyBody {
  switch (op) {
    case "create":
      return { op, path: r.requiredString("create.path") }
    case "sync":
      return { op, path: r.requiredString("sync.path") }
    case "create2":
      return { op, path: r.requiredString("create2.path"), stat: readStat(r) }
    case "exists":
    case "setData":
    case "setACL":
      return { op, stat: readStat(r) }
    case "getData":
      return { op, data: r.buffer_("getData.data") ?? Buffer.alloc(0), stat: readStat(r) }
    case "getACL":
      return { op, acl: r.aclVector("getACL.acl") ?? [], stat: readStat(r) }
    case "getChildren":
      return { op, children: r.stringVector("getChildren.children") ?? [] }
    case "getChildren2":
      return { op, children: r.stringVector("getChildren2.children") ?? [], stat: readStat(r) }
    case "multi":
      return { op, results: readMultiResults(r) }
    case "addWatch":
      r.int("addWatch.err")
      return { op }
    case "delete":
    case "check":
    case "ping":
    case "closeSession":
    case "auth":
    case "setWatches":
    case "setWatches2":
    case "removeWatches":
    case "checkWatches":
      return { op }
  }
}
