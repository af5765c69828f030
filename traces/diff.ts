/**
 * `zab diff A B`: two traces aligned by schedule step, compared cluster view by cluster view, reporting
 * the first step after which the views differ. Pure: takes decoded traces, returns lines and a verdict.
 *
 * Alignment. A trace of version 2 records a View after each schedule step that took effect (and one before
 * the first step, and one after the liveness phase). A step that was skipped changed nothing, so the view
 * after step k is the last one recorded at or before k: that is how a step one target skipped lines up
 * with the same step another took. Steps are counted from 1 over the whole schedule (index + 1), as the
 * explain story counts them. When one trace stops (its run violated an invariant) and the other goes on,
 * that is a difference at the step where it stopped.
 *
 * What is compared. Every field both traces know and render alike: per server up/role/phase, the two
 * epochs, the leader, the delivered and the logged zxids, and the txn values; the ghost records of leaders
 * established, txns broadcast and writes acknowledged. Txn values are compared only between traces of the
 * same target (the model renders a value as its request number, the implementation as its op), and the
 * model has no clients, so acknowledgements are left out against it. A trace without View events (format
 * version 1, or a real cluster's merged trace) gets views derived from its events (up, role, phase, leader
 * and what each server delivered; a crash step takes its server down where no Crashed event says so), and
 * only those fields are compared.
 *
 * Against Apache ZooKeeper (a `--target zookeeper` trace on either side), real time and the simulator's steps do
 * not line up one for one, and ZooKeeper has txns of its own, so the comparison is looser, and says so: views
 * are compared only where both clusters have had time to settle (after Settle steps that complete fsyncs, and
 * after the liveness phase, before a ZooKeeper ensemble is stopped), not before the first step (ZooKeeper is elected and serving before it), on who is
 * up in which role, who leads, and the client txns each server delivered, by content (their op, not their
 * zxid: ZooKeeper's createSession / closeSession txns shift the zxids, and are left out with ZooKeeper's
 * error txns, a failed write it logs, and both sides' liveness probes).
 *
 * An explorer's counterexample (header `explore`) counts spec actions, not schedule steps: two of them are
 * aligned by action index (the View after action k is at k), and one against any other trace is refused
 * (`diffRefusal`; the command exits 2), since no spec action lines up with a schedule step.
 */
import { assert } from "../impl/core/assert.js"
import { formatZxid } from "../impl/core/zxid.js"
import type { ClusterView, TxnView } from "../properties/view.js"
import type { Trace } from "./jsonl.js"
import { TraceProjection, unobservedOf, writesRecorded } from "./project.js"
import type { TraceEvent } from "./schema.js"

export type Facet = "state" | "epochs" | "leader" | "delivered" | "logged" | "values" | "established" | "broadcasts" | "acknowledged" | "content"
const allFacets: ReadonlyArray<Facet> = ["state", "epochs", "leader", "delivered", "logged", "values", "established", "broadcasts", "acknowledged", "content"]
/** Against Apache ZooKeeper: what the two can agree on (see zookeeperAlignment). */
const zookeeperFacets: ReadonlyArray<Facet> = ["state", "leader", "content"]
const derivedFacets: ReadonlyArray<Facet> = ["state", "leader", "delivered"]

/** The steps shown before the first difference. */
const contextStepsMax = 5
/** Width of one column of the side-by-side view. */
const columnWidthMax = 56

interface Timeline {
  /** Views by aligned position: -1 before the first step, k - 1 after step k. Ascending. */
  readonly views: ReadonlyArray<{ readonly at: number; readonly view: ClusterView }>
  readonly texts: ReadonlyMap<number, string>
  readonly derived: boolean
  readonly violation: { readonly invariant: string; readonly message: string } | null
}

