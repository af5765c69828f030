/**
 * The ZAB peer as a pure state machine: `step(config, state, input) -> { state, effects }`.
 *
 * No clock, no randomness, no I/O: time is the Tick input, durability is the FsyncDone input, the network is
 * Received / ConnectionDown inputs and Send effects. The simulator and the TCP runtime interpret the same
 * effects, in order. The phases live in election.ts, discovery.ts, synchronization.ts and broadcast.ts; this
 * file routes inputs to them and owns the timers.
 *
 * The files form a DAG. A phase file imports only later phases (an election leads into discovery, discovery
 * into synchronisation, synchronisation into broadcast) and the helpers every phase shares, each in a file of
 * its own: roles.ts (entering LOOKING, abandoning a role, the leader's learner list), votes.ts, log.ts
 * (delivery and appends) and acks.ts (a follower's acknowledgements, sent once durable). Handlers take the
 * peer narrowed to its role (FollowingPeer, LeadingPeer, LookingPeer), so none of them casts.
 */
import { flushFollowerAcks } from "./acks.js"
import { assert } from "./assert.js"
import { leaderSelfAcks, onAck, onClientWrite, onCommit, onProposal, onRequest } from "./broadcast.js"
import { maybeStartSync, onAckEpoch, onFollowerInfo, onLeaderInfo, sendFollowerInfo } from "./discovery.js"
import { electionTick, onNotification } from "./election.js"
import { abandon, startElection } from "./roles.js"
import {
  type FollowingPeer,
  type Leading,
  type LeadingPeer,
  type Out,
  type PeerState,
  bug,
  isFollowing,
  isLeading,
  isLooking,
  lastLoggedZxid,
  leaderOf,
  phaseOf,
  quorumSize,
  send,
} from "./state.js"
import { maybeEstablish, onAckNewLeader, onSyncMessage } from "./synchronization.js"
import { TxnLog } from "./txn-log.js"
import type { Input, Message, PeerConfig, PeerEffect, Role, Phase, Recovered, ServerId } from "./types.js"
import { type Zxid, epochOf } from "./zxid.js"

export type { PeerState } from "./state.js"

export interface StepResult {
  readonly state: PeerState
  readonly effects: ReadonlyArray<PeerEffect>
}

const NO_EFFECTS: ReadonlyArray<PeerEffect> = []

/** A peer that has not started: it ignores everything until Start. */
export function initialState(config: PeerConfig): PeerState {
  return {
    myId: config.myId,
    started: false,
    acceptedEpoch: 0,
    currentEpoch: 0,
    log: TxnLog.empty(),
    logBase: 0,
    lastDelivered: 0,
    deliveredSinceSnapshot: 0,
    writes: 0,
    durableThrough: 0,
    ticks: 0,
    clockMs: 0,
    round: 0,
    vote: { leader: config.myId, zxid: 0, epoch: 0 },
    role: { kind: "looking", received: new Map(), outOfElection: new Map(), finalizing: false },
    clientWrites: [],
  }
}

/** Pure: same (config, state, input), same result. A step that changes nothing returns the same state. */
export function step(config: PeerConfig, state: PeerState, input: Input): StepResult {
  if (!state.started && input._tag !== "Start") return { state, effects: NO_EFFECTS }
  const out: Out = []
  const next = dispatch(config, state, input, out)
  return { state: next, effects: out.length === 0 ? NO_EFFECTS : out }
}

function dispatch(config: PeerConfig, state: PeerState, input: Input, out: Out): PeerState {
  switch (input._tag) {
    case "Start":
      return start(config, { ...state, clockMs: input.nowMs }, input.recovered, out)
    case "Received":
      return onMessage(config, state, input.from, input.message, out)
    case "Tick":
      return onTick(config, { ...state, ticks: state.ticks + 1, clockMs: input.nowMs ?? state.clockMs }, out)
    case "FsyncDone":
      return onFsyncDone(config, state, input.through, out)
    case "ConnectionDown":
      return onConnectionDown(config, state, input.peer, out)
    case "ClientWrite":
      return onClientWrite(config, state, input.request, input.op, out)
  }
}

