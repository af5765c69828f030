/**
 * Goal: each rule of the ZAB peer holds at the level of one `step`. Method: drive a single peer with
 * hand-written inputs (messages from imaginary peers, ticks, fsync completions) and assert the effects it
 * emits — what it sends, writes and delivers, and in which order relative to durability.
 */
import { describe, expect, it } from "vitest"
import { initialState, step, summarize, type PeerState } from "../impl/core/peer.js"
import { type Input, type Message, type PeerConfig, type PeerEffect, type Txn, defaultQueueLimits } from "../impl/core/types.js"
import { makeZxid } from "../impl/core/zxid.js"

function config(myId: number, overrides: Partial<PeerConfig> = {}): PeerConfig {
  return {
    myId,
    servers: [1, 2, 3],
    initLimitTicks: 10,
    syncLimitTicks: 5,
    counterBits: 32,
    snapCountTxns: 1_000,
    ...defaultQueueLimits,
    bugs: new Set(),
    ...overrides,
  }
}

function txn(epoch: number, counter: number, origin = 1, request = 0): Txn {
  return { zxid: makeZxid(epoch, counter), op: { _tag: "Create", path: `/t${epoch}-${counter}`, data: "" }, origin, request }
}

/** A peer under test, with the effects of its latest step. */
class Peer {
  state: PeerState
  effects: ReadonlyArray<PeerEffect> = []
  constructor(readonly config: PeerConfig) {
    this.state = initialState(config)
  }
  input(input: Input): ReadonlyArray<PeerEffect> {
    const result = step(this.config, this.state, input)
    this.state = result.state
    this.effects = result.effects
    return result.effects
  }
  start(recovered: Partial<Extract<Input, { _tag: "Start" }>["recovered"]> = {}): this {
    this.input({ _tag: "Start", nowMs: 0, recovered: { acceptedEpoch: 0, currentEpoch: 0, snapshotZxid: 0, log: [], ...recovered } })
    return this
  }
  receive(from: number, message: Message): ReadonlyArray<PeerEffect> {
    return this.input({ _tag: "Received", from, message })
  }
  tick(): ReadonlyArray<PeerEffect> {
    return this.input({ _tag: "Tick" })
  }
  fsyncAll(): ReadonlyArray<PeerEffect> {
    return this.input({ _tag: "FsyncDone", through: this.state.writes })
  }
  get summary() {
    return summarize(this.state)
  }
}

function sent(effects: ReadonlyArray<PeerEffect>, tag?: Message["_tag"]): Array<{ to: number; message: Message }> {
  return effects.flatMap((e) => (e._tag === "Send" && (tag === undefined || e.message._tag === tag) ? [{ to: e.to, message: e.message }] : []))
}

function tags(effects: ReadonlyArray<PeerEffect>): Array<string> {
  return effects.map((e) => (e._tag === "Send" ? `Send ${e.message._tag}->${e.to}` : e._tag === "Observe" ? `Observe ${e.branch}` : e._tag))
}

function vote(leader: number, zxid: number, peerEpoch: number, round: number, state: "looking" | "following" | "leading" = "looking"): Message {
  return { _tag: "Notification", leader, zxid, peerEpoch, round, state }
}

