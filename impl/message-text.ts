/**
 * How a person reads the peer's messages and client writes: one rendering, used by the simulator's step
 * texts, the trace tools (explain, view, validate) and the golden scenarios, so the same message reads the
 * same everywhere.
 */
import { formatSessionId } from "./core/session.js"
import type { Message, MultiOp, ServerId, TxnOp } from "./core/types.js"
import { formatZxid } from "./core/zxid.js"

/** A message as one short line: its ZooKeeper packet name and the fields that tell it apart. */
export function describeMessage(message: Message): string {
  switch (message._tag) {
    case "Notification":
      return `Notification(vote ${message.leader} ${formatZxid(message.zxid)} e${message.peerEpoch} round ${message.round} ${message.state})`
    case "FollowerInfo":
      return `FollowerInfo(acceptedEpoch ${message.acceptedEpoch}, ${formatZxid(message.lastZxid)})`
    case "LeaderInfo":
      return `LeaderInfo(epoch ${message.newEpoch})`
    case "AckEpoch":
      return `AckEpoch(currentEpoch ${message.currentEpoch}, ${formatZxid(message.lastZxid)})`
    case "Diff":
    case "Trunc":
    case "Ack":
    case "Commit":
      return `${message._tag} ${formatZxid(message.zxid)}`
    case "Snap":
      return `Snap ${formatZxid(message.zxid)}`
    case "NewLeader":
      return `NewLeader(epoch ${message.epoch}, ${formatZxid(message.zxid)})`
    case "AckNewLeader":
      return `AckNewLeader(epoch ${message.epoch})`
    case "Proposal":
      return `Proposal ${formatZxid(message.txn.zxid)}`
    case "Request":
      return `Request #${message.request}`
    case "UpToDate":
    case "Ping":
      return message._tag
  }
}

/** A client write as the step texts name it. */
export function describeOp(op: TxnOp): string {
  switch (op._tag) {
    case "Create":
      return `create ${op.path}${createMode(op)}`
    case "Delete":
      return `delete ${op.path} v${op.version}`
    case "SetData":
      return `setData ${op.path} v${op.version}`
    case "Multi":
      return `multi [${op.ops.map(describeMultiOp).join("; ")}]`
    case "SetACL":
      return `setACL ${op.path} av${op.version}`
    case "CreateSession":
      return `createSession ${formatSessionId(op.session)} ${op.timeoutMs}ms`
    case "CloseSession":
      return `closeSession ${formatSessionId(op.session)}`
  }
}

function describeMultiOp(op: MultiOp): string {
  return op._tag === "Check" ? `check ${op.path} v${op.version}` : describeOp(op)
}

/** " ephemeral of 0x..", " sequential", both, or nothing for a persistent create. */
function createMode(op: Extract<TxnOp, { _tag: "Create" }>): string {
  const ephemeral = op.ephemeralOwner === undefined ? "" : ` ephemeral of ${formatSessionId(op.ephemeralOwner)}`
  return ephemeral + (op.sequential === true ? " sequential" : "")
}

/**
 * A txn's op with every field that tells two proposals apart, for the invariants' view of a txn (the three
 * original kinds read as they always have: `Create /a v1`, `SetData /a v2@1`, `Delete /a @-1`).
 */
export function opValueText(op: TxnOp): string {
  switch (op._tag) {
    case "Create":
      return `Create ${op.path} ${op.data}${createMode(op)}`
    case "SetData":
      return `SetData ${op.path} ${op.data}@${op.version}`
    case "Delete":
      return `Delete ${op.path} @${op.version}`
    case "Multi":
      return `Multi [${op.ops.map((o) => (o._tag === "Check" ? `Check ${o.path} @${o.version}` : opValueText(o))).join("; ")}]`
    case "SetACL":
      return `SetACL ${op.path} ${op.acl.map((a) => `${a.scheme}:${a.id}:${a.perms}`).join(",")}@${op.version}`
    case "CreateSession":
      return `CreateSession ${formatSessionId(op.session)} ${op.timeoutMs}`
    case "CloseSession":
      return `CloseSession ${formatSessionId(op.session)}`
  }
}

/** Servers grouped by partition side, each group in braces: `{1,2} | {3}`. */
export function describeGroups(groups: ReadonlyArray<ReadonlyArray<ServerId>>): string {
  return groups.map((g) => `{${g.join(",")}}`).join(" | ")
}
