/**
 * Goal: model validation (traces/validate.ts) admits every run of the correct peer and rejects, with a
 * clear message, the runs ZAB forbids, even where no invariant would notice. Method: one hand-written
 * schedule recorded on the simulator is the valid trace; hand edits of it are the bad ones the issue lists
 * (two leaders established in one epoch, a commit before a quorum of acks, a follower delivering out of
 * order, an ACK before the txn was durable, an epoch going backwards); runs of deliberately broken peers
 * and a mutated generated run are rejected; generated runs of the correct peer are admitted (property
 * tests, fixed seeds); the `zab validate` and `zab check` commands run in-process. The extension actions
 * the abstraction takes are applied through the model's API to a state reached by spec actions.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { test as propTest } from "@fast-check/vitest"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { checkJunit } from "./xml-check.js"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"
import { runSchedule } from "../harness/sim-target.js"
import { type Schedule, type Step, defaultSimConfig } from "../schedule/steps.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import { readTrace, writeTrace } from "../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "../traces/schema.js"
import { formatRejection } from "../traces/format.js"
import { type Rejection, validateEvents, validationConfig } from "../traces/validate.js"
import { makeZxid } from "../impl/core/zxid.js"
import { type Label, actions, applyLabel, has, successors } from "../model/actions.js"
import {
  ConnectionsReset,
  FollowerGivesUp,
  LeaderCommitsOnAckld,
  LeaderShutdown,
  LearnerLost,
  LoseUnsyncedWrites,
  SyncInterrupted,
  extensionNames,
} from "../model/extensions.js"
import { formatLabel } from "../model/spec-text.js"
import { type ActionName, type ModelState, initialState } from "../model/model-state.js"

function io(cwd: string): Io & { readonly stdout: () => string; readonly stderr: () => string } {
  let out = ""
  let err = ""
  return { out: (t) => void (out += t), err: (t) => void (err += t), interactive: false, cwd, stdout: () => out, stderr: () => err }
}

const create = (server: number, path: string): Step => ({ _tag: "ClientWrite", server, op: { _tag: "Create", path, data: "x" } })
const settle: Step = { _tag: "Settle", fsync: true }

/** Elect server 3, commit two writes, crash follower 1 (losing nothing unsynced), write on, restart 1. */
const schedule: Schedule = {
  config: defaultSimConfig(3),
  steps: [settle, { _tag: "Tick" }, settle, { _tag: "Tick" }, settle, create(1, "/a"), settle, create(2, "/b"), settle, { _tag: "Crash", server: 1, disk: "lose-unsynced" }, create(3, "/c"), settle, { _tag: "Restart", server: 1 }, { _tag: "Tick" }, settle],
}

function recorded(s: Schedule = schedule): ReadonlyArray<TraceEvent> {
  const result = runSchedule(s, { record: true })
  expect(result.violation).toBeNull()
  return result.events!
}

const events = recorded()

function find(list: ReadonlyArray<TraceEvent>, predicate: (e: TraceEvent) => boolean, from = 0): number {
  const at = list.findIndex((e, k) => k >= from && predicate(e))
  expect(at, "the base trace has the event the edit needs").toBeGreaterThanOrEqual(0)
  return at
}

function rejected(list: ReadonlyArray<TraceEvent>, servers = 3): Rejection {
  const rejection = validateEvents(servers, list)
  expect(rejection, "the model rejects the trace").not.toBeNull()
  return rejection!
}

const isDelivered = (server: number, zxid?: number) => (e: TraceEvent) => e._tag === "Delivered" && e.server === server && (zxid === undefined || e.zxid === zxid)
const Z1 = 0x1_0000_0001
const Z2 = 0x1_0000_0002

