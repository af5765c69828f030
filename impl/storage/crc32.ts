/**
 * CRC-32 (the zlib / IEEE 802.3 polynomial) over byte ranges, for the checksums of log records and
 * snapshots. Node has `zlib.crc32` from 20.15 and 22.2; older runtimes get the table-driven fallback,
 * which computes the same values.
 */
import * as zlib from "node:zlib"

type Crc32 = (data: Uint8Array, initial?: number) => number

const native: Crc32 | undefined = (zlib as unknown as { crc32?: Crc32 }).crc32

let table: Uint32Array | undefined

function makeTable(): Uint32Array {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
}

export function crc32Fallback(data: Uint8Array, initial = 0): number {
  table ??= makeTable()
  let c = (initial ^ 0xffffffff) >>> 0
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** CRC-32 of `data`, continuing from `initial` (the CRC of the bytes before it). */
export function crc32(data: Uint8Array, initial = 0): number {
  return native !== undefined ? native(data, initial) >>> 0 : crc32Fallback(data, initial)
}
