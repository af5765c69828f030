/**
 * Goal: on the simulator, ReplicasConverge (as on real clusters, harness/net-target.ts) holds two servers at
 * the same zxid to the same tree, byte for byte as serialised; it must fail on a tree made to differ.
 *
 * Method: a World through the liveness phase's first stage, then one server's tree changed behind the
 * protocol's back at a zxid it had applied, and the end-of-run comparison.
 */
import { describe, expect, it } from "vitest"
import { World } from "../impl/sim/world.js"
import { defaultSimConfig } from "../schedule/steps.js"

describe("ReplicasConverge on the simulator", () => {
  it("names two servers whose trees differ at the same zxid, and passes equal ones", () => {
    const world = new World(defaultSimConfig(3))
    world.start()
    expect(world.liveness(() => null, 0).ok).toBe(true)
    world.checkFinalSnapshotsRestore()
    expect(world.divergentReplicas).toEqual([])
    // A write applied to server 3's tree alone, at a zxid it had applied already: its lastApplied stays.
    const at = world.treeOf(3).lastApplied
    world.treeOf(3).apply({ zxid: 1, op: { _tag: "SetData", path: "/zookeeper", data: "x", version: -1, auth: [] }, origin: 3, request: 0 })
    expect(world.treeOf(3).lastApplied).toBe(at)
    world.checkFinalSnapshotsRestore()
    expect(world.divergentReplicas[0]?.text).toMatch(/^server 3's tree at 0x[0-9a-f]+ \(a snapshot of its tree as the run ends\) differs from server 1's at the same zxid: at character \d+ it has /)
  })
})
