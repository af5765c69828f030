/**
 * Broadcast (ZAB phase 3): the established leader orders client writes.
 *
 * The leader assigns zxids (epoch, counter), logs each txn and sends PROPOSAL to every follower it has
 * synced or is syncing. Followers ACK only after the txn is durable. The leader COMMITs in zxid order once a
 * quorum has acked (its own ack counts once its append is durable), and every peer delivers committed txns
 * in zxid order exactly once. Before the counter would reach its last value the leader steps down so that a
 * new epoch starts (ZOOKEEPER-1277).
 */
import { assert } from "./assert.js"
import { flushFollowerAcks } from "./acks.js"
import { appendTxns, deliverUpTo } from "./log.js"
import { abandon } from "./roles.js"
import {
  type Following,
  type FollowingPeer,
  type Leading,
  type LeadingPeer,
  type Out,
  type PeerState,
  type QueuedRequest,
  bug,
  isLeading,
  lastLoggedZxid,
  observe,
  quorumSize,
  send,
} from "./state.js"
import type { PeerConfig, ServerId, Txn, TxnOp } from "./types.js"
import { type Zxid, counterOf, epochOf, formatZxid, makeZxid, maxCounter } from "./zxid.js"

export function onClientWrite(config: PeerConfig, state: PeerState, request: number, op: TxnOp, out: Out): PeerState {
  const role = state.role
  const accepts = role.kind === "leading" || (role.kind === "following" && role.phase === "broadcast")
  if (accepts && state.clientWrites.length < config.clientWritesMax) {
    // From here until delivery (or ConnectionLoss) the client waits on us.
    const clientWrites = [...state.clientWrites, request]
    if (isLeading(state)) return acceptRequest(config, { ...state, clientWrites }, { origin: config.myId, request, op }, out)
    if (role.kind === "following") {
      observe(out, "request-forwarded", `to ${role.leader}`)
      send(out, role.leader, { _tag: "Request", request, op })
      return { ...state, clientWrites }
    }
  }
  observe(out, "client-rejected", `${role.kind} in ${role.kind === "looking" ? "election" : role.phase}`)
  out.push({ _tag: "ClientReject", request, reason: "NotReady" })
  return state
}

export function onRequest(config: PeerConfig, state: LeadingPeer, from: ServerId, request: number, op: TxnOp, out: Out): PeerState {
  if (!state.role.learners.some((l) => l.id === from)) return state
  return acceptRequest(config, state, { origin: from, request, op }, out)
}

/** Refuse a write outright; our own client hears NotReady (a follower's client hears ConnectionLoss from it). */
function refuse<State extends PeerState>(config: PeerConfig, state: State, q: QueuedRequest, out: Out): State {
  if (q.origin !== config.myId) return state
  out.push({ _tag: "ClientReject", request: q.request, reason: "NotReady" })
  return { ...state, clientWrites: state.clientWrites.filter((r) => r !== q.request) }
}

function acceptRequest(config: PeerConfig, state: LeadingPeer, q: QueuedRequest, out: Out): PeerState {
  const role = state.role
  if (role.established) return propose(config, state, q, out)
  if (role.queued.length >= config.queuedRequestsMax) return refuse(config, state, q, out)
  observe(out, "proposal-queued-during-sync", `request ${q.request} from ${q.origin}`)
  return { ...state, role: { ...role, queued: [...role.queued, q] } }
}

/** Propose the writes that arrived while the epoch was being established, in arrival order. */
export function proposeQueued(config: PeerConfig, state: PeerState, out: Out): PeerState {
  let next = state
  for (;;) {
    if (!isLeading(next) || !next.role.established || next.role.queued.length === 0) return next
    const [first, ...rest] = next.role.queued
    next = propose(config, { ...next, role: { ...next.role, queued: rest } }, first!, out)
  }
}

