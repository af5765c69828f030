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
 * mutation applied (test/support/mutant.ts) and must fail as NoProgress; a control runs it on an unmutated
 * copy and expects it to pass, so the kill is the mutation's doing and not the copy's.
 */
import { afterAll, describe, expect, it } from "vitest"
import type * as Campaign from "../harness/campaign.js"
import { type MutantCopy, type Mutation, mutantCopy } from "./support/mutant.js"

const rows = [
  { servers: 3, seed: 1 },
  { servers: 3, seed: 2 },
  { servers: 5, seed: 3 },
] as const
const runsPerRow = 30

const copies: Array<MutantCopy> = []
afterAll(() => {
  for (const copy of copies) copy.dispose()
})

/** The mutation campaign on a copy with `mutation` applied: the first violation, or null if every run held. */
async function campaign(mutation: Mutation | null): Promise<{ readonly invariant: string; readonly message: string } | null> {
  const copy = mutantCopy(mutation)
  copies.push(copy)
  const { runSimCampaign } = await copy.load<typeof Campaign>("harness/campaign.ts")
  for (const row of rows) {
    const result = await runSimCampaign(
      { servers: row.servers, maxSteps: 200, bugs: [], seed: row.seed, validate: true, spec: "system", shrink: false },
      Array.from({ length: runsPerRow }, (_, run) => run),
      // One worker runs in this thread; the URL is never loaded.
      { workers: 1, workerUrl: new URL("../bin/check-worker.js", import.meta.url) },
      { write: () => undefined, interactive: false },
    )
    if (result.failure !== null) return { invariant: result.failure.violation.invariant, message: result.failure.violation.message }
  }
  return null
}

const sync = "impl/core/synchronization.ts"
const truncGuard = "if (zxid < state.lastDelivered || !(zxid === state.logBase || state.log.some((t) => t.zxid === zxid))) {"

describe("a follower ahead of an established leader truncates to what its data tree holds", () => {
  it("control: the unmutated copy passes the campaign", async () => {
    expect(await campaign(null)).toBeNull()
  }, 600_000)

  it("synchronization.ts: a TRUNC to the zxid its data tree ends at refused", async () => {
    const found = await campaign({ file: sync, from: truncGuard, to: truncGuard.replace("zxid < state.lastDelivered", "zxid <= state.lastDelivered") })
    expect(found?.invariant).toBe("NoProgress")
    // The late probe's rejoin, or the writes-before-established probe before it (a new leader's follower
    // truncated to its own last delivered txn, there too), whichever the run reaches first.
    expect(found?.message).toMatch(/was cut off and rejoined leader \d once it served: leader \d does not serve everybody|before its epoch was established: leader \d does not serve everybody/)
  }, 600_000)
})
