/**
 * The data behind `zab view`: a trace turned into rows (one per event), messages (a send point, a receive
 * point or a loss), and every server's state after each row. The page (viewer-page.ts) only draws it.
 *
 * For a simulator trace the harness re-runs the schedule (the simulator is deterministic; the re-runs
 * come in as ViewReruns, from harness/viewer-reruns.ts, since traces/ runs nothing) with a tap on the network, which says when each message was sent and which were lost
 * in flight; the re-run's events must equal the file's, and then every arrow and every state is exact.
 * When they differ (the peer changed since the file was written), when the trace comes from a real cluster
 * or the model, or when the file names a bug this zab does not know, the file's events are shown as they
 * are, each receive paired with its recorded send (or, where none was recorded, an estimated one: see
 * `pairSends`) and the states derived from the
 * events. A file with a schedule and no events is re-run to get them.
 */
import { Schema } from "effect"
import type { HistoryEvent } from "../impl/history-events.js"
import { checkHistory } from "../properties/history/check.js"
import { HistoryInputError, historyOf, isHistoryEvent } from "../properties/history/history.js"
import { describeOperation, describeResult } from "../properties/history/text.js"
import { assert } from "../impl/core/assert.js"
import type { Message } from "../impl/core/types.js"
import { formatZxid } from "../impl/core/zxid.js"
import { isBugName } from "../impl/bugs.js"
import type { Schedule, SimConfig } from "../schedule/steps.js"
import { formatMessage } from "../model/spec-text.js"
import type { Message as ModelMessage, MessageType as ModelMessageType } from "../model/model-state.js"
import type { WalkAction } from "../model/walk.js"
import type { ModelWalk } from "../model/walk-step.js"
import { describeEvent, describeMessageInFull, messageLabel } from "./format.js"
import type { Trace } from "./jsonl.js"
import { TraceEvent } from "./schema.js"

/** A row's kind: the trace event's tag, with Observed split by what was observed. */
export type RowKind = Exclude<TraceEvent["_tag"], "Observed"> | "RoleChange" | "Established" | "Observe"

export interface ViewRow {
  readonly kind: RowKind
  /** The server the event happened on; null for the cluster's own events (steps, partitions, the violation). */
  readonly server: number | null
  /** One readable line. */
  readonly text: string
  /** The schedule step (an explorer's path: the spec action) this row belongs to, as printed (1-based), 0 before the first. */
  readonly step: number
  /** For a Received row: the message (index into `messages`). */
  readonly message?: number
  /** For an Observe row: the protocol branch taken (`commit`, `sync-diff`, ...). */
  readonly branch?: string
  /** For a Partitioned row: the groups; for a Violation row: the servers it names. */
  readonly groups?: ReadonlyArray<ReadonlyArray<number>>
  readonly servers?: ReadonlyArray<number>
}

export interface ViewMessage {
  readonly from: number
  readonly to: number
  readonly tag: Message["_tag"]
  /** Short, for the arrow: `Proposal 0x100000001`. */
  readonly label: string
  /** Long, for the hover: the message as `zab replay` prints it, plus a proposal's txn. */
  readonly text: string
  /** The row during which it was sent (after that row's event); null when no send point could be derived. */
  readonly sentAt: number | null
  readonly receivedAt: number | null
  /** The row at which it was lost in flight (a reset, a crash, a partition, a link that was already down). */
  readonly lostAt: number | null
  /** True when `sentAt` is where the re-run saw it sent; false when estimated from the receiver's side. */
  readonly exact: boolean
}

/** A server's state after a row. Null fields are not known from the events of this trace. */
export interface ViewServerState {
  readonly up: boolean
  readonly role: "looking" | "following" | "leading"
  readonly phase: "election" | "discovery" | "synchronization" | "broadcast"
  readonly acceptedEpoch: number | null
  readonly currentEpoch: number | null
  readonly leader: number | null
  readonly established: boolean
  readonly lastLogged: string | null
  readonly lastDelivered: string
  /** How many txns it delivered in this trace (every life). */
  readonly delivered: number
  /** Its disk's last completed fsync (storage write number, per life); 0 when none yet. */
  readonly fsyncedThrough: number
}

/** One state change: server `server` is in `state` from after row `row` on (row -1: before the first row). */
export interface ViewStateChange {
  readonly row: number
  readonly server: number
  readonly state: ViewServerState
}

