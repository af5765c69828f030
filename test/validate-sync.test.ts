/**
 * Goal: the peer's synchronisation (DIFF / TRUNC / SNAP, PROPOSAL and COMMIT in sync, NEWLEADER / ACKLD /
 * UPTODATE) and broadcast (PROPOSAL / ACK / COMMIT) are validated against ZooKeeper's system spec's own
 * actions (traces/validate-sync.ts) under `--spec system`, each rule of the abstraction is needed, and a sync
 * that goes wrong is rejected with the system spec's reason. Method: a hand-written schedule (elect, write,
 * crash a follower, write, restart it so that it rejoins the established leader) and generated runs are
 * admitted with every sync and broadcast action taken; each rule is left out in turn on the first generated
 * run that needs it; hand edits of the recorded trace that Zab.tla's validation admits (a sync PROPOSAL taken
 * before its DIFF, a COMMIT in sync of a txn the follower does not hold, a COMMIT sent before a quorum acked)
 * are rejected at the edited event,
 * and one it rejects too (an UPTODATE before a quorum acked NEWLEADER) is rejected by the system spec alone.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { runSchedule } from "../harness/sim-target.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import { type Schedule, defaultSimConfig } from "../schedule/steps.js"
import type { TraceEvent } from "../traces/schema.js"
import { ElectionValidator } from "../traces/validate-election.js"
import { type SyncRuleName, ZabMapping, syncRuleNames } from "../traces/validate-sync.js"
import { SystemValidator } from "../traces/validate-system.js"
import { Validator } from "../traces/validate.js"

const settle = { _tag: "Settle", fsync: true } as const
const tick = { _tag: "Tick" } as const
const write = (path: string) => ({ _tag: "ClientWrite", server: 3, op: { _tag: "Create", path, data: "x" } }) as const
const schedule: Schedule = {
  config: defaultSimConfig(3),
  steps: [settle, tick, settle, write("/a"), settle, { _tag: "Crash", server: 1, disk: "keep" }, write("/b"), settle, tick, settle, { _tag: "Restart", server: 1 }, settle, tick, settle],
}
const events = runSchedule(schedule, { record: true }).events!

/** The system spec alone (election, discovery, sync, broadcast), fed what Zab.tla's validation says each server holds. */
function systemSpecAlone(trace: ReadonlyArray<TraceEvent>, n = 3, disabled: ReadonlyArray<string> = []): { reason: string | null; at: number } {
  const protocol = new Validator(n, "sim")
  const election = new ElectionValidator(n, (id) => protocol.heldBy(id))
  election.zab = new ZabMapping(
    n,
    election,
    (id) => {
      const h = protocol.heldBy(id)
      return { currentEpoch: h.currentEpoch, acceptedEpoch: h.acceptedEpoch, zxids: protocol.heldZxids(id) }
    },
    new Set(disabled),
  )
  for (let k = 0; k < trace.length; k++) {
    protocol.push(trace[k]!)
    if (!election.push(trace[k]!)) return { reason: election.rejection!.reason, at: k }
  }
  return { reason: null, at: -1 }
}

/** Zab.tla's validation alone: null if it admits the trace. */
function protocolAlone(trace: ReadonlyArray<TraceEvent>, n = 3): string | null {
  const protocol = new Validator(n, "sim")
  for (const e of trace) if (!protocol.push(e)) return protocol.rejection!.reason
  return null
}

type Message = Extract<TraceEvent, { _tag: "Sent" }>["message"]

/** The k-th (from 0) receipt or send of a message with this tag by `server`. */
function find(kind: "Sent" | "Received", server: number, tag: Message["_tag"], k = 0): number {
  let seen = 0
  const at = events.findIndex((e) => e._tag === kind && e.server === server && e.message._tag === tag && seen++ === k)
  expect(at).toBeGreaterThanOrEqual(0)
  return at
}

