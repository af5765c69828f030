/**
 * `zab explore`: breadth-first exploration of every reachable state of the abstract model (a translation of
 * ZooKeeper's Zab.tla) within the Parameters bounds, checking Zab.tla's invariants and the project's on every
 * distinct state, as TLC would. Prints progress on stderr and one JSON line of figures on stdout; on a
 * violation writes the shortest path to it as a trace in the shared format (harness/model-exploration.ts), which
 * `zab replay`, `zab view` and `zab diff` take, and exits 1. With --workers W > 1 the search is
 * split among worker threads (bin/explore-parallel.ts) and gives the same figures, coverage and trace.
 * With --model generated it explores the model translated from Zab.tla (model/generated/) instead.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { boolFlag, choiceFlag, intFlag, listFlag, parseFlags, stringFlag } from "../args.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { actionsWithBugs, modelBugNames, modelBugs } from "../../model/model-bugs.js"
import { defaultChecks } from "../../model/checks.js"
import { referenceConfig, referenceConfigs } from "../../model/configs.js"
import { Encoder, fingerprint } from "../../model/encode.js"
import { type ExploreResult, type Progress, type StateCheck, explore } from "../../model/explore.js"
import { exploreOnWorkers } from "../explore-parallel.js"
import { runSystem, systemUsage } from "./explore-system.js"
import { labelText } from "../../model/tla-spec.js"
import { exploreWords } from "../../model/tla-typed-spec.js"
import { typedZab } from "../../model/tla-zab.js"
import { exploreCounterexample } from "../../harness/model-exploration.js"
import { traceLines } from "../../model/spec-text.js"
import { writeTrace as traceText } from "../../traces/jsonl.js"
import { checkSpecInvariants, specInvariants } from "../../model/spec-invariants.js"
import { stateInvariants, stepInvariants } from "../../properties/invariants.js"
import { type ExploreOutcome, type Reporter, exploreJsonReportText, exploreJunitReport, reporterNames } from "../../harness/reporters.js"
import type { ModelConfig } from "../../model/model-state.js"

const usage = `usage: zab explore [options]

Explores every reachable state of the abstract ZAB model (Zab.tla translated action by action) breadth
first, and checks Zab.tla's invariants and the project's (properties/) on every distinct state.

options:
  --servers N         number of servers, 1..7 (default 3)
  --max-timeouts T    Parameters.MaxTimeoutFailures (default 1)
  --max-txns L        Parameters.MaxTransactionNum (default 1)
  --max-epoch E       Parameters.MaxEpoch, at most 10 (default 1)
  --max-restarts R    Parameters.MaxRestarts (default 1)
  --config NAME       a reference configuration instead of the five above: ${referenceConfigs.map((c) => c.name).join(", ")}
  --symmetry          identify states that differ only by renaming servers (TLC's Permutations(Server))
  --workers W         split the search among W worker threads, 1..16 (default 1): states are shared out
                      by fingerprint, each level is searched in parallel, and the figures, coverage,
                      --max-states cut and counterexample are the same as with one
  --max-states K      stop after K distinct states
  --spec-only         check only Zab.tla's own invariants, as the reference TLC runs do
  --coverage          print, per action, the new distinct states and the states generated
  --out DIR           where a counterexample trace goes (default ./counterexamples): a zab trace of
                      the spec actions on the path, which zab replay re-applies and zab view draws
  --model M           hand (the default): the hand translation of Zab.tla (model/actions.ts);
                      generated: the model translated from Zab.tla by zab translate
                      (model/generated/zab-tla.ts), same states and counts, 7 to 10 times slower; it
                      checks Zab.tla's ten invariants only (implies --spec-only) and takes no --symmetry,
                      --workers, --bug or --reporter json|junit; a violation's path is printed, not written
  --spec protocol     the model above (the default); --spec system explores ZooKeeper's system spec
                      (ZkV3_7_0.tla with its leader election) instead, with the options below
  --bug NAME          explore a deliberately broken model (repeatable):
${modelBugs.map((b) => `                        ${b.name}: ${b.summary}`).join("\n")}
  --reporter R        text (default): the output below; json: one versioned JSON document
                      ("zab-explore-report": settings, totals, whether they match TLC's for --config,
                      the invariants checked, the violation); junit: JUnit XML, one test case per
                      invariant checked. Without --report it goes to stdout instead of the JSON line
  --report FILE       write the report in the chosen format to FILE (its folder is created); stdout
                      keeps the JSON line. Written whatever the outcome

output: progress lines (distinct, generated, queue, depth, states/s) on stderr, then one JSON line
{distinct, generated, depth, seconds, violations, workers} on stdout.
exit codes: 0 every invariant held, 1 a violation was found (trace written), 2 bad usage

${systemUsage}`

interface Settings {
  readonly config: ModelConfig
  readonly symmetry: boolean
  readonly workers: number
  readonly maxStates: number | undefined
  readonly specOnly: boolean
  readonly coverage: boolean
  readonly out: string
  readonly bugs: ReadonlyArray<string>
  readonly configName: string | null
  readonly reporter: Reporter
  readonly report: string | null
  readonly model: "hand" | "generated"
}

function settings(args: ReadonlyArray<string>, io: Io): Settings {
  const parsed = parseFlags(
    args,
    {
      servers: { type: "string" },
      "max-timeouts": { type: "string" },
      "max-txns": { type: "string" },
      "max-epoch": { type: "string" },
      "max-restarts": { type: "string" },
      config: { type: "string" },
      symmetry: { type: "boolean" },
      workers: { type: "string" },
      "max-states": { type: "string" },
      "spec-only": { type: "boolean" },
      coverage: { type: "boolean" },
      out: { type: "string" },
      bug: { type: "string", multiple: true },
      reporter: { type: "string" },
      report: { type: "string" },
      model: { type: "string" },
    },
    false,
  )
  const model = choiceFlag(parsed, "model", ["hand", "generated"] as const, "hand")
  if (model === "generated") {
    for (const flag of ["symmetry", "workers", "bug", "reporter", "report"]) {
      if (parsed.values[flag] !== undefined) throw new UsageError(`--model generated takes no --${flag}`)
    }
  }
  // Each worker is a V8 isolate with the whole model loaded (tens of MB before any state), and every pair
  // of workers exchanges batches: a bound well above the cores of the machines this runs on.
  const workers = intFlag(parsed, "workers", 1, 1, 16)
  const name = stringFlag(parsed, "config")
  let config: ModelConfig
  let symmetry = boolFlag(parsed, "symmetry")
  if (name !== undefined) {
    const reference = referenceConfig(name)
    if (reference === undefined) throw new UsageError(`unknown --config ${JSON.stringify(name)}; known: ${referenceConfigs.map((c) => c.name).join(", ")}`)
    for (const flag of ["servers", "max-timeouts", "max-txns", "max-epoch", "max-restarts"]) {
      if (parsed.values[flag] !== undefined) throw new UsageError(`--config sets --${flag}; give one or the other`)
    }
    config = reference.config
    symmetry ||= reference.symmetry
  } else {
    config = {
      servers: intFlag(parsed, "servers", 3, 1, 7),
      parameters: {
        MaxTimeoutFailures: intFlag(parsed, "max-timeouts", 1, 0, 100),
        MaxTransactionNum: intFlag(parsed, "max-txns", 1, 0, 100),
        MaxEpoch: intFlag(parsed, "max-epoch", 1, 0, 10),
        MaxRestarts: intFlag(parsed, "max-restarts", 1, 0, 100),
      },
    }
  }
  if (model === "generated" && symmetry) throw new UsageError(`--model generated has no symmetry reduction; --config ${name} uses it`)
  const bugs = listFlag(parsed, "bug")
  for (const bug of bugs) {
    if (!modelBugNames.includes(bug)) throw new UsageError(`unknown --bug ${JSON.stringify(bug)}; known: ${modelBugNames.join(", ")}`)
  }
  const maxStates = parsed.values["max-states"] === undefined ? undefined : intFlag(parsed, "max-states", 0, 1, 2_000_000_000)
  return {
    config,
    symmetry,
    workers,
    maxStates,
    specOnly: boolFlag(parsed, "spec-only"),
    coverage: boolFlag(parsed, "coverage"),
    out: resolve(io.cwd, stringFlag(parsed, "out") ?? "counterexamples"),
    bugs,
    configName: name ?? null,
    reporter: choiceFlag(parsed, "reporter", reporterNames, "text"),
    report: ((file) => (file === undefined ? null : resolve(io.cwd, file)))(stringFlag(parsed, "report")),
    model,
  }
}

function progressLine(p: Progress, seconds: number): string {
  const rate = seconds > 0 ? Math.round(p.distinct / seconds) : 0
  const f = (x: number): string => x.toLocaleString("en-US")
  return `  distinct ${f(p.distinct)}  generated ${f(p.generated)}  queue ${f(p.queue)}  depth ${p.depth}  ${f(rate)} states/s`
}

function writeTrace(s: Settings, result: ExploreResult, io: Io): string {
  const v = result.violation!
  const last = v.trace[v.trace.length - 1]!.state
  const encoder = new Encoder(s.config.servers)
  const fp = new Int32Array(2)
  fingerprint(encoder.words, encoder.encode(last), fp)
  const hash = ((fp[0]! >>> 0).toString(16).padStart(8, "0") + (fp[1]! >>> 0).toString(16).padStart(8, "0")).slice(0, 12)
  mkdirSync(s.out, { recursive: true })
  const path = join(s.out, `model-${v.invariant}-${hash}.jsonl`)
  const { header, events } = exploreCounterexample({ config: s.config, symmetry: s.symmetry, checks: s.specOnly ? "spec" : "all", bugs: s.bugs }, v, v.trace)
  writeFileSync(path, traceText(header, events))
  return relative(io.cwd, path) || path
}

/** The invariants an exploration checks, by name: Zab.tla's own, then (unless --spec-only) those of properties/. */
function checkedNames(specOnly: boolean): ReadonlyArray<string> {
  const names = specInvariants.map((i) => i.name)
  if (!specOnly) for (const i of [...stateInvariants, ...stepInvariants]) if (!names.includes(i.name)) names.push(i.name)
  return names
}