/** A client history event and the row after which it happened (-1: before the first row). */
export interface PlacedHistoryEvent {
  readonly after: number
  readonly event: HistoryEvent
}

/** A client operation, drawn as a bar on its session's lane from its invocation to its completion. */
export interface ViewClientOp {
  readonly session: string
  readonly id: number
  /** The operation and its result, as zab history words them. */
  readonly text: string
  /** The rows after which it was invoked and completed (completed null: not within the trace). */
  readonly invokedAfter: number
  readonly completedAfter: number | null
  readonly outcome: "ok" | "failed" | "indeterminate"
  /** In the shrunk sub-history that ClientHistory found no order for; weakened: its result set aside there. */
  readonly violating: boolean
  readonly weakened: boolean
}

export type ViewSource =
  | "re-run" // the file's events equal the re-run's: exact sends, losses and states
  | "re-run-schedule" // the file had only a schedule: its re-run's events
  | "recorded" // the file's events as they are: sends estimated, states derived from the events

export interface ViewData {
  readonly title: string
  readonly target: "sim" | "net" | "model" | "zookeeper"
  readonly seed: number | null
  readonly run: number | null
  readonly bugs: ReadonlyArray<string>
  readonly servers: ReadonlyArray<number>
  readonly violated: string | null
  readonly source: ViewSource
  /** How the arrows and states were derived, and anything the reader should know: shown on the page. */
  readonly notes: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ViewRow>
  readonly messages: ReadonlyArray<ViewMessage>
  readonly states: ReadonlyArray<ViewStateChange>
  /** The Violation row, if the trace has one, and the step row that led to it. */
  readonly violationRow: number | null
  readonly violationStepRow: number | null
  /** Client sessions, each a lane after the servers', in order of their first operation. */
  readonly sessions: ReadonlyArray<string>
  readonly clientOps: ReadonlyArray<ViewClientOp>
}

export class ViewError extends Error {
  override readonly name = "ViewError"
}

/** Bounds on what one page carries. Past `rowsMax` the page would be too slow to be of use. */
export const viewLimits = {
  rowsMax: 200_000,
  /** Messages sent into a link already down: shown, but at most this many (the rest are counted). */
  lostAtOnceMax: 20_000,
} as const

const encodeEvent = Schema.encodeSync(TraceEvent)

