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
import { REFUSALS, loaderAcceptances, loaderChecks } from "../impl/sim/disk-damage.js"
import { acceptanceProblem, snapshotRefusal } from "../impl/sim/sim-tree.js"
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
    expect(damages.map((d) => d.what)).toContain("written as version 1 wrote it, /'s cversion one more than its children allow")
    for (const reason of Object.values(REFUSALS)) if (reason !== REFUSALS.digest) expect(reasons, String(reason)).toContain(String(reason))
    expect(damages.filter((d) => d.what.startsWith("every "))).toHaveLength(7)
    world.checkFinalSnapshotsRestore()
    expect(world.integrityLapses).toEqual([])
  })

  it("include encodings the correct peer must load, each to the tree it holds: version 1's, and zxids at the largest epoch", () => {
    const world = new World(defaultSimConfig(3))
    world.start()
    expect(world.liveness(() => null).ok).toBe(true)
    const tree = world.treeOf(1)
    const acceptances = loaderAcceptances(tree.serialize())
    expect(acceptances.map((a) => a.what)).toEqual(["written as version 1 wrote it", "every zxid at the largest epoch, 0x1fffff"])
    for (const acceptance of acceptances) expect(acceptanceProblem(acceptance.text, acceptance.expected), acceptance.what).toBeNull()
    const [v1, largest] = acceptances
    // Version 1: no times, sessions or ACLs, cversion as creations plus deletions (the root's one deletion
    // added), and no system nodes, which it predates.
    const v1Doc = JSON.parse(v1!.text)
    expect(v1Doc.version).toBe(1)
    expect(v1Doc.sessions).toBeUndefined()
    expect(v1Doc.nodes.map((n: { path: string }) => n.path)).not.toContain("/zookeeper")
    for (const node of v1Doc.nodes) expect(Object.keys(node)).toEqual(["path", "data", "czxid", "mzxid", "pzxid", "version", "cversion"])
    const expectedRoot = JSON.parse(v1!.expected).nodes.find((n: { path: string }) => n.path === "/")
    const rootChildren = v1Doc.nodes.filter((n: { path: string }) => /^\/[^/]+$/.test(n.path)).length
    expect(v1Doc.nodes.find((n: { path: string }) => n.path === "/").cversion).toBe(2 * expectedRoot.cversion - rootChildren)
    expect(JSON.parse(largest!.text).lastApplied).toMatch(/^0x1fffff[0-9a-f]{8}$/)
    // Not vacuous: a version 1 cversion read as creations, or a zxid past the largest epoch, is a problem.
    expect(acceptanceProblem(v1!.text.replace('"version":1', '"version":2'), v1!.expected)).toMatch(/^refuses it/)
    expect(acceptanceProblem(largest!.text.replaceAll('"0x1fffff', '"0x200000'), largest!.expected)).toMatch(/^refuses it: ".*a zxid with an epoch of at most 0x1fffff/)
    expect(acceptanceProblem(largest!.text, v1!.expected)).toMatch(/^loads another tree: at character \d+/)
  })
})

const LOADER = /^server \d's snapshot of its tree at 0x[0-9a-f]+ as the run ends, damaged \(.+\): the loader (loads it|refuses it for another reason than the damage)/

