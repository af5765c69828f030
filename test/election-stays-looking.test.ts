/**
 * Goal: an election that stays LOOKING where both the system spec (ZkV3_7_0's FastLeaderElection) and the
 * peer's own rule leave it is refused by the system-spec validation, so the mutants of election.ts that
 * `npm run mutation` found surviving (the StaysLooking rule took every such stay for liveness) are killed by
 * the campaign that judges every mutant (bench/mutation-campaign.ts: validated runs of 3 servers seed 1,
 * 3 servers seed 2 and 5 servers seed 3, 30 runs per row).
 *
 * Method: each test runs that campaign on a copy of the sources with the mutation applied
 * (test/support/mutant.ts) and expects ModelRefinement naming the stay; a control runs it on an unmutated
 * copy and expects it to pass, so a kill is the mutation's doing and not the copy's.
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

const election = "impl/core/election.ts"

describe("an election that stays looking where the spec and the peer's own rule leave is refused", () => {
  it("control: the unmutated copy passes the campaign", async () => {
    expect(await campaign(null)).toBeNull()
  }, 600_000)

  it.each([
    ["the round's tally not consulted on a FOLLOWING or LEADING vote of the round", "if (n.round === state.round) {", "if (false) {"],
    ["a quorum of the round's tally never consulted", "if (countEqual(received, heardVote) >= quorumSize(config)) {", "if (false) {"],
    ["no lead taken on a quorum of the round naming us", "if (n.leader === config.myId) return decide(", "if (false) return decide("],
    ["the leader's own LEADING notification not joined", 'if (from === n.leader && n.state === "leading") {', "if (false) {"],
  ])("election.ts: %s", async (_name, from, to) => {
    const found = await campaign({ file: election, from, to })
    expect(found?.invariant).toBe("ModelRefinement")
    expect(found?.message).toMatch(/stays looking after/)
  }, 600_000)
})