export function buildView(whole: Trace, title: string, reruns: ViewReruns): ViewData {
  // The cluster views a trace carries (for zab diff) are not drawn: the page keeps its own server states.
  const trace: Trace = { header: whole.header, events: withoutViews(whole.events) }
  const { header } = trace
  const config = header.schedule.config
  const unknownBugs = config.bugs.filter((b) => !isBugName(b))
  const canRerun = header.target === "sim" && unknownBugs.length === 0
  const notes: Array<string> = []
  let rerun: Rerun | null = null
  let source: ViewSource = "recorded"
  if (canRerun) {
    const attempt = reruns.simulator(header.schedule, trace.events)
    if (trace.events.length === 0) {
      rerun = attempt
      source = "re-run-schedule"
      notes.push("The file holds a schedule and no events: the events shown are those of re-running it on the simulator, with every send and loss as the re-run saw it.")
    } else {
      const diverged = firstDifference(trace.events, attempt.events)
      if (diverged === null) {
        rerun = attempt
        source = "re-run"
        notes.push("Sends, losses and server states are exact: the schedule was re-run on the simulator with the network observed, and the re-run's events equal the file's.")
      } else {
        notes.push(
          `Re-running the schedule departs from the file's events at event ${diverged + 1} (the peer or the simulator changed since the file was written): the file's events are shown as recorded, with estimated sends.`,
        )
      }
    }
  } else if (header.target === "sim") {
    notes.push(`The file names a bug this zab does not know (${unknownBugs.join(", ")}), so it cannot be re-run: its events are shown as recorded.`)
  }
  if (rerun === null && trace.events.length === 0) {
    throw new ViewError(`the trace has no events${header.target === "sim" ? "" : ` and a ${header.target} trace cannot be re-run on the simulator`}: nothing to show`)
  }
  const events = rerun?.events ?? trace.events
  if (events.length > viewLimits.rowsMax) throw new ViewError(`the trace has ${events.length} events, more than the viewer's ${viewLimits.rowsMax}`)
  const servers = serverIds(config.servers, events)
  const rows = toRows(events)
  let messages: Array<ViewMessage>
  let states: ReadonlyArray<ViewStateChange>
  if (rerun !== null) {
    messages = rerun.messages.map((m) => m.view)
    states = rerun.states
    for (const [i, m] of messages.entries()) if (m.receivedAt !== null) rows[m.receivedAt] = { ...rows[m.receivedAt]!, message: i }
    if (rerun.lostAtOnceDropped > 0) notes.push(`${rerun.lostAtOnceDropped} more messages sent into links already down are not drawn.`)
  } else {
    const points = header.explore !== undefined ? explorePoints(whole.events) : header.walk !== undefined ? walkPoints(reruns, config, header.walk, whole.events) : null
    const paired = points === null ? pairSends(whole.events, rows) : { messages: channelMessages(points, rows), exact: 0 }
    messages = paired.messages
    const viewed = header.target === "model" ? statesOfViews(whole.events) : null
    states = viewed ?? deriveStates(events, servers)
    const arrows =
      "Arrows are the model's channels (msgs[i][j] of Zab.tla): a message starts at the action that appended it and ends at the action that took it from the head of its channel, or is lost where Timeout or Restart emptied the channel. Colours are those of the implementation's messages: CEPOCH as FollowerInfo, NEWEPOCH as LeaderInfo, ACKEPOCH as AckEpoch, NEWLEADER, ACKLD as AckNewLeader, COMMITLD as UpToDate, PROPOSE as Proposal, ACK, COMMIT."
    if (header.explore !== undefined) {
      notes.push(
        `A path of zab explore: one row per spec action of the model, then the role changes and deliveries it caused, and every server's state from the cluster view the trace recorded after the action. ${arrows} The channels come from the model state each SpecAction recorded.`,
      )
    } else if (header.walk !== undefined) {
      notes.push(
        points === null
          ? "A model walk (zab check --target model): re-running the walk the header holds departs from the file's events (the model changed since the file was written), so no arrows are drawn; server states come from the cluster views the trace recorded."
          : `A model walk (zab check --target model): one row per walk step, with the spec actions it took, then what they changed; server states from the cluster views the trace recorded. ${arrows} The channels come from re-running the walk the header holds, whose events equal the file's; a step's actions all belong to its row, so a message sent and taken within one step is drawn level.`,
      )
    } else if (paired.exact > 0) {
      notes.push(
        `The trace records sends: ${paired.exact} of ${messages.length} arrows start where the message was sent (after the row before the send).${paired.exact < messages.length ? " The rest (messages whose sends are not recorded, such as election notifications and pings of real servers) start at the sender's last event before the receipt, drawn dashed." : ""} Messages lost in flight are not drawn. acceptedEpoch and the last logged zxid are known only at restarts.`,
      )
    } else {
      notes.push(
        "This trace records receives, not sends: each arrow starts at the sender's last event before the receipt (no later than it, FIFO per link kept), drawn dashed; messages lost in flight are not known. acceptedEpoch and the last logged zxid are known only at restarts.",
      )
    }
  }
  const violationRow = rows.findIndex((r) => r.kind === "Violation")
  let violationStepRow: number | null = null
  if (violationRow >= 0) {
    for (let i = violationRow - 1; i >= 0; i--) {
      if (rows[i]!.kind === "Step" || rows[i]!.kind === "SpecAction" || rows[i]!.kind === "LivenessPhase") {
        violationStepRow = i
        break
      }
    }
  }
  return {
    title,
    target: header.target,
    seed: header.seed,
    run: header.run,
    bugs: [...config.bugs],
    servers,
    violated: header.violated,
    source,
    notes,
    rows,
    messages,
    states,
    violationRow: violationRow >= 0 ? violationRow : null,
    violationStepRow,
    ...clientOpsOf(rerun?.history ?? placeHistory(whole.events), header.violated, notes),
  }
}

/** The client history events of a trace, each placed after the last drawn row before it. */
function placeHistory(events: ReadonlyArray<TraceEvent>): Array<PlacedHistoryEvent> {
  const placed: Array<PlacedHistoryEvent> = []
  let rows = 0
  for (const e of events) {
    if (isHistoryEvent(e)) placed.push({ after: rows - 1, event: e })
    else if (drawn(e)) rows += 1
  }
  return placed
}

