/**
 * The merge of a real cluster's process traces (impl/net/trace.ts) into one trace in the shared format
 * (target "net"), which the readers, invariants and viewer take as they take a simulator trace.
 *
 * Every event carries its process's Lamport clock, which rides on every peer frame (impl/net/wire.ts), so
 * sorting the events of all processes by (lamport, server, seq) gives one order that is consistent with
 * causality. The merge does that, keeping what a killed lifetime's peers did before they noticed its end
 * ahead of its restart (see peersBeforeRestarts).
 */
import { Result, Schema } from "effect"
import { processTraceTexts } from "../impl/net/cluster.js"
import { PROCESS_TRACE_FORMAT, PROCESS_TRACE_VERSION, ProcessTraceHeader, ProcessTraceLine } from "../impl/net/trace.js"
import { type Trace, TraceFormatError } from "../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "../traces/schema.js"

const decodeHeader = Schema.decodeUnknownResult(ProcessTraceHeader)
const decodeLine = Schema.decodeUnknownResult(ProcessTraceLine)

export interface ProcessTrace {
  /** One header per process lifetime in the file (a restarted server appends to the same file). */
  readonly headers: ReadonlyArray<ProcessTraceHeader>
  readonly lines: ReadonlyArray<ProcessTraceLine & { readonly server: number; readonly lifetime: number }>
}

function schemaMessage(failure: unknown): string {
  return String(failure).replace(/^SchemaError\(/, "").replace(/\)$/, "").replace(/\n\s*/g, " ")
}

/**
 * Decode one process's trace file. A SIGKILL can leave the last line cut short: that one line is dropped;
 * any other line that does not decode is a TraceFormatError naming the line and the field.
 */
