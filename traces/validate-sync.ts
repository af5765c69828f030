/**
 * Synchronisation (DIFF / TRUNC / SNAP, PROPOSAL and COMMIT in sync, NEWLEADER / ACKLD / UPTODATE) and
 * broadcast (PROPOSAL / ACK / COMMIT) validated against ZooKeeper's system spec's own actions (ZkV3_7_0.tla
 * as generated: model/generated/zk-v3-7-0-tla.ts), on the spec state the election's and discovery's
 * validation share (traces/validate-election.ts owns it, traces/validate-discovery.ts maps discovery, which
 * this mapping extends). `--spec system` runs it; the protocol validation against Zab.tla
 * (traces/validate.ts) runs beside it and judges durability, crashes and what each server delivers.
 *
 * THE ABSTRACTION (server ids and zxids are mapped as in traces/validate-election.ts)
 *
 * Events and the spec's actions:
 *   leader sends DIFF / TRUNC / SNAP     LeaderSyncFollower(i, j): the spec's burst (mode message, PROPOSALs
 *                                        with a COMMIT after each committed one, NEWLEADER) is what the peer
 *                                        must send j next, its COMMITs as rule SyncCommitsOnce says
 *   follower receives DIFF / TRUNC / SNAP  FollowerProcessSyncMessage(i, j)
 *   follower in sync receives PROPOSAL   FollowerProcessPROPOSALInSync(i, j)
 *   follower in sync receives COMMIT     FollowerProcessCOMMITInSync(i, j) (after NEWLEADER; before it, rule
 *                                        SyncCommitsOnce)
 *   follower receives NEWLEADER          FollowerProcessNEWLEADER(i, j); its ACKLD is the peer's AckNewLeader
 *   leader receives AckNewLeader         LeaderProcessACKLD(i, j), then LeaderProcessACK(i, j) for each ACK
 *                                        the spec's follower sent with it (rule AcksInNewLeaderAck)
 *   follower receives UPTODATE           FollowerProcessUPTODATE(i, j)
 *   leader's Proposed                    LeaderProcessRequest(i) (rule ProposeOnceEstablished); its PROPOSALs
 *                                        are what the peer must send each learner it forwards to
 *   follower in broadcast receives PROPOSAL  FollowerProcessPROPOSAL(i, j)
 *   leader receives ACK                  LeaderProcessACK(i, j)
 *   follower in broadcast receives COMMIT  FollowerProcessCOMMIT(i, j)
 * Every receipt must find its message at the head of the spec's channel; every send must be the next message
 * the spec sent on that channel (an acknowledgement, ACKLD or ACK, leaves once what it promises is durable,
 * so it may come at a later input; so may an UPTODATE the peer's leader sends once it is established). Every
 * action taken must leave the spec's violatedInvariants all FALSE.
 *
 * Rules, one per difference between the peer and ZkV3_7_0 in synchronisation and broadcast (tests in
 * test/validate-sync.test.ts); none lets a follower hold a history the spec's would not, or a leader commit
 * what the spec's would not:
 * - SyncCommitsOnce: the spec's leader queues a COMMIT after each committed txn it syncs (ZooKeeper's
 *   queueCommittedProposals); the peer's sends the PROPOSALs, then one COMMIT of its commit point if it is
 *   established (the initial history is committed by NEWLEADER and UPTODATE, as in the spec's follower, whose
 *   history counts as committed up to the DIFF point). The spec's sync COMMITs are taken at the follower as
 *   it takes the next sync message; the peer's one COMMIT is admitted if the spec's follower holds its txn.
 * - SyncFromLogBase: the peer's log holds every txn after its snapshot base, so a follower whose last zxid
 *   is the base (zero for an empty one), or lies between it and the log's first txn, is sent a DIFF from the
 *   base (a TRUNC to it) and the txns after it; ZooKeeper's in-memory committedLog, which the spec models,
 *   starts at the log's first txn and the spec sends a SNAP (ZooKeeper's on-disk txnlog sync, which the spec
 *   abstracts, would send the DIFF too). The follower ends with the same history either way.
 * - SyncFromOutstanding: a follower whose last zxid is among the established leader's proposals beyond its
 *   commit point is sent a DIFF from there (one beyond the leader's last, a TRUNC to that last); ZooKeeper
 *   truncates it to the commit point and sends those proposals again. A zxid names one txn (one leader per
 *   epoch), so the follower ends with the same history. The spec's burst stands: the peer's DIFF / TRUNC is
 *   its TRUNC and the PROPOSALs the follower kept, taken together at the sender and at the follower.
 * - SnapAtLastDelivered: the peer's SNAP is its data tree at its last delivered txn, followed by PROPOSALs of
 *   the rest of its log; the spec's SNAP carries the history up to lastProcessed. Same history at NEWLEADER.
 * - SnapshotFromPeer: the spec snapshots every two commits, the peer by its own count (snapCountTxns); the
 *   leader's lastSnapshot is set to the peer's snapshot base before it syncs a follower (the mode reads it).
 * - AcksInNewLeaderAck: the spec's follower sends an ACK per sync PROPOSAL after its ACKLD; the peer's NEWLEADER
 *   ack stands for them (its leader counts it as an ACK of every txn the follower was synced with, as
 *   ZooKeeper's does). They are taken at the leader with the ACKLD; an ACK the peer's follower sends later for
 *   a txn the sync gave it (it acks its new epoch's txns once durable) repeats the NEWLEADER ack and is taken
 *   by neither side (the peer's leader ignores it). So is one of the batch the leader counted already, from
 *   before the follower's connection broke (ZooKeeper's ack set ignores the repeat; the spec's LeaderProcessACK
 *   would find it not monotonic).
 * - AckedWhenDurable: a PROPOSAL a follower takes after NEWLEADER is logged and acked once durable (as
 *   ZooKeeper's Learner does since ZOOKEEPER-4643's fix); the spec's follower queues it and acks it at
 *   UPTODATE. The ACK the peer sends first moves that txn from the spec's packetsSync into its history.
 * - EstablishedWhenEpochDurable: the spec's leader starts serving inside the LeaderProcessACKLD that completes
 *   its quorum; the peer's also waits for its own currentEpoch to be durable (its own ack). The UPTODATEs the
 *   spec sends there may leave later; the peer proposes nothing before them.
 * - LeaderAcksWhenDurable: the spec counts the leader's own ack when it proposes; the peer's counts it once its
 *   append is durable (ZooKeeper's leader acks itself through its SyncRequestProcessor). The new txn's ackSid
 *   starts without the leader, which acks itself through LeaderProcessACK(i, i) when its fsync completes.
 * - ProposeOnceEstablished: the spec's LeaderProcessRequest waits until the servers it forwards to that have
 *   processed UPTODATE are a quorum by themselves, reading other servers' state; ZooKeeper's leader (and the
 *   peer) proposes while it leads in broadcast, and steps down when it notices its quorum gone (at a tick).
 *   The guard is evaluated as if every server were forwarded to and in BROADCAST; the PROPOSALs still go to
 *   the servers it forwards to, and nothing else about the others changes. What it proposes commits only
 *   with a quorum of ACKs.
 *
 * Pure: no clock, no I/O.
 */
