/**
 * Validation of leader election against ZooKeeper's system spec (ZkV3_7_0.tla with the
 * FastLeaderElection.tla it EXTENDS, as generated from the TLA+ source: model/generated/zk-v3-7-0-tla.ts).
 * Zab.tla elects by an oracle, so validation against it (traces/validate.ts) cannot see an election that
 * goes wrong; this validator drives the system spec's own FLE actions with the peer's notifications and
 * decisions, and rejects the first one the spec does not take. `zab check --spec system` and `zab validate
 * --spec system` run it beside the protocol validation (traces/validate-system.ts).
 *
 * THE ABSTRACTION
 *
 * With `--spec system` the Zab mapping (discovery, traces/validate-discovery.ts, extended with sync and
 * broadcast by traces/validate-sync.ts) shares this validator's spec
 * state: a server the election hands to a leader goes on through the spec's own discovery actions. The
 * rules OwnVoteCounts and VoteEqualsOutOfElection leave the election as the spec's HandleNotmsg does
 * (ZabTurnToLeading / ZabTurnToFollowing).
 *
 * Servers. The spec orders server ids by TLC's CHOOSE over its IdTable (FastLeaderElection.tla), which
 * ranks the smallest id highest; the peer, as ZooKeeper, ranks the largest highest. So peer id k is spec
 * server n + 1 - k, and a vote's proposed leader is mapped the same way. A zxid is <<epoch, counter>>.
 *
 * Events and the spec's actions (the generated functions, unless marked as a rule below):
 *   Received Notification from j     FLEReceiveNotmsg(i, j): the notification must be in the spec's channel
 *                                    from j; then, if i is LOOKING, FLEHandleNotmsg(i): the peer handles
 *                                    each notification as it arrives, so the queue never holds more than it
 *   Sent Notification to j           must be the next notification the spec's last action sent to j
 *   Sent while looking, nothing due  FLENotmsgTimeout(i) then FLEHandleNotmsg(i) (the NONE signal: resend)
 *   RoleChange(leading|following) right after a receipt (no other server's event between: the simulator
 *                                    records an input's effects together)
 *                                    FLEHandleNotmsg(i) must already have left the election for that role
 *                                    and leader, or rule OwnVoteCounts / VoteEqualsOutOfElection applies
 *   RoleChange(leading|following) otherwise, or in the finalize wait
 *                                    FLEWaitNewNotmsg(i): the wait ends with no better vote (online runs
 *                                    have no Step events, so a tick is not always told from a receipt)
 *   RoleChange(looking)              ZabTimeout(i) (rule ZabTimeout below)
 *   Crashed / Restarted              rule NodeCrash below; NodeStart's status
 * After each action the notifications the spec sent must be what the peer sends before its next input.
 *
 * A real cluster's merged trace (target "net") differs from a simulator trace in three ways, each taken
 * as it is: the merge is causal, not by input, so other servers' events (and the harness's Steps, placed by
 * wall-clock time) can fall between a receipt and its effects, and a server settles at its own next input
 * only; a SIGKILL leaves no Crashed event, so a server's second Restarted stands for NodeCrash; and the
 * merge can put before that restart notifications a peer sent that reached the new lifetime, so the
 * channels to the restarted server are kept (what the dead server never read is dropped by
 * NotificationLost when a later notification arrives).
 *
 * Rules, one per difference between the peer and ZkV3_7_0 (each with a test in test/validate-system.test.ts);
 * none lets the peer leave an election where the spec would not, or send a vote the spec would not:
 * - ZabTimeout(i): the peer gives up leading or following on its own (a lost connection, a crash of its
 *   leader, initLimit or syncLimit ran out); ZkV3_7_0 shuts servers down only inside its Zab actions
 *   (FollowerShutdown, LeaderShutdown), and there atomically with the leader or the learners. Where the
 *   discovery mapping (traces/validate-discovery.ts) takes such an action (a stale LEADERINFO, a follower
 *   more recent than its leader), the RoleChange(looking) that follows is that shutdown, not this rule.
 *   The transition is FastLeaderElection.tla's ZabTimeout(i) as written (a new round, a self vote from what
 *   the peer holds in memory, the tallies cleared, the vote broadcast), with FollowerShutdown's and
 *   LeaderShutdown's part for the server itself (connectInfo cleared, no learners), applied to the spec state.
 * - NodeCrash(i): a crash loses the election state, which lives in memory (as in ZooKeeper); the spec's
 *   NodeCrash keeps it. The server's election variables go back to their initial values and the
 *   notifications in flight to and from it are lost (its connections broke).
 * - NotificationLost: a notification in the spec's channel ahead of the one received was lost with a broken
 *   connection or a partition (election connections are TCP; the spec's never break). Losing a vote can
 *   delay an election, never make it choose.
 * - ResendOnTimer: the peer resends its vote on a tick, whether or not notifications are in flight to it;
 *   the spec's NotmsgTimeout models a poll that found nothing. Taken only where FLENotmsgTimeout is not
 *   enabled; it sends what FLEHandleNotmsg sends on NONE.
 * - WaitEndsOnNotification: in the finalize wait, the peer handles every notification of its round or a
 *   newer one as any other, where the spec drops one that is not better. FLEHandleNotmsg(i) takes it out of
 *   the wait; after a LOOKING vote the wait is what the spec's HandleNotmsg recomputes (as the peer's
 *   tally is), after a FOLLOWING or LEADING one no better than its vote the wait goes on (as the peer's
 *   does), after a better one it ends (as in the spec and ZooKeeper); a stale one is dropped in both.
 * - StaysLooking: the spec leaves the election on a LEADING notification of its round without a quorum
 *   (condition 3 of ReceivedFollowingAndLeadingNotification); the peer waits for a quorum. The spec state
 *   takes the branch that stays LOOKING (the vote recorded, nothing else changed). Staying is liveness.
 *   The peer also stays where the spec leaves by condition 1 on another server's word (a FOLLOWING vote
 *   completing the round's quorum, the leader's LEADING one heard earlier): it joins only on the leader's
 *   own notification. It may not stay where the spec leaves by condition 1 on a vote naming it or on the
 *   leader's own LEADING notification, nor by condition 2 (a quorum out of the election): its tally holds
 *   every vote the spec's receiveVotes does and its own, and it counts the out-of-election votes by
 *   ZooKeeper's looser Vote.equals, so it has the quorum the spec has (see mustLeave).
 * - OwnVoteCounts: ZooKeeper sends its notifications to itself, so its tally of a round holds its own vote;
 *   the spec's receiveVotes does not. Where a FOLLOWING or LEADING notification of our round names us,
 *   our own equal vote counts toward the quorum (the spec's condition 1, with ZooKeeper's tally). The
 *   peer leads on that receipt (its tally holds every vote receiveVotes does, and its own): where the rule
 *   applies and the spec stays, a peer still looking at its next input is refused.
 * - VoteEqualsOutOfElection: outside an election ZooKeeper's Vote.equals compares only the leader and its
 *   epoch (neither side LOOKING), as the peer does; the spec's VoteEqual also compares zxid and round. The
 *   peer may join where a quorum of outOfElection agrees by ZooKeeper's rule, and only if the spec's
 *   CheckLeader holds (the leader said it leads; our own lead only in our round: ZOOKEEPER-1514's fix).
 * - OutOfElectionReplaced: ZooKeeper's outofelection.put replaces the sender's entry whatever its round (a
 *   restarted server starts again at round 1), as the peer's does; the spec keeps an entry of a newer round.
 *   The entry becomes the notification received (a rule that only makes the spec hold what ZooKeeper holds).
 * - VoteTakesNewEpoch(i): the peer's vote takes the new epoch when it learns it (leader: proposing it,
 *   follower: LEADERINFO), ZooKeeper's and the spec's when it starts serving (UpdateElectionVote in
 *   StartZkServer and FollowerProcessUPTODATE, which set it again); both are ZOOKEEPER-1732's fix. Applied at the leader's
 *   `discovery-epoch-proposed` and the follower's RoleChange to synchronization, with the acceptedEpoch
 *   the peer holds.
 *
 * Pure: no clock, no I/O.
 */
