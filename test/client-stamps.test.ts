/**
 * Goal: the time a leader stamps on a txn is checked where a client sees it. A create's answer carries the
 * new node's ctime and mtime, a setData's its mtime: the leader's clock when it proposed the txn, which in
 * the simulator is the virtual time of its last tick (or of its start), so it lies between the write's
 * invocation and its answer. `npm run mutation` reported a peer whose clock never moved surviving: every
 * txn was stamped 0 and nothing read the stamps.
 *
 * Method: a fault-free schedule with client writes at ticks 2 and 3 runs on an unmutated copy of the sources
 * (test/support/mutant.ts; it passes) and on copies whose peer never reads the time a tick carries, or
 * reads a tick's time one tick late, which must fail as ClientHistory naming the stamp,
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

/** The first violation of a fault-free run with a create and a setData, on a copy with `mutation` applied. */
async function writesRun(mutation: Mutation | null, servers: number): Promise<{ readonly invariant: string; readonly message: string } | null> {
  const copy = mutantCopy(mutation)
  copies.push(copy)
  const { runSchedule } = await copy.load<typeof SimTarget>("harness/sim-target.ts")
  const { defaultSimConfig } = await copy.load<typeof Steps>("schedule/steps.ts")
  const steps: ReadonlyArray<Steps.Step> = [
    { _tag: "Settle", fsync: true },
    { _tag: "Tick" },
    { _tag: "Settle", fsync: true },
    { _tag: "Tick" },
    { _tag: "Client", session: 0, op: { _tag: "Create", path: "/a", data: "c1", sequential: false } },
    { _tag: "Settle", fsync: true },
    { _tag: "Tick" },
    { _tag: "Client", session: 1, op: { _tag: "SetData", path: "/a", data: "c2", version: 0 } },
    { _tag: "Settle", fsync: true },
  ]
  return runSchedule({ config: defaultSimConfig(servers), steps }, { validate: true, spec: "system" }).violation
}

const peer = "impl/core/peer.ts"

describe("the time a leader stamps on a txn, as its client is told it", () => {
  for (const servers of [3]) {
    it(`passes on the correct peer (${servers} servers)`, async () => {
      expect(await writesRun(null, servers)).toBeNull()
    })

    it(`fails a peer whose clock never moves (${servers} servers)`, async () => {
      const violation = await writesRun({ file: peer, from: "clockMs: input.nowMs ?? state.clockMs", to: "clockMs: input.nowMs && state.clockMs" }, servers)
      expect(violation?.invariant).toBe("ClientHistory")
      expect(violation?.message).toMatch(/told the client of write #\d+ a ctime of 0 ms, outside the 200 to 200 ms \(virtual\) in which the write was in flight/)
    })

    it(`fails a peer whose clock runs a tick late (${servers} servers)`, async () => {
      const violation = await writesRun({ file: peer, from: "clockMs: input.nowMs ?? state.clockMs", to: "clockMs: state.clockMs === 0 ? 1 : Math.max(1, (input.nowMs ?? 0) - 100)" }, servers)
      expect(violation?.invariant).toBe("ClientHistory")
      expect(violation?.message).toMatch(/told the client of write #\d+ a ctime of 100 ms, outside the 200 to 200 ms/)
    })
  }
})
