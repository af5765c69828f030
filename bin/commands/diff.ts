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
import { runSchedule } from "../../harness/sim-target.js"
import type { Trace } from "../../traces/jsonl.js"

const usage = `usage: zab diff A B [--from K]
       zab diff A --sim [--from K]

Aligns two traces by schedule step and compares the cluster view after each step (every server's role,
phase, epochs, leader, delivered and logged txns; the leaders established, txns broadcast and writes
acknowledged). Prints the first step after which the views differ, both views side by side with the
differing fields marked (*), and the steps before it. Fields one trace cannot know are left out: txn values
across targets, acknowledgements against the model, and all but role, leader and deliveries for a trace
that recorded no views (format version 1, a real cluster's). Two paths of \`zab explore\` are aligned by
spec action instead; such a path and any other trace are refused (exit 2).

  --from K    compare from the view after step K on (a real cluster, for one, has elected a leader
              before its first step, where the simulator and the model have not)
  --sim       B is A's schedule taken on the simulator now (the reference peer, its bugs off): where a
              real cluster or Apache ZooKeeper and the reference peer part ways

Against Apache ZooKeeper (a \`zab check --target zookeeper\` trace), real time and the simulator's steps do
not line up one for one and ZooKeeper has txns of its own, so views are compared only where both have had
time to settle (after a Settle step that completes fsyncs, and after the liveness phase), not before the
first step (ZooKeeper serves before it), on who is up in which role, who leads, and each server's delivered
client txns by content (not by zxid: ZooKeeper's session txns shift the zxids; they, its error txns and the
liveness probes are left out).

exit codes: 0 the views are identical throughout, 1 they differ, 2 bad usage or a malformed file
`

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseFlags(args, { from: { type: "string" }, sim: { type: "boolean" } }, true)
  const fromStep = intFlag(parsed, "from", 0, 0, 100_000_000)
  const sim = parsed.values["sim"] === true
  if (sim ? parsed.positionals.length !== 1 : parsed.positionals.length !== 2) throw new UsageError(sim ? "expected one trace file with --sim" : "expected two trace files, A and B")
  const pathA = resolve(io.cwd, parsed.positionals[0]!)
  const a = await loadTrace(pathA)
  if (sim && a.header.explore !== undefined) throw new InputError("--sim takes a run's trace; a path of zab explore has no schedule to take")
  const name = (path: string, given: string): string => relative(io.cwd, path) || given
  const nameA = name(pathA, parsed.positionals[0]!)
  let nameB: string
  let b: Trace
  if (sim) {
    nameB = "the simulator"
    const schedule = { ...a.header.schedule, config: { ...a.header.schedule.config, bugs: [] } }
    const result = runSchedule(schedule, { record: true })
    b = { header: { ...a.header, target: "sim", schedule, violated: result.violation?.invariant ?? null }, events: result.events ?? [] }
  } else {
    const pathB = resolve(io.cwd, parsed.positionals[1]!)
    b = await loadTrace(pathB)
    nameB = name(pathB, parsed.positionals[1]!)
  }
  const refusal = diffRefusal(a, b)
  if (refusal !== null) throw new InputError(`cannot compare ${nameA} and ${nameB}: ${refusal}`)
  const result = diffTraces(nameA, a, nameB, b, { fromStep })
  if (result.compared === 0) throw new UsageError(`--from ${fromStep} is past the end of both traces`)
  io.out(result.lines.join("\n") + "\n")
  return result.identical ? 0 : 1
}

export const diffCommand: Command = { name: "diff", summary: "compare two traces' cluster views step by step", usage, run }
