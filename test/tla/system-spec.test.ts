/**
 * Goal: ZooKeeper's system spec (ZkV3_7_0.tla, which EXTENDS FastLeaderElection.tla) is translated whole,
 * and the generated model explores it as TLC does once a state constraint makes it finite.
 *
 * Method: the spec's own Parameters do not bound leader election, so tla/specs/ZkV3_7_0_Bounded.tla adds a
 * state constraint (`Bounded`: rounds, queued notifications, vote versions). TLC 2.18 was run on it
 * (`java -cp tla2tools.jar tlc2.TLC -workers 1 -deadlock MC`, where MC EXTENDS ZkV3_7_0_Bounded with
 * Parameters and NullPoint set as below, Server = {1, 2}, CONSTRAINT Bounded, the ten invariants) and its
 * distinct states, states generated and depth are pinned here. TypeOK is checked by decoding states through
 * the generated `typeOK(constants)` schema. `zab explore --spec system` runs in-process and must print the
 * same figures. The 3-server configuration TLC took 12 min 17 s on (MaxEpoch 0, every election bound 1:
 * 409,032 distinct) costs about 45 s of the suite's time, so `npm run bench:system-spec` pins it (row n3_e0,
 * exit 1 when a figure differs) instead of this file.
 */
import { tmpdir } from "node:os"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { typeOK } from "../../model/generated/zk-v3-7-0-tla.js"
import { main } from "../../bin/cli.js"
import type { Io } from "../../bin/io.js"
import { GeneratedFingerprinter, exploreGenerated, generatedSuccessors } from "../../model/tla-spec.js"
import { modelValue, show } from "../../model/tla-values.js"
import { type ElectionBounds, type SystemParameters, generatedZkV370, zkV370Constants } from "../../model/tla-zab.js"

const parameters: SystemParameters = { MaxTimeoutFailures: 0, MaxTransactionNum: 0, MaxEpoch: 2, MaxCrashes: 0, MaxPartitions: 0 }
const bounds: ElectionBounds = { MaxRound: 2, MaxQueue: 2, MaxVersion: 2 }

describe("the generated system spec explores as TLC does", () => {
  it("2 servers, MaxEpoch 2, election bounded by 2 rounds, 2 queued notifications, vote version 2: TLC's 2,214 distinct, 5,053 generated, depth 31", () => {
    const spec = generatedZkV370(2, parameters, bounds)
    const init = spec.init()
    expect(init.length).toBe(1)
    expect(show(init[0]!["state"]!)).toBe("<<LOOKING, LOOKING>>")
    const result = exploreGenerated({ spec })
    expect(result.violation).toBeNull()
    expect({ distinct: result.distinct, generated: result.generated, depth: result.depth, complete: result.complete }).toEqual({ distinct: 2_214, generated: 5_053, depth: 31, complete: true })
    const reached = new Set(result.coverage.filter((c) => c.distinct > 0).map((c) => c.action))
    for (const action of ["FLEReceiveNotmsg", "FLEHandleNotmsg", "ConnectAndFollowerSendFOLLOWERINFO", "LeaderProcessACKEPOCH", "FollowerProcessNEWLEADER", "FollowerProcessUPTODATE"]) {
      expect(reached.has(action), action).toBe(true)
    }
    expect(spec.actions.length).toBe(24)
  })

  it("the same with 3 rounds, 3 queued notifications and vote version 3: TLC's 5,708 distinct, 13,759 generated, depth 38", () => {
    const result = exploreGenerated({ spec: generatedZkV370(2, parameters, { MaxRound: 3, MaxQueue: 3, MaxVersion: 3 }) })
    expect(result.violation).toBeNull()
    expect({ distinct: result.distinct, generated: result.generated, depth: result.depth, complete: result.complete }).toEqual({ distinct: 5_708, generated: 13_759, depth: 38, complete: true })
  })

  it("without the constraint the search does not end: past 20,000 states, still no invariant violated", () => {
    const spec = { ...generatedZkV370(2, parameters, bounds), constraints: [] }
    const result = exploreGenerated({ spec, maxStates: 20_000 })
    expect(result.violation).toBeNull()
    expect([result.distinct, result.complete]).toEqual([20_000, false])
  })

  it("TypeOK types the state: the first 2,000 states decode through typeOK(constants), a state out of type is refused naming the variable", () => {
    const spec = { ...generatedZkV370(2, parameters, bounds), constraints: [] }
    const decode = Schema.decodeUnknownResult(typeOK(zkV370Constants(2, parameters, bounds)))
    const fps = new GeneratedFingerprinter(spec.variables)
    const seen = new Set<string>()
    const states = [...spec.init()]
    for (let k = 0; k < states.length && states.length < 2_000; k++) {
      for (const { state } of generatedSuccessors(spec, states[k]!)) {
        const fp = fps.of(state)
        if (seen.has(`${fp[0]},${fp[1]}`)) continue
        seen.add(`${fp[0]},${fp[1]}`)
        states.push(state)
      }
    }
    expect(states.length).toBeGreaterThanOrEqual(2_000)
    expect(states.filter((s) => Result.isFailure(decode(s))).length).toBe(0)
    const bad = decode({ ...states[0]!, waitNotmsg: modelValue("LOOKING") })
    expect(Result.isFailure(bad)).toBe(true)
    expect(String(Result.isFailure(bad) ? bad.failure : "")).toContain("waitNotmsg is not in its type (tla/specs/ZkV3_7_0.tla:278:8)")
  })
})

describe("zab explore --spec system", () => {
  const cliIo = (): Io & { readonly stdout: () => string } => {
    let out = ""
    return { out: (t) => void (out += t), err: () => undefined, interactive: false, cwd: tmpdir(), stdout: () => out }
  }

  it("explores the generated system spec with its defaults (2 servers, MaxEpoch 2, bounds 2): TLC's figures", async () => {
    const cli = cliIo()
    expect(await main(["explore", "--spec", "system"], cli)).toBe(0)
    const line = JSON.parse(cli.stdout()) as Record<string, unknown>
    expect({ distinct: line["distinct"], generated: line["generated"], depth: line["depth"], complete: line["complete"], violations: line["violations"] }).toEqual({ distinct: 2_214, generated: 5_053, depth: 31, complete: true, violations: 0 })
  })

  it("--spec takes protocol or system; the system spec's options are its own", async () => {
    expect(await main(["explore", "--spec", "other"], cliIo())).toBe(2)
    expect(await main(["explore", "--spec", "system", "--symmetry"], cliIo())).toBe(2)
    const cut = cliIo()
    expect(await main(["explore", "--spec=system", "--max-states", "100"], cut)).toBe(0)
    expect(JSON.parse(cut.stdout())).toMatchObject({ complete: false })
  })
})
