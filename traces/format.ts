/**
 * How the trace tools put events and effects into words: the one place in traces/ that renders a trace
 * event, a peer effect, a history, or a model validation's rejection. Messages and client writes are
 * rendered by impl/core/format.ts (the simulator's step texts use those too); this module builds on it.
 *
 * Each piece of an event is rendered by one phrase function (a role change, a branch taken, a client's
 * result, a crash, a recovery), and the tools lay the phrases out their own way: explain in fixed columns,
 * the viewer as one row per event, validation and the golden scenarios as sentences. The golden files pin
 * two layouts apart (explain's columns join a recovery's parts with spaces, the scenarios' sentences with
 * commas, and explain says "durable through write" where the others say "fsync done"), so the layouts stay
 * apart while the phrases are shared.
 */
import type { Message, PeerEffect, Txn } from "../impl/core/types.js"
import { describeGroups, describeMessage, describeOp } from "../impl/message-text.js"
import { formatZxid } from "../impl/core/zxid.js"
import { formatLabel, formatMessage } from "../model/spec-text.js"
import { type Channel, type ModelState, type Txn as ModelTxn, peerPhaseOf, peerRoleOf, serverName } from "../model/model-state.js"
import type { TxnView } from "../properties/view.js"
import { describeOperation, describeResult as describeHistoryResult } from "../properties/history/text.js"
import type { TraceEvent } from "./schema.js"
import type { Rejection } from "./validate.js"

type Event<Tag extends TraceEvent["_tag"]> = Extract<TraceEvent, { readonly _tag: Tag }>
type Effect<Tag extends PeerEffect["_tag"]> = Extract<PeerEffect, { readonly _tag: Tag }>

// -----------------------------------------------------------------------------------------------------------
// Phrases: each piece of an event, rendered once.

/** A role change: `following/synchronization epoch 1 leader 3`. */
export function describeRoleChange(e: Effect<"RoleChange">): string {
  return `${e.role}/${e.phase} epoch ${e.epoch}${e.leader === null ? "" : ` leader ${e.leader}`}`
}

/** A branch the peer observed itself take: `leader-init-timeout: detail`. */
export function describeBranch(e: Effect<"Observe">): string {
  return `${e.branch}${e.detail === "" ? "" : `: ${e.detail}`}`
}

/** What a client's request came to: `ok at 0x100000001`, or the result alone when nothing was committed. */
export function describeResult(e: Event<"Replied">): string {
  return e.zxid === 0 ? e.result : `${e.result} at ${formatZxid(e.zxid)}`
}

/** A leader's new proposal: `0x100000001 create /a`. */
export function describeProposal(txn: Txn): string {
  return `${formatZxid(txn.zxid)} ${describeOp(txn.op)}`
}

/** A client's write as it arrives: `#3 create /a`. */
export function describeRequest(e: Event<"ClientRequest">): string {
  return `#${e.request} ${describeOp(e.op)}`
}

/** How a server crashed: `keep`, or `torn, tail record torn`. */
export function describeCrash(e: Event<"Crashed">): string {
  return `${e.disk}${e.torn ? ", tail record torn" : ""}`
}

/**
 * What a restarted server recovered, its parts joined by `separator`:
 * `acceptedEpoch 1 currentEpoch 1 snapshot 0x0 2 logged txns`, and `, torn tail cut` when it cut one.
 */
export function describeRecovery(e: Event<"Restarted">, separator: " " | ", "): string {
  const parts = [`acceptedEpoch ${e.acceptedEpoch}`, `currentEpoch ${e.currentEpoch}`, `snapshot ${formatZxid(e.snapshotZxid)}`, `${e.logLength} logged txn${e.logLength === 1 ? "" : "s"}`]
  return `${parts.join(separator)}${e.tornTail ? ", torn tail cut" : ""}`
}

/** An fsync's completion, as the scenarios, the viewer and validation say it. */
export function describeFsync(e: Event<"FsyncCompleted">): string {
  return `fsync done through write ${e.through}`
}

/** A message with the content a Proposal or a Request carries: the origin, request number and write. */
export function describeMessageInFull(message: Message): string {
  const base = describeMessage(message)
  if (message._tag === "Proposal") return `${base} [${message.txn.origin}:${message.txn.request}:${describeOp(message.txn.op)}]`
  if (message._tag === "Request") return `${base} ${describeOp(message.op)}`
  return base
}

