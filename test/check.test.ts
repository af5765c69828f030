/**
 * Goal: `zab check` finds real violations, shrinks them, and never cries wolf; its CLI is strict about
 * usage and input. Method: fixed-seed campaigns over the correct peer (no violation, every protocol branch
 * reached), fixed-seed campaigns over each deliberately broken peer (a violation found, shrunk to a short
 * schedule that replays), and the commands run in-process against temporary directories.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { test as propTest } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"
import { checkOneRun, runSeed, shardRuns } from "../harness/campaign.js"
import { runSchedule } from "../harness/sim-target.js"
import { requiredBranches, unreached } from "../properties/coverage.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import { defaultSimConfig } from "../schedule/steps.js"
import { writeTrace } from "../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION } from "../traces/schema.js"

function io(cwd: string): Io & { readonly stdout: () => string; readonly stderr: () => string } {
  let out = ""
  let err = ""
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    interactive: false,
    cwd,
    stdout: () => out,
    stderr: () => err,
  }
}

function campaign(servers: number, seed: number, runs: number, bugs: ReadonlyArray<string> = []) {
  const coverage = new Map<string, number>()
  for (let run = 0; run < runs; run++) {
    const report = checkOneRun({ servers, maxSteps: 200, bugs, seed }, run)
    for (const [branch, n] of report.coverage) coverage.set(branch, (coverage.get(branch) ?? 0) + n)
    if (report.failure !== null) return { coverage, failure: report.failure, runs: run + 1 }
  }
  return { coverage, failure: null, runs }
}

describe("the correct peer", () => {
  it("holds every invariant over 300 three-server schedules (seed 7) and reaches every required branch", () => {
    // Seed 7 has reached every required branch by run 62; the rest of the runs are for the invariants.
    const result = campaign(3, 7, 300)
    expect(result.failure?.violation ?? null).toBeNull()
    expect(unreached(result.coverage)).toEqual([])
    expect(requiredBranches.length).toBeGreaterThan(25)
  }, 240_000)

  it("holds every invariant over five- and seven-server schedules", () => {
    expect(campaign(5, 11, 120).failure?.violation ?? null).toBeNull()
    expect(campaign(7, 13, 40).failure?.violation ?? null).toBeNull()
  })

  propTest.prop([scheduleArbitrary({ servers: 3, maxSteps: 120, bugs: [] })], { seed: 424242, numRuns: 100 })(
    "property (seed 424242): any generated schedule keeps every invariant and makes progress",
    (schedule) => {
      expect(runSchedule(schedule).violation).toBeNull()
    },
  )
})

describe("deliberately broken peers are caught and shrunk", () => {
  const cases = [
    { bug: "commit-without-quorum", seed: 1, within: 50 },
    { bug: "ack-before-fsync", seed: 6, within: 1000 },
  ]
  for (const { bug, seed, within } of cases) {
    it(`${bug} (seed ${seed}): found within ${within} runs, shrunk to 15 steps or fewer, and the shrunk schedule still fails`, () => {
      const result = campaign(3, seed, within, [bug])
      expect(result.failure).not.toBeNull()
      const failure = result.failure!
      expect(failure.shrunk.steps.length).toBeLessThanOrEqual(15)
      expect(failure.shrunk.steps.length).toBeLessThan(failure.original.steps.length)
      const replayed = runSchedule(failure.shrunk)
      expect(replayed.violation?.invariant).toBe(failure.violation.invariant)
      // The same schedule on the correct peer passes: the bug, not the schedule, is at fault.
      expect(runSchedule({ ...failure.shrunk, config: { ...failure.shrunk.config, bugs: [] } }).violation).toBeNull()
    })
  }
})

describe("zab check", () => {
  it("exits 0 with a coverage table when every invariant holds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-check-"))
    const cli = io(dir)
    expect(await main(["check", "--runs", "10", "--seed", "3"], cli)).toBe(0)
    expect(cli.stdout()).toMatch(/all invariants held in 10 runs/)
    expect(cli.stdout()).toMatch(/protocol coverage/)
    expect(cli.stderr()).toMatch(/seed 3/)
  })

  it("exits 1 on a violation, writes the counterexample, and replay reproduces it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-check-"))
    const cli = io(dir)
    expect(await main(["check", "--runs", "50", "--seed", "1", "--bug", "commit-without-quorum", "--out", "cx"], cli)).toBe(1)
    const text = cli.stdout()
    expect(text).toMatch(/VIOLATION of \w+ in run \d+ \(seed 1\)/)
    expect(text).toMatch(/shrunk schedule: \d+ steps taken/)
    expect(text).toMatch(/the states that broke it/)
    const files = readdirSync(join(dir, "cx"))
    expect(files.length).toBe(1)
    expect(text).toContain(`replay it with: npx zab replay`)
    const replayIo = io(dir)
    expect(await main(["replay", join("cx", files[0]!)], replayIo)).toBe(1)
    expect(replayIo.stdout()).toMatch(/VIOLATION of/)
  })

  it("splits runs into disjoint shards that together cover the campaign", () => {
    const all = [1, 2, 3].flatMap((index) => shardRuns(10, { index, count: 3 })).sort((a, b) => a - b)
    expect(all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(runSeed(1, 0)).not.toBe(runSeed(1, 1))
    expect(runSeed(1, 5)).toBe(runSeed(1, 5))
  })

  it("the same runs happen however the work is split: shards and worker threads give the campaign's totals", async () => {
    const totals = async (...extra: Array<string>): Promise<string> => {
      const cli = io(tmpdir())
      // Validated against Zab.tla alone: the split is what is tested, and the system spec triples the time.
      expect(await main(["check", "--runs", "15", "--seed", "21", "--spec", "protocol", ...extra], cli)).toBe(0)
      return cli.stdout().replace(/, [\d.]+ s, \d+ runs\/s/, "")
    }
    const whole = await totals()
    expect(await totals("--workers", "2")).toBe(whole)
    // Three shards: their step counts and coverage add up to the whole campaign's.
    const steps = (text: string): number => Number(/\((\d+) steps taken/.exec(text)![1])
    const shards = await Promise.all([1, 2, 3].map((i) => totals("--shard", `${i}/3`)))
    expect(shards.map(steps).reduce((a, b) => a + b, 0)).toBe(steps(whole))
    const commits = (text: string): number => Number(/ commit\s+(\d+)/.exec(text)![1])
    expect(shards.map(commits).reduce((a, b) => a + b, 0)).toBe(commits(whole))
  }, 120_000)

  it("worker threads report the same lowest failing run and counterexample as one thread", async () => {
    const failing = async (workers: string): Promise<string> => {
      const dir = mkdtempSync(join(tmpdir(), "zab-check-"))
      const cli = io(dir)
      expect(await main(["check", "--runs", "50", "--seed", "1", "--bug", "commit-without-quorum", "--workers", workers, "--out", "cx"], cli)).toBe(1)
      return `${/VIOLATION of \w+ in run \d+/.exec(cli.stdout())![0]} ${readdirSync(join(dir, "cx")).join(",")}`
    }
    expect(await failing("2")).toBe(await failing("1"))
  })

  it("refuses bad usage with the usage text and exit 2", async () => {
    for (const args of [["check", "--nope"], ["check", "--runs", "x"], ["check", "--servers", "4"], ["check", "--bug", "nope"], ["check", "--shard", "3/2"], ["check", "--target", "cloud"]]) {
      const cli = io(tmpdir())
      expect(await main(args, cli), args.join(" ")).toBe(2)
      expect(cli.stderr()).toMatch(/usage: zab check/)
    }
    const unknown = io(tmpdir())
    expect(await main(["frobnicate"], unknown)).toBe(2)
  })

  it("zab bugs lists the broken variants, name first", async () => {
    const cli = io(tmpdir())
    expect(await main(["bugs"], cli)).toBe(0)
    const names = cli.stdout().trim().split("\n").map((line) => line.split(/\s+/)[0])
    expect(names).toContain("commit-without-quorum")
    expect(names).toContain("ack-before-fsync")
  })
})

describe("zab replay", () => {
  it("reports a liveness failure apart from safety violations, exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-replay-"))
    // No ticks for the liveness phase: nobody can be elected, so the run makes no progress.
    const schedule = { config: { ...defaultSimConfig(3), livenessTicks: 0 }, steps: [] }
    const header = { format: TRACE_FORMAT, version: TRACE_VERSION, target: "sim" as const, seed: null, run: null, schedule, violated: "NoProgress" }
    writeFileSync(join(dir, "stuck.jsonl"), writeTrace(header, []))
    const cli = io(dir)
    expect(await main(["replay", "stuck.jsonl"], cli)).toBe(1)
    expect(cli.stdout()).toMatch(/NO PROGRESS \(liveness\)\n  no progress within 0 ticks/)
  })

  it("says where a re-run departs from the events the file recorded", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-replay-"))
    await main(["check", "--runs", "50", "--seed", "1", "--bug", "commit-without-quorum", "--out", "cx"], io(dir))
    const file = join("cx", readdirSync(join(dir, "cx"))[0]!)
    const same = io(dir)
    expect(await main(["replay", file], same)).toBe(1)
    expect(same.stdout()).not.toMatch(/departs/)
    const lines = readFileSync(join(dir, file), "utf8").split("\n")
    lines[1] = lines[1]!.replace('"logLength":0', '"logLength":7')
    writeFileSync(join(dir, "edited.jsonl"), lines.join("\n"))
    const edited = io(dir)
    expect(await main(["replay", "edited.jsonl"], edited)).toBe(1)
    expect(edited.stdout()).toMatch(/departs from the events recorded in the file at line 2:\n  recorded: .*"logLength":7/)
  })
})

describe("zab replay refuses bad files with the line and field, exit 2", () => {
  async function counterexampleFile(): Promise<{ dir: string; text: string }> {
    const dir = mkdtempSync(join(tmpdir(), "zab-replay-"))
    await main(["check", "--runs", "50", "--seed", "1", "--bug", "commit-without-quorum", "--out", "cx"], io(dir))
    const file = readdirSync(join(dir, "cx"))[0]!
    return { dir, text: readFileSync(join(dir, "cx", file), "utf8") }
  }

  async function replayText(dir: string, text: string): Promise<{ code: number; err: string }> {
    writeFileSync(join(dir, "bad.jsonl"), text)
    const cli = io(dir)
    const code = await main(["replay", "bad.jsonl"], cli)
    return { code, err: cli.stderr() }
  }

  it("a truncated file", async () => {
    const { dir, text } = await counterexampleFile()
    const lines = text.split("\n")
    const cut = lines.slice(0, 3).join("\n") + "\n" + lines[3]!.slice(0, 20)
    const { code, err } = await replayText(dir, cut)
    expect(code).toBe(2)
    expect(err).toMatch(/line 4: not JSON/)
  })

  it("a hand-edited field", async () => {
    const { dir, text } = await counterexampleFile()
    const lines = text.split("\n")
    lines[0] = lines[0]!.replace('"servers":3', '"servers":"three"')
    const { code, err } = await replayText(dir, lines.join("\n"))
    expect(code).toBe(2)
    expect(err).toMatch(/line 1: bad header: .*\["schedule"\]\["config"\]\["servers"\]/)
  })

  it("a bad event line", async () => {
    const { dir, text } = await counterexampleFile()
    const lines = text.split("\n")
    lines[2] = JSON.stringify({ _tag: "Crashed", server: 1, disk: "melted", torn: false })
    const { code, err } = await replayText(dir, lines.join("\n"))
    expect(code).toBe(2)
    expect(err).toMatch(/line 3: bad event: .*\["disk"\]/)
  })

  it("a foreign file, a newer format, an empty file, a missing file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-replay-"))
    expect((await replayText(dir, '{"hello": "world"}\n')).err).toMatch(/line 1: not a zab trace/)
    expect((await replayText(dir, '{"format": "zab-trace", "version": 99}\n')).err).toMatch(/version 99 is newer/)
    expect((await replayText(dir, "")).err).toMatch(/empty file/)
    const cli = io(dir)
    expect(await main(["replay", "missing.jsonl"], cli)).toBe(2)
    expect(cli.stderr()).toMatch(/cannot read/)
    expect(await main(["replay"], io(dir))).toBe(2)
  })
})
