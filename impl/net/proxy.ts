/**
 * A fault-injecting TCP proxy between every ordered pair of peers, for real-cluster tests.
 *
 * Each server's zoo.cfg names its peers at proxy ports, one per (from, to, channel), so every byte from
 * server i to server j passes through the route i->j, and the replies on that connection through j->i.
 * Faults per direction:
 *   - block (a partition): bytes are discarded and the connection is marked damaged; on heal, damaged
 *     connections are reset, because TCP never delivers a stream with a hole in it. New connections across
 *     a partition are accepted and then hear nothing, like SYNs into a black hole.
 *   - delay with jitter: each chunk is released after delay + jitter, never before the chunk ahead of it
 *     (a connection stays FIFO); different connections are delayed independently, which reorders them.
 *   - drop: with the given probability a chunk is lost, and its connection is reset (loss breaks the link).
 *   - reset: destroy the connections of a route now.
 * The proxy process is controlled over a loopback TCP port with one JSON command per line.
 */
import { type Server, type Socket, createConnection, createServer } from "node:net"
import type { Logger } from "./logger.js"

export interface Route {
  readonly from: number
  readonly to: number
  readonly channel: "election" | "quorum"
  readonly listenPort: number
  readonly targetPort: number
}

export interface DirectionFault {
  readonly delayMs: number
  readonly jitterMs: number
  readonly dropProbability: number
}

export type ProxyCommand =
  | { readonly cmd: "partition"; readonly groups: ReadonlyArray<ReadonlyArray<number>> }
  | { readonly cmd: "heal" }
  | { readonly cmd: "fault"; readonly from?: number; readonly to?: number; readonly delayMs?: number; readonly jitterMs?: number; readonly dropProbability?: number }
  | { readonly cmd: "reset"; readonly from?: number; readonly to?: number }
  | { readonly cmd: "status" }

/**
 * What a proxy reports of the bytes it carries, for a capture (impl/zookeeper/capture.ts writes one).
 * `out` is bytes from the dialling server (`route.from`), `back` the replies. A chunk is reported when it
 * is written to its receiver, or when a fault discards it (`dropped`), so the order of reports is the
 * order in which receivers could see the bytes.
 */
export interface ProxyTap {
  open(conn: number, route: Route): void
  bytes(conn: number, dir: "out" | "back", chunk: Buffer, dropped: boolean): void
  close(conn: number, by: "from" | "to" | "proxy"): void
}

const noFault: DirectionFault = { delayMs: 0, jitterMs: 0, dropProbability: 0 }

/** Chunks held back by a delay, released strictly in order by one timer per direction. */
interface Held {
  readonly chunks: Array<{ readonly chunk: Buffer; readonly releaseAt: number }>
  timer: NodeJS.Timeout | null
}

interface Pipe {
  readonly id: number
  readonly route: Route
  readonly down: Socket // from the dialling server
  readonly up: Socket // to the target server
  damaged: boolean
  closed: boolean
  readonly held: { readonly forward: Held; readonly backward: Held }
  /**
   * Chunks written towards the target before its connection was established: the socket buffers them, and
   * the tap is told only once they can arrive (delivered when it connects, dropped when it never does:
   * a refused connection took nothing).
   */
  untapped: Array<Buffer> | null
}

export class FaultProxy {
  private readonly servers: Array<Server> = []
  private readonly pipes = new Set<Pipe>()
  private blocked = new Set<string>() // "from>to"
  private readonly faults = new Map<string, DirectionFault>()
  private control: Server | null = null
  private nextPipeId = 1

  constructor(
    private readonly routes: ReadonlyArray<Route>,
    private readonly log: Logger,
    private readonly host = "127.0.0.1",
    private readonly tap: ProxyTap | null = null,
  ) {}

