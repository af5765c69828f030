/**
 * Goal: every safety invariant over the cluster view can fail, says who and what when it does, and holds on
 * the views a correct run produces, including the awkward ones (a crashed server with a stale history, a
 * follower behind, an uncommitted suffix that a new leader truncated, a restarted server with committed 0).
 * Method: hand-made views built with small helpers, one that trips each invariant and a set of good ones,
 * then a fast-check property over random prefix-consistent clusters (fixed seed).
 */
import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import { makeZxid } from "../impl/core/zxid.js"
import {
  AckAfterNewLeader,
  AcknowledgedDurable,
  Agreement,
  CommittedDurable,
  GlobalPrimaryOrder,
  Integrity,
  Leadership1,
  LocalPrimaryOrder,
  PrefixAgreement,
  PrimaryIntegrity,
  Recoverable,
  SingleLeaderPerEpoch,
  TotalOrder,
  ZxidMonotonic,
  ZxidMonotonicStep,
  checkState,
  checkStep,
  notJudged,
  stateInvariants,
  stepInvariants,
  type StateInvariant,
  type StepInvariant,
  type Violation,
} from "../properties/invariants.js"
import type { Broadcast, ClusterView, Establishment, Ghost, ServerView, TxnView } from "../properties/view.js"

// ---------------------------------------------------------------------------------------------------------
// Builders.

/** A txn of `epoch` with `counter`; its value is `e<epoch>.<counter>` unless given. */
function tx(epoch: number, counter: number, value = `e${epoch}.${counter}`): TxnView {
  return { zxid: makeZxid(epoch, counter), value }
}

type ServerFields = Partial<Omit<ServerView, "id">>

/** A server that is up and following 1 in broadcast, epoch 1, with every txn of its history delivered. */
function server(id: number, fields: ServerFields = {}): ServerView {
  const history = fields.history ?? []
  return {
    id,
    up: true,
    role: "following",
    phase: "broadcast",
    acceptedEpoch: fields.currentEpoch ?? 1,
    currentEpoch: 1,
    history,
    committed: history.length,
    leader: 1,
    incarnation: 0,
    ...fields,
  }
}

function leader(id: number, epoch: number, fields: ServerFields = {}): ServerView {
  return server(id, { role: "leading", phase: "broadcast", currentEpoch: epoch, acceptedEpoch: epoch, leader: id, ...fields })
}

function follower(id: number, leaderId: number, epoch: number, fields: ServerFields = {}): ServerView {
  return server(id, { role: "following", phase: "broadcast", currentEpoch: epoch, acceptedEpoch: epoch, leader: leaderId, ...fields })
}

function crashed(s: ServerView): ServerView {
  return { ...s, up: false }
}

/** Broadcasts of `txns` by `leaderOf(epoch)`, in the order given. */
function broadcasts(txns: ReadonlyArray<TxnView>, leaderOf: (epoch: number) => number): Array<Broadcast> {
  return txns.map((txn) => {
    const epoch = Math.floor(txn.zxid / 2 ** 32)
    return { epoch, leader: leaderOf(epoch), txn }
  })
}

function cluster(servers: ReadonlyArray<ServerView>, ghost: Partial<Ghost> = {}): ClusterView {
  return { servers, ghost: { established: [], broadcasts: [], acknowledged: [], delivered: [], earlyAcks: [], startFailures: [], ...ghost }, unobserved: [] }
}

// The story most views below share: server 1 led epoch 1 and broadcast a1..a4, but a4 was never committed;
// server 2 led epoch 2 after it, truncated a4 away and broadcast b1, b2.
const a1 = tx(1, 1)
const a2 = tx(1, 2)
const a3 = tx(1, 3)
const a4 = tx(1, 4)
const b1 = tx(2, 1)
const b2 = tx(2, 2)
const leaderOfEpoch = (epoch: number): number => (epoch === 1 ? 1 : 2)
const story: Ghost = {
  established: [
    { epoch: 1, leader: 1 },
    { epoch: 2, leader: 2 },
  ],
  broadcasts: broadcasts([a1, a2, a3, a4, b1, b2], leaderOfEpoch),
  acknowledged: [a1, a2, a3, b1],
  delivered: [],
  earlyAcks: [],
  startFailures: [],
}
const committedLog = [a1, a2, a3, b1, b2]

/** The names of the state invariants a view breaks, each checked on its own. */
function broken(view: ClusterView): Array<string> {
  return stateInvariants.flatMap((inv) => (inv.check(view) === null ? [] : [inv.name]))
}

function expectTrips(inv: StateInvariant, view: ClusterView, servers: ReadonlyArray<number>, ...mentions: ReadonlyArray<string | RegExp>): Violation {
  const found = inv.check(view)
  expect(found, `${inv.name} should trip`).not.toBeNull()
  expect(found!.invariant).toBe(inv.name)
  expect(found!.servers).toEqual(servers)
  for (const id of servers) expect(found!.message).toMatch(new RegExp(`\\b${id}\\b`))
  for (const m of mentions) expect(found!.message).toMatch(m)
  // The whole battery reports something too (perhaps an invariant checked earlier).
  expect(checkState(view)).not.toBeNull()
  return found!
}

function expectStepTrips(inv: StepInvariant, before: ClusterView, after: ClusterView, servers: ReadonlyArray<number>, ...mentions: ReadonlyArray<string | RegExp>): void {
  const found = inv.check(before, after)
  expect(found, `${inv.name} should trip`).not.toBeNull()
  expect(found!.invariant).toBe(inv.name)
  expect(found!.servers).toEqual(servers)
  for (const m of mentions) expect(found!.message).toMatch(m)
  expect(checkStep(before, after)).toEqual(found)
}

