/**
 * JSON text of a Txn and of the hot peer messages, written directly: the same bytes as the effect Schema
 * encoder followed by JSON.stringify (the tests hold the two equal on arbitrary values), at a fraction of
 * the cost. Every txn is encoded three times on its way through a leader (its log record and a PROPOSAL per
 * follower), and ACK / COMMIT twice per txn; through the Schema encoder that was ~60 us of the leader's
 * ~100 us of CPU per write. Strings go through JSON.stringify, which escapes them exactly as the Schema path
 * does; numbers are integers by the types; zxids are printed by the one zxid module.
 *
 * The result for a txn is cached by object identity (the peer hands the same Txn object to the log append
 * and to every PROPOSAL), one entry deep, which is all that reuse needs.
 */
import { formatSessionId, parseSessionId } from "../core/session.js"
import type { Acl, AuthId, Message, Txn, TxnOp } from "../core/types.js"
import { formatZxid, parseZxid } from "../core/zxid.js"

function aclJson(acl: ReadonlyArray<Acl>): string {
  return `[${acl.map((a) => `{"perms":${a.perms},"scheme":${JSON.stringify(a.scheme)},"id":${JSON.stringify(a.id)}}`).join(",")}]`
}

/** The optional `auth` field, in the place the Schema's encoder writes it (its field order). */
function authJson(auth: ReadonlyArray<AuthId> | undefined): string {
  return auth === undefined ? "" : `,"auth":[${auth.map((a) => `{"scheme":${JSON.stringify(a.scheme)},"id":${JSON.stringify(a.id)}}`).join(",")}]`
}

export function writeOpJson(op: TxnOp): string {
  switch (op._tag) {
    case "Create": {
      const owner = op.ephemeralOwner === undefined ? "" : `,"ephemeralOwner":"${formatSessionId(op.ephemeralOwner)}"`
      const sequential = op.sequential === undefined ? "" : `,"sequential":${op.sequential}`
      const acl = op.acl === undefined ? "" : `,"acl":${aclJson(op.acl)}`
      return `{"_tag":"Create","path":${JSON.stringify(op.path)},"data":${JSON.stringify(op.data)}${owner}${sequential}${acl}${authJson(op.auth)}}`
    }
    case "Delete":
      return `{"_tag":"Delete","path":${JSON.stringify(op.path)},"version":${op.version}${authJson(op.auth)}}`
    case "SetData":
      return `{"_tag":"SetData","path":${JSON.stringify(op.path)},"data":${JSON.stringify(op.data)},"version":${op.version}${authJson(op.auth)}}`
    case "Multi":
      return `{"_tag":"Multi","ops":[${op.ops.map((o) => (o._tag === "Check" ? `{"_tag":"Check","path":${JSON.stringify(o.path)},"version":${o.version}${authJson(o.auth)}}` : writeOpJson(o))).join(",")}]${authJson(op.auth)}}`
    case "SetACL":
      return `{"_tag":"SetACL","path":${JSON.stringify(op.path)},"acl":${aclJson(op.acl)},"version":${op.version}${authJson(op.auth)}}`
    case "CreateSession":
      return `{"_tag":"CreateSession","session":"${formatSessionId(op.session)}","timeoutMs":${op.timeoutMs}}`
    case "CloseSession":
      return `{"_tag":"CloseSession","session":"${formatSessionId(op.session)}"}`
  }
}

let lastTxn: Txn | null = null
let lastTxnJson = ""

export function txnJson(txn: Txn): string {
  if (txn === lastTxn) return lastTxnJson
  const time = txn.time === undefined ? "" : `,"time":${txn.time}`
  const json = `{"zxid":"${formatZxid(txn.zxid)}","op":${writeOpJson(txn.op)},"origin":${txn.origin},"request":${txn.request}${time}}`
  lastTxn = txn
  lastTxnJson = json
  return json
}

