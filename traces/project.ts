/**
 * One projection from any trace to cluster views: a fold over a trace's events that yields the ClusterView
 * (properties/view.ts) after each event, so the invariants of properties/ judge a simulator run, a real
 * cluster's merged trace and a model trace alike.
 *
 * The fold keeps, per server, what the peer's summary holds (role, phase, leader, both epochs, the in-memory
 * log, the last delivered zxid), the txns its data tree reflects, and a simulated disk (impl/storage/memory.ts)
 * fed with the storage writes the trace records, so a restart recovers what the peer recovered. The ghost
 * records come from the events that stand for them: Established, Proposed, a first Delivered of a txn, a
 * Replied naming a zxid, a proposal ACK Sent on a connection before its NEWLEADER ack, a restart refused.
 * The test that makes this trustworthy runs generated schedules on the simulator and requires the fold to
 * equal the simulator's own view at every View event, field by field (test/project.test.ts).
 *
 * What a trace cannot show is marked unobserved, so the invariants that read it are reported as not judged:
 * - A real cluster's trace has no Crashed event (a SIGKILL leaves none); the next Restarted stands for it,
 *   with the disk kept (the page cache survives a process kill), and the Step that killed the server marks
 *   it down. A trace without Sent events (real servers before format 2) cannot show early ACKs. One without
 *   storage writes (the same servers) shows a delivered txn only by its zxid, so the fold takes its content
 *   from the proposal broadcast at that zxid, and acceptedEpoch only through currentEpoch, which it bounds.
 * - A model trace carries the model's own state (SpecAction) or the model's view after each step (View);
 *   the fold adopts them, and the model does not model clients, a delivery ghost, ACK order or disks.
 */
import type { Txn } from "../impl/core/types.js"
import { type Zxid, epochOf } from "../impl/core/zxid.js"
import { TORN_TAIL_REFUSED } from "../impl/storage/memory.js"
import { ProjectedDisk } from "./projected-disk.js"
import { MODEL_UNOBSERVED, project as projectModelState } from "../model/model-view.js"
import {
  type Acknowledged,
  type Broadcast,
  type ClusterView,
  type Delivery,
  type EarlyAck,
  type Establishment,
  OBSERVED_ALL,
  type Phase,
  type Role,
  type ServerView,
  type StartFailure,
  type TxnView,
  type ViewRecord,
  txnView,
} from "../properties/view.js"
import type { Trace } from "./jsonl.js"
import type { TraceEvent, TraceHeader } from "./schema.js"

type Applied = ReadonlyArray<TxnView>

/** What the fold knows of one server. */
interface ServerFold {
  readonly id: number
  up: boolean
  role: Role
  phase: Phase
  leader: number | null
  acceptedEpoch: number
  currentEpoch: number
  /** The txns the data tree reflects, in order (the simulator's `applied`). */
  applied: Array<TxnView>
  /** The peer's in-memory log: the txns it holds, delivered or not, above its last snapshot. */
  log: Array<Txn>
  /** The logged txn delivered last (null when none is, or it was not in the log). */
  lastDeliveredTxn: Txn | null
  /** Sync txns held in memory but not yet written (only under ZOOKEEPER-3911 / -4643). */
  held: Array<Txn>
  /**
   * With no storage writes recorded (Apache ZooKeeper's captures): the proposals received from the leader
   * and not yet acked, by zxid. A follower acks a proposal only once it is logged and flushed, so its ACK
   * stands for the append the trace cannot show.
   */
  unacked: Map<Zxid, Txn>
  /** The txns this lifetime's background snapshots took out of the in-memory log, oldest first. */
  snapshotted: Array<Txn>
  /** A real server killed: what its disk kept is decided at its restart. */
  diskAtRestart: boolean
  lastDelivered: Zxid
  incarnation: number
  readonly disk: ProjectedDisk<Applied>
  /** A torn log tail taken for corruption (ZOOKEEPER-2332): every later start refuses. */
  corrupt: boolean
  /** The view while down: the last state before the crash. */
  lastView: ServerView
  /** The view while up, rebuilt only after a change. */
  cached: ServerView | null
  /** The new epoch of the last LEADERINFO received (ZOOKEEPER-335 sets acceptedEpoch from it in memory only). */
  leaderInfoEpoch: number
  /** Whether the current sync has its mode (DIFF, TRUNC or SNAP received) and has sent its NEWLEADER ack. */
  syncMode: boolean
  ackNewLeaderSent: boolean
}

