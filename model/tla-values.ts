/**
 * TLA+ values for the models generated from TLA+ source (model/generated/, written by tla/): booleans,
 * integers, strings, model values, finite sets, sequences and functions (records are functions whose domain
 * is a set of strings), with TLC's equality and a total order close to TLC's, so that `CHOOSE` picks what
 * TLC picks and sets have one canonical form.
 *
 * Canonical forms, so that two values are equal exactly when their representations are structurally equal
 * (the explorer fingerprints states by their structural hash, `hashValues`):
 * - A set is a TSet whose elements are sorted by `compare` and distinct.
 * - A function whose domain is 1..n (n >= 0), including every tuple and the empty function, is a Seq; any
 *   other function is an Fn whose keys are sorted by `compare`.
 * - A model value is interned: one object per name.
 *
 * The order follows TLC's Value.compareTo where TLC defines one: integers numerically, strings and model
 * values by name, sets by cardinality then element by element, sequences by length then element by
 * element, records by field count, then by field name and value in field-name order. Values of different
 * kinds (which TLC refuses to compare) are ordered by kind.
 *
 * Pure: no clock, no I/O.
 */
import { Schema } from "effect"
import { assert } from "../impl/core/assert.js"

// The seeds of the two lanes of structural hashes (see "Structural hashes" below).
const SEED1 = 0x9747b28c
const SEED2 = 0x5bd1e995
const KIND_MODEL_VALUE = 4

export class ModelValue {
  /** The value's structural hash, two 32-bit lanes (see `hashValue`). */
  readonly h1: number
  readonly h2: number
  constructor(readonly name: string) {
    this.h1 = hashText(KIND_MODEL_VALUE, name, SEED1)
    this.h2 = hashText(KIND_MODEL_VALUE, name, SEED2)
  }
}

/**
 * The composite values carry their structural hash once computed (h1 = h2 = 0 until then): values are
 * immutable and successor states share the parts an action leaves unchanged, so a state's fingerprint
 * hashes only what the action built.
 */
export class TSet {
  h1 = 0
  h2 = 0
  constructor(readonly elems: ReadonlyArray<Value>) {}
}

export class Seq {
  h1 = 0
  h2 = 0
  constructor(readonly items: ReadonlyArray<Value>) {}
}

export class Fn {
  h1 = 0
  h2 = 0
  constructor(
    readonly keys: ReadonlyArray<Value>,
    readonly vals: ReadonlyArray<Value>,
  ) {}
}

/** A TLA+ value. An operator passed as an argument (a LAMBDA, or a name) is a TS function, never a Value. */
export type Value = boolean | number | string | ModelValue | TSet | Seq | Fn

/** An error in evaluating a spec (what TLC reports as an evaluation error): the spec, not the code, is wrong. */
export class TlaEvalError extends Error {
  override readonly name = "TlaEvalError"
}

function fail(why: string): never {
  throw new TlaEvalError(why)
}

const interned = new Map<string, ModelValue>()

/** The model value of this name (one object per name). */
export function modelValue(name: string): ModelValue {
  let v = interned.get(name)
  if (v === undefined) {
    v = new ModelValue(name)
    interned.set(name, v)
  }
  return v
}

export function isValue(u: unknown): u is Value {
  return typeof u === "boolean" || typeof u === "number" || typeof u === "string" || u instanceof ModelValue || u instanceof TSet || u instanceof Seq || u instanceof Fn
}

/** An effect Schema for any TLA+ value: the state types of generated models are built from it. */
export const TlaValue = Schema.declare((u: unknown): u is Value => isValue(u))

// -----------------------------------------------------------------------------------------------------------
// Order and equality.

