/**
 * Which of Apache ZooKeeper's protocol branches a decoded capture shows, so a campaign can say what its
 * runs covered: the sync modes (DIFF with and without txns, TRUNC, SNAP), the sync-phase PROPOSAL/COMMIT
 * pairs, the ACKs around NEWLEADER and UPTODATE, broadcasts, elections, and the faults (a leader killed
 * with proposals it had not committed: failover mid-broadcast). Counted from the wire messages the decoder
 * kept (decode.ts), never from what the runner meant to provoke.
 */
import { epochOf } from "../core/zxid.js"
import type { DecodedCapture, WireMessage } from "./decode.js"

/** Every branch the table reports, in the order it prints them, with what it counts. */
export const ZOOKEEPER_BRANCHES = [
  ["election-notification", "notifications exchanged (FastLeaderElection)"],
  ["leader-elected", "LEADERINFO sent: a server leads an epoch's discovery"],
  ["epoch-established", "first UPTODATE of an epoch: a quorum acked NEWLEADER"],
  ["ackepoch-already-accepted", "ACKEPOCH with -1: the learner had already accepted the epoch"],
  ["sync-diff-empty", "DIFF followed by no txn: the learner was up to date"],
  ["sync-diff-txns", "DIFF followed by sync PROPOSALs"],
  ["sync-trunc", "TRUNC: the learner had txns the leader lacks"],
  ["sync-snap", "SNAP and the database stream"],
  ["sync-proposal-commit", "a sync-phase PROPOSAL with its COMMIT before UPTODATE"],
  ["newleader-ack", "the learner's ACK of NEWLEADER"],
  ["sync-txn-ack", "an ACK of a sync txn after the NEWLEADER ack (SyncRequestProcessor)"],
  ["ack-before-newleader-ack", "an ACK of a txn before the NEWLEADER ack on its connection (ZOOKEEPER-4685's shape)"],
  ["uptodate-ack", "the learner's ACK of UPTODATE"],
  ["broadcast-proposal", "a PROPOSAL an established leader broadcast"],
  ["broadcast-commit", "a COMMIT outside sync"],
  ["request-forwarded", "a learner's REQUEST"],
  ["leader-killed", "a leader's process killed"],
  ["follower-killed", "a follower's process killed"],
  ["failover-mid-broadcast", "a leader killed with a proposal it had broadcast but not committed"],
  ["connection-reset", "a connection reset by the proxy (a fault)"],
  ["bytes-dropped", "chunks the proxy dropped (a partition or a drop fault)"],
] as const

export type ZooKeeperBranch = (typeof ZOOKEEPER_BRANCHES)[number][0]

export type ZooKeeperCoverage = Readonly<Record<ZooKeeperBranch, number>>

