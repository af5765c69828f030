/**
 * Goal: a server's peer ports accept only well-formed connections from configured ids, keep ZooKeeper's
 * one-connection-per-pair rule, and survive any malformed input by closing just that connection.
 * Method: run one ZabServer in-process as server 2 of a 3-server ensemble and play servers 1 and 3 with raw
 * sockets: handshakes right and wrong, oversized and undecodable frames, the smaller id dialling.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { type Server, type Socket, createConnection, createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { fourLetterWord } from "../impl/client/client.js"
import { freePort } from "../impl/net/cluster.js"
import { parseZooConfig } from "../impl/net/config.js"
import { FrameDecoder, encodeFrame } from "../impl/client/frame.js"
import { memoryLogger } from "../impl/net/logger.js"
import { ZabServer } from "../impl/net/server.js"
import { PROTOCOL, PROTOCOL_VERSION, type PeerFrame, decodePeerFrame, encodePeerFrame } from "../impl/net/wire.js"

let dir = ""
let server: ZabServer
const log = memoryLogger(2)
const ports: Record<string, number> = {}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "zab-wire-"))
  for (const name of ["c2", "q1", "e1", "q2", "e2", "q3", "e3"]) ports[name] = await freePort()
  const text = [
    "tickTime=100",
    "initLimit=10",
    "syncLimit=5",
    "dataDir=data",
    `clientPort=${ports["c2"]}`,
    `server.1=127.0.0.1:${ports["q1"]}:${ports["e1"]}`,
    `server.2=127.0.0.1:${ports["q2"]}:${ports["e2"]}`,
    `server.3=127.0.0.1:${ports["q3"]}:${ports["e3"]}`,
  ].join("\n")
  const { config } = parseZooConfig(text, dir)
  server = new ZabServer(config, 2, log)
  await server.start()
})

afterAll(async () => {
  await server.stop()
  rmSync(dir, { recursive: true, force: true })
})

function hello(serverId: number, channel: "election" | "quorum", overrides: Partial<Extract<PeerFrame, { _tag: "Hello" }>> = {}): Buffer {
  return encodeFrame(encodePeerFrame({ _tag: "Hello", protocol: PROTOCOL, version: PROTOCOL_VERSION, serverId, channel, servers: [1, 2, 3], incarnation: `test-${serverId}`, ...overrides }))
}

/** Connect, send `bytes`, and collect decoded frames until the server closes or `waitMs` passes. */
async function exchange(port: number, chunks: ReadonlyArray<Buffer>, waitMs = 400): Promise<{ frames: Array<PeerFrame | string>; closed: boolean }> {
  const socket: Socket = createConnection({ host: "127.0.0.1", port })
  const decoder = new FrameDecoder(1 << 20)
  const frames: Array<PeerFrame | string> = []
  let closed = false
  socket.on("data", (chunk: Buffer) => {
    for (const f of decoder.push(chunk)) frames.push(decodePeerFrame(f))
  })
  socket.on("error", () => {})
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()))
  for (const c of chunks) socket.write(c)
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, waitMs)
    socket.once("close", () => {
      closed = true
      clearTimeout(timer)
      resolve()
    })
  })
  socket.destroy()
  return { frames, closed }
}

function logged(pattern: RegExp): boolean {
  return log.lines.some((l) => pattern.test(l))
}

async function stillServing(): Promise<void> {
  expect(await fourLetterWord({ host: "127.0.0.1", port: ports["c2"]! })).toMatch(/Server id: 2/)
}

