/**
 * Discovery (FOLLOWERINFO / LEADERINFO / ACKEPOCH) validated against ZooKeeper's system spec's own actions
 * (ZkV3_7_0.tla as generated: model/generated/zk-v3-7-0-tla.ts), on the same spec state as the election's
 * validation (traces/validate-election.ts), which owns it. `--spec system` runs it through
 * traces/validate-sync.ts, whose mapping extends this one with synchronisation and broadcast; the protocol
 * validation against Zab.tla (traces/validate.ts) runs beside it and judges durability.
 *
 * THE ABSTRACTION (server ids and zxids are mapped as in traces/validate-election.ts)
 *
 * Events and the spec's actions:
 *   Received FollowerInfo at a leader,   ConnectAndFollowerSendFOLLOWERINFO(i, j) then LeaderProcessFOLLOWERINFO(i, j):
 *     a learner it does not hold         the peer's leader takes the connection when it reads the first
 *                                        FOLLOWERINFO; the spec's FOLLOWERINFO must carry the peer's acceptedEpoch
 *   Received LeaderInfo at a follower    FollowerProcessLEADERINFO(i, j): LEADERINFO must head the spec's channel
 *   Received AckEpoch at a leader        LeaderProcessACKEPOCH(i, j): ACKEPOCH must head the spec's channel
 *   Sent LeaderInfo / AckEpoch           must be the next message the spec sent on that channel (an ACKEPOCH
 *                                        leaves once the new acceptedEpoch is durable, so it may come later)
 *   a spec shutdown (a stale LEADERINFO, a follower more recent than its leader)
 *                                        the peer must give up at that receipt: its RoleChange(looking) is the
 *                                        spec's FollowerShutdown / LeaderShutdown, not the ZabTimeout rule
 * Every action taken must leave the spec's violatedInvariants all FALSE (the spec flags, rather than
 * disables, a LEADERINFO or ACKEPOCH out of phase).
 *
 * Rules, one per difference between the peer and ZkV3_7_0 in discovery (tests in test/validate-discovery.test.ts);
 * none admits a message the spec would not send in discovery, or a new epoch the spec would not choose:
 * - FollowerInfoRetried: the peer's follower sends FOLLOWERINFO on joining and on every tick until LEADERINFO
 *   arrives (ZooKeeper's connect retries); a leader that holds the learner, or is not leading yet, ignores
 *   it (peer.ts). Only the FOLLOWERINFO a leader takes as a new learner is the spec's connection.
 * - ConnectionReset: links break (a crash, a partition, a timeout's Disconnect); the spec's never do outside
 *   its NodeCrash and PartitionStart. What was in flight between the two ends is lost (Clean(i, j)), and a
 *   message sent on a link that is down is lost. On a real cluster (target "net") each end gives the
 *   connection up on its own: the one that gives up first reads nothing more, the other still reads what
 *   was sent before the close (TCP delivers it) until it notices too, and a message sent to an end that has
 *   given up is lost; a learner's new connection (its FOLLOWERINFO taken) starts fresh. A leader drops the learner (RemoveLearner(i, j), as the
 *   spec's NodeCrash and PartitionStart do); a follower gives up (the election's ZabTimeout rule).
 * - LostLearnerForgotten: before its epoch is decided (established), the peer's leader counts only the
 *   learners it holds, where ZooKeeper's connectingFollowers and electingFollowers keep a learner that left.
 *   A lost learner's entry leaves `connecting` (and tempMaxEpoch is recomputed from the learners still
 *   connected) while the leader waits for FOLLOWERINFOs, and leaves `electing` while it waits for ACKEPOCHs.
 *   A quorum of connected learners is still needed: the peer decides later than the spec could, never
 *   sooner, and an epoch above every acceptedEpoch of the quorum that acks it.
 * - AckEpochCountsAccepted: a follower whose acceptedEpoch already equals the LEADERINFO's epoch sends
 *   ZooKeeper's ACKEPOCH with epoch -1, which the leader neither checks nor counts toward its quorum; the
 *   peer's carries its currentEpoch, and its leader checks it and counts it (as Zab.tla's CEPOCH/ACK-E do).
 *   The spec's ACKEPOCH is taken with the follower's currentEpoch.
 * - LearnersLeaveOnTheirOwn: the spec's LeaderShutdown takes the leader's learners to LOOKING with it; the
 *   peer's leader closes their connections and each learner gives up when it notices (ConnectionReset, then
 *   the election's ZabTimeout rule). The learners' part of the shutdown is left to those events.
 * - LogFromZabTla: the spec's history of the acting server is set from what Zab.tla's validated state holds
 *   before each discovery action (ACKEPOCH's contents and the leader's logOk check read it) and before a
 *   leader syncs a follower, where the two differ: a server that restarted from its disk (the spec keeps a
 *   crashed server's variables; Zab.tla's validation checks the disk's durability), or one whose history
 *   the sync and broadcast mapping (traces/validate-sync.ts) does not build (with discovery validated alone,
 *   every history). Only the part that differs is replaced (a txn the spec holds at the same place keeps
 *   its ackSid), a commit or snapshot point beyond it falls back to it, and the new history is the initial
 *   one of a server in DISCOVERY. lastProcessed (but a BROADCAST leader's, its commit point) and currentEpoch
 *   follow, and at a restart acceptedEpoch too.
 *
 * Pure: no clock, no I/O.
 */
