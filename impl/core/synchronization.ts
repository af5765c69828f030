/**
 * Synchronisation (ZAB phase 2): every follower ends up with the leader's history before the epoch starts.
 *
 * Per follower the leader picks, from the follower's last zxid and its own history:
 * - DIFF when the follower's last zxid is in the leader's log (or is its snapshot base): send what follows;
 * - TRUNC (+ DIFF) when the follower has txns the leader never had: cut back to the last zxid they share;
 * - SNAP when the follower is behind the leader's snapshot base: send the data tree, then the rest.
 * Then NEWLEADER. The follower persists the txns, adopts the epoch durably (currentEpoch), and acks. A
 * quorum of acks (the leader's own counts once its currentEpoch is durable) establishes the leader: its
 * initial history is committed and UPTODATE goes out. Proposals that arrive meanwhile are queued, not lost.
 */
import { flushFollowerAcks } from "./acks.js"
import { ackOutstandingThrough, proposeQueued } from "./broadcast.js"
import { appendTxns, deliverUpTo } from "./log.js"
import { abandon, replaceLearner } from "./roles.js"
import {
  type Following,
  type FollowingPeer,
  type Leading,
  type LeadingPeer,
  type Learner,
  type Out,
  type PeerState,
  bug,
  isLeading,
  lastLoggedZxid,
  observe,
  quorumSize,
  roleChange,
  send,
} from "./state.js"
import { TxnLog } from "./txn-log.js"
import type { Message, PeerConfig, ServerId } from "./types.js"
import { type Zxid, epochOf, formatZxid } from "./zxid.js"

/** Has the leader got a txn with exactly this zxid (or is it the base its log follows)? */
function holds(state: PeerState, zxid: Zxid): boolean {
  if (zxid === state.logBase) return true
  for (const txn of state.log) {
    if (txn.zxid === zxid) return true
    if (txn.zxid > zxid) return false
  }
  return false
}

/** The largest zxid the leader holds below `zxid`: where a diverged follower must truncate to. */
function lastHeldBelow(state: PeerState, zxid: Zxid): Zxid {
  let best = state.logBase
  for (const txn of state.log) {
    if (txn.zxid >= zxid) break
    best = txn.zxid
  }
  return best
}

export function syncLearner(config: PeerConfig, state: LeadingPeer, learner: Learner, out: Out): LeadingPeer {
  const role = state.role
  const to = learner.id
  const peerLast = learner.lastZxid
  const last = lastLoggedZxid(state)
  let from: Zxid
  if (peerLast === last) {
    send(out, to, { _tag: "Diff", zxid: last })
    from = last
    observe(out, "sync-diff", `to ${to} from ${formatZxid(from)} (up to date)`)
  } else if (peerLast > last) {
    send(out, to, { _tag: "Trunc", zxid: last })
    from = last
    observe(out, "sync-trunc", `to ${to} back to ${formatZxid(from)}`)
  } else if (peerLast >= state.logBase) {
    // ZOOKEEPER-1154 as re-injected: a last zxid inside the log's range is taken to be in the log.
    if (holds(state, peerLast) || bug(config, "ZOOKEEPER-1154")) {
      send(out, to, { _tag: "Diff", zxid: peerLast })
      from = peerLast
      observe(out, "sync-diff", `to ${to} from ${formatZxid(from)}`)
    } else {
      from = lastHeldBelow(state, peerLast)
      send(out, to, { _tag: "Trunc", zxid: from })
      observe(out, "sync-trunc", `to ${to} back to ${formatZxid(from)} (it had ${formatZxid(peerLast)})`)
    }
  } else {
    // The follower is behind our snapshot base: the txns it lacks are no longer in our log.
    out.push({ _tag: "SendSnapshot", to, zxid: state.lastDelivered })
    from = state.lastDelivered
    observe(out, "sync-snap", `to ${to} at ${formatZxid(from)}`)
  }
  for (const txn of state.log) if (txn.zxid > from) send(out, to, { _tag: "Proposal", txn })
  if (role.established && role.lastCommitted > role.initialZxid) send(out, to, { _tag: "Commit", zxid: role.lastCommitted })
  send(out, to, { _tag: "NewLeader", epoch: state.currentEpoch, zxid: role.initialZxid })
  if (role.established) observe(out, "sync-late-joiner", `follower ${to}`)
  const next = replaceLearner(role, { ...learner, stage: "syncing", lastHeardTick: state.ticks, syncedThrough: last })
  return { ...state, role: next }
}

