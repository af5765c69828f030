/**
 * Goal: a real cluster's trace is judged by the same invariant functions as the simulator, through the one
 * projection (harness/judge.ts over traces/project.ts), and what the trace cannot show is named. Method:
 * judge real-cluster traces checked in under test/golden and test/fixtures as they are (they hold), then
 * the same traces edited by hand the way a broken cluster would have written them: a second leader
 * established in one epoch, a delivered txn replaced, an acknowledged write missing from a later leader.
 * Each must be caught by the invariant that states it, and that invariant's own check (the function the
 * simulator runs) must reject the view the judge stopped at.
 */
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { judgeTrace, stepOfEvent } from "../harness/judge.js"
import { runScheduleOnModel } from "../harness/model-target.js"
import { AcknowledgedDurable, PrefixAgreement, SingleLeaderPerEpoch, type StateInvariant, stateInvariants } from "../properties/invariants.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import { defaultCorpusDir } from "../harness/corpus-replay.js"
import { readTrace } from "../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION } from "../traces/schema.js"

const golden = "test/golden/net-crash-leader.jsonl"
const ackAfterLeaderLeft = "test/fixtures/net-ack-after-leader-left.jsonl"
const oldLeaderRestarts = "test/fixtures/net-old-leader-restarts.jsonl"

function lines(file: string): Array<string> {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.length > 0)
}

/** The index (in the file, header at 0) of the only line that contains every one of `parts`. */
function lineOf(text: ReadonlyArray<string>, ...parts: ReadonlyArray<string>): number {
  const found = text.flatMap((l, i) => (parts.every((p) => l.includes(p)) ? [i] : []))
  expect(found, `one line with ${parts.join(" and ")}`).toHaveLength(1)
  return found[0]!
}

function judge(text: ReadonlyArray<string>): ReturnType<typeof judgeTrace> {
  return judgeTrace(readTrace(text.join("\n") + "\n"))
}

function expectCaughtBy(text: ReadonlyArray<string>, invariant: StateInvariant, servers: ReadonlyArray<number>): void {
  const judgement = judge(text)
  const violation = judgement.violation
  expect(violation, `${invariant.name} should be caught`).not.toBeNull()
  expect(violation!.invariant).toBe(invariant.name)
  expect(violation!.servers).toEqual(servers)
  // The simulator's own function for that invariant rejects the view the judge stopped at.
  expect(invariant.check(violation!.view)?.invariant).toBe(invariant.name)
}

describe("real-cluster traces as recorded hold, and say what they could not judge", () => {
  it("a trace with sends and storage writes: every invariant judged but Recoverable (a real server's refused start leaves no event)", () => {
    for (const file of [ackAfterLeaderLeft, oldLeaderRestarts]) {
      const judgement = judge(lines(file))
      expect(judgement.violation, file).toBeNull()
      expect(judgement.notJudged).toEqual(["Recoverable"])
      expect(judgement.eventsJudged).toBe(lines(file).length - 1)
    }
  })

  it("a trace from before sends were recorded: AckAfterNewLeader is named as not judged too", () => {
    const judgement = judge(lines(golden))
    expect(judgement.violation).toBeNull()
    expect(judgement.notJudged).toEqual(["AckAfterNewLeader", "Recoverable"])
  })
})

describe("real-cluster traces edited by hand are caught by the simulator's invariants", () => {
  it("a second leader established in epoch 1 -> SingleLeaderPerEpoch", () => {
    const text = lines(golden)
    const at = lineOf(text, '"server":3', '"_tag":"Established","epoch":1')
    text.splice(at + 1, 0, '{"_tag":"Observed","server":2,"effect":{"_tag":"Established","epoch":1}}')
    expectCaughtBy(text, SingleLeaderPerEpoch, [2, 3])
  })

  it("a delivered txn replaced (server 1 logged and delivered another txn at 0x100000001) -> PrefixAgreement", () => {
    const text = lines(ackAfterLeaderLeft)
    const at = lineOf(text, '"_tag":"Wrote","server":1', '"zxid":"0x100000001"')
    text[at] = text[at]!.replace('"data":"v4"', '"data":"v9"')
    expectCaughtBy(text, PrefixAgreement, [1, 3])
  })

  it("an acknowledged write missing from a later leader (server 2 never delivered 0x100000001) -> AcknowledgedDurable", () => {
    const text = lines(golden)
    text.splice(lineOf(text, '"_tag":"Delivered","server":2,"zxid":"0x100000001"'), 1)
    expectCaughtBy(text, AcknowledgedDurable, [2])
    const violation = judge(text).violation!
    expect(violation.message).toMatch(/0x100000001/)
    expect(violation.message).toMatch(/leader 2 of epoch 2/)
  })

  it("the event index points at the edited story: the second establishment itself", () => {
    const text = lines(golden)
    const at = lineOf(text, '"server":3', '"_tag":"Established","epoch":1')
    text.splice(at + 1, 0, '{"_tag":"Observed","server":2,"effect":{"_tag":"Established","epoch":1}}')
    // Line `at + 1` of the file is event `at` (the header is line 0).
    const violation = judge(text).violation!
    expect(violation.eventIndex).toBe(at)
    // Before the first step the cluster was still starting; the report names no step.
    const trace = readTrace(text.join("\n") + "\n")
    expect(stepOfEvent(trace, violation.eventIndex)).toBe(null)
    expect(stepOfEvent(trace, trace.events.length - 1)).toBe(trace.header.schedule.steps.length)
  })
})

describe("a simulator counterexample read back from its file", () => {
  // The corpus's files were recorded by the simulator, which judged its world directly; judging the file
  // through the projection must find the same invariant. (NoProgress and ModelRefinement are not invariants
  // of a view: liveness and validation judge them.)
  const corpus = defaultCorpusDir()
  for (const file of readdirSync(corpus).filter((f) => f.endsWith(".jsonl")).sort()) {
    const trace = readTrace(readFileSync(join(corpus, file), "utf8"))
    const violated = trace.header.violated
    if (trace.header.target !== "sim" || violated === null || !stateInvariants.some((inv) => inv.name === violated)) continue
    it(`${file}: judged ${violated}, as the simulator found, with every invariant judged`, () => {
      const judgement = judgeTrace(trace)
      expect(judgement.violation?.invariant).toBe(violated)
      expect(judgement.notJudged).toEqual([])
    })
  }
})

describe("a model trace", () => {
  it("is judged on the model's own views, and names what the model does not model", () => {
    for (const schedule of fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 40, bugs: [] }), { seed: 5, numRuns: 10 })) {
      const run = runScheduleOnModel(schedule)
      const trace = { header: { format: TRACE_FORMAT, version: TRACE_VERSION, target: "model" as const, seed: null, run: null, schedule, violated: null }, events: run.events }
      const judgement = judgeTrace(trace)
      expect(judgement.violation).toBeNull()
      expect(judgement.notJudged).toEqual(["AcknowledgedDurable", "CommittedDurable", "AckAfterNewLeader", "Recoverable"])
    }
  })
})
