/**
 * Goal: the simulator reaches a durability point it used to skip: a disk that completes fsync requests one
 * at a time (a slow-disk profile, SimConfig.fsyncOneAtATime), so a server's later append is still volatile
 * when an earlier one's fsync completes. The mutation benchmark found a leader that counts its own ACK of
 * every outstanding proposal once any fsync completes (impl/core/broadcast.ts, leaderSelfAcks) surviving:
 * with every fsync completing everything requested, no run could tell it apart.
 *
 * Method: one short schedule (two writes at the leader, the leader's disk completes only the first, one
 * follower acks both; and the same writes followed by one Settle, in which the slow-disk run's leader
 * completes one fsync request every other round) runs on the correct peer and on a peer whose leader acks proposals before they are
 * durable. With the one-at-a-time disk the broken leader commits the second write on its own volatile ACK
 * and the model of Zab.tla rejects the run; the correct peer passes; with the old all-at-once disk both
 * pass, which is why the mutant survived.
 */
import { describe, expect, it, vi } from "vitest"
import { runSchedule } from "../harness/sim-target.js"
import type * as Broadcast from "../impl/core/broadcast.js"
import { type Schedule, type Step, defaultSimConfig } from "../schedule/steps.js"

const broken = vi.hoisted(() => ({ leaderAcksEarly: false }))

vi.mock("../impl/core/broadcast.js", async (importOriginal) => {
  const real = await importOriginal<typeof Broadcast>()
  const leaderSelfAcks: typeof real.leaderSelfAcks = (config, state, out) => {
    if (!broken.leaderAcksEarly) return real.leaderSelfAcks(config, state, out)
    // Every outstanding proposal counted as durable, whatever the disk has completed.
    const next = real.leaderSelfAcks(config, { ...state, durableThrough: Number.MAX_SAFE_INTEGER }, out)
    return { ...next, durableThrough: state.durableThrough }
  }
  return { ...real, leaderSelfAcks }
})

const write = (path: string): Step => ({ _tag: "ClientWrite", server: 3, op: { _tag: "Create", path, data: "v1" } })
// Server 3 (the highest id) leads epoch 1; then two writes, delivered without fsyncs; the leader's disk
// completes one request, follower 1's two; the ACKs go out and arrive.
const steps: ReadonlyArray<Step> = [
  { _tag: "Settle", fsync: true },
  { _tag: "Tick" },
  { _tag: "Settle", fsync: true },
  { _tag: "Tick" },
  { _tag: "Settle", fsync: true },
  write("/a"),
  write("/b"),
  { _tag: "Settle", fsync: false },
  { _tag: "Fsync", server: 3 },
  { _tag: "Fsync", server: 1 },
  { _tag: "Fsync", server: 1 },
  { _tag: "Settle", fsync: false },
]
const schedule = (oneAtATime: boolean): Schedule => ({ config: { ...defaultSimConfig(3), ...(oneAtATime ? { fsyncOneAtATime: true } : {}) }, steps })

describe("a disk that completes fsync requests one at a time", () => {
  it("the correct peer passes", () => {
    broken.leaderAcksEarly = false
    expect(runSchedule(schedule(true), { validate: true }).violation).toBeNull()
  })

  it("a leader that acks its proposals before they are durable is rejected by the model", () => {
    broken.leaderAcksEarly = true
    const violation = runSchedule(schedule(true), { validate: true }).violation
    expect(violation?.invariant).toBe("ModelRefinement")
  })

  it("a Settle step of a slow-disk run lets a follower's ACK overtake the leader's own fsync, which exposes it too", () => {
    // Two writes at the leader, then everything delivered while the leader's disk completes one request
    // every other round: its first fsync lets the broken leader ack the second write, still volatile, and a
    // follower's ACK of it arrives before the leader's next fsync.
    const settled: ReadonlyArray<Step> = [...steps.slice(0, 7), { _tag: "Settle", fsync: true }]
    const run = (oneAtATime: boolean): string | null => runSchedule({ ...schedule(oneAtATime), steps: settled }, { validate: true }).violation?.invariant ?? null
    broken.leaderAcksEarly = true
    expect(run(true)).toBe("ModelRefinement")
    expect(run(false)).toBeNull()
    broken.leaderAcksEarly = false
    expect(run(true)).toBeNull()
  })

  it("with every fsync completing everything requested, the same broken leader goes unseen", () => {
    broken.leaderAcksEarly = true
    expect(runSchedule(schedule(false), { validate: true }).violation).toBeNull()
  })
})