function kind(v: Value): number {
  switch (typeof v) {
    case "boolean":
      return 0
    case "number":
      return 1
    case "string":
      return 2
    default:
      if (v instanceof ModelValue) return 3
      if (v instanceof TSet) return 4
      if (v instanceof Seq) return 5
      return 6
  }
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The total order of values (see the file's comment). */
export function compare(a: Value, b: Value): number {
  if (a === b) return 0
  const ka = kind(a)
  const kb = kind(b)
  if (ka !== kb) return ka - kb
  switch (ka) {
    case 0:
      return a ? 1 : -1
    case 1:
      return (a as number) - (b as number)
    case 2:
      return compareNames(a as string, b as string)
    case 3:
      return compareNames((a as ModelValue).name, (b as ModelValue).name)
    case 4:
      return compareArrays((a as TSet).elems, (b as TSet).elems)
    case 5:
      return compareArrays((a as Seq).items, (b as Seq).items)
    default: {
      const fa = a as Fn
      const fb = b as Fn
      if (fa.keys.length !== fb.keys.length) return fa.keys.length - fb.keys.length
      if (fa.keys === fb.keys) {
        // One domain, shared (EXCEPT and @@ keep the keys of the function they change): the values decide.
        for (let k = 0; k < fa.vals.length; k++) {
          const c = compare(fa.vals[k]!, fb.vals[k]!)
          if (c !== 0) return c
        }
        return 0
      }
      for (let k = 0; k < fa.keys.length; k++) {
        const c = compare(fa.keys[k]!, fb.keys[k]!) || compare(fa.vals[k]!, fb.vals[k]!)
        if (c !== 0) return c
      }
      return 0
    }
  }
}

function compareArrays(a: ReadonlyArray<Value>, b: ReadonlyArray<Value>): number {
  if (a.length !== b.length) return a.length - b.length
  for (let k = 0; k < a.length; k++) {
    const c = compare(a[k]!, b[k]!)
    if (c !== 0) return c
  }
  return 0
}

export function eq(a: Value, b: Value): boolean {
  if (a === b) return true
  // Booleans, integers, strings and (interned) model values are equal only when identical.
  if (typeof a !== "object" || a instanceof ModelValue || typeof b !== "object" || b instanceof ModelValue) return false
  // Composite values whose hashes are known and differ are different.
  if (a.h1 !== 0 && b.h1 !== 0 && (a.h1 !== b.h1 || a.h2 !== b.h2)) return false
  return compare(a, b) === 0
}

// -----------------------------------------------------------------------------------------------------------
// Kinds, asserted where the spec needs one.

export function bool(v: Value): boolean {
  if (typeof v !== "boolean") fail(`expected a boolean, got ${show(v)}`)
  return v
}

export function int(v: Value): number {
  if (typeof v !== "number") fail(`expected an integer, got ${show(v)}`)
  return v
}

export function set(v: Value): TSet {
  if (!(v instanceof TSet)) fail(`expected a finite set, got ${show(v)}`)
  return v
}

export function seq(v: Value): Seq {
  if (!(v instanceof Seq)) fail(`expected a sequence, got ${show(v)}`)
  return v
}

// -----------------------------------------------------------------------------------------------------------
// Sets.

export const EMPTY_SET = new TSet([])

/** The set of these elements, in canonical form. */
export function setOf(items: ReadonlyArray<Value>): TSet {
  if (items.length <= 1) return new TSet(items.slice())
  const sorted = items.slice()
  if (sorted.length <= 8) {
    // Insertion sort: the sets a spec writes out are small, and Array.prototype.sort costs more on them.
    for (let k = 1; k < sorted.length; k++) {
      const x = sorted[k]!
      let at = k
      while (at > 0 && compare(sorted[at - 1]!, x) > 0) {
        sorted[at] = sorted[at - 1]!
        at--
      }
      sorted[at] = x
    }
  } else sorted.sort(compare)
  const out: Array<Value> = [sorted[0]!]
  for (let k = 1; k < sorted.length; k++) if (compare(out[out.length - 1]!, sorted[k]!) !== 0) out.push(sorted[k]!)
  return new TSet(out)
}

/** The elements of a finite set, in canonical order (what \E, \A, CHOOSE and set constructors enumerate). */
export function elems(v: Value): ReadonlyArray<Value> {
  return set(v).elems
}

function indexIn(sorted: ReadonlyArray<Value>, x: Value): number {
  // Booleans, integers, strings and (interned) model values are equal exactly when identical: the small
  // domains of records and of functions over servers are scanned without the order.
  if (typeof x !== "object" || x instanceof ModelValue) {
    if (sorted.length <= 16) {
      for (let k = 0; k < sorted.length; k++) if (sorted[k] === x) return k
      return -1
    }
  }
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const c = compare(sorted[mid]!, x)
    if (c === 0) return mid
    if (c < 0) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

/** x \in S, where S may be a finite set or one of the infinite sets of the standard modules. */
export function isIn(x: Value, s: Value | InfiniteSet): boolean {
  if (s instanceof InfiniteSet) return s.has(x)
  return indexIn(set(s).elems, x) >= 0
}

/** Nat, Int, STRING, BOOLEAN-like sets TLC can test membership in but not enumerate. */
export class InfiniteSet {
  constructor(
    readonly name: string,
    readonly has: (x: Value) => boolean,
  ) {}
}

export const Nat = new InfiniteSet("Nat", (x) => typeof x === "number" && x >= 0)
export const Int = new InfiniteSet("Int", (x) => typeof x === "number")
export const STRING = new InfiniteSet("STRING", (x) => typeof x === "string")
export const BOOLEAN = new TSet([false, true])

export function union(a: Value, b: Value): TSet {
  const x = set(a).elems
  const y = set(b).elems
  if (y.length === 0) return a as TSet
  if (x.length === 0) return b as TSet
  return setOf([...x, ...y])
}

export function intersect(a: Value, b: Value): TSet {
  const y = set(b).elems
  return new TSet(set(a).elems.filter((e) => indexIn(y, e) >= 0))
}

export function minus(a: Value, b: Value): TSet {
  const y = set(b).elems
  if (y.length === 0) return set(a)
  return new TSet(set(a).elems.filter((e) => indexIn(y, e) < 0))
}

export function subseteq(a: Value, b: Value): boolean {
  const y = set(b).elems
  return set(a).elems.every((e) => indexIn(y, e) >= 0)
}

/** SUBSET S. */
export function powerset(a: Value): TSet {
  const x = set(a).elems
  assert(x.length <= 20, "SUBSET of a set of at most 20 elements")
  const out: Array<Value> = []
  for (let mask = 0; mask < 1 << x.length; mask++) out.push(new TSet(x.filter((_, k) => ((mask >>> k) & 1) === 1)))
  return setOf(out)
}

/** UNION S. */
export function bigUnion(a: Value): TSet {
  return setOf(set(a).elems.flatMap((s) => set(s).elems))
}

/** a..b. */
export function range(a: Value, b: Value): TSet {
  const lo = int(a)
  const hi = int(b)
  const out: Array<Value> = []
  for (let x = lo; x <= hi; x++) out.push(x)
  return new TSet(out)
}

export function cardinality(a: Value): number {
  return set(a).elems.length
}

/** [S -> T]: every function from S to T. */
export function functionSet(a: Value, b: Value): TSet {
  const dom = set(a).elems
  const cod = set(b).elems
  let out: Array<Array<Value>> = [[]]
  for (let k = 0; k < dom.length; k++) out = out.flatMap((vals) => cod.map((v) => [...vals, v]))
  return setOf(out.map((vals) => fnOf(dom, vals)))
}

// -----------------------------------------------------------------------------------------------------------
// Functions, records, sequences.

function isOneToN(keys: ReadonlyArray<Value>): boolean {
  for (let k = 0; k < keys.length; k++) if (keys[k] !== k + 1) return false
  return true
}

/** The function with these (distinct) keys and values, in canonical form. */
export function fnOf(keys: ReadonlyArray<Value>, vals: ReadonlyArray<Value>): Value {
  assert(keys.length === vals.length, "one value per key")
  let ascending = true
  for (let k = 1; k < keys.length && ascending; k++) ascending = compare(keys[k - 1]!, keys[k]!) < 0
  if (ascending) return isOneToN(keys) ? new Seq(vals.slice()) : new Fn(keys.slice(), vals.slice())
  const order = keys.map((_, k) => k).sort((x, y) => compare(keys[x]!, keys[y]!))
  const sortedKeys = order.map((k) => keys[k]!)
  const sortedVals = order.map((k) => vals[k]!)
  for (let k = 1; k < sortedKeys.length; k++) if (compare(sortedKeys[k - 1]!, sortedKeys[k]!) === 0) fail(`a function with the key ${show(sortedKeys[k]!)} twice`)
  return isOneToN(sortedKeys) ? new Seq(sortedVals) : new Fn(sortedKeys, sortedVals)
}

/** [x \in S |-> f(x)]. */
export function fnOver(domain: Value, f: (x: Value) => Value): Value {
  const keys = elems(domain)
  return fnOf(keys, keys.map(f))
}

/**
 * A record whose field names are given already sorted and distinct (the translator sorts them when it
 * writes the code), so building it sorts nothing. A record's domain is never 1..n, so it is always an Fn.
 */
export function sortedRecord(names: ReadonlyArray<string>, vals: ReadonlyArray<Value>): Fn {
  return new Fn(names, vals)
}

/** [a |-> 1, b |-> 2]. */
export function record(fields: ReadonlyArray<readonly [string, Value]>): Value {
  return fnOf(
    fields.map((f) => f[0]),
    fields.map((f) => f[1]),
  )
}

/** <<a, b, c>>. */
export function tuple(items: ReadonlyArray<Value>): Seq {
  return new Seq(items)
}

/** f[x]. */
export function apply(f: Value, x: Value): Value {
  if (f instanceof Seq) {
    if (typeof x === "number" && x >= 1 && x <= f.items.length && Number.isInteger(x)) return f.items[x - 1]!
    return fail(`${show(x)} is not in the domain 1..${f.items.length} of ${show(f)}`)
  }
  if (f instanceof Fn) {
    const k = indexIn(f.keys, x)
    if (k >= 0) return f.vals[k]!
    return fail(`${show(x)} is not in the domain of ${show(f)}`)
  }
  return fail(`${show(f)} applied to ${show(x)} is not a function`)
}

/** r.name. */
export function field(r: Value, name: string): Value {
  return apply(r, name)
}

/** DOMAIN f. */
export function domain(f: Value): TSet {
  if (f instanceof Seq) return range(1, f.items.length)
  if (f instanceof Fn) return new TSet(f.keys)
  return fail(`DOMAIN of ${show(f)}, which is not a function`)
}

/** The position of key x in function f's values, or -1 when x is outside its domain. */
function slotOf(f: Value, x: Value): number {
  if (f instanceof Seq) return typeof x === "number" && x >= 1 && x <= f.items.length && Number.isInteger(x) ? x - 1 : -1
  if (f instanceof Fn) return indexIn(f.keys, x)
  return fail(`EXCEPT on ${show(f)}, which is not a function`)
}

/** f with the value at position k replaced (f itself when the value is the same object). */
function withSlot(f: Seq | Fn, k: number, v: Value): Value {
  if (f instanceof Seq) {
    if (f.items[k] === v) return f
    const items = f.items.slice()
    items[k] = v
    return new Seq(items)
  }
  if (f.vals[k] === v) return f
  const vals = f.vals.slice()
  vals[k] = v
  return new Fn(f.keys, vals)
}

/** [f EXCEPT ![x] = g(@)], one key. TLC: a key outside the domain leaves f unchanged (g is not evaluated). */
export function except(f: Value, x: Value, g: (old: Value) => Value): Value {
  const k = slotOf(f, x)
  if (k < 0) return f
  const fn = f as Seq | Fn
  return withSlot(fn, k, g(fn instanceof Seq ? fn.items[k]! : fn.vals[k]!))
}

/** [f EXCEPT ![a][b]... = g(@)]: the path of keys (a field name is a string key). */
export function exceptPath(f: Value, path: ReadonlyArray<Value>, g: (old: Value) => Value): Value {
  if (path.length === 1) return except(f, path[0]!, g)
  // Down the path, then the new values back up it.
  const containers: Array<Seq | Fn> = []
  const slots: Array<number> = []
  let at: Value = f
  for (const x of path) {
    const k = slotOf(at, x)
    if (k < 0) return f
    const fn = at as Seq | Fn
    containers.push(fn)
    slots.push(k)
    at = fn instanceof Seq ? fn.items[k]! : fn.vals[k]!
  }
  let v = g(at)
  for (let d = path.length - 1; d >= 0; d--) v = withSlot(containers[d]!, slots[d]!, v)
  return v
}

/** x :> y. */
export function colonGt(x: Value, y: Value): Value {
  return x === 1 ? new Seq([y]) : new Fn([x], [y])
}

/** The keys and values of a function, in canonical order. */
function entriesOf(f: Value): { keys: ReadonlyArray<Value>; vals: ReadonlyArray<Value> } {
  if (f instanceof Fn) return f
  if (f instanceof Seq) return { keys: f.items.map((_, k) => k + 1), vals: f.items }
  return fail(`${show(f)} is not a function`)
}

/** f @@ g: f where defined, else g (a merge of the two sorted domains). */
export function atAt(f: Value, g: Value): Value {
  const a = entriesOf(f)
  const b = entriesOf(g)
  if (b.keys.length === 0) return f
  const keys: Array<Value> = []
  const vals: Array<Value> = []
  let i = 0
  let j = 0
  let onlyInF = false
  let onlyInG = false
  while (i < a.keys.length || j < b.keys.length) {
    const c = i === a.keys.length ? 1 : j === b.keys.length ? -1 : compare(a.keys[i]!, b.keys[j]!)
    if (c <= 0) {
      keys.push(a.keys[i]!)
      vals.push(a.vals[i]!)
      i++
      if (c === 0) j++
      else onlyInF = true
    } else {
      keys.push(b.keys[j]!)
      vals.push(b.vals[j]!)
      j++
      onlyInG = true
    }
  }
  // DOMAIN g within DOMAIN f: f itself (the recorder's updates are such merges); DOMAIN f within DOMAIN g:
  // g's keys, shared.
  if (!onlyInG) return f
  if (!onlyInF && g instanceof Fn) return new Fn(g.keys, vals)
  return isOneToN(keys) ? new Seq(vals) : new Fn(keys, vals)
}

/**
 * f1 @@ f2 @@ ... @@ fn in one pass. When fn is a function (not a sequence) whose domain holds every other
 * operand's, the result has fn's domain: fn's keys are shared, each value comes from the leftmost operand
 * defining its key, and fn itself is returned when that changes none (Zab.tla's recorder updates are such
 * merges). Otherwise the operands are merged pairwise.
 */
export function atAtN(fs: ReadonlyArray<Value>): Value {
  assert(fs.length >= 2, "@@ of at least two functions")
  const last = fs[fs.length - 1]!
  if (last instanceof Fn) {
    let vals: Array<Value> | null = null
    let within = true
    // Right to left, so that the leftmost definer writes last.
    for (let o = fs.length - 2; o >= 0 && within; o--) {
      const f = fs[o]!
      if (!(f instanceof Fn)) {
        within = false
        break
      }
      for (let q = 0; q < f.keys.length; q++) {
        const k = indexIn(last.keys, f.keys[q]!)
        if (k < 0) {
          within = false
          break
        }
        const current: Value = vals === null ? last.vals[k]! : vals[k]!
        if (current !== f.vals[q]!) {
          if (vals === null) vals = last.vals.slice()
          vals[k] = f.vals[q]!
        }
      }
    }
    if (within) return vals === null ? last : new Fn(last.keys, vals)
  }
  let out = fs[0]!
  for (let o = 1; o < fs.length; o++) out = atAt(out, fs[o]!)
  return out
}

export function len(s: Value): number {
  return seq(s).items.length
}

export function append(s: Value, x: Value): Seq {
  return new Seq([...seq(s).items, x])
}

export function head(s: Value): Value {
  const items = seq(s).items
  if (items.length === 0) fail("Head of the empty sequence")
  return items[0]!
}

export function tail(s: Value): Seq {
  const items = seq(s).items
  if (items.length === 0) fail("Tail of the empty sequence")
  return new Seq(items.slice(1))
}

/** s \o t: of two sequences, or of two strings (TLA+ strings are sequences of characters, and TLC concatenates them). */
export function concat(s: Value, t: Value): Value {
  if (typeof s === "string" && typeof t === "string") return s + t
  return new Seq([...seq(s).items, ...seq(t).items])
}

export function subSeq(s: Value, m: Value, n: Value): Seq {
  const items = seq(s).items
  const from = int(m)
  const to = int(n)
  if (from > to) return new Seq([])
  if (from < 1 || to > items.length) fail(`SubSeq(${show(s)}, ${from}, ${to}) outside the sequence`)
  return new Seq(items.slice(from - 1, to))
}

export function selectSeq(s: Value, test: (x: Value) => Value): Seq {
  return new Seq(seq(s).items.filter((x) => bool(test(x))))
}

/** CHOOSE x \in S: p(x), as TLC picks it: the first element of S in its canonical order. */
export function choose(s: Value, p: (x: Value) => boolean, where: string): Value {
  for (const x of elems(s)) if (p(x)) return x
  return fail(`CHOOSE found no element satisfying its predicate (${where})`)
}

// -----------------------------------------------------------------------------------------------------------
// Printing (ToString, PrintT's argument, errors).

export function show(v: Value): string {
  switch (typeof v) {
    case "boolean":
      return v ? "TRUE" : "FALSE"
    case "number":
      return String(v)
    case "string":
      return JSON.stringify(v)
    default:
      if (v instanceof ModelValue) return v.name
      if (v instanceof TSet) return `{${v.elems.map(show).join(", ")}}`
      if (v instanceof Seq) return `<<${v.items.map(show).join(", ")}>>`
      if (v.keys.every((k) => typeof k === "string")) return `[${v.keys.map((k, i) => `${k as string} |-> ${show(v.vals[i]!)}`).join(", ")}]`
      return `(${v.keys.map((k, i) => `${show(k)} :> ${show(v.vals[i]!)}`).join(" @@ ")})`
  }
}

/** PrintT(x): TRUE. The model explores without printing, so the text is computed (as TLC does) and dropped. */
export function printT(x: Value): boolean {
  show(x)
  return true
}

/** Assert(c, message). */
export function tlaAssert(c: Value, message: Value): boolean {
  if (!bool(c)) fail(`Assert failed: ${show(message)}`)
  return true
}

// -----------------------------------------------------------------------------------------------------------
// The next state under construction: one slot per variable, unassigned until an action assigns it.

/**
 * A partial assignment of the variables (primed, or unprimed while Init is evaluated). An action assigns
 * slots in place and records them on a trail; where the action branches (a disjunction, an `\E`, x' \in S)
 * the generated code marks the trail and undoes back to the mark before the next branch, so every branch
 * starts from the assignment at the branch point without copying it.
 */
export class Partial {
  private readonly trail: Array<number> = []

  /** `slots` is the generated code's literal of one `undefined` per variable (cheaper than filling an array). */
  constructor(readonly slots: Array<Value | undefined>) {}

  /** Assigns an unassigned slot. */
  assign(at: number, v: Value): void {
    this.slots[at] = v
    this.trail.push(at)
  }

  mark(): number {
    return this.trail.length
  }

  /** Unassigns every slot assigned since the mark. */
  undo(mark: number): void {
    while (this.trail.length > mark) this.slots[this.trail.pop()!] = undefined
  }
}


/** The mark of a branch point (see Partial). */
export function mark(n: Partial): number {
  return n.mark()
}

/** Back to a branch point's mark (see Partial). */
export function undo(n: Partial, at: number): void {
  n.undo(at)
}

/**
 * x' = v in an action: assigns x' when it is unassigned, otherwise compares (TLC's semantics). Null when the
 * comparison fails, i.e. this branch of the action yields no successor.
 */
export function bind(n: Partial, at: number, v: Value): Partial | null {
  const old = n.slots[at]
  if (old !== undefined) return eq(old, v) ? n : null
  n.assign(at, v)
  return n
}

/** x' read after it was assigned. */
export function primed(n: Partial, at: number, name: string): Value {
  const v = n.slots[at]
  if (v === undefined) fail(`${name}' is read before the action assigns it`)
  return v
}

// -----------------------------------------------------------------------------------------------------------
// Structural hashes, for fingerprints.
//
// Two independent 32-bit lanes (murmur3's mixing with different seeds) make a 64-bit hash of a value's
// canonical form: equal values have equal hashes because equal values have structurally equal
// representations (the canonical forms above). Composite values cache theirs.


function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51)
  k = (k << 15) | (k >>> 17)
  k = Math.imul(k, 0x1b873593)
  h ^= k
  h = (h << 13) | (h >>> 19)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

function finalMix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  // 0 marks "not computed yet" on composite values.
  return h === 0 ? 1 : h
}

function hashText(kind: number, s: string, seed: number): number {
  let h = mix(seed, kind)
  h = mix(h, s.length)
  for (let k = 0; k < s.length; k++) h = mix(h, s.charCodeAt(k))
  return finalMix(h)
}

/**
 * The hashes of the strings met so far, both lanes: a spec's strings are few (record fields, action names
 * in labels) and hashed again in every record built, so each is hashed once.
 */
const stringHashes = new Map<string, readonly [number, number]>()

function intLane(seed: number, v: number): number {
  return finalMix(mix(mix(seed, 2), v | 0))
}

// The hashes of booleans and of the small integers a spec counts with (epochs, zxids, counters, indices),
// computed once: they are the leaves of nearly every value a state holds.
const FALSE_LANE1 = finalMix(mix(SEED1, 0))
const FALSE_LANE2 = finalMix(mix(SEED2, 0))
const TRUE_LANE1 = finalMix(mix(SEED1, 1))
const TRUE_LANE2 = finalMix(mix(SEED2, 1))
const SMALL_INT_MIN = -64
const SMALL_INT_MAX = 1023
const smallIntLane1 = Int32Array.from({ length: SMALL_INT_MAX - SMALL_INT_MIN + 1 }, (_, k) => intLane(SEED1, k + SMALL_INT_MIN))
const smallIntLane2 = Int32Array.from({ length: SMALL_INT_MAX - SMALL_INT_MIN + 1 }, (_, k) => intLane(SEED2, k + SMALL_INT_MIN))

/** Lane 1 (seed 1) or lane 2 (seed 2) of v's hash. */
function laneHash(v: Value, lane: 1 | 2): number {
  hashBoth(v)
  return lane === 1 ? lane1 : lane2
}

/** Both lanes of the last hashBoth (module scratch, so that one dispatch and one look-up serve both lanes). */
let lane1 = 0
let lane2 = 0

/** Both lanes of v's hash, into lane1 and lane2. */
function hashBoth(v: Value): void {
  switch (typeof v) {
    case "boolean":
      lane1 = v ? TRUE_LANE1 : FALSE_LANE1
      lane2 = v ? TRUE_LANE2 : FALSE_LANE2
      return
    case "number":
      if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX && (v | 0) === v) {
        lane1 = smallIntLane1[v - SMALL_INT_MIN]!
        lane2 = smallIntLane2[v - SMALL_INT_MIN]!
        return
      }
      lane1 = intLane(SEED1, v)
      lane2 = intLane(SEED2, v)
      return
    case "string": {
      let h = stringHashes.get(v)
      if (h === undefined) {
        h = [hashText(3, v, SEED1), hashText(3, v, SEED2)]
        // A bound on the memory: strings built by the spec (ToString, \o) could be many.
        if (stringHashes.size < 100_000) stringHashes.set(v, h)
      }
      lane1 = h[0]
      lane2 = h[1]
      return
    }
    default:
      // A model value's hash is never 0 (finalMix), so h1 === 0 means a composite not hashed yet.
      if (v.h1 === 0) hashComposite(v as TSet | Seq | Fn)
      lane1 = v.h1
      lane2 = v.h2
  }
}