describe("fast leader election", () => {
  it("starts looking, votes for itself and tells every other server", () => {
    const p = new Peer(config(2)).start({ log: [txn(1, 1)], currentEpoch: 1, acceptedEpoch: 1 })
    expect(p.summary.role).toBe("looking")
    const notes = sent(p.effects, "Notification")
    expect(notes.map((n) => n.to)).toEqual([1, 3])
    expect(notes[0]!.message).toEqual(vote(2, makeZxid(1, 1), 1, 1))
  })

  it("adopts a better vote (epoch, then zxid, then id) and rebroadcasts it", () => {
    const p = new Peer(config(3)).start({ log: [txn(1, 1)], currentEpoch: 1, acceptedEpoch: 1 })
    // Lower epoch loses even with a higher zxid: no change.
    expect(sent(p.receive(1, vote(1, makeZxid(0, 9), 0, 1)))).toEqual([])
    // Same epoch and zxid, lower id: no change.
    expect(sent(p.receive(1, vote(1, makeZxid(1, 1), 1, 1)))).toEqual([])
    // Higher zxid wins.
    const adopted = sent(p.receive(2, vote(2, makeZxid(1, 2), 1, 1)), "Notification")
    expect(adopted.map((n) => n.to)).toEqual([1, 2])
    expect(adopted[0]!.message).toMatchObject({ leader: 2, zxid: makeZxid(1, 2) })
  })

  it("decides after a quorum agrees and one more tick passes (the finalize wait)", () => {
    const p = new Peer(config(1)).start()
    p.receive(3, vote(3, 0, 0, 1)) // better by id: adopt 3
    expect(p.summary.role).toBe("looking")
    p.receive(2, vote(3, 0, 0, 1)) // now 1, 2, 3 all vote for 3
    expect(p.summary.role).toBe("looking")
    const effects = p.tick()
    expect(p.summary.role).toBe("following")
    expect(p.summary.leader).toBe(3)
    expect(sent(effects, "FollowerInfo")).toEqual([{ to: 3, message: { _tag: "FollowerInfo", acceptedEpoch: 0, lastZxid: 0 } }])
  })

  it("a newer round resets the tally; an older round gets our vote back", () => {
    const p = new Peer(config(1)).start()
    p.receive(2, vote(2, 0, 0, 5))
    expect(p.state.round).toBe(5)
    const reply = sent(p.receive(3, vote(3, 0, 0, 2)), "Notification")
    expect(reply).toEqual([{ to: 3, message: vote(2, 0, 0, 5) }])
  })

  it("a late joiner follows an established leader once a quorum, the leader included, says so", () => {
    const p = new Peer(config(3)).start({ log: [txn(1, 9)], currentEpoch: 1, acceptedEpoch: 1 })
    p.receive(1, vote(2, makeZxid(1, 2), 1, 4, "following"))
    expect(p.summary.role).toBe("looking")
    p.receive(2, vote(2, makeZxid(1, 2), 1, 4, "leading"))
    expect(p.summary.role).toBe("following")
    expect(p.summary.leader).toBe(2)
    expect(p.state.round).toBe(4)
  })

  it("a better LEADING or FOLLOWING vote ends the finalize wait; one no better leaves it on", () => {
    const p = new Peer(config(1)).start()
    p.receive(2, vote(2, 0, 0, 1)) // adopt 2: 1 and 2 agree, the finalize wait begins
    // A FOLLOWING vote no better than ours (server 3 follows 2 in an older election): the wait goes on.
    expect(tags(p.receive(3, vote(2, 0, 0, 0, "following")))).not.toContain("Observe election-finalize-interrupted")
    // A LEADING vote with a newer epoch is better: the wait ends, and the tick does not decide.
    expect(tags(p.receive(3, vote(3, 0, 1, 1, "leading")))).toContain("Observe election-finalize-interrupted")
    p.tick()
    expect(p.summary.role).toBe("looking")
  })

  it("a leader of our round that says it leads is joined when our tally has a quorum for its vote", () => {
    const p = new Peer(config(1)).start()
    p.receive(3, vote(3, 0, 0, 1)) // adopt 3: 1 and 3 agree, the finalize wait begins
    // Server 2's LEADING vote of an older epoch's election is better (epoch 1) and ends the wait.
    p.receive(2, vote(2, 0, 1, 1, "leading"))
    // Server 2 saying it leads does not make a quorum (only its own vote names it): the tick decides nothing.
    p.tick()
    expect(p.summary.role).toBe("looking")
    // Server 3, leading in our round with the vote we hold, completes the quorum with our own vote.
    p.receive(3, vote(3, 0, 0, 1, "leading"))
    expect(p.summary.role).toBe("following")
    expect(p.summary.leader).toBe(3)
    // The same vote from a FOLLOWING peer would not do: the leader itself must say it leads.
    const q = new Peer(config(1)).start()
    q.receive(3, vote(3, 0, 0, 1))
    q.receive(2, vote(2, 0, 1, 1, "leading"))
    q.receive(2, vote(3, 0, 0, 1, "following"))
    expect(q.summary.role).toBe("looking")
  })

  it("a peer that follows answers a looking peer with whom it follows", () => {
    const p = new Peer(config(1)).start()
    p.receive(3, vote(3, 0, 0, 1))
    p.receive(2, vote(3, 0, 0, 1))
    p.tick()
    const reply = sent(p.receive(2, vote(2, 0, 0, 7)), "Notification")
    expect(reply).toEqual([{ to: 2, message: vote(3, 0, 0, 1, "following") }])
  })
})

/** A peer of a 3-server cluster that has just been elected leader (server 3). */
function electedLeader(recovered: Parameters<Peer["start"]>[0] = {}, overrides: Partial<PeerConfig> = {}): Peer {
  const p = new Peer(config(3, overrides)).start(recovered)
  p.receive(1, vote(3, p.summary.lastLoggedZxid, p.summary.currentEpoch, 1))
  p.tick()
  expect(p.summary.role).toBe("leading")
  return p
}

/** A peer (server 1) that has just decided to follow server 3. */
function electedFollower(recovered: Parameters<Peer["start"]>[0] = {}, overrides: Partial<PeerConfig> = {}): Peer {
  const p = new Peer(config(1, overrides)).start(recovered)
  const last = p.summary.lastLoggedZxid
  p.receive(3, vote(3, last + 1, p.summary.currentEpoch, 1))
  p.receive(2, vote(3, last + 1, p.summary.currentEpoch, 1))
  p.tick()
  expect(p.summary.role).toBe("following")
  return p
}