/**
 * The client operations as bars. When the trace's violation is ClientHistory, the history is judged again
 * (the trace keeps only the violation's message) so the bars of the sub-history it reported are marked.
 */
function clientOpsOf(placed: ReadonlyArray<PlacedHistoryEvent>, violated: string | null, notes: Array<string>): Pick<ViewData, "sessions" | "clientOps"> {
  if (placed.length === 0) return { sessions: [], clientOps: [] }
  const events = placed.map((p) => p.event)
  let history
  try {
    history = historyOf(events)
  } catch (error) {
    if (!(error instanceof HistoryInputError)) throw error
    notes.push(`The trace's client history is malformed (${error.message}), so no client operation is drawn.`)
    return { sessions: [], clientOps: [] }
  }
  const marked = new Map<number, boolean>()
  if (violated === "ClientHistory") {
    const verdict = checkHistory(history)
    if (verdict._tag === "Violation") {
      for (const shown of verdict.subHistory) marked.set(shown.op.id, shown.weakened)
      notes.push(`Client operations are bars on their sessions' lanes, from invocation to completion; the ${verdict.subHistory.length} outlined in red are the sub-history no order of which explains its results.`)
    } else notes.push(`Judged again, the client history is ${verdict._tag === "Ok" ? "ok" : "undecided"} (the trace says ClientHistory): no bar is marked.`)
  }
  const sessions: Array<string> = []
  const clientOps = history.ops.map((op): ViewClientOp => {
    if (!sessions.includes(op.session)) sessions.push(op.session)
    const outcome = op.result._tag === "Ok" ? "ok" : op.result._tag === "Failed" ? "failed" : "indeterminate"
    return {
      session: op.session,
      id: op.id,
      text: `session ${op.session} #${op.id} ${describeOperation(op.operation)} -> ${describeResult(op.result)}`,
      invokedAfter: placed[op.invokedIndex]!.after,
      completedAfter: op.completedIndex === null ? null : placed[op.completedIndex]!.after,
      outcome,
      violating: marked.has(op.id),
      weakened: marked.get(op.id) === true,
    }
  })
  return { sessions, clientOps }
}

function serverIds(configured: number, events: ReadonlyArray<TraceEvent>): Array<number> {
  const ids = new Set<number>()
  for (let id = 1; id <= configured; id++) ids.add(id)
  for (const e of events) {
    if ("server" in e) ids.add(e.server)
    if (e._tag === "Received") ids.add(e.from)
  }
  return [...ids].sort((a, b) => a - b)
}

/** The index of the first event where the two lists differ (by their encoding), or null when equal. */
function firstDifference(a: ReadonlyArray<TraceEvent>, b: ReadonlyArray<TraceEvent>): number | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === undefined || y === undefined) return i
    if (JSON.stringify(encodeEvent(x)) !== JSON.stringify(encodeEvent(y))) return i
  }
  return null
}

// ---------------------------------------------------------------------------------------------------------
// Rows.

/**
 * The events the page draws as rows. Cluster views (for zab diff) are left out, as are the sends, storage
 * writes and lost connections recorded for model validation: the re-run's tap gives sends and losses
 * exactly, and the page keeps its own server states.
 */
export function drawn(e: TraceEvent): boolean {
  return e._tag !== "View" && e._tag !== "Sent" && e._tag !== "Wrote" && e._tag !== "ConnectionLost" && e._tag !== "OpInvoked" && e._tag !== "OpCompleted"
}

export function withoutViews(events: ReadonlyArray<TraceEvent>): ReadonlyArray<TraceEvent> {
  return events.filter(drawn)
}

function toRows(events: ReadonlyArray<TraceEvent>): Array<ViewRow> {
  const rows: Array<ViewRow> = []
  let step = 0
  for (const e of events) {
    if (e._tag === "Step" || e._tag === "SpecAction") step += 1
    rows.push(toRow(e, step))
  }
  return rows
}