function downView(id: number): ServerView {
  return { id, up: false, role: "looking", phase: "election", acceptedEpoch: 0, currentEpoch: 0, history: [], committed: 0, leader: null, incarnation: 0 }
}

/**
 * The records a trace cannot show, from its header and events: a model trace lacks what the model lacks;
 * a real cluster's trace without Sent events cannot show early ACKs.
 */
export function unobservedOf(trace: Trace): ReadonlyArray<ViewRecord> {
  switch (trace.header.target) {
    case "model":
      return MODEL_UNOBSERVED
    case "net":
      return trace.events.some((e) => e._tag === "Sent") ? NET_UNOBSERVED : NET_WITHOUT_SENDS_UNOBSERVED
    case "sim":
      return trace.events.some((e) => e._tag === "Sent") ? OBSERVED_ALL : SIM_WITHOUT_SENDS_UNOBSERVED
    case "zookeeper":
      return ZOOKEEPER_UNOBSERVED
  }
}

/** Whether `trace` records storage writes; a real cluster's before format 2 did not (see TraceProjection). */
export function writesRecorded(trace: Trace): boolean {
  return (trace.header.target !== "net" && trace.header.target !== "zookeeper") || trace.events.some((e) => e._tag === "Wrote")
}

/** A real server that cannot start reports nothing the trace holds, so refused restarts are not seen. */
const NET_UNOBSERVED: ReadonlyArray<ViewRecord> = ["startFailures"]
const NET_WITHOUT_SENDS_UNOBSERVED: ReadonlyArray<ViewRecord> = ["earlyAcks", "startFailures"]
const SIM_WITHOUT_SENDS_UNOBSERVED: ReadonlyArray<ViewRecord> = ["earlyAcks"]
/**
 * Apache ZooKeeper seen from the wire (its capture decoded; harness/zookeeper-judge.ts): the writes a
 * client was told had succeeded are in the client history, judged by properties/history/, not in the
 * decoded traffic; a server that refuses to start says so in its log, not on the wire.
 */
export const ZOOKEEPER_UNOBSERVED: ReadonlyArray<ViewRecord> = ["acknowledged", "startFailures"]

/**
 * The fold. `apply` takes the next event; `view` is the cluster view after the events applied so far, the
 * same object while nothing it shows changed. Ghost records are shared append-only arrays, as the
 * simulator's are: copy a view (with its ghost arrays) to keep it past later events.
 */
export class TraceProjection {
  private readonly servers: Array<ServerFold>
  private readonly bugs: ReadonlySet<string>
  private readonly target: TraceHeader["target"]
  /** Whether the trace records storage writes (Wrote); real servers before format 2 did not. */
  private readonly writesRecorded: boolean
  /** The latest txn broadcast at each zxid, for a trace without storage writes. */
  private readonly proposedAt = new Map<Zxid, TxnView>()
  private readonly established: Array<Establishment> = []
  private readonly broadcasts: Array<Broadcast> = []
  private readonly acknowledged: Array<Acknowledged> = []
  private readonly delivered: Array<Delivery> = []
  private readonly deliveredKeys = new Set<string>()
  private readonly earlyAcks: Array<EarlyAck> = []
  private readonly startFailures: Array<StartFailure> = []
  /** Follower-to-leader links whose follower has sent FOLLOWERINFO but not yet its NEWLEADER ack. */
  private readonly awaitingNewLeaderAck = new Set<number>()
  /** The applied list of each Snap in flight, per link, in send order (a Snap carries no txn list). */
  private readonly snapsInFlight = new Map<number, Array<{ readonly zxid: Zxid; readonly applied: Applied }>>()
  /** The applied list of the Snap a server is receiving, for its InstallSnapshot. */
  private readonly receivingSnap = new Map<number, Applied>()
  /** Partition side per server id (0 for all when healed). */
  private readonly side: Array<number>
  /** A model trace's view, adopted as it stands. */
  private modelView: ClusterView | null = null
  private last: ClusterView | null = null
  private lastServers: Array<ServerView> = []
  private lastLengths = [-1, -1, -1, -1, -1, -1]

