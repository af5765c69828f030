/**
 * `zab check`: run generated schedules on the simulator, check every invariant after every step, and on a
 * violation shrink it, write the counterexample and print how to replay it.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, relative, resolve } from "node:path"
import { boolFlag, choiceFlag, intFlag, listFlag, parseFlags, stringFlag } from "../args.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { bugNames, isSimulatorOnly } from "../../impl/bugs.js"
import { shardRuns } from "../../harness/campaign.js"
import { type CheckRunSettings, runCheck } from "../../harness/check-run.js"
import { invariantsModuleSpecifier, loadInvariants } from "../../harness/invariant-module.js"
import { modelBugNames } from "../../model/model-bugs.js"
import { checkCorpus, defaultCorpusDir, rerunZooKeeperCorpus } from "../../harness/corpus-replay.js"
import { defaultZkTries } from "../../harness/zookeeper-campaign.js"
import { type Reporter, invariantsChecked, junitReport, jsonReportText, reporterNames } from "../../harness/reporters.js"
import { InvariantSet, checkInvariantNames } from "../../properties/user-invariants.js"
import { type FaultOverrides, checkFaultOverrides } from "../../schedule/arbitrary.js"

const usage = `usage: zab check [options]

Runs generated schedules of crashes, partitions, message orders and client writes on a simulated cluster
and checks every ZAB invariant after every step. On a violation it shrinks the schedule, writes the
counterexample trace and prints the command that replays it.

options:
  --servers N      cluster size: 3, 5 or 7 (default 3)
  --runs N         schedules to run (default 100)
  --seed S         campaign seed, an integer (default: drawn from the clock and printed)
  --steps N        maximum steps per schedule (default 200)
  --bug NAME       run a deliberately broken peer (repeatable; \`zab bugs\` lists them)
  --out DIR        where counterexamples go (default ./counterexamples)
  --workers W      worker threads (default 1)
  --shard i/n      run only the i-th of n slices of the runs (1-based), e.g. for a CI job matrix
  --target T       sim (default); model: random walks of the abstract model; net: real server processes
                   on loopback behind a fault proxy (seconds a run; failures are not shrunk);
                   zookeeper: fresh Apache ZooKeeper 3.8 ensembles (Debian package zookeeper) behind
                   the capturing proxy, clients through zab's client; a failure is shrunk, keeping a
                   smaller schedule that fails again in at least one of --tries runs
  --tries N        --target zookeeper: runs a shrinking candidate gets (default 5)
  --shrink-budget S  --target zookeeper: seconds shrinking may take (default 600; 0: no shrinking)
  --quorum-liveness  after the faults, require only a quorum (not every live server that can join the
                   leader's epoch) to deliver the probe write; runs that leave one out are counted as
                   sim-liveness-straggler
  --no-coverage    do not print the protocol coverage table
  --corpus [DIR]   first replay every counterexample of the corpus on the simulator (default: the
                   package's traces/corpus; see its README.md) and stop with exit 1 if any fails again;
                   with --target zookeeper, then re-run each ZooKeeper entry's schedule (up to --tries
                   times) and stop with exit 1 if its bug still shows on the installed ZooKeeper
  --no-validate    do not validate each run (with --target net, each merged trace; with --target
                   zookeeper, each decoded capture, through the documented ZooKeeper rules) against the
                   abstract model of Zab.tla; by default an implementation step the model cannot take
                   fails the run as ModelRefinement, even when no invariant notices
  --spec S         what validation checks (--target sim and net): system (default), Zab.tla's model and
                   the whole protocol (election, discovery, sync, broadcast) against ZooKeeper's system
                   spec ZkV3_7_0.tla's own actions as generated from the TLA+ source, which sees election
                   bugs Zab.tla's oracle cannot; protocol, Zab.tla's model alone (a run about 2.7
                   times cheaper). The other targets: protocol
  --reporter R     text (default): the report for a person; json: one versioned JSON document (settings,
                   totals, coverage, each violation with its shrunk schedule and replay command); junit:
                   JUnit XML, one test case per invariant, for CI. Without --report it goes to stdout
                   instead of the text
  --report FILE    write the report in the chosen format to FILE instead (its folder is created);
                   stdout keeps the text. Reports are written whether the invariants held or not (not
                   when --corpus fails)
  --invariants MODULE  also check your own invariants: an ES module exporting an array \`invariants\`
                   (or a default export) of { name, check(view) } (see the README); every target
  --no-history     do not judge each run's client history against ZooKeeper's consistency model
                   (ClientHistory; the simulator and real clusters record their clients' operations)
  --no-builtin     check only your invariants (and validation), not the built-in ones nor NoProgress
  --faults K=V,... fix knobs of the fault profile instead of drawing them per run: crash, partition,
                   clientWrites, fsync (weights; 0 turns a fault off, a low fsync makes a slow disk),
                   counterBits, snapshotEveryTxns, clients (client operations per schedule; drawn:
                   none in half the runs, up to --steps/4 in the others), pause (weight of Pause
                   steps, a server stopped for some ticks: 0 unless given; 1 on --target zookeeper),
                   corrupt (weight of CorruptSnapshot steps, one value of a snapshot on a server's
                   disk changed, which the server must refuse: 0 unless given; the simulator only),
                   rewrite (weight of RewriteSnapshot steps, a snapshot on a server's disk re-encoded
                   as another release might write it, which the server must load to the same tree: 0
                   unless given; the simulator only)

exit codes: 0 every invariant held, 1 a violation was found, 2 bad usage
`

interface CheckSettings extends CheckRunSettings {
  readonly reporter: Reporter
  readonly report: string | null
}

/** `--faults crash=0,fsync=3`: the knobs to fix, checked by the schedule generator's own limits. */
function parseFaults(text: string | undefined): FaultOverrides | undefined {
  if (text === undefined) return undefined
  const faults: Record<string, number> = {}
  for (const part of text.split(",").filter((p) => p.length > 0)) {
    const match = /^([A-Za-z]+)=(-?\d+)$/.exec(part.trim())
    if (match === null) throw new UsageError(`--faults takes KNOB=INTEGER pairs separated by commas, got ${JSON.stringify(part)}`)
    faults[match[1]!] = Number(match[2])
  }
  try {
    checkFaultOverrides(faults)
  } catch (error) {
    throw new UsageError(`--faults: ${error instanceof Error ? error.message : String(error)}`)
  }
  return faults
}