function timeline(full: Trace): Timeline {
  const trace = full.header.target === "zookeeper" ? withoutTeardown(full) : full
  const texts = new Map<number, string>()
  for (const e of trace.events) if (e._tag === "Step" || e._tag === "SpecAction") texts.set(e.index, e.text)
  const violationEvent = trace.events.find((e): e is Extract<TraceEvent, { _tag: "Violation" }> => e._tag === "Violation")
  const violation = violationEvent === undefined ? null : { invariant: violationEvent.invariant, message: violationEvent.message }
  const recorded = trace.events.filter((e): e is Extract<TraceEvent, { _tag: "View" }> => e._tag === "View")
  if (recorded.length > 0) {
    return { views: recorded.map((e) => ({ at: e.step ?? -1, view: e.view })), texts, derived: false, violation }
  }
  return { views: deriveViews(trace), texts, derived: true, violation }
}

/**
 * A ZooKeeper run's trace up to its teardown: the ensemble is stopped after the final reads, and those kills
 * are not part of the run (they come after the last client operation completed).
 */
function withoutTeardown(trace: Trace): Trace {
  let last = -1
  trace.events.forEach((e, i) => {
    if (e._tag === "OpCompleted" || e._tag === "LivenessPhase") last = i
  })
  const cut = trace.events.findIndex((e, i) => i > last && e._tag === "Crashed")
  return cut < 0 ? trace : { ...trace, events: trace.events.slice(0, cut) }
}

/**
 * Views of a trace that recorded none (a real cluster's merged trace): the one projection
 * (traces/project.ts) folded over its events, taking the view as each step ends, so the aligned positions
 * are those of a trace that recorded its views: -1 before the first step, the step's index after it.
 */
export function deriveViews(trace: Trace): Array<{ at: number; view: ClusterView }> {
  const projection = new TraceProjection(trace.header, unobservedOf(trace), writesRecorded(trace))
  const out: Array<{ at: number; view: ClusterView }> = []
  let at = -1
  const close = (): void => {
    // The projection's ghost records only grow, shared from view to view: keep each step's as it was then.
    const live = projection.view()
    const g = live.ghost
    const ghost = { established: g.established.slice(), broadcasts: g.broadcasts.slice(), acknowledged: g.acknowledged.slice(), delivered: g.delivered.slice(), earlyAcks: g.earlyAcks.slice(), startFailures: g.startFailures.slice() }
    const view: ClusterView = { ...live, ghost }
    if (out.length > 0 && out[out.length - 1]!.at === at) out[out.length - 1] = { at, view }
    else out.push({ at, view })
  }
  for (const event of trace.events) {
    if (event._tag === "Step" || event._tag === "SpecAction" || event._tag === "LivenessPhase") {
      close()
      at = event._tag === "LivenessPhase" ? trace.header.schedule.steps.length : event.index
    }
    projection.apply(event)
  }
  close()
  return out
}

function zxidList(list: ReadonlyArray<TxnView>): string {
  return `[${list.map((t) => formatZxid(t.zxid)).join(" ")}]`
}

/** The fields of a view as (label, text) rows, in a fixed order. */
function rows(view: ClusterView, facets: ReadonlySet<Facet>): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = []
  for (const s of view.servers) {
    const p = `s${s.id} `
    if (facets.has("state")) out.push([`${p}state`, s.up ? `${s.role}/${s.phase}` : "down"])
    if (facets.has("epochs")) out.push([`${p}epochs`, `accepted ${s.acceptedEpoch} current ${s.currentEpoch}`])
    if (facets.has("leader")) out.push([`${p}leader`, s.leader === null ? "-" : String(s.leader)])
    if (facets.has("delivered")) out.push([`${p}delivered`, zxidList(s.history.slice(0, s.committed))])
    if (facets.has("logged")) out.push([`${p}logged`, zxidList(s.history.slice(s.committed))])
    if (facets.has("values")) out.push([`${p}values`, s.history.length === 0 ? "-" : s.history.map((t) => t.value).join(" | ")])
    if (facets.has("content")) {
      const ops = s.history.slice(0, s.committed).flatMap((t) => clientContent(t.value))
      out.push([`${p}delivered`, ops.length === 0 ? "-" : ops.join(" | ")])
    }
  }
  const g = view.ghost
  const list = (items: ReadonlyArray<string>): string => (items.length === 0 ? "-" : items.join(" "))
  if (facets.has("established")) out.push(["established", list(g.established.map((e) => `e${e.epoch}:s${e.leader}`))])
  if (facets.has("broadcasts")) out.push(["broadcasts", list(g.broadcasts.map((b) => `s${b.leader}:${formatZxid(b.txn.zxid)}${facets.has("values") ? ` ${b.txn.value}` : ""}`))])
  if (facets.has("acknowledged")) out.push(["acknowledged", zxidList(g.acknowledged)])
  return out
}

