/**
 * Goal: a server's session table (replicated state: every server learns each session from its
 * CreateSession txn and forgets it at its CloseSession) is judged as the run ends, as SessionTable, against
 * the txns the world saw the server apply. No client can see a closed session left in the table (its
 * client is gone), so neither the history check nor the replicas' comparison (every server keeps it alike)
 * tells.
 *
 * Method: the check on hand-made tables and txns; and the mutation campaign on copies of the sources with
 * one mutant of datatree.ts's removeSession applied (test/support/mutant.ts), each a mutant
 * `npm run mutation` tries, each expected to be reported as SessionTable.
 */
import { afterAll, describe, expect, it } from "vitest"
import { apply, emptyTree, serialize } from "../impl/core/datatree.js"
import type { Txn, TxnOp } from "../impl/core/types.js"
import { makeZxid } from "../impl/core/zxid.js"
import { sessionTableProblem } from "../impl/sim/sim-tree.js"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const txns = (ops: ReadonlyArray<TxnOp>): Array<Txn> => ops.map((op, i) => ({ zxid: makeZxid(1, i + 1), op, origin: 1, request: 0 }))

describe("the session table check", () => {
  const ops: ReadonlyArray<TxnOp> = [
    { _tag: "CreateSession", session: 0x101n, timeoutMs: 4_000 },
    { _tag: "CreateSession", session: 0x102n, timeoutMs: 6_000 },
    { _tag: "CloseSession", session: 0x101n },
    { _tag: "CreateSession", session: 0x102n, timeoutMs: 8_000 },
  ]

  it("accepts the table the txns leave", () => {
    const tree = emptyTree()
    for (const txn of txns(ops)) apply(tree, txn)
    expect(sessionTableProblem(serialize(tree), txns(ops))).toBeNull()
  })

  it("fails a table that keeps a closed session, loses an open one, or has another timeout", () => {
    const tree = emptyTree()
    for (const txn of txns(ops.slice(0, 2))) apply(tree, txn)
    expect(sessionTableProblem(serialize(tree), txns(ops))).toBe("it holds 0x101, 0x102, which its txns closed or never opened so")
    const empty = serialize(emptyTree())
    expect(sessionTableProblem(empty, txns(ops))).toBe("it lacks 0x102, which its txns left open")
  })
})

describe("a closed session kept in the table, killed by the mutation campaign", () => {
  it.each([
    ["removeSession's body emptied (BlockStatement)", "function removeSession(tree: DataTree, session: SessionId): void {\n  const timeoutMs", "function removeSession(tree: DataTree, session: SessionId): void {}\nfunction unused(tree: DataTree, session: SessionId): void {\n  const timeoutMs", { seed: 1, run: 5 }],
    ["removeSession always returning (ConditionalExpression)", "  if (timeoutMs === undefined) return\n  tree.sessions.delete(session)", "  if (true) return\n  tree.sessions.delete(session)", { seed: 1, run: 5 }],
    ["removeSession's guard turned round (EqualityOperator)", "  if (timeoutMs === undefined) return\n  tree.sessions.delete(session)", "  if (timeoutMs !== undefined) return\n  tree.sessions.delete(session)", { seed: 1, run: 1 }],
  ] as const)("%s", async (_name, from, to, killedAt) => {
    const found = await campaign({ file: "impl/core/datatree.ts", from, to }, killedAt)
    // A table that also breaks the run-end trial of the snapshot loader is seen there first (SnapshotIntegrity,
    // judged before SessionTable); either is the campaign's kill.
    if (found?.invariant === "SnapshotIntegrity") expect(found.message).toMatch(/as the run ends/)
    else {
      expect(found?.invariant).toBe("SessionTable")
      expect(found?.message).toMatch(/^server \d's session table at 0x[0-9a-f]+ as the run ends: it holds 0x/)
    }
  }, 600_000)
})
