/**
 * Campaigns on Apache ZooKeeper: the simulator's generated schedules (same seeds) each taken by a fresh
 * ensemble (harness/zookeeper-target.ts), and what a non-deterministic target needs on top: a failure is
 * re-run to see how often it reproduces, and shrinking keeps a smaller schedule when it still fails (the
 * same invariant) at least once in N tries, within a time budget said at the start.
 */
import fc from "fast-check"
import { writeTrace } from "../traces/jsonl.js"
import type { Schedule } from "../schedule/steps.js"
import type { FaultOverrides } from "../schedule/arbitrary.js"
import { campaignArbitrary, runSeed } from "./campaign.js"
import { writeCounterexample } from "./report.js"
import { type ZkRunOptions, type ZkRunResult, ZkHarnessError, runZkSchedule } from "./zookeeper-target.js"

export interface ZkCampaignOptions {
  readonly servers: number
  readonly maxSteps: number
  readonly seed: number
  readonly validate: boolean
  readonly faults?: FaultOverrides
  readonly run?: ZkRunOptions
  /** How many times a candidate schedule is tried before it counts as not reproducing. */
  readonly tries: number
  /** Wall-clock seconds shrinking may take; 0 turns shrinking off. */
  readonly shrinkBudgetSeconds: number
}

export const defaultZkTries = 5
export const defaultZkShrinkBudgetSeconds = 600

export interface ZkFailure {
  readonly run: number
  /** The failing run as it first happened. */
  readonly first: ZkRunResult
  /** The smallest schedule that still failed, its run, and how shrinking went. */
  readonly shrunk: ZkRunResult
  readonly shrinkTries: number
  readonly shrinkSeconds: number
  readonly path: string
}

export interface ZkCampaignResult {
  readonly done: number
  readonly steps: number
  readonly seconds: number
  readonly runSeconds: ReadonlyArray<number>
  /** Branches reached over the runs done (harness/zookeeper-target.ts zkLogBranches and the runner's). */
  readonly coverage: ReadonlyMap<string, number>
  readonly notJudged: ReadonlyArray<string>
  /** Why the protocol invariants were not judged in some run (an undecodable capture), or null. */
  readonly notJudgedWhy: string | null
  readonly failure: ZkFailure | null
  /** A run that could not be judged (the ensemble did not start, the capture did not decode): exit 2. */
  readonly error: { readonly run: number; readonly message: string } | null
}

interface Progress {
  readonly write: (text: string) => void
}

export async function runZkCampaign(options: ZkCampaignOptions, runs: ReadonlyArray<number>, out: string, progress: Progress): Promise<ZkCampaignResult> {
  // Pauses (SIGSTOP / SIGCONT) are part of a ZooKeeper campaign unless the user fixes their weight.
  const arbitrary = campaignArbitrary({ servers: options.servers, maxSteps: options.maxSteps, bugs: [], faults: { pause: 1, ...options.faults } })
  const runOptions: ZkRunOptions = { ...options.run, validate: options.validate }
  const started = performance.now()
  const runSeconds: Array<number> = []
  const notJudged = new Set<string>()
  let notJudgedWhy: string | null = null
  let steps = 0
  const coverage = new Map<string, number>()
  const finish = (failure: ZkFailure | null, error: ZkCampaignResult["error"]): ZkCampaignResult => ({
    done: runSeconds.length,
    steps,
    seconds: (performance.now() - started) / 1000,
    runSeconds,
    coverage,
    notJudged: [...notJudged].sort(),
    notJudgedWhy,
    failure,
    error,
  })
  for (const run of runs) {
    const [schedule] = fc.sample(arbitrary, { seed: runSeed(options.seed, run), numRuns: 1 })
    let result: ZkRunResult
    try {
      result = await runZkSchedule(schedule!, runOptions)
    } catch (error) {
      if (error instanceof ZkHarnessError) return finish(null, { run, message: error.message })
      throw error
    }
    runSeconds.push(result.seconds)
    steps += result.stepsTaken
    for (const [name, n] of result.coverage) coverage.set(name, (coverage.get(name) ?? 0) + n)
    for (const name of result.notJudged) notJudged.add(name)
    notJudgedWhy ??= result.notJudgedWhy
    progress.write(`  ${runSeconds.length}/${runs.length} schedules on ZooKeeper ensembles, ${steps} steps, this run ${result.seconds.toFixed(1)} s, ${((performance.now() - started) / 1000).toFixed(0)} s in all\n`)
    const violation = result.violation
    if (violation === null) continue
    progress.write(`  run ${run} violated ${violation.invariant}; shrinking (${options.tries} tries a candidate, budget ${options.shrinkBudgetSeconds} s)\n`)
    let shrunk: Awaited<ReturnType<typeof shrinkZk>>
    try {
      shrunk = await shrinkZk(result, options.tries, options.shrinkBudgetSeconds, runOptions, progress)
    } catch (error) {
      if (error instanceof ZkHarnessError) return finish(null, { run, message: `while shrinking: ${error.message}` })
      throw error
    }
    const best = shrunk.result
    const path = writeCounterexample(out, `${violation.invariant}-zookeeper-seed${options.seed}-run${run}.jsonl`, writeTrace({ ...best.trace.header, seed: options.seed, run }, best.trace.events))
    return finish({ run, first: result, shrunk: best, shrinkTries: shrunk.tries, shrinkSeconds: shrunk.seconds, path }, null)
  }
  return finish(null, null)
}

