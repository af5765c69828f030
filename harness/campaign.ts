/**
 * A check campaign: runs numbered 0..runs-1, each generated from its own seed (derived from the campaign
 * seed and the run number), so a run is the same whichever shard or worker thread executes it. On the
 * simulator a failing run is shrunk by fast-check (and harness/shrink.ts) to a short schedule that still
 * violates the same invariant; on the model a failing walk is shrunk by fast-check; a real cluster's
 * failure is reported as it happened.
 */
import { Worker } from "node:worker_threads"
import fc from "fast-check"
import type { WalkOptions } from "../model/walk.js"
import { writeTrace } from "../traces/jsonl.js"
import { type WalkError, type WalkFailure, checkWalkWithUser, walkCounterexample } from "./model-target.js"
import { hash, writeCounterexample } from "./report.js"
import { type TargetRun, type TargetViolation, netTarget } from "./target.js"
import { type Violation, notJudgedWithout } from "../properties/invariants.js"
import { type InvariantError, InvariantSet } from "../properties/user-invariants.js"
import { loadInvariants } from "./invariant-module.js"
import { MODEL_UNOBSERVED } from "../model/model-view.js"
import { type FaultOverrides, scheduleArbitrary } from "../schedule/arbitrary.js"
import type { Schedule } from "../schedule/steps.js"
import { type RunOptions, type RunResult, runSchedule } from "./sim-target.js"
import type { ValidationSpec } from "../traces/validate-system.js"
import { minimize, runQuietly } from "./shrink.js"

export interface CampaignOptions {
  readonly servers: number
  readonly maxSteps: number
  readonly bugs: ReadonlyArray<string>
  readonly seed: number
  readonly quorumLiveness?: boolean
  /** Validate every run against the abstract model (a rejection fails it as ModelRefinement). */
  readonly validate?: boolean
  /** Which spec validation uses (traces/validate-system.ts): Zab.tla's (default), or the system spec's election too. */
  readonly spec?: ValidationSpec
  /** Check the built-in invariants (default); false checks only the user's, NoProgress and validation. */
  readonly builtIn?: boolean
  /** Judge each run's client history as ClientHistory (default); false turns it off (`--no-history`). */
  readonly history?: boolean
  /** Fault-profile knobs fixed by the user instead of drawn per run (schedule/arbitrary.ts). */
  readonly faults?: FaultOverrides
  /**
   * A module (file URL or package specifier) exporting the user's invariants (`invariants`, or the default
   * export, an array). Worker threads load the user's invariants from it, since functions do not cross threads.
   */
  readonly invariantsModule?: string
  /**
   * Shrink a failing run (default). False keeps the generated schedule as it is: a caller that only asks
   * whether some run fails (the mutation campaign) should not pay for a short counterexample it never reads.
   */
  readonly shrink?: boolean
}

/** A user invariant that threw in a run: the run's generated schedule, unshrunk (the error is the user's). */
export interface RunError extends InvariantError {
  readonly run: number
  /** The index of the step after which it threw; steps.length for the liveness phase. */
  readonly failedAt: number
  readonly schedule: Schedule
}

export interface RunReport {
  readonly run: number
  readonly stepsTaken: number
  readonly coverage: ReadonlyMap<string, number>
  readonly failure: Failure | null
  readonly error: RunError | null
}

export interface Failure {
  readonly run: number
  readonly violation: Violation
  readonly original: Schedule
  readonly shrunk: Schedule
  readonly shrinkRuns: number
}

/** The seed of one run: a 32-bit mix of the campaign seed and the run number (murmur3's finalizer). */
export function runSeed(seed: number, run: number): number {
  let h = (seed ^ Math.imul(run + 1, 0x9e3779b1)) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b) >>> 0
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35) >>> 0
  h ^= h >>> 16
  return h | 0
}

/** Which runs a shard owns: every run r with r mod count = index (index counted from 1). */
export function shardRuns(runs: number, shard: { readonly index: number; readonly count: number }): Array<number> {
  const owned: Array<number> = []
  for (let r = shard.index - 1; r < runs; r += shard.count) owned.push(r)
  return owned
}

/** The schedule arbitrary of a campaign's options. */
export function campaignArbitrary(options: Pick<CampaignOptions, "servers" | "maxSteps" | "bugs" | "quorumLiveness" | "faults">): fc.Arbitrary<Schedule> {
  return scheduleArbitrary({
    servers: options.servers,
    maxSteps: options.maxSteps,
    bugs: options.bugs,
    ...(options.quorumLiveness === true ? { quorumLiveness: true } : {}),
    ...(options.faults === undefined ? {} : { faults: options.faults }),
  })
}