export function readProcessTrace(text: string): ProcessTrace {
  const raw = text.split("\n")
  const tornLast = raw.length > 0 && raw[raw.length - 1] !== ""
  const rows = raw.filter((l, i) => l.trim() !== "" && !(tornLast && i === raw.length - 1 && !isJson(l)))
  const headers: Array<ProcessTraceHeader> = []
  const lines: Array<ProcessTraceLine & { server: number; lifetime: number }> = []
  rows.forEach((row, index) => {
    const lineNo = index + 1
    let json: unknown
    try {
      json = JSON.parse(row)
    } catch (error) {
      throw new TraceFormatError(lineNo, `not JSON (${error instanceof Error ? error.message : String(error)})`)
    }
    if (typeof json === "object" && json !== null && (json as { format?: unknown }).format !== undefined) {
      const header = decodeHeader(json)
      if (Result.isFailure(header)) throw new TraceFormatError(lineNo, `bad process header: ${schemaMessage(header.failure)}`)
      if (header.success.version !== PROCESS_TRACE_VERSION) throw new TraceFormatError(lineNo, `unsupported process trace version ${header.success.version}`)
      headers.push(header.success)
      return
    }
    if (headers.length === 0) throw new TraceFormatError(lineNo, `expected a ${PROCESS_TRACE_FORMAT} header first`)
    const line = decodeLine(json)
    if (Result.isFailure(line)) throw new TraceFormatError(lineNo, `bad event: ${schemaMessage(line.failure)}`)
    lines.push({ ...line.success, server: headers[headers.length - 1]!.server, lifetime: headers.length - 1 })
  })
  return { headers, lines }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

export interface MergeOptions {
  /**
   * "lamport" (default): by Lamport clock, then server, then (lifetime, seq): causal on any set of hosts.
   * "time": by wall-clock ms, then Lamport clock: also causal when every process shares one clock (one
   * machine), and it lets events from outside the processes (`extra`, e.g. a schedule's steps) take their
   * place; at equal ms an extra event goes first, since it caused what followed.
   */
  readonly order?: "lamport" | "time"
  readonly extra?: ReadonlyArray<{ readonly timeMs: number; readonly event: TraceEvent }>
}

/** Merge the traces of every process of one cluster into one shared trace (target "net"). */
export function mergeNetTraces(texts: ReadonlyArray<string>, options: MergeOptions = {}): Trace {
  const traces = texts.map(readProcessTrace)
  const first = traces.flatMap((t) => t.headers)[0]
  if (first === undefined) throw new TraceFormatError(1, "no process trace has a header")
  const all: Array<MergeRow> = traces.flatMap((t) => t.lines)
  for (const [i, x] of (options.extra ?? []).entries()) all.push({ timeMs: x.timeMs, lamport: -1, server: 0, lifetime: 0, seq: i, event: x.event })
  if (options.order === "time") {
    all.sort((a, b) => a.timeMs - b.timeMs || a.lamport - b.lamport || a.server - b.server || a.lifetime - b.lifetime || a.seq - b.seq)
  } else {
    all.sort((a, b) => a.lamport - b.lamport || a.server - b.server || a.lifetime - b.lifetime || a.seq - b.seq)
  }
  const merged = peersBeforeRestarts(all)
  const header: TraceHeader = {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    target: "net",
    seed: null,
    run: null,
    schedule: {
      config: {
        servers: first.servers.length,
        initLimitTicks: first.initLimitTicks,
        syncLimitTicks: first.syncLimitTicks,
        counterBits: 32,
        snapCountTxns: first.snapCountTxns,
        bugs: [...first.bugs],
        livenessTicks: 0,
      },
      steps: [],
    },
    violated: null,
  }
  return { header, events: merged.map((l) => l.event) }
}

type MergeRow = {
  readonly timeMs: number
  readonly lamport: number
  readonly sentAt?: number
  readonly server: number
  readonly lifetime: number
  readonly seq: number
  readonly event: TraceEvent
}

/**
 * Reorder `rows` (already sorted by the merge's key) into the first order by that key that also puts each
 * receipt after the sender's whole turn, and before each restart what the killed lifetime's peers did
 * before they noticed its end.
 *
 * Why the turn: a process sends its frames once the turn's effects have all run, but stamps each with the
 * clock of its send, so the clocks alone would let a follower deliver on an UPTODATE before the leader's
 * own delivery, recorded after the send in the same turn, and the invariants would judge an order that
 * never happened. A turn is what a process records up to its next input (a receipt, a client request, an
 * fsync completion, a lost connection, a restart) and within a millisecond of the send: a tick records
 * no input, and its effects, a tick or more later, are not the turn's (taking them in would hold a receipt
 * back behind a partitioned server's resends for seconds, and the schedule's steps, placed by time, would
 * overtake it).
 *
 * Why: a SIGKILLed server's peers go on for a while as if it were alive: they read the messages it sent
 * before it died (TCP delivers them), fsync and acknowledge its proposals, deliver its commits, until
 * their connection to it breaks. Their clocks can exceed the restarted lifetime's first one, so a sort by
 * clock can put those events after the restart: the model, whose Restart of a leader ends its followers'
 * phase at once, then sees a follower deliver for a leader it no longer has. Nothing links those events
 * to the restart, so it is as true that they came first, and only that order is one the model can take.
 *
 * For each restart of server s and each other server r that received something from s's previous
 * lifetime: r's events up to the one before it noticed (its ConnectionLost to s, its move to looking, a
 * message from s's next lifetime, or its own restart, whichever comes first after that last receipt) go
 * before the restart. A receipt's `sentAt` names the sending event: the sender's last event with a clock
 * at most `sentAt`. The result is the smallest-key-first topological order of each process's own order,
 * each send's turn before its receipt, and those restart constraints. A constraint that would close a cycle
 * (r heard, through a third server, from the new lifetime before it noticed) falls back to the step of r's
 * last receipt from the old lifetime alone, and is dropped if that also would. A file without `sentAt`
 * (older servers) is returned as sorted.
 */
function peersBeforeRestarts(rows: ReadonlyArray<MergeRow>): ReadonlyArray<MergeRow> {
  // Each server's rows in its own order (lifetimes in order, then seq), as indexes into `rows`.
  const byServer = new Map<number, Array<number>>()
  rows.forEach((row, i) => {
    if (row.lamport < 0) return // an event from outside the processes
    let list = byServer.get(row.server)
    if (list === undefined) byServer.set(row.server, (list = []))
    list.push(i)
  })
  // Where each server's lifetimes begin in its list; the binary search below needs clocks that never fall.
  const lifetimeStarts = new Map<number, Array<number>>()
  for (const [server, list] of byServer) {
    list.sort((a, b) => rows[a]!.lifetime - rows[b]!.lifetime || rows[a]!.seq - rows[b]!.seq)
    const starts: Array<number> = []
    for (let k = 0; k < list.length; k++) {
      if (k > 0 && rows[list[k]!]!.lamport < rows[list[k - 1]!]!.lamport) return rows
      if (k === 0 || rows[list[k]!]!.lifetime !== rows[list[k - 1]!]!.lifetime) starts.push(k)
    }
    lifetimeStarts.set(server, starts)
  }
  const successors: Array<Array<number>> = rows.map(() => [])
  const edge = (from: number, to: number): void => void successors[from]!.push(to)
  for (const list of byServer.values()) for (let k = 1; k < list.length; k++) edge(list[k - 1]!, list[k]!)
  // Each receipt's send edge, and the sender's lifetime it came from (none: sent before the sender's trace).
  const fromLifetime = new Map<number, number>()
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    if (row.event._tag !== "Received") continue
    if (row.sentAt === undefined) return rows
    const sender = byServer.get(row.event.from)
    if (sender === undefined) continue
    let lo = 0
    let hi = sender.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (rows[sender[mid]!]!.lamport <= row.sentAt) lo = mid + 1
      else hi = mid
    }
    if (lo === 0) continue
    // The receipt follows the sender's whole turn: a process flushes its frames when the turn's effects
    // have all run (impl/net/batch.ts), so what the sender did after the send in that turn (a delivery after
    // its UPTODATE, say) came first, though the clocks do not say so.
    let end = lo - 1
    const sentMs = rows[sender[end]!]!.timeMs
    const sameTurn = (k: number): boolean => {
      const next = rows[sender[k]!]!
      return next.lifetime === rows[sender[end]!]!.lifetime && !isInput(next.event) && next.timeMs <= sentMs + 1
    }
    while (end + 1 < sender.length && sameTurn(end + 1)) end += 1
    edge(sender[end]!, i)
    fromLifetime.set(i, rows[sender[lo - 1]!]!.lifetime)
  }
  // Whether `to` reaches `from` already (so an edge from -> to would close a cycle).
  const reaches = (to: number, from: number): boolean => {
    const seen = new Uint8Array(rows.length)
    const stack = [to]
    seen[to] = 1
    while (stack.length > 0) {
      const x = stack.pop()!
      if (x === from) return true
      for (const y of successors[x]!) if (seen[y] === 0) (seen[y] = 1), stack.push(y)
    }
    return false
  }
  for (const [s, list] of byServer) {
    for (const start of lifetimeStarts.get(s)!.slice(1)) {
      const restart = list[start]!
      const old = rows[list[start - 1]!]!.lifetime
      for (const [r, mine] of byServer) {
        if (r === s) continue
        let last = -1
        for (let k = 0; k < mine.length; k++) {
          const e = rows[mine[k]!]!.event
          if (e._tag === "Received" && e.from === s && fromLifetime.get(mine[k]!) === old) last = k
        }
        if (last < 0) continue
        let stepEnd = last
        while (stepEnd + 1 < mine.length && !isInput(rows[mine[stepEnd + 1]!]!.event)) stepEnd += 1
        let noticed = last + 1
        while (noticed < mine.length && !notices(rows[mine[noticed]!]!, s, old, fromLifetime.get(mine[noticed]!))) noticed += 1
        // Up to the event before r noticed; failing that (a cycle), the step of its last receipt alone.
        const until = [Math.max(noticed - 1, stepEnd), stepEnd].find((k) => !reaches(restart, mine[k]!))
        if (until === undefined) continue
        edge(mine[until]!, restart)
      }
    }
  }
  const indegree = new Int32Array(rows.length)
  for (const next of successors) for (const j of next) indegree[j]! += 1
  const ready = new MinHeap()
  for (let i = 0; i < rows.length; i++) if (indegree[i] === 0) ready.push(i)
  const out: Array<MergeRow> = []
  for (let i = ready.pop(); i !== undefined; i = ready.pop()) {
    out.push(rows[i]!)
    for (const j of successors[i]!) if (--indegree[j]! === 0) ready.push(j)
  }
  return out.length === rows.length ? out : rows
}