/** A peer (server 1) following server 3 in broadcast in epoch 1, after an empty DIFF. */
function broadcastingFollower(overrides: Partial<PeerConfig> = {}): Peer {
  const p = electedFollower({}, overrides)
  p.receive(3, { _tag: "LeaderInfo", newEpoch: 1 })
  p.fsyncAll()
  p.receive(3, { _tag: "Diff", zxid: 0 })
  p.receive(3, { _tag: "NewLeader", epoch: 1, zxid: 0 })
  p.fsyncAll()
  p.receive(3, { _tag: "UpToDate" })
  expect(p.summary.phase).toBe("broadcast")
  return p
}

describe("discovery", () => {
  it("the leader proposes max(acceptedEpoch) + 1 of a quorum and writes it durably", () => {
    const p = electedLeader({ acceptedEpoch: 2, currentEpoch: 2 })
    const effects = p.receive(1, { _tag: "FollowerInfo", acceptedEpoch: 4, lastZxid: 0 })
    expect(effects.find((e) => e._tag === "WriteAcceptedEpoch")).toMatchObject({ epoch: 5 })
    expect(sent(effects, "LeaderInfo")).toEqual([{ to: 1, message: { _tag: "LeaderInfo", newEpoch: 5 } }])
    expect(p.summary.acceptedEpoch).toBe(5)
  })

  it("the follower sends ACKEPOCH only after its new acceptedEpoch is durable", () => {
    const p = electedFollower({ acceptedEpoch: 1, currentEpoch: 1, log: [txn(1, 1)] })
    const effects = p.receive(3, { _tag: "LeaderInfo", newEpoch: 2 })
    expect(tags(effects)).toContain("WriteAcceptedEpoch")
    expect(sent(effects, "AckEpoch")).toEqual([])
    const after = p.fsyncAll()
    expect(sent(after, "AckEpoch")).toEqual([{ to: 3, message: { _tag: "AckEpoch", currentEpoch: 1, lastZxid: makeZxid(1, 1) } }])
  })

  it("a follower whose acceptedEpoch is higher refuses LEADERINFO and looks again", () => {
    const p = electedFollower({ acceptedEpoch: 5, currentEpoch: 4 })
    const effects = p.receive(3, { _tag: "LeaderInfo", newEpoch: 3 })
    expect(p.summary.role).toBe("looking")
    expect(tags(effects)).toContain("Observe discovery-refused-stale-epoch")
    expect(tags(effects)).toContain("Disconnect")
  })

  it("the leader gives up if a follower is more recent than itself", () => {
    const p = electedLeader({ acceptedEpoch: 1, currentEpoch: 1, log: [txn(1, 1)] })
    p.receive(1, { _tag: "FollowerInfo", acceptedEpoch: 1, lastZxid: makeZxid(1, 2) })
    p.fsyncAll()
    p.receive(1, { _tag: "AckEpoch", currentEpoch: 1, lastZxid: makeZxid(1, 2) })
    expect(p.summary.role).toBe("looking")
  })
})

/**
 * A leader (currentEpoch 2, so it proposes epoch 3) whose follower 1 (currentEpoch 1) has reported
 * `followerLast`; returns the sync it sent. The follower's older epoch is what lets it hold txns the leader
 * never saw without being "ahead" of it.
 */
function syncFor(leaderLog: ReadonlyArray<Txn>, followerLast: number, snapshotZxid = 0): { peer: Peer; effects: ReadonlyArray<PeerEffect> } {
  const p = electedLeader({ acceptedEpoch: 2, currentEpoch: 2, log: leaderLog, snapshotZxid })
  p.receive(1, { _tag: "FollowerInfo", acceptedEpoch: 1, lastZxid: followerLast })
  p.fsyncAll()
  const effects = p.receive(1, { _tag: "AckEpoch", currentEpoch: 1, lastZxid: followerLast })
  return { peer: p, effects }
}

