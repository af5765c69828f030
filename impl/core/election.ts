/**
 * Fast leader election (ZooKeeper's FastLeaderElection), as pure transitions.
 *
 * A LOOKING peer proposes itself, then adopts any better vote it hears; votes are ordered by the proposed
 * leader's epoch, then its last logged zxid, then its server id. A newer round resets the tally. When a
 * quorum of this round's votes equals ours, the peer waits one more tick (ZooKeeper's finalizeWait) for a
 * better vote and otherwise decides. Notifications from FOLLOWING or LEADING peers let a late joiner find an
 * established leader: a quorum of them naming the same leader, and the leader itself saying it leads.
 *
 * Entering LOOKING (startElection) lives in roles.ts and the vote order in votes.ts: every phase falls back
 * to an election, and this file leads on into discovery, so keeping them here would close an import cycle.
 */
import { becomeFollower, becomeLeader } from "./discovery.js"
import { type Heard, type LookingPeer, type Out, type PeerState, type Vote, bug, isLooking, observe, quorumSize, send, sendAll } from "./state.js"
import type { PeerConfig, ServerId } from "./types.js"
import { type Notification, betterVote, notification, sameVote, selfVote } from "./votes.js"

function countEqual(votes: ReadonlyMap<ServerId, Vote>, vote: Vote): number {
  let n = 0
  for (const v of votes.values()) if (sameVote(v, vote)) n += 1
  return n
}

/** ZooKeeper's checkLeader: we follow another peer only once it said itself that it leads. */
function checkLeader(config: PeerConfig, state: PeerState, heard: ReadonlyMap<ServerId, Heard>, leader: ServerId, round: number): boolean {
  if (leader !== config.myId) return heard.get(leader)?.state === "leading"
  // ZOOKEEPER-1514 as re-injected: we take the lead on an older round's word and adopt that round.
  return round === state.round || bug(config, "ZOOKEEPER-1514")
}

export function onNotification(config: PeerConfig, state: PeerState, from: ServerId, n: Notification, out: Out): PeerState {
  if (!isLooking(state)) {
    // Someone is looking while we follow or lead: tell them whom we follow so a late joiner finds the leader.
    if (n.state === "looking") send(out, from, notification(state))
    return state
  }
  const heardVote: Vote = { leader: n.leader, zxid: n.zxid, epoch: n.peerEpoch }
  if (n.state === "looking") return onLookingVote(config, state, from, n, heardVote, out)
  return onEstablishedVote(config, state, from, n, heardVote, out)
}

function onLookingVote(config: PeerConfig, state: LookingPeer, from: ServerId, n: Notification, heardVote: Vote, out: Out): PeerState {
  const role = state.role
  if (n.round < state.round) {
    // A peer behind by a round: answer with our vote so it catches up, and do not count its stale vote.
    send(out, from, notification(state))
    return state
  }
  let round = state.round
  let vote = state.vote
  let received = role.received
  let changed = false
  if (n.round > state.round) {
    // A newer round resets the tally; we vote for the better of the sender's vote and our own.
    round = n.round
    const own = selfVote(config, state)
    vote = betterVote(heardVote, own) ? heardVote : own
    received = new Map()
    changed = true
    observe(out, "election-round-bump", `round ${round}`)
  } else if (betterVote(heardVote, vote)) {
    vote = heardVote
    changed = true
  }
  const tally = new Map(received)
  tally.set(from, heardVote)
  tally.set(config.myId, vote)
  const finalizing = countEqual(tally, vote) >= quorumSize(config)
  const next: PeerState = { ...state, round, vote, role: { ...role, received: tally, finalizing } }
  if (changed) sendAll(config, out, notification(next))
  return next
}

function onEstablishedVote(config: PeerConfig, state: LookingPeer, from: ServerId, n: Notification, heardVote: Vote, out: Out): PeerState {
  const role = state.role
  const heard: Heard = { vote: heardVote, round: n.round, state: n.state }
  let received = role.received
  if (n.round === state.round) {
    const tally = new Map(received)
    tally.set(from, heardVote)
    received = tally
    // ZooKeeper's receivedFollowingNotification: a quorum of this round's tally (our own vote in it) names
    // the vote, and its leader is us or said itself, in this round, that it leads: a peer whose finalize wait
    // a leader of its own round interrupted joins that leader here.
    if (countEqual(received, heardVote) >= quorumSize(config)) {
      if (n.leader === config.myId) return decide(config, { ...state, vote: heardVote }, "election-decided-leading", out)
      if (from === n.leader && n.state === "leading") {
        observe(out, "election-joined-established", `leader ${n.leader}`)
        return decide(config, { ...state, vote: heardVote }, null, out)
      }
    }
  }
  const outOfElection = new Map(role.outOfElection)
  outOfElection.set(from, heard)
  // Out of an election, votes are equal when they name the same leader and epoch (ZooKeeper's Vote.equals).
  let agreeing = 0
  for (const h of outOfElection.values()) {
    if (h.vote.leader === n.leader && h.vote.epoch === n.peerEpoch) agreeing += 1
  }
  if (agreeing >= quorumSize(config) && checkLeader(config, state, outOfElection, n.leader, n.round)) {
    // Join the established leader, adopting the round in which it was elected.
    observe(out, "election-joined-established", `leader ${n.leader}`)
    return decide(config, { ...state, round: n.round, vote: heardVote }, null, out)
  }
  // ZooKeeper's finalize wait ends early on a notification with a better vote than ours (lookForLeader puts it
  // back and goes on), a LEADING or FOLLOWING one too: we do not decide on the next tick then, but wait for
  // the votes to settle again (a late joiner then joins with the leader's epoch, as ZooKeeper's end vote has it).
  const finalizing = role.finalizing && !betterVote(heardVote, state.vote)
  if (role.finalizing && !finalizing) observe(out, "election-finalize-interrupted", `by ${from}'s ${n.state} vote for ${n.leader}`)
  return { ...state, role: { ...role, received, outOfElection, finalizing } }
}

/** A tick while looking: decide after the finalize wait, or resend our vote in case it was lost. */
export function electionTick(config: PeerConfig, state: LookingPeer, out: Out): PeerState {
  if (state.role.finalizing) {
    const branch = state.vote.leader === config.myId ? "election-decided-leading" : "election-decided-following"
    return decide(config, state, branch, out)
  }
  sendAll(config, out, notification(state))
  return state
}

function decide(
  config: PeerConfig,
  state: PeerState,
  branch: "election-decided-leading" | "election-decided-following" | null,
  out: Out,
): PeerState {
  if (branch !== null) observe(out, branch, `leader ${state.vote.leader} round ${state.round}`)
  if (state.vote.leader === config.myId) return becomeLeader(config, state, out)
  return becomeFollower(config, state, state.vote.leader, out)
}
