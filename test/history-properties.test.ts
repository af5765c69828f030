/**
 * Goal: the checker accepts every history a correct service could produce and rejects histories that are
 * provably wrong. Method: fast-check draws sequential executions (bench/history-workload.ts: results from
 * impl/core/datatree.ts, stale reads, overlapping and pipelined intervals, indeterminate writes that did
 * or did not happen, ops that never complete); each must be accepted. Then one result is corrupted so
 * that no order whatever explains it (a read of data no operation wrote; a setData reporting a version
 * above the number of setData operations on its znode): each must be rejected, with a confirmed and
 * smaller sub-history that still holds the corrupted operation.
 */
import { fc, test } from "@fast-check/vitest"
import { describe, expect } from "vitest"
import type { HistoryEvent } from "../impl/history-events.js"
import { checkHistory } from "../properties/history/check.js"
import { historyOf } from "../properties/history/history.js"
import { type PlannedOp, generateHistory } from "../bench/history-workload.js"

const paths = ["/a", "/b", "/a/x", "/c"]

const plannedOp = (sessions: number): fc.Arbitrary<PlannedOp> =>
  fc.record({
    session: fc.nat(sessions - 1),
    kind: fc.nat(6),
    znode: fc.nat(paths.length - 1),
    value: fc.nat(5),
    version: fc.integer({ min: -1, max: 2 }),
    before: fc.double({ min: 0, max: 0.999, noNaN: true }),
    after: fc.double({ min: 0, max: 0.999, noNaN: true }),
    staleness: fc.double({ min: 0, max: 0.999, noNaN: true }),
    fate: fc.oneof({ arbitrary: fc.constant(0), weight: 8 }, { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 2 }),
  })

const plan = fc.integer({ min: 1, max: 5 }).chain((sessions) => fc.array(plannedOp(sessions), { minLength: 1, maxLength: 40 }))
const spread = fc.integer({ min: 0, max: 4 })

/** Corrupt one determinate Ok result so that no order can explain it, or null when none can be. */
function corrupt(events: ReadonlyArray<HistoryEvent>, pick: number): { readonly events: Array<HistoryEvent>; readonly op: number } | null {
  const invoked = new Map(events.filter((e) => e._tag === "OpInvoked").map((e) => [e.op, e.operation]))
  const setDataCount = new Map<string, number>()
  for (const op of invoked.values()) if (op._tag === "SetData") setDataCount.set(op.path, (setDataCount.get(op.path) ?? 0) + 1)
  const candidates = events.flatMap((e, i) => {
    if (e._tag !== "OpCompleted" || e.result._tag !== "Ok") return []
    const op = invoked.get(e.op)!
    if (op._tag === "GetData" || op._tag === "SetData") return [i]
    return []
  })
  if (candidates.length === 0) return null
  const at = candidates[pick % candidates.length]!
  const e = events[at] as Extract<HistoryEvent, { _tag: "OpCompleted" }>
  const op = invoked.get(e.op)!
  const result =
    op._tag === "GetData"
      ? { _tag: "Ok" as const, data: "never-written" }
      : { _tag: "Ok" as const, version: (setDataCount.get((op as { path: string }).path) ?? 0) + 1 }
  const out = [...events]
  out[at] = { ...e, result }
  return { events: out, op: e.op }
}

describe("history: generated histories", () => {
  test.prop([plan, spread], { seed: 1212, numRuns: 300 })("every history of a sequential execution is accepted (seed 1212)", (p, s) => {
    const events = generateHistory(p, { paths, spread: s })
    const verdict = checkHistory(historyOf(events))
    expect(verdict._tag).toBe("Ok")
  })

  test.prop([plan, spread, fc.nat()], { seed: 3434, numRuns: 300 })("one provably impossible result is rejected (seed 3434)", (p, s, pick) => {
    const events = generateHistory(p, { paths, spread: s })
    const bad = corrupt(events, pick)
    fc.pre(bad !== null)
    const verdict = checkHistory(historyOf(bad!.events))
    expect(verdict._tag).toBe("Violation")
    if (verdict._tag !== "Violation") return
    expect(verdict.confirmed).toBe(true)
    expect(verdict.subHistory.length).toBeLessThanOrEqual(verdict.componentOps)
    expect(verdict.subHistory.some((s) => s.op.id === bad!.op && !s.weakened)).toBe(true)
  })
})