import type { State as SystemState } from "../model/generated/zk-v3-7-0-tla.js"
import * as T from "../model/tla-values.js"
import type { Message, Txn } from "../impl/core/types.js"
import { formatZxid, parseZxid } from "../impl/core/zxid.js"
import type { TraceEvent } from "./schema.js"
import { DiscoveryMapping, type HeldLog, point, zxidNumber, zxidValue } from "./validate-discovery.js"
import { type ElectionValidator, Stuck, type SystemSpecPart } from "./validate-election.js"

export const syncRuleNames = [
  "SyncCommitsOnce",
  "SyncFromLogBase",
  "SyncFromOutstanding",
  "SnapAtLastDelivered",
  "SnapshotFromPeer",
  "AcksInNewLeaderAck",
  "AckedWhenDurable",
  "EstablishedWhenEpochDurable",
  "LeaderAcksWhenDurable",
  "ProposeOnceEstablished",
] as const
export type SyncRuleName = (typeof syncRuleNames)[number]

const mv = T.modelValue
const DIFF = mv("DIFF")
const TRUNC = mv("TRUNC")
const SNAP = mv("SNAP")
const PROPOSAL = mv("PROPOSAL")
const COMMIT = mv("COMMIT")
const NEWLEADER = mv("NEWLEADER")
const ACKLD = mv("ACKLD")
const ACK = mv("ACK")
const UPTODATE = mv("UPTODATE")
const ACKEPOCH = mv("ACKEPOCH")
const SYNCHRONIZATION = mv("SYNCHRONIZATION")
const BROADCAST = mv("BROADCAST")

const mtypeOf = (m: T.Value): T.Value => T.field(m, "mtype")
const is = (m: T.Value, t: T.ModelValue): boolean => T.eq(mtypeOf(m), t)

function at(s: SystemState, name: keyof SystemState, path: ReadonlyArray<T.Value>, v: T.Value): SystemState {
  return { ...s, [name]: T.exceptPath(s[name], path, () => v) }
}

type SyncMode = Extract<Message, { _tag: "Diff" | "Trunc" | "Snap" }>

export class ZabMapping extends DiscoveryMapping {
  /** Per leader and learner (peer ids): the sync the spec sent is still being sent (its COMMITs are implied). */
  private readonly inBurst: Array<Array<boolean>>
  /** Per follower and leader: how many ACKs the spec's FollowerProcessNEWLEADER sent after its ACKLD. */
  private readonly batch: Array<Array<number>>
  /** Per follower and leader: the last zxid its NEWLEADER ack covered (a later ACK at or below it repeats it). */
  private readonly covered: Array<Array<number>>
  /**
   * Per leader and follower: SyncFromOutstanding's point, the zxid through which the peer's DIFF / TRUNC
   * stands for the spec's TRUNC and the PROPOSALs it re-sends (null: the modes agree).
   */
  private readonly keptThrough: Array<Array<number | null>>
  /** Per server as leader: its appends (write number, zxid) it has not yet acked itself. */
  private readonly ownAppends: Array<Array<{ readonly write: number; readonly zxid: number }>>
  private readonly lastAppend: Array<{ readonly write: number; readonly zxid: number } | null>
  /** Per server: its leader is established (the peer's Established), in its current role. */
  private readonly established: Array<boolean>
  /** Per server: its leader waited for its own currentEpoch after the spec's started serving (counted once). */
  private readonly waitedForEpoch: Array<boolean>
  /** Per server: the zxid of its latest snapshot (its data tree's base; the log holds what follows). */
  private readonly snapshotBase: Array<number>

  constructor(n: number, election: ElectionValidator, held: (id: number) => HeldLog, disabled: ReadonlySet<string> = new Set(), target: "sim" | "net" = "sim") {
    super(n, election, held, disabled, target)
    const grid = <V>(v: V) => Array.from({ length: n + 1 }, () => Array.from({ length: n + 1 }, () => v))
    this.inBurst = grid(false)
    this.batch = grid(0)
    this.covered = grid(0)
    this.keptThrough = grid<number | null>(null)
    this.ownAppends = Array.from({ length: n + 1 }, () => [])
    this.lastAppend = Array.from({ length: n + 1 }, () => null)
    this.established = Array.from({ length: n + 1 }, () => false)
    this.waitedForEpoch = Array.from({ length: n + 1 }, () => false)
    this.snapshotBase = Array.from({ length: n + 1 }, () => 0)
  }