export function zookeeperCoverage(decoded: DecodedCapture): ZooKeeperCoverage {
  const counts = Object.fromEntries(ZOOKEEPER_BRANCHES.map(([b]) => [b, 0])) as Record<ZooKeeperBranch, number>
  const byConn = new Map<number, Array<WireMessage>>()
  for (const m of decoded.messages) {
    if (m.channel !== "quorum") {
      if (m.name === "NOTIFICATION") counts["election-notification"] += 1
      continue
    }
    let list = byConn.get(m.conn)
    if (list === undefined) byConn.set(m.conn, (list = []))
    list.push(m)
    if (m.name === "LEADERINFO") counts["leader-elected"] += 1
    if (m.name === "ACKEPOCH" && m.tags.includes("already-accepted")) counts["ackepoch-already-accepted"] += 1
    if (m.name === "TRUNC") counts["sync-trunc"] += 1
    if (m.name === "SNAP") counts["sync-snap"] += 1
    if (m.name === "ACK" && m.tags.includes("newleader-ack")) counts["newleader-ack"] += 1
    if (m.name === "ACK" && m.tags.includes("sync")) counts["sync-txn-ack"] += 1
    if (m.name === "ACK" && m.tags.includes("early")) counts["ack-before-newleader-ack"] += 1
    if (m.name === "ACK" && m.tags.includes("uptodate-ack")) counts["uptodate-ack"] += 1
    if (m.name === "PROPOSAL" && m.tags.includes("broadcast")) counts["broadcast-proposal"] += 1
    if (m.name === "COMMIT" && !m.tags.includes("sync")) counts["broadcast-commit"] += 1
    if (m.name === "REQUEST") counts["request-forwarded"] += 1
  }
  for (const list of byConn.values()) {
    let diffAt = -1
    const syncProposed = new Set<number | null>()
    for (let k = 0; k < list.length; k++) {
      const m = list[k]!
      if (m.name === "DIFF") diffAt = k
      if (m.name === "NEWLEADER" && diffAt >= 0) {
        const txns = list.slice(diffAt + 1, k).filter((x) => x.name === "PROPOSAL").length
        counts[txns === 0 ? "sync-diff-empty" : "sync-diff-txns"] += 1
        diffAt = -1
      }
      // A sync PROPOSAL whose COMMIT follows before UPTODATE.
      if (m.name === "PROPOSAL" && m.tags.includes("sync")) syncProposed.add(m.zxid)
      if (m.name === "COMMIT" && syncProposed.delete(m.zxid)) counts["sync-proposal-commit"] += 1
      if (m.name === "UPTODATE") syncProposed.clear()
    }
  }
  // An epoch is established at the first UPTODATE its leader sends.
  const firstUpToDate = new Set<string>()
  for (const list of byConn.values()) {
    const leaderInfo = list.find((x) => x.name === "LEADERINFO")
    const upToDate = list.find((x) => x.name === "UPTODATE")
    if (leaderInfo !== undefined && upToDate !== undefined && leaderInfo.zxid !== null) firstUpToDate.add(`${upToDate.from}:${epochOf(leaderInfo.zxid)}`)
  }
  counts["epoch-established"] = firstUpToDate.size
  // Kills, by the role the killed server last showed on the wire before the kill. (The checked-in captures
  // note the runner's end-of-run SIGKILLs as "killed" too, so they count one leader and two followers more
  // than their scenarios killed; record.ts now notes those as "stopped".)
  for (const p of decoded.processes) {
    if (p.event !== "killed") continue
    const before = decoded.messages.filter((m) => m.channel === "quorum" && m.sentAt <= p.at && (m.from === p.server || m.to === p.server))
    // Its role: the last LEADERINFO it sent or FOLLOWERINFO it sent before the kill.
    const last = before.filter((m) => m.from === p.server && (m.name === "LEADERINFO" || m.name === "FOLLOWERINFO")).at(-1)
    if (last === undefined) continue
    if (last.name === "FOLLOWERINFO") {
      counts["follower-killed"] += 1
      continue
    }
    counts["leader-killed"] += 1
    const proposed = new Set(before.filter((m) => m.from === p.server && m.name === "PROPOSAL" && m.tags.includes("broadcast")).map((m) => m.zxid))
    for (const m of before) if (m.from === p.server && m.name === "COMMIT") proposed.delete(m.zxid)
    if (proposed.size > 0) counts["failover-mid-broadcast"] += 1
  }
  counts["connection-reset"] = decoded.resets
  counts["bytes-dropped"] = decoded.dropped
  return counts
}

/** Merge the coverage of several runs. */
export function addCoverage(a: ZooKeeperCoverage, b: ZooKeeperCoverage): ZooKeeperCoverage {
  return Object.fromEntries(ZOOKEEPER_BRANCHES.map(([k]) => [k, a[k] + b[k]])) as ZooKeeperCoverage
}

/** The table a campaign prints: one line per branch, its count, what it counts; a branch never seen says so. */
export function formatZooKeeperCoverage(coverage: ZooKeeperCoverage): string {
  const width = Math.max(...ZOOKEEPER_BRANCHES.map(([b]) => b.length))
  return ZOOKEEPER_BRANCHES.map(([b, what]) => `${b.padEnd(width)}  ${String(coverage[b]).padStart(6)}  ${coverage[b] === 0 ? "NOT SEEN: " : ""}${what}`).join("\n")
}