describe("sync and broadcast runs are admitted and take the system spec's own actions", () => {
  it("the hand-written schedule: every sync and broadcast action of the spec is taken", () => {
    const validator = new SystemValidator(3)
    for (const e of events) expect(validator.push(e), validator.rejection?.reason).toBe(true)
    for (const name of [
      "LeaderSyncFollower",
      "FollowerProcessSyncMessage",
      "FollowerProcessPROPOSALInSync",
      "FollowerProcessCOMMITInSync",
      "FollowerProcessNEWLEADER",
      "LeaderProcessACKLD",
      "FollowerProcessUPTODATE",
      "LeaderProcessRequest",
      "FollowerProcessPROPOSAL",
      "LeaderProcessACK",
      "FollowerProcessCOMMIT",
    ]) {
      expect(validator.election.counts.get(name), name).toBeGreaterThan(0)
    }
  })

  it("generated runs (seed 7, 3 and 5 servers) are admitted, and the rules are taken", () => {
    const taken = new Set<string>()
    for (const [servers, runs] of [
      [3, 12],
      [5, 6],
    ] as const) {
      for (const s of fc.sample(scheduleArbitrary({ servers, maxSteps: 200, bugs: [] }), { seed: 7, numRuns: runs })) {
        const validator = new SystemValidator(servers)
        for (const e of runSchedule(s, { record: true }).events!) expect(validator.push(e), validator.rejection?.reason).toBe(true)
        for (const name of validator.election.counts.keys()) taken.add(name)
      }
    }
    // Every rule is taken by run 10 of the three-server row (the rarest, SnapAtLastDelivered, there first);
    // the rules' own runs below show each is needed.
    for (const name of syncRuleNames) expect(taken, name).toContain(name)
  }, 180_000)
})