/**
 * The runs fast-check's own shrinking may take before the minimiser (harness/shrink.ts) goes on. Unbounded, it
 * took 700 to 4,500 runs on the zoo's failures (most of a shrink's time, each candidate a whole validated run)
 * where the minimiser then needed 100 to 1,200; bounded at 300, every zoo failure measured ended as short.
 */
const fastCheckShrinkRunsMax = 300

/**
 * The options a failure's shrinking candidates run with: each ends where the failure was seen, after the
 * step or in the liveness phase's stage (harness/sim-target.ts's lastLivenessStage), and passes if it has not
 * failed the same way by then. A candidate that would fail only later counts as passing; the later probes of
 * the liveness phase are most of a passing run's time. Runs are deterministic, so the shrunk schedule fails
 * on replay exactly where it failed while shrinking. A failure seen by the checks at a run's end (the client
 * history, a write never answered) needs the whole run.
 */
function shrinkOptions(runOptions: RunOptions, result: Pick<RunResult, "failedAt" | "livenessStage">, steps: number): RunOptions {
  if (result.failedAt !== null && result.failedAt < steps) return { ...runOptions, lastLivenessStage: -1 }
  if (result.livenessStage !== null) return { ...runOptions, lastLivenessStage: result.livenessStage }
  return runOptions
}

/**
 * One run of a campaign: its schedule generated from (seed, run), taken on the simulator, and when it fails,
 * shrunk. `invariants` are the user's, checked after the built-in ones (and while shrinking).
 */
export function checkOneRun(options: CampaignOptions, run: number, invariants: InvariantSet | null = null): RunReport {
  const arbitrary = campaignArbitrary(options)
  // Held in an object because fast-check calls the property from inside fc.check.
  const seen: {
    first: { schedule: Schedule; stepsTaken: number; coverage: ReadonlyMap<string, number>; violation: Violation | null; error: (InvariantError & { failedAt: number }) | null } | null
    target: string | null
    shrinkRuns: number
    /** The options shrinking candidates run with (see shrinkOptions). */
    shrinking: RunOptions
    /** What the generated schedule's own run threw (a tripped assertion, a broken peer's TypeError). */
    thrown: { readonly error: unknown } | null
  } = { first: null, target: null, shrinkRuns: 0, shrinking: {}, thrown: null }
  const runOptions: RunOptions = {
    ...(options.validate === true ? { validate: true } : {}),
    ...(options.spec === undefined ? {} : { spec: options.spec }),
    ...(options.builtIn === false ? { builtIn: false } : {}),
    ...(options.history === false ? { history: false } : {}),
    ...(invariants === null || invariants.empty ? {} : { invariants }),
  }
  const details = fc.check(
    fc.property(arbitrary, (schedule) => {
      // While shrinking, a candidate that trips one of the simulator's own assertions (a broken peer can
      // break what the runtime relies on, such as ZOOKEEPER-1277's wrapped zxids) is not the counterexample.
      // fast-check's shrinking is bounded (every later candidate passes): past the bound the minimiser, which
      // works on whole steps, gets as short in far fewer runs.
      if (seen.thrown !== null || (seen.first !== null && seen.shrinkRuns >= fastCheckShrinkRunsMax)) return true
      let result: ReturnType<typeof runQuietly>
      if (seen.first === null) {
        // fast-check would take a throw for a failure and shrink it, and the first candidate that did not
        // throw would then stand for the run, which passed: the run throws it instead, unshrunk.
        try {
          result = runSchedule(schedule, runOptions)
        } catch (error) {
          seen.thrown = { error }
          return true
        }
      } else {
        result = runQuietly(schedule, seen.shrinking)
      }
      if (result === null) {
        seen.shrinkRuns += 1
        return true
      }
      if (seen.first === null) {
        seen.first = { schedule, stepsTaken: result.stepsTaken, coverage: result.coverage, violation: result.violation, error: result.invariantError }
        seen.target = result.violation?.invariant ?? null
        seen.shrinking = shrinkOptions(runOptions, result, schedule.steps.length)
        // A user invariant that threw is the user's error, not a failing schedule: nothing to shrink.
        return result.violation === null
      }
      seen.shrinkRuns += 1
      // While shrinking, only a failure of the same invariant counts: a schedule that now fails differently
      // is a different counterexample.
      return result.violation === null || result.violation.invariant !== seen.target
    }),
    { seed: runSeed(options.seed, run), numRuns: 1, endOnFailure: options.shrink === false },
  )
  if (seen.thrown !== null) throw seen.thrown.error
  const original = seen.first
  if (original === null) throw new Error("fast-check ran no schedule")
  if (original.error !== null) {
    const error = { ...original.error, run, schedule: original.schedule }
    return { run, stepsTaken: original.stepsTaken, coverage: original.coverage, failure: null, error }
  }
  if (!details.failed || original.violation === null) {
    return { run, stepsTaken: original.stepsTaken, coverage: original.coverage, failure: null, error: null }
  }
  if (options.shrink === false) {
    const failure = { run, violation: original.violation, original: original.schedule, shrunk: original.schedule, shrinkRuns: 0 }
    return { run, stepsTaken: original.stepsTaken, coverage: original.coverage, failure, error: null }
  }
  const target = original.violation.invariant
  const fastCheckShrunk = (details.counterexample?.[0] as Schedule | undefined) ?? original.schedule
  const stillFails = (candidate: Schedule): boolean => {
    seen.shrinkRuns += 1
    return runQuietly(candidate, seen.shrinking)?.violation?.invariant === target
  }
  // fast-check's shrinking and the minimiser can settle in a local minimum; minimising the generated
  // schedule as well, from a different start, often ends somewhere shorter. The shorter one is kept.
  const fromShrunk = minimize(fastCheckShrunk, stillFails)
  const fromOriginal = minimize(original.schedule, stillFails)
  const shrunk = fromOriginal.steps.length < fromShrunk.steps.length ? fromOriginal : fromShrunk
  const violation = runSchedule(shrunk, runOptions).violation ?? original.violation
  return {
    run,
    stepsTaken: original.stepsTaken,
    coverage: original.coverage,
    failure: { run, violation, original: original.schedule, shrunk, shrinkRuns: seen.shrinkRuns },
    error: null,
  }
}

