/**
 * `zab check`: run generated schedules on the simulator, check every invariant after every step, and on a
 * violation shrink it, write the counterexample and print how to replay it.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, relative, resolve } from "node:path"
import { boolFlag, choiceFlag, intFlag, listFlag, parseFlags, stringFlag } from "../args.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { bugNames, isSimulatorOnly } from "../../impl/bugs.js"
import { type CampaignOptions, type Failure, runModelCampaign, runNetCampaign, runSimCampaign, shardRuns } from "../../harness/campaign.js"
import { counterexample, describeStates, failureHeadline, stepLines, writeCounterexample } from "../../harness/report.js"
import { walkLines } from "../../model/walk.js"
import { modelBugNames } from "../../model/model-bugs.js"
import { coverageTable } from "../../properties/coverage.js"
import { checkCorpus, defaultCorpusDir } from "../../harness/corpus-replay.js"
import { formatRejection } from "../../traces/format.js"
import { type CheckOutcome, type ReportSettings, type Reporter, invariantsChecked, junitReport, jsonReportText, notJudgedReasons, reporterNames, scheduleTexts, walkStepTexts } from "../../harness/reporters.js"

const usage = `usage: zab check [options]

Runs generated schedules of crashes, partitions, message orders and client writes on a simulated cluster
and checks every ZAB invariant after every step. On a violation it shrinks the schedule, writes the
counterexample trace and prints the command that replays it.

options:
  --servers N      cluster size: 3, 5 or 7 (default 3)
  --runs N         schedules to run (default 100)
  --seed S         campaign seed, an integer (default: drawn from the clock and printed)
  --steps N        maximum steps per schedule (default 200)
  --bug NAME       run a deliberately broken peer (repeatable; \`zab bugs\` lists them)
  --out DIR        where counterexamples go (default ./counterexamples)
  --workers W      worker threads (default 1)
  --shard i/n      run only the i-th of n slices of the runs (1-based), e.g. for a CI job matrix
  --target T       sim (default); model: random walks of the abstract model; net: real server processes
                   on loopback behind a fault proxy (seconds a run; failures are not shrunk)
  --quorum-liveness  after the faults, require only a quorum (not every live server that can join the
                   leader's epoch) to deliver the probe write; runs that leave one out are counted as
                   sim-liveness-straggler
  --no-coverage    do not print the protocol coverage table
  --corpus [DIR]   first replay every counterexample of the corpus on the simulator (default: the
                   package's traces/corpus; see its README.md) and stop with exit 1 if any fails again
  --no-validate    do not validate each run (with --target net, each merged trace) against the abstract
                   model of Zab.tla; by default an implementation step the model cannot take fails the
                   run as ModelRefinement, even when no invariant notices
  --reporter R     text (default): the report for a person; json: one versioned JSON document (settings,
                   totals, coverage, each violation with its shrunk schedule and replay command); junit:
                   JUnit XML, one test case per invariant, for CI. Without --report it goes to stdout
                   instead of the text
  --report FILE    write the report in the chosen format to FILE instead (its folder is created);
                   stdout keeps the text. Reports are written whether the invariants held or not (not
                   when --corpus fails)

exit codes: 0 every invariant held, 1 a violation was found, 2 bad usage
`

interface CheckSettings extends CampaignOptions {
  readonly runs: number
  readonly out: string
  readonly workers: number
  readonly shard: { readonly index: number; readonly count: number }
  readonly coverage: boolean
  readonly target: "sim" | "model" | "net"
  readonly validate: boolean
  readonly reporter: Reporter
  readonly report: string | null
}

function parseShard(text: string | undefined): { index: number; count: number } {
  if (text === undefined) return { index: 1, count: 1 }
  const match = /^(\d+)\/(\d+)$/.exec(text)
  const index = match === null ? NaN : Number(match[1])
  const count = match === null ? NaN : Number(match[2])
  if (!(index >= 1 && count >= 1 && index <= count && count <= 10_000)) {
    throw new UsageError(`--shard takes i/n with 1 <= i <= n, got ${JSON.stringify(text)}`)
  }
  return { index, count }
}

function settings(args: ReadonlyArray<string>, io: Io): CheckSettings {
  const parsed = parseFlags(
    args,
    {
      servers: { type: "string" },
      runs: { type: "string" },
      seed: { type: "string" },
      steps: { type: "string" },
      bug: { type: "string", multiple: true },
      out: { type: "string" },
      workers: { type: "string" },
      shard: { type: "string" },
      target: { type: "string" },
      "no-coverage": { type: "boolean" },
      "no-validate": { type: "boolean" },
      "quorum-liveness": { type: "boolean" },
      reporter: { type: "string" },
      report: { type: "string" },
    },
    false,
  )
  const servers = intFlag(parsed, "servers", 3, 1, 9)
  if (![3, 5, 7].includes(servers)) throw new UsageError(`--servers must be 3, 5 or 7, got ${servers}`)
  const target = choiceFlag(parsed, "target", ["sim", "model", "net"], "sim")
  const bugs = listFlag(parsed, "bug")
  // The model's broken variants are broken copies of spec actions, named apart from the peer's.
  const known = target === "model" ? modelBugNames : bugNames
  for (const bug of bugs) {
    if (!known.includes(bug)) throw new UsageError(`unknown ${target === "model" ? "model " : ""}bug ${JSON.stringify(bug)}; known: ${known.join(", ")}`)
    if (target === "net" && isSimulatorOnly(bug)) throw new UsageError(`${bug} is re-injected in the simulator's disk recovery only; --target net cannot run it`)
  }
  return {
    servers,
    runs: intFlag(parsed, "runs", 100, 1, 100_000_000),
    seed: intFlag(parsed, "seed", Date.now() % 2_147_483_647, -2_147_483_648, 2_147_483_647),
    maxSteps: intFlag(parsed, "steps", 200, 1, 100_000),
    bugs,
    out: resolve(io.cwd, stringFlag(parsed, "out") ?? "counterexamples"),
    workers: intFlag(parsed, "workers", 1, 1, 256),
    shard: parseShard(stringFlag(parsed, "shard")),
    coverage: !boolFlag(parsed, "no-coverage"),
    validate: !boolFlag(parsed, "no-validate"),
    target,
    reporter: choiceFlag(parsed, "reporter", reporterNames, "text"),
    report: ((file) => (file === undefined ? null : resolve(io.cwd, file)))(stringFlag(parsed, "report")),
    ...(boolFlag(parsed, "quorum-liveness") ? { quorumLiveness: true } : {}),
  }
}

/** Where the compiled worker lives: beside this file when compiled, under dist/ when run from source. */
function workerUrl(): URL {
  const here = import.meta.url
  return here.endsWith(".ts") ? new URL("../../dist/bin/check-worker.js", here) : new URL("../check-worker.js", here)
}

