// Generated from tla/specs/Zab.tla by the TLA+ translator (tla/); do not edit. `npm run tla:gen` regenerates it,
// and a test fails if this file differs from a fresh translation.
/* eslint-disable */
import { Schema } from "effect"
import type { GeneratedAction, GeneratedSpec } from "../tla-spec.js"
import * as T from "../tla-values.js"

/** The variables of Zab, in declaration order. */
export const variables = ["state", "zabState", "acceptedEpoch", "currentEpoch", "history", "lastCommitted", "learners", "cepochRecv", "ackeRecv", "ackldRecv", "sendCounter", "connectInfo", "leaderOracle", "msgs", "epochLeader", "proposalMsgsLog", "violatedInvariants", "recorder"] as const

/** A state: one TLA+ value per variable (the type inferred from Init and the actions beside each; not used yet). */
export const State = Schema.Struct({
  state: T.TlaValue, // [Server -> FOLLOWING | LEADING | LOOKING]
  zabState: T.TlaValue, // [Server -> BROADCAST | DISCOVERY | ELECTION | SYNCHRONIZATION]
  acceptedEpoch: T.TlaValue, // [Server -> int]
  currentEpoch: T.TlaValue, // [Server -> int]
  history: T.TlaValue, // [Server -> Seq([ackSid: Set(Server), epoch: int, value: int, zxid: Seq(int)])]
  lastCommitted: T.TlaValue, // [Server -> [index: int, zxid: Seq(int)]]
  learners: T.TlaValue, // [Server -> Set(Server)]
  cepochRecv: T.TlaValue, // [Server -> Set([connected: bool, epoch: int, sid: Server])]
  ackeRecv: T.TlaValue, // [Server -> Set([connected: bool, peerHistory: Seq([ackSid: Set(Server), epoch: int, value: int, zxid: Seq(int)]), peerLastEpoch: int, sid: Server])]
  ackldRecv: T.TlaValue, // [Server -> Set([connected: bool, sid: Server])]
  sendCounter: T.TlaValue, // [Server -> int]
  connectInfo: T.TlaValue, // [Server -> NullPoint | Server]
  leaderOracle: T.TlaValue, // NullPoint | Server
  msgs: T.TlaValue, // [Server -> [Server -> Seq([mdata: int, mtype: PROPOSE, mzxid: Seq(int)] | [mepoch: int, mhistory: Seq([ackSid: Set(Server), epoch: int, value: int, zxid: Seq(int)]), mtype: ACKEPOCH | NEWLEADER] | [mepoch: int, mtype: CEPOCH | NEWEPOCH] | [mtype: ACK | ACKLD | COMMIT | COMMITLD, mzxid: Seq(int)])]]
  epochLeader: T.TlaValue, // fn(int, Set(Server))
  proposalMsgsLog: T.TlaValue, // Set([data: int, epoch: int, source: Server, zxid: Seq(int)])
  violatedInvariants: T.TlaValue, // [ackInconsistent: bool, commitInconsistent: bool, messageIllegal: bool, proposalInconsistent: bool, stateInconsistent: bool]
  recorder: T.TlaValue, // [maxEpoch: int, nClientRequest: int, nRestart: int, nTimeout: int, nTransaction: int, pc: Seq(any)]
})
export type State = typeof State.Type

/** The slot of each variable in a partial assignment (T.Partial). */
const V = { state: 0, zabState: 1, acceptedEpoch: 2, currentEpoch: 3, history: 4, lastCommitted: 5, learners: 6, cepochRecv: 7, ackeRecv: 8, ackldRecv: 9, sendCounter: 10, connectInfo: 11, leaderOracle: 12, msgs: 13, epochLeader: 14, proposalMsgsLog: 15, violatedInvariants: 16, recorder: 17 } as const

type Continue = (n: T.Partial) => void

/** The constants of Zab, and the definitions a configuration overrides (NullPoint). */
export interface Constants {
  readonly Server: T.Value
  readonly LOOKING: T.Value
  readonly FOLLOWING: T.Value
  readonly LEADING: T.Value
  readonly ELECTION: T.Value
  readonly DISCOVERY: T.Value
  readonly SYNCHRONIZATION: T.Value
  readonly BROADCAST: T.Value
  readonly CEPOCH: T.Value
  readonly NEWEPOCH: T.Value
  readonly ACKEPOCH: T.Value
  readonly NEWLEADER: T.Value
  readonly ACKLD: T.Value
  readonly COMMITLD: T.Value
  readonly PROPOSE: T.Value
  readonly ACK: T.Value
  readonly COMMIT: T.Value
  readonly Parameters: T.Value
  readonly NullPoint: T.Value
}

/** Every variable of a successor state, once the action has assigned them all. */
function stateOf(n: T.Partial): State {
  return { state: T.assigned(n, V.state, "state"), zabState: T.assigned(n, V.zabState, "zabState"), acceptedEpoch: T.assigned(n, V.acceptedEpoch, "acceptedEpoch"), currentEpoch: T.assigned(n, V.currentEpoch, "currentEpoch"), history: T.assigned(n, V.history, "history"), lastCommitted: T.assigned(n, V.lastCommitted, "lastCommitted"), learners: T.assigned(n, V.learners, "learners"), cepochRecv: T.assigned(n, V.cepochRecv, "cepochRecv"), ackeRecv: T.assigned(n, V.ackeRecv, "ackeRecv"), ackldRecv: T.assigned(n, V.ackldRecv, "ackldRecv"), sendCounter: T.assigned(n, V.sendCounter, "sendCounter"), connectInfo: T.assigned(n, V.connectInfo, "connectInfo"), leaderOracle: T.assigned(n, V.leaderOracle, "leaderOracle"), msgs: T.assigned(n, V.msgs, "msgs"), epochLeader: T.assigned(n, V.epochLeader, "epochLeader"), proposalMsgsLog: T.assigned(n, V.proposalMsgsLog, "proposalMsgsLog"), violatedInvariants: T.assigned(n, V.violatedInvariants, "violatedInvariants"), recorder: T.assigned(n, V.recorder, "recorder") }
}