// ---------------------------------------------------------------------------------------------------------
// Good views.

describe("views of correct runs pass every invariant", () => {
  const steady = cluster(
    [
      follower(1, 2, 2, { history: committedLog, committed: 4 }), // behind by one
      leader(2, 2, { history: committedLog }),
      follower(3, 2, 2, { history: [a1, a2, a3, b1], committed: 2 }), // further behind, holds an unacked txn
    ],
    story,
  )

  const cases: ReadonlyArray<readonly [string, ClusterView]> = [
    ["an empty cluster", cluster([server(1, { role: "looking", phase: "election", leader: null, currentEpoch: 0, acceptedEpoch: 0 }), server(2, { role: "looking", phase: "election", leader: null, currentEpoch: 0, acceptedEpoch: 0 })])],
    ["a leader with followers behind it", steady],
    [
      "a crashed server with a stale history and an uncommitted suffix",
      cluster([crashed(leader(1, 1, { history: [a1, a2, a3, a4], committed: 3 })), leader(2, 2, { history: committedLog }), follower(3, 2, 2, { history: committedLog, committed: 3 })], story),
    ],
    [
      "a crashed server whose last view is nonsense is not judged",
      cluster([crashed(server(1, { history: [b2, a1], committed: 9, currentEpoch: 5, acceptedEpoch: 1 })), leader(2, 2, { history: committedLog })], story),
    ],
    [
      "a follower still holding the uncommitted a4 that the new leader truncated",
      cluster([follower(1, 2, 1, { phase: "synchronization", history: [a1, a2, a3, a4], committed: 3 }), leader(2, 2, { history: committedLog, committed: 4 }), follower(3, 2, 2, { history: committedLog })], story),
    ],
    [
      "a restarted server with committed 0 and lower epochs",
      cluster([server(1, { role: "looking", phase: "election", leader: null, currentEpoch: 1, acceptedEpoch: 1, history: [a1, a2, a3, a4], committed: 0 }), leader(2, 2, { history: committedLog }), follower(3, 2, 2, { history: committedLog })], story),
    ],
    [
      "a new leader in synchronization that holds every acknowledged txn of older epochs",
      cluster([crashed(leader(2, 2, { history: committedLog })), leader(3, 3, { phase: "synchronization", history: committedLog, committed: 3 }), follower(1, 3, 2, { phase: "synchronization", history: [a1, a2, a3, b1], committed: 3 })], story),
    ],
    [
      "a stale leader of an older epoch, partitioned away",
      cluster([leader(1, 1, { history: [a1, a2, a3, a4], committed: 3 }), leader(2, 2, { history: committedLog }), follower(3, 2, 2, { history: committedLog })], story),
    ],
  ]
  for (const [name, view] of cases) {
    it(name, () => {
      expect(broken(view)).toEqual([])
      expect(checkState(view)).toBeNull()
    })
  }

  it("a step in which a follower catches up, and one across a crash and a restart, pass the step invariant", () => {
    const after = cluster([follower(1, 2, 2, { history: committedLog }), leader(2, 2, { history: committedLog }), follower(3, 2, 2, { history: [a1, a2, a3, b1, b2], committed: 4 })], story)
    expect(checkStep(steady, after)).toBeNull()
    const down = cluster([crashed(steady.servers[0]!), steady.servers[1]!, steady.servers[2]!], story)
    expect(checkStep(steady, down)).toBeNull()
    expect(checkStep(down, down)).toBeNull()
    // Back up with committed reset to 0, a log that lost its unsynced tail, and the epoch it had joined.
    const back = cluster([server(1, { role: "looking", phase: "election", leader: null, currentEpoch: 2, acceptedEpoch: 2, history: [a1, a2], committed: 0 }), steady.servers[1]!, steady.servers[2]!], story)
    expect(checkStep(down, back)).toBeNull()
    // Back up from a snapshot: it delivered a prefix of what it had delivered before the crash.
    const fromSnapshot = cluster([server(1, { role: "looking", phase: "election", leader: null, currentEpoch: 2, acceptedEpoch: 2, history: [a1, a2, a3], committed: 2 }), steady.servers[1]!, steady.servers[2]!], story)
    expect(checkStep(down, fromSnapshot)).toBeNull()
  })

  it("a restart may lose epoch writes that were not yet durable (a follower or leader still in discovery or synchronization)", () => {
    // Server 1 had accepted epoch 3 in memory as a follower syncing with 3; the write was lost in the crash.
    const syncing = follower(1, 3, 2, { phase: "synchronization", acceptedEpoch: 3, history: committedLog, committed: 4 })
    const restarted = server(1, { role: "looking", phase: "election", leader: null, currentEpoch: 2, acceptedEpoch: 2, history: committedLog, committed: 0 })
    expect(checkStep(cluster([syncing], story), cluster([crashed(syncing)], story))).toBeNull()
    expect(checkStep(cluster([crashed(syncing)], story), cluster([restarted], story))).toBeNull()
    // A leader that had proposed epoch 3 but not yet moved past discovery.
    const proposing = leader(1, 2, { phase: "discovery", acceptedEpoch: 3, history: committedLog })
    expect(checkStep(cluster([crashed(proposing)], story), cluster([restarted], story))).toBeNull()
  })

  it("two views spanning a restart (incarnation changed) are compared as a restart: Zab.tla's Restart keeps the epochs and resets committed", () => {
    const before = cluster([follower(1, 2, 2, { history: committedLog, incarnation: 1 })], story)
    const after = cluster([server(1, { role: "looking", phase: "election", leader: null, currentEpoch: 2, acceptedEpoch: 2, history: committedLog, committed: 0, incarnation: 2 })], story)
    expect(checkStep(before, after)).toBeNull()
    // The same pair without the incarnations is one life, in which committed may not go back.
    expect(ZxidMonotonicStep.check(before, cluster([{ ...after.servers[0]!, incarnation: 1 }], story))).not.toBeNull()
  })
})

