/**
 * Validation of an implementation trace against the abstract model (model/, a translation of Zab.tla): the
 * trace's events drive the model's own action functions through an explicit abstraction function, and the
 * first event the model cannot follow is reported with the actions the model had enabled and the model
 * state beside the implementation's projection, differences marked. `zab validate` runs it over a trace
 * file; `zab check` runs it online over every generated run (a rejection is the ModelRefinement failure).
 *
 * THE ABSTRACTION
 *
 * State. A server index i of the model is server id i + 1. Zab.tla's per-server variables map to what the
 * trace says of the peer: state/zabState to the last RoleChange, acceptedEpoch/currentEpoch and history to
 * the peer's storage writes (Wrote) folded in order, whether durable yet or not ("logged" in the spec is
 * "written" in the peer; durability is checked separately, below), lastCommitted to the Delivered events. A
 * model txn's value is Zab.tla's request counter; the validator keeps the bijection between those numbers
 * and the implementation's txn contents (origin, request, op), fixed when the leader proposes.
 *
 * Which event is which action. Receipts that the peer acts on unconditionally map at the receipt; the
 * others map at the effect that shows the peer's decision, so the model takes the branch the peer took:
 *   RoleChange(leading, discovery)         UpdateLeader(i) (FollowLeader(i) when the oracle already names i)
 *   RoleChange(following, discovery, L)    FollowLeader(i), the oracle set to L first (see below)
 *   leader receives its learner's first FollowerInfo
 *                                          ConnectAndFollowerSendCEPOCH(i, j) then LeaderProcessCEPOCH(i, j)
 *   RoleChange(following, synchronization) FollowerProcessNEWEPOCH(i, L), accepting (LeaderInfo = NEWEPOCH)
 *   leader receives AckEpoch               held (see below); LeaderProcessACKEPOCH(i, j) when the leader acts:
 *                                          at its RoleChange(leading, synchronization) for every one held, or
 *                                          at the DIFF/TRUNC/SNAP it sends j once synchronising
 *   follower's WriteCurrentEpoch in sync   FollowerProcessNEWLEADER(i, L): DIFF/TRUNC/SNAP, the Proposals
 *                                          before NEWLEADER and NEWLEADER are the spec's one NEWLEADER, whose
 *                                          history the peer's log must now equal
 *   leader receives AckNewLeader           LeaderProcessACKLD(i, j) (held until its own currentEpoch is durable)
 *   RoleChange(following, broadcast)       FollowerProcessCOMMITLD(i, L) (UpToDate = COMMITLD)
 *   Observed Proposed                      LeaderProcessRequest(i) then LeaderBroadcastPROPOSE(i)
 *   follower's Append after NEWLEADER      FollowerProcessPROPOSE(i, L)
 *   leader receives Ack                    LeaderProcessACK(i, j)
 *   follower in broadcast receives Commit  FollowerProcessCOMMIT(i, L)
 *   Crashed                                Restart(i) (Zab.tla's crash-and-recover; a follower first gives up,
 *                                          its leader lets it go when it notices), then the writes lost
 *   RoleChange(looking) of a follower      the spec action whose branch sends it back: FollowerProcessNEWEPOCH
 *                                          or FollowerProcessNEWLEADER refusing an epoch, else FollowerGivesUp
 *   ConnectionLost / Disconnect at a leader  LearnerLost(i, j) for a learner j
 * A broken connection is noticed by each end on its own (TCP delivers what was sent before the close,
 * and the simulator tells both ends): FollowerGivesUp at the follower and LearnerLost at the leader are
 * together Zab.tla's Timeout(L, i), which does both at once; the model follows each end as it notices.
 * Each receipt is checked against the head of the model's channel: the message the peer got must be the
 * one the model has in flight (an Ack, a Commit, an AckEpoch's epoch and last zxid, a FollowerInfo's epoch).
 *
 * Abstracted away, with the reason:
 * - Fast leader election (Notification): Zab.tla elects by an oracle. FLE is the oracle: leaderOracle is
 *   set to the leader a server chose at the moment it acts on that choice, which lets two servers follow
 *   different leaders while an old one is cut off (FLE allows it; the spec's single oracle cannot say it).
 * - Ping, client requests and answers, Request forwarding: the spec has no clients and no timers.
 * - FollowerInfo retries on the same connection, Commits a syncing learner receives (the spec's COMMITLD
 *   carries the same commit point later), and Acks of txns that a NEWLEADER ack already covered (the
 *   peer's leader ignores them; the spec sends none): no model action, each recognised explicitly.
 *
 * Where the peer legitimately does what Zab.tla cannot express, a named extension action (EXTENSIONS
 * below, each reported by name) does it on the model state:
 * - LeaderShutdown(i): a leader gives up on its own (initLimit, a lost quorum noticed on a tick, a follower
 *   ahead of it, zxid rollover): the spec's LeaderShutdown operator as an action, for the leader. Its
 *   learners leave when they notice the closed connection, after taking what it sent before closing it
 *   (TCP delivers that ahead of the close; the simulator's reset drops it, and they notice at once).
 * - LearnerLost(i, j): leader i lets learner j go (its connection broke or j fell silent), whatever quorum
 *   is left: Timeout's leader half. Zab.tla's Timeout shuts the leader down at once when the quorum goes;
 *   the peer's leader steps down at its next tick (LeaderShutdown then). A record of j toward a quorum not
 *   yet formed (CEPOCH, ACKEPOCH, ACKLD) is deleted rather than kept as disconnected: the peer, like
 *   ZooKeeper's Leader, counts only connected learners toward a quorum. Also taken, before a leader
 *   shuts down or restarts, for each learner that had already given up on it unnoticed (a cut-off or
 *   killed real leader may never notice), so that LeaderShutdown sends back nobody who has moved on.
 * - FollowerGivesUp(i): a follower goes back to election and reads nothing more: Timeout's follower half,
 *   also taken when no leader accepted it (initLimit in discovery) and before Restart(i) of a follower.
 * - SyncInterrupted(i): a follower that leaves (or crashes) mid-synchronisation keeps the TRUNC/DIFF/SNAP
 *   writes already made, which must leave a prefix of its old history, or of the NEWLEADER history (its
 *   common prefix with the old one extended by the leader's txns).
 * - LoseUnsyncedWrites(i): after a crash a server recovers only what was durable: Zab.tla has no
 *   durability. The recovered history and epochs must be a prefix / the values the fold of durable writes
 *   gives; they are what the Restarted event reports. In a merged real-cluster trace (target "net") a
 *   SIGKILLed server leaves no Crashed event: its next Restarted stands for the crash, and what it
 *   recovers must be its durable writes followed by a prefix of the unsynced ones (the page cache
 *   survives a process kill).
 * - ConnectionsReset(i): a crash closes all of i's connections: channels to and from i are emptied.
 * - LeaderCommitsOnAckld(i): the peer's leader counts a late joiner's NEWLEADER ack as an ack of the
 *   outstanding proposals it synced, and commits those that now have a quorum (the spec's ACKLD records
 *   the acks but commits nothing).
 *
 * Durability, the spec's "logged and acknowledged in one step": an acknowledgement the peer sends has a
 * spec message only if what it acknowledges is durable. The validator folds each server's writes up to
 * its last FsyncCompleted and rejects an AckEpoch sent before the acceptedEpoch is durable, an
 * AckNewLeader before the synced history and currentEpoch are, and an Ack before its txn is. A leader's own
 * acknowledgements wait for its own durability, as the peer's do (Zab.tla counts the leader at once): the
 * model's leader takes follower ACKEPOCHs only when the peer acts on them, which it does once its own
 * acceptedEpoch is durable, and holds ACKLDs until its own currentEpoch write is durable; a new proposal's
 * own ack bit is cleared at LeaderProcessRequest and set by LeaderProcessACK(i, i) from an ACK the leader
 * sends itself when its append is durable.
 *
 * Order of acknowledgements: a follower's Ack sent on a connection before its AckNewLeader there is a
 * rejection, since Zab.tla's follower answers NEWLEADER with ACKLD before it can take a PROPOSE (FIFO).
 *
 * Checks beyond enabledness: a spec action that raises one of Zab.tla's violatedInvariants flags is a
 * rejection; after each mapped event the acting server's role, phase, epochs and history must equal the
 * model's; a Delivered txn must be the next one of the model's committed prefix; an Established epoch
 * must be the model leader's, in BROADCAST; Restarted must report the durable epochs. Zab.tla's bounds
 * (Parameters) are unbounded here and epochLeader grows with the epochs seen.
 */
