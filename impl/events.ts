/**
 * The runtime events: what crossed a runtime boundary (a message received or sent, a storage write, a
 * broken connection, an observation a peer emitted, a delivery, a client request and its reply, a
 * completed fsync) and what the environment did to a server (a crash, a restart, a partition, a heal).
 *
 * The simulator's world (impl/sim) and the real servers (impl/net) record these, each through this one
 * Schema, and never judge them. The trace format (traces/schema.ts) is composed of these fields plus the
 * harness's own events (a schedule step, a cluster view, the liveness phase, a violation, a spec action),
 * so the runtimes need not know the format they end up in, and the encoded form of every event is the one
 * defined here.
 */
import { Schema } from "effect"
import { Count, Message, PeerEffect, ServerId, TxnOp } from "./core/types.js"
import { ZxidSchema } from "./core/zxid.js"

/**
 * How a crash treats the disk: keep everything written, lose the writes not yet synced, or lose them and
 * leave the last record torn (caught by its checksum). A schedule's crash step names one, and the runtime
 * records which it applied.
 */
export const DiskMode = Schema.Literals(["keep", "lose-unsynced", "torn"])
export type DiskMode = typeof DiskMode.Type

/** Each runtime event's fields by tag, for composing a larger tagged union (traces/schema.ts). */
export const runtimeEventFields = {
  Received: { server: ServerId, from: ServerId, message: Message },
  // Version 2: a message a peer sent (whether or not the network delivers it).
  Sent: { server: ServerId, to: ServerId, message: Message },
  // Version 2: a storage write a peer issued (Append, Truncate, WriteAcceptedEpoch, WriteCurrentEpoch,
  // InstallSnapshot); durable once a FsyncCompleted covers its write number.
  Wrote: { server: ServerId, effect: PeerEffect },
  // Version 2: the runtime told `server` its connection to `peer` broke (the ConnectionDown input).
  ConnectionLost: { server: ServerId, peer: ServerId },
  // A peer's observation: RoleChange, Established, Observe; from version 2 also Proposed and Disconnect.
  Observed: { server: ServerId, effect: PeerEffect },
  Delivered: { server: ServerId, zxid: ZxidSchema },
  ClientRequest: { server: ServerId, request: Count, op: TxnOp },
  Replied: { server: ServerId, request: Count, zxid: ZxidSchema, result: Schema.String },
  FsyncCompleted: { server: ServerId, through: Count },
  Crashed: { server: ServerId, disk: DiskMode, torn: Schema.Boolean },
  Restarted: {
    server: ServerId,
    acceptedEpoch: Count,
    currentEpoch: Count,
    snapshotZxid: ZxidSchema,
    logLength: Count,
    tornTail: Schema.Boolean,
  },
  // The network after a partition step: who can still reach whom (each group ascending).
  Partitioned: { groups: Schema.Array(Schema.Array(ServerId)) },
  Healed: {},
} as const

export const RuntimeEvent = Schema.TaggedUnion(runtimeEventFields)
export type RuntimeEvent = typeof RuntimeEvent.Type
