/**
 * The boundary types of the ZAB peer, defined once as effect Schemas; the TypeScript types derive from them.
 *
 * Everything that crosses the boundary between the pure peer (`impl/core`) and a runtime (`impl/sim`,
 * `impl/net`) is one of: a `Message` between peers, an `Input` to `step`, or a `PeerEffect` out of it.
 * Runtimes decode what they read from sockets and files through these schemas; the simulator skips the
 * decode because it never serialises.
 */
import { Schema } from "effect"
import { SessionIdSchema } from "./session.js"
import { ZxidSchema } from "./zxid.js"

export const ServerId = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))
export type ServerId = typeof ServerId.Type

export const Epoch = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
export const Count = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

// ---------------------------------------------------------------------------------------------------------
// The replicated state machine: znode-tree operations. Reads are served by a runtime from its local tree;
// writes become transactions ordered by ZAB and applied on delivery (impl/core/datatree.ts).

/** An identity (ZooKeeper's Id): a scheme ("world", "ip", "digest", "auth") and an id within it. */
export const AuthId = Schema.Struct({ scheme: Schema.String, id: Schema.String })
export type AuthId = typeof AuthId.Type

/** One entry of a znode's ACL (ZooKeeper's ACL): a permission mask (READ 1, WRITE 2, CREATE 4, DELETE 8, ADMIN 16) for an identity. */
export const Acl = Schema.Struct({ perms: Schema.Int, scheme: Schema.String, id: Schema.String })
export type Acl = typeof Acl.Type

/**
 * The identities of the client that asked for a write (its connection's authInfo: `ip:<address>` and the
 * `digest` ids of its `addauth`s). ZooKeeper checks ACLs at the leader's PrepRequestProcessor with the
 * request's authInfo; here every server checks them when it applies the txn, so the txn carries them.
 * Absent (schedules, txns written before ACLs): no identity, which every world:anyone node admits.
 */
const Auth = Schema.optionalKey(Schema.Array(AuthId))

/**
 * A client's write to the znode tree, as schedules and clients issue it. Create's optional fields keep txns
 * written before they existed decodable: `ephemeralOwner` is the session an ephemeral node belongs to
 * (absent: a persistent node), `sequential` asks for ZooKeeper's 10-digit suffix from the parent's cversion,
 * `acl` is the ACL the client asked for (absent: world:anyone with every permission), `auth` as above.
 * Inside a multi, the multi's `auth` counts and the ops' own is not written.
 */
export const WriteOp = Schema.TaggedUnion({
  Create: {
    path: Schema.String,
    data: Schema.String,
    ephemeralOwner: Schema.optionalKey(SessionIdSchema),
    sequential: Schema.optionalKey(Schema.Boolean),
    acl: Schema.optionalKey(Schema.Array(Acl)),
    auth: Auth,
  },
  Delete: { path: Schema.String, version: Schema.Int, auth: Auth }, // version -1 matches any, as in ZooKeeper
  SetData: { path: Schema.String, data: Schema.String, version: Schema.Int, auth: Auth },
})
export type WriteOp = typeof WriteOp.Type

/** One operation of a multi: a write, or a version check that writes nothing (ZooKeeper's check, op 13). */
export const MultiOp = Schema.Union([
  WriteOp,
  Schema.TaggedStruct("Check", { path: Schema.String, version: Schema.Int, auth: Auth }),
])
export type MultiOp = typeof MultiOp.Type

/**
 * Everything a txn can carry: a client write, a multi (all of its ops or none, in one txn), and the
 * session lifecycle ZooKeeper replicates as txns (createSession -10, closeSession -11; closing a session
 * deletes its ephemeral nodes in the same txn).
 */
export const TxnOp = Schema.Union([
  WriteOp,
  Schema.TaggedStruct("Multi", { ops: Schema.Array(MultiOp), auth: Auth }),
  // ZooKeeper's setACL (op 7): `version` is matched against the node's aversion (-1 matches any).
  Schema.TaggedStruct("SetACL", { path: Schema.String, acl: Schema.Array(Acl), version: Schema.Int, auth: Auth }),
  Schema.TaggedStruct("CreateSession", { session: SessionIdSchema, timeoutMs: Schema.Int }),
  Schema.TaggedStruct("CloseSession", { session: SessionIdSchema }),
])
export type TxnOp = typeof TxnOp.Type

export const ReadOp = Schema.TaggedUnion({
  GetData: { path: Schema.String },
  Exists: { path: Schema.String },
  GetChildren: { path: Schema.String },
})
export type ReadOp = typeof ReadOp.Type

