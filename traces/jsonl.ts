/**
 * Reading and writing traces as JSONL: the header on line 1, one event per following line. Reading is
 * strict: a line that is not JSON, an event that does not decode, a foreign file or a newer format version
 * is refused with the line number and the field that is wrong.
 */
import { Result, Schema } from "effect"
import { TRACE_FORMAT, TRACE_VERSION, TRACE_VERSIONS_READ, TraceEvent, TraceHeader } from "./schema.js"

export class TraceFormatError extends Error {
  override readonly name = "TraceFormatError"
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`)
  }
}

const encodeHeader = Schema.encodeSync(TraceHeader)
const encodeEvent = Schema.encodeSync(TraceEvent)
const decodeHeader = Schema.decodeUnknownResult(TraceHeader)
const decodeEvent = Schema.decodeUnknownResult(TraceEvent)

export function writeTrace(header: TraceHeader, events: ReadonlyArray<TraceEvent>): string {
  const lines = [JSON.stringify(encodeHeader(header))]
  for (const event of events) lines.push(JSON.stringify(encodeEvent(event)))
  return lines.join("\n") + "\n"
}

function parseLine(text: string, line: number): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new TraceFormatError(line, `not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}

function schemaMessage(failure: unknown): string {
  return String(failure).replace(/^SchemaError\(/, "").replace(/\)$/, "").replace(/\n\s*/g, " ")
}

export interface Trace {
  readonly header: TraceHeader
  readonly events: ReadonlyArray<TraceEvent>
}

export function readTrace(text: string): Trace {
  const lines = text.split("\n")
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop()
  if (lines.length === 0) throw new TraceFormatError(1, "empty file: expected a trace header")
  const raw = parseLine(lines[0]!, 1)
  if (typeof raw !== "object" || raw === null || (raw as { format?: unknown }).format !== TRACE_FORMAT) {
    throw new TraceFormatError(1, `not a zab trace (expected "format": "${TRACE_FORMAT}" in the header)`)
  }
  const version = (raw as { version?: unknown }).version
  if (typeof version === "number" && version > TRACE_VERSION) {
    throw new TraceFormatError(1, `trace format version ${version} is newer than this zab understands (${TRACE_VERSION}); upgrade zab`)
  }
  const header = decodeHeader(raw)
  if (Result.isFailure(header)) throw new TraceFormatError(1, `bad header: ${schemaMessage(header.failure)}`)
  if (!TRACE_VERSIONS_READ.includes(header.success.version)) {
    throw new TraceFormatError(1, `unsupported trace format version ${header.success.version}`)
  }
  const events: Array<TraceEvent> = []
  for (let i = 1; i < lines.length; i++) {
    const decoded = decodeEvent(parseLine(lines[i]!, i + 1))
    if (Result.isFailure(decoded)) throw new TraceFormatError(i + 1, `bad event: ${schemaMessage(decoded.failure)}`)
    events.push(decoded.success)
  }
  return { header: header.success, events }
}
