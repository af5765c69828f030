/**
 * One `zab check` campaign on any target, from settings to what it printed and the outcome its reporters
 * turn into documents: the command line (bin/commands/check.ts) and the library API (api/index.ts) both run
 * campaigns through here, so a campaign says and reports the same whichever way it was started.
 */
import type { ValidationSpec } from "../traces/validate-system.js"
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
import { defaultZkShrinkBudgetSeconds, defaultZkTries, runZkCampaign } from "./zookeeper-campaign.js"
import { defaultZkTickTimeMs, zkLogBranches } from "./zookeeper-target.js"
import { killSpawnedOnExit } from "../impl/net/cluster.js"
import { ZkMissingError, zookeeperInstallation } from "../impl/zookeeper/ensemble.js"
import { ZOOKEEPER_BRANCHES } from "../impl/zookeeper/protocol-coverage.js"

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
  /** Which spec validation uses (`--spec`); absent: Zab.tla's. */
  readonly spec?: ValidationSpec
  /** --target zookeeper: tries a candidate gets while shrinking, and the shrinking budget in seconds. */
  readonly zkTries?: number
  readonly zkShrinkBudgetSeconds?: number
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
  if (s.target === "zookeeper") return checkZookeeper(s, runs, output)
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
    // What validation checked: the simulator takes either spec, the model target validates nothing, the
    // real-cluster targets Zab.tla's model (through the ZooKeeper rules on zookeeper).
    spec: !s.validate || s.target === "model" ? null : s.target === "sim" ? (s.spec ?? "protocol") : "protocol",
    workers: s.workers,
    builtIn: s.builtIn !== false,
    // The simulator and ZooKeeper runs judge their clients' history; the other targets record none yet.
    history: (s.target === "sim" || s.target === "zookeeper") && s.builtIn !== false && s.history !== false,
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
    ...(s.spec === undefined ? {} : { spec: s.spec }),
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
  const validateText = s.validate ? `, each run validated against the model${s.spec === "system" ? " and the system spec's leader election, discovery, synchronisation and broadcast" : ""}` : ""
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
  const recorded = runSchedule(error.schedule, { record: true, validate: s.validate, ...(s.spec === undefined ? {} : { spec: s.spec }), ...(s.builtIn === false ? { builtIn: false } : {}), ...(s.history === false ? { history: false } : {}), ...(invariants === null ? {} : { invariants }) })
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
  const example = counterexample(failure.shrunk, s.seed, failure.run, s.validate, checks, s.spec ?? "protocol")
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

/** Why the model target does not judge ClientHistory (the net target records its clients' history and judges it). */
const HISTORY_NOT_JUDGED = {
  model: "not judged: the abstract model does not have what it reads (a client history: the model has no clients)",
} as const

/**
 * `--target net`: the same generated schedules (same seeds as on the simulator) taken by a real 3-process
 * cluster on loopback behind the fault proxy (harness/net-target.ts), judged by the same invariant
 * functions as the simulator over the projection of the processes' merged trace (those it cannot judge are
 * named). Real time makes a run take seconds, so a failing run is reported unshrunk, with its merged trace
 * written out.
 */
