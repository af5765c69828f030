/**
 * Validation of a decoded Apache ZooKeeper trace (impl/zookeeper/decode.ts) against the model of Zab.tla,
 * through the same Validator as our own peer's traces (validate.ts).
 *
 * The wire shows messages, not storage: ZooKeeper's epoch files and txn log are written inside the
 * servers. The validator's abstraction maps several spec actions to storage writes (a follower's
 * FollowerProcessNEWLEADER is its currentEpoch write; FollowerProcessPROPOSE its log append) and checks
 * that every acknowledgement follows the durability of what it acknowledges. So before validating, this
 * module inserts the internal steps each message implies, one documented rule per step, each citing the
 * ZooKeeper 3.8 source that makes the step happen before the message. An inserted step only says that
 * what ZooKeeper's own code must have done before sending a message was done; the model still decides
 * whether the message may be sent at all, so a rule cannot turn a message the model refuses into one it
 * takes (test/zookeeper-validate.test.ts shows hand-edited traces still rejected).
 *
 * Where ZooKeeper legitimately differs from Zab.tla's message flow, a rule says how the difference maps.
 * The rules (ZOOKEEPER_RULES, by name; `Learner.java` etc. are in zookeeper-server/.../server/quorum/):
 * - leader-accepted-epoch: a leader writes (and syncs: AtomicFileWritingIdiom) its acceptedEpoch, one
 *   above every acceptedEpoch its connecting learners reported, as soon as a quorum of them (itself
 *   included) has sent FOLLOWERINFO, before any LEADERINFO goes out (Leader.getEpochToPropose).
 * - learner-accepted-epoch: a learner writes its acceptedEpoch on a LEADERINFO with a newer epoch before
 *   it sends ACKEPOCH (Learner.registerWithLeader: self.setAcceptedEpoch, then writePacket(ACKEPOCH)).
 * - leader-current-epoch: a leader writes its currentEpoch once a quorum acked the epoch, before it syncs
 *   anyone (Leader.lead: waitForEpochAck, then self.setCurrentEpoch, before waitForNewLeaderAck).
 * - newleader-ack-durable: a learner's NEWLEADER ack follows the sync's writes and its currentEpoch write
 *   (Learner.syncWithLeader on NEWLEADER: truncateLog for TRUNC and the snapshot for SNAP happen when they
 *   arrive, takeSnapshot, setCurrentEpoch, logRequest of the sync PROPOSALs, then the ACK). This is an
 *   assumption the wire cannot check: in 3.8.0 logRequest only queues the txns to the SyncRequestProcessor
 *   (ZOOKEEPER-4646), so their durability before the ACK is taken, not seen.
 * - sync-is-one-newleader: DIFF/TRUNC/SNAP, the PROPOSAL/COMMIT pairs of a DIFF and NEWLEADER are together
 *   Zab.tla's one NEWLEADER, whose history the learner's log must equal once it acks (LearnerHandler
 *   .syncFollower sends committed txns as PROPOSAL+COMMIT pairs; Zab.tla sends the history in NEWLEADER).
 *   Nothing is inserted for it: validate.ts already ignores sync-phase COMMITs and takes the sync writes.
 * - uptodate-ack: the learner's ACK of makeZxid(epoch, 0) after UPTODATE acknowledges UPTODATE, not a txn
 *   (Learner.syncWithLeader's last writePacket; Leader.processAck ignores a zxid whose counter is 0):
 *   Zab.tla has no such message, so its send and receipt are left out.
 * - snap-at-last-txn: a SNAP's zxid is the leader's lastProcessedZxid (LearnerHandler.syncFollower), which
 *   a new epoch sets to makeZxid(epoch, 0) (ZooKeeperServer.setZxid via Leader.lead), not always a txn; the
 *   tree it streams holds the leader's txns up to it, so the snapshot installed is at the last of those (an
 *   empty tree: a truncation to nothing); and a learner whose snapshot is at such a zxid reports it as its
 *   last logged zxid in ACKEPOCH, where the last txn it holds is meant. The deliveries the decoder makes for that tree (at UPTODATE) are
 *   the install's in the model, so they are left out.
 * - unanswered-followerinfo: a FOLLOWERINFO the leader never answered with LEADERINFO before that connection
 *   ended (or it crashed) is taken as unread: its LearnerHandler had not processed it (a leader that had
 *   would have counted it in getEpochToPropose, and its next LEADERINFO would show the higher epoch).
 * - follower-logs-proposal: a learner in broadcast logs each PROPOSAL as it takes it, and ACKs it once the
 *   log is flushed (Follower.processPacket -> FollowerZooKeeperServer.logRequest -> SyncRequestProcessor,
 *   whose flush hands the request to SendAckRequestProcessor).
 * - leader-logs-own: a leader logs its own proposal as it broadcasts it and counts its own ACK once flushed
 *   (Leader.propose; the leader's SyncRequestProcessor then AckRequestProcessor). Its own ACK is not on the
 *   wire: the flush of its appends up to a zxid is placed at the first COMMIT it sends for that zxid,
 *   which needed a quorum that, with one follower's ACK seen, included the leader's own. (With two followers' ACKs the
 *   flush may in truth come later; a kill in between would then show as a rejection, not an admission.)
 * - kill-loses-unflushed: a SIGKILLed server loses what it had not flushed (FileTxnLog buffers appends in
 *   the process until commit() flushes and syncs them): its crash loses the writes no inserted fsync
 *   covered, which the model takes as LoseUnsyncedWrites.
 * - leader-takes-ack-late: the proxy's delivery of an ACK to a leader is not when the leader processes it.
 *   LearnerHandler.run reads the ACK from the socket and then calls Leader.processAck, which takes the Leader's
 *   lock; Leader.propose holds the same lock, so the leader can propose (and send) further txns between the
 *   read and the processing. What processAck does is visible on the wire only as the COMMIT it sends
 *   (tryToCommit -> commit -> sendPacket), which Zab.tla's LeaderProcessACK sends in the same step. So a
 *   leader's receipt of a proposal ACK is placed as late as the leader's own visible actions allow: after
 *   its proposals (and the COMMITs its per-learner queues drain) that follow it on the wire, before
 *   anything else the leader does (its commit, which the decoder shows as a delivery, a role change, a lost connection, a crash), before the next message from that learner, and
 *   before anything the learner does that ends its connection (a crash, a restart, a role change, a new
 *   FOLLOWERINFO). Receipts keep their order. Only a receipt moves, and only later: every COMMIT still
 *   needs a quorum of ACKs received before it on the wire, so no commit without a quorum can be admitted.
 * - learner-queues-until-uptodate: a learner that has acked NEWLEADER and not yet received UPTODATE keeps
 *   the PROPOSALs and COMMITs it receives (Learner.syncWithLeader: packetsNotCommitted, packetsCommitted)
 *   and logs and applies them after UPTODATE; the leader sends them there because it forwards its
 *   broadcast to the learner from the end of the sync on (LearnerHandler.syncFollower: startForwarding),
 *   and queues UPTODATE only once established and the ack processed. Zab.tla's leader answers the ACKLD
 *   with COMMITLD at once, so its PROPOSEs and COMMITs follow. Such a receipt is taken right after the
 *   learner's move to broadcast that UPTODATE makes (before the deliveries of that move), or where it is
 *   if the learner leaves, crashes or loses the connection first.
 * - kill-after-its-bytes: a SIGKILL does not take back what the process had already written to its sockets:
 *   the kernel still delivers it (the proxy reads it after the kill; the decoder places those sends before
 *   the kill). Zab.tla's crash empties the channels at once, so a kill is placed after the receipts of
 *   what the killed server had sent, and before its own next event and any lost connection to it. Only the
 *   kill moves; receipts and their consequences keep the order the wire shows.
 * - recovered-log-from-ackepoch: unless its next ACKEPOCH after the restart reports a higher last logged
 *   zxid (Learner.registerWithLeader sends getLastLoggedZxid), or, as a leader, the DIFF or SNAP it sends
 *   first names a txn it holds (LearnerHandler.syncFollower syncs to the leader's lastProcessedZxid, which
 *   ZKDatabase.loadDataBase set from its snapshot and log at start): then its appends up to that zxid were
 *   flushed before the kill, and an fsync covering them is placed before the crash.
 */
