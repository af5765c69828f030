/**
 * zab-harness as a library: run a check campaign from code, with invariants of your own over the cluster
 * view and the fault profile adjusted, and get back a typed result: held, violated (with the shrunk
 * schedule, the counterexample file and the command that replays it), or an error of one of your invariants.
 *
 * ```ts
 * import { check, assertHeld } from "zab-harness"
 * const result = await check({ servers: 5, runs: 2_000, seed: 42, invariants: [myInvariant] })
 * assertHeld(result) // throws an Error whose message shows the shrunk schedule and the replay command
 * ```
 *
 * It runs campaigns exactly as `zab check` does (harness/check-run.ts): the same seeds, shards, shrinking,
 * counterexample files and reports, so a failure found from code replays with `npx zab replay`.
 */
import { resolve } from "node:path"
import { bugs as zoo, isSimulatorOnly } from "../impl/bugs.js"
import { shardRuns } from "../harness/campaign.js"
import { type CheckRunSettings, runCheck } from "../harness/check-run.js"
import { invariantsModuleSpecifier, loadInvariants } from "../harness/invariant-module.js"
import { type CheckOutcome, type ReportedError, type ReportedViolation, type ReportSettings, invariantsChecked, jsonReportText, junitReport } from "../harness/reporters.js"
import { modelBugNames } from "../model/model-bugs.js"
import { stateInvariants, stepInvariants } from "../properties/invariants.js"
import { type Invariant, InvariantSet, checkInvariantNames } from "../properties/user-invariants.js"
import { type FaultOverrides, checkFaultOverrides } from "../schedule/arbitrary.js"

export type { ClusterView, ServerView, TxnView, Ghost, Establishment, Broadcast, Acknowledged, Delivery, ViewRecord } from "../properties/view.js"
export type { Invariant, InvariantVerdict, TxnOp } from "../properties/user-invariants.js"
export { txnOp, deliveredBy } from "../properties/user-invariants.js"
export type { ReportedViolation, ReportedError, ReportSettings } from "../harness/reporters.js"
export { formatZxid, epochOf, counterOf } from "../impl/core/zxid.js"
/** The path of this package's corpus of counterexamples (what `zab check --corpus` replays). */
export { defaultCorpusDir as corpusDir } from "../harness/corpus-replay.js"

/** The fault profile's knobs a campaign can fix (each left out is drawn per run, as `zab check` draws it). */
export type FaultProfile = FaultOverrides

export type Target = "sim" | "model" | "net" | "zookeeper"

export interface CheckOptions {
  /**
   * sim (default): the deterministic simulator; model: random walks of the abstract model; net: real
   * processes; zookeeper: fresh Apache ZooKeeper 3.8 ensembles (Debian's package `zookeeper` and a JRE; when
   * they are missing, or a run cannot be judged, check() rejects with an Error saying why).
   */
  readonly target?: Target
  /** target zookeeper: runs a shrinking candidate gets (default 5), as `--tries`. */
  readonly tries?: number
  /** target zookeeper: seconds shrinking may take (default 600; 0: no shrinking), as `--shrink-budget`. */
  readonly shrinkBudgetSeconds?: number
  /** Cluster size: 3 (default), 5 or 7. */
  readonly servers?: number
  /** Schedules to run over all shards (default 100). */
  readonly runs?: number
  /** The campaign seed (default: drawn from the clock; the result's settings give it). */
  readonly seed?: number
  /** The most steps a schedule may have (default 200). */
  readonly steps?: number
  /** Re-injected bugs of the zoo to run (`bugs()` lists them); a deliberately broken peer. */
  readonly bugs?: ReadonlyArray<string>
  /** Worker threads (default 1). With your own invariants, more than one needs `invariantsModule`. */
  readonly workers?: number
  /** Run only the i-th of n slices of the runs (1-based), as `--shard i/n`. */
  readonly shard?: { readonly index: number; readonly count: number } | string
  /** Validate each run against the abstract model (default true). */
  readonly validate?: boolean
  /**
   * What validation checks on targets sim and net: "system" (the default there), Zab.tla's model and the whole
   * protocol (election, discovery, sync, broadcast) against ZooKeeper's system spec's own actions; "protocol",
   * Zab.tla's model alone. Other targets: "protocol" only.
   */
  readonly spec?: "protocol" | "system"
  /**
   * Your invariants over the cluster view, checked after the built-in ones: after every step on the
   * simulator, after every spec action of the model's walks, after every event of the merged trace on
   * real clusters (net).
   */
  readonly invariants?: ReadonlyArray<Invariant>
  /**
   * Instead of `invariants`: a module (path, file URL or package name) exporting them as `invariants` or as
   * its default export. Needed for workers > 1 (functions do not cross threads); the replay command names it.
   */
  readonly invariantsModule?: string | URL
  /** Check the built-in invariants (default true); false checks only yours, NoProgress and validation. */
  readonly builtIn?: boolean
  /** Judge each run's client history as ClientHistory (default true on the simulator). */
  readonly history?: boolean
  /** Fault-profile knobs to fix instead of drawing them per run. */
  readonly faults?: FaultProfile
  /** Require only a quorum to deliver the liveness probe (`--quorum-liveness`). */
  readonly quorumLiveness?: boolean
  /** Where counterexamples are written (default `counterexamples` under `cwd`). */
  readonly out?: string
  /** Paths in the result and its text are relative to it (default: the process's working directory). */
  readonly cwd?: string
  /** Progress lines and the campaign's banner, as `zab check` writes them to stderr (default: dropped). */
  readonly onProgress?: (text: string) => void
}

