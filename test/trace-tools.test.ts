/**
 * Goal: the trace tools do what the README says. The JSONL reader, whole-string and streaming alike,
 * refuses a bad file with its line and field and a newer format version with a clear message, and streams
 * a trace far larger than one step's worth; `zab sim` writes a whole trace (exit 0 held, 1 violated, 2 bad
 * usage) of the very schedule `zab check` runs as run K; `zab diff` finds no difference between two runs
 * of one schedule and the first difference between different seeds, bugs or targets; `zab replay
 * --explain` tells a counterexample's story, byte for byte as in its golden file. Method: the commands run
 * in-process against temporary directories, as test/check.test.ts runs them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"
import { checkOneRun } from "../harness/campaign.js"
import { runSchedule } from "../harness/sim-target.js"
import { type Schedule, defaultSimConfig } from "../schedule/steps.js"
import { runScheduleOnModel } from "../harness/model-target.js"
import { diffTraces } from "../traces/diff.js"
import { explainTrace } from "../traces/explain.js"
import { TraceFileWriter, TraceFormatError, openTraceFile, openTraceStream, readTrace, readTraceFile, writeTrace } from "../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "../traces/schema.js"

function io(cwd: string): Io & { readonly stdout: () => string; readonly stderr: () => string } {
  let out = ""
  let err = ""
  return { out: (t) => void (out += t), err: (t) => void (err += t), interactive: false, cwd, stdout: () => out, stderr: () => err }
}

const tmp = (): string => mkdtempSync(join(tmpdir(), "zab-trace-tools-"))

const elect: ReadonlyArray<Schedule["steps"][number]> = [{ _tag: "Settle", fsync: true }, { _tag: "Tick" }, { _tag: "Settle", fsync: true }]
const schedule: Schedule = {
  config: defaultSimConfig(3),
  steps: [...elect, { _tag: "ClientWrite", server: 1, op: { _tag: "Create", path: "/a", data: "v1" } }, { _tag: "Settle", fsync: true }, { _tag: "CrashLeader", disk: "keep" }, ...elect],
}
const header = (s: Schedule, violated: string | null = null): TraceHeader => ({ format: TRACE_FORMAT, version: TRACE_VERSION, target: "sim", seed: null, run: null, schedule: s, violated })
const recorded = (s: Schedule): ReadonlyArray<TraceEvent> => runSchedule(s, { record: true }).events!

async function streamEvents(text: string): Promise<Array<TraceEvent>> {
  const stream = await openTraceStream(Readable.from([text]))
  const events: Array<TraceEvent> = []
  for await (const e of stream.events) events.push(e)
  return events
}

/** The error both readers give for `text`, as "line N: detail"; they must agree. */
async function refusal(text: string): Promise<string> {
  let whole = "(accepted)"
  try {
    readTrace(text)
  } catch (error) {
    expect(error).toBeInstanceOf(TraceFormatError)
    whole = (error as Error).message
  }
  let streamed = "(accepted)"
  try {
    await streamEvents(text)
  } catch (error) {
    expect(error).toBeInstanceOf(TraceFormatError)
    streamed = (error as Error).message
  }
  expect(streamed).toBe(whole)
  return whole
}