/**
 * A delivered txn's client-visible content (its op as message-text renders it, without the origin and request
 * the value starts with), or nothing for what only one side has: sessions, ZooKeeper's error txns (decoded
 * as a check of "error <code>"), its placeholder for a txn never on the wire, and liveness probes.
 */
function clientContent(value: string): Array<string> {
  const op = value.split(":").slice(2).join(":")
  if (/^(CreateSession|CloseSession) /.test(op) || /error -\d+/.test(op) || /txn never on the wire/.test(op)) return []
  if (/^Create \/(zab-liveness-|liveness-probe-)/.test(op)) return []
  return [op]
}

/**
 * The schedule steps after which both clusters have had time to settle: a Settle that completes fsyncs (the
 * simulator then delivers everything in flight; ZooKeeper gets a tick of real time), and the liveness phase.
 */
function settlePoints(trace: Trace): Set<number> {
  const out = new Set<number>()
  trace.header.schedule.steps.forEach((step, i) => {
    if (step._tag === "Settle" && step.fsync) out.add(i)
  })
  out.add(trace.header.schedule.steps.length)
  return out
}

function viewAt(t: Timeline, at: number): ClusterView | null {
  let found: ClusterView | null = null
  for (const v of t.views) {
    if (v.at > at) break
    found = v.view
  }
  return found
}

function describeTrace(name: string, trace: Trace): string {
  const h = trace.header
  const c = h.schedule.config
  const origin = h.seed === null ? "" : `, seed ${h.seed}${h.run === null ? "" : ` run ${h.run}`}`
  const bugs = c.bugs.length > 0 ? `, broken: ${c.bugs.join(", ")}` : ""
  const length = h.explore === undefined ? `${h.schedule.steps.length} steps` : `an explored path of ${h.explore.actions.length} spec actions`
  return `${name} (${h.target}, ${c.servers} servers, ${length}${bugs}${origin})`
}

/**
 * Why two traces cannot be aligned, or null when they can. An explorer's path counts spec actions where
 * every other trace counts schedule steps, and no action lines up with a step, so such a path is compared
 * only with another explored path, action index by action index.
 */
export function diffRefusal(a: Trace, b: Trace): string | null {
  const ea = a.header.explore !== undefined
  const eb = b.header.explore !== undefined
  if (ea === eb) return null
  return `${ea ? "A" : "B"} is a path of \`zab explore\`, counted in spec actions, and ${ea ? "B" : "A"} is a run counted in schedule steps: the two cannot be aligned (an explored path is compared only with another explored path)`
}

/** Each trace's length in aligned positions: schedule steps, or an explored path's spec actions. */
function lengthOf(trace: Trace): number {
  return trace.header.explore?.actions.length ?? trace.header.schedule.steps.length
}

