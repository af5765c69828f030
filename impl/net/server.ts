/**
 * One real ZAB server: the `impl/core` peer driven by real time, real sockets and real files.
 *
 * Everything that happens (a peer frame, a tick, an fsync completing, a connection breaking, a client
 * write) becomes an Input, queued and stepped one at a time on the event loop; the effects of each step are
 * interpreted in order before the next input. Nothing protocol-related lives here: this file only moves
 * bytes and applies what the peer decided.
 *
 * Time: the peer ticks `ticksPerTickTime` times per zoo.cfg tickTime, faster while it is looking (config.ts).
 * Durability: storage writes go to FileStorage in the peer's order; FsyncDone reports group commits.
 * Data: committed txns are applied to the data tree on Deliver; reads are served from it directly.
 */
import { assert } from "../core/assert.js"
import { type PeerState, initialState, step, summarize } from "../core/peer.js"
import type { Input, Message, PeerConfig, PeerEffect, TxnOp } from "../core/types.js"
import { HeldFrames } from "./held-frames.js"
import type { Channel } from "./wire.js"
import { formatZxid } from "../core/zxid.js"
import { FileStorage, StorageError } from "../storage/file.js"
import { runAfterSocketsAtEndOfTurn } from "./batch.js"
import { type ClientConnection, ClientPort, type Entry, sessionPassword, writeReply } from "./clientport.js"
import { type ZooConfig, lookingTickMs, nextTickMs, peerConfig, peerTickMs, ticksPerTickTime } from "./config.js"
import type { Logger } from "./logger.js"
import { PeerNetwork } from "./peers.js"
import { type ServerTree, type SnapshotWriter, emptyServerTree, loadTree } from "./net-tree.js"
import { FileTrace, PROCESS_TRACE_FORMAT, PROCESS_TRACE_VERSION, type TraceSink, noTrace } from "./trace.js"
import { ErrorCode, encodeConnectResponse, encodeReply } from "../client/protocol.js"
import { hostname } from "node:os"
import { type SessionId, formatSessionId } from "../core/session.js"

export const serverLimits = {
  maxPendingWrites: 100_000, // client writes handed to the core and not yet answered
  snapshotSliceNodes: 500, // znodes serialised between two looks at the clock
  snapshotSliceMs: 4, // event-loop time a background snapshot takes per turn
  tickLateWarnMs: 100, // a tick this much later than due is logged
  maxHeldWhileLooking: 256, // quorum frames one peer may have waiting while this server elects (a learner retries 5 a second)
} as const

interface PendingWrite {
  readonly connection: ClientConnection
  readonly entry: Entry
}

export interface ServerStatus {
  readonly id: number
  readonly role: "looking" | "following" | "leading"
  readonly phase: string
  readonly acceptedEpoch: number
  readonly currentEpoch: number
  readonly leader: number | null
  readonly lastLoggedZxid: number
  readonly lastDeliveredZxid: number
  readonly serving: boolean
  readonly nodes: number
}

export class ZabServer {
  readonly peer: PeerConfig
  private state: PeerState
  private tree: ServerTree = emptyServerTree()
  private treeZxid = 0
  private storage: FileStorage | null = null
  private network: PeerNetwork
  private clientPort: ClientPort
  private trace: TraceSink = noTrace
  private lamport = 0
  private ticker: NodeJS.Timeout | null = null
  /** performance.now() when the armed tick is due. */
  private tickDueAt = 0
  /** performance.now() when the peer started looking; null while it is not. */
  private lookingSince: number | null = null
  private readonly inputs: Array<Input> = []
  /** The sender's clock of each queued Received input, by its index in `inputs` (the trace records it). */
  private readonly sentAt: Array<number> = []
  private draining = false
  private stopped = false
  private isServing = false
  private nextRequest: number
  private readonly pendingWrites = new Map<number, PendingWrite>()
  /** A Snap tree already parsed when its frame was checked, reused when the peer installs it. */
  private checkedSnap: { text: string; tree: ServerTree } | null = null
  /** The background snapshot being serialised, if any. */
  private snapshot: SnapshotWriter | null = null
  /** Quorum frames that wait for the end of this server's election (held-frames.ts). */
  private readonly heldWhileLooking = new HeldFrames(serverLimits.maxHeldWhileLooking)
  /** Called once if the server must stop (a storage failure); the command exits non-zero. */
  onFatal: (error: Error) => void = () => {}