  constructor(
    header: TraceHeader,
    readonly unobserved: ReadonlyArray<ViewRecord>,
    writesRecorded = true,
  ) {
    this.writesRecorded = writesRecorded
    const n = header.schedule.config.servers
    this.bugs = new Set(header.schedule.config.bugs)
    this.target = header.target
    this.side = new Array<number>(n + 1).fill(0)
    this.servers = Array.from({ length: n }, (_, i) => ({
      id: i + 1,
      up: false,
      role: "looking",
      phase: "election",
      leader: null,
      acceptedEpoch: 0,
      currentEpoch: 0,
      applied: [],
      log: [],
      held: [],
      unacked: new Map(),
      snapshotted: [],
      diskAtRestart: false,
      lastDelivered: 0,
      lastDeliveredTxn: null,
      incarnation: 0,
      disk: new ProjectedDisk<Applied>(),
      corrupt: false,
      lastView: downView(i + 1),
      cached: null,
      leaderInfoEpoch: 0,
      syncMode: false,
      ackNewLeaderSent: false,
    }))
  }

  private server(id: number): ServerFold | null {
    return this.servers[id - 1] ?? null
  }

  /** Fold one event in. */
  apply(event: TraceEvent): void {
    switch (event._tag) {
      case "Step":
        this.onStep(event)
        return
      case "Received":
        this.onReceived(event.server, event.from, event.message)
        return
      case "Sent":
        this.onSent(event.server, event.to, event.message)
        return
      case "Wrote":
        this.onWrote(event.server, event.effect)
        return
      case "ConnectionLost":
        return
      case "Observed":
        this.onObserved(event.server, event.effect)
        return
      case "Delivered":
        this.onDelivered(event.server, event.zxid)
        return
      case "ClientRequest":
        return
      case "Replied":
        this.onReplied(event.server, event.zxid)
        return
      case "FsyncCompleted":
        this.server(event.server)?.disk.fsync(event.through)
        return
      case "Crashed":
        this.crash(event.server, event.disk)
        return
      case "Restarted":
        this.onRestarted(event)
        return
      case "Partitioned":
        event.groups.forEach((group, side) => {
          for (const id of group) if (id < this.side.length) this.side[id] = side
        })
        return
      case "Healed":
        this.side.fill(0)
        return
      case "LivenessPhase":
        // Every server that is down is started again; one whose disk makes it refuse leaves no event.
        for (const s of this.servers) if (!s.up) this.refuseStart(s)
        return
      case "Violation":
      // Client histories say nothing about the servers' state; properties/history/ judges them.
      case "OpInvoked":
      case "OpCompleted":
        return
      case "SpecAction":
        this.modelView = projectModelState(event.state)
        return
      case "View":
        // The model's walk records its own projection after each step, with nothing finer to fold. A file
        // written before views named what they lack says less than the model lacks: the model's list stands.
        if (this.target === "model") this.modelView = { ...event.view, unobserved: this.unobserved }
        return
    }
  }

  private onStep(event: Extract<TraceEvent, { _tag: "Step" }>): void {
    const step = event.step
    if (step._tag === "Restart" && event.text.endsWith("refuses to start")) {
      const s = this.server(step.server)
      if (s !== null) this.refuseStart(s)
    }
    // A real cluster's SIGKILL leaves no Crashed event: the step's text names the server it killed.
    if (this.target === "net" && (step._tag === "Crash" || step._tag === "CrashLeader")) {
      const killed = /^crash (\d+)/.exec(event.text)
      if (killed !== null) this.crash(Number(killed[1]), "at-restart")
    }
  }