describe("the JSONL trace format", () => {
  const text = writeTrace(header(schedule), recorded(schedule))
  const lines = text.split("\n")

  it("records the cluster view after every step taken, before the first and after the liveness phase", () => {
    const events = readTrace(text).events
    const views = events.filter((e) => e._tag === "View").map((e) => (e._tag === "View" ? e.step : -2))
    const steps = events.filter((e) => e._tag === "Step").map((e) => (e._tag === "Step" ? e.index : -2))
    expect(views).toEqual([null, ...steps, schedule.steps.length])
  })

  it("streams the same events the string reader reads, and writes the same bytes", async () => {
    expect(await streamEvents(text)).toEqual(readTrace(text).events)
    const path = join(tmp(), "t.jsonl")
    const writer = await TraceFileWriter.open(path, header(schedule))
    await writer.writeAll(readTrace(text).events)
    await writer.close()
    expect(readFileSync(path, "utf8")).toBe(text)
    expect((await readTraceFile(path)).events.length).toBe(readTrace(text).events.length)
  })

  it("refuses a bad event with its line and the field that is wrong", async () => {
    const bad = [...lines]
    bad[3] = bad[3]!.replace(/"server":\d/, '"server":"two"')
    expect(await refusal(bad.join("\n"))).toMatch(/^line 4: bad event: .*\["server"\]/)
    const missing = [...lines]
    missing[2] = JSON.stringify({ _tag: "Delivered", server: 1 })
    expect(await refusal(missing.join("\n"))).toMatch(/^line 3: bad event: .*Missing key.*\["zxid"\]/)
  })

  it("refuses a line that is not JSON, a blank line inside the trace, a foreign file and an empty one", async () => {
    const cut = [...lines]
    cut[5] = cut[5]!.slice(0, 20)
    expect(await refusal(cut.join("\n"))).toMatch(/^line 6: not JSON/)
    const gap = [...lines]
    gap.splice(4, 0, "")
    expect(await refusal(gap.join("\n"))).toMatch(/^line 5: not JSON/)
    expect(await refusal(text + "\n\n\n")).toBe("(accepted)")
    expect(await refusal('{"hello":1}\n')).toMatch(/^line 1: not a zab trace/)
    expect(await refusal("\n\n")).toMatch(/^line 1: empty file/)
    const badHeader = JSON.parse(lines[0]!) as Record<string, unknown>
    badHeader["target"] = "mars"
    expect(await refusal(JSON.stringify(badHeader))).toMatch(/^line 1: bad header: .*\["target"\]/)
  })

  it("refuses a newer format version with a clear message, reads version 1 (no views), refuses version 0", async () => {
    const at = (version: number): string => [lines[0]!.replace(`"version":${TRACE_VERSION}`, `"version":${version}`), ...lines.slice(1)].join("\n")
    expect(await refusal(at(TRACE_VERSION + 1))).toBe(`line 1: trace format version ${TRACE_VERSION + 1} is newer than this zab understands (${TRACE_VERSION}); upgrade zab`)
    const v1 = [lines[0]!.replace(`"version":${TRACE_VERSION}`, '"version":1'), ...lines.slice(1).filter((l) => !l.includes('"_tag":"View"'))].join("\n")
    expect(readTrace(v1).header.version).toBe(1)
    expect(await refusal(at(0))).toMatch(/^line 1: unsupported trace format version 0/)
  })

  it("streams a large trace line by line (200,000 events) with the strict errors still at the right line", async () => {
    const path = join(tmp(), "large.jsonl")
    const events = readTrace(text).events
    const writer = await TraceFileWriter.open(path, header(schedule))
    const total = 200_000
    for (let i = 0; i < total; i++) await writer.write(events[i % events.length]!)
    await writer.close()
    const stream = await openTraceFile(path)
    let count = 0
    let views = 0
    for await (const e of stream.events) {
      count += 1
      if (e._tag === "View") views += 1
    }
    expect(count).toBe(total)
    // Every View written came back (how many depends on the sample trace, written over and over).
    const written = Array.from({ length: total }, (_, i) => events[i % events.length]!).filter((e) => e._tag === "View").length
    expect(written).toBeGreaterThan(0)
    expect(views).toBe(written)
    // One bad line near the end: reported with its line number, after everything before it streamed.
    writeFileSync(path, `${readFileSync(path, "utf8")}{"_tag":"Healed","extra":\n`)
    const broken = await openTraceFile(path)
    let seen = 0
    await expect(
      (async () => {
        for await (const _ of broken.events) seen += 1
      })(),
    ).rejects.toThrow(`line ${total + 2}: not JSON`)
    expect(seen).toBe(total)
  })
})

