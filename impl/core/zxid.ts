/**
 * The one module that owns the zxid: (epoch, counter) packed as epoch * 2^32 + counter.
 *
 * A zxid is a plain JS number rather than a bigint: the simulator handles millions of them per second and
 * number comparison is an order of magnitude cheaper. The price is that the epoch must stay below 2^21 so
 * the packed value is a safe integer; `makeZxid` asserts it. The counter keeps ZooKeeper's 32-bit field,
 * but the width at which the leader forces a new epoch (ZOOKEEPER-1277) is a configuration value
 * (`counterBits`) so tests can reach rollover with a handful of writes.
 *
 * On the wire, in traces and on disk a zxid is written as ZooKeeper prints it: `0x100000003`.
 */
import { Schema, SchemaGetter } from "effect"
import { assert } from "./assert.js"

export type Zxid = number

const COUNTER_SPAN = 0x1_0000_0000 // 2^32
export const MAX_EPOCH = 0x1f_ffff // 2^21 - 1, keeps epoch * 2^32 + counter a safe integer

export const ZERO_ZXID: Zxid = 0

export function makeZxid(epoch: number, counter: number): Zxid {
  assert(Number.isInteger(epoch) && epoch >= 0 && epoch <= MAX_EPOCH, "zxid epoch out of range")
  assert(Number.isInteger(counter) && counter >= 0 && counter < COUNTER_SPAN, "zxid counter out of range")
  return epoch * COUNTER_SPAN + counter
}

export function epochOf(zxid: Zxid): number {
  return Math.floor(zxid / COUNTER_SPAN)
}

export function counterOf(zxid: Zxid): number {
  return zxid % COUNTER_SPAN
}

/** The largest counter a leader may assign before it must force a new epoch (with one bit, 1: no write could be proposed). */
export function maxCounter(counterBits: number): number {
  assert(Number.isInteger(counterBits) && counterBits >= 2 && counterBits <= 32, "counterBits must be 2..32")
  return 2 ** counterBits - 1
}

export function formatZxid(zxid: Zxid): string {
  return "0x" + zxid.toString(16)
}

const ZXID_PATTERN = /^0x[0-9a-f]{1,14}$/

export function parseZxid(text: string): Zxid | undefined {
  if (!ZXID_PATTERN.test(text)) return undefined
  const value = Number.parseInt(text.slice(2), 16)
  if (!Number.isSafeInteger(value) || epochOf(value) > MAX_EPOCH) return undefined
  return value
}

/**
 * What is wrong with a zxid's text, or undefined if it is one: parseZxid decides, so the Schema and the
 * runtimes' own readers accept exactly the same texts.
 */
function zxidTextProblem(text: string): string | undefined {
  if (parseZxid(text) !== undefined) return undefined
  // The pattern admits 14 hex digits; past the largest epoch the text is no zxid.
  return ZXID_PATTERN.test(text) ? `a zxid with an epoch of at most ${formatZxid(MAX_EPOCH)}` : "Expected a zxid written as 0x<hex>"
}

/** Decodes `"0x100000003"` to a number and encodes back; anything else fails with the path of the field. */
export const ZxidSchema = Schema.String.pipe(
  Schema.check(Schema.makeFilter(zxidTextProblem)),
  Schema.decodeTo(Schema.Number, {
    decode: SchemaGetter.transform((text: string) => parseZxid(text)!),
    encode: SchemaGetter.transform((zxid: number) => formatZxid(zxid)),
  }),
)
