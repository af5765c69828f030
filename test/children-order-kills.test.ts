/**
 * Goal: the order in which zab's servers list a node's children (code-unit order, so runs replay byte for
 * byte and every server answers a state alike) is judged by the campaign that judges every mutant
 * (bench/mutation-campaign.ts). The client history compares children as a set, as ZooKeeper's model must
 * (its HashSet has no order), so these mutants survived until the history also held zab's targets to their
 * own promise (harness/sim-target.ts, `zabPromises`).
 *
 * Method: the mutation campaign on copies of the sources with one mutant applied (test/support/mutant.ts),
 * each a mutant `npm run mutation` tries (its mutator named), each expected to be reported by the client
 * history; the unmutated copy passes the same campaign (test/mutation-campaign-control.test.ts). The
 * session probe lists a node whose children were created out of code-unit order.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const file = "impl/core/datatree.ts"

describe("the children's order, killed by the mutation campaign", () => {
  it.each([
    ["the children unsorted: the order they were created in (MethodExpression)", "children: [...node.children].sort(compareCodeUnits)", "children: [...node.children]"],
    ["the comparison reversed (a < b made a >= b, EqualityOperator)", "return a < b ? -1 : a > b ? 1 : 0", "return a >= b ? -1 : a > b ? 1 : 0"],
    ["every pair taken as greater (-1 made +1, UnaryOperator)", "return a < b ? -1 : a > b ? 1 : 0", "return a < b ? +1 : a > b ? 1 : 0"],
  ])("%s", async (_name, from, to) => {
    const found = await campaign({ file, from, to }, { seed: 1, run: 5 })
    // A comparator that also misorders the snapshot's nodes is seen first by the run-end check of the
    // snapshot format (SnapshotIntegrity, judged before the client history); either is the campaign's kill.
    if (found?.invariant === "SnapshotIntegrity") expect(found.message).toMatch(/not written as the snapshot format writes its content/)
    else {
      expect(found?.invariant).toBe("ClientHistory")
      expect(found?.message).toMatch(/listed its children out of code-unit order/)
    }
  }, 600_000)
})
