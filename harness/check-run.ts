/**
 * One `zab check` campaign on any target, from settings to what it printed and the outcome its reporters
 * turn into documents: the command line (bin/commands/check.ts) and the library API (api/index.ts) both run
 * campaigns through here, so a campaign says and reports the same whichever way it was started.
 */
import { relative } from "node:path"
import { fileURLToPath } from "node:url"
import { type CampaignOptions, type Failure, type RunError, runModelCampaign, runNetCampaign, runSimCampaign } from "./campaign.js"
import { counterexample, describeStates, failureHeadline, stepLines, writeCounterexample } from "./report.js"
import { walkLines } from "../model/walk.js"
import { coverageTable } from "../properties/coverage.js"
import type { InvariantError, InvariantSet } from "../properties/user-invariants.js"
import { formatRejection } from "../traces/format.js"
import { type CheckOutcome, type CheckTarget, type ReportSettings, type ReportedError, invariantsChecked, notJudgedReasons, scheduleTexts, walkStepTexts } from "./reporters.js"
import { CLIENT_HISTORY, runSchedule } from "./sim-target.js"

/** Where a campaign's text goes: the report for a person on `out`, progress and the banner on `err`. */
export interface Output {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  /** A person watches `err`: progress redraws one line. */
  readonly interactive: boolean
  /** Paths in the text are shown relative to it. */
  readonly cwd: string
}

export interface CheckRunSettings extends CampaignOptions {
  readonly target: CheckTarget
  /** The campaign's runs over all shards. */
  readonly runs: number
  /** Which runs this shard does (harness/campaign.ts shardRuns). */
  readonly shard: { readonly index: number; readonly count: number }
  readonly workers: number
  /** The compiled worker entry (bin/check-worker.js) for workers > 1. */
  readonly workerUrl: URL
  /** Where counterexamples go. */
  readonly out: string
  /** Print the protocol coverage table after a campaign that held. */
  readonly coverage: boolean
  readonly validate: boolean
}

/** What a campaign on any target hands back: its exit code and its outcome for the reporters. */
export interface Checked {
  readonly code: number
  readonly outcome: CheckOutcome
}

/** Run the campaign's runs of this shard on its target; the text goes to `output` as it comes. */
export async function runCheck(s: CheckRunSettings, runs: ReadonlyArray<number>, output: Output, invariants: InvariantSet | null = null): Promise<Checked> {
  if (s.target === "model") return checkModel(s, runs, output, invariants)
  if (s.target === "net") return checkNet(s, runs, output, invariants)
  return checkSim(s, runs, output, invariants)
}

function reportSettings(s: CheckRunSettings, invariants: InvariantSet | null = null): ReportSettings {
  return {
    target: s.target,
    servers: s.servers,
    runs: s.runs,
    steps: s.maxSteps,
    seed: s.seed,
    shard: s.shard,
    bugs: s.bugs,
    validate: s.validate,
    workers: s.workers,
    builtIn: s.builtIn !== false,
    // The simulator judges its clients' history unless told not to; the other targets record none yet.
    history: s.target === "sim" && s.builtIn !== false && s.history !== false,
    userInvariants: invariants === null ? [] : invariants.invariants.map((i) => i.name),
    faults: { ...s.faults },
  }
}

function campaignOptions(s: CheckRunSettings): CampaignOptions {
  return {
    servers: s.servers,
    maxSteps: s.maxSteps,
    bugs: s.bugs,
    seed: s.seed,
    ...(s.quorumLiveness === true ? { quorumLiveness: true } : {}),
    ...(s.validate ? { validate: true } : {}),
    ...(s.builtIn === false ? { builtIn: false } : {}),
    ...(s.history === false ? { history: false } : {}),
    ...(s.faults === undefined ? {} : { faults: s.faults }),
    ...(s.invariantsModule === undefined ? {} : { invariantsModule: s.invariantsModule }),
  }
}

/** The replay command of a counterexample: with the user's invariants module when they came from one. */
function replayCommand(s: CheckRunSettings, shown: string, cwd: string, invariants: InvariantSet | null): string {
  const module = s.invariantsModule
  // Invariants handed over as functions (the library API) come from no module the command could load.
  const unnamed = invariants === null || invariants.empty ? null : `<a module exporting ${invariants.invariants.map((i) => i.name).join(", ")}>`
  const shownModule = module === undefined ? unnamed : module.startsWith("file:") ? `./${relative(cwd, fileURLToPath(module))}` : module
  return `npx zab replay ${shown}${shownModule === null ? "" : ` --invariants ${shownModule}`}${s.builtIn === false ? " --no-builtin" : ""}`
}

