/**
 * Goal: bad input on the client port never crashes a zab server, never disturbs another session, and does
 * not make memory grow without bound. Method: a standalone server in this process; 100,000 packets drawn
 * by fast-check (fixed seeds) go to it over 1,000 connections, each an opening (a valid handshake, a
 * mutated one, or garbage) and 100 packets: valid requests of every op, valid requests with one byte of the
 * body changed, truncated requests, random bodies, and, closing one connection in four, a packet that
 * breaks the framing (random bytes, a huge or negative length). Meanwhile a well-behaved client keeps writing and reading and
 * every one of its requests must succeed. The server must still serve at the end, and the process's heap
 * must not have grown by more than a bound after the connections are gone.
 */
import { fc } from "@fast-check/vitest"
import { mkdtempSync, rmSync } from "node:fs"
import { createConnection } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ZabClient } from "../impl/client/client.js"
import { type Request, encodeConnectRequest, encodeRequest } from "../impl/client/protocol.js"
import { freePort } from "../impl/net/cluster.js"
import { parseZooConfig } from "../impl/net/config.js"
import { memoryLogger } from "../impl/net/logger.js"
import { ZabServer } from "../impl/net/server.js"

const PACKETS = 100_000
const PER_CONNECTION = 100

let dir = ""
let server: ZabServer
let port = 0

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "zab-fuzz-"))
  port = await freePort()
  const text = `tickTime=200\ninitLimit=10\nsyncLimit=5\ndataDir=data\nclientPort=${port}\nforceSync=no\n4lw.commands.whitelist=*\nserver.1=127.0.0.1:${await freePort()}:${await freePort()}\n`
  // A logger that keeps nothing: a million log lines would measure the logger, not the server.
  const log = memoryLogger(1)
  server = new ZabServer(parseZooConfig(text, dir).config, 1, { ...log, debug: () => {}, info: () => {}, warn: () => {} })
  await server.start()
  const deadline = Date.now() + 10_000
  while (!server.status().serving) {
    if (Date.now() > deadline) throw new Error("server did not start serving")
    await new Promise((r) => setTimeout(r, 10))
  }
})

afterAll(async () => {
  await server.stop()
  rmSync(dir, { recursive: true, force: true })
})

