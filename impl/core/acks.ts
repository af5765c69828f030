/**
 * A follower's acknowledgements, sent once what they promise is durable: ACKEPOCH, then the NEWLEADER ack,
 * then the ACKs of proposals.
 *
 * The durable-ACK rule: an acknowledgement tells the leader that something survives a crash (the accepted
 * epoch, the synced history with the new current epoch, a proposal), and the leader counts it towards a
 * quorum. So each goes out only once the storage write it promises is durable, which in practice means
 * while handling the FsyncDone that covers it (or at once, when nothing was left to write). The rule is
 * asserted at the one place each acknowledgement is sent. Some re-injected bugs break it on purpose, to show
 * that the harness catches the violations it causes; the assertion names the bug that may send each
 * acknowledgement early and holds for every other configuration.
 */
import { assert } from "./assert.js"
import { appendTxns } from "./log.js"
import { type FollowingPeer, type Out, bug, lastLoggedZxid, send } from "./state.js"
import type { Message, PeerConfig } from "./types.js"
import type { BugName } from "../bugs.js"

export type DurableAck = Extract<Message, { _tag: "AckEpoch" | "AckNewLeader" | "Ack" }>

/** The re-injected bug under which each acknowledgement goes out before its write is durable. */
const sentEarlyUnder = {
  AckEpoch: "ZOOKEEPER-2307",
  AckNewLeader: "ZOOKEEPER-4646",
  Ack: "ack-before-fsync",
} as const satisfies Record<DurableAck["_tag"], BugName>

/** The assertion's reasons, one constant per acknowledgement so that a passing check builds no string. */
const durableBecause = {
  AckEpoch: "ACKEPOCH promises the new acceptedEpoch survives a crash: it goes out only once that write is durable",
  AckNewLeader: "the NEWLEADER ack promises the synced history and the new currentEpoch survive a crash: it goes out only once they are durable",
  Ack: "an ACK promises the proposal survives a crash: it goes out only once its append is durable",
} as const satisfies Record<DurableAck["_tag"], string>

/**
 * Send `ack` to our leader, asserting that storage write `promisedWrite` (what the ack promises) is durable.
 * Exported for the test that shows the rule is enforced here, not only followed by the callers.
 */
export function sendDurableAck(config: PeerConfig, state: FollowingPeer, ack: DurableAck, promisedWrite: number, out: Out): void {
  assert(state.durableThrough >= promisedWrite || bug(config, sentEarlyUnder[ack._tag]), durableBecause[ack._tag])
  send(out, state.role.leader, ack)
}

/** Send ACKEPOCH once the new acceptedEpoch (everything written before LEADERINFO was taken) is durable. */
export function flushAckEpoch(config: PeerConfig, state: FollowingPeer, out: Out): FollowingPeer {
  const role = state.role
  if (role.ackEpochSent || role.newEpoch === null) return state
  // ZOOKEEPER-2307 as re-injected: the new acceptedEpoch is trusted once set in memory, before its file is
  // durable, so a crash can take back an epoch the leader was promised.
  if (state.durableThrough < role.ackEpochAfterWrite && !bug(config, "ZOOKEEPER-2307")) return state
  sendDurableAck(config, state, { _tag: "AckEpoch", currentEpoch: state.currentEpoch, lastZxid: lastLoggedZxid(state) }, role.ackEpochAfterWrite, out)
  return { ...state, role: { ...role, ackEpochSent: true } }
}

/** Send whatever acknowledgement has become durable: ACKEPOCH, then the NEWLEADER ack, then proposal ACKs. */
export function flushFollowerAcks(config: PeerConfig, state: FollowingPeer, out: Out): FollowingPeer {
  let next = state
  if (!next.role.ackEpochSent) {
    next = flushAckEpoch(config, next, out)
    if (!next.role.ackEpochSent) return next
  }
  // ZOOKEEPER-4685 as re-injected: proposal ACKs may overtake the NEWLEADER ack.
  const early = bug(config, "ZOOKEEPER-4685") && !next.role.ackNewLeaderSent
  if (next.role.newLeaderZxid === null && !early) return next
  // ZOOKEEPER-4646 as re-injected: the NEWLEADER ack goes out when the writes are issued, not durable.
  const ackable = next.durableThrough >= next.role.ackNewLeaderAfterWrite || bug(config, "ZOOKEEPER-4646")
  if (!next.role.ackNewLeaderSent && next.role.newLeaderZxid !== null && ackable) {
    // The ack also promises that every synced txn is in the log, not only held in memory for a later write.
    assert(
      next.role.unwritten.length === 0 || bug(config, "ZOOKEEPER-3911") || bug(config, "ZOOKEEPER-4643"),
      "the NEWLEADER ack promises the synced txns are logged: none may still be held only in memory",
    )
    sendDurableAck(config, next, { _tag: "AckNewLeader", epoch: next.currentEpoch }, next.role.ackNewLeaderAfterWrite, out)
    next = { ...next, role: { ...next.role, ackNewLeaderSent: true } }
    if (bug(config, "ZOOKEEPER-4643") && next.role.unwritten.length > 0) {
      // ZOOKEEPER-4643 as re-injected: only now, with currentEpoch on disk and the ack sent, do the synced
      // txns go to the log; a crash before their fsync leaves a high epoch over a short log.
      next = appendTxns(next, next.role.unwritten, out)
    }
  }
  if (!next.role.ackNewLeaderSent && !early) return next
  let acked = 0
  for (const pending of next.role.pendingAcks) {
    if (pending.write > next.durableThrough && !bug(config, "ack-before-fsync")) break
    sendDurableAck(config, next, { _tag: "Ack", zxid: pending.zxid }, pending.write, out)
    acked += 1
  }
  if (acked === 0) return next
  return { ...next, role: { ...next.role, pendingAcks: next.role.pendingAcks.slice(acked) } }
}
