/**
 * Goal: two liveness gaps `zab check` found in the peer stay fixed. Method: each shrunk schedule runs on
 * the correct peer and must now make progress; every live server that can join must deliver the probe.
 * The fixes: established servers' votes name the new epoch (ZooKeeper's updateElectionVote,
 * ZOOKEEPER-1732), and a follower's NEWLEADER ack counts as its ACK of the outstanding proposals it already
 * held when it synced.
 */
import { describe, expect, it } from "vitest"
import { runSchedule } from "../harness/sim-target.js"
import { type Schedule, type Step, defaultSimConfig } from "../schedule/steps.js"

const settle = (fsync: boolean): Step => ({ _tag: "Settle", fsync })

describe("liveness gaps found by zab check, now fixed", () => {
  it("a restarted server joins the established leader: the leader's and followers' votes agree on the epoch (ZOOKEEPER-1732)", () => {
    // Server 2 leads epoch 2 after 3 crashes; 3 restarts and hears leader 2's vote and follower 1's vote.
    // Before the fix they named the epochs of the elections that made them (1 and 0), no quorum agreed,
    // and 3 never joined; now both name epoch 2.
    const schedule: Schedule = {
      config: { ...defaultSimConfig(3), snapCountTxns: 2 },
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
    expect(strict.violation).toBeNull()
    expect(strict.coverage.get("sim-liveness-straggler") ?? 0).toBe(0)
  })

  it("a proposal whose ACK was lost commits once the follower that logged it rejoins", () => {
    // Leader 3 proposes 0x100000001; the followers log it but the disks are slow, and the connections drop
    // before any ACK. Both rejoin epoch 1 with lastZxid 0x100000001 = the leader's last logged zxid and get
    // an empty DIFF. Before the fix nothing re-acked the proposal and nothing after it could commit; now
    // their NEWLEADER acks count for it.
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
    expect(result.violation).toBeNull()
  })

  it("a write forwarded to a leader that drops it is answered ConnectionLoss when its server leaves the epoch", () => {
    // No faults: with a 2-bit counter the leader runs out of zxids at the third write and starts a new
    // epoch, dropping the writes its followers forwarded. Before the fix the followers never answered those
    // clients; now a server that leaves its role answers every write still waiting on it with ConnectionLoss
    // (fate unknown), as ZooKeeper does by closing the session.
    const write = (server: number, path: string, data: string): Step => ({ _tag: "ClientWrite", server, op: { _tag: "Create", path, data } })
    const schedule: Schedule = {
      config: { ...defaultSimConfig(3), counterBits: 2 },
      steps: [settle(true), { _tag: "Tick" }, settle(true), write(2, "/b", "v2"), write(1, "/b", "v1"), write(2, "/c", "v2")],
    }
    const result = runSchedule(schedule)
    expect(result.violation).toBeNull()
    expect(result.coverage.get("sim-client-write-unanswered") ?? 0).toBe(0)
  })
})
