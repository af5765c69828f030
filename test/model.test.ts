/**
 * Goal: the abstract model (model/) is a faithful translation of Zab.tla, and its explorer finds what is
 * wrong with an unfaithful one. Method: explore the small reference configurations with every invariant on
 * and compare distinct states, states generated and depth with TLC's exact figures; decode every state of a
 * small configuration through TypeOK and back through the byte encoding; break one action at a time and
 * check that the explorer reports the violation with a replayable shortest path; run `zab explore` in
 * process for its output and exit codes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Result, Schema } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"
import { makeZxid } from "../impl/core/zxid.js"
import { LocalPrimaryOrder as CorrectedLocalPrimaryOrder } from "../properties/invariants.js"
import { applyLabel } from "../model/actions.js"
import { actionsWithBugs } from "../model/bugs.js"
import { defaultChecks } from "../model/checks.js"
import { type ReferenceConfig, referenceConfig } from "../model/configs.js"
import { Decoder, Encoder } from "../model/encode.js"
import { type ExploreResult, type StateCheck, explore } from "../model/explore.js"
import { LocalPrimaryOrder, specInvariants } from "../model/invariants.js"
import { project } from "../model/project.js"
import { type ModelConfig, type ModelState, initialState, typeOK } from "../model/state.js"

function reference(name: string): ReferenceConfig {
  const found = referenceConfig(name)
  if (found === undefined) throw new Error(`no reference configuration ${name}`)
  return found
}

function config(servers: number, T: number, L: number, E: number, R: number): ModelConfig {
  return { servers, parameters: { MaxTimeoutFailures: T, MaxTransactionNum: L, MaxEpoch: E, MaxRestarts: R } }
}

describe("the model reproduces TLC's figures on the small reference configurations", () => {
  for (const name of ["n2_a", "n2_b", "n2_c", "n3_tiny", "n3_c", "n3_d"]) {
    it(`${name}: distinct, generated and depth as TLC, every invariant holds`, () => {
      const ref = reference(name)
      const result = explore({ config: ref.config, ...defaultChecks() })
      expect(result.violation).toBeNull()
      expect(result.complete).toBe(true)
      expect({ distinct: result.distinct, generated: result.generated, depth: result.depth }).toEqual(ref.tlc)
    })
  }

  it("n3_b_sym: with symmetry reduction, as TLC with SYMMETRY Permutations(Server)", () => {
    const ref = reference("n3_b_sym")
    const result = explore({ config: ref.config, symmetry: true, invariants: specInvariants.map((i) => i.check) })
    expect({ distinct: result.distinct, generated: result.generated, depth: result.depth }).toEqual(ref.tlc)
  })

  it("coverage counts every successor once per action and sums to the totals", () => {
    const result = explore({ config: reference("n2_b").config, invariants: [] })
    expect(result.coverage.map((c) => c.action)[0]).toBe("Init")
    expect(result.coverage.reduce((sum, c) => sum + c.distinct, 0)).toBe(result.distinct)
    expect(result.coverage.reduce((sum, c) => sum + c.generated, 0)).toBe(result.generated)
    // Never enabled in the reference runs either: no message is ever illegal for its receiver.
    expect(result.coverage.find((c) => c.action === "FilterNonexistentMessage")).toEqual({ action: "FilterNonexistentMessage", distinct: 0, generated: 0 })
  })
})

describe("every reachable state is well typed and encodes faithfully", () => {
  it("n2_a and n3_tiny: every state decodes through TypeOK and round-trips through the byte encoding", () => {
    for (const name of ["n2_a", "n3_tiny"]) {
      const ref = reference(name)
      const n = ref.config.servers
      const decodeTypeOK = Schema.decodeUnknownResult(typeOK(n))
      const encoder = new Encoder(n)
      const decoder = new Decoder(n)
      let checked = 0
      const check: StateCheck = (s) => {
        const decoded = decodeTypeOK(s)
        if (Result.isFailure(decoded)) return { invariant: "TypeOK", message: String(decoded.failure) }
        const length = encoder.encode(s)
        const back = decoder.decode(encoder.bytes.slice(0, length), 0)
        if (JSON.stringify(back) !== JSON.stringify(s)) return { invariant: "Encoding", message: "decode(encode(s)) differs from s" }
        checked++
        return null
      }
      const result = explore({ config: ref.config, invariants: [check] })
      expect(result.violation).toBeNull()
      expect(checked).toBe(ref.tlc.distinct)
    }
  })

  it("TypeOK refuses a state that is not well typed, naming the problem", () => {
    const s = initialState(config(3, 1, 1, 1, 1))
    const decode = Schema.decodeUnknownResult(typeOK(3))
    expect(Result.isSuccess(decode(s))).toBe(true)
    expect(Result.isFailure(decode({ ...s, leaderOracle: 7 }))).toBe(true)
    expect(Result.isFailure(decode({ ...s, state: ["LOOKING", "LOOKING", "SLEEPING"] }))).toBe(true)
    const unsorted = { ...s, cepochRecv: [[{ sid: 2, connected: true, epoch: 0 }, { sid: 1, connected: true, epoch: 0 }], [], []] }
    const failure = decode(unsorted)
    expect(Result.isFailure(failure) && String(failure.failure)).toContain("sorted by sid")
  })
})

describe("Zab.tla's LocalPrimaryOrder as written is vacuous; properties/ checks the corrected one", () => {
  it("a follower that delivered b without a, which its primary broadcast before b, passes the spec's and fails the corrected one", () => {
    const a = { zxid: makeZxid(1, 1), value: 0, ackSid: 0b11, epoch: 1 }
    const b = { zxid: makeZxid(1, 2), value: 1, ackSid: 0b11, epoch: 1 }
    const s: ModelState = {
      ...initialState(config(2, 1, 2, 1, 1)),
      state: ["LEADING", "FOLLOWING"],
      zabState: ["BROADCAST", "BROADCAST"],
      acceptedEpoch: [1, 1],
      currentEpoch: [1, 1],
      history: [[a, b], [b]],
      lastCommitted: [{ index: 0, zxid: 0 }, { index: 1, zxid: b.zxid }],
      proposalMsgsLog: [
        { source: 0, epoch: 1, zxid: a.zxid, data: 0 },
        { source: 0, epoch: 1, zxid: b.zxid, data: 1 },
      ],
    }
    expect(LocalPrimaryOrder(s)).toBeNull()
    expect(CorrectedLocalPrimaryOrder.check(project(s))?.invariant).toBe("LocalPrimaryOrder")
  })
})

describe("a deliberately broken action yields a counterexample", () => {
  function expectReplayable(result: ExploreResult, bugs: ReadonlyArray<string>, c: ModelConfig): void {
    const v = result.violation!
    expect(v.trace[0]!.label).toBeNull()
    let s = v.trace[0]!.state
    const broken = actionsWithBugs(bugs)
    for (const step of v.trace.slice(1)) {
      const info = broken.find((a) => a.name === step.label!.action)!
      const next = info.run(c, s, step.label!.args[0]!, step.label!.args[1] ?? 0)
      expect(next).not.toBeNull()
      s = next!
      expect(JSON.stringify(s)).toBe(JSON.stringify(step.state))
    }
  }

  it("reuse-epoch: a new leader that takes an epoch already used is caught by Leadership2 in 13 steps", () => {
    const c = reference("n2_a").config
    const result = explore({ config: c, actions: actionsWithBugs(["reuse-epoch"]), ...defaultChecks() })
    expect(result.violation?.invariant).toBe("Leadership2")
    expect(result.violation!.trace.length - 1).toBe(13)
    expectReplayable(result, ["reuse-epoch"], c)
    // The faithful action does not lead there: the same path stops being enabled or stays safe.
    const faithful = explore({ config: c, ...defaultChecks() })
    expect(faithful.violation).toBeNull()
  })

  it("commit-without-quorum: a leader committing before any ack loses agreement with the next epoch (PrefixConsistency)", () => {
    const c = config(3, 1, 2, 2, 0)
    const result = explore({ config: c, actions: actionsWithBugs(["commit-without-quorum"]), ...defaultChecks() })
    expect(result.violation?.invariant).toBe("PrefixConsistency")
    expectReplayable(result, ["commit-without-quorum"], c)
    const actions = result.violation!.trace.map((t) => t.label?.action)
    expect(actions).toContain("LeaderBroadcastPROPOSE")
    expect(actions).toContain("Timeout")
  })

  it("own-history: a leader that ignores the quorum's most recent history makes a follower drop a delivered txn", () => {
    const c = config(3, 1, 1, 2, 0)
    const result = explore({ config: c, actions: actionsWithBugs(["own-history"]), ...defaultChecks() })
    expect(result.violation?.invariant).toBe("ZxidMonotonic")
    expectReplayable(result, ["own-history"], c)
  })
})

describe("labels replay", () => {
  it("applyLabel takes the spec's step and refuses a disabled one", () => {
    const c = config(2, 1, 1, 1, 1)
    const s0 = initialState(c)
    expect(applyLabel(c, s0, { action: "FollowLeader", args: [0] })).toBeNull()
    const s1 = applyLabel(c, s0, { action: "UpdateLeader", args: [0] })!
    expect(s1.state).toEqual(["LEADING", "LOOKING"])
    expect(s1.recorder.pc).toEqual({ action: "UpdateLeader", args: [0] })
  })
})

describe("zab explore", () => {
  const dirs: Array<string> = []
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  function fakeIo(): Io & { readonly outs: Array<string>; readonly errs: Array<string> } {
    const dir = mkdtempSync(join(tmpdir(), "zab-explore-"))
    dirs.push(dir)
    const outs: Array<string> = []
    const errs: Array<string> = []
    return { out: (t) => outs.push(t), err: (t) => errs.push(t), interactive: false, cwd: dir, outs, errs }
  }

  it("prints TLC's figures as a JSON line and exits 0 when every invariant holds", async () => {
    const io = fakeIo()
    expect(await main(["explore", "--config", "n2_a"], io)).toBe(0)
    const line = JSON.parse(io.outs.join("").trim()) as Record<string, unknown>
    expect(line).toMatchObject({ distinct: 1451, generated: 1723, depth: 24, violations: 0 })
    expect(typeof line["seconds"]).toBe("number")
    expect(io.errs.join("")).toMatch(/distinct 1,451 {2}generated 1,723 {2}queue 0 {2}depth 24 {2}[\d,]+ states\/s/)
  })

  it("takes the Parameters as flags", async () => {
    const io = fakeIo()
    expect(await main(["explore", "--servers", "2", "--max-timeouts", "1", "--max-txns", "1", "--max-epoch", "2", "--max-restarts", "1", "--spec-only"], io)).toBe(0)
    expect(JSON.parse(io.outs.join(""))).toMatchObject({ distinct: 1451, generated: 1723, depth: 24 })
  })

  it("writes the shortest trace and exits 1 on a violation", async () => {
    const io = fakeIo()
    expect(await main(["explore", "--config", "n2_a", "--bug", "reuse-epoch", "--out", "ce"], io)).toBe(1)
    expect(JSON.parse(io.outs.join(""))).toMatchObject({ violations: 1 })
    const files = readdirSync(join(io.cwd, "ce"))
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^model-Leadership2-[0-9a-f]{12}\.jsonl$/)
    const lines = readFileSync(join(io.cwd, "ce", files[0]!), "utf8").trim().split("\n")
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: "zab-model-trace/1", invariant: "Leadership2", steps: 13 })
    expect(lines).toHaveLength(15)
    expect(JSON.parse(lines[14]!)).toMatchObject({ step: 13, action: "LeaderProcessACKEPOCH", args: ["s2", "s1"] })
    expect(io.errs.join("")).toContain("VIOLATION of Leadership2 after 13 steps")
  })

  it("stops at --max-states", async () => {
    const io = fakeIo()
    expect(await main(["explore", "--config", "n3_tiny", "--max-states", "500"], io)).toBe(0)
    expect(JSON.parse(io.outs.join(""))).toMatchObject({ distinct: 500 })
    expect(io.errs.join("")).toContain("not exhausted")
  })

  it("exits 2 on bad usage", async () => {
    for (const args of [["--max-epoch", "11"], ["--config", "n9_z"], ["--config", "n2_a", "--servers", "3"], ["--bug", "nope"], ["--servers", "x"], ["--frobnicate"]]) {
      const io = fakeIo()
      expect(await main(["explore", ...args], io)).toBe(2)
      expect(io.errs.join("")).toMatch(/zab explore: /)
    }
  })
})