function propose(config: PeerConfig, state: LeadingPeer, q: QueuedRequest, out: Out): PeerState {
  const role = state.role
  assert(role.established, "only an established leader proposes")
  const wraps = bug(config, "ZOOKEEPER-1277")
  if (role.nextCounter >= maxCounter(config.counterBits) && !wraps) {
    // ZOOKEEPER-1277: the counter is exhausted; a new epoch restarts it. The write is refused, not lost silently.
    return abandon(config, refuse(config, state, q, out), "zxid-rollover", `counter ${role.nextCounter} reached 2^${config.counterBits}-1 in epoch ${state.currentEpoch}`, out)
  }
  // ZOOKEEPER-1277 as re-injected: nothing stops the counter, which wraps within its configured width.
  const zxid = makeZxid(state.currentEpoch, wraps ? role.nextCounter & maxCounter(config.counterBits) : role.nextCounter)
  // ZooKeeper's leader stamps TxnHeader.time when it prepares the txn; here, the time of its last tick.
  const txn: Txn = state.clockMs > 0 ? { zxid, op: q.op, origin: q.origin, request: q.request, time: state.clockMs } : { zxid, op: q.op, origin: q.origin, request: q.request }
  const write = state.writes + 1
  out.push({ _tag: "Append", write, txn })
  out.push({ _tag: "Fsync", through: write })
  out.push({ _tag: "Proposed", txn })
  for (const l of role.learners) {
    if (l.stage === "syncing" || l.stage === "synced") send(out, l.id, { _tag: "Proposal", txn })
  }
  const next: Leading = {
    ...role,
    nextCounter: role.nextCounter + 1,
    outstanding: [...role.outstanding, { txn, write, acks: [] }],
  }
  return tryCommit(config, { ...state, log: state.log.append([txn]), writes: write, role: next }, out)
}

export function onAck(config: PeerConfig, state: LeadingPeer, from: ServerId, zxid: Zxid, out: Out): PeerState {
  const role = state.role
  const learner = role.learners.find((l) => l.id === from)
  if (learner !== undefined && learner.stage === "syncing" && bug(config, "ZOOKEEPER-4685")) {
    // ZooKeeper's LearnerHandler expected the NEWLEADER ack first ("Next packet was supposed to be an ACK").
    out.push({ _tag: "Disconnect", peer: from })
    return { ...state, role: { ...role, learners: role.learners.filter((l) => l.id !== from) } }
  }
  // Only a follower that acked NEWLEADER holds our epoch's history; its ACKs are the only ones that count.
  if (learner === undefined || learner.stage !== "synced") return state
  return addAck(config, state, from, zxid, out)
}

function addAck(config: PeerConfig, state: LeadingPeer, from: ServerId, zxid: Zxid, out: Out): PeerState {
  const role = state.role
  const index = role.outstanding.findIndex((p) => p.txn.zxid === zxid)
  if (index < 0) return state // already committed, or from a previous epoch
  const proposal = role.outstanding[index]!
  if (proposal.acks.includes(from)) return state
  const outstanding = role.outstanding.slice()
  outstanding[index] = { ...proposal, acks: [...proposal.acks, from] }
  return tryCommit(config, { ...state, role: { ...role, outstanding } }, out)
}

/** Count `from`'s ACK for every outstanding proposal up to `through`, in zxid order. */
export function ackOutstandingThrough(config: PeerConfig, state: LeadingPeer, from: ServerId, through: Zxid, out: Out): PeerState {
  let next: PeerState = state
  for (const p of state.role.outstanding) {
    if (p.txn.zxid > through) break
    if (!isLeading(next)) return next
    next = addAck(config, next, from, p.txn.zxid, out)
  }
  return next
}

/** The leader's own ACKs: every outstanding proposal whose append is now durable. */
export function leaderSelfAcks(config: PeerConfig, state: LeadingPeer, out: Out): PeerState {
  let next: PeerState = state
  for (const p of state.role.outstanding) {
    if (p.write > state.durableThrough) break
    if (p.acks.includes(config.myId)) continue
    if (!isLeading(next)) return next
    next = addAck(config, next, config.myId, p.txn.zxid, out)
  }
  return next
}

