/**
 * Goal: a leader whose followers all fall silent gives up its epoch at the tick it drops them. The silence
 * probe drops one follower with a quorum left, and every other way a leader loses its quorum breaks
 * connections, so a leader that kept dropped learners listed until their connection losses came back (and
 * stepped down a tick late), which `npm run mutation` found surviving in peer.ts's leaderTick, passed. The
 * liveness phase's silent-followers probe (impl/sim/world.ts) stops every follower for syncLimit + 1 ticks.
 *
 * Method: the campaign that judges every mutant (test/support/mutation-campaign.ts) runs on a copy of the
 * sources with the mutation applied and must fail as NoProgress; its control
 * (test/mutation-campaign-control.test.ts) passes on an unmutated copy, so the kill is the mutation's doing.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const peer = "impl/core/peer.ts"
const dropped = `    out.push({ _tag: "Disconnect", peer: l.id })
    return false`
const stale = "const next: Leading = learners.length === role.learners.length ? role : { ...role, learners }"
const late = /leader \d still leads after every follower was silent for \d+ ticks, more than syncLimit/

describe("a leader whose followers all fall silent", () => {
  it("peer.ts: a learner dropped for silence kept listed", async () => {
    const found = await campaign({ file: peer, from: dropped, to: dropped.replace("return false", "return true") })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(late)
  }, 600_000)

  it("peer.ts: the step-down check reading the learners from before the drops", async () => {
    const found = await campaign({ file: peer, from: stale, to: stale.replace("learners.length === role.learners.length", "true") })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(late)
  }, 600_000)
})
