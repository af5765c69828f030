/**
 * Goal: the campaign that judges every mutant passes on an unmutated copy of the sources, so each kill that
 * the mutation-kill tests show (test/mutation-kills-*.test.ts, test/liveness-ahead-rejoins*.test.ts,
 * test/election-stays-looking.test.ts, test/datatree-stat-kills.test.ts) is the mutation's doing.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

describe("the mutation campaign", () => {
  it("control: the unmutated copy passes the campaign", async () => {
    expect(await mutationCampaign(null)).toBeNull()
  }, 600_000)
})