interface ResultBase extends Omit<CheckOutcome, "violation" | "error"> {
  /** What `zab check` would have printed: the report for a person. */
  readonly text: string
  /** The exit code `zab check` would have returned. */
  readonly exitCode: 0 | 1
}

/** A campaign's result: every invariant held, one was violated, or one of yours threw. */
export type CheckResult =
  | (ResultBase & { readonly status: "held"; readonly violation: null; readonly error: null })
  | (ResultBase & { readonly status: "violated"; readonly violation: ReportedViolation; readonly error: null })
  | (ResultBase & { readonly status: "error"; readonly violation: null; readonly error: ReportedError })

/** The re-injected bugs of the zoo: the deliberately broken peers a campaign can run. */
export function bugs(): ReadonlyArray<{ readonly name: string; readonly summary: string; readonly simulatorOnly: boolean }> {
  return zoo.map((b) => ({ name: b.name, summary: b.summary, simulatorOnly: isSimulatorOnly(b.name) }))
}

/** The built-in invariants, by name with their statements, in checking order. */
export function builtInInvariants(): ReadonlyArray<{ readonly name: string; readonly statement: string }> {
  const seen = new Set<string>()
  const list: Array<{ name: string; statement: string }> = []
  for (const invariant of [...stateInvariants, ...stepInvariants]) {
    if (seen.has(invariant.name)) continue
    seen.add(invariant.name)
    list.push({ name: invariant.name, statement: invariant.statement })
  }
  return list
}

/** An invariant from a name and a check; the same as writing the object. */
export function defineInvariant(name: string, check: Invariant["check"], statement?: string): Invariant {
  return statement === undefined ? { name, check } : { name, statement, check }
}