  async start(): Promise<void> {
    for (const route of this.routes) {
      const server = createServer({ noDelay: true }, (socket) => this.accept(route, socket))
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject)
        server.listen(route.listenPort, this.host, () => resolve())
      })
      this.servers.push(server)
    }
  }

  /** Listen for JSON-line commands; each gets a JSON-line reply. */
  async listenControl(port: number): Promise<number> {
    const server = createServer((socket) => {
      let buffered = ""
      socket.on("data", (chunk: Buffer) => {
        buffered += chunk.toString("utf8")
        for (;;) {
          const nl = buffered.indexOf("\n")
          if (nl < 0) break
          const line = buffered.slice(0, nl)
          buffered = buffered.slice(nl + 1)
          let reply: unknown
          try {
            reply = this.command(JSON.parse(line) as ProxyCommand)
          } catch (error) {
            reply = { ok: false, error: error instanceof Error ? error.message : String(error) }
          }
          socket.write(JSON.stringify(reply) + "\n")
        }
      })
      socket.on("error", () => socket.destroy())
    })
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject)
      server.listen(port, this.host, () => resolve())
    })
    this.control = server
    const address = server.address()
    return typeof address === "object" && address !== null ? address.port : port
  }

  command(c: ProxyCommand): unknown {
    switch (c.cmd) {
      case "partition":
        this.partition(c.groups)
        return { ok: true }
      case "heal":
        this.heal()
        return { ok: true }
      case "fault":
        this.setFault(c.from, c.to, { delayMs: c.delayMs ?? 0, jitterMs: c.jitterMs ?? 0, dropProbability: c.dropProbability ?? 0 })
        return { ok: true }
      case "reset":
        return { ok: true, reset: this.reset(c.from, c.to) }
      case "status":
        return { ok: true, blocked: [...this.blocked].sort(), faults: Object.fromEntries(this.faults), connections: this.pipes.size }
    }
  }

  /** Servers in different groups cannot talk; a server in no group is cut off from everyone. */
  partition(groups: ReadonlyArray<ReadonlyArray<number>>): void {
    const groupOf = new Map<number, number>()
    groups.forEach((g, i) => g.forEach((id) => groupOf.set(id, i)))
    const blocked = new Set<string>()
    const ids = new Set(this.routes.flatMap((r) => [r.from, r.to]))
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue
        const ga = groupOf.get(a)
        const gb = groupOf.get(b)
        if (ga === undefined || gb === undefined || ga !== gb) blocked.add(`${a}>${b}`)
      }
    }
    this.blocked = blocked
    this.log.info("proxy-partition", { groups: groups.map((g) => g.join(",")), blocked: blocked.size })
  }

  heal(): void {
    this.blocked = new Set()
    let reset = 0
    for (const pipe of [...this.pipes]) {
      if (pipe.damaged) {
        this.closePipe(pipe, "proxy")
        reset += 1
      }
    }
    this.log.info("proxy-heal", { reset })
  }

  setFault(from: number | undefined, to: number | undefined, fault: DirectionFault): void {
    for (const r of this.routes) {
      if ((from === undefined || r.from === from) && (to === undefined || r.to === to)) {
        this.faults.set(`${r.from}>${r.to}`, fault)
        this.faults.set(`${r.to}>${r.from}`, fault)
      }
    }
  }

  reset(from?: number, to?: number): number {
    let n = 0
    for (const pipe of [...this.pipes]) {
      const r = pipe.route
      if ((from === undefined || r.from === from || r.to === from) && (to === undefined || r.to === to || r.from === to)) {
        this.closePipe(pipe, "proxy")
        n += 1
      }
    }
    return n
  }

  async stop(): Promise<void> {
    for (const pipe of [...this.pipes]) this.closePipe(pipe, "proxy")
    const all = [...this.servers, ...(this.control === null ? [] : [this.control])]
    await Promise.all(all.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))))
  }

  private accept(route: Route, down: Socket): void {
    const up = createConnection({ host: this.host, port: route.targetPort, noDelay: true })
    const pipe: Pipe = { id: this.nextPipeId++, route, down, up, damaged: false, closed: false, held: { forward: { chunks: [], timer: null }, backward: { chunks: [], timer: null } }, untapped: [] }
    this.pipes.add(pipe)
    this.tap?.open(pipe.id, route)
    up.once("connect", () => {
      const waiting = pipe.untapped ?? []
      pipe.untapped = null
      for (const chunk of waiting) this.tap?.bytes(pipe.id, "out", chunk, false)
    })
    down.on("data", (chunk: Buffer) => this.carry(pipe, "forward", chunk))
    up.on("data", (chunk: Buffer) => this.carry(pipe, "backward", chunk))
    for (const [s, by] of [[down, "from"], [up, "to"]] as const) {
      s.on("error", () => this.closePipe(pipe, by))
      s.on("close", () => this.closePipe(pipe, by))
    }
  }

  private deliver(pipe: Pipe, direction: "forward" | "backward", chunk: Buffer): void {
    if (direction === "forward" && pipe.untapped !== null) pipe.untapped.push(chunk)
    else this.tap?.bytes(pipe.id, direction === "forward" ? "out" : "back", chunk, false)
    ;(direction === "forward" ? pipe.up : pipe.down).write(chunk)
  }

  private discard(pipe: Pipe, direction: "forward" | "backward", chunk: Buffer): void {
    this.tap?.bytes(pipe.id, direction === "forward" ? "out" : "back", chunk, true)
  }

  private carry(pipe: Pipe, direction: "forward" | "backward", chunk: Buffer): void {
    if (pipe.closed) return
    const from = direction === "forward" ? pipe.route.from : pipe.route.to
    const to = direction === "forward" ? pipe.route.to : pipe.route.from
    const key = `${from}>${to}`
    if (this.blocked.has(key)) {
      pipe.damaged = true
      this.discard(pipe, direction, chunk)
      return
    }
    const fault = this.faults.get(key) ?? noFault
    if (fault.dropProbability > 0 && Math.random() < fault.dropProbability) {
      this.log.info("proxy-drop", { from, to, channel: pipe.route.channel, bytes: chunk.length })
      this.discard(pipe, direction, chunk)
      this.closePipe(pipe, "proxy")
      return
    }
    const held = pipe.held[direction]
    if (fault.delayMs === 0 && fault.jitterMs === 0 && held.chunks.length === 0) {
      this.deliver(pipe, direction, chunk)
      return
    }
    // A chunk never overtakes the one ahead of it: the stream stays FIFO, as TCP is.
    const last = held.chunks[held.chunks.length - 1]
    const releaseAt = Math.max(last?.releaseAt ?? 0, Date.now() + fault.delayMs + Math.random() * fault.jitterMs)
    held.chunks.push({ chunk, releaseAt })
    if (held.timer === null) this.release(pipe, direction, key)
  }

  private release(pipe: Pipe, direction: "forward" | "backward", key: string): void {
    const held = pipe.held[direction]
    held.timer = null
    if (pipe.closed) return
    while (held.chunks.length > 0 && held.chunks[0]!.releaseAt <= Date.now()) {
      const { chunk } = held.chunks.shift()!
      if (this.blocked.has(key)) {
        pipe.damaged = true
        this.discard(pipe, direction, chunk)
      } else this.deliver(pipe, direction, chunk)
    }
    if (held.chunks.length > 0) {
      held.timer = setTimeout(() => this.release(pipe, direction, key), Math.max(1, Math.ceil(held.chunks[0]!.releaseAt - Date.now())))
    }
  }

  private closePipe(pipe: Pipe, by: "from" | "to" | "proxy"): void {
    if (pipe.closed) return
    pipe.closed = true
    this.pipes.delete(pipe)
    for (const direction of ["forward", "backward"] as const) {
      const held = pipe.held[direction]
      for (const { chunk } of held.chunks) this.discard(pipe, direction, chunk) // delayed, never delivered
      if (held.timer !== null) clearTimeout(held.timer)
      held.timer = null
      held.chunks.length = 0
    }
    for (const chunk of pipe.untapped ?? []) this.tap?.bytes(pipe.id, "out", chunk, true) // never connected
    pipe.untapped = null
    this.tap?.close(pipe.id, by)
    pipe.down.destroy()
    pipe.up.destroy()
  }
}

/** Send one command to a proxy's control port and return its reply. */
export function proxyRequest(port: number, command: ProxyCommand, timeoutMs = 2_000): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: "127.0.0.1", port })
    let buffered = ""
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`proxy on port ${port} did not answer within ${timeoutMs} ms`))
    }, timeoutMs)
    socket.once("connect", () => socket.write(JSON.stringify(command) + "\n"))
    socket.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8")
      const nl = buffered.indexOf("\n")
      if (nl < 0) return
      clearTimeout(timer)
      socket.end()
      try {
        resolve(JSON.parse(buffered.slice(0, nl)) as Record<string, unknown>)
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
    socket.on("error", (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}