async function checkSim(s: CheckRunSettings, runs: ReadonlyArray<number>, output: Output, invariants: InvariantSet | null): Promise<Checked> {
  const shardText = s.shard.count > 1 ? `, shard ${s.shard.index}/${s.shard.count}` : ""
  const bugText = s.bugs.length > 0 ? `, broken peer: ${s.bugs.join(", ")}` : ""
  const validateText = s.validate ? ", each run validated against the model" : ""
  output.err(`zab check: ${runs.length} runs of up to ${s.maxSteps} steps on ${s.servers} simulated servers (seed ${s.seed}${shardText}${bugText}${validateText})\n`)

  const userNames = invariants === null ? [] : invariants.invariants.map((i) => i.name)
  if (userNames.length > 0) output.err(`  and your invariants: ${userNames.join(", ")}${s.builtIn === false ? " (the built-in ones off)" : ""}\n`)
  const result = await runSimCampaign(campaignOptions(s), runs, { workers: s.workers, workerUrl: s.workerUrl }, { write: output.err, interactive: output.interactive }, invariants)
  const { done, steps, seconds, coverage, failure: found } = result
  const held: CheckOutcome = {
    settings: reportSettings(s, invariants),
    totals: { runs: done, steps, seconds },
    coverage,
    checked: invariantsChecked("sim", s.validate, [], s.builtIn !== false, userNames).filter((name) => s.history !== false || name !== CLIENT_HISTORY),
    notJudged: [],
    violation: null,
    error: null,
  }
  if (result.error !== null) return reportSimError(result.error, s, output, held, invariants)
  if (found === null) {
    output.out(`all invariants held in ${done} runs (${steps} steps taken, ${seconds.toFixed(1)} s, ${Math.round(done / Math.max(seconds, 1e-9))} runs/s)\n`)
    if (s.coverage) output.out(`\n${coverageTable(coverage, { runs: done, servers: s.servers, maxSteps: s.maxSteps })}\n`)
    return { code: 0, outcome: held }
  }
  return reportFailure(found, s, output, done, seconds, held, invariants)
}

/** The sim's error: the run's schedule re-run with recording on (deterministic) for the steps' texts. */
function reportSimError(error: RunError, s: CheckRunSettings, output: Output, held: CheckOutcome, invariants: InvariantSet | null): Checked {
  const recorded = runSchedule(error.schedule, { record: true, validate: s.validate, ...(s.builtIn === false ? { builtIn: false } : {}), ...(s.history === false ? { history: false } : {}), ...(invariants === null ? {} : { invariants }) })
  return reportError(error, error.schedule.steps.length, scheduleTexts(recorded.events ?? []), s, output, held)
}

/**
 * A user invariant threw: the campaign stopped there, and what is reported is the user's error with its
 * stack and the run's schedule up to where it threw (unshrunk: the bug is in the check, not the peer).
 */
function reportError(
  error: InvariantError & { readonly run: number; readonly failedAt: number },
  generatedSteps: number,
  texts: { readonly schedule: ReadonlyArray<string>; readonly liveness: ReadonlyArray<string> },
  s: CheckRunSettings,
  output: Output,
  held: CheckOutcome,
): Checked {
  const { schedule, liveness } = texts
  const where = error.failedAt >= generatedSteps ? "in the liveness phase" : `after step ${error.failedAt + 1}`
  output.out(
    [
      `ERROR in invariant ${error.invariant}: it threw ${where} of run ${error.run} (seed ${s.seed}); this is an error of the check, not a violation of the protocol`,
      `  ${error.message}`,
      "",
      ...error.stack.split("\n").map((line) => `  ${line}`),
      "",
      `the run's schedule as it took effect (${schedule.length} steps, not shrunk):`,
      ...schedule.map((text, i) => `${String(i + 1).padStart(4)}. ${text}`),
      ...liveness.map((text) => `      then: ${text}`),
      "",
    ].join("\n"),
  )
  const reported: ReportedError = { invariant: error.invariant, message: error.message, stack: error.stack, run: error.run, step: error.failedAt, schedule, liveness }
  return { code: 1, outcome: { ...held, error: reported } }
}

