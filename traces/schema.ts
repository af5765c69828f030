/**
 * One trace format for the simulator, a real cluster and the model: a header line, then one event per line.
 *
 * Events are what crossed the runtime boundary (a message received, an observation a peer emitted, a
 * delivery, a client reply) and what the environment did (a schedule step, a crash, a restart, a
 * partition). Every event is defined once here as an effect Schema; writers encode through it and readers
 * decode through it, so a malformed line is reported with its line number and the field that is wrong.
 */
import { Schema } from "effect"
import { Count, Message, PeerEffect, ServerId, WriteOp } from "../impl/core/types.js"
import { ZxidSchema } from "../impl/core/zxid.js"
import { DiskMode, Schedule, Step } from "../impl/sim/schedule.js"

export const TRACE_FORMAT = "zab-trace" as const
/**
 * Version 2 adds Sent, Wrote and ConnectionLost (what model validation, traces/validate.ts, needs: every
 * message a peer sent, every storage write it issued, every broken connection it was told of) and records
 * the Proposed and Disconnect effects as Observed. Readers accept versions 1 and 2.
 */
export const TRACE_VERSION = 2
export const TRACE_VERSIONS_READ: ReadonlyArray<number> = [1, 2]

export const TraceHeader = Schema.Struct({
  format: Schema.Literal(TRACE_FORMAT),
  version: Schema.Int,
  target: Schema.Literals(["sim", "net", "model"]),
  /** The check campaign's seed and the run within it, when the schedule was generated. */
  seed: Schema.NullOr(Schema.Int),
  run: Schema.NullOr(Count),
  schedule: Schedule,
  /** For a counterexample: the invariant it violates (or "NoProgress"); null for an ordinary trace. */
  violated: Schema.NullOr(Schema.String),
})
export type TraceHeader = typeof TraceHeader.Type

export const TraceEvent = Schema.TaggedUnion({
  // A schedule step as it took effect, with its readable rendering.
  Step: { index: Count, step: Step, text: Schema.String },
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
  ClientRequest: { server: ServerId, request: Count, op: WriteOp },
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
  LivenessPhase: { text: Schema.String },
  Violation: { invariant: Schema.String, message: Schema.String, servers: Schema.Array(ServerId) },
})
export type TraceEvent = typeof TraceEvent.Type
