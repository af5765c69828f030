/**
 * The runtime of the typed representation of generated models (tla/tla-emit-typed.ts writes the code that
 * uses it): states encoded as 32-bit words, their 64-bit fingerprints, and the orders and conversions the
 * typed values need.
 *
 * Pure: no clock, no I/O.
 */
import { assert } from "../impl/core/assert.js"
import type { Value } from "./tla-values.js"
import * as T from "./tla-values.js"

/** Appends 32-bit words to a growable buffer (reused: reset before each state). */
export class WordWriter {
  words = new Int32Array(1 << 10)
  length = 0

  reset(): void {
    this.length = 0
  }

  put(x: number): void {
    if (this.length === this.words.length) {
      const grown = new Int32Array(this.words.length * 2)
      grown.set(this.words)
      this.words = grown
    }
    this.words[this.length++] = x
  }
}

/** Reads words in order from `at`. */
export class WordReader {
  constructor(
    public words: Int32Array,
    public at: number,
  ) {}

  get(): number {
    assert(this.at < this.words.length, "a word to read")
    return this.words[this.at++]!
  }
}

/** An array of n values read in order. */
export function arrayOf<X>(n: number, read: () => X): Array<X> {
  const out = new Array<X>(n)
  for (let k = 0; k < n; k++) out[k] = read()
  return out
}

/** Arrays ordered by length, then element by element. */
export function compareArrays<X>(a: ReadonlyArray<X>, b: ReadonlyArray<X>, cmp: (p: X, q: X) => number): number {
  if (a.length !== b.length) return a.length - b.length
  for (let k = 0; k < a.length; k++) {
    const c = cmp(a[k]!, b[k]!)
    if (c !== 0) return c
  }
  return 0
}

/** The items sorted, without duplicates: a set's canonical array. */
export function sortedArray<X>(items: ReadonlyArray<X>, cmp: (p: X, q: X) => number): Array<X> {
  const sorted = items.slice().sort(cmp)
  const out: Array<X> = []
  for (const x of sorted) if (out.length === 0 || cmp(out[out.length - 1]!, x) !== 0) out.push(x)
  return out
}

/** A generic function (a sequence is one over 1..n) as its keys and values, converted. */
export function fnEntries<V>(f: Value, key: (k: Value) => number, val: (v: Value) => V): { keys: Array<number>; vals: Array<V> } {
  if (f instanceof T.Seq) return { keys: f.items.map((_, k) => key(k + 1)), vals: f.items.map(val) }
  if (f instanceof T.Fn) return { keys: f.keys.map(key), vals: f.vals.map(val) }
  throw new T.TlaEvalError(`expected a function, got ${T.show(f)}`)
}

const SEED1 = 0x9747b28c
const SEED2 = 0x5bd1e995

/** The 64-bit fingerprint of words[from, to) as two 32-bit lanes in out (two murmur3-style mixes). */
export function hashWords(words: Int32Array, from: number, to: number, out: Int32Array): void {
  let a = SEED1 ^ (to - from)
  let b = SEED2 ^ (to - from)
  for (let k = from; k < to; k++) {
    const w = words[k]!
    let x = Math.imul(w, 0xcc9e2d51)
    x = (x << 15) | (x >>> 17)
    x = Math.imul(x, 0x1b873593)
    a ^= x
    a = (a << 13) | (a >>> 19)
    a = (Math.imul(a, 5) + 0xe6546b64) | 0
    b ^= Math.imul(w ^ 0x85ebca6b, 0xc2b2ae35)
    b = (b << 17) | (b >>> 15)
    b = (Math.imul(b, 5) + 0x52dce729) | 0
  }
  a ^= a >>> 16
  a = Math.imul(a, 0x85ebca6b)
  a ^= a >>> 13
  a = Math.imul(a, 0xc2b2ae35)
  a ^= a >>> 16
  b ^= b >>> 16
  b = Math.imul(b, 0x85ebca6b)
  b ^= b >>> 13
  b = Math.imul(b, 0xc2b2ae35)
  b ^= b >>> 16
  out[0] = a
  out[1] = b
}