// ---------------------------------------------------------------------------------------------------------
// Bad views, one or more per invariant.

describe("each invariant trips on a view that breaks it", () => {
  it("ZxidMonotonic: zxids out of order in a history", () => {
    const view = cluster([leader(1, 1, { history: [a1, a3, a2], committed: 1 })], story)
    expectTrips(ZxidMonotonic, view, [1], "0x100000003", "0x100000002", "history[1]")
  })

  it("ZxidMonotonic: a repeated zxid", () => {
    expectTrips(ZxidMonotonic, cluster([follower(3, 1, 1, { history: [a1, a1] })], story), [3], "0x100000001")
  })

  it("ZxidMonotonic: acceptedEpoch below currentEpoch", () => {
    expectTrips(ZxidMonotonic, cluster([follower(2, 1, 3, { acceptedEpoch: 2 })]), [2], "acceptedEpoch 2", "currentEpoch 3")
  })

  it("ZxidMonotonic: committed beyond the history", () => {
    expectTrips(ZxidMonotonic, cluster([follower(2, 1, 1, { history: [a1], committed: 2 })]), [2], "committed 2")
  })

  it("ZxidMonotonic: a zxid counter past its configured width (counterBits)", () => {
    const view = { ...cluster([leader(1, 1, { history: [tx(1, 1), tx(1, 2), tx(1, 3), tx(1, 4)] })]), counterBits: 2 }
    expectTrips(ZxidMonotonic, view, [1], "history[3] = 0x100000004", "2-bit width")
    // The width's last value itself fits (ZooKeeper stops one earlier, a legal choice either way), and
    // without a width the counter is ZooKeeper's 32 bits.
    expect(ZxidMonotonic.check({ ...view, servers: [leader(1, 1, { history: [tx(1, 1), tx(1, 2), tx(1, 3)] })] })).toBeNull()
    expect(ZxidMonotonic.check(cluster([leader(1, 1, { history: [tx(1, 4)] })]))).toBeNull()
  })

  it("ZxidMonotonic (step): an epoch decreases while the server stays up", () => {
    const before = cluster([follower(2, 1, 2, { acceptedEpoch: 3 })])
    const after = cluster([follower(2, 1, 2, { acceptedEpoch: 2 })])
    expectStepTrips(ZxidMonotonicStep, before, after, [2], "acceptedEpoch from 3 to 2")
    expectStepTrips(ZxidMonotonicStep, cluster([follower(2, 1, 2)]), cluster([follower(2, 1, 1, { acceptedEpoch: 2 })]), [2], "currentEpoch from 2 to 1")
  })

  it("ZxidMonotonic (step): committed decreases while the server stays up", () => {
    const before = cluster([follower(2, 1, 1, { history: [a1, a2], committed: 2 })])
    const after = cluster([follower(2, 1, 1, { history: [a1, a2], committed: 1 })])
    expectStepTrips(ZxidMonotonicStep, before, after, [2], "from 2 to 1")
  })

  it("ZxidMonotonic (step): a delivered txn is replaced", () => {
    const before = cluster([follower(2, 1, 1, { history: [a1, a2], committed: 2 })])
    const after = cluster([follower(2, 1, 1, { history: [a1, tx(1, 2, "other")], committed: 2 })])
    expectStepTrips(ZxidMonotonicStep, before, after, [2], "history[1]", "0x100000002 [e1.2]", "0x100000002 [other]")
  })

  it("ZxidMonotonic (step): an epoch changes while the server is crashed", () => {
    const down = crashed(follower(2, 1, 2, { acceptedEpoch: 3 }))
    expectStepTrips(ZxidMonotonicStep, cluster([down]), cluster([{ ...down, acceptedEpoch: 1, currentEpoch: 1 }]), [2], "acceptedEpoch from 3 to 1 while crashed")
  })

  it("ZxidMonotonic (step): across a restart, a delivered txn differs from the one delivered before the crash", () => {
    const before = cluster([crashed(follower(2, 1, 1, { history: [a1, a2, a3], committed: 3 }))])
    const after = cluster([server(2, { role: "looking", phase: "election", leader: null, history: [a1, tx(1, 2, "other")], committed: 2 })])
    expectStepTrips(ZxidMonotonicStep, before, after, [2], "history[1]", "0x100000002 [e1.2]", "0x100000002 [other]", "restarted")
    // The same with incarnations and both views up (a projection that restarts within one step).
    const up = (s: ServerView, incarnation: number): ServerView => ({ ...s, up: true, incarnation })
    expectStepTrips(ZxidMonotonicStep, cluster([up(before.servers[0]!, 1)]), cluster([up(after.servers[0]!, 2)]), [2], "history[1]")
  })

  it("ZxidMonotonic (step): a server that had joined an epoch comes back from a restart without it", () => {
    const joined = crashed(follower(2, 1, 3, { history: [a1] }))
    const back = server(2, { role: "looking", phase: "election", leader: null, currentEpoch: 2, acceptedEpoch: 3, history: [a1], committed: 0 })
    expectStepTrips(ZxidMonotonicStep, cluster([joined]), cluster([back]), [2], "following in broadcast with currentEpoch 3", "currentEpoch 2", "not durable")
    // A leader past discovery had acked its own new epoch: its acceptedEpoch is durable.
    const syncing = crashed(leader(1, 4, { phase: "synchronization", currentEpoch: 4, history: [a1] }))
    const lower = server(1, { role: "looking", phase: "election", leader: null, currentEpoch: 3, acceptedEpoch: 3, history: [a1], committed: 0 })
    expectStepTrips(ZxidMonotonicStep, cluster([syncing]), cluster([lower]), [1], "leading epoch 4 in synchronization", "acceptedEpoch 3")
  })

  it("SingleLeaderPerEpoch: two leaders established in epoch 2", () => {
    const established: ReadonlyArray<Establishment> = [
      { epoch: 1, leader: 1 },
      { epoch: 2, leader: 3 },
      { epoch: 2, leader: 2 },
    ]
    expectTrips(SingleLeaderPerEpoch, cluster([], { established }), [2, 3], "epoch 2")
  })

  it("SingleLeaderPerEpoch: a ghost log that grows between checks is re-examined", () => {
    const established: Array<Establishment> = [{ epoch: 1, leader: 1 }, { epoch: 2, leader: 2 }]
    const view = cluster([], { established })
    expect(SingleLeaderPerEpoch.check(view)).toBeNull()
    established.push({ epoch: 2, leader: 2 }) // the same leader again is fine
    expect(SingleLeaderPerEpoch.check(view)).toBeNull()
    established.push({ epoch: 1, leader: 3 })
    expectTrips(SingleLeaderPerEpoch, view, [1, 3], "epoch 1")
  })

  it("Leadership1: two up leaders in synchronization and broadcast with the same currentEpoch", () => {
    const view = cluster([leader(1, 2), follower(2, 1, 2), leader(3, 2, { phase: "synchronization" })])
    expectTrips(Leadership1, view, [1, 3], "currentEpoch 2", "synchronization")
    // Not when one of them is crashed or still in discovery.
    expect(Leadership1.check(cluster([leader(1, 2), crashed(leader(3, 2))]))).toBeNull()
    expect(Leadership1.check(cluster([leader(1, 2), leader(3, 2, { phase: "discovery" })]))).toBeNull()
  })

  it("PrefixAgreement: two followers delivered different txns at the same position", () => {
    const other = tx(2, 1, "forked")
    const view = cluster([leader(2, 2, { history: committedLog }), follower(3, 2, 2, { history: [a1, a2, a3, other] })], { ...story, broadcasts: [...story.broadcasts, { epoch: 2, leader: 2, txn: other }] })
    expectTrips(PrefixAgreement, view, [2, 3], "history[3]", "0x200000001 [forked]", "0x200000001 [e2.1]")
  })

  it("Integrity: a delivered txn no leader broadcast, and one broadcast with another value", () => {
    expectTrips(Integrity, cluster([follower(3, 2, 2, { history: [a1, a2, a3, tx(2, 5)] })], story), [3], "0x200000005", "no leader ever broadcast")
    expectTrips(Integrity, cluster([follower(3, 2, 2, { history: [a1, tx(1, 2, "forged")] })], story), [3], "0x100000002 [forged]", /leader 1 broadcast \[e1.2\]/)
  })

  it("Agreement: two servers each delivered a txn the other did not", () => {
    const x = tx(1, 4, "x")
    const view = cluster([follower(1, 2, 2, { history: [a1, a2, a3] }), follower(3, 2, 2, { history: [a1, a2, x] })], { ...story, broadcasts: [...story.broadcasts, { epoch: 1, leader: 1, txn: x }] })
    expectTrips(Agreement, view, [1, 3], "0x100000003 [e1.3]", "0x100000004 [x]")
    // Delivering a subset in another order is no Agreement violation (it is a TotalOrder one).
    expect(Agreement.check(cluster([follower(1, 2, 2, { history: [a1, a2, a3] }), follower(3, 2, 2, { history: [a2, a1] })], story))).toBeNull()
  })

  it("TotalOrder: a server delivered two txns the other way round", () => {
    const view = cluster([follower(1, 2, 2, { history: [a1, a2, a3] }), follower(3, 2, 2, { history: [a2, a1] })], story)
    const found = expectTrips(TotalOrder, view, [1, 3], "0x100000001", "0x100000002")
    expect(found.message).toMatch(/server 3 delivered 0x100000002 \[e1.2\] before 0x100000001 \[e1.1\]/)
  })

  it("TotalOrder: a server delivered b without a (a before b elsewhere)", () => {
    const view = cluster([follower(1, 2, 2, { history: [a1, a2, a3] }), follower(3, 2, 2, { history: [a1, a3] })], story)
    const found = expectTrips(TotalOrder, view, [1, 3])
    expect(found.message).toMatch(/server 3 delivered 0x100000003 \[e1.3\] without 0x100000002 \[e1.2\]/)
  })

  it("LocalPrimaryOrder: a server delivered a leader's third txn without its second", () => {
    // Alone in the cluster, so no other server's sequence contradicts it: only the broadcast order does.
    const view = cluster([follower(3, 1, 1, { history: [a1, a3] })], story)
    expectTrips(LocalPrimaryOrder, view, [1, 3], "0x100000003", "0x100000002", "leader 1", "epoch 1")
    expect(broken(view)).toEqual(["LocalPrimaryOrder"])
  })

  it("LocalPrimaryOrder: the vacuous Zab.tla form would pass this view; the corrected one does not", () => {
    // Leader 2 broadcast b1 then b2; server 1 delivered b2 alone after epoch 1.
    const view = cluster([follower(1, 2, 2, { history: [a1, a2, a3, b2] })], story)
    expectTrips(LocalPrimaryOrder, view, [1, 2], "0x200000002", "0x200000001")
  })

  it("LocalPrimaryOrder: a txn several primaries broadcast counts in each one's order (Zab.tla re-logs a new leader's initial history)", () => {
    // As the model's projection has it: leader 2 of epoch 2 logs a1..a3 (its initial history) as its own
    // broadcasts, then b1. A server that delivered a1, a2, a3, b1 keeps both primaries' orders.
    const relogged: Ghost = { ...story, broadcasts: [...broadcasts([a1, a2, a3, a4], () => 1), ...broadcasts([a1, a2, a3, b1], () => 2)] }
    expect(LocalPrimaryOrder.check(cluster([follower(3, 2, 2, { history: [a1, a2, a3, b1] })], relogged))).toBeNull()
    // Skipping a2 still breaks epoch 1's order and epoch 2's.
    expectTrips(LocalPrimaryOrder, cluster([follower(3, 2, 2, { history: [a1, a3, b1] })], relogged), [1, 3], "0x100000003", "0x100000002")
  })

  it("GlobalPrimaryOrder: an epoch-2 txn delivered before an epoch-1 txn", () => {
    const view = cluster([follower(3, 2, 2, { history: [a1, b1, a2] })], story)
    expectTrips(GlobalPrimaryOrder, view, [3], "0x200000001", "epoch 2", "0x100000002", "epoch 1")
  })

  it("PrimaryIntegrity: a follower delivered an older-epoch txn its broadcasting leader has not", () => {
    // Prefix-consistent (the leader's delivered prefix is shorter), yet the leader lacks a3 of epoch 1.
    const view = cluster([leader(2, 2, { history: committedLog, committed: 2 }), follower(3, 2, 2, { history: committedLog, committed: 3 })], story)
    expectTrips(PrimaryIntegrity, view, [2, 3], "follower 3", "leader 2", "0x100000003")
    expect(broken(view)).toEqual(["PrimaryIntegrity"])
    // Not when the follower follows someone else, or is not in broadcast yet.
    expect(PrimaryIntegrity.check(cluster([leader(2, 2, { history: committedLog, committed: 2 }), follower(3, 2, 2, { phase: "synchronization", history: committedLog, committed: 3 })], story))).toBeNull()
  })

  it("AcknowledgedDurable: a later leader in synchronization lacks an acknowledged txn", () => {
    // Server 3 leads epoch 3 with a history that lost a3, which a client was told had succeeded.
    const view = cluster([leader(3, 3, { phase: "synchronization", history: [a1, a2], committed: 2 })], story)
    expectTrips(AcknowledgedDurable, view, [3], "0x100000003 [e1.3]", "leader 3", "epoch 3", "does not hold it")
    expect(broken(view)).toEqual(["AcknowledgedDurable"])
  })

  it("AcknowledgedDurable: a later leader holds another txn at the acknowledged zxid", () => {
    const other = tx(1, 3, "rewritten")
    const view = cluster([leader(3, 3, { phase: "broadcast", history: [a1, a2, other, b1], committed: 2 })], story)
    expectTrips(AcknowledgedDurable, view, [3], "0x100000003 [rewritten]", "instead")
  })

  it("AcknowledgedDurable binds leaders of epochs after the one the txn was committed in, not after its zxid's epoch", () => {
    // a3 (zxid epoch 1) was proposed by an isolated epoch-1 leader and committed only in epoch 3. A stale
    // attempt at epoch 2, which can never be established, need not hold it; a leader of epoch 4 must.
    const late = { ...a3, committedInEpoch: 3 }
    const stale = cluster([leader(2, 2, { phase: "synchronization", history: [a1, a2], committed: 2 })], { ...story, acknowledged: [late] })
    expect(AcknowledgedDurable.check(stale)).toBeNull()
    const later = cluster([leader(2, 4, { phase: "synchronization", history: [a1, a2], committed: 2 })], { ...story, acknowledged: [late] })
    expectTrips(AcknowledgedDurable, later, [2], "0x100000003 [e1.3]", "epoch 4", "does not hold it")
  })

  it("AcknowledgedDurable: a server delivered another txn at an acknowledged zxid", () => {
    const other = tx(1, 3, "rewritten")
    const view = cluster([follower(1, 2, 1, { phase: "synchronization", history: [a1, a2, other] })], story)
    expectTrips(AcknowledgedDurable, view, [1], "0x100000003 [e1.3]", "0x100000003 [rewritten]", "server 1")
  })
})

