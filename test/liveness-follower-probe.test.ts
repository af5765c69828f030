/**
 * Goal: the simulator's liveness phase catches a peer whose followers do not serve writes. The first probe
 * is written at the leader, so a follower that refused every client write (or lost the ones it should
 * forward) passed every run: the mutation benchmark found such mutants of impl/core/broadcast.ts surviving.
 * The second probe is written at a follower and must be delivered by a quorum.
 *
 * Method: the same fault-free schedule runs on the correct peer (it passes) and on a peer whose
 * onClientWrite refuses writes at followers, as those mutants did (it must fail as NoProgress, naming the
 * follower's write), and on one whose followers forward nothing (the forwarded write is never answered).
 */
import { describe, expect, it, vi } from "vitest"
import { runSchedule } from "../harness/sim-target.js"
import type * as Broadcast from "../impl/core/broadcast.js"
import { type Schedule, defaultSimConfig } from "../schedule/steps.js"

const broken = vi.hoisted(() => ({ follower: "serves" as "serves" | "refuses" | "drops" }))

vi.mock("../impl/core/broadcast.js", async (importOriginal) => {
  const real = await importOriginal<typeof Broadcast>()
  const onClientWrite: typeof real.onClientWrite = (config, state, request, op, out) => {
    if (state.role.kind !== "following" || broken.follower === "serves") return real.onClientWrite(config, state, request, op, out)
    if (broken.follower === "refuses") {
      out.push({ _tag: "ClientReject", request, reason: "NotReady" })
      return state
    }
    // Takes the write as its own (the client waits on it) but sends nothing to the leader.
    return { ...state, clientWrites: [...state.clientWrites, request] }
  }
  return { ...real, onClientWrite }
})

const quiet: Schedule = { config: defaultSimConfig(3), steps: [{ _tag: "Settle", fsync: true }, { _tag: "Tick" }, { _tag: "Settle", fsync: true }] }

describe("the liveness phase's probe at a follower", () => {
  it("passes on the correct peer", () => {
    broken.follower = "serves"
    expect(runSchedule(quiet, { validate: true }).violation).toBeNull()
  })

  it("fails a peer whose followers refuse writes", () => {
    broken.follower = "refuses"
    const violation = runSchedule(quiet, { validate: true }).violation
    expect(violation?.invariant).toBe("NoProgress")
    expect(violation?.message).toMatch(/a write at a follower was not delivered by a quorum \(a follower refused it\)/)
  })

  it("fails a peer whose followers never forward a write", () => {
    broken.follower = "drops"
    const violation = runSchedule(quiet, { validate: true }).violation
    expect(violation?.invariant).toBe("NoProgress")
    expect(violation?.message).toMatch(/a write at a follower was not delivered by a quorum$/)
  })
})