  constructor(
    readonly config: ZooConfig,
    readonly myId: number,
    private readonly log: Logger,
  ) {
    this.peer = peerConfig(config, myId)
    this.state = initialState(this.peer)
    // Request ids must not repeat across restarts: a txn a previous incarnation forwarded can commit after
    // this one started, and must not answer a new request that happens to reuse its id.
    this.nextRequest = Date.now() * 1000
    this.network = new PeerNetwork({
      myId,
      servers: config.servers,
      log,
      onMessage: (from, channel, clock, message) => this.onPeerMessage(from, channel, clock, message),
      onQuorumDown: (peer) => {
        // Frames still held from a broken connection are lost with it, as frames in flight are.
        this.heldWhileLooking.drop(peer)
        this.input({ _tag: "ConnectionDown", peer })
      },
    })
    this.clientPort = new ClientPort(
      {
        myId,
        tickTimeMs: config.tickTimeMs,
        fourLetterWhitelist: config.fourLetterWhitelist,
        serving: () => this.isServing,
        submitWrite: (op, connection, entry) => this.submitWrite(op, connection, entry),
        read: (op) => this.tree.read(op),
        aclOf: (path) => this.tree.aclOf(path),
        sessionTimeout: (session) => this.sessionTimeout(session),
        connectionClosed: (connection) => {
          for (const request of connection.requests) this.pendingWrites.delete(request)
          connection.requests.clear()
        },
        lastApplied: () => this.treeZxid,
        fourLetterWord: (word) => this.fourLetterWord(word),
      },
      log,
    )
  }

