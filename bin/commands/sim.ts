/**
 * `zab sim -o FILE`: one generated schedule, run once with recording on, its whole trace written whether
 * or not it fails. The schedule is the one `zab check` runs as run K of a campaign with the same seed
 * (same generator, same per-run seed), so `zab sim --seed S --run K` reproduces run K unshrunk, and
 * `--target model` runs that same schedule on the abstract model for `zab diff`.
 */
import { relative, resolve } from "node:path"
import fc from "fast-check"
import { choiceFlag, intFlag, listFlag, parseFlags, stringFlag } from "../args.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { bugNames } from "../../impl/bugs.js"
import { runSeed } from "../../harness/campaign.js"
import { runSchedule } from "../../harness/sim-target.js"
import { modelBugNames } from "../../model/model-bugs.js"
import { runScheduleOnModel } from "../../harness/model-target.js"
import { scheduleArbitrary } from "../../schedule/arbitrary.js"
import { TraceFileWriter } from "../../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent } from "../../traces/schema.js"

const usage = `usage: zab sim -o FILE [options]

Generates one schedule exactly as \`zab check\` generates run K of a campaign with seed S, runs it once
with every invariant checked after every step, and writes its whole trace to FILE (JSONL, with the
cluster view after each step), whether or not it fails. Prints one line: what ran and the verdict.

options:
  -o, --out FILE   where the trace goes (required)
  --servers N      cluster size: 3, 5 or 7 (default 3)
  --seed S         campaign seed, an integer (default: drawn from the clock and printed)
  --run K          which run of the campaign (default 0)
  --steps N        maximum steps per schedule (default 200)
  --bug NAME       run a deliberately broken peer (repeatable; \`zab bugs\` lists them)
  --target T       sim (default), or model: the same schedule on the abstract model, translated step by
                   step (steps the model has no counterpart for are skipped; --bug then names model bugs)

exit codes: 0 every invariant held, 1 a violation (the trace is still written), 2 bad usage
`

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseFlags(
    args,
    {
      out: { type: "string", short: "o" },
      servers: { type: "string" },
      seed: { type: "string" },
      run: { type: "string" },
      steps: { type: "string" },
      bug: { type: "string", multiple: true },
      target: { type: "string" },
    },
    false,
  )
  const outFlag = stringFlag(parsed, "out")
  if (outFlag === undefined) throw new UsageError("-o FILE is required")
  const servers = intFlag(parsed, "servers", 3, 1, 9)
  if (![3, 5, 7].includes(servers)) throw new UsageError(`--servers must be 3, 5 or 7, got ${servers}`)
  const seed = intFlag(parsed, "seed", Date.now() % 2_147_483_647, -2_147_483_648, 2_147_483_647)
  const runNumber = intFlag(parsed, "run", 0, 0, 100_000_000)
  const maxSteps = intFlag(parsed, "steps", 200, 1, 100_000)
  const target = choiceFlag(parsed, "target", ["sim", "model"], "sim")
  const bugs = listFlag(parsed, "bug")
  const known = target === "model" ? modelBugNames : bugNames
  for (const bug of bugs) {
    if (!known.includes(bug)) throw new UsageError(`unknown ${target === "model" ? "model " : ""}bug ${JSON.stringify(bug)}; known: ${known.join(", ")}`)
  }
  const [schedule] = fc.sample(scheduleArbitrary({ servers, maxSteps, bugs }), { seed: runSeed(seed, runNumber), numRuns: 1 })
  if (schedule === undefined) throw new Error("fast-check drew no schedule")

  let events: ReadonlyArray<TraceEvent>
  let violation: { readonly invariant: string; readonly message: string } | null
  let stepsTaken: number
  let failedAt: string
  let untranslatable = 0
  if (target === "sim") {
    const result = runSchedule(schedule, { record: true })
    events = result.events ?? []
    violation = result.violation
    stepsTaken = result.stepsTaken
    failedAt = result.failedAt === null ? "" : result.failedAt >= schedule.steps.length ? " after the schedule" : ` after step ${result.failedAt + 1}`
  } else {
    const result = runScheduleOnModel(schedule, bugs)
    events = result.events
    violation = result.violation
    stepsTaken = result.stepsTaken
    untranslatable = result.untranslatable
    const last = [...events].reverse().find((e) => e._tag === "Step")
    failedAt = violation === null || last === undefined || last._tag !== "Step" ? "" : ` after step ${last.index + 1}`
  }

  const path = resolve(io.cwd, outFlag)
  try {
    const writer = await TraceFileWriter.open(path, {
      format: TRACE_FORMAT,
      version: TRACE_VERSION,
      target,
      seed,
      run: runNumber,
      schedule,
      violated: violation?.invariant ?? null,
    })
    await writer.writeAll(events)
    await writer.close()
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const where = target === "sim" ? `${servers} simulated servers` : `the model of ${servers} servers`
  const verdict = violation === null ? "every invariant held" : `${violation.invariant === "NoProgress" ? "NO PROGRESS" : `VIOLATION of ${violation.invariant}`}${failedAt}`
  const bugText = bugs.length > 0 ? ` (broken: ${bugs.join(", ")})` : ""
  io.out(
    `zab sim: seed ${seed} run ${runNumber} on ${where}${bugText}: ${schedule.steps.length} steps generated, ${stepsTaken} taken${untranslatable > 0 ? ` (${untranslatable} with no counterpart on the model)` : ""}; ${verdict}; ` +
      `trace (${events.length} events) written to ${relative(io.cwd, path) || path}\n`,
  )
  return violation === null ? 0 : 1
}

export const simCommand: Command = { name: "sim", summary: "run one generated schedule and write its whole trace", usage, run }