function parseShard(text: string | undefined): { index: number; count: number } {
  if (text === undefined) return { index: 1, count: 1 }
  const match = /^(\d+)\/(\d+)$/.exec(text)
  const index = match === null ? NaN : Number(match[1])
  const count = match === null ? NaN : Number(match[2])
  if (!(index >= 1 && count >= 1 && index <= count && count <= 10_000)) {
    throw new UsageError(`--shard takes i/n with 1 <= i <= n, got ${JSON.stringify(text)}`)
  }
  return { index, count }
}

function settings(args: ReadonlyArray<string>, io: Io): CheckSettings {
  const parsed = parseFlags(
    args,
    {
      servers: { type: "string" },
      runs: { type: "string" },
      seed: { type: "string" },
      steps: { type: "string" },
      bug: { type: "string", multiple: true },
      out: { type: "string" },
      workers: { type: "string" },
      shard: { type: "string" },
      target: { type: "string" },
      "no-coverage": { type: "boolean" },
      "no-validate": { type: "boolean" },
      validate: { type: "boolean" },
      spec: { type: "string" },
      "quorum-liveness": { type: "boolean" },
      reporter: { type: "string" },
      report: { type: "string" },
      invariants: { type: "string" },
      "no-builtin": { type: "boolean" },
      "no-history": { type: "boolean" },
      faults: { type: "string" },
      tries: { type: "string" },
      "shrink-budget": { type: "string" },
    },
    false,
  )
  const servers = intFlag(parsed, "servers", 3, 1, 9)
  if (![3, 5, 7].includes(servers)) throw new UsageError(`--servers must be 3, 5 or 7, got ${servers}`)
  const target = choiceFlag(parsed, "target", ["sim", "model", "net", "zookeeper"], "sim")
  if (target === "zookeeper" && servers !== 3 && servers !== 5) throw new UsageError(`--target zookeeper runs 3 or 5 servers, got ${servers}`)
  const bugs = listFlag(parsed, "bug")
  if (target === "zookeeper" && bugs.length > 0) throw new UsageError("--bug breaks zab's own peer; --target zookeeper runs Apache ZooKeeper as it is")
  // The model's broken variants are broken copies of spec actions, named apart from the peer's.
  const known = target === "model" ? modelBugNames : bugNames
  for (const bug of bugs) {
    if (!known.includes(bug)) throw new UsageError(`unknown ${target === "model" ? "model " : ""}bug ${JSON.stringify(bug)}; known: ${known.join(", ")}`)
    if (target === "net" && isSimulatorOnly(bug)) throw new UsageError(`${bug} is re-injected in the simulator's disk recovery only; --target net cannot run it`)
  }
  const invariantsModule = stringFlag(parsed, "invariants")
  if (boolFlag(parsed, "no-builtin") && invariantsModule === undefined) throw new UsageError(`--no-builtin needs --invariants: it would check nothing but liveness`)
  if (boolFlag(parsed, "no-builtin") && target !== "sim") throw new UsageError(`--no-builtin works with --target sim only`)
  const faults = parseFaults(stringFlag(parsed, "faults"))
  // The system spec sees everything the protocol spec sees and leader election too; it takes zab's own
  // traces (simulator and real cluster), so the other targets validate against Zab.tla's.
  const specGiven = stringFlag(parsed, "spec") !== undefined
  const spec = choiceFlag(parsed, "spec", ["protocol", "system"] as const, target === "sim" || target === "net" ? "system" : "protocol")
  if (specGiven && spec === "system" && target !== "sim" && target !== "net") throw new UsageError(`--spec system validates zab's own runs (--target sim or net) only`)
  if (specGiven && spec === "system" && boolFlag(parsed, "no-validate")) throw new UsageError(`--spec system chooses what validation checks; --no-validate turns it off`)
  return {
    servers,
    runs: intFlag(parsed, "runs", 100, 1, 100_000_000),
    seed: intFlag(parsed, "seed", Date.now() % 2_147_483_647, -2_147_483_648, 2_147_483_647),
    maxSteps: intFlag(parsed, "steps", 200, 1, 100_000),
    bugs,
    out: resolve(io.cwd, stringFlag(parsed, "out") ?? "counterexamples"),
    workers: intFlag(parsed, "workers", 1, 1, 256),
    shard: parseShard(stringFlag(parsed, "shard")),
    coverage: !boolFlag(parsed, "no-coverage"),
    validate: !boolFlag(parsed, "no-validate"),
    ...(spec === "system" ? { spec } : {}),
    target,
    reporter: choiceFlag(parsed, "reporter", reporterNames, "text"),
    report: ((file) => (file === undefined ? null : resolve(io.cwd, file)))(stringFlag(parsed, "report")),
    workerUrl: workerUrl(),
    ...(parsed.values["tries"] === undefined ? {} : { zkTries: intFlag(parsed, "tries", 5, 1, 1_000) }),
    ...(parsed.values["shrink-budget"] === undefined ? {} : { zkShrinkBudgetSeconds: intFlag(parsed, "shrink-budget", 600, 0, 1_000_000) }),
    ...(boolFlag(parsed, "quorum-liveness") ? { quorumLiveness: true } : {}),
    ...(boolFlag(parsed, "no-builtin") ? { builtIn: false } : {}),
    ...(boolFlag(parsed, "no-history") ? { history: false } : {}),
    ...(faults === undefined ? {} : { faults }),
    ...(invariantsModule === undefined ? {} : { invariantsModule: invariantsModuleSpecifier(invariantsModule, io.cwd) }),
  }
}

