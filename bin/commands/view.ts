/**
 * `zab view FILE [-o OUT.html]`: draw a trace as a space-time diagram in one self-contained HTML page
 * (traces/viewer.ts derives the data, traces/viewer-page.ts draws it). A malformed file is refused with
 * its line and field (exit 2), as `zab replay` refuses it.
 */
import { writeFileSync } from "node:fs"
import { basename, relative, resolve } from "node:path"
import { parseFlags, stringFlag } from "../args.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { loadTraceSync } from "../trace-file.js"
import { ViewError } from "../../traces/viewer.js"
import { buildTraceView } from "../../harness/viewer-reruns.js"
import { renderPage } from "../../traces/viewer-page.js"

const usage = `usage: zab view FILE [-o OUT.html]

Draws the trace in FILE (a counterexample from \`zab check\`, a merged cluster trace from
\`zab cluster trace\`, any zab trace) as a space-time diagram in one HTML page that needs no network:
a lane per server coloured by role and phase with its epoch, an arrow per message (type, zxid; hover
for the whole message), crashes, restarts, partitions, fsyncs, deliveries, the violated invariant
marked at its step, and a slider (arrow keys) showing every server's state after each event.

A simulator trace is re-run from its schedule to learn exactly when each message was sent and which
were lost in flight. If the re-run departs from the file's events, or the trace is from real servers,
the file's events are drawn with their recorded sends; a receipt whose send is not recorded (older
traces, a real server's election notifications and pings) gets an estimated send point (dashed). A
model trace (an explored path, or a walk re-run from its header) draws the messages of Zab.tla's
channels. A file with a schedule and no events is re-run to get them. The page says which applies.

options:
  -o, --out OUT.html   where to write the page (default: FILE with .jsonl replaced by .html)

exit codes: 0 the page was written, 2 bad usage or a malformed file
`

function defaultOut(path: string): string {
  return path.endsWith(".jsonl") ? `${path.slice(0, -".jsonl".length)}.html` : `${path}.html`
}

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseFlags(args, { out: { type: "string", short: "o" } }, true)
  if (parsed.positionals.length !== 1) throw new UsageError("expected exactly one FILE")
  const path = resolve(io.cwd, parsed.positionals[0]!)
  const outFlag = stringFlag(parsed, "out")
  if (outFlag === "") throw new UsageError("-o takes a file name")
  const out = outFlag === undefined ? defaultOut(path) : resolve(io.cwd, outFlag)
  if (out === path) throw new UsageError("the page would overwrite the trace: give -o another name")
  const trace = loadTraceSync(path)
  let view
  try {
    view = buildTraceView(trace, basename(path))
  } catch (error) {
    if (error instanceof ViewError) throw new InputError(`${path}: ${error.message}`)
    throw error
  }
  try {
    writeFileSync(out, renderPage(view))
  } catch (error) {
    throw new InputError(`cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const estimated = view.messages.filter((m) => !m.exact).length
  const how =
    view.source === "re-run"
      ? "exact, from a re-run"
      : view.source === "re-run-schedule"
        ? "events from re-running the schedule"
        : view.target === "model"
          ? "from the model's channels"
          : estimated === 0
            ? "sends as recorded"
            : `${estimated} send point${estimated === 1 ? "" : "s"} estimated`
  io.out(`wrote ${relative(io.cwd, out) || out}: ${view.rows.length} events, ${view.messages.length} messages (${how})\n`)
  return 0
}

export const viewCommand: Command = { name: "view", summary: "draw a trace as a space-time diagram in a self-contained HTML page", usage, run }
