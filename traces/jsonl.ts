/**
 * Reading and writing traces as JSONL: the header on line 1, one event per following line. Reading is
 * strict: a line that is not JSON, an event that does not decode, a foreign file or a newer format version
 * is refused with the line number and the field that is wrong.
 *
 * Two shapes of the same rules: `readTrace` / `writeTrace` take and give a whole string, and
 * `openTraceFile` / `TraceFileWriter` stream a file line by line, so a trace far larger than memory can be
 * read or written. Both decode every line through the same functions, so they refuse the same files with
 * the same messages.
 */
import { once } from "node:events"
import { type WriteStream, createReadStream, createWriteStream } from "node:fs"
import { createInterface } from "node:readline"
import type { Readable } from "node:stream"
import { Result, Schema } from "effect"
import { TRACE_FORMAT, TRACE_VERSION, TRACE_VERSION_OLDEST, TraceEvent, TraceHeader } from "./schema.js"

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

/** The JSONL line of a header or an event, without its newline. */
export function headerLine(header: TraceHeader): string {
  return JSON.stringify(encodeHeader(header))
}

export function eventLine(event: TraceEvent): string {
  return JSON.stringify(encodeEvent(event))
}

export function writeTrace(header: TraceHeader, events: ReadonlyArray<TraceEvent>): string {
  const lines = [headerLine(header)]
  for (const event of events) lines.push(eventLine(event))
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

/** Decode line 1. */
export function decodeHeaderLine(text: string): TraceHeader {
  const raw = parseLine(text, 1)
  if (typeof raw !== "object" || raw === null || (raw as { format?: unknown }).format !== TRACE_FORMAT) {
    throw new TraceFormatError(1, `not a zab trace (expected "format": "${TRACE_FORMAT}" in the header)`)
  }
  const version = (raw as { version?: unknown }).version
  if (typeof version === "number" && version > TRACE_VERSION) {
    throw new TraceFormatError(1, `trace format version ${version} is newer than this zab understands (${TRACE_VERSION}); upgrade zab`)
  }
  const header = decodeHeader(raw)
  if (Result.isFailure(header)) throw new TraceFormatError(1, `bad header: ${schemaMessage(header.failure)}`)
  if (header.success.version < TRACE_VERSION_OLDEST) {
    throw new TraceFormatError(1, `unsupported trace format version ${header.success.version} (this zab reads ${TRACE_VERSION_OLDEST} to ${TRACE_VERSION})`)
  }
  // A walk is the model's: a simulator or real cluster runs its schedule. The schedule is the walk step for
  // step (harness/model-target.ts, scheduleOfWalk), so a walk of another length is a hand-edited header.
  const walk = header.success.walk
  if (walk !== undefined && header.success.target !== "model") {
    throw new TraceFormatError(1, `bad header: a walk at ["walk"] belongs to a model trace, not a ${header.success.target} one`)
  }
  if (walk !== undefined && walk.steps.length !== header.success.schedule.steps.length) {
    throw new TraceFormatError(
      1,
      `bad header: the walk at ["walk"]["steps"] has ${walk.steps.length} steps but the schedule at ["schedule"]["steps"] has ${header.success.schedule.steps.length}; they go step for step`,
    )
  }
  const explore = header.success.explore
  if (explore !== undefined) {
    if (header.success.target !== "model") throw new TraceFormatError(1, `bad header: an exploration at ["explore"] belongs to a model trace, not a ${header.success.target} one`)
    if (walk !== undefined) throw new TraceFormatError(1, `bad header: a trace holds a walk at ["walk"] or an exploration at ["explore"], not both`)
    if (header.success.schedule.steps.length > 0) {
      throw new TraceFormatError(1, `bad header: an explored trace's schedule at ["schedule"]["steps"] has no steps (its path is the spec actions at ["explore"]["actions"]), not ${header.success.schedule.steps.length}`)
    }
    const servers = header.success.schedule.config.servers
    explore.actions.forEach((label, k) => {
      const at = label.args.findIndex((id) => id > servers)
      if (at >= 0) throw new TraceFormatError(1, `bad header: server ${label.args[at]} at ["explore"]["actions"][${k}]["args"][${at}] is not one of the ${servers} servers at ["schedule"]["config"]["servers"]`)
    })
  }
  return header.success
}

/** Decode an event line; `line` is its 1-based line number in the file, for the error. */
export function decodeEventLine(text: string, line: number): TraceEvent {
  const raw = parseLine(text, line)
  // An unknown tag would otherwise be reported as "expected one of" every event's shape.
  const tag = typeof raw === "object" && raw !== null ? (raw as { _tag?: unknown })._tag : undefined
  if (typeof tag === "string" && !Object.hasOwn(TraceEvent.cases, tag)) {
    throw new TraceFormatError(line, `bad event: unknown event ${JSON.stringify(tag)} at ["_tag"] (known: ${Object.keys(TraceEvent.cases).join(", ")})`)
  }
  const decoded = decodeEvent(raw)
  if (Result.isFailure(decoded)) throw new TraceFormatError(line, `bad event: ${schemaMessage(decoded.failure)}`)
  return decoded.success
}

export interface Trace {
  readonly header: TraceHeader
  readonly events: ReadonlyArray<TraceEvent>
}

export function readTrace(text: string): Trace {
  const lines = text.split("\n")
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop()
  if (lines.length === 0) throw new TraceFormatError(1, "empty file: expected a trace header")
  const header = decodeHeaderLine(lines[0]!)
  const events: Array<TraceEvent> = []
  for (let i = 1; i < lines.length; i++) events.push(decodeEventLine(lines[i]!, i + 1))
  return { header, events }
}

// ---------------------------------------------------------------------------------------------------------
// Streaming.

export interface TraceStream {
  readonly header: TraceHeader
  /** The events, decoded one line at a time as they are read; iterate once. */
  readonly events: AsyncIterable<TraceEvent>
  /** Stop reading early (iterating to the end closes the file by itself). */
  close(): void
}

/**
 * Open a trace for streaming: the header is read and checked before this resolves, the events as they are
 * iterated. Blank lines at the end of the file are ignored, as `readTrace` ignores them; a blank line
 * followed by more lines is refused at its line number.
 */
export async function openTraceStream(input: Readable): Promise<TraceStream> {
  const reader = createInterface({ input, crlfDelay: Infinity })
  const lines = reader[Symbol.asyncIterator]()
  const close = (): void => {
    reader.close()
    input.destroy()
  }
  let first: IteratorResult<string>
  try {
    first = await lines.next()
  } catch (error) {
    close()
    throw error
  }
  if (first.done === true) {
    close()
    throw new TraceFormatError(1, "empty file: expected a trace header")
  }
  if (first.value.trim() === "") {
    // Blank lines only make an empty file; a blank line 1 before content is an ordinary bad header.
    let next = await lines.next()
    while (next.done !== true && next.value.trim() === "") next = await lines.next()
    if (next.done === true) {
      close()
      throw new TraceFormatError(1, "empty file: expected a trace header")
    }
  }
  let header: TraceHeader
  try {
    header = decodeHeaderLine(first.value)
  } catch (error) {
    close()
    throw error
  }
  async function* events(): AsyncGenerator<TraceEvent> {
    let line = 1
    let firstBlank = 0 // the line number of the first of a run of blank lines, 0 if none is pending
    try {
      for (;;) {
        const next = await lines.next()
        if (next.done === true) return
        line += 1
        if (next.value.trim() === "") {
          if (firstBlank === 0) firstBlank = line
          continue
        }
        if (firstBlank !== 0) decodeEventLine("", firstBlank) // throws: a blank line inside the trace
        yield decodeEventLine(next.value, line)
      }
    } finally {
      close()
    }
  }
  return { header, events: events(), close }
}

/** Open a trace file for streaming (see openTraceStream). A missing file rejects with the fs error. */
export async function openTraceFile(path: string): Promise<TraceStream> {
  const input = createReadStream(path, { encoding: "utf8" })
  // Surface open errors (ENOENT, EISDIR) here rather than from the first read.
  await Promise.race([once(input, "open"), once(input, "error").then(([error]) => Promise.reject(error as Error))])
  return openTraceStream(input)
}

/** Read a whole trace file through the streaming reader. */
export async function readTraceFile(path: string): Promise<Trace> {
  const stream = await openTraceFile(path)
  const events: Array<TraceEvent> = []
  for await (const event of stream.events) events.push(event)
  return { header: stream.header, events }
}

/**
 * Write a trace file line by line: the header when opened, each event as it is written, waiting for the
 * file to drain when its buffer is full, so a long run never holds its whole trace as one string.
 */
export class TraceFileWriter {
  private events = 0
  private constructor(private readonly stream: WriteStream) {}

  static async open(path: string, header: TraceHeader): Promise<TraceFileWriter> {
    const stream = createWriteStream(path, { encoding: "utf8" })
    await Promise.race([once(stream, "open"), once(stream, "error").then(([error]) => Promise.reject(error as Error))])
    const writer = new TraceFileWriter(stream)
    await writer.line(headerLine(header))
    return writer
  }

  get eventsWritten(): number {
    return this.events
  }

  async write(event: TraceEvent): Promise<void> {
    this.events += 1
    await this.line(eventLine(event))
  }

  async writeAll(events: Iterable<TraceEvent> | AsyncIterable<TraceEvent>): Promise<void> {
    for await (const event of events) await this.write(event)
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.once("error", reject)
      this.stream.end(() => resolve())
    })
  }

  private async line(text: string): Promise<void> {
    if (!this.stream.write(text + "\n")) await once(this.stream, "drain")
  }
}
