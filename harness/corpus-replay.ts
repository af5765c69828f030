/**
 * The corpus: every counterexample found and fixed, checked in under traces/corpus/ as a trace file
 * (`<bug-name>.jsonl`), with one row per file in traces/corpus/README.md saying what it caught. The test
 * suite (test/corpus.test.ts) and `zab check --corpus` replay every file on the simulator:
 *
 * - a file whose schedule runs a re-injected bug (`config.bugs` not empty) must still violate the invariant
 *   its header names with the bug on (the harness keeps catching it), and the same schedule must hold
 *   every invariant with the bugs off, validated against the model (the correct peer is not at fault); a
 *   file whose header names ModelRefinement is replayed validated, so the model keeps catching it;
 * - a file without bugs (a real bug found in the peer and fixed since) must hold every invariant and be
 *   admitted by the model.
 *
 * A file the README does not list, a row whose file is missing, or a row that disagrees with its file
 * (bug, invariant, step count: the schedule's or the recorded run's) is a failure too, so the table stays
 * true.
 */
import { readFileSync, readdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { MODEL_REFINEMENT, runSchedule } from "./sim-target.js"
import { type Trace, TraceFormatError, readTrace } from "../traces/jsonl.js"
import { reproduce } from "./zookeeper-campaign.js"
import { rejudgeZooKeeperTrace } from "./zookeeper-target.js"

export const corpusReadme = "README.md"

/** traces/corpus of this package, whether running from the sources or from the compiled dist/. */
export function defaultCorpusDir(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  // Compiled: <package>/dist/harness/corpus-replay.js; from source: <package>/harness/corpus-replay.ts.
  return import.meta.url.endsWith(".ts") ? join(here, "..", "traces", "corpus") : join(here, "..", "..", "traces", "corpus")
}

export interface CorpusRow {
  readonly file: string
  /** The bugs the schedule runs, as the row names them; empty for "-" (a real bug, fixed). */
  readonly bugs: ReadonlyArray<string>
  readonly invariant: string
  readonly steps: string
  readonly caught: string
  /** Line number in the README, for messages. */
  readonly line: number
}

/** The rows of the README's table `| file | bug | invariant | steps | what it caught |`. */
export function parseCorpusReadme(text: string): Array<CorpusRow> {
  const rows: Array<CorpusRow> = []
  const unquote = (cell: string): string => cell.trim().replace(/^`(.*)`$/, "$1")
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim()
    if (!line.startsWith("|")) return
    const cells = line.replace(/^\|/, "").replace(/\|$/, "").split("|")
    if (cells.length < 5) return
    const file = unquote(cells[0]!)
    // The header row and the separator row are not entries.
    if (file === "file" || /^:?-+:?$/.test(file)) return
    const bug = unquote(cells[1]!)
    rows.push({
      file,
      bugs: bug === "-" || bug === "" ? [] : bug.split(",").map((b) => b.trim()),
      invariant: unquote(cells[2]!),
      steps: unquote(cells[3]!),
      caught: cells.slice(4).join("|").trim(),
      line: i + 1,
    })
  })
  return rows
}

export interface CorpusVerdict {
  readonly file: string
  readonly ok: boolean
  /** What the replay showed, one sentence. */
  readonly detail: string
}

