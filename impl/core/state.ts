/**
 * The peer's state and the small helpers every phase shares.
 *
 * The state is immutable: a step builds a new state with object spreads and leaves the old one untouched,
 * so the simulator can keep old states and a no-op step can return the very same object. Effects are
 * collected in an `Out` array owned by the `step` call that created it: the only mutation, and it never
 * escapes the step.
 */
import type { Message, PeerConfig, PeerEffect, Role, Phase, ServerId, Txn } from "./types.js"
import type { TxnLog } from "./txn-log.js"
import type { Zxid } from "./zxid.js"
import type { BugName } from "../bugs.js"

export type Out = Array<PeerEffect>

/** A vote in fast leader election: ordered by epoch, then zxid, then server id. */
export interface Vote {
  readonly leader: ServerId
  readonly zxid: Zxid
  readonly epoch: number // the proposed leader's currentEpoch (ZooKeeper's peerEpoch)
}

/** What one peer told us in its latest notification. */
export interface Heard {
  readonly vote: Vote
  readonly round: number
  readonly state: Role
}

export interface Looking {
  readonly kind: "looking"
  /** Votes of this round, by sender (our own included): ZooKeeper's recvset. */
  readonly received: ReadonlyMap<ServerId, Vote>
  /** Latest notification of every peer that said it is following or leading: ZooKeeper's outofelection. */
  readonly outOfElection: ReadonlyMap<ServerId, Heard>
  /** A quorum agrees with our vote; unless a better vote arrives first, the next tick decides. */
  readonly finalizing: boolean
}

export interface Following {
  readonly kind: "following"
  readonly leader: ServerId
  readonly phase: Exclude<Phase, "election">
  readonly phaseStartTick: number
  readonly lastHeardTick: number
  /** LEADERINFO's epoch once received. */
  readonly newEpoch: number | null
  /** ACKEPOCH goes out once this storage write is durable (0: nothing pending). */
  readonly ackEpochAfterWrite: number
  readonly ackEpochSent: boolean
  readonly syncMode: "diff" | "trunc" | "snap" | null
  /** NEWLEADER's zxid: the end of the leader's initial history, committed once UPTODATE arrives. */
  readonly newLeaderZxid: Zxid | null
  readonly ackNewLeaderAfterWrite: number
  readonly ackNewLeaderSent: boolean
  /** The highest zxid the leader said is committed. */
  readonly commitPoint: Zxid
  /** New-epoch proposals to ACK once durable (and after the NEWLEADER ack), in zxid order. */
  readonly pendingAcks: ReadonlyArray<{ readonly zxid: Zxid; readonly write: number }>
  /** Sync txns held in memory but not yet written: only ever non-empty under ZOOKEEPER-3911 / -4643. */
  readonly unwritten: ReadonlyArray<Txn>
}

export type LearnerStage =
  | "info" // FOLLOWERINFO received, the epoch is not decided yet
  | "epoch" // LEADERINFO sent, waiting for ACKEPOCH
  | "acked-epoch" // ACKEPOCH received, waiting for the quorum to start synchronisation
  | "syncing" // sync sent with NEWLEADER, waiting for its ACK; gets every new proposal and commit
  | "synced" // NEWLEADER acked: its ACKs count; UPTODATE sent once the leader is established

export interface Learner {
  readonly id: ServerId
  readonly stage: LearnerStage
  readonly acceptedEpoch: number
  readonly currentEpoch: number
  readonly lastZxid: Zxid
  readonly lastHeardTick: number
  readonly upToDateSent: boolean
  /** Our last logged zxid when we synced it: its NEWLEADER ack proves it durably holds everything up to here. */
  readonly syncedThrough: Zxid
}

export interface Outstanding {
  readonly txn: Txn
  readonly write: number // the leader's own append; it acks itself once this is durable
  readonly acks: ReadonlyArray<ServerId>
}

export interface QueuedRequest {
  readonly origin: ServerId
  readonly request: number
  readonly op: Txn["op"]
}

