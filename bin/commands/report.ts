/**
 * `zab report merge`: one report from the JSON reports of a sharded campaign's jobs, as JSON, JUnit XML
 * or text, with the exit code the whole campaign would have had.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { boolFlag, choiceFlag, parseFlags, stringFlag } from "../args.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { type CheckReport, ReportMergeError, mergeCheckReports, mergedJsonText, mergedJunitText, mergedText, parseCheckReport } from "../../harness/report-merge.js"
import { reporterNames } from "../../harness/reporters.js"

const usage = `usage: zab report merge FILE|DIR... [--reporter text|json|junit] [--report OUT] [--partial]

Merges the JSON reports that the shards of one campaign wrote (\`zab check --shard i/n --reporter json
--report FILE\`) into one: runs, steps and coverage summed over the shards, every violation and error
kept with its shard. A DIR stands for every .json file under it that is a check report (CI artifacts
downloaded into one folder per job). Reports of different campaigns (another seed, target, size, bug
list, ...) or two reports of one shard are refused.

  --reporter R   text (default): a summary for a person; json: one check report whose settings name
                 the shards merged; junit: JUnit XML with one test suite per shard
  --report OUT   write the merged report to OUT (its folder is created) instead of stdout
  --partial      merge even when some shards have no report (they are named); otherwise that is exit 2

exit codes: 0 every shard held, 1 a shard found a violation (or an invariant of yours threw),
2 bad usage, a file that is not a check report, or missing shards without --partial
`

/** The report files a positional names: the file itself, or every check report under a directory. */
function reportFiles(path: string, io: Io): Array<{ file: string; report: CheckReport }> {
  let isDirectory: boolean
  try {
    isDirectory = statSync(path).isDirectory()
  } catch {
    throw new InputError(`${path}: no such file or directory`)
  }
  if (!isDirectory) return [{ file: path, report: read(path) }]
  const found: Array<{ file: string; report: CheckReport }> = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith(".json")) {
        try {
          found.push({ file: full, report: read(full) })
        } catch (error) {
          // Other JSON in an artifact folder is not ours to merge; say so rather than pass over it silently.
          if (error instanceof InputError && /not a zab check report/.test(error.message)) io.err(`zab report merge: skipping ${relative(io.cwd, full) || full}: not a check report\n`)
          else throw error
        }
      }
    }
  }
  walk(path)
  if (found.length === 0) throw new InputError(`${path}: holds no check report (*.json written by zab check --reporter json)`)
  return found
}

function read(path: string): CheckReport {
  let text: string
  try {
    text = readFileSync(path, "utf8")
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    return parseCheckReport(path, text)
  } catch (error) {
    if (error instanceof ReportMergeError) throw new InputError(error.message)
    throw error
  }
}

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseFlags(args, { reporter: { type: "string" }, report: { type: "string" }, partial: { type: "boolean" } }, true)
  const [subcommand, ...paths] = parsed.positionals
  if (subcommand !== "merge") throw new UsageError(subcommand === undefined ? "expected a subcommand: merge" : `unknown subcommand ${JSON.stringify(subcommand)}; known: merge`)
  if (paths.length === 0) throw new UsageError("expected the reports to merge: FILE or DIR, one or more")
  const reporter = choiceFlag(parsed, "reporter", reporterNames, "text")
  const inputs = paths.flatMap((path) => reportFiles(resolve(io.cwd, path), io)).map(({ file, report }) => ({ file: relative(io.cwd, file) || file, report }))
  let merged
  try {
    merged = mergeCheckReports(inputs)
  } catch (error) {
    if (error instanceof ReportMergeError) throw new InputError(error.message)
    throw error
  }
  const partial = boolFlag(parsed, "partial")
  if (merged.missing.length > 0 && !partial) {
    throw new InputError(`shard${merged.missing.length > 1 ? "s" : ""} ${merged.missing.join(", ")} of ${merged.reports[0]!.report.settings.shard.count} ha${merged.missing.length > 1 ? "ve" : "s"} no report (a job that did not finish?); --partial merges the others`)
  }
  const document = reporter === "json" ? mergedJsonText(merged) : reporter === "junit" ? mergedJunitText(merged) : mergedText(merged)
  const out = stringFlag(parsed, "report")
  if (out === undefined) io.out(document)
  else {
    const path = resolve(io.cwd, out)
    try {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, document)
    } catch (error) {
      throw new InputError(`cannot write the report to ${path}: ${error instanceof Error ? error.message : String(error)}`)
    }
    io.err(`zab report merge: ${merged.shards.length} shard report${merged.shards.length === 1 ? "" : "s"} merged into ${relative(io.cwd, path) || path}\n`)
  }
  return merged.outcome === "held" ? 0 : 1
}

export const reportCommand: Command = { name: "report", summary: "merge the JSON reports of a sharded campaign", usage, run }