import type { PeerEffect, Txn } from "../impl/core/types.js"
import { counterOf, formatZxid } from "../impl/core/zxid.js"
import type { TraceEvent } from "./schema.js"
import { type Rejection, Validator } from "./validate.js"

export const ZOOKEEPER_RULES = [
  "leader-accepted-epoch",
  "learner-accepted-epoch",
  "leader-current-epoch",
  "newleader-ack-durable",
  "sync-is-one-newleader",
  "uptodate-ack",
  "snap-at-last-txn",
  "kill-loses-unflushed",
  "recovered-log-from-ackepoch",
  "unanswered-followerinfo",
  "follower-logs-proposal",
  "leader-logs-own",
  "leader-takes-ack-late",
  "kill-after-its-bytes",
  "learner-queues-until-uptodate",
] as const
export type ZooKeeperRule = (typeof ZOOKEEPER_RULES)[number]

interface Adapted {
  /** The events to validate: the decoded ones (minus those a rule leaves out) and the steps inserted. */
  readonly events: ReadonlyArray<TraceEvent>
  /** For each adapted event, the index of the decoded event it is or was inserted for. */
  readonly origin: ReadonlyArray<number>
  /** For each adapted event, the rule that inserted it (null for a decoded event). */
  readonly rule: ReadonlyArray<ZooKeeperRule | null>
  readonly applied: ReadonlyMap<ZooKeeperRule, number>
  /**
   * ACKEPOCHs (by the index of their send) whose last logged zxid is below the last txn the learner's
   * latest NEWLEADER ack covered: where the assumption of newleader-ack-durable is seen not to hold.
   */
  readonly shortfalls: ReadonlyMap<number, { readonly learner: number; readonly acked: number; readonly reported: number }>
}