  /** A start the simulator refuses: a torn tail under ZOOKEEPER-2332, recorded at the first refusal only. */
  private refuseStart(s: ServerFold): void {
    if (s.corrupt) return
    const recovery = s.disk.recover()
    if (recovery.tornTail && this.bugs.has("ZOOKEEPER-2332")) {
      s.corrupt = true
      this.startFailures.push({ server: s.id, reason: TORN_TAIL_REFUSED })
    }
  }

  /**
   * A server dies. "at-restart": a real server's kill, which keeps on disk some prefix of the writes it had
   * not synced (those it had issued to its files); its next Restarted says which (see onRestarted).
   */
  private crash(id: number, disk: "keep" | "lose-unsynced" | "torn" | "at-restart"): void {
    const s = this.server(id)
    if (s === null || !s.up) return
    s.lastView = { ...this.serverView(s), up: false }
    s.up = false
    s.cached = null
    if (disk === "at-restart") s.diskAtRestart = true
    else s.disk.crash(disk)
    for (const key of this.snapsInFlight.keys()) {
      const from = Math.floor(key / (this.servers.length + 1))
      const to = key % (this.servers.length + 1)
      if (from === id || to === id) this.snapsInFlight.delete(key)
    }
  }

  private onRestarted(event: Extract<TraceEvent, { _tag: "Restarted" }>): void {
    const s = this.server(event.server)
    if (s === null) return
    // A real server killed by SIGKILL comes back with no Crashed before it: the restart stands for the kill.
    if (s.up) this.crash(s.id, "at-restart")
    if (s.diskAtRestart) {
      // The writes it kept are the longest prefix of its unsynced ones that explains what it recovered (all of
      // them if none does: a background snapshot it never wrote, below).
      s.disk.crashKeeping(s.disk.keptExplaining(event) ?? s.disk.unsynced, event.tornTail)
      s.diskAtRestart = false
    }
    const recovery = s.disk.recover()
    const snapshot = recovery.snapshot
    if ((snapshot?.zxid ?? 0) === event.snapshotZxid) {
      s.applied = snapshot === null ? [] : [...snapshot.ghost]
      s.log = [...recovery.log]
    } else if (snapshot !== null && snapshot.zxid > event.snapshotZxid) {
      // A real server killed before a background snapshot it took reached the disk (it is written after the
      // turn that took it, and the log it replaces is purged only once it is durable) recovers an older
      // snapshot and, from its log, the txns between the two, which the simulated disk purged at once.
      s.applied = snapshot.ghost.filter((t) => t.zxid <= event.snapshotZxid)
      s.log = [...s.snapshotted.filter((t) => t.zxid > event.snapshotZxid && t.zxid <= snapshot.zxid), ...recovery.log]
    } else {
      // A snapshot the trace never showed being taken (a real server's): the txns its tree reflects are the
      // ones this server had delivered up to its zxid.
      s.applied = s.applied.filter((t) => t.zxid <= event.snapshotZxid)
      s.log = recovery.log.filter((t) => t.zxid > event.snapshotZxid)
    }
    s.held = []
    s.unacked.clear()
    s.snapshotted = []
    s.lastDelivered = event.snapshotZxid
    s.lastDeliveredTxn = null
    s.acceptedEpoch = event.acceptedEpoch
    s.currentEpoch = event.currentEpoch
    if (this.bugs.has("ZOOKEEPER-335")) {
      // Before epoch files existed the epoch was read off the last logged zxid.
      const last = s.log.length === 0 ? event.snapshotZxid : s.log[s.log.length - 1]!.zxid
      s.acceptedEpoch = epochOf(last)
      s.currentEpoch = epochOf(last)
    }
    s.role = "looking"
    s.phase = "election"
    s.leader = null
    s.syncMode = false
    s.ackNewLeaderSent = false
    s.incarnation += 1
    s.up = true
    s.cached = null
  }