const pathArb = fc.constantFrom("/", "/f", "/f/a", "/f/b", "/zookeeper", "/f/", "bad", "", "/f/a/b/c")
const bytesArb = fc.uint8Array({ maxLength: 16 }).map((a) => Buffer.from(a))
const versionArb = fc.constantFrom(-1, 0, 1, 2 ** 31 - 1)
const flagsArb = fc.integer({ min: -1, max: 7 })
const aclArb = fc.oneof(
  fc.constant(null),
  fc.array(fc.record({ perms: fc.integer({ min: -1, max: 32 }), scheme: fc.constantFrom("world", "auth", "digest", "ip", "x"), id: fc.constantFrom("anyone", "", "u:h", "127.0.0.1", "10.0.0.0/8", "1.2.3.4/40") }), { maxLength: 3 }),
)
const requestArb: fc.Arbitrary<Request> = fc.oneof(
  fc.record({ op: fc.constant("create" as const), path: pathArb, data: bytesArb, flags: flagsArb }),
  fc.record({ op: fc.constant("create2" as const), path: pathArb, data: bytesArb, flags: flagsArb }),
  fc.record({ op: fc.constant("delete" as const), path: pathArb, version: versionArb }),
  fc.record({ op: fc.constantFrom("exists" as const, "getData" as const, "getChildren" as const, "getChildren2" as const), path: pathArb, watch: fc.boolean() }),
  fc.record({ op: fc.constant("setData" as const), path: pathArb, data: bytesArb, version: versionArb }),
  fc.record({ op: fc.constantFrom("sync" as const, "getACL" as const), path: pathArb }),
  fc.record({ op: fc.constant("check" as const), path: pathArb, version: versionArb }),
  fc.record({
    op: fc.constant("multi" as const),
    ops: fc.array(
      fc.oneof(
        fc.record({ op: fc.constant("create" as const), path: pathArb, data: bytesArb, flags: flagsArb }),
        fc.record({ op: fc.constant("check" as const), path: pathArb, version: versionArb }),
        fc.record({ op: fc.constant("delete" as const), path: pathArb, version: versionArb }),
      ),
      { maxLength: 4 },
    ),
  }),
  fc.record({ op: fc.constant("setWatches" as const), relativeZxid: fc.nat(), dataWatches: fc.array(pathArb, { maxLength: 3 }), existWatches: fc.array(pathArb, { maxLength: 3 }), childWatches: fc.array(pathArb, { maxLength: 3 }) }),
  fc.record({
    op: fc.constant("setWatches2" as const),
    relativeZxid: fc.nat(),
    dataWatches: fc.array(pathArb, { maxLength: 2 }),
    existWatches: fc.array(pathArb, { maxLength: 2 }),
    childWatches: fc.array(pathArb, { maxLength: 2 }),
    persistentWatches: fc.array(pathArb, { maxLength: 2 }),
    persistentRecursiveWatches: fc.array(pathArb, { maxLength: 2 }),
  }),
  fc.record({ op: fc.constant("addWatch" as const), path: pathArb, mode: fc.integer({ min: -1, max: 2 }) }),
  fc.record({ op: fc.constantFrom("removeWatches" as const, "checkWatches" as const), path: pathArb, type: fc.integer({ min: 0, max: 5 }) }),
  fc.constant({ op: "ping" as const }),
  // ACLs: creates and setACLs with arbitrary entries, and auth packets (an unknown scheme closes the connection).
  fc.record({ op: fc.constant("create" as const), path: pathArb, data: bytesArb, flags: flagsArb, acl: aclArb }),
  fc.record({ op: fc.constant("setACL" as const), path: pathArb, acl: aclArb, version: versionArb }),
  fc.record({ op: fc.constant("auth" as const), scheme: fc.constantFrom("digest", "ip", "digest", "sasl"), auth: bytesArb }),
)
const validArb = fc.tuple(fc.integer({ min: -10, max: 1_000_000 }), requestArb).map(([xid, r]) => encodeRequest(xid, r))

/** A frame whose length prefix is right and whose body is damaged (or not): the server must parse it. */
function framed(body: Buffer): Buffer {
  const out = Buffer.alloc(4 + body.length)
  out.writeInt32BE(body.length, 0)
  body.copy(out, 4)
  return out
}
const bodyPacketArb: fc.Arbitrary<Buffer> = fc.oneof(
  // A valid request with one byte of its body changed.
  { weight: 80, arbitrary: fc.tuple(validArb, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([b, at, v]) => (b.length <= 4 ? b : (b.writeUInt8(v, 4 + (at % (b.length - 4))), b))) },
  // A valid request cut short after its header (its length prefix says so).
  { weight: 40, arbitrary: fc.tuple(validArb, fc.nat()).map(([b, cut]) => framed(b.subarray(4, 4 + Math.min(b.length - 4, 8 + (cut % Math.max(1, b.length - 12)))))) },
  // Random bytes as a body, after a readable header.
  { weight: 40, arbitrary: fc.uint8Array({ minLength: 8, maxLength: 64 }).map((a) => framed(Buffer.from(a))) },
  // Rarely, a body too short for a request header: the server closes the connection, as ZooKeeper does.
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 0, maxLength: 7 }).map((a) => framed(Buffer.from(a))) },
  // Valid requests of every op.
  { weight: 60, arbitrary: validArb },
)
/** What breaks the framing itself: random bytes, a huge or negative length. The server closes the connection. */
const breakerArb: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((a) => Buffer.from(a)),
  fc.constantFrom(0x7fffffff, 0x00100400, -1, -0x80000000).map((n) => {
    const b = Buffer.alloc(8)
    b.writeInt32BE(n, 0)
    return b
  }),
)
const packetArb = bodyPacketArb