import {
  ConnectAndFollowerSendCEPOCH,
  FollowLeader,
  FollowerProcessCOMMIT,
  FollowerProcessCOMMITLD,
  FollowerProcessNEWEPOCH,
  FollowerProcessNEWLEADER,
  FollowerProcessPROPOSE,
  LeaderBroadcastPROPOSE,
  LeaderProcessACK,
  LeaderProcessACKEPOCH,
  LeaderProcessACKLD,
  LeaderProcessCEPOCH,
  LeaderProcessRequest,
  Restart,
  UpdateLeader,
  type Label,
  isQuorum,
  successors,
} from "../model/actions.js"
import { formatLabel, formatMessage } from "../model/format.js"
import {
  type ActionName,
  type Channel,
  type History,
  MAXEPOCH,
  type ModelConfig,
  type ModelState,
  type Txn as ModelTxn,
  initialState,
  serverName,
} from "../model/model-state.js"
import type { Message, PeerEffect, Txn } from "../impl/core/types.js"
import { epochOf, formatZxid } from "../impl/core/zxid.js"
import { describeMessage } from "../impl/core/format.js"
import { txnView } from "../properties/view.js"
import type { TraceEvent } from "./schema.js"

/** The extension actions (see the header): what the peer does that Zab.tla cannot express. */
export const extensionNames = [
  "LeaderShutdown",
  "LearnerLost",
  "FollowerGivesUp",
  "SyncInterrupted",
  "LoseUnsyncedWrites",
  "ConnectionsReset",
  "LeaderCommitsOnAckld",
] as const
export type ExtensionName = (typeof extensionNames)[number]

/** A step the model took for an event: a spec action or an extension, with its servers. */
export interface TakenStep {
  readonly action: ActionName | ExtensionName
  readonly args: ReadonlyArray<number>
}

type Role = "looking" | "following" | "leading"
type Phase = "election" | "discovery" | "synchronization" | "broadcast"

/** A txn of the implementation: its zxid and the rendering of its content (impl/sim/world.ts txnView). */
interface ImplTxn {
  readonly zxid: number
  readonly value: string
}

interface Stored {
  acceptedEpoch: number
  currentEpoch: number
  history: Array<ImplTxn>
}

type StoreRecord =
  | { readonly kind: "append"; readonly txn: ImplTxn }
  | { readonly kind: "truncate"; readonly zxid: number }
  | { readonly kind: "accepted-epoch"; readonly epoch: number }
  | { readonly kind: "current-epoch"; readonly epoch: number }
  | { readonly kind: "install"; readonly history: ReadonlyArray<ImplTxn> }

/** What the trace says of one server, plus the bookkeeping the abstraction needs. */
interface ImplServer {
  up: boolean
  role: Role
  phase: Phase
  leader: number | null // server index
  mem: Stored
  durable: Stored
  pending: Array<{ readonly write: number; readonly record: StoreRecord }>
  durableThrough: number
  delivered: number
  // As follower, in the current role.
  syncTarget: History | null // the NEWLEADER history the model has in flight to us once our sync writes begin
  newLeaderTaken: boolean
  newLeaderLength: number
  newLeaderAcked: boolean // sent AckNewLeader on the current connection to the leader
  // As leader, in the current role.
  abandoning: boolean
  currentEpochWrite: number
  heldAckEpochs: Array<number>
  heldAcklds: Array<number>
  ownAppends: Array<{ readonly write: number; readonly zxid: number }>
  /** Per learner index: the zxid its processed ACKLD covered (its later Acks at or below are duplicates). */
  ackldCovers: Map<number, number>
}

export interface Rejection {
  /** Index of the event in the trace (0-based); the file line is index + 2. */
  readonly index: number
  readonly event: TraceEvent
  readonly reason: string
  readonly servers: ReadonlyArray<number>
  /** What the model took for this event before it got stuck. */
  readonly taken: ReadonlyArray<TakenStep>
  readonly enabled: ReadonlyArray<Label>
  readonly model: ModelState
  readonly projection: ReadonlyArray<ProjectedServer>
  readonly values: ReadonlyMap<number, string>
}

/** One server as the implementation's trace shows it, for the report. */
export interface ProjectedServer {
  readonly up: boolean
  readonly role: Role
  readonly phase: Phase
  readonly acceptedEpoch: number
  readonly currentEpoch: number
  readonly history: ReadonlyArray<ImplTxn>
  readonly delivered: number
  readonly leader: number | null
  /** What the fold of its durable writes gives (the spec has no durability to set beside it). */
  readonly durable: { readonly acceptedEpoch: number; readonly currentEpoch: number; readonly history: ReadonlyArray<ImplTxn> }
}

class Reject extends Error {
  constructor(
    readonly reason: string,
    readonly servers: ReadonlyArray<number>,
  ) {
    super(reason)
  }
}

/** An event no run of this cluster can contain (a malformed file, not a rejection): exit 2 from the CLI. */
export class BadEvent extends Error {
  override readonly name = "BadEvent"
  constructor(
    readonly index: number,
    readonly detail: string,
  ) {
    super(detail)
  }
}

const EMPTY: Channel = []

function setAt<T>(array: ReadonlyArray<T>, i: number, value: T): Array<T> {
  const copy = array.slice()
  copy[i] = value
  return copy
}

function has(set: number, i: number): boolean {
  return ((set >>> i) & 1) === 1
}

function sidsOf(set: ReadonlyArray<{ readonly sid: number }>): number {
  let mask = 0
  for (const r of set) mask |= 1 << r.sid
  return mask
}

function connectedSidsOf(set: ReadonlyArray<{ readonly sid: number; readonly connected: boolean }>): number {
  let mask = 0
  for (const r of set) if (r.connected) mask |= 1 << r.sid
  return mask
}

function withChannel(msgs: ModelState["msgs"], from: number, to: number, channel: Channel): ModelState["msgs"] {
  return setAt(msgs, from, setAt(msgs[from]!, to, channel))
}

function isPrefix(a: ReadonlyArray<ImplTxn>, b: ReadonlyArray<ImplTxn>): boolean {
  if (a.length > b.length) return false
  for (let k = 0; k < a.length; k++) if (a[k]!.zxid !== b[k]!.zxid || a[k]!.value !== b[k]!.value) return false
  return true
}

function fold(stored: Stored, record: StoreRecord): void {
  switch (record.kind) {
    case "append":
      stored.history.push(record.txn)
      return
    case "truncate":
      stored.history = stored.history.filter((t) => t.zxid <= record.zxid)
      return
    case "accepted-epoch":
      stored.acceptedEpoch = record.epoch
      return
    case "current-epoch":
      stored.currentEpoch = record.epoch
      return
    case "install":
      stored.history = record.history.slice()
      return
  }
}

function copyStored(s: Stored): Stored {
  return { acceptedEpoch: s.acceptedEpoch, currentEpoch: s.currentEpoch, history: s.history.slice() }
}

function freshServer(): ImplServer {
  return {
    up: false,
    role: "looking",
    phase: "election",
    leader: null,
    mem: { acceptedEpoch: 0, currentEpoch: 0, history: [] },
    durable: { acceptedEpoch: 0, currentEpoch: 0, history: [] },
    pending: [],
    durableThrough: 0,
    delivered: 0,
    syncTarget: null,
    newLeaderTaken: false,
    newLeaderLength: 0,
    newLeaderAcked: false,
    abandoning: false,
    currentEpochWrite: 0,
    heldAckEpochs: [],
    heldAcklds: [],
    ownAppends: [],
    ackldCovers: new Map(),
  }
}

const roleOf: Readonly<Record<ModelState["state"][number], Role>> = { LOOKING: "looking", FOLLOWING: "following", LEADING: "leading" }
const phaseOf: Readonly<Record<ModelState["zabState"][number], Phase>> = {
  ELECTION: "election",
  DISCOVERY: "discovery",
  SYNCHRONIZATION: "synchronization",
  BROADCAST: "broadcast",
}

/** The bounds of Zab.tla switched off: an implementation run has none. */
export function validationConfig(servers: number): ModelConfig {
  return { servers, parameters: { MaxTimeoutFailures: Infinity, MaxTransactionNum: Infinity, MaxEpoch: Infinity, MaxRestarts: Infinity } }
}

const leaderAbandonBranches: ReadonlySet<string> = new Set(["leader-init-timeout", "leader-step-down-no-quorum", "discovery-follower-ahead", "zxid-rollover"])

/**
 * Validates a trace event by event. `push` each event in order; after a rejection it takes no more. The
 * simulator feeds it online (World's sink); `validateEvents` and `zab validate` feed it a file's events.
 */
