// Generated from tla/specs/ZkV3_7_0_Bounded.tla by the TLA+ translator (tla/); do not edit. `npm run tla:gen` regenerates it,
// and a test fails if this file differs from a fresh translation.
/* eslint-disable */
import { Schema } from "effect"
import type { GeneratedAction, GeneratedSpec } from "../tla-spec.js"
import * as T from "../tla-values.js"

/** The variables of ZkV3_7_0_Bounded, in declaration order. */
export const variables = ["state", "history", "currentEpoch", "lastProcessed", "currentVote", "logicalClock", "receiveVotes", "outOfElection", "recvQueue", "waitNotmsg", "leadingVoteSet", "electionMsgs", "zabState", "acceptedEpoch", "lastCommitted", "lastSnapshot", "initialHistory", "learners", "connecting", "electing", "ackldRecv", "forwarding", "tempMaxEpoch", "connectInfo", "packetsSync", "msgs", "status", "partition", "epochLeader", "proposalMsgsLog", "violatedInvariants", "recorder"] as const

/** A state: one TLA+ value per variable (the type inferred from Init and the actions beside each; not used yet). */
export const State = Schema.Struct({
  state: T.TlaValue, // [Server -> FOLLOWING | LEADING | LOOKING]
  history: T.TlaValue, // [Server -> Seq([ackSid: Set(int), epoch: int, value: int, zxid: Seq(int)])]
  currentEpoch: T.TlaValue, // [Server -> int]
  lastProcessed: T.TlaValue, // [Server -> [index: int, zxid: Seq(int)]]
  currentVote: T.TlaValue, // [Server -> [proposedEpoch: int, proposedLeader: int, proposedZxid: Seq(int)]]
  logicalClock: T.TlaValue, // [Server -> int]
  receiveVotes: T.TlaValue, // [Server -> [Server -> [round: int, state: FOLLOWING | LEADING | LOOKING, version: int, vote: [proposedEpoch: int, proposedLeader: any, proposedZxid: Seq(int)]]]]
  outOfElection: T.TlaValue, // [Server -> [Server -> [round: int, state: FOLLOWING | LEADING | LOOKING, version: int, vote: [proposedEpoch: int, proposedLeader: any, proposedZxid: Seq(int)]]]]
  recvQueue: T.TlaValue, // [Server -> Seq([mround: int, msource: int, mstate: FOLLOWING | LEADING | LOOKING, mtype: NOTIFICATION, mvote: [proposedEpoch: int, proposedLeader: int, proposedZxid: Seq(int)]] | [mtype: NONE])]
  waitNotmsg: T.TlaValue, // [Server -> bool]
  leadingVoteSet: T.TlaValue, // [Server -> Set(int)]
  electionMsgs: T.TlaValue, // [Server -> [Server -> Seq([mround: int, msource: int, mstate: FOLLOWING | LEADING | LOOKING, mtype: NOTIFICATION, mvote: [proposedEpoch: int, proposedLeader: int, proposedZxid: Seq(int)]])]]
  zabState: T.TlaValue, // [Server -> BROADCAST | DISCOVERY | ELECTION | SYNCHRONIZATION]
  acceptedEpoch: T.TlaValue, // [Server -> int]
  lastCommitted: T.TlaValue, // [Server -> [index: int, zxid: Seq(int)]]
  lastSnapshot: T.TlaValue, // [Server -> [index: int, zxid: Seq(int)]]
  initialHistory: T.TlaValue, // [Server -> Seq([ackSid: Set(int), epoch: int, value: int, zxid: Seq(int)])]
  learners: T.TlaValue, // [Server -> Set(int)]
  connecting: T.TlaValue, // [Server -> Set([connected: bool, sid: int])]
  electing: T.TlaValue, // [Server -> Set([inQuorum: bool, peerLastZxid: Seq(int), sid: int])]
  ackldRecv: T.TlaValue, // [Server -> Set([connected: bool, sid: int])]
  forwarding: T.TlaValue, // [Server -> Set(int)]
  tempMaxEpoch: T.TlaValue, // [Server -> int]
  connectInfo: T.TlaValue, // [Server -> [nlRcv: bool, sid: any, syncMode: DIFF | NONE | SNAP | TRUNC]]
  packetsSync: T.TlaValue, // [Server -> [committed: Seq(Seq(int)), notCommitted: Seq([ackSid: Set(none), epoch: int, value: int, zxid: Seq(int)])]]
  msgs: T.TlaValue, // [Server -> [Server -> Seq([mdata: int, mtype: PROPOSAL, mzxid: Seq(int)] | [mepoch: int, mtype: ACKEPOCH, mzxid: Seq(int)] | [msnapZxid: Seq(int), msnapshot: Seq([ackSid: Set(int), epoch: int, value: int, zxid: Seq(int)]), mtype: SNAP] | [mtruncZxid: Seq(int), mtype: TRUNC] | [mtype: ACK | ACKLD | COMMIT | DIFF | FOLLOWERINFO | LEADERINFO | NEWLEADER | UPTODATE, mzxid: Seq(int)])]]
  status: T.TlaValue, // [Server -> OFFLINE | ONLINE]
  partition: T.TlaValue, // [Server -> [Server -> bool]]
  epochLeader: T.TlaValue, // fn(int, Set(int))
  proposalMsgsLog: T.TlaValue, // Set([data: int, epoch: int, source: int, zxid: Seq(int)])
  violatedInvariants: T.TlaValue, // [ackInconsistent: bool, commitInconsistent: bool, messageIllegal: bool, proposalInconsistent: bool, stateInconsistent: bool]
  recorder: T.TlaValue, // [maxEpoch: int, nClientRequest: int, nCrash: int, nPartition: int, nTimeout: int, nTransaction: int, pc: Seq(any)]
})
export type State = typeof State.Type

/** The slot of each variable in a partial assignment (T.Partial). */
const V = { state: 0, history: 1, currentEpoch: 2, lastProcessed: 3, currentVote: 4, logicalClock: 5, receiveVotes: 6, outOfElection: 7, recvQueue: 8, waitNotmsg: 9, leadingVoteSet: 10, electionMsgs: 11, zabState: 12, acceptedEpoch: 13, lastCommitted: 14, lastSnapshot: 15, initialHistory: 16, learners: 17, connecting: 18, electing: 19, ackldRecv: 20, forwarding: 21, tempMaxEpoch: 22, connectInfo: 23, packetsSync: 24, msgs: 25, status: 26, partition: 27, epochLeader: 28, proposalMsgsLog: 29, violatedInvariants: 30, recorder: 31 } as const

type Continue = (n: T.Partial) => void

/** The constants of ZkV3_7_0_Bounded, and the definitions a configuration overrides (NullPoint). */
export interface Constants {
  readonly Server: T.Value
  readonly LOOKING: T.Value
  readonly FOLLOWING: T.Value
  readonly LEADING: T.Value
  readonly NOTIFICATION: T.Value
  readonly NONE: T.Value
  readonly ELECTION: T.Value
  readonly DISCOVERY: T.Value
  readonly SYNCHRONIZATION: T.Value
  readonly BROADCAST: T.Value
  readonly DIFF: T.Value
  readonly TRUNC: T.Value
  readonly SNAP: T.Value
  readonly FOLLOWERINFO: T.Value
  readonly LEADERINFO: T.Value
  readonly ACKEPOCH: T.Value
  readonly NEWLEADER: T.Value
  readonly ACKLD: T.Value
  readonly UPTODATE: T.Value
  readonly PROPOSAL: T.Value
  readonly ACK: T.Value
  readonly COMMIT: T.Value
  readonly ONLINE: T.Value
  readonly OFFLINE: T.Value
  readonly Parameters: T.Value
  readonly MaxRound: T.Value
  readonly MaxQueue: T.Value
  readonly MaxVersion: T.Value
  readonly NullPoint: T.Value
}

/** Every variable of a successor state, once the action has assigned them all. */
function stateOf(n: T.Partial): State {
  return { state: T.assigned(n, V.state, "state"), history: T.assigned(n, V.history, "history"), currentEpoch: T.assigned(n, V.currentEpoch, "currentEpoch"), lastProcessed: T.assigned(n, V.lastProcessed, "lastProcessed"), currentVote: T.assigned(n, V.currentVote, "currentVote"), logicalClock: T.assigned(n, V.logicalClock, "logicalClock"), receiveVotes: T.assigned(n, V.receiveVotes, "receiveVotes"), outOfElection: T.assigned(n, V.outOfElection, "outOfElection"), recvQueue: T.assigned(n, V.recvQueue, "recvQueue"), waitNotmsg: T.assigned(n, V.waitNotmsg, "waitNotmsg"), leadingVoteSet: T.assigned(n, V.leadingVoteSet, "leadingVoteSet"), electionMsgs: T.assigned(n, V.electionMsgs, "electionMsgs"), zabState: T.assigned(n, V.zabState, "zabState"), acceptedEpoch: T.assigned(n, V.acceptedEpoch, "acceptedEpoch"), lastCommitted: T.assigned(n, V.lastCommitted, "lastCommitted"), lastSnapshot: T.assigned(n, V.lastSnapshot, "lastSnapshot"), initialHistory: T.assigned(n, V.initialHistory, "initialHistory"), learners: T.assigned(n, V.learners, "learners"), connecting: T.assigned(n, V.connecting, "connecting"), electing: T.assigned(n, V.electing, "electing"), ackldRecv: T.assigned(n, V.ackldRecv, "ackldRecv"), forwarding: T.assigned(n, V.forwarding, "forwarding"), tempMaxEpoch: T.assigned(n, V.tempMaxEpoch, "tempMaxEpoch"), connectInfo: T.assigned(n, V.connectInfo, "connectInfo"), packetsSync: T.assigned(n, V.packetsSync, "packetsSync"), msgs: T.assigned(n, V.msgs, "msgs"), status: T.assigned(n, V.status, "status"), partition: T.assigned(n, V.partition, "partition"), epochLeader: T.assigned(n, V.epochLeader, "epochLeader"), proposalMsgsLog: T.assigned(n, V.proposalMsgsLog, "proposalMsgsLog"), violatedInvariants: T.assigned(n, V.violatedInvariants, "violatedInvariants"), recorder: T.assigned(n, V.recorder, "recorder") }
}

/** The variables Init has assigned so far, read as a state (reading one not yet assigned is an error). */
function viewOf(n: T.Partial): State {
  return {
    get state() { return T.primed(n, V.state, "state") },
    get history() { return T.primed(n, V.history, "history") },
    get currentEpoch() { return T.primed(n, V.currentEpoch, "currentEpoch") },
    get lastProcessed() { return T.primed(n, V.lastProcessed, "lastProcessed") },
    get currentVote() { return T.primed(n, V.currentVote, "currentVote") },
    get logicalClock() { return T.primed(n, V.logicalClock, "logicalClock") },
    get receiveVotes() { return T.primed(n, V.receiveVotes, "receiveVotes") },
    get outOfElection() { return T.primed(n, V.outOfElection, "outOfElection") },
    get recvQueue() { return T.primed(n, V.recvQueue, "recvQueue") },
    get waitNotmsg() { return T.primed(n, V.waitNotmsg, "waitNotmsg") },
    get leadingVoteSet() { return T.primed(n, V.leadingVoteSet, "leadingVoteSet") },
    get electionMsgs() { return T.primed(n, V.electionMsgs, "electionMsgs") },
    get zabState() { return T.primed(n, V.zabState, "zabState") },
    get acceptedEpoch() { return T.primed(n, V.acceptedEpoch, "acceptedEpoch") },
    get lastCommitted() { return T.primed(n, V.lastCommitted, "lastCommitted") },
    get lastSnapshot() { return T.primed(n, V.lastSnapshot, "lastSnapshot") },
    get initialHistory() { return T.primed(n, V.initialHistory, "initialHistory") },
    get learners() { return T.primed(n, V.learners, "learners") },
    get connecting() { return T.primed(n, V.connecting, "connecting") },
    get electing() { return T.primed(n, V.electing, "electing") },
    get ackldRecv() { return T.primed(n, V.ackldRecv, "ackldRecv") },
    get forwarding() { return T.primed(n, V.forwarding, "forwarding") },
    get tempMaxEpoch() { return T.primed(n, V.tempMaxEpoch, "tempMaxEpoch") },
    get connectInfo() { return T.primed(n, V.connectInfo, "connectInfo") },
    get packetsSync() { return T.primed(n, V.packetsSync, "packetsSync") },
    get msgs() { return T.primed(n, V.msgs, "msgs") },
    get status() { return T.primed(n, V.status, "status") },
    get partition() { return T.primed(n, V.partition, "partition") },
    get epochLeader() { return T.primed(n, V.epochLeader, "epochLeader") },
    get proposalMsgsLog() { return T.primed(n, V.proposalMsgsLog, "proposalMsgsLog") },
    get violatedInvariants() { return T.primed(n, V.violatedInvariants, "violatedInvariants") },
    get recorder() { return T.primed(n, V.recorder, "recorder") },
  }
}

