/**
 * Goal: every run tries each of the snapshot loader's checks and each form of a malformed id on a server's
 * tree as the run ends (World.checkLoaderRefuses over disk-damage.ts's loaderChecks), so a loader or an id
 * codec that lets one through is seen as SnapshotIntegrity in every run, not only in a run whose
 * CorruptSnapshot step happened to draw that damage.
 *
 * Method: the correct peer refuses each of the damages for the reason it calls for, and the damages cover
 * every kind with a fixed reason; then the mutation campaign on copies of the sources with one mutant
 * applied (test/support/mutant.ts), each a mutant `npm run mutation` tries, each expected to be reported as
 * SnapshotIntegrity by the run-end trial.
 */
import { afterAll, describe, expect, it } from "vitest"
import { World } from "../impl/sim/world.js"
import { defaultSimConfig } from "../schedule/steps.js"
import { REFUSALS, loaderChecks } from "../impl/sim/disk-damage.js"
import { snapshotRefusal } from "../impl/sim/sim-tree.js"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

describe("the loader's checks as a run ends", () => {
  it("are each refused by the correct peer, for the reason each calls for, and cover every kind", () => {
    const world = new World(defaultSimConfig(3))
    world.start()
    expect(world.liveness(() => null).ok).toBe(true)
    const tree = world.treeOf(1)
    const damages = loaderChecks(tree.serialize())
    for (const damage of damages) {
      const refusal = snapshotRefusal(damage.text, tree.lastApplied)
      expect(refusal, damage.what).not.toBeNull()
      expect(refusal, damage.what).toMatch(damage.refusal!)
    }
    const reasons = new Set(damages.map((d) => String(d.refusal)))
    for (const reason of Object.values(REFUSALS)) if (reason !== REFUSALS.digest) expect(reasons, String(reason)).toContain(String(reason))
    expect(damages.filter((d) => d.what.startsWith("every "))).toHaveLength(7)
    world.checkFinalSnapshotsRestore()
    expect(world.integrityLapses).toEqual([])
  })
})

const LOADER = /^server \d's snapshot of its tree at 0x[0-9a-f]+ as the run ends, damaged \(.+\): the loader (loads it|refuses it for another reason than the damage)/

describe("an id codec or a loader check that lets a damage through, killed by the mutation campaign", () => {
  it.each([
    ["a zxid's pattern without its start anchor (zxid.ts, Regex)", "impl/core/zxid.ts", "const ZXID_PATTERN = /^0x[0-9a-f]{1,14}$/", "const ZXID_PATTERN = /0x[0-9a-f]{1,14}$/"],
    ["a zxid's pattern without its end anchor (zxid.ts, Regex)", "impl/core/zxid.ts", "const ZXID_PATTERN = /^0x[0-9a-f]{1,14}$/", "const ZXID_PATTERN = /^0x[0-9a-f]{1,14}/"],
    ["the largest epoch not checked (zxid.ts, ArrowFunction)", "impl/core/zxid.ts", "Schema.check(Schema.makeFilter((text: string) =>", "Schema.check(Schema.makeFilter(() => undefined, (text: string) =>"],
    ["a zxid's failure saying nothing of what was expected (zxid.ts, StringLiteral)", "impl/core/zxid.ts", '{ expected: "a zxid written as 0x<hex>" }', '{ expected: "" }'],
    ["a session id's pattern without its start anchor (session.ts, Regex)", "impl/core/session.ts", "const SESSION_PATTERN = /^0x[0-9a-f]{1,16}$/", "const SESSION_PATTERN = /0x[0-9a-f]{1,16}$/"],
    ["a session id's pattern without its end anchor (session.ts, Regex)", "impl/core/session.ts", "const SESSION_PATTERN = /^0x[0-9a-f]{1,16}$/", "const SESSION_PATTERN = /^0x[0-9a-f]{1,16}/"],
    ["a node with children under an ephemeral not refused (datatree.ts, ConditionalExpression)", "impl/core/datatree.ts", "if (parent.ephemeralOwner !== NO_SESSION) return Result.fail(", "if (false) return Result.fail("],
  ] as const)("%s", async (_name, file, from, to) => {
    const found = await campaign({ file, from, to }, { seed: 1, run: 0 })
    expect(found?.invariant).toBe("SnapshotIntegrity")
    expect(found?.message).toMatch(LOADER)
  }, 600_000)
})
