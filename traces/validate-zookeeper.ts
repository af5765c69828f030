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
 *   empty tree: a truncation to nothing). The deliveries the decoder makes for that tree (at UPTODATE) are
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
 * - recovered-log-from-ackepoch: unless its next ACKEPOCH after the restart reports a higher last logged
 *   zxid (Learner.registerWithLeader sends getLastLoggedZxid): then its appends up to that zxid were flushed
 *   before the kill, and an fsync covering them is placed before the crash.
 */
import type { PeerEffect, Txn } from "../impl/core/types.js"
import { counterOf } from "../impl/core/zxid.js"
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
  newLeaderAcked: boolean
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
  return { writes: 0, synced: 0, acceptedEpoch: 0, currentEpoch: 0, log: [], leader: null, leading: false, connecting: new Map(), epochProposed: false, leaderInfoEpoch: 0, sync: null, syncTxns: [], newLeaderAcked: false, floor: 0, syncedLog: [], syncedFloor: 0, appends: [], snapCovers: 0 }
}

/** Insert the internal steps the rules name and leave out what they leave out. */
export function adaptZooKeeperTrace(servers: number, input: ReadonlyArray<TraceEvent>, disabled: ReadonlySet<ZooKeeperRule> = new Set()): Adapted {
  const state = Array.from({ length: servers + 1 }, fresh)
  const events: Array<TraceEvent> = []
  const origin: Array<number> = []
  const rules: Array<ZooKeeperRule | null> = []
  const applied = new Map<ZooKeeperRule, number>()
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
  const survivors = survivingZxids(servers, input)
  const unanswered = unansweredFollowerInfos(input)
  for (at = 0; at < input.length; at++) {
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
        }
        if (m._tag === "Ack") {
          if (counterOf(m.zxid) === 0 && !disabled.has("uptodate-ack")) {
            applied.set("uptodate-ack", (applied.get("uptodate-ack") ?? 0) + 1)
            continue
          }
          if (s.log.some((t) => t.zxid === m.zxid)) sync(e.server, "follower-logs-proposal")
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
        push(e, null)
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
            break
          case "Snap":
            s.sync = { mode: "Snap", zxid: m.zxid, tree: m.tree }
            s.syncTxns = []
            break
          case "Proposal":
            if (!s.newLeaderAcked) s.syncTxns.push(m.txn)
            else append(e.server, m.txn, "follower-logs-proposal")
            break
          case "Notification":
          case "FollowerInfo":
          case "AckEpoch":
          case "NewLeader":
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
  return { events, origin, rule: rules, applied }
}

/**
 * For each Crashed event (by index), the last logged zxid the server reports in its first ACKEPOCH after
 * it restarts, if it sends one before crashing again.
 */
function survivingZxids(servers: number, input: ReadonlyArray<TraceEvent>): ReadonlyMap<number, number> {
  const open = new Map<number, number>() // server -> index of its last Crashed not yet resolved
  const out = new Map<number, number>()
  input.forEach((e, k) => {
    if (e._tag === "Crashed" && e.server <= servers) open.set(e.server, k)
    if (e._tag === "Sent" && e.message._tag === "AckEpoch") {
      const crash = open.get(e.server)
      if (crash !== undefined) {
        out.set(crash, e.message.lastZxid)
        open.delete(e.server)
      }
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
  return {
    rejection: { ...rejection, index: original, event: events[original]! },
    rejectedRule: adapted.rule[rejection.index] ?? null,
    applied: adapted.applied,
    counts: validator.counts,
  }
}
