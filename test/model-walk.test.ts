/**
 * Goal: random walks through the model (`zab check --target model`) hold on the faithful model, find and
 * shrink a violation of a broken one, and read like simulator schedules. Method: run fast-check walks from
 * fixed seeds; replay the shrunk walk; run a hand-written walk and check where it ends.
 */
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { WalkStep, runWalk, walkLines } from "../model/walk.js"
import { checkWalk } from "../harness/model-target.js"

describe("model random walks", () => {
  it("hold on the faithful model (seeds 1..60, 3 servers)", () => {
    for (let seed = 1; seed <= 60; seed++) expect(checkWalk({ servers: 3, maxSteps: 80 }, seed)).toBeNull()
  })

  it("hold on 5 servers too (seeds 1..10)", () => {
    for (let seed = 1; seed <= 10; seed++) expect(checkWalk({ servers: 5, maxSteps: 80 }, seed)).toBeNull()
  })

  it("find, shrink and print a violation of a broken model (commit-without-quorum)", () => {
    const failure = checkWalk({ servers: 3, maxSteps: 80, bugs: ["commit-without-quorum"] }, 138)
    expect(failure).not.toBeNull()
    expect(failure!.violation.invariant).toBe("PrefixConsistency")
    expect(failure!.outcome.steps.length).toBeLessThanOrEqual(25)
    // The shrunk walk is plain data: it replays to the same violation.
    const again = runWalk({ servers: 3, maxSteps: 80, bugs: ["commit-without-quorum"] }, failure!.outcome.steps)
    expect(again.violation).toEqual(failure!.violation)
    const text = walkLines(failure!.outcome).join("\n")
    expect(text).toContain("LeaderBroadcastPROPOSE(")
    expect(text).toMatch(/ClientWrite \d +LeaderProcessRequest\(s\d\)/)
    expect(text).toContain("state reached:")
  })

  it("a hand-written walk elects, establishes and commits a write on every server", () => {
    const steps: ReadonlyArray<WalkStep> = [
      { _tag: "Elect", server: 1 },
      { _tag: "Tick" },
      { _tag: "Settle" },
      { _tag: "ClientWrite", server: 2 },
      { _tag: "Settle" },
    ]
    const outcome = runWalk({ servers: 3, maxSteps: 10 }, steps)
    expect(outcome.violation).toBeNull()
    const last = outcome.actions[outcome.actions.length - 1]!.state
    expect(last.state).toEqual(["LEADING", "FOLLOWING", "FOLLOWING"])
    expect(last.zabState).toEqual(["BROADCAST", "BROADCAST", "BROADCAST"])
    expect(last.lastCommitted.map((c) => c.index)).toEqual([1, 1, 1])
    expect(outcome.actions.map((a) => a.label.action)).toContain("FollowerProcessCOMMIT")
  })

  it("skips steps that make no sense, so any sub-walk runs", () => {
    const outcome = runWalk({ servers: 3, maxSteps: 10 }, [{ _tag: "Deliver", pick: 3 }, { _tag: "CrashLeader" }, { _tag: "ClientWrite", server: 9 }, { _tag: "Reset", a: 1, b: 1 }])
    expect(outcome.actions).toEqual([])
    expect(outcome.violation).toBeNull()
  })

  it("walk steps are a Schema: a walk read from a file decodes, a malformed one is refused", () => {
    const decode = Schema.decodeUnknownResult(Schema.Array(WalkStep))
    expect(Result.isSuccess(decode([{ _tag: "Deliver", pick: 2 }, { _tag: "Elect", server: 1 }]))).toBe(true)
    expect(Result.isFailure(decode([{ _tag: "Elect", server: 0 }]))).toBe(true)
    expect(Result.isFailure(decode([{ _tag: "Fly" }]))).toBe(true)
  })
})
