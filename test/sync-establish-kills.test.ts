/**
 * Goal: two slips of synchronization.ts's maybeEstablish that `npm run mutation` reported surviving are now
 * caught. A leader that counts itself towards the quorum of NEWLEADER acks before its own currentEpoch
 * write is durable: the campaigns' settles made that write durable before any follower's ack came back,
 * and now the liveness phase's stalled-sync probe lets the leader's disk lag while its followers' catch up,
 * and the Zab.tla validation, which holds the acks until the leader's epoch is durable, refuses the early
 * Established. And a leader that never says it is established (no Established effect): the invariants that
 * read the established leaders had nothing to judge, and the system-spec validation now refuses an UPTODATE
 * sent by a leader that has not said so in its current role.
 *
 * Method: a fault-free schedule runs on an unmutated copy of the sources (it passes) and on copies with each
 * mutation applied (test/support/mutant.ts), which must fail as ModelRefinement,
 * at 3 servers (the liveness phase with its probes ends every run of check.test.ts's five-server campaign
 * of the correct peer).
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

const sync = "impl/core/synchronization.ts"

describe("maybeEstablish's durability guard and its Established effect", () => {
  for (const servers of [3]) {
    it(`passes on the correct peer (${servers} servers)`, async () => {
      expect(await quietRun(null, servers)).toBeNull()
    })

    it(`fails a leader that counts itself before its currentEpoch write is durable (${servers} servers)`, async () => {
      const violation = await quietRun({ file: sync, from: "if (state.durableThrough < role.currentEpochWrite) return state", to: "if (false) return state" }, servers)
      expect(violation?.invariant).toBe("ModelRefinement")
      expect(violation?.message).toMatch(/says it established epoch \d+, but the model has/)
    })

    it(`fails a leader that never says it is established (${servers} servers)`, async () => {
      const violation = await quietRun({ file: sync, from: 'out.push({ _tag: "Established", epoch: state.currentEpoch })', to: "" }, servers)
      expect(violation?.invariant).toBe("ModelRefinement")
      expect(violation?.message).toMatch(/sends UPTODATE to server \d before it says it is established/)
    })
  }
})
