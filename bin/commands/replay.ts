/**
 * `zab replay FILE`: re-run the schedule of a counterexample (or any trace) on the simulator and report
 * whether it still violates an invariant. A malformed file is refused with its line and field (exit 2).
 */
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { boolFlag, choiceFlag, intFlag, parseFlags, stringFlag } from "../args.js"
import { defaultZkTries } from "../../harness/zookeeper-campaign.js"
import { ZkHarnessError, runZkSchedule } from "../../harness/zookeeper-target.js"
import { killSpawnedOnExit } from "../../impl/net/cluster.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { isBugName } from "../../impl/bugs.js"
import { describeStates, failureHeadline, stepLines } from "../../harness/report.js"
import { MODEL_REFINEMENT, runSchedule } from "../../harness/sim-target.js"
import { invariantsModuleSpecifier, loadInvariants } from "../../harness/invariant-module.js"
import { InvariantSet, checkInvariantNames } from "../../properties/user-invariants.js"
import { formatRejection } from "../../traces/format.js"
import { validateEventsAgainst } from "../../traces/validate-system.js"
import { writeTrace } from "../../traces/jsonl.js"
import { loadTraceSync } from "../trace-file.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "../../traces/schema.js"
import { defaultSimConfig } from "../../schedule/steps.js"
import { explainTrace } from "../../traces/explain.js"
import { modelBugNames } from "../../model/model-bugs.js"
import { type ModelRun, runScheduleOnModel, runWalkOfTrace } from "../../harness/model-target.js"
import type { Trace } from "../../traces/jsonl.js"
import type { ModelExploration } from "../../model/explore-step.js"
import { replayExploration } from "../../harness/model-exploration.js"
import { changedVariables, describeState, formatLabel } from "../../model/spec-text.js"

