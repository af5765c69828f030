/**
 * Goal: the hand-written JSON of the hot peer messages and of log records (impl/storage/txnjson.ts) is
 * byte for byte what the effect Schema encoder writes, and decodes back to the same value.
 * Method: fast-check over arbitrary txns and messages (any strings, zxids across the whole epoch range,
 * versions including -1, request ids up to 2^53), compared with Schema.encodeSync + JSON.stringify.
 */
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Message, Txn, type TxnOp, type WriteOp } from "../impl/core/types.js"
import { MAX_EPOCH, makeZxid } from "../impl/core/zxid.js"
import { hotMessageJson, hotMessageOf, txnJson } from "../impl/storage/txnjson.js"
import { decodePeerFrame, encodePeerFrame } from "../impl/net/wire.js"

const zxid = fc.tuple(fc.integer({ min: 0, max: MAX_EPOCH }), fc.integer({ min: 0, max: 2 ** 32 - 1 })).map(([e, c]) => makeZxid(e, c))
const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }))
const version = fc.integer({ min: -1, max: 2 ** 31 - 1 })
const acl = fc.array(fc.record({ perms: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), scheme: text, id: text }), { maxLength: 3 })
const auth = fc.array(fc.record({ scheme: text, id: text }), { maxLength: 3 })
const writeOp: fc.Arbitrary<WriteOp> = fc.oneof(
  fc.record({ _tag: fc.constant("Create" as const), path: text, data: text }),
  fc.record({ _tag: fc.constant("Create" as const), path: text, data: text, sequential: fc.boolean(), acl, auth }, { requiredKeys: ["_tag", "path", "data"] }),
  fc.record({ _tag: fc.constant("Delete" as const), path: text, version, auth }, { requiredKeys: ["_tag", "path", "version"] }),
  fc.record({ _tag: fc.constant("SetData" as const), path: text, data: text, version, auth }, { requiredKeys: ["_tag", "path", "data", "version"] }),
)
const op: fc.Arbitrary<TxnOp> = fc.oneof(
  { weight: 4, arbitrary: writeOp },
  { weight: 1, arbitrary: fc.record({ _tag: fc.constant("SetACL" as const), path: text, acl, version, auth }, { requiredKeys: ["_tag", "path", "acl", "version"] }) },
  {
    weight: 1,
    arbitrary: fc.record(
      { _tag: fc.constant("Multi" as const), ops: fc.array(fc.oneof(writeOp, fc.record({ _tag: fc.constant("Check" as const), path: text, version })), { maxLength: 3 }), auth },
      { requiredKeys: ["_tag", "ops"] },
    ),
  },
)
const session = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })
const sessionOp: fc.Arbitrary<TxnOp> = fc.oneof(
  fc.record({ _tag: fc.constant("CreateSession" as const), session, timeoutMs: fc.integer({ min: 0, max: 2 ** 31 - 1 }) }),
  fc.record({ _tag: fc.constant("CloseSession" as const), session }),
  fc.record({ _tag: fc.constant("Create" as const), path: text, data: text, ephemeralOwner: session, sequential: fc.boolean(), acl, auth }, { requiredKeys: ["_tag", "path", "data", "ephemeralOwner"] }),
)
const txn: fc.Arbitrary<Txn> = fc.record(
  { zxid, op: fc.oneof({ weight: 3, arbitrary: op }, { weight: 1, arbitrary: sessionOp }), origin: fc.integer({ min: 1, max: 255 }), request: fc.maxSafeNat(), time: fc.maxSafeNat() },
  { requiredKeys: ["zxid", "op", "origin", "request"] },
)
const message: fc.Arbitrary<Message> = fc.oneof(
  txn.map((t) => ({ _tag: "Proposal" as const, txn: t })),
  zxid.map((z) => ({ _tag: "Ack" as const, zxid: z })),
  zxid.map((z) => ({ _tag: "Commit" as const, zxid: z })),
  fc.record({ _tag: fc.constant("Request" as const), request: fc.maxSafeNat(), op }),
  fc.constant({ _tag: "Ping" as const }),
  fc.array(session, { maxLength: 3 }).map((sessions) => ({ _tag: "Ping" as const, sessions })),
)

const encodeTxn = Schema.encodeSync(Txn)
const encodeMessage = Schema.encodeSync(Message)
const decodeMessage = Schema.decodeUnknownResult(Message)

/** JSON text with bigints written out, so two values compare with their keys' order. */
const ordered = (value: unknown): string => JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))

