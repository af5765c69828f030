/**
 * The one module that owns the session id's representation: 64 bits, which the client port draws with the
 * creating server's id in the top byte and the server's start time below it (impl/net/clientport.ts, as
 * ZooKeeper's SessionTrackerImpl.initializeNextSession does); the protocol only carries and compares them.
 *
 * A session id exceeds 2^53, so it is a bigint, never a JS number, which would silently lose its low bits.
 * It is kept signed, as jute's long and Java's long are (a server id of 128 or more makes it negative). On
 * the wire it is a jute long; in txns, traces and snapshots it is written as ZooKeeper prints it, in
 * unsigned hex: `0x1000a3b2c0d0001`.
 */
import { Schema, SchemaGetter } from "effect"

export type SessionId = bigint

/** No session: the owner of a persistent znode. */
export const NO_SESSION: SessionId = 0n

export function formatSessionId(id: SessionId): string {
  return `0x${BigInt.asUintN(64, id).toString(16)}`
}

const SESSION_PATTERN = /^0x[0-9a-f]{1,16}$/

export function parseSessionId(text: string): SessionId | undefined {
  if (!SESSION_PATTERN.test(text)) return undefined
  return BigInt.asIntN(64, BigInt(text))
}

/** Decodes `"0x1000a3b2c0d0001"` to a bigint and encodes back; anything else fails naming the field. */
export const SessionIdSchema = Schema.String.pipe(
  Schema.check(Schema.isPattern(SESSION_PATTERN, { expected: "a session id written as 0x<hex>, at most 16 digits" })),
  Schema.decodeTo(Schema.BigInt, {
    decode: SchemaGetter.transform((text: string) => parseSessionId(text) ?? 0n),
    encode: SchemaGetter.transform((id: bigint) => formatSessionId(id)),
  }),
)