function hashComposite(v: TSet | Seq | Fn): void {
  let a: number
  let b: number
  if (v instanceof Fn) {
    a = mix(mix(SEED1, 7), v.keys.length)
    b = mix(mix(SEED2, 7), v.keys.length)
    for (let k = 0; k < v.keys.length; k++) {
      hashBoth(v.keys[k]!)
      a = mix(a, lane1)
      b = mix(b, lane2)
      hashBoth(v.vals[k]!)
      a = mix(a, lane1)
      b = mix(b, lane2)
    }
  } else {
    const kind = v instanceof TSet ? 5 : 6
    const items = v instanceof TSet ? v.elems : v.items
    a = mix(mix(SEED1, kind), items.length)
    b = mix(mix(SEED2, kind), items.length)
    for (let k = 0; k < items.length; k++) {
      hashBoth(items[k]!)
      a = mix(a, lane1)
      b = mix(b, lane2)
    }
  }
  v.h1 = finalMix(a)
  v.h2 = finalMix(b)
}

/**
 * The 64-bit hash of a tuple of values (a state's variables in order) into out[0], out[1]. Two states are
 * told apart by it as by TLC's 64-bit fingerprints: equal states always agree, different ones collide
 * with a probability of about n^2 / 2^65 among n states.
 */
export function hashValues(values: ReadonlyArray<Value>, out: Int32Array): void {
  let a = mix(SEED1, values.length)
  let b = mix(SEED2, values.length)
  for (let k = 0; k < values.length; k++) {
    hashBoth(values[k]!)
    a = mix(a, lane1)
    b = mix(b, lane2)
  }
  out[0] = finalMix(a)
  out[1] = finalMix(b)
}