import type { State as SystemState } from "../model/generated/zk-v3-7-0-tla.js"
import * as T from "../model/tla-values.js"
import type { Message } from "../impl/core/types.js"
import { counterOf, epochOf, formatZxid, makeZxid } from "../impl/core/zxid.js"
import type { TraceEvent } from "./schema.js"
import { type ElectionValidator, Stuck, type SystemSpecPart, type ZabPhaseMapping } from "./validate-election.js"

/** What the protocol validator knows of a server's memory, with its history's zxids. */
export interface HeldLog {
  readonly currentEpoch: number
  readonly acceptedEpoch: number
  readonly zxids: ReadonlyArray<number>
}

export const discoveryRuleNames = ["FollowerInfoRetried", "ConnectionReset", "LostLearnerForgotten", "AckEpochCountsAccepted", "LearnersLeaveOnTheirOwn", "LogFromZabTla"] as const
export type DiscoveryRuleName = (typeof discoveryRuleNames)[number]

const mv = T.modelValue
const LEADING = mv("LEADING")
const LOOKING = mv("LOOKING")
const LEADERINFO = mv("LEADERINFO")
const ACKEPOCH = mv("ACKEPOCH")
const ELECTION = mv("ELECTION")
const NULLPOINT = mv("nullpoint")
const DISCOVERY = mv("DISCOVERY")
const BROADCAST = mv("BROADCAST")

/** Per-server variables a learner keeps when its leader shuts down in the spec (LearnersLeaveOnTheirOwn). */
const SERVER_VARS = ["state", "currentVote", "logicalClock", "receiveVotes", "outOfElection", "recvQueue", "waitNotmsg", "leadingVoteSet", "lastProcessed", "zabState", "connectInfo", "learners", "forwarding"] as const

function at(s: SystemState, name: keyof SystemState, path: ReadonlyArray<T.Value>, v: T.Value): SystemState {
  return { ...s, [name]: T.exceptPath(s[name], path, () => v) }
}

export const zxidValue = (z: number): T.Value => T.tuple([epochOf(z), counterOf(z)])

/** A spec zxid <<epoch, counter>> as the peer's number. */
export function zxidNumber(v: T.Value): number {
  const [e, c] = T.seq(v).items
  return makeZxid(T.int(e!), T.int(c!))
}

/** The spec's [index, zxid] of the k-th txn of a history (k = 0: none). */
export function point(zxids: ReadonlyArray<number>, k: number): T.Value {
  return T.record([["index", k], ["zxid", zxidValue(k === 0 ? 0 : zxids[k - 1]!)]])
}

export class DiscoveryMapping implements ZabPhaseMapping {
  readonly shutDown: Array<boolean>
  /** Per sender and receiver (peer ids): Zab messages the spec sent that the peer has not yet sent. */
  protected readonly expected: Array<Array<Array<T.Value>>>
  protected readonly alive: Array<boolean>
  protected readonly side: Array<number>
  /** Net traces: closedBy[a][b] when a has given up its end of the connection to b and b has not yet. */
  protected readonly closedBy: Array<Array<boolean>>

