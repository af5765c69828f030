/**
 * Goal: the client port speaks ZooKeeper's framing and semantics for the supported ops, answers in request
 * order (a client reads its own writes), and survives malformed packets. Method: run a single-server
 * ensemble in-process and drive it with the client library and with raw bytes; check the jute codec alone.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { createConnection } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ZabClient, ZkError, fourLetterWord } from "../impl/client/client.js"
import { JuteReader, JuteWriter } from "../impl/client/jute.js"
import { ErrorCode, decodeRequest, encodeRequest } from "../impl/client/protocol.js"
import { freePort } from "../impl/net/cluster.js"
import { parseZooConfig } from "../impl/net/config.js"
import { memoryLogger } from "../impl/net/logger.js"
import { ZabServer } from "../impl/net/server.js"
import { fourLetter } from "./support/apache-zookeeper.js"

let dir = ""
let server: ZabServer
let port = 0

async function waitServing(): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!server.status().serving) {
    if (Date.now() > deadline) throw new Error("standalone server did not start serving")
    await new Promise((r) => setTimeout(r, 10))
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "zab-client-"))
  port = await freePort()
  const text = `tickTime=100\ninitLimit=10\nsyncLimit=5\ndataDir=data\nclientPort=${port}\nserver.1=127.0.0.1:${await freePort()}:${await freePort()}\n`
  server = new ZabServer(parseZooConfig(text, dir).config, 1, memoryLogger(1))
  await server.start()
  await waitServing()
})

afterAll(async () => {
  await server.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function connect(): Promise<ZabClient> {
  return ZabClient.connect([{ host: "127.0.0.1", port }], { connectTimeoutMs: 5_000, requestTimeoutMs: 5_000 })
}

function code(promise: Promise<unknown>): Promise<number> {
  return promise.then(
    () => 0,
    (error: unknown) => (error instanceof ZkError ? error.code : -999),
  )
}

describe("client port", () => {
  it("creates, reads, updates with versions, lists and deletes znodes with ZooKeeper's errors", async () => {
    const c = await connect()
    expect(await c.create("/app", "v0")).toBe("/app")
    expect(await code(c.create("/app", "again"))).toBe(ErrorCode.nodeExists)
    expect(await code(c.create("/missing/child", ""))).toBe(ErrorCode.noNode)
    expect(await code(c.create("bad", ""))).toBe(ErrorCode.badArguments)
    const got = await c.getData("/app")
    expect(got.data.toString()).toBe("v0")
    expect(got.stat.version).toBe(0)
    expect(got.stat.czxid).toBeGreaterThan(0)
    const stat = await c.setData("/app", "v1", 0)
    expect(stat.version).toBe(1)
    expect(await code(c.setData("/app", "v2", 0))).toBe(ErrorCode.badVersion)
    await c.create("/app/a", Buffer.from([0, 255, 1]))
    expect([...(await c.getData("/app/a")).data]).toEqual([0, 255, 1]) // bytes round-trip
    await c.create("/app/b", "")
    expect(await c.getChildren("/app")).toEqual(["a", "b"])
    expect((await c.exists("/app"))?.numChildren).toBe(2)
    expect(await c.exists("/nothing")).toBeNull()
    expect(await code(c.delete("/app"))).toBe(ErrorCode.notEmpty)
    expect(await code(c.delete("/app/a", 5))).toBe(ErrorCode.badVersion)
    await c.delete("/app/a")
    await c.delete("/app/b", 0)
    await c.delete("/app")
    expect(await c.exists("/app")).toBeNull()
    await c.close()
  })

  it("answers pipelined requests in order, so reads see the writes sent before them", async () => {
    const c = await connect()
    const ops: Array<Promise<unknown>> = []
    for (let i = 0; i < 200; i++) {
      ops.push(c.create(`/p${i}`, `${i}`))
      ops.push(c.getData(`/p${i}`).then((r) => r.data.toString()))
    }
    const results = await Promise.all(ops)
    for (let i = 0; i < 200; i++) expect(results[2 * i + 1]).toBe(`${i}`)
    expect((await c.getChildren("/")).length).toBeGreaterThanOrEqual(200)
    await c.close()
  })

  it("answers srvr before a session, as ZooKeeper's four-letter words", async () => {
    const text = await fourLetterWord({ host: "127.0.0.1", port })
    expect(text).toMatch(/Mode: leader/)
    expect(text).toMatch(/Zxid: 0x1[0-9a-f]{8}/)
  })

  it("answers a four-letter word only when 4lw.commands.whitelist has it (the default is srvr, as ZooKeeper's)", async () => {
    expect(await fourLetter(port, "ruok")).toBe("ruok is not executed because it is not in the whitelist.\n")
    expect(await fourLetter(port, "mntr")).toMatch(/not in the whitelist/)
    expect(await fourLetter(port, "srvr")).toMatch(/Mode: leader/)
  })

  it("closes a connection that sends a malformed packet and keeps serving others", async () => {
    const socket = createConnection({ host: "127.0.0.1", port })
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()))
    socket.on("error", () => {})
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()))
    const frame = Buffer.alloc(8)
    frame.writeInt32BE(4, 0) // a connect request 4 bytes long: far too short
    socket.write(frame)
    await closed
    const c = await connect()
    expect(await c.exists("/")).not.toBeNull()
    await c.close()
  })

  it("encodes and decodes requests with jute, and reports unsupported ops", () => {
    const create = encodeRequest(7, { op: "create", path: "/x", data: Buffer.from("d"), flags: 0 })
    const decoded = decodeRequest(create.subarray(4))
    // A create without an ACL goes out with ZooKeeper's open ACL, which the server reads back.
    expect(decoded).toEqual({ ok: true, xid: 7, request: { op: "create", path: "/x", data: Buffer.from("d"), flags: 0, acl: [{ perms: 31, scheme: "world", id: "anyone" }] } })
    const setAcl = encodeRequest(8, { op: "setACL", path: "/x", acl: [{ perms: 1, scheme: "digest", id: "u:h" }], version: 2 })
    expect(decodeRequest(setAcl.subarray(4))).toEqual({ ok: true, xid: 8, request: { op: "setACL", path: "/x", acl: [{ perms: 1, scheme: "digest", id: "u:h" }], version: 2 } })
    const unknown = new JuteWriter().int(9).int(77).bytes()
    expect(decodeRequest(unknown)).toMatchObject({ ok: false, xid: 9, error: ErrorCode.unimplemented })
    const ephemeral = encodeRequest(3, { op: "create", path: "/e", data: Buffer.alloc(0), flags: 1 })
    expect(decodeRequest(ephemeral.subarray(4))).toMatchObject({ ok: true, request: { op: "create", flags: 1 } })
    // Containers and TTL nodes are refused cleanly, as a ZooKeeper without extended types refuses TTLs.
    const container = encodeRequest(4, { op: "create", path: "/c", data: Buffer.alloc(0), flags: 4 })
    expect(decodeRequest(container.subarray(4))).toMatchObject({ ok: false, xid: 4, error: ErrorCode.unimplemented })
    const badMode = encodeRequest(5, { op: "create", path: "/c", data: Buffer.alloc(0), flags: 9 })
    expect(decodeRequest(badMode.subarray(4))).toMatchObject({ ok: false, xid: 5, error: ErrorCode.badArguments })
    const multi = encodeRequest(6, { op: "multi", ops: [{ op: "create", path: "/m", data: Buffer.from("d"), flags: 0 }, { op: "check", path: "/m", version: 0 }, { op: "delete", path: "/m", version: -1 }] })
    expect(decodeRequest(multi.subarray(4))).toEqual({ ok: true, xid: 6, request: { op: "multi", ops: [{ op: "create", path: "/m", data: Buffer.from("d"), flags: 0, acl: [{ perms: 31, scheme: "world", id: "anyone" }] }, { op: "check", path: "/m", version: 0 }, { op: "delete", path: "/m", version: -1 }] } })
    const r = new JuteReader(new JuteWriter().long(0x100000003).string(null).bytes())
    expect(r.long("zxid")).toBe(0x100000003)
    expect(r.string("s")).toBeNull()
    expect(() => r.int("past the end")).toThrow(/past the end: needs 4 bytes/)
  })
})
