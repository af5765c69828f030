/**
 * Votes of fast leader election: how two votes compare, and the notification that carries ours.
 *
 * These live apart from election.ts because entering LOOKING (roles.ts) needs them as much as the election
 * does, and roles.ts must not import a phase file: every phase can fall back to LOOKING.
 */
import { type PeerState, type Vote, lastLoggedZxid } from "./state.js"
import type { Message, PeerConfig } from "./types.js"

export type Notification = Extract<Message, { _tag: "Notification" }>

/** ZooKeeper's totalOrderPredicate: is `a` a better vote than `b`? */
export function betterVote(a: Vote, b: Vote): boolean {
  if (a.epoch !== b.epoch) return a.epoch > b.epoch
  if (a.zxid !== b.zxid) return a.zxid > b.zxid
  return a.leader > b.leader
}

export function sameVote(a: Vote, b: Vote): boolean {
  return a.leader === b.leader && a.zxid === b.zxid && a.epoch === b.epoch
}

/** The vote a peer casts for itself: its own id, last logged zxid and current epoch. */
export function selfVote(config: PeerConfig, state: PeerState): Vote {
  return { leader: config.myId, zxid: lastLoggedZxid(state), epoch: state.currentEpoch }
}

export function notification(state: PeerState): Notification {
  return {
    _tag: "Notification",
    leader: state.vote.leader,
    zxid: state.vote.zxid,
    peerEpoch: state.vote.epoch,
    round: state.round,
    state: state.role.kind,
  }
}