/** A message as a short label beside an arrow of the viewer. */
export function messageLabel(message: Message): string {
  switch (message._tag) {
    case "Notification":
      return `Notif vote ${message.leader} e${message.peerEpoch} r${message.round}`
    case "FollowerInfo":
      return `FollowerInfo aE${message.acceptedEpoch}`
    case "LeaderInfo":
      return `LeaderInfo e${message.newEpoch}`
    case "AckEpoch":
      return `AckEpoch e${message.currentEpoch} ${formatZxid(message.lastZxid)}`
    case "Diff":
    case "Trunc":
    case "Snap":
    case "Ack":
    case "Commit":
      return `${message._tag} ${formatZxid(message.zxid)}`
    case "NewLeader":
      return `NewLeader e${message.epoch}`
    case "AckNewLeader":
      return `AckNewLeader e${message.epoch}`
    case "Proposal":
      return `Proposal ${formatZxid(message.txn.zxid)}`
    case "Request":
      return `Request #${message.request}`
    case "UpToDate":
    case "Ping":
      return message._tag
  }
}

// -----------------------------------------------------------------------------------------------------------
// Sentences: any event or effect as one line of prose (validation's reports, a run's failure line).

export function describeEvent(event: TraceEvent): string {
  switch (event._tag) {
    case "Received":
      return `server ${event.server} receives ${describeMessage(event.message)} from ${event.from}`
    case "Sent":
      return `server ${event.server} sends ${describeMessage(event.message)} to ${event.to}`
    case "Wrote":
      return `server ${event.server} writes ${describeEffect(event.effect)}`
    case "Observed":
      return `server ${event.server} ${describeEffect(event.effect)}`
    case "Delivered":
      return `server ${event.server} delivers ${formatZxid(event.zxid)}`
    case "FsyncCompleted":
      return `server ${event.server} ${describeFsync(event)}`
    case "ConnectionLost":
      return `server ${event.server} loses its connection to ${event.peer}`
    case "Crashed":
      return `server ${event.server} crashes (${describeCrash(event)})`
    case "Restarted":
      return `server ${event.server} restarts (${describeRecovery(event, ", ")})`
    case "Step":
      return `step ${event.index + 1}: ${event.text}`
    case "ClientRequest":
      return `server ${event.server} takes client request ${describeRequest(event)}`
    case "Replied":
      return `server ${event.server} answers request #${event.request}: ${describeResult(event)}`
    case "Partitioned":
      return `partition ${describeGroups(event.groups)}`
    case "Healed":
      return "network healed"
    case "LivenessPhase":
      return event.text
    case "Violation":
      return `violation of ${event.invariant}`
    case "View":
      return event.step === null ? "the cluster view before the first step" : `the cluster view after step ${event.step + 1}`
    case "SpecAction":
      return `spec action ${event.index + 1}: ${event.text}`
    case "OpInvoked":
      return `session ${event.session} invokes #${event.op} ${describeOperation(event.operation)} at ${event.at}`
    case "OpCompleted":
      return `session ${event.session} completes #${event.op} at ${event.at}: ${describeHistoryResult(event.result)}`
  }
}

export function describeEffect(effect: PeerEffect): string {
  switch (effect._tag) {
    case "Append":
      return `Append ${formatZxid(effect.txn.zxid)} (write ${effect.write})`
    case "Truncate":
      return `Truncate to ${formatZxid(effect.zxid)} (write ${effect.write})`
    case "WriteAcceptedEpoch":
      return `acceptedEpoch ${effect.epoch} (write ${effect.write})`
    case "WriteCurrentEpoch":
      return `currentEpoch ${effect.epoch} (write ${effect.write})`
    case "InstallSnapshot":
      return `InstallSnapshot at ${formatZxid(effect.zxid)} (write ${effect.write})`
    case "RoleChange":
      return `becomes ${describeRoleChange(effect)}`
    case "Established":
      return `establishes epoch ${effect.epoch}`
    case "Proposed":
      return `proposes ${describeProposal(effect.txn)}`
    case "Disconnect":
      return `closes its connection to ${effect.peer}`
    case "Observe":
      return `observes ${describeBranch(effect)}`
    case "Send":
      return `Send ${describeMessage(effect.message)} to ${effect.to}`
    case "SendSnapshot":
      return `SendSnapshot at ${formatZxid(effect.zxid)} to ${effect.to}`
    case "Fsync":
      return `Fsync through ${effect.through}`
    case "TakeSnapshot":
      return `TakeSnapshot at ${formatZxid(effect.zxid)}`
    case "Deliver":
      return `Deliver ${formatZxid(effect.txn.zxid)}`
    case "ClientReject":
      return `ClientReject #${effect.request} (${effect.reason})`
  }
}