/** Zab with its constants fixed: Init, the actions of Next, the invariants. */
export function makeZab(constants: Constants): GeneratedSpec<State> {
  const { Server, LOOKING, FOLLOWING, LEADING, ELECTION, DISCOVERY, SYNCHRONIZATION, BROADCAST, CEPOCH, NEWEPOCH, ACKEPOCH, NEWLEADER, ACKLD, COMMITLD, PROPOSE, ACK, COMMIT, Parameters, NullPoint } = constants
  /** Where Init and each action start: nothing assigned (a fresh one per call, as calls may nest). */
  const blank = (): T.Partial => new T.Partial([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined])
  /** Expressions of the constants alone, evaluated once when first needed and shared by every state. */
  const $c1 = T.once((): T.Value => T.tuple([]))
  const $c2 = T.once((): T.Value => T.setOf([SYNCHRONIZATION, BROADCAST]))
  const $c3 = T.once((): T.Value => T.range(1, MAXEPOCH()))
  const $c4 = T.once((): T.Value => T.tuple([0, 0]))
  const $c5 = T.once((): T.Value => T.sortedRecord(["index", "zxid"], [0, $c4()]))
  const $c6 = T.once((): T.Value => T.concat("Exception: CepochRecvQuorumFormed false,", " while zabState not DISCOVERY."))
  const $c7 = T.once((): T.Value => T.concat("Exception: Follower receives NEWEPOCH,", " whileZabState not DISCOVERY."))
  const $c8 = T.once((): T.Value => T.setOf([]))
  const $c9 = T.once((): T.Value => T.concat("Exception: AckeRecvQuorumFormed false,", " while zabState not DISCOVERY."))
  const $c10 = T.once((): T.Value => T.concat("Exception: Follower receives NEWLEADER,", " whileZabState not SYNCHRONIZATION."))
  const $c11 = T.once((): T.Value => T.concat("Exception: AckldRecvQuorumFormed false,", " while zabState not SYNCHRONIZATION."))
  const $c12 = T.once((): T.Value => T.concat("Exception: AckldRecvQuorumFormed true,", " while zabState not BROADCAST."))
  const $c13 = T.once((): T.Value => T.concat("Exception: Follower receives PROPOSE, while", " txn is neither the next nor exists in history."))
  const $c14 = T.once((): T.Value => T.concat("Exception: No such zxid. ", " / ackIndex doesn't inc monotonically."))
  const $c15 = T.once((): T.Value => T.concat("Exception: Committing zxid not equals", " next pending txn zxid."))
  const $c16 = T.once((): T.Value => T.sortedRecord(["ackInconsistent", "commitInconsistent", "messageIllegal", "proposalInconsistent", "stateInconsistent"], [false, false, false, false, false]))
  const $c17 = T.once((): T.Value => T.tuple(["Init"]))
  const $c18 = T.once((): T.Value => T.sortedRecord(["maxEpoch", "nClientRequest", "nRestart", "nTimeout", "nTransaction", "pc"], [0, 0, 0, 0, 0, $c17()]))
  const $c19 = T.once((): T.Value => T.domain(Parameters))
  const $c20 = T.once((): T.Value => T.powerset(Server))

  /** Init as part of Init: tla/specs/Zab.tla, lines 320-327. */
  function Init_init($n: T.Partial, $k: Continue): void {
    InitServerVars_init($n, ($n1: T.Partial): void => {
      InitLeaderVars_init($n1, ($n2: T.Partial): void => {
        InitFollowerVars_init($n2, ($n3: T.Partial): void => {
          InitElectionVars_init($n3, ($n4: T.Partial): void => {
            InitVerifyVars_init($n4, ($n5: T.Partial): void => {
              InitMsgVars_init($n5, ($n6: T.Partial): void => {
                InitRecorder_init($n6, ($n7: T.Partial): void => {
                  $k($n7)
                })
              })
            })
          })
        })
      })
    })
  }

  /** ShouldNotBeTriggered: tla/specs/Zab.tla, line 1147. */
  function ShouldNotBeTriggered($s: State): boolean {
    return T.elems(T.domain($s.violatedInvariants)).every((p) => T.eq(T.apply($s.violatedInvariants, p), false))
  }

  /** Leadership1: tla/specs/Zab.tla, lines 1150-1154. */
  function Leadership1($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => (!(T.bool(IsLeader($s, i)) && T.isIn(T.apply($s.zabState, i), $c2()) && T.bool(IsLeader($s, j)) && T.isIn(T.apply($s.zabState, j), $c2()) && T.eq(T.apply($s.currentEpoch, i), T.apply($s.currentEpoch, j))) || T.eq(i, j))))
  }

  /** Leadership2: tla/specs/Zab.tla, line 1156. */
  function Leadership2($s: State): boolean {
    return T.elems($c3()).every((epoch) => (T.cardinality(T.apply($s.epochLeader, epoch)) <= 1))
  }

  /** PrefixConsistency: tla/specs/Zab.tla, lines 1160-1168. */
  function PrefixConsistency($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => ((): boolean => {
      const smaller: T.Value = Minimum(T.setOf([T.field(T.apply($s.lastCommitted, i), "index"), T.field(T.apply($s.lastCommitted, j), "index")]))
      return (T.eq(smaller, 0) || ((T.int(smaller) > 0) && T.elems(T.range(1, smaller)).every((index) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), index), T.apply(T.apply($s.history, j), index))))))
    })()))
  }

  /** Integrity: tla/specs/Zab.tla, lines 1168-1174. */
  function Integrity($s: State): boolean {
    return T.elems(Server).every((i) => (!(T.bool(IsFollower($s, i)) && (T.int(T.field(T.apply($s.lastCommitted, i), "index")) > 0)) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).every((idx) => T.elems($s.proposalMsgsLog).some((proposal) => T.bool(((): T.Value => {
      const txn_proposal = T.once((): T.Value => T.sortedRecord(["value", "zxid"], [T.field(proposal, "data"), T.field(proposal, "zxid")]))
      return TxnEqual(T.apply(T.apply($s.history, i), idx), txn_proposal())
    })())))))
  }

  /** Agreement: tla/specs/Zab.tla, lines 1178-1190. */
  function Agreement($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => (!(T.bool(IsFollower($s, i)) && (T.int(T.field(T.apply($s.lastCommitted, i), "index")) > 0) && T.bool(IsFollower($s, j)) && (T.int(T.field(T.apply($s.lastCommitted, j), "index")) > 0)) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).every((idx1) => T.elems(T.range(1, T.field(T.apply($s.lastCommitted, j), "index"))).every((idx2) => (T.elems(T.range(1, T.field(T.apply($s.lastCommitted, j), "index"))).some((idx_j) => T.bool(TxnEqual(T.apply(T.apply($s.history, j), idx_j), T.apply(T.apply($s.history, i), idx1)))) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).some((idx_i) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i), T.apply(T.apply($s.history, j), idx2))))))))))
  }

  /** TotalOrder: tla/specs/Zab.tla, lines 1190-1206. */
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

  /** LocalPrimaryOrder: tla/specs/Zab.tla, lines 1206-1229. */
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

  /** GlobalPrimaryOrder: tla/specs/Zab.tla, lines 1229-1237. */
  function GlobalPrimaryOrder($s: State): boolean {
    return T.elems(Server).every((i) => (!(T.int(T.field(T.apply($s.lastCommitted, i), "index")) >= 2) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).every((idx1) => T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).every((idx2) => (!T.bool(EpochPrecedeInTxn(T.apply(T.apply($s.history, i), idx1), T.apply(T.apply($s.history, i), idx2))) || (T.bool(EpochPrecedeInTxn(T.apply(T.apply($s.history, i), idx1), T.apply(T.apply($s.history, i), idx2))) && (T.int(idx1) < T.int(idx2))))))))
  }

  /** PrimaryIntegrity: tla/specs/Zab.tla, lines 1237-1247. */
  function PrimaryIntegrity($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => (!(T.bool(IsLeader($s, i)) && T.bool(IsMyLearner($s, i, j)) && T.bool(IsFollower($s, j)) && T.bool(IsMyLeader($s, j, i)) && T.eq(T.apply($s.zabState, i), BROADCAST) && T.eq(T.apply($s.zabState, j), BROADCAST) && (T.int(T.field(T.apply($s.lastCommitted, j), "index")) >= 1)) || T.elems(T.range(1, T.field(T.apply($s.lastCommitted, j), "index"))).every((idx_j) => ((T.int(T.apply(T.field(T.apply(T.apply($s.history, j), idx_j), "zxid"), 1)) >= T.int(T.apply($s.currentEpoch, i))) || ((T.int(T.apply(T.field(T.apply(T.apply($s.history, j), idx_j), "zxid"), 1)) < T.int(T.apply($s.currentEpoch, i))) && T.elems(T.range(1, T.field(T.apply($s.lastCommitted, i), "index"))).some((idx_i) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i), T.apply(T.apply($s.history, j), idx_j))))))))))
  }

  /** IsLooking(s): tla/specs/Zab.tla, line 117. */
  function IsLooking($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), LOOKING)
  }

  /** UpdateLeader(i) as an action: tla/specs/Zab.tla, lines 395-404. */
  function UpdateLeader_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsLooking($s, i)))) return
    if (!(!T.eq($s.leaderOracle, i))) return
    const $n8 = T.bind($n, V.leaderOracle, i)
    if ($n8 === null) return
    SwitchToLeader_act($s, $n8, ($n9: T.Partial): void => {
      const $n10 = T.bindEach($n9, [V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.connectInfo, $s.connectInfo, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.msgs, $s.msgs])
      if ($n10 === null) return
      UpdateRecorder_act($s, $n10, ($n11: T.Partial): void => {
        $k($n11)
      }, T.tuple(["UpdateLeader", i]))
    }, i)
  }

  /** FollowLeader(i) as an action: tla/specs/Zab.tla, lines 404-416. */
  function FollowLeader_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsLooking($s, i)))) return
    if (!(!T.eq($s.leaderOracle, NullPoint))) return
    const $k12 = ($n13: T.Partial): void => {
      const $n14 = T.bindEach($n13, [V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.leaderOracle, $s.leaderOracle, V.connectInfo, $s.connectInfo, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.msgs, $s.msgs])
      if ($n14 === null) return
      UpdateRecorder_act($s, $n14, ($n15: T.Partial): void => {
        $k($n15)
      }, T.tuple(["FollowLeader", i]))
    }
    const $m16 = T.mark($n)
    or17: { // disjunct 1 of 2 (tla/specs/Zab.tla:407:15)
      if (!(T.eq($s.leaderOracle, i))) break or17
      SwitchToLeader_act($s, $n, ($n18: T.Partial): void => {
        $k12($n18)
      }, i)
    }
    T.undo($n, $m16)
    or19: { // disjunct 2 of 2 (tla/specs/Zab.tla:409:15)
      if (!(!T.eq($s.leaderOracle, i))) break or19
      SwitchToFollower_act($s, $n, ($n20: T.Partial): void => {
        const $n21 = T.bindEach($n20, [V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.sendCounter, $s.sendCounter])
        if ($n21 === null) return
        $k12($n21)
      }, i)
    }
    T.undo($n, $m16)
  }

  /** CheckTimeout: tla/specs/Zab.tla, line 185. */
  function CheckTimeout($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "nTimeout"), "MaxTimeoutFailures")
  }

  /** IsLeader(s): tla/specs/Zab.tla, line 115. */
  function IsLeader($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), LEADING)
  }

  /** IsMyLearner(i, j): tla/specs/Zab.tla, line 122. */
  function IsMyLearner($s: State, i: T.Value, j: T.Value): boolean {
    return T.isIn(j, T.apply($s.learners, i))
  }

  /** IsFollower(s): tla/specs/Zab.tla, line 116. */
  function IsFollower($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), FOLLOWING)
  }

  /** IsMyLeader(i, j): tla/specs/Zab.tla, line 123. */
  function IsMyLeader($s: State, i: T.Value, j: T.Value): boolean {
    return T.eq(T.apply($s.connectInfo, i), j)
  }

  /** Timeout(i, j) as an action: tla/specs/Zab.tla, lines 427-443. */
  function Timeout_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(CheckTimeout($s)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(IsMyLearner($s, i, j)))) return
    if (!(T.bool(IsFollower($s, j)))) return
    if (!(T.bool(IsMyLeader($s, j, i)))) return
    {
      const newLearners = T.once((): T.Value => T.minus(T.apply($s.learners, i), T.setOf([j])))
      const $k22 = ($n23: T.Partial): void => {
        const $n24 = T.bindEach($n23, [V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.sendCounter, $s.sendCounter, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants])
        if ($n24 === null) return
        UpdateRecorder_act($s, $n24, ($n25: T.Partial): void => {
          $k($n25)
        }, T.tuple(["Timeout", i, j]))
      }
      const $m26 = T.mark($n)
      or27: { // disjunct 1 of 2 (tla/specs/Zab.tla:432:18)
        if (!(T.bool(IsQuorum(newLearners())))) break or27
        RemoveLearner_act($s, $n, ($n28: T.Partial): void => {
          FollowerShutdown_act($s, $n28, ($n29: T.Partial): void => {
            Clean_act($s, $n29, ($n30: T.Partial): void => {
              $k22($n30)
            }, i, j)
          }, j)
        }, i, j)
      }
      T.undo($n, $m26)
      or31: { // disjunct 2 of 2 (tla/specs/Zab.tla:436:18)
        if (!(!T.bool(IsQuorum(newLearners())))) break or31
        LeaderShutdown_act($s, $n, ($n32: T.Partial): void => {
          const $n33 = T.bindEach($n32, [V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv])
          if ($n33 === null) return
          $k22($n33)
        }, i)
      }
      T.undo($n, $m26)
    }
  }

  /** CheckRestart: tla/specs/Zab.tla, lines 188-191. */
  function CheckRestart($s: State): boolean {
    return (T.bool(CheckTimeout($s)) && T.bool(CheckParameterLimit(T.field($s.recorder, "nRestart"), "MaxRestarts")))
  }

  /** Restart(i) as an action: tla/specs/Zab.tla, lines 443-473. */
  function Restart_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(CheckRestart($s)))) return
    const $k34 = ($n35: T.Partial): void => {
      const $n36 = T.bind($n35, V.lastCommitted, T.except($s.lastCommitted, i, (_$at37) => $c5()))
      if ($n36 === null) return
      const $n38 = T.bindEach($n36, [V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.sendCounter, $s.sendCounter, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants])
      if ($n38 === null) return
      UpdateRecorder_act($s, $n38, ($n39: T.Partial): void => {
        $k($n39)
      }, T.tuple(["Restart", i]))
    }
    const $m40 = T.mark($n)
    or41: { // disjunct 1 of 3 (tla/specs/Zab.tla:445:15)
      if (!(T.bool(IsLooking($s, i)))) break or41
      const $n42 = T.bindEach($n, [V.state, $s.state, V.zabState, $s.zabState, V.learners, $s.learners, V.connectInfo, $s.connectInfo, V.msgs, $s.msgs, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv])
      if ($n42 === null) break or41
      $k34($n42)
    }
    T.undo($n, $m40)
    or43: { // disjunct 2 of 3 (tla/specs/Zab.tla:448:15)
      if (!(T.bool(IsFollower($s, i)))) break or43
      {
        const connectedWithLeader: T.Value = HasLeader($s, i)
        const $k44 = ($n45: T.Partial): void => {
          $k34($n45)
        }
        const $m46 = T.mark($n)
        or47: { // disjunct 1 of 2 (tla/specs/Zab.tla:450:24)
          if (!(T.bool(connectedWithLeader))) break or47
          {
            const leader = T.once((): T.Value => T.apply($s.connectInfo, i))
            const newLearners = T.once((): T.Value => T.minus(T.apply($s.learners, leader()), T.setOf([i])))
            const $k48 = ($n49: T.Partial): void => {
              $k44($n49)
            }
            const $m50 = T.mark($n)
            or51: { // disjunct 1 of 2 (tla/specs/Zab.tla:454:30)
              if (!(T.bool(IsQuorum(newLearners())))) break or51
              RemoveLearner_act($s, $n, ($n52: T.Partial): void => {
                FollowerShutdown_act($s, $n52, ($n53: T.Partial): void => {
                  Clean_act($s, $n53, ($n54: T.Partial): void => {
                    $k48($n54)
                  }, leader(), i)
                }, i)
              }, leader(), i)
            }
            T.undo($n, $m50)
            or55: { // disjunct 2 of 2 (tla/specs/Zab.tla:458:30)
              if (!(!T.bool(IsQuorum(newLearners())))) break or55
              LeaderShutdown_act($s, $n, ($n56: T.Partial): void => {
                const $n57 = T.bindEach($n56, [V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv])
                if ($n57 === null) return
                $k48($n57)
              }, leader())
            }
            T.undo($n, $m50)
          }
        }
        T.undo($n, $m46)
        or58: { // disjunct 2 of 2 (tla/specs/Zab.tla:461:24)
          if (!(!T.bool(connectedWithLeader))) break or58
          FollowerShutdown_act($s, $n, ($n59: T.Partial): void => {
            CleanInputBuffer_act($s, $n59, ($n60: T.Partial): void => {
              const $n61 = T.bindEach($n60, [V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv])
              if ($n61 === null) return
              $k44($n61)
            }, T.setOf([i]))
          }, i)
        }
        T.undo($n, $m46)
      }
    }
    T.undo($n, $m40)
    or62: { // disjunct 3 of 3 (tla/specs/Zab.tla:465:15)
      if (!(T.bool(IsLeader($s, i)))) break or62
      LeaderShutdown_act($s, $n, ($n63: T.Partial): void => {
        const $n64 = T.bindEach($n63, [V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv])
        if ($n64 === null) return
        $k34($n64)
      }, i)
    }
    T.undo($n, $m40)
  }

  /** HasNoLeader(i): tla/specs/Zab.tla, line 124. */
  function HasNoLeader($s: State, i: T.Value): boolean {
    return T.eq(T.apply($s.connectInfo, i), NullPoint)
  }

  /** ConnectAndFollowerSendCEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 475-486. */
  function ConnectAndFollowerSendCEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(!T.bool(IsMyLearner($s, i, j)))) return
    if (!(T.bool(IsFollower($s, j)))) return
    if (!(T.bool(HasNoLeader($s, j)))) return
    if (!(T.eq($s.leaderOracle, i))) return
    const $n65 = T.bind($n, V.learners, T.except($s.learners, i, ($at66) => T.union($at66, T.setOf([j]))))
    if ($n65 === null) return
    const $n67 = T.bind($n65, V.connectInfo, T.except($s.connectInfo, j, (_$at68) => i))
    if ($n67 === null) return
    Send_act($s, $n67, ($n69: T.Partial): void => {
      const $n70 = T.bindEach($n69, [V.state, $s.state, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.sendCounter, $s.sendCounter])
      if ($n70 === null) return
      UpdateRecorder_act($s, $n70, ($n71: T.Partial): void => {
        $k($n71)
      }, T.tuple(["ConnectAndFollowerSendCEPOCH", i, j]))
    }, j, i, T.sortedRecord(["mepoch", "mtype"], [T.apply($s.acceptedEpoch, j), CEPOCH]))
  }

  /** CheckEpoch: tla/specs/Zab.tla, line 187. */
  function CheckEpoch($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "maxEpoch"), "MaxEpoch")
  }

  /** PendingCEPOCH(i, j): tla/specs/Zab.tla, lines 194-196. */
  function PendingCEPOCH($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c1()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), CEPOCH))
  }

  /** LeaderProcessCEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 511-553. */
  function LeaderProcessCEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(CheckEpoch($s)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingCEPOCH($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLearner($s, i, j)
      if (!(T.bool(infoOk))) return
      const $k72 = ($n73: T.Partial): void => {
        const $n74 = T.bindEach($n73, [V.state, $s.state, V.zabState, $s.zabState, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.learners, $s.learners, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.sendCounter, $s.sendCounter, V.connectInfo, $s.connectInfo, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader])
        if ($n74 === null) return
        UpdateRecorder_act($s, $n74, ($n75: T.Partial): void => {
          $k($n75)
        }, T.tuple(["LeaderProcessCEPOCH", i, j]))
      }
      const $m76 = T.mark($n)
      or77: { // disjunct 1 of 2 (tla/specs/Zab.tla:519:21)
        if (!(!T.bool(CepochRecvQuorumFormed($s, i)))) break or77
        const $k78 = ($n79: T.Partial): void => {
          const $n80 = T.bind($n79, V.cepochRecv, T.except($s.cepochRecv, i, ($at81) => UpdateCepochRecv($at81, j, T.field(msg(), "mepoch"))))
          if ($n80 === null) return
          const $k82 = ($n83: T.Partial): void => {
            $k72($n83)
          }
          const $m84 = T.mark($n80)
          or85: { // disjunct 1 of 2 (tla/specs/Zab.tla:530:27)
            if (!(T.bool(CepochRecvBecomeQuorum($n80, i)))) break or85
            const $n86 = T.bind($n80, V.acceptedEpoch, T.except($s.acceptedEpoch, i, (_$at87) => DetermineNewEpoch($n80, i)))
            if ($n86 === null) break or85
            {
              const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mtype"], [T.apply(T.primed($n86, V.acceptedEpoch, "acceptedEpoch"), i), NEWEPOCH]))
              DiscardAndBroadcastNEWEPOCH_act($s, $n86, ($n88: T.Partial): void => {
                $k82($n88)
              }, i, j, m())
            }
          }
          T.undo($n80, $m84)
          or89: { // disjunct 2 of 2 (tla/specs/Zab.tla:536:27)
            if (!(!T.bool(CepochRecvBecomeQuorum($n80, i)))) break or89
            Discard_act($s, $n80, ($n90: T.Partial): void => {
              const $n91 = T.bindEach($n90, [V.acceptedEpoch, $s.acceptedEpoch])
              if ($n91 === null) return
              $k82($n91)
            }, j, i)
          }
          T.undo($n80, $m84)
        }
        const $m92 = T.mark($n)
        or93: { // disjunct 1 of 2 (tla/specs/Zab.tla:520:27)
          if (!(T.eq(T.apply($s.zabState, i), DISCOVERY))) break or93
          const $n94 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
          if ($n94 === null) break or93
          $k78($n94)
        }
        T.undo($n, $m92)
        or95: { // disjunct 2 of 2 (tla/specs/Zab.tla:522:27)
          if (!(!T.eq(T.apply($s.zabState, i), DISCOVERY))) break or95
          if (!(T.printT($c6()))) break or95
          const $n96 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "stateInconsistent", (_$at97) => true))
          if ($n96 === null) break or95
          $k78($n96)
        }
        T.undo($n, $m92)
      }
      T.undo($n, $m76)
      or98: { // disjunct 2 of 2 (tla/specs/Zab.tla:540:21)
        if (!(T.bool(CepochRecvQuorumFormed($s, i)))) break or98
        const $n99 = T.bind($n, V.cepochRecv, T.except($s.cepochRecv, i, ($at100) => UpdateCepochRecv($at100, j, T.field(msg(), "mepoch"))))
        if ($n99 === null) break or98
        Reply_act($s, $n99, ($n101: T.Partial): void => {
          const $n102 = T.bindEach($n101, [V.violatedInvariants, $s.violatedInvariants, V.acceptedEpoch, $s.acceptedEpoch])
          if ($n102 === null) return
          $k72($n102)
        }, i, j, T.sortedRecord(["mepoch", "mtype"], [T.apply($s.acceptedEpoch, i), NEWEPOCH]))
      }
      T.undo($n, $m76)
    }
  }

  /** PendingNEWEPOCH(i, j): tla/specs/Zab.tla, lines 196-198. */
  function PendingNEWEPOCH($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c1()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), NEWEPOCH))
  }

  /** FollowerProcessNEWEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 553-591. */
  function FollowerProcessNEWEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingNEWEPOCH($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const stateOk = T.once((): T.Value => T.eq(T.apply($s.zabState, i), DISCOVERY))
      const epochOk = T.once((): T.Value => (T.int(T.field(msg(), "mepoch")) >= T.int(T.apply($s.acceptedEpoch, i))))
      if (!(T.bool(infoOk))) return
      const $k103 = ($n104: T.Partial): void => {
        const $n105 = T.bindEach($n104, [V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.sendCounter, $s.sendCounter, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader])
        if ($n105 === null) return
        UpdateRecorder_act($s, $n105, ($n106: T.Partial): void => {
          $k($n106)
        }, T.tuple(["FollowerProcessNEWEPOCH", i, j]))
      }
      const $m107 = T.mark($n)
      or108: { // disjunct 1 of 2 (tla/specs/Zab.tla:562:21)
        if (!(T.bool(epochOk()))) break or108
        const $k109 = ($n110: T.Partial): void => {
          const $n111 = T.bindEach($n110, [V.connectInfo, $s.connectInfo, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.state, $s.state])
          if ($n111 === null) return
          $k103($n111)
        }
        const $m112 = T.mark($n)
        or113: { // disjunct 1 of 2 (tla/specs/Zab.tla:563:27)
          if (!(T.bool(stateOk()))) break or113
          const $n114 = T.bind($n, V.acceptedEpoch, T.except($s.acceptedEpoch, i, (_$at115) => T.field(msg(), "mepoch")))
          if ($n114 === null) break or113
          {
            const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mhistory", "mtype"], [T.apply($s.currentEpoch, i), T.apply($s.history, i), ACKEPOCH]))
            Reply_act($s, $n114, ($n116: T.Partial): void => {
              const $n117 = T.bind($n116, V.zabState, T.except($s.zabState, i, (_$at118) => SYNCHRONIZATION))
              if ($n117 === null) return
              const $n119 = T.bindEach($n117, [V.violatedInvariants, $s.violatedInvariants])
              if ($n119 === null) return
              $k109($n119)
            }, i, j, m())
          }
        }
        T.undo($n, $m112)
        or120: { // disjunct 2 of 2 (tla/specs/Zab.tla:571:27)
          if (!(!T.bool(stateOk()))) break or120
          if (!(T.printT($c7()))) break or120
          const $n121 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "stateInconsistent", (_$at122) => true))
          if ($n121 === null) break or120
          Discard_act($s, $n121, ($n123: T.Partial): void => {
            const $n124 = T.bindEach($n123, [V.acceptedEpoch, $s.acceptedEpoch, V.zabState, $s.zabState])
            if ($n124 === null) return
            $k109($n124)
          }, j, i)
        }
        T.undo($n, $m112)
      }
      T.undo($n, $m107)
      or125: { // disjunct 2 of 2 (tla/specs/Zab.tla:581:21)
        if (!(!T.bool(epochOk()))) break or125
        FollowerShutdown_act($s, $n, ($n126: T.Partial): void => {
          {
            const leader = T.once((): T.Value => T.apply($s.connectInfo, i))
            Clean_act($s, $n126, ($n127: T.Partial): void => {
              RemoveLearner_act($s, $n127, ($n128: T.Partial): void => {
                const $n129 = T.bindEach($n128, [V.acceptedEpoch, $s.acceptedEpoch, V.violatedInvariants, $s.violatedInvariants])
                if ($n129 === null) return
                $k103($n129)
              }, leader(), i)
            }, i, leader())
          }
        }, i)
      }
      T.undo($n, $m107)
    }
  }

  /** PendingACKEPOCH(i, j): tla/specs/Zab.tla, lines 198-200. */
  function PendingACKEPOCH($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c1()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACKEPOCH))
  }

  /** LeaderProcessACKEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 653-716. */
  function LeaderProcessACKEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACKEPOCH($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLearner($s, i, j)
      if (!(T.bool(infoOk))) return
      const $k130 = ($n131: T.Partial): void => {
        const $n132 = T.bindEach($n131, [V.state, $s.state, V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackldRecv, $s.ackldRecv, V.sendCounter, $s.sendCounter, V.connectInfo, $s.connectInfo, V.leaderOracle, $s.leaderOracle])
        if ($n132 === null) return
        UpdateRecorder_act($s, $n132, ($n133: T.Partial): void => {
          $k($n133)
        }, T.tuple(["LeaderProcessACKEPOCH", i, j]))
      }
      const $m134 = T.mark($n)
      or135: { // disjunct 1 of 2 (tla/specs/Zab.tla:660:21)
        if (!(T.bool(AckeRecvQuorumFormed($s, i)))) break or135
        const $n136 = T.bind($n, V.ackeRecv, T.except($s.ackeRecv, i, ($at137) => UpdateAckeRecv($at137, j, T.field(msg(), "mepoch"), T.field(msg(), "mhistory"))))
        if ($n136 === null) break or135
        {
          const toSend = T.once((): T.Value => T.apply($s.history, i))
          const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mhistory", "mtype"], [T.apply($s.acceptedEpoch, i), toSend(), NEWLEADER]))
          const set_forChecking = T.once((): T.Value => SetPacketsForChecking($c8(), i, T.apply($s.acceptedEpoch, i), toSend(), 1, T.len(toSend())))
          Reply_act($s, $n136, ($n138: T.Partial): void => {
            const $n139 = T.bind($n138, V.proposalMsgsLog, T.union($s.proposalMsgsLog, set_forChecking()))
            if ($n139 === null) return
            const $n140 = T.bindEach($n139, [V.violatedInvariants, $s.violatedInvariants, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.zabState, $s.zabState, V.epochLeader, $s.epochLeader])
            if ($n140 === null) return
            $k130($n140)
          }, i, j, m())
        }
      }
      T.undo($n, $m134)
      or141: { // disjunct 2 of 2 (tla/specs/Zab.tla:675:21)
        if (!(!T.bool(AckeRecvQuorumFormed($s, i)))) break or141
        const $k142 = ($n143: T.Partial): void => {
          const $n144 = T.bind($n143, V.ackeRecv, T.except($s.ackeRecv, i, ($at145) => UpdateAckeRecv($at145, j, T.field(msg(), "mepoch"), T.field(msg(), "mhistory"))))
          if ($n144 === null) return
          const $k146 = ($n147: T.Partial): void => {
            $k130($n147)
          }
          const $m148 = T.mark($n144)
          or149: { // disjunct 1 of 2 (tla/specs/Zab.tla:687:27)
            if (!(T.bool(AckeRecvBecomeQuorum($n144, i)))) break or149
            {
              const newLeaderEpoch = T.once((): T.Value => T.apply($s.acceptedEpoch, i))
              const $n150 = T.bind($n144, V.currentEpoch, T.except($s.currentEpoch, i, (_$at151) => newLeaderEpoch()))
              if ($n150 === null) break or149
              const $n152 = T.bind($n150, V.epochLeader, T.except($s.epochLeader, newLeaderEpoch(), ($at153) => T.union($at153, T.setOf([i]))))
              if ($n152 === null) break or149
              {
                const initialHistory = T.once((): T.Value => DetermineInitialHistory($n152, i))
                const $n154 = T.bind($n152, V.history, T.except($s.history, i, (_$at155) => InitAcksid(i, initialHistory())))
                if ($n154 === null) break or149
                const $n156 = T.bind($n154, V.zabState, T.except($s.zabState, i, (_$at157) => SYNCHRONIZATION))
                if ($n156 === null) break or149
                {
                  const toSend = T.once((): T.Value => T.apply(T.primed($n156, V.history, "history"), i))
                  const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mhistory", "mtype"], [T.apply($s.acceptedEpoch, i), toSend(), NEWLEADER]))
                  const set_forChecking = T.once((): T.Value => SetPacketsForChecking($c8(), i, T.apply($s.acceptedEpoch, i), toSend(), 1, T.len(toSend())))
                  DiscardAndBroadcastNEWLEADER_act($s, $n156, ($n158: T.Partial): void => {
                    const $n159 = T.bind($n158, V.proposalMsgsLog, T.union($s.proposalMsgsLog, set_forChecking()))
                    if ($n159 === null) return
                    $k146($n159)
                  }, i, j, m())
                }
              }
            }
          }
          T.undo($n144, $m148)
          or160: { // disjunct 2 of 2 (tla/specs/Zab.tla:709:27)
            if (!(!T.bool(AckeRecvBecomeQuorum($n144, i)))) break or160
            Discard_act($s, $n144, ($n161: T.Partial): void => {
              const $n162 = T.bindEach($n161, [V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.zabState, $s.zabState, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader])
              if ($n162 === null) return
              $k146($n162)
            }, j, i)
          }
          T.undo($n144, $m148)
        }
        const $m163 = T.mark($n)
        or164: { // disjunct 1 of 2 (tla/specs/Zab.tla:676:27)
          if (!(T.eq(T.apply($s.zabState, i), DISCOVERY))) break or164
          const $n165 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
          if ($n165 === null) break or164
          $k142($n165)
        }
        T.undo($n, $m163)
        or166: { // disjunct 2 of 2 (tla/specs/Zab.tla:678:27)
          if (!(!T.eq(T.apply($s.zabState, i), DISCOVERY))) break or166
          if (!(T.printT($c9()))) break or166
          const $n167 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "stateInconsistent", (_$at168) => true))
          if ($n167 === null) break or166
          $k142($n167)
        }
        T.undo($n, $m163)
      }
      T.undo($n, $m134)
    }
  }

  /** PendingNEWLEADER(i, j): tla/specs/Zab.tla, lines 200-202. */
  function PendingNEWLEADER($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c1()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), NEWLEADER))
  }

  /** FollowerProcessNEWLEADER(i, j) as an action: tla/specs/Zab.tla, lines 718-753. */
  function FollowerProcessNEWLEADER_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingNEWLEADER($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const epochOk = T.once((): T.Value => T.eq(T.apply($s.acceptedEpoch, i), T.field(msg(), "mepoch")))
      const stateOk = T.once((): T.Value => T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))
      if (!(T.bool(infoOk))) return
      const $k169 = ($n170: T.Partial): void => {
        const $n171 = T.bindEach($n170, [V.acceptedEpoch, $s.acceptedEpoch, V.lastCommitted, $s.lastCommitted, V.sendCounter, $s.sendCounter, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader])
        if ($n171 === null) return
        UpdateRecorder_act($s, $n171, ($n172: T.Partial): void => {
          $k($n172)
        }, T.tuple(["FollowerProcessNEWLEADER", i, j]))
      }
      const $m173 = T.mark($n)
      or174: { // disjunct 1 of 2 (tla/specs/Zab.tla:727:21)
        if (!(!T.bool(epochOk()))) break or174
        FollowerShutdown_act($s, $n, ($n175: T.Partial): void => {
          {
            const leader = T.once((): T.Value => T.apply($s.connectInfo, i))
            Clean_act($s, $n175, ($n176: T.Partial): void => {
              RemoveLearner_act($s, $n176, ($n177: T.Partial): void => {
                const $n178 = T.bindEach($n177, [V.violatedInvariants, $s.violatedInvariants, V.currentEpoch, $s.currentEpoch, V.history, $s.history])
                if ($n178 === null) return
                $k169($n178)
              }, leader(), i)
            }, i, leader())
          }
        }, i)
      }
      T.undo($n, $m173)
      or179: { // disjunct 2 of 2 (tla/specs/Zab.tla:734:21)
        if (!(T.bool(epochOk()))) break or179
        const $k180 = ($n181: T.Partial): void => {
          const $n182 = T.bind($n181, V.currentEpoch, T.except($s.currentEpoch, i, (_$at183) => T.apply($s.acceptedEpoch, i)))
          if ($n182 === null) return
          const $n184 = T.bind($n182, V.history, T.except($s.history, i, (_$at185) => T.field(msg(), "mhistory")))
          if ($n184 === null) return
          {
            const m = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [ACKLD, LastZxidOfHistory(T.apply(T.primed($n184, V.history, "history"), i))]))
            Reply_act($s, $n184, ($n186: T.Partial): void => {
              const $n187 = T.bindEach($n186, [V.connectInfo, $s.connectInfo, V.state, $s.state, V.zabState, $s.zabState, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv])
              if ($n187 === null) return
              $k169($n187)
            }, i, j, m())
          }
        }
        const $m188 = T.mark($n)
        or189: { // disjunct 1 of 2 (tla/specs/Zab.tla:735:27)
          if (!(T.bool(stateOk()))) break or189
          const $n190 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
          if ($n190 === null) break or189
          $k180($n190)
        }
        T.undo($n, $m188)
        or191: { // disjunct 2 of 2 (tla/specs/Zab.tla:737:27)
          if (!(!T.bool(stateOk()))) break or191
          if (!(T.printT($c10()))) break or191
          const $n192 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "stateInconsistent", (_$at193) => true))
          if ($n192 === null) break or191
          $k180($n192)
        }
        T.undo($n, $m188)
      }
      T.undo($n, $m173)
    }
  }

  /** PendingACKLD(i, j): tla/specs/Zab.tla, lines 202-204. */
  function PendingACKLD($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c1()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACKLD))
  }

  /** LeaderProcessACKLD(i, j) as an action: tla/specs/Zab.tla, lines 787-836. */
  function LeaderProcessACKLD_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACKLD($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLearner($s, i, j)
      if (!(T.bool(infoOk))) return
      const $k194 = ($n195: T.Partial): void => {
        const $n196 = T.bindEach($n195, [V.state, $s.state, V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.sendCounter, $s.sendCounter, V.connectInfo, $s.connectInfo, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader])
        if ($n196 === null) return
        UpdateRecorder_act($s, $n196, ($n197: T.Partial): void => {
          $k($n197)
        }, T.tuple(["LeaderProcessACKLD", i, j]))
      }
      const $m198 = T.mark($n)
      or199: { // disjunct 1 of 2 (tla/specs/Zab.tla:794:21)
        if (!(!T.bool(AckldRecvQuorumFormed($s, i)))) break or199
        const $k200 = ($n201: T.Partial): void => {
          const $n202 = T.bind($n201, V.ackldRecv, T.except($s.ackldRecv, i, ($at203) => UpdateAckldRecv($at203, j)))
          if ($n202 === null) return
          const $n204 = T.bind($n202, V.history, T.except($s.history, i, ($at205) => UpdateAcksid($at205, j, T.field(msg(), "mzxid"))))
          if ($n204 === null) return
          const $k206 = ($n207: T.Partial): void => {
            $k194($n207)
          }
          const $m208 = T.mark($n204)
          or209: { // disjunct 1 of 2 (tla/specs/Zab.tla:806:27)
            if (!(T.bool(AckldRecvBecomeQuorum($n204, i)))) break or209
            const $n210 = T.bind($n204, V.lastCommitted, T.except($s.lastCommitted, i, (_$at211) => T.sortedRecord(["index", "zxid"], [T.len(T.apply($s.history, i)), LastZxid($s, i)])))
            if ($n210 === null) break or209
            const $n212 = T.bind($n210, V.zabState, T.except($s.zabState, i, (_$at213) => BROADCAST))
            if ($n212 === null) break or209
            {
              const m = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [COMMITLD, LastZxid($s, i)]))
              DiscardAndBroadcastCOMMITLD_act($s, $n212, ($n214: T.Partial): void => {
                $k206($n214)
              }, i, j, m())
            }
          }
          T.undo($n204, $m208)
          or215: { // disjunct 2 of 2 (tla/specs/Zab.tla:815:27)
            if (!(!T.bool(AckldRecvBecomeQuorum($n204, i)))) break or215
            Discard_act($s, $n204, ($n216: T.Partial): void => {
              const $n217 = T.bindEach($n216, [V.zabState, $s.zabState, V.lastCommitted, $s.lastCommitted])
              if ($n217 === null) return
              $k206($n217)
            }, j, i)
          }
          T.undo($n204, $m208)
        }
        const $m218 = T.mark($n)
        or219: { // disjunct 1 of 2 (tla/specs/Zab.tla:795:27)
          if (!(T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))) break or219
          const $n220 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
          if ($n220 === null) break or219
          $k200($n220)
        }
        T.undo($n, $m218)
        or221: { // disjunct 2 of 2 (tla/specs/Zab.tla:797:27)
          if (!(!T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))) break or221
          if (!(T.printT($c11()))) break or221
          const $n222 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "stateInconsistent", (_$at223) => true))
          if ($n222 === null) break or221
          $k200($n222)
        }
        T.undo($n, $m218)
      }
      T.undo($n, $m198)
      or224: { // disjunct 2 of 2 (tla/specs/Zab.tla:819:21)
        if (!(T.bool(AckldRecvQuorumFormed($s, i)))) break or224
        const $k225 = ($n226: T.Partial): void => {
          const $n227 = T.bind($n226, V.ackldRecv, T.except($s.ackldRecv, i, ($at228) => UpdateAckldRecv($at228, j)))
          if ($n227 === null) return
          const $n229 = T.bind($n227, V.history, T.except($s.history, i, ($at230) => UpdateAcksid($at230, j, T.field(msg(), "mzxid"))))
          if ($n229 === null) return
          Reply_act($s, $n229, ($n231: T.Partial): void => {
            const $n232 = T.bindEach($n231, [V.zabState, $s.zabState, V.lastCommitted, $s.lastCommitted])
            if ($n232 === null) return
            $k194($n232)
          }, i, j, T.sortedRecord(["mtype", "mzxid"], [COMMITLD, T.field(T.apply($s.lastCommitted, i), "zxid")]))
        }
        const $m233 = T.mark($n)
        or234: { // disjunct 1 of 2 (tla/specs/Zab.tla:820:27)
          if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) break or234
          const $n235 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
          if ($n235 === null) break or234
          $k225($n235)
        }
        T.undo($n, $m233)
        or236: { // disjunct 2 of 2 (tla/specs/Zab.tla:822:27)
          if (!(!T.eq(T.apply($s.zabState, i), BROADCAST))) break or236
          if (!(T.printT($c12()))) break or236
          const $n237 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "stateInconsistent", (_$at238) => true))
          if ($n237 === null) break or236
          $k225($n237)
        }
        T.undo($n, $m233)
      }
      T.undo($n, $m198)
    }
  }

  /** PendingCOMMITLD(i, j): tla/specs/Zab.tla, lines 204-206. */
  function PendingCOMMITLD($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c1()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), COMMITLD))
  }

  /** FollowerProcessCOMMITLD(i, j) as an action: tla/specs/Zab.tla, lines 855-877. */
  function FollowerProcessCOMMITLD_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingCOMMITLD($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const index = T.once((): T.Value => (T.bool(ZxidEqual(T.field(msg(), "mzxid"), $c4())) ? 0 : ZxidToIndex(T.apply($s.history, i), T.field(msg(), "mzxid"))))
      const logOk = T.once((): T.Value => ((T.int(index()) >= 0) && (T.int(index()) <= T.len(T.apply($s.history, i)))))
      if (!(T.bool(infoOk))) return
      const $k239 = ($n240: T.Partial): void => {
        const $n241 = T.bind($n240, V.lastCommitted, T.except($s.lastCommitted, i, (_$at242) => T.sortedRecord(["index", "zxid"], [index(), T.field(msg(), "mzxid")])))
        if ($n241 === null) return
        const $n243 = T.bind($n241, V.zabState, T.except($s.zabState, i, (_$at244) => BROADCAST))
        if ($n243 === null) return
        Discard_act($s, $n243, ($n245: T.Partial): void => {
          const $n246 = T.bindEach($n245, [V.state, $s.state, V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.sendCounter, $s.sendCounter, V.connectInfo, $s.connectInfo, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader])
          if ($n246 === null) return
          UpdateRecorder_act($s, $n246, ($n247: T.Partial): void => {
            $k($n247)
          }, T.tuple(["FollowerProcessCOMMITLD", i, j]))
        }, j, i)
      }
      const $m248 = T.mark($n)
      or249: { // disjunct 1 of 2 (tla/specs/Zab.tla:864:21)
        if (!(T.bool(logOk()))) break or249
        const $n250 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
        if ($n250 === null) break or249
        $k239($n250)
      }
      T.undo($n, $m248)
      or251: { // disjunct 2 of 2 (tla/specs/Zab.tla:866:21)
        if (!(!T.bool(logOk()))) break or251
        if (!(T.printT("Exception: zxid in COMMITLD not exists in history."))) break or251
        const $n252 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "proposalInconsistent", (_$at253) => true))
        if ($n252 === null) break or251
        $k239($n252)
      }
      T.undo($n, $m248)
    }
  }

  /** CheckTransactionNum: tla/specs/Zab.tla, line 186. */
  function CheckTransactionNum($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "nTransaction"), "MaxTransactionNum")
  }

  /** LeaderProcessRequest(i) as an action: tla/specs/Zab.tla, lines 886-901. */
  function LeaderProcessRequest_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(CheckTransactionNum($s)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) return
    {
      const request_value = T.once((): T.Value => GetRecorder($s, "nClientRequest"))
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.setOf([i]), T.apply($s.currentEpoch, i), request_value(), IncZxid($s, i, LastZxid($s, i))]))
      const $n254 = T.bind($n, V.history, T.except($s.history, i, ($at255) => T.append($at255, newTxn())))
      if ($n254 === null) return
      const $n256 = T.bindEach($n254, [V.state, $s.state, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.lastCommitted, $s.lastCommitted, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.sendCounter, $s.sendCounter, V.connectInfo, $s.connectInfo, V.leaderOracle, $s.leaderOracle, V.msgs, $s.msgs, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants])
      if ($n256 === null) return
      UpdateRecorder_act($s, $n256, ($n257: T.Partial): void => {
        $k($n257)
      }, T.tuple(["LeaderProcessRequest", i]))
    }
  }

  /** CurrentCounter(i): tla/specs/Zab.tla, lines 901-902. */
  function CurrentCounter($s: State, i: T.Value): T.Value {
    return (T.eq(T.apply(LastZxid($s, i), 1), T.apply($s.currentEpoch, i)) ? T.apply(LastZxid($s, i), 2) : 0)
  }

  /** LeaderBroadcastPROPOSE(i) as an action: tla/specs/Zab.tla, lines 905-927. */
  function LeaderBroadcastPROPOSE_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) return
    if (!((T.int(T.apply($s.sendCounter, i)) < T.int(CurrentCounter($s, i))))) return
    {
      const toSendCounter = T.once((): T.Value => (T.int(T.apply($s.sendCounter, i)) + 1))
      const toSendZxid = T.once((): T.Value => T.tuple([T.apply($s.currentEpoch, i), toSendCounter()]))
      const toSendIndex = T.once((): T.Value => ZxidToIndex(T.apply($s.history, i), toSendZxid()))
      const toSendTxn = T.once((): T.Value => T.apply(T.apply($s.history, i), toSendIndex()))
      const m_proposal = T.once((): T.Value => T.sortedRecord(["mdata", "mtype", "mzxid"], [T.field(toSendTxn(), "value"), PROPOSE, T.field(toSendTxn(), "zxid")]))
      const m_proposal_forChecking = T.once((): T.Value => T.sortedRecord(["data", "epoch", "source", "zxid"], [T.field(toSendTxn(), "value"), T.apply($s.currentEpoch, i), i, T.field(toSendTxn(), "zxid")]))
      const $n258 = T.bind($n, V.sendCounter, T.except($s.sendCounter, i, (_$at259) => toSendCounter()))
      if ($n258 === null) return
      Broadcast_act($s, $n258, ($n260: T.Partial): void => {
        const $n261 = T.bind($n260, V.proposalMsgsLog, T.union($s.proposalMsgsLog, T.setOf([m_proposal_forChecking()])))
        if ($n261 === null) return
        const $n262 = T.bindEach($n261, [V.state, $s.state, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.connectInfo, $s.connectInfo, V.leaderOracle, $s.leaderOracle, V.epochLeader, $s.epochLeader, V.violatedInvariants, $s.violatedInvariants])
        if ($n262 === null) return
        UpdateRecorder_act($s, $n262, ($n263: T.Partial): void => {
          $k($n263)
        }, T.tuple(["LeaderBroadcastPROPOSE", i]))
      }, i, m_proposal())
    }
  }

  /** PendingPROPOSE(i, j): tla/specs/Zab.tla, lines 206-208. */
  function PendingPROPOSE($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c1()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), PROPOSE))
  }

  /** FollowerProcessPROPOSE(i, j) as an action: tla/specs/Zab.tla, lines 937-970. */
  function FollowerProcessPROPOSE_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingPROPOSE($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const isNext = T.once((): T.Value => IsNextZxid(LastZxid($s, i), T.field(msg(), "mzxid")))
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [$c8(), T.apply($s.currentEpoch, i), T.field(msg(), "mdata"), T.field(msg(), "mzxid")]))
      const m_ack = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [ACK, T.field(msg(), "mzxid")]))
      if (!(T.bool(infoOk))) return
      const $k264 = ($n265: T.Partial): void => {
        const $n266 = T.bindEach($n265, [V.state, $s.state, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.lastCommitted, $s.lastCommitted, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.sendCounter, $s.sendCounter, V.connectInfo, $s.connectInfo, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader])
        if ($n266 === null) return
        UpdateRecorder_act($s, $n266, ($n267: T.Partial): void => {
          $k($n267)
        }, T.tuple(["FollowerProcessPROPOSE", i, j]))
      }
      const $m268 = T.mark($n)
      or269: { // disjunct 1 of 2 (tla/specs/Zab.tla:950:21)
        IsNextZxid_act($s, $n, ($n270: T.Partial): void => {
          const $n271 = T.bind($n270, V.history, T.except($s.history, i, ($at272) => T.append($at272, newTxn())))
          if ($n271 === null) return
          Reply_act($s, $n271, ($n273: T.Partial): void => {
            const $n274 = T.bindEach($n273, [V.violatedInvariants, $s.violatedInvariants])
            if ($n274 === null) return
            $k264($n274)
          }, i, j, m_ack())
        }, LastZxid($s, i), T.field(msg(), "mzxid"))
      }
      T.undo($n, $m268)
      or275: { // disjunct 2 of 2 (tla/specs/Zab.tla:954:21)
        if (!(!T.bool(isNext()))) break or275
        {
          const index: T.Value = ZxidToIndex(T.apply($s.history, i), T.field(msg(), "mzxid"))
          const exist: T.Value = ((T.int(index) > 0) && (T.int(index) <= T.len(T.apply($s.history, i))))
          const $k276 = ($n277: T.Partial): void => {
            Discard_act($s, $n277, ($n278: T.Partial): void => {
              const $n279 = T.bindEach($n278, [V.history, $s.history])
              if ($n279 === null) return
              $k264($n279)
            }, j, i)
          }
          const $m280 = T.mark($n)
          or281: { // disjunct 1 of 2 (tla/specs/Zab.tla:957:30)
            if (!(T.bool(exist))) break or281
            const $n282 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
            if ($n282 === null) break or281
            $k276($n282)
          }
          T.undo($n, $m280)
          or283: { // disjunct 2 of 2 (tla/specs/Zab.tla:959:30)
            if (!(!T.bool(exist))) break or283
            if (!(T.printT($c13()))) break or283
            const $n284 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "proposalInconsistent", (_$at285) => true))
            if ($n284 === null) break or283
            $k276($n284)
          }
          T.undo($n, $m280)
        }
      }
      T.undo($n, $m268)
    }
  }

  /** PendingACK(i, j): tla/specs/Zab.tla, lines 208-210. */
  function PendingACK($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c1()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACK))
  }

  /** LeaderProcessACK(i, j) as an action: tla/specs/Zab.tla, lines 1005-1049. */
  function LeaderProcessACK_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACK($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLearner($s, i, j)
      const index = T.once((): T.Value => ZxidToIndex(T.apply($s.history, i), T.field(msg(), "mzxid")))
      const exist = T.once((): T.Value => ((T.int(index()) >= 1) && (T.int(index()) <= T.len(T.apply($s.history, i)))))
      const outstanding = T.once((): T.Value => (T.int(T.field(T.apply($s.lastCommitted, i), "index")) < T.len(T.apply($s.history, i))))
      const hasCommitted = T.once((): T.Value => !T.bool(ZxidCompare(T.field(msg(), "mzxid"), T.field(T.apply($s.lastCommitted, i), "zxid"))))
      const ackIndex = T.once((): T.Value => LastAckIndexFromFollower($s, i, j))
      const monotonicallyInc = T.once((): T.Value => (T.eq(ackIndex(), -1) || T.eq((T.int(ackIndex()) + 1), index())))
      if (!(T.bool(infoOk))) return
      const $k286 = ($n287: T.Partial): void => {
        const $n288 = T.bindEach($n287, [V.state, $s.state, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.sendCounter, $s.sendCounter, V.connectInfo, $s.connectInfo, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader])
        if ($n288 === null) return
        UpdateRecorder_act($s, $n288, ($n289: T.Partial): void => {
          $k($n289)
        }, T.tuple(["LeaderProcessACK", i, j]))
      }
      const $m290 = T.mark($n)
      or291: { // disjunct 1 of 2 (tla/specs/Zab.tla:1018:21)
        if (!(T.bool(exist()))) break or291
        const $k292 = ($n293: T.Partial): void => {
          {
            const txn = T.once((): T.Value => T.apply(T.apply($s.history, i), index()))
            const txnAfterAddAck = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.union(T.field(txn(), "ackSid"), T.setOf([j])), T.field(txn(), "epoch"), T.field(txn(), "value"), T.field(txn(), "zxid")]))
            const $n294 = T.bind($n293, V.history, T.exceptPath($s.history, [i, index()], (_$at295) => txnAfterAddAck()))
            if ($n294 === null) return
            const $k296 = ($n297: T.Partial): void => {
              $k286($n297)
            }
            const $m298 = T.mark($n294)
            or299: { // disjunct 1 of 2 (tla/specs/Zab.tla:1027:30)
              const $k300 = ($n301: T.Partial): void => {
                Discard_act($s, $n301, ($n302: T.Partial): void => {
                  const $n303 = T.bindEach($n302, [V.violatedInvariants, $s.violatedInvariants, V.lastCommitted, $s.lastCommitted])
                  if ($n303 === null) return
                  $k296($n303)
                }, j, i)
              }
              const $m304 = T.mark($n294)
              or305: { // disjunct 1 of 2 (tla/specs/Zab.tla:1029:36)
                if (!(!T.bool(outstanding()))) break or305
                $k300($n294)
              }
              T.undo($n294, $m304)
              or306: { // disjunct 2 of 2 (tla/specs/Zab.tla:1030:36)
                if (!(T.bool(hasCommitted()))) break or306
                $k300($n294)
              }
              T.undo($n294, $m304)
            }
            T.undo($n294, $m298)
            or307: { // disjunct 2 of 2 (tla/specs/Zab.tla:1033:30)
              if (!(T.bool(outstanding()))) break or307
              if (!(!T.bool(hasCommitted()))) break or307
              LeaderTryToCommit_act($s, $n294, ($n308: T.Partial): void => {
                $k296($n308)
              }, i, index(), T.field(msg(), "mzxid"), txnAfterAddAck(), j)
            }
            T.undo($n294, $m298)
          }
        }
        const $m309 = T.mark($n)
        or310: { // disjunct 1 of 2 (tla/specs/Zab.tla:1015:39)
          if (!(T.eq(ackIndex(), -1))) break or310
          $k292($n)
        }
        T.undo($n, $m309)
        or311: { // disjunct 2 of 2 (tla/specs/Zab.tla:1016:39)
          if (!(T.eq((T.int(ackIndex()) + 1), index()))) break or311
          $k292($n)
        }
        T.undo($n, $m309)
      }
      T.undo($n, $m290)
      or312: { // disjunct 2 of 2 (tla/specs/Zab.tla:1036:21)
        const $k313 = ($n314: T.Partial): void => {
          if (!(T.printT($c14()))) return
          const $n315 = T.bind($n314, V.violatedInvariants, T.except($s.violatedInvariants, "ackInconsistent", (_$at316) => true))
          if ($n315 === null) return
          Discard_act($s, $n315, ($n317: T.Partial): void => {
            const $n318 = T.bindEach($n317, [V.history, $s.history, V.lastCommitted, $s.lastCommitted])
            if ($n318 === null) return
            $k286($n318)
          }, j, i)
        }
        const $m319 = T.mark($n)
        or320: { // disjunct 1 of 2 (tla/specs/Zab.tla:1036:27)
          if (!(!T.bool(exist()))) break or320
          $k313($n)
        }
        T.undo($n, $m319)
        or321: { // disjunct 2 of 2 (tla/specs/Zab.tla:1037:27)
          if (!(!T.bool(monotonicallyInc()))) break or321
          $k313($n)
        }
        T.undo($n, $m319)
      }
      T.undo($n, $m290)
    }
  }

  /** PendingCOMMIT(i, j): tla/specs/Zab.tla, lines 210-213. */
  function PendingCOMMIT($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), $c1()) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), COMMIT))
  }

  /** FollowerProcessCOMMIT(i, j) as an action: tla/specs/Zab.tla, lines 1049-1078. */
  function FollowerProcessCOMMIT_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingCOMMIT($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk: T.Value = IsMyLeader($s, i, j)
      const pending = T.once((): T.Value => (T.int(T.field(T.apply($s.lastCommitted, i), "index")) < T.len(T.apply($s.history, i))))
      if (!(T.bool(infoOk))) return
      const $k322 = ($n323: T.Partial): void => {
        Discard_act($s, $n323, ($n324: T.Partial): void => {
          const $n325 = T.bindEach($n324, [V.state, $s.state, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.sendCounter, $s.sendCounter, V.connectInfo, $s.connectInfo, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader])
          if ($n325 === null) return
          UpdateRecorder_act($s, $n325, ($n326: T.Partial): void => {
            $k($n326)
          }, T.tuple(["FollowerProcessCOMMIT", i, j]))
        }, j, i)
      }
      const $m327 = T.mark($n)
      or328: { // disjunct 1 of 2 (tla/specs/Zab.tla:1056:21)
        if (!(!T.bool(pending()))) break or328
        if (!(T.printT("Warn: Committing zxid without seeing txn."))) break or328
        const $n329 = T.bindEach($n, [V.lastCommitted, $s.lastCommitted, V.violatedInvariants, $s.violatedInvariants])
        if ($n329 === null) break or328
        $k322($n329)
      }
      T.undo($n, $m327)
      or330: { // disjunct 2 of 2 (tla/specs/Zab.tla:1059:21)
        if (!(T.bool(pending()))) break or330
        {
          const firstElement = T.once((): T.Value => T.apply(T.apply($s.history, i), (T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1)))
          const match: T.Value = ZxidEqual(T.field(firstElement(), "zxid"), T.field(msg(), "mzxid"))
          const $k331 = ($n332: T.Partial): void => {
            $k322($n332)
          }
          const $m333 = T.mark($n)
          or334: { // disjunct 1 of 2 (tla/specs/Zab.tla:1063:27)
            if (!(!T.bool(match))) break or334
            if (!(T.printT($c15()))) break or334
            const $n335 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "commitInconsistent", (_$at336) => true))
            if ($n335 === null) break or334
            const $n337 = T.bindEach($n335, [V.lastCommitted, $s.lastCommitted])
            if ($n337 === null) break or334
            $k331($n337)
          }
          T.undo($n, $m333)
          or338: { // disjunct 2 of 2 (tla/specs/Zab.tla:1069:27)
            if (!(T.bool(match))) break or338
            const $n339 = T.bind($n, V.lastCommitted, T.except($s.lastCommitted, i, (_$at340) => T.sortedRecord(["index", "zxid"], [(T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1), T.field(firstElement(), "zxid")])))
            if ($n339 === null) break or338
            const $n341 = T.bindEach($n339, [V.violatedInvariants, $s.violatedInvariants])
            if ($n341 === null) break or338
            $k331($n341)
          }
          T.undo($n, $m333)
        }
      }
      T.undo($n, $m327)
    }
  }

  /** FilterNonexistentMessage(i) as an action: tla/specs/Zab.tla, lines 1081-1117. */
  function FilterNonexistentMessage_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $k342 = ($n343: T.Partial): void => {
      const $n344 = T.bind($n343, V.violatedInvariants, T.except($s.violatedInvariants, "messageIllegal", (_$at345) => true))
      if ($n344 === null) return
      const $n346 = T.bindEach($n344, [V.state, $s.state, V.zabState, $s.zabState, V.acceptedEpoch, $s.acceptedEpoch, V.currentEpoch, $s.currentEpoch, V.history, $s.history, V.lastCommitted, $s.lastCommitted, V.learners, $s.learners, V.cepochRecv, $s.cepochRecv, V.ackeRecv, $s.ackeRecv, V.ackldRecv, $s.ackldRecv, V.sendCounter, $s.sendCounter, V.connectInfo, $s.connectInfo, V.leaderOracle, $s.leaderOracle, V.proposalMsgsLog, $s.proposalMsgsLog, V.epochLeader, $s.epochLeader])
      if ($n346 === null) return
      UnchangeRecorder_act($s, $n346, ($n347: T.Partial): void => {
        $k($n347)
      })
    }
    const $m348 = T.mark($n)
    for (const j of T.elems(T.minus(Server, T.setOf([i])))) {
      T.undo($n, $m348)
      if (!(!T.eq(T.apply(T.apply($s.msgs, j), i), $c1()))) continue
      {
        const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
        const $k349 = ($n350: T.Partial): void => {
          Discard_act($s, $n350, ($n351: T.Partial): void => {
            $k342($n351)
          }, j, i)
        }
        const $m352 = T.mark($n)
        or353: { // disjunct 1 of 3 (tla/specs/Zab.tla:1085:44)
          if (!(T.bool(IsLeader($s, i)))) break or353
          {
            const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
            const $k354 = ($n355: T.Partial): void => {
              $k349($n355)
            }
            const $m356 = T.mark($n)
            or357: { // disjunct 1 of 6 (tla/specs/Zab.tla:1088:50)
              if (!(T.eq(T.field(msg(), "mtype"), NEWEPOCH))) break or357
              $k354($n)
            }
            T.undo($n, $m356)
            or358: { // disjunct 2 of 6 (tla/specs/Zab.tla:1089:50)
              if (!(T.eq(T.field(msg(), "mtype"), NEWLEADER))) break or358
              $k354($n)
            }
            T.undo($n, $m356)
            or359: { // disjunct 3 of 6 (tla/specs/Zab.tla:1090:50)
              if (!(T.eq(T.field(msg(), "mtype"), COMMITLD))) break or359
              $k354($n)
            }
            T.undo($n, $m356)
            or360: { // disjunct 4 of 6 (tla/specs/Zab.tla:1091:50)
              if (!(T.eq(T.field(msg(), "mtype"), PROPOSE))) break or360
              $k354($n)
            }
            T.undo($n, $m356)
            or361: { // disjunct 5 of 6 (tla/specs/Zab.tla:1092:50)
              if (!(T.eq(T.field(msg(), "mtype"), COMMIT))) break or361
              $k354($n)
            }
            T.undo($n, $m356)
            or362: { // disjunct 6 of 6 (tla/specs/Zab.tla:1093:50)
              if (!(!T.bool(infoOk()))) break or362
              const $k363 = ($n364: T.Partial): void => {
                $k354($n364)
              }
              const $m365 = T.mark($n)
              or366: { // disjunct 1 of 4 (tla/specs/Zab.tla:1094:56)
                if (!(T.eq(T.field(msg(), "mtype"), CEPOCH))) break or366
                $k363($n)
              }
              T.undo($n, $m365)
              or367: { // disjunct 2 of 4 (tla/specs/Zab.tla:1095:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACKEPOCH))) break or367
                $k363($n)
              }
              T.undo($n, $m365)
              or368: { // disjunct 3 of 4 (tla/specs/Zab.tla:1096:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACKLD))) break or368
                $k363($n)
              }
              T.undo($n, $m365)
              or369: { // disjunct 4 of 4 (tla/specs/Zab.tla:1097:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACK))) break or369
                $k363($n)
              }
              T.undo($n, $m365)
            }
            T.undo($n, $m356)
          }
        }
        T.undo($n, $m352)
        or370: { // disjunct 2 of 3 (tla/specs/Zab.tla:1098:44)
          if (!(T.bool(IsFollower($s, i)))) break or370
          {
            const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
            const $k371 = ($n372: T.Partial): void => {
              $k349($n372)
            }
            const $m373 = T.mark($n)
            or374: { // disjunct 1 of 5 (tla/specs/Zab.tla:1101:50)
              if (!(T.eq(T.field(msg(), "mtype"), CEPOCH))) break or374
              $k371($n)
            }
            T.undo($n, $m373)
            or375: { // disjunct 2 of 5 (tla/specs/Zab.tla:1102:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACKEPOCH))) break or375
              $k371($n)
            }
            T.undo($n, $m373)
            or376: { // disjunct 3 of 5 (tla/specs/Zab.tla:1103:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACKLD))) break or376
              $k371($n)
            }
            T.undo($n, $m373)
            or377: { // disjunct 4 of 5 (tla/specs/Zab.tla:1104:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACK))) break or377
              $k371($n)
            }
            T.undo($n, $m373)
            or378: { // disjunct 5 of 5 (tla/specs/Zab.tla:1105:50)
              if (!(!T.bool(infoOk()))) break or378
              const $k379 = ($n380: T.Partial): void => {
                $k371($n380)
              }
              const $m381 = T.mark($n)
              or382: { // disjunct 1 of 5 (tla/specs/Zab.tla:1106:56)
                if (!(T.eq(T.field(msg(), "mtype"), NEWEPOCH))) break or382
                $k379($n)
              }
              T.undo($n, $m381)
              or383: { // disjunct 2 of 5 (tla/specs/Zab.tla:1107:56)
                if (!(T.eq(T.field(msg(), "mtype"), NEWLEADER))) break or383
                $k379($n)
              }
              T.undo($n, $m381)
              or384: { // disjunct 3 of 5 (tla/specs/Zab.tla:1108:56)
                if (!(T.eq(T.field(msg(), "mtype"), COMMITLD))) break or384
                $k379($n)
              }
              T.undo($n, $m381)
              or385: { // disjunct 4 of 5 (tla/specs/Zab.tla:1109:56)
                if (!(T.eq(T.field(msg(), "mtype"), PROPOSE))) break or385
                $k379($n)
              }
              T.undo($n, $m381)
              or386: { // disjunct 5 of 5 (tla/specs/Zab.tla:1110:56)
                if (!(T.eq(T.field(msg(), "mtype"), COMMIT))) break or386
                $k379($n)
              }
              T.undo($n, $m381)
            }
            T.undo($n, $m373)
          }
        }
        T.undo($n, $m352)
        or387: { // disjunct 3 of 3 (tla/specs/Zab.tla:1111:44)
          if (!(T.bool(IsLooking($s, i)))) break or387
          $k349($n)
        }
        T.undo($n, $m352)
      }
    }
    T.undo($n, $m348)
  }

  /** InitServerVars as part of Init: tla/specs/Zab.tla, lines 285-293. */
  function InitServerVars_init($n: T.Partial, $k: Continue): void {
    const $n388 = T.bind($n, V.state, T.fnOver(Server, (_s) => LOOKING))
    if ($n388 === null) return
    const $n389 = T.bind($n388, V.zabState, T.fnOver(Server, (_s) => ELECTION))
    if ($n389 === null) return
    const $n390 = T.bind($n389, V.acceptedEpoch, T.fnOver(Server, (_s) => 0))
    if ($n390 === null) return
    const $n391 = T.bind($n390, V.currentEpoch, T.fnOver(Server, (_s) => 0))
    if ($n391 === null) return
    const $n392 = T.bind($n391, V.history, T.fnOver(Server, (_s) => $c1()))
    if ($n392 === null) return
    const $n393 = T.bind($n392, V.lastCommitted, T.fnOver(Server, (_s) => $c5()))
    if ($n393 === null) return
    $k($n393)
  }

  /** InitLeaderVars as part of Init: tla/specs/Zab.tla, lines 293-299. */
  function InitLeaderVars_init($n: T.Partial, $k: Continue): void {
    const $n394 = T.bind($n, V.learners, T.fnOver(Server, (_s) => $c8()))
    if ($n394 === null) return
    const $n395 = T.bind($n394, V.cepochRecv, T.fnOver(Server, (_s) => $c8()))
    if ($n395 === null) return
    const $n396 = T.bind($n395, V.ackeRecv, T.fnOver(Server, (_s) => $c8()))
    if ($n396 === null) return
    const $n397 = T.bind($n396, V.ackldRecv, T.fnOver(Server, (_s) => $c8()))
    if ($n397 === null) return
    const $n398 = T.bind($n397, V.sendCounter, T.fnOver(Server, (_s) => 0))
    if ($n398 === null) return
    $k($n398)
  }

  /** InitFollowerVars as part of Init: tla/specs/Zab.tla, line 299. */
  function InitFollowerVars_init($n: T.Partial, $k: Continue): void {
    const $n399 = T.bind($n, V.connectInfo, T.fnOver(Server, (_s) => NullPoint))
    if ($n399 === null) return
    $k($n399)
  }

  /** InitElectionVars as part of Init: tla/specs/Zab.tla, line 301. */
  function InitElectionVars_init($n: T.Partial, $k: Continue): void {
    const $n400 = T.bind($n, V.leaderOracle, NullPoint)
    if ($n400 === null) return
    $k($n400)
  }

  /** InitVerifyVars as part of Init: tla/specs/Zab.tla, lines 305-313. */
  function InitVerifyVars_init($n: T.Partial, $k: Continue): void {
    const $n401 = T.bind($n, V.proposalMsgsLog, $c8())
    if ($n401 === null) return
    const $n402 = T.bind($n401, V.epochLeader, T.fnOver($c3(), (_i) => $c8()))
    if ($n402 === null) return
    const $n403 = T.bind($n402, V.violatedInvariants, $c16())
    if ($n403 === null) return
    $k($n403)
  }

  /** InitMsgVars as part of Init: tla/specs/Zab.tla, line 303. */
  function InitMsgVars_init($n: T.Partial, $k: Continue): void {
    const $n404 = T.bind($n, V.msgs, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => $c1())))
    if ($n404 === null) return
    $k($n404)
  }

  /** InitRecorder as part of Init: tla/specs/Zab.tla, lines 313-318. */
  function InitRecorder_init($n: T.Partial, $k: Continue): void {
    const $n405 = T.bind($n, V.recorder, $c18())
    if ($n405 === null) return
    $k($n405)
  }

  /** MAXEPOCH: tla/specs/Zab.tla, line 35. */
  const MAXEPOCH = T.once((): T.Value => 10)

  /** TxnEqual(txn1, txn2): tla/specs/Zab.tla, lines 136-139. */
  function TxnEqual(txn1: T.Value, txn2: T.Value): boolean {
    return (T.bool(ZxidEqual(T.field(txn1, "zxid"), T.field(txn2, "zxid"))) && T.eq(T.field(txn1, "value"), T.field(txn2, "value")))
  }

  /** Minimum(S): tla/specs/Zab.tla, lines 111-112. */
  function Minimum(S: T.Value): T.Value {
    return (T.eq(S, $c8()) ? -1 : T.choose(S, (n) => T.elems(S).every((m) => (T.int(n) <= T.int(m))), "tla/specs/Zab.tla:112:30"))
  }

  /** ZxidCompare(zxid1, zxid2): tla/specs/Zab.tla, lines 128-132. */
  function ZxidCompare(zxid1: T.Value, zxid2: T.Value): boolean {
    return ((T.int(T.apply(zxid1, 1)) > T.int(T.apply(zxid2, 1))) || (T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && (T.int(T.apply(zxid1, 2)) > T.int(T.apply(zxid2, 2)))))
  }

  /** EpochPrecedeInTxn(txn1, txn2): tla/specs/Zab.tla, line 139. */
  function EpochPrecedeInTxn(txn1: T.Value, txn2: T.Value): boolean {
    return (T.int(T.apply(T.field(txn1, "zxid"), 1)) < T.int(T.apply(T.field(txn2, "zxid"), 1)))
  }

  /** SwitchToLeader(i) as an action: tla/specs/Zab.tla, lines 346-361. */
  function SwitchToLeader_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n406 = T.bind($n, V.state, T.except($s.state, i, (_$at407) => LEADING))
    if ($n406 === null) return
    const $n408 = T.bind($n406, V.zabState, T.except($s.zabState, i, (_$at409) => DISCOVERY))
    if ($n408 === null) return
    const $n410 = T.bind($n408, V.learners, T.except($s.learners, i, (_$at411) => T.setOf([i])))
    if ($n410 === null) return
    const $n412 = T.bind($n410, V.cepochRecv, T.except($s.cepochRecv, i, (_$at413) => T.setOf([T.sortedRecord(["connected", "epoch", "sid"], [true, T.apply($s.acceptedEpoch, i), i])])))
    if ($n412 === null) return
    const $n414 = T.bind($n412, V.ackeRecv, T.except($s.ackeRecv, i, (_$at415) => T.setOf([T.sortedRecord(["connected", "peerHistory", "peerLastEpoch", "sid"], [true, T.apply($s.history, i), T.apply($s.currentEpoch, i), i])])))
    if ($n414 === null) return
    const $n416 = T.bind($n414, V.ackldRecv, T.except($s.ackldRecv, i, (_$at417) => T.setOf([T.sortedRecord(["connected", "sid"], [true, i])])))
    if ($n416 === null) return
    const $n418 = T.bind($n416, V.sendCounter, T.except($s.sendCounter, i, (_$at419) => 0))
    if ($n418 === null) return
    $k($n418)
  }

  /** UpdateRecorder(pc) as an action: tla/specs/Zab.tla, lines 175-177. */
  function UpdateRecorder_act($s: State, $n: T.Partial, $k: Continue, pc: T.Value): void {
    const $n420 = T.bind($n, V.recorder, T.atAtN([RecorderSetFailure($s, pc), RecorderSetTransactionNum($s, $n, pc), RecorderSetMaxEpoch($s, $n, pc), RecorderSetPc(pc), RecorderSetRequests($s, pc), $s.recorder]))
    if ($n420 === null) return
    $k($n420)
  }

  /** SwitchToFollower(i) as an action: tla/specs/Zab.tla, lines 342-346. */
  function SwitchToFollower_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n421 = T.bind($n, V.state, T.except($s.state, i, (_$at422) => FOLLOWING))
    if ($n421 === null) return
    const $n423 = T.bind($n421, V.zabState, T.except($s.zabState, i, (_$at424) => DISCOVERY))
    if ($n423 === null) return
    $k($n423)
  }

  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit(n: T.Value, p: T.Value): T.Value {
    return CheckParameterHelper(n, p, (i: T.Value, j: T.Value): T.Value => (T.int(i) < T.int(j)))
  }

  /** IsQuorum(s): tla/specs/Zab.tla, line 120. */
  function IsQuorum(s: T.Value): boolean {
    return T.isIn(s, Quorums())
  }

  /** RemoveLearner(i, j) as an action: tla/specs/Zab.tla, lines 388-393. */
  function RemoveLearner_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n425 = T.bind($n, V.learners, T.except($s.learners, i, ($at426) => T.minus($at426, T.setOf([j]))))
    if ($n425 === null) return
    const $n427 = T.bind($n425, V.cepochRecv, T.except($s.cepochRecv, i, ($at428) => RemoveCepochRecv($at428, j)))
    if ($n427 === null) return
    const $n429 = T.bind($n427, V.ackeRecv, T.except($s.ackeRecv, i, ($at430) => RemoveAckeRecv($at430, j)))
    if ($n429 === null) return
    const $n431 = T.bind($n429, V.ackldRecv, T.except($s.ackldRecv, i, ($at432) => RemoveAckldRecv($at432, j)))
    if ($n431 === null) return
    $k($n431)
  }

  /** FollowerShutdown(i) as an action: tla/specs/Zab.tla, lines 329-334. */
  function FollowerShutdown_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n433 = T.bind($n, V.state, T.except($s.state, i, (_$at434) => LOOKING))
    if ($n433 === null) return
    const $n435 = T.bind($n433, V.zabState, T.except($s.zabState, i, (_$at436) => ELECTION))
    if ($n435 === null) return
    const $n437 = T.bind($n435, V.connectInfo, T.except($s.connectInfo, i, (_$at438) => NullPoint))
    if ($n437 === null) return
    $k($n437)
  }

  /** Clean(i, j) as an action: tla/specs/Zab.tla, line 221. */
  function Clean_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n439 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at440) => $c1()), [i, j], (_$at441) => $c1()))
    if ($n439 === null) return
    $k($n439)
  }

  /** LeaderShutdown(i) as an action: tla/specs/Zab.tla, lines 334-342. */
  function LeaderShutdown_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const S = T.once((): T.Value => T.apply($s.learners, i))
      const $n442 = T.bind($n, V.state, T.fnOver(Server, (s) => (T.isIn(s, S()) ? LOOKING : T.apply($s.state, s))))
      if ($n442 === null) return
      const $n443 = T.bind($n442, V.zabState, T.fnOver(Server, (s) => (T.isIn(s, S()) ? ELECTION : T.apply($s.zabState, s))))
      if ($n443 === null) return
      const $n444 = T.bind($n443, V.connectInfo, T.fnOver(Server, (s) => (T.isIn(s, S()) ? NullPoint : T.apply($s.connectInfo, s))))
      if ($n444 === null) return
      CleanInputBuffer_act($s, $n444, ($n445: T.Partial): void => {
        const $n446 = T.bind($n445, V.learners, T.except($s.learners, i, (_$at447) => $c8()))
        if ($n446 === null) return
        $k($n446)
      }, S())
    }
  }

  /** CleanInputBuffer(S) as an action: tla/specs/Zab.tla, lines 222-224. */
  function CleanInputBuffer_act($s: State, $n: T.Partial, $k: Continue, S: T.Value): void {
    const $n448 = T.bind($n, V.msgs, T.fnOver(Server, (s) => T.fnOver(Server, (v) => (T.isIn(v, S) ? $c1() : T.apply(T.apply($s.msgs, s), v)))))
    if ($n448 === null) return
    $k($n448)
  }

  /** HasLeader(i): tla/specs/Zab.tla, line 125. */
  function HasLeader($s: State, i: T.Value): boolean {
    return !T.eq(T.apply($s.connectInfo, i), NullPoint)
  }

  /** Send(i, j, m) as an action: tla/specs/Zab.tla, line 213. */
  function Send_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n449 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i, j], (_$at450) => T.append(T.apply(T.apply($s.msgs, i), j), m)))
    if ($n449 === null) return
    $k($n449)
  }

  /** CepochRecvQuorumFormed(i): tla/specs/Zab.tla, lines 486-487. */
  function CepochRecvQuorumFormed($s: State, i: T.Value): T.Value {
    return ((): T.Value => {
      const sid_cepochRecv = T.once((): T.Value => T.map(T.apply($s.cepochRecv, i), (c) => T.field(c, "sid")))
      return IsQuorum(sid_cepochRecv())
    })()
  }

  /** UpdateCepochRecv(oldSet, sid, peerEpoch): tla/specs/Zab.tla, lines 491-502. */
  function UpdateCepochRecv(oldSet: T.Value, sid: T.Value, peerEpoch: T.Value): T.Value {
    return ((): T.Value => {
      const sid_set: T.Value = T.map(oldSet, (s) => T.field(s, "sid"))
      return (T.isIn(sid, sid_set) ? ((): T.Value => {
      const old_info: T.Value = T.choose(oldSet, (info) => T.eq(T.field(info, "sid"), sid), "tla/specs/Zab.tla:494:33")
      const new_info: T.Value = T.sortedRecord(["connected", "epoch", "sid"], [true, peerEpoch, sid])
      return T.union(T.minus(oldSet, T.setOf([old_info])), T.setOf([new_info]))
    })() : ((): T.Value => {
      const follower_info: T.Value = T.sortedRecord(["connected", "epoch", "sid"], [true, peerEpoch, sid])
      return T.union(oldSet, T.setOf([follower_info]))
    })())
    })()
  }

  /** CepochRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 488-489. */
  function CepochRecvBecomeQuorum($n: T.Partial, i: T.Value): T.Value {
    return ((): T.Value => {
      const sid_cepochRecv = T.once((): T.Value => T.map(T.apply(T.primed($n, V.cepochRecv, "cepochRecv"), i), (c) => T.field(c, "sid")))
      return IsQuorum(sid_cepochRecv())
    })()
  }

  /** DetermineNewEpoch(i): tla/specs/Zab.tla, lines 505-507. */
  function DetermineNewEpoch($n: T.Partial, i: T.Value): number {
    return ((): number => {
      const epoch_cepochRecv = T.once((): T.Value => T.map(T.apply(T.primed($n, V.cepochRecv, "cepochRecv"), i), (c) => T.field(c, "epoch")))
      return (T.int(Maximum(epoch_cepochRecv())) + 1)
    })()
  }

  /** DiscardAndBroadcastNEWEPOCH(i, j, m) as an action: tla/specs/Zab.tla, lines 254-262. */
  function DiscardAndBroadcastNEWEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    {
      const new_cepochRecv_quorum = T.once((): T.Value => T.filter(T.apply(T.primed($n, V.cepochRecv, "cepochRecv"), i), (c) => T.eq(T.field(c, "connected"), true)))
      const new_sid_cepochRecv = T.once((): T.Value => T.map(new_cepochRecv_quorum(), (c) => T.field(c, "sid")))
      const $n451 = T.bind($n, V.msgs, T.except(T.exceptPath($s.msgs, [j, i], (_$at452) => T.tail(T.apply(T.apply($s.msgs, j), i))), i, (_$at453) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_cepochRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n451 === null) return
      $k($n451)
    }
  }

  /** Discard(i, j) as an action: tla/specs/Zab.tla, lines 215-216. */
  function Discard_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n454 = T.bind($n, V.msgs, (!T.eq(T.apply(T.apply($s.msgs, i), j), $c1()) ? T.exceptPath($s.msgs, [i, j], (_$at455) => T.tail(T.apply(T.apply($s.msgs, i), j))) : $s.msgs))
    if ($n454 === null) return
    $k($n454)
  }

  /** Reply(i, j, m) as an action: tla/specs/Zab.tla, lines 218-219. */
  function Reply_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n456 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at457) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i, j], (_$at458) => T.append(T.apply(T.apply($s.msgs, i), j), m)))
    if ($n456 === null) return
    $k($n456)
  }

  /** AckeRecvQuorumFormed(i): tla/specs/Zab.tla, lines 591-592. */
  function AckeRecvQuorumFormed($s: State, i: T.Value): T.Value {
    return ((): T.Value => {
      const sid_ackeRecv = T.once((): T.Value => T.map(T.apply($s.ackeRecv, i), (a) => T.field(a, "sid")))
      return IsQuorum(sid_ackeRecv())
    })()
  }

  /** UpdateAckeRecv(oldSet, sid, peerEpoch, peerHistory): tla/specs/Zab.tla, lines 596-605. */
  function UpdateAckeRecv(oldSet: T.Value, sid: T.Value, peerEpoch: T.Value, peerHistory: T.Value): T.Value {
    return ((): T.Value => {
      const sid_set: T.Value = T.map(oldSet, (s) => T.field(s, "sid"))
      const follower_info = T.once((): T.Value => T.sortedRecord(["connected", "peerHistory", "peerLastEpoch", "sid"], [true, peerHistory, peerEpoch, sid]))
      return (T.isIn(sid, sid_set) ? ((): T.Value => {
      const old_info: T.Value = T.choose(oldSet, (info) => T.eq(T.field(info, "sid"), sid), "tla/specs/Zab.tla:603:33")
      return T.union(T.minus(oldSet, T.setOf([old_info])), T.setOf([follower_info()]))
    })() : T.union(oldSet, T.setOf([follower_info()])))
    })()
  }

  /** SetPacketsForChecking(set, src, ep, his, cur, end): tla/specs/Zab.tla, lines 609-615. RECURSIVE. */
  function SetPacketsForChecking(set: T.Value, src: T.Value, ep: T.Value, his: T.Value, cur: T.Value, end: T.Value): T.Value {
    return ((T.int(cur) > T.int(end)) ? set : ((): T.Value => {
      const m_proposal = T.once((): T.Value => T.sortedRecord(["data", "epoch", "source", "zxid"], [T.field(T.apply(his, cur), "value"), ep, src, T.field(T.apply(his, cur), "zxid")]))
      return SetPacketsForChecking(T.union(set, T.setOf([m_proposal()])), src, ep, his, (T.int(cur) + 1), end)
    })())
  }

  /** AckeRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 593-594. */
  function AckeRecvBecomeQuorum($n: T.Partial, i: T.Value): T.Value {
    return ((): T.Value => {
      const sid_ackeRecv = T.once((): T.Value => T.map(T.apply(T.primed($n, V.ackeRecv, "ackeRecv"), i), (a) => T.field(a, "sid")))
      return IsQuorum(sid_ackeRecv())
    })()
  }

  /** InitAcksid(i, his): tla/specs/Zab.tla, line 648. */
  function InitAcksid(i: T.Value, his: T.Value): T.Value {
    return InitAcksidHelper(his, i)
  }

  /** DiscardAndBroadcastNEWLEADER(i, j, m) as an action: tla/specs/Zab.tla, lines 264-272. */
  function DiscardAndBroadcastNEWLEADER_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    {
      const new_ackeRecv_quorum = T.once((): T.Value => T.filter(T.apply(T.primed($n, V.ackeRecv, "ackeRecv"), i), (a) => T.eq(T.field(a, "connected"), true)))
      const new_sid_ackeRecv = T.once((): T.Value => T.map(new_ackeRecv_quorum(), (a) => T.field(a, "sid")))
      const $n459 = T.bind($n, V.msgs, T.except(T.exceptPath($s.msgs, [j, i], (_$at460) => T.tail(T.apply(T.apply($s.msgs, j), i))), i, (_$at461) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_ackeRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n459 === null) return
      $k($n459)
    }
  }

  /** DetermineInitialHistory(i): tla/specs/Zab.tla, lines 627-636. */
  function DetermineInitialHistory($n: T.Partial, i: T.Value): T.Value {
    return ((): T.Value => {
      const set = T.once((): T.Value => T.apply(T.primed($n, V.ackeRecv, "ackeRecv"), i))
      const ss_set = T.once((): T.Value => T.map(set(), (a) => T.sortedRecord(["currentEpoch", "lastZxid", "sid"], [T.field(a, "peerLastEpoch"), LastZxidOfHistory(T.field(a, "peerHistory")), T.field(a, "sid")])))
      const selected = T.once((): T.Value => T.choose(ss_set(), (ss) => T.elems(T.minus(ss_set(), T.setOf([ss]))).every((ss1) => T.bool(MoreResentOrEqual(ss, ss1))), "tla/specs/Zab.tla:633:25"))
      const info: T.Value = T.choose(set(), (f) => T.eq(T.field(f, "sid"), T.field(selected(), "sid")), "tla/specs/Zab.tla:635:21")
      return T.field(info, "peerHistory")
    })()
  }

  /** LastZxidOfHistory(his): tla/specs/Zab.tla, lines 618-619. */
  function LastZxidOfHistory(his: T.Value): T.Value {
    return ((T.len(his) === 0) ? $c4() : T.field(T.apply(his, T.len(his)), "zxid"))
  }

  /** AckldRecvQuorumFormed(i): tla/specs/Zab.tla, lines 753-754. */
  function AckldRecvQuorumFormed($s: State, i: T.Value): T.Value {
    return ((): T.Value => {
      const sid_ackldRecv = T.once((): T.Value => T.map(T.apply($s.ackldRecv, i), (a) => T.field(a, "sid")))
      return IsQuorum(sid_ackldRecv())
    })()
  }

  /** UpdateAckldRecv(oldSet, sid): tla/specs/Zab.tla, lines 758-765. */
  function UpdateAckldRecv(oldSet: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_set: T.Value = T.map(oldSet, (s) => T.field(s, "sid"))
      const follower_info = T.once((): T.Value => T.sortedRecord(["connected", "sid"], [true, sid]))
      return (T.isIn(sid, sid_set) ? ((): T.Value => {
      const old_info: T.Value = T.choose(oldSet, (info) => T.eq(T.field(info, "sid"), sid), "tla/specs/Zab.tla:763:33")
      return T.union(T.minus(oldSet, T.setOf([old_info])), T.setOf([follower_info()]))
    })() : T.union(oldSet, T.setOf([follower_info()])))
    })()
  }

  /** UpdateAcksid(his, target, endZxid): tla/specs/Zab.tla, line 783. */
  function UpdateAcksid(his: T.Value, target: T.Value, endZxid: T.Value): T.Value {
    return UpdateAcksidHelper(his, target, endZxid)
  }

  /** AckldRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 755-756. */
  function AckldRecvBecomeQuorum($n: T.Partial, i: T.Value): T.Value {
    return ((): T.Value => {
      const sid_ackldRecv = T.once((): T.Value => T.map(T.apply(T.primed($n, V.ackldRecv, "ackldRecv"), i), (a) => T.field(a, "sid")))
      return IsQuorum(sid_ackldRecv())
    })()
  }

  /** LastZxid(i): tla/specs/Zab.tla, line 767. */
  function LastZxid($s: State, i: T.Value): T.Value {
    return LastZxidOfHistory(T.apply($s.history, i))
  }

  /** DiscardAndBroadcastCOMMITLD(i, j, m) as an action: tla/specs/Zab.tla, lines 274-282. */
  function DiscardAndBroadcastCOMMITLD_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    {
      const new_ackldRecv_quorum = T.once((): T.Value => T.filter(T.apply(T.primed($n, V.ackldRecv, "ackldRecv"), i), (a) => T.eq(T.field(a, "connected"), true)))
      const new_sid_ackldRecv = T.once((): T.Value => T.map(new_ackldRecv_quorum(), (a) => T.field(a, "sid")))
      const $n462 = T.bind($n, V.msgs, T.except(T.exceptPath($s.msgs, [j, i], (_$at463) => T.tail(T.apply(T.apply($s.msgs, j), i))), i, (_$at464) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_ackldRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n462 === null) return
      $k($n462)
    }
  }

  /** ZxidToIndex(his, zxid): tla/specs/Zab.tla, lines 847-852. */
  function ZxidToIndex(his: T.Value, zxid: T.Value): T.Value {
    return (T.bool(ZxidEqual(zxid, $c4())) ? 0 : ((T.len(his) === 0) ? 1 : ((): T.Value => {
      const len: T.Value = T.len(his)
      return (T.elems(T.range(1, len)).some((idx) => T.bool(TxnZxidEqual(T.apply(his, idx), zxid))) ? ZxidToIndexHelper(his, zxid, 1, false) : (T.int(len) + 1))
    })()))
  }

  /** ZxidEqual(zxid1, zxid2): tla/specs/Zab.tla, line 132. */
  function ZxidEqual(zxid1: T.Value, zxid2: T.Value): boolean {
    return (T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && T.eq(T.apply(zxid1, 2), T.apply(zxid2, 2)))
  }

  /** GetRecorder(p): tla/specs/Zab.tla, line 143. */
  function GetRecorder($s: State, p: T.Value): T.Value {
    return (T.isIn(p, T.domain($s.recorder)) ? T.apply($s.recorder, p) : 0)
  }

  /** IncZxid(s, zxid): tla/specs/Zab.tla, lines 878-879. */
  function IncZxid($s: State, s: T.Value, zxid: T.Value): T.Value {
    return (T.eq(T.apply($s.currentEpoch, s), T.apply(zxid, 1)) ? T.tuple([T.apply(zxid, 1), (T.int(T.apply(zxid, 2)) + 1)]) : T.tuple([T.apply($s.currentEpoch, s), 1]))
  }

  /** Broadcast(i, m) as an action: tla/specs/Zab.tla, lines 232-239. */
  function Broadcast_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, m: T.Value): void {
    {
      const ackeRecv_quorum = T.once((): T.Value => T.filter(T.apply($s.ackeRecv, i), (a) => T.eq(T.field(a, "connected"), true)))
      const sid_ackeRecv = T.once((): T.Value => T.map(ackeRecv_quorum(), (a) => T.field(a, "sid")))
      const $n465 = T.bind($n, V.msgs, T.except($s.msgs, i, (_$at466) => T.fnOver(Server, (v) => ((T.isIn(v, sid_ackeRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n465 === null) return
      $k($n465)
    }
  }

  /** IsNextZxid(curZxid, nextZxid) as an action: tla/specs/Zab.tla, lines 927-937. */
  function IsNextZxid_act(_$s: State, $n: T.Partial, $k: Continue, curZxid: T.Value, nextZxid: T.Value): void {
    const $k467 = ($n468: T.Partial): void => {
      $k($n468)
    }
    const $m469 = T.mark($n)
    or470: { // disjunct 1 of 2 (tla/specs/Zab.tla:929:16)
      if (!((T.eq(T.apply(nextZxid, 2), 1) && (T.int(T.apply(curZxid, 1)) < T.int(T.apply(nextZxid, 1)))))) break or470
      $k467($n)
    }
    T.undo($n, $m469)
    or471: { // disjunct 2 of 2 (tla/specs/Zab.tla:932:16)
      if (!(((T.int(T.apply(nextZxid, 2)) > 1) && T.eq(T.apply(curZxid, 1), T.apply(nextZxid, 1)) && T.eq((T.int(T.apply(curZxid, 2)) + 1), T.apply(nextZxid, 2))))) break or471
      $k467($n)
    }
    T.undo($n, $m469)
  }

  /** IsNextZxid(curZxid, nextZxid): tla/specs/Zab.tla, lines 927-937. */
  function IsNextZxid(curZxid: T.Value, nextZxid: T.Value): boolean {
    return ((T.eq(T.apply(nextZxid, 2), 1) && (T.int(T.apply(curZxid, 1)) < T.int(T.apply(nextZxid, 1)))) || ((T.int(T.apply(nextZxid, 2)) > 1) && T.eq(T.apply(curZxid, 1), T.apply(nextZxid, 1)) && T.eq((T.int(T.apply(curZxid, 2)) + 1), T.apply(nextZxid, 2))))
  }

  /** LeaderTryToCommit(s, index, zxid, newTxn, follower) as an action: tla/specs/Zab.tla, lines 970-999. */
  function LeaderTryToCommit_act($s: State, $n: T.Partial, $k: Continue, s: T.Value, index: T.Value, zxid: T.Value, newTxn: T.Value, follower: T.Value): void {
    {
      const allTxnsBeforeCommitted: T.Value = (T.int(T.field(T.apply($s.lastCommitted, s), "index")) >= (T.int(index) - 1))
      const hasAllQuorums = T.once((): T.Value => IsQuorum(T.field(newTxn, "ackSid")))
      const ordered = T.once((): T.Value => T.eq((T.int(T.field(T.apply($s.lastCommitted, s), "index")) + 1), index))
      const $k472 = ($n473: T.Partial): void => {
        $k($n473)
      }
      const $m474 = T.mark($n)
      or475: { // disjunct 1 of 2 (tla/specs/Zab.tla:979:15)
        const $k476 = ($n477: T.Partial): void => {
          Discard_act($s, $n477, ($n478: T.Partial): void => {
            const $n479 = T.bindEach($n478, [V.violatedInvariants, $s.violatedInvariants, V.lastCommitted, $s.lastCommitted])
            if ($n479 === null) return
            $k472($n479)
          }, follower, s)
        }
        const $m480 = T.mark($n)
        or481: { // disjunct 1 of 2 (tla/specs/Zab.tla:980:21)
          if (!(!T.bool(allTxnsBeforeCommitted))) break or481
          $k476($n)
        }
        T.undo($n, $m480)
        or482: { // disjunct 2 of 2 (tla/specs/Zab.tla:981:21)
          if (!(!T.bool(hasAllQuorums()))) break or482
          $k476($n)
        }
        T.undo($n, $m480)
      }
      T.undo($n, $m474)
      or483: { // disjunct 2 of 2 (tla/specs/Zab.tla:984:15)
        if (!(T.bool(allTxnsBeforeCommitted))) break or483
        if (!(T.bool(hasAllQuorums()))) break or483
        const $k484 = ($n485: T.Partial): void => {
          const $n486 = T.bind($n485, V.lastCommitted, T.except($s.lastCommitted, s, (_$at487) => T.sortedRecord(["index", "zxid"], [index, zxid])))
          if ($n486 === null) return
          {
            const m_commit = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [COMMIT, zxid]))
            DiscardAndBroadcast_act($s, $n486, ($n488: T.Partial): void => {
              $k472($n488)
            }, s, follower, m_commit())
          }
        }
        const $m489 = T.mark($n)
        or490: { // disjunct 1 of 2 (tla/specs/Zab.tla:986:21)
          if (!(!T.bool(ordered()))) break or490
          if (!(T.printT(T.concat(T.concat("Warn: Committing zxid ", T.show(zxid)), " not first.")))) break or490
          const $n491 = T.bind($n, V.violatedInvariants, T.except($s.violatedInvariants, "commitInconsistent", (_$at492) => true))
          if ($n491 === null) break or490
          $k484($n491)
        }
        T.undo($n, $m489)
        or493: { // disjunct 2 of 2 (tla/specs/Zab.tla:990:21)
          if (!(T.bool(ordered()))) break or493
          const $n494 = T.bindEach($n, [V.violatedInvariants, $s.violatedInvariants])
          if ($n494 === null) break or493
          $k484($n494)
        }
        T.undo($n, $m489)
      }
      T.undo($n, $m474)
    }
  }

  /** LastAckIndexFromFollower(i, j): tla/specs/Zab.tla, lines 999-1001. */
  function LastAckIndexFromFollower($s: State, i: T.Value, j: T.Value): T.Value {
    return ((): T.Value => {
      const set_index = T.once((): T.Value => T.filter(T.range(1, T.len(T.apply($s.history, i))), (idx) => T.isIn(j, T.field(T.apply(T.apply($s.history, i), idx), "ackSid"))))
      return Maximum(set_index())
    })()
  }

  /** UnchangeRecorder as an action: tla/specs/Zab.tla, line 178. */
  function UnchangeRecorder_act($s: State, $n: T.Partial, $k: Continue): void {
    const $n495 = T.bindEach($n, [V.recorder, $s.recorder])
    if ($n495 === null) return
    $k($n495)
  }

  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure($s: State, pc: T.Value): T.Value {
    return (T.eq(T.apply(pc, 1), "Timeout") ? T.atAt(RecorderIncTimeout($s), RecorderGetRestart($s)) : T.eq(T.apply(pc, 1), "LeaderTimeout") ? T.atAt(RecorderIncTimeout($s), RecorderGetRestart($s)) : T.eq(T.apply(pc, 1), "FollowerTimeout") ? T.atAt(RecorderIncTimeout($s), RecorderGetRestart($s)) : T.eq(T.apply(pc, 1), "Restart") ? T.atAt(RecorderIncTimeout($s), RecorderIncRestart($s)) : T.atAt(RecorderGetTimeout($s), RecorderGetRestart($s)))
  }

  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum($s: State, $n: T.Partial, pc: T.Value): T.Value {
    return T.colonGt("nTransaction", (T.eq(T.apply(pc, 1), "LeaderProcessRequest") ? ((): number => {
      const s = T.once((): T.Value => T.choose(Server, (i) => T.elems(Server).every((j) => (T.len(T.apply(T.primed($n, V.history, "history"), i)) >= T.len(T.apply(T.primed($n, V.history, "history"), j)))), "tla/specs/Zab.tla:154:46"))
      return T.len(T.apply(T.primed($n, V.history, "history"), s()))
    })() : T.apply($s.recorder, "nTransaction")))
  }

  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch($s: State, $n: T.Partial, pc: T.Value): T.Value {
    return T.colonGt("maxEpoch", (T.eq(T.apply(pc, 1), "LeaderProcessCEPOCH") ? ((): T.Value => {
      const s = T.once((): T.Value => T.choose(Server, (i) => T.elems(Server).every((j) => (T.int(T.apply(T.primed($n, V.acceptedEpoch, "acceptedEpoch"), i)) >= T.int(T.apply(T.primed($n, V.acceptedEpoch, "acceptedEpoch"), j)))), "tla/specs/Zab.tla:160:46"))
      return T.apply(T.primed($n, V.acceptedEpoch, "acceptedEpoch"), s())
    })() : T.apply($s.recorder, "maxEpoch")))
  }

  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc(pc: T.Value): T.Value {
    return T.colonGt("pc", pc)
  }

  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests($s: State, pc: T.Value): T.Value {
    return T.colonGt("nClientRequest", (T.eq(T.apply(pc, 1), "LeaderProcessRequest") ? (T.int(T.apply($s.recorder, "nClientRequest")) + 1) : T.apply($s.recorder, "nClientRequest")))
  }

  /** CheckParameterHelper(n, p, Comp(_, _)): tla/specs/Zab.tla, lines 180-182. */
  function CheckParameterHelper(n: T.Value, p: T.Value, Comp: (a0: T.Value, a1: T.Value) => T.Value): T.Value {
    return (T.isIn(p, $c19()) ? Comp(n, T.apply(Parameters, p)) : true)
  }

  /** Quorums: tla/specs/Zab.tla, line 37. */
  const Quorums = T.once((): T.Value => T.filter($c20(), (Q) => ((T.cardinality(Q) * 2) > T.cardinality(Server))))

  /** RemoveCepochRecv(set, sid): tla/specs/Zab.tla, lines 361-368. */
  function RemoveCepochRecv(set: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_cepochRecv: T.Value = T.map(set, (s) => T.field(s, "sid"))
      return (!T.isIn(sid, sid_cepochRecv) ? set : ((): T.Value => {
      const info: T.Value = T.choose(set, (s) => T.eq(T.field(s, "sid"), sid), "tla/specs/Zab.tla:364:29")
      const new_info: T.Value = T.sortedRecord(["connected", "epoch", "sid"], [false, T.field(info, "epoch"), sid])
      return T.union(T.minus(set, T.setOf([info])), T.setOf([new_info]))
    })())
    })()
  }

  /** RemoveAckeRecv(set, sid): tla/specs/Zab.tla, lines 370-378. */
  function RemoveAckeRecv(set: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_ackeRecv: T.Value = T.map(set, (s) => T.field(s, "sid"))
      return (!T.isIn(sid, sid_ackeRecv) ? set : ((): T.Value => {
      const info: T.Value = T.choose(set, (s) => T.eq(T.field(s, "sid"), sid), "tla/specs/Zab.tla:373:29")
      const new_info: T.Value = T.sortedRecord(["connected", "peerHistory", "peerLastEpoch", "sid"], [false, T.field(info, "peerHistory"), T.field(info, "peerLastEpoch"), sid])
      return T.union(T.minus(set, T.setOf([info])), T.setOf([new_info]))
    })())
    })()
  }

  /** RemoveAckldRecv(set, sid): tla/specs/Zab.tla, lines 380-386. */
  function RemoveAckldRecv(set: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_ackldRecv: T.Value = T.map(set, (s) => T.field(s, "sid"))
      return (!T.isIn(sid, sid_ackldRecv) ? set : ((): T.Value => {
      const info: T.Value = T.choose(set, (s) => T.eq(T.field(s, "sid"), sid), "tla/specs/Zab.tla:383:29")
      const new_info: T.Value = T.sortedRecord(["connected", "sid"], [false, sid])
      return T.union(T.minus(set, T.setOf([info])), T.setOf([new_info]))
    })())
    })()
  }

  /** Maximum(S): tla/specs/Zab.tla, lines 108-109. */
  function Maximum(S: T.Value): T.Value {
    return (T.eq(S, $c8()) ? -1 : T.choose(S, (n) => T.elems(S).every((m) => (T.int(n) >= T.int(m))), "tla/specs/Zab.tla:109:30"))
  }

  /** InitAcksidHelper(txns, src): tla/specs/Zab.tla, lines 639-645. RECURSIVE. */
  function InitAcksidHelper(txns: T.Value, src: T.Value): T.Value {
    return ((T.len(txns) === 0) ? $c1() : ((): T.Value => {
      const oldTxn: T.Value = T.apply(txns, 1)
      const newTxn: T.Value = T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.setOf([src]), T.field(oldTxn, "epoch"), T.field(oldTxn, "value"), T.field(oldTxn, "zxid")])
      return T.concat(T.tuple([newTxn]), InitAcksidHelper(T.tail(txns), src))
    })())
  }

  /** MoreResentOrEqual(ss1, ss2): tla/specs/Zab.tla, lines 622-627. */
  function MoreResentOrEqual(ss1: T.Value, ss2: T.Value): boolean {
    return ((T.int(T.field(ss1, "currentEpoch")) > T.int(T.field(ss2, "currentEpoch"))) || (T.eq(T.field(ss1, "currentEpoch"), T.field(ss2, "currentEpoch")) && !T.bool(ZxidCompare(T.field(ss2, "lastZxid"), T.field(ss1, "lastZxid")))))
  }

  /** UpdateAcksidHelper(txns, target, endZxid): tla/specs/Zab.tla, lines 770-780. RECURSIVE. */
  function UpdateAcksidHelper(txns: T.Value, target: T.Value, endZxid: T.Value): T.Value {
    return ((T.len(txns) === 0) ? $c1() : ((): T.Value => {
      const oldTxn = T.once((): T.Value => T.apply(txns, 1))
      return (T.bool(ZxidCompare(T.field(oldTxn(), "zxid"), endZxid)) ? txns : ((): T.Value => {
      const newTxn: T.Value = T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [(T.isIn(target, T.field(oldTxn(), "ackSid")) ? T.field(oldTxn(), "ackSid") : T.union(T.field(oldTxn(), "ackSid"), T.setOf([target]))), T.field(oldTxn(), "epoch"), T.field(oldTxn(), "value"), T.field(oldTxn(), "zxid")])
      return T.concat(T.tuple([newTxn]), UpdateAcksidHelper(T.tail(txns), target, endZxid))
    })())
    })())
  }

  /** ZxidToIndexHelper(his, zxid, cur, appeared): tla/specs/Zab.tla, lines 837-843. RECURSIVE. */
  function ZxidToIndexHelper(his: T.Value, zxid: T.Value, cur: T.Value, appeared: T.Value): T.Value {
    return ((T.int(cur) > T.len(his)) ? cur : (T.bool(TxnZxidEqual(T.apply(his, cur), zxid)) ? (T.eq(appeared, true) ? -1 : Minimum(T.setOf([cur, ZxidToIndexHelper(his, zxid, (T.int(cur) + 1), true)]))) : ZxidToIndexHelper(his, zxid, (T.int(cur) + 1), appeared)))
  }

  /** TxnZxidEqual(txn, z): tla/specs/Zab.tla, line 134. */
  function TxnZxidEqual(txn: T.Value, z: T.Value): boolean {
    return (T.eq(T.apply(T.field(txn, "zxid"), 1), T.apply(z, 1)) && T.eq(T.apply(T.field(txn, "zxid"), 2), T.apply(z, 2)))
  }

  /** DiscardAndBroadcast(i, j, m) as an action: tla/specs/Zab.tla, lines 244-252. */
  function DiscardAndBroadcast_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    {
      const ackldRecv_quorum = T.once((): T.Value => T.filter(T.apply($s.ackldRecv, i), (a) => T.eq(T.field(a, "connected"), true)))
      const sid_ackldRecv = T.once((): T.Value => T.map(ackldRecv_quorum(), (a) => T.field(a, "sid")))
      const $n496 = T.bind($n, V.msgs, T.except(T.exceptPath($s.msgs, [j, i], (_$at497) => T.tail(T.apply(T.apply($s.msgs, j), i))), i, (_$at498) => T.fnOver(Server, (v) => ((T.isIn(v, sid_ackldRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n496 === null) return
      $k($n496)
    }
  }

  /** RecorderGetTimeout: tla/specs/Zab.tla, line 149. */
  function RecorderGetTimeout($s: State): T.Value {
    return RecorderGetHelper($s, "nTimeout")
  }

  /** RecorderGetRestart: tla/specs/Zab.tla, line 151. */
  function RecorderGetRestart($s: State): T.Value {
    return RecorderGetHelper($s, "nRestart")
  }

  /** RecorderIncTimeout: tla/specs/Zab.tla, line 148. */
  function RecorderIncTimeout($s: State): T.Value {
    return RecorderIncHelper($s, "nTimeout")
  }

  /** RecorderIncRestart: tla/specs/Zab.tla, line 150. */
  function RecorderIncRestart($s: State): T.Value {
    return RecorderIncHelper($s, "nRestart")
  }

  /** RecorderGetHelper(m): tla/specs/Zab.tla, line 145. */
  function RecorderGetHelper($s: State, m: T.Value): T.Value {
    return T.colonGt(m, T.apply($s.recorder, m))
  }

  /** RecorderIncHelper(m): tla/specs/Zab.tla, line 146. */
  function RecorderIncHelper($s: State, m: T.Value): T.Value {
    return T.colonGt(m, (T.int(T.apply($s.recorder, m)) + 1))
  }

  return {
    variables,
    valuesOf: ($s: State, out: Array<T.Value>): void => { out[0] = $s.state; out[1] = $s.zabState; out[2] = $s.acceptedEpoch; out[3] = $s.currentEpoch; out[4] = $s.history; out[5] = $s.lastCommitted; out[6] = $s.learners; out[7] = $s.cepochRecv; out[8] = $s.ackeRecv; out[9] = $s.ackldRecv; out[10] = $s.sendCounter; out[11] = $s.connectInfo; out[12] = $s.leaderOracle; out[13] = $s.msgs; out[14] = $s.epochLeader; out[15] = $s.proposalMsgsLog; out[16] = $s.violatedInvariants; out[17] = $s.recorder },
    stateOf: (v: ReadonlyArray<T.Value>): State => ({ state: v[0]!, zabState: v[1]!, acceptedEpoch: v[2]!, currentEpoch: v[3]!, history: v[4]!, lastCommitted: v[5]!, learners: v[6]!, cepochRecv: v[7]!, ackeRecv: v[8]!, ackldRecv: v[9]!, sendCounter: v[10]!, connectInfo: v[11]!, leaderOracle: v[12]!, msgs: v[13]!, epochLeader: v[14]!, proposalMsgsLog: v[15]!, violatedInvariants: v[16]!, recorder: v[17]! }),
    init: (): ReadonlyArray<State> => {
      const states: Array<State> = []
      Init_init(blank(), (n) => states.push(stateOf(n)))
      return states
    },
    actions: [
      {
        name: "UpdateLeader",
        params: ["i"],
        argsReads: ["state", "leaderOracle"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsLooking($s, i)))) continue // tla/specs/Zab.tla:396:12
            if (!(!T.eq($s.leaderOracle, i))) continue // tla/specs/Zab.tla:397:12
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          UpdateLeader_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowLeader",
        params: ["i"],
        argsReads: ["state", "leaderOracle"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsLooking($s, i)))) continue // tla/specs/Zab.tla:405:12
            if (!(!T.eq($s.leaderOracle, NullPoint))) continue // tla/specs/Zab.tla:406:12
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          FollowLeader_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "Timeout",
        params: ["i", "j"],
        argsReads: ["state", "learners", "connectInfo", "recorder"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          if (!(T.bool(CheckTimeout($s)))) return out // tla/specs/Zab.tla:428:12
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/Zab.tla:429:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(IsMyLearner($s, i, j)))) continue // tla/specs/Zab.tla:429:29
              if (!(T.bool(IsFollower($s, j)))) continue // tla/specs/Zab.tla:430:12
              if (!(T.bool(IsMyLeader($s, j, i)))) continue // tla/specs/Zab.tla:430:29
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          Timeout_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "Restart",
        params: ["i"],
        argsReads: ["recorder"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          if (!(T.bool(CheckRestart($s)))) return out // tla/specs/Zab.tla:444:12
          for (const i of T.elems(Server)) {
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          Restart_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "ConnectAndFollowerSendCEPOCH",
        params: ["i", "j"],
        argsReads: ["state", "learners", "connectInfo", "leaderOracle"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/Zab.tla:476:12
            for (const j of T.elems(Server)) {
              if (!(!T.bool(IsMyLearner($s, i, j)))) continue // tla/specs/Zab.tla:476:27
              if (!(T.bool(IsFollower($s, j)))) continue // tla/specs/Zab.tla:477:12
              if (!(T.bool(HasNoLeader($s, j)))) continue // tla/specs/Zab.tla:477:29
              if (!(T.eq($s.leaderOracle, i))) continue // tla/specs/Zab.tla:477:47
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          ConnectAndFollowerSendCEPOCH_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessCEPOCH",
        params: ["i", "j"],
        argsReads: ["state", "msgs", "recorder"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          if (!(T.bool(CheckEpoch($s)))) return out // tla/specs/Zab.tla:512:12
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/Zab.tla:513:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingCEPOCH($s, i, j)))) continue // tla/specs/Zab.tla:514:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          LeaderProcessCEPOCH_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessNEWEPOCH",
        params: ["i", "j"],
        argsReads: ["state", "msgs"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/Zab.tla:554:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingNEWEPOCH($s, i, j)))) continue // tla/specs/Zab.tla:555:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessNEWEPOCH_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessACKEPOCH",
        params: ["i", "j"],
        argsReads: ["state", "msgs"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/Zab.tla:654:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingACKEPOCH($s, i, j)))) continue // tla/specs/Zab.tla:655:12
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
        name: "FollowerProcessNEWLEADER",
        params: ["i", "j"],
        argsReads: ["state", "msgs"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/Zab.tla:719:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingNEWLEADER($s, i, j)))) continue // tla/specs/Zab.tla:720:12
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
        argsReads: ["state", "msgs"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/Zab.tla:788:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingACKLD($s, i, j)))) continue // tla/specs/Zab.tla:789:12
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
        name: "FollowerProcessCOMMITLD",
        params: ["i", "j"],
        argsReads: ["state", "msgs"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/Zab.tla:856:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingCOMMITLD($s, i, j)))) continue // tla/specs/Zab.tla:857:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessCOMMITLD_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessRequest",
        params: ["i"],
        argsReads: ["state", "zabState", "recorder"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          if (!(T.bool(CheckTransactionNum($s)))) return out // tla/specs/Zab.tla:887:12
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/Zab.tla:888:12
            if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) continue // tla/specs/Zab.tla:889:12
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
        name: "LeaderBroadcastPROPOSE",
        params: ["i"],
        argsReads: ["state", "zabState", "currentEpoch", "history", "sendCounter"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/Zab.tla:906:12
            if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) continue // tla/specs/Zab.tla:907:12
            if (!((T.int(T.apply($s.sendCounter, i)) < T.int(CurrentCounter($s, i))))) continue // tla/specs/Zab.tla:908:12
            out.push([i])
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          LeaderBroadcastPROPOSE_act($s, blank(), (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessPROPOSE",
        params: ["i", "j"],
        argsReads: ["state", "msgs"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/Zab.tla:938:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingPROPOSE($s, i, j)))) continue // tla/specs/Zab.tla:939:12
              out.push([i, j])
            }
          }
          return out
        },
        next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {
          const i = args[0]!
          const j = args[1]!
          FollowerProcessPROPOSE_act($s, blank(), (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessACK",
        params: ["i", "j"],
        argsReads: ["state", "msgs"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsLeader($s, i)))) continue // tla/specs/Zab.tla:1006:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingACK($s, i, j)))) continue // tla/specs/Zab.tla:1007:12
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
        argsReads: ["state", "msgs"],
        args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {
          const out: Array<ReadonlyArray<T.Value>> = []
          for (const i of T.elems(Server)) {
            if (!(T.bool(IsFollower($s, i)))) continue // tla/specs/Zab.tla:1050:12
            for (const j of T.elems(Server)) {
              if (!(T.bool(PendingCOMMIT($s, i, j)))) continue // tla/specs/Zab.tla:1051:12
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
            if (!(T.elems(T.minus(Server, T.setOf([i]))).some((j) => !T.eq(T.apply(T.apply($s.msgs, j), i), $c1())))) continue // tla/specs/Zab.tla:1082:12
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
      { name: "ShouldNotBeTriggered", reads: ["violatedInvariants"], holds: ($s: State): boolean => T.bool(ShouldNotBeTriggered($s)) },
      { name: "Leadership1", reads: ["state", "zabState", "currentEpoch"], holds: ($s: State): boolean => T.bool(Leadership1($s)) },
      { name: "Leadership2", reads: ["epochLeader"], holds: ($s: State): boolean => T.bool(Leadership2($s)) },
      { name: "PrefixConsistency", reads: ["history", "lastCommitted"], holds: ($s: State): boolean => T.bool(PrefixConsistency($s)) },
      { name: "Integrity", reads: ["state", "history", "lastCommitted", "proposalMsgsLog"], holds: ($s: State): boolean => T.bool(Integrity($s)) },
      { name: "Agreement", reads: ["state", "history", "lastCommitted"], holds: ($s: State): boolean => T.bool(Agreement($s)) },
      { name: "TotalOrder", reads: ["history", "lastCommitted"], holds: ($s: State): boolean => T.bool(TotalOrder($s)) },
      { name: "LocalPrimaryOrder", reads: ["currentEpoch", "history", "lastCommitted", "proposalMsgsLog"], holds: ($s: State): boolean => T.bool(LocalPrimaryOrder($s)) },
      { name: "GlobalPrimaryOrder", reads: ["history", "lastCommitted"], holds: ($s: State): boolean => T.bool(GlobalPrimaryOrder($s)) },
      { name: "PrimaryIntegrity", reads: ["state", "zabState", "currentEpoch", "history", "lastCommitted", "learners", "connectInfo"], holds: ($s: State): boolean => T.bool(PrimaryIntegrity($s)) },
    ],
  }
}