const usage = `usage: zab replay FILE [--explain] [-o OUT] [--invariants MODULE [--no-builtin]] [--spec S] [--tries N]

Re-runs the schedule recorded in FILE (a counterexample written by \`zab check\`) on the simulator,
prints the steps as they take effect and the invariant they violate. A model trace is re-run on the
abstract model: the walk its header carries (\`zab check --target model\`), the spec actions of an
explored path (\`zab explore\`: re-applied from Init with the invariants checked as the search checked
them; exit 2 if one is not enabled where it stands), or else its schedule (\`zab sim --target model\`). If the run's events differ from the ones recorded in FILE (the peer, the
simulator or the model changed since it was written), it says where.

  --explain   print the run as a story instead: per step what was delivered, role and epoch changes,
              crashes and restarts, partitions, fsyncs, commits and the state of each server the step
              changed, with the violation set off at its step. A net trace is told as recorded.
  -o OUT      also write the re-run's whole trace to OUT: the same schedule on this version of the
              peer, to compare with \`zab diff FILE OUT\` after a change
  --invariants MODULE  check your own invariants too, as \`zab check --invariants\` did when it found
              the counterexample (a simulator trace)
  --no-builtin  check only those, as \`zab check --no-builtin\` did
  --spec S    a ModelRefinement counterexample is validated again against the spec its file names
              (\`zab check --spec\`: protocol or system); this overrides it
  --tries N   a ZooKeeper counterexample (\`zab check --target zookeeper\`): real timing is not
              deterministic, so its schedule is re-run N times (default 5) on fresh Apache ZooKeeper
              ensembles and the replay reports how many runs violated the same invariant again

exit codes: 0 the schedule now passes (ZooKeeper: no try reproduced it), 1 it still violates an invariant
(ZooKeeper: at least one try did), 2 bad usage, a malformed file, or an ensemble that could not start
`

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseFlags(args, { explain: { type: "boolean" }, out: { type: "string", short: "o" }, invariants: { type: "string" }, "no-builtin": { type: "boolean" }, spec: { type: "string" }, tries: { type: "string" } }, true)
  const explain = boolFlag(parsed, "explain")
  if (parsed.positionals.length !== 1) throw new UsageError("expected exactly one FILE")
  const path = resolve(io.cwd, parsed.positionals[0]!)
  const trace = loadTraceSync(path)
  const { header } = trace
  if (header.target === "model") return replayModel(path, trace, explain, stringFlag(parsed, "out"), io)
  if (header.target === "zookeeper" && !explain) return replayZookeeper(path, trace, intFlag(parsed, "tries", defaultZkTries, 1, 1_000), io)
  if (explain && header.target !== "sim") {
    io.out(explainTrace(header, trace.events).join("\n") + "\n")
    return header.violated === null && !trace.events.some((e) => e._tag === "Violation") ? 0 : 1
  }
  if (header.target !== "sim") throw new InputError(`${path}: line 1: a ${header.target} trace cannot be replayed on the simulator`)
  for (const bug of header.schedule.config.bugs) {
    if (!isBugName(bug)) throw new InputError(`${path}: line 1: unknown bug ${JSON.stringify(bug)} at ["schedule"]["config"]["bugs"]`)
  }
  // A ModelRefinement counterexample fails only with the run validated against the model.
  const validate = header.violated === MODEL_REFINEMENT
  // Against the spec the campaign validated with (the file says; --spec overrides).
  const spec = choiceFlag(parsed, "spec", ["protocol", "system"] as const, header.spec ?? "protocol")
  const module = stringFlag(parsed, "invariants")
  const builtIn = !boolFlag(parsed, "no-builtin")
  if (!builtIn && module === undefined) throw new UsageError("--no-builtin needs --invariants")
  const invariants = module === undefined ? null : await loadUserInvariants(invariantsModuleSpecifier(module, io.cwd))
  const result = runSchedule(header.schedule, { record: true, validate, spec, builtIn, ...(invariants === null ? {} : { invariants }) })
  if (result.invariantError !== null) {
    io.out(`invariant ${result.invariantError.invariant} threw: ${result.invariantError.message}\n${result.invariantError.stack}\n`)
    return 1
  }
  const out = stringFlag(parsed, "out")
  if (out !== undefined) {
    const outPath = resolve(io.cwd, out)
    try {
      writeFileSync(outPath, writeTrace({ ...header, version: TRACE_VERSION, violated: result.violation?.invariant ?? null }, result.events ?? []))
    } catch (error) {
      throw new InputError(`cannot write ${outPath}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const config = header.schedule.config
  if (explain) {
    io.out(explainTrace(header, result.events ?? []).join("\n") + "\n")
    const divergence = firstDivergence(trace.events, result.events ?? [])
    if (divergence !== null) io.out(`\nnote: ${divergence}\n`)
    return result.violation === null ? 0 : 1
  }
  io.out(`replaying ${header.schedule.steps.length} steps on ${config.servers} simulated servers${config.bugs.length > 0 ? ` (broken peer: ${config.bugs.join(", ")})` : ""}\n`)
  io.out(stepLines(result.events ?? []).join("\n") + "\n")
  // A version 1 file predates the events version 2 added: compare the re-run without them.
  const rerun = header.version < 2 ? (result.events ?? []).filter(isVersion1Event) : (result.events ?? [])
  const divergence = firstDivergence(trace.events, rerun)
  if (divergence !== null) io.out(`\nnote: ${divergence}\n`)
  if (result.violation === null) {
    io.out(`\nevery invariant held${header.violated === null ? "" : ` (the file recorded a violation of ${header.violated})`}\n`)
    return 0
  }
  io.out(`\n${failureHeadline(result.violation)}\n  ${result.violation.message}\n`)
  const rejection = result.rejection === null ? null : validateEventsAgainst(spec, config.servers, result.events ?? [])
  if (result.view !== null) io.out(`${describeStates(result.view, result.previousView, result.violation)}\n`)
  if (rejection !== null) io.out(`\n${formatRejection(rejection, rejection.index + 2).join("\n")}\n`)
  return 1
}

/**
 * A ZooKeeper counterexample: its schedule re-run `tries` times on fresh ensembles, each run reported, and
 * how many violated the recorded invariant again. Real timing decides whether a race recurs, so the
 * count, not one run, is the answer.
 */
async function replayZookeeper(path: string, trace: Trace, tries: number, io: Io): Promise<number> {
  const { header } = trace
  const wanted = header.violated ?? trace.events.find((e) => e._tag === "Violation")?.invariant ?? null
  const steps = header.schedule.steps.length
  io.out(`re-running the ${steps}-step schedule of ${path} ${tries} times on fresh Apache ZooKeeper ensembles of ${header.schedule.config.servers} servers${wanted === null ? "" : `, looking for ${wanted}`}\n`)
  killSpawnedOnExit()
  const interrupted = (): void => process.exit(130)
  process.once("SIGINT", interrupted)
  process.once("SIGTERM", interrupted)
  let reproduced = 0
  try {
    for (let k = 1; k <= tries; k++) {
      let result
      try {
        result = await runZkSchedule(header.schedule)
      } catch (error) {
        if (error instanceof ZkHarnessError) throw new InputError(`try ${k}: the run could not be judged: ${error.message}`)
        throw error
      }
      const v = result.violation
      const same = v !== null && (wanted === null || v.invariant === wanted)
      if (same) reproduced += 1
      io.out(`  try ${k}: ${v === null ? "every judged invariant held" : `VIOLATION of ${v.invariant}: ${v.message}`} (${result.stepsTaken} steps taken, ${result.seconds.toFixed(1)} s)\n`)
    }
  } finally {
    process.removeListener("SIGINT", interrupted)
    process.removeListener("SIGTERM", interrupted)
  }
  io.out(`\nreproduced ${reproduced} of ${tries}${wanted === null ? "" : ` (${wanted})`}\n`)
  return reproduced > 0 ? 1 : 0
}

/** The user's invariants of --invariants; a module that cannot be loaded is bad input (exit 2). */
async function loadUserInvariants(specifier: string): Promise<InvariantSet> {
  try {
    const list = await loadInvariants(specifier)
    checkInvariantNames(list, [])
    return new InvariantSet(list)
  } catch (error) {
    throw new InputError(`--invariants: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * A model trace: the walk its header carries (a `zab check --target model` counterexample) re-run on the
 * model, or, without a walk, its schedule run on the model as `zab sim --target model` ran it. Both are
 * deterministic, so the events match the file's unless the model changed since it was written.
 */
function replayModel(path: string, trace: Trace, explain: boolean, out: string | undefined, io: Io): number {
  const { header } = trace
  const config = header.schedule.config
  for (const bug of config.bugs) {
    if (!modelBugNames.includes(bug)) throw new InputError(`${path}: line 1: unknown model bug ${JSON.stringify(bug)} at ["schedule"]["config"]["bugs"] (known: ${modelBugNames.join(", ")})`)
  }
  if (header.explore !== undefined) return replayExplored(path, trace, header.explore, explain, out, io)
  const result: ModelRun = header.walk === undefined ? runScheduleOnModel(header.schedule, config.bugs) : runWalkOfTrace(config, header.walk)
  if (out !== undefined) {
    const outPath = resolve(io.cwd, out)
    try {
      writeFileSync(outPath, writeTrace({ ...header, version: TRACE_VERSION, violated: result.violation?.invariant ?? null }, result.events))
    } catch (error) {
      throw new InputError(`cannot write ${outPath}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const divergence = firstDivergence(trace.events, result.events)
  if (explain) {
    io.out(explainTrace(header, result.events).join("\n") + "\n")
    if (divergence !== null) io.out(`\nnote: ${divergence}\n`)
    return result.violation === null ? 0 : 1
  }
  const what = header.walk === undefined ? `the ${header.schedule.steps.length}-step schedule` : `the ${header.walk.steps.length}-step walk`
  io.out(`replaying ${what} on the model of ${config.servers} servers${config.bugs.length > 0 ? ` (broken model: ${config.bugs.join(", ")})` : ""}\n`)
  io.out(stepLines(result.events).join("\n") + "\n")
  if (divergence !== null) io.out(`\nnote: ${divergence}\n`)
  if (result.violation === null) {
    io.out(`\nevery invariant held${header.violated === null ? "" : ` (the file recorded a violation of ${header.violated})`}\n`)
    return 0
  }
  io.out(`\nVIOLATION of ${result.violation.invariant}\n  ${result.violation.message}\n`)
  // The model's invariants name no servers; the view after the last step is the state that broke it.
  const views = result.events.filter((e) => e._tag === "View")
  const last = views[views.length - 1]
  if (last !== undefined) io.out(`${describeStates(last.view, null, { ...result.violation, servers: [] })}\n`)
  return 1
}

/**
 * A path of `zab explore`: its spec actions re-applied from Init through the model (with the file's model
 * bugs), checked as the search checked them. Exit 1 if a check fails on the way (the search stops at the
 * first, so it ends the replay), 0 if every check holds along the whole path, 2 if an action is not enabled
 * where the actions before it lead (the model changed, or the file was edited).
 */
function replayExplored(path: string, trace: Trace, explore: ModelExploration, explain: boolean, out: string | undefined, io: Io): number {
  const { header } = trace
  const config = header.schedule.config
  const result = replayExploration(config.servers, config.bugs, explore)
  if (result.notEnabled !== null) {
    const k = result.notEnabled
    const label = explore.actions[k]!
    throw new InputError(
      `${path}: line 1: the spec action at ["explore"]["actions"][${k}], ${label.action}(${label.args.map((id) => `s${id}`).join(", ")}) (action ${k + 1}), is not enabled in the state the ${k} actions before it reach` +
        `${config.bugs.length > 0 ? ` (broken model: ${config.bugs.join(", ")})` : ""}`,
    )
  }
  if (out !== undefined) {
    const outPath = resolve(io.cwd, out)
    try {
      writeFileSync(outPath, writeTrace({ ...header, version: TRACE_VERSION, violated: result.violation?.invariant ?? null }, result.events))
    } catch (error) {
      throw new InputError(`cannot write ${outPath}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const divergence = firstDivergence(trace.events, result.events)
  const departure = (): string | null => {
    const v = result.violation
    const end = explore.actions.length - 1
    if (v === null) return header.violated === null ? null : `every check held along the path, where the file recorded a violation of ${header.violated}`
    if (header.violated !== null && v.invariant !== header.violated) return `the path now violates ${v.invariant}, where the file recorded ${header.violated}`
    if (v.at < end) return `the path now violates ${v.invariant} ${v.at < 0 ? "in its initial state" : `after action ${v.at + 1}`}, before its end (action ${end + 1})`
    return null
  }
  const note = departure()
  if (explain) {
    io.out(explainTrace(header, result.events).join("\n") + "\n")
    if (note !== null) io.out(`\nnote: ${note}\n`)
    if (divergence !== null) io.out(`\nnote: ${divergence}\n`)
    return result.violation === null ? 0 : 1
  }
  io.out(`replaying the ${explore.actions.length} spec actions of an explored path on the model of ${config.servers} servers${config.bugs.length > 0 ? ` (broken model: ${config.bugs.join(", ")})` : ""}\n`)
  const taken = result.trace.slice(1)
  io.out(taken.map((step, k) => `${String(k + 1).padStart(4)}. ${formatLabel(step.label!).padEnd(40)} ${changedVariables(result.trace[k]!.state, step.state).join(", ")}`.trimEnd()).join("\n") + "\n")
  if (note !== null) io.out(`\nnote: ${note}\n`)
  if (divergence !== null) io.out(`\nnote: ${divergence}\n`)
  if (result.violation === null) {
    io.out(`\nevery invariant held${header.violated === null ? "" : ` (the file recorded a violation of ${header.violated})`}\n`)
    return 0
  }
  io.out(`\nVIOLATION of ${result.violation.invariant}\n  ${result.violation.message}\n\nthe state reached:\n`)
  for (const line of describeState(result.trace[result.trace.length - 1]!.state)) io.out(`  ${line}\n`)
  return 1
}

/**
 * Where the re-run departs from the events recorded in the file, if it does: the peer or the simulator
 * changed since the file was written (the schedule itself always replays). Null when they agree or the
 * file holds no events.
 */
/** Whether a version 1 trace could hold this event (version 2 added Sent, Wrote, ConnectionLost and two Observed effects). */
function isVersion1Event(event: TraceEvent): boolean {
  if (event._tag === "Sent" || event._tag === "Wrote" || event._tag === "ConnectionLost") return false
  return !(event._tag === "Observed" && (event.effect._tag === "Proposed" || event.effect._tag === "Disconnect"))
}

function firstDivergence(recorded: ReadonlyArray<TraceEvent>, now: ReadonlyArray<TraceEvent>): string | null {
  if (recorded.length === 0) return null
  // A file written before traces carried views (format version 1) is compared without them.
  if (!recorded.some((e) => e._tag === "View")) now = now.filter((e) => e._tag !== "View")
  // So is a file written before the simulator recorded its clients' history, without it.
  if (!recorded.some((e) => e._tag === "OpInvoked")) now = now.filter((e) => e._tag !== "OpInvoked" && e._tag !== "OpCompleted")
  const lines = (events: ReadonlyArray<TraceEvent>): Array<string> => writeTrace(dummyHeader, events).split("\n").slice(1, -1)
  const before = lines(recorded)
  const after = lines(now)
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] === after[i]) continue
    const line = i + 2 // the header is line 1
    // Long lines (a model state) that differ far in are shown from a little before where they part.
    const recorded = before[i] ?? ""
    const current = after[i] ?? ""
    let common = 0
    while (common < recorded.length && common < current.length && recorded[common] === current[common]) common++
    const start = common > 120 ? common - 40 : 0
    const show = (text: string | undefined): string => {
      if (text === undefined) return "the end of the trace"
      const shown = text.slice(start, start + 160)
      return `${start > 0 ? "..." : ""}${shown}${start + 160 < text.length ? "..." : ""}`
    }
    return `this run departs from the events recorded in the file at line ${line}:\n  recorded: ${show(before[i])}\n  now:      ${show(after[i])}`
  }
  return null
}

const dummyHeader: TraceHeader = {
  format: TRACE_FORMAT,
  version: TRACE_VERSION,
  target: "sim",
  seed: null,
  run: null,
  schedule: { config: defaultSimConfig(3), steps: [] },
  violated: null,
}

export const replay: Command = { name: "replay", summary: "re-run a counterexample file on the simulator or the model", usage, run }