describe("synchronisation", () => {
  const history = [txn(1, 1), txn(1, 2), txn(1, 3)]

  it("DIFF: a follower that missed commits gets what follows its last zxid, then NEWLEADER", () => {
    const { effects } = syncFor(history, makeZxid(1, 1))
    expect(sent(effects).map((s) => s.message._tag)).toEqual(["Diff", "Proposal", "Proposal", "NewLeader"])
    expect(sent(effects, "Diff")[0]!.message).toEqual({ _tag: "Diff", zxid: makeZxid(1, 1) })
  })

  it("TRUNC: a follower with txns the leader never had cuts back to the last shared zxid", () => {
    const { effects } = syncFor([txn(1, 1), txn(1, 2)], makeZxid(1, 5))
    expect(sent(effects).map((s) => s.message._tag)).toEqual(["Trunc", "NewLeader"])
    expect(sent(effects, "Trunc")[0]!.message).toEqual({ _tag: "Trunc", zxid: makeZxid(1, 2) })
  })

  it("TRUNC + DIFF: a follower whose last txn is not in the leader's log, with newer txns after it", () => {
    const { effects } = syncFor([txn(1, 1), txn(2, 1)], makeZxid(1, 2))
    // The follower's (1,2) never made it into epoch 2's history: cut back to (1,1), then send (2,1).
    expect(sent(effects).map((s) => s.message._tag)).toEqual(["Trunc", "Proposal", "NewLeader"])
    expect(sent(effects, "Trunc")[0]!.message).toEqual({ _tag: "Trunc", zxid: makeZxid(1, 1) })
  })

  it("SNAP: a follower behind the leader's snapshot base gets the data tree, then the rest", () => {
    const { effects } = syncFor([txn(1, 3)], 0, makeZxid(1, 2))
    expect(effects.find((e) => e._tag === "SendSnapshot")).toEqual({ _tag: "SendSnapshot", to: 1, zxid: makeZxid(1, 2) })
    expect(sent(effects).map((s) => s.message._tag)).toEqual(["Proposal", "NewLeader"])
  })

  it("the leader is established only when its own currentEpoch is durable and a quorum acked NEWLEADER", () => {
    const { peer } = syncFor(history, makeZxid(1, 3))
    expect(peer.summary.currentEpoch).toBe(3)
    const ack = peer.receive(1, { _tag: "AckNewLeader", epoch: 3 })
    expect(tags(ack)).not.toContain("Established") // its own WriteCurrentEpoch is not durable yet
    const done = peer.fsyncAll()
    expect(tags(done)).toContain("Established")
    expect(sent(done, "UpToDate")).toEqual([{ to: 1, message: { _tag: "UpToDate" } }])
    // The initial history is committed and delivered on establishment.
    expect(done.filter((e) => e._tag === "Deliver").length).toBe(3)
  })

  it("the follower acks NEWLEADER only after the synced txns and its new currentEpoch are durable, in that order", () => {
    const p = electedFollower({ acceptedEpoch: 1, currentEpoch: 1, log: [txn(1, 1)] })
    p.receive(3, { _tag: "LeaderInfo", newEpoch: 2 })
    p.fsyncAll()
    p.receive(3, { _tag: "Diff", zxid: makeZxid(1, 1) })
    const appended = p.receive(3, { _tag: "Proposal", txn: txn(1, 2) })
    const newLeader = p.receive(3, { _tag: "NewLeader", epoch: 2, zxid: makeZxid(1, 2) })
    const appendWrite = appended.find((e) => e._tag === "Append")
    const epochWrite = newLeader.find((e) => e._tag === "WriteCurrentEpoch")
    expect(appendWrite && epochWrite && appendWrite.write < epochWrite.write).toBe(true)
    expect(sent(newLeader, "AckNewLeader")).toEqual([])
    expect(sent(p.fsyncAll(), "AckNewLeader")).toEqual([{ to: 3, message: { _tag: "AckNewLeader", epoch: 2 } }])
    // UPTODATE commits the leader's initial history.
    const upToDate = p.receive(3, { _tag: "UpToDate" })
    expect(upToDate.filter((e) => e._tag === "Deliver").map((e) => (e._tag === "Deliver" ? e.txn.zxid : 0))).toEqual([makeZxid(1, 1), makeZxid(1, 2)])
  })

  it("a follower refuses a TRUNC to a zxid it does not hold", () => {
    const p = electedFollower({ acceptedEpoch: 1, currentEpoch: 1, log: [txn(1, 1), txn(1, 3)] })
    p.receive(3, { _tag: "LeaderInfo", newEpoch: 2 })
    p.fsyncAll()
    p.receive(3, { _tag: "Trunc", zxid: makeZxid(1, 2) })
    expect(p.summary.role).toBe("looking")
  })
})

/** An established leader (server 3) of epoch 1 with followers 1 and 2 synced. */
function broadcastingLeader(overrides: Partial<PeerConfig> = {}): Peer {
  const p = electedLeader({}, overrides)
  p.receive(1, { _tag: "FollowerInfo", acceptedEpoch: 0, lastZxid: 0 })
  p.receive(2, { _tag: "FollowerInfo", acceptedEpoch: 0, lastZxid: 0 })
  p.fsyncAll()
  p.receive(1, { _tag: "AckEpoch", currentEpoch: 0, lastZxid: 0 })
  p.receive(2, { _tag: "AckEpoch", currentEpoch: 0, lastZxid: 0 })
  p.fsyncAll()
  p.receive(1, { _tag: "AckNewLeader", epoch: 1 })
  p.receive(2, { _tag: "AckNewLeader", epoch: 1 })
  expect(p.summary.established).toBe(true)
  return p
}

const create = (path: string): Extract<Input, { _tag: "ClientWrite" }>["op"] => ({ _tag: "Create", path, data: "d" })