// -----------------------------------------------------------------------------------------------------------
// A compact encoding of values, for the states an explorer holds until it expands them: words in typed
// arrays, which the garbage collector does not trace, instead of an object graph per state.

const TAG_FALSE = 0
const TAG_TRUE = 1
const TAG_INT = 2
const TAG_STRING = 3
const TAG_MODEL_VALUE = 4
const TAG_SET = 5
const TAG_SEQ = 6
const TAG_FN = 7

/** Writes and reads values as 32-bit words; strings and model values by their number in its table. */
export class ValuePacker {
  private words = new Int32Array(1 << 10)
  private length = 0
  private readonly atoms: Array<string | ModelValue> = []
  private readonly atomIds = new Map<string | ModelValue, number>()

  /** Packs these values, one after the other: the words are `packed()` until the next call. */
  pack(values: ReadonlyArray<Value>): number {
    this.length = 0
    for (const v of values) this.write(v)
    return this.length
  }

  /** The words of the last `pack`. */
  packed(): Int32Array {
    return this.words.subarray(0, this.length)
  }

  /** The `count` values packed in `words` from `offset` on, in order. */
  unpack(words: Int32Array, offset: number, count: number): Array<Value> {
    const out: Array<Value> = []
    let at = offset
    const read = (): Value => {
      const tag = words[at++]!
      switch (tag) {
        case TAG_FALSE:
          return false
        case TAG_TRUE:
          return true
        case TAG_INT:
          return words[at++]!
        case TAG_STRING:
        case TAG_MODEL_VALUE:
          return this.atoms[words[at++]!]!
        case TAG_SET:
        case TAG_SEQ: {
          const n = words[at++]!
          const items: Array<Value> = new Array<Value>(n)
          for (let k = 0; k < n; k++) items[k] = read()
          return tag === TAG_SET ? new TSet(items) : new Seq(items)
        }
        default: {
          const n = words[at++]!
          const keys: Array<Value> = new Array<Value>(n)
          const vals: Array<Value> = new Array<Value>(n)
          for (let k = 0; k < n; k++) {
            keys[k] = read()
            vals[k] = read()
          }
          return new Fn(keys, vals)
        }
      }
    }
    for (let k = 0; k < count; k++) out.push(read())
    return out
  }

