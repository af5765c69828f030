/**
 * Named, deliberately broken variants of the peer. Each is off by default and costs one Set lookup when
 * off; `--bug NAME` turns it on so the harness can show that it finds the violation the bug causes.
 *
 * The first two are textbook mistakes. The ZOOKEEPER-NNNN ones re-inject real ZooKeeper bugs as they apply
 * to this design (sources and scenarios: the project's bug-zoo reference); `summary` says what ZooKeeper
 * got wrong and `phase` where in the protocol it lives.
 */
export interface BugInfo {
  readonly name: string
  readonly phase: "election" | "discovery" | "synchronization" | "broadcast" | "durability" | "epoch"
  readonly summary: string
}

export const bugs: ReadonlyArray<BugInfo> = [
  {
    name: "commit-without-quorum",
    phase: "broadcast",
    summary: "the leader commits a proposal as soon as it logs it, without waiting for a quorum of ACKs",
  },
  {
    name: "ack-before-fsync",
    phase: "durability",
    summary: "followers ACK a proposal when they append it, before the append is durable",
  },
  {
    name: "ZOOKEEPER-335",
    phase: "epoch",
    summary: "no acceptedEpoch/currentEpoch files: the leader takes epoch(last zxid)+1 and followers accept any epoch",
  },
  {
    name: "ZOOKEEPER-1154",
    phase: "synchronization",
    summary: "DIFF is chosen whenever the follower's last zxid lies inside the leader's log range, even if the leader never had it (TRUNC skipped)",
  },
  {
    name: "ZOOKEEPER-1277",
    phase: "epoch",
    summary: "nothing stops the zxid counter at its last value: it wraps instead of forcing a new epoch",
  },
  {
    name: "ZOOKEEPER-1514",
    phase: "election",
    summary: "a looking server told by a quorum, in an older round, that they follow it takes the lead and moves its round back",
  },
  {
    name: "ZOOKEEPER-1732",
    phase: "election",
    summary: "servers keep the vote of the election that made them leader or follower after the epoch changes, so a restarted server hears votes that disagree and cannot join",
  },
  {
    name: "ZOOKEEPER-2307",
    phase: "discovery",
    summary: "a follower acks the leader's new epoch once it holds it in memory, before its acceptedEpoch write is durable",
  },
  {
    name: "ZOOKEEPER-3911",
    phase: "synchronization",
    summary: "a follower writes the txns of a DIFF sync only at UPTODATE, after it has acked NEWLEADER",
  },
  {
    name: "ZOOKEEPER-4643",
    phase: "durability",
    summary: "a follower writes its new currentEpoch before the synced txns, so a crash in between leaves a high epoch over a short log",
  },
  {
    name: "ZOOKEEPER-4646",
    phase: "durability",
    summary: "a follower acks NEWLEADER when its writes are queued, not when they are durable",
  },
  {
    name: "ZOOKEEPER-4685",
    phase: "synchronization",
    summary: "a syncing follower acks proposals before NEWLEADER; the leader expects the NEWLEADER ack first and drops it",
  },
]

export const bugNames: ReadonlyArray<string> = bugs.map((b) => b.name)

export function isBugName(name: string): boolean {
  return bugNames.includes(name)
}