  /** Recover storage, bind the ports, start the peer. Rejects (with StorageError etc.) if it cannot. */
  async start(): Promise<void> {
    const opened = await FileStorage.open({
      dataDir: this.config.dataDir,
      dataLogDir: this.config.dataLogDir,
      forceSync: this.config.forceSync,
      snapRetainCount: this.config.snapRetainCount,
      log: this.log,
      startBatch: runAfterSocketsAtEndOfTurn,
      syncOnEventLoop: () => this.syncOnEventLoop(),
    })
    this.storage = opened.storage
    this.storage.onDurable = (through) => this.input({ _tag: "FsyncDone", through })
    this.storage.onFatal = (error) => this.fatal(error)
    try {
      this.tree = loadTree(opened.tree)
    } catch (error) {
      throw new StorageError(`the newest valid snapshot holds a data tree that does not load: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (this.tree.lastApplied !== opened.recovered.snapshotZxid) {
      throw new StorageError(`snapshot ${formatZxid(opened.recovered.snapshotZxid)} holds a data tree at ${formatZxid(this.tree.lastApplied)}`)
    }
    this.treeZxid = opened.recovered.snapshotZxid
    if (this.config.traceFile !== null) {
      const trace = new FileTrace(this.config.traceFile, {
        format: PROCESS_TRACE_FORMAT,
        version: PROCESS_TRACE_VERSION,
        server: this.myId,
        servers: this.peer.servers,
        incarnation: this.network.incarnation,
        pid: process.pid,
        tickTimeMs: this.config.tickTimeMs,
        ticksPerTickTime,
        initLimitTicks: this.peer.initLimitTicks,
        syncLimitTicks: this.peer.syncLimitTicks,
        snapCountTxns: this.peer.snapCountTxns,
        forceSync: this.config.forceSync,
        bugs: [...this.config.bugs],
      })
      this.trace = trace
      // Go on from the previous lifetime's clock: sorted by clock, this server's lifetimes stay in order.
      this.lamport = Math.max(this.lamport, trace.startLamport)
    }
    this.trace.record(this.nextClock(), {
      _tag: "Restarted",
      server: this.myId,
      acceptedEpoch: opened.recovered.acceptedEpoch,
      currentEpoch: opened.recovered.currentEpoch,
      snapshotZxid: opened.recovered.snapshotZxid,
      logLength: opened.recovered.log.length,
      tornTail: opened.tornTail,
    })
    await this.clientPort.listen(this.config.clientPortAddress, this.config.clientPort)
    await this.network.start()
    this.log.info("server-started", {
      myid: this.myId,
      clientPort: this.config.clientPort,
      servers: this.peer.servers.map(String),
      acceptedEpoch: opened.recovered.acceptedEpoch,
      currentEpoch: opened.recovered.currentEpoch,
      snapshot: formatZxid(opened.recovered.snapshotZxid),
      tree: this.tree.describe(),
      loggedAfterSnapshot: opened.recovered.log.length,
      tickMs: peerTickMs(this.config),
      lookingTickMs: lookingTickMs(this.config),
    })
    this.input({ _tag: "Start", recovered: opened.recovered, nowMs: Date.now() })
    this.tickDueAt = performance.now()
    this.scheduleTick()
  }

  /**
   * Ticks the peer every peer tick, or every looking tick in the first tickTime of an election (config.ts,
   * nextTickMs): a timer re-armed after each tick with the delay the peer's role asks for, counted from when
   * the last tick was due so the ticks do not drift; after a tick later than a whole delay (a blocked loop,
   * a paused process) from now, so the missed ticks are not made up in a burst.
   */
  private scheduleTick(): void {
    if (this.stopped) return
    const now = performance.now()
    const delayMs = nextTickMs(this.config, this.lookingSince === null ? null : now - this.lookingSince)
    const due = this.tickDueAt + delayMs
    this.tickDueAt = due > now ? due : now + delayMs
    this.ticker = setTimeout(() => this.tick(), this.tickDueAt - now)
  }

  private tick(): void {
    this.ticker = null
    // A tick far later than due means the event loop was blocked (or the process paused): say so, since
    // every timeout of the peer is counted in ticks.
    const lateMs = performance.now() - this.tickDueAt
    if (lateMs > serverLimits.tickLateWarnMs) this.log.warn("tick-late", { lateMs: Math.round(lateMs) })
    this.input({ _tag: "Tick", nowMs: Date.now() })
    this.expireSessions(Date.now())
    this.scheduleTick()
  }

  /** A peer that starts looking gets its first looking tick within a looking tick, not a peer tick. */
  private startedLooking(): void {
    this.lookingSince = performance.now()
    if (this.ticker === null) return // within tick() or before the first: the timer is armed after it
    const dueIn = this.tickDueAt - performance.now()
    if (dueIn <= lookingTickMs(this.config)) return
    clearTimeout(this.ticker)
    this.tickDueAt = performance.now()
    this.scheduleTick()
  }

  /** Stop serving and close everything; queued storage writes are finished first. */
  async stop(reason = "stopped"): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    this.abandonSnapshot("server stopping")
    if (this.ticker !== null) clearTimeout(this.ticker)
    this.ticker = null
    await this.clientPort.stop()
    await this.network.stop()
    if (this.storage !== null) await this.storage.close()
    this.trace.close()
    this.log.info("server-stopped", { reason })
  }

  status(): ServerStatus {
    const s = summarize(this.state)
    return {
      id: this.myId,
      role: s.role,
      phase: s.phase,
      acceptedEpoch: s.acceptedEpoch,
      currentEpoch: s.currentEpoch,
      leader: s.leader,
      lastLoggedZxid: s.lastLoggedZxid,
      lastDeliveredZxid: s.lastDeliveredZxid,
      serving: this.isServing,
      nodes: this.tree.size,
    }
  }

  /** The `srvr` four-letter word: ZooKeeper's lines plus this server's epochs and phase. */
  srvr(): string {
    const s = this.status()
    const mode = s.role === "leading" ? "leader" : s.role === "following" ? "follower" : "looking"
    return [
      "Zookeeper version: zab-harness 0.1.0",
      `Server id: ${s.id}`,
      `Connections: ${this.clientPort.connectionCount()}`,
      `Outstanding: ${this.pendingWrites.size}`,
      `Zxid: ${formatZxid(s.lastDeliveredZxid)}`,
      `Logged zxid: ${formatZxid(s.lastLoggedZxid)}`,
      `Mode: ${mode}`,
      `Phase: ${s.phase}`,
      `Serving: ${s.serving}`,
      `Epoch: ${s.currentEpoch}`,
      `Accepted epoch: ${s.acceptedEpoch}`,
      `Leader: ${s.leader ?? "none"}`,
      `Node count: ${s.nodes}`,
      "",
    ].join("\n")
  }

  /** One line per client connection, as ZooKeeper's `cons` prints them. */
  private cons(): string {
    const lines = this.clientPort.allConnections().map((c) => {
      const session = c.session === 0n ? "" : `,sid=${formatSessionId(c.session)},to=${c.timeoutMs}`
      return ` /${c.remote}[1](queued=${c.queue.length}${session},lresp=${c.lastHeardMs})`
    })
    return lines.join("\n") + "\n\n"
  }

  /** The answer to a four-letter word (ZooKeeper's FourLetterCommands), or null for an unknown word. */
  fourLetterWord(word: string): string | null {
    const s = this.status()
    const mode = s.role === "leading" ? "leader" : s.role === "following" ? "follower" : "looking"
    switch (word) {
      case "ruok":
        return "imok"
      case "srvr":
        return this.srvr()
      case "stat":
        return `Zookeeper version: zab-harness 0.1.0\nClients:\n${this.cons()}${this.srvr().split("\n").slice(1).join("\n")}`
      case "cons":
        return this.cons()
      case "isro":
        return "rw"
      case "mntr":
        return (
          [
            ["zk_version", "zab-harness 0.1.0"],
            ["zk_server_state", mode],
            ["zk_znode_count", String(s.nodes)],
            ["zk_watch_count", String(this.clientPort.watches.count())],
            ["zk_ephemerals_count", String(this.tree.sessions().reduce((n, x) => n + this.tree.ephemeralsOf(x.session).length, 0))],
            ["zk_global_sessions", String(this.tree.sessions().length)],
            ["zk_num_alive_connections", String(this.clientPort.connectionCount())],
            ["zk_outstanding_requests", String(this.pendingWrites.size)],
            ["zk_zxid", formatZxid(s.lastDeliveredZxid)],
            ["zk_epoch", String(s.currentEpoch)],
          ]
            .map(([k, v]) => `${k}\t${v}`)
            .join("\n") + "\n"
        )
      case "conf":
        return (
          [
            `clientPort=${this.config.clientPort}`,
            `clientPortAddress=${this.config.clientPortAddress}`,
            `dataDir=${this.config.dataDir}`,
            `dataLogDir=${this.config.dataLogDir}`,
            `tickTime=${this.config.tickTimeMs}`,
            `minSessionTimeout=${2 * this.config.tickTimeMs}`,
            `maxSessionTimeout=${20 * this.config.tickTimeMs}`,
            `serverId=${this.myId}`,
            `initLimit=${this.config.initLimit}`,
            `syncLimit=${this.config.syncLimit}`,
            ...this.config.servers.map((x) => `server.${x.id}=${x.host}:${x.quorumPort}:${x.electionPort}:participant`),
          ].join("\n") + "\n"
        )
      case "envi":
        return (
          [
            "Environment:",
            "zookeeper.version=zab-harness 0.1.0",
            `host.name=${hostname()}`,
            `node.version=${process.version}`,
            `os.name=${process.platform}`,
            `os.arch=${process.arch}`,
            `process.pid=${process.pid}`,
          ].join("\n") + "\n"
        )
      case "wchs":
        return `${this.clientPort.allConnections().filter((c) => this.clientPort.watches.countOf(c) > 0).length} connections watching\nTotal watches:${this.clientPort.watches.count()}\n`
      default:
        return null
    }
  }

  /** A session's negotiated timeout, if the replicated session table holds it. */
  private sessionTimeout(session: SessionId): number | undefined {
    return this.tree.sessionTimeout(session)
  }

  // -------------------------------------------------------------------------------------------------------
  // Sessions: the leader expires them (ZooKeeper's SessionTrackerImpl). Every session of the replicated
  // table has a deadline on the leader, pushed back whenever its client is heard from, on this server or
  // on a follower (whose pings carry the sessions it heard from). A session past its deadline is closed by
  // a CloseSession txn, which deletes its ephemerals in the same txn. A new leader gives every session a
  // full timeout from the moment it starts serving, so a leader change never expires a live session.

  private sessionDeadlines = new Map<SessionId, number>()
  private expiring = new Set<SessionId>()

  private touch(session: SessionId, nowMs: number): void {
    const timeoutMs = this.sessionTimeout(session)
    if (timeoutMs === undefined) return
    const deadline = nowMs + timeoutMs
    if ((this.sessionDeadlines.get(session) ?? 0) < deadline) this.sessionDeadlines.set(session, deadline)
  }

  private startSessionTracking(nowMs: number): void {
    this.sessionDeadlines = new Map(this.tree.sessions().map((x) => [x.session, nowMs + x.timeoutMs]))
    this.expiring = new Set()
  }

  /** On the serving leader, each tick: touch the sessions heard from here, close the ones past due. */
  private expireSessions(nowMs: number): void {
    if (!this.isServing || this.state.role.kind !== "leading") return
    for (const live of this.clientPort.liveSessions()) if (live.lastHeardMs + live.connection.timeoutMs > nowMs) this.touch(live.session, live.lastHeardMs)
    for (const [session, deadline] of this.sessionDeadlines) {
      if (deadline > nowMs || this.expiring.has(session)) continue
      if (this.sessionTimeout(session) === undefined) {
        this.sessionDeadlines.delete(session)
        continue
      }
      this.expiring.add(session)
      this.log.info("session-expired", { session: formatSessionId(session), overdueMs: nowMs - deadline })
      const request = this.nextRequest
      this.nextRequest += 1
      this.input({ _tag: "ClientWrite", request, op: { _tag: "CloseSession", session } })
    }
  }

  /** The sessions this follower's clients were heard from since its last ping to the leader. */
  private heardSessions(): ReadonlyArray<SessionId> {
    const heard: Array<SessionId> = []
    for (const live of this.clientPort.liveSessions()) {
      if (live.lastHeardMs > live.connection.reportedHeardMs) {
        heard.push(live.session)
        live.connection.reportedHeardMs = live.lastHeardMs
      }
    }
    return heard
  }

  // -------------------------------------------------------------------------------------------------------
  // Inputs.

  private nextClock(): number {
    this.lamport += 1
    return this.lamport
  }

  private onPeerMessage(from: number, channel: Channel, clock: number, message: Message): void {
    if (message._tag === "Ping" && message.sessions !== undefined && this.state.role.kind === "leading") {
      const now = Date.now()
      for (const session of message.sessions) this.touch(session, now)
    }
    if (message._tag === "Snap") {
      // The tree inside a Snap is runtime data the schema only knows as a string: parse it here, at the edge,
      // so a malformed one closes the connection instead of reaching storage.
      try {
        const tree = loadTree(message.tree)
        if (tree.lastApplied !== message.zxid) throw new Error(`SNAP ${formatZxid(message.zxid)} carries a data tree at ${formatZxid(tree.lastApplied)}`)
        this.checkedSnap = { text: message.tree, tree }
      } catch (error) {
        this.log.warn("peer-bad-snapshot", { peer: from, reason: error instanceof Error ? error.message : String(error) })
        this.network.disconnect(from)
        return
      }
    }
    if (channel === "quorum") {
      const held = this.heldWhileLooking.offer(from, clock, message, this.state.role.kind === "looking")
      if (held === "overflow") {
        this.log.warn("peer-held-frames-exceeded", { peer: from, frames: serverLimits.maxHeldWhileLooking })
        this.network.disconnect(from)
      }
      if (held !== "deliver") return
    }
    this.lamport = Math.max(this.lamport, clock)
    this.input({ _tag: "Received", from, message }, clock)
  }

  /** After a step that left the election: the held frames are delivered, in order, as the next inputs. */
  private releaseHeld(): void {
    for (const { from, clock, message } of this.heldWhileLooking.release()) {
      this.lamport = Math.max(this.lamport, clock)
      this.input({ _tag: "Received", from, message }, clock)
    }
  }

  private input(input: Input, sentAt = 0): void {
    if (this.stopped) return
    this.inputs.push(input)
    this.sentAt.push(sentAt)
    if (this.draining) return
    this.draining = true
    try {
      for (let i = 0; i < this.inputs.length; i++) this.stepOnce(this.inputs[i]!, this.sentAt[i]!)
    } finally {
      this.inputs.length = 0
      this.sentAt.length = 0
      this.draining = false
    }
  }

  private stepOnce(input: Input, sentAt: number): void {
    const lamport = this.nextClock()
    switch (input._tag) {
      case "Received":
        // The sender's clock lets the merge tie this receipt to the sender's lifetime (mergeNetTraces).
        this.trace.record(lamport, { _tag: "Received", server: this.myId, from: input.from, message: input.message }, sentAt)
        break
      case "ClientWrite":
        this.trace.record(lamport, { _tag: "ClientRequest", server: this.myId, request: input.request, op: input.op })
        break
      case "FsyncDone":
        this.trace.record(lamport, { _tag: "FsyncCompleted", server: this.myId, through: input.through })
        break
      case "ConnectionDown":
        this.trace.record(lamport, { _tag: "ConnectionLost", server: this.myId, peer: input.peer })
        break
      case "Start":
      case "Tick":
        break
    }
    const result = step(this.peer, this.state, input)
    this.state = result.state
    for (const effect of result.effects) this.apply(effect)
    if (this.heldWhileLooking.size > 0 && this.state.role.kind !== "looking") this.releaseHeld()
  }

  // -------------------------------------------------------------------------------------------------------
  // Effects.

  private apply(effect: PeerEffect): void {
    const storage = this.storage
    assert(storage !== null, "effects only after storage is open")
    switch (effect._tag) {
      case "Send": {
        const clock = this.nextClock()
        if (effect.message._tag === "Ping" && this.state.role.kind === "following") {
          const sessions = this.heardSessions()
          if (sessions.length > 0) {
            this.network.send(effect.to, "quorum", clock, { _tag: "Ping", sessions })
            return
          }
        }
        // Validation needs every protocol send, and every notification for the system spec's leader election;
        // heartbeats it abstracts away.
        if (effect.message._tag !== "Ping") this.trace.record(clock, { _tag: "Sent", server: this.myId, to: effect.to, message: effect.message })
        this.network.send(effect.to, effect.message._tag === "Notification" ? "election" : "quorum", clock, effect.message)
        return
      }
      case "SendSnapshot": {
        assert(effect.zxid === this.treeZxid, "SendSnapshot names the zxid the tree is at")
        const clock = this.nextClock()
        const message: Message = { _tag: "Snap", zxid: effect.zxid, tree: this.tree.serialize() }
        this.trace.record(clock, { _tag: "Sent", server: this.myId, to: effect.to, message })
        this.network.send(effect.to, "quorum", clock, message)
        return
      }
      case "Disconnect":
        this.trace.record(this.lamport, { _tag: "Observed", server: this.myId, effect })
        this.network.disconnect(effect.peer)
        return
      case "Append":
        this.trace.record(this.lamport, { _tag: "Wrote", server: this.myId, effect })
        storage.append(effect.write, effect.txn)
        return
      case "Truncate":
        this.trace.record(this.lamport, { _tag: "Wrote", server: this.myId, effect })
        storage.truncate(effect.write, effect.zxid)
        return
      case "WriteAcceptedEpoch":
        this.trace.record(this.lamport, { _tag: "Wrote", server: this.myId, effect })
        storage.writeAcceptedEpoch(effect.write, effect.epoch)
        return
      case "WriteCurrentEpoch":
        this.trace.record(this.lamport, { _tag: "Wrote", server: this.myId, effect })
        storage.writeCurrentEpoch(effect.write, effect.epoch)
        return
      case "InstallSnapshot": {
        this.trace.record(this.lamport, { _tag: "Wrote", server: this.myId, effect })
        this.abandonSnapshot("a SNAP from the leader replaces the tree")
        const checked = this.checkedSnap
        this.tree = checked !== null && checked.text === effect.tree ? checked.tree : loadTree(effect.tree)
        this.checkedSnap = null
        this.treeZxid = effect.zxid
        storage.installSnapshot(effect.write, effect.zxid, effect.tree)
        return
      }
      case "Fsync":
        storage.fsync(effect.through)
        return
      case "TakeSnapshot":
        assert(effect.zxid === this.treeZxid, "TakeSnapshot names the zxid the tree is at")
        this.snapshotInBackground(storage)
        return
      case "Deliver": {
        assert(effect.txn.zxid > this.treeZxid, "txns are delivered in zxid order, once")
        const watches = this.clientPort.watches
        const result = this.tree.apply(effect.txn, {
          created: (path, parent) => watches.nodeCreated(path, parent),
          deleted: (path, parent) => watches.nodeDeleted(path, parent),
          dataChanged: (path) => watches.dataChanged(path),
        })
        this.treeZxid = effect.txn.zxid
        this.trace.record(this.lamport, { _tag: "Delivered", server: this.myId, zxid: effect.txn.zxid })
        const pending = effect.txn.origin === this.myId ? this.pendingWrites.get(effect.txn.request) : undefined
        if (pending !== undefined) {
          this.pendingWrites.delete(effect.txn.request)
          pending.connection.requests.delete(effect.txn.request)
          this.trace.record(this.lamport, { _tag: "Replied", server: this.myId, request: effect.txn.request, zxid: effect.txn.zxid, result: result._tag === "Ok" ? "ok" : result.code })
          const request = pending.entry.request
          if (request.op === "connect") {
            pending.connection.sessionEstablished(request.session, request.timeOutMs)
            pending.entry.reply = encodeConnectResponse({ protocolVersion: 0, timeOutMs: request.timeOutMs, sessionId: request.session, passwd: sessionPassword(request.session), readOnly: request.readOnly })
          } else {
            pending.entry.reply = writeReply(pending.entry.xid, effect.txn.zxid, request, result)
          }
          pending.connection.flush()
        }
        const op = effect.txn.op
        if (op._tag === "CreateSession") this.touch(op.session, Date.now())
        if (op._tag === "CloseSession") {
          this.sessionDeadlines.delete(op.session)
          this.expiring.delete(op.session)
        }
        // A session closed or expired elsewhere: its connection here goes (the client that asked for the close
        // is answered first, and its connection closes after the reply).
        if (op._tag === "CloseSession" && !(pending !== undefined && pending.connection.session === op.session)) {
          this.clientPort.sessionClosed(op.session, `session ${formatSessionId(op.session)} closed`)
        }
        return
      }
      case "ClientReject": {
        const pending = this.pendingWrites.get(effect.request)
        if (pending === undefined) return
        this.pendingWrites.delete(effect.request)
        pending.connection.requests.delete(effect.request)
        this.trace.record(this.lamport, { _tag: "Replied", server: this.myId, request: effect.request, zxid: 0, result: effect.reason })
        if (pending.entry.request.op === "connect") {
          // No session was created: the client tries again, here or elsewhere.
          this.clientPort.close(pending.connection, `session not created: ${effect.reason}`, "debug")
          return
        }
        pending.entry.reply = encodeReply(pending.entry.xid, this.treeZxid, ErrorCode.connectionLoss, null)
        pending.entry.closeAfter = true
        pending.connection.flush()
        return
      }
      case "RoleChange": {
        this.trace.record(this.lamport, { _tag: "Observed", server: this.myId, effect })
        this.log.info("role", { role: effect.role, phase: effect.phase, epoch: effect.epoch, leader: effect.leader })
        const serving = effect.phase === "broadcast"
        if (this.isServing && !serving) {
          // As ZooKeeper does when it leaves broadcast: drop every session; clients move to another server.
          this.clientPort.dropAll(`now ${effect.role} in ${effect.phase}`)
          this.pendingWrites.clear()
        }
        if (serving && !this.isServing && effect.role === "leading") this.startSessionTracking(Date.now())
        this.isServing = serving
        if (effect.role !== "looking") this.lookingSince = null
        else if (this.lookingSince === null) this.startedLooking()
        return
      }
      case "Established":
        this.trace.record(this.lamport, { _tag: "Observed", server: this.myId, effect })
        this.log.info("established", { epoch: effect.epoch })
        return
      case "Proposed":
        this.trace.record(this.lamport, { _tag: "Observed", server: this.myId, effect })
        return
      case "Observe":
        this.trace.record(this.lamport, { _tag: "Observed", server: this.myId, effect })
        if (effect.branch !== "commit" && effect.branch !== "request-forwarded") this.log.info("observe", { branch: effect.branch, detail: effect.detail })
        return
    }
  }

  /**
   * Serialise the tree as it stands (at treeZxid) a slice per event-loop turn (tree.ts SnapshotWriter), then
   * hand it to storage, which writes the file and purges. A snapshot still being written when the next is
   * due is let finish and the new one skipped: the log keeps everything a skipped snapshot would cover.
   */
  private snapshotInBackground(storage: FileStorage): void {
    if (this.snapshot !== null) {
      this.log.info("snapshot-skipped", { zxid: formatZxid(this.treeZxid), reason: `snapshot ${formatZxid(this.snapshot.zxid)} is still being written` })
      return
    }
    const writer = this.tree.beginSnapshot()
    this.snapshot = writer
    const started = performance.now()
    let turns = 0
    const slice = (): void => {
      if (this.snapshot !== writer) return
      turns += 1
      const turnStart = performance.now()
      let text: ReadonlyArray<Buffer> | null = null
      // Slices of serverLimits.snapshotSliceNodes until the turn's time budget is spent.
      while (text === null && performance.now() - turnStart < serverLimits.snapshotSliceMs) text = writer.step(serverLimits.snapshotSliceNodes)
      if (text === null) {
        setImmediate(slice)
        return
      }
      this.snapshot = null
      this.log.info("snapshot-serialized", { zxid: formatZxid(writer.zxid), chunks: text.length, turns, ms: Math.round(performance.now() - started) })
      storage.takeSnapshot(writer.zxid, text)
    }
    setImmediate(slice)
  }

  private abandonSnapshot(reason: string): void {
    if (this.snapshot === null) return
    this.log.info("snapshot-abandoned", { zxid: formatZxid(this.snapshot.zxid), reason })
    this.snapshot.abandon()
    this.snapshot = null
  }

  private submitWrite(op: TxnOp, connection: ClientConnection, entry: Entry): void {
    if (this.pendingWrites.size >= serverLimits.maxPendingWrites) {
      entry.reply = encodeReply(entry.xid, this.treeZxid, ErrorCode.connectionLoss, null)
      entry.closeAfter = true
      return
    }
    const request = this.nextRequest
    this.nextRequest += 1
    this.pendingWrites.set(request, { connection, entry })
    connection.requests.add(request)
    this.input({ _tag: "ClientWrite", request, op })
  }

  /**
   * Whether the next group commit's fdatasync runs on the event loop: on a server that no client is
   * connected to, leader or follower. Through the thread pool a sync costs two thread hand-offs (a worker
   * woken to sync, the loop woken when it is done), each a wait for a CPU on a busy machine, and 13 to 18%
   * of a leader's CPU per sequential create. Such a leader sends its PROPOSALs before its own log write, so
   * its fdatasync starts before any follower has the txn, and the ACKs that come while it runs wait in the
   * socket for the next turn: measured within one run, sequential creates were no slower for it and
   * pipelined ones faster (CHANGELOG, issue 11). Such a follower's ACK leaves as soon as the disk is done.
   * A server with clients stays on the pool, free for their reads and, on a follower, for a COMMIT that a
   * quorum without it made while its own log still syncs: it answers its client without waiting for its disk.
   */
  private syncOnEventLoop(): boolean {
    const role = this.state.role.kind
    return role !== "looking" && this.clientPort.connectionCount() === 0
  }

  private fatal(error: Error): void {
    this.log.error("fatal", { reason: error.message })
    this.onFatal(error)
  }
}
