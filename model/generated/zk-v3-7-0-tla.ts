// Generated from tla/specs/ZkV3_7_0_Bounded.tla by the TLA+ translator (tla/); do not edit. `npm run tla:gen` regenerates it,
// and a test fails if this file differs from a fresh translation.
/* eslint-disable */
import { Schema } from "effect"
import type { GeneratedAction, GeneratedSpec } from "../tla-spec.js"
import * as T from "../tla-values.js"

/** The variables of ZkV3_7_0_Bounded, in declaration order. */
export const variables = ["state", "history", "currentEpoch", "lastProcessed", "currentVote", "logicalClock", "receiveVotes", "outOfElection", "recvQueue", "waitNotmsg", "leadingVoteSet", "electionMsgs", "zabState", "acceptedEpoch", "lastCommitted", "lastSnapshot", "initialHistory", "learners", "connecting", "electing", "ackldRecv", "forwarding", "tempMaxEpoch", "connectInfo", "packetsSync", "msgs", "status", "partition", "epochLeader", "proposalMsgsLog", "violatedInvariants", "recorder"] as const

/** A state: one TLA+ value per variable. */
export const State = Schema.Struct({
  state: T.TlaValue,
  history: T.TlaValue,
  currentEpoch: T.TlaValue,
  lastProcessed: T.TlaValue,
  currentVote: T.TlaValue,
  logicalClock: T.TlaValue,
  receiveVotes: T.TlaValue,
  outOfElection: T.TlaValue,
  recvQueue: T.TlaValue,
  waitNotmsg: T.TlaValue,
  leadingVoteSet: T.TlaValue,
  electionMsgs: T.TlaValue,
  zabState: T.TlaValue,
  acceptedEpoch: T.TlaValue,
  lastCommitted: T.TlaValue,
  lastSnapshot: T.TlaValue,
  initialHistory: T.TlaValue,
  learners: T.TlaValue,
  connecting: T.TlaValue,
  electing: T.TlaValue,
  ackldRecv: T.TlaValue,
  forwarding: T.TlaValue,
  tempMaxEpoch: T.TlaValue,
  connectInfo: T.TlaValue,
  packetsSync: T.TlaValue,
  msgs: T.TlaValue,
  status: T.TlaValue,
  partition: T.TlaValue,
  epochLeader: T.TlaValue,
  proposalMsgsLog: T.TlaValue,
  violatedInvariants: T.TlaValue,
  recorder: T.TlaValue,
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
  const blank: T.Partial = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]

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
    return T.elems(Server).every((i) => T.elems(Server).every((j) => (!(T.bool(IsLeader($s, i)) && T.isIn(T.apply($s.zabState, i), T.setOf([SYNCHRONIZATION, BROADCAST])) && T.bool(IsLeader($s, j)) && T.isIn(T.apply($s.zabState, j), T.setOf([SYNCHRONIZATION, BROADCAST])) && T.eq(T.apply($s.acceptedEpoch, i), T.apply($s.acceptedEpoch, j))) || T.eq(i, j))))
  }

  /** Leadership2: tla/specs/ZkV3_7_0.tla, line 1955. */
  function Leadership2($s: State): boolean {
    return T.elems(T.range(1, MAXEPOCH())).every((epoch) => (T.cardinality(T.apply($s.epochLeader, epoch)) <= 1))
  }

  /** PrefixConsistency: tla/specs/ZkV3_7_0.tla, lines 1959-1967. */
  function PrefixConsistency($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => ((): boolean => {
      const smaller = T.once((): T.Value => Minimum(T.setOf([T.field(T.apply($s.lastCommitted, i), "index"), T.field(T.apply($s.lastCommitted, j), "index")])))
      return (T.eq(smaller(), 0) || ((T.int(smaller()) > 0) && T.elems(T.range(1, smaller())).every((index) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), index), T.apply(T.apply($s.history, j), index))))))
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
      const committed1 = T.once((): T.Value => T.field(T.apply($s.lastCommitted, i), "index"))
      const committed2 = T.once((): T.Value => T.field(T.apply($s.lastCommitted, j), "index"))
      return (!((T.int(committed1()) >= 2) && (T.int(committed2()) >= 2)) || T.elems(T.range(1, (T.int(committed1()) - 1))).every((idx_i1) => T.elems(T.range((T.int(idx_i1) + 1), committed1())).every((idx_i2) => ((): boolean => {
      const logOk = T.once((): T.Value => T.elems(T.range(1, committed2())).some((idx) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i2), T.apply(T.apply($s.history, j), idx)))))
      return (!T.bool(logOk()) || (T.bool(logOk()) && T.elems(T.range(1, committed2())).some((idx_j2) => (T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i2), T.apply(T.apply($s.history, j), idx_j2))) && T.elems(T.range(1, (T.int(idx_j2) - 1))).some((idx_j1) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i1), T.apply(T.apply($s.history, j), idx_j1))))))))
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

  /** Bounded: tla/specs/ZkV3_7_0_Bounded.tla, lines 10-15. */
  function Bounded($s: State): boolean {
    return T.elems(Server).every((i) => ((T.int(T.apply($s.logicalClock, i)) <= T.int(MaxRound)) && (T.len(T.apply($s.recvQueue, i)) <= T.int(MaxQueue)) && T.elems(Server).every((j) => ((T.len(T.apply(T.apply($s.electionMsgs, i), j)) <= T.int(MaxQueue)) && (T.int(T.field(T.apply(T.apply($s.receiveVotes, i), j), "version")) <= T.int(MaxVersion)) && (T.int(T.field(T.apply(T.apply($s.outOfElection, i), j), "version")) <= T.int(MaxVersion))))))
  }

  /** ZabState: tla/specs/ZkV3_7_0.tla, line 211. */
  const ZabState = T.once((): T.Value => T.setOf([ELECTION, DISCOVERY, SYNCHRONIZATION, BROADCAST]))

  /** ServersIncNullPoint: tla/specs/ZkV3_7_0.tla, line 171. */
  const ServersIncNullPoint = T.once((): T.Value => T.union(Server, T.setOf([NullPoint])))

  /** SyncMode: tla/specs/ZkV3_7_0.tla, line 217. */
  const SyncMode = T.once((): T.Value => T.setOf([DIFF, TRUNC, SNAP, NONE]))

  /** MAXEPOCH: tla/specs/ZkV3_7_0.tla, line 54. */
  const MAXEPOCH = T.once((): T.Value => 10)

  /** ViolationSet: tla/specs/ZkV3_7_0.tla, lines 213-215. */
  const ViolationSet = T.once((): T.Value => T.setOf(["stateInconsistent", "proposalInconsistent", "commitInconsistent", "ackInconsistent", "messageIllegal"]))

  /** ElectionState: tla/specs/ZkV3_7_0.tla, line 209. */
  const ElectionState = T.once((): T.Value => T.setOf([LOOKING, FOLLOWING, LEADING]))

  /** FLEReceiveNotmsg(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 537-545. */
  function FLEReceiveNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    ReceiveNotmsg_act($s, $n, ($n191: T.Partial): void => {
      const $n192 = T.bindEach($n191, [[V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.initialHistory, $s.initialHistory], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.lastSnapshot, $s.lastSnapshot], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.status, $s.status], [V.partition, $s.partition], [V.msgs, $s.msgs]])
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
      const $n195 = T.bindEach($n194, [[V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.initialHistory, $s.initialHistory], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.lastSnapshot, $s.lastSnapshot], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.status, $s.status], [V.partition, $s.partition], [V.msgs, $s.msgs]])
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
          const $n200 = T.bindEach($n199, [[V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.acceptedEpoch, $s.acceptedEpoch], [V.connectInfo, $s.connectInfo], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.status, $s.status], [V.partition, $s.partition], [V.msgs, $s.msgs]])
          if ($n200 === null) return
          UpdateRecorder_act($s, $n200, ($n201: T.Partial): void => {
            $k($n201)
          }, T.tuple(["FLEHandleNotmsg", i]))
        }
        or202: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:558:15)
          if (!(T.eq(newState(), LEADING))) break or202
          ZabTurnToLeading_act($s, $n197, ($n203: T.Partial): void => {
            const $n204 = T.bindEach($n203, [[V.packetsSync, $s.packetsSync]])
            if ($n204 === null) return
            $k198($n204)
          }, i)
        }
        or205: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:561:15)
          if (!(T.eq(newState(), FOLLOWING))) break or205
          ZabTurnToFollowing_act($s, $n197, ($n206: T.Partial): void => {
            const $n207 = T.bindEach($n206, [[V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch]])
            if ($n207 === null) return
            $k198($n207)
          }, i)
        }
        or208: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:565:15)
          if (!(T.eq(newState(), LOOKING))) break or208
          const $n209 = T.bindEach($n197, [[V.zabState, $s.zabState], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.packetsSync, $s.packetsSync], [V.initialHistory, $s.initialHistory]])
          if ($n209 === null) break or208
          $k198($n209)
        }
      }
    }, i)
  }

  /** FLEWaitNewNotmsg(i) as an action: tla/specs/ZkV3_7_0.tla, lines 574-594. */
  function FLEWaitNewNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    WaitNewNotmsg_act($s, $n, ($n210: T.Partial): void => {
      {
        const newState = T.once((): T.Value => T.apply(T.primed($n210, V.state, "state"), i))
        const $k211 = ($n212: T.Partial): void => {
          const $n213 = T.bindEach($n212, [[V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.acceptedEpoch, $s.acceptedEpoch], [V.connectInfo, $s.connectInfo], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.status, $s.status], [V.partition, $s.partition], [V.msgs, $s.msgs]])
          if ($n213 === null) return
          UpdateRecorder_act($s, $n213, ($n214: T.Partial): void => {
            $k($n214)
          }, T.tuple(["FLEWaitNewNotmsg", i]))
        }
        or215: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:579:15)
          if (!(T.eq(newState(), LEADING))) break or215
          ZabTurnToLeading_act($s, $n210, ($n216: T.Partial): void => {
            const $n217 = T.bindEach($n216, [[V.packetsSync, $s.packetsSync]])
            if ($n217 === null) return
            $k211($n217)
          }, i)
        }
        or218: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:582:15)
          if (!(T.eq(newState(), FOLLOWING))) break or218
          ZabTurnToFollowing_act($s, $n210, ($n219: T.Partial): void => {
            const $n220 = T.bindEach($n219, [[V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch]])
            if ($n220 === null) return
            $k211($n220)
          }, i)
        }
        or221: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:586:15)
          if (!(T.eq(newState(), LOOKING))) break or221
          if (!(T.printT(T.concat("Note: New state is LOOKING in FLEWaitNewNotmsgEnd,", " which should not happen.")))) break or221
          const $n222 = T.bindEach($n210, [[V.zabState, $s.zabState], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.packetsSync, $s.packetsSync]])
          if ($n222 === null) break or221
          $k211($n222)
        }
      }
    }, i)
  }

  /** PartitionStart(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 668-694. */
  function PartitionStart_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(CheckPartition($s)))) return
    if (!(!T.eq(i, j))) return
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsON($s, j)))) return
    if (!(!T.bool(HasPartitioned($s, i, j)))) return
    const $k223 = ($n224: T.Partial): void => {
      const $n225 = T.bind($n224, V.partition, T.exceptPath(T.exceptPath($s.partition, [i, j], (_$at226) => true), [j, i], (_$at227) => true))
      if ($n225 === null) return
      const $n228 = T.bindEach($n225, [[V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.packetsSync, $s.packetsSync], [V.status, $s.status]])
      if ($n228 === null) return
      UpdateRecorder_act($s, $n228, ($n229: T.Partial): void => {
        $k($n229)
      }, T.tuple(["PartitionStart", i, j]))
    }
    or230: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:674:15)
      if (!(T.bool(IsLeader($s, i)))) break or230
      if (!(T.bool(IsMyLearner($s, i, j)))) break or230
      if (!(T.bool(IsFollower($s, j)))) break or230
      if (!(T.bool(IsMyLeader($s, j, i)))) break or230
      {
        const newLearners = T.once((): T.Value => T.minus(T.apply($s.learners, i), T.setOf([j])))
        const $k231 = ($n232: T.Partial): void => {
          $k223($n232)
        }
        or233: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:677:24)
          if (!(T.bool(IsQuorum(newLearners())))) break or233
          RemoveLearner_act($s, $n, ($n234: T.Partial): void => {
            FollowerShutdown_act($s, $n234, ($n235: T.Partial): void => {
              Clean_act($s, $n235, ($n236: T.Partial): void => {
                $k231($n236)
              }, i, j)
            }, j)
          }, i, j)
        }
        or237: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:681:24)
          if (!(!T.bool(IsQuorum(newLearners())))) break or237
          LeaderShutdown_act($s, $n, ($n238: T.Partial): void => {
            const $n239 = T.bindEach($n238, [[V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv]])
            if ($n239 === null) return
            $k231($n239)
          }, i)
        }
      }
    }
    or240: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:684:15)
      if (!(T.bool(IsLooking($s, i)))) break or240
      if (!(T.bool(IsLooking($s, j)))) break or240
      if (!(T.bool(IdCompare(i, j)))) break or240
      const $n241 = T.bindEach($n, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.zabState, $s.zabState], [V.connectInfo, $s.connectInfo], [V.msgs, $s.msgs], [V.learners, $s.learners], [V.forwarding, $s.forwarding], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv]])
      if ($n241 === null) break or240
      $k223($n241)
    }
  }

  /** PartitionRecover(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 694-704. */
  function PartitionRecover_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsON($s, j)))) return
    if (!(T.bool(IdCompare(i, j)))) return
    if (!(T.bool(HasPartitioned($s, i, j)))) return
    const $n242 = T.bind($n, V.partition, T.exceptPath(T.exceptPath($s.partition, [i, j], (_$at243) => false), [j, i], (_$at244) => false))
    if ($n242 === null) return
    const $n245 = T.bindEach($n242, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.msgs, $s.msgs], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status]])
    if ($n245 === null) return
    UpdateRecorder_act($s, $n245, ($n246: T.Partial): void => {
      $k($n246)
    }, T.tuple(["PartitionRecover", i, j]))
  }

  /** NodeCrash(i) as an action: tla/specs/ZkV3_7_0.tla, lines 704-735. */
  function NodeCrash_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    CheckCrash_act($s, $n, ($n247: T.Partial): void => {
      if (!(T.bool(IsON($s, i)))) return
      const $n248 = T.bind($n247, V.status, T.exceptPath($s.status, [i], (_$at249) => OFFLINE))
      if ($n248 === null) return
      const $k250 = ($n251: T.Partial): void => {
        const $n252 = T.bindEach($n251, [[V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.packetsSync, $s.packetsSync], [V.partition, $s.partition]])
        if ($n252 === null) return
        UpdateRecorder_act($s, $n252, ($n253: T.Partial): void => {
          $k($n253)
        }, T.tuple(["NodeCrash", i]))
      }
      or254: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:708:15)
        if (!(T.bool(IsLooking($s, i)))) break or254
        const $n255 = T.bindEach($n248, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.zabState, $s.zabState], [V.connectInfo, $s.connectInfo], [V.msgs, $s.msgs], [V.learners, $s.learners], [V.forwarding, $s.forwarding], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv]])
        if ($n255 === null) break or254
        $k250($n255)
      }
      or256: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:711:15)
        if (!(T.bool(IsFollower($s, i)))) break or256
        {
          const connectedWithLeader = T.once((): T.Value => HasLeader($s, i))
          const $k257 = ($n258: T.Partial): void => {
            $k250($n258)
          }
          or259: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:713:24)
            if (!(T.bool(connectedWithLeader()))) break or259
            {
              const leader = T.once((): T.Value => T.field(T.apply($s.connectInfo, i), "sid"))
              const newCluster = T.once((): T.Value => T.minus(T.apply($s.learners, leader()), T.setOf([i])))
              const $k260 = ($n261: T.Partial): void => {
                $k257($n261)
              }
              or262: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:717:30)
                if (!(T.bool(IsQuorum(newCluster())))) break or262
                RemoveLearner_act($s, $n248, ($n263: T.Partial): void => {
                  FollowerShutdown_act($s, $n263, ($n264: T.Partial): void => {
                    Clean_act($s, $n264, ($n265: T.Partial): void => {
                      $k260($n265)
                    }, leader(), i)
                  }, i)
                }, leader(), i)
              }
              or266: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:721:30)
                if (!(!T.bool(IsQuorum(newCluster())))) break or266
                LeaderShutdown_act($s, $n248, ($n267: T.Partial): void => {
                  const $n268 = T.bindEach($n267, [[V.electing, $s.electing], [V.connecting, $s.connecting], [V.ackldRecv, $s.ackldRecv]])
                  if ($n268 === null) return
                  $k260($n268)
                }, leader())
              }
            }
          }
          or269: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:724:24)
            if (!(!T.bool(connectedWithLeader()))) break or269
            FollowerShutdown_act($s, $n248, ($n270: T.Partial): void => {
              CleanInputBuffer_act($s, $n270, ($n271: T.Partial): void => {
                const $n272 = T.bindEach($n271, [[V.learners, $s.learners], [V.forwarding, $s.forwarding], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv]])
                if ($n272 === null) return
                $k257($n272)
              }, T.setOf([i]))
            }, i)
          }
        }
      }
      or273: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:728:15)
        if (!(T.bool(IsLeader($s, i)))) break or273
        LeaderShutdown_act($s, $n248, ($n274: T.Partial): void => {
          const $n275 = T.bindEach($n274, [[V.electing, $s.electing], [V.connecting, $s.connecting], [V.ackldRecv, $s.ackldRecv]])
          if ($n275 === null) return
          $k250($n275)
        }, i)
      }
    }, i)
  }

  /** NodeStart(i) as an action: tla/specs/ZkV3_7_0.tla, lines 735-744. */
  function NodeStart_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsOFF($s, i)))) return
    const $n276 = T.bind($n, V.status, T.exceptPath($s.status, [i], (_$at277) => ONLINE))
    if ($n276 === null) return
    const $n278 = T.bind($n276, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at279) => InitLastProcessed($s, i)))
    if ($n278 === null) return
    const $n280 = T.bind($n278, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at281) => T.apply($s.lastSnapshot, i)))
    if ($n280 === null) return
    const $n282 = T.bindEach($n280, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.msgs, $s.msgs], [V.electionMsgs, $s.electionMsgs], [V.partition, $s.partition]])
    if ($n282 === null) return
    UpdateRecorder_act($s, $n282, ($n283: T.Partial): void => {
      $k($n283)
    }, T.tuple(["NodeStart", i]))
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
    const $n284 = T.bind($n, V.learners, T.exceptPath($s.learners, [i], (_$at285) => T.union(T.apply($s.learners, i), T.setOf([j]))))
    if ($n284 === null) return
    const $n286 = T.bind($n284, V.connectInfo, T.exceptPath($s.connectInfo, [j, "sid"], (_$at287) => i))
    if ($n286 === null) return
    Send_act($s, $n286, ($n288: T.Partial): void => {
      const $n289 = T.bindEach($n288, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.status, $s.status], [V.partition, $s.partition], [V.electionMsgs, $s.electionMsgs], [V.packetsSync, $s.packetsSync]])
      if ($n289 === null) return
      UpdateRecorder_act($s, $n289, ($n290: T.Partial): void => {
        $k($n290)
      }, T.tuple(["ConnectAndFollowerSendFOLLOWERINFO", i, j]))
    }, j, i, T.sortedRecord(["mtype", "mzxid"], [FOLLOWERINFO, T.tuple([T.apply($s.acceptedEpoch, j), 0])]))
  }

  /** LeaderProcessFOLLOWERINFO(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 784-833. */
  function LeaderProcessFOLLOWERINFO_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(CheckEpoch($s)))) return
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingFOLLOWERINFO($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
      const lastAcceptedEpoch = T.once((): T.Value => T.apply(T.field(msg(), "mzxid"), 1))
      const sid_connecting = T.once((): T.Value => T.map(T.apply($s.connecting, i), (c) => T.field(c, "sid")))
      if (!(T.bool(infoOk()))) return
      const $k291 = ($n292: T.Partial): void => {
        const $n293 = T.bindEach($n292, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.initialHistory, $s.initialHistory], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.lastSnapshot, $s.lastSnapshot], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n293 === null) return
        UpdateRecorder_act($s, $n293, ($n294: T.Partial): void => {
          $k($n294)
        }, T.tuple(["LeaderProcessFOLLOWERINFO", i, j]))
      }
      or295: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:796:18)
        if (!(T.bool(WaitingForNewEpoch(i, sid_connecting())))) break or295
        const $k296 = ($n297: T.Partial): void => {
          const $n298 = T.bind($n297, V.tempMaxEpoch, T.exceptPath($s.tempMaxEpoch, [i], ($at299) => ((T.int(lastAcceptedEpoch()) >= T.int(T.apply($s.tempMaxEpoch, i))) ? (T.int(lastAcceptedEpoch()) + 1) : $at299)))
          if ($n298 === null) return
          const $n300 = T.bind($n298, V.connecting, T.exceptPath($s.connecting, [i], ($at301) => UpdateConnectingOrAckldRecv($at301, j)))
          if ($n300 === null) return
          {
            const new_sid_connecting = T.once((): T.Value => T.map(T.apply(T.primed($n300, V.connecting, "connecting"), i), (c) => T.field(c, "sid")))
            const $k302 = ($n303: T.Partial): void => {
              $k291($n303)
            }
            or304: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:809:24)
              if (!(T.bool(WaitingForNewEpochTurnToFalse(i, new_sid_connecting())))) break or304
              const $n305 = T.bind($n300, V.acceptedEpoch, T.exceptPath($s.acceptedEpoch, [i], (_$at306) => T.apply(T.primed($n300, V.tempMaxEpoch, "tempMaxEpoch"), i)))
              if ($n305 === null) break or304
              {
                const newLeaderZxid = T.once((): T.Value => T.tuple([T.apply(T.primed($n305, V.acceptedEpoch, "acceptedEpoch"), i), 0]))
                const m = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [LEADERINFO, newLeaderZxid()]))
                DiscardAndBroadcastLEADERINFO_act($s, $n305, ($n307: T.Partial): void => {
                  $k302($n307)
                }, i, j, m())
              }
            }
            or308: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:815:24)
              if (!(!T.bool(WaitingForNewEpochTurnToFalse(i, new_sid_connecting())))) break or308
              Discard_act($s, $n300, ($n309: T.Partial): void => {
                const $n310 = T.bindEach($n309, [[V.acceptedEpoch, $s.acceptedEpoch]])
                if ($n310 === null) return
                $k302($n310)
              }, j, i)
            }
          }
        }
        or311: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:797:24)
          if (!(T.eq(T.apply($s.zabState, i), DISCOVERY))) break or311
          const $n312 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n312 === null) break or311
          $k296($n312)
        }
        or313: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:799:24)
          if (!(!T.eq(T.apply($s.zabState, i), DISCOVERY))) break or313
          if (!(T.printT(T.concat("Exception: waitingForNewEpoch true,", " while zabState not DISCOVERY.")))) break or313
          const $n314 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at315) => true))
          if ($n314 === null) break or313
          $k296($n314)
        }
      }
      or316: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:819:18)
        if (!(!T.bool(WaitingForNewEpoch(i, sid_connecting())))) break or316
        Reply_act($s, $n, ($n317: T.Partial): void => {
          const $n318 = T.bindEach($n317, [[V.tempMaxEpoch, $s.tempMaxEpoch], [V.connecting, $s.connecting], [V.acceptedEpoch, $s.acceptedEpoch], [V.violatedInvariants, $s.violatedInvariants]])
          if ($n318 === null) return
          $k291($n318)
        }, i, j, T.sortedRecord(["mtype", "mzxid"], [LEADERINFO, T.tuple([T.apply($s.acceptedEpoch, i), 0])]))
      }
    }
  }

  /** FollowerProcessLEADERINFO(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 833-878. */
  function FollowerProcessLEADERINFO_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingLEADERINFO($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const newEpoch = T.once((): T.Value => T.apply(T.field(msg(), "mzxid"), 1))
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const epochOk = T.once((): T.Value => (T.int(newEpoch()) >= T.int(T.apply($s.acceptedEpoch, i))))
      const stateOk = T.once((): T.Value => T.eq(T.apply($s.zabState, i), DISCOVERY))
      if (!(T.bool(infoOk()))) return
      const $k319 = ($n320: T.Partial): void => {
        const $n321 = T.bindEach($n320, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.lastSnapshot, $s.lastSnapshot], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.packetsSync, $s.packetsSync], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n321 === null) return
        UpdateRecorder_act($s, $n321, ($n322: T.Partial): void => {
          $k($n322)
        }, T.tuple(["FollowerProcessLEADERINFO", i, j]))
      }
      or323: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:844:21)
        if (!(T.bool(epochOk()))) break or323
        const $k324 = ($n325: T.Partial): void => {
          const $n326 = T.bindEach($n325, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.connectInfo, $s.connectInfo], [V.learners, $s.learners], [V.forwarding, $s.forwarding], [V.electing, $s.electing], [V.connecting, $s.connecting], [V.ackldRecv, $s.ackldRecv]])
          if ($n326 === null) return
          $k319($n326)
        }
        or327: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:845:27)
          if (!(T.bool(stateOk()))) break or327
          const $k328 = ($n329: T.Partial): void => {
            const $n330 = T.bind($n329, V.zabState, T.exceptPath($s.zabState, [i], (_$at331) => SYNCHRONIZATION))
            if ($n330 === null) return
            const $n332 = T.bindEach($n330, [[V.violatedInvariants, $s.violatedInvariants]])
            if ($n332 === null) return
            $k324($n332)
          }
          or333: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:846:33)
            if (!((T.int(newEpoch()) > T.int(T.apply($s.acceptedEpoch, i))))) break or333
            const $n334 = T.bind($n, V.acceptedEpoch, T.exceptPath($s.acceptedEpoch, [i], (_$at335) => newEpoch()))
            if ($n334 === null) break or333
            {
              const epochBytes = T.once((): T.Value => T.apply($s.currentEpoch, i))
              const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mtype", "mzxid"], [epochBytes(), ACKEPOCH, T.field(T.apply($s.lastProcessed, i), "zxid")]))
              Reply_act($s, $n334, ($n336: T.Partial): void => {
                $k328($n336)
              }, i, j, m())
            }
          }
          or337: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:853:33)
            if (!(T.eq(newEpoch(), T.apply($s.acceptedEpoch, i)))) break or337
            {
              const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mtype", "mzxid"], [-1, ACKEPOCH, T.field(T.apply($s.lastProcessed, i), "zxid")]))
              Reply_act($s, $n, ($n338: T.Partial): void => {
                const $n339 = T.bindEach($n338, [[V.acceptedEpoch, $s.acceptedEpoch]])
                if ($n339 === null) return
                $k328($n339)
              }, i, j, m())
            }
          }
        }
        or340: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:861:27)
          if (!(!T.bool(stateOk()))) break or340
          if (!(T.printT(T.concat("Exception: Follower receives LEADERINFO,", " whileZabState not DISCOVERY.")))) break or340
          const $n341 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at342) => true))
          if ($n341 === null) break or340
          Discard_act($s, $n341, ($n343: T.Partial): void => {
            const $n344 = T.bindEach($n343, [[V.acceptedEpoch, $s.acceptedEpoch], [V.zabState, $s.zabState]])
            if ($n344 === null) return
            $k324($n344)
          }, j, i)
        }
      }
      or345: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:870:21)
        if (!(!T.bool(epochOk()))) break or345
        FollowerShutdown_act($s, $n, ($n346: T.Partial): void => {
          Clean_act($s, $n346, ($n347: T.Partial): void => {
            RemoveLearner_act($s, $n347, ($n348: T.Partial): void => {
              const $n349 = T.bindEach($n348, [[V.acceptedEpoch, $s.acceptedEpoch], [V.violatedInvariants, $s.violatedInvariants]])
              if ($n349 === null) return
              $k319($n349)
            }, T.field(T.apply($s.connectInfo, i), "sid"), i)
          }, i, T.field(T.apply($s.connectInfo, i), "sid"))
        }, i)
      }
    }
  }

  /** LeaderProcessACKEPOCH(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1108-1180. */
  function LeaderProcessACKEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACKEPOCH($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
      const leaderStateSummary = T.once((): T.Value => T.sortedRecord(["currentEpoch", "lastZxid"], [T.apply($s.currentEpoch, i), T.field(T.apply($s.lastProcessed, i), "zxid")]))
      const followerStateSummary = T.once((): T.Value => T.sortedRecord(["currentEpoch", "lastZxid"], [T.field(msg(), "mepoch"), T.field(msg(), "mzxid")]))
      const logOk = T.once((): T.Value => !T.bool(IsMoreRecentThan(followerStateSummary(), leaderStateSummary())))
      const electing_quorum = T.once((): T.Value => T.filter(T.apply($s.electing, i), (e) => T.eq(T.field(e, "inQuorum"), true)))
      const sid_electing = T.once((): T.Value => T.map(electing_quorum(), (s) => T.field(s, "sid")))
      if (!(T.bool(infoOk()))) return
      const $k350 = ($n351: T.Partial): void => {
        const $n352 = T.bindEach($n351, [[V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.connecting, $s.connecting], [V.ackldRecv, $s.ackldRecv], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n352 === null) return
        UpdateRecorder_act($s, $n352, ($n353: T.Partial): void => {
          $k($n353)
        }, T.tuple(["LeaderProcessACKEPOCH", i, j]))
      }
      or354: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1128:21)
        if (!(T.bool(ElectionFinished(i, sid_electing())))) break or354
        const $n355 = T.bind($n, V.electing, T.exceptPath($s.electing, [i], ($at356) => UpdateElecting($at356, j, T.field(msg(), "mzxid"), false)))
        if ($n355 === null) break or354
        Discard_act($s, $n355, ($n357: T.Partial): void => {
          const $n358 = T.bindEach($n357, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.zabState, $s.zabState], [V.forwarding, $s.forwarding], [V.connectInfo, $s.connectInfo], [V.learners, $s.learners], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants]])
          if ($n358 === null) return
          $k350($n358)
        }, j, i)
      }
      or359: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1133:21)
        if (!(!T.bool(ElectionFinished(i, sid_electing())))) break or359
        const $k360 = ($n361: T.Partial): void => {
          const $k362 = ($n363: T.Partial): void => {
            $k350($n363)
          }
          or364: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1141:27)
            if (!(T.eq(T.field(followerStateSummary(), "currentEpoch"), -1))) break or364
            const $n365 = T.bind($n361, V.electing, T.exceptPath($s.electing, [i], ($at366) => UpdateElecting($at366, j, T.field(msg(), "mzxid"), false)))
            if ($n365 === null) break or364
            Discard_act($s, $n365, ($n367: T.Partial): void => {
              const $n368 = T.bindEach($n367, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.zabState, $s.zabState], [V.forwarding, $s.forwarding], [V.connectInfo, $s.connectInfo], [V.learners, $s.learners], [V.epochLeader, $s.epochLeader]])
              if ($n368 === null) return
              $k362($n368)
            }, j, i)
          }
          or369: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1147:27)
            if (!((T.int(T.field(followerStateSummary(), "currentEpoch")) > -1))) break or369
            const $k370 = ($n371: T.Partial): void => {
              $k362($n371)
            }
            or372: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1149:33)
              if (!(T.bool(logOk()))) break or372
              const $n373 = T.bind($n361, V.electing, T.exceptPath($s.electing, [i], ($at374) => UpdateElecting($at374, j, T.field(msg(), "mzxid"), true)))
              if ($n373 === null) break or372
              {
                const new_electing_quorum = T.once((): T.Value => T.filter(T.apply(T.primed($n373, V.electing, "electing"), i), (e) => T.eq(T.field(e, "inQuorum"), true)))
                const new_sid_electing = T.once((): T.Value => T.map(new_electing_quorum(), (s) => T.field(s, "sid")))
                const $k375 = ($n376: T.Partial): void => {
                  Discard_act($s, $n376, ($n377: T.Partial): void => {
                    const $n378 = T.bindEach($n377, [[V.state, $s.state], [V.lastProcessed, $s.lastProcessed], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.connectInfo, $s.connectInfo], [V.learners, $s.learners], [V.history, $s.history], [V.forwarding, $s.forwarding]])
                    if ($n378 === null) return
                    $k370($n378)
                  }, j, i)
                }
                or379: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1157:39)
                  if (!(T.bool(ElectionFinished(i, new_sid_electing())))) break or379
                  LeaderTurnToSynchronization_act($s, $n373, ($n380: T.Partial): void => {
                    {
                      const newLeaderEpoch = T.once((): T.Value => T.apply($s.acceptedEpoch, i))
                      const $n381 = T.bind($n380, V.epochLeader, T.exceptPath($s.epochLeader, [newLeaderEpoch()], ($at382) => T.union($at382, T.setOf([i]))))
                      if ($n381 === null) return
                      $k375($n381)
                    }
                  }, i)
                }
                or383: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1163:39)
                  if (!(!T.bool(ElectionFinished(i, new_sid_electing())))) break or383
                  const $n384 = T.bindEach($n373, [[V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.epochLeader, $s.epochLeader]])
                  if ($n384 === null) break or383
                  $k375($n384)
                }
              }
            }
            or385: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1169:33)
              if (!(!T.bool(logOk()))) break or385
              LeaderShutdown_act($s, $n361, ($n386: T.Partial): void => {
                const $n387 = T.bindEach($n386, [[V.electing, $s.electing], [V.epochLeader, $s.epochLeader]])
                if ($n387 === null) return
                $k370($n387)
              }, i)
            }
          }
        }
        or388: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1134:27)
          if (!(T.eq(T.apply($s.zabState, i), DISCOVERY))) break or388
          const $n389 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n389 === null) break or388
          $k360($n389)
        }
        or390: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1136:27)
          if (!(!T.eq(T.apply($s.zabState, i), DISCOVERY))) break or390
          if (!(T.printT(T.concat("Exception: electionFinished false,", " while zabState not DISCOVERY.")))) break or390
          const $n391 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at392) => true))
          if ($n391 === null) break or390
          $k360($n391)
        }
      }
    }
  }

  /** LeaderSyncFollower(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1180-1204. */
  function LeaderSyncFollower_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    {
      const electing_quorum = T.once((): T.Value => T.filter(T.apply($s.electing, i), (e) => T.eq(T.field(e, "inQuorum"), true)))
      const electionFinished = T.once((): T.Value => ElectionFinished(i, T.map(electing_quorum(), (s) => T.field(s, "sid"))))
      const toSync = T.once((): T.Value => T.filter(T.apply($s.electing, i), (s) => (!T.bool(ZxidEqual(T.field(s, "peerLastZxid"), T.tuple([-1, -1]))) && T.isIn(T.field(s, "sid"), T.apply($s.learners, i)))))
      const canSync = T.once((): T.Value => !T.eq(toSync(), T.setOf([])))
      if (!(T.bool(electionFinished()))) return
      if (!(T.bool(canSync()))) return
      const $k393 = ($n394: T.Partial): void => {
        {
          const chosen = T.once((): T.Value => T.choose(toSync(), (s) => T.eq(T.field(s, "sid"), j), "tla/specs/ZkV3_7_0.tla:1192:29"))
          const newChosen = T.once((): T.Value => T.sortedRecord(["inQuorum", "peerLastZxid", "sid"], [T.field(chosen(), "inQuorum"), T.tuple([-1, -1]), T.field(chosen(), "sid")]))
          SyncFollower_act($s, $n394, ($n395: T.Partial): void => {
            const $n396 = T.bind($n395, V.electing, T.exceptPath($s.electing, [i], ($at397) => T.union(T.minus($at397, T.setOf([chosen()])), T.setOf([newChosen()]))))
            if ($n396 === null) return
            const $n398 = T.bindEach($n396, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.initialHistory, $s.initialHistory], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.ackldRecv, $s.ackldRecv], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.lastSnapshot, $s.lastSnapshot], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
            if ($n398 === null) return
            UpdateRecorder_act($s, $n398, ($n399: T.Partial): void => {
              $k($n399)
            }, T.tuple(["LeaderSyncFollower", i, j]))
          }, i, T.field(chosen(), "sid"), T.field(chosen(), "peerLastZxid"), false)
        }
      }
      for (const s of T.elems(toSync())) {
        if (!(T.eq(T.field(s, "sid"), j))) continue
        $k393($n)
      }
    }
  }

  /** FollowerProcessSyncMessage(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1209-1272. */
  function FollowerProcessSyncMessage_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])))) return
    const $k400 = ($n401: T.Partial): void => {
      {
        const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
        const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
        const stateOk = T.once((): T.Value => T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))
        if (!(T.bool(infoOk()))) return
        const $k402 = ($n403: T.Partial): void => {
          Discard_act($s, $n403, ($n404: T.Partial): void => {
            const $n405 = T.bindEach($n404, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.packetsSync, $s.packetsSync], [V.lastSnapshot, $s.lastSnapshot], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
            if ($n405 === null) return
            UpdateRecorder_act($s, $n405, ($n406: T.Partial): void => {
              $k($n406)
            }, T.tuple(["FollowerProcessSyncMessage", i, j]))
          }, j, i)
        }
        or407: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1221:21)
          if (!(!T.bool(stateOk()))) break or407
          if (!(T.printT(T.concat("Exception: Follower receives DIFF/TRUNC/SNAP,", " whileZabState not SYNCHRONIZATION.")))) break or407
          const $n408 = T.bind($n401, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at409) => true))
          if ($n408 === null) break or407
          const $n410 = T.bindEach($n408, [[V.history, $s.history], [V.initialHistory, $s.initialHistory], [V.lastProcessed, $s.lastProcessed], [V.lastCommitted, $s.lastCommitted], [V.connectInfo, $s.connectInfo]])
          if ($n410 === null) break or407
          $k402($n410)
        }
        or411: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1226:21)
          if (!(T.bool(stateOk()))) break or411
          const $k412 = ($n413: T.Partial): void => {
            $k402($n413)
          }
          or414: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1227:27)
            if (!(T.eq(T.field(msg(), "mtype"), DIFF))) break or414
            const $n415 = T.bind($n401, V.connectInfo, T.exceptPath($s.connectInfo, [i, "syncMode"], (_$at416) => DIFF))
            if ($n415 === null) break or414
            const $n417 = T.bindEach($n415, [[V.history, $s.history], [V.initialHistory, $s.initialHistory], [V.lastProcessed, $s.lastProcessed], [V.lastCommitted, $s.lastCommitted], [V.violatedInvariants, $s.violatedInvariants]])
            if ($n417 === null) break or414
            $k412($n417)
          }
          or418: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1231:27)
            if (!(T.eq(T.field(msg(), "mtype"), TRUNC))) break or418
            const $n419 = T.bind($n401, V.connectInfo, T.exceptPath($s.connectInfo, [i, "syncMode"], (_$at420) => TRUNC))
            if ($n419 === null) break or418
            {
              const truncZxid = T.once((): T.Value => T.field(msg(), "mtruncZxid"))
              const truncIndex = T.once((): T.Value => ZxidToIndex(T.apply($s.history, i), truncZxid()))
              const truncOk = T.once((): T.Value => ((T.int(truncIndex()) >= T.int(T.field(T.apply($s.lastCommitted, i), "index"))) && (T.int(truncIndex()) <= T.len(T.apply($s.history, i)))))
              const $k421 = ($n422: T.Partial): void => {
                $k412($n422)
              }
              or423: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1238:33)
                if (!(!T.bool(truncOk()))) break or423
                if (!(T.printT("Exception: TRUNC error."))) break or423
                const $n424 = T.bind($n419, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["proposalInconsistent"], (_$at425) => true))
                if ($n424 === null) break or423
                const $n426 = T.bindEach($n424, [[V.history, $s.history], [V.initialHistory, $s.initialHistory], [V.lastProcessed, $s.lastProcessed], [V.lastCommitted, $s.lastCommitted]])
                if ($n426 === null) break or423
                $k421($n426)
              }
              or427: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1243:33)
                if (!(T.bool(truncOk()))) break or427
                const $n428 = T.bind($n419, V.history, T.exceptPath($s.history, [i], (_$at429) => TruncateLog(T.apply($s.history, i), truncIndex())))
                if ($n428 === null) break or427
                const $n430 = T.bind($n428, V.initialHistory, T.exceptPath($s.initialHistory, [i], (_$at431) => T.apply(T.primed($n428, V.history, "history"), i)))
                if ($n430 === null) break or427
                const $n432 = T.bind($n430, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at433) => T.sortedRecord(["index", "zxid"], [truncIndex(), truncZxid()])))
                if ($n432 === null) break or427
                const $n434 = T.bind($n432, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at435) => T.sortedRecord(["index", "zxid"], [truncIndex(), truncZxid()])))
                if ($n434 === null) break or427
                const $n436 = T.bindEach($n434, [[V.violatedInvariants, $s.violatedInvariants]])
                if ($n436 === null) break or427
                $k421($n436)
              }
            }
          }
          or437: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1254:27)
            if (!(T.eq(T.field(msg(), "mtype"), SNAP))) break or437
            const $n438 = T.bind($n401, V.connectInfo, T.exceptPath($s.connectInfo, [i, "syncMode"], (_$at439) => SNAP))
            if ($n438 === null) break or437
            const $n440 = T.bind($n438, V.history, T.exceptPath($s.history, [i], (_$at441) => T.field(msg(), "msnapshot")))
            if ($n440 === null) break or437
            const $n442 = T.bind($n440, V.initialHistory, T.exceptPath($s.initialHistory, [i], (_$at443) => T.apply(T.primed($n440, V.history, "history"), i)))
            if ($n442 === null) break or437
            const $n444 = T.bind($n442, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at445) => T.sortedRecord(["index", "zxid"], [T.len(T.apply(T.primed($n442, V.history, "history"), i)), T.field(msg(), "msnapZxid")])))
            if ($n444 === null) break or437
            const $n446 = T.bind($n444, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at447) => T.sortedRecord(["index", "zxid"], [T.len(T.apply(T.primed($n444, V.history, "history"), i)), T.field(msg(), "msnapZxid")])))
            if ($n446 === null) break or437
            const $n448 = T.bindEach($n446, [[V.violatedInvariants, $s.violatedInvariants]])
            if ($n448 === null) break or437
            $k412($n448)
          }
        }
      }
    }
    or449: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1213:15)
      if (!(T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), DIFF))) break or449
      $k400($n)
    }
    or450: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1214:15)
      if (!(T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), TRUNC))) break or450
      $k400($n)
    }
    or451: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1215:15)
      if (!(T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), SNAP))) break or451
      $k400($n)
    }
  }

  /** FollowerProcessPROPOSALInSync(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1309-1336. */
  function FollowerProcessPROPOSALInSync_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingPROPOSAL($s, i, j)))) return
    if (!(T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const isNext = T.once((): T.Value => IsNextZxid(T.field(LastQueued($s, i), "zxid"), T.field(msg(), "mzxid")))
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.setOf([]), T.apply($s.acceptedEpoch, i), T.field(msg(), "mdata"), T.field(msg(), "mzxid")]))
      if (!(T.bool(infoOk()))) return
      const $k452 = ($n453: T.Partial): void => {
        Discard_act($s, $n453, ($n454: T.Partial): void => {
          const $n455 = T.bindEach($n454, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.connectInfo, $s.connectInfo], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
          if ($n455 === null) return
          UpdateRecorder_act($s, $n455, ($n456: T.Partial): void => {
            $k($n456)
          }, T.tuple(["FollowerProcessPROPOSALInSync", i, j]))
        }, j, i)
      }
      or457: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1322:21)
        IsNextZxid_act($s, $n, ($n458: T.Partial): void => {
          const $n459 = T.bind($n458, V.packetsSync, T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at460) => T.append(T.field(T.apply($s.packetsSync, i), "notCommitted"), newTxn())))
          if ($n459 === null) return
          $k452($n459)
        }, T.field(LastQueued($s, i), "zxid"), T.field(msg(), "mzxid"))
      }
      or461: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1325:21)
        if (!(!T.bool(isNext()))) break or461
        if (!(T.printT(T.concat("Warn: Follower receives PROPOSAL,", " while zxid != lastQueued + 1.")))) break or461
        const $n462 = T.bindEach($n, [[V.packetsSync, $s.packetsSync]])
        if ($n462 === null) break or461
        $k452($n462)
      }
    }
  }

  /** FollowerProcessCOMMITInSync(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1383-1435. */
  function FollowerProcessCOMMITInSync_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingCOMMIT($s, i, j)))) return
    if (!(T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const committedIndex = T.once((): T.Value => (T.int(T.field(LastCommitted($s, i), "index")) + 1))
      const exist = T.once((): T.Value => ((T.int(committedIndex()) <= T.int(T.field(LastQueued($s, i), "index"))) && T.bool(IsNextZxid(T.field(LastCommitted($s, i), "zxid"), T.field(msg(), "mzxid")))))
      const match = T.once((): T.Value => ZxidEqual(T.field(msg(), "mzxid"), T.field(TxnWithIndex($s, i, committedIndex()), "zxid")))
      if (!(T.bool(infoOk()))) return
      const $k463 = ($n464: T.Partial): void => {
        Discard_act($s, $n464, ($n465: T.Partial): void => {
          const $n466 = T.bindEach($n465, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.connectInfo, $s.connectInfo], [V.epochLeader, $s.epochLeader], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
          if ($n466 === null) return
          UpdateRecorder_act($s, $n466, ($n467: T.Partial): void => {
            $k($n467)
          }, T.tuple(["FollowerProcessCOMMITInSync", i, j]))
        }, j, i)
      }
      or468: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1395:21)
        if (!((T.int(committedIndex()) <= T.int(T.field(LastQueued($s, i), "index"))))) break or468
        IsNextZxid_act($s, $n, ($n469: T.Partial): void => {
          const $k470 = ($n471: T.Partial): void => {
            $k463($n471)
          }
          or472: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1396:27)
            if (!(T.bool(match()))) break or472
            {
              const writeToTxnLog = T.once((): T.Value => WriteToTxnLog($s, i))
              const $k473 = ($n474: T.Partial): void => {
                const $n475 = T.bindEach($n474, [[V.violatedInvariants, $s.violatedInvariants]])
                if ($n475 === null) return
                $k470($n475)
              }
              or476: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1399:33)
                if (!(!T.bool(writeToTxnLog()))) break or476
                {
                  const committedTxn = T.once((): T.Value => T.apply(T.field(T.apply($s.packetsSync, i), "notCommitted"), 1))
                  const $n477 = T.bind($n469, V.history, T.exceptPath($s.history, [i], ($at478) => T.append($at478, committedTxn())))
                  if ($n477 === null) break or476
                  const $n479 = T.bind($n477, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at480) => T.sortedRecord(["index", "zxid"], [T.len(T.apply(T.primed($n477, V.history, "history"), i)), T.field(committedTxn(), "zxid")])))
                  if ($n479 === null) break or476
                  const $n481 = T.bind($n479, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at482) => T.apply(T.primed($n479, V.lastCommitted, "lastCommitted"), i)))
                  if ($n481 === null) break or476
                  const $n483 = T.bind($n481, V.packetsSync, T.exceptPath($s.packetsSync, [i, "notCommitted"], ($at484) => T.tail($at484)))
                  if ($n483 === null) break or476
                  $k473($n483)
                }
              }
              or485: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1411:33)
                if (!(T.bool(writeToTxnLog()))) break or485
                const $n486 = T.bind($n469, V.packetsSync, T.exceptPath($s.packetsSync, [i, "committed"], (_$at487) => T.append(T.field(T.apply($s.packetsSync, i), "committed"), T.field(msg(), "mzxid"))))
                if ($n486 === null) break or485
                const $n488 = T.bindEach($n486, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
                if ($n488 === null) break or485
                $k473($n488)
              }
            }
          }
          or489: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1416:27)
            if (!(!T.bool(match()))) break or489
            if (!(T.printT(T.concat("Warn: Follower receives COMMIT,", " but zxid not the next committed zxid in COMMIT.")))) break or489
            const $n490 = T.bind($n469, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at491) => true))
            if ($n490 === null) break or489
            const $n492 = T.bindEach($n490, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed], [V.packetsSync, $s.packetsSync]])
            if ($n492 === null) break or489
            $k470($n492)
          }
        }, T.field(LastCommitted($s, i), "zxid"), T.field(msg(), "mzxid"))
      }
      or493: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1422:21)
        if (!(!T.bool(exist()))) break or493
        if (!(T.printT(T.concat("Warn: Follower receives COMMIT,", " but no packets with its zxid exists.")))) break or493
        const $n494 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at495) => true))
        if ($n494 === null) break or493
        const $n496 = T.bindEach($n494, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed], [V.packetsSync, $s.packetsSync]])
        if ($n496 === null) break or493
        $k463($n496)
      }
    }
  }

  /** FollowerProcessNEWLEADER(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1465-1493. */
  function FollowerProcessNEWLEADER_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingNEWLEADER($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const packetsInSync = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "notCommitted"))
      const m_ackld = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [ACKLD, T.field(msg(), "mzxid")]))
      const ms_ack = T.once((): T.Value => ACKInBatches(T.tuple([]), packetsInSync()))
      const queue_toSend = T.once((): T.Value => T.concat(T.tuple([m_ackld()]), ms_ack()))
      if (!(T.bool(infoOk()))) return
      const $n497 = T.bind($n, V.currentEpoch, T.exceptPath($s.currentEpoch, [i], (_$at498) => T.apply($s.acceptedEpoch, i)))
      if ($n497 === null) return
      const $n499 = T.bind($n497, V.history, T.exceptPath($s.history, [i], ($at500) => T.concat($at500, packetsInSync())))
      if ($n499 === null) return
      const $n501 = T.bind($n499, V.packetsSync, T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at502) => T.tuple([])))
      if ($n501 === null) return
      const $n503 = T.bind($n501, V.connectInfo, T.exceptPath(T.exceptPath($s.connectInfo, [i, "nlRcv"], (_$at504) => true), [i, "syncMode"], (_$at505) => NONE))
      if ($n503 === null) return
      const $k506 = ($n507: T.Partial): void => {
        DiscardAndSendPackets_act($s, $n507, ($n508: T.Partial): void => {
          const $n509 = T.bindEach($n508, [[V.state, $s.state], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
          if ($n509 === null) return
          UpdateRecorder_act($s, $n509, ($n510: T.Partial): void => {
            $k($n510)
          }, T.tuple(["FollowerProcessNEWLEADER", i, j]))
        }, i, j, queue_toSend())
      }
      or511: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1482:21)
        SnapshotNeeded_act($s, $n503, ($n512: T.Partial): void => {
          TakeSnapshot_act($s, $n512, ($n513: T.Partial): void => {
            $k506($n513)
          }, i)
        }, i)
      }
      or514: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1484:21)
        if (!(!T.bool(SnapshotNeeded($s, i)))) break or514
        const $n515 = T.bindEach($n503, [[V.lastSnapshot, $s.lastSnapshot], [V.violatedInvariants, $s.violatedInvariants]])
        if ($n515 === null) break or514
        $k506($n515)
      }
    }
  }

  /** LeaderProcessACKLD(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1512-1558. */
  function LeaderProcessACKLD_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACKLD($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
      const match = T.once((): T.Value => ZxidEqual(T.field(msg(), "mzxid"), T.tuple([T.apply($s.acceptedEpoch, i), 0])))
      const currentZxid = T.once((): T.Value => T.tuple([T.apply($s.acceptedEpoch, i), 0]))
      const m_uptodate = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [UPTODATE, currentZxid()]))
      const sid_ackldRecv = T.once((): T.Value => T.map(T.apply($s.ackldRecv, i), (a) => T.field(a, "sid")))
      if (!(T.bool(infoOk()))) return
      const $k516 = ($n517: T.Partial): void => {
        const $n518 = T.bindEach($n517, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n518 === null) return
        UpdateRecorder_act($s, $n518, ($n519: T.Partial): void => {
          $k($n519)
        }, T.tuple(["LeaderProcessACKLD", i, j]))
      }
      or520: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1525:21)
        if (!(T.bool(QuorumFormed(i, sid_ackldRecv())))) break or520
        Reply_act($s, $n, ($n521: T.Partial): void => {
          const $n522 = T.bindEach($n521, [[V.ackldRecv, $s.ackldRecv], [V.zabState, $s.zabState], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed], [V.lastSnapshot, $s.lastSnapshot], [V.currentVote, $s.currentVote], [V.violatedInvariants, $s.violatedInvariants]])
          if ($n522 === null) return
          $k516($n522)
        }, i, j, m_uptodate())
      }
      or523: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1529:21)
        if (!(!T.bool(QuorumFormed(i, sid_ackldRecv())))) break or523
        const $k524 = ($n525: T.Partial): void => {
          $k516($n525)
        }
        or526: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1530:27)
          if (!(T.bool(match()))) break or526
          const $n527 = T.bind($n, V.ackldRecv, T.exceptPath($s.ackldRecv, [i], ($at528) => UpdateConnectingOrAckldRecv($at528, j)))
          if ($n527 === null) break or526
          {
            const new_sid_ackldRecv = T.once((): T.Value => T.map(T.apply(T.primed($n527, V.ackldRecv, "ackldRecv"), i), (a) => T.field(a, "sid")))
            const $k529 = ($n530: T.Partial): void => {
              const $n531 = T.bindEach($n530, [[V.violatedInvariants, $s.violatedInvariants]])
              if ($n531 === null) return
              $k524($n531)
            }
            or532: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1536:33)
              if (!(T.bool(QuorumFormed(i, new_sid_ackldRecv())))) break or532
              LeaderTurnToBroadcast_act($s, $n527, ($n533: T.Partial): void => {
                DiscardAndBroadcastUPTODATE_act($s, $n533, ($n534: T.Partial): void => {
                  $k529($n534)
                }, i, j, m_uptodate())
              }, i)
            }
            or535: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1540:33)
              if (!(!T.bool(QuorumFormed(i, new_sid_ackldRecv())))) break or535
              Discard_act($s, $n527, ($n536: T.Partial): void => {
                const $n537 = T.bindEach($n536, [[V.zabState, $s.zabState], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed], [V.lastSnapshot, $s.lastSnapshot], [V.currentVote, $s.currentVote]])
                if ($n537 === null) return
                $k529($n537)
              }, j, i)
            }
          }
        }
        or538: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1545:27)
          if (!(!T.bool(match()))) break or538
          if (!(T.printT("Exception: NEWLEADER ACK is from a different epoch. "))) break or538
          const $n539 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["ackInconsistent"], (_$at540) => true))
          if ($n539 === null) break or538
          Discard_act($s, $n539, ($n541: T.Partial): void => {
            const $n542 = T.bindEach($n541, [[V.ackldRecv, $s.ackldRecv], [V.zabState, $s.zabState], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.lastProcessed, $s.lastProcessed], [V.currentVote, $s.currentVote]])
            if ($n542 === null) return
            $k524($n542)
          }, j, i)
        }
      }
    }
  }

  /** FollowerProcessUPTODATE(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1630-1650. */
  function FollowerProcessUPTODATE_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingUPTODATE($s, i, j)))) return
    {
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const packetsNotCommitted = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "notCommitted"))
      const ms_ack = T.once((): T.Value => ACKInBatches(T.tuple([]), packetsNotCommitted()))
      if (!(T.bool(infoOk()))) return
      UpdateElectionVote_act($s, $n, ($n543: T.Partial): void => {
        FollowerLogRequestInBatches_act($s, $n543, ($n544: T.Partial): void => {
          FollowerCommitInBatches_act($s, $n544, ($n545: T.Partial): void => {
            const $n546 = T.bind($n545, V.packetsSync, T.exceptPath(T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at547) => T.tuple([])), [i, "committed"], (_$at548) => T.tuple([])))
            if ($n546 === null) return
            const $n549 = T.bind($n546, V.zabState, T.exceptPath($s.zabState, [i], (_$at550) => BROADCAST))
            if ($n549 === null) return
            const $n551 = T.bindEach($n549, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.acceptedEpoch, $s.acceptedEpoch], [V.logicalClock, $s.logicalClock], [V.lastSnapshot, $s.lastSnapshot], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.status, $s.status], [V.partition, $s.partition], [V.initialHistory, $s.initialHistory], [V.connectInfo, $s.connectInfo], [V.epochLeader, $s.epochLeader], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.electionMsgs, $s.electionMsgs]])
            if ($n551 === null) return
            UpdateRecorder_act($s, $n551, ($n552: T.Partial): void => {
              $k($n552)
            }, T.tuple(["FollowerProcessUPTODATE", i, j]))
          }, i)
        }, i, j, ms_ack(), packetsNotCommitted())
      }, i, T.apply($s.acceptedEpoch, i))
    }
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
      const $n553 = T.bind($n, V.history, T.exceptPath($s.history, [i], ($at554) => T.append($at554, newTxn())))
      if ($n553 === null) return
      const $k555 = ($n556: T.Partial): void => {
        Broadcast_act($s, $n556, ($n557: T.Partial): void => {
          const $n558 = T.bind($n557, V.proposalMsgsLog, T.union($s.proposalMsgsLog, T.setOf([m_proposal_for_checking()])))
          if ($n558 === null) return
          const $n559 = T.bindEach($n558, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.initialHistory, $s.initialHistory], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
          if ($n559 === null) return
          UpdateRecorder_act($s, $n559, ($n560: T.Partial): void => {
            $k($n560)
          }, T.tuple(["LeaderProcessRequest", i]))
        }, i, m_proposal())
      }
      or561: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1684:21)
        if (!(T.bool(ShouldSnapshot($s, i)))) break or561
        TakeSnapshot_act($s, $n553, ($n562: T.Partial): void => {
          $k555($n562)
        }, i)
      }
      or563: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1686:21)
        if (!(!T.bool(ShouldSnapshot($s, i)))) break or563
        const $n564 = T.bindEach($n553, [[V.lastSnapshot, $s.lastSnapshot], [V.violatedInvariants, $s.violatedInvariants]])
        if ($n564 === null) break or563
        $k555($n564)
      }
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
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const isNext = T.once((): T.Value => IsNextZxid(T.field(LastQueued($s, i), "zxid"), T.field(msg(), "mzxid")))
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.setOf([]), T.apply($s.acceptedEpoch, i), T.field(msg(), "mdata"), T.field(msg(), "mzxid")]))
      const m_ack = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [ACK, T.field(msg(), "mzxid")]))
      if (!(T.bool(infoOk()))) return
      const $k565 = ($n566: T.Partial): void => {
        const $n567 = T.bindEach($n566, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.initialHistory, $s.initialHistory], [V.epochLeader, $s.epochLeader], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n567 === null) return
        UpdateRecorder_act($s, $n567, ($n568: T.Partial): void => {
          $k($n568)
        }, T.tuple(["FollowerProcessPROPOSAL", i, j]))
      }
      or569: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1712:20)
        IsNextZxid_act($s, $n, ($n570: T.Partial): void => {
          const $n571 = T.bind($n570, V.history, T.exceptPath($s.history, [i], ($at572) => T.append($at572, newTxn())))
          if ($n571 === null) return
          const $k573 = ($n574: T.Partial): void => {
            Reply_act($s, $n574, ($n575: T.Partial): void => {
              $k565($n575)
            }, i, j, m_ack())
          }
          or576: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1714:26)
            if (!(T.bool(ShouldSnapshot($s, i)))) break or576
            TakeSnapshot_act($s, $n571, ($n577: T.Partial): void => {
              $k573($n577)
            }, i)
          }
          or578: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1716:26)
            if (!(!T.bool(ShouldSnapshot($s, i)))) break or578
            const $n579 = T.bindEach($n571, [[V.lastSnapshot, $s.lastSnapshot], [V.violatedInvariants, $s.violatedInvariants]])
            if ($n579 === null) break or578
            $k573($n579)
          }
        }, T.field(LastQueued($s, i), "zxid"), T.field(msg(), "mzxid"))
      }
      or580: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1719:20)
        if (!(!T.bool(isNext()))) break or580
        if (!(T.printT(T.concat("Exception: Follower receives PROPOSAL, while", " the transaction is not the next.")))) break or580
        const $n581 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["proposalInconsistent"], (_$at582) => true))
        if ($n581 === null) break or580
        const $n583 = T.bindEach($n581, [[V.history, $s.history], [V.lastSnapshot, $s.lastSnapshot], [V.msgs, $s.msgs]])
        if ($n583 === null) break or580
        $k565($n583)
      }
    }
  }

  /** LeaderProcessACK(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1782-1833. */
  function LeaderProcessACK_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACK($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
      const outstanding = T.once((): T.Value => (T.int(T.field(LastCommitted($s, i), "index")) < T.int(T.field(LastProposed($s, i), "index"))))
      const hasCommitted = T.once((): T.Value => !T.bool(ZxidCompare(T.field(msg(), "mzxid"), T.field(LastCommitted($s, i), "zxid"))))
      const index = T.once((): T.Value => ZxidToIndex(T.apply($s.history, i), T.field(msg(), "mzxid")))
      const exist = T.once((): T.Value => ((T.int(index()) >= 1) && (T.int(index()) <= T.int(T.field(LastProposed($s, i), "index")))))
      const ackIndex = T.once((): T.Value => LastAckIndexFromFollower($s, i, j))
      const monotonicallyInc = T.once((): T.Value => (T.eq(ackIndex(), -1) || T.eq((T.int(ackIndex()) + 1), index())))
      if (!(T.bool(infoOk()))) return
      const $k584 = ($n585: T.Partial): void => {
        const $n586 = T.bindEach($n585, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.lastSnapshot, $s.lastSnapshot], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n586 === null) return
        UpdateRecorder_act($s, $n586, ($n587: T.Partial): void => {
          $k($n587)
        }, T.tuple(["LeaderProcessACK", i, j]))
      }
      or588: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1800:21)
        if (!(T.bool(exist()))) break or588
        const $k589 = ($n590: T.Partial): void => {
          {
            const txn = T.once((): T.Value => T.apply(T.apply($s.history, i), index()))
            const txnAfterAddAck = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.union(T.field(txn(), "ackSid"), T.setOf([j])), T.field(txn(), "epoch"), T.field(txn(), "value"), T.field(txn(), "zxid")]))
            const $n591 = T.bind($n590, V.history, T.exceptPath($s.history, [i, index()], (_$at592) => txnAfterAddAck()))
            if ($n591 === null) return
            const $k593 = ($n594: T.Partial): void => {
              $k584($n594)
            }
            or595: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1809:30)
              const $k596 = ($n597: T.Partial): void => {
                Discard_act($s, $n597, ($n598: T.Partial): void => {
                  const $n599 = T.bindEach($n598, [[V.violatedInvariants, $s.violatedInvariants], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
                  if ($n599 === null) return
                  $k593($n599)
                }, j, i)
              }
              or600: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1811:36)
                if (!(!T.bool(outstanding()))) break or600
                $k596($n591)
              }
              or601: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1812:36)
                if (!(T.bool(hasCommitted()))) break or601
                $k596($n591)
              }
            }
            or602: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1815:30)
              if (!(T.bool(outstanding()))) break or602
              if (!(!T.bool(hasCommitted()))) break or602
              LeaderTryToCommit_act($s, $n591, ($n603: T.Partial): void => {
                $k593($n603)
              }, i, index(), T.field(msg(), "mzxid"), txnAfterAddAck(), j)
            }
          }
        }
        or604: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1796:39)
          if (!(T.eq(ackIndex(), -1))) break or604
          $k589($n)
        }
        or605: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1797:39)
          if (!(T.eq((T.int(ackIndex()) + 1), index()))) break or605
          $k589($n)
        }
      }
      or606: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1818:21)
        const $k607 = ($n608: T.Partial): void => {
          if (!(T.printT(T.concat("Exception: No such zxid. ", " / ackIndex doesn't inc monotonically.")))) return
          const $n609 = T.bind($n608, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["ackInconsistent"], (_$at610) => true))
          if ($n609 === null) return
          Discard_act($s, $n609, ($n611: T.Partial): void => {
            const $n612 = T.bindEach($n611, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
            if ($n612 === null) return
            $k584($n612)
          }, j, i)
        }
        or613: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1818:27)
          if (!(!T.bool(exist()))) break or613
          $k607($n)
        }
        or614: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1819:27)
          if (!(!T.bool(monotonicallyInc()))) break or614
          $k607($n)
        }
      }
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
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const pendingTxns = T.once((): T.Value => PendingTxns($s, i))
      const noPending = T.once((): T.Value => (T.len(pendingTxns()) === 0))
      if (!(T.bool(infoOk()))) return
      const $k615 = ($n616: T.Partial): void => {
        Discard_act($s, $n616, ($n617: T.Partial): void => {
          const $n618 = T.bindEach($n617, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.lastSnapshot, $s.lastSnapshot], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
          if ($n618 === null) return
          UpdateRecorder_act($s, $n618, ($n619: T.Partial): void => {
            $k($n619)
          }, T.tuple(["FollowerProcessCOMMIT", i, j]))
        }, j, i)
      }
      or620: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1844:18)
        if (!(T.bool(noPending()))) break or620
        if (!(T.printT("Warn: Committing zxid without seeing txn."))) break or620
        const $n621 = T.bindEach($n, [[V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed], [V.violatedInvariants, $s.violatedInvariants]])
        if ($n621 === null) break or620
        $k615($n621)
      }
      or622: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1847:18)
        if (!(!T.bool(noPending()))) break or622
        {
          const firstElementZxid = T.once((): T.Value => T.field(T.apply(pendingTxns(), 1), "zxid"))
          const match = T.once((): T.Value => ZxidEqual(firstElementZxid(), T.field(msg(), "mzxid")))
          const $k623 = ($n624: T.Partial): void => {
            $k615($n624)
          }
          or625: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1851:24)
            if (!(!T.bool(match()))) break or625
            if (!(T.printT(T.concat("Exception: Committing zxid not equals", " next pending txn zxid.")))) break or625
            const $n626 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at627) => true))
            if ($n626 === null) break or625
            const $n628 = T.bindEach($n626, [[V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
            if ($n628 === null) break or625
            $k623($n628)
          }
          or629: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1857:24)
            if (!(T.bool(match()))) break or629
            const $n630 = T.bind($n, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at631) => T.sortedRecord(["index", "zxid"], [(T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1), firstElementZxid()])))
            if ($n630 === null) break or629
            const $n632 = T.bind($n630, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at633) => T.sortedRecord(["index", "zxid"], [(T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1), firstElementZxid()])))
            if ($n632 === null) break or629
            const $n634 = T.bindEach($n632, [[V.violatedInvariants, $s.violatedInvariants]])
            if ($n634 === null) break or629
            $k623($n634)
          }
        }
      }
    }
  }

  /** FilterNonexistentMessage(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1873-1909. */
  function FilterNonexistentMessage_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $k635 = ($n636: T.Partial): void => {
      const $n637 = T.bind($n636, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["messageIllegal"], (_$at638) => true))
      if ($n637 === null) return
      const $n639 = T.bindEach($n637, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.status, $s.status], [V.partition, $s.partition], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs]])
      if ($n639 === null) return
      UnchangeRecorder_act($s, $n639, ($n640: T.Partial): void => {
        $k($n640)
      })
    }
    for (const j of T.elems(T.minus(Server, T.setOf([i])))) {
      if (!(!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])))) continue
      {
        const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
        const $k641 = ($n642: T.Partial): void => {
          Discard_act($s, $n642, ($n643: T.Partial): void => {
            $k635($n643)
          }, j, i)
        }
        or644: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1877:44)
          if (!(T.bool(IsLeader($s, i)))) break or644
          {
            const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
            const $k645 = ($n646: T.Partial): void => {
              $k641($n646)
            }
            or647: { // disjunct 1 of 6 (tla/specs/ZkV3_7_0.tla:1880:50)
              if (!(T.eq(T.field(msg(), "mtype"), LEADERINFO))) break or647
              $k645($n)
            }
            or648: { // disjunct 2 of 6 (tla/specs/ZkV3_7_0.tla:1881:50)
              if (!(T.eq(T.field(msg(), "mtype"), NEWLEADER))) break or648
              $k645($n)
            }
            or649: { // disjunct 3 of 6 (tla/specs/ZkV3_7_0.tla:1882:50)
              if (!(T.eq(T.field(msg(), "mtype"), UPTODATE))) break or649
              $k645($n)
            }
            or650: { // disjunct 4 of 6 (tla/specs/ZkV3_7_0.tla:1883:50)
              if (!(T.eq(T.field(msg(), "mtype"), PROPOSAL))) break or650
              $k645($n)
            }
            or651: { // disjunct 5 of 6 (tla/specs/ZkV3_7_0.tla:1884:50)
              if (!(T.eq(T.field(msg(), "mtype"), COMMIT))) break or651
              $k645($n)
            }
            or652: { // disjunct 6 of 6 (tla/specs/ZkV3_7_0.tla:1885:50)
              if (!(!T.bool(infoOk()))) break or652
              const $k653 = ($n654: T.Partial): void => {
                $k645($n654)
              }
              or655: { // disjunct 1 of 4 (tla/specs/ZkV3_7_0.tla:1886:56)
                if (!(T.eq(T.field(msg(), "mtype"), FOLLOWERINFO))) break or655
                $k653($n)
              }
              or656: { // disjunct 2 of 4 (tla/specs/ZkV3_7_0.tla:1887:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACKEPOCH))) break or656
                $k653($n)
              }
              or657: { // disjunct 3 of 4 (tla/specs/ZkV3_7_0.tla:1888:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACKLD))) break or657
                $k653($n)
              }
              or658: { // disjunct 4 of 4 (tla/specs/ZkV3_7_0.tla:1889:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACK))) break or658
                $k653($n)
              }
            }
          }
        }
        or659: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1890:44)
          if (!(T.bool(IsFollower($s, i)))) break or659
          {
            const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
            const $k660 = ($n661: T.Partial): void => {
              $k641($n661)
            }
            or662: { // disjunct 1 of 5 (tla/specs/ZkV3_7_0.tla:1893:50)
              if (!(T.eq(T.field(msg(), "mtype"), FOLLOWERINFO))) break or662
              $k660($n)
            }
            or663: { // disjunct 2 of 5 (tla/specs/ZkV3_7_0.tla:1894:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACKEPOCH))) break or663
              $k660($n)
            }
            or664: { // disjunct 3 of 5 (tla/specs/ZkV3_7_0.tla:1895:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACKLD))) break or664
              $k660($n)
            }
            or665: { // disjunct 4 of 5 (tla/specs/ZkV3_7_0.tla:1896:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACK))) break or665
              $k660($n)
            }
            or666: { // disjunct 5 of 5 (tla/specs/ZkV3_7_0.tla:1897:50)
              if (!(!T.bool(infoOk()))) break or666
              const $k667 = ($n668: T.Partial): void => {
                $k660($n668)
              }
              or669: { // disjunct 1 of 5 (tla/specs/ZkV3_7_0.tla:1898:56)
                if (!(T.eq(T.field(msg(), "mtype"), LEADERINFO))) break or669
                $k667($n)
              }
              or670: { // disjunct 2 of 5 (tla/specs/ZkV3_7_0.tla:1899:56)
                if (!(T.eq(T.field(msg(), "mtype"), NEWLEADER))) break or670
                $k667($n)
              }
              or671: { // disjunct 3 of 5 (tla/specs/ZkV3_7_0.tla:1900:56)
                if (!(T.eq(T.field(msg(), "mtype"), UPTODATE))) break or671
                $k667($n)
              }
              or672: { // disjunct 4 of 5 (tla/specs/ZkV3_7_0.tla:1901:56)
                if (!(T.eq(T.field(msg(), "mtype"), PROPOSAL))) break or672
                $k667($n)
              }
              or673: { // disjunct 5 of 5 (tla/specs/ZkV3_7_0.tla:1902:56)
                if (!(T.eq(T.field(msg(), "mtype"), COMMIT))) break or673
                $k667($n)
              }
            }
          }
        }
        or674: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1903:44)
          if (!(T.bool(IsLooking($s, i)))) break or674
          $k641($n)
        }
      }
    }
  }

  /** InitServerVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 459-468. */
  function InitServerVars_init($n: T.Partial, $k: Continue): void {
    InitServerVarsL_init($n, ($n675: T.Partial): void => {
      const $n676 = T.bind($n675, V.zabState, T.fnOver(Server, (_s) => ELECTION))
      if ($n676 === null) return
      const $n677 = T.bind($n676, V.acceptedEpoch, T.fnOver(Server, (_s) => 0))
      if ($n677 === null) return
      const $n678 = T.bind($n677, V.lastCommitted, T.fnOver(Server, (_s) => T.sortedRecord(["index", "zxid"], [0, T.tuple([0, 0])])))
      if ($n678 === null) return
      const $n679 = T.bind($n678, V.lastSnapshot, T.fnOver(Server, (_s) => T.sortedRecord(["index", "zxid"], [0, T.tuple([0, 0])])))
      if ($n679 === null) return
      const $n680 = T.bind($n679, V.initialHistory, T.fnOver(Server, (_s) => T.tuple([])))
      if ($n680 === null) return
      $k($n680)
    })
  }

  /** InitLeaderVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 468-476. */
  function InitLeaderVars_init($n: T.Partial, $k: Continue): void {
    InitLeaderVarsL_init($n, ($n681: T.Partial): void => {
      const $n682 = T.bind($n681, V.learners, T.fnOver(Server, (_s) => T.setOf([])))
      if ($n682 === null) return
      const $n683 = T.bind($n682, V.connecting, T.fnOver(Server, (_s) => T.setOf([])))
      if ($n683 === null) return
      const $n684 = T.bind($n683, V.electing, T.fnOver(Server, (_s) => T.setOf([])))
      if ($n684 === null) return
      const $n685 = T.bind($n684, V.ackldRecv, T.fnOver(Server, (_s) => T.setOf([])))
      if ($n685 === null) return
      const $n686 = T.bind($n685, V.forwarding, T.fnOver(Server, (_s) => T.setOf([])))
      if ($n686 === null) return
      const $n687 = T.bind($n686, V.tempMaxEpoch, T.fnOver(Server, (_s) => 0))
      if ($n687 === null) return
      $k($n687)
    })
  }

  /** InitElectionVars as part of Init: tla/specs/ZkV3_7_0.tla, line 476. */
  function InitElectionVars_init($n: T.Partial, $k: Continue): void {
    InitElectionVarsL_init($n, ($n688: T.Partial): void => {
      $k($n688)
    })
  }

  /** InitFollowerVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 478-485. */
  function InitFollowerVars_init($n: T.Partial, $k: Continue): void {
    const $n689 = T.bind($n, V.connectInfo, T.fnOver(Server, (_s) => T.sortedRecord(["nlRcv", "sid", "syncMode"], [false, NullPoint, NONE])))
    if ($n689 === null) return
    const $n690 = T.bind($n689, V.packetsSync, T.fnOver(Server, (_s) => T.sortedRecord(["committed", "notCommitted"], [T.tuple([]), T.tuple([])])))
    if ($n690 === null) return
    $k($n690)
  }

  /** InitVerifyVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 485-493. */
  function InitVerifyVars_init($n: T.Partial, $k: Continue): void {
    const $n691 = T.bind($n, V.proposalMsgsLog, T.setOf([]))
    if ($n691 === null) return
    const $n692 = T.bind($n691, V.epochLeader, T.fnOver(T.range(1, MAXEPOCH()), (_e) => T.setOf([])))
    if ($n692 === null) return
    const $n693 = T.bind($n692, V.violatedInvariants, T.sortedRecord(["ackInconsistent", "commitInconsistent", "messageIllegal", "proposalInconsistent", "stateInconsistent"], [false, false, false, false, false]))
    if ($n693 === null) return
    $k($n693)
  }

  /** InitMsgVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 493-496. */
  function InitMsgVars_init($n: T.Partial, $k: Continue): void {
    const $n694 = T.bind($n, V.msgs, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => T.tuple([]))))
    if ($n694 === null) return
    const $n695 = T.bind($n694, V.electionMsgs, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => T.tuple([]))))
    if ($n695 === null) return
    $k($n695)
  }

  /** InitEnvVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 496-499. */
  function InitEnvVars_init($n: T.Partial, $k: Continue): void {
    const $n696 = T.bind($n, V.status, T.fnOver(Server, (_s) => ONLINE))
    if ($n696 === null) return
    const $n697 = T.bind($n696, V.partition, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => false)))
    if ($n697 === null) return
    $k($n697)
  }

  /** InitRecorder as part of Init: tla/specs/ZkV3_7_0.tla, lines 499-505. */
  function InitRecorder_init($n: T.Partial, $k: Continue): void {
    const $n698 = T.bind($n, V.recorder, T.sortedRecord(["maxEpoch", "nClientRequest", "nCrash", "nPartition", "nTimeout", "nTransaction", "pc"], [0, 0, 0, 0, 0, 0, T.tuple(["Init"])]))
    if ($n698 === null) return
    $k($n698)
  }

  /** IsLeader(s): tla/specs/ZkV3_7_0.tla, line 294. */
  function IsLeader($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), LEADING)
  }

  /** TxnEqual(txn1, txn2): tla/specs/ZkV3_7_0.tla, lines 315-318. */
  function TxnEqual(txn1: T.Value, txn2: T.Value): boolean {
    return (T.bool(ZxidEqual(T.field(txn1, "zxid"), T.field(txn2, "zxid"))) && T.eq(T.field(txn1, "value"), T.field(txn2, "value")))
  }

  /** Minimum(S): tla/specs/ZkV3_7_0.tla, lines 287-288. */
  function Minimum(S: T.Value): T.Value {
    return (T.eq(S, T.setOf([])) ? -1 : T.choose(S, (n) => T.elems(S).every((m) => (T.int(n) <= T.int(m))), "tla/specs/ZkV3_7_0.tla:288:30"))
  }

  /** IsFollower(s): tla/specs/ZkV3_7_0.tla, line 295. */
  function IsFollower($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), FOLLOWING)
  }

  /** ZxidCompare(zxid1, zxid2): tla/specs/FastLeaderElection.tla, lines 130-134. */
  function ZxidCompare(zxid1: T.Value, zxid2: T.Value): boolean {
    return ((T.int(T.apply(zxid1, 1)) > T.int(T.apply(zxid2, 1))) || (T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && (T.int(T.apply(zxid1, 2)) > T.int(T.apply(zxid2, 2)))))
  }

  /** EpochPrecedeInTxn(txn1, txn2): tla/specs/ZkV3_7_0.tla, line 318. */
  function EpochPrecedeInTxn(txn1: T.Value, txn2: T.Value): boolean {
    return (T.int(T.apply(T.field(txn1, "zxid"), 1)) < T.int(T.apply(T.field(txn2, "zxid"), 1)))
  }

  /** IsMyLearner(i, j): tla/specs/ZkV3_7_0.tla, line 298. */
  function IsMyLearner($s: State, i: T.Value, j: T.Value): boolean {
    return T.isIn(j, T.apply($s.learners, i))
  }

  /** IsMyLeader(i, j): tla/specs/ZkV3_7_0.tla, line 299. */
  function IsMyLeader($s: State, i: T.Value, j: T.Value): boolean {
    return T.eq(T.field(T.apply($s.connectInfo, i), "sid"), j)
  }

  /** IsON(s): tla/specs/ZkV3_7_0.tla, line 291. */
  function IsON($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.status, s), ONLINE)
  }

  /** ReceiveNotmsg(i, j) as an action: tla/specs/FastLeaderElection.tla, lines 300-327. */
  function ReceiveNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(!T.eq(T.apply(T.apply($s.electionMsgs, j), i), T.tuple([])))) return
    {
      const notmsg = T.once((): T.Value => T.apply(T.apply(T.apply($s.electionMsgs, j), i), 1))
      const toSend = T.once((): T.Value => T.sortedRecord(["mround", "msource", "mstate", "mtype", "mvote"], [T.apply($s.logicalClock, i), i, T.apply($s.state, i), NOTIFICATION, T.apply($s.currentVote, i)]))
      const $k699 = ($n700: T.Partial): void => {
        const $n701 = T.bindEach($n700, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet]])
        if ($n701 === null) return
        $k($n701)
      }
      or702: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:308:18)
        if (!(T.eq(T.apply($s.state, i), LOOKING))) break or702
        const $n703 = T.bind($n, V.recvQueue, T.exceptPath($s.recvQueue, [i], (_$at704) => T.append(RemoveNone(T.apply($s.recvQueue, i)), notmsg())))
        if ($n703 === null) break or702
        {
          const replyOk = T.once((): T.Value => (T.eq(T.field(notmsg(), "mstate"), LOOKING) && (T.int(T.field(notmsg(), "mround")) < T.int(T.apply($s.logicalClock, i)))))
          const $k705 = ($n706: T.Partial): void => {
            $k699($n706)
          }
          or707: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:313:24)
            if (!(T.bool(replyOk()))) break or707
            ReplyNotmsg_act($s, $n703, ($n708: T.Partial): void => {
              $k705($n708)
            }, i, j, toSend())
          }
          or709: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:315:24)
            if (!(!T.bool(replyOk()))) break or709
            DiscardNotmsg_act($s, $n703, ($n710: T.Partial): void => {
              $k705($n710)
            }, j, i)
          }
        }
      }
      or711: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:317:18)
        if (!(T.isIn(T.apply($s.state, i), T.setOf([LEADING, FOLLOWING])))) break or711
        const $k712 = ($n713: T.Partial): void => {
          const $n714 = T.bindEach($n713, [[V.recvQueue, $s.recvQueue]])
          if ($n714 === null) return
          $k699($n714)
        }
        or715: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:319:24)
          if (!(T.eq(T.field(notmsg(), "mstate"), LOOKING))) break or715
          ReplyNotmsg_act($s, $n, ($n716: T.Partial): void => {
            $k712($n716)
          }, i, j, toSend())
        }
        or717: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:322:24)
          if (!(!T.eq(T.field(notmsg(), "mstate"), LOOKING))) break or717
          DiscardNotmsg_act($s, $n, ($n718: T.Partial): void => {
            $k712($n718)
          }, j, i)
        }
      }
    }
  }

  /** UpdateRecorder(pc) as an action: tla/specs/ZkV3_7_0.tla, lines 363-366. */
  function UpdateRecorder_act($s: State, $n: T.Partial, $k: Continue, pc: T.Value): void {
    const $n719 = T.bind($n, V.recorder, T.atAt(T.atAt(T.atAt(T.atAt(T.atAt(T.atAt(RecorderSetPartition($s, pc), RecorderSetFailure($s, pc)), RecorderSetTransactionNum($s, $n, pc)), RecorderSetMaxEpoch($s, $n, pc)), RecorderSetPc(pc)), RecorderSetRequests($s, pc)), $s.recorder))
    if ($n719 === null) return
    $k($n719)
  }

  /** NotmsgTimeout(i) as an action: tla/specs/FastLeaderElection.tla, lines 327-334. */
  function NotmsgTimeout_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.eq(T.apply($s.state, i), LOOKING))) return
    if (!(T.elems(Server).every((j) => T.eq(T.apply(T.apply($s.electionMsgs, j), i), T.tuple([]))))) return
    if (!(T.eq(T.apply($s.recvQueue, i), T.tuple([])))) return
    const $n720 = T.bind($n, V.recvQueue, T.exceptPath($s.recvQueue, [i], (_$at721) => T.append(T.apply($s.recvQueue, i), T.sortedRecord(["mtype"], [NONE]))))
    if ($n720 === null) return
    const $n722 = T.bindEach($n720, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs]])
    if ($n722 === null) return
    $k($n722)
  }

  /** HandleNotmsg(i) as an action: tla/specs/FastLeaderElection.tla, lines 382-451. */
  function HandleNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.eq(T.apply($s.state, i), LOOKING))) return
    if (!(!T.bool(T.apply($s.waitNotmsg, i)))) return
    if (!(!T.eq(T.apply($s.recvQueue, i), T.tuple([])))) return
    {
      const n = T.once((): T.Value => T.apply(T.apply($s.recvQueue, i), 1))
      const rawToSend = T.once((): T.Value => T.sortedRecord(["mround", "msource", "mstate", "mtype", "mvote"], [T.apply($s.logicalClock, i), i, LOOKING, NOTIFICATION, T.apply($s.currentVote, i)]))
      const $k723 = ($n724: T.Partial): void => {
        const $n725 = T.bind($n724, V.recvQueue, T.exceptPath($s.recvQueue, [i], (_$at726) => T.tail(T.apply($s.recvQueue, i))))
        if ($n725 === null) return
        const $n727 = T.bindEach($n725, [[V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed]])
        if ($n727 === null) return
        $k($n727)
      }
      or728: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:392:18)
        if (!(T.eq(T.field(n(), "mtype"), NONE))) break or728
        BroadcastNotmsg_act($s, $n, ($n729: T.Partial): void => {
          const $n730 = T.bindEach($n729, [[V.history, $s.history], [V.logicalClock, $s.logicalClock], [V.currentVote, $s.currentVote], [V.receiveVotes, $s.receiveVotes], [V.waitNotmsg, $s.waitNotmsg], [V.outOfElection, $s.outOfElection], [V.state, $s.state], [V.leadingVoteSet, $s.leadingVoteSet]])
          if ($n730 === null) return
          $k723($n730)
        }, i, rawToSend())
      }
      or731: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:395:18)
        if (!(T.eq(T.field(n(), "mtype"), NOTIFICATION))) break or731
        const $k732 = ($n733: T.Partial): void => {
          $k723($n733)
        }
        or734: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:396:24)
          if (!(T.eq(T.field(n(), "mstate"), LOOKING))) break or734
          const $k735 = ($n736: T.Partial): void => {
            const $n737 = T.bindEach($n736, [[V.state, $s.state], [V.history, $s.history], [V.outOfElection, $s.outOfElection], [V.leadingVoteSet, $s.leadingVoteSet]])
            if ($n737 === null) return
            $k732($n737)
          }
          or738: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:398:30)
            if (!((T.int(T.field(n(), "mround")) >= T.int(T.apply($s.logicalClock, i))))) break or738
            const $k739 = ($n740: T.Partial): void => {
              {
                const rcvsetModifiedTwice = T.once((): T.Value => (T.int(T.field(n(), "mround")) > T.int(T.apply($s.logicalClock, i))))
                const $k741 = ($n742: T.Partial): void => {
                  {
                    const hasQuorums = T.once((): T.Value => HasQuorums(i, i, T.apply(T.primed($n742, V.receiveVotes, "receiveVotes"), i), T.apply(T.primed($n742, V.currentVote, "currentVote"), i), T.field(n(), "mround")))
                    const $k743 = ($n744: T.Partial): void => {
                      $k735($n744)
                    }
                    or745: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:434:39)
                      if (!(T.bool(hasQuorums()))) break or745
                      const $n746 = T.bind($n742, V.waitNotmsg, T.exceptPath($s.waitNotmsg, [i], (_$at747) => true))
                      if ($n746 === null) break or745
                      $k743($n746)
                    }
                    or748: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:436:39)
                      if (!(!T.bool(hasQuorums()))) break or748
                      const $n749 = T.bindEach($n742, [[V.waitNotmsg, $s.waitNotmsg]])
                      if ($n749 === null) break or748
                      $k743($n749)
                    }
                  }
                }
                or750: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:429:39)
                  if (!(T.bool(rcvsetModifiedTwice()))) break or750
                  RvClearAndPut_act($s, $n740, ($n751: T.Partial): void => {
                    $k741($n751)
                  }, i, T.field(n(), "msource"), T.field(n(), "mvote"), T.field(n(), "mround"))
                }
                or752: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:431:39)
                  if (!(!T.bool(rcvsetModifiedTwice()))) break or752
                  RvPut_act($s, $n740, ($n753: T.Partial): void => {
                    $k741($n753)
                  }, i, T.field(n(), "msource"), T.field(n(), "mvote"), T.field(n(), "mround"), T.field(n(), "mstate"))
                }
              }
            }
            or754: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:400:36)
              if (!((T.int(T.field(n(), "mround")) > T.int(T.apply($s.logicalClock, i))))) break or754
              const $n755 = T.bind($n, V.logicalClock, T.exceptPath($s.logicalClock, [i], (_$at756) => T.field(n(), "mround")))
              if ($n755 === null) break or754
              {
                const selfinfo = T.once((): T.Value => T.sortedRecord(["proposedEpoch", "proposedLeader", "proposedZxid"], [T.apply($s.currentEpoch, i), i, T.field(T.apply($s.lastProcessed, i), "zxid")]))
                const peerOk = T.once((): T.Value => TotalOrderPredicate(T.field(n(), "mvote"), selfinfo()))
                const $k757 = ($n758: T.Partial): void => {
                  BroadcastNotmsg_act($s, $n758, ($n759: T.Partial): void => {
                    $k739($n759)
                  }, i, T.sortedRecord(["mround", "msource", "mstate", "mtype", "mvote"], [T.field(n(), "mround"), i, LOOKING, NOTIFICATION, T.apply(T.primed($n758, V.currentVote, "currentVote"), i)]))
                }
                or760: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:406:45)
                  TotalOrderPredicate_act($s, $n755, ($n761: T.Partial): void => {
                    UpdateProposal_act($s, $n761, ($n762: T.Partial): void => {
                      $k757($n762)
                    }, i, T.field(T.field(n(), "mvote"), "proposedLeader"), T.field(T.field(n(), "mvote"), "proposedZxid"), T.field(T.field(n(), "mvote"), "proposedEpoch"))
                  }, T.field(n(), "mvote"), selfinfo())
                }
                or763: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:408:45)
                  if (!(!T.bool(peerOk()))) break or763
                  UpdateProposal_act($s, $n755, ($n764: T.Partial): void => {
                    $k757($n764)
                  }, i, i, T.field(T.apply($s.lastProcessed, i), "zxid"), T.apply($s.currentEpoch, i))
                }
              }
            }
            or765: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:416:36)
              if (!(T.eq(T.field(n(), "mround"), T.apply($s.logicalClock, i)))) break or765
              {
                const peerOk = T.once((): T.Value => TotalOrderPredicate(T.field(n(), "mvote"), T.apply($s.currentVote, i)))
                const $k766 = ($n767: T.Partial): void => {
                  const $n768 = T.bindEach($n767, [[V.logicalClock, $s.logicalClock]])
                  if ($n768 === null) return
                  $k739($n768)
                }
                or769: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:418:45)
                  TotalOrderPredicate_act($s, $n, ($n770: T.Partial): void => {
                    UpdateProposal_act($s, $n770, ($n771: T.Partial): void => {
                      BroadcastNotmsg_act($s, $n771, ($n772: T.Partial): void => {
                        $k766($n772)
                      }, i, T.sortedRecord(["mround", "msource", "mstate", "mtype", "mvote"], [T.apply($s.logicalClock, i), i, LOOKING, NOTIFICATION, T.field(n(), "mvote")]))
                    }, i, T.field(T.field(n(), "mvote"), "proposedLeader"), T.field(T.field(n(), "mvote"), "proposedZxid"), T.field(T.field(n(), "mvote"), "proposedEpoch"))
                  }, T.field(n(), "mvote"), T.apply($s.currentVote, i))
                }
                or773: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:425:45)
                  if (!(!T.bool(peerOk()))) break or773
                  const $n774 = T.bindEach($n, [[V.currentVote, $s.currentVote], [V.electionMsgs, $s.electionMsgs]])
                  if ($n774 === null) break or773
                  $k766($n774)
                }
              }
            }
          }
          or775: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:439:30)
            if (!((T.int(T.field(n(), "mround")) < T.int(T.apply($s.logicalClock, i))))) break or775
            const $n776 = T.bindEach($n, [[V.logicalClock, $s.logicalClock], [V.currentVote, $s.currentVote], [V.electionMsgs, $s.electionMsgs], [V.receiveVotes, $s.receiveVotes], [V.waitNotmsg, $s.waitNotmsg]])
            if ($n776 === null) break or775
            $k735($n776)
          }
        }
        or777: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:443:24)
          if (!(T.isIn(T.field(n(), "mstate"), T.setOf([LEADING, FOLLOWING])))) break or777
          ReceivedFollowingAndLeadingNotification_act($s, $n, ($n778: T.Partial): void => {
            const $n779 = T.bind($n778, V.history, T.exceptPath($s.history, [i], (_$at780) => InitHistory($s, $n778, i)))
            if ($n779 === null) return
            const $n781 = T.bindEach($n779, [[V.electionMsgs, $s.electionMsgs], [V.waitNotmsg, $s.waitNotmsg]])
            if ($n781 === null) return
            $k732($n781)
          }, i, n())
        }
      }
    }
  }

  /** ZabTurnToLeading(i) as an action: tla/specs/ZkV3_7_0.tla, lines 516-530. */
  function ZabTurnToLeading_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n782 = T.bind($n, V.zabState, T.exceptPath($s.zabState, [i], (_$at783) => DISCOVERY))
    if ($n782 === null) return
    const $n784 = T.bind($n782, V.learners, T.exceptPath($s.learners, [i], (_$at785) => T.setOf([i])))
    if ($n784 === null) return
    const $n786 = T.bind($n784, V.connecting, T.exceptPath($s.connecting, [i], (_$at787) => T.setOf([T.sortedRecord(["connected", "sid"], [true, i])])))
    if ($n786 === null) return
    const $n788 = T.bind($n786, V.electing, T.exceptPath($s.electing, [i], (_$at789) => T.setOf([T.sortedRecord(["inQuorum", "peerLastZxid", "sid"], [true, T.tuple([-1, -1]), i])])))
    if ($n788 === null) return
    const $n790 = T.bind($n788, V.ackldRecv, T.exceptPath($s.ackldRecv, [i], (_$at791) => T.setOf([T.sortedRecord(["connected", "sid"], [true, i])])))
    if ($n790 === null) return
    const $n792 = T.bind($n790, V.forwarding, T.exceptPath($s.forwarding, [i], (_$at793) => T.setOf([])))
    if ($n792 === null) return
    const $n794 = T.bind($n792, V.initialHistory, T.exceptPath($s.initialHistory, [i], (_$at795) => T.apply(T.primed($n792, V.history, "history"), i)))
    if ($n794 === null) return
    const $n796 = T.bind($n794, V.tempMaxEpoch, T.exceptPath($s.tempMaxEpoch, [i], (_$at797) => (T.int(T.apply($s.acceptedEpoch, i)) + 1)))
    if ($n796 === null) return
    $k($n796)
  }

  /** ZabTurnToFollowing(i) as an action: tla/specs/ZkV3_7_0.tla, lines 530-537. */
  function ZabTurnToFollowing_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n798 = T.bind($n, V.zabState, T.exceptPath($s.zabState, [i], (_$at799) => DISCOVERY))
    if ($n798 === null) return
    const $n800 = T.bind($n798, V.initialHistory, T.exceptPath($s.initialHistory, [i], (_$at801) => T.apply(T.primed($n798, V.history, "history"), i)))
    if ($n800 === null) return
    const $n802 = T.bind($n800, V.packetsSync, T.exceptPath(T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at803) => T.tuple([])), [i, "committed"], (_$at804) => T.tuple([])))
    if ($n802 === null) return
    $k($n802)
  }

  /** WaitNewNotmsg(i) as an action: tla/specs/FastLeaderElection.tla, lines 451-478. */
  function WaitNewNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.eq(T.apply($s.state, i), LOOKING))) return
    if (!(T.eq(T.apply($s.waitNotmsg, i), true))) return
    const $k805 = ($n806: T.Partial): void => {
      $k($n806)
    }
    or807: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:454:15)
      if (!(!T.eq(T.apply($s.recvQueue, i), T.tuple([])))) break or807
      if (!(T.eq(T.field(T.apply(T.apply($s.recvQueue, i), 1), "mtype"), NOTIFICATION))) break or807
      {
        const n = T.once((): T.Value => T.apply(T.apply($s.recvQueue, i), 1))
        const peerOk = T.once((): T.Value => TotalOrderPredicate(T.field(n(), "mvote"), T.apply($s.currentVote, i)))
        const $k808 = ($n809: T.Partial): void => {
          const $n810 = T.bindEach($n809, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs]])
          if ($n810 === null) return
          $k805($n810)
        }
        or811: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:458:24)
          TotalOrderPredicate_act($s, $n, ($n812: T.Partial): void => {
            const $n813 = T.bind($n812, V.waitNotmsg, T.exceptPath($s.waitNotmsg, [i], (_$at814) => false))
            if ($n813 === null) return
            const $n815 = T.bind($n813, V.recvQueue, T.exceptPath($s.recvQueue, [i], ($at816) => T.append(T.tail($at816), n())))
            if ($n815 === null) return
            $k808($n815)
          }, T.field(n(), "mvote"), T.apply($s.currentVote, i))
        }
        or817: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:461:24)
          if (!(!T.bool(peerOk()))) break or817
          const $n818 = T.bind($n, V.recvQueue, T.exceptPath($s.recvQueue, [i], ($at819) => T.tail($at819)))
          if ($n818 === null) break or817
          const $n820 = T.bindEach($n818, [[V.waitNotmsg, $s.waitNotmsg]])
          if ($n820 === null) break or817
          $k808($n820)
        }
      }
    }
    or821: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:466:15)
      const $k822 = ($n823: T.Partial): void => {
        const $n824 = T.bind($n823, V.state, T.exceptPath($s.state, [i], (_$at825) => (T.eq(T.field(T.apply($s.currentVote, i), "proposedLeader"), i) ? LEADING : FOLLOWING)))
        if ($n824 === null) return
        const $n826 = T.bind($n824, V.leadingVoteSet, T.exceptPath($s.leadingVoteSet, [i], ($at827) => (T.eq(T.field(T.apply($s.currentVote, i), "proposedLeader"), i) ? VoteSet(i, i, T.apply($s.receiveVotes, i), T.apply($s.currentVote, i), T.apply($s.logicalClock, i)) : $at827)))
        if ($n826 === null) return
        const $n828 = T.bind($n826, V.history, T.exceptPath($s.history, [i], (_$at829) => InitHistory($s, $n826, i)))
        if ($n828 === null) return
        const $n830 = T.bindEach($n828, [[V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.electionMsgs, $s.electionMsgs]])
        if ($n830 === null) return
        $k805($n830)
      }
      or831: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:466:21)
        if (!(T.eq(T.apply($s.recvQueue, i), T.tuple([])))) break or831
        $k822($n)
      }
      or832: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:467:21)
        if (!((!T.eq(T.apply($s.recvQueue, i), T.tuple([])) && T.eq(T.field(T.apply(T.apply($s.recvQueue, i), 1), "mtype"), NONE)))) break or832
        $k822($n)
      }
    }
  }

  /** CheckPartition: tla/specs/ZkV3_7_0.tla, lines 377-379. */
  function CheckPartition($s: State): boolean {
    return (T.bool(CheckTimeout($s)) && T.bool(CheckParameterLimit(T.field($s.recorder, "nPartition"), "MaxPartitions")))
  }

  /** HasPartitioned(i, j): tla/specs/ZkV3_7_0.tla, lines 307-309. */
  function HasPartitioned($s: State, i: T.Value, j: T.Value): boolean {
    return (T.eq(T.apply(T.apply($s.partition, i), j), true) && T.eq(T.apply(T.apply($s.partition, j), i), true))
  }

  /** IsQuorum(s): tla/specs/ZkV3_7_0.tla, line 305. */
  function IsQuorum(s: T.Value): boolean {
    return T.isIn(s, Quorums())
  }

  /** RemoveLearner(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 659-666. */
  function RemoveLearner_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n833 = T.bind($n, V.learners, T.exceptPath($s.learners, [i], ($at834) => T.minus($at834, T.setOf([j]))))
    if ($n833 === null) return
    const $n835 = T.bind($n833, V.forwarding, T.exceptPath($s.forwarding, [i], ($at836) => (T.isIn(j, T.apply($s.forwarding, i)) ? T.minus($at836, T.setOf([j])) : $at836)))
    if ($n835 === null) return
    const $n837 = T.bind($n835, V.electing, T.exceptPath($s.electing, [i], ($at838) => RemoveElecting($at838, j)))
    if ($n837 === null) return
    const $n839 = T.bind($n837, V.connecting, T.exceptPath($s.connecting, [i], ($at840) => RemoveConnectingOrAckldRecv($at840, j)))
    if ($n839 === null) return
    const $n841 = T.bind($n839, V.ackldRecv, T.exceptPath($s.ackldRecv, [i], ($at842) => RemoveConnectingOrAckldRecv($at842, j)))
    if ($n841 === null) return
    $k($n841)
  }

  /** FollowerShutdown(i) as an action: tla/specs/ZkV3_7_0.tla, lines 631-636. */
  function FollowerShutdown_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    ZabTimeout_act($s, $n, ($n843: T.Partial): void => {
      const $n844 = T.bind($n843, V.zabState, T.exceptPath($s.zabState, [i], (_$at845) => ELECTION))
      if ($n844 === null) return
      const $n846 = T.bind($n844, V.connectInfo, T.exceptPath($s.connectInfo, [i], (_$at847) => InitialConnectInfo()))
      if ($n846 === null) return
      $k($n846)
    }, i)
  }

  /** Clean(i, j) as an action: tla/specs/ZkV3_7_0.tla, line 451. */
  function Clean_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n848 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at849) => T.tuple([])), [i, j], (_$at850) => T.tuple([])))
    if ($n848 === null) return
    $k($n848)
  }

  /** LeaderShutdown(i) as an action: tla/specs/ZkV3_7_0.tla, lines 636-642. */
  function LeaderShutdown_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const cluster = T.once((): T.Value => T.union(T.setOf([i]), T.apply($s.learners, i)))
      ZabTimeoutInCluster_act($s, $n, ($n851: T.Partial): void => {
        const $n852 = T.bind($n851, V.learners, T.exceptPath($s.learners, [i], (_$at853) => T.setOf([])))
        if ($n852 === null) return
        const $n854 = T.bind($n852, V.forwarding, T.exceptPath($s.forwarding, [i], (_$at855) => T.setOf([])))
        if ($n854 === null) return
        $k($n854)
      }, cluster())
    }
  }

  /** IsLooking(s): tla/specs/ZkV3_7_0.tla, line 296. */
  function IsLooking($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), LOOKING)
  }

  /** IdCompare(id1, id2): tla/specs/FastLeaderElection.tla, lines 125-127. */
  function IdCompare(id1: T.Value, id2: T.Value): boolean {
    return ((): boolean => {
      const item1 = T.once((): T.Value => T.choose(IdTable(), (item) => T.eq(T.apply(item, 1), id1), "tla/specs/FastLeaderElection.tla:125:36"))
      const item2 = T.once((): T.Value => T.choose(IdTable(), (item) => T.eq(T.apply(item, 1), id2), "tla/specs/FastLeaderElection.tla:126:36"))
      return (T.int(T.apply(item1(), 2)) > T.int(T.apply(item2(), 2)))
    })()
  }

  /** CheckCrash(i) as an action: tla/specs/ZkV3_7_0.tla, lines 379-384. */
  function CheckCrash_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $k856 = ($n857: T.Partial): void => {
      if (!(T.bool(CheckParameterLimit(T.field($s.recorder, "nCrash"), "MaxCrashes")))) return
      $k($n857)
    }
    or858: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:379:30)
      if (!(T.bool(IsLooking($s, i)))) break or858
      $k856($n)
    }
    or859: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:380:30)
      if (!((!T.bool(IsLooking($s, i)) && T.bool(CheckTimeout($s))))) break or859
      $k856($n)
    }
  }

  /** CleanInputBuffer(i) as an action: tla/specs/ZkV3_7_0.tla, lines 452-453. */
  function CleanInputBuffer_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n860 = T.bind($n, V.msgs, T.fnOver(Server, (s) => T.fnOver(Server, (v) => (T.eq(v, i) ? T.tuple([]) : T.apply(T.apply($s.msgs, s), v)))))
    if ($n860 === null) return
    $k($n860)
  }

  /** HasLeader(i): tla/specs/ZkV3_7_0.tla, line 301. */
  function HasLeader($s: State, i: T.Value): boolean {
    return !T.eq(T.field(T.apply($s.connectInfo, i), "sid"), NullPoint)
  }

  /** IsOFF(s): tla/specs/ZkV3_7_0.tla, line 292. */
  function IsOFF($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.status, s), OFFLINE)
  }

  /** InitLastProcessed(i): tla/specs/FastLeaderElection.tla, lines 148-154. */
  function InitLastProcessed($s: State, i: T.Value): T.Value {
    return ((T.len(T.apply($s.history, i)) === 0) ? T.sortedRecord(["index", "zxid"], [0, T.tuple([0, 0])]) : ((): T.Value => {
      const lastIndex = T.once((): T.Value => T.len(T.apply($s.history, i)))
      const entry = T.once((): T.Value => T.apply(T.apply($s.history, i), lastIndex()))
      return T.sortedRecord(["index", "zxid"], [lastIndex(), T.field(entry(), "zxid")])
    })())
  }

  /** HasNoLeader(i): tla/specs/ZkV3_7_0.tla, line 300. */
  function HasNoLeader($s: State, i: T.Value): boolean {
    return T.eq(T.field(T.apply($s.connectInfo, i), "sid"), NullPoint)
  }

  /** MyVote(i): tla/specs/ZkV3_7_0.tla, line 302. */
  function MyVote($s: State, i: T.Value): T.Value {
    return T.field(T.apply($s.currentVote, i), "proposedLeader")
  }

  /** Send(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, line 406. */
  function Send_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n861 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i, j], (_$at862) => T.append(T.apply(T.apply($s.msgs, i), j), m)))
    if ($n861 === null) return
    $k($n861)
  }

  /** CheckEpoch: tla/specs/ZkV3_7_0.tla, line 376. */
  function CheckEpoch($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "maxEpoch"), "MaxEpoch")
  }

  /** PendingFOLLOWERINFO(i, j): tla/specs/ZkV3_7_0.tla, lines 387-389. */
  function PendingFOLLOWERINFO($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), FOLLOWERINFO))
  }

  /** WaitingForNewEpoch(i, set): tla/specs/ZkV3_7_0.tla, line 761. */
  function WaitingForNewEpoch(i: T.Value, set: T.Value): boolean {
    return ((T.isIn(i, set) && T.bool(IsQuorum(set))) === false)
  }

  /** UpdateConnectingOrAckldRecv(oldSet, sid): tla/specs/ZkV3_7_0.tla, lines 770-779. */
  function UpdateConnectingOrAckldRecv(oldSet: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_set = T.once((): T.Value => T.map(oldSet, (s) => T.field(s, "sid")))
      return (T.isIn(sid, sid_set()) ? ((): T.Value => {
      const old_info = T.once((): T.Value => T.choose(oldSet, (info) => T.eq(T.field(info, "sid"), sid), "tla/specs/ZkV3_7_0.tla:773:33"))
      const follower_info = T.once((): T.Value => T.sortedRecord(["connected", "sid"], [true, sid]))
      return T.union(T.minus(oldSet, T.setOf([old_info()])), T.setOf([follower_info()]))
    })() : ((): T.Value => {
      const follower_info = T.once((): T.Value => T.sortedRecord(["connected", "sid"], [true, sid]))
      return T.union(oldSet, T.setOf([follower_info()]))
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
      const $n863 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at864) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i], (_$at865) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_connecting()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n863 === null) return
      $k($n863)
    }
  }

  /** Discard(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 411-412. */
  function Discard_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n866 = T.bind($n, V.msgs, (!T.eq(T.apply(T.apply($s.msgs, i), j), T.tuple([])) ? T.exceptPath($s.msgs, [i, j], (_$at867) => T.tail(T.apply(T.apply($s.msgs, i), j))) : $s.msgs))
    if ($n866 === null) return
    $k($n866)
  }

  /** Reply(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, lines 447-448. */
  function Reply_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n868 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at869) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i, j], (_$at870) => T.append(T.apply(T.apply($s.msgs, i), j), m)))
    if ($n868 === null) return
    $k($n868)
  }

  /** PendingLEADERINFO(i, j): tla/specs/ZkV3_7_0.tla, lines 389-391. */
  function PendingLEADERINFO($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), LEADERINFO))
  }

  /** PendingACKEPOCH(i, j): tla/specs/ZkV3_7_0.tla, lines 391-393. */
  function PendingACKEPOCH($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACKEPOCH))
  }

  /** ElectionFinished(i, set): tla/specs/ZkV3_7_0.tla, lines 1078-1086. */
  function ElectionFinished(i: T.Value, set: T.Value): boolean {
    return (T.isIn(i, set) && T.bool(IsQuorum(set)))
  }

  /** UpdateElecting(oldSet, sid, peerLastZxid, inQuorum): tla/specs/ZkV3_7_0.tla, lines 1086-1099. */
  function UpdateElecting(oldSet: T.Value, sid: T.Value, peerLastZxid: T.Value, inQuorum: T.Value): T.Value {
    return ((): T.Value => {
      const sid_electing = T.once((): T.Value => T.map(oldSet, (s) => T.field(s, "sid")))
      return (T.isIn(sid, sid_electing()) ? ((): T.Value => {
      const old_info = T.once((): T.Value => T.choose(oldSet, (info) => T.eq(T.field(info, "sid"), sid), "tla/specs/ZkV3_7_0.tla:1089:33"))
      const follower_info = T.once((): T.Value => T.sortedRecord(["inQuorum", "peerLastZxid", "sid"], [(T.bool(inQuorum) || T.bool(T.field(old_info(), "inQuorum"))), peerLastZxid, sid]))
      return T.union(T.minus(oldSet, T.setOf([old_info()])), T.setOf([follower_info()]))
    })() : ((): T.Value => {
      const follower_info = T.once((): T.Value => T.sortedRecord(["inQuorum", "peerLastZxid", "sid"], [inQuorum, peerLastZxid, sid]))
      return T.union(oldSet, T.setOf([follower_info()]))
    })())
    })()
  }

  /** LeaderTurnToSynchronization(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1101-1108. */
  function LeaderTurnToSynchronization_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n871 = T.bind($n, V.currentEpoch, T.exceptPath($s.currentEpoch, [i], (_$at872) => T.apply($s.acceptedEpoch, i)))
    if ($n871 === null) return
    const $n873 = T.bind($n871, V.zabState, T.exceptPath($s.zabState, [i], (_$at874) => SYNCHRONIZATION))
    if ($n873 === null) return
    $k($n873)
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
      const maxCommittedLog = T.once((): T.Value => (T.bool(committedLogEmpty()) ? lastProcessedZxid() : (T.eq(maxCommittedIdx(), 0) ? T.tuple([0, 0]) : T.field(T.apply(T.apply($s.history, i), maxCommittedIdx()), "zxid"))))
      const $k875 = ($n876: T.Partial): void => {
        $k($n876)
      }
      or877: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1032:15)
        if (!(T.bool(ZxidEqual(peerLastZxid, lastProcessedZxid())))) break or877
        SendSyncMsgs_act($s, $n, ($n878: T.Partial): void => {
          $k875($n878)
        }, i, j, peerLastZxid, T.field(T.apply($s.lastProcessed, i), "index"), DIFF, needRemoveHead)
      }
      or879: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1035:15)
        if (!(!T.bool(ZxidEqual(peerLastZxid, lastProcessedZxid())))) break or879
        const $k880 = ($n881: T.Partial): void => {
          $k875($n881)
        }
        or882: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1038:21)
          ZxidCompare_act($s, $n, ($n883: T.Partial): void => {
            SendSyncMsgs_act($s, $n883, ($n884: T.Partial): void => {
              $k880($n884)
            }, i, j, maxCommittedLog(), maxCommittedIdx(), TRUNC, needRemoveHead)
          }, peerLastZxid, maxCommittedLog())
        }
        or885: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1042:21)
          if (!(!T.bool(ZxidCompare(peerLastZxid, maxCommittedLog())))) break or885
          if (!(!T.bool(ZxidCompare(minCommittedLog(), peerLastZxid)))) break or885
          {
            const lastSeenIndex = T.once((): T.Value => ZxidToIndex(T.apply($s.history, i), peerLastZxid))
            const exist = T.once((): T.Value => ((T.int(lastSeenIndex()) >= T.int(minCommittedIdx())) && (T.int(lastSeenIndex()) <= T.len(T.apply($s.history, i)))))
            const lastIndex = T.once((): T.Value => (T.bool(exist()) ? lastSeenIndex() : IndexOfZxid(T.apply($s.history, i), peerLastZxid)))
            const lastZxid = T.once((): T.Value => (T.bool(exist()) ? peerLastZxid : (T.eq(lastIndex(), 0) ? T.tuple([0, 0]) : T.field(T.apply(T.apply($s.history, i), lastIndex()), "zxid"))))
            const $k886 = ($n887: T.Partial): void => {
              $k880($n887)
            }
            or888: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1057:27)
              if (!(T.bool(exist()))) break or888
              SendSyncMsgs_act($s, $n, ($n889: T.Partial): void => {
                $k886($n889)
              }, i, j, peerLastZxid, lastSeenIndex(), DIFF, needRemoveHead)
            }
            or890: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1063:27)
              if (!(!T.bool(exist()))) break or890
              SendSyncMsgs_act($s, $n, ($n891: T.Partial): void => {
                $k886($n891)
              }, i, j, lastZxid(), lastIndex(), TRUNC, needRemoveHead)
            }
          }
        }
        or892: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1068:21)
          ZxidCompare_act($s, $n, ($n893: T.Partial): void => {
            SendSyncMsgs_act($s, $n893, ($n894: T.Partial): void => {
              $k880($n894)
            }, i, j, lastProcessedZxid(), maxCommittedIdx(), SNAP, needRemoveHead)
          }, minCommittedLog(), peerLastZxid)
        }
      }
    }
  }

  /** ZxidEqual(zxid1, zxid2): tla/specs/FastLeaderElection.tla, line 134. */
  function ZxidEqual(zxid1: T.Value, zxid2: T.Value): boolean {
    return (T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && T.eq(T.apply(zxid1, 2), T.apply(zxid2, 2)))
  }

  /** TruncateLog(his, index): tla/specs/ZkV3_7_0.tla, lines 1204-1205. */
  function TruncateLog(his: T.Value, index: T.Value): T.Value {
    return ((T.int(index) <= 0) ? T.tuple([]) : T.subSeq(his, 1, index))
  }

  /** ZxidToIndex(his, zxid): tla/specs/ZkV3_7_0.tla, lines 907-912. */
  function ZxidToIndex(his: T.Value, zxid: T.Value): T.Value {
    return (T.bool(ZxidEqual(zxid, T.tuple([0, 0]))) ? 0 : ((T.len(his) === 0) ? 1 : ((): T.Value => {
      const len = T.once((): T.Value => T.len(his))
      return (T.elems(T.range(1, len())).some((idx) => T.bool(TxnZxidEqual(T.apply(his, idx), zxid))) ? ZxidToIndexHelper(his, zxid, 1, false) : (T.int(len()) + 1))
    })()))
  }

  /** PendingPROPOSAL(i, j): tla/specs/ZkV3_7_0.tla, lines 399-401. */
  function PendingPROPOSAL($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), PROPOSAL))
  }

  /** IsNextZxid(curZxid, nextZxid) as an action: tla/specs/ZkV3_7_0.tla, lines 1300-1309. */
  function IsNextZxid_act(_$s: State, $n: T.Partial, $k: Continue, curZxid: T.Value, nextZxid: T.Value): void {
    const $k895 = ($n896: T.Partial): void => {
      $k($n896)
    }
    or897: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1302:16)
      if (!((T.eq(T.apply(nextZxid, 2), 1) && (T.int(T.apply(curZxid, 1)) < T.int(T.apply(nextZxid, 1)))))) break or897
      $k895($n)
    }
    or898: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1305:16)
      if (!(((T.int(T.apply(nextZxid, 2)) > 1) && T.eq(T.apply(curZxid, 1), T.apply(nextZxid, 1)) && T.eq((T.int(T.apply(curZxid, 2)) + 1), T.apply(nextZxid, 2))))) break or898
      $k895($n)
    }
  }

  /** LastQueued(i): tla/specs/ZkV3_7_0.tla, lines 1290-1298. */
  function LastQueued($s: State, i: T.Value): T.Value {
    return ((!T.bool(IsFollower($s, i)) || !T.eq(T.apply($s.zabState, i), SYNCHRONIZATION)) ? LastProposed($s, i) : ((): T.Value => {
      const packetsInSync = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "notCommitted"))
      const lenSync = T.once((): T.Value => T.len(packetsInSync()))
      const totalLen = T.once((): T.Value => (T.len(T.apply($s.history, i)) + T.int(lenSync())))
      return (T.eq(lenSync(), 0) ? LastProposed($s, i) : T.sortedRecord(["index", "zxid"], [totalLen(), T.field(T.apply(packetsInSync(), lenSync()), "zxid")]))
    })())
  }

  /** IsNextZxid(curZxid, nextZxid): tla/specs/ZkV3_7_0.tla, lines 1300-1309. */
  function IsNextZxid(curZxid: T.Value, nextZxid: T.Value): boolean {
    return ((T.eq(T.apply(nextZxid, 2), 1) && (T.int(T.apply(curZxid, 1)) < T.int(T.apply(nextZxid, 1)))) || ((T.int(T.apply(nextZxid, 2)) > 1) && T.eq(T.apply(curZxid, 1), T.apply(nextZxid, 1)) && T.eq((T.int(T.apply(curZxid, 2)) + 1), T.apply(nextZxid, 2))))
  }

  /** PendingCOMMIT(i, j): tla/specs/ZkV3_7_0.tla, lines 403-406. */
  function PendingCOMMIT($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), COMMIT))
  }

  /** LastCommitted(i): tla/specs/ZkV3_7_0.tla, lines 1342-1374. */
  function LastCommitted($s: State, i: T.Value): T.Value {
    return (T.eq(T.apply($s.zabState, i), BROADCAST) ? T.apply($s.lastCommitted, i) : (T.bool(IsLeader($s, i)) ? ((): T.Value => {
      const lastInitialIndex = T.once((): T.Value => T.len(T.apply($s.initialHistory, i)))
      return (T.eq(lastInitialIndex(), 0) ? T.sortedRecord(["index", "zxid"], [0, T.tuple([0, 0])]) : T.sortedRecord(["index", "zxid"], [lastInitialIndex(), T.field(T.apply(T.apply($s.history, i), lastInitialIndex()), "zxid")]))
    })() : T.bool(IsFollower($s, i)) ? ((): T.Value => {
      const completeHis = T.once((): T.Value => T.concat(T.apply($s.history, i), T.field(T.apply($s.packetsSync, i), "notCommitted")))
      const packetsCommitted = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "committed"))
      const lenCommitted = T.once((): T.Value => T.len(packetsCommitted()))
      return (T.eq(lenCommitted(), 0) ? ((): T.Value => {
      const lastIndex = T.once((): T.Value => T.len(T.apply($s.history, i)))
      const lastInitialIndex = T.once((): T.Value => T.len(T.apply($s.initialHistory, i)))
      return (T.eq(lastIndex(), lastInitialIndex()) ? (T.eq(lastIndex(), 0) ? T.sortedRecord(["index", "zxid"], [0, T.tuple([0, 0])]) : T.sortedRecord(["index", "zxid"], [lastIndex(), T.field(T.apply($s.history, lastIndex()), "zxid")])) : ((T.int(lastInitialIndex()) < T.int(T.field(T.apply($s.lastCommitted, i), "index"))) ? T.apply($s.lastCommitted, i) : (T.eq(lastInitialIndex(), 0) ? T.sortedRecord(["index", "zxid"], [0, T.tuple([0, 0])]) : T.sortedRecord(["index", "zxid"], [lastInitialIndex(), T.field(T.apply($s.history, lastInitialIndex()), "zxid")]))))
    })() : ((): T.Value => {
      const committedIndex = T.once((): T.Value => ZxidToIndex(completeHis(), T.apply(packetsCommitted(), lenCommitted())))
      return T.sortedRecord(["index", "zxid"], [committedIndex(), T.apply(packetsCommitted(), lenCommitted())])
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
      const completeHis = T.once((): T.Value => T.concat(T.apply($s.history, i), T.field(T.apply($s.packetsSync, i), "notCommitted")))
      return T.apply(completeHis(), idx)
    })())
  }

  /** PendingNEWLEADER(i, j): tla/specs/ZkV3_7_0.tla, lines 393-395. */
  function PendingNEWLEADER($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), NEWLEADER))
  }

  /** DiscardAndSendPackets(i, j, ms) as an action: tla/specs/ZkV3_7_0.tla, lines 408-409. */
  function DiscardAndSendPackets_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, ms: T.Value): void {
    const $n899 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at900) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i, j], (_$at901) => T.concat(T.apply(T.apply($s.msgs, i), j), ms)))
    if ($n899 === null) return
    $k($n899)
  }

  /** SnapshotNeeded(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1272-1276. */
  function SnapshotNeeded_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $k902 = ($n903: T.Partial): void => {
      $k($n903)
    }
    or904: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1272:25)
      if (!(T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), TRUNC))) break or904
      $k902($n)
    }
    or905: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1273:25)
      if (!(T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), SNAP))) break or905
      $k902($n)
    }
  }

  /** TakeSnapshot(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1442-1453. */
  function TakeSnapshot_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const snapOk = T.once((): T.Value => (T.int(T.field(T.apply($s.lastSnapshot, i), "index")) <= T.int(T.field(T.apply($s.lastCommitted, i), "index"))))
      const $k906 = ($n907: T.Partial): void => {
        $k($n907)
      }
      or908: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1443:27)
        if (!(T.bool(snapOk()))) break or908
        const $n909 = T.bind($n, V.lastSnapshot, T.exceptPath($s.lastSnapshot, [i], (_$at910) => T.apply($s.lastCommitted, i)))
        if ($n909 === null) break or908
        const $n911 = T.bindEach($n909, [[V.violatedInvariants, $s.violatedInvariants]])
        if ($n911 === null) break or908
        $k906($n911)
      }
      or912: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1446:27)
        if (!(!T.bool(snapOk()))) break or912
        if (!(T.printT(T.concat("Exception: index of snapshot greater than", "index of committed.")))) break or912
        const $n913 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at914) => true))
        if ($n913 === null) break or912
        const $n915 = T.bindEach($n913, [[V.lastSnapshot, $s.lastSnapshot]])
        if ($n915 === null) break or912
        $k906($n915)
      }
    }
  }

  /** SnapshotNeeded(i): tla/specs/ZkV3_7_0.tla, lines 1272-1276. */
  function SnapshotNeeded($s: State, i: T.Value): boolean {
    return (T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), TRUNC) || T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), SNAP))
  }

  /** ACKInBatches(queue, packets): tla/specs/ZkV3_7_0.tla, lines 1454-1460. RECURSIVE. */
  function ACKInBatches(queue: T.Value, packets: T.Value): T.Value {
    return (T.eq(packets, T.tuple([])) ? queue : ((): T.Value => {
      const head = T.once((): T.Value => T.apply(packets, 1))
      const newPackets = T.once((): T.Value => T.tail(packets))
      const m_ack = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [ACK, T.field(head(), "zxid")]))
      return ACKInBatches(T.append(queue, m_ack()), newPackets())
    })())
  }

  /** PendingACKLD(i, j): tla/specs/ZkV3_7_0.tla, lines 395-397. */
  function PendingACKLD($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACKLD))
  }

  /** QuorumFormed(i, set): tla/specs/ZkV3_7_0.tla, line 1493. */
  function QuorumFormed(i: T.Value, set: T.Value): boolean {
    return (T.isIn(i, set) && T.bool(IsQuorum(set)))
  }

  /** LeaderTurnToBroadcast(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1506-1512. */
  function LeaderTurnToBroadcast_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    StartZkServer_act($s, $n, ($n916: T.Partial): void => {
      const $n917 = T.bind($n916, V.zabState, T.exceptPath($s.zabState, [i], (_$at918) => BROADCAST))
      if ($n917 === null) return
      $k($n917)
    }, i)
  }

  /** DiscardAndBroadcastUPTODATE(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, lines 436-445. */
  function DiscardAndBroadcastUPTODATE_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    {
      const new_ackldRecv_quorum = T.once((): T.Value => T.filter(T.apply(T.primed($n, V.ackldRecv, "ackldRecv"), i), (a) => T.eq(T.field(a, "connected"), true)))
      const new_sid_ackldRecv = T.once((): T.Value => T.map(new_ackldRecv_quorum(), (a) => T.field(a, "sid")))
      const $n919 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at920) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i], (_$at921) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_ackldRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n919 === null) return
      $k($n919)
    }
  }

  /** PendingUPTODATE(i, j): tla/specs/ZkV3_7_0.tla, lines 397-399. */
  function PendingUPTODATE($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), UPTODATE))
  }

  /** UpdateElectionVote(i, epoch) as an action: tla/specs/ZkV3_7_0.tla, lines 1495-1496. */
  function UpdateElectionVote_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, epoch: T.Value): void {
    UpdateProposal_act($s, $n, ($n922: T.Partial): void => {
      $k($n922)
    }, i, T.field(T.apply($s.currentVote, i), "proposedLeader"), T.field(T.apply($s.currentVote, i), "proposedZxid"), epoch)
  }

  /** FollowerLogRequestInBatches(i, leader, ms_ack, packetsNotCommitted) as an action: tla/specs/ZkV3_7_0.tla, lines 1605-1611. */
  function FollowerLogRequestInBatches_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, leader: T.Value, ms_ack: T.Value, packetsNotCommitted: T.Value): void {
    const $n923 = T.bind($n, V.history, T.exceptPath($s.history, [i], ($at924) => T.concat($at924, packetsNotCommitted)))
    if ($n923 === null) return
    DiscardAndSendPackets_act($s, $n923, ($n925: T.Partial): void => {
      $k($n925)
    }, i, leader, ms_ack)
  }

  /** FollowerCommitInBatches(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1611-1630. */
  function FollowerCommitInBatches_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const committedTxns = T.once((): T.Value => CommittedTxns($s, i))
      const packetsCommitted = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "committed"))
      const match = T.once((): T.Value => TxnsAndCommittedMatch(committedTxns(), packetsCommitted()))
      const $k926 = ($n927: T.Partial): void => {
        $k($n927)
      }
      or928: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1616:12)
        if (!(T.bool(match()))) break or928
        const $n929 = T.bind($n, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at930) => LastCommitted($s, i)))
        if ($n929 === null) break or928
        const $n931 = T.bind($n929, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at932) => T.apply(T.primed($n929, V.lastCommitted, "lastCommitted"), i)))
        if ($n931 === null) break or928
        const $n933 = T.bindEach($n931, [[V.violatedInvariants, $s.violatedInvariants]])
        if ($n933 === null) break or928
        $k926($n933)
      }
      or934: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1620:12)
        if (!(!T.bool(match()))) break or934
        if (!(T.printT(T.concat("Warn: Committing zxid without see txn. /", "Committing zxid != pending txn zxid.")))) break or934
        const $n935 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at936) => true))
        if ($n935 === null) break or934
        const $n937 = T.bindEach($n935, [[V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
        if ($n937 === null) break or934
        $k926($n937)
      }
    }
  }

  /** CheckTransactionNum: tla/specs/ZkV3_7_0.tla, line 375. */
  function CheckTransactionNum($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "nTransaction"), "MaxTransactionNum")
  }

  /** Broadcast(i, m) as an action: tla/specs/ZkV3_7_0.tla, lines 414-417. */
  function Broadcast_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, m: T.Value): void {
    const $n938 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i], (_$at939) => T.fnOver(Server, (v) => ((T.isIn(v, T.apply($s.forwarding, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
    if ($n938 === null) return
    $k($n938)
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
    return ((T.len(T.apply($s.history, i)) === 0) ? T.sortedRecord(["index", "zxid"], [0, T.tuple([0, 0])]) : ((): T.Value => {
      const lastIndex = T.once((): T.Value => T.len(T.apply($s.history, i)))
      const entry = T.once((): T.Value => T.apply(T.apply($s.history, i), lastIndex()))
      return T.sortedRecord(["index", "zxid"], [lastIndex(), T.field(entry(), "zxid")])
    })())
  }

  /** PendingACK(i, j): tla/specs/ZkV3_7_0.tla, lines 401-403. */
  function PendingACK($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACK))
  }

  /** LeaderTryToCommit(s, index, zxid, newTxn, follower) as an action: tla/specs/ZkV3_7_0.tla, lines 1752-1782. */
  function LeaderTryToCommit_act($s: State, $n: T.Partial, $k: Continue, s: T.Value, index: T.Value, zxid: T.Value, newTxn: T.Value, follower: T.Value): void {
    {
      const allTxnsBeforeCommitted = T.once((): T.Value => (T.int(T.field(T.apply($s.lastCommitted, s), "index")) >= (T.int(index) - 1)))
      const hasAllQuorums = T.once((): T.Value => IsQuorum(T.field(newTxn, "ackSid")))
      const ordered = T.once((): T.Value => T.eq((T.int(T.field(T.apply($s.lastCommitted, s), "index")) + 1), index))
      const $k940 = ($n941: T.Partial): void => {
        $k($n941)
      }
      or942: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1761:15)
        const $k943 = ($n944: T.Partial): void => {
          Discard_act($s, $n944, ($n945: T.Partial): void => {
            const $n946 = T.bindEach($n945, [[V.violatedInvariants, $s.violatedInvariants], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
            if ($n946 === null) return
            $k940($n946)
          }, follower, s)
        }
        or947: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1762:21)
          if (!(!T.bool(allTxnsBeforeCommitted()))) break or947
          $k943($n)
        }
        or948: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1763:21)
          if (!(!T.bool(hasAllQuorums()))) break or948
          $k943($n)
        }
      }
      or949: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1766:15)
        if (!(T.bool(allTxnsBeforeCommitted()))) break or949
        if (!(T.bool(hasAllQuorums()))) break or949
        const $k950 = ($n951: T.Partial): void => {
          LeaderCommit_act($s, $n951, ($n952: T.Partial): void => {
            const $n953 = T.bind($n952, V.lastProcessed, T.exceptPath($s.lastProcessed, [s], (_$at954) => T.sortedRecord(["index", "zxid"], [index, zxid])))
            if ($n953 === null) return
            $k940($n953)
          }, s, follower, index, zxid)
        }
        or955: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1768:21)
          if (!(!T.bool(ordered()))) break or955
          if (!(T.printT(T.concat(T.concat("Warn: Committing zxid ", T.show(zxid)), " not first.")))) break or955
          const $n956 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at957) => true))
          if ($n956 === null) break or955
          $k950($n956)
        }
        or958: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1772:21)
          if (!(T.bool(ordered()))) break or958
          const $n959 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n959 === null) break or958
          $k950($n959)
        }
      }
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
      const packetsCommitted = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "committed"))
      const completeHis = T.once((): T.Value => T.concat(T.apply($s.history, i), T.field(T.apply($s.packetsSync, i), "notCommitted")))
      return ((T.len(packetsCommitted()) === 0) ? T.subSeq(completeHis(), (T.len(T.apply($s.history, i)) + 1), T.len(completeHis())) : T.subSeq(completeHis(), (T.int(T.field(LastCommitted($s, i), "index")) + 1), T.len(completeHis())))
    })())
  }

  /** UnchangeRecorder as an action: tla/specs/ZkV3_7_0.tla, line 367. */
  function UnchangeRecorder_act($s: State, $n: T.Partial, $k: Continue): void {
    const $n960 = T.bindEach($n, [[V.recorder, $s.recorder]])
    if ($n960 === null) return
    $k($n960)
  }

  /** InitServerVarsL as part of Init: tla/specs/FastLeaderElection.tla, lines 244-250. */
  function InitServerVarsL_init($n: T.Partial, $k: Continue): void {
    const $n961 = T.bind($n, V.state, T.fnOver(Server, (_s) => LOOKING))
    if ($n961 === null) return
    const $n962 = T.bind($n961, V.currentEpoch, T.fnOver(Server, (_s) => 0))
    if ($n962 === null) return
    const $n963 = T.bind($n962, V.lastProcessed, T.fnOver(Server, (_s) => T.sortedRecord(["index", "zxid"], [0, T.tuple([0, 0])])))
    if ($n963 === null) return
    const $n964 = T.bind($n963, V.history, T.fnOver(Server, (_s) => T.tuple([])))
    if ($n964 === null) return
    $k($n964)
  }

  /** InitLeaderVarsL as part of Init: tla/specs/FastLeaderElection.tla, line 263. */
  function InitLeaderVarsL_init($n: T.Partial, $k: Continue): void {
    const $n965 = T.bind($n, V.leadingVoteSet, T.fnOver(Server, (_s) => T.setOf([])))
    if ($n965 === null) return
    $k($n965)
  }

  /** InitElectionVarsL as part of Init: tla/specs/FastLeaderElection.tla, lines 250-263. */
  function InitElectionVarsL_init($n: T.Partial, $k: Continue): void {
    const $n966 = T.bind($n, V.currentVote, T.fnOver(Server, (s) => SelfVote(viewOf($n), s)))
    if ($n966 === null) return
    const $n967 = T.bind($n966, V.logicalClock, T.fnOver(Server, (_s) => 0))
    if ($n967 === null) return
    const $n968 = T.bind($n967, V.receiveVotes, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => T.sortedRecord(["round", "state", "version", "vote"], [0, LOOKING, 0, InitialVote()]))))
    if ($n968 === null) return
    const $n969 = T.bind($n968, V.outOfElection, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => T.sortedRecord(["round", "state", "version", "vote"], [0, LOOKING, 0, InitialVote()]))))
    if ($n969 === null) return
    const $n970 = T.bind($n969, V.recvQueue, T.fnOver(Server, (_s) => T.tuple([])))
    if ($n970 === null) return
    const $n971 = T.bind($n970, V.waitNotmsg, T.fnOver(Server, (_s) => false))
    if ($n971 === null) return
    $k($n971)
  }

  /** RemoveNone(seq): tla/specs/FastLeaderElection.tla, lines 111-113. RECURSIVE. */
  function RemoveNone(seq: T.Value): T.Value {
    return (T.eq(seq, T.tuple([])) ? T.tuple([]) : !T.eq(seq, T.tuple([])) ? (T.eq(T.field(T.head(seq), "mtype"), NONE) ? RemoveNone(T.tail(seq)) : T.concat(T.tuple([T.head(seq)]), RemoveNone(T.tail(seq)))) : T.caseFail("tla/specs/FastLeaderElection.tla:111:20"))
  }

  /** ReplyNotmsg(i, j, m) as an action: tla/specs/FastLeaderElection.tla, lines 105-106. */
  function ReplyNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n972 = T.bind($n, V.electionMsgs, T.exceptPath(T.exceptPath($s.electionMsgs, [i, j], (_$at973) => T.append(T.apply(T.apply($s.electionMsgs, i), j), m)), [j, i], (_$at974) => T.tail(T.apply(T.apply($s.electionMsgs, j), i))))
    if ($n972 === null) return
    $k($n972)
  }

  /** DiscardNotmsg(i, j) as an action: tla/specs/FastLeaderElection.tla, lines 101-103. */
  function DiscardNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n975 = T.bind($n, V.electionMsgs, T.exceptPath($s.electionMsgs, [i, j], (_$at976) => (!T.eq(T.apply(T.apply($s.electionMsgs, i), j), T.tuple([])) ? T.tail(T.apply(T.apply($s.electionMsgs, i), j)) : T.tuple([]))))
    if ($n975 === null) return
    $k($n975)
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
    const $n977 = T.bind($n, V.electionMsgs, T.exceptPath($s.electionMsgs, [i], (_$at978) => T.fnOver(Server, (v) => (!T.eq(v, i) ? T.append(T.apply(T.apply($s.electionMsgs, i), v), m) : T.apply(T.apply($s.electionMsgs, i), v)))))
    if ($n977 === null) return
    $k($n977)
  }

  /** HasQuorums(i, msource, rcvset, thisvote, thisround): tla/specs/FastLeaderElection.tla, lines 221-222. */
  function HasQuorums(i: T.Value, msource: T.Value, rcvset: T.Value, thisvote: T.Value, thisround: T.Value): boolean {
    return ((): boolean => {
      const Q = T.once((): T.Value => VoteSet(i, msource, rcvset, thisvote, thisround))
      return (T.isIn(Q(), Quorums()) ? true : false)
    })()
  }

  /** RvClearAndPut(i, id, vote, round) as an action: tla/specs/FastLeaderElection.tla, lines 206-214. */
  function RvClearAndPut_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, id: T.Value, vote: T.Value, round: T.Value): void {
    const $n979 = T.bind($n, V.receiveVotes, ((): T.Value => {
      const oneVote = T.once((): T.Value => T.sortedRecord(["round", "state", "version", "vote"], [round, LOOKING, 1, vote]))
      return T.exceptPath($s.receiveVotes, [i], (_$at980) => T.fnOver(Server, (v) => (T.eq(v, id) ? oneVote() : T.sortedRecord(["round", "state", "version", "vote"], [0, LOOKING, 0, InitialVote()]))))
    })())
    if ($n979 === null) return
    $k($n979)
  }

  /** RvPut(i, id, mvote, mround, mstate) as an action: tla/specs/FastLeaderElection.tla, lines 188-195. */
  function RvPut_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, id: T.Value, mvote: T.Value, mround: T.Value, mstate: T.Value): void {
    const $n981 = T.bind($n, V.receiveVotes, ((T.int(T.field(T.apply(T.apply($s.receiveVotes, i), id), "round")) < T.int(mround)) ? T.exceptPath(T.exceptPath(T.exceptPath(T.exceptPath($s.receiveVotes, [i, id, "vote"], (_$at985) => mvote), [i, id, "round"], (_$at986) => mround), [i, id, "state"], (_$at987) => mstate), [i, id, "version"], (_$at988) => 1) : T.eq(T.field(T.apply(T.apply($s.receiveVotes, i), id), "round"), mround) ? T.exceptPath(T.exceptPath(T.exceptPath($s.receiveVotes, [i, id, "vote"], (_$at982) => mvote), [i, id, "state"], (_$at983) => mstate), [i, id, "version"], ($at984) => (T.int($at984) + 1)) : (T.int(T.field(T.apply(T.apply($s.receiveVotes, i), id), "round")) > T.int(mround)) ? $s.receiveVotes : T.caseFail("tla/specs/FastLeaderElection.tla:188:56")))
    if ($n981 === null) return
    $k($n981)
  }

  /** TotalOrderPredicate(vote1, vote2) as an action: tla/specs/FastLeaderElection.tla, lines 137-143. */
  function TotalOrderPredicate_act($s: State, $n: T.Partial, $k: Continue, vote1: T.Value, vote2: T.Value): void {
    const $k989 = ($n990: T.Partial): void => {
      $k($n990)
    }
    or991: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:137:41)
      if (!((T.int(T.field(vote1, "proposedEpoch")) > T.int(T.field(vote2, "proposedEpoch"))))) break or991
      $k989($n)
    }
    or992: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:138:41)
      if (!(T.eq(T.field(vote1, "proposedEpoch"), T.field(vote2, "proposedEpoch")))) break or992
      const $k993 = ($n994: T.Partial): void => {
        $k989($n994)
      }
      or995: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:139:47)
        ZxidCompare_act($s, $n, ($n996: T.Partial): void => {
          $k993($n996)
        }, T.field(vote1, "proposedZxid"), T.field(vote2, "proposedZxid"))
      }
      or997: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:140:47)
        if (!((T.bool(ZxidEqual(T.field(vote1, "proposedZxid"), T.field(vote2, "proposedZxid"))) && T.bool(IdCompare(T.field(vote1, "proposedLeader"), T.field(vote2, "proposedLeader")))))) break or997
        $k993($n)
      }
    }
  }

  /** UpdateProposal(i, nid, nzxid, nepoch) as an action: tla/specs/FastLeaderElection.tla, lines 177-179. */
  function UpdateProposal_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, nid: T.Value, nzxid: T.Value, nepoch: T.Value): void {
    const $n998 = T.bind($n, V.currentVote, T.exceptPath(T.exceptPath(T.exceptPath($s.currentVote, [i, "proposedLeader"], (_$at999) => nid), [i, "proposedZxid"], (_$at1000) => nzxid), [i, "proposedEpoch"], (_$at1001) => nepoch))
    if ($n998 === null) return
    $k($n998)
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
      const $k1002 = ($n1003: T.Partial): void => {
        const $k1004 = ($n1005: T.Partial): void => {
          $k($n1005)
        }
        or1006: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:349:15)
          if (!(T.bool(leaveOk1()))) break or1006
          const $n1007 = T.bind($n1003, V.state, T.exceptPath($s.state, [i], (_$at1008) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? LEADING : FOLLOWING)))
          if ($n1007 === null) break or1006
          const $n1009 = T.bind($n1007, V.leadingVoteSet, T.exceptPath($s.leadingVoteSet, [i], ($at1010) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? voteSet1() : $at1010)))
          if ($n1009 === null) break or1006
          UpdateProposal_act($s, $n1009, ($n1011: T.Partial): void => {
            const $n1012 = T.bindEach($n1011, [[V.logicalClock, $s.logicalClock], [V.outOfElection, $s.outOfElection]])
            if ($n1012 === null) return
            $k1004($n1012)
          }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
        }
        or1013: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:355:15)
          if (!(!T.bool(leaveOk1()))) break or1013
          const $n1014 = T.bind($n1003, V.outOfElection, T.exceptPath($s.outOfElection, [i], (_$at1015) => Put(i, T.field(n, "msource"), T.apply($s.outOfElection, i), T.field(n, "mvote"), T.field(n, "mround"), T.field(n, "mstate"))))
          if ($n1014 === null) break or1013
          {
            const voteSet2 = T.once((): T.Value => VoteSet(i, T.field(n, "msource"), T.apply(T.primed($n1014, V.outOfElection, "outOfElection"), i), T.field(n, "mvote"), T.field(n, "mround")))
            const hasQuorums2 = T.once((): T.Value => T.isIn(voteSet2(), Quorums()))
            const check2 = T.once((): T.Value => CheckLeader($s, i, T.apply(T.primed($n1014, V.outOfElection, "outOfElection"), i), T.field(T.field(n, "mvote"), "proposedLeader"), T.field(n, "mround")))
            const leaveOk2 = T.once((): T.Value => (T.bool(hasQuorums2()) && T.bool(check2())))
            const $k1016 = ($n1017: T.Partial): void => {
              $k1004($n1017)
            }
            or1018: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:363:21)
              if (!(T.bool(leaveOk2()))) break or1018
              const $n1019 = T.bind($n1014, V.logicalClock, T.exceptPath($s.logicalClock, [i], (_$at1020) => T.field(n, "mround")))
              if ($n1019 === null) break or1018
              const $n1021 = T.bind($n1019, V.state, T.exceptPath($s.state, [i], (_$at1022) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? LEADING : FOLLOWING)))
              if ($n1021 === null) break or1018
              const $n1023 = T.bind($n1021, V.leadingVoteSet, T.exceptPath($s.leadingVoteSet, [i], ($at1024) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? voteSet2() : $at1024)))
              if ($n1023 === null) break or1018
              UpdateProposal_act($s, $n1023, ($n1025: T.Partial): void => {
                $k1016($n1025)
              }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
            }
            or1026: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:369:21)
              if (!(!T.bool(leaveOk2()))) break or1026
              {
                const leaveOk3 = T.once((): T.Value => (T.eq(T.field(n, "mstate"), LEADING) && T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i))))
                const $k1027 = ($n1028: T.Partial): void => {
                  const $n1029 = T.bindEach($n1028, [[V.logicalClock, $s.logicalClock], [V.leadingVoteSet, $s.leadingVoteSet]])
                  if ($n1029 === null) return
                  $k1016($n1029)
                }
                or1030: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:373:27)
                  if (!(T.bool(leaveOk3()))) break or1030
                  const $n1031 = T.bind($n1014, V.state, T.exceptPath($s.state, [i], (_$at1032) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? LEADING : FOLLOWING)))
                  if ($n1031 === null) break or1030
                  UpdateProposal_act($s, $n1031, ($n1033: T.Partial): void => {
                    $k1027($n1033)
                  }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
                }
                or1034: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:377:27)
                  if (!(!T.bool(leaveOk3()))) break or1034
                  const $n1035 = T.bindEach($n1014, [[V.state, $s.state], [V.currentVote, $s.currentVote]])
                  if ($n1035 === null) break or1034
                  $k1027($n1035)
                }
              }
            }
          }
        }
      }
      or1036: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:345:15)
        if (!(T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i)))) break or1036
        const $n1037 = T.bind($n, V.receiveVotes, T.exceptPath($s.receiveVotes, [i], (_$at1038) => newVotes()))
        if ($n1037 === null) break or1036
        $k1002($n1037)
      }
      or1039: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:347:15)
        if (!(!T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i)))) break or1039
        const $n1040 = T.bindEach($n, [[V.receiveVotes, $s.receiveVotes]])
        if ($n1040 === null) break or1039
        $k1002($n1040)
      }
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

  /** CheckTimeout: tla/specs/ZkV3_7_0.tla, line 374. */
  function CheckTimeout($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "nTimeout"), "MaxTimeoutFailures")
  }

  /** CheckParameterLimit(n, p): tla/specs/ZkV3_7_0.tla, line 372. */
  function CheckParameterLimit(n: T.Value, p: T.Value): T.Value {
    return CheckParameterHelper(n, p, (i: T.Value, j: T.Value): T.Value => (T.int(i) < T.int(j)))
  }

  /** Quorums: tla/specs/FastLeaderElection.tla, line 42. */
  const Quorums = T.once((): T.Value => T.filter(T.powerset(Server), (Q) => ((T.cardinality(Q) * 2) > T.cardinality(Server))))

  /** RemoveElecting(set, sid): tla/specs/ZkV3_7_0.tla, lines 642-649. */
  function RemoveElecting(set: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_electing = T.once((): T.Value => T.map(set, (s) => T.field(s, "sid")))
      return (!T.isIn(sid, sid_electing()) ? set : ((): T.Value => {
      const info = T.once((): T.Value => T.choose(set, (s) => T.eq(T.field(s, "sid"), sid), "tla/specs/ZkV3_7_0.tla:645:29"))
      const new_info = T.once((): T.Value => T.sortedRecord(["inQuorum", "peerLastZxid", "sid"], [T.field(info(), "inQuorum"), T.tuple([-1, -1]), sid]))
      return T.union(T.minus(set, T.setOf([info()])), T.setOf([new_info()]))
    })())
    })()
  }

  /** RemoveConnectingOrAckldRecv(set, sid): tla/specs/ZkV3_7_0.tla, lines 650-656. */
  function RemoveConnectingOrAckldRecv(set: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_set = T.once((): T.Value => T.map(set, (s) => T.field(s, "sid")))
      return (!T.isIn(sid, sid_set()) ? set : ((): T.Value => {
      const info = T.once((): T.Value => T.choose(set, (s) => T.eq(T.field(s, "sid"), sid), "tla/specs/ZkV3_7_0.tla:653:29"))
      const new_info = T.once((): T.Value => T.sortedRecord(["connected", "sid"], [false, sid]))
      return T.union(T.minus(set, T.setOf([info()])), T.setOf([new_info()]))
    })())
    })()
  }

  /** ZabTimeout(i) as an action: tla/specs/FastLeaderElection.tla, lines 273-300. */
  function ZabTimeout_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.isIn(T.apply($s.state, i), T.setOf([LEADING, FOLLOWING])))) return
    const $n1041 = T.bind($n, V.state, T.exceptPath($s.state, [i], (_$at1042) => LOOKING))
    if ($n1041 === null) return
    const $n1043 = T.bind($n1041, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at1044) => InitLastProcessed($s, i)))
    if ($n1043 === null) return
    const $n1045 = T.bind($n1043, V.logicalClock, T.exceptPath($s.logicalClock, [i], (_$at1046) => (T.int(T.apply($s.logicalClock, i)) + 1)))
    if ($n1045 === null) return
    const $n1047 = T.bind($n1045, V.currentVote, T.exceptPath($s.currentVote, [i], (_$at1048) => T.sortedRecord(["proposedEpoch", "proposedLeader", "proposedZxid"], [T.apply($s.currentEpoch, i), i, T.field(T.apply(T.primed($n1045, V.lastProcessed, "lastProcessed"), i), "zxid")])))
    if ($n1047 === null) return
    const $n1049 = T.bind($n1047, V.receiveVotes, T.exceptPath($s.receiveVotes, [i], (_$at1050) => T.fnOver(Server, (_v) => T.sortedRecord(["round", "state", "version", "vote"], [0, LOOKING, 0, InitialVote()]))))
    if ($n1049 === null) return
    const $n1051 = T.bind($n1049, V.outOfElection, T.exceptPath($s.outOfElection, [i], (_$at1052) => T.fnOver(Server, (_v) => T.sortedRecord(["round", "state", "version", "vote"], [0, LOOKING, 0, InitialVote()]))))
    if ($n1051 === null) return
    const $n1053 = T.bind($n1051, V.recvQueue, T.exceptPath($s.recvQueue, [i], (_$at1054) => T.tuple([])))
    if ($n1053 === null) return
    const $n1055 = T.bind($n1053, V.waitNotmsg, T.exceptPath($s.waitNotmsg, [i], (_$at1056) => false))
    if ($n1055 === null) return
    const $n1057 = T.bind($n1055, V.leadingVoteSet, T.exceptPath($s.leadingVoteSet, [i], (_$at1058) => T.setOf([])))
    if ($n1057 === null) return
    BroadcastNotmsg_act($s, $n1057, ($n1059: T.Partial): void => {
      const $n1060 = T.bindEach($n1059, [[V.currentEpoch, $s.currentEpoch], [V.history, $s.history]])
      if ($n1060 === null) return
      $k($n1060)
    }, i, T.sortedRecord(["mround", "msource", "mstate", "mtype", "mvote"], [T.apply(T.primed($n1057, V.logicalClock, "logicalClock"), i), i, LOOKING, NOTIFICATION, T.apply(T.primed($n1057, V.currentVote, "currentVote"), i)]))
  }

  /** InitialConnectInfo: tla/specs/ZkV3_7_0.tla, lines 600-602. */
  const InitialConnectInfo = T.once((): T.Value => T.sortedRecord(["nlRcv", "sid", "syncMode"], [false, NullPoint, NONE]))

  /** ZabTimeoutInCluster(S) as an action: tla/specs/ZkV3_7_0.tla, lines 605-631. */
  function ZabTimeoutInCluster_act($s: State, $n: T.Partial, $k: Continue, S: T.Value): void {
    const $n1061 = T.bind($n, V.state, T.fnOver(Server, (s) => (T.isIn(s, S) ? LOOKING : T.apply($s.state, s))))
    if ($n1061 === null) return
    const $n1062 = T.bind($n1061, V.lastProcessed, T.fnOver(Server, (s) => (T.isIn(s, S) ? InitLastProcessed($s, s) : T.apply($s.lastProcessed, s))))
    if ($n1062 === null) return
    const $n1063 = T.bind($n1062, V.logicalClock, T.fnOver(Server, (s) => (T.isIn(s, S) ? (T.int(T.apply($s.logicalClock, s)) + 1) : T.apply($s.logicalClock, s))))
    if ($n1063 === null) return
    const $n1064 = T.bind($n1063, V.currentVote, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.sortedRecord(["proposedEpoch", "proposedLeader", "proposedZxid"], [T.apply($s.currentEpoch, s), s, T.field(T.apply(T.primed($n1063, V.lastProcessed, "lastProcessed"), s), "zxid")]) : T.apply($s.currentVote, s))))
    if ($n1064 === null) return
    const $n1065 = T.bind($n1064, V.receiveVotes, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.fnOver(Server, (_v) => InitialVotes()) : T.apply($s.receiveVotes, s))))
    if ($n1065 === null) return
    const $n1066 = T.bind($n1065, V.outOfElection, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.fnOver(Server, (_v) => InitialVotes()) : T.apply($s.outOfElection, s))))
    if ($n1066 === null) return
    const $n1067 = T.bind($n1066, V.recvQueue, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.tuple([T.sortedRecord(["mtype"], [NONE])]) : T.apply($s.recvQueue, s))))
    if ($n1067 === null) return
    const $n1068 = T.bind($n1067, V.waitNotmsg, T.fnOver(Server, (s) => (T.isIn(s, S) ? false : T.apply($s.waitNotmsg, s))))
    if ($n1068 === null) return
    const $n1069 = T.bind($n1068, V.leadingVoteSet, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.setOf([]) : T.apply($s.leadingVoteSet, s))))
    if ($n1069 === null) return
    const $n1070 = T.bindEach($n1069, [[V.electionMsgs, $s.electionMsgs], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history]])
    if ($n1070 === null) return
    const $n1071 = T.bind($n1070, V.zabState, T.fnOver(Server, (s) => (T.isIn(s, S) ? ELECTION : T.apply($s.zabState, s))))
    if ($n1071 === null) return
    const $n1072 = T.bind($n1071, V.connectInfo, T.fnOver(Server, (s) => (T.isIn(s, S) ? InitialConnectInfo() : T.apply($s.connectInfo, s))))
    if ($n1072 === null) return
    CleanInputBufferInCluster_act($s, $n1072, ($n1073: T.Partial): void => {
      $k($n1073)
    }, S)
  }

  /** IdTable: tla/specs/FastLeaderElection.tla, line 122. */
  const IdTable = T.once((): T.Value => InitializeIdTable(Server))

  /** SendSyncMsgs(i, j, lastSeenZxid, lastSeenIndex, mode, needRemoveHead) as an action: tla/specs/ZkV3_7_0.tla, lines 974-1012. */
  function SendSyncMsgs_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, lastSeenZxid: T.Value, lastSeenIndex: T.Value, mode: T.Value, needRemoveHead: T.Value): void {
    {
      const lastCommittedIndex = T.once((): T.Value => (T.eq(T.apply($s.zabState, i), BROADCAST) ? T.field(T.apply($s.lastCommitted, i), "index") : T.len(T.apply($s.history, i))))
      const lastProposedIndex = T.once((): T.Value => T.len(T.apply($s.history, i)))
      const queue_origin = T.once((): T.Value => ((T.int(lastSeenIndex) >= T.int(lastProposedIndex())) ? T.tuple([]) : queuePackets(T.tuple([]), T.apply($s.history, i), (T.int(lastSeenIndex) + 1), lastCommittedIndex(), lastProposedIndex())))
      const set_forChecking = T.once((): T.Value => ((T.int(lastSeenIndex) >= T.int(lastProposedIndex())) ? T.setOf([]) : setPacketsForChecking(T.setOf([]), i, T.apply($s.acceptedEpoch, i), T.apply($s.history, i), (T.int(lastSeenIndex) + 1), lastProposedIndex())))
      const m_trunc = T.once((): T.Value => T.sortedRecord(["mtruncZxid", "mtype"], [lastSeenZxid, TRUNC]))
      const m_diff = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [DIFF, lastSeenZxid]))
      const m_snap = T.once((): T.Value => T.sortedRecord(["msnapZxid", "msnapshot", "mtype"], [lastSeenZxid, SerializeSnapshot($s, i, lastSeenIndex), SNAP]))
      const newLeaderZxid = T.once((): T.Value => T.tuple([T.apply($s.acceptedEpoch, i), 0]))
      const m_newleader = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [NEWLEADER, newLeaderZxid()]))
      const queue_toSend = T.once((): T.Value => (T.eq(mode, TRUNC) ? T.concat(T.concat(T.tuple([m_trunc()]), queue_origin()), T.tuple([m_newleader()])) : T.eq(mode, DIFF) ? T.concat(T.concat(T.tuple([m_diff()]), queue_origin()), T.tuple([m_newleader()])) : T.eq(mode, SNAP) ? T.concat(T.concat(T.tuple([m_snap()]), queue_origin()), T.tuple([m_newleader()])) : T.caseFail("tla/specs/ZkV3_7_0.tla:996:32")))
      const $k1074 = ($n1075: T.Partial): void => {
        const $n1076 = T.bind($n1075, V.proposalMsgsLog, T.union($s.proposalMsgsLog, set_forChecking()))
        if ($n1076 === null) return
        const $n1077 = T.bind($n1076, V.forwarding, T.exceptPath($s.forwarding, [i], ($at1078) => T.union($at1078, T.setOf([j]))))
        if ($n1077 === null) return
        const $k1079 = ($n1080: T.Partial): void => {
          $k($n1080)
        }
        or1081: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1005:15)
          const $k1082 = ($n1083: T.Partial): void => {
            const $n1084 = T.bind($n1083, V.history, T.exceptPath($s.history, [i], ($at1085) => UpdateAckSid($at1085, lastSeenIndex, j)))
            if ($n1084 === null) return
            $k1079($n1084)
          }
          or1086: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1005:18)
            if (!(T.eq(mode, TRUNC))) break or1086
            $k1082($n1077)
          }
          or1087: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1005:34)
            if (!(T.eq(mode, DIFF))) break or1087
            $k1082($n1077)
          }
        }
        or1088: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1007:15)
          if (!(T.eq(mode, SNAP))) break or1088
          const $n1089 = T.bindEach($n1077, [[V.history, $s.history]])
          if ($n1089 === null) break or1088
          $k1079($n1089)
        }
      }
      or1090: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:999:21)
        if (!(T.bool(needRemoveHead))) break or1090
        DiscardAndSendPackets_act($s, $n, ($n1091: T.Partial): void => {
          $k1074($n1091)
        }, i, j, queue_toSend())
      }
      or1092: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1001:21)
        if (!(!T.bool(needRemoveHead))) break or1092
        SendPackets_act($s, $n, ($n1093: T.Partial): void => {
          $k1074($n1093)
        }, i, j, queue_toSend())
      }
    }
  }

  /** ZxidCompare(zxid1, zxid2) as an action: tla/specs/FastLeaderElection.tla, lines 130-134. */
  function ZxidCompare_act(_$s: State, $n: T.Partial, $k: Continue, zxid1: T.Value, zxid2: T.Value): void {
    const $k1094 = ($n1095: T.Partial): void => {
      $k($n1095)
    }
    or1096: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:130:33)
      if (!((T.int(T.apply(zxid1, 1)) > T.int(T.apply(zxid2, 1))))) break or1096
      $k1094($n)
    }
    or1097: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:131:33)
      if (!((T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && (T.int(T.apply(zxid1, 2)) > T.int(T.apply(zxid2, 2)))))) break or1097
      $k1094($n)
    }
  }

  /** IndexOfZxid(his, zxid): tla/specs/ZkV3_7_0.tla, lines 922-927. */
  function IndexOfZxid(his: T.Value, zxid: T.Value): T.Value {
    return ((T.len(his) === 0) ? 0 : ((): T.Value => {
      const idx = T.once((): T.Value => ZxidToIndex(his, zxid))
      const len = T.once((): T.Value => T.len(his))
      return ((T.int(idx()) <= T.int(len())) ? idx() : IndexOfZxidHelper(his, zxid, 1, len()))
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

  /** StartZkServer(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1499-1506. */
  function StartZkServer_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const latest = T.once((): T.Value => LastProposed($s, i))
      const $n1098 = T.bind($n, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at1099) => latest()))
      if ($n1098 === null) return
      const $n1100 = T.bind($n1098, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at1101) => latest()))
      if ($n1100 === null) return
      const $n1102 = T.bind($n1100, V.lastSnapshot, T.exceptPath($s.lastSnapshot, [i], (_$at1103) => latest()))
      if ($n1102 === null) return
      UpdateElectionVote_act($s, $n1102, ($n1104: T.Partial): void => {
        $k($n1104)
      }, i, T.apply($s.acceptedEpoch, i))
    }
  }

  /** CommittedTxns(i): tla/specs/ZkV3_7_0.tla, lines 1586-1591. */
  function CommittedTxns($s: State, i: T.Value): T.Value {
    return ((!T.bool(IsFollower($s, i)) || !T.eq(T.apply($s.zabState, i), SYNCHRONIZATION)) ? T.subSeq(T.apply($s.history, i), 1, T.field(T.apply($s.lastCommitted, i), "index")) : ((): T.Value => {
      const packetsCommitted = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "committed"))
      const completeHis = T.once((): T.Value => T.concat(T.apply($s.history, i), T.field(T.apply($s.packetsSync, i), "notCommitted")))
      return ((T.len(packetsCommitted()) === 0) ? T.apply($s.history, i) : T.subSeq(completeHis(), 1, T.field(LastCommitted($s, i), "index")))
    })())
  }

  /** TxnsAndCommittedMatch(txns, packetsCommitted): tla/specs/ZkV3_7_0.tla, lines 1596-1605. RECURSIVE. */
  function TxnsAndCommittedMatch(txns: T.Value, packetsCommitted: T.Value): boolean {
    return ((): boolean => {
      const len1 = T.once((): T.Value => T.len(txns))
      const len2 = T.once((): T.Value => T.len(packetsCommitted))
      return (T.eq(len2(), 0) ? true : ((T.int(len1()) < T.int(len2())) ? false : (T.bool(ZxidEqual(T.field(T.apply(txns, len1()), "zxid"), T.apply(packetsCommitted, len2()))) && T.bool(TxnsAndCommittedMatch(T.subSeq(txns, 1, (T.int(len1()) - 1)), T.subSeq(packetsCommitted, 1, (T.int(len2()) - 1)))))))
    })()
  }

  /** LeaderCommit(s, follower, index, zxid) as an action: tla/specs/ZkV3_7_0.tla, lines 1740-1752. */
  function LeaderCommit_act($s: State, $n: T.Partial, $k: Continue, s: T.Value, follower: T.Value, index: T.Value, zxid: T.Value): void {
    const $n1105 = T.bind($n, V.lastCommitted, T.exceptPath($s.lastCommitted, [s], (_$at1106) => T.sortedRecord(["index", "zxid"], [index, zxid])))
    if ($n1105 === null) return
    {
      const m_commit = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [COMMIT, zxid]))
      DiscardAndBroadcast_act($s, $n1105, ($n1107: T.Partial): void => {
        $k($n1107)
      }, s, follower, m_commit())
    }
  }

  /** Maximum(S): tla/specs/ZkV3_7_0.tla, lines 283-284. */
  function Maximum(S: T.Value): T.Value {
    return (T.eq(S, T.setOf([])) ? -1 : T.choose(S, (n) => T.elems(S).every((m) => (T.int(n) >= T.int(m))), "tla/specs/ZkV3_7_0.tla:284:30"))
  }

  /** SelfVote(i): tla/specs/FastLeaderElection.tla, lines 173-175. */
  function SelfVote($s: State, i: T.Value): T.Value {
    return T.sortedRecord(["proposedEpoch", "proposedLeader", "proposedZxid"], [T.apply($s.currentEpoch, i), i, T.field(T.apply($s.lastProcessed, i), "zxid")])
  }

  /** InitialVote: tla/specs/FastLeaderElection.tla, lines 169-171. */
  const InitialVote = T.once((): T.Value => T.sortedRecord(["proposedEpoch", "proposedLeader", "proposedZxid"], [0, NullPoint, T.tuple([0, 0])]))

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
    return ((T.int(T.field(T.apply(rcvset, id), "round")) < T.int(mround)) ? T.exceptPath(T.exceptPath(T.exceptPath(T.exceptPath(rcvset, [id, "vote"], (_$at1111) => mvote), [id, "round"], (_$at1112) => mround), [id, "state"], (_$at1113) => mstate), [id, "version"], (_$at1114) => 1) : T.eq(T.field(T.apply(rcvset, id), "round"), mround) ? T.exceptPath(T.exceptPath(T.exceptPath(rcvset, [id, "vote"], (_$at1108) => mvote), [id, "state"], (_$at1109) => mstate), [id, "version"], ($at1110) => (T.int($at1110) + 1)) : (T.int(T.field(T.apply(rcvset, id), "round")) > T.int(mround)) ? rcvset : T.caseFail("tla/specs/FastLeaderElection.tla:197:46"))
  }

  /** CheckLeader(i, votes, thisleader, thisround): tla/specs/FastLeaderElection.tla, lines 224-227. */
  function CheckLeader($s: State, i: T.Value, votes: T.Value, thisleader: T.Value, thisround: T.Value): boolean {
    return (T.eq(thisleader, i) ? (T.eq(thisround, T.apply($s.logicalClock, i)) ? true : false) : (T.eq(T.field(T.field(T.apply(votes, thisleader), "vote"), "proposedLeader"), NullPoint) ? false : (T.eq(T.field(T.apply(votes, thisleader), "state"), LEADING) ? true : false)))
  }

  /** InitAcksidInTxns(txns, src): tla/specs/FastLeaderElection.tla, lines 157-162. RECURSIVE. */
  function InitAcksidInTxns(txns: T.Value, src: T.Value): T.Value {
    return ((T.len(txns) === 0) ? T.tuple([]) : ((): T.Value => {
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.setOf([src]), T.field(T.apply(txns, 1), "epoch"), T.field(T.apply(txns, 1), "value"), T.field(T.apply(txns, 1), "zxid")]))
      return T.concat(T.tuple([newTxn()]), InitAcksidInTxns(T.tail(txns), src))
    })())
  }

  /** VoteEqual(vote1, round1, vote2, round2): tla/specs/FastLeaderElection.tla, lines 143-148. */
  function VoteEqual(vote1: T.Value, round1: T.Value, vote2: T.Value, round2: T.Value): boolean {
    return (T.eq(T.field(vote1, "proposedLeader"), T.field(vote2, "proposedLeader")) && T.bool(ZxidEqual(T.field(vote1, "proposedZxid"), T.field(vote2, "proposedZxid"))) && T.eq(T.field(vote1, "proposedEpoch"), T.field(vote2, "proposedEpoch")) && T.eq(round1, round2))
  }

  /** CheckParameterHelper(n, p, Comp(_, _)): tla/specs/ZkV3_7_0.tla, lines 369-371. */
  function CheckParameterHelper(n: T.Value, p: T.Value, Comp: (a0: T.Value, a1: T.Value) => T.Value): T.Value {
    return (T.isIn(p, T.domain(Parameters)) ? Comp(n, T.apply(Parameters, p)) : true)
  }

  /** InitialVotes: tla/specs/ZkV3_7_0.tla, lines 595-598. */
  const InitialVotes = T.once((): T.Value => T.sortedRecord(["round", "state", "version", "vote"], [0, LOOKING, 0, InitialVote()]))

  /** CleanInputBufferInCluster(S) as an action: tla/specs/ZkV3_7_0.tla, lines 454-456. */
  function CleanInputBufferInCluster_act($s: State, $n: T.Partial, $k: Continue, S: T.Value): void {
    const $n1115 = T.bind($n, V.msgs, T.fnOver(Server, (s) => T.fnOver(Server, (v) => (T.isIn(v, S) ? T.tuple([]) : T.apply(T.apply($s.msgs, s), v)))))
    if ($n1115 === null) return
    $k($n1115)
  }

  /** InitializeIdTable(Remaining): tla/specs/FastLeaderElection.tla, lines 117-120. RECURSIVE. */
  function InitializeIdTable(Remaining: T.Value): T.Value {
    return (T.eq(Remaining, T.setOf([])) ? T.setOf([]) : ((): T.Value => {
      const chosen = T.once((): T.Value => T.choose(Remaining, (_i) => true, "tla/specs/FastLeaderElection.tla:118:52"))
      const re = T.once((): T.Value => T.minus(Remaining, T.setOf([chosen()])))
      return T.union(T.setOf([T.tuple([chosen(), T.cardinality(Remaining)])]), InitializeIdTable(re()))
    })())
  }

  /** UpdateAckSid(his, lastSeenIndex, target): tla/specs/ZkV3_7_0.tla, lines 892-894. */
  function UpdateAckSid(his: T.Value, lastSeenIndex: T.Value, target: T.Value): T.Value {
    return (((T.len(his) === 0) || T.eq(lastSeenIndex, 0)) ? his : UpdateAckSidHelper(his, 1, Minimum(T.setOf([T.len(his), lastSeenIndex])), target))
  }

  /** SendPackets(i, j, ms) as an action: tla/specs/ZkV3_7_0.tla, line 407. */
  function SendPackets_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, ms: T.Value): void {
    const $n1116 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i, j], (_$at1117) => T.concat(T.apply(T.apply($s.msgs, i), j), ms)))
    if ($n1116 === null) return
    $k($n1116)
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
    return ((T.int(idx) <= 0) ? T.tuple([]) : T.subSeq(T.apply($s.history, i), 1, idx))
  }

  /** IndexOfZxidHelper(his, zxid, cur, end): tla/specs/ZkV3_7_0.tla, lines 917-920. RECURSIVE. */
  function IndexOfZxidHelper(his: T.Value, zxid: T.Value, cur: T.Value, end: T.Value): T.Value {
    return ((T.int(cur) > T.int(end)) ? end : (T.bool(ZxidCompare(T.field(T.apply(his, cur), "zxid"), zxid)) ? (T.int(cur) - 1) : IndexOfZxidHelper(his, zxid, (T.int(cur) + 1), end)))
  }

  /** DiscardAndBroadcast(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, lines 418-423. */
  function DiscardAndBroadcast_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n1118 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at1119) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i], (_$at1120) => T.fnOver(Server, (v) => ((T.isIn(v, T.apply($s.forwarding, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
    if ($n1118 === null) return
    $k($n1118)
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
      const curTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [(T.isIn(target, T.field(T.apply(his, 1), "ackSid")) ? T.field(T.apply(his, 1), "ackSid") : T.union(T.field(T.apply(his, 1), "ackSid"), T.setOf([target]))), T.field(T.apply(his, 1), "epoch"), T.field(T.apply(his, 1), "value"), T.field(T.apply(his, 1), "zxid")]))
      return T.concat(T.tuple([curTxn()]), UpdateAckSidHelper(T.tail(his), (T.int(cur) + 1), end, target))
    })())
  }

  return {
    variables,
    init: (): ReadonlyArray<State> => {
      const states: Array<State> = []
      Init_init(blank, (n) => states.push(stateOf(n)))
      return states
    },
    actions: [
      {
        name: "FLEReceiveNotmsg",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FLEReceiveNotmsg_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FLENotmsgTimeout",
        params: ["i"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          FLENotmsgTimeout_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FLEHandleNotmsg",
        params: ["i"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          FLEHandleNotmsg_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FLEWaitNewNotmsg",
        params: ["i"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          FLEWaitNewNotmsg_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "PartitionStart",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          PartitionStart_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "PartitionRecover",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          PartitionRecover_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "NodeCrash",
        params: ["i"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          NodeCrash_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "NodeStart",
        params: ["i"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          NodeStart_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "ConnectAndFollowerSendFOLLOWERINFO",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          ConnectAndFollowerSendFOLLOWERINFO_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessFOLLOWERINFO",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderProcessFOLLOWERINFO_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessLEADERINFO",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessLEADERINFO_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessACKEPOCH",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderProcessACKEPOCH_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderSyncFollower",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderSyncFollower_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessSyncMessage",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessSyncMessage_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessPROPOSALInSync",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessPROPOSALInSync_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessCOMMITInSync",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessCOMMITInSync_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessNEWLEADER",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessNEWLEADER_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessACKLD",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderProcessACKLD_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessUPTODATE",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessUPTODATE_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessRequest",
        params: ["i"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          LeaderProcessRequest_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessPROPOSAL",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessPROPOSAL_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessACK",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderProcessACK_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessCOMMIT",
        params: ["i", "j"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            for (const j of T.elems(Server)) {
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessCOMMIT_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FilterNonexistentMessage",
        params: ["i"],
        args: (_$s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          FilterNonexistentMessage_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
    ],
    invariants: [
      { name: "CheckDuringAction", holds: ($s: State): boolean => T.bool(CheckDuringAction($s)) },
      { name: "Leadership1", holds: ($s: State): boolean => T.bool(Leadership1($s)) },
      { name: "Leadership2", holds: ($s: State): boolean => T.bool(Leadership2($s)) },
      { name: "PrefixConsistency", holds: ($s: State): boolean => T.bool(PrefixConsistency($s)) },
      { name: "Integrity", holds: ($s: State): boolean => T.bool(Integrity($s)) },
      { name: "Agreement", holds: ($s: State): boolean => T.bool(Agreement($s)) },
      { name: "TotalOrder", holds: ($s: State): boolean => T.bool(TotalOrder($s)) },
      { name: "LocalPrimaryOrder", holds: ($s: State): boolean => T.bool(LocalPrimaryOrder($s)) },
      { name: "GlobalPrimaryOrder", holds: ($s: State): boolean => T.bool(GlobalPrimaryOrder($s)) },
      { name: "PrimaryIntegrity", holds: ($s: State): boolean => T.bool(PrimaryIntegrity($s)) },
    ],
    constraints: [
      { name: "Bounded", holds: ($s: State): boolean => T.bool(Bounded($s)) },
    ],
    typeOK: ($s: State): ReadonlyArray<string> => {
      const problems: Array<string> = []
      if (!(T.isFnOf($s.zabState, Server, ($v1: T.Value): boolean => T.isIn($v1, ZabState())))) problems.push("zabState is not in its type (tla/specs/ZkV3_7_0.tla:249:8)")
      if (!(T.isFnOf($s.acceptedEpoch, Server, ($v2: T.Value): boolean => T.isIn($v2, T.Nat)))) problems.push("acceptedEpoch is not in its type (tla/specs/ZkV3_7_0.tla:250:8)")
      if (!(T.isFnOf($s.lastCommitted, Server, ($v3: T.Value): boolean => T.isRecordOf($v3, [["index", ($v4: T.Value): boolean => T.isIn($v4, T.Nat)], ["zxid", ($v5: T.Value): boolean => T.isSeqOf($v5, ($v6: T.Value): boolean => (T.isIn($v6, T.Nat) || T.isIn($v6, T.setOf([-1]))))]])))) problems.push("lastCommitted is not in its type (tla/specs/ZkV3_7_0.tla:251:8)")
      if (!(T.isFnOf($s.lastSnapshot, Server, ($v7: T.Value): boolean => T.isRecordOf($v7, [["index", ($v8: T.Value): boolean => T.isIn($v8, T.Nat)], ["zxid", ($v9: T.Value): boolean => T.isSeqOf($v9, ($v10: T.Value): boolean => (T.isIn($v10, T.Nat) || T.isIn($v10, T.setOf([-1]))))]])))) problems.push("lastSnapshot is not in its type (tla/specs/ZkV3_7_0.tla:252:8)")
      if (!(T.isFnOf($s.learners, Server, ($v11: T.Value): boolean => T.isSetOf($v11, ($v12: T.Value): boolean => T.isIn($v12, Server))))) problems.push("learners is not in its type (tla/specs/ZkV3_7_0.tla:253:8)")
      if (!(T.isFnOf($s.connecting, Server, ($v13: T.Value): boolean => T.isSetOf($v13, ($v14: T.Value): boolean => T.isRecordOf($v14, [["sid", ($v15: T.Value): boolean => T.isIn($v15, Server)], ["connected", ($v16: T.Value): boolean => T.isIn($v16, T.BOOLEAN)]]))))) problems.push("connecting is not in its type (tla/specs/ZkV3_7_0.tla:254:8)")
      if (!(T.isFnOf($s.electing, Server, ($v17: T.Value): boolean => T.isSetOf($v17, ($v18: T.Value): boolean => T.isRecordOf($v18, [["sid", ($v19: T.Value): boolean => T.isIn($v19, Server)], ["peerLastZxid", ($v20: T.Value): boolean => T.isSeqOf($v20, ($v21: T.Value): boolean => (T.isIn($v21, T.Nat) || T.isIn($v21, T.setOf([-1]))))], ["inQuorum", ($v22: T.Value): boolean => T.isIn($v22, T.BOOLEAN)]]))))) problems.push("electing is not in its type (tla/specs/ZkV3_7_0.tla:255:8)")
      if (!(T.isFnOf($s.ackldRecv, Server, ($v23: T.Value): boolean => T.isSetOf($v23, ($v24: T.Value): boolean => T.isRecordOf($v24, [["sid", ($v25: T.Value): boolean => T.isIn($v25, Server)], ["connected", ($v26: T.Value): boolean => T.isIn($v26, T.BOOLEAN)]]))))) problems.push("ackldRecv is not in its type (tla/specs/ZkV3_7_0.tla:256:8)")
      if (!(T.isFnOf($s.forwarding, Server, ($v27: T.Value): boolean => T.isSetOf($v27, ($v28: T.Value): boolean => T.isIn($v28, Server))))) problems.push("forwarding is not in its type (tla/specs/ZkV3_7_0.tla:257:8)")
      if (!(T.isFnOf($s.initialHistory, Server, ($v29: T.Value): boolean => T.isSeqOf($v29, ($v30: T.Value): boolean => T.isRecordOf($v30, [["zxid", ($v31: T.Value): boolean => T.isSeqOf($v31, ($v32: T.Value): boolean => (T.isIn($v32, T.Nat) || T.isIn($v32, T.setOf([-1]))))], ["value", ($v33: T.Value): boolean => T.isIn($v33, T.Nat)], ["ackSid", ($v34: T.Value): boolean => T.isSetOf($v34, ($v35: T.Value): boolean => T.isIn($v35, Server))], ["epoch", ($v36: T.Value): boolean => T.isIn($v36, T.Nat)]]))))) problems.push("initialHistory is not in its type (tla/specs/ZkV3_7_0.tla:258:8)")
      if (!(T.isFnOf($s.tempMaxEpoch, Server, ($v37: T.Value): boolean => T.isIn($v37, T.Nat)))) problems.push("tempMaxEpoch is not in its type (tla/specs/ZkV3_7_0.tla:259:8)")
      if (!(T.isFnOf($s.connectInfo, Server, ($v38: T.Value): boolean => T.isRecordOf($v38, [["sid", ($v39: T.Value): boolean => T.isIn($v39, ServersIncNullPoint())], ["syncMode", ($v40: T.Value): boolean => T.isIn($v40, SyncMode())], ["nlRcv", ($v41: T.Value): boolean => T.isIn($v41, T.BOOLEAN)]])))) problems.push("connectInfo is not in its type (tla/specs/ZkV3_7_0.tla:260:8)")
      if (!(T.isFnOf($s.packetsSync, Server, ($v42: T.Value): boolean => T.isRecordOf($v42, [["notCommitted", ($v43: T.Value): boolean => T.isSeqOf($v43, ($v44: T.Value): boolean => T.isRecordOf($v44, [["zxid", ($v45: T.Value): boolean => T.isSeqOf($v45, ($v46: T.Value): boolean => (T.isIn($v46, T.Nat) || T.isIn($v46, T.setOf([-1]))))], ["value", ($v47: T.Value): boolean => T.isIn($v47, T.Nat)], ["ackSid", ($v48: T.Value): boolean => T.isSetOf($v48, ($v49: T.Value): boolean => T.isIn($v49, Server))], ["epoch", ($v50: T.Value): boolean => T.isIn($v50, T.Nat)]]))], ["committed", ($v51: T.Value): boolean => T.isSeqOf($v51, ($v52: T.Value): boolean => T.isSeqOf($v52, ($v53: T.Value): boolean => (T.isIn($v53, T.Nat) || T.isIn($v53, T.setOf([-1])))))]])))) problems.push("packetsSync is not in its type (tla/specs/ZkV3_7_0.tla:261:8)")
      if (!(T.isFnOf($s.status, Server, ($v54: T.Value): boolean => T.isIn($v54, T.setOf([ONLINE, OFFLINE]))))) problems.push("status is not in its type (tla/specs/ZkV3_7_0.tla:262:8)")
      if (!(T.isFnOf($s.partition, Server, ($v55: T.Value): boolean => T.isFnOf($v55, Server, ($v56: T.Value): boolean => T.isIn($v56, T.BOOLEAN))))) problems.push("partition is not in its type (tla/specs/ZkV3_7_0.tla:263:8)")
      if (!(T.isSetOf($s.proposalMsgsLog, ($v57: T.Value): boolean => T.isRecordOf($v57, [["source", ($v58: T.Value): boolean => T.isIn($v58, Server)], ["epoch", ($v59: T.Value): boolean => T.isIn($v59, T.Nat)], ["zxid", ($v60: T.Value): boolean => T.isSeqOf($v60, ($v61: T.Value): boolean => (T.isIn($v61, T.Nat) || T.isIn($v61, T.setOf([-1]))))], ["data", ($v62: T.Value): boolean => T.isIn($v62, T.Nat)]])))) problems.push("proposalMsgsLog is not in its type (tla/specs/ZkV3_7_0.tla:264:8)")
      if (!(T.isFnOf($s.epochLeader, T.range(1, MAXEPOCH()), ($v63: T.Value): boolean => T.isSetOf($v63, ($v64: T.Value): boolean => T.isIn($v64, Server))))) problems.push("epochLeader is not in its type (tla/specs/ZkV3_7_0.tla:265:8)")
      if (!(T.isFnOf($s.violatedInvariants, ViolationSet(), ($v65: T.Value): boolean => T.isIn($v65, T.BOOLEAN)))) problems.push("violatedInvariants is not in its type (tla/specs/ZkV3_7_0.tla:266:8)")
      if (!(T.isFnOf($s.msgs, Server, ($v66: T.Value): boolean => T.isFnOf($v66, Server, ($v67: T.Value): boolean => T.isSeqOf($v67, ($v68: T.Value): boolean => (((((((((((T.isRecordOf($v68, [["mtype", ($v69: T.Value): boolean => T.isIn($v69, T.setOf([FOLLOWERINFO]))], ["mzxid", ($v70: T.Value): boolean => T.isSeqOf($v70, ($v71: T.Value): boolean => (T.isIn($v71, T.Nat) || T.isIn($v71, T.setOf([-1]))))]]) || T.isRecordOf($v68, [["mtype", ($v72: T.Value): boolean => T.isIn($v72, T.setOf([LEADERINFO]))], ["mzxid", ($v73: T.Value): boolean => T.isSeqOf($v73, ($v74: T.Value): boolean => (T.isIn($v74, T.Nat) || T.isIn($v74, T.setOf([-1]))))]])) || T.isRecordOf($v68, [["mtype", ($v75: T.Value): boolean => T.isIn($v75, T.setOf([ACKEPOCH]))], ["mzxid", ($v76: T.Value): boolean => T.isSeqOf($v76, ($v77: T.Value): boolean => (T.isIn($v77, T.Nat) || T.isIn($v77, T.setOf([-1]))))], ["mepoch", ($v78: T.Value): boolean => (T.isIn($v78, T.Nat) || T.isIn($v78, T.setOf([-1])))]])) || T.isRecordOf($v68, [["mtype", ($v79: T.Value): boolean => T.isIn($v79, T.setOf([DIFF]))], ["mzxid", ($v80: T.Value): boolean => T.isSeqOf($v80, ($v81: T.Value): boolean => (T.isIn($v81, T.Nat) || T.isIn($v81, T.setOf([-1]))))]])) || T.isRecordOf($v68, [["mtype", ($v82: T.Value): boolean => T.isIn($v82, T.setOf([TRUNC]))], ["mtruncZxid", ($v83: T.Value): boolean => T.isSeqOf($v83, ($v84: T.Value): boolean => (T.isIn($v84, T.Nat) || T.isIn($v84, T.setOf([-1]))))]])) || T.isRecordOf($v68, [["mtype", ($v85: T.Value): boolean => T.isIn($v85, T.setOf([SNAP]))], ["msnapZxid", ($v86: T.Value): boolean => T.isSeqOf($v86, ($v87: T.Value): boolean => (T.isIn($v87, T.Nat) || T.isIn($v87, T.setOf([-1]))))], ["msnapshot", ($v88: T.Value): boolean => T.isSeqOf($v88, ($v89: T.Value): boolean => T.isRecordOf($v89, [["zxid", ($v90: T.Value): boolean => T.isSeqOf($v90, ($v91: T.Value): boolean => (T.isIn($v91, T.Nat) || T.isIn($v91, T.setOf([-1]))))], ["value", ($v92: T.Value): boolean => T.isIn($v92, T.Nat)], ["ackSid", ($v93: T.Value): boolean => T.isSetOf($v93, ($v94: T.Value): boolean => T.isIn($v94, Server))], ["epoch", ($v95: T.Value): boolean => T.isIn($v95, T.Nat)]]))]])) || T.isRecordOf($v68, [["mtype", ($v96: T.Value): boolean => T.isIn($v96, T.setOf([PROPOSAL]))], ["mzxid", ($v97: T.Value): boolean => T.isSeqOf($v97, ($v98: T.Value): boolean => (T.isIn($v98, T.Nat) || T.isIn($v98, T.setOf([-1]))))], ["mdata", ($v99: T.Value): boolean => T.isIn($v99, T.Nat)]])) || T.isRecordOf($v68, [["mtype", ($v100: T.Value): boolean => T.isIn($v100, T.setOf([COMMIT]))], ["mzxid", ($v101: T.Value): boolean => T.isSeqOf($v101, ($v102: T.Value): boolean => (T.isIn($v102, T.Nat) || T.isIn($v102, T.setOf([-1]))))]])) || T.isRecordOf($v68, [["mtype", ($v103: T.Value): boolean => T.isIn($v103, T.setOf([NEWLEADER]))], ["mzxid", ($v104: T.Value): boolean => T.isSeqOf($v104, ($v105: T.Value): boolean => (T.isIn($v105, T.Nat) || T.isIn($v105, T.setOf([-1]))))]])) || T.isRecordOf($v68, [["mtype", ($v106: T.Value): boolean => T.isIn($v106, T.setOf([ACKLD]))], ["mzxid", ($v107: T.Value): boolean => T.isSeqOf($v107, ($v108: T.Value): boolean => (T.isIn($v108, T.Nat) || T.isIn($v108, T.setOf([-1]))))]])) || T.isRecordOf($v68, [["mtype", ($v109: T.Value): boolean => T.isIn($v109, T.setOf([ACK]))], ["mzxid", ($v110: T.Value): boolean => T.isSeqOf($v110, ($v111: T.Value): boolean => (T.isIn($v111, T.Nat) || T.isIn($v111, T.setOf([-1]))))]])) || T.isRecordOf($v68, [["mtype", ($v112: T.Value): boolean => T.isIn($v112, T.setOf([UPTODATE]))], ["mzxid", ($v113: T.Value): boolean => T.isSeqOf($v113, ($v114: T.Value): boolean => (T.isIn($v114, T.Nat) || T.isIn($v114, T.setOf([-1]))))]]))))))) problems.push("msgs is not in its type (tla/specs/ZkV3_7_0.tla:267:8)")
      if (!(T.isFnOf($s.electionMsgs, Server, ($v115: T.Value): boolean => T.isFnOf($v115, Server, ($v116: T.Value): boolean => T.isSeqOf($v116, ($v117: T.Value): boolean => (T.isRecordOf($v117, [["mtype", ($v118: T.Value): boolean => T.isIn($v118, T.setOf([NOTIFICATION]))], ["msource", ($v119: T.Value): boolean => T.isIn($v119, Server)], ["mstate", ($v120: T.Value): boolean => T.isIn($v120, ElectionState())], ["mround", ($v121: T.Value): boolean => T.isIn($v121, T.Nat)], ["mvote", ($v122: T.Value): boolean => T.isRecordOf($v122, [["proposedLeader", ($v123: T.Value): boolean => T.isIn($v123, ServersIncNullPoint())], ["proposedZxid", ($v124: T.Value): boolean => T.isSeqOf($v124, ($v125: T.Value): boolean => (T.isIn($v125, T.Nat) || T.isIn($v125, T.setOf([-1]))))], ["proposedEpoch", ($v126: T.Value): boolean => T.isIn($v126, T.Nat)]])]]) || T.isRecordOf($v117, [["mtype", ($v127: T.Value): boolean => T.isIn($v127, T.setOf([NONE]))]]))))))) problems.push("electionMsgs is not in its type (tla/specs/ZkV3_7_0.tla:269:8)")
      if (!(T.isFnOf($s.recvQueue, Server, ($v128: T.Value): boolean => T.isSeqOf($v128, ($v129: T.Value): boolean => (T.isRecordOf($v129, [["mtype", ($v130: T.Value): boolean => T.isIn($v130, T.setOf([NOTIFICATION]))], ["msource", ($v131: T.Value): boolean => T.isIn($v131, Server)], ["mstate", ($v132: T.Value): boolean => T.isIn($v132, ElectionState())], ["mround", ($v133: T.Value): boolean => T.isIn($v133, T.Nat)], ["mvote", ($v134: T.Value): boolean => T.isRecordOf($v134, [["proposedLeader", ($v135: T.Value): boolean => T.isIn($v135, ServersIncNullPoint())], ["proposedZxid", ($v136: T.Value): boolean => T.isSeqOf($v136, ($v137: T.Value): boolean => (T.isIn($v137, T.Nat) || T.isIn($v137, T.setOf([-1]))))], ["proposedEpoch", ($v138: T.Value): boolean => T.isIn($v138, T.Nat)]])]]) || T.isRecordOf($v129, [["mtype", ($v139: T.Value): boolean => T.isIn($v139, T.setOf([NONE]))]])))))) problems.push("recvQueue is not in its type (tla/specs/ZkV3_7_0.tla:270:8)")
      if (!(T.isFnOf($s.leadingVoteSet, Server, ($v140: T.Value): boolean => T.isSetOf($v140, ($v141: T.Value): boolean => T.isIn($v141, Server))))) problems.push("leadingVoteSet is not in its type (tla/specs/ZkV3_7_0.tla:271:8)")
      if (!(T.isFnOf($s.receiveVotes, Server, ($v142: T.Value): boolean => T.isFnOf($v142, Server, ($v143: T.Value): boolean => T.isRecordOf($v143, [["vote", ($v144: T.Value): boolean => T.isRecordOf($v144, [["proposedLeader", ($v145: T.Value): boolean => T.isIn($v145, ServersIncNullPoint())], ["proposedZxid", ($v146: T.Value): boolean => T.isSeqOf($v146, ($v147: T.Value): boolean => (T.isIn($v147, T.Nat) || T.isIn($v147, T.setOf([-1]))))], ["proposedEpoch", ($v148: T.Value): boolean => T.isIn($v148, T.Nat)]])], ["round", ($v149: T.Value): boolean => T.isIn($v149, T.Nat)], ["state", ($v150: T.Value): boolean => T.isIn($v150, ElectionState())], ["version", ($v151: T.Value): boolean => T.isIn($v151, T.Nat)]]))))) problems.push("receiveVotes is not in its type (tla/specs/ZkV3_7_0.tla:272:8)")
      if (!(T.isFnOf($s.currentVote, Server, ($v152: T.Value): boolean => T.isRecordOf($v152, [["proposedLeader", ($v153: T.Value): boolean => T.isIn($v153, ServersIncNullPoint())], ["proposedZxid", ($v154: T.Value): boolean => T.isSeqOf($v154, ($v155: T.Value): boolean => (T.isIn($v155, T.Nat) || T.isIn($v155, T.setOf([-1]))))], ["proposedEpoch", ($v156: T.Value): boolean => T.isIn($v156, T.Nat)]])))) problems.push("currentVote is not in its type (tla/specs/ZkV3_7_0.tla:273:8)")
      if (!(T.isFnOf($s.outOfElection, Server, ($v157: T.Value): boolean => T.isFnOf($v157, Server, ($v158: T.Value): boolean => T.isRecordOf($v158, [["vote", ($v159: T.Value): boolean => T.isRecordOf($v159, [["proposedLeader", ($v160: T.Value): boolean => T.isIn($v160, ServersIncNullPoint())], ["proposedZxid", ($v161: T.Value): boolean => T.isSeqOf($v161, ($v162: T.Value): boolean => (T.isIn($v162, T.Nat) || T.isIn($v162, T.setOf([-1]))))], ["proposedEpoch", ($v163: T.Value): boolean => T.isIn($v163, T.Nat)]])], ["round", ($v164: T.Value): boolean => T.isIn($v164, T.Nat)], ["state", ($v165: T.Value): boolean => T.isIn($v165, ElectionState())], ["version", ($v166: T.Value): boolean => T.isIn($v166, T.Nat)]]))))) problems.push("outOfElection is not in its type (tla/specs/ZkV3_7_0.tla:274:8)")
      if (!(T.isFnOf($s.lastProcessed, Server, ($v167: T.Value): boolean => T.isRecordOf($v167, [["index", ($v168: T.Value): boolean => T.isIn($v168, T.Nat)], ["zxid", ($v169: T.Value): boolean => T.isSeqOf($v169, ($v170: T.Value): boolean => (T.isIn($v170, T.Nat) || T.isIn($v170, T.setOf([-1]))))]])))) problems.push("lastProcessed is not in its type (tla/specs/ZkV3_7_0.tla:275:8)")
      if (!(T.isFnOf($s.history, Server, ($v171: T.Value): boolean => T.isSeqOf($v171, ($v172: T.Value): boolean => T.isRecordOf($v172, [["zxid", ($v173: T.Value): boolean => T.isSeqOf($v173, ($v174: T.Value): boolean => (T.isIn($v174, T.Nat) || T.isIn($v174, T.setOf([-1]))))], ["value", ($v175: T.Value): boolean => T.isIn($v175, T.Nat)], ["ackSid", ($v176: T.Value): boolean => T.isSetOf($v176, ($v177: T.Value): boolean => T.isIn($v177, Server))], ["epoch", ($v178: T.Value): boolean => T.isIn($v178, T.Nat)]]))))) problems.push("history is not in its type (tla/specs/ZkV3_7_0.tla:276:8)")
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
