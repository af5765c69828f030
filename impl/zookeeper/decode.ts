/**
 * A capture of Apache ZooKeeper's inter-server traffic (capture.ts) decoded into the shared runtime events
 * (impl/events.ts), so the projection, the invariants and model validation judge ZooKeeper as they judge
 * our own peer.
 *
 * Bytes. Each connection direction is one byte stream, reassembled from the proxy's chunks: the quorum
 * port's back-to-back QuorumPackets (quorum-wire.ts; after SNAP the database stream), the election port's
 * preamble and length-framed notifications (election-wire.ts). Bytes that cannot be what they claim stop that
 * stream and are reported (connection, direction, stream offset, why): `problems` non-empty makes the
 * whole decode a harness error, never a run that passes on what was skipped. A message cut short by a
 * close (a SIGKILL, a proxy reset) was never received and is counted in `cut`, not reported.
 *
 * Send and receive. A message is Sent at the chunk that carried its first byte (the proxy reads and
 * forwards a chunk at once unless a fault delays it) and Received at the chunk that completed it, if
 * every byte up to there was delivered (a dropped chunk breaks the stream for the receiver). Events are
 * ordered by capture record, sends before receives within one, so a receive follows its send and a reply
 * follows what it answers: the proxy saw the reply's bytes only after it forwarded the request.
 *
 * What the wire shows and what is inferred (each inference says what it rests on):
 * - Roles and phases. A server that dials a leader's quorum port with FOLLOWERINFO follows it (discovery);
 *   its ACKEPOCH moves it to synchronisation; its NEWLEADER ack sets its currentEpoch (Learner writes
 *   currentEpoch before that ACK); UPTODATE received puts it in broadcast. A server that sends LEADERINFO
 *   leads (discovery); its first DIFF/TRUNC/SNAP of the epoch means a quorum acked the epoch (Leader.lead
 *   sets currentEpoch after waitForEpochAck); its first UPTODATE of the epoch means a quorum acked
 *   NEWLEADER (Leader.lead starts serving, then LearnerHandler sends UPTODATE): Established, broadcast. A
 *   notification sent with state LOOKING puts its sender back in election.
 * - Deliveries. A follower in broadcast applies a txn when it receives its COMMIT; the txns committed
 *   during its sync it applies after UPTODATE (Learner.syncWithLeader: packetsCommitted); a SNAP gives it
 *   the leader's tree, so it is delivered the txns the leader was seen delivering up to the SNAP zxid. A
 *   leader applies a txn when it commits it, which the first COMMIT it sends for it shows.
 * - Proposals. The first PROPOSAL an established leader sends for a zxid of its own epoch is its broadcast
 *   (Proposed); sync-phase PROPOSALs resend txns it already had.
 * - Processes. A Process note "started" is Restarted (with the epochs and last delivered zxid the traffic
 *   showed), "killed"/"stopped"/"exited" is Crashed (disk kept: a SIGKILL does not lose the page cache).
 * - Not visible at all: storage writes and fsyncs (ZooKeeper's log and epoch files), its data tree, its
 *   client replies. No Wrote or FsyncCompleted is invented: the projection treats the trace as one that
 *   records no storage writes, and validation leaves those internal steps to the model.
 *
 * Mapping of packets to the shared messages (impl/core/types.ts), where ZooKeeper's fields differ:
 * - FOLLOWERINFO carries only makeZxid(acceptedEpoch, 0); FollowerInfo.lastZxid is the learner's last
 *   zxid as the traffic showed it (ZooKeeper sends its last logged zxid in ACKEPOCH instead).
 * - ACKEPOCH's data is the learner's currentEpoch, or -1 when it had already accepted this epoch
 *   (Learner.registerWithLeader); -1 maps to the currentEpoch the traffic showed.
 * - NEWLEADER's zxid is makeZxid(epoch, 0); NewLeader.zxid is the last txn of the history this learner was
 *   synced to (the DIFF/TRUNC/SNAP zxid or the last sync PROPOSAL after it, whichever is higher).
 * - The learner's first ACK of makeZxid(epoch, 0) after NEWLEADER is AckNewLeader; every other ACK is Ack,
 *   including the ACK of UPTODATE (same zxid), which the ZooKeeper rules of validation name.
 * - A learner's REQUEST is Request when its body is a write the shared vocabulary has (create, delete,
 *   setData, createSession, closeSession); others (sync, multi, ...) and REVALIDATE and SYNC are kept as
 *   wire messages (coverage) but have no trace event: the model has no clients.
 * - OBSERVERINFO, INFORM and the reconfig packets belong to observers and dynamic reconfiguration, which
 *   these ensembles do not run: a problem, so a run that shows them is not judged by a decoder that
 *   ignores them.
 */
import type { Message, Role, Txn } from "../core/types.js"
import { counterOf, epochOf, formatZxid, makeZxid } from "../core/zxid.js"
import type { RuntimeEvent } from "../events.js"
import type { CaptureChannel, CaptureHeader, CaptureRecord } from "./capture.js"
import { type ElectionNotification, readElectionMessage, readPreamble } from "./election-wire.js"
import { JuteCursor, JuteFormatError, NeedMore } from "./jute-stream.js"
import { type DecodedTxn, type QuorumPacket, QuorumType, type SnapshotSummary, quorumTypeName, readLearnerRequest, readQuorumPacket, readSnapshotStream, readTxn } from "./quorum-wire.js"

export interface DecodedEvent {
  /** Capture time in microseconds: the chunk that carried the send, or completed the receive. */
  readonly at: number
  readonly event: RuntimeEvent
}

