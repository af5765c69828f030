/**
 * Goal: mutants of broadcast.ts and log.ts that `npm run mutation` reported surviving are now killed by the
 * very campaign that judges every mutant (bench/mutation-campaign.ts: validated runs of 3 servers seed 1,
 * 3 servers seed 2, 5 servers seed 3 against the system spec, 30 runs per row).
 *
 * Method: each test runs that campaign on a copy of the sources with the mutation applied
 * (test/support/mutant.ts) and expects the named violation; a control (test/mutation-campaign-control.test.ts) runs it on an unmutated copy and
 * expects it to pass, so a kill is the mutation's doing and not the copy's.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

describe("broadcast and delivery mutants now killed by the mutation campaign", () => {
  // broadcast.ts, ackOutstandingThrough: a follower's NEWLEADER ack counts for the outstanding proposals it
  // already held when it synced. The liveness phase's ack-lost probe makes such a follower (its ACK lost
  // with its connection, it rejoins the same leader while the others' disks stall); without the count, the
  // write is never committed.
  const loop = "    if (p.txn.zxid > through) break\n    if (!isLeading(next)) return next\n    next = addAck(config, next, from, p.txn.zxid, out)"
  it.each([
    ["the loop's body removed", loop, ""],
    ["the loop broken at once", "if (p.txn.zxid > through) break", "if (true) break"],
    ["the last held proposal left out", "if (p.txn.zxid > through) break", "if (p.txn.zxid >= through) break"],
    ["returning before the first count", "    if (!isLeading(next)) return next\n    next = addAck(config, next, from, p.txn.zxid, out)", "    if (true) return next\n    next = addAck(config, next, from, p.txn.zxid, out)"],
  ])("broadcast.ts: the NEWLEADER ack's count with %s", async (_name, from, to) => {
    const found = await campaign({ file: "impl/core/broadcast.ts", from, to })
    // The system spec's leader commits on that NEWLEADER ack; the validation sees the COMMIT missing before
    // the liveness probe's own verdict (NoProgress) would.
    expect(found?.invariant).toBe("ModelRefinement")
    expect(found?.message).toMatch(/did not send \[mtype \|-> COMMIT/)
  }, 600_000)

  // broadcast.ts, addAck: a follower's ACK counts once. The ack-lost probe's second round makes a follower
  // that rejoins and is sent the write in its DIFF ack it twice (its NEWLEADER ack, then its own ACK) while
  // the leader's disk lags: counted twice, the write is committed without the leader's ACK.
  it("broadcast.ts: a duplicate ACK counted again", async () => {
    const found = await campaign({ file: "impl/core/broadcast.ts", from: "if (proposal.acks.includes(from)) return state", to: "if (false) return state" })
    expect(found?.invariant).toBe("ModelRefinement")
    expect(found?.message).toMatch(/sends COMMIT\(0x[0-9a-f]+\) to server \d, but the system spec sends no such message/)
  }, 600_000)

  // broadcast.ts, acceptRequest and proposeQueued: a leader keeps the writes it takes before its epoch is
  // established and proposes them once it is. The liveness phase's writes-before-established probe hands
  // them to a leader elected under stalled disks: refused as not ready, or, with a counter of a few bits
  // that rolls over among them, the queue read from the looking state the rollover left (the peer throws,
  // and the run throws what it threw).
  it("broadcast.ts: writes before establishment refused", async () => {
    const found = await campaign({ file: "impl/core/broadcast.ts", from: "if (role.queued.length >= config.queuedRequestsMax)", to: "if (true)" })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(/before its epoch was established, and refused #\d+/)
  }, 600_000)
  it("broadcast.ts: the queue read after a rollover gave up the epoch", async () => {
    const from = "if (!isLeading(next) || !next.role.established || next.role.queued.length === 0) return next"
    await expect(campaign({ file: "impl/core/broadcast.ts", from, to: "if (false || next.role.queued.length === 0) return next" })).rejects.toThrow("Cannot read properties of undefined")
  }, 600_000)

  // broadcast.ts, onRequest: a REQUEST is taken from any learner, the only one included. The bare-quorum
  // probe's write at a follower reaches a leader whose one learner is that follower.
  it("broadcast.ts: a forwarded write taken only from a learner other than its sender", async () => {
    const found = await campaign({ file: "impl/core/broadcast.ts", from: "state.role.learners.some((l) => l.id === from)", to: "state.role.learners.some((l) => l.id !== from)" })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(/a write at a follower was not delivered by them/)
  }, 600_000)

  // log.ts, deliverUpTo: delivering one of our own writes answers that write only. A peer that forgets its
  // other pending writes there never tells their clients ConnectionLoss when it leaves its role, so they
  // wait for an answer that may never come (the simulator's keptPastRoleChange).
  const filter = "clientWrites = clientWrites.filter((r) => r !== txn.request)"
  it.each([
    ["every pending write forgotten (the filter keeps nothing)", "clientWrites = clientWrites.filter(() => undefined)"],
    ["every pending write forgotten (its test false)", "clientWrites = clientWrites.filter((r) => false)"],
  ])("log.ts: %s", async (_name, to) => {
    const found = await campaign({ file: "impl/core/log.ts", from: filter, to })
    expect(found?.invariant).toBe("ClientHistory")
    expect(found?.message).toMatch(/left its role for an election with client write #\d+ unanswered/)
  }, 600_000)

  // broadcast.ts, onClientWrite, acceptRequest and refuse: the queue bounds. Runs with the heaviest write
  // load on a full-size counter get small bounds (3 unanswered client writes a server, 2 writes queued
  // while an epoch is established; schedule/arbitrary.ts), and the liveness phase's queue-bound probe hands
  // a follower one write past the first and a leader still in discovery one past the second: the last must
  // be refused as not ready at once (the peers' defaults, 100,000 and 1,000, no run reaches).
  it.each([
    ["taking one write past the bound", "state.clientWrites.length < config.clientWritesMax", "state.clientWrites.length <= config.clientWritesMax"],
    ["unbounded", "if (accepts && state.clientWrites.length < config.clientWritesMax)", "if (accepts && true)"],
  ])("broadcast.ts: a server's unanswered client writes %s", async (_name, from, to) => {
    const found = await campaign({ file: "impl/core/broadcast.ts", from, to }, { seed: 1, run: 6 })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(/one more than its clientWritesMax of 3, and did not refuse the last as not ready at once/)
  }, 600_000)
  it.each([
    ["keeping one write past the bound", "if (role.queued.length >= config.queuedRequestsMax)", "if (role.queued.length > config.queuedRequestsMax)"],
    ["unbounded", "if (role.queued.length >= config.queuedRequestsMax)", "if (false)"],
    ["refusing its own client's write without a word", "if (q.origin !== config.myId) return state", "if (true) return state"],
  ])("broadcast.ts: writes queued during synchronisation %s", async (_name, from, to) => {
    const found = await campaign({ file: "impl/core/broadcast.ts", from, to }, { seed: 1, run: 6 })
    expect(found?.invariant).toBe("NoProgress")
    expect(found?.message).toMatch(/past its queuedRequestsMax of 2, and did not refuse #\d+ as not ready at once/)
  }, 600_000)
})
