/**
 * The model's projection to the cluster view (properties/view.ts), so the project's invariants judge model
 * states exactly as they judge the simulator and real clusters.
 *
 * Zab.tla has no crashed state (its Restart is a crash and recovery in one step), so every server is up.
 * A history entry becomes a TxnView whose value is the spec's value as a string; proposalMsgsLog becomes
 * the broadcasts, epochLeader the establishments. What the spec does not model is marked unobserved, so the
 * invariants that read it are reported as not judged: clients (acknowledged writes), a delivery ghost
 * (delivered), the order of ACKs on a connection (earlyAcks, implicit in the spec's action order) and disks
 * that can refuse a restart (startFailures).
 *
 * Successor states share unchanged arrays with their predecessor, so projections of histories and of the
 * proposal log are memoised by array identity: siblings reuse them, and with them the invariants' indexes.
 */
import type { Broadcast, ClusterView, Establishment, Role, ServerView, TxnView, ViewRecord, ZabPhase } from "../properties/view.js"
import { type History, MAXEPOCH, type ModelState, type ProposalRecord } from "./model-state.js"

const roles: Readonly<Record<ModelState["state"][number], Role>> = { LOOKING: "looking", FOLLOWING: "following", LEADING: "leading" }
const phases: Readonly<Record<ModelState["zabState"][number], ZabPhase>> = {
  ELECTION: "election",
  DISCOVERY: "discovery",
  SYNCHRONIZATION: "synchronization",
  BROADCAST: "broadcast",
}

const historyViews = new WeakMap<History, ReadonlyArray<TxnView>>()
const broadcastViews = new WeakMap<ReadonlyArray<ProposalRecord>, ReadonlyArray<Broadcast>>()
const establishedViews = new WeakMap<ReadonlyArray<number>, ReadonlyArray<Establishment>>()

/** The value string of a model txn: the client request number the spec assigns. */
export function txnValue(value: number): string {
  return String(value)
}

function historyView(h: History): ReadonlyArray<TxnView> {
  let view = historyViews.get(h)
  if (view === undefined) {
    view = h.map((t) => ({ zxid: t.zxid, value: txnValue(t.value) }))
    historyViews.set(h, view)
  }
  return view
}

function broadcastsView(log: ReadonlyArray<ProposalRecord>): ReadonlyArray<Broadcast> {
  let view = broadcastViews.get(log)
  if (view === undefined) {
    view = log.map((p) => ({ epoch: p.epoch, leader: p.source + 1, txn: { zxid: p.zxid, value: txnValue(p.data) } }))
    broadcastViews.set(log, view)
  }
  return view
}

function establishedView(epochLeader: ReadonlyArray<number>): ReadonlyArray<Establishment> {
  let view = establishedViews.get(epochLeader)
  if (view === undefined) {
    const list: Array<Establishment> = []
    for (let e = 1; e <= MAXEPOCH; e++) {
      const set = epochLeader[e - 1]!
      for (let i = 0; set >>> i !== 0; i++) if ((set >>> i) & 1) list.push({ epoch: e, leader: i + 1 })
    }
    view = list
    establishedViews.set(epochLeader, view)
  }
  return view
}

/**
 * The cluster view of a model state. Server index i is server id i + 1. `incarnations`, when given, is
 * each server's restart count, so that step invariants do not compare a server across its Restart.
 */
export function project(s: ModelState, incarnations?: ReadonlyArray<number>): ClusterView {
  const n = s.state.length
  const servers: Array<ServerView> = new Array(n)
  for (let i = 0; i < n; i++) {
    const role = roles[s.state[i]!]
    const connected = s.connectInfo[i]!
    // One object shape for every view (incarnation always set) keeps the invariants' property reads fast.
    servers[i] = {
      id: i + 1,
      up: true,
      role,
      phase: phases[s.zabState[i]!],
      acceptedEpoch: s.acceptedEpoch[i]!,
      currentEpoch: s.currentEpoch[i]!,
      history: historyView(s.history[i]!),
      committed: s.lastCommitted[i]!.index,
      leader: role === "leading" ? i + 1 : role === "following" && connected !== null ? connected + 1 : null,
      incarnation: incarnations === undefined ? 0 : incarnations[i]!,
    }
  }
  return {
    servers,
    ghost: {
      established: establishedView(s.epochLeader),
      broadcasts: broadcastsView(s.proposalMsgsLog),
      acknowledged: NONE,
      delivered: NONE,
      earlyAcks: NONE,
      startFailures: NONE,
    },
    unobserved: MODEL_UNOBSERVED,
  }
}

const NONE: ReadonlyArray<never> = []

/** The records the model does not have; one array, so the invariants filter their list once. */
export const MODEL_UNOBSERVED: ReadonlyArray<ViewRecord> = ["acknowledged", "delivered", "earlyAcks", "startFailures"]