interface Server {
  writes: number
  synced: number
  acceptedEpoch: number
  currentEpoch: number
  /** The txns its log holds, as the inserted writes built it, ascending. */
  log: Array<Txn>
  leader: number | null
  leading: boolean
  /** As a leader in discovery: the acceptedEpoch of each learner whose FOLLOWERINFO it took. */
  connecting: Map<number, number>
  epochProposed: boolean
  leaderInfoEpoch: number
  sync: { mode: "Diff" | "Trunc" | "Snap"; zxid: number; tree: string } | null
  syncTxns: Array<Txn>
  /** PROPOSALs received after NEWLEADER and before acking it: broadcast ones, logged after the ack. */
  afterNewLeader: Array<Txn>
  /** The highest of afterNewLeader that reached the learner before NEWLEADER: its NEWLEADER ack vouches for it. */
  beforeNewLeader: number
  newLeaderReceived: boolean
  newLeaderAcked: boolean
  /** The last txn of the history its latest NEWLEADER ack covered (0: none). */
  ackedThrough: number
  /** As leader: for each learner, the last txn it had proposed when it sent that learner's DIFF/TRUNC/SNAP. */
  syncedThrough: Map<number, number>
  /** The zxid a SNAP installed: the log holds what follows it. */
  floor: number
  /** The log and floor as of the last inserted fsync: what a kill leaves. */
  syncedLog: Array<Txn>
  syncedFloor: number
  /** Its appends this lifetime: write number and zxid. */
  appends: Array<{ readonly write: number; readonly zxid: number }>
  /** The deliveries a SNAP's tree already made (the decoder delivers them at UPTODATE; the model at the install). */
  snapCovers: number
}

function fresh(): Server {
  return { writes: 0, synced: 0, acceptedEpoch: 0, currentEpoch: 0, log: [], leader: null, leading: false, connecting: new Map(), epochProposed: false, leaderInfoEpoch: 0, sync: null, syncTxns: [], afterNewLeader: [], beforeNewLeader: 0, newLeaderReceived: false, newLeaderAcked: false, ackedThrough: 0, syncedThrough: new Map(), floor: 0, syncedLog: [], syncedFloor: 0, appends: [], snapCovers: 0 }
}

