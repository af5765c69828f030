/**
 * The deterministic simulator: N peers running the pure core, joined by FIFO links, each with a simulated
 * disk and a data tree, driven step by step by a schedule. No clock, no randomness: the same schedule gives
 * the same run, event for event.
 *
 * Links behave like TCP connections: FIFO while up; a reset (explicit, by partition or by a crash) drops
 * what was in flight and both live ends get ConnectionDown. A link is up while both ends are alive and on
 * the same side of every partition. Inputs caused by the environment (ConnectionDown) are queued and fed
 * after the step that caused them, so the peer's `step` is never re-entered.
 *
 * The world also keeps the ghost records invariants need (established leaders, every broadcast txn, every
 * delivery, every write acknowledged to a client), as runtime facts: it judges nothing and builds no view.
 * The harness reads them, with each peer's state, through `servers` and `ghost` and projects them to a
 * cluster view (harness/sim-view.ts).
 */
import { assert } from "../core/assert.js"
import { type PeerState, initialState, step as peerStep } from "../core/peer.js"
import { type Acl, type AuthId, type Input, type Message, type PeerConfig, type PeerEffect, type ServerId, type Txn, type TxnOp, type WriteOp, defaultQueueLimits } from "../core/types.js"
import { Perms, aclAllows, redactDigests } from "../core/acl.js"
import { digestId } from "../digest-auth.js"
import { type SessionId, initialSessionId } from "../core/session.js"
import { type Zxid, epochOf, formatZxid, maxCounter } from "../core/zxid.js"
import { describeMessage, describeOp } from "../message-text.js"
import { type CrashMode, MemoryDisk, TORN_TAIL_REFUSED } from "../storage/memory.js"
import type { DiskMode, MessageKind, SimConfig, Step } from "../../schedule/steps.js"
import { type SimTree, acceptanceProblem, emptyTree, loadTree, restoreProblem, rewriteProblem, sessionTableProblem, snapshotRefusal } from "./sim-tree.js"
import { damageSnapshot, loaderAcceptances, loaderChecks } from "./disk-damage.js"
import { canonicalSnapshotText, firstDifference, formatDigest, parseSnapshotDocument, rewriteSnapshot } from "./snapshot-format.js"
import type { RuntimeEvent } from "../events.js"
import type { HistoryEvent, HistoryOp, HistoryResult, MultiOpResult } from "../history-events.js"
import { type ClientResult, ErrorCode, type Stat } from "../core/datatree.js"
import { type ZnodeChange, changesOf, fixedStat, missingFromAnswer, statMismatch } from "./znode-stats.js"

/** What a data tree reflects, in order: the txns a server applied (a snapshot carries them along). */
type Ghost = ReadonlyArray<Txn>

/** A leader established for an epoch (an Established observation). */
export interface SimEstablishment {
  readonly epoch: number
  readonly leader: ServerId
}

/** A txn a leader proposed, in the order it proposed them. */
export interface SimBroadcast {
  readonly epoch: number
  readonly leader: ServerId
  readonly txn: Txn
}

/** A delivery of a txn by a server, with that server's currentEpoch when it delivered it. */
export interface SimDelivery {
  readonly txn: Txn
  readonly server: ServerId
  readonly deliveredInEpoch: number
}

/** A write a client was told had succeeded, with the currentEpoch of the server that answered. */
export interface SimAcknowledged {
  readonly txn: Txn
  readonly committedInEpoch: number
}

/** An ACK of a proposal a follower sent its leader before it had sent that leader its NEWLEADER ack. */
export interface SimEarlyAck {
  readonly follower: ServerId
  readonly leader: ServerId
  readonly zxid: Zxid
}

/**
 * A write whose client was told a time (a create's ctime, a setData's mtime) outside the virtual time in
 * which the write was in flight, from its invocation to its answer.
 */
export interface SimMisstampedWrite {
  readonly server: ServerId
  readonly request: number
  readonly field: "ctime" | "mtime"
  readonly timeMs: number
  readonly invokedMs: number
  readonly answeredMs: number
}

/** An answer whose Stat is not the one the txns its server applied fix (impl/sim/znode-stats.ts). */
export interface SimMisreportedStat {
  readonly server: ServerId
  readonly text: string
}

/** A server that took a snapshot off the cadence its snapCount sets, with what it did. */
export interface SimSnapshotLapse {
  readonly server: ServerId
  readonly text: string
}

/** A server that did not start again after a crash, with why. */
export interface SimStartFailure {
  readonly server: ServerId
  readonly reason: string
}

/** The records the world keeps over the whole run; never reset by a crash, only ever appended to. */
export interface SimGhost {
  readonly established: ReadonlyArray<SimEstablishment>
  readonly broadcasts: ReadonlyArray<SimBroadcast>
  /** Every delivery by every server, in the order they happened (the same txn once per server). */
  readonly deliveries: ReadonlyArray<SimDelivery>
  readonly acknowledged: ReadonlyArray<SimAcknowledged>
  readonly earlyAcks: ReadonlyArray<SimEarlyAck>
  readonly startFailures: ReadonlyArray<SimStartFailure>
}

/**
 * One server as the harness may read it: its peer state while up, the state it crashed in while down (null
 * before its first start), and the txns its data tree reflects. Read-only: the world's own slots, so
 * reading them costs nothing and the same objects come back while nothing changed.
 */
export interface SimServer {
  readonly id: ServerId
  readonly state: PeerState | null
  readonly stateBeforeCrash: PeerState | null
  /** Replaced by a new array when the server starts or installs a snapshot; otherwise only appended to. */
  readonly applied: ReadonlyArray<Txn>
  /** How many times this server has started. */
  readonly incarnation: number
}

/** A bound on one settle: enough for any protocol exchange to finish, small enough to cut a livelock short. */
const settleRoundsMax = 500
/** A bound on the connection losses one step may cause, each of which may cause more (disconnects). */
const pendingInputsMax = 100_000
/** The session probe's Client-step numbers, past any a schedule draws. */
const sessionProbeIndex = 1_000_000

interface Slot {
  readonly id: ServerId
  readonly config: PeerConfig
  state: PeerState | null // null while crashed
  /** ZOOKEEPER-2332 only: the server refused to start over a torn log tail, and keeps refusing. */
  corruptTail: boolean
  /** Why the server refused the snapshot a CorruptSnapshot step damaged on its disk (it keeps refusing), or null. */
  refusedSnapshot: string | null
  /** The text a RewriteSnapshot step re-encoded this server's snapshot to, and the text the server wrote. */
  rewritten: { readonly text: string; readonly original: string } | null
  readonly disk: MemoryDisk<Ghost>
  tree: SimTree
  stateBeforeCrash: PeerState | null
  applied: Array<Txn> // ghost: the txns the tree reflects, in order
  fsyncRequested: number
  fsyncDone: number
  /** The fsync requests not yet completed, oldest first (their `through`), for a disk that completes one at a time. */
  fsyncQueue: Array<number>
  requests: Set<number> // client requests of this incarnation still waiting for an answer
  answered: Set<number> // client requests of this incarnation the peer has answered (a result or a refusal)
  issued: Set<number> // every client request handed to this incarnation: the only ones it may refuse
  /**
   * The request numbers this server's peer is given, kept across restarts (see numberRequest): the last one
   * given, and the client request (the simulator's number, the history's op) each stands for.
   */
  requestsNumbered: number
  readonly requestOps: Map<number, number>
  incarnation: number // how many times this server has started
  /** Txns delivered since the last snapshot this incarnation took or installed (or since it started). */
  deliveredSinceSnapshot: number
  /**
   * The disk's contract for snapshots, reckoned apart from it: the number of the last write this lifetime
   * issued, the snapshots taken or installed whose preceding writes are not yet synced (each with the write
   * it waits for), and the newest zxid of one that is durable (-1: none), which the disk must keep.
   */
  lastWriteIssued: number
  snapshotsAwaitingSync: Array<{ readonly zxid: Zxid; readonly afterWrite: number }>
  durableSnapshotFloor: Zxid
}

/**
 * A client session of the schedule's Client steps, as ZooKeeper's client library keeps one: connected to one
 * server at a time, it remembers the last zxid it has seen and moves to another server when its connection
 * is lost (the server crashed or left broadcast, or refused a write). A server whose tree is behind what the
 * session has seen refuses it, as ZooKeeperServer.processConnectRequest does ("Refusing session request for
 * client ... as it has seen zxid"), so a session's reads never go back when it moves.
 *
 * It is a ZooKeeper session: its first operation opens it with a CreateSession txn at the server it connects
 * to (the id that server draws, see nextSessionId), and its operations wait, queued at the client, until that
 * txn commits there, as the client port's ConnectResponse waits for it (impl/net/clientport.ts). A connection
 * lost before then leaves the client without a session: its queued operations end in ConnectionLoss and its
 * next operation opens a new one (the lost CreateSession may still commit: a session nobody uses). A
 * CloseSession operation ends it; the next operation of its Client-step number opens a fresh session.
 */
interface ClientSession {
  /** The history's session id: the decimal text of the ZooKeeper session id ("" until it is drawn). */
  id: string
  /** The ZooKeeper session, once its CreateSession is sent; null before. */
  zk: SessionId | null
  /** The request id of the CreateSession it waits on, or null. */
  opening: number | null
  /** Its CreateSession committed at its server: its operations go out as they are invoked. */
  established: boolean
  /** Established in a step whose effects are still being interpreted: what it held goes out after that step. */
  releasing: boolean
  /** Its CloseSession was invoked: no operation comes after it. */
  closing: boolean
  /** The server it is connected to; null while disconnected. */
  server: ServerId | null
  /** Where it was last connected (or starts: index mod N + 1); it tries the next servers first when it moves. */
  last: ServerId
  lastZxidSeen: Zxid
  /** Operations invoked and not yet answered, in invocation order: the server answers a session in order. */
  readonly pending: Array<PendingClientOp>
  /**
   * The identities of its AddAuths, in order: each operation invoked after one carries it, and the client
   * keeps them across its connections (ZooKeeper's clients send them again on each reconnection).
   * A deviation from ZooKeeper: there every connection holds `ip:<its remote address>` from the start,
   * and `addauth ip` (its data ignored) adds the same. A simulated session has no address, so no `ip`
   * identity, unless it invokes `addauth ip ADDRESS`: the sim's ip identity comes with that explicit
   * addauth, whose id is the address the session is taken to connect from, recorded as such in the
   * history. Only the ACL probe does so; an address on every session would put `auth` into every txn and
   * change every trace.
   */
  auth: ReadonlyArray<AuthId>
}

/** An operation of a session waiting for its answer: a txn (`txn`) or a read or local sync waiting its turn. */
interface PendingClientOp {
  readonly op: number
  readonly operation: HistoryOp
  readonly txn: boolean
  /** The session's identities when it was invoked (what its txn carries, what its read is checked with). */
  readonly auth: ReadonlyArray<AuthId>
}

/** How many sessions Client steps may name (schedule/steps.ts bounds `session` by the same number). */
export const clientSessionsMax = 16

/**
 * What a step did, for the readable schedule and the trace; null when the step was skipped. Frequent steps
 * render their text only while recording (a counterexample re-run): otherwise they return TAKEN.
 */
export type StepText = string | null
const TAKEN = "(taken)"
/**
 * The simulator's virtual clock: every tick is this many milliseconds, counted from 0, and each Tick input
 * carries the time, so a leader stamps its txns (znode ctime and mtime) deterministically.
 */
export const virtualTickMs = 100

/**
 * The session timeout a Client-step session asks for and gets: ZooKeeper's default maxSessionTimeout, 20
 * ticks (the simulator expires no session, so it is only the CreateSession's field).
 */
const clientSessionTimeoutMs = 20 * virtualTickMs

function tickAt(ticks: number): Input {
  return { _tag: "Tick", nowMs: ticks * virtualTickMs }
}

/**
 * How the liveness phase ended. `stragglers`: live servers that could have joined the leader's epoch but
 * had not delivered the probe write when the phase's ticks ran out, though a quorum had.
 */
export type LivenessResult =
  | {
      readonly ok: true
      readonly ticks: number
      readonly stragglers: ReadonlyArray<ServerId>
      /** Client writes a server that delivered the probe still waits on: they will never be answered. */
      readonly unanswered: ReadonlyArray<{ readonly server: ServerId; readonly request: number }>
      /** The phase stopped early, at the stage it was asked to (its later probes not run). */
      readonly truncated?: true
    }
  | { readonly ok: false; readonly reason: string }

export interface WorldOptions {
  /** Record a trace of every event (slower); off while searching, on when writing a counterexample. */
  readonly record: boolean
  /**
   * Also hand every event, as it happens, to this consumer (online validation against the model), except
   * the sends of election Notifications and Pings, which nothing consumes online and which are most sends.
   */
  readonly sink?: (event: RuntimeEvent) => void
  /** Hand the sink the sends of Notifications too (validation of leader election against the system spec). */
  readonly sinkNotifications?: boolean
  /** Told what the trace does not say (sends, connection resets), for the viewer's re-run; no effect on the run. */
  readonly tap?: WorldTap
}

/**
 * An observer of the network, for `zab view`: traces record receives only, so the viewer re-runs the schedule
 * with a tap to learn when each message was sent and which were lost in flight. Taps only listen.
 */
export interface WorldTap {
  /** A peer sent a message; `queued` is false when the link was down and the message was dropped at once. */
  readonly sent: (from: ServerId, to: ServerId, message: Message, queued: boolean) => void
  /** The connection a-b broke: what was in flight both ways is gone. */
  readonly reset: (a: ServerId, b: ServerId) => void
  /** An event was recorded (before a schedule step's own Step event is inserted ahead of the events it caused). */
  readonly recorded: (event: RuntimeEvent) => void
}

export class World {
  readonly n: number
  private readonly slots: Array<Slot>
  private readonly links: Array<Array<Message>> // index from * (n + 1) + to
  /** How many times each connection was broken, at the lower id's index (a * (n + 1) + b, a < b). */
  private readonly linkResets: Array<number>
  /** A Snap in flight carries the sender's applied list along, outside the message. */
  private readonly snapGhosts = new WeakMap<Message, Ghost>()
  /** Scratch for collectNonEmptyLinks; each settle round copies the part it needs. */
  private readonly nonEmpty: Int32Array
  /** Which links a settle round started with: roundMarks[i] === roundMark. */
  private readonly roundMarks: Int32Array
  private roundMark = 0
  private readonly side: Array<number> // partition side per server id
  /** A server whose disk completes nothing while the others' catch up (a liveness probe's), or null. */
  private laggingDisk: ServerId | null = null
  /** A server that reads nothing sent to it while the others run on (the early-learners probe's), or null. */
  private heldInto: ServerId | null = null
  /** Links (from * (n + 1) + to) whose messages wait undelivered (the learner-of-a-follower probe's), or null. */
  private heldLinks: ReadonlySet<number> | null = null
  /** Servers whose disks complete nothing while a liveness probe runs (the ack-lost probe's). */
  private stalledDisks: ReadonlySet<ServerId> = new Set()
  /** Per server id: the tick at which a paused server resumes (Pause steps), 0 while it runs. */
  private readonly pausedUntil: Array<number>
  private readonly pendingInputs: Array<{ readonly to: ServerId; readonly input: Input }> = []
  /** What the world does once the step whose effects caused it is over (fed after pendingInputs). */
  private readonly afterStep: Array<() => void> = []
  private readonly established: Array<SimEstablishment> = []
  private readonly broadcasts: Array<SimBroadcast> = []
  private readonly acknowledged: Array<SimAcknowledged> = []
  private readonly deliveries: Array<SimDelivery> = []
  /** Follower-to-leader links whose follower has sent FOLLOWERINFO but not yet its NEWLEADER ack. */
  private readonly awaitingNewLeaderAck = new Set<number>()
  private readonly earlyAcks: Array<SimEarlyAck> = []
  private readonly startFailures: Array<SimStartFailure> = []
  /** The ghost records, for the harness to read (the same arrays for the world's whole life). */
  readonly ghost: SimGhost = {
    established: this.established,
    broadcasts: this.broadcasts,
    deliveries: this.deliveries,
    acknowledged: this.acknowledged,
    earlyAcks: this.earlyAcks,
    startFailures: this.startFailures,
  }
  /** ZOOKEEPER-2332 as re-injected: a log that ends in a torn record is taken for corruption. */
  private readonly tornTailIsFatal: boolean
  /** Client requests refused as NotReady (the others were refused as ConnectionLoss). */
  private readonly refusedNotReady = new Set<number>()
  /** Every client request answered so far: the zxid of its txn, or null if it was refused. */
  private readonly replies = new Map<number, Zxid | null>()
  private deliveringGhost: Ghost | null = null
  /** An armed CrashOnDelivery step, and what its firing did (for the step's text while recording). */
  private trap: { readonly message: MessageKind; readonly who: "sender" | "receiver"; readonly disk: DiskMode } | null = null
  /** An armed CorruptSnapshot step's pick: the next start from a snapshot finds it damaged. */
  private damageArmed: number | null = null
  /** An armed RewriteSnapshot step's pick: the next start from a snapshot finds it re-encoded. */
  private rewriteArmed: number | null = null
  private sprung: Array<string> = []
  private nextRequest = 1
  /** The sessions of Client steps, created on first use; and the txn requests they wait on, by request id. */
  private readonly sessions = new Map<number, ClientSession>()
  private readonly sessionRequests = new Map<number, ClientSession>()
  /** Sessions whose CloseSession is in flight: no longer their number's, still connected until it is answered. */
  private readonly closingSessions = new Set<ClientSession>()
  /** Per server id: the next session id it hands out, and the incarnation that drew it (see nextSessionId). */
  private readonly sessionIds: Array<{ readonly incarnation: number; next: SessionId } | undefined> = []
  /** Re-injected client-visible bugs, in this runtime (impl/bugs.ts). */
  private readonly staleReconnect: boolean
  private readonly localSync: boolean
  ticks = 0
  readonly coverage = new Map<string, number>()
  /** The stage of the liveness phase running or last run (see laterProbes); 0 is the first probe's. */
  livenessStage = 0
  readonly events: Array<RuntimeEvent | HistoryEvent> | null
  /**
   * The clients' history, always kept (it is small: two events per client write): each ClientWrite step's
   * invocation, by the session of a client bound to that server's incarnation, and its completion when the
   * server answers. A write refused or lost with its server has no definite outcome for the client and is
   * recorded as indeterminate (refused) or left without a completion (crashed with its server).
   */
  readonly history: Array<HistoryEvent> = []
  /** Client writes answered with a ctime or mtime outside the time they were in flight: a peer bug. */
  readonly misstamped: Array<SimMisstampedWrite> = []
  /** Answers whose Stat contradicts the txns the server applied: a peer bug. */
  readonly misreported: Array<SimMisreportedStat> = []
  /** Snapshots taken before snapCountTxns deliveries, or steps that ended without one after them: a peer bug. */
  readonly snapshotLapses: Array<SimSnapshotLapse> = []
  /** Snapshots (taken, or sent as a SNAP) whose text does not restore the tree it was taken from. */
  readonly unrestorableSnapshots: Array<SimSnapshotLapse> = []
  /** Session tables that are not what the server's applied txns left open (checked as the run ends). */
  readonly sessionTableLapses: Array<SimSnapshotLapse> = []
  /** Trees that differ from another server's at the same zxid (compared where snapshots are serialised). */
  readonly divergentReplicas: Array<SimSnapshotLapse> = []
  /** The first serialised tree seen at each zxid, and whose it was. */
  private readonly treeAtZxid = new Map<Zxid, { readonly server: ServerId; readonly text: string }>()
  /**
   * What a server made of a snapshot file altered on its disk: a start from one a CorruptSnapshot step
   * damaged, a refusal of it for another reason than the damage calls for; a refusal of one a RewriteSnapshot
   * step re-encoded, a start from it to another tree, or a recorded digest that is not the format's.
   */
  readonly integrityLapses: Array<SimSnapshotLapse> = []
  /** A disk that lost, or never stored, a snapshot whose preceding writes were synced (a crash's or the run's end). */
  readonly snapshotDurabilityLapses: Array<SimSnapshotLapse> = []
  private readonly restoreChecked = new Set<string>()
  /** What each delivered txn changed (znode-stats.ts), learnt where it was first applied, by zxid. */
  private readonly txnChanges = new Map<Zxid, { readonly txn: Txn; readonly changes: ReadonlyArray<ZnodeChange> }>()
  /** The tick at which each client request still waiting for its answer was made (ClientWrite and Client steps). */
  private readonly invokedAt = new Map<number, number>()
  /** Client requests the peer answered a second time (a refusal after its result or refusal): a peer bug. */
  readonly answeredTwice: Array<{ readonly server: ServerId; readonly request: number; readonly reason: string }> = []
  /**
   * Client writes a server still waited on when it left its role for an election: a peer bug. ZooKeeper's
   * server closes its clients' connections when it leaves its role, and ours must tell each waiting client
   * ConnectionLoss then; one it forgot waits for an answer that may never come.
   */
  readonly keptPastRoleChange: Array<{ readonly server: ServerId; readonly request: number }> = []
  /** Refusals of a request no client handed to that server's incarnation: a peer bug (it refuses only its own). */
  readonly refusedUnissued: Array<{ readonly server: ServerId; readonly request: number; readonly reason: string }> = []
  private readonly tap: WorldTap | null
  private readonly sink: ((event: RuntimeEvent) => void) | null
  private readonly sinkNotifications: boolean
  /** Whether anyone consumes events: the frequent ones (sends, writes) are only built then. */
  private readonly recording: boolean

  constructor(readonly config: SimConfig, options: WorldOptions = { record: false }) {
    this.n = config.servers
    const servers = Array.from({ length: this.n }, (_, i) => i + 1)
    const bugs = new Set(config.bugs)
    this.slots = servers.map((id) => {
      const peerConfig: PeerConfig = {
        myId: id,
        servers,
        initLimitTicks: config.initLimitTicks,
        syncLimitTicks: config.syncLimitTicks,
        counterBits: config.counterBits,
        snapCountTxns: config.snapCountTxns,
        clientWritesMax: config.clientWritesMax ?? defaultQueueLimits.clientWritesMax,
        queuedRequestsMax: config.queuedRequestsMax ?? defaultQueueLimits.queuedRequestsMax,
        bugs,
      }
      return {
        id,
        config: peerConfig,
        state: null,
        stateBeforeCrash: null,
        corruptTail: false,
        refusedSnapshot: null,
        rewritten: null,
        disk: new MemoryDisk<Ghost>(),
        tree: emptyTree(),
        applied: [],
        fsyncRequested: 0,
        fsyncDone: 0,
        fsyncQueue: [],
        requests: new Set(),
        answered: new Set(),
        issued: new Set(),
        requestsNumbered: 0,
        requestOps: new Map(),
        incarnation: 0,
        deliveredSinceSnapshot: 0,
        lastWriteIssued: 0,
        snapshotsAwaitingSync: [],
        durableSnapshotFloor: -1,
      }
    })
    this.links = Array.from({ length: (this.n + 1) * (this.n + 1) }, () => [])
    this.linkResets = new Array<number>((this.n + 1) * (this.n + 1)).fill(0)
    this.nonEmpty = new Int32Array(this.links.length)
    this.roundMarks = new Int32Array(this.links.length)
    this.side = new Array<number>(this.n + 1).fill(0)
    this.pausedUntil = new Array<number>(this.n + 1).fill(0)
    this.events = options.record ? [] : null
    this.tornTailIsFatal = config.bugs.includes("ZOOKEEPER-2332")
    this.staleReconnect = config.bugs.includes("stale-session-reconnect")
    this.localSync = config.bugs.includes("sync-answered-locally")
    this.tap = options.tap ?? null
    this.sink = options.sink ?? null
    this.sinkNotifications = options.sinkNotifications === true
    this.recording = this.events !== null || this.sink !== null
  }