describe("the correct peer's runs are admitted", () => {
  it("the hand-written schedule: election, two commits, a follower's crash and restart, the liveness phase", () => {
    expect(validateEvents(3, events)).toBeNull()
    expect(events.some((e) => e._tag === "Crashed")).toBe(true)
  })

  it("a trace read back from its JSONL (format version 2) is admitted as recorded", () => {
    const header: TraceHeader = { format: TRACE_FORMAT, version: TRACE_VERSION, target: "sim", seed: null, run: null, schedule, violated: null }
    const trace = readTrace(writeTrace(header, events))
    expect(trace.header.version).toBe(2)
    expect(validateEvents(3, trace.events)).toBeNull()
  })

  propTest.prop([scheduleArbitrary({ servers: 3, maxSteps: 200, bugs: [] })], { seed: 20261201, numRuns: 150 })(
    "property (seed 20261201): every generated three-server run, every fault profile, is admitted",
    (generated) => {
      const result = runSchedule(generated, { validate: true })
      expect(result.rejection === null ? null : formatRejection(result.rejection, null).join("\n")).toBeNull()
    },
    // A campaign of whole runs: minutes on a loaded machine, where the default minute is too short.
    300_000,
  )

  propTest.prop([scheduleArbitrary({ servers: 5, maxSteps: 200, bugs: [] })], { seed: 51, numRuns: 40 })(
    "property (seed 51): every generated five-server run is admitted",
    (generated) => {
      const result = runSchedule(generated, { validate: true })
      expect(result.rejection === null ? null : formatRejection(result.rejection, null).join("\n")).toBeNull()
    },
    // A campaign of whole runs: minutes on a loaded machine, where the default minute is too short.
    300_000,
  )

  it("validating online (the simulator's sink) and over the recorded events agree", () => {
    const [generated] = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 200, bugs: ["commit-without-quorum"] }), { seed: 3, numRuns: 1 })
    const online = runSchedule(generated!, { validate: true, record: true })
    const offline = validateEvents(3, online.events!)
    expect(online.rejection).not.toBeNull()
    expect(offline?.reason).toBe(online.rejection!.reason)
  })
})