  constructor(
    readonly n: number,
    protected readonly election: ElectionValidator,
    protected readonly held: (id: number) => HeldLog,
    /** Rules left out (tests show each is needed by a correct run). */
    protected readonly disabled: ReadonlySet<string> = new Set(),
    /** "net": a real cluster's merged trace, where each end of a broken connection notices on its own. */
    protected readonly target: "sim" | "net" = "sim",
  ) {
    this.shutDown = Array.from({ length: n + 1 }, () => false)
    this.expected = Array.from({ length: n + 1 }, () => Array.from({ length: n + 1 }, () => []))
    this.alive = Array.from({ length: n + 1 }, () => false)
    this.side = Array.from({ length: n + 1 }, () => 0)
    this.closedBy = Array.from({ length: n + 1 }, () => Array.from({ length: n + 1 }, () => false))
  }

  protected get s(): SystemState {
    return this.election.state
  }

  protected sid(id: number): number {
    return this.n + 1 - id
  }

  protected get(name: keyof SystemState, ...path: ReadonlyArray<T.Value>): T.Value {
    let v = this.s[name]
    for (const k of path) v = T.apply(v, k)
    return v
  }

  handle(e: TraceEvent): void {
    // Only these events concern discovery; the rest (storage, clients, views) are Zab.tla's validation's.
    if (e._tag === "Received") {
      if (e.message._tag !== "Notification") this.received(e.server, e.from, e.message)
    } else if (e._tag === "Sent") {
      if (e.message._tag !== "Notification") this.sent(e.server, e.to, e.message)
    } else if (e._tag === "ConnectionLost") {
      this.reset(e.server, e.peer)
    } else if (e._tag === "Observed") {
      if (e.effect._tag === "Disconnect") this.reset(e.server, e.effect.peer)
    } else if (e._tag === "Restarted") {
      this.alive[e.server] = true
      this.holdLog(e.server, true)
    } else if (e._tag === "Partitioned") {
      // The world's sides: every server is in exactly one group.
      e.groups.forEach((g, k) => {
        for (const id of g) this.side[id] = k + 1
      })
    } else if (e._tag === "Healed") {
      this.side.fill(0)
    }
  }

  /** Before server id's next input: what the spec sent (but a durable ACKEPOCH) must have been sent. */
  settle(id: number): void {
    if (this.shutDown[id] === true) throw new Stuck(`server ${id} goes on after the receipt at which the system spec shut it down (back to LOOKING)`, [id], "discovery")
    for (let j = 1; j <= this.n; j++) {
      const q = this.expected[id]![j]!
      if (q.length > 0 && !this.mayComeLater(id, q[0]!)) throw new Stuck(`server ${id} did not send ${T.show(q[0]!)} to server ${j}, which the system spec sends`, [id, j], this.partOf(q[0]!))
    }
  }

  /** A message the spec sent that the peer may send at a later input: an acknowledgement that waits for durability. */
  protected mayComeLater(_id: number, m: T.Value): boolean {
    return T.eq(T.field(m, "mtype"), ACKEPOCH)
  }

  /** The part of the system spec an action belongs to (for rejections). */
  protected partOfAction(_name: string): SystemSpecPart {
    return "discovery"
  }

  /** The part of the system spec a message belongs to (for rejections). */
  protected partOf(_m: T.Value): SystemSpecPart {
    return "discovery"
  }

  /** NodeCrash (with the election's rule): the server's Zab state and its connections are gone. */
  crash(id: number): void {
    this.alive[id] = false
    this.shutDown[id] = false
    const i = this.sid(id)
    let s = this.s
    let msgs = s.msgs
    for (let j = 1; j <= this.n; j++) {
      this.expected[id]![j] = []
      // On a real cluster the others notice the kill on their own: until then they may still send what the
      // spec had them send, into a connection nobody reads (as when the dead end had closed it).
      const peersNotice = this.target === "net" && j !== id
      if (!peersNotice) this.expected[j]![id] = []
      this.closedBy[id]![j] = peersNotice
      this.closedBy[j]![id] = false
      msgs = T.exceptPath(msgs, [i, j], () => T.tuple([]))
      msgs = T.exceptPath(msgs, [j, i], () => T.tuple([]))
    }
    s = { ...s, msgs }
    s = at(s, "zabState", [i], ELECTION)
    s = at(s, "connectInfo", [i], T.record([["sid", NULLPOINT], ["syncMode", mv("NONE")], ["nlRcv", false]]))
    for (const name of ["learners", "forwarding", "connecting", "electing", "ackldRecv"] as const) s = at(s, name, [i], T.EMPTY_SET)
    this.election.setState(s, null)
  }