/** A history by its zxids: `[0x100000001 0x100000002]`. */
export function historyText(h: ReadonlyArray<{ readonly zxid: number }>): string {
  return `[${h.map((t) => formatZxid(t.zxid)).join(" ")}]`
}

// -----------------------------------------------------------------------------------------------------------
// Model validation's rejection.

/** A model channel's messages, oldest first. */
export function describeChannel(channel: Channel): string {
  return channel.map(formatMessage).join(" ")
}

/** The message at the head of the model's channel from -> to, with its txn's content when `values` maps it. */
export function describeChannelHead(m: ModelState, from: number, to: number, values?: ReadonlyMap<number, string>): string {
  const channel = m.msgs[from]![to]!
  if (channel.length === 0) return "nothing"
  const head = channel[0]!
  const text = formatMessage(head)
  return head.mtype === "PROPOSE" && values !== undefined ? `${text} (${values.get(head.mdata) ?? "?"})` : text
}

/** The rejection as printed: the event, why, the actions enabled, the two states side by side. */
export function formatRejection(r: Rejection, line: number | null): Array<string> {
  const where = line === null ? `event ${r.index + 1}` : `line ${line}`
  const lines = [`REJECTED by the model at ${where}: ${describeEvent(r.event)}`, `  ${r.reason}`]
  if (r.taken.length > 0) lines.push(`  the model took for this event: ${r.taken.map(formatLabel).join(", ")}`)
  lines.push("", `model actions enabled at this point (${r.enabled.length}):`)
  const enabled = r.enabled.map(formatLabel)
  for (let k = 0; k < enabled.length; k += 4) lines.push(`  ${enabled.slice(k, k + 4).join("  ")}`)
  if (enabled.length === 0) lines.push("  (none)")
  lines.push("", "the model state beside the implementation's projection (* marks a difference):")
  const m = r.model
  const implOf = (t: ModelTxn): TxnView => ({ zxid: t.zxid, value: r.values.get(t.value) ?? `(model value ${t.value})` })
  for (let i = 0; i < m.state.length; i++) {
    const p = r.projection[i]!
    const row = (name: string, model: string, impl: string, compared = true): string => {
      const mark = compared && p.up && model !== impl ? "*" : " "
      return `  ${mark} ${name.padEnd(16)} ${model.padEnd(36)} ${impl}`
    }
    lines.push(`  ${serverName(i)} / server ${i + 1}${p.up ? "" : " (down)"}${r.servers.includes(i + 1) ? "   <- named" : ""}`)
    lines.push(`    ${"".padEnd(16)} ${"model".padEnd(36)} implementation`)
    lines.push(row("role/phase", `${peerRoleOf[m.state[i]!]}/${peerPhaseOf[m.zabState[i]!]}`, `${p.role}/${p.phase}`))
    lines.push(row("acceptedEpoch", String(m.acceptedEpoch[i]), String(p.acceptedEpoch)))
    lines.push(row("currentEpoch", String(m.currentEpoch[i]), String(p.currentEpoch)))
    const mh = m.history[i]!.map(implOf)
    lines.push(row("history", historyText(mh), historyText(p.history)))
    const valuesDiffer = mh.length === p.history.length && mh.some((t, k) => t.value !== p.history[k]!.value)
    if (valuesDiffer) lines.push(row("txn contents", mh.map((t) => t.value).join(", "), p.history.map((t) => t.value).join(", ")))
    lines.push(row("committed", String(m.lastCommitted[i]!.index), `${p.delivered} delivered`, false))
    const d = p.durable
    lines.push(row("durable", "(no durability in Zab.tla)", `epochs ${d.acceptedEpoch}/${d.currentEpoch} ${historyText(d.history)}`, false))
    const leader = m.connectInfo[i]
    lines.push(row("leader", leader === null || leader === undefined ? (m.state[i] === "LEADING" ? "itself" : "-") : `server ${leader + 1}`, p.leader === null ? "-" : p.role === "leading" ? "itself" : `server ${p.leader + 1}`, false))
  }
  const inFlight: Array<string> = []
  for (let a = 0; a < m.msgs.length; a++) {
    for (let b = 0; b < m.msgs.length; b++) {
      const channel = m.msgs[a]![b]!
      if (channel.length > 0) inFlight.push(`  ${serverName(a)}->${serverName(b)}: ${describeChannel(channel)}`)
    }
  }
  lines.push("", inFlight.length === 0 ? "model messages in flight: none" : "model messages in flight:", ...inFlight)
  return lines
}

/** One line for a run's failure report (the ModelRefinement violation). */
export function rejectionSummary(r: Rejection): string {
  return `the model cannot follow ${describeEvent(r.event)}: ${r.reason}`
}
