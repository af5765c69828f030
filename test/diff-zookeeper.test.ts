/**
 * Goal: `zab diff` shows where Apache ZooKeeper and the reference peer part ways on the same schedule:
 * aligned only where both have had time to settle, on who is up in which role, who leads, and each server's
 * delivered client txns by content (ZooKeeper's session and error txns, its placeholders and the liveness
 * probes left out; zxids not compared), not before the first step.
 *
 * Method: a decoded ZooKeeper run kept as a fixture (a generated schedule on 3.8.0) against the same schedule
 * on the simulator: they agree through step 37 and part at step 38, where ZooKeeper has delivered three creates
 * and the simulator four. The same ZooKeeper trace with one server's deliveries taken out parts earlier, on that
 * server's deliveries only; against itself it agrees throughout. `zab diff A --sim` runs the schedule itself.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import { runSchedule } from "../harness/sim-target.js"
import { diffTraces } from "../traces/diff.js"
import { type Trace, readTrace, writeTrace } from "../traces/jsonl.js"

const zookeeper = readTrace(gunzipSync(readFileSync("test/fixtures/zookeeper/zookeeper-4685-generated.trace.jsonl.gz")).toString("utf8"))

function simulated(trace: Trace): Trace {
  const result = runSchedule(trace.header.schedule, { record: true })
  return { header: { ...trace.header, target: "sim", violated: result.violation?.invariant ?? null }, events: result.events! }
}

describe("zab diff against Apache ZooKeeper", () => {
  it("agrees where both settled, and names the first settled step where ZooKeeper and the reference peer part ways", () => {
    const result = diffTraces("zookeeper", zookeeper, "sim", simulated(zookeeper))
    const text = result.lines.join("\n")
    expect(result.identical).toBe(false)
    expect(text).toMatch(/compared: state, leader, content/)
    expect(text).toMatch(/the views agree through step 37; they first differ after step 38/)
    expect(text).toMatch(/\* s1 delivered +Create \/a v1 \| Create \/b v1 \| Create \/c v1 /)
    // Not compared before the first step: ZooKeeper is elected and serving before it, the simulator is not.
    expect(text).not.toMatch(/before the first step \(\*/)
  })

  it("a ZooKeeper trace with one server's deliveries taken out parts earlier, on that server only", () => {
    const edited: Trace = { header: zookeeper.header, events: zookeeper.events.filter((e) => !(e._tag === "Delivered" && e.server === 2)) }
    const text = diffTraces("edited", edited, "sim", simulated(zookeeper)).lines.join("\n")
    const step = Number(/differ after step (\d+)/.exec(text)?.[1])
    expect(step).toBeLessThan(38)
    expect(text).toMatch(/\* s2 delivered/)
    expect(text).not.toMatch(/\* s1 delivered/)
    expect(text).not.toMatch(/\* s3 delivered/)
    // Against itself a ZooKeeper trace agrees throughout.
    expect(diffTraces("a", zookeeper, "b", zookeeper).identical).toBe(true)
  })

  it("zab diff A --sim takes A's schedule on the simulator itself", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-diff-zk-"))
    writeFileSync(join(dir, "zk.jsonl"), writeTrace(zookeeper.header, zookeeper.events))
    let out = ""
    const code = await main(["diff", "zk.jsonl", "--sim"], { out: (t) => void (out += t), err: () => {}, interactive: false, cwd: dir })
    expect(code).toBe(1)
    expect(out).toMatch(/B = the simulator \(sim, 3 servers/)
    expect(out).toMatch(/they first differ after step 38/)
  })
})
