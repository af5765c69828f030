/**
 * Goal: the abstract model (model/) is a faithful translation of Zab.tla, and its explorer finds what is
 * wrong with an unfaithful one. Method: explore the small reference configurations with every invariant on
 * and compare distinct states, states generated and depth with TLC's exact figures; decode every state of a
 * small configuration through TypeOK and back through the byte encoding; break one action at a time and
 * check that the explorer reports the violation with a replayable shortest path; run `zab explore` in
 * process for its output and exit codes, and take its counterexample file through zab replay (with and
 * without the bug, and hand-broken labels), --explain, zab view and zab diff.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Result, Schema } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { checkJunit } from "./xml-check.js"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"
import { makeZxid } from "../impl/core/zxid.js"
import { LocalPrimaryOrder as CorrectedLocalPrimaryOrder } from "../properties/invariants.js"
import { applyLabel } from "../model/actions.js"
import { actionsWithBugs } from "../model/model-bugs.js"
import { defaultChecks } from "../model/checks.js"
import { type ReferenceConfig, referenceConfig } from "../model/configs.js"
import { Decoder, Encoder } from "../model/encode.js"
import { type ExploreResult, type StateCheck, explore } from "../model/explore.js"
import { LocalPrimaryOrder, specInvariants } from "../model/spec-invariants.js"
import { project } from "../model/model-view.js"
import { type ModelConfig, type ModelState, initialState, typeOK } from "../model/model-state.js"
import { readTrace, writeTrace } from "../traces/jsonl.js"
import { buildTraceView } from "../harness/viewer-reruns.js"
import { exploreCounterexample, replayExploration } from "../harness/model-exploration.js"

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
    // Its counterexample trace replays through the same checks to the same violation at its last action
    // (a state invariant or, for own-history, a step invariant), with the same events.
    const file = exploreCounterexample({ config: c, symmetry: false, checks: "all", bugs }, v, v.trace)
    const again = replayExploration(c.servers, bugs, file.header.explore!)
    expect(again.notEnabled).toBeNull()
    expect(again.violation).toEqual({ invariant: v.invariant, message: v.message, at: v.trace.length - 2 })
    expect(writeTrace(file.header, again.events)).toBe(writeTrace(file.header, file.events))
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

  it("--reporter json|junit and --report FILE: the document alone on stdout, or in the file beside the JSON line", async () => {
    const json = fakeIo()
    expect(await main(["explore", "--config", "n2_a", "--reporter", "json"], json)).toBe(0)
    const report = JSON.parse(json.outs.join(""))
    expect(report).toMatchObject({ format: "zab-explore-report", version: 1, settings: { servers: 2, config: "n2_a" }, totals: { distinct: 1451, generated: 1723, depth: 24, complete: true, matchesTlc: true }, violations: [] })
    expect(report.checked).toEqual(expect.arrayContaining(specInvariants.map((i) => i.name)))

    const junit = fakeIo()
    expect(await main(["explore", "--config", "n2_a", "--bug", "reuse-epoch", "--out", "ce", "--reporter", "junit", "--report", "r/explore.xml"], junit)).toBe(1)
    expect(JSON.parse(junit.outs.join(""))).toMatchObject({ violations: 1 })
    const xml = readFileSync(join(junit.cwd, "r", "explore.xml"), "utf8")
    expect(checkJunit(xml).name).toBe("testsuites")
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="zab explore" tests="\d+" failures="1"/)
    expect(xml).toMatch(/<testcase classname="zab.explore" name="Leadership2">\n {6}<failure type="Leadership2" message="[^"]+">VIOLATION of Leadership2 after 13 steps/)
    expect(xml).toMatch(/counterexample: ce\/model-Leadership2-[0-9a-f]{12}\.jsonl<\/failure>/)
    expect(xml.match(/<testcase /g)!.length).toBe(report.checked.length)

    const bad = fakeIo()
    expect(await main(["explore", "--config", "n2_a", "--reporter", "xml"], bad)).toBe(2)
  })

  it("takes the Parameters as flags", async () => {
    const io = fakeIo()
    expect(await main(["explore", "--servers", "2", "--max-timeouts", "1", "--max-txns", "1", "--max-epoch", "2", "--max-restarts", "1", "--spec-only"], io)).toBe(0)
    expect(JSON.parse(io.outs.join(""))).toMatchObject({ distinct: 1451, generated: 1723, depth: 24 })
  })

  it("writes the shortest path as a shared-format trace and exits 1 on a violation", async () => {
    const io = fakeIo()
    expect(await main(["explore", "--config", "n2_a", "--bug", "reuse-epoch", "--out", "ce"], io)).toBe(1)
    expect(JSON.parse(io.outs.join(""))).toMatchObject({ violations: 1 })
    const files = readdirSync(join(io.cwd, "ce"))
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^model-Leadership2-[0-9a-f]{12}\.jsonl$/)
    const { header, events } = readTrace(readFileSync(join(io.cwd, "ce", files[0]!), "utf8"))
    expect(header).toMatchObject({ format: "zab-trace", version: 2, target: "model", violated: "Leadership2", schedule: { steps: [] } })
    expect(header.schedule.config).toMatchObject({ servers: 2, bugs: ["reuse-epoch"] })
    expect(header.walk).toBeUndefined()
    const explored = header.explore!
    expect(explored).toMatchObject({ parameters: reference("n2_a").config.parameters, symmetry: false, checks: "all" })
    expect(explored.actions).toHaveLength(13)
    expect(explored.actions[12]).toEqual({ action: "LeaderProcessACKEPOCH", args: [2, 1] })
    // One SpecAction per action, each followed by what it changed and the View after it; the violation last.
    const actions = events.filter((e) => e._tag === "SpecAction")
    expect(actions.map((e) => e.index)).toEqual([...Array(13).keys()])
    expect(actions.map((e) => e.label)).toEqual(explored.actions)
    expect(actions[12]!.text).toBe("LeaderProcessACKEPOCH(s2, s1)")
    events.forEach((e, k) => {
      if (e._tag !== "SpecAction") return
      const view = events.slice(k + 1).find((x) => x._tag === "View" || x._tag === "SpecAction")
      expect(view).toMatchObject({ _tag: "View", step: e.index })
    })
    expect(events[0]).toMatchObject({ _tag: "View", step: null })
    expect(events[events.length - 1]).toMatchObject({ _tag: "Violation", invariant: "Leadership2" })
    // The model state after each action is kept, typed by the model's state Schema, and is the one the path reaches.
    let s = initialState(reference("n2_a").config)
    for (const e of actions) {
      s = actionsWithBugs(["reuse-epoch"]).find((a) => a.name === e.label.action)!.run(reference("n2_a").config, s, e.label.args[0]! - 1, (e.label.args[1] ?? 1) - 1)!
      expect(e.state).toEqual(s)
    }
    expect(Result.isSuccess(Schema.decodeUnknownResult(typeOK(2))(actions[12]!.state))).toBe(true)
    const err = io.errs.join("")
    expect(err).toContain("VIOLATION of Leadership2 after 13 steps")
    expect(err).toContain(`replay it with: npx zab replay ${join("ce", files[0]!)}`)
  })

  describe("its trace", () => {
    const found = (async () => {
      const io = fakeIo()
      expect(await main(["explore", "--config", "n2_a", "--bug", "reuse-epoch", "--out", "ce"], io)).toBe(1)
      const name = join("ce", readdirSync(join(io.cwd, "ce"))[0]!)
      return { dir: io.cwd, name, text: readFileSync(join(io.cwd, name), "utf8") }
    })()
    const inDir = async (): Promise<Io & { readonly outs: Array<string>; readonly errs: Array<string> }> => ({ ...fakeIo(), cwd: (await found).dir })
    /** The trace with its header (as JSON) changed by `edit`, written beside it; returns its name. */
    const edited = async (name: string, edit: (header: Record<string, any>) => void): Promise<string> => {
      const { dir, text } = await found
      const lines = text.split("\n")
      const header = JSON.parse(lines[0]!) as Record<string, any>
      edit(header)
      writeFileSync(join(dir, name), [JSON.stringify(header), ...lines.slice(1)].join("\n"))
      return name
    }

    it("replays to the same violation (exit 1), the invariants checked as explore checked them, with no departure", async () => {
      const io = await inDir()
      expect(await main(["replay", (await found).name], io)).toBe(1)
      const out = io.outs.join("")
      expect(out).toMatch(/^replaying the 13 spec actions of an explored path on the model of 2 servers \(broken model: reuse-epoch\)\n/)
      expect(out).toContain("  13. LeaderProcessACKEPOCH(s2, s1)")
      expect(out).toContain("\nVIOLATION of Leadership2\n")
      expect(out).not.toMatch(/departs|note:/)
    })

    it("replays to exit 0 with the broken action taken out, the departure noted", async () => {
      const io = await inDir()
      expect(await main(["replay", await edited("fixed.jsonl", (h) => void (h["schedule"].config.bugs = []))], io)).toBe(0)
      const out = io.outs.join("")
      expect(out).toContain("note: every check held along the path, where the file recorded a violation of Leadership2")
      expect(out).toMatch(/note: this run departs from the events recorded in the file at line \d+/)
      expect(out).toContain("every invariant held (the file recorded a violation of Leadership2)")
    })

    it("tells its story with --explain, action by action (exit 1)", async () => {
      const io = await inDir()
      expect(await main(["replay", (await found).name, "--explain"], io)).toBe(1)
      const out = io.outs.join("")
      expect(out).toMatch(/^the story of an explored path: 13 spec actions on 2 servers, broken: reuse-epoch, the shortest to Leadership2 \(MaxTimeoutFailures=1 /)
      expect(out).toMatch(/\naction 1 {10}UpdateLeader\(s1\)\n {2}s1 {4}role {6}leading\/discovery epoch 0 leader 1\n/)
      expect(out).toMatch(/\naction 13 {9}LeaderProcessACKEPOCH\(s2, s1\)\n/)
      expect(out).toContain("!!! VIOLATION of Leadership2")
    })

    it("is drawn by zab view, one row per spec action", async () => {
      const io = await inDir()
      expect(await main(["view", (await found).name, "-o", "explored.html"], io)).toBe(0)
      expect(io.outs.join("")).toMatch(/^wrote explored\.html: \d+ events/)
      const page = readFileSync(join((await found).dir, "explored.html"), "utf8")
      expect(page).toContain("action 13: LeaderProcessACKEPOCH(s2, s1)")
      // Rows: the actions and what they changed; states: from the views recorded after each action.
      const view = buildTraceView(readTrace((await found).text), "explored")
      expect(view.rows.filter((r) => r.kind === "SpecAction")).toHaveLength(13)
      expect(view.rows[view.violationStepRow!]!.text).toBe("action 13: LeaderProcessACKEPOCH(s2, s1)")
      const last = (server: number) => view.states.filter((c) => c.server === server).at(-1)!.state
      expect(last(2)).toMatchObject({ up: true, role: "leading", phase: "synchronization", acceptedEpoch: 1, currentEpoch: 1, established: true })
      expect(last(1)).toMatchObject({ role: "following", leader: 2, acceptedEpoch: 1 })
    })

    it("is diffed against another explored path by action, and refused against a run of schedule steps (exit 2)", async () => {
      const { name } = await found
      const same = await inDir()
      expect(await main(["diff", name, name], same)).toBe(0)
      expect(same.outs.join("")).toContain("the views are identical at all 14 aligned positions, the last one after step 13")
      const sim = await inDir()
      expect(await main(["sim", "--seed", "1", "--steps", "20", "-o", "sim.jsonl"], sim)).toBeLessThanOrEqual(1)
      for (const args of [[name, "sim.jsonl"], ["sim.jsonl", name]]) {
        const io = await inDir()
        expect(await main(["diff", ...args], io)).toBe(2)
        expect(io.errs.join("")).toMatch(/is a path of `zab explore`, counted in spec actions, .* cannot be aligned/)
      }
    })

    it("refuses a malformed or disabled label with exit 2, naming line 1 and the field", async () => {
      const cases: Array<[string, (h: Record<string, any>) => void, RegExp]> = [
        ["arity.jsonl", (h) => void (h["explore"].actions[6] = { action: "Timeout", args: [1] }), /line 1: bad header: Timeout takes 2 servers, not 1 at \["explore"\]\["actions"\]\[6\]/],
        ["name.jsonl", (h) => void (h["explore"].actions[0].action = "Elect"), /line 1: bad header: .* at \["explore"\]\["actions"\]\[0\]\["action"\]/],
        ["zero.jsonl", (h) => void (h["explore"].actions[1].args = [0]), /line 1: bad header: .* at \["explore"\]\["actions"\]\[1\]\["args"\]\[0\]/],
        ["far.jsonl", (h) => void (h["explore"].actions[2].args = [1, 3]), /line 1: bad header: server 3 at \["explore"\]\["actions"\]\[2\]\["args"\]\[1\] is not one of the 2 servers/],
        ["checks.jsonl", (h) => void (h["explore"].checks = "some"), /line 1: bad header: .* at \["explore"\]\["checks"\]/],
        ["steps.jsonl", (h) => void (h["schedule"].steps = [{ _tag: "Tick" }]), /line 1: bad header: an explored trace's schedule at \["schedule"\]\["steps"\] has no steps/],
        ["sim.jsonl", (h) => void (h["target"] = "sim"), /line 1: bad header: an exploration at \["explore"\] belongs to a model trace, not a sim one/],
        ["disabled.jsonl", (h) => void (h["explore"].actions[1] = { action: "FollowLeader", args: [1] }), /line 1: the spec action at \["explore"\]\["actions"\]\[1\], FollowLeader\(s1\) \(action 2\), is not enabled/],
      ]
      for (const [name, edit, message] of cases) {
        const io = await inDir()
        expect(await main(["replay", await edited(name, edit)], io), name).toBe(2)
        expect(io.errs.join(""), name).toMatch(message)
      }
    })
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
