/**
 * TCP between peers: one connection per pair per port (election and quorum), kept up for the life of the
 * process.
 *
 * ZooKeeper's rule decides which connection of a pair survives: only a connection dialled by the larger id
 * is kept. The larger id dials and redials with backoff; the smaller id's dial only wakes the larger one up
 * (the larger closes it and dials back at once), which makes a restarted small-id server reconnect without
 * waiting out the larger one's backoff. A dial carries the dialler's incarnation (a per-process nonce), so a
 * wake-up from a restarted process replaces a connection the larger side still believes in, while a
 * wake-up that merely crossed our own fresh dial is ignored.
 *
 * Connections are accepted only from configured ids, on the port the dialler meant, with the same protocol
 * version and ensemble. A frame that is oversized, not JSON, or does not decode closes the connection with
 * the reason logged; the server keeps running and the pair reconnects.
 *
 * ZAB needs FIFO links where a loss breaks the link: a TCP connection gives FIFO, and when the quorum
 * connection to a peer breaks for any reason (error, close, replacement, our own Disconnect), `onQuorumDown`
 * fires exactly once for it, so the peer core sees ConnectionDown. Messages sent while no connection is up
 * are dropped: the core never counts on them (it only talks to peers it heard from on the current
 * connection, and retries election and FOLLOWERINFO traffic on ticks).
 *
 * Socket writes are batched per event-loop turn (batch.ts: one writev per socket per turn) and Nagle is off.
 */
import { type Server, type Socket, createConnection, createServer } from "node:net"
import { randomBytes } from "node:crypto"
import type { Message } from "../core/types.js"
import { type Flushable, flushAtEndOfTurn } from "./batch.js"
import { FrameDecoder, FrameError } from "../client/frame.js"
import type { ServerAddress } from "./config.js"
import type { Logger } from "./logger.js"
import { type Channel, PROTOCOL, PROTOCOL_VERSION, type PeerFrame, decodePeerFrame, encodePeerFrameWithLength, frameLimits } from "./wire.js"

export const peerLimits = {
  backoffMinMs: 10,
  backoffMaxMs: 1_000,
  handshakeTimeoutMs: 3_000,
  maxBufferedWriteBytes: 512 * 1024 * 1024, // a peer that stops reading this much is dropped
} as const

export interface PeerNetworkOptions {
  readonly myId: number
  readonly servers: ReadonlyArray<ServerAddress>
  readonly log: Logger
  readonly onMessage: (from: number, channel: Channel, clock: number, message: Message) => void
  readonly onQuorumDown: (peer: number) => void
  readonly onQuorumUp?: (peer: number) => void
}

class Conn implements Flushable {
  readonly decoder: FrameDecoder
  up = false
  closed = false
  peer: number | null
  peerIncarnation: string | null = null
  private queued: Array<Buffer> = []
  timer: NodeJS.Timeout | null = null

  constructor(
    readonly socket: Socket,
    readonly channel: Channel,
    readonly dialled: boolean,
    peer: number | null,
  ) {
    this.peer = peer
    this.decoder = new FrameDecoder(frameLimits.handshakeBytes)
  }

  /** Queue a frame; it is written with the rest of this turn's frames (batch.ts). */
  write(frame: Buffer): boolean {
    if (this.closed) return false
    if (this.queued.length === 0) flushAtEndOfTurn(this)
    this.queued.push(frame)
    return this.socket.writableLength <= peerLimits.maxBufferedWriteBytes
  }

  flush(): void {
    const frames = this.queued
    this.queued = []
    if (this.closed || frames.length === 0) return
    if (frames.length === 1) {
      this.socket.write(frames[0]!)
      return
    }
    this.socket.cork()
    for (const frame of frames) this.socket.write(frame)
    this.socket.uncork()
  }
}

interface Link {
  readonly peer: ServerAddress
  readonly channel: Channel
  conn: Conn | null // the connection that is up, if any
  dialling: Conn | null
  backoffMs: number
  retry: NodeJS.Timeout | null
}

export class PeerNetwork {
  readonly incarnation = randomBytes(8).toString("hex")
  private readonly links = new Map<string, Link>()
  private readonly listeners: Array<Server> = []
  private readonly pending = new Set<Conn>()
  private stopped = false
  readonly stats = { framesSent: 0, framesReceived: 0, droppedNoConnection: 0, closedBadFrame: 0 }

  constructor(private readonly options: PeerNetworkOptions) {
    for (const peer of options.servers) {
      if (peer.id === options.myId) continue
      for (const channel of ["election", "quorum"] as const) {
        this.links.set(`${peer.id}/${channel}`, { peer, channel, conn: null, dialling: null, backoffMs: peerLimits.backoffMinMs, retry: null })
      }
    }
  }

  private get me(): ServerAddress {
    return this.options.servers.find((s) => s.id === this.options.myId)!
  }