function reportFailure(failure: Failure, s: CheckRunSettings, output: Output, done: number, seconds: number, held: CheckOutcome, invariants: InvariantSet | null): Checked {
  const checks = { ...(s.builtIn === false ? { builtIn: false } : {}), ...(s.history === false ? { history: false } : {}), ...(invariants === null ? {} : { invariants }) }
  const example = counterexample(failure.shrunk, s.seed, failure.run, s.validate, checks)
  if (example === null) {
    // Cannot happen for a deterministic simulator; say so loudly rather than pretend.
    output.err(`zab check: run ${failure.run} failed (${failure.violation.invariant}) but its shrunk schedule passes when re-run: the simulator is not deterministic\n`)
    const { invariant, message, servers } = failure.violation
    // The step texts come from a recorded run, and this schedule did not fail when re-run: name the kinds.
    const schedule = failure.shrunk.steps.map((step) => step._tag)
    const violation = { invariant, message, servers, run: failure.run, schedule, liveness: [], shrunk: true, generatedSteps: failure.original.steps.length, counterexample: null, replay: null }
    return { code: 1, outcome: { ...held, violation } }
  }
  const path = writeCounterexample(s.out, example.fileName, example.jsonl)
  const shown = relative(output.cwd, path) || path
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
  lines.push(`counterexample written to ${shown}`, `replay it with: ${replayCommand(s, shown, output.cwd, invariants)}`, `its story, step by step: ${replayCommand(s, shown, output.cwd, invariants)} --explain`, "")
  output.out(lines.join("\n"))
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
    replay: replayCommand(s, shown, output.cwd, invariants),
  }
  return { code: 1, outcome: { ...held, violation } }
}

/**
 * `--target model`: random walks of the abstract model (model/walk.ts) in the simulator's schedule
 * vocabulary, every invariant checked after every spec action, a failing walk shrunk by fast-check and
 * written as a model trace whose header carries the walk, which `zab replay` re-runs. Each run is seeded
 * like a simulator run, so shards split walks the same way.
 */
function checkModel(s: CheckRunSettings, runs: ReadonlyArray<number>, output: Output, invariants: InvariantSet | null): Checked {
  output.err(`zab check --target model: ${runs.length} random walks of up to ${s.maxSteps} steps on the abstract model of ${s.servers} servers (seed ${s.seed}${s.bugs.length > 0 ? `, broken model: ${s.bugs.join(", ")}` : ""})\n`)
  const userNames = invariants === null ? [] : invariants.invariants.map((i) => i.name)
  if (userNames.length > 0) output.err(`  and your invariants: ${userNames.join(", ")}\n`)
  const result = runModelCampaign({ servers: s.servers, maxSteps: s.maxSteps, bugs: s.bugs, seed: s.seed }, runs, s.out, { write: output.err, interactive: output.interactive }, invariants)
  const held: CheckOutcome = {
    settings: reportSettings(s, invariants),
    totals: { runs: result.done, steps: null, seconds: result.seconds },
    coverage: null,
    checked: invariantsChecked("model", s.validate, result.notJudged, true, userNames),
    notJudged: [...notJudgedReasons("model", result.notJudged), { invariant: CLIENT_HISTORY, reason: HISTORY_NOT_JUDGED.model }],
    violation: null,
    error: null,
  }
  if (result.error !== null) {
    const { run, walk } = result.error
    return reportError({ ...walk.error, run, failedAt: walk.error.step }, walk.outcome.steps.length, { schedule: walkStepTexts(walk.outcome), liveness: [] }, s, output, held)
  }
  // The walk's campaign rerun: with the user's invariants, the one command that shows their violation again.
  const module = s.invariantsModule === undefined ? "" : ` --invariants ${s.invariantsModule.startsWith("file:") ? `./${relative(output.cwd, fileURLToPath(s.invariantsModule))}` : s.invariantsModule}`
  if (result.failure !== null) {
    const { run, walk: failure, path } = result.failure
    const shown = relative(output.cwd, path) || path
    const rerun = `npx zab check --target model --servers ${s.servers} --seed ${s.seed} --runs ${run + 1} --shard ${run + 1}/${run + 1}${s.bugs.map((b) => ` --bug ${b}`).join("")}${module}`
    const users = userNames.includes(failure.violation.invariant)
    const lines = [
      `VIOLATION of ${failure.violation.invariant} in model walk ${run} (seed ${s.seed}) after ${result.done} walks`,
      `  ${failure.violation.message}`,
      "",
      `shrunk walk (from ${failure.generatedSteps} generated steps; ${failure.shrinks} shrinks), each step with the spec actions it took:`,
      ...walkLines(failure.outcome),
      "",
      `counterexample written to ${shown}`,
      ...(users
        ? [`replay it with your invariants: ${rerun}`, `the walk's story, step by step: npx zab replay ${shown} --explain`]
        : [`replay it with: npx zab replay ${shown}`, `its story, step by step: npx zab replay ${shown} --explain`, `rerun the walk's campaign with: ${rerun}`]),
      "",
    ]
    output.out(lines.join("\n"))
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
      // `zab replay` of a model trace checks the built-in invariants only; the user's need the campaign rerun.
      replay: users ? rerun : `npx zab replay ${shown}`,
    }
    return { code: 1, outcome: { ...held, violation } }
  }
  // The model has no clients, so ClientHistory is always among what it cannot judge.
  const unjudged = `; not judged, for the model does not have what they read: ${[...result.notJudged, CLIENT_HISTORY].join(", ")}`
  output.out(`all invariants held in ${result.done} model walks (${result.seconds.toFixed(1)} s, ${Math.round(result.done / Math.max(result.seconds, 1e-9))} walks/s)${unjudged}\n`)
  return { code: 0, outcome: held }
}

