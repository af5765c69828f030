/**
 * Goal: a leader that takes a follower more recent than itself into a new epoch is refused, so the mutants
 * of discovery.ts's check (ZooKeeper's waitForEpochAck) that `npm run mutation` found surviving are killed by
 * the campaign that judges every mutant (bench/mutation-campaign.ts: validated runs of 3 servers seed 1,
 * 3 servers seed 2 and 5 servers seed 3, 30 runs per row). Random schedules make such a follower in about
 * one run in 250; the liveness phase's ahead-rejoins probe (impl/sim/world.ts) makes one in every run that
 * reaches it: the leader logs a write no follower holds, crashes, and rejoins the leader the others elected
 * while that one is still in discovery. The system spec's LeaderProcessACKEPOCH shuts such a leader down.
 *
 * Method: each test runs that campaign on a copy of the sources with the mutation applied
 * (test/support/mutant.ts) and expects ModelRefinement; a control (test/mutation-campaign-control.test.ts) runs it on an unmutated copy and expects
 * it to pass, so a kill is the mutation's doing and not the copy's.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const check = "if (m.currentEpoch > state.currentEpoch || (m.currentEpoch === state.currentEpoch && m.lastZxid > mine)) {"

describe("a leader that takes a follower more recent than itself is refused", () => {
  it.each([
    ["never checked (the check's block removed)", check, "if (false) {"],
    ["checked outside discovery only", 'if (role.phase === "discovery") {\n    // ZooKeeper', 'if (role.phase !== "discovery") {\n    // ZooKeeper'],
    ["a longer log of the same epoch not taken as ahead", check, "if (m.currentEpoch > state.currentEpoch || (false && m.lastZxid > mine)) {"],
    ["ahead taken only in a higher epoch with a longer log", check, "if (m.currentEpoch > state.currentEpoch && m.currentEpoch === state.currentEpoch && m.lastZxid > mine) {"],
  ])("discovery.ts: %s", async (_name, from, to) => {
    const found = await campaign({ file: "impl/core/discovery.ts", from, to })
    expect(found?.invariant).toBe("ModelRefinement")
  }, 600_000)
})