/** Insert the internal steps the rules name and leave out what they leave out. */
export function adaptZooKeeperTrace(servers: number, input: ReadonlyArray<TraceEvent>, disabled: ReadonlySet<ZooKeeperRule> = new Set()): Adapted {
  const state = Array.from({ length: servers + 1 }, fresh)
  const events: Array<TraceEvent> = []
  const origin: Array<number> = []
  const rules: Array<ZooKeeperRule | null> = []
  const applied = new Map<ZooKeeperRule, number>()
  const shortfalls = new Map<number, { readonly learner: number; readonly acked: number; readonly reported: number }>()
  let at = 0
  const push = (event: TraceEvent, rule: ZooKeeperRule | null): void => {
    // A disabled rule inserts nothing (tests show each rule is needed by a real run).
    if (rule !== null && disabled.has(rule)) return
    events.push(event)
    origin.push(at)
    rules.push(rule)
    if (rule !== null) applied.set(rule, (applied.get(rule) ?? 0) + 1)
  }
  const write = (id: number, rule: ZooKeeperRule, effect: (write: number) => PeerEffect): void => {
    const s = state[id]!
    s.writes += 1
    push({ _tag: "Wrote", server: id, effect: effect(s.writes) }, rule)
  }
  const sync = (id: number, rule: ZooKeeperRule): void => {
    const s = state[id]!
    if (s.synced === s.writes) return
    s.synced = s.writes
    s.syncedLog = s.log.slice()
    s.syncedFloor = s.floor
    push({ _tag: "FsyncCompleted", server: id, through: s.writes }, rule)
  }
  const append = (id: number, txn: Txn, rule: ZooKeeperRule): void => {
    const s = state[id]!
    const last = s.log.at(-1)?.zxid ?? s.floor
    if (txn.zxid <= last) return
    s.log.push(txn)
    write(id, rule, (w) => ({ _tag: "Append", write: w, txn }))
    s.appends.push({ write: s.writes, zxid: txn.zxid })
  }
  // snap-at-last-txn: a learner whose last snapshot was taken at makeZxid(epoch, 0) (a SNAP at a new
  // epoch's start) reports that zxid as its last logged one (FileTxnSnapLog.getLastLoggedZxid falls back to
  // the snapshot's); it names no txn, so the ACKEPOCH's last txn is the last the learner holds below it.
  const lastTxnOf = (id: number, reported: number): number => {
    if (counterOf(reported) !== 0 || disabled.has("snap-at-last-txn")) return reported
    const s = state[id]!
    const last = s.log.at(-1)?.zxid ?? s.floor
    if (last >= reported) return reported
    applied.set("snap-at-last-txn", (applied.get("snap-at-last-txn") ?? 0) + 1)
    return last
  }
  const survivors = survivingZxids(servers, input)
  const unanswered = unansweredFollowerInfos(input)
  const wire = input.map((_, k) => k)
  const afterKills = disabled.has("kill-after-its-bytes") ? wire : killsAfterTheirBytes(input)
  const killsMoved = afterKills.filter((k, position) => k !== position && input[k]!._tag === "Crashed").length
  if (killsMoved > 0) applied.set("kill-after-its-bytes", killsMoved)
  const acksLate = disabled.has("leader-takes-ack-late") ? afterKills : acksTakenLate(input, afterKills)
  const moved = acksLate.filter((k, position) => k !== afterKills[position] && input[k]!._tag === "Received" && input[k]!.message._tag === "Ack").length
  if (moved > 0) applied.set("leader-takes-ack-late", moved)
  const order = disabled.has("learner-queues-until-uptodate") ? acksLate : commitsAfterUpToDate(input, acksLate)
  const commitsMoved = order.filter((k, position) => k !== acksLate[position] && input[k]!._tag === "Received" && (input[k]!.message._tag === "Commit" || input[k]!.message._tag === "Proposal")).length
  if (commitsMoved > 0) applied.set("learner-queues-until-uptodate", commitsMoved)
  for (const index of order) {
    at = index
    const e = input[at]!
    switch (e._tag) {
      case "Restarted": {
        const s = state[e.server]!
        s.writes = 0
        s.synced = 0
        s.appends = []
        s.snapCovers = 0
        s.leader = null
        s.leading = false
        s.sync = null
        s.syncTxns = []
        // What it recovers is what the inserted writes made durable (all of them: each is synced at once).
        const snapshotZxid = s.log.some((t) => t.zxid === e.snapshotZxid) || (e.snapshotZxid !== 0 && e.snapshotZxid <= s.floor) ? e.snapshotZxid : s.floor
        push({ ...e, acceptedEpoch: s.acceptedEpoch, currentEpoch: s.currentEpoch, snapshotZxid, logLength: s.log.filter((t) => t.zxid > snapshotZxid).length }, null)
        continue
      }
      case "Observed": {
        const s = state[e.server]!
        const effect = e.effect
        if (effect._tag === "RoleChange") {
          s.leader = effect.leader
          s.leading = effect.role === "leading"
          if (effect.phase === "discovery" || effect.role === "looking") {
            s.connecting = new Map()
            s.epochProposed = false
          }
          if (effect.role === "following" && effect.phase === "synchronization" && s.acceptedEpoch < s.leaderInfoEpoch) {
            s.acceptedEpoch = s.leaderInfoEpoch
            write(e.server, "learner-accepted-epoch", (w) => ({ _tag: "WriteAcceptedEpoch", write: w, epoch: s.leaderInfoEpoch }))
            sync(e.server, "learner-accepted-epoch")
          }
          if (effect.role === "leading" && effect.phase === "synchronization" && s.currentEpoch < effect.epoch) {
            s.currentEpoch = effect.epoch
            write(e.server, "leader-current-epoch", (w) => ({ _tag: "WriteCurrentEpoch", write: w, epoch: effect.epoch }))
            sync(e.server, "leader-current-epoch")
          }
          if (effect.phase === "discovery" || effect.role === "looking") {
            s.sync = null
            s.syncTxns = []
            s.afterNewLeader = []
            s.beforeNewLeader = 0
            s.newLeaderReceived = false
            s.newLeaderAcked = false
          }
          push(e, null)
          continue
        }
        if (effect._tag === "Proposed") append(e.server, effect.txn, "leader-logs-own")
        push(e, null)
        continue
      }
      case "Sent": {
        const s = state[e.server]!
        const m = e.message
        if (m._tag === "Diff" || m._tag === "Trunc" || m._tag === "Snap") s.syncedThrough.set(e.to, s.log.at(-1)?.zxid ?? s.floor)
        if (m._tag === "LeaderInfo" && s.acceptedEpoch < m.newEpoch) {
          s.acceptedEpoch = m.newEpoch
          write(e.server, "leader-accepted-epoch", (w) => ({ _tag: "WriteAcceptedEpoch", write: w, epoch: m.newEpoch }))
          sync(e.server, "leader-accepted-epoch")
        }
        if (m._tag === "AckNewLeader") {
          const mode = s.sync
          if (mode?.mode === "Trunc") {
            s.log = s.log.filter((t) => t.zxid <= mode.zxid)
            write(e.server, "newleader-ack-durable", (w) => ({ _tag: "Truncate", write: w, zxid: mode.zxid }))
          } else if (mode?.mode === "Snap") {
            // snap-at-last-txn: the SNAP's zxid is the leader's last processed zxid, which a new epoch sets to
            // makeZxid(epoch, 0); the tree it sends holds the leader's txns up to there.
            const leaderLog = s.leader === null ? [] : state[s.leader]!.log
            let last = 0
            for (const t of leaderLog) if (t.zxid <= mode.zxid) last = t.zxid
            last = Math.max(last, s.leader === null ? 0 : Math.min(state[s.leader]!.floor, mode.zxid))
            s.log = []
            s.floor = last
            s.snapCovers = last
            if (last === 0) write(e.server, "snap-at-last-txn", (w) => ({ _tag: "Truncate", write: w, zxid: 0 }))
            else write(e.server, last === mode.zxid ? "newleader-ack-durable" : "snap-at-last-txn", (w) => ({ _tag: "InstallSnapshot", write: w, zxid: last, tree: mode.tree }))
          }
          // A DIFF keeps what the learner holds (all of it is in the leader's history, or it would be a TRUNC).
          for (const txn of s.syncTxns) append(e.server, txn, "newleader-ack-durable")
          s.syncTxns = []
          s.currentEpoch = m.epoch
          write(e.server, "newleader-ack-durable", (w) => ({ _tag: "WriteCurrentEpoch", write: w, epoch: m.epoch }))
          sync(e.server, "newleader-ack-durable")
          s.newLeaderAcked = true
          s.ackedThrough = s.log.at(-1)?.zxid ?? s.floor
          // sync-is-one-newleader: the leader forwards its new proposals to a learner once it has queued its
          // NEWLEADER (LearnerHandler.syncFollower: startForwarding), so PROPOSALs after NEWLEADER are the
          // spec's PROPOSEs behind it; the learner logs them after its ack (Learner.syncWithLeader after UPTODATE).
          for (const txn of s.afterNewLeader) append(e.server, txn, "follower-logs-proposal")
          s.afterNewLeader = []
          // ZooKeeper 3.8 logs the PROPOSALs it got before NEWLEADER before it acks (Learner.syncWithLeader:
          // packetsNotCommitted, logRequest), so the ack claims them too (see ZOOKEEPER-4646 below).
          s.ackedThrough = Math.max(s.ackedThrough, s.beforeNewLeader)
          s.beforeNewLeader = 0
        }
        if (m._tag === "Ack") {
          if (counterOf(m.zxid) === 0 && !disabled.has("uptodate-ack")) {
            applied.set("uptodate-ack", (applied.get("uptodate-ack") ?? 0) + 1)
            continue
          }
          if (s.log.some((t) => t.zxid === m.zxid)) sync(e.server, "follower-logs-proposal")
        }
        if (m._tag === "AckEpoch") {
          const reported = lastTxnOf(e.server, m.lastZxid)
          if (reported < s.ackedThrough) shortfalls.set(at, { learner: e.server, acked: s.ackedThrough, reported })
          push({ ...e, message: { ...m, lastZxid: reported } }, null)
          continue
        }
        push(e, null)
        continue
      }
      case "Received": {
        const s = state[e.server]!
        const m = e.message
        if (m._tag === "Ack" && counterOf(m.zxid) === 0 && !disabled.has("uptodate-ack")) continue // counted at its send
        if (m._tag === "FollowerInfo" && unanswered.has(at) && !disabled.has("unanswered-followerinfo")) {
          applied.set("unanswered-followerinfo", (applied.get("unanswered-followerinfo") ?? 0) + 1)
          continue
        }
        if (m._tag === "AckEpoch") push({ ...e, message: { ...m, lastZxid: lastTxnOf(e.from, m.lastZxid) } }, null)
        else push(e, null)
        if (m._tag === "FollowerInfo" && s.leading && !s.epochProposed) {
          // Leader.getEpochToPropose: once a quorum (itself included) has connected, the new epoch is one
          // above every acceptedEpoch seen, written before any LEADERINFO goes out.
          s.connecting.set(e.from, m.acceptedEpoch)
          if (s.connecting.size + 1 > servers / 2) {
            s.epochProposed = true
            const epoch = Math.max(s.acceptedEpoch, ...s.connecting.values()) + 1
            s.acceptedEpoch = epoch
            write(e.server, "leader-accepted-epoch", (w) => ({ _tag: "WriteAcceptedEpoch", write: w, epoch }))
            sync(e.server, "leader-accepted-epoch")
          }
        }
        if (s.leader !== e.from) continue
        switch (m._tag) {
          case "LeaderInfo":
            s.leaderInfoEpoch = m.newEpoch
            break
          case "Diff":
          case "Trunc":
            s.sync = { mode: m._tag, zxid: m.zxid, tree: "" }
            s.syncTxns = []
            s.afterNewLeader = []
            s.beforeNewLeader = 0
            s.newLeaderReceived = false
            break
          case "Snap":
            s.sync = { mode: "Snap", zxid: m.zxid, tree: m.tree }
            s.syncTxns = []
            s.afterNewLeader = []
            s.beforeNewLeader = 0
            s.newLeaderReceived = false
            break
          case "NewLeader":
            s.newLeaderReceived = true
            break
          case "Proposal":
            if (s.newLeaderAcked) append(e.server, m.txn, "follower-logs-proposal")
            // A txn the leader had proposed before it synced this learner is in Zab.tla's NEWLEADER history,
            // though ZooKeeper forwards it after NEWLEADER (Leader.startForwarding queues the outstanding
            // proposals); one proposed later is a PROPOSE behind NEWLEADER, even when it reaches the learner
            // before NEWLEADER: after a SNAP, LearnerHandler queues the forwarded proposals ahead of NEWLEADER.
            else if (m.txn.zxid > (state[e.from]!.syncedThrough.get(e.server) ?? 0)) {
              s.afterNewLeader.push(m.txn)
              if (!s.newLeaderReceived) s.beforeNewLeader = m.txn.zxid
            }
            else s.syncTxns.push(m.txn)
            break
          case "Notification":
          case "FollowerInfo":
          case "AckEpoch":
          case "AckNewLeader":
          case "UpToDate":
          case "Ack":
          case "Commit":
          case "Request":
          case "Ping":
            break
        }
        continue
      }
      case "Delivered":
        // A leader's delivery is its commit (the decoder places it at the first COMMIT it sends): its own
        // appends up to that zxid are flushed by then, and only those (a later proposal's own ACK would
        // let the model commit it, and send its COMMIT, ahead of where ZooKeeper did).
        if (state[e.server]!.leading) {
          const s = state[e.server]!
          const through = s.appends.filter((x) => x.write > s.synced && x.zxid <= e.zxid).at(-1)
          if (through !== undefined) {
            s.synced = through.write
            s.syncedLog = s.log.filter((t) => t.zxid <= through.zxid)
            s.syncedFloor = s.floor
            push({ _tag: "FsyncCompleted", server: e.server, through: through.write }, "leader-logs-own")
          }
        }
        if (e.zxid <= state[e.server]!.snapCovers && !disabled.has("snap-at-last-txn")) {
          applied.set("snap-at-last-txn", (applied.get("snap-at-last-txn") ?? 0) + 1)
          continue
        }
        push(e, null)
        continue
      case "Crashed": {
        // kill-loses-unflushed: what no inserted fsync covered is lost, unless the server's next ACKEPOCH
        // reports it logged (recovered-log-from-ackepoch).
        const s = state[e.server]!
        const reported = survivors.get(at)
        if (reported !== undefined && !disabled.has("recovered-log-from-ackepoch")) {
          const kept = s.appends.filter((a) => a.write > s.synced && a.zxid <= reported).at(-1)
          if (kept !== undefined) {
            push({ _tag: "FsyncCompleted", server: e.server, through: kept.write }, "recovered-log-from-ackepoch")
            applied.set("recovered-log-from-ackepoch", (applied.get("recovered-log-from-ackepoch") ?? 0) + 1)
            s.synced = kept.write
            s.syncedLog = s.log.filter((t) => t.zxid <= kept.zxid)
            s.syncedFloor = s.floor
          }
        }
        if (disabled.has("kill-loses-unflushed")) {
          push(e, null)
          continue
        }
        if (e.disk === "keep" && s.synced < s.writes) applied.set("kill-loses-unflushed", (applied.get("kill-loses-unflushed") ?? 0) + 1)
        s.log = s.syncedLog.slice()
        s.floor = s.syncedFloor
        push(e.disk === "keep" ? { ...e, disk: "lose-unsynced" } : e, null)
        continue
      }
      case "Step":
      case "Wrote":
      case "ConnectionLost":
      case "ClientRequest":
      case "Replied":
      case "FsyncCompleted":
      case "Partitioned":
      case "Healed":
      case "LivenessPhase":
      case "Violation":
      case "OpInvoked":
      case "OpCompleted":
      case "SpecAction":
      case "View":
        push(e, null)
        continue
    }
  }
  return { events, origin, rule: rules, applied, shortfalls }
}

