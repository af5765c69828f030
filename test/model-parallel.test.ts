/**
 * Goal: the parallel explorer gives the one-thread explorer's answers, exactly, however the states are
 * split: distinct states, states generated, depth (TLC's figures), per-action coverage, the counts where
 * --max-states stops the search, and on a broken model the same shortest counterexample. Method: run the
 * sharded search in this thread (model/parallel.ts `exploreSharded`, the same shards the worker threads
 * run) with 2 and 3 shards beside `explore` on the small reference configurations, with and without
 * symmetry; then run `zab explore --workers 2` in process, on real worker threads (the compiled dist/), for
 * its output, its trace file and its exit codes. No timing is asserted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"
import { exploreOnWorkers } from "../bin/explore-parallel.js"
import { actionsWithBugs } from "../model/model-bugs.js"
import { defaultChecks } from "../model/checks.js"
import { type ReferenceConfig, referenceConfig } from "../model/configs.js"
import { type ExploreOptions, type ExploreResult, explore } from "../model/explore.js"
import { checkSpecInvariants } from "../model/spec-invariants.js"
import { exploreSharded, mergeRanks } from "../model/parallel.js"
import type { ModelConfig } from "../model/model-state.js"

function reference(name: string): ReferenceConfig {
  const found = referenceConfig(name)
  if (found === undefined) throw new Error(`no reference configuration ${name}`)
  return found
}

function config(servers: number, T: number, L: number, E: number, R: number): ModelConfig {
  return { servers, parameters: { MaxTimeoutFailures: T, MaxTransactionNum: L, MaxEpoch: E, MaxRestarts: R } }
}

/** Everything a search reports, the violation's path as labels. */
function answers(result: ExploreResult): unknown {
  return {
    distinct: result.distinct,
    generated: result.generated,
    depth: result.depth,
    complete: result.complete,
    coverage: result.coverage,
    violation: result.violation === null ? null : { invariant: result.violation.invariant, message: result.violation.message, path: result.violation.trace.map((t) => t.label) },
  }
}

/** Options built afresh for each run: the step invariants keep a cache. */
type Make = () => ExploreOptions

/** Runs one thread and each shard count; returns the one-thread result and the last sharded one. */
async function expectSameAnswers(make: Make, shardCounts: ReadonlyArray<number> = [2, 3]): Promise<ExploreResult & { readonly sharded: ExploreResult }> {
  const one = explore(make())
  let sharded = one
  for (const shards of shardCounts) {
    sharded = await exploreSharded(make(), shards)
    expect(answers(sharded), `${shards} shards`).toEqual(answers(one))
  }
  return { ...one, sharded }
}

describe("the sharded search gives TLC's figures and the one-thread search's coverage", () => {
  for (const name of ["n2_a", "n2_b", "n3_tiny"]) {
    it(`${name}, every invariant: distinct, generated and depth as TLC, coverage as one thread, with 2 and 3 shards`, async () => {
      const ref = reference(name)
      const one = await expectSameAnswers(() => ({ config: ref.config, ...defaultChecks() }))
      expect({ distinct: one.distinct, generated: one.generated, depth: one.depth }).toEqual(ref.tlc)
      expect(one.violation).toBeNull()
    })
  }

  it("n3_b_sym: with symmetry, as TLC with SYMMETRY Permutations(Server)", async () => {
    const ref = reference("n3_b_sym")
    const one = await expectSameAnswers(() => ({ config: ref.config, symmetry: true, invariants: [checkSpecInvariants] }), [2])
    expect({ distinct: one.distinct, generated: one.generated, depth: one.depth }).toEqual(ref.tlc)
  })

  it("n2_b and n3_tiny with symmetry: the states kept for each orbit are the ones one thread keeps (same counts)", async () => {
    for (const name of ["n2_b", "n3_tiny"]) {
      const ref = reference(name)
      await expectSameAnswers(() => ({ config: ref.config, symmetry: true, ...defaultChecks() }))
    }
  })
})