/** `value` with one place changed: a key dropped, a key added, or a value replaced by arbitrary JSON. */
function mutated(value: unknown, choice: number, replacement: unknown, key: string): unknown {
  const places: Array<{ holder: Record<string, unknown> | Array<unknown>; key: string | number }> = []
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach((x, i) => (places.push({ holder: v, key: i }), walk(x)))
    else if (typeof v === "object" && v !== null) for (const [k, x] of Object.entries(v)) (places.push({ holder: v as Record<string, unknown>, key: k }), walk(x))
  }
  const copy = JSON.parse(JSON.stringify(value)) as unknown
  walk(copy)
  if (places.length === 0) return replacement
  const place = places[choice % places.length]!
  const action = Math.floor(choice / places.length) % 3
  if (action === 0 && !Array.isArray(place.holder)) delete place.holder[place.key as string]
  else if (action === 1 && !Array.isArray(place.holder)) place.holder[key] = replacement
  else (place.holder as Record<string | number, unknown>)[place.key] = replacement
  return copy
}

describe("hand-written JSON of txns and hot messages", () => {
  it("writes a txn exactly as the Schema encoder does", () => {
    fc.assert(fc.property(txn, (t) => {
        expect(txnJson(t)).toBe(JSON.stringify(encodeTxn(t)))
      }), { numRuns: 2000 })
  })

  it("writes PROPOSAL, ACK, COMMIT, REQUEST and PING exactly as the Schema encoder does, and they decode back", () => {
    fc.assert(
      fc.property(message, fc.maxSafeNat(), (m, clock) => {
        expect(hotMessageJson(m)).toBe(JSON.stringify(encodeMessage(m)))
        const decoded = decodePeerFrame(encodePeerFrame({ _tag: "Msg", clock, message: m }))
        expect(decoded).toEqual({ _tag: "Msg", clock, message: m })
      }),
      { numRuns: 2000 },
    )
  })

  it("reads PROPOSAL, ACK, COMMIT, REQUEST and PING back exactly as the Schema decoder does", () => {
    fc.assert(
      fc.property(message, (m) => {
        const json = JSON.parse(hotMessageJson(m)!) as unknown
        const fast = hotMessageOf(json)
        const slow = decodeMessage(json)
        expect(slow._tag).toBe("Success")
        const rare = m._tag === "Request" ? m.op._tag : m._tag === "Proposal" ? m.txn.op._tag : null
        if (rare === "Multi" || rare === "SetACL") {
          expect(fast).toBeUndefined() // left to the Schema
          return
        }
        expect(fast).toEqual(m)
        expect(ordered(fast)).toBe(ordered(slow._tag === "Success" ? slow.success : null))
      }),
      { numRuns: 2000 },
    )
  })

  // Values next to the valid ones: off-by-one integers, non-integers, zxid- and session-like strings.
  const nearMiss = fc.oneof(
    fc.jsonValue(),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom(1.5, 2 ** 53, -(2 ** 53), "0x1", "0x", "0X1", "1", "0x1ffffffffffffff", "0x10000000000000000", true, null, [], {}),
    fc.string(),
  )

  it("never accepts what the Schema decoder refuses, nor reads anything differently (mutated messages)", () => {
    let fastAccepted = 0
    let fastDeferred = 0
    fc.assert(
      fc.property(message, fc.nat(), nearMiss, fc.oneof(fc.constantFrom("_tag", "zxid", "txn", "op", "time", "auth", "extra"), fc.string()), (m, choice, replacement, key) => {
        const json = mutated(JSON.parse(hotMessageJson(m)!), choice, replacement, key)
        const fast = hotMessageOf(json)
        if (fast === undefined) {
          fastDeferred += 1
          return
        }
        fastAccepted += 1
        const slow = decodeMessage(json)
        expect(slow._tag).toBe("Success")
        expect(ordered(fast)).toBe(ordered(slow._tag === "Success" ? slow.success : null))
      }),
      { numRuns: 5000 },
    )
    // Both sides were exercised: some mutations keep a valid message (a string for a string), most do not.
    expect(fastAccepted).toBeGreaterThan(100)
    expect(fastDeferred).toBeGreaterThan(1000)
  })

  it("defers to the Schema decoder for messages it does not read, and for a stray key", () => {
    expect(hotMessageOf({ _tag: "UpToDate" })).toBeUndefined()
    expect(hotMessageOf({ _tag: "Ack", zxid: "0x1", extra: 1 })).toBeUndefined()
    expect(hotMessageOf({ _tag: "Ack", zxid: "0x1" })).toEqual({ _tag: "Ack", zxid: 1 })
    expect(hotMessageOf({ _tag: "Commit", zxid: "0xffffffffffffff" })).toBeUndefined() // an epoch beyond the range
    const bad = decodePeerFrame(Buffer.from('{"_tag":"Msg","clock":1,"message":{"_tag":"Ack","zxid":"1"}}'))
    expect(typeof bad === "string" && bad.startsWith("frame does not decode")).toBe(true)
  })

  it("leaves the other messages to the Schema encoder", () => {
    expect(hotMessageJson({ _tag: "UpToDate" })).toBeNull()
    const frame = encodePeerFrame({ _tag: "Msg", clock: 3, message: { _tag: "Diff", zxid: makeZxid(2, 7) } })
    expect(frame.toString("utf8")).toBe('{"_tag":"Msg","clock":3,"message":{"_tag":"Diff","zxid":"0x200000007"}}')
  })
})