/** A row's text is the event as traces/format.ts words it; a receipt shows the message with its content. */
function toRow(e: TraceEvent, step: number): ViewRow {
  switch (e._tag) {
    case "Step":
      return { kind: "Step", server: null, step, text: `step ${step}: ${e.text}` }
    case "SpecAction":
      return { kind: "SpecAction", server: null, step, text: `action ${e.index + 1}: ${e.text}` }
    case "Received":
      return { kind: "Received", server: e.server, step, text: `${e.server} <- ${e.from}  ${describeMessageInFull(e.message)}` }
    case "Observed": {
      const effect = e.effect
      const text = describeEvent(e)
      if (effect._tag === "RoleChange") return { kind: "RoleChange", server: e.server, step, text }
      if (effect._tag === "Established") return { kind: "Established", server: e.server, step, text }
      if (effect._tag === "Observe") return { kind: "Observe", server: e.server, step, branch: effect.branch, text }
      return { kind: "Observe", server: e.server, step, text }
    }
    case "Delivered":
    case "ClientRequest":
    case "Replied":
    case "FsyncCompleted":
    case "Crashed":
    case "Restarted":
      return { kind: e._tag, server: e.server, step, text: describeEvent(e) }
    case "Partitioned":
      return { kind: "Partitioned", server: null, step, text: describeEvent(e), groups: e.groups }
    case "Healed":
      return { kind: "Healed", server: null, step, text: describeEvent(e) }
    case "LivenessPhase":
      return { kind: "LivenessPhase", server: null, step, text: `then: ${e.text}` }
    case "Violation":
      return { kind: "Violation", server: null, step, text: `VIOLATION of ${e.invariant}: ${e.message}`, servers: e.servers }
    case "View":
    case "Sent":
    case "Wrote":
    case "ConnectionLost":
    case "OpInvoked":
    case "OpCompleted":
      assert(false, "only drawn events become rows")
  }
}

export function viewMessage(from: number, to: number, message: Message, sentAt: number | null, exact: boolean): ViewMessage {
  return { from, to, tag: message._tag, label: messageLabel(message), text: describeMessageInFull(message), sentAt, receivedAt: null, lostAt: null, exact }
}

// ---------------------------------------------------------------------------------------------------------
// The re-runs. The viewer runs nothing itself: the harness (harness/viewer-reruns.ts) supplies them.

/** What the viewer asks the harness to re-run. */
export interface ViewReruns {
  /**
   * Re-run a simulator schedule with a tap on the network, stopping after as many events as `recorded`
   * holds (the whole run when it holds none, its violation taken from `recorded`).
   */
  readonly simulator: (schedule: Schedule, recorded: ReadonlyArray<TraceEvent>) => Rerun
  /** Re-run the model walk a trace header holds: the trace's events and the spec actions each step took. */
  readonly walk: (config: SimConfig, walk: ModelWalk) => { readonly events: ReadonlyArray<TraceEvent>; readonly actions: ReadonlyArray<WalkAction> }
}

export interface TappedMessage {
  readonly message: Message
  view: ViewMessage
}

/** A simulator re-run with the network observed: its events, every message with its fate, the server states. */
export interface Rerun {
  readonly events: ReadonlyArray<TraceEvent>
  readonly messages: ReadonlyArray<TappedMessage>
  readonly states: ReadonlyArray<ViewStateChange>
  readonly lostAtOnceDropped: number
  /** The run's client history events, placed among the rows. */
  readonly history: ReadonlyArray<PlacedHistoryEvent>
}

/**
 * Every server's state from the View events a trace recorded (an explorer's path has one after each spec
 * action): a View after drawn row r gives the states from r on. Exact where the events alone are not: the
 * epochs and the last logged zxid are in the view.
 */
function statesOfViews(events: ReadonlyArray<TraceEvent>): Array<ViewStateChange> {
  const changes: Array<ViewStateChange> = []
  const last = new Map<number, ViewServerState>()
  const delivered = new Map<number, number>()
  let row = -1
  for (const e of events) {
    if (e._tag === "Delivered") delivered.set(e.server, (delivered.get(e.server) ?? 0) + 1)
    if (drawn(e)) row += 1
    if (e._tag !== "View") continue
    for (const s of e.view.servers) {
      const state: ViewServerState = {
        up: s.up,
        role: s.role,
        phase: s.phase,
        acceptedEpoch: s.acceptedEpoch,
        currentEpoch: s.currentEpoch,
        leader: s.leader,
        established: s.role === "leading" && e.view.ghost.established.some((x) => x.epoch === s.currentEpoch && x.leader === s.id),
        lastLogged: formatZxid(s.history[s.history.length - 1]?.zxid ?? 0),
        // A broken model can count more delivered than its history holds (the view says so; the lane shows the last it has).
        lastDelivered: formatZxid(s.history[Math.min(s.committed, s.history.length) - 1]?.zxid ?? 0),
        delivered: delivered.get(s.id) ?? 0,
        fsyncedThrough: 0,
      }
      const before = last.get(s.id)
      if (before !== undefined && sameState(before, state)) continue
      last.set(s.id, state)
      changes.push({ row, server: s.id, state })
    }
  }
  return changes
}