  // -------------------------------------------------------------------------------------------------------
  // Running peers.

  /** Start every server from an empty disk. */
  start(): void {
    for (const slot of this.slots) this.boot(slot)
    this.drain()
  }

  private slot(id: ServerId): Slot {
    const slot = this.slots[id - 1]
    assert(slot !== undefined, `no server ${id}`)
    return slot
  }

  /**
   * Start a server from its disk; false if it refused to: over a snapshot damaged on its disk, as it must,
   * or (only a re-injected bug) over a torn log tail.
   */
  private boot(slot: Slot): boolean {
    if (slot.corruptTail || slot.refusedSnapshot !== null) return false
    const expectedRefusal = this.damageOnStart(slot)
    const rewrite = expectedRefusal === undefined ? this.rewriteOnStart(slot) : null
    const recovery = slot.disk.recover()
    if (recovery.tornTail && this.tornTailIsFatal) {
      // The torn record stays on the disk and every later start trips over it, as no operator steps in.
      slot.corruptTail = true
      this.count("sim-start-refused")
      this.startFailures.push({ server: slot.id, reason: TORN_TAIL_REFUSED })
      return false
    }
    const snapshot = recovery.snapshot
    if (snapshot?.damaged !== undefined) {
      const refusal = snapshotRefusal(snapshot.tree, snapshot.zxid)
      if (refusal !== null) {
        // The damaged snapshot stays on the disk and every later start refuses it, as no operator steps in.
        slot.refusedSnapshot = `it refused the snapshot at ${formatZxid(snapshot.zxid)}, damaged on its disk (${snapshot.damaged}): ${refusal}`
        this.count("sim-damaged-snapshot-refused")
        if (expectedRefusal instanceof RegExp && !expectedRefusal.test(refusal)) {
          const text = `server ${slot.id} refused the snapshot at ${formatZxid(snapshot.zxid)} on its disk, damaged there (${snapshot.damaged}), for another reason than the damage: "${refusal}" (the damage calls for a reason matching ${String(expectedRefusal)})`
          this.integrityLapses.push({ server: slot.id, text })
        }
        return false
      }
      this.integrityLapses.push({ server: slot.id, text: `server ${slot.id} started from the snapshot at ${formatZxid(snapshot.zxid)} on its disk, damaged there (${snapshot.damaged}), without noticing` })
    }
    if (rewrite !== null && snapshot !== null && snapshot.tree === rewrite.text) {
      const problem = rewriteProblem(rewrite.text, rewrite.original, snapshot.zxid)
      if (problem !== null) {
        this.integrityLapses.push({ server: slot.id, text: `server ${slot.id} ${problem.refused ? "refused" : "started from"} the snapshot at ${formatZxid(snapshot.zxid)} on its disk, ${rewrite.what}: ${problem.text}` })
        if (problem.refused) {
          slot.refusedSnapshot = `it refused the snapshot at ${formatZxid(snapshot.zxid)}, ${rewrite.what}: ${problem.text}`
          return false
        }
      }
      this.count("sim-rewritten-snapshot-loaded")
    }
    slot.tree = snapshot === null ? emptyTree() : loadTree(snapshot.tree, snapshot.zxid)
    slot.applied = snapshot === null ? [] : [...snapshot.ghost]
    slot.fsyncRequested = 0
    slot.fsyncDone = 0
    slot.fsyncQueue = []
    slot.requests = new Set()
    slot.answered = new Set()
    slot.issued = new Set()
    slot.state = initialState(slot.config)
    slot.incarnation += 1
    slot.deliveredSinceSnapshot = 0
    if (recovery.tornTail) this.count("sim-torn-write-recovered")
    this.record({
      _tag: "Restarted",
      server: slot.id,
      acceptedEpoch: recovery.acceptedEpoch,
      currentEpoch: recovery.currentEpoch,
      snapshotZxid: snapshot?.zxid ?? 0,
      logLength: recovery.log.length,
      tornTail: recovery.tornTail,
    })
    this.feed(slot, {
      _tag: "Start",
      nowMs: this.ticks * virtualTickMs,
      recovered: {
        acceptedEpoch: recovery.acceptedEpoch,
        currentEpoch: recovery.currentEpoch,
        snapshotZxid: snapshot?.zxid ?? 0,
        log: recovery.log,
      },
    })
    return true
  }

  private feed(slot: Slot, input: Input): void {
    const state = slot.state
    if (state === null) return
    const result = peerStep(slot.config, state, input)
    slot.state = result.state
    for (const effect of result.effects) this.interpret(slot, effect)
    this.checkSnapshotCadence(slot)
  }

  /**
   * The snapshot cadence snapCount sets: a snapshot bounds what a restart replays and what the in-memory log
   * holds, so a server delivering snapCountTxns txns since its last one takes the next at the end of that
   * step (a step may deliver a batch past the count first), and takes none sooner. Counted from the
   * Deliver and snapshot effects the peer hands the runtime, not from the peer's own counter.
   */
  private checkSnapshotCadence(slot: Slot): void {
    if (slot.deliveredSinceSnapshot < slot.config.snapCountTxns) return
    this.snapshotLapses.push({
      server: slot.id,
      text: `server ${slot.id} ended a step with ${slot.deliveredSinceSnapshot} txns delivered since its last snapshot, and no snapshot taken (snapCount ${slot.config.snapCountTxns})`,
    })
    slot.deliveredSinceSnapshot = 0 // one report per lapse
  }

  /**
   * A snapshot must restore the tree it was taken from: a restart or a SNAP that loads it goes on from that
   * tree. (Loading it there would stop the run with an assertion; here it is reported as SnapshotRestores.)
   */
  private checkRestores(slot: Slot, serialized: string, what: string): void {
    this.compareReplica(slot, serialized, what)
    if (this.unrestorableSnapshots.length > 0) return // the first is the one reported
    // Servers snapshot at the same zxids (one snapCount), so most texts recur: each is loaded once.
    if (this.restoreChecked.has(serialized)) return
    this.restoreChecked.add(serialized)
    const problem = restoreProblem(serialized)
    if (problem !== null) this.unrestorableSnapshots.push({ server: slot.id, text: `server ${slot.id}: ${what} at ${formatZxid(slot.tree.lastApplied)} does not restore its tree: ${problem}` })
  }

  /**
   * Replicas converge: two servers at the same zxid have applied the same txns, so they hold the same tree,
   * byte for byte as serialised (its Stats, ACLs and sessions too). Compared wherever a tree is serialised
   * anyway (a snapshot taken or sent, each running server's as the run ends), against the first seen there.
   */
  private compareReplica(slot: Slot, serialized: string, what: string): void {
    if (this.divergentReplicas.length > 0) return // the first is the one reported
    const zxid = slot.tree.lastApplied
    const first = this.treeAtZxid.get(zxid)
    if (first === undefined) {
      this.treeAtZxid.set(zxid, { server: slot.id, text: serialized })
      return
    }
    if (first.text === serialized) return
    let at = 0
    while (at < serialized.length && serialized[at] === first.text[at]) at++
    const text = `server ${slot.id}'s tree at ${formatZxid(zxid)} (${what}) differs from server ${first.server}'s at the same zxid: at character ${at} it has ${JSON.stringify(serialized.slice(at, at + 60))}, server ${first.server}'s ${JSON.stringify(first.text.slice(at, at + 60))}`
    this.divergentReplicas.push({ server: slot.id, text })
  }

  /**
   * A snapshot taken or installed is durable once every write issued before it is (and an install, its own
   * write): so MemoryDisk's contract says, and a restart reads the newest durable one. The simulator reckons
   * it from the effects and the fsyncs it completes, apart from the disk and the storage-write fold.
   */
  private snapshotWritten(slot: Slot, zxid: Zxid, afterWrite: number): void {
    slot.snapshotsAwaitingSync.push({ zxid, afterWrite })
    this.settleSnapshots(slot)
  }

  private settleSnapshots(slot: Slot): void {
    if (slot.snapshotsAwaitingSync.length === 0) return
    const waiting: Array<{ readonly zxid: Zxid; readonly afterWrite: number }> = []
    for (const s of slot.snapshotsAwaitingSync) {
      if (s.afterWrite <= slot.fsyncDone) slot.durableSnapshotFloor = Math.max(slot.durableSnapshotFloor, s.zxid)
      else waiting.push(s)
    }
    slot.snapshotsAwaitingSync = waiting
  }

  /** The disk holds the newest durable snapshot, or a newer one (a crash may keep unsynced writes). */
  private checkSnapshotKept(slot: Slot, when: string): void {
    if (slot.durableSnapshotFloor < 0 || this.snapshotDurabilityLapses.length > 0) return
    const kept = slot.disk.durableSnapshot
    if (kept !== null && kept.zxid >= slot.durableSnapshotFloor) return
    const text = `server ${slot.id} ${when} with ${kept === null ? "no snapshot" : `the snapshot at ${formatZxid(kept.zxid)}`} on its disk, though the one it took or installed at ${formatZxid(slot.durableSnapshotFloor)} was durable (every write before it synced)`
    this.snapshotDurabilityLapses.push({ server: slot.id, text })
  }

  /**
   * A snapshot as the run ends is the snapshot format's text for its content and records the format's digest
   * (snapshot-format.ts computes both apart from the peer): a writer and a loader that agree with each other
   * can still disagree with the format, which another release reads. A RewriteSnapshot step checks the
   * snapshot it re-encodes the same way; this checks every run's final trees.
   */
  private checkFormat(slot: Slot, text: string): void {
    if (this.integrityLapses.length > 0) return
    const doc = parseSnapshotDocument(text)
    if (doc === null) return // SnapshotRestores reports a text that does not parse
    const at = formatZxid(slot.tree.lastApplied)
    const expected = formatDigest(doc)
    if (doc["digest"] !== expected) {
      const text = `server ${slot.id}'s tree at ${at} as the run ends serialises with the digest ${String(doc["digest"])}, but its nodes and sessions hash to ${expected} as the snapshot format defines it: another release would refuse the file`
      this.integrityLapses.push({ server: slot.id, text })
      return
    }
    const wrong = firstDifference(text, canonicalSnapshotText(doc))
    if (wrong !== null) this.integrityLapses.push({ server: slot.id, text: `server ${slot.id}'s tree at ${at} as the run ends is not written as the snapshot format writes its content: ${wrong}` })
  }

  /**
   * The loader's checks, tried on one server's tree as the run ends (disk-damage.ts, loaderChecks): each
   * damage must be refused, for the reason it calls for. A CorruptSnapshot step tries one damage in the life
   * of a server; this tries every check of the loader, and every form of a malformed id, in every run.
   */
  private checkLoaderRefuses(slot: Slot, text: string): void {
    if (this.integrityLapses.length > 0) return
    const at = formatZxid(slot.tree.lastApplied)
    for (const damage of loaderChecks(text)) {
      let refusal: string | null
      try {
        refusal = snapshotRefusal(damage.text, slot.tree.lastApplied)
      } catch (error) {
        this.integrityLapses.push({ server: slot.id, text: `server ${slot.id}'s snapshot of its tree at ${at} as the run ends, damaged (${damage.what}): the loader throws ${String(error)}` })
        return
      }
      if (refusal !== null && (damage.refusal === null || damage.refusal.test(refusal))) continue
      const found = refusal === null ? "loads it" : `refuses it for another reason than the damage: "${refusal}" (the damage calls for a reason matching ${String(damage.refusal)})`
      this.integrityLapses.push({ server: slot.id, text: `server ${slot.id}'s snapshot of its tree at ${at} as the run ends, damaged (${damage.what}): the loader ${found}` })
      return
    }
    // And the encodings it must accept: an older release's, and zxids at the edge of their range.
    for (const acceptance of loaderAcceptances(text)) {
      const problem = acceptanceProblem(acceptance.text, acceptance.expected)
      if (problem === null) continue
      this.integrityLapses.push({ server: slot.id, text: `server ${slot.id}'s snapshot of its tree at ${at} as the run ends, ${acceptance.what}: the loader ${problem}` })
      return
    }
  }

  /** At the end of a run: the snapshot each running server would take now restores its tree. */
  checkFinalSnapshotsRestore(): void {
    let loaderTried = false
    for (const slot of this.slots) {
      if (slot.state === null) continue
      this.checkSnapshotKept(slot, "ended the run")
      const text = slot.tree.serialize()
      this.checkRestores(slot, text, "a snapshot of its tree as the run ends")
      this.checkFormat(slot, text)
      if (!loaderTried) this.checkLoaderRefuses(slot, text)
      loaderTried = true
      const problem = sessionTableProblem(text, slot.applied)
      if (problem !== null && this.sessionTableLapses.length === 0) this.sessionTableLapses.push({ server: slot.id, text: `server ${slot.id}'s session table at ${formatZxid(slot.tree.lastApplied)} as the run ends: ${problem}` })
    }
  }

  private interpret(slot: Slot, effect: PeerEffect): void {
    switch (effect._tag) {
      case "Send":
        this.send(slot.id, effect.to, effect.message)
        return
      case "SendSnapshot": {
        assert(slot.tree.lastApplied === effect.zxid, "SendSnapshot names the zxid the tree is at")
        const message: Message = { _tag: "Snap", zxid: effect.zxid, tree: slot.tree.serialize() }
        this.checkRestores(slot, message.tree, `the SNAP it sent to server ${effect.to}`)
        this.snapGhosts.set(message, slot.applied.slice())
        this.send(slot.id, effect.to, message)
        return
      }
      case "Disconnect":
        if (this.recording) this.record({ _tag: "Observed", server: slot.id, effect })
        this.resetLink(slot.id, effect.peer, false)
        return
      case "Append":
        if (this.recording) this.record({ _tag: "Wrote", server: slot.id, effect })
        slot.lastWriteIssued = effect.write
        slot.disk.write({ kind: "append", write: effect.write, txn: effect.txn })
        return
      case "Truncate":
        if (this.recording) this.record({ _tag: "Wrote", server: slot.id, effect })
        slot.lastWriteIssued = effect.write
        slot.disk.write({ kind: "truncate", write: effect.write, zxid: effect.zxid })
        return
      case "WriteAcceptedEpoch":
        if (this.recording) this.record({ _tag: "Wrote", server: slot.id, effect })
        slot.lastWriteIssued = effect.write
        slot.disk.write({ kind: "accepted-epoch", write: effect.write, epoch: effect.epoch })
        return
      case "WriteCurrentEpoch":
        if (this.recording) this.record({ _tag: "Wrote", server: slot.id, effect })
        slot.lastWriteIssued = effect.write
        slot.disk.write({ kind: "current-epoch", write: effect.write, epoch: effect.epoch })
        return
      case "InstallSnapshot": {
        const ghost = this.deliveringGhost
        assert(ghost !== null, "InstallSnapshot only while a Snap is being received")
        if (this.recording) this.record({ _tag: "Wrote", server: slot.id, effect })
        slot.tree = loadTree(effect.tree, effect.zxid)
        slot.applied = [...ghost]
        slot.deliveredSinceSnapshot = 0
        slot.lastWriteIssued = effect.write
        slot.disk.write({ kind: "install", write: effect.write, snapshot: { zxid: effect.zxid, tree: effect.tree, ghost } })
        this.snapshotWritten(slot, effect.zxid, effect.write)
        return
      }
      case "Fsync":
        if (effect.through > slot.fsyncRequested) slot.fsyncQueue.push(effect.through)
        slot.fsyncRequested = Math.max(slot.fsyncRequested, effect.through)
        return
      case "TakeSnapshot":
        assert(slot.tree.lastApplied === effect.zxid, "TakeSnapshot names the zxid the tree is at")
        if (slot.deliveredSinceSnapshot < slot.config.snapCountTxns) {
          const text = `server ${slot.id} took a snapshot after ${slot.deliveredSinceSnapshot} txns delivered since its last one (snapCount ${slot.config.snapCountTxns})`
          this.snapshotLapses.push({ server: slot.id, text })
        }
        slot.deliveredSinceSnapshot = 0
        const tree = slot.tree.serialize()
        this.checkRestores(slot, tree, "the snapshot it took")
        slot.disk.snapshot({ zxid: effect.zxid, tree, ghost: slot.applied.slice() })
        this.snapshotWritten(slot, effect.zxid, slot.lastWriteIssued)
        return
      case "Deliver": {
        const answer = slot.tree.apply(effect.txn)
        slot.applied.push(effect.txn)
        slot.deliveredSinceSnapshot += 1
        this.learnChanges(effect.txn, answer)
        this.deliveries.push({ txn: effect.txn, server: slot.id, deliveredInEpoch: slot.state!.currentEpoch })
        this.record({ _tag: "Delivered", server: slot.id, zxid: effect.txn.zxid })
        const request = effect.txn.origin === slot.id ? this.requestOf(slot, effect.txn.request) : undefined
        if (request !== undefined && slot.requests.delete(request)) {
          slot.answered.add(request)
          const result = answer._tag === "Ok" ? "ok" : answer.code
          this.acknowledged.push({ txn: effect.txn, committedInEpoch: slot.state!.currentEpoch })
          this.replies.set(request, effect.txn.zxid)
          this.record({ _tag: "Replied", server: slot.id, request: effect.txn.request, zxid: effect.txn.zxid, result })
          this.checkStamp(slot.id, request, effect.txn.op._tag, answer)
          this.checkWriteStats(slot, effect.txn, answer)
          const session = this.sessionRequests.get(request)
          if (session !== undefined) this.answerSession(session, request, answer, slot)
          else this.recordHistory({ _tag: "OpCompleted", session: sessionOf(slot), op: request, at: this.ticks, result: historyResult(effect.txn.op, result, effect.txn.zxid) })
        }
        return
      }
      case "ClientReject": {
        const request = this.requestOf(slot, effect.request)
        // A request the peer has already answered gets no second answer: a client would see two replies to
        // one request. (One the simulator settled itself, its session dropped, may still be refused.)
        if (request !== undefined && slot.answered.has(request)) this.answeredTwice.push({ server: slot.id, request, reason: effect.reason })
        // The peer refuses only its own clients' writes of this lifetime (a restart starts with none): a refusal
        // of any other request would reach a client that never sent it.
        if (request === undefined || !slot.issued.has(request)) this.refusedUnissued.push({ server: slot.id, request: request ?? effect.request, reason: effect.reason })
        if (request !== undefined && slot.requests.delete(request)) {
          slot.answered.add(request)
          this.invokedAt.delete(request)
          this.replies.set(request, null)
          if (effect.reason === "NotReady") this.refusedNotReady.add(request)
          this.record({ _tag: "Replied", server: slot.id, request: effect.request, zxid: 0, result: effect.reason })
          const session = this.sessionRequests.get(request)
          // A session's client sees the refusal as a lost connection: it moves on, its other operations lost too.
          if (session !== undefined) this.disconnect(session)
          else this.recordHistory({ _tag: "OpCompleted", session: sessionOf(slot), op: request, at: this.ticks, result: { _tag: "Indeterminate", reason: "ConnectionLoss" } })
        }
        return
      }
      case "Proposed":
        this.broadcasts.push({ epoch: epochOf(effect.txn.zxid), leader: slot.id, txn: effect.txn })
        if (this.recording) this.record({ _tag: "Observed", server: slot.id, effect })
        return
      case "Established":
        this.established.push({ epoch: effect.epoch, leader: slot.id })
        this.record({ _tag: "Observed", server: slot.id, effect })
        return
      case "RoleChange":
        this.record({ _tag: "Observed", server: slot.id, effect })
        // As ZooKeeper does when a server leaves broadcast: it drops its clients' connections.
        if (effect.phase !== "broadcast") this.dropSessionsOf(slot.id)
        // The peer refuses every write it holds before it announces the election (roles.ts, abandon).
        if (effect.role === "looking") for (const request of slot.requests) this.keptPastRoleChange.push({ server: slot.id, request })
        return
      case "Observe":
        this.count(effect.branch)
        this.record({ _tag: "Observed", server: slot.id, effect })
        return
    }
  }

  /** Count a branch the run itself observed (the simulator target, harness/sim-target.ts). */
  countBranch(branch: string): void {
    this.count(branch)
  }

  private count(branch: string): void {
    this.coverage.set(branch, (this.coverage.get(branch) ?? 0) + 1)
  }

  private recordHistory(event: HistoryEvent): void {
    this.history.push(event)
    if (this.events !== null) this.events.push(event)
  }

  private record(event: RuntimeEvent): void {
    if (this.events !== null) this.events.push(event)
    if (this.tap !== null) this.tap.recorded(event)
    if (this.sink !== null) this.sink(event)
  }