  override handle(e: TraceEvent): void {
    super.handle(e)
    if (e._tag === "Observed") {
      const effect = e.effect
      if (effect._tag === "Proposed") this.leaderProposes(e.server, effect.txn)
      else if (effect._tag === "Established") this.established[e.server] = true
      else if (effect._tag === "RoleChange" && effect.role === "looking") this.leaveRole(e.server)
      // A snapshot the peer takes is not a recorded write; its observation names the zxid it is at.
      else if (effect._tag === "Observe" && effect.branch === "snapshot-taken") this.snapshotBase[e.server] = parseZxid(effect.detail) ?? this.snapshotBase[e.server]!
    } else if (e._tag === "Wrote") {
      if (e.effect._tag === "Append") this.lastAppend[e.server] = { write: e.effect.write, zxid: e.effect.txn.zxid }
      else if (e.effect._tag === "InstallSnapshot") this.snapshotBase[e.server] = e.effect.zxid
    } else if (e._tag === "Restarted") {
      this.snapshotBase[e.server] = e.snapshotZxid
      this.recovered(e.server)
    } else if (e._tag === "FsyncCompleted") {
      this.leaderSelfAcks(e.server, e.through)
    }
  }

  override crash(id: number): void {
    super.crash(id)
    this.leaveRole(id)
    for (let j = 1; j <= this.n; j++) this.forgetLink(id, j)
  }

  protected override reset(a: number, b: number): void {
    super.reset(a, b)
    if (this.disabled.has("ConnectionReset")) return
    // Half-closed on a real cluster (validate-discovery's closedBy): b goes on sending on its end until it
    // notices, so what b's NEWLEADER ack covers stays with b (it may still repeat one of those ACKs).
    if (this.closedBy[a]![b] === true) this.forgetDirection(a, b)
    else this.forgetLink(a, b)
  }

  protected override mayComeLater(id: number, m: T.Value): boolean {
    if (is(m, ACKEPOCH) || is(m, ACKLD) || is(m, ACK)) return true
    return is(m, UPTODATE) && !this.established[id] && !this.disabled.has("EstablishedWhenEpochDurable")
  }

  override settle(id: number): void {
    super.settle(id)
    // EstablishedWhenEpochDurable: the spec's leader started serving at an ACKLD; the peer's waits on.
    if (!this.established[id] && !this.waitedForEpoch[id] && T.eq(this.get("state", this.sid(id)), mv("LEADING")) && T.eq(this.zabState(id), BROADCAST)) {
      this.waitedForEpoch[id] = true
      this.count("EstablishedWhenEpochDurable")
    }
  }

  protected override partOf(m: T.Value): SystemSpecPart {
    const t = mtypeOf(m)
    if (T.eq(t, mv("FOLLOWERINFO")) || T.eq(t, mv("LEADERINFO")) || T.eq(t, ACKEPOCH)) return "discovery"
    return T.eq(t, PROPOSAL) || T.eq(t, COMMIT) || T.eq(t, ACK) ? "broadcast" : "synchronisation"
  }

  protected override partOfAction(name: string): SystemSpecPart {
    if (/FOLLOWERINFO|LEADERINFO|ACKEPOCH/.test(name)) return "discovery"
    return /Sync|NEWLEADER|ACKLD|UPTODATE/.test(name) ? "synchronisation" : "broadcast"
  }

  private leaveRole(id: number): void {
    this.established[id] = false
    this.waitedForEpoch[id] = false
    this.ownAppends[id] = []
    // What the spec sent that the peer would have sent later (acks, UPTODATE) is gone with the role.
    for (let j = 1; j <= this.n; j++) this.expected[id]![j] = this.expected[id]![j]!.filter((m) => !this.mayComeLater(id, m) || is(m, ACKEPOCH))
  }

  private forgetLink(a: number, b: number): void {
    this.forgetDirection(a, b)
    this.forgetDirection(b, a)
  }

  /** What x's end of the link to y remembers: its sync burst to y, or its NEWLEADER ack to y. */
  private forgetDirection(x: number, y: number): void {
    this.inBurst[x]![y] = false
    this.batch[x]![y] = 0
    this.covered[x]![y] = 0
    this.keptThrough[x]![y] = null
  }

  // ---------------------------------------------------------------------------------------------------------

  private stuck(reason: string, ids: ReadonlyArray<number>, part: SystemSpecPart): never {
    throw new Stuck(reason, ids, part)
  }

  private zabState(id: number): T.Value {
    return this.get("zabState", this.sid(id))
  }

  private channel(from: number, to: number): ReadonlyArray<T.Value> {
    return T.seq(this.get("msgs", this.sid(from), this.sid(to))).items
  }

  private text(m: T.Value): string {
    const t = T.show(mtypeOf(m))
    if (is(m, SNAP)) return `SNAP(${formatZxid(zxidNumber(T.field(m, "msnapZxid")))})`
    if (is(m, TRUNC)) return `TRUNC(${formatZxid(zxidNumber(T.field(m, "mtruncZxid")))})`
    if (is(m, NEWLEADER) || is(m, ACKLD)) return `${t}(epoch ${T.show(T.apply(T.field(m, "mzxid"), 1))})`
    if (is(m, UPTODATE)) return t
    return `${t}(${formatZxid(zxidNumber(T.field(m, "mzxid")))})`
  }

  private headText(from: number, to: number): string {
    const q = this.channel(from, to)
    return q.length === 0 ? "it is empty" : `its head is ${this.text(q[0]!)}`
  }

  /** The spec's head of the channel from -> id must be `want`; else the receipt is rejected. */
  private expectHead(id: number, from: number, want: (m: T.Value) => boolean, what: string, part: SystemSpecPart): void {
    const q = this.channel(from, id)
    if (q.length > 0 && want(q[0]!)) return
    this.stuck(`server ${id} receives ${what} from server ${from}, which the system spec does not have at the head of that channel (${this.headText(from, id)})`, [id, from], part)
  }

  private zxidIs(m: T.Value, z: number): boolean {
    return zxidNumber(T.field(m, "mzxid")) === z
  }