describe("zab sim", () => {
  it("writes the whole trace of a schedule that holds (exit 0), which zab replay and zab diff accept", async () => {
    const dir = tmp()
    const cli = io(dir)
    expect(await main(["sim", "--seed", "3", "--run", "58", "-o", "held.jsonl"], cli)).toBe(0)
    expect(cli.stdout()).toMatch(/^zab sim: seed 3 run 58 on 3 simulated servers: \d+ steps generated, \d+ taken; every invariant held; trace \(\d+ events\) written to held\.jsonl\n$/)
    const trace = readTrace(readFileSync(join(dir, "held.jsonl"), "utf8"))
    expect(trace.header).toMatchObject({ target: "sim", seed: 3, run: 58, violated: null })
    expect(trace.events.some((e) => e._tag === "LivenessPhase")).toBe(true)
    expect(await main(["replay", "held.jsonl"], io(dir))).toBe(0)
    expect(await main(["diff", "held.jsonl", "held.jsonl"], io(dir))).toBe(0)
  })

  it("writes the trace of a violating run too (exit 1), and it is the schedule zab check runs as that run", async () => {
    const dir = tmp()
    const cli = io(dir)
    expect(await main(["sim", "--seed", "3", "--run", "58", "--bug", "commit-without-quorum", "-o", "bad.jsonl"], cli)).toBe(1)
    expect(cli.stdout()).toMatch(/; VIOLATION of AcknowledgedDurable after step \d+; trace/)
    const trace = readTrace(readFileSync(join(dir, "bad.jsonl"), "utf8"))
    expect(trace.header.violated).toBe("AcknowledgedDurable")
    expect(trace.events[trace.events.length - 1]?._tag).toBe("Violation")
    const failure = checkOneRun({ servers: 3, maxSteps: 200, bugs: ["commit-without-quorum"], seed: 3 }, 58).failure
    expect(failure).not.toBeNull()
    expect(trace.header.schedule).toEqual(failure!.original)
    expect(await main(["replay", "bad.jsonl"], io(dir))).toBe(1)
  })

  it("refuses bad usage with exit 2", async () => {
    const dir = tmp()
    for (const args of [["sim"], ["sim", "-o", "x.jsonl", "--bug", "no-such-bug"], ["sim", "-o", "x.jsonl", "--servers", "4"], ["sim", "-o", "x.jsonl", "--run", "-1"], ["sim", "-o", "x.jsonl", "stray"]]) {
      const cli = io(dir)
      expect(await main(args, cli), args.join(" ")).toBe(2)
      expect(cli.stderr()).toMatch(/^zab sim: /)
    }
    expect(await main(["sim", "-o", join(dir, "no-such-dir", "x.jsonl"), "--seed", "1"], io(dir))).toBe(2)
  })

  it("--target model runs the same schedule on the abstract model, with views", async () => {
    const dir = tmp()
    const cli = io(dir)
    expect(await main(["sim", "--seed", "3", "--run", "58", "--target", "model", "-o", "m.jsonl"], cli)).toBe(0)
    expect(cli.stdout()).toMatch(/on the model of 3 servers/)
    const model = readTrace(readFileSync(join(dir, "m.jsonl"), "utf8"))
    expect(model.header.target).toBe("model")
    expect(model.events.filter((e) => e._tag === "View").length).toBeGreaterThan(5)
    await main(["sim", "--seed", "3", "--run", "58", "-o", "s.jsonl"], io(dir))
    expect(model.header.schedule).toEqual(readTrace(readFileSync(join(dir, "s.jsonl"), "utf8")).header.schedule)
  })
})