function position(at: number, steps: number, unit: string = "step"): string {
  if (at < 0) return `before the first ${unit}`
  if (at >= steps) return "after the liveness phase"
  return `after ${unit} ${at + 1}`
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 3)}...`
}

export interface DiffResult {
  readonly identical: boolean
  /** How many aligned positions had a view on either side (0: --from is past both traces). */
  readonly compared: number
  readonly lines: ReadonlyArray<string>
}

function firstDifferentStep(a: Trace, b: Trace): number | null {
  const sa = a.header.explore?.actions ?? a.header.schedule.steps
  const sb = b.header.explore?.actions ?? b.header.schedule.steps
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    if (JSON.stringify(sa[i]) !== JSON.stringify(sb[i])) return i
  }
  return null
}

export interface DiffOptions {
  /** Compare only the views after this schedule step (counted from 1) and later; 0 (default) from the start. */
  readonly fromStep?: number
}

export function diffTraces(nameA: string, a: Trace, nameB: string, b: Trace, options: DiffOptions = {}): DiffResult {
  const ta = timeline(a)
  const tb = timeline(b)
  const zookeeper = a.header.target === "zookeeper" || b.header.target === "zookeeper"
  const facets = new Set<Facet>(zookeeper ? zookeeperFacets : ta.derived || tb.derived ? derivedFacets : allFacets.filter((f) => f !== "content"))
  if (a.header.target !== b.header.target) facets.delete("values")
  if (a.header.target === "model" || b.header.target === "model") facets.delete("acknowledged")
  const lines: Array<string> = [`zab diff: A = ${describeTrace(nameA, a)}`, `          B = ${describeTrace(nameB, b)}`]
  const refusal = diffRefusal(a, b)
  assert(refusal === null, refusal ?? "")
  const explored = a.header.explore !== undefined
  const scheduleDiff = firstDifferentStep(a, b)
  const steps = Math.max(lengthOf(a), lengthOf(b))
  const what = explored ? "path" : "schedule"
  if (explored) lines.push("  both are paths of zab explore: a step here is a spec action, counted from 1 along the path")
  lines.push(
    scheduleDiff === null ? `  both run the same ${what}` : `  the ${what}s differ from step ${scheduleDiff + 1} on: views are aligned by step number`,
    `  compared: ${allFacets.filter((f) => facets.has(f)).join(", ")}${ta.derived || tb.derived ? ` (views derived from the events of ${ta.derived ? "A" : "B"}, which recorded none)` : ""}`,
  )
  const from = (options.fromStep ?? 0) - 1
  for (const [name, t] of [["A", a], ["B", b]] as const) {
    if (t.header.walk !== undefined && a.header.target !== b.header.target) {
      lines.push(`  ${name} is a random walk of the model, its schedule the walk step for step: an Elect step (the spec's oracle naming a leader) shows there as a Tick`)
    } else if (t.header.target === "model" && a.header.target !== b.header.target) {
      lines.push(`  ${name} ran on the model, which has no counterpart for the Restart, Fsync, Partition and Heal steps: it skipped them`)
    }
  }
  // The first position compared is `from` itself, recorded there or not: each side's view there is its last
  // one at or before it.
  const positions = [...new Set([from, ...[...ta.views, ...tb.views].map((v) => v.at).filter((at) => at >= from)])].sort((x, y) => x - y)
  if (from >= 0) lines.push(`  from step ${from + 1} on`)
  if (zookeeper) {
    lines.push(
      "  against Apache ZooKeeper: compared only where both have had time to settle (after a Settle with fsyncs, and the liveness phase), not before the first step",
      "  (ZooKeeper is serving before it); each server's delivered txns by content, without ZooKeeper's session and error txns and the liveness probes (see `zab diff --help`)",
    )
    const settled = settlePoints(a.header.target === "zookeeper" ? a : b)
    for (let i = positions.length - 1; i >= 0; i--) if (!settled.has(positions[i]!)) positions.splice(i, 1)
    for (const at of settled) if (at >= from && !positions.includes(at)) positions.push(at)
    positions.sort((x, y) => x - y)
  }
  const endA = ta.views[ta.views.length - 1]?.at ?? -1
  const endB = tb.views[tb.views.length - 1]?.at ?? -1
  let previous: number | null = null
  let compared = 0
  for (const at of positions) {
    const va = at <= endA ? viewAt(ta, at) : null
    const vb = at <= endB ? viewAt(tb, at) : null
    if (va === null && vb === null) continue
    compared += 1
    const ra = va === null ? null : rows(va, facets)
    const rb = vb === null ? null : rows(vb, facets)
    const same = ra !== null && rb !== null && ra.length === rb.length && ra.every((r, i) => r[0] === rb[i]![0] && r[1] === rb[i]![1])
    if (same) {
      previous = at
      continue
    }
    // Positions between the last agreeing one and this one were skipped by both: their views agree too.
    lines.push(
      previous === null || at <= 0 ? `  the views differ ${position(at, steps)}` : `  the views agree through step ${at}; they first differ ${position(at, steps)}`,
    )
    lines.push(...contextLines(ta, tb, positions, at, steps))
    lines.push(...sideBySide(ra, rb, ta, tb, at, endA, endB, steps))
    return { identical: false, compared, lines }
  }
  if (compared === 0) {
    lines.push(`  no views to compare: both traces end before step ${from + 1}`)
    return { identical: true, compared, lines }
  }
  lines.push(`  the views are identical at all ${compared} aligned positions, the last one ${position(positions[positions.length - 1] ?? -1, steps)}`)
  return { identical: true, compared, lines }
}

