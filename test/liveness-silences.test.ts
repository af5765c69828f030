/**
 * Goal: the simulator's liveness phase holds the peers' timers to syncLimit on both sides of it. A leader
 * or a follower silent for syncLimit ticks keeps its place; a follower silent one tick longer is dropped by
 * the leader, which closes its connection, and rejoins. The other probes reach the timers only with
 * silences far beyond a limit or with none, and `npm run mutation` reported these slips of peer.ts
 * surviving: a timer that fires a tick early, a leader that keeps a silent follower, one that drops it
 * without closing its connection. And when the followers beyond a bare quorum crash, the quorum left keeps
 * its places: a follower that gave up whenever any connection broke passed, since the cluster re-elected.
 *
 * Method: the same fault-free schedule runs on an unmutated copy of the sources (it passes) and on copies
 * with each of those mutations applied (test/support/mutant.ts), which must fail as NoProgress naming the
 * silence, at 3 servers (the liveness phase with its probes ends every run of
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

describe("the liveness phase's silences of syncLimit ticks and one tick longer", () => {
  for (const servers of [3]) {
    it(`passes on the correct peer (${servers} servers)`, async () => {
      expect(await quietRun(null, servers)).toBeNull()
    })

    it(`fails a follower that gives up after syncLimit ticks of silence (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: "state.ticks - role.lastHeardTick > config.syncLimitTicks", to: "state.ticks - role.lastHeardTick >= config.syncLimitTicks" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/left its place after leader \d was silent for 5 ticks \(syncLimit, which a follower tolerates\)/)
    })

    it(`fails a leader that drops a follower after syncLimit ticks of silence (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: "if (state.ticks - l.lastHeardTick <= limit) return true", to: "if (state.ticks - l.lastHeardTick < limit) return true" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/the connection \d-\d broke after follower \d was silent for 5 ticks \(syncLimit, which a leader tolerates\)/)
    })

    it(`fails a leader that gives synced followers initLimit (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: 'const limit = l.stage === "synced" ? config.syncLimitTicks', to: "const limit = false ? config.syncLimitTicks" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/follower \d was silent for 6 ticks, more than syncLimit, and leader \d did not drop it/)
    })

    // The bare-quorum probe: the followers beyond a bare quorum crash, and the quorum left must keep its places.
    it(`fails a follower that gives up when another follower's connection breaks (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: "if (peer !== role.leader) return state", to: "if (false) return state" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/(left its place|broke) after the followers beyond a bare quorum crashed/)
    })

    it(`fails a leader that drops a silent follower without closing its connection (${servers} servers)`, async () => {
      const violation = await quietRun({ file: peer, from: 'out.push({ _tag: "Disconnect", peer: l.id })', to: "" }, servers)
      expect(violation?.invariant).toBe("NoProgress")
      expect(violation?.message).toMatch(/did not drop it and close its connection/)
    })
  }
})
