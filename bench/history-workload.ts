/**
 * Histories generated from a sequential execution, for the property tests and the benchmark: sessions run
 * operations on a few znodes; each operation takes effect at its own point in time, inside an interval
 * drawn around it, so operations of different sessions (and a pipelining session's own) overlap. Results
 * come from impl/core/datatree.ts, the servers' own tree, not from the checker's model, so the two
 * specifications are held to each other. Reads may be stale: each returns a state between the last one its
 * session saw (or wrote, or synced to) and the latest, as a follower would. Some operations are
 * indeterminate: a write that lost its connection took effect or not, and some never complete.
 */
import { ROOT, apply, clone, emptyTree, exists, getChildren, getData, type DataTree, type ClientResult } from "../impl/core/datatree.js"
import type { HistoryEvent, HistoryOp, HistoryResult } from "../impl/history-events.js"

export interface PlannedOp {
  readonly session: number
  /** 0 getData, 1 exists, 2 getChildren, 3 create, 4 setData, 5 delete, 6 sync */
  readonly kind: number
  readonly znode: number
  readonly value: number
  /** -1, or an expected version for CAS. */
  readonly version: number
  /** Drawn in [0, 1): how far before and after its point the op is invoked and completes. */
  readonly before: number
  readonly after: number
  /** Drawn in [0, 1): which stale state a read sees (0 the session's floor, near 1 the latest). */
  readonly staleness: number
  /** 0 determinate; 1 indeterminate and it happened; 2 indeterminate and it did not; 3 never completed (did not happen). */
  readonly fate: number
}

export interface GenerateOptions {
  readonly paths: ReadonlyArray<string>
  /** How many points an interval may stretch to either side (one op's point every 10 time units). */
  readonly spread: number
  /** How many writes behind the latest a read may be (unbounded by default); bounds the states kept. */
  readonly maxStaleWrites?: number
}

function resultOf(r: ClientResult, extra: (r: Extract<ClientResult, { _tag: "Ok" }>) => Omit<Extract<HistoryResult, { _tag: "Ok" }>, "_tag">): HistoryResult {
  if (r._tag === "Error") return { _tag: "Failed", code: r.code }
  return { _tag: "Ok", ...extra(r) }
}

export function generateHistory(plan: ReadonlyArray<PlannedOp>, options: GenerateOptions): Array<HistoryEvent> {
  const tree = emptyTree()
  // The tree after each write (index = writes applied); only the last maxStaleWrites + 1 are kept.
  const states = new Map<number, DataTree>([[0, clone(tree)]])
  let latest = 0
  const maxStale = options.maxStaleWrites ?? Infinity
  const floor = new Map<number, number>()
  const lastInvoke = new Map<number, number>()
  let zxid = 0
  const timed: Array<{ readonly at: number; readonly order: number; readonly event: HistoryEvent }> = []
  plan.forEach((p, k) => {
    const point = 10 * (k + 1) * (options.spread + 1)
    const invokedAt = Math.max(point - 1 - Math.floor(p.before * options.spread * 10), (lastInvoke.get(p.session) ?? -1) + 1)
    lastInvoke.set(p.session, invokedAt)
    const completedAt = point + 1 + Math.floor(p.after * options.spread * 10)
    const path = options.paths[p.znode % options.paths.length]!
    const data = `v${p.value}`
    const session = String(p.session + 1)
    const sessionFloor = floor.get(p.session) ?? 0
    let operation: HistoryOp
    let result: HistoryResult
    const isWrite = p.kind >= 3 && p.kind <= 5
    const happens = p.fate === 0 || p.fate === 1
    if (p.kind <= 2) {
      operation = p.kind === 0 ? { _tag: "GetData", path } : p.kind === 1 ? { _tag: "Exists", path } : { _tag: "GetChildren", path }
      const lowest = Math.max(sessionFloor, latest - maxStale)
      const seen = lowest + Math.floor(p.staleness * (latest + 1 - lowest))
      if (p.fate === 0) floor.set(p.session, seen)
      const at = states.get(seen)!
      if (p.kind === 0) result = resultOf(getData(at, path), (r) => ({ data: r.data!, version: r.stat!.version }))
      else if (p.kind === 1) result = resultOf(exists(at, path), (r) => (r.exists === true ? { exists: true, version: r.stat!.version, numChildren: r.stat!.numChildren } : { exists: false }))
      else result = resultOf(getChildren(at, path), (r) => ({ children: [...r.children!].reverse(), cversion: r.stat!.cversion }))
    } else if (p.kind === 6) {
      operation = { _tag: "Sync", path: ROOT }
      floor.set(p.session, latest)
      result = { _tag: "Ok" }
    } else {
      operation =
        p.kind === 3
          ? { _tag: "Create", path, data, sequential: false }
          : p.kind === 4
            ? { _tag: "SetData", path, data, version: p.version }
            : { _tag: "Delete", path, version: p.version }
      result = { _tag: "Indeterminate", reason: "ConnectionLoss" }
      if (happens) {
        zxid += 1
        const txnOp = operation._tag === "Create" ? { _tag: "Create" as const, path, data } : operation._tag === "SetData" ? { _tag: "SetData" as const, path, data, version: p.version } : { _tag: "Delete" as const, path, version: p.version }
        const r = apply(tree, { zxid, op: txnOp, origin: 1, request: 0 })
        latest += 1
        states.set(latest, clone(tree))
        states.delete(latest - maxStale - 1)
        floor.set(p.session, latest)
        result = resultOf(r, (ok) => (operation._tag === "Create" ? { created: path } : operation._tag === "SetData" ? { version: ok.stat!.version } : {}))
      }
    }
    if (p.fate !== 0 && (isWrite || p.kind <= 2)) result = { _tag: "Indeterminate", reason: "ConnectionLoss" }
    timed.push({ at: invokedAt, order: 1, event: { _tag: "OpInvoked", session, op: k, at: invokedAt, operation } })
    if (p.fate !== 3) timed.push({ at: completedAt, order: 0, event: { _tag: "OpCompleted", session, op: k, at: completedAt, result } })
  })
  // A completion and an invocation at one time: the completion first (either order is true to the run).
  timed.sort((a, b) => a.at - b.at || a.order - b.order)
  return timed.map((t) => t.event)
}
