/**
 * Goal: mutants of the peer that `npm run mutation` once reported surviving are now killed by the harness,
 * by the very campaign that judges every mutant (bench/mutation-campaign.ts: validated runs of 3 servers
 * seed 1, 3 servers seed 2, 5 servers seed 3), within its triage budget of 30 runs per row.
 *
 * Method: each test runs that campaign on a copy of the sources with the mutation applied
 * (test/support/mutation-campaign.ts) and expects the named violation; its control
 * (test/mutation-campaign-control.test.ts) runs the same campaign on an unmutated copy and expects it to pass,
 * so a kill is the mutation's doing and not the copy's.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

describe("surviving mutants now killed by the mutation campaign", { timeout: 600_000 }, () => {
  // broadcast.ts, propose: the guard that refuses a write once the counter reaches its width's last value
  // (ZOOKEEPER-1277's fix). Without it, or with its bug-toggle test inverted, the counter runs past the
  // width; the generator draws 2- and 3-bit counters, and ZxidMonotonic now checks the width.
  const guard = "if (role.nextCounter >= maxCounter(config.counterBits) && !wraps) {"
  it.each([
    ["the rollover guard removed", "if (false) {"],
    ["the rollover guard's toggle test inverted", "if (role.nextCounter >= maxCounter(config.counterBits) && wraps) {"],
  ])("broadcast.ts: %s", async (_name, to) => {
    const found = await campaign({ file: "impl/core/broadcast.ts", from: guard, to })
    expect(found?.invariant).toBe("ZxidMonotonic")
    expect(found?.message).toMatch(/counter is past its \d-bit width/)
  })

  // log.ts, deliverUpTo: a delivered request of our own client leaves clientWrites. Without that, the peer
  // refuses it again (ConnectionLoss) when it leaves its role, after answering it; the simulator ignored a
  // second answer, and now reports it (ClientHistory: a client would see two replies to one request).
  // Keeping only the delivered request forgets the others, which the check that a server leaving its role
  // tells every client it holds a write of (ConnectionLoss) reports first.
  const answered = "if (txn.origin === state.myId && clientWrites.length > 0) clientWrites = clientWrites.filter((r) => r !== txn.request)"
  it.each([
    ["never removed", "if (false) clientWrites = clientWrites.filter((r) => r !== txn.request)"],
    ["removed only when another request is", "if (txn.origin === state.myId && clientWrites.length > 0) clientWrites = clientWrites.filter((r) => r === txn.request)"],
  ])("log.ts: a delivered request of our own client %s", async (_name, to) => {
    const found = await campaign({ file: "impl/core/log.ts", from: answered, to })
    expect(found?.invariant).toBe("ClientHistory")
    expect(found?.message).toMatch(/answered client write #\d+ twice|with client write #\d+ unanswered/)
  })

  // memory.ts, crash: whether the simulated disk reports a torn tail record. Nothing in the peer reads it
  // (recovery cuts the record either way), so only validation, which now checks the report against the
  // writes the crash met, tells a disk that misreports it.
  const torn = 'const torn = mode === "torn" && kept < this.pending.length'
  it.each([
    ["never torn", "const torn = false", { seed: 3, run: 15 }],
    ["torn on every torn-mode crash", 'const torn = mode === "torn"', { seed: 1, run: 13 }],
    ["torn on any crash with an unsynced append", "const torn = kept < this.pending.length", { seed: 1, run: 12 }],
  ] as const)("memory.ts: a crash's torn report %s", async (_name, to, killedAt) => {
    const found = await campaign({ file: "impl/storage/memory.ts", from: torn, to }, killedAt)
    expect(found?.message).toMatch(/tail record/)
  })

  // memory.ts: a disk that starts out claiming its last crash tore a record. The first start's recovery
  // reports a torn tail no crash left; validation now holds each recovery to its last crash's report.
  it("memory.ts: a new disk reports a torn tail", async () => {
    const found = await campaign({ file: "impl/storage/memory.ts", from: "protected tornOnLastCrash = false", to: "protected tornOnLastCrash = true" })
    expect(found?.message).toMatch(/recovers a torn tail record, but its last crash tore none/)
  })

  // writes.ts, applyDurable: the fold both the simulated disk and validation use, so a slip in which
  // writes an fsync makes durable went unseen by both. Validation now checks the fold's count against
  // the writes the fsync covers.
  it.each([
    ["every write taken as a snapshot's bound", 'const bound = op.kind === "snapshot" ? op.afterWrite : op.write', "const bound = true ? op.afterWrite : op.write"],
    ["the stop at the first uncovered write removed", "if (bound > through) break", "if (false) break"],
  ])("writes.ts: %s", async (_name, from, to) => {
    const found = await campaign({ file: "impl/storage/writes.ts", from, to })
    expect(found?.message).toMatch(/unsynced writes durable, but it covers/)
  })

  // writes.ts, writesKeptByCrash: what a crash keeps of the unsynced writes, shared by the disk and
  // validation alike; validation now states each crash mode's rule on its own and compares.
  it.each([
    ["a keep crash keeping nothing", 'case "keep":\n      return pending.length', 'case "keep":', { seed: 1, run: 13 }],
    ["a torn crash keeping everything", "if (pending[k]!.kind === \"append\") return k", "if (false) return k", { seed: 3, run: 15 }],
  ] as const)("writes.ts: %s", async (_name, from, to, killedAt) => {
    const found = await campaign({ file: "impl/storage/writes.ts", from, to }, killedAt)
    expect(found?.message).toMatch(/but that crash keeps/)
  })
})
