/**
 * `npm run bench:history`: how fast the client-history checker (properties/history/) decides. One JSON line
 * per row: the workload, operations, sessions, znodes, the share of indeterminate operations, the
 * verdict, configurations explored, seconds (wall clock, the check alone: generating the history is not
 * timed) and the machine's load average, so a figure taken on a busy machine says so.
 *
 * Rows:
 * - 10,000 operations of 8 sessions over 10 znodes, 5% indeterminate (target under 1 s);
 * - 100,000 operations of 8 sessions over 100 znodes, 5% indeterminate (target under 10 s);
 * - histories of 300, 1,000 and 10,000 operations (and 10,000 without indeterminate ones) whose last read
 *   is corrupted: a violation, found by refuting every order (search, shrinking and the exact confirmation
 *   together), which costs far more than a pass;
 * - the worst case we know for one znode: k sessions each set the znode blindly (version -1, no version in
 *   the result) at the same time, then a read returns a value nobody wrote. Every order of the k writes
 *   gives a different history of the znode's data, so the search must visit every subset of them with
 *   every last writer (k * 2^(k-1) configurations) before it may say "violation"; the rows show how that
 *   grows with k, and where the budget turns the answer into "unknown".
 *
 * Histories come from bench/history-workload.ts (a sequential execution with stale reads and overlapping
 * intervals), driven by a seeded generator so every run checks the same histories.
 */
import { loadavg } from "node:os"
import type { HistoryEvent } from "../impl/history-events.js"
import { checkHistory } from "../properties/history/check.js"
import { historyOf } from "../properties/history/history.js"
import { type PlannedOp, generateHistory } from "./history-workload.js"

/** mulberry32: a small seeded generator, so the workload is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function workload(ops: number, sessions: number, znodes: number, indeterminate: number, seed: number): Array<HistoryEvent> {
  const random = prng(seed)
  const paths = Array.from({ length: znodes }, (_, i) => `/n${i}`)
  const plan: Array<PlannedOp> = []
  const base = { value: 0, version: -1, before: 0, after: 0, staleness: 1, fate: 0 }
  for (let z = 0; z < znodes; z++) plan.push({ ...base, session: z % sessions, kind: 3, znode: z })
  while (plan.length < ops) {
    const r = random()
    // Mostly reads and writes of data; some CAS (expected version 0 to 3: most fail with BADVERSION), a few
    // syncs, deletes and re-creates.
    const kind = r < 0.45 ? 0 : r < 0.52 ? 1 : r < 0.84 ? 4 : r < 0.9 ? 6 : r < 0.95 ? 5 : 3
    const fateDraw = random()
    plan.push({
      session: Math.floor(random() * sessions),
      kind,
      znode: Math.floor(random() * znodes),
      value: Math.floor(random() * 1_000_000),
      version: kind === 4 && random() < 0.3 ? Math.floor(random() * 4) : -1,
      before: random(),
      after: random(),
      staleness: random(),
      fate: fateDraw < indeterminate ? (fateDraw < indeterminate / 2 ? 1 : 2) : 0,
    })
  }
  return generateHistory(plan, { paths, spread: 4, maxStaleWrites: 20 })
}

/** k blind concurrent writes to one znode, then a read of a value nobody wrote. */
function blindWrites(k: number): Array<HistoryEvent> {
  const events: Array<HistoryEvent> = []
  let at = 0
  events.push({ _tag: "OpInvoked", session: "1", op: 0, at: at++, operation: { _tag: "Create", path: "/z", data: "", sequential: false } })
  events.push({ _tag: "OpCompleted", session: "1", op: 0, at: at++, result: { _tag: "Ok" } })
  for (let i = 1; i <= k; i++) events.push({ _tag: "OpInvoked", session: String(i), op: i, at: at++, operation: { _tag: "SetData", path: "/z", data: `w${i}`, version: -1 } })
  for (let i = 1; i <= k; i++) events.push({ _tag: "OpCompleted", session: String(i), op: i, at: at++, result: { _tag: "Ok" } })
  events.push({ _tag: "OpInvoked", session: "1", op: k + 1, at: at++, operation: { _tag: "GetData", path: "/z" } })
  events.push({ _tag: "OpCompleted", session: "1", op: k + 1, at: at++, result: { _tag: "Ok", data: "nobody" } })
  return events
}

/** The workload with its last determinate data read made to return a value nobody wrote. */
function corrupted(events: ReadonlyArray<HistoryEvent>): Array<HistoryEvent> {
  const out = [...events]
  const reads = new Set(events.filter((e) => e._tag === "OpInvoked" && e.operation._tag === "GetData").map((e) => e.op))
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]!
    if (e._tag === "OpCompleted" && reads.has(e.op) && e.result._tag === "Ok" && e.result.data !== undefined) {
      out[i] = { ...e, result: { _tag: "Ok", data: "nobody-wrote-this" } }
      break
    }
  }
  return out
}

function row(name: string, events: ReadonlyArray<HistoryEvent>, extra: Record<string, number>, budget?: number): void {
  const history = historyOf(events)
  const started = performance.now()
  const verdict = checkHistory(history, budget === undefined ? {} : { budget })
  const seconds = (performance.now() - started) / 1000
  const sessions = new Set(history.ops.map((o) => o.session)).size
  const indeterminate = history.ops.filter((o) => o.result._tag === "Indeterminate").length
  const shrunk = verdict._tag === "Violation" ? { subHistory: verdict.subHistory.length, confirmed: verdict.confirmed } : {}
  console.log(
    JSON.stringify({
      workload: name,
      ops: history.ops.length,
      sessions,
      ...extra,
      indeterminate: Number((indeterminate / history.ops.length).toFixed(3)),
      verdict: verdict._tag,
      components: verdict.components,
      states: verdict.states,
      ...shrunk,
      seconds: Number(seconds.toFixed(3)),
      microsecondsPerOp: Number(((seconds * 1e6) / history.ops.length).toFixed(2)),
      loadavg: loadavg().map((l) => Number(l.toFixed(2))),
    }),
  )
}

row("8 sessions, 10 znodes, 5% indeterminate", workload(10_000, 8, 10, 0.05, 1), { znodes: 10 })
row("8 sessions, 100 znodes, 5% indeterminate", workload(100_000, 8, 100, 0.05, 2), { znodes: 100 })
// A violation must refute every order, so it costs far more than a pass: these rows show how far that
// goes today (each search capped at 2,000,000 configurations: beyond it the verdict is "unknown").
for (const ops of [300, 1_000, 10_000]) {
  row(`8 sessions, 10 znodes, 5% indeterminate, the last read corrupted`, corrupted(workload(ops, 8, 10, 0.05, 1)), { znodes: 10 }, 2_000_000)
}
row(`8 sessions, 10 znodes, no indeterminate, the last read corrupted`, corrupted(workload(10_000, 8, 10, 0, 1)), { znodes: 10 }, 2_000_000)
for (const k of [4, 8, 12, 14]) row(`one znode, ${k} blind concurrent writes, then an impossible read`, blindWrites(k), { znodes: 1, k }, 1_000_000)