  /** Feed the environment's queued inputs (connection losses) until none are left. */
  private drain(): void {
    let fed = 0
    while (this.pendingInputs.length > 0 || this.afterStep.length > 0) {
      fed += 1
      assert(fed <= pendingInputsMax, "environment inputs do not settle")
      const next = this.pendingInputs.shift()
      if (next === undefined) {
        this.afterStep.shift()!()
        continue
      }
      if (this.recording && next.input._tag === "ConnectionDown" && this.alive(next.to)) {
        this.record({ _tag: "ConnectionLost", server: next.to, peer: next.input.peer })
      }
      this.feed(this.slot(next.to), next.input)
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // The network.

  private alive(id: ServerId): boolean {
    return this.slot(id).state !== null
  }

  private linkUp(a: ServerId, b: ServerId): boolean {
    return this.alive(a) && this.alive(b) && this.side[a] === this.side[b]
  }

  private link(from: ServerId, to: ServerId): Array<Message> {
    return this.links[from * (this.n + 1) + to]!
  }

  private send(from: ServerId, to: ServerId, message: Message): void {
    if (this.events !== null || (this.sink !== null && message._tag !== "Ping" && (message._tag !== "Notification" || this.sinkNotifications))) {
      this.record({ _tag: "Sent", server: from, to, message })
    }
    if (from === to) return
    const up = this.linkUp(from, to)
    if (this.tap !== null) this.tap.sent(from, to, message, up)
    if (!up) return
    this.link(from, to).push(message)
    // A connection to a leader starts with FOLLOWERINFO (a rejoin sends it again); watch its ACK order.
    const tag = message._tag
    if (tag === "FollowerInfo") this.awaitingNewLeaderAck.add(from * (this.n + 1) + to)
    else if (tag === "AckNewLeader") this.awaitingNewLeaderAck.delete(from * (this.n + 1) + to)
    else if (tag === "Ack" && this.awaitingNewLeaderAck.has(from * (this.n + 1) + to)) this.earlyAcks.push({ follower: from, leader: to, zxid: message.zxid })
  }

  /** Break the connection a–b: drop what is in flight both ways; the live ends (but `a` if it asked) notice. */
  private resetLink(a: ServerId, b: ServerId, notifyA: boolean): void {
    if (this.tap !== null) this.tap.reset(a, b)
    this.linkResets[Math.min(a, b) * (this.n + 1) + Math.max(a, b)]! += 1
    this.link(a, b).length = 0
    this.link(b, a).length = 0
    if (notifyA && this.alive(a)) this.pendingInputs.push({ to: a, input: { _tag: "ConnectionDown", peer: b } })
    if (this.alive(b)) this.pendingInputs.push({ to: b, input: { _tag: "ConnectionDown", peer: a } })
  }

  /** Fill `nonEmpty` with the indexes of the links that hold messages, in (from, to) order; returns how many. */
  private collectNonEmptyLinks(): number {
    let count = 0
    for (let i = 0; i < this.links.length; i++) if (this.links[i]!.length > 0 && !this.pausedLink(i)) this.nonEmpty[count++] = i
    return count
  }

  /** A paused server reads nothing: what is sent to it waits in its link (as in its socket's buffer). */
  private pausedLink(index: number): boolean {
    const to = index % (this.n + 1)
    return this.pausedUntil[to]! > 0 || to === this.heldInto || (this.heldLinks !== null && this.heldLinks.has(index))
  }

  private paused(id: ServerId): boolean {
    return this.pausedUntil[id]! > 0
  }

  private deliverAt(index: number): string {
    const from = Math.floor(index / (this.n + 1))
    const to = index % (this.n + 1)
    const message = this.links[index]!.shift()!
    this.record({ _tag: "Received", server: to, from, message })
    this.deliveringGhost = message._tag === "Snap" ? (this.snapGhosts.get(message) ?? null) : null
    this.feed(this.slot(to), { _tag: "Received", from, message })
    this.deliveringGhost = null
    const trap = this.trap
    if (trap !== null && trap.message === message._tag) this.spring(trap, from, to, message)
    return this.events === null ? TAKEN : `deliver ${from}->${to} ${describeMessage(message)}`
  }

  /** Fire an armed CrashOnDelivery: the receiver has handled the message (and what it caused has settled). */
  private spring(trap: NonNullable<World["trap"]>, from: ServerId, to: ServerId, message: Message): void {
    this.trap = null
    this.drain()
    const target = trap.who === "sender" ? from : to
    if (!this.alive(target)) return
    this.count("sim-crash-on-delivery")
    const text = this.crash(this.slot(target), trap.disk)
    if (this.events !== null) this.sprung.push(`${text} as ${from}->${to} ${describeMessage(message)} was delivered`)
  }

  /** The server that leads, if any: the live leader with the highest epoch (lowest id on a tie). */
  leader(): ServerId | null {
    let best: Slot | null = null
    for (const slot of this.slots) {
      const state = slot.state
      if (state === null || state.role.kind !== "leading") continue
      if (best === null || state.currentEpoch > best.state!.currentEpoch) best = slot
    }
    return best === null ? null : best.id
  }

  /**
   * Cut every link between `group` and the servers outside it, on top of the partitions already in place
   * (a firewall rule, not a new layout): successive cuts build any shape, e.g. {1,2} | {3} | {4,5}. False
   * when the cut changes nothing.
   */
  private partition(group: ReadonlyArray<ServerId>): boolean {
    const inGroup = new Set(group.filter((id) => id >= 1 && id <= this.n))
    if (inGroup.size === 0 || inGroup.size === this.n) return false
    // A side is now (old side, in the group or not), renumbered by each side's lowest server id.
    const renumber = new Map<number, number>()
    const sides = new Array<number>(this.n + 1).fill(0)
    for (let id = 1; id <= this.n; id++) {
      const key = this.side[id]! * 2 + (inGroup.has(id) ? 1 : 0)
      let side = renumber.get(key)
      if (side === undefined) {
        side = renumber.size
        renumber.set(key, side)
      }
      sides[id] = side
    }
    let changed = false
    for (let a = 1; a <= this.n; a++) {
      for (let b = a + 1; b <= this.n; b++) {
        const wasUp = this.side[a] === this.side[b]
        const staysUp = sides[a] === sides[b]
        if (wasUp && !staysUp) {
          changed = true
          this.resetLink(a, b, true)
        }
      }
    }
    if (!changed) return false
    for (let id = 1; id <= this.n; id++) this.side[id] = sides[id]!
    return true
  }

  /** The servers grouped by partition side, each group ascending, groups ordered by their lowest id. */
  partitionGroups(): Array<Array<ServerId>> {
    const groups: Array<Array<ServerId>> = []
    for (let id = 1; id <= this.n; id++) {
      const side = this.side[id]!
      while (groups.length <= side) groups.push([])
      groups[side]!.push(id)
    }
    return groups.filter((g) => g.length > 0)
  }

  private describeGroups(): string {
    return this.partitionGroups()
      .map((g) => `{${g.join(",")}}`)
      .join(" | ")
  }

  // -------------------------------------------------------------------------------------------------------
  // Schedule steps.

  /** Run one step; returns what it did, or null if it made no sense now and was skipped. */
  apply(step: Step): StepText {
    const text = this.applyStep(step)
    this.drain()
    if (this.sprung.length === 0 || text === null) return text
    const fired = `${text}; then ${this.sprung.join("; ")}`
    this.sprung = []
    return fired
  }

  private applyStep(step: Step): StepText {
    switch (step._tag) {
      case "Deliver": {
        const count = this.collectNonEmptyLinks()
        if (count === 0) return null
        return this.deliverAt(this.nonEmpty[step.pick % count]!)
      }
      case "Settle": {
        const moved = this.settleQuietly(step.fsync)
        return moved === 0 ? null : step.fsync ? `settle (${moved} deliveries and fsyncs)` : `settle, disks slow (${moved} deliveries)`
      }
      case "Tick": {
        const first = this.ticks + 1
        const ticks = step.ticks ?? 1
        for (let t = 0; t < ticks; t++) {
          if (t > 0) this.drain()
          this.ticks += 1
          const tick = tickAt(this.ticks)
          for (const slot of this.slots) {
            // A paused server's clock does not run; it resumes at its tick (and takes that one).
            if (this.paused(slot.id) && this.ticks < this.pausedUntil[slot.id]!) continue
            this.pausedUntil[slot.id] = 0
            this.feed(slot, tick)
          }
        }
        if (this.events === null) return TAKEN
        return ticks === 1 ? `tick ${this.ticks}` : `ticks ${first}-${this.ticks}`
      }
      case "Fsync": {
        if (step.server > this.n || this.paused(step.server)) return null
        const slot = this.slot(step.server)
        if (slot.state === null || slot.fsyncRequested <= slot.fsyncDone) return null
        // A disk that completes one request at a time: what a later append's sender did is out, the append
        // is not durable yet (on the leader as on a follower).
        return this.completeFsync(slot, this.config.fsyncOneAtATime === true ? slot.fsyncQueue[0] : undefined)
      }
      case "Crash":
        if (step.server > this.n || !this.alive(step.server)) return null
        return this.crash(this.slot(step.server), step.disk)
      case "CrashLeader": {
        const leader = this.leader()
        return leader === null ? null : this.crash(this.slot(leader), step.disk)
      }
      case "CrashOnDelivery": {
        const armed = this.trap
        if (armed !== null && armed.message === step.message && armed.who === step.who && armed.disk === step.disk) return null
        this.trap = { message: step.message, who: step.who, disk: step.disk }
        return `arm: crash the ${step.who} of the next ${step.message} delivered, ${step.disk}`
      }
      case "Restart": {
        if (step.server > this.n || this.alive(step.server)) return null
        const slot = this.slot(step.server)
        if (!this.boot(slot)) return `restart ${step.server}: it refuses to start${slot.refusedSnapshot === null ? "" : ` (${slot.refusedSnapshot})`}`
        return `restart ${step.server}`
      }
      case "CorruptSnapshot":
        if (this.damageArmed === step.pick) return null
        this.damageArmed = step.pick
        return this.events === null ? TAKEN : `arm: the next server to start from a snapshot finds it damaged (pick ${step.pick})`
      case "RewriteSnapshot":
        if (this.rewriteArmed === step.pick) return null
        this.rewriteArmed = step.pick
        return this.events === null ? TAKEN : `arm: the next server to start from a snapshot finds it re-encoded (pick ${step.pick})`
      case "Reset": {
        const { a, b } = step
        if (a === b || a > this.n || b > this.n || !this.linkUp(a, b)) return null
        this.resetLink(a, b, true)
        return `reset ${a}<->${b}`
      }
      case "Partition":
        if (!this.partition(step.group)) return null
        if (this.partitionGroups().every((g) => g.length < this.quorum())) this.count("sim-partition-without-quorum")
        this.record({ _tag: "Partitioned", groups: this.partitionGroups() })
        return `partition ${this.describeGroups()}`
      case "IsolateLeader": {
        const leader = this.leader()
        if (leader === null || !this.partition([leader])) return null
        this.count("sim-leader-isolated")
        this.record({ _tag: "Partitioned", groups: this.partitionGroups() })
        return `isolate leader ${leader}: ${this.describeGroups()}`
      }
      case "Heal":
        if (this.side.every((s) => s === 0)) return null
        this.side.fill(0)
        this.record({ _tag: "Healed" })
        return "heal"
      case "Pause": {
        if (step.server > this.n || !this.alive(step.server) || this.paused(step.server)) return null
        this.pausedUntil[step.server] = this.ticks + step.ticks
        this.count("sim-server-paused")
        return this.events === null ? TAKEN : `pause ${step.server} for ${step.ticks} ticks`
      }
      case "ClientWrite": {
        if (step.server > this.n || !this.alive(step.server) || this.paused(step.server)) return null
        return this.clientWrite(this.slot(step.server), step.op)
      }
      case "Client":
        return this.clientOp(step.session, step.op)
      case "ClientMove":
        if (step.server > this.n || this.paused(step.server)) return null
        return this.moveSession(step.session, this.slot(step.server))
    }
  }

  /**
   * The damage an armed CorruptSnapshot step does as `slot` starts (disk-damage.ts): one value of the
   * snapshot its disk holds changed, unless that would leave fewer than a quorum of servers able to start (a
   * server refuses a damaged snapshot for good, and ZAB promises progress to a quorum only). Fires once.
   */
  /** Servers that refuse to start for good (a damaged snapshot; a torn log tail under ZOOKEEPER-2332). */
  private refusingServers(): number {
    return this.slots.filter((s) => s.corruptTail || s.refusedSnapshot !== null).length
  }

  /** The reason a refusal must match (null: any reason) if it damaged the snapshot, undefined if not. */
  private damageOnStart(slot: Slot): RegExp | null | undefined {
    const pick = this.damageArmed
    const stored = slot.disk.durableSnapshot
    if (pick === null || stored === null) return undefined
    if (this.n - this.refusingServers() - 1 < this.quorum()) return undefined
    this.damageArmed = null
    const damage = damageSnapshot(stored.tree, pick)
    assert(damage !== null, "the simulator's own snapshot can be damaged")
    slot.disk.damageSnapshot(damage.text, damage.what)
    assert(slot.disk.durableSnapshot?.tree === damage.text, "the damaged snapshot is on the disk")
    this.count("sim-snapshot-damaged")
    return damage.refusal
  }

  /**
   * The re-encoding an armed RewriteSnapshot step makes as `slot` starts (snapshot-format.ts): the same tree
   * written as another release or a tool might. A recorded digest that is not the format's is a lapse of
   * the server that wrote it. Fires once.
   */
  private rewriteOnStart(slot: Slot): { readonly text: string; readonly original: string; readonly what: string } | null {
    const pick = this.rewriteArmed
    const stored = slot.disk.durableSnapshot
    if (pick === null || stored === null || stored.damaged !== undefined) return null
    this.rewriteArmed = null
    // A snapshot re-encoded before is re-encoded from what the server wrote, and must load to that.
    const original = slot.rewritten?.text === stored.tree ? slot.rewritten.original : stored.tree
    const rewrite = rewriteSnapshot(original, pick)
    assert(rewrite !== null, "the simulator's own snapshot can be re-encoded")
    if (rewrite.wrongDigest !== null) {
      const { recorded, expected } = rewrite.wrongDigest
      const text = `server ${slot.id}'s snapshot at ${formatZxid(stored.zxid)} records the digest ${recorded}, but its nodes and sessions hash to ${expected} as the snapshot format defines it: another release would refuse the file`
      this.integrityLapses.push({ server: slot.id, text })
    }
    if (rewrite.wrongEncoding !== null) {
      const text = `server ${slot.id}'s snapshot at ${formatZxid(stored.zxid)} is not written as the snapshot format writes its content: ${rewrite.wrongEncoding}`
      this.integrityLapses.push({ server: slot.id, text })
    }
    slot.disk.rewriteSnapshot(rewrite.text)
    slot.rewritten = { text: rewrite.text, original }
    this.count("sim-snapshot-rewritten")
    return { text: rewrite.text, original, what: rewrite.what }
  }

  private completeFsync(slot: Slot, upTo?: number): string {
    const through = upTo ?? slot.fsyncRequested
    slot.disk.fsync(through)
    slot.fsyncDone = through
    this.settleSnapshots(slot)
    while (slot.fsyncQueue.length > 0 && slot.fsyncQueue[0]! <= through) slot.fsyncQueue.shift()
    this.record({ _tag: "FsyncCompleted", server: slot.id, through })
    this.feed(slot, { _tag: "FsyncDone", through })
    return this.events === null ? TAKEN : `fsync ${slot.id} through write ${through}`
  }

  /**
   * A write's answer tells its client the time the leader stamped on its txn (a create's ctime and mtime, a
   * setData's mtime). The leader stamps it with its clock, the virtual time of its last tick (or of its
   * start) when it proposes the txn, which lies between the write's invocation and its answer: a server's
   * clock stands still only while it is paused, and it reads nothing then, and it takes its tick on resuming.
   */
  private checkStamp(server: ServerId, request: number, op: TxnOp["_tag"], answer: ClientResult): void {
    const invoked = this.invokedAt.get(request)
    this.invokedAt.delete(request)
    if (invoked === undefined || answer._tag !== "Ok" || answer.stat === undefined || (op !== "Create" && op !== "SetData")) return
    const invokedMs = invoked * virtualTickMs
    const answeredMs = this.ticks * virtualTickMs
    const stamped = (field: "ctime" | "mtime", timeMs: number): void => {
      if (timeMs < invokedMs || timeMs > answeredMs) this.misstamped.push({ server, request, field, timeMs, invokedMs, answeredMs })
    }
    if (op === "Create") stamped("ctime", answer.stat.ctime)
    stamped("mtime", answer.stat.mtime)
  }

  /**
   * Records what the txn changed where it is first applied. Every server applying it changes the same: `apply`
   * is a function of the tree and the txn, and ZAB gives every server the same txns in the same order.
   */
  private learnChanges(txn: Txn, answer: ClientResult): void {
    if (!this.txnChanges.has(txn.zxid)) this.txnChanges.set(txn.zxid, { txn, changes: changesOf(txn, answer) })
  }

  /** What a delivered txn changed, if it is the txn this world saw delivered with that zxid. */
  private readonly changesOfTxn = (txn: Txn): ReadonlyArray<ZnodeChange> | undefined => {
    const known = this.txnChanges.get(txn.zxid)
    return known !== undefined && sameTxn(known.txn, txn) ? known.changes : undefined
  }

  /** The Stat a server reports for `path` must be the one the txns its tree reflects fix. */
  private checkStat(slot: Slot, what: string, path: string, stat: Stat, applied: ReadonlyArray<Txn>, changes: (txn: Txn) => ReadonlyArray<ZnodeChange> | undefined): void {
    const fixed = fixedStat(path, applied, changes)
    if (fixed === null) return
    const mismatch = statMismatch(stat, fixed)
    if (mismatch !== null) this.misreported.push({ server: slot.id, text: `server ${slot.id} ${what} a Stat of ${path} with ${mismatch}` })
  }

  /**
   * Every node of every server's tree must hold the Stat its txns fix, read or not: a client may read any
   * of them, and the schedule's few reads rarely follow the change that moved a field (a child's delete).
   */
  auditStats(): void {
    for (const slot of this.slots) {
      const visit = (path: string): void => {
        const answer = slot.tree.read({ _tag: "GetChildren", path })
        if (answer._tag !== "Ok" || answer.stat === undefined) return
        this.checkStat(slot, "holds at the run's end", path, answer.stat, slot.applied, this.changesOfTxn)
        for (const child of answer.children ?? []) visit(path === "/" ? `/${child}` : `${path}/${child}`)
      }
      visit("/")
    }
  }

  /** A write's answer: the Stat of a create or setData, or of each such op of a multi, as applying it left the node. */
  private checkWriteStats(slot: Slot, txn: Txn, answer: ClientResult): void {
    const what = `told the client of write #${txn.request}`
    const missing = missingFromAnswer(txn.op, answer)
    if (missing !== null) this.misreported.push({ server: slot.id, text: `server ${slot.id} ${what} an answer with ${missing}` })
    if (answer._tag !== "Ok") return
    const op = txn.op
    if ((op._tag === "Create" || op._tag === "SetData" || op._tag === "SetACL") && answer.stat !== undefined) {
      this.checkStat(slot, what, answer.path ?? op.path, answer.stat, slot.applied, this.changesOfTxn)
    }
    if (op._tag !== "Multi" || answer.results === undefined) return
    const before = slot.applied.slice(0, -1)
    answer.results.forEach((result, i) => {
      // A result without its Stat is reported above (missingFromAnswer).
      if ((result._tag !== "Created" && result._tag !== "DataSet") || result.stat === undefined) return
      const path = result._tag === "Created" ? result.path : op.ops[i]!.path
      const through = changesOf(txn, answer, i)
      this.checkStat(slot, `${what} (op ${i})`, path, result.stat, [...before, txn], (t) => (t === txn ? through : this.changesOfTxn(t)))
    })
  }

  /**
   * The request number the peer is given for client request `request`: the next of this server's own
   * sequence, as the TCP runtime numbers its client port's requests (and ZooKeeper a session's cxids), so
   * two servers' writes share numbers and the peer must tell them apart by origin. The sequence goes on
   * across restarts, as the TCP runtime's does: a txn an earlier incarnation forwarded may still commit, and
   * must not answer a request of this one.
   */
  private numberRequest(slot: Slot, request: number): number {
    slot.requestsNumbered += 1
    slot.requestOps.set(slot.requestsNumbered, request)
    return slot.requestsNumbered
  }

  /** The client request a request number this server's peer was given stands for; undefined if never given. */
  private requestOf(slot: Slot, numbered: number): number | undefined {
    return slot.requestOps.get(numbered)
  }

  private clientWrite(slot: Slot, op: WriteOp): string {
    const request = this.nextRequest++
    slot.requests.add(request)
    this.invokedAt.set(request, this.ticks)
    slot.issued.add(request)
    const numbered = this.numberRequest(slot, request)
    this.record({ _tag: "ClientRequest", server: slot.id, request: numbered, op })
    this.recordHistory({ _tag: "OpInvoked", session: sessionOf(slot), op: request, at: this.ticks, operation: historyOp(op) })
    this.feed(slot, { _tag: "ClientWrite", request: numbered, op })
    return this.events === null ? TAKEN : `client of ${slot.id}: ${describeOp(op)} (#${request})`
  }

  // -------------------------------------------------------------------------------------------------------
  // Client sessions (Client steps).

  /** Session `index`'s current session: created on first use, and anew once the one before began to close. */
  private clientSession(index: number): ClientSession {
    let session = this.sessions.get(index)
    if (session === undefined || session.closing) {
      const last = session === undefined ? (index % this.n) + 1 : session.last
      session = { id: "", zk: null, opening: null, established: false, releasing: false, closing: false, server: null, last, lastZxidSeen: 0, pending: [], auth: [] }
      this.sessions.set(index, session)
    }
    return session
  }

  /**
   * The next session id `slot` hands out, as ZooKeeper's SessionTrackerImpl draws them: the server id in the
   * top byte, below it the virtual time (ms, plus 1: ZooKeeper's clock is never 0, and so the low bits stay
   * above the ClientWrite clients' incarnations, see sessionOf) at the first session of this incarnation,
   * counting up. A real restart takes milliseconds, so ZooKeeper's successive lifetimes never draw an id
   * twice; a restart on the same tick would here, so an incarnation never starts below the ids its
   * predecessors handed out.
   */
  private nextSessionId(slot: Slot): SessionId {
    const known = this.sessionIds[slot.id]
    if (known === undefined || known.incarnation !== slot.incarnation) {
      const fresh = initialSessionId(slot.id, this.ticks * virtualTickMs + 1)
      this.sessionIds[slot.id] = { incarnation: slot.incarnation, next: known === undefined || fresh > known.next ? fresh : known.next }
    }
    const ids = this.sessionIds[slot.id]!
    const id = ids.next
    ids.next += 1n
    return id
  }

  /** Serving clients, as ZooKeeper's servers do: in broadcast, leader or follower. */
  private serving(slot: Slot): boolean {
    return slot.state !== null && slot.state.role.kind !== "looking" && slot.state.role.phase === "broadcast"
  }

  /**
   * The server the session talks to: the one it is connected to while that one serves, else the first
   * serving server from the one after its last (its own first), skipping those behind what it has seen.
   * Null when none will have it: the step is skipped, as a client retries until it connects.
   */
  private connect(session: ClientSession): Slot | null {
    if (session.server !== null) {
      const slot = this.slot(session.server)
      if (this.serving(slot)) return slot
      this.disconnect(session)
    }
    const moving = session.lastZxidSeen > 0
    for (let k = 0; k < this.n; k++) {
      const id = ((session.last - 1 + (moving ? k + 1 : k)) % this.n) + 1
      const slot = this.slot(id)
      if (!this.serving(slot) || this.paused(id)) continue
      if (slot.tree.lastApplied < session.lastZxidSeen) {
        this.count("sim-session-refused-behind")
        if (!this.staleReconnect) continue
      }
      if (moving) this.count("sim-session-moved")
      session.server = id
      session.last = id
      return slot
    }
    return null
  }

  /** The session leaves its server for `slot`, if that one serves and will have it (see connect). */
  private moveSession(index: number, slot: Slot): StepText {
    const session = this.clientSession(index)
    if (session.server === slot.id || !this.serving(slot)) return null
    if (slot.tree.lastApplied < session.lastZxidSeen) {
      this.count("sim-session-refused-behind")
      if (!this.staleReconnect) return null
    }
    if (session.server !== null) this.disconnect(session)
    this.count("sim-session-moved")
    session.server = slot.id
    session.last = slot.id
    return this.events === null ? TAKEN : `session ${session.id === "" ? `#${index}` : session.id} moves to ${slot.id}`
  }

  /**
   * The connection is lost: every operation the session waits on ends in ConnectionLoss (a write may yet
   * happen). A session whose CreateSession had not committed is gone for its client, which opens a new one.
   */
  private disconnect(session: ClientSession): void {
    const server = session.server
    const forget = (request: number): void => {
      this.sessionRequests.delete(request)
      if (server !== null) this.slot(server).requests.delete(request)
    }
    if (session.opening !== null) forget(session.opening)
    for (const pending of session.pending) {
      // No answer will come for it: its txn may still commit, unknown to the client.
      if (pending.txn && session.established) forget(pending.op)
      this.recordHistory({ _tag: "OpCompleted", session: session.id, op: pending.op, at: this.ticks, result: { _tag: "Indeterminate", reason: "ConnectionLoss" } })
    }
    session.pending.length = 0
    session.server = null
    session.releasing = false
    if (!session.established) {
      if (session.opening !== null) this.count("sim-session-lost-before-commit")
      session.zk = null
      session.opening = null
      session.id = ""
      // Its AddAuths belonged to the session that never was; the next one starts without identities.
      session.auth = []
    }
    // A closing session's client is done with it, whatever became of its CloseSession.
    if (session.closing) this.closingSessions.delete(session)
  }

  private dropSessionsOf(server: ServerId): void {
    for (const session of this.sessions.values()) if (session.server === server) this.disconnect(session)
    for (const session of this.closingSessions) if (session.server === server) this.disconnect(session)
  }

  /** Open the session at `slot`: a CreateSession txn there, which the session's operations wait for. */
  private openSession(session: ClientSession, slot: Slot): void {
    const id = this.nextSessionId(slot)
    session.zk = id
    session.id = BigInt.asUintN(64, id).toString()
    const request = this.nextRequest++
    session.opening = request
    slot.requests.add(request)
    this.invokedAt.set(request, this.ticks)
    slot.issued.add(request)
    this.sessionRequests.set(request, session)
    const op: TxnOp = { _tag: "CreateSession", session: id, timeoutMs: clientSessionTimeoutMs }
    const numbered = this.numberRequest(slot, request)
    this.record({ _tag: "ClientRequest", server: slot.id, request: numbered, op })
    this.feed(slot, { _tag: "ClientWrite", request: numbered, op })
  }

  private clientOp(index: number, operation: HistoryOp): StepText {
    const current = this.sessions.get(index)
    // Nothing to close: the session was never opened (or is closing already).
    if (operation._tag === "CloseSession" && (current === undefined || current.closing || current.zk === null)) return null
    const session = this.clientSession(index)
    // A paused server reads no request: the step is skipped, as on a server that is down.
    if (session.server !== null && this.paused(session.server)) return null
    const slot = this.connect(session)
    if (slot === null) return null
    if (session.zk === null) {
      this.openSession(session, slot)
      // Refused at once (the server has no leader to take it): the client connects nowhere this time.
      if (session.zk === null) return null
    }
    const op = this.nextRequest++
    this.recordHistory({ _tag: "OpInvoked", session: session.id, op, at: this.ticks, operation })
    if (operation._tag === "AddAuth") {
      // The identity counts for every operation invoked after this one (the server takes it on arrival).
      // An ip one is the address the addauth names (see ClientSession.auth).
      const identity: AuthId = operation.scheme === "digest" ? { scheme: "digest", id: digestId(operation.id) } : { scheme: "ip", id: operation.id }
      if (!session.auth.some((a) => a.scheme === identity.scheme && a.id === identity.id)) session.auth = [...session.auth, identity]
    }
    const auth = session.auth
    const txn = txnOpOf(operation, session.zk!, this.localSync, auth)
    const text = this.events === null ? TAKEN : `session ${session.id} on ${slot.id}: ${describeHistoryOp(operation)} (#${op})`
    if (operation._tag === "CloseSession") {
      session.closing = true
      this.closingSessions.add(session)
    }
    if (txn === null) {
      session.pending.push({ op, operation, txn: false, auth })
      // A read is answered at once unless the session waits on earlier operations (it is answered after them).
      if (session.pending.length === 1 && session.established) this.answerQueued(session, slot)
      return text
    }
    session.pending.push({ op, operation, txn: true, auth })
    // Until its CreateSession commits, the client holds its requests back (they go out in establish).
    if (session.established && !session.releasing) this.sendSessionTxn(session, slot, op, txn)
    return text
  }

  private sendSessionTxn(session: ClientSession, slot: Slot, op: number, txn: TxnOp): void {
    slot.requests.add(op)
    this.invokedAt.set(op, this.ticks)
    slot.issued.add(op)
    this.sessionRequests.set(op, session)
    const numbered = this.numberRequest(slot, op)
    this.record({ _tag: "ClientRequest", server: slot.id, request: numbered, op: txn })
    this.feed(slot, { _tag: "ClientWrite", request: numbered, op: txn })
  }

  /**
   * The session's CreateSession committed at its server: what it held back goes out, in order, once the step
   * that delivered it is over (sent from inside it, a request would be a peer step nested in another, its
   * PROPOSAL sent before that step's own messages).
   */
  private establish(session: ClientSession, answer: ClientResult, slot: Slot): void {
    session.opening = null
    session.established = true
    session.releasing = true
    this.count("sim-session-established")
    if (answer.zxid > session.lastZxidSeen) session.lastZxidSeen = answer.zxid
    const incarnation = slot.incarnation
    this.afterStep.push(() => {
      if (!session.releasing) return // disconnected meanwhile: what it held ended with the connection
      session.releasing = false
      if (session.server !== slot.id || slot.incarnation !== incarnation || slot.state === null) return
      for (const pending of session.pending) {
        if (pending.txn) this.sendSessionTxn(session, slot, pending.op, txnOpOf(pending.operation, session.zk!, this.localSync, pending.auth)!)
      }
      this.answerQueued(session, slot)
    })
  }

  /** The server answered a txn of the session; the reads queued behind it are answered next. */
  private answerSession(session: ClientSession, op: number, answer: ClientResult, slot: Slot): void {
    this.sessionRequests.delete(op)
    if (op === session.opening) {
      this.establish(session, answer, slot)
      return
    }
    const at = session.pending.findIndex((p) => p.op === op)
    assert(at >= 0, "a session's txn is answered while the session waits for it")
    const pending = session.pending[at]!
    session.pending.splice(at, 1)
    this.complete(session, pending, answer)
    if (pending.operation._tag === "CloseSession") {
      // The server closes the connection once it has answered the close.
      this.count("sim-session-closed")
      this.disconnect(session)
      return
    }
    this.answerQueued(session, slot)
  }

  /** Answer the reads (and, under sync-answered-locally, syncs) at the head of the session's queue from the server's tree. */
  private answerQueued(session: ClientSession, slot: Slot): void {
    while (session.pending.length > 0 && !session.pending[0]!.txn) {
      const pending = session.pending.shift()!
      const operation = pending.operation
      if (operation._tag === "AddAuth") {
        // Answered at once and in turn, with no zxid (ZooKeeper's reply to auth carries 0).
        this.recordHistory({ _tag: "OpCompleted", session: session.id, op: pending.op, at: this.ticks, result: { _tag: "Ok" } })
        continue
      }
      if (operation._tag === "GetACL") {
        const answer = slot.tree.read({ _tag: "GetData", path: operation.path }) // its NoNode and Stat
        if (answer._tag === "Ok" && answer.stat !== undefined) this.checkStat(slot, `told the client of read #${pending.op}`, operation.path, answer.stat, slot.applied, this.changesOfTxn)
        this.complete(session, pending, answer, getAclResult(answer, slot.tree.aclOf(operation.path) ?? [], pending.auth))
        continue
      }
      const answer: ClientResult =
        operation._tag === "GetData" || operation._tag === "Exists" || operation._tag === "GetChildren"
          ? slot.tree.read(operation)
          : { _tag: "Ok", zxid: slot.tree.lastApplied } // a sync answered from the server's own state (the bug)
      const missing = missingFromAnswer(operation, answer)
      if (missing !== null) this.misreported.push({ server: slot.id, text: `server ${slot.id} told the client of read #${pending.op} an answer with ${missing}` })
      if (answer._tag === "Ok" && answer.stat !== undefined && "path" in operation) this.checkStat(slot, `told the client of read #${pending.op}`, operation.path, answer.stat, slot.applied, this.changesOfTxn)
      // FinalRequestProcessor's check, once the node is found: getData and getChildren need READ; exists
      // needs nothing (as ZooKeeper 3.8.0 to 3.8.3 do; 3.8.4 asks READ, ZOOKEEPER-2590). As the client port.
      const denied = answer._tag === "Ok" && (operation._tag === "GetData" || operation._tag === "GetChildren") && !aclAllows(slot.tree.aclOf(operation.path) ?? [], Perms.read, pending.auth)
      this.complete(session, pending, denied ? { _tag: "Error", zxid: answer.zxid, code: "NoAuth" } : answer)
    }
  }

  /** Record what the client was told (`result`: the answer in the history's terms, when it is not sessionResult's). */
  private complete(session: ClientSession, pending: PendingClientOp, answer: ClientResult, result: HistoryResult = sessionResult(pending.operation, answer)): void {
    if (answer.zxid > session.lastZxidSeen) session.lastZxidSeen = answer.zxid
    this.recordHistory({ _tag: "OpCompleted", session: session.id, op: pending.op, at: this.ticks, result })
  }

  private crash(slot: Slot, mode: DiskMode): string {
    const state = slot.state!
    if (state.role.kind === "following" && state.role.phase === "synchronization") this.count("sim-crash-during-sync")
    if (state.role.kind === "leading" && state.role.outstanding.length > 0) this.count("sim-crash-leader-between-proposal-and-commit")
    slot.stateBeforeCrash = state
    slot.state = null
    this.pausedUntil[slot.id] = 0 // SIGKILL ends a stopped process too
    if (mode !== "keep" && slot.disk.unsynced > 0) this.count("sim-unsynced-writes-lost")
    const torn = slot.disk.crash(mode as CrashMode)
    if (torn) this.count("sim-torn-write")
    this.checkSnapshotKept(slot, `crashed (${mode})`)
    slot.snapshotsAwaitingSync = []
    slot.lastWriteIssued = 0
    for (let other = 1; other <= this.n; other++) if (other !== slot.id) this.resetLink(slot.id, other, false)
    this.record({ _tag: "Crashed", server: slot.id, disk: mode, torn })
    this.dropSessionsOf(slot.id)
    return `crash ${slot.id} ${mode}${torn ? " (tail record torn)" : ""}`
  }

  // -------------------------------------------------------------------------------------------------------
  // The liveness phase: faults stop, everybody is restarted and connected; a leader must be established with
  // a quorum following it, and a fresh write must be delivered by a quorum, within a bounded number of ticks;
  // then a write made at a follower must be too; then, with the leader stopped (silent, its connections open),
  // one at a leader the others elect, which the old leader must deliver once it resumes; then silences of
  // syncLimit ticks must be tolerated and a longer one end in the silent follower dropped and rejoining; then
  // disks stalled through a new epoch's discovery and synchronisation for initLimit ticks must be tolerated,
  // and a leader stopped before it was established given up on; then a write at the leader with only a bare
  // quorum up; then a leader cut off holding a write nobody else logged must rejoin its successor (by TRUNC or
  // SNAP); then nobody may move while fault-free ticks pass; then learners that chose their leader before
  // it decided must not give up on it; and a leader whose followers all fall silent must give up at once;
  // learners that chose a server which then followed another must find the leader before initLimit; the
  // rollover of writes taken before the epoch was established, with the leader's own NEWLEADER write last;
  // then a session's ephemeral nodes must behave as ZooKeeper's; and last, every client closes its session.
  // The run (harness/sim-target.ts) then also requires it of every live server that can join (see probeMissing).

  liveness(check: () => string | null, lastStage = Number.POSITIVE_INFINITY): LivenessResult {
    this.trap = null
    this.livenessStage = 0
    if (!this.side.every((s) => s === 0)) {
      this.side.fill(0)
      this.record({ _tag: "Healed" })
    }
    // A paused server resumes and takes the current tick, as it would at a Tick step: its clock, which a
    // leader stamps its txns with, is right before it reads anything.
    for (const slot of this.slots) {
      if (!this.paused(slot.id)) continue
      this.pausedUntil[slot.id] = 0
      this.feed(slot, tickAt(this.ticks))
    }
    for (const slot of this.slots) if (slot.state === null) this.boot(slot)
    this.drain()
    let probe: { server: ServerId; request: number } | null = null
    let probeZxid: Zxid | null = null
    let quorumTicks: number | null = null
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return { ok: false, reason: violation }
      const leader = this.leader()
      if (probeZxid !== null) {
        if (leader !== null) {
          const missing = this.probeMissing(leader, probeZxid)
          if (missing !== null && missing.length === 0) {
            return this.laterProbes(t, probeZxid, check, lastStage)
          }
          if (missing !== null) quorumTicks ??= t
        }
      } else if (probe !== null) {
        const reply = this.replies.get(probe.request)
        if (reply !== undefined) {
          if (reply !== null) probeZxid = reply
          else probe = null // refused (e.g. the leader stepped down): try again with the next leader
        } else if (!this.slot(probe.server).requests.has(probe.request)) {
          probe = null // its server restarted: the request died with it
        }
      } else if (leader !== null && this.readyToServe(leader)) {
        const slot = this.slot(leader)
        const request = this.nextRequest
        this.clientWrite(slot, { _tag: "Create", path: `/liveness-probe-${request}`, data: "" })
        probe = { server: leader, request }
        this.drain()
        continue
      }
      this.apply({ _tag: "Tick" })
    }
    const leader = this.leader()
    if (quorumTicks !== null && leader !== null && probeZxid !== null) {
      const stragglers = this.probeMissing(leader, probeZxid)
      if (stragglers !== null) return this.livenessPassed(quorumTicks, stragglers, probeZxid)
    }
    const where = leader === null ? "no leader" : `leader ${leader}${this.readyToServe(leader) ? "" : " without an established quorum"}`
    return { ok: false, reason: `no progress within ${this.config.livenessTicks} ticks after faults stopped (${where}${probe === null ? "" : ", probe write not delivered by a quorum"})` }
  }

  /**
   * The probes after the first, in order, each a stage of the liveness phase (the first probe is stage 0):
   * stopped at `lastStage`, the phase ends there, passed but truncated (a shrinking candidate of a failure
   * seen in an earlier stage need not run the rest; a run is the same up to where it stops).
   */
  private laterProbes(ticks: number, probeZxid: Zxid, check: () => string | null, lastStage: number): LivenessResult {
    const truncated: LivenessResult = { ok: true, ticks, stragglers: [], unanswered: [], truncated: true }
    if (lastStage < 1) return truncated
    this.livenessStage = 1
    const forwarded = this.probeThroughFollower(check)
    if (forwarded !== null) return { ok: false, reason: forwarded }
    const passed = this.livenessPassed(ticks, [], probeZxid)
    const stages: ReadonlyArray<() => string | null> = [
      () => this.probeStoppedLeader(check),
      () => this.probeSilences(check),
      () => this.probeStalledSync(check),
      () => this.probeAheadRejoins(check),
      () => this.probesOfTheCorrectPeer(check),
      () => this.probeWithBareQuorum(check),
      () => this.lateProbeOfTheCorrectPeer(check),
      () => this.steadyWithoutFaults(check),
      () => this.probesAfterSteadyOfTheCorrectPeer(check),
      () => this.probeLearnerOfAFollowerOfTheCorrectPeer(check),
      () => this.probeOwnWriteLastOfTheCorrectPeer(check),
      () => this.sessionProbeOfTheCorrectPeer(check),
      () => this.aclProbeOfTheCorrectPeer(check),
      () => this.closeEverySession(check),
    ]
    for (const [index, stage] of stages.entries()) {
      if (index + 2 > lastStage) return truncated
      // These stages assume every server can start: once one refuses a damaged snapshot for good (an armed
      // CorruptSnapshot, before or as a stage restarts it), the verdict of that stage and the rest are moot.
      // (Safety is judged by `check` all along, whatever the verdict.)
      if (this.refusingServers() > 0) return passed
      this.livenessStage = index + 2
      const failed = stage()
      if (this.refusingServers() > 0) return passed
      if (failed !== null) return { ok: false, reason: failed }
    }
    return passed
  }

  /**
   * The second probe, written at a follower: ZooKeeper's followers take writes too and forward them to the
   * leader, which the probe at the leader never exercises. A follower in broadcast under an established
   * leader must get its write delivered by a quorum within livenessTicks; a refused write (the leader changed
   * meanwhile) is retried at the next one's follower, as for the first probe. Null when it was (or no follower
   * serves); otherwise why not, or the safety violation `check` found meanwhile.
   */
  private probeThroughFollower(check: () => string | null): string | null {
    const serving = (leader: ServerId): Slot | undefined =>
      this.slots.find((slot) => {
        const role = slot.state?.role
        return role !== undefined && role.kind === "following" && role.leader === leader && role.phase === "broadcast"
      })
    let probe: { follower: Slot; request: number } | null = null
    let refused = false
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const leader = this.leader()
      if (probe !== null) {
        const reply = this.replies.get(probe.request)
        if (reply !== undefined && reply !== null) {
          if (leader !== null && this.probeMissing(leader, reply) !== null) return null
        } else if (reply === null || !probe.follower.requests.has(probe.request)) {
          refused ||= reply === null
          probe = null
        }
      }
      if (probe === null && leader !== null && this.readyToServe(leader)) {
        const follower = serving(leader)
        if (follower === undefined) return null
        probe = { follower, request: this.nextRequest }
        this.clientWrite(follower, { _tag: "Create", path: `/liveness-probe-${probe.request}`, data: "" })
        this.drain()
        continue
      }
      this.apply({ _tag: "Tick" })
    }
    return `no progress within ${this.config.livenessTicks} ticks after the probe at the leader: a write at a follower was not delivered by a quorum${refused ? " (a follower refused it)" : ""}`
  }

