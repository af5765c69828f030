/**
 * Goal: mutants of the core's shared helpers (zxid.ts, roles.ts, state.ts) that `npm run mutation` reported surviving
 * are now killed by the very campaign that judges every mutant (bench/mutation-campaign.ts: validated runs
 * of 3 servers seed 1, 3 servers seed 2, 5 servers seed 3 against the system spec, 30 runs per row).
 *
 * Method: each test runs that campaign on a copy of the sources with the mutation applied
 * (test/support/mutant.ts) and expects the named violation; a control (test/mutation-campaign-control.test.ts) runs it on an unmutated copy and
 * expects it to pass, so a kill is the mutation's doing and not the copy's.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

describe("helper mutants now killed by the mutation campaign", () => {
  // zxid.ts, maxCounter: the last counter a leader may assign before it must force a new epoch
  // (ZOOKEEPER-1277). The generator draws 2- and 3-bit counters, so a few writes reach it. The leader's
  // rollover and ZxidMonotonic's width check both read it, so a slip moved the check with the leader; the
  // invariant now works its limit out itself.
  const limit = "return 2 ** counterBits - 1"
  it.each([
    ["no limit at all (the body removed)", "return undefined as unknown as number"],
    ["one past the width's last value", "return 2 ** counterBits + 1"],
  ])("maxCounter with %s", async (_name, to) => {
    const found = await campaign({ file: "impl/core/zxid.ts", from: limit, to })
    expect(found?.invariant).toBe("ZxidMonotonic")
    expect(found?.message).toMatch(/counter is past its \d-bit width/)
  }, 600_000)

  // zxid.ts, maxCounter's bound: a peer needs two counter bits at least (with one, no counter is left for a
  // write), so the schedule format refuses one and the assertion says two. Made `counterBits > 2`, every run
  // drawn with a 2-bit counter trips it: the mutation command counts that crash as a kill.
  it("maxCounter refusing the narrowest width that works (counterBits >= 2 as > 2, EqualityOperator)", async () => {
    await expect(campaign({ file: "impl/core/zxid.ts", from: "counterBits >= 2 &&", to: "counterBits > 2 &&" })).rejects.toThrow("counterBits must be 2..32")
  }, 600_000)

  // roles.ts, abandon: the pending client writes, refused on leaving the role, are cleared. With a bogus
  // entry left in their place, the next abandon refuses a request no client made; the simulator now
  // reports a refusal of a request not handed to that server since it started.
  it("roles.ts: abandon leaves a request no client made among the pending writes", async () => {
    const found = await campaign({
      file: "impl/core/roles.ts",
      from: "let next = state.clientWrites.length === 0 ? state : { ...state, clientWrites: [] }",
      to: 'let next = state.clientWrites.length === 0 ? state : { ...state, clientWrites: ["Stryker was here"] as unknown as ReadonlyArray<number> }',
    })
    expect(found?.invariant).toBe("ClientHistory")
    expect(found?.message).toMatch(/refused client write #Stryker was here \(ConnectionLoss\), which no client handed to it since it started/)
  }, 600_000)

  // roles.ts, startElection: a new round's tally starts with our own vote (ZooKeeper sends its notifications
  // to itself). Without it, a FOLLOWING notification of our round naming us no longer completes a quorum
  // with our vote: the peer waits until its follower gives up instead of leading. The system-spec validation
  // now requires the lead where the peer's own rule (OwnVoteCounts) takes it and the spec stays.
  it("roles.ts: startElection's tally without our own vote", async () => {
    const found = await campaign({ file: "impl/core/roles.ts", from: "received: new Map([[config.myId, vote]]),", to: "received: new Map([]),"}, { seed: 2, run: 13 })
    expect(found?.invariant).toBe("ModelRefinement")
    expect(found?.message).toMatch(/stays looking after .* with its own vote, where the peer's own rule leads \(rule OwnVoteCounts\)/)
  }, 600_000)

  // state.ts, leaderOf: the leader a RoleChange names. A looking server that names an undefined leader (its
  // case emptied, falling through to the follower's, or no case matching at all) was read as none by every
  // check; the validation now requires the role's own leader (none, itself, another server).
  it.each([
    ["the looking case falls through to the follower's", 'case "looking":\n      return null\n', 'case "looking":\n'],
    ["no case matches a looking role", 'case "looking":\n      return null\n', 'case "":\n      return null\n'],
  ])("state.ts: leaderOf, %s", async (_name, from, to) => {
    const found = await campaign({ file: "impl/core/state.ts", from, to })
    expect(found?.invariant).toBe("ModelRefinement")
    expect(found?.message).toMatch(/becomes looking naming leader undefined, which a looking server cannot have/)
  }, 600_000)
})
