/**
 * Goal: the simulator's liveness phase reaches the initLimit timers of discovery and synchronisation. Every
 * other probe establishes an epoch within one settle, so `npm run mutation` reported these slips of peer.ts
 * surviving: a follower or a leader whose initLimit timer fires a tick early, a follower that never gives up
 * on a leader that stopped before it was established, and such a leader that never gives up its epoch. The
 * stalled-sync probe restarts every server with their disks stalled for initLimit ticks from the election
 * (nobody may give up), then again with the leader it elects stopped at once (the others must give up on
 * it, and it must give up its epoch once it resumes).
 *
 * Method: the same fault-free schedule runs on an unmutated copy of the sources (it passes) and on copies
 * with each of those mutations applied (test/support/mutant.ts), which must fail as NoProgress naming the
 * stall, at 3 servers (the liveness phase with its probes ends every run of
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
  return runSchedule({ config: defaultSimConfig(servers), steps }, { validate: true, spec: "system" }).violation
}

const peer = "impl/core/peer.ts"
const followerTimer = "if (state.ticks - role.phaseStartTick > config.initLimitTicks) {"
const leaderTimer = "if (!role.established && state.ticks - role.phaseStartTick > config.initLimitTicks) {"

describe("the liveness phase's probe with disks stalled through discovery and synchronisation", () => {
  for (const servers of [3]) {
    it(`passes on the correct peer (${servers} servers)`, async () => {
      expect(await quietRun(null, servers)).toBeNull()
    })

    it(`fails a follower that gives up after initLimit ticks of discovery and synchronisation (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: followerTimer, to: "if (state.ticks - role.phaseStartTick >= config.initLimitTicks) {" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/every disk stalled for 10 ticks \(initLimit\)/)
    })

    it(`fails a leader that gives up after initLimit ticks without being established (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: leaderTimer, to: "if (!role.established && state.ticks - role.phaseStartTick >= config.initLimitTicks) {" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/every disk stalled for 10 ticks \(initLimit\)/)
    })

    it(`fails a follower that holds a leader to syncLimit before it is synced (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: 'if (role.phase === "broadcast") {', to: "if (true) {" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/broke after leader \d was silent for 7 ticks from its election and then follower \d for 6 of the leader's ticks/)
    })

    it(`fails a leader that holds a learner to syncLimit before it is synced (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: 'const limit = l.stage === "synced" ? config.syncLimitTicks', to: "const limit = true ? config.syncLimitTicks" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/broke after leader \d was silent for 7 ticks from its election and then follower \d for 6 of the leader's ticks/)
    })

    it(`fails a follower that never gives up on a leader stopped before it was established (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: followerTimer, to: "if (false) {" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/stopped before it was established \(connections open, silent\): the others did not give up on it/)
    })

    it(`fails a leader that never gives up an epoch it could not establish (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: leaderTimer, to: "if (false) {" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/stopped before it was established, resumed: it did not give up its epoch/)
    })
  }
})