function campaignOptions(s: CheckSettings): CampaignOptions {
  return {
    servers: s.servers,
    maxSteps: s.maxSteps,
    bugs: s.bugs,
    seed: s.seed,
    ...(s.quorumLiveness === true ? { quorumLiveness: true } : {}),
    ...(s.validate ? { validate: true } : {}),
  }
}

/** What a campaign on any target hands back: its exit code and its outcome for the reporters. */
interface Checked {
  readonly code: number
  readonly outcome: CheckOutcome
}

/**
 * Where the output goes. The text goes to stdout unless another reporter writes there instead (no
 * --report); with --report the chosen reporter's document goes to the file, and stdout keeps the text.
 */
async function run(argv: ReadonlyArray<string>, io: Io): Promise<number> {
  const { corpus, args } = corpusFlag(argv, io)
  const s = settings(args, io)
  let text = ""
  const textIo: Io = {
    ...io,
    out: (t) => {
      text += t
      if (s.reporter === "text" || s.report !== null) io.out(t)
    },
  }
  if (corpus !== null && !replayCorpus(corpus, textIo)) return 1
  const runs = shardRuns(s.runs, s.shard)
  const { code, outcome } = s.target === "model" ? checkModel(s, runs, textIo) : s.target === "net" ? await checkNet(s, runs, textIo) : await checkSim(s, runs, textIo)
  const document = s.reporter === "json" ? jsonReportText(outcome) : s.reporter === "junit" ? junitReport(outcome) : text
  if (s.report !== null) {
    try {
      mkdirSync(dirname(s.report), { recursive: true })
      writeFileSync(s.report, document)
    } catch (error) {
      throw new InputError(`cannot write the report to ${s.report}: ${error instanceof Error ? error.message : String(error)}`)
    }
  } else if (s.reporter !== "text") {
    io.out(document)
  }
  return code
}