export function downState(): ViewServerState {
  return { up: false, role: "looking", phase: "election", acceptedEpoch: 0, currentEpoch: 0, leader: null, established: false, lastLogged: "0x0", lastDelivered: "0x0", delivered: 0, fsyncedThrough: 0 }
}

export function sameState(a: ViewServerState, b: ViewServerState): boolean {
  return (
    a.up === b.up &&
    a.role === b.role &&
    a.phase === b.phase &&
    a.acceptedEpoch === b.acceptedEpoch &&
    a.currentEpoch === b.currentEpoch &&
    a.leader === b.leader &&
    a.established === b.established &&
    a.lastLogged === b.lastLogged &&
    a.lastDelivered === b.lastDelivered &&
    a.delivered === b.delivered &&
    a.fsyncedThrough === b.fsyncedThrough
  )
}

// ---------------------------------------------------------------------------------------------------------
// Without a re-run: sends estimated, states derived from the events.

/**
 * Pair each receive with a send point on the sender's lane: the row of the sender's last event before the
 * receipt (the sender was processing something then, and a message is sent while processing an input),
 * never earlier than the previous message's on the same link, so FIFO order is kept. It is only a "no later
 * than" bound of the real send. A receive with no earlier sender event has no send point (null).
 */
/** The implementation's message each Zab.tla message stands for, for the arrow's colour. */
const modelMessageTag: Readonly<Record<ModelMessageType, Message["_tag"]>> = {
  CEPOCH: "FollowerInfo",
  NEWEPOCH: "LeaderInfo",
  ACKEPOCH: "AckEpoch",
  NEWLEADER: "NewLeader",
  ACKLD: "AckNewLeader",
  COMMITLD: "UpToDate",
  PROPOSE: "Proposal",
  ACK: "Ack",
  COMMIT: "Commit",
}

/** A model action as the viewer draws it: the row it belongs to, its name and servers (indexes), the state's channels after it. */
export interface ModelActionPoint {
  readonly row: number
  readonly action: string
  readonly args: ReadonlyArray<number>
  readonly msgs: ReadonlyArray<ReadonlyArray<ReadonlyArray<ModelMessage>>>
}

/** The action points of an explored path: one per SpecAction row, with the state it recorded. */
function explorePoints(all: ReadonlyArray<TraceEvent>): Array<ModelActionPoint> {
  const points: Array<ModelActionPoint> = []
  let row = -1
  for (const e of all) {
    if (!drawn(e)) continue
    row += 1
    if (e._tag === "SpecAction") points.push({ row, action: e.label.action, args: e.label.args.map((id) => id - 1), msgs: e.state.msgs })
  }
  return points
}

/**
 * The action points of a model walk (`zab check --target model`), by re-running the walk the header holds
 * (the model is deterministic); null when the re-run's events are not the file's (the model changed).
 * A walk step's actions all belong to its Step row.
 */
function walkPoints(reruns: ViewReruns, config: SimConfig, walk: ModelWalk, all: ReadonlyArray<TraceEvent>): Array<ModelActionPoint> | null {
  const outcome = reruns.walk(config, walk)
  if (firstDifference(all, outcome.events) !== null) return null
  const stepRow = new Map<number, number>()
  let row = -1
  for (const e of all) {
    if (!drawn(e)) continue
    row += 1
    if (e._tag === "Step") stepRow.set(e.index, row)
  }
  return outcome.actions.map((a) => ({ row: stepRow.get(a.step)!, action: a.label.action, args: a.label.args, msgs: a.state.msgs }))
}

/**
 * The messages of a model run, from the model's channels after each action (`points`, in order, from
 * Init, whose channels are empty). msgs[i][j] is the FIFO channel from server index i to j, and an action
 * takes at most one message, from the head of the channel from its second server to its first
 * (LeaderProcessACK(i, j) reads msgs[j][i]), and appends to channels' tails; Timeout and Restart empty
 * channels. So per channel the head that left is a receipt when a receiving action (`...Process...`,
 * FilterNonexistentMessage) of that pair took it, and a loss otherwise, and what was appended after the
 * part that stayed is sent by this action.
 */
