/**
 * A verdict as text for people: one line for ok or unknown; for a violation, the sub-history with each
 * operation's session, id, interval (times, and the lines of its events) and result.
 */
import type { ShownOperation, Verdict } from "./check.js"
import { describeOperation, describeResult } from "./text.js"

/**
 * `lineOf` turns an input event index into the place a person can look up: a trace's line numbers, or
 * (with `unit` "event") the event's number in a history held in memory.
 */
export function formatOperation(shown: ShownOperation, lineOf: (index: number) => number, unit: "line" | "event" = "line"): string {
  const op = shown.op
  const interval =
    op.completedAt === null || shown.weakened
      ? `[${op.invokedAt}, ...)`
      : `[${op.invokedAt}, ${op.completedAt}]`
  const lines = op.completedIndex === null || shown.weakened ? `${unit} ${lineOf(op.invokedIndex)}` : `${unit}s ${lineOf(op.invokedIndex)}-${lineOf(op.completedIndex)}`
  const outcome = shown.weakened ? "result set aside: may or may not have taken effect" : describeResult(op.result)
  return `session ${op.session} #${op.id} ${interval} ${describeOperation(op.operation)} -> ${outcome}  (${lines})`
}

export function formatVerdict(verdict: Verdict, lineOf: (index: number) => number): Array<string> {
  switch (verdict._tag) {
    case "Ok":
      return [`ok: the history of ${verdict.ops} operations conforms to ZooKeeper's consistency model (${verdict.components} independent components, ${verdict.states} configurations explored)`]
    case "Unknown":
      return [`unknown: ${verdict.reason} (${verdict.ops} operations, ${verdict.components} components, ${verdict.states} configurations explored); this is not a pass`]
    case "Violation": {
      const out = [
        `VIOLATION: the history of ${verdict.ops} operations does not conform to ZooKeeper's consistency model`,
        `no order of these ${verdict.subHistory.length} operations (shrunk from a component of ${verdict.componentOps}) explains their results:`,
      ]
      for (const shown of verdict.subHistory) out.push(`  ${formatOperation(shown, lineOf)}`)
      out.push(
        verdict.confirmed
          ? `(confirmed by an exact search; ${verdict.states} configurations explored, ${verdict.shrinkStates} shrinking)`
          : `(NOT confirmed by the exact search within its budget; ${verdict.states} configurations explored, ${verdict.shrinkStates} shrinking)`,
      )
      return out
    }
  }
}