function reportSettings(s: CheckSettings): ReportSettings {
  return { target: s.target, servers: s.servers, runs: s.runs, steps: s.maxSteps, seed: s.seed, shard: s.shard, bugs: s.bugs, validate: s.validate, workers: s.workers }
}

async function checkSim(s: CheckSettings, runs: ReadonlyArray<number>, io: Io): Promise<Checked> {
  const shardText = s.shard.count > 1 ? `, shard ${s.shard.index}/${s.shard.count}` : ""
  const bugText = s.bugs.length > 0 ? `, broken peer: ${s.bugs.join(", ")}` : ""
  const validateText = s.validate ? ", each run validated against the model" : ""
  io.err(`zab check: ${runs.length} runs of up to ${s.maxSteps} steps on ${s.servers} simulated servers (seed ${s.seed}${shardText}${bugText}${validateText})\n`)

  const { done, steps, seconds, coverage, failure: found } = await runSimCampaign(campaignOptions(s), runs, { workers: s.workers, workerUrl: workerUrl() }, { write: io.err, interactive: io.interactive })
  const held: CheckOutcome = {
    settings: reportSettings(s),
    totals: { runs: done, steps, seconds },
    coverage,
    checked: invariantsChecked("sim", s.validate, []),
    notJudged: [],
    violation: null,
  }
  if (found === null) {
    io.out(`all invariants held in ${done} runs (${steps} steps taken, ${seconds.toFixed(1)} s, ${Math.round(done / Math.max(seconds, 1e-9))} runs/s)\n`)
    if (s.coverage) io.out(`\n${coverageTable(coverage, { runs: done, servers: s.servers, maxSteps: s.maxSteps })}\n`)
    return { code: 0, outcome: held }
  }
  return reportFailure(found, s, io, done, seconds, held)
}

function reportFailure(failure: Failure, s: CheckSettings, io: Io, done: number, seconds: number, held: CheckOutcome): Checked {
  const example = counterexample(failure.shrunk, s.seed, failure.run, s.validate)
  if (example === null) {
    // Cannot happen for a deterministic simulator; say so loudly rather than pretend.
    io.err(`zab check: run ${failure.run} failed (${failure.violation.invariant}) but its shrunk schedule passes when re-run: the simulator is not deterministic\n`)
    const { invariant, message, servers } = failure.violation
    // The step texts come from a recorded run, and this schedule did not fail when re-run: name the kinds.
    const schedule = failure.shrunk.steps.map((step) => step._tag)
    const violation = { invariant, message, servers, run: failure.run, schedule, liveness: [], shrunk: true, generatedSteps: failure.original.steps.length, counterexample: null, replay: null }
    return { code: 1, outcome: { ...held, violation } }
  }
  const path = writeCounterexample(s.out, example.fileName, example.jsonl)
  const shown = relative(process.cwd(), path) || path
  const lines = [
    `${failureHeadline(example.violation)} in run ${failure.run} (seed ${s.seed}) after ${done} runs, ${seconds.toFixed(1)} s`,
    `  ${example.violation.message}`,
    "",
    `shrunk schedule: ${stepLines(example.events).filter((l) => !l.startsWith("      then")).length} steps taken (from ${failure.original.steps.length} generated; ${failure.shrinkRuns} shrink runs)`,
    ...stepLines(example.events),
    "",
  ]
  if (example.view !== null) lines.push(describeStates(example.view, example.previousView, example.violation), "")
  if (example.detail !== null) lines.push(example.detail, "")
  lines.push(`counterexample written to ${shown}`, `replay it with: npx zab replay ${shown}`, `its story, step by step: npx zab replay ${shown} --explain`, "")
  io.out(lines.join("\n"))
  const { invariant, message, servers } = example.violation
  const violation = {
    invariant,
    message,
    servers,
    run: failure.run,
    ...scheduleTexts(example.events),
    shrunk: true,
    generatedSteps: failure.original.steps.length,
    counterexample: shown,
    replay: `npx zab replay ${shown}`,
  }
  return { code: 1, outcome: { ...held, violation } }
}