export function channelMessages(points: ReadonlyArray<ModelActionPoint>, rows: Array<ViewRow>): Array<ViewMessage> {
  const messages: Array<ViewMessage> = []
  const inFlight = new Map<string, Array<number>>() // per channel "i>j" (indexes), messages' indexes, head first
  let previous: ModelActionPoint["msgs"] | null = null
  for (const { row, action, args, msgs } of points) {
    const [receiver, sender] = args
    const receiving = action.includes("Process") || action === "FilterNonexistentMessage"
    msgs.forEach((channels, i) =>
      channels.forEach((channel, j) => {
        const before = previous?.[i]?.[j] ?? []
        if (channel === before) return // unchanged (the model shares untouched channels)
        // The fewest heads dropped such that what stayed is the start of the channel now.
        let dropped = 0
        while (dropped < before.length && !startsWith(channel, before, dropped)) dropped += 1
        const key = `${i}>${j}`
        let queue = inFlight.get(key)
        if (queue === undefined) inFlight.set(key, (queue = []))
        for (let k = 0; k < dropped; k++) {
          const index = queue.shift()
          if (index === undefined) continue
          const taken = k === 0 && receiving && i === sender && j === receiver
          messages[index] = taken ? { ...messages[index]!, receivedAt: row } : { ...messages[index]!, lostAt: row }
          if (taken) rows[row] = { ...rows[row]!, message: index }
        }
        for (const m of channel.slice(before.length - dropped)) {
          queue.push(messages.length)
          const label = formatMessage(m)
          messages.push({ from: i + 1, to: j + 1, tag: modelMessageTag[m.mtype], label: label.length > 40 ? `${label.slice(0, 39)}…` : label, text: label, sentAt: row, receivedAt: null, lostAt: null, exact: true })
        }
      }),
    )
    previous = msgs
  }
  return messages
}

/** Whether `channel` starts with `before` from index `from` on (deep equality of the messages). */
function startsWith(channel: ReadonlyArray<ModelMessage>, before: ReadonlyArray<ModelMessage>, from: number): boolean {
  if (channel.length < before.length - from) return false
  for (let k = from; k < before.length; k++) if (JSON.stringify(channel[k - from]) !== JSON.stringify(before[k])) return false
  return true
}

/** JSON text of a message: a session id is a bigint, written as its decimal text. */
function bigintAsText(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value
}

/**
 * Receipts paired with their sends where the trace recorded them (version 2: the simulator records every
 * send, real servers every one but election notifications and pings). A send's point is the row drawn just
 * before it; per link, a receipt takes the oldest unreceived send of the same message (FIFO). A
 * receipt without one starts at the sender's last drawn event before it (no later than the send; FIFO per link
 * kept), marked as estimated. `all` is the whole trace, `rows` its drawn
 * events in order.
 */