/**
 * leader-takes-ack-late: the order in which to take the events (their indexes), with each leader's receipts of
 * proposal ACKs moved as late as the leader's visible actions allow (see the rule in the module comment).
 */
function acksTakenLate(input: ReadonlyArray<TraceEvent>, sequence: ReadonlyArray<number>): Array<number> {
  const order: Array<number> = []
  // Per leader, the ACK receipts held back, in wire order.
  const held = new Map<number, Array<number>>()
  const release = (leader: number): void => {
    const queue = held.get(leader)
    if (queue === undefined || queue.length === 0) return
    order.push(...queue)
    held.set(leader, [])
  }
  const releaseFrom = (learner: number): void => {
    for (const [leader, queue] of held) if (queue.some((k) => (input[k] as Extract<TraceEvent, { _tag: "Received" }>).from === learner)) release(leader)
  }
  for (const k of sequence) {
    const e = input[k]!
    if (e._tag === "Received" && e.message._tag === "Ack" && counterOf(e.message.zxid) !== 0) {
      const queue = held.get(e.server) ?? []
      queue.push(k)
      held.set(e.server, queue)
      continue
    }
    switch (e._tag) {
      case "Sent":
        switch (e.message._tag) {
          // A leader's proposals do not depend on the ACKs it has read. Its COMMITs go out of one queue per
          // learner (LearnerHandler.queuedPackets): the commit itself is the Delivered the decoder places
          // before the first of them, and the others are that queue draining. Pings, requests and
          // notifications are not the model's.
          case "Proposal":
          case "Commit":
          case "Ping":
          case "Request":
          case "Notification":
            break
          case "FollowerInfo":
            release(e.server)
            releaseFrom(e.server)
            break
          case "LeaderInfo":
          case "AckEpoch":
          case "Diff":
          case "Trunc":
          case "Snap":
          case "NewLeader":
          case "AckNewLeader":
          case "UpToDate":
          case "Ack":
            release(e.server)
            break
        }
        break
      case "Received":
        if (e.message._tag === "Ping" || e.message._tag === "Request" || e.message._tag === "Notification") break
        release(e.server)
        // The next message of the same learner comes after its earlier ACKs (FIFO).
        releaseFrom(e.from)
        break
      case "Observed":
        if (e.effect._tag !== "Proposed") release(e.server)
        if (e.effect._tag === "RoleChange") releaseFrom(e.server)
        break
      case "Delivered": {
        // A leader's commit of a txn needed the ACKs of that txn, not those of later ones: Leader.processAck
        // commits only the acked zxid (tryToCommit), so a later txn commits at a later ACK's processing.
        const queue = held.get(e.server) ?? []
        const due = queue.filter((k) => heldAckZxid(input[k]!) <= e.zxid)
        order.push(...due)
        held.set(e.server, queue.filter((k) => !due.includes(k)))
        break
      }
      case "Wrote":
      case "FsyncCompleted":
      case "ClientRequest":
      case "Replied":
        release(e.server)
        break
      case "ConnectionLost":
      case "Crashed":
      case "Restarted":
        release(e.server)
        releaseFrom(e.server)
        break
      case "Step":
      case "Partitioned":
      case "Healed":
      case "LivenessPhase":
      case "Violation":
      case "OpInvoked":
      case "OpCompleted":
      case "SpecAction":
      case "View":
        break
    }
    order.push(k)
  }
  for (const leader of [...held.keys()]) release(leader)
  return order
}

