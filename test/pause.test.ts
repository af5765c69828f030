/**
 * Goal: a Pause step stops one server for some ticks, as SIGSTOP stops a process: it reads nothing, its clock
 * stands still, its disk's completions wait, what is sent to it waits in its links; the others see only
 * silence, and it resumes on its own at its tick (or when the liveness phase starts). Real clusters take the
 * same step as SIGSTOP and, the ticks later, SIGCONT (harness/pauses.ts).
 *
 * Method: a 3-server simulated cluster elects server 3, which is then paused for 11 ticks (longer than
 * syncLimit) while a write arrives at a follower; the recorded events show no receipt by server 3 while it is
 * paused, the others elect a new leader, and after it resumes the old leader follows it; the run is admitted by
 * the model and passes the liveness phase. Steps aimed at the paused server (a write, an fsync) are skipped.
 */
import { describe, expect, it } from "vitest"
import { runSchedule } from "../harness/sim-target.js"
import { type Schedule, type Step, defaultSimConfig } from "../schedule/steps.js"

const settle: Step = { _tag: "Settle", fsync: true }
const steps: ReadonlyArray<Step> = [
  settle,
  { _tag: "Tick" },
  settle,
  { _tag: "Tick" },
  settle,
  { _tag: "Pause", server: 3, ticks: 11 },
  { _tag: "ClientWrite", server: 3, op: { _tag: "Create", path: "/paused", data: "v1" } },
  { _tag: "Fsync", server: 3 },
  { _tag: "ClientWrite", server: 1, op: { _tag: "Create", path: "/a", data: "v1" } },
  settle,
  ...Array.from({ length: 10 }, (): ReadonlyArray<Step> => [{ _tag: "Tick" }, settle]).flat(),
  { _tag: "Tick" },
  settle,
  { _tag: "Tick" },
  settle,
]
const schedule: Schedule = { config: defaultSimConfig(3), steps }

describe("Pause steps on the simulator", () => {
  it("a paused leader reads nothing until its tick, the others move on, and it rejoins; the model admits the run", () => {
    const result = runSchedule(schedule, { validate: true, record: true })
    expect(result.violation).toBeNull()
    const events = result.events!
    const texts = events.flatMap((e) => (e._tag === "Step" ? [e.text] : []))
    expect(texts).toContain("pause 3 for 11 ticks")
    // The write and the fsync aimed at the paused server were skipped.
    expect(texts.some((t) => t.startsWith("client of 3"))).toBe(false)
    expect(texts.some((t) => t.startsWith("fsync 3"))).toBe(false)
    const paused = events.findIndex((e) => e._tag === "Step" && e.text === "pause 3 for 11 ticks")
    const resumed = events.findIndex((e, i) => i > paused && e._tag === "Step" && e.text === "tick 13")
    expect(resumed).toBeGreaterThan(paused)
    const during = events.slice(paused, resumed)
    expect(during.some((e) => e._tag === "Received" && e.server === 3)).toBe(false)
    expect(during.some((e) => e._tag === "Observed" && e.server === 3)).toBe(false)
    // Meanwhile the followers gave up on it and elected one of themselves, in a later epoch.
    expect(during.some((e) => e._tag === "Observed" && e.effect._tag === "Established" && e.server !== 3)).toBe(true)
    // Once it runs again it hears of the new epoch and follows.
    const after = events.slice(resumed)
    expect(after.some((e) => e._tag === "Received" && e.server === 3)).toBe(true)
    expect(after.some((e) => e._tag === "Observed" && e.server === 3 && e.effect._tag === "RoleChange" && e.effect.role === "following")).toBe(true)
    expect(result.coverage.get("sim-server-paused")).toBe(1)
  })

  it("a crash ends a pause, and the liveness phase resumes whoever is still paused", () => {
    const crashed = runSchedule({ config: defaultSimConfig(3), steps: [settle, { _tag: "Tick" }, settle, { _tag: "Pause", server: 1, ticks: 1000 }, { _tag: "Crash", server: 1, disk: "keep" }, { _tag: "Restart", server: 1 }, { _tag: "Tick" }, settle] }, { validate: true, record: true })
    expect(crashed.violation).toBeNull()
    const texts = crashed.events!.flatMap((e) => (e._tag === "Step" ? [e.text] : []))
    expect(texts).toContain("restart 1")
    // Paused for 1000 ticks and never crashed: the liveness phase (far shorter) still passes, so it resumed.
    const stuck = runSchedule({ config: defaultSimConfig(3), steps: [settle, { _tag: "Tick" }, settle, { _tag: "Pause", server: 2, ticks: 1000 }] }, { validate: true })
    expect(stuck.violation).toBeNull()
  })
})