  /** Bind both ports, then start dialling. Rejects if a port is taken. */
  async start(): Promise<void> {
    const me = this.me
    for (const channel of ["election", "quorum"] as const) {
      const server = createServer({ noDelay: true }, (socket) => this.accept(socket, channel))
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject)
        server.listen(channel === "election" ? me.electionPort : me.quorumPort, me.host, () => {
          server.off("error", reject)
          resolve()
        })
      })
      server.on("error", (error) => this.options.log.error("peer-listener-error", { channel, error: error.message }))
      this.listeners.push(server)
    }
    for (const link of this.links.values()) this.dial(link)
  }

  async stop(): Promise<void> {
    this.stopped = true
    for (const link of this.links.values()) {
      if (link.retry !== null) clearTimeout(link.retry)
      link.retry = null
      if (link.conn !== null) this.close(link.conn, "server stopping", true)
      if (link.dialling !== null) this.close(link.dialling, "server stopping", true)
    }
    for (const conn of this.pending) this.close(conn, "server stopping", true)
    await Promise.all(this.listeners.map((l) => new Promise<void>((resolve) => l.close(() => resolve()))))
  }

  /** Send on the live connection to `to`, or drop it if there is none. Returns whether it was written. */
  send(to: number, channel: Channel, clock: number, message: Message): boolean {
    const link = this.links.get(`${to}/${channel}`)
    if (link === undefined) return false
    const conn = link.conn
    if (conn === null || !conn.up) {
      this.stats.droppedNoConnection += 1
      return false
    }
    this.stats.framesSent += 1
    if (!conn.write(encodePeerFrameWithLength({ _tag: "Msg", clock, message }))) {
      this.close(conn, "peer is not reading (write buffer over limit)")
    }
    return true
  }

  /** Close the quorum connection to `peer` (the core's Disconnect). onQuorumDown fires if it was up. */
  disconnect(peer: number): void {
    const link = this.links.get(`${peer}/quorum`)
    if (link?.conn != null) this.close(link.conn, "disconnected by the peer core")
  }

  /** Which peers have a live connection on `channel`. */
  connected(channel: Channel): ReadonlyArray<number> {
    const ids: Array<number> = []
    for (const link of this.links.values()) if (link.channel === channel && link.conn?.up === true) ids.push(link.peer.id)
    return ids.sort((a, b) => a - b)
  }

  // -------------------------------------------------------------------------------------------------------

  private dial(link: Link): void {
    if (this.stopped || link.conn !== null || link.dialling !== null) return
    if (link.retry !== null) {
      clearTimeout(link.retry)
      link.retry = null
    }
    const port = link.channel === "election" ? link.peer.electionPort : link.peer.quorumPort
    const socket = createConnection({ host: link.peer.host, port, noDelay: true })
    const conn = new Conn(socket, link.channel, true, link.peer.id)
    link.dialling = conn
    this.wire(conn)
    socket.once("connect", () => {
      const hello: PeerFrame = {
        _tag: "Hello",
        protocol: PROTOCOL,
        version: PROTOCOL_VERSION,
        serverId: this.options.myId,
        channel: link.channel,
        servers: this.options.servers.map((s) => s.id),
        incarnation: this.incarnation,
      }
      conn.write(encodePeerFrameWithLength(hello))
    })
  }

  private scheduleDial(link: Link): void {
    if (this.stopped || link.conn !== null || link.dialling !== null || link.retry !== null) return
    // Jitter spreads the retries of a restarted ensemble; the backoff doubles up to its cap.
    const delay = Math.round(link.backoffMs * (0.5 + Math.random()))
    link.backoffMs = Math.min(peerLimits.backoffMaxMs, link.backoffMs * 2)
    link.retry = setTimeout(() => {
      link.retry = null
      this.dial(link)
    }, delay)
  }

  private accept(socket: Socket, channel: Channel): void {
    if (this.stopped) {
      socket.destroy()
      return
    }
    socket.setNoDelay(true)
    const conn = new Conn(socket, channel, false, null)
    this.pending.add(conn)
    this.wire(conn)
  }

  private wire(conn: Conn): void {
    conn.timer = setTimeout(() => {
      if (!conn.up) this.close(conn, "handshake timed out")
    }, peerLimits.handshakeTimeoutMs)
    conn.socket.on("data", (chunk: Buffer) => this.onData(conn, chunk))
    conn.socket.on("error", (error) => this.close(conn, `socket error: ${error.message}`, !conn.up))
    conn.socket.on("close", () => this.close(conn, "closed by the other end", !conn.up))
  }

  private onData(conn: Conn, chunk: Buffer): void {
    if (conn.closed) return
    let payloads: Array<Buffer>
    try {
      payloads = conn.decoder.push(chunk)
    } catch (error) {
      this.stats.closedBadFrame += 1
      this.close(conn, error instanceof FrameError ? error.message : String(error), false, "warn")
      return
    }
    for (const payload of payloads) {
      if (conn.closed) return
      const frame = decodePeerFrame(payload)
      if (typeof frame === "string") {
        this.stats.closedBadFrame += 1
        this.close(conn, frame, false, "warn")
        return
      }
      this.onFrame(conn, frame)
    }
  }

  private onFrame(conn: Conn, frame: PeerFrame): void {
    switch (frame._tag) {
      case "Hello":
        return this.onHello(conn, frame)
      case "Welcome":
        return this.onWelcome(conn, frame)
      case "Msg":
        if (!conn.up || conn.peer === null) {
          this.close(conn, "message before the handshake finished", false, "warn")
          return
        }
        this.stats.framesReceived += 1
        this.options.onMessage(conn.peer, conn.channel, frame.clock, frame.message)
        return
    }
  }

  private onHello(conn: Conn, hello: Extract<PeerFrame, { _tag: "Hello" }>): void {
    if (conn.dialled || conn.peer !== null) {
      this.close(conn, "unexpected Hello", false, "warn")
      return
    }
    const refuse = (reason: string): void => this.close(conn, `refused Hello: ${reason}`, false, "warn")
    if (hello.protocol !== PROTOCOL || hello.version !== PROTOCOL_VERSION) return refuse(`protocol ${hello.protocol} v${hello.version}, expected ${PROTOCOL} v${PROTOCOL_VERSION}`)
    if (hello.channel !== conn.channel) return refuse(`dialled the ${conn.channel} port for the ${hello.channel} channel`)
    if (hello.serverId === this.options.myId) return refuse("a server cannot connect to itself")
    const link = this.links.get(`${hello.serverId}/${conn.channel}`)
    if (link === undefined) return refuse(`server id ${hello.serverId} is not in this ensemble`)
    const mine = this.options.servers.map((s) => s.id).join(",")
    if (hello.servers.join(",") !== mine) return refuse(`ensemble ${hello.servers.join(",")} differs from ours (${mine})`)
    this.pending.delete(conn)
    conn.peer = hello.serverId
    if (hello.serverId < this.options.myId) {
      // ZooKeeper's tie-break: only the larger id's connection survives. Close this one and dial back, now,
      // unless our own connection is up with this very incarnation of the peer (the two dials crossed).
      this.close(conn, "smaller id dialled: dialling back", true)
      if (link.conn !== null && link.conn.peerIncarnation !== hello.incarnation) {
        this.close(link.conn, `peer ${hello.serverId} restarted (new incarnation)`)
      }
      link.backoffMs = peerLimits.backoffMinMs
      this.dial(link)
      return
    }
    if (link.dialling !== null) this.close(link.dialling, "superseded by the peer's dial", true)
    if (link.conn !== null) this.close(link.conn, "replaced by a new connection from the peer")
    conn.peerIncarnation = hello.incarnation
    conn.write(encodePeerFrameWithLength({ _tag: "Welcome", serverId: this.options.myId, incarnation: this.incarnation }))
    this.up(link, conn)
  }

  private onWelcome(conn: Conn, welcome: Extract<PeerFrame, { _tag: "Welcome" }>): void {
    const link = conn.peer === null ? undefined : this.links.get(`${conn.peer}/${conn.channel}`)
    if (!conn.dialled || conn.up || link === undefined || link.dialling !== conn || welcome.serverId !== conn.peer) {
      this.close(conn, "unexpected Welcome", false, "warn")
      return
    }
    link.dialling = null
    conn.peerIncarnation = welcome.incarnation
    if (link.conn !== null) this.close(link.conn, "replaced by our new connection")
    this.up(link, conn)
  }

  private up(link: Link, conn: Conn): void {
    if (conn.timer !== null) clearTimeout(conn.timer)
    conn.timer = null
    conn.up = true
    conn.decoder.maxFrameBytes = conn.channel === "election" ? frameLimits.electionBytes : frameLimits.quorumBytes
    link.conn = conn
    link.backoffMs = peerLimits.backoffMinMs
    if (link.retry !== null) {
      clearTimeout(link.retry)
      link.retry = null
    }
    this.options.log.debug("peer-connected", { peer: link.peer.id, channel: link.channel, dialled: conn.dialled })
    if (link.channel === "quorum") this.options.onQuorumUp?.(link.peer.id)
  }

  /** Close `conn` once; if it was a link's live connection, the link goes down (and redials). */
  private close(conn: Conn, reason: string, quiet = false, level: "debug" | "info" | "warn" = "info"): void {
    if (conn.closed) return
    conn.closed = true
    if (conn.timer !== null) clearTimeout(conn.timer)
    conn.timer = null
    conn.socket.destroy()
    this.pending.delete(conn)
    const link = conn.peer === null ? undefined : this.links.get(`${conn.peer}/${conn.channel}`)
    const wasUp = link !== undefined && link.conn === conn
    if (link !== undefined && link.dialling === conn) link.dialling = null
    if (wasUp) link!.conn = null
    if (!quiet || wasUp) {
      const log = wasUp ? this.options.log.info : this.options.log[level]
      log(wasUp ? "peer-connection-lost" : "peer-connection-closed", { peer: conn.peer, channel: conn.channel, reason })
    }
    if (wasUp && conn.channel === "quorum") this.options.onQuorumDown(link!.peer.id)
    if (link !== undefined && !this.stopped) this.scheduleDial(link)
  }
}
