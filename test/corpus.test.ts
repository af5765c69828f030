/**
 * Goal: every counterexample checked in under traces/corpus/ keeps doing what its README row says: a
 * re-injected bug is still caught (the same invariant breaks with the bug on) and the correct peer holds on
 * the same schedule; a real bug, fixed, stays fixed. Method: replay each file on the simulator through
 * harness/corpus-replay.ts (the code `zab check --corpus` runs), one test per file, plus the bookkeeping: no file
 * unlisted in the README, no listed file missing, and the checker itself refuses a corpus that lies.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { checkCorpus, checkCorpusFile, corpusReadme, defaultCorpusDir, parseCorpusReadme } from "../harness/corpus-replay.js"

const dir = defaultCorpusDir()
const rows = parseCorpusReadme(readFileSync(join(dir, corpusReadme), "utf8"))
const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()

describe("the corpus", () => {
  it("lists every file in its README, and every listed file exists", () => {
    expect(files.length).toBeGreaterThan(0)
    expect(files.filter((f) => !rows.some((r) => r.file === f))).toEqual([])
    expect(rows.filter((r) => !files.includes(r.file)).map((r) => r.file)).toEqual([])
    expect(new Set(rows.map((r) => r.file)).size).toBe(rows.length)
  })

  for (const row of rows) {
    const what = row.bugs.length > 0 ? `${row.bugs.join(", ")} is still caught (${row.invariant}) and the correct peer holds` : "the fix holds"
    it(`${row.file}: ${what}`, () => {
      const verdict = checkCorpusFile(dir, row)
      expect(verdict, verdict.detail).toMatchObject({ ok: true })
    })
  }
})

describe("the corpus checker refuses a corpus that lies", () => {
  function copyCorpus(): string {
    const copy = mkdtempSync(join(tmpdir(), "zab-corpus-"))
    for (const f of [...files, corpusReadme]) copyFileSync(join(dir, f), join(copy, f))
    return copy
  }

  it("holds on a faithful copy", () => {
    expect(checkCorpus(copyCorpus()).ok).toBe(true)
  })

  it("fails on a file the README does not list, and on a listed file that is missing", () => {
    const copy = copyCorpus()
    copyFileSync(join(copy, files[0]!), join(copy, "stray.jsonl"))
    const missing = files[files.length - 1]!
    rmSync(join(copy, missing))
    const report = checkCorpus(copy)
    expect(report.ok).toBe(false)
    expect(report.verdicts.find((v) => v.file === "stray.jsonl")?.detail).toMatch(/not listed in README\.md/)
    expect(report.verdicts.find((v) => v.file === missing)?.detail).toMatch(/listed in README\.md \(line \d+\) but cannot be read/)
  })

  it("fails when a row names another invariant, or the bug no longer breaks anything", () => {
    const copy = copyCorpus()
    const row = rows.find((r) => r.bugs.length > 0)!
    const readme = readFileSync(join(copy, corpusReadme), "utf8").replace(`| ${row.invariant} |`, "| Integrity |")
    writeFileSync(join(copy, corpusReadme), readme)
    const lie = checkCorpus(copy).verdicts.find((v) => v.file === row.file)!
    expect(lie.ok).toBe(false)
    expect(lie.detail).toMatch(/says Integrity/)
    // A schedule cut to nothing breaks no invariant, even with the bug on: the harness no longer catches it.
    const text = readFileSync(join(dir, row.file), "utf8").split("\n")
    const header = JSON.parse(text[0]!) as { schedule: { steps: Array<unknown> } }
    header.schedule.steps = []
    writeFileSync(join(copy, row.file), JSON.stringify(header) + "\n")
    const verdict = checkCorpusFile(copy, { ...row, invariant: row.invariant, steps: "0" })
    expect(verdict.ok).toBe(false)
    expect(verdict.detail).toMatch(/no longer catches it/)
  })

  it("fails a ZooKeeper entry whose recorded run no longer shows its violation, or whose row names no release", () => {
    const row = rows.find((r) => r.bugs.some((b) => b.startsWith("zookeeper-")))!
    expect(checkCorpusFile(dir, { ...row, bugs: ["ZOOKEEPER-4646"] }).detail).toMatch(/must name the release/)
    // The recorded run cut just before the ACKEPOCH that showed the lost txns: nothing is refused any more.
    const copy = copyCorpus()
    const lines = readFileSync(join(dir, row.file), "utf8").split("\n").filter((l) => l !== "")
    const refused = lines.findIndex((l, i) => i > 0 && l.includes('"Received"') && l.includes('"AckEpoch"') && l.includes('"lastZxid":"0x100000001"'))
    expect(refused).toBeGreaterThan(0)
    writeFileSync(join(copy, row.file), lines.slice(0, refused).join("\n") + "\n")
    const verdict = checkCorpusFile(copy, row)
    expect(verdict.ok).toBe(false)
    expect(verdict.detail).toMatch(/no longer sees ModelRefinement|now violates/)
  })
})