/** ZkV3_7_0_Bounded with its constants fixed: Init, the actions of Next, the invariants. */
export function makeZkV3_7_0_Bounded(constants: Constants): GeneratedSpec<State> {
  const { Server, LOOKING, FOLLOWING, LEADING, NOTIFICATION, NONE, ELECTION, DISCOVERY, SYNCHRONIZATION, BROADCAST, DIFF, TRUNC, SNAP, FOLLOWERINFO, LEADERINFO, ACKEPOCH, NEWLEADER, ACKLD, UPTODATE, PROPOSAL, ACK, COMMIT, ONLINE, OFFLINE, Parameters, MaxRound, MaxQueue, MaxVersion, NullPoint } = constants
  /** Where Init and each action start: nothing assigned (a fresh one per call, as calls may nest). */
  const blank = (): T.Partial => new T.Partial([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined])
  /** Expressions of the constants alone, evaluated once when first needed and shared by every state. */
  const $c1 = T.once((): T.Value => T.setOf([-1]))
  const $c2 = T.once((): T.Value => T.setOf([ONLINE, OFFLINE]))
  const $c3 = T.once((): T.Value => T.range(1, MAXEPOCH()))
  const $c4 = T.once((): T.Value => T.setOf([FOLLOWERINFO]))
  const $c5 = T.once((): T.Value => T.setOf([LEADERINFO]))
  const $c6 = T.once((): T.Value => T.setOf([ACKEPOCH]))
  const $c7 = T.once((): T.Value => T.setOf([DIFF]))
  const $c8 = T.once((): T.Value => T.setOf([TRUNC]))
  const $c9 = T.once((): T.Value => T.setOf([SNAP]))
  const $c10 = T.once((): T.Value => T.setOf([PROPOSAL]))
  const $c11 = T.once((): T.Value => T.setOf([COMMIT]))
  const $c12 = T.once((): T.Value => T.setOf([NEWLEADER]))
  const $c13 = T.once((): T.Value => T.setOf([ACKLD]))
  const $c14 = T.once((): T.Value => T.setOf([ACK]))
  const $c15 = T.once((): T.Value => T.setOf([UPTODATE]))
  const $c16 = T.once((): T.Value => T.setOf([NOTIFICATION]))
  const $c17 = T.once((): T.Value => T.setOf([NONE]))
  const $c18 = T.once((): T.Value => T.tuple([]))
  const $c19 = T.once((): T.Value => T.setOf([SYNCHRONIZATION, BROADCAST]))
  const $c20 = T.once((): T.Value => T.setOf([ELECTION, DISCOVERY, SYNCHRONIZATION, BROADCAST]))
  const $c21 = T.once((): T.Value => T.setOf([NullPoint]))
  const $c22 = T.once((): T.Value => T.union(Server, $c21()))
  const $c23 = T.once((): T.Value => T.setOf([DIFF, TRUNC, SNAP, NONE]))
  const $c24 = T.once((): T.Value => T.setOf(["stateInconsistent", "proposalInconsistent", "commitInconsistent", "ackInconsistent", "messageIllegal"]))
  const $c25 = T.once((): T.Value => T.setOf([LOOKING, FOLLOWING, LEADING]))
  const $c26 = T.once((): T.Value => T.concat("Note: New state is LOOKING in FLEWaitNewNotmsgEnd,", " which should not happen."))
  const $c27 = T.once((): T.Value => T.concat("Exception: waitingForNewEpoch true,", " while zabState not DISCOVERY."))
  const $c28 = T.once((): T.Value => T.concat("Exception: Follower receives LEADERINFO,", " whileZabState not DISCOVERY."))
  const $c29 = T.once((): T.Value => T.concat("Exception: electionFinished false,", " while zabState not DISCOVERY."))
  const $c30 = T.once((): T.Value => T.tuple([-1, -1]))
  const $c31 = T.once((): T.Value => T.setOf([]))
  const $c32 = T.once((): T.Value => T.concat("Exception: Follower receives DIFF/TRUNC/SNAP,", " whileZabState not SYNCHRONIZATION."))
  const $c33 = T.once((): T.Value => T.concat("Warn: Follower receives PROPOSAL,", " while zxid != lastQueued + 1."))
  const $c34 = T.once((): T.Value => T.concat("Warn: Follower receives COMMIT,", " but zxid not the next committed zxid in COMMIT."))
  const $c35 = T.once((): T.Value => T.concat("Warn: Follower receives COMMIT,", " but no packets with its zxid exists."))
  const $c36 = T.once((): T.Value => T.concat("Exception: Follower receives PROPOSAL, while", " the transaction is not the next."))
  const $c37 = T.once((): T.Value => T.concat("Exception: No such zxid. ", " / ackIndex doesn't inc monotonically."))
  const $c38 = T.once((): T.Value => T.concat("Exception: Committing zxid not equals", " next pending txn zxid."))
  const $c39 = T.once((): T.Value => T.tuple([0, 0]))
  const $c40 = T.once((): T.Value => T.sortedRecord(["index", "zxid"], [0, $c39()]))
  const $c41 = T.once((): T.Value => T.sortedRecord(["nlRcv", "sid", "syncMode"], [false, NullPoint, NONE]))
  const $c42 = T.once((): T.Value => T.sortedRecord(["committed", "notCommitted"], [$c18(), $c18()]))
  const $c43 = T.once((): T.Value => T.sortedRecord(["ackInconsistent", "commitInconsistent", "messageIllegal", "proposalInconsistent", "stateInconsistent"], [false, false, false, false, false]))
  const $c44 = T.once((): T.Value => T.tuple(["Init"]))
  const $c45 = T.once((): T.Value => T.sortedRecord(["maxEpoch", "nClientRequest", "nCrash", "nPartition", "nTimeout", "nTransaction", "pc"], [0, 0, 0, 0, 0, 0, $c44()]))
  const $c46 = T.once((): T.Value => T.setOf([LEADING, FOLLOWING]))
  const $c47 = T.once((): T.Value => T.sortedRecord(["mtype"], [NONE]))
  const $c48 = T.once((): T.Value => InitializeIdTable(Server))
  const $c49 = T.once((): T.Value => T.concat("Exception: index of snapshot greater than", "index of committed."))
  const $c50 = T.once((): T.Value => T.concat("Warn: Committing zxid without see txn. /", "Committing zxid != pending txn zxid."))
  const $c51 = T.once((): T.Value => T.sortedRecord(["round", "state", "version", "vote"], [0, LOOKING, 0, InitialVote()]))
  const $c52 = T.once((): T.Value => T.domain(Parameters))
  const $c53 = T.once((): T.Value => T.powerset(Server))
  const $c54 = T.once((): T.Value => T.tuple([$c47()]))
  const $c55 = T.once((): T.Value => T.sortedRecord(["proposedEpoch", "proposedLeader", "proposedZxid"], [0, NullPoint, $c39()]))

  /** Init as part of Init: tla/specs/ZkV3_7_0.tla, lines 507-515. */
  function Init_init($n: T.Partial, $k: Continue): void {
    InitServerVars_init($n, ($n183: T.Partial): void => {
      InitLeaderVars_init($n183, ($n184: T.Partial): void => {
        InitElectionVars_init($n184, ($n185: T.Partial): void => {
          InitFollowerVars_init($n185, ($n186: T.Partial): void => {
            InitVerifyVars_init($n186, ($n187: T.Partial): void => {
              InitMsgVars_init($n187, ($n188: T.Partial): void => {
                InitEnvVars_init($n188, ($n189: T.Partial): void => {
                  InitRecorder_init($n189, ($n190: T.Partial): void => {
                    $k($n190)
                  })
                })
              })
            })
          })
        })
      })
    })
  }

  /** CheckDuringAction: tla/specs/ZkV3_7_0.tla, line 1946. */
  function CheckDuringAction($s: State): boolean {
    return T.elems(T.domain($s.violatedInvariants)).every((p) => T.eq(T.apply($s.violatedInvariants, p), false))
  }

  /** Leadership1: tla/specs/ZkV3_7_0.tla, lines 1949-1953. */
  function Leadership1($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => (!(T.bool(IsLeader($s, i)) && T.isIn(T.apply($s.zabState, i), $c19()) && T.bool(IsLeader($s, j)) && T.isIn(T.apply($s.zabState, j), $c19()) && T.eq(T.apply($s.acceptedEpoch, i), T.apply($s.acceptedEpoch, j))) || T.eq(i, j))))
  }

  /** Leadership2: tla/specs/ZkV3_7_0.tla, line 1955. */
  function Leadership2($s: State): boolean {
    return T.elems($c3()).every((epoch) => (T.cardinality(T.apply($s.epochLeader, epoch)) <= 1))
  }

  /** PrefixConsistency: tla/specs/ZkV3_7_0.tla, lines 1959-1967. */
  function PrefixConsistency($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => ((): boolean => {
      const smaller: T.Value = Minimum(T.setOf([T.field(T.apply($s.lastCommitted, i), "index"), T.field(T.apply($s.lastCommitted, j), "index")]))
      return (T.eq(smaller, 0) || ((T.int(smaller) > 0) && T.elems(T.range(1, smaller)).every((index) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), index), T.apply(T.apply($s.history, j), index))))))
    })()))
  }

  /** Integrity: tla/specs/ZkV3_7_0.tla, lines 1967-1973. */
  function Integrity($s: State): boolean {
    return T.elems(Server).every((i) => (!(T.bool(IsFollower($s, i)) && (T.int(T.field(T.apply($s.lastCommitted, i), "index")) > 0)) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).every((idx) => T.elems($s.proposalMsgsLog).some((proposal) => T.bool(((): T.Value => {
      const txn_proposal = T.once((): T.Value => T.sortedRecord(["value", "zxid"], [T.field(proposal, "data"), T.field(proposal, "zxid")]))
      return TxnEqual(T.apply(T.apply($s.history, i), idx), txn_proposal())
    })())))))
  }

  /** Agreement: tla/specs/ZkV3_7_0.tla, lines 1977-1989. */
  function Agreement($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => (!(T.bool(IsFollower($s, i)) && (T.int(T.field(T.apply($s.lastCommitted, i), "index")) > 0) && T.bool(IsFollower($s, j)) && (T.int(T.field(T.apply($s.lastCommitted, j), "index")) > 0)) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).every((idx1) => T.elems(T.range(1, T.field(T.apply($s.lastCommitted, j), "index"))).every((idx2) => (T.elems(T.range(1, T.field(T.apply($s.lastCommitted, j), "index"))).some((idx_j) => T.bool(TxnEqual(T.apply(T.apply($s.history, j), idx_j), T.apply(T.apply($s.history, i), idx1)))) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).some((idx_i) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i), T.apply(T.apply($s.history, j), idx2))))))))))
  }

  /** TotalOrder: tla/specs/ZkV3_7_0.tla, lines 1989-2005. */
  function TotalOrder($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => ((): boolean => {
      const committed1: T.Value = T.field(T.apply($s.lastCommitted, i), "index")
      const committed2 = T.once((): T.Value => T.field(T.apply($s.lastCommitted, j), "index"))
      return (!((T.int(committed1) >= 2) && (T.int(committed2()) >= 2)) || T.elems(T.range(1, (T.int(committed1) - 1))).every((idx_i1) => T.elems(T.range((T.int(idx_i1) + 1), committed1)).every((idx_i2) => ((): boolean => {
      const logOk: T.Value = T.elems(T.range(1, committed2())).some((idx) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i2), T.apply(T.apply($s.history, j), idx))))
      return (!T.bool(logOk) || (T.bool(logOk) && T.elems(T.range(1, committed2())).some((idx_j2) => (T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i2), T.apply(T.apply($s.history, j), idx_j2))) && T.elems(T.range(1, (T.int(idx_j2) - 1))).some((idx_j1) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i1), T.apply(T.apply($s.history, j), idx_j1))))))))
    })())))
    })()))
  }

  /** LocalPrimaryOrder: tla/specs/ZkV3_7_0.tla, lines 2005-2028. */
  function LocalPrimaryOrder($s: State): boolean {
    return ((): boolean => {
      function p_set(i: T.Value, e: T.Value): T.Value {
        return T.filter($s.proposalMsgsLog, (p) => (T.eq(T.field(p, "source"), i) && T.eq(T.field(p, "epoch"), e)))
      }
      function txn_set(i: T.Value, e: T.Value): T.Value {
        return T.map(p_set(i, e), (p) => T.sortedRecord(["value", "zxid"], [T.field(p, "data"), T.field(p, "zxid")]))
      }
      return T.elems(Server).every((i) => T.elems(T.range(1, T.apply($s.currentEpoch, i))).every((e) => ((T.cardinality(txn_set(i, e)) < 2) || ((T.cardinality(txn_set(i, e)) >= 2) && T.elems(txn_set(i, e)).some((txn1) => T.elems(txn_set(i, e)).some((txn2) => (T.bool(TxnEqual(txn1, txn2)) || (!T.bool(TxnEqual(txn1, txn2)) && ((): boolean => {
      const TxnPre = T.once((): T.Value => (T.bool(ZxidCompare(T.field(txn1, "zxid"), T.field(txn2, "zxid"))) ? txn2 : txn1))
      const TxnNext = T.once((): T.Value => (T.bool(ZxidCompare(T.field(txn1, "zxid"), T.field(txn2, "zxid"))) ? txn1 : txn2))
      return T.elems(Server).every((j) => (!((T.int(T.field(T.apply($s.lastCommitted, j), "index")) >= 2) && T.elems(T.range(1, T.field(T.apply($s.lastCommitted, j), "index"))).some((idx) => T.bool(TxnEqual(T.apply(T.apply($s.history, j), idx), TxnNext())))) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, j), "index"))).some((idx2) => (T.bool(TxnEqual(T.apply(T.apply($s.history, j), idx2), TxnNext())) && (T.int(idx2) > 1) && T.elems(T.range(1, (T.int(idx2) - 1))).some((idx1) => T.bool(TxnEqual(T.apply(T.apply($s.history, j), idx1), TxnPre())))))))
    })()))))))))
    })()
  }

  /** GlobalPrimaryOrder: tla/specs/ZkV3_7_0.tla, lines 2028-2036. */
  function GlobalPrimaryOrder($s: State): boolean {
    return T.elems(Server).every((i) => (!(T.int(T.field(T.apply($s.lastCommitted, i), "index")) >= 2) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).every((idx1) => T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).every((idx2) => (!T.bool(EpochPrecedeInTxn(T.apply(T.apply($s.history, i), idx1), T.apply(T.apply($s.history, i), idx2))) || (T.bool(EpochPrecedeInTxn(T.apply(T.apply($s.history, i), idx1), T.apply(T.apply($s.history, i), idx2))) && (T.int(idx1) < T.int(idx2))))))))
  }

  /** PrimaryIntegrity: tla/specs/ZkV3_7_0.tla, lines 2036-2046. */
  function PrimaryIntegrity($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => (!(T.bool(IsLeader($s, i)) && T.bool(IsMyLearner($s, i, j)) && T.bool(IsFollower($s, j)) && T.bool(IsMyLeader($s, j, i)) && T.eq(T.apply($s.zabState, i), BROADCAST) && T.eq(T.apply($s.zabState, j), BROADCAST) && (T.int(T.field(T.apply($s.lastCommitted, j), "index")) >= 1)) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, j), "index"))).every((idx_j) => ((T.int(T.apply(T.field(T.apply(T.apply($s.history, j), idx_j), "zxid"), 1)) >= T.int(T.apply($s.currentEpoch, i))) || ((T.int(T.apply(T.field(T.apply(T.apply($s.history, j), idx_j), "zxid"), 1)) < T.int(T.apply($s.currentEpoch, i))) && T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).some((idx_i) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i), T.apply(T.apply($s.history, j), idx_j))))))))))
  }

  /** Bounded: tla/specs/ZkV3_7_0_Bounded.tla, lines 10-20. */
  function Bounded($s: State): boolean {
    return T.elems(Server).every((i) => ((T.int(T.apply($s.logicalClock, i)) <= T.int(MaxRound)) && (T.len(T.apply($s.recvQueue, i)) <= T.int(MaxQueue)) && T.elems(Server).every((j) => ((T.len(T.apply(T.apply($s.electionMsgs, i), j)) <= T.int(MaxQueue)) && (T.int(T.field(T.apply(T.apply($s.receiveVotes, i), j), "version")) <= T.int(MaxVersion)) && (T.int(T.field(T.apply(T.apply($s.outOfElection, i), j), "version")) <= T.int(MaxVersion))))))
  }

  /** ZabState: tla/specs/ZkV3_7_0.tla, line 211. */
  const ZabState = T.once((): T.Value => $c20())

  /** ServersIncNullPoint: tla/specs/ZkV3_7_0.tla, line 171. */
  const ServersIncNullPoint = T.once((): T.Value => $c22())

  /** SyncMode: tla/specs/ZkV3_7_0.tla, line 217. */
  const SyncMode = T.once((): T.Value => $c23())

  /** MAXEPOCH: tla/specs/ZkV3_7_0.tla, line 54. */
  const MAXEPOCH = T.once((): T.Value => 10)

  /** ViolationSet: tla/specs/ZkV3_7_0.tla, lines 213-215. */
  const ViolationSet = T.once((): T.Value => $c24())

  /** ElectionState: tla/specs/ZkV3_7_0.tla, line 209. */
  const ElectionState = T.once((): T.Value => $c25())

  /** IsON(s): tla/specs/ZkV3_7_0.tla, line 291. */
  function IsON($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.status, s), ONLINE)
  }

  /** FLEReceiveNotmsg(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 537-545. */
  function FLEReceiveNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    ReceiveNotmsg_act($s, $n, ($n191: T.Partial): void => {
      const $n192 = T.bindEach($n191, [V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.learners, $s.learners, V.connecting, $s.connecting, V.initialHistory, $s.initialHistory, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.lastSnapshot, $s.lastSnapshot, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.status, $s.status, V.partition, $s.partition, V.msgs, $s.msgs])
      if ($n192 === null) return
      UpdateRecorder_act($s, $n192, ($n193: T.Partial): void => {
        $k($n193)
      }, T.tuple(["FLEReceiveNotmsg", i, j]))
    }, i, j)
  }

  /** FLENotmsgTimeout(i) as an action: tla/specs/ZkV3_7_0.tla, lines 545-553. */
  function FLENotmsgTimeout_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    NotmsgTimeout_act($s, $n, ($n194: T.Partial): void => {
      const $n195 = T.bindEach($n194, [V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.learners, $s.learners, V.connecting, $s.connecting, V.initialHistory, $s.initialHistory, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.lastSnapshot, $s.lastSnapshot, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.status, $s.status, V.partition, $s.partition, V.msgs, $s.msgs])
      if ($n195 === null) return
      UpdateRecorder_act($s, $n195, ($n196: T.Partial): void => {
        $k($n196)
      }, T.tuple(["FLENotmsgTimeout", i]))
    }, i)
  }

  /** FLEHandleNotmsg(i) as an action: tla/specs/ZkV3_7_0.tla, lines 553-574. */
  function FLEHandleNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    HandleNotmsg_act($s, $n, ($n197: T.Partial): void => {
      {
        const newState = T.once((): T.Value => T.apply(T.primed($n197, V.state, "state"), i))
        const $k198 = ($n199: T.Partial): void => {
          const $n200 = T.bindEach($n199, [V.lastCommitted, $s.lastCommitted, V.lastSnapshot, $s.lastSnapshot, V.acceptedEpoch, $s.acceptedEpoch, V.connectInfo, $s.connectInfo, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.status, $s.status, V.partition, $s.partition, V.msgs, $s.msgs])
          if ($n200 === null) return
          UpdateRecorder_act($s, $n200, ($n201: T.Partial): void => {
            $k($n201)
          }, T.tuple(["FLEHandleNotmsg", i]))
        }
        const $m202 = T.mark($n197)
        or203: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:558:15)
          if (!(T.eq(newState(), LEADING))) break or203
          ZabTurnToLeading_act($s, $n197, ($n204: T.Partial): void => {
            const $n205 = T.bindEach($n204, [V.packetsSync, $s.packetsSync])
            if ($n205 === null) return
            $k198($n205)
          }, i)
        }
        T.undo($n197, $m202)
        or206: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:561:15)
          if (!(T.eq(newState(), FOLLOWING))) break or206
          ZabTurnToFollowing_act($s, $n197, ($n207: T.Partial): void => {
            const $n208 = T.bindEach($n207, [V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch])
            if ($n208 === null) return
            $k198($n208)
          }, i)
        }
        T.undo($n197, $m202)
        or209: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:565:15)
          if (!(T.eq(newState(), LOOKING))) break or209
          const $n210 = T.bindEach($n197, [V.zabState, $s.zabState, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.packetsSync, $s.packetsSync, V.initialHistory, $s.initialHistory])
          if ($n210 === null) break or209
          $k198($n210)
        }
        T.undo($n197, $m202)
      }
    }, i)
  }

  /** FLEWaitNewNotmsg(i) as an action: tla/specs/ZkV3_7_0.tla, lines 574-594. */
  function FLEWaitNewNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    WaitNewNotmsg_act($s, $n, ($n211: T.Partial): void => {
      {
        const newState = T.once((): T.Value => T.apply(T.primed($n211, V.state, "state"), i))
        const $k212 = ($n213: T.Partial): void => {
          const $n214 = T.bindEach($n213, [V.lastCommitted, $s.lastCommitted, V.lastSnapshot, $s.lastSnapshot, V.acceptedEpoch, $s.acceptedEpoch, V.connectInfo, $s.connectInfo, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.status, $s.status, V.partition, $s.partition, V.msgs, $s.msgs])
          if ($n214 === null) return
          UpdateRecorder_act($s, $n214, ($n215: T.Partial): void => {
            $k($n215)
          }, T.tuple(["FLEWaitNewNotmsg", i]))
        }
        const $m216 = T.mark($n211)
        or217: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:579:15)
          if (!(T.eq(newState(), LEADING))) break or217
          ZabTurnToLeading_act($s, $n211, ($n218: T.Partial): void => {
            const $n219 = T.bindEach($n218, [V.packetsSync, $s.packetsSync])
            if ($n219 === null) return
            $k212($n219)
          }, i)
        }
        T.undo($n211, $m216)
        or220: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:582:15)
          if (!(T.eq(newState(), FOLLOWING))) break or220
          ZabTurnToFollowing_act($s, $n211, ($n221: T.Partial): void => {
            const $n222 = T.bindEach($n221, [V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch])
            if ($n222 === null) return
            $k212($n222)
          }, i)
        }
        T.undo($n211, $m216)
        or223: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:586:15)
          if (!(T.eq(newState(), LOOKING))) break or223
          if (!(T.printT($c26()))) break or223
          const $n224 = T.bindEach($n211, [V.zabState, $s.zabState, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.initialHistory, $s.initialHistory, V.packetsSync, $s.packetsSync])
          if ($n224 === null) break or223
          $k212($n224)
        }
        T.undo($n211, $m216)
      }
    }, i)
  }

  /** CheckPartition: tla/specs/ZkV3_7_0.tla, lines 377-379. */
  function CheckPartition($s: State): boolean {
    return (T.bool(CheckTimeout($s)) && T.bool(CheckParameterLimit(T.field($s.recorder, "nPartition"), "MaxPartitions")))
  }

  /** HasPartitioned(i, j): tla/specs/ZkV3_7_0.tla, lines 307-309. */
  function HasPartitioned($s: State, i: T.Value, j: T.Value): boolean {
    return (T.eq(T.apply(T.apply($s.partition, i), j), true) && T.eq(T.apply(T.apply($s.partition, j), i), true))
  }

  /** PartitionStart(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 668-694. */
  function PartitionStart_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(CheckPartition($s)))) return
    if (!(!T.eq(i, j))) return
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsON($s, j)))) return
    if (!(!T.bool(HasPartitioned($s, i, j)))) return
    const $k225 = ($n226: T.Partial): void => {
      const $n227 = T.bind($n226, V.partition, T.exceptPath(T.exceptPath($s.partition, [i, j], (_$at228) => true), [j, i], (_$at229) => true))
      if ($n227 === null) return
      const $n230 = T.bindEach($n227, [V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.lastSnapshot, $s.lastSnapshot, V.tempMaxEpoch, $s.tempMaxEpoch, V.initialHistory, $s.initialHistory, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.packetsSync, $s.packetsSync, V.status, $s.status])
      if ($n230 === null) return
      UpdateRecorder_act($s, $n230, ($n231: T.Partial): void => {
        $k($n231)
      }, T.tuple(["PartitionStart", i, j]))
    }
    const $m232 = T.mark($n)
    or233: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:674:15)
      if (!(T.bool(IsLeader($s, i)))) break or233
      if (!(T.bool(IsMyLearner($s, i, j)))) break or233
      if (!(T.bool(IsFollower($s, j)))) break or233
      if (!(T.bool(IsMyLeader($s, j, i)))) break or233
      {
        const newLearners = T.once((): T.Value => T.minus(T.apply($s.learners, i), T.setOf([j])))
        const $k234 = ($n235: T.Partial): void => {
          $k225($n235)
        }
        const $m236 = T.mark($n)
        or237: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:677:24)
          if (!(T.bool(IsQuorum(newLearners())))) break or237
          RemoveLearner_act($s, $n, ($n238: T.Partial): void => {
            FollowerShutdown_act($s, $n238, ($n239: T.Partial): void => {
              Clean_act($s, $n239, ($n240: T.Partial): void => {
                $k234($n240)
              }, i, j)
            }, j)
          }, i, j)
        }
        T.undo($n, $m236)
        or241: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:681:24)
          if (!(!T.bool(IsQuorum(newLearners())))) break or241
          LeaderShutdown_act($s, $n, ($n242: T.Partial): void => {
            const $n243 = T.bindEach($n242, [V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv])
            if ($n243 === null) return
            $k234($n243)
          }, i)
        }
        T.undo($n, $m236)
      }
    }
    T.undo($n, $m232)
    or244: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:684:15)
      if (!(T.bool(IsLooking($s, i)))) break or244
      if (!(T.bool(IsLooking($s, j)))) break or244
      if (!(T.bool(IdCompare(i, j)))) break or244
      const $n245 = T.bindEach($n, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.history, $s.history, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.electionMsgs, $s.electionMsgs, V.zabState, $s.zabState, V.connectInfo, $s.connectInfo, V.msgs, $s.msgs, V.learners, $s.learners, V.forwarding, $s.forwarding, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv])
      if ($n245 === null) break or244
      $k225($n245)
    }
    T.undo($n, $m232)
  }

  /** IdCompare(id1, id2): tla/specs/FastLeaderElection.tla, lines 125-127. */
  function IdCompare(id1: T.Value, id2: T.Value): boolean {
    return ((): boolean => {
      const item1: T.Value = T.choose(IdTable(), (item) => T.eq(T.apply(item, 1), id1), "tla/specs/FastLeaderElection.tla:125:36")
      const item2: T.Value = T.choose(IdTable(), (item) => T.eq(T.apply(item, 1), id2), "tla/specs/FastLeaderElection.tla:126:36")
      return (T.int(T.apply(item1, 2)) > T.int(T.apply(item2, 2)))
    })()
  }

  /** PartitionRecover(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 694-704. */
  function PartitionRecover_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsON($s, j)))) return
    if (!(T.bool(IdCompare(i, j)))) return
    if (!(T.bool(HasPartitioned($s, i, j)))) return
    const $n246 = T.bind($n, V.partition, T.exceptPath(T.exceptPath($s.partition, [i, j], (_$at247) => false), [j, i], (_$at248) => false))
    if ($n246 === null) return
    const $n249 = T.bindEach($n246, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.lastSnapshot, $s.lastSnapshot, V.initialHistory, $s.initialHistory, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.msgs, $s.msgs, V.electionMsgs, $s.electionMsgs, V.status, $s.status])
    if ($n249 === null) return
    UpdateRecorder_act($s, $n249, ($n250: T.Partial): void => {
      $k($n250)
    }, T.tuple(["PartitionRecover", i, j]))
  }

  /** NodeCrash(i) as an action: tla/specs/ZkV3_7_0.tla, lines 704-735. */
  function NodeCrash_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    CheckCrash_act($s, $n, ($n251: T.Partial): void => {
      if (!(T.bool(IsON($s, i)))) return
      const $n252 = T.bind($n251, V.status, T.except($s.status, i, (_$at253) => OFFLINE))
      if ($n252 === null) return
      const $k254 = ($n255: T.Partial): void => {
        const $n256 = T.bindEach($n255, [V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.lastSnapshot, $s.lastSnapshot, V.tempMaxEpoch, $s.tempMaxEpoch, V.initialHistory, $s.initialHistory, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.packetsSync, $s.packetsSync, V.partition, $s.partition])
        if ($n256 === null) return
        UpdateRecorder_act($s, $n256, ($n257: T.Partial): void => {
          $k($n257)
        }, T.tuple(["NodeCrash", i]))
      }
      const $m258 = T.mark($n252)
      or259: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:708:15)
        if (!(T.bool(IsLooking($s, i)))) break or259
        const $n260 = T.bindEach($n252, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.history, $s.history, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.electionMsgs, $s.electionMsgs, V.zabState, $s.zabState, V.connectInfo, $s.connectInfo, V.msgs, $s.msgs, V.learners, $s.learners, V.forwarding, $s.forwarding, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv])
        if ($n260 === null) break or259
        $k254($n260)
      }
      T.undo($n252, $m258)
      or261: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:711:15)
        if (!(T.bool(IsFollower($s, i)))) break or261
        {
          const connectedWithLeader: T.Value = HasLeader($s, i)
          const $k262 = ($n263: T.Partial): void => {
            $k254($n263)
          }
          const $m264 = T.mark($n252)
          or265: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:713:24)
            if (!(T.bool(connectedWithLeader))) break or265
            {
              const leader = T.once((): T.Value => T.field(T.apply($s.connectInfo, i), "sid"))
              const newCluster = T.once((): T.Value => T.minus(T.apply($s.learners, leader()), T.setOf([i])))
              const $k266 = ($n267: T.Partial): void => {
                $k262($n267)
              }
              const $m268 = T.mark($n252)
              or269: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:717:30)
                if (!(T.bool(IsQuorum(newCluster())))) break or269
                RemoveLearner_act($s, $n252, ($n270: T.Partial): void => {
                  FollowerShutdown_act($s, $n270, ($n271: T.Partial): void => {
                    Clean_act($s, $n271, ($n272: T.Partial): void => {
                      $k266($n272)
                    }, leader(), i)
                  }, i)
                }, leader(), i)
              }
              T.undo($n252, $m268)
              or273: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:721:30)
                if (!(!T.bool(IsQuorum(newCluster())))) break or273
                LeaderShutdown_act($s, $n252, ($n274: T.Partial): void => {
                  const $n275 = T.bindEach($n274, [V.electing, $s.electing, V.connecting, $s.connecting, V.ackldRecv, $s.ackldRecv])
                  if ($n275 === null) return
                  $k266($n275)
                }, leader())
              }
              T.undo($n252, $m268)
            }
          }
          T.undo($n252, $m264)
          or276: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:724:24)
            if (!(!T.bool(connectedWithLeader))) break or276
            FollowerShutdown_act($s, $n252, ($n277: T.Partial): void => {
              CleanInputBuffer_act($s, $n277, ($n278: T.Partial): void => {
                const $n279 = T.bindEach($n278, [V.learners, $s.learners, V.forwarding, $s.forwarding, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv])
                if ($n279 === null) return
                $k262($n279)
              }, T.setOf([i]))
            }, i)
          }
          T.undo($n252, $m264)
        }
      }
      T.undo($n252, $m258)
      or280: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:728:15)
        if (!(T.bool(IsLeader($s, i)))) break or280
        LeaderShutdown_act($s, $n252, ($n281: T.Partial): void => {
          const $n282 = T.bindEach($n281, [V.electing, $s.electing, V.connecting, $s.connecting, V.ackldRecv, $s.ackldRecv])
          if ($n282 === null) return
          $k254($n282)
        }, i)
      }
      T.undo($n252, $m258)
    }, i)
  }

  /** IsOFF(s): tla/specs/ZkV3_7_0.tla, line 292. */
  function IsOFF($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.status, s), OFFLINE)
  }

  /** NodeStart(i) as an action: tla/specs/ZkV3_7_0.tla, lines 735-744. */
  function NodeStart_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsOFF($s, i)))) return
    const $n283 = T.bind($n, V.status, T.except($s.status, i, (_$at284) => ONLINE))
    if ($n283 === null) return
    const $n285 = T.bind($n283, V.lastProcessed, T.except($s.lastProcessed, i, (_$at286) => InitLastProcessed($s, i)))
    if ($n285 === null) return
    const $n287 = T.bind($n285, V.lastCommitted, T.except($s.lastCommitted, i, (_$at288) => T.apply($s.lastSnapshot, i)))
    if ($n287 === null) return
    const $n289 = T.bindEach($n287, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.history, $s.history, V.lastSnapshot, $s.lastSnapshot, V.initialHistory, $s.initialHistory, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.msgs, $s.msgs, V.electionMsgs, $s.electionMsgs, V.partition, $s.partition])
    if ($n289 === null) return
    UpdateRecorder_act($s, $n289, ($n290: T.Partial): void => {
      $k($n290)
    }, T.tuple(["NodeStart", i]))
  }

  /** IsLeader(s): tla/specs/ZkV3_7_0.tla, line 294. */
  function IsLeader($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), LEADING)
  }

  /** IsMyLearner(i, j): tla/specs/ZkV3_7_0.tla, line 298. */
  function IsMyLearner($s: State, i: T.Value, j: T.Value): boolean {
    return T.isIn(j, T.apply($s.learners, i))
  }

  /** IsFollower(s): tla/specs/ZkV3_7_0.tla, line 295. */
  function IsFollower($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), FOLLOWING)
  }

  /** HasNoLeader(i): tla/specs/ZkV3_7_0.tla, line 300. */
  function HasNoLeader($s: State, i: T.Value): boolean {
    return T.eq(T.field(T.apply($s.connectInfo, i), "sid"), NullPoint)
  }

  /** MyVote(i): tla/specs/ZkV3_7_0.tla, line 302. */
  function MyVote($s: State, i: T.Value): T.Value {
    return T.field(T.apply($s.currentVote, i), "proposedLeader")
  }

  /** ConnectAndFollowerSendFOLLOWERINFO(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 747-761. */
  function ConnectAndFollowerSendFOLLOWERINFO_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsON($s, j)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(!T.bool(IsMyLearner($s, i, j)))) return
    if (!(T.bool(IsFollower($s, j)))) return
    if (!(T.bool(HasNoLeader($s, j)))) return
    if (!(T.eq(MyVote($s, j), i))) return
    const $n291 = T.bind($n, V.learners, T.except($s.learners, i, (_$at292) => T.union(T.apply($s.learners, i), T.setOf([j]))))
    if ($n291 === null) return
    const $n293 = T.bind($n291, V.connectInfo, T.exceptPath($s.connectInfo, [j, "sid"], (_$at294) => i))
    if ($n293 === null) return
    Send_act($s, $n293, ($n295: T.Partial): void => {
      const $n296 = T.bindEach($n295, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.lastSnapshot, $s.lastSnapshot, V.initialHistory, $s.initialHistory, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.status, $s.status, V.partition, $s.partition, V.electionMsgs, $s.electionMsgs, V.packetsSync, $s.packetsSync])
      if ($n296 === null) return
      UpdateRecorder_act($s, $n296, ($n297: T.Partial): void => {
        $k($n297)
      }, T.tuple(["ConnectAndFollowerSendFOLLOWERINFO", i, j]))
    }, j, i, T.sortedRecord(["mtype", "mzxid"], [FOLLOWERINFO, T.tuple([T.apply($s.acceptedEpoch, j), 0])]))
  }

  /** CheckEpoch: tla/specs/ZkV3_7_0.tla, line 376. */
  function CheckEpoch($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "maxEpoch"), "MaxEpoch")
  }

  /** PendingFOLLOWERINFO(i, j): tla/specs/ZkV3_7_0.tla, lines 387-389. */
  function PendingFOLLOWERINFO($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), FOLLOWERINFO))
  }

  /** LeaderProcessFOLLOWERINFO(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 784-833. */
  function LeaderProcessFOLLOWERINFO_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(CheckEpoch($s)))) return
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingFOLLOWERINFO($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLearner($s, i, j)
      const lastAcceptedEpoch = T.once((): T.Value => T.apply(T.field(msg(), "mzxid"), 1))
      const sid_connecting = T.once((): T.Value => T.map(T.apply($s.connecting, i), (c) => T.field(c, "sid")))
      if (!(T.bool(infoOk))) return
      const $k298 = ($n299: T.Partial): void => {
        const $n300 = T.bindEach($n299, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.zabState, $s.zabState, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.initialHistory, $s.initialHistory, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.lastSnapshot, $s.lastSnapshot, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
        if ($n300 === null) return
        UpdateRecorder_act($s, $n300, ($n301: T.Partial): void => {
          $k($n301)
        }, T.tuple(["LeaderProcessFOLLOWERINFO", i, j]))
      }
      const $m302 = T.mark($n)
      or303: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:796:18)
        if (!(T.bool(WaitingForNewEpoch(i, sid_connecting())))) break or303
        const $k304 = ($n305: T.Partial): void => {
          const $n306 = T.bind($n305, V.tempMaxEpoch, T.except($s.tempMaxEpoch, i, ($at307) => ((T.int(lastAcceptedEpoch()) >= T.int(T.apply($s.tempMaxEpoch, i))) ? (T.int(lastAcceptedEpoch()) + 1) : $at307)))
          if ($n306 === null) return
          const $n308 = T.bind($n306, V.connecting, T.except($s.connecting, i, ($at309) => UpdateConnectingOrAckldRecv($at309, j)))
          if ($n308 === null) return
          {
            const new_sid_connecting = T.once((): T.Value => T.map(T.apply(T.primed($n308, V.connecting, "connecting"), i), (c) => T.field(c, "sid")))
            const $k310 = ($n311: T.Partial): void => {
              $k298($n311)
            }
            const $m312 = T.mark($n308)
            or313: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:809:24)
              if (!(T.bool(WaitingForNewEpochTurnToFalse(i, new_sid_connecting())))) break or313
              const $n314 = T.bind($n308, V.acceptedEpoch, T.except($s.acceptedEpoch, i, (_$at315) => T.apply(T.primed($n308, V.tempMaxEpoch, "tempMaxEpoch"), i)))
              if ($n314 === null) break or313
              {
                const newLeaderZxid = T.once((): T.Value => T.tuple([T.apply(T.primed($n314, V.acceptedEpoch, "acceptedEpoch"), i), 0]))
                const m = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [LEADERINFO, newLeaderZxid()]))
                DiscardAndBroadcastLEADERINFO_act($s, $n314, ($n316: T.Partial): void => {
                  $k310($n316)
                }, i, j, m())
              }
            }
            T.undo($n308, $m312)
            or317: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:815:24)
              if (!(!T.bool(WaitingForNewEpochTurnToFalse(i, new_sid_connecting())))) break or317
              Discard_act($s, $n308, ($n318: T.Partial): void => {
                const $n319 = T.bindEach($n318, [V.acceptedEpoch, $s.acceptedEpoch])
                if ($n319 === null) return
                $k310($n319)
              }, j, i)
            }
            T.undo($n308, $m312)
          }
        }
        const $m320 = T.mark($n)
        or321: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:797:24)
          if (!(T.eq(T.apply($s.zabState, i), DISCOVERY))) break or321
          const $n322 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
          if ($n322 === null) break or321
          $k304($n322)
        }
        T.undo($n, $m320)
        or323: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:799:24)
          if (!(!T.eq(T.apply($s.zabState, i), DISCOVERY))) break or323
          if (!(T.printT($c27()))) break or323
          const $n324 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "stateInconsistent", (_$at325) => true))
          if ($n324 === null) break or323
          $k304($n324)
        }
        T.undo($n, $m320)
      }
      T.undo($n, $m302)
      or326: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:819:18)
        if (!(!T.bool(WaitingForNewEpoch(i, sid_connecting())))) break or326
        Reply_act($s, $n, ($n327: T.Partial): void => {
          const $n328 = T.bindEach($n327, [V.tempMaxEpoch, $s.tempMaxEpoch, V.connecting, $s.connecting, V.acceptedEpoch, $s.acceptedEpoch, V.violatedInvariants, $s.violatedInvariants])
          if ($n328 === null) return
          $k298($n328)
        }, i, j, T.sortedRecord(["mtype", "mzxid"], [LEADERINFO, T.tuple([T.apply($s.acceptedEpoch, i), 0])]))
      }
      T.undo($n, $m302)
    }
  }

  /** PendingLEADERINFO(i, j): tla/specs/ZkV3_7_0.tla, lines 389-391. */
  function PendingLEADERINFO($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), LEADERINFO))
  }

  /** FollowerProcessLEADERINFO(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 833-878. */
  function FollowerProcessLEADERINFO_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingLEADERINFO($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const newEpoch = T.once((): T.Value => T.apply(T.field(msg(), "mzxid"), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const epochOk = T.once((): T.Value => (T.int(newEpoch()) >= T.int(T.apply($s.acceptedEpoch, i))))
      const stateOk = T.once((): T.Value => T.eq(T.apply($s.zabState, i), DISCOVERY))
      if (!(T.bool(infoOk))) return
      const $k329 = ($n330: T.Partial): void => {
        const $n331 = T.bindEach($n330, [V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.tempMaxEpoch, $s.tempMaxEpoch, V.initialHistory, $s.initialHistory, V.lastSnapshot, $s.lastSnapshot, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.packetsSync, $s.packetsSync, V.status, $s.status, V.partition, $s.partition])
        if ($n331 === null) return
        UpdateRecorder_act($s, $n331, ($n332: T.Partial): void => {
          $k($n332)
        }, T.tuple(["FollowerProcessLEADERINFO", i, j]))
      }
      const $m333 = T.mark($n)
      or334: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:844:21)
        if (!(T.bool(epochOk()))) break or334
        const $k335 = ($n336: T.Partial): void => {
          const $n337 = T.bindEach($n336, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.history, $s.history, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.electionMsgs, $s.electionMsgs, V.connectInfo, $s.connectInfo, V.learners, $s.learners, V.forwarding, $s.forwarding, V.electing, $s.electing, V.connecting, $s.connecting, V.ackldRecv, $s.ackldRecv])
          if ($n337 === null) return
          $k329($n337)
        }
        const $m338 = T.mark($n)
        or339: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:845:27)
          if (!(T.bool(stateOk()))) break or339
          const $k340 = ($n341: T.Partial): void => {
            const $n342 = T.bind($n341, V.zabState, T.except($s.zabState, i, (_$at343) => SYNCHRONIZATION))
            if ($n342 === null) return
            const $n344 = T.bindEach($n342, [V.violatedInvariants, $s.violatedInvariants])
            if ($n344 === null) return
            $k335($n344)
          }
          const $m345 = T.mark($n)
          or346: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:846:33)
            if (!((T.int(newEpoch()) > T.int(T.apply($s.acceptedEpoch, i))))) break or346
            const $n347 = T.bind($n, V.acceptedEpoch, T.except($s.acceptedEpoch, i, (_$at348) => newEpoch()))
            if ($n347 === null) break or346
            {
              const epochBytes = T.once((): T.Value => T.apply($s.currentEpoch, i))
              const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mtype", "mzxid"], [epochBytes(), ACKEPOCH, T.field(T.apply($s.lastProcessed, i), "zxid")]))
              Reply_act($s, $n347, ($n349: T.Partial): void => {
                $k340($n349)
              }, i, j, m())
            }
          }
          T.undo($n, $m345)
          or350: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:853:33)
            if (!(T.eq(newEpoch(), T.apply($s.acceptedEpoch, i)))) break or350
            {
              const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mtype", "mzxid"], [-1, ACKEPOCH, T.field(T.apply($s.lastProcessed, i), "zxid")]))
              Reply_act($s, $n, ($n351: T.Partial): void => {
                const $n352 = T.bindEach($n351, [V.acceptedEpoch, $s.acceptedEpoch])
                if ($n352 === null) return
                $k340($n352)
              }, i, j, m())
            }
          }
          T.undo($n, $m345)
        }
        T.undo($n, $m338)
        or353: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:861:27)
          if (!(!T.bool(stateOk()))) break or353
          if (!(T.printT($c28()))) break or353
          const $n354 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "stateInconsistent", (_$at355) => true))
          if ($n354 === null) break or353
          Discard_act($s, $n354, ($n356: T.Partial): void => {
            const $n357 = T.bindEach($n356, [V.acceptedEpoch, $s.acceptedEpoch, V.zabState, $s.zabState])
            if ($n357 === null) return
            $k335($n357)
          }, j, i)
        }
        T.undo($n, $m338)
      }
      T.undo($n, $m333)
      or358: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:870:21)
        if (!(!T.bool(epochOk()))) break or358
        FollowerShutdown_act($s, $n, ($n359: T.Partial): void => {
          Clean_act($s, $n359, ($n360: T.Partial): void => {
            RemoveLearner_act($s, $n360, ($n361: T.Partial): void => {
              const $n362 = T.bindEach($n361, [V.acceptedEpoch, $s.acceptedEpoch, V.violatedInvariants, $s.violatedInvariants])
              if ($n362 === null) return
              $k329($n362)
            }, T.field(T.apply($s.connectInfo, i), "sid"), i)
          }, i, T.field(T.apply($s.connectInfo, i), "sid"))
        }, i)
      }
      T.undo($n, $m333)
    }
  }

  /** PendingACKEPOCH(i, j): tla/specs/ZkV3_7_0.tla, lines 391-393. */
  function PendingACKEPOCH($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACKEPOCH))
  }

  /** LeaderProcessACKEPOCH(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1108-1180. */
  function LeaderProcessACKEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACKEPOCH($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLearner($s, i, j)
      const leaderStateSummary = T.once((): T.Value => T.sortedRecord(["currentEpoch", "lastZxid"], [T.apply($s.currentEpoch, i), T.field(T.apply($s.lastProcessed, i), "zxid")]))
      const followerStateSummary = T.once((): T.Value => T.sortedRecord(["currentEpoch", "lastZxid"], [T.field(msg(), "mepoch"), T.field(msg(), "mzxid")]))
      const logOk = T.once((): T.Value => !T.bool(IsMoreRecentThan(followerStateSummary(), leaderStateSummary())))
      const electing_quorum = T.once((): T.Value => T.filter(T.apply($s.electing, i), (e) => T.eq(T.field(e, "inQuorum"), true)))
      const sid_electing = T.once((): T.Value => T.map(electing_quorum(), (s) => T.field(s, "sid")))
      if (!(T.bool(infoOk))) return
      const $k363 = ($n364: T.Partial): void => {
        const $n365 = T.bindEach($n364, [V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.lastSnapshot, $s.lastSnapshot, V.connecting, $s.connecting, V.ackldRecv, $s.ackldRecv, V.tempMaxEpoch, $s.tempMaxEpoch, V.initialHistory, $s.initialHistory, V.packetsSync, $s.packetsSync, V.proposalMsgsLog, $s.proposalMsgsLog, V.status, $s.status, V.partition, $s.partition])
        if ($n365 === null) return
        UpdateRecorder_act($s, $n365, ($n366: T.Partial): void => {
          $k($n366)
        }, T.tuple(["LeaderProcessACKEPOCH", i, j]))
      }
      const $m367 = T.mark($n)
      or368: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1128:21)
        if (!(T.bool(ElectionFinished(i, sid_electing())))) break or368
        const $n369 = T.bind($n, V.electing, T.except($s.electing, i, ($at370) => UpdateElecting($at370, j, T.field(msg(), "mzxid"), false)))
        if ($n369 === null) break or368
        Discard_act($s, $n369, ($n371: T.Partial): void => {
          const $n372 = T.bindEach($n371, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.history, $s.history, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.electionMsgs, $s.electionMsgs, V.zabState, $s.zabState, V.forwarding, $s.forwarding, V.connectInfo, $s.connectInfo, V.learners, $s.learners, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants])
          if ($n372 === null) return
          $k363($n372)
        }, j, i)
      }
      T.undo($n, $m367)
      or373: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1133:21)
        if (!(!T.bool(ElectionFinished(i, sid_electing())))) break or373
        const $k374 = ($n375: T.Partial): void => {
          const $k376 = ($n377: T.Partial): void => {
            $k363($n377)
          }
          const $m378 = T.mark($n375)
          or379: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1141:27)
            if (!(T.eq(T.field(followerStateSummary(), "currentEpoch"), -1))) break or379
            const $n380 = T.bind($n375, V.electing, T.except($s.electing, i, ($at381) => UpdateElecting($at381, j, T.field(msg(), "mzxid"), false)))
            if ($n380 === null) break or379
            Discard_act($s, $n380, ($n382: T.Partial): void => {
              const $n383 = T.bindEach($n382, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.history, $s.history, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.electionMsgs, $s.electionMsgs, V.zabState, $s.zabState, V.forwarding, $s.forwarding, V.connectInfo, $s.connectInfo, V.learners, $s.learners, V.epochLeader, $s.epochLeader])
              if ($n383 === null) return
              $k376($n383)
            }, j, i)
          }
          T.undo($n375, $m378)
          or384: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1147:27)
            if (!((T.int(T.field(followerStateSummary(), "currentEpoch")) > -1))) break or384
            const $k385 = ($n386: T.Partial): void => {
              $k376($n386)
            }
            const $m387 = T.mark($n375)
            or388: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1149:33)
              if (!(T.bool(logOk()))) break or388
              const $n389 = T.bind($n375, V.electing, T.except($s.electing, i, ($at390) => UpdateElecting($at390, j, T.field(msg(), "mzxid"), true)))
              if ($n389 === null) break or388
              {
                const new_electing_quorum = T.once((): T.Value => T.filter(T.apply(T.primed($n389, V.electing, "electing"), i), (e) => T.eq(T.field(e, "inQuorum"), true)))
                const new_sid_electing = T.once((): T.Value => T.map(new_electing_quorum(), (s) => T.field(s, "sid")))
                const $k391 = ($n392: T.Partial): void => {
                  Discard_act($s, $n392, ($n393: T.Partial): void => {
                    const $n394 = T.bindEach($n393, [V.state, $s.state, V.lastProcessed, $s.lastProcessed, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.electionMsgs, $s.electionMsgs, V.connectInfo, $s.connectInfo, V.learners, $s.learners, V.history, $s.history, V.forwarding, $s.forwarding])
                    if ($n394 === null) return
                    $k385($n394)
                  }, j, i)
                }
                const $m395 = T.mark($n389)
                or396: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1157:39)
                  if (!(T.bool(ElectionFinished(i, new_sid_electing())))) break or396
                  LeaderTurnToSynchronization_act($s, $n389, ($n397: T.Partial): void => {
                    {
                      const newLeaderEpoch = T.once((): T.Value => T.apply($s.acceptedEpoch, i))
                      const $n398 = T.bind($n397, V.epochLeader, T.except($s.epochLeader, newLeaderEpoch(), ($at399) => T.union($at399, T.setOf([i]))))
                      if ($n398 === null) return
                      $k391($n398)
                    }
                  }, i)
                }
                T.undo($n389, $m395)
                or400: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1163:39)
                  if (!(!T.bool(ElectionFinished(i, new_sid_electing())))) break or400
                  const $n401 = T.bindEach($n389, [V.currentEpoch, $s.currentEpoch, V.zabState, $s.zabState, V.epochLeader, $s.epochLeader])
                  if ($n401 === null) break or400
                  $k391($n401)
                }
                T.undo($n389, $m395)
              }
            }
            T.undo($n375, $m387)
            or402: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1169:33)
              if (!(!T.bool(logOk()))) break or402
              LeaderShutdown_act($s, $n375, ($n403: T.Partial): void => {
                const $n404 = T.bindEach($n403, [V.electing, $s.electing, V.epochLeader, $s.epochLeader])
                if ($n404 === null) return
                $k385($n404)
              }, i)
            }
            T.undo($n375, $m387)
          }
          T.undo($n375, $m378)
        }
        const $m405 = T.mark($n)
        or406: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1134:27)
          if (!(T.eq(T.apply($s.zabState, i), DISCOVERY))) break or406
          const $n407 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
          if ($n407 === null) break or406
          $k374($n407)
        }
        T.undo($n, $m405)
        or408: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1136:27)
          if (!(!T.eq(T.apply($s.zabState, i), DISCOVERY))) break or408
          if (!(T.printT($c29()))) break or408
          const $n409 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "stateInconsistent", (_$at410) => true))
          if ($n409 === null) break or408
          $k374($n409)
        }
        T.undo($n, $m405)
      }
      T.undo($n, $m367)
    }
  }

  /** LeaderSyncFollower(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1180-1204. */
  function LeaderSyncFollower_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    {
      const electing_quorum = T.once((): T.Value => T.filter(T.apply($s.electing, i), (e) => T.eq(T.field(e, "inQuorum"), true)))
      const electionFinished: T.Value = ElectionFinished(i, T.map(electing_quorum(), (s) => T.field(s, "sid")))
      const toSync = T.once((): T.Value => T.filter(T.apply($s.electing, i), (s) => (!T.bool(ZxidEqual(T.field(s, "peerLastZxid"), $c30())) && T.isIn(T.field(s, "sid"), T.apply($s.learners, i)))))
      const canSync = T.once((): T.Value => !T.eq(toSync(), $c31()))
      if (!(T.bool(electionFinished))) return
      if (!(T.bool(canSync()))) return
      const $k411 = ($n412: T.Partial): void => {
        {
          const chosen = T.once((): T.Value => T.choose(toSync(), (s) => T.eq(T.field(s, "sid"), j), "tla/specs/ZkV3_7_0.tla:1192:29"))
          const newChosen = T.once((): T.Value => T.sortedRecord(["inQuorum", "peerLastZxid", "sid"], [T.field(chosen(), "inQuorum"), $c30(), T.field(chosen(), "sid")]))
          SyncFollower_act($s, $n412, ($n413: T.Partial): void => {
            const $n414 = T.bind($n413, V.electing, T.except($s.electing, i, ($at415) => T.union(T.minus($at415, T.setOf([chosen()])), T.setOf([newChosen()]))))
            if ($n414 === null) return
            const $n416 = T.bindEach($n414, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.initialHistory, $s.initialHistory, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.ackldRecv, $s.ackldRecv, V.tempMaxEpoch, $s.tempMaxEpoch, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.lastSnapshot, $s.lastSnapshot, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
            if ($n416 === null) return
            UpdateRecorder_act($s, $n416, ($n417: T.Partial): void => {
              $k($n417)
            }, T.tuple(["LeaderSyncFollower", i, j]))
          }, i, T.field(chosen(), "sid"), T.field(chosen(), "peerLastZxid"), false)
        }
      }
      const $m418 = T.mark($n)
      for (const s of T.elems(toSync())) {
        T.undo($n, $m418)
        if (!(T.eq(T.field(s, "sid"), j))) continue
        $k411($n)
      }
      T.undo($n, $m418)
    }
  }

  /** FollowerProcessSyncMessage(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1209-1272. */
  function FollowerProcessSyncMessage_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()))) return
    const $k419 = ($n420: T.Partial): void => {
      {
        const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
        const infoOk: T.Value = IsMyLeader($s, i, j)
        const stateOk = T.once((): T.Value => T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))
        if (!(T.bool(infoOk))) return
        const $k421 = ($n422: T.Partial): void => {
          Discard_act($s, $n422, ($n423: T.Partial): void => {
            const $n424 = T.bindEach($n423, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.tempMaxEpoch, $s.tempMaxEpoch, V.packetsSync, $s.packetsSync, V.lastSnapshot, $s.lastSnapshot, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
            if ($n424 === null) return
            UpdateRecorder_act($s, $n424, ($n425: T.Partial): void => {
              $k($n425)
            }, T.tuple(["FollowerProcessSyncMessage", i, j]))
          }, j, i)
        }
        const $m426 = T.mark($n420)
        or427: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1221:21)
          if (!(!T.bool(stateOk()))) break or427
          if (!(T.printT($c32()))) break or427
          const $n428 = T.bind($n420, V.violatedInvariants, T.except($s.violatedInvariants, "stateInconsistent", (_$at429) => true))
          if ($n428 === null) break or427
          const $n430 = T.bindEach($n428, [V.history, $s.history, V.initialHistory, $s.initialHistory, V.lastProcessed, $s.lastProcessed, V.lastCommitted, $s.lastCommitted, V.connectInfo, $s.connectInfo])
          if ($n430 === null) break or427
          $k421($n430)
        }
        T.undo($n420, $m426)
        or431: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1226:21)
          if (!(T.bool(stateOk()))) break or431
          const $k432 = ($n433: T.Partial): void => {
            $k421($n433)
          }
          const $m434 = T.mark($n420)
          or435: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1227:27)
            if (!(T.eq(T.field(msg(), "mtype"), DIFF))) break or435
            const $n436 = T.bind($n420, V.connectInfo, T.exceptPath($s.connectInfo, [i, "syncMode"], (_$at437) => DIFF))
            if ($n436 === null) break or435
            const $n438 = T.bindEach($n436, [V.history, $s.history, V.initialHistory, $s.initialHistory, V.lastProcessed, $s.lastProcessed, V.lastCommitted, $s.lastCommitted, V.violatedInvariants, $s.violatedInvariants])
            if ($n438 === null) break or435
            $k432($n438)
          }
          T.undo($n420, $m434)
          or439: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1231:27)
            if (!(T.eq(T.field(msg(), "mtype"), TRUNC))) break or439
            const $n440 = T.bind($n420, V.connectInfo, T.exceptPath($s.connectInfo, [i, "syncMode"], (_$at441) => TRUNC))
            if ($n440 === null) break or439
            {
              const truncZxid = T.once((): T.Value => T.field(msg(), "mtruncZxid"))
              const truncIndex: T.Value = ZxidToIndex(T.apply($s.history, i), truncZxid())
              const truncOk: T.Value = ((T.int(truncIndex) >= T.int(T.field(T.apply($s.lastCommitted, i), "index"))) && (T.int(truncIndex) <= T.len(T.apply($s.history, i))))
              const $k442 = ($n443: T.Partial): void => {
                $k432($n443)
              }
              const $m444 = T.mark($n440)
              or445: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1238:33)
                if (!(!T.bool(truncOk))) break or445
                if (!(T.printT("Exception: TRUNC error."))) break or445
                const $n446 = T.bind($n440, V.violatedInvariants, T.except($s.violatedInvariants, "proposalInconsistent", (_$at447) => true))
                if ($n446 === null) break or445
                const $n448 = T.bindEach($n446, [V.history, $s.history, V.initialHistory, $s.initialHistory, V.lastProcessed, $s.lastProcessed, V.lastCommitted, $s.lastCommitted])
                if ($n448 === null) break or445
                $k442($n448)
              }
              T.undo($n440, $m444)
              or449: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1243:33)
                if (!(T.bool(truncOk))) break or449
                const $n450 = T.bind($n440, V.history, T.except($s.history, i, (_$at451) => TruncateLog(T.apply($s.history, i), truncIndex)))
                if ($n450 === null) break or449
                const $n452 = T.bind($n450, V.initialHistory, T.except($s.initialHistory, i, (_$at453) => T.apply(T.primed($n450, V.history, "history"), i)))
                if ($n452 === null) break or449
                const $n454 = T.bind($n452, V.lastProcessed, T.except($s.lastProcessed, i, (_$at455) => T.sortedRecord(["index", "zxid"], [truncIndex, truncZxid()])))
                if ($n454 === null) break or449
                const $n456 = T.bind($n454, V.lastCommitted, T.except($s.lastCommitted, i, (_$at457) => T.sortedRecord(["index", "zxid"], [truncIndex, truncZxid()])))
                if ($n456 === null) break or449
                const $n458 = T.bindEach($n456, [V.violatedInvariants, $s.violatedInvariants])
                if ($n458 === null) break or449
                $k442($n458)
              }
              T.undo($n440, $m444)
            }
          }
          T.undo($n420, $m434)
          or459: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1254:27)
            if (!(T.eq(T.field(msg(), "mtype"), SNAP))) break or459
            const $n460 = T.bind($n420, V.connectInfo, T.exceptPath($s.connectInfo, [i, "syncMode"], (_$at461) => SNAP))
            if ($n460 === null) break or459
            const $n462 = T.bind($n460, V.history, T.except($s.history, i, (_$at463) => T.field(msg(), "msnapshot")))
            if ($n462 === null) break or459
            const $n464 = T.bind($n462, V.initialHistory, T.except($s.initialHistory, i, (_$at465) => T.apply(T.primed($n462, V.history, "history"), i)))
            if ($n464 === null) break or459
            const $n466 = T.bind($n464, V.lastProcessed, T.except($s.lastProcessed, i, (_$at467) => T.sortedRecord(["index", "zxid"], [T.len(T.apply(T.primed($n464, V.history, "history"), i)), T.field(msg(), "msnapZxid")])))
            if ($n466 === null) break or459
            const $n468 = T.bind($n466, V.lastCommitted, T.except($s.lastCommitted, i, (_$at469) => T.sortedRecord(["index", "zxid"], [T.len(T.apply(T.primed($n466, V.history, "history"), i)), T.field(msg(), "msnapZxid")])))
            if ($n468 === null) break or459
            const $n470 = T.bindEach($n468, [V.violatedInvariants, $s.violatedInvariants])
            if ($n470 === null) break or459
            $k432($n470)
          }
          T.undo($n420, $m434)
        }
        T.undo($n420, $m426)
      }
    }
    const $m471 = T.mark($n)
    or472: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1213:15)
      if (!(T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), DIFF))) break or472
      $k419($n)
    }
    T.undo($n, $m471)
    or473: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1214:15)
      if (!(T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), TRUNC))) break or473
      $k419($n)
    }
    T.undo($n, $m471)
    or474: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1215:15)
      if (!(T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), SNAP))) break or474
      $k419($n)
    }
    T.undo($n, $m471)
  }

  /** PendingPROPOSAL(i, j): tla/specs/ZkV3_7_0.tla, lines 399-401. */
  function PendingPROPOSAL($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), PROPOSAL))
  }

  /** FollowerProcessPROPOSALInSync(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1309-1336. */
  function FollowerProcessPROPOSALInSync_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingPROPOSAL($s, i, j)))) return
    if (!(T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const isNext = T.once((): T.Value => IsNextZxid(T.field(LastQueued($s, i), "zxid"), T.field(msg(), "mzxid")))
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [$c31(), T.apply($s.acceptedEpoch, i), T.field(msg(), "mdata"), T.field(msg(), "mzxid")]))
      if (!(T.bool(infoOk))) return
      const $k475 = ($n476: T.Partial): void => {
        Discard_act($s, $n476, ($n477: T.Partial): void => {
          const $n478 = T.bindEach($n477, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.lastSnapshot, $s.lastSnapshot, V.initialHistory, $s.initialHistory, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.connectInfo, $s.connectInfo, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
          if ($n478 === null) return
          UpdateRecorder_act($s, $n478, ($n479: T.Partial): void => {
            $k($n479)
          }, T.tuple(["FollowerProcessPROPOSALInSync", i, j]))
        }, j, i)
      }
      const $m480 = T.mark($n)
      or481: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1322:21)
        IsNextZxid_act($s, $n, ($n482: T.Partial): void => {
          const $n483 = T.bind($n482, V.packetsSync, T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at484) => T.append(T.field(T.apply($s.packetsSync, i), "notCommitted"), newTxn())))
          if ($n483 === null) return
          $k475($n483)
        }, T.field(LastQueued($s, i), "zxid"), T.field(msg(), "mzxid"))
      }
      T.undo($n, $m480)
      or485: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1325:21)
        if (!(!T.bool(isNext()))) break or485
        if (!(T.printT($c33()))) break or485
        const $n486 = T.bindEach($n, [V.packetsSync, $s.packetsSync])
        if ($n486 === null) break or485
        $k475($n486)
      }
      T.undo($n, $m480)
    }
  }

  /** PendingCOMMIT(i, j): tla/specs/ZkV3_7_0.tla, lines 403-406. */
  function PendingCOMMIT($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), COMMIT))
  }

  /** FollowerProcessCOMMITInSync(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1383-1435. */
  function FollowerProcessCOMMITInSync_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingCOMMIT($s, i, j)))) return
    if (!(T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const committedIndex = T.once((): T.Value => (T.int(T.field(LastCommitted($s, i), "index")) + 1))
      const exist = T.once((): T.Value => ((T.int(committedIndex()) <= T.int(T.field(LastQueued($s, i), "index"))) && T.bool(IsNextZxid(T.field(LastCommitted($s, i), "zxid"), T.field(msg(), "mzxid")))))
      const match = T.once((): T.Value => ZxidEqual(T.field(msg(), "mzxid"), T.field(TxnWithIndex($s, i, committedIndex()), "zxid")))
      if (!(T.bool(infoOk))) return
      const $k487 = ($n488: T.Partial): void => {
        Discard_act($s, $n488, ($n489: T.Partial): void => {
          const $n490 = T.bindEach($n489, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.lastSnapshot, $s.lastSnapshot, V.initialHistory, $s.initialHistory, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.connectInfo, $s.connectInfo, V.epochLeader, $s.epochLeader, V.proposalMsgsLog, $s.proposalMsgsLog, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
          if ($n490 === null) return
          UpdateRecorder_act($s, $n490, ($n491: T.Partial): void => {
            $k($n491)
          }, T.tuple(["FollowerProcessCOMMITInSync", i, j]))
        }, j, i)
      }
      const $m492 = T.mark($n)
      or493: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1395:21)
        if (!((T.int(committedIndex()) <= T.int(T.field(LastQueued($s, i), "index"))))) break or493
        IsNextZxid_act($s, $n, ($n494: T.Partial): void => {
          const $k495 = ($n496: T.Partial): void => {
            $k487($n496)
          }
          const $m497 = T.mark($n494)
          or498: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1396:27)
            if (!(T.bool(match()))) break or498
            {
              const writeToTxnLog: T.Value = WriteToTxnLog($s, i)
              const $k499 = ($n500: T.Partial): void => {
                const $n501 = T.bindEach($n500, [V.violatedInvariants, $s.violatedInvariants])
                if ($n501 === null) return
                $k495($n501)
              }
              const $m502 = T.mark($n494)
              or503: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1399:33)
                if (!(!T.bool(writeToTxnLog))) break or503
                {
                  const committedTxn = T.once((): T.Value => T.apply(T.field(T.apply($s.packetsSync, i), "notCommitted"), 1))
                  const $n504 = T.bind($n494, V.history, T.except($s.history, i, ($at505) => T.append($at505, committedTxn())))
                  if ($n504 === null) break or503
                  const $n506 = T.bind($n504, V.lastCommitted, T.except($s.lastCommitted, i, (_$at507) => T.sortedRecord(["index", "zxid"], [T.len(T.apply(T.primed($n504, V.history, "history"), i)), T.field(committedTxn(), "zxid")])))
                  if ($n506 === null) break or503
                  const $n508 = T.bind($n506, V.lastProcessed, T.except($s.lastProcessed, i, (_$at509) => T.apply(T.primed($n506, V.lastCommitted, "lastCommitted"), i)))
                  if ($n508 === null) break or503
                  const $n510 = T.bind($n508, V.packetsSync, T.exceptPath($s.packetsSync, [i, "notCommitted"], ($at511) => T.tail($at511)))
                  if ($n510 === null) break or503
                  $k499($n510)
                }
              }
              T.undo($n494, $m502)
              or512: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1411:33)
                if (!(T.bool(writeToTxnLog))) break or512
                const $n513 = T.bind($n494, V.packetsSync, T.exceptPath($s.packetsSync, [i, "committed"], (_$at514) => T.append(T.field(T.apply($s.packetsSync, i), "committed"), T.field(msg(), "mzxid"))))
                if ($n513 === null) break or512
                const $n515 = T.bindEach($n513, [V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed])
                if ($n515 === null) break or512
                $k499($n515)
              }
              T.undo($n494, $m502)
            }
          }
          T.undo($n494, $m497)
          or516: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1416:27)
            if (!(!T.bool(match()))) break or516
            if (!(T.printT($c34()))) break or516
            const $n517 = T.bind($n494, V.violatedInvariants, T.except($s.violatedInvariants, "commitInconsistent", (_$at518) => true))
            if ($n517 === null) break or516
            const $n519 = T.bindEach($n517, [V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed, V.packetsSync, $s.packetsSync])
            if ($n519 === null) break or516
            $k495($n519)
          }
          T.undo($n494, $m497)
        }, T.field(LastCommitted($s, i), "zxid"), T.field(msg(), "mzxid"))
      }
      T.undo($n, $m492)
      or520: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1422:21)
        if (!(!T.bool(exist()))) break or520
        if (!(T.printT($c35()))) break or520
        const $n521 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "commitInconsistent", (_$at522) => true))
        if ($n521 === null) break or520
        const $n523 = T.bindEach($n521, [V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed, V.packetsSync, $s.packetsSync])
        if ($n523 === null) break or520
        $k487($n523)
      }
      T.undo($n, $m492)
    }
  }

  /** PendingNEWLEADER(i, j): tla/specs/ZkV3_7_0.tla, lines 393-395. */
  function PendingNEWLEADER($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), NEWLEADER))
  }

  /** FollowerProcessNEWLEADER(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1465-1493. */
  function FollowerProcessNEWLEADER_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingNEWLEADER($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const packetsInSync = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "notCommitted"))
      const m_ackld = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [ACKLD, T.field(msg(), "mzxid")]))
      const ms_ack = T.once((): T.Value => ACKInBatches($c18(), packetsInSync()))
      const queue_toSend = T.once((): T.Value => T.concat(T.tuple([m_ackld()]), ms_ack()))
      if (!(T.bool(infoOk))) return
      const $n524 = T.bind($n, V.currentEpoch, T.except($s.currentEpoch, i, (_$at525) => T.apply($s.acceptedEpoch, i)))
      if ($n524 === null) return
      const $n526 = T.bind($n524, V.history, T.except($s.history, i, ($at527) => T.concat($at527, packetsInSync())))
      if ($n526 === null) return
      const $n528 = T.bind($n526, V.packetsSync, T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at529) => $c18()))
      if ($n528 === null) return
      const $n530 = T.bind($n528, V.connectInfo, T.exceptPath(T.exceptPath($s.connectInfo, [i, "nlRcv"], (_$at531) => true), [i, "syncMode"], (_$at532) => NONE))
      if ($n530 === null) return
      const $k533 = ($n534: T.Partial): void => {
        DiscardAndSendPackets_act($s, $n534, ($n535: T.Partial): void => {
          const $n536 = T.bindEach($n535, [V.state, $s.state, V.lastProcessed, $s.lastProcessed, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.initialHistory, $s.initialHistory, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
          if ($n536 === null) return
          UpdateRecorder_act($s, $n536, ($n537: T.Partial): void => {
            $k($n537)
          }, T.tuple(["FollowerProcessNEWLEADER", i, j]))
        }, i, j, queue_toSend())
      }
      const $m538 = T.mark($n530)
      or539: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1482:21)
        SnapshotNeeded_act($s, $n530, ($n540: T.Partial): void => {
          TakeSnapshot_act($s, $n540, ($n541: T.Partial): void => {
            $k533($n541)
          }, i)
        }, i)
      }
      T.undo($n530, $m538)
      or542: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1484:21)
        if (!(!T.bool(SnapshotNeeded($s, i)))) break or542
        const $n543 = T.bindEach($n530, [V.lastSnapshot, $s.lastSnapshot, V.violatedInvariants, $s.violatedInvariants])
        if ($n543 === null) break or542
        $k533($n543)
      }
      T.undo($n530, $m538)
    }
  }

  /** PendingACKLD(i, j): tla/specs/ZkV3_7_0.tla, lines 395-397. */
  function PendingACKLD($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACKLD))
  }

  /** LeaderProcessACKLD(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1512-1558. */
  function LeaderProcessACKLD_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACKLD($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLearner($s, i, j)
      const match = T.once((): T.Value => ZxidEqual(T.field(msg(), "mzxid"), T.tuple([T.apply($s.acceptedEpoch, i), 0])))
      const currentZxid = T.once((): T.Value => T.tuple([T.apply($s.acceptedEpoch, i), 0]))
      const m_uptodate = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [UPTODATE, currentZxid()]))
      const sid_ackldRecv = T.once((): T.Value => T.map(T.apply($s.ackldRecv, i), (a) => T.field(a, "sid")))
      if (!(T.bool(infoOk))) return
      const $k544 = ($n545: T.Partial): void => {
        const $n546 = T.bindEach($n545, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.acceptedEpoch, $s.acceptedEpoch, V.history, $s.history, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.initialHistory, $s.initialHistory, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
        if ($n546 === null) return
        UpdateRecorder_act($s, $n546, ($n547: T.Partial): void => {
          $k($n547)
        }, T.tuple(["LeaderProcessACKLD", i, j]))
      }
      const $m548 = T.mark($n)
      or549: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1525:21)
        if (!(T.bool(QuorumFormed(i, sid_ackldRecv())))) break or549
        Reply_act($s, $n, ($n550: T.Partial): void => {
          const $n551 = T.bindEach($n550, [V.ackldRecv, $s.ackldRecv, V.zabState, $s.zabState, V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed, V.lastSnapshot, $s.lastSnapshot, V.currentVote, $s.currentVote, V.violatedInvariants, $s.violatedInvariants])
          if ($n551 === null) return
          $k544($n551)
        }, i, j, m_uptodate())
      }
      T.undo($n, $m548)
      or552: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1529:21)
        if (!(!T.bool(QuorumFormed(i, sid_ackldRecv())))) break or552
        const $k553 = ($n554: T.Partial): void => {
          $k544($n554)
        }
        const $m555 = T.mark($n)
        or556: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1530:27)
          if (!(T.bool(match()))) break or556
          const $n557 = T.bind($n, V.ackldRecv, T.except($s.ackldRecv, i, ($at558) => UpdateConnectingOrAckldRecv($at558, j)))
          if ($n557 === null) break or556
          {
            const new_sid_ackldRecv = T.once((): T.Value => T.map(T.apply(T.primed($n557, V.ackldRecv, "ackldRecv"), i), (a) => T.field(a, "sid")))
            const $k559 = ($n560: T.Partial): void => {
              const $n561 = T.bindEach($n560, [V.violatedInvariants, $s.violatedInvariants])
              if ($n561 === null) return
              $k553($n561)
            }
            const $m562 = T.mark($n557)
            or563: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1536:33)
              if (!(T.bool(QuorumFormed(i, new_sid_ackldRecv())))) break or563
              LeaderTurnToBroadcast_act($s, $n557, ($n564: T.Partial): void => {
                DiscardAndBroadcastUPTODATE_act($s, $n564, ($n565: T.Partial): void => {
                  $k559($n565)
                }, i, j, m_uptodate())
              }, i)
            }
            T.undo($n557, $m562)
            or566: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1540:33)
              if (!(!T.bool(QuorumFormed(i, new_sid_ackldRecv())))) break or566
              Discard_act($s, $n557, ($n567: T.Partial): void => {
                const $n568 = T.bindEach($n567, [V.zabState, $s.zabState, V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed, V.lastSnapshot, $s.lastSnapshot, V.currentVote, $s.currentVote])
                if ($n568 === null) return
                $k559($n568)
              }, j, i)
            }
            T.undo($n557, $m562)
          }
        }
        T.undo($n, $m555)
        or569: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1545:27)
          if (!(!T.bool(match()))) break or569
          if (!(T.printT("Exception: NEWLEADER ACK is from a different epoch. "))) break or569
          const $n570 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "ackInconsistent", (_$at571) => true))
          if ($n570 === null) break or569
          Discard_act($s, $n570, ($n572: T.Partial): void => {
            const $n573 = T.bindEach($n572, [V.ackldRecv, $s.ackldRecv, V.zabState, $s.zabState, V.lastCommitted, $s.lastCommitted, V.lastSnapshot, $s.lastSnapshot, V.lastProcessed, $s.lastProcessed, V.currentVote, $s.currentVote])
            if ($n573 === null) return
            $k553($n573)
          }, j, i)
        }
        T.undo($n, $m555)
      }
      T.undo($n, $m548)
    }
  }

  /** PendingUPTODATE(i, j): tla/specs/ZkV3_7_0.tla, lines 397-399. */
  function PendingUPTODATE($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), UPTODATE))
  }

  /** FollowerProcessUPTODATE(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1630-1650. */
  function FollowerProcessUPTODATE_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingUPTODATE($s, i, j)))) return
    {
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const packetsNotCommitted = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "notCommitted"))
      const ms_ack = T.once((): T.Value => ACKInBatches($c18(), packetsNotCommitted()))
      if (!(T.bool(infoOk))) return
      UpdateElectionVote_act($s, $n, ($n574: T.Partial): void => {
        FollowerLogRequestInBatches_act($s, $n574, ($n575: T.Partial): void => {
          FollowerCommitInBatches_act($s, $n575, ($n576: T.Partial): void => {
            const $n577 = T.bind($n576, V.packetsSync, T.exceptPath(T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at578) => $c18()), [i, "committed"], (_$at579) => $c18()))
            if ($n577 === null) return
            const $n580 = T.bind($n577, V.zabState, T.except($s.zabState, i, (_$at581) => BROADCAST))
            if ($n580 === null) return
            const $n582 = T.bindEach($n580, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.acceptedEpoch, $s.acceptedEpoch, V.logicalClock, $s.logicalClock, V.lastSnapshot, $s.lastSnapshot, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.status, $s.status, V.partition, $s.partition, V.initialHistory, $s.initialHistory, V.connectInfo, $s.connectInfo, V.epochLeader, $s.epochLeader, V.proposalMsgsLog, $s.proposalMsgsLog, V.electionMsgs, $s.electionMsgs])
            if ($n582 === null) return
            UpdateRecorder_act($s, $n582, ($n583: T.Partial): void => {
              $k($n583)
            }, T.tuple(["FollowerProcessUPTODATE", i, j]))
          }, i)
        }, i, j, ms_ack(), packetsNotCommitted())
      }, i, T.apply($s.acceptedEpoch, i))
    }
  }

  /** CheckTransactionNum: tla/specs/ZkV3_7_0.tla, line 375. */
  function CheckTransactionNum($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "nTransaction"), "MaxTransactionNum")
  }

  /** LeaderProcessRequest(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1664-1697. */
  function LeaderProcessRequest_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(CheckTransactionNum($s)))) return
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) return
    if (!(T.bool(((): T.Value => {
      const inBroadcast = T.once((): T.Value => T.filter(T.apply($s.forwarding, i), (s) => T.eq(T.apply($s.zabState, s), BROADCAST)))
      return IsQuorum(inBroadcast())
    })()))) return
    {
      const request_value = T.once((): T.Value => GetRecorder($s, "nClientRequest"))
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.setOf([i]), T.apply($s.acceptedEpoch, i), request_value(), IncZxid($s, i, T.field(LastProposed($s, i), "zxid"))]))
      const m_proposal = T.once((): T.Value => T.sortedRecord(["mdata", "mtype", "mzxid"], [request_value(), PROPOSAL, T.field(newTxn(), "zxid")]))
      const m_proposal_for_checking = T.once((): T.Value => T.sortedRecord(["data", "epoch", "source", "zxid"], [request_value(), T.apply($s.acceptedEpoch, i), i, T.field(newTxn(), "zxid")]))
      const $n584 = T.bind($n, V.history, T.except($s.history, i, ($at585) => T.append($at585, newTxn())))
      if ($n584 === null) return
      const $k586 = ($n587: T.Partial): void => {
        Broadcast_act($s, $n587, ($n588: T.Partial): void => {
          const $n589 = T.bind($n588, V.proposalMsgsLog, T.union($s.proposalMsgsLog, T.setOf([m_proposal_for_checking()])))
          if ($n589 === null) return
          const $n590 = T.bindEach($n589, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.initialHistory, $s.initialHistory, V.epochLeader, $s.epochLeader, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
          if ($n590 === null) return
          UpdateRecorder_act($s, $n590, ($n591: T.Partial): void => {
            $k($n591)
          }, T.tuple(["LeaderProcessRequest", i]))
        }, i, m_proposal())
      }
      const $m592 = T.mark($n584)
      or593: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1684:21)
        if (!(T.bool(ShouldSnapshot($s, i)))) break or593
        TakeSnapshot_act($s, $n584, ($n594: T.Partial): void => {
          $k586($n594)
        }, i)
      }
      T.undo($n584, $m592)
      or595: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1686:21)
        if (!(!T.bool(ShouldSnapshot($s, i)))) break or595
        const $n596 = T.bindEach($n584, [V.lastSnapshot, $s.lastSnapshot, V.violatedInvariants, $s.violatedInvariants])
        if ($n596 === null) break or595
        $k586($n596)
      }
      T.undo($n584, $m592)
    }
  }

  /** FollowerProcessPROPOSAL(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1697-1731. */
  function FollowerProcessPROPOSAL_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingPROPOSAL($s, i, j)))) return
    if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const isNext = T.once((): T.Value => IsNextZxid(T.field(LastQueued($s, i), "zxid"), T.field(msg(), "mzxid")))
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [$c31(), T.apply($s.acceptedEpoch, i), T.field(msg(), "mdata"), T.field(msg(), "mzxid")]))
      const m_ack = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [ACK, T.field(msg(), "mzxid")]))
      if (!(T.bool(infoOk))) return
      const $k597 = ($n598: T.Partial): void => {
        const $n599 = T.bindEach($n598, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.initialHistory, $s.initialHistory, V.epochLeader, $s.epochLeader, V.proposalMsgsLog, $s.proposalMsgsLog, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
        if ($n599 === null) return
        UpdateRecorder_act($s, $n599, ($n600: T.Partial): void => {
          $k($n600)
        }, T.tuple(["FollowerProcessPROPOSAL", i, j]))
      }
      const $m601 = T.mark($n)
      or602: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1712:20)
        IsNextZxid_act($s, $n, ($n603: T.Partial): void => {
          const $n604 = T.bind($n603, V.history, T.except($s.history, i, ($at605) => T.append($at605, newTxn())))
          if ($n604 === null) return
          const $k606 = ($n607: T.Partial): void => {
            Reply_act($s, $n607, ($n608: T.Partial): void => {
              $k597($n608)
            }, i, j, m_ack())
          }
          const $m609 = T.mark($n604)
          or610: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1714:26)
            if (!(T.bool(ShouldSnapshot($s, i)))) break or610
            TakeSnapshot_act($s, $n604, ($n611: T.Partial): void => {
              $k606($n611)
            }, i)
          }
          T.undo($n604, $m609)
          or612: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1716:26)
            if (!(!T.bool(ShouldSnapshot($s, i)))) break or612
            const $n613 = T.bindEach($n604, [V.lastSnapshot, $s.lastSnapshot, V.violatedInvariants, $s.violatedInvariants])
            if ($n613 === null) break or612
            $k606($n613)
          }
          T.undo($n604, $m609)
        }, T.field(LastQueued($s, i), "zxid"), T.field(msg(), "mzxid"))
      }
      T.undo($n, $m601)
      or614: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1719:20)
        if (!(!T.bool(isNext()))) break or614
        if (!(T.printT($c36()))) break or614
        const $n615 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "proposalInconsistent", (_$at616) => true))
        if ($n615 === null) break or614
        const $n617 = T.bindEach($n615, [V.history, $s.history, V.lastSnapshot, $s.lastSnapshot, V.msgs, $s.msgs])
        if ($n617 === null) break or614
        $k597($n617)
      }
      T.undo($n, $m601)
    }
  }

  /** PendingACK(i, j): tla/specs/ZkV3_7_0.tla, lines 401-403. */
  function PendingACK($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACK))
  }

  /** LeaderProcessACK(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1782-1833. */
  function LeaderProcessACK_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACK($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLearner($s, i, j)
      const outstanding = T.once((): T.Value => (T.int(T.field(LastCommitted($s, i), "index")) < T.int(T.field(LastProposed($s, i), "index"))))
      const hasCommitted = T.once((): T.Value => !T.bool(ZxidCompare(T.field(msg(), "mzxid"), T.field(LastCommitted($s, i), "zxid"))))
      const index = T.once((): T.Value => ZxidToIndex(T.apply($s.history, i), T.field(msg(), "mzxid")))
      const exist = T.once((): T.Value => ((T.int(index()) >= 1) && (T.int(index()) <= T.int(T.field(LastProposed($s, i), "index")))))
      const ackIndex = T.once((): T.Value => LastAckIndexFromFollower($s, i, j))
      const monotonicallyInc = T.once((): T.Value => (T.eq(ackIndex(), -1) || T.eq((T.int(ackIndex()) + 1), index())))
      if (!(T.bool(infoOk))) return
      const $k618 = ($n619: T.Partial): void => {
        const $n620 = T.bindEach($n619, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.initialHistory, $s.initialHistory, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.lastSnapshot, $s.lastSnapshot, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
        if ($n620 === null) return
        UpdateRecorder_act($s, $n620, ($n621: T.Partial): void => {
          $k($n621)
        }, T.tuple(["LeaderProcessACK", i, j]))
      }
      const $m622 = T.mark($n)
      or623: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1800:21)
        if (!(T.bool(exist()))) break or623
        const $k624 = ($n625: T.Partial): void => {
          {
            const txn = T.once((): T.Value => T.apply(T.apply($s.history, i), index()))
            const txnAfterAddAck = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.union(T.field(txn(), "ackSid"), T.setOf([j])), T.field(txn(), "epoch"), T.field(txn(), "value"), T.field(txn(), "zxid")]))
            const $n626 = T.bind($n625, V.history, T.exceptPath($s.history, [i, index()], (_$at627) => txnAfterAddAck()))
            if ($n626 === null) return
            const $k628 = ($n629: T.Partial): void => {
              $k618($n629)
            }
            const $m630 = T.mark($n626)
            or631: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1809:30)
              const $k632 = ($n633: T.Partial): void => {
                Discard_act($s, $n633, ($n634: T.Partial): void => {
                  const $n635 = T.bindEach($n634, [V.violatedInvariants, $s.violatedInvariants, V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed])
                  if ($n635 === null) return
                  $k628($n635)
                }, j, i)
              }
              const $m636 = T.mark($n626)
              or637: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1811:36)
                if (!(!T.bool(outstanding()))) break or637
                $k632($n626)
              }
              T.undo($n626, $m636)
              or638: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1812:36)
                if (!(T.bool(hasCommitted()))) break or638
                $k632($n626)
              }
              T.undo($n626, $m636)
            }
            T.undo($n626, $m630)
            or639: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1815:30)
              if (!(T.bool(outstanding()))) break or639
              if (!(!T.bool(hasCommitted()))) break or639
              LeaderTryToCommit_act($s, $n626, ($n640: T.Partial): void => {
                $k628($n640)
              }, i, index(), T.field(msg(), "mzxid"), txnAfterAddAck(), j)
            }
            T.undo($n626, $m630)
          }
        }
        const $m641 = T.mark($n)
        or642: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1796:39)
          if (!(T.eq(ackIndex(), -1))) break or642
          $k624($n)
        }
        T.undo($n, $m641)
        or643: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1797:39)
          if (!(T.eq((T.int(ackIndex()) + 1), index()))) break or643
          $k624($n)
        }
        T.undo($n, $m641)
      }
      T.undo($n, $m622)
      or644: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1818:21)
        const $k645 = ($n646: T.Partial): void => {
          if (!(T.printT($c37()))) return
          const $n647 = T.bind($n646, V.violatedInvariants, T.except($s.violatedInvariants, "ackInconsistent", (_$at648) => true))
          if ($n647 === null) return
          Discard_act($s, $n647, ($n649: T.Partial): void => {
            const $n650 = T.bindEach($n649, [V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed])
            if ($n650 === null) return
            $k618($n650)
          }, j, i)
        }
        const $m651 = T.mark($n)
        or652: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1818:27)
          if (!(!T.bool(exist()))) break or652
          $k645($n)
        }
        T.undo($n, $m651)
        or653: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1819:27)
          if (!(!T.bool(monotonicallyInc()))) break or653
          $k645($n)
        }
        T.undo($n, $m651)
      }
      T.undo($n, $m622)
    }
  }

  /** FollowerProcessCOMMIT(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1833-1870. */
  function FollowerProcessCOMMIT_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingCOMMIT($s, i, j)))) return
    if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const pendingTxns = T.once((): T.Value => PendingTxns($s, i))
      const noPending = T.once((): T.Value => (T.len(pendingTxns()) === 0))
      if (!(T.bool(infoOk))) return
      const $k654 = ($n655: T.Partial): void => {
        Discard_act($s, $n655, ($n656: T.Partial): void => {
          const $n657 = T.bindEach($n656, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.history, $s.history, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.initialHistory, $s.initialHistory, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.lastSnapshot, $s.lastSnapshot, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.electionMsgs, $s.electionMsgs, V.status, $s.status, V.partition, $s.partition])
          if ($n657 === null) return
          UpdateRecorder_act($s, $n657, ($n658: T.Partial): void => {
            $k($n658)
          }, T.tuple(["FollowerProcessCOMMIT", i, j]))
        }, j, i)
      }
      const $m659 = T.mark($n)
      or660: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1844:18)
        if (!(T.bool(noPending()))) break or660
        if (!(T.printT("Warn: Committing zxid without seeing txn."))) break or660
        const $n661 = T.bindEach($n, [V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed, V.violatedInvariants, $s.violatedInvariants])
        if ($n661 === null) break or660
        $k654($n661)
      }
      T.undo($n, $m659)
      or662: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1847:18)
        if (!(!T.bool(noPending()))) break or662
        {
          const firstElementZxid = T.once((): T.Value => T.field(T.apply(pendingTxns(), 1), "zxid"))
          const match: T.Value = ZxidEqual(firstElementZxid(), T.field(msg(), "mzxid"))
          const $k663 = ($n664: T.Partial): void => {
            $k654($n664)
          }
          const $m665 = T.mark($n)
          or666: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1851:24)
            if (!(!T.bool(match))) break or666
            if (!(T.printT($c38()))) break or666
            const $n667 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "commitInconsistent", (_$at668) => true))
            if ($n667 === null) break or666
            const $n669 = T.bindEach($n667, [V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed])
            if ($n669 === null) break or666
            $k663($n669)
          }
          T.undo($n, $m665)
          or670: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1857:24)
            if (!(T.bool(match))) break or670
            const $n671 = T.bind($n, V.lastCommitted, T.except($s.lastCommitted, i, (_$at672) => T.sortedRecord(["index", "zxid"], [(T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1), firstElementZxid()])))
            if ($n671 === null) break or670
            const $n673 = T.bind($n671, V.lastProcessed, T.except($s.lastProcessed, i, (_$at674) => T.sortedRecord(["index", "zxid"], [(T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1), firstElementZxid()])))
            if ($n673 === null) break or670
            const $n675 = T.bindEach($n673, [V.violatedInvariants, $s.violatedInvariants])
            if ($n675 === null) break or670
            $k663($n675)
          }
          T.undo($n, $m665)
        }
      }
      T.undo($n, $m659)
    }
  }

  /** FilterNonexistentMessage(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1873-1909. */
  function FilterNonexistentMessage_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $k676 = ($n677: T.Partial): void => {
      const $n678 = T.bind($n677, V.violatedInvariants, T.except($s.violatedInvariants, "messageIllegal", (_$at679) => true))
      if ($n678 === null) return
      const $n680 = T.bindEach($n678, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.lastSnapshot, $s.lastSnapshot, V.initialHistory, $s.initialHistory, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.learners, $s.learners, V.connecting, $s.connecting, V.electing, $s.electing, V.ackldRecv, $s.ackldRecv, V.forwarding, $s.forwarding, V.tempMaxEpoch, $s.tempMaxEpoch, V.status, $s.status, V.partition, $s.partition, V.connectInfo, $s.connectInfo, V.packetsSync, $s.packetsSync, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.electionMsgs, $s.electionMsgs])
      if ($n680 === null) return
      UnchangeRecorder_act($s, $n680, ($n681: T.Partial): void => {
        $k($n681)
      })
    }
    const $m682 = T.mark($n)
    for (const j of T.elems(T.minus(Server, T.setOf([i])))) {
      T.undo($n, $m682)
      if (!(!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()))) continue
      {
        const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
        const $k683 = ($n684: T.Partial): void => {
          Discard_act($s, $n684, ($n685: T.Partial): void => {
            $k676($n685)
          }, j, i)
        }
        const $m686 = T.mark($n)
        or687: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1877:44)
          if (!(T.bool(IsLeader($s, i)))) break or687
          {
            const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
            const $k688 = ($n689: T.Partial): void => {
              $k683($n689)
            }
            const $m690 = T.mark($n)
            or691: { // disjunct 1 of 6 (tla/specs/ZkV3_7_0.tla:1880:50)
              if (!(T.eq(T.field(msg(), "mtype"), LEADERINFO))) break or691
              $k688($n)
            }
            T.undo($n, $m690)
            or692: { // disjunct 2 of 6 (tla/specs/ZkV3_7_0.tla:1881:50)
              if (!(T.eq(T.field(msg(), "mtype"), NEWLEADER))) break or692
              $k688($n)
            }
            T.undo($n, $m690)
            or693: { // disjunct 3 of 6 (tla/specs/ZkV3_7_0.tla:1882:50)
              if (!(T.eq(T.field(msg(), "mtype"), UPTODATE))) break or693
              $k688($n)
            }
            T.undo($n, $m690)
            or694: { // disjunct 4 of 6 (tla/specs/ZkV3_7_0.tla:1883:50)
              if (!(T.eq(T.field(msg(), "mtype"), PROPOSAL))) break or694
              $k688($n)
            }
            T.undo($n, $m690)
            or695: { // disjunct 5 of 6 (tla/specs/ZkV3_7_0.tla:1884:50)
              if (!(T.eq(T.field(msg(), "mtype"), COMMIT))) break or695
              $k688($n)
            }
            T.undo($n, $m690)
            or696: { // disjunct 6 of 6 (tla/specs/ZkV3_7_0.tla:1885:50)
              if (!(!T.bool(infoOk()))) break or696
              const $k697 = ($n698: T.Partial): void => {
                $k688($n698)
              }
              const $m699 = T.mark($n)
              or700: { // disjunct 1 of 4 (tla/specs/ZkV3_7_0.tla:1886:56)
                if (!(T.eq(T.field(msg(), "mtype"), FOLLOWERINFO))) break or700
                $k697($n)
              }
              T.undo($n, $m699)
              or701: { // disjunct 2 of 4 (tla/specs/ZkV3_7_0.tla:1887:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACKEPOCH))) break or701
                $k697($n)
              }
              T.undo($n, $m699)
              or702: { // disjunct 3 of 4 (tla/specs/ZkV3_7_0.tla:1888:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACKLD))) break or702
                $k697($n)
              }
              T.undo($n, $m699)
              or703: { // disjunct 4 of 4 (tla/specs/ZkV3_7_0.tla:1889:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACK))) break or703
                $k697($n)
              }
              T.undo($n, $m699)
            }
            T.undo($n, $m690)
          }
        }
        T.undo($n, $m686)
        or704: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1890:44)
          if (!(T.bool(IsFollower($s, i)))) break or704
          {
            const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
            const $k705 = ($n706: T.Partial): void => {
              $k683($n706)
            }
            const $m707 = T.mark($n)
            or708: { // disjunct 1 of 5 (tla/specs/ZkV3_7_0.tla:1893:50)
              if (!(T.eq(T.field(msg(), "mtype"), FOLLOWERINFO))) break or708
              $k705($n)
            }
            T.undo($n, $m707)
            or709: { // disjunct 2 of 5 (tla/specs/ZkV3_7_0.tla:1894:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACKEPOCH))) break or709
              $k705($n)
            }
            T.undo($n, $m707)
            or710: { // disjunct 3 of 5 (tla/specs/ZkV3_7_0.tla:1895:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACKLD))) break or710
              $k705($n)
            }
            T.undo($n, $m707)
            or711: { // disjunct 4 of 5 (tla/specs/ZkV3_7_0.tla:1896:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACK))) break or711
              $k705($n)
            }
            T.undo($n, $m707)
            or712: { // disjunct 5 of 5 (tla/specs/ZkV3_7_0.tla:1897:50)
              if (!(!T.bool(infoOk()))) break or712
              const $k713 = ($n714: T.Partial): void => {
                $k705($n714)
              }
              const $m715 = T.mark($n)
              or716: { // disjunct 1 of 5 (tla/specs/ZkV3_7_0.tla:1898:56)
                if (!(T.eq(T.field(msg(), "mtype"), LEADERINFO))) break or716
                $k713($n)
              }
              T.undo($n, $m715)
              or717: { // disjunct 2 of 5 (tla/specs/ZkV3_7_0.tla:1899:56)
                if (!(T.eq(T.field(msg(), "mtype"), NEWLEADER))) break or717
                $k713($n)
              }
              T.undo($n, $m715)
              or718: { // disjunct 3 of 5 (tla/specs/ZkV3_7_0.tla:1900:56)
                if (!(T.eq(T.field(msg(), "mtype"), UPTODATE))) break or718
                $k713($n)
              }
              T.undo($n, $m715)
              or719: { // disjunct 4 of 5 (tla/specs/ZkV3_7_0.tla:1901:56)
                if (!(T.eq(T.field(msg(), "mtype"), PROPOSAL))) break or719
                $k713($n)
              }
              T.undo($n, $m715)
              or720: { // disjunct 5 of 5 (tla/specs/ZkV3_7_0.tla:1902:56)
                if (!(T.eq(T.field(msg(), "mtype"), COMMIT))) break or720
                $k713($n)
              }
              T.undo($n, $m715)
            }
            T.undo($n, $m707)
          }
        }
        T.undo($n, $m686)
        or721: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1903:44)
          if (!(T.bool(IsLooking($s, i)))) break or721
          $k683($n)
        }
        T.undo($n, $m686)
      }
    }
    T.undo($n, $m682)
  }

  /** InitServerVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 459-468. */
  function InitServerVars_init($n: T.Partial, $k: Continue): void {
    InitServerVarsL_init($n, ($n722: T.Partial): void => {
      const $n723 = T.bind($n722, V.zabState, T.fnOver(Server, (_s) => ELECTION))
      if ($n723 === null) return
      const $n724 = T.bind($n723, V.acceptedEpoch, T.fnOver(Server, (_s) => 0))
      if ($n724 === null) return
      const $n725 = T.bind($n724, V.lastCommitted, T.fnOver(Server, (_s) => $c40()))
      if ($n725 === null) return
      const $n726 = T.bind($n725, V.lastSnapshot, T.fnOver(Server, (_s) => $c40()))
      if ($n726 === null) return
      const $n727 = T.bind($n726, V.initialHistory, T.fnOver(Server, (_s) => $c18()))
      if ($n727 === null) return
      $k($n727)
    })
  }

  /** InitLeaderVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 468-476. */
  function InitLeaderVars_init($n: T.Partial, $k: Continue): void {
    InitLeaderVarsL_init($n, ($n728: T.Partial): void => {
      const $n729 = T.bind($n728, V.learners, T.fnOver(Server, (_s) => $c31()))
      if ($n729 === null) return
      const $n730 = T.bind($n729, V.connecting, T.fnOver(Server, (_s) => $c31()))
      if ($n730 === null) return
      const $n731 = T.bind($n730, V.electing, T.fnOver(Server, (_s) => $c31()))
      if ($n731 === null) return
      const $n732 = T.bind($n731, V.ackldRecv, T.fnOver(Server, (_s) => $c31()))
      if ($n732 === null) return
      const $n733 = T.bind($n732, V.forwarding, T.fnOver(Server, (_s) => $c31()))
      if ($n733 === null) return
      const $n734 = T.bind($n733, V.tempMaxEpoch, T.fnOver(Server, (_s) => 0))
      if ($n734 === null) return
      $k($n734)
    })
  }

  /** InitElectionVars as part of Init: tla/specs/ZkV3_7_0.tla, line 476. */
  function InitElectionVars_init($n: T.Partial, $k: Continue): void {
    InitElectionVarsL_init($n, ($n735: T.Partial): void => {
      $k($n735)
    })
  }

  /** InitFollowerVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 478-485. */
  function InitFollowerVars_init($n: T.Partial, $k: Continue): void {
    const $n736 = T.bind($n, V.connectInfo, T.fnOver(Server, (_s) => $c41()))
    if ($n736 === null) return
    const $n737 = T.bind($n736, V.packetsSync, T.fnOver(Server, (_s) => $c42()))
    if ($n737 === null) return
    $k($n737)
  }

  /** InitVerifyVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 485-493. */
  function InitVerifyVars_init($n: T.Partial, $k: Continue): void {
    const $n738 = T.bind($n, V.proposalMsgsLog, $c31())
    if ($n738 === null) return
    const $n739 = T.bind($n738, V.epochLeader, T.fnOver($c3(), (_e) => $c31()))
    if ($n739 === null) return
    const $n740 = T.bind($n739, V.violatedInvariants, $c43())
    if ($n740 === null) return
    $k($n740)
  }

  /** InitMsgVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 493-496. */
  function InitMsgVars_init($n: T.Partial, $k: Continue): void {
    const $n741 = T.bind($n, V.msgs, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => $c18())))
    if ($n741 === null) return
    const $n742 = T.bind($n741, V.electionMsgs, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => $c18())))
    if ($n742 === null) return
    $k($n742)
  }

  /** InitEnvVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 496-499. */
  function InitEnvVars_init($n: T.Partial, $k: Continue): void {
    const $n743 = T.bind($n, V.status, T.fnOver(Server, (_s) => ONLINE))
    if ($n743 === null) return
    const $n744 = T.bind($n743, V.partition, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => false)))
    if ($n744 === null) return
    $k($n744)
  }

  /** InitRecorder as part of Init: tla/specs/ZkV3_7_0.tla, lines 499-505. */
  function InitRecorder_init($n: T.Partial, $k: Continue): void {
    const $n745 = T.bind($n, V.recorder, $c45())
    if ($n745 === null) return
    $k($n745)
  }

  /** TxnEqual(txn1, txn2): tla/specs/ZkV3_7_0.tla, lines 315-318. */
  function TxnEqual(txn1: T.Value, txn2: T.Value): boolean {
    return (T.bool(ZxidEqual(T.field(txn1, "zxid"), T.field(txn2, "zxid"))) && T.eq(T.field(txn1, "value"), T.field(txn2, "value")))
  }

  /** Minimum(S): tla/specs/ZkV3_7_0.tla, lines 287-288. */
  function Minimum(S: T.Value): T.Value {
    return (T.eq(S, $c31()) ? -1 : T.choose(S, (n) => T.elems(S).every((m) => (T.int(n) <= T.int(m))), "tla/specs/ZkV3_7_0.tla:288:30"))
  }

  /** ZxidCompare(zxid1, zxid2): tla/specs/FastLeaderElection.tla, lines 130-134. */
  function ZxidCompare(zxid1: T.Value, zxid2: T.Value): boolean {
    return ((T.int(T.apply(zxid1, 1)) > T.int(T.apply(zxid2, 1))) || (T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && (T.int(T.apply(zxid1, 2)) > T.int(T.apply(zxid2, 2)))))
  }

  /** EpochPrecedeInTxn(txn1, txn2): tla/specs/ZkV3_7_0.tla, line 318. */
  function EpochPrecedeInTxn(txn1: T.Value, txn2: T.Value): boolean {
    return (T.int(T.apply(T.field(txn1, "zxid"), 1)) < T.int(T.apply(T.field(txn2, "zxid"), 1)))
  }

  /** IsMyLeader(i, j): tla/specs/ZkV3_7_0.tla, line 299. */
  function IsMyLeader($s: State, i: T.Value, j: T.Value): boolean {
    return T.eq(T.field(T.apply($s.connectInfo, i), "sid"), j)
  }

  /** ReceiveNotmsg(i, j) as an action: tla/specs/FastLeaderElection.tla, lines 300-327. */
  function ReceiveNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(!T.eq(T.apply(T.apply($s.electionMsgs, j), i), $c18()))) return
    {
      const notmsg = T.once((): T.Value => T.apply(T.apply(T.apply($s.electionMsgs, j), i), 1))
      const toSend = T.once((): T.Value => T.sortedRecord(["mround", "msource", "mstate", "mtype", "mvote"], [T.apply($s.logicalClock, i), i, T.apply($s.state, i), NOTIFICATION, T.apply($s.currentVote, i)]))
      const $k746 = ($n747: T.Partial): void => {
        const $n748 = T.bindEach($n747, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.history, $s.history, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet])
        if ($n748 === null) return
        $k($n748)
      }
      const $m749 = T.mark($n)
      or750: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:308:18)
        if (!(T.eq(T.apply($s.state, i), LOOKING))) break or750
        const $n751 = T.bind($n, V.recvQueue, T.except($s.recvQueue, i, (_$at752) => T.append(RemoveNone(T.apply($s.recvQueue, i)), notmsg())))
        if ($n751 === null) break or750
        {
          const replyOk: T.Value = (T.eq(T.field(notmsg(), "mstate"), LOOKING) && (T.int(T.field(notmsg(), "mround")) < T.int(T.apply($s.logicalClock, i))))
          const $k753 = ($n754: T.Partial): void => {
            $k746($n754)
          }
          const $m755 = T.mark($n751)
          or756: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:313:24)
            if (!(T.bool(replyOk))) break or756
            ReplyNotmsg_act($s, $n751, ($n757: T.Partial): void => {
              $k753($n757)
            }, i, j, toSend())
          }
          T.undo($n751, $m755)
          or758: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:315:24)
            if (!(!T.bool(replyOk))) break or758
            DiscardNotmsg_act($s, $n751, ($n759: T.Partial): void => {
              $k753($n759)
            }, j, i)
          }
          T.undo($n751, $m755)
        }
      }
      T.undo($n, $m749)
      or760: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:317:18)
        if (!(T.isIn(T.apply($s.state, i), $c46()))) break or760
        const $k761 = ($n762: T.Partial): void => {
          const $n763 = T.bindEach($n762, [V.recvQueue, $s.recvQueue])
          if ($n763 === null) return
          $k746($n763)
        }
        const $m764 = T.mark($n)
        or765: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:319:24)
          if (!(T.eq(T.field(notmsg(), "mstate"), LOOKING))) break or765
          ReplyNotmsg_act($s, $n, ($n766: T.Partial): void => {
            $k761($n766)
          }, i, j, toSend())
        }
        T.undo($n, $m764)
        or767: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:322:24)
          if (!(!T.eq(T.field(notmsg(), "mstate"), LOOKING))) break or767
          DiscardNotmsg_act($s, $n, ($n768: T.Partial): void => {
            $k761($n768)
          }, j, i)
        }
        T.undo($n, $m764)
      }
      T.undo($n, $m749)
    }
  }

  /** UpdateRecorder(pc) as an action: tla/specs/ZkV3_7_0.tla, lines 363-366. */
  function UpdateRecorder_act($s: State, $n: T.Partial, $k: Continue, pc: T.Value): void {
    const $n769 = T.bind($n, V.recorder, T.atAtN([RecorderSetPartition($s, pc), RecorderSetFailure($s, pc), RecorderSetTransactionNum($s, $n, pc), RecorderSetMaxEpoch($s, $n, pc), RecorderSetPc(pc), RecorderSetRequests($s, pc), $s.recorder]))
    if ($n769 === null) return
    $k($n769)
  }

  /** NotmsgTimeout(i) as an action: tla/specs/FastLeaderElection.tla, lines 327-334. */
  function NotmsgTimeout_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.eq(T.apply($s.state, i), LOOKING))) return
    if (!(T.elems(Server).every((j) => T.eq(T.apply(T.apply($s.electionMsgs, j), i), $c18())))) return
    if (!(T.eq(T.apply($s.recvQueue, i), $c18()))) return
    const $n770 = T.bind($n, V.recvQueue, T.except($s.recvQueue, i, (_$at771) => T.append(T.apply($s.recvQueue, i), $c47())))
    if ($n770 === null) return
    const $n772 = T.bindEach($n770, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.history, $s.history, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.waitNotmsg, $s.waitNotmsg, V.leadingVoteSet, $s.leadingVoteSet, V.electionMsgs, $s.electionMsgs])
    if ($n772 === null) return
    $k($n772)
  }

  /** HandleNotmsg(i) as an action: tla/specs/FastLeaderElection.tla, lines 382-451. */
  function HandleNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.eq(T.apply($s.state, i), LOOKING))) return
    if (!(!T.bool(T.apply($s.waitNotmsg, i)))) return
    if (!(!T.eq(T.apply($s.recvQueue, i), $c18()))) return
    {
      const n: T.Value = T.apply(T.apply($s.recvQueue, i), 1)
      const rawToSend = T.once((): T.Value => T.sortedRecord(["mround", "msource", "mstate", "mtype", "mvote"], [T.apply($s.logicalClock, i), i, LOOKING, NOTIFICATION, T.apply($s.currentVote, i)]))
      const $k773 = ($n774: T.Partial): void => {
        const $n775 = T.bind($n774, V.recvQueue, T.except($s.recvQueue, i, (_$at776) => T.tail(T.apply($s.recvQueue, i))))
        if ($n775 === null) return
        const $n777 = T.bindEach($n775, [V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed])
        if ($n777 === null) return
        $k($n777)
      }
      const $m778 = T.mark($n)
      or779: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:392:18)
        if (!(T.eq(T.field(n, "mtype"), NONE))) break or779
        BroadcastNotmsg_act($s, $n, ($n780: T.Partial): void => {
          const $n781 = T.bindEach($n780, [V.history, $s.history, V.logicalClock, $s.logicalClock, V.currentVote, $s.currentVote, V.receiveVotes, $s.receiveVotes, V.waitNotmsg, $s.waitNotmsg, V.outOfElection, $s.outOfElection, V.state, $s.state, V.leadingVoteSet, $s.leadingVoteSet])
          if ($n781 === null) return
          $k773($n781)
        }, i, rawToSend())
      }
      T.undo($n, $m778)
      or782: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:395:18)
        if (!(T.eq(T.field(n, "mtype"), NOTIFICATION))) break or782
        const $k783 = ($n784: T.Partial): void => {
          $k773($n784)
        }
        const $m785 = T.mark($n)
        or786: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:396:24)
          if (!(T.eq(T.field(n, "mstate"), LOOKING))) break or786
          const $k787 = ($n788: T.Partial): void => {
            const $n789 = T.bindEach($n788, [V.state, $s.state, V.history, $s.history, V.outOfElection, $s.outOfElection, V.leadingVoteSet, $s.leadingVoteSet])
            if ($n789 === null) return
            $k783($n789)
          }
          const $m790 = T.mark($n)
          or791: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:398:30)
            if (!((T.int(T.field(n, "mround")) >= T.int(T.apply($s.logicalClock, i))))) break or791
            const $k792 = ($n793: T.Partial): void => {
              {
                const rcvsetModifiedTwice: T.Value = (T.int(T.field(n, "mround")) > T.int(T.apply($s.logicalClock, i)))
                const $k794 = ($n795: T.Partial): void => {
                  {
                    const hasQuorums = T.once((): T.Value => HasQuorums(i, i, T.apply(T.primed($n795, V.receiveVotes, "receiveVotes"), i), T.apply(T.primed($n795, V.currentVote, "currentVote"), i), T.field(n, "mround")))
                    const $k796 = ($n797: T.Partial): void => {
                      $k787($n797)
                    }
                    const $m798 = T.mark($n795)
                    or799: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:434:39)
                      if (!(T.bool(hasQuorums()))) break or799
                      const $n800 = T.bind($n795, V.waitNotmsg, T.except($s.waitNotmsg, i, (_$at801) => true))
                      if ($n800 === null) break or799
                      $k796($n800)
                    }
                    T.undo($n795, $m798)
                    or802: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:436:39)
                      if (!(!T.bool(hasQuorums()))) break or802
                      const $n803 = T.bindEach($n795, [V.waitNotmsg, $s.waitNotmsg])
                      if ($n803 === null) break or802
                      $k796($n803)
                    }
                    T.undo($n795, $m798)
                  }
                }
                const $m804 = T.mark($n793)
                or805: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:429:39)
                  if (!(T.bool(rcvsetModifiedTwice))) break or805
                  RvClearAndPut_act($s, $n793, ($n806: T.Partial): void => {
                    $k794($n806)
                  }, i, T.field(n, "msource"), T.field(n, "mvote"), T.field(n, "mround"))
                }
                T.undo($n793, $m804)
                or807: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:431:39)
                  if (!(!T.bool(rcvsetModifiedTwice))) break or807
                  RvPut_act($s, $n793, ($n808: T.Partial): void => {
                    $k794($n808)
                  }, i, T.field(n, "msource"), T.field(n, "mvote"), T.field(n, "mround"), T.field(n, "mstate"))
                }
                T.undo($n793, $m804)
              }
            }
            const $m809 = T.mark($n)
            or810: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:400:36)
              if (!((T.int(T.field(n, "mround")) > T.int(T.apply($s.logicalClock, i))))) break or810
              const $n811 = T.bind($n, V.logicalClock, T.except($s.logicalClock, i, (_$at812) => T.field(n, "mround")))
              if ($n811 === null) break or810
              {
                const selfinfo = T.once((): T.Value => T.sortedRecord(["proposedEpoch", "proposedLeader", "proposedZxid"], [T.apply($s.currentEpoch, i), i, T.field(T.apply($s.lastProcessed, i), "zxid")]))
                const peerOk: T.Value = TotalOrderPredicate(T.field(n, "mvote"), selfinfo())
                const $k813 = ($n814: T.Partial): void => {
                  BroadcastNotmsg_act($s, $n814, ($n815: T.Partial): void => {
                    $k792($n815)
                  }, i, T.sortedRecord(["mround", "msource", "mstate", "mtype", "mvote"], [T.field(n, "mround"), i, LOOKING, NOTIFICATION, T.apply(T.primed($n814, V.currentVote, "currentVote"), i)]))
                }
                const $m816 = T.mark($n811)
                or817: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:406:45)
                  TotalOrderPredicate_act($s, $n811, ($n818: T.Partial): void => {
                    UpdateProposal_act($s, $n818, ($n819: T.Partial): void => {
                      $k813($n819)
                    }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
                  }, T.field(n, "mvote"), selfinfo())
                }
                T.undo($n811, $m816)
                or820: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:408:45)
                  if (!(!T.bool(peerOk))) break or820
                  UpdateProposal_act($s, $n811, ($n821: T.Partial): void => {
                    $k813($n821)
                  }, i, i, T.field(T.apply($s.lastProcessed, i), "zxid"), T.apply($s.currentEpoch, i))
                }
                T.undo($n811, $m816)
              }
            }
            T.undo($n, $m809)
            or822: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:416:36)
              if (!(T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i)))) break or822
              {
                const peerOk: T.Value = TotalOrderPredicate(T.field(n, "mvote"), T.apply($s.currentVote, i))
                const $k823 = ($n824: T.Partial): void => {
                  const $n825 = T.bindEach($n824, [V.logicalClock, $s.logicalClock])
                  if ($n825 === null) return
                  $k792($n825)
                }
                const $m826 = T.mark($n)
                or827: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:418:45)
                  TotalOrderPredicate_act($s, $n, ($n828: T.Partial): void => {
                    UpdateProposal_act($s, $n828, ($n829: T.Partial): void => {
                      BroadcastNotmsg_act($s, $n829, ($n830: T.Partial): void => {
                        $k823($n830)
                      }, i, T.sortedRecord(["mround", "msource", "mstate", "mtype", "mvote"], [T.apply($s.logicalClock, i), i, LOOKING, NOTIFICATION, T.field(n, "mvote")]))
                    }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
                  }, T.field(n, "mvote"), T.apply($s.currentVote, i))
                }
                T.undo($n, $m826)
                or831: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:425:45)
                  if (!(!T.bool(peerOk))) break or831
                  const $n832 = T.bindEach($n, [V.currentVote, $s.currentVote, V.electionMsgs, $s.electionMsgs])
                  if ($n832 === null) break or831
                  $k823($n832)
                }
                T.undo($n, $m826)
              }
            }
            T.undo($n, $m809)
          }
          T.undo($n, $m790)
          or833: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:439:30)
            if (!((T.int(T.field(n, "mround")) < T.int(T.apply($s.logicalClock, i))))) break or833
            const $n834 = T.bindEach($n, [V.logicalClock, $s.logicalClock, V.currentVote, $s.currentVote, V.electionMsgs, $s.electionMsgs, V.receiveVotes, $s.receiveVotes, V.waitNotmsg, $s.waitNotmsg])
            if ($n834 === null) break or833
            $k787($n834)
          }
          T.undo($n, $m790)
        }
        T.undo($n, $m785)
        or835: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:443:24)
          if (!(T.isIn(T.field(n, "mstate"), $c46()))) break or835
          ReceivedFollowingAndLeadingNotification_act($s, $n, ($n836: T.Partial): void => {
            const $n837 = T.bind($n836, V.history, T.except($s.history, i, (_$at838) => InitHistory($s, $n836, i)))
            if ($n837 === null) return
            const $n839 = T.bindEach($n837, [V.electionMsgs, $s.electionMsgs, V.waitNotmsg, $s.waitNotmsg])
            if ($n839 === null) return
            $k783($n839)
          }, i, n)
        }
        T.undo($n, $m785)
      }
      T.undo($n, $m778)
    }
  }

  /** ZabTurnToLeading(i) as an action: tla/specs/ZkV3_7_0.tla, lines 516-530. */
  function ZabTurnToLeading_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n840 = T.bind($n, V.zabState, T.except($s.zabState, i, (_$at841) => DISCOVERY))
    if ($n840 === null) return
    const $n842 = T.bind($n840, V.learners, T.except($s.learners, i, (_$at843) => T.setOf([i])))
    if ($n842 === null) return
    const $n844 = T.bind($n842, V.connecting, T.except($s.connecting, i, (_$at845) => T.setOf([T.sortedRecord(["connected", "sid"], [true, i])])))
    if ($n844 === null) return
    const $n846 = T.bind($n844, V.electing, T.except($s.electing, i, (_$at847) => T.setOf([T.sortedRecord(["inQuorum", "peerLastZxid", "sid"], [true, $c30(), i])])))
    if ($n846 === null) return
    const $n848 = T.bind($n846, V.ackldRecv, T.except($s.ackldRecv, i, (_$at849) => T.setOf([T.sortedRecord(["connected", "sid"], [true, i])])))
    if ($n848 === null) return
    const $n850 = T.bind($n848, V.forwarding, T.except($s.forwarding, i, (_$at851) => $c31()))
    if ($n850 === null) return
    const $n852 = T.bind($n850, V.initialHistory, T.except($s.initialHistory, i, (_$at853) => T.apply(T.primed($n850, V.history, "history"), i)))
    if ($n852 === null) return
    const $n854 = T.bind($n852, V.tempMaxEpoch, T.except($s.tempMaxEpoch, i, (_$at855) => (T.int(T.apply($s.acceptedEpoch, i)) + 1)))
    if ($n854 === null) return
    $k($n854)
  }

  /** ZabTurnToFollowing(i) as an action: tla/specs/ZkV3_7_0.tla, lines 530-537. */
  function ZabTurnToFollowing_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n856 = T.bind($n, V.zabState, T.except($s.zabState, i, (_$at857) => DISCOVERY))
    if ($n856 === null) return
    const $n858 = T.bind($n856, V.initialHistory, T.except($s.initialHistory, i, (_$at859) => T.apply(T.primed($n856, V.history, "history"), i)))
    if ($n858 === null) return
    const $n860 = T.bind($n858, V.packetsSync, T.exceptPath(T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at861) => $c18()), [i, "committed"], (_$at862) => $c18()))
    if ($n860 === null) return
    $k($n860)
  }

  /** WaitNewNotmsg(i) as an action: tla/specs/FastLeaderElection.tla, lines 451-478. */
  function WaitNewNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.eq(T.apply($s.state, i), LOOKING))) return
    if (!(T.eq(T.apply($s.waitNotmsg, i), true))) return
    const $k863 = ($n864: T.Partial): void => {
      $k($n864)
    }
    const $m865 = T.mark($n)
    or866: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:454:15)
      if (!(!T.eq(T.apply($s.recvQueue, i), $c18()))) break or866
      if (!(T.eq(T.field(T.apply(T.apply($s.recvQueue, i), 1), "mtype"), NOTIFICATION))) break or866
      {
        const n = T.once((): T.Value => T.apply(T.apply($s.recvQueue, i), 1))
        const peerOk: T.Value = TotalOrderPredicate(T.field(n(), "mvote"), T.apply($s.currentVote, i))
        const $k867 = ($n868: T.Partial): void => {
          const $n869 = T.bindEach($n868, [V.state, $s.state, V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.history, $s.history, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.leadingVoteSet, $s.leadingVoteSet, V.electionMsgs, $s.electionMsgs])
          if ($n869 === null) return
          $k863($n869)
        }
        const $m870 = T.mark($n)
        or871: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:458:24)
          TotalOrderPredicate_act($s, $n, ($n872: T.Partial): void => {
            const $n873 = T.bind($n872, V.waitNotmsg, T.except($s.waitNotmsg, i, (_$at874) => false))
            if ($n873 === null) return
            const $n875 = T.bind($n873, V.recvQueue, T.except($s.recvQueue, i, ($at876) => T.append(T.tail($at876), n())))
            if ($n875 === null) return
            $k867($n875)
          }, T.field(n(), "mvote"), T.apply($s.currentVote, i))
        }
        T.undo($n, $m870)
        or877: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:461:24)
          if (!(!T.bool(peerOk))) break or877
          const $n878 = T.bind($n, V.recvQueue, T.except($s.recvQueue, i, ($at879) => T.tail($at879)))
          if ($n878 === null) break or877
          const $n880 = T.bindEach($n878, [V.waitNotmsg, $s.waitNotmsg])
          if ($n880 === null) break or877
          $k867($n880)
        }
        T.undo($n, $m870)
      }
    }
    T.undo($n, $m865)
    or881: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:466:15)
      const $k882 = ($n883: T.Partial): void => {
        const $n884 = T.bind($n883, V.state, T.except($s.state, i, (_$at885) => (T.eq(T.field(T.apply($s.currentVote, i), "proposedLeader"), i) ? LEADING : FOLLOWING)))
        if ($n884 === null) return
        const $n886 = T.bind($n884, V.leadingVoteSet, T.except($s.leadingVoteSet, i, ($at887) => (T.eq(T.field(T.apply($s.currentVote, i), "proposedLeader"), i) ? VoteSet(i, i, T.apply($s.receiveVotes, i), T.apply($s.currentVote, i), T.apply($s.logicalClock, i)) : $at887)))
        if ($n886 === null) return
        const $n888 = T.bind($n886, V.history, T.except($s.history, i, (_$at889) => InitHistory($s, $n886, i)))
        if ($n888 === null) return
        const $n890 = T.bindEach($n888, [V.currentEpoch, $s.currentEpoch, V.lastProcessed, $s.lastProcessed, V.currentVote, $s.currentVote, V.logicalClock, $s.logicalClock, V.receiveVotes, $s.receiveVotes, V.outOfElection, $s.outOfElection, V.recvQueue, $s.recvQueue, V.waitNotmsg, $s.waitNotmsg, V.electionMsgs, $s.electionMsgs])
        if ($n890 === null) return
        $k863($n890)
      }
      const $m891 = T.mark($n)
      or892: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:466:21)
        if (!(T.eq(T.apply($s.recvQueue, i), $c18()))) break or892
        $k882($n)
      }
      T.undo($n, $m891)
      or893: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:467:21)
        if (!((!T.eq(T.apply($s.recvQueue, i), $c18()) && T.eq(T.field(T.apply(T.apply($s.recvQueue, i), 1), "mtype"), NONE)))) break or893
        $k882($n)
      }
      T.undo($n, $m891)
    }
    T.undo($n, $m865)
  }

  /** CheckTimeout: tla/specs/ZkV3_7_0.tla, line 374. */
  function CheckTimeout($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "nTimeout"), "MaxTimeoutFailures")
  }

  /** CheckParameterLimit(n, p): tla/specs/ZkV3_7_0.tla, line 372. */
  function CheckParameterLimit(n: T.Value, p: T.Value): T.Value {
    return CheckParameterHelper(n, p, (i: T.Value, j: T.Value): T.Value => (T.int(i) < T.int(j)))
  }

  /** IsQuorum(s): tla/specs/ZkV3_7_0.tla, line 305. */
  function IsQuorum(s: T.Value): boolean {
    return T.isIn(s, Quorums())
  }

  /** RemoveLearner(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 659-666. */
  function RemoveLearner_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n894 = T.bind($n, V.learners, T.except($s.learners, i, ($at895) => T.minus($at895, T.setOf([j]))))
    if ($n894 === null) return
    const $n896 = T.bind($n894, V.forwarding, T.except($s.forwarding, i, ($at897) => (T.isIn(j, T.apply($s.forwarding, i)) ? T.minus($at897, T.setOf([j])) : $at897)))
    if ($n896 === null) return
    const $n898 = T.bind($n896, V.electing, T.except($s.electing, i, ($at899) => RemoveElecting($at899, j)))
    if ($n898 === null) return
    const $n900 = T.bind($n898, V.connecting, T.except($s.connecting, i, ($at901) => RemoveConnectingOrAckldRecv($at901, j)))
    if ($n900 === null) return
    const $n902 = T.bind($n900, V.ackldRecv, T.except($s.ackldRecv, i, ($at903) => RemoveConnectingOrAckldRecv($at903, j)))
    if ($n902 === null) return
    $k($n902)
  }

  /** FollowerShutdown(i) as an action: tla/specs/ZkV3_7_0.tla, lines 631-636. */
  function FollowerShutdown_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    ZabTimeout_act($s, $n, ($n904: T.Partial): void => {
      const $n905 = T.bind($n904, V.zabState, T.except($s.zabState, i, (_$at906) => ELECTION))
      if ($n905 === null) return
      const $n907 = T.bind($n905, V.connectInfo, T.except($s.connectInfo, i, (_$at908) => InitialConnectInfo()))
      if ($n907 === null) return
      $k($n907)
    }, i)
  }

  /** Clean(i, j) as an action: tla/specs/ZkV3_7_0.tla, line 451. */
  function Clean_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n909 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at910) => $c18()), [i, j], (_$at911) => $c18()))
    if ($n909 === null) return
    $k($n909)
  }

  /** LeaderShutdown(i) as an action: tla/specs/ZkV3_7_0.tla, lines 636-642. */
  function LeaderShutdown_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const cluster = T.once((): T.Value => T.union(T.setOf([i]), T.apply($s.learners, i)))
      ZabTimeoutInCluster_act($s, $n, ($n912: T.Partial): void => {
        const $n913 = T.bind($n912, V.learners, T.except($s.learners, i, (_$at914) => $c31()))
        if ($n913 === null) return
        const $n915 = T.bind($n913, V.forwarding, T.except($s.forwarding, i, (_$at916) => $c31()))
        if ($n915 === null) return
        $k($n915)
      }, cluster())
    }
  }

  /** IsLooking(s): tla/specs/ZkV3_7_0.tla, line 296. */
  function IsLooking($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), LOOKING)
  }

  /** IdTable: tla/specs/FastLeaderElection.tla, line 122. */
  const IdTable = T.once((): T.Value => $c48())

  /** CheckCrash(i) as an action: tla/specs/ZkV3_7_0.tla, lines 379-384. */
  function CheckCrash_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $k917 = ($n918: T.Partial): void => {
      if (!(T.bool(CheckParameterLimit(T.field($s.recorder, "nCrash"), "MaxCrashes")))) return
      $k($n918)
    }
    const $m919 = T.mark($n)
    or920: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:379:30)
      if (!(T.bool(IsLooking($s, i)))) break or920
      $k917($n)
    }
    T.undo($n, $m919)
    or921: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:380:30)
      if (!((!T.bool(IsLooking($s, i)) && T.bool(CheckTimeout($s))))) break or921
      $k917($n)
    }
    T.undo($n, $m919)
  }

  /** CleanInputBuffer(i) as an action: tla/specs/ZkV3_7_0.tla, lines 452-453. */
  function CleanInputBuffer_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n922 = T.bind($n, V.msgs, T.fnOver(Server, (s) => T.fnOver(Server, (v) => (T.eq(v, i) ? $c18() : T.apply(T.apply($s.msgs, s), v)))))
    if ($n922 === null) return
    $k($n922)
  }

  /** HasLeader(i): tla/specs/ZkV3_7_0.tla, line 301. */
  function HasLeader($s: State, i: T.Value): boolean {
    return !T.eq(T.field(T.apply($s.connectInfo, i), "sid"), NullPoint)
  }

  /** InitLastProcessed(i): tla/specs/FastLeaderElection.tla, lines 148-154. */
  function InitLastProcessed($s: State, i: T.Value): T.Value {
    return ((T.len(T.apply($s.history, i)) === 0) ? $c40() : ((): T.Value => {
      const lastIndex: T.Value = T.len(T.apply($s.history, i))
      const entry: T.Value = T.apply(T.apply($s.history, i), lastIndex)
      return T.sortedRecord(["index", "zxid"], [lastIndex, T.field(entry, "zxid")])
    })())
  }

  /** Send(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, line 406. */
  function Send_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n923 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i, j], (_$at924) => T.append(T.apply(T.apply($s.msgs, i), j), m)))
    if ($n923 === null) return
    $k($n923)
  }

  /** WaitingForNewEpoch(i, set): tla/specs/ZkV3_7_0.tla, line 761. */
  function WaitingForNewEpoch(i: T.Value, set: T.Value): boolean {
    return ((T.isIn(i, set) && T.bool(IsQuorum(set))) === false)
  }

  /** UpdateConnectingOrAckldRecv(oldSet, sid): tla/specs/ZkV3_7_0.tla, lines 770-779. */
  function UpdateConnectingOrAckldRecv(oldSet: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_set: T.Value = T.map(oldSet, (s) => T.field(s, "sid"))
      return (T.isIn(sid, sid_set) ? ((): T.Value => {
      const old_info: T.Value = T.choose(oldSet, (info) => T.eq(T.field(info, "sid"), sid), "tla/specs/ZkV3_7_0.tla:773:33")
      const follower_info: T.Value = T.sortedRecord(["connected", "sid"], [true, sid])
      return T.union(T.minus(oldSet, T.setOf([old_info])), T.setOf([follower_info]))
    })() : ((): T.Value => {
      const follower_info: T.Value = T.sortedRecord(["connected", "sid"], [true, sid])
      return T.union(oldSet, T.setOf([follower_info]))
    })())
    })()
  }

  /** WaitingForNewEpochTurnToFalse(i, set): tla/specs/ZkV3_7_0.tla, lines 762-770. */
  function WaitingForNewEpochTurnToFalse(i: T.Value, set: T.Value): boolean {
    return (T.isIn(i, set) && T.bool(IsQuorum(set)))
  }

  /** DiscardAndBroadcastLEADERINFO(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, lines 425-434. */
  function DiscardAndBroadcastLEADERINFO_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    {
      const new_connecting_quorum = T.once((): T.Value => T.filter(T.apply(T.primed($n, V.connecting, "connecting"), i), (c) => T.eq(T.field(c, "connected"), true)))
      const new_sid_connecting = T.once((): T.Value => T.map(new_connecting_quorum(), (c) => T.field(c, "sid")))
      const $n925 = T.bind($n, V.msgs, T.except(T.exceptPath($s.msgs, [j, i], (_$at926) => T.tail(T.apply(T.apply($s.msgs, j), i))), i, (_$at927) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_connecting()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n925 === null) return
      $k($n925)
    }
  }

  /** Discard(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 411-412. */
  function Discard_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n928 = T.bind($n, V.msgs, (!T.eq(T.apply(T.apply($s.msgs, i), j), $c18()) ? T.exceptPath($s.msgs, [i, j], (_$at929) => T.tail(T.apply(T.apply($s.msgs, i), j))) : $s.msgs))
    if ($n928 === null) return
    $k($n928)
  }

  /** Reply(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, lines 447-448. */
  function Reply_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n930 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at931) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i, j], (_$at932) => T.append(T.apply(T.apply($s.msgs, i), j), m)))
    if ($n930 === null) return
    $k($n930)
  }

  /** ElectionFinished(i, set): tla/specs/ZkV3_7_0.tla, lines 1078-1086. */
  function ElectionFinished(i: T.Value, set: T.Value): boolean {
    return (T.isIn(i, set) && T.bool(IsQuorum(set)))
  }

  /** UpdateElecting(oldSet, sid, peerLastZxid, inQuorum): tla/specs/ZkV3_7_0.tla, lines 1086-1099. */
  function UpdateElecting(oldSet: T.Value, sid: T.Value, peerLastZxid: T.Value, inQuorum: T.Value): T.Value {
    return ((): T.Value => {
      const sid_electing: T.Value = T.map(oldSet, (s) => T.field(s, "sid"))
      return (T.isIn(sid, sid_electing) ? ((): T.Value => {
      const old_info: T.Value = T.choose(oldSet, (info) => T.eq(T.field(info, "sid"), sid), "tla/specs/ZkV3_7_0.tla:1089:33")
      const follower_info: T.Value = T.sortedRecord(["inQuorum", "peerLastZxid", "sid"], [(T.bool(inQuorum) || T.bool(T.field(old_info, "inQuorum"))), peerLastZxid, sid])
      return T.union(T.minus(oldSet, T.setOf([old_info])), T.setOf([follower_info]))
    })() : ((): T.Value => {
      const follower_info: T.Value = T.sortedRecord(["inQuorum", "peerLastZxid", "sid"], [inQuorum, peerLastZxid, sid])
      return T.union(oldSet, T.setOf([follower_info]))
    })())
    })()
  }

  /** LeaderTurnToSynchronization(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1101-1108. */
  function LeaderTurnToSynchronization_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n933 = T.bind($n, V.currentEpoch, T.except($s.currentEpoch, i, (_$at934) => T.apply($s.acceptedEpoch, i)))
    if ($n933 === null) return
    const $n935 = T.bind($n933, V.zabState, T.except($s.zabState, i, (_$at936) => SYNCHRONIZATION))
    if ($n935 === null) return
    $k($n935)
  }

  /** IsMoreRecentThan(ss1, ss2): tla/specs/ZkV3_7_0.tla, lines 1073-1078. */
  function IsMoreRecentThan(ss1: T.Value, ss2: T.Value): boolean {
    return ((T.int(T.field(ss1, "currentEpoch")) > T.int(T.field(ss2, "currentEpoch"))) || (T.eq(T.field(ss1, "currentEpoch"), T.field(ss2, "currentEpoch")) && T.bool(ZxidCompare(T.field(ss1, "lastZxid"), T.field(ss2, "lastZxid")))))
  }

  /** SyncFollower(i, j, peerLastZxid, needRemoveHead) as an action: tla/specs/ZkV3_7_0.tla, lines 1012-1073. */
  function SyncFollower_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, peerLastZxid: T.Value, needRemoveHead: T.Value): void {
    {
      const lastProcessedZxid = T.once((): T.Value => T.field(T.apply($s.lastProcessed, i), "zxid"))
      const minCommittedIdx = T.once((): T.Value => (T.int(T.field(T.apply($s.lastSnapshot, i), "index")) + 1))
      const maxCommittedIdx = T.once((): T.Value => (T.eq(T.apply($s.zabState, i), BROADCAST) ? T.field(T.apply($s.lastCommitted, i), "index") : T.len(T.apply($s.history, i))))
      const committedLogEmpty = T.once((): T.Value => (T.int(minCommittedIdx()) > T.int(maxCommittedIdx())))
      const minCommittedLog = T.once((): T.Value => (T.bool(committedLogEmpty()) ? lastProcessedZxid() : T.field(T.apply(T.apply($s.history, i), minCommittedIdx()), "zxid")))
      const maxCommittedLog = T.once((): T.Value => (T.bool(committedLogEmpty()) ? lastProcessedZxid() : (T.eq(maxCommittedIdx(), 0) ? $c39() : T.field(T.apply(T.apply($s.history, i), maxCommittedIdx()), "zxid"))))
      const $k937 = ($n938: T.Partial): void => {
        $k($n938)
      }
      const $m939 = T.mark($n)
      or940: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1032:15)
        if (!(T.bool(ZxidEqual(peerLastZxid, lastProcessedZxid())))) break or940
        SendSyncMsgs_act($s, $n, ($n941: T.Partial): void => {
          $k937($n941)
        }, i, j, peerLastZxid, T.field(T.apply($s.lastProcessed, i), "index"), DIFF, needRemoveHead)
      }
      T.undo($n, $m939)
      or942: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1035:15)
        if (!(!T.bool(ZxidEqual(peerLastZxid, lastProcessedZxid())))) break or942
        const $k943 = ($n944: T.Partial): void => {
          $k937($n944)
        }
        const $m945 = T.mark($n)
        or946: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1038:21)
          ZxidCompare_act($s, $n, ($n947: T.Partial): void => {
            SendSyncMsgs_act($s, $n947, ($n948: T.Partial): void => {
              $k943($n948)
            }, i, j, maxCommittedLog(), maxCommittedIdx(), TRUNC, needRemoveHead)
          }, peerLastZxid, maxCommittedLog())
        }
        T.undo($n, $m945)
        or949: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1042:21)
          if (!(!T.bool(ZxidCompare(peerLastZxid, maxCommittedLog())))) break or949
          if (!(!T.bool(ZxidCompare(minCommittedLog(), peerLastZxid)))) break or949
          {
            const lastSeenIndex: T.Value = ZxidToIndex(T.apply($s.history, i), peerLastZxid)
            const exist: T.Value = ((T.int(lastSeenIndex) >= T.int(minCommittedIdx())) && (T.int(lastSeenIndex) <= T.len(T.apply($s.history, i))))
            const lastIndex = T.once((): T.Value => (T.bool(exist) ? lastSeenIndex : IndexOfZxid(T.apply($s.history, i), peerLastZxid)))
            const lastZxid = T.once((): T.Value => (T.bool(exist) ? peerLastZxid : (T.eq(lastIndex(), 0) ? $c39() : T.field(T.apply(T.apply($s.history, i), lastIndex()), "zxid"))))
            const $k950 = ($n951: T.Partial): void => {
              $k943($n951)
            }
            const $m952 = T.mark($n)
            or953: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1057:27)
              if (!(T.bool(exist))) break or953
              SendSyncMsgs_act($s, $n, ($n954: T.Partial): void => {
                $k950($n954)
              }, i, j, peerLastZxid, lastSeenIndex, DIFF, needRemoveHead)
            }
            T.undo($n, $m952)
            or955: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1063:27)
              if (!(!T.bool(exist))) break or955
              SendSyncMsgs_act($s, $n, ($n956: T.Partial): void => {
                $k950($n956)
              }, i, j, lastZxid(), lastIndex(), TRUNC, needRemoveHead)
            }
            T.undo($n, $m952)
          }
        }
        T.undo($n, $m945)
        or957: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1068:21)
          ZxidCompare_act($s, $n, ($n958: T.Partial): void => {
            SendSyncMsgs_act($s, $n958, ($n959: T.Partial): void => {
              $k943($n959)
            }, i, j, lastProcessedZxid(), maxCommittedIdx(), SNAP, needRemoveHead)
          }, minCommittedLog(), peerLastZxid)
        }
        T.undo($n, $m945)
      }
      T.undo($n, $m939)
    }
  }

  /** ZxidEqual(zxid1, zxid2): tla/specs/FastLeaderElection.tla, line 134. */
  function ZxidEqual(zxid1: T.Value, zxid2: T.Value): boolean {
    return (T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && T.eq(T.apply(zxid1, 2), T.apply(zxid2, 2)))
  }

  /** TruncateLog(his, index): tla/specs/ZkV3_7_0.tla, lines 1204-1205. */
  function TruncateLog(his: T.Value, index: T.Value): T.Value {
    return ((T.int(index) <= 0) ? $c18() : T.subSeq(his, 1, index))
  }

  /** ZxidToIndex(his, zxid): tla/specs/ZkV3_7_0.tla, lines 907-912. */
  function ZxidToIndex(his: T.Value, zxid: T.Value): T.Value {
    return (T.bool(ZxidEqual(zxid, $c39())) ? 0 : ((T.len(his) === 0) ? 1 : ((): T.Value => {
      const len: T.Value = T.len(his)
      return (T.elems(T.range(1, len)).some((idx) => T.bool(TxnZxidEqual(T.apply(his, idx), zxid))) ? ZxidToIndexHelper(his, zxid, 1, false) : (T.int(len) + 1))
    })()))
  }

  /** IsNextZxid(curZxid, nextZxid) as an action: tla/specs/ZkV3_7_0.tla, lines 1300-1309. */
  function IsNextZxid_act(_$s: State, $n: T.Partial, $k: Continue, curZxid: T.Value, nextZxid: T.Value): void {
    const $k960 = ($n961: T.Partial): void => {
      $k($n961)
    }
    const $m962 = T.mark($n)
    or963: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1302:16)
      if (!((T.eq(T.apply(nextZxid, 2), 1) && (T.int(T.apply(curZxid, 1)) < T.int(T.apply(nextZxid, 1)))))) break or963
      $k960($n)
    }
    T.undo($n, $m962)
    or964: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1305:16)
      if (!(((T.int(T.apply(nextZxid, 2)) > 1) && T.eq(T.apply(curZxid, 1), T.apply(nextZxid, 1)) && T.eq((T.int(T.apply(curZxid, 2)) + 1), T.apply(nextZxid, 2))))) break or964
      $k960($n)
    }
    T.undo($n, $m962)
  }

  /** LastQueued(i): tla/specs/ZkV3_7_0.tla, lines 1290-1298. */
  function LastQueued($s: State, i: T.Value): T.Value {
    return ((!T.bool(IsFollower($s, i)) || !T.eq(T.apply($s.zabState, i), SYNCHRONIZATION)) ? LastProposed($s, i) : ((): T.Value => {
      const packetsInSync: T.Value = T.field(T.apply($s.packetsSync, i), "notCommitted")
      const lenSync: T.Value = T.len(packetsInSync)
      const totalLen = T.once((): T.Value => (T.len(T.apply($s.history, i)) + T.int(lenSync)))
      return (T.eq(lenSync, 0) ? LastProposed($s, i) : T.sortedRecord(["index", "zxid"], [totalLen(), T.field(T.apply(packetsInSync, lenSync), "zxid")]))
    })())
  }

  /** IsNextZxid(curZxid, nextZxid): tla/specs/ZkV3_7_0.tla, lines 1300-1309. */
  function IsNextZxid(curZxid: T.Value, nextZxid: T.Value): boolean {
    return ((T.eq(T.apply(nextZxid, 2), 1) && (T.int(T.apply(curZxid, 1)) < T.int(T.apply(nextZxid, 1)))) || ((T.int(T.apply(nextZxid, 2)) > 1) && T.eq(T.apply(curZxid, 1), T.apply(nextZxid, 1)) && T.eq((T.int(T.apply(curZxid, 2)) + 1), T.apply(nextZxid, 2))))
  }

  /** LastCommitted(i): tla/specs/ZkV3_7_0_Bounded.tla, lines 23-37. */
  function LastCommitted($s: State, i: T.Value): T.Value {
    return (T.eq(T.apply($s.zabState, i), BROADCAST) ? T.apply($s.lastCommitted, i) : (T.bool(IsLeader($s, i)) ? ZxidPoint($s, i, T.len(T.apply($s.initialHistory, i))) : T.bool(IsFollower($s, i)) ? ((): T.Value => {
      const committedInSync: T.Value = T.field(T.apply($s.packetsSync, i), "committed")
      const logged = T.once((): T.Value => T.len(T.apply($s.history, i)))
      const initial = T.once((): T.Value => T.len(T.apply($s.initialHistory, i)))
      return (T.eq(committedInSync, $c18()) ? (T.eq(logged(), initial()) ? ZxidPoint($s, i, logged()) : ((T.int(initial()) < T.int(T.field(T.apply($s.lastCommitted, i), "index"))) ? T.apply($s.lastCommitted, i) : ZxidPoint($s, i, initial()))) : ((): T.Value => {
      const last: T.Value = T.apply(committedInSync, T.len(committedInSync))
      return T.sortedRecord(["index", "zxid"], [ZxidToIndex(T.concat(T.apply($s.history, i), T.field(T.apply($s.packetsSync, i), "notCommitted")), last), last])
    })())
    })() : T.apply($s.lastCommitted, i)))
  }

  /** WriteToTxnLog(i): tla/specs/ZkV3_7_0.tla, lines 1276-1278. */
  function WriteToTxnLog($s: State, i: T.Value): boolean {
    return ((T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), DIFF) || T.eq(T.field(T.apply($s.connectInfo, i), "nlRcv"), true)) ? true : false)
  }

  /** TxnWithIndex(i, idx): tla/specs/ZkV3_7_0.tla, lines 1376-1379. */
  function TxnWithIndex($s: State, i: T.Value, idx: T.Value): T.Value {
    return ((!T.bool(IsFollower($s, i)) || !T.eq(T.apply($s.zabState, i), SYNCHRONIZATION)) ? T.apply(T.apply($s.history, i), idx) : ((): T.Value => {
      const completeHis: T.Value = T.concat(T.apply($s.history, i), T.field(T.apply($s.packetsSync, i), "notCommitted"))
      return T.apply(completeHis, idx)
    })())
  }

  /** DiscardAndSendPackets(i, j, ms) as an action: tla/specs/ZkV3_7_0.tla, lines 408-409. */
  function DiscardAndSendPackets_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, ms: T.Value): void {
    const $n965 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at966) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i, j], (_$at967) => T.concat(T.apply(T.apply($s.msgs, i), j), ms)))
    if ($n965 === null) return
    $k($n965)
  }

  /** SnapshotNeeded(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1272-1276. */
  function SnapshotNeeded_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $k968 = ($n969: T.Partial): void => {
      $k($n969)
    }
    const $m970 = T.mark($n)
    or971: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1272:25)
      if (!(T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), TRUNC))) break or971
      $k968($n)
    }
    T.undo($n, $m970)
    or972: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1273:25)
      if (!(T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), SNAP))) break or972
      $k968($n)
    }
    T.undo($n, $m970)
  }

  /** TakeSnapshot(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1442-1453. */
  function TakeSnapshot_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const snapOk: T.Value = (T.int(T.field(T.apply($s.lastSnapshot, i), "index")) <= T.int(T.field(T.apply($s.lastCommitted, i), "index")))
      const $k973 = ($n974: T.Partial): void => {
        $k($n974)
      }
      const $m975 = T.mark($n)
      or976: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1443:27)
        if (!(T.bool(snapOk))) break or976
        const $n977 = T.bind($n, V.lastSnapshot, T.except($s.lastSnapshot, i, (_$at978) => T.apply($s.lastCommitted, i)))
        if ($n977 === null) break or976
        const $n979 = T.bindEach($n977, [V.violatedInvariants, $s.violatedInvariants])
        if ($n979 === null) break or976
        $k973($n979)
      }
      T.undo($n, $m975)
      or980: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1446:27)
        if (!(!T.bool(snapOk))) break or980
        if (!(T.printT($c49()))) break or980
        const $n981 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "commitInconsistent", (_$at982) => true))
        if ($n981 === null) break or980
        const $n983 = T.bindEach($n981, [V.lastSnapshot, $s.lastSnapshot])
        if ($n983 === null) break or980
        $k973($n983)
      }
      T.undo($n, $m975)
    }
  }

  /** SnapshotNeeded(i): tla/specs/ZkV3_7_0.tla, lines 1272-1276. */
  function SnapshotNeeded($s: State, i: T.Value): boolean {
    return (T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), TRUNC) || T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), SNAP))
  }

  /** ACKInBatches(queue, packets): tla/specs/ZkV3_7_0.tla, lines 1454-1460. RECURSIVE. */
  function ACKInBatches(queue: T.Value, packets: T.Value): T.Value {
    return (T.eq(packets, $c18()) ? queue : ((): T.Value => {
      const head = T.once((): T.Value => T.apply(packets, 1))
      const newPackets = T.once((): T.Value => T.tail(packets))
      const m_ack = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [ACK, T.field(head(), "zxid")]))
      return ACKInBatches(T.append(queue, m_ack()), newPackets())
    })())
  }

  /** QuorumFormed(i, set): tla/specs/ZkV3_7_0.tla, line 1493. */
  function QuorumFormed(i: T.Value, set: T.Value): boolean {
    return (T.isIn(i, set) && T.bool(IsQuorum(set)))
  }

  /** LeaderTurnToBroadcast(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1506-1512. */
  function LeaderTurnToBroadcast_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    StartZkServer_act($s, $n, ($n984: T.Partial): void => {
      const $n985 = T.bind($n984, V.zabState, T.except($s.zabState, i, (_$at986) => BROADCAST))
      if ($n985 === null) return
      $k($n985)
    }, i)
  }

  /** DiscardAndBroadcastUPTODATE(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, lines 436-445. */
  function DiscardAndBroadcastUPTODATE_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    {
      const new_ackldRecv_quorum = T.once((): T.Value => T.filter(T.apply(T.primed($n, V.ackldRecv, "ackldRecv"), i), (a) => T.eq(T.field(a, "connected"), true)))
      const new_sid_ackldRecv = T.once((): T.Value => T.map(new_ackldRecv_quorum(), (a) => T.field(a, "sid")))
      const $n987 = T.bind($n, V.msgs, T.except(T.exceptPath($s.msgs, [j, i], (_$at988) => T.tail(T.apply(T.apply($s.msgs, j), i))), i, (_$at989) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_ackldRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n987 === null) return
      $k($n987)
    }
  }

  /** UpdateElectionVote(i, epoch) as an action: tla/specs/ZkV3_7_0.tla, lines 1495-1496. */
  function UpdateElectionVote_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, epoch: T.Value): void {
    UpdateProposal_act($s, $n, ($n990: T.Partial): void => {
      $k($n990)
    }, i, T.field(T.apply($s.currentVote, i), "proposedLeader"), T.field(T.apply($s.currentVote, i), "proposedZxid"), epoch)
  }

  /** FollowerLogRequestInBatches(i, leader, ms_ack, packetsNotCommitted) as an action: tla/specs/ZkV3_7_0.tla, lines 1605-1611. */
  function FollowerLogRequestInBatches_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, leader: T.Value, ms_ack: T.Value, packetsNotCommitted: T.Value): void {
    const $n991 = T.bind($n, V.history, T.except($s.history, i, ($at992) => T.concat($at992, packetsNotCommitted)))
    if ($n991 === null) return
    DiscardAndSendPackets_act($s, $n991, ($n993: T.Partial): void => {
      $k($n993)
    }, i, leader, ms_ack)
  }

  /** FollowerCommitInBatches(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1611-1630. */
  function FollowerCommitInBatches_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const committedTxns = T.once((): T.Value => CommittedTxns($s, i))
      const packetsCommitted = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "committed"))
      const match: T.Value = TxnsAndCommittedMatch(committedTxns(), packetsCommitted())
      const $k994 = ($n995: T.Partial): void => {
        $k($n995)
      }
      const $m996 = T.mark($n)
      or997: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1616:12)
        if (!(T.bool(match))) break or997
        const $n998 = T.bind($n, V.lastCommitted, T.except($s.lastCommitted, i, (_$at999) => LastCommitted($s, i)))
        if ($n998 === null) break or997
        const $n1000 = T.bind($n998, V.lastProcessed, T.except($s.lastProcessed, i, (_$at1001) => T.apply(T.primed($n998, V.lastCommitted, "lastCommitted"), i)))
        if ($n1000 === null) break or997
        const $n1002 = T.bindEach($n1000, [V.violatedInvariants, $s.violatedInvariants])
        if ($n1002 === null) break or997
        $k994($n1002)
      }
      T.undo($n, $m996)
      or1003: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1620:12)
        if (!(!T.bool(match))) break or1003
        if (!(T.printT($c50()))) break or1003
        const $n1004 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "commitInconsistent", (_$at1005) => true))
        if ($n1004 === null) break or1003
        const $n1006 = T.bindEach($n1004, [V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed])
        if ($n1006 === null) break or1003
        $k994($n1006)
      }
      T.undo($n, $m996)
    }
  }

  /** Broadcast(i, m) as an action: tla/specs/ZkV3_7_0.tla, lines 414-417. */
  function Broadcast_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, m: T.Value): void {
    const $n1007 = T.bind($n, V.msgs, T.except($s.msgs, i, (_$at1008) => T.fnOver(Server, (v) => ((T.isIn(v, T.apply($s.forwarding, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
    if ($n1007 === null) return
    $k($n1007)
  }

  /** ShouldSnapshot(i): tla/specs/ZkV3_7_0.tla, line 1435. */
  function ShouldSnapshot($s: State, i: T.Value): boolean {
    return ((T.int(T.field(T.apply($s.lastCommitted, i), "index")) - T.int(T.field(T.apply($s.lastSnapshot, i), "index"))) >= 2)
  }

  /** GetRecorder(p): tla/specs/ZkV3_7_0.tla, line 322. */
  function GetRecorder($s: State, p: T.Value): T.Value {
    return (T.isIn(p, T.domain($s.recorder)) ? T.apply($s.recorder, p) : 0)
  }

  /** IncZxid(s, zxid): tla/specs/ZkV3_7_0.tla, lines 1651-1652. */
  function IncZxid($s: State, s: T.Value, zxid: T.Value): T.Value {
    return (T.eq(T.apply($s.currentEpoch, s), T.apply(zxid, 1)) ? T.tuple([T.apply(zxid, 1), (T.int(T.apply(zxid, 2)) + 1)]) : T.tuple([T.apply($s.currentEpoch, s), 1]))
  }

  /** LastProposed(i): tla/specs/ZkV3_7_0.tla, lines 1281-1287. */
  function LastProposed($s: State, i: T.Value): T.Value {
    return ((T.len(T.apply($s.history, i)) === 0) ? $c40() : ((): T.Value => {
      const lastIndex: T.Value = T.len(T.apply($s.history, i))
      const entry: T.Value = T.apply(T.apply($s.history, i), lastIndex)
      return T.sortedRecord(["index", "zxid"], [lastIndex, T.field(entry, "zxid")])
    })())
  }

  /** LeaderTryToCommit(s, index, zxid, newTxn, follower) as an action: tla/specs/ZkV3_7_0.tla, lines 1752-1782. */
  function LeaderTryToCommit_act($s: State, $n: T.Partial, $k: Continue, s: T.Value, index: T.Value, zxid: T.Value, newTxn: T.Value, follower: T.Value): void {
    {
      const allTxnsBeforeCommitted: T.Value = (T.int(T.field(T.apply($s.lastCommitted, s), "index")) >= (T.int(index) - 1))
      const hasAllQuorums = T.once((): T.Value => IsQuorum(T.field(newTxn, "ackSid")))
      const ordered = T.once((): T.Value => T.eq((T.int(T.field(T.apply($s.lastCommitted, s), "index")) + 1), index))
      const $k1009 = ($n1010: T.Partial): void => {
        $k($n1010)
      }
      const $m1011 = T.mark($n)
      or1012: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1761:15)
        const $k1013 = ($n1014: T.Partial): void => {
          Discard_act($s, $n1014, ($n1015: T.Partial): void => {
            const $n1016 = T.bindEach($n1015, [V.violatedInvariants, $s.violatedInvariants, V.lastCommitted, $s.lastCommitted, V.lastProcessed, $s.lastProcessed])
            if ($n1016 === null) return
            $k1009($n1016)
          }, follower, s)
        }
        const $m1017 = T.mark($n)
        or1018: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1762:21)
          if (!(!T.bool(allTxnsBeforeCommitted))) break or1018
          $k1013($n)
        }
        T.undo($n, $m1017)
        or1019: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1763:21)
          if (!(!T.bool(hasAllQuorums()))) break or1019
          $k1013($n)
        }
        T.undo($n, $m1017)
      }
      T.undo($n, $m1011)
      or1020: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1766:15)
        if (!(T.bool(allTxnsBeforeCommitted))) break or1020
        if (!(T.bool(hasAllQuorums()))) break or1020
        const $k1021 = ($n1022: T.Partial): void => {
          LeaderCommit_act($s, $n1022, ($n1023: T.Partial): void => {
            const $n1024 = T.bind($n1023, V.lastProcessed, T.except($s.lastProcessed, s, (_$at1025) => T.sortedRecord(["index", "zxid"], [index, zxid])))
            if ($n1024 === null) return
            $k1009($n1024)
          }, s, follower, index, zxid)
        }
        const $m1026 = T.mark($n)
        or1027: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1768:21)
          if (!(!T.bool(ordered()))) break or1027
          if (!(T.printT(T.concat(T.concat("Warn: Committing zxid ", T.show(zxid)), " not first.")))) break or1027
          const $n1028 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "commitInconsistent", (_$at1029) => true))
          if ($n1028 === null) break or1027
          $k1021($n1028)
        }
        T.undo($n, $m1026)
        or1030: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1772:21)
          if (!(T.bool(ordered()))) break or1030
          const $n1031 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
          if ($n1031 === null) break or1030
          $k1021($n1031)
        }
        T.undo($n, $m1026)
      }
      T.undo($n, $m1011)
    }
  }

  /** LastAckIndexFromFollower(i, j): tla/specs/ZkV3_7_0.tla, lines 1735-1737. */
  function LastAckIndexFromFollower($s: State, i: T.Value, j: T.Value): T.Value {
    return ((): T.Value => {
      const set_index = T.once((): T.Value => T.filter(T.range(1, T.len(T.apply($s.history, i))), (idx) => T.isIn(j, T.field(T.apply(T.apply($s.history, i), idx), "ackSid"))))
      return Maximum(set_index())
    })()
  }

  /** PendingTxns(i): tla/specs/ZkV3_7_0.tla, lines 1578-1584. */
  function PendingTxns($s: State, i: T.Value): T.Value {
    return ((!T.bool(IsFollower($s, i)) || !T.eq(T.apply($s.zabState, i), SYNCHRONIZATION)) ? T.subSeq(T.apply($s.history, i), (T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1), T.len(T.apply($s.history, i))) : ((): T.Value => {
      const packetsCommitted: T.Value = T.field(T.apply($s.packetsSync, i), "committed")
      const completeHis = T.once((): T.Value => T.concat(T.apply($s.history, i), T.field(T.apply($s.packetsSync, i), "notCommitted")))
      return ((T.len(packetsCommitted) === 0) ? T.subSeq(completeHis(), (T.len(T.apply($s.history, i)) + 1), T.len(completeHis())) : T.subSeq(completeHis(), (T.int(T.field(LastCommitted($s, i), "index")) + 1), T.len(completeHis())))
    })())
  }

  /** UnchangeRecorder as an action: tla/specs/ZkV3_7_0.tla, line 367. */
  function UnchangeRecorder_act($s: State, $n: T.Partial, $k: Continue): void {
    const $n1032 = T.bindEach($n, [V.recorder, $s.recorder])
    if ($n1032 === null) return
    $k($n1032)
  }

  /** InitServerVarsL as part of Init: tla/specs/FastLeaderElection.tla, lines 244-250. */
  function InitServerVarsL_init($n: T.Partial, $k: Continue): void {
    const $n1033 = T.bind($n, V.state, T.fnOver(Server, (_s) => LOOKING))
    if ($n1033 === null) return
    const $n1034 = T.bind($n1033, V.currentEpoch, T.fnOver(Server, (_s) => 0))
    if ($n1034 === null) return
    const $n1035 = T.bind($n1034, V.lastProcessed, T.fnOver(Server, (_s) => $c40()))
    if ($n1035 === null) return
    const $n1036 = T.bind($n1035, V.history, T.fnOver(Server, (_s) => $c18()))
    if ($n1036 === null) return
    $k($n1036)
  }

  /** InitLeaderVarsL as part of Init: tla/specs/FastLeaderElection.tla, line 263. */
  function InitLeaderVarsL_init($n: T.Partial, $k: Continue): void {
    const $n1037 = T.bind($n, V.leadingVoteSet, T.fnOver(Server, (_s) => $c31()))
    if ($n1037 === null) return
    $k($n1037)
  }

  /** InitElectionVarsL as part of Init: tla/specs/FastLeaderElection.tla, lines 250-263. */
  function InitElectionVarsL_init($n: T.Partial, $k: Continue): void {
    const $n1038 = T.bind($n, V.currentVote, T.fnOver(Server, (s) => SelfVote(viewOf($n), s)))
    if ($n1038 === null) return
    const $n1039 = T.bind($n1038, V.logicalClock, T.fnOver(Server, (_s) => 0))
    if ($n1039 === null) return
    const $n1040 = T.bind($n1039, V.receiveVotes, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => $c51())))
    if ($n1040 === null) return
    const $n1041 = T.bind($n1040, V.outOfElection, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => $c51())))
    if ($n1041 === null) return
    const $n1042 = T.bind($n1041, V.recvQueue, T.fnOver(Server, (_s) => $c18()))
    if ($n1042 === null) return
    const $n1043 = T.bind($n1042, V.waitNotmsg, T.fnOver(Server, (_s) => false))
    if ($n1043 === null) return
    $k($n1043)
  }

  /** RemoveNone(seq): tla/specs/FastLeaderElection.tla, lines 111-113. RECURSIVE. */
  function RemoveNone(seq: T.Value): T.Value {
    return (T.eq(seq, $c18()) ? $c18() : !T.eq(seq, $c18()) ? (T.eq(T.field(T.head(seq), "mtype"), NONE) ? RemoveNone(T.tail(seq)) : T.concat(T.tuple([T.head(seq)]), RemoveNone(T.tail(seq)))) : T.caseFail("tla/specs/FastLeaderElection.tla:111:20"))
  }

  /** ReplyNotmsg(i, j, m) as an action: tla/specs/FastLeaderElection.tla, lines 105-106. */
  function ReplyNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n1044 = T.bind($n, V.electionMsgs, T.exceptPath(T.exceptPath($s.electionMsgs, [i, j], (_$at1045) => T.append(T.apply(T.apply($s.electionMsgs, i), j), m)), [j, i], (_$at1046) => T.tail(T.apply(T.apply($s.electionMsgs, j), i))))
    if ($n1044 === null) return
    $k($n1044)
  }

  /** DiscardNotmsg(i, j) as an action: tla/specs/FastLeaderElection.tla, lines 101-103. */
  function DiscardNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n1047 = T.bind($n, V.electionMsgs, T.exceptPath($s.electionMsgs, [i, j], (_$at1048) => (!T.eq(T.apply(T.apply($s.electionMsgs, i), j), $c18()) ? T.tail(T.apply(T.apply($s.electionMsgs, i), j)) : $c18())))
    if ($n1047 === null) return
    $k($n1047)
  }

  /** RecorderSetPartition(pc): tla/specs/ZkV3_7_0.tla, lines 348-350. */
  function RecorderSetPartition($s: State, pc: T.Value): T.Value {
    return T.colonGt("nPartition", (T.eq(T.apply(pc, 1), "PartitionStart") ? (T.int(T.apply($s.recorder, "nPartition")) + 1) : T.apply($s.recorder, "nPartition")))
  }

  /** RecorderSetFailure(pc): tla/specs/ZkV3_7_0.tla, lines 352-361. */
  function RecorderSetFailure($s: State, pc: T.Value): T.Value {
    return (T.eq(T.apply(pc, 1), "Timeout") ? T.atAt(RecorderIncTimeout($s), RecorderGetCrash($s)) : T.eq(T.apply(pc, 1), "LeaderTimeout") ? T.atAt(RecorderIncTimeout($s), RecorderGetCrash($s)) : T.eq(T.apply(pc, 1), "FollowerTimeout") ? T.atAt(RecorderIncTimeout($s), RecorderGetCrash($s)) : T.eq(T.apply(pc, 1), "PartitionStart") ? (T.bool(IsLooking($s, T.apply(pc, 2))) ? T.atAt(RecorderGetTimeout($s), RecorderGetCrash($s)) : T.atAt(RecorderIncTimeout($s), RecorderGetCrash($s))) : T.eq(T.apply(pc, 1), "NodeCrash") ? (T.bool(IsLooking($s, T.apply(pc, 2))) ? T.atAt(RecorderGetTimeout($s), RecorderIncCrash($s)) : T.atAt(RecorderIncTimeout($s), RecorderIncCrash($s))) : T.atAt(RecorderGetTimeout($s), RecorderGetCrash($s)))
  }

  /** RecorderSetTransactionNum(pc): tla/specs/ZkV3_7_0.tla, lines 332-337. */
  function RecorderSetTransactionNum($s: State, $n: T.Partial, pc: T.Value): T.Value {
    return T.colonGt("nTransaction", (T.eq(T.apply(pc, 1), "LeaderProcessRequest") ? ((): number => {
      const s = T.once((): T.Value => T.choose(Server, (i) => T.elems(Server).every((j) => (T.len(T.apply(T.primed($n, V.history, "history"), i)) >= T.len(T.apply(T.primed($n, V.history, "history"), j)))), "tla/specs/ZkV3_7_0.tla:334:46"))
      return T.len(T.apply(T.primed($n, V.history, "history"), s()))
    })() : T.apply($s.recorder, "nTransaction")))
  }

  /** RecorderSetMaxEpoch(pc): tla/specs/ZkV3_7_0.tla, lines 338-343. */
  function RecorderSetMaxEpoch($s: State, $n: T.Partial, pc: T.Value): T.Value {
    return T.colonGt("maxEpoch", (T.eq(T.apply(pc, 1), "LeaderProcessFOLLOWERINFO") ? ((): T.Value => {
      const s = T.once((): T.Value => T.choose(Server, (i) => T.elems(Server).every((j) => (T.int(T.apply(T.primed($n, V.acceptedEpoch, "acceptedEpoch"), i)) >= T.int(T.apply(T.primed($n, V.acceptedEpoch, "acceptedEpoch"), j)))), "tla/specs/ZkV3_7_0.tla:340:46"))
      return T.apply(T.primed($n, V.acceptedEpoch, "acceptedEpoch"), s())
    })() : T.apply($s.recorder, "maxEpoch")))
  }

  /** RecorderSetPc(pc): tla/specs/ZkV3_7_0.tla, line 351. */
  function RecorderSetPc(pc: T.Value): T.Value {
    return T.colonGt("pc", pc)
  }

  /** RecorderSetRequests(pc): tla/specs/ZkV3_7_0.tla, lines 344-347. */
  function RecorderSetRequests($s: State, pc: T.Value): T.Value {
    return T.colonGt("nClientRequest", (T.eq(T.apply(pc, 1), "LeaderProcessRequest") ? (T.int(T.apply($s.recorder, "nClientRequest")) + 1) : T.apply($s.recorder, "nClientRequest")))
  }

  /** BroadcastNotmsg(i, m) as an action: tla/specs/FastLeaderElection.tla, lines 97-99. */
  function BroadcastNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, m: T.Value): void {
    const $n1049 = T.bind($n, V.electionMsgs, T.except($s.electionMsgs, i, (_$at1050) => T.fnOver(Server, (v) => (!T.eq(v, i) ? T.append(T.apply(T.apply($s.electionMsgs, i), v), m) : T.apply(T.apply($s.electionMsgs, i), v)))))
    if ($n1049 === null) return
    $k($n1049)
  }

  /** HasQuorums(i, msource, rcvset, thisvote, thisround): tla/specs/FastLeaderElection.tla, lines 221-222. */
  function HasQuorums(i: T.Value, msource: T.Value, rcvset: T.Value, thisvote: T.Value, thisround: T.Value): boolean {
    return ((): boolean => {
      const Q: T.Value = VoteSet(i, msource, rcvset, thisvote, thisround)
      return (T.isIn(Q, Quorums()) ? true : false)
    })()
  }

  /** RvClearAndPut(i, id, vote, round) as an action: tla/specs/FastLeaderElection.tla, lines 206-214. */
  function RvClearAndPut_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, id: T.Value, vote: T.Value, round: T.Value): void {
    const $n1051 = T.bind($n, V.receiveVotes, ((): T.Value => {
      const oneVote = T.once((): T.Value => T.sortedRecord(["round", "state", "version", "vote"], [round, LOOKING, 1, vote]))
      return T.except($s.receiveVotes, i, (_$at1052) => T.fnOver(Server, (v) => (T.eq(v, id) ? oneVote() : $c51())))
    })())
    if ($n1051 === null) return
    $k($n1051)
  }

  /** RvPut(i, id, mvote, mround, mstate) as an action: tla/specs/FastLeaderElection.tla, lines 188-195. */
  function RvPut_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, id: T.Value, mvote: T.Value, mround: T.Value, mstate: T.Value): void {
    const $n1053 = T.bind($n, V.receiveVotes, ((T.int(T.field(T.apply(T.apply($s.receiveVotes, i), id), "round")) < T.int(mround)) ? T.exceptPath(T.exceptPath(T.exceptPath(T.exceptPath($s.receiveVotes, [i, id, "vote"], (_$at1057) => mvote), [i, id, "round"], (_$at1058) => mround), [i, id, "state"], (_$at1059) => mstate), [i, id, "version"], (_$at1060) => 1) : T.eq(T.field(T.apply(T.apply($s.receiveVotes, i), id), "round"), mround) ? T.exceptPath(T.exceptPath(T.exceptPath($s.receiveVotes, [i, id, "vote"], (_$at1054) => mvote), [i, id, "state"], (_$at1055) => mstate), [i, id, "version"], ($at1056) => (T.int($at1056) + 1)) : (T.int(T.field(T.apply(T.apply($s.receiveVotes, i), id), "round")) > T.int(mround)) ? $s.receiveVotes : T.caseFail("tla/specs/FastLeaderElection.tla:188:56")))
    if ($n1053 === null) return
    $k($n1053)
  }

  /** TotalOrderPredicate(vote1, vote2) as an action: tla/specs/FastLeaderElection.tla, lines 137-143. */
  function TotalOrderPredicate_act($s: State, $n: T.Partial, $k: Continue, vote1: T.Value, vote2: T.Value): void {
    const $k1061 = ($n1062: T.Partial): void => {
      $k($n1062)
    }
    const $m1063 = T.mark($n)
    or1064: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:137:41)
      if (!((T.int(T.field(vote1, "proposedEpoch")) > T.int(T.field(vote2, "proposedEpoch"))))) break or1064
      $k1061($n)
    }
    T.undo($n, $m1063)
    or1065: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:138:41)
      if (!(T.eq(T.field(vote1, "proposedEpoch"), T.field(vote2, "proposedEpoch")))) break or1065
      const $k1066 = ($n1067: T.Partial): void => {
        $k1061($n1067)
      }
      const $m1068 = T.mark($n)
      or1069: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:139:47)
        ZxidCompare_act($s, $n, ($n1070: T.Partial): void => {
          $k1066($n1070)
        }, T.field(vote1, "proposedZxid"), T.field(vote2, "proposedZxid"))
      }
      T.undo($n, $m1068)
      or1071: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:140:47)
        if (!((T.bool(ZxidEqual(T.field(vote1, "proposedZxid"), T.field(vote2, "proposedZxid"))) && T.bool(IdCompare(T.field(vote1, "proposedLeader"), T.field(vote2, "proposedLeader")))))) break or1071
        $k1066($n)
      }
      T.undo($n, $m1068)
    }
    T.undo($n, $m1063)
  }

  /** UpdateProposal(i, nid, nzxid, nepoch) as an action: tla/specs/FastLeaderElection.tla, lines 177-179. */
  function UpdateProposal_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, nid: T.Value, nzxid: T.Value, nepoch: T.Value): void {
    const $n1072 = T.bind($n, V.currentVote, T.exceptPath(T.exceptPath(T.exceptPath($s.currentVote, [i, "proposedLeader"], (_$at1073) => nid), [i, "proposedZxid"], (_$at1074) => nzxid), [i, "proposedEpoch"], (_$at1075) => nepoch))
    if ($n1072 === null) return
    $k($n1072)
  }

  /** TotalOrderPredicate(vote1, vote2): tla/specs/FastLeaderElection.tla, lines 137-143. */
  function TotalOrderPredicate(vote1: T.Value, vote2: T.Value): boolean {
    return ((T.int(T.field(vote1, "proposedEpoch")) > T.int(T.field(vote2, "proposedEpoch"))) || (T.eq(T.field(vote1, "proposedEpoch"), T.field(vote2, "proposedEpoch")) && (T.bool(ZxidCompare(T.field(vote1, "proposedZxid"), T.field(vote2, "proposedZxid"))) || (T.bool(ZxidEqual(T.field(vote1, "proposedZxid"), T.field(vote2, "proposedZxid"))) && T.bool(IdCompare(T.field(vote1, "proposedLeader"), T.field(vote2, "proposedLeader")))))))
  }

  /** ReceivedFollowingAndLeadingNotification(i, n) as an action: tla/specs/FastLeaderElection.tla, lines 336-382. */
  function ReceivedFollowingAndLeadingNotification_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, n: T.Value): void {
    {
      const newVotes = T.once((): T.Value => Put(i, T.field(n, "msource"), T.apply($s.receiveVotes, i), T.field(n, "mvote"), T.field(n, "mround"), T.field(n, "mstate")))
      const voteSet1 = T.once((): T.Value => VoteSet(i, T.field(n, "msource"), newVotes(), T.field(n, "mvote"), T.field(n, "mround")))
      const hasQuorums1 = T.once((): T.Value => T.isIn(voteSet1(), Quorums()))
      const check1 = T.once((): T.Value => CheckLeader($s, i, newVotes(), T.field(T.field(n, "mvote"), "proposedLeader"), T.field(n, "mround")))
      const leaveOk1 = T.once((): T.Value => (T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i)) && T.bool(hasQuorums1()) && T.bool(check1())))
      const $k1076 = ($n1077: T.Partial): void => {
        const $k1078 = ($n1079: T.Partial): void => {
          $k($n1079)
        }
        const $m1080 = T.mark($n1077)
        or1081: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:349:15)
          if (!(T.bool(leaveOk1()))) break or1081
          const $n1082 = T.bind($n1077, V.state, T.except($s.state, i, (_$at1083) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? LEADING : FOLLOWING)))
          if ($n1082 === null) break or1081
          const $n1084 = T.bind($n1082, V.leadingVoteSet, T.except($s.leadingVoteSet, i, ($at1085) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? voteSet1() : $at1085)))
          if ($n1084 === null) break or1081
          UpdateProposal_act($s, $n1084, ($n1086: T.Partial): void => {
            const $n1087 = T.bindEach($n1086, [V.logicalClock, $s.logicalClock, V.outOfElection, $s.outOfElection])
            if ($n1087 === null) return
            $k1078($n1087)
          }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
        }
        T.undo($n1077, $m1080)
        or1088: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:355:15)
          if (!(!T.bool(leaveOk1()))) break or1088
          const $n1089 = T.bind($n1077, V.outOfElection, T.except($s.outOfElection, i, (_$at1090) => Put(i, T.field(n, "msource"), T.apply($s.outOfElection, i), T.field(n, "mvote"), T.field(n, "mround"), T.field(n, "mstate"))))
          if ($n1089 === null) break or1088
          {
            const voteSet2 = T.once((): T.Value => VoteSet(i, T.field(n, "msource"), T.apply(T.primed($n1089, V.outOfElection, "outOfElection"), i), T.field(n, "mvote"), T.field(n, "mround")))
            const hasQuorums2: T.Value = T.isIn(voteSet2(), Quorums())
            const check2 = T.once((): T.Value => CheckLeader($s, i, T.apply(T.primed($n1089, V.outOfElection, "outOfElection"), i), T.field(T.field(n, "mvote"), "proposedLeader"), T.field(n, "mround")))
            const leaveOk2: T.Value = (T.bool(hasQuorums2) && T.bool(check2()))
            const $k1091 = ($n1092: T.Partial): void => {
              $k1078($n1092)
            }
            const $m1093 = T.mark($n1089)
            or1094: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:363:21)
              if (!(T.bool(leaveOk2))) break or1094
              const $n1095 = T.bind($n1089, V.logicalClock, T.except($s.logicalClock, i, (_$at1096) => T.field(n, "mround")))
              if ($n1095 === null) break or1094
              const $n1097 = T.bind($n1095, V.state, T.except($s.state, i, (_$at1098) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? LEADING : FOLLOWING)))
              if ($n1097 === null) break or1094
              const $n1099 = T.bind($n1097, V.leadingVoteSet, T.except($s.leadingVoteSet, i, ($at1100) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? voteSet2() : $at1100)))
              if ($n1099 === null) break or1094
              UpdateProposal_act($s, $n1099, ($n1101: T.Partial): void => {
                $k1091($n1101)
              }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
            }
            T.undo($n1089, $m1093)
            or1102: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:369:21)
              if (!(!T.bool(leaveOk2))) break or1102
              {
                const leaveOk3: T.Value = (T.eq(T.field(n, "mstate"), LEADING) && T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i)))
                const $k1103 = ($n1104: T.Partial): void => {
                  const $n1105 = T.bindEach($n1104, [V.logicalClock, $s.logicalClock, V.leadingVoteSet, $s.leadingVoteSet])
                  if ($n1105 === null) return
                  $k1091($n1105)
                }
                const $m1106 = T.mark($n1089)
                or1107: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:373:27)
                  if (!(T.bool(leaveOk3))) break or1107
                  const $n1108 = T.bind($n1089, V.state, T.except($s.state, i, (_$at1109) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? LEADING : FOLLOWING)))
                  if ($n1108 === null) break or1107
                  UpdateProposal_act($s, $n1108, ($n1110: T.Partial): void => {
                    $k1103($n1110)
                  }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
                }
                T.undo($n1089, $m1106)
                or1111: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:377:27)
                  if (!(!T.bool(leaveOk3))) break or1111
                  const $n1112 = T.bindEach($n1089, [V.state, $s.state, V.currentVote, $s.currentVote])
                  if ($n1112 === null) break or1111
                  $k1103($n1112)
                }
                T.undo($n1089, $m1106)
              }
            }
            T.undo($n1089, $m1093)
          }
        }
        T.undo($n1077, $m1080)
      }
      const $m1113 = T.mark($n)
      or1114: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:345:15)
        if (!(T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i)))) break or1114
        const $n1115 = T.bind($n, V.receiveVotes, T.except($s.receiveVotes, i, (_$at1116) => newVotes()))
        if ($n1115 === null) break or1114
        $k1076($n1115)
      }
      T.undo($n, $m1113)
      or1117: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:347:15)
        if (!(!T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i)))) break or1117
        const $n1118 = T.bindEach($n, [V.receiveVotes, $s.receiveVotes])
        if ($n1118 === null) break or1117
        $k1076($n1118)
      }
      T.undo($n, $m1113)
    }
  }

  /** InitHistory(i): tla/specs/FastLeaderElection.tla, lines 164-166. */
  function InitHistory($s: State, $n: T.Partial, i: T.Value): T.Value {
    return ((): T.Value => {
      const newState = T.once((): T.Value => T.apply(T.primed($n, V.state, "state"), i))
      return (T.eq(newState(), LEADING) ? InitAcksidInTxns(T.apply($s.history, i), i) : T.apply($s.history, i))
    })()
  }

  /** VoteSet(i, msource, rcvset, thisvote, thisround): tla/specs/FastLeaderElection.tla, lines 216-219. */
  function VoteSet(_i: T.Value, msource: T.Value, rcvset: T.Value, thisvote: T.Value, thisround: T.Value): T.Value {
    return T.union(T.setOf([msource]), T.filter(T.minus(Server, T.setOf([msource])), (s) => T.bool(VoteEqual(T.field(T.apply(rcvset, s), "vote"), T.field(T.apply(rcvset, s), "round"), thisvote, thisround))))
  }

  /** CheckParameterHelper(n, p, Comp(_, _)): tla/specs/ZkV3_7_0.tla, lines 369-371. */
  function CheckParameterHelper(n: T.Value, p: T.Value, Comp: (a0: T.Value, a1: T.Value) => T.Value): T.Value {
    return (T.isIn(p, $c52()) ? Comp(n, T.apply(Parameters, p)) : true)
  }

  /** Quorums: tla/specs/FastLeaderElection.tla, line 42. */
  const Quorums = T.once((): T.Value => T.filter($c53(), (Q) => ((T.cardinality(Q) * 2) > T.cardinality(Server))))

  /** RemoveElecting(set, sid): tla/specs/ZkV3_7_0.tla, lines 642-649. */
  function RemoveElecting(set: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_electing: T.Value = T.map(set, (s) => T.field(s, "sid"))
      return (!T.isIn(sid, sid_electing) ? set : ((): T.Value => {
      const info: T.Value = T.choose(set, (s) => T.eq(T.field(s, "sid"), sid), "tla/specs/ZkV3_7_0.tla:645:29")
      const new_info: T.Value = T.sortedRecord(["inQuorum", "peerLastZxid", "sid"], [T.field(info, "inQuorum"), $c30(), sid])
      return T.union(T.minus(set, T.setOf([info])), T.setOf([new_info]))
    })())
    })()
  }

  /** RemoveConnectingOrAckldRecv(set, sid): tla/specs/ZkV3_7_0.tla, lines 650-656. */
  function RemoveConnectingOrAckldRecv(set: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_set: T.Value = T.map(set, (s) => T.field(s, "sid"))
      return (!T.isIn(sid, sid_set) ? set : ((): T.Value => {
      const info: T.Value = T.choose(set, (s) => T.eq(T.field(s, "sid"), sid), "tla/specs/ZkV3_7_0.tla:653:29")
      const new_info: T.Value = T.sortedRecord(["connected", "sid"], [false, sid])
      return T.union(T.minus(set, T.setOf([info])), T.setOf([new_info]))
    })())
    })()
  }

  /** ZabTimeout(i) as an action: tla/specs/FastLeaderElection.tla, lines 273-300. */
  function ZabTimeout_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.isIn(T.apply($s.state, i), $c46()))) return
    const $n1119 = T.bind($n, V.state, T.except($s.state, i, (_$at1120) => LOOKING))
    if ($n1119 === null) return
    const $n1121 = T.bind($n1119, V.lastProcessed, T.except($s.lastProcessed, i, (_$at1122) => InitLastProcessed($s, i)))
    if ($n1121 === null) return
    const $n1123 = T.bind($n1121, V.logicalClock, T.except($s.logicalClock, i, (_$at1124) => (T.int(T.apply($s.logicalClock, i)) + 1)))
    if ($n1123 === null) return
    const $n1125 = T.bind($n1123, V.currentVote, T.except($s.currentVote, i, (_$at1126) => T.sortedRecord(["proposedEpoch", "proposedLeader", "proposedZxid"], [T.apply($s.currentEpoch, i), i, T.field(T.apply(T.primed($n1123, V.lastProcessed, "lastProcessed"), i), "zxid")])))
    if ($n1125 === null) return
    const $n1127 = T.bind($n1125, V.receiveVotes, T.except($s.receiveVotes, i, (_$at1128) => T.fnOver(Server, (_v) => $c51())))
    if ($n1127 === null) return
    const $n1129 = T.bind($n1127, V.outOfElection, T.except($s.outOfElection, i, (_$at1130) => T.fnOver(Server, (_v) => $c51())))
    if ($n1129 === null) return
    const $n1131 = T.bind($n1129, V.recvQueue, T.except($s.recvQueue, i, (_$at1132) => $c18()))
    if ($n1131 === null) return
    const $n1133 = T.bind($n1131, V.waitNotmsg, T.except($s.waitNotmsg, i, (_$at1134) => false))
    if ($n1133 === null) return
    const $n1135 = T.bind($n1133, V.leadingVoteSet, T.except($s.leadingVoteSet, i, (_$at1136) => $c31()))
    if ($n1135 === null) return
    BroadcastNotmsg_act($s, $n1135, ($n1137: T.Partial): void => {
      const $n1138 = T.bindEach($n1137, [V.currentEpoch, $s.currentEpoch, V.history, $s.history])
      if ($n1138 === null) return
      $k($n1138)
    }, i, T.sortedRecord(["mround", "msource", "mstate", "mtype", "mvote"], [T.apply(T.primed($n1135, V.logicalClock, "logicalClock"), i), i, LOOKING, NOTIFICATION, T.apply(T.primed($n1135, V.currentVote, "currentVote"), i)]))
  }

  /** InitialConnectInfo: tla/specs/ZkV3_7_0.tla, lines 600-602. */
  const InitialConnectInfo = T.once((): T.Value => $c41())

  /** ZabTimeoutInCluster(S) as an action: tla/specs/ZkV3_7_0.tla, lines 605-631. */
  function ZabTimeoutInCluster_act($s: State, $n: T.Partial, $k: Continue, S: T.Value): void {
    const $n1139 = T.bind($n, V.state, T.fnOver(Server, (s) => (T.isIn(s, S) ? LOOKING : T.apply($s.state, s))))
    if ($n1139 === null) return
    const $n1140 = T.bind($n1139, V.lastProcessed, T.fnOver(Server, (s) => (T.isIn(s, S) ? InitLastProcessed($s, s) : T.apply($s.lastProcessed, s))))
    if ($n1140 === null) return
    const $n1141 = T.bind($n1140, V.logicalClock, T.fnOver(Server, (s) => (T.isIn(s, S) ? (T.int(T.apply($s.logicalClock, s)) + 1) : T.apply($s.logicalClock, s))))
    if ($n1141 === null) return
    const $n1142 = T.bind($n1141, V.currentVote, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.sortedRecord(["proposedEpoch", "proposedLeader", "proposedZxid"], [T.apply($s.currentEpoch, s), s, T.field(T.apply(T.primed($n1141, V.lastProcessed, "lastProcessed"), s), "zxid")]) : T.apply($s.currentVote, s))))
    if ($n1142 === null) return
    const $n1143 = T.bind($n1142, V.receiveVotes, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.fnOver(Server, (_v) => InitialVotes()) : T.apply($s.receiveVotes, s))))
    if ($n1143 === null) return
    const $n1144 = T.bind($n1143, V.outOfElection, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.fnOver(Server, (_v) => InitialVotes()) : T.apply($s.outOfElection, s))))
    if ($n1144 === null) return
    const $n1145 = T.bind($n1144, V.recvQueue, T.fnOver(Server, (s) => (T.isIn(s, S) ? $c54() : T.apply($s.recvQueue, s))))
    if ($n1145 === null) return
    const $n1146 = T.bind($n1145, V.waitNotmsg, T.fnOver(Server, (s) => (T.isIn(s, S) ? false : T.apply($s.waitNotmsg, s))))
    if ($n1146 === null) return
    const $n1147 = T.bind($n1146, V.leadingVoteSet, T.fnOver(Server, (s) => (T.isIn(s, S) ? $c31() : T.apply($s.leadingVoteSet, s))))
    if ($n1147 === null) return
    const $n1148 = T.bindEach($n1147, [V.electionMsgs, $s.electionMsgs, V.currentEpoch, $s.currentEpoch, V.history, $s.history])
    if ($n1148 === null) return
    const $n1149 = T.bind($n1148, V.zabState, T.fnOver(Server, (s) => (T.isIn(s, S) ? ELECTION : T.apply($s.zabState, s))))
    if ($n1149 === null) return
    const $n1150 = T.bind($n1149, V.connectInfo, T.fnOver(Server, (s) => (T.isIn(s, S) ? InitialConnectInfo() : T.apply($s.connectInfo, s))))
    if ($n1150 === null) return
    CleanInputBufferInCluster_act($s, $n1150, ($n1151: T.Partial): void => {
      $k($n1151)
    }, S)
  }

  /** InitializeIdTable(Remaining): tla/specs/FastLeaderElection.tla, lines 117-120. RECURSIVE. */
  function InitializeIdTable(Remaining: T.Value): T.Value {
    return (T.eq(Remaining, $c31()) ? $c31() : ((): T.Value => {
      const chosen: T.Value = T.choose(Remaining, (_i) => true, "tla/specs/FastLeaderElection.tla:118:52")
      const re = T.once((): T.Value => T.minus(Remaining, T.setOf([chosen])))
      return T.union(T.setOf([T.tuple([chosen, T.cardinality(Remaining)])]), InitializeIdTable(re()))
    })())
  }

  /** SendSyncMsgs(i, j, lastSeenZxid, lastSeenIndex, mode, needRemoveHead) as an action: tla/specs/ZkV3_7_0.tla, lines 974-1012. */
  function SendSyncMsgs_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, lastSeenZxid: T.Value, lastSeenIndex: T.Value, mode: T.Value, needRemoveHead: T.Value): void {
    {
      const lastCommittedIndex = T.once((): T.Value => (T.eq(T.apply($s.zabState, i), BROADCAST) ? T.field(T.apply($s.lastCommitted, i), "index") : T.len(T.apply($s.history, i))))
      const lastProposedIndex = T.once((): T.Value => T.len(T.apply($s.history, i)))
      const queue_origin = T.once((): T.Value => ((T.int(lastSeenIndex) >= T.int(lastProposedIndex())) ? $c18() : queuePackets($c18(), T.apply($s.history, i), (T.int(lastSeenIndex) + 1), lastCommittedIndex(), lastProposedIndex())))
      const set_forChecking = T.once((): T.Value => ((T.int(lastSeenIndex) >= T.int(lastProposedIndex())) ? $c31() : setPacketsForChecking($c31(), i, T.apply($s.acceptedEpoch, i), T.apply($s.history, i), (T.int(lastSeenIndex) + 1), lastProposedIndex())))
      const m_trunc = T.once((): T.Value => T.sortedRecord(["mtruncZxid", "mtype"], [lastSeenZxid, TRUNC]))
      const m_diff = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [DIFF, lastSeenZxid]))
      const m_snap = T.once((): T.Value => T.sortedRecord(["msnapZxid", "msnapshot", "mtype"], [lastSeenZxid, SerializeSnapshot($s, i, lastSeenIndex), SNAP]))
      const newLeaderZxid = T.once((): T.Value => T.tuple([T.apply($s.acceptedEpoch, i), 0]))
      const m_newleader = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [NEWLEADER, newLeaderZxid()]))
      const queue_toSend = T.once((): T.Value => (T.eq(mode, TRUNC) ? T.concat(T.concat(T.tuple([m_trunc()]), queue_origin()), T.tuple([m_newleader()])) : T.eq(mode, DIFF) ? T.concat(T.concat(T.tuple([m_diff()]), queue_origin()), T.tuple([m_newleader()])) : T.eq(mode, SNAP) ? T.concat(T.concat(T.tuple([m_snap()]), queue_origin()), T.tuple([m_newleader()])) : T.caseFail("tla/specs/ZkV3_7_0.tla:996:32")))
      const $k1152 = ($n1153: T.Partial): void => {
        const $n1154 = T.bind($n1153, V.proposalMsgsLog, T.union($s.proposalMsgsLog, set_forChecking()))
        if ($n1154 === null) return
        const $n1155 = T.bind($n1154, V.forwarding, T.except($s.forwarding, i, ($at1156) => T.union($at1156, T.setOf([j]))))
        if ($n1155 === null) return
        const $k1157 = ($n1158: T.Partial): void => {
          $k($n1158)
        }
        const $m1159 = T.mark($n1155)
        or1160: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1005:15)
          const $k1161 = ($n1162: T.Partial): void => {
            const $n1163 = T.bind($n1162, V.history, T.except($s.history, i, ($at1164) => UpdateAckSid($at1164, lastSeenIndex, j)))
            if ($n1163 === null) return
            $k1157($n1163)
          }
          const $m1165 = T.mark($n1155)
          or1166: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1005:18)
            if (!(T.eq(mode, TRUNC))) break or1166
            $k1161($n1155)
          }
          T.undo($n1155, $m1165)
          or1167: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1005:34)
            if (!(T.eq(mode, DIFF))) break or1167
            $k1161($n1155)
          }
          T.undo($n1155, $m1165)
        }
        T.undo($n1155, $m1159)
        or1168: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1007:15)
          if (!(T.eq(mode, SNAP))) break or1168
          const $n1169 = T.bindEach($n1155, [V.history, $s.history])
          if ($n1169 === null) break or1168
          $k1157($n1169)
        }
        T.undo($n1155, $m1159)
      }
      const $m1170 = T.mark($n)
      or1171: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:999:21)
        if (!(T.bool(needRemoveHead))) break or1171
        DiscardAndSendPackets_act($s, $n, ($n1172: T.Partial): void => {
          $k1152($n1172)
        }, i, j, queue_toSend())
      }
      T.undo($n, $m1170)
      or1173: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1001:21)
        if (!(!T.bool(needRemoveHead))) break or1173
        SendPackets_act($s, $n, ($n1174: T.Partial): void => {
          $k1152($n1174)
        }, i, j, queue_toSend())
      }
      T.undo($n, $m1170)
    }
  }

  /** ZxidCompare(zxid1, zxid2) as an action: tla/specs/FastLeaderElection.tla, lines 130-134. */
  function ZxidCompare_act(_$s: State, $n: T.Partial, $k: Continue, zxid1: T.Value, zxid2: T.Value): void {
    const $k1175 = ($n1176: T.Partial): void => {
      $k($n1176)
    }
    const $m1177 = T.mark($n)
    or1178: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:130:33)
      if (!((T.int(T.apply(zxid1, 1)) > T.int(T.apply(zxid2, 1))))) break or1178
      $k1175($n)
    }
    T.undo($n, $m1177)
    or1179: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:131:33)
      if (!((T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && (T.int(T.apply(zxid1, 2)) > T.int(T.apply(zxid2, 2)))))) break or1179
      $k1175($n)
    }
    T.undo($n, $m1177)
  }

  /** IndexOfZxid(his, zxid): tla/specs/ZkV3_7_0.tla, lines 922-927. */
  function IndexOfZxid(his: T.Value, zxid: T.Value): T.Value {
    return ((T.len(his) === 0) ? 0 : ((): T.Value => {
      const idx: T.Value = ZxidToIndex(his, zxid)
      const len: T.Value = T.len(his)
      return ((T.int(idx) <= T.int(len)) ? idx : IndexOfZxidHelper(his, zxid, 1, len))
    })())
  }

  /** ZxidToIndexHelper(his, zxid, cur, appeared): tla/specs/ZkV3_7_0.tla, lines 899-905. RECURSIVE. */
  function ZxidToIndexHelper(his: T.Value, zxid: T.Value, cur: T.Value, appeared: T.Value): T.Value {
    return ((T.int(cur) > T.len(his)) ? cur : (T.bool(TxnZxidEqual(T.apply(his, cur), zxid)) ? (T.eq(appeared, true) ? -1 : Minimum(T.setOf([cur, ZxidToIndexHelper(his, zxid, (T.int(cur) + 1), true)]))) : ZxidToIndexHelper(his, zxid, (T.int(cur) + 1), appeared)))
  }

  /** TxnZxidEqual(txn, z): tla/specs/ZkV3_7_0.tla, line 313. */
  function TxnZxidEqual(txn: T.Value, z: T.Value): boolean {
    return (T.eq(T.apply(T.field(txn, "zxid"), 1), T.apply(z, 1)) && T.eq(T.apply(T.field(txn, "zxid"), 2), T.apply(z, 2)))
  }

  /** ZxidPoint(i, k): tla/specs/ZkV3_7_0_Bounded.tla, lines 20-21. */
  function ZxidPoint($s: State, i: T.Value, k: T.Value): T.Value {
    return (T.eq(k, 0) ? $c40() : T.sortedRecord(["index", "zxid"], [k, T.field(T.apply(T.apply($s.history, i), k), "zxid")]))
  }

  /** StartZkServer(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1499-1506. */
  function StartZkServer_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const latest = T.once((): T.Value => LastProposed($s, i))
      const $n1180 = T.bind($n, V.lastCommitted, T.except($s.lastCommitted, i, (_$at1181) => latest()))
      if ($n1180 === null) return
      const $n1182 = T.bind($n1180, V.lastProcessed, T.except($s.lastProcessed, i, (_$at1183) => latest()))
      if ($n1182 === null) return
      const $n1184 = T.bind($n1182, V.lastSnapshot, T.except($s.lastSnapshot, i, (_$at1185) => latest()))
      if ($n1184 === null) return
      UpdateElectionVote_act($s, $n1184, ($n1186: T.Partial): void => {
        $k($n1186)
      }, i, T.apply($s.acceptedEpoch, i))
    }
  }

  /** CommittedTxns(i): tla/specs/ZkV3_7_0.tla, lines 1586-1591. */
  function CommittedTxns($s: State, i: T.Value): T.Value {
    return ((!T.bool(IsFollower($s, i)) || !T.eq(T.apply($s.zabState, i), SYNCHRONIZATION)) ? T.subSeq(T.apply($s.history, i), 1, T.field(T.apply($s.lastCommitted, i), "index")) : ((): T.Value => {
      const packetsCommitted: T.Value = T.field(T.apply($s.packetsSync, i), "committed")
      const completeHis = T.once((): T.Value => T.concat(T.apply($s.history, i), T.field(T.apply($s.packetsSync, i), "notCommitted")))
      return ((T.len(packetsCommitted) === 0) ? T.apply($s.history, i) : T.subSeq(completeHis(), 1, T.field(LastCommitted($s, i), "index")))
    })())
  }

  /** TxnsAndCommittedMatch(txns, packetsCommitted): tla/specs/ZkV3_7_0.tla, lines 1596-1605. RECURSIVE. */
  function TxnsAndCommittedMatch(txns: T.Value, packetsCommitted: T.Value): boolean {
    return ((): boolean => {
      const len1 = T.once((): T.Value => T.len(txns))
      const len2: T.Value = T.len(packetsCommitted)
      return (T.eq(len2, 0) ? true : ((T.int(len1()) < T.int(len2)) ? false : (T.bool(ZxidEqual(T.field(T.apply(txns, len1()), "zxid"), T.apply(packetsCommitted, len2))) && T.bool(TxnsAndCommittedMatch(T.subSeq(txns, 1, (T.int(len1()) - 1)), T.subSeq(packetsCommitted, 1, (T.int(len2) - 1)))))))
    })()
  }

  /** LeaderCommit(s, follower, index, zxid) as an action: tla/specs/ZkV3_7_0.tla, lines 1740-1752. */
  function LeaderCommit_act($s: State, $n: T.Partial, $k: Continue, s: T.Value, follower: T.Value, index: T.Value, zxid: T.Value): void {
    const $n1187 = T.bind($n, V.lastCommitted, T.except($s.lastCommitted, s, (_$at1188) => T.sortedRecord(["index", "zxid"], [index, zxid])))
    if ($n1187 === null) return
    {
      const m_commit = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [COMMIT, zxid]))
      DiscardAndBroadcast_act($s, $n1187, ($n1189: T.Partial): void => {
        $k($n1189)
      }, s, follower, m_commit())
    }
  }

  /** Maximum(S): tla/specs/ZkV3_7_0.tla, lines 283-284. */
  function Maximum(S: T.Value): T.Value {
    return (T.eq(S, $c31()) ? -1 : T.choose(S, (n) => T.elems(S).every((m) => (T.int(n) >= T.int(m))), "tla/specs/ZkV3_7_0.tla:284:30"))
  }

  /** SelfVote(i): tla/specs/FastLeaderElection.tla, lines 173-175. */
  function SelfVote($s: State, i: T.Value): T.Value {
    return T.sortedRecord(["proposedEpoch", "proposedLeader", "proposedZxid"], [T.apply($s.currentEpoch, i), i, T.field(T.apply($s.lastProcessed, i), "zxid")])
  }

  /** InitialVote: tla/specs/FastLeaderElection.tla, lines 169-171. */
  const InitialVote = T.once((): T.Value => $c55())

  /** RecorderGetTimeout: tla/specs/ZkV3_7_0.tla, line 328. */
  function RecorderGetTimeout($s: State): T.Value {
    return RecorderGetHelper($s, "nTimeout")
  }

  /** RecorderGetCrash: tla/specs/ZkV3_7_0.tla, line 330. */
  function RecorderGetCrash($s: State): T.Value {
    return RecorderGetHelper($s, "nCrash")
  }

  /** RecorderIncCrash: tla/specs/ZkV3_7_0.tla, line 329. */
  function RecorderIncCrash($s: State): T.Value {
    return RecorderIncHelper($s, "nCrash")
  }

  /** RecorderIncTimeout: tla/specs/ZkV3_7_0.tla, line 327. */
  function RecorderIncTimeout($s: State): T.Value {
    return RecorderIncHelper($s, "nTimeout")
  }

  /** Put(i, id, rcvset, mvote, mround, mstate): tla/specs/FastLeaderElection.tla, lines 197-204. */
  function Put(_i: T.Value, id: T.Value, rcvset: T.Value, mvote: T.Value, mround: T.Value, mstate: T.Value): T.Value {
    return ((T.int(T.field(T.apply(rcvset, id), "round")) < T.int(mround)) ? T.exceptPath(T.exceptPath(T.exceptPath(T.exceptPath(rcvset, [id, "vote"], (_$at1193) => mvote), [id, "round"], (_$at1194) => mround), [id, "state"], (_$at1195) => mstate), [id, "version"], (_$at1196) => 1) : T.eq(T.field(T.apply(rcvset, id), "round"), mround) ? T.exceptPath(T.exceptPath(T.exceptPath(rcvset, [id, "vote"], (_$at1190) => mvote), [id, "state"], (_$at1191) => mstate), [id, "version"], ($at1192) => (T.int($at1192) + 1)) : (T.int(T.field(T.apply(rcvset, id), "round")) > T.int(mround)) ? rcvset : T.caseFail("tla/specs/FastLeaderElection.tla:197:46"))
  }

  /** CheckLeader(i, votes, thisleader, thisround): tla/specs/FastLeaderElection.tla, lines 224-227. */
  function CheckLeader($s: State, i: T.Value, votes: T.Value, thisleader: T.Value, thisround: T.Value): boolean {
    return (T.eq(thisleader, i) ? (T.eq(thisround, T.apply($s.logicalClock, i)) ? true : false) : (T.eq(T.field(T.field(T.apply(votes, thisleader), "vote"), "proposedLeader"), NullPoint) ? false : (T.eq(T.field(T.apply(votes, thisleader), "state"), LEADING) ? true : false)))
  }

  /** InitAcksidInTxns(txns, src): tla/specs/FastLeaderElection.tla, lines 157-162. RECURSIVE. */
  function InitAcksidInTxns(txns: T.Value, src: T.Value): T.Value {
    return ((T.len(txns) === 0) ? $c18() : ((): T.Value => {
      const newTxn: T.Value = T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.setOf([src]), T.field(T.apply(txns, 1), "epoch"), T.field(T.apply(txns, 1), "value"), T.field(T.apply(txns, 1), "zxid")])
      return T.concat(T.tuple([newTxn]), InitAcksidInTxns(T.tail(txns), src))
    })())
  }

  /** VoteEqual(vote1, round1, vote2, round2): tla/specs/FastLeaderElection.tla, lines 143-148. */
  function VoteEqual(vote1: T.Value, round1: T.Value, vote2: T.Value, round2: T.Value): boolean {
    return (T.eq(T.field(vote1, "proposedLeader"), T.field(vote2, "proposedLeader")) && T.bool(ZxidEqual(T.field(vote1, "proposedZxid"), T.field(vote2, "proposedZxid"))) && T.eq(T.field(vote1, "proposedEpoch"), T.field(vote2, "proposedEpoch")) && T.eq(round1, round2))
  }

  /** InitialVotes: tla/specs/ZkV3_7_0.tla, lines 595-598. */
  const InitialVotes = T.once((): T.Value => $c51())

  /** CleanInputBufferInCluster(S) as an action: tla/specs/ZkV3_7_0.tla, lines 454-456. */
  function CleanInputBufferInCluster_act($s: State, $n: T.Partial, $k: Continue, S: T.Value): void {
    const $n1197 = T.bind($n, V.msgs, T.fnOver(Server, (s) => T.fnOver(Server, (v) => (T.isIn(v, S) ? $c18() : T.apply(T.apply($s.msgs, s), v)))))
    if ($n1197 === null) return
    $k($n1197)
  }

  /** UpdateAckSid(his, lastSeenIndex, target): tla/specs/ZkV3_7_0.tla, lines 892-894. */
  function UpdateAckSid(his: T.Value, lastSeenIndex: T.Value, target: T.Value): T.Value {
    return (((T.len(his) === 0) || T.eq(lastSeenIndex, 0)) ? his : UpdateAckSidHelper(his, 1, Minimum(T.setOf([T.len(his), lastSeenIndex])), target))
  }

  /** SendPackets(i, j, ms) as an action: tla/specs/ZkV3_7_0.tla, line 407. */
  function SendPackets_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, ms: T.Value): void {
    const $n1198 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i, j], (_$at1199) => T.concat(T.apply(T.apply($s.msgs, i), j), ms)))
    if ($n1198 === null) return
    $k($n1198)
  }

  /** queuePackets(queue, his, cur, committed, end): tla/specs/ZkV3_7_0.tla, lines 930-944. RECURSIVE. */
  function queuePackets(queue: T.Value, his: T.Value, cur: T.Value, committed: T.Value, end: T.Value): T.Value {
    return ((T.int(cur) > T.int(end)) ? queue : ((T.int(cur) > T.int(committed)) ? ((): T.Value => {
      const m_proposal = T.once((): T.Value => T.sortedRecord(["mdata", "mtype", "mzxid"], [T.field(T.apply(his, cur), "value"), PROPOSAL, T.field(T.apply(his, cur), "zxid")]))
      return queuePackets(T.append(queue, m_proposal()), his, (T.int(cur) + 1), committed, end)
    })() : (T.int(cur) <= T.int(committed)) ? ((): T.Value => {
      const m_proposal = T.once((): T.Value => T.sortedRecord(["mdata", "mtype", "mzxid"], [T.field(T.apply(his, cur), "value"), PROPOSAL, T.field(T.apply(his, cur), "zxid")]))
      const m_commit = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [COMMIT, T.field(T.apply(his, cur), "zxid")]))
      const newQueue = T.once((): T.Value => T.concat(queue, T.tuple([m_proposal(), m_commit()])))
      return queuePackets(newQueue(), his, (T.int(cur) + 1), committed, end)
    })() : T.caseFail("tla/specs/ZkV3_7_0.tla:932:14")))
  }

  /** setPacketsForChecking(set, src, ep, his, cur, end): tla/specs/ZkV3_7_0.tla, lines 947-953. RECURSIVE. */
  function setPacketsForChecking(set: T.Value, src: T.Value, ep: T.Value, his: T.Value, cur: T.Value, end: T.Value): T.Value {
    return ((T.int(cur) > T.int(end)) ? set : ((): T.Value => {
      const m_proposal = T.once((): T.Value => T.sortedRecord(["data", "epoch", "source", "zxid"], [T.field(T.apply(his, cur), "value"), ep, src, T.field(T.apply(his, cur), "zxid")]))
      return setPacketsForChecking(T.union(set, T.setOf([m_proposal()])), src, ep, his, (T.int(cur) + 1), end)
    })())
  }

  /** SerializeSnapshot(i, idx): tla/specs/ZkV3_7_0.tla, lines 968-969. */
  function SerializeSnapshot($s: State, i: T.Value, idx: T.Value): T.Value {
    return ((T.int(idx) <= 0) ? $c18() : T.subSeq(T.apply($s.history, i), 1, idx))
  }

  /** IndexOfZxidHelper(his, zxid, cur, end): tla/specs/ZkV3_7_0.tla, lines 917-920. RECURSIVE. */
  function IndexOfZxidHelper(his: T.Value, zxid: T.Value, cur: T.Value, end: T.Value): T.Value {
    return ((T.int(cur) > T.int(end)) ? end : (T.bool(ZxidCompare(T.field(T.apply(his, cur), "zxid"), zxid)) ? (T.int(cur) - 1) : IndexOfZxidHelper(his, zxid, (T.int(cur) + 1), end)))
  }

  /** DiscardAndBroadcast(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, lines 418-423. */
  function DiscardAndBroadcast_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n1200 = T.bind($n, V.msgs, T.except(T.exceptPath($s.msgs, [j, i], (_$at1201) => T.tail(T.apply(T.apply($s.msgs, j), i))), i, (_$at1202) => T.fnOver(Server, (v) => ((T.isIn(v, T.apply($s.forwarding, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
    if ($n1200 === null) return
    $k($n1200)
  }

  /** RecorderGetHelper(m): tla/specs/ZkV3_7_0.tla, line 324. */
  function RecorderGetHelper($s: State, m: T.Value): T.Value {
    return T.colonGt(m, T.apply($s.recorder, m))
  }

  /** RecorderIncHelper(m): tla/specs/ZkV3_7_0.tla, line 325. */
  function RecorderIncHelper($s: State, m: T.Value): T.Value {
    return T.colonGt(m, (T.int(T.apply($s.recorder, m)) + 1))
  }

  /** UpdateAckSidHelper(his, cur, end, target): tla/specs/ZkV3_7_0.tla, lines 880-887. RECURSIVE. */
  function UpdateAckSidHelper(his: T.Value, cur: T.Value, end: T.Value, target: T.Value): T.Value {
    return ((T.int(cur) > T.int(end)) ? his : ((): T.Value => {
      const curTxn: T.Value = T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [(T.isIn(target, T.field(T.apply(his, 1), "ackSid")) ? T.field(T.apply(his, 1), "ackSid") : T.union(T.field(T.apply(his, 1), "ackSid"), T.setOf([target]))), T.field(T.apply(his, 1), "epoch"), T.field(T.apply(his, 1), "value"), T.field(T.apply(his, 1), "zxid")])
      return T.concat(T.tuple([curTxn]), UpdateAckSidHelper(T.tail(his), (T.int(cur) + 1), end, target))
    })())
  }

  return {
    variables,
    valuesOf: ($s: State, out: Array<T.Value>): void => { out[0] = $s.state; out[1] = $s.history; out[2] = $s.currentEpoch; out[3] = $s.lastProcessed; out[4] = $s.currentVote; out[5] = $s.logicalClock; out[6] = $s.receiveVotes; out[7] = $s.outOfElection; out[8] = $s.recvQueue; out[9] = $s.waitNotmsg; out[10] = $s.leadingVoteSet; out[11] = $s.electionMsgs; out[12] = $s.zabState; out[13] = $s.acceptedEpoch; out[14] = $s.lastCommitted; out[15] = $s.lastSnapshot; out[16] = $s.initialHistory; out[17] = $s.learners; out[18] = $s.connecting; out[19] = $s.electing; out[20] = $s.ackldRecv; out[21] = $s.forwarding; out[22] = $s.tempMaxEpoch; out[23] = $s.connectInfo; out[24] = $s.packetsSync; out[25] = $s.msgs; out[26] = $s.status; out[27] = $s.partition; out[28] = $s.epochLeader; out[29] = $s.proposalMsgsLog; out[30] = $s.violatedInvariants; out[31] = $s.recorder },
    stateOf: (v: ReadonlyArray<T.Value>): State => ({ state: v[0]!, history: v[1]!, currentEpoch: v[2]!, lastProcessed: v[3]!, currentVote: v[4]!, logicalClock: v[5]!, receiveVotes: v[6]!, outOfElection: v[7]!, recvQueue: v[8]!, waitNotmsg: v[9]!, leadingVoteSet: v[10]!, electionMsgs: v[11]!, zabState: v[12]!, acceptedEpoch: v[13]!, lastCommitted: v[14]!, lastSnapshot: v[15]!, initialHistory: v[16]!, learners: v[17]!, connecting: v[18]!, electing: v[19]!, ackldRecv: v[20]!, forwarding: v[21]!, tempMaxEpoch: v[22]!, connectInfo: v[23]!, packetsSync: v[24]!, msgs: v[25]!, status: v[26]!, partition: v[27]!, epochLeader: v[28]!, proposalMsgsLog: v[29]!, violatedInvariants: v[30]!, recorder: v[31]! }),
    init: (): ReadonlyArray<State> => {
      const states: Array<State> = []
      Init_init(blank(), (n) => states.push(stateOf(n)))
      return states
    },
    actions: [
      {
        name: "FLEReceiveNotmsg",
        params: ["i", "j"],
        argsReads: ["status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:538:12
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FLEReceiveNotmsg_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FLENotmsgTimeout",
        params: ["i"],
        argsReads: ["status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:546:12
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          FLENotmsgTimeout_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FLEHandleNotmsg",
        params: ["i"],
        argsReads: ["status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:554:12
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          FLEHandleNotmsg_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FLEWaitNewNotmsg",
        params: ["i"],
        argsReads: ["status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:575:12
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          FLEWaitNewNotmsg_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "PartitionStart",
        params: ["i", "j"],
        argsReads: ["status", "partition", "recorder"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          if (!(T.bool(CheckPartition($s)))) return out // tla/specs/ZkV3_7_0.tla:669:12
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              if (!(!T.eq(i, j))) continue // tla/specs/ZkV3_7_0.tla:670:12
              if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:671:12
              if (!(T.bool(IsON($s, j)))) continue // tla/specs/ZkV3_7_0.tla:672:12
              if (!(!T.bool(HasPartitioned($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:673:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          PartitionStart_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "PartitionRecover",
        params: ["i", "j"],
        argsReads: ["status", "partition"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:695:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(IsON($s, j)))) continue // tla/specs/ZkV3_7_0.tla:696:12
              if (!(T.bool(IdCompare(i, j)))) continue // tla/specs/ZkV3_7_0.tla:697:12
              if (!(T.bool(HasPartitioned($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:698:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          PartitionRecover_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "NodeCrash",
        params: ["i"],
        argsReads: [],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          NodeCrash_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "NodeStart",
        params: ["i"],
        argsReads: ["status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsOFF($s, i)))) continue // tla/specs/ZkV3_7_0.tla:736:12
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          NodeStart_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "ConnectAndFollowerSendFOLLOWERINFO",
        params: ["i", "j"],
        argsReads: ["state", "currentVote", "learners", "connectInfo", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:748:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(IsON($s, j)))) continue // tla/specs/ZkV3_7_0.tla:748:27
              if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/ZkV3_7_0.tla:749:12
              if (!(!T.bool(IsMyLearner($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:749:27
              if (!(T.bool(IsFollower($s, j)))) continue // tla/specs/ZkV3_7_0.tla:750:12
              if (!(T.bool(HasNoLeader($s, j)))) continue // tla/specs/ZkV3_7_0.tla:750:29
              if (!(T.eq(MyVote($s, j), i))) continue // tla/specs/ZkV3_7_0.tla:750:47
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          ConnectAndFollowerSendFOLLOWERINFO_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessFOLLOWERINFO",
        params: ["i", "j"],
        argsReads: ["state", "msgs", "status", "recorder"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          if (!(T.bool(CheckEpoch($s)))) return out // tla/specs/ZkV3_7_0.tla:785:12
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:786:12
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/ZkV3_7_0.tla:787:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingFOLLOWERINFO($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:788:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderProcessFOLLOWERINFO_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessLEADERINFO",
        params: ["i", "j"],
        argsReads: ["state", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:834:12
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/ZkV3_7_0.tla:835:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingLEADERINFO($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:836:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessLEADERINFO_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessACKEPOCH",
        params: ["i", "j"],
        argsReads: ["state", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1109:12
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1110:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingACKEPOCH($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:1111:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderProcessACKEPOCH_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderSyncFollower",
        params: ["i", "j"],
        argsReads: ["state", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1181:12
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1182:12
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderSyncFollower_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessSyncMessage",
        params: ["i", "j"],
        argsReads: ["state", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1210:12
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1211:12
            for (const j of T.elems(Server)) {
              if (!(!T.eq(T.apply(T.apply($s.msgs, j), i), $c18()))) continue // tla/specs/ZkV3_7_0.tla:1212:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessSyncMessage_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessPROPOSALInSync",
        params: ["i", "j"],
        argsReads: ["state", "zabState", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1310:12
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1311:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingPROPOSAL($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:1312:12
              if (!(T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))) continue // tla/specs/ZkV3_7_0.tla:1313:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessPROPOSALInSync_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessCOMMITInSync",
        params: ["i", "j"],
        argsReads: ["state", "zabState", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1384:12
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1385:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingCOMMIT($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:1386:12
              if (!(T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))) continue // tla/specs/ZkV3_7_0.tla:1387:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessCOMMITInSync_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessNEWLEADER",
        params: ["i", "j"],
        argsReads: ["state", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1466:12
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1467:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingNEWLEADER($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:1468:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessNEWLEADER_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessACKLD",
        params: ["i", "j"],
        argsReads: ["state", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1513:12
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1514:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingACKLD($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:1515:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderProcessACKLD_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessUPTODATE",
        params: ["i", "j"],
        argsReads: ["state", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1631:12
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1632:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingUPTODATE($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:1633:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessUPTODATE_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessRequest",
        params: ["i"],
        argsReads: ["state", "zabState", "status", "recorder"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          if (!(T.bool(CheckTransactionNum($s)))) return out // tla/specs/ZkV3_7_0.tla:1665:12
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1666:12
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1667:12
            if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) continue // tla/specs/ZkV3_7_0.tla:1668:12
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          LeaderProcessRequest_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessPROPOSAL",
        params: ["i", "j"],
        argsReads: ["state", "zabState", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1698:12
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1699:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingPROPOSAL($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:1700:12
              if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) continue // tla/specs/ZkV3_7_0.tla:1701:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessPROPOSAL_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessACK",
        params: ["i", "j"],
        argsReads: ["state", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1783:12
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1784:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingACK($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:1785:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderProcessACK_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessCOMMIT",
        params: ["i", "j"],
        argsReads: ["state", "zabState", "msgs", "status"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsON($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1834:12
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/ZkV3_7_0.tla:1835:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingCOMMIT($s, i, j)))) continue // tla/specs/ZkV3_7_0.tla:1836:12
              if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) continue // tla/specs/ZkV3_7_0.tla:1837:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessCOMMIT_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FilterNonexistentMessage",
        params: ["i"],
        argsReads: ["msgs"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.elems(T.minus(Server, T.setOf([i]))).some((j) => !T.eq(T.apply(T.apply($s.msgs, j), i), $c18())))) continue // tla/specs/ZkV3_7_0.tla:1874:12
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          FilterNonexistentMessage_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
    ],
    invariants: [
      { name: "CheckDuringAction", reads: ["violatedInvariants"], holds: ($s: State): boolean => T.bool(CheckDuringAction($s)) },
      { name: "Leadership1", reads: ["state", "zabState", "acceptedEpoch"], holds: ($s: State): boolean => T.bool(Leadership1($s)) },
      { name: "Leadership2", reads: ["epochLeader"], holds: ($s: State): boolean => T.bool(Leadership2($s)) },
      { name: "PrefixConsistency", reads: ["history", "lastCommitted"], holds: ($s: State): boolean => T.bool(PrefixConsistency($s)) },
      { name: "Integrity", reads: ["state", "history", "lastCommitted", "proposalMsgsLog"], holds: ($s: State): boolean => T.bool(Integrity($s)) },
      { name: "Agreement", reads: ["state", "history", "lastCommitted"], holds: ($s: State): boolean => T.bool(Agreement($s)) },
      { name: "TotalOrder", reads: ["history", "lastCommitted"], holds: ($s: State): boolean => T.bool(TotalOrder($s)) },
      { name: "LocalPrimaryOrder", reads: ["history", "currentEpoch", "lastCommitted", "proposalMsgsLog"], holds: ($s: State): boolean => T.bool(LocalPrimaryOrder($s)) },
      { name: "GlobalPrimaryOrder", reads: ["history", "lastCommitted"], holds: ($s: State): boolean => T.bool(GlobalPrimaryOrder($s)) },
      { name: "PrimaryIntegrity", reads: ["state", "history", "currentEpoch", "zabState", "lastCommitted", "learners", "connectInfo"], holds: ($s: State): boolean => T.bool(PrimaryIntegrity($s)) },
    ],
    constraints: [
      { name: "Bounded", reads: ["logicalClock", "receiveVotes", "outOfElection", "recvQueue", "electionMsgs"], holds: ($s: State): boolean => T.bool(Bounded($s)) },
    ],
    typeOK: ($s: State): ReadonlyArray<string> => {
      const problems: Array<string> = []
      if (!(T.isFnOf($s.zabState, Server, ($v1: T.Value): boolean => T.isIn($v1, ZabState())))) problems.push("zabState is not in its type (tla/specs/ZkV3_7_0.tla:249:8)")
      if (!(T.isFnOf($s.acceptedEpoch, Server, ($v2: T.Value): boolean => T.isIn($v2, T.Nat)))) problems.push("acceptedEpoch is not in its type (tla/specs/ZkV3_7_0.tla:250:8)")
      if (!(T.isFnOf($s.lastCommitted, Server, ($v3: T.Value): boolean => T.isRecordOf($v3, [["index", ($v4: T.Value): boolean => T.isIn($v4, T.Nat)], ["zxid", ($v5: T.Value): boolean => T.isSeqOf($v5, ($v6: T.Value): boolean => (T.isIn($v6, T.Nat) || T.isIn($v6, $c1())))]])))) problems.push("lastCommitted is not in its type (tla/specs/ZkV3_7_0.tla:251:8)")
      if (!(T.isFnOf($s.lastSnapshot, Server, ($v7: T.Value): boolean => T.isRecordOf($v7, [["index", ($v8: T.Value): boolean => T.isIn($v8, T.Nat)], ["zxid", ($v9: T.Value): boolean => T.isSeqOf($v9, ($v10: T.Value): boolean => (T.isIn($v10, T.Nat) || T.isIn($v10, $c1())))]])))) problems.push("lastSnapshot is not in its type (tla/specs/ZkV3_7_0.tla:252:8)")
      if (!(T.isFnOf($s.learners, Server, ($v11: T.Value): boolean => T.isSetOf($v11, ($v12: T.Value): boolean => T.isIn($v12, Server))))) problems.push("learners is not in its type (tla/specs/ZkV3_7_0.tla:253:8)")
      if (!(T.isFnOf($s.connecting, Server, ($v13: T.Value): boolean => T.isSetOf($v13, ($v14: T.Value): boolean => T.isRecordOf($v14, [["sid", ($v15: T.Value): boolean => T.isIn($v15, Server)], ["connected", ($v16: T.Value): boolean => T.isIn($v16, T.BOOLEAN)]]))))) problems.push("connecting is not in its type (tla/specs/ZkV3_7_0.tla:254:8)")
      if (!(T.isFnOf($s.electing, Server, ($v17: T.Value): boolean => T.isSetOf($v17, ($v18: T.Value): boolean => T.isRecordOf($v18, [["sid", ($v19: T.Value): boolean => T.isIn($v19, Server)], ["peerLastZxid", ($v20: T.Value): boolean => T.isSeqOf($v20, ($v21: T.Value): boolean => (T.isIn($v21, T.Nat) || T.isIn($v21, $c1())))], ["inQuorum", ($v22: T.Value): boolean => T.isIn($v22, T.BOOLEAN)]]))))) problems.push("electing is not in its type (tla/specs/ZkV3_7_0.tla:255:8)")
      if (!(T.isFnOf($s.ackldRecv, Server, ($v23: T.Value): boolean => T.isSetOf($v23, ($v24: T.Value): boolean => T.isRecordOf($v24, [["sid", ($v25: T.Value): boolean => T.isIn($v25, Server)], ["connected", ($v26: T.Value): boolean => T.isIn($v26, T.BOOLEAN)]]))))) problems.push("ackldRecv is not in its type (tla/specs/ZkV3_7_0.tla:256:8)")
      if (!(T.isFnOf($s.forwarding, Server, ($v27: T.Value): boolean => T.isSetOf($v27, ($v28: T.Value): boolean => T.isIn($v28, Server))))) problems.push("forwarding is not in its type (tla/specs/ZkV3_7_0.tla:257:8)")
      if (!(T.isFnOf($s.initialHistory, Server, ($v29: T.Value): boolean => T.isSeqOf($v29, ($v30: T.Value): boolean => T.isRecordOf($v30, [["zxid", ($v31: T.Value): boolean => T.isSeqOf($v31, ($v32: T.Value): boolean => (T.isIn($v32, T.Nat) || T.isIn($v32, $c1())))], ["value", ($v33: T.Value): boolean => T.isIn($v33, T.Nat)], ["ackSid", ($v34: T.Value): boolean => T.isSetOf($v34, ($v35: T.Value): boolean => T.isIn($v35, Server))], ["epoch", ($v36: T.Value): boolean => T.isIn($v36, T.Nat)]]))))) problems.push("initialHistory is not in its type (tla/specs/ZkV3_7_0.tla:258:8)")
      if (!(T.isFnOf($s.tempMaxEpoch, Server, ($v37: T.Value): boolean => T.isIn($v37, T.Nat)))) problems.push("tempMaxEpoch is not in its type (tla/specs/ZkV3_7_0.tla:259:8)")
      if (!(T.isFnOf($s.connectInfo, Server, ($v38: T.Value): boolean => T.isRecordOf($v38, [["sid", ($v39: T.Value): boolean => T.isIn($v39, ServersIncNullPoint())], ["syncMode", ($v40: T.Value): boolean => T.isIn($v40, SyncMode())], ["nlRcv", ($v41: T.Value): boolean => T.isIn($v41, T.BOOLEAN)]])))) problems.push("connectInfo is not in its type (tla/specs/ZkV3_7_0.tla:260:8)")
      if (!(T.isFnOf($s.packetsSync, Server, ($v42: T.Value): boolean => T.isRecordOf($v42, [["notCommitted", ($v43: T.Value): boolean => T.isSeqOf($v43, ($v44: T.Value): boolean => T.isRecordOf($v44, [["zxid", ($v45: T.Value): boolean => T.isSeqOf($v45, ($v46: T.Value): boolean => (T.isIn($v46, T.Nat) || T.isIn($v46, $c1())))], ["value", ($v47: T.Value): boolean => T.isIn($v47, T.Nat)], ["ackSid", ($v48: T.Value): boolean => T.isSetOf($v48, ($v49: T.Value): boolean => T.isIn($v49, Server))], ["epoch", ($v50: T.Value): boolean => T.isIn($v50, T.Nat)]]))], ["committed", ($v51: T.Value): boolean => T.isSeqOf($v51, ($v52: T.Value): boolean => T.isSeqOf($v52, ($v53: T.Value): boolean => (T.isIn($v53, T.Nat) || T.isIn($v53, $c1()))))]])))) problems.push("packetsSync is not in its type (tla/specs/ZkV3_7_0.tla:261:8)")
      if (!(T.isFnOf($s.status, Server, ($v54: T.Value): boolean => T.isIn($v54, $c2())))) problems.push("status is not in its type (tla/specs/ZkV3_7_0.tla:262:8)")
      if (!(T.isFnOf($s.partition, Server, ($v55: T.Value): boolean => T.isFnOf($v55, Server, ($v56: T.Value): boolean => T.isIn($v56, T.BOOLEAN))))) problems.push("partition is not in its type (tla/specs/ZkV3_7_0.tla:263:8)")
      if (!(T.isSetOf($s.proposalMsgsLog, ($v57: T.Value): boolean => T.isRecordOf($v57, [["source", ($v58: T.Value): boolean => T.isIn($v58, Server)], ["epoch", ($v59: T.Value): boolean => T.isIn($v59, T.Nat)], ["zxid", ($v60: T.Value): boolean => T.isSeqOf($v60, ($v61: T.Value): boolean => (T.isIn($v61, T.Nat) || T.isIn($v61, $c1())))], ["data", ($v62: T.Value): boolean => T.isIn($v62, T.Nat)]])))) problems.push("proposalMsgsLog is not in its type (tla/specs/ZkV3_7_0.tla:264:8)")
      if (!(T.isFnOf($s.epochLeader, $c3(), ($v63: T.Value): boolean => T.isSetOf($v63, ($v64: T.Value): boolean => T.isIn($v64, Server))))) problems.push("epochLeader is not in its type (tla/specs/ZkV3_7_0.tla:265:8)")
      if (!(T.isFnOf($s.violatedInvariants, ViolationSet(), ($v65: T.Value): boolean => T.isIn($v65, T.BOOLEAN)))) problems.push("violatedInvariants is not in its type (tla/specs/ZkV3_7_0.tla:266:8)")
      if (!(T.isFnOf($s.msgs, Server, ($v66: T.Value): boolean => T.isFnOf($v66, Server, ($v67: T.Value): boolean => T.isSeqOf($v67, ($v68: T.Value): boolean => (((((((((((T.isRecordOf($v68, [["mtype", ($v69: T.Value): boolean => T.isIn($v69, $c4())], ["mzxid", ($v70: T.Value): boolean => T.isSeqOf($v70, ($v71: T.Value): boolean => (T.isIn($v71, T.Nat) || T.isIn($v71, $c1())))]]) || T.isRecordOf($v68, [["mtype", ($v72: T.Value): boolean => T.isIn($v72, $c5())], ["mzxid", ($v73: T.Value): boolean => T.isSeqOf($v73, ($v74: T.Value): boolean => (T.isIn($v74, T.Nat) || T.isIn($v74, $c1())))]])) || T.isRecordOf($v68, [["mtype", ($v75: T.Value): boolean => T.isIn($v75, $c6())], ["mzxid", ($v76: T.Value): boolean => T.isSeqOf($v76, ($v77: T.Value): boolean => (T.isIn($v77, T.Nat) || T.isIn($v77, $c1())))], ["mepoch", ($v78: T.Value): boolean => (T.isIn($v78, T.Nat) || T.isIn($v78, $c1()))]])) || T.isRecordOf($v68, [["mtype", ($v79: T.Value): boolean => T.isIn($v79, $c7())], ["mzxid", ($v80: T.Value): boolean => T.isSeqOf($v80, ($v81: T.Value): boolean => (T.isIn($v81, T.Nat) || T.isIn($v81, $c1())))]])) || T.isRecordOf($v68, [["mtype", ($v82: T.Value): boolean => T.isIn($v82, $c8())], ["mtruncZxid", ($v83: T.Value): boolean => T.isSeqOf($v83, ($v84: T.Value): boolean => (T.isIn($v84, T.Nat) || T.isIn($v84, $c1())))]])) || T.isRecordOf($v68, [["mtype", ($v85: T.Value): boolean => T.isIn($v85, $c9())], ["msnapZxid", ($v86: T.Value): boolean => T.isSeqOf($v86, ($v87: T.Value): boolean => (T.isIn($v87, T.Nat) || T.isIn($v87, $c1())))], ["msnapshot", ($v88: T.Value): boolean => T.isSeqOf($v88, ($v89: T.Value): boolean => T.isRecordOf($v89, [["zxid", ($v90: T.Value): boolean => T.isSeqOf($v90, ($v91: T.Value): boolean => (T.isIn($v91, T.Nat) || T.isIn($v91, $c1())))], ["value", ($v92: T.Value): boolean => T.isIn($v92, T.Nat)], ["ackSid", ($v93: T.Value): boolean => T.isSetOf($v93, ($v94: T.Value): boolean => T.isIn($v94, Server))], ["epoch", ($v95: T.Value): boolean => T.isIn($v95, T.Nat)]]))]])) || T.isRecordOf($v68, [["mtype", ($v96: T.Value): boolean => T.isIn($v96, $c10())], ["mzxid", ($v97: T.Value): boolean => T.isSeqOf($v97, ($v98: T.Value): boolean => (T.isIn($v98, T.Nat) || T.isIn($v98, $c1())))], ["mdata", ($v99: T.Value): boolean => T.isIn($v99, T.Nat)]])) || T.isRecordOf($v68, [["mtype", ($v100: T.Value): boolean => T.isIn($v100, $c11())], ["mzxid", ($v101: T.Value): boolean => T.isSeqOf($v101, ($v102: T.Value): boolean => (T.isIn($v102, T.Nat) || T.isIn($v102, $c1())))]])) || T.isRecordOf($v68, [["mtype", ($v103: T.Value): boolean => T.isIn($v103, $c12())], ["mzxid", ($v104: T.Value): boolean => T.isSeqOf($v104, ($v105: T.Value): boolean => (T.isIn($v105, T.Nat) || T.isIn($v105, $c1())))]])) || T.isRecordOf($v68, [["mtype", ($v106: T.Value): boolean => T.isIn($v106, $c13())], ["mzxid", ($v107: T.Value): boolean => T.isSeqOf($v107, ($v108: T.Value): boolean => (T.isIn($v108, T.Nat) || T.isIn($v108, $c1())))]])) || T.isRecordOf($v68, [["mtype", ($v109: T.Value): boolean => T.isIn($v109, $c14())], ["mzxid", ($v110: T.Value): boolean => T.isSeqOf($v110, ($v111: T.Value): boolean => (T.isIn($v111, T.Nat) || T.isIn($v111, $c1())))]])) || T.isRecordOf($v68, [["mtype", ($v112: T.Value): boolean => T.isIn($v112, $c15())], ["mzxid", ($v113: T.Value): boolean => T.isSeqOf($v113, ($v114: T.Value): boolean => (T.isIn($v114, T.Nat) || T.isIn($v114, $c1())))]]))))))) problems.push("msgs is not in its type (tla/specs/ZkV3_7_0.tla:267:8)")
      if (!(T.isFnOf($s.electionMsgs, Server, ($v115: T.Value): boolean => T.isFnOf($v115, Server, ($v116: T.Value): boolean => T.isSeqOf($v116, ($v117: T.Value): boolean => (T.isRecordOf($v117, [["mtype", ($v118: T.Value): boolean => T.isIn($v118, $c16())], ["msource", ($v119: T.Value): boolean => T.isIn($v119, Server)], ["mstate", ($v120: T.Value): boolean => T.isIn($v120, ElectionState())], ["mround", ($v121: T.Value): boolean => T.isIn($v121, T.Nat)], ["mvote", ($v122: T.Value): boolean => T.isRecordOf($v122, [["proposedLeader", ($v123: T.Value): boolean => T.isIn($v123, ServersIncNullPoint())], ["proposedZxid", ($v124: T.Value): boolean => T.isSeqOf($v124, ($v125: T.Value): boolean => (T.isIn($v125, T.Nat) || T.isIn($v125, $c1())))], ["proposedEpoch", ($v126: T.Value): boolean => T.isIn($v126, T.Nat)]])]]) || T.isRecordOf($v117, [["mtype", ($v127: T.Value): boolean => T.isIn($v127, $c17())]]))))))) problems.push("electionMsgs is not in its type (tla/specs/ZkV3_7_0.tla:269:8)")
      if (!(T.isFnOf($s.recvQueue, Server, ($v128: T.Value): boolean => T.isSeqOf($v128, ($v129: T.Value): boolean => (T.isRecordOf($v129, [["mtype", ($v130: T.Value): boolean => T.isIn($v130, $c16())], ["msource", ($v131: T.Value): boolean => T.isIn($v131, Server)], ["mstate", ($v132: T.Value): boolean => T.isIn($v132, ElectionState())], ["mround", ($v133: T.Value): boolean => T.isIn($v133, T.Nat)], ["mvote", ($v134: T.Value): boolean => T.isRecordOf($v134, [["proposedLeader", ($v135: T.Value): boolean => T.isIn($v135, ServersIncNullPoint())], ["proposedZxid", ($v136: T.Value): boolean => T.isSeqOf($v136, ($v137: T.Value): boolean => (T.isIn($v137, T.Nat) || T.isIn($v137, $c1())))], ["proposedEpoch", ($v138: T.Value): boolean => T.isIn($v138, T.Nat)]])]]) || T.isRecordOf($v129, [["mtype", ($v139: T.Value): boolean => T.isIn($v139, $c17())]])))))) problems.push("recvQueue is not in its type (tla/specs/ZkV3_7_0.tla:270:8)")
      if (!(T.isFnOf($s.leadingVoteSet, Server, ($v140: T.Value): boolean => T.isSetOf($v140, ($v141: T.Value): boolean => T.isIn($v141, Server))))) problems.push("leadingVoteSet is not in its type (tla/specs/ZkV3_7_0.tla:271:8)")
      if (!(T.isFnOf($s.receiveVotes, Server, ($v142: T.Value): boolean => T.isFnOf($v142, Server, ($v143: T.Value): boolean => T.isRecordOf($v143, [["vote", ($v144: T.Value): boolean => T.isRecordOf($v144, [["proposedLeader", ($v145: T.Value): boolean => T.isIn($v145, ServersIncNullPoint())], ["proposedZxid", ($v146: T.Value): boolean => T.isSeqOf($v146, ($v147: T.Value): boolean => (T.isIn($v147, T.Nat) || T.isIn($v147, $c1())))], ["proposedEpoch", ($v148: T.Value): boolean => T.isIn($v148, T.Nat)]])], ["round", ($v149: T.Value): boolean => T.isIn($v149, T.Nat)], ["state", ($v150: T.Value): boolean => T.isIn($v150, ElectionState())], ["version", ($v151: T.Value): boolean => T.isIn($v151, T.Nat)]]))))) problems.push("receiveVotes is not in its type (tla/specs/ZkV3_7_0.tla:272:8)")
      if (!(T.isFnOf($s.currentVote, Server, ($v152: T.Value): boolean => T.isRecordOf($v152, [["proposedLeader", ($v153: T.Value): boolean => T.isIn($v153, ServersIncNullPoint())], ["proposedZxid", ($v154: T.Value): boolean => T.isSeqOf($v154, ($v155: T.Value): boolean => (T.isIn($v155, T.Nat) || T.isIn($v155, $c1())))], ["proposedEpoch", ($v156: T.Value): boolean => T.isIn($v156, T.Nat)]])))) problems.push("currentVote is not in its type (tla/specs/ZkV3_7_0.tla:273:8)")
      if (!(T.isFnOf($s.outOfElection, Server, ($v157: T.Value): boolean => T.isFnOf($v157, Server, ($v158: T.Value): boolean => T.isRecordOf($v158, [["vote", ($v159: T.Value): boolean => T.isRecordOf($v159, [["proposedLeader", ($v160: T.Value): boolean => T.isIn($v160, ServersIncNullPoint())], ["proposedZxid", ($v161: T.Value): boolean => T.isSeqOf($v161, ($v162: T.Value): boolean => (T.isIn($v162, T.Nat) || T.isIn($v162, $c1())))], ["proposedEpoch", ($v163: T.Value): boolean => T.isIn($v163, T.Nat)]])], ["round", ($v164: T.Value): boolean => T.isIn($v164, T.Nat)], ["state", ($v165: T.Value): boolean => T.isIn($v165, ElectionState())], ["version", ($v166: T.Value): boolean => T.isIn($v166, T.Nat)]]))))) problems.push("outOfElection is not in its type (tla/specs/ZkV3_7_0.tla:274:8)")
      if (!(T.isFnOf($s.lastProcessed, Server, ($v167: T.Value): boolean => T.isRecordOf($v167, [["index", ($v168: T.Value): boolean => T.isIn($v168, T.Nat)], ["zxid", ($v169: T.Value): boolean => T.isSeqOf($v169, ($v170: T.Value): boolean => (T.isIn($v170, T.Nat) || T.isIn($v170, $c1())))]])))) problems.push("lastProcessed is not in its type (tla/specs/ZkV3_7_0.tla:275:8)")
      if (!(T.isFnOf($s.history, Server, ($v171: T.Value): boolean => T.isSeqOf($v171, ($v172: T.Value): boolean => T.isRecordOf($v172, [["zxid", ($v173: T.Value): boolean => T.isSeqOf($v173, ($v174: T.Value): boolean => (T.isIn($v174, T.Nat) || T.isIn($v174, $c1())))], ["value", ($v175: T.Value): boolean => T.isIn($v175, T.Nat)], ["ackSid", ($v176: T.Value): boolean => T.isSetOf($v176, ($v177: T.Value): boolean => T.isIn($v177, Server))], ["epoch", ($v178: T.Value): boolean => T.isIn($v178, T.Nat)]]))))) problems.push("history is not in its type (tla/specs/ZkV3_7_0.tla:276:8)")
      if (!(T.isFnOf($s.state, Server, ($v179: T.Value): boolean => T.isIn($v179, ElectionState())))) problems.push("state is not in its type (tla/specs/ZkV3_7_0.tla:277:8)")
      if (!(T.isFnOf($s.waitNotmsg, Server, ($v180: T.Value): boolean => T.isIn($v180, T.BOOLEAN)))) problems.push("waitNotmsg is not in its type (tla/specs/ZkV3_7_0.tla:278:8)")
      if (!(T.isFnOf($s.currentEpoch, Server, ($v181: T.Value): boolean => T.isIn($v181, T.Nat)))) problems.push("currentEpoch is not in its type (tla/specs/ZkV3_7_0.tla:279:8)")
      if (!(T.isFnOf($s.logicalClock, Server, ($v182: T.Value): boolean => T.isIn($v182, T.Nat)))) problems.push("logicalClock is not in its type (tla/specs/ZkV3_7_0.tla:280:8)")
      return problems
    },
  }
}

/** The State schema refined by TypeOK for these constants: decoding a state checks it, naming each variable out of its type. */
export function typeOK(constants: Constants) {
  const problems = makeZkV3_7_0_Bounded(constants).typeOK!
  return State.pipe(Schema.check(Schema.makeFilter((s: State) => (problems(s).length === 0 ? true : problems(s).join("; ")))))
}
