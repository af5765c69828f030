/**
 * Length-prefixed frames over a TCP byte stream: a big-endian int32 length, then that many payload bytes.
 * The same framing serves the peer ports and the client port (ZooKeeper's client protocol frames its
 * packets the same way). The decoder refuses a length above its limit before buffering anything, so a
 * malformed or hostile peer cannot make the server allocate without bound.
 */
export class FrameError extends Error {
  override readonly name = "FrameError"
}

export function encodeFrame(payload: Buffer): Buffer {
  const frame = Buffer.allocUnsafe(4 + payload.length)
  frame.writeInt32BE(payload.length, 0)
  payload.copy(frame, 4)
  return frame
}

/** The header of a frame whose payload the caller writes separately (saves one copy for large payloads). */
export function frameHeader(payloadBytes: number): Buffer {
  const header = Buffer.allocUnsafe(4)
  header.writeInt32BE(payloadBytes, 0)
  return header
}

/**
 * Accumulates chunks and yields whole payloads. `maxFrameBytes` may change between frames (a connection's
 * first frame, the handshake, has a small limit). Throws FrameError on a negative or oversized length.
 */
export class FrameDecoder {
  private chunks: Array<Buffer> = []
  private buffered = 0

  constructor(public maxFrameBytes: number) {}

  /** Feed a chunk; returns every complete payload it finishes, in order. */
  push(chunk: Buffer): Array<Buffer> {
    this.chunks.push(chunk)
    this.buffered += chunk.length
    const frames: Array<Buffer> = []
    for (;;) {
      if (this.buffered < 4) return frames
      const head = this.peekLength()
      if (head < 0) throw new FrameError(`negative frame length ${head}`)
      if (head > this.maxFrameBytes) throw new FrameError(`frame of ${head} bytes exceeds the limit of ${this.maxFrameBytes}`)
      if (this.buffered < 4 + head) return frames
      const all = this.take(4 + head)
      frames.push(all.subarray(4))
    }
  }

  private peekLength(): number {
    const first = this.chunks[0]!
    if (first.length >= 4) return first.readInt32BE(0)
    const joined = Buffer.concat(this.chunks)
    this.chunks = [joined]
    return joined.readInt32BE(0)
  }

  private take(bytes: number): Buffer {
    const first = this.chunks[0]!
    if (first.length === bytes) {
      this.chunks.shift()
      this.buffered -= bytes
      return first
    }
    if (first.length > bytes) {
      this.chunks[0] = first.subarray(bytes)
      this.buffered -= bytes
      return first.subarray(0, bytes)
    }
    const joined = Buffer.concat(this.chunks)
    this.chunks = joined.length > bytes ? [joined.subarray(bytes)] : []
    this.buffered -= bytes
    return joined.subarray(0, bytes)
  }
}