import type { State as SystemState } from "../model/generated/zk-v3-7-0-tla.js"
import type { GeneratedAction, GeneratedSpec } from "../model/tla-spec.js"
import * as T from "../model/tla-values.js"
import { generatedZkV370 } from "../model/tla-zab.js"
import type { Message, PeerEffect } from "../impl/core/types.js"
import { counterOf, epochOf } from "../impl/core/zxid.js"
import type { TraceEvent } from "./schema.js"

type Notification = Extract<Message, { _tag: "Notification" }>
type RoleChange = Extract<PeerEffect, { _tag: "RoleChange" }>

/** What the protocol validator knows of a server's memory (traces/validate.ts's heldBy). */
export type HeldBy = (id: number) => { readonly currentEpoch: number; readonly lastZxid: number; readonly acceptedEpoch: number; readonly logged: number }

/** The system spec's steps and rules, by name, as this validator takes them. */
export const electionRuleNames = ["ZabTimeout", "NodeCrash", "NotificationLost", "ResendOnTimer", "WaitEndsOnNotification", "StaysLooking", "OwnVoteCounts", "VoteEqualsOutOfElection", "VoteTakesNewEpoch", "OutOfElectionReplaced"] as const
export type ElectionRuleName = (typeof electionRuleNames)[number]

export interface ElectionRejection {
  readonly reason: string
  readonly servers: ReadonlyArray<number>
  /** The spec actions and rules taken for the rejected event, before it got stuck. */
  readonly taken: ReadonlyArray<string>
  readonly part: SystemSpecPart
}

/** The part of the system spec that refused an event. */
export type SystemSpecPart = "leader election" | "discovery" | "synchronisation" | "broadcast"

/** Parameters: an implementation run has no bounds (no state constraint is applied here either). */
const UNBOUNDED = 1_000_000_000

const mv = T.modelValue
const LOOKING = mv("LOOKING")
const FOLLOWING = mv("FOLLOWING")
const LEADING = mv("LEADING")
const NOTIFICATION = mv("NOTIFICATION")
const ELECTION = mv("ELECTION")
const ONLINE = mv("ONLINE")
const OFFLINE = mv("OFFLINE")
const NULLPOINT = mv("nullpoint")

/** A rejection: the spec cannot take the event (thrown inside a step, caught by push). */
export class Stuck extends Error {
  constructor(
    readonly reason: string,
    readonly servers: ReadonlyArray<number>,
    /** Which part of the system spec refused the event. */
    readonly part: SystemSpecPart = "leader election",
  ) {
    super(reason)
  }
}

const roleValue = (role: "looking" | "following" | "leading"): T.ModelValue => (role === "looking" ? LOOKING : role === "following" ? FOLLOWING : LEADING)

/** Sets var[x] in a state (a plain record of TLA+ values). */
function at(s: SystemState, name: keyof SystemState, path: ReadonlyArray<T.Value>, v: T.Value): SystemState {
  return { ...s, [name]: T.exceptPath(s[name], path, () => v) }
}

/**
 * The Zab phases mapped onto the same spec state (traces/validate-discovery.ts, traces/validate-sync.ts): told every event after the
 * election's handling, asked before a server's next input whether what the spec sent was sent, and which
 * servers the spec's own Zab actions have just shut down (their RoleChange(looking) is then no ZabTimeout).
 */
export interface ZabPhaseMapping {
  handle(e: TraceEvent): void
  settle(id: number): void
  crash(id: number): void
  readonly shutDown: Array<boolean>
}

