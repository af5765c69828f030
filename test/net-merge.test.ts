/**
 * Goal: merging the per-process traces of a real cluster (impl/net/trace.ts) gives an order that is causal
 * and that the model can take when a SIGKILLed server's last message reaches a peer after the server
 * restarted. Method: process trace files written by FileTrace by hand (two lifetimes of one server, a
 * receiver whose clock runs ahead), merged by clock and by wall time; the receipt of the old lifetime's
 * message, and what the receiver did until it noticed the kill, must come before the restart, its noticing
 * and a server that never heard the old lifetime after; every process keeps its own order; where that
 * would break causality (the receiver heard the new lifetime first, directly or through a third server)
 * less is moved, or nothing; a file without sender clocks is merged by the plain sort.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { makeZxid } from "../impl/core/zxid.js"
import { FileTrace, type ProcessTraceHeader } from "../impl/net/trace.js"
import { Schema } from "effect"
import { RuntimeEvent } from "../impl/events.js"
import { mergeNetTraces } from "../harness/net-trace-merge.js"
import type { TraceEvent } from "../traces/schema.js"

const dirs: Array<string> = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function header(server: number): ProcessTraceHeader {
  return {
    format: "zab-net-process-trace",
    version: 1,
    server,
    servers: [1, 2, 3],
    incarnation: `i${server}`,
    pid: 1,
    tickTimeMs: 100,
    ticksPerTickTime: 1,
    initLimitTicks: 10,
    syncLimitTicks: 5,
    snapCountTxns: 100,
    forceSync: true,
    bugs: [],
  }
}

const restarted = (server: number): RuntimeEvent => ({ _tag: "Restarted", server, acceptedEpoch: 1, currentEpoch: 1, snapshotZxid: 0, logLength: 0, tornTail: false })
const commit = (n: number) => ({ _tag: "Commit" as const, zxid: makeZxid(1, n) })
const sent = (server: number, to: number, n: number): RuntimeEvent => ({ _tag: "Sent", server, to, message: commit(n) })
const received = (server: number, from: number, n: number): RuntimeEvent => ({ _tag: "Received", server, from, message: commit(n) })
const delivered = (server: number, n: number): RuntimeEvent => ({ _tag: "Delivered", server, zxid: makeZxid(1, n) })

type Line = readonly [lamport: number, event: RuntimeEvent, sentAt?: number | undefined]

/** The file a server with these lifetimes (each a list of lines) writes. */
function processTrace(server: number, lifetimes: ReadonlyArray<ReadonlyArray<Line>>): string {
  const dir = mkdtempSync(join(tmpdir(), "zab-merge-"))
  dirs.push(dir)
  const path = join(dir, "trace.jsonl")
  for (const lines of lifetimes) {
    const trace = new FileTrace(path, header(server))
    for (const [lamport, event, sentAt] of lines) trace.record(lamport, event, sentAt)
    trace.close()
  }
  return readFileSync(path, "utf8")
}

function label(e: TraceEvent): string {
  switch (e._tag) {
    case "Restarted":
      return `restart s${e.server}`
    case "Sent":
    case "Received":
      return `${e._tag === "Sent" ? "send" : "recv"} s${e.server} ${e._tag === "Sent" ? e.to : e.from} ${e.message._tag === "Commit" ? e.message.zxid : "?"}`
    case "Delivered":
      return `deliver s${e.server} ${e.zxid}`
    default:
      return e._tag
  }
}

// Server 2 leads, sends COMMIT 3 to server 3 at clock 5, is SIGKILLed and restarts at clock 6. Server 3's
// clock ran ahead (20, from other traffic), so its receipt of that COMMIT is stamped 21: after the restart.
const leader = () =>
  processTrace(2, [
    [[1, restarted(2)], [5, sent(2, 3, 3)]],
    [[6, restarted(2)], [7, sent(2, 3, 4)]],
  ])
const follower = (withSentAt: boolean, newFirst: boolean) =>
  processTrace(3, [
    [
      [20, restarted(3)],
      ...(newFirst ? ([[21, received(3, 2, 4), withSentAt ? 7 : undefined]] as const) : []),
      [22, received(3, 2, 3), withSentAt ? 5 : undefined],
      [22, delivered(3, 3)],
    ],
  ])

