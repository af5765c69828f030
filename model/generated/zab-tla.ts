// Generated from tla/specs/Zab.tla by the TLA+ translator (tla/); do not edit. `npm run tla:gen` regenerates it,
// and a test fails if this file differs from a fresh translation.
/* eslint-disable */
import { Schema } from "effect"
import type { GeneratedAction, GeneratedSpec } from "../tla-spec.js"
import * as T from "../tla-values.js"

/** The variables of Zab, in declaration order. */
export const variables = ["state", "zabState", "acceptedEpoch", "currentEpoch", "history", "lastCommitted", "learners", "cepochRecv", "ackeRecv", "ackldRecv", "sendCounter", "connectInfo", "leaderOracle", "msgs", "epochLeader", "proposalMsgsLog", "violatedInvariants", "recorder"] as const

/** A state: one TLA+ value per variable. */
export const State = Schema.Struct({
  state: T.TlaValue,
  zabState: T.TlaValue,
  acceptedEpoch: T.TlaValue,
  currentEpoch: T.TlaValue,
  history: T.TlaValue,
  lastCommitted: T.TlaValue,
  learners: T.TlaValue,
  cepochRecv: T.TlaValue,
  ackeRecv: T.TlaValue,
  ackldRecv: T.TlaValue,
  sendCounter: T.TlaValue,
  connectInfo: T.TlaValue,
  leaderOracle: T.TlaValue,
  msgs: T.TlaValue,
  epochLeader: T.TlaValue,
  proposalMsgsLog: T.TlaValue,
  violatedInvariants: T.TlaValue,
  recorder: T.TlaValue,
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
  const blank: T.Partial = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]

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
    return T.elems(Server).every((i) => T.elems(Server).every((j) => (!(T.bool(IsLeader($s, i)) && T.isIn(T.apply($s.zabState, i), T.setOf([SYNCHRONIZATION, BROADCAST])) && T.bool(IsLeader($s, j)) && T.isIn(T.apply($s.zabState, j), T.setOf([SYNCHRONIZATION, BROADCAST])) && T.eq(T.apply($s.currentEpoch, i), T.apply($s.currentEpoch, j))) || T.eq(i, j))))
  }

  /** Leadership2: tla/specs/Zab.tla, line 1156. */
  function Leadership2($s: State): boolean {
    return T.elems(T.range(1, MAXEPOCH())).every((epoch) => (T.cardinality(T.apply($s.epochLeader, epoch)) <= 1))
  }

  /** PrefixConsistency: tla/specs/Zab.tla, lines 1160-1168. */
  function PrefixConsistency($s: State): boolean {
    return T.elems(Server).every((i) => T.elems(Server).every((j) => ((): boolean => {
      const smaller = T.once((): T.Value => Minimum(T.setOf([T.field(T.apply($s.lastCommitted, i), "index"), T.field(T.apply($s.lastCommitted, j), "index")])))
      return (T.eq(smaller(), 0) || ((T.int(smaller()) > 0) && T.elems(T.range(1, smaller())).every((index) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), index), T.apply(T.apply($s.history, j), index))))))
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
      const committed1 = T.once((): T.Value => T.field(T.apply($s.lastCommitted, i), "index"))
      const committed2 = T.once((): T.Value => T.field(T.apply($s.lastCommitted, j), "index"))
      return (!((T.int(committed1()) >= 2) && (T.int(committed2()) >= 2)) || T.elems(T.range(1, (T.int(committed1()) - 1))).every((idx_i1) => T.elems(T.range((T.int(idx_i1) + 1), committed1())).every((idx_i2) => ((): boolean => {
      const logOk = T.once((): T.Value => T.elems(T.range(1, committed2())).some((idx) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i2), T.apply(T.apply($s.history, j), idx)))))
      return (!T.bool(logOk()) || (T.bool(logOk()) && T.elems(T.range(1, committed2())).some((idx_j2) => (T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i2), T.apply(T.apply($s.history, j), idx_j2))) && T.elems(T.range(1, (T.int(idx_j2) - 1))).some((idx_j1) => T.bool(TxnEqual(T.apply(T.apply($s.history, i), idx_i1), T.apply(T.apply($s.history, j), idx_j1))))))))
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

  /** UpdateLeader(i) as an action: tla/specs/Zab.tla, lines 395-404. */
  function UpdateLeader_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(IsLooking($s, i)))) return
    if (!(!T.eq($s.leaderOracle, i))) return
    const $n8 = T.bind($n, V.leaderOracle, i)
    if ($n8 === null) return
    SwitchToLeader_act($s, $n8, ($n9: T.Partial): void => {
      const $n10 = T.bindEach($n9, [[V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.connectInfo, $s.connectInfo], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.msgs, $s.msgs]])
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
      const $n14 = T.bindEach($n13, [[V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.leaderOracle, $s.leaderOracle], [V.connectInfo, $s.connectInfo], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.msgs, $s.msgs]])
      if ($n14 === null) return
      UpdateRecorder_act($s, $n14, ($n15: T.Partial): void => {
        $k($n15)
      }, T.tuple(["FollowLeader", i]))
    }
    or16: { // disjunct 1 of 2 (tla/specs/Zab.tla:407:15)
      if (!(T.eq($s.leaderOracle, i))) break or16
      SwitchToLeader_act($s, $n, ($n17: T.Partial): void => {
        $k12($n17)
      }, i)
    }
    or18: { // disjunct 2 of 2 (tla/specs/Zab.tla:409:15)
      if (!(!T.eq($s.leaderOracle, i))) break or18
      SwitchToFollower_act($s, $n, ($n19: T.Partial): void => {
        const $n20 = T.bindEach($n19, [[V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.sendCounter, $s.sendCounter]])
        if ($n20 === null) return
        $k12($n20)
      }, i)
    }
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
      const $k21 = ($n22: T.Partial): void => {
        const $n23 = T.bindEach($n22, [[V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.sendCounter, $s.sendCounter], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants]])
        if ($n23 === null) return
        UpdateRecorder_act($s, $n23, ($n24: T.Partial): void => {
          $k($n24)
        }, T.tuple(["Timeout", i, j]))
      }
      or25: { // disjunct 1 of 2 (tla/specs/Zab.tla:432:18)
        if (!(T.bool(IsQuorum(newLearners())))) break or25
        RemoveLearner_act($s, $n, ($n26: T.Partial): void => {
          FollowerShutdown_act($s, $n26, ($n27: T.Partial): void => {
            Clean_act($s, $n27, ($n28: T.Partial): void => {
              $k21($n28)
            }, i, j)
          }, j)
        }, i, j)
      }
      or29: { // disjunct 2 of 2 (tla/specs/Zab.tla:436:18)
        if (!(!T.bool(IsQuorum(newLearners())))) break or29
        LeaderShutdown_act($s, $n, ($n30: T.Partial): void => {
          const $n31 = T.bindEach($n30, [[V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv]])
          if ($n31 === null) return
          $k21($n31)
        }, i)
      }
    }
  }

  /** Restart(i) as an action: tla/specs/Zab.tla, lines 443-473. */
  function Restart_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(CheckRestart($s)))) return
    const $k32 = ($n33: T.Partial): void => {
      const $n34 = T.bind($n33, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at35) => T.sortedRecord(["index", "zxid"], [0, T.tuple([0, 0])])))
      if ($n34 === null) return
      const $n36 = T.bindEach($n34, [[V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.sendCounter, $s.sendCounter], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants]])
      if ($n36 === null) return
      UpdateRecorder_act($s, $n36, ($n37: T.Partial): void => {
        $k($n37)
      }, T.tuple(["Restart", i]))
    }
    or38: { // disjunct 1 of 3 (tla/specs/Zab.tla:445:15)
      if (!(T.bool(IsLooking($s, i)))) break or38
      const $n39 = T.bindEach($n, [[V.state, $s.state], [V.zabState, $s.zabState], [V.learners, $s.learners], [V.connectInfo, $s.connectInfo], [V.msgs, $s.msgs], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv]])
      if ($n39 === null) break or38
      $k32($n39)
    }
    or40: { // disjunct 2 of 3 (tla/specs/Zab.tla:448:15)
      if (!(T.bool(IsFollower($s, i)))) break or40
      {
        const connectedWithLeader = T.once((): T.Value => HasLeader($s, i))
        const $k41 = ($n42: T.Partial): void => {
          $k32($n42)
        }
        or43: { // disjunct 1 of 2 (tla/specs/Zab.tla:450:24)
          if (!(T.bool(connectedWithLeader()))) break or43
          {
            const leader = T.once((): T.Value => T.apply($s.connectInfo, i))
            const newLearners = T.once((): T.Value => T.minus(T.apply($s.learners, leader()), T.setOf([i])))
            const $k44 = ($n45: T.Partial): void => {
              $k41($n45)
            }
            or46: { // disjunct 1 of 2 (tla/specs/Zab.tla:454:30)
              if (!(T.bool(IsQuorum(newLearners())))) break or46
              RemoveLearner_act($s, $n, ($n47: T.Partial): void => {
                FollowerShutdown_act($s, $n47, ($n48: T.Partial): void => {
                  Clean_act($s, $n48, ($n49: T.Partial): void => {
                    $k44($n49)
                  }, leader(), i)
                }, i)
              }, leader(), i)
            }
            or50: { // disjunct 2 of 2 (tla/specs/Zab.tla:458:30)
              if (!(!T.bool(IsQuorum(newLearners())))) break or50
              LeaderShutdown_act($s, $n, ($n51: T.Partial): void => {
                const $n52 = T.bindEach($n51, [[V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv]])
                if ($n52 === null) return
                $k44($n52)
              }, leader())
            }
          }
        }
        or53: { // disjunct 2 of 2 (tla/specs/Zab.tla:461:24)
          if (!(!T.bool(connectedWithLeader()))) break or53
          FollowerShutdown_act($s, $n, ($n54: T.Partial): void => {
            CleanInputBuffer_act($s, $n54, ($n55: T.Partial): void => {
              const $n56 = T.bindEach($n55, [[V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv]])
              if ($n56 === null) return
              $k41($n56)
            }, T.setOf([i]))
          }, i)
        }
      }
    }
    or57: { // disjunct 3 of 3 (tla/specs/Zab.tla:465:15)
      if (!(T.bool(IsLeader($s, i)))) break or57
      LeaderShutdown_act($s, $n, ($n58: T.Partial): void => {
        const $n59 = T.bindEach($n58, [[V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv]])
        if ($n59 === null) return
        $k32($n59)
      }, i)
    }
  }

  /** ConnectAndFollowerSendCEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 475-486. */
  function ConnectAndFollowerSendCEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(!T.bool(IsMyLearner($s, i, j)))) return
    if (!(T.bool(IsFollower($s, j)))) return
    if (!(T.bool(HasNoLeader($s, j)))) return
    if (!(T.eq($s.leaderOracle, i))) return
    const $n60 = T.bind($n, V.learners, T.exceptPath($s.learners, [i], ($at61) => T.union($at61, T.setOf([j]))))
    if ($n60 === null) return
    const $n62 = T.bind($n60, V.connectInfo, T.exceptPath($s.connectInfo, [j], (_$at63) => i))
    if ($n62 === null) return
    Send_act($s, $n62, ($n64: T.Partial): void => {
      const $n65 = T.bindEach($n64, [[V.state, $s.state], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.sendCounter, $s.sendCounter]])
      if ($n65 === null) return
      UpdateRecorder_act($s, $n65, ($n66: T.Partial): void => {
        $k($n66)
      }, T.tuple(["ConnectAndFollowerSendCEPOCH", i, j]))
    }, j, i, T.sortedRecord(["mepoch", "mtype"], [T.apply($s.acceptedEpoch, j), CEPOCH]))
  }

  /** LeaderProcessCEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 511-553. */
  function LeaderProcessCEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(CheckEpoch($s)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingCEPOCH($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
      if (!(T.bool(infoOk()))) return
      const $k67 = ($n68: T.Partial): void => {
        const $n69 = T.bindEach($n68, [[V.state, $s.state], [V.zabState, $s.zabState], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.learners, $s.learners], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.sendCounter, $s.sendCounter], [V.connectInfo, $s.connectInfo], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader]])
        if ($n69 === null) return
        UpdateRecorder_act($s, $n69, ($n70: T.Partial): void => {
          $k($n70)
        }, T.tuple(["LeaderProcessCEPOCH", i, j]))
      }
      or71: { // disjunct 1 of 2 (tla/specs/Zab.tla:519:21)
        if (!(!T.bool(CepochRecvQuorumFormed($s, i)))) break or71
        const $k72 = ($n73: T.Partial): void => {
          const $n74 = T.bind($n73, V.cepochRecv, T.exceptPath($s.cepochRecv, [i], ($at75) => UpdateCepochRecv($at75, j, T.field(msg(), "mepoch"))))
          if ($n74 === null) return
          const $k76 = ($n77: T.Partial): void => {
            $k67($n77)
          }
          or78: { // disjunct 1 of 2 (tla/specs/Zab.tla:530:27)
            if (!(T.bool(CepochRecvBecomeQuorum($n74, i)))) break or78
            const $n79 = T.bind($n74, V.acceptedEpoch, T.exceptPath($s.acceptedEpoch, [i], (_$at80) => DetermineNewEpoch($n74, i)))
            if ($n79 === null) break or78
            {
              const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mtype"], [T.apply(T.primed($n79, V.acceptedEpoch, "acceptedEpoch"), i), NEWEPOCH]))
              DiscardAndBroadcastNEWEPOCH_act($s, $n79, ($n81: T.Partial): void => {
                $k76($n81)
              }, i, j, m())
            }
          }
          or82: { // disjunct 2 of 2 (tla/specs/Zab.tla:536:27)
            if (!(!T.bool(CepochRecvBecomeQuorum($n74, i)))) break or82
            Discard_act($s, $n74, ($n83: T.Partial): void => {
              const $n84 = T.bindEach($n83, [[V.acceptedEpoch, $s.acceptedEpoch]])
              if ($n84 === null) return
              $k76($n84)
            }, j, i)
          }
        }
        or85: { // disjunct 1 of 2 (tla/specs/Zab.tla:520:27)
          if (!(T.eq(T.apply($s.zabState, i), DISCOVERY))) break or85
          const $n86 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n86 === null) break or85
          $k72($n86)
        }
        or87: { // disjunct 2 of 2 (tla/specs/Zab.tla:522:27)
          if (!(!T.eq(T.apply($s.zabState, i), DISCOVERY))) break or87
          if (!(T.printT(T.concat("Exception: CepochRecvQuorumFormed false,", " while zabState not DISCOVERY.")))) break or87
          const $n88 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at89) => true))
          if ($n88 === null) break or87
          $k72($n88)
        }
      }
      or90: { // disjunct 2 of 2 (tla/specs/Zab.tla:540:21)
        if (!(T.bool(CepochRecvQuorumFormed($s, i)))) break or90
        const $n91 = T.bind($n, V.cepochRecv, T.exceptPath($s.cepochRecv, [i], ($at92) => UpdateCepochRecv($at92, j, T.field(msg(), "mepoch"))))
        if ($n91 === null) break or90
        Reply_act($s, $n91, ($n93: T.Partial): void => {
          const $n94 = T.bindEach($n93, [[V.violatedInvariants, $s.violatedInvariants], [V.acceptedEpoch, $s.acceptedEpoch]])
          if ($n94 === null) return
          $k67($n94)
        }, i, j, T.sortedRecord(["mepoch", "mtype"], [T.apply($s.acceptedEpoch, i), NEWEPOCH]))
      }
    }
  }

  /** FollowerProcessNEWEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 553-591. */
  function FollowerProcessNEWEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingNEWEPOCH($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const stateOk = T.once((): T.Value => T.eq(T.apply($s.zabState, i), DISCOVERY))
      const epochOk = T.once((): T.Value => (T.int(T.field(msg(), "mepoch")) >= T.int(T.apply($s.acceptedEpoch, i))))
      if (!(T.bool(infoOk()))) return
      const $k95 = ($n96: T.Partial): void => {
        const $n97 = T.bindEach($n96, [[V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.sendCounter, $s.sendCounter], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader]])
        if ($n97 === null) return
        UpdateRecorder_act($s, $n97, ($n98: T.Partial): void => {
          $k($n98)
        }, T.tuple(["FollowerProcessNEWEPOCH", i, j]))
      }
      or99: { // disjunct 1 of 2 (tla/specs/Zab.tla:562:21)
        if (!(T.bool(epochOk()))) break or99
        const $k100 = ($n101: T.Partial): void => {
          const $n102 = T.bindEach($n101, [[V.connectInfo, $s.connectInfo], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.state, $s.state]])
          if ($n102 === null) return
          $k95($n102)
        }
        or103: { // disjunct 1 of 2 (tla/specs/Zab.tla:563:27)
          if (!(T.bool(stateOk()))) break or103
          const $n104 = T.bind($n, V.acceptedEpoch, T.exceptPath($s.acceptedEpoch, [i], (_$at105) => T.field(msg(), "mepoch")))
          if ($n104 === null) break or103
          {
            const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mhistory", "mtype"], [T.apply($s.currentEpoch, i), T.apply($s.history, i), ACKEPOCH]))
            Reply_act($s, $n104, ($n106: T.Partial): void => {
              const $n107 = T.bind($n106, V.zabState, T.exceptPath($s.zabState, [i], (_$at108) => SYNCHRONIZATION))
              if ($n107 === null) return
              const $n109 = T.bindEach($n107, [[V.violatedInvariants, $s.violatedInvariants]])
              if ($n109 === null) return
              $k100($n109)
            }, i, j, m())
          }
        }
        or110: { // disjunct 2 of 2 (tla/specs/Zab.tla:571:27)
          if (!(!T.bool(stateOk()))) break or110
          if (!(T.printT(T.concat("Exception: Follower receives NEWEPOCH,", " whileZabState not DISCOVERY.")))) break or110
          const $n111 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at112) => true))
          if ($n111 === null) break or110
          Discard_act($s, $n111, ($n113: T.Partial): void => {
            const $n114 = T.bindEach($n113, [[V.acceptedEpoch, $s.acceptedEpoch], [V.zabState, $s.zabState]])
            if ($n114 === null) return
            $k100($n114)
          }, j, i)
        }
      }
      or115: { // disjunct 2 of 2 (tla/specs/Zab.tla:581:21)
        if (!(!T.bool(epochOk()))) break or115
        FollowerShutdown_act($s, $n, ($n116: T.Partial): void => {
          {
            const leader = T.once((): T.Value => T.apply($s.connectInfo, i))
            Clean_act($s, $n116, ($n117: T.Partial): void => {
              RemoveLearner_act($s, $n117, ($n118: T.Partial): void => {
                const $n119 = T.bindEach($n118, [[V.acceptedEpoch, $s.acceptedEpoch], [V.violatedInvariants, $s.violatedInvariants]])
                if ($n119 === null) return
                $k95($n119)
              }, leader(), i)
            }, i, leader())
          }
        }, i)
      }
    }
  }

  /** LeaderProcessACKEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 653-716. */
  function LeaderProcessACKEPOCH_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACKEPOCH($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
      if (!(T.bool(infoOk()))) return
      const $k120 = ($n121: T.Partial): void => {
        const $n122 = T.bindEach($n121, [[V.state, $s.state], [V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackldRecv, $s.ackldRecv], [V.sendCounter, $s.sendCounter], [V.connectInfo, $s.connectInfo], [V.leaderOracle, $s.leaderOracle]])
        if ($n122 === null) return
        UpdateRecorder_act($s, $n122, ($n123: T.Partial): void => {
          $k($n123)
        }, T.tuple(["LeaderProcessACKEPOCH", i, j]))
      }
      or124: { // disjunct 1 of 2 (tla/specs/Zab.tla:660:21)
        if (!(T.bool(AckeRecvQuorumFormed($s, i)))) break or124
        const $n125 = T.bind($n, V.ackeRecv, T.exceptPath($s.ackeRecv, [i], ($at126) => UpdateAckeRecv($at126, j, T.field(msg(), "mepoch"), T.field(msg(), "mhistory"))))
        if ($n125 === null) break or124
        {
          const toSend = T.once((): T.Value => T.apply($s.history, i))
          const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mhistory", "mtype"], [T.apply($s.acceptedEpoch, i), toSend(), NEWLEADER]))
          const set_forChecking = T.once((): T.Value => SetPacketsForChecking(T.setOf([]), i, T.apply($s.acceptedEpoch, i), toSend(), 1, T.len(toSend())))
          Reply_act($s, $n125, ($n127: T.Partial): void => {
            const $n128 = T.bind($n127, V.proposalMsgsLog, T.union($s.proposalMsgsLog, set_forChecking()))
            if ($n128 === null) return
            const $n129 = T.bindEach($n128, [[V.violatedInvariants, $s.violatedInvariants], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.zabState, $s.zabState], [V.epochLeader, $s.epochLeader]])
            if ($n129 === null) return
            $k120($n129)
          }, i, j, m())
        }
      }
      or130: { // disjunct 2 of 2 (tla/specs/Zab.tla:675:21)
        if (!(!T.bool(AckeRecvQuorumFormed($s, i)))) break or130
        const $k131 = ($n132: T.Partial): void => {
          const $n133 = T.bind($n132, V.ackeRecv, T.exceptPath($s.ackeRecv, [i], ($at134) => UpdateAckeRecv($at134, j, T.field(msg(), "mepoch"), T.field(msg(), "mhistory"))))
          if ($n133 === null) return
          const $k135 = ($n136: T.Partial): void => {
            $k120($n136)
          }
          or137: { // disjunct 1 of 2 (tla/specs/Zab.tla:687:27)
            if (!(T.bool(AckeRecvBecomeQuorum($n133, i)))) break or137
            {
              const newLeaderEpoch = T.once((): T.Value => T.apply($s.acceptedEpoch, i))
              const $n138 = T.bind($n133, V.currentEpoch, T.exceptPath($s.currentEpoch, [i], (_$at139) => newLeaderEpoch()))
              if ($n138 === null) break or137
              const $n140 = T.bind($n138, V.epochLeader, T.exceptPath($s.epochLeader, [newLeaderEpoch()], ($at141) => T.union($at141, T.setOf([i]))))
              if ($n140 === null) break or137
              {
                const initialHistory = T.once((): T.Value => DetermineInitialHistory($n140, i))
                const $n142 = T.bind($n140, V.history, T.exceptPath($s.history, [i], (_$at143) => InitAcksid(i, initialHistory())))
                if ($n142 === null) break or137
                const $n144 = T.bind($n142, V.zabState, T.exceptPath($s.zabState, [i], (_$at145) => SYNCHRONIZATION))
                if ($n144 === null) break or137
                {
                  const toSend = T.once((): T.Value => T.apply(T.primed($n144, V.history, "history"), i))
                  const m = T.once((): T.Value => T.sortedRecord(["mepoch", "mhistory", "mtype"], [T.apply($s.acceptedEpoch, i), toSend(), NEWLEADER]))
                  const set_forChecking = T.once((): T.Value => SetPacketsForChecking(T.setOf([]), i, T.apply($s.acceptedEpoch, i), toSend(), 1, T.len(toSend())))
                  DiscardAndBroadcastNEWLEADER_act($s, $n144, ($n146: T.Partial): void => {
                    const $n147 = T.bind($n146, V.proposalMsgsLog, T.union($s.proposalMsgsLog, set_forChecking()))
                    if ($n147 === null) return
                    $k135($n147)
                  }, i, j, m())
                }
              }
            }
          }
          or148: { // disjunct 2 of 2 (tla/specs/Zab.tla:709:27)
            if (!(!T.bool(AckeRecvBecomeQuorum($n133, i)))) break or148
            Discard_act($s, $n133, ($n149: T.Partial): void => {
              const $n150 = T.bindEach($n149, [[V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.zabState, $s.zabState], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader]])
              if ($n150 === null) return
              $k135($n150)
            }, j, i)
          }
        }
        or151: { // disjunct 1 of 2 (tla/specs/Zab.tla:676:27)
          if (!(T.eq(T.apply($s.zabState, i), DISCOVERY))) break or151
          const $n152 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n152 === null) break or151
          $k131($n152)
        }
        or153: { // disjunct 2 of 2 (tla/specs/Zab.tla:678:27)
          if (!(!T.eq(T.apply($s.zabState, i), DISCOVERY))) break or153
          if (!(T.printT(T.concat("Exception: AckeRecvQuorumFormed false,", " while zabState not DISCOVERY.")))) break or153
          const $n154 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at155) => true))
          if ($n154 === null) break or153
          $k131($n154)
        }
      }
    }
  }

  /** FollowerProcessNEWLEADER(i, j) as an action: tla/specs/Zab.tla, lines 718-753. */
  function FollowerProcessNEWLEADER_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingNEWLEADER($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const epochOk = T.once((): T.Value => T.eq(T.apply($s.acceptedEpoch, i), T.field(msg(), "mepoch")))
      const stateOk = T.once((): T.Value => T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))
      if (!(T.bool(infoOk()))) return
      const $k156 = ($n157: T.Partial): void => {
        const $n158 = T.bindEach($n157, [[V.acceptedEpoch, $s.acceptedEpoch], [V.lastCommitted, $s.lastCommitted], [V.sendCounter, $s.sendCounter], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader]])
        if ($n158 === null) return
        UpdateRecorder_act($s, $n158, ($n159: T.Partial): void => {
          $k($n159)
        }, T.tuple(["FollowerProcessNEWLEADER", i, j]))
      }
      or160: { // disjunct 1 of 2 (tla/specs/Zab.tla:727:21)
        if (!(!T.bool(epochOk()))) break or160
        FollowerShutdown_act($s, $n, ($n161: T.Partial): void => {
          {
            const leader = T.once((): T.Value => T.apply($s.connectInfo, i))
            Clean_act($s, $n161, ($n162: T.Partial): void => {
              RemoveLearner_act($s, $n162, ($n163: T.Partial): void => {
                const $n164 = T.bindEach($n163, [[V.violatedInvariants, $s.violatedInvariants], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history]])
                if ($n164 === null) return
                $k156($n164)
              }, leader(), i)
            }, i, leader())
          }
        }, i)
      }
      or165: { // disjunct 2 of 2 (tla/specs/Zab.tla:734:21)
        if (!(T.bool(epochOk()))) break or165
        const $k166 = ($n167: T.Partial): void => {
          const $n168 = T.bind($n167, V.currentEpoch, T.exceptPath($s.currentEpoch, [i], (_$at169) => T.apply($s.acceptedEpoch, i)))
          if ($n168 === null) return
          const $n170 = T.bind($n168, V.history, T.exceptPath($s.history, [i], (_$at171) => T.field(msg(), "mhistory")))
          if ($n170 === null) return
          {
            const m = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [ACKLD, LastZxidOfHistory(T.apply(T.primed($n170, V.history, "history"), i))]))
            Reply_act($s, $n170, ($n172: T.Partial): void => {
              const $n173 = T.bindEach($n172, [[V.connectInfo, $s.connectInfo], [V.state, $s.state], [V.zabState, $s.zabState], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv]])
              if ($n173 === null) return
              $k156($n173)
            }, i, j, m())
          }
        }
        or174: { // disjunct 1 of 2 (tla/specs/Zab.tla:735:27)
          if (!(T.bool(stateOk()))) break or174
          const $n175 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n175 === null) break or174
          $k166($n175)
        }
        or176: { // disjunct 2 of 2 (tla/specs/Zab.tla:737:27)
          if (!(!T.bool(stateOk()))) break or176
          if (!(T.printT(T.concat("Exception: Follower receives NEWLEADER,", " whileZabState not SYNCHRONIZATION.")))) break or176
          const $n177 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at178) => true))
          if ($n177 === null) break or176
          $k166($n177)
        }
      }
    }
  }

  /** LeaderProcessACKLD(i, j) as an action: tla/specs/Zab.tla, lines 787-836. */
  function LeaderProcessACKLD_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACKLD($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
      if (!(T.bool(infoOk()))) return
      const $k179 = ($n180: T.Partial): void => {
        const $n181 = T.bindEach($n180, [[V.state, $s.state], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.sendCounter, $s.sendCounter], [V.connectInfo, $s.connectInfo], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader]])
        if ($n181 === null) return
        UpdateRecorder_act($s, $n181, ($n182: T.Partial): void => {
          $k($n182)
        }, T.tuple(["LeaderProcessACKLD", i, j]))
      }
      or183: { // disjunct 1 of 2 (tla/specs/Zab.tla:794:21)
        if (!(!T.bool(AckldRecvQuorumFormed($s, i)))) break or183
        const $k184 = ($n185: T.Partial): void => {
          const $n186 = T.bind($n185, V.ackldRecv, T.exceptPath($s.ackldRecv, [i], ($at187) => UpdateAckldRecv($at187, j)))
          if ($n186 === null) return
          const $n188 = T.bind($n186, V.history, T.exceptPath($s.history, [i], ($at189) => UpdateAcksid($at189, j, T.field(msg(), "mzxid"))))
          if ($n188 === null) return
          const $k190 = ($n191: T.Partial): void => {
            $k179($n191)
          }
          or192: { // disjunct 1 of 2 (tla/specs/Zab.tla:806:27)
            if (!(T.bool(AckldRecvBecomeQuorum($n188, i)))) break or192
            const $n193 = T.bind($n188, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at194) => T.sortedRecord(["index", "zxid"], [T.len(T.apply($s.history, i)), LastZxid($s, i)])))
            if ($n193 === null) break or192
            const $n195 = T.bind($n193, V.zabState, T.exceptPath($s.zabState, [i], (_$at196) => BROADCAST))
            if ($n195 === null) break or192
            {
              const m = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [COMMITLD, LastZxid($s, i)]))
              DiscardAndBroadcastCOMMITLD_act($s, $n195, ($n197: T.Partial): void => {
                $k190($n197)
              }, i, j, m())
            }
          }
          or198: { // disjunct 2 of 2 (tla/specs/Zab.tla:815:27)
            if (!(!T.bool(AckldRecvBecomeQuorum($n188, i)))) break or198
            Discard_act($s, $n188, ($n199: T.Partial): void => {
              const $n200 = T.bindEach($n199, [[V.zabState, $s.zabState], [V.lastCommitted, $s.lastCommitted]])
              if ($n200 === null) return
              $k190($n200)
            }, j, i)
          }
        }
        or201: { // disjunct 1 of 2 (tla/specs/Zab.tla:795:27)
          if (!(T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))) break or201
          const $n202 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n202 === null) break or201
          $k184($n202)
        }
        or203: { // disjunct 2 of 2 (tla/specs/Zab.tla:797:27)
          if (!(!T.eq(T.apply($s.zabState, i), SYNCHRONIZATION))) break or203
          if (!(T.printT(T.concat("Exception: AckldRecvQuorumFormed false,", " while zabState not SYNCHRONIZATION.")))) break or203
          const $n204 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at205) => true))
          if ($n204 === null) break or203
          $k184($n204)
        }
      }
      or206: { // disjunct 2 of 2 (tla/specs/Zab.tla:819:21)
        if (!(T.bool(AckldRecvQuorumFormed($s, i)))) break or206
        const $k207 = ($n208: T.Partial): void => {
          const $n209 = T.bind($n208, V.ackldRecv, T.exceptPath($s.ackldRecv, [i], ($at210) => UpdateAckldRecv($at210, j)))
          if ($n209 === null) return
          const $n211 = T.bind($n209, V.history, T.exceptPath($s.history, [i], ($at212) => UpdateAcksid($at212, j, T.field(msg(), "mzxid"))))
          if ($n211 === null) return
          Reply_act($s, $n211, ($n213: T.Partial): void => {
            const $n214 = T.bindEach($n213, [[V.zabState, $s.zabState], [V.lastCommitted, $s.lastCommitted]])
            if ($n214 === null) return
            $k179($n214)
          }, i, j, T.sortedRecord(["mtype", "mzxid"], [COMMITLD, T.field(T.apply($s.lastCommitted, i), "zxid")]))
        }
        or215: { // disjunct 1 of 2 (tla/specs/Zab.tla:820:27)
          if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) break or215
          const $n216 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n216 === null) break or215
          $k207($n216)
        }
        or217: { // disjunct 2 of 2 (tla/specs/Zab.tla:822:27)
          if (!(!T.eq(T.apply($s.zabState, i), BROADCAST))) break or217
          if (!(T.printT(T.concat("Exception: AckldRecvQuorumFormed true,", " while zabState not BROADCAST.")))) break or217
          const $n218 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["stateInconsistent"], (_$at219) => true))
          if ($n218 === null) break or217
          $k207($n218)
        }
      }
    }
  }

  /** FollowerProcessCOMMITLD(i, j) as an action: tla/specs/Zab.tla, lines 855-877. */
  function FollowerProcessCOMMITLD_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingCOMMITLD($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const index = T.once((): T.Value => (T.bool(ZxidEqual(T.field(msg(), "mzxid"), T.tuple([0, 0]))) ? 0 : ZxidToIndex(T.apply($s.history, i), T.field(msg(), "mzxid"))))
      const logOk = T.once((): T.Value => ((T.int(index()) >= 0) && (T.int(index()) <= T.len(T.apply($s.history, i)))))
      if (!(T.bool(infoOk()))) return
      const $k220 = ($n221: T.Partial): void => {
        const $n222 = T.bind($n221, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at223) => T.sortedRecord(["index", "zxid"], [index(), T.field(msg(), "mzxid")])))
        if ($n222 === null) return
        const $n224 = T.bind($n222, V.zabState, T.exceptPath($s.zabState, [i], (_$at225) => BROADCAST))
        if ($n224 === null) return
        Discard_act($s, $n224, ($n226: T.Partial): void => {
          const $n227 = T.bindEach($n226, [[V.state, $s.state], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.sendCounter, $s.sendCounter], [V.connectInfo, $s.connectInfo], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader]])
          if ($n227 === null) return
          UpdateRecorder_act($s, $n227, ($n228: T.Partial): void => {
            $k($n228)
          }, T.tuple(["FollowerProcessCOMMITLD", i, j]))
        }, j, i)
      }
      or229: { // disjunct 1 of 2 (tla/specs/Zab.tla:864:21)
        if (!(T.bool(logOk()))) break or229
        const $n230 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
        if ($n230 === null) break or229
        $k220($n230)
      }
      or231: { // disjunct 2 of 2 (tla/specs/Zab.tla:866:21)
        if (!(!T.bool(logOk()))) break or231
        if (!(T.printT("Exception: zxid in COMMITLD not exists in history."))) break or231
        const $n232 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["proposalInconsistent"], (_$at233) => true))
        if ($n232 === null) break or231
        $k220($n232)
      }
    }
  }

  /** LeaderProcessRequest(i) as an action: tla/specs/Zab.tla, lines 886-901. */
  function LeaderProcessRequest_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    if (!(T.bool(CheckTransactionNum($s)))) return
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.eq(T.apply($s.zabState, i), BROADCAST))) return
    {
      const request_value = T.once((): T.Value => GetRecorder($s, "nClientRequest"))
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.setOf([i]), T.apply($s.currentEpoch, i), request_value(), IncZxid($s, i, LastZxid($s, i))]))
      const $n234 = T.bind($n, V.history, T.exceptPath($s.history, [i], ($at235) => T.append($at235, newTxn())))
      if ($n234 === null) return
      const $n236 = T.bindEach($n234, [[V.state, $s.state], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.lastCommitted, $s.lastCommitted], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.sendCounter, $s.sendCounter], [V.connectInfo, $s.connectInfo], [V.leaderOracle, $s.leaderOracle], [V.msgs, $s.msgs], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants]])
      if ($n236 === null) return
      UpdateRecorder_act($s, $n236, ($n237: T.Partial): void => {
        $k($n237)
      }, T.tuple(["LeaderProcessRequest", i]))
    }
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
      const $n238 = T.bind($n, V.sendCounter, T.exceptPath($s.sendCounter, [i], (_$at239) => toSendCounter()))
      if ($n238 === null) return
      Broadcast_act($s, $n238, ($n240: T.Partial): void => {
        const $n241 = T.bind($n240, V.proposalMsgsLog, T.union($s.proposalMsgsLog, T.setOf([m_proposal_forChecking()])))
        if ($n241 === null) return
        const $n242 = T.bindEach($n241, [[V.state, $s.state], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.connectInfo, $s.connectInfo], [V.leaderOracle, $s.leaderOracle], [V.epochLeader, $s.epochLeader], [V.violatedInvariants, $s.violatedInvariants]])
        if ($n242 === null) return
        UpdateRecorder_act($s, $n242, ($n243: T.Partial): void => {
          $k($n243)
        }, T.tuple(["LeaderBroadcastPROPOSE", i]))
      }, i, m_proposal())
    }
  }

  /** FollowerProcessPROPOSE(i, j) as an action: tla/specs/Zab.tla, lines 937-970. */
  function FollowerProcessPROPOSE_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingPROPOSE($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const isNext = T.once((): T.Value => IsNextZxid(LastZxid($s, i), T.field(msg(), "mzxid")))
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.setOf([]), T.apply($s.currentEpoch, i), T.field(msg(), "mdata"), T.field(msg(), "mzxid")]))
      const m_ack = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [ACK, T.field(msg(), "mzxid")]))
      if (!(T.bool(infoOk()))) return
      const $k244 = ($n245: T.Partial): void => {
        const $n246 = T.bindEach($n245, [[V.state, $s.state], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.lastCommitted, $s.lastCommitted], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.sendCounter, $s.sendCounter], [V.connectInfo, $s.connectInfo], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader]])
        if ($n246 === null) return
        UpdateRecorder_act($s, $n246, ($n247: T.Partial): void => {
          $k($n247)
        }, T.tuple(["FollowerProcessPROPOSE", i, j]))
      }
      or248: { // disjunct 1 of 2 (tla/specs/Zab.tla:950:21)
        IsNextZxid_act($s, $n, ($n249: T.Partial): void => {
          const $n250 = T.bind($n249, V.history, T.exceptPath($s.history, [i], ($at251) => T.append($at251, newTxn())))
          if ($n250 === null) return
          Reply_act($s, $n250, ($n252: T.Partial): void => {
            const $n253 = T.bindEach($n252, [[V.violatedInvariants, $s.violatedInvariants]])
            if ($n253 === null) return
            $k244($n253)
          }, i, j, m_ack())
        }, LastZxid($s, i), T.field(msg(), "mzxid"))
      }
      or254: { // disjunct 2 of 2 (tla/specs/Zab.tla:954:21)
        if (!(!T.bool(isNext()))) break or254
        {
          const index = T.once((): T.Value => ZxidToIndex(T.apply($s.history, i), T.field(msg(), "mzxid")))
          const exist = T.once((): T.Value => ((T.int(index()) > 0) && (T.int(index()) <= T.len(T.apply($s.history, i)))))
          const $k255 = ($n256: T.Partial): void => {
            Discard_act($s, $n256, ($n257: T.Partial): void => {
              const $n258 = T.bindEach($n257, [[V.history, $s.history]])
              if ($n258 === null) return
              $k244($n258)
            }, j, i)
          }
          or259: { // disjunct 1 of 2 (tla/specs/Zab.tla:957:30)
            if (!(T.bool(exist()))) break or259
            const $n260 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
            if ($n260 === null) break or259
            $k255($n260)
          }
          or261: { // disjunct 2 of 2 (tla/specs/Zab.tla:959:30)
            if (!(!T.bool(exist()))) break or261
            if (!(T.printT(T.concat("Exception: Follower receives PROPOSE, while", " txn is neither the next nor exists in history.")))) break or261
            const $n262 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["proposalInconsistent"], (_$at263) => true))
            if ($n262 === null) break or261
            $k255($n262)
          }
        }
      }
    }
  }

  /** LeaderProcessACK(i, j) as an action: tla/specs/Zab.tla, lines 1005-1049. */
  function LeaderProcessACK_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsLeader($s, i)))) return
    if (!(T.bool(PendingACK($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
      const index = T.once((): T.Value => ZxidToIndex(T.apply($s.history, i), T.field(msg(), "mzxid")))
      const exist = T.once((): T.Value => ((T.int(index()) >= 1) && (T.int(index()) <= T.len(T.apply($s.history, i)))))
      const outstanding = T.once((): T.Value => (T.int(T.field(T.apply($s.lastCommitted, i), "index")) < T.len(T.apply($s.history, i))))
      const hasCommitted = T.once((): T.Value => !T.bool(ZxidCompare(T.field(msg(), "mzxid"), T.field(T.apply($s.lastCommitted, i), "zxid"))))
      const ackIndex = T.once((): T.Value => LastAckIndexFromFollower($s, i, j))
      const monotonicallyInc = T.once((): T.Value => (T.eq(ackIndex(), -1) || T.eq((T.int(ackIndex()) + 1), index())))
      if (!(T.bool(infoOk()))) return
      const $k264 = ($n265: T.Partial): void => {
        const $n266 = T.bindEach($n265, [[V.state, $s.state], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.sendCounter, $s.sendCounter], [V.connectInfo, $s.connectInfo], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader]])
        if ($n266 === null) return
        UpdateRecorder_act($s, $n266, ($n267: T.Partial): void => {
          $k($n267)
        }, T.tuple(["LeaderProcessACK", i, j]))
      }
      or268: { // disjunct 1 of 2 (tla/specs/Zab.tla:1018:21)
        if (!(T.bool(exist()))) break or268
        const $k269 = ($n270: T.Partial): void => {
          {
            const txn = T.once((): T.Value => T.apply(T.apply($s.history, i), index()))
            const txnAfterAddAck = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.union(T.field(txn(), "ackSid"), T.setOf([j])), T.field(txn(), "epoch"), T.field(txn(), "value"), T.field(txn(), "zxid")]))
            const $n271 = T.bind($n270, V.history, T.exceptPath($s.history, [i, index()], (_$at272) => txnAfterAddAck()))
            if ($n271 === null) return
            const $k273 = ($n274: T.Partial): void => {
              $k264($n274)
            }
            or275: { // disjunct 1 of 2 (tla/specs/Zab.tla:1027:30)
              const $k276 = ($n277: T.Partial): void => {
                Discard_act($s, $n277, ($n278: T.Partial): void => {
                  const $n279 = T.bindEach($n278, [[V.violatedInvariants, $s.violatedInvariants], [V.lastCommitted, $s.lastCommitted]])
                  if ($n279 === null) return
                  $k273($n279)
                }, j, i)
              }
              or280: { // disjunct 1 of 2 (tla/specs/Zab.tla:1029:36)
                if (!(!T.bool(outstanding()))) break or280
                $k276($n271)
              }
              or281: { // disjunct 2 of 2 (tla/specs/Zab.tla:1030:36)
                if (!(T.bool(hasCommitted()))) break or281
                $k276($n271)
              }
            }
            or282: { // disjunct 2 of 2 (tla/specs/Zab.tla:1033:30)
              if (!(T.bool(outstanding()))) break or282
              if (!(!T.bool(hasCommitted()))) break or282
              LeaderTryToCommit_act($s, $n271, ($n283: T.Partial): void => {
                $k273($n283)
              }, i, index(), T.field(msg(), "mzxid"), txnAfterAddAck(), j)
            }
          }
        }
        or284: { // disjunct 1 of 2 (tla/specs/Zab.tla:1015:39)
          if (!(T.eq(ackIndex(), -1))) break or284
          $k269($n)
        }
        or285: { // disjunct 2 of 2 (tla/specs/Zab.tla:1016:39)
          if (!(T.eq((T.int(ackIndex()) + 1), index()))) break or285
          $k269($n)
        }
      }
      or286: { // disjunct 2 of 2 (tla/specs/Zab.tla:1036:21)
        const $k287 = ($n288: T.Partial): void => {
          if (!(T.printT(T.concat("Exception: No such zxid. ", " / ackIndex doesn't inc monotonically.")))) return
          const $n289 = T.bind($n288, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["ackInconsistent"], (_$at290) => true))
          if ($n289 === null) return
          Discard_act($s, $n289, ($n291: T.Partial): void => {
            const $n292 = T.bindEach($n291, [[V.history, $s.history], [V.lastCommitted, $s.lastCommitted]])
            if ($n292 === null) return
            $k264($n292)
          }, j, i)
        }
        or293: { // disjunct 1 of 2 (tla/specs/Zab.tla:1036:27)
          if (!(!T.bool(exist()))) break or293
          $k287($n)
        }
        or294: { // disjunct 2 of 2 (tla/specs/Zab.tla:1037:27)
          if (!(!T.bool(monotonicallyInc()))) break or294
          $k287($n)
        }
      }
    }
  }

  /** FollowerProcessCOMMIT(i, j) as an action: tla/specs/Zab.tla, lines 1049-1078. */
  function FollowerProcessCOMMIT_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    if (!(T.bool(IsFollower($s, i)))) return
    if (!(T.bool(PendingCOMMIT($s, i, j)))) return
    {
      const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
      const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
      const pending = T.once((): T.Value => (T.int(T.field(T.apply($s.lastCommitted, i), "index")) < T.len(T.apply($s.history, i))))
      if (!(T.bool(infoOk()))) return
      const $k295 = ($n296: T.Partial): void => {
        Discard_act($s, $n296, ($n297: T.Partial): void => {
          const $n298 = T.bindEach($n297, [[V.state, $s.state], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.sendCounter, $s.sendCounter], [V.connectInfo, $s.connectInfo], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader]])
          if ($n298 === null) return
          UpdateRecorder_act($s, $n298, ($n299: T.Partial): void => {
            $k($n299)
          }, T.tuple(["FollowerProcessCOMMIT", i, j]))
        }, j, i)
      }
      or300: { // disjunct 1 of 2 (tla/specs/Zab.tla:1056:21)
        if (!(!T.bool(pending()))) break or300
        if (!(T.printT("Warn: Committing zxid without seeing txn."))) break or300
        const $n301 = T.bindEach($n, [[V.lastCommitted, $s.lastCommitted], [V.violatedInvariants, $s.violatedInvariants]])
        if ($n301 === null) break or300
        $k295($n301)
      }
      or302: { // disjunct 2 of 2 (tla/specs/Zab.tla:1059:21)
        if (!(T.bool(pending()))) break or302
        {
          const firstElement = T.once((): T.Value => T.apply(T.apply($s.history, i), (T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1)))
          const match = T.once((): T.Value => ZxidEqual(T.field(firstElement(), "zxid"), T.field(msg(), "mzxid")))
          const $k303 = ($n304: T.Partial): void => {
            $k295($n304)
          }
          or305: { // disjunct 1 of 2 (tla/specs/Zab.tla:1063:27)
            if (!(!T.bool(match()))) break or305
            if (!(T.printT(T.concat("Exception: Committing zxid not equals", " next pending txn zxid.")))) break or305
            const $n306 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at307) => true))
            if ($n306 === null) break or305
            const $n308 = T.bindEach($n306, [[V.lastCommitted, $s.lastCommitted]])
            if ($n308 === null) break or305
            $k303($n308)
          }
          or309: { // disjunct 2 of 2 (tla/specs/Zab.tla:1069:27)
            if (!(T.bool(match()))) break or309
            const $n310 = T.bind($n, V.lastCommitted, T.exceptPath($s.lastCommitted, [i], (_$at311) => T.sortedRecord(["index", "zxid"], [(T.int(T.field(T.apply($s.lastCommitted, i), "index")) + 1), T.field(firstElement(), "zxid")])))
            if ($n310 === null) break or309
            const $n312 = T.bindEach($n310, [[V.violatedInvariants, $s.violatedInvariants]])
            if ($n312 === null) break or309
            $k303($n312)
          }
        }
      }
    }
  }

  /** FilterNonexistentMessage(i) as an action: tla/specs/Zab.tla, lines 1081-1117. */
  function FilterNonexistentMessage_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $k313 = ($n314: T.Partial): void => {
      const $n315 = T.bind($n314, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["messageIllegal"], (_$at316) => true))
      if ($n315 === null) return
      const $n317 = T.bindEach($n315, [[V.state, $s.state], [V.zabState, $s.zabState], [V.acceptedEpoch, $s.acceptedEpoch], [V.currentEpoch, $s.currentEpoch], [V.history, $s.history], [V.lastCommitted, $s.lastCommitted], [V.learners, $s.learners], [V.cepochRecv, $s.cepochRecv], [V.ackeRecv, $s.ackeRecv], [V.ackldRecv, $s.ackldRecv], [V.sendCounter, $s.sendCounter], [V.connectInfo, $s.connectInfo], [V.leaderOracle, $s.leaderOracle], [V.proposalMsgsLog, $s.proposalMsgsLog], [V.epochLeader, $s.epochLeader]])
      if ($n317 === null) return
      UnchangeRecorder_act($s, $n317, ($n318: T.Partial): void => {
        $k($n318)
      })
    }
    for (const j of T.elems(T.minus(Server, T.setOf([i])))) {
      if (!(!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])))) continue
      {
        const msg = T.once((): T.Value => T.apply(T.apply(T.apply($s.msgs, j), i), 1))
        const $k319 = ($n320: T.Partial): void => {
          Discard_act($s, $n320, ($n321: T.Partial): void => {
            $k313($n321)
          }, j, i)
        }
        or322: { // disjunct 1 of 3 (tla/specs/Zab.tla:1085:44)
          if (!(T.bool(IsLeader($s, i)))) break or322
          {
            const infoOk = T.once((): T.Value => IsMyLearner($s, i, j))
            const $k323 = ($n324: T.Partial): void => {
              $k319($n324)
            }
            or325: { // disjunct 1 of 6 (tla/specs/Zab.tla:1088:50)
              if (!(T.eq(T.field(msg(), "mtype"), NEWEPOCH))) break or325
              $k323($n)
            }
            or326: { // disjunct 2 of 6 (tla/specs/Zab.tla:1089:50)
              if (!(T.eq(T.field(msg(), "mtype"), NEWLEADER))) break or326
              $k323($n)
            }
            or327: { // disjunct 3 of 6 (tla/specs/Zab.tla:1090:50)
              if (!(T.eq(T.field(msg(), "mtype"), COMMITLD))) break or327
              $k323($n)
            }
            or328: { // disjunct 4 of 6 (tla/specs/Zab.tla:1091:50)
              if (!(T.eq(T.field(msg(), "mtype"), PROPOSE))) break or328
              $k323($n)
            }
            or329: { // disjunct 5 of 6 (tla/specs/Zab.tla:1092:50)
              if (!(T.eq(T.field(msg(), "mtype"), COMMIT))) break or329
              $k323($n)
            }
            or330: { // disjunct 6 of 6 (tla/specs/Zab.tla:1093:50)
              if (!(!T.bool(infoOk()))) break or330
              const $k331 = ($n332: T.Partial): void => {
                $k323($n332)
              }
              or333: { // disjunct 1 of 4 (tla/specs/Zab.tla:1094:56)
                if (!(T.eq(T.field(msg(), "mtype"), CEPOCH))) break or333
                $k331($n)
              }
              or334: { // disjunct 2 of 4 (tla/specs/Zab.tla:1095:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACKEPOCH))) break or334
                $k331($n)
              }
              or335: { // disjunct 3 of 4 (tla/specs/Zab.tla:1096:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACKLD))) break or335
                $k331($n)
              }
              or336: { // disjunct 4 of 4 (tla/specs/Zab.tla:1097:56)
                if (!(T.eq(T.field(msg(), "mtype"), ACK))) break or336
                $k331($n)
              }
            }
          }
        }
        or337: { // disjunct 2 of 3 (tla/specs/Zab.tla:1098:44)
          if (!(T.bool(IsFollower($s, i)))) break or337
          {
            const infoOk = T.once((): T.Value => IsMyLeader($s, i, j))
            const $k338 = ($n339: T.Partial): void => {
              $k319($n339)
            }
            or340: { // disjunct 1 of 5 (tla/specs/Zab.tla:1101:50)
              if (!(T.eq(T.field(msg(), "mtype"), CEPOCH))) break or340
              $k338($n)
            }
            or341: { // disjunct 2 of 5 (tla/specs/Zab.tla:1102:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACKEPOCH))) break or341
              $k338($n)
            }
            or342: { // disjunct 3 of 5 (tla/specs/Zab.tla:1103:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACKLD))) break or342
              $k338($n)
            }
            or343: { // disjunct 4 of 5 (tla/specs/Zab.tla:1104:50)
              if (!(T.eq(T.field(msg(), "mtype"), ACK))) break or343
              $k338($n)
            }
            or344: { // disjunct 5 of 5 (tla/specs/Zab.tla:1105:50)
              if (!(!T.bool(infoOk()))) break or344
              const $k345 = ($n346: T.Partial): void => {
                $k338($n346)
              }
              or347: { // disjunct 1 of 5 (tla/specs/Zab.tla:1106:56)
                if (!(T.eq(T.field(msg(), "mtype"), NEWEPOCH))) break or347
                $k345($n)
              }
              or348: { // disjunct 2 of 5 (tla/specs/Zab.tla:1107:56)
                if (!(T.eq(T.field(msg(), "mtype"), NEWLEADER))) break or348
                $k345($n)
              }
              or349: { // disjunct 3 of 5 (tla/specs/Zab.tla:1108:56)
                if (!(T.eq(T.field(msg(), "mtype"), COMMITLD))) break or349
                $k345($n)
              }
              or350: { // disjunct 4 of 5 (tla/specs/Zab.tla:1109:56)
                if (!(T.eq(T.field(msg(), "mtype"), PROPOSE))) break or350
                $k345($n)
              }
              or351: { // disjunct 5 of 5 (tla/specs/Zab.tla:1110:56)
                if (!(T.eq(T.field(msg(), "mtype"), COMMIT))) break or351
                $k345($n)
              }
            }
          }
        }
        or352: { // disjunct 3 of 3 (tla/specs/Zab.tla:1111:44)
          if (!(T.bool(IsLooking($s, i)))) break or352
          $k319($n)
        }
      }
    }
  }

  /** InitServerVars as part of Init: tla/specs/Zab.tla, lines 285-293. */
  function InitServerVars_init($n: T.Partial, $k: Continue): void {
    const $n353 = T.bind($n, V.state, T.fnOver(Server, (_s) => LOOKING))
    if ($n353 === null) return
    const $n354 = T.bind($n353, V.zabState, T.fnOver(Server, (_s) => ELECTION))
    if ($n354 === null) return
    const $n355 = T.bind($n354, V.acceptedEpoch, T.fnOver(Server, (_s) => 0))
    if ($n355 === null) return
    const $n356 = T.bind($n355, V.currentEpoch, T.fnOver(Server, (_s) => 0))
    if ($n356 === null) return
    const $n357 = T.bind($n356, V.history, T.fnOver(Server, (_s) => T.tuple([])))
    if ($n357 === null) return
    const $n358 = T.bind($n357, V.lastCommitted, T.fnOver(Server, (_s) => T.sortedRecord(["index", "zxid"], [0, T.tuple([0, 0])])))
    if ($n358 === null) return
    $k($n358)
  }

  /** InitLeaderVars as part of Init: tla/specs/Zab.tla, lines 293-299. */
  function InitLeaderVars_init($n: T.Partial, $k: Continue): void {
    const $n359 = T.bind($n, V.learners, T.fnOver(Server, (_s) => T.setOf([])))
    if ($n359 === null) return
    const $n360 = T.bind($n359, V.cepochRecv, T.fnOver(Server, (_s) => T.setOf([])))
    if ($n360 === null) return
    const $n361 = T.bind($n360, V.ackeRecv, T.fnOver(Server, (_s) => T.setOf([])))
    if ($n361 === null) return
    const $n362 = T.bind($n361, V.ackldRecv, T.fnOver(Server, (_s) => T.setOf([])))
    if ($n362 === null) return
    const $n363 = T.bind($n362, V.sendCounter, T.fnOver(Server, (_s) => 0))
    if ($n363 === null) return
    $k($n363)
  }

  /** InitFollowerVars as part of Init: tla/specs/Zab.tla, line 299. */
  function InitFollowerVars_init($n: T.Partial, $k: Continue): void {
    const $n364 = T.bind($n, V.connectInfo, T.fnOver(Server, (_s) => NullPoint))
    if ($n364 === null) return
    $k($n364)
  }

  /** InitElectionVars as part of Init: tla/specs/Zab.tla, line 301. */
  function InitElectionVars_init($n: T.Partial, $k: Continue): void {
    const $n365 = T.bind($n, V.leaderOracle, NullPoint)
    if ($n365 === null) return
    $k($n365)
  }

  /** InitVerifyVars as part of Init: tla/specs/Zab.tla, lines 305-313. */
  function InitVerifyVars_init($n: T.Partial, $k: Continue): void {
    const $n366 = T.bind($n, V.proposalMsgsLog, T.setOf([]))
    if ($n366 === null) return
    const $n367 = T.bind($n366, V.epochLeader, T.fnOver(T.range(1, MAXEPOCH()), (_i) => T.setOf([])))
    if ($n367 === null) return
    const $n368 = T.bind($n367, V.violatedInvariants, T.sortedRecord(["ackInconsistent", "commitInconsistent", "messageIllegal", "proposalInconsistent", "stateInconsistent"], [false, false, false, false, false]))
    if ($n368 === null) return
    $k($n368)
  }

  /** InitMsgVars as part of Init: tla/specs/Zab.tla, line 303. */
  function InitMsgVars_init($n: T.Partial, $k: Continue): void {
    const $n369 = T.bind($n, V.msgs, T.fnOver(Server, (_s) => T.fnOver(Server, (_v) => T.tuple([]))))
    if ($n369 === null) return
    $k($n369)
  }

  /** InitRecorder as part of Init: tla/specs/Zab.tla, lines 313-318. */
  function InitRecorder_init($n: T.Partial, $k: Continue): void {
    const $n370 = T.bind($n, V.recorder, T.sortedRecord(["maxEpoch", "nClientRequest", "nRestart", "nTimeout", "nTransaction", "pc"], [0, 0, 0, 0, 0, T.tuple(["Init"])]))
    if ($n370 === null) return
    $k($n370)
  }

  /** IsLeader(s): tla/specs/Zab.tla, line 115. */
  function IsLeader($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), LEADING)
  }

  /** MAXEPOCH: tla/specs/Zab.tla, line 35. */
  const MAXEPOCH = T.once((): T.Value => 10)

  /** TxnEqual(txn1, txn2): tla/specs/Zab.tla, lines 136-139. */
  function TxnEqual(txn1: T.Value, txn2: T.Value): boolean {
    return (T.bool(ZxidEqual(T.field(txn1, "zxid"), T.field(txn2, "zxid"))) && T.eq(T.field(txn1, "value"), T.field(txn2, "value")))
  }

  /** Minimum(S): tla/specs/Zab.tla, lines 111-112. */
  function Minimum(S: T.Value): T.Value {
    return (T.eq(S, T.setOf([])) ? -1 : T.choose(S, (n) => T.elems(S).every((m) => (T.int(n) <= T.int(m))), "tla/specs/Zab.tla:112:30"))
  }

  /** IsFollower(s): tla/specs/Zab.tla, line 116. */
  function IsFollower($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), FOLLOWING)
  }

  /** ZxidCompare(zxid1, zxid2): tla/specs/Zab.tla, lines 128-132. */
  function ZxidCompare(zxid1: T.Value, zxid2: T.Value): boolean {
    return ((T.int(T.apply(zxid1, 1)) > T.int(T.apply(zxid2, 1))) || (T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && (T.int(T.apply(zxid1, 2)) > T.int(T.apply(zxid2, 2)))))
  }

  /** EpochPrecedeInTxn(txn1, txn2): tla/specs/Zab.tla, line 139. */
  function EpochPrecedeInTxn(txn1: T.Value, txn2: T.Value): boolean {
    return (T.int(T.apply(T.field(txn1, "zxid"), 1)) < T.int(T.apply(T.field(txn2, "zxid"), 1)))
  }

  /** IsMyLearner(i, j): tla/specs/Zab.tla, line 122. */
  function IsMyLearner($s: State, i: T.Value, j: T.Value): boolean {
    return T.isIn(j, T.apply($s.learners, i))
  }

  /** IsMyLeader(i, j): tla/specs/Zab.tla, line 123. */
  function IsMyLeader($s: State, i: T.Value, j: T.Value): boolean {
    return T.eq(T.apply($s.connectInfo, i), j)
  }

  /** IsLooking(s): tla/specs/Zab.tla, line 117. */
  function IsLooking($s: State, s: T.Value): boolean {
    return T.eq(T.apply($s.state, s), LOOKING)
  }

  /** SwitchToLeader(i) as an action: tla/specs/Zab.tla, lines 346-361. */
  function SwitchToLeader_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n371 = T.bind($n, V.state, T.exceptPath($s.state, [i], (_$at372) => LEADING))
    if ($n371 === null) return
    const $n373 = T.bind($n371, V.zabState, T.exceptPath($s.zabState, [i], (_$at374) => DISCOVERY))
    if ($n373 === null) return
    const $n375 = T.bind($n373, V.learners, T.exceptPath($s.learners, [i], (_$at376) => T.setOf([i])))
    if ($n375 === null) return
    const $n377 = T.bind($n375, V.cepochRecv, T.exceptPath($s.cepochRecv, [i], (_$at378) => T.setOf([T.sortedRecord(["connected", "epoch", "sid"], [true, T.apply($s.acceptedEpoch, i), i])])))
    if ($n377 === null) return
    const $n379 = T.bind($n377, V.ackeRecv, T.exceptPath($s.ackeRecv, [i], (_$at380) => T.setOf([T.sortedRecord(["connected", "peerHistory", "peerLastEpoch", "sid"], [true, T.apply($s.history, i), T.apply($s.currentEpoch, i), i])])))
    if ($n379 === null) return
    const $n381 = T.bind($n379, V.ackldRecv, T.exceptPath($s.ackldRecv, [i], (_$at382) => T.setOf([T.sortedRecord(["connected", "sid"], [true, i])])))
    if ($n381 === null) return
    const $n383 = T.bind($n381, V.sendCounter, T.exceptPath($s.sendCounter, [i], (_$at384) => 0))
    if ($n383 === null) return
    $k($n383)
  }

  /** UpdateRecorder(pc) as an action: tla/specs/Zab.tla, lines 175-177. */
  function UpdateRecorder_act($s: State, $n: T.Partial, $k: Continue, pc: T.Value): void {
    const $n385 = T.bind($n, V.recorder, T.atAt(T.atAt(T.atAt(T.atAt(T.atAt(RecorderSetFailure($s, pc), RecorderSetTransactionNum($s, $n, pc)), RecorderSetMaxEpoch($s, $n, pc)), RecorderSetPc(pc)), RecorderSetRequests($s, pc)), $s.recorder))
    if ($n385 === null) return
    $k($n385)
  }

  /** SwitchToFollower(i) as an action: tla/specs/Zab.tla, lines 342-346. */
  function SwitchToFollower_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n386 = T.bind($n, V.state, T.exceptPath($s.state, [i], (_$at387) => FOLLOWING))
    if ($n386 === null) return
    const $n388 = T.bind($n386, V.zabState, T.exceptPath($s.zabState, [i], (_$at389) => DISCOVERY))
    if ($n388 === null) return
    $k($n388)
  }

  /** CheckTimeout: tla/specs/Zab.tla, line 185. */
  function CheckTimeout($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "nTimeout"), "MaxTimeoutFailures")
  }

  /** IsQuorum(s): tla/specs/Zab.tla, line 120. */
  function IsQuorum(s: T.Value): boolean {
    return T.isIn(s, Quorums())
  }

  /** RemoveLearner(i, j) as an action: tla/specs/Zab.tla, lines 388-393. */
  function RemoveLearner_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n390 = T.bind($n, V.learners, T.exceptPath($s.learners, [i], ($at391) => T.minus($at391, T.setOf([j]))))
    if ($n390 === null) return
    const $n392 = T.bind($n390, V.cepochRecv, T.exceptPath($s.cepochRecv, [i], ($at393) => RemoveCepochRecv($at393, j)))
    if ($n392 === null) return
    const $n394 = T.bind($n392, V.ackeRecv, T.exceptPath($s.ackeRecv, [i], ($at395) => RemoveAckeRecv($at395, j)))
    if ($n394 === null) return
    const $n396 = T.bind($n394, V.ackldRecv, T.exceptPath($s.ackldRecv, [i], ($at397) => RemoveAckldRecv($at397, j)))
    if ($n396 === null) return
    $k($n396)
  }

  /** FollowerShutdown(i) as an action: tla/specs/Zab.tla, lines 329-334. */
  function FollowerShutdown_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    const $n398 = T.bind($n, V.state, T.exceptPath($s.state, [i], (_$at399) => LOOKING))
    if ($n398 === null) return
    const $n400 = T.bind($n398, V.zabState, T.exceptPath($s.zabState, [i], (_$at401) => ELECTION))
    if ($n400 === null) return
    const $n402 = T.bind($n400, V.connectInfo, T.exceptPath($s.connectInfo, [i], (_$at403) => NullPoint))
    if ($n402 === null) return
    $k($n402)
  }

  /** Clean(i, j) as an action: tla/specs/Zab.tla, line 221. */
  function Clean_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n404 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at405) => T.tuple([])), [i, j], (_$at406) => T.tuple([])))
    if ($n404 === null) return
    $k($n404)
  }

  /** LeaderShutdown(i) as an action: tla/specs/Zab.tla, lines 334-342. */
  function LeaderShutdown_act($s: State, $n: T.Partial, $k: Continue, i: T.Value): void {
    {
      const S = T.once((): T.Value => T.apply($s.learners, i))
      const $n407 = T.bind($n, V.state, T.fnOver(Server, (s) => (T.isIn(s, S()) ? LOOKING : T.apply($s.state, s))))
      if ($n407 === null) return
      const $n408 = T.bind($n407, V.zabState, T.fnOver(Server, (s) => (T.isIn(s, S()) ? ELECTION : T.apply($s.zabState, s))))
      if ($n408 === null) return
      const $n409 = T.bind($n408, V.connectInfo, T.fnOver(Server, (s) => (T.isIn(s, S()) ? NullPoint : T.apply($s.connectInfo, s))))
      if ($n409 === null) return
      CleanInputBuffer_act($s, $n409, ($n410: T.Partial): void => {
        const $n411 = T.bind($n410, V.learners, T.exceptPath($s.learners, [i], (_$at412) => T.setOf([])))
        if ($n411 === null) return
        $k($n411)
      }, S())
    }
  }

  /** CheckRestart: tla/specs/Zab.tla, lines 188-191. */
  function CheckRestart($s: State): boolean {
    return (T.bool(CheckTimeout($s)) && T.bool(CheckParameterLimit(T.field($s.recorder, "nRestart"), "MaxRestarts")))
  }

  /** CleanInputBuffer(S) as an action: tla/specs/Zab.tla, lines 222-224. */
  function CleanInputBuffer_act($s: State, $n: T.Partial, $k: Continue, S: T.Value): void {
    const $n413 = T.bind($n, V.msgs, T.fnOver(Server, (s) => T.fnOver(Server, (v) => (T.isIn(v, S) ? T.tuple([]) : T.apply(T.apply($s.msgs, s), v)))))
    if ($n413 === null) return
    $k($n413)
  }

  /** HasLeader(i): tla/specs/Zab.tla, line 125. */
  function HasLeader($s: State, i: T.Value): boolean {
    return !T.eq(T.apply($s.connectInfo, i), NullPoint)
  }

  /** HasNoLeader(i): tla/specs/Zab.tla, line 124. */
  function HasNoLeader($s: State, i: T.Value): boolean {
    return T.eq(T.apply($s.connectInfo, i), NullPoint)
  }

  /** Send(i, j, m) as an action: tla/specs/Zab.tla, line 213. */
  function Send_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n414 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i, j], (_$at415) => T.append(T.apply(T.apply($s.msgs, i), j), m)))
    if ($n414 === null) return
    $k($n414)
  }

  /** CheckEpoch: tla/specs/Zab.tla, line 187. */
  function CheckEpoch($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "maxEpoch"), "MaxEpoch")
  }

  /** PendingCEPOCH(i, j): tla/specs/Zab.tla, lines 194-196. */
  function PendingCEPOCH($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), CEPOCH))
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
      const sid_set = T.once((): T.Value => T.map(oldSet, (s) => T.field(s, "sid")))
      return (T.isIn(sid, sid_set()) ? ((): T.Value => {
      const old_info = T.once((): T.Value => T.choose(oldSet, (info) => T.eq(T.field(info, "sid"), sid), "tla/specs/Zab.tla:494:33"))
      const new_info = T.once((): T.Value => T.sortedRecord(["connected", "epoch", "sid"], [true, peerEpoch, sid]))
      return T.union(T.minus(oldSet, T.setOf([old_info()])), T.setOf([new_info()]))
    })() : ((): T.Value => {
      const follower_info = T.once((): T.Value => T.sortedRecord(["connected", "epoch", "sid"], [true, peerEpoch, sid]))
      return T.union(oldSet, T.setOf([follower_info()]))
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
      const $n416 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at417) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i], (_$at418) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_cepochRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n416 === null) return
      $k($n416)
    }
  }

  /** Discard(i, j) as an action: tla/specs/Zab.tla, lines 215-216. */
  function Discard_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value): void {
    const $n419 = T.bind($n, V.msgs, (!T.eq(T.apply(T.apply($s.msgs, i), j), T.tuple([])) ? T.exceptPath($s.msgs, [i, j], (_$at420) => T.tail(T.apply(T.apply($s.msgs, i), j))) : $s.msgs))
    if ($n419 === null) return
    $k($n419)
  }

  /** Reply(i, j, m) as an action: tla/specs/Zab.tla, lines 218-219. */
  function Reply_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, j: T.Value, m: T.Value): void {
    const $n421 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at422) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i, j], (_$at423) => T.append(T.apply(T.apply($s.msgs, i), j), m)))
    if ($n421 === null) return
    $k($n421)
  }

  /** PendingNEWEPOCH(i, j): tla/specs/Zab.tla, lines 196-198. */
  function PendingNEWEPOCH($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), NEWEPOCH))
  }

  /** PendingACKEPOCH(i, j): tla/specs/Zab.tla, lines 198-200. */
  function PendingACKEPOCH($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACKEPOCH))
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
      const sid_set = T.once((): T.Value => T.map(oldSet, (s) => T.field(s, "sid")))
      const follower_info = T.once((): T.Value => T.sortedRecord(["connected", "peerHistory", "peerLastEpoch", "sid"], [true, peerHistory, peerEpoch, sid]))
      return (T.isIn(sid, sid_set()) ? ((): T.Value => {
      const old_info = T.once((): T.Value => T.choose(oldSet, (info) => T.eq(T.field(info, "sid"), sid), "tla/specs/Zab.tla:603:33"))
      return T.union(T.minus(oldSet, T.setOf([old_info()])), T.setOf([follower_info()]))
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
      const $n424 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at425) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i], (_$at426) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_ackeRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n424 === null) return
      $k($n424)
    }
  }

  /** DetermineInitialHistory(i): tla/specs/Zab.tla, lines 627-636. */
  function DetermineInitialHistory($n: T.Partial, i: T.Value): T.Value {
    return ((): T.Value => {
      const set = T.once((): T.Value => T.apply(T.primed($n, V.ackeRecv, "ackeRecv"), i))
      const ss_set = T.once((): T.Value => T.map(set(), (a) => T.sortedRecord(["currentEpoch", "lastZxid", "sid"], [T.field(a, "peerLastEpoch"), LastZxidOfHistory(T.field(a, "peerHistory")), T.field(a, "sid")])))
      const selected = T.once((): T.Value => T.choose(ss_set(), (ss) => T.elems(T.minus(ss_set(), T.setOf([ss]))).every((ss1) => T.bool(MoreResentOrEqual(ss, ss1))), "tla/specs/Zab.tla:633:25"))
      const info = T.once((): T.Value => T.choose(set(), (f) => T.eq(T.field(f, "sid"), T.field(selected(), "sid")), "tla/specs/Zab.tla:635:21"))
      return T.field(info(), "peerHistory")
    })()
  }

  /** PendingNEWLEADER(i, j): tla/specs/Zab.tla, lines 200-202. */
  function PendingNEWLEADER($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), NEWLEADER))
  }

  /** LastZxidOfHistory(his): tla/specs/Zab.tla, lines 618-619. */
  function LastZxidOfHistory(his: T.Value): T.Value {
    return ((T.len(his) === 0) ? T.tuple([0, 0]) : T.field(T.apply(his, T.len(his)), "zxid"))
  }

  /** PendingACKLD(i, j): tla/specs/Zab.tla, lines 202-204. */
  function PendingACKLD($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACKLD))
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
      const sid_set = T.once((): T.Value => T.map(oldSet, (s) => T.field(s, "sid")))
      const follower_info = T.once((): T.Value => T.sortedRecord(["connected", "sid"], [true, sid]))
      return (T.isIn(sid, sid_set()) ? ((): T.Value => {
      const old_info = T.once((): T.Value => T.choose(oldSet, (info) => T.eq(T.field(info, "sid"), sid), "tla/specs/Zab.tla:763:33"))
      return T.union(T.minus(oldSet, T.setOf([old_info()])), T.setOf([follower_info()]))
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
      const $n427 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at428) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i], (_$at429) => T.fnOver(Server, (v) => ((T.isIn(v, new_sid_ackldRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n427 === null) return
      $k($n427)
    }
  }

  /** PendingCOMMITLD(i, j): tla/specs/Zab.tla, lines 204-206. */
  function PendingCOMMITLD($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), COMMITLD))
  }

  /** ZxidToIndex(his, zxid): tla/specs/Zab.tla, lines 847-852. */
  function ZxidToIndex(his: T.Value, zxid: T.Value): T.Value {
    return (T.bool(ZxidEqual(zxid, T.tuple([0, 0]))) ? 0 : ((T.len(his) === 0) ? 1 : ((): T.Value => {
      const len = T.once((): T.Value => T.len(his))
      return (T.elems(T.range(1, len())).some((idx) => T.bool(TxnZxidEqual(T.apply(his, idx), zxid))) ? ZxidToIndexHelper(his, zxid, 1, false) : (T.int(len()) + 1))
    })()))
  }

  /** ZxidEqual(zxid1, zxid2): tla/specs/Zab.tla, line 132. */
  function ZxidEqual(zxid1: T.Value, zxid2: T.Value): boolean {
    return (T.eq(T.apply(zxid1, 1), T.apply(zxid2, 1)) && T.eq(T.apply(zxid1, 2), T.apply(zxid2, 2)))
  }

  /** CheckTransactionNum: tla/specs/Zab.tla, line 186. */
  function CheckTransactionNum($s: State): T.Value {
    return CheckParameterLimit(T.field($s.recorder, "nTransaction"), "MaxTransactionNum")
  }

  /** GetRecorder(p): tla/specs/Zab.tla, line 143. */
  function GetRecorder($s: State, p: T.Value): T.Value {
    return (T.isIn(p, T.domain($s.recorder)) ? T.apply($s.recorder, p) : 0)
  }

  /** IncZxid(s, zxid): tla/specs/Zab.tla, lines 878-879. */
  function IncZxid($s: State, s: T.Value, zxid: T.Value): T.Value {
    return (T.eq(T.apply($s.currentEpoch, s), T.apply(zxid, 1)) ? T.tuple([T.apply(zxid, 1), (T.int(T.apply(zxid, 2)) + 1)]) : T.tuple([T.apply($s.currentEpoch, s), 1]))
  }

  /** CurrentCounter(i): tla/specs/Zab.tla, lines 901-902. */
  function CurrentCounter($s: State, i: T.Value): T.Value {
    return (T.eq(T.apply(LastZxid($s, i), 1), T.apply($s.currentEpoch, i)) ? T.apply(LastZxid($s, i), 2) : 0)
  }

  /** Broadcast(i, m) as an action: tla/specs/Zab.tla, lines 232-239. */
  function Broadcast_act($s: State, $n: T.Partial, $k: Continue, i: T.Value, m: T.Value): void {
    {
      const ackeRecv_quorum = T.once((): T.Value => T.filter(T.apply($s.ackeRecv, i), (a) => T.eq(T.field(a, "connected"), true)))
      const sid_ackeRecv = T.once((): T.Value => T.map(ackeRecv_quorum(), (a) => T.field(a, "sid")))
      const $n430 = T.bind($n, V.msgs, T.exceptPath($s.msgs, [i], (_$at431) => T.fnOver(Server, (v) => ((T.isIn(v, sid_ackeRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n430 === null) return
      $k($n430)
    }
  }

  /** PendingPROPOSE(i, j): tla/specs/Zab.tla, lines 206-208. */
  function PendingPROPOSE($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), PROPOSE))
  }

  /** IsNextZxid(curZxid, nextZxid) as an action: tla/specs/Zab.tla, lines 927-937. */
  function IsNextZxid_act(_$s: State, $n: T.Partial, $k: Continue, curZxid: T.Value, nextZxid: T.Value): void {
    const $k432 = ($n433: T.Partial): void => {
      $k($n433)
    }
    or434: { // disjunct 1 of 2 (tla/specs/Zab.tla:929:16)
      if (!((T.eq(T.apply(nextZxid, 2), 1) && (T.int(T.apply(curZxid, 1)) < T.int(T.apply(nextZxid, 1)))))) break or434
      $k432($n)
    }
    or435: { // disjunct 2 of 2 (tla/specs/Zab.tla:932:16)
      if (!(((T.int(T.apply(nextZxid, 2)) > 1) && T.eq(T.apply(curZxid, 1), T.apply(nextZxid, 1)) && T.eq((T.int(T.apply(curZxid, 2)) + 1), T.apply(nextZxid, 2))))) break or435
      $k432($n)
    }
  }

  /** IsNextZxid(curZxid, nextZxid): tla/specs/Zab.tla, lines 927-937. */
  function IsNextZxid(curZxid: T.Value, nextZxid: T.Value): boolean {
    return ((T.eq(T.apply(nextZxid, 2), 1) && (T.int(T.apply(curZxid, 1)) < T.int(T.apply(nextZxid, 1)))) || ((T.int(T.apply(nextZxid, 2)) > 1) && T.eq(T.apply(curZxid, 1), T.apply(nextZxid, 1)) && T.eq((T.int(T.apply(curZxid, 2)) + 1), T.apply(nextZxid, 2))))
  }

  /** PendingACK(i, j): tla/specs/Zab.tla, lines 208-210. */
  function PendingACK($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), ACK))
  }

  /** LeaderTryToCommit(s, index, zxid, newTxn, follower) as an action: tla/specs/Zab.tla, lines 970-999. */
  function LeaderTryToCommit_act($s: State, $n: T.Partial, $k: Continue, s: T.Value, index: T.Value, zxid: T.Value, newTxn: T.Value, follower: T.Value): void {
    {
      const allTxnsBeforeCommitted = T.once((): T.Value => (T.int(T.field(T.apply($s.lastCommitted, s), "index")) >= (T.int(index) - 1)))
      const hasAllQuorums = T.once((): T.Value => IsQuorum(T.field(newTxn, "ackSid")))
      const ordered = T.once((): T.Value => T.eq((T.int(T.field(T.apply($s.lastCommitted, s), "index")) + 1), index))
      const $k436 = ($n437: T.Partial): void => {
        $k($n437)
      }
      or438: { // disjunct 1 of 2 (tla/specs/Zab.tla:979:15)
        const $k439 = ($n440: T.Partial): void => {
          Discard_act($s, $n440, ($n441: T.Partial): void => {
            const $n442 = T.bindEach($n441, [[V.violatedInvariants, $s.violatedInvariants], [V.lastCommitted, $s.lastCommitted]])
            if ($n442 === null) return
            $k436($n442)
          }, follower, s)
        }
        or443: { // disjunct 1 of 2 (tla/specs/Zab.tla:980:21)
          if (!(!T.bool(allTxnsBeforeCommitted()))) break or443
          $k439($n)
        }
        or444: { // disjunct 2 of 2 (tla/specs/Zab.tla:981:21)
          if (!(!T.bool(hasAllQuorums()))) break or444
          $k439($n)
        }
      }
      or445: { // disjunct 2 of 2 (tla/specs/Zab.tla:984:15)
        if (!(T.bool(allTxnsBeforeCommitted()))) break or445
        if (!(T.bool(hasAllQuorums()))) break or445
        const $k446 = ($n447: T.Partial): void => {
          const $n448 = T.bind($n447, V.lastCommitted, T.exceptPath($s.lastCommitted, [s], (_$at449) => T.sortedRecord(["index", "zxid"], [index, zxid])))
          if ($n448 === null) return
          {
            const m_commit = T.once((): T.Value => T.sortedRecord(["mtype", "mzxid"], [COMMIT, zxid]))
            DiscardAndBroadcast_act($s, $n448, ($n450: T.Partial): void => {
              $k436($n450)
            }, s, follower, m_commit())
          }
        }
        or451: { // disjunct 1 of 2 (tla/specs/Zab.tla:986:21)
          if (!(!T.bool(ordered()))) break or451
          if (!(T.printT(T.concat(T.concat("Warn: Committing zxid ", T.show(zxid)), " not first.")))) break or451
          const $n452 = T.bind($n, V.violatedInvariants, T.exceptPath($s.violatedInvariants, ["commitInconsistent"], (_$at453) => true))
          if ($n452 === null) break or451
          $k446($n452)
        }
        or454: { // disjunct 2 of 2 (tla/specs/Zab.tla:990:21)
          if (!(T.bool(ordered()))) break or454
          const $n455 = T.bindEach($n, [[V.violatedInvariants, $s.violatedInvariants]])
          if ($n455 === null) break or454
          $k446($n455)
        }
      }
    }
  }

  /** LastAckIndexFromFollower(i, j): tla/specs/Zab.tla, lines 999-1001. */
  function LastAckIndexFromFollower($s: State, i: T.Value, j: T.Value): T.Value {
    return ((): T.Value => {
      const set_index = T.once((): T.Value => T.filter(T.range(1, T.len(T.apply($s.history, i))), (idx) => T.isIn(j, T.field(T.apply(T.apply($s.history, i), idx), "ackSid"))))
      return Maximum(set_index())
    })()
  }

  /** PendingCOMMIT(i, j): tla/specs/Zab.tla, lines 210-213. */
  function PendingCOMMIT($s: State, i: T.Value, j: T.Value): boolean {
    return (!T.eq(T.apply(T.apply($s.msgs, j), i), T.tuple([])) && T.eq(T.field(T.apply(T.apply(T.apply($s.msgs, j), i), 1), "mtype"), COMMIT))
  }

  /** UnchangeRecorder as an action: tla/specs/Zab.tla, line 178. */
  function UnchangeRecorder_act($s: State, $n: T.Partial, $k: Continue): void {
    const $n456 = T.bindEach($n, [[V.recorder, $s.recorder]])
    if ($n456 === null) return
    $k($n456)
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

  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit(n: T.Value, p: T.Value): T.Value {
    return CheckParameterHelper(n, p, (i: T.Value, j: T.Value): T.Value => (T.int(i) < T.int(j)))
  }

  /** Quorums: tla/specs/Zab.tla, line 37. */
  const Quorums = T.once((): T.Value => T.filter(T.powerset(Server), (Q) => ((T.cardinality(Q) * 2) > T.cardinality(Server))))

  /** RemoveCepochRecv(set, sid): tla/specs/Zab.tla, lines 361-368. */
  function RemoveCepochRecv(set: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_cepochRecv = T.once((): T.Value => T.map(set, (s) => T.field(s, "sid")))
      return (!T.isIn(sid, sid_cepochRecv()) ? set : ((): T.Value => {
      const info = T.once((): T.Value => T.choose(set, (s) => T.eq(T.field(s, "sid"), sid), "tla/specs/Zab.tla:364:29"))
      const new_info = T.once((): T.Value => T.sortedRecord(["connected", "epoch", "sid"], [false, T.field(info(), "epoch"), sid]))
      return T.union(T.minus(set, T.setOf([info()])), T.setOf([new_info()]))
    })())
    })()
  }

  /** RemoveAckeRecv(set, sid): tla/specs/Zab.tla, lines 370-378. */
  function RemoveAckeRecv(set: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_ackeRecv = T.once((): T.Value => T.map(set, (s) => T.field(s, "sid")))
      return (!T.isIn(sid, sid_ackeRecv()) ? set : ((): T.Value => {
      const info = T.once((): T.Value => T.choose(set, (s) => T.eq(T.field(s, "sid"), sid), "tla/specs/Zab.tla:373:29"))
      const new_info = T.once((): T.Value => T.sortedRecord(["connected", "peerHistory", "peerLastEpoch", "sid"], [false, T.field(info(), "peerHistory"), T.field(info(), "peerLastEpoch"), sid]))
      return T.union(T.minus(set, T.setOf([info()])), T.setOf([new_info()]))
    })())
    })()
  }

  /** RemoveAckldRecv(set, sid): tla/specs/Zab.tla, lines 380-386. */
  function RemoveAckldRecv(set: T.Value, sid: T.Value): T.Value {
    return ((): T.Value => {
      const sid_ackldRecv = T.once((): T.Value => T.map(set, (s) => T.field(s, "sid")))
      return (!T.isIn(sid, sid_ackldRecv()) ? set : ((): T.Value => {
      const info = T.once((): T.Value => T.choose(set, (s) => T.eq(T.field(s, "sid"), sid), "tla/specs/Zab.tla:383:29"))
      const new_info = T.once((): T.Value => T.sortedRecord(["connected", "sid"], [false, sid]))
      return T.union(T.minus(set, T.setOf([info()])), T.setOf([new_info()]))
    })())
    })()
  }

  /** Maximum(S): tla/specs/Zab.tla, lines 108-109. */
  function Maximum(S: T.Value): T.Value {
    return (T.eq(S, T.setOf([])) ? -1 : T.choose(S, (n) => T.elems(S).every((m) => (T.int(n) >= T.int(m))), "tla/specs/Zab.tla:109:30"))
  }

  /** InitAcksidHelper(txns, src): tla/specs/Zab.tla, lines 639-645. RECURSIVE. */
  function InitAcksidHelper(txns: T.Value, src: T.Value): T.Value {
    return ((T.len(txns) === 0) ? T.tuple([]) : ((): T.Value => {
      const oldTxn = T.once((): T.Value => T.apply(txns, 1))
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [T.setOf([src]), T.field(oldTxn(), "epoch"), T.field(oldTxn(), "value"), T.field(oldTxn(), "zxid")]))
      return T.concat(T.tuple([newTxn()]), InitAcksidHelper(T.tail(txns), src))
    })())
  }

  /** MoreResentOrEqual(ss1, ss2): tla/specs/Zab.tla, lines 622-627. */
  function MoreResentOrEqual(ss1: T.Value, ss2: T.Value): boolean {
    return ((T.int(T.field(ss1, "currentEpoch")) > T.int(T.field(ss2, "currentEpoch"))) || (T.eq(T.field(ss1, "currentEpoch"), T.field(ss2, "currentEpoch")) && !T.bool(ZxidCompare(T.field(ss2, "lastZxid"), T.field(ss1, "lastZxid")))))
  }

  /** UpdateAcksidHelper(txns, target, endZxid): tla/specs/Zab.tla, lines 770-780. RECURSIVE. */
  function UpdateAcksidHelper(txns: T.Value, target: T.Value, endZxid: T.Value): T.Value {
    return ((T.len(txns) === 0) ? T.tuple([]) : ((): T.Value => {
      const oldTxn = T.once((): T.Value => T.apply(txns, 1))
      return (T.bool(ZxidCompare(T.field(oldTxn(), "zxid"), endZxid)) ? txns : ((): T.Value => {
      const newTxn = T.once((): T.Value => T.sortedRecord(["ackSid", "epoch", "value", "zxid"], [(T.isIn(target, T.field(oldTxn(), "ackSid")) ? T.field(oldTxn(), "ackSid") : T.union(T.field(oldTxn(), "ackSid"), T.setOf([target]))), T.field(oldTxn(), "epoch"), T.field(oldTxn(), "value"), T.field(oldTxn(), "zxid")]))
      return T.concat(T.tuple([newTxn()]), UpdateAcksidHelper(T.tail(txns), target, endZxid))
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
      const $n457 = T.bind($n, V.msgs, T.exceptPath(T.exceptPath($s.msgs, [j, i], (_$at458) => T.tail(T.apply(T.apply($s.msgs, j), i))), [i], (_$at459) => T.fnOver(Server, (v) => ((T.isIn(v, sid_ackldRecv()) && T.isIn(v, T.apply($s.learners, i)) && !T.eq(v, i)) ? T.append(T.apply(T.apply($s.msgs, i), v), m) : T.apply(T.apply($s.msgs, i), v)))))
      if ($n457 === null) return
      $k($n457)
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

  /** CheckParameterHelper(n, p, Comp(_, _)): tla/specs/Zab.tla, lines 180-182. */
  function CheckParameterHelper(n: T.Value, p: T.Value, Comp: (a0: T.Value, a1: T.Value) => T.Value): T.Value {
    return (T.isIn(p, T.domain(Parameters)) ? Comp(n, T.apply(Parameters, p)) : true)
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
    init: (): ReadonlyArray<State> => {
      const states: Array<State> = []
      Init_init(blank, (n) => states.push(stateOf(n)))
      return states
    },
    actions: [
      {
        name: "UpdateLeader",
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
          UpdateLeader_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowLeader",
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
          FollowLeader_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "Timeout",
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
          Timeout_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "Restart",
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
          Restart_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "ConnectAndFollowerSendCEPOCH",
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
          ConnectAndFollowerSendCEPOCH_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "LeaderProcessCEPOCH",
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
          LeaderProcessCEPOCH_act($s, blank, (n) => emit(stateOf(n)), i, j)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessNEWEPOCH",
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
          FollowerProcessNEWEPOCH_act($s, blank, (n) => emit(stateOf(n)), i, j)
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
        name: "FollowerProcessCOMMITLD",
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
          FollowerProcessCOMMITLD_act($s, blank, (n) => emit(stateOf(n)), i, j)
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
        name: "LeaderBroadcastPROPOSE",
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
          LeaderBroadcastPROPOSE_act($s, blank, (n) => emit(stateOf(n)), i)
        },
      } satisfies GeneratedAction<State>,
      {
        name: "FollowerProcessPROPOSE",
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
          FollowerProcessPROPOSE_act($s, blank, (n) => emit(stateOf(n)), i, j)
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
      { name: "ShouldNotBeTriggered", holds: ($s: State): boolean => T.bool(ShouldNotBeTriggered($s)) },
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