describe("CommittedDurable", () => {
  // Nobody was told a3 succeeded, but server 2 delivered it in epoch 1: it is committed all the same.
  const deliveredA3 = { ...story, acknowledged: [], delivered: [{ ...a1, server: 2, deliveredInEpoch: 1 }, { ...a3, server: 2, deliveredInEpoch: 1 }] }

  it("trips when a leader of a later epoch lacks a txn some server delivered, though no client was told", () => {
    const view = cluster([leader(3, 2, { phase: "synchronization", history: [a1, a2], committed: 2 })], deliveredA3)
    expectTrips(CommittedDurable, view, [2, 3], "0x100000003 [e1.3]", "server 2 delivered", "in epoch 1", "leader 3 of epoch 2", "does not hold it")
    expect(broken(view)).toEqual(["CommittedDurable"])
  })

  it("trips when a later leader holds another txn at that zxid", () => {
    const view = cluster([leader(3, 2, { history: [a1, a2, tx(1, 3, "rewritten")], committed: 2 })], deliveredA3)
    expectTrips(CommittedDurable, view, [2, 3], "0x100000003 [rewritten]", "instead")
  })

  it("trips when a zxid is ever delivered as two different txns, even with every server that delivered the first down", () => {
    const view = cluster([crashed(follower(1, 2, 1, { history: [a1] })), follower(2, 3, 2, { history: [tx(1, 1, "other")] })], {
      ...story,
      acknowledged: [],
      delivered: [
        { ...a1, server: 1, deliveredInEpoch: 1 },
        { ...tx(1, 1, "other"), server: 2, deliveredInEpoch: 2 },
      ],
    })
    expectTrips(CommittedDurable, view, [1, 2], "server 1 delivered 0x100000001 [e1.1] in epoch 1", "server 2 delivered 0x100000001 [other]", "in epoch 2")
  })

  it("binds only leaders of later epochs: the leader of the epoch it was delivered in, and stale ones, need not hold it yet", () => {
    const late = { ...story, acknowledged: [], delivered: [{ ...a3, server: 2, deliveredInEpoch: 3 }] }
    expect(CommittedDurable.check(cluster([leader(2, 3, { history: [a1, a2], committed: 2 })], late))).toBeNull()
    expect(CommittedDurable.check(cluster([leader(1, 2, { phase: "synchronization", history: [a1, a2], committed: 2 })], late))).toBeNull()
    // Nor a leader still in discovery (it has not adopted the epoch), nor a crashed one.
    const discovering = leader(3, 4, { phase: "discovery", history: [a1, a2], committed: 2 })
    expect(CommittedDurable.check(cluster([discovering, crashed(leader(1, 4, { history: [a1] }))], late))).toBeNull()
    expectTrips(CommittedDurable, cluster([leader(3, 4, { history: [a1, a2], committed: 2 })], late), [2, 3], "epoch 4")
  })

  it("has nothing to check when the projection records no deliveries", () => {
    expect(CommittedDurable.check(cluster([leader(3, 2, { history: [] })], { ...story, acknowledged: [] }))).toBeNull()
  })

  it("rechecks a view whose history changed, not only the deliveries recorded since", () => {
    const delivered = [{ ...a1, server: 2, deliveredInEpoch: 1 }]
    const ghost = { ...story, acknowledged: [], delivered }
    expect(CommittedDurable.check(cluster([leader(3, 2, { history: [a1] })], ghost))).toBeNull()
    expectTrips(CommittedDurable, cluster([leader(3, 2, { history: [] })], ghost), [2, 3], "does not hold it")
  })
})