describe("hand-made traces ZAB forbids are rejected", () => {
  it("two leaders established in one epoch", () => {
    const at = find(events, (e) => e._tag === "Observed" && e.effect._tag === "Established" && e.server === 3)
    const bad = [...events.slice(0, at + 1), { _tag: "Observed", server: 2, effect: { _tag: "Established", epoch: 1 } } as const, ...events.slice(at + 1)]
    const r = rejected(bad)
    expect(r.index).toBe(at + 1)
    expect(r.reason).toMatch(/^server 2 says it established epoch 1, but the model has s2 FOLLOWING\/SYNCHRONIZATION in epoch 1/)
  })

  it.each([
    ["looking", 2, /^server 1 becomes looking naming leader 2, which a looking server cannot have/],
    ["leading", 2, /^server 3 becomes leading naming leader 2, which a leading server cannot have/],
    ["following", 1, /^server 1 becomes following naming leader 1, which a following server cannot have/],
  ] as const)("a RoleChange to %s naming leader %d, not its role's", (role, leader, reason) => {
    // The base trace's first RoleChange of that role (server 1 follows 3, server 3 leads), its leader edited.
    const at = find(events, (e) => e._tag === "Observed" && e.effect._tag === "RoleChange" && e.effect.role === role)
    const bad = events.map((e, k) => (k === at && e._tag === "Observed" && e.effect._tag === "RoleChange" ? { ...e, effect: { ...e.effect, leader } } : e))
    const r = rejected(bad)
    expect(r.index).toBe(at)
    expect(r.reason).toMatch(reason)
  })

  it("a commit before a quorum of acks: the leader delivers with only its own ack", () => {
    // Drop the leader's receipt of follower 1's Ack of the first txn: it commits on its own ack alone.
    const ack = find(events, (e) => e._tag === "Received" && e.server === 3 && e.message._tag === "Ack" && e.message.zxid === Z1)
    const bad = [...events.slice(0, ack), ...events.slice(ack + 1)]
    const r = rejected(bad)
    expect(bad[r.index]).toEqual({ _tag: "Delivered", server: 3, zxid: Z1 })
    expect(r.reason).toBe("server 3 delivers 0x100000001 as its txn #1, but the model has committed only 0 txns of s3's history (#1 is 0x100000001)")
  })

  it("a follower delivering out of order", () => {
    const at = find(events, isDelivered(1, Z1))
    const bad = events.map((e, k) => (k === at ? { _tag: "Delivered" as const, server: 1, zxid: Z2 } : e))
    const r = rejected(bad)
    expect(r.index).toBe(at)
    expect(r.reason).toBe("server 1 delivers 0x100000002 as its txn #1, but its log has 0x100000001 there: out of order")
  })

  it("an ACK before the txn was durable", () => {
    const ack = find(events, (e) => e._tag === "Sent" && e.server === 1 && e.message._tag === "Ack" && e.message.zxid === Z1)
    expect(events[ack - 1]?._tag).toBe("FsyncCompleted")
    // The fsync that made the txn durable now completes only after the Ack went out.
    const bad = [...events.slice(0, ack - 1), events[ack]!, events[ack - 1]!, ...events.slice(ack + 1)]
    const r = rejected(bad)
    expect(r.index).toBe(ack - 1)
    expect(r.reason).toBe("server 1 sends Ack 0x100000001 before the txn is durable (its fsync has not covered the append)")
  })

  it("an epoch going backwards: a restart recovers an acceptedEpoch below the one durably written", () => {
    const crash = find(events, (e) => e._tag === "Crashed")
    const restart = find(events, (e) => e._tag === "Restarted" && e.server === 1, crash)
    const bad = events.map((e, k) => (k === restart && e._tag === "Restarted" ? { ...e, acceptedEpoch: 0, currentEpoch: 0 } : e))
    const r = rejected(bad)
    expect(r.index).toBe(restart)
    expect(r.reason).toMatch(/^server 1 recovers acceptedEpoch 0 and currentEpoch 0, but it durably wrote 1 and 1: an epoch went backwards/)
  })

  it("an epoch going backwards: a follower takes a NEWEPOCH below its acceptedEpoch", () => {
    // Follower 2 says it accepted epoch 1 while having written acceptedEpoch 2 first.
    const write = find(events, (e) => e._tag === "Wrote" && e.server === 2 && e.effect._tag === "WriteAcceptedEpoch")
    const bad = events.map((e, k) => (k === write && e._tag === "Wrote" && e.effect._tag === "WriteAcceptedEpoch" ? { ...e, effect: { ...e.effect, epoch: 2 } } : e))
    const r = rejected(bad)
    expect(r.reason).toMatch(/server 2 differs from the model's s2: acceptedEpoch 2 vs f.p 1/)
  })

  it("the report shows the event, the enabled actions and both states with the differences marked", () => {
    const write = find(events, (e) => e._tag === "Wrote" && e.server === 2 && e.effect._tag === "WriteAcceptedEpoch")
    const bad = events.map((e, k) => (k === write && e._tag === "Wrote" && e.effect._tag === "WriteAcceptedEpoch" ? { ...e, effect: { ...e.effect, epoch: 2 } } : e))
    const r = rejected(bad)
    const text = formatRejection(r, r.index + 2).join("\n")
    expect(text).toContain(`REJECTED by the model at line ${r.index + 2}: server 2 becomes following/synchronization epoch 0 leader 3`)
    expect(text).toContain("the model took for this event: FollowerProcessNEWEPOCH(s2, s3)")
    expect(text).toMatch(/model actions enabled at this point \(\d+\):\n[\s\S]*LeaderProcessACKEPOCH\(s3, s1\)/)
    expect(text).toContain("the model state beside the implementation's projection (* marks a difference):")
    expect(text).toMatch(/s2 \/ server 2 {3}<- named\n.*\n {4}role\/phase {7}following\/synchronization +following\/synchronization\n {2}\* acceptedEpoch {4}1 +2\n/)
    expect(text).toMatch(/model messages in flight:\n[\s\S]* {2}s2->s3: ACKEPOCH\(0, \[\]\)/)
  })
})

describe("broken peers and mutated runs are rejected", () => {
  const firstRejection = (bug: string, servers = 3): Rejection => {
    const arbitrary = scheduleArbitrary({ servers, maxSteps: 200, bugs: [bug] })
    for (let seed = 1; seed <= 50; seed++) {
      const [generated] = fc.sample(arbitrary, { seed, numRuns: 1 })
      const result = runSchedule(generated!, { validate: true })
      if (result.rejection !== null) return result.rejection
    }
    throw new Error(`no run of ${bug} was rejected`)
  }

  it("ack-before-fsync: the follower's ACK goes out before its fsync", () => {
    expect(firstRejection("ack-before-fsync").reason).toMatch(/^server \d sends Ack 0x[0-9a-f]+ before the txn is durable/)
  })

  it("commit-without-quorum: the leader commits on its own", () => {
    expect(firstRejection("commit-without-quorum").reason).toMatch(/^server \d delivers 0x[0-9a-f]+ as its txn #\d+, but the model has committed only/)
  })

  it("ZOOKEEPER-4646: the NEWLEADER ack before the synced history is durable", () => {
    expect(firstRejection("ZOOKEEPER-4646").reason).toMatch(/sends AckNewLeader before its currentEpoch \d+ and the synced history/)
  })

  it("a generated run with one follower's Commit dropped", () => {
    const [generated] = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 200, bugs: [] }), { seed: 9, numRuns: 1 })
    const run = recorded(generated!)
    expect(validateEvents(3, run)).toBeNull()
    const commit = find(run, (e) => e._tag === "Received" && e.message._tag === "Commit" && run.some((d, k) => k > run.indexOf(e) && isDelivered(e.server, e.message._tag === "Commit" ? e.message.zxid : 0)(d)))
    const bad = [...run.slice(0, commit), ...run.slice(commit + 1)]
    expect(rejected(bad).reason).toMatch(/delivers 0x[0-9a-f]+ as its txn #\d+, but the model has committed only/)
  })
})