/** A connection's opening: a valid handshake (so the packets after it are parsed as requests) or a damaged one. */
const openingArb: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(encodeConnectRequest({ protocolVersion: 0, lastZxidSeen: 0, timeOutMs: 4_000, sessionId: 0n, passwd: Buffer.alloc(16) })) },
  { weight: 1, arbitrary: fc.tuple(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), bytesArb, fc.integer()).map(([sessionId, passwd, timeOutMs]) => encodeConnectRequest({ protocolVersion: 0, lastZxidSeen: 0, timeOutMs, sessionId, passwd })) },
  { weight: 1, arbitrary: breakerArb },
)

/** What came back: bytes of replies, and connections the server closed before the client did. */
const seen = { replyBytes: 0, closedByServer: 0 }

/** Send a connection's bytes, read whatever comes back, and close; never waits longer than a bound. */
function fuzzConnection(opening: Buffer, packets: ReadonlyArray<Buffer>): Promise<void> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port })
    const done = (): void => {
      clearTimeout(timer)
      socket.destroy()
      resolve()
    }
    const timer = setTimeout(done, 2_000)
    let ending = false
    socket.on("error", done)
    socket.on("close", () => {
      if (!ending) seen.closedByServer += 1
      done()
    })
    socket.on("data", (chunk: Buffer) => void (seen.replyBytes += chunk.length))
    socket.once("connect", () => {
      socket.write(opening)
      // The packets leave once the handshake had a moment to commit, as a client would send them.
      setTimeout(() => {
        if (socket.destroyed) return
        socket.write(Buffer.concat(packets))
        setTimeout(() => {
          ending = true
          socket.end()
        }, 50)
      }, 20)
    })
  })
}

describe("fuzzing the client port", () => {
  it(`survives ${PACKETS.toLocaleString("en-US")} generated packets while serving a well-behaved client (seed 20261204)`, async () => {
    const connections = PACKETS / PER_CONNECTION
    const openings = fc.sample(openingArb, { seed: 20261204, numRuns: connections })
    // Each connection: an opening, 99 framed packets, and (one connection in four) a packet that breaks the framing.
    const packets = fc.sample(packetArb, { seed: 20261205, numRuns: PACKETS })
    const breakers = fc.sample(breakerArb, { seed: 20261206, numRuns: connections })
    for (let j = 0; j < connections; j++) if (j % 4 === 0) packets[(j + 1) * PER_CONNECTION - 1] = breakers[j]!
    const good = await ZabClient.connect([{ host: "127.0.0.1", port }], { requestTimeoutMs: 10_000 })
    await good.create("/good", "")
    let goodOps = 0
    let stop = false
    const goodLoop = (async () => {
      while (!stop) {
        const path = await good.create(`/good/n-`, `${goodOps}`, 2)
        expect((await good.getData(path)).data.toString()).toBe(`${goodOps}`)
        await good.delete(path)
        goodOps += 1
      }
    })()
    globalThis.gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    const started = Date.now()
    const parallel = 20
    for (let i = 0; i < connections; i += parallel) {
      const batch: Array<Promise<void>> = []
      for (let j = i; j < Math.min(connections, i + parallel); j++) batch.push(fuzzConnection(openings[j]!, packets.slice(j * PER_CONNECTION, (j + 1) * PER_CONNECTION)))
      await Promise.all(batch)
    }
    const seconds = (Date.now() - started) / 1000
    stop = true
    await goodLoop
    await new Promise((r) => setTimeout(r, 500))
    globalThis.gc?.()
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20
    console.log(`fuzz: ${PACKETS} packets over ${connections} connections in ${seconds.toFixed(1)} s; the well-behaved client did ${goodOps} create/getData/delete rounds; heap growth ${heapGrowthMb.toFixed(1)} MB; ${seen.replyBytes} bytes of replies; ${seen.closedByServer} connections closed by the server (a malformed packet closes its connection, as in ZooKeeper)`)
    expect(server.status().serving).toBe(true)
    expect(goodOps).toBeGreaterThan(10)
    expect(await good.exists("/good")).not.toBeNull()
    expect(heapGrowthMb).toBeLessThan(200)
    const after = await ZabClient.connect([{ host: "127.0.0.1", port }])
    expect(await after.exists("/")).not.toBeNull()
    await after.close()
    await good.close()
  }, 300_000)
})
