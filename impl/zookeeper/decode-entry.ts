/**
 * The one entry point from a capture to trace events, where the running half of the ZooKeeper target
 * (ensemble.ts, harness/zookeeper-target.ts, `zab cluster trace`) meets the decoders of the quorum and
 * election protocols. Until the decoders are joined here, `decodeCapture` answers null: no decoder, and
 * every caller says so (no trace of the servers' protocol, no invariant judged from it) rather than
 * pretending an empty trace.
 */
import type { RuntimeEvent } from "../events.js"
import type { CaptureHeader, CaptureRecord } from "./capture.js"

/** One decoded event, placed on the capture's clock (`at`, microseconds since the capture began). */
export interface DecodedEvent {
  readonly at: number
  readonly event: RuntimeEvent
}

/** Bytes the decoders could not read: where, and why. A run with any is a harness error, never skipped. */
export interface Undecodable {
  readonly conn: number
  readonly dir: "out" | "back"
  /** Offset in that direction's byte stream of the connection. */
  readonly offset: number
  readonly reason: string
}

export interface DecodedCapture {
  /** In an order consistent with causality (a send before its receive), times never decreasing. */
  readonly events: ReadonlyArray<DecodedEvent>
  readonly undecodable: ReadonlyArray<Undecodable>
}

/** What the decoders make of a capture, or null while no decoder is joined to this entry point. */
export function decodeCapture(_header: CaptureHeader, _records: ReadonlyArray<CaptureRecord>): DecodedCapture | null {
  return null
}
