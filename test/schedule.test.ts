/**
 * Goal: the schedule arbitrary produces plain data that survives a counterexample file, and its swarm of
 * fault profiles reaches every kind of step and the small-counter and frequent-snapshot configurations.
 * Method: sample with fixed seeds; round-trip every schedule through its Schema (the JSONL header's
 * encoding); count step kinds and profile values across the sample.
 */
import fc from "fast-check"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Schedule, Step } from "../schedule/steps.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"

describe("scheduleArbitrary", () => {
  const sample = fc.sample(scheduleArbitrary({ servers: 5, maxSteps: 200, bugs: [] }), { seed: 31, numRuns: 300 })

  it("(seed 31) every generated schedule encodes and decodes back to itself", () => {
    const encode = Schema.encodeSync(Schedule)
    const decode = Schema.decodeUnknownSync(Schedule)
    for (const schedule of sample) expect(decode(JSON.parse(JSON.stringify(encode(schedule))))).toEqual(schedule)
  })

  it("refuses a one-bit zxid counter, with which no leader could propose a write; two bits are the least", () => {
    const decode = Schema.decodeUnknownSync(Schedule)
    const encode = Schema.encodeSync(Schedule)
    const at = (counterBits: number): unknown => ({ ...(encode(sample[0]!) as object), config: { ...(encode(sample[0]!) as { config: object }).config, counterBits } })
    expect(() => decode(at(1))).toThrow(/counterBits/)
    expect(decode(at(2)).config.counterBits).toBe(2)
  })

  it("(seed 31) reaches every step kind, small zxid counters and frequent snapshots", () => {
    const tags = new Set(sample.flatMap((s) => s.steps.map((step) => step._tag)))
    // Pause steps only come with the `pause` knob (the zookeeper target sets it), CorruptSnapshot with
    // `corrupt`, RewriteSnapshot with `rewrite`.
    expect([...tags].sort()).toEqual(Object.keys(Step.cases).filter((tag) => tag !== "Pause" && tag !== "CorruptSnapshot" && tag !== "RewriteSnapshot").sort())
    expect(sample.some((s) => s.config.counterBits <= 3)).toBe(true)
    expect(sample.some((s) => s.config.snapCountTxns <= 4)).toBe(true)
    expect(sample.some((s) => s.config.counterBits === 32 && s.config.snapCountTxns > 1000)).toBe(true)
    // Servers named by steps stay within the cluster; partitions leave someone on the other side.
    for (const s of sample) {
      for (const step of s.steps) {
        if (step._tag === "Partition") expect(step.group.length).toBeLessThan(5)
        if ("server" in step) expect(step.server).toBeLessThanOrEqual(5)
      }
    }
  })

  it("(seed 32) exact-length schedules, as the benchmark uses, have exactly maxSteps fault steps and maxSteps/4 client operations", () => {
    const exact = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 50, exactLength: true, bugs: [] }), { seed: 32, numRuns: 20 })
    for (const s of exact) {
      expect(s.steps.filter((step) => step._tag !== "Client" && step._tag !== "ClientMove").length).toBe(50)
      // A sync comes with the read after it (one insertion, two steps), a move between two reads (one, three).
      const clients = s.steps.filter((step) => step._tag === "Client")
      const moves = s.steps.filter((step) => step._tag === "ClientMove").length
      expect(clients.length - clients.filter((step) => step.op._tag === "Sync").length - moves).toBe(12)
    }
  })

  it("(seed 34) Pause steps come with the pause knob, and without it (or at 0) a seed draws exactly the schedules it drew before", () => {
    const options = { servers: 3, maxSteps: 80, bugs: [] }
    const plain = fc.sample(scheduleArbitrary(options), { seed: 34, numRuns: 30 })
    expect(fc.sample(scheduleArbitrary({ ...options, faults: { pause: 0 } }), { seed: 34, numRuns: 30 })).toEqual(plain)
    const paused = fc.sample(scheduleArbitrary({ ...options, faults: { pause: 2 } }), { seed: 34, numRuns: 30 })
    const pauses = paused.flatMap((s) => s.steps.flatMap((step) => (step._tag === "Pause" ? [step] : [])))
    expect(pauses.length).toBeGreaterThan(10)
    for (const p of pauses) expect([3, 6, 11]).toContain(p.ticks)
    expect(() => fc.sample(scheduleArbitrary({ ...options, faults: { pause: -1 } }), 1)).toThrow(/pause must be an integer from 0/)
  })

  it.each([
    ["CorruptSnapshot", "corrupt"],
    ["RewriteSnapshot", "rewrite"],
  ] as const)("(seed 34) %s steps come with the %s knob, and without it (or at 0) a seed draws exactly the schedules it drew before", (tag, knob) => {
    const options = { servers: 3, maxSteps: 80, bugs: [] }
    const plain = fc.sample(scheduleArbitrary(options), { seed: 34, numRuns: 30 })
    expect(fc.sample(scheduleArbitrary({ ...options, faults: { [knob]: 0 } }), { seed: 34, numRuns: 30 })).toEqual(plain)
    const altered = fc.sample(scheduleArbitrary({ ...options, faults: { [knob]: 2 } }), { seed: 34, numRuns: 30 })
    const picks = altered.flatMap((s) => s.steps.flatMap((step) => (step._tag === tag ? [step.pick] : [])))
    expect(picks.length).toBeGreaterThan(10)
    // Unbiased: picks spread over the range rather than crowding at 0.
    expect(picks.filter((pick) => pick > 1000).length).toBeGreaterThan(picks.length / 2)
    expect(() => fc.sample(scheduleArbitrary({ ...options, faults: { [knob]: 1001 } }), 1)).toThrow(new RegExp(`${knob} must be an integer from 0 to 1000`))
  })

  it("(seed 33) the client workload is drawn after the fault steps: with it or without, a seed gives the same fault steps", () => {
    const options = { servers: 3, maxSteps: 80, bugs: [] }
    const withClients = fc.sample(scheduleArbitrary(options), { seed: 33, numRuns: 30 })
    const without = fc.sample(scheduleArbitrary({ ...options, clientSteps: 0 }), { seed: 33, numRuns: 30 })
    expect(without.every((s) => s.steps.every((step) => step._tag !== "Client" && step._tag !== "ClientMove"))).toBe(true)
    expect(withClients.map((s) => s.steps.filter((step) => step._tag !== "Client" && step._tag !== "ClientMove"))).toEqual(without.map((s) => s.steps))
    expect(withClients.some((s) => s.steps.some((step) => step._tag === "Client"))).toBe(true)
    // The budget is drawn per run: about half the runs have no client operation at all.
    const clientFree = withClients.filter((s) => s.steps.every((step) => step._tag !== "Client")).length
    expect(clientFree).toBeGreaterThan(5)
    expect(clientFree).toBeLessThan(25)
    // Fixed by the `clients` knob: at most that many insertions (each up to three steps), or none at all.
    const fixed = fc.sample(scheduleArbitrary({ ...options, faults: { clients: 2 } }), { seed: 33, numRuns: 30 })
    expect(fixed.every((s) => s.steps.filter((step) => step._tag === "Client" || step._tag === "ClientMove").length <= 6)).toBe(true)
    expect(fixed.filter((s) => s.steps.some((step) => step._tag === "Client")).length).toBeGreaterThan(30 - clientFree)
    const none = fc.sample(scheduleArbitrary({ ...options, faults: { clients: 0 } }), { seed: 33, numRuns: 30 })
    expect(none.every((s) => s.steps.every((step) => step._tag !== "Client" && step._tag !== "ClientMove"))).toBe(true)
    // Client operations are spread over the schedule, not bunched at its start.
    const places = withClients.flatMap((s) => s.steps.flatMap((step, i) => (step._tag === "Client" ? [i / s.steps.length] : [])))
    expect(places.some((p) => p > 0.5)).toBe(true)
  })
})
