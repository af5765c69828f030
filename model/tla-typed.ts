/**
 * The runtime of the typed representation of generated models (tla/tla-emit-typed.ts writes the code that
 * uses it): states encoded as 32-bit words, their 64-bit fingerprints, and the orders and conversions the
 * typed values need.
 *
 * Pure: no clock, no I/O.
 */
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

/**
 * Reads words in order from `at`. A read past the end gives undefined rather than a thrown error (a check per
 * word costs the explorer); whoever decodes checks where the reader ended (exploreWords: exactly at the
 * state's last word).
 */
export class WordReader {
  constructor(
    public words: Int32Array,
    public at: number,
  ) {}

  get(): number {
    return this.words[this.at++]!
  }
}

/** An array of n values made in order (read(k) for the k-th). */
export function arrayOf<X>(n: number, read: (k: number) => X): Array<X> {
  const out = new Array<X>(n)
  for (let k = 0; k < n; k++) out[k] = read(k)
  return out
}

/** The next n words of r, as an array. */
export function readWords(r: WordReader, n: number): Array<number> {
  const words = r.words
  const at = r.at
  const out = new Array<number>(n)
  for (let k = 0; k < n; k++) out[k] = words[at + k]!
  r.at = at + n
  return out
}

/** An array of the next n values of r, each read by read. */
export function readArray<X>(r: WordReader, n: number, read: (r: WordReader) => X): Array<X> {
  const out = new Array<X>(n)
  for (let k = 0; k < n; k++) out[k] = read(r)
  return out
}

/** The order of numbers (integers, servers, model values' codes, bitsets). */
export function compareNumbers(p: number, q: number): number {
  return p - q
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
export function sortedArray<X>(items: Array<X>, cmp: (p: X, q: X) => number): Array<X> {
  if (items.length <= 1) return items
  if (items.length === 2) {
    // The common `{a, b}`, without a sort.
    const c = cmp(items[0]!, items[1]!)
    return c < 0 ? items : c > 0 ? [items[1]!, items[0]!] : [items[0]!]
  }
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

// -----------------------------------------------------------------------------------------------------------
// What the compiled actions call (tla/tla-typed-actions.ts).

/** Equality of typed values: numbers and booleans by value, arrays and records field by field, generic values by T.eq. */
export function eq(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let k = 0; k < a.length; k++) if (!eq(a[k], b[k])) return false
    return true
  }
  if (a instanceof T.ModelValue || a instanceof T.TSet || a instanceof T.Seq || a instanceof T.Fn) return T.eq(a, b as Value)
  const ra = a as Readonly<Record<string, unknown>>
  const rb = b as Readonly<Record<string, unknown>>
  for (const k in ra) if (!eq(ra[k], rb[k])) return false
  return true
}

/**
 * The primed variables an action has assigned so far (typed values, by the variable's number): assigned in
 * place, undone back to a mark where the action branches (as T.Partial for generic values).
 */
export class Partial {
  readonly slots: Array<unknown>
  private readonly trail: Array<number> = []

  constructor(width: number) {
    this.slots = new Array<unknown>(width).fill(undefined)
  }

  mark(): number {
    return this.trail.length
  }

  undo(at: number): void {
    while (this.trail.length > at) this.slots[this.trail.pop()!] = undefined
  }

  /** x' = v: assigns an unassigned variable; an assigned one must equal v (else the branch yields nothing). */
  bind(at: number, v: unknown): boolean {
    const old = this.slots[at]
    if (old === undefined) {
      this.slots[at] = v
      this.trail.push(at)
      return true
    }
    return eq(old, v)
  }
}

/** Partial assignments for reuse: an action takes one, and gives it back emptied when it returns. */
export class PartialPool {
  private readonly free: Array<Partial> = []

  constructor(private readonly width: number) {}

  take(): Partial {
    return this.free.pop() ?? new Partial(this.width)
  }

  give(p: Partial): void {
    p.undo(0)
    this.free.push(p)
  }
}

/** x' read in an action: it must have been assigned. */
export function primed(n: Partial | null, at: number): unknown {
  const v = n === null ? undefined : n.slots[at]
  if (v === undefined) throw new T.TlaEvalError(`a primed variable (number ${at}) read before the action assigns it`)
  return v
}

/** A LET definition, evaluated once when first needed. */
export function once<X>(f: () => X): () => X {
  let done = false
  let value: X
  return (): X => {
    if (!done) {
      value = f()
      done = true
    }
    return value
  }
}

/** s[k] of a sequence (1-based), an error outside its domain as TLC's. */
export function at<X>(s: ReadonlyArray<X>, k: number): X {
  if (!(k >= 1 && k <= s.length)) throw new T.TlaEvalError(`${k} is not in the domain 1..${s.length} of a sequence`)
  return s[k - 1]!
}

export function fnApply<X>(f: { readonly keys: ReadonlyArray<number>; readonly vals: ReadonlyArray<X> }, k: number): X {
  const i = f.keys.indexOf(k)
  if (i < 0) throw new T.TlaEvalError(`${k} is not in the domain of a function`)
  return f.vals[i]!
}

/** [f EXCEPT ![k] = v] of a function of integers. */
export function fnSet<X>(f: { readonly keys: ReadonlyArray<number>; readonly vals: ReadonlyArray<X> }, k: number, v: X): { readonly keys: ReadonlyArray<number>; readonly vals: ReadonlyArray<X> } {
  const i = f.keys.indexOf(k)
  if (i < 0) throw new T.TlaEvalError(`EXCEPT at ${k}, outside the domain of a function`)
  if (f.vals[i] === v) return f
  const vals = f.vals.slice()
  vals[i] = v
  return { keys: f.keys, vals }
}