  private word(x: number): void {
    if (this.length === this.words.length) {
      const grown = new Int32Array(this.words.length * 2)
      grown.set(this.words)
      this.words = grown
    }
    this.words[this.length++] = x
  }

  private atom(a: string | ModelValue): number {
    let id = this.atomIds.get(a)
    if (id === undefined) {
      id = this.atoms.length
      this.atoms.push(a)
      this.atomIds.set(a, id)
    }
    return id
  }

  private write(v: Value): void {
    switch (typeof v) {
      case "boolean":
        this.word(v ? TAG_TRUE : TAG_FALSE)
        return
      case "number":
        assert(Number.isSafeInteger(v) && v === (v | 0), "integers of a packed state fit 32 bits")
        this.word(TAG_INT)
        this.word(v)
        return
      case "string":
        this.word(TAG_STRING)
        this.word(this.atom(v))
        return
      default:
        if (v instanceof ModelValue) {
          this.word(TAG_MODEL_VALUE)
          this.word(this.atom(v))
        } else if (v instanceof Fn) {
          this.word(TAG_FN)
          this.word(v.keys.length)
          for (let k = 0; k < v.keys.length; k++) {
            this.write(v.keys[k]!)
            this.write(v.vals[k]!)
          }
        } else {
          const items = v instanceof TSet ? v.elems : v.items
          this.word(v instanceof TSet ? TAG_SET : TAG_SEQ)
          this.word(items.length)
          for (const x of items) this.write(x)
        }
    }
  }
}