describe("broadcast", () => {
  it("the leader logs, proposes to every synced follower, and commits only with a quorum of acks", () => {
    const p = broadcastingLeader()
    const proposed = p.input({ _tag: "ClientWrite", request: 7, op: create("/a") })
    const zxid = makeZxid(1, 1)
    expect(tags(proposed)).toEqual(["Append", "Fsync", "Proposed", "Send Proposal->1", "Send Proposal->2"])
    expect(tags(p.receive(1, { _tag: "Ack", zxid }))).toEqual([]) // one follower: not a quorum yet
    const committed = p.fsyncAll() // the leader's own ack completes the quorum
    expect(tags(committed)).toEqual(["Send Commit->1", "Send Commit->2", "Observe commit", "Deliver"])
  })

  it("commits in zxid order: a later proposal with a quorum waits for the earlier one", () => {
    const p = broadcastingLeader()
    p.input({ _tag: "ClientWrite", request: 1, op: create("/a") })
    p.input({ _tag: "ClientWrite", request: 2, op: create("/b") })
    expect(tags(p.receive(1, { _tag: "Ack", zxid: makeZxid(1, 2) }))).toEqual([])
    expect(tags(p.receive(2, { _tag: "Ack", zxid: makeZxid(1, 2) }))).toEqual([])
    const effects = p.receive(1, { _tag: "Ack", zxid: makeZxid(1, 1) })
    expect(effects.filter((e) => e._tag === "Deliver").length).toBe(0) // /a has only one ack (follower 1)
    const both = p.receive(2, { _tag: "Ack", zxid: makeZxid(1, 1) })
    expect(both.filter((e) => e._tag === "Deliver").map((e) => (e._tag === "Deliver" ? e.txn.zxid : 0))).toEqual([makeZxid(1, 1), makeZxid(1, 2)])
  })

  it("a follower acks a proposal only once its append is durable", () => {
    const p = broadcastingFollower()
    const appended = p.receive(3, { _tag: "Proposal", txn: txn(1, 1) })
    expect(sent(appended, "Ack")).toEqual([])
    expect(sent(p.fsyncAll(), "Ack")).toEqual([{ to: 3, message: { _tag: "Ack", zxid: makeZxid(1, 1) } }])
  })

  it("bug ack-before-fsync: the follower acks at append time", () => {
    const p = broadcastingFollower({ bugs: new Set(["ack-before-fsync"]) })
    expect(sent(p.receive(3, { _tag: "Proposal", txn: txn(1, 1) }), "Ack").length).toBe(1)
  })

  it("bug commit-without-quorum: the leader commits at proposal time", () => {
    const p = broadcastingLeader({ bugs: new Set(["commit-without-quorum"]) })
    const effects = p.input({ _tag: "ClientWrite", request: 1, op: create("/a") })
    expect(tags(effects)).toContain("Deliver")
  })

  it("a follower forwards its client's write; a looking peer rejects it", () => {
    const looking = new Peer(config(1)).start()
    expect(looking.input({ _tag: "ClientWrite", request: 1, op: create("/a") })).toContainEqual({ _tag: "ClientReject", request: 1, reason: "NotReady" })
  })

  it("the leader steps down before the zxid counter reaches its last value (ZOOKEEPER-1277)", () => {
    const p = broadcastingLeader({ counterBits: 2 }) // counters 1 and 2 usable, 3 = 2^2 - 1 forces a new epoch
    p.input({ _tag: "ClientWrite", request: 1, op: create("/a") })
    p.input({ _tag: "ClientWrite", request: 2, op: create("/b") })
    expect(p.summary.role).toBe("leading")
    const effects = p.input({ _tag: "ClientWrite", request: 3, op: create("/c") })
    expect(tags(effects)).toContain("Observe zxid-rollover")
    expect(effects).toContainEqual({ _tag: "ClientReject", request: 3, reason: "NotReady" })
    expect(p.summary.role).toBe("looking")
  })
})

describe("liveness machinery", () => {
  it("an established leader that hears from no quorum within syncLimit steps down", () => {
    const p = broadcastingLeader()
    for (let i = 0; i < 5; i++) p.tick()
    expect(p.summary.role).toBe("leading")
    p.tick()
    expect(p.summary.role).toBe("looking")
  })

  it("pings keep a leader in place", () => {
    const p = broadcastingLeader()
    for (let i = 0; i < 20; i++) {
      p.tick()
      p.receive(1, { _tag: "Ping" })
    }
    expect(p.summary.role).toBe("leading")
  })

  it("a follower that hears nothing from its leader goes back to looking", () => {
    const p = electedFollower()
    for (let i = 0; i < 10; i++) p.tick()
    expect(p.summary.role).toBe("following")
    const effects = p.tick() // initLimit exceeded during discovery
    expect(p.summary.role).toBe("looking")
    expect(tags(effects)).toContain("Observe follower-leader-timeout")
  })

  it("losing the connection to the leader sends a follower back to election", () => {
    const p = electedFollower()
    p.input({ _tag: "ConnectionDown", peer: 3 })
    expect(p.summary.role).toBe("looking")
  })

  it("a restarted peer recovers its durable state and looks", () => {
    const p = new Peer(config(2)).start({ acceptedEpoch: 3, currentEpoch: 2, snapshotZxid: makeZxid(2, 4), log: [txn(2, 5)] })
    expect(p.summary).toMatchObject({ role: "looking", acceptedEpoch: 3, currentEpoch: 2, lastLoggedZxid: makeZxid(2, 5), lastDeliveredZxid: makeZxid(2, 4) })
  })

  it("a step that changes nothing returns the very same state object", () => {
    const p = new Peer(config(1))
    const before = p.state
    p.tick()
    expect(p.state).toBe(before)
  })
})

