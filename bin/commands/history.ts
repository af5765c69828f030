/**
 * `zab history FILE`: check the client history a trace holds against ZooKeeper's consistency model
 * (properties/history/check.ts states the rule). Exit 0 when it conforms, 1 on a violation (printed as the
 * smallest non-conforming sub-history found, each operation with its interval), 3 when the search ran out
 * of budget before deciding ("unknown": not a pass, and not a violation either), 2 for bad usage or a
 * malformed file or history (the line and the field are named).
 */
import { intFlag, parseFlags } from "../args.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { loadTraceSync } from "../trace-file.js"
import { DEFAULT_BUDGET, DEFAULT_SHRINK_BUDGET, checkHistory } from "../../properties/history/check.js"
import { HistoryInputError, historyOf } from "../../properties/history/history.js"
import { formatVerdict } from "../../properties/history/verdict-text.js"

/** The exit code of an undecided check: nonzero, so no script mistakes it for a pass, and apart from 1. */
export const EXIT_UNKNOWN = 3

const usage = `usage: zab history [--budget N] [--shrink-budget N] FILE

Checks the client history in a trace (its OpInvoked and OpCompleted events; any trace target) against
ZooKeeper's consistency model: writes, multis, checks and syncs are linearizable; each session's
operations take effect in its order; reads are sequentially consistent, never go back in time for a
session and see the session's own writes; a read after sync sees every write that completed before the
sync began. An operation that ended in ConnectionLoss or a timeout, or never completed, may have taken
effect at any time after it was invoked, or never. The tree starts empty (only "/").

On a violation it prints the smallest non-conforming sub-history it finds: each operation with its
session, id, interval [invoked, completed] in the trace's time unit (ticks or milliseconds), the lines
of its events, and its result; an operation whose result was set aside while shrinking may or may not
have taken effect.

  --budget N         configurations the search may explore per independent part of the history before
                     it answers "unknown" (default ${DEFAULT_BUDGET})
  --shrink-budget N  configurations shrinking a violation may explore in all (default ${DEFAULT_SHRINK_BUDGET})

exit codes: 0 the history conforms, 1 it does not, ${EXIT_UNKNOWN} unknown (the budget ran out: not a pass),
2 bad usage or a malformed file or history
`

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseFlags(args, { budget: { type: "string" }, "shrink-budget": { type: "string" } }, true)
  if (parsed.positionals.length !== 1) throw new UsageError("expected exactly one FILE")
  const budget = intFlag(parsed, "budget", DEFAULT_BUDGET, 1, 1_000_000_000)
  const shrinkBudget = intFlag(parsed, "shrink-budget", DEFAULT_SHRINK_BUDGET, 0, 1_000_000_000)
  const path = parsed.positionals[0]!
  const { events } = loadTraceSync(path)
  let history
  try {
    history = historyOf(events)
  } catch (error) {
    // Line 1 is the header, so event i is on line i + 2.
    if (error instanceof HistoryInputError) throw new InputError(`${path}: line ${error.index + 2}: bad history: ${error.detail} at ${error.path}`)
    throw error
  }
  const started = performance.now()
  const verdict = checkHistory(history, { budget, shrinkBudget })
  const seconds = (performance.now() - started) / 1000
  io.out(formatVerdict(verdict, (index) => index + 2).join("\n") + "\n")
  io.out(`${seconds.toFixed(3)} s\n`)
  switch (verdict._tag) {
    case "Ok":
      return 0
    case "Violation":
      return 1
    case "Unknown":
      return EXIT_UNKNOWN
  }
}

export const historyCommand: Command = { name: "history", summary: "check a trace's client history against ZooKeeper's consistency model", usage, run }