export function pairSends(all: ReadonlyArray<TraceEvent>, rows: Array<ViewRow>): { readonly messages: Array<ViewMessage>; readonly exact: number } {
  const lastAt = new Map<number, number>()
  const lastOnLink = new Map<string, number>()
  const sent = new Map<string, Array<{ readonly text: string; readonly at: number | null }>>()
  const messages: Array<ViewMessage> = []
  let exact = 0
  let row = -1
  // What the trace says of the network, so that a send into a link that is down, or one in flight when
  // the link broke, is known lost and not paired with a later receipt of an identical message.
  const down = new Set<number>()
  let side: Map<number, number> | null = null
  const reachable = (a: number, b: number): boolean => !down.has(a) && !down.has(b) && (side === null || side.get(a) === side.get(b))
  const cut = (lost: (from: number, to: number) => boolean): void => {
    for (const [key, queue] of sent) {
      const [from, to] = key.split(">").map(Number) as [number, number]
      if (lost(from, to)) queue.length = 0
    }
  }
  for (const e of all) {
    if (e._tag === "Crashed") {
      down.add(e.server)
      cut((from, to) => from === e.server || to === e.server)
    } else if (e._tag === "Restarted") {
      down.delete(e.server)
    } else if (e._tag === "ConnectionLost") {
      cut((from, to) => (from === e.server && to === e.peer) || (from === e.peer && to === e.server))
    } else if (e._tag === "Partitioned") {
      side = new Map(e.groups.flatMap((group, i) => group.map((id) => [id, i] as const)))
      cut((from, to) => !reachable(from, to))
    } else if (e._tag === "Healed") {
      side = null
    }
    if (e._tag === "Sent") {
      if (e.server === e.to || !reachable(e.server, e.to)) continue
      const key = `${e.server}>${e.to}`
      let queue = sent.get(key)
      if (queue === undefined) sent.set(key, (queue = []))
      queue.push({ text: JSON.stringify(e.message, bigintAsText), at: row >= 0 ? row : null })
      continue
    }
    if (!drawn(e)) continue
    row += 1
    if (e._tag === "Received") {
      const key = `${e.from}>${e.server}`
      const queue = sent.get(key) ?? []
      const text = JSON.stringify(e.message, bigintAsText)
      // Links are FIFO: sends ahead of the one received that never arrived were lost (a reset, a crash,
      // a link that was down), so they are dropped with it. Each send is passed over once: linear overall.
      const at = queue.findIndex((m) => m.text === text)
      let message: ViewMessage
      if (at >= 0) {
        const match = queue[at]!
        queue.splice(0, at + 1)
        exact += 1
        message = viewMessage(e.from, e.server, e.message, match.at, true)
      } else {
        const own = lastAt.get(e.from)
        const previous = lastOnLink.get(key)
        const sentAt = own === undefined ? (previous ?? null) : Math.max(own, previous ?? -1)
        message = viewMessage(e.from, e.server, e.message, sentAt, false)
      }
      if (message.sentAt !== null) lastOnLink.set(key, Math.max(message.sentAt, lastOnLink.get(key) ?? -1))
      rows[row] = { ...rows[row]!, message: messages.length }
      messages.push({ ...message, receivedAt: row })
    }
    if ("server" in e) lastAt.set(e.server, row)
  }
  return { messages, exact }
}

/** Every server's state after each row, as far as the events tell it. */
export function deriveStates(events: ReadonlyArray<TraceEvent>, servers: ReadonlyArray<number>): Array<ViewStateChange> {
  const current = new Map<number, ViewServerState>()
  const changes: Array<ViewStateChange> = []
  const unknown: ViewServerState = { ...downState(), acceptedEpoch: null, currentEpoch: null, lastLogged: null }
  for (const id of servers) {
    current.set(id, unknown)
    changes.push({ row: -1, server: id, state: unknown })
  }
  const set = (row: number, server: number, change: Partial<ViewServerState>): void => {
    const before = current.get(server) ?? unknown
    const state = { ...before, ...change }
    current.set(server, state)
    changes.push({ row, server, state })
  }
  for (const [row, e] of events.entries()) {
    switch (e._tag) {
      case "Observed": {
        const effect = e.effect
        if (effect._tag === "RoleChange") {
          const before = current.get(e.server) ?? unknown
          const accepted = before.acceptedEpoch === null ? null : Math.max(before.acceptedEpoch, effect.epoch)
          set(row, e.server, { up: true, role: effect.role, phase: effect.phase, currentEpoch: effect.epoch, acceptedEpoch: accepted, leader: effect.leader, established: false })
        }
        if (effect._tag === "Established") set(row, e.server, { established: true })
        break
      }
      case "Delivered": {
        const before = current.get(e.server) ?? unknown
        set(row, e.server, { up: true, lastDelivered: formatZxid(e.zxid), delivered: before.delivered + 1 })
        break
      }
      case "FsyncCompleted":
        set(row, e.server, { fsyncedThrough: e.through })
        break
      case "Crashed":
        set(row, e.server, { up: false })
        break
      case "Restarted":
        set(row, e.server, {
          up: true,
          role: "looking",
          phase: "election",
          acceptedEpoch: e.acceptedEpoch,
          currentEpoch: e.currentEpoch,
          leader: null,
          established: false,
          lastLogged: null,
          fsyncedThrough: 0,
        })
        break
      case "Step":
      case "SpecAction":
      case "Received":
      case "ClientRequest":
      case "Replied":
      case "Partitioned":
      case "Healed":
      case "LivenessPhase":
      case "Violation":
        break
    }
  }
  return changes
}