function start(config: PeerConfig, state: PeerState, recovered: Recovered, out: Out): PeerState {
  assert(!state.started, "Start is the first input of a process lifetime")
  assert(config.servers.includes(config.myId), "myId is one of the servers")
  if (bug(config, "ZOOKEEPER-335")) {
    // Before acceptedEpoch/currentEpoch files existed, the epoch was read off the last logged zxid.
    const last = recovered.log.length === 0 ? recovered.snapshotZxid : recovered.log[recovered.log.length - 1]!.zxid
    recovered = { ...recovered, acceptedEpoch: epochOf(last), currentEpoch: epochOf(last) }
  }
  let previous = recovered.snapshotZxid
  for (const txn of recovered.log) {
    assert(txn.zxid > previous, "a recovered log is strictly increasing and follows its snapshot")
    previous = txn.zxid
  }
  const log = TxnLog.of(recovered.log)
  const recoveredState: PeerState = {
    ...state,
    started: true,
    acceptedEpoch: recovered.acceptedEpoch,
    currentEpoch: recovered.currentEpoch,
    log,
    logBase: recovered.snapshotZxid,
    lastDelivered: recovered.snapshotZxid,
    vote: { leader: config.myId, zxid: lastLoggedZxid({ ...state, log, logBase: recovered.snapshotZxid }), epoch: recovered.currentEpoch },
  }
  return startElection(config, recoveredState, out)
}

function onMessage(config: PeerConfig, state: PeerState, from: ServerId, message: Message, out: Out): PeerState {
  if (message._tag === "Notification") return onNotification(config, state, from, message, out)
  if (isLooking(state)) return state // quorum traffic for a role we no longer hold; the election goes on
  if (isLeading(state)) return onLeaderMessage(config, state, from, message, out)
  const role = state.role
  if (from !== role.leader) {
    // ZooKeeper's quorum port accepts learners only on the leader. A learner that chose us while we follow
    // someone else is refused: the closed connection sends it back to the election at once, instead of
    // waiting initLimit for an answer that will never come. (A looking peer may yet lead: it stays quiet
    // and lets the learner's per-tick retries wait.)
    if (message._tag === "FollowerInfo") out.push({ _tag: "Disconnect", peer: from })
    return state
  }
  return onFollowerMessage(config, { ...state, role: { ...role, lastHeardTick: state.ticks } }, from, message, out)
}

function heardFrom(state: LeadingPeer, from: ServerId): LeadingPeer {
  const role = state.role
  const index = role.learners.findIndex((l) => l.id === from)
  // Heard from already this tick (every ACK and REQUEST between two ticks): nothing changes, and a no-op
  // returns the same state rather than a copy (a copy of the peer per message was 2% of a leader's CPU).
  if (index < 0 || role.learners[index]!.lastHeardTick === state.ticks) return state
  const learners = role.learners.slice()
  learners[index] = { ...learners[index]!, lastHeardTick: state.ticks }
  return { ...state, role: { ...role, learners } }
}

function onLeaderMessage(config: PeerConfig, state: LeadingPeer, from: ServerId, message: Message, out: Out): PeerState {
  if (message._tag === "FollowerInfo") return onFollowerInfo(config, state, from, message, out)
  const heard = heardFrom(state, from)
  switch (message._tag) {
    case "AckEpoch":
      return onAckEpoch(config, heard, from, message, out)
    case "AckNewLeader":
      return onAckNewLeader(config, heard, from, message.epoch, out)
    case "Ack":
      return onAck(config, heard, from, message.zxid, out)
    case "Request":
      return onRequest(config, heard, from, message.request, message.op, out)
    case "Ping":
      return heard
    case "LeaderInfo":
    case "Diff":
    case "Trunc":
    case "Snap":
    case "NewLeader":
    case "UpToDate":
    case "Proposal":
    case "Commit":
    case "Notification":
      return state // leader-to-follower traffic from another would-be leader: not ours to act on
  }
}

function onFollowerMessage(config: PeerConfig, state: FollowingPeer, from: ServerId, message: Message, out: Out): PeerState {
  switch (message._tag) {
    case "LeaderInfo":
      return onLeaderInfo(config, state, message.newEpoch, out)
    case "Diff":
    case "Trunc":
    case "Snap":
    case "NewLeader":
    case "UpToDate":
      return onSyncMessage(config, state, message, out)
    case "Proposal":
      return onProposal(config, state, message.txn, out)
    case "Commit":
      return onCommit(config, state, message.zxid, out)
    case "Ping":
      send(out, from, { _tag: "Ping" })
      return state
    case "FollowerInfo":
    case "AckEpoch":
    case "AckNewLeader":
    case "Ack":
    case "Request":
    case "Notification":
      return state
  }
}