  /**
   * The third probe: the leader stops, as a process does under SIGSTOP: its connections stay open, it reads
   * and sends nothing, its clock stands still. Crashes and partitions break connections, which every peer
   * notices at once; only silence reaches the timers, and a schedule draws no Pause steps unless asked. The
   * followers must give up on the silent leader within syncLimit, and the others, a quorum, must elect a
   * leader and deliver a write at it within livenessTicks. Then the old leader resumes: it must find its
   * learners gone, step down and deliver that write too, within livenessTicks. Null when both held (or no
   * established leader serves, or the others are no quorum); otherwise why not, or the safety violation
   * `check` found meanwhile.
   */
  private probeStoppedLeader(check: () => string | null): string | null {
    const old = this.leader()
    if (old === null || !this.readyToServe(old)) return null
    if (this.slots.filter((slot) => slot.state !== null && slot.id !== old).length < this.quorum()) return null
    this.pausedUntil[old] = Number.POSITIVE_INFINITY
    let probe: number | null = null
    let delivered: Zxid | null = null
    for (let t = 0; t <= this.config.livenessTicks && delivered === null; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      const serving = now !== null && now !== old && this.readyToServe(now) ? now : null
      if (probe !== null) {
        const reply = this.replies.get(probe)
        if (reply !== undefined && reply !== null) {
          if (serving !== null && this.probeMissing(serving, reply) !== null) delivered = reply
        } else if (reply === null || !this.slots.some((slot) => slot.requests.has(probe!))) probe = null
      }
      if (delivered !== null) break
      if (probe === null && serving !== null) {
        probe = this.nextRequest
        this.clientWrite(this.slot(serving), { _tag: "Create", path: `/liveness-probe-${probe}`, data: "" })
        this.drain()
        continue
      }
      this.apply({ _tag: "Tick" })
    }
    if (delivered === null) {
      this.pausedUntil[old] = 0
      return `no progress within ${this.config.livenessTicks} ticks after leader ${old} stopped (connections open, silent): the others did not elect a leader and deliver a write`
    }
    this.pausedUntil[old] = 0
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const state = this.slot(old).state
      if (state === null || state.lastDelivered >= delivered) return null
      this.apply({ _tag: "Tick" })
    }
    return `no progress within ${this.config.livenessTicks} ticks after the stopped leader ${old} resumed: it did not join the new leader's epoch and deliver its write`
  }

  /**
   * The fourth probe, with only a bare quorum up: every follower beyond it crashes (keeping its disk), and a
   * write at the leader must still be delivered by the quorum left, which now needs the leader's own ACK.
   * ZAB promises progress to any live quorum; a leader that never made its own proposals durable (and so
   * never acked them) passed the probes above, where its followers alone made a quorum. Null when it was
   * delivered (or no leader serves); otherwise why not, or the safety violation `check` found meanwhile.
   */
  private probeWithBareQuorum(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    const followers = this.slots.filter((slot) => slot.state?.role.kind === "following" && slot.state.role.leader === leader)
    // The quorum left must keep its places: a server does not care that a follower other than itself went
    // away, and the leader keeps its quorum. Judged when all of it serves in broadcast to begin with.
    const stay = [this.slot(leader), ...followers.slice(0, this.quorum() - 1)]
    const serving = stay.every((slot) => {
      const role = slot.state?.role
      return role !== undefined && role.kind !== "looking" && role.phase === "broadcast"
    })
    const places = this.placesOf(stay)
    for (const slot of followers.slice(this.quorum() - 1)) this.crash(slot, "keep")
    const before = this.slots.filter((slot) => slot.state !== null).length
    let probe: number | null = null
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      if (probe !== null) {
        const reply = this.replies.get(probe)
        if (reply !== undefined && reply !== null) {
          if (now !== null && this.probeMissing(now, reply) !== null) {
            const moved = serving ? this.movedSince(stay, places, `the followers beyond a bare quorum crashed (${before} servers up)`) : null
            return moved ?? this.bareQuorumAtFollower(check, before)
          }
        } else if (reply === null || !this.slots.some((slot) => slot.requests.has(probe!))) probe = null
      }
      if (probe === null && now !== null && this.readyToServe(now)) {
        probe = this.nextRequest
        this.clientWrite(this.slot(now), { _tag: "Create", path: `/liveness-probe-${probe}`, data: "" })
        this.drain()
        continue
      }
      this.apply({ _tag: "Tick" })
    }
    return `no progress within ${this.config.livenessTicks} ticks with a bare quorum of ${before} servers up (followers beyond it crashed): a write at the leader was not delivered by them`
  }

  /**
   * Then a write at a follower of the bare quorum: the leader must take the follower's forwarded write
   * though that follower is its only learner. Null when a quorum delivered it (or no leader serves);
   * otherwise why not, or the safety violation `check` found meanwhile.
   */
  private bareQuorumAtFollower(check: () => string | null, up: number): string | null {
    let probe: number | null = null
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      if (probe !== null) {
        const reply = this.replies.get(probe)
        if (reply !== undefined && reply !== null) {
          if (now !== null && this.probeMissing(now, reply) !== null) return null
        } else if (reply === null || !this.slots.some((slot) => slot.requests.has(probe!))) probe = null
      }
      const follower = now === null || !this.readyToServe(now) ? undefined : this.slots.find((slot) => this.followsInBroadcast(slot, now))
      if (probe === null && follower !== undefined) {
        probe = this.nextRequest
        this.clientWrite(follower, { _tag: "Create", path: `/liveness-probe-${probe}`, data: "" })
        this.drain()
        continue
      }
      this.apply({ _tag: "Tick" })
    }
    return `no progress within ${this.config.livenessTicks} ticks with a bare quorum of ${up} servers up (followers beyond it crashed): a write at a follower was not delivered by them`
  }

  /**
   * Last, time passes with nothing going wrong: 2 * initLimit + 1 ticks, each followed by a settle, and every
   * live server must keep its role, its leader, its phase and its epoch. The probes complete within a tick or
   * two, so a peer whose timer fires too soon (a follower giving up on a leader it hears every tick, a leader
   * dropping learners that answer its pings) passed them. Null when nothing moved (or no leader serves);
   * otherwise who moved, or the safety violation `check` found meanwhile.
   */
  private steadyWithoutFaults(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    const where = (): Array<string> => this.slots.map((slot) => this.placeOf(slot))
    const before = where()
    const ticks = 2 * this.config.initLimitTicks + 1
    for (let t = 1; t <= ticks; t++) {
      this.apply({ _tag: "Tick" })
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = where()
      const moved = now.findIndex((w, i) => w !== before[i])
      if (moved >= 0) return `server ${this.slots[moved]!.id} left its place after ${t} of ${ticks} fault-free ticks with leader ${leader} serving: it was ${before[moved]}, it is ${now[moved]}`
    }
    return null
  }

  /**
   * The early-learners probe (correct peer only, see lateProbeOfTheCorrectPeer): learners that choose their leader before it has decided.
   * Every server restarts (keeping its disk) and, until all the others follow the server with the best vote,
   * that server reads nothing: it is still looking when their FOLLOWERINFOs reach it. Then it reads what was
   * sent to it, one sender after the other, so that at least the first sender's FOLLOWERINFO arrives before
   * the FOLLOWING notifications that make it lead. ZooKeeper's learner keeps trying to connect while the
   * server it chose has not opened its quorum port yet, and a looking peer stays quiet (it may yet lead):
   * nobody may give up, no connection among them may break, and the leader must serve everybody within
   * livenessTicks. Null when that held (or no leader serves everybody, a server will not start, or the others
   * did not all choose that server within half of initLimit); otherwise what went wrong, or the safety
   * violation `check` found meanwhile.
   */
  private probeEarlyLearners(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    if (this.slots.some((slot) => slot.id !== leader && !this.followsInBroadcast(slot, leader))) return null
    for (const slot of this.slots) if (slot.state !== null) this.crash(slot, "keep")
    let started = true
    for (const slot of this.slots) started = this.boot(slot) && started
    this.drain()
    if (!started) return null
    // The best vote: whom the others elect.
    const chosen = this.slots.reduce((a, b) => (this.votesBetter(a, b) ? a : b)).id
    const others = this.slots.filter((slot) => slot.id !== chosen)
    const chose = (): boolean => others.every((slot) => slot.state !== null && slot.state.role.kind === "following" && slot.state.role.leader === chosen)
    this.heldInto = chosen
    try {
      for (let t = 0; !chose(); t++) {
        if (t >= this.config.initLimitTicks / 2) return null
        this.apply({ _tag: "Tick" })
        const violation = this.settle(check)
        if (violation !== null) return violation
      }
    } finally {
      this.heldInto = null
    }
    const resets = this.placesOf(this.slots).resets
    for (const slot of others) {
      while (this.link(slot.id, chosen).length > 0) {
        this.deliverAt(slot.id * (this.n + 1) + chosen)
        this.drain()
        const violation = check()
        if (violation !== null) return violation
      }
    }
    const early = `its learners chose server ${chosen} before it decided and their FOLLOWERINFOs reached it while it was looking`
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const gaveUp = others.find((slot) => slot.state === null || slot.state.role.kind !== "following" || slot.state.role.leader !== chosen)
      if (gaveUp !== undefined) return `server ${gaveUp.id} gave up on server ${chosen} after ${t} ticks, though ${early}: it is ${this.placeOf(gaveUp)}`
      const broken = this.placesOf(this.slots).resets.findIndex((count, i) => count !== resets[i])
      if (broken >= 0) {
        const pairs = this.slots.flatMap((a) => this.slots.filter((b) => a.id < b.id).map((b) => `${a.id}-${b.id}`))
        return `the connection ${pairs[broken]} broke after ${t} ticks, though ${early}`
      }
      if (this.readyToServe(chosen) && others.every((slot) => this.followsInBroadcast(slot, chosen))) return null
      this.apply({ _tag: "Tick" })
    }
    return `no progress within ${this.config.livenessTicks} ticks after ${early}: ${others.filter((slot) => !this.followsInBroadcast(slot, chosen)).map((slot) => `server ${slot.id} is ${this.placeOf(slot)}`).join(", ")}`
  }

  /**
   * The silent-followers probe (correct peer only, see lateProbeOfTheCorrectPeer): every follower of the serving leader goes silent (its
   * connections open) for syncLimit + 1 ticks. The leader drops them all at that tick and must give up its
   * epoch at the same tick, as ZooKeeper's leader shuts down at the first check that finds fewer than a
   * quorum synced; the silence probe drops one follower with a quorum left, so a leader that stepped down a
   * tick late (once the dropped learners' connection losses came back) passed it. Then they resume, and a
   * leader must serve everybody within livenessTicks. Null when that held (or no leader serves everybody);
   * otherwise what went wrong, or the safety violation `check` found meanwhile.
   */
  private probeSilentFollowers(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    if (this.slots.some((slot) => slot.id !== leader && !this.followsInBroadcast(slot, leader))) return null
    const followers = this.slots.filter((slot) => slot.id !== leader)
    // One ordinary tick first, so that the leader has just heard from every follower.
    this.apply({ _tag: "Tick" })
    const fresh = this.settle(check)
    if (fresh !== null) return fresh
    if (this.leader() !== leader || followers.some((slot) => !this.followsInBroadcast(slot, leader))) return null
    const limit = this.config.syncLimitTicks
    for (const slot of followers) this.pausedUntil[slot.id] = Number.POSITIVE_INFINITY
    let gaveUp: boolean
    try {
      for (let t = 0; t < limit + 1; t++) {
        this.apply({ _tag: "Tick" })
        const violation = this.settle(check)
        if (violation !== null) return violation
      }
      const role = this.slot(leader).state?.role
      gaveUp = role === undefined || role.kind !== "leading"
    } finally {
      for (const slot of followers) this.pausedUntil[slot.id] = 0
    }
    if (!gaveUp) return `leader ${leader} still leads after every follower was silent for ${limit + 1} ticks, more than syncLimit: it must give up its epoch at the tick it finds fewer than a quorum in touch`
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      if (now !== null && this.readyToServe(now) && this.slots.every((slot) => slot.id === now || this.followsInBroadcast(slot, now))) return null
      this.apply({ _tag: "Tick" })
    }
    const now = this.leader()
    return `no progress within ${this.config.livenessTicks} ticks after every follower of leader ${leader} was silent for ${limit + 1} ticks and resumed: ${now === null ? "nobody leads" : `leader ${now} does not serve everybody`}`
  }

  /** Whether `a`'s own vote (both just started) beats `b`'s in ZooKeeper's order: epoch, last zxid, id. */
  private votesBetter(a: Slot, b: Slot): boolean {
    const x = a.state!.vote
    const y = b.state!.vote
    if (x.epoch !== y.epoch) return x.epoch > y.epoch
    if (x.zxid !== y.zxid) return x.zxid > y.zxid
    return x.leader > y.leader
  }

  private probeLearnerOfAFollowerOfTheCorrectPeer(check: () => string | null): string | null {
    return this.config.bugs.length > 0 ? null : this.probeLearnerOfAFollower(check)
  }

  /**
   * The learner-of-a-follower probe (correct peer only, see lateProbeOfTheCorrectPeer): learners that chose a server which ends
   * up following another. Every server restarts (keeping its disk). The server with the second-best vote
   * reads nothing (it would lead with them if it read their votes), and the servers with the worst votes, a
   * bare quorum with it, hear only each other and its vote until they all chose it. Then they read nothing
   * while it hears the others and they elect the best vote, the chosen server following. Once that leader
   * serves, the learners go on: their
   * FOLLOWERINFO reaches a server that follows someone else. ZooKeeper's quorum port takes learners only on
   * a leader, so the connection is refused and the learner looks again at once: each must follow the
   * leader in broadcast before its own initLimit, counted from when it chose, runs out (waiting that out
   * for an answer that never comes is what the refusal spares). Null when that held (or the election did
   * not go that way within half of initLimit, then a leader must serve everybody); otherwise what went
   * wrong, or the safety violation `check` found meanwhile.
   */
  private probeLearnerOfAFollower(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    if (this.slots.some((slot) => slot.id !== leader && !this.followsInBroadcast(slot, leader))) return null
    for (const slot of this.slots) if (slot.state !== null) this.crash(slot, "keep")
    let started = true
    for (const slot of this.slots) started = this.boot(slot) && started
    this.drain()
    if (!started) return null
    const ranked = this.slots.slice().sort((a, b) => (this.votesBetter(a, b) ? -1 : 1))
    const chosen = ranked[1]!
    const learners = ranked.slice(this.n - (this.quorum() - 1))
    const rest = ranked.filter((slot) => slot !== chosen && !learners.includes(slot))
    const index = (from: Slot, to: Slot): number => from.id * (this.n + 1) + to.id
    const apart = new Set<number>()
    for (const a of rest) {
      for (const b of [chosen, ...learners]) {
        apart.add(index(a, b))
        apart.add(index(b, a))
      }
    }
    const recover = (): string | null => this.servingEverybody(check, "a restart of every server")
    const half = this.config.initLimitTicks / 2
    // First the learners choose: the chosen server reads nothing (it would lead with them otherwise).
    this.pausedUntil[chosen.id] = Number.POSITIVE_INFINITY
    this.heldLinks = apart
    let choseIt = false
    try {
      for (let t = 0; !choseIt; t++) {
        const violation = this.settle(check)
        if (violation !== null) return violation
        choseIt = learners.every((slot) => this.follows(slot, chosen.id))
        if (choseIt || t >= half) break
        this.apply({ _tag: "Tick" })
      }
    } finally {
      this.heldLinks = null
      this.pausedUntil[chosen.id] = 0
    }
    if (!choseIt) return recover()
    // Then they read nothing while the chosen server hears the best vote and the others elect it.
    const ages = learners.map((slot) => {
      const role = slot.state!.role
      return role.kind === "following" ? slot.state!.ticks - role.phaseStartTick : 0
    })
    for (const slot of learners) this.pausedUntil[slot.id] = Number.POSITIVE_INFINITY
    let elected: ServerId | null = null
    try {
      for (let t = 0; ; t++) {
        const violation = this.settle(check)
        if (violation !== null) return violation
        const now = this.leader()
        if (now !== null && now !== chosen.id && this.readyToServe(now) && [chosen, ...rest].every((slot) => slot.id === now || this.followsInBroadcast(slot, now))) {
          elected = now
          break
        }
        if (t >= half) break
        this.apply({ _tag: "Tick" })
      }
    } finally {
      for (const slot of learners) this.pausedUntil[slot.id] = 0
    }
    if (elected === null) return recover()
    // The learners go on with their initLimit partly spent: each must be refused and find the leader in time.
    const bound = this.config.initLimitTicks - Math.max(...ages)
    const chose = `server${learners.length > 1 ? "s" : ""} ${learners.map((slot) => slot.id).join(", ")} chose server ${chosen.id}, which then followed leader ${elected}`
    for (let t = 0; t <= bound; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      if (this.readyToServe(elected) && learners.every((slot) => this.followsInBroadcast(slot, elected))) return null
      if (t < bound) this.apply({ _tag: "Tick" })
    }
    const late = learners.filter((slot) => !this.followsInBroadcast(slot, elected))
    return `${chose}: after ${bound} ticks, what was left of their initLimit, ${late.map((slot) => `server ${slot.id} is ${this.placeOf(slot)}`).join(", ")}; a server that follows another must refuse a learner's FOLLOWERINFO, so that it looks again at once`
  }

  /** Whether `slot` is up and follows `leader`, in any phase. */
  private follows(slot: Slot, leader: ServerId): boolean {
    const role = slot.state?.role
    return role !== undefined && role.kind === "following" && role.leader === leader
  }

  /** Where a server stands: down, looking, or its role, leader, phase and epoch. */
  private placeOf(slot: Slot): string {
    const state = slot.state
    if (state === null) return "down"
    const role = state.role
    if (role.kind === "looking") return "looking"
    return `${role.kind} ${role.kind === "following" ? role.leader : slot.id} ${role.phase} epoch ${state.currentEpoch}`
  }

  /**
   * The fifth probe: silences as long as syncLimit, then one tick longer. syncLimit is a tolerance as much
   * as a timeout: a leader or a follower silent for syncLimit ticks (a GC pause, a slow disk) keeps its
   * place, and a follower silent for longer is dropped by the leader, which closes its connection, so that
   * it rejoins at once. The other probes reach the timers only with silences far beyond a limit (a stopped
   * leader) or with none, so a timer that fires a tick early, a leader that keeps a silent follower, or one
   * that drops it but leaves its connection open or its entry in the learner list passed them. Null when
   * all held (or no leader serves); otherwise what went wrong, or the safety violation `check` found.
   */
  private probeSilences(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    const followers = this.slots.filter((slot) => {
      const role = slot.state?.role
      return role !== undefined && role.kind === "following" && role.leader === leader && role.phase === "broadcast"
    })
    const watched = [this.slot(leader), ...followers]
    const before = this.placesOf(watched)
    // One ordinary tick first, so every server has just heard from its leader or followers; nobody may move.
    this.apply({ _tag: "Tick" })
    const fresh = this.settle(check) ?? this.movedSince(watched, before, "a fault-free tick")
    if (fresh !== null) return fresh
    const limit = this.config.syncLimitTicks
    /** `server` reads and sends nothing and its clock stands still for `ticks` ticks of the others; it resumes at the last. */
    const silence = (server: ServerId, ticks: number): string | null => {
      this.pausedUntil[server] = this.ticks + ticks
      for (let t = 0; t < ticks; t++) {
        this.apply({ _tag: "Tick" })
        const violation = this.settle(check)
        if (violation !== null) return violation
      }
      return null
    }
    const leaderSilent = silence(leader, limit) ?? this.movedSince(watched, before, `leader ${leader} was silent for ${limit} ticks (syncLimit, which a follower tolerates)`)
    if (leaderSilent !== null) return leaderSilent
    const follower = followers[0]
    if (follower === undefined) return null
    const followerSilent = silence(follower.id, limit) ?? this.movedSince(watched, before, `follower ${follower.id} was silent for ${limit} ticks (syncLimit, which a leader tolerates)`)
    if (followerSilent !== null) return followerSilent
    // One tick longer: the leader must drop the follower, which it can do only with a quorum left.
    if (followers.length < this.quorum()) return null
    const others = watched.filter((slot) => slot !== follower)
    const othersBefore = this.placesOf(others)
    const home = this.placeOf(follower)
    const closedBefore = this.resetsOf(leader, follower.id)
    const dropped = silence(follower.id, limit + 1) ?? this.movedSince(others, othersBefore, `follower ${follower.id} was silent for ${limit + 1} ticks and was dropped`)
    if (dropped !== null) return dropped
    if (this.resetsOf(leader, follower.id) === closedBefore) {
      return `follower ${follower.id} was silent for ${limit + 1} ticks, more than syncLimit, and leader ${leader} did not drop it and close its connection: it is ${this.placeOf(follower)}`
    }
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      if (this.placeOf(follower) === home && this.readyToServe(leader)) return null
      this.apply({ _tag: "Tick" })
      const violation = this.settle(check)
      if (violation !== null) return violation
    }
    return `no progress within ${this.config.livenessTicks} ticks after leader ${leader} dropped follower ${follower.id}, silent for ${limit + 1} ticks: it did not rejoin (it is ${this.placeOf(follower)})`
  }

  /**
   * The sixth probe: storage that stalls while a new epoch is being established, so that discovery and
   * synchronisation span many ticks, as they do on a real cluster whose disks are slow after a restart.
   * initLimit is a tolerance as much as a timeout. Every server restarts (keeping its disk) and no fsync
   * completes from then until initLimit ticks after the first server left the election: nobody may give up,
   * and once the disks catch up the leader elected must be established with everyone following it, no
   * connection among them broken. Then, under the same stall, silences longer than syncLimit of the leader
   * and of a follower must be tolerated too (stalledSilences). Then every server restarts again under the
   * same stall, and the leader it elects stops (silent, its connections open) as soon as it leads: the others, stuck in discovery or
   * synchronisation with it, must give up within initLimit and elect a leader that serves them all within
   * livenessTicks; once resumed, the stopped leader must give up its unestablished epoch and follow that
   * leader. The other probes establish every epoch within one settle, so only this reaches the initLimit
   * timers of discovery and synchronisation. Null when all held (or no leader serves everybody, or the others
   * are no quorum); otherwise what went wrong, or the safety violation `check` found meanwhile.
   */
  private probeStalledSync(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    if (this.slots.some((slot) => slot.id !== leader && !this.followsInBroadcast(slot, leader))) return null
    if (this.n - 1 < this.quorum()) return null
    const limit = this.config.initLimitTicks
    // A stall of initLimit ticks, from the first server out of the election: tolerated.
    const first = this.restartUnderStall(check)
    if (typeof first === "string") return first
    const resets = this.placesOf(this.slots).resets
    while (this.ticks < first + limit) {
      const violation = this.tickUnderStall(check)
      if (violation !== null) return violation
    }
    // The disks catch up, the leader's last: its acceptedEpoch write completes, so it synchronises its
    // followers, but its currentEpoch write stays volatile while their NEWLEADER acks come in. It may count
    // itself towards the quorum that establishes the epoch only once that write is durable (validation
    // holds the acks until then).
    const lagging = this.leader()
    if (lagging !== null) {
      const slot = this.slot(lagging)
      if (slot.fsyncQueue.length > 0) this.completeFsync(slot, slot.fsyncQueue[0])
      this.drain()
      this.laggingDisk = lagging
      const behind = this.settle(check)
      this.laggingDisk = null
      if (behind !== null) return behind
    }
    const caughtUp = this.settle(check)
    if (caughtUp !== null) return caughtUp
    const elected = this.leader()
    const stall = `every disk stalled for ${limit} ticks (initLimit) from the election after a restart of every server`
    if (elected === null || !this.readyToServe(elected)) return `no leader was established once ${stall} caught up (${elected === null ? "no leader" : `leader ${elected} is not`})`
    const outside = this.slots.find((slot) => slot.id !== elected && !this.followsInBroadcast(slot, elected))
    if (outside !== undefined) return `server ${outside.id} did not follow leader ${elected} in broadcast once ${stall} caught up: it is ${this.placeOf(outside)}`
    const broken = this.placesOf(this.slots).resets.findIndex((count, i) => count !== resets[i])
    if (broken >= 0) {
      const pairs = this.slots.flatMap((a) => this.slots.filter((b) => a.id < b.id).map((b) => `${a.id}-${b.id}`))
      return `the connection ${pairs[broken]} broke while ${stall}, which initLimit tolerates`
    }
    const silences = this.stalledSilences(check)
    if (silences !== null) return silences
    // The same stall, and the leader it elects stops at once: the others must give up on it within initLimit.
    const second = this.restartUnderStall(check)
    if (typeof second === "string") return second
    let stopped = this.leader()
    for (let t = 0; stopped === null && t < this.config.livenessTicks; t++) {
      const violation = this.tickUnderStall(check)
      if (violation !== null) return violation
      stopped = this.leader()
    }
    if (stopped === null) return `no progress within ${this.config.livenessTicks} ticks after a restart of every server with their disks stalled: nobody leads`
    this.pausedUntil[stopped] = Number.POSITIVE_INFINITY
    let serving: ServerId | null = null
    for (let t = 0; t <= this.config.livenessTicks && serving === null; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      if (now !== null && now !== stopped && this.readyToServe(now) && this.slots.every((slot) => slot.id === stopped || slot.id === now || this.followsInBroadcast(slot, now))) serving = now
      else this.apply({ _tag: "Tick" })
    }
    if (serving === null) {
      this.pausedUntil[stopped] = 0
      return `no progress within ${this.config.livenessTicks} ticks after leader ${stopped}, elected as the disks stalled, stopped before it was established (connections open, silent): the others did not give up on it and follow another leader`
    }
    this.pausedUntil[stopped] = 0
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      if (now !== null && this.readyToServe(now) && this.slots.every((slot) => slot.id === now || this.followsInBroadcast(slot, now))) return null
      this.apply({ _tag: "Tick" })
    }
    return `no progress within ${this.config.livenessTicks} ticks after leader ${stopped}, stopped before it was established, resumed: it did not give up its epoch and follow leader ${serving}`
  }

  /**
   * The seventh probe: a server more recent than the leader the others elected without it. The leader takes
   * a write, logs it durably and crashes (keeping its disk) with its PROPOSALs lost as its connections break,
   * so no follower holds that txn. The others elect a leader among themselves under stalled disks; the old
   * leader restarts and joins it while it is still in discovery, and its ACKEPOCH, the first to complete,
   * names a longer log of the same epoch. ZooKeeper's waitForEpochAck refuses such a follower: the leader
   * gives up (the validation holds it to the system spec's LeaderShutdown), and the old leader, whose
   * vote is now the best, must be elected and serve everybody within livenessTicks. The other probes restart
   * servers only with the logs of an established epoch, so no follower is ever ahead. Null when all held (or
   * no leader serves everybody, or the others are no quorum); otherwise what went wrong, or the safety
   * violation `check` found meanwhile.
   */
  private probeAheadRejoins(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    if (this.slots.some((slot) => slot.id !== leader && !this.followsInBroadcast(slot, leader))) return null
    if (this.n - 1 < this.quorum()) return null
    const old = this.slot(leader)
    if (this.rollsOverOnNextWrite(old)) return null
    const unshared = this.crashHoldingUnsharedWrite(old)
    if (typeof unshared === "string") return unshared
    // The others elect a leader among themselves; no disk completes anything meanwhile.
    let elected: ServerId | null = null
    for (let t = 0; elected === null && t < this.config.livenessTicks; t++) {
      const violation = this.tickUnderStall(check)
      if (violation !== null) return violation
      elected = this.leader()
    }
    if (elected === null) return `no progress within ${this.config.livenessTicks} ticks after leader ${leader} crashed: the others elected nobody`
    // The old leader restarts and joins the new one in discovery; its acceptedEpoch write completes first, so
    // its ACKEPOCH is the first the new leader reads, before a quorum has acked (ZooKeeper's electionFinished).
    if (!this.boot(old)) return null
    this.drain()
    const stalled = this.tickUnderStall(check)
    if (stalled !== null) return stalled
    if (old.state !== null && old.fsyncRequested > old.fsyncDone) this.completeFsync(old)
    this.drain()
    const ahead = this.settle(check, false)
    if (ahead !== null) return ahead
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      if (now !== null && this.readyToServe(now) && this.slots.every((slot) => slot.id === now || this.followsInBroadcast(slot, now))) return null
      this.apply({ _tag: "Tick" })
    }
    const now = this.leader()
    return `no progress within ${this.config.livenessTicks} ticks after leader ${leader}, holding a write no follower logged, crashed and rejoined leader ${elected} in discovery: ${now === null ? "nobody leads" : `leader ${now} does not serve everybody`}`
  }

  /**
   * The eighth to tenth probes, the late ahead-rejoins probe and the last four run on the correct peer only
   * (no bug toggle on): the zoo's re-injected bugs are found, shrunk and replayed as the tests and the README
   * record them with the probes before these. With them on, most of the zoo is found by a probe alone, with
   * a schedule of no steps, and the zoo would no longer measure the schedule generator.
   */
  private lateProbeOfTheCorrectPeer(check: () => string | null): string | null {
    return this.config.bugs.length > 0 ? null : this.probeAheadRejoinsLate(check)
  }

  /**
   * The session probe (correct peer only, see lateProbeOfTheCorrectPeer): what every ZooKeeper client does
   * with a session, on the healthy cluster the run left. A new session creates a node and, under it, an
   * ephemeral node, tries a child under that, creates an ephemeral sequential node and an ephemeral one in a
   * multi that checks the first, runs a multi that fails, sets the parent's data, lists the children, sends
   * bad paths and ops that each of prepare's checks refuses, runs multis whose ops depend on the ones before
   * them, deletes an ephemeral node whose path a second session (at the next server) then takes, and closes
   * (which deletes its other ephemerals, not the second session's); the second session syncs and reads.
   * Each operation must be answered within livenessTicks; the history check judges every answer (the
   * ephemerals gone at the close, NoChildrenForEphemerals, the sequential name), and the end-of-run audit
   * every Stat they moved. A schedule's sessions are often lost before their CreateSession commits, and
   * their closes rarely follow an ephemeral create. Null when all were answered; otherwise which was not, or
   * the safety violation `check` found meanwhile.
   */
  private sessionProbeOfTheCorrectPeer(check: () => string | null): string | null {
    if (this.config.bugs.length > 0 || this.config.clientProbes === false) return null
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    const owner = sessionProbeIndex
    const reader = sessionProbeIndex + 1
    // Under a parent of its own: the history's model starts with an empty root (no /zookeeper), so the
    // root's children and cversion are not for it to judge.
    const dir = "/session-probe"
    const path = `${dir}/e`
    const operations: ReadonlyArray<readonly [number, HistoryOp]> = [
      [owner, { _tag: "Create", path: dir, data: "", sequential: false }],
      [owner, { _tag: "Create", path, data: "e", sequential: false, ephemeral: true }],
      [owner, { _tag: "Create", path: `${path}/child`, data: "", sequential: false }],
      [owner, { _tag: "Create", path: `${dir}/s-`, data: "s", sequential: true, ephemeral: true }],
      [owner, { _tag: "Multi", ops: [{ _tag: "Create", path: `${dir}/m`, data: "m", sequential: false, ephemeral: true }, { _tag: "Check", path, version: 0 }] }],
      // All or nothing: the check fails, so the create before it must not stay.
      [owner, { _tag: "Multi", ops: [{ _tag: "Create", path: `${dir}/f`, data: "f", sequential: false }, { _tag: "Check", path, version: 5 }] }],
      [owner, { _tag: "SetData", path: dir, data: "d", version: 0 }],
      [owner, { _tag: "GetChildren", path: dir }],
      // Bad paths, answered as ZooKeeper answers them: BadArguments where it validates the path (a create's
      // name after its parent is found, a setData's, a check's, an exists with a NUL), NoNode where it only
      // looks the node up (a read, a delete, a create under no parent).
      [owner, { _tag: "Create", path: `${dir}/`, data: "", sequential: false }],
      [owner, { _tag: "Create", path: `${dir}/none/`, data: "", sequential: false }],
      [owner, { _tag: "Create", path: `${dir}/.`, data: "", sequential: false }],
      [owner, { _tag: "Create", path: `${dir}/c\u0001`, data: "", sequential: false }],
      [owner, { _tag: "Create", path: `${dir}/n\u0000`, data: "", sequential: false }],
      [owner, { _tag: "Create", path: `${dir}/none/n\u0000`, data: "", sequential: false }],
      [owner, { _tag: "Create", path: "session-probe", data: "", sequential: false }],
      [owner, { _tag: "Create", path: `${dir}/`, data: "q", sequential: true, ephemeral: true }],
      // Each bound of ZooKeeper's refused characters from both sides, and names that only start with dots.
      ...["\u001f", "\u007f", "\u009f", "\u00a0", "\ud800", "\uf8ff", "\uf900", "\uffef", "\ufff0"].map((c): readonly [number, HistoryOp] => [owner, { _tag: "Create", path: `${dir}/c${c}`, data: "", sequential: false }]),
      [owner, { _tag: "Create", path: `${dir}/.x`, data: "", sequential: false }],
      [owner, { _tag: "Create", path: `${dir}/..x`, data: "", sequential: false }],
      [owner, { _tag: "SetData", path: `${dir}//x`, data: "", version: -1 }],
      [owner, { _tag: "SetData", path: "session-probe/x", data: "", version: -1 }],
      [owner, { _tag: "Check", path: "", version: -1 }],
      [owner, { _tag: "Check", path: `${dir}/..`, version: -1 }],
      [owner, { _tag: "Delete", path: `${dir}/`, version: -1 }],
      [owner, { _tag: "Delete", path: "/zookeeper", version: -1 }],
      [owner, { _tag: "Delete", path: `${dir}/e\u0000`, version: -1 }],
      [owner, { _tag: "GetData", path: `${dir}/` }],
      [owner, { _tag: "Exists", path: `${dir}/` }],
      [owner, { _tag: "Exists", path: `${dir}/\u0000` }],
      // Checks a single op fails (a delete of a node with children or with the wrong version; a setACL, a
      // check and a getACL of no node; a create and a delete of a path with no slash, which ZooKeeper refuses before an
      // invalid ACL or a lookup; a delete of the root), and multis whose ops depend on the ones before them:
      // a node created and then written, checked and given a child, two sequential names, a delete after
      // its parent gained a child in the same multi (NotEmpty), and one after its last child left (Ok).
      [owner, { _tag: "Create", path: `${dir}/t`, data: "t", sequential: false }],
      [owner, { _tag: "Create", path: `${dir}/t/a`, data: "a", sequential: false }],
      [owner, { _tag: "Delete", path: `${dir}/t`, version: -1 }],
      [owner, { _tag: "Delete", path: `${dir}/t/a`, version: 3 }],
      [owner, { _tag: "SetACL", path: `${dir}/none`, acl: [{ perms: Perms.all, scheme: "world", id: "anyone" }], version: -1 }],
      [owner, { _tag: "SetACL", path: "session-probe/x", acl: [{ perms: Perms.all, scheme: "world", id: "anyone" }], version: -1 }],
      [owner, { _tag: "Check", path: `${dir}/none`, version: -1 }],
      [owner, { _tag: "GetACL", path: `${dir}/none` }],
      [owner, { _tag: "Create", path: "x", data: "", sequential: false, acl: [] }],
      [owner, { _tag: "Delete", path: "x", version: -1 }],
      [owner, { _tag: "Delete", path: "/", version: -1 }],
      [
        owner,
        {
          _tag: "Multi",
          ops: [
            { _tag: "Create", path: `${dir}/t/b`, data: "b", sequential: false },
            { _tag: "Create", path: `${dir}/t/b/c`, data: "c", sequential: false },
            { _tag: "SetData", path: `${dir}/t/b`, data: "b2", version: 0 },
            { _tag: "Check", path: `${dir}/t/b`, version: 1 },
            { _tag: "Create", path: `${dir}/t/s-`, data: "", sequential: true },
            { _tag: "Create", path: `${dir}/t/s-`, data: "", sequential: true },
          ],
        },
      ],
      [owner, { _tag: "Create", path: `${dir}/u`, data: "u", sequential: false }],
      [owner, { _tag: "Multi", ops: [{ _tag: "Create", path: `${dir}/u/x`, data: "", sequential: false }, { _tag: "Delete", path: `${dir}/u`, version: -1 }] }],
      [owner, { _tag: "Multi", ops: [{ _tag: "Create", path: `${dir}/u/y`, data: "", sequential: false }, { _tag: "Delete", path: `${dir}/u/y`, version: 0 }, { _tag: "Delete", path: `${dir}/u`, version: 0 }] }],
      [owner, { _tag: "GetChildren", path: `${dir}/t` }],
      // An ephemeral deleted before its session closes, and its path taken by another session's node:
      // the owner's close must leave that node alone (the tree forgets a deleted ephemeral's owner).
      [owner, { _tag: "Create", path: `${dir}/gone`, data: "g", sequential: false, ephemeral: true }],
      [owner, { _tag: "Delete", path: `${dir}/gone`, version: 0 }],
      [reader, { _tag: "Create", path: `${dir}/gone`, data: "r", sequential: false, ephemeral: true }],
      [owner, { _tag: "CloseSession" }],
      [reader, { _tag: "Sync", path: dir }],
      [reader, { _tag: "Exists", path }],
      [reader, { _tag: "Exists", path: `${dir}/gone` }],
      [reader, { _tag: "GetChildren", path: dir }],
      [reader, { _tag: "CloseSession" }],
    ]
    for (const [index, operation] of operations) {
      if (this.clientOp(index, operation) === null) return null // no server would take it (the cluster moved): nothing to judge
      const failed = this.awaitSessionProbe(index, operation, leader, check)
      if (failed !== null) return failed
    }
    return this.probeLateEphemeral(dir, check)
  }

  /** Settles until the probe session's operations are answered; null, or why not (or a safety violation). */
  private awaitSessionProbe(index: number, operation: HistoryOp, leader: ServerId, check: () => string | null): string | null {
    this.drain()
    const session = this.sessions.get(index)!
    let answered = false
    for (let t = 0; t <= this.config.livenessTicks && !answered; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      answered = session.pending.length === 0 && session.opening === null
      if (!answered) this.apply({ _tag: "Tick" })
    }
    return answered ? null : `the session probe's ${describeHistoryOp(operation)} (session ${session.id}) was not answered within ${this.config.livenessTicks} ticks on a cluster with leader ${leader} serving`
  }

  /**
   * A create of an ephemeral node that reaches the leader after its session's close committed: the session
   * sends it through a follower, moves to the leader before the follower forwards it, and closes there. The
   * leader orders the close first, so the create must fail (ZooKeeper's PrepRequestProcessor answers
   * SessionExpired); a node it made would belong to no open session, and outlive it. The run's end judges
   * the trees (a snapshot holding it would not load). Null, or the safety violation `check` found.
   */
  private probeLateEphemeral(dir: string, check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    const follower = this.slots.find((slot) => slot.id !== leader && this.followsInBroadcast(slot, leader) && this.serving(slot))
    if (follower === undefined) return null
    const late = sessionProbeIndex + 5
    const opening: HistoryOp = { _tag: "Exists", path: dir }
    if (this.moveSession(late, follower) === null || this.clientOp(late, opening) === null) return null
    const opened = this.awaitSessionProbe(late, opening, leader, check)
    if (opened !== null) return opened
    // Sent to the follower, which forwards it; the session leaves before the leader has it.
    if (this.clientOp(late, { _tag: "Create", path: `${dir}/late`, data: "", sequential: false, ephemeral: true }) === null) return null
    this.drain()
    if (this.moveSession(late, this.slot(leader)) === null) return null
    const closing: HistoryOp = { _tag: "CloseSession" }
    if (this.clientOp(late, closing) === null) return null
    return this.awaitSessionProbe(late, closing, leader, check)
  }

  /**
   * The ACL probe (correct peer only, see lateProbeOfTheCorrectPeer): ZooKeeper's access control as a
   * client meets it, which no schedule's step exercises (schedules set no ACL and authenticate nobody). An
   * owner session authenticates twice (addauth digest) and creates nodes with a digest ACL and with the
   * `auth` scheme (one entry per identity it holds), reads their ACLs, sets one with a wrong and then the
   * right aversion, and is refused invalid ACLs (a malformed digest id, an unknown scheme, an empty list, a
   * bad ip mask, and a few more ids each scheme refuses or takes). A second session, without those identities, is refused (NoAuth) wherever the ACLs allow
   * it nothing: getData, getChildren, getACL, setData, check, create under, delete under, setACL; is let
   * through where world:anyone's permissions allow (exists, getData, a create under, a redacted getACL),
   * and cannot use `auth` with no identity (InvalidACL); a wrong password gains it nothing, the right one
   * everything. The ip provider's matching: the owner, the other and a third session gain ip identities by
   * `addauth ip ADDRESS` (the simulator's deviation, see ClientSession.auth; the third's is IPv6, which
   * 3.8 matches with no entry), and read and write nodes whose ip entries are exact, /8, /0, and masks that
   * end inside a byte one bit before or after the bit the addresses differ in, beside digest and world
   * entries, before and after the other has its address; `auth` expands to no ip identity (an ip one
   * alone is InvalidACL). The history check judges every answer against its own ACL rules (properties/history/
   * acl-judge.ts, written apart from impl/core/acl.ts so that the core's mutants cannot fool it). Null
   * when all were answered; otherwise which was not, or the safety violation `check` found meanwhile.
   */
  private aclProbeOfTheCorrectPeer(check: () => string | null): string | null {
    if (this.config.bugs.length > 0 || this.config.clientProbes === false) return null
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    const owner = sessionProbeIndex + 2
    const other = sessionProbeIndex + 3
    const stranger = sessionProbeIndex + 4
    const dir = "/acl-probe"
    const secret = `${dir}/digest` // alice's alone
    const shared = `${dir}/auth` // alice's and carol's, world may read (then read and create)
    const alice = digestId("alice:secret")
    const { read, write, create, delete: remove, admin, all } = Perms
    const world = (perms: number): Acl => ({ perms, scheme: "world", id: "anyone" })
    const ip = (perms: number, id: string): Acl => ({ perms, scheme: "ip", id })
    // The sessions' addresses (their ip identities, ClientSession.auth), bit by bit:
    //   owner 10.1.2.3    00001010 00000001 00000010 00000011
    //   other 10.200.7.9  00001010 11001000 00000111 00001001
    // and the stranger's is IPv6, which ZooKeeper 3.8's ip provider matches with no entry.
    const ipNodes: ReadonlyArray<readonly [string, string, ReadonlyArray<Acl>]> = [
      // Exact: each address alone (owner's also with WRITE and ADMIN; 10.1.2.4 differs in the last bit).
      ["ip-exact", "e", [ip(read | write | admin, "10.1.2.3"), ip(read, "10.200.7.9/32"), ip(write, "10.1.2.4")]],
      // A byte mask: both read; 11.x/8 grants no one WRITE.
      ["ip-8", "8", [ip(read, "10.0.0.0/8"), ip(write, "11.1.2.3/8")]],
      // /0: any ip identity, whatever the address; no session without one, nor an IPv6 one.
      ["ip-0", "0", [ip(read, "192.168.0.1/0")]],
      // Masks ending inside the second byte: its fifth bit is the owner's 0 and 10.8's 1 (so /12 admits, /13
      // does not), the other's 1 and 10.192's 0; 10.7's fifth bit is the owner's and its last three are not.
      ["ip-12", "12", [ip(read, "10.8.0.0/12"), ip(write, "10.8.0.0/13"), ip(read, "10.192.0.0/12"), ip(write, "10.192.0.0/13"), ip(admin, "10.7.0.0/13")]],
      // Inside the last byte: .2/31 admits .3, .0/31 does not; .8/29 admits .9.
      ["ip-31", "31", [ip(read, "10.1.2.2/31"), ip(write, "10.1.2.0/31"), ip(read | write, "10.200.7.8/29")]],
      // Mixed: carol (the owner) everything, the other's /24 read and write, the world create.
      ["ip-mixed", "m", [{ perms: all, scheme: "digest", id: digestId("carol:pw") }, ip(read | write, "10.200.7.0/24"), world(create)]],
    ]
    const ipOf = (name: string): ReadonlyArray<Acl> => ipNodes.find(([n]) => n === name)![2]
    const reads = (who: number, names: ReadonlyArray<string>): Array<readonly [number, HistoryOp]> => names.map((n) => [who, { _tag: "GetData", path: `${dir}/${n}` }])
    const writes = (who: number, names: ReadonlyArray<string>): Array<readonly [number, HistoryOp]> => names.map((n) => [who, { _tag: "SetData", path: `${dir}/${n}`, data: "w", version: -1 }])
    const operations: ReadonlyArray<readonly [number, HistoryOp]> = [
      // The owner's address first: an ip identity, which `auth` entries never expand to.
      [owner, { _tag: "AddAuth", scheme: "ip", id: "10.1.2.3" }],
      [owner, { _tag: "AddAuth", scheme: "digest", id: "alice:secret" }],
      [owner, { _tag: "Create", path: dir, data: "", sequential: false }],
      [owner, { _tag: "Create", path: secret, data: "s", sequential: false, acl: [{ perms: all, scheme: "digest", id: alice }] }],
      [owner, { _tag: "AddAuth", scheme: "digest", id: "carol:pw" }],
      [owner, { _tag: "Create", path: shared, data: "a", sequential: false, acl: [{ perms: read | write | create | remove | admin, scheme: "auth", id: "" }, world(read)] }],
      [owner, { _tag: "Create", path: `${secret}/c`, data: "", sequential: false }],
      [owner, { _tag: "GetACL", path: secret }],
      [owner, { _tag: "GetACL", path: shared }],
      [owner, { _tag: "SetACL", path: shared, acl: [{ perms: all, scheme: "auth", id: "" }, world(read | create)], version: 1 }],
      [owner, { _tag: "SetACL", path: shared, acl: [{ perms: all, scheme: "auth", id: "" }, world(read | create)], version: 0 }],
      [owner, { _tag: "SetACL", path: shared, acl: [{ perms: all, scheme: "digest", id: "alice" }], version: -1 }],
      [owner, { _tag: "SetACL", path: shared, acl: [{ perms: all, scheme: "nosuch", id: "x" }], version: -1 }],
      [owner, { _tag: "Create", path: `${dir}/empty`, data: "", sequential: false, acl: [] }],
      [owner, { _tag: "Create", path: `${dir}/ip`, data: "", sequential: false, acl: [{ perms: all, scheme: "ip", id: "10.0.0.0/33" }] }],
      [owner, { _tag: "Create", path: `${dir}/ip`, data: "i", sequential: false, acl: [{ perms: all, scheme: "ip", id: "10.1.2.3/8" }, world(read)] }],
      // The open ACL given explicitly, as most clients give it (ZooKeeper's OPEN_ACL_UNSAFE): the same as none.
      [owner, { _tag: "Create", path: `${dir}/open`, data: "", sequential: false, acl: [world(all)] }],
      [owner, { _tag: "GetACL", path: `${dir}/open` }],
      // Which ids each scheme takes, on a node of its own (each ACL keeps the owner's ADMIN through `auth`).
      ...[
        ["ip", "10.0.0"],
        ["ip", "256.0.0.1"],
        ["ip", "1.2.3.4/x"],
        ["ip", "1.2.3.4/-1"],
        ["ip", "+1.2.3.4/0"],
        ["digest", "bob:hash:"],
        ["digest", ":x"],
        ["digest", "a:b:c"],
        ["world", "someone"],
        ["digest", "anyone"],
        ["ip", "10.1.2.3"],
        ["ip", "1.2.3.4/32"],
        ["ip", "-1.0.0.0"],
        ["ip", "0.1.2.3"],
        ["ip", "255.0.0.1"],
        ["ip", "a.b.c.d"],
        ["ip", "0x10.0.0.1"],
        ["ip", "1e2.0.0.1"],
        ["constructor", "x"],
      ].map(([scheme, id]): readonly [number, HistoryOp] => [owner, { _tag: "SetACL", path: dir, acl: [{ perms: all, scheme: "auth", id: "" }, { perms: read, scheme: scheme!, id: id! }], version: -1 }]),
      // Duplicates go (entries that differ only in scheme or only in id stay), `auth` expands once per entry.
      [owner, { _tag: "SetACL", path: dir, acl: [{ perms: all, scheme: "auth", id: "" }, world(read), { perms: read, scheme: "auth", id: "anyone" }, { perms: read, scheme: "digest", id: "bob:h" }, { perms: read, scheme: "digest", id: ":h" }, world(read)], version: -1 }],
      [owner, { _tag: "GetACL", path: dir }],
      // world:anyone with every permission first, and more after it: not the open ACL.
      [owner, { _tag: "SetACL", path: dir, acl: [world(all), { perms: read, scheme: "digest", id: alice }], version: -1 }],
      [owner, { _tag: "GetACL", path: dir }],
      [owner, { _tag: "SetACL", path: dir, acl: [{ perms: all, scheme: "auth", id: "" }, world(read), world(all)], version: -1 }],
      [owner, { _tag: "GetACL", path: dir }],
      [owner, { _tag: "GetData", path: secret }],
      [owner, { _tag: "SetData", path: secret, data: "s2", version: 0 }],
      // ip entries: which addresses each mask admits, for each permission.
      ...ipNodes.map(([name, data, acl]): readonly [number, HistoryOp] => [owner, { _tag: "Create", path: `${dir}/${name}`, data, sequential: false, acl }]),
      ...reads(owner, ["ip-exact", "ip-8", "ip-0", "ip-12", "ip-31", "ip-mixed"]),
      ...writes(owner, ["ip-exact", "ip-8", "ip-12", "ip-31"]),
      [owner, { _tag: "SetACL", path: `${dir}/ip-12`, acl: ipOf("ip-12"), version: 0 }],
      [other, { _tag: "Sync", path: dir }],
      [other, { _tag: "Exists", path: secret }],
      [other, { _tag: "GetData", path: secret }],
      [other, { _tag: "GetChildren", path: secret }],
      [other, { _tag: "GetACL", path: secret }],
      [other, { _tag: "SetData", path: secret, data: "x", version: -1 }],
      [other, { _tag: "Check", path: secret, version: 1 }],
      [other, { _tag: "Create", path: `${secret}/x`, data: "", sequential: false }],
      [other, { _tag: "Delete", path: `${secret}/c`, version: -1 }],
      [other, { _tag: "SetACL", path: secret, acl: [world(all)], version: -1 }],
      [other, { _tag: "GetData", path: shared }],
      [other, { _tag: "GetACL", path: shared }],
      [other, { _tag: "SetData", path: shared, data: "x", version: -1 }],
      [other, { _tag: "Create", path: `${shared}/k`, data: "k", sequential: false }],
      [other, { _tag: "Delete", path: `${shared}/k`, version: -1 }],
      [other, { _tag: "Create", path: `${dir}/mine`, data: "", sequential: false, acl: [{ perms: all, scheme: "auth", id: "" }] }],
      [other, { _tag: "GetData", path: `${dir}/ip` }],
      [other, { _tag: "SetData", path: `${dir}/ip`, data: "x", version: -1 }],
      // Without an ip identity, no ip entry admits it (not even /0); world's CREATE does.
      ...reads(other, ["ip-8", "ip-0"]),
      [other, { _tag: "Create", path: `${dir}/ip-mixed/k`, data: "", sequential: false }],
      [other, { _tag: "AddAuth", scheme: "ip", id: "10.200.7.9" }],
      [other, { _tag: "Create", path: `${dir}/mine`, data: "", sequential: false, acl: [{ perms: all, scheme: "auth", id: "" }] }],
      ...writes(other, ["ip"]),
      ...reads(other, ["ip-exact", "ip-8", "ip-0", "ip-12", "ip-31", "ip-mixed"]),
      ...writes(other, ["ip-exact", "ip-8", "ip-12", "ip-31", "ip-mixed"]),
      [other, { _tag: "SetACL", path: `${dir}/ip-12`, acl: [world(all)], version: -1 }],
      [other, { _tag: "GetACL", path: `${dir}/ip-mixed` }],
      // The system nodes every ZooKeeper tree starts with: /zookeeper/config world-readable only (aversion
      // -1), the others open, none of them deletable.
      [other, { _tag: "GetChildren", path: "/zookeeper" }],
      [other, { _tag: "GetACL", path: "/zookeeper/config" }],
      [other, { _tag: "SetData", path: "/zookeeper/config", data: "x", version: -1 }],
      [other, { _tag: "GetACL", path: "/zookeeper/quota" }],
      [other, { _tag: "Delete", path: "/zookeeper/quota", version: -1 }],
      [stranger, { _tag: "AddAuth", scheme: "ip", id: "2001:db8:0:0:0:0:0:7" }],
      ...reads(stranger, ["ip-0", "ip-mixed"]),
      // An identity is matched only by entries of its own scheme: the IPv6 address fe80:1:: is also a valid
      // digest id (user fe80, hash 1, as ZooKeeper splits it), and an ip identity of it is not that digest.
      [owner, { _tag: "Create", path: `${dir}/v6`, data: "v", sequential: false, acl: [{ perms: all, scheme: "auth", id: "" }, { perms: read, scheme: "digest", id: "fe80:1::" }] }],
      [stranger, { _tag: "AddAuth", scheme: "ip", id: "fe80:1::" }],
      [stranger, { _tag: "GetData", path: `${dir}/v6` }],
      [other, { _tag: "AddAuth", scheme: "digest", id: "alice:wrong" }],
      [other, { _tag: "GetData", path: secret }],
      [other, { _tag: "AddAuth", scheme: "digest", id: "alice:secret" }],
      [other, { _tag: "GetData", path: secret }],
      [other, { _tag: "GetACL", path: shared }],
      [other, { _tag: "Delete", path: `${secret}/c`, version: -1 }],
      [other, { _tag: "Multi", ops: [{ _tag: "Check", path: secret, version: 1 }, { _tag: "Delete", path: `${shared}/k`, version: 0 }] }],
      [owner, { _tag: "CloseSession" }],
      [other, { _tag: "CloseSession" }],
      [stranger, { _tag: "CloseSession" }],
    ]
    for (const [index, operation] of operations) {
      if (this.clientOp(index, operation) === null) return null // no server would take it (the cluster moved): nothing to judge
      this.drain()
      const session = this.sessions.get(index)!
      let answered = false
      for (let t = 0; t <= this.config.livenessTicks && !answered; t++) {
        const violation = this.settle(check)
        if (violation !== null) return violation
        answered = session.pending.length === 0 && session.opening === null
        if (!answered) this.apply({ _tag: "Tick" })
      }
      if (!answered) return `the ACL probe's ${describeHistoryOp(operation)} (session ${session.id}) was not answered within ${this.config.livenessTicks} ticks on a cluster with leader ${leader} serving`
    }
    return null
  }

  /**
   * The last stage: every client closes its session, as a client that is done with it does, and the servers
   * get up to livenessTicks to commit the closes. The audit of every tree at the run's end then sees each
   * close delete its session's ephemeral nodes (and move their parents' Stats), and the history sees the
   * close answered, which a schedule's few closes rarely show. Not a progress requirement: a close still
   * uncommitted after that is left indeterminate. Null, or the safety violation `check` found meanwhile.
   */
  private closeEverySession(check: () => string | null): string | null {
    for (const [index, session] of [...this.sessions]) {
      if (session.zk !== null && !session.closing) this.clientOp(index, { _tag: "CloseSession" })
    }
    this.drain()
    for (let t = 0; t < this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      if (this.closingSessions.size === 0) return null
      this.apply({ _tag: "Tick" })
    }
    return this.settle(check)
  }

  private probesAfterSteadyOfTheCorrectPeer(check: () => string | null): string | null {
    if (this.config.bugs.length > 0) return null
    return this.probeEarlyLearners(check) ?? this.probeSilentFollowers(check)
  }

  private probesOfTheCorrectPeer(check: () => string | null): string | null {
    if (this.config.bugs.length > 0) return null
    return this.probeAckLostRejoins(check) ?? this.probeStepDownWithWrites(check) ?? this.probeWritesBeforeEstablished(check) ?? this.probeQueueBounds(check)
  }

  /**
   * The eighth probe: followers that lose a write's ACK, or its PROPOSAL, with their connection rejoin the
   * same leader. With every server up and following, the leader proposes a write; a bare quorum's worth of
   * its followers lose their connection, and the other followers' disks complete nothing. First the leader
   * makes the write durable and those followers log and ack it, the ACK lost in flight: they rejoin holding
   * it, nothing is re-sent to them, and their NEWLEADER ack is the only word that they hold it. Then, on a
   * second write, the PROPOSAL is lost and the leader's disk completes nothing either: they rejoin, are sent
   * the write in the DIFF and ack it twice (the NEWLEADER ack, then its own ACK), which must count once per
   * follower; validation refuses a commit before the leader's own ACK. In both, once the disks complete, the
   * write must be committed. Judged when they rejoined the same leader; null when both writes were delivered
   * (or the probe does not apply); otherwise why not, or the safety violation `check` found meanwhile.
   */
  private probeAckLostRejoins(check: () => string | null): string | null {
    return this.lostRejoins(check, "ACK") ?? this.lostRejoins(check, "PROPOSAL")
  }

  private lostRejoins(check: () => string | null, lost: "ACK" | "PROPOSAL"): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    if (this.slots.some((slot) => slot.id !== leader && !this.followsInBroadcast(slot, leader))) return null
    const followers = this.slots.filter((slot) => slot.id !== leader)
    const rejoining = followers.slice(0, this.quorum() - 1)
    const lead = this.slot(leader)
    const request = this.nextRequest
    this.clientWrite(lead, { _tag: "Create", path: `/liveness-probe-${request}`, data: "" })
    this.drain()
    if (lost === "ACK" && lead.state !== null && lead.fsyncRequested > lead.fsyncDone) this.completeFsync(lead)
    this.drain()
    for (const slot of rejoining) {
      while (lost === "ACK" && this.link(leader, slot.id).length > 0) {
        this.deliverAt(leader * (this.n + 1) + slot.id)
        this.drain()
      }
      if (slot.state !== null && slot.fsyncRequested > slot.fsyncDone) this.completeFsync(slot)
      this.drain()
      this.resetLink(leader, slot.id, true)
      this.drain()
    }
    const stalled = followers.slice(this.quorum() - 1).map((slot) => slot.id)
    this.stalledDisks = new Set(lost === "ACK" ? stalled : [...stalled, leader])
    const rejoined = (): boolean => this.leader() === leader && rejoining.every((slot) => this.followsInBroadcast(slot, leader))
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) {
        this.stalledDisks = new Set()
        return violation
      }
      if (this.replies.has(request) || this.leader() !== leader || (lost === "PROPOSAL" && rejoined())) break
      this.apply({ _tag: "Tick" })
    }
    const judged = rejoined()
    this.stalledDisks = new Set()
    const after = `server${rejoining.length > 1 ? "s" : ""} ${rejoining.map((slot) => slot.id).join(", ")} lost ${lost === "ACK" ? "their ACKs" : "the PROPOSAL"} of write #${request} with their connections and rejoined leader ${leader}`
    if (lost === "ACK" && judged && !this.replies.has(request)) {
      return `no progress within ${this.config.livenessTicks} ticks after ${after}: they hold it durably, a quorum with the leader, but it was not committed`
    }
    const serving = this.servingEverybody(check, after)
    if (serving !== null) return serving
    if (judged && !this.replies.has(request)) return `no progress within ${this.config.livenessTicks} ticks after ${after}: it was not committed once the disks completed`
    return null
  }

  /**
   * The ninth probe: a leader leaves its role with a client's write delivered and another still pending.
   * With every server up and following, the leader takes two writes at once; its followers log and ack
   * only the first, which is committed and answered; then every connection of the leader breaks and it
   * steps down at its next tick. The second write's client must be told ConnectionLoss then (the run
   * reports a write still waiting as the server leaves its role). The others must then elect a leader that
   * serves everybody. Null when that happened (or the probe does not apply); otherwise why not, or the
   * safety violation `check` found meanwhile.
   */
  private probeStepDownWithWrites(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    if (this.slots.some((slot) => slot.id !== leader && !this.followsInBroadcast(slot, leader))) return null
    const lead = this.slot(leader)
    const first = this.nextRequest
    this.clientWrite(lead, { _tag: "Create", path: `/liveness-probe-${first}`, data: "" })
    this.clientWrite(lead, { _tag: "Create", path: `/liveness-probe-${this.nextRequest}`, data: "" })
    this.drain()
    if (lead.state !== null && lead.fsyncRequested > lead.fsyncDone) this.completeFsync(lead)
    this.drain()
    // Each follower reads the first PROPOSAL only, makes it durable and acks it.
    for (const slot of this.slots) {
      if (slot.id === leader || this.link(leader, slot.id).length === 0) continue
      this.deliverAt(leader * (this.n + 1) + slot.id)
      this.drain()
      if (slot.state !== null && slot.fsyncRequested > slot.fsyncDone) this.completeFsync(slot)
      this.drain()
    }
    for (const slot of this.slots) {
      while (slot.id !== leader && this.link(slot.id, leader).length > 0) {
        this.deliverAt(slot.id * (this.n + 1) + leader)
        this.drain()
      }
    }
    if (!this.replies.has(first)) return null
    for (const slot of this.slots) if (slot.id !== leader) this.resetLink(leader, slot.id, true)
    this.drain()
    this.apply({ _tag: "Tick" })
    return this.servingEverybody(check, `leader ${leader} lost its connections with write #${first} answered and #${first + 1} pending`)
  }

  /**
   * The tenth probe: writes handed to a leader before its epoch is established. Every server restarts with
   * its disk stalled; the leader elected takes writes while it is still in discovery, which it must keep
   * and propose once established (synchronization.ts). First fewer than its counter can number, which must
   * all be delivered when it is established; then, with a counter of a few bits, as many as reach its last
   * value, so that the epoch rolls over while it proposes them: every one must be answered and a leader
   * must serve everybody again. Null when all held (or no leader serves everybody to begin with); otherwise
   * what went wrong, or the safety violation `check` found meanwhile.
   */
  private probeWritesBeforeEstablished(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    if (this.slots.some((slot) => slot.id !== leader && !this.followsInBroadcast(slot, leader))) return null
    const last = maxCounter(this.config.counterBits)
    const kept = this.writesBeforeEstablished(check, Math.min(2, last - 1, this.queuedRequestsMax()), false)
    if (kept !== null || last > 7) return kept
    return this.writesBeforeEstablished(check, last, true)
  }

  private queuedRequestsMax(): number {
    return this.config.queuedRequestsMax ?? defaultQueueLimits.queuedRequestsMax
  }

  /**
   * With the small queue bounds a schedule may set (clientWritesMax, queuedRequestsMax; the defaults are
   * never reached): a server holding as many of its clients' writes unanswered as clientWritesMax refuses
   * the next as NotReady at once and answers the ones it holds; a leader establishing its epoch keeps
   * queuedRequestsMax writes, refuses the next (its own client told NotReady at once) and proposes the ones
   * it kept. A bound a peer does not keep lets a flood of writes grow its state without limit; one it keeps
   * too soon refuses writes it has room for. Null when both held (or the schedule has no small bound);
   * otherwise what went wrong, or the safety violation `check` found meanwhile.
   */
  private probeQueueBounds(check: () => string | null): string | null {
    const clientWritesMax = this.config.clientWritesMax
    const flooded = clientWritesMax === undefined ? null : this.writesPastClientBound(check, clientWritesMax)
    if (flooded !== null || this.config.queuedRequestsMax === undefined) return flooded
    return this.writesBeforeEstablished(check, this.config.queuedRequestsMax + 1, false, false, this.config.queuedRequestsMax)
  }

  /** `bound` + 1 writes handed at once to a follower in broadcast (the leader if none): see probeQueueBounds. */
  private writesPastClientBound(check: () => string | null, bound: number): string | null {
    const violation = this.settle(check)
    if (violation !== null) return violation
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    const slot = this.slots.find((s) => s.id !== leader && this.followsInBroadcast(s, leader)) ?? this.slot(leader)
    // Writes still unanswered (none, after the earlier probes) would count towards the bound.
    if (slot.requests.size > 0 || this.rollsOverOnNextWrite(this.slot(leader))) return null
    const requests: Array<number> = []
    for (let i = 0; i <= bound; i++) {
      requests.push(this.nextRequest)
      this.clientWrite(slot, { _tag: "Create", path: `/liveness-probe-${this.nextRequest}`, data: "" })
    }
    const after = `server ${slot.id} was handed ${bound + 1} writes (#${requests.join(", #")}) at once, one more than its clientWritesMax of ${bound}`
    const over = requests[bound]!
    if (!this.refusedNotReady.has(over)) return `${after}, and did not refuse the last as not ready at once`
    const early = requests.slice(0, bound).filter((request) => this.replies.has(request))
    if (early.length > 0) return `${after}, and answered #${early.join(", #")} at once, before the bound was reached`
    const kept = requests.slice(0, bound)
    for (let t = 0; t <= this.config.livenessTicks && kept.some((request) => !this.replies.has(request)); t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      if (kept.every((request) => this.replies.has(request))) break
      this.apply({ _tag: "Tick" })
    }
    const unanswered = kept.filter((request) => !this.replies.has(request))
    if (unanswered.length > 0) return `no progress within ${this.config.livenessTicks} ticks after ${after}: #${unanswered.join(", #")} never answered`
    const refused = kept.filter((request) => this.replies.get(request) === null)
    if (refused.length > 0) return `${after}, and refused #${refused.join(", #")}, within its bound, with no fault to refuse ${refused.length > 1 ? "them" : "it"} for`
    return null
  }

  private probeOwnWriteLastOfTheCorrectPeer(check: () => string | null): string | null {
    return this.config.bugs.length > 0 ? null : this.probeOwnWriteLast(check)
  }

  /**
   * The last probe (correct peer only): the tenth's rollover with the leader's own NEWLEADER write the last
   * thing its epoch waits for. In the tenth the disks complete together and the followers' NEWLEADER acks
   * come a round after the leader's own write is durable, so the last ack always established the epoch;
   * here the leader's disk completes nothing from when it sends NEWLEADER until a quorum acked it, so its
   * fsync establishes the epoch, proposes the writes it holds and gives the epoch up at the counter's last
   * value, in that one step. Every write must be answered and a leader must serve everybody again. Null when
   * that held (or the counter is too wide to reach, or no leader serves everybody to begin with); otherwise
   * what went wrong, or the safety violation `check` found meanwhile.
   */
  private probeOwnWriteLast(check: () => string | null): string | null {
    const leader = this.leader()
    if (leader === null || !this.readyToServe(leader)) return null
    if (this.slots.some((slot) => slot.id !== leader && !this.followsInBroadcast(slot, leader))) return null
    const last = maxCounter(this.config.counterBits)
    return last > 7 ? null : this.writesBeforeEstablished(check, last, true, true)
  }

  /**
   * With every disk stalled and `lead` in discovery: complete the disks round by round until it sends
   * NEWLEADER, then every disk but its own until a quorum acked NEWLEADER. False when it did not get there.
   */
  private ownWriteLast(check: () => string | null, lead: Slot): boolean | string {
    const phase = (): string | null => {
      const role = lead.state?.role
      return role === undefined || role.kind !== "leading" || role.established ? null : role.phase
    }
    for (let round = 0; phase() === "discovery"; round++) {
      if (round >= this.config.livenessTicks) return false
      for (const slot of this.slots) {
        if (slot.state === null || slot.fsyncRequested <= slot.fsyncDone) continue
        this.completeFsync(slot)
        this.drain()
        const violation = check()
        if (violation !== null) return violation
      }
      const violation = this.settle(check, false)
      if (violation !== null) return violation
    }
    if (phase() !== "synchronization") return false
    this.stalledDisks = new Set([lead.id])
    try {
      const violation = this.settle(check)
      if (violation !== null) return violation
    } finally {
      this.stalledDisks = new Set()
    }
    const role = lead.state?.role
    if (role === undefined || role.kind !== "leading" || role.established) return false
    return role.learners.filter((l) => l.stage === "synced").length + 1 >= this.quorum() && lead.fsyncRequested > lead.fsyncDone
  }

  /**
   * `count` writes handed to a leader still in discovery after a restart of every server with their disks
   * stalled. It must keep the first `keep` (all unless a bound is probed) and refuse the others as not ready
   * at once; what it keeps it must answer once established, and, without a rollover, propose.
   */
  private writesBeforeEstablished(check: () => string | null, count: number, rollover: boolean, ownWriteLast = false, keep = count): string | null {
    const restarted = this.restartUnderStall(check)
    if (typeof restarted === "string") return restarted
    let elected = this.leader()
    for (let t = 0; elected === null && t < this.config.livenessTicks; t++) {
      const violation = this.tickUnderStall(check)
      if (violation !== null) return violation
      elected = this.leader()
    }
    if (elected === null) return `no progress within ${this.config.livenessTicks} ticks after a restart of every server with their disks stalled: nobody leads`
    const lead = this.slot(elected)
    if (lead.state === null || lead.state.role.kind !== "leading" || lead.state.role.established) return this.servingEverybody(check, "a restart of every server")
    const requests: Array<number> = []
    for (let i = 0; i < count; i++) {
      requests.push(this.nextRequest)
      this.clientWrite(lead, { _tag: "Create", path: `/liveness-probe-${this.nextRequest}`, data: "" })
    }
    const past = requests.slice(keep).filter((request) => !this.refusedNotReady.has(request))
    if (past.length > 0) return `leader ${elected}, its epoch not yet established, was handed ${count} writes (#${requests.join(", #")}), past its queuedRequestsMax of ${keep}, and did not refuse #${past.join(", #")} as not ready at once`
    this.drain()
    const ordered = ownWriteLast ? this.ownWriteLast(check, lead) : false
    if (typeof ordered === "string") return ordered
    const after = `leader ${elected} took ${count} write${count > 1 ? "s" : ""} (#${requests.join(", #")}) before its epoch was established${ordered ? ", and its own NEWLEADER write was durable only after a quorum acked NEWLEADER" : ""}`
    const serving = this.servingEverybody(check, after)
    if (serving !== null) return serving
    const unanswered = requests.filter((request) => !this.replies.has(request) && lead.requests.has(request))
    if (unanswered.length > 0) return `no progress within ${this.config.livenessTicks} ticks after ${after}: #${unanswered.join(", #")} never answered`
    // Fewer writes than the counter numbers: none reaches the rollover, the only reason to refuse them as not
    // ready (a leader that gives up its epoch tells them ConnectionLoss).
    const refused = requests.slice(0, keep).filter((request) => this.refusedNotReady.has(request))
    if (!rollover && refused.length > 0) return `${after}, and refused #${refused.join(", #")} as not ready instead of proposing ${refused.length > 1 ? "them" : "it"} once established`
    return null
  }

  /** Settle and tick until a leader serves everybody up; null when one does, otherwise why not. */
  private servingEverybody(check: () => string | null, after: string): string | null {
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      if (now !== null && this.readyToServe(now) && this.slots.every((slot) => slot.id === now || slot.state === null || this.followsInBroadcast(slot, now))) return null
      this.apply({ _tag: "Tick" })
    }
    const now = this.leader()
    return `no progress within ${this.config.livenessTicks} ticks after ${after}: ${now === null ? "nobody leads" : `leader ${now} does not serve everybody`}`
  }

  /**
   * A leader whose counter has reached its last value gives up its epoch on the next write instead of
   * proposing it (ZOOKEEPER-1277's rollover), so a probe that needs the write proposed does not apply.
   */
  private rollsOverOnNextWrite(slot: Slot): boolean {
    const role = slot.state?.role
    return role?.kind === "leading" && role.nextCounter >= maxCounter(this.config.counterBits)
  }

  /**
   * The serving leader `old` takes a write and logs it durably, and its PROPOSALs are lost as its connections
   * break, so no follower holds that txn; then it crashes (keeping its disk), or is cut off from everyone
   * (`isolate`). Its zxid when done; otherwise why not.
   */
  private crashHoldingUnsharedWrite(old: Slot, isolate = false): Zxid | string {
    const logged = old.state!.log.length
    this.clientWrite(old, { _tag: "Create", path: `/liveness-probe-${this.nextRequest}`, data: "" })
    if (old.state === null || old.state.log.length === logged) return `leader ${old.id}, serving everybody, did not propose a write handed to it`
    // (A re-injected bug can leave the log shorter than before the write; the correct peer's has grown.)
    const unshared = old.state.log.last()?.zxid ?? 0
    // Every connection of the leader breaks with its PROPOSALs in flight; its own log write becomes durable.
    for (const other of this.slots) if (other.id !== old.id) this.resetLink(old.id, other.id, true)
    this.drain()
    if (old.state !== null && old.fsyncRequested > old.fsyncDone) this.completeFsync(old)
    this.drain()
    if (isolate) this.apply({ _tag: "IsolateLeader" })
    else this.crash(old, "keep")
    this.drain()
    return unshared
  }

  /**
   * The eighth probe, after the bare quorum's: a server more recent than the leader rejoins it after it is
   * established. As in the seventh, the serving leader logs a write no follower holds, but it is cut off
   * from the others instead of crashing, so its data tree still ends at the last txn they share. The others
   * elect a leader, which serves them and delivers writes of its new epoch: one, or, where snapshots are
   * frequent, until its snapshot is past the old leader's unshared txn. The partition heals and the old
   * leader, back in the election, joins the new one late, in broadcast, naming a last zxid it never had.
   * Its synchronisation is then a TRUNC back to the last txn they share, which the old leader delivered (the TRUNC names its data tree's own zxid), or a SNAP; then the
   * new epoch's txns and NEWLEADER. It must take them, neither refusing nor cutting more than its own write,
   * and follow in broadcast within livenessTicks; the invariants and the validation judge each step. The
   * seventh probe's leader is still in discovery and gives up instead, and random schedules seldom make a
   * follower hold a txn its leader lacks. Null when all held (or no leader serves everybody, or the others
   * are no quorum); otherwise what went wrong, or the safety violation `check` found meanwhile.
   */
  private probeAheadRejoinsLate(check: () => string | null): string | null {
    // The servers the bare-quorum probe crashed rejoin first; its leader (or another) must serve everybody.
    const booted = this.slots.filter((slot) => slot.state === null && this.boot(slot))
    this.drain()
    let leader: ServerId | null = null
    for (let t = 0; leader === null && t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      if (now !== null && this.readyToServe(now) && this.slots.every((slot) => slot.id === now || this.followsInBroadcast(slot, now))) leader = now
      else this.apply({ _tag: "Tick" })
    }
    if (leader === null) {
      // Not judged here (ZAB promises nothing to a server whose acceptedEpoch is above the leader's epoch):
      // those servers go down again, as the bare-quorum probe left them, before the fault-free ticks.
      for (const slot of booted) if (slot.state !== null) this.crash(slot, "keep")
      this.drain()
      return null
    }
    if (this.n - 1 < this.quorum()) return null
    const old = this.slot(leader)
    if (this.rollsOverOnNextWrite(old)) return null
    const unshared = this.crashHoldingUnsharedWrite(old, true)
    if (typeof unshared === "string") return unshared
    // The others elect a leader among themselves, which must serve them and deliver writes of its epoch.
    const writes = this.config.snapCountTxns <= 8 ? this.config.snapCountTxns + 1 : 1
    let written = 0
    let probe: number | null = null
    let elected: ServerId | null = null
    for (let t = 0; elected === null && t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      if (probe !== null) {
        const reply = this.replies.get(probe)
        if (reply !== undefined && reply !== null) {
          if (now !== null && this.probeMissing(now, reply)?.every((id) => id === leader) === true) {
            written += 1
            probe = null
            if (written >= writes || this.slot(now).state!.logBase > unshared) elected = now
          }
        } else if (reply === null || !this.slots.some((slot) => slot.requests.has(probe!))) probe = null
      }
      if (elected === null && probe === null && now !== null && this.readyToServe(now)) {
        probe = this.nextRequest
        this.clientWrite(this.slot(now), { _tag: "Create", path: `/liveness-probe-${probe}`, data: "" })
        this.drain()
        continue
      }
      if (elected === null) this.apply({ _tag: "Tick" })
    }
    if (elected === null) return `no progress within ${this.config.livenessTicks} ticks after leader ${leader} was cut off holding a write no follower logged: the others did not elect a leader that delivered ${writes} writes`
    this.apply({ _tag: "Heal" })
    this.drain()
    for (let t = 0; t <= this.config.livenessTicks; t++) {
      const violation = this.settle(check)
      if (violation !== null) return violation
      const now = this.leader()
      if (now !== null && this.readyToServe(now) && this.slots.every((slot) => slot.id === now || this.followsInBroadcast(slot, now))) return null
      this.apply({ _tag: "Tick" })
    }
    const now = this.leader()
    return `no progress within ${this.config.livenessTicks} ticks after leader ${leader}, holding a write no follower logged, was cut off and rejoined leader ${elected} once it served: ${now === null ? "nobody leads" : `leader ${now} does not serve everybody`}`
  }

  /**
   * Silences longer than syncLimit while an epoch is being established, within initLimit: until a follower
   * is synced, its leader and it give each other initLimit (ZooKeeper's socket timeout while syncing), not
   * syncLimit. Every server restarts under the stall; the leader elected is silent for syncLimit + 2 ticks
   * and then, as the disks catch up, one of its followers for as long again from the leader's view; nobody
   * may give up or break a connection, and the follower must join the established epoch once it resumes.
   * Null when all held (or the leader elected has no follower); otherwise what went wrong.
   */
  private stalledSilences(check: () => string | null): string | null {
    const elected = this.restartUnderStall(check)
    if (typeof elected === "string") return elected
    // Judged when the leader left the election first (with its followers, as after most elections): a
    // follower that chose it a tick earlier has less of initLimit left than the silences below assume.
    const leader = this.leader()
    if (leader === null) return null
    const resets = this.placesOf(this.slots).resets
    const quiet = this.config.syncLimitTicks + 2
    // The leader is silent from its election on, for `quiet` ticks (it resumes at the last, taking it).
    this.pausedUntil[leader] = elected + quiet
    const first = this.tickUnderStall(check)
    if (first !== null) return first
    const follower = this.slots.find((slot) => slot.state?.role.kind === "following" && slot.state.role.leader === leader)
    if (follower === undefined) {
      this.pausedUntil[leader] = 0
      return null
    }
    // The follower is silent from the next tick on; the leader, its clock stopped meanwhile, last heard it at
    // its election, so it goes `quiet - 1` of its own ticks without a word from it after it resumes.
    this.pausedUntil[follower.id] = elected + 2 * quiet - 1
    while (this.ticks < elected + this.config.initLimitTicks) {
      const violation = this.tickUnderStall(check)
      if (violation !== null) return violation
    }
    const caughtUp = this.settle(check)
    if (caughtUp !== null) return caughtUp
    const silent = `leader ${leader} was silent for ${quiet} ticks from its election and then follower ${follower.id} for ${quiet - 1} of the leader's ticks, while every disk stalled for ${this.config.initLimitTicks} ticks (initLimit) after a restart of every server`
    for (let t = 0; t <= this.config.initLimitTicks; t++) {
      const broken = this.placesOf(this.slots).resets.findIndex((count, i) => count !== resets[i])
      if (broken >= 0) {
        const pairs = this.slots.flatMap((a) => this.slots.filter((b) => a.id < b.id).map((b) => `${a.id}-${b.id}`))
        return `the connection ${pairs[broken]} broke after ${silent}, which initLimit tolerates`
      }
      if (!this.paused(follower.id) && this.readyToServe(leader) && this.slots.every((slot) => slot.id === leader || this.followsInBroadcast(slot, leader))) return null
      this.apply({ _tag: "Tick" })
      const violation = this.settle(check)
      if (violation !== null) return violation
    }
    const outside = this.slots.find((slot) => slot.id !== leader && !this.followsInBroadcast(slot, leader)) ?? this.slot(leader)
    return `server ${outside.id} is ${this.placeOf(outside)} ${this.config.initLimitTicks} ticks after ${silent}: leader ${leader} should serve everyone`
  }

  /** Whether `slot` is up and follows `leader` in broadcast. */
  private followsInBroadcast(slot: Slot, leader: ServerId): boolean {
    const role = slot.state?.role
    return role !== undefined && role.kind === "following" && role.leader === leader && role.phase === "broadcast"
  }

  /**
   * Crash every live server (keeping its disk) and start it again, with no fsync completing, and tick until
   * one leaves the election. Returns the tick at which it did, or why not (or the safety violation found).
   */
  private restartUnderStall(check: () => string | null): number | string {
    for (const slot of this.slots) if (slot.state !== null) this.crash(slot, "keep")
    for (const slot of this.slots) this.boot(slot)
    this.drain()
    for (let t = 0; t < this.config.livenessTicks; t++) {
      const violation = this.tickUnderStall(check)
      if (violation !== null) return violation
      if (this.slots.some((slot) => slot.state !== null && slot.state.role.kind !== "looking")) return this.ticks
    }
    return `no progress within ${this.config.livenessTicks} ticks after a restart of every server with their disks stalled: nobody left the election`
  }

  /** One tick, then every message delivered and no fsync completed. */
  private tickUnderStall(check: () => string | null): string | null {
    this.apply({ _tag: "Tick" })
    return this.settle(check, false)
  }

  /** How many times the connection a-b was broken. */
  private resetsOf(a: ServerId, b: ServerId): number {
    return this.linkResets[Math.min(a, b) * (this.n + 1) + Math.max(a, b)]!
  }

  /** Where each of `watched` stands, and how often each connection among them was broken, in pair order. */
  private placesOf(watched: ReadonlyArray<Slot>): { readonly places: ReadonlyArray<string>; readonly resets: ReadonlyArray<number> } {
    const resets = watched.flatMap((a) => watched.filter((b) => a.id < b.id).map((b) => this.resetsOf(a.id, b.id)))
    return { places: watched.map((slot) => this.placeOf(slot)), resets }
  }

  /**
   * The first of `watched` no longer where it was, or else a connection among them broken since: a server
   * that went back to the election and rejoined within one settle is in its old place again, and the
   * connection it broke on the way out tells. As a sentence ending with `after`; null when none moved.
   */
  private movedSince(watched: ReadonlyArray<Slot>, before: ReturnType<World["placesOf"]>, after: string): string | null {
    const now = this.placesOf(watched)
    const index = now.places.findIndex((place, i) => place !== before.places[i])
    if (index >= 0) return `server ${watched[index]!.id} left its place after ${after}: it was ${before.places[index]}, it is ${now.places[index]}`
    const broken = now.resets.findIndex((count, i) => count !== before.resets[i])
    if (broken < 0) return null
    const pairs = watched.flatMap((a) => watched.filter((b) => a.id < b.id).map((b) => `${a.id}-${b.id}`))
    return `the connection ${pairs[broken]} broke after ${after}, though both ends are where they were`
  }

  /**
   * Once a server has delivered the probe, every client write made before it that the server still waits on
   * will never be answered: its txn would have been delivered before the probe. The peer must have answered
   * it (ConnectionLoss) when it left the role the write was made in; any left are counted. A server that has
   * not delivered the probe (one refusing the leader's epoch) may still answer when its own role times out.
   */
  private livenessPassed(ticks: number, stragglers: ReadonlyArray<ServerId>, probe: Zxid): LivenessResult {
    const unanswered: Array<{ readonly server: ServerId; readonly request: number }> = []
    for (const slot of this.slots) {
      if (slot.state === null || slot.state.lastDelivered < probe) continue
      for (const request of slot.requests) {
        this.count("sim-client-write-unanswered")
        unanswered.push({ server: slot.id, request })
      }
    }
    return { ok: true, ticks, stragglers, unanswered }
  }

  /**
   * The live servers that have not delivered the probe, leaving out any whose acceptedEpoch is above the
   * leader's epoch: like ZooKeeper's learner ("leader's epoch is less than accepted epoch"), it refuses that
   * leader until the next epoch change, so ZAB promises it nothing. Null while no quorum has delivered it.
   */
  private probeMissing(leader: ServerId, probe: Zxid): Array<ServerId> | null {
    const epoch = this.slot(leader).state!.currentEpoch
    let delivered = 0
    const missing: Array<ServerId> = []
    for (const slot of this.slots) {
      const state = slot.state
      if (state === null) continue
      if (state.lastDelivered >= probe) delivered += 1
      else if (state.acceptedEpoch <= epoch) missing.push(slot.id)
    }
    return delivered >= this.quorum() ? missing : null
  }

  private quorum(): number {
    return Math.floor(this.n / 2) + 1
  }

  /**
   * An established leader that a quorum (itself included) follows in broadcast. ZAB promises progress to a
   * quorum, not to every server: like ZooKeeper, a server whose acceptedEpoch is above the established
   * epoch refuses that leader until the next epoch change.
   */
  private readyToServe(leader: ServerId): boolean {
    const state = this.slot(leader).state
    if (state === null || state.role.kind !== "leading" || !state.role.established) return false
    const followers = this.slots.filter((s) => {
      const role = s.state?.role
      return role !== undefined && role.kind === "following" && role.leader === leader && role.phase === "broadcast"
    }).length
    return followers + 1 >= this.quorum()
  }

  /** Settle without checking as it goes (a schedule step; the run checks after the step). */
  private settleQuietly(fsync: boolean): number {
    let moved = 0
    this.settle(() => {
      moved += 1
      return null
    }, fsync)
    return moved
  }

  /**
   * Deliver every message and complete every fsync until the network is quiet (fair, in link order), or
   * until `settleRoundsMax` rounds: peers that keep rejoining and failing (a livelock) never go quiet.
   */
  private settle(check: () => string | null, fsync = true): string | null {
    for (let round = 0; round < settleRoundsMax; round++) {
      let moved = false
      // A round delivers one message from each link that held messages when it began, in link order.
      const mark = ++this.roundMark
      for (let i = 0; i < this.links.length; i++) if (this.links[i]!.length > 0 && !this.pausedLink(i)) this.roundMarks[i] = mark
      for (let index = 0; index < this.links.length; index++) {
        // An earlier delivery of this round may have reset this link, or filled one that was empty.
        if (this.roundMarks[index] !== mark || this.links[index]!.length === 0) continue
        this.deliverAt(index)
        this.drain()
        moved = true
        const violation = check()
        if (violation !== null) return violation
      }
      // In a slow-disk run the leader's disk is the slowest: one request every other round, so a follower's
      // ACK can reach the leader before the leader's own append of that proposal is durable.
      const slowLeader = this.config.fsyncOneAtATime === true ? this.leader() : null
      for (const slot of this.slots) {
        if (fsync && slot.state !== null && slot.fsyncRequested > slot.fsyncDone && !this.paused(slot.id) && slot.id !== this.laggingDisk && !this.stalledDisks.has(slot.id)) {
          moved = true
          if (slot.id === slowLeader && round % 2 === 0) continue
          this.completeFsync(slot, slot.id === slowLeader ? slot.fsyncQueue[0] : undefined)
          this.drain()
          moved = true
          const violation = check()
          if (violation !== null) return violation
        }
      }
      if (!moved) return null
    }
    this.count("sim-settle-budget-exhausted")
    return null
  }

  /** Every server, by id order, for the harness to read (harness/sim-view.ts projects them). */
  get servers(): ReadonlyArray<SimServer> {
    return this.slots
  }

  stateOf(id: ServerId): PeerState | null {
    return this.slot(id).state
  }

  treeOf(id: ServerId): SimTree {
    return this.slot(id).tree
  }
}