function integer(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`)
  return value
}

function parseShard(shard: CheckOptions["shard"]): { index: number; count: number } {
  if (shard === undefined) return { index: 1, count: 1 }
  const parsed = typeof shard === "string" ? /^(\d+)\/(\d+)$/.exec(shard) : null
  const index = typeof shard === "string" ? Number(parsed?.[1] ?? NaN) : shard.index
  const count = typeof shard === "string" ? Number(parsed?.[2] ?? NaN) : shard.count
  if (!(Number.isInteger(index) && Number.isInteger(count) && index >= 1 && index <= count && count <= 10_000)) {
    throw new RangeError(`shard must be i/n with 1 <= i <= n <= 10000, got ${JSON.stringify(shard)}`)
  }
  return { index, count }
}

/** Where the compiled worker entry is, whether this module runs compiled (dist/api) or from source (api/). */
function workerUrl(): URL {
  const here = import.meta.url
  return here.endsWith(".ts") ? new URL("../dist/bin/check-worker.js", here) : new URL("../bin/check-worker.js", here)
}

/**
 * Run a check campaign. Bad options are a RangeError or TypeError naming the option, before anything runs.
 * Counterexamples are written to `out`; the result holds everything the reports hold.
 */
export async function check(options: CheckOptions = {}): Promise<CheckResult> {
  const target = options.target ?? "sim"
  if (!["sim", "model", "net", "zookeeper"].includes(target)) throw new RangeError(`target must be sim, model, net or zookeeper, got ${JSON.stringify(target)}`)
  const servers = integer("servers", options.servers, 3, 3, 7)
  if (![3, 5, 7].includes(servers)) throw new RangeError(`servers must be 3, 5 or 7, got ${servers}`)
  if (target === "zookeeper" && servers === 7) throw new RangeError("target zookeeper runs 3 or 5 servers, got 7")
  if (target === "zookeeper" && (options.bugs ?? []).length > 0) throw new RangeError("bugs break zab's own peer; target zookeeper runs Apache ZooKeeper as it is")
  if (target === "zookeeper" && (options.invariants !== undefined || options.invariantsModule !== undefined)) throw new RangeError("invariants of your own are not checked on target zookeeper yet")
  if (target !== "zookeeper" && (options.tries !== undefined || options.shrinkBudgetSeconds !== undefined)) throw new RangeError("tries and shrinkBudgetSeconds apply to target zookeeper only")
  const tries = integer("tries", options.tries, 5, 1, 1_000)
  const shrinkBudgetSeconds = integer("shrinkBudgetSeconds", options.shrinkBudgetSeconds, 600, 0, 1_000_000)
  const cwd = options.cwd ?? process.cwd()
  const bugList = [...(options.bugs ?? [])]
  const known = target === "model" ? modelBugNames : zoo.map((b) => b.name as string)
  for (const bug of bugList) {
    if (!known.includes(bug)) throw new RangeError(`unknown ${target === "model" ? "model " : ""}bug ${JSON.stringify(bug)}; known: ${known.join(", ")}`)
    if (target === "net" && isSimulatorOnly(bug)) throw new RangeError(`${bug} is re-injected in the simulator's disk recovery only; target net cannot run it`)
  }
  if (options.faults !== undefined) checkFaultOverrides(options.faults)
  const workers = integer("workers", options.workers, 1, 1, 256)
  const validate = options.validate !== false
  const builtIn = options.builtIn !== false
  if (options.spec !== undefined && options.spec !== "protocol" && options.spec !== "system") throw new RangeError(`spec must be "protocol" or "system", got ${JSON.stringify(options.spec)}`)
  if (options.spec === "system" && target !== "sim" && target !== "net") throw new RangeError(`spec "system" validates zab's own runs (target sim or net) only`)
  const spec = options.spec ?? (target === "sim" || target === "net" ? "system" : "protocol")

  if (options.invariants !== undefined && options.invariantsModule !== undefined) throw new TypeError("give invariants or invariantsModule, not both")
  const module = options.invariantsModule === undefined ? undefined : invariantsModuleSpecifier(options.invariantsModule instanceof URL ? options.invariantsModule.href : options.invariantsModule, cwd)
  const list = module !== undefined ? await loadInvariants(module) : (options.invariants ?? [])
  if (options.builtIn === false && target !== "sim") throw new RangeError("builtIn: false works on target sim only")
  if (options.invariants !== undefined && options.invariants.length > 0 && workers > 1) {
    throw new TypeError("workers > 1 with your own invariants needs invariantsModule: functions cannot be sent to worker threads")
  }
  checkInvariantNames(list, invariantsChecked(target, validate, []))
  if (!builtIn && list.length === 0) throw new TypeError("builtIn: false needs invariants of your own: it would check nothing but liveness")

  const settings: CheckRunSettings = {
    target,
    servers,
    runs: integer("runs", options.runs, 100, 1, 100_000_000),
    seed: integer("seed", options.seed, Date.now() % 2_147_483_647, -2_147_483_648, 2_147_483_647),
    maxSteps: integer("steps", options.steps, 200, 1, 100_000),
    bugs: bugList,
    shard: parseShard(options.shard),
    workers,
    workerUrl: workerUrl(),
    out: resolve(cwd, options.out ?? "counterexamples"),
    coverage: true,
    validate,
    ...(validate && spec === "system" ? { spec } : {}),
    ...(builtIn ? {} : { builtIn: false }),
    ...(options.history === false ? { history: false } : {}),
    ...(options.quorumLiveness === true ? { quorumLiveness: true } : {}),
    ...(options.faults === undefined ? {} : { faults: { ...options.faults } }),
    ...(module === undefined ? {} : { invariantsModule: module }),
    ...(target === "zookeeper" ? { zkTries: tries, zkShrinkBudgetSeconds: shrinkBudgetSeconds } : {}),
  }
  let text = ""
  const output = { out: (t: string) => void (text += t), err: (t: string) => options.onProgress?.(t), interactive: false, cwd }
  const invariants = list.length === 0 ? null : new InvariantSet(list)
  const { code, outcome } = await runCheck(settings, shardRuns(settings.runs, settings.shard), output, invariants)
  // Exit 2 from a ZooKeeper campaign: nothing could run (no java or zookeeper) or a run could not be judged.
  if (code === 2) throw new Error(text.trim() === "" ? "the campaign could not run" : text.trim())
  const base = { ...outcome, text, exitCode: code === 0 ? (0 as const) : (1 as const) }
  if (outcome.error !== null) return { ...base, status: "error", violation: null, error: outcome.error }
  if (outcome.violation !== null) return { ...base, status: "violated", violation: outcome.violation, error: null }
  return { ...base, status: "held", violation: null, error: null }
}

