/**
 * The story of a run as text, for terminals and CI logs (`zab replay FILE --explain`): one block per
 * schedule step, one fixed-column line per event in it (who, what, detail), then the state of every server
 * the step changed, taken from the View the trace recorded after the step. The violation is set off at the
 * step where it was seen, with every server's state. Pure and deterministic: the same trace gives the same
 * text, so it can be compared as a golden file.
 *
 * Columns: the actor (`s2` a server, `net` the network, `run` the harness) in 6 characters, the kind of
 * event in 10, then the detail. A block opens with `step K` (K counted from 1 over the whole schedule, as
 * `zab diff` counts, so skipped steps leave gaps) and the step as it took effect. An explorer's path
 * opens each block with `action K` and the spec action (`Timeout(s1, s2)`) instead. The words of each
 * event are traces/format.ts's phrases; only the columns are this module's.
 */
import { describeGroups, describeMessage } from "../impl/message-text.js"
import { formatZxid } from "../impl/core/zxid.js"
import type { ClusterView, ServerView } from "../properties/view.js"
import { describeBranch, describeCrash, describeProposal, describeRecovery, describeRequest, describeResult, describeRoleChange } from "./format.js"
import type { TraceEvent, TraceHeader } from "./schema.js"

const actorWidth = 6
const kindWidth = 10
/** Step texts longer than this are wrapped. */
const lineWidthMax = 120
/** A long history is shown by its count and its last few zxids. */
const zxidsShownMax = 4

function line(actor: string, kind: string, detail: string): string {
  return `  ${actor.padEnd(actorWidth)}${kind.padEnd(kindWidth)}${detail}`.trimEnd()
}

function zxids(list: ReadonlyArray<{ readonly zxid: number }>): string {
  if (list.length <= zxidsShownMax) return `[${list.map((t) => formatZxid(t.zxid)).join(" ")}]`
  return `${list.length} [.. ${list.slice(-zxidsShownMax).map((t) => formatZxid(t.zxid)).join(" ")}]`
}

/** One server's state in one line, fixed columns up to the histories. */
export function serverSummary(s: ServerView): string {
  const role = s.up ? `${s.role}/${s.phase}` : "DOWN"
  const logged = s.history.slice(s.committed)
  return (
    `${role.padEnd(26)}accepted ${String(s.acceptedEpoch).padEnd(3)}current ${String(s.currentEpoch).padEnd(3)}` +
    `leader ${s.leader === null ? "-" : String(s.leader)}  delivered ${zxids(s.history.slice(0, s.committed))}` +
    (logged.length > 0 ? `  logged ${zxids(logged)}` : "")
  )
}

function sameServer(a: ServerView, b: ServerView): boolean {
  return serverSummary(a) === serverSummary(b) && a.history.length === b.history.length && a.history.every((t, i) => t.zxid === b.history[i]!.zxid)
}

/** An event as a story line (traces/format.ts's phrases in explain's columns), or null for one the story leaves out. */
function storyLine(event: TraceEvent): string | null {
  switch (event._tag) {
    case "Received":
      return line(`s${event.server}`, "recv", `from ${event.from}: ${describeMessage(event.message)}`)
    case "Observed": {
      const e = event.effect
      const actor = `s${event.server}`
      switch (e._tag) {
        case "RoleChange":
          return line(actor, "role", describeRoleChange(e))
        case "Established":
          return line(actor, "ESTABLISH", `epoch ${e.epoch}: a quorum acked NEWLEADER`)
        case "Proposed":
          return line(actor, "propose", describeProposal(e.txn))
        case "Observe":
          return line(actor, "branch", describeBranch(e))
        case "Disconnect":
          return line(actor, "disconnect", `from ${e.peer}`)
        case "Send":
        case "SendSnapshot":
        case "Append":
        case "Truncate":
        case "WriteAcceptedEpoch":
        case "WriteCurrentEpoch":
        case "InstallSnapshot":
        case "Fsync":
        case "TakeSnapshot":
        case "Deliver":
        case "ClientReject":
          return line(actor, "effect", e._tag)
      }
    }
    case "Delivered":
      return line(`s${event.server}`, "deliver", formatZxid(event.zxid))
    case "ClientRequest":
      return line(`s${event.server}`, "client", describeRequest(event))
    case "Replied":
      return line(`s${event.server}`, "reply", `#${event.request} ${describeResult(event)}`)
    case "FsyncCompleted":
      return line(`s${event.server}`, "fsync", `durable through write ${event.through}`)
    case "Crashed":
      return line(`s${event.server}`, "CRASH", describeCrash(event))
    case "Restarted":
      return line(`s${event.server}`, "RESTART", `recovered ${describeRecovery(event, " ")}`)
    case "Partitioned":
      return line("net", "PARTITION", describeGroups(event.groups))
    case "Healed":
      return line("net", "HEAL", "every link can connect again")
    case "Step":
    case "SpecAction":
    case "LivenessPhase":
    case "Violation":
    case "View":
    // Sends, storage writes and lost connections (recorded for model validation) would bury the story; the
    // receipts, fsyncs and the peer's branch observations tell the same.
    case "Sent":
    case "Wrote":
    case "ConnectionLost":
      return null
    // The client's view of a write repeats the server's request and reply lines above; `zab history`
    // tells the clients' story.
    case "OpInvoked":
    case "OpCompleted":
      return null
  }
}