async function checkNet(s: CheckRunSettings, runs: ReadonlyArray<number>, output: Output, invariants: InvariantSet | null): Promise<Checked> {
  output.err(`zab check --target net: ${runs.length} schedules of up to ${s.maxSteps} steps on real ${s.servers}-server clusters on loopback (seed ${s.seed}${s.bugs.length > 0 ? `, broken peer: ${s.bugs.join(", ")}` : ""}${s.validate ? `, each merged trace validated against the model${s.spec === "system" ? " and the system spec's leader election, discovery, synchronisation and broadcast" : ""}` : ""})\n`)
  const userNames = invariants === null ? [] : invariants.invariants.map((i) => i.name)
  if (userNames.length > 0) output.err(`  and your invariants: ${userNames.join(", ")}${s.builtIn === false ? " (the built-in ones off)" : ""}\n`)
  const result = await runNetCampaign({ servers: s.servers, maxSteps: s.maxSteps, bugs: s.bugs, seed: s.seed, validate: s.validate, ...(s.spec === undefined ? {} : { spec: s.spec }), ...(s.faults === undefined ? {} : { faults: s.faults }), ...(s.history === false ? { history: false } : {}) }, runs, s.out, { write: output.err, interactive: output.interactive }, invariants)
  const held: CheckOutcome = {
    settings: reportSettings(s, invariants),
    totals: { runs: result.done, steps: result.steps, seconds: result.seconds },
    coverage: null,
    checked: invariantsChecked("net", s.validate, result.notJudged, true, userNames).filter((name) => s.history !== false || name !== CLIENT_HISTORY),
    notJudged: notJudgedReasons("net", result.notJudged),
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
  const unjudged = result.notJudged.length === 0 ? "" : `; not judged, for the merged traces do not observe what they read: ${result.notJudged.join(", ")}`
  output.out(`all invariants held in ${result.done} runs on real clusters (${result.steps} steps taken, ${result.seconds.toFixed(0)} s)${unjudged}\n`)
  return { code: 0, outcome: held }
}


/**
 * `--target zookeeper`: the same generated schedules taken by fresh Apache ZooKeeper ensembles
 * (harness/zookeeper-target.ts). A failure is shrunk within a time budget, keeping a smaller schedule
 * when it fails again in at least one of N tries; the report names what could not be judged and why.
 * An ensemble that does not start, or a capture that does not decode, is a harness error (exit 2).
 */
async function checkZookeeper(s: CheckRunSettings, runs: ReadonlyArray<number>, output: Output): Promise<Checked> {
  // Interrupted or not, no JVM outlives the campaign: the exit hook kills every process it spawned.
  killSpawnedOnExit()
  const interrupted = (): void => process.exit(130)
  process.once("SIGINT", interrupted)
  process.once("SIGTERM", interrupted)
  try {
    return await campaignOnZookeeper(s, runs, output)
  } finally {
    process.removeListener("SIGINT", interrupted)
    process.removeListener("SIGTERM", interrupted)
  }
}

async function campaignOnZookeeper(s: CheckRunSettings, runs: ReadonlyArray<number>, output: Output): Promise<Checked> {
  const tries = s.zkTries ?? defaultZkTries
  try {
    zookeeperInstallation()
  } catch (error) {
    // Nothing can run: say what to install before any banner, as bad input (exit 2).
    if (!(error instanceof ZkMissingError)) throw error
    output.out(`ERROR: ${error.message}\n`)
    const none: CheckOutcome = { settings: reportSettings(s), totals: { runs: 0, steps: 0, seconds: 0 }, coverage: null, checked: [], notJudged: [], violation: null, error: null }
    return { code: 2, outcome: none }
  }
  const budget = s.zkShrinkBudgetSeconds ?? defaultZkShrinkBudgetSeconds
  output.err(
    `zab check --target zookeeper: ${runs.length} schedules of up to ${s.maxSteps} steps on fresh Apache ZooKeeper ensembles of ${s.servers} servers (seed ${s.seed}, tickTime ${defaultZkTickTimeMs} ms; a failure is shrunk for at most ${budget} s, ${tries} tries a candidate)\n`,
  )
  const result = await runZkCampaign(
    { servers: s.servers, maxSteps: s.maxSteps, seed: s.seed, validate: s.validate, tries, shrinkBudgetSeconds: budget, ...(s.faults === undefined ? {} : { faults: s.faults }) },
    runs,
    s.out,
    { write: output.err },
  )
  const history = s.history !== false
  const checked = invariantsChecked("zookeeper", s.validate, result.notJudged, true).filter((name) => history || name !== CLIENT_HISTORY)
  const held: CheckOutcome = {
    settings: reportSettings(s),
    totals: { runs: result.done, steps: result.steps, seconds: result.seconds },
    coverage: zkCoverageCounts(result.coverage),
    checked,
    notJudged: result.notJudged.map((invariant) => ({ invariant, reason: `not judged: ${result.notJudgedWhy ?? "the decoded capture does not observe what it reads"}` })),
    violation: null,
    error: null,
  }
  const perRun = result.runSeconds.length === 0 ? "" : `; per run ${median(result.runSeconds).toFixed(1)} s median, ${Math.min(...result.runSeconds).toFixed(1)}-${Math.max(...result.runSeconds).toFixed(1)} s`
  const judged = `judged: ${checked.join(", ")}${result.notJudged.length === 0 ? "" : `\nnot judged (${result.notJudgedWhy ?? "not observed"}): ${result.notJudged.join(", ")}`}`
  if (result.error !== null) {
    output.out(`ERROR in run ${result.error.run} (seed ${s.seed}): the run could not be judged, which is not a protocol violation\n  ${result.error.message.split("\n").join("\n  ")}\n`)
    return { code: 2, outcome: held }
  }
  if (result.failure !== null) {
    const f = result.failure
    const v = f.shrunk.violation!
    const shown = relative(output.cwd, f.path) || f.path
    output.out(
      [
        `VIOLATION of ${v.invariant} in run ${f.run} (seed ${s.seed}) on Apache ZooKeeper after ${result.done} runs, ${result.seconds.toFixed(0)} s`,
        `  ${v.message}`,
        "",
        `schedule as it took effect (${f.shrunk.stepsTaken} steps, from ${f.first.trace.header.schedule.steps.length} generated; shrinking took ${f.shrinkTries} runs, ${f.shrinkSeconds.toFixed(0)} s):`,
        ...stepLines(f.shrunk.trace.events),
        "",
        judged,
        `counterexample written to ${shown}`,
        `re-run it ${tries} times on fresh ensembles: npx zab replay ${shown}`,
        "",
      ].join("\n"),
    )
    const reported = { invariant: v.invariant, message: v.message, servers: [...v.servers], run: f.run, ...scheduleTexts(f.shrunk.trace.events), shrunk: true, generatedSteps: f.first.trace.header.schedule.steps.length, counterexample: shown, replay: `npx zab replay ${shown}` }
    return { code: 1, outcome: { ...held, violation: reported } }
  }
  output.out(`all judged invariants held in ${result.done} runs on Apache ZooKeeper (${result.steps} steps taken, ${result.seconds.toFixed(0)} s${perRun})\n${judged}\n`)
  if (s.coverage) output.out(`\n${zkCoverageTable(result.coverage)}\n`)
  return { code: 0, outcome: held }
}

function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** What ZooKeeper campaign runs reached, every known branch listed with its count (a zero: not reached). */
function zkCoverageCounts(counts: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const names = [...new Set([...zkLogBranches.map(([name]) => name), ...runnerBranches, ...ZOOKEEPER_BRANCHES.map(([b]) => `wire-${b}`), ...counts.keys()])]
  return new Map(names.map((name) => [name, counts.get(name) ?? 0]))
}

/** What ZooKeeper campaign runs reached, every known branch listed (a zero is a branch not reached). */
function zkCoverageTable(counts: ReadonlyMap<string, number>): string {
  const names = [...zkCoverageCounts(counts).keys()]
  const width = Math.max(...names.map((n) => n.length))
  return [
    "ZooKeeper coverage (times each branch was reached; zk- from the servers' logs, runner- and client- from the harness):",
    ...names.map((name) => `  ${name.padEnd(width)} ${String(counts.get(name) ?? 0).padStart(6)}`),
  ].join("\n")
}

const runnerBranches = [
  "runner-leader-killed",
  "runner-leader-killed-with-writes-in-flight",
  "runner-server-killed",
  "runner-server-restarted",
  "runner-partition",
  "runner-leader-isolated",
  "runner-connections-reset",
  "client-op-ok",
  "client-op-failed (a tree error)",
  "client-op-indeterminate",
]
