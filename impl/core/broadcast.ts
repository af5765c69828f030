/**
 * Broadcast (ZAB phase 3): the established leader orders client writes.
 *
 * The leader assigns zxids (epoch, counter), logs each txn and sends PROPOSAL to every follower it has
 * synced or is syncing. Followers ACK only after the txn is durable. The leader COMMITs in zxid order once a
 * quorum has acked (its own ack counts once its append is durable), and every peer delivers committed txns
 * in zxid order exactly once. Before the counter would reach its last value the leader steps down so that a
 * new epoch starts (ZOOKEEPER-1277).
 */
import { abandon } from "./discovery.js"
import { type Following, type Leading, type Out, type PeerState, type QueuedRequest, bug, limits, lastLoggedZxid, observe, quorumSize, send } from "./state.js"
import { flushFollowerAcks } from "./synchronization.js"
import type { PeerConfig, ServerId, Txn, WriteOp } from "./types.js"
import { type Zxid, counterOf, epochOf, formatZxid, makeZxid, maxCounter } from "./zxid.js"
import { assert } from "./assert.js"

/** The index of the first txn of a zxid-ordered log above `zxid` (binary search: logs can be long). */
export function firstAbove(log: ReadonlyArray<Txn>, zxid: Zxid): number {
  let lo = 0
  let hi = log.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (log[mid]!.zxid <= zxid) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Deliver, in zxid order, every logged txn up to `target`, taking a snapshot every snapCountTxns. */
export function deliverUpTo(config: PeerConfig, state: PeerState, target: Zxid, out: Out): PeerState {
  if (target <= state.lastDelivered) return state
  let lastDelivered = state.lastDelivered
  let since = state.deliveredSinceSnapshot
  const log = state.log
  let clientWrites = state.clientWrites
  for (let i = firstAbove(log, lastDelivered); i < log.length; i++) {
    const txn = log[i]!
    if (txn.zxid > target) break
    out.push({ _tag: "Deliver", txn })
    // Delivery answers our own client (the runtime replies with the result): it no longer waits on us.
    if (txn.origin === state.myId && clientWrites.length > 0) clientWrites = clientWrites.filter((r) => r !== txn.request)
    lastDelivered = txn.zxid
    since += 1
  }
  if (since >= config.snapCountTxns) {
    // The snapshot covers everything delivered; the log keeps only what follows it.
    out.push({ _tag: "TakeSnapshot", zxid: lastDelivered })
    observe(out, "snapshot-taken", formatZxid(lastDelivered))
    return { ...state, lastDelivered, deliveredSinceSnapshot: 0, log: log.slice(firstAbove(log, lastDelivered)), logBase: lastDelivered, clientWrites }
  }
  return { ...state, lastDelivered, deliveredSinceSnapshot: since, clientWrites }
}

export function onClientWrite(config: PeerConfig, state: PeerState, request: number, op: WriteOp, out: Out): PeerState {
  const role = state.role
  const accepts = role.kind === "leading" || (role.kind === "following" && role.phase === "broadcast")
  if (accepts && state.clientWrites.length < limits.clientWritesMax) {
    // From here until delivery (or ConnectionLoss) the client waits on us.
    const tracked: PeerState = { ...state, clientWrites: [...state.clientWrites, request] }
    if (role.kind === "leading") return acceptRequest(config, tracked, role, { origin: config.myId, request, op }, out)
    if (role.kind === "following") {
      observe(out, "request-forwarded", `to ${role.leader}`)
      send(out, role.leader, { _tag: "Request", request, op })
      return tracked
    }
  }
  observe(out, "client-rejected", `${role.kind} in ${role.kind === "looking" ? "election" : role.phase}`)
  out.push({ _tag: "ClientReject", request, reason: "NotReady" })
  return state
}

export function onRequest(config: PeerConfig, state: PeerState, from: ServerId, request: number, op: WriteOp, out: Out): PeerState {
  const role = state.role
  if (role.kind !== "leading" || !role.learners.some((l) => l.id === from)) return state
  return acceptRequest(config, state, role, { origin: from, request, op }, out)
}

/** Refuse a write outright; our own client hears NotReady (a follower's client hears ConnectionLoss from it). */
function refuse(config: PeerConfig, state: PeerState, q: QueuedRequest, out: Out): PeerState {
  if (q.origin !== config.myId) return state
  out.push({ _tag: "ClientReject", request: q.request, reason: "NotReady" })
  return { ...state, clientWrites: state.clientWrites.filter((r) => r !== q.request) }
}

function acceptRequest(config: PeerConfig, state: PeerState, role: Leading, q: QueuedRequest, out: Out): PeerState {
  if (role.established) return propose(config, state, role, q, out)
  if (role.queued.length >= limits.queuedRequestsMax) return refuse(config, state, q, out)
  observe(out, "proposal-queued-during-sync", `request ${q.request} from ${q.origin}`)
  return { ...state, role: { ...role, queued: [...role.queued, q] } }
}

/** Propose the writes that arrived while the epoch was being established, in arrival order. */
export function proposeQueued(config: PeerConfig, state: PeerState, out: Out): PeerState {
  let next = state
  for (;;) {
    const role = next.role
    if (role.kind !== "leading" || !role.established || role.queued.length === 0) return next
    const [first, ...rest] = role.queued
    next = propose(config, { ...next, role: { ...role, queued: rest } }, { ...role, queued: rest }, first!, out)
  }
}

function propose(config: PeerConfig, state: PeerState, role: Leading, q: QueuedRequest, out: Out): PeerState {
  assert(role.established, "only an established leader proposes")
  const wraps = bug(config, "ZOOKEEPER-1277")
  if (role.nextCounter >= maxCounter(config.counterBits) && !wraps) {
    // ZOOKEEPER-1277: the counter is exhausted; a new epoch restarts it. The write is refused, not lost silently.
    return abandon(config, refuse(config, state, q, out), "zxid-rollover", `counter ${role.nextCounter} reached 2^${config.counterBits}-1 in epoch ${state.currentEpoch}`, out)
  }
  // ZOOKEEPER-1277 as re-injected: nothing stops the counter, which wraps within its configured width.
  const zxid = makeZxid(state.currentEpoch, wraps ? role.nextCounter & maxCounter(config.counterBits) : role.nextCounter)
  const txn: Txn = { zxid, op: q.op, origin: q.origin, request: q.request }
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
  const withTxn: PeerState = { ...state, log: [...state.log, txn], writes: write, role: next }
  return tryCommit(config, withTxn, next, out)
}

export function onAck(config: PeerConfig, state: PeerState, from: ServerId, zxid: Zxid, out: Out): PeerState {
  const role = state.role
  if (role.kind !== "leading") return state
  const learner = role.learners.find((l) => l.id === from)
  if (learner !== undefined && learner.stage === "syncing" && bug(config, "ZOOKEEPER-4685")) {
    // ZooKeeper's LearnerHandler expected the NEWLEADER ack first ("Next packet was supposed to be an ACK").
    out.push({ _tag: "Disconnect", peer: from })
    return { ...state, role: { ...role, learners: role.learners.filter((l) => l.id !== from) } }
  }
  // Only a follower that acked NEWLEADER holds our epoch's history; its ACKs are the only ones that count.
  if (learner === undefined || learner.stage !== "synced") return state
  return addAck(config, state, role, from, zxid, out)
}

function addAck(config: PeerConfig, state: PeerState, role: Leading, from: ServerId, zxid: Zxid, out: Out): PeerState {
  const index = role.outstanding.findIndex((p) => p.txn.zxid === zxid)
  if (index < 0) return state // already committed, or from a previous epoch
  const proposal = role.outstanding[index]!
  if (proposal.acks.includes(from)) return state
  const outstanding = role.outstanding.slice()
  outstanding[index] = { ...proposal, acks: [...proposal.acks, from] }
  const next: Leading = { ...role, outstanding }
  return tryCommit(config, { ...state, role: next }, next, out)
}

/** Count `from`'s ACK for every outstanding proposal up to `through`, in zxid order. */
export function ackOutstandingThrough(config: PeerConfig, state: PeerState, role: Leading, from: ServerId, through: Zxid, out: Out): PeerState {
  let next = state
  let current = role
  for (const p of role.outstanding) {
    if (p.txn.zxid > through) break
    next = addAck(config, next, current, from, p.txn.zxid, out)
    if (next.role.kind !== "leading") return next
    current = next.role
  }
  return next
}

/** The leader's own ACKs: every outstanding proposal whose append is now durable. */
export function leaderSelfAcks(config: PeerConfig, state: PeerState, role: Leading, out: Out): PeerState {
  let next = state
  let current = role
  for (const p of role.outstanding) {
    if (p.write > state.durableThrough) break
    if (p.acks.includes(config.myId)) continue
    next = addAck(config, next, current, config.myId, p.txn.zxid, out)
    if (next.role.kind !== "leading") return next
    current = next.role
  }
  return next
}

/** Commit, in zxid order, every outstanding proposal at the head of the queue that has a quorum of ACKs. */
function tryCommit(config: PeerConfig, state: PeerState, role: Leading, out: Out): PeerState {
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

export function onProposal(config: PeerConfig, state: PeerState, role: Following, txn: Txn, out: Out): PeerState {
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
    return { ...state, log: [...state.log, txn], role: held }
  }
  // ZOOKEEPER-4685 as re-injected: like ZooKeeper's SyncRequestProcessor, every txn logged during the sync
  // is acked once durable, older-epoch ones too, and those ACKs may overtake the NEWLEADER ack.
  const ackAll = role.phase === "synchronization" && bug(config, "ZOOKEEPER-4685")
  const next = appendTxns(state, role, [txn], out, ackAll)
  return flushFollowerAcks(config, next, next.role as Following, out)
}

/** Under ZOOKEEPER-3911 sync txns are written at UPTODATE; under -4643 once the new currentEpoch is durable. */
function defersSyncWrites(config: PeerConfig, role: Following): boolean {
  if (bug(config, "ZOOKEEPER-3911")) return true
  return bug(config, "ZOOKEEPER-4643") && !role.ackNewLeaderSent
}

/**
 * Write txns the follower already holds in memory (or is taking now) to its log, each with an fsync request.
 * Txns of the new epoch are acked one by one once durable; older ones are covered by the NEWLEADER ack.
 */
export function appendTxns(state: PeerState, role: Following, txns: ReadonlyArray<Txn>, out: Out, ackAll = false): PeerState {
  let writes = state.writes
  const pendingAcks = role.pendingAcks.slice()
  for (const txn of txns) {
    writes += 1
    out.push({ _tag: "Append", write: writes, txn })
    out.push({ _tag: "Fsync", through: writes })
    if (epochOf(txn.zxid) === role.newEpoch || ackAll) pendingAcks.push({ zxid: txn.zxid, write: writes })
  }
  if (role.unwritten.length === 0) return { ...state, log: [...state.log, ...txns], writes, role: { ...role, pendingAcks } }
  // Held txns are in the in-memory log already; only fresh ones join it.
  const held = new Set(role.unwritten)
  const fresh = txns.filter((t) => !held.has(t))
  const written = new Set(txns)
  const unwritten = role.unwritten.filter((t) => !written.has(t))
  return { ...state, log: fresh.length === 0 ? state.log : [...state.log, ...fresh], writes, role: { ...role, pendingAcks, unwritten } }
}

export function onCommit(config: PeerConfig, state: PeerState, role: Following, zxid: Zxid, out: Out): PeerState {
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