/** Replay one corpus file as its rules say (see the module comment). Never throws on a bad file. */
export function checkCorpusFile(dir: string, row: CorpusRow): CorpusVerdict {
  const fail = (detail: string): CorpusVerdict => ({ file: row.file, ok: false, detail })
  let text: string
  try {
    text = readFileSync(join(dir, row.file), "utf8")
  } catch (error) {
    return fail(`listed in ${corpusReadme} (line ${row.line}) but cannot be read: ${error instanceof Error ? error.message : String(error)}`)
  }
  let trace
  try {
    trace = readTrace(text)
  } catch (error) {
    if (error instanceof TraceFormatError) return fail(`malformed: ${error.message}`)
    throw error
  }
  const { schedule, violated, target } = trace.header
  if (target === "zookeeper") return checkZooKeeperEntry(row, trace)
  if (target !== "sim") return fail(`a ${target} trace: the corpus holds simulator schedules and ZooKeeper runs`)
  const bugs = schedule.config.bugs
  if (bugs.join(",") !== row.bugs.join(",")) return fail(`runs bugs [${bugs.join(", ")}] but ${corpusReadme} line ${row.line} says [${row.bugs.join(", ")}]`)
  // The row may count the schedule's steps or the steps the recorded run took (the same in a shrunk one).
  const taken = trace.events.filter((e) => e._tag === "Step").length
  if (String(schedule.steps.length) !== row.steps && String(taken) !== row.steps) {
    return fail(`has ${schedule.steps.length} steps (${taken} taken) but ${corpusReadme} line ${row.line} says ${row.steps}`)
  }
  // The correct peer must not only hold every invariant but be admitted by the model; a file caught by the
  // model (ModelRefinement) is replayed validated, one caught by an invariant as it was found.
  const spec = trace.header.spec ?? "protocol"
  const validated = { validate: true, spec }
  if (bugs.length === 0) {
    const result = runSchedule(schedule, validated)
    if (result.violation !== null) return fail(`violates ${result.violation.invariant} again: ${result.violation.message}`)
    return { file: row.file, ok: true, detail: `every invariant holds (the fix holds${violated === null ? "" : ` against ${violated}`})` }
  }
  if (violated === null) return fail("runs a re-injected bug but its header names no violated invariant")
  if (violated !== row.invariant) return fail(`names ${violated} but ${corpusReadme} line ${row.line} says ${row.invariant}`)
  const withBugs = runSchedule(schedule, { validate: violated === MODEL_REFINEMENT, spec })
  if (withBugs.violation === null) return fail(`with ${bugs.join(", ")} on, every invariant now holds: the harness no longer catches it (${violated})`)
  if (withBugs.violation.invariant !== violated) return fail(`with ${bugs.join(", ")} on it now violates ${withBugs.violation.invariant}, not ${violated}`)
  const fixed = runSchedule({ ...schedule, config: { ...schedule.config, bugs: [] } }, validated)
  if (fixed.violation !== null) return fail(`without the bug it violates ${fixed.violation.invariant}: ${fixed.violation.message}`)
  return { file: row.file, ok: true, detail: `${violated} caught again with ${bugs.join(", ")} on; every invariant holds with it off` }
}

/** The bug cell of a ZooKeeper entry: the Apache ZooKeeper release the run was recorded on. */
const ZOOKEEPER_RELEASE = /^zookeeper-(\d+\.\d+\.\d+)$/

/**
 * A ZooKeeper entry (a `zab check --target zookeeper` counterexample, a bug of Apache ZooKeeper itself):
 * real timing cannot be replayed, so the suite judges its recorded events again, which must give the
 * invariant it names; `zab check --target zookeeper --corpus` re-runs its schedule on the installed binary.
 */
function checkZooKeeperEntry(row: CorpusRow, trace: Trace): CorpusVerdict {
  const fail = (detail: string): CorpusVerdict => ({ file: row.file, ok: false, detail })
  if (row.bugs.length !== 1 || !ZOOKEEPER_RELEASE.test(row.bugs[0]!)) return fail(`a ZooKeeper run: ${corpusReadme} line ${row.line} must name the release it was recorded on (zookeeper-X.Y.Z), not [${row.bugs.join(", ")}]`)
  const { violated, schedule } = trace.header
  if (violated === null || violated !== row.invariant) return fail(`names ${violated ?? "no invariant"} but ${corpusReadme} line ${row.line} says ${row.invariant}`)
  const taken = trace.events.filter((e) => e._tag === "Step").length
  if (String(schedule.steps.length) !== row.steps && String(taken) !== row.steps) return fail(`has ${schedule.steps.length} steps (${taken} taken) but ${corpusReadme} line ${row.line} says ${row.steps}`)
  const again = rejudgeZooKeeperTrace(trace)
  if (again === null) return fail(`its recorded run now holds every invariant: the harness no longer sees ${violated} in it`)
  if (again.invariant !== violated) return fail(`its recorded run now violates ${again.invariant}, not ${violated}`)
  return { file: row.file, ok: true, detail: `${violated} judged again in the run recorded on ${row.bugs[0]}` }
}

