/**
 * Goal: the simulator's own idea of the snapshot format (impl/sim/snapshot-format.ts) agrees with the peer's
 * writer and loader on every tree, and what it builds on that idea holds: each re-encoding of a snapshot
 * loads to the same tree, each re-sealed damage is refused for the reason it calls for, and a snapshot whose
 * recorded digest is not the format's, or that loads to another tree, is reported.
 *
 * Method: trees built from generated txns (sessions, ephemerals, ACLs, aversions, times), written with the
 * peer's serialize; the format's digest computed from the text alone; each rewrite and damage checked
 * against the peer's loader; hand-made bad snapshots for the failures.
 */
import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import { type DataTree, apply, emptyTree, serialize } from "../impl/core/datatree.js"
import type { Acl, Txn, TxnOp } from "../impl/core/types.js"
import { makeZxid } from "../impl/core/zxid.js"
import { REFUSALS, damageSnapshot } from "../impl/sim/disk-damage.js"
import { rewriteProblem, snapshotRefusal } from "../impl/sim/sim-tree.js"
import { type Json, canonicalSnapshotText, formatDigest, parseSnapshotDocument, reseal, rewriteSnapshot } from "../impl/sim/snapshot-format.js"

const sessionIds = [0x100000000000001n, 0x200000000000002n, 0x1ffn] as const
const pathArb = fc.constantFrom("/a", "/b", "/a/x", "/a/y", "/b/z", "/zookeeper/q")
const aclArb: fc.Arbitrary<ReadonlyArray<Acl>> = fc.oneof(
  fc.constant([{ perms: 31, scheme: "world", id: "anyone" }]),
  fc.constant([{ perms: 1, scheme: "world", id: "anyone" }, { perms: 30, scheme: "ip", id: "127.0.0.1" }]),
  fc.constant([{ perms: 31, scheme: "ip", id: "10.0.0.0/8" }]),
)
const opArb: fc.Arbitrary<TxnOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ _tag: fc.constant("Create" as const), path: pathArb, data: fc.string({ maxLength: 5 }), acl: aclArb }) },
  { weight: 2, arbitrary: fc.record({ _tag: fc.constant("Create" as const), path: pathArb, data: fc.string({ maxLength: 5 }), ephemeralOwner: fc.constantFrom(...sessionIds) }) },
  { weight: 2, arbitrary: fc.record({ _tag: fc.constant("SetData" as const), path: pathArb, data: fc.string({ maxLength: 5 }), version: fc.constant(-1) }) },
  { weight: 1, arbitrary: fc.record({ _tag: fc.constant("Delete" as const), path: pathArb, version: fc.constant(-1) }) },
  { weight: 1, arbitrary: fc.record({ _tag: fc.constant("SetACL" as const), path: pathArb, acl: aclArb, version: fc.constant(-1) }) },
  { weight: 2, arbitrary: fc.record({ _tag: fc.constant("CreateSession" as const), session: fc.constantFrom(...sessionIds), timeoutMs: fc.constantFrom(4_000, 40_000) }) },
  { weight: 1, arbitrary: fc.record({ _tag: fc.constant("CloseSession" as const), session: fc.constantFrom(...sessionIds) }) },
) as fc.Arbitrary<TxnOp>

function treeOf(ops: ReadonlyArray<TxnOp>, times: boolean): DataTree {
  const tree = emptyTree()
  ops.forEach((op, i) => {
    const txn: Txn = { zxid: makeZxid(1 + (i % 3), i + 1), op, origin: 1, request: 0, ...(times ? { time: 1_700_000_000_000 + i } : {}) }
    apply(tree, txn)
  })
  return tree
}

