/**
 * The per-process trace of a real server: JSONL, a header line, then one line per event that crossed the
 * runtime boundary (every Input given to the peer core, every PeerEffect it returned) and the runtime's own
 * events (start, stop, connection up/down). Each event carries the process's sequence number and a Lamport
 * clock (the clock also rides on every peer frame), so the traces of all processes merge into one order
 * consistent with causality: sort by (lamport, server, seq).
 *
 * Inputs and effects are encoded through the core's own Schemas (zxids become "0x..." strings). This
 * module is the one place that knows the line format, so it can be pointed at the shared trace schema
 * (traces/schema.ts) when that lands.
 *
 * Writes are buffered and flushed once per event-loop turn with one write call.
 */
import { closeSync, openSync, writeSync } from "node:fs"
import { Schema } from "effect"
import { Input, PeerEffect } from "../core/types.js"

export const TRACE_FORMAT = "zab-net-trace"
export const TRACE_VERSION = 1

const encodeInput = Schema.encodeSync(Input)
const encodeEffect = Schema.encodeSync(PeerEffect)

export interface TraceHeader {
  readonly server: number
  readonly incarnation: string
  readonly servers: ReadonlyArray<number>
  readonly config: Readonly<Record<string, string | number | boolean>>
}

export type EnvEvent =
  | { readonly _tag: "ProcessStart"; readonly pid: number }
  | { readonly _tag: "ProcessStop"; readonly reason: string }
  | { readonly _tag: "PeerConnected"; readonly peer: number; readonly channel: string }
  | { readonly _tag: "PeerDisconnected"; readonly peer: number; readonly channel: string }
  | { readonly _tag: "ClientRequest"; readonly request: number; readonly op: string; readonly path: string }
  | { readonly _tag: "ClientReply"; readonly request: number; readonly zxid: string; readonly err: number }

export interface TraceSink {
  input(lamport: number, input: Input): void
  effect(lamport: number, effect: PeerEffect): void
  env(lamport: number, event: EnvEvent): void
  close(): void
}

export const noTrace: TraceSink = { input() {}, effect() {}, env() {}, close() {} }

export const traceLimits = {
  maxBufferedLines: 100_000, // a flush that cannot keep up writes synchronously rather than grow without bound
} as const

export class FileTrace implements TraceSink {
  private seq = 0
  private lines: Array<string> = []
  private scheduled = false
  private fd: number | null

  constructor(
    path: string,
    private readonly server: number,
    header: TraceHeader,
  ) {
    this.fd = openSync(path, "a")
    writeSync(this.fd, JSON.stringify({ format: TRACE_FORMAT, version: TRACE_VERSION, source: "net", ...header }) + "\n")
  }

  input(lamport: number, input: Input): void {
    this.push(lamport, "input", encodeInput(input))
  }

  effect(lamport: number, effect: PeerEffect): void {
    this.push(lamport, "effect", encodeEffect(effect))
  }

  env(lamport: number, event: EnvEvent): void {
    this.push(lamport, "env", event)
  }

  private push(lamport: number, kind: string, event: unknown): void {
    if (this.fd === null) return
    this.seq += 1
    this.lines.push(JSON.stringify({ seq: this.seq, lamport, server: this.server, timeMs: Date.now(), kind, event }))
    if (this.lines.length >= traceLimits.maxBufferedLines) {
      this.flush()
      return
    }
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => this.flush())
    }
  }

  flush(): void {
    this.scheduled = false
    if (this.fd === null || this.lines.length === 0) return
    const text = this.lines.join("\n") + "\n"
    this.lines = []
    // Synchronous: a trace line must be on disk's page cache before the process can be SIGKILLed with it
    // pending, and one write per turn is cheap next to the work of that turn.
    writeSync(this.fd, text)
  }

  close(): void {
    this.flush()
    if (this.fd !== null) closeSync(this.fd)
    this.fd = null
  }
}
