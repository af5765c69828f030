/**
 * A capture of the bytes between the servers of an ensemble, as the fault proxy saw them: the raw record
 * of an Apache ZooKeeper run, before any decoding. The proxy writes it (every route is one pair of
 * servers on one channel, each connection has two directions); the decoders in this folder read it.
 *
 * Keeping the raw bytes, not only what was decoded, makes a run re-decodable after a decoder fix and makes
 * undecodable bytes reportable with their offset. JSONL, one record per line, in the order the proxy
 * observed them; `at` is monotonic wall time in microseconds since the capture began, never decreasing.
 *
 * Records:
 * - Open: the proxy accepted a connection on a route (the dialling server is `from`), given an id unique
 *   in the capture.
 * - Bytes: a chunk read on one side of a connection. `dir` "out" is bytes the dialling server (`from`)
 *   sent towards `to`; "back" is the replies from `to` to `from`. `dropped` is true when a fault (a
 *   partition or a drop) kept the chunk from being forwarded: the receiver never saw it, and the stream
 *   is broken after it.
 * - Close: the connection ended (`by` says which side, or "proxy" when a fault reset it).
 * - Process: what the runner did to or saw of a server process (started, SIGKILLed, SIGSTOPped, ...), so a
 *   decoder can tell a crash from a partition.
 * - Observed: a server's state as the four-letter words reported it (mode, last zxid as 0x hex text),
 *   what can be seen from outside without decoding.
 */
import { appendFileSync, writeFileSync } from "node:fs"
import { Schema } from "effect"
import type { ProxyTap, Route } from "../net/proxy.js"

export const CAPTURE_FORMAT = "zab-capture"
export const CAPTURE_VERSION = 1

const ServerId = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))
const Micros = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

export const CaptureChannel = Schema.Literals(["election", "quorum"])
export type CaptureChannel = typeof CaptureChannel.Type

export const CaptureHeader = Schema.Struct({
  format: Schema.Literal(CAPTURE_FORMAT),
  version: Schema.Literal(CAPTURE_VERSION),
  /** What ran behind the proxy, e.g. "zookeeper 3.8.0". */
  impl: Schema.String,
  servers: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))),
  /** Wall-clock time (ms since the epoch) when `at` was 0, for people reading logs beside it. */
  startedAtMs: Schema.Number,
})
export type CaptureHeader = typeof CaptureHeader.Type

export const CaptureRecord = Schema.TaggedUnion({
  Open: { at: Micros, conn: Schema.Int, from: ServerId, to: ServerId, channel: CaptureChannel },
  Bytes: {
    at: Micros,
    conn: Schema.Int,
    dir: Schema.Literals(["out", "back"]),
    /** The chunk, base64. */
    data: Schema.String,
    dropped: Schema.Boolean,
  },
  Close: { at: Micros, conn: Schema.Int, by: Schema.Literals(["from", "to", "proxy"]) },
  Process: {
    at: Micros,
    server: ServerId,
    event: Schema.Literals(["started", "killed", "stopped", "paused", "resumed", "exited"]),
    pid: Schema.optional(Schema.Int),
  },
  Observed: {
    at: Micros,
    server: ServerId,
    mode: Schema.Literals(["leader", "follower", "observer", "standalone", "looking", "down"]),
    zxid: Schema.optional(Schema.String),
  },
})
export type CaptureRecord = typeof CaptureRecord.Type

const encodeHeader = Schema.encodeSync(CaptureHeader)
const encodeRecord = Schema.encodeSync(CaptureRecord)
const decodeHeader = Schema.decodeUnknownResult(CaptureHeader)
const decodeRecord = Schema.decodeUnknownResult(CaptureRecord)