// ---------------------------------------------------------------------------------------------------------
// The client history's vocabulary.

/**
 * The session of the client bound to a server's current incarnation (ClientWrite steps), as ZooKeeper builds
 * session ids: the server id in the top byte, a counter below (here the incarnation, so a restart starts a
 * new session). It opens no ZooKeeper session; its low bits stay below 2^24, under every Client step
 * session's (World.nextSessionId), so the two kinds never share an id.
 */
function sessionOf(slot: { readonly id: ServerId; readonly incarnation: number }): string {
  return ((BigInt(slot.id) << 56n) | BigInt(slot.incarnation)).toString()
}

function historyOp(op: WriteOp): HistoryOp {
  switch (op._tag) {
    case "Create":
      return { _tag: "Create", path: op.path, data: op.data, sequential: false }
    case "SetData":
      return { _tag: "SetData", path: op.path, data: op.data, version: op.version }
    case "Delete":
      return { _tag: "Delete", path: op.path, version: op.version }
  }
}

/** The same txn: one client request's, at one zxid (a txn is proposed once; its copies are equal). */
function sameTxn(a: Txn, b: Txn): boolean {
  return a.zxid === b.zxid && a.origin === b.origin && a.request === b.request
}

/**
 * The history's result of a write the server answered: the simulator's tree reports "ok" or the error
 * code (no stat), so an Ok carries the zxid and, for a create, the created path.
 */