/** Bytes that could not be decoded: the run is a harness error. */
export interface DecodeProblem {
  readonly conn: number
  readonly route: string
  readonly dir: "out" | "back"
  /** Offset in that direction's byte stream. */
  readonly offset: number
  readonly at: number
  readonly why: string
}

/** One ZooKeeper message as it crossed the proxy, by ZooKeeper's name, for coverage and reading. */
export interface WireMessage {
  readonly channel: CaptureChannel
  readonly conn: number
  readonly from: number
  readonly to: number
  /** Leader.java's packet name, "NOTIFICATION" or "SNAPSHOT" (the database stream after SNAP). */
  readonly name: string
  readonly zxid: number | null
  readonly sentAt: number
  readonly receivedAt: number | null
  /** What the decoder made of it beyond its name: e.g. "sync", "newleader-ack", "uptodate-ack", "early". */
  readonly tags: ReadonlyArray<string>
}

export interface DecodedCapture {
  readonly events: ReadonlyArray<DecodedEvent>
  readonly problems: ReadonlyArray<DecodeProblem>
  readonly messages: ReadonlyArray<WireMessage>
  /** Messages cut short by a close: sent in part, never received. */
  readonly cut: number
  /** Process notes, in order, for coverage (what the runner did). */
  readonly processes: ReadonlyArray<Extract<CaptureRecord, { _tag: "Process" }>>
  /** Connections the proxy reset (a fault), and chunks it dropped. */
  readonly resets: number
  readonly dropped: number
}

interface Chunk {
  readonly start: number
  readonly record: number
  readonly at: number
  readonly dropped: boolean
}

interface Stream {
  readonly conn: number
  readonly dir: "out" | "back"
  readonly channel: CaptureChannel
  readonly sender: number
  readonly receiver: number
  pending: Buffer
  consumed: number
  readonly chunks: Array<Chunk>
  chunkIndex: number
  /** A chunk was dropped: the receiver sees nothing from there on. */
  lost: boolean
  broken: boolean
  preambleDone: boolean
  /** After SNAP: the database stream comes next, then packets again. */
  snapshotAfter: { readonly packet: QuorumPacket; readonly start: number } | null
}

/** What a quorum connection (learner = dialler, leader = acceptor) has shown. */
interface QuorumLink {
  readonly learner: number
  readonly leader: number
  epoch: number | null
  syncMode: "DIFF" | "TRUNC" | "SNAP" | null
  syncZxid: number
  inSync: boolean
  newLeaderSeen: boolean
  newLeaderAcked: boolean
  upToDateSeen: boolean
  readonly syncCommits: Array<number>
  snapDelivered: ReadonlyArray<number>
  /** After DIFF or TRUNC: the learner's own logged txns up to the sync zxid, which its reloaded tree holds. */
  logDelivered: ReadonlyArray<number>
  /** The last zxid the learner's ACKEPOCH reported: the last txn of its reloaded tree. */
  learnerLastZxid: number
  /** Where the leader received this connection's FOLLOWERINFO (the record and time), if it did. */
  followerInfoReceived: { readonly record: number; readonly at: number } | null
}

interface ServerTrack {
  started: boolean
  up: boolean
  role: Role
  phase: "election" | "discovery" | "synchronization" | "broadcast"
  leader: number | null
  acceptedEpoch: number
  currentEpoch: number
  /** Zxids this server was shown to apply, in order, this lifetime and before (the tree survives). */
  delivered: Array<number>
  deliveredSet: Set<number>
  lastZxid: number
  /** Zxids of the PROPOSALs it received, ascending: its log as far as the wire shows it. */
  logged: Array<number>
  /** As leader of its current epoch: the highest zxid it synced a learner to. */
  initialZxid: number
  /** As leader: the epochs established, zxids proposed in its epoch, zxids committed. */
  readonly established: Set<number>
  readonly proposed: Set<number>
  /** Where its last established leadership ended (the epoch, and the record and time it went LOOKING or was killed). */
  leadershipEnded: { readonly epoch: number; readonly record: number; readonly at: number } | null
  /** The capture record and time of the kill that ended its last lifetime (null while up, or never killed). */
  killed: { readonly record: number; readonly at: number } | null
  /** As leader: the epoch its LEADERINFOs of this leadership propose (null before the first, and when not leading). */
  leaderInfoEpoch: number | null
}

/** The path of the placeholder op of a txn known only by its zxid (a former leader's unsent proposal). */
export const UNSEEN_TXN_PATH = "/(txn never on the wire)"

/** Before a record's sends: where a proposal that ended with its leadership unseen is placed. */
const SUB_BEFORE_SEND = -0.5
const SUB_SEND = 0
const SUB_RECEIVE = 1
/** Between a record's sends and its receives: where a leadership that began before a receipt is placed. */
const SUB_BEFORE_RECEIVE = 0.5

/** A chunk placed just ahead of its sender's kill has a record number halfway below the kill's. */
function isPosthumous(record: number): boolean {
  return !Number.isInteger(record)
}

export function decodeCapture(header: CaptureHeader, records: ReadonlyArray<CaptureRecord>): DecodedCapture {
  return new CaptureDecoder(header).run(records)
}

class CaptureDecoder {
  private readonly keyed: Array<{ readonly record: number; readonly sub: number; readonly serial: number; readonly at: number; readonly event: RuntimeEvent }> = []
  private readonly problems: Array<DecodeProblem> = []
  private readonly messages: Array<WireMessage> = []
  private readonly processes: Array<Extract<CaptureRecord, { _tag: "Process" }>> = []
  private readonly streams = new Map<string, Stream>()
  private readonly opens = new Map<number, Extract<CaptureRecord, { _tag: "Open" }>>()
  private readonly openRecords = new Map<number, number>()
  private readonly links = new Map<number, QuorumLink>()
  private readonly closed = new Set<number>()
  private readonly servers: Array<ServerTrack>
  private serial = 0
  private cut = 0
  private resets = 0
  private dropped = 0
  /** The record being processed and its time: where synthesized events of a receive are placed. */
  private record = 0
  private at = 0

