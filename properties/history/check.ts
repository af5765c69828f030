/**
 * Checking a client history against ZooKeeper's consistency model.
 *
 * THE RULE. A history conforms when there is one total order of its operations (an indeterminate write
 * may be left out, an indeterminate read, sync or check always is) such that
 *   (a) applying the operations in that order to the znode-tree specification (model.ts), from a tree
 *       holding only "/", gives every determinate operation the result the history records (only the
 *       fields it records are compared; zxids never), and
 *   (b) the order respects the precedence "A must come before B", which holds when
 *       - A and B belong to one session, A was invoked first and A is determinate (per-session FIFO: a
 *         session's operations take effect in its order; an operation that ended in ConnectionLoss or a
 *         timeout binds nothing after it, since the session may have moved on while it was in flight), or
 *       - B is a write, a multi, a sync or a check (determinate or not) and A (any determinate operation,
 *         a read included) completed before B was invoked.
 * Reads have no other predecessors. Why this is ZooKeeper's model:
 *   - Writes, multis, checks and syncs go through the leader, which orders them: among themselves they
 *     are linearizable (the second clause with A and B both writes).
 *   - A read is answered from its server's state, which is some prefix of the leader's order. Its place
 *     in the order is the state it saw. It may be stale (no write of another session must precede it),
 *     but the state existed by the time it returned, so it cannot see a write invoked after it completed
 *     (the second clause with A a read).
 *   - Per session, the places are monotonic (the first clause): reads never go back, even when the session
 *     moves to another server; a read after the session's own write sees it (read-your-writes); a write
 *     after a read is ordered after the state that read saw. The first clause with A a sync and B a read
 *     makes that read see at least the sync's point, and the sync, ordered like a write, comes after
 *     every write that completed before the sync was invoked: so sync then read is up to date.
 *   - Reads of different sessions are not ordered against each other: sequential consistency, not
 *     linearizability, as ZooKeeper promises.
 * The positions of events in the history are its real time (history.ts).
 *
 * COMPOSITION. The history is split into components that share no session and no znode (a session's
 * operations tie its znodes together; a multi ties its ops' znodes; a create or delete ties its node to
 * the parent when the parent is observed: named by some operation or holding sequential children, whose
 * names depend on its cversion; an unobserved parent is "/" or never exists, so its state can matter to
 * nothing). Components are checked alone, and the history conforms iff each does: given an order for each,
 * give every operation a point in time along its component's order, a write no earlier than its invocation
 * and each point no later than the operation's completion (always possible, because a write placed before
 * an operation was invoked before that operation completed); sorted by point, the union respects every
 * precedence between components too, as Herlihy and Wing's locality argument goes.
 *
 * VERDICTS. Ok; Violation, with the smallest non-conforming sub-history the shrinker finds (see shrink);
 * Unknown, when the search's budget (configurations explored per component) runs out: never a pass.
 */
import type { History, Operation } from "./history.js"
import { components } from "./components.js"
import { search } from "./search.js"
import { shrink } from "./sub-history.js"

export interface CheckOptions {
  /** The most configurations the search explores per component before answering unknown. */
  readonly budget?: number
  /** The most configurations shrinking may spend in all (each trial has `budget` too). */
  readonly shrinkBudget?: number
}

export const DEFAULT_BUDGET = 5_000_000
export const DEFAULT_SHRINK_BUDGET = 1_000_000

/** An operation of a reported sub-history; `weakened`: its result is set aside (it may or may not have happened). */
export interface ShownOperation {
  readonly op: Operation
  readonly weakened: boolean
}

export type Verdict =
  | { readonly _tag: "Ok"; readonly ops: number; readonly components: number; readonly states: number }
  | {
      readonly _tag: "Violation"
      readonly ops: number
      readonly components: number
      readonly states: number
      /** The ops of the component that failed. */
      readonly componentOps: number
      readonly subHistory: ReadonlyArray<ShownOperation>
      /** Whether an exact-keyed search confirmed that the sub-history does not conform (see search.ts). */
      readonly confirmed: boolean
      readonly shrinkStates: number
    }
  | { readonly _tag: "Unknown"; readonly ops: number; readonly components: number; readonly states: number; readonly reason: string }

function isWrite(op: Operation): boolean {
  switch (op.operation._tag) {
    case "Create":
    case "SetData":
    case "Delete":
    case "Multi":
    case "CloseSession":
    case "SetACL":
      return true
    case "GetACL":
    case "AddAuth":
    case "GetData":
    case "Exists":
    case "GetChildren":
    case "Check":
    case "Sync":
      return false
  }
}

/** Check a history (see the module comment for the rule). */
export function checkHistory(history: History, options: CheckOptions = {}): Verdict {
  const budget = options.budget ?? DEFAULT_BUDGET
  const parts = components(history.ops)
  const ops = history.ops.length
  let states = 0
  let unknown: { readonly part: number; readonly size: number; readonly states: number } | null = null
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!
    // First the quick search (indeterminate writes take effect soon after their invocation or never); an
    // order it finds is an order, so its "Ok" stands. Anything else is decided by the complete search.
    // Without indeterminate writes the two searches are the same, so the quick one is skipped.
    const lostWrites = part.some((op) => op.result._tag === "Indeterminate" && isWrite(op))
    if (lostWrites) {
      const quick = search(part, { budget, quick: true })
      states += quick.states
      if (quick._tag === "Ok") continue
    }
    const outcome = search(part, { budget })
    states += outcome.states
    switch (outcome._tag) {
      case "Ok":
        break
      case "Unknown":
        if (unknown === null) unknown = { part: k, size: part.length, states: outcome.states }
        break
      case "Violation": {
        const shrunk = shrink(part, { budget, shrinkBudget: options.shrinkBudget ?? DEFAULT_SHRINK_BUDGET, blocked: outcome.blocked })
        return {
          _tag: "Violation",
          ops,
          components: parts.length,
          states,
          componentOps: part.length,
          subHistory: shrunk.subHistory,
          confirmed: shrunk.confirmed,
          shrinkStates: shrunk.states,
        }
      }
    }
  }
  if (unknown !== null) {
    return {
      _tag: "Unknown",
      ops,
      components: parts.length,
      states,
      reason: `the search explored its budget of ${budget} configurations on a component of ${unknown.size} operations without deciding it`,
    }
  }
  return { _tag: "Ok", ops, components: parts.length, states }
}
