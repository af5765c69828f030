/**
 * Goal: ZooKeeper's system spec (ZkV3_7_0.tla, which EXTENDS FastLeaderElection.tla) is translated whole,
 * and the generated model runs: from its initial state through leader election into synchronization and
 * broadcast, with the spec's invariants checked on every state.
 *
 * Method: explore the first 20,000 distinct states of 2 servers (no timeouts, transactions, crashes or
 * partitions; MaxEpoch 2) and check what the search reached. TLC's figures for this spec are not known yet
 * (its own Parameters do not make it finite), so this is a smoke test, not a fidelity test.
 */
import { describe, expect, it } from "vitest"
import { exploreGenerated } from "../../model/tla-spec.js"
import { show } from "../../model/tla-values.js"
import { generatedZkV370 } from "../../model/tla-zab.js"

describe("the generated system spec runs", () => {
  it("2 servers: one initial state, election then discovery, synchronization and UPTODATE, no invariant violated", () => {
    const spec = generatedZkV370(2, { MaxTimeoutFailures: 0, MaxTransactionNum: 0, MaxEpoch: 2, MaxCrashes: 0, MaxPartitions: 0 })
    const init = spec.init()
    expect(init.length).toBe(1)
    expect(show(init[0]!["state"]!)).toBe("<<LOOKING, LOOKING>>")
    const result = exploreGenerated({ spec, maxStates: 20_000 })
    expect(result.violation).toBeNull()
    expect(result.distinct).toBe(20_000)
    const reached = new Set(result.coverage.filter((c) => c.distinct > 0).map((c) => c.action))
    for (const action of ["FLEReceiveNotmsg", "FLEHandleNotmsg", "ConnectAndFollowerSendFOLLOWERINFO", "LeaderProcessACKEPOCH", "FollowerProcessNEWLEADER", "FollowerProcessUPTODATE"]) {
      expect(reached.has(action), action).toBe(true)
    }
    expect(spec.actions.length).toBe(24)
  })
})