export class ElectionValidator {
  /** The Zab phases' mapping, when the system validation maps them (null: the election alone). */
  zab: ZabPhaseMapping | null = null
  private readonly spec: GeneratedSpec<SystemState>
  private readonly actions = new Map<string, GeneratedAction<SystemState>>()
  private s: SystemState
  private readonly initial: SystemState
  /** Per sender and receiver (peer ids, 1-based): notifications the spec sent that the peer has not yet shown. */
  private readonly expected: Array<Array<Array<T.Value>>>
  /** The notification the server received last, as the spec's value. */
  private readonly lastReceived: Array<T.Value | null>
  /** The spec state to fall back on if the peer does not leave the election where the spec did (StaysLooking). */
  private readonly stayLooking: Array<SystemState | null>
  /** Why the peer may not stay where the spec left on its last receipt (null: it may; see mustLeave). */
  private readonly leaveRequired: Array<string | null>
  /** Why the peer must lead after its last receipt where the spec stays (OwnVoteCounts; null: it need not). */
  private readonly ownVoteLeads: Array<string | null>
  private taken: Array<string> = []
  private waitedBefore = false
  /** The server whose receipt was the last input, while the events that follow are its effects. */
  private inputOf: number | null = null
  /** Net traces: whether each server's last input was a receipt (see trackInputNet). */
  private readonly receiptNet: Array<boolean> = []
  /** Net traces: which servers have started a lifetime (a second Restarted stands for a crash). */
  private readonly started: Array<boolean> = []
  rejection: ElectionRejection | null = null
  /** How many times each spec action and rule was taken. */
  readonly counts = new Map<string, number>()

  constructor(
    readonly n: number,
    private readonly held: HeldBy,
    /** "net": a real cluster's merged trace (see THE ABSTRACTION: what differs from a simulator trace). */
    private readonly target: "sim" | "net" = "sim",
  ) {
    this.spec = generatedZkV370(n, { MaxTimeoutFailures: UNBOUNDED, MaxTransactionNum: UNBOUNDED, MaxEpoch: UNBOUNDED, MaxCrashes: UNBOUNDED, MaxPartitions: UNBOUNDED }, { MaxRound: UNBOUNDED, MaxQueue: UNBOUNDED, MaxVersion: UNBOUNDED })
    for (const a of this.spec.actions) this.actions.set(a.name, a)
    const init = this.spec.init()
    if (init.length !== 1) throw new Error("the system spec has one initial state")
    this.initial = init[0]!
    this.s = this.initial
    this.expected = Array.from({ length: n + 1 }, () => Array.from({ length: n + 1 }, () => []))
    this.lastReceived = Array.from({ length: n + 1 }, () => null)
    this.stayLooking = Array.from({ length: n + 1 }, () => null)
    this.leaveRequired = Array.from({ length: n + 1 }, () => null)
    this.ownVoteLeads = Array.from({ length: n + 1 }, () => null)
  }

  /** The spec state as it stands (for reports and tests). */
  get state(): SystemState {
    return this.s
  }

