/**
 * A peer's storage writes and what they build: the accepted and current epochs, the latest snapshot, and
 * the txn log after it. One fold gives their meaning, used by the simulated disk (memory.ts), which keeps
 * a durable image and the unsynced writes after it, and by model validation (traces/validate.ts), which
 * rebuilds the same images from a trace's Wrote, FsyncCompleted and Crashed events. Generic in the txn and
 * snapshot types: the disk stores the peer's txns and a serialised tree, validation the rendered txns.
 *
 * The fold mutates the image in place: a log can be long, and appending to it must not copy it.
 */
import type { Zxid } from "../core/zxid.js"

/** What the writes build. Mutable: `applyWrite` changes it in place. */
export interface StorageImage<T, S> {
  acceptedEpoch: number
  currentEpoch: number
  snapshot: S | null
  /** Logged txns, oldest first; after a snapshot install, only those written since. */
  log: Array<T>
}

/**
 * One write as the storage receives it, numbered in issue order within a process lifetime. A background
 * snapshot carries no write number; it is durable once every write issued before it is.
 */
export type StorageWrite<T, S> =
  | { readonly kind: "append"; readonly write: number; readonly txn: T }
  | { readonly kind: "truncate"; readonly write: number; readonly zxid: Zxid }
  | { readonly kind: "accepted-epoch"; readonly write: number; readonly epoch: number }
  | { readonly kind: "current-epoch"; readonly write: number; readonly epoch: number }
  | { readonly kind: "install"; readonly write: number; readonly snapshot: S }
  | { readonly kind: "snapshot"; readonly afterWrite: number; readonly snapshot: S }

/** How a crash treats the writes no fsync has covered yet. */
export type CrashMode = "keep" | "lose-unsynced" | "torn"

export function emptyImage<T, S>(): StorageImage<T, S> {
  return { acceptedEpoch: 0, currentEpoch: 0, snapshot: null, log: [] }
}

export function copyImage<T, S>(image: StorageImage<T, S>): StorageImage<T, S> {
  return { acceptedEpoch: image.acceptedEpoch, currentEpoch: image.currentEpoch, snapshot: image.snapshot, log: image.log.slice() }
}

/** Apply one write to an image. */
export function applyWrite<T extends { readonly zxid: Zxid }, S extends { readonly zxid: Zxid }>(image: StorageImage<T, S>, op: StorageWrite<T, S>): void {
  switch (op.kind) {
    case "append":
      image.log.push(op.txn)
      return
    case "truncate":
      image.log = image.log.filter((t) => t.zxid <= op.zxid)
      return
    case "accepted-epoch":
      image.acceptedEpoch = op.epoch
      return
    case "current-epoch":
      image.currentEpoch = op.epoch
      return
    case "install":
      image.snapshot = op.snapshot
      image.log = []
      return
    case "snapshot":
      // The log before the snapshot is no longer needed (ZooKeeper purges it later; we do it at once).
      image.snapshot = op.snapshot
      image.log = image.log.filter((t) => t.zxid > op.snapshot.zxid)
      return
  }
}

/**
 * An fsync covering writes up to `through` completes: the leading unsynced writes it covers are applied to
 * the durable image, in order. Returns how many of `pending` became durable.
 */
export function applyDurable<T extends { readonly zxid: Zxid }, S extends { readonly zxid: Zxid }>(
  durable: StorageImage<T, S>,
  pending: ReadonlyArray<StorageWrite<T, S>>,
  through: number,
): number {
  let n = 0
  for (const op of pending) {
    const bound = op.kind === "snapshot" ? op.afterWrite : op.write
    if (bound > through) break
    applyWrite(durable, op)
    n += 1
  }
  return n
}

/**
 * How many of the unsynced writes reach the disk when the process dies: all of them (keep), none
 * (lose-unsynced), or those before the last unsynced append, which is left half-written (torn); with no
 * append to tear, a torn crash keeps everything.
 */
export function writesKeptByCrash<T, S>(pending: ReadonlyArray<StorageWrite<T, S>>, mode: CrashMode): number {
  switch (mode) {
    case "keep":
      return pending.length
    case "lose-unsynced":
      return 0
    case "torn": {
      for (let k = pending.length - 1; k >= 0; k--) if (pending[k]!.kind === "append") return k
      return pending.length
    }
  }
}