  // ---------------------------------------------------------------------------------------------------------
  // Receipts.

  protected override received(id: number, from: number, m: Message): void {
    switch (m._tag) {
      case "Diff":
      case "Trunc":
      case "Snap":
        return this.followerSyncMode(id, from, m)
      case "Proposal":
        return this.followerProposal(id, from, m.txn.zxid)
      case "Commit":
        return this.followerCommit(id, from, m.zxid)
      case "NewLeader":
        return this.followerNewLeader(id, from, m.epoch)
      case "UpToDate":
        this.expectHead(id, from, (h) => is(h, UPTODATE), "UpToDate", "synchronisation")
        this.take("FollowerProcessUPTODATE", [id, from], () => `server ${id} processes UpToDate from server ${from}`)
        return
      case "AckNewLeader":
        return this.leaderAckNewLeader(id, from, m.epoch)
      case "Ack":
        return this.leaderAck(id, from, m.zxid)
      case "FollowerInfo":
      case "LeaderInfo":
      case "AckEpoch":
        return super.received(id, from, m)
      case "Notification":
      case "Ping":
      case "Request":
        return
    }
  }

  private followerSyncMode(id: number, from: number, m: SyncMode): void {
    const text = `${m._tag === "Diff" ? "DIFF" : m._tag === "Trunc" ? "TRUNC" : "SNAP"}(${formatZxid(m.zxid)})`
    const kept = this.keptThrough[from]![id]!
    if (kept !== null && kept === m.zxid) {
      // SyncFromOutstanding: the spec's TRUNC to the commit point, then the PROPOSALs the follower kept.
      this.keptThrough[from]![id] = null
      this.expectHead(id, from, (h) => is(h, TRUNC), text, "synchronisation")
      this.take("FollowerProcessSyncMessage", [id, from], () => `server ${id} processes ${text} from server ${from} as the system spec's TRUNC to the commit point`)
      for (;;) {
        const h = this.channel(from, id)[0]
        if (h === undefined || !is(h, PROPOSAL) || zxidNumber(T.field(h, "mzxid")) > kept) break
        this.take("FollowerProcessPROPOSALInSync", [id, from], () => `server ${id} keeps its PROPOSAL(${formatZxid(zxidNumber(T.field(h, "mzxid")))})`)
      }
      return
    }
    this.expectHead(id, from, (h) => (m._tag === "Diff" ? is(h, DIFF) && this.zxidIs(h, m.zxid) : m._tag === "Trunc" ? is(h, TRUNC) && zxidNumber(T.field(h, "mtruncZxid")) === m.zxid : is(h, SNAP) && zxidNumber(T.field(h, "msnapZxid")) === m.zxid), text, "synchronisation")
    this.take("FollowerProcessSyncMessage", [id, from], () => `server ${id} processes ${text} from server ${from}`)
  }

  /** Before NEWLEADER: whether the follower's spec is in the part of sync where COMMITs are the burst's. */
  private beforeNewLeader(id: number): boolean {
    const i = this.sid(id)
    return T.eq(this.zabState(id), SYNCHRONIZATION) && T.field(this.get("connectInfo", i), "nlRcv") === false
  }

  /** SyncCommitsOnce: the spec's sync COMMITs at the head (up to `through`) are taken as the follower goes on. */
  private drainSyncCommits(id: number, from: number, through: number): number {
    let taken = 0
    for (;;) {
      const q = this.channel(from, id)
      if (q.length === 0 || !is(q[0]!, COMMIT) || zxidNumber(T.field(q[0]!, "mzxid")) > through || !this.beforeNewLeader(id)) return taken
      if (this.disabled.has("SyncCommitsOnce")) return taken
      this.take("FollowerProcessCOMMITInSync", [id, from], () => `server ${id} takes the system spec's sync COMMIT(${formatZxid(zxidNumber(T.field(q[0]!, "mzxid")))}) from server ${from}`)
      this.count("SyncCommitsOnce")
      taken += 1
    }
  }

  private followerProposal(id: number, from: number, zxid: number): void {
    const inSync = T.eq(this.zabState(id), SYNCHRONIZATION)
    if (inSync) this.drainSyncCommits(id, from, Infinity)
    this.expectHead(id, from, (h) => is(h, PROPOSAL) && this.zxidIs(h, zxid), `PROPOSAL(${formatZxid(zxid)})`, inSync ? "synchronisation" : "broadcast")
    this.take(inSync ? "FollowerProcessPROPOSALInSync" : "FollowerProcessPROPOSAL", [id, from], () => `server ${id} processes PROPOSAL(${formatZxid(zxid)}) from server ${from}`)
  }

  private followerCommit(id: number, from: number, zxid: number): void {
    if (this.beforeNewLeader(id)) {
      this.drainSyncCommits(id, from, zxid)
      if (this.disabled.has("SyncCommitsOnce")) {
        this.expectHead(id, from, (h) => is(h, COMMIT) && this.zxidIs(h, zxid), `COMMIT(${formatZxid(zxid)})`, "synchronisation")
        this.take("FollowerProcessCOMMITInSync", [id, from], () => `server ${id} processes COMMIT(${formatZxid(zxid)}) from server ${from}`)
        return
      }
      // The peer's one sync COMMIT: the spec's follower must hold its txn (in its history or queued).
      const i = this.sid(id)
      const queued = [...T.seq(this.get("history", i)).items, ...T.seq(T.field(this.get("packetsSync", i), "notCommitted")).items]
      if (!queued.some((t) => zxidNumber(T.field(t, "zxid")) === zxid)) {
        this.stuck(`server ${id} receives COMMIT(${formatZxid(zxid)}) from server ${from} in sync, a txn the system spec's follower does not hold (${this.headText(from, id)})`, [id, from], "synchronisation")
      }
      this.count("SyncCommitsOnce")
      return
    }
    const inSync = T.eq(this.zabState(id), SYNCHRONIZATION)
    this.expectHead(id, from, (h) => is(h, COMMIT) && this.zxidIs(h, zxid), `COMMIT(${formatZxid(zxid)})`, inSync ? "synchronisation" : "broadcast")
    this.take(inSync ? "FollowerProcessCOMMITInSync" : "FollowerProcessCOMMIT", [id, from], () => `server ${id} processes COMMIT(${formatZxid(zxid)}) from server ${from}`)
  }