/** Whether this event of another server shows it noticed that lifetime `old` of server `s` ended. */
function notices(row: MergeRow, s: number, old: number, from: number | undefined): boolean {
  const e = row.event
  switch (e._tag) {
    case "ConnectionLost":
      return e.peer === s
    case "Received":
      return e.from === s && from !== undefined && from > old
    case "Restarted":
      return true
    case "Observed":
      return e.effect._tag === "RoleChange" && e.effect.role === "looking"
    default:
      return false
  }
}

/** The events a process trace records for an input of the peer (the rest are effects of the last one). */
function isInput(event: TraceEvent): boolean {
  switch (event._tag) {
    case "Received":
    case "ClientRequest":
    case "FsyncCompleted":
    case "ConnectionLost":
    case "Restarted":
      return true
    default:
      return false
  }
}

/** A binary min-heap of row indexes. */
class MinHeap {
  private readonly items: Array<number> = []

  push(x: number): void {
    const a = this.items
    a.push(x)
    let i = a.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (a[parent]! <= x) break
      a[i] = a[parent]!
      i = parent
    }
    a[i] = x
  }

  pop(): number | undefined {
    const a = this.items
    const top = a[0]
    const last = a.pop()
    if (a.length === 0 || last === undefined) return top
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= a.length) break
      const c = l + 1 < a.length && a[l + 1]! < a[l]! ? l + 1 : l
      if (a[c]! >= last) break
      a[i] = a[c]!
      i = c
    }
    a[i] = last
    return top
  }
}

/** The per-process traces of every server of the cluster in `dir`, merged into one shared trace (target "net"). */
export function mergedTrace(dir: string): Trace {
  return mergeNetTraces(processTraceTexts(dir))
}