/** A long step text (a model step lists every spec action it took) wrapped after its commas. */
function wrap(lead: string, text: string): Array<string> {
  if (lead.length + text.length <= lineWidthMax) return [lead + text]
  const out: Array<string> = []
  let current = lead
  for (const part of text.split(/(?<=\), )/)) {
    if (current.trim() !== "" && current.length + part.length > lineWidthMax && current.length > lead.length) {
      out.push(current.trimEnd())
      current = "".padEnd(lead.length)
    }
    current += part
  }
  out.push(current.trimEnd())
  return out
}

function stateLines(view: ClusterView, previous: ClusterView | null, marked: ReadonlySet<number>, all: boolean): Array<string> {
  const out: Array<string> = []
  for (const s of view.servers) {
    const before = previous?.servers.find((p) => p.id === s.id)
    if (!all && before !== undefined && sameServer(before, s)) continue
    out.push(`${marked.has(s.id) ? "*" : " "} ${`s${s.id}`.padEnd(actorWidth)}${"state".padEnd(kindWidth)}${serverSummary(s)}`)
  }
  return out
}

function ghostLines(view: ClusterView): Array<string> {
  const out: Array<string> = []
  if (view.ghost.established.length > 0) out.push(line("run", "leaders", view.ghost.established.map((e) => `epoch ${e.epoch}: ${e.leader}`).join(", ")))
  if (view.ghost.acknowledged.length > 0) out.push(line("run", "acked", `writes acknowledged to clients: ${zxids(view.ghost.acknowledged)}`))
  return out
}

function headerText(header: TraceHeader): string {
  const c = header.schedule.config
  const origin = header.seed === null ? "" : `, seed ${header.seed}${header.run === null ? "" : ` run ${header.run}`}`
  const bugs = c.bugs.length > 0 ? `, broken: ${c.bugs.join(", ")}` : ""
  // A model walk counts its own steps (the schedule has one per walk step; Elect shows there as Tick).
  if (header.walk !== undefined) return `the story of a model walk: ${header.walk.steps.length} walk steps on ${c.servers} servers${bugs}${origin}`
  // An explorer's path counts spec actions (its schedule has no steps).
  if (header.explore !== undefined) {
    const e = header.explore
    const p = e.parameters
    return (
      `the story of an explored path: ${e.actions.length} spec actions on ${c.servers} servers${bugs}, the shortest to ${header.violated ?? "its end"} ` +
      `(MaxTimeoutFailures=${p.MaxTimeoutFailures} MaxTransactionNum=${p.MaxTransactionNum} MaxEpoch=${p.MaxEpoch} MaxRestarts=${p.MaxRestarts}${e.symmetry ? ", symmetry" : ""}${e.checks === "spec" ? ", Zab.tla's invariants only" : ""})`
    )
  }
  return `the story of a ${header.target} run: ${header.schedule.steps.length} schedule steps on ${c.servers} servers${bugs}${origin}`
}

/**
 * The story of `events` (a run of `header`'s schedule) as lines. Servers' states are shown from the trace's
 * View events; a trace without them (format version 1, a real cluster's) tells its events only.
 */
export function explainTrace(header: TraceHeader, events: ReadonlyArray<TraceEvent>): Array<string> {
  const out: Array<string> = [headerText(header), "", "start"]
  let previous: ClusterView | null = null
  let lastView: ClusterView | null = null
  let violated = false
  for (const event of events) {
    switch (event._tag) {
      case "Step":
        out.push("", ...wrap(`step ${event.index + 1}`.padEnd(actorWidth + kindWidth + 2), event.text))
        break
      case "LivenessPhase":
        out.push("", "liveness".padEnd(actorWidth + kindWidth + 2) + event.text)
        break
      case "SpecAction":
        out.push("", ...wrap(`action ${event.index + 1}`.padEnd(actorWidth + kindWidth + 2), event.text))
        break
      case "View": {
        out.push(...stateLines(event.view, previous, new Set(), previous === null))
        previous = event.view
        lastView = event.view
        break
      }
      case "Violation": {
        violated = true
        const marked = new Set(event.servers)
        const title = event.invariant === "NoProgress" ? "NO PROGRESS (liveness)" : `VIOLATION of ${event.invariant}`
        out.push("", `!!! ${title}`, `!!! ${event.message}`)
        if (lastView !== null) {
          out.push("    every server at this point (* marks the servers named):")
          out.push(...stateLines(lastView, null, marked, true), ...ghostLines(lastView))
        }
        break
      }
      case "Received":
      case "Observed":
      case "Delivered":
      case "ClientRequest":
      case "Replied":
      case "FsyncCompleted":
      case "Crashed":
      case "Restarted":
      case "Partitioned":
      case "Healed": {
        const text = storyLine(event)
        if (text !== null) out.push(text)
        break
      }
    }
  }
  out.push("", violated ? "end of the story: the run violated an invariant" : "end of the story: every invariant held")
  return out
}
