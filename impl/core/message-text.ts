/**
 * How a person reads the peer's messages and client writes: one rendering, used by the simulator's step
 * texts, the trace tools (explain, view, validate) and the golden scenarios, so the same message reads the
 * same everywhere.
 */
import type { Message, ServerId, WriteOp } from "./types.js"
import { formatZxid } from "./zxid.js"

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
export function describeOp(op: WriteOp): string {
  switch (op._tag) {
    case "Create":
      return `create ${op.path}`
    case "Delete":
      return `delete ${op.path} v${op.version}`
    case "SetData":
      return `setData ${op.path} v${op.version}`
  }
}

/** Servers grouped by partition side, each group in braces: `{1,2} | {3}`. */
export function describeGroups(groups: ReadonlyArray<ReadonlyArray<ServerId>>): string {
  return groups.map((g) => `{${g.join(",")}}`).join(" | ")
}