function exploreOutcome(s: Settings, result: ExploreResult, seconds: number, violation: ExploreOutcome["violation"]): ExploreOutcome {
  const reference = s.configName === null ? undefined : referenceConfig(s.configName)
  const tlc = reference?.tlc
  // TLC's figures are for Zab.tla's own invariants over the whole space; only such a run can match them.
  const comparable = tlc !== undefined && result.complete && s.bugs.length === 0
  return {
    settings: { servers: s.config.servers, parameters: { ...s.config.parameters }, config: s.configName, symmetry: s.symmetry, specOnly: s.specOnly, workers: s.workers, maxStates: s.maxStates ?? null, bugs: s.bugs },
    totals: {
      distinct: result.distinct,
      generated: result.generated,
      depth: result.depth,
      seconds,
      complete: result.complete,
      matchesTlc: comparable ? result.distinct === tlc.distinct && result.generated === tlc.generated && result.depth === tlc.depth : null,
    },
    checked: checkedNames(s.specOnly),
    violation,
  }
}

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  // --spec system explores the system spec generated from ZkV3_7_0.tla, with its own options.
  const spec = args.findIndex((a) => a === "--spec" || a.startsWith("--spec="))
  if (spec >= 0) {
    const value = args[spec]!.startsWith("--spec=") ? args[spec]!.slice("--spec=".length) : args[spec + 1]
    if (value === "system") return runSystem(args, io)
    if (value !== "protocol") throw new UsageError(`--spec takes protocol or system, got ${JSON.stringify(value ?? "")}`)
    args = args.filter((_, k) => k !== spec && !(k === spec + 1 && !args[spec]!.includes("=")))
  }
  const s = settings(args, io)
  if (s.model === "generated") return runGenerated(s, io)
  const p = s.config.parameters
  io.err(
    `zab explore: ${s.config.servers} servers, MaxTimeoutFailures=${p.MaxTimeoutFailures} MaxTransactionNum=${p.MaxTransactionNum} ` +
      `MaxEpoch=${p.MaxEpoch} MaxRestarts=${p.MaxRestarts}${s.symmetry ? ", symmetry" : ""}${s.bugs.length > 0 ? `, broken model: ${s.bugs.join(", ")}` : ""}${s.maxStates === undefined ? "" : `, at most ${s.maxStates} states`}\n`,
  )
  const started = performance.now()
  let lastPrint = started
  const onProgress = (progress: Progress): void => {
    const now = performance.now()
    if (now - lastPrint < (io.interactive ? 200 : 5_000)) return
    lastPrint = now
    io.err(`${io.interactive ? "\r" : ""}${progressLine(progress, (now - started) / 1000)}${io.interactive ? "" : "\n"}`)
  }
  const maxStates = s.maxStates === undefined ? {} : { maxStates: s.maxStates }
  let result: ExploreResult
  if (s.workers > 1) {
    result = await exploreOnWorkers({ config: s.config, bugs: s.bugs, symmetry: s.symmetry, checks: s.specOnly ? "spec" : "all", workers: s.workers, ...maxStates, onProgress })
  } else {
    const checks = defaultChecks()
    const invariants: ReadonlyArray<StateCheck> = s.specOnly ? [checkSpecInvariants] : checks.invariants
    result = explore({
      config: s.config,
      actions: actionsWithBugs(s.bugs),
      symmetry: s.symmetry,
      invariants,
      stepInvariants: s.specOnly ? [] : checks.stepInvariants,
      ...maxStates,
      progressEvery: 4096,
      onProgress,
    })
  }
  const seconds = (performance.now() - started) / 1000
  const final = { distinct: result.distinct, generated: result.generated, queue: 0, depth: result.depth }
  io.err(`${io.interactive ? "\r" : ""}${progressLine(final, seconds)}\n`)
  if (s.coverage) {
    io.err("coverage (new distinct : generated):\n")
    for (const c of result.coverage) io.err(`  ${c.action.padEnd(30)} ${String(c.distinct).padStart(10)} : ${c.generated}\n`)
  }
  const violations = result.violation === null ? 0 : 1
  let violation: ExploreOutcome["violation"] = null
  if (result.violation !== null) {
    const path = writeTrace(s, result, io)
    const v = result.violation
    violation = { invariant: v.invariant, message: v.message, steps: v.trace.length - 1, text: [`VIOLATION of ${v.invariant} after ${v.trace.length - 1} steps (a shortest path):`, `  ${v.message}`, "", ...traceLines(v.trace)].join("\n"), counterexample: path }
    io.err(
      [
        `VIOLATION of ${v.invariant} after ${v.trace.length - 1} steps (a shortest path):`,
        `  ${v.message}`,
        "",
        ...traceLines(v.trace),
        "",
        `trace written to ${path}`,
        `replay it with: npx zab replay ${path}`,
        `its story, action by action: npx zab replay ${path} --explain`,
        `draw it: npx zab view ${path}`,
        "",
      ].join("\n"),
    )
  } else if (!result.complete) {
    io.err(`stopped at --max-states ${s.maxStates}: the state space was not exhausted\n`)
  }
  const line = `${JSON.stringify({ distinct: result.distinct, generated: result.generated, depth: result.depth, seconds: Number(seconds.toFixed(3)), violations, workers: s.workers })}\n`
  if (s.reporter === "text" || s.report !== null) io.out(line)
  if (s.reporter !== "text" || s.report !== null) {
    const outcome = exploreOutcome(s, result, seconds, violation)
    const document = s.reporter === "json" ? exploreJsonReportText(outcome) : s.reporter === "junit" ? exploreJunitReport(outcome) : line
    if (s.report === null) io.out(document)
    else {
      try {
        mkdirSync(dirname(s.report), { recursive: true })
        writeFileSync(s.report, document)
      } catch (error) {
        throw new InputError(`cannot write the report to ${s.report}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  return violations === 0 ? 0 : 1
}

/** zab explore --model generated: Zab.tla's model as translated from the TLA+ source, its ten invariants. */
function runGenerated(s: Settings, io: Io): number {
  const p = s.config.parameters
  io.err(
    `zab explore --model generated: ${s.config.servers} servers, MaxTimeoutFailures=${p.MaxTimeoutFailures} MaxTransactionNum=${p.MaxTransactionNum} ` +
      `MaxEpoch=${p.MaxEpoch} MaxRestarts=${p.MaxRestarts}${s.maxStates === undefined ? "" : `, at most ${s.maxStates} states`}\n`,
  )
  const started = performance.now()
  const result = exploreWords({ spec: typedZab(s.config), ...(s.maxStates === undefined ? {} : { maxStates: s.maxStates }) })
  const seconds = (performance.now() - started) / 1000
  io.err(`${progressLine({ distinct: result.distinct, generated: result.generated, queue: 0, depth: result.depth }, seconds)}\n`)
  if (s.coverage) {
    io.err("coverage (new distinct : generated):\n")
    for (const c of result.coverage) io.err(`  ${c.action.padEnd(30)} ${String(c.distinct).padStart(10)} : ${c.generated}\n`)
  }
  const v = result.violation
  if (v !== null) {
    io.err(`VIOLATION of ${v.invariant} after ${v.trace.length - 1} steps (a shortest path):\n`)
    for (const step of v.trace) io.err(`  ${step.label === null ? "Init" : labelText(step.label)}\n`)
  } else if (!result.complete) {
    io.err(`stopped at --max-states ${s.maxStates}: the state space was not exhausted\n`)
  }
  io.out(`${JSON.stringify({ distinct: result.distinct, generated: result.generated, depth: result.depth, seconds: Number(seconds.toFixed(3)), violations: v === null ? 0 : 1, workers: 1, model: "generated" })}\n`)
  return v === null ? 0 : 1
}

export const exploreCommand: Command = { name: "explore", summary: "explore every state of the abstract model (Zab.tla) breadth first", usage, run }
