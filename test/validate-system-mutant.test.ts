/**
 * Goal: a mutation of the vote comparison in the peer's election (impl/core/votes.ts's betterVote, which
 * impl/core/election.ts calls) is caught as ModelRefinement by validation against the system spec, and is
 * not by the protocol spec (Zab.tla elects by an oracle). Method: this file replaces votes.ts with a mutant
 * whose betterVote prefers the older epoch (`>` turned `<`, the mutation a mutation tool makes), runs a few
 * generated simulator runs of the correct peer with both specs, and expects every run the system spec
 * rejects to be rejected for a notification or a decision.
 */
import fc from "fast-check"
import { describe, expect, it, vi } from "vitest"
import { runSchedule } from "../harness/sim-target.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"

vi.mock("../impl/core/votes.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../impl/core/votes.js")>()
  return {
    ...original,
    betterVote: (a: { epoch: number; zxid: number; leader: number }, b: { epoch: number; zxid: number; leader: number }): boolean => {
      if (a.epoch !== b.epoch) return a.epoch < b.epoch
      if (a.zxid !== b.zxid) return a.zxid > b.zxid
      return a.leader > b.leader
    },
  }
})

describe("a mutant of the vote comparison", () => {
  it("is ModelRefinement against the system spec in runs the protocol spec admits", () => {
    const schedules = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 200, bugs: [], clientSteps: 0 }), { seed: 1, numRuns: 20 })
    let caught = 0
    for (const s of schedules) {
      const system = runSchedule(s, { validate: true, spec: "system" }).violation
      const protocol = runSchedule(s, { validate: true }).violation
      if (system?.invariant === "ModelRefinement" && protocol === null) {
        caught += 1
        expect(system.message).toMatch(/system spec \(leader election\): server \d (sends Notification|leaves the election)/)
      }
    }
    expect(caught).toBeGreaterThan(0)
  })
})