describe("the format's digest", () => {
  test.prop([fc.array(opArb, { maxLength: 30 }), fc.boolean()], { seed: 2026, numRuns: 300 })("is the digest the peer records, computed from the text alone (seed 2026)", (ops, times) => {
    const text = serialize(treeOf(ops, times))
    const doc = parseSnapshotDocument(text)!
    expect(formatDigest(doc)).toBe(doc["digest"])
  })

  it("tells a snapshot whose recorded digest is not its entries' from one whose is", () => {
    const text = serialize(treeOf([{ _tag: "CreateSession", session: 0x1ffn, timeoutMs: 4_000 }, { _tag: "Create", path: "/a", data: "v", ephemeralOwner: 0x1ffn }], true))
    expect(rewriteSnapshot(text, 0)!.wrongDigest).toBeNull()
    // The peer's writer with a weaker hash, as a mutant might have it: another digest recorded.
    const doc = parseSnapshotDocument(text)!
    const recorded = String(doc["digest"])
    const other = `${recorded.slice(0, -1)}${recorded.endsWith("0") ? "1" : "0"}`
    doc["digest"] = other
    expect(rewriteSnapshot(JSON.stringify(doc), 0)!.wrongDigest).toEqual({ recorded: other, expected: recorded })
    // Each entry counts: a changed node, a changed session.
    const node = parseSnapshotDocument(text)!
    ;(node["nodes"] as Array<{ data: string }>)[1]!.data = "w"
    expect(formatDigest(node)).not.toBe(recorded)
    const session = parseSnapshotDocument(text)!
    ;(session["sessions"] as Array<{ timeoutMs: number }>)[0]!.timeoutMs = 4_001
    expect(formatDigest(session)).not.toBe(recorded)
  })
})

