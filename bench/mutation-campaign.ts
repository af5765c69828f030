/**
 * The "test" that must kill a mutant in `npm run mutation`: a validated `zab check` campaign on the
 * simulator (against the system spec's leader election too, zab check's default) with every invariant, at 3 and at 5 servers, over a fixed seed set
 * (bench/mutation-rows.ts; one row damages snapshots on disk). Stryker's command runner
 * runs it once per mutant with the mutant switched on by __STRYKER_ACTIVE_MUTANT__ (mutant schemata: one
 * build, every mutant in it). Exit 0: every run held, the mutant survived; exit 1: a violation (the
 * mutant is killed); a crash of the peer's own assertions also exits non-zero, which kills it too (the
 * peer catching itself is a detection).
 *
 * The budget is fixed so that scores compare across changes: MUTATION_RUNS runs of each (servers, seed)
 * row, each run up to 200 steps. With MUTATION_LOG set, one JSON line per mutant is appended there: which
 * mutant, killed or not, by what, after how many runs and seconds.
 */
import { appendFileSync } from "node:fs"
import { runSimCampaign } from "../harness/campaign.js"
import { type MutationRow, mutationRows } from "./mutation-rows.js"

const rows: ReadonlyArray<MutationRow> = mutationRows

const runsPerRow = Number(process.env.MUTATION_RUNS ?? "400")
const mutant = process.env.__STRYKER_ACTIVE_MUTANT__ ?? null
const started = performance.now()
let runs = 0
let verdict: { killed: boolean; by: string | null } = { killed: false, by: null }
try {
  for (const row of rows) {
    const result = await runSimCampaign(
      // Validated as `zab check` validates by default: Zab.tla's model and the system spec's leader election.
      { servers: row.servers, maxSteps: 200, bugs: [], seed: row.seed, validate: true, spec: "system", shrink: false, ...(row.faults === undefined ? {} : { faults: row.faults }) },
      Array.from({ length: runsPerRow * (row.runsFactor ?? 1) }, (_, run) => run),
      { workers: 1, workerUrl: new URL("../bin/check-worker.js", import.meta.url) },
      { write: () => undefined, interactive: false },
    )
    runs += result.done
    if (result.failure !== null) {
      verdict = { killed: true, by: result.failure.violation.invariant }
      break
    }
  }
} catch (error) {
  verdict = { killed: true, by: `crash: ${error instanceof Error ? error.name : "error"}` }
}
const seconds = (performance.now() - started) / 1000
const log = process.env.MUTATION_LOG
if (log !== undefined) appendFileSync(log, `${JSON.stringify({ mutant, killed: verdict.killed, by: verdict.by, runs, seconds: Math.round(seconds * 1000) / 1000 })}\n`)
process.stdout.write(`${mutant === null ? "no mutant" : `mutant ${mutant}`}: ${verdict.killed ? `killed by ${verdict.by}` : "survived"} after ${runs} runs, ${seconds.toFixed(1)} s\n`)
process.exitCode = verdict.killed ? 1 : 0