function contextLines(ta: Timeline, tb: Timeline, positions: ReadonlyArray<number>, at: number, steps: number): Array<string> {
  const shown = positions.filter((p) => p >= 0 && p < steps && p <= at).slice(-contextStepsMax)
  if (shown.length === 0) return []
  const out = ["  steps up to it (as each trace took them; - skipped):"]
  const width = Math.min(columnWidthMax, Math.max(...shown.map((p) => (ta.texts.get(p) ?? "-").length)))
  for (const p of shown) {
    const x = ta.texts.get(p) ?? "-"
    const y = tb.texts.get(p) ?? "-"
    out.push(`    ${`step ${p + 1}`.padEnd(10)} A: ${x === y ? `${clip(x, width).padEnd(width)}   B: same` : `${clip(x, columnWidthMax)}\n${"".padEnd(15)}B: ${clip(y, columnWidthMax)}`}`)
  }
  return out
}

function sideBySide(
  ra: ReadonlyArray<readonly [string, string]> | null,
  rb: ReadonlyArray<readonly [string, string]> | null,
  ta: Timeline,
  tb: Timeline,
  at: number,
  endA: number,
  endB: number,
  steps: number,
): Array<string> {
  const ended = (t: Timeline, end: number): string =>
    `(trace ended ${position(end, steps)}${t.violation === null ? "" : `: ${t.violation.invariant === "NoProgress" ? "NO PROGRESS" : `VIOLATION of ${t.violation.invariant}`}`})`
  const out = [`  the views ${position(at, steps)} (* marks the fields that differ):`]
  if (ra === null || rb === null) {
    out.push(`    A: ${ra === null ? ended(ta, endA) : "goes on"}`, `    B: ${rb === null ? ended(tb, endB) : "goes on"}`)
    const violation = ra === null ? ta.violation : tb.violation
    if (violation !== null) out.push(`    ${clip(violation.message, 2 * columnWidthMax)}`)
    return out
  }
  const labelWidth = Math.max(...ra.map((r) => r[0].length), ...rb.map((r) => r[0].length)) + 2
  const width = Math.min(columnWidthMax, Math.max(4, ...ra.map((r) => r[1].length)))
  out.push(`    ${"".padEnd(labelWidth)}${"A".padEnd(width + 2)}B`)
  const labels = [...new Set([...ra.map((r) => r[0]), ...rb.map((r) => r[0])])]
  const lookup = (list: ReadonlyArray<readonly [string, string]>, label: string): string => list.find((r) => r[0] === label)?.[1] ?? "(absent)"
  for (const label of labels) {
    const x = lookup(ra, label)
    const y = lookup(rb, label)
    out.push(`  ${x === y ? " " : "*"} ${label.padEnd(labelWidth)}${clip(x, width).padEnd(width + 2)}${clip(y, columnWidthMax)}`)
  }
  return out
}
