/**
 * Goal: a disk that loses, or never stores, a snapshot whose preceding writes were synced is seen, as
 * SnapshotDurability. A lost snapshot costs no data while the log it would have replaced is kept (recovery
 * replays it to the same tree), so neither the replicas' comparison nor the history tells; the simulator
 * reckons which snapshot each disk must hold from the effects and the fsyncs it completes, apart from the
 * disk (impl/storage/memory.ts) and the storage-write fold (impl/storage/writes.ts), which model validation
 * shares.
 *
 * Method: the mutation campaign on copies of the sources with one mutant applied (test/support/mutant.ts),
 * each a mutant `npm run mutation` tries, each expected to be reported as SnapshotDurability at a crash or
 * as the run ends; the unmutated copy passes the same campaign (test/mutation-campaign-control.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest"
import { disposeMutantCopies, mutationCampaign as campaign } from "./support/mutation-campaign.js"

afterAll(disposeMutantCopies)

const LOST = /^server \d (crashed \([a-z-]+\)|ended the run) with (no snapshot|the snapshot at 0x[0-9a-f]+) on its disk, though the one it took or installed at 0x[0-9a-f]+ was durable \(every write before it synced\)$/

describe("a snapshot the disk does not keep, killed by the mutation campaign", () => {
  const queued = '    this.pending.push({ kind: "snapshot", afterWrite: this.lastWrite, snapshot })\n    this.settle(this.durableThrough)'
  it.each([
    ["the snapshot never queued (memory.ts, BlockStatement)", "impl/storage/memory.ts", queued, ""],
    ["an empty write queued for it (memory.ts, ObjectLiteral)", "impl/storage/memory.ts", queued, "    this.pending.push({} as never)\n    this.settle(this.durableThrough)"],
    ["a write of no kind queued for it (memory.ts, StringLiteral)", "impl/storage/memory.ts", queued, '    this.pending.push({ kind: "" as never, afterWrite: this.lastWrite, snapshot })\n    this.settle(this.durableThrough)'],
    [
      "the snapshot write not applied to the image (writes.ts, ConditionalExpression)",
      "impl/storage/writes.ts",
      '    case "snapshot":\n      // The log before the snapshot is no longer needed (ZooKeeper purges it later; we do it at once).\n      image.snapshot = op.snapshot\n      image.log = image.log.filter((t) => t.zxid > op.snapshot.zxid)\n      return',
      '    case "snapshot":',
    ],
  ] as const)("%s", async (_name, file, from, to) => {
    const found = await campaign({ file, from, to }, { seed: 1, run: 4 })
    expect(found?.invariant).toBe("SnapshotDurability")
    expect(found?.message).toMatch(LOST)
  }, 600_000)
})