describe("AckAfterNewLeader", () => {
  it("trips on a proposal ACK a follower sent before its NEWLEADER ack, and holds without one", () => {
    const view = cluster([leader(2, 2, { history: committedLog }), follower(3, 2, 2, { phase: "synchronization", history: committedLog, committed: 3 })], {
      ...story,
      earlyAcks: [{ follower: 3, leader: 2, zxid: b1.zxid }],
    })
    expectTrips(AckAfterNewLeader, view, [2, 3], "follower 3 acked 0x200000001 to leader 2 before it had acked NEWLEADER")
    expect(broken(view)).toEqual(["AckAfterNewLeader"])
    expect(AckAfterNewLeader.check(cluster(view.servers, { ...story, earlyAcks: [] }))).toBeNull()
    expect(AckAfterNewLeader.check(cluster(view.servers, story))).toBeNull()
  })
})

describe("Recoverable", () => {
  it("trips on a server that did not start again after a crash, and holds when every restart started", () => {
    const view = cluster([leader(2, 2, { history: committedLog }), follower(3, 2, 2, { history: committedLog, committed: 3 })], {
      ...story,
      startFailures: [{ server: 1, reason: "its log ends in a torn record" }],
    })
    expectTrips(Recoverable, view, [1], "server 1 did not start again after a crash: its log ends in a torn record")
    expect(broken(view)).toEqual(["Recoverable"])
    expect(Recoverable.check(cluster(view.servers, { ...story, startFailures: [] }))).toBeNull()
    expect(Recoverable.check(cluster(view.servers, story))).toBeNull()
  })
})