describe("each rule is needed: a correct run the system spec refuses without it", () => {
  // Generated runs (the index into fc.sample's values of the seed), each the first found to need the rule.
  const cases: ReadonlyArray<readonly [SyncRuleName, number, number, number, RegExp]> = [
    ["SyncCommitsOnce", 3, 7, 0, /server 2 sends COMMIT\(0x200000001\) to server 1, where the system spec sends NEWLEADER\(epoch 2\)/],
    ["SyncFromLogBase", 3, 7, 2, /syncs server 2 with DIFF\(0x0\), where the system spec's LeaderSyncFollower sends SNAP\(0x600000001\)/],
    ["SyncFromOutstanding", 3, 11, 2, /syncs server 1 with DIFF\(0x100000002\), where the system spec's LeaderSyncFollower sends TRUNC\(0x100000001\)/],
    ["SnapAtLastDelivered", 3, 7, 25, /syncs server 1 with SNAP\(0x100000004\), where the system spec's LeaderSyncFollower sends SNAP\(0x100000005\)/],
    ["SnapshotFromPeer", 3, 7, 12, /syncs server 1 with DIFF\(0x0\), where the system spec's LeaderSyncFollower sends SNAP\(0x200000001\)/],
    ["AcksInNewLeaderAck", 3, 7, 0, /server 1 sends ACK\(0x800000001\) to server 2, where the system spec sends ACK\(0x600000001\)/],
    ["AckedWhenDurable", 3, 7, 32, /server 2 sends ACK\(0x100000001\) to server 3, where the system spec sends nothing/],
    ["EstablishedWhenEpochDurable", 5, 7, 21, /server 4 did not send \[mtype \|-> UPTODATE, mzxid \|-> <<4, 0>>\] to server 2, which the system spec sends/],
    ["LeaderAcksWhenDurable", 3, 7, 0, /server 2 did not send \[mtype \|-> COMMIT, mzxid \|-> <<8, 2>>\] to server 1, which the system spec sends/],
    ["ProposeOnceEstablished", 3, 7, 0, /server 2 proposes 0x200000001, but the system spec cannot take LeaderProcessRequest\(\d\)/],
  ]
  for (const [rule, servers, seed, index, reason] of cases) {
    it(`${rule} (${servers} servers, run ${index} of seed ${seed})`, () => {
      const s = fc.sample(scheduleArbitrary({ servers, maxSteps: 200, bugs: [] }), { seed, numRuns: index + 1 })[index]!
      const trace = runSchedule(s, { record: true }).events!
      expect(systemSpecAlone(trace, servers).reason).toBeNull()
      expect(systemSpecAlone(trace, servers, [rule]).reason).toMatch(reason)
    })
  }
})

describe("a follower that acked a proposal before its connection broke", () => {
  it("acks it again in its NEWLEADER batch: the leader's ack set holds it already (AcksInNewLeaderAck)", () => {
    // The shrunk schedule of run 10282 of `zab check --runs 20000 --seed 20261210`: server 2 acks
    // 0x100000001, its connection to leader 3 is reset, and it rejoins holding the still uncommitted txn,
    // which the spec's sync re-sends and its NEWLEADER batch acks again.
    const s: Schedule = {
      config: { ...defaultSimConfig(3), fsyncOneAtATime: true },
      steps: [
        { _tag: "Settle", fsync: false },
        tick,
        settle,
        { _tag: "ClientWrite", server: 1, op: { _tag: "Create", path: "/a", data: "v1" } },
        { _tag: "Settle", fsync: false },
        { _tag: "Fsync", server: 2 },
        { _tag: "Deliver", pick: 0 },
        { _tag: "Reset", a: 2, b: 3 },
        { _tag: "Settle", fsync: false },
      ],
    }
    const trace = runSchedule(s, { record: true }).events!
    expect(systemSpecAlone(trace).reason).toBeNull()
    expect(systemSpecAlone(trace, 3, ["AcksInNewLeaderAck"]).reason).not.toBeNull()
    const validator = new SystemValidator(3)
    for (const e of trace) expect(validator.push(e), validator.rejection?.reason).toBe(true)
    expect(validator.election.counts.get("SyncFromOutstanding")).toBeGreaterThan(0)
  })
})

describe("hand edits of sync are rejected with the system spec's reason", () => {
  it("the late joiner takes a sync PROPOSAL before the DIFF it follows (Zab.tla's validation admits it)", () => {
    const diff = find("Received", 1, "Diff", 1)
    const proposal = find("Received", 1, "Proposal", 1)
    expect(proposal).toBeGreaterThan(diff)
    const edited = [...events.slice(0, diff), events[proposal]!, ...events.slice(diff, proposal), ...events.slice(proposal + 1)]
    expect(protocolAlone(edited)).toBeNull()
    const validator = new SystemValidator(3)
    let at = -1
    for (let k = 0; k < edited.length && at < 0; k++) if (!validator.push(edited[k]!)) at = k
    expect(at).toBe(diff)
    expect(validator.rejection!.reason).toMatch(/system spec \(synchronisation\): server 1 receives PROPOSAL\(0x100000002\) from server 3, which the system spec does not have at the head of that channel \(its head is DIFF\(0x100000001\)\)/)
  })

  it("the late joiner takes a COMMIT in sync of a txn it does not hold (Zab.tla's validation admits it)", () => {
    const commit = find("Received", 1, "Commit", 1)
    const e = events[commit] as Extract<TraceEvent, { _tag: "Received" }>
    expect(e.message).toEqual({ _tag: "Commit", zxid: 0x100000002 })
    const edited = [...events.slice(0, commit), { ...e, message: { _tag: "Commit", zxid: 0x100000003 } } as TraceEvent, ...events.slice(commit + 1)]
    expect(protocolAlone(edited)).toBeNull()
    const validator = new SystemValidator(3)
    let at = -1
    for (let k = 0; k < edited.length && at < 0; k++) if (!validator.push(edited[k]!)) at = k
    expect(at).toBe(commit)
    expect(validator.rejection!.reason).toMatch(/server 1 receives COMMIT\(0x100000003\) from server 3 in sync, a txn the system spec's follower does not hold/)
  })

  it("a leader sends a COMMIT before a quorum acked its PROPOSAL (Zab.tla's validation admits it)", () => {
    // The leader's first COMMIT to server 1 moved ahead of the ACK that completed the quorum.
    const ack = find("Received", 3, "Ack")
    const commit = find("Sent", 3, "Commit")
    expect(commit).toBeGreaterThan(ack)
    const edited = [...events.slice(0, ack), events[commit]!, ...events.slice(ack, commit), ...events.slice(commit + 1)]
    expect(protocolAlone(edited)).toBeNull()
    const validator = new SystemValidator(3)
    let at = -1
    for (let k = 0; k < edited.length && at < 0; k++) if (!validator.push(edited[k]!)) at = k
    expect(at).toBe(ack)
    expect(validator.rejection!.reason).toMatch(/system spec \(broadcast\): server 3 sends COMMIT\(0x100000001\) to server 1, but the system spec sends no such message here/)
  })

  it("a leader sends UPTODATE before a quorum acked NEWLEADER", () => {
    // The leader's first UpToDate moved ahead of the NEWLEADER ack that completed its quorum.
    const ack = find("Received", 3, "AckNewLeader")
    const upToDate = find("Sent", 3, "UpToDate")
    expect(upToDate).toBeGreaterThan(ack)
    // Its Established moves with it: a leader that has not said so is refused for that alone.
    const established = events.findIndex((e) => e._tag === "Observed" && e.server === 3 && e.effect._tag === "Established")
    expect(established).toBeGreaterThan(ack)
    expect(established).toBeLessThan(upToDate)
    const between = events.slice(ack, upToDate).filter((_, i) => ack + i !== established)
    const edited = [...events.slice(0, ack), events[established]!, events[upToDate]!, ...between, ...events.slice(upToDate + 1)]
    const alone = systemSpecAlone(edited)
    expect(alone.at).toBe(ack + 1)
    expect(alone.reason).toMatch(/server 3 sends UPTODATE to server 1, but the system spec sends no such message here/)
  })
})