describe("zab validate", () => {
  const header: TraceHeader = { format: TRACE_FORMAT, version: TRACE_VERSION, target: "sim", seed: null, run: null, schedule, violated: null }

  it("exit 0 for a trace the model admits, 1 with the report for one it rejects", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-validate-"))
    writeFileSync(join(dir, "good.jsonl"), writeTrace(header, events))
    const good = io(dir)
    expect(await main(["validate", "--spec", "protocol", "good.jsonl"], good)).toBe(0)
    expect(good.stdout()).toMatch(/^admitted: the model of Zab.tla takes all \d+ events of .*good.jsonl \(3 servers\)\nmodel steps taken: .*LeaderProcessACK \d+/)
    // A simulator trace is validated against the system spec's leader election too unless told otherwise.
    const byDefault = io(dir)
    expect(await main(["validate", "good.jsonl"], byDefault)).toBe(0)
    expect(byDefault.stdout()).toMatch(/^admitted: the model of Zab.tla and the system spec's leader election, discovery, synchronisation and broadcast take all/)

    const at = find(events, isDelivered(1, Z1))
    writeFileSync(join(dir, "bad.jsonl"), writeTrace(header, events.map((e, k) => (k === at ? { _tag: "Delivered" as const, server: 1, zxid: Z2 } : e))))
    const bad = io(dir)
    expect(await main(["validate", "bad.jsonl"], bad)).toBe(1)
    expect(bad.stdout()).toContain(`REJECTED by the model at line ${at + 2}: server 1 delivers 0x100000002`)
  })

  it("--reporter json|junit and --report FILE: the document alone on stdout, or in the file beside the text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-validate-report-"))
    writeFileSync(join(dir, "good.jsonl"), writeTrace(header, events))
    const at = find(events, isDelivered(1, Z1))
    writeFileSync(join(dir, "bad.jsonl"), writeTrace(header, events.map((e, k) => (k === at ? { _tag: "Delivered" as const, server: 1, zxid: Z2 } : e))))

    const text = io(dir)
    expect(await main(["validate", "good.jsonl"], text)).toBe(0)
    const json = io(dir)
    expect(await main(["validate", "--reporter", "json", "good.jsonl"], json)).toBe(0)
    const report = JSON.parse(json.stdout())
    expect(report).toMatchObject({ format: "zab-validate-report", version: 1, settings: { target: "sim", servers: 3 }, totals: { events: events.length, admitted: true }, rejections: [] })

    const both = io(dir)
    expect(await main(["validate", "--reporter", "junit", "--report", "out/bad.xml", "bad.jsonl"], both)).toBe(1)
    expect(both.stdout()).toContain(`REJECTED by the model at line ${at + 2}: server 1 delivers 0x100000002`)
    const xml = readFileSync(join(dir, "out", "bad.xml"), "utf8")
    expect(checkJunit(xml).name).toBe("testsuites")
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="zab validate" tests="1" failures="1"/)
    expect(xml).toContain(`<failure type="ModelRefinement" message="REJECTED by the model at line ${at + 2}: server 1 delivers 0x100000002`)
    expect(xml).toContain(`line ${at + 2}</failure>`)

    const badJson = io(dir)
    expect(await main(["validate", "--reporter", "json", "--report", "bad.json", "bad.jsonl"], badJson)).toBe(1)
    expect(badJson.stdout()).toBe(both.stdout())
    const rejected = JSON.parse(readFileSync(join(dir, "bad.json"), "utf8"))
    expect(rejected.totals.admitted).toBe(false)
    expect(rejected.rejections).toHaveLength(1)
    expect(rejected.rejections[0]).toMatchObject({ line: at + 2 })
    expect(rejected.rejections[0].text).toBe(both.stdout().trimEnd())

    const usage = io(dir)
    expect(await main(["validate", "--reporter", "xml", "good.jsonl"], usage)).toBe(2)
    expect(usage.stderr()).toMatch(/--reporter must be one of text, json, junit, got "xml"/)
  })

  it("exit 2 for bad usage, a malformed file, a version 1 trace and a real-cluster trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-validate-"))
    const text = writeTrace(header, events).split("\n")
    writeFileSync(join(dir, "broken.jsonl"), [text[0], text[1], "{not json", ...text.slice(3)].join("\n"))
    writeFileSync(join(dir, "v1.jsonl"), writeTrace({ ...header, version: 1 }, []))
    writeFileSync(join(dir, "net.jsonl"), writeTrace({ ...header, target: "net" }, []))
    writeFileSync(join(dir, "stranger.jsonl"), writeTrace(header, [events[0]!, { _tag: "Delivered", server: 9, zxid: Z1 }]))
    const cases: ReadonlyArray<readonly [ReadonlyArray<string>, RegExp]> = [
      [["validate"], /expected exactly one FILE/],
      [["validate", "a", "b"], /expected exactly one FILE/],
      [["validate", "missing.jsonl"], /cannot read/],
      [["validate", "broken.jsonl"], /broken.jsonl: line 3: not JSON/],
      [["validate", "v1.jsonl"], /line 1: trace format version 1 records no sends or storage writes/],
      [["validate", "net.jsonl"], /line 1: this merged real-cluster trace records no sends or storage writes/],
      [["validate", "stranger.jsonl"], /stranger.jsonl: line 3: the event names server 9, but the trace's cluster has 3 servers/],
    ]
    for (const [args, message] of cases) {
      const cli = io(dir)
      expect(await main(args, cli), args.join(" ")).toBe(2)
      expect(cli.stderr()).toMatch(message)
    }
  })
})