/** Commit, in zxid order, every outstanding proposal at the head of the queue that has a quorum of ACKs. */
function tryCommit(config: PeerConfig, state: LeadingPeer, out: Out): PeerState {
  const role = state.role
  const quorum = bug(config, "commit-without-quorum") ? 0 : quorumSize(config)
  let committed = 0
  let lastCommitted = role.lastCommitted
  for (const p of role.outstanding) {
    if (p.acks.length < quorum) break
    lastCommitted = p.txn.zxid
    committed += 1
    for (const l of role.learners) {
      if (l.stage === "syncing" || l.stage === "synced") send(out, l.id, { _tag: "Commit", zxid: lastCommitted })
    }
  }
  if (committed === 0) return state
  observe(out, "commit", formatZxid(lastCommitted))
  const next: Leading = { ...role, outstanding: role.outstanding.slice(committed), lastCommitted }
  return deliverUpTo(config, { ...state, role: next }, lastCommitted, out)
}

// ---------------------------------------------------------------------------------------------------------
// The follower's side.

export function onProposal(config: PeerConfig, state: FollowingPeer, txn: Txn, out: Out): PeerState {
  const role = state.role
  // Proposals come after the sync mode message (DIFF/TRUNC/SNAP), on the same connection.
  if (role.phase === "discovery" || (role.phase === "synchronization" && role.syncMode === null)) return state
  assert(role.newEpoch !== null, "a syncing follower knows its new epoch")
  const last = lastLoggedZxid(state)
  if (txn.zxid <= last) return state // a duplicate: we already hold it
  // A follower never takes a proposal from an epoch above the one it accepted.
  if (epochOf(txn.zxid) > role.newEpoch) return state
  // Nor one that skips a zxid: proposals of an epoch are numbered 1, 2, 3, ... and arrive in order on one
  // connection, so a gap means we missed one and our log would silently diverge (Zab.tla flags it too).
  const expected = epochOf(txn.zxid) === epochOf(last) ? counterOf(last) + 1 : 1
  if (counterOf(txn.zxid) !== expected && !bug(config, "ZOOKEEPER-1277")) {
    return abandon(config, state, "sync-trunc-mismatch", `PROPOSAL ${formatZxid(txn.zxid)} skips a zxid after ${formatZxid(last)}`, out)
  }
  if (role.phase === "synchronization" && defersSyncWrites(config, role)) {
    // ZOOKEEPER-3911 / -4643: the sync txns are only held in memory for now.
    const held: Following = { ...role, unwritten: [...role.unwritten, txn] }
    return { ...state, log: state.log.append([txn]), role: held }
  }
  // ZOOKEEPER-4685 as re-injected: like ZooKeeper's SyncRequestProcessor, every txn logged during the sync
  // is acked once durable, older-epoch ones too, and those ACKs may overtake the NEWLEADER ack.
  const ackAll = role.phase === "synchronization" && bug(config, "ZOOKEEPER-4685")
  return flushFollowerAcks(config, appendTxns(state, [txn], out, ackAll), out)
}

/** Under ZOOKEEPER-3911 sync txns are written at UPTODATE; under -4643 once the new currentEpoch is durable. */
function defersSyncWrites(config: PeerConfig, role: Following): boolean {
  if (bug(config, "ZOOKEEPER-3911")) return true
  return bug(config, "ZOOKEEPER-4643") && !role.ackNewLeaderSent
}

export function onCommit(config: PeerConfig, state: FollowingPeer, zxid: Zxid, out: Out): PeerState {
  const role = state.role
  if (role.phase === "discovery") return state
  if (zxid > lastLoggedZxid(state)) {
    return abandon(config, state, "sync-trunc-mismatch", `COMMIT ${formatZxid(zxid)} for a txn we never received`, out)
  }
  const commitPoint = Math.max(role.commitPoint, zxid)
  const following: Following = { ...role, commitPoint }
  const next: PeerState = { ...state, role: following }
  if (role.phase !== "broadcast") return next // delivered when UPTODATE arrives
  return deliverUpTo(config, next, commitPoint, out)
}