  private linkKey(from: number, to: number): number {
    return from * (this.servers.length + 1) + to
  }

  /**
   * Whether a message sent from a to b enters the link, as the simulator decides it. A real cluster's trace
   * records sends a connection carried; its partitions are the proxy's, which the fold does not follow.
   */
  private linkUp(a: number, b: number): boolean {
    if (this.target === "net" || this.target === "zookeeper") return true
    const sa = this.server(a)
    const sb = this.server(b)
    return sa !== null && sb !== null && sa.up && sb.up && this.side[a] === this.side[b]
  }

  private onSent(from: number, to: number, message: Extract<TraceEvent, { _tag: "Sent" }>["message"]): void {
    if (from === to || !this.linkUp(from, to)) return
    const key = this.linkKey(from, to)
    switch (message._tag) {
      case "Snap": {
        const sender = this.server(from)
        let queue = this.snapsInFlight.get(key)
        if (queue === undefined) {
          queue = []
          this.snapsInFlight.set(key, queue)
        }
        queue.push({ zxid: message.zxid, applied: sender === null ? [] : sender.applied.slice() })
        return
      }
      case "FollowerInfo":
        this.awaitingNewLeaderAck.add(key)
        return
      case "AckNewLeader": {
        this.awaitingNewLeaderAck.delete(key)
        const s = this.server(from)
        if (s !== null) s.ackNewLeaderSent = true
        return
      }
      case "Ack":
        if (this.awaitingNewLeaderAck.has(key)) this.earlyAcks.push({ follower: from, leader: to, zxid: message.zxid })
        if (!this.writesRecorded) this.loggedByAck(from, message.zxid)
        return
      case "Notification":
      case "LeaderInfo":
      case "AckEpoch":
      case "Diff":
      case "Trunc":
      case "NewLeader":
      case "UpToDate":
      case "Proposal":
      case "Commit":
      case "Request":
      case "Ping":
        return
    }
  }

  private onReceived(id: number, from: number, message: Extract<TraceEvent, { _tag: "Received" }>["message"]): void {
    const s = this.server(id)
    if (s === null) return
    switch (message._tag) {
      case "Snap": {
        // FIFO per link: Snaps sent before this one were lost with a broken connection.
        const queue = this.snapsInFlight.get(this.linkKey(from, id)) ?? []
        let found: Applied | null = null
        while (queue.length > 0 && found === null) {
          const next = queue.shift()!
          if (next.zxid === message.zxid) found = next.applied
        }
        if (found !== null) this.receivingSnap.set(id, found)
        if (s.role === "following" && s.leader === from && !s.syncMode) s.syncMode = true
        // No InstallSnapshot write will follow in the trace: the snapshot replaces the log inferred from ACKs.
        if (!this.writesRecorded) {
          s.log = []
          s.cached = null
        }
        return
      }
      case "Diff":
      case "Trunc":
        if (s.role === "following" && s.leader === from) s.syncMode = true
        // No Truncate write will follow in the trace: the log inferred from ACKs is cut here.
        if (!this.writesRecorded && message._tag === "Trunc" && s.role === "following" && s.leader === from) {
          s.log = s.log.filter((t) => t.zxid <= message.zxid)
          s.cached = null
        }
        return
      case "LeaderInfo":
        if (s.role === "following" && s.leader === from && s.phase === "discovery") s.leaderInfoEpoch = message.newEpoch
        return
      case "Proposal":
        this.maybeHold(s, from, message.txn)
        if (!this.writesRecorded && s.role === "following" && s.leader === from) s.unacked.set(message.txn.zxid, message.txn)
        return
      case "Notification":
      case "FollowerInfo":
      case "AckEpoch":
      case "NewLeader":
      case "AckNewLeader":
      case "UpToDate":
      case "Ack":
      case "Commit":
      case "Request":
      case "Ping":
        return
    }
  }