  private followerNewLeader(id: number, from: number, epoch: number): void {
    this.drainSyncCommits(id, from, Infinity)
    this.expectHead(id, from, (h) => is(h, NEWLEADER) && T.int(T.apply(T.field(h, "mzxid"), 1)) === epoch, `NEWLEADER(epoch ${epoch})`, "synchronisation")
    const before = this.channel(id, from).length
    this.take("FollowerProcessNEWLEADER", [id, from], () => `server ${id} processes NEWLEADER(epoch ${epoch}) from server ${from}`)
    const after = this.channel(id, from)
    // ACKLD, then an ACK per sync PROPOSAL (ACKInBatches).
    const acks = after.slice(before + 1)
    this.batch[id]![from] = acks.length
    // The NEWLEADER ack covers every txn the sync gave the follower (committed in sync or acked in the batch).
    const history = T.seq(this.get("history", this.sid(id))).items
    this.covered[id]![from] = history.length === 0 ? 0 : zxidNumber(T.field(history[history.length - 1]!, "zxid"))
  }

  private leaderAckNewLeader(id: number, from: number, epoch: number): void {
    this.expectHead(id, from, (h) => is(h, ACKLD) && T.int(T.apply(T.field(h, "mzxid"), 1)) === epoch, `ACKLD(epoch ${epoch})`, "synchronisation")
    this.take("LeaderProcessACKLD", [id, from], () => `server ${id} processes server ${from}'s NEWLEADER ack`)
    const k = this.batch[from]![id]!
    this.batch[from]![id] = 0
    if (this.disabled.has("AcksInNewLeaderAck")) return
    for (let x = 0; x < k; x++) {
      const h = this.channel(from, id)[0]
      if (h === undefined || !is(h, ACK)) this.stuck(`server ${id} takes server ${from}'s NEWLEADER ack, but the system spec's ACKs sent with ACKLD are not next (${this.headText(from, id)})`, [id, from], "synchronisation")
      const zxid = zxidNumber(T.field(h, "mzxid"))
      this.heldBy(id, from, zxid, false)
      if (this.ackedBefore(id, from, zxid)) {
        // It acked this txn before its connection broke: the leader's ack set has it already (ZooKeeper's addAck
        // is idempotent; the spec would find the repeat not monotonic).
        this.election.setState(at(this.s, "msgs", [this.sid(from), this.sid(id)], T.tail(this.get("msgs", this.sid(from), this.sid(id)))), null)
        this.count("AcksInNewLeaderAck")
        continue
      }
      this.take("LeaderProcessACK", [id, from], () => `server ${id} counts server ${from}'s NEWLEADER ack as its ACK(${formatZxid(zxidNumber(T.field(h, "mzxid")))})`)
      this.count("AcksInNewLeaderAck")
    }
    this.heldBy(id, from, this.covered[from]![id]!, true)
  }

  /** Whether the spec's leader id counts an ACK of zxid from `from` already. */
  private ackedBefore(id: number, from: number, zxid: number): boolean {
    const t = T.seq(this.get("history", this.sid(id))).items.find((x) => zxidNumber(T.field(x, "zxid")) === zxid)
    return t !== undefined && T.isIn(this.sid(from), T.field(t, "ackSid"))
  }

  /**
   * AcksInNewLeaderAck: the follower holds every txn its sync gave it, below `zxid` (through it if `through`),
   * committed ones too (the spec's follower acks only those queued uncommitted at NEWLEADER, leaving the
   * ones it committed in sync out of the leader's ackSid, where its next ACK finds them missing).
   */
  private heldBy(id: number, from: number, zxid: number, through: boolean): void {
    const i = this.sid(id)
    const j = this.sid(from)
    const history = T.seq(this.get("history", i)).items
    let changed = false
    const acked = history.map((t) => {
      const z = zxidNumber(T.field(t, "zxid"))
      if ((through ? z > zxid : z >= zxid) || T.isIn(j, T.field(t, "ackSid"))) return t
      changed = true
      return T.except(t, "ackSid", (a) => T.setOf([...T.elems(a), j]))
    })
    if (changed) this.election.setState(at(this.s, "history", [i], T.tuple(acked)), null)
  }

  private leaderAck(id: number, from: number, zxid: number): void {
    const h = this.channel(from, id)[0]
    if (h !== undefined && is(h, ACK) && this.zxidIs(h, zxid)) {
      this.take("LeaderProcessACK", [id, from], () => `server ${id} processes ACK(${formatZxid(zxid)}) from server ${from}`)
      return
    }
    if (zxid <= this.covered[from]![id]! && !this.disabled.has("AcksInNewLeaderAck")) {
      this.count("AcksInNewLeaderAck")
      return
    }
    this.stuck(`server ${id} receives ACK(${formatZxid(zxid)}) from server ${from}, which the system spec does not have at the head of that channel (${this.headText(from, id)})`, [id, from], "broadcast")
  }

  // ---------------------------------------------------------------------------------------------------------
  // Sends.

