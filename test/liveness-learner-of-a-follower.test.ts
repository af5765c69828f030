/**
 * Goal: a follower that does not refuse a learner which chose it, and a leader's own NEWLEADER write made
 * durable last at a rollover, are judged. `npm run mutation` found both surviving in peer.ts: the learner of
 * a server that follows another gives up after initLimit and looks again, which ZAB allows, and in every
 * earlier probe the followers' NEWLEADER acks, not the leader's own fsync, established an epoch. The
 * liveness phase's learner-of-a-follower probe (impl/sim/world.ts) has the worst votes choose the
 * second-best, which then follows the best: each learner must follow the leader in broadcast before its own
 * initLimit runs out. The own-write-last probe repeats the rollover of writes taken before the epoch was
 * established with the leader's disk completing nothing between its NEWLEADER and a quorum's acks: its
 * fsync establishes the epoch and gives it up in one step, where onFsyncDone must not go on as a leader.
 *
 * Method: the campaign that judges every mutant (test/support/mutation-campaign.ts) runs on a copy of the
 * sources with the mutation applied and must fail (as NoProgress, or by the peer's crash); its control
 * (test/mutation-campaign-control.test.ts) passes on an unmutated copy, so the kill is the mutation's doing.
 */
import { afterAll, describe, expect, it } from "vitest"
import type * as Campaign from "../harness/campaign.js"
import { mutantCopy } from "./support/mutant.js"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const peer = "impl/core/peer.ts"
const refusal = `if (message._tag === "FollowerInfo") out.push({ _tag: "Disconnect", peer: from })`
const selfAcks = "if (isLeading(s)) s = leaderSelfAcks(config, s, out)"
const refused = /chose server \d, which then followed leader \d: after \d+ ticks, what was left of their initLimit, server \d is following \d discovery/

describe("a learner that chose a server which then followed another", () => {
  it("peer.ts: a follower that hands a stranger's messages on as its leader's", async () => {
    const found = await campaign({ file: peer, from: "if (from !== role.leader) {", to: "if (false) {" })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(refused)
  }, 600_000)

  it("peer.ts: a follower that never refuses a learner's FOLLOWERINFO", async () => {
    const found = await campaign({ file: peer, from: refusal, to: refusal.replace(`message._tag === "FollowerInfo"`, "false") })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(refused)
  }, 600_000)

  it("peer.ts: a follower whose refusal is an effect no runtime knows", async () => {
    const found = await campaign({ file: peer, from: refusal, to: refusal.replace(`_tag: "Disconnect"`, `_tag: ""`) })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(refused)
  }, 600_000)
})

describe("a leader whose own NEWLEADER write is durable last, at a rollover", () => {
  it("peer.ts: onFsyncDone acks as a leader after the establishment gave the epoch up", async () => {
    const mutation = { file: peer, from: selfAcks, to: "if (true) s = leaderSelfAcks(config, s as LeadingPeer, out)" }
    await expect(campaign(mutation)).rejects.toThrow(/not iterable/)
  }, 600_000)

  it("zab check, shrinking on, throws what the peer threw in a run instead of shrinking it to a passing run", async () => {
    const copy = mutantCopy({ file: peer, from: selfAcks, to: "if (true) s = leaderSelfAcks(config, s as LeadingPeer, out)" })
    try {
      const { checkOneRun } = await copy.load<typeof Campaign>("harness/campaign.ts")
      // Run 0 of 3 servers, seed 1, draws a 3-bit counter: the probe reaches the rollover.
      expect(() => checkOneRun({ servers: 3, maxSteps: 200, bugs: [], seed: 1 }, 0)).toThrow(/not iterable/)
    } finally {
      copy.dispose()
    }
  }, 600_000)
})