  /**
   * A trace without storage writes (a decoded Apache ZooKeeper capture): the follower's ACK of a proposal it
   * received from its leader means the txn is in its log (ZooKeeper's SyncRequestProcessor acks after the
   * flush), so its history holds it from then on, as a simulated follower's does after the Append. Without
   * this, a leader-to-be that logged a txn but never received its COMMIT looked as if it lacked it.
   */
  private loggedByAck(id: number, zxid: Zxid): void {
    const s = this.server(id)
    if (s === null) return
    const txn = s.unacked.get(zxid)
    if (txn === undefined) return
    s.unacked.delete(zxid)
    const last = s.log.length === 0 ? s.lastDelivered : Math.max(s.log[s.log.length - 1]!.zxid, s.lastDelivered)
    if (zxid <= last) return
    s.log.push(txn)
    s.cached = null
  }

  /**
   * ZOOKEEPER-3911 and -4643 as re-injected hold the txns of a sync in memory before writing them: the
   * peer's log (and so its view's history) holds them with no storage write to show for it. The fold holds
   * a proposal its leader sent during the sync by the same rule the peer takes it by.
   */
  private maybeHold(s: ServerFold, from: number, txn: Txn): void {
    if (!this.bugs.has("ZOOKEEPER-3911") && !this.bugs.has("ZOOKEEPER-4643")) return
    if (s.role !== "following" || s.leader !== from || s.phase !== "synchronization" || !s.syncMode) return
    if (!this.bugs.has("ZOOKEEPER-3911") && s.ackNewLeaderSent) return
    const last = s.log.length === 0 ? s.lastDelivered : Math.max(s.log[s.log.length - 1]!.zxid, s.lastDelivered)
    if (txn.zxid <= last) return
    if (epochOf(txn.zxid) > s.leaderInfoEpoch) return
    const expected = epochOf(txn.zxid) === epochOf(last) ? (last % 2 ** 32) + 1 : 1
    if (txn.zxid % 2 ** 32 !== expected && !this.bugs.has("ZOOKEEPER-1277")) return
    s.log.push(txn)
    s.held.push(txn)
    s.cached = null
  }

  private onWrote(id: number, effect: Extract<TraceEvent, { _tag: "Wrote" }>["effect"]): void {
    const s = this.server(id)
    if (s === null) return
    switch (effect._tag) {
      case "Append": {
        s.disk.write({ kind: "append", write: effect.write, txn: effect.txn })
        const at = s.held.findIndex((t) => t.zxid === effect.txn.zxid)
        if (at >= 0) s.held.splice(at, 1)
        else s.log.push(effect.txn)
        break
      }
      case "Truncate":
        s.disk.write({ kind: "truncate", write: effect.write, zxid: effect.zxid })
        s.log = s.log.filter((t) => t.zxid <= effect.zxid)
        break
      case "WriteAcceptedEpoch":
        s.disk.write({ kind: "accepted-epoch", write: effect.write, epoch: effect.epoch })
        s.acceptedEpoch = effect.epoch
        break
      case "WriteCurrentEpoch":
        s.disk.write({ kind: "current-epoch", write: effect.write, epoch: effect.epoch })
        s.currentEpoch = effect.epoch
        break
      case "InstallSnapshot": {
        const applied = this.receivingSnap.get(id) ?? []
        this.receivingSnap.delete(id)
        s.disk.write({ kind: "install", write: effect.write, snapshot: { zxid: effect.zxid, tree: effect.tree, ghost: applied } })
        s.applied = [...applied]
        s.log = []
        s.held = []
        s.snapshotted = []
        s.lastDelivered = effect.zxid
        s.lastDeliveredTxn = null
        break
      }
      case "Send":
      case "SendSnapshot":
      case "Disconnect":
      case "Fsync":
      case "TakeSnapshot":
      case "Deliver":
      case "ClientReject":
      case "RoleChange":
      case "Established":
      case "Proposed":
      case "Observe":
        return
    }
    s.cached = null
  }