describe("the lists", () => {
  it("name every invariant the harness knows, with a statement each", () => {
    expect(stateInvariants.map((inv) => inv.name)).toEqual([
      "ZxidMonotonic",
      "SingleLeaderPerEpoch",
      "Leadership1",
      "PrefixAgreement",
      "Integrity",
      "Agreement",
      "TotalOrder",
      "LocalPrimaryOrder",
      "GlobalPrimaryOrder",
      "PrimaryIntegrity",
      "AcknowledgedDurable",
      "CommittedDurable",
      "AckAfterNewLeader",
      "Recoverable",
    ])
    expect(stepInvariants.map((inv) => inv.name)).toEqual(["ZxidMonotonic"])
    for (const inv of [...stateInvariants, ...stepInvariants]) expect(inv.statement.length).toBeGreaterThan(20)
  })
})

// ---------------------------------------------------------------------------------------------------------
// Random good views.

/**
 * A random cluster a correct run could produce: epochs 1..k, each led by one server that broadcast some txns
 * of which a prefix was committed (the rest are orphans, truncated by the next leader); every server holds a
 * prefix of the committed log, perhaps followed by orphans of its last epoch; the last epoch's leader holds
 * everything of older epochs; crashed servers hold whatever they held.
 */
const plan = fc.record({
  n: fc.integer({ min: 3, max: 7 }),
  epochs: fc.array(fc.record({ leader: fc.nat(6), committed: fc.nat(6), orphans: fc.nat(2) }), { minLength: 1, maxLength: 4 }),
  servers: fc.array(
    fc.record({
      up: fc.boolean(),
      kind: fc.constantFrom("following", "restarted", "stale-leader"),
      phase: fc.constantFrom("synchronization", "broadcast"),
      held: fc.nat(1000),
      delivered: fc.nat(1000),
      orphans: fc.boolean(),
      epochLag: fc.nat(2),
    }),
    { minLength: 7, maxLength: 7 },
  ),
  leaderPhase: fc.constantFrom("discovery", "synchronization", "broadcast"),
  leaderUp: fc.boolean(),
  acked: fc.array(fc.boolean(), { maxLength: 30 }),
})