/** The JSON text of the messages that carry every write, or null for the rest (encode those through the Schema). */
export function hotMessageJson(message: Message): string | null {
  switch (message._tag) {
    case "Proposal":
      return `{"_tag":"Proposal","txn":${txnJson(message.txn)}}`
    case "Ack":
      return `{"_tag":"Ack","zxid":"${formatZxid(message.zxid)}"}`
    case "Commit":
      return `{"_tag":"Commit","zxid":"${formatZxid(message.zxid)}"}`
    case "Request":
      return `{"_tag":"Request","request":${message.request},"op":${writeOpJson(message.op)}}`
    case "Ping":
      return message.sessions === undefined ? `{"_tag":"Ping"}` : `{"_tag":"Ping","sessions":[${message.sessions.map((id) => `"${formatSessionId(id)}"`).join(",")}]}`
    case "Notification":
    case "FollowerInfo":
    case "LeaderInfo":
    case "AckEpoch":
    case "Diff":
    case "Trunc":
    case "Snap":
    case "NewLeader":
    case "AckNewLeader":
    case "UpToDate":
      return null
  }
}

// ---------------------------------------------------------------------------------------------------------
// The inverse, for the same hot messages: a peer reads every PROPOSAL, ACK, COMMIT and REQUEST through the
// Schema decoder otherwise, which was a fifth of a follower's CPU per write. Each reader takes exactly one
// shape (the keys the encoder above writes, in any order, no others, every value of its type) and builds
// the value the Schema decoder builds, fields in the schema's order; anything else (a rare message, a
// stray key, a zxid out of range) gives undefined and the caller decodes through the Schema, which then
// accepts or explains. So the fast path can only accept a subset of what the Schema accepts.

type Json = { readonly [key: string]: unknown }

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value)
const isInt = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value)
const isCount = (value: unknown): value is number => isInt(value) && value >= 0

/** The number of own keys of `value`, all of them among `allowed` (else -1). */
function keysWithin(value: Json, allowed: ReadonlyArray<string>): number {
  let n = 0
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue
    if (!allowed.includes(key)) return -1
    n += 1
  }
  return n
}

function zxidOf(value: unknown): number | undefined {
  return typeof value === "string" ? parseZxid(value) : undefined
}

function sessionOf(value: unknown): bigint | undefined {
  return typeof value === "string" ? parseSessionId(value) : undefined
}

function authOf(value: unknown): Array<AuthId> | undefined {
  if (!Array.isArray(value)) return undefined
  const out: Array<AuthId> = []
  for (const a of value) {
    if (!isObject(a) || keysWithin(a, ["scheme", "id"]) !== 2 || typeof a["scheme"] !== "string" || typeof a["id"] !== "string") return undefined
    out.push({ scheme: a["scheme"], id: a["id"] })
  }
  return out
}

function aclOf(value: unknown): Array<Acl> | undefined {
  if (!Array.isArray(value)) return undefined
  const out: Array<Acl> = []
  for (const a of value) {
    if (!isObject(a) || keysWithin(a, ["perms", "scheme", "id"]) !== 3 || !isInt(a["perms"]) || typeof a["scheme"] !== "string" || typeof a["id"] !== "string") return undefined
    out.push({ perms: a["perms"], scheme: a["scheme"], id: a["id"] })
  }
  return out
}

const CREATE_KEYS = ["_tag", "path", "data", "ephemeralOwner", "sequential", "acl", "auth"]