export class Validator {
  private readonly config: ModelConfig
  private model: ModelState
  private readonly servers: Array<ImplServer>
  /** Model txn value -> implementation txn content, and back. */
  private readonly values = new Map<number, string>()
  private readonly valueOf = new Map<string, number>()
  private taken: Array<TakenStep> = []
  private index = -1
  rejection: Rejection | null = null
  /** How many times each spec action and extension was taken (for coverage reports and tests). */
  readonly counts = new Map<string, number>()

  /** `target` "net": a merged real-cluster trace, whose killed servers leave no Crashed event. */
  constructor(
    readonly n: number,
    private readonly target: "sim" | "net" = "sim",
  ) {
    this.config = validationConfig(n)
    const init = initialState(this.config)
    this.model = { ...init, epochLeader: Array.from({ length: 4 * MAXEPOCH }, () => 0) }
    this.servers = Array.from({ length: n }, () => freshServer())
  }

  /** Take one event; false once the trace has been rejected (at this event or before). */
  push(event: TraceEvent): boolean {
    if (this.rejection !== null) return false
    this.index += 1
    if (this.taken.length > 0) this.taken = []
    try {
      this.handle(event)
      return true
    } catch (error) {
      if (!(error instanceof Reject)) throw error
      this.rejection = {
        index: this.index,
        event,
        reason: error.reason,
        servers: error.servers,
        taken: this.taken,
        enabled: successors(this.config, this.model).map((s) => s.label),
        model: this.model,
        projection: this.servers.map((s) => project(s)),
        values: new Map(this.values),
      }
      return false
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Taking model steps.

  /** Take a spec action; `why` (built only on a rejection) says what the implementation did. */
  private spec(action: ActionName, run: (c: ModelConfig, s: ModelState) => ModelState | null, args: ReadonlyArray<number>, why: () => string): void {
    const next = run(this.config, this.model)
    if (next === null) {
      throw new Reject(`${why()}, but the model cannot take ${action}(${args.map(serverName).join(", ")}): it is not enabled`, args.map((a) => a + 1))
    }
    this.step(action, args, next)
  }

  private step(action: ActionName | ExtensionName, args: ReadonlyArray<number>, next: ModelState): void {
    const flags = next.violatedInvariants
    const old = this.model.violatedInvariants
    this.taken.push({ action, args })
    this.counts.set(action, (this.counts.get(action) ?? 0) + 1)
    // The spec's actions build a new flags record only when they raise a flag.
    if (flags !== old) {
      for (const key of Object.keys(flags) as Array<keyof typeof flags>) {
        if (flags[key] && !old[key]) {
          this.model = next
          throw new Reject(`${action}(${args.map(serverName).join(", ")}) raises Zab.tla's ${key} flag`, args.map((a) => a + 1))
        }
      }
    }
    this.model = this.growEpochLeader(next)
  }

  private growEpochLeader(s: ModelState): ModelState {
    let max = 0
    for (const e of s.acceptedEpoch) if (e > max) max = e
    if (max + 1 < s.epochLeader.length) return s
    const grown = s.epochLeader.slice()
    while (grown.length <= 2 * max + 1) grown.push(0)
    return { ...s, epochLeader: grown }
  }

  private fail(reason: string, ...servers: ReadonlyArray<number>): never {
    throw new Reject(reason, servers.map((i) => i + 1))
  }

  // ---------------------------------------------------------------------------------------------------------
  // Events.

  private handle(e: TraceEvent): void {
    // A hand-edited file may name servers the cluster does not have.
    const id = highestServerId(e)
    if (id > this.n) throw new BadEvent(this.index, `the event names server ${id}, but the trace's cluster has ${this.n} servers`)
    switch (e._tag) {
      case "Step":
      case "ClientRequest":
      case "Replied":
      case "Partitioned":
      case "Healed":
      case "LivenessPhase":
      case "Violation":
      case "View":
        return
      case "SpecAction":
        // Only an explorer's counterexample, the model's own run, holds one; `zab validate` refuses those.
        throw new BadEvent(this.index, "a SpecAction is a step of the model's explorer, not an event of an implementation")
      case "Restarted":
        return this.onRestarted(e.server - 1, e)
      case "Crashed":
        return this.onCrashed(e.server - 1, e.disk)
      case "Received":
        return this.onReceived(e.server - 1, e.from - 1, e.message)
      case "Sent":
        return this.onSent(e.server - 1, e.to - 1, e.message)
      case "Wrote":
        return this.onWrote(e.server - 1, e.effect)
      case "ConnectionLost":
        return this.onConnectionLost(e.server - 1, e.peer - 1)
      case "FsyncCompleted":
        return this.onFsync(e.server - 1, e.through)
      case "Delivered":
        return this.onDelivered(e.server - 1, e.zxid)
      case "Observed":
        return this.onObserved(e.server - 1, e.effect)
    }
  }

  private server(i: number): ImplServer {
    const s = this.servers[i]
    if (s === undefined) this.fail(`the trace names server ${i + 1}, but the cluster has ${this.n}`)
    return s
  }

  private onRestarted(i: number, e: Extract<TraceEvent, { _tag: "Restarted" }>): void {
    const s = this.server(i)
    if (s.up) {
      // A real server's trace ends when it is killed: its next life's Restarted is the crash, keeping what
      // reached the disk, which must be its durable writes plus a prefix of the rest.
      if (this.target !== "net") this.fail(`server ${i + 1} restarts while it is up`, i)
      const kept = this.recoveredPrefix(s, e)
      if (kept === null) {
        this.fail(`server ${i + 1} recovers acceptedEpoch ${e.acceptedEpoch}, currentEpoch ${e.currentEpoch} and ${e.logLength} logged txns after ${formatZxid(e.snapshotZxid)}, which no prefix of its writes gives: an epoch went backwards or a write was lost after it was durable`, i)
      }
      this.crash(i, kept)
    }
    if (e.acceptedEpoch !== s.durable.acceptedEpoch || e.currentEpoch !== s.durable.currentEpoch) {
      this.fail(
        `server ${i + 1} recovers acceptedEpoch ${e.acceptedEpoch} and currentEpoch ${e.currentEpoch}, but it durably wrote ${s.durable.acceptedEpoch} and ${s.durable.currentEpoch}: an epoch went backwards or jumped`,
        i,
      )
    }
    const history = s.durable.history
    if (e.snapshotZxid !== 0 && !history.some((t) => t.zxid === e.snapshotZxid)) {
      this.fail(`server ${i + 1} recovers a snapshot at ${formatZxid(e.snapshotZxid)}, a txn it never durably logged`, i)
    }
    const afterSnapshot = history.filter((t) => t.zxid > e.snapshotZxid).length
    if (afterSnapshot !== e.logLength) {
      this.fail(`server ${i + 1} recovers ${e.logLength} logged txns after its snapshot, but ${afterSnapshot} were durable`, i)
    }
    if (this.model.state[i] !== "LOOKING") this.fail(`server ${i + 1} starts, but the model has ${serverName(i)} ${this.model.state[i]}`, i)
    const fresh = freshServer()
    Object.assign(s, fresh, {
      up: true,
      mem: copyStored(s.durable),
      durable: copyStored(s.durable),
      delivered: history.filter((t) => t.zxid <= e.snapshotZxid).length,
    })
    this.compare(i, "its restart")
  }

  /** How many of the unsynced writes a recovery reporting `e` kept, if a prefix of them explains it. */
  private recoveredPrefix(s: ImplServer, e: Extract<TraceEvent, { _tag: "Restarted" }>): number | null {
    for (let k = s.pending.length; k >= 0; k--) {
      const st = copyStored(s.durable)
      for (let q = 0; q < k; q++) fold(st, s.pending[q]!.record)
      if (st.acceptedEpoch !== e.acceptedEpoch || st.currentEpoch !== e.currentEpoch) continue
      if (e.snapshotZxid !== 0 && !st.history.some((t) => t.zxid === e.snapshotZxid)) continue
      if (st.history.filter((t) => t.zxid > e.snapshotZxid).length === e.logLength) return k
    }
    return null
  }

  private onCrashed(i: number, disk: "keep" | "lose-unsynced" | "torn"): void {
    const s = this.server(i)
    if (!s.up) this.fail(`server ${i + 1} crashes while it is down`, i)
    // What the disk keeps, as impl/storage/memory.ts crashes it: a prefix of the unsynced writes.
    let kept = 0
    if (disk === "keep") {
      kept = s.pending.length
    } else if (disk === "torn") {
      let lastAppend = -1
      s.pending.forEach((p, k) => {
        if (p.record.kind === "append") lastAppend = k
      })
      kept = lastAppend < 0 ? s.pending.length : lastAppend
    }
    this.crash(i, kept)
  }

  /** The server dies keeping its durable writes and the first `kept` unsynced ones. */
  private crash(i: number, kept: number): void {
    const s = this.server(i)
    for (let q = 0; q < kept; q++) fold(s.durable, s.pending[q]!.record)
    const lost = s.pending.length > kept
    const midSync = s.role === "following" && s.phase === "synchronization" && !s.newLeaderTaken
    s.pending = []
    s.up = false
    const m = this.model
    // Zab.tla's Restart of a follower also takes it from its leader, and shuts the leader down if the
    // quorum goes; the peer's leader lets it go when it notices the closed connection (LearnerLost).
    if (m.state[i] === "FOLLOWING") this.step("FollowerGivesUp", [i], this.followerGivesUp(m, i))
    if (m.state[i] === "LEADING") this.letGoOfDeparted(i)
    this.spec("Restart", (c, st) => Restart(c, st, i), [i], () => `server ${i + 1} crashes`)
    if (midSync && !this.holdsModelHistory(s.durable.history, i)) this.syncInterrupted(i, s.durable.history, "crashes")
    if (lost || s.durable.acceptedEpoch !== this.model.acceptedEpoch[i] || s.durable.currentEpoch !== this.model.currentEpoch[i] || !this.holdsModelHistory(s.durable.history, i)) {
      this.loseUnsynced(i, s.durable)
    }
    this.resetConnections(i)
  }

  private onReceived(i: number, j: number, message: Message): void {
    const s = this.server(i)
    const m = this.model
    switch (message._tag) {
      case "Notification":
      case "Ping":
      case "Request":
      case "LeaderInfo":
      case "Diff":
      case "Trunc":
      case "Snap":
      case "NewLeader":
      case "UpToDate":
      case "Proposal":
        return // abstracted, or mapped at the effect that shows what the peer made of it
      case "FollowerInfo": {
        if (s.role !== "leading" || m.state[i] !== "LEADING" || has(m.learners[i]!, j)) return // refused, or a retry
        if (m.leaderOracle !== i) this.model = { ...this.model, leaderOracle: i }
        this.spec("ConnectAndFollowerSendCEPOCH", (c, st) => ConnectAndFollowerSendCEPOCH(c, st, i, j), [i, j], () => `leader ${i + 1} accepts follower ${j + 1}`)
        const channel = this.model.msgs[j]![i]!
        const head = channel[0]
        if (channel.length !== 1 || head === undefined || head.mtype !== "CEPOCH") {
          this.fail(`a new connection from ${j + 1} to ${i + 1}, but the model's channel ${serverName(j)}->${serverName(i)} holds ${channel.map(formatMessage).join(" ")}`, i, j)
        }
        if (head.mepoch !== message.acceptedEpoch) {
          this.fail(`FollowerInfo from ${j + 1} carries acceptedEpoch ${message.acceptedEpoch}, but the model's f.p of ${serverName(j)} is ${head.mepoch}`, i, j)
        }
        this.spec("LeaderProcessCEPOCH", (c, st) => LeaderProcessCEPOCH(c, st, i, j), [i, j], () => `leader ${i + 1} takes the FollowerInfo of ${j + 1}`)
        return
      }
      case "AckEpoch": {
        if (s.role !== "leading") return
        const head = m.msgs[j]![i]![0]
        if (head === undefined || head.mtype !== "ACKEPOCH") this.fail(`leader ${i + 1} receives AckEpoch from ${j + 1}, but the model has ${describeHead(m, j, i)} in flight there`, i, j)
        const last = head.mhistory.length === 0 ? 0 : head.mhistory[head.mhistory.length - 1]!.zxid
        if (head.mepoch !== message.currentEpoch || last !== message.lastZxid) {
          this.fail(
            `AckEpoch(currentEpoch ${message.currentEpoch}, ${formatZxid(message.lastZxid)}) from ${j + 1}, but the model's ACKEPOCH says ${head.mepoch} and ${formatZxid(last)}`,
            i,
            j,
          )
        }
        s.heldAckEpochs.push(j)
        return
      }
      case "AckNewLeader": {
        if (s.role !== "leading") return
        const head = m.msgs[j]![i]![0]
        if (head === undefined || head.mtype !== "ACKLD") this.fail(`leader ${i + 1} receives AckNewLeader from ${j + 1}, but the model has ${describeHead(m, j, i)} in flight there`, i, j)
        if (this.ownCurrentEpochDurable(s)) this.processAckld(i, j)
        else s.heldAcklds.push(j)
        return
      }
      case "Ack": {
        if (s.role !== "leading") return
        const head = m.msgs[j]![i]![0]
        if (head !== undefined && head.mtype === "ACK" && head.mzxid === message.zxid) {
          this.spec("LeaderProcessACK", (c, st) => LeaderProcessACK(c, st, i, j), [i, j], () => `leader ${i + 1} takes the Ack ${formatZxid(message.zxid)} of ${j + 1}`)
          return
        }
        const covered = s.ackldCovers.get(j)
        if (covered !== undefined && message.zxid <= covered) return // already acknowledged by its NEWLEADER ack
        this.fail(`leader ${i + 1} receives Ack ${formatZxid(message.zxid)} from ${j + 1}, which has no spec message: the model has ${describeHead(m, j, i)} in flight there`, i, j)
        return
      }
      case "Commit": {
        if (s.role !== "following" || s.leader !== j) return
        if (m.zabState[i] !== "BROADCAST") return // a syncing learner's commit: the spec's COMMITLD carries it
        const head = m.msgs[j]![i]![0]
        if (head === undefined || head.mtype !== "COMMIT" || head.mzxid !== message.zxid) {
          this.fail(`follower ${i + 1} receives Commit ${formatZxid(message.zxid)} from ${j + 1}, but the model has ${describeHead(m, j, i)} in flight there`, i, j)
        }
        this.spec("FollowerProcessCOMMIT", (c, st) => FollowerProcessCOMMIT(c, st, i, j), [i, j], () => `follower ${i + 1} takes Commit ${formatZxid(message.zxid)}`)
        return
      }
    }
  }

  private onSent(i: number, j: number, message: Message): void {
    const s = this.server(i)
    const m = this.model
    switch (message._tag) {
      case "AckEpoch":
        if (s.durable.acceptedEpoch !== m.acceptedEpoch[i]) {
          this.fail(`server ${i + 1} sends AckEpoch before its acceptedEpoch ${m.acceptedEpoch[i]} is durable (durable: ${s.durable.acceptedEpoch}): the spec's ACKEPOCH follows f.p := e'`, i)
        }
        return
      case "AckNewLeader": {
        const history = this.modelHistory(i).slice(0, s.newLeaderLength)
        if (!s.newLeaderTaken) this.fail(`server ${i + 1} sends AckNewLeader, but it took no NEWLEADER`, i)
        if (s.durable.currentEpoch !== m.currentEpoch[i] || !isPrefix(history, s.durable.history)) {
          this.fail(`server ${i + 1} sends AckNewLeader before its currentEpoch ${m.currentEpoch[i]} and the synced history (through ${formatZxid(history[history.length - 1]?.zxid ?? 0)}) are durable`, i)
        }
        s.newLeaderAcked = true
        return
      }
      case "Ack":
        // Zab.tla's follower acks a PROPOSE only after its NEWLEADER, which it answers with ACKLD first
        // (channels are FIFO): an ACK ahead of the NEWLEADER ack on a connection has no spec message.
        if (s.role === "following" && i !== j && !s.newLeaderAcked) {
          this.fail(`server ${i + 1} sends Ack ${formatZxid(message.zxid)} to ${j + 1} before its NEWLEADER ack on that connection: the spec's follower sends ACKLD before any ACK`, i)
        }
        if (!s.durable.history.some((t) => t.zxid === message.zxid)) {
          this.fail(`server ${i + 1} sends Ack ${formatZxid(message.zxid)} before the txn is durable (its fsync has not covered the append)`, i)
        }
        return
      case "Diff":
      case "Trunc":
      case "Snap": {
        if (s.role !== "leading") return
        const k = s.heldAckEpochs.indexOf(j)
        if (k < 0) return
        s.heldAckEpochs.splice(k, 1)
        this.spec("LeaderProcessACKEPOCH", (c, st) => LeaderProcessACKEPOCH(c, st, i, j), [i, j], () => `leader ${i + 1} synchronises ${j + 1}`)
        return
      }
      case "FollowerInfo":
        s.newLeaderAcked = false // a new connection to a leader: its sync starts again
        return
      case "Notification":
      case "LeaderInfo":
      case "NewLeader":
      case "UpToDate":
      case "Proposal":
      case "Commit":
      case "Request":
      case "Ping":
        return
    }
  }

  private onWrote(i: number, effect: PeerEffect): void {
    const s = this.server(i)
    switch (effect._tag) {
      case "Append": {
        const txn = implTxn(effect.txn)
        this.write(s, effect.write, { kind: "append", txn })
        if (s.role === "leading") {
          s.ownAppends.push({ write: effect.write, zxid: txn.zxid })
          return
        }
        if (s.role !== "following" || s.leader === null) return
        if (!s.newLeaderTaken) {
          this.noteSync(i, s)
          return
        }
        const j = s.leader
        const head = this.model.msgs[j]![i]![0]
        if (head === undefined || head.mtype !== "PROPOSE" || head.mzxid !== txn.zxid || this.values.get(head.mdata) !== txn.value) {
          this.fail(`follower ${i + 1} logs ${formatZxid(txn.zxid)}, but the model has ${describeHead(this.model, j, i, this.values)} in flight from ${serverName(j)}`, i, j)
        }
        this.spec("FollowerProcessPROPOSE", (c, st) => FollowerProcessPROPOSE(c, st, i, j), [i, j], () => `follower ${i + 1} logs ${formatZxid(txn.zxid)}`)
        this.compare(i, `logging ${formatZxid(txn.zxid)}`)
        return
      }
      case "Truncate":
        if (s.role === "following") this.noteSync(i, s)
        this.write(s, effect.write, { kind: "truncate", zxid: effect.zxid })
        return
      case "InstallSnapshot": {
        const target = s.role === "following" ? this.noteSync(i, s) : null
        if (target === null) this.fail(`server ${i + 1} installs a snapshot outside a synchronisation`, i)
        const prefix: Array<ImplTxn> = []
        for (const t of target) {
          if (t.zxid > effect.zxid) break
          prefix.push(this.implOf(t))
        }
        if ((prefix[prefix.length - 1]?.zxid ?? 0) !== effect.zxid) {
          this.fail(`server ${i + 1} installs a snapshot at ${formatZxid(effect.zxid)}, which is not a txn of the NEWLEADER history`, i)
        }
        this.write(s, effect.write, { kind: "install", history: prefix })
        s.delivered = prefix.length
        return
      }
      case "WriteAcceptedEpoch":
        this.write(s, effect.write, { kind: "accepted-epoch", epoch: effect.epoch })
        if (s.role === "leading" && this.model.acceptedEpoch[i] !== effect.epoch) {
          this.fail(`leader ${i + 1} adopts epoch ${effect.epoch}, but the model's LeaderProcessCEPOCH gave ${serverName(i)} f.p = ${this.model.acceptedEpoch[i]}`, i)
        }
        return
      case "WriteCurrentEpoch": {
        this.write(s, effect.write, { kind: "current-epoch", epoch: effect.epoch })
        if (s.role === "leading") {
          s.currentEpochWrite = effect.write
          return
        }
        if (s.role !== "following" || s.leader === null) return
        const j = s.leader
        this.spec("FollowerProcessNEWLEADER", (c, st) => FollowerProcessNEWLEADER(c, st, i, j), [i, j], () => `follower ${i + 1} takes NEWLEADER (epoch ${effect.epoch})`)
        if (this.model.state[i] !== "FOLLOWING") this.fail(`follower ${i + 1} adopts epoch ${effect.epoch}, but the model's FollowerProcessNEWLEADER refuses it (f.p = ${this.model.acceptedEpoch[i]})`, i, j)
        s.newLeaderTaken = true
        s.newLeaderLength = this.model.history[i]!.length
        this.compare(i, `NEWLEADER`)
        return
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
        this.fail(`a Wrote event with a ${effect._tag} effect, which is not a storage write`, i)
    }
  }

  private write(s: ImplServer, write: number, record: StoreRecord): void {
    s.pending.push({ write, record })
    fold(s.mem, record)
  }

  /** A syncing follower's first sync write: remember the NEWLEADER history the model has in flight to it. */
  private noteSync(i: number, s: ImplServer): History {
    if (s.syncTarget !== null) return s.syncTarget
    const j = s.leader
    const head = j === null ? undefined : this.model.msgs[j]![i]![0]
    if (j === null || head === undefined || head.mtype !== "NEWLEADER") {
      this.fail(`follower ${i + 1} synchronises from ${j === null ? "nobody" : j + 1}, but the model has ${j === null ? "no leader" : describeHead(this.model, j, i)} in flight`, i)
    }
    s.syncTarget = head.mhistory
    return head.mhistory
  }

  private onFsync(i: number, through: number): void {
    const s = this.server(i)
    s.durableThrough = Math.max(s.durableThrough, through)
    let n = 0
    for (const p of s.pending) {
      if (p.write > s.durableThrough) break
      fold(s.durable, p.record)
      n += 1
    }
    if (n > 0) s.pending = s.pending.slice(n)
    if (s.role !== "leading") return
    if (s.heldAcklds.length > 0 && this.ownCurrentEpochDurable(s)) {
      const held = s.heldAcklds
      s.heldAcklds = []
      for (const j of held) this.processAckld(i, j)
    }
    while (s.ownAppends.length > 0 && s.ownAppends[0]!.write <= s.durableThrough) {
      const own = s.ownAppends.shift()!
      const m = this.model
      if (m.state[i] !== "LEADING" || !m.history[i]!.some((t) => t.zxid === own.zxid)) continue
      // The leader's own ACK, sent to itself once its append is durable.
      this.model = { ...m, msgs: withChannel(m.msgs, i, i, [{ mtype: "ACK", mzxid: own.zxid }]) }
      this.spec("LeaderProcessACK", (c, st) => LeaderProcessACK(c, st, i, i), [i, i], () => `leader ${i + 1}'s own append of ${formatZxid(own.zxid)} is durable`)
      this.model = { ...this.model, msgs: withChannel(this.model.msgs, i, i, EMPTY) }
    }
  }

  private ownCurrentEpochDurable(s: ImplServer): boolean {
    return s.currentEpochWrite > 0 && s.currentEpochWrite <= s.durableThrough
  }

  private processAckld(i: number, j: number): void {
    const head = this.model.msgs[j]![i]![0]
    this.spec("LeaderProcessACKLD", (c, st) => LeaderProcessACKLD(c, st, i, j), [i, j], () => `leader ${i + 1} takes the NEWLEADER ack of ${j + 1}`)
    if (head !== undefined && head.mtype === "ACKLD") this.server(i).ackldCovers.set(j, head.mzxid)
    const m = this.model
    if (m.zabState[i] !== "BROADCAST") return
    // LeaderCommitsOnAckld: the ack may complete a quorum for proposals outstanding when j synced.
    let t = m
    let committed = false
    for (;;) {
      const history = t.history[i]!
      const at = t.lastCommitted[i]!.index
      if (at >= history.length || !isQuorum(this.config, history[at]!.ackSid)) break
      const zxid = history[at]!.zxid
      const to = connectedSidsOf(t.ackldRecv[i]!) & t.learners[i]! & ~(1 << i)
      let msgs = t.msgs
      for (let v = 0; v < this.n; v++) if (has(to, v)) msgs = withChannel(msgs, i, v, [...msgs[i]![v]!, { mtype: "COMMIT", mzxid: zxid }])
      t = { ...t, lastCommitted: setAt(t.lastCommitted, i, { index: at + 1, zxid }), msgs }
      committed = true
    }
    if (committed) this.step("LeaderCommitsOnAckld", [i], t)
  }

  private onDelivered(i: number, zxid: number): void {
    const s = this.server(i)
    const k = s.delivered
    const own = s.mem.history[k]
    if (own === undefined || own.zxid !== zxid) {
      this.fail(`server ${i + 1} delivers ${formatZxid(zxid)} as its txn #${k + 1}, but its log has ${own === undefined ? "nothing" : formatZxid(own.zxid)} there: out of order`, i)
    }
    const m = this.model
    const committed = m.lastCommitted[i]!.index
    const there = m.history[i]![k]
    if (committed <= k || there === undefined || there.zxid !== zxid) {
      this.fail(
        `server ${i + 1} delivers ${formatZxid(zxid)} as its txn #${k + 1}, but the model has committed only ${committed} txn${committed === 1 ? "" : "s"} of ${serverName(i)}'s history${there === undefined ? "" : ` (#${k + 1} is ${formatZxid(there.zxid)})`}`,
        i,
      )
    }
    s.delivered = k + 1
  }

  private onConnectionLost(i: number, j: number): void {
    const s = this.server(i)
    if (s.role === "leading") this.leaderLosesLearner(i, j)
  }

  private leaderLosesLearner(i: number, j: number): void {
    const s = this.server(i)
    s.heldAckEpochs = s.heldAckEpochs.filter((k) => k !== j)
    s.heldAcklds = s.heldAcklds.filter((k) => k !== j)
    const m = this.model
    if (i === j || m.state[i] !== "LEADING" || !has(m.learners[i]!, j)) return
    // Not Zab.tla's Timeout: j may still take what i sent before the close, and leaves when it notices.
    this.step("LearnerLost", [i, j], this.learnerLost(m, i, j))
  }

  private onObserved(i: number, effect: PeerEffect): void {
    const s = this.server(i)
    switch (effect._tag) {
      case "RoleChange":
        return this.onRoleChange(i, effect.role, effect.phase, effect.leader === null ? null : effect.leader - 1, effect.epoch)
      case "Established": {
        const m = this.model
        if (m.state[i] !== "LEADING" || m.zabState[i] !== "BROADCAST" || m.currentEpoch[i] !== effect.epoch) {
          this.fail(
            `server ${i + 1} says it established epoch ${effect.epoch}, but the model has ${serverName(i)} ${m.state[i]}/${m.zabState[i]} in epoch ${m.currentEpoch[i]} (a leader is established by LeaderProcessACKLD with a quorum)`,
            i,
          )
        }
        return
      }
      case "Proposed":
        return this.onProposed(i, effect.txn)
      case "Disconnect":
        if (s.role === "leading" && !s.abandoning) this.leaderLosesLearner(i, effect.peer - 1)
        return
      case "Observe":
        if (s.role === "leading" && leaderAbandonBranches.has(effect.branch)) s.abandoning = true
        return
      // Not observations: a Wrote event carries the storage writes; the rest are not traced as Observed.
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

  private onProposed(i: number, txn: Txn): void {
    const value = txnView(txn).value
    const before = this.model.recorder.nClientRequest
    this.spec("LeaderProcessRequest", (c, st) => LeaderProcessRequest(c, st, i), [i], () => `leader ${i + 1} proposes ${formatZxid(txn.zxid)}`)
    const history = this.model.history[i]!
    const fresh = history[history.length - 1]!
    if (fresh.zxid !== txn.zxid) this.fail(`leader ${i + 1} proposes ${formatZxid(txn.zxid)}, but the model's LeaderProcessRequest assigns ${formatZxid(fresh.zxid)}`, i)
    this.values.set(before, value)
    this.valueOf.set(value, before)
    // The leader's own ack waits for its append to be durable (onFsync).
    const own: ModelTxn = { ...fresh, ackSid: fresh.ackSid & ~(1 << i) }
    this.model = { ...this.model, history: setAt(this.model.history, i, setAt(history, history.length - 1, own)) }
    this.spec("LeaderBroadcastPROPOSE", (c, st) => LeaderBroadcastPROPOSE(c, st, i), [i], () => `leader ${i + 1} sends Proposal ${formatZxid(txn.zxid)}`)
    this.compare(i, `proposing ${formatZxid(txn.zxid)}`)
  }

  private onRoleChange(i: number, role: Role, phase: Phase, leader: number | null, epoch: number): void {
    const s = this.server(i)
    s.role = role
    s.phase = phase
    s.leader = leader
    const m = this.model
    switch (role) {
      case "looking": {
        const midSync = s.syncTarget !== null && !s.newLeaderTaken
        if (m.state[i] === "LEADING") {
          this.letGoOfDeparted(i)
          this.step("LeaderShutdown", [i], this.leaderShutdown(this.model, i))
        }
        else if (m.state[i] === "FOLLOWING") this.followerLeaves(i)
        // The model may have sent it back already (its leader's LearnerLost or LeaderShutdown).
        if (midSync && !this.holdsModelHistory(s.mem.history, i)) this.syncInterrupted(i, s.mem.history, "leaves")
        this.resetRole(s)
        break
      }
      case "following":
        if (leader === null) this.fail(`server ${i + 1} follows nobody`, i)
        if (phase === "discovery") {
          if (m.state[i] !== "LOOKING") this.fail(`server ${i + 1} follows ${leader + 1}, but the model has ${serverName(i)} ${m.state[i]}`, i)
          if (m.leaderOracle !== leader) this.model = { ...m, leaderOracle: leader }
          this.spec("FollowLeader", (c, st) => FollowLeader(c, st, i), [i], () => `server ${i + 1} follows ${leader + 1}`)
          this.resetRole(s)
        } else if (phase === "synchronization") {
          this.spec("FollowerProcessNEWEPOCH", (c, st) => FollowerProcessNEWEPOCH(c, st, i, leader), [i, leader], () => `follower ${i + 1} accepts epoch ${s.mem.acceptedEpoch} from ${leader + 1}`)
        } else if (phase === "broadcast") {
          this.spec("FollowerProcessCOMMITLD", (c, st) => FollowerProcessCOMMITLD(c, st, i, leader), [i, leader], () => `follower ${i + 1} takes UpToDate from ${leader + 1}`)
        }
        break
      case "leading":
        if (phase === "discovery") {
          if (m.state[i] !== "LOOKING") this.fail(`server ${i + 1} leads, but the model has ${serverName(i)} ${m.state[i]}`, i)
          if (m.leaderOracle === i) this.spec("FollowLeader", (c, st) => FollowLeader(c, st, i), [i], () => `server ${i + 1} leads`)
          else this.spec("UpdateLeader", (c, st) => UpdateLeader(c, st, i), [i], () => `server ${i + 1} leads`)
          this.resetRole(s)
        } else if (phase === "synchronization") {
          const held = s.heldAckEpochs
          s.heldAckEpochs = []
          for (const j of held) this.spec("LeaderProcessACKEPOCH", (c, st) => LeaderProcessACKEPOCH(c, st, i, j), [i, j], () => `leader ${i + 1} starts synchronisation`)
          if (this.model.currentEpoch[i] !== epoch) this.fail(`leader ${i + 1} starts epoch ${epoch}, but the model's ${serverName(i)} has f.a = ${this.model.currentEpoch[i]}`, i)
        }
        break
    }
    this.compare(i, `its change to ${role}/${phase}`)
  }

  private resetRole(s: ImplServer): void {
    s.syncTarget = null
    s.newLeaderTaken = false
    s.newLeaderLength = 0
    s.newLeaderAcked = false
    s.abandoning = false
    s.currentEpochWrite = 0
    s.heldAckEpochs = []
    s.heldAcklds = []
    s.ownAppends = []
    s.ackldCovers = new Map()
  }

  /** A model follower goes back to election: by the spec action whose branch does it, else an extension. */
  private followerLeaves(i: number): void {
    const m = this.model
    const leader = m.connectInfo[i]
    if (leader === null || leader === undefined || m.state[leader] !== "LEADING" || !has(m.learners[leader]!, i)) {
      // Nobody accepted it, or its leader already let it go (LeaderShutdown, LearnerLost).
      this.step("FollowerGivesUp", [i], this.followerGivesUp(m, i))
    } else {
      // A refusal of the leader's epoch is a spec action's branch; otherwise it gives up on the leader.
      const head = m.msgs[leader]![i]![0]
      if (head !== undefined && head.mtype === "NEWEPOCH" && head.mepoch < m.acceptedEpoch[i]!) {
        this.spec("FollowerProcessNEWEPOCH", (c, st) => FollowerProcessNEWEPOCH(c, st, i, leader), [i, leader], () => `follower ${i + 1} refuses epoch ${head.mepoch}`)
      } else if (head !== undefined && head.mtype === "NEWLEADER" && head.mepoch !== m.acceptedEpoch[i]) {
        this.spec("FollowerProcessNEWLEADER", (c, st) => FollowerProcessNEWLEADER(c, st, i, leader), [i, leader], () => `follower ${i + 1} refuses NEWLEADER of epoch ${head.mepoch}`)
      } else {
        // The leader lets it go when it notices (LearnerLost): together, Zab.tla's Timeout(L, i).
        this.step("FollowerGivesUp", [i], this.followerGivesUp(m, i))
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // The extensions (see the header).

  /**
   * Before leader i shuts down or restarts: LearnerLost for every learner that already gave up on it and
   * that it had not noticed (cut off or killed, a real leader may never notice), so that Zab.tla's
   * LeaderShutdown does not send back a server that has moved on.
   */
  private letGoOfDeparted(i: number): void {
    for (let k = 0; k < this.n; k++) {
      const m = this.model
      if (k === i || !has(m.learners[i]!, k) || (m.state[k] === "FOLLOWING" && m.connectInfo[k] === i)) continue
      this.step("LearnerLost", [i, k], this.learnerLost(m, i, k))
    }
  }

  private learnerLost(s: ModelState, i: number, j: number): ModelState {
    const drop = <T extends { readonly sid: number; readonly connected: boolean }>(set: ReadonlyArray<T>): ReadonlyArray<T> => {
      if (!set.some((r) => r.sid === j)) return set
      if (!isQuorum(this.config, sidsOf(set))) return set.filter((r) => r.sid !== j)
      return set.map((r) => (r.sid === j ? { ...r, connected: false } : r))
    }
    let t: ModelState = {
      ...s,
      learners: setAt(s.learners, i, s.learners[i]! & ~(1 << j)),
      cepochRecv: setAt(s.cepochRecv, i, drop(s.cepochRecv[i]!)),
      ackeRecv: setAt(s.ackeRecv, i, drop(s.ackeRecv[i]!)),
      ackldRecv: setAt(s.ackldRecv, i, drop(s.ackldRecv[i]!)),
      // The leader reads nothing more from j. What it sent j before the close may still arrive (TCP
      // delivers it ahead of the close) while j follows it: j leaves when it notices, by FollowerGivesUp.
      msgs: withChannel(s.state[j] === "FOLLOWING" && s.connectInfo[j] === i ? s.msgs : withChannel(s.msgs, i, j, EMPTY), j, i, EMPTY),
    }
    return t
  }

  private followerShutdown(s: ModelState, i: number): ModelState {
    return { ...s, state: setAt(s.state, i, "LOOKING"), zabState: setAt(s.zabState, i, "ELECTION"), connectInfo: setAt(s.connectInfo, i, null) }
  }

  /**
   * A follower goes back to election and reads nothing more. What it sent its leader before the close may
   * still reach the leader, which lets it go when it notices (LearnerLost).
   */
  private followerGivesUp(s: ModelState, i: number): ModelState {
    const leader = s.connectInfo[i]
    const t = this.followerShutdown(s, i)
    const msgs = t.msgs.map((row) => setAt(row, i, EMPTY))
    // Only a leader that still holds it may yet read what it sent; to anyone else it is lost.
    const read = leader !== null && leader !== undefined && s.state[leader] === "LEADING" && has(s.learners[leader]!, i)
    return { ...t, msgs: read || leader === null || leader === undefined ? msgs : withChannel(msgs, i, leader, EMPTY) }
  }

  /**
   * Zab.tla's LeaderShutdown for the leader itself; its learners leave when they notice the closed
   * connection (each by FollowerGivesUp), after whatever the leader sent before closing it.
   */
  private leaderShutdown(s: ModelState, i: number): ModelState {
    return {
      ...s,
      state: setAt(s.state, i, "LOOKING"),
      zabState: setAt(s.zabState, i, "ELECTION"),
      connectInfo: setAt(s.connectInfo, i, null),
      msgs: s.msgs.map((row) => setAt(row, i, EMPTY)),
      learners: setAt(s.learners, i, 0),
    }
  }

  private resetConnections(i: number): void {
    const m = this.model
    let busy = false
    for (let v = 0; v < this.n; v++) if (m.msgs[i]![v]!.length > 0 || m.msgs[v]![i]!.length > 0) busy = true
    if (!busy) return
    const msgs = m.msgs.map((row, from) => (from === i ? row.map(() => EMPTY) : setAt(row, i, EMPTY)))
    this.step("ConnectionsReset", [i], { ...m, msgs })
  }

  /** The model txns of an implementation history (values mapped back to the model's numbers). */
  private modelTxns(history: ReadonlyArray<ImplTxn>, i: number): History {
    const old = this.model.history[i]!
    return history.map((t, k) => {
      const same = old[k]
      if (same !== undefined && same.zxid === t.zxid && this.values.get(same.value) === t.value) return same
      const value = this.valueOf.get(t.value)
      if (value === undefined) this.fail(`server ${i + 1} holds ${formatZxid(t.zxid)} (${t.value}), a txn no leader proposed`, i)
      return { zxid: t.zxid, value, ackSid: 0, epoch: epochOf(t.zxid) }
    })
  }

  private syncInterrupted(i: number, history: ReadonlyArray<ImplTxn>, what: string): void {
    const s = this.server(i)
    const own = this.modelHistory(i)
    const target = (s.syncTarget ?? []).map((t) => this.implOf(t))
    if (!isPrefix(history, own) && !isPrefix(history, target)) {
      // A DIFF sync appends the leader's txns to our own: a prefix of the target extended from our own.
      const common = commonPrefix(own, target)
      if (!(isPrefix(own.slice(0, common), history) && isPrefix(history, target))) {
        this.fail(`follower ${i + 1} ${what} mid-synchronisation holding a history that is neither its own nor a prefix of the NEWLEADER history`, i)
      }
    }
    this.step("SyncInterrupted", [i], { ...this.model, history: setAt(this.model.history, i, this.modelTxns(history, i)) })
  }

  private loseUnsynced(i: number, durable: Stored): void {
    const own = this.modelHistory(i)
    const s = this.server(i)
    const target = (s.syncTarget ?? []).map((t) => this.implOf(t))
    if (!isPrefix(durable.history, own) && !isPrefix(durable.history, target)) {
      this.fail(`server ${i + 1} recovers a history that is not a prefix of the one the model holds for it`, i)
    }
    const m = this.model
    this.step("LoseUnsyncedWrites", [i], {
      ...m,
      acceptedEpoch: setAt(m.acceptedEpoch, i, durable.acceptedEpoch),
      currentEpoch: setAt(m.currentEpoch, i, durable.currentEpoch),
      history: setAt(m.history, i, this.modelTxns(durable.history, i)),
    })
  }

  // ---------------------------------------------------------------------------------------------------------
  // Projections and their comparison.

  private implOf(t: ModelTxn): ImplTxn {
    return { zxid: t.zxid, value: this.values.get(t.value) ?? `(model value ${t.value})` }
  }

  /** Whether an implementation history is the model's history of server i (no allocation: called often). */
  private holdsModelHistory(history: ReadonlyArray<ImplTxn>, i: number): boolean {
    const model = this.model.history[i]!
    if (model.length !== history.length) return false
    for (let k = model.length - 1; k >= 0; k--) {
      const t = model[k]!
      if (t.zxid !== history[k]!.zxid || this.values.get(t.value) !== history[k]!.value) return false
    }
    return true
  }

  private modelHistory(i: number): Array<ImplTxn> {
    return this.model.history[i]!.map((t) => this.implOf(t))
  }

  /** The acting server's role, phase, epochs and history must be the model's. */
  private compare(i: number, after: string): void {
    const s = this.server(i)
    if (!s.up) return
    const m = this.model
    const differences: Array<string> = []
    if (roleOf[m.state[i]!] !== s.role || phaseOf[m.zabState[i]!] !== s.phase) differences.push(`role ${s.role}/${s.phase} vs ${m.state[i]}/${m.zabState[i]}`)
    if (m.acceptedEpoch[i] !== s.mem.acceptedEpoch) differences.push(`acceptedEpoch ${s.mem.acceptedEpoch} vs f.p ${m.acceptedEpoch[i]}`)
    if (m.currentEpoch[i] !== s.mem.currentEpoch) differences.push(`currentEpoch ${s.mem.currentEpoch} vs f.a ${m.currentEpoch[i]}`)
    const midSync = s.role === "following" && s.syncTarget !== null && !s.newLeaderTaken
    if (!midSync && !this.holdsModelHistory(s.mem.history, i)) differences.push("history")
    if (differences.length > 0) this.fail(`after ${after}, server ${i + 1} differs from the model's ${serverName(i)}: ${differences.join("; ")}`, i)
  }
}

/** The highest server id an event names (0 for none); no allocation, it runs on every event. */
function highestServerId(e: TraceEvent): number {
  switch (e._tag) {
    case "Received":
      return Math.max(e.server, e.from)
    case "Sent":
      return Math.max(e.server, e.to)
    case "ConnectionLost":
      return Math.max(e.server, e.peer)
    case "Observed": {
      const effect = e.effect
      if (effect._tag === "Disconnect") return Math.max(e.server, effect.peer)
      if (effect._tag === "RoleChange" && effect.leader !== null) return Math.max(e.server, effect.leader)
      return e.server
    }
    case "Wrote":
    case "Delivered":
    case "ClientRequest":
    case "Replied":
    case "FsyncCompleted":
    case "Crashed":
    case "Restarted":
      return e.server
    case "Step":
    case "Partitioned":
    case "Healed":
    case "LivenessPhase":
    case "Violation":
    case "View":
      return 0
    case "SpecAction":
      return Math.max(0, ...e.label.args)
  }
}

function commonPrefix(a: ReadonlyArray<ImplTxn>, b: ReadonlyArray<ImplTxn>): number {
  let k = 0
  while (k < a.length && k < b.length && a[k]!.zxid === b[k]!.zxid && a[k]!.value === b[k]!.value) k++
  return k
}

function implTxn(txn: Txn): ImplTxn {
  return { zxid: txn.zxid, value: txnView(txn).value }
}

function project(s: ImplServer): ProjectedServer {
  return {
    up: s.up,
    role: s.role,
    phase: s.phase,
    acceptedEpoch: s.mem.acceptedEpoch,
    currentEpoch: s.mem.currentEpoch,
    history: s.mem.history.slice(),
    delivered: s.delivered,
    leader: s.leader,
    durable: { acceptedEpoch: s.durable.acceptedEpoch, currentEpoch: s.durable.currentEpoch, history: s.durable.history.slice() },
  }
}

function describeHead(m: ModelState, from: number, to: number, values?: ReadonlyMap<number, string>): string {
  const channel = m.msgs[from]![to]!
  if (channel.length === 0) return "nothing"
  const head = channel[0]!
  const text = formatMessage(head)
  return head.mtype === "PROPOSE" && values !== undefined ? `${text} (${values.get(head.mdata) ?? "?"})` : text
}

// -----------------------------------------------------------------------------------------------------------
// Whole traces and the report.

/** Validate a whole trace; null if the model admits every event. */
export function validateEvents(servers: number, events: ReadonlyArray<TraceEvent>, target: "sim" | "net" = "sim"): Rejection | null {
  const validator = new Validator(servers, target)
  for (const event of events) if (!validator.push(event)) break
  return validator.rejection
}

export function describeEvent(event: TraceEvent): string {
  switch (event._tag) {
    case "Received":
      return `server ${event.server} receives ${describeMessage(event.message)} from ${event.from}`
    case "Sent":
      return `server ${event.server} sends ${describeMessage(event.message)} to ${event.to}`
    case "Wrote":
      return `server ${event.server} writes ${describeEffect(event.effect)}`
    case "Observed":
      return `server ${event.server} ${describeEffect(event.effect)}`
    case "Delivered":
      return `server ${event.server} delivers ${formatZxid(event.zxid)}`
    case "FsyncCompleted":
      return `server ${event.server}'s fsync completes through write ${event.through}`
    case "ConnectionLost":
      return `server ${event.server} loses its connection to ${event.peer}`
    case "Crashed":
      return `server ${event.server} crashes (${event.disk})`
    case "Restarted":
      return `server ${event.server} restarts (acceptedEpoch ${event.acceptedEpoch}, currentEpoch ${event.currentEpoch}, snapshot ${formatZxid(event.snapshotZxid)}, ${event.logLength} logged)`
    case "Step":
      return `step ${event.index + 1}: ${event.text}`
    case "ClientRequest":
      return `client request #${event.request} at server ${event.server}`
    case "Replied":
      return `server ${event.server} answers request #${event.request}`
    case "Partitioned":
      return `partition ${event.groups.map((g) => `{${g.join(",")}}`).join(" | ")}`
    case "Healed":
      return "heal"
    case "LivenessPhase":
      return event.text
    case "Violation":
      return `violation of ${event.invariant}`
    case "View":
      return event.step === null ? "the cluster view before the first step" : `the cluster view after step ${event.step + 1}`
    case "SpecAction":
      return `spec action ${event.index + 1}: ${event.text}`
  }
}

function describeEffect(effect: PeerEffect): string {
  switch (effect._tag) {
    case "Append":
      return `Append ${formatZxid(effect.txn.zxid)} (write ${effect.write})`
    case "Truncate":
      return `Truncate to ${formatZxid(effect.zxid)} (write ${effect.write})`
    case "WriteAcceptedEpoch":
      return `acceptedEpoch ${effect.epoch} (write ${effect.write})`
    case "WriteCurrentEpoch":
      return `currentEpoch ${effect.epoch} (write ${effect.write})`
    case "InstallSnapshot":
      return `InstallSnapshot at ${formatZxid(effect.zxid)} (write ${effect.write})`
    case "RoleChange":
      return `becomes ${effect.role}/${effect.phase} (epoch ${effect.epoch}${effect.leader === null ? "" : `, leader ${effect.leader}`})`
    case "Established":
      return `establishes epoch ${effect.epoch}`
    case "Proposed":
      return `proposes ${formatZxid(effect.txn.zxid)}`
    case "Disconnect":
      return `closes its connection to ${effect.peer}`
    case "Observe":
      return `observes ${effect.branch}${effect.detail === "" ? "" : ` (${effect.detail})`}`
    case "Send":
      return `Send ${describeMessage(effect.message)} to ${effect.to}`
    case "SendSnapshot":
      return `SendSnapshot at ${formatZxid(effect.zxid)} to ${effect.to}`
    case "Fsync":
      return `Fsync through ${effect.through}`
    case "TakeSnapshot":
      return `TakeSnapshot at ${formatZxid(effect.zxid)}`
    case "Deliver":
      return `Deliver ${formatZxid(effect.txn.zxid)}`
    case "ClientReject":
      return `ClientReject #${effect.request} (${effect.reason})`
  }
}

function historyText(h: ReadonlyArray<ImplTxn>): string {
  return `[${h.map((t) => formatZxid(t.zxid)).join(" ")}]`
}

/** The rejection as printed: the event, why, the actions enabled, the two states side by side. */
export function formatRejection(r: Rejection, line: number | null): Array<string> {
  const where = line === null ? `event ${r.index + 1}` : `line ${line}`
  const lines = [`REJECTED by the model at ${where}: ${describeEvent(r.event)}`, `  ${r.reason}`]
  if (r.taken.length > 0) lines.push(`  the model took for this event: ${r.taken.map((t) => `${t.action}(${t.args.map(serverName).join(", ")})`).join(", ")}`)
  lines.push("", `model actions enabled at this point (${r.enabled.length}):`)
  const enabled = r.enabled.map(formatLabel)
  for (let k = 0; k < enabled.length; k += 4) lines.push(`  ${enabled.slice(k, k + 4).join("  ")}`)
  if (enabled.length === 0) lines.push("  (none)")
  lines.push("", "the model state beside the implementation's projection (* marks a difference):")
  const m = r.model
  const implOf = (t: ModelTxn): ImplTxn => ({ zxid: t.zxid, value: r.values.get(t.value) ?? `(model value ${t.value})` })
  for (let i = 0; i < m.state.length; i++) {
    const p = r.projection[i]!
    const row = (name: string, model: string, impl: string, compared = true): string => {
      const mark = compared && p.up && model !== impl ? "*" : " "
      return `  ${mark} ${name.padEnd(16)} ${model.padEnd(36)} ${impl}`
    }
    lines.push(`  ${serverName(i)} / server ${i + 1}${p.up ? "" : " (down)"}${r.servers.includes(i + 1) ? "   <- named" : ""}`)
    lines.push(`    ${"".padEnd(16)} ${"model".padEnd(36)} implementation`)
    lines.push(row("role/phase", `${roleOf[m.state[i]!]}/${phaseOf[m.zabState[i]!]}`, `${p.role}/${p.phase}`))
    lines.push(row("acceptedEpoch", String(m.acceptedEpoch[i]), String(p.acceptedEpoch)))
    lines.push(row("currentEpoch", String(m.currentEpoch[i]), String(p.currentEpoch)))
    lines.push(row("history", historyText(m.history[i]!.map(implOf)), historyText(p.history)))
    const mh = m.history[i]!.map(implOf)
    const valuesDiffer = mh.length === p.history.length && mh.some((t, k) => t.value !== p.history[k]!.value)
    if (valuesDiffer) lines.push(row("txn contents", mh.map((t) => t.value).join(", "), p.history.map((t) => t.value).join(", ")))
    lines.push(row("committed", String(m.lastCommitted[i]!.index), `${p.delivered} delivered`, false))
    const d = p.durable
    lines.push(row("durable", "(no durability in Zab.tla)", `epochs ${d.acceptedEpoch}/${d.currentEpoch} ${historyText(d.history)}`, false))
    const leader = m.connectInfo[i]
    lines.push(row("leader", leader === null || leader === undefined ? (m.state[i] === "LEADING" ? "itself" : "-") : `server ${leader + 1}`, p.leader === null ? "-" : p.role === "leading" ? "itself" : `server ${p.leader + 1}`, false))
  }
  const inFlight: Array<string> = []
  for (let a = 0; a < m.msgs.length; a++) {
    for (let b = 0; b < m.msgs.length; b++) {
      const channel = m.msgs[a]![b]!
      if (channel.length > 0) inFlight.push(`  ${serverName(a)}->${serverName(b)}: ${channel.map(formatMessage).join(" ")}`)
    }
  }
  lines.push("", inFlight.length === 0 ? "model messages in flight: none" : "model messages in flight:", ...inFlight)
  return lines
}

/** One line for a run's failure report (the ModelRefinement violation). */
export function rejectionSummary(r: Rejection): string {
  return `the model cannot follow ${describeEvent(r.event)}: ${r.reason}`
}

