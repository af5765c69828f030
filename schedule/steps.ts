/**
 * A schedule is plain data: the cluster's configuration and a list of steps. The simulator interprets it;
 * fast-check generates and shrinks it (schedule/arbitrary.ts); counterexample files carry it.
 *
 * Steps name what the environment does, never what a peer decides. A step that makes no sense when it runs
 * (deliver on an empty network, restart a live server, crash the leader when there is none) is skipped, so
 * any sub-list of a schedule is still a valid schedule: that is what lets shrinking remove steps freely.
 */
import { Schema } from "effect"
import { Count, type Message, ServerId, WriteOp } from "../impl/core/types.js"
import { DiskMode } from "../impl/events.js"
import { HistoryOp } from "../impl/history-events.js"

// How a crash treats the disk is a runtime notion too (the runtimes record it), so it is defined there.
export { DiskMode } from "../impl/events.js"

/** A kind of quorum or election message, by its tag. */
export const MessageKind = Schema.Literals([
  "Notification",
  "FollowerInfo",
  "LeaderInfo",
  "AckEpoch",
  "Diff",
  "Trunc",
  "Snap",
  "NewLeader",
  "AckNewLeader",
  "UpToDate",
  "Proposal",
  "Ack",
  "Commit",
  "Request",
  "Ping",
])
export type MessageKind = typeof MessageKind.Type
// Every message tag is a MessageKind and the other way round (a compile-time check).
const kindsCoverMessages: Message["_tag"] extends MessageKind ? (MessageKind extends Message["_tag"] ? true : never) : never = true
void kindsCoverMessages

/** A client session of Client steps, numbered from 0. */
const ClientSessionIndex = Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 15 })))

export const Step = Schema.TaggedUnion({
  // Deliver the head message of the pick-th non-empty link (links ordered by (from, to), pick taken modulo
  // their number), so every Deliver does something while messages are in flight.
  Deliver: { pick: Count },
  // Let the cluster run without faults: deliver every message in flight (links in turn), and complete every
  // fsync if `fsync` (a slow disk otherwise), until the network is quiet. No time passes.
  Settle: { fsync: Schema.Boolean },
  // One tick of the virtual clock on every live server; `ticks` of them in a row when given (a silence long
  // enough for a timeout is one step, so a shrunk schedule need not spell it out tick by tick).
  Tick: { ticks: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 1000 })))) },
  // The disk of `server` completes every fsync requested so far.
  Fsync: { server: ServerId },
  Crash: { server: ServerId, disk: DiskMode },
  // Crash whoever leads when the step runs.
  CrashLeader: { disk: DiskMode },
  // Arm a crash that fires right after the next delivery of a `message` kind (by a later Deliver or Settle
  // step), once the receiver has handled it: of its `who`, with `disk`. It reaches the moments between a
  // message and the fsync it causes (a NEWLEADER handled, its writes not yet durable) or right after the
  // other end has acted on it (an ACK of NEWLEADER counted) without a schedule having to name them step by
  // step. A later CrashOnDelivery replaces an armed one; the liveness phase disarms it.
  CrashOnDelivery: { message: MessageKind, who: Schema.Literals(["sender", "receiver"]), disk: DiskMode },
  Restart: { server: ServerId },
  // Arm a damage of the snapshot the next server to start from one reads, as a bad sector or a stray write
  // would do to it while the server was down: one value in it (a node's path, data, stat field or ACL entry,
  // a session, the recorded digest or zxid; `pick` selects which and how) is changed, and nothing else. The
  // server must refuse the snapshot, and keeps refusing it. It fires once, in the steps or in the liveness
  // phase (whose restarts read snapshots most), unless it would leave fewer than a quorum of servers able to
  // start; a later CorruptSnapshot replaces an armed one. Outside ZAB's fault model (a disk keeps what it
  // synced), so drawn only when the `corrupt` fault knob is set.
  CorruptSnapshot: { pick: Count },
  // Arm a re-encoding of the snapshot the next server to start from one reads, as another release or a tool
  // that rewrote the file would leave it: the same tree, its nodes and sessions in another order, optional
  // keys written out, another layout (`pick` selects which). The server must load it to the same tree, and
  // the digest it recorded must be the format's (the simulator computes it apart from the peer's code). It
  // fires once; a later RewriteSnapshot replaces an armed one. Drawn only when the `rewrite` knob is set.
  RewriteSnapshot: { pick: Count },
  // Stop `server` for `ticks` ticks (SIGSTOP, then SIGCONT on a real cluster): it reads nothing, its clock and
  // disk callbacks wait, what is sent to it waits in its connections; the others see only silence. It
  // resumes on its own (at the latest when the liveness phase starts); a crash ends the pause too.
  Pause: { server: ServerId, ticks: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 1000 }))) },
  // Break the TCP connection between a and b: what was in flight is lost and both ends notice.
  Reset: { a: ServerId, b: ServerId },
  // Cut every link between the servers in `group` and the rest, on top of any partition already in place,
  // so successive steps build partitions of any shape ({1,2} | {3} | {4,5}); Heal removes them all.
  Partition: { group: Schema.Array(ServerId) },
  // Cut the current leader off from everybody else.
  IsolateLeader: {},
  Heal: {},
  // A client of `server` submits a write.
  ClientWrite: { server: ServerId, op: WriteOp },
  // Client session `session` (numbered from 0) invokes `op` on the server it is connected to, through that
  // server's request path: a read is answered from its tree (behind the session's earlier operations), a
  // write, multi or sync becomes a txn ordered by the leader. A session starts on server session mod N + 1
  // and moves to another server when its connection is lost (see impl/sim/world.ts). Its first operation opens a
  // ZooKeeper session (a CreateSession txn the operations wait for); a CloseSession op ends it, and the next
  // operation opens a new one.
  Client: { session: ClientSessionIndex, op: HistoryOp },
  // Client session `session` closes its connection and connects to `server`, as a ZooKeeper client does when
  // its server list is updated (ZooKeeper.updateServerList rebalances sessions) or its connection drops:
  // what it waited on ends in ConnectionLoss. Skipped when `server` does not serve or is behind what the
  // session has seen (it refuses the session).
  ClientMove: { session: ClientSessionIndex, server: ServerId },
})
export type Step = typeof Step.Type

