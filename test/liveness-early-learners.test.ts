/**
 * Goal: a learner that chose its leader before the leader decided is judged. In random schedules and the
 * other probes every server leaves the election on the same tick, and a server's tick sends its FOLLOWERINFO
 * after the leader's own tick has made it lead, so a follower that never resent FOLLOWERINFO (peer.ts's
 * per-tick retry in discovery, which `npm run mutation` found surviving) and a looking server that refused
 * a learner at once instead of staying quiet both passed. The liveness phase's early-learners probe
 * (impl/sim/world.ts) restarts every server and holds what is sent to the server with the best vote until
 * the others all follow it: their FOLLOWERINFOs reach it while it is still looking, and nobody may give up.
 *
 * Method: the campaign that judges every mutant (test/support/mutation-campaign.ts) runs on a copy of the
 * sources with the mutation applied and must fail as NoProgress; its control
 * (test/mutation-campaign-control.test.ts) passes on an unmutated copy, so the kill is the mutation's doing.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const peer = "impl/core/peer.ts"
const retry = `if (role.phase === "discovery" && role.newEpoch === null) sendFollowerInfo(state, out)`
const quiet = "if (isLooking(state)) return state // quorum traffic"

describe("learners that chose their leader before it decided", () => {
  it("peer.ts: a follower in discovery that never resends FOLLOWERINFO", async () => {
    const found = await campaign({ file: peer, from: retry, to: retry.replace(`role.phase === "discovery" && role.newEpoch === null`, "false") })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(/though its learners chose server \d before it decided/)
  }, 600_000)

  it("peer.ts: a follower that resends it only outside discovery", async () => {
    const found = await campaign({ file: peer, from: retry, to: retry.replace(`role.newEpoch === null`, "role.newEpoch !== null") })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(/though its learners chose server \d before it decided/)
  }, 600_000)

  it("peer.ts: a looking server that refuses a learner's FOLLOWERINFO at once", async () => {
    const found = await campaign({ file: peer, from: quiet, to: quiet.replace("isLooking(state)", "false") })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(/gave up on server \d after 0 ticks, though its learners chose server \d before it decided/)
  }, 600_000)
})