/**
 * A transaction: a write with its zxid and where it came from. `origin` is the server the client talked to
 * and `request` that server's id for the client request (0 for txns no client waits for), so the server
 * that delivers its own client's txn knows to answer.
 */
export const Txn = Schema.Struct({
  zxid: ZxidSchema,
  op: TxnOp,
  origin: ServerId,
  request: Count,
  // When the leader proposed it (ms since the epoch; in the simulator, the virtual clock): the znodes'
  // ctime and mtime, as ZooKeeper's TxnHeader.time. Absent in txns written before it existed, and when the
  // leader has no clock yet (0).
  time: Schema.optionalKey(Count),
})
export type Txn = typeof Txn.Type

/**
 * Why a client's write got no result. NotReady: refused before anything was done (no leader to take it).
 * ConnectionLoss: the server left its role while the write was queued, forwarded or proposed, so its fate
 * is unknown to the client, as with ZooKeeper's ConnectionLoss.
 */
export const RejectReason = Schema.Literals(["NotReady", "NotLeader", "ConnectionLoss"])
export type RejectReason = typeof RejectReason.Type

// ---------------------------------------------------------------------------------------------------------
// Peer-to-peer messages, named as ZooKeeper names its packets.

/** What a server is doing: ZooKeeper's ServerState (LOOKING, FOLLOWING, LEADING). Defined once here. */
export const Role = Schema.Literals(["looking", "following", "leading"])
export type Role = typeof Role.Type

/** Where in ZAB a server is (Zab.tla's zabState). Defined once here. */
export const Phase = Schema.Literals(["election", "discovery", "synchronization", "broadcast"])
export type Phase = typeof Phase.Type

export const Message = Schema.TaggedUnion({
  // Fast leader election: the sender's vote, its round (logicalclock) and its own state.
  Notification: {
    leader: ServerId,
    zxid: ZxidSchema,
    peerEpoch: Epoch,
    round: Count,
    state: Role,
  },
  // Discovery.
  FollowerInfo: { acceptedEpoch: Epoch, lastZxid: ZxidSchema },
  LeaderInfo: { newEpoch: Epoch },
  AckEpoch: { currentEpoch: Epoch, lastZxid: ZxidSchema },
  // Synchronisation: one of Diff / Trunc / Snap, then Proposals, then NewLeader; UpToDate once established.
  Diff: { zxid: ZxidSchema },
  Trunc: { zxid: ZxidSchema },
  Snap: { zxid: ZxidSchema, tree: Schema.String }, // tree: the leader's data tree, serialised by the runtime
  NewLeader: { epoch: Epoch, zxid: ZxidSchema }, // zxid: last txn of the leader's initial history
  AckNewLeader: { epoch: Epoch },
  UpToDate: {},
  // Broadcast.
  Proposal: { txn: Txn },
  Ack: { zxid: ZxidSchema },
  Commit: { zxid: ZxidSchema },
  // A follower forwards its client's write to the leader.
  Request: { request: Count, op: TxnOp },
  // Heartbeats, both directions. A follower's runtime adds the sessions its clients were heard from since
  // its last ping (ZooKeeper's LearnerSessionTracker touches), so the leader, which expires sessions, knows
  // them alive; the peer itself ignores the field.
  Ping: { sessions: Schema.optionalKey(Schema.Array(SessionIdSchema)) },
})
export type Message = typeof Message.Type
export type MessageTag = Message["_tag"]

// ---------------------------------------------------------------------------------------------------------
// Inputs to `step`.

/** What a runtime recovered from durable storage at start-up. */
export const Recovered = Schema.Struct({
  acceptedEpoch: Epoch,
  currentEpoch: Epoch,
  snapshotZxid: ZxidSchema, // the data tree the runtime loaded reflects every txn up to here
  log: Schema.Array(Txn), // logged txns after snapshotZxid, oldest first
})
export type Recovered = typeof Recovered.Type

export const Input = Schema.TaggedUnion({
  // `nowMs` is the runtime's wall clock at start (the simulator's virtual one), the peer's clock until its
  // first tick: a leader elected before that tick stamps its txns with it.
  Start: { recovered: Recovered, nowMs: Count },
  Received: { from: ServerId, message: Message },
  // One tick of the peer's clock. `nowMs` is the runtime's wall clock (the simulator's virtual one): a
  // leader stamps the txns it proposes with the time of its last tick.
  Tick: { nowMs: Schema.optionalKey(Count) },
  // Every storage write numbered <= through is durable. The only input after which an ACK may be sent.
  FsyncDone: { through: Count },
  // The connection to `peer` broke: whatever was in flight either way is gone.
  ConnectionDown: { peer: ServerId },
  ClientWrite: { request: Count, op: TxnOp },
})
export type Input = typeof Input.Type