describe("zab check validates every run", () => {
  it("a campaign of the correct peer passes with validation on (the default) and off", async () => {
    for (const extra of [[], ["--no-validate"]]) {
      const cli = io(tmpdir())
      expect(await main(["check", "--runs", "10", "--seed", "3", "--no-coverage", ...extra], cli)).toBe(0)
      expect(cli.stderr()).toMatch(extra.length === 0 ? /each run validated against the model/ : /\(seed 3\)\n/)
    }
  })

  it("an ACK before fsync fails as ModelRefinement, shrunk, written, and replays and validates as rejected", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-check-validate-"))
    const cli = io(dir)
    expect(await main(["check", "--runs", "20", "--seed", "11", "--bug", "ack-before-fsync", "--out", "cx", "--no-coverage"], cli)).toBe(1)
    const text = cli.stdout()
    expect(text).toMatch(/VIOLATION of ModelRefinement in run \d+ \(seed 11\)/)
    expect(text).toMatch(/REJECTED by the model at line \d+: server \d sends Ack/)
    const files = readdirSync(join(dir, "cx"))
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^ModelRefinement-[0-9a-f]{8}\.jsonl$/)
    const replayed = io(dir)
    expect(await main(["replay", join("cx", files[0]!)], replayed)).toBe(1)
    expect(replayed.stdout()).toMatch(/VIOLATION of ModelRefinement/)
    const validated = io(dir)
    expect(await main(["validate", join("cx", files[0]!)], validated)).toBe(1)
    expect(validated.stdout()).toMatch(/before the txn is durable/)
  })
})