/**
 * `--target model`: random walks of the abstract model (model/walk.ts) in the simulator's schedule
 * vocabulary, every invariant checked after every spec action, a failing walk shrunk by fast-check and
 * written as a model trace whose header carries the walk, which `zab replay` re-runs. Each run is seeded
 * like a simulator run, so shards split walks the same way.
 */
function checkModel(s: CheckSettings, runs: ReadonlyArray<number>, io: Io): Checked {
  io.err(`zab check --target model: ${runs.length} random walks of up to ${s.maxSteps} steps on the abstract model of ${s.servers} servers (seed ${s.seed}${s.bugs.length > 0 ? `, broken model: ${s.bugs.join(", ")}` : ""})\n`)
  const result = runModelCampaign({ servers: s.servers, maxSteps: s.maxSteps, bugs: s.bugs, seed: s.seed }, runs, s.out, { write: io.err, interactive: io.interactive })
  const held: CheckOutcome = {
    settings: reportSettings(s),
    totals: { runs: result.done, steps: null, seconds: result.seconds },
    coverage: null,
    checked: invariantsChecked("model", s.validate, result.notJudged),
    notJudged: notJudgedReasons("model", result.notJudged),
    violation: null,
  }
  if (result.failure !== null) {
    const { run, walk: failure, path } = result.failure
    const shown = relative(io.cwd, path) || path
    const lines = [
      `VIOLATION of ${failure.violation.invariant} in model walk ${run} (seed ${s.seed}) after ${result.done} walks`,
      `  ${failure.violation.message}`,
      "",
      `shrunk walk (from ${failure.generatedSteps} generated steps; ${failure.shrinks} shrinks), each step with the spec actions it took:`,
      ...walkLines(failure.outcome),
      "",
      `counterexample written to ${shown}`,
      `replay it with: npx zab replay ${shown}`,
      `its story, step by step: npx zab replay ${shown} --explain`,
      `rerun the walk's campaign with: npx zab check --target model --servers ${s.servers} --seed ${s.seed} --runs ${run + 1} --shard ${run + 1}/${run + 1}${s.bugs.map((b) => ` --bug ${b}`).join("")}`,
      "",
    ]
    io.out(lines.join("\n"))
    const schedule = walkStepTexts(failure.outcome)
    const violation = {
      invariant: failure.violation.invariant,
      message: failure.violation.message,
      servers: [],
      run,
      schedule,
      liveness: [],
      shrunk: true,
      generatedSteps: failure.generatedSteps,
      counterexample: shown,
      replay: `npx zab replay ${shown}`,
    }
    return { code: 1, outcome: { ...held, violation } }
  }
  const unjudged = result.notJudged.length === 0 ? "" : `; not judged, for the model does not have what they read: ${result.notJudged.join(", ")}`
  io.out(`all invariants held in ${result.done} model walks (${result.seconds.toFixed(1)} s, ${Math.round(result.done / Math.max(result.seconds, 1e-9))} walks/s)${unjudged}\n`)
  return { code: 0, outcome: held }
}

/**
 * `--target net`: the same generated schedules (same seeds as on the simulator) taken by a real 3-process
 * cluster on loopback behind the fault proxy (harness/net-target.ts), judged by the same invariant
 * functions as the simulator over the projection of the processes' merged trace (those it cannot judge are
 * named). Real time makes a run take seconds, so a failing run is reported unshrunk, with its merged trace
 * written out.
 */
