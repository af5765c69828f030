/**
 * Goal: a simulator schedule runs on a real cluster (the net target's engine) and a correct cluster passes
 * its checks. Method: a hand-written schedule with writes through every server, a leader crash, a restart,
 * an isolated leader, a heal and a torn-tail crash, taken by runNetSchedule on 3 real processes; then the
 * returned trace is checked for the steps and for real events from every server.
 */
import { afterAll, describe, expect, it } from "vitest"
import type { Schedule, Step } from "../schedule/steps.js"
import { defaultSimConfig } from "../schedule/steps.js"
import { killAllSpawned, killSpawnedOnExit } from "../impl/net/cluster.js"
import { runNetSchedule } from "../harness/net-target.js"
import { historyViolation } from "../harness/sim-target.js"
import type { HistoryEvent, HistoryOp } from "../impl/history-events.js"
import { historyOf } from "../properties/history/history.js"

killSpawnedOnExit()
afterAll(async () => {
  await killAllSpawned()
})

const write = (server: number, path: string): Step => ({ _tag: "ClientWrite", server, op: { _tag: "Create", path, data: path } })
const ticks = (n: number): Array<Step> => Array.from({ length: n }, () => ({ _tag: "Tick" }))

describe("runNetSchedule", () => {
  it("takes a schedule's steps on real processes and finds nothing wrong with a correct cluster", async () => {
    const schedule: Schedule = {
      config: { ...defaultSimConfig(3), snapCountTxns: 3 },
      steps: [
        write(1, "/a"),
        write(2, "/b"),
        write(3, "/c"),
        ...ticks(4),
        { _tag: "CrashLeader", disk: "keep" },
        ...ticks(20),
        write(1, "/d"),
        write(2, "/e"),
        ...ticks(4),
        { _tag: "Restart", server: 1 },
        { _tag: "Restart", server: 2 },
        { _tag: "Restart", server: 3 },
        ...ticks(20),
        { _tag: "IsolateLeader" },
        write(1, "/f"),
        write(3, "/g"),
        ...ticks(20),
        { _tag: "Heal" },
        { _tag: "Crash", server: 2, disk: "torn" },
        write(3, "/h"),
        ...ticks(10),
        { _tag: "Restart", server: 2 },
        { _tag: "Settle", fsync: true },
      ],
    }
    const result = await runNetSchedule(schedule, { tickMs: 50 })
    expect(result.violation).toBeNull()
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(4)
    const events = result.trace.events
    expect(result.trace.header.target).toBe("net")
    expect(events.filter((e) => e._tag === "Step").length).toBe(result.stepsTaken)
    expect(events.some((e) => e._tag === "Step" && /crash \d keep/.test(e.text))).toBe(true)
    const restarted = events.filter((e) => e._tag === "Restarted")
    expect(restarted.some((e) => e._tag === "Restarted" && e.server === 2 && e.tornTail)).toBe(true)
    for (const id of [1, 2, 3]) expect(events.some((e) => e._tag === "Delivered" && e.server === id)).toBe(true)
  })

  it("catches a re-injected bug: an isolated leader that commits without a quorum loses an acknowledged write", async () => {
    const schedule: Schedule = {
      config: defaultSimConfig(3, ["commit-without-quorum"]),
      steps: [
        { _tag: "IsolateLeader" },
        ...ticks(2),
        write(1, "/x1"),
        write(2, "/x2"),
        write(3, "/x3"),
        ...ticks(20),
        { _tag: "Heal" },
        ...ticks(10),
      ],
    }
    const result = await runNetSchedule(schedule, { tickMs: 50, livenessTimeoutMs: 8_000 })
    expect(result.violation?.invariant).toBe("AcknowledgedDurable")
    expect(result.trace.header.violated).toBe("AcknowledgedDurable")
    expect(result.trace.events[result.trace.events.length - 1]?._tag).toBe("Violation")
  })

  it("drives the schedule's client sessions, records their history in the trace and judges it (ClientHistory); a history altered to read a value no one wrote is caught", async () => {
    const client = (session: number, op: HistoryOp): Step => ({ _tag: "Client", session, op })
    const schedule: Schedule = {
      config: defaultSimConfig(3),
      steps: [
        ...ticks(4),
        client(0, { _tag: "Create", path: "/a", data: "v1", sequential: false }),
        write(2, "/b"),
        ...ticks(4),
        client(1, { _tag: "Sync", path: "/a" }),
        client(1, { _tag: "GetData", path: "/a" }),
        client(2, { _tag: "Create", path: "/a/s-", data: "", sequential: true }),
        client(0, { _tag: "SetData", path: "/a", data: "v2", version: 0 }),
        { _tag: "ClientMove", session: 2, server: 1 },
        client(2, { _tag: "GetChildren", path: "/a" }),
        client(0, { _tag: "Multi", ops: [{ _tag: "Check", path: "/a", version: 1 }, { _tag: "SetData", path: "/a", data: "v3", version: 1 }] }),
        ...ticks(4),
        { _tag: "CrashLeader", disk: "keep" },
        client(1, { _tag: "GetData", path: "/a" }),
        ...ticks(20),
        { _tag: "Restart", server: 1 },
        { _tag: "Restart", server: 2 },
        { _tag: "Restart", server: 3 },
        ...ticks(10),
        client(2, { _tag: "Exists", path: "/b" }),
        ...ticks(4),
      ],
    }
    const result = await runNetSchedule(schedule, { tickMs: 50 })
    expect(result.violation).toBeNull()
    const history = result.trace.events.filter((e): e is HistoryEvent => e._tag === "OpInvoked" || e._tag === "OpCompleted")
    const ops = historyOf(history).ops
    // Every client operation and the ClientWrite are in the history, in the trace's order, timed forward.
    expect(ops.length).toBe(10)
    expect(ops.filter((op) => op.result._tag === "Ok").length).toBeGreaterThanOrEqual(6)
    const read = ops.find((op) => op.operation._tag === "GetData" && op.result._tag === "Ok")
    // Sessions run in the background, so the read may come after session 0's later writes.
    expect(["v1", "v2", "v3"]).toContain(read?.result._tag === "Ok" ? read.result.data : null)
    expect(ops.find((op) => op.operation._tag === "Create" && op.operation.sequential)?.result).toMatchObject({ _tag: "Ok", created: "/a/s-0000000000" })
    expect(historyViolation(history)).toBeNull()
    // The same history with that read answering a value no one wrote: no order explains it.
    const readId = read!.id
    const altered = history.map((e): HistoryEvent => (e._tag === "OpCompleted" && e.op === readId && e.result._tag === "Ok" ? { ...e, result: { ...e.result, data: "never written" } } : e))
    expect(historyViolation(altered)?.invariant).toBe("ClientHistory")
  })
})