  protected override sent(id: number, to: number, m: Message): void {
    switch (m._tag) {
      case "Diff":
      case "Trunc":
      case "Snap":
        this.leaderSyncs(id, to, m)
        this.sentAs(id, to, (f) => this.keptThrough[id]![to] !== null || this.sameMode(f, m), `${m._tag}(${formatZxid(m.zxid)})`, "synchronisation")
        if (this.keptThrough[id]![to] !== null) {
          // SyncFromOutstanding: the proposals the follower keeps are not sent again.
          const q = this.expected[id]![to]!
          while (q.length > 0 && is(q[0]!, PROPOSAL) && zxidNumber(T.field(q[0]!, "mzxid")) <= m.zxid) this.lostIfDown(id, to, q.shift()!)
        }
        return
      case "Proposal":
        this.skipImpliedCommits(id, to, Infinity)
        this.sentAs(id, to, (f) => is(f, PROPOSAL) && this.zxidIs(f, m.txn.zxid), `PROPOSAL(${formatZxid(m.txn.zxid)})`, this.inBurst[id]![to] ? "synchronisation" : "broadcast")
        return
      case "Commit":
        return this.leaderCommitSent(id, to, m.zxid)
      case "NewLeader":
        this.skipImpliedCommits(id, to, Infinity)
        this.sentAs(id, to, (f) => is(f, NEWLEADER) && T.int(T.apply(T.field(f, "mzxid"), 1)) === m.epoch, `NEWLEADER(epoch ${m.epoch})`, "synchronisation")
        this.inBurst[id]![to] = false
        return
      case "UpToDate":
        // The peer's Established is what the invariants read as the spec's epochLeader: a leader that serves
        // without saying it is established would leave them nothing to judge.
        if (!this.established[id]) this.stuck(`server ${id} sends UPTODATE to server ${to} before it says it is established (no Established in its current role)`, [id, to], "synchronisation")
        this.sentAs(id, to, (f) => is(f, UPTODATE), "UPTODATE", "synchronisation")
        return
      case "AckNewLeader":
        this.sentAs(id, to, (f) => is(f, ACKLD) && T.int(T.apply(T.field(f, "mzxid"), 1)) === m.epoch, `ACKLD(epoch ${m.epoch})`, "synchronisation")
        if (!this.disabled.has("AcksInNewLeaderAck")) {
          // The ACKs the spec sent with ACKLD are in the NEWLEADER ack.
          const q = this.expected[id]![to]!
          for (let x = 0; x < this.batch[id]![to]! && q.length > 0 && is(q[0]!, ACK); x++) q.shift()
        }
        return
      case "Ack":
        return this.followerAckSent(id, to, m.zxid)
      case "FollowerInfo":
      case "LeaderInfo":
      case "AckEpoch":
        return super.sent(id, to, m)
      case "Notification":
      case "Ping":
      case "Request":
        return
    }
  }

  private sameMode(f: T.Value, m: SyncMode): boolean {
    if (m._tag === "Diff") return is(f, DIFF) && this.zxidIs(f, m.zxid)
    if (m._tag === "Trunc") return is(f, TRUNC) && zxidNumber(T.field(f, "mtruncZxid")) === m.zxid
    return is(f, SNAP) && zxidNumber(T.field(f, "msnapZxid")) === m.zxid
  }

  /** The peer sends what `same` recognises: it must be the next message the spec sent on that channel. */
  private sentAs(id: number, to: number, same: (f: T.Value) => boolean, text: string, part: SystemSpecPart): void {
    const q = this.expected[id]![to]!
    const front = q[0]
    if (front === undefined) this.stuck(`server ${id} sends ${text} to server ${to}, but the system spec sends no such message here; ${this.describe(id)}`, [id, to], part)
    if (!same(front)) this.stuck(`server ${id} sends ${text} to server ${to}, where the system spec sends ${this.text(front)}`, [id, to], this.partOf(front))
    q.shift()
    this.lostIfDown(id, to, front)
  }

  /** ConnectionReset: sent on a link that is down, the message is lost (the spec's channel loses it too). */
  private lostIfDown(id: number, to: number, m: T.Value): void {
    if (this.linkUp(id, to) || this.disabled.has("ConnectionReset")) return
    const i = this.sid(id)
    const k = this.sid(to)
    const chan = T.seq(this.get("msgs", i, k)).items
    for (let x = chan.length - 1; x >= 0; x--) {
      if (T.eq(chan[x]!, m)) {
        this.election.setState(at(this.s, "msgs", [i, k], T.tuple([...chan.slice(0, x), ...chan.slice(x + 1)])), null)
        break
      }
    }
    this.count("ConnectionReset")
  }

  /** SyncCommitsOnce at the sender: the spec's COMMITs of the sync burst (up to `through`) are not sent. */
  private skipImpliedCommits(id: number, to: number, through: number): boolean {
    if (!this.inBurst[id]![to] || this.disabled.has("SyncCommitsOnce")) return false
    const q = this.expected[id]![to]!
    let skipped = false
    while (q.length > 0 && is(q[0]!, COMMIT) && zxidNumber(T.field(q[0]!, "mzxid")) <= through) {
      this.lostIfDown(id, to, q.shift()!)
      skipped = true
    }
    return skipped
  }

  private leaderCommitSent(id: number, to: number, zxid: number): void {
    if (this.inBurst[id]![to] && !this.disabled.has("SyncCommitsOnce")) {
      this.skipImpliedCommits(id, to, zxid)
      // The one COMMIT of the sync: the leader's commit point, which the spec's leader has committed.
      const committed = zxidNumber(T.field(this.get("lastCommitted", this.sid(id)), "zxid"))
      if (zxid > committed) this.stuck(`server ${id} sends COMMIT(${formatZxid(zxid)}) to server ${to} in its sync, beyond the system spec's commit point ${formatZxid(committed)}`, [id, to], "synchronisation")
      this.count("SyncCommitsOnce")
      return
    }
    this.sentAs(id, to, (f) => is(f, COMMIT) && this.zxidIs(f, zxid), `COMMIT(${formatZxid(zxid)})`, "broadcast")
  }

