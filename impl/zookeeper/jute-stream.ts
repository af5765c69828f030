/**
 * A jute reader over a byte stream that may not have arrived yet (zookeeper.md 3.1: big-endian ints and
 * longs, int-length-prefixed buffers and strings with -1 for null, counted vectors, records as their fields
 * in order with no framing). The quorum port has no framing beyond the records themselves, so a reader
 * must tell "not all bytes are here yet" (NeedMore: wait for the next chunk) from "these bytes are not
 * jute" (JuteFormatError: report the offset and why). The client's reader (impl/client/jute.ts) reads whole
 * frames and cannot tell the two apart.
 */

/** The record continues past the bytes received so far. */
export class NeedMore extends Error {
  override readonly name = "NeedMore"
}

/** The bytes cannot be what the field says: the stream is undecodable from `offset` on. */
export class JuteFormatError extends Error {
  override readonly name = "JuteFormatError"
  constructor(
    readonly offset: number,
    readonly detail: string,
  ) {
    super(`offset ${offset}: ${detail}`)
  }
}

/** jute.maxbuffer's default plus its default extra: the largest buffer a ZooKeeper server accepts. */
export const MAX_JUTE_BUFFER_BYTES = 2 * 0xfffff
/** A bound on any vector's count, far above what a quorum packet carries. */
export const MAX_JUTE_VECTOR = 1 << 20

export class JuteCursor {
  constructor(
    private readonly bytes: Buffer,
    public offset: number,
    /** Where `bytes` begins in the whole stream, so errors name stream offsets. */
    private readonly base = 0,
  ) {}

  get streamOffset(): number {
    return this.base + this.offset
  }

  get remaining(): number {
    return this.bytes.length - this.offset
  }

  fail(detail: string, at = this.offset): never {
    throw new JuteFormatError(this.base + at, detail)
  }

  private need(n: number): void {
    if (this.offset + n > this.bytes.length) throw new NeedMore()
  }

  int(): number {
    this.need(4)
    const v = this.bytes.readInt32BE(this.offset)
    this.offset += 4
    return v
  }

  bigLong(): bigint {
    this.need(8)
    const v = this.bytes.readBigInt64BE(this.offset)
    this.offset += 8
    return v
  }

  /** A long that must be a safe JS number (a zxid, a time); `field` names it in the error. */
  long(field: string): number {
    const at = this.offset
    const v = this.bigLong()
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) this.fail(`${field} ${v} is not a safe integer`, at)
    return Number(v)
  }

  bool(field: string): boolean {
    this.need(1)
    const v = this.bytes.readUInt8(this.offset)
    if (v > 1) this.fail(`${field}: boolean byte ${v}`)
    this.offset += 1
    return v === 1
  }

  /** A length-prefixed buffer; null for length -1. */
  buffer(field: string): Buffer | null {
    const at = this.offset
    const n = this.int()
    if (n === -1) return null
    if (n < 0 || n > MAX_JUTE_BUFFER_BYTES) this.fail(`${field}: length ${n} outside 0..${MAX_JUTE_BUFFER_BYTES}`, at)
    this.need(n)
    const v = this.bytes.subarray(this.offset, this.offset + n)
    this.offset += n
    return v
  }

  string(field: string): string | null {
    const b = this.buffer(field)
    return b === null ? null : b.toString("utf8")
  }

  requiredString(field: string): string {
    const at = this.offset
    const s = this.string(field)
    if (s === null) this.fail(`${field}: null where a string is required`, at)
    return s
  }

  /** Where stream offset of `at` (an offset into this cursor's bytes) lies. */
  baseOf(at: number): number {
    return this.base + at
  }

  /** The next `n` bytes (NeedMore if they are not all here). */
  slice(n: number): Buffer {
    this.need(n)
    const v = this.bytes.subarray(this.offset, this.offset + n)
    this.offset += n
    return v
  }

  /** `n` bytes of UTF-8 with no length prefix of their own. */
  requiredStringOfLength(n: number): string {
    return this.slice(n).toString("utf8")
  }

  /** A vector's count: -1 (null) reads as 0 elements. */
  count(field: string): number {
    const at = this.offset
    const n = this.int()
    if (n === -1) return 0
    if (n < 0 || n > MAX_JUTE_VECTOR) this.fail(`${field}: count ${n} out of range`, at)
    return n
  }
}
