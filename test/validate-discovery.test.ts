/**
 * Goal: the peer's discovery (FOLLOWERINFO / LEADERINFO / ACKEPOCH) is validated against ZooKeeper's system
 * spec's own actions (traces/validate-discovery.ts) under `--spec system`, each rule of the abstraction is
 * needed, and a discovery that goes wrong is rejected with the system spec's reason. Method: a hand-written
 * schedule (elect, crash the leader, elect again, rejoin) and generated runs are admitted, with every
 * discovery action and rule taken; hand edits of the recorded trace (an ACKEPOCH for an epoch never
 * received, a LEADERINFO with another epoch, a FOLLOWERINFO with another acceptedEpoch, a lost connection
 * left out, a stale LEADERINFO the follower does not give up on) are rejected at the edited event. Where
 * Zab.tla's validation would reject an edit first, the system spec is judged alone (fed the protocol
 * validator's memory as in `--spec system`) to show it catches the edit by itself.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { runSchedule } from "../harness/sim-target.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import { type Schedule, defaultSimConfig } from "../schedule/steps.js"
import type { TraceEvent } from "../traces/schema.js"
import { DiscoveryMapping, type DiscoveryRuleName, discoveryRuleNames } from "../traces/validate-discovery.js"
import { ElectionValidator } from "../traces/validate-election.js"
import { SystemValidator, validateEventsAgainst } from "../traces/validate-system.js"
import { Validator } from "../traces/validate.js"

const settle = { _tag: "Settle", fsync: true } as const
const tick = { _tag: "Tick" } as const
const schedule: Schedule = {
  config: defaultSimConfig(3),
  steps: [settle, tick, settle, tick, settle, { _tag: "Crash", server: 3, disk: "keep" }, tick, settle, tick, settle, { _tag: "Restart", server: 3 }, settle, tick, settle],
}
const events = runSchedule(schedule, { record: true }).events!

/** The system spec's election and discovery alone, fed what Zab.tla's validation says each server holds. */
function systemSpecAlone(trace: ReadonlyArray<TraceEvent>, n = 3, disabled: ReadonlyArray<DiscoveryRuleName> = []): { reason: string | null; at: number } {
  const protocol = new Validator(n, "sim")
  const election = new ElectionValidator(n, (id) => protocol.heldBy(id))
  election.zab = new DiscoveryMapping(
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

function indexOf(p: (e: TraceEvent) => boolean, from = 0): number {
  const k = events.findIndex((e, x) => x >= from && p(e))
  expect(k).toBeGreaterThanOrEqual(0)
  return k
}

function replaced(at: number, e: TraceEvent): ReadonlyArray<TraceEvent> {
  return [...events.slice(0, at), e, ...events.slice(at + 1)]
}

describe("discovery runs are admitted and take the system spec's own actions", () => {
  it("the hand-written schedule: every discovery action of the spec is taken", () => {
    const validator = new SystemValidator(3)
    for (const e of events) expect(validator.push(e)).toBe(true)
    for (const name of ["ConnectAndFollowerSendFOLLOWERINFO", "LeaderProcessFOLLOWERINFO", "FollowerProcessLEADERINFO", "LeaderProcessACKEPOCH"]) expect(validator.election.counts.get(name), name).toBeGreaterThan(0)
  })

  it("generated runs (seed 7, 3 and 5 servers) are admitted, and every rule is taken", () => {
    const taken = new Set<string>()
    for (const [servers, runs] of [
      [3, 25],
      [5, 20],
    ] as const) {
      for (const s of fc.sample(scheduleArbitrary({ servers, maxSteps: 200, bugs: [] }), { seed: 7, numRuns: runs })) {
        const result = runSchedule(s, { record: true })
        const validator = new SystemValidator(servers)
        // One expect per run, not per event: a run's events number in the thousands.
        const refused = result.events!.findIndex((e) => !validator.push(e))
        expect(refused, validator.rejection?.reason).toBe(-1)
        for (const name of validator.election.counts.keys()) taken.add(name)
      }
    }
    // Every rule is taken by run 11 of the five-server row. These runs are validated again, with seed 7's
    // first runs, by test/validate-sync.test.ts; test/validate-system.test.ts validates other seeds.
    for (const name of discoveryRuleNames) expect(taken, name).toContain(name)
  }, 240_000)
})

describe("each rule is needed: a correct run the system spec refuses without it", () => {
  // Generated runs of seed 7 (the index into fc.sample's values), each the first that needs the rule.
  const cases: ReadonlyArray<readonly [DiscoveryRuleName, number, number, RegExp]> = [
    ["FollowerInfoRetried", 3, 0, /takes server \d as a learner, but the system spec cannot take ConnectAndFollowerSendFOLLOWERINFO/],
    ["ConnectionReset", 3, 11, /receives LeaderInfo\(epoch 2\) from server 3, which the system spec does not have at the head of that channel/],
    ["LostLearnerForgotten", 5, 44, /did not send \[mtype \|-> LEADERINFO, mzxid \|-> <<2, 0>>\] to server 2, which the system spec sends/],
    ["AckEpochCountsAccepted", 3, 6, /sends AckEpoch\(epoch 1, 0x100000001\) to server 3, where the system spec sends \[mepoch \|-> -1/],
    ["LearnersLeaveOnTheirOwn", 5, 50, /server 1 sends Notification\(.*round 5, looking\) to server 2, where the system spec sends Notification\(.*round 6, looking\)/],
    ["LogFromZabTla", 3, 3, /sends LeaderInfo\(epoch 2\) to server 1, where the system spec sends \[mtype \|-> LEADERINFO, mzxid \|-> <<3, 0>>\]/],
  ]
  for (const [rule, servers, index, reason] of cases) {
    it(`${rule} (${servers} servers, run ${index} of seed 7)`, () => {
      const s = fc.sample(scheduleArbitrary({ servers, maxSteps: 200, bugs: [] }), { seed: 7, numRuns: index + 1 })[index]!
      const trace = runSchedule(s, { record: true }).events!
      expect(systemSpecAlone(trace, servers).reason).toBeNull()
      expect(systemSpecAlone(trace, servers, [rule]).reason).toMatch(reason)
    })
  }
})

describe("the spec's own shutdowns", () => {
  it("FollowerShutdown: a follower offered an epoch below its acceptedEpoch must give up at that LEADERINFO", () => {
    // Run 340 of seed 7 (3 servers): server 2 holds acceptedEpoch 4 when leader 3 proposes 3; the spec's
    // FollowerProcessLEADERINFO takes its abnormal case, and the peer refuses at the same receipt.
    const s = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 200, bugs: [] }), { seed: 7, numRuns: 341 })[340]!
    const trace = runSchedule(s, { record: true }).events!
    const validator = new SystemValidator(3)
    for (const e of trace) expect(validator.push(e)).toBe(true)
    expect(validator.election.counts.get("FollowerShutdown")).toBeGreaterThan(0)
    const refused = trace.findIndex((e) => e._tag === "Observed" && e.effect._tag === "Observe" && e.effect.branch === "discovery-refused-stale-epoch")
    const follower = (trace[refused] as Extract<TraceEvent, { _tag: "Observed" }>).server
    let end = refused
    while (end < trace.length && "server" in trace[end]! && (trace[end] as { server: number }).server === follower) end += 1
    const alone = systemSpecAlone([...trace.slice(0, refused), ...trace.slice(end)])
    expect(alone.at).toBeGreaterThanOrEqual(refused)
    expect(alone.reason).toMatch(new RegExp(`server ${follower} goes on after the receipt at which the system spec shut it down`))
  })

  it("LeaderShutdown: a leader that hears from a follower more recent than itself must give up at that ACKEPOCH", () => {
    // Run 50 of seed 7 (5 servers): the spec's LeaderProcessACKEPOCH finds the follower's log ahead (~logOk)
    // and shuts the leader down; the peer abandons at the same receipt (discovery-follower-ahead).
    const s = fc.sample(scheduleArbitrary({ servers: 5, maxSteps: 200, bugs: [] }), { seed: 7, numRuns: 51 })[50]!
    const trace = runSchedule(s, { record: true }).events!
    const validator = new SystemValidator(5)
    for (const e of trace) expect(validator.push(e)).toBe(true)
    // The schedule's shutdown, and the liveness phase's ahead-rejoins probe's (a follower ahead by design).
    expect(validator.election.counts.get("LeaderShutdown")).toBe(2)
    // Leave out what the leader did on that receipt: it goes on leading where the spec has shut it down.
    const ahead = trace.findIndex((e) => e._tag === "Observed" && e.effect._tag === "Observe" && e.effect.branch === "discovery-follower-ahead")
    expect(ahead).toBeGreaterThan(0)
    const leader = (trace[ahead] as Extract<TraceEvent, { _tag: "Observed" }>).server
    let end = ahead
    while (end < trace.length && "server" in trace[end]! && (trace[end] as { server: number }).server === leader) end += 1
    const edited = [...trace.slice(0, ahead), ...trace.slice(end)]
    const alone = systemSpecAlone(edited, 5)
    expect(alone.at).toBeGreaterThanOrEqual(ahead)
    expect(alone.reason).toMatch(new RegExp(`server ${leader} goes on after the receipt at which the system spec shut it down`))
  })
})

