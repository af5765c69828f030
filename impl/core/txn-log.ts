/**
 * A peer's in-memory log: txns in zxid order, never changed once a holder has it, appended in O(1).
 *
 * The peer is pure: a step returns a new state and leaves the old one as it was, and callers keep old
 * states (the harness shows a crashed server's last state and memoises views by the log's identity). A
 * plain array had to be copied on every append for that, which made each write cost O(log length): with
 * ZooKeeper's snapCount of 100,000 the copies and their garbage took 1.5 ms of a server's CPU per write at
 * 20,000 logged txns. A TxnLog is a window [start, start + length) onto a backing array that only ever
 * grows at its end: appending to the window that reaches the end pushes onto the backing array (every other
 * holder's window stops before the new entries, so it sees no change); appending to any other window (a
 * truncated log, or a version that was already appended to) copies the window first. Nothing inside a
 * window is ever overwritten.
 */
import type { Txn } from "./types.js"
import type { Zxid } from "./zxid.js"

export class TxnLog implements Iterable<Txn> {
  private constructor(
    private readonly items: Array<Txn>,
    private readonly start: number,
    readonly length: number,
  ) {}

  /** A log holding `txns` (copied: the caller keeps its array). */
  static of(txns: ReadonlyArray<Txn>): TxnLog {
    return new TxnLog(txns.slice(), 0, txns.length)
  }

  static empty(): TxnLog {
    return new TxnLog([], 0, 0)
  }

  /** The txn at index `i` (negative: from the end), or undefined outside the log. */
  at(i: number): Txn | undefined {
    const index = i < 0 ? this.length + i : i
    return index >= 0 && index < this.length ? this.items[this.start + index] : undefined
  }

  /** This log followed by `txns`. */
  append(txns: ReadonlyArray<Txn>): TxnLog {
    if (txns.length === 0) return this
    const end = this.start + this.length
    const owned = end === this.items.length
    const items = owned ? this.items : this.items.slice(this.start, end)
    for (const txn of txns) items.push(txn)
    return new TxnLog(items, owned ? this.start : 0, this.length + txns.length)
  }

  /** The txns from index `i` on, in a backing array of their own (the prefix is released). */
  from(i: number): TxnLog {
    if (i <= 0) return this
    return TxnLog.of(this.items.slice(this.start + Math.min(i, this.length), this.start + this.length))
  }

  /** The txns `keep` admits, in order. */
  filter(keep: (txn: Txn) => boolean): TxnLog {
    const kept = this.toArray().filter(keep)
    return kept.length === this.length ? this : TxnLog.of(kept)
  }

  some(test: (txn: Txn) => boolean): boolean {
    for (let i = 0; i < this.length; i++) if (test(this.items[this.start + i]!)) return true
    return false
  }

  /** The index of the first txn above `zxid` (binary search: logs can be long). */
  firstAbove(zxid: Zxid): number {
    let lo = 0
    let hi = this.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.items[this.start + mid]!.zxid <= zxid) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  toArray(): Array<Txn> {
    return this.items.slice(this.start, this.start + this.length)
  }

  *[Symbol.iterator](): Iterator<Txn> {
    for (let i = 0; i < this.length; i++) yield this.items[this.start + i]!
  }

  /** Test runners and JSON see the txns, not the window. */
  toJSON(): ReadonlyArray<Txn> {
    return this.toArray()
  }
}