  // ---------------------------------------------------------------------------------------------------------

  protected count(name: string): void {
    this.election.count(name)
  }

  /**
   * LogFromZabTla: the acting server's history, lastProcessed and currentEpoch as Zab.tla's state holds them.
   * Only what differs is replaced: a txn the spec already holds at the same place keeps its spec value (its
   * ackSid above all, which the leader's ACK handling reads).
   */
  protected holdLog(id: number, restart: boolean): void {
    if (this.disabled.has("LogFromZabTla")) return
    const i = this.sid(id)
    const h = this.held(id)
    const old = T.seq(this.get("history", i)).items
    let common = 0
    while (common < old.length && common < h.zxids.length && zxidNumber(T.field(old[common]!, "zxid")) === h.zxids[common]) common += 1
    let s = this.s
    const changed = common !== old.length || common !== h.zxids.length
    if (changed) {
      const history = T.tuple([...old.slice(0, common), ...h.zxids.slice(common).map((z) => T.record([["zxid", zxidValue(z)], ["value", 0], ["ackSid", T.EMPTY_SET], ["epoch", epochOf(z)]]))])
      s = at(s, "history", [i], history)
      if (T.eq(T.apply(s.zabState, i), DISCOVERY)) s = at(s, "initialHistory", [i], history)
      // A commit or snapshot point beyond what is kept falls back to the last txn kept.
      for (const name of ["lastCommitted", "lastSnapshot"] as const) {
        if (T.int(T.field(T.apply(s[name], i), "index")) > common) s = at(s, name, [i], point(h.zxids, common))
      }
    }
    // A BROADCAST leader's lastProcessed is its commit point, which the spec's own actions keep.
    if (!T.eq(T.apply(s.zabState, i), BROADCAST)) s = at(s, "lastProcessed", [i], point(h.zxids, h.zxids.length))
    s = at(s, "currentEpoch", [i], h.currentEpoch)
    if (restart) s = at(s, "acceptedEpoch", [i], h.acceptedEpoch)
    this.election.setState(s, null)
    if (changed || restart) this.count("LogFromZabTla")
  }

  protected linkUp(a: number, b: number): boolean {
    // On a real cluster a message sent after the receiver gave up its end of the connection is lost.
    if (this.target === "net") return this.closedBy[b]![a] !== true
    return this.alive[a] === true && this.alive[b] === true && this.side[a] === this.side[b]
  }

  /** Take a Zab action (peer ids); what it sends becomes what the peer must send. */
  protected take(name: string, ids: ReadonlyArray<number>, why: () => string): void {
    const next = this.election.tryAction(name, ids)
    if (next === null) throw new Stuck(`${why()}, but the system spec cannot take ${name}(${ids.map((id) => this.sid(id)).join(", ")}): ${this.describe(ids[0]!)}`, ids, this.partOfAction(name))
    const violated = next.violatedInvariants
    const flags = T.elems(T.domain(violated)).filter((k) => T.apply(violated, k) === true)
    if (flags.length > 0) throw new Stuck(`${why()}: the system spec's ${name}(${ids.map((id) => this.sid(id)).join(", ")}) flags ${flags.map((f) => T.show(f)).join(", ")}`, ids, this.partOfAction(name))
    const before = this.s
    this.election.setState(next, ids[0]!)
    this.count(name)
    this.expectSent(before, next)
  }

