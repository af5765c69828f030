/**
 * Goal: the simulator's ZooKeeper sessions (Client steps open them with CreateSession, close them with
 * CloseSession, and create ephemeral nodes) let the campaign that judges every mutant
 * (bench/mutation-campaign.ts) kill mutants of the session and ephemeral code of impl/core/datatree.ts and
 * impl/core/session.ts, which no run reached while every session id was 0x0.
 *
 * The session probe of the liveness phase (impl/sim/world.ts, sessionProbeOfTheCorrectPeer) and the closes
 * of every session at its end are what reach them: a schedule's own sessions are often lost before their
 * CreateSession commits, and rarely close after an ephemeral create.
 *
 * Method: the mutation campaign on copies of the sources with one mutant applied (test/support/mutant.ts),
 * each a mutant `npm run mutation` tries (its mutator named), each expected to be reported; the unmutated
 * copy passes the same campaign (test/mutation-campaign-control.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

describe("session and ephemeral mutants, killed by the mutation campaign", () => {
  it("a close that leaves its session's ephemerals (closeSession's loop emptied, BlockStatement)", async () => {
    const found = await campaign({
      file: "impl/core/datatree.ts",
      from: "  for (const path of ephemeralsOf(tree, session)) deleteNode(tree, path, zxid, hooks)\n",
      to: "  for (const path of ephemeralsOf(tree, session)) {}\n",
    }, { seed: 1, run: 5 })
    // The tree it leaves cannot be restored from a snapshot either (a snapshot refuses an ephemeral node of a session it does not hold), and SnapshotRestores, a
    // server-state check, is judged before the client history: either is the campaign's kill.
    expect(["ClientHistory", "SnapshotRestores"]).toContain(found?.invariant)
  }, 600_000)

  it("a child under an ephemeral node (the NoChildrenForEphemerals check false, ConditionalExpression)", async () => {
    const found = await campaign({
      file: "impl/core/datatree.ts",
      from: 'if (parent.ephemeralOwner !== NO_SESSION) return "NoChildrenForEphemerals"',
      to: 'if (false) return "NoChildrenForEphemerals"',
    })
    // The tree it leaves cannot be restored from a snapshot either (a snapshot refuses a child of an ephemeral node), and SnapshotRestores, a
    // server-state check, is judged before the client history: either is the campaign's kill.
    expect(["ClientHistory", "SnapshotRestores"]).toContain(found?.invariant)
  }, 600_000)

  // The probe deletes an ephemeral node, a second session creates one at its path, and the first session
  // closes: a tree that did not forget the deleted node's owner deletes the second session's node at that
  // close, and the second session's close then deletes a node that is not there: the peer crashes (which
  // kills the mutant in npm run mutation, as a violation does).
  it.each([
    ["the owner's bookkeeping skipped (the ephemeral test false, ConditionalExpression)", "if (node.ephemeralOwner !== NO_SESSION) {\n    const paths", "if (false) {\n    const paths"],
    ["the deleted path kept in its owner's set (its removal gone, OptionalChaining and statement)", "    paths?.delete(path)\n", "\n"],
  ])("an ephemeral deleted before its session closes: %s", async (_name, from, to) => {
    await expect(campaign({ file: "impl/core/datatree.ts", from, to }, { seed: 1, run: 5 })).rejects.toThrow(/Cannot read properties of undefined/)
  }, 600_000)

  it("an ephemeral create of a closed session applied (the SessionExpired check false, ConditionalExpression)", async () => {
    // The session probe's late create: sent through a follower, it reaches the leader after the session
    // moved there and closed (World.probeLateEphemeral). Applied, it leaves a node of no open session.
    const found = await campaign({
      file: "impl/core/datatree.ts",
      from: 'if (owner !== NO_SESSION && !tree.sessions.has(owner)) return "SessionExpired"',
      to: 'if (false) return "SessionExpired"',
    }, { seed: 1, run: 5 })
    expect(["SnapshotRestores", "SessionTable", "SnapshotIntegrity"]).toContain(found?.invariant)
    expect(found?.message).toMatch(/session-probe\/late|not among its sessions/)
  }, 600_000)
})
