/**
 * Quorum frames a server reads only once its election is over.
 *
 * A learner that decides before its leader sends FOLLOWERINFO while the leader-to-be still elects. The core
 * drops quorum traffic while looking, and the learner retries only on its next tick, which cost failovers
 * up to a tick (200 ms); ZooKeeper's learner meets a closed quorum port and retries every 100 ms. The runtime
 * instead keeps such a FOLLOWERINFO, and every later quorum frame from the same peer (one connection is
 * FIFO), and hands them to the core when a step leaves the election, as if they had waited in the socket:
 * the core sees an ordinary, later delivery, so traces and validation need nothing new. Frames of a
 * connection that breaks meanwhile are lost with it, as frames in flight are. Bounded per peer.
 */
import type { Message } from "../core/types.js"

export interface HeldFrame {
  readonly from: number
  readonly clock: number
  readonly message: Message
}

export type HoldResult = "deliver" | "held" | "overflow"

export class HeldFrames {
  private readonly byPeer = new Map<number, Array<HeldFrame>>()

  constructor(private readonly maxPerPeer: number) {}

  get size(): number {
    return this.byPeer.size
  }

  /**
   * Whether a quorum frame from `from` waits: "deliver" (hand it to the core now), "held", or "overflow" (the
   * peer exceeded the bound; the caller disconnects it, which drops what was held).
   */
  offer(from: number, clock: number, message: Message, looking: boolean): HoldResult {
    const held = this.byPeer.get(from)
    if (held === undefined) {
      if (message._tag !== "FollowerInfo" || !looking) return "deliver"
      this.byPeer.set(from, [{ from, clock, message }])
      return "held"
    }
    if (held.length >= this.maxPerPeer) return "overflow"
    held.push({ from, clock, message })
    return "held"
  }

  /** The connection to `peer` broke: its held frames are lost with it. */
  drop(peer: number): void {
    this.byPeer.delete(peer)
  }

  /** Every held frame, each peer's in arrival order, and forget them. */
  release(): Array<HeldFrame> {
    const frames = [...this.byPeer.values()].flat()
    this.byPeer.clear()
    return frames
  }
}
