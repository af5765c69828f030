/**
 * Goal: pin the liveness phase's verdicts on two schedules where the peer, not the simulator, falls short,
 * so the gaps stay visible until the peer is fixed. Method: each schedule (found by `zab check`, shrunk)
 * runs on the correct peer; the test asserts the exact way the liveness phase fails today. When the peer is
 * fixed the assertion breaks, and the test should become a plain "makes progress" one.
 */
import { describe, expect, it } from "vitest"
import { runSchedule } from "../impl/sim/run.js"
import { type Schedule, type Step, defaultSimConfig } from "../impl/sim/schedule.js"

const settle = (fsync: boolean): Step => ({ _tag: "Settle", fsync })

describe("known peer liveness gaps (reported; the tests flip when the peer is fixed)", () => {
  it("a restarted server stays LOOKING: the established servers' votes disagree on the epoch (cf. ZOOKEEPER-1732)", () => {
    // Server 2 leads epoch 2 after 3 crashes; 3 restarts with acceptedEpoch 1 and hears leader 2's vote
    // (epoch 1, its election) and follower 1's vote (epoch 0, an older election): no quorum agrees, so 3
    // never joins, though ZooKeeper's updateElectionVote would have made both votes carry epoch 2.
    const schedule: Schedule = {
      config: { ...defaultSimConfig(3), snapCountTxns: 2, strictLiveness: true },
      steps: [
        { _tag: "Deliver", pick: 11 },
        { _tag: "Tick" },
        { _tag: "Deliver", pick: 0 },
        { _tag: "Deliver", pick: 6 },
        { _tag: "Deliver", pick: 9 },
        { _tag: "Tick" },
        settle(true),
        { _tag: "ClientWrite", server: 2, op: { _tag: "Create", path: "/a", data: "v1" } },
        { _tag: "Deliver", pick: 0 },
        { _tag: "Deliver", pick: 0 },
        { _tag: "CrashLeader", disk: "lose-unsynced" },
        { _tag: "Restart", server: 3 },
        { _tag: "Deliver", pick: 10 },
        { _tag: "Deliver", pick: 11 },
        { _tag: "Deliver", pick: 8 },
        { _tag: "Deliver", pick: 11 },
        { _tag: "Crash", server: 3, disk: "lose-unsynced" },
        { _tag: "Tick" },
      ],
    }
    const strict = runSchedule(schedule)
    expect(strict.violation?.invariant).toBe("NoProgress")
    expect(strict.violation?.servers).toEqual([3])
    // Without strict liveness a quorum suffices: the run passes and counts the straggler.
    const lenient = runSchedule({ ...schedule, config: { ...schedule.config, strictLiveness: false } })
    expect(lenient.violation).toBeNull()
    expect(lenient.coverage.get("sim-liveness-straggler")).toBe(1)
  })

  it("a proposal whose ACK was lost never commits: the late joiner that logged it is synced by an empty DIFF", () => {
    // Leader 3 proposes 0x100000001; the followers log it but the disks are slow, and the connections drop
    // before any ACK. Both rejoin epoch 1 with lastZxid 0x100000001 = the leader's last logged zxid, get an
    // empty DIFF and never ACK it again; the leader commits in order, so nothing after it commits either.
    // ZooKeeper sends TRUNC to the last committed zxid when a learner is ahead of it, then re-forwards the
    // outstanding proposals, which the learner ACKs.
    const schedule: Schedule = {
      config: defaultSimConfig(3),
      steps: [
        settle(false),
        { _tag: "Tick" },
        settle(true),
        { _tag: "ClientWrite", server: 1, op: { _tag: "SetData", path: "/a", data: "v3", version: -1 } },
        settle(false),
        { _tag: "Reset", a: 3, b: 1 },
        { _tag: "Deliver", pick: 14 },
        { _tag: "Partition", group: [3] },
      ],
    }
    const result = runSchedule(schedule)
    expect(result.violation?.invariant).toBe("NoProgress")
    expect(result.violation?.message).toMatch(/probe write not delivered by a quorum/)
  })
})