export function onAckNewLeader(config: PeerConfig, state: LeadingPeer, from: ServerId, epoch: number, out: Out): PeerState {
  const role = state.role
  const learner = role.learners.find((l) => l.id === from)
  if (learner === undefined || learner.stage !== "syncing" || epoch !== state.currentEpoch) return state
  let synced: Learner = { ...learner, stage: "synced", lastHeardTick: state.ticks }
  if (role.established) {
    send(out, from, { _tag: "UpToDate" })
    synced = { ...synced, upToDateSent: true }
  }
  const after = maybeEstablish(config, { ...state, role: replaceLearner(role, synced) }, out)
  // Outstanding proposals the follower already held when it synced (an empty DIFF re-sends nothing) are
  // acked by its NEWLEADER ack: it goes out only once everything the follower logged is durable.
  if (!isLeading(after)) return after
  return ackOutstandingThrough(config, after, from, learner.syncedThrough, out)
}

/** A quorum acked NEWLEADER: the epoch is ours, the initial history is committed, followers may serve. */
export function maybeEstablish(config: PeerConfig, state: LeadingPeer, out: Out): PeerState {
  const role = state.role
  if (role.established || role.phase !== "synchronization") return state
  if (state.durableThrough < role.currentEpochWrite) return state
  const synced = role.learners.filter((l) => l.stage === "synced")
  if (synced.length + 1 < quorumSize(config)) return state
  out.push({ _tag: "Established", epoch: state.currentEpoch })
  observe(out, "established", `epoch ${state.currentEpoch} with ${synced.map((l) => l.id).join(",")}`)
  const learners = role.learners.map((l) => {
    if (l.stage !== "synced") return l
    send(out, l.id, { _tag: "UpToDate" })
    return { ...l, upToDateSent: true }
  })
  const established: Leading = { ...role, established: true, phase: "broadcast", learners, lastCommitted: role.initialZxid }
  let next: PeerState = { ...state, role: established }
  roleChange(config, next, out)
  next = deliverUpTo(config, next, role.initialZxid, out)
  return proposeQueued(config, next, out)
}

// ---------------------------------------------------------------------------------------------------------
// The follower's side.

type SyncMessage = Extract<Message, { _tag: "Diff" | "Trunc" | "Snap" | "NewLeader" | "UpToDate" }>

export function onSyncMessage(config: PeerConfig, state: FollowingPeer, m: SyncMessage, out: Out): PeerState {
  // Sync messages only make sense after ACKEPOCH and before UPTODATE; anything else is a confused leader.
  if (state.role.phase !== "synchronization" || !state.role.ackEpochSent) return state
  switch (m._tag) {
    case "Diff":
      return onDiff(config, state, m.zxid, out)
    case "Trunc":
      return onTrunc(config, state, m.zxid, out)
    case "Snap":
      return onSnap(config, state, m.zxid, m.tree, out)
    case "NewLeader":
      return onNewLeader(config, state, m.epoch, m.zxid, out)
    case "UpToDate":
      return onUpToDate(config, state, out)
  }
}

function onDiff(config: PeerConfig, state: FollowingPeer, zxid: Zxid, out: Out): PeerState {
  const role = state.role
  if (role.syncMode !== null) return state
  if (lastLoggedZxid(state) !== zxid) {
    return abandon(config, state, "sync-trunc-mismatch", `DIFF from ${formatZxid(zxid)} but last logged is ${formatZxid(lastLoggedZxid(state))}`, out)
  }
  return { ...state, role: { ...role, syncMode: "diff" } }
}