// ---------------------------------------------------------------------------------------------------------
// Effects out of `step`, interpreted in order by the runtime.

/** Branches of the protocol worth counting: `zab check` prints how often each was taken. */
export const Branch = Schema.Literals([
  "election-round-bump",
  "election-decided-leading",
  "election-decided-following",
  "election-joined-established",
  "election-finalize-interrupted",
  "discovery-epoch-proposed",
  "discovery-refused-stale-epoch",
  "discovery-follower-ahead",
  "sync-diff",
  "sync-trunc",
  "sync-snap",
  "sync-late-joiner",
  "sync-trunc-mismatch",
  "established",
  "commit",
  "proposal-queued-during-sync",
  "leader-step-down-no-quorum",
  "leader-init-timeout",
  "follower-leader-timeout",
  "follower-connection-lost",
  "zxid-rollover",
  "client-rejected",
  "request-forwarded",
  "snapshot-taken",
])
export type Branch = typeof Branch.Type

export const PeerEffect = Schema.TaggedUnion({
  Send: { to: ServerId, message: Message },
  // Ask the runtime to send `to` a Snap of its data tree as it stands now (at the peer's last delivered
  // zxid, `zxid`): the pure peer does not hold the tree, the runtime does.
  SendSnapshot: { to: ServerId, zxid: ZxidSchema },
  // Close the connection to `peer` (both ends then see ConnectionDown).
  Disconnect: { peer: ServerId },
  // Storage. Each write has a sequence number (`write`), counted from 1 per process lifetime; it is durable
  // only once a FsyncDone with through >= write arrives.
  Append: { write: Count, txn: Txn },
  Truncate: { write: Count, zxid: ZxidSchema }, // drop logged txns with zxid > this
  WriteAcceptedEpoch: { write: Count, epoch: Epoch },
  WriteCurrentEpoch: { write: Count, epoch: Epoch },
  // Replace the data tree and the log with the leader's snapshot (SNAP sync); written durably.
  InstallSnapshot: { write: Count, zxid: ZxidSchema, tree: Schema.String },
  Fsync: { through: Count },
  // Persist the data tree as it stands (every txn up to `zxid` applied) as a snapshot, in the background.
  TakeSnapshot: { zxid: ZxidSchema },
  // Apply a committed txn to the data tree; the runtime answers the client if `txn.origin` is this peer.
  Deliver: { txn: Txn },
  ClientReject: { request: Count, reason: RejectReason },
  // Observations, for traces and coverage.
  RoleChange: { role: Role, phase: Phase, epoch: Epoch, leader: Schema.NullOr(ServerId) },
  Established: { epoch: Epoch }, // a quorum acked NEWLEADER: this leader now owns `epoch`
  Proposed: { txn: Txn }, // a leader broadcast a new txn (Zab.tla's proposalMsgsLog)
  Observe: { branch: Branch, detail: Schema.String },
})
export type PeerEffect = typeof PeerEffect.Type

// ---------------------------------------------------------------------------------------------------------
// Configuration of one peer. Names follow zoo.cfg where ZooKeeper has the knob; units come last.

export interface PeerConfig {
  readonly myId: ServerId
  readonly servers: ReadonlyArray<ServerId> // the voting members, ascending
  readonly initLimitTicks: number // bound on discovery + synchronisation
  readonly syncLimitTicks: number // bound on silence between a leader and a follower
  readonly counterBits: number // the leader forces a new epoch before the zxid counter exceeds 2^bits - 1
  readonly snapCountTxns: number // take a snapshot (and compact the in-memory log) every this many deliveries
  // Bounds on what a flood of client writes can make the peer hold; the write past either is refused (NotReady).
  readonly clientWritesMax: number // this server's clients' writes not yet answered
  readonly queuedRequestsMax: number // writes a leader keeps while its epoch is being established
  readonly bugs: ReadonlySet<string> // named re-injected bugs (impl/bugs.ts); empty in a correct peer
}

export const defaultTiming = {
  initLimitTicks: 10,
  syncLimitTicks: 5,
  counterBits: 32,
  snapCountTxns: 100_000,
} as const

/** The queue bounds a peer runs with unless configured otherwise (the simulator draws small ones now and then). */
export const defaultQueueLimits = {
  clientWritesMax: 100_000,
  queuedRequestsMax: 1_000,
} as const
