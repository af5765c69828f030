/**
 * Discovery (ZAB phase 1): the leader learns the accepted epochs of a quorum and proposes a new epoch above
 * all of them; followers accept it durably and report their current epoch and last zxid.
 *
 * FOLLOWERINFO carries the follower's acceptedEpoch. The leader proposes newEpoch = max(acceptedEpochs of
 * a quorum, itself included) + 1 in LEADERINFO. A follower whose acceptedEpoch is higher refuses and looks
 * for another leader. ACKEPOCH goes out only after the new acceptedEpoch is durable. On a quorum of
 * ACKEPOCHs the leader adopts the epoch (currentEpoch) and starts synchronising its followers.
 */
import { assert } from "./assert.js"
import { flushAckEpoch } from "./acks.js"
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
  lastLoggedZxid,
  observe,
  quorumSize,
  roleChange,
  send,
} from "./state.js"
import { maybeEstablish, syncLearner } from "./synchronization.js"
import type { Message, PeerConfig, ServerId } from "./types.js"
import { MAX_EPOCH, epochOf, formatZxid } from "./zxid.js"

type FollowerInfo = Extract<Message, { _tag: "FollowerInfo" }>
type AckEpoch = Extract<Message, { _tag: "AckEpoch" }>

export function becomeFollower(config: PeerConfig, state: PeerState, leader: ServerId, out: Out): PeerState {
  const role: Following = {
    kind: "following",
    leader,
    phase: "discovery",
    phaseStartTick: state.ticks,
    lastHeardTick: state.ticks,
    newEpoch: null,
    ackEpochAfterWrite: 0,
    ackEpochSent: false,
    syncMode: null,
    newLeaderZxid: null,
    ackNewLeaderAfterWrite: 0,
    ackNewLeaderSent: false,
    commitPoint: state.lastDelivered,
    pendingAcks: [],
    unwritten: [],
  }
  const next: FollowingPeer = { ...state, role }
  roleChange(config, next, out)
  sendFollowerInfo(next, out)
  return next
}

/** Sent on joining and again on every tick until LEADERINFO arrives, like ZooKeeper's connect retries. */
export function sendFollowerInfo(state: FollowingPeer, out: Out): void {
  send(out, state.role.leader, { _tag: "FollowerInfo", acceptedEpoch: state.acceptedEpoch, lastZxid: lastLoggedZxid(state) })
}

export function becomeLeader(config: PeerConfig, state: PeerState, out: Out): PeerState {
  const role: Leading = {
    kind: "leading",
    phase: "discovery",
    phaseStartTick: state.ticks,
    learners: [],
    newEpoch: null,
    acceptedEpochWrite: 0,
    currentEpochWrite: 0,
    initialZxid: 0,
    established: false,
    nextCounter: 1,
    outstanding: [],
    lastCommitted: state.lastDelivered,
    queued: [],
  }
  const next: LeadingPeer = { ...state, role }
  roleChange(config, next, out)
  return maybeProposeEpoch(config, next, out)
}

/** Only a leader hears FOLLOWERINFO: peer.ts refuses the connection in any other role, as ZooKeeper's acceptor would. */
export function onFollowerInfo(config: PeerConfig, state: LeadingPeer, from: ServerId, m: FollowerInfo, out: Out): PeerState {
  const role = state.role
  // A retry of a FOLLOWERINFO we already hold: the first one is being answered on this same connection.
  if (role.learners.some((l) => l.id === from)) return state
  const learner: Learner = {
    id: from,
    stage: "info",
    acceptedEpoch: m.acceptedEpoch,
    currentEpoch: 0,
    lastZxid: m.lastZxid,
    lastHeardTick: state.ticks,
    upToDateSent: false,
    syncedThrough: 0,
  }
  if (role.newEpoch === null) {
    return maybeProposeEpoch(config, { ...state, role: replaceLearner(role, learner) }, out)
  }
  send(out, from, { _tag: "LeaderInfo", newEpoch: role.newEpoch })
  return { ...state, role: replaceLearner(role, { ...learner, stage: "epoch" }) }
}

/** ZooKeeper's getEpochToPropose: once a quorum (us included) has connected, propose max(acceptedEpoch) + 1. */
function maybeProposeEpoch(config: PeerConfig, state: LeadingPeer, out: Out): PeerState {
  const role = state.role
  if (role.newEpoch !== null) return state
  if (role.learners.length + 1 < quorumSize(config)) return state
  let newEpoch = state.acceptedEpoch
  for (const learner of role.learners) newEpoch = Math.max(newEpoch, learner.acceptedEpoch)
  newEpoch += 1
  const epochless = bug(config, "ZOOKEEPER-335")
  // ZOOKEEPER-335 as re-injected: no epoch files; the leader derives the epoch from its own last zxid.
  if (epochless) newEpoch = epochOf(lastLoggedZxid(state)) + 1
  assert(newEpoch <= MAX_EPOCH, "epoch space exhausted")
  const write = epochless ? 0 : state.writes + 1
  if (!epochless) {
    out.push({ _tag: "WriteAcceptedEpoch", write, epoch: newEpoch })
    out.push({ _tag: "Fsync", through: write })
  }
  observe(out, "discovery-epoch-proposed", `epoch ${newEpoch}`)
  const learners = role.learners.map((l) => {
    send(out, l.id, { _tag: "LeaderInfo", newEpoch })
    return { ...l, stage: "epoch" as const }
  })
  const next: Leading = { ...role, newEpoch, acceptedEpochWrite: write, learners }
  // Our vote now names the new epoch, so the votes we and our followers show a late joiner agree
  // (ZooKeeper's updateElectionVote, ZOOKEEPER-1732).
  // ZOOKEEPER-1732 as re-injected: the vote keeps the epoch of the election that made us leader.
  const vote = bug(config, "ZOOKEEPER-1732") ? state.vote : { ...state.vote, epoch: newEpoch }
  return maybeStartSync(config, { ...state, acceptedEpoch: newEpoch, writes: Math.max(write, state.writes), vote, role: next }, out)
}