/** Why the targets other than the simulator do not judge ClientHistory. */
const HISTORY_NOT_JUDGED = {
  model: "not judged: the abstract model does not have what it reads (a client history: the model has no clients)",
  net: "not judged: the merged traces of real processes do not observe what it reads (a client history: real clusters do not drive the schedules' client sessions yet)",
} as const

/**
 * `--target net`: the same generated schedules (same seeds as on the simulator) taken by a real 3-process
 * cluster on loopback behind the fault proxy (harness/net-target.ts), judged by the same invariant
 * functions as the simulator over the projection of the processes' merged trace (those it cannot judge are
 * named). Real time makes a run take seconds, so a failing run is reported unshrunk, with its merged trace
 * written out.
 */
async function checkNet(s: CheckRunSettings, runs: ReadonlyArray<number>, output: Output, invariants: InvariantSet | null): Promise<Checked> {
  output.err(`zab check --target net: ${runs.length} schedules of up to ${s.maxSteps} steps on real ${s.servers}-server clusters on loopback (seed ${s.seed}${s.bugs.length > 0 ? `, broken peer: ${s.bugs.join(", ")}` : ""}${s.validate ? ", each merged trace validated against the model" : ""})\n`)
  const userNames = invariants === null ? [] : invariants.invariants.map((i) => i.name)
  if (userNames.length > 0) output.err(`  and your invariants: ${userNames.join(", ")}${s.builtIn === false ? " (the built-in ones off)" : ""}\n`)
  const result = await runNetCampaign({ servers: s.servers, maxSteps: s.maxSteps, bugs: s.bugs, seed: s.seed, validate: s.validate, ...(s.faults === undefined ? {} : { faults: s.faults }) }, runs, s.out, { write: output.err, interactive: output.interactive }, invariants)
  const held: CheckOutcome = {
    settings: reportSettings(s, invariants),
    totals: { runs: result.done, steps: result.steps, seconds: result.seconds },
    coverage: null,
    checked: invariantsChecked("net", s.validate, result.notJudged, true, userNames),
    notJudged: [...notJudgedReasons("net", result.notJudged), { invariant: CLIENT_HISTORY, reason: HISTORY_NOT_JUDGED.net }],
    violation: null,
    error: null,
  }
  if (result.error !== null) {
    const { run, result: taken, error } = result.error
    return reportError({ ...error, run }, taken.trace.header.schedule.steps.length, scheduleTexts(taken.trace.events), s, output, held)
  }
  if (result.failure !== null) {
    const { run, violation, path } = result.failure
    const rejection = result.failure.result.rejection
    const trace = result.failure.result.trace
    const shown = relative(output.cwd, path) || path
    const module = s.invariantsModule === undefined ? "" : ` --invariants ${s.invariantsModule.startsWith("file:") ? `./${relative(output.cwd, fileURLToPath(s.invariantsModule))}` : s.invariantsModule}`
    const simulator = `npx zab check --servers ${s.servers} --seed ${s.seed} --runs ${run + 1} --shard ${run + 1}/${run + 1}${s.bugs.map((b) => ` --bug ${b}`).join("")}${module}`
    output.out(
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
  // Real clusters record no client history yet, so ClientHistory is always among what they cannot judge.
  const unjudged = `; not judged, for the merged traces do not observe what they read: ${[...result.notJudged, CLIENT_HISTORY].join(", ")}`
  output.out(`all invariants held in ${result.done} runs on real clusters (${result.steps} steps taken, ${result.seconds.toFixed(0)} s)${unjudged}\n`)
  return { code: 0, outcome: held }
}