  private followerAckSent(id: number, to: number, zxid: number): void {
    const q = this.expected[id]![to]!
    if (q.length > 0 && is(q[0]!, ACK) && this.zxidIs(q[0]!, zxid)) {
      this.sentAs(id, to, () => true, `ACK(${formatZxid(zxid)})`, "broadcast")
      return
    }
    if (zxid <= this.covered[id]![to]! && !this.disabled.has("AcksInNewLeaderAck")) {
      // It repeats an ACK of the NEWLEADER ack's batch.
      this.count("AcksInNewLeaderAck")
      return
    }
    const i = this.sid(id)
    const packets = this.get("packetsSync", i)
    const queued = T.seq(T.field(packets, "notCommitted")).items
    if (!this.disabled.has("AckedWhenDurable") && T.eq(this.zabState(id), SYNCHRONIZATION) && T.field(this.get("connectInfo", i), "nlRcv") === true && queued.length > 0 && zxidNumber(T.field(queued[0]!, "zxid")) === zxid) {
      // AckedWhenDurable: the txn is logged now (FollowerLogRequestInBatches for it alone) and its ACK sent.
      let s = at(this.s, "history", [i], T.append(this.get("history", i), queued[0]!))
      s = at(s, "packetsSync", [i], T.except(packets, "notCommitted", () => T.tuple(queued.slice(1))))
      s = at(s, "msgs", [i, this.sid(to)], T.append(this.get("msgs", i, this.sid(to)), T.record([["mtype", ACK], ["mzxid", zxidValue(zxid)]])))
      this.election.setState(s, null)
      this.count("AckedWhenDurable")
      return
    }
    this.stuck(`server ${id} sends ACK(${formatZxid(zxid)}) to server ${to}, where the system spec sends ${q.length === 0 ? "nothing" : this.text(q[0]!)}; ${this.describe(id)}`, [id, to], "broadcast")
  }

  // ---------------------------------------------------------------------------------------------------------
  // The leader's sync.

  /** LeaderSyncFollower(i, j) at the peer's DIFF / TRUNC / SNAP, under the rules for the peer's choice of mode. */
  private leaderSyncs(id: number, to: number, m: SyncMode): void {
    this.holdLog(id, false)
    this.snapshotFromPeer(id)
    const i = this.sid(id)
    const j = this.sid(to)
    const before = this.s
    const queued = this.expected[id]![to]!.length
    this.take("LeaderSyncFollower", [id, to], () => `server ${id} syncs server ${to} with ${m._tag}(${formatZxid(m.zxid)})`)
    this.inBurst[id]![to] = true
    this.keptThrough[id]![to] = null
    const burst = T.seq(this.get("msgs", i, j)).items.slice(T.seq(T.apply(T.apply(before.msgs, i), j)).items.length)
    const specMode = burst[0]!
    if (this.sameMode(specMode, m)) return
    const rule = this.modeRule(before, i, specMode, m)
    if (rule === null || this.disabled.has(rule)) {
      this.stuck(`server ${id} syncs server ${to} with ${m._tag.toUpperCase()}(${formatZxid(m.zxid)}), where the system spec's LeaderSyncFollower sends ${this.text(specMode)}`, [id, to], "synchronisation")
    }
    if (rule === "SyncFromOutstanding") {
      // The spec's TRUNC to the commit point and the PROPOSALs after it stand; the follower keeps its copy.
      this.keptThrough[id]![to] = m.zxid
      this.count(rule)
      return
    }
    // The burst the spec's SendSyncMsgs sends for the peer's mode and point, in place of its own.
    const history = T.seq(T.apply(before.history, i)).items
    const seen = m.zxid === 0 ? 0 : history.findIndex((t) => zxidNumber(T.field(t, "zxid")) === m.zxid) + 1
    if (m.zxid !== 0 && seen === 0) this.stuck(`server ${id} syncs server ${to} from ${formatZxid(m.zxid)}, a txn the system spec's leader does not hold`, [id, to], "synchronisation")
    const committed = T.eq(T.apply(before.zabState, i), BROADCAST) ? T.int(T.field(T.apply(before.lastCommitted, i), "index")) : history.length
    const modeMessage =
      m._tag === "Diff"
        ? T.record([["mtype", DIFF], ["mzxid", zxidValue(m.zxid)]])
        : m._tag === "Trunc"
          ? T.record([["mtype", TRUNC], ["mtruncZxid", zxidValue(m.zxid)]])
          : T.record([["mtype", SNAP], ["msnapZxid", zxidValue(m.zxid)], ["msnapshot", T.tuple(history.slice(0, seen))]])
    const packets: Array<T.Value> = [modeMessage]
    for (let k = seen; k < history.length; k++) {
      const z = T.field(history[k]!, "zxid")
      packets.push(T.record([["mtype", PROPOSAL], ["mzxid", z], ["mdata", T.field(history[k]!, "value")]]))
      if (k < committed) packets.push(T.record([["mtype", COMMIT], ["mzxid", z]]))
    }
    packets.push(burst[burst.length - 1]!)
    let s = at(this.s, "msgs", [i, j], T.tuple([...T.seq(T.apply(T.apply(before.msgs, i), j)).items, ...packets]))
    // UpdateAckSid: j holds what it keeps (DIFF, TRUNC); SNAP leaves the history as it was.
    const acked = m._tag === "Snap" ? history : history.map((t, k) => (k < seen ? T.except(t, "ackSid", (a) => T.setOf([...T.elems(a), j])) : t))
    s = at(s, "history", [i], T.tuple(acked))
    this.election.setState(s, null)
    this.expected[id]![to] = [...this.expected[id]![to]!.slice(0, queued), ...packets]
    this.count(rule)
  }

  /** Which rule lets the peer's mode stand for the spec's (null: none). */
  private modeRule(before: SystemState, i: number, spec: T.Value, m: SyncMode): SyncRuleName | null {
    const base = zxidNumber(T.field(T.apply(before.lastSnapshot, i), "zxid"))
    if (is(spec, SNAP) && m._tag !== "Snap" && m.zxid === base) return "SyncFromLogBase"
    if (is(spec, SNAP) && m._tag === "Snap" && m.zxid < zxidNumber(T.field(spec, "msnapZxid"))) return "SnapAtLastDelivered"
    if (is(spec, TRUNC) && m._tag !== "Snap" && m.zxid > zxidNumber(T.field(spec, "mtruncZxid")) && T.eq(T.apply(before.zabState, i), BROADCAST)) return "SyncFromOutstanding"
    return null
  }