/** A field some record variants have, read from one that must have it. */
export function defined<X>(x: X | undefined): X {
  if (x === undefined) throw new T.TlaEvalError("a record without the field read")
  return x
}

/** The array with its k-th (0-based) entry v: a copy, or the array itself when v is already there. */
export function setAt<X>(a: ReadonlyArray<X>, k: number, v: X): ReadonlyArray<X> {
  if (!(k >= 0 && k < a.length)) throw new T.TlaEvalError(`EXCEPT at ${k + 1}, outside the domain`)
  if (a[k] === v) return a
  const b = a.slice()
  b[k] = v
  return b
}

/** a..b as a sorted array. */
export function range(a: number, b: number): Array<number> {
  const out: Array<number> = []
  for (let k = a; k <= b; k++) out.push(k)
  return out
}

export function tail<X>(s: ReadonlyArray<X>): ReadonlyArray<X> {
  if (s.length === 0) throw new T.TlaEvalError("Tail of the empty sequence")
  return s.slice(1)
}

export function subSeq<X>(s: ReadonlyArray<X>, m: number, n: number): ReadonlyArray<X> {
  if (m > n) return []
  if (!(m >= 1 && n <= s.length)) throw new T.TlaEvalError(`SubSeq(s, ${m}, ${n}) of a sequence of length ${s.length}`)
  return s.slice(m - 1, n)
}

export function popCount(x: number): number {
  let c = 0
  for (let b = x; b !== 0; b &= b - 1) c++
  return c
}

/** Whether the sorted array (a set) holds x. */
export function has<X>(set: ReadonlyArray<X>, x: X, cmp: (p: X, q: X) => number): boolean {
  let lo = 0
  let hi = set.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const c = cmp(set[mid]!, x)
    if (c === 0) return true
    if (c < 0) lo = mid + 1
    else hi = mid
  }
  return false
}

export function union<X>(a: ReadonlyArray<X>, b: ReadonlyArray<X>, cmp: (p: X, q: X) => number): ReadonlyArray<X> {
  if (b.length === 0) return a
  if (a.length === 0) return b
  if (b.length === 1) return insert(a, b[0]!, cmp)
  return sortedArray([...a, ...b], cmp)
}

/** The sorted array with x (itself when x is in it already). */
export function insert<X>(a: ReadonlyArray<X>, x: X, cmp: (p: X, q: X) => number): ReadonlyArray<X> {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const c = cmp(a[mid]!, x)
    if (c === 0) return a
    if (c < 0) lo = mid + 1
    else hi = mid
  }
  const out = a.slice()
  out.splice(lo, 0, x)
  return out
}

export function intersect<X>(a: ReadonlyArray<X>, b: ReadonlyArray<X>, cmp: (p: X, q: X) => number): ReadonlyArray<X> {
  return a.filter((x) => has(b, x, cmp))
}

export function minus<X>(a: ReadonlyArray<X>, b: ReadonlyArray<X>, cmp: (p: X, q: X) => number): ReadonlyArray<X> {
  return b.length === 0 ? a : a.filter((x) => !has(b, x, cmp))
}

/** \A k \in a..b: p(k), without building a..b. */
export function everyInRange(a: number, b: number, p: (k: number) => boolean): boolean {
  for (let k = a; k <= b; k++) if (!p(k)) return false
  return true
}

/** \E k \in a..b: p(k), without building a..b. */
export function someInRange(a: number, b: number, p: (k: number) => boolean): boolean {
  for (let k = a; k <= b; k++) if (p(k)) return true
  return false
}

/** The servers of a bitset of n, in order. */
export function bitsToArray(bits: number, n: number): Array<number> {
  const out: Array<number> = []
  for (let k = 0; k < n; k++) if (((bits >> k) & 1) === 1) out.push(k)
  return out
}

export function everyBit(bits: number, n: number, p: (k: number) => boolean): boolean {
  for (let k = 0; k < n; k++) if (((bits >> k) & 1) === 1 && !p(k)) return false
  return true
}

export function someBit(bits: number, n: number, p: (k: number) => boolean): boolean {
  for (let k = 0; k < n; k++) if (((bits >> k) & 1) === 1 && p(k)) return true
  return false
}

export function filterBits(bits: number, n: number, p: (k: number) => boolean): number {
  let out = 0
  for (let k = 0; k < n; k++) if (((bits >> k) & 1) === 1 && p(k)) out |= 1 << k
  return out
}

/** CHOOSE over a set of servers: the first (TLC's order is the servers' order). */
export function chooseBit(bits: number, n: number, p: (k: number) => boolean): number {
  for (let k = 0; k < n; k++) if (((bits >> k) & 1) === 1 && p(k)) return k
  throw new T.TlaEvalError("CHOOSE found no server that satisfies the predicate")
}

/** CHOOSE over a sorted array. Where several satisfy the predicate the representation's order picks, which is TLC's for the sets it is used on (integers, servers). */
export function chooseIn<X>(set: ReadonlyArray<X>, p: (x: X) => boolean): X {
  for (const x of set) if (p(x)) return x
  throw new T.TlaEvalError("CHOOSE found no element that satisfies the predicate")
}

/** Every subset of a bitset, as bitsets in increasing order. */
export function subsetsOf(bits: number): Array<number> {
  const out: Array<number> = []
  for (let x = 0; x <= bits; x++) if ((x & ~bits) === 0) out.push(x)
  return out
}