// ---------------------------------------------------------------------------------------------------------
// Campaigns on each target: which runs, on how many threads, with progress, and where a failure is written.

/** Where a campaign reports progress: a stream of text, and whether a person watches it (rewrite one line). */
export interface Progress {
  readonly write: (text: string) => void
  readonly interactive: boolean
}

export interface WorkerRequest {
  readonly options: CampaignOptions
  readonly runs: ReadonlyArray<number>
  /**
   * One Int32: the lowest failing run reported so far (NO_FAILURE until then). A worker skips its runs above
   * it, so a failure stops the campaign early, yet every run below it still happens: the failure reported
   * is the lowest failing run, however the work is split.
   */
  readonly lowestFailure: SharedArrayBuffer
}

const NO_FAILURE = 0x7fff_ffff

export type WorkerMessage =
  | { readonly type: "run"; readonly run: number; readonly stepsTaken: number; readonly coverage: ReadonlyArray<readonly [string, number]>; readonly failure: Failure | null; readonly error: RunError | null }
  | { readonly type: "done" }

/** Run the given runs in order on this thread, stopping at the first failure (or user invariant error). */
export function runInOrder(options: CampaignOptions, runs: ReadonlyArray<number>, onReport: (report: RunReport) => void, stopAfter: () => number, invariants: InvariantSet | null = null): void {
  for (const run of runs) {
    if (run > stopAfter()) return
    const report = checkOneRun(options, run, invariants)
    onReport(report)
    if (report.failure !== null || report.error !== null) return
  }
}

/**
 * The body of a worker thread (the entry file passes its workerData and parent port). The user's
 * invariants, if any, are loaded from their module first.
 */
export async function runWorker(request: WorkerRequest, post: (message: WorkerMessage) => void): Promise<void> {
  const lowestFailure = new Int32Array(request.lowestFailure)
  const module = request.options.invariantsModule
  const invariants = module === undefined ? null : new InvariantSet(await loadInvariants(module))
  runInOrder(
    request.options,
    request.runs,
    (report) => post({ type: "run", run: report.run, stepsTaken: report.stepsTaken, coverage: [...report.coverage], failure: report.failure, error: report.error }),
    () => Atomics.load(lowestFailure, 0),
    invariants,
  )
  post({ type: "done" })
}