  private onObserved(id: number, effect: Extract<TraceEvent, { _tag: "Observed" }>["effect"]): void {
    const s = this.server(id)
    if (s === null) return
    switch (effect._tag) {
      case "RoleChange":
        // Leaving a sync drops the txns it held in memory and never wrote.
        if (s.held.length > 0 && effect.role === "looking") {
          const held = new Set(s.held)
          s.log = s.log.filter((t) => !held.has(t))
          s.held = []
        }
        if (effect.role !== s.role || effect.leader !== s.leader || effect.phase === "discovery" || effect.role === "looking") {
          s.syncMode = false
          s.ackNewLeaderSent = false
        }
        s.role = effect.role
        s.phase = effect.phase
        s.leader = effect.leader
        // The role change carries currentEpoch as it stands; only ZOOKEEPER-335 moves it without a write.
        s.currentEpoch = effect.epoch
        if (!this.writesRecorded && s.acceptedEpoch < s.currentEpoch) s.acceptedEpoch = s.currentEpoch
        if (this.bugs.has("ZOOKEEPER-335") && effect.role === "following" && effect.phase === "synchronization") s.acceptedEpoch = s.leaderInfoEpoch
        s.cached = null
        return
      case "Established":
        this.established.push({ epoch: effect.epoch, leader: id })
        return
      case "Proposed":
        this.broadcasts.push({ epoch: epochOf(effect.txn.zxid), leader: id, txn: txnView(effect.txn) })
        if (!this.writesRecorded) this.proposedAt.set(effect.txn.zxid, txnView(effect.txn))
        return
      case "Observe":
        if (effect.branch === "discovery-epoch-proposed") {
          // The leader raised acceptedEpoch to the epoch it proposes (written first, unless ZOOKEEPER-335).
          const epoch = Number(/(\d+)/.exec(effect.detail)?.[1] ?? Number.NaN)
          if (Number.isInteger(epoch)) s.acceptedEpoch = epoch
          s.cached = null
        } else if (effect.branch === "snapshot-taken") {
          // A background snapshot of the tree at the last delivered zxid; the log keeps what follows it.
          s.disk.snapshot({ zxid: s.lastDelivered, tree: "", ghost: s.applied.slice() })
          for (const t of s.log) if (t.zxid <= s.lastDelivered) s.snapshotted.push(t)
          s.log = s.log.filter((t) => t.zxid > s.lastDelivered)
        }
        return
      case "Disconnect":
      case "Send":
      case "SendSnapshot":
      case "Append":
      case "Truncate":
      case "WriteAcceptedEpoch":
      case "WriteCurrentEpoch":
      case "InstallSnapshot":
      case "Fsync":
      case "TakeSnapshot":
      case "Deliver":
      case "ClientReject":
        return
    }
  }

  private onDelivered(id: number, zxid: Zxid): void {
    const s = this.server(id)
    if (s === null) return
    const txn = findLogged(s.log, zxid, s.lastDelivered, s.lastDeliveredTxn)
    // A real server's trace may deliver what the fold never saw logged (a trace cut short); the zxid stands.
    const view = txn !== null ? txnView(txn) : (this.proposedAt.get(zxid) ?? { zxid, value: "" })
    s.applied.push(view)
    s.lastDeliveredTxn = txn
    s.lastDelivered = zxid
    s.cached = null
    const key = `${view.zxid}|${view.value}`
    if (!this.deliveredKeys.has(key)) {
      this.deliveredKeys.add(key)
      this.delivered.push({ ...view, server: id, deliveredInEpoch: s.currentEpoch })
    }
  }

  private onReplied(id: number, zxid: Zxid): void {
    const s = this.server(id)
    if (s === null || zxid === 0) return
    // The reply follows the delivery of the client's txn: the last one delivered at that zxid.
    let view: TxnView | null = null
    for (let k = s.applied.length - 1; k >= 0 && view === null; k--) if (s.applied[k]!.zxid === zxid) view = s.applied[k]!
    this.acknowledged.push({ ...(view ?? { zxid, value: "" }), committedInEpoch: s.currentEpoch })
  }

