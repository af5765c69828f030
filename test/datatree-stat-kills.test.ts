/**
 * Goal: the Stat a server tells a client (czxid, mzxid, pzxid, ctime, mtime, dataLength, ephemeralOwner,
 * aversion, and version, cversion and numChildren once more) is checked against the txns its tree reflects
 * (impl/sim/znode-stats.ts), so mutants of impl/core/datatree.ts that report a wrong Stat are killed by the
 * campaign that judges every mutant (bench/mutation-campaign.ts).
 *
 * Method: fixedStat on hand-built txn lists (a create, a data change, a child created and deleted, a
 * multi), and statMismatch rejecting a Stat with one field wrong; then the mutation campaign on copies of
 * the sources with a datatree.ts mutant applied (test/support/mutant.ts), each expected to be reported by
 * the Stat check, beside an unmutated copy that passes.
 */
import { afterAll, describe, expect, it } from "vitest"
import * as datatree from "../impl/core/datatree.js"
import type { Txn } from "../impl/core/types.js"
import { makeZxid } from "../impl/core/zxid.js"
import { type ZnodeChange, changesOf, fixedStat, statMismatch } from "../impl/sim/znode-stats.js"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

const z = (counter: number): number => makeZxid(1, counter)

/** Applies the txns to a fresh tree, learning each one's changes as the simulator does. */
function replay(txns: ReadonlyArray<Txn>): { readonly tree: datatree.DataTree; readonly changes: (txn: Txn) => ReadonlyArray<ZnodeChange> | undefined } {
  const tree = datatree.emptyTree()
  const known = new Map<Txn, ReadonlyArray<ZnodeChange>>()
  for (const txn of txns) known.set(txn, changesOf(txn, datatree.apply(tree, txn)))
  return { tree, changes: (txn) => known.get(txn) }
}

function statOf(tree: datatree.DataTree, path: string): datatree.Stat {
  const answer = datatree.getData(tree, path)
  if (answer._tag !== "Ok" || answer.stat === undefined) throw new Error(`no node ${path}`)
  return answer.stat
}

describe("the Stat its txns fix", () => {
  const txns: ReadonlyArray<Txn> = [
    { zxid: z(1), op: { _tag: "Create", path: "/a", data: "abc" }, origin: 1, request: 1, time: 100 },
    { zxid: z(2), op: { _tag: "SetData", path: "/a", data: "hello", version: 0 }, origin: 1, request: 2, time: 200 },
    { zxid: z(3), op: { _tag: "Create", path: "/a/x", data: "" }, origin: 2, request: 3, time: 300 },
    { zxid: z(4), op: { _tag: "SetData", path: "/a", data: "no", version: 7 }, origin: 2, request: 4, time: 400 }, // BadVersion
    { zxid: z(5), op: { _tag: "Multi", ops: [{ _tag: "Check", path: "/a", version: 1 }, { _tag: "Delete", path: "/a/x", version: -1 }] }, origin: 3, request: 5, time: 500 },
  ]

  it("matches the tree's own Stat after creates, data changes, a refused write and a child created and deleted", () => {
    const { tree, changes } = replay(txns)
    const fixed = fixedStat("/a", txns, changes)
    expect(fixed).toEqual({ czxid: z(1), mzxid: z(2), pzxid: z(5), ctime: 100, mtime: 200, dataLength: 5, ephemeralOwner: 0n, aversion: 0, version: 1, cversion: 2, numChildren: 0 })
    expect(statMismatch(statOf(tree, "/a"), fixed!)).toBeNull()
    // The root is no txn's creation: only its pzxid moves.
    expect(statMismatch(statOf(tree, "/"), fixedStat("/", txns, changes)!)).toBeNull()
  })

  it("names the first field that differs", () => {
    const { tree, changes } = replay(txns)
    const fixed = fixedStat("/a", txns, changes)!
    const stat = statOf(tree, "/a")
    expect(statMismatch({ ...stat, pzxid: z(3) }, fixed)).toBe("pzxid 0x100000003 where its txns fix 0x100000005")
    expect(statMismatch({ ...stat, mtime: 100 }, fixed)).toBe("mtime 100 where its txns fix 200")
    expect(statMismatch({ ...stat, dataLength: 3 }, fixed)).toBe("dataLength 3 where its txns fix 5")
    expect(statMismatch({ ...stat, ephemeralOwner: 0x100000000000001n }, fixed)).toBe("ephemeralOwner 0x100000000000001 where its txns fix 0x0")
  })

  it("knows nothing when a txn's changes are unknown", () => {
    expect(fixedStat("/a", txns, () => undefined)).toBeNull()
  })
})

afterAll(disposeMutantCopies)

describe("datatree.ts mutants that report a wrong Stat, killed by the mutation campaign", () => {
  // Each is a mutant `npm run mutation` tries (the line's mutator named), which reports a Stat field no
  // check compared before: the history predicts version, cversion and numChildren only.
  it("dataLength's body emptied (BlockStatement)", async () => {
    const found = await campaign({ file: "impl/core/datatree.ts", from: "function dataLength(data: string): number {\n  return data.length\n}", to: "function dataLength(data: string): number {}" })
    expect(found?.invariant).toBe("ClientHistory")
    expect(found?.message).toMatch(/told the client of (read|write) #\d+ a Stat of \/.* with dataLength undefined where its txns fix \d+/)
  }, 600_000)

  // Answers the history read only where a field was present: a Stat left out, a read answered with nothing.
  it.each([
    ["statOf's body emptied (BlockStatement)", "function statOf(node: Znode): Stat {\n  return {", "function statOf(node: Znode): Stat {\n  return undefined as unknown as Stat\n  return {", /an answer with no Stat/, null],
    ["getData's answer emptied (ObjectLiteral)", 'return { _tag: "Ok", zxid, data: node.data, stat: statOf(node) }', "return {} as ClientResult", /told the client of read #\d+ an answer with no result at all/, { seed: 1, run: 5 }],
  ] as const)("%s", async (_name, from, to, message, killedAt) => {
    const found = await campaign({ file: "impl/core/datatree.ts", from, to }, killedAt)
    expect(found?.invariant).toBe("ClientHistory")
    expect(found?.message).toMatch(message)
  }, 600_000)

  // A delete that leaves its parent's pzxid (ConditionalExpression false) shows only in a Stat read after a
  // child was deleted, which the schedules' reads rarely follow. The liveness phase's session probe deletes
  // a child and then sets its parent's data, whose Stat the client is told: every run that reaches the
  // probe sees it (and the audit of every tree at the run's end sees any run that deleted a child).
  it("a delete leaves its parent's pzxid (ConditionalExpression false)", async () => {
    const found = await campaign({ file: "impl/core/datatree.ts", from: "if (zxid > parent.pzxid) parent.pzxid = zxid", to: "if (false) parent.pzxid = zxid" }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("ClientHistory")
    expect(found?.message).toMatch(/a Stat of \/\S* with pzxid 0x[0-9a-f]+ where its txns fix 0x[0-9a-f]+/)
  }, 600_000)
})