  /** What each server newly has in its outgoing Zab channels is what the peer must send. */
  protected expectSent(before: SystemState, after: SystemState): void {
    for (let a = 1; a <= this.n; a++) {
      for (let b = 1; b <= this.n; b++) {
        if (a === b) continue
        const was = T.seq(T.apply(T.apply(before.msgs, this.sid(a)), this.sid(b))).items
        const now = T.seq(T.apply(T.apply(after.msgs, this.sid(a)), this.sid(b))).items
        // An action appends to a channel, or takes its head (a receipt), or cleans it.
        // Only what follows the longest suffix of `was` that is a prefix of `now` is new.
        let common = 0
        if (now.length > 0 && now !== was) {
          for (let k = Math.min(was.length, now.length); k >= 0; k--) {
            let ok = true
            for (let x = 0; x < k; x++) if (!T.eq(was[was.length - k + x]!, now[x]!)) ok = false
            if (ok) {
              common = k
              break
            }
          }
        }
        else if (now === was) common = now.length
        for (let k = common; k < now.length; k++) this.expected[a]![b]!.push(now[k]!)
      }
    }
  }

  protected describe(id: number): string {
    const i = this.sid(id)
    const ci = this.get("connectInfo", i)
    const leader = T.field(ci, "sid")
    return `the system spec has server ${id} ${T.show(this.get("state", i)).toLowerCase()} in ${T.show(this.get("zabState", i)).toLowerCase()}, acceptedEpoch ${T.show(this.get("acceptedEpoch", i))}, currentEpoch ${T.show(this.get("currentEpoch", i))}${typeof leader === "number" ? `, connected to ${this.n + 1 - leader}` : ""}; its learners ${T.elems(this.get("learners", i)).map((x) => this.n + 1 - T.int(x)).sort().join(", ") || "none"}`
  }

  protected head(from: number, to: number): T.Value | null {
    const q = T.seq(this.get("msgs", this.sid(from), this.sid(to))).items
    return q.length === 0 ? null : q[0]!
  }

  protected received(id: number, from: number, m: Message): void {
    const i = this.sid(id)
    const j = this.sid(from)
    if (m._tag === "FollowerInfo") {
      if (!this.disabled.has("FollowerInfoRetried") && (!T.eq(this.get("state", i), LEADING) || T.isIn(j, this.get("learners", i)))) {
        this.count("FollowerInfoRetried")
        return
      }
      this.take("ConnectAndFollowerSendFOLLOWERINFO", [id, from], () => `server ${id} takes server ${from} as a learner`)
      // A new connection: neither end has given it up.
      this.closedBy[id]![from] = false
      this.closedBy[from]![id] = false
      // The connection's FOLLOWERINFO was sent by the follower; it carries the spec's acceptedEpoch.
      const sent = T.seq(this.get("msgs", j, i)).items
      const fi = sent[sent.length - 1]!
      this.expected[from]![id] = []
      const accepted = T.int(T.apply(T.field(fi, "mzxid"), 1))
      if (accepted !== m.acceptedEpoch) throw new Stuck(`server ${from}'s FollowerInfo carries acceptedEpoch ${m.acceptedEpoch}, where the system spec's FOLLOWERINFO carries ${accepted}`, [id, from], "discovery")
      this.holdLog(id, false)
      this.take("LeaderProcessFOLLOWERINFO", [id, from], () => `server ${id} processes server ${from}'s FollowerInfo`)
      return
    }
    if (m._tag === "LeaderInfo") {
      const h = this.head(from, id)
      if (h === null || !T.eq(T.field(h, "mtype"), LEADERINFO) || T.int(T.apply(T.field(h, "mzxid"), 1)) !== m.newEpoch) {
        throw new Stuck(`server ${id} receives LeaderInfo(epoch ${m.newEpoch}) from server ${from}, which the system spec does not have at the head of that channel (${h === null ? "it is empty" : T.show(h)})`, [id, from], "discovery")
      }
      this.holdLog(id, false)
      const accepted = T.int(this.get("acceptedEpoch", i))
      this.take("FollowerProcessLEADERINFO", [id, from], () => `server ${id} processes LeaderInfo(epoch ${m.newEpoch}) from server ${from}`)
      if (T.eq(this.get("state", i), LOOKING)) {
        // The spec's abnormal case: FollowerShutdown, with RemoveLearner at the leader.
        this.shutDown[id] = true
        this.count("FollowerShutdown")
        return
      }
      if (m.newEpoch === accepted && !this.disabled.has("AckEpochCountsAccepted")) {
        // AckEpochCountsAccepted: the spec's ACKEPOCH (epoch -1) as the peer's (its currentEpoch).
        const q = this.expected[id]![from]!
        const last = q[q.length - 1]!
        const rewritten = T.except(last, "mepoch", () => this.get("currentEpoch", i))
        q[q.length - 1] = rewritten
        const chan = T.seq(this.get("msgs", i, j)).items
        this.election.setState(at(this.s, "msgs", [i, j], T.tuple([...chan.slice(0, -1), rewritten])), null)
        this.count("AckEpochCountsAccepted")
      }
      return
    }
    if (m._tag === "AckEpoch") {
      const h = this.head(from, id)
      if (h === null || !T.eq(T.field(h, "mtype"), ACKEPOCH) || !T.eq(T.field(h, "mzxid"), zxidValue(m.lastZxid)) || T.int(T.field(h, "mepoch")) !== m.currentEpoch) {
        throw new Stuck(`server ${id} receives AckEpoch(epoch ${m.currentEpoch}, ${formatZxid(m.lastZxid)}) from server ${from}, which the system spec does not have at the head of that channel (${h === null ? "it is empty" : T.show(h)})`, [id, from], "discovery")
      }
      this.holdLog(id, false)
      const before = this.s
      this.take("LeaderProcessACKEPOCH", [id, from], () => `server ${id} processes server ${from}'s AckEpoch`)
      if (T.eq(this.get("state", i), LOOKING)) {
        this.shutDown[id] = true
        this.count("LeaderShutdown")
        if (!this.disabled.has("LearnersLeaveOnTheirOwn")) this.learnersLeaveOnTheirOwn(before, id, from)
      }
    }
    // Sync and broadcast messages, and Ping: not mapped onto the system spec (Zab.tla validates them).
  }

