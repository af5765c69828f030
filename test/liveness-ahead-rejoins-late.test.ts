/**
 * Goal: a follower that must truncate is judged. Random schedules seldom make a follower hold a txn its
 * leader lacks, so the TRUNC a leader sends such a follower was rarely exercised, and never at the zxid its
 * data tree ends at. The liveness phase's late ahead-rejoins probe (impl/sim/world.ts) makes one in every
 * run that reaches it: the serving leader logs a write no follower holds and is cut off; the others elect a
 * leader that delivers writes of its epoch; the partition heals and the old leader joins late, getting a
 * TRUNC back to the last txn they share, which it has delivered (or a SNAP, where snapshots are frequent).
 * A follower that refuses a TRUNC to its own lastDelivered (synchronization.ts's guard with `<=`, which
 * `npm run mutation` found surviving) now rejoins and refuses forever.
 *
 * Method: the campaign that judges every mutant (bench/mutation-campaign.ts: validated runs of 3 servers
 * seed 1, 3 servers seed 2 and 5 servers seed 3, 30 runs per row) runs on a copy of the sources with the
 * mutation applied (test/support/mutant.ts) and must fail as NoProgress; a control (test/mutation-campaign-control.test.ts) runs it on an unmutated
 * copy and expects it to pass, so the kill is the mutation's doing and not the copy's.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const sync = "impl/core/synchronization.ts"
const truncGuard = "if (zxid < state.lastDelivered || !(zxid === state.logBase || state.log.some((t) => t.zxid === zxid))) {"

describe("a follower ahead of an established leader truncates to what its data tree holds", () => {
  it("synchronization.ts: a TRUNC to the zxid its data tree ends at refused", async () => {
    const found = await campaign({ file: sync, from: truncGuard, to: truncGuard.replace("zxid < state.lastDelivered", "zxid <= state.lastDelivered") })
    expect(found?.invariant).toBe("NoProgress")
    // The late probe's rejoin, or the writes-before-established probe before it (a new leader's follower
    // truncated to its own last delivered txn, there too), whichever the run reaches first.
    expect(found?.message).toMatch(/was cut off and rejoined leader \d once it served: leader \d does not serve everybody|before its epoch was established: leader \d does not serve everybody/)
  }, 600_000)
})
