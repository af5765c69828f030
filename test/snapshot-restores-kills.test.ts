/**
 * Goal: a snapshot that does not restore the tree it was taken from is seen by the campaign that judges
 * every mutant (bench/mutation-campaign.ts), as SnapshotRestores. These mutants of datatree.ts survived
 * while the simulator loaded snapshots only at restarts and SNAPs, which no run of the budget made after
 * the session probe closed its sessions and gave nodes ACLs of several entries.
 *
 * Method: the mutation campaign on copies of the sources with one mutant applied (test/support/mutant.ts),
 * each a mutant `npm run mutation` tries (its mutator named), each expected to be reported as
 * SnapshotRestores; the unmutated copy passes the same campaign (test/mutation-campaign-control.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest"
import { emptyTree, serialize } from "../impl/core/datatree.js"
import { restoreProblem } from "../impl/sim/sim-tree.js"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const file = "impl/core/datatree.ts"

describe("snapshots that do not restore their tree, killed by the mutation campaign", () => {
  it.each([
    [
      "a closed session's share added to the digest again, not taken out (ArithmeticOperator)",
      "tree.digestA = (tree.digestA - sessionContribution(session, timeoutMs, 0x5e55_1011, PRIME_A)) >>> 0",
      "tree.digestA = (tree.digestA + sessionContribution(session, timeoutMs, 0x5e55_1011, PRIME_A)) >>> 0",
      /does not restore its tree: data tree snapshot: digest is "[0-9a-f]{16}" but the nodes hash to "[0-9a-f]{16}"/,
    ],
    [
      "an ACL's entries written with nothing between them (StringLiteral)",
      '`{"perms":${a.perms},"scheme":${JSON.stringify(a.scheme)},"id":${JSON.stringify(a.id)}}`).join(",")',
      '`{"perms":${a.perms},"scheme":${JSON.stringify(a.scheme)},"id":${JSON.stringify(a.id)}}`).join("")',
      /does not restore its tree: data tree snapshot is not JSON/,
    ],
  ])("%s", async (_name, from, to, message) => {
    const found = await campaign({ file, from, to }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("SnapshotRestores")
    expect(found?.message).toMatch(message)
  }, 600_000)
})

describe("the check itself", () => {
  it("passes a snapshot as serialize writes it; names a tampered one and one that loads to another text", () => {
    const text = serialize(emptyTree())
    expect(restoreProblem(text)).toBeNull()
    expect(restoreProblem(text.replace('"path":"/zookeeper/quota","data":""', '"path":"/zookeeper/quota","data":"x"'))).toMatch(/^data tree snapshot: digest is "[0-9a-f]{16}" but the nodes hash to/)
    // The same nodes in another order load to the same tree, which serialises them in path order.
    const parsed = JSON.parse(text) as { nodes: Array<unknown> }
    const reordered = JSON.stringify({ ...parsed, nodes: [...parsed.nodes].reverse() })
    expect(restoreProblem(reordered)).toMatch(/^it loads to another tree: at character \d+ the snapshot has /)
  })
})