/** The user's invariants of `--invariants`, loaded and their names checked; exit 2 when the module is wrong. */
async function userInvariants(s: CheckSettings): Promise<InvariantSet | null> {
  if (s.invariantsModule === undefined) return null
  try {
    const list = await loadInvariants(s.invariantsModule)
    checkInvariantNames(list, invariantsChecked(s.target, s.validate, []))
    return new InvariantSet(list)
  } catch (error) {
    throw new InputError(`--invariants: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Where the compiled worker lives: beside this file when compiled, under dist/ when run from source. */
function workerUrl(): URL {
  const here = import.meta.url
  return here.endsWith(".ts") ? new URL("../../dist/bin/check-worker.js", here) : new URL("../check-worker.js", here)
}

/**
 * Where the output goes. The text goes to stdout unless another reporter writes there instead (no
 * --report); with --report the chosen reporter's document goes to the file, and stdout keeps the text.
 */
async function run(argv: ReadonlyArray<string>, io: Io): Promise<number> {
  const { corpus, args } = corpusFlag(argv, io)
  const s = settings(args, io)
  let text = ""
  const textIo: Io = {
    ...io,
    out: (t) => {
      text += t
      if (s.reporter === "text" || s.report !== null) io.out(t)
    },
  }
  const invariants = await userInvariants(s)
  if (corpus !== null && !replayCorpus(corpus, textIo)) return 1
  if (corpus !== null && s.target === "zookeeper") {
    const reruns = await rerunZooKeeperCorpus(corpus, s.zkTries ?? defaultZkTries, (line) => io.err(line + "\n"))
    for (const r of reruns) textIo.out(`  ${r.reproduced ? "SHOWS" : "not seen"}  ${r.file}  ${r.reproduced ? `${r.invariant} again in run ${r.runs} of up to ${s.zkTries ?? defaultZkTries}` : `no ${r.invariant} in ${r.runs} runs (timing decides; this is not a fix)`}\n`)
    const shown = reruns.filter((r) => r.reproduced)
    if (shown.length > 0) {
      textIo.out(`corpus: ${shown.length} ZooKeeper bug${shown.length === 1 ? "" : "s"} recorded on ${[...new Set(shown.map((r) => r.release))].join(", ")} still show${shown.length === 1 ? "s" : ""} on the installed ZooKeeper; no new schedules run\n`)
      return 1
    }
    textIo.out("\n")
  }
  const runs = shardRuns(s.runs, s.shard)
  const { code, outcome } = await runCheck(s, runs, textIo, invariants)
  const document = s.reporter === "json" ? jsonReportText(outcome) : s.reporter === "junit" ? junitReport(outcome) : text
  if (s.report !== null) {
    try {
      mkdirSync(dirname(s.report), { recursive: true })
      writeFileSync(s.report, document)
    } catch (error) {
      throw new InputError(`cannot write the report to ${s.report}: ${error instanceof Error ? error.message : String(error)}`)
    }
  } else if (s.reporter !== "text") {
    io.out(document)
  }
  return code
}

/**
 * `--corpus` takes an optional DIR, which node's flag parser cannot express: take it (and the DIR after it,
 * when it is not a flag: check takes no positionals) out of the arguments before they are parsed.
 */
function corpusFlag(argv: ReadonlyArray<string>, io: Io): { corpus: string | null; args: ReadonlyArray<string> } {
  const args: Array<string> = []
  let corpus: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === "--corpus") {
      const next = argv[i + 1]
      corpus = next !== undefined && !next.startsWith("-") ? resolve(io.cwd, argv[++i]!) : defaultCorpusDir()
    } else if (arg.startsWith("--corpus=")) {
      corpus = resolve(io.cwd, arg.slice("--corpus=".length))
    } else {
      args.push(arg)
    }
  }
  return { corpus, args }
}

/** Replay the corpus, one line per file; false if any file fails. */
function replayCorpus(dir: string, io: Io): boolean {
  const report = checkCorpus(dir)
  const shown = relative(io.cwd, dir) || dir
  io.out(`corpus ${shown}: replaying ${report.verdicts.length} file${report.verdicts.length === 1 ? "" : "s"} (simulator schedules on the simulator; ZooKeeper runs judged again as recorded)\n`)
  const width = Math.max(0, ...report.verdicts.map((v) => v.file.length))
  for (const v of report.verdicts) io.out(`  ${v.ok ? "ok  " : "FAIL"}  ${v.file.padEnd(width)}  ${v.detail}\n`)
  const failed = report.verdicts.filter((v) => !v.ok).length
  io.out(failed === 0 ? `corpus: every file held as it should\n\n` : `corpus: ${failed} of ${report.verdicts.length} failed; no new schedules run\n`)
  return failed === 0
}

export const check: Command = { name: "check", summary: "check generated fault schedules on the simulator", usage, run }