/**
 * Hash-consing: one shared object per distinct value, numbered. A state waiting in the explorer's queue is
 * then one number per variable, and the states expanded from it share their parts (and those parts' cached
 * hashes) with every other state holding equal values, instead of each getting a fresh object graph. The
 * number of distinct values of a variable is small next to the number of states (TLC's coverage of n2_d:
 * at most 1,693 per variable against 741,849 states), so the table stays small.
 */
export class ValueInterner {
  private readonly values: Array<Value> = []
  /** Numbers of the values by lane 1 of their hash (a collision chain when several share it). */
  private readonly byHash = new Map<number, number | Array<number>>()

  get size(): number {
    return this.values.length
  }

  /** The number of v (of a value equal to v, checked with eq, not only by hash). */
  idOf(v: Value): number {
    const h = laneHash(v, 1)
    const found = this.byHash.get(h)
    if (found === undefined) {
      this.byHash.set(h, this.values.length)
      this.values.push(v)
      return this.values.length - 1
    }
    if (typeof found === "number") {
      if (eq(this.values[found]!, v)) return found
      this.byHash.set(h, [found, this.values.length])
    } else {
      for (const id of found) if (eq(this.values[id]!, v)) return id
      found.push(this.values.length)
    }
    this.values.push(v)
    return this.values.length - 1
  }

