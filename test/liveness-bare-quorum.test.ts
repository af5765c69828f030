/**
 * Goal: the simulator's liveness phase catches a leader that never makes its own proposals durable. Its
 * followers alone made a quorum in the probes at the leader and at a follower, so the mutation benchmark
 * found the mutant that drops the leader's fsync request after its append surviving every campaign. The
 * last probe crashes every follower beyond a bare quorum, so the leader's own ACK is needed.
 *
 * Method: the same fault-free schedule runs on the correct peer (it passes) and on a peer whose leader
 * drops the Fsync request that follows each of its appends, as that mutant did (it must fail as
 * NoProgress, naming the bare quorum), at 3 and at 5 servers.
 */
import { describe, expect, it, vi } from "vitest"
import { runSchedule } from "../harness/sim-target.js"
import type * as Peer from "../impl/core/peer.js"
import { type Schedule, defaultSimConfig } from "../schedule/steps.js"

const broken = vi.hoisted(() => ({ leaderSkipsFsync: false }))

vi.mock("../impl/core/peer.js", async (importOriginal) => {
  const real = await importOriginal<typeof Peer>()
  const step: typeof real.step = (config, state, input) => {
    const result = real.step(config, state, input)
    if (!broken.leaderSkipsFsync || result.state.role.kind !== "leading") return result
    const appended = new Set(result.effects.flatMap((e) => (e._tag === "Append" ? [e.write] : [])))
    return { ...result, effects: result.effects.filter((e) => e._tag !== "Fsync" || !appended.has(e.through)) }
  }
  return { ...real, step }
})

const quiet = (servers: number): Schedule => ({ config: defaultSimConfig(servers), steps: [{ _tag: "Settle", fsync: true }, { _tag: "Tick" }, { _tag: "Settle", fsync: true }] })

describe("the liveness phase's probe with a bare quorum up", () => {
  for (const servers of [3, 5]) {
    it(`passes on the correct peer (${servers} servers)`, () => {
      broken.leaderSkipsFsync = false
      expect(runSchedule(quiet(servers), { validate: true }).violation).toBeNull()
    })

    it(`fails a leader that never fsyncs its proposals (${servers} servers)`, () => {
      broken.leaderSkipsFsync = true
      const violation = runSchedule(quiet(servers), { validate: true }).violation
      expect(violation?.invariant).toBe("NoProgress")
      // At 3 servers the probe with the leader stopped comes first and already leaves a bare quorum (the two
      // others), whose new leader's own ACK is needed just the same; at 5 the probe whose followers lose
      // their ACKs and rejoin (the others' disks stalled) may, where only the leader's ACK completes a quorum.
      const bare = `with a bare quorum of ${Math.floor(servers / 2) + 1} servers up`
      const ackLost = "lost their ACKs of write #\\d+ with their connections and rejoined leader \\d: they hold it durably, a quorum with the leader, but it was not committed"
      expect(violation?.message).toMatch(new RegExp(servers === 3 ? `${bare}|after leader \\d stopped|${ackLost}` : `${bare}|${ackLost}`))
    })
  }
})