export const SimConfig = Schema.Struct({
  servers: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 9 }))),
  initLimitTicks: Count,
  syncLimitTicks: Count,
  // At least two bits: a peer with one can propose no write (impl/core/zxid.ts, maxCounter).
  counterBits: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 2, maximum: 32 }))),
  snapCountTxns: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))),
  bugs: Schema.Array(Schema.String),
  // The liveness phase after the schedule: this many ticks for a quorum to elect, establish and commit.
  livenessTicks: Count,
  // The liveness phase passes once a quorum has delivered the probe write; such runs that leave a live
  // server out are counted as sim-liveness-straggler. By default (absent or false) every live server that
  // can join the leader's epoch must deliver it too.
  quorumLiveness: Schema.optionalKey(Schema.Boolean),
  // A Fsync step completes only the oldest fsync request still outstanding (a disk working through its
  // queue), so a server's later append can still be volatile after what it caused went out. By default
  // (absent or false) it completes every request made so far.
  fsyncOneAtATime: Schema.optionalKey(Schema.Boolean),
  // The peers' queue bounds (impl/core/types.ts, PeerConfig): a write past either is refused as NotReady.
  // Absent, the peers' defaults (100,000 and 1,000), which no schedule reaches.
  clientWritesMax: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))),
  queuedRequestsMax: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))),
  // The liveness phase's session and ACL probes of the correct peer (impl/sim/world.ts): a hundred and more
  // client operations that test the tree, sessions and ACLs, about half a passing run's time, and the same
  // in every run. Absent or true, they run; false leaves them out (the generator does so in two runs of three).
  clientProbes: Schema.optionalKey(Schema.Boolean),
})
export type SimConfig = typeof SimConfig.Type

export const Schedule = Schema.Struct({
  config: SimConfig,
  steps: Schema.Array(Step),
})
export type Schedule = typeof Schedule.Type

export function defaultSimConfig(servers: number, bugs: ReadonlyArray<string> = []): SimConfig {
  return {
    servers,
    initLimitTicks: 10,
    syncLimitTicks: 5,
    counterBits: 32,
    snapCountTxns: 100_000,
    bugs: [...bugs],
    livenessTicks: 80,
  }
}
