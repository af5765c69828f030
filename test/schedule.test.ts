/**
 * Goal: the schedule arbitrary gives `zab check` what it relies on. Generated schedules are plain data that
 * survive the trip through the counterexample file; a seed draws the same schedules every time, so a run
 * is the same on any shard or worker; every fault profile the swarm is meant to draw does get drawn; any
 * sub-list of a schedule still runs, which is what lets shrinking drop steps freely; and the printed
 * schedule names the steps as they took effect, leaving out the ones that were skipped.
 * Method: fast-check properties with fixed seeds over the arbitrary, plus one hand-written schedule whose
 * rendering is checked line by line.
 */
import fc from "fast-check"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { stepLines } from "../impl/sim/report.js"
import { runSchedule } from "../impl/sim/run.js"
import { Schedule, Step, defaultSimConfig } from "../impl/sim/schedule.js"
import { scheduleArbitrary } from "../properties/schedule.js"

const encode = Schema.encodeSync(Schedule)
const decode = Schema.decodeUnknownSync(Schedule)

describe("the schedule arbitrary", () => {
  it("draws schedules that encode to JSON and decode back to themselves (seed 5)", () => {
    for (const servers of [3, 5, 7]) {
      fc.assert(
        fc.property(scheduleArbitrary({ servers, maxSteps: 80, bugs: ["ack-before-fsync"] }), (schedule) => {
          const text = JSON.stringify(encode(schedule))
          expect(decode(JSON.parse(text))).toEqual(schedule)
        }),
        { seed: 5, numRuns: 60 },
      )
    }
  })

  it("draws the same schedules from the same seed, and other schedules from another", () => {
    const arbitrary = scheduleArbitrary({ servers: 3, maxSteps: 200, bugs: [] })
    const first = fc.sample(arbitrary, { seed: 99, numRuns: 20 })
    expect(fc.sample(arbitrary, { seed: 99, numRuns: 20 })).toEqual(first)
    expect(fc.sample(arbitrary, { seed: 100, numRuns: 20 })).not.toEqual(first)
  })

  it("draws every kind of fault profile: tiny zxid counters, frequent snapshots, crash-free and crash-heavy runs (seed 17)", () => {
    const schedules = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 200, exactLength: true, bugs: [] }), { seed: 17, numRuns: 300 })
    const crashes = (s: Schedule): number => s.steps.filter((step) => step._tag === "Crash" || step._tag === "CrashLeader").length
    const partitions = (s: Schedule): number => s.steps.filter((step) => step._tag === "Partition" || step._tag === "IsolateLeader").length
    expect(schedules.some((s) => s.config.counterBits <= 3)).toBe(true)
    expect(schedules.some((s) => s.config.counterBits === 32)).toBe(true)
    expect(schedules.some((s) => s.config.snapCountTxns <= 4)).toBe(true)
    expect(schedules.some((s) => crashes(s) === 0)).toBe(true)
    expect(schedules.some((s) => crashes(s) >= 10)).toBe(true)
    expect(schedules.some((s) => partitions(s) === 0)).toBe(true)
    expect(schedules.some((s) => partitions(s) >= 5)).toBe(true)
    expect(schedules.every((s) => s.steps.length === 200)).toBe(true)
    // Every kind of step is drawn somewhere.
    const kinds = new Set(schedules.flatMap((s) => s.steps.map((step) => step._tag)))
    expect([...kinds].sort()).toEqual(Object.keys(Step.cases).sort())
  })

  it("lets shrinking drop any steps: every sub-list of a generated schedule runs and keeps every invariant (seed 23)", () => {
    const withSubList = scheduleArbitrary({ servers: 3, maxSteps: 60, bugs: [] }).chain((schedule) =>
      fc.subarray([...schedule.steps]).map((steps): Schedule => ({ ...schedule, steps })),
    )
    fc.assert(
      fc.property(withSubList, (schedule) => {
        expect(runSchedule(schedule).violation).toBeNull()
      }),
      { seed: 23, numRuns: 150 },
    )
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
