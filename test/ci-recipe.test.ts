/**
 * Goal: the CI recipe of examples/ci works as written, and a sharded campaign merged with `zab report merge`
 * reports what one unsharded run of the same campaign reports.
 *
 * Method: the recipe's own commands are run, not copies of them. The shell loop (examples/ci/campaign.sh)
 * runs as a script. From the GitHub Actions workflow the `run:` blocks of the shard step and of the merge
 * step are read out of the file and run with bash: the shard step once per matrix entry in its own folder
 * (a job), its reports and counterexamples copied to artifacts/zab-shard-<i>/ (what upload-artifact and
 * download-artifact do), then the merge step. `npx zab` in them runs this package's built CLI through a
 * stand-in `npx` on PATH. The merged totals and coverage are compared with an unsharded run's report, and
 * the merged JUnit XML is checked against the JUnit schema. `zab report merge` is then shown to refuse
 * reports that are not shards of one campaign, and to carry a failing shard's violation with exit 1.
 */
import { spawnSync } from "node:child_process"
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { checkJunit, children } from "./xml-check.js"

const root = resolve(import.meta.dirname, "..")
const zab = join(root, "dist", "bin", "zab.js")
// One run per shard: what is tested is how the shards are run and merged, not the runs themselves.
const campaign = { RUNS: "3", SEED: "5", SHARDS: "3" }

function sh(script: string, cwd: string, env: Record<string, string> = {}): { code: number; out: string } {
  const run = spawnSync("bash", ["-c", script], { cwd, encoding: "utf8", env: { ...process.env, ...env } })
  return { code: run.status ?? -1, out: `${run.stdout}${run.stderr}` }
}

function cli(args: ReadonlyArray<string>, cwd: string): { code: number; out: string; err: string } {
  const run = spawnSync(process.execPath, [zab, ...args], { cwd, encoding: "utf8" })
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr }
}

interface Report {
  outcome: string
  totals: { runs: number; steps: number | null }
  coverage: { branches: Record<string, number>; unreached: Array<string> } | null
  invariants: { checked: Array<string> }
  settings: { merged?: { shards: Array<number>; missing: Array<number> } }
  violations: Array<{ invariant: string; run: number; shard?: number; replay: string | null }>
}

/** The same campaign unsharded, as the yardstick for the merged shards. */
function unsharded(dir: string, extra: ReadonlyArray<string> = []): Report {
  const run = cli(["check", "--runs", campaign.RUNS, "--seed", campaign.SEED, "--no-coverage", "--reporter", "json", "--report", "all.json", ...extra], dir)
  expect(run.code, run.err).toBeLessThan(2)
  return JSON.parse(readFileSync(join(dir, "all.json"), "utf8")) as Report
}

function expectSameCampaign(merged: Report, whole: Report): void {
  expect(merged.outcome).toBe(whole.outcome)
  expect(merged.totals.runs).toBe(whole.totals.runs)
  expect(merged.totals.steps).toBe(whole.totals.steps)
  expect(merged.coverage).toEqual(whole.coverage)
  expect(merged.invariants.checked).toEqual(whole.invariants.checked)
}

/** The `run: |` block of the step named `name` in a workflow file, unindented. */
function runBlock(workflow: string, name: string): string {
  const lines = workflow.split("\n")
  const at = lines.findIndex((line) => line.trim() === `- name: ${name}`)
  expect(at, `no step named ${name}`).toBeGreaterThanOrEqual(0)
  const run = lines.findIndex((line, i) => i > at && line.trim() === "run: |")
  const indent = (line: string): number => line.length - line.trimStart().length
  const block: Array<string> = []
  for (let i = run + 1; i < lines.length && (lines[i]!.trim() === "" || indent(lines[i]!) > indent(lines[run]!)); i++) block.push(lines[i]!.trim())
  return block.join("\n")
}

// Each test runs several campaigns as processes of their own: 35 to 71 s each in a clean-clone run of the
// suite on a busy 2-core machine, past the default 60 s.
describe("the CI recipe", { timeout: 180_000 }, () => {
  it("the shell loop: shards side by side, merged; the merged totals equal one unsharded run", () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-ci-shell-"))
    const run = sh(`bash ${JSON.stringify(join(root, "examples", "ci", "campaign.sh"))}`, dir, { ...campaign, OUT: "results", ZAB: `${process.execPath} ${zab}` })
    expect(run.code, run.out).toBe(0)
    expect(run.out).toMatch(/merged 3 of 3 shards of zab check --target sim \(3 servers, seed 5\)/)
    const merged = JSON.parse(readFileSync(join(dir, "results", "merged.json"), "utf8")) as Report
    expect(merged.settings.merged).toEqual({ shards: [1, 2, 3], missing: [] })
    expectSameCampaign(merged, unsharded(dir))
    const junit = checkJunit(readFileSync(join(dir, "results", "junit.xml"), "utf8"))
    expect(children(junit, "testsuite").map((s) => s.attrs.name)).toEqual([1, 2, 3].map((i) => `zab check --target sim (3 servers, seed 5, shard ${i}/3)`))
  })

  it("the GitHub Actions workflow: its shard step per matrix entry, then its merge step", () => {
    const workflow = readFileSync(join(root, "examples", "ci", "github-actions.yml"), "utf8")
    expect(workflow).toMatch(/shard: \[1, 2, 3, 4\]/)
    expect(workflow).toMatch(/SHARDS: "4"/)
    const dir = mkdtempSync(join(tmpdir(), "zab-ci-gha-"))
    // `npx zab ...` in the workflow runs this package's CLI.
    const bin = join(dir, "bin")
    mkdirSync(bin)
    writeFileSync(join(bin, "npx"), `#!/bin/sh\n[ "$1" = zab ] || { echo "unexpected npx $1" >&2; exit 127; }\nshift\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(zab)} "$@"\n`)
    chmodSync(join(bin, "npx"), 0o755)
    const env = { ...campaign, PATH: `${bin}:${process.env.PATH ?? ""}` }
    const shardStep = runBlock(workflow, "check one shard")
    for (let shard = 1; shard <= 3; shard++) {
      const job = join(dir, `job-${shard}`)
      mkdirSync(job)
      const run = sh(shardStep, job, { ...env, SHARD: String(shard) })
      expect(run.code, run.out).toBe(0)
      const artifact = join(dir, "report-job", "artifacts", `zab-shard-${shard}`)
      cpSync(join(job, "reports"), join(artifact, "reports"), { recursive: true })
      if (existsSync(join(job, "counterexamples"))) cpSync(join(job, "counterexamples"), join(artifact, "counterexamples"), { recursive: true })
    }
    const merge = sh(runBlock(workflow, "merge the shards' reports"), join(dir, "report-job"), env)
    expect(merge.code, merge.out).toBe(0)
    const merged = JSON.parse(readFileSync(join(dir, "report-job", "merged", "report.json"), "utf8")) as Report
    expectSameCampaign(merged, unsharded(dir))
    checkJunit(readFileSync(join(dir, "report-job", "merged", "junit.xml"), "utf8"))
  })
})