describe("peer ports", () => {
  it("welcome a configured larger id that names the right port", async () => {
    const { frames, closed } = await exchange(ports["e2"]!, [hello(3, "election")])
    expect(closed).toBe(false)
    expect(frames[0]).toMatchObject({ _tag: "Welcome", serverId: 2 })
  })

  it("refuse an id outside the ensemble, a wrong channel, another protocol version or ensemble", async () => {
    for (const [bytes, reason] of [
      [hello(9, "election"), /server id 9 is not in this ensemble/],
      [hello(3, "quorum"), /dialled the election port for the quorum channel/],
      [hello(3, "election", { version: 99 }), /protocol zab-harness-peer v99/],
      [hello(3, "election", { servers: [1, 2, 3, 4] }), /ensemble 1,2,3,4 differs/],
    ] as const) {
      const { frames, closed } = await exchange(ports["e2"]!, [bytes])
      expect(closed).toBe(true)
      expect(frames).toEqual([])
      expect(logged(reason)).toBe(true)
    }
    await stillServing()
  })

  it("close a connection on an oversized frame, before reading it", async () => {
    const header = Buffer.alloc(4)
    header.writeInt32BE(100 * 1024 * 1024, 0)
    const { closed } = await exchange(ports["e2"]!, [header])
    expect(closed).toBe(true)
    expect(logged(/exceeds the limit of 4096/)).toBe(true)
    await stillServing()
  })

  it("close a connection whose frame is not JSON, or does not decode, naming the field", async () => {
    const notJson = await exchange(ports["e2"]!, [encodeFrame(Buffer.from("{nope"))])
    expect(notJson.closed).toBe(true)
    expect(logged(/frame is not JSON/)).toBe(true)
    const badMessage = encodeFrame(Buffer.from(JSON.stringify({ _tag: "Msg", clock: 1, message: { _tag: "Ack", zxid: 17 } })))
    const bad = await exchange(ports["q2"]!, [hello(3, "quorum"), badMessage])
    expect(bad.closed).toBe(true)
    expect(logged(/frame does not decode.*message.*zxid/)).toBe(true)
    const beforeHandshake = await exchange(ports["q2"]!, [encodeFrame(encodePeerFrame({ _tag: "Msg", clock: 1, message: { _tag: "Ping" } }))])
    expect(beforeHandshake.closed).toBe(true)
    expect(logged(/message before the handshake/)).toBe(true)
    await stillServing()
  })

  it("keep only the larger id's connection: a dial from the smaller id is closed and dialled back", async () => {
    const incoming: Array<PeerFrame | string> = []
    const accepted: Array<Socket> = []
    const listener: Server = createServer((socket) => {
      accepted.push(socket)
      const decoder = new FrameDecoder(1 << 20)
      socket.on("data", (chunk: Buffer) => {
        for (const f of decoder.push(chunk)) incoming.push(decodePeerFrame(f))
      })
      socket.on("error", () => {})
    })
    await new Promise<void>((resolve) => listener.listen(ports["e1"], "127.0.0.1", () => resolve()))
    try {
      const { closed, frames } = await exchange(ports["e2"]!, [hello(1, "election")], 1_000)
      expect(closed).toBe(true)
      expect(frames).toEqual([])
      const deadline = Date.now() + 3_000
      while (!incoming.some((f) => typeof f !== "string" && f._tag === "Hello") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
      expect(incoming.find((f) => typeof f !== "string" && f._tag === "Hello")).toMatchObject({ _tag: "Hello", serverId: 2, channel: "election" })
    } finally {
      for (const s of accepted) s.destroy()
      await new Promise<void>((resolve) => listener.close(() => resolve()))
    }
  })

  it("a server following another leader refuses a learner's FOLLOWERINFO by closing the quorum connection", async () => {
    // Play server 1 on its quorum port: server 2 dials it (the larger id dials) and we answer the handshake.
    let quorum = null as Socket | null
    let quorumClosed = false
    const listener: Server = createServer((socket) => {
      const decoder = new FrameDecoder(1 << 20)
      socket.on("data", (chunk: Buffer) => {
        for (const f of decoder.push(chunk)) {
          const frame = decodePeerFrame(f)
          if (typeof frame !== "string" && frame._tag === "Hello" && frame.channel === "quorum") {
            socket.write(encodeFrame(encodePeerFrame({ _tag: "Welcome", serverId: 1, incarnation: "test-1" })))
            quorum = socket
          }
        }
      })
      socket.on("close", () => {
        if (quorum === socket) quorumClosed = true
      })
      socket.on("error", () => {})
    })
    await new Promise<void>((resolve) => listener.listen(ports["q1"], "127.0.0.1", () => resolve()))
    const election = createConnection({ host: "127.0.0.1", port: ports["e2"]! })
    election.on("error", () => {})
    const connected = new Promise<void>((resolve) => election.once("connect", () => resolve()))
    try {
      const until = async (what: string, cond: () => boolean): Promise<void> => {
        const deadline = Date.now() + 5_000
        while (!cond()) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
          await new Promise((r) => setTimeout(r, 10))
        }
      }
      await until("server 2 to dial server 1's quorum port", () => quorum !== null)
      // As server 3, vote for 3: with 2's own vote moving to 3 that is a quorum, and 2 follows 3.
      await connected
      election.write(hello(3, "election"))
      const vote = { _tag: "Notification" as const, leader: 3, zxid: 0, peerEpoch: 0, round: 1, state: "looking" as const }
      election.write(encodeFrame(encodePeerFrame({ _tag: "Msg", clock: 1, message: vote })))
      await until("server 2 to follow server 3", () => server.status().role === "following" && server.status().leader === 3)
      // Server 1 believes 2 leads: ZooKeeper's quorum port would not take it; here the peer core has the
      // runtime close the connection (Disconnect), and server 1 would see ConnectionDown and re-elect.
      quorum!.write(encodeFrame(encodePeerFrame({ _tag: "Msg", clock: 2, message: { _tag: "FollowerInfo", acceptedEpoch: 0, lastZxid: 0 } })))
      await until("the quorum connection to close", () => quorumClosed)
      expect(logged(/peer-connection-lost.*"peer":1,"channel":"quorum","reason":"disconnected by the peer core"/)).toBe(true)
      await stillServing()
    } finally {
      election.destroy()
      quorum?.destroy()
      await new Promise<void>((resolve) => listener.close(() => resolve()))
    }
  })
})