export interface Leading {
  readonly kind: "leading"
  readonly phase: Exclude<Phase, "election">
  readonly phaseStartTick: number
  readonly learners: ReadonlyArray<Learner> // ascending by id
  readonly newEpoch: number | null
  readonly acceptedEpochWrite: number // the leader's own acceptedEpoch := newEpoch write
  readonly currentEpochWrite: number // the leader's own currentEpoch := newEpoch write (its NEWLEADER ack)
  readonly initialZxid: Zxid // the end of the initial history of the new epoch
  readonly established: boolean
  readonly nextCounter: number
  readonly outstanding: ReadonlyArray<Outstanding> // proposed, not yet committed, in zxid order
  readonly lastCommitted: Zxid
  readonly queued: ReadonlyArray<QueuedRequest> // client writes that arrived before the epoch was established
}

export type RoleState = Looking | Following | Leading

/** Everything a peer keeps apart from its role: what it has stored, delivered and voted. */
interface PeerFields {
  readonly myId: ServerId
  readonly started: boolean
  readonly acceptedEpoch: number
  readonly currentEpoch: number
  /** Logged txns after `logBase`, oldest first. Everything up to `logBase` lives only in the snapshot. */
  readonly log: TxnLog
  readonly logBase: Zxid
  /** The data tree reflects every txn up to here. */
  readonly lastDelivered: Zxid
  readonly deliveredSinceSnapshot: number
  /** Storage writes issued in this process lifetime, and how many of them are known durable. */
  readonly writes: number
  readonly durableThrough: number
  readonly ticks: number
  /** The runtime's clock at start or at the last tick that carried one (ms; 0 if none did): a leader stamps its txns with it. */
  readonly clockMs: number
  /** Fast leader election: our round (logicalclock) and our current vote, kept while following or leading. */
  readonly round: number
  readonly vote: Vote
  /** This server's client writes that are queued, forwarded or proposed and not yet delivered. */
  readonly clientWrites: ReadonlyArray<number>
}

// A peer in each role. Handlers of one role take the peer narrowed to it, so they read `state.role` as that
// role without a cast; `isLooking` / `isFollowing` / `isLeading` narrow a PeerState to one of them.
export interface LookingPeer extends PeerFields {
  readonly role: Looking
}
export interface FollowingPeer extends PeerFields {
  readonly role: Following
}
export interface LeadingPeer extends PeerFields {
  readonly role: Leading
}

export type PeerState = LookingPeer | FollowingPeer | LeadingPeer

export function isLooking(state: PeerState): state is LookingPeer {
  return state.role.kind === "looking"
}

export function isFollowing(state: PeerState): state is FollowingPeer {
  return state.role.kind === "following"
}

export function isLeading(state: PeerState): state is LeadingPeer {
  return state.role.kind === "leading"
}

export function quorumSize(config: PeerConfig): number {
  return Math.floor(config.servers.length / 2) + 1
}

export function lastLoggedZxid(state: PeerState): Zxid {
  return state.log.last()?.zxid ?? state.logBase
}

export function send(out: Out, to: ServerId, message: Message): void {
  out.push({ _tag: "Send", to, message })
}

export function sendAll(config: PeerConfig, out: Out, message: Message): void {
  for (const id of config.servers) if (id !== config.myId) send(out, id, message)
}

export function observe(out: Out, branch: Extract<PeerEffect, { _tag: "Observe" }>["branch"], detail = ""): void {
  out.push({ _tag: "Observe", branch, detail })
}

/** Is the named re-injected bug on? A name that is not in the zoo does not compile. */
export function bug(config: PeerConfig, name: BugName): boolean {
  return config.bugs.size !== 0 && config.bugs.has(name)
}

export function phaseOf(role: RoleState): Phase {
  return role.kind === "looking" ? "election" : role.phase
}

export function roleName(role: RoleState): Role {
  return role.kind
}

export function leaderOf(myId: ServerId, role: RoleState): ServerId | null {
  switch (role.kind) {
    case "looking":
      return null
    case "following":
      return role.leader
    case "leading":
      return myId
  }
}

export function roleChange(config: PeerConfig, state: PeerState, out: Out): void {
  out.push({
    _tag: "RoleChange",
    role: roleName(state.role),
    phase: phaseOf(state.role),
    epoch: state.currentEpoch,
    leader: leaderOf(config.myId, state.role),
  })
}