type Plan = typeof plan extends fc.Arbitrary<infer P> ? P : never

function buildView(p: Plan): ClusterView {
  const k = p.epochs.length
  const leaderOf = (epoch: number): number => (p.epochs[epoch - 1]!.leader % p.n) + 1
  const log: Array<TxnView> = []
  const epochEnd: Array<number> = [0] // epochEnd[e]: length of the committed log through epoch e
  const orphansOf: Array<Array<TxnView>> = [[]]
  const ghostBroadcasts: Array<Broadcast> = []
  for (let e = 1; e <= k; e++) {
    const spec = p.epochs[e - 1]!
    for (let c = 1; c <= spec.committed; c++) log.push(tx(e, c))
    const orphans: Array<TxnView> = []
    for (let c = spec.committed + 1; c <= spec.committed + spec.orphans; c++) orphans.push(tx(e, c, `orphan ${e}.${c}`))
    ghostBroadcasts.push(...broadcasts([...log.slice(epochEnd[e - 1]), ...orphans], () => leaderOf(e)))
    epochEnd.push(log.length)
    orphansOf.push(orphans)
  }
  const withOrphans = (held: number, take: boolean): Array<TxnView> => {
    const history = log.slice(0, held)
    if (take && held > 0) {
      const last = history[held - 1]!
      const epoch = Math.floor(last.zxid / 2 ** 32)
      if (held === epochEnd[epoch]) history.push(...orphansOf[epoch]!)
    }
    return history
  }
  const current = leaderOf(k)
  const servers: Array<ServerView> = []
  for (let id = 1; id <= p.n; id++) {
    const s = p.servers[id - 1]!
    if (id === current) {
      // The leader of epoch k holds all of epochs < k, and in broadcast has delivered all of it.
      const held = epochEnd[k - 1]! + (s.held % (log.length - epochEnd[k - 1]! + 1))
      const floor = p.leaderPhase === "broadcast" ? epochEnd[k - 1]! : 0
      const committed = floor + (s.delivered % (held - floor + 1))
      const phase = p.leaderPhase
      servers.push(leader(id, k, { up: p.leaderUp, phase, history: log.slice(0, held), committed, ...(phase === "discovery" ? { currentEpoch: k - 1 } : {}) }))
      continue
    }
    const held = s.held % (log.length + 1)
    const history = withOrphans(held, s.orphans)
    const committed = s.delivered % (held + 1)
    const epoch = Math.max(0, k - s.epochLag)
    switch (s.kind) {
      case "following":
        servers.push(follower(id, current, epoch, { up: s.up, phase: s.phase, history, committed }))
        break
      case "restarted":
        servers.push(server(id, { up: s.up, role: "looking", phase: "election", leader: null, currentEpoch: epoch, acceptedEpoch: k, history, committed: 0 }))
        break
      case "stale-leader": {
        // Only the leader of an older epoch, cut off since, may still think it leads.
        const e = k - 1
        if (e < 1 || leaderOf(e) !== id) {
          servers.push(follower(id, current, epoch, { up: s.up, phase: s.phase, history, committed }))
          break
        }
        const staleHeld = epochEnd[e - 1]! + (s.held % (epochEnd[e]! - epochEnd[e - 1]! + 1))
        servers.push(leader(id, e, { up: s.up, history: withOrphans(staleHeld, s.orphans), committed: epochEnd[e - 1]! + (s.delivered % (staleHeld - epochEnd[e - 1]! + 1)) }))
        break
      }
    }
  }
  const established = Array.from({ length: k }, (_, i) => ({ epoch: i + 1, leader: leaderOf(i + 1) }))
  const acknowledged = log.filter((_, i) => p.acked[i] === true)
  return cluster(servers, { established, broadcasts: ghostBroadcasts, acknowledged })
}

describe("random prefix-consistent clusters", () => {
  test.prop([plan], { seed: 20240611, numRuns: 500 })("pass every state invariant (seed 20240611)", (p) => {
    const view = buildView(p)
    const found = checkState(view)
    expect(found, found?.message).toBeNull()
  })

  test.prop([plan, fc.nat(1000)], { seed: 7, numRuns: 300 })("pass the step invariant as followers deliver more (seed 7)", (p, more) => {
    const before = buildView(p)
    const after = cluster(
      before.servers.map((s) => {
        if (!s.up) return s
        // Deliver more of what it holds, short of orphans (never committed) and never past committed ones.
        const committable = s.history.filter((t) => !t.value.startsWith("orphan")).length
        const room = Math.max(0, committable - s.committed)
        return { ...s, history: s.history.slice(), committed: s.committed + (more % (room + 1)) }
      }),
      before.ghost,
    )
    expect(checkStep(before, after)).toBeNull()
    expect(checkState(after)).toBeNull()
  })
})