describe("an id codec or a loader check that lets a damage through, killed by the mutation campaign", () => {
  it.each([
    ["a zxid's pattern without its start anchor (zxid.ts, Regex)", "impl/core/zxid.ts", "const ZXID_PATTERN = /^0x[0-9a-f]{1,14}$/", "const ZXID_PATTERN = /0x[0-9a-f]{1,14}$/"],
    ["a zxid's pattern without its end anchor (zxid.ts, Regex)", "impl/core/zxid.ts", "const ZXID_PATTERN = /^0x[0-9a-f]{1,14}$/", "const ZXID_PATTERN = /^0x[0-9a-f]{1,14}/"],
    ["the largest epoch not told apart from a malformed zxid (zxid.ts, ConditionalExpression)", "impl/core/zxid.ts", "return ZXID_PATTERN.test(text) ? `a zxid", "return false ? `a zxid"],
    ["a zxid's failure saying nothing of what was expected (zxid.ts, StringLiteral)", "impl/core/zxid.ts", '"Expected a zxid written as 0x<hex>"', '""'],
    ["parseZxid without its pattern guard (zxid.ts, ConditionalExpression)", "impl/core/zxid.ts", "if (!ZXID_PATTERN.test(text)) return undefined", "if (false) return undefined"],
    ["parseSessionId without its pattern guard (session.ts, ConditionalExpression)", "impl/core/session.ts", "if (!SESSION_PATTERN.test(text)) return undefined", "if (false) return undefined"],
    ["a session id's pattern without its start anchor (session.ts, Regex)", "impl/core/session.ts", "const SESSION_PATTERN = /^0x[0-9a-f]{1,16}$/", "const SESSION_PATTERN = /0x[0-9a-f]{1,16}$/"],
    ["a session id's pattern without its end anchor (session.ts, Regex)", "impl/core/session.ts", "const SESSION_PATTERN = /^0x[0-9a-f]{1,16}$/", "const SESSION_PATTERN = /^0x[0-9a-f]{1,16}/"],
    ["a node with children under an ephemeral not refused (datatree.ts, ConditionalExpression)", "impl/core/datatree.ts", "if (parent.ephemeralOwner !== NO_SESSION) return Result.fail(", "if (false) return Result.fail("],
  ] as const)("%s", async (_name, file, from, to) => {
    const found = await campaign({ file, from, to }, { seed: 1, run: 0 })
    expect(found?.invariant).toBe("SnapshotIntegrity")
    expect(found?.message).toMatch(LOADER)
  }, 600_000)
})

// Version 1's mutants are seen by the damaged version 1 file (tried first) or by the one it must load.
const ACCEPTANCE = /^server \d's snapshot of its tree at 0x[0-9a-f]+ as the run ends, (damaged \()?(written as version 1 wrote it|every zxid at the largest epoch, 0x1fffff).*: the loader (refuses it|throws|loads)/

describe("a loader that refuses an encoding it must accept, or loads it to another tree, killed by the mutation campaign", () => {
  it.each([
    ["the largest epoch refused (zxid.ts, EqualityOperator)", "impl/core/zxid.ts", "epochOf(value) > MAX_EPOCH", "epochOf(value) >= MAX_EPOCH"],
    ["version 1 not recognised (datatree.ts, ConditionalExpression)", "impl/core/datatree.ts", "const v1 = snapshot.version === 1", "const v1 = false"],
    ["version 1's cversion kept as creations plus deletions (datatree.ts, ConditionalExpression)", "impl/core/datatree.ts", "if (v1) node.cversion =", "if (false) node.cversion ="],
    ["version 1's cversion doubled, not halved (datatree.ts, ArithmeticOperator)", "impl/core/datatree.ts", "(node.cversion + node.children.size) / 2", "(node.cversion + node.children.size) * 2"],
    ["version 1's children taken away, not added (datatree.ts, ArithmeticOperator)", "impl/core/datatree.ts", "(node.cversion + node.children.size) / 2", "(node.cversion - node.children.size) / 2"],
    ["a version 1 cversion no tree can have not refused (datatree.ts, ConditionalExpression)", "impl/core/datatree.ts", "if (!Number.isInteger(node.cversion)) return", "if (false) return"],
    ["its refusal saying nothing (datatree.ts, StringLiteral)", "impl/core/datatree.ts", "Result.fail(`data tree snapshot: ${JSON.stringify(path)} has a cversion its children cannot have`)", "Result.fail(``)"],
  ] as const)("%s", async (_name, file, from, to) => {
    const found = await campaign({ file, from, to }, { seed: 1, run: 0 })
    expect(found?.invariant).toBe("SnapshotIntegrity")
    expect(found?.message).toMatch(ACCEPTANCE)
  }, 600_000)

  it("a zxid made at the largest epoch refused (zxid.ts, EqualityOperator): the simulator's own makeZxid trips", async () => {
    const mutation = { file: "impl/core/zxid.ts", from: "epoch <= MAX_EPOCH, ", to: "epoch < MAX_EPOCH, " }
    await expect(campaign(mutation, { seed: 1, run: 0 })).rejects.toThrow("zxid epoch out of range")
  }, 600_000)
})
