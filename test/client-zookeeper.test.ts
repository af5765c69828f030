/**
 * Goal: zab's own client (impl/client) opens sessions on Apache ZooKeeper 3.8 and drives it, so every tool
 * built on it can drive either server. Real session ids carry the server id in the top byte and exceed
 * 2^53; they must arrive intact (a bigint), and an ephemeral node's owner must equal the session id.
 *
 * Method: start a standalone Apache ZooKeeper from Debian's package (test/support/apache-zookeeper.ts) and
 * run the client against it. Without the package the suite is skipped with the reason (CI requires it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ZabClient, ZkError } from "../impl/client/client.js"
import { ErrorCode, formatSessionId } from "../impl/client/protocol.js"
import { type ApacheZooKeeper, skipWithoutZooKeeper, startApacheZooKeeper } from "./support/apache-zookeeper.js"

const skip = skipWithoutZooKeeper("test/client-zookeeper.test.ts")

function code(promise: Promise<unknown>): Promise<number> {
  return promise.then(
    () => 0,
    (error: unknown) => (error instanceof ZkError ? error.code : -999),
  )
}

describe.skipIf(skip)("zab's client against Apache ZooKeeper 3.8", () => {
  let zk: ApacheZooKeeper | null = null

  beforeAll(async () => {
    zk = await startApacheZooKeeper({ tickTimeMs: 500 })
  })

  afterAll(async () => {
    await zk?.stop()
  })

  it("opens a session whose 64-bit id survives intact, and negotiates the timeout", async () => {
    const c = await ZabClient.connect(zk!.connectString, { sessionTimeoutMs: 60_000 })
    // A standalone server has id 0, so the top byte is 0, but the time shifted in still exceeds 2^53.
    expect(typeof c.sessionId).toBe("bigint")
    expect(c.sessionId).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER))
    expect(formatSessionId(c.sessionId)).toMatch(/^0x[0-9a-f]{15,16}$/)
    expect(c.sessionTimeoutMs).toBe(20 * 500) // clamped to 20 x tickTime
    await c.close()
  })

  it("creates, reads, updates with versions, lists and deletes with ZooKeeper's own answers", async () => {
    const c = await ZabClient.connect(zk!.connectString)
    expect(await c.create("/zc", "v0")).toBe("/zc")
    expect(await code(c.create("/zc", "again"))).toBe(ErrorCode.nodeExists)
    expect(await code(c.create("/missing/child"))).toBe(ErrorCode.noNode)
    const got = await c.getData("/zc")
    expect(got.data.toString()).toBe("v0")
    expect(got.stat.version).toBe(0)
    expect(got.stat.ephemeralOwner).toBe(0n)
    expect(got.stat.ctime).toBeGreaterThan(1_600_000_000_000) // a wall-clock time in ms
    expect((await c.setData("/zc", "v1", 0)).version).toBe(1)
    expect(await code(c.setData("/zc", "v2", 0))).toBe(ErrorCode.badVersion)
    await c.create("/zc/a")
    expect(await c.getChildren("/zc")).toEqual(["a"])
    expect(await code(c.delete("/zc"))).toBe(ErrorCode.notEmpty)
    await c.delete("/zc/a")
    await c.delete("/zc", 1)
    expect(await c.exists("/zc")).toBeNull()
    await c.close()
  })

  it("keeps an idle session alive with pings past its timeout", async () => {
    const c = await ZabClient.connect(zk!.connectString, { sessionTimeoutMs: 1_000 }) // 2 x tickTime
    expect(c.sessionTimeoutMs).toBe(1_000)
    const session = c.sessionId
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    expect(await c.exists("/")).not.toBeNull()
    expect(c.sessionId).toBe(session)
    await c.close()
  })
})
