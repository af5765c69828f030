// Generated from tla/specs/ZkV3_7_0.tla by the TLA+ translator (tla/); do not edit. `npm run tla:gen` regenerates it,
// and a test fails if this file differs from a fresh translation.
/* eslint-disable */
import { Schema } from "effect"
import type { GeneratedAction, GeneratedSpec } from "../tla-spec.js"
import * as T from "../tla-values.js"

/** The variables of ZkV3_7_0, in declaration order. */
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

/** The constants of ZkV3_7_0, and the definitions a configuration overrides (NullPoint). */
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

/** ZkV3_7_0 with its constants fixed: Init, the actions of Next, the invariants. */
export function makeZkV3_7_0(constants: Constants): GeneratedSpec<State> {
  const { Server, LOOKING, FOLLOWING, LEADING, NOTIFICATION, NONE, ELECTION, DISCOVERY, SYNCHRONIZATION, BROADCAST, DIFF, TRUNC, SNAP, FOLLOWERINFO, LEADERINFO, ACKEPOCH, NEWLEADER, ACKLD, UPTODATE, PROPOSAL, ACK, COMMIT, ONLINE, OFFLINE, Parameters, NullPoint } = constants
  const blank: T.Partial = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]

  /** Init as part of Init: tla/specs/ZkV3_7_0.tla, lines 507-515. */
  function Init_init($n: T.Partial, $k: Continue): void {
    InitServerVars_init($n, ($n1: T.Partial): void => {
      InitLeaderVars_init($n1, ($n2: T.Partial): void => {
        InitElectionVars_init($n2, ($n3: T.Partial): void => {
          InitFollowerVars_init($n3, ($n4: T.Partial): void => {
            InitVerifyVars_init($n4, ($n5: T.Partial): void => {
              InitMsgVars_init($n5, ($n6: T.Partial): void => {
                InitEnvVars_init($n6, ($n7: T.Partial): void => {
                  InitRecorder_init($n7, ($n8: T.Partial): void => {
                    $k($n8)
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
      const txn_proposal = T.once((): T.Value => T.record([["zxid", T.field(proposal, "zxid")], ["value", T.field(proposal, "data")]]))
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
        return T.map(p_set(i, e), (p) => T.record([["zxid", T.field(p, "zxid")], ["value", T.field(p, "data")]]))
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

  /** FLEReceiveNotmsg(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 537-545. */
  function FLEReceiveNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    ReceiveNotmsg_act($s, $n, ($n9: T.Partial): void => {
      const $n10 = T.bindEach($n9, [[V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.initialHistory, $s.initialHistory], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.lastSnapshot, $s.lastSnapshot], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.status, $s.status], [V.partition, $s.partition], [V.msgs, $s.msgs]])
      if ($n10 === null) return
      UpdateRecorder_act($s, $n10, ($n11: T.Partial): void => {
        $k($n11)
      }, T.tuple(["FLEReceiveNotmsg", i, j]))
    }, i, j)
  }

  /** FLENotmsgTimeout(i) as an action: tla/specs/ZkV3_7_0.tla, lines 545-553. */
  function FLENotmsgTimeout_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    NotmsgTimeout_act($s, $n, ($n12: T.Partial): void => {
      const $n13 = T.bindEach($n12, [[V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.initialHistory, $s.initialHistory], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.lastSnapshot, $s.lastSnapshot], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.status, $s.status], [V.partition, $s.partition], [V.msgs, $s.msgs]])
      if ($n13 === null) return
      UpdateRecorder_act($s, $n13, ($n14: T.Partial): void => {
        $k($n14)
      }, T.tuple(["FLENotmsgTimeout", i]))
    }, i)
  }

  /** FLEHandleNotmsg(i) as an action: tla/specs/ZkV3_7_0.tla, lines 553-574. */
  function FLEHandleNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    HandleNotmsg_act($s, $n, ($n15: T.Partial): void => {
      {
        const newState = T.once((): T.Value => T.apply(T.primed($n15, V.state, "state"), i))
        const $k16 = ($n17: T.Partial): void => {
          const $n18 = T.bindEach($n17, [[V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.acceptedEpoch, $s.acceptedEpoch], [V.connectInfo, $s.connectInfo], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.status, $s.status], [V.partition, $s.partition], [V.msgs, $s.msgs]])
          if ($n18 === null) return
          UpdateRecorder_act($s, $n18, ($n19: T.Partial): void => {
            $k($n19)
          }, T.tuple(["FLEHandleNotmsg", i]))
        }
        or20: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:558:15)
          if (!(T.eq(newState(), LEADING))) break or20
          ZabTurnToLeading_act($s, $n15, ($n21: T.Partial): void => {
            const $n22 = T.bindEach($n21, [[V.packetsSync, $s.packetsSync]])
            if ($n22 === null) return
            $k16($n22)
          }, i)
        }
        or23: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:561:15)
          if (!(T.eq(newState(), FOLLOWING))) break or23
          ZabTurnToFollowing_act($s, $n15, ($n24: T.Partial): void => {
            const $n25 = T.bindEach($n24, [[V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch]])
            if ($n25 === null) return
            $k16($n25)
          }, i)
        }
        or26: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:565:15)
          if (!(T.eq(newState(), LOOKING))) break or26
          const $n27 = T.bindEach($n15, [[V.zabState, $s.zabState], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.packetsSync, $s.packetsSync], [V.initialHistory, $s.initialHistory]])
          if ($n27 === null) break or26
          $k16($n27)
        }
      }
    }, i)
  }

  /** FLEWaitNewNotmsg(i) as an action: tla/specs/ZkV3_7_0.tla, lines 574-594. */
  function FLEWaitNewNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    WaitNewNotmsg_act($s, $n, ($n28: T.Partial): void => {
      {
        const newState = T.once((): T.Value => T.apply(T.primed($n28, V.state, "state"), i))
        const $k29 = ($n30: T.Partial): void => {
          const $n31 = T.bindEach($n30, [[V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.acceptedEpoch, $s.acceptedEpoch], [V.connectInfo, $s.connectInfo], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.status, $s.status], [V.partition, $s.partition], [V.msgs, $s.msgs]])
          if ($n31 === null) return
          UpdateRecorder_act($s, $n31, ($n32: T.Partial): void => {
            $k($n32)
          }, T.tuple(["FLEWaitNewNotmsg", i]))
        }
        or33: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:579:15)
          if (!(T.eq(newState(), LEADING))) break or33
          ZabTurnToLeading_act($s, $n28, ($n34: T.Partial): void => {
            const $n35 = T.bindEach($n34, [[V.packetsSync, $s.packetsSync]])
            if ($n35 === null) return
            $k29($n35)
          }, i)
        }
        or36: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:582:15)
          if (!(T.eq(newState(), FOLLOWING))) break or36
          ZabTurnToFollowing_act($s, $n28, ($n37: T.Partial): void => {
            const $n38 = T.bindEach($n37, [[V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch]])
            if ($n38 === null) return
            $k29($n38)
          }, i)
        }
        or39: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:586:15)
          if (!(T.eq(newState(), LOOKING))) break or39
          if (!(T.printT(T.concat("Note: New state is LOOKING in FLEWaitNewNotmsgEnd,", " which should not happen.")))) break or39
          const $n40 = T.bindEach($n28, [[V.zabState, $s.zabState], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.packetsSync, $s.packetsSync]])
          if ($n40 === null) break or39
          $k29($n40)
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
    const $k41 = ($n42: T.Partial): void => {
      const $n43 = T.bind($n42, V.partition, T.exceptPath(T.exceptPath($s.partition, [i, j], (_$at44) => true), [j, i], (_$at45) => true))
      if ($n43 === null) return
      const $n46 = T.bindEach($n43, [[V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.packetsSync, $s.packetsSync], [V.status, $s.status]])
      if ($n46 === null) return
      UpdateRecorder_act($s, $n46, ($n47: T.Partial): void => {
        $k($n47)
      }, T.tuple(["PartitionStart", i, j]))
    }
    or48: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:674:15)
      if (!(T.bool(IsLeader($s, i)))) break or48
      if (!(T.bool(IsMyLearner($s, i, j)))) break or48
      if (!(T.bool(IsFollower($s, j)))) break or48
      if (!(T.bool(IsMyLeader($s, j, i)))) break or48
      {
        const newLearners = T.once((): T.Value => T.minus(T.apply($s.learners, i), T.setOf([j])))
        const $k49 = ($n50: T.Partial): void => {
          $k41($n50)
        }
        or51: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:677:24)
          if (!(T.bool(IsQuorum(newLearners())))) break or51
          RemoveLearner_act($s, $n, ($n52: T.Partial): void => {
            FollowerShutdown_act($s, $n52, ($n53: T.Partial): void => {
              Clean_act($s, $n53, ($n54: T.Partial): void => {
                $k49($n54)
              }, i, j)
            }, j)
          }, i, j)
        }
        or55: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:681:24)
          if (!(!T.bool(IsQuorum(newLearners())))) break or55
          LeaderShutdown_act($s, $n, ($n56: T.Partial): void => {
            const $n57 = T.bindEach($n56, [[V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv]])
            if ($n57 === null) return
            $k49($n57)
          }, i)
        }
      }
    }
    or58: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:684:15)
      if (!(T.bool(IsLooking($s, i)))) break or58
      if (!(T.bool(IsLooking($s, j)))) break or58
      if (!(T.bool(IdCompare(i, j)))) break or58
      const $n59 = T.bindEach($n, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.zabState, $s.zabState], [V.connectInfo, $s.connectInfo], [V.msgs, $s.msgs], [V.learners, $s.learners], [V.forwarding, $s.forwarding], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv]])
      if ($n59 === null) break or58
      $k41($n59)
    }
  }

  /** PartitionRecover(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 694-704. */
  function PartitionRecover_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsON($s, j)))) return
    if (!(T.bool(IdCompare(i, j)))) return
    if (!(T.bool(HasPartitioned($s, i, j)))) return
    const $n60 = T.bind($n, V.partition, T.exceptPath(T.exceptPath($s.partition, [i, j], (_$at61) => false), [j, i], (_$at62) => false))
    if ($n60 === null) return
    const $n63 = T.bindEach($n60, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.msgs, $s.msgs], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status]])
    if ($n63 === null) return
    UpdateRecorder_act($s, $n63, ($n64: T.Partial): void => {
      $k($n64)
    }, T.tuple(["PartitionRecover", i, j]))
  }

  /** NodeCrash(i) as an action: tla/specs/ZkV3_7_0.tla, lines 704-735. */
  function NodeCrash_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    CheckCrash_act($s, $n, ($n65: T.Partial): void => {
      if (!(T.bool(IsON($s, i)))) return
      const $n66 = T.bind($n65, V.status, T.exceptPath($s.status, [i], (_$at67) => OFFLINE))
      if ($n66 === null) return
      const $k68 = ($n69: T.Partial): void => {
        const $n70 = T.bindEach($n69, [[V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.packetsSync, $s.packetsSync], [V.partition, $s.partition]])
        if ($n70 === null) return
        UpdateRecorder_act($s, $n70, ($n71: T.Partial): void => {
          $k($n71)
        }, T.tuple(["NodeCrash", i]))
      }
      or72: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:708:15)
        if (!(T.bool(IsLooking($s, i)))) break or72
        const $n73 = T.bindEach($n66, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.zabState, $s.zabState], [V.connectInfo, $s.connectInfo], [V.msgs, $s.msgs], [V.learners, $s.learners], [V.forwarding, $s.forwarding], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv]])
        if ($n73 === null) break or72
        $k68($n73)
      }
      or74: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:711:15)
        if (!(T.bool(IsFollower($s, i)))) break or74
        {
          const connectedWithLeader = T.once((): T.Value => HasLeader($s, i))
          const $k75 = ($n76: T.Partial): void => {
            $k68($n76)
          }
          or77: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:713:24)
            if (!(T.bool(connectedWithLeader()))) break or77
            {
              const leader = T.once((): T.Value => T.field(T.apply($s.connectInfo, i), "sid"))
              const newCluster = T.once((): T.Value => T.minus(T.apply($s.learners, leader()), T.setOf([i])))
              const $k78 = ($n79: T.Partial): void => {
                $k75($n79)
              }
              or80: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:717:30)
                if (!(T.bool(IsQuorum(newCluster())))) break or80
                RemoveLearner_act($s, $n66, ($n81: T.Partial): void => {
                  FollowerShutdown_act($s, $n81, ($n82: T.Partial): void => {
                    Clean_act($s, $n82, ($n83: T.Partial): void => {
                      $k78($n83)
                    }, leader(), i)
                  }, i)
                }, leader(), i)
              }
              or84: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:721:30)
                if (!(!T.bool(IsQuorum(newCluster())))) break or84
                LeaderShutdown_act($s, $n66, ($n85: T.Partial): void => {
                  const $n86 = T.bindEach($n85, [[V.electing, $s.electing], [V.connecting, $s.connecting], [V.ackldRecv, $s.ackldRecv]])
                  if ($n86 === null) return
                  $k78($n86)
                }, leader())
              }
            }
          }
          or87: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:724:24)
            if (!(!T.bool(connectedWithLeader()))) break or87
            FollowerShutdown_act($s, $n66, ($n88: T.Partial): void => {
              CleanInputBuffer_act($s, $n88, ($n89: T.Partial): void => {
                const $n90 = T.bindEach($n89, [[V.learners, $s.learners], [V.forwarding, $s.forwarding], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv]])
                if ($n90 === null) return
                $k75($n90)
              }, T.setOf([i]))
            }, i)
          }
        }
      }
      or91: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:728:15)
        if (!(T.bool(IsLeader($s, i)))) break or91
        LeaderShutdown_act($s, $n66, ($n92: T.Partial): void => {
          const $n93 = T.bindEach($n92, [[V.electing, $s.electing], [V.connecting, $s.connecting], [V.ackldRecv, $s.ackldRecv]])
          if ($n93 === null) return
          $k68($n93)
        }, i)
      }
    }, i)
  }

  /** NodeStart(i) as an action: tla/specs/ZkV3_7_0.tla, lines 735-744. */
  function NodeStart_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsOFF($s, i)))) return
    const $n94 = T.bind($n, V.status, T.exceptPath($s.status, [i], (_$at95) => ONLINE))
    if ($n94 === null) return
    const $n96 = T.bind($n94, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at97) => InitLastProcessed($s, i)))
    if ($n96 === null) return
    const $n98 = T.bind($n96, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at99) => T.apply($s.lastSnapshot, i)))
    if ($n98 === null) return
    const $n100 = T.bindEach($n98, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.msgs, $s.msgs], [V.electionMsgs, $s.electionMsgs], [V.partition, $s.partition]])
    if ($n100 === null) return
    UpdateRecorder_act($s, $n100, ($n101: T.Partial): void => {
      $k($n101)
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
    const $n102 = T.bind($n, V.learners, T.exceptPath($s.learners, [i], (_$at103) => T.union(T.apply($s.learners, i), T.setOf([j]))))
    if ($n102 === null) return
    const $n104 = T.bind($n102, V.connectInfo, T.exceptPath($s.connectInfo, [j, "sid"], (_$at105) => i))
    if ($n104 === null) return
    Send_act($s, $n104, ($n106: T.Partial): void => {
      const $n107 = T.bindEach($n106, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.status, $s.status], [V.partition, $s.partition], [V.electionMsgs, $s.electionMsgs], [V.packetsSync, $s.packetsSync]])
      if ($n107 === null) return
      UpdateRecorder_act($s, $n107, ($n108: T.Partial): void => {
        $k($n108)
      }, T.tuple(["ConnectAndFollowerSendFOLLOWERINFO", i, j]))
    }, j, i, T.record([["mtype", FOLLOWERINFO], ["mzxid", T.tuple([T.apply($s.acceptedEpoch, j), 0])]]))
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
      const $k109 = ($n110: T.Partial): void => {
        const $n111 = T.bindEach($n110, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.initialHistory, $s.initialHistory], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.lastSnapshot, $s.lastSnapshot], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n111 === null) return
        UpdateRecorder_act($s, $n111, ($n112: T.Partial): void => {
          $k($n112)
        }, T.tuple(["LeaderProcessFOLLOWERINFO", i, j]))
      }
      or113: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:796:18)
        if (!(T.bool(WaitingForNewEpoch(i, sid_connecting())))) break or113
        const $k114 = ($n115: T.Partial): void => {
          const $n116 = T.bind($n115, V.tempMaxEpoch, T.exceptPath($s.tempMaxEpoch, [i], ($at117) => ((T.int(lastAcceptedEpoch()) >= T.int(T.apply($s.tempMaxEpoch, i))) ? (T.int(lastAcceptedEpoch()) + 1) : $at117)))
          if ($n116 === null) return
          const $n118 = T.bind($n116, V.connecting, T.exceptPath($s.connecting, [i], ($at119) => UpdateConnectingOrAckldRecv($at119, j)))
          if ($n118 === null) return
          {
            const new_sid_connecting = T.once((): T.Value => T.map(T.apply(T.primed($n118, V.connecting, "connecting"), i), (c) => T.field(c, "sid")))
            const $k120 = ($n121: T.Partial): void => {
              $k109($n121)
            }
            or122: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:809:24)
              if (!(T.bool(WaitingForNewEpochTurnToFalse(i, new_sid_connecting())))) break or122
              const $n123 = T.bind($n118, V.acceptedEpoch, T.exceptPath($s.acceptedEpoch, [i], (_$at124) => T.apply(T.primed($n118, V.tempMaxEpoch, "tempMaxEpoch"), i)))
              if ($n123 === null) break or122
              {
                const newLeaderZxid = T.once((): T.Value => T.tuple([T.apply(T.primed($n123, V.acceptedEpoch, "acceptedEpoch"), i), 0]))
                const m = T.once((): T.Value => T.record([["mtype", LEADERINFO], ["mzxid", newLeaderZxid()]]))
                DiscardAndBroadcastLEADERINFO_act($s, $n123, ($n125: T.Partial): void => {
                  $k120($n125)
                }, i, j, m())
              }
            }
            or126: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:815:24)
              if (!(!T.bool(WaitingForNewEpochTurnToFalse(i, new_sid_connecting())))) break or126
              Discard_act($s, $n118, ($n127: T.Partial): void => {
                const $n128 = T.bindEach($n127, [[V.acceptedEpoch, $s.acceptedEpoch]])
                if ($n128 === null) return
                $k120($n128)
              }, j, i)
            }
          }
        }
        or129: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:797:24)
          if (!(T.eq(T.apply($s.zabState, i), DISCOVERY))) break or129
          const $n130 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n130 === null) break or129
          $k114($n130)
        }
        or131: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:799:24)
          if (!(!T.eq(T.apply($s.zabState, i), DISCOVERY))) break or131
          if (!(T.printT(T.concat("Exception: waitingForNewEpoch true,", " while zabState not DISCOVERY.")))) break or131
          const $n132 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at133) => true))
          if ($n132 === null) break or131
          $k114($n132)
        }
      }
      or134: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:819:18)
        if (!(!T.bool(WaitingForNewEpoch(i, sid_connecting())))) break or134
        Reply_act($s, $n, ($n135: T.Partial): void => {
          const $n136 = T.bindEach($n135, [[V.tempMaxEpoch, $s.tempMaxEpoch], [V.connecting, $s.connecting], [V.acceptedEpoch, $s.acceptedEpoch], [V.violatedInvariants, $s.violatedInvariants]])
          if ($n136 === null) return
          $k109($n136)
        }, i, j, T.record([["mtype", LEADERINFO], ["mzxid", T.tuple([T.apply($s.acceptedEpoch, i), 0])]]))
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
      const $k137 = ($n138: T.Partial): void => {
        const $n139 = T.bindEach($n138, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.lastSnapshot, $s.lastSnapshot], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.packetsSync, $s.packetsSync], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n139 === null) return
        UpdateRecorder_act($s, $n139, ($n140: T.Partial): void => {
          $k($n140)
        }, T.tuple(["FollowerProcessLEADERINFO", i, j]))
      }
      or141: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:844:21)
        if (!(T.bool(epochOk()))) break or141
        const $k142 = ($n143: T.Partial): void => {
          const $n144 = T.bindEach($n143, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.connectInfo, $s.connectInfo], [V.learners, $s.learners], [V.forwarding, $s.forwarding], [V.electing, $s.electing], [V.connecting, $s.connecting], [V.ackldRecv, $s.ackldRecv]])
          if ($n144 === null) return
          $k137($n144)
        }
        or145: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:845:27)
          if (!(T.bool(stateOk()))) break or145
          const $k146 = ($n147: T.Partial): void => {
            const $n148 = T.bind($n147, V.zabState, T.exceptPath($s.zabState, [i], (_$at149) => SYNCHRONIZATION))
            if ($n148 === null) return
            const $n150 = T.bindEach($n148, [[V.violatedInvariants, $s.violatedInvariants]])
            if ($n150 === null) return
            $k142($n150)
          }
          or151: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:846:33)
            if (!((T.int(newEpoch()) > T.int(T.apply($s.acceptedEpoch, i))))) break or151
            const $n152 = T.bind($n, V.acceptedEpoch, T.exceptPath($s.acceptedEpoch, [i], (_$at153) => newEpoch()))
            if ($n152 === null) break or151
            {
              const epochBytes = T.once((): T.Value => T.apply($s.currentEpoch, i))
              const m = T.once((): T.Value => T.record([["mtype", ACKEPOCH], ["mzxid", T.field(T.apply($s.lastProcessed, i), "zxid")], ["mepoch", epochBytes()]]))
              Reply_act($s, $n152, ($n154: T.Partial): void => {
                $k146($n154)
              }, i, j, m())
            }
          }
          or155: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:853:33)
            if (!(T.eq(newEpoch(), T.apply($s.acceptedEpoch, i)))) break or155
            {
              const m = T.once((): T.Value => T.record([["mtype", ACKEPOCH], ["mzxid", T.field(T.apply($s.lastProcessed, i), "zxid")], ["mepoch", -1]]))
              Reply_act($s, $n, ($n156: T.Partial): void => {
                const $n157 = T.bindEach($n156, [[V.acceptedEpoch, $s.acceptedEpoch]])
                if ($n157 === null) return
                $k146($n157)
              }, i, j, m())
            }
          }
        }
        or158: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:861:27)
          if (!(!T.bool(stateOk()))) break or158
          if (!(T.printT(T.concat("Exception: Follower receives LEADERINFO,", " whileZabState not DISCOVERY.")))) break or158
          const $n159 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at160) => true))
          if ($n159 === null) break or158
          Discard_act($s, $n159, ($n161: T.Partial): void => {
            const $n162 = T.bindEach($n161, [[V.acceptedEpoch, $s.acceptedEpoch], [V.zabState, $s.zabState]])
            if ($n162 === null) return
            $k142($n162)
          }, j, i)
        }
      }
      or163: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:870:21)
        if (!(!T.bool(epochOk()))) break or163
        FollowerShutdown_act($s, $n, ($n164: T.Partial): void => {
          Clean_act($s, $n164, ($n165: T.Partial): void => {
            RemoveLearner_act($s, $n165, ($n166: T.Partial): void => {
              const $n167 = T.bindEach($n166, [[V.acceptedEpoch, $s.acceptedEpoch], [V.violatedInvariants, $s.violatedInvariants]])
              if ($n167 === null) return
              $k137($n167)
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
      const leaderStateSummary = T.once((): T.Value => T.record([["currentEpoch", T.apply($s.currentEpoch, i)], ["lastZxid", T.field(T.apply($s.lastProcessed, i), "zxid")]]))
      const followerStateSummary = T.once((): T.Value => T.record([["currentEpoch", T.field(msg(), "mepoch")], ["lastZxid", T.field(msg(), "mzxid")]]))
      const logOk = T.once((): T.Value => !T.bool(IsMoreRecentThan(followerStateSummary(), leaderStateSummary())))
      const electing_quorum = T.once((): T.Value => T.filter(T.apply($s.electing, i), (e) => T.eq(T.field(e, "inQuorum"), true)))
      const sid_electing = T.once((): T.Value => T.map(electing_quorum(), (s) => T.field(s, "sid")))
      if (!(T.bool(infoOk()))) return
      const $k168 = ($n169: T.Partial): void => {
        const $n170 = T.bindEach($n169, [[V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.connecting, $s.connecting], [V.ackldRecv, $s.ackldRecv], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n170 === null) return
        UpdateRecorder_act($s, $n170, ($n171: T.Partial): void => {
          $k($n171)
        }, T.tuple(["LeaderProcessACKEPOCH", i, j]))
      }
      or172: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1128:21)
        if (!(T.bool(ElectionFinished(i, sid_electing())))) break or172
        const $n173 = T.bind($n, V.electing, T.exceptPath($s.electing, [i], ($at174) => UpdateElecting($at174, j, T.field(msg(), "mzxid"), false)))
        if ($n173 === null) break or172
        Discard_act($s, $n173, ($n175: T.Partial): void => {
          const $n176 = T.bindEach($n175, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.zabState, $s.zabState], [V.forwarding, $s.forwarding], [V.connectInfo, $s.connectInfo], [V.learners, $s.learners], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants]])
          if ($n176 === null) return
          $k168($n176)
        }, j, i)
      }
      or177: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1133:21)
        if (!(!T.bool(ElectionFinished(i, sid_electing())))) break or177
        const $k178 = ($n179: T.Partial): void => {
          const $k180 = ($n181: T.Partial): void => {
            $k168($n181)
          }
          or182: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1141:27)
            if (!(T.eq(T.field(followerStateSummary(), "currentEpoch"), -1))) break or182
            const $n183 = T.bind($n179, V.electing, T.exceptPath($s.electing, [i], ($at184) => UpdateElecting($at184, j, T.field(msg(), "mzxid"), false)))
            if ($n183 === null) break or182
            Discard_act($s, $n183, ($n185: T.Partial): void => {
              const $n186 = T.bindEach($n185, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.zabState, $s.zabState], [V.forwarding, $s.forwarding], [V.connectInfo, $s.connectInfo], [V.learners, $s.learners], [V.epochLeader, $s.epochLeader]])
              if ($n186 === null) return
              $k180($n186)
            }, j, i)
          }
          or187: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1147:27)
            if (!((T.int(T.field(followerStateSummary(), "currentEpoch")) > -1))) break or187
            const $k188 = ($n189: T.Partial): void => {
              $k180($n189)
            }
            or190: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1149:33)
              if (!(T.bool(logOk()))) break or190
              const $n191 = T.bind($n179, V.electing, T.exceptPath($s.electing, [i], ($at192) => UpdateElecting($at192, j, T.field(msg(), "mzxid"), true)))
              if ($n191 === null) break or190
              {
                const new_electing_quorum = T.once((): T.Value => T.filter(T.apply(T.primed($n191, V.electing, "electing"), i), (e) => T.eq(T.field(e, "inQuorum"), true)))
                const new_sid_electing = T.once((): T.Value => T.map(new_electing_quorum(), (s) => T.field(s, "sid")))
                const $k193 = ($n194: T.Partial): void => {
                  Discard_act($s, $n194, ($n195: T.Partial): void => {
                    const $n196 = T.bindEach($n195, [[V.state, $s.state], [V.lastProcessed, $s.lastProcessed], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs], [V.connectInfo, $s.connectInfo], [V.learners, $s.learners], [V.history, $s.history], [V.forwarding, $s.forwarding]])
                    if ($n196 === null) return
                    $k188($n196)
                  }, j, i)
                }
                or197: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1157:39)
                  if (!(T.bool(ElectionFinished(i, new_sid_electing())))) break or197
                  LeaderTurnToSynchronization_act($s, $n191, ($n198: T.Partial): void => {
                    {
                      const newLeaderEpoch = T.once((): T.Value => T.apply($s.acceptedEpoch, i))
                      const $n199 = T.bind($n198, V.epochLeader, T.exceptPath($s.epochLeader, [newLeaderEpoch()], ($at200) => T.union($at200, T.setOf([i]))))
                      if ($n199 === null) return
                      $k193($n199)
                    }
                  }, i)
                }
                or201: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1163:39)
                  if (!(!T.bool(ElectionFinished(i, new_sid_electing())))) break or201
                  const $n202 = T.bindEach($n191, [[V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.epochLeader, $s.epochLeader]])
                  if ($n202 === null) break or201
                  $k193($n202)
                }
              }
            }
            or203: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1169:33)
              if (!(!T.bool(logOk()))) break or203
              LeaderShutdown_act($s, $n179, ($n204: T.Partial): void => {
                const $n205 = T.bindEach($n204, [[V.electing, $s.electing], [V.epochLeader, $s.epochLeader]])
                if ($n205 === null) return
                $k188($n205)
              }, i)
            }
          }
        }
        or206: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1134:27)
          if (!(T.eq(T.apply($s.zabState, i), DISCOVERY))) break or206
          const $n207 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n207 === null) break or206
          $k178($n207)
        }
        or208: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1136:27)
          if (!(!T.eq(T.apply($s.zabState, i), DISCOVERY))) break or208
          if (!(T.printT(T.concat("Exception: electionFinished false,", " while zabState not DISCOVERY.")))) break or208
          const $n209 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at210) => true))
          if ($n209 === null) break or208
          $k178($n209)
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
      const $k211 = ($n212: T.Partial): void => {
        {
          const chosen = T.once((): T.Value => T.choose(toSync(), (s) => T.eq(T.field(s, "sid"), j), "tla/specs/ZkV3_7_0.tla:1192:29"))
          const newChosen = T.once((): T.Value => T.record([["sid", T.field(chosen(), "sid")], ["peerLastZxid", T.tuple([-1, -1])], ["inQuorum", T.field(chosen(), "inQuorum")]]))
          SyncFollower_act($s, $n212, ($n213: T.Partial): void => {
            const $n214 = T.bind($n213, V.electing, T.exceptPath($s.electing, [i], ($at215) => T.union(T.minus($at215, T.setOf([chosen()])), T.setOf([newChosen()]))))
            if ($n214 === null) return
            const $n216 = T.bindEach($n214, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.initialHistory, $s.initialHistory], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.ackldRecv, $s.ackldRecv], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.lastSnapshot, $s.lastSnapshot], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
            if ($n216 === null) return
            UpdateRecorder_act($s, $n216, ($n217: T.Partial): void => {
              $k($n217)
            }, T.tuple(["LeaderSyncFollower", i, j]))
          }, i, T.field(chosen(), "sid"), T.field(chosen(), "peerLastZxid"), false)
        }
      }
      for (const s of T.elems(toSync())) {
        if (!(T.eq(T.field(s, "sid"), j))) continue
        $k211($n)
      }
    }
  }

  /** FollowerProcessSyncMessage(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 1209-1272. */
  function FollowerProcessSyncMessage_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsON($s, i)))) return
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])))) return
    const $k218 = ($n219: T.Partial): void => {
      {
        const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
        const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
        const stateOk = T.once((): T.Value => T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))
        if (!(T.bool(infoOk()))) return
        const $k220 = ($n221: T.Partial): void => {
          Discard_act($s, $n221, ($n222: T.Partial): void => {
            const $n223 = T.bindEach($n222, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.packetsSync, $s.packetsSync], [V.lastSnapshot, $s.lastSnapshot], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
            if ($n223 === null) return
            UpdateRecorder_act($s, $n223, ($n224: T.Partial): void => {
              $k($n224)
            }, T.tuple(["FollowerProcessSyncMessage", i, j]))
          }, j, i)
        }
        or225: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1221:21)
          if (!(!T.bool(stateOk()))) break or225
          if (!(T.printT(T.concat("Exception: Follower receives DIFF/TRUNC/SNAP,", " whileZabState not SYNCHRONIZATION.")))) break or225
          const $n226 = T.bind($n219, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at227) => true))
          if ($n226 === null) break or225
          const $n228 = T.bindEach($n226, [[V.history, $s.history], [V.initialHistory, $s.initialHistory], [V.lastProcessed, $s.lastProcessed], [V.lastCommitted, $s.lastCommitted], [V.connectInfo, $s.connectInfo]])
          if ($n228 === null) break or225
          $k220($n228)
        }
        or229: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1226:21)
          if (!(T.bool(stateOk()))) break or229
          const $k230 = ($n231: T.Partial): void => {
            $k220($n231)
          }
          or232: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1227:27)
            if (!(T.eq(T.field(msg(), "mtype"), DIFF))) break or232
            const $n233 = T.bind($n219, V.connectInfo, T.exceptPath($s.connectInfo, [i, "syncMode"], (_$at234) => DIFF))
            if ($n233 === null) break or232
            const $n235 = T.bindEach($n233, [[V.history, $s.history], [V.initialHistory, $s.initialHistory], [V.lastProcessed, $s.lastProcessed], [V.lastCommitted, $s.lastCommitted], [V.violatedInvariants, $s.violatedInvariants]])
            if ($n235 === null) break or232
            $k230($n235)
          }
          or236: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1231:27)
            if (!(T.eq(T.field(msg(), "mtype"), TRUNC))) break or236
            const $n237 = T.bind($n219, V.connectInfo, T.exceptPath($s.connectInfo, [i, "syncMode"], (_$at238) => TRUNC))
            if ($n237 === null) break or236
            {
              const truncZxid = T.once((): T.Value => T.field(msg(), "mtruncZxid"))
              const truncIndex = T.once((): T.Value => ZxidToIndex(T.apply($s.history, i), truncZxid()))
              const truncOk = T.once((): T.Value => ((T.int(truncIndex()) >= T.int(T.field(T.apply($s.lastCommitted, i), "index"))) && (T.int(truncIndex()) <= T.len(T.apply($s.history, i)))))
              const $k239 = ($n240: T.Partial): void => {
                $k230($n240)
              }
              or241: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1238:33)
                if (!(!T.bool(truncOk()))) break or241
                if (!(T.printT("Exception: TRUNC error."))) break or241
                const $n242 = T.bind($n237, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["proposalInconsistent"], (_$at243) => true))
                if ($n242 === null) break or241
                const $n244 = T.bindEach($n242, [[V.history, $s.history], [V.initialHistory, $s.initialHistory], [V.lastProcessed, $s.lastProcessed], [V.lastCommitted, $s.lastCommitted]])
                if ($n244 === null) break or241
                $k239($n244)
              }
              or245: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1243:33)
                if (!(T.bool(truncOk()))) break or245
                const $n246 = T.bind($n237, V.history, T.exceptPath($s.history, [i], (_$at247) => TruncateLog(T.apply($s.history, i), truncIndex())))
                if ($n246 === null) break or245
                const $n248 = T.bind($n246, V.initialHistory, T.exceptPath($s.initialHistory, [i], (_$at249) => T.apply(T.primed($n246, V.history, "history"), i)))
                if ($n248 === null) break or245
                const $n250 = T.bind($n248, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at251) => T.record([["index", truncIndex()], ["zxid", truncZxid()]])))
                if ($n250 === null) break or245
                const $n252 = T.bind($n250, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at253) => T.record([["index", truncIndex()], ["zxid", truncZxid()]])))
                if ($n252 === null) break or245
                const $n254 = T.bindEach($n252, [[V.violatedInvariants, $s.violatedInvariants]])
                if ($n254 === null) break or245
                $k239($n254)
              }
            }
          }
          or255: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1254:27)
            if (!(T.eq(T.field(msg(), "mtype"), SNAP))) break or255
            const $n256 = T.bind($n219, V.connectInfo, T.exceptPath($s.connectInfo, [i, "syncMode"], (_$at257) => SNAP))
            if ($n256 === null) break or255
            const $n258 = T.bind($n256, V.history, T.exceptPath($s.history, [i], (_$at259) => T.field(msg(), "msnapshot")))
            if ($n258 === null) break or255
            const $n260 = T.bind($n258, V.initialHistory, T.exceptPath($s.initialHistory, [i], (_$at261) => T.apply(T.primed($n258, V.history, "history"), i)))
            if ($n260 === null) break or255
            const $n262 = T.bind($n260, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at263) => T.record([["index", T.len(T.apply(T.primed($n260, V.history, "history"), i))], ["zxid", T.field(msg(), "msnapZxid")]])))
            if ($n262 === null) break or255
            const $n264 = T.bind($n262, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at265) => T.record([["index", T.len(T.apply(T.primed($n262, V.history, "history"), i))], ["zxid", T.field(msg(), "msnapZxid")]])))
            if ($n264 === null) break or255
            const $n266 = T.bindEach($n264, [[V.violatedInvariants, $s.violatedInvariants]])
            if ($n266 === null) break or255
            $k230($n266)
          }
        }
      }
    }
    or267: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1213:15)
      if (!(T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), DIFF))) break or267
      $k218($n)
    }
    or268: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1214:15)
      if (!(T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), TRUNC))) break or268
      $k218($n)
    }
    or269: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1215:15)
      if (!(T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), SNAP))) break or269
      $k218($n)
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
      const newTxn = T.once((): T.Value => T.record([["zxid", T.field(msg(), "mzxid")], ["value", T.field(msg(), "mdata")], ["ackSid", T.setOf([])], ["epoch", T.apply($s.acceptedEpoch, i)]]))
      if (!(T.bool(infoOk()))) return
      const $k270 = ($n271: T.Partial): void => {
        Discard_act($s, $n271, ($n272: T.Partial): void => {
          const $n273 = T.bindEach($n272, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.connectInfo, $s.connectInfo], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
          if ($n273 === null) return
          UpdateRecorder_act($s, $n273, ($n274: T.Partial): void => {
            $k($n274)
          }, T.tuple(["FollowerProcessPROPOSALInSync", i, j]))
        }, j, i)
      }
      or275: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1322:21)
        IsNextZxid_act($s, $n, ($n276: T.Partial): void => {
          const $n277 = T.bind($n276, V.packetsSync, T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at278) => T.append(T.field(T.apply($s.packetsSync, i), "notCommitted"), newTxn())))
          if ($n277 === null) return
          $k270($n277)
        }, T.field(LastQueued($s, i), "zxid"), T.field(msg(), "mzxid"))
      }
      or279: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1325:21)
        if (!(!T.bool(isNext()))) break or279
        if (!(T.printT(T.concat("Warn: Follower receives PROPOSAL,", " while zxid != lastQueued + 1.")))) break or279
        const $n280 = T.bindEach($n, [[V.packetsSync, $s.packetsSync]])
        if ($n280 === null) break or279
        $k270($n280)
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
      const $k281 = ($n282: T.Partial): void => {
        Discard_act($s, $n282, ($n283: T.Partial): void => {
          const $n284 = T.bindEach($n283, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.connectInfo, $s.connectInfo], [V.epochLeader, $s.epochLeader], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
          if ($n284 === null) return
          UpdateRecorder_act($s, $n284, ($n285: T.Partial): void => {
            $k($n285)
          }, T.tuple(["FollowerProcessCOMMITInSync", i, j]))
        }, j, i)
      }
      or286: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1395:21)
        if (!((T.int(committedIndex()) <= T.int(T.field(LastQueued($s, i), "index"))))) break or286
        IsNextZxid_act($s, $n, ($n287: T.Partial): void => {
          const $k288 = ($n289: T.Partial): void => {
            $k281($n289)
          }
          or290: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1396:27)
            if (!(T.bool(match()))) break or290
            {
              const writeToTxnLog = T.once((): T.Value => WriteToTxnLog($s, i))
              const $k291 = ($n292: T.Partial): void => {
                const $n293 = T.bindEach($n292, [[V.violatedInvariants, $s.violatedInvariants]])
                if ($n293 === null) return
                $k288($n293)
              }
              or294: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1399:33)
                if (!(!T.bool(writeToTxnLog()))) break or294
                {
                  const committedTxn = T.once((): T.Value => T.apply(T.field(T.apply($s.packetsSync, i), "notCommitted"), 1))
                  const $n295 = T.bind($n287, V.history, T.exceptPath($s.history, [i], ($at296) => T.append($at296, committedTxn())))
                  if ($n295 === null) break or294
                  const $n297 = T.bind($n295, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at298) => T.record([["index", T.len(T.apply(T.primed($n295, V.history, "history"), i))], ["zxid", T.field(committedTxn(), "zxid")]])))
                  if ($n297 === null) break or294
                  const $n299 = T.bind($n297, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at300) => T.apply(T.primed($n297, V.lastCommitted, "lastCommitted"), i)))
                  if ($n299 === null) break or294
                  const $n301 = T.bind($n299, V.packetsSync, T.exceptPath($s.packetsSync, [i, "notCommitted"], ($at302) => T.tail($at302)))
                  if ($n301 === null) break or294
                  $k291($n301)
                }
              }
              or303: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1411:33)
                if (!(T.bool(writeToTxnLog()))) break or303
                const $n304 = T.bind($n287, V.packetsSync, T.exceptPath($s.packetsSync, [i, "committed"], (_$at305) => T.append(T.field(T.apply($s.packetsSync, i), "committed"), T.field(msg(), "mzxid"))))
                if ($n304 === null) break or303
                const $n306 = T.bindEach($n304, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
                if ($n306 === null) break or303
                $k291($n306)
              }
            }
          }
          or307: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1416:27)
            if (!(!T.bool(match()))) break or307
            if (!(T.printT(T.concat("Warn: Follower receives COMMIT,", " but zxid not the next committed zxid in COMMIT.")))) break or307
            const $n308 = T.bind($n287, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at309) => true))
            if ($n308 === null) break or307
            const $n310 = T.bindEach($n308, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed], [V.packetsSync, $s.packetsSync]])
            if ($n310 === null) break or307
            $k288($n310)
          }
        }, T.field(LastCommitted($s, i), "zxid"), T.field(msg(), "mzxid"))
      }
      or311: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1422:21)
        if (!(!T.bool(exist()))) break or311
        if (!(T.printT(T.concat("Warn: Follower receives COMMIT,", " but no packets with its zxid exists.")))) break or311
        const $n312 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at313) => true))
        if ($n312 === null) break or311
        const $n314 = T.bindEach($n312, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed], [V.packetsSync, $s.packetsSync]])
        if ($n314 === null) break or311
        $k281($n314)
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
      const m_ackld = T.once((): T.Value => T.record([["mtype", ACKLD], ["mzxid", T.field(msg(), "mzxid")]]))
      const ms_ack = T.once((): T.Value => ACKInBatches(T.tuple([]), packetsInSync()))
      const queue_toSend = T.once((): T.Value => T.concat(T.tuple([m_ackld()]), ms_ack()))
      if (!(T.bool(infoOk()))) return
      const $n315 = T.bind($n, V.currentEpoch, T.exceptPath($s.currentEpoch, [i], (_$at316) => T.apply($s.acceptedEpoch, i)))
      if ($n315 === null) return
      const $n317 = T.bind($n315, V.history, T.exceptPath($s.history, [i], ($at318) => T.concat($at318, packetsInSync())))
      if ($n317 === null) return
      const $n319 = T.bind($n317, V.packetsSync, T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at320) => T.tuple([])))
      if ($n319 === null) return
      const $n321 = T.bind($n319, V.connectInfo, T.exceptPath(T.exceptPath($s.connectInfo, [i, "nlRcv"], (_$at322) => true), [i, "syncMode"], (_$at323) => NONE))
      if ($n321 === null) return
      const $k324 = ($n325: T.Partial): void => {
        DiscardAndSendPackets_act($s, $n325, ($n326: T.Partial): void => {
          const $n327 = T.bindEach($n326, [[V.state, $s.state], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
          if ($n327 === null) return
          UpdateRecorder_act($s, $n327, ($n328: T.Partial): void => {
            $k($n328)
          }, T.tuple(["FollowerProcessNEWLEADER", i, j]))
        }, i, j, queue_toSend())
      }
      or329: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1482:21)
        SnapshotNeeded_act($s, $n321, ($n330: T.Partial): void => {
          TakeSnapshot_act($s, $n330, ($n331: T.Partial): void => {
            $k324($n331)
          }, i)
        }, i)
      }
      or332: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1484:21)
        if (!(!T.bool(SnapshotNeeded($s, i)))) break or332
        const $n333 = T.bindEach($n321, [[V.lastSnapshot, $s.lastSnapshot], [V.violatedInvariants, $s.violatedInvariants]])
        if ($n333 === null) break or332
        $k324($n333)
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
      const m_uptodate = T.once((): T.Value => T.record([["mtype", UPTODATE], ["mzxid", currentZxid()]]))
      const sid_ackldRecv = T.once((): T.Value => T.map(T.apply($s.ackldRecv, i), (a) => T.field(a, "sid")))
      if (!(T.bool(infoOk()))) return
      const $k334 = ($n335: T.Partial): void => {
        const $n336 = T.bindEach($n335, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n336 === null) return
        UpdateRecorder_act($s, $n336, ($n337: T.Partial): void => {
          $k($n337)
        }, T.tuple(["LeaderProcessACKLD", i, j]))
      }
      or338: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1525:21)
        if (!(T.bool(QuorumFormed(i, sid_ackldRecv())))) break or338
        Reply_act($s, $n, ($n339: T.Partial): void => {
          const $n340 = T.bindEach($n339, [[V.ackldRecv, $s.ackldRecv], [V.zabState, $s.zabState], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed], [V.lastSnapshot, $s.lastSnapshot], [V.currentVote, $s.currentVote], [V.violatedInvariants, $s.violatedInvariants]])
          if ($n340 === null) return
          $k334($n340)
        }, i, j, m_uptodate())
      }
      or341: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1529:21)
        if (!(!T.bool(QuorumFormed(i, sid_ackldRecv())))) break or341
        const $k342 = ($n343: T.Partial): void => {
          $k334($n343)
        }
        or344: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1530:27)
          if (!(T.bool(match()))) break or344
          const $n345 = T.bind($n, V.ackldRecv, T.exceptPath($s.ackldRecv, [i], ($at346) => UpdateConnectingOrAckldRecv($at346, j)))
          if ($n345 === null) break or344
          {
            const new_sid_ackldRecv = T.once((): T.Value => T.map(T.apply(T.primed($n345, V.ackldRecv, "ackldRecv"), i), (a) => T.field(a, "sid")))
            const $k347 = ($n348: T.Partial): void => {
              const $n349 = T.bindEach($n348, [[V.violatedInvariants, $s.violatedInvariants]])
              if ($n349 === null) return
              $k342($n349)
            }
            or350: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1536:33)
              if (!(T.bool(QuorumFormed(i, new_sid_ackldRecv())))) break or350
              LeaderTurnToBroadcast_act($s, $n345, ($n351: T.Partial): void => {
                DiscardAndBroadcastUPTODATE_act($s, $n351, ($n352: T.Partial): void => {
                  $k347($n352)
                }, i, j, m_uptodate())
              }, i)
            }
            or353: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1540:33)
              if (!(!T.bool(QuorumFormed(i, new_sid_ackldRecv())))) break or353
              Discard_act($s, $n345, ($n354: T.Partial): void => {
                const $n355 = T.bindEach($n354, [[V.zabState, $s.zabState], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed], [V.lastSnapshot, $s.lastSnapshot], [V.currentVote, $s.currentVote]])
                if ($n355 === null) return
                $k347($n355)
              }, j, i)
            }
          }
        }
        or356: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1545:27)
          if (!(!T.bool(match()))) break or356
          if (!(T.printT("Exception: NEWLEADER ACK is from a different epoch. "))) break or356
          const $n357 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["ackInconsistent"], (_$at358) => true))
          if ($n357 === null) break or356
          Discard_act($s, $n357, ($n359: T.Partial): void => {
            const $n360 = T.bindEach($n359, [[V.ackldRecv, $s.ackldRecv], [V.zabState, $s.zabState], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.lastProcessed, $s.lastProcessed], [V.currentVote, $s.currentVote]])
            if ($n360 === null) return
            $k342($n360)
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
      UpdateElectionVote_act($s, $n, ($n361: T.Partial): void => {
        FollowerLogRequestInBatches_act($s, $n361, ($n362: T.Partial): void => {
          FollowerCommitInBatches_act($s, $n362, ($n363: T.Partial): void => {
            const $n364 = T.bind($n363, V.packetsSync, T.exceptPath(T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at365) => T.tuple([])), [i, "committed"], (_$at366) => T.tuple([])))
            if ($n364 === null) return
            const $n367 = T.bind($n364, V.zabState, T.exceptPath($s.zabState, [i], (_$at368) => BROADCAST))
            if ($n367 === null) return
            const $n369 = T.bindEach($n367, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.acceptedEpoch, $s.acceptedEpoch], [V.logicalClock, $s.logicalClock], [V.lastSnapshot, $s.lastSnapshot], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.status, $s.status], [V.partition, $s.partition], [V.initialHistory, $s.initialHistory], [V.connectInfo, $s.connectInfo], [V.epochLeader, $s.epochLeader], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.electionMsgs, $s.electionMsgs]])
            if ($n369 === null) return
            UpdateRecorder_act($s, $n369, ($n370: T.Partial): void => {
              $k($n370)
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
      const newTxn = T.once((): T.Value => T.record([["zxid", IncZxid($s, i, T.field(LastProposed($s, i), "zxid"))], ["value", request_value()], ["ackSid", T.setOf([i])], ["epoch", T.apply($s.acceptedEpoch, i)]]))
      const m_proposal = T.once((): T.Value => T.record([["mtype", PROPOSAL], ["mzxid", T.field(newTxn(), "zxid")], ["mdata", request_value()]]))
      const m_proposal_for_checking = T.once((): T.Value => T.record([["source", i], ["epoch", T.apply($s.acceptedEpoch, i)], ["zxid", T.field(newTxn(), "zxid")], ["data", request_value()]]))
      const $n371 = T.bind($n, V.history, T.exceptPath($s.history, [i], ($at372) => T.append($at372, newTxn())))
      if ($n371 === null) return
      const $k373 = ($n374: T.Partial): void => {
        Broadcast_act($s, $n374, ($n375: T.Partial): void => {
          const $n376 = T.bind($n375, V.proposalMsgsLog, T.union($s.proposalMsgsLog, T.setOf([m_proposal_for_checking()])))
          if ($n376 === null) return
          const $n377 = T.bindEach($n376, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.initialHistory, $s.initialHistory], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
          if ($n377 === null) return
          UpdateRecorder_act($s, $n377, ($n378: T.Partial): void => {
            $k($n378)
          }, T.tuple(["LeaderProcessRequest", i]))
        }, i, m_proposal())
      }
      or379: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1684:21)
        if (!(T.bool(ShouldSnapshot($s, i)))) break or379
        TakeSnapshot_act($s, $n371, ($n380: T.Partial): void => {
          $k373($n380)
        }, i)
      }
      or381: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1686:21)
        if (!(!T.bool(ShouldSnapshot($s, i)))) break or381
        const $n382 = T.bindEach($n371, [[V.lastSnapshot, $s.lastSnapshot], [V.violatedInvariants, $s.violatedInvariants]])
        if ($n382 === null) break or381
        $k373($n382)
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
      const newTxn = T.once((): T.Value => T.record([["zxid", T.field(msg(), "mzxid")], ["value", T.field(msg(), "mdata")], ["ackSid", T.setOf([])], ["epoch", T.apply($s.acceptedEpoch, i)]]))
      const m_ack = T.once((): T.Value => T.record([["mtype", ACK], ["mzxid", T.field(msg(), "mzxid")]]))
      if (!(T.bool(infoOk()))) return
      const $k383 = ($n384: T.Partial): void => {
        const $n385 = T.bindEach($n384, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.initialHistory, $s.initialHistory], [V.epochLeader, $s.epochLeader], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n385 === null) return
        UpdateRecorder_act($s, $n385, ($n386: T.Partial): void => {
          $k($n386)
        }, T.tuple(["FollowerProcessPROPOSAL", i, j]))
      }
      or387: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1712:20)
        IsNextZxid_act($s, $n, ($n388: T.Partial): void => {
          const $n389 = T.bind($n388, V.history, T.exceptPath($s.history, [i], ($at390) => T.append($at390, newTxn())))
          if ($n389 === null) return
          const $k391 = ($n392: T.Partial): void => {
            Reply_act($s, $n392, ($n393: T.Partial): void => {
              $k383($n393)
            }, i, j, m_ack())
          }
          or394: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1714:26)
            if (!(T.bool(ShouldSnapshot($s, i)))) break or394
            TakeSnapshot_act($s, $n389, ($n395: T.Partial): void => {
              $k391($n395)
            }, i)
          }
          or396: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1716:26)
            if (!(!T.bool(ShouldSnapshot($s, i)))) break or396
            const $n397 = T.bindEach($n389, [[V.lastSnapshot, $s.lastSnapshot], [V.violatedInvariants, $s.violatedInvariants]])
            if ($n397 === null) break or396
            $k391($n397)
          }
        }, T.field(LastQueued($s, i), "zxid"), T.field(msg(), "mzxid"))
      }
      or398: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1719:20)
        if (!(!T.bool(isNext()))) break or398
        if (!(T.printT(T.concat("Exception: Follower receives PROPOSAL, while", " the transaction is not the next.")))) break or398
        const $n399 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["proposalInconsistent"], (_$at400) => true))
        if ($n399 === null) break or398
        const $n401 = T.bindEach($n399, [[V.history, $s.history], [V.lastSnapshot, $s.lastSnapshot], [V.msgs, $s.msgs]])
        if ($n401 === null) break or398
        $k383($n401)
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
      const $k402 = ($n403: T.Partial): void => {
        const $n404 = T.bindEach($n403, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.lastSnapshot, $s.lastSnapshot], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
        if ($n404 === null) return
        UpdateRecorder_act($s, $n404, ($n405: T.Partial): void => {
          $k($n405)
        }, T.tuple(["LeaderProcessACK", i, j]))
      }
      or406: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1800:21)
        if (!(T.bool(exist()))) break or406
        const $k407 = ($n408: T.Partial): void => {
          {
            const txn = T.once((): T.Value => T.apply(T.apply($s.history, i), index()))
            const txnAfterAddAck = T.once((): T.Value => T.record([["zxid", T.field(txn(), "zxid")], ["value", T.field(txn(), "value")], ["ackSid", T.union(T.field(txn(), "ackSid"), T.setOf([j]))], ["epoch", T.field(txn(), "epoch")]]))
            const $n409 = T.bind($n408, V.history, T.exceptPath($s.history, [i, index()], (_$at410) => txnAfterAddAck()))
            if ($n409 === null) return
            const $k411 = ($n412: T.Partial): void => {
              $k402($n412)
            }
            or413: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1809:30)
              const $k414 = ($n415: T.Partial): void => {
                Discard_act($s, $n415, ($n416: T.Partial): void => {
                  const $n417 = T.bindEach($n416, [[V.violatedInvariants, $s.violatedInvariants], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
                  if ($n417 === null) return
                  $k411($n417)
                }, j, i)
              }
              or418: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1811:36)
                if (!(!T.bool(outstanding()))) break or418
                $k414($n409)
              }
              or419: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1812:36)
                if (!(T.bool(hasCommitted()))) break or419
                $k414($n409)
              }
            }
            or420: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1815:30)
              if (!(T.bool(outstanding()))) break or420
              if (!(!T.bool(hasCommitted()))) break or420
              LeaderTryToCommit_act($s, $n409, ($n421: T.Partial): void => {
                $k411($n421)
              }, i, index(), T.field(msg(), "mzxid"), txnAfterAddAck(), j)
            }
          }
        }
        or422: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1796:39)
          if (!(T.eq(ackIndex(), -1))) break or422
          $k407($n)
        }
        or423: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1797:39)
          if (!(T.eq((T.int(ackIndex()) + 1), index()))) break or423
          $k407($n)
        }
      }
      or424: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1818:21)
        const $k425 = ($n426: T.Partial): void => {
          if (!(T.printT(T.concat("Exception: No such zxid. ", " / ackIndex doesn't inc monotonically.")))) return
          const $n427 = T.bind($n426, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["ackInconsistent"], (_$at428) => true))
          if ($n427 === null) return
          Discard_act($s, $n427, ($n429: T.Partial): void => {
            const $n430 = T.bindEach($n429, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
            if ($n430 === null) return
            $k402($n430)
          }, j, i)
        }
        or431: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1818:27)
          if (!(!T.bool(exist()))) break or431
          $k425($n)
        }
        or432: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1819:27)
          if (!(!T.bool(monotonicallyInc()))) break or432
          $k425($n)
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
      const $k433 = ($n434: T.Partial): void => {
        Discard_act($s, $n434, ($n435: T.Partial): void => {
          const $n436 = T.bindEach($n435, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.initialHistory, $s.initialHistory], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.lastSnapshot, $s.lastSnapshot], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs], [V.status, $s.status], [V.partition, $s.partition]])
          if ($n436 === null) return
          UpdateRecorder_act($s, $n436, ($n437: T.Partial): void => {
            $k($n437)
          }, T.tuple(["FollowerProcessCOMMIT", i, j]))
        }, j, i)
      }
      or438: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1844:18)
        if (!(T.bool(noPending()))) break or438
        if (!(T.printT("Warn: Committing zxid without seeing txn."))) break or438
        const $n439 = T.bindEach($n, [[V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed], [V.violatedInvariants, $s.violatedInvariants]])
        if ($n439 === null) break or438
        $k433($n439)
      }
      or440: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1847:18)
        if (!(!T.bool(noPending()))) break or440
        {
          const firstElementZxid = T.once((): T.Value => T.field(T.apply(pendingTxns(), 1), "zxid"))
          const match = T.once((): T.Value => ZxidEqual(firstElementZxid(), T.field(msg(), "mzxid")))
          const $k441 = ($n442: T.Partial): void => {
            $k433($n442)
          }
          or443: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1851:24)
            if (!(!T.bool(match()))) break or443
            if (!(T.printT(T.concat("Exception: Committing zxid not equals", " next pending txn zxid.")))) break or443
            const $n444 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at445) => true))
            if ($n444 === null) break or443
            const $n446 = T.bindEach($n444, [[V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
            if ($n446 === null) break or443
            $k441($n446)
          }
          or447: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1857:24)
            if (!(T.bool(match()))) break or447
            const $n448 = T.bind($n, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at449) => T.record([["index", (T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1)], ["zxid", firstElementZxid()]])))
            if ($n448 === null) break or447
            const $n450 = T.bind($n448, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at451) => T.record([["index", (T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1)], ["zxid", firstElementZxid()]])))
            if ($n450 === null) break or447
            const $n452 = T.bindEach($n450, [[V.violatedInvariants, $s.violatedInvariants]])
            if ($n452 === null) break or447
            $k441($n452)
          }
        }
      }
    }
  }

  /** FilterNonexistentMessage(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1873-1909. */
  function FilterNonexistentMessage_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $k453 = ($n454: T.Partial): void => {
      const $n455 = T.bind($n454, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["messageIllegal"], (_$at456) => true))
      if ($n455 === null) return
      const $n457 = T.bindEach($n455, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.lastSnapshot, $s.lastSnapshot], [V.initialHistory, $s.initialHistory], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.learners, $s.learners], [V.connecting, $s.connecting], [V.electing, $s.electing], [V.ackldRecv, $s.ackldRecv], [V.forwarding, $s.forwarding], [V.tempMaxEpoch, $s.tempMaxEpoch], [V.status, $s.status], [V.partition, $s.partition], [V.connectInfo, $s.connectInfo], [V.packetsSync, $s.packetsSync], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.electionMsgs, $s.electionMsgs]])
      if ($n457 === null) return
      UnchangeRecorder_act($s, $n457, ($n458: T.Partial): void => {
        $k($n458)
      })
    }
    for (const j of T.elems(T.minus(Server, T.setOf([i])))) {
      if (!(!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])))) continue
      {
        const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
        const $k459 = ($n460: T.Partial): void => {
          Discard_act($s, $n460, ($n461: T.Partial): void => {
            $k453($n461)
          }, j, i)
        }
        or462: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1877:44)
          if (!(T.bool(IsLeader($s, i)))) break or462
          {
            const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
            const $k463 = ($n464: T.Partial): void => {
              $k459($n464)
            }
            or465: { // disjunct 1 of 6 (tla/specs/ZkV3_7_0.tla:1880:50)
              if (!(T.eq(T.field(msg(), "mtype"), LEADERINFO))) break or465
              $k463($n)
            }
            or466: { // disjunct 2 of 6 (tla/specs/ZkV3_7_0.tla:1881:50)
              if (!(T.eq(T.field(msg(), "mtype"), NEWLEADER))) break or466
              $k463($n)
            }
            or467: { // disjunct 3 of 6 (tla/specs/ZkV3_7_0.tla:1882:50)
              if (!(T.eq(T.field(msg(), "mtype"), UPTODATE))) break or467
              $k463($n)
            }
            or468: { // disjunct 4 of 6 (tla/specs/ZkV3_7_0.tla:1883:50)
              if (!(T.eq(T.field(msg(), "mtype"), PROPOSAL))) break or468
              $k463($n)
            }
            or469: { // disjunct 5 of 6 (tla/specs/ZkV3_7_0.tla:1884:50)
              if (!(T.eq(T.field(msg(), "mtype"), COMMIT))) break or469
              $k463($n)
            }
            or470: { // disjunct 6 of 6 (tla/specs/ZkV3_7_0.tla:1885:50)
              if (!(!T.bool(infoOk()))) break or470
              const $k471 = ($n472: T.Partial): void => {
                $k463($n472)
              }
              or473: { // disjunct 1 of 4 (tla/specs/ZkV3_7_0.tla:1886:56)
                if (!(T.eq(T.field(msg(), "mtype"), FOLLOWERINFO))) break or473
                $k471($n)
              }
              or474: { // disjunct 2 of 4 (tla/specs/ZkV3_7_0.tla:1887:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACKEPOCH))) break or474
                $k471($n)
              }
              or475: { // disjunct 3 of 4 (tla/specs/ZkV3_7_0.tla:1888:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACKLD))) break or475
                $k471($n)
              }
              or476: { // disjunct 4 of 4 (tla/specs/ZkV3_7_0.tla:1889:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACK))) break or476
                $k471($n)
              }
            }
          }
        }
        or477: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1890:44)
          if (!(T.bool(IsFollower($s, i)))) break or477
          {
            const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
            const $k478 = ($n479: T.Partial): void => {
              $k459($n479)
            }
            or480: { // disjunct 1 of 5 (tla/specs/ZkV3_7_0.tla:1893:50)
              if (!(T.eq(T.field(msg(), "mtype"), FOLLOWERINFO))) break or480
              $k478($n)
            }
            or481: { // disjunct 2 of 5 (tla/specs/ZkV3_7_0.tla:1894:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACKEPOCH))) break or481
              $k478($n)
            }
            or482: { // disjunct 3 of 5 (tla/specs/ZkV3_7_0.tla:1895:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACKLD))) break or482
              $k478($n)
            }
            or483: { // disjunct 4 of 5 (tla/specs/ZkV3_7_0.tla:1896:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACK))) break or483
              $k478($n)
            }
            or484: { // disjunct 5 of 5 (tla/specs/ZkV3_7_0.tla:1897:50)
              if (!(!T.bool(infoOk()))) break or484
              const $k485 = ($n486: T.Partial): void => {
                $k478($n486)
              }
              or487: { // disjunct 1 of 5 (tla/specs/ZkV3_7_0.tla:1898:56)
                if (!(T.eq(T.field(msg(), "mtype"), LEADERINFO))) break or487
                $k485($n)
              }
              or488: { // disjunct 2 of 5 (tla/specs/ZkV3_7_0.tla:1899:56)
                if (!(T.eq(T.field(msg(), "mtype"), NEWLEADER))) break or488
                $k485($n)
              }
              or489: { // disjunct 3 of 5 (tla/specs/ZkV3_7_0.tla:1900:56)
                if (!(T.eq(T.field(msg(), "mtype"), UPTODATE))) break or489
                $k485($n)
              }
              or490: { // disjunct 4 of 5 (tla/specs/ZkV3_7_0.tla:1901:56)
                if (!(T.eq(T.field(msg(), "mtype"), PROPOSAL))) break or490
                $k485($n)
              }
              or491: { // disjunct 5 of 5 (tla/specs/ZkV3_7_0.tla:1902:56)
                if (!(T.eq(T.field(msg(), "mtype"), COMMIT))) break or491
                $k485($n)
              }
            }
          }
        }
        or492: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1903:44)
          if (!(T.bool(IsLooking($s, i)))) break or492
          $k459($n)
        }
      }
    }
  }

  /** InitServerVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 459-468. */
  function InitServerVars_init($n: T.Partial, $k: Continue): void {
    InitServerVarsL_init($n, ($n493: T.Partial): void => {
      const $n494 = T.bind($n493, V.zabState, T.fnOver(Server, (_s) => ELECTION))
      if ($n494 === null) return
      const $n495 = T.bind($n494, V.acceptedEpoch, T.fnOver(Server, (_s) => 0))
      if ($n495 === null) return
      const $n496 = T.bind($n495, V.lastCommitted, T.fnOver(Server, (_s) => T.record([["index", 0], ["zxid", T.tuple([0, 0])]])))
      if ($n496 === null) return
      const $n497 = T.bind($n496, V.lastSnapshot, T.fnOver(Server, (_s) => T.record([["index", 0], ["zxid", T.tuple([0, 0])]])))
      if ($n497 === null) return
      const $n498 = T.bind($n497, V.initialHistory, T.fnOver(Server, (_s) => T.tuple([])))
      if ($n498 === null) return
      $k($n498)
    })
  }

  /** InitLeaderVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 468-476. */
  function InitLeaderVars_init($n: T.Partial, $k: Continue): void {
    InitLeaderVarsL_init($n, ($n499: T.Partial): void => {
      const $n500 = T.bind($n499, V.learners, T.fnOver(Server, (_s) => T.setOf([])))
      if ($n500 === null) return
      const $n501 = T.bind($n500, V.connecting, T.fnOver(Server, (_s) => T.setOf([])))
      if ($n501 === null) return
      const $n502 = T.bind($n501, V.electing, T.fnOver(Server, (_s) => T.setOf([])))
      if ($n502 === null) return
      const $n503 = T.bind($n502, V.ackldRecv, T.fnOver(Server, (_s) => T.setOf([])))
      if ($n503 === null) return
      const $n504 = T.bind($n503, V.forwarding, T.fnOver(Server, (_s) => T.setOf([])))
      if ($n504 === null) return
      const $n505 = T.bind($n504, V.tempMaxEpoch, T.fnOver(Server, (_s) => 0))
      if ($n505 === null) return
      $k($n505)
    })
  }

  /** InitElectionVars as part of Init: tla/specs/ZkV3_7_0.tla, line 476. */
  function InitElectionVars_init($n: T.Partial, $k: Continue): void {
    InitElectionVarsL_init($n, ($n506: T.Partial): void => {
      $k($n506)
    })
  }

  /** InitFollowerVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 478-485. */
  function InitFollowerVars_init($n: T.Partial, $k: Continue): void {
    const $n507 = T.bind($n, V.connectInfo, T.fnOver(Server, (_s) => T.record([["sid", NullPoint], ["syncMode", NONE], ["nlRcv", false]])))
    if ($n507 === null) return
    const $n508 = T.bind($n507, V.packetsSync, T.fnOver(Server, (_s) => T.record([["notCommitted", T.tuple([])], ["committed", T.tuple([])]])))
    if ($n508 === null) return
    $k($n508)
  }

  /** InitVerifyVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 485-493. */
  function InitVerifyVars_init($n: T.Partial, $k: Continue): void {
    const $n509 = T.bind($n, V.proposalMsgsLog, T.setOf([]))
    if ($n509 === null) return
    const $n510 = T.bind($n509, V.epochLeader, T.fnOver(T.range(1, MAXEPOCH()), (_e) => T.setOf([])))
    if ($n510 === null) return
    const $n511 = T.bind($n510, V.violatedInvariants, T.record([["stateInconsistent", false], ["proposalInconsistent", false], ["commitInconsistent", false], ["ackInconsistent", false], ["messageIllegal", false]]))
    if ($n511 === null) return
    $k($n511)
  }

  /** InitMsgVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 493-496. */
  function InitMsgVars_init($n: T.Partial, $k: Continue): void {
    const $n512 = T.bind($n, V.msgs, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => T.tuple([]))))
    if ($n512 === null) return
    const $n513 = T.bind($n512, V.electionMsgs, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => T.tuple([]))))
    if ($n513 === null) return
    $k($n513)
  }

  /** InitEnvVars as part of Init: tla/specs/ZkV3_7_0.tla, lines 496-499. */
  function InitEnvVars_init($n: T.Partial, $k: Continue): void {
    const $n514 = T.bind($n, V.status, T.fnOver(Server, (_s) => ONLINE))
    if ($n514 === null) return
    const $n515 = T.bind($n514, V.partition, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => false)))
    if ($n515 === null) return
    $k($n515)
  }

  /** InitRecorder as part of Init: tla/specs/ZkV3_7_0.tla, lines 499-505. */
  function InitRecorder_init($n: T.Partial, $k: Continue): void {
    const $n516 = T.bind($n, V.recorder, T.record([["nTimeout", 0], ["nTransaction", 0], ["nPartition", 0], ["maxEpoch", 0], ["nCrash", 0], ["pc", T.tuple(["Init"])], ["nClientRequest", 0]]))
    if ($n516 === null) return
    $k($n516)
  }

  /** IsLeader(s): tla/specs/ZkV3_7_0.tla, line 294. */
  function IsLeader($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), LEADING)
  }

  /** MAXEPOCH: tla/specs/ZkV3_7_0.tla, line 54. */
  const MAXEPOCH = T.once((): T.Value => 10)

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
      const toSend = T.once((): T.Value => T.record([["mtype", NOTIFICATION], ["msource", i], ["mstate", T.apply($s.state, i)], ["mround", T.apply($s.logicalClock, i)], ["mvote", T.apply($s.currentVote, i)]]))
      const $k517 = ($n518: T.Partial): void => {
        const $n519 = T.bindEach($n518, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet]])
        if ($n519 === null) return
        $k($n519)
      }
      or520: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:308:18)
        if (!(T.eq(T.apply($s.state, i), LOOKING))) break or520
        const $n521 = T.bind($n, V.recvQueue, T.exceptPath($s.recvQueue, [i], (_$at522) => T.append(RemoveNone(T.apply($s.recvQueue, i)), notmsg())))
        if ($n521 === null) break or520
        {
          const replyOk = T.once((): T.Value => (T.eq(T.field(notmsg(), "mstate"), LOOKING) && (T.int(T.field(notmsg(), "mround")) < T.int(T.apply($s.logicalClock, i)))))
          const $k523 = ($n524: T.Partial): void => {
            $k517($n524)
          }
          or525: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:313:24)
            if (!(T.bool(replyOk()))) break or525
            ReplyNotmsg_act($s, $n521, ($n526: T.Partial): void => {
              $k523($n526)
            }, i, j, toSend())
          }
          or527: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:315:24)
            if (!(!T.bool(replyOk()))) break or527
            DiscardNotmsg_act($s, $n521, ($n528: T.Partial): void => {
              $k523($n528)
            }, j, i)
          }
        }
      }
      or529: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:317:18)
        if (!(T.isIn(T.apply($s.state, i), T.setOf([LEADING, FOLLOWING])))) break or529
        const $k530 = ($n531: T.Partial): void => {
          const $n532 = T.bindEach($n531, [[V.recvQueue, $s.recvQueue]])
          if ($n532 === null) return
          $k517($n532)
        }
        or533: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:319:24)
          if (!(T.eq(T.field(notmsg(), "mstate"), LOOKING))) break or533
          ReplyNotmsg_act($s, $n, ($n534: T.Partial): void => {
            $k530($n534)
          }, i, j, toSend())
        }
        or535: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:322:24)
          if (!(!T.eq(T.field(notmsg(), "mstate"), LOOKING))) break or535
          DiscardNotmsg_act($s, $n, ($n536: T.Partial): void => {
            $k530($n536)
          }, j, i)
        }
      }
    }
  }

  /** UpdateRecorder(pc) as an action: tla/specs/ZkV3_7_0.tla, lines 363-366. */
  function UpdateRecorder_act($s: State, $n: T.Partial, $k: Continue, pc: T.Value): void {
    const $n537 = T.bind($n, V.recorder, T.atAt(T.atAt(T.atAt(T.atAt(T.atAt(T.atAt(RecorderSetPartition($s, pc), RecorderSetFailure($s, pc)), RecorderSetTransactionNum($s, $n, pc)), RecorderSetMaxEpoch($s, $n, pc)), RecorderSetPc(pc)), RecorderSetRequests($s, pc)), $s.recorder))
    if ($n537 === null) return
    $k($n537)
  }

  /** NotmsgTimeout(i) as an action: tla/specs/FastLeaderElection.tla, lines 327-334. */
  function NotmsgTimeout_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.eq(T.apply($s.state, i), LOOKING))) return
    if (!(T.elems(Server).every((j) => T.eq(T.apply(T.apply($s.electionMsgs, j), i), T.tuple([]))))) return
    if (!(T.eq(T.apply($s.recvQueue, i), T.tuple([])))) return
    const $n538 = T.bind($n, V.recvQueue, T.exceptPath($s.recvQueue, [i], (_$at539) => T.append(T.apply($s.recvQueue, i), T.record([["mtype", NONE]]))))
    if ($n538 === null) return
    const $n540 = T.bindEach($n538, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.waitNotmsg, $s.waitNotmsg], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs]])
    if ($n540 === null) return
    $k($n540)
  }

  /** HandleNotmsg(i) as an action: tla/specs/FastLeaderElection.tla, lines 382-451. */
  function HandleNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.eq(T.apply($s.state, i), LOOKING))) return
    if (!(!T.bool(T.apply($s.waitNotmsg, i)))) return
    if (!(!T.eq(T.apply($s.recvQueue, i), T.tuple([])))) return
    {
      const n = T.once((): T.Value => T.apply(T.apply($s.recvQueue, i), 1))
      const rawToSend = T.once((): T.Value => T.record([["mtype", NOTIFICATION], ["msource", i], ["mstate", LOOKING], ["mround", T.apply($s.logicalClock, i)], ["mvote", T.apply($s.currentVote, i)]]))
      const $k541 = ($n542: T.Partial): void => {
        const $n543 = T.bind($n542, V.recvQueue, T.exceptPath($s.recvQueue, [i], (_$at544) => T.tail(T.apply($s.recvQueue, i))))
        if ($n543 === null) return
        const $n545 = T.bindEach($n543, [[V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed]])
        if ($n545 === null) return
        $k($n545)
      }
      or546: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:392:18)
        if (!(T.eq(T.field(n(), "mtype"), NONE))) break or546
        BroadcastNotmsg_act($s, $n, ($n547: T.Partial): void => {
          const $n548 = T.bindEach($n547, [[V.history, $s.history], [V.logicalClock, $s.logicalClock], [V.currentVote, $s.currentVote], [V.receiveVotes, $s.receiveVotes], [V.waitNotmsg, $s.waitNotmsg], [V.outOfElection, $s.outOfElection], [V.state, $s.state], [V.leadingVoteSet, $s.leadingVoteSet]])
          if ($n548 === null) return
          $k541($n548)
        }, i, rawToSend())
      }
      or549: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:395:18)
        if (!(T.eq(T.field(n(), "mtype"), NOTIFICATION))) break or549
        const $k550 = ($n551: T.Partial): void => {
          $k541($n551)
        }
        or552: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:396:24)
          if (!(T.eq(T.field(n(), "mstate"), LOOKING))) break or552
          const $k553 = ($n554: T.Partial): void => {
            const $n555 = T.bindEach($n554, [[V.state, $s.state], [V.history, $s.history], [V.outOfElection, $s.outOfElection], [V.leadingVoteSet, $s.leadingVoteSet]])
            if ($n555 === null) return
            $k550($n555)
          }
          or556: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:398:30)
            if (!((T.int(T.field(n(), "mround")) >= T.int(T.apply($s.logicalClock, i))))) break or556
            const $k557 = ($n558: T.Partial): void => {
              {
                const rcvsetModifiedTwice = T.once((): T.Value => (T.int(T.field(n(), "mround")) > T.int(T.apply($s.logicalClock, i))))
                const $k559 = ($n560: T.Partial): void => {
                  {
                    const hasQuorums = T.once((): T.Value => HasQuorums(i, i, T.apply(T.primed($n560, V.receiveVotes, "receiveVotes"), i), T.apply(T.primed($n560, V.currentVote, "currentVote"), i), T.field(n(), "mround")))
                    const $k561 = ($n562: T.Partial): void => {
                      $k553($n562)
                    }
                    or563: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:434:39)
                      if (!(T.bool(hasQuorums()))) break or563
                      const $n564 = T.bind($n560, V.waitNotmsg, T.exceptPath($s.waitNotmsg, [i], (_$at565) => true))
                      if ($n564 === null) break or563
                      $k561($n564)
                    }
                    or566: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:436:39)
                      if (!(!T.bool(hasQuorums()))) break or566
                      const $n567 = T.bindEach($n560, [[V.waitNotmsg, $s.waitNotmsg]])
                      if ($n567 === null) break or566
                      $k561($n567)
                    }
                  }
                }
                or568: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:429:39)
                  if (!(T.bool(rcvsetModifiedTwice()))) break or568
                  RvClearAndPut_act($s, $n558, ($n569: T.Partial): void => {
                    $k559($n569)
                  }, i, T.field(n(), "msource"), T.field(n(), "mvote"), T.field(n(), "mround"))
                }
                or570: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:431:39)
                  if (!(!T.bool(rcvsetModifiedTwice()))) break or570
                  RvPut_act($s, $n558, ($n571: T.Partial): void => {
                    $k559($n571)
                  }, i, T.field(n(), "msource"), T.field(n(), "mvote"), T.field(n(), "mround"), T.field(n(), "mstate"))
                }
              }
            }
            or572: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:400:36)
              if (!((T.int(T.field(n(), "mround")) > T.int(T.apply($s.logicalClock, i))))) break or572
              const $n573 = T.bind($n, V.logicalClock, T.exceptPath($s.logicalClock, [i], (_$at574) => T.field(n(), "mround")))
              if ($n573 === null) break or572
              {
                const selfinfo = T.once((): T.Value => T.record([["proposedLeader", i], ["proposedZxid", T.field(T.apply($s.lastProcessed, i), "zxid")], ["proposedEpoch", T.apply($s.currentEpoch, i)]]))
                const peerOk = T.once((): T.Value => TotalOrderPredicate(T.field(n(), "mvote"), selfinfo()))
                const $k575 = ($n576: T.Partial): void => {
                  BroadcastNotmsg_act($s, $n576, ($n577: T.Partial): void => {
                    $k557($n577)
                  }, i, T.record([["mtype", NOTIFICATION], ["msource", i], ["mstate", LOOKING], ["mround", T.field(n(), "mround")], ["mvote", T.apply(T.primed($n576, V.currentVote, "currentVote"), i)]]))
                }
                or578: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:406:45)
                  TotalOrderPredicate_act($s, $n573, ($n579: T.Partial): void => {
                    UpdateProposal_act($s, $n579, ($n580: T.Partial): void => {
                      $k575($n580)
                    }, i, T.field(T.field(n(), "mvote"), "proposedLeader"), T.field(T.field(n(), "mvote"), "proposedZxid"), T.field(T.field(n(), "mvote"), "proposedEpoch"))
                  }, T.field(n(), "mvote"), selfinfo())
                }
                or581: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:408:45)
                  if (!(!T.bool(peerOk()))) break or581
                  UpdateProposal_act($s, $n573, ($n582: T.Partial): void => {
                    $k575($n582)
                  }, i, i, T.field(T.apply($s.lastProcessed, i), "zxid"), T.apply($s.currentEpoch, i))
                }
              }
            }
            or583: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:416:36)
              if (!(T.eq(T.field(n(), "mround"), T.apply($s.logicalClock, i)))) break or583
              {
                const peerOk = T.once((): T.Value => TotalOrderPredicate(T.field(n(), "mvote"), T.apply($s.currentVote, i)))
                const $k584 = ($n585: T.Partial): void => {
                  const $n586 = T.bindEach($n585, [[V.logicalClock, $s.logicalClock]])
                  if ($n586 === null) return
                  $k557($n586)
                }
                or587: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:418:45)
                  TotalOrderPredicate_act($s, $n, ($n588: T.Partial): void => {
                    UpdateProposal_act($s, $n588, ($n589: T.Partial): void => {
                      BroadcastNotmsg_act($s, $n589, ($n590: T.Partial): void => {
                        $k584($n590)
                      }, i, T.record([["mtype", NOTIFICATION], ["msource", i], ["mstate", LOOKING], ["mround", T.apply($s.logicalClock, i)], ["mvote", T.field(n(), "mvote")]]))
                    }, i, T.field(T.field(n(), "mvote"), "proposedLeader"), T.field(T.field(n(), "mvote"), "proposedZxid"), T.field(T.field(n(), "mvote"), "proposedEpoch"))
                  }, T.field(n(), "mvote"), T.apply($s.currentVote, i))
                }
                or591: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:425:45)
                  if (!(!T.bool(peerOk()))) break or591
                  const $n592 = T.bindEach($n, [[V.currentVote, $s.currentVote], [V.electionMsgs, $s.electionMsgs]])
                  if ($n592 === null) break or591
                  $k584($n592)
                }
              }
            }
          }
          or593: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:439:30)
            if (!((T.int(T.field(n(), "mround")) < T.int(T.apply($s.logicalClock, i))))) break or593
            const $n594 = T.bindEach($n, [[V.logicalClock, $s.logicalClock], [V.currentVote, $s.currentVote], [V.electionMsgs, $s.electionMsgs], [V.receiveVotes, $s.receiveVotes], [V.waitNotmsg, $s.waitNotmsg]])
            if ($n594 === null) break or593
            $k553($n594)
          }
        }
        or595: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:443:24)
          if (!(T.isIn(T.field(n(), "mstate"), T.setOf([LEADING, FOLLOWING])))) break or595
          ReceivedFollowingAndLeadingNotification_act($s, $n, ($n596: T.Partial): void => {
            const $n597 = T.bind($n596, V.history, T.exceptPath($s.history, [i], (_$at598) => InitHistory($s, $n596, i)))
            if ($n597 === null) return
            const $n599 = T.bindEach($n597, [[V.electionMsgs, $s.electionMsgs], [V.waitNotmsg, $s.waitNotmsg]])
            if ($n599 === null) return
            $k550($n599)
          }, i, n())
        }
      }
    }
  }

  /** ZabTurnToLeading(i) as an action: tla/specs/ZkV3_7_0.tla, lines 516-530. */
  function ZabTurnToLeading_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n600 = T.bind($n, V.zabState, T.exceptPath($s.zabState, [i], (_$at601) => DISCOVERY))
    if ($n600 === null) return
    const $n602 = T.bind($n600, V.learners, T.exceptPath($s.learners, [i], (_$at603) => T.setOf([i])))
    if ($n602 === null) return
    const $n604 = T.bind($n602, V.connecting, T.exceptPath($s.connecting, [i], (_$at605) => T.setOf([T.record([["sid", i], ["connected", true]])])))
    if ($n604 === null) return
    const $n606 = T.bind($n604, V.electing, T.exceptPath($s.electing, [i], (_$at607) => T.setOf([T.record([["sid", i], ["peerLastZxid", T.tuple([-1, -1])], ["inQuorum", true]])])))
    if ($n606 === null) return
    const $n608 = T.bind($n606, V.ackldRecv, T.exceptPath($s.ackldRecv, [i], (_$at609) => T.setOf([T.record([["sid", i], ["connected", true]])])))
    if ($n608 === null) return
    const $n610 = T.bind($n608, V.forwarding, T.exceptPath($s.forwarding, [i], (_$at611) => T.setOf([])))
    if ($n610 === null) return
    const $n612 = T.bind($n610, V.initialHistory, T.exceptPath($s.initialHistory, [i], (_$at613) => T.apply(T.primed($n610, V.history, "history"), i)))
    if ($n612 === null) return
    const $n614 = T.bind($n612, V.tempMaxEpoch, T.exceptPath($s.tempMaxEpoch, [i], (_$at615) => (T.int(T.apply($s.acceptedEpoch, i)) + 1)))
    if ($n614 === null) return
    $k($n614)
  }

  /** ZabTurnToFollowing(i) as an action: tla/specs/ZkV3_7_0.tla, lines 530-537. */
  function ZabTurnToFollowing_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n616 = T.bind($n, V.zabState, T.exceptPath($s.zabState, [i], (_$at617) => DISCOVERY))
    if ($n616 === null) return
    const $n618 = T.bind($n616, V.initialHistory, T.exceptPath($s.initialHistory, [i], (_$at619) => T.apply(T.primed($n616, V.history, "history"), i)))
    if ($n618 === null) return
    const $n620 = T.bind($n618, V.packetsSync, T.exceptPath(T.exceptPath($s.packetsSync, [i, "notCommitted"], (_$at621) => T.tuple([])), [i, "committed"], (_$at622) => T.tuple([])))
    if ($n620 === null) return
    $k($n620)
  }

  /** WaitNewNotmsg(i) as an action: tla/specs/FastLeaderElection.tla, lines 451-478. */
  function WaitNewNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.eq(T.apply($s.state, i), LOOKING))) return
    if (!(T.eq(T.apply($s.waitNotmsg, i), true))) return
    const $k623 = ($n624: T.Partial): void => {
      $k($n624)
    }
    or625: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:454:15)
      if (!(!T.eq(T.apply($s.recvQueue, i), T.tuple([])))) break or625
      if (!(T.eq(T.field(T.apply(T.apply($s.recvQueue, i), 1), "mtype"), NOTIFICATION))) break or625
      {
        const n = T.once((): T.Value => T.apply(T.apply($s.recvQueue, i), 1))
        const peerOk = T.once((): T.Value => TotalOrderPredicate(T.field(n(), "mvote"), T.apply($s.currentVote, i)))
        const $k626 = ($n627: T.Partial): void => {
          const $n628 = T.bindEach($n627, [[V.state, $s.state], [V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.history, $s.history], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.leadingVoteSet, $s.leadingVoteSet], [V.electionMsgs, $s.electionMsgs]])
          if ($n628 === null) return
          $k623($n628)
        }
        or629: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:458:24)
          TotalOrderPredicate_act($s, $n, ($n630: T.Partial): void => {
            const $n631 = T.bind($n630, V.waitNotmsg, T.exceptPath($s.waitNotmsg, [i], (_$at632) => false))
            if ($n631 === null) return
            const $n633 = T.bind($n631, V.recvQueue, T.exceptPath($s.recvQueue, [i], ($at634) => T.append(T.tail($at634), n())))
            if ($n633 === null) return
            $k626($n633)
          }, T.field(n(), "mvote"), T.apply($s.currentVote, i))
        }
        or635: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:461:24)
          if (!(!T.bool(peerOk()))) break or635
          const $n636 = T.bind($n, V.recvQueue, T.exceptPath($s.recvQueue, [i], ($at637) => T.tail($at637)))
          if ($n636 === null) break or635
          const $n638 = T.bindEach($n636, [[V.waitNotmsg, $s.waitNotmsg]])
          if ($n638 === null) break or635
          $k626($n638)
        }
      }
    }
    or639: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:466:15)
      const $k640 = ($n641: T.Partial): void => {
        const $n642 = T.bind($n641, V.state, T.exceptPath($s.state, [i], (_$at643) => (T.eq(T.field(T.apply($s.currentVote, i), "proposedLeader"), i) ? LEADING : FOLLOWING)))
        if ($n642 === null) return
        const $n644 = T.bind($n642, V.leadingVoteSet, T.exceptPath($s.leadingVoteSet, [i], ($at645) => (T.eq(T.field(T.apply($s.currentVote, i), "proposedLeader"), i) ? VoteSet(i, i, T.apply($s.receiveVotes, i), T.apply($s.currentVote, i), T.apply($s.logicalClock, i)) : $at645)))
        if ($n644 === null) return
        const $n646 = T.bind($n644, V.history, T.exceptPath($s.history, [i], (_$at647) => InitHistory($s, $n644, i)))
        if ($n646 === null) return
        const $n648 = T.bindEach($n646, [[V.currentEpoch, $s.currentEpoch], [V.lastProcessed, $s.lastProcessed], [V.currentVote, $s.currentVote], [V.logicalClock, $s.logicalClock], [V.receiveVotes, $s.receiveVotes], [V.outOfElection, $s.outOfElection], [V.recvQueue, $s.recvQueue], [V.waitNotmsg, $s.waitNotmsg], [V.electionMsgs, $s.electionMsgs]])
        if ($n648 === null) return
        $k623($n648)
      }
      or649: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:466:21)
        if (!(T.eq(T.apply($s.recvQueue, i), T.tuple([])))) break or649
        $k640($n)
      }
      or650: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:467:21)
        if (!((!T.eq(T.apply($s.recvQueue, i), T.tuple([])) && T.eq(T.field(T.apply(T.apply($s.recvQueue, i), 1), "mtype"), NONE)))) break or650
        $k640($n)
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
    const $n651 = T.bind($n, V.learners, T.exceptPath($s.learners, [i], ($at652) => T.minus($at652, T.setOf([j]))))
    if ($n651 === null) return
    const $n653 = T.bind($n651, V.forwarding, T.exceptPath($s.forwarding, [i], ($at654) => (T.isIn(j, T.apply($s.forwarding, i)) ? T.minus($at654, T.setOf([j])) : $at654)))
    if ($n653 === null) return
    const $n655 = T.bind($n653, V.electing, T.exceptPath($s.electing, [i], ($at656) => RemoveElecting($at656, j)))
    if ($n655 === null) return
    const $n657 = T.bind($n655, V.connecting, T.exceptPath($s.connecting, [i], ($at658) => RemoveConnectingOrAckldRecv($at658, j)))
    if ($n657 === null) return
    const $n659 = T.bind($n657, V.ackldRecv, T.exceptPath($s.ackldRecv, [i], ($at660) => RemoveConnectingOrAckldRecv($at660, j)))
    if ($n659 === null) return
    $k($n659)
  }

  /** FollowerShutdown(i) as an action: tla/specs/ZkV3_7_0.tla, lines 631-636. */
  function FollowerShutdown_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    ZabTimeout_act($s, $n, ($n661: T.Partial): void => {
      const $n662 = T.bind($n661, V.zabState, T.exceptPath($s.zabState, [i], (_$at663) => ELECTION))
      if ($n662 === null) return
      const $n664 = T.bind($n662, V.connectInfo, T.exceptPath($s.connectInfo, [i], (_$at665) => InitialConnectInfo()))
      if ($n664 === null) return
      $k($n664)
    }, i)
  }

  /** Clean(i, j) as an action: tla/specs/ZkV3_7_0.tla, line 451. */
  function Clean_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n666 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at667) => T.tuple([])), [i, j], (_$at668) => T.tuple([])))
    if ($n666 === null) return
    $k($n666)
  }

  /** LeaderShutdown(i) as an action: tla/specs/ZkV3_7_0.tla, lines 636-642. */
  function LeaderShutdown_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const cluster = T.once((): T.Value => T.union(T.setOf([i]), T.apply($s.learners, i)))
      ZabTimeoutInCluster_act($s, $n, ($n669: T.Partial): void => {
        const $n670 = T.bind($n669, V.learners, T.exceptPath($s.learners, [i], (_$at671) => T.setOf([])))
        if ($n670 === null) return
        const $n672 = T.bind($n670, V.forwarding, T.exceptPath($s.forwarding, [i], (_$at673) => T.setOf([])))
        if ($n672 === null) return
        $k($n672)
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
    const $k674 = ($n675: T.Partial): void => {
      if (!(T.bool(CheckParameterLimit(T.field($s.recorder, "nCrash"), "MaxCrashes")))) return
      $k($n675)
    }
    or676: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:379:30)
      if (!(T.bool(IsLooking($s, i)))) break or676
      $k674($n)
    }
    or677: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:380:30)
      if (!((!T.bool(IsLooking($s, i)) && T.bool(CheckTimeout($s))))) break or677
      $k674($n)
    }
  }

  /** CleanInputBuffer(i) as an action: tla/specs/ZkV3_7_0.tla, lines 452-453. */
  function CleanInputBuffer_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n678 = T.bind($n, V.msgs, T.fnOver(Server, (s) => T.fnOver(Server, (v) => (T.eq(v, i) ? T.tuple([]) : T.apply(T.apply($s.msgs, s), v)))))
    if ($n678 === null) return
    $k($n678)
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
    return ((T.len(T.apply($s.history, i)) === 0) ? T.record([["index", 0], ["zxid", T.tuple([0, 0])]]) : ((): T.Value => {
      const lastIndex = T.once((): T.Value => T.len(T.apply($s.history, i)))
      const entry = T.once((): T.Value => T.apply(T.apply($s.history, i), lastIndex()))
      return T.record([["index", lastIndex()], ["zxid", T.field(entry(), "zxid")]])
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
    const $n679 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i, j], (_$at680) => T.append(T.apply(T.apply($s.msgs, i), j), m)))
    if ($n679 === null) return
    $k($n679)
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
      const follower_info = T.once((): T.Value => T.record([["sid", sid], ["connected", true]]))
      return T.union(T.minus(oldSet, T.setOf([old_info()])), T.setOf([follower_info()]))
    })() : ((): T.Value => {
      const follower_info = T.once((): T.Value => T.record([["sid", sid], ["connected", true]]))
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
      const $n681 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at682) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i], (_$at683) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_connecting()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n681 === null) return
      $k($n681)
    }
  }

  /** Discard(i, j) as an action: tla/specs/ZkV3_7_0.tla, lines 411-412. */
  function Discard_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n684 = T.bind($n, V.msgs, (!T.eq(T.apply(T.apply($s.msgs, i), j), T.tuple([])) ? T.exceptPath($s.msgs, [i, j], (_$at685) => T.tail(T.apply(T.apply($s.msgs, i), j))) : $s.msgs))
    if ($n684 === null) return
    $k($n684)
  }

  /** Reply(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, lines 447-448. */
  function Reply_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n686 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at687) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i, j], (_$at688) => T.append(T.apply(T.apply($s.msgs, i), j), m)))
    if ($n686 === null) return
    $k($n686)
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
      const follower_info = T.once((): T.Value => T.record([["sid", sid], ["peerLastZxid", peerLastZxid], ["inQuorum", (T.bool(inQuorum) || T.bool(T.field(old_info(), "inQuorum")))]]))
      return T.union(T.minus(oldSet, T.setOf([old_info()])), T.setOf([follower_info()]))
    })() : ((): T.Value => {
      const follower_info = T.once((): T.Value => T.record([["sid", sid], ["peerLastZxid", peerLastZxid], ["inQuorum", inQuorum]]))
      return T.union(oldSet, T.setOf([follower_info()]))
    })())
    })()
  }

  /** LeaderTurnToSynchronization(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1101-1108. */
  function LeaderTurnToSynchronization_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n689 = T.bind($n, V.currentEpoch, T.exceptPath($s.currentEpoch, [i], (_$at690) => T.apply($s.acceptedEpoch, i)))
    if ($n689 === null) return
    const $n691 = T.bind($n689, V.zabState, T.exceptPath($s.zabState, [i], (_$at692) => SYNCHRONIZATION))
    if ($n691 === null) return
    $k($n691)
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
      const $k693 = ($n694: T.Partial): void => {
        $k($n694)
      }
      or695: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1032:15)
        if (!(T.bool(ZxidEqual(peerLastZxid, lastProcessedZxid())))) break or695
        SendSyncMsgs_act($s, $n, ($n696: T.Partial): void => {
          $k693($n696)
        }, i, j, peerLastZxid, T.field(T.apply($s.lastProcessed, i), "index"), DIFF, needRemoveHead)
      }
      or697: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1035:15)
        if (!(!T.bool(ZxidEqual(peerLastZxid, lastProcessedZxid())))) break or697
        const $k698 = ($n699: T.Partial): void => {
          $k693($n699)
        }
        or700: { // disjunct 1 of 3 (tla/specs/ZkV3_7_0.tla:1038:21)
          ZxidCompare_act($s, $n, ($n701: T.Partial): void => {
            SendSyncMsgs_act($s, $n701, ($n702: T.Partial): void => {
              $k698($n702)
            }, i, j, maxCommittedLog(), maxCommittedIdx(), TRUNC, needRemoveHead)
          }, peerLastZxid, maxCommittedLog())
        }
        or703: { // disjunct 2 of 3 (tla/specs/ZkV3_7_0.tla:1042:21)
          if (!(!T.bool(ZxidCompare(peerLastZxid, maxCommittedLog())))) break or703
          if (!(!T.bool(ZxidCompare(minCommittedLog(), peerLastZxid)))) break or703
          {
            const lastSeenIndex = T.once((): T.Value => ZxidToIndex(T.apply($s.history, i), peerLastZxid))
            const exist = T.once((): T.Value => ((T.int(lastSeenIndex()) >= T.int(minCommittedIdx())) && (T.int(lastSeenIndex()) <= T.len(T.apply($s.history, i)))))
            const lastIndex = T.once((): T.Value => (T.bool(exist()) ? lastSeenIndex() : IndexOfZxid(T.apply($s.history, i), peerLastZxid)))
            const lastZxid = T.once((): T.Value => (T.bool(exist()) ? peerLastZxid : (T.eq(lastIndex(), 0) ? T.tuple([0, 0]) : T.field(T.apply(T.apply($s.history, i), lastIndex()), "zxid"))))
            const $k704 = ($n705: T.Partial): void => {
              $k698($n705)
            }
            or706: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1057:27)
              if (!(T.bool(exist()))) break or706
              SendSyncMsgs_act($s, $n, ($n707: T.Partial): void => {
                $k704($n707)
              }, i, j, peerLastZxid, lastSeenIndex(), DIFF, needRemoveHead)
            }
            or708: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1063:27)
              if (!(!T.bool(exist()))) break or708
              SendSyncMsgs_act($s, $n, ($n709: T.Partial): void => {
                $k704($n709)
              }, i, j, lastZxid(), lastIndex(), TRUNC, needRemoveHead)
            }
          }
        }
        or710: { // disjunct 3 of 3 (tla/specs/ZkV3_7_0.tla:1068:21)
          ZxidCompare_act($s, $n, ($n711: T.Partial): void => {
            SendSyncMsgs_act($s, $n711, ($n712: T.Partial): void => {
              $k698($n712)
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
    const $k713 = ($n714: T.Partial): void => {
      $k($n714)
    }
    or715: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1302:16)
      if (!((T.eq(T.apply(nextZxid, 2), 1) && (T.int(T.apply(curZxid, 1)) < T.int(T.apply(nextZxid, 1)))))) break or715
      $k713($n)
    }
    or716: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1305:16)
      if (!(((T.int(T.apply(nextZxid, 2)) > 1) && T.eq(T.apply(curZxid, 1), T.apply(nextZxid, 1)) && T.eq((T.int(T.apply(curZxid, 2)) + 1), T.apply(nextZxid, 2))))) break or716
      $k713($n)
    }
  }

  /** LastQueued(i): tla/specs/ZkV3_7_0.tla, lines 1290-1298. */
  function LastQueued($s: State, i: T.Value): T.Value {
    return ((!T.bool(IsFollower($s, i)) || !T.eq(T.apply($s.zabState, i), SYNCHRONIZATION)) ? LastProposed($s, i) : ((): T.Value => {
      const packetsInSync = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "notCommitted"))
      const lenSync = T.once((): T.Value => T.len(packetsInSync()))
      const totalLen = T.once((): T.Value => (T.len(T.apply($s.history, i)) + T.int(lenSync())))
      return (T.eq(lenSync(), 0) ? LastProposed($s, i) : T.record([["index", totalLen()], ["zxid", T.field(T.apply(packetsInSync(), lenSync()), "zxid")]]))
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
      return (T.eq(lastInitialIndex(), 0) ? T.record([["index", 0], ["zxid", T.tuple([0, 0])]]) : T.record([["index", lastInitialIndex()], ["zxid", T.field(T.apply(T.apply($s.history, i), lastInitialIndex()), "zxid")]]))
    })() : T.bool(IsFollower($s, i)) ? ((): T.Value => {
      const completeHis = T.once((): T.Value => T.concat(T.apply($s.history, i), T.field(T.apply($s.packetsSync, i), "notCommitted")))
      const packetsCommitted = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "committed"))
      const lenCommitted = T.once((): T.Value => T.len(packetsCommitted()))
      return (T.eq(lenCommitted(), 0) ? ((): T.Value => {
      const lastIndex = T.once((): T.Value => T.len(T.apply($s.history, i)))
      const lastInitialIndex = T.once((): T.Value => T.len(T.apply($s.initialHistory, i)))
      return (T.eq(lastIndex(), lastInitialIndex()) ? (T.eq(lastIndex(), 0) ? T.record([["index", 0], ["zxid", T.tuple([0, 0])]]) : T.record([["index", lastIndex()], ["zxid", T.field(T.apply($s.history, lastIndex()), "zxid")]])) : ((T.int(lastInitialIndex()) < T.int(T.field(T.apply($s.lastCommitted, i), "index"))) ? T.apply($s.lastCommitted, i) : (T.eq(lastInitialIndex(), 0) ? T.record([["index", 0], ["zxid", T.tuple([0, 0])]]) : T.record([["index", lastInitialIndex()], ["zxid", T.field(T.apply($s.history, lastInitialIndex()), "zxid")]]))))
    })() : ((): T.Value => {
      const committedIndex = T.once((): T.Value => ZxidToIndex(completeHis(), T.apply(packetsCommitted(), lenCommitted())))
      return T.record([["index", committedIndex()], ["zxid", T.apply(packetsCommitted(), lenCommitted())]])
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
    const $n717 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at718) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i, j], (_$at719) => T.concat(T.apply(T.apply($s.msgs, i), j), ms)))
    if ($n717 === null) return
    $k($n717)
  }

  /** SnapshotNeeded(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1272-1276. */
  function SnapshotNeeded_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $k720 = ($n721: T.Partial): void => {
      $k($n721)
    }
    or722: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1272:25)
      if (!(T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), TRUNC))) break or722
      $k720($n)
    }
    or723: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1273:25)
      if (!(T.eq(T.field(T.apply($s.connectInfo, i), "syncMode"), SNAP))) break or723
      $k720($n)
    }
  }

  /** TakeSnapshot(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1442-1453. */
  function TakeSnapshot_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const snapOk = T.once((): T.Value => (T.int(T.field(T.apply($s.lastSnapshot, i), "index")) <= T.int(T.field(T.apply($s.lastCommitted, i), "index"))))
      const $k724 = ($n725: T.Partial): void => {
        $k($n725)
      }
      or726: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1443:27)
        if (!(T.bool(snapOk()))) break or726
        const $n727 = T.bind($n, V.lastSnapshot, T.exceptPath($s.lastSnapshot, [i], (_$at728) => T.apply($s.lastCommitted, i)))
        if ($n727 === null) break or726
        const $n729 = T.bindEach($n727, [[V.violatedInvariants, $s.violatedInvariants]])
        if ($n729 === null) break or726
        $k724($n729)
      }
      or730: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1446:27)
        if (!(!T.bool(snapOk()))) break or730
        if (!(T.printT(T.concat("Exception: index of snapshot greater than", "index of committed.")))) break or730
        const $n731 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at732) => true))
        if ($n731 === null) break or730
        const $n733 = T.bindEach($n731, [[V.lastSnapshot, $s.lastSnapshot]])
        if ($n733 === null) break or730
        $k724($n733)
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
      const m_ack = T.once((): T.Value => T.record([["mtype", ACK], ["mzxid", T.field(head(), "zxid")]]))
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
    StartZkServer_act($s, $n, ($n734: T.Partial): void => {
      const $n735 = T.bind($n734, V.zabState, T.exceptPath($s.zabState, [i], (_$at736) => BROADCAST))
      if ($n735 === null) return
      $k($n735)
    }, i)
  }

  /** DiscardAndBroadcastUPTODATE(i, j, m) as an action: tla/specs/ZkV3_7_0.tla, lines 436-445. */
  function DiscardAndBroadcastUPTODATE_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    {
      const new_ackldRecv_quorum = T.once((): T.Value => T.filter(T.apply(T.primed($n, V.ackldRecv, "ackldRecv"), i), (a) => T.eq(T.field(a, "connected"), true)))
      const new_sid_ackldRecv = T.once((): T.Value => T.map(new_ackldRecv_quorum(), (a) => T.field(a, "sid")))
      const $n737 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at738) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i], (_$at739) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_ackldRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n737 === null) return
      $k($n737)
    }
  }

  /** PendingUPTODATE(i, j): tla/specs/ZkV3_7_0.tla, lines 397-399. */
  function PendingUPTODATE($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), UPTODATE))
  }

  /** UpdateElectionVote(i, epoch) as an action: tla/specs/ZkV3_7_0.tla, lines 1495-1496. */
  function UpdateElectionVote_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, epoch: T.Value): void {
    UpdateProposal_act($s, $n, ($n740: T.Partial): void => {
      $k($n740)
    }, i, T.field(T.apply($s.currentVote, i), "proposedLeader"), T.field(T.apply($s.currentVote, i), "proposedZxid"), epoch)
  }

  /** FollowerLogRequestInBatches(i, leader, ms_ack, packetsNotCommitted) as an action: tla/specs/ZkV3_7_0.tla, lines 1605-1611. */
  function FollowerLogRequestInBatches_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, leader: T.Value, ms_ack: T.Value, packetsNotCommitted: T.Value): void {
    const $n741 = T.bind($n, V.history, T.exceptPath($s.history, [i], ($at742) => T.concat($at742, packetsNotCommitted)))
    if ($n741 === null) return
    DiscardAndSendPackets_act($s, $n741, ($n743: T.Partial): void => {
      $k($n743)
    }, i, leader, ms_ack)
  }

  /** FollowerCommitInBatches(i) as an action: tla/specs/ZkV3_7_0.tla, lines 1611-1630. */
  function FollowerCommitInBatches_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const committedTxns = T.once((): T.Value => CommittedTxns($s, i))
      const packetsCommitted = T.once((): T.Value => T.field(T.apply($s.packetsSync, i), "committed"))
      const match = T.once((): T.Value => TxnsAndCommittedMatch(committedTxns(), packetsCommitted()))
      const $k744 = ($n745: T.Partial): void => {
        $k($n745)
      }
      or746: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1616:12)
        if (!(T.bool(match()))) break or746
        const $n747 = T.bind($n, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at748) => LastCommitted($s, i)))
        if ($n747 === null) break or746
        const $n749 = T.bind($n747, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at750) => T.apply(T.primed($n747, V.lastCommitted, "lastCommitted"), i)))
        if ($n749 === null) break or746
        const $n751 = T.bindEach($n749, [[V.violatedInvariants, $s.violatedInvariants]])
        if ($n751 === null) break or746
        $k744($n751)
      }
      or752: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1620:12)
        if (!(!T.bool(match()))) break or752
        if (!(T.printT(T.concat("Warn: Committing zxid without see txn. /", "Committing zxid != pending txn zxid.")))) break or752
        const $n753 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at754) => true))
        if ($n753 === null) break or752
        const $n755 = T.bindEach($n753, [[V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
        if ($n755 === null) break or752
        $k744($n755)
      }
    }
  }

  /** CheckTransactionNum: tla/specs/ZkV3_7_0.tla, line 375. */
  function CheckTransactionNum($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "nTransaction"), "MaxTransactionNum")
  }

  /** Broadcast(i, m) as an action: tla/specs/ZkV3_7_0.tla, lines 414-417. */
  function Broadcast_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, m: T.Value): void {
    const $n756 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i], (_$at757) => T.fnOver(Server, (v) => ((T.isIn(v, T.apply($s.forwarding, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
    if ($n756 === null) return
    $k($n756)
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
    return ((T.len(T.apply($s.history, i)) === 0) ? T.record([["index", 0], ["zxid", T.tuple([0, 0])]]) : ((): T.Value => {
      const lastIndex = T.once((): T.Value => T.len(T.apply($s.history, i)))
      const entry = T.once((): T.Value => T.apply(T.apply($s.history, i), lastIndex()))
      return T.record([["index", lastIndex()], ["zxid", T.field(entry(), "zxid")]])
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
      const $k758 = ($n759: T.Partial): void => {
        $k($n759)
      }
      or760: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1761:15)
        const $k761 = ($n762: T.Partial): void => {
          Discard_act($s, $n762, ($n763: T.Partial): void => {
            const $n764 = T.bindEach($n763, [[V.violatedInvariants, $s.violatedInvariants], [V.lastCommitted, $s.lastCommitted], [V.lastProcessed, $s.lastProcessed]])
            if ($n764 === null) return
            $k758($n764)
          }, follower, s)
        }
        or765: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1762:21)
          if (!(!T.bool(allTxnsBeforeCommitted()))) break or765
          $k761($n)
        }
        or766: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1763:21)
          if (!(!T.bool(hasAllQuorums()))) break or766
          $k761($n)
        }
      }
      or767: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1766:15)
        if (!(T.bool(allTxnsBeforeCommitted()))) break or767
        if (!(T.bool(hasAllQuorums()))) break or767
        const $k768 = ($n769: T.Partial): void => {
          LeaderCommit_act($s, $n769, ($n770: T.Partial): void => {
            const $n771 = T.bind($n770, V.lastProcessed, T.exceptPath($s.lastProcessed, [s], (_$at772) => T.record([["index", index], ["zxid", zxid]])))
            if ($n771 === null) return
            $k758($n771)
          }, s, follower, index, zxid)
        }
        or773: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1768:21)
          if (!(!T.bool(ordered()))) break or773
          if (!(T.printT(T.concat(T.concat("Warn: Committing zxid ", T.show(zxid)), " not first.")))) break or773
          const $n774 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at775) => true))
          if ($n774 === null) break or773
          $k768($n774)
        }
        or776: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1772:21)
          if (!(T.bool(ordered()))) break or776
          const $n777 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n777 === null) break or776
          $k768($n777)
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
    const $n778 = T.bindEach($n, [[V.recorder, $s.recorder]])
    if ($n778 === null) return
    $k($n778)
  }

  /** InitServerVarsL as part of Init: tla/specs/FastLeaderElection.tla, lines 244-250. */
  function InitServerVarsL_init($n: T.Partial, $k: Continue): void {
    const $n779 = T.bind($n, V.state, T.fnOver(Server, (_s) => LOOKING))
    if ($n779 === null) return
    const $n780 = T.bind($n779, V.currentEpoch, T.fnOver(Server, (_s) => 0))
    if ($n780 === null) return
    const $n781 = T.bind($n780, V.lastProcessed, T.fnOver(Server, (_s) => T.record([["index", 0], ["zxid", T.tuple([0, 0])]])))
    if ($n781 === null) return
    const $n782 = T.bind($n781, V.history, T.fnOver(Server, (_s) => T.tuple([])))
    if ($n782 === null) return
    $k($n782)
  }

  /** InitLeaderVarsL as part of Init: tla/specs/FastLeaderElection.tla, line 263. */
  function InitLeaderVarsL_init($n: T.Partial, $k: Continue): void {
    const $n783 = T.bind($n, V.leadingVoteSet, T.fnOver(Server, (_s) => T.setOf([])))
    if ($n783 === null) return
    $k($n783)
  }

  /** InitElectionVarsL as part of Init: tla/specs/FastLeaderElection.tla, lines 250-263. */
  function InitElectionVarsL_init($n: T.Partial, $k: Continue): void {
    const $n784 = T.bind($n, V.currentVote, T.fnOver(Server, (s) => SelfVote(viewOf($n), s)))
    if ($n784 === null) return
    const $n785 = T.bind($n784, V.logicalClock, T.fnOver(Server, (_s) => 0))
    if ($n785 === null) return
    const $n786 = T.bind($n785, V.receiveVotes, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => T.record([["vote", InitialVote()], ["round", 0], ["state", LOOKING], ["version", 0]]))))
    if ($n786 === null) return
    const $n787 = T.bind($n786, V.outOfElection, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => T.record([["vote", InitialVote()], ["round", 0], ["state", LOOKING], ["version", 0]]))))
    if ($n787 === null) return
    const $n788 = T.bind($n787, V.recvQueue, T.fnOver(Server, (_s) => T.tuple([])))
    if ($n788 === null) return
    const $n789 = T.bind($n788, V.waitNotmsg, T.fnOver(Server, (_s) => false))
    if ($n789 === null) return
    $k($n789)
  }

  /** RemoveNone(seq): tla/specs/FastLeaderElection.tla, lines 111-113. RECURSIVE. */
  function RemoveNone(seq: T.Value): T.Value {
    return (T.eq(seq, T.tuple([])) ? T.tuple([]) : !T.eq(seq, T.tuple([])) ? (T.eq(T.field(T.head(seq), "mtype"), NONE) ? RemoveNone(T.tail(seq)) : T.concat(T.tuple([T.head(seq)]), RemoveNone(T.tail(seq)))) : T.caseFail("tla/specs/FastLeaderElection.tla:111:20"))
  }

  /** ReplyNotmsg(i, j, m) as an action: tla/specs/FastLeaderElection.tla, lines 105-106. */
  function ReplyNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n790 = T.bind($n, V.electionMsgs, T.exceptPath(T.exceptPath($s.electionMsgs, [i, j], (_$at791) => T.append(T.apply(T.apply($s.electionMsgs, i), j), m)), [j, i], (_$at792) => T.tail(T.apply(T.apply($s.electionMsgs, j), i))))
    if ($n790 === null) return
    $k($n790)
  }

  /** DiscardNotmsg(i, j) as an action: tla/specs/FastLeaderElection.tla, lines 101-103. */
  function DiscardNotmsg_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n793 = T.bind($n, V.electionMsgs, T.exceptPath($s.electionMsgs, [i, j], (_$at794) => (!T.eq(T.apply(T.apply($s.electionMsgs, i), j), T.tuple([])) ? T.tail(T.apply(T.apply($s.electionMsgs, i), j)) : T.tuple([]))))
    if ($n793 === null) return
    $k($n793)
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
    const $n795 = T.bind($n, V.electionMsgs, T.exceptPath($s.electionMsgs, [i], (_$at796) => T.fnOver(Server, (v) => (!T.eq(v, i) ? T.append(T.apply(T.apply($s.electionMsgs, i), v), m) : T.apply(T.apply($s.electionMsgs, i), v)))))
    if ($n795 === null) return
    $k($n795)
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
    const $n797 = T.bind($n, V.receiveVotes, ((): T.Value => {
      const oneVote = T.once((): T.Value => T.record([["vote", vote], ["round", round], ["state", LOOKING], ["version", 1]]))
      return T.exceptPath($s.receiveVotes, [i], (_$at798) => T.fnOver(Server, (v) => (T.eq(v, id) ? oneVote() : T.record([["vote", InitialVote()], ["round", 0], ["state", LOOKING], ["version", 0]]))))
    })())
    if ($n797 === null) return
    $k($n797)
  }

  /** RvPut(i, id, mvote, mround, mstate) as an action: tla/specs/FastLeaderElection.tla, lines 188-195. */
  function RvPut_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, id: T.Value, mvote: T.Value, mround: T.Value, mstate: T.Value): void {
    const $n799 = T.bind($n, V.receiveVotes, ((T.int(T.field(T.apply(T.apply($s.receiveVotes, i), id), "round")) < T.int(mround)) ? T.exceptPath(T.exceptPath(T.exceptPath(T.exceptPath($s.receiveVotes, [i, id, "vote"], (_$at803) => mvote), [i, id, "round"], (_$at804) => mround), [i, id, "state"], (_$at805) => mstate), [i, id, "version"], (_$at806) => 1) : T.eq(T.field(T.apply(T.apply($s.receiveVotes, i), id), "round"), mround) ? T.exceptPath(T.exceptPath(T.exceptPath($s.receiveVotes, [i, id, "vote"], (_$at800) => mvote), [i, id, "state"], (_$at801) => mstate), [i, id, "version"], ($at802) => (T.int($at802) + 1)) : (T.int(T.field(T.apply(T.apply($s.receiveVotes, i), id), "round")) > T.int(mround)) ? $s.receiveVotes : T.caseFail("tla/specs/FastLeaderElection.tla:188:56")))
    if ($n799 === null) return
    $k($n799)
  }

  /** TotalOrderPredicate(vote1, vote2) as an action: tla/specs/FastLeaderElection.tla, lines 137-143. */
  function TotalOrderPredicate_act($s: State, $n: T.Partial, $k: Continue, vote1: T.Value, vote2: T.Value): void {
    const $k807 = ($n808: T.Partial): void => {
      $k($n808)
    }
    or809: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:137:41)
      if (!((T.int(T.field(vote1, "proposedEpoch")) > T.int(T.field(vote2, "proposedEpoch"))))) break or809
      $k807($n)
    }
    or810: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:138:41)
      if (!(T.eq(T.field(vote1, "proposedEpoch"), T.field(vote2, "proposedEpoch")))) break or810
      const $k811 = ($n812: T.Partial): void => {
        $k807($n812)
      }
      or813: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:139:47)
        ZxidCompare_act($s, $n, ($n814: T.Partial): void => {
          $k811($n814)
        }, T.field(vote1, "proposedZxid"), T.field(vote2, "proposedZxid"))
      }
      or815: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:140:47)
        if (!((T.bool(ZxidEqual(T.field(vote1, "proposedZxid"), T.field(vote2, "proposedZxid"))) && T.bool(IdCompare(T.field(vote1, "proposedLeader"), T.field(vote2, "proposedLeader")))))) break or815
        $k811($n)
      }
    }
  }

  /** UpdateProposal(i, nid, nzxid, nepoch) as an action: tla/specs/FastLeaderElection.tla, lines 177-179. */
  function UpdateProposal_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, nid: T.Value, nzxid: T.Value, nepoch: T.Value): void {
    const $n816 = T.bind($n, V.currentVote, T.exceptPath(T.exceptPath(T.exceptPath($s.currentVote, [i, "proposedLeader"], (_$at817) => nid), [i, "proposedZxid"], (_$at818) => nzxid), [i, "proposedEpoch"], (_$at819) => nepoch))
    if ($n816 === null) return
    $k($n816)
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
      const $k820 = ($n821: T.Partial): void => {
        const $k822 = ($n823: T.Partial): void => {
          $k($n823)
        }
        or824: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:349:15)
          if (!(T.bool(leaveOk1()))) break or824
          const $n825 = T.bind($n821, V.state, T.exceptPath($s.state, [i], (_$at826) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? LEADING : FOLLOWING)))
          if ($n825 === null) break or824
          const $n827 = T.bind($n825, V.leadingVoteSet, T.exceptPath($s.leadingVoteSet, [i], ($at828) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? voteSet1() : $at828)))
          if ($n827 === null) break or824
          UpdateProposal_act($s, $n827, ($n829: T.Partial): void => {
            const $n830 = T.bindEach($n829, [[V.logicalClock, $s.logicalClock], [V.outOfElection, $s.outOfElection]])
            if ($n830 === null) return
            $k822($n830)
          }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
        }
        or831: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:355:15)
          if (!(!T.bool(leaveOk1()))) break or831
          const $n832 = T.bind($n821, V.outOfElection, T.exceptPath($s.outOfElection, [i], (_$at833) => Put(i, T.field(n, "msource"), T.apply($s.outOfElection, i), T.field(n, "mvote"), T.field(n, "mround"), T.field(n, "mstate"))))
          if ($n832 === null) break or831
          {
            const voteSet2 = T.once((): T.Value => VoteSet(i, T.field(n, "msource"), T.apply(T.primed($n832, V.outOfElection, "outOfElection"), i), T.field(n, "mvote"), T.field(n, "mround")))
            const hasQuorums2 = T.once((): T.Value => T.isIn(voteSet2(), Quorums()))
            const check2 = T.once((): T.Value => CheckLeader($s, i, T.apply(T.primed($n832, V.outOfElection, "outOfElection"), i), T.field(T.field(n, "mvote"), "proposedLeader"), T.field(n, "mround")))
            const leaveOk2 = T.once((): T.Value => (T.bool(hasQuorums2()) && T.bool(check2())))
            const $k834 = ($n835: T.Partial): void => {
              $k822($n835)
            }
            or836: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:363:21)
              if (!(T.bool(leaveOk2()))) break or836
              const $n837 = T.bind($n832, V.logicalClock, T.exceptPath($s.logicalClock, [i], (_$at838) => T.field(n, "mround")))
              if ($n837 === null) break or836
              const $n839 = T.bind($n837, V.state, T.exceptPath($s.state, [i], (_$at840) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? LEADING : FOLLOWING)))
              if ($n839 === null) break or836
              const $n841 = T.bind($n839, V.leadingVoteSet, T.exceptPath($s.leadingVoteSet, [i], ($at842) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? voteSet2() : $at842)))
              if ($n841 === null) break or836
              UpdateProposal_act($s, $n841, ($n843: T.Partial): void => {
                $k834($n843)
              }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
            }
            or844: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:369:21)
              if (!(!T.bool(leaveOk2()))) break or844
              {
                const leaveOk3 = T.once((): T.Value => (T.eq(T.field(n, "mstate"), LEADING) && T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i))))
                const $k845 = ($n846: T.Partial): void => {
                  const $n847 = T.bindEach($n846, [[V.logicalClock, $s.logicalClock], [V.leadingVoteSet, $s.leadingVoteSet]])
                  if ($n847 === null) return
                  $k834($n847)
                }
                or848: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:373:27)
                  if (!(T.bool(leaveOk3()))) break or848
                  const $n849 = T.bind($n832, V.state, T.exceptPath($s.state, [i], (_$at850) => (T.eq(T.field(T.field(n, "mvote"), "proposedLeader"), i) ? LEADING : FOLLOWING)))
                  if ($n849 === null) break or848
                  UpdateProposal_act($s, $n849, ($n851: T.Partial): void => {
                    $k845($n851)
                  }, i, T.field(T.field(n, "mvote"), "proposedLeader"), T.field(T.field(n, "mvote"), "proposedZxid"), T.field(T.field(n, "mvote"), "proposedEpoch"))
                }
                or852: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:377:27)
                  if (!(!T.bool(leaveOk3()))) break or852
                  const $n853 = T.bindEach($n832, [[V.state, $s.state], [V.currentVote, $s.currentVote]])
                  if ($n853 === null) break or852
                  $k845($n853)
                }
              }
            }
          }
        }
      }
      or854: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:345:15)
        if (!(T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i)))) break or854
        const $n855 = T.bind($n, V.receiveVotes, T.exceptPath($s.receiveVotes, [i], (_$at856) => newVotes()))
        if ($n855 === null) break or854
        $k820($n855)
      }
      or857: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:347:15)
        if (!(!T.eq(T.field(n, "mround"), T.apply($s.logicalClock, i)))) break or857
        const $n858 = T.bindEach($n, [[V.receiveVotes, $s.receiveVotes]])
        if ($n858 === null) break or857
        $k820($n858)
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
      const new_info = T.once((): T.Value => T.record([["sid", sid], ["peerLastZxid", T.tuple([-1, -1])], ["inQuorum", T.field(info(), "inQuorum")]]))
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
      const new_info = T.once((): T.Value => T.record([["sid", sid], ["connected", false]]))
      return T.union(T.minus(set, T.setOf([info()])), T.setOf([new_info()]))
    })())
    })()
  }

  /** ZabTimeout(i) as an action: tla/specs/FastLeaderElection.tla, lines 273-300. */
  function ZabTimeout_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.isIn(T.apply($s.state, i), T.setOf([LEADING, FOLLOWING])))) return
    const $n859 = T.bind($n, V.state, T.exceptPath($s.state, [i], (_$at860) => LOOKING))
    if ($n859 === null) return
    const $n861 = T.bind($n859, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at862) => InitLastProcessed($s, i)))
    if ($n861 === null) return
    const $n863 = T.bind($n861, V.logicalClock, T.exceptPath($s.logicalClock, [i], (_$at864) => (T.int(T.apply($s.logicalClock, i)) + 1)))
    if ($n863 === null) return
    const $n865 = T.bind($n863, V.currentVote, T.exceptPath($s.currentVote, [i], (_$at866) => T.record([["proposedLeader", i], ["proposedZxid", T.field(T.apply(T.primed($n863, V.lastProcessed, "lastProcessed"), i), "zxid")], ["proposedEpoch", T.apply($s.currentEpoch, i)]])))
    if ($n865 === null) return
    const $n867 = T.bind($n865, V.receiveVotes, T.exceptPath($s.receiveVotes, [i], (_$at868) => T.fnOver(Server, (_v) => T.record([["vote", InitialVote()], ["round", 0], ["state", LOOKING], ["version", 0]]))))
    if ($n867 === null) return
    const $n869 = T.bind($n867, V.outOfElection, T.exceptPath($s.outOfElection, [i], (_$at870) => T.fnOver(Server, (_v) => T.record([["vote", InitialVote()], ["round", 0], ["state", LOOKING], ["version", 0]]))))
    if ($n869 === null) return
    const $n871 = T.bind($n869, V.recvQueue, T.exceptPath($s.recvQueue, [i], (_$at872) => T.tuple([])))
    if ($n871 === null) return
    const $n873 = T.bind($n871, V.waitNotmsg, T.exceptPath($s.waitNotmsg, [i], (_$at874) => false))
    if ($n873 === null) return
    const $n875 = T.bind($n873, V.leadingVoteSet, T.exceptPath($s.leadingVoteSet, [i], (_$at876) => T.setOf([])))
    if ($n875 === null) return
    BroadcastNotmsg_act($s, $n875, ($n877: T.Partial): void => {
      const $n878 = T.bindEach($n877, [[V.currentEpoch, $s.currentEpoch], [V.history, $s.history]])
      if ($n878 === null) return
      $k($n878)
    }, i, T.record([["mtype", NOTIFICATION], ["msource", i], ["mstate", LOOKING], ["mround", T.apply(T.primed($n875, V.logicalClock, "logicalClock"), i)], ["mvote", T.apply(T.primed($n875, V.currentVote, "currentVote"), i)]]))
  }

  /** InitialConnectInfo: tla/specs/ZkV3_7_0.tla, lines 600-602. */
  const InitialConnectInfo = T.once((): T.Value => T.record([["sid", NullPoint], ["syncMode", NONE], ["nlRcv", false]]))

  /** ZabTimeoutInCluster(S) as an action: tla/specs/ZkV3_7_0.tla, lines 605-631. */
  function ZabTimeoutInCluster_act($s: State, $n: T.Partial, $k: Continue, S: T.Value): void {
    const $n879 = T.bind($n, V.state, T.fnOver(Server, (s) => (T.isIn(s, S) ? LOOKING : T.apply($s.state, s))))
    if ($n879 === null) return
    const $n880 = T.bind($n879, V.lastProcessed, T.fnOver(Server, (s) => (T.isIn(s, S) ? InitLastProcessed($s, s) : T.apply($s.lastProcessed, s))))
    if ($n880 === null) return
    const $n881 = T.bind($n880, V.logicalClock, T.fnOver(Server, (s) => (T.isIn(s, S) ? (T.int(T.apply($s.logicalClock, s)) + 1) : T.apply($s.logicalClock, s))))
    if ($n881 === null) return
    const $n882 = T.bind($n881, V.currentVote, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.record([["proposedLeader", s], ["proposedZxid", T.field(T.apply(T.primed($n881, V.lastProcessed, "lastProcessed"), s), "zxid")], ["proposedEpoch", T.apply($s.currentEpoch, s)]]) : T.apply($s.currentVote, s))))
    if ($n882 === null) return
    const $n883 = T.bind($n882, V.receiveVotes, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.fnOver(Server, (_v) => InitialVotes()) : T.apply($s.receiveVotes, s))))
    if ($n883 === null) return
    const $n884 = T.bind($n883, V.outOfElection, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.fnOver(Server, (_v) => InitialVotes()) : T.apply($s.outOfElection, s))))
    if ($n884 === null) return
    const $n885 = T.bind($n884, V.recvQueue, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.tuple([T.record([["mtype", NONE]])]) : T.apply($s.recvQueue, s))))
    if ($n885 === null) return
    const $n886 = T.bind($n885, V.waitNotmsg, T.fnOver(Server, (s) => (T.isIn(s, S) ? false : T.apply($s.waitNotmsg, s))))
    if ($n886 === null) return
    const $n887 = T.bind($n886, V.leadingVoteSet, T.fnOver(Server, (s) => (T.isIn(s, S) ? T.setOf([]) : T.apply($s.leadingVoteSet, s))))
    if ($n887 === null) return
    const $n888 = T.bindEach($n887, [[V.electionMsgs, $s.electionMsgs], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history]])
    if ($n888 === null) return
    const $n889 = T.bind($n888, V.zabState, T.fnOver(Server, (s) => (T.isIn(s, S) ? ELECTION : T.apply($s.zabState, s))))
    if ($n889 === null) return
    const $n890 = T.bind($n889, V.connectInfo, T.fnOver(Server, (s) => (T.isIn(s, S) ? InitialConnectInfo() : T.apply($s.connectInfo, s))))
    if ($n890 === null) return
    CleanInputBufferInCluster_act($s, $n890, ($n891: T.Partial): void => {
      $k($n891)
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
      const m_trunc = T.once((): T.Value => T.record([["mtype", TRUNC], ["mtruncZxid", lastSeenZxid]]))
      const m_diff = T.once((): T.Value => T.record([["mtype", DIFF], ["mzxid", lastSeenZxid]]))
      const m_snap = T.once((): T.Value => T.record([["mtype", SNAP], ["msnapZxid", lastSeenZxid], ["msnapshot", SerializeSnapshot($s, i, lastSeenIndex)]]))
      const newLeaderZxid = T.once((): T.Value => T.tuple([T.apply($s.acceptedEpoch, i), 0]))
      const m_newleader = T.once((): T.Value => T.record([["mtype", NEWLEADER], ["mzxid", newLeaderZxid()]]))
      const queue_toSend = T.once((): T.Value => (T.eq(mode, TRUNC) ? T.concat(T.concat(T.tuple([m_trunc()]), queue_origin()), T.tuple([m_newleader()])) : T.eq(mode, DIFF) ? T.concat(T.concat(T.tuple([m_diff()]), queue_origin()), T.tuple([m_newleader()])) : T.eq(mode, SNAP) ? T.concat(T.concat(T.tuple([m_snap()]), queue_origin()), T.tuple([m_newleader()])) : T.caseFail("tla/specs/ZkV3_7_0.tla:996:32")))
      const $k892 = ($n893: T.Partial): void => {
        const $n894 = T.bind($n893, V.proposalMsgsLog, T.union($s.proposalMsgsLog, set_forChecking()))
        if ($n894 === null) return
        const $n895 = T.bind($n894, V.forwarding, T.exceptPath($s.forwarding, [i], ($at896) => T.union($at896, T.setOf([j]))))
        if ($n895 === null) return
        const $k897 = ($n898: T.Partial): void => {
          $k($n898)
        }
        or899: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1005:15)
          const $k900 = ($n901: T.Partial): void => {
            const $n902 = T.bind($n901, V.history, T.exceptPath($s.history, [i], ($at903) => UpdateAckSid($at903, lastSeenIndex, j)))
            if ($n902 === null) return
            $k897($n902)
          }
          or904: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:1005:18)
            if (!(T.eq(mode, TRUNC))) break or904
            $k900($n895)
          }
          or905: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1005:34)
            if (!(T.eq(mode, DIFF))) break or905
            $k900($n895)
          }
        }
        or906: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1007:15)
          if (!(T.eq(mode, SNAP))) break or906
          const $n907 = T.bindEach($n895, [[V.history, $s.history]])
          if ($n907 === null) break or906
          $k897($n907)
        }
      }
      or908: { // disjunct 1 of 2 (tla/specs/ZkV3_7_0.tla:999:21)
        if (!(T.bool(needRemoveHead))) break or908
        DiscardAndSendPackets_act($s, $n, ($n909: T.Partial): void => {
          $k892($n909)
        }, i, j, queue_toSend())
      }
      or910: { // disjunct 2 of 2 (tla/specs/ZkV3_7_0.tla:1001:21)
        if (!(!T.bool(needRemoveHead))) break or910
        SendPackets_act($s, $n, ($n911: T.Partial): void => {
          $k892($n911)
        }, i, j, queue_toSend())
      }
    }
  }

  /** ZxidCompare(zxid1, zxid2) as an action: tla/specs/FastLeaderElection.tla, lines 130-134. */
  function ZxidCompare_act(_$s: State, $n: T.Partial, $k: Continue, zxid1: T.Value, zxid2: T.Value): void {
    const $k912 = ($n913: T.Partial): void => {
      $k($n913)
    }
    or914: { // disjunct 1 of 2 (tla/specs/FastLeaderElection.tla:130:33)
      if (!((T.int(T.apply(zxid1, 1)) > T.int(T.apply(zxid2, 1))))) break or914
      $k912($n)
    }
    or915: { // disjunct 2 of 2 (tla/specs/FastLeaderElection.tla:131:33)
      if (!((T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && (T.int(T.apply(zxid1, 2)) > T.int(T.apply(zxid2, 2)))))) break or915
      $k912($n)
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
      const $n916 = T.bind($n, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at917) => latest()))
      if ($n916 === null) return
      const $n918 = T.bind($n916, V.lastProcessed, T.exceptPath($s.lastProcessed, [i], (_$at919) => latest()))
      if ($n918 === null) return
      const $n920 = T.bind($n918, V.lastSnapshot, T.exceptPath($s.lastSnapshot, [i], (_$at921) => latest()))
      if ($n920 === null) return
      UpdateElectionVote_act($s, $n920, ($n922: T.Partial): void => {
        $k($n922)
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
    const $n923 = T.bind($n, V.lastCommitted, T.exceptPath($s.lastCommitted, [s], (_$at924) => T.record([["index", index], ["zxid", zxid]])))
    if ($n923 === null) return
    {
      const m_commit = T.once((): T.Value => T.record([["mtype", COMMIT], ["mzxid", zxid]]))
      DiscardAndBroadcast_act($s, $n923, ($n925: T.Partial): void => {
        $k($n925)
      }, s, follower, m_commit())
    }
  }

  /** Maximum(S): tla/specs/ZkV3_7_0.tla, lines 283-284. */
  function Maximum(S: T.Value): T.Value {
    return (T.eq(S, T.setOf([])) ? -1 : T.choose(S, (n) => T.elems(S).every((m) => (T.int(n) >= T.int(m))), "tla/specs/ZkV3_7_0.tla:284:30"))
  }

  /** SelfVote(i): tla/specs/FastLeaderElection.tla, lines 173-175. */
  function SelfVote($s: State, i: T.Value): T.Value {
    return T.record([["proposedLeader", i], ["proposedZxid", T.field(T.apply($s.lastProcessed, i), "zxid")], ["proposedEpoch", T.apply($s.currentEpoch, i)]])
  }

  /** InitialVote: tla/specs/FastLeaderElection.tla, lines 169-171. */
  const InitialVote = T.once((): T.Value => T.record([["proposedLeader", NullPoint], ["proposedZxid", T.tuple([0, 0])], ["proposedEpoch", 0]]))

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
    return ((T.int(T.field(T.apply(rcvset, id), "round")) < T.int(mround)) ? T.exceptPath(T.exceptPath(T.exceptPath(T.exceptPath(rcvset, [id, "vote"], (_$at929) => mvote), [id, "round"], (_$at930) => mround), [id, "state"], (_$at931) => mstate), [id, "version"], (_$at932) => 1) : T.eq(T.field(T.apply(rcvset, id), "round"), mround) ? T.exceptPath(T.exceptPath(T.exceptPath(rcvset, [id, "vote"], (_$at926) => mvote), [id, "state"], (_$at927) => mstate), [id, "version"], ($at928) => (T.int($at928) + 1)) : (T.int(T.field(T.apply(rcvset, id), "round")) > T.int(mround)) ? rcvset : T.caseFail("tla/specs/FastLeaderElection.tla:197:46"))
  }

  /** CheckLeader(i, votes, thisleader, thisround): tla/specs/FastLeaderElection.tla, lines 224-227. */
  function CheckLeader($s: State, i: T.Value, votes: T.Value, thisleader: T.Value, thisround: T.Value): boolean {
    return (T.eq(thisleader, i) ? (T.eq(thisround, T.apply($s.logicalClock, i)) ? true : false) : (T.eq(T.field(T.field(T.apply(votes, thisleader), "vote"), "proposedLeader"), NullPoint) ? false : (T.eq(T.field(T.apply(votes, thisleader), "state"), LEADING) ? true : false)))
  }

  /** InitAcksidInTxns(txns, src): tla/specs/FastLeaderElection.tla, lines 157-162. RECURSIVE. */
  function InitAcksidInTxns(txns: T.Value, src: T.Value): T.Value {
    return ((T.len(txns) === 0) ? T.tuple([]) : ((): T.Value => {
      const newTxn = T.once((): T.Value => T.record([["zxid", T.field(T.apply(txns, 1), "zxid")], ["value", T.field(T.apply(txns, 1), "value")], ["ackSid", T.setOf([src])], ["epoch", T.field(T.apply(txns, 1), "epoch")]]))
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
  const InitialVotes = T.once((): T.Value => T.record([["vote", InitialVote()], ["round", 0], ["state", LOOKING], ["version", 0]]))

  /** CleanInputBufferInCluster(S) as an action: tla/specs/ZkV3_7_0.tla, lines 454-456. */
  function CleanInputBufferInCluster_act($s: State, $n: T.Partial, $k: Continue, S: T.Value): void {
    const $n933 = T.bind($n, V.msgs, T.fnOver(Server, (s) => T.fnOver(Server, (v) => (T.isIn(v, S) ? T.tuple([]) : T.apply(T.apply($s.msgs, s), v)))))
    if ($n933 === null) return
    $k($n933)
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
    const $n934 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i, j], (_$at935) => T.concat(T.apply(T.apply($s.msgs, i), j), ms)))
    if ($n934 === null) return
    $k($n934)
  }

  /** queuePackets(queue, his, cur, committed, end): tla/specs/ZkV3_7_0.tla, lines 930-944. RECURSIVE. */
  function queuePackets(queue: T.Value, his: T.Value, cur: T.Value, committed: T.Value, end: T.Value): T.Value {
    return ((T.int(cur) > T.int(end)) ? queue : ((T.int(cur) > T.int(committed)) ? ((): T.Value => {
      const m_proposal = T.once((): T.Value => T.record([["mtype", PROPOSAL], ["mzxid", T.field(T.apply(his, cur), "zxid")], ["mdata", T.field(T.apply(his, cur), "value")]]))
      return queuePackets(T.append(queue, m_proposal()), his, (T.int(cur) + 1), committed, end)
    })() : (T.int(cur) <= T.int(committed)) ? ((): T.Value => {
      const m_proposal = T.once((): T.Value => T.record([["mtype", PROPOSAL], ["mzxid", T.field(T.apply(his, cur), "zxid")], ["mdata", T.field(T.apply(his, cur), "value")]]))
      const m_commit = T.once((): T.Value => T.record([["mtype", COMMIT], ["mzxid", T.field(T.apply(his, cur), "zxid")]]))
      const newQueue = T.once((): T.Value => T.concat(queue, T.tuple([m_proposal(), m_commit()])))
      return queuePackets(newQueue(), his, (T.int(cur) + 1), committed, end)
    })() : T.caseFail("tla/specs/ZkV3_7_0.tla:932:14")))
  }

  /** setPacketsForChecking(set, src, ep, his, cur, end): tla/specs/ZkV3_7_0.tla, lines 947-953. RECURSIVE. */
  function setPacketsForChecking(set: T.Value, src: T.Value, ep: T.Value, his: T.Value, cur: T.Value, end: T.Value): T.Value {
    return ((T.int(cur) > T.int(end)) ? set : ((): T.Value => {
      const m_proposal = T.once((): T.Value => T.record([["source", src], ["epoch", ep], ["zxid", T.field(T.apply(his, cur), "zxid")], ["data", T.field(T.apply(his, cur), "value")]]))
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
    const $n936 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at937) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i], (_$at938) => T.fnOver(Server, (v) => ((T.isIn(v, T.apply($s.forwarding, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
    if ($n936 === null) return
    $k($n936)
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
      const curTxn = T.once((): T.Value => T.record([["zxid", T.field(T.apply(his, 1), "zxid")], ["value", T.field(T.apply(his, 1), "value")], ["ackSid", (T.isIn(target, T.field(T.apply(his, 1), "ackSid")) ? T.field(T.apply(his, 1), "ackSid") : T.union(T.field(T.apply(his, 1), "ackSid"), T.setOf([target])))], ["epoch", T.field(T.apply(his, 1), "epoch")]]))
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
  }
}