  private serverView(s: ServerFold): ServerView {
    if (!s.up) return s.lastView
    if (s.cached !== null) return s.cached
    let history: Array<TxnView> = s.applied
    const log = s.log
    if (log.length > 0 && log[log.length - 1]!.zxid > s.lastDelivered) {
      history = s.applied.slice()
      for (const txn of log) if (txn.zxid > s.lastDelivered) history.push(txnView(txn))
    } else history = s.applied.slice()
    s.cached = {
      id: s.id,
      up: true,
      role: s.role,
      phase: s.phase,
      acceptedEpoch: s.acceptedEpoch,
      currentEpoch: s.currentEpoch,
      history,
      committed: s.applied.length,
      leader: s.leader,
      incarnation: s.incarnation,
    }
    return s.cached
  }

  /** The cluster view after the events applied so far; the same object while nothing it shows changed. */
  view(): ClusterView {
    if (this.modelView !== null) return this.modelView
    const lengths = this.lastLengths
    let same =
      this.last !== null &&
      lengths[0] === this.established.length &&
      lengths[1] === this.broadcasts.length &&
      lengths[2] === this.acknowledged.length &&
      lengths[3] === this.delivered.length &&
      lengths[4] === this.earlyAcks.length &&
      lengths[5] === this.startFailures.length
    const servers = this.servers.map((s) => this.serverView(s))
    for (let i = 0; i < servers.length && same; i++) if (servers[i] !== this.lastServers[i]) same = false
    if (same) return this.last!
    this.lastServers = servers
    this.lastLengths = [this.established.length, this.broadcasts.length, this.acknowledged.length, this.delivered.length, this.earlyAcks.length, this.startFailures.length]
    this.last = {
      servers,
      ghost: {
        established: this.established,
        broadcasts: this.broadcasts,
        acknowledged: this.acknowledged,
        delivered: this.delivered,
        earlyAcks: this.earlyAcks,
        startFailures: this.startFailures,
      },
      unobserved: this.unobserved,
    }
    return this.last
  }
}

/**
 * The logged txn a Delivered event at `zxid` stands for. Zxids are unique and the log sorted by them, so
 * this is the one txn with that zxid, except under ZOOKEEPER-1277, whose wrapped counter gives two txns of
 * an epoch one zxid and leaves the log unsorted: then the txn is the one a delivery would reach, which starts
 * at the first txn above the last delivered zxid found by bisection (as a zxid-ordered log is searched) and
 * goes on in log order; else the newest with that zxid.
 */
function findLogged(log: ReadonlyArray<Txn>, zxid: Zxid, lastDelivered: Zxid, lastDeliveredTxn: Txn | null): Txn | null {
  const bisected = firstAbove(log, lastDelivered)
  if (log[bisected]?.zxid === zxid) return log[bisected]!
  const next = lastDeliveredTxn === null ? -1 : log.indexOf(lastDeliveredTxn) + 1
  if (next > 0 && log[next]?.zxid === zxid) return log[next]!
  for (let k = log.length - 1; k >= 0; k--) if (log[k]!.zxid === zxid) return log[k]!
  return null
}

/** The index of the first txn above `zxid` in a zxid-ordered log, by bisection. */
function firstAbove(log: ReadonlyArray<Txn>, zxid: Zxid): number {
  let lo = 0
  let hi = log.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (log[mid]!.zxid <= zxid) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** One event of a trace with the cluster view after it. */
export interface ProjectedEvent {
  readonly index: number
  readonly event: TraceEvent
  readonly view: ClusterView
}

/** The cluster view after each event of `trace`, in order. Views share append-only ghost arrays (see TraceProjection). */
export function* projectTrace(trace: Trace): Generator<ProjectedEvent, void, undefined> {
  const projection = new TraceProjection(trace.header, unobservedOf(trace), writesRecorded(trace))
  for (let index = 0; index < trace.events.length; index++) {
    const event = trace.events[index]!
    projection.apply(event)
    yield { index, event, view: projection.view() }
  }
}