function historyResult(op: TxnOp, result: string, zxid: Zxid): HistoryResult {
  if (result !== "ok") {
    const code = errorCodes.find((c) => c === result)
    assert(code !== undefined, "the tree answers ok or an error code")
    return { _tag: "Failed", code, zxid }
  }
  return op._tag === "Create" ? { _tag: "Ok", zxid, created: op.path } : { _tag: "Ok", zxid }
}

const errorCodes: ReadonlyArray<ErrorCode> = ErrorCode.literals

/**
 * The txn a session's operation becomes, as the client port makes it (impl/net/clientport.ts): a write is
 * itself (an ephemeral create owned by `session`), a check a one-op multi, a sync a no-op multi (once its
 * server has applied it, it has applied everything committed before the sync), a close the session's
 * CloseSession. Null for an operation answered from the server's own tree: a read, and a sync under the
 * re-injected sync-answered-locally.
 */
function txnOpOf(operation: HistoryOp, session: SessionId, localSync: boolean, auth: ReadonlyArray<AuthId>): TxnOp | null {
  // The identities, written only when there are some, so the txns of sessions without any stay as they were.
  const withAuth = auth.length === 0 ? {} : { auth }
  switch (operation._tag) {
    case "GetData":
    case "Exists":
    case "GetChildren":
    case "GetACL":
    case "AddAuth":
      return null
    case "Sync":
      return localSync ? null : { _tag: "Multi", ops: [] }
    case "Create":
    case "SetData":
    case "Delete":
      return { ...writeOpOf(operation, session), ...withAuth }
    case "SetACL":
      return { _tag: "SetACL", path: operation.path, acl: operation.acl, version: operation.version, ...withAuth }
    case "Check":
      return { _tag: "Multi", ops: [{ _tag: "Check", path: operation.path, version: operation.version }], ...withAuth }
    case "Multi":
      return { _tag: "Multi", ops: operation.ops.map((op) => (op._tag === "Check" ? { _tag: "Check", path: op.path, version: op.version } : writeOpOf(op, session))), ...withAuth }
    case "CloseSession":
      return { _tag: "CloseSession", session }
  }
}