  /** LearnersLeaveOnTheirOwn: only the leader's part of the spec's LeaderShutdown. */
  private learnersLeaveOnTheirOwn(before: SystemState, id: number, from: number): void {
    const i = this.sid(id)
    let s = this.s
    for (let k = 1; k <= this.n; k++) {
      if (k === i) continue
      for (const name of SERVER_VARS) s = at(s, name, [k], T.apply(before[name], k))
    }
    // The channels as they were, but the ACKEPOCH taken; the leader's Disconnects clean its own.
    const chan = T.seq(T.apply(T.apply(before.msgs, this.sid(from)), i)).items
    s = { ...s, msgs: T.exceptPath(before.msgs, [this.sid(from), i], () => T.tuple(chan.slice(1))) }
    this.election.setState(s, null)
    this.count("LearnersLeaveOnTheirOwn")
  }

  protected sent(id: number, to: number, m: Message): void {
    if (m._tag !== "LeaderInfo" && m._tag !== "AckEpoch") {
      if (m._tag === "FollowerInfo") this.count("FollowerInfoRetried")
      return
    }
    const q = this.expected[id]![to]!
    const front = q.shift()
    const text = m._tag === "LeaderInfo" ? `LeaderInfo(epoch ${m.newEpoch})` : `AckEpoch(epoch ${m.currentEpoch}, ${formatZxid(m.lastZxid)})`
    if (front === undefined) throw new Stuck(`server ${id} sends ${text} to server ${to}, but the system spec sends no such message here; ${this.describe(id)}`, [id, to], "discovery")
    const same =
      m._tag === "LeaderInfo"
        ? T.eq(T.field(front, "mtype"), LEADERINFO) && T.int(T.apply(T.field(front, "mzxid"), 1)) === m.newEpoch
        : T.eq(T.field(front, "mtype"), ACKEPOCH) && T.eq(T.field(front, "mzxid"), zxidValue(m.lastZxid)) && T.int(T.field(front, "mepoch")) === m.currentEpoch
    if (!same) throw new Stuck(`server ${id} sends ${text} to server ${to}, where the system spec sends ${T.show(front)}`, [id, to], "discovery")
    if (!this.linkUp(id, to) && !this.disabled.has("ConnectionReset")) {
      // ConnectionReset: sent on a link that is down, the message is lost.
      const i = this.sid(id)
      const k = this.sid(to)
      const chan = T.seq(this.get("msgs", i, k)).items
      let at_ = -1
      for (let x = chan.length - 1; x >= 0; x--) if (T.eq(chan[x]!, front)) {
        at_ = x
        break
      }
      if (at_ >= 0) this.election.setState(at(this.s, "msgs", [i, k], T.tuple([...chan.slice(0, at_), ...chan.slice(at_ + 1)])), null)
      this.count("ConnectionReset")
    }
  }

