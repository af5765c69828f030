/**
 * The simulator's cluster view: the world's peers and ghost records (impl/sim/world.ts) projected to the
 * ClusterView every invariant reads (properties/view.ts). The world records runtime facts only; this is
 * where the simulator target turns them into what the properties judge.
 *
 * Checking every invariant after every step is the simulator's hot path, so the projection is memoised:
 * while no server's projection and no ghost record changed since the last call, `view()` returns the same
 * object, and the run skips the (pure) invariants. A server's projection is reused while its peer state
 * shows the same role, epochs, leader, log and applied txns; the ghost records are converted as they are
 * appended, never from the start again.
 */
import { type PeerState, summarize } from "../impl/core/peer.js"
import type { ServerId, Txn } from "../impl/core/types.js"
import type { TxnLog } from "../impl/core/txn-log.js"
import type { Zxid } from "../impl/core/zxid.js"
import type { SimServer, World } from "../impl/sim/world.js"
import { type Acknowledged, type Broadcast, type ClusterView, type Delivery, OBSERVED_ALL, type ServerView, type TxnView, txnView } from "../properties/view.js"

/** What this projection remembers of one server between calls. */
interface ServerMemo {
  /** The world's applied array the views below were made of, and their views, kept in step with it. */
  appliedSource: ReadonlyArray<Txn> | null
  appliedViews: Array<TxnView>
  /** The last projection of a live peer, reused while nothing it shows has changed (most steps). */
  live: ServerView | null
  liveLog: TxnLog | null
  liveApplied: ReadonlyArray<TxnView> | null
  /** The projection of the server while down, and the state it crashed in. */
  down: ServerView
  downOf: PeerState | null
}

export interface SimViewOptions {
  /**
   * Each new view a frozen copy (recording a counterexample, so the report can show the view before a step
   * next to the one after it); otherwise histories and ghost records are shared with the projection's own
   * arrays, which only grow. Default: whether the world records events.
   */
  readonly frozen?: boolean
}

export class SimView {
  private readonly frozen: boolean
  private readonly memos: Array<ServerMemo>
  private readonly broadcasts: Array<Broadcast> = []
  private readonly acknowledged: Array<Acknowledged> = []
  /** The first delivery of every distinct txn (CommittedDurable), and the keys of those recorded. */
  private readonly delivered: Array<Delivery> = []
  private readonly deliveredKeys = new Set<string>()
  /** The txn objects already delivered: most deliveries are of a txn object some server delivered before. */
  private readonly deliveredTxns = new WeakSet<Txn>()
  private deliveriesSeen = 0
  private lastClusterView: ClusterView | null = null
  /** The server projections the last view was built from (the view itself may hold frozen copies). */
  private lastServers: Array<ServerView> = []
  private readonly viewScratch: Array<ServerView> = []
  private lastGhostLengths = [-1, -1, -1, -1, -1, -1]

  constructor(
    private readonly world: World,
    options: SimViewOptions = {},
  ) {
    this.frozen = options.frozen ?? world.events !== null
    this.memos = world.servers.map((s) => ({
      appliedSource: null,
      appliedViews: [],
      live: null,
      liveLog: null,
      liveApplied: null,
      down: downView(s.id),
      downOf: null,
    }))
  }

  /**
   * The cluster view now. When no server's projection and no ghost record changed since the last call, the
   * same object is returned: the invariants, pure functions of the view, need not run again.
   */
  view(): ClusterView {
    this.syncGhost()
    const ghost = this.world.ghost
    const previous = this.lastClusterView
    const lengths = this.lastGhostLengths
    let same =
      previous !== null &&
      lengths[0] === ghost.established.length &&
      lengths[1] === this.broadcasts.length &&
      lengths[2] === this.acknowledged.length &&
      lengths[3] === this.delivered.length &&
      lengths[4] === ghost.earlyAcks.length &&
      lengths[5] === ghost.startFailures.length
    const servers = this.world.servers
    for (let i = 0; i < servers.length; i++) {
      const server = this.serverView(servers[i]!, this.memos[i]!)
      this.viewScratch[i] = server
      if (same && server !== this.lastServers[i]) same = false
    }
    if (same) return previous!
    this.lastServers = this.viewScratch.slice()
    const view: ClusterView = this.frozen
      ? {
          servers: this.lastServers.map((s) => ({ ...s, history: s.history.slice() })),
          ghost: {
            established: ghost.established.slice(),
            broadcasts: this.broadcasts.slice(),
            acknowledged: this.acknowledged.slice(),
            delivered: this.delivered.slice(),
            earlyAcks: ghost.earlyAcks.slice(),
            startFailures: ghost.startFailures.slice(),
          },
          unobserved: OBSERVED_ALL,
          counterBits: this.world.config.counterBits,
        }
      : {
          servers: this.lastServers,
          ghost: {
            established: ghost.established,
            broadcasts: this.broadcasts,
            acknowledged: this.acknowledged,
            delivered: this.delivered,
            earlyAcks: ghost.earlyAcks,
            startFailures: ghost.startFailures,
          },
          unobserved: OBSERVED_ALL,
          counterBits: this.world.config.counterBits,
        }
    this.lastClusterView = view
    this.lastGhostLengths = [ghost.established.length, this.broadcasts.length, this.acknowledged.length, this.delivered.length, ghost.earlyAcks.length, ghost.startFailures.length]
    return view
  }

