/**
 * Goal: a turn's writes leave in the order the real server relies on (process trace, then sockets, then the
 * storage batch), and what a storage batch answers at once (an fdatasync on the event loop, then the ACK it
 * allows) leaves in the same turn, not one event-loop iteration later; a batch that keeps producing work
 * cannot hold the loop for more than batchLimits.maxFlushRoundsPerTurn rounds.
 * Method: register flushes and batches with impl/net/batch.ts and record the order in which they run, with
 * a setImmediate queued during the turn as the marker of the next iteration.
 */
import { describe, expect, it } from "vitest"
import { batchLimits, flushAtEndOfTurn, flushBeforeSocketsAtEndOfTurn, runAfterSocketsAtEndOfTurn } from "../impl/net/batch.js"

const nextIteration = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

describe("socket writes batched per event-loop turn", () => {
  it("flushes the trace, then the sockets, then runs the storage batch, each once per turn", async () => {
    const order: Array<string> = []
    flushAtEndOfTurn({ flush: () => order.push("socket") })
    runAfterSocketsAtEndOfTurn(() => order.push("storage"))
    flushBeforeSocketsAtEndOfTurn({ flush: () => order.push("trace") })
    expect(order).toEqual([])
    await nextIteration()
    await nextIteration()
    expect(order).toEqual(["trace", "socket", "storage"])
  })

  it("sends what a storage batch answered in the same turn, trace first", async () => {
    const order: Array<string> = []
    runAfterSocketsAtEndOfTurn(() => {
      order.push("storage")
      setImmediate(() => order.push("next iteration"))
      // What the FsyncDone step of an fdatasync on the loop does: record, then queue the ACK.
      flushAtEndOfTurn({ flush: () => order.push("ack") })
      flushBeforeSocketsAtEndOfTurn({ flush: () => order.push("trace") })
    })
    await nextIteration()
    await nextIteration()
    expect(order).toEqual(["storage", "trace", "ack", "next iteration"])
  })

  it("gives the event loop back after maxFlushRoundsPerTurn rounds, and goes on in the next turn", async () => {
    const rounds: Array<number> = []
    let iteration = 0
    let left = batchLimits.maxFlushRoundsPerTurn + 2
    const again = (): void => {
      rounds.push(iteration)
      left -= 1
      if (left > 0) runAfterSocketsAtEndOfTurn(again)
    }
    runAfterSocketsAtEndOfTurn(() => {
      setImmediate(() => (iteration += 1))
      again()
    })
    for (let i = 0; i < 4; i++) await nextIteration()
    // One batch per round: maxFlushRoundsPerTurn in the first turn, the last two after its marker.
    expect(rounds).toEqual([...Array<number>(batchLimits.maxFlushRoundsPerTurn).fill(0), 1, 1])
  })
})