  /** ConnectionReset: the connection a-b broke; a leader drops the learner (LostLearnerForgotten before the epoch is decided). */
  protected reset(a: number, b: number): void {
    if (this.disabled.has("ConnectionReset")) return
    const i = this.sid(a)
    const j = this.sid(b)
    this.expected[a]![b] = []
    let s = this.s
    if (this.target === "net" && this.closedBy[b]![a] !== true) {
      // TCP delivers what a sent before it gave up: b reads it until it notices the close itself, and may
      // still send what the spec had it send (lost: a reads nothing more from b).
      this.closedBy[a]![b] = true
      s = { ...s, msgs: T.exceptPath(s.msgs, [j, i], () => T.tuple([])) }
    } else {
      this.expected[b]![a] = []
      this.closedBy[a]![b] = false
      this.closedBy[b]![a] = false
      s = { ...s, msgs: T.exceptPath(T.exceptPath(s.msgs, [i, j], () => T.tuple([])), [j, i], () => T.tuple([])) }
    }
    this.count("ConnectionReset")
    if (T.eq(T.apply(s.state, i), LEADING) && T.isIn(j, T.apply(s.learners, i))) s = this.removeLearner(s, i, j)
    this.election.setState(s, null)
  }

  /** The spec's RemoveLearner(i, j), with LostLearnerForgotten while the epoch is not decided. */
  private removeLearner(s: SystemState, i: number, j: number): SystemState {
    const sidOf = (x: T.Value) => T.int(T.field(x, "sid"))
    const quorum = (set: ReadonlyArray<number>) => set.includes(i) && 2 * set.length > this.n
    const connecting = T.elems(T.apply(s.connecting, i))
    const electing = T.elems(T.apply(s.electing, i))
    const waitingForEpoch = !quorum(connecting.map(sidOf))
    const electionFinished = quorum(electing.filter((e) => T.field(e, "inQuorum") === true).map(sidOf))
    const learners = T.elems(T.apply(s.learners, i)).filter((x) => x !== j)
    s = at(s, "learners", [i], T.setOf(learners))
    s = at(s, "forwarding", [i], T.setOf(T.elems(T.apply(s.forwarding, i)).filter((x) => x !== j)))
    const mark = (set: ReadonlyArray<T.Value>) => set.map((x) => (sidOf(x) === j ? T.except(x, "connected", () => false) : x))
    s = at(s, "ackldRecv", [i], T.setOf(mark(T.elems(T.apply(s.ackldRecv, i)))))
    const forget = !this.disabled.has("LostLearnerForgotten")
    if (waitingForEpoch && forget) {
      const kept = connecting.filter((c) => sidOf(c) !== j)
      let max = T.int(T.apply(s.acceptedEpoch, i))
      for (const c of kept) if (sidOf(c) !== i) max = Math.max(max, T.int(T.apply(s.acceptedEpoch, sidOf(c))))
      s = at(s, "connecting", [i], T.setOf(kept))
      s = at(s, "tempMaxEpoch", [i], max + 1)
      this.count("LostLearnerForgotten")
    } else {
      s = at(s, "connecting", [i], T.setOf(mark(connecting)))
    }
    if (!electionFinished && forget) {
      if (electing.some((e) => sidOf(e) === j)) this.count("LostLearnerForgotten")
      s = at(s, "electing", [i], T.setOf(electing.filter((e) => sidOf(e) !== j)))
    } else {
      s = at(s, "electing", [i], T.setOf(electing.map((e) => (sidOf(e) === j ? T.except(e, "peerLastZxid", () => T.tuple([-1, -1])) : e))))
    }
    return s
  }
}
