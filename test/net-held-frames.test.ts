import { describe, expect, it } from "vitest"
import { HeldFrames } from "../impl/net/held-frames.js"
import type { Message } from "../impl/core/types.js"

const followerInfo: Message = { _tag: "FollowerInfo", acceptedEpoch: 1, lastZxid: 0x100000002 }
const ackEpoch: Message = { _tag: "AckEpoch", currentEpoch: 1, lastZxid: 0x100000002 }

describe("quorum frames held while a server elects", () => {
  it("holds a FOLLOWERINFO that reaches a looking server, and every later frame of that peer, in order", () => {
    const held = new HeldFrames(8)
    expect(held.offer(2, 10, followerInfo, true)).toBe("held")
    expect(held.offer(2, 11, ackEpoch, true)).toBe("held")
    expect(held.offer(2, 12, followerInfo, false)).toBe("held") // FIFO: never overtakes what waits
    expect(held.release().map((f) => [f.from, f.clock, f.message._tag])).toEqual([
      [2, 10, "FollowerInfo"],
      [2, 11, "AckEpoch"],
      [2, 12, "FollowerInfo"],
    ])
    expect(held.size).toBe(0)
  })

  it("delivers at once what does not start a hold: any frame out of an election, or another frame while looking", () => {
    const held = new HeldFrames(8)
    expect(held.offer(2, 10, followerInfo, false)).toBe("deliver")
    expect(held.offer(3, 10, ackEpoch, true)).toBe("deliver")
    expect(held.offer(2, 11, followerInfo, true)).toBe("held")
    expect(held.offer(3, 12, ackEpoch, true)).toBe("deliver") // peer 3 has nothing waiting
  })

  it("loses a peer's held frames with its connection, and bounds what one peer may leave waiting", () => {
    const held = new HeldFrames(2)
    held.offer(2, 10, followerInfo, true)
    held.offer(3, 10, followerInfo, true)
    held.drop(2)
    expect(held.release().map((f) => f.from)).toEqual([3])
    held.offer(2, 20, followerInfo, true)
    expect(held.offer(2, 21, followerInfo, true)).toBe("held")
    expect(held.offer(2, 22, followerInfo, true)).toBe("overflow")
  })
})