function writeOpOf(op: Extract<HistoryOp, { readonly _tag: "Create" | "SetData" | "Delete" }>, session: SessionId): WriteOp {
  switch (op._tag) {
    case "Create": {
      const owner = op.ephemeral === true ? { ephemeralOwner: session } : {}
      const acl = op.acl === undefined ? {} : { acl: op.acl }
      return op.sequential ? { _tag: "Create", path: op.path, data: op.data, ...owner, sequential: true, ...acl } : { _tag: "Create", path: op.path, data: op.data, ...owner, ...acl }
    }
    case "SetData":
      return { _tag: "SetData", path: op.path, data: op.data, version: op.version }
    case "Delete":
      return { _tag: "Delete", path: op.path, version: op.version }
  }
}

/** A Client step's operation in a few words, for the step's text. */
function describeHistoryOp(op: HistoryOp): string {
  switch (op._tag) {
    case "Multi":
      return `multi [${op.ops.map((o) => `${o._tag} ${o.path}`).join("; ")}]`
    case "SetData":
    case "Delete":
    case "Check":
      return `${op._tag} ${op.path}${op._tag === "SetData" ? ` ${JSON.stringify(op.data)}` : ""} version ${op.version}`
    case "Create":
      return `Create${op.ephemeral === true ? " ephemeral" : ""}${op.sequential ? " sequential" : ""} ${op.path} ${JSON.stringify(op.data)}`
    case "CloseSession":
      return "CloseSession"
    case "SetACL":
      return `SetACL ${op.path} ${op.acl.map((a) => `${a.scheme}:${a.id}:${a.perms}`).join(",")} aversion ${op.version}`
    case "AddAuth":
      return `AddAuth ${op.scheme} ${op.id}`
    case "GetData":
    case "Exists":
    case "GetChildren":
    case "GetACL":
    case "Sync":
      return `${op._tag} ${op.path}`
  }
}

