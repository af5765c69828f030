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
 * the peer's storage writes (Wrote) folded in order by the storage module's own fold (impl/storage/writes.ts;
 * the history is an installed snapshot's txns, then the log), whether durable yet or not ("logged" in the
 * spec is "written" in the peer; durability is checked separately, below), lastCommitted to the Delivered
 * events. A model txn's value is Zab.tla's request counter; the validator keeps the bijection between those
 * numbers and the implementation's txn contents (origin, request, op), fixed when the leader proposes.
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
 * Where the peer legitimately does what Zab.tla cannot express, the validator takes an extension action,
 * a model action of model/extensions.ts (which says why each exists), reported by name. When each is
 * taken, and what the validator checks first:
 * - LeaderShutdown(i): a leader's RoleChange(looking), whatever made it give up (initLimit, a lost quorum
 *   noticed on a tick, a follower ahead of it, zxid rollover). Its learners leave when they notice the
 *   closed connection, after taking what it sent before closing it (TCP delivers that ahead of the close;
 *   the simulator's reset drops it, and they notice at once).
 * - LearnerLost(i, j): a leader's ConnectionLost or Disconnect of learner j; the peer's leader steps down
 *   at its next tick if the quorum went (LeaderShutdown then). Also taken, before a leader shuts down or
 *   restarts, for each learner that had already given up on it unnoticed (a cut-off or killed real leader
 *   may never notice), so that no server that has moved on is sent back.
 * - FollowerGivesUp(i): a follower's RoleChange(looking) that no spec branch explains (also when no
 *   leader accepted it: initLimit in discovery), and before Restart(i) of a follower.
 * - SyncInterrupted(i, kept): a follower that leaves (or crashes) mid-synchronisation keeps the
 *   TRUNC/DIFF/SNAP writes already made, which must leave a prefix of its old history, or of the NEWLEADER
 *   history (its common prefix with the old one extended by the leader's txns).
 * - LoseUnsyncedWrites(i, durable): after Restart(i), when the crash lost writes. The recovered history and
 *   epochs must be a prefix of / the values the fold of durable writes gives; they are what the Restarted
 *   event reports. In a merged real-cluster trace (target "net") a SIGKILLed server leaves no Crashed
 *   event: its next Restarted stands for the crash, and what it recovers must be its durable writes
 *   followed by a prefix of the unsynced ones (the page cache survives a process kill).
 * - ConnectionsReset(i): after every crash, if any channel to or from i is busy.
 * - LeaderCommitsOnAckld(i): after LeaderProcessACKLD(i, j) of a BROADCAST leader, if the ack gave the
 *   outstanding proposals j synced a quorum.
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
 *
 * The report (formatRejection, rejectionSummary) and every event's text are traces/format.ts's.
 */
import {
  ConnectAndFollowerSendCEPOCH,
  EMPTY,
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
  has,
  setAt,
  successors,
  withChannel,
} from "../model/actions.js"
import {
  ConnectionsReset,
  type ExtensionName,
  FollowerGivesUp,
  LeaderCommitsOnAckld,
  LeaderShutdown,
  LearnerLost,
  LoseUnsyncedWrites,
  SyncInterrupted,
} from "../model/extensions.js"
import {
  type ActionName,
  type History,
  MAXEPOCH,
  type ModelConfig,
  type ModelState,
  type Txn as ModelTxn,
  initialState,
  peerPhaseOf,
  peerRoleOf,
  serverName,
} from "../model/model-state.js"
import type { Message, PeerEffect, Phase, Role, Txn } from "../impl/core/types.js"
import { assert } from "../impl/core/assert.js"
import { epochOf, formatZxid } from "../impl/core/zxid.js"
import { type StorageImage, type StorageWrite, applyDurable, applyWrite, copyImage, emptyImage, writesKeptByCrash } from "../impl/storage/writes.js"
import { type TxnView, txnView } from "../properties/view.js"
import { formatLabel } from "../model/spec-text.js"
import { describeChannel, describeChannelHead } from "./format.js"
import type { TraceEvent } from "./schema.js"


/** A step the model took for an event: a spec action or an extension, with its servers. */
export interface TakenStep {
  readonly action: ActionName | ExtensionName
  readonly args: ReadonlyArray<number>
}

/** A txn of the implementation: its zxid and the rendering of its content (properties/view.ts's txnView). */
type ImplTxn = TxnView

/** A snapshot the peer installed, with the txns it reflects (the model's history has no snapshots). */
interface ImplSnapshot {
  readonly zxid: number
  readonly txns: ReadonlyArray<ImplTxn>
}

/** What a server's storage writes build, folded by the storage module's own fold (impl/storage/writes.ts). */
type Image = StorageImage<ImplTxn, ImplSnapshot>
type Write = StorageWrite<ImplTxn, ImplSnapshot>

/** What the trace says of one server, plus the bookkeeping the abstraction needs. */
interface ImplServer {
  up: boolean
  role: Role
  phase: Phase
  leader: number | null // server index
  /** Every write made, durable or not: what the peer holds in memory. */
  mem: Image
  /** The writes an fsync has covered: what a crash that loses the rest leaves. */
  durable: Image
  /** The writes no fsync has covered yet, in issue order. */
  pending: Array<Write>
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

function isPrefix(a: ReadonlyArray<ImplTxn>, b: ReadonlyArray<ImplTxn>): boolean {
  if (a.length > b.length) return false
  for (let k = 0; k < a.length; k++) if (a[k]!.zxid !== b[k]!.zxid || a[k]!.value !== b[k]!.value) return false
  return true
}

// The history an image holds is its snapshot's txns followed by its log. The hot paths (the comparison
// after every mapped event, an Ack's durability) read it in place rather than concatenating.

function heldAt(image: Image, k: number): ImplTxn | undefined {
  const base = image.snapshot?.txns ?? EMPTY_TXNS
  return k < base.length ? base[k] : image.log[k - base.length]
}

function holdsZxid(image: Image, zxid: number): boolean {
  return image.log.some((t) => t.zxid === zxid) || (image.snapshot?.txns.some((t) => t.zxid === zxid) ?? false)
}

/** The whole history an image holds (a copy when a snapshot is installed; rare paths only). */
function held(image: Image): ReadonlyArray<ImplTxn> {
  return image.snapshot === null ? image.log : [...image.snapshot.txns, ...image.log]
}

const EMPTY_TXNS: ReadonlyArray<ImplTxn> = []

function freshServer(): ImplServer {
  return {
    up: false,
    role: "looking",
    phase: "election",
    leader: null,
    mem: emptyImage(),
    durable: emptyImage(),
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
  /** Whether each server's last crash tore its tail record (false before any crash): what its recovery must report. */
  private readonly tornOnLastCrash: Array<boolean>

  /** `target` "net": a merged real-cluster trace, whose killed servers leave no Crashed event. */
  constructor(
    readonly n: number,
    private readonly target: "sim" | "net" = "sim",
  ) {
    this.config = validationConfig(n)
    const init = initialState(this.config)
    this.model = { ...init, epochLeader: Array.from({ length: 4 * MAXEPOCH }, () => 0) }
    this.servers = Array.from({ length: n }, () => freshServer())
    this.tornOnLastCrash = Array.from({ length: n }, () => false)
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

  /**
   * What server `id` holds in memory now: its epochs, how many txns it holds and the zxid of its last logged txn (a snapshot's
   * last txn when its log is empty). The system spec's election validation (traces/validate-election.ts)
   * builds a server's self vote from them, as the peer's selfVote does.
   */
  heldBy(id: number): { readonly currentEpoch: number; readonly lastZxid: number; readonly acceptedEpoch: number; readonly logged: number } {
    const s = this.servers[id - 1]
    assert(s !== undefined, "heldBy names a server of the cluster")
    const history = held(s.mem)
    return { currentEpoch: s.mem.currentEpoch, acceptedEpoch: s.mem.acceptedEpoch, logged: history.length, lastZxid: history.length === 0 ? 0 : history[history.length - 1]!.zxid }
  }

  /** The zxids of the history a server holds in memory, oldest first (the system spec's history is set from it). */
  heldZxids(id: number): ReadonlyArray<number> {
    const s = this.servers[id - 1]
    assert(s !== undefined, "heldZxids names a server of the cluster")
    return held(s.mem).map((t) => t.zxid)
  }

  /**
   * Rejects the trace at the event last pushed, for a reason found by another judge of the same events
   * (the system spec's election), with this model's state and the projection as they stand.
   */
  rejectFromOutside(event: TraceEvent, reason: string, servers: ReadonlyArray<number>, taken: ReadonlyArray<TakenStep>): Rejection {
    assert(this.rejection === null, "only a trace not yet rejected is rejected from outside")
    this.rejection = {
      index: this.index,
      event,
      reason,
      servers,
      taken,
      enabled: successors(this.config, this.model).map((s) => s.label),
      model: this.model,
      projection: this.servers.map((s) => project(s)),
      values: new Map(this.values),
    }
    return this.rejection
  }

  // ---------------------------------------------------------------------------------------------------------
  // Taking model steps.

  /** Take a spec action; `why` (built only on a rejection) says what the implementation did. */
  private spec(action: ActionName, run: (c: ModelConfig, s: ModelState) => ModelState | null, args: ReadonlyArray<number>, why: () => string): void {
    const next = run(this.config, this.model)
    if (next === null) {
      throw new Reject(`${why()}, but the model cannot take ${formatLabel({ action, args })}: it is not enabled`, args.map((a) => a + 1))
    }
    this.step(action, args, next)
  }

  /** Take an extension action (model/extensions.ts) where the abstraction has made sure it is enabled. */
  private extension(action: ExtensionName, args: ReadonlyArray<number>, next: ModelState | null): void {
    if (next === null) assert(false, `the abstraction takes ${formatLabel({ action, args })} only where the model enables it`)
    this.step(action, args, next)
  }

  /**
   * Take an extension action if the model enables it: ConnectionsReset and LeaderCommitsOnAckld have
   * nothing to do, and are not taken, when no channel of the server is busy or no txn has a new quorum.
   */
  private extensionIfEnabled(action: ExtensionName, args: ReadonlyArray<number>, next: ModelState | null): void {
    if (next !== null) this.step(action, args, next)
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
          throw new Reject(`${formatLabel({ action, args })} raises Zab.tla's ${key} flag`, args.map((a) => a + 1))
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
      // A client history is the clients' view; the model of Zab.tla has no clients to match it against.
      case "OpInvoked":
      case "OpCompleted":
        return
      case "SpecAction":
        // Only an explorer's counterexample, the model's own run, holds one; `zab validate` refuses those.
        throw new BadEvent(this.index, "a SpecAction is a step of the model's explorer, not an event of an implementation")
      case "Restarted":
        return this.onRestarted(e.server - 1, e)
      case "Crashed":
        return this.onCrashed(e.server - 1, e.disk, e.torn)
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
    // A torn tail is one the last crash left (a real server killed without a Crashed event may find one too).
    if (this.target === "sim" && e.tornTail !== this.tornOnLastCrash[i]) {
      this.fail(`server ${i + 1} recovers ${e.tornTail ? "a torn" : "no torn"} tail record, but its last crash ${this.tornOnLastCrash[i] ? "tore one" : "tore none"}`, i)
    }
    this.tornOnLastCrash[i] = false
    if (e.acceptedEpoch !== s.durable.acceptedEpoch || e.currentEpoch !== s.durable.currentEpoch) {
      this.fail(
        `server ${i + 1} recovers acceptedEpoch ${e.acceptedEpoch} and currentEpoch ${e.currentEpoch}, but it durably wrote ${s.durable.acceptedEpoch} and ${s.durable.currentEpoch}: an epoch went backwards or jumped`,
        i,
      )
    }
    const history = held(s.durable)
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
      mem: copyImage(s.durable),
      durable: copyImage(s.durable),
      delivered: history.filter((t) => t.zxid <= e.snapshotZxid).length,
    })
    this.compare(i, "its restart")
  }

  /** How many of the unsynced writes a recovery reporting `e` kept, if a prefix of them explains it. */
  private recoveredPrefix(s: ImplServer, e: Extract<TraceEvent, { _tag: "Restarted" }>): number | null {
    for (let k = s.pending.length; k >= 0; k--) {
      const st = copyImage(s.durable)
      for (let q = 0; q < k; q++) applyWrite(st, s.pending[q]!)
      if (st.acceptedEpoch !== e.acceptedEpoch || st.currentEpoch !== e.currentEpoch) continue
      const history = held(st)
      if (e.snapshotZxid !== 0 && !history.some((t) => t.zxid === e.snapshotZxid)) continue
      if (history.filter((t) => t.zxid > e.snapshotZxid).length === e.logLength) return k
    }
    return null
  }

  private onCrashed(i: number, disk: "keep" | "lose-unsynced" | "torn", torn: boolean): void {
    const s = this.server(i)
    if (!s.up) this.fail(`server ${i + 1} crashes while it is down`, i)
    // What the disk keeps, as the simulated disk crashes: a prefix of the unsynced writes.
    const kept = writesKeptByCrash(s.pending, disk)
    // Pair assertion on the shared fold, which the simulated disk's crash uses too: a crash keeps every
    // unsynced write (keep), none (lose-unsynced), or those before the last unsynced append (torn; all
    // of them when no append is unsynced).
    let lastAppend = s.pending.length
    while (lastAppend > 0 && s.pending[lastAppend - 1]!.kind !== "append") lastAppend -= 1
    const keeps = disk === "keep" ? s.pending.length : disk === "lose-unsynced" ? 0 : lastAppend === 0 ? s.pending.length : lastAppend - 1
    if (kept !== keeps) this.fail(`server ${i + 1} crashes (${disk}) keeping ${kept} of its ${s.pending.length} unsynced writes, but that crash keeps ${keeps}`, i)
    // The disk's own report of a torn tail must match the writes: a torn crash tears the last unsynced
    // append exactly when one is left, and no other crash tears anything. Recovery's cut of the torn
    // record (and ZOOKEEPER-2332's refusal to start) hangs on this report, so a disk that misreports it
    // is caught here rather than trusted.
    const tears = disk === "torn" && kept < s.pending.length
    if (torn !== tears) {
      this.fail(`server ${i + 1} crashes (${disk}) reporting ${torn ? "a torn" : "no torn"} tail record, but ${tears ? "its last unsynced append is torn" : "no unsynced append is left to tear"}`, i)
    }
    this.tornOnLastCrash[i] = torn
    this.crash(i, kept)
  }

  /** The server dies keeping its durable writes and the first `kept` unsynced ones. */
  private crash(i: number, kept: number): void {
    const s = this.server(i)
    for (let q = 0; q < kept; q++) applyWrite(s.durable, s.pending[q]!)
    const lost = s.pending.length > kept
    const midSync = s.role === "following" && s.phase === "synchronization" && !s.newLeaderTaken
    s.pending = []
    s.up = false
    const m = this.model
    // Zab.tla's Restart of a follower also takes it from its leader, and shuts the leader down if the
    // quorum goes; the peer's leader lets it go when it notices the closed connection (LearnerLost).
    if (m.state[i] === "FOLLOWING") this.extension("FollowerGivesUp", [i], FollowerGivesUp(this.config, m, i))
    if (m.state[i] === "LEADING") this.letGoOfDeparted(i)
    this.spec("Restart", (c, st) => Restart(c, st, i), [i], () => `server ${i + 1} crashes`)
    if (midSync && !this.holdsModelHistory(s.durable, i)) this.syncInterrupted(i, held(s.durable), "crashes")
    if (lost || s.durable.acceptedEpoch !== this.model.acceptedEpoch[i] || s.durable.currentEpoch !== this.model.currentEpoch[i] || !this.holdsModelHistory(s.durable, i)) {
      this.loseUnsynced(i, s.durable)
    }
    this.extensionIfEnabled("ConnectionsReset", [i], ConnectionsReset(this.config, this.model, i))
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
          this.fail(`a new connection from ${j + 1} to ${i + 1}, but the model's channel ${serverName(j)}->${serverName(i)} holds ${describeChannel(channel)}`, i, j)
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
        if (head === undefined || head.mtype !== "ACKEPOCH") this.fail(`leader ${i + 1} receives AckEpoch from ${j + 1}, but the model has ${describeChannelHead(m, j, i)} in flight there`, i, j)
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
        if (head === undefined || head.mtype !== "ACKLD") this.fail(`leader ${i + 1} receives AckNewLeader from ${j + 1}, but the model has ${describeChannelHead(m, j, i)} in flight there`, i, j)
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
        this.fail(`leader ${i + 1} receives Ack ${formatZxid(message.zxid)} from ${j + 1}, which has no spec message: the model has ${describeChannelHead(m, j, i)} in flight there`, i, j)
        return
      }
      case "Commit": {
        if (s.role !== "following" || s.leader !== j) return
        if (m.zabState[i] !== "BROADCAST") return // a syncing learner's commit: the spec's COMMITLD carries it
        const head = m.msgs[j]![i]![0]
        if (head === undefined || head.mtype !== "COMMIT" || head.mzxid !== message.zxid) {
          this.fail(`follower ${i + 1} receives Commit ${formatZxid(message.zxid)} from ${j + 1}, but the model has ${describeChannelHead(m, j, i)} in flight there`, i, j)
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
        if (s.durable.currentEpoch !== m.currentEpoch[i] || !isPrefix(history, held(s.durable))) {
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
        if (!holdsZxid(s.durable, message.zxid)) {
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
        this.write(s, { kind: "append", write: effect.write, txn })
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
          this.fail(`follower ${i + 1} logs ${formatZxid(txn.zxid)}, but the model has ${describeChannelHead(this.model, j, i, this.values)} in flight from ${serverName(j)}`, i, j)
        }
        this.spec("FollowerProcessPROPOSE", (c, st) => FollowerProcessPROPOSE(c, st, i, j), [i, j], () => `follower ${i + 1} logs ${formatZxid(txn.zxid)}`)
        this.compare(i, `logging ${formatZxid(txn.zxid)}`)
        return
      }
      case "Truncate":
        if (s.role === "following") this.noteSync(i, s)
        this.write(s, { kind: "truncate", write: effect.write, zxid: effect.zxid })
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
        this.write(s, { kind: "install", write: effect.write, snapshot: { zxid: effect.zxid, txns: prefix } })
        s.delivered = prefix.length
        return
      }
      case "WriteAcceptedEpoch":
        this.write(s, { kind: "accepted-epoch", write: effect.write, epoch: effect.epoch })
        if (s.role === "leading" && this.model.acceptedEpoch[i] !== effect.epoch) {
          this.fail(`leader ${i + 1} adopts epoch ${effect.epoch}, but the model's LeaderProcessCEPOCH gave ${serverName(i)} f.p = ${this.model.acceptedEpoch[i]}`, i)
        }
        return
      case "WriteCurrentEpoch": {
        this.write(s, { kind: "current-epoch", write: effect.write, epoch: effect.epoch })
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

  private write(s: ImplServer, op: Write): void {
    s.pending.push(op)
    applyWrite(s.mem, op)
  }

  /** A syncing follower's first sync write: remember the NEWLEADER history the model has in flight to it. */
  private noteSync(i: number, s: ImplServer): History {
    if (s.syncTarget !== null) return s.syncTarget
    const j = s.leader
    const head = j === null ? undefined : this.model.msgs[j]![i]![0]
    if (j === null || head === undefined || head.mtype !== "NEWLEADER") {
      this.fail(`follower ${i + 1} synchronises from ${j === null ? "nobody" : j + 1}, but the model has ${j === null ? "no leader" : describeChannelHead(this.model, j, i)} in flight`, i)
    }
    s.syncTarget = head.mhistory
    return head.mhistory
  }

  private onFsync(i: number, through: number): void {
    const s = this.server(i)
    s.durableThrough = Math.max(s.durableThrough, through)
    const n = applyDurable(s.durable, s.pending, s.durableThrough)
    // Pair assertion on the shared fold, which the simulated disk uses too (so a slip in it would slip
    // past both): an fsync makes durable exactly the leading writes it covers, never one issued after.
    const covered = s.pending.findIndex((op) => op.kind !== "snapshot" && op.write > s.durableThrough)
    if (n !== (covered < 0 ? s.pending.length : covered)) {
      this.fail(`server ${i + 1}'s fsync through write ${s.durableThrough} made ${n} of its ${s.pending.length} unsynced writes durable, but it covers ${covered < 0 ? s.pending.length : covered}`, i)
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
    // The ack may complete a quorum for proposals outstanding when j synced.
    this.extensionIfEnabled("LeaderCommitsOnAckld", [i], LeaderCommitsOnAckld(this.config, m, i))
  }

  private onDelivered(i: number, zxid: number): void {
    const s = this.server(i)
    const k = s.delivered
    const own = heldAt(s.mem, k)
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
    this.extension("LearnerLost", [i, j], LearnerLost(this.config, m, i, j))
  }

  private onObserved(i: number, effect: PeerEffect): void {
    const s = this.server(i)
    switch (effect._tag) {
      case "RoleChange": {
        // The leader a role change names is the role's own: none while looking, the server itself while
        // leading, another server while following (the projection, the views and `zab view` take it as said).
        const named = effect.leader
        const fits =
          effect.role === "looking" ? named === null : effect.role === "leading" ? named === i + 1 : Number.isInteger(named) && named! >= 1 && named! <= this.n && named !== i + 1
        if (!fits) this.fail(`server ${i + 1} becomes ${effect.role} naming leader ${String(named)}, which a ${effect.role} server cannot have`, i)
        return this.onRoleChange(i, effect.role, effect.phase, named === null ? null : named - 1, effect.epoch)
      }
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
          this.extension("LeaderShutdown", [i], LeaderShutdown(this.config, this.model, i))
        }
        else if (m.state[i] === "FOLLOWING") this.followerLeaves(i)
        // The model may have sent it back already (its leader's LearnerLost or LeaderShutdown).
        if (midSync && !this.holdsModelHistory(s.mem, i)) this.syncInterrupted(i, held(s.mem), "leaves")
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
      this.extension("FollowerGivesUp", [i], FollowerGivesUp(this.config, m, i))
    } else {
      // A refusal of the leader's epoch is a spec action's branch; otherwise it gives up on the leader.
      const head = m.msgs[leader]![i]![0]
      if (head !== undefined && head.mtype === "NEWEPOCH" && head.mepoch < m.acceptedEpoch[i]!) {
        this.spec("FollowerProcessNEWEPOCH", (c, st) => FollowerProcessNEWEPOCH(c, st, i, leader), [i, leader], () => `follower ${i + 1} refuses epoch ${head.mepoch}`)
      } else if (head !== undefined && head.mtype === "NEWLEADER" && head.mepoch !== m.acceptedEpoch[i]) {
        this.spec("FollowerProcessNEWLEADER", (c, st) => FollowerProcessNEWLEADER(c, st, i, leader), [i, leader], () => `follower ${i + 1} refuses NEWLEADER of epoch ${head.mepoch}`)
      } else {
        // The leader lets it go when it notices (LearnerLost): together, Zab.tla's Timeout(L, i).
        this.extension("FollowerGivesUp", [i], FollowerGivesUp(this.config, m, i))
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Where the abstraction takes extension actions (see the header), and the checks before it does.

  /**
   * Before leader i shuts down or restarts: LearnerLost for every learner that already gave up on it and
   * that it had not noticed (cut off or killed, a real leader may never notice), so that Zab.tla's
   * LeaderShutdown does not send back a server that has moved on.
   */
  private letGoOfDeparted(i: number): void {
    for (let k = 0; k < this.n; k++) {
      const m = this.model
      if (k === i || !has(m.learners[i]!, k) || (m.state[k] === "FOLLOWING" && m.connectInfo[k] === i)) continue
      this.extension("LearnerLost", [i, k], LearnerLost(this.config, m, i, k))
    }
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
    this.extension("SyncInterrupted", [i], SyncInterrupted(this.config, this.model, i, this.modelTxns(history, i)))
  }

  private loseUnsynced(i: number, durable: Image): void {
    const own = this.modelHistory(i)
    const s = this.server(i)
    const target = (s.syncTarget ?? []).map((t) => this.implOf(t))
    const history = held(durable)
    if (!isPrefix(history, own) && !isPrefix(history, target)) {
      this.fail(`server ${i + 1} recovers a history that is not a prefix of the one the model holds for it`, i)
    }
    const recovered = { acceptedEpoch: durable.acceptedEpoch, currentEpoch: durable.currentEpoch, history: this.modelTxns(held(durable), i) }
    this.extension("LoseUnsyncedWrites", [i], LoseUnsyncedWrites(this.config, this.model, i, recovered))
  }

  // ---------------------------------------------------------------------------------------------------------
  // Projections and their comparison.

  private implOf(t: ModelTxn): ImplTxn {
    return { zxid: t.zxid, value: this.values.get(t.value) ?? `(model value ${t.value})` }
  }

  /**
   * Whether an image holds the model's history of server i: its snapshot's txns, then its log. No
   * allocation, and the log (where a difference usually is) first from its end: it runs after every
   * mapped event.
   */
  private holdsModelHistory(image: Image, i: number): boolean {
    const model = this.model.history[i]!
    const base = image.snapshot === null ? EMPTY_TXNS : image.snapshot.txns
    const log = image.log
    if (model.length !== base.length + log.length) return false
    for (let k = log.length - 1; k >= 0; k--) {
      const t = model[base.length + k]!
      if (t.zxid !== log[k]!.zxid || this.values.get(t.value) !== log[k]!.value) return false
    }
    for (let k = base.length - 1; k >= 0; k--) {
      const t = model[k]!
      if (t.zxid !== base[k]!.zxid || this.values.get(t.value) !== base[k]!.value) return false
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
    if (peerRoleOf[m.state[i]!] !== s.role || peerPhaseOf[m.zabState[i]!] !== s.phase) differences.push(`role ${s.role}/${s.phase} vs ${m.state[i]}/${m.zabState[i]}`)
    if (m.acceptedEpoch[i] !== s.mem.acceptedEpoch) differences.push(`acceptedEpoch ${s.mem.acceptedEpoch} vs f.p ${m.acceptedEpoch[i]}`)
    if (m.currentEpoch[i] !== s.mem.currentEpoch) differences.push(`currentEpoch ${s.mem.currentEpoch} vs f.a ${m.currentEpoch[i]}`)
    const midSync = s.role === "following" && s.syncTarget !== null && !s.newLeaderTaken
    if (!midSync && !this.holdsModelHistory(s.mem, i)) differences.push("history")
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
    case "OpInvoked":
    case "OpCompleted":
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
    history: held(s.mem).slice(),
    delivered: s.delivered,
    leader: s.leader,
    durable: { acceptedEpoch: s.durable.acceptedEpoch, currentEpoch: s.durable.currentEpoch, history: held(s.durable).slice() },
  }
}


// -----------------------------------------------------------------------------------------------------------
// Whole traces and the report.

/** Validate a whole trace; null if the model admits every event. */
export function validateEvents(servers: number, events: ReadonlyArray<TraceEvent>, target: "sim" | "net" = "sim"): Rejection | null {
  const validator = new Validator(servers, target)
  for (const event of events) if (!validator.push(event)) break
  return validator.rejection
}
