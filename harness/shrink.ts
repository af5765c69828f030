/**
 * Shrinking a failing simulator schedule beyond fast-check's own shrinking: a minimiser that removes steps
 * and replaces stretches of them with one step, keeping only candidates that fail the same way.
 */
import { AssertionError } from "../impl/core/assert.js"
import type { Schedule } from "../schedule/steps.js"
import { type RunOptions, runSchedule } from "./sim-target.js"

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
export function runQuietly(schedule: Schedule, options: RunOptions): ReturnType<typeof runSchedule> | null {
  try {
    return runSchedule(schedule, options)
  } catch (error) {
    if (error instanceof AssertionError) return null
    throw error
  }
}

/** A bound on the minimisation pass, in candidate runs (each a whole run: milliseconds, tens of them validated). */
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
  // Whole chunks first, halves, then quarters and so on, last chunk first (delta debugging's complement
  // step): most of a generated schedule has nothing to do with its failure, and one run can drop half of it.
  for (let size = Math.floor(steps.length / 2); size >= 2; size = Math.floor(size / 2)) {
    for (let start = steps.length - size; start >= 0 && budget > 0; start = Math.min(start, steps.length) - size) {
      const candidate = [...steps.slice(0, start), ...steps.slice(start + size)]
      if (attempt(candidate)) steps = candidate
    }
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
