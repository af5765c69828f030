/**
 * Goal: the simulator's liveness phase reaches the peers' timers. Crashes and partitions break connections,
 * which both ends notice at once, and a simulated campaign draws no Pause steps unless asked, so a follower
 * that never gave up on a silent leader, or a leader that never stepped down once its learners were gone,
 * passed every campaign (`npm run mutation` reported both surviving). The liveness phase now stops the
 * leader (its connections stay open): the others must elect a leader and deliver a write, and the old
 * leader, once resumed, must join them. Last, fault-free ticks pass and nobody may move: the probes
 * complete within a tick or two, so timers that fire too soon passed them.
 *
 * Method: the same fault-free schedule runs on an unmutated copy of the sources (it passes) and on copies
 * with each of those mutations applied (test/support/mutant.ts), which must fail as NoProgress naming the
 * stopped leader, at 3 servers (the liveness phase with its probes ends every run of
 * check.test.ts's five-server campaign of the correct peer).
 */
import { afterAll, describe, expect, it } from "vitest"
import type * as SimTarget from "../harness/sim-target.js"
import type * as Steps from "../schedule/steps.js"
import { type MutantCopy, type Mutation, mutantCopy } from "./support/mutant.js"

const copies: Array<MutantCopy> = []
afterAll(() => {
  for (const copy of copies) copy.dispose()
})

/** The first violation of a fault-free run of `servers` servers on a copy with `mutation` applied. */
async function quietRun(mutation: Mutation | null, servers: number): Promise<{ readonly invariant: string; readonly message: string } | null> {
  const copy = mutantCopy(mutation)
  copies.push(copy)
  const { runSchedule } = await copy.load<typeof SimTarget>("harness/sim-target.ts")
  const { defaultSimConfig } = await copy.load<typeof Steps>("schedule/steps.ts")
  const steps: ReadonlyArray<Steps.Step> = [{ _tag: "Settle", fsync: true }, { _tag: "Tick" }, { _tag: "Settle", fsync: true }]
  return runSchedule({ config: defaultSimConfig(servers), steps }, { validate: true }).violation
}

describe("the liveness phase's probe with the leader stopped", () => {
  for (const servers of [3]) {
    it(`passes on the correct peer (${servers} servers)`, async () => {
      expect(await quietRun(null, servers)).toBeNull()
    })

    it(`fails a follower that never gives up on a silent leader (${servers} servers)`, async () => {
      const violation = await quietRun({ file: "impl/core/peer.ts", from: "if (state.ticks - role.lastHeardTick > config.syncLimitTicks && ", to: "if (false && " }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/after leader \d stopped \(connections open, silent\): the others did not elect a leader/)
    })

    // The probes complete within a tick or two; the fault-free ticks that follow them (the first of the
    // silences probe, and those that end the liveness phase) catch timers that fire too soon.
    it(`fails a follower that gives up on a leader it hears every tick (${servers} servers)`, async () => {
      const violation = await quietRun({ file: "impl/core/peer.ts", from: "if (state.ticks - role.lastHeardTick > config.syncLimitTicks && ", to: "if (state.ticks - role.lastHeardTick <= config.syncLimitTicks && " }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/left its place after (a fault-free tick|\d+ of 21 fault-free ticks)/)
    })

    it(`fails a leader that drops learners answering its pings (${servers} servers)`, async () => {
      const violation = await quietRun({ file: "impl/core/peer.ts", from: "if (state.ticks - l.lastHeardTick <= limit) return true", to: "if (false) return true" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/left its place after (a fault-free tick|\d+ of 21 fault-free ticks)/)
    })

    it(`fails a leader that never steps down without a quorum (${servers} servers)`, async () => {
      const violation = await quietRun({ file: "impl/core/peer.ts", from: "if (next.established && next.learners.length + 1 < quorumSize(config)) {", to: "if (false) {" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/after the stopped leader \d resumed: it did not join the new leader's epoch/)
    })
  }
})