describe("trace format versions", () => {
  it("zab replay compares a version 1 file's events without the events version 2 added", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-replay-v1-"))
    const v2only = (e: TraceEvent): boolean =>
      e._tag === "Sent" || e._tag === "Wrote" || e._tag === "ConnectionLost" || (e._tag === "Observed" && (e.effect._tag === "Proposed" || e.effect._tag === "Disconnect"))
    const header: TraceHeader = { format: TRACE_FORMAT, version: 1, target: "sim", seed: null, run: null, schedule, violated: null }
    writeFileSync(join(dir, "v1.jsonl"), writeTrace(header, events.filter((e) => !v2only(e))))
    const cli = io(dir)
    expect(await main(["replay", "v1.jsonl"], cli)).toBe(0)
    expect(cli.stdout()).not.toMatch(/departs/)
  })
})

describe("the abstraction's extension actions are model actions (model/extensions.ts)", () => {
  const c = validationConfig(3)
  const [s1, s2, s3] = [0, 1, 2]
  const z1 = makeZxid(1, 1)
  const label = (action: ActionName, ...args: Array<number>): Label => ({ action, args })
  /**
   * Reached by spec actions from Init: s1 leads epoch 1 with s2 and has proposed z1 (the PROPOSE still in
   * flight to s2); s3 joined late, and its NEWLEADER ack (of a history holding z1) gives z1 a quorum that
   * Zab.tla's ACKLD records but does not commit. The COMMITLD for s3 is in flight.
   */
  const path: ReadonlyArray<Label> = [
    label("UpdateLeader", s1),
    label("FollowLeader", s2),
    label("FollowLeader", s3),
    label("ConnectAndFollowerSendCEPOCH", s1, s2),
    label("LeaderProcessCEPOCH", s1, s2),
    label("FollowerProcessNEWEPOCH", s2, s1),
    label("LeaderProcessACKEPOCH", s1, s2),
    label("FollowerProcessNEWLEADER", s2, s1),
    label("LeaderProcessACKLD", s1, s2),
    label("FollowerProcessCOMMITLD", s2, s1),
    label("LeaderProcessRequest", s1),
    label("LeaderBroadcastPROPOSE", s1),
    label("ConnectAndFollowerSendCEPOCH", s1, s3),
    label("LeaderProcessCEPOCH", s1, s3),
    label("FollowerProcessNEWEPOCH", s3, s1),
    label("LeaderProcessACKEPOCH", s1, s3),
    label("FollowerProcessNEWLEADER", s3, s1),
    label("LeaderProcessACKLD", s1, s3),
  ]
  const reached = path.reduce<ModelState>((s, l) => {
    const next = applyLabel(c, s, l)
    expect(next, formatLabel(l)).not.toBeNull()
    return next!
  }, initialState(c))

  it("the state is as described, and no extension is in the explorer's actions", () => {
    expect(reached.state).toEqual(["LEADING", "FOLLOWING", "FOLLOWING"])
    expect(reached.zabState[s1]).toBe("BROADCAST")
    expect(reached.history[s1]!.map((t) => [t.zxid, t.ackSid])).toEqual([[z1, (1 << s1) | (1 << s3)]])
    expect(reached.lastCommitted[s1]!.index).toBe(0)
    expect(reached.msgs[s1]![s2]).toEqual([{ mtype: "PROPOSE", mzxid: z1, mdata: 0 }])
    const names: ReadonlyArray<string> = [...actions.map((a) => a.name), ...successors(c, reached).map((s) => s.label.action)]
    for (const name of extensionNames) expect(names).not.toContain(name)
  })

  it("LeaderCommitsOnAckld commits the txn the late ACKLD gave a quorum and sends COMMIT to the ACKLD senders", () => {
    const t = LeaderCommitsOnAckld(c, reached, s1)!
    expect(t.lastCommitted[s1]).toEqual({ index: 1, zxid: z1 })
    expect(t.msgs[s1]![s2]!.at(-1)).toEqual({ mtype: "COMMIT", mzxid: z1 })
    expect(t.msgs[s1]![s3]!.at(-1)).toEqual({ mtype: "COMMIT", mzxid: z1 })
    expect(LeaderCommitsOnAckld(c, t, s1), "nothing more has a quorum").toBeNull()
    expect(LeaderCommitsOnAckld(c, reached, s2), "not a leader").toBeNull()
  })

  it("LearnerLost lets one learner go, keeping what the leader sent it while it still follows", () => {
    const t = LearnerLost(c, reached, s1, s2)!
    expect(has(t.learners[s1]!, s2)).toBe(false)
    expect(t.ackldRecv[s1]!.find((r) => r.sid === s2)?.connected).toBe(false)
    expect(t.msgs[s1]![s2]).toEqual(reached.msgs[s1]![s2])
    expect(t.state[s2]).toBe("FOLLOWING")
    expect(LearnerLost(c, reached, s1, s1)).toBeNull()
    expect(LearnerLost(c, reached, s2, s1)).toBeNull()
  })

  it("FollowerGivesUp sends a follower back to election and drops what was in flight to it", () => {
    const t = FollowerGivesUp(c, reached, s3)!
    expect([t.state[s3], t.zabState[s3], t.connectInfo[s3]]).toEqual(["LOOKING", "ELECTION", null])
    expect(t.msgs[s1]![s3]).toEqual([])
    expect(has(t.learners[s1]!, s3), "the leader lets it go only when it notices").toBe(true)
    expect(FollowerGivesUp(c, reached, s1)).toBeNull()
  })

  it("LeaderShutdown stops the leader alone: its learners leave when they notice", () => {
    const t = LeaderShutdown(c, reached, s1)!
    expect([t.state[s1], t.zabState[s1], t.learners[s1]]).toEqual(["LOOKING", "ELECTION", 0])
    expect(t.state[s2]).toBe("FOLLOWING")
    expect(t.msgs[s1]![s2], "what it sent before closing may still arrive").toEqual(reached.msgs[s1]![s2])
    expect(LeaderShutdown(c, reached, s2)).toBeNull()
  })

  it("ConnectionsReset empties every channel to and from a server, and is not enabled when they are empty", () => {
    const t = ConnectionsReset(c, reached, s2)!
    for (let v = 0; v < 3; v++) expect([t.msgs[s2]![v], t.msgs[v]![s2]]).toEqual([[], []])
    expect(t.msgs[s1]![s3]).toEqual(reached.msgs[s1]![s3])
    expect(ConnectionsReset(c, t, s2)).toBeNull()
  })

  it("SyncInterrupted and LoseUnsyncedWrites set what a server back in election holds", () => {
    const looking = FollowerGivesUp(c, reached, s3)!
    const kept = SyncInterrupted(c, looking, s3, [])!
    expect(kept.history[s3]).toEqual([])
    const recovered = LoseUnsyncedWrites(c, looking, s3, { acceptedEpoch: 0, currentEpoch: 0, history: [] })!
    expect([recovered.acceptedEpoch[s3], recovered.currentEpoch[s3], recovered.history[s3]]).toEqual([0, 0, []])
    expect(SyncInterrupted(c, reached, s3, []), "not while it follows").toBeNull()
    expect(LoseUnsyncedWrites(c, reached, s3, { acceptedEpoch: 0, currentEpoch: 0, history: [] })).toBeNull()
  })
})