  /** Take one event; false once rejected (at this event or before). */
  push(e: TraceEvent): boolean {
    if (this.rejection !== null) return false
    if (this.taken.length > 0) this.taken = []
    try {
      this.handle(e)
      return true
    } catch (error) {
      if (!(error instanceof Stuck)) throw error
      this.rejection = { reason: error.reason, servers: error.servers, taken: this.taken, part: error.part }
      return false
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  private sid(id: number): number {
    return this.n + 1 - id
  }

  private pid(sid: T.Value): number | null {
    return typeof sid === "number" ? this.n + 1 - sid : null
  }

  private get(name: keyof SystemState, ...path: ReadonlyArray<T.Value>): T.Value {
    let v = this.s[name]
    for (const k of path) v = T.apply(v, k)
    return v
  }

  private notificationValue(from: number, m: Notification): T.Value {
    return T.record([
      ["mtype", NOTIFICATION],
      ["msource", this.sid(from)],
      ["mstate", roleValue(m.state)],
      ["mround", m.round],
      ["mvote", this.voteValue(m.leader, m.zxid, m.peerEpoch)],
    ])
  }

  private voteValue(leader: number, zxid: number, epoch: number): T.Value {
    return T.record([
      ["proposedLeader", this.sid(leader)],
      ["proposedZxid", T.tuple([epochOf(zxid), counterOf(zxid)])],
      ["proposedEpoch", epoch],
    ])
  }

  /** A spec notification as the peer's would read (for messages). */
  private text(v: T.Value): string {
    if (!(v instanceof T.Fn) || !T.eq(T.field(v, "mtype"), NOTIFICATION)) return T.show(v)
    const vote = T.field(v, "mvote")
    const z = T.field(vote, "proposedZxid")
    const leader = this.pid(T.field(vote, "proposedLeader"))
    const zxid = `0x${(T.int(T.apply(z, 1)) * 2 ** 32 + T.int(T.apply(z, 2))).toString(16)}`
    return `Notification(leader ${leader ?? "none"}, zxid ${zxid}, epoch ${T.show(T.field(vote, "proposedEpoch"))}, round ${T.show(T.field(v, "mround"))}, ${T.show(T.field(v, "mstate")).toLowerCase()})`
  }

  private describe(id: number): string {
    const i = this.sid(id)
    const vote = this.get("currentVote", i)
    const leader = this.pid(T.field(vote, "proposedLeader"))
    return `the system spec has server ${id} ${T.show(this.get("state", i)).toLowerCase()} in round ${T.show(this.get("logicalClock", i))}, voting for ${leader ?? "none"} (epoch ${T.show(T.field(vote, "proposedEpoch"))}), finalize wait ${this.get("waitNotmsg", i) === true ? "on" : "off"}`
  }

  /** Put the spec in state `next`; what server `id` newly sends there in FLE is what the peer must send next. */
  setState(next: SystemState, id: number | null): void {
    if (id === null) this.s = next
    else this.moveTo(next, id)
  }

  count(name: string): void {
    this.taken.push(name)
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1)
  }

  /** Take a generated action with its arguments (peer ids); null if the spec does not enable it. */
  tryAction(name: string, ids: ReadonlyArray<number>): SystemState | null {
    const action = this.actions.get(name)
    if (action === undefined) throw new Error(`the system spec has an action ${name}`)
    const found: Array<SystemState> = []
    action.next(this.s, ids.map((id) => this.sid(id)), (t) => void found.push(t))
    if (found.length === 0) return null
    // FLE's actions are deterministic: their disjuncts' guards exclude each other.
    if (found.length > 1 && found.some((t) => t !== found[0] && !sameState(t, found[0]!))) throw new Error(`${name} has more than one successor`)
    return found[0]!
  }

  private take(name: string, ids: ReadonlyArray<number>, why: () => string): void {
    const next = this.tryAction(name, ids)
    if (next === null) throw new Stuck(`${why()}, but the system spec cannot take ${name}(${ids.map((id) => this.sid(id)).join(", ")}): it is not enabled; ${this.describe(ids[0]!)}`, ids)
    this.moveTo(next, ids[0]!)
    this.count(name)
  }

  /** Move to `next`; what server `id` newly sends there is what the peer must send next. */
  private moveTo(next: SystemState, id: number): void {
    const i = this.sid(id)
    const before = T.apply(this.s.electionMsgs, i)
    const after = T.apply(next.electionMsgs, i)
    for (let j = 1; j <= this.n; j++) {
      if (j === id) continue
      const was = T.seq(T.apply(before, this.sid(j))).items
      const now = T.seq(T.apply(after, this.sid(j))).items
      // A step appends to the sender's channels (a reply also takes the head of the other way).
      for (let k = was.length; k < now.length; k++) this.expected[id]![j]!.push(now[k]!)
    }
    this.s = next
  }

  /** Before a server's next input: what the spec sent must have been sent, and a pending departure settled. */
  private settle(id: number): void {
    const lead = this.ownVoteLeads[id]
    if (lead != null) throw new Stuck(`server ${id} stays looking after ${lead}, where the peer's own rule leads (rule OwnVoteCounts)`, [id])
    this.resolveStay(id)
    this.zab?.settle(id)
    for (let j = 1; j <= this.n; j++) {
      const q = this.expected[id]![j]!
      if (q.length > 0) throw new Stuck(`server ${id} did not send ${this.text(q[0]!)} to server ${j}, which the system spec sends`, [id, j])
    }
  }

  /** The peer did not follow the spec out of the election: the spec takes the branch that stays LOOKING. */
  private resolveStay(id: number): void {
    const fallback = this.stayLooking[id]
    if (fallback == null) return
    const required = this.leaveRequired[id]
    if (required != null) throw new Stuck(`server ${id} stays looking after ${required}, where the system spec leaves the election and the peer's own rule does too`, [id])
    const i = this.sid(id)
    // Only server i's election variables go back; other servers' moves since stay.
    let t = this.s
    for (const name of ["state", "currentVote", "logicalClock", "receiveVotes", "outOfElection", "recvQueue", "waitNotmsg", "leadingVoteSet", "history", "zabState", "learners", "connecting", "electing", "ackldRecv", "forwarding", "tempMaxEpoch", "initialHistory", "packetsSync"] as const) {
      t = at(t, name, [i], T.apply(fallback[name], i))
    }
    this.s = t
    this.stayLooking[id] = null
    this.leaveRequired[id] = null
    this.count("StaysLooking")
  }

  private handle(e: TraceEvent): void {
    this.handleElection(e)
    this.zab?.handle(e)
  }

  private handleElection(e: TraceEvent): void {
    // The simulator records an input's effects right after it: a receipt's effects follow it with no event
    // of another server (or of the harness) between. Online there are no Step events to say where a tick is.
    if (this.target === "net") this.trackInputNet(e)
    else {
      if (!("server" in e) || e.server !== this.inputOf) this.inputOf = null
      if (e._tag === "Received") this.inputOf = e.server
    }
    switch (e._tag) {
      case "Step":
        // A merged real-cluster trace places the harness's steps by wall-clock time, which can fall between
        // a server's receipt and its effects: there each server settles at its own next input only.
        if (this.target === "net") return
        for (let id = 1; id <= this.n; id++) {
          this.settle(id)
        }
        return
      case "Received":
        this.settle(e.server)
        if (e.message._tag === "Notification") this.receive(e.server, e.from, e.message)
        return
      case "Sent":
        if (e.message._tag === "Notification") this.sent(e.server, e.to, e.message)
        return
      case "Observed":
        if (e.effect._tag === "RoleChange") this.roleChange(e.server, e.effect)
        else if (e.effect._tag === "Observe" && e.effect.branch === "discovery-epoch-proposed") this.voteTakesNewEpoch(e.server)
        return
      case "ConnectionLost":
        this.settle(e.server)
        return
      case "Crashed":
        this.crash(e.server)
        return
      case "Restarted":
        // A SIGKILLed server leaves no Crashed event: its next lifetime's start stands for the crash.
        if (this.target === "net" && T.eq(this.get("status", this.sid(e.server)), ONLINE) && this.started[e.server] === true) this.crash(e.server)
        this.started[e.server] = true
        this.s = at(this.s, "status", [this.sid(e.server)], ONLINE)
        return
      case "Wrote":
      case "Delivered":
      case "ClientRequest":
      case "Replied":
      case "FsyncCompleted":
      case "Partitioned":
      case "Healed":
      case "LivenessPhase":
      case "Violation":
      case "View":
      case "OpInvoked":
      case "OpCompleted":
      case "SpecAction":
        return
    }
  }

  private receive(id: number, from: number, m: Notification): void {
    const i = this.sid(id)
    const j = this.sid(from)
    const value = this.notificationValue(from, m)
    this.lastReceived[id] = value
    const channel = T.seq(this.get("electionMsgs", j, i)).items
    const k = channel.findIndex((x) => T.eq(x, value))
    if (k < 0) {
      throw new Stuck(`server ${id} receives ${this.text(value)} from server ${from}, which the system spec does not have in flight from ${from} (${channel.length === 0 ? "nothing is" : channel.map((x) => this.text(x)).join(", ")})`, [id, from])
    }
    if (k > 0) {
      this.s = at(this.s, "electionMsgs", [j, i], T.tuple(channel.slice(k)))
      this.count("NotificationLost")
    }
    this.take("FLEReceiveNotmsg", [id, from], () => `server ${id} receives ${this.text(value)} from server ${from}`)
    if (!T.eq(this.get("state", i), LOOKING)) return
    const stale = m.state === "looking" && m.round < T.int(this.get("logicalClock", i))
    this.waitedBefore = this.get("waitNotmsg", i) === true
    if (this.waitedBefore) {
      if (stale) {
        // Both drop a notification of an older round; the peer stays in its finalize wait.
        this.s = at(this.s, "recvQueue", [i], T.tail(this.get("recvQueue", i)))
        this.count("WaitEndsOnNotification")
        return
      }
      this.s = at(this.s, "waitNotmsg", [i], false)
      this.count("WaitEndsOnNotification")
    }
    // A FOLLOWING or LEADING vote no better than ours leaves the peer's wait on; a better one ends it, in the
    // peer as in ZooKeeper's lookForLeader and the spec's WaitNewNotmsg.
    const better = this.betterThanOwn(i, m)
    const waiting = this.s.waitNotmsg !== undefined && m.state !== "looking" && T.apply(this.s.waitNotmsg, i) === false && this.waitedBefore && !better
    const before = this.s
    this.take("FLEHandleNotmsg", [id], () => `server ${id} handles ${this.text(value)} from server ${from}`)
    if (m.state !== "looking" && T.eq(this.get("state", i), LOOKING)) this.replaceOutOfElection(i, value)
    // A FOLLOWING or LEADING vote leaves the peer's finalize wait as it was (only a LOOKING vote recomputes it).
    if (waiting && T.eq(this.get("state", i), LOOKING)) this.s = at(this.s, "waitNotmsg", [i], true)
    if (!T.eq(this.get("state", i), LOOKING)) {
      // The spec has left the election: the peer's RoleChange must follow, or it stays (StaysLooking).
      // The peer's finalize wait, if it was in one, goes on (only a LOOKING vote recomputes it).
      this.stayLooking[id] = at(this.stayingBranch(before, i, value), "waitNotmsg", [i], this.waitedBefore && (m.state === "looking" || !better))
      this.leaveRequired[id] = this.mustLeave(before, i, value)
    } else if (m.state !== "looking" && this.ownVoteQuorum(i, value) !== null) {
      // The spec stays, but the peer's tally holds its own vote too: the peer leads here (OwnVoteCounts), and
      // staying would leave it looking on a quorum of its round naming it.
      this.ownVoteLeads[id] = `${this.text(value)} from server ${from}, which completes a quorum of its round with its own vote`
    }
  }

  /**
   * Where the spec left the election on notification n (from state p), whether the peer must leave too: by
   * condition 1 of ReceivedFollowingAndLeadingNotification on a vote naming us or on the leader's own
   * LEADING notification, or by condition 2. The peer's tally of the round holds every vote the spec's
   * receiveVotes does (both put each notification of the round, both clear it at a new round) and its own
   * vote besides, and it joins on such a notification once a quorum of its tally names the vote; out of the
   * election it counts votes equal by ZooKeeper's Vote.equals (leader and epoch), which the spec's VoteEqual
   * (all of the vote and the round) implies, and both CheckLeaders read the same entries. Condition 1 on a
   * FOLLOWING vote (the peer waits for the leader's own word) and condition 3 (no quorum) may be stayed.
   * Returns what the spec left on, or null where staying is allowed.
   */
  private mustLeave(p: SystemState, i: number, n: T.Value): string | null {
    const source = T.int(T.field(n, "msource"))
    const round = T.int(T.field(n, "mround"))
    const vote = T.field(n, "mvote")
    const leader = T.field(vote, "proposedLeader")
    const put = (rcvset: T.Value): T.Value => {
      const entry = T.apply(rcvset, source)
      const r = T.int(T.field(entry, "round"))
      if (r > round) return rcvset
      const version = r < round ? 1 : T.int(T.field(entry, "version")) + 1
      return T.except(rcvset, source, () => T.record([["vote", vote], ["round", round], ["state", T.field(n, "mstate")], ["version", version]]))
    }
    /** VoteSet(i, source, votes, vote, round) \in Quorums /\ CheckLeader(i, votes, leader, round), as the spec has them. */
    const leaves = (votes: T.Value): boolean => {
      let size = 1
      for (let s = 1; s <= this.n; s++) {
        if (s === source) continue
        const e = T.apply(votes, s)
        if (T.eq(T.field(e, "vote"), vote) && T.int(T.field(e, "round")) === round) size += 1
      }
      if (2 * size <= this.n) return false
      if (T.eq(leader, i)) return round === T.int(T.apply(p.logicalClock, i))
      const entry = T.apply(votes, leader)
      return !T.eq(T.field(T.field(entry, "vote"), "proposedLeader"), NULLPOINT) && T.eq(T.field(entry, "state"), LEADING)
    }
    const what = `${this.text(n)} from server ${this.pid(source) ?? "none"}`
    if (round === T.int(T.apply(p.logicalClock, i)) && leaves(put(T.apply(p.receiveVotes, i)))) {
      // Condition 1: the peer joins here only on a vote naming it or on the leader's own word.
      if (T.eq(leader, i) || (T.eq(leader, source) && T.eq(T.field(n, "mstate"), LEADING))) return `${what}, which completes a quorum of its round`
      return null
    }
    if (leaves(put(T.apply(p.outOfElection, i)))) return `${what}, which completes a quorum out of the election`
    return null
  }

  /**
   * OutOfElectionReplaced: ZooKeeper's lookForLeader puts a FOLLOWING or LEADING notification into
   * outofelection whatever its round, replacing the sender's entry (a server that restarted starts again at
   * round 1), as the peer does; the spec keeps an entry of a newer round. The entry becomes the notification.
   */
  private replaceOutOfElection(i: number, n: T.Value): void {
    const source = T.field(n, "msource")
    const round = T.int(T.field(n, "mround"))
    const entry = T.apply(this.get("outOfElection", i), source)
    if (T.int(T.field(entry, "round")) <= round) return
    const replaced = T.record([["vote", T.field(n, "mvote")], ["round", round], ["state", T.field(n, "mstate")], ["version", 1]])
    this.s = at(this.s, "outOfElection", [i], T.except(this.get("outOfElection", i), source, () => replaced))
    this.count("OutOfElectionReplaced")
  }

  /** Whether a notification's vote is better than server i's own in the spec, by ZooKeeper's total order. */
  private betterThanOwn(i: number, m: Notification): boolean {
    const own = this.get("currentVote", i)
    const epoch = T.int(T.field(own, "proposedEpoch"))
    const [e, c] = T.seq(T.field(own, "proposedZxid")).items.map((x) => T.int(x))
    const zxid = e! * 2 ** 32 + c!
    if (m.peerEpoch !== epoch) return m.peerEpoch > epoch
    if (m.zxid !== zxid) return m.zxid > zxid
    return m.leader > (this.pid(T.field(own, "proposedLeader")) ?? 0)
  }

  /** ReceivedFollowingAndLeadingNotification's branch that stays LOOKING, from the state before the step. */
  private stayingBranch(p: SystemState, i: number, n: T.Value): SystemState {
    const source = T.field(n, "msource")
    const round = T.int(T.field(n, "mround"))
    const put = (rcvset: T.Value): T.Value => {
      const entry = T.apply(rcvset, source)
      const r = T.int(T.field(entry, "round"))
      const version = T.int(T.field(entry, "version"))
      const mk = (v: number, rr: number) => T.record([["vote", T.field(n, "mvote")], ["round", rr], ["state", T.field(n, "mstate")], ["version", v]])
      if (r < round) return T.except(rcvset, source, () => mk(1, round))
      if (r === round) return T.except(rcvset, source, () => mk(version + 1, round))
      return rcvset
    }
    let s = at(p, "recvQueue", [i], T.tail(T.apply(p.recvQueue, i)))
    if (round === T.int(T.apply(p.logicalClock, i))) s = at(s, "receiveVotes", [i], put(T.apply(p.receiveVotes, i)))
    return at(s, "outOfElection", [i], put(T.apply(p.outOfElection, i)))
  }

  private sent(id: number, to: number, m: Notification): void {
    const value = this.notificationValue(id, m)
    // A send after the receipt that made the spec leave the election: the peer stayed.
    this.resolveStay(id)
    const q = this.expected[id]![to]!
    // A looking server's timer may fire at any point (the liveness phase ticks without Step events).
    if (q.length === 0 && T.eq(this.get("state", this.sid(id)), LOOKING)) this.resend(id)
    const front = q.shift()
    if (front === undefined) throw new Stuck(`server ${id} sends ${this.text(value)} to server ${to}, but the system spec sends no notification here; ${this.describe(id)}`, [id, to])
    if (!T.eq(front, value)) throw new Stuck(`server ${id} sends ${this.text(value)} to server ${to}, where the system spec sends ${this.text(front)}`, [id, to])
  }

  /** The peer's timer fired while it looks: FLENotmsgTimeout and the NONE signal's resend. */
  private resend(id: number): void {
    const i = this.sid(id)
    if (this.get("waitNotmsg", i) === true) return
    const timeout = this.tryAction("FLENotmsgTimeout", [id])
    if (timeout !== null) {
      this.s = timeout
      this.count("FLENotmsgTimeout")
      this.take("FLEHandleNotmsg", [id], () => `server ${id} resends its vote on a tick`)
      return
    }
    const m = T.record([
      ["mtype", NOTIFICATION],
      ["msource", i],
      ["mstate", LOOKING],
      ["mround", this.get("logicalClock", i)],
      ["mvote", this.get("currentVote", i)],
    ])
    this.moveTo(this.broadcast(this.s, i, m), id)
    this.count("ResendOnTimer")
  }

  private broadcast(s: SystemState, i: number, m: T.Value): SystemState {
    let msgs = s.electionMsgs
    for (let v = 1; v <= this.n; v++) if (v !== i) msgs = T.exceptPath(msgs, [i, v], (q) => T.append(q, m))
    return { ...s, electionMsgs: msgs }
  }

  private roleChange(id: number, r: RoleChange): void {
    const i = this.sid(id)
    // A decision that was due is judged below (leadsWithOwnVote); a giving up cannot follow a receipt while looking.
    this.ownVoteLeads[id] = null
    if (r.role === "looking") {
      if (this.zab !== null && this.zab.shutDown[id] === true) {
        // The spec's own Zab action (FollowerShutdown, LeaderShutdown) took the server back to the election at
        // the receipt that made the peer give up: its notifications are already the spec's.
        this.zab.shutDown[id] = false
        // LeaderShutdown (ZabTimeoutInCluster) queues the NONE signal rather than broadcasting: its handling
        // is the peer's first notifications of the new round.
        const queue = T.seq(this.get("recvQueue", i)).items
        if (queue.length > 0 && T.eq(T.field(queue[0]!, "mtype"), mv("NONE"))) this.take("FLEHandleNotmsg", [id], () => `server ${id} starts a new round`)
        return
      }
      this.settle(id)
      this.zabTimeout(id)
      return
    }
    if (r.phase === "synchronization" && r.role === "following") {
      this.voteTakesNewEpoch(id)
      return
    }
    if (r.phase !== "discovery") return
    // Leaving the election: if the spec left it on the last receipt for another role or leader, the peer
    // stayed then (StaysLooking) and leaves now for a reason of its own.
    const role = r.role === "leading" ? LEADING : FOLLOWING
    const votedFor = this.pid(T.field(this.get("currentVote", i), "proposedLeader"))
    // A decision that is not the effect of the receipt just taken is the peer's own (its finalize wait ended
    // on a tick), whatever the spec did on that receipt.
    const onReceipt = this.inputOf === id
    if (this.stayLooking[id] != null && (!onReceipt || !T.eq(this.get("state", i), role) || votedFor !== r.leader)) this.resolveStay(id)
    this.stayLooking[id] = null
    this.leaveRequired[id] = null
    if (T.eq(this.get("state", i), LOOKING)) {
      if (onReceipt && (this.leadsWithOwnVote(id, r) || this.joinsOutOfElection(id, r))) {
        // Taken by the rule.
      } else if (this.get("waitNotmsg", i) === true) {
        // Online a tick's decision may follow the server's last receipt with nothing between (no Step
        // events), so a server in its finalize wait may end it even where it seems to act on a receipt.
        this.take("FLEWaitNewNotmsg", [id], () => `server ${id} ends its finalize wait ${r.role}`)
      } else {
        throw new Stuck(`server ${id} leaves the election ${r.role}${r.leader === null ? "" : ` (leader ${r.leader})`}, which the system spec does not: ${this.describe(id)}`, [id])
      }
    }
    const leader = this.pid(T.field(this.get("currentVote", i), "proposedLeader"))
    if (!T.eq(this.get("state", i), role) || leader !== r.leader) {
      throw new Stuck(`server ${id} leaves the election ${r.role} (leader ${r.leader}), where ${this.describe(id)}`, [id])
    }
  }

  /**
   * OwnVoteCounts: ZooKeeper sends its notifications to itself too, so its tally of the round (recvset)
   * holds its own vote; the spec's receiveVotes never does. A FOLLOWING or LEADING notification of our
   * round naming us completes a quorum with our own vote (if it equals the notification's) and the round's
   * equal votes in receiveVotes; CheckLeader for our own lead is that the round is ours.
   */
  private leadsWithOwnVote(id: number, r: RoleChange): boolean {
    const n = this.lastReceived[id]
    if (n == null || r.leader !== id || r.role !== "leading") return false
    const i = this.sid(id)
    const voters = this.ownVoteQuorum(i, n)
    if (voters === null) return false
    let s = at(this.s, "state", [i], LEADING)
    s = at(s, "leadingVoteSet", [i], T.setOf([...voters]))
    this.s = this.zabTurnTo(s, i, LEADING)
    this.count("OwnVoteCounts")
    return true
  }

  /**
   * The voters of OwnVoteCounts' quorum for server i (spec id) on FOLLOWING or LEADING notification n, the spec
   * having handled n and stayed LOOKING: null unless n is of i's round and names i with i's own vote.
   */
  private ownVoteQuorum(i: number, n: T.Value): Set<number> | null {
    const round = T.int(T.field(n, "mround"))
    if (T.eq(T.field(n, "mstate"), LOOKING) || round !== T.int(this.get("logicalClock", i))) return null
    const vote = T.field(n, "mvote")
    if (!T.eq(T.field(vote, "proposedLeader"), i) || !T.eq(this.get("currentVote", i), vote)) return null
    const source = T.int(T.field(n, "msource"))
    const votes = this.get("receiveVotes", i)
    const voters = new Set([i, source])
    for (let s = 1; s <= this.n; s++) {
      const e = T.apply(votes, s)
      if (T.eq(T.field(e, "vote"), vote) && T.int(T.field(e, "round")) === round) voters.add(s)
    }
    return 2 * voters.size <= this.n ? null : voters
  }

  /**
   * VoteEqualsOutOfElection: the last notification received (now in outOfElection, the spec having stayed
   * LOOKING) completes a quorum by ZooKeeper's Vote.equals, and the spec's CheckLeader holds.
   */
  private joinsOutOfElection(id: number, r: RoleChange): boolean {
    const n = this.lastReceived[id]
    if (r.leader === null || n == null || T.eq(T.field(n, "mstate"), LOOKING)) return false
    const i = this.sid(id)
    const leader = this.sid(r.leader)
    const vote = T.field(n, "mvote")
    if (!T.eq(T.field(vote, "proposedLeader"), leader)) return false
    const epoch = T.field(vote, "proposedEpoch")
    // outOfElection holds the notification already (the spec's HandleNotmsg put it there, staying LOOKING).
    const ooe = this.get("outOfElection", i)
    let agreeing = 0
    for (let s = 1; s <= this.n; s++) {
      const e = T.apply(ooe, s)
      const v = T.field(e, "vote")
      if (!T.eq(T.field(e, "state"), LOOKING) && T.eq(T.field(v, "proposedLeader"), leader) && T.eq(T.field(v, "proposedEpoch"), epoch)) agreeing += 1
    }
    if (2 * agreeing <= this.n) return false
    // The spec's CheckLeader, unchanged: our own lead only in our round (ZOOKEEPER-1514's fix), another's
    // only once it said it leads.
    const leaderEntry = T.apply(ooe, leader)
    const checkLeader =
      leader === i
        ? T.int(T.field(n, "mround")) === T.int(this.get("logicalClock", i))
        : !T.eq(T.field(T.field(leaderEntry, "vote"), "proposedLeader"), NULLPOINT) && T.eq(T.field(leaderEntry, "state"), LEADING)
    if (!checkLeader) return false
    // As the spec's condition 2 (and ZooKeeper): the vote and round of the notification that completed the quorum.
    let s = at(this.s, "state", [i], leader === i ? LEADING : FOLLOWING)
    s = at(s, "currentVote", [i], vote)
    s = at(s, "logicalClock", [i], T.field(n, "mround"))
    this.s = this.zabTurnTo(s, i, leader === i ? LEADING : FOLLOWING)
    this.count("VoteEqualsOutOfElection")
    return true
  }

  /** ZkV3_7_0.tla's ZabTurnToLeading(i) / ZabTurnToFollowing(i), as the spec's HandleNotmsg does on leaving. */
  private zabTurnTo(s: SystemState, i: number, role: T.ModelValue): SystemState {
    s = at(s, "zabState", [i], mv("DISCOVERY"))
    s = at(s, "initialHistory", [i], T.apply(s.history, i))
    if (role === FOLLOWING) return at(s, "packetsSync", [i], T.record([["notCommitted", T.tuple([])], ["committed", T.tuple([])]]))
    s = at(s, "learners", [i], T.setOf([i]))
    s = at(s, "connecting", [i], T.setOf([T.record([["sid", i], ["connected", true]])]))
    s = at(s, "electing", [i], T.setOf([T.record([["sid", i], ["peerLastZxid", T.tuple([-1, -1])], ["inQuorum", true]])]))
    s = at(s, "ackldRecv", [i], T.setOf([T.record([["sid", i], ["connected", true]])]))
    s = at(s, "forwarding", [i], T.EMPTY_SET)
    return at(s, "tempMaxEpoch", [i], T.int(T.apply(s.acceptedEpoch, i)) + 1)
  }

  /** FastLeaderElection.tla's ZabTimeout(i), applied at the peer's RoleChange(looking). */
  private zabTimeout(id: number): void {
    const i = this.sid(id)
    const held = this.held(id)
    const zxid = T.tuple([epochOf(held.lastZxid), counterOf(held.lastZxid)])
    const round = T.int(this.get("logicalClock", i)) + 1
    const vote = T.record([["proposedLeader", i], ["proposedZxid", zxid], ["proposedEpoch", held.currentEpoch]])
    const cleared = T.apply(this.initial.receiveVotes, i)
    let s = at(this.s, "state", [i], LOOKING)
    s = at(s, "currentEpoch", [i], held.currentEpoch)
    s = at(s, "lastProcessed", [i], T.record([["index", held.logged], ["zxid", zxid]]))
    s = at(s, "logicalClock", [i], round)
    s = at(s, "currentVote", [i], vote)
    s = at(s, "receiveVotes", [i], cleared)
    s = at(s, "outOfElection", [i], cleared)
    s = at(s, "recvQueue", [i], T.tuple([]))
    s = at(s, "waitNotmsg", [i], false)
    s = at(s, "leadingVoteSet", [i], T.EMPTY_SET)
    s = at(s, "zabState", [i], ELECTION)
    // FollowerShutdown's and LeaderShutdown's part for the server itself (its learners leave on their own).
    s = at(s, "connectInfo", [i], T.apply(this.initial.connectInfo, i))
    s = at(s, "learners", [i], T.EMPTY_SET)
    s = at(s, "forwarding", [i], T.EMPTY_SET)
    s = this.broadcast(s, i, T.record([["mtype", NOTIFICATION], ["msource", i], ["mstate", LOOKING], ["mround", round], ["mvote", vote]]))
    this.moveTo(s, id)
    this.count("ZabTimeout")
  }

  /**
   * In a merged real-cluster trace other servers' events interleave with a server's effects (the merge is
   * causal, not by input), so whether a decision follows a receipt is told by the server's own events: a
   * receipt's effects last until the server's next input.
   */
  private trackInputNet(e: TraceEvent): void {
    if (!("server" in e)) return
    if (e._tag === "Received") this.receiptNet[e.server] = true
    else if (e._tag === "ClientRequest" || e._tag === "FsyncCompleted" || e._tag === "ConnectionLost" || e._tag === "Restarted") this.receiptNet[e.server] = false
    this.inputOf = this.receiptNet[e.server] === true ? e.server : null
  }

  /** NodeCrash(i), with the election state lost. */
  private crash(id: number): void {
    const i = this.sid(id)
    this.zab?.crash(id)
    for (let j = 1; j <= this.n; j++) this.expected[id]![j] = []
    this.stayLooking[id] = null
    this.leaveRequired[id] = null
    this.ownVoteLeads[id] = null
    const init = this.initial
    let s = this.s
    for (const name of ["state", "currentVote", "logicalClock", "receiveVotes", "outOfElection", "recvQueue", "waitNotmsg", "leadingVoteSet"] as const) {
      s = at(s, name, [i], T.apply(init[name], i))
    }
    let msgs = s.electionMsgs
    for (let j = 1; j <= this.n; j++) {
      msgs = T.exceptPath(msgs, [i, j], () => T.tuple([]))
      // In a merged real-cluster trace the restart stands for the kill, and the merge may put before it a
      // peer's notifications that reached the new lifetime: those stay, and the ones the dead server never
      // read are dropped when a later one arrives (NotificationLost).
      if (this.target === "sim") msgs = T.exceptPath(msgs, [j, i], () => T.tuple([]))
    }
    this.s = at({ ...s, electionMsgs: msgs }, "status", [i], OFFLINE)
    this.count("NodeCrash")
  }

  /** VoteTakesNewEpoch: the peer's vote names the epoch it has just accepted. */
  private voteTakesNewEpoch(id: number): void {
    const i = this.sid(id)
    const epoch = this.held(id).acceptedEpoch
    this.s = at(this.s, "currentVote", [i], T.except(this.get("currentVote", i), "proposedEpoch", () => epoch))
    this.count("VoteTakesNewEpoch")
  }
}

function sameState(a: SystemState, b: SystemState): boolean {
  for (const k of Object.keys(a) as Array<keyof SystemState>) if (!T.eq(a[k], b[k])) return false
  return true
}