/** A follower (server 1) in synchronisation with leader 3 for epoch 2, after a DIFF from (1,1). */
function syncingFollower(bugs: ReadonlyArray<string> = []): Peer {
  const p = electedFollower({ acceptedEpoch: 1, currentEpoch: 1, log: [txn(1, 1)] }, { bugs: new Set(bugs) })
  p.receive(3, { _tag: "LeaderInfo", newEpoch: 2 })
  p.fsyncAll()
  p.receive(3, { _tag: "Diff", zxid: makeZxid(1, 1) })
  return p
}

describe("re-injected ZooKeeper bugs change exactly the behaviour they name", () => {
  it("ZOOKEEPER-1154: DIFF for a last zxid the leader never had (instead of TRUNC)", () => {
    const peerLast = makeZxid(1, 2)
    const correct = syncFor([txn(1, 1), txn(2, 1)], peerLast)
    expect(sent(correct.effects)[0]!.message._tag).toBe("Trunc")
    const p = electedLeader({ acceptedEpoch: 2, currentEpoch: 2, log: [txn(1, 1), txn(2, 1)] }, { bugs: new Set(["ZOOKEEPER-1154"]) })
    p.receive(1, { _tag: "FollowerInfo", acceptedEpoch: 1, lastZxid: peerLast })
    p.fsyncAll()
    expect(sent(p.receive(1, { _tag: "AckEpoch", currentEpoch: 1, lastZxid: peerLast }))[0]!.message).toEqual({ _tag: "Diff", zxid: peerLast })
  })

  it("ZOOKEEPER-335: the leader derives the epoch from its last zxid and writes no epoch file", () => {
    const p = electedLeader({ acceptedEpoch: 4, currentEpoch: 4, log: [txn(1, 1)] }, { bugs: new Set(["ZOOKEEPER-335"]) })
    expect(p.summary.currentEpoch).toBe(1) // recovered from the zxid, not the (ignored) epoch files
    const effects = p.receive(1, { _tag: "FollowerInfo", acceptedEpoch: 7, lastZxid: 0 })
    expect(sent(effects, "LeaderInfo")[0]!.message).toEqual({ _tag: "LeaderInfo", newEpoch: 2 })
    expect(tags(effects)).not.toContain("WriteAcceptedEpoch")
  })

  it("ZOOKEEPER-335: a follower accepts a LEADERINFO below its accepted epoch", () => {
    const p = electedFollower({ acceptedEpoch: 1, currentEpoch: 1, log: [txn(1, 1)] }, { bugs: new Set(["ZOOKEEPER-335"]) })
    p.receive(3, { _tag: "LeaderInfo", newEpoch: 1 })
    expect(p.summary.role).toBe("following")
  })

  it("ZOOKEEPER-1277: the counter wraps instead of forcing a new epoch", () => {
    const p = broadcastingLeader({ counterBits: 2, bugs: new Set(["ZOOKEEPER-1277"]) })
    for (let r = 1; r <= 4; r++) p.input({ _tag: "ClientWrite", request: r, op: create(`/w${r}`) })
    expect(p.summary.role).toBe("leading")
    expect(p.summary.log.toArray().map((t) => t.zxid)).toEqual([makeZxid(1, 1), makeZxid(1, 2), makeZxid(1, 3), makeZxid(1, 0)])
  })

  it("ZOOKEEPER-1514: a looking server takes the lead on an older round's word", () => {
    const run = (bugs: ReadonlyArray<string>) => {
      const p = new Peer(config(3, { bugs: new Set(bugs) })).start()
      p.receive(1, vote(1, 0, 0, 4)) // round 4: we move to round 4
      p.receive(1, vote(3, 0, 0, 2, "following"))
      p.receive(2, vote(3, 0, 0, 2, "following"))
      return p
    }
    expect(run([]).summary.role).toBe("looking")
    const buggy = run(["ZOOKEEPER-1514"])
    expect(buggy.summary.role).toBe("leading")
    expect(buggy.state.round).toBe(2)
  })

  it("ZOOKEEPER-2307: ACKEPOCH goes out before the new acceptedEpoch is durable", () => {
    const correct = electedFollower({ acceptedEpoch: 1, currentEpoch: 1 })
    expect(sent(correct.receive(3, { _tag: "LeaderInfo", newEpoch: 2 }), "AckEpoch")).toEqual([])
    const p = electedFollower({ acceptedEpoch: 1, currentEpoch: 1 }, { bugs: new Set(["ZOOKEEPER-2307"]) })
    const effects = p.receive(3, { _tag: "LeaderInfo", newEpoch: 2 })
    expect(tags(effects)).toContain("WriteAcceptedEpoch")
    expect(sent(effects, "AckEpoch").length).toBe(1)
  })

  it("ZOOKEEPER-1732: a follower's and a leader's votes keep the epoch of their election", () => {
    const f = electedFollower({ acceptedEpoch: 1, currentEpoch: 1 }, { bugs: new Set(["ZOOKEEPER-1732"]) })
    f.receive(3, { _tag: "LeaderInfo", newEpoch: 2 })
    expect(f.state.vote).toMatchObject({ leader: 3, epoch: 1 })
    const l = electedLeader({ acceptedEpoch: 1, currentEpoch: 1 }, { bugs: new Set(["ZOOKEEPER-1732"]) })
    l.receive(1, { _tag: "FollowerInfo", acceptedEpoch: 1, lastZxid: 0 })
    expect(l.state.vote).toMatchObject({ leader: 3, epoch: 1 })
  })

  it("ZOOKEEPER-3911: sync txns are written only at UPTODATE, after the NEWLEADER ack", () => {
    const p = syncingFollower(["ZOOKEEPER-3911"])
    expect(tags(p.receive(3, { _tag: "Proposal", txn: txn(1, 2) }))).not.toContain("Append")
    p.receive(3, { _tag: "NewLeader", epoch: 2, zxid: makeZxid(1, 2) })
    expect(sent(p.fsyncAll(), "AckNewLeader").length).toBe(1)
    const upToDate = p.receive(3, { _tag: "UpToDate" })
    expect(tags(upToDate)).toContain("Append")
  })

  it("ZOOKEEPER-4643: the currentEpoch write precedes the synced txns, and the ack waits for the epoch alone", () => {
    const p = syncingFollower(["ZOOKEEPER-4643"])
    expect(tags(p.receive(3, { _tag: "Proposal", txn: txn(1, 2) }))).not.toContain("Append")
    const effects = p.receive(3, { _tag: "NewLeader", epoch: 2, zxid: makeZxid(1, 2) })
    expect(tags(effects).filter((t) => t === "Append" || t === "WriteCurrentEpoch")).toEqual(["WriteCurrentEpoch"])
    const durable = p.fsyncAll()
    expect(sent(durable, "AckNewLeader").length).toBe(1)
    // The txns go to the log only after the ack: a crash before their fsync keeps the epoch, not the txns.
    const kinds = durable.map((e) => (e._tag === "Send" ? e.message._tag : e._tag)).filter((t) => t === "AckNewLeader" || t === "Append")
    expect(kinds).toEqual(["AckNewLeader", "Append"])
  })

  it("ZOOKEEPER-3911 / -4643: txns held in memory are dropped when the sync is abandoned", () => {
    const p = syncingFollower(["ZOOKEEPER-4643"])
    p.receive(3, { _tag: "Proposal", txn: txn(1, 2) })
    expect(p.summary.lastLoggedZxid).toBe(makeZxid(1, 2))
    p.input({ _tag: "ConnectionDown", peer: 3 })
    expect(p.summary.role).toBe("looking")
    expect(p.summary.lastLoggedZxid).toBe(makeZxid(1, 1))
  })

  it("ZOOKEEPER-4646: the NEWLEADER ack goes out before the writes are durable", () => {
    const p = syncingFollower(["ZOOKEEPER-4646"])
    p.receive(3, { _tag: "Proposal", txn: txn(1, 2) })
    expect(sent(p.receive(3, { _tag: "NewLeader", epoch: 2, zxid: makeZxid(1, 2) }), "AckNewLeader").length).toBe(1)
  })

  it("ZOOKEEPER-4685: a proposal ACK overtakes the NEWLEADER ack and the leader drops the follower", () => {
    const f = syncingFollower(["ZOOKEEPER-4685"])
    f.receive(3, { _tag: "Proposal", txn: txn(1, 2) })
    f.receive(3, { _tag: "Proposal", txn: txn(2, 1) })
    // Every txn of the sync is acked once logged, the older epoch's too, before any NEWLEADER ack.
    expect(sent(f.fsyncAll(), "Ack")).toEqual([
      { to: 3, message: { _tag: "Ack", zxid: makeZxid(1, 2) } },
      { to: 3, message: { _tag: "Ack", zxid: makeZxid(2, 1) } },
    ])
    const correct = syncingFollower()
    correct.receive(3, { _tag: "Proposal", txn: txn(1, 2) })
    expect(sent(correct.fsyncAll(), "Ack")).toEqual([])
    const { peer } = syncFor([txn(1, 1)], makeZxid(1, 1))
    const leader = electedLeader({ acceptedEpoch: 2, currentEpoch: 2, log: [txn(1, 1)] }, { bugs: new Set(["ZOOKEEPER-4685"]) })
    leader.receive(1, { _tag: "FollowerInfo", acceptedEpoch: 1, lastZxid: makeZxid(1, 1) })
    leader.fsyncAll()
    leader.receive(1, { _tag: "AckEpoch", currentEpoch: 1, lastZxid: makeZxid(1, 1) })
    expect(tags(leader.receive(1, { _tag: "Ack", zxid: makeZxid(3, 1) }))).toEqual(["Disconnect"])
    expect(tags(peer.receive(1, { _tag: "Ack", zxid: makeZxid(3, 1) }))).toEqual([]) // the correct leader ignores it
  })
})