describe("where the one-thread search stops, the sharded one stops too", () => {
  it("--max-states: the same distinct, generated, depth and coverage at every cut tried", async () => {
    const ref = reference("n3_tiny")
    for (const maxStates of [1, 2, 3, 10, 500, 4_321, 16_452, 16_453, 20_000]) {
      await expectSameAnswers(() => ({ config: ref.config, maxStates, ...defaultChecks() }))
    }
    await expectSameAnswers(() => ({ config: ref.config, symmetry: true, maxStates: 777, invariants: [checkSpecInvariants] }))
  })

  it("a broken action: the same invariant, the same shortest path, which replays through the broken model", async () => {
    const cases: ReadonlyArray<readonly [string, ModelConfig, string]> = [
      ["reuse-epoch", reference("n2_a").config, "Leadership2"],
      ["commit-without-quorum", config(3, 1, 2, 2, 0), "PrefixConsistency"],
      ["own-history", config(3, 1, 1, 2, 0), "ZxidMonotonic"],
    ]
    for (const [bug, c, invariant] of cases) {
      const one = await expectSameAnswers(() => ({ config: c, actions: actionsWithBugs([bug]), ...defaultChecks() }), [2])
      expect(one.violation?.invariant).toBe(invariant)
      const trace = one.sharded.violation!.trace
      expect(trace.length).toBe(one.violation!.trace.length)
      const broken = actionsWithBugs([bug])
      let s = trace[0]!.state
      for (const step of trace.slice(1)) {
        const info = broken.find((a) => a.name === step.label!.action)!
        const next = info.run(c, s, step.label!.args[0]!, step.label!.args[1] ?? 0)
        expect(next).not.toBeNull()
        s = next!
        expect(JSON.stringify(s)).toBe(JSON.stringify(step.state))
      }
    }
  })

  it("--max-states around a violation: whichever comes first in the one-thread order stops the search", async () => {
    const cases: ReadonlyArray<readonly [string, ModelConfig]> = [
      ["reuse-epoch", reference("n2_a").config],
      ["own-history", config(3, 1, 1, 2, 0)],
    ]
    for (const [bug, c] of cases) {
      const make = (maxStates?: number): ExploreOptions => ({ config: c, actions: actionsWithBugs([bug]), ...defaultChecks(), ...(maxStates === undefined ? {} : { maxStates }) })
      const stop = explore(make()).distinct
      // At `stop` itself: found by a state invariant, the violating state is the last one counted; by a step
      // invariant (own-history's ZxidMonotonic), the step comes after the last state counted.
      for (const maxStates of [stop - 1, stop, stop + 1]) {
        const one = await expectSameAnswers(() => make(maxStates), [2])
        if (maxStates !== stop) expect(one.violation !== null, `${bug} at --max-states ${maxStates}`).toBe(maxStates > stop)
      }
    }
  })

  it("a violation in the initial state stops at once", async () => {
    const ref = reference("n2_a")
    const always = () => ({ invariant: "Never", message: "every state fails" })
    const result = await expectSameAnswers(() => ({ config: ref.config, invariants: [always] }))
    expect(result.violation?.trace).toHaveLength(1)
    expect(result.distinct).toBe(1)
  })
})

describe("ranks", () => {
  it("mergeRanks numbers every shard's keys in their common order", () => {
    const ranks = mergeRanks([new Float64Array([1, 5, 9]), new Float64Array([]), new Float64Array([2, 3, 10])])
    expect(ranks.map((r) => [...r])).toEqual([[0, 3, 4], [], [1, 2, 5]])
  })
})

