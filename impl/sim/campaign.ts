/**
 * A check campaign: runs numbered 0..runs-1, each generated from its own seed (derived from the campaign
 * seed and the run number), so a run is the same whichever shard or worker thread executes it. A failing
 * run is shrunk by fast-check to a short schedule that still violates the same invariant.
 */
import fc from "fast-check"
import type { Violation } from "../../properties/invariants.js"
import { scheduleArbitrary } from "../../properties/schedule.js"
import type { Schedule } from "./schedule.js"
import { runSchedule } from "./run.js"

export interface CampaignOptions {
  readonly servers: number
  readonly maxSteps: number
  readonly bugs: ReadonlyArray<string>
  readonly seed: number
  readonly quorumLiveness?: boolean
  /** Validate every run against the abstract model (a rejection fails it as ModelRefinement). */
  readonly validate?: boolean
}

export interface RunReport {
  readonly run: number
  readonly stepsTaken: number
  readonly coverage: ReadonlyMap<string, number>
  readonly failure: Failure | null
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

export function checkOneRun(options: CampaignOptions, run: number): RunReport {
  const arbitrary = scheduleArbitrary({
    servers: options.servers,
    maxSteps: options.maxSteps,
    bugs: options.bugs,
    ...(options.quorumLiveness === true ? { quorumLiveness: true } : {}),
  })
  // Held in an object because fast-check calls the property from inside fc.check.
  const seen: {
    first: { schedule: Schedule; stepsTaken: number; coverage: ReadonlyMap<string, number>; violation: Violation | null } | null
    target: string | null
    shrinkRuns: number
  } = { first: null, target: null, shrinkRuns: 0 }
  const runOptions = options.validate === true ? { validate: true } : {}
  const details = fc.check(
    fc.property(arbitrary, (schedule) => {
      const result = runSchedule(schedule, runOptions)
      if (seen.first === null) {
        seen.first = { schedule, stepsTaken: result.stepsTaken, coverage: result.coverage, violation: result.violation }
        seen.target = result.violation?.invariant ?? null
        return result.violation === null
      }
      seen.shrinkRuns += 1
      // While shrinking, only a failure of the same invariant counts: a schedule that now fails differently
      // is a different counterexample.
      return result.violation === null || result.violation.invariant !== seen.target
    }),
    { seed: runSeed(options.seed, run), numRuns: 1 },
  )
  const original = seen.first
  if (original === null) throw new Error("fast-check ran no schedule")
  if (!details.failed || original.violation === null) {
    return { run, stepsTaken: original.stepsTaken, coverage: original.coverage, failure: null }
  }
  const target = original.violation.invariant
  const fastCheckShrunk = (details.counterexample?.[0] as Schedule | undefined) ?? original.schedule
  const minimized = minimize(fastCheckShrunk, (candidate) => {
    seen.shrinkRuns += 1
    return runSchedule(candidate, runOptions).violation?.invariant === target
  })
  const shrunk = minimized
  const violation = runSchedule(shrunk, runOptions).violation ?? original.violation
  return {
    run,
    stepsTaken: original.stepsTaken,
    coverage: original.coverage,
    failure: { run, violation, original: original.schedule, shrunk, shrinkRuns: seen.shrinkRuns },
  }
}

/** A bound on the minimisation pass, in candidate runs (each well under a millisecond). */
const minimizeRunsMax = 20_000

/**
 * After fast-check's shrinking: remove single steps until no removal keeps the failure, and try replacing
 * each stretch of deliveries and fsyncs with one Settle. fast-check stops in local minima here because
 * removing a step changes what later Deliver{pick} steps pick; these two moves get past most of them.
 */
export function minimize(schedule: Schedule, stillFails: (candidate: Schedule) => boolean): Schedule {
  let steps = schedule.steps
  let budget = minimizeRunsMax
  const attempt = (candidate: ReadonlyArray<Schedule["steps"][number]>): boolean => {
    if (budget <= 0) return false
    budget -= 1
    return stillFails({ ...schedule, steps: candidate })
  }
  let improved = true
  while (improved && budget > 0) {
    improved = false
    // Replace a stretch of deliveries/fsyncs (longest first) with one Settle, with or without fsyncs.
    for (let i = 0; i < steps.length && !improved; i++) {
      let j = i
      while (j < steps.length && (steps[j]!._tag === "Deliver" || steps[j]!._tag === "Fsync" || steps[j]!._tag === "Settle")) j += 1
      for (let end = j; end > i + 1 && !improved; end--) {
        for (const fsync of [true, false]) {
          const candidate = [...steps.slice(0, i), { _tag: "Settle" as const, fsync }, ...steps.slice(end)]
          if (attempt(candidate)) {
            steps = candidate
            improved = true
            break
          }
        }
      }
    }
    for (let i = steps.length - 1; i >= 0; i--) {
      const candidate = [...steps.slice(0, i), ...steps.slice(i + 1)]
      if (attempt(candidate)) {
        steps = candidate
        improved = true
      }
    }
  }
  return { ...schedule, steps }
}
