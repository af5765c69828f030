/**
 * The campaign that judges every mutant (bench/mutation-campaign.ts: validated runs against the system spec
 * of the rows of bench/mutation-rows.ts, 30 runs per row), run on a bundle of the sources
 * with one mutation applied (./mutant.ts). The tests that show a kill share it, and one control
 * (test/mutation-campaign-control.test.ts) shows that the unmutated copy passes it, so a kill is the
 * mutation's doing and not the copy's.
 */
import { appendFileSync } from "node:fs"
import { mutationRows } from "../../bench/mutation-rows.js"
import type * as Campaign from "../../harness/campaign.js"
import { type MutantCopy, type Mutation, mutantCopy } from "./mutant.js"

const rows = mutationRows
const runsPerRow = 30

const copies: Array<MutantCopy> = []

/** Removes the copies this file's campaigns made (call it from afterAll). */
export function disposeMutantCopies(): void {
  for (const copy of copies.splice(0)) copy.dispose()
}

/** Where a campaign killed a mutant: the row (by its seed) and the run. */
export interface KilledAt {
  readonly seed: (typeof rows)[number]["seed"]
  readonly run: number
}

/**
 * The mutation campaign on a bundle with `mutation` applied: the first violation and where it was found, or
 * null if every run held. `killedAt`, where the campaign was seen to kill this mutant, is taken first and then
 * every other run of the budget in the campaign's order: the test is quick while the kill stays there, and
 * still the whole budget's test if a change to the generator moves it.
 */
export async function mutationCampaign(
  mutation: Mutation | null,
  killedAt: KilledAt | null = null,
): Promise<{ readonly invariant: string; readonly message: string; readonly at: KilledAt } | null> {
  const copy = mutantCopy(mutation)
  copies.push(copy)
  const { runSimCampaign } = await copy.load<typeof Campaign>("harness/campaign.ts")
  const budget = (row: (typeof rows)[number]): Array<number> => Array.from({ length: runsPerRow * ("runsFactor" in row ? row.runsFactor : 1) }, (_, run) => run)
  const order = killedAt === null ? rows.map((row) => ({ row, runs: budget(row) })) : [
    { row: rows.find((row) => row.seed === killedAt.seed)!, runs: [killedAt.run] },
    ...rows.map((row) => ({ row, runs: budget(row).filter((run) => row.seed !== killedAt.seed || run !== killedAt.run) })),
  ]
  for (const { row, runs } of order) {
    const result = await runSimCampaign(
      { servers: row.servers, maxSteps: 200, bugs: [], seed: row.seed, validate: true, spec: "system", shrink: false, ...("faults" in row ? { faults: row.faults } : {}) },
      runs,
      // One worker runs in this thread; the URL is never loaded.
      { workers: 1, workerUrl: new URL("../../bin/check-worker.js", import.meta.url) },
      { write: () => undefined, interactive: false },
    )
    if (result.failure !== null) {
      const found = { invariant: result.failure.violation.invariant, message: result.failure.violation.message, at: { seed: row.seed, run: result.failure.run } }
      if (process.env.ZAB_KILL_LOG !== undefined) appendFileSync(process.env.ZAB_KILL_LOG, `${JSON.stringify({ mutation, ...found.at })}\n`)
      return found
    }
  }
  return null
}
