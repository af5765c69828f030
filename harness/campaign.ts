/**
 * A check campaign: runs numbered 0..runs-1, each generated from its own seed (derived from the campaign
 * seed and the run number), so a run is the same whichever shard or worker thread executes it. A failing
 * run is shrunk by fast-check to a short schedule that still violates the same invariant.
 */
import fc from "fast-check"
import type { Violation } from "../properties/invariants.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import type { Schedule } from "../schedule/steps.js"
import { type RunOptions, runSchedule } from "./sim-target.js"
import { AssertionError } from "../impl/core/assert.js"

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
      // While shrinking, a candidate that trips one of the simulator's own assertions (a broken peer can
      // break what the runtime relies on, such as ZOOKEEPER-1277's wrapped zxids) is not the counterexample.
      const result = seen.first === null ? runSchedule(schedule, runOptions) : runQuietly(schedule, runOptions)
      if (result === null) {
        seen.shrinkRuns += 1
        return true
      }
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
  const stillFails = (candidate: Schedule): boolean => {
    seen.shrinkRuns += 1
    return runQuietly(candidate, runOptions)?.violation?.invariant === target
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
  }
}

/** The single steps the minimiser tries in place of a window of steps. */
const windowReplacements: ReadonlyArray<Schedule["steps"][number]> = [
  { _tag: "Settle", fsync: true },
  { _tag: "Settle", fsync: false },
  { _tag: "Tick", ticks: 6 },
  { _tag: "Tick", ticks: 11 },
  { _tag: "CrashLeader", disk: "keep" },
  { _tag: "IsolateLeader" },
]

/** Run a shrinking candidate; null if it trips an assertion of the simulator or the peer. */
function runQuietly(schedule: Schedule, options: RunOptions): ReturnType<typeof runSchedule> | null {
  try {
    return runSchedule(schedule, options)
  } catch (error) {
    if (error instanceof AssertionError) return null
    throw error
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
    // Replace a run of ticks (and the deliveries and settles among them) with one multi-tick step.
    for (let i = 0; i < steps.length && !improved; i++) {
      if (steps[i]!._tag !== "Tick") continue
      let ticks = 0
      let j = i
      let others = 0
      while (j < steps.length && (steps[j]!._tag === "Tick" || steps[j]!._tag === "Settle" || steps[j]!._tag === "Deliver")) {
        const step = steps[j]!
        if (step._tag === "Tick") ticks += step.ticks ?? 1
        else others += 1
        j += 1
      }
      // Without the steps between the ticks first (shortest result), then keeping them and merging ticks only.
      if (j - i < 2) continue
      const merged = { _tag: "Tick" as const, ticks }
      const candidates = [[...steps.slice(0, i), merged, ...steps.slice(j)]]
      if (others > 0) candidates.push([...steps.slice(0, i), ...steps.slice(i, j).filter((s) => s._tag !== "Tick"), merged, ...steps.slice(j)])
      for (const candidate of candidates) {
        if (candidate.length < steps.length && attempt(candidate)) {
          steps = candidate
          improved = true
          break
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
    // A window of two to four steps (a partition, a tick and its heal) replaced by one step that may do
    // the same job: let time pass, settle, or crash or isolate the leader.
    for (let width = 4; width >= 2 && !improved; width--) {
      for (let i = 0; i + width <= steps.length && !improved; i++) {
        for (const replacement of windowReplacements) {
          const candidate = [...steps.slice(0, i), replacement, ...steps.slice(i + width)]
          if (attempt(candidate)) {
            steps = candidate
            improved = true
            break
          }
        }
      }
    }
    // Two steps that only matter together (a crash and its restart, a partition and its heal, a delivery
    // whose pick the other one shifts): remove both at once.
    for (let i = steps.length - 1; i >= 1 && !improved; i--) {
      for (let j = i - 1; j >= 0 && !improved; j--) {
        const candidate = [...steps.slice(0, j), ...steps.slice(j + 1, i), ...steps.slice(i + 1)]
        if (attempt(candidate)) {
          steps = candidate
          improved = true
        }
      }
    }
  }
  return { ...schedule, steps }
}