/**
 * learner-queues-until-uptodate: the order of the events with each PROPOSAL and COMMIT a learner received between its
 * NEWLEADER ack and UPTODATE taken right after its move to broadcast.
 */
function commitsAfterUpToDate(input: ReadonlyArray<TraceEvent>, sequence: ReadonlyArray<number>): Array<number> {
  const order: Array<number> = []
  const acked = new Set<number>() // learners between their NEWLEADER ack and UPTODATE
  const held = new Map<number, Array<number>>()
  const release = (learner: number): void => {
    order.push(...(held.get(learner) ?? []))
    held.delete(learner)
  }
  for (const k of sequence) {
    const e = input[k]!
    if (e._tag === "Sent" && e.message._tag === "AckNewLeader") {
      acked.add(e.server)
      order.push(k)
      continue
    }
    if (e._tag === "Received" && (e.message._tag === "Commit" || e.message._tag === "Proposal") && acked.has(e.server)) {
      held.set(e.server, [...(held.get(e.server) ?? []), k])
      continue
    }
    if (e._tag === "Observed" && e.effect._tag === "RoleChange") {
      acked.delete(e.server)
      if (e.effect.role === "following" && e.effect.phase === "broadcast") {
        order.push(k)
        release(e.server)
        continue
      }
      release(e.server)
    } else if (e._tag === "Crashed" || e._tag === "Restarted" || e._tag === "ConnectionLost") {
      acked.delete(e.server)
      release(e.server)
    }
    order.push(k)
  }
  for (const learner of [...held.keys()]) release(learner)
  return order
}