async function runOnWorkers(options: CampaignOptions, runs: ReadonlyArray<number>, workers: number, workerUrl: URL, onReport: (report: RunReport) => void): Promise<void> {
  const slices: Array<Array<number>> = Array.from({ length: workers }, () => [])
  runs.forEach((run, i) => slices[i % workers]!.push(run))
  const lowestFailure = new SharedArrayBuffer(4)
  const lowest = new Int32Array(lowestFailure)
  lowest[0] = NO_FAILURE
  await Promise.all(
    slices
      .filter((slice) => slice.length > 0)
      .map(
        (slice) =>
          new Promise<void>((done, fail) => {
            const worker = new Worker(workerUrl, { workerData: { options, runs: slice, lowestFailure } satisfies WorkerRequest })
            worker.on("message", (message: WorkerMessage) => {
              if (message.type === "done") return
              if ((message.failure !== null || message.error !== null) && message.run < Atomics.load(lowest, 0)) Atomics.store(lowest, 0, message.run)
              onReport({ run: message.run, stepsTaken: message.stepsTaken, coverage: new Map(message.coverage), failure: message.failure, error: message.error })
            })
            worker.on("error", fail)
            worker.on("exit", () => done())
          }),
      ),
  )
}

function progressLine(done: number, total: number, steps: number, started: number): string {
  const seconds = (performance.now() - started) / 1000
  const rate = seconds > 0 ? Math.round(done / seconds) : 0
  return `  ${done}/${total} runs  ${steps} steps  ${rate} runs/s`
}

export interface SimCampaignResult {
  readonly done: number
  readonly steps: number
  readonly seconds: number
  readonly coverage: ReadonlyMap<string, number>
  /** The lowest failing run, shrunk; null if every run passed. */
  readonly failure: Failure | null
  /** A user invariant that threw, in the lowest such run (when below any failure); null otherwise. */
  readonly error: RunError | null
}

/**
 * A simulator campaign over `runs`, on this thread or on `workers` threads (each running the worker entry
 * file at `workerUrl`), with a progress line every 100 ms for a person or every 5 s for a log.
 */
export async function runSimCampaign(
  options: CampaignOptions,
  runs: ReadonlyArray<number>,
  threads: { readonly workers: number; readonly workerUrl: URL },
  progress: Progress,
  invariants: InvariantSet | null = null,
): Promise<SimCampaignResult> {
  const started = performance.now()
  const coverage = new Map<string, number>()
  let done = 0
  let steps = 0
  let failure: Failure | null = null
  let error: RunError | null = null
  let lastPrint = started
  const stopAfter = (): number => Math.min(failure === null ? Infinity : (failure as Failure).run, error === null ? Infinity : (error as RunError).run)
  const onReport = (report: RunReport): void => {
    done += 1
    steps += report.stepsTaken
    for (const [branch, n] of report.coverage) coverage.set(branch, (coverage.get(branch) ?? 0) + n)
    if (report.failure !== null && (failure === null || report.failure.run < failure.run)) failure = report.failure
    if (report.error !== null && (error === null || report.error.run < error.run)) error = report.error
    const now = performance.now()
    if (progress.interactive && now - lastPrint > 100) {
      progress.write(`\r${progressLine(done, runs.length, steps, started)}`)
      lastPrint = now
    } else if (!progress.interactive && now - lastPrint > 5_000) {
      progress.write(`${progressLine(done, runs.length, steps, started)}\n`)
      lastPrint = now
    }
  }
  if (threads.workers === 1) runInOrder(options, runs, onReport, stopAfter, invariants)
  else await runOnWorkers(options, runs, threads.workers, threads.workerUrl, onReport)
  if (progress.interactive) progress.write(`\r${progressLine(done, runs.length, steps, started)}\n`)
  // Whichever came first in run order is what the campaign stopped on; the other is not reported.
  const stoppedOn = stopAfter()
  return {
    done,
    steps,
    seconds: (performance.now() - started) / 1000,
    coverage,
    failure: failure !== null && (failure as Failure).run === stoppedOn ? failure : null,
    error: error !== null && (error as RunError).run === stoppedOn ? error : null,
  }
}

export interface ModelCampaignResult {
  readonly done: number
  readonly seconds: number
  /** The first failing walk, shrunk, and the counterexample file written for it. */
  readonly failure: { readonly run: number; readonly walk: WalkFailure; readonly path: string } | null
  /** A user invariant that threw on a walk, which stopped the campaign. */
  readonly error: { readonly run: number; readonly walk: WalkError } | null
  /** The invariants a model state cannot judge (the model has no clients, no deliveries record, no disks), by name. */
  readonly notJudged: ReadonlyArray<string>
}

/**
 * A model campaign: random walks of the abstract model (model/walk.ts) in the simulator's schedule
 * vocabulary, every invariant checked after every spec action, a failing walk shrunk by fast-check and
 * written to `out` as a model trace whose header carries the walk. Each run is seeded like a simulator
 * run, so shards split walks the same way.
 */
