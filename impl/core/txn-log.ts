/**
 * A peer's in-memory log: txns in zxid order, never changed once a holder has it, appended in O(1).
 *
 * The peer is pure: a step returns a new state and leaves the old one as it was, and callers keep old
 * states (the harness shows a crashed server's last state and memoises views by the log's identity). A
 * plain array had to be copied on every append for that, which made each write cost O(log length): with
 * ZooKeeper's snapCount of 100,000 the copies and their garbage took 1.5 ms of a server's CPU per write at
 * 20,000 logged txns. A TxnLog is the first `length` entries of a backing array that only ever grows at
 * its end: appending to the version whose length reaches the end pushes onto the backing array (every
 * other holder's version stops before the new entries, so it sees no change); appending to any other
 * version (one that was already appended to) copies its entries first. Cutting, filtering and cutting the
 * front copy. No entry a version holds is ever overwritten.
 */
import type { Txn } from "./types.js"
import type { Zxid } from "./zxid.js"

export class TxnLog implements Iterable<Txn> {
  private constructor(
    private readonly items: Array<Txn>,
    readonly length: number,
  ) {}

  /** A log holding `txns` (copied: the caller keeps its array). */
  static of(txns: ReadonlyArray<Txn>): TxnLog {
    return new TxnLog(txns.slice(), txns.length)
  }

  static empty(): TxnLog {
    return new TxnLog([], 0)
  }

  /** The txn at index `i`, for 0 <= i < length (callers loop within the log). */
  get(i: number): Txn {
    return this.items[i]!
  }

  /** The newest txn, or undefined for an empty log. */
  last(): Txn | undefined {
    return this.length === 0 ? undefined : this.items[this.length - 1]
  }

  /** This log followed by `txns`. */
  append(txns: ReadonlyArray<Txn>): TxnLog {
    // Only the version whose window reaches the end of the backing array may push onto it.
    const items = this.length === this.items.length ? this.items : this.items.slice(0, this.length)
    for (const txn of txns) items.push(txn)
    return new TxnLog(items, this.length + txns.length)
  }

  /** The txns from index `i` (0 <= i) on, in a backing array of their own (the prefix is released). */
  from(i: number): TxnLog {
    const kept = this.items.slice(i, this.length)
    return new TxnLog(kept, kept.length)
  }

  /** The txns `keep` admits, in order. */
  filter(keep: (txn: Txn) => boolean): TxnLog {
    const kept = this.toArray().filter(keep)
    return new TxnLog(kept, kept.length)
  }

  some(test: (txn: Txn) => boolean): boolean {
    for (let i = 0; i < this.length; i++) if (test(this.items[i]!)) return true
    return false
  }

  /** The index of the first txn above `zxid` (binary search: logs can be long). */
  firstAbove(zxid: Zxid): number {
    let lo = 0
    let hi = this.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.items[mid]!.zxid <= zxid) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  toArray(): Array<Txn> {
    return this.items.slice(0, this.length)
  }

  *[Symbol.iterator](): Iterator<Txn> {
    for (let i = 0; i < this.length; i++) yield this.items[i]!
  }
}