async function checkNet(s: CheckSettings, runs: ReadonlyArray<number>, io: Io): Promise<Checked> {
  io.err(`zab check --target net: ${runs.length} schedules of up to ${s.maxSteps} steps on real ${s.servers}-server clusters on loopback (seed ${s.seed}${s.bugs.length > 0 ? `, broken peer: ${s.bugs.join(", ")}` : ""}${s.validate ? ", each merged trace validated against the model" : ""})\n`)
  const result = await runNetCampaign({ servers: s.servers, maxSteps: s.maxSteps, bugs: s.bugs, seed: s.seed, validate: s.validate }, runs, s.out, { write: io.err, interactive: io.interactive })
  const held: CheckOutcome = {
    settings: reportSettings(s),
    totals: { runs: result.done, steps: result.steps, seconds: result.seconds },
    coverage: null,
    checked: invariantsChecked("net", s.validate, result.notJudged),
    notJudged: notJudgedReasons("net", result.notJudged),
    violation: null,
  }
  if (result.failure !== null) {
    const { run, violation, path } = result.failure
    const rejection = result.failure.result.rejection
    const trace = result.failure.result.trace
    const shown = relative(process.cwd(), path) || path
    const simulator = `npx zab check --servers ${s.servers} --seed ${s.seed} --runs ${run + 1} --shard ${run + 1}/${run + 1}${s.bugs.map((b) => ` --bug ${b}`).join("")}`
    io.out(
      [
        `VIOLATION of ${violation.invariant} in run ${run} (seed ${s.seed}) on a real cluster`,
        `  ${violation.message}`,
        ...(rejection === null ? [] : ["", ...formatRejection(rejection, rejection.index + 2)]),
        "",
        `schedule as it took effect (${result.failure.result.stepsTaken} steps; not shrunk: real clusters take seconds a run):`,
        ...stepLines(trace.events),
        "",
        `merged trace of the processes written to ${shown}`,
        `the same schedule on the simulator: ${simulator}`,
        "",
      ].join("\n"),
    )
    const reported = { ...violation, run, ...scheduleTexts(trace.events), shrunk: false, generatedSteps: trace.header.schedule.steps.length, counterexample: shown, replay: simulator }
    return { code: 1, outcome: { ...held, violation: reported } }
  }
  const unjudged = result.notJudged.length === 0 ? "" : `; not judged, for the merged traces do not observe what they read: ${result.notJudged.join(", ")}`
  io.out(`all invariants held in ${result.done} runs on real clusters (${result.steps} steps taken, ${result.seconds.toFixed(0)} s)${unjudged}\n`)
  return { code: 0, outcome: held }
}

/**
 * `--corpus` takes an optional DIR, which node's flag parser cannot express: take it (and the DIR after it,
 * when it is not a flag: check takes no positionals) out of the arguments before they are parsed.
 */
function corpusFlag(argv: ReadonlyArray<string>, io: Io): { corpus: string | null; args: ReadonlyArray<string> } {
  const args: Array<string> = []
  let corpus: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === "--corpus") {
      const next = argv[i + 1]
      corpus = next !== undefined && !next.startsWith("-") ? resolve(io.cwd, argv[++i]!) : defaultCorpusDir()
    } else if (arg.startsWith("--corpus=")) {
      corpus = resolve(io.cwd, arg.slice("--corpus=".length))
    } else {
      args.push(arg)
    }
  }
  return { corpus, args }
}

/** Replay the corpus, one line per file; false if any file fails. */
function replayCorpus(dir: string, io: Io): boolean {
  const report = checkCorpus(dir)
  const shown = relative(io.cwd, dir) || dir
  io.out(`corpus ${shown}: replaying ${report.verdicts.length} file${report.verdicts.length === 1 ? "" : "s"} on the simulator\n`)
  const width = Math.max(0, ...report.verdicts.map((v) => v.file.length))
  for (const v of report.verdicts) io.out(`  ${v.ok ? "ok  " : "FAIL"}  ${v.file.padEnd(width)}  ${v.detail}\n`)
  const failed = report.verdicts.filter((v) => !v.ok).length
  io.out(failed === 0 ? `corpus: every file held as it should\n\n` : `corpus: ${failed} of ${report.verdicts.length} failed; no new schedules run\n`)
  return failed === 0
}

export const check: Command = { name: "check", summary: "check generated fault schedules on the simulator", usage, run }