export function runModelCampaign(
  options: WalkOptions & { readonly seed: number },
  runs: ReadonlyArray<number>,
  out: string,
  progress: Progress,
  invariants: InvariantSet | null = null,
): ModelCampaignResult {
  const started = performance.now()
  let lastPrint = started
  let done = 0
  const walkOptions: WalkOptions = { servers: options.servers, maxSteps: options.maxSteps, bugs: options.bugs ?? [], ...(invariants === null ? {} : { invariants }) }
  const result = (failure: ModelCampaignResult["failure"], error: ModelCampaignResult["error"]): ModelCampaignResult => ({
    done,
    seconds: (performance.now() - started) / 1000,
    failure,
    error,
    notJudged: notJudgedWithout(MODEL_UNOBSERVED),
  })
  for (const run of runs) {
    const found = checkWalkWithUser(walkOptions, runSeed(options.seed, run))
    done += 1
    if (found !== null && !("violation" in found)) return result(null, { run, walk: found })
    if (found !== null) {
      // The shrunk walk as a counterexample trace (harness/model-target.ts), named like a simulator one.
      const example = walkCounterexample(walkOptions, found.outcome, options.seed, run)
      const path = writeCounterexample(out, `${found.violation.invariant}-model-${hash(JSON.stringify(found.outcome.steps))}.jsonl`, writeTrace(example.header, example.events))
      return result({ run, walk: found, path }, null)
    }
    const now = performance.now()
    if (now - lastPrint > (progress.interactive ? 100 : 5_000)) {
      progress.write(`${progress.interactive ? "\r" : ""}  ${done}/${runs.length} walks${progress.interactive ? "" : "\n"}`)
      lastPrint = now
    }
  }
  return result(null, null)
}

export interface NetCampaignResult {
  readonly done: number
  readonly steps: number
  readonly seconds: number
  /** The first failing run as it happened (real clusters are not deterministic: not shrunk), and its file. */
  readonly failure: { readonly run: number; readonly result: TargetRun; readonly violation: TargetViolation; readonly path: string } | null
  /** A user invariant that threw, in the run where the campaign stopped, with that run's trace. */
  readonly error: { readonly run: number; readonly result: TargetRun; readonly error: InvariantError & { readonly failedAt: number } } | null
  /** The invariants some run's merged trace could not judge, by name (each run's trace says what it observes). */
  readonly notJudged: ReadonlyArray<string>
}

/**
 * A real-cluster campaign: the same generated schedules as on the simulator (same seeds), each taken by a
 * fresh cluster (harness/net-target.ts). Real time makes a run take seconds, so a failing run is written
 * unshrunk, as the processes' merged trace.
 */
export async function runNetCampaign(
  options: { readonly servers: number; readonly maxSteps: number; readonly bugs: ReadonlyArray<string>; readonly seed: number; readonly validate: boolean; readonly spec?: ValidationSpec; readonly faults?: FaultOverrides; readonly history?: boolean },
  runs: ReadonlyArray<number>,
  out: string,
  progress: Progress,
  invariants: InvariantSet | null = null,
): Promise<NetCampaignResult> {
  const arbitrary = campaignArbitrary(options)
  const target = netTarget({ validate: options.validate, ...(options.spec === undefined ? {} : { spec: options.spec }), ...(invariants === null ? {} : { invariants }), ...(options.history === false ? { history: false } : {}) })
  const started = performance.now()
  let done = 0
  let steps = 0
  const notJudged = new Set<string>()
  for (const run of runs) {
    const [schedule] = fc.sample(arbitrary, { seed: runSeed(options.seed, run), numRuns: 1 })
    const result = await target.run(schedule!)
    done += 1
    steps += result.stepsTaken
    for (const name of result.notJudged) notJudged.add(name)
    progress.write(`  ${done}/${runs.length} schedules on real clusters, ${steps} steps, ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
    const violation = result.violation
    if (violation !== null) {
      const path = writeCounterexample(out, `${violation.invariant}-net-seed${options.seed}-run${run}.jsonl`, writeTrace({ ...result.trace.header, violated: violation.invariant }, result.trace.events))
      return { done, steps, seconds: (performance.now() - started) / 1000, failure: { run, result, violation, path }, error: null, notJudged: [...notJudged].sort() }
    }
    if (result.invariantError !== null) {
      return { done, steps, seconds: (performance.now() - started) / 1000, failure: null, error: { run, result, error: result.invariantError }, notJudged: [...notJudged].sort() }
    }
  }
  return { done, steps, seconds: (performance.now() - started) / 1000, failure: null, error: null, notJudged: [...notJudged].sort() }
}
