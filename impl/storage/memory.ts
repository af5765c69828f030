/**
 * A simulated disk for one peer: writes are applied in issue order and are volatile until an fsync covers
 * them. A crash keeps what is durable plus, by crash mode, nothing, everything, or a prefix of the
 * unsynced writes ending in a torn log record (which recovery detects, like a checksum failure, and cuts).
 *
 * It stays inside ZAB's fault model (synced data is never corrupted, and writes become durable in order: a
 * durable epoch write implies every log append issued before it is durable too), except where a schedule
 * damages a snapshot on purpose (`damageSnapshot`), which is how the peer's checks of what it loads are tried.
 */
import type { Txn } from "../core/types.js"
import type { Zxid } from "../core/zxid.js"
import { type CrashMode, type StorageImage, type StorageWrite, applyDurable, applyWrite, emptyImage, writesKeptByCrash } from "./writes.js"

/**
 * Why the simulator's server refuses to start under ZOOKEEPER-2332 as re-injected. Defined beside the
 * simulated disk whose recovery finds the torn tail, so a trace's projection (traces/project.ts), which
 * sees the refusal only as a restart that did not happen, names the reason as the simulator does.
 */
export const TORN_TAIL_REFUSED = "its log ends in a record a crash tore, which it took for corruption in the log (ZOOKEEPER-2332)"

/** A snapshot as the simulator keeps it: the serialised tree plus the ghost list of the txns it reflects. */
export interface StoredSnapshot<Ghost> {
  readonly zxid: Zxid
  readonly tree: string
  readonly ghost: Ghost
  /** How the text was damaged on disk (a CorruptSnapshot step), when it was: the ghost no longer describes it. */
  readonly damaged?: string
}

/** A write to the simulated disk: the storage writes of writes.ts over the peer's txns and stored snapshots. */
export type DiskOp<Ghost> = StorageWrite<Txn, StoredSnapshot<Ghost>>

export type { CrashMode }

export interface Recovery<Ghost> {
  readonly acceptedEpoch: number
  readonly currentEpoch: number
  readonly snapshot: StoredSnapshot<Ghost> | null
  /** Logged txns after the snapshot, oldest first, strictly increasing. */
  readonly log: ReadonlyArray<Txn>
  /** The last record was torn and cut, as a checksum failure at the tail would be. */
  readonly tornTail: boolean
  /** Records dropped because they did not follow the log in zxid order (only a broken peer writes those). */
  readonly outOfOrder: number
}

export class MemoryDisk<Ghost> {
  /** The durable image, mutated in place by the shared fold: appending to a long log must not copy it. */
  protected readonly durable: StorageImage<Txn, StoredSnapshot<Ghost>> = emptyImage()
  protected pending: Array<DiskOp<Ghost>> = []
  /** The number of the last write issued in this process lifetime (writes are numbered from 1 per lifetime). */
  protected lastWrite = 0
  protected tornOnLastCrash = false

  get unsynced(): number {
    return this.pending.length
  }

  write(op: DiskOp<Ghost>): void {
    if (op.kind !== "snapshot") this.lastWrite = op.write
    this.pending.push(op)
  }

  snapshot(snapshot: StoredSnapshot<Ghost>): void {
    this.pending.push({ kind: "snapshot", afterWrite: this.lastWrite, snapshot })
    this.settle(this.durableThrough)
  }

  protected durableThrough = 0

  /** Complete an fsync: every write numbered <= through becomes durable, in order. */
  fsync(through: number): void {
    this.durableThrough = Math.max(this.durableThrough, through)
    this.settle(this.durableThrough)
  }

  private settle(through: number): void {
    const n = applyDurable(this.durable, this.pending, through)
    if (n > 0) this.pending = this.pending.slice(n)
  }

  /** The process dies. Returns true if a torn record was left at the tail of the log. */
  crash(mode: CrashMode): boolean {
    // Everything up to the last unsynced append reaches the disk on a torn crash; that append is half-written.
    const kept = writesKeptByCrash(this.pending, mode)
    for (let k = 0; k < kept; k++) applyWrite(this.durable, this.pending[k]!)
    const torn = mode === "torn" && kept < this.pending.length
    this.pending = []
    this.lastWrite = 0
    this.durableThrough = 0
    this.tornOnLastCrash = torn
    return torn
  }

  /** The newest durable snapshot, or null. */
  get durableSnapshot(): StoredSnapshot<Ghost> | null {
    return this.durable.snapshot
  }

  /** Replace the durable snapshot's text (there is one) with a damaged one, `how` saying what changed; a later snapshot replaces it. */
  damageSnapshot(text: string, how: string): void {
    this.durable.snapshot = { ...this.durable.snapshot!, tree: text, damaged: how }
  }

  /** Replace the durable snapshot's text (there is one) with another encoding of the same tree (a RewriteSnapshot step). */
  rewriteSnapshot(text: string): void {
    this.durable.snapshot = { ...this.durable.snapshot!, tree: text }
  }

  /** What a restarted process reads back: the newest snapshot, and the log that follows it. */
  recover(): Recovery<Ghost> {
    const { log, outOfOrder } = logAfter(this.durable.log, this.durable.snapshot?.zxid ?? 0)
    const recovery: Recovery<Ghost> = {
      acceptedEpoch: this.durable.acceptedEpoch,
      currentEpoch: this.durable.currentEpoch,
      snapshot: this.durable.snapshot,
      log,
      tornTail: this.tornOnLastCrash,
      outOfOrder,
    }
    this.tornOnLastCrash = false
    return recovery
  }
}

/** The log a recovery reads after a snapshot at `base`: the txns above it in zxid order, the rest dropped. */
export function logAfter(records: ReadonlyArray<Txn>, base: Zxid): { readonly log: Array<Txn>; readonly outOfOrder: number } {
  const log: Array<Txn> = []
  let previous = base
  let outOfOrder = 0
  for (const txn of records) {
    if (txn.zxid <= base) continue
    if (txn.zxid <= previous) {
      outOfOrder += 1
      continue
    }
    log.push(txn)
    previous = txn.zxid
  }
  return { log, outOfOrder }
}
