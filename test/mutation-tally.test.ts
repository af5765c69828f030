/**
 * Goal: `npm run mutation`'s tally counts a declared equivalent only where its mutant survived, and names
 * the declarations that no longer hold. Method: a hand-made Stryker report and declarations: one matching a
 * survivor, one moved off its line (stale), one whose mutant was killed (refuted), one for a file the run
 * did not mutate (neither), one outside the lines a ranged run mutated (neither).
 */
import { describe, expect, it } from "vitest"
import { type EquivalentMutant, mutatedRanges, type ReportMutant, tallyMutants } from "../bench/mutation-tally.js"

const mutant = (id: string, line: number, status: string, replacement = "false"): ReportMutant => ({
  id,
  mutatorName: "ConditionalExpression",
  replacement,
  status,
  location: { start: { line, column: 7 } },
})
const declared = (file: string, line: number, replacement = "false"): EquivalentMutant => ({ file, line, mutator: "ConditionalExpression", replacement, why: "an argument" })

describe("the mutation tally", () => {
  const files = {
    "impl/core/peer.ts": {
      mutants: [mutant("1", 10, "Killed"), mutant("2", 20, "Survived"), mutant("3", 30, "Survived"), mutant("4", 40, "Timeout"), mutant("5", 50, "Ignored"), mutant("6", 60, "Killed", "true")],
    },
  }

  it("scores killed and timed out over what is neither declared nor ignored, and lists the undeclared survivors", () => {
    const tally = tallyMutants(files, [declared("impl/core/peer.ts", 20)])
    expect(tally).toMatchObject({ mutants: 6, killed: 2, timedOut: 1, survived: 1, equivalent: 1, ignoredByRule: 1, score: 75 })
    expect(tally.survivors).toEqual(['impl/core/peer.ts:30:7 ConditionalExpression -> "false"'])
    expect(tally.staleEquivalents).toEqual([])
    expect(tally.refutedEquivalents).toEqual([])
  })

  it("names a declaration that matches no mutant and one whose mutant was killed; another file's entries are not judged", () => {
    const moved = declared("impl/core/peer.ts", 22)
    const killed = declared("impl/core/peer.ts", 60, "true")
    const elsewhere = declared("impl/core/acks.ts", 5)
    const tally = tallyMutants(files, [declared("impl/core/peer.ts", 20), moved, killed, elsewhere])
    expect(tally.staleEquivalents).toEqual([moved])
    expect(tally.refutedEquivalents).toEqual([killed])
    // Entries carry no column: one that matches a killed and a surviving mutant of its line still holds.
    const twoOnALine = { "impl/core/peer.ts": { mutants: [mutant("7", 70, "Killed"), { ...mutant("8", 70, "Survived"), location: { start: { line: 70, column: 30 } } }] } }
    expect(tallyMutants(twoOnALine, [declared("impl/core/peer.ts", 70)])).toMatchObject({ killed: 1, equivalent: 1, refutedEquivalents: [], staleEquivalents: [] })
    // An entry with a column matches only the mutant at that column: the other one of its line stays a survivor.
    const atColumn = { ...declared("impl/core/peer.ts", 70), column: 30 }
    const twoSurvive = { "impl/core/peer.ts": { mutants: [mutant("9", 70, "Survived"), { ...mutant("10", 70, "Survived"), location: { start: { line: 70, column: 30 } } }] } }
    expect(tallyMutants(twoSurvive, [atColumn])).toMatchObject({ survived: 1, equivalent: 1, survivors: ['impl/core/peer.ts:70:7 ConditionalExpression -> "false"'] })
    expect(tallyMutants(twoOnALine, [{ ...atColumn, column: 7 }])).toMatchObject({ killed: 1, equivalent: 0, survived: 1, refutedEquivalents: [{ ...atColumn, column: 7 }] })
    // A killed mutant stays killed: a wrong declaration does not raise the score.
    expect(tally).toMatchObject({ killed: 2, equivalent: 1, score: 75 })
  })

  it("leaves a mutant the type checker refused out of the score, counted apart from runtime errors", () => {
    const withRefused = { "impl/core/peer.ts": { mutants: [...files["impl/core/peer.ts"].mutants, mutant("11", 80, "CompileError"), mutant("12", 90, "RuntimeError")] } }
    expect(tallyMutants(withRefused, [declared("impl/core/peer.ts", 20)])).toMatchObject({ mutants: 8, compileErrors: 1, errors: 1, survived: 1, score: 75 })
  })

  it("does not call an entry stale when a ranged run (`--mutate file:from-to`) left its line out", () => {
    const ranges = mutatedRanges(["--mutate", "impl/core/acl.ts,./impl/core/peer.ts:15-45:9,impl/core/zxid.ts", "--force"])
    expect(ranges).toEqual({ "impl/core/peer.ts": [[15, 45]] })
    expect(mutatedRanges(["--mutate=impl/core/peer.ts:1-9", "-m", "impl/core/peer.ts:50:3-60"])).toEqual({ "impl/core/peer.ts": [[1, 9], [50, 60]] })
    const outside = declared("impl/core/peer.ts", 70)
    const inside = declared("impl/core/peer.ts", 22)
    expect(tallyMutants(files, [declared("impl/core/peer.ts", 20), outside, inside], ranges).staleEquivalents).toEqual([inside])
    // Without the ranges both are stale, as for a run over the whole file.
    expect(tallyMutants(files, [outside, inside]).staleEquivalents).toEqual([outside, inside])
  })
})
