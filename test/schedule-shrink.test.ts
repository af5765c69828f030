/**
 * Goal: what shrinking and campaign splitting rely on in schedules. Any sub-list of a generated schedule
 * still runs (steps that make no sense are skipped), so fast-check and the minimisation pass may drop steps
 * freely; a seed draws the same schedules every time, so a run is the same on any shard or worker thread;
 * and the printed schedule names the steps as they took effect, leaving out the skipped ones.
 * Method: fast-check properties with fixed seeds over the arbitrary, and one hand-written schedule whose
 * rendering is checked line by line.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { stepLines } from "../harness/report.js"
import { runSchedule } from "../harness/sim-target.js"
import { type Schedule, type Step, defaultSimConfig } from "../schedule/steps.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"

describe("shrinking may drop any steps", () => {
  it("(seed 23) every sub-list of a generated schedule runs and keeps every invariant", () => {
    const withSubList = scheduleArbitrary({ servers: 3, maxSteps: 60, bugs: [] }).chain((schedule) =>
      fc.subarray([...schedule.steps]).map((steps): Schedule => ({ ...schedule, steps })),
    )
    fc.assert(
      fc.property(withSubList, (schedule) => {
        expect(runSchedule(schedule).violation).toBeNull()
      }),
      { seed: 23, numRuns: 80 },
    )
  })
})

describe("campaign runs are reproducible", () => {
  it("the same seed draws the same schedules, another seed other schedules", () => {
    const arbitrary = scheduleArbitrary({ servers: 3, maxSteps: 200, bugs: [] })
    const first = fc.sample(arbitrary, { seed: 99, numRuns: 20 })
    expect(fc.sample(arbitrary, { seed: 99, numRuns: 20 })).toEqual(first)
    expect(fc.sample(arbitrary, { seed: 100, numRuns: 20 })).not.toEqual(first)
  })
})

describe("the printed schedule", () => {
  it("lists the steps as they took effect, numbered, without the skipped ones", () => {
    const steps: ReadonlyArray<Step> = [
      { _tag: "Settle", fsync: true },
      { _tag: "Tick" },
      { _tag: "Settle", fsync: true },
      { _tag: "Restart", server: 2 }, // skipped: 2 is up
      { _tag: "ClientWrite", server: 3, op: { _tag: "Create", path: "/a", data: "x" } },
      { _tag: "Deliver", pick: 0 }, // the first non-empty link in (from, to) order: 3->1
      { _tag: "Crash", server: 2, disk: "lose-unsynced" },
      { _tag: "Partition", group: [1] },
      { _tag: "Reset", a: 1, b: 3 }, // skipped: the partition already cut 1 from 3
      { _tag: "Heal" },
      { _tag: "Heal" }, // skipped: nothing left to heal
      { _tag: "Restart", server: 2 },
      { _tag: "CrashLeader", disk: "keep" },
    ]
    const result = runSchedule({ config: defaultSimConfig(3), steps }, { record: true })
    expect(result.violation).toBeNull()
    const lines = stepLines(result.events ?? [])
    expect(lines).toHaveLength(11)
    expect(lines[0]).toMatch(/^ {3}1\. settle \(\d+ deliveries and fsyncs\)$/)
    expect(lines[1]).toBe("   2. tick 1")
    expect(lines.slice(3)).toEqual([
      "   4. client of 3: create /a (#1)",
      "   5. deliver 3->1 Proposal 0x100000001",
      "   6. crash 2 lose-unsynced",
      "   7. partition {1} | {2,3}",
      "   8. heal",
      "   9. restart 2",
      "  10. crash 3 keep",
      "      then: faults stop: heal, restart every server, deliver fairly",
    ])
  })
})