describe("liveness fixes found by zab check", () => {
  it("a follower's and a leader's votes name the new epoch once it is accepted (ZOOKEEPER-1732)", () => {
    const f = electedFollower({ acceptedEpoch: 1, currentEpoch: 1 })
    f.receive(3, { _tag: "LeaderInfo", newEpoch: 2 })
    expect(f.state.vote).toMatchObject({ leader: 3, epoch: 2 })
    const l = electedLeader({ acceptedEpoch: 1, currentEpoch: 1 })
    l.receive(1, { _tag: "FollowerInfo", acceptedEpoch: 1, lastZxid: 0 })
    expect(l.state.vote).toMatchObject({ leader: 3, epoch: 2 })
  })

  it("a NEWLEADER ack counts as the follower's ACK of outstanding proposals it already held", () => {
    const p = broadcastingLeader()
    p.input({ _tag: "ClientWrite", request: 1, op: create("/a") })
    p.fsyncAll() // the leader's own ack: one of three
    p.input({ _tag: "ConnectionDown", peer: 1 }) // follower 1 logged the proposal, its ACK was lost
    p.receive(1, { _tag: "FollowerInfo", acceptedEpoch: 1, lastZxid: makeZxid(1, 1) })
    p.receive(1, { _tag: "AckEpoch", currentEpoch: 1, lastZxid: makeZxid(1, 1) })
    expect(sent(p.effects, "Diff")).toEqual([{ to: 1, message: { _tag: "Diff", zxid: makeZxid(1, 1) } }])
    const effects = p.receive(1, { _tag: "AckNewLeader", epoch: 1 })
    expect(effects.filter((e) => e._tag === "Deliver").map((e) => (e._tag === "Deliver" ? e.txn.zxid : 0))).toEqual([makeZxid(1, 1)])
  })
})