/** A Create, Delete, SetData, CreateSession or CloseSession op; undefined for the rest (Multi, SetACL). */
function writeOpOf(value: unknown): TxnOp | undefined {
  if (!isObject(value)) return undefined
  const auth = value["auth"] === undefined ? undefined : authOf(value["auth"])
  if (value["auth"] !== undefined && auth === undefined) return undefined
  const withAuth = auth === undefined ? 0 : 1
  switch (value["_tag"]) {
    case "Create": {
      const { path, data, ephemeralOwner, sequential, acl } = value
      if (typeof path !== "string" || typeof data !== "string") return undefined
      const owner = ephemeralOwner === undefined ? undefined : sessionOf(ephemeralOwner)
      const acls = acl === undefined ? undefined : aclOf(acl)
      if ((ephemeralOwner !== undefined && owner === undefined) || (sequential !== undefined && typeof sequential !== "boolean") || (acl !== undefined && acls === undefined)) return undefined
      const present = 3 + (owner === undefined ? 0 : 1) + (sequential === undefined ? 0 : 1) + (acls === undefined ? 0 : 1) + withAuth
      if (keysWithin(value, CREATE_KEYS) !== present) return undefined
      const op: { -readonly [K in keyof Extract<TxnOp, { _tag: "Create" }>]: Extract<TxnOp, { _tag: "Create" }>[K] } = { _tag: "Create", path, data }
      if (owner !== undefined) op.ephemeralOwner = owner
      if (sequential !== undefined) op.sequential = sequential
      if (acls !== undefined) op.acl = acls
      if (auth !== undefined) op.auth = auth
      return op
    }
    case "Delete": {
      const { path, version } = value
      if (typeof path !== "string" || !isInt(version) || keysWithin(value, ["_tag", "path", "version", "auth"]) !== 3 + withAuth) return undefined
      return auth === undefined ? { _tag: "Delete", path, version } : { _tag: "Delete", path, version, auth }
    }
    case "SetData": {
      const { path, data, version } = value
      if (typeof path !== "string" || typeof data !== "string" || !isInt(version) || keysWithin(value, ["_tag", "path", "data", "version", "auth"]) !== 4 + withAuth) return undefined
      return auth === undefined ? { _tag: "SetData", path, data, version } : { _tag: "SetData", path, data, version, auth }
    }
    case "CreateSession": {
      const session = sessionOf(value["session"])
      const timeoutMs = value["timeoutMs"]
      if (session === undefined || !isInt(timeoutMs) || keysWithin(value, ["_tag", "session", "timeoutMs"]) !== 3) return undefined
      return { _tag: "CreateSession", session, timeoutMs }
    }
    case "CloseSession": {
      const session = sessionOf(value["session"])
      if (session === undefined || keysWithin(value, ["_tag", "session"]) !== 2) return undefined
      return { _tag: "CloseSession", session }
    }
    default:
      return undefined
  }
}

function txnOf(value: unknown): Txn | undefined {
  if (!isObject(value)) return undefined
  const zxid = zxidOf(value["zxid"])
  const op = writeOpOf(value["op"])
  const { origin, request, time } = value
  if (zxid === undefined || op === undefined || !isInt(origin) || origin < 1 || !isCount(request)) return undefined
  if (time !== undefined && !isCount(time)) return undefined
  if (keysWithin(value, ["zxid", "op", "origin", "request", "time"]) !== (time === undefined ? 4 : 5)) return undefined
  return time === undefined ? { zxid, op, origin, request } : { zxid, op, origin, request, time }
}

/**
 * The hot message a parsed JSON value holds, exactly as the Message Schema would decode it; undefined when
 * it is anything else (decode that through the Schema).
 */
export function hotMessageOf(value: unknown): Message | undefined {
  if (!isObject(value)) return undefined
  switch (value["_tag"]) {
    case "Ack":
    case "Commit": {
      const zxid = zxidOf(value["zxid"])
      if (zxid === undefined || keysWithin(value, ["_tag", "zxid"]) !== 2) return undefined
      return { _tag: value["_tag"], zxid }
    }
    case "Proposal": {
      const txn = txnOf(value["txn"])
      if (txn === undefined || keysWithin(value, ["_tag", "txn"]) !== 2) return undefined
      return { _tag: "Proposal", txn }
    }
    case "Request": {
      const request = value["request"]
      const op = writeOpOf(value["op"])
      if (!isCount(request) || op === undefined || keysWithin(value, ["_tag", "request", "op"]) !== 3) return undefined
      return { _tag: "Request", request, op }
    }
    case "Ping": {
      const raw = value["sessions"]
      if (raw === undefined) return keysWithin(value, ["_tag"]) === 1 ? { _tag: "Ping" } : undefined
      if (!Array.isArray(raw) || keysWithin(value, ["_tag", "sessions"]) !== 2) return undefined
      const sessions: Array<bigint> = []
      for (const s of raw) {
        const id = sessionOf(s)
        if (id === undefined) return undefined
        sessions.push(id)
      }
      return { _tag: "Ping", sessions }
    }
    default:
      return undefined
  }
}
