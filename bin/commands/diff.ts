/**
 * `zab diff A B`: two traces (the same schedule on the model and on the simulator, on the simulator before
 * and after a change, two seeds) aligned step by step; prints where their cluster views first differ, both
 * views side by side with the differing fields marked, and the steps just before it.
 */
import { relative, resolve } from "node:path"
import { intFlag, parseFlags } from "../args.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { diffRefusal, diffTraces } from "../../traces/diff.js"
import { loadTrace } from "../trace-file.js"

const usage = `usage: zab diff A B [--from K]

Aligns two traces by schedule step and compares the cluster view after each step (every server's role,
phase, epochs, leader, delivered and logged txns; the leaders established, txns broadcast and writes
acknowledged). Prints the first step after which the views differ, both views side by side with the
differing fields marked (*), and the steps before it. Fields one trace cannot know are left out: txn values
across targets, acknowledgements against the model, and all but role, leader and deliveries for a trace
that recorded no views (format version 1, a real cluster's). Two paths of \`zab explore\` are aligned by
spec action instead; such a path and any other trace are refused (exit 2).

  --from K    compare from the view after step K on (a real cluster, for one, has elected a leader
              before its first step, where the simulator and the model have not)

exit codes: 0 the views are identical throughout, 1 they differ, 2 bad usage or a malformed file
`

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseFlags(args, { from: { type: "string" } }, true)
  const fromStep = intFlag(parsed, "from", 0, 0, 100_000_000)
  if (parsed.positionals.length !== 2) throw new UsageError("expected two trace files, A and B")
  const [pathA, pathB] = parsed.positionals.map((p) => resolve(io.cwd, p)) as [string, string]
  const a = await loadTrace(pathA)
  const b = await loadTrace(pathB)
  const name = (path: string, given: string): string => relative(io.cwd, path) || given
  const refusal = diffRefusal(a, b)
  if (refusal !== null) throw new InputError(`cannot compare ${name(pathA, parsed.positionals[0]!)} and ${name(pathB, parsed.positionals[1]!)}: ${refusal}`)
  const result = diffTraces(name(pathA, parsed.positionals[0]!), a, name(pathB, parsed.positionals[1]!), b, { fromStep })
  if (result.compared === 0) throw new UsageError(`--from ${fromStep} is past the end of both traces`)
  io.out(result.lines.join("\n") + "\n")
  return result.identical ? 0 : 1
}

export const diffCommand: Command = { name: "diff", summary: "compare two traces' cluster views step by step", usage, run }
