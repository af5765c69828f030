/**
 * Goal: `zab check --target model` runs the abstract model's random walks through the same command as the
 * simulator, and a failing walk becomes a counterexample file in the one trace format that `zab replay`,
 * `zab diff` and `zab view` take. Method: run it in-process on the correct model (exit 0) and on a broken
 * model action (exit 1, a shrunk walk printed with the spec actions each step took, the file written);
 * decode the file, replay it (the same violation, exit 1), replay it with the broken action taken out
 * (exit 0, the departure noted), tell its story, and refuse hand-broken walks with line and field (exit 2).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"
import { walkStepOf } from "../harness/model-target.js"
import { runWalk } from "../model/walk.js"
import { readTrace } from "../traces/jsonl.js"

function io(cwd: string = tmpdir()): Io & { readonly stdout: () => string; readonly stderr: () => string } {
  let out = ""
  let err = ""
  return { out: (t) => void (out += t), err: (t) => void (err += t), interactive: false, cwd, stdout: () => out, stderr: () => err }
}

const broken = ["check", "--target", "model", "--runs", "500", "--seed", "1", "--bug", "commit-without-quorum"]

describe("zab check --target model", () => {
  it("exits 0 when every invariant holds along the walks", async () => {
    const cli = io()
    expect(await main(["check", "--target", "model", "--runs", "40", "--seed", "1"], cli)).toBe(0)
    expect(cli.stdout()).toMatch(/all invariants held in 40 model walks/)
  })

  it("exits 1 on a broken model action, with the shrunk walk and the spec actions it took", async () => {
    const cli = io(mkdtempSync(join(tmpdir(), "zab-check-model-")))
    expect(await main(broken, cli)).toBe(1)
    expect(cli.stdout()).toMatch(/VIOLATION of \w+ in model walk \d+ \(seed 1\)/)
    expect(cli.stdout()).toMatch(/LeaderProcessRequest\(s\d\)/)
    expect(cli.stdout()).toMatch(/rerun the walk's campaign with: npx zab check --target model/)
  })

  it("refuses a bug the model does not have with exit 2", async () => {
    expect(await main(["check", "--target", "model", "--bug", "ack-before-fsync"], io())).toBe(2)
  })
})

describe("a model walk's counterexample file", () => {
  const dir = mkdtempSync(join(tmpdir(), "zab-check-model-"))
  const found = (async () => {
    const cli = io(dir)
    expect(await main([...broken, "--out", "cx"], cli)).toBe(1)
    const path = /^counterexample written to (\S+)$/m.exec(cli.stdout())?.[1]
    expect(path).toMatch(/^cx\/\w+-model-[0-9a-f]{8}\.jsonl$/)
    return { out: cli.stdout(), path: path!, text: readFileSync(join(dir, path!), "utf8") }
  })()

  /** The file with its header (JSON, edited by hand) changed by `edit`, written beside it; returns its name. */
  const edited = async (name: string, edit: (header: Record<string, any>) => void): Promise<string> => {
    const lines = (await found).text.split("\n")
    const header = JSON.parse(lines[0]!) as Record<string, any>
    edit(header)
    writeFileSync(join(dir, name), [JSON.stringify(header), ...lines.slice(1)].join("\n"))
    return name
  }

  it("is written to --out and printed with the replay and explain commands, as the simulator's", async () => {
    const { out, path } = await found
    expect(out).toContain(`replay it with: npx zab replay ${path}\n`)
    expect(out).toContain(`its story, step by step: npx zab replay ${path} --explain\n`)
  })

  it("decodes: a model trace whose header carries the walk, its schedule the walk step for step", async () => {
    const { out, text } = await found
    const { header, events } = readTrace(text)
    expect(header).toMatchObject({ target: "model", version: 2, seed: 1 })
    expect(header.violated).toBe(/^VIOLATION of (\w+)/.exec(out)?.[1])
    expect(header.schedule.config.bugs).toEqual(["commit-without-quorum"])
    const walk = header.walk!
    expect(walk.steps.length).toBe(header.schedule.steps.length)
    walk.steps.forEach((w, k) => expect(walkStepOf(header.schedule.steps[k]!)).toEqual(w._tag === "Elect" ? { _tag: "Tick" } : w))
    // Events as a schedule run on the model writes them: each Step indexes the schedule, a View after it.
    for (const [i, e] of events.entries()) {
      if (e._tag !== "Step") continue
      expect(e.step).toEqual(header.schedule.steps[e.index])
      expect(e.text).toMatch(/^model \w+/)
      expect(events.slice(i + 1).find((x) => x._tag === "View" || x._tag === "Step")).toMatchObject({ _tag: "View", step: e.index })
    }
    expect(events.some((e) => e._tag === "Observed" && e.effect._tag === "RoleChange")).toBe(true)
    expect(events[events.length - 1]).toMatchObject({ _tag: "Violation", invariant: header.violated })
    // The walk in the header is the one that failed.
    const again = runWalk({ servers: 3, maxSteps: walk.steps.length, parameters: walk.parameters, bugs: ["commit-without-quorum"] }, walk.steps)
    expect(again.violation?.invariant).toBe(header.violated)
  })

  it("replays to the same violation (exit 1) with no departure from the recorded events", async () => {
    const { path, text } = await found
    const cli = io(dir)
    expect(await main(["replay", path], cli)).toBe(1)
    const violated = readTrace(text).header.violated
    expect(cli.stdout()).toMatch(/^replaying the \d+-step walk on the model of 3 servers \(broken model: commit-without-quorum\)\n/)
    expect(cli.stdout()).toContain(`\nVIOLATION of ${violated}\n`)
    expect(cli.stdout()).not.toMatch(/departs/)
  })

  it("replays to exit 0 with the broken action taken out, noting where the re-run departs from the file", async () => {
    const name = await edited("fixed.jsonl", (h) => void (h["schedule"].config.bugs = []))
    const cli = io(dir)
    expect(await main(["replay", name], cli)).toBe(0)
    expect(cli.stdout()).toMatch(/every invariant held \(the file recorded a violation of \w+\)/)
    expect(cli.stdout()).toMatch(/note: this run departs from the events recorded in the file at line \d+/)
    // Or with the bug still on and the walk step that took the broken action left out of walk and schedule.
    const proposing = readTrace((await found).text).events.flatMap((e) => (e._tag === "Step" && e.text.includes("LeaderBroadcastPROPOSE") ? [e.index] : []))
    expect(proposing.length).toBeGreaterThan(0)
    const without = await edited("unproposed.jsonl", (h) => {
      for (const k of [...proposing].reverse()) {
        h["walk"].steps.splice(k, 1)
        h["schedule"].steps.splice(k, 1)
      }
    })
    const rerun = io(dir)
    expect(await main(["replay", without], rerun)).toBe(0)
    expect(rerun.stdout()).not.toMatch(/^ +\d+\. model .*LeaderBroadcastPROPOSE/m)
    expect(rerun.stdout()).toMatch(/every invariant held \(the file recorded a violation of \w+\)/)
  })

  it("tells its story with --explain (exit 1), and zab diff and zab view take it", async () => {
    const { path } = await found
    const cli = io(dir)
    expect(await main(["replay", path, "--explain"], cli)).toBe(1)
    expect(cli.stdout()).toMatch(/^the story of a model walk: \d+ walk steps on 3 servers, broken: commit-without-quorum, seed 1 run \d+\n/)
    expect(cli.stdout()).toMatch(/\nstep \d+ +model Elect \d: UpdateLeader\(s\d\)\n/)
    expect(cli.stdout()).toMatch(/\n!!! VIOLATION of \w+\n/)
    expect(cli.stdout()).toMatch(/end of the story: the run violated an invariant\n$/)
    expect(await main(["diff", path, path], io(dir))).toBe(0)
    const out = join(dir, "replayed.jsonl")
    expect(await main(["replay", path, "-o", out], io(dir))).toBe(1)
    expect(readFileSync(out, "utf8")).toBe((await found).text)
    const view = io(dir)
    expect(await main(["view", path, "-o", "walk.html"], view)).toBe(0)
    expect(view.stdout()).toMatch(/^wrote walk\.html: \d+ events/)
  })

  it("refuses a malformed walk with exit 2, naming line 1 and the field", async () => {
    const cases: Array<[string, (h: Record<string, any>) => void, RegExp]> = [
      ["zero.jsonl", (h) => void (h["walk"].steps[0] = { _tag: "Elect", server: 0 }), /line 1: bad header: .*\["walk"\]\["steps"\]\[0\]\["server"\]/],
      ["fly.jsonl", (h) => void (h["walk"].steps[1] = { _tag: "Fly" }), /line 1: bad header: .*\["walk"\]\["steps"\]\[1\]/],
      ["bounds.jsonl", (h) => void delete h["walk"].parameters.MaxEpoch, /line 1: bad header: .*\["walk"\]\["parameters"\]\["MaxEpoch"\]/],
      ["short.jsonl", (h) => void h["walk"].steps.pop(), /line 1: bad header: the walk at \["walk"\]\["steps"\] has \d+ steps but the schedule/],
      ["sim.jsonl", (h) => void (h["target"] = "sim"), /line 1: bad header: a walk at \["walk"\] belongs to a model trace, not a sim one/],
      ["bug.jsonl", (h) => void (h["schedule"].config.bugs = ["no-such-bug"]), /line 1: unknown model bug "no-such-bug" at \["schedule"\]\["config"\]\["bugs"\]/],
    ]
    for (const [name, edit, message] of cases) {
      const cli = io(dir)
      expect(await main(["replay", await edited(name, edit)], cli), name).toBe(2)
      expect(cli.stderr(), name).toMatch(message)
    }
  })

  it("a model trace without a walk (zab sim --target model) still decodes and replays its schedule on the model", async () => {
    const cli = io(dir)
    expect(await main(["sim", "--seed", "3", "--run", "58", "--target", "model", "-o", "sim-model.jsonl"], cli)).toBe(0)
    expect(readTrace(readFileSync(join(dir, "sim-model.jsonl"), "utf8")).header.walk).toBeUndefined()
    const replay = io(dir)
    expect(await main(["replay", "sim-model.jsonl"], replay)).toBe(0)
    expect(replay.stdout()).toMatch(/^replaying the \d+-step schedule on the model of 3 servers\n/)
    expect(replay.stdout()).not.toMatch(/departs/)
  })
})
