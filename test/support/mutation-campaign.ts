/**
 * The campaign that judges every mutant (bench/mutation-campaign.ts: validated runs against the system spec
 * of 3 servers seed 1, 3 servers seed 2 and 5 servers seed 3, 30 runs per row), run on a copy of the sources
 * with one mutation applied (./mutant.ts). The tests that show a kill share it, and one control
 * (test/mutation-campaign-control.test.ts) shows that the unmutated copy passes it, so a kill is the
 * mutation's doing and not the copy's.
 */
import type * as Campaign from "../../harness/campaign.js"
import { type MutantCopy, type Mutation, mutantCopy } from "./mutant.js"

const rows = [
  { servers: 3, seed: 1 },
  { servers: 3, seed: 2 },
  { servers: 5, seed: 3 },
] as const
const runsPerRow = 30

const copies: Array<MutantCopy> = []

/** Removes the copies this file's campaigns made (call it from afterAll). */
export function disposeMutantCopies(): void {
  for (const copy of copies.splice(0)) copy.dispose()
}

/**
 * The mutation campaign on a copy with `mutation` applied: the first violation, or null if every run held.
 * `runs` picks other runs of each row than the budget's (a kill shown past it, with its control).
 */
export async function mutationCampaign(mutation: Mutation | null, runs: ReadonlyArray<number> = Array.from({ length: runsPerRow }, (_, run) => run)): Promise<{ readonly invariant: string; readonly message: string } | null> {
  const copy = mutantCopy(mutation)
  copies.push(copy)
  const { runSimCampaign } = await copy.load<typeof Campaign>("harness/campaign.ts")
  for (const row of rows) {
    const result = await runSimCampaign(
      { servers: row.servers, maxSteps: 200, bugs: [], seed: row.seed, validate: true, spec: "system", shrink: false },
      runs,
      // One worker runs in this thread; the URL is never loaded.
      { workers: 1, workerUrl: new URL("../../bin/check-worker.js", import.meta.url) },
      { write: () => undefined, interactive: false },
    )
    if (result.failure !== null) return { invariant: result.failure.violation.invariant, message: result.failure.violation.message }
  }
  return null
}
