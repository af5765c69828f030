/**
 * ZooKeeper's jute binary encoding, the subset the client protocol needs: big-endian int / long / boolean,
 * length-prefixed buffers and strings (-1 = null), counted vectors, records as their fields in order with
 * no tags (zookeeper.md 3.1). Reading is bounds-checked: a short or inconsistent packet is a JuteError
 * naming the field, never an out-of-range read.
 */
export class JuteError extends Error {
  override readonly name = "JuteError"
}

/** jute.maxbuffer's default: the largest buffer or string a packet may carry. */
export const maxBufferBytes = 0xfffff

export class JuteWriter {
  private buffer: Buffer
  private offset = 0

  constructor(initialBytes = 256) {
    this.buffer = Buffer.allocUnsafe(initialBytes)
  }

  private ensure(bytes: number): void {
    if (this.offset + bytes <= this.buffer.length) return
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.offset + bytes))
    this.buffer.copy(next, 0, 0, this.offset)
    this.buffer = next
  }

  int(value: number): this {
    this.ensure(4)
    this.buffer.writeInt32BE(value, this.offset)
    this.offset += 4
    return this
  }

  /**
   * A jute long. Zxids and times are safe JS integers and come as numbers; session ids carry the server id
   * in their top byte, exceed 2^53 and come as bigints (a number there would silently lose the low bits).
   */
  long(value: number | bigint): this {
    this.ensure(8)
    if (typeof value === "number" && !Number.isSafeInteger(value)) throw new JuteError(`long ${value} is not a safe integer: pass a bigint`)
    this.buffer.writeBigInt64BE(BigInt(value), this.offset)
    this.offset += 8
    return this
  }

  bool(value: boolean): this {
    this.ensure(1)
    this.buffer.writeUInt8(value ? 1 : 0, this.offset)
    this.offset += 1
    return this
  }

  buffer_(value: Buffer | null): this {
    if (value === null) return this.int(-1)
    this.int(value.length)
    this.ensure(value.length)
    value.copy(this.buffer, this.offset)
    this.offset += value.length
    return this
  }

  string(value: string | null): this {
    return this.buffer_(value === null ? null : Buffer.from(value, "utf8"))
  }

  stringVector(values: ReadonlyArray<string> | null): this {
    if (values === null) return this.int(-1)
    this.int(values.length)
    for (const v of values) this.string(v)
    return this
  }

  /** The bytes written so far, prefixed with their int32 length: one client-port frame. */
  frame(): Buffer {
    const out = Buffer.allocUnsafe(4 + this.offset)
    out.writeInt32BE(this.offset, 0)
    this.buffer.copy(out, 4, 0, this.offset)
    return out
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.offset)
  }
}

export class JuteReader {
  private offset = 0

  constructor(private readonly buffer: Buffer) {}

  get remaining(): number {
    return this.buffer.length - this.offset
  }

  private need(bytes: number, field: string): void {
    if (this.offset + bytes > this.buffer.length) {
      throw new JuteError(`${field}: needs ${bytes} bytes at offset ${this.offset}, packet has ${this.buffer.length}`)
    }
  }

  int(field: string): number {
    this.need(4, field)
    const v = this.buffer.readInt32BE(this.offset)
    this.offset += 4
    return v
  }

  /** A long that must fit a JS number (zxids, times); anything wider is refused naming the field. */
  long(field: string): number {
    const v = this.bigLong(field)
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) throw new JuteError(`${field}: ${v} is outside the safe integer range`)
    return Number(v)
  }

  /** A long of the full 64-bit range (session ids, ephemeral owners), as a bigint. */
  bigLong(field: string): bigint {
    this.need(8, field)
    const v = this.buffer.readBigInt64BE(this.offset)
    this.offset += 8
    return v
  }

  bool(field: string): boolean {
    this.need(1, field)
    const v = this.buffer.readUInt8(this.offset)
    this.offset += 1
    if (v > 1) throw new JuteError(`${field}: boolean byte ${v}`)
    return v === 1
  }

  buffer_(field: string): Buffer | null {
    const length = this.int(`${field} length`)
    if (length === -1) return null
    if (length < 0 || length > maxBufferBytes) throw new JuteError(`${field}: length ${length} outside 0..${maxBufferBytes}`)
    this.need(length, field)
    const v = this.buffer.subarray(this.offset, this.offset + length)
    this.offset += length
    return v
  }

  string(field: string): string | null {
    const b = this.buffer_(field)
    return b === null ? null : b.toString("utf8")
  }

  requiredString(field: string): string {
    const s = this.string(field)
    if (s === null) throw new JuteError(`${field}: null where a string is required`)
    return s
  }

  stringVector(field: string): Array<string> | null {
    const n = this.int(`${field} count`)
    if (n === -1) return null
    if (n < 0 || n > maxBufferBytes) throw new JuteError(`${field}: count ${n} out of range`)
    const out: Array<string> = []
    for (let i = 0; i < n; i++) out.push(this.requiredString(`${field}[${i}]`))
    return out
  }

  /** The ACL vector of a create: read and discarded (this server has no ACLs yet). */
  skipAclVector(field: string): void {
    this.aclVector(field)
  }

  /**
   * A vector<ACL> (int perms, string scheme, string id), null for a null vector. A null scheme or id reads as
   * "", which no check accepts either (ZooKeeper refuses a null scheme as an invalid ACL).
   */
  aclVector(field: string): Array<{ perms: number; scheme: string; id: string }> | null {
    const n = this.int(`${field} count`)
    if (n === -1) return null
    if (n < 0 || n > 1024) throw new JuteError(`${field}: count ${n} out of range`)
    const acl: Array<{ perms: number; scheme: string; id: string }> = []
    for (let i = 0; i < n; i++) {
      const perms = this.int(`${field}[${i}].perms`)
      const scheme = this.string(`${field}[${i}].id.scheme`) ?? ""
      const id = this.string(`${field}[${i}].id.id`) ?? ""
      acl.push({ perms, scheme, id })
    }
    return acl
  }
}
