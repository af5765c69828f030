/**
 * Goal: the peer's queue bounds are reached and judged. A server refuses a client write past clientWritesMax
 * unanswered ones, and a leader establishing its epoch refuses a write past queuedRequestsMax queued ones
 * (impl/core/broadcast.ts), both as NotReady. The peers' defaults (100,000 and 1,000) are far beyond any
 * schedule, so the generator gives small bounds to some runs and the liveness phase probes both bounds there
 * (World.probeQueueBounds); the mutants that move a bound are killed in test/mutation-kills-broadcast.test.ts.
 *
 * Method: sample the generator's schedules for the bounds and the profiles that get them; run a hand-made
 * schedule that floods a follower past a small bound, on the correct peer, validated, liveness phase and
 * all: it refuses the write past the bound and nothing fails; with the default bound it refuses none.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { runSchedule } from "../harness/sim-target.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import { Schedule, type Step, defaultSimConfig } from "../schedule/steps.js"
import { Schema } from "effect"

describe("queue bounds in generated schedules", () => {
  it("the heaviest write load on a full-size counter gets small bounds, and no other profile does", () => {
    const schedules = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 20, bugs: [] }), { seed: 7, numRuns: 300 })
    const bounded = schedules.filter((s) => s.config.clientWritesMax !== undefined)
    expect(bounded.length).toBeGreaterThan(20)
    expect(bounded.length).toBeLessThan(150)
    for (const s of bounded) {
      expect(s.config).toMatchObject({ clientWritesMax: 3, queuedRequestsMax: 2, counterBits: 32 })
    }
    for (const s of schedules) if (s.config.counterBits !== 32) expect(s.config.queuedRequestsMax).toBeUndefined()
    const fixed = (clientWrites: number) => fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 20, bugs: [], faults: { clientWrites, counterBits: 32 } }), { seed: 7, numRuns: 20 })
    expect(fixed(12).every((s) => s.config.clientWritesMax === 3)).toBe(true)
    expect(fixed(8).some((s) => s.config.clientWritesMax !== undefined)).toBe(false)
  })

  it("the schedule format takes a bound of 1 or more, and a schedule without one", () => {
    const decode = Schema.decodeUnknownSync(Schedule)
    expect(decode({ config: { ...defaultSimConfig(3), clientWritesMax: 1, queuedRequestsMax: 1 }, steps: [] }).config.clientWritesMax).toBe(1)
    expect(decode({ config: defaultSimConfig(3), steps: [] }).config.clientWritesMax).toBeUndefined()
    expect(() => decode({ config: { ...defaultSimConfig(3), clientWritesMax: 0 }, steps: [] })).toThrow()
  })
})

describe("a follower flooded past its bound", () => {
  // Server 3 (the highest id) leads epoch 1 and server 1 follows in broadcast; then four writes at server 1
  // before anything is delivered, and everything settles.
  const write = (path: string): Step => ({ _tag: "ClientWrite", server: 1, op: { _tag: "Create", path, data: "v1" } })
  const steps: ReadonlyArray<Step> = [
    { _tag: "Settle", fsync: true },
    { _tag: "Tick" },
    { _tag: "Settle", fsync: true },
    { _tag: "Tick" },
    { _tag: "Settle", fsync: true },
    write("/a"),
    write("/b"),
    write("/c"),
    write("/a/x"),
    { _tag: "Settle", fsync: true },
  ]
  const run = (bounds: object, lastLivenessStage?: number) =>
    runSchedule({ config: { ...defaultSimConfig(3), ...bounds }, steps }, { validate: true, spec: "system", ...(lastLivenessStage === undefined ? {} : { lastLivenessStage }) })
  const small = { clientWritesMax: 3, queuedRequestsMax: 2 }

  it("refuses the write past the bound, and the run holds, the bound probes included", () => {
    // Up to the schedule's end only: the refusals are the schedule's writes', not the probes'.
    const scheduled = run(small, -1)
    expect(scheduled.violation).toBeNull()
    expect(scheduled.coverage.get("client-rejected") ?? 0).toBe(1)
    expect(run(small).violation).toBeNull()
  })

  it("with the default bounds refuses none of them", () => {
    const scheduled = run({}, -1)
    expect(scheduled.violation).toBeNull()
    expect(scheduled.coverage.get("client-rejected") ?? 0).toBe(0)
    expect(run({}).violation).toBeNull()
  })
})