  valueOf(id: number): Value {
    return this.values[id]!
  }
}

/** UNCHANGED <<x, y>>: x' = x and y' = y, each as `bind`, given as [slot of x, x, slot of y, y]. */
export function bindEach(n: Partial, slotsAndValues: ReadonlyArray<number | Value>): Partial | null {
  for (let k = 0; k < slotsAndValues.length; k += 2) {
    const at = slotsAndValues[k] as number
    const v = slotsAndValues[k + 1] as Value
    const old = n.slots[at]
    if (old === undefined) n.assign(at, v)
    else if (!eq(old, v)) return null
  }
  return n
}

// -----------------------------------------------------------------------------------------------------------
// Small helpers the generated code calls.

/** A LET definition of arity 0: evaluated when first used (as TLC does), then remembered. */
export function once(f: () => Value): () => Value {
  let done = false
  let value: Value = false
  return () => {
    if (!done) {
      value = f()
      done = true
    }
    return value
  }
}

/** {x \in S: p(x)}. */
export function filter(s: Value, p: (x: Value) => boolean): TSet {
  return new TSet(elems(s).filter(p))
}

/** {e(x) : x \in S}. */
export function map(s: Value, e: (x: Value) => Value): TSet {
  return setOf(elems(s).map(e))
}

/** a \div b: division rounding towards negative infinity, as TLC does. */
export function div(a: Value, b: Value): number {
  const d = int(b)
  if (d === 0) fail("division by zero")
  return Math.floor(int(a) / d)
}

