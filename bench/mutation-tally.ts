/**
 * The tally `npm run mutation` prints, from Stryker's JSON report and mutation/equivalent.json. Kept pure
 * so it can be tested on hand-made reports. Besides the counts it names the declarations that no longer
 * hold: an entry is matched by file, line, mutator and replacement (and column, where it gives one: two
 * mutants of a line can share mutator and replacement and differ in meaning), so an edit that moves a line leaves the
 * entry matching nothing (stale), and an entry whose mutant was killed is an equivalence argument the
 * harness has just refuted.
 */

export interface ReportMutant {
  readonly id: string
  readonly mutatorName: string
  readonly replacement?: string
  readonly status: string
  readonly location: { readonly start: { readonly line: number; readonly column: number } }
}

export interface EquivalentMutant {
  readonly file: string
  readonly line: number
  readonly mutator: string
  readonly replacement: string
  /** Where two mutants of the line share mutator and replacement, the column (Stryker's, 1-based) of the one meant. */
  readonly column?: number
  readonly why: string
}

export interface MutationTally {
  readonly mutants: number
  readonly killed: number
  readonly survived: number
  readonly timedOut: number
  readonly equivalent: number
  readonly ignoredByRule: number
  readonly noCoverage: number
  /** Mutants the TypeScript checker refused (no program), left out of the score. */
  readonly compileErrors: number
  readonly errors: number
  /** Killed (timed out included) over the mutants neither declared equivalent, ignored by rule, refused by the type checker nor in error; null when none. */
  readonly score: number | null
  /** `file:line:column mutator -> "replacement"` of each undeclared survivor. */
  readonly survivors: ReadonlyArray<string>
  /** Declarations for lines this run mutated that match none of its mutants. */
  readonly staleEquivalents: ReadonlyArray<EquivalentMutant>
  /**
   * Declarations whose every matching mutant was killed or timed out: the argument is wrong. (An entry
   * without a column may match several mutants of its line; it holds while one of them survives.)
   */
  readonly refutedEquivalents: ReadonlyArray<EquivalentMutant>
}

const matches = (e: EquivalentMutant, file: string, m: ReportMutant): boolean =>
  e.file === file && e.line === m.location.start.line && e.mutator === m.mutatorName && e.replacement === (m.replacement ?? "") &&
  (e.column === undefined || e.column === m.location.start.column)

/** Lines of a file that a run mutated only in part (`--mutate file:from-to`); a file absent was mutated whole. */
export type MutatedRanges = Readonly<Record<string, ReadonlyArray<readonly [from: number, to: number]>>>

/**
 * The line ranges of `stryker run`'s `--mutate` patterns (`-m`, `--mutate=`), as Stryker reads them:
 * comma-separated, each `file:startLine[:startColumn]-endLine[:endColumn]` or a whole file or glob.
 */
export function mutatedRanges(args: ReadonlyArray<string>): MutatedRanges {
  const patterns: Array<string> = []
  args.forEach((arg, i) => {
    if ((arg === "--mutate" || arg === "-m") && args[i + 1] !== undefined) patterns.push(...args[i + 1]!.split(","))
    else if (arg.startsWith("--mutate=")) patterns.push(...arg.slice("--mutate=".length).split(","))
  })
  const ranges: Record<string, Array<readonly [number, number]>> = {}
  for (const pattern of patterns) {
    const m = /^(.*?):(\d+)(?::\d+)?-(\d+)(?::\d+)?$/.exec(pattern.trim())
    if (m !== null) (ranges[m[1]!.replace(/^\.\//, "")] ??= []).push([Number(m[2]), Number(m[3])])
  }
  return ranges
}

export function tallyMutants(
  files: Readonly<Record<string, { readonly mutants: ReadonlyArray<ReportMutant> }>>,
  equivalents: ReadonlyArray<EquivalentMutant>,
  ranges: MutatedRanges = {},
): MutationTally {
  // An entry outside the lines this run mutated is not judged: it cannot have matched.
  const mutated = (e: EquivalentMutant): boolean => e.file in files && (ranges[e.file]?.some(([from, to]) => from <= e.line && e.line <= to) ?? true)
  const counts = { mutants: 0, killed: 0, survived: 0, timedOut: 0, equivalent: 0, ignoredByRule: 0, noCoverage: 0, compileErrors: 0, errors: 0 }
  const survivors: Array<string> = []
  const matched = new Set<EquivalentMutant>()
  const survivedOne = new Set<EquivalentMutant>()
  const killedOne = new Set<EquivalentMutant>()
  for (const [file, { mutants }] of Object.entries(files)) {
    for (const m of mutants) {
      counts.mutants += 1
      const declared = equivalents.filter((e) => matches(e, file, m))
      for (const e of declared) matched.add(e)
      if (m.status === "Survived") for (const e of declared) survivedOne.add(e)
      if (m.status === "Killed" || m.status === "Timeout") for (const e of declared) killedOne.add(e)
      if (m.status === "Killed") counts.killed += 1
      else if (m.status === "Timeout") counts.timedOut += 1
      else if (m.status === "Survived" && declared.length > 0) counts.equivalent += 1
      else if (m.status === "Survived") {
        counts.survived += 1
        survivors.push(`${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} -> ${JSON.stringify(m.replacement ?? "")}`)
      } else if (m.status === "Ignored") counts.ignoredByRule += 1
      else if (m.status === "NoCoverage") counts.noCoverage += 1
      else if (m.status === "CompileError") counts.compileErrors += 1
      else counts.errors += 1
    }
  }
  const judged = counts.mutants - counts.equivalent - counts.ignoredByRule - counts.compileErrors - counts.errors
  return {
    ...counts,
    score: judged === 0 ? null : Math.round(((counts.killed + counts.timedOut) / judged) * 10_000) / 100,
    survivors,
    staleEquivalents: equivalents.filter((e) => mutated(e) && !matched.has(e)),
    refutedEquivalents: equivalents.filter((e) => matched.has(e) && !survivedOne.has(e) && killedOne.has(e)),
  }
}
