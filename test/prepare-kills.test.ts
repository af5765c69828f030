/**
 * Goal: the checks of datatree.ts's prepare that a single op fails, and the overlay through which a multi's
 * ops see the ones before them, are killed by the campaign that judges every mutant
 * (bench/mutation-campaign.ts). They survived while no simulated client deleted a node with children or
 * with the wrong version, set the ACL of no node, sent a path with no slash to a create with an invalid
 * ACL, or ran a multi whose ops depend on each other: the liveness phase's session probe now does each,
 * and the client history judges the answers with its own model. Likewise a refused multi's per-op codes
 * (Ok before the failing op, RuntimeInconsistency after), which the history now records and checks.
 *
 * Method: the mutation campaign on copies of the sources with one mutant applied (test/support/mutant.ts),
 * each a mutant `npm run mutation` tries (its mutator named), each expected to be reported by the client
 * history; the unmutated copy passes the same campaign (test/mutation-campaign-control.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const file = "impl/core/datatree.ts"

describe("prepare's mutants, killed by the mutation campaign", () => {
  it.each([
    ["a delete of a node with children allowed (the NotEmpty check false, ConditionalExpression)", "if (node.numChildren > 0) return \"NotEmpty\"", "if (false) return \"NotEmpty\""],
    ["a delete with the wrong version allowed (the BadVersion check false, ConditionalExpression)", 'if (!versionMatches(op.version, node.version)) return "BadVersion"\n      if (node.numChildren', 'if (false) return "BadVersion"\n      if (node.numChildren'],
    ["a create's missing slash checked after its ACL (that test false, ConditionalExpression)", 'if (op.path.lastIndexOf("/") === -1 || op.path.includes("\\0")) return "BadArguments"', 'if (false || op.path.includes("\\0")) return "BadArguments"'],
    ["a multi's ops blind to the ones before them (the overlay's lookup false, ConditionalExpression)", "if (c !== undefined) return c", "if (false) return c"],
    ["a refused multi's ops before the failing one answered RuntimeInconsistency (ConditionalExpression)", 'code: j < i ? "Ok"', 'code: false ? "Ok"'],
  ])("%s", async (_name, from, to) => {
    const found = await campaign({ file, from, to }, { seed: 1, run: 5 })
    // Where the tree the mutant leaves cannot be restored from a snapshot (a node left without its parent),
    // SnapshotRestores, a server-state check judged before the client history, reports it first: either is
    // the campaign's kill.
    expect(["ClientHistory", "SnapshotRestores"]).toContain(found?.invariant)
  }, 600_000)
})
