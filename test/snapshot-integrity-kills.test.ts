/**
 * Goal: a server that misreads a snapshot file altered on its disk, or writes one the format would not, is
 * seen by the campaign that judges every mutant (bench/mutation-campaign.ts), as SnapshotIntegrity. The
 * campaign's altered-disk row (bench/mutation-rows.ts) damages a snapshot (a value changed; the structure
 * broken and the file re-sealed) or re-encodes it (another order, the optional keys written out), and the
 * simulator holds the server's snapshot to the format it computes apart (impl/sim/snapshot-format.ts). These
 * mutants of datatree.ts survived while no run altered a disk: a weaker hash is computed alike when a
 * snapshot is written and when it is loaded, and the loader's structural checks sit behind the digest.
 *
 * Method: the mutation campaign on copies of the sources with one mutant applied (test/support/mutant.ts),
 * each a mutant `npm run mutation` tries (its mutator named), each expected to be reported as
 * SnapshotIntegrity; the unmutated copy passes the same campaign (test/mutation-campaign-control.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest"
import { emptyTree, serialize } from "../impl/core/datatree.js"
import { World } from "../impl/sim/world.js"
import { runSchedule } from "../harness/sim-target.js"
import { defaultSimConfig } from "../schedule/steps.js"
import { damageSnapshot } from "../impl/sim/disk-damage.js"
import { snapshotRefusal } from "../impl/sim/sim-tree.js"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const file = "impl/core/datatree.ts"

const STARTED = /started from the snapshot at 0x[0-9a-f]+ on its disk, damaged there \(.+\), without noticing/
const OTHER_REASON = /refused the snapshot at 0x[0-9a-f]+ on its disk, damaged there \(.+\), for another reason than the damage: ".*" \(the damage calls for a reason matching \/.+\/\)/
// The run-end trial of the loader's checks (World.checkLoaderRefuses, disk-damage.ts loaderChecks).
const LOADER = /^server \d's snapshot of its tree at 0x[0-9a-f]+ as the run ends, damaged \(.+\): the loader (loads it|refuses it for another reason than the damage)/
const WRONG_DIGEST = /'s snapshot at 0x[0-9a-f]+ records the digest [0-9a-f]{16}, but its nodes and sessions hash to [0-9a-f]{16} as the snapshot format defines it: another release would refuse the file/
const LOADS_ELSEWHERE = /started from the snapshot at 0x[0-9a-f]+ on its disk, re-encoded .*: it loads to another tree: at character \d+/
const WRONG_ENCODING = /'s snapshot at 0x[0-9a-f]+ is not written as the snapshot format writes its content: at character \d+ it has/

describe("snapshots misread or miswritten, killed by the mutation campaign", () => {
  it.each([
    // The loader's checks, tried by damaged snapshots.
    ["the recorded digest not compared (ConditionalExpression)", "if (actual !== snapshot.digest) return", "if (false) return", 29, STARTED],
    ["a path not checked (ConditionalExpression)", "if (!validPath(n.path)) return", "if (false) return", 0, LOADER],
    ["a repeated path not refused (ConditionalExpression)", "if (tree.nodes.has(n.path)) return", "if (false) return", 14, OTHER_REASON],
    ["the refusal of a file that is not JSON saying nothing (StringLiteral)", "Result.fail(`data tree snapshot is not JSON: ${error instanceof Error ? error.message : String(error)}`)", "Result.fail(``)", 17, OTHER_REASON],
    // The digest's hash, tried against the format's (a re-encoded snapshot's recorded digest).
    ["ctime left out of the digest (ConditionalExpression)", "if (node.ctime !== 0) h = hashNumber", "if (false) h = hashNumber", 0, WRONG_DIGEST],
    ["strings not hashed (ConditionalExpression)", "for (let i = 0; i < text.length; i++) h = Math.imul", "for (let i = 0; false; i++) h = Math.imul", 0, WRONG_DIGEST],
    ["the high word of numbers not hashed (ArithmeticOperator)", "Math.floor(value / 0x1_0000_0000)", "Math.floor(value * 0x1_0000_0000)", 0, WRONG_DIGEST],
    ["the ACL hashed only when it is the open one (EqualityOperator)", "  if (node.acl !== OPEN_ACL) {\n    for", "  if (node.acl === OPEN_ACL) {\n    for", 0, WRONG_DIGEST],
    // The writer, tried against the format's encoding, and by re-encodings in another order.
    ["sessions written in the order they opened (MethodExpression)", "return [...tree.sessions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))", "return [...tree.sessions]", 4, LOADS_ELSEWHERE],
    ["nodes written in the order they were made (MethodExpression)", "const paths = [...tree.nodes.keys()].sort(compareCodeUnits)", "const paths = [...tree.nodes.keys()]", 0, WRONG_ENCODING],
    ["an aversion of 0 written out (ConditionalExpression)", '(n.aversion === 0 ? "" :', '(false ? "" :', 0, WRONG_ENCODING],
    ["the format's name left empty (StringLiteral)", 'export const SNAPSHOT_FORMAT = "zab-datatree"', 'export const SNAPSHOT_FORMAT = ""', 0, WRONG_ENCODING],
  ] as const)("%s", async (_name, from, to, run, message) => {
    const found = await campaign({ file, from, to }, { seed: 4, run })
    expect(found?.invariant).toBe("SnapshotIntegrity")
    expect(found?.message).toMatch(message)
  }, 600_000)
})

describe("every run's final trees held to the snapshot format, killed by the mutation campaign", () => {
  // A node given the open ACL explicitly (the ACL probe's, as most clients give it) keeps its own copy of
  // it: the writer writes it out and the digest hashes it, and the loader does the same, so only the
  // format (which omits the open ACL) tells, and a run's final trees are held to it.
  it("the open ACL not recognised (acl.ts, ConditionalExpression)", async () => {
    const found = await campaign({ file: "impl/core/acl.ts", from: "return acl.length === 1 && sameAcl(acl[0]!, OPEN_ACL[0]!)", to: "return false" }, { seed: 1, run: 5 })
    expect(found?.invariant).toBe("SnapshotIntegrity")
    expect(found?.message).toMatch(/^server \d's tree at 0x[0-9a-f]+ as the run ends serialises with the digest [0-9a-f]{16}, but its nodes and sessions hash to [0-9a-f]{16} as the snapshot format defines it/)
  }, 600_000)
})

describe("the damage and the refusal", () => {
  it("every value a snapshot holds can be damaged, and the peer refuses each damage", () => {
    // A tree the liveness phase's probes build (ACLs of several entries), with two client sessions open and
    // an ephemeral node, up to the stage before the last (which closes every session).
    const world = new World(defaultSimConfig(3))
    world.start()
    expect(world.liveness(() => null, 14).ok).toBe(true)
    world.apply({ _tag: "Client", session: 0, op: { _tag: "Create", path: "/e", data: "x", sequential: false, ephemeral: true } })
    world.apply({ _tag: "Client", session: 1, op: { _tag: "GetData", path: "/e" } })
    world.apply({ _tag: "Settle", fsync: true })
    const tree = world.treeOf(1)
    const text = tree.serialize()
    expect(snapshotRefusal(text, tree.lastApplied)).toBeNull()
    // Every pick's damage is made; its refusal is checked for the first damage of each site and every tenth
    // pick besides (loading the tree is what costs).
    const sites = new Set<string>()
    for (let pick = 0; pick < 4_500; pick++) {
      const damage = damageSnapshot(text, pick)!
      expect(damage.text).not.toBe(text)
      const site = damage.what
        .replace(/ (".*"|\S+) became .*$/, "")
        .replace(/ \(\d+ of them\)$/, "")
        .replace(/^node .*?(?=( removed| repeated|'s |, which| made))/, "node")
        .replace(/\[\d+\]/, "[k]")
        .replace(/#\d+/, "#")
        .replace(/0x[0-9a-f]+/, "X")
      if (sites.has(site) && pick % 10 !== 0) continue
      sites.add(site)
      const refusal = snapshotRefusal(damage.text, tree.lastApplied)
      expect(refusal, damage.what).not.toBeNull()
      if (damage.refusal !== null) expect(refusal, damage.what).toMatch(damage.refusal)
    }
    expect([...sites].sort()).toEqual([
      "node removed", "node repeated, the copy's data changed", "node's acl[k].id", "node's acl[k].perms", "node's acl[k].scheme",
      "node's aversion", "node's ctime", "node's cversion", "node's czxid", "node's data", "node's ephemeralOwner", "node's mtime", "node's mzxid", "node's path", "node's pzxid", "node's version",
      "session #'s session", "session #'s timeoutMs", "session # removed", "the recorded digest", "the snapshot's zxid", "the file cut short", "node's version made -1",
      // Re-sealed: only the loader's checks of the structure can tell.
      "node made an ephemeral of X, which is no session, and the digest recomputed", "node removed, its children kept, and the digest recomputed",
      "node repeated as it is, and the digest recomputed", "node's ACL emptied, and the digest recomputed", "node's path gained a control character, and the digest recomputed",
      "node, which has children, made an ephemeral of X, and the digest recomputed",
      // Every id of a codec written other than as the format writes it: decoding refuses it, saying what it expected.
      "every zxid written in upper case", "every zxid written with a space before", "every zxid written with a space after", "every zxid written with an epoch past the largest",
      "every session id written in upper case", "every session id written with a space before", "every session id written with a space after",
    ].sort())
    expect(damageSnapshot("not json", 0)).toBeNull()
  })

  it("a snapshot at another zxid than it was taken at is refused", () => {
    expect(snapshotRefusal(serialize(emptyTree()), 1)).toMatch(/^the snapshot taken at 0x1 holds the tree at 0x0$/)
  })
})

describe("a damaged snapshot on the simulator's disk", () => {
  it("is refused for good by the server that starts from it, and the others go on", () => {
    const config = { ...defaultSimConfig(3), snapCountTxns: 1 }
    const result = runSchedule(
      {
        config,
        steps: [
          { _tag: "Settle", fsync: true },
          { _tag: "Tick" },
          { _tag: "Settle", fsync: true },
          { _tag: "ClientWrite", server: 1, op: { _tag: "Create", path: "/a", data: "v1" } },
          { _tag: "Settle", fsync: true },
          { _tag: "Crash", server: 2, disk: "keep" },
          { _tag: "CorruptSnapshot", pick: 7 },
          { _tag: "Restart", server: 2 },
          { _tag: "Restart", server: 2 },
        ],
      },
      { record: true, validate: true },
    )
    expect(result.violation).toBeNull()
    const texts = result.events!.flatMap((e) => (e._tag === "Step" ? [e.text] : []))
    expect(texts).toContain("arm: the next server to start from a snapshot finds it damaged (pick 7)")
    expect(texts.filter((t) => t.startsWith("restart 2: it refuses to start (it refused the snapshot at 0x100000001, damaged on its disk ("))).toHaveLength(2)
    // Refused once, then kept refusing without loading it again.
    expect(result.coverage.get("sim-damaged-snapshot-refused")).toBe(1)
  })
})

describe("a re-encoded snapshot on the simulator's disk", () => {
  it("is loaded to the same tree by the server that starts from it", () => {
    const config = { ...defaultSimConfig(3), snapCountTxns: 1 }
    const result = runSchedule(
      {
        config,
        steps: [
          { _tag: "Settle", fsync: true },
          { _tag: "Tick" },
          { _tag: "Settle", fsync: true },
          { _tag: "ClientWrite", server: 1, op: { _tag: "Create", path: "/a", data: "v1" } },
          { _tag: "Settle", fsync: true },
          { _tag: "Crash", server: 2, disk: "keep" },
          { _tag: "RewriteSnapshot", pick: 7 },
          { _tag: "Restart", server: 2 },
          { _tag: "Crash", server: 2, disk: "keep" },
          { _tag: "RewriteSnapshot", pick: 8 },
          { _tag: "Restart", server: 2 },
        ],
      },
      { record: true, validate: true },
    )
    expect(result.violation).toBeNull()
    const texts = result.events!.flatMap((e) => (e._tag === "Step" ? [e.text] : []))
    expect(texts).toContain("arm: the next server to start from a snapshot finds it re-encoded (pick 7)")
    expect(texts.filter((t) => t === "restart 2")).toHaveLength(2)
    // The second re-encoding is made from the text the server wrote, not from the first re-encoding.
    expect(result.coverage.get("sim-rewritten-snapshot-loaded")).toBe(2)
  })
})
