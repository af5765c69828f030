/**
 * Goal: the liveness phase's ACL probe (impl/sim/world.ts, aclProbeOfTheCorrectPeer) and the history
 * checker's own ACL rules (properties/history/acl-judge.ts) let the campaign that judges every mutant
 * (bench/mutation-campaign.ts) kill mutants of impl/core/acl.ts and of datatree.ts's ACL checks, which
 * survived while no simulated client set an ACL or authenticated: every server ran the same mutated code
 * and agreed, and no check knew what a client should have been told.
 *
 * Method: the mutation campaign on copies of the sources with one mutant applied (test/support/mutant.ts),
 * each a mutant `npm run mutation` tries (its mutator named), each expected to be reported by the client
 * history; the unmutated copy passes the same campaign (test/mutation-campaign-control.test.ts). One
 * representative per kind: a permission check, the fixing up of an ACL (empty, `auth`, a digest id's
 * validity), getACL's redaction, setACL's version check and aversion move, and the ip provider's mask
 * (reached since the probe's sessions hold ip identities from an `addauth ip`).
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

describe("ACL mutants, killed by the mutation campaign", () => {
  it("an identity matched by an entry of another scheme (aclAllows' scheme test true, ConditionalExpression)", async () => {
    // The probe's stranger holds the ip identity fe80:1::, which is also a valid digest id, and reads a node
    // whose digest entry names that id: only the scheme tells them apart.
    const found = await campaign({ file: "impl/core/acl.ts", from: "if (who.scheme === a.scheme && provider.matches(who.id, a.id)) return true", to: "if (true && provider.matches(who.id, a.id)) return true" }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("ClientHistory")
  }, 600_000)

  it("an entry grants what it does not name (aclAllows' permission test false, ConditionalExpression)", async () => {
    const found = await campaign({ file: "impl/core/acl.ts", from: "if ((a.perms & perm) === 0) continue", to: "if (false) continue" }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("ClientHistory")
  }, 600_000)

  it("an empty ACL accepted (fixupAcl's empty test false, ConditionalExpression)", async () => {
    const found = await campaign({ file: "impl/core/acl.ts", from: 'if (unique.length === 0) return "InvalidACL"', to: 'if (false) return "InvalidACL"' }, { seed: 1, run: 5 })
    // The tree it leaves cannot be restored from a snapshot either (a snapshot refuses a node with an empty ACL), and SnapshotRestores, a
    // server-state check, is judged before the client history: either is the campaign's kill.
    expect(["ClientHistory", "SnapshotRestores"]).toContain(found?.invariant)
  }, 600_000)

  it("getACL shows digest hashes to a client without ADMIN (redactDigests' replacement emptied, StringLiteral)", async () => {
    const found = await campaign({ file: "impl/core/acl.ts", from: 'id: a.id.replace(/:.*/g, ":x")', to: 'id: a.id.replace(/:.*/g, "")' }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("ClientHistory")
  }, 600_000)

  it("an ip mask counts a byte's bits with the wrong sign (maskBits' bits - i * 8 as bits + i * 8, ArithmeticOperator)", async () => {
    // /8 then masks the later bytes as /32 does: 10.0.0.0/8 refuses 10.1.2.3, which the checker admits.
    const found = await campaign({ file: "impl/core/acl.ts", from: "Math.min(8, bits - i * 8)", to: "Math.min(8, bits + i * 8)" }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("ClientHistory")
  }, 600_000)

  it("setACL ignores its version (datatree's aversion check false, ConditionalExpression)", async () => {
    const found = await campaign({ file: "impl/core/datatree.ts", from: 'if (!versionMatches(op.version, node.aversion)) return "BadVersion"', to: 'if (false) return "BadVersion"' }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("ClientHistory")
  }, 600_000)

  it("a delete under a node that does not grant DELETE (datatree's parent check false, ConditionalExpression)", async () => {
    const found = await campaign({ file: "impl/core/datatree.ts", from: 'if (!aclAllows(parent.acl, Perms.delete, auth)) return "NoAuth"', to: 'if (false) return "NoAuth"' }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("ClientHistory")
  }, 600_000)
})
