/**
 * Goal: an election that stays LOOKING where both the system spec (ZkV3_7_0's FastLeaderElection) and the
 * peer's own rule leave it is refused by the system-spec validation, so the mutants of election.ts that
 * `npm run mutation` found surviving (the StaysLooking rule took every such stay for liveness) are killed by
 * the campaign that judges every mutant (bench/mutation-campaign.ts: validated runs of 3 servers seed 1,
 * 3 servers seed 2 and 5 servers seed 3, 30 runs per row).
 *
 * Method: each test runs that campaign on a copy of the sources with the mutation applied
 * (test/support/mutant.ts) and expects ModelRefinement naming the stay; a control (test/mutation-campaign-control.test.ts) runs it on an unmutated
 * copy and expects it to pass, so a kill is the mutation's doing and not the copy's.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const election = "impl/core/election.ts"

describe("an election that stays looking where the spec and the peer's own rule leave is refused", () => {
  it.each([
    ["the round's tally not consulted on a FOLLOWING or LEADING vote of the round", "if (n.round === state.round) {", "if (false) {", null],
    ["a quorum of the round's tally never consulted", "if (countEqual(received, heardVote) >= quorumSize(config)) {", "if (false) {", null],
    ["no lead taken on a quorum of the round naming us", "if (n.leader === config.myId) return decide(", "if (false) return decide(", null],
    ["the leader's own LEADING notification not joined", 'if (from === n.leader && n.state === "leading") {', "if (false) {", { seed: 1, run: 24 }],
  ] as const)("election.ts: %s", async (_name, from, to, killedAt) => {
    const found = await campaign({ file: election, from, to }, killedAt)
    expect(found?.invariant).toBe("ModelRefinement")
    expect(found?.message).toMatch(/stays looking after/)
  }, 600_000)
})