  constructor(private readonly header: CaptureHeader) {
    this.servers = Array.from({ length: header.servers }, () => ({
      started: false,
      up: false,
      role: "looking" as Role,
      phase: "election" as const,
      leader: null,
      acceptedEpoch: 0,
      currentEpoch: 0,
      delivered: [],
      deliveredSet: new Set<number>(),
      lastZxid: 0,
      logged: [],
      initialZxid: 0,
      established: new Set<number>(),
      proposed: new Set<number>(),
      leaderInfoEpoch: null,
      leadershipEnded: null,
      killed: null,
    }))
  }

  run(records: ReadonlyArray<CaptureRecord>): DecodedCapture {
    records.forEach((r, i) => {
      this.record = i
      this.at = r.at
      switch (r._tag) {
        case "Open":
          this.opens.set(r.conn, r)
          this.openRecords.set(r.conn, i)
          if (r.channel === "quorum") this.links.set(r.conn, newLink(r.from, r.to))
          return
        case "Bytes":
          return this.onBytes(r)
        case "Close":
          return this.onClose(r)
        case "Process":
          return this.onProcess(r)
        case "Observed":
          return
      }
    })
    for (const stream of this.streams.values()) if (stream.pending.length > 0 && !stream.broken) this.cut += 1
    const events = this.keyed
      .sort((a, b) => a.record - b.record || a.sub - b.sub || a.serial - b.serial)
      .map((k) => ({ at: k.at, event: k.event }))
    return { events, problems: this.problems, messages: this.messages, cut: this.cut, processes: this.processes, resets: this.resets, dropped: this.dropped }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Emitting.

  private emit(record: number, sub: number, at: number, event: RuntimeEvent): void {
    this.keyed.push({ record, sub, serial: this.serial++, at, event })
  }

  private track(id: number): ServerTrack | null {
    return this.servers[id - 1] ?? null
  }

  /** A server that shows traffic while the decoder has it down was started without a note: it is up. */
  private ensureUp(id: number, record: number, sub: number, at: number): void {
    const s = this.track(id)
    if (s === null || s.up || isPosthumous(record)) return
    this.restart(id, s, record, sub, at)
  }

  private restart(id: number, s: ServerTrack, record: number, sub: number, at: number): void {
    s.up = true
    s.started = true
    s.killed = null
    s.role = "looking"
    s.leaderInfoEpoch = null
    s.phase = "election"
    s.leader = null
    this.emit(record, sub, at, {
      _tag: "Restarted",
      server: id,
      acceptedEpoch: s.acceptedEpoch,
      currentEpoch: s.currentEpoch,
      snapshotZxid: s.delivered.at(-1) ?? 0,
      logLength: 0,
      tornTail: false,
    })
  }

  private role(id: number, role: Role, phase: ServerTrack["phase"], leader: number | null, record: number, sub: number, at: number): void {
    const s = this.track(id)
    if (s === null) return
    if (s.role === role && s.phase === phase && s.leader === leader) return
    // A server changes between leading and following (or follows another leader) only through LOOKING
    // (QuorumPeer.run): when the wire shows no notification of it (a would-be leader whose learners left
    // before LEADERINFO), the election it passed through is implied.
    if (s.role === "leading" && role !== "leading" && s.established.has(s.currentEpoch)) s.leadershipEnded = { epoch: s.currentEpoch, record, at }
    if (s.role !== "looking" && role !== "looking" && (s.role !== role || s.leader !== leader)) {
      s.role = "looking"
      s.phase = "election"
      s.leader = null
      this.emit(record, sub, at, { _tag: "Observed", server: id, effect: { _tag: "RoleChange", role: "looking", phase: "election", epoch: s.currentEpoch, leader: null } })
    }
    s.role = role
    s.phase = phase
    s.leader = leader
    if (role !== "leading") s.leaderInfoEpoch = null
    this.emit(record, sub, at, { _tag: "Observed", server: id, effect: { _tag: "RoleChange", role, phase, epoch: s.currentEpoch, leader } })
  }

  private deliver(id: number, zxid: number, record: number, sub: number, at: number): void {
    const s = this.track(id)
    if (s === null || s.deliveredSet.has(zxid)) return
    s.deliveredSet.add(zxid)
    s.delivered.push(zxid)
    s.lastZxid = Math.max(s.lastZxid, zxid)
    this.emit(record, sub, at, { _tag: "Delivered", server: id, zxid })
  }

  // ---------------------------------------------------------------------------------------------------------
  // Records.

  private onProcess(r: Extract<CaptureRecord, { _tag: "Process" }>): void {
    this.processes.push(r)
    const s = this.track(r.server)
    if (s === null) return
    switch (r.event) {
      case "started":
        this.restart(r.server, s, this.record, SUB_SEND, r.at)
        return
      case "killed":
      case "stopped":
      case "exited":
        if (!s.up) return
        s.up = false
        s.killed = { record: this.record, at: r.at }
        if (s.role === "leading" && s.established.has(s.currentEpoch)) s.leadershipEnded = { epoch: s.currentEpoch, record: this.record, at: r.at }
        this.emit(this.record, SUB_SEND, r.at, { _tag: "Crashed", server: r.server, disk: "keep", torn: false })
        return
      case "paused":
      case "resumed":
        return
    }
  }

  /** Whether a server has an open quorum connection in its current role. */
  private holdsRole(id: number): boolean {
    const s = this.track(id)
    if (s === null) return false
    for (const [conn, link] of this.links) {
      if (this.closed.has(conn)) continue
      if (s.role === "following" && link.learner === id && link.leader === s.leader) return true
      // A leader holds its role from the first learner it accepts (its LEADERINFOs wait for a quorum of
      // them: Leader.getEpochToPropose), and gives it up only by closing its learners' connections.
      if (s.role === "leading" && link.leader === id && (link.epoch !== null || link.followerInfoReceived !== null)) return true
    }
    return false
  }

  private onClose(r: Extract<CaptureRecord, { _tag: "Close" }>): void {
    this.closed.add(r.conn)
    if (r.by === "proxy") this.resets += 1
    // A follower whose connection to its leader ends leaves followLeader for LOOKING (Follower.java); the
    // leader's LearnerHandler for it ends too. Each end that is up is told its connection broke.
    const link = this.links.get(r.conn)
    if (link === undefined) return
    for (const [a, b] of [[link.leader, link.learner], [link.learner, link.leader]] as const) {
      if (this.track(a)?.up === true) this.emit(this.record, SUB_SEND, r.at, { _tag: "ConnectionLost", server: a, peer: b })
    }
    const s = this.track(link.learner)
    if (s !== null && s.up && s.role === "following" && s.leader === link.leader) this.role(link.learner, "looking", "election", null, this.record, SUB_SEND, r.at)
  }

  /**
   * A former leader's ACKEPOCH can name txns of its last leadership that never went on the wire: it proposed
   * and logged them when no learner was connected any more (Leader.propose sends to the forwarding learners
   * only), and a new leader will TRUNC or SNAP them away, so their content is never seen. They were proposed
   * in that leadership, before it ended, so a Proposed event stands for each there, with a placeholder op
   * (UNSEEN_TXN_PATH): what the wire proves is only that a txn with that zxid was logged.
   */
  private unsentProposals(id: number, lastZxid: number): void {
    const s = this.track(id)
    const ended = s?.leadershipEnded ?? null
    if (s === null || ended === null || epochOf(lastZxid) !== ended.epoch || !s.established.has(ended.epoch)) return
    let from = counterOf(lastZxid)
    while (from > 1 && !s.proposed.has(makeZxid(ended.epoch, from - 1)) && !s.logged.includes(makeZxid(ended.epoch, from - 1))) from -= 1
    for (let counter = from; counter <= counterOf(lastZxid); counter++) {
      const zxid = makeZxid(ended.epoch, counter)
      if (s.proposed.has(zxid) || s.logged.includes(zxid)) continue
      s.proposed.add(zxid)
      const txn: Txn = { zxid, op: { _tag: "Delete", path: UNSEEN_TXN_PATH, version: -1 }, origin: id, request: 0 }
      this.emit(ended.record, SUB_BEFORE_SEND, ended.at, { _tag: "Observed", server: id, effect: { _tag: "Proposed", txn } })
      this.logs(id, zxid)
    }
  }

  private logs(id: number, zxid: number): void {
    const s = this.track(id)
    if (s === null) return
    s.lastZxid = Math.max(s.lastZxid, zxid)
    if (s.logged.length === 0 || s.logged[s.logged.length - 1]! < zxid) s.logged.push(zxid)
    else if (!s.logged.includes(zxid)) {
      s.logged.push(zxid)
      s.logged.sort((a, b) => a - b)
    }
  }

  private onBytes(r: Extract<CaptureRecord, { _tag: "Bytes" }>): void {
    const open = this.opens.get(r.conn)
    if (open === undefined) return
    const key = `${r.conn}:${r.dir}`
    let stream = this.streams.get(key)
    if (stream === undefined) {
      stream = {
        conn: r.conn,
        dir: r.dir,
        channel: open.channel,
        sender: r.dir === "out" ? open.from : open.to,
        receiver: r.dir === "out" ? open.to : open.from,
        pending: Buffer.alloc(0),
        consumed: 0,
        chunks: [],
        chunkIndex: 0,
        lost: false,
        broken: false,
        preambleDone: r.dir === "back",
        snapshotAfter: null,
      }
      this.streams.set(key, stream)
    }
    const data = Buffer.from(r.data, "base64")
    if (r.dropped) {
      this.dropped += 1
      stream.lost = true
    }
    // Bytes of a connection the sender had open before it was killed, read by the proxy after the kill, were
    // sent before it: they are placed just ahead of the kill (a dead process sends nothing).
    const sender = this.track(stream.sender)
    const killed = sender?.killed ?? null
    const posthumous = sender !== null && !sender.up && killed !== null && (this.openRecords.get(r.conn) ?? Infinity) < killed.record
    stream.chunks.push({ start: stream.consumed + stream.pending.length, record: posthumous ? killed.record - 0.5 : this.record, at: posthumous ? killed.at : r.at, dropped: r.dropped })
    if (stream.broken) return
    stream.pending = stream.pending.length === 0 ? data : Buffer.concat([stream.pending, data])
    this.parse(stream)
  }

  private parse(stream: Stream): void {
    for (;;) {
      if (stream.pending.length === 0) return
      const c = new JuteCursor(stream.pending, 0, stream.consumed)
      try {
        if (stream.channel === "election") this.electionStep(stream, c)
        else this.quorumStep(stream, c)
      } catch (error) {
        if (error instanceof NeedMore) return
        if (error instanceof JuteFormatError) {
          const open = this.opens.get(stream.conn)!
          this.problems.push({
            conn: stream.conn,
            route: `${open.from}->${open.to} ${open.channel}`,
            dir: stream.dir,
            offset: error.offset,
            at: this.at,
            why: error.detail,
          })
          stream.broken = true
          return
        }
        throw error
      }
    }
  }

  /** Consume `length` bytes as one message; returns where it was sent and whether and when it was received. */
  private consume(stream: Stream, length: number): { readonly sent: Chunk; readonly received: boolean } {
    const start = stream.consumed
    while (stream.chunkIndex + 1 < stream.chunks.length && stream.chunks[stream.chunkIndex + 1]!.start <= start) stream.chunkIndex += 1
    const sent = stream.chunks[stream.chunkIndex]!
    let received = true
    for (let k = stream.chunkIndex; k < stream.chunks.length && stream.chunks[k]!.start < start + length; k++) if (stream.chunks[k]!.dropped) received = false
    if (stream.lost && stream.chunks.some((ch) => ch.dropped && ch.start < start)) received = false
    // Bytes the proxy wrote to a killed process's socket (before the kernel reset it) were never read.
    const receiver = this.track(stream.receiver)
    if (receiver !== null && receiver.started && !receiver.up) received = false
    stream.pending = stream.pending.subarray(length)
    stream.consumed += length
    return { sent, received }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Election port.

  private electionStep(stream: Stream, c: JuteCursor): void {
    if (!stream.preambleDone) {
      const preamble = readPreamble(c)
      if (preamble.sid !== stream.sender) c.fail(`election preamble names sid ${preamble.sid}, but the connection is from server ${stream.sender}`, preamble.protocol === "old" ? 0 : 8)
      const { sent, received } = this.consume(stream, c.offset)
      stream.preambleDone = true
      this.messages.push({ channel: "election", conn: stream.conn, from: stream.sender, to: stream.receiver, name: `PREAMBLE-${preamble.protocol.toUpperCase()}`, zxid: null, sentAt: sent.at, receivedAt: received ? this.at : null, tags: [] })
      return
    }
    const n = readElectionMessage(c)
    if (n.state === "observing") c.fail("a notification from an OBSERVING server: observers are not decoded")
    if (n.leader < 1 || n.leader > this.header.servers) c.fail(`a notification proposing server ${n.leader}, not one of the ${this.header.servers} servers`, 4)
    const { sent, received } = this.consume(stream, c.offset)
    this.onNotification(stream, n, sent, received)
  }

  private onNotification(stream: Stream, n: ElectionNotification, sent: Chunk, received: boolean): void {
    const from = stream.sender
    this.ensureUp(from, sent.record, SUB_SEND, sent.at)
    const s = this.track(from)!
    // QuorumCnxManager queues notifications for a peer it cannot reach and sends them when it connects, so
    // a LOOKING notification can be stale (and rounds do not tell: the notifications between two servers
    // may never cross the proxy, see below). A server in a role leaves it with its quorum connections
    // (Follower.followLeader and Leader.lead return when theirs end), so a LOOKING notification counts
    // only from a server with no open quorum connection in its role.
    if (n.state === "looking" && s.role !== "looking" && !this.holdsRole(from)) this.role(from, "looking", "election", null, sent.record, SUB_SEND, sent.at)
    const state: Role = n.state === "leading" ? "leading" : n.state === "following" ? "following" : "looking"
    const message: Message = { _tag: "Notification", leader: n.leader, zxid: n.zxid, peerEpoch: n.peerEpoch, round: n.round, state }
    this.emit(sent.record, SUB_SEND, sent.at, { _tag: "Sent", server: from, to: stream.receiver, message })
    if (received) this.emit(this.record, SUB_RECEIVE, this.at, { _tag: "Received", server: stream.receiver, from, message })
    this.messages.push({ channel: "election", conn: stream.conn, from, to: stream.receiver, name: "NOTIFICATION", zxid: n.zxid, sentAt: sent.at, receivedAt: received ? this.at : null, tags: [n.state, `v${n.version}`] })
  }

  // ---------------------------------------------------------------------------------------------------------
  // Quorum port.

  private quorumStep(stream: Stream, c: JuteCursor): void {
    if (stream.snapshotAfter !== null) {
      const snap = stream.snapshotAfter
      const summary = readSnapshotStream(c)
      const length = c.offset
      const received = this.consume(stream, length).received
      const sentChunk = this.chunkAt(stream, snap.start)
      stream.snapshotAfter = null
      this.onSnapshot(stream, snap.packet, summary, sentChunk, received)
      return
    }
    const packet = readQuorumPacket(c)
    const start = stream.consumed
    const { sent, received } = this.consume(stream, c.offset)
    if (packet.type === QuorumType.SNAP && stream.dir === "back") {
      // The SNAP and the database after it are one message to the learner: sent at the SNAP, received at the
      // signature.
      stream.snapshotAfter = { packet, start }
      return
    }
    const link = this.links.get(stream.conn)!
    try {
      if (stream.dir === "out") this.fromLearner(stream, link, packet, sent, received)
      else this.fromLeader(stream, link, packet, sent, received)
    } catch (error) {
      if (error instanceof NeedMore) throw new JuteFormatError(start, `${quorumTypeName[packet.type]}'s data ends before its record does`)
      if (error instanceof JuteFormatError) throw new JuteFormatError(start, `${quorumTypeName[packet.type]} data: ${error.detail}`)
      throw error
    }
  }

  private chunkAt(stream: Stream, offset: number): Chunk {
    let found = stream.chunks[0]!
    for (const ch of stream.chunks) if (ch.start <= offset) found = ch
    return found
  }

  private wire(stream: Stream, packet: QuorumPacket, sent: Chunk, received: boolean, tags: ReadonlyArray<string>, name = quorumTypeName[packet.type]!): void {
    this.messages.push({ channel: "quorum", conn: stream.conn, from: stream.sender, to: stream.receiver, name, zxid: packet.zxid, sentAt: sent.at, receivedAt: received ? this.at : null, tags })
  }

  private send(stream: Stream, message: Message, sent: Chunk, received: boolean): void {
    this.emit(sent.record, SUB_SEND, sent.at, { _tag: "Sent", server: stream.sender, to: stream.receiver, message })
    if (received) this.emit(this.record, SUB_RECEIVE, this.at, { _tag: "Received", server: stream.receiver, from: stream.sender, message })
  }

  private fromLearner(stream: Stream, link: QuorumLink, packet: QuorumPacket, sent: Chunk, received: boolean): void {
    const learner = stream.sender
    const leader = stream.receiver
    this.ensureUp(learner, sent.record, SUB_SEND, sent.at)
    const s = this.track(learner)!
    const data = new JuteCursor(packet.data ?? Buffer.alloc(0), 0)
    switch (packet.type) {
      case QuorumType.FOLLOWERINFO: {
        if (packet.data !== null && packet.data.length >= 8) {
          const sid = Number(data.bigLong())
          if (sid !== learner) data.fail(`LearnerInfo names sid ${sid}, but the connection is from server ${learner}`, 0)
        }
        this.role(learner, "following", "discovery", leader, sent.record, SUB_SEND, sent.at)
        this.wire(stream, packet, sent, received, [])
        // The acceptor of a learner's FOLLOWERINFO leads: FLE made it LEADING before Leader.lead accepts learners.
        if (received) link.followerInfoReceived = { record: this.record, at: this.at }
        if (received && this.track(leader)?.role !== "leading") {
          this.ensureUp(leader, this.record, SUB_RECEIVE, this.at)
          this.role(leader, "leading", "discovery", leader, this.record, SUB_RECEIVE, this.at)
        }
        return this.send(stream, { _tag: "FollowerInfo", acceptedEpoch: epochOf(packet.zxid), lastZxid: s.lastZxid }, sent, received)
      }
      case QuorumType.ACKEPOCH: {
        const reported = data.int()
        if (link.epoch !== null) s.acceptedEpoch = Math.max(s.acceptedEpoch, link.epoch)
        if (reported >= 0) s.currentEpoch = reported
        link.learnerLastZxid = Math.max(packet.zxid, 0)
        this.unsentProposals(learner, link.learnerLastZxid)
        this.role(learner, "following", "synchronization", leader, sent.record, SUB_SEND, sent.at)
        this.wire(stream, packet, sent, received, reported < 0 ? ["already-accepted"] : [])
        return this.send(stream, { _tag: "AckEpoch", currentEpoch: reported >= 0 ? reported : s.currentEpoch, lastZxid: Math.max(packet.zxid, 0) }, sent, received)
      }
      case QuorumType.ACK: {
        const epoch = link.epoch
        if (epoch !== null && link.newLeaderSeen && !link.newLeaderAcked && packet.zxid === makeZxid(epoch, 0)) {
          link.newLeaderAcked = true
          s.currentEpoch = epoch
          s.acceptedEpoch = Math.max(s.acceptedEpoch, epoch)
          // After a SNAP the learner persists the leader's tree before this ACK (Learner.syncWithLeader on
          // NEWLEADER: takeSnapshot), so it holds those txns from now on, also after a later DIFF reloads it.
          if (link.syncMode === "SNAP") for (const z of link.snapDelivered) this.logs(learner, z)
          this.wire(stream, packet, sent, received, ["newleader-ack"])
          return this.send(stream, { _tag: "AckNewLeader", epoch }, sent, received)
        }
        const tags: Array<string> = []
        if (epoch !== null && link.upToDateSeen && packet.zxid === makeZxid(epoch, 0)) tags.push("uptodate-ack")
        else if (!link.newLeaderAcked) tags.push("early")
        else if (!link.upToDateSeen) tags.push("sync")
        this.wire(stream, packet, sent, received, tags)
        return this.send(stream, { _tag: "Ack", zxid: packet.zxid }, sent, received)
      }
      case QuorumType.PING: {
        const sessions: Array<bigint> = []
        while (data.remaining > 0) {
          sessions.push(data.bigLong())
          data.int()
        }
        this.wire(stream, packet, sent, received, [])
        return this.send(stream, { _tag: "Ping", sessions }, sent, received)
      }
      case QuorumType.REQUEST: {
        const request = readLearnerRequest(data)
        this.wire(stream, packet, sent, received, [`op ${request.type}`])
        if (request.op !== null) this.send(stream, { _tag: "Request", request: Math.max(request.cxid, 0), op: request.op }, sent, received)
        return
      }
      case QuorumType.REVALIDATE:
        return this.wire(stream, packet, sent, received, [])
      default:
        return data.fail(`${quorumTypeName[packet.type]} from a learner is not decoded (observers and reconfiguration are not run)`)
    }
  }

  private fromLeader(stream: Stream, link: QuorumLink, packet: QuorumPacket, sent: Chunk, received: boolean): void {
    const leader = stream.sender
    const learner = stream.receiver
    this.ensureUp(leader, sent.record, SUB_SEND, sent.at)
    const l = this.track(leader)!
    const data = new JuteCursor(packet.data ?? Buffer.alloc(0), 0)
    switch (packet.type) {
      case QuorumType.LEADERINFO: {
        const epoch = epochOf(packet.zxid)
        link.epoch = epoch
        l.acceptedEpoch = Math.max(l.acceptedEpoch, epoch)
        // One Leader.lead proposes one epoch (getEpochToPropose): a LEADERINFO with another epoch is a new
        // leadership, so the old one ended and its server passed through LOOKING, even when no notification
        // of that crossed the proxy (a partitioned leader that lost its quorum and was elected again).
        // The LEADERINFO answers this connection's FOLLOWERINFO, which the same Leader's LearnerHandler read,
        // so the new leadership began before that receipt, and before every other FOLLOWERINFO still waiting
        // for its LEADERINFO on an open connection to this leader (it answers them with this epoch too).
        if (l.role === "leading" && l.leaderInfoEpoch !== null && l.leaderInfoEpoch !== epoch) {
          let first = link.followerInfoReceived
          for (const [conn, other] of this.links) {
            const got = other.followerInfoReceived
            if (other.leader !== leader || other.epoch !== null || got === null || this.closed.has(conn)) continue
            if (first === null || got.record < first.record) first = got
          }
          const began = first ?? { record: sent.record, at: sent.at }
          const sub = first === null ? SUB_SEND : SUB_BEFORE_RECEIVE
          this.role(leader, "looking", "election", null, began.record, sub, began.at)
          this.role(leader, "leading", "discovery", leader, began.record, sub, began.at)
        }
        if (l.role !== "leading") this.role(leader, "leading", "discovery", leader, sent.record, SUB_SEND, sent.at)
        l.leaderInfoEpoch = epoch
        this.wire(stream, packet, sent, received, [])
        return this.send(stream, { _tag: "LeaderInfo", newEpoch: epoch }, sent, received)
      }
      case QuorumType.DIFF:
      case QuorumType.TRUNC: {
        this.leaderSyncs(leader, link, packet.zxid, sent)
        link.syncMode = packet.type === QuorumType.DIFF ? "DIFF" : "TRUNC"
        link.syncZxid = packet.zxid
        link.inSync = true
        if (received) {
          // The learner's tree is reloaded from its own log when it leaves a role (ZooKeeperServer's database
          // is cleared and loaded again before the next election), so it holds every txn it logged, up to the
          // TRUNC point if the leader truncates it (Learner.syncWithLeader: truncateLog). It applies them
          // before the sync's own txns; the wire shows them as the PROPOSALs it received.
          const t = this.track(stream.receiver)!
          if (packet.type === QuorumType.TRUNC) t.logged = t.logged.filter((z) => z <= packet.zxid)
          const upTo = Math.min(packet.zxid, link.learnerLastZxid)
          link.logDelivered = t.logged.filter((z) => z <= upTo)
        }
        this.wire(stream, packet, sent, received, [])
        return this.send(stream, packet.type === QuorumType.DIFF ? { _tag: "Diff", zxid: packet.zxid } : { _tag: "Trunc", zxid: packet.zxid }, sent, received)
      }
      case QuorumType.PROPOSAL: {
        const txn = this.txnOf(readTxn(data), leader, packet)
        const tags: Array<string> = []
        if (link.inSync && !link.upToDateSeen) {
          tags.push("sync")
          link.syncZxid = Math.max(link.syncZxid, txn.zxid)
        }
        if (l.role === "leading" && epochOf(txn.zxid) === l.currentEpoch && l.established.has(epochOf(txn.zxid)) && !l.proposed.has(txn.zxid)) {
          l.proposed.add(txn.zxid)
          this.emit(sent.record, SUB_SEND, sent.at, { _tag: "Observed", server: leader, effect: { _tag: "Proposed", txn } })
          // The leader logs its own proposal too (SyncRequestProcessor); whether it got there before a crash
          // the wire shows later, in the last zxid of its next ACKEPOCH.
          this.logs(leader, txn.zxid)
          tags.push("broadcast")
        } else if (link.inSync && !l.proposed.has(txn.zxid) && l.leadershipEnded?.epoch === epochOf(txn.zxid) && l.established.has(epochOf(txn.zxid))) {
          // A txn of its last leadership that it logged but never sent (its learners were already gone)
          // shows first in a later sync: it was proposed in that leadership, before it ended.
          const ended = l.leadershipEnded
          l.proposed.add(txn.zxid)
          this.emit(ended.record, SUB_BEFORE_SEND, ended.at, { _tag: "Observed", server: leader, effect: { _tag: "Proposed", txn } })
          this.logs(leader, txn.zxid)
          tags.push("unseen-broadcast")
        }
        this.wire(stream, packet, sent, received, tags)
        if (received) this.logs(learner, txn.zxid)
        return this.send(stream, { _tag: "Proposal", txn }, sent, received)
      }
      case QuorumType.COMMIT: {
        const syncing = link.inSync && !link.upToDateSeen
        // A leader in broadcast sends COMMIT at a quorum of ACKs. (A sync-phase COMMIT resends one of its
        // initial history, delivered when it was established.)
        if (l.role === "leading" && l.phase === "broadcast") this.deliver(leader, packet.zxid, sent.record, SUB_SEND, sent.at)
        this.wire(stream, packet, sent, received, syncing ? ["sync"] : [])
        this.send(stream, { _tag: "Commit", zxid: packet.zxid }, sent, received)
        if (received) {
          if (syncing) link.syncCommits.push(packet.zxid)
          else this.deliver(learner, packet.zxid, this.record, SUB_RECEIVE, this.at)
        }
        return
      }
      case QuorumType.NEWLEADER: {
        const epoch = epochOf(packet.zxid)
        if (link.epoch === null) link.epoch = epoch
        link.newLeaderSeen = true
        this.wire(stream, packet, sent, received, [])
        return this.send(stream, { _tag: "NewLeader", epoch, zxid: link.syncZxid }, sent, received)
      }
      case QuorumType.UPTODATE: {
        const epoch = link.epoch ?? l.currentEpoch
        if (!l.established.has(epoch)) {
          l.established.add(epoch)
          l.currentEpoch = epoch
          this.role(leader, "leading", "broadcast", leader, sent.record, SUB_SEND, sent.at)
          this.emit(sent.record, SUB_SEND, sent.at, { _tag: "Observed", server: leader, effect: { _tag: "Established", epoch } })
          // Its initial history is committed once established: the txns of its log up to the point it syncs
          // learners to (the DIFF/SNAP zxid, its last processed zxid). ZooKeeper loaded them into its tree
          // at start; they count as committed from here, as Zab.tla's leader commits them on a quorum of ACKLDs.
          for (const z of l.logged) if (z <= l.initialZxid) this.deliver(leader, z, sent.record, SUB_SEND, sent.at)
        }
        this.role(leader, "leading", "broadcast", leader, sent.record, SUB_SEND, sent.at)
        this.wire(stream, packet, sent, received, [])
        this.send(stream, { _tag: "UpToDate" }, sent, received)
        if (received) {
          link.upToDateSeen = true
          link.inSync = false
          this.role(learner, "following", "broadcast", leader, this.record, SUB_RECEIVE, this.at)
          for (const zxid of link.logDelivered) this.deliver(learner, zxid, this.record, SUB_RECEIVE, this.at)
          for (const zxid of link.snapDelivered) this.deliver(learner, zxid, this.record, SUB_RECEIVE, this.at)
          for (const zxid of link.syncCommits) this.deliver(learner, zxid, this.record, SUB_RECEIVE, this.at)
        }
        return
      }
      case QuorumType.PING:
        this.wire(stream, packet, sent, received, [])
        return this.send(stream, { _tag: "Ping" }, sent, received)
      case QuorumType.SYNC:
      case QuorumType.REVALIDATE:
        return this.wire(stream, packet, sent, received, [])
      default:
        return data.fail(`${quorumTypeName[packet.type]} from a leader is not decoded (observers and reconfiguration are not run)`)
    }
  }

  /** The leader's first DIFF/TRUNC/SNAP of an epoch: a quorum acked the epoch, its currentEpoch is set. */
  private leaderSyncs(leader: number, link: QuorumLink, zxid: number, sent: Chunk): void {
    const l = this.track(leader)!
    const epoch = link.epoch
    if (epoch !== null && l.currentEpoch < epoch) {
      l.currentEpoch = epoch
      l.role = "leading"
      l.phase = "synchronization"
      l.leader = leader
      this.emit(sent.record, SUB_SEND, sent.at, { _tag: "Observed", server: leader, effect: { _tag: "RoleChange", role: "leading", phase: "synchronization", epoch, leader } })
    } else if (l.role === "leading" && l.phase === "discovery") {
      this.role(leader, "leading", "synchronization", leader, sent.record, SUB_SEND, sent.at)
    }
    l.initialZxid = Math.max(l.initialZxid, zxid)
  }

  private onSnapshot(stream: Stream, packet: QuorumPacket, summary: SnapshotSummary, sent: Chunk, received: boolean): void {
    const link = this.links.get(stream.conn)!
    const leader = stream.sender
    this.ensureUp(leader, sent.record, SUB_SEND, sent.at)
    this.leaderSyncs(leader, link, packet.zxid, sent)
    link.syncMode = "SNAP"
    link.syncZxid = packet.zxid
    link.inSync = true
    // The learner's tree becomes the leader's, which holds every txn of its log up to the SNAP zxid: the ones
    // it was seen applying, and its initial history (loaded at start, delivered here only once it is
    // established, which can come after this SNAP).
    const l = this.track(leader)!
    link.snapDelivered = [...new Set([...l.delivered, ...l.logged])].filter((z) => z <= packet.zxid).sort((a, b) => a - b)
    this.wire(stream, packet, sent, received, [`${summary.nodes.length} nodes`, `${summary.sessions} sessions`])
    const tree = `zookeeper snapshot: ${summary.sessions} sessions, ${summary.nodes.length} nodes`
    this.send(stream, { _tag: "Snap", zxid: packet.zxid, tree }, sent, received)
  }

  /** A ZooKeeper txn in the shared vocabulary: origin is the server that made its session, request its cxid. */
  private txnOf(decoded: DecodedTxn, leader: number, packet: QuorumPacket): Txn {
    if (decoded.header.zxid !== packet.zxid) {
      throw new JuteFormatError(0, `TxnHeader zxid ${formatZxid(decoded.header.zxid)} differs from the packet's ${formatZxid(packet.zxid)}`)
    }
    const sessionServer = Number(BigInt.asUintN(64, decoded.header.session) >> 56n)
    const origin = sessionServer >= 1 && sessionServer <= this.header.servers ? sessionServer : leader
    return { zxid: decoded.header.zxid, op: decoded.op, origin, request: Math.max(decoded.header.cxid, 0), time: Math.max(decoded.header.timeMs, 0) }
  }
}

function newLink(learner: number, leader: number): QuorumLink {
  return {
    learner,
    leader,
    epoch: null,
    syncMode: null,
    syncZxid: 0,
    inSync: false,
    newLeaderSeen: false,
    newLeaderAcked: false,
    upToDateSeen: false,
    syncCommits: [],
    snapDelivered: [],
    logDelivered: [],
    learnerLastZxid: 0,
    followerInfoReceived: null,
  }
}

/** A decode's problems as lines a user can act on: connection, direction, offset, why. */
export function formatDecodeProblems(problems: ReadonlyArray<DecodeProblem>): string {
  return problems.map((p) => `undecodable bytes on connection ${p.conn} (${p.route}, ${p.dir}) at stream offset ${p.offset}, capture time ${p.at} us: ${p.why}`).join("\n")
}