/** The zxid of a held ACK receipt (acksTakenLate holds nothing else). */
function heldAckZxid(e: TraceEvent): number {
  if (e._tag !== "Received" || e.message._tag !== "Ack") throw new Error("acksTakenLate holds only ACK receipts")
  return e.message.zxid
}

/**
 * kill-after-its-bytes: the order of the events with each kill moved after the receipts of what the killed
 * server had sent before it (see the rule in the module comment), but never past an event of the killed
 * server or a lost connection to it.
 */
function killsAfterTheirBytes(input: ReadonlyArray<TraceEvent>): Array<number> {
  const order = input.map((_, k) => k)
  for (let c = 0; c < order.length; c++) {
    const crash = input[order[c]!]!
    if (crash._tag !== "Crashed") continue
    const dead = crash.server
    let last = -1
    for (let p = c + 1; p < order.length; p++) {
      const e = input[order[p]!]!
      if (e._tag === "Received" && e.from === dead) last = p
      else if (e._tag === "ConnectionLost" && e.peer === dead) break
      else if ("server" in e && e.server === dead) break
    }
    if (last < 0) continue
    order.splice(last + 1, 0, order[c]!)
    order.splice(c, 1)
    c -= 1
  }
  return order
}

/**
 * For each Crashed event (by index), the last logged zxid the server reports in its first ACKEPOCH after
 * it restarts, if it sends one before crashing again.
 */
