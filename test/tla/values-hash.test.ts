/**
 * Goal: the structural hash the generated explorer fingerprints states with (model/tla-values.ts) agrees on
 * equal values however they were built, and tells different values apart, so that it counts states as TLC
 * does; equality's shortcut on known hashes never calls equal values different.
 *
 * Method: equal values built by different routes (set orders, record field orders, EXCEPT against a fresh
 * construction, @@ against a literal) must hash alike; families of distinct values (every subset of a
 * 10-element set, every function from 3 servers to 3 values, values of different kinds that print alike)
 * must hash pairwise differently. Values packed into words and unpacked must come back equal.
 */
import { describe, expect, it } from "vitest"
import { type Value, ValuePacker, atAt, atAtN, colonGt, eq, except, exceptPath, fnOf, hashValues, modelValue, powerset, range, record, setOf, sortedRecord, tuple } from "../../model/tla-values.js"

function hash(v: Value): string {
  const out = new Int32Array(2)
  hashValues([v], out)
  return `${out[0]}:${out[1]}`
}

describe("structural hashes of TLA+ values", () => {
  const a = modelValue("a")
  const b = modelValue("b")

  it("equal values built by different routes hash alike and are equal", () => {
    const pairs: ReadonlyArray<readonly [Value, Value]> = [
      [setOf([b, a, 3, "x"]), setOf(["x", 3, a, b, a])],
      [record([["zxid", tuple([1, 2])], ["index", 1]]), sortedRecord(["index", "zxid"], [1, tuple([1, 2])])],
      [fnOf([2, 1], ["q", "p"]), tuple(["p", "q"])],
      [except(record([["n", 0], ["m", a]]), "n", () => 5), record([["m", a], ["n", 5]])],
      [exceptPath(fnOf([a, b], [tuple([0, 0]), tuple([0, 0])]), [b, 2], () => 7), fnOf([b, a], [tuple([0, 7]), tuple([0, 0])])],
      [atAt(colonGt("x", 1), record([["x", 9], ["y", 2]])), record([["y", 2], ["x", 1]])],
      [atAt(colonGt(1, a), colonGt(2, b)), tuple([a, b])],
      // n-ary @@: the leftmost function defining a key wins, whether the last one's domain holds the others'
      // (its keys shared) or not (merged pairwise).
      [atAtN([colonGt("x", 1), colonGt("y", 3), colonGt("x", 4), record([["x", 9], ["y", 2], ["z", 0]])]), record([["x", 1], ["y", 3], ["z", 0]])],
      [atAtN([colonGt("w", 1), colonGt("x", 3), record([["x", 9]])]), record([["w", 1], ["x", 3]])],
      [atAtN([colonGt(1, a), colonGt(2, b), colonGt(1, b)]), tuple([a, b])],
    ]
    for (const [x, y] of pairs) {
      expect(hash(x)).toBe(hash(y))
      expect(eq(x, y)).toBe(true)
    }
    // A merge that changes nothing is the last function itself; one that changes a value is not.
    const r = record([["x", 9], ["y", 2]])
    expect(atAtN([colonGt("x", 9), colonGt("y", 2), r])).toBe(r)
    expect(eq(atAtN([colonGt("x", 8), r]), r)).toBe(false)
  })

  it("different values hash differently: every subset of 10 elements, every function from 3 servers to 3 values, look-alikes of other kinds", () => {
    const subsets = powerset(range(1, 10))
    const functions: Array<Value> = []
    for (let x = 0; x < 27; x++) functions.push(fnOf([a, b, modelValue("c")], [x % 3, Math.floor(x / 3) % 3, Math.floor(x / 9)]))
    const lookAlikes: Array<Value> = [1, "1", true, modelValue("1"), tuple([1]), setOf([1]), colonGt(2, 1), tuple([]), setOf([]), "", tuple([tuple([1])]), tuple([setOf([1])]), setOf([tuple([1])])]
    for (const family of [subsets.elems, functions, lookAlikes]) {
      const hashes = new Set(family.map(hash))
      expect(hashes.size).toBe(family.length)
    }
  })

  it("equality does not trust a stale shortcut: equal composites with hashes computed compare equal, different ones not", () => {
    const x = setOf([tuple([1, 2]), tuple([3])])
    const y = setOf([tuple([3]), tuple([1, 2])])
    const z = setOf([tuple([3]), tuple([1, 3])])
    hash(x)
    hash(y)
    hash(z)
    expect(eq(x, y)).toBe(true)
    expect(eq(x, z)).toBe(false)
  })

  it("packed values (the explorer's queue) come back equal, with equal hashes", () => {
    const values: Array<Value> = [true, false, -3, 2 ** 31 - 1, "", "mtype", a, setOf([tuple([1, a]), tuple([])]), record([["zxid", tuple([1, 2])], ["data", "v"]]), fnOf([a, b], [setOf([]), colonGt("k", setOf([b]))])]
    const packer = new ValuePacker()
    const n = packer.pack(values)
    const words = new Int32Array(n + 3)
    words.set(packer.packed(), 3)
    packer.pack([1, 2, 3]) // the packer's own buffer is reused; the copy stays
    const back = packer.unpack(words, 3, values.length)
    expect(back.length).toBe(values.length)
    values.forEach((v, k) => {
      expect(eq(back[k]!, v)).toBe(true)
      expect(hash(back[k]!)).toBe(hash(v))
    })
    expect(eq(back[9]!, values[8]!)).toBe(false)
  })
})