describe("the format's encoding", () => {
  test.prop([fc.array(opArb, { maxLength: 30 }), fc.boolean()], { seed: 2029, numRuns: 300 })("is the text the peer writes, byte for byte (seed 2029)", (ops, times) => {
    const text = serialize(treeOf(ops, times))
    expect(canonicalSnapshotText(parseSnapshotDocument(text)!)).toBe(text)
    expect(rewriteSnapshot(text, 0)!.wrongEncoding).toBeNull()
  })

  it("tells a text written another way: entries out of order, an optional key that says nothing", () => {
    const ops: ReadonlyArray<TxnOp> = [
      { _tag: "CreateSession", session: 0x1ffn, timeoutMs: 4_000 },
      // A session id with the top bit set orders first (ids are 64-bit two's complement).
      { _tag: "CreateSession", session: -0x7f00000000000001n, timeoutMs: 4_000 },
      { _tag: "Create", path: "/b", data: "v" },
      { _tag: "Create", path: "/a", data: "v" },
    ]
    const text = serialize(treeOf(ops, true))
    const doc = parseSnapshotDocument(text)!
    const sessions = doc["sessions"] as Array<Json>
    expect(sessions.map((x) => (x as { session: string }).session)).toEqual(["0x80ffffffffffffff", "0x1ff"])
    sessions.reverse()
    expect(rewriteSnapshot(JSON.stringify(doc), 0)!.wrongEncoding).toMatch(/^at character \d+ it has "1ff\\",.*, the format "80ff/)
    const nodes = parseSnapshotDocument(text)!
    ;(nodes["nodes"] as Array<Json>).reverse()
    expect(rewriteSnapshot(JSON.stringify(nodes), 0)!.wrongEncoding).not.toBeNull()
    const optional = parseSnapshotDocument(text)!
    ;(optional["nodes"] as Array<{ aversion?: number }>)[1]!.aversion = 0
    expect(rewriteSnapshot(JSON.stringify(optional), 0)!.wrongEncoding).toMatch(/it has ",\\"aversion\\":0/)
  })
})

describe("a re-encoded snapshot", () => {
  test.prop([fc.array(opArb, { maxLength: 30 }), fc.boolean(), fc.nat({ max: 1_000_000 })], { seed: 2027, numRuns: 300 })(
    "loads to the tree it was written from, whichever way it is re-encoded (seed 2027)",
    (ops, times, pick) => {
      const tree = treeOf(ops, times)
      const text = serialize(tree)
      const rewrite = rewriteSnapshot(text, pick)!
      expect(rewrite.wrongDigest).toBeNull()
      expect(rewriteProblem(rewrite.text, text, tree.lastApplied), rewrite.what).toBeNull()
    },
  )

  it("reaches every kind of re-encoding", () => {
    const plain = treeOf([{ _tag: "CreateSession", session: 0x1ffn, timeoutMs: 4_000 }, { _tag: "Create", path: "/a", data: "v" }], true)
    const text = serialize(plain)
    const changes = new Set<string>()
    for (let pick = 0; pick < 48; pick++) {
      const rewrite = rewriteSnapshot(text, pick)!
      for (const change of rewrite.what.replace(/^re-encoded (with )?/, "").split(", ")) changes.add(change)
      expect(rewriteProblem(rewrite.text, text, plain.lastApplied), rewrite.what).toBeNull()
    }
    expect([...changes].sort()).toEqual(
      ["as it was", "each entry's keys in reverse order", "every node's aversion and ACL written out", "its nodes and sessions in reverse order", "its nodes and sessions rotated", "the text indented"].sort(),
    )
  })

  it("is reported when it loads to another tree, or is refused", () => {
    const tree = treeOf([{ _tag: "Create", path: "/a", data: "v" }], true)
    const text = serialize(tree)
    const doc = parseSnapshotDocument(text)!
    ;(doc["nodes"] as Array<{ path: string; data: string }>).find((n) => n.path === "/a")!.data = "w"
    reseal(doc)
    expect(rewriteProblem(JSON.stringify(doc), text, tree.lastApplied)).toMatchObject({ refused: false, text: expect.stringMatching(/^it loads to another tree: at character \d+/) })
    expect(rewriteProblem(text.slice(0, 40), text, tree.lastApplied)).toMatchObject({ refused: true, text: expect.stringMatching(/not JSON/) })
    expect(rewriteProblem(text, text, tree.lastApplied + 1)).toMatchObject({ refused: true, text: expect.stringMatching(/holds the tree at/) })
    expect(rewriteProblem(text, text, tree.lastApplied)).toBeNull()
  })
})

describe("a damaged snapshot", () => {
  test.prop([fc.array(opArb, { minLength: 1, maxLength: 30 }), fc.nat({ max: 1_000_000 })], { seed: 2028, numRuns: 400 })(
    "is refused, for the reason the damage calls for where it calls for one (seed 2028)",
    (ops, pick) => {
      const tree = treeOf(ops, true)
      const damage = damageSnapshot(serialize(tree), pick)!
      const refusal = snapshotRefusal(damage.text, tree.lastApplied)
      expect(refusal, damage.what).not.toBeNull()
      if (damage.refusal !== null) expect(refusal, damage.what).toMatch(damage.refusal)
    },
  )

  it("re-sealed, breaks only the structure: the digest matches what the file lists", () => {
    const tree = treeOf([{ _tag: "CreateSession", session: 0x1ffn, timeoutMs: 4_000 }, { _tag: "Create", path: "/a", data: "v" }, { _tag: "Create", path: "/a/x", data: "" }], true)
    const text = serialize(tree)
    const seen = new Set<string>()
    for (let pick = 0; pick < 2_000; pick++) {
      const damage = damageSnapshot(text, pick)!
      if (!damage.what.endsWith(", and the digest recomputed")) continue
      const doc = parseSnapshotDocument(damage.text)!
      expect(formatDigest(doc)).toBe(doc["digest"])
      seen.add(String(damage.refusal))
    }
    const resealed = [REFUSALS.invalidPath, REFUSALS.repeated, REFUSALS.emptyAcl, REFUSALS.unknownSession, REFUSALS.childOfEphemeral, REFUSALS.noRoot, REFUSALS.noParent]
    expect([...seen].sort()).toEqual(resealed.map(String).sort())
  })
})
