/**
 * How model steps, states and counterexample traces read: labels as the spec writes them
 * (`Timeout(s1, s2)`), one line per server. A counterexample file is a shared-format trace
 * (model/explore-trace.ts).
 */
import { formatZxid } from "../impl/core/zxid.js"
import type { Label } from "./actions.js"
import type { TraceStep } from "./explore.js"
import { type History, type Message, ModelState, type Txn, serverName } from "./model-state.js"

/** A step as the spec writes it: `Timeout(s1, s2)`; also an extension action's (model/extensions.ts). */
export function formatLabel(label: Label | { readonly action: string; readonly args: ReadonlyArray<number> }): string {
  return `${label.action}(${label.args.map(serverName).join(", ")})`
}

function setText(mask: number): string {
  const names: Array<string> = []
  for (let i = 0; mask >>> i !== 0; i++) if ((mask >>> i) & 1) names.push(serverName(i))
  return `{${names.join(",")}}`
}

export function formatTxn(t: Txn): string {
  return `${formatZxid(t.zxid)}=${t.value}`
}

function historyText(h: History): string {
  return `[${h.map(formatTxn).join(" ")}]`
}

export function formatMessage(m: Message): string {
  switch (m.mtype) {
    case "CEPOCH":
    case "NEWEPOCH":
      return `${m.mtype}(${m.mepoch})`
    case "ACKEPOCH":
    case "NEWLEADER":
      return `${m.mtype}(${m.mepoch}, ${historyText(m.mhistory)})`
    case "ACKLD":
    case "COMMITLD":
    case "ACK":
    case "COMMIT":
      return `${m.mtype}(${formatZxid(m.mzxid)})`
    case "PROPOSE":
      return `${m.mtype}(${formatZxid(m.mzxid)}=${m.mdata})`
  }
}

/** The state as an engineer reads it: one line per server, then the channels in flight and the ghosts. */
export function describeState(s: ModelState): Array<string> {
  const n = s.state.length
  const lines: Array<string> = []
  for (let i = 0; i < n; i++) {
    const role = `${s.state[i]}/${s.zabState[i]}`
    const parts = [
      `${serverName(i)} ${role.padEnd(25)}`,
      `f.p=${s.acceptedEpoch[i]} f.a=${s.currentEpoch[i]}`,
      `history=${historyText(s.history[i]!)}`,
      `committed=${s.lastCommitted[i]!.index}`,
    ]
    const leader = s.connectInfo[i]
    if (leader !== null && leader !== undefined) parts.push(`leader=${serverName(leader)}`)
    if (s.state[i] === "LEADING") parts.push(`learners=${setText(s.learners[i]!)} sent=${s.sendCounter[i]}`)
    lines.push(parts.join("  "))
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const channel = s.msgs[i]![j]!
      if (channel.length > 0) lines.push(`${serverName(i)}->${serverName(j)}: ${channel.map(formatMessage).join(" ")}`)
    }
  }
  lines.push(`oracle=${s.leaderOracle === null ? "none" : serverName(s.leaderOracle)}  ` + `recorder: timeouts=${s.recorder.nTimeout} restarts=${s.recorder.nRestart} txns=${s.recorder.nTransaction} maxEpoch=${s.recorder.maxEpoch} requests=${s.recorder.nClientRequest}`)
  return lines
}

const variables = Object.keys(ModelState.fields) as ReadonlyArray<keyof ModelState>

/** The variables a step changed (by identity: successors share what they leave unchanged). */
export function changedVariables(before: ModelState, after: ModelState): Array<string> {
  return variables.filter((k) => k !== "recorder" && before[k] !== after[k])
}

/** Numbered steps of a trace, each with the variables it changed; the last state in full. */
export function traceLines(trace: ReadonlyArray<TraceStep>): Array<string> {
  const lines: Array<string> = []
  trace.forEach((step, k) => {
    if (step.label === null) return
    const changed = changedVariables(trace[k - 1]!.state, step.state)
    lines.push(`  ${String(k).padStart(3)}. ${formatLabel(step.label).padEnd(40)} ${changed.join(", ")}`)
  })
  const last = trace[trace.length - 1]
  if (last !== undefined) {
    lines.push("", "  state reached:")
    for (const line of describeState(last.state)) lines.push(`    ${line}`)
  }
  return lines
}
