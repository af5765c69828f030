/**
 * Goal: the peer's in-memory log (impl/core/txn-log.ts) behaves as an immutable array: appending to one
 * version never changes another, whichever version is appended to, truncated, filtered or cut from the
 * front, and reads give what the array would.
 * Method: fast-check drives random operations on any of the versions made so far, beside a plain array per
 * version as the reference, and checks every version after every operation (so a write through a shared
 * backing array into a window someone else holds is caught); plus a hand-made case of two appends to the
 * same version, the case that must copy.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { TxnLog } from "../impl/core/txn-log.js"
import type { Txn } from "../impl/core/types.js"

let next = 1
const txn = (): Txn => ({ zxid: next++, op: { _tag: "Delete", path: "/x", version: -1 }, origin: 1, request: 0 })

type Op =
  | { readonly kind: "append"; readonly version: number; readonly count: number }
  | { readonly kind: "from"; readonly version: number; readonly index: number }
  | { readonly kind: "filter"; readonly version: number; readonly modulo: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("append" as const), version: fc.nat(), count: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("from" as const), version: fc.nat(), index: fc.integer({ min: 0, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("filter" as const), version: fc.nat(), modulo: fc.integer({ min: 1, max: 3 }) }) },
)

function expectSame(log: TxnLog, reference: ReadonlyArray<Txn>): void {
  expect(log.length).toBe(reference.length)
  expect(log.toArray()).toEqual(reference)
  expect([...log]).toEqual(reference)
  expect(log.last()).toBe(reference.at(-1))
  for (let i = 0; i < reference.length; i++) expect(log.get(i)).toBe(reference[i])
  const probe = reference.length === 0 ? 0 : reference[Math.floor(reference.length / 2)]!.zxid
  expect(log.firstAbove(probe)).toBe(reference.filter((t) => t.zxid <= probe).length)
}

describe("TxnLog", () => {
  it("every version stays what it was, whatever is done to the others", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        next = 1
        const logs: Array<TxnLog> = [TxnLog.empty()]
        const arrays: Array<ReadonlyArray<Txn>> = [[]]
        for (const o of ops) {
          const v = o.version % logs.length
          if (o.kind === "append") {
            const added = Array.from({ length: o.count }, txn)
            logs.push(logs[v]!.append(added))
            arrays.push([...arrays[v]!, ...added])
          } else if (o.kind === "from") {
            logs.push(logs[v]!.from(o.index))
            arrays.push(arrays[v]!.slice(o.index))
          } else {
            const keep = (t: Txn): boolean => t.zxid % o.modulo === 0
            logs.push(logs[v]!.filter(keep))
            arrays.push(arrays[v]!.filter(keep))
          }
          logs.forEach((log, i) => expectSame(log, arrays[i]!))
        }
      }),
      { numRuns: 300 },
    )
  })

  it("a second append to the same version copies instead of writing into the first one's entries", () => {
    next = 1
    const base = TxnLog.of([txn(), txn()])
    const a = base.append([txn()])
    const b = base.append([txn()])
    expect(a.toArray().map((t) => t.zxid)).toEqual([1, 2, 3])
    expect(b.toArray().map((t) => t.zxid)).toEqual([1, 2, 4])
    expect(base.length).toBe(2)
  })

  it("of() copies its argument, so the caller's array stays the caller's", () => {
    next = 1
    const mine = [txn()]
    const log = TxnLog.of(mine).append([txn()])
    expect(mine.length).toBe(1)
    expect(log.length).toBe(2)
  })
})