function onTick(config: PeerConfig, state: PeerState, out: Out): PeerState {
  if (isLooking(state)) return electionTick(config, state, out)
  if (isFollowing(state)) return followerTick(config, state, out)
  return leaderTick(config, state, out)
}

function followerTick(config: PeerConfig, state: FollowingPeer, out: Out): PeerState {
  const role = state.role
  if (role.phase === "broadcast") {
    if (state.ticks - role.lastHeardTick > config.syncLimitTicks && !bug(config, "follower-trusts-silent-leader")) {
      return abandon(config, state, "follower-leader-timeout", `no word from leader ${role.leader} for ${state.ticks - role.lastHeardTick} ticks`, out)
    }
    return state
  }
  if (state.ticks - role.phaseStartTick > config.initLimitTicks) {
    return abandon(config, state, "follower-leader-timeout", `${role.phase} with leader ${role.leader} exceeded initLimit`, out)
  }
  if (role.phase === "discovery" && role.newEpoch === null) sendFollowerInfo(state, out)
  return state
}

function leaderTick(config: PeerConfig, state: LeadingPeer, out: Out): PeerState {
  const role = state.role
  if (!role.established && state.ticks - role.phaseStartTick > config.initLimitTicks) {
    return abandon(config, state, "leader-init-timeout", `epoch ${role.newEpoch ?? "?"} not established within initLimit`, out)
  }
  // Drop learners that went silent: synced ones after syncLimit, those still joining after initLimit.
  const learners = role.learners.filter((l) => {
    const limit = l.stage === "synced" ? config.syncLimitTicks : config.initLimitTicks
    if (state.ticks - l.lastHeardTick <= limit) return true
    out.push({ _tag: "Disconnect", peer: l.id })
    return false
  })
  for (const l of learners) send(out, l.id, { _tag: "Ping" })
  const next: Leading = learners.length === role.learners.length ? role : { ...role, learners }
  // A quorum in touch, as ZooKeeper's Leader.lead counts it: every learner still within its deadline
  // (LearnerHandler.synced() is "alive and heard from in time"), those still syncing included.
  if (next.established && next.learners.length + 1 < quorumSize(config)) {
    return abandon(config, { ...state, role: next }, "leader-step-down-no-quorum", `${next.learners.length + 1} of ${config.servers.length} in touch`, out)
  }
  return next === role ? state : { ...state, role: next }
}

function onFsyncDone(config: PeerConfig, state: PeerState, through: number, out: Out): PeerState {
  if (through <= state.durableThrough) return state
  assert(through <= state.writes, "fsync completion beyond the writes issued")
  const next: PeerState = { ...state, durableThrough: through }
  if (isLooking(next)) return next
  if (isFollowing(next)) return flushFollowerAcks(config, next, out)
  let s = maybeStartSync(config, next, out)
  if (isLeading(s)) s = maybeEstablish(config, s, out)
  if (isLeading(s)) s = leaderSelfAcks(config, s, out)
  return s
}

function onConnectionDown(config: PeerConfig, state: PeerState, peer: ServerId, out: Out): PeerState {
  const role = state.role
  switch (role.kind) {
    case "looking":
      return state
    case "following":
      if (peer !== role.leader) return state
      return abandon(config, state, "follower-connection-lost", `connection to leader ${peer} lost`, out)
    case "leading": {
      if (!role.learners.some((l) => l.id === peer)) return state
      return { ...state, role: { ...role, learners: role.learners.filter((l) => l.id !== peer) } }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// What runtimes and the harness may read of a peer.

export interface PeerSummary {
  readonly role: Role
  readonly phase: Phase
  readonly acceptedEpoch: number
  readonly currentEpoch: number
  readonly leader: ServerId | null
  readonly established: boolean
  readonly lastLoggedZxid: Zxid
  readonly lastDeliveredZxid: Zxid
  /** In-memory txns after the last snapshot base, oldest first; includes delivered ones. */
  readonly log: TxnLog
}

export function summarize(state: PeerState): PeerSummary {
  const role = state.role
  return {
    role: role.kind,
    phase: phaseOf(role),
    acceptedEpoch: state.acceptedEpoch,
    currentEpoch: state.currentEpoch,
    leader: leaderOf(state.myId, role),
    established: role.kind === "leading" && role.established,
    lastLoggedZxid: lastLoggedZxid(state),
    lastDeliveredZxid: state.lastDelivered,
    log: state.log,
  }
}
