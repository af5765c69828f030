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
import { hotMessageJson, txnJson } from "../impl/storage/txnjson.js"
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
const txn: fc.Arbitrary<Txn> = fc.record({ zxid, op, origin: fc.integer({ min: 1, max: 255 }), request: fc.maxSafeNat() })
const message: fc.Arbitrary<Message> = fc.oneof(
  txn.map((t) => ({ _tag: "Proposal" as const, txn: t })),
  zxid.map((z) => ({ _tag: "Ack" as const, zxid: z })),
  zxid.map((z) => ({ _tag: "Commit" as const, zxid: z })),
  fc.record({ _tag: fc.constant("Request" as const), request: fc.maxSafeNat(), op }),
  fc.constant({ _tag: "Ping" as const }),
)

const encodeTxn = Schema.encodeSync(Txn)
const encodeMessage = Schema.encodeSync(Message)

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

  it("leaves the other messages to the Schema encoder", () => {
    expect(hotMessageJson({ _tag: "UpToDate" })).toBeNull()
    const frame = encodePeerFrame({ _tag: "Msg", clock: 3, message: { _tag: "Diff", zxid: makeZxid(2, 7) } })
    expect(frame.toString("utf8")).toBe('{"_tag":"Msg","clock":3,"message":{"_tag":"Diff","zxid":"0x200000007"}}')
  })
})
