/**
 * The one module that owns the session id's representation: 64 bits, the creating server's id in the top
 * byte and the server's start time below it (`initialSessionId`, as ZooKeeper's
 * SessionTrackerImpl.initializeNextSession builds it). The runtimes draw them (impl/net/clientport.ts from the
 * wall clock, impl/sim/world.ts from the virtual clock); the protocol only carries and compares them.
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

/**
 * The first session id a server hands out: its id in the top byte, the time in milliseconds shifted into
 * the seven bytes below (ZooKeeper shifts the time left by 24 and keeps 56 bits), so ids from different
 * servers, and from one server's successive lifetimes, do not collide. Later ids count up from it.
 */
export function initialSessionId(serverId: number, nowMs: number): SessionId {
  const time = BigInt.asUintN(56, BigInt(Math.floor(nowMs)) << 24n)
  return BigInt.asIntN(64, (BigInt(serverId) << 56n) | time)
}

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
  // parseSessionId decides, so the Schema and the runtimes' own readers accept exactly the same texts.
  Schema.check(Schema.makeFilter((text: string) => (parseSessionId(text) === undefined ? "Expected a session id written as 0x<hex>, at most 16 digits" : undefined))),
  Schema.decodeTo(Schema.BigInt, {
    decode: SchemaGetter.transform((text: string) => parseSessionId(text)!),
    encode: SchemaGetter.transform((id: bigint) => formatSessionId(id)),
  }),
)