describe("zab report merge", { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "zab-merge-"))
  // What these tests read is the merge, not the runs: the shards are validated against Zab.tla alone, which
  // takes a third of the system spec's time.
  const validation = ["--spec", "protocol"]
  const shard = (i: number, n: number, extra: ReadonlyArray<string> = [], name = `s${i}.json`, runs = campaign.RUNS): number =>
    cli(["check", "--runs", runs, "--seed", campaign.SEED, "--shard", `${i}/${n}`, "--no-coverage", ...validation, "--reporter", "json", "--report", name, ...extra], dir).code

  it("refuses what is not one campaign's shards, naming the file and the field (exit 2)", () => {
    // What is refused is in the reports' settings, not in their runs: one run per shard will do.
    const runs = "2"
    expect(shard(1, 2, [], "s1.json", runs)).toBe(0)
    expect(shard(2, 2, [], "s2.json", runs)).toBe(0)
    expect(cli(["check", "--runs", runs, "--seed", "6", "--shard", "2/2", "--no-coverage", ...validation, "--reporter", "json", "--report", "other-seed.json"], dir).code).toBe(0)
    writeFileSync(join(dir, "junk.json"), `{"format":"something-else"}`)

    const seed = cli(["report", "merge", "s1.json", "other-seed.json"], dir)
    expect(seed.code).toBe(2)
    expect(seed.err).toContain(`other-seed.json: not a shard of the campaign of s1.json: its seed is "6", not "5"`)
    const twice = cli(["report", "merge", "s1.json", "s2.json", "s2.json"], dir)
    expect(twice.code).toBe(2)
    expect(twice.err).toContain("shard 2/2 was already merged from s2.json")
    const missing = cli(["report", "merge", "s1.json"], dir)
    expect(missing.code).toBe(2)
    expect(missing.err).toContain("shard 2 of 2 has no report")
    const partial = cli(["report", "merge", "s1.json", "--partial"], dir)
    expect(partial.code).toBe(0)
    expect(partial.out).toContain("MISSING shards: 2")
    expect(cli(["check", "--runs", runs, "--seed", campaign.SEED, "--shard", "2/2", "--no-coverage", ...validation, "--no-history", "--reporter", "json", "--report", "no-history.json"], dir).code).toBe(0)
    const history = cli(["report", "merge", "s1.json", "no-history.json"], dir)
    expect(history.code).toBe(2)
    expect(history.err).toContain(`no-history.json: not a shard of the campaign of s1.json: its history is "false", not "true"`)
    const junk = cli(["report", "merge", "s1.json", "junk.json"], dir)
    expect(junk.code).toBe(2)
    expect(junk.err).toContain(`junk.json: not a zab check report (format "something-else"`)
    expect(cli(["report", "merge", "s1.json", "s2.json"], dir).code).toBe(0)
  })

  it("carries a failing shard's violation with its shard and replay command, exit 1", () => {
    const bug = ["--bug", "commit-without-quorum"]
    const codes = [1, 2].map((i) => shard(i, 2, bug, `bug-${i}.json`, "6"))
    expect(codes).toContain(1)
    const merged = cli(["report", "merge", "bug-1.json", "bug-2.json", "--reporter", "json"], dir)
    expect(merged.code).toBe(1)
    const report = JSON.parse(merged.out) as Report
    expect(report.outcome).toBe("violated")
    expect(report.violations.length).toBeGreaterThan(0)
    for (const v of report.violations) {
      expect([1, 2]).toContain(v.shard)
      expect(v.run % 2).toBe(v.shard! - 1)
      expect(v.replay).toMatch(/^npx zab replay /)
    }
    const junit = checkJunit(cli(["report", "merge", "bug-1.json", "bug-2.json", "--reporter", "junit"], dir).out)
    expect(Number(junit.attrs.failures)).toBe(report.violations.length)
  })
})
