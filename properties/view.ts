/**
 * The cluster view: the abstract state of every server plus the run's ghost records, which is all an
 * invariant may look at. The simulator, a real cluster's merged trace and the abstract model each project
 * to this shape (traces/project.ts folds any trace into it), so one invariant serves all three.
 *
 * The fields follow the variables of ZooKeeper's Zab.tla (state, zabState, acceptedEpoch, currentEpoch,
 * history, lastCommitted, connectInfo, epochLeader, proposalMsgsLog) so the model's projection is a rename.
 *
 * Defined once as effect Schemas; the TypeScript types derive from them. Every field is required: a target
 * that cannot observe a ghost record leaves it empty and names it in `unobserved`, and the invariants that
 * read it are then not judged (properties/invariants.ts), instead of passing on an empty record.
 */
import { Schema, SchemaGetter } from "effect"
import { Count, Phase, Role, ServerId, type Txn } from "../impl/core/types.js"
import { ZxidSchema } from "../impl/core/zxid.js"
import { opValueText } from "../impl/message-text.js"

export { Phase, Role }
/** The former name of Phase, kept for the callers that still use it. */
export type ZabPhase = Phase

/** A transaction as invariants see it: its zxid and a canonical rendering of its content. */
export const TxnView = Schema.Struct({
  zxid: ZxidSchema,
  /** Equal values mean the same proposal. The implementation renders its op and origin; the model its value. */
  value: Schema.String,
})
export type TxnView = typeof TxnView.Type

export const ServerView = Schema.Struct({
  id: ServerId,
  /** False while crashed. A crashed server's other fields are its last state before the crash. */
  up: Schema.Boolean,
  role: Role,
  phase: Phase,
  acceptedEpoch: Count,
  currentEpoch: Count,
  /**
   * Every txn the server holds, oldest first, from the first txn ever: what its data tree reflects
   * (snapshot included) followed by what is logged but not yet delivered.
   */
  history: Schema.Array(TxnView),
  /** history[0 .. committed) is delivered (Zab.tla: lastCommitted.index). */
  committed: Count,
  /** The leader a follower is connected to, the leader itself for a leader, null while looking. */
  leader: Schema.NullOr(ServerId),
  /**
   * How many times this server has started (0 before its first start, or where a projection does not
   * count). Step invariants do not compare a server with itself across a change of incarnation, so a
   * projection whose consecutive views can span a restart stays exact.
   */
  incarnation: Count,
})
export type ServerView = typeof ServerView.Type

/** One leader established for an epoch (Zab.tla's epochLeader ghost). */
export const Establishment = Schema.Struct({ epoch: Count, leader: ServerId })
export type Establishment = typeof Establishment.Type

/** One txn broadcast by a leader (Zab.tla's proposalMsgsLog), in the order that leader broadcast them. */
export const Broadcast = Schema.Struct({ epoch: Count, leader: ServerId, txn: TxnView })
export type Broadcast = typeof Broadcast.Type

/**
 * A write a client was told had succeeded, with the epoch of the server that answered. That is the epoch in
 * which the txn was committed, which can be later than its zxid's epoch (a txn proposed in epoch 1 and
 * committed as part of epoch 3's initial history). Only leaders of later epochs are bound to hold it.
 * `committedInEpoch` is absent when the answering server's epoch is not known (its zxid's epoch is used).
 */
export const Acknowledged = Schema.Struct({ ...TxnView.fields, committedInEpoch: Schema.optionalKey(Count) })
export type Acknowledged = typeof Acknowledged.Type

/**
 * The first delivery of a txn by any server, with the currentEpoch of the server that delivered it: the
 * txn was committed in that epoch (or earlier), so every leader of a later epoch is bound to hold it.
 */
export const Delivery = Schema.Struct({ ...TxnView.fields, server: ServerId, deliveredInEpoch: Count })
export type Delivery = typeof Delivery.Type

/** An ACK of a proposal a follower sent a leader on a connection before its NEWLEADER ack on it. */
export const EarlyAck = Schema.Struct({ follower: ServerId, leader: ServerId, zxid: ZxidSchema })
export type EarlyAck = typeof EarlyAck.Type

/** A server that did not start again after a crash, with why. */
export const StartFailure = Schema.Struct({ server: ServerId, reason: Schema.String })
export type StartFailure = typeof StartFailure.Type