export class CaptureFormatError extends Error {
  override readonly name = "CaptureFormatError"
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`)
  }
}

export function captureHeaderLine(header: CaptureHeader): string {
  return JSON.stringify(encodeHeader(header))
}

export function captureRecordLine(record: CaptureRecord): string {
  return JSON.stringify(encodeRecord(record))
}

export function writeCapture(header: CaptureHeader, records: ReadonlyArray<CaptureRecord>): string {
  return [captureHeaderLine(header), ...records.map(captureRecordLine)].join("\n") + "\n"
}

/**
 * Reads a whole capture, strictly: a line that is not JSON or does not decode, a foreign header, a
 * record naming a connection never opened, or a time going backwards is refused with its line.
 */
export function readCapture(text: string): { readonly header: CaptureHeader; readonly records: ReadonlyArray<CaptureRecord> } {
  const lines = text.split("\n")
  if (lines.at(-1) === "") lines.pop()
  if (lines.length === 0) throw new CaptureFormatError(1, "empty file: expected a zab-capture header")
  const header = decodeHeader(parseJson(lines[0]!, 1))
  if (header._tag === "Failure") throw new CaptureFormatError(1, `not a ${CAPTURE_FORMAT} v${CAPTURE_VERSION} header: ${String(header.failure)}`)
  const records: Array<CaptureRecord> = []
  const open = new Set<number>()
  let last = 0
  for (let i = 1; i < lines.length; i++) {
    const decoded = decodeRecord(parseJson(lines[i]!, i + 1))
    if (decoded._tag === "Failure") throw new CaptureFormatError(i + 1, String(decoded.failure))
    const record = decoded.success
    if (record.at < last) throw new CaptureFormatError(i + 1, `time ${record.at} before the previous record's ${last}`)
    last = record.at
    if (record._tag === "Process" || record._tag === "Observed") {
      // not about a connection
    } else if (record._tag === "Open") {
      if (open.has(record.conn)) throw new CaptureFormatError(i + 1, `connection ${record.conn} opened twice`)
      open.add(record.conn)
    } else if (!open.has(record.conn)) {
      throw new CaptureFormatError(i + 1, `connection ${record.conn} was never opened`)
    }
    records.push(record)
  }
  return { header: header.success, records }
}

function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CaptureFormatError(line, `not JSON: ${(error as Error).message}`)
  }
}

/**
 * Writes a capture file as the proxy reports bytes: the proxy's tap, plus `note` for what the runner does
 * to processes and observes of them. Lines are appended synchronously, so a capture survives the runner
 * being killed and its order is the order of the calls.
 */
export class CaptureWriter implements ProxyTap {
  private readonly t0 = process.hrtime.bigint()
  private last = 0

  constructor(
    private readonly file: string,
    header: Omit<CaptureHeader, "format" | "version" | "startedAtMs">,
  ) {
    writeFileSync(file, captureHeaderLine({ format: CAPTURE_FORMAT, version: CAPTURE_VERSION, startedAtMs: Date.now(), ...header }) + "\n")
  }

  /** Microseconds since the capture began, never decreasing. */
  now(): number {
    const at = Number((process.hrtime.bigint() - this.t0) / 1000n)
    this.last = Math.max(this.last, at)
    return this.last
  }

  open(conn: number, route: Route): void {
    this.write({ _tag: "Open", at: this.now(), conn, from: route.from, to: route.to, channel: route.channel })
  }

  bytes(conn: number, dir: "out" | "back", chunk: Buffer, dropped: boolean): void {
    this.write({ _tag: "Bytes", at: this.now(), conn, dir, data: chunk.toString("base64"), dropped })
  }

  close(conn: number, by: "from" | "to" | "proxy"): void {
    this.write({ _tag: "Close", at: this.now(), conn, by })
  }

  note(record: Omit<Extract<CaptureRecord, { _tag: "Process" }>, "at"> | Omit<Extract<CaptureRecord, { _tag: "Observed" }>, "at">): void {
    this.write({ ...record, at: this.now() } as CaptureRecord)
  }

  private write(record: CaptureRecord): void {
    appendFileSync(this.file, captureRecordLine(record) + "\n")
  }
}