/** a % b: the remainder in 0..b-1, as TLC does. */
export function mod(a: Value, b: Value): number {
  const d = int(b)
  if (d <= 0) fail("% by a non-positive number")
  return ((int(a) % d) + d) % d
}

/** A CASE none of whose guards holds and which has no OTHER. */
export function caseFail(where: string): never {
  return fail(`no guard of the CASE at ${where} holds`)
}

/** x' where x' must be assigned: every variable of a successor state. */
export function assigned(n: Partial, at: number, name: string): Value {
  const v = n.slots[at]
  if (v === undefined) fail(`the action leaves ${name}' unassigned`)
  return v
}

// -----------------------------------------------------------------------------------------------------------
// Membership in sets that are not enumerated (TypeOK's [f: S], Seq(S), [S -> Nat], SUBSET of them).

/** x \in [f: S, g: T]: a record with exactly these fields, each in its set. */
export function isRecordOf(x: Value, fields: ReadonlyArray<readonly [string, (v: Value) => boolean]>): boolean {
  if (!(x instanceof Fn) || x.keys.length !== fields.length) return false
  for (const [name, member] of fields) {
    const k = indexIn(x.keys, name)
    if (k < 0 || !member(x.vals[k]!)) return false
  }
  return true
}

/** x \in Seq(S). */
export function isSeqOf(x: Value, member: (v: Value) => boolean): boolean {
  return x instanceof Seq && x.items.every(member)
}

/** x \in [D -> S], D enumerated. */
export function isFnOf(x: Value, dom: Value, member: (v: Value) => boolean): boolean {
  if (!(x instanceof Seq || x instanceof Fn)) return false
  if (!eq(domain(x), dom)) return false
  return x instanceof Seq ? x.items.every(member) : x.vals.every(member)
}

/** x \in SUBSET S. */
export function isSetOf(x: Value, member: (v: Value) => boolean): boolean {
  return x instanceof TSet && x.elems.every(member)
}

/** [f: S, g: T] enumerated: every record with a value of each field's set. */
export function recordSet(fields: ReadonlyArray<readonly [string, Value]>): TSet {
  let out: Array<Array<readonly [string, Value]>> = [[]]
  for (const [name, s] of fields) out = out.flatMap((partial) => elems(s).map((v) => [...partial, [name, v] as const]))
  return setOf(out.map((f) => record(f)))
}
