/**
 * What travels between peers, as effect Schemas: every frame read from a peer socket is decoded through
 * `PeerFrame`, and a frame that does not decode closes that connection with the schema's error as reason.
 *
 * A connection opens with Hello from the dialler (protocol, version, its id, which port it meant, the
 * ensemble it believes in, and a per-process incarnation) and Welcome from the acceptor; after that every
 * frame is a Msg: one peer Message stamped with the sender's Lamport clock, so the per-process traces merge
 * into one causal order.
 */
import { Schema } from "effect"
import { Count, Message, ServerId } from "../core/types.js"
import { hotMessageJson, hotMessageOf } from "../storage/txnjson.js"

export const PROTOCOL = "zab-harness-peer"
export const PROTOCOL_VERSION = 1

export const Channel = Schema.Literals(["election", "quorum"])
export type Channel = typeof Channel.Type

export const PeerFrame = Schema.TaggedUnion({
  Hello: {
    protocol: Schema.String,
    version: Schema.Int,
    serverId: ServerId,
    channel: Channel,
    servers: Schema.Array(ServerId),
    incarnation: Schema.String,
  },
  Welcome: { serverId: ServerId, incarnation: Schema.String },
  Msg: { clock: Count, message: Message },
})
export type PeerFrame = typeof PeerFrame.Type

const encodeFrameValue = Schema.encodeSync(PeerFrame)
const decodeFrameValue = Schema.decodeUnknownResult(PeerFrame)

export function encodePeerFrame(frame: PeerFrame): Buffer {
  return Buffer.from(peerFrameJson(frame), "utf8")
}

function peerFrameJson(frame: PeerFrame): string {
  if (frame._tag === "Msg") {
    // The messages of every write are written directly (storage/txnjson.ts), byte for byte what the Schema
    // encoder writes; the rare rest go through it.
    const message = hotMessageJson(frame.message)
    if (message !== null) return `{"_tag":"Msg","clock":${frame.clock},"message":${message}}`
  }
  return JSON.stringify(encodeFrameValue(frame))
}

/** The frame with its int32 length prefix, encoded straight into one buffer (frame.ts framing). */
export function encodePeerFrameWithLength(frame: PeerFrame): Buffer {
  const json = peerFrameJson(frame)
  const bytes = Buffer.byteLength(json, "utf8")
  const out = Buffer.allocUnsafe(4 + bytes)
  out.writeInt32BE(bytes, 0)
  out.write(json, 4, "utf8")
  return out
}

/** The decoded frame, or a one-line reason naming the bad field. */
export function decodePeerFrame(payload: Buffer): PeerFrame | string {
  let json: unknown
  try {
    json = JSON.parse(payload.toString("utf8"))
  } catch (error) {
    return `frame is not JSON: ${error instanceof Error ? error.message : String(error)}`
  }
  const hot = hotFrameOf(json)
  if (hot !== undefined) return hot
  const result = decodeFrameValue(json)
  if (result._tag === "Failure") return `frame does not decode: ${String(result.failure).replace(/\s+/g, " ")}`
  return result.success
}

/** A Msg frame carrying a hot message (storage/txnjson.ts's hotMessageOf), or undefined: decode it through the Schema. */
function hotFrameOf(json: unknown): PeerFrame | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined
  const { _tag, clock, message } = json as { readonly [key: string]: unknown }
  if (_tag !== "Msg" || typeof clock !== "number" || !Number.isSafeInteger(clock) || clock < 0) return undefined
  let keys = 0
  for (const key in json) if (Object.hasOwn(json, key)) keys += 1
  if (keys !== 3) return undefined
  const decoded = hotMessageOf(message)
  return decoded === undefined ? undefined : { _tag: "Msg", clock, message: decoded }
}

/** Per-channel frame limits: notifications are tiny; a quorum frame may carry a whole data tree (Snap). */
export const frameLimits = {
  handshakeBytes: 4 * 1024,
  electionBytes: 64 * 1024, // ZooKeeper's election PACKETMAXSIZE is 512 KiB; a notification here is ~150 bytes
  quorumBytes: 256 * 1024 * 1024,
} as const