export function onLeaderInfo(config: PeerConfig, state: FollowingPeer, newEpoch: number, out: Out): PeerState {
  const role = state.role
  if (role.phase !== "discovery" || role.newEpoch !== null) return state
  const epochless = bug(config, "ZOOKEEPER-335")
  if (newEpoch < state.acceptedEpoch && !epochless) {
    return abandon(config, state, "discovery-refused-stale-epoch", `leader ${role.leader} proposed ${newEpoch} < acceptedEpoch ${state.acceptedEpoch}`, out)
  }
  let next: FollowingPeer = state
  if (epochless) {
    next = { ...state, acceptedEpoch: newEpoch }
  } else if (newEpoch > state.acceptedEpoch) {
    const write = state.writes + 1
    out.push({ _tag: "WriteAcceptedEpoch", write, epoch: newEpoch })
    out.push({ _tag: "Fsync", through: write })
    next = { ...state, acceptedEpoch: newEpoch, writes: write }
  }
  // ACKEPOCH waits until everything written so far (the new acceptedEpoch above all) is durable.
  const following: Following = { ...role, phase: "synchronization", newEpoch, ackEpochAfterWrite: next.writes }
  // ZOOKEEPER-1732 as re-injected: the vote keeps the epoch of the election in which we chose this leader.
  const synchronizing: FollowingPeer = { ...next, vote: bug(config, "ZOOKEEPER-1732") ? next.vote : { ...next.vote, epoch: newEpoch }, role: following }
  roleChange(config, synchronizing, out)
  return flushAckEpoch(config, synchronizing, out)
}

export function onAckEpoch(config: PeerConfig, state: LeadingPeer, from: ServerId, m: AckEpoch, out: Out): PeerState {
  const role = state.role
  const learner = role.learners.find((l) => l.id === from)
  if (learner === undefined || learner.stage !== "epoch") return state
  if (role.phase === "discovery") {
    // ZooKeeper's waitForEpochAck: a follower more recent than the leader means this election chose wrongly.
    const mine = lastLoggedZxid(state)
    if (m.currentEpoch > state.currentEpoch || (m.currentEpoch === state.currentEpoch && m.lastZxid > mine)) {
      return abandon(
        config,
        state,
        "discovery-follower-ahead",
        `follower ${from} (epoch ${m.currentEpoch}, ${formatZxid(m.lastZxid)}) is ahead of leader (epoch ${state.currentEpoch}, ${formatZxid(mine)})`,
        out,
      )
    }
  }
  const acked: Learner = { ...learner, stage: "acked-epoch", currentEpoch: m.currentEpoch, lastZxid: m.lastZxid, lastHeardTick: state.ticks }
  const next: Leading = replaceLearner(role, acked)
  if (role.phase === "discovery") return maybeStartSync(config, { ...state, role: next }, out)
  return syncLearner(config, { ...state, role: next }, acked, out)
}

/** On a quorum of ACKEPOCHs (ours counts once our acceptedEpoch is durable) adopt the epoch and sync everyone. */
export function maybeStartSync(config: PeerConfig, state: LeadingPeer, out: Out): PeerState {
  const role = state.role
  if (role.phase !== "discovery" || role.newEpoch === null) return state
  const selfAcked = state.durableThrough >= role.acceptedEpochWrite ? 1 : 0
  const acked = role.learners.filter((l) => l.stage === "acked-epoch").length
  if (acked + selfAcked < quorumSize(config) || selfAcked === 0) return state
  const epoch = role.newEpoch
  const epochless = bug(config, "ZOOKEEPER-335")
  const write = epochless ? 0 : state.writes + 1
  if (!epochless) {
    out.push({ _tag: "WriteCurrentEpoch", write, epoch })
    out.push({ _tag: "Fsync", through: write })
  }
  const synchronizing: Leading = {
    ...role,
    phase: "synchronization",
    phaseStartTick: state.ticks,
    currentEpochWrite: write,
    initialZxid: lastLoggedZxid(state),
    nextCounter: 1,
  }
  let next: LeadingPeer = { ...state, currentEpoch: epoch, writes: Math.max(write, state.writes), role: synchronizing }
  roleChange(config, next, out)
  for (const learner of synchronizing.learners) {
    if (learner.stage !== "acked-epoch") continue
    next = syncLearner(config, next, learner, out)
  }
  return maybeEstablish(config, next, out)
}
