/**
 * A simulated disk for one peer: writes are applied in issue order and are volatile until an fsync covers
 * them. A crash keeps what is durable plus, by crash mode, nothing, everything, or a prefix of the
 * unsynced writes ending in a torn log record (which recovery detects, like a checksum failure, and cuts).
 *
 * It stays inside ZAB's fault model: synced data is never corrupted, and writes become durable in order
 * (a durable epoch write implies every log append issued before it is durable too).
 */
import type { Txn } from "../core/types.js"
import type { Zxid } from "../core/zxid.js"

/** A snapshot as the simulator keeps it: the serialised tree plus the ghost list of the txns it reflects. */
export interface StoredSnapshot<Ghost> {
  readonly zxid: Zxid
  readonly tree: string
  readonly ghost: Ghost
}

export type DiskOp<Ghost> =
  | { readonly kind: "append"; readonly write: number; readonly txn: Txn }
  | { readonly kind: "truncate"; readonly write: number; readonly zxid: Zxid }
  | { readonly kind: "accepted-epoch"; readonly write: number; readonly epoch: number }
  | { readonly kind: "current-epoch"; readonly write: number; readonly epoch: number }
  | { readonly kind: "install"; readonly write: number; readonly snapshot: StoredSnapshot<Ghost> }
  // A background snapshot carries no write number; it is durable once every write issued before it is.
  | { readonly kind: "snapshot"; readonly afterWrite: number; readonly snapshot: StoredSnapshot<Ghost> }

export type CrashMode = "keep" | "lose-unsynced" | "torn"

export interface DurableState<Ghost> {
  readonly acceptedEpoch: number
  readonly currentEpoch: number
  readonly snapshot: StoredSnapshot<Ghost> | null
  readonly log: ReadonlyArray<Txn>
}

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

/** The durable state, mutated in place: appending to a long log must not copy it. */
interface MutableDurable<Ghost> {
  acceptedEpoch: number
  currentEpoch: number
  snapshot: StoredSnapshot<Ghost> | null
  log: Array<Txn>
}

export class MemoryDisk<Ghost> {
  private readonly durable: MutableDurable<Ghost> = { acceptedEpoch: 0, currentEpoch: 0, snapshot: null, log: [] }
  private pending: Array<DiskOp<Ghost>> = []
  private lastWrite = 0
  private tornOnLastCrash = false

  /** Every write of one process lifetime is numbered from 1; a restart starts the count again. */
  get writesIssued(): number {
    return this.lastWrite
  }

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

  private durableThrough = 0

  /** Complete an fsync: every write numbered <= through becomes durable, in order. */
  fsync(through: number): void {
    this.durableThrough = Math.max(this.durableThrough, through)
    this.settle(this.durableThrough)
  }

  private settle(through: number): void {
    let n = 0
    for (const op of this.pending) {
      const bound = op.kind === "snapshot" ? op.afterWrite : op.write
      if (bound > through) break
      fold(this.durable, op)
      n += 1
    }
    if (n > 0) this.pending = this.pending.slice(n)
  }

  /** The process dies. Returns true if a torn record was left at the tail of the log. */
  crash(mode: CrashMode): boolean {
    let torn = false
    if (mode === "keep") {
      for (const op of this.pending) fold(this.durable, op)
    } else if (mode === "torn") {
      // Everything up to the last unsynced append reaches the disk; that append is half-written.
      let lastAppend = -1
      this.pending.forEach((op, i) => {
        if (op.kind === "append") lastAppend = i
      })
      const kept = lastAppend < 0 ? this.pending : this.pending.slice(0, lastAppend)
      for (const op of kept) fold(this.durable, op)
      torn = lastAppend >= 0
    }
    this.pending = []
    this.lastWrite = 0
    this.durableThrough = 0
    this.tornOnLastCrash = torn
    return torn
  }

  /** What a restarted process reads back: the newest snapshot, and the log that follows it. */
  recover(): Recovery<Ghost> {
    const base = this.durable.snapshot?.zxid ?? 0
    const log: Array<Txn> = []
    let previous = base
    let outOfOrder = 0
    for (const txn of this.durable.log) {
      if (txn.zxid <= base) continue
      if (txn.zxid <= previous) {
        outOfOrder += 1
        continue
      }
      log.push(txn)
      previous = txn.zxid
    }
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

  /** For tests: the state a crash that loses every unsynced write would leave. */
  get durableState(): DurableState<Ghost> {
    return { ...this.durable, log: this.durable.log.slice() }
  }
}

function fold<Ghost>(state: MutableDurable<Ghost>, op: DiskOp<Ghost>): void {
  switch (op.kind) {
    case "append":
      state.log.push(op.txn)
      return
    case "truncate":
      state.log = state.log.filter((t) => t.zxid <= op.zxid)
      return
    case "accepted-epoch":
      state.acceptedEpoch = op.epoch
      return
    case "current-epoch":
      state.currentEpoch = op.epoch
      return
    case "install":
      state.snapshot = op.snapshot
      state.log = []
      return
    case "snapshot":
      // The log before the snapshot is no longer needed (ZooKeeper purges it later; we do it at once).
      state.snapshot = op.snapshot
      state.log = state.log.filter((t) => t.zxid > op.snapshot.zxid)
      return
  }
}