/** Records accumulated over the whole run, never reset by a crash. */
export const Ghost = Schema.Struct({
  established: Schema.Array(Establishment),
  broadcasts: Schema.Array(Broadcast),
  /** Writes a client was told succeeded (the reply named this zxid). */
  acknowledged: Schema.Array(Acknowledged),
  /** Every distinct txn (zxid and value) any server delivered, at its first delivery, in delivery order. */
  delivered: Schema.Array(Delivery),
  /** Every ACK a follower sent a leader before its NEWLEADER ack on that connection (the mixed specs' ackConsistent). */
  earlyAcks: Schema.Array(EarlyAck),
  /** Servers that did not start again after a crash. */
  startFailures: Schema.Array(StartFailure),
})
export type Ghost = typeof Ghost.Type

/**
 * What a view can fail to observe: a ghost record. A name listed in a view's
 * `unobserved` means the record is empty because the target could not see it, not because nothing happened.
 */
export const ViewRecord = Schema.Literals(["established", "broadcasts", "acknowledged", "delivered", "earlyAcks", "startFailures"])
export type ViewRecord = typeof ViewRecord.Type

export const ClusterView = Schema.Struct({
  servers: Schema.Array(ServerView),
  ghost: Ghost,
  /** The records this view's target could not observe; empty when it observes everything (the simulator). */
  unobserved: Schema.Array(ViewRecord),
  /**
   * The width of the zxid counter the cluster runs with (`counterBits`); absent means ZooKeeper's 32. A
   * leader starts a new epoch before a counter reaches 2^bits - 1, so no zxid may carry that counter or more.
   */
  counterBits: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 32 })))),
})
export type ClusterView = typeof ClusterView.Type

/** The `unobserved` of a target that observes everything; shared, so a view costs no allocation for it. */
export const OBSERVED_ALL: ReadonlyArray<ViewRecord> = []

/**
 * A ClusterView as a trace file holds it. Files written before the view had `delivered`, `earlyAcks`,
 * `startFailures`, `incarnation` and `unobserved` lack those keys; they decode with the missing records
 * empty and named in `unobserved` (a missing incarnation reads as 0, which only makes step invariants judge
 * by the `up` flag as they did then), so no invariant passes on a record the file never held. Encoding
 * always writes every key.
 */
const RecordedServerView = Schema.Struct({ ...ServerView.fields, incarnation: Schema.optionalKey(Count) })
const RecordedGhost = Schema.Struct({
  ...Ghost.fields,
  delivered: Schema.optionalKey(Ghost.fields.delivered),
  earlyAcks: Schema.optionalKey(Ghost.fields.earlyAcks),
  startFailures: Schema.optionalKey(Ghost.fields.startFailures),
})
const RecordedClusterView = Schema.Struct({
  servers: Schema.Array(RecordedServerView),
  ghost: RecordedGhost,
  unobserved: Schema.optionalKey(Schema.Array(ViewRecord)),
  counterBits: ClusterView.fields.counterBits,
})
type RecordedClusterView = typeof RecordedClusterView.Type

function fromRecorded(recorded: RecordedClusterView): ClusterView {
  const unobserved: Array<ViewRecord> = [...(recorded.unobserved ?? [])]
  const missing = (name: ViewRecord): void => {
    if (!unobserved.includes(name)) unobserved.push(name)
  }
  const { delivered, earlyAcks, startFailures } = recorded.ghost
  if (delivered === undefined) missing("delivered")
  if (earlyAcks === undefined) missing("earlyAcks")
  if (startFailures === undefined) missing("startFailures")
  return {
    servers: recorded.servers.map((s) => ({ ...s, incarnation: s.incarnation ?? 0 })),
    ghost: { ...recorded.ghost, delivered: delivered ?? [], earlyAcks: earlyAcks ?? [], startFailures: startFailures ?? [] },
    unobserved,
    ...(recorded.counterBits === undefined ? {} : { counterBits: recorded.counterBits }),
  }
}

export const ClusterViewRecord = RecordedClusterView.pipe(
  Schema.decodeTo(Schema.toType(ClusterView), {
    decode: SchemaGetter.transform(fromRecorded),
    encode: SchemaGetter.transform((view: ClusterView): RecordedClusterView => view),
  }),
)

const txnViews = new WeakMap<Txn, TxnView>()

/** The invariants' view of a txn: its zxid and a rendering that tells proposals apart. */
export function txnView(txn: Txn): TxnView {
  let view = txnViews.get(txn)
  if (view === undefined) {
    view = { zxid: txn.zxid, value: `${txn.origin}:${txn.request}:${opValueText(txn.op)}` }
    txnViews.set(txn, view)
  }
  return view
}