describe("hand edits of discovery are rejected with the system spec's reason", () => {
  it("a follower acking an epoch it never got", () => {
    // Server 1's AckEpoch moved ahead of the LeaderInfo it answers.
    const info = indexOf((e) => e._tag === "Received" && e.message._tag === "LeaderInfo" && e.server === 1)
    const ack = indexOf((e) => e._tag === "Sent" && e.message._tag === "AckEpoch" && e.server === 1)
    const edited = [...events.slice(0, info), events[ack]!, ...events.slice(info, ack), ...events.slice(ack + 1)]
    const alone = systemSpecAlone(edited)
    expect(alone.at).toBe(info)
    expect(alone.reason).toMatch(/server 1 sends AckEpoch\(epoch 0, 0x0\) to server 3, but the system spec sends no such message here/)
    // Zab.tla's validation admits it (it judges the ACKEPOCH where the leader takes it); --spec system does not.
    expect(validateEventsAgainst("protocol", 3, edited)).toBeNull()
    expect(validateEventsAgainst("system", 3, edited)?.reason).toMatch(/^system spec \(discovery\): server 1 sends AckEpoch/)
  })

  it("a leader proposing an epoch the spec would not (LEADERINFO 5 where max acceptedEpoch + 1 is 1)", () => {
    const at = indexOf((e) => e._tag === "Sent" && e.message._tag === "LeaderInfo")
    const e = events[at]!
    if (e._tag !== "Sent" || e.message._tag !== "LeaderInfo") throw new Error("a LeaderInfo")
    const edited = replaced(at, { ...e, message: { ...e.message, newEpoch: 5 } })
    const alone = systemSpecAlone(edited)
    expect(alone.at).toBe(at)
    expect(validateEventsAgainst("protocol", 3, edited)).toBeNull()
    expect(validateEventsAgainst("system", 3, edited)?.reason).toMatch(/^system spec \(discovery\): server 3 sends LeaderInfo\(epoch 5\)/)
    expect(alone.reason).toMatch(/sends LeaderInfo\(epoch 5\) to server \d, where the system spec sends .*LEADERINFO.*<<1, 0>>/)
  })

  it("a FOLLOWERINFO that does not carry the follower's acceptedEpoch", () => {
    const at = indexOf((e) => e._tag === "Received" && e.message._tag === "FollowerInfo")
    const e = events[at]!
    if (e._tag !== "Received" || e.message._tag !== "FollowerInfo") throw new Error("a FollowerInfo")
    const alone = systemSpecAlone(replaced(at, { ...e, message: { ...e.message, acceptedEpoch: 4 } }))
    expect(alone.at).toBe(at)
    expect(alone.reason).toMatch(/FollowerInfo carries acceptedEpoch 4, where the system spec's FOLLOWERINFO carries 0/)
  })

  it("an ACKEPOCH whose last zxid is not what the follower holds (LogFromZabTla)", () => {
    const at = indexOf((e) => e._tag === "Sent" && e.message._tag === "AckEpoch")
    const e = events[at]!
    if (e._tag !== "Sent" || e.message._tag !== "AckEpoch") throw new Error("an AckEpoch")
    const edited = replaced(at, { ...e, message: { ...e.message, lastZxid: 0x100000002 } })
    const alone = systemSpecAlone(edited)
    expect(alone.at).toBe(at)
    expect(validateEventsAgainst("protocol", 3, edited)).toBeNull()
    expect(validateEventsAgainst("system", 3, edited)?.reason).toMatch(/^system spec \(discovery\): server 1 sends AckEpoch\(epoch 0, 0x100000002\)/)
    expect(alone.reason).toMatch(/sends AckEpoch\(epoch 0, 0x100000002\) to server 3, where the system spec sends .*ACKEPOCH/)
  })

  it("ConnectionReset: a leader that never heard its learner's connection break still holds it, and its LEADERINFO to the rejoining learner is refused", () => {
    // Follower 1 crashes and rejoins leader 3; drop the leader's notice that the connection broke.
    const rejoin: Schedule = { config: defaultSimConfig(3), steps: [settle, tick, settle, tick, settle, { _tag: "Crash", server: 1, disk: "keep" }, tick, settle, { _tag: "Restart", server: 1 }, settle, tick, settle, tick, settle] }
    const trace = runSchedule(rejoin, { record: true }).events!
    expect(validateEventsAgainst("system", 3, trace)).toBeNull()
    const lost = trace.findIndex((e) => e._tag === "ConnectionLost" && e.server === 3 && e.peer === 1)
    expect(lost).toBeGreaterThan(0)
    const edited = trace.filter((_, k) => k !== lost)
    const alone = systemSpecAlone(edited)
    const answer = edited.findIndex((e, k) => k > lost && e._tag === "Sent" && e.message._tag === "LeaderInfo" && e.to === 1)
    expect(alone.at).toBe(answer)
    expect(alone.reason).toMatch(/server 3 sends LeaderInfo\(epoch 1\) to server 1, but the system spec sends no such message here/)
  })
})