function onTrunc(config: PeerConfig, state: FollowingPeer, zxid: Zxid, out: Out): PeerState {
  const role = state.role
  if (role.syncMode !== null) return state
  // We can only cut the log back to a txn we hold, and never below what the data tree already reflects.
  if (zxid < state.lastDelivered || !(zxid === state.logBase || state.log.some((t) => t.zxid === zxid))) {
    return abandon(config, state, "sync-trunc-mismatch", `TRUNC to ${formatZxid(zxid)}: not a txn we hold above ${formatZxid(state.lastDelivered)}`, out)
  }
  const write = state.writes + 1
  out.push({ _tag: "Truncate", write, zxid })
  out.push({ _tag: "Fsync", through: write })
  const log = state.log.filter((t) => t.zxid <= zxid)
  return { ...state, log, writes: write, role: { ...role, syncMode: "trunc" } }
}

function onSnap(config: PeerConfig, state: FollowingPeer, zxid: Zxid, tree: string, out: Out): PeerState {
  const role = state.role
  if (role.syncMode !== null) return state
  if (zxid < state.lastDelivered) {
    return abandon(config, state, "sync-trunc-mismatch", `SNAP at ${formatZxid(zxid)} is behind our data tree at ${formatZxid(state.lastDelivered)}`, out)
  }
  const write = state.writes + 1
  out.push({ _tag: "InstallSnapshot", write, zxid, tree })
  out.push({ _tag: "Fsync", through: write })
  return {
    ...state,
    log: TxnLog.empty(),
    logBase: zxid,
    lastDelivered: zxid,
    deliveredSinceSnapshot: 0,
    writes: write,
    role: { ...role, syncMode: "snap", commitPoint: Math.max(role.commitPoint, zxid) },
  }
}

function onNewLeader(config: PeerConfig, state: FollowingPeer, epoch: number, zxid: Zxid, out: Out): PeerState {
  const role = state.role
  if (role.syncMode === null || role.newLeaderZxid !== null) return state
  if ((epoch !== state.acceptedEpoch || epoch !== role.newEpoch) && !bug(config, "ZOOKEEPER-335")) {
    return abandon(config, state, "discovery-refused-stale-epoch", `NEWLEADER epoch ${epoch} but acceptedEpoch ${state.acceptedEpoch}`, out)
  }
  // The initial history must now end in our log (or lie inside the snapshot a SNAP gave us).
  if (!(zxid <= state.logBase || state.log.some((t) => t.zxid === zxid)) || epochOf(zxid) >= epoch) {
    return abandon(config, state, "sync-trunc-mismatch", `NEWLEADER names ${formatZxid(zxid)}, which the sync did not give us`, out)
  }
  // Order matters (ZOOKEEPER-4643): the synced txns were appended first; the epoch write comes after them,
  // and the ack waits until both are durable. ZOOKEEPER-335 had no epoch file at all.
  let next: FollowingPeer = { ...state, currentEpoch: epoch }
  if (!bug(config, "ZOOKEEPER-335")) {
    const write = state.writes + 1
    out.push({ _tag: "WriteCurrentEpoch", write, epoch })
    out.push({ _tag: "Fsync", through: write })
    next = { ...next, writes: write }
  }
  // ZOOKEEPER-4643 as re-injected: the synced txns are still held in memory; they are written only once the
  // new currentEpoch is durable, and the ack waits for the epoch alone (flushFollowerAcks).
  const following: Following = { ...role, newLeaderZxid: zxid, ackNewLeaderAfterWrite: next.writes }
  return flushFollowerAcks(config, { ...next, role: following }, out)
}

function onUpToDate(config: PeerConfig, state: FollowingPeer, out: Out): PeerState {
  const role = state.role
  if (role.newLeaderZxid === null) return state
  const commitPoint = Math.max(role.commitPoint, role.newLeaderZxid)
  let next: FollowingPeer = { ...state, role: { ...role, phase: "broadcast", commitPoint } }
  if (role.unwritten.length > 0) {
    // ZOOKEEPER-3911 as re-injected: the sync txns reach the log only now, after the NEWLEADER ack.
    next = appendTxns(next, role.unwritten, out)
    next = flushFollowerAcks(config, next, out)
  }
  roleChange(config, next, out)
  return deliverUpTo(config, next, commitPoint, out)
}
