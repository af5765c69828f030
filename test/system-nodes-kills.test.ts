/**
 * Goal: the system nodes a ZooKeeper tree starts with (/zookeeper, /zookeeper/quota, and /zookeeper/config,
 * which world:anyone may only read and whose aversion is -1) are judged by the campaign that judges every
 * mutant (bench/mutation-campaign.ts): the liveness phase's ACL probe reads them, tries to write and
 * delete them, and the client-history check, whose model starts from ZooKeeper's tree, judges the answers.
 * These mutants of datatree.ts survived while the history's model started from an empty root.
 *
 * Method: the mutation campaign on copies of the sources with one mutant applied (test/support/mutant.ts),
 * each a mutant `npm run mutation` tries (its mutator named), each expected to be reported as
 * ClientHistory; the unmutated copy passes the same campaign (test/mutation-campaign-control.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const file = "impl/core/datatree.ts"

describe("the system nodes, killed by the mutation campaign", () => {
  it.each([
    // The loop's body emptied: the loop that follows it runs over no path.
    ["no system node made (BlockStatement)", "  for (const path of SYSTEM_NODES) {\n    const node", "  for (const path of SYSTEM_NODES) {}\n  for (const path of [] as Array<string>) {\n    const node"],
    ["/zookeeper/config's aversion +1, not -1 (UnaryOperator)", "      node.aversion = -1", "      node.aversion = +1"],
    ["every system node read-only (ConditionalExpression)", "    if (path === CONFIG_NODE) {", "    if (true) {"],
    ["/zookeeper/config open to all (ConditionalExpression)", "    if (path === CONFIG_NODE) {", "    if (false) {"],
    ["/zookeeper/config's ACL for the scheme \"\" (StringLiteral)", 'perms: Perms.read, scheme: "world"', 'perms: Perms.read, scheme: ""'],
  ] as const)("%s", async (_name, from, to) => {
    const found = await campaign({ file, from, to }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("ClientHistory")
    expect(found?.message).toMatch(/zookeeper/)
  }, 600_000)
})