describe("zab explore --workers", () => {
  const dirs: Array<string> = []
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  function fakeIo(): Io & { readonly outs: Array<string>; readonly errs: Array<string> } {
    const dir = mkdtempSync(join(tmpdir(), "zab-explore-workers-"))
    dirs.push(dir)
    const outs: Array<string> = []
    const errs: Array<string> = []
    return { out: (t) => outs.push(t), err: (t) => errs.push(t), interactive: false, cwd: dir, outs, errs }
  }

  async function run(args: ReadonlyArray<string>): Promise<{ code: number; line: Record<string, unknown>; err: string; io: ReturnType<typeof fakeIo> }> {
    const io = fakeIo()
    const code = await main(["explore", ...args], io)
    const line = JSON.parse(io.outs.join("").trim()) as Record<string, unknown>
    return { code, line, err: io.errs.join(""), io }
  }

  it("worker threads print TLC's figures, the worker count, and the progress line; exit 0", async () => {
    for (const name of ["n2_b", "n3_tiny"]) {
      const ref = reference(name)
      const { code, line, err } = await run(["--config", name, "--workers", "2"])
      expect(code).toBe(0)
      expect(line).toMatchObject({ ...ref.tlc, violations: 0, workers: 2 })
      expect(typeof line["seconds"]).toBe("number")
      expect(err).toMatch(new RegExp(`distinct ${ref.tlc.distinct.toLocaleString("en-US")} {2}generated ${ref.tlc.generated.toLocaleString("en-US")} {2}queue 0 {2}depth ${ref.tlc.depth} {2}[\\d,]+ states/s`))
    }
  })

  it("--coverage, --symmetry and --spec-only: the same table as one worker", async () => {
    const table = (err: string): string => err.slice(err.indexOf("coverage (new distinct : generated):"))
    const one = await run(["--config", "n3_tiny", "--symmetry", "--spec-only", "--coverage"])
    const two = await run(["--config", "n3_tiny", "--symmetry", "--spec-only", "--coverage", "--workers", "2"])
    expect(two.code).toBe(0)
    expect(table(two.err)).toBe(table(one.err))
    expect({ ...two.line, seconds: 0, workers: 0 }).toEqual({ ...one.line, seconds: 0, workers: 0 })
    expect(table(two.err)).toMatch(/UpdateLeader +\d+ : \d+/)
  })

  it("--max-states: stops where one worker stops", async () => {
    const one = await run(["--config", "n3_tiny", "--max-states", "500"])
    const two = await run(["--config", "n3_tiny", "--max-states", "500", "--workers", "2"])
    expect(two.code).toBe(0)
    expect(two.line).toMatchObject({ distinct: 500, generated: one.line["generated"], depth: one.line["depth"], workers: 2 })
    expect(two.err).toContain("not exhausted")
  })

  it("--bug: exit 1 and the same shortest trace file as one worker", async () => {
    const traceOf = async (workers: string): Promise<{ name: string; text: string; err: string }> => {
      const { code, line, err, io } = await run(["--config", "n2_a", "--bug", "reuse-epoch", "--out", "ce", "--workers", workers])
      expect(code).toBe(1)
      expect(line).toMatchObject({ violations: 1 })
      const files = readdirSync(join(io.cwd, "ce"))
      expect(files).toHaveLength(1)
      return { name: files[0]!, text: readFileSync(join(io.cwd, "ce", files[0]!), "utf8"), err }
    }
    const one = await traceOf("1")
    const two = await traceOf("2")
    expect(two.name).toMatch(/^model-Leadership2-[0-9a-f]{12}\.jsonl$/)
    expect(two.name).toBe(one.name)
    expect(two.text).toBe(one.text)
    expect(two.err).toContain("VIOLATION of Leadership2 after 13 steps")
  })

  it("a worker that fails ends the search with its error, and the other workers are stopped", async () => {
    // 16 servers is refused by the command; passed straight in, each worker's shard refuses it as it starts.
    const search = exploreOnWorkers({ config: config(16, 1, 1, 1, 1), bugs: [], symmetry: false, checks: "spec", workers: 2 })
    await expect(search).rejects.toThrow(/server indexes fit/)
  })

  it("exits 2 on a bad worker count", async () => {
    for (const workers of ["0", "x", "17", "1.5"]) {
      const io = fakeIo()
      expect(await main(["explore", "--config", "n2_a", "--workers", workers], io), workers).toBe(2)
      expect(io.errs.join("")).toMatch(/zab explore: --workers/)
    }
  })
})