  /** SnapshotFromPeer: the leader's lastSnapshot is its snapshot base, the txns its log no longer holds. */
  private snapshotFromPeer(id: number): void {
    if (this.disabled.has("SnapshotFromPeer")) return
    const i = this.sid(id)
    const history = T.seq(this.get("history", i)).items
    const k = this.inSnapshot(history, id)
    if (T.int(T.field(this.get("lastSnapshot", i), "index")) === k) return
    this.election.setState(at(this.s, "lastSnapshot", [i], point(history.map((t) => zxidNumber(T.field(t, "zxid"))), k)), null)
    this.count("SnapshotFromPeer")
  }

  /** How many txns of the spec's history of server id its snapshot holds. */
  private inSnapshot(history: ReadonlyArray<T.Value>, id: number): number {
    let k = 0
    while (k < history.length && zxidNumber(T.field(history[k]!, "zxid")) <= this.snapshotBase[id]!) k += 1
    return k
  }

  /** NodeStart after a restart: lastCommitted is the snapshot's, here the peer's recovered snapshot. */
  private recovered(id: number): void {
    const i = this.sid(id)
    const history = T.seq(this.get("history", i)).items
    const at_ = point(history.map((t) => zxidNumber(T.field(t, "zxid"))), this.inSnapshot(history, id))
    this.election.setState(at(at(this.s, "lastSnapshot", [i], at_), "lastCommitted", [i], at_), null)
  }

  // ---------------------------------------------------------------------------------------------------------
  // The leader's broadcast.

  /** LeaderProcessRequest(i) for the peer's Proposed txn. */
  private leaderProposes(id: number, txn: Txn): void {
    const i = this.sid(id)
    const before = this.s
    let next = this.election.tryAction("LeaderProcessRequest", [id])
    if (next === null && !this.disabled.has("ProposeOnceEstablished")) {
      // ProposeOnceEstablished: the guard is evaluated as if every server were forwarded to and in BROADCAST;
      // the successor keeps the leader's forwarding, the servers' zabState and the other channels as they were.
      const all = Array.from({ length: this.n }, (_, k) => k + 1)
      let lifted = at(before, "forwarding", [i], T.setOf(all))
      for (const f of all) lifted = at(lifted, "zabState", [f], BROADCAST)
      this.election.setState(lifted, null)
      next = this.election.tryAction("LeaderProcessRequest", [id])
      this.election.setState(before, null)
      if (next !== null) {
        const forwarding = T.apply(before.forwarding, i)
        next = at(next, "forwarding", [i], forwarding)
        for (const f of all) {
          next = at(next, "zabState", [f], T.apply(before.zabState, f))
          if (!T.isIn(f, forwarding)) next = at(next, "msgs", [i, f], T.apply(T.apply(before.msgs, i), f))
        }
        this.count("ProposeOnceEstablished")
      }
    }
    if (next === null) this.stuck(`server ${id} proposes ${formatZxid(txn.zxid)}, but the system spec cannot take LeaderProcessRequest(${i}): ${this.describe(id)}`, [id], "broadcast")
    const history = T.seq(T.apply(next.history, i)).items
    const last = history[history.length - 1]!
    const zxid = zxidNumber(T.field(last, "zxid"))
    if (zxid !== txn.zxid) this.stuck(`server ${id} proposes ${formatZxid(txn.zxid)}, where the system spec's LeaderProcessRequest(${i}) proposes ${formatZxid(zxid)}`, [id], "broadcast")
    if (!this.disabled.has("LeaderAcksWhenDurable")) {
      // LeaderAcksWhenDurable: the leader's own ack waits for its append to be durable.
      next = at(next, "history", [i, history.length], T.except(last, "ackSid", () => T.EMPTY_SET))
      const append = this.lastAppend[id]
      this.ownAppends[id]!.push({ write: append !== null && append.zxid === txn.zxid ? append.write : Infinity, zxid })
    }
    this.election.setState(next, id)
    this.count("LeaderProcessRequest")
    this.expectSent(before, next)
  }

  /** LeaderAcksWhenDurable: the leader's appends now durable are acked by itself, in order (LeaderProcessACK(i, i)). */
  private leaderSelfAcks(id: number, through: number): void {
    const own = this.ownAppends[id]!
    const i = this.sid(id)
    while (own.length > 0 && own[0]!.write <= through) {
      const { zxid } = own.shift()!
      if (!T.eq(this.get("zabState", i), BROADCAST)) return
      // Appends become durable in order: every txn before this one is the leader's already (its initial
      // history too, which its own NEWLEADER ack, the durable currentEpoch, covers).
      const history = T.seq(this.get("history", i)).items
      const k = history.findIndex((t) => zxidNumber(T.field(t, "zxid")) === zxid)
      if (k < 0) return
      const held = history.map((t, x) => (x < k && !T.isIn(i, T.field(t, "ackSid")) ? T.except(t, "ackSid", (a) => T.setOf([...T.elems(a), i])) : t))
      const ack = T.record([["mtype", ACK], ["mzxid", zxidValue(zxid)]])
      this.election.setState(at(at(this.s, "history", [i], T.tuple(held)), "msgs", [i, i], T.tuple([ack])), null)
      this.take("LeaderProcessACK", [id, id], () => `server ${id} acks its own proposal ${formatZxid(zxid)} once durable`)
      // DiscardAndBroadcast keeps the leader's channel to itself as it was: the ack is taken.
      this.election.setState(at(this.s, "msgs", [i, i], T.tuple([])), null)
      this.count("LeaderAcksWhenDurable")
    }
  }
}