describe("merging real-cluster process traces", () => {
  it("puts a receipt of a killed lifetime's message before that server's restart, by clock and by time", () => {
    for (const order of ["lamport", "time"] as const) {
      const merged = mergeNetTraces([leader(), follower(true, false)], { order }).events.map(label)
      const z3 = makeZxid(1, 3)
      expect(merged.indexOf(`recv s3 2 ${z3}`)).toBeGreaterThan(merged.indexOf(`send s2 3 ${z3}`))
      expect(merged.indexOf(`deliver s3 ${z3}`)).toBeLessThan(merged.lastIndexOf("restart s2"))
      // Each process keeps its own order.
      expect(merged.filter((l) => l.includes("s2") && !l.startsWith("recv"))).toEqual(["restart s2", `send s2 3 ${z3}`, "restart s2", `send s2 3 ${makeZxid(1, 4)}`])
      expect(merged.filter((l) => l.startsWith("restart s3") || l.includes("s3 "))).toEqual(["restart s3", `recv s3 2 ${z3}`, `deliver s3 ${z3}`])
    }
  })

  it("puts what a follower did before it noticed the kill (an fsync, its ACK) before the restart, and its noticing after", () => {
    const proposal = { _tag: "Proposal" as const, txn: { zxid: makeZxid(1, 3), origin: 2, request: 1, op: { _tag: "Create" as const, path: "/a", data: "" } } }
    const ack = { _tag: "Ack" as const, zxid: makeZxid(1, 3) }
    const killed = processTrace(2, [
      [[1, restarted(2)], [5, { _tag: "Sent", server: 2, to: 3, message: proposal }]],
      [[6, restarted(2)]],
    ])
    const follower3 = processTrace(3, [
      [
        [20, restarted(3)],
        [22, { _tag: "Received", server: 3, from: 2, message: proposal }, 5],
        [30, { _tag: "FsyncCompleted", server: 3, through: 1 }],
        [31, { _tag: "Sent", server: 3, to: 2, message: ack }],
        [35, { _tag: "ConnectionLost", server: 3, peer: 2 }],
        [35, { _tag: "Observed", server: 3, effect: { _tag: "RoleChange", role: "looking", phase: "election", epoch: 1, leader: null } }],
      ],
    ])
    // Server 1 never heard from server 2's first lifetime: nothing of it is moved.
    const bystander = processTrace(1, [[[3, restarted(1)], [40, { _tag: "FsyncCompleted", server: 1, through: 0 }]]])
    const tags = mergeNetTraces([killed, follower3, bystander]).events.map((e) => `${e._tag}@${"server" in e ? e.server : "-"}`)
    const restart = tags.lastIndexOf("Restarted@2")
    expect(tags.indexOf("FsyncCompleted@3")).toBeLessThan(restart)
    expect(tags.indexOf("Sent@3")).toBeLessThan(restart)
    expect(tags.indexOf("ConnectionLost@3")).toBeGreaterThan(restart)
    expect(tags.indexOf("FsyncCompleted@1")).toBeGreaterThan(restart)
    expect(tags.filter((t) => t.endsWith("@3"))).toEqual(["Restarted@3", "Received@3", "FsyncCompleted@3", "Sent@3", "ConnectionLost@3", "Observed@3"])
  })

  it("when the follower heard of the new lifetime through a third server before it noticed, keeps only its last receipt's step first", () => {
    const s1 = processTrace(1, [[[2, restarted(1)], [8, received(1, 2, 4), 7], [9, sent(1, 3, 9)]]])
    const s3 = processTrace(3, [
      [
        [20, restarted(3)],
        [22, received(3, 2, 3), 5],
        [22, delivered(3, 3)],
        [23, received(3, 1, 9), 9],
        [30, { _tag: "ConnectionLost", server: 3, peer: 2 }],
      ],
    ])
    const merged = mergeNetTraces([leader(), s1, s3]).events.map(label)
    const restart = merged.lastIndexOf("restart s2")
    expect(merged.indexOf(`deliver s3 ${makeZxid(1, 3)}`)).toBeLessThan(restart)
    expect(merged.indexOf(`recv s3 1 ${makeZxid(1, 9)}`)).toBeGreaterThan(restart)
    expect(merged.indexOf(`recv s1 2 ${makeZxid(1, 4)}`)).toBeGreaterThan(merged.indexOf(`send s2 3 ${makeZxid(1, 4)}`))
  })

  it("keeps the sort by clock where no order can (the new lifetime was heard first) or when sender clocks are missing", () => {
    const z3 = makeZxid(1, 3)
    const cycle = mergeNetTraces([leader(), follower(true, true)]).events.map(label)
    expect(cycle.indexOf(`recv s3 2 ${z3}`)).toBeGreaterThan(cycle.lastIndexOf("restart s2"))
    const old = mergeNetTraces([leader(), follower(false, false)]).events.map(label)
    expect(old.indexOf(`recv s3 2 ${z3}`)).toBeGreaterThan(old.lastIndexOf("restart s2"))
  })

  it("puts a receipt after the rest of the sender's turn: a leader's delivery recorded after its UPTODATE comes before the follower's", () => {
    const upToDate = { _tag: "UpToDate" as const }
    const ackNewLeader = { _tag: "AckNewLeader" as const, epoch: 1 }
    const leading = processTrace(2, [
      [
        [1, restarted(2)],
        [10, { _tag: "Received", server: 2, from: 1, message: ackNewLeader }, 9],
        [11, { _tag: "Sent", server: 2, to: 1, message: upToDate }],
        [12, delivered(2, 1)],
        [20, { _tag: "FsyncCompleted", server: 2, through: 1 }],
      ],
    ])
    const following = processTrace(1, [
      [
        [1, restarted(1)],
        [9, { _tag: "Sent", server: 1, to: 2, message: ackNewLeader }],
        // Stamped 12 from the frame's 11: by clock (then server id) it would sort before the leader's delivery.
        [12, { _tag: "Received", server: 1, from: 2, message: upToDate }, 11],
        [13, delivered(1, 1)],
      ],
    ])
    for (const order of ["lamport", "time"] as const) {
      const merged = mergeNetTraces([leading, following], { order }).events.map((e) => `${e._tag}@${"server" in e ? e.server : "-"}`)
      expect(merged.indexOf("Delivered@2")).toBeLessThan(merged.indexOf("Received@1"))
      // Only the turn: by clock, the leader's next input comes after the follower's receipt.
      if (order === "lamport") expect(merged.indexOf("FsyncCompleted@2")).toBeGreaterThan(merged.indexOf("Delivered@1"))
      expect(merged.filter((t) => t.endsWith("@2"))).toEqual(["Restarted@2", "Received@2", "Sent@2", "Delivered@2", "FsyncCompleted@2"])
    }
  })

  it("ends the sender's turn at its next input or a millisecond after the send: a tick's later effects do not hold a receipt back", () => {
    const line = (seq: number, lamport: number, timeMs: number, event: RuntimeEvent, sentAt?: number): string =>
      JSON.stringify({ seq, lamport, ...(sentAt === undefined ? {} : { sentAt }), timeMs, event: Schema.encodeSync(RuntimeEvent)(event) })
    const file = (server: number, lines: ReadonlyArray<string>): string => [JSON.stringify(header(server)), ...lines, ""].join("\n")
    const upToDate = { _tag: "UpToDate" as const }
    const leading = file(2, [
      line(1, 1, 100, restarted(2)),
      line(2, 10, 500, { _tag: "Received", server: 2, from: 1, message: { _tag: "AckNewLeader", epoch: 1 } }, 9),
      line(3, 11, 500, { _tag: "Sent", server: 2, to: 1, message: upToDate }),
      line(4, 12, 501, delivered(2, 1)),
      // A tick 25 ms later, with no input recorded between: its effect is not the UPTODATE's turn.
      line(5, 13, 526, { _tag: "Observed", server: 2, effect: { _tag: "RoleChange", role: "looking", phase: "election", epoch: 1, leader: null } }),
    ])
    const following = file(1, [
      line(1, 1, 100, restarted(1)),
      line(2, 9, 499, { _tag: "Sent", server: 1, to: 2, message: { _tag: "AckNewLeader", epoch: 1 } }),
      line(3, 12, 502, { _tag: "Received", server: 1, from: 2, message: upToDate }, 11),
      line(4, 13, 502, delivered(1, 1)),
    ])
    for (const order of ["lamport", "time"] as const) {
      const merged = mergeNetTraces([leading, following], { order }).events.map((e) => `${e._tag}@${"server" in e ? e.server : "-"}`)
      expect(merged.indexOf("Delivered@2")).toBeLessThan(merged.indexOf("Received@1"))
      expect(merged.indexOf("Received@1")).toBeLessThan(merged.indexOf("Observed@2"))
    }
  })

  it("records the sender's clock on a Received line only", () => {
    const text = follower(true, false)
    const lines = text.trim().split("\n").map((l) => JSON.parse(l) as { sentAt?: number; event?: { _tag: string } })
    expect(lines.filter((l) => l.sentAt !== undefined).map((l) => [l.event?._tag, l.sentAt])).toEqual([["Received", 5]])
  })
})