/** The stat fields the history records (the sequential specification predicts them; the system nodes' negative cversion never comes up). */
function statFields(stat: Stat | undefined): { version?: number; cversion?: number; numChildren?: number } {
  if (stat === undefined) return {}
  return stat.cversion >= 0 ? { version: stat.version, cversion: stat.cversion, numChildren: stat.numChildren } : { version: stat.version, numChildren: stat.numChildren }
}

/**
 * getACL's answer in the history's terms, after FinalRequestProcessor's checks (the node found, then READ or
 * ADMIN): the ACL, with digest ids as "user:x" to a client without ADMIN (ZOOKEEPER-1392), and the Stat.
 */
function getAclResult(answer: ClientResult, acl: ReadonlyArray<Acl>, auth: ReadonlyArray<AuthId>): HistoryResult {
  if (answer._tag === "Error") return { _tag: "Failed", code: answer.code, zxid: answer.zxid }
  if (!aclAllows(acl, Perms.read | Perms.admin, auth)) return { _tag: "Failed", code: "NoAuth", zxid: answer.zxid }
  const shown = aclAllows(acl, Perms.admin, auth) ? acl : redactDigests(acl)
  const stat = answer.stat
  return { _tag: "Ok", zxid: answer.zxid, acl: [...shown], ...(stat === undefined ? {} : { aversion: stat.aversion, ...statFields(stat) }) }
}

/**
 * What a session's client was told, in the history's terms: the value and stat of a read, the created name
 * and stat of a create, the new stat of a setData, each op's result of a multi; a failure with its code
 * (a multi's with the index of the op that failed, as ZooKeeper's MultiResponse says).
 */
function sessionResult(operation: HistoryOp, answer: ClientResult): HistoryResult {
  if (answer._tag === "Error") return { _tag: "Failed", code: answer.code, zxid: answer.zxid }
  const zxid = answer.zxid
  switch (operation._tag) {
    case "GetData":
      return { _tag: "Ok", zxid, ...(answer.data === undefined ? {} : { data: answer.data }), ...statFields(answer.stat) }
    case "Exists":
      return answer.exists === true ? { _tag: "Ok", zxid, exists: true, ...statFields(answer.stat) } : { _tag: "Ok", zxid, exists: false }
    case "GetChildren":
      return { _tag: "Ok", zxid, children: [...(answer.children ?? [])], ...statFields(answer.stat) }
    case "Create":
      return { _tag: "Ok", zxid, ...(answer.path === undefined ? {} : { created: answer.path }), ...statFields(answer.stat) }
    case "SetData":
      return { _tag: "Ok", zxid, ...statFields(answer.stat) }
    case "SetACL":
      return { _tag: "Ok", zxid, ...(answer.stat === undefined ? {} : { aversion: answer.stat.aversion }), ...statFields(answer.stat) }
    case "Delete":
    case "Sync":
    case "CloseSession":
    case "GetACL": // answered by getAclResult
    case "AddAuth": // answered in answerQueued
      return { _tag: "Ok", zxid }
    case "Check":
    case "Multi": {
      const results = answer.results ?? []
      const failed = results.findIndex((r) => r._tag === "Failed" && r.code !== "Ok" && r.code !== "RuntimeInconsistency")
      if (failed >= 0) {
        const code = (results[failed] as { readonly code: string }).code
        const known = errorCodes.find((c) => c === code)
        assert(known !== undefined, "a failed multi op carries an error code")
        // A check is sent as a one-op multi, but its client asked for a check: no op index to name.
        if (operation._tag === "Check") return { _tag: "Failed", code: known, zxid }
        // The reply's code of every op (a result that is not a failure is a broken peer's: shown as Ok).
        return { _tag: "Failed", code: known, zxid, index: failed, codes: results.map((r) => (r._tag === "Failed" ? r.code : "Ok")) }
      }
      if (operation._tag === "Check") return { _tag: "Ok", zxid }
      return {
        _tag: "Ok",
        zxid,
        results: results.map((r): MultiOpResult => {
          switch (r._tag) {
            // A result without its Stat (a broken peer's, reported by the answer check) carries no version.
            case "Created":
              return (r.stat as Stat | undefined) === undefined ? { created: r.path } : { created: r.path, version: r.stat.version }
            case "DataSet":
              return (r.stat as Stat | undefined) === undefined ? {} : { version: r.stat.version }
            case "AclSet": // never in a multi (ZooKeeper's multi takes no setACL)
            case "Deleted":
            case "Checked":
            case "Failed":
              return {}
          }
        }),
      }
    }
  }
}