describe("client writes always get an answer", () => {
  it("a follower that loses its leader answers the writes it forwarded with ConnectionLoss", () => {
    const p = broadcastingFollower()
    expect(sent(p.input({ _tag: "ClientWrite", request: 9, op: create("/a") }), "Request").length).toBe(1)
    expect(p.input({ _tag: "ConnectionDown", peer: 3 })).toContainEqual({ _tag: "ClientReject", request: 9, reason: "ConnectionLoss" })
  })

  it("a delivered write is no longer pending: stepping down later does not answer it twice", () => {
    const p = broadcastingLeader()
    p.input({ _tag: "ClientWrite", request: 1, op: create("/a") })
    p.receive(1, { _tag: "Ack", zxid: makeZxid(1, 1) })
    expect(tags(p.fsyncAll())).toContain("Deliver")
    p.input({ _tag: "ClientWrite", request: 2, op: create("/b") }) // proposed, never committed
    p.input({ _tag: "ConnectionDown", peer: 1 })
    p.input({ _tag: "ConnectionDown", peer: 2 })
    const effects = p.tick() // no quorum left: the leader steps down
    expect(p.summary.role).toBe("looking")
    expect(effects.filter((e) => e._tag === "ClientReject")).toEqual([{ _tag: "ClientReject", request: 2, reason: "ConnectionLoss" }])
    expect(p.state.clientWrites).toEqual([])
  })
})

describe("a follower refuses a proposal that skips a zxid", () => {
  it("0x100000003 after 0x100000001 sends it back to election instead of logging past the gap", () => {
    const p = broadcastingFollower()
    expect(tags(p.receive(3, { _tag: "Proposal", txn: txn(1, 1) }))).toContain("Append")
    const effects = p.receive(3, { _tag: "Proposal", txn: txn(1, 3) })
    expect(tags(effects)).not.toContain("Append")
    expect(p.summary.role).toBe("looking")
  })
})

describe("the quorum port accepts learners only on the leader", () => {
  it("a follower closes the connection of a learner that chose it, so the learner re-elects at once", () => {
    const p = electedFollower()
    expect(p.receive(2, { _tag: "FollowerInfo", acceptedEpoch: 0, lastZxid: 0 })).toEqual([{ _tag: "Disconnect", peer: 2 }])
  })

  it("a looking peer stays quiet: it may yet lead, and the learner retries every tick", () => {
    const p = new Peer(config(1)).start()
    expect(p.receive(2, { _tag: "FollowerInfo", acceptedEpoch: 0, lastZxid: 0 })).toEqual([])
  })
})
