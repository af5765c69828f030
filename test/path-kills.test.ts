/**
 * Goal: the campaign that judges every mutant (bench/mutation-campaign.ts) kills mutants of ZooKeeper's path
 * rules in impl/core/datatree.ts, which no run reached while every client used valid paths and the
 * client-history model borrowed the peer's own validPath.
 *
 * The session probe of the liveness phase (impl/sim/world.ts, sessionProbeOfTheCorrectPeer) sends bad paths
 * (an empty name, ".", each bound of the refused characters, a NUL, no slash, a NUL under a missing parent), and the history
 * model (properties/history/model.ts) judges each answer with its own rules, as ZooKeeper's
 * PrepRequestProcessor and FinalRequestProcessor give them.
 *
 * Method: the mutation campaign on copies of the sources with one mutant applied (test/support/mutant.ts),
 * each a mutant `npm run mutation` tries (its mutator named), each expected to be reported by ClientHistory;
 * the unmutated copy passes the same campaign (test/mutation-campaign-control.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const file = "impl/core/datatree.ts"

describe("path mutants, killed by the mutation campaign", () => {
  it.each([
    ["validPath: an empty name allowed (ConditionalExpression)", "      if (length === 0) return false\n", "      if (false) return false\n"],
    ["validPath: \".\" and \"..\" allowed (ConditionalExpression)", "if (length <= 2 && path.charCodeAt(componentStart) === 0x2e", "if (false && path.charCodeAt(componentStart) === 0x2e"],
    ["validPath: U+001F allowed (EqualityOperator)", "if (c <= 0x1f || (c >= 0x7f", "if (c < 0x1f || (c >= 0x7f"],
    ["validPath: any name starting with two dots refused (ConditionalExpression)", "if (length <= 2 && path.charCodeAt(componentStart) === 0x2e", "if (true && path.charCodeAt(componentStart) === 0x2e"],
    ["exists: a NUL not refused (ConditionalExpression)", 'if (path.includes("\\0")) return fail(zxid, "BadArguments")', 'if (false) return fail(zxid, "BadArguments")'],
    ["create: a NUL looked up before it is refused (LogicalOperator)", 'if (op.path.lastIndexOf("/") === -1 || op.path.includes("\\0")) return "BadArguments"', 'if (op.path.lastIndexOf("/") === -1 && op.path.includes("\\0")) return "BadArguments"'],
  ])("%s", async (_name, from, to) => {
    // Where the campaign kills each (seed 1, run 5: the first run whose liveness phase takes the session probe).
    const found = await campaign({ file, from, to }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("ClientHistory")
  }, 600_000)
})
