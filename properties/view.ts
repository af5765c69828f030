/**
 * The cluster view: the abstract state of every server plus the run's ghost records, which is all an
 * invariant may look at. The simulator, a real cluster's merged trace and the abstract model each project
 * their own state to this shape, so one invariant serves all three.
 *
 * The fields follow the variables of ZooKeeper's Zab.tla (state, zabState, acceptedEpoch, currentEpoch,
 * history, lastCommitted, connectInfo, epochLeader, proposalMsgsLog) so the model's projection is a rename.
 */
import type { Txn } from "../impl/core/types.js"
import type { Zxid } from "../impl/core/zxid.js"

export type Role = "looking" | "following" | "leading"
export type ZabPhase = "election" | "discovery" | "synchronization" | "broadcast"

/** A transaction as invariants see it: its zxid and a canonical rendering of its content. */
export interface TxnView {
  readonly zxid: Zxid
  /** Equal values mean the same proposal. The implementation renders its op and origin; the model its value. */
  readonly value: string
}

export interface ServerView {
  readonly id: number
  /** False while crashed. A crashed server's other fields are its last state before the crash. */
  readonly up: boolean
  readonly role: Role
  readonly phase: ZabPhase
  readonly acceptedEpoch: number
  readonly currentEpoch: number
  /**
   * Every txn the server holds, oldest first, from the first txn ever: what its data tree reflects
   * (snapshot included) followed by what is logged but not yet delivered.
   */
  readonly history: ReadonlyArray<TxnView>
  /** history[0 .. committed) is delivered (Zab.tla: lastCommitted.index). */
  readonly committed: number
  /** The leader a follower is connected to, the leader itself for a leader, null while looking. */
  readonly leader: number | null
  /**
   * How many times this server has started. Optional: a projection whose consecutive views can span a
   * restart (a check after several steps) sets it, so step invariants do not compare across the restart.
   */
  readonly incarnation?: number
}

/** One leader established for an epoch (Zab.tla's epochLeader ghost). */
export interface Establishment {
  readonly epoch: number
  readonly leader: number
}

/** One txn broadcast by a leader (Zab.tla's proposalMsgsLog), in the order that leader broadcast them. */
export interface Broadcast {
  readonly epoch: number
  readonly leader: number
  readonly txn: TxnView
}

/**
 * A write a client was told had succeeded, with the epoch of the server that answered. That is the epoch in
 * which the txn was committed, which can be later than its zxid's epoch (a txn proposed in epoch 1 and
 * committed as part of epoch 3's initial history). Only leaders of later epochs are bound to hold it.
 */
export interface Acknowledged extends TxnView {
  readonly committedInEpoch?: number
}

/**
 * The first delivery of a txn by any server, with the currentEpoch of the server that delivered it: the
 * txn was committed in that epoch (or earlier), so every leader of a later epoch is bound to hold it.
 */
export interface Delivery extends TxnView {
  readonly server: number
  readonly deliveredInEpoch: number
}

/** Records accumulated over the whole run, never reset by a crash. */
export interface Ghost {
  readonly established: ReadonlyArray<Establishment>
  readonly broadcasts: ReadonlyArray<Broadcast>
  /** Writes a client was told succeeded (the reply named this zxid). */
  readonly acknowledged: ReadonlyArray<Acknowledged>
  /**
   * Every distinct txn (zxid and value) any server delivered, at its first delivery, in delivery order.
   * Optional: a projection that cannot see deliveries (or predates this record) leaves it out, and
   * CommittedDurable then has nothing to check.
   */
  readonly delivered?: ReadonlyArray<Delivery>
  /**
   * Every ACK of a proposal a follower sent a leader on a connection before it had sent that leader its
   * NEWLEADER ack (the mixed specs' ackConsistent). Optional, as `delivered` is.
   */
  readonly earlyAcks?: ReadonlyArray<EarlyAck>
  /** Servers that did not start again after a crash, with why. Optional, as `delivered` is. */
  readonly startFailures?: ReadonlyArray<StartFailure>
}

export interface StartFailure {
  readonly server: number
  readonly reason: string
}

export interface EarlyAck {
  readonly follower: number
  readonly leader: number
  readonly zxid: Zxid
}

export interface ClusterView {
  readonly servers: ReadonlyArray<ServerView>
  readonly ghost: Ghost
}

const txnViews = new WeakMap<Txn, TxnView>()

/** The invariants' view of a txn: its zxid and a rendering that tells proposals apart. */
export function txnView(txn: Txn): TxnView {
  let view = txnViews.get(txn)
  if (view === undefined) {
    const op = txn.op
    const detail = op._tag === "Create" ? op.data : op._tag === "SetData" ? `${op.data}@${op.version}` : `@${op.version}`
    view = { zxid: txn.zxid, value: `${txn.origin}:${txn.request}:${op._tag} ${op.path} ${detail}` }
    txnViews.set(txn, view)
  }
  return view
}