describe("zab diff", () => {
  it("finds no difference between two runs of one schedule (exit 0)", async () => {
    const dir = tmp()
    await main(["sim", "--seed", "3", "-o", "a.jsonl"], io(dir))
    await main(["sim", "--seed", "3", "-o", "b.jsonl"], io(dir))
    const cli = io(dir)
    expect(await main(["diff", "a.jsonl", "b.jsonl"], cli)).toBe(0)
    expect(cli.stdout()).toMatch(/both run the same schedule\n.*\n  the views are identical at all \d+ aligned positions, the last one after the liveness phase/)
  })

  it("finds where two seeds first differ (exit 1), side by side with the fields marked", async () => {
    const dir = tmp()
    await main(["sim", "--seed", "3", "-o", "a.jsonl"], io(dir))
    await main(["sim", "--seed", "4", "-o", "b.jsonl"], io(dir))
    const cli = io(dir)
    expect(await main(["diff", "a.jsonl", "b.jsonl"], cli)).toBe(1)
    expect(cli.stdout()).toMatch(/the schedules differ from step \d+ on/)
    expect(cli.stdout()).toMatch(/they first differ after step \d+|the views differ after step \d+/)
    expect(cli.stdout()).toMatch(/\n  \* s\d \w+ +\S/)
  })

  it("finds where a broken peer departs from the correct one on the same schedule", async () => {
    const dir = tmp()
    await main(["sim", "--seed", "3", "--run", "58", "--bug", "commit-without-quorum", "-o", "bug.jsonl"], io(dir))
    await main(["sim", "--seed", "3", "--run", "58", "-o", "fixed.jsonl"], io(dir))
    const cli = io(dir)
    expect(await main(["diff", "bug.jsonl", "fixed.jsonl"], cli)).toBe(1)
    const out = cli.stdout()
    expect(out).toMatch(/both run the same schedule/)
    expect(out).toMatch(/the views agree through step \d+; they first differ after step \d+/)
    // The broken leader delivers a write no follower has acked; the correct one has only logged it.
    expect(out).toMatch(/\n  \* s\d delivered +\[0x100000001\] +\[\]\n/)
    expect(out).toMatch(/steps up to it/)
  })

  it("prints a counterexample against the same schedule on the correct peer exactly as its golden file", () => {
    const dir = join(import.meta.dirname, "golden")
    const bug = readTrace(readFileSync(join(dir, "explain-commit-without-quorum.jsonl"), "utf8"))
    const s = bug.header.schedule
    const fixed: Schedule = { ...s, config: { ...s.config, bugs: [] } }
    const text = diffTraces("bug", bug, "fixed", { header: { ...bug.header, schedule: fixed, violated: null }, events: recorded(fixed) }).lines.join("\n") + "\n"
    const golden = join(dir, "diff-commit-without-quorum.txt")
    if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(golden, text)
    expect(text).toBe(readFileSync(golden, "utf8"))
  })

  it("aligns a simulator trace with the same schedule on the model, comparing what both know", () => {
    const s = readTrace(readFileSync(join(import.meta.dirname, "golden", "explain-commit-without-quorum.jsonl"), "utf8")).header.schedule
    const fixed: Schedule = { ...s, config: { ...s.config, bugs: [] } }
    const sim = { header: header(fixed), events: recorded(fixed) }
    const model = { header: { ...header(fixed), target: "model" as const }, events: runScheduleOnModel(fixed).events }
    const result = diffTraces("sim", sim, "model", model)
    expect(result.lines.join("\n")).toMatch(/compared: state, epochs, leader, delivered, logged, established, broadcasts\n/)
    // The model elects through an oracle and has no liveness phase: they part ways, and diff says where.
    expect(result.identical).toBe(false)
  })

  it("derives views from a trace that recorded none (version 1, a real cluster's) and compares those fields", () => {
    const events = recorded(schedule)
    const withViews = { header: header(schedule), events }
    const without = { header: { ...header(schedule), version: 1 }, events: events.filter((e) => e._tag !== "View") }
    const result = diffTraces("v2", withViews, "v1", without)
    expect(result.lines.join("\n")).toMatch(/compared: state, leader, delivered \(views derived from the events of B/)
    expect(result.identical).toBe(true)
  })

  it("takes a real cluster's merged trace (test/golden/net-crash-leader.jsonl): views derived, --from skips the start", async () => {
    const dir = join(import.meta.dirname, "golden")
    const net = readTrace(readFileSync(join(dir, "net-crash-leader.jsonl"), "utf8"))
    expect(net.header.target).toBe("net")
    expect(await main(["diff", "net-crash-leader.jsonl", "net-crash-leader.jsonl"], io(dir))).toBe(0)
    // The same schedule on the simulator: a real cluster elects before its first step and its network runs
    // between steps, so the two part at the start; --from looks past that, up to the crash of the leader.
    const sim = { header: { ...net.header, target: "sim" as const }, events: recorded(net.header.schedule) }
    expect(diffTraces("net", net, "sim", sim).lines.join("\n")).toMatch(/the views differ before the first step/)
    const crash = net.events.find((e) => e._tag === "Step" && /^crash \d/.test(e.text))
    expect(crash?._tag).toBe("Step")
    const index = crash!._tag === "Step" ? crash!.index : -1
    const text = diffTraces("net", net, "sim", sim, { fromStep: index + 1 }).lines.join("\n")
    expect(text).toMatch(/compared: state, leader, delivered \(views derived from the events of A/)
    expect(text).toMatch(new RegExp(`from step ${index + 1} on\n  the views differ after step ${index + 1}\n`))
    expect(text).toMatch(/\n {2}\* s3 state +down +looking\/election\n/)
  })

  it("refuses bad input with exit 2: a malformed file with its line, a missing file, one argument", async () => {
    const dir = tmp()
    await main(["sim", "--seed", "3", "-o", "a.jsonl"], io(dir))
    const lines = readFileSync(join(dir, "a.jsonl"), "utf8").split("\n")
    lines[2] = lines[2]!.replace(/"_tag":"\w+"/, '"_tag":"Teleported"')
    writeFileSync(join(dir, "bad.jsonl"), lines.join("\n"))
    const bad = io(dir)
    expect(await main(["diff", "a.jsonl", "bad.jsonl"], bad)).toBe(2)
    expect(bad.stderr()).toMatch(/bad\.jsonl: line 3: bad event: .*\["_tag"\]/)
    const missing = io(dir)
    expect(await main(["diff", "a.jsonl", "nope.jsonl"], missing)).toBe(2)
    expect(missing.stderr()).toMatch(/cannot read .*nope\.jsonl/)
    expect(await main(["diff", "a.jsonl"], io(dir))).toBe(2)
    expect(await main(["diff", "a.jsonl", "a.jsonl", "--from", "x"], io(dir))).toBe(2)
  })
})

describe("zab replay --explain", () => {
  const golden = join(import.meta.dirname, "golden", "explain-commit-without-quorum")

  it("tells the story of a counterexample exactly as its golden file (UPDATE_GOLDEN=1 rewrites it)", async () => {
    const cli = io(join(import.meta.dirname, "golden"))
    expect(await main(["replay", "explain-commit-without-quorum.jsonl", "--explain"], cli)).toBe(1)
    if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(`${golden}.txt`, cli.stdout())
    expect(cli.stdout()).toBe(readFileSync(`${golden}.txt`, "utf8"))
  })

  it("has one block per step taken, fixed columns, the violation set off with every server's state", async () => {
    const cli = io(join(import.meta.dirname, "golden"))
    await main(["replay", "explain-commit-without-quorum.jsonl", "--explain"], cli)
    const out = cli.stdout()
    const trace = readTrace(readFileSync(`${golden}.jsonl`, "utf8"))
    const taken = trace.events.filter((e) => e._tag === "Step").length
    expect(out.match(/^step \d+ {2,}\S/gm)?.length).toBe(taken)
    for (const l of out.split("\n").filter((x) => /^[ *] (s\d|net|run) /.test(x))) expect(l.slice(8, 18)).toMatch(/^\S+ *$/)
    expect(out).toMatch(/\n!!! VIOLATION of AcknowledgedDurable\n!!! client was told/)
    expect(out).toMatch(/\n\* s3    state     leading\/synchronization/)
    expect(out).toMatch(/  s3    CRASH     lose-unsynced/)
    expect(out).toMatch(/ESTABLISH epoch 1/)
  })

  it("tells a model trace as recorded, and a passing run ends saying every invariant held (exit 0)", () => {
    const model = runScheduleOnModel(schedule)
    const lines = explainTrace({ ...header(schedule), target: "model" }, model.events)
    expect(lines[0]).toMatch(/^the story of a model run/)
    // The model's trace reports what each spec action changed as the implementation would.
    expect(lines.some((l) => /^ {2}s\d {4}role {6}leading\/broadcast epoch 1 leader \d$/.test(l))).toBe(true)
    expect(lines.some((l) => /^step \d+ +model Settle: /.test(l))).toBe(true)
    expect(lines[lines.length - 1]).toBe("end of the story: every invariant held")
  })

  it("replays a version 1 file (written before traces carried views) without reporting a departure", async () => {
    const dir = tmp()
    const lines = readFileSync(`${golden}.jsonl`, "utf8").split("\n")
    const v1 = [lines[0]!.replace(`"version":${TRACE_VERSION}`, '"version":1'), ...lines.slice(1).filter((l) => !l.includes('"_tag":"View"'))]
    writeFileSync(join(dir, "v1.jsonl"), v1.join("\n"))
    const cli = io(dir)
    expect(await main(["replay", "v1.jsonl"], cli)).toBe(1)
    expect(cli.stdout()).toMatch(/VIOLATION of AcknowledgedDurable/)
    expect(cli.stdout()).not.toMatch(/departs/)
  })

  it("replay -o writes the re-run's trace, and diff against the file finds no difference on the same peer", async () => {
    const dir = join(import.meta.dirname, "golden")
    const out = join(tmp(), "rerun.jsonl")
    expect(await main(["replay", "explain-commit-without-quorum.jsonl", "-o", out], io(dir))).toBe(1)
    expect(await main(["diff", "explain-commit-without-quorum.jsonl", out], io(dir))).toBe(0)
  })
})

describe("zab check --corpus", () => {
  it("replays the package's corpus before the campaign and reports each file", async () => {
    const cli = io(tmp())
    expect(await main(["check", "--corpus", "--runs", "2", "--seed", "1", "--no-coverage"], cli)).toBe(0)
    expect(cli.stdout()).toMatch(/^corpus .*: replaying \d+ files \(simulator schedules on the simulator; ZooKeeper runs judged again as recorded\)\n( {2}ok {4}\S+\.jsonl .*\n)+corpus: every file held as it should\n\nall invariants held in 2 runs/)
  })

  it("fails with exit 1, running no schedules, when a corpus file fails (--corpus DIR and --corpus=DIR)", async () => {
    const dir = tmp()
    writeFileSync(join(dir, "README.md"), "| file | bug | invariant | steps | what it caught |\n|---|---|---|---|---|\n| gone.jsonl | - | - | 0 | nothing |\n")
    writeFileSync(join(dir, "stray.jsonl"), writeTrace(header(schedule), []))
    for (const args of [["--corpus", dir], [`--corpus=${dir}`]]) {
      const cli = io(tmp())
      expect(await main(["check", ...args, "--runs", "2", "--seed", "1"], cli)).toBe(1)
      expect(cli.stdout()).toMatch(/FAIL {2}gone\.jsonl +listed in README\.md \(line 3\) but cannot be read/)
      expect(cli.stdout()).toMatch(/FAIL {2}stray\.jsonl +not listed in README\.md/)
      expect(cli.stdout()).toMatch(/corpus: 2 of 2 failed; no new schedules run\n$/)
    }
  })
})
