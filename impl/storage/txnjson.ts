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
import { formatSessionId } from "../core/session.js"
import type { Acl, AuthId, Message, Txn, TxnOp } from "../core/types.js"
import { formatZxid } from "../core/zxid.js"

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
