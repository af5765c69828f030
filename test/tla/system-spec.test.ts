/**
 * Goal: ZooKeeper's system spec (ZkV3_7_0.tla, which EXTENDS FastLeaderElection.tla) is translated whole,
 * and the generated model runs: from its initial state through leader election into synchronization and
 * broadcast, with the spec's invariants checked on every state.
 *
 * Method: explore the first 20,000 distinct states of 2 servers (no timeouts, transactions, crashes or
 * partitions; MaxEpoch 2) and check what the search reached. TLC's figures for this spec are not known yet
 * (its own Parameters do not make it finite), so this is a smoke test, not a fidelity test.
 */
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { typeOK } from "../../model/generated/zk-v3-7-0-tla.js"
import { GeneratedFingerprinter, exploreGenerated, generatedSuccessors } from "../../model/tla-spec.js"
import { modelValue, show } from "../../model/tla-values.js"
import { type SystemParameters, generatedZkV370, zkV370Constants } from "../../model/tla-zab.js"

const parameters: SystemParameters = { MaxTimeoutFailures: 0, MaxTransactionNum: 0, MaxEpoch: 2, MaxCrashes: 0, MaxPartitions: 0 }

describe("the generated system spec runs", () => {
  it("2 servers: one initial state, election then discovery, synchronization and UPTODATE, no invariant violated", () => {
    const spec = generatedZkV370(2, parameters)
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

  it("TypeOK types the state: the first 3,000 states of 2 servers decode through typeOK(constants), a state out of type is refused naming the variable", () => {
    const spec = generatedZkV370(2, parameters)
    const decode = Schema.decodeUnknownResult(typeOK(zkV370Constants(2, parameters)))
    const fps = new GeneratedFingerprinter(spec.variables)
    const seen = new Set<string>()
    const states = [...spec.init()]
    for (let k = 0; k < states.length && states.length < 3_000; k++) {
      for (const { state } of generatedSuccessors(spec, states[k]!)) {
        const fp = fps.of(state)
        if (seen.has(`${fp[0]},${fp[1]}`)) continue
        seen.add(`${fp[0]},${fp[1]}`)
        states.push(state)
      }
    }
    expect(states.length).toBeGreaterThanOrEqual(3_000)
    expect(states.filter((s) => Result.isFailure(decode(s))).length).toBe(0)
    const bad = decode({ ...states[0]!, waitNotmsg: modelValue("LOOKING") })
    expect(Result.isFailure(bad)).toBe(true)
    expect(String(Result.isFailure(bad) ? bad.failure : "")).toContain("waitNotmsg is not in its type (tla/specs/ZkV3_7_0.tla:278:8)")
  })
})
