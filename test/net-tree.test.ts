/**
 * Goal: a background snapshot (impl/net/net-tree.ts SnapshotWriter) is exactly the tree at the zxid it began
 * at, however the txns applied while it is written change the tree, and it loads back through the shared
 * data tree's decoder.
 * Method: fast-check builds a tree from random creates, starts a snapshot, then interleaves random writes
 * (creates, deletes, setData, on nodes before and after the writer's position, delete-and-recreate) with
 * slices of the writer; the text must equal datatree.serialize of a clone taken when it began.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as datatree from "../impl/core/datatree.js"
import type { Txn, WriteOp } from "../impl/core/types.js"
import { emptyServerTree, loadTree } from "../impl/net/net-tree.js"

const names = ["a", "b", "c", "d", "e", "f"]
const path = fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }).map((parts) => "/" + parts.join("/"))
const op: fc.Arbitrary<WriteOp> = fc.oneof(
  fc.record({ _tag: fc.constant("Create" as const), path, data: fc.string({ maxLength: 8 }) }),
  fc.record({ _tag: fc.constant("Delete" as const), path, version: fc.constant(-1) }),
  fc.record({ _tag: fc.constant("SetData" as const), path, data: fc.string({ maxLength: 8 }), version: fc.constant(-1) }),
)
const step = fc.oneof(op.map((o) => ({ kind: "write" as const, op: o })), fc.integer({ min: 1, max: 4 }).map((n) => ({ kind: "slice" as const, n })))

describe("background snapshots of the server's tree", () => {
  it("equal the tree at the zxid they began at, under concurrent writes", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.array(step, { maxLength: 80 }), (before, during) => {
        const tree = emptyServerTree()
        const reference = datatree.emptyTree()
        let zxid = 0
        const apply = (o: WriteOp): void => {
          zxid += 1
          const txn: Txn = { zxid, op: o, origin: 1, request: 0 }
          tree.apply(txn)
          datatree.apply(reference, txn)
        }
        for (const o of before) apply(o)
        const expected = datatree.serialize(datatree.clone(reference))
        const writer = tree.beginSnapshot()
        expect(writer.zxid).toBe(zxid)
        let chunks: ReadonlyArray<Buffer> | null = null
        for (const s of during) {
          if (s.kind === "write") apply(s.op)
          else if (chunks === null) chunks = writer.step(s.n)
        }
        while (chunks === null) chunks = writer.step(3)
        const text = Buffer.concat(chunks).toString("utf8")
        expect(text).toBe(expected)
        expect(loadTree(text).serialize()).toBe(expected)
        // The tree took every write and can start the next snapshot.
        expect(tree.serialize()).toBe(datatree.serialize(reference))
        expect(Buffer.concat(tree.beginSnapshot().step(1_000_000)!).toString("utf8")).toBe(datatree.serialize(reference))
      }),
      { numRuns: 500 },
    )
  })

  it("an abandoned snapshot lets the next one start", () => {
    const tree = emptyServerTree()
    tree.apply({ zxid: 1, op: { _tag: "Create", path: "/x", data: "1" }, origin: 1, request: 0 })
    tree.beginSnapshot().abandon()
    expect(Buffer.concat(tree.beginSnapshot().step(10)!).toString("utf8")).toBe(tree.serialize())
  })
})
