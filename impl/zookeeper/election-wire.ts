/**
 * ZooKeeper's election port as bytes (zookeeper.md 3.3; QuorumCnxManager.java, FastLeaderElection.java).
 *
 * The dialling server opens with a preamble: long protocol version (-65536 for V1, -65535 for V2), long
 * sid, int length and the dialler's election address (a `|`-separated list in V2); a first long >= 0 is
 * the old bare sid with nothing after it. After that, and from the start in the other direction, every
 * message is int length (1..512 KiB, QuorumCnxManager.PACKETMAXSIZE) plus a notification: int state, long
 * proposed leader, long proposed zxid, long election round, then (beyond the 28-byte form) long peer epoch,
 * then (beyond the 40-byte form) int version and, for version > 1, int config length and the config text
 * (FastLeaderElection.WorkerReceiver reads all three forms).
 */
import { JuteCursor } from "./jute-stream.js"

export const PROTOCOL_V1 = -65536n
export const PROTOCOL_V2 = -65535n
export const PACKET_MAX_BYTES = 512 * 1024
/** QuorumCnxManager caps the preamble's address at this many bytes. */
export const MAX_ADDRESS_BYTES = 2048

export interface ElectionPreamble {
  readonly protocol: "v1" | "v2" | "old"
  readonly sid: number
  readonly address: string
}

export function readPreamble(c: JuteCursor): ElectionPreamble {
  const at = c.offset
  const first = c.bigLong()
  if (first >= 0n) return { protocol: "old", sid: Number(first), address: "" }
  if (first !== PROTOCOL_V1 && first !== PROTOCOL_V2) c.fail(`election preamble protocol version ${first} is neither V1 (${PROTOCOL_V1}) nor V2 (${PROTOCOL_V2})`, at)
  const sidAt = c.offset
  const sid = c.bigLong()
  if (sid < 0n || sid > 0xffn * 0x1000000n) c.fail(`election preamble sid ${sid} out of range`, sidAt)
  const lenAt = c.offset
  const n = c.int()
  if (n <= 0 || n > MAX_ADDRESS_BYTES) c.fail(`election preamble address length ${n} outside 1..${MAX_ADDRESS_BYTES}`, lenAt)
  const address = c.requiredStringOfLength(n)
  return { protocol: first === PROTOCOL_V1 ? "v1" : "v2", sid: Number(sid), address }
}

/** ServerState as FastLeaderElection numbers it. */
export const ElectionState = ["looking", "following", "leading", "observing"] as const
export type ElectionState = (typeof ElectionState)[number]

export interface ElectionNotification {
  readonly state: ElectionState
  readonly leader: number
  readonly zxid: number
  readonly round: number
  readonly peerEpoch: number
  readonly version: number
  readonly config: string
  /** The wire form: 28 and 40 bytes are the legacy ones. */
  readonly bytes: number
}

/** One length-framed election message at the cursor (NeedMore until all of it is here). */
export function readElectionMessage(c: JuteCursor): ElectionNotification {
  const at = c.offset
  const n = c.int()
  if (n <= 0 || n > PACKET_MAX_BYTES) c.fail(`election message length ${n} outside 1..${PACKET_MAX_BYTES}`, at)
  const start = c.offset
  const body = c.slice(n)
  const m = new JuteCursor(body, 0, c.baseOf(start))
  if (n < 28) m.fail(`election message of ${n} bytes is shorter than the 28-byte notification`)
  const rawState = m.int()
  const state = ElectionState[rawState]
  if (state === undefined) m.fail(`notification state ${rawState} is not a ServerState`, 0)
  const leader = m.long("notification leader")
  const zxid = m.long("notification zxid")
  const round = m.long("notification round")
  let peerEpoch = Math.floor(zxid / 2 ** 32)
  let version = 0
  let config = ""
  if (n > 28) {
    if (n < 40) m.fail(`notification of ${n} bytes: between the 28- and 40-byte forms`)
    peerEpoch = m.long("notification peerEpoch")
    if (n > 40) {
      version = m.int()
      if (version > 1) {
        const lenAt = m.offset
        const len = m.int()
        if (len < 0 || len > m.remaining) m.fail(`notification config length ${len} but ${m.remaining} bytes follow`, lenAt)
        config = m.requiredStringOfLength(len)
      }
    }
  }
  if (m.remaining !== 0) m.fail(`${m.remaining} bytes after the notification`)
  return { state, leader, zxid, round, peerEpoch, version, config, bytes: n }
}
