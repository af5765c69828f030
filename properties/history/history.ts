/**
 * A client history taken out of a trace's events, checked for being well formed: every completion follows
 * its invocation (by line and by time), names an invocation of the same session, and comes once; op ids
 * are unique; times never go back; a result carries only the fields its operation returns. What is wrong
 * is refused with the event's index and the field, so the command can name the line.
 *
 * The order of the events is the history's real time: the simulator records them as they happen (many in
 * one tick), a real cluster's client records them in its monotonic clock's order. Positions are therefore
 * what the checker compares ("A completed before B was invoked"); times are for people.
 */
import type { HistoryEvent, HistoryOp, HistoryResult } from "../../impl/history-events.js"

/** One operation of a history: its invocation, and its completion when the history holds one. */
export interface Operation {
  /** The op id of the history (unique in it). */
  readonly id: number
  readonly session: string
  readonly operation: HistoryOp
  /** The result; Indeterminate (reason Timeout) when the history ends before the op completed. */
  readonly result: HistoryResult
  /** Position of the invocation and of the completion among the history's events (null: never completed). */
  readonly call: number
  readonly ret: number | null
  readonly invokedAt: number
  readonly completedAt: number | null
  /** Index of the invocation and the completion among the input events (the caller turns them into lines). */
  readonly invokedIndex: number
  readonly completedIndex: number | null
}

export interface History {
  /** In invocation order. */
  readonly ops: ReadonlyArray<Operation>
}

/** A malformed history: the input event at `index`, the field at `path`, and what is wrong. */
export class HistoryInputError extends Error {
  override readonly name = "HistoryInputError"
  constructor(
    readonly index: number,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${detail} at ${path}`)
  }
}

/** Whether a trace event is a history event (the trace's union holds them among the others). */
export function isHistoryEvent(event: { readonly _tag: string }): event is HistoryEvent {
  return event._tag === "OpInvoked" || event._tag === "OpCompleted"
}

type OkFields = "data" | "version" | "cversion" | "numChildren" | "exists" | "children" | "created" | "results" | "acl" | "aversion"

const okFields: Readonly<Record<HistoryOp["_tag"], ReadonlyArray<OkFields>>> = {
  GetData: ["data", "version", "cversion", "numChildren"],
  Exists: ["exists", "version", "cversion", "numChildren"],
  GetChildren: ["children", "version", "cversion", "numChildren"],
  Create: ["created", "version", "cversion", "numChildren"],
  SetData: ["version", "cversion", "numChildren"],
  Delete: [],
  Check: [],
  Sync: [],
  Multi: ["results"],
  CloseSession: [],
  SetACL: ["aversion", "version", "cversion", "numChildren"],
  GetACL: ["acl", "aversion", "version", "cversion", "numChildren"],
  AddAuth: [],
}

/** What is wrong with `result` as the outcome of `op`, as [path, detail], or null when it fits. */
function resultProblem(op: HistoryOp, result: HistoryResult): readonly [string, string] | null {
  switch (result._tag) {
    case "Indeterminate":
      return null
    case "Failed":
      if (result.index !== undefined) {
        if (op._tag !== "Multi") return [`["result"]["index"]`, `only a multi's failure names the failing op, not a ${op._tag}'s`]
        if (result.index >= op.ops.length) return [`["result"]["index"]`, `op ${result.index} of a multi of ${op.ops.length} ops`]
      }
      return null
    case "Ok": {
      const allowed = okFields[op._tag]
      for (const field of ["data", "version", "cversion", "numChildren", "exists", "children", "created", "results", "acl", "aversion"] as const) {
        if (result[field] !== undefined && !allowed.includes(field)) return [`["result"]["${field}"]`, `a ${op._tag} returns no ${field}`]
      }
      if (op._tag === "Multi" && result.results !== undefined && result.results.length !== op.ops.length) {
        return [`["result"]["results"]`, `${result.results.length} results for a multi of ${op.ops.length} ops`]
      }
      if (op._tag === "Exists" && result.exists === false && (result.version !== undefined || result.cversion !== undefined || result.numChildren !== undefined)) {
        return [`["result"]["exists"]`, "an absent node has no stat"]
      }
      return null
    }
  }
}

interface Open {
  readonly id: number
  readonly session: string
  readonly operation: HistoryOp
  readonly call: number
  readonly invokedAt: number
  readonly invokedIndex: number
  completion: { readonly ret: number; readonly at: number; readonly index: number; readonly result: HistoryResult } | null
}

/**
 * The history of `events` (any trace events; the non-history ones are skipped, keeping their indexes for
 * the errors). Throws HistoryInputError for a malformed one.
 */
export function historyOf(events: ReadonlyArray<{ readonly _tag: string }>): History {
  const byId = new Map<number, Open>()
  const order: Array<Open> = []
  let position = 0
  let lastAt = -Infinity
  let lastAtIndex = -1
  events.forEach((event, index) => {
    if (!isHistoryEvent(event)) return
    switch (event._tag) {
      case "OpInvoked": {
        const seen = byId.get(event.op)
        if (seen !== undefined) throw new HistoryInputError(index, `["op"]`, `op id ${event.op} is used twice (first invoked by session ${seen.session} at event ${seen.invokedIndex + 1} of the trace)`)
        if (event.at < lastAt) throw new HistoryInputError(index, `["at"]`, `time ${event.at} goes back from ${lastAt} (event ${lastAtIndex + 1} of the trace); history events must be in time order`)
        const open: Open = { id: event.op, session: event.session, operation: event.operation, call: position, invokedAt: event.at, invokedIndex: index, completion: null }
        byId.set(event.op, open)
        order.push(open)
        break
      }
      case "OpCompleted": {
        const open = byId.get(event.op)
        if (open === undefined) throw new HistoryInputError(index, `["op"]`, `op ${event.op} completes but was never invoked`)
        if (open.completion !== null) throw new HistoryInputError(index, `["op"]`, `op ${event.op} completes twice (first at event ${open.completion.index + 1} of the trace)`)
        if (open.session !== event.session) throw new HistoryInputError(index, `["session"]`, `op ${event.op} was invoked by session ${open.session}, not ${event.session}`)
        if (event.at < open.invokedAt) throw new HistoryInputError(index, `["at"]`, `op ${event.op} completes at ${event.at}, before it was invoked at ${open.invokedAt}`)
        if (event.at < lastAt) throw new HistoryInputError(index, `["at"]`, `time ${event.at} goes back from ${lastAt} (event ${lastAtIndex + 1} of the trace); history events must be in time order`)
        const problem = resultProblem(open.operation, event.result)
        if (problem !== null) throw new HistoryInputError(index, problem[0], `op ${event.op} (${open.operation._tag}): ${problem[1]}`)
        open.completion = { ret: position, at: event.at, index, result: event.result }
        break
      }
    }
    lastAt = event.at
    lastAtIndex = index
    position += 1
  })
  const ops = order.map((o): Operation => ({
    id: o.id,
    session: o.session,
    operation: o.operation,
    result: o.completion?.result ?? { _tag: "Indeterminate", reason: "Timeout" },
    call: o.call,
    ret: o.completion?.ret ?? null,
    invokedAt: o.invokedAt,
    completedAt: o.completion?.at ?? null,
    invokedIndex: o.invokedIndex,
    completedIndex: o.completion?.index ?? null,
  }))
  return { ops }
}
