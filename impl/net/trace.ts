/**
 * The per-process trace of a real server: the runtime events of impl/events.ts, as the simulator records them.
 *
 * Each server process writes its own JSONL file: a process header line, then one line per event, where an
 * event is a `RuntimeEvent` (Received, Observed, Delivered, ClientRequest, Replied, FsyncCompleted,
 * Restarted) wrapped with the process's sequence number and a Lamport clock. The clock rides on every peer
 * frame (wire.ts), so sorting the events of all processes by (lamport, server, seq) gives one order that is
 * consistent with causality: the harness's merge (harness/net-trace-merge.ts) does that and returns an
 * ordinary shared trace (target "net"). A Received line also carries the sender's clock from the frame
 * (`sentAt`).
 *
 * Writes are buffered and flushed once per event-loop turn with one write call, before the turn's socket
 * writes (batch.ts): a SIGKILL loses at most the current turn's lines, and never lines whose effects a peer
 * has already received.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs"
import { flushBeforeSocketsAtEndOfTurn } from "./batch.js"
import { Schema } from "effect"
import { Count, ServerId } from "../core/types.js"
import { RuntimeEvent } from "../events.js"

export const PROCESS_TRACE_FORMAT = "zab-net-process-trace"
export const PROCESS_TRACE_VERSION = 1

export const ProcessTraceHeader = Schema.Struct({
  format: Schema.Literal(PROCESS_TRACE_FORMAT),
  version: Schema.Int,
  server: ServerId,
  servers: Schema.Array(ServerId),
  incarnation: Schema.String,
  pid: Schema.Int,
  tickTimeMs: Schema.Number,
  ticksPerTickTime: Count,
  initLimitTicks: Count,
  syncLimitTicks: Count,
  snapCountTxns: Count,
  forceSync: Schema.Boolean,
  bugs: Schema.Array(Schema.String),
})
export type ProcessTraceHeader = typeof ProcessTraceHeader.Type

export const ProcessTraceLine = Schema.Struct({
  seq: Count,
  lamport: Count,
  // On a Received event: the clock the sender stamped on the frame (absent in files of older servers).
  sentAt: Schema.optionalKey(Count),
  timeMs: Schema.Number,
  event: RuntimeEvent,
})
export type ProcessTraceLine = typeof ProcessTraceLine.Type

const encodeHeader = Schema.encodeSync(ProcessTraceHeader)
const encodeEvent = Schema.encodeSync(RuntimeEvent)

export interface TraceSink {
  /** `sentAt`: on a Received event, the sender's clock on the frame. */
  record(lamport: number, event: RuntimeEvent, sentAt?: number): void
  close(): void
}

export const noTrace: TraceSink = { record() {}, close() {} }

export const traceLimits = {
  maxBufferedLines: 100_000, // past this, flush at once instead of growing the buffer
} as const

/** How much of a trace file's tail is read for the previous lifetime's last Lamport clock. */
const tailBytesMax = 64 * 1024

/**
 * The Lamport clock of the last event in a process trace file (0 if none): a restarted server goes on
 * from there, so a server's lifetimes stay in order when the merged trace is sorted by clock.
 */
export function lastLamport(path: string): number {
  let fd: number
  try {
    fd = openSync(path, "r")
  } catch {
    return 0
  }
  try {
    const size = fstatSync(fd).size
    const length = Math.min(size, tailBytesMax)
    const buffer = Buffer.alloc(length)
    readSync(fd, buffer, 0, length, size - length)
    const matches = [...buffer.toString("utf8").matchAll(/"lamport":(\d+)/g)]
    return matches.reduce((max, m) => Math.max(max, Number(m[1])), 0)
  } finally {
    closeSync(fd)
  }
}

export class FileTrace implements TraceSink {
  private seq = 0
  private lines: Array<string> = []
  private scheduled = false
  private fd: number | null
  /** The clock the previous lifetime of this server ended at (see lastLamport). */
  readonly startLamport: number

  constructor(path: string, header: ProcessTraceHeader) {
    this.startLamport = lastLamport(path)
    this.fd = openSync(path, "a")
    writeSync(this.fd, JSON.stringify(encodeHeader(header)) + "\n")
  }

  record(lamport: number, event: RuntimeEvent, sentAt?: number): void {
    if (this.fd === null) return
    this.seq += 1
    // The envelope's fields are plain integers; only the event needs its schema's encoding (zxids become
    // strings). Building the envelope by hand saves a quarter of the cost on the hot path.
    const sent = sentAt === undefined ? "" : `"sentAt":${sentAt},`
    this.lines.push(`{"seq":${this.seq},"lamport":${lamport},${sent}"timeMs":${Date.now()},"event":${JSON.stringify(encodeEvent(event))}}`)
    if (this.lines.length >= traceLimits.maxBufferedLines) {
      this.flush()
      return
    }
    if (!this.scheduled) {
      this.scheduled = true
      flushBeforeSocketsAtEndOfTurn(this)
    }
  }

  flush(): void {
    this.scheduled = false
    if (this.fd === null || this.lines.length === 0) return
    const text = this.lines.join("\n") + "\n"
    this.lines = []
    writeSync(this.fd, text)
  }

  close(): void {
    this.flush()
    if (this.fd !== null) closeSync(this.fd)
    this.fd = null
  }
}