describe("random crashes and restarts", () => {
  // Each server crashes (its view frozen) and comes back with a snapshot of part of what it had delivered, a
  // log that may have lost its unsynced tail, and epochs that may have lost unsynced writes, down to the
  // floor of the epoch it had joined. Each step of that passes the step invariant.
  test.prop([plan, fc.array(fc.record({ crash: fc.boolean(), snapshot: fc.nat(1000), kept: fc.nat(1000), epochLoss: fc.nat(2) }), { minLength: 7, maxLength: 7 })], { seed: 5, numRuns: 300 })(
    "pass the step invariant (seed 5)",
    (p, fates) => {
      const before = buildView(p)
      const down = cluster(
        before.servers.map((s, i) => (fates[i]!.crash ? { ...s, up: false } : s)),
        before.ghost,
      )
      const back = cluster(
        down.servers.map((s, i): ServerView => {
          const fate = fates[i]!
          if (!fate.crash) return s
          const committed = fate.snapshot % (s.committed + 1)
          const held = committed + (fate.kept % (s.history.length - committed + 1))
          const joined = s.phase === "broadcast" ? s.currentEpoch : 0
          const acked = s.role === "leading" && (s.phase === "synchronization" || s.phase === "broadcast") ? s.acceptedEpoch : 0
          const currentEpoch = Math.max(joined, s.currentEpoch - fate.epochLoss, 0)
          const acceptedEpoch = Math.max(acked, currentEpoch, s.acceptedEpoch - fate.epochLoss)
          return { id: s.id, up: true, role: "looking", phase: "election", leader: null, acceptedEpoch, currentEpoch, history: s.history.slice(0, held), committed, incarnation: s.incarnation }
        }),
        before.ghost,
      )
      expect(checkStep(before, down)).toBeNull()
      const found = checkStep(down, back)
      expect(found, found?.message).toBeNull()
    },
  )
})

describe("random clusters with one delivered txn corrupted", () => {
  test.prop([plan, fc.nat(100), fc.nat(100), fc.constantFrom("value", "drop", "swap")], { seed: 31, numRuns: 500 })(
    "are caught, and the battery reports the first invariant that trips on its own (seed 31)",
    (p, which, position, how) => {
      const good = buildView(p)
      const candidates = good.servers.filter((s) => s.up && s.committed >= 2)
      if (candidates.length === 0) return
      const victim = candidates[which % candidates.length]!
      const k = position % (victim.committed - 1)
      const history = victim.history.slice()
      switch (how) {
        case "value":
          history[k] = { zxid: history[k]!.zxid, value: "corrupted" }
          break
        case "drop":
          history.splice(k, 1)
          break
        case "swap":
          history[k] = victim.history[k + 1]!
          history[k + 1] = victim.history[k]!
          break
      }
      const bad = cluster(
        good.servers.map((s) => (s === victim ? { ...s, history } : s)),
        good.ghost,
      )
      const found = checkState(bad)
      // A dropped txn is only visible when someone else delivered it or it was the leader's older-epoch
      // txn; a corrupted value or a swap is always visible (Integrity, LocalPrimaryOrder, ZxidMonotonic).
      if (how !== "drop") expect(found, `corrupted ${how} at server ${victim.id} history[${k}]`).not.toBeNull()
      const first = stateInvariants.map((inv) => inv.check(bad)).find((v) => v !== null) ?? null
      expect(found).toEqual(first)
    },
  )
})

describe("records a view marks unobserved", () => {
  // The view of the CommittedDurable story above: a later leader lacks a txn server 2 delivered.
  const deliveredA3 = { ...story, acknowledged: [], delivered: [{ ...a1, server: 2, deliveredInEpoch: 1 }, { ...a3, server: 2, deliveredInEpoch: 1 }] }
  const view = cluster([leader(3, 2, { phase: "synchronization", history: [a1, a2], committed: 2 })], deliveredA3)

  it("every invariant declares the records it reads, and a view that observes everything leaves none unjudged", () => {
    expect(Object.fromEntries(stateInvariants.filter((inv) => inv.reads.length > 0).map((inv) => [inv.name, inv.reads]))).toEqual({
      SingleLeaderPerEpoch: ["established"],
      Integrity: ["broadcasts"],
      LocalPrimaryOrder: ["broadcasts"],
      AcknowledgedDurable: ["acknowledged"],
      CommittedDurable: ["delivered"],
      AckAfterNewLeader: ["earlyAcks"],
      Recoverable: ["startFailures"],
    })
    expect(notJudged(view)).toEqual([])
    expect(checkState(view)?.invariant).toBe("CommittedDurable")
  })

  it("an invariant whose record is unobserved is not judged, and is named, rather than passing on an empty record", () => {
    const blind: ClusterView = { ...view, unobserved: ["delivered"] }
    expect(checkState(blind)).toBeNull()
    expect(notJudged(blind)).toEqual(["CommittedDurable"])
    const model: ClusterView = { ...view, unobserved: ["acknowledged", "delivered", "earlyAcks", "startFailures"] }
    expect(notJudged(model)).toEqual(["AcknowledgedDurable", "CommittedDurable", "AckAfterNewLeader", "Recoverable"])
  })
})
