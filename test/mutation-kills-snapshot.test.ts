/**
 * Goal: mutants of the snapshot cadence in log.ts's deliverUpTo (a server takes a snapshot every
 * snapCountTxns deliveries) that `npm run mutation` reported surviving are now killed by the campaign that
 * judges every mutant (bench/mutation-campaign.ts: validated runs of 3 servers seed 1, 3 servers seed 2 and
 * 5 servers seed 3, 30 runs per row). No safety or liveness check needs a snapshot at a given count, so the
 * simulator now counts the Deliver and snapshot effects each server hands it and reports SnapshotCadence
 * when a step ends with snapCountTxns txns delivered since the last snapshot and none taken, or when a
 * snapshot comes sooner. The generator draws snapCount 2 and 4 often enough for a few writes to reach it.
 *
 * Method: each test runs that campaign on a copy of the sources with the mutation applied
 * (test/support/mutant.ts) and expects SnapshotCadence; the control (test/mutation-campaign-control.test.ts)
 * runs it on an unmutated copy and expects it to pass, so a kill is the mutation's doing.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const file = "impl/core/log.ts"
const cadence = "if (since >= config.snapCountTxns) {"

describe("snapshot cadence mutants now killed by the mutation campaign", () => {
  it.each([
    ["one delivery late (> for >=)", "if (since > config.snapCountTxns) {", /ended a step with \d+ txns delivered since its last snapshot, and no snapshot taken/, { seed: 1, run: 4 }],
    ["never (the test made false)", "if (false) {", /ended a step with \d+ txns delivered since its last snapshot, and no snapshot taken/, { seed: 1, run: 4 }],
    ["after every delivery (the test made true)", "if (true) {", /took a snapshot after \d+ txns delivered since its last one/, null],
    ["while below the count (< for >=)", "if (since < config.snapCountTxns) {", /took a snapshot after \d+ txns delivered since its last one/, null],
  ] as const)("deliverUpTo snapshots %s", async (_name, to, message, killedAt) => {
    const found = await campaign({ file, from: cadence, to }, killedAt)
    expect(found?.invariant).toBe("SnapshotCadence")
    expect(found?.message).toMatch(message)
  }, 600_000)

  it("deliverUpTo counts deliveries down (-= for +=)", async () => {
    const found = await campaign({ file, from: "since += 1", to: "since -= 1" }, { seed: 1, run: 4 })
    expect(found?.invariant).toBe("SnapshotCadence")
    expect(found?.message).toMatch(/ended a step with \d+ txns delivered since its last snapshot, and no snapshot taken/)
  }, 600_000)
})