/** The result as a report document: the versioned JSON `zab check --reporter json` writes, or JUnit XML. */
export function formatReport(result: CheckResult, format: "json" | "junit" | "text"): string {
  if (format === "text") return result.text
  return format === "json" ? jsonReportText(result) : junitReport(result)
}

/** A campaign that did not hold, as an Error: the message shows the shrunk schedule and the replay command. */
export class CheckFailure extends Error {
  override readonly name = "CheckFailure"
  // Nothing but the message: test runners print an error's other properties beside it, and the message
  // already holds what a person needs. Call check() for the whole result.
  constructor(result: CheckResult) {
    super(describeFailure(result))
  }
}

/** The failure of a result for a person: the invariant, the message, the schedule, where to replay it. */
export function describeFailure(result: CheckResult): string {
  const s: ReportSettings = result.settings
  if (result.status === "held") return `every invariant held in ${result.totals.runs} runs (seed ${s.seed})`
  if (result.status === "error") {
    const e = result.error
    return [
      `invariant ${e.invariant} threw in run ${e.run} (seed ${s.seed}): ${e.message}`,
      "",
      e.stack,
      "",
      `the run's schedule as it took effect (not shrunk; the error is in the check):`,
      ...e.schedule.map((text, i) => `${String(i + 1).padStart(4)}. ${text}`),
    ].join("\n")
  }
  const v = result.violation
  return [
    `${v.invariant} violated in run ${v.run} (seed ${s.seed}, ${s.servers} servers${s.bugs.length > 0 ? `, bug ${s.bugs.join(", ")}` : ""}): ${v.message}`,
    "",
    `${v.shrunk ? "shrunk schedule" : "schedule as it took effect (not shrunk)"}: ${v.schedule.length} steps (from ${v.generatedSteps} generated)`,
    ...v.schedule.map((text, i) => `${String(i + 1).padStart(4)}. ${text}`),
    ...v.liveness.map((text) => `      then: ${text}`),
    "",
    ...(v.counterexample === null ? [] : [`counterexample: ${v.counterexample}`]),
    ...(v.replay === null ? [] : [`replay: ${v.replay}`]),
  ].join("\n")
}

/** Throws a CheckFailure unless every invariant held: for any test runner. */
export function assertHeld(result: CheckResult): void {
  if (result.status !== "held") throw new CheckFailure(result)
}
