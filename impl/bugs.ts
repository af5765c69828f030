/**
 * Named, deliberately broken variants of the peer. Each is off by default and costs one Set lookup when
 * off; `--bug NAME` turns it on so the harness can show that it finds the violation the bug causes.
 *
 * The first three are textbook mistakes (the third found by mutation testing). The ZOOKEEPER-NNNN ones
 * re-inject real ZooKeeper bugs as they apply to this design (sources and scenarios: the project's bug-zoo
 * reference); `summary` says what ZooKeeper got wrong and `phase` where in the protocol it lives.
 */
import { Schema } from "effect"

/** One entry of the zoo, with its name still a plain string: the names are read off the list below. */
interface BugEntry<Name extends string> {
  readonly name: Name
  /** Where in the protocol it lives; "client": what a server tells its clients (reads, sync, sessions). */
  readonly phase: "election" | "discovery" | "synchronization" | "broadcast" | "durability" | "epoch" | "client"
  readonly summary: string
  /** Re-injected in the simulator's runtime (its disk recovery, its client sessions), not in the peer: real servers refuse it. */
  readonly simulatorOnly?: boolean
}

// The list is `as const` so that each name is a literal type: BugName below is the union of them, and a
// misspelt name in `bug(config, "...")` fails to compile instead of silently never firing.
const zoo = [
  // Textbook: a commit needs a quorum of ACKs, or a leader cut off with its own log commits alone.
  {
    name: "commit-without-quorum",
    phase: "broadcast",
    summary: "the leader commits a proposal as soon as it logs it, without waiting for a quorum of ACKs",
  },
  // Textbook: an ACK promises durability; one sent before the fsync can be taken back by a crash.
  {
    name: "ack-before-fsync",
    phase: "durability",
    summary: "followers ACK a proposal when they append it, before the append is durable",
  },
  // Textbook, found by mutation testing (npm run mutation, impl/core/peer.ts): a learner detects a dead leader
  // only by its silence (ZooKeeper's learner reads with a socket timeout of syncLimit ticks once synced). A
  // follower that never times out keeps a leader that stopped with its connections open (a hung process, a
  // paused VM) and the cluster never elects again; crashes and partitions, which break the connection, hide it.
  {
    name: "follower-trusts-silent-leader",
    phase: "broadcast",
    summary: "a follower in broadcast never times out a silent leader: a leader that stops with its connections open stalls the cluster",
  },
  // ZooKeeper used the last zxid to store the epoch, so a tried epoch and a joined one could not be told
  // apart; an old leader's uncommitted txn came back after restarts as two leaders of one epoch. The fix
  // introduced the acceptedEpoch and currentEpoch files (apache/zookeeper@9f4d6f79a1ba; DMCK's zk-335 path).
  {
    name: "ZOOKEEPER-335",
    phase: "epoch",
    summary: "no acceptedEpoch/currentEpoch files: the leader takes epoch(last zxid)+1 and followers accept any epoch",
  },
  // The leader chose DIFF from a range test on its committed log and never sent TRUNC to a peer whose last
  // zxid (an old epoch's, never committed) it did not hold; the peer kept the txn only it had
  // (apache/zookeeper@0552fada7596, QuorumPeerMainTest#testHighestZxidJoinLate).
  {
    name: "ZOOKEEPER-1154",
    phase: "synchronization",
    summary: "DIFF is chosen whenever the follower's last zxid lies inside the leader's log range, even if the leader never had it (TRUNC skipped)",
  },
  // Nothing handled the 32-bit counter overflowing into the epoch bits; the fix makes the leader step down
  // before the counter's last value so that a new epoch starts (apache/zookeeper@26bfb7929bc1).
  {
    name: "ZOOKEEPER-1277",
    phase: "epoch",
    summary: "nothing stops the zxid counter at its last value: it wraps instead of forcing a new epoch",
  },
  // FastLeaderElection let a looking server take the lead on a quorum of FOLLOWING notifications from an
  // older round and set its logical clock back to it (apache/zookeeper@0490eb86c2b5,
  // FLEBackwardElectionRoundTest). The harm there came from votes compared with their rounds; this peer's
  // out-of-election votes compare leader and epoch only (ZooKeeper's newer Vote.equals), so nothing the
  // invariants or the liveness phase look at changes: see the README.
  {
    name: "ZOOKEEPER-1514",
    phase: "election",
    summary: "a looking server told by a quorum, in an older round, that they follow it takes the lead and moves its round back (harmless in this peer, whose votes ignore rounds: not found, see README)",
  },
  // A crash can leave the log ending in a record (or a new log file's header) half written. ZooKeeper's
  // FileTxnLog took that for corruption and the server would not start again until an operator removed
  // the file (ZOOKEEPER-2332, "server failed to start for empty txn log", and ZOOKEEPER-1621 for an
  // incomplete header); the fix cuts a torn tail at the end of the log and refuses only damage before it.
  {
    name: "ZOOKEEPER-2332",
    phase: "durability",
    summary: "a log that ends in a record a crash tore is taken for corruption: the server refuses to start again",
    simulatorOnly: true,
  },
  // After an election the leader's and followers' votes kept the epoch of the election that made each of
  // them, which could differ, so a restarted server never saw a quorum agree and could not join the
  // established ensemble. The fix, QuorumPeer.updateElectionVote, sets every member's vote to the new
  // epoch (Leader.lead and Learner.syncWithLeader, "see ZOOKEEPER-1732").
  {
    name: "ZOOKEEPER-1732",
    phase: "election",
    summary: "servers keep the vote of the election that made them leader or follower after the epoch changes, so a restarted server hears votes that disagree and cannot join",
  },
  // The learner set acceptedEpoch in memory before the epoch file was safely written (a write that failed
  // left the file behind; the server then refused to start, or worse acked an epoch it no longer held
  // after a restart). Re-injected as an ACKEPOCH that does not wait for the acceptedEpoch write to be
  // durable, so a crash takes back a promise a leader counted (apache/zookeeper@3a7c945e8069,
  // EpochWriteFailureTest).
  {
    name: "ZOOKEEPER-2307",
    phase: "discovery",
    summary: "a follower acks the leader's new epoch once it holds it in memory, before its acceptedEpoch write is durable",
  },
  // The follower acked NEWLEADER before the proposals of a DIFF sync were persisted (they were logged only
  // after UPTODATE), so a crash lost txns the leader had counted as held (PR #1445, DIFFSyncConsistencyTest).
  {
    name: "ZOOKEEPER-3911",
    phase: "synchronization",
    summary: "a follower writes the txns of a DIFF sync only at UPTODATE, after it has acked NEWLEADER",
  },
  // The follower wrote its currentEpoch for the new epoch before the synced txns reached the disk; a crash
  // in between leaves a high epoch over a short log, which can win an election and truncate committed txns
  // (PR #2028; Learner.java's comments before setCurrentEpoch).
  {
    name: "ZOOKEEPER-4643",
    phase: "durability",
    summary: "a follower writes its new currentEpoch before the synced txns, so a crash in between leaves a high epoch over a short log",
  },
  // The follower replied NEWLEADER-ACK while the synced txns were only queued to the asynchronous
  // SyncRequestProcessor; the 3911 fix "does not solve the problem at the root" (PR #1993).
  {
    name: "ZOOKEEPER-4646",
    phase: "durability",
    summary: "a follower acks NEWLEADER when its writes are queued, not when they are durable",
  },
  // The follower's SyncRequestProcessor acked sync proposals (older-epoch ones too) as soon as they were
  // logged, possibly before the NEWLEADER ack; the leader took the first ACK for the NEWLEADER one ("is from
  // a different epoch"), could not establish and shut down (commit cdd13ca1fcb4, DIFFSyncTest).
  {
    name: "ZOOKEEPER-4685",
    phase: "synchronization",
    summary: "a syncing follower acks proposals before NEWLEADER; the leader expects the NEWLEADER ack first and drops it",
  },
  // ZooKeeper's server refuses a client that reconnects having seen a later zxid than the server has
  // applied (ZooKeeperServer.processConnectRequest: "Refusing session request for client ... as it has seen
  // zxid ..."), so a session that moves never reads older state than it already saw. Without that check a
  // session that moved from a server ahead to a follower behind reads the past: nothing inside the servers
  // is wrong, only what a client sees (ClientHistory).
  {
    name: "stale-session-reconnect",
    phase: "client",
    summary: "a server accepts a session that has seen a later zxid than it has applied, and serves its reads from older state",
    simulatorOnly: true,
  },
  // ZooKeeper's sync goes through the leader: the follower answers it only after applying everything the
  // leader committed before the sync (FollowerRequestProcessor forwards it; the leader's SYNC reply follows
  // its commits on the same connection). A server that answers sync from its own state at once lets a
  // "sync then read" miss a write that completed before the sync: only a client can see it (ClientHistory).
  {
    name: "sync-answered-locally",
    phase: "client",
    summary: "a server answers sync at once from its own state instead of after the leader's commits up to the sync point",
    simulatorOnly: true,
  },
] as const satisfies ReadonlyArray<BugEntry<string>>

/** The name of a re-injected bug, as a literal union derived from the zoo. */
export type BugName = (typeof zoo)[number]["name"]

export type BugInfo = BugEntry<BugName>

export const bugs: ReadonlyArray<BugInfo> = zoo

/**
 * The names as a Schema, for the edges that read bug names from outside (schedule files, trace headers, CLI
 * flags, zoo.cfg): decoding through it turns a misspelt name into a decode error naming the field.
 */
export const BugName = Schema.Literals(zoo.map((b) => b.name))

/**
 * The names as plain strings, so an edge can test any string it was given (`bugNames.includes(flag)`) and
 * list them in its error; `isBugName` narrows a string to a BugName.
 */
export const bugNames: ReadonlyArray<string> = bugs.map((b) => b.name)

export function isBugName(name: string): name is BugName {
  return bugNames.includes(name)
}

/** Whether `name` is re-injected in the simulator only (real servers cannot run it). */
export function isSimulatorOnly(name: string): boolean {
  return bugs.some((b) => b.name === name && b.simulatorOnly === true)
}
