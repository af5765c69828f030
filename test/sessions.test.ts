/**
 * Goal: sessions are replicated state. A client can move its session to another server with its id and
 * password, keeping its ephemeral nodes; a wrong password or an unknown session is refused as ZooKeeper
 * refuses it; a leader change does not expire a session whose client keeps talking; a closed session's
 * ephemerals are gone on every server. Method: an in-process 3-server zab ensemble (tickTime 200 ms, so
 * session timeouts are 0.4 to 4 s) driven by zab's client with `keepSession`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ZabClient, ZkError } from "../impl/client/client.js"
import { CreateFlags, ErrorCode } from "../impl/client/protocol.js"
import { type ZabEnsemble, startZabEnsemble } from "./support/zab-cluster.js"

const TICK_MS = 200
let zab: ZabEnsemble

beforeAll(async () => {
  zab = await startZabEnsemble({ tickTimeMs: TICK_MS })
})

afterAll(async () => {
  await zab.stop()
})

function endpoint(id: number): { host: string; port: number } {
  return { host: "127.0.0.1", port: zab.ports[id - 1]! }
}

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

describe("replicated sessions", () => {
  it("a session moves to another server with its id and password, and keeps its ephemeral nodes", async () => {
    const followers = zab.servers.filter((s) => s.status().role === "following").map((s) => s.myId)
    const [a, b] = followers as [number, number]
    const client = new ZabClient([endpoint(a), endpoint(b)], { keepSession: true, sessionTimeoutMs: 4_000 })
    await client.exists("/")
    const session = client.sessionId
    expect(Number(BigInt.asUintN(64, session) >> 56n)).toBe(a) // the creating server's id in the top byte
    await client.create("/moving", "")
    await client.create("/moving/e", "mine", CreateFlags.ephemeral)
    client.disconnect()
    client.preferServer(1) // servers[1] is b
    expect((await client.exists("/moving/e"))?.ephemeralOwner).toBe(session)
    expect(client.endpoint?.port).toBe(zab.ports[b - 1])
    expect(client.sessionId).toBe(session)
    await client.close()
    // The close deleted the ephemeral on every server.
    const observer = await ZabClient.connect([endpoint(a)])
    expect(await eventually(async () => (await observer.exists("/moving/e")) === null, 5_000)).toBe(true)
    await observer.close()
  })

  it("refuses a reconnect with a wrong password or an unknown session, as ZooKeeper does", async () => {
    const owner = new ZabClient([endpoint(1)], { keepSession: true, sessionTimeoutMs: 4_000 })
    await owner.exists("/")
    const thief = new ZabClient([endpoint(2)], { keepSession: true, connectTimeoutMs: 1_000 })
    thief.sessionId = owner.sessionId
    thief.sessionPassword = Buffer.alloc(16, 7)
    const refused = await thief.exists("/").then(
      () => 0,
      (error: unknown) => (error instanceof ZkError ? error.code : -999),
    )
    expect(refused).toBe(ErrorCode.connectionLoss)
    const stranger = new ZabClient([endpoint(3)], { keepSession: true, connectTimeoutMs: 1_000 })
    stranger.sessionId = 0x0300_0000_0000_0042n
    await expect(stranger.exists("/")).rejects.toThrow(/expired/)
    // The owner's session is untouched.
    expect(await owner.exists("/")).not.toBeNull()
    await owner.close()
  })

  it("a leader change does not expire a session whose client keeps talking", async () => {
    const leader = zab.leader()
    const follower = zab.servers.find((s) => s.myId !== leader && s.status().serving)!.myId
    const client = new ZabClient([endpoint(follower)], { keepSession: true, sessionTimeoutMs: 2 * TICK_MS * 2 }) // 800 ms
    await client.create("/survivor", "", CreateFlags.ephemeral)
    const session = client.sessionId
    await zab.servers[leader - 1]!.stop("test: the leader goes away")
    // The follower leaves broadcast, drops its clients, elects; the client reconnects with its session.
    const alive = await eventually(async () => {
      try {
        return (await client.exists("/survivor"))?.ephemeralOwner === session
      } catch {
        return false
      }
    }, 20_000)
    expect(alive).toBe(true)
    // Several timeouts later, with the client pinging, the session and its node are still there.
    await new Promise((resolve) => setTimeout(resolve, 6 * 800))
    expect((await client.exists("/survivor"))?.ephemeralOwner).toBe(session)
    expect(client.sessionId).toBe(session)
    await client.close()
  })
})
