/**
 * Role transitions every phase shares: entering LOOKING (a new election round), abandoning a role for a new
 * election, and replacing a learner in a leader's ordered list.
 *
 * Any phase can fail back to LOOKING, and the election leads on into discovery; keeping these transitions
 * out of the phase files is what lets the phase files import only later phases, so that the files of the
 * core form a DAG.
 */
import {
  type Leading,
  type Learner,
  type Looking,
  type LookingPeer,
  type Out,
  type PeerState,
  observe,
  quorumSize,
  roleChange,
  sendAll,
} from "./state.js"
import type { Branch, PeerConfig } from "./types.js"
import { notification, selfVote } from "./votes.js"

/** Enter LOOKING: a new round, a vote for ourselves, and notifications to every peer. */
export function startElection(config: PeerConfig, state: PeerState, out: Out): LookingPeer {
  const vote = selfVote(config, state)
  const role: Looking = {
    kind: "looking",
    received: new Map([[config.myId, vote]]),
    outOfElection: new Map(),
    finalizing: quorumSize(config) === 1,
  }
  const next: LookingPeer = { ...state, round: state.round + 1, vote, role }
  roleChange(config, next, out)
  sendAll(config, out, notification(next))
  return next
}

/** Leave the current role for a new election; closes the quorum connections the role held. */
export function abandon(config: PeerConfig, state: PeerState, branch: Branch, detail: string, out: Out): LookingPeer {
  observe(out, branch, detail)
  const role = state.role
  if (role.kind === "following") out.push({ _tag: "Disconnect", peer: role.leader })
  if (role.kind === "leading") {
    for (const learner of role.learners) out.push({ _tag: "Disconnect", peer: learner.id })
  }
  // Our clients' writes that are queued, forwarded or proposed now have an unknown fate: tell them so.
  for (const request of state.clientWrites) out.push({ _tag: "ClientReject", request, reason: "ConnectionLoss" })
  let next = state.clientWrites.length === 0 ? state : { ...state, clientWrites: [] }
  // Sync txns held in memory and never written (only under ZOOKEEPER-3911 / -4643) die with the sync, as
  // ZooKeeper's packetsNotCommitted did: the election must not vote with txns the disk does not hold.
  if (role.kind === "following" && role.unwritten.length > 0) {
    const held = new Set(role.unwritten)
    next = { ...next, log: next.log.filter((t) => !held.has(t)) }
  }
  return startElection(config, next, out)
}

/** The leader's learners with `learner` in place of any earlier entry for its id, kept ascending by id. */
export function replaceLearner(role: Leading, learner: Learner): Leading {
  const learners = role.learners.filter((l) => l.id !== learner.id)
  learners.push(learner)
  learners.sort((a, b) => a.id - b.id)
  return { ...role, learners }
}