function survivingZxids(servers: number, input: ReadonlyArray<TraceEvent>): ReadonlyMap<number, number> {
  // server -> indexes of its Crashed events not yet resolved: a report after several kills in a row says
  // what survived each of them (the log it reports was on disk through all of them).
  const open = new Map<number, Array<number>>()
  const out = new Map<number, number>()
  input.forEach((e, k) => {
    if (e._tag === "Crashed" && e.server <= servers) open.set(e.server, [...(open.get(e.server) ?? []), k])
    // What it reports logged as a learner, or, as a leader, the zxid it syncs a learner to when that is a
    // txn (a DIFF's or SNAP's zxid is its lastProcessedZxid, loaded from its snapshot and log at start).
    const reported = e._tag !== "Sent" ? null : e.message._tag === "AckEpoch" ? e.message.lastZxid : (e.message._tag === "Diff" || e.message._tag === "Snap") && counterOf(e.message.zxid) !== 0 ? e.message.zxid : null
    if (e._tag === "Sent" && reported !== null) {
      for (const crash of open.get(e.server) ?? []) out.set(crash, reported)
      open.delete(e.server)
    }
  })
  return out
}

/** The indexes of FollowerInfo receipts whose leader ended that connection, or crashed, before answering. */
function unansweredFollowerInfos(input: ReadonlyArray<TraceEvent>): ReadonlySet<number> {
  const out = new Set<number>()
  const waiting = new Map<string, number>() // "leader>learner" -> index of the receipt
  input.forEach((e, k) => {
    if (e._tag === "Received" && e.message._tag === "FollowerInfo") waiting.set(`${e.server}>${e.from}`, k)
    else if (e._tag === "Sent" && e.message._tag === "LeaderInfo") waiting.delete(`${e.server}>${e.to}`)
    else if (e._tag === "ConnectionLost" || e._tag === "Crashed") {
      for (const [key, index] of waiting) {
        const [leader, learner] = key.split(">").map(Number)
        if (leader === e.server && (e._tag === "Crashed" || learner === e.peer)) {
          out.add(index)
          waiting.delete(key)
        }
      }
    }
  })
  return out
}

export interface ZooKeeperValidation {
  /** Null when the model admits the whole trace. Its `index` is the decoded trace's event index. */
  readonly rejection: Rejection | null
  /** The inserted step (rule) the model refused, when it was one: a rule that does not fit the run. */
  readonly rejectedRule: ZooKeeperRule | null
  readonly applied: ReadonlyMap<ZooKeeperRule, number>
  readonly counts: ReadonlyMap<string, number>
}

export function validateZooKeeperTrace(servers: number, events: ReadonlyArray<TraceEvent>, disabled: ReadonlySet<ZooKeeperRule> = new Set()): ZooKeeperValidation {
  const adapted = adaptZooKeeperTrace(servers, events, disabled)
  const validator = new Validator(servers, "net")
  let k = 0
  for (; k < adapted.events.length; k++) if (!validator.push(adapted.events[k]!)) break
  const rejection = validator.rejection
  if (rejection === null) return { rejection: null, rejectedRule: null, applied: adapted.applied, counts: validator.counts }
  const original = adapted.origin[rejection.index]!
  const event = events[original]!
  // A learner's ACKEPOCH that reports less than its NEWLEADER ack covered: ZooKeeper 3.8.0 acks NEWLEADER
  // before the synced txns are logged (Learner.syncWithLeader hands them to the SyncRequestProcessor after
  // the ack, or after UPTODATE), so a learner that leaves (or is killed) soon after loses them. That is
  // ZOOKEEPER-4646 (fixed in 3.9.0), seen from the wire; the rejection says so and names the rule whose
  // assumption failed, rather than passing for a fault of the decoder.
  const learner = event._tag === "Sent" && event.message._tag === "AckEpoch" ? event.server : event._tag === "Received" && event.message._tag === "AckEpoch" ? event.from : null
  const shortfall = learner === null ? undefined : [...adapted.shortfalls].filter(([k, v]) => k <= original && v.learner === learner).at(-1)?.[1]
  if (shortfall !== undefined) {
    const reason = `${rejection.reason}: server ${shortfall.learner} acked NEWLEADER with its log through ${formatZxid(shortfall.acked)}, then reported ${formatZxid(shortfall.reported)} as its last logged zxid: ZooKeeper acked NEWLEADER before the synced txns were logged (ZOOKEEPER-4646, fixed in 3.9.0)`
    return { rejection: { ...rejection, reason, index: original, event }, rejectedRule: "newleader-ack-durable", applied: adapted.applied, counts: validator.counts }
  }
  return {
    rejection: { ...rejection, index: original, event },
    rejectedRule: adapted.rule[rejection.index] ?? null,
    applied: adapted.applied,
    counts: validator.counts,
  }
}