export interface CorpusReport {
  readonly dir: string
  readonly verdicts: ReadonlyArray<CorpusVerdict>
  readonly ok: boolean
}

/** Replay every file of the corpus in `dir`; files unlisted in its README (and rows without a file) fail. */
export function checkCorpus(dir: string): CorpusReport {
  let readme: string
  try {
    readme = readFileSync(join(dir, corpusReadme), "utf8")
  } catch (error) {
    return { dir, ok: false, verdicts: [{ file: corpusReadme, ok: false, detail: `cannot be read: ${error instanceof Error ? error.message : String(error)}` }] }
  }
  const rows = parseCorpusReadme(readme)
  let files: Array<string>
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()
  } catch (error) {
    return { dir, ok: false, verdicts: [{ file: dir, ok: false, detail: `cannot be listed: ${error instanceof Error ? error.message : String(error)}` }] }
  }
  const verdicts: Array<CorpusVerdict> = []
  const listed = new Set(rows.map((r) => r.file))
  const seen = new Set<string>()
  for (const row of rows) {
    if (seen.has(row.file)) {
      verdicts.push({ file: row.file, ok: false, detail: `listed twice in ${corpusReadme} (again at line ${row.line})` })
      continue
    }
    seen.add(row.file)
    verdicts.push(checkCorpusFile(dir, row))
  }
  for (const file of files) {
    if (!listed.has(file)) verdicts.push({ file, ok: false, detail: `not listed in ${corpusReadme}: add a row saying what it caught` })
  }
  return { dir, ok: verdicts.every((v) => v.ok), verdicts }
}

export interface ZooKeeperRerun {
  readonly file: string
  readonly release: string
  readonly invariant: string
  /** Runs made, and whether one of them showed the entry's invariant violated again. */
  readonly runs: number
  readonly reproduced: boolean
}

/**
 * `zab check --target zookeeper --corpus`: re-run the schedule of each ZooKeeper entry of the corpus on the
 * installed ZooKeeper, up to `tries` fresh ensembles each, stopping at the first run that violates its
 * invariant again. Real timing decides whether a run shows it, so "not reproduced" is not "fixed".
 */
export async function rerunZooKeeperCorpus(dir: string, tries: number, progress: (line: string) => void): Promise<Array<ZooKeeperRerun>> {
  const rows = parseCorpusReadme(readFileSync(join(dir, corpusReadme), "utf8")).filter((r) => r.bugs.length === 1 && ZOOKEEPER_RELEASE.test(r.bugs[0]!))
  const out: Array<ZooKeeperRerun> = []
  for (const row of rows) {
    const trace = readTrace(readFileSync(join(dir, row.file), "utf8"))
    if (trace.header.target !== "zookeeper") continue
    progress(`  ${row.file}: re-running its ${trace.header.schedule.steps.length} steps on fresh ensembles, up to ${tries} times`)
    // A run that names a ZooKeeper bug (ZOOKEEPER-4646) counts only when the new run names the same one.
    const recorded = trace.events.find((e) => e._tag === "Violation")
    const named = recorded?._tag === "Violation" ? (/ZOOKEEPER-\d+/.exec(recorded.message)?.[0] ?? null) : null
    const { result, runs } = await reproduce(trace.header.schedule, row.invariant, tries, {}, Infinity, (message) => named === null || message.includes(named))
    out.push({ file: row.file, release: row.bugs[0]!, invariant: row.invariant, runs, reproduced: result !== null })
  }
  return out
}