/**
 * Run `schedule` up to `tries` times on fresh ensembles; the first run that violates `invariant`, or null.
 * Stops early when the deadline passes.
 */
export async function reproduce(
  schedule: Schedule,
  invariant: string,
  tries: number,
  options: ZkRunOptions,
  deadline = Infinity,
  same: (message: string) => boolean = () => true,
): Promise<{ readonly result: ZkRunResult | null; readonly runs: number }> {
  let runs = 0
  for (let k = 0; k < tries && performance.now() < deadline; k++) {
    const result = await runZkSchedule(schedule, options)
    runs += 1
    if (result.violation?.invariant === invariant && same(result.violation.message)) return { result, runs }
  }
  return { result: null, runs }
}

/**
 * Delta debugging over the steps, greedy: first only the steps that took effect, then chunks of halving
 * size removed while the rest still fails at least once in `tries` runs. Each accepted candidate's run is
 * the new best, so the counterexample written is a run that failed, not a hope.
 */
export async function shrinkZk(failed: ZkRunResult, tries: number, budgetSeconds: number, options: ZkRunOptions, progress: Progress): Promise<{ result: ZkRunResult; tries: number; seconds: number }> {
  const started = performance.now()
  const deadline = started + budgetSeconds * 1000
  const invariant = failed.violation!.invariant
  let best = failed
  let current = failed.trace.header.schedule
  let runs = 0
  const attempt = async (candidate: Schedule): Promise<boolean> => {
    if (performance.now() >= deadline) return false
    const { result, runs: used } = await reproduce(candidate, invariant, tries, options, deadline)
    runs += used
    if (result === null) return false
    best = result
    current = candidate
    progress.write(`  shrink: ${candidate.steps.length} steps still fail (${runs} runs, ${((performance.now() - started) / 1000).toFixed(0)} s)\n`)
    return true
  }
  const taken = new Set(failed.trace.events.flatMap((e) => (e._tag === "Step" ? [e.index] : [])))
  if (budgetSeconds > 0 && taken.size < current.steps.length) {
    await attempt({ ...current, steps: current.steps.filter((_, i) => taken.has(i)) })
  }
  let chunk = Math.max(1, Math.floor(current.steps.length / 2))
  while (budgetSeconds > 0 && performance.now() < deadline) {
    let removed = false
    for (let from = 0; from < current.steps.length && performance.now() < deadline; ) {
      const candidate = { ...current, steps: [...current.steps.slice(0, from), ...current.steps.slice(from + chunk)] }
      if (candidate.steps.length < current.steps.length && (await attempt(candidate))) removed = true
      else from += chunk
    }
    if (chunk === 1 && !removed) break
    if (!removed) chunk = Math.max(1, Math.floor(chunk / 2))
  }
  if (performance.now() >= deadline) progress.write(`  shrink: the budget of ${budgetSeconds} s ran out at ${current.steps.length} steps\n`)
  return { result: best, tries: runs, seconds: (performance.now() - started) / 1000 }
}
