/**
 * Goal: the mutants of the pending-write filter (impl/core/log.ts, deliverUpTo) that forget a pending client
 * write when another server's txn with the same request number is delivered are killed by the campaign that
 * judges every mutant (bench/mutation-campaign.ts), now that the simulator numbers requests per server, as
 * the TCP runtime and ZooKeeper (a session's cxid) do. A server whose pending write was forgotten does not
 * tell that client ConnectionLoss when it leaves its role, which the simulator reports.
 *
 * Method: each test runs that campaign on a copy of the sources with the mutation applied
 * (test/support/mutant.ts) and expects the named violation; the control (test/mutation-campaign-control.test.ts)
 * runs it on an unmutated copy and expects it to pass.
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const filter = "if (txn.origin === state.myId && clientWrites.length > 0)"

describe("pending-write filter mutants now killed by per-server request numbers", () => {
  it.each([
    ["the whole condition true", "if (true)"],
    ["the origin test true", "if (true && clientWrites.length > 0)"],
    ["|| for &&", "if (txn.origin === state.myId || clientWrites.length > 0)"],
  ])("log.ts: deliverUpTo's filter with %s", async (_name, to) => {
    const found = await campaign({ file: "impl/core/log.ts", from: filter, to })
    expect(found?.invariant).toBe("ClientHistory")
    expect(found?.message).toMatch(/left its role for an election with client write #\d+ unanswered/)
  }, 600_000)
})