  /** Convert the ghost records appended since the last call. */
  private syncGhost(): void {
    const ghost = this.world.ghost
    for (let i = this.broadcasts.length; i < ghost.broadcasts.length; i++) {
      const b = ghost.broadcasts[i]!
      this.broadcasts.push({ epoch: b.epoch, leader: b.leader, txn: txnView(b.txn) })
    }
    for (let i = this.acknowledged.length; i < ghost.acknowledged.length; i++) {
      const a = ghost.acknowledged[i]!
      this.acknowledged.push({ ...txnView(a.txn), committedInEpoch: a.committedInEpoch })
    }
    for (; this.deliveriesSeen < ghost.deliveries.length; this.deliveriesSeen++) {
      const d = ghost.deliveries[this.deliveriesSeen]!
      if (this.deliveredTxns.has(d.txn)) continue
      this.deliveredTxns.add(d.txn)
      const view = txnView(d.txn)
      const key = `${view.zxid}|${view.value}`
      if (this.deliveredKeys.has(key)) continue
      this.deliveredKeys.add(key)
      this.delivered.push({ ...view, server: d.server, deliveredInEpoch: d.deliveredInEpoch })
    }
  }

  /** The views of the txns the server's tree reflects, kept in step with the world's array. */
  private appliedViews(server: SimServer, memo: ServerMemo): Array<TxnView> {
    const applied = server.applied
    if (memo.appliedSource !== applied) {
      memo.appliedSource = applied
      memo.appliedViews = applied.map(txnView)
      return memo.appliedViews
    }
    const views = memo.appliedViews
    for (let i = views.length; i < applied.length; i++) views.push(txnView(applied[i]!))
    return views
  }

  private serverView(server: SimServer, memo: ServerMemo): ServerView {
    const state = server.state
    if (state !== null) return this.liveView(server, memo, state)
    // A crashed server shows its last state before the crash.
    const crashed = server.stateBeforeCrash
    if (crashed === null || memo.downOf === crashed) return memo.down
    memo.down = { ...this.liveView(server, memo, crashed), up: false }
    memo.downOf = crashed
    return memo.down
  }

  private liveView(server: SimServer, memo: ServerMemo, state: PeerState): ServerView {
    const summary = summarize(state)
    const applied = this.appliedViews(server, memo)
    const cached = memo.live
    // Most steps change one server at most, and many (ticks, pings) change none: an unchanged projection is
    // the same object, so `view()` can tell the run that nothing an invariant reads has moved.
    if (
      cached !== null &&
      cached.up &&
      cached.incarnation === server.incarnation &&
      memo.liveLog === summary.log &&
      memo.liveApplied === applied &&
      cached.committed === applied.length &&
      cached.role === summary.role &&
      cached.phase === summary.phase &&
      cached.acceptedEpoch === summary.acceptedEpoch &&
      cached.currentEpoch === summary.currentEpoch &&
      cached.leader === summary.leader &&
      historyLength(applied, summary.log, summary.lastDeliveredZxid) === cached.history.length
    ) {
      return cached
    }
    let history: Array<TxnView> = applied
    const tail = summary.log
    if ((tail.last()?.zxid ?? -1) > summary.lastDeliveredZxid) {
      history = applied.slice()
      for (const txn of tail) if (txn.zxid > summary.lastDeliveredZxid) history.push(txnView(txn))
    }
    const view: ServerView = {
      id: server.id,
      up: true,
      role: summary.role,
      phase: summary.phase,
      acceptedEpoch: summary.acceptedEpoch,
      currentEpoch: summary.currentEpoch,
      history,
      committed: applied.length,
      leader: summary.leader,
      incarnation: server.incarnation,
    }
    memo.live = view
    memo.liveLog = summary.log
    memo.liveApplied = applied
    return view
  }
}

/** applied followed by the logged txns above the last delivered zxid: the length of the history view. */
function historyLength(applied: ReadonlyArray<TxnView>, log: TxnLog, lastDelivered: Zxid): number {
  let n = applied.length
  for (let i = log.length - 1; i >= 0 && log.get(i).zxid > lastDelivered; i--) n += 1
  return n
}

function downView(id: ServerId): ServerView {
  return { id, up: false, role: "looking", phase: "election", acceptedEpoch: 0, currentEpoch: 0, history: [], committed: 0, leader: null, incarnation: 0 }
}
