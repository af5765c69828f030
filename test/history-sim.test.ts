/**
 * Goal: the simulator records its clients' history and every run is judged on it (ClientHistory). Method:
 * run generated schedules with the trace recorded and check that each ClientWrite taken became an
 * invocation by the session of its server's incarnation, completed when the server answered; that the
 * histories of correct runs conform; and that a tampered history makes the property fail.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { HistoryEvent } from "../impl/history-events.js"
import { CLIENT_HISTORY, historyViolation, runSchedule } from "../harness/sim-target.js"
import { historyOf } from "../properties/history/history.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import { type Schedule, defaultSimConfig } from "../schedule/steps.js"

describe("history: the simulator's clients", () => {
  it("(seed 77) every client write taken is invoked and, when answered, completed; the histories conform", () => {
    const schedules = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 120, bugs: [] }), { seed: 77, numRuns: 150 })
    let invoked = 0
    let completed = 0
    for (const schedule of schedules) {
      const run = runSchedule(schedule, { record: true })
      expect(run.violation?.invariant ?? null).not.toBe(CLIENT_HISTORY)
      const events = run.events!
      const requests = events.filter((e) => e._tag === "ClientRequest").length
      const history = events.filter((e): e is HistoryEvent => e._tag === "OpInvoked" || e._tag === "OpCompleted")
      expect(history.filter((e) => e._tag === "OpInvoked").length).toBe(requests)
      invoked += requests
      completed += history.filter((e) => e._tag === "OpCompleted").length
      for (const e of history) expect(BigInt(e.session) >> 56n).toBeGreaterThanOrEqual(1n)
      expect(() => historyOf(history)).not.toThrow()
      expect(historyViolation(history)).toBeNull()
    }
    expect(invoked).toBeGreaterThan(100)
    expect(completed).toBeGreaterThan(50)
  })

  it("a tampered history fails the run's property", () => {
    const schedule: Schedule = { config: defaultSimConfig(3), steps: [{ _tag: "ClientWrite", server: 1, op: { _tag: "Create", path: "/a", data: "" } }] }
    const run = runSchedule(schedule, { record: true })
    expect(run.violation).toBeNull()
    const history = run.events!.filter((e): e is HistoryEvent => e._tag === "OpInvoked" || e._tag === "OpCompleted")
    // The write before any leader is refused (indeterminate for its client); the three liveness probes (at
    // the leader, at a follower, at the leader with a bare quorum up) succeed.
    const completions = history.filter((e) => e._tag === "OpCompleted")
    expect(completions.map((e) => e.result._tag)).toEqual(["Indeterminate", "Ok", "Ok", "Ok"])
    expect(historyViolation(history)).toBeNull()
    // A create under "/" cannot fail with NONODE: the root always exists.
    const probe = completions[1]!
    const tampered = history.map((e) => (e === probe ? { ...e, result: { _tag: "Failed" as const, code: "NoNode" as const } } : e))
    expect(historyViolation(tampered)).toMatchObject({ invariant: CLIENT_HISTORY })
  })
})
