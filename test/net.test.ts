/**
 * Goal: the real runtime (impl/net) keeps ZAB's promises with real processes, sockets, files and faults.
 * Method: start 3-server clusters on 127.0.0.1 (compiled servers from dist/, free ports, temporary
 * directories, the fault proxy between every pair), drive them with the client library, crash servers
 * with SIGKILL, cut the network with the proxy, and check elections, catch-up by DIFF and SNAP, and that no
 * acknowledged write is ever lost. Every spawned process is killed after each test, whatever failed.
 *
 * Timing: tickTime=500 ms, so the peer ticks every 50 ms and syncLimit=5 is 2.5 s of silence.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import { ZabClient, ZkError, parseConnectString } from "../impl/client/client.js"
import { readTrace, writeTrace } from "../traces/jsonl.js"
import { mergedTrace } from "../harness/net-trace-merge.js"
import {
  type ClusterOptions,
  clusterStatus,
  connectString,
  killAllSpawned,
  killServer,
  killSpawnedOnExit,
  pauseServer,
  proxyCommand,
  restartServer,
  startCluster,
  stopCluster,
  waitForLeader,
  waitForServing,
} from "../impl/net/cluster.js"

killSpawnedOnExit()

const dirs: Array<string> = []
const clients: Array<ZabClient> = []

const testOptions: Partial<ClusterOptions> = { servers: 3, tickTimeMs: 500, initLimit: 10, syncLimit: 5, trace: true }

async function cluster(options: Partial<ClusterOptions> = {}): Promise<{ dir: string; leader: number }> {
  const dir = mkdtempSync(join(tmpdir(), "zab-net-"))
  dirs.push(dir)
  const leader = await startCluster(dir, { ...testOptions, ...options })
  return { dir, leader }
}

async function client(dir: string, ids?: ReadonlyArray<number>): Promise<ZabClient> {
  const c = await ZabClient.connect(connectString(dir, ids), { connectTimeoutMs: 15_000, requestTimeoutMs: 5_000 })
  clients.push(c)
  return c
}

function serverLog(dir: string, id: number): string {
  return readFileSync(join(dir, `n${id}`, "server.log"), "utf8")
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.disconnect()
  for (const dir of dirs) {
    try {
      await stopCluster(dir, 2_000)
    } catch {
      // killAllSpawned below is the backstop.
    }
  }
  await killAllSpawned()
  for (const dir of dirs.splice(0)) if (process.env["ZAB_KEEP_TEST_DIRS"] === undefined) rmSync(dir, { recursive: true, force: true })
})

afterAll(async () => {
  await killAllSpawned()
})

describe("real cluster", () => {
  it("elects one leader on start, with every server in the same epoch", async () => {
    const { dir, leader } = await cluster()
    const states = await clusterStatus(dir)
    expect(states.filter((s) => s.mode === "leading").map((s) => s.id)).toEqual([leader])
    expect(states.filter((s) => s.mode === "following")).toHaveLength(2)
    expect(new Set(states.map((s) => s.epoch)).size).toBe(1)
    const c = await client(dir)
    expect(await c.create("/hello", "world")).toBe("/hello")
    expect((await c.getData("/hello")).data.toString()).toBe("world")
  })

  it("re-elects after the leader is SIGKILLed, keeps committed data, and the old leader rejoins", async () => {
    const { dir, leader } = await cluster()
    const c = await client(dir)
    for (let i = 0; i < 20; i++) await c.create(`/k${i}`, `v${i}`)
    const before = (await clusterStatus(dir)).find((s) => s.id === leader)!.epoch
    await killServer(dir, leader)
    const next = await waitForLeader(dir, 15_000)
    expect(next).not.toBe(leader)
    const states = await clusterStatus(dir)
    expect(states.find((s) => s.id === next)!.epoch).toBeGreaterThan(before)
    expect(states.find((s) => s.id === leader)!.mode).toBe("down")
    await c.create("/after", "x")
    expect((await c.getChildren("/")).length).toBe(22) // with ZooKeeper's /zookeeper
    await restartServer(dir, leader)
    const old = await client(dir, [leader])
    expect((await old.getChildren("/")).sort()).toEqual((await c.getChildren("/")).sort())

    // The per-process traces merge into one shared trace whose order respects causality: every proposal
    // a follower received comes after the leader proposed it.
    const merged = mergedTrace(dir)
    const trace = readTrace(writeTrace(merged.header, merged.events))
    expect(trace.header.target).toBe("net")
    const restarts = trace.events.filter((e) => e._tag === "Restarted").map((e) => e.server)
    expect(restarts.filter((id) => id === leader)).toHaveLength(2)
    const proposed = new Set<number>()
    let received = 0
    for (const e of trace.events) {
      if (e._tag === "Observed" && e.effect._tag === "Proposed") proposed.add(e.effect.txn.zxid)
      if (e._tag === "Received" && e.message._tag === "Proposal" && e.message.txn.zxid > 0x100000000) {
        received += 1
        expect(proposed.has(e.message.txn.zxid), `proposal ${e.message.txn.zxid.toString(16)} received before it was proposed`).toBe(true)
      }
    }
    expect(received).toBeGreaterThan(20)
  })

  it("a looking server ticks every zab.electionTickMs for the first tickTime of its election, then at the peer tick", async () => {
    // tickTime=2000: the peer ticks every 200 ms, and every 50 ms (the default zab.electionTickMs) in the
    // first 2 s of an election. The last server of three, alone, stays looking and resends its vote on
    // every tick.
    const { dir, leader } = await cluster({ tickTimeMs: 2_000, proxy: false })
    const follower = [1, 2, 3].find((id) => id !== leader)!
    const last = [1, 2, 3].find((id) => id !== leader && id !== follower)!
    await killServer(dir, follower)
    await killServer(dir, leader)
    await new Promise((resolve) => setTimeout(resolve, 4_000))
    type Line = { timeMs: number; event: { _tag: string; to?: number; message?: { _tag: string }; effect?: { _tag: string; role?: string } } }
    const lines = readFileSync(join(dir, `n${last}`, "trace.jsonl"), "utf8").trim().split("\n").slice(1)
    const records = lines.map((line) => JSON.parse(line) as Line)
    const lookings = records.filter((r) => r.event._tag === "Observed" && r.event.effect?._tag === "RoleChange" && r.event.effect.role === "looking")
    const lookingAt = lookings[lookings.length - 1]!.timeMs
    const votesBetween = (fromMs: number, toMs: number): number =>
      records.filter((r) => r.event._tag === "Sent" && r.event.to === leader && r.event.message?._tag === "Notification" && r.timeMs > lookingAt + fromMs && r.timeMs <= lookingAt + toMs).length
    // About 30 in the first 1.5 s at 50 ms; ticking at the peer tick it would send 7 or 8.
    expect(votesBetween(0, 1_500)).toBeGreaterThanOrEqual(15)
    // After the first tickTime, at the peer tick: 7 or 8 in 1.5 s (30 at 50 ms).
    expect(votesBetween(2_200, 3_700)).toBeLessThanOrEqual(12)
  })

  it("a follower restarted after missing commits catches up by DIFF", async () => {
    const { dir, leader } = await cluster()
    const follower = [1, 2, 3].find((id) => id !== leader)!
    const c = await client(dir, [1, 2, 3].filter((id) => id !== follower))
    for (let i = 0; i < 5; i++) await c.create(`/before${i}`, "x")
    await killServer(dir, follower)
    for (let i = 0; i < 30; i++) await c.create(`/missed${i}`, `m${i}`)
    await restartServer(dir, follower)
    const f = await client(dir, [follower])
    expect((await f.getChildren("/")).length).toBe(36) // with /zookeeper
    expect((await f.getData("/missed29")).data.toString()).toBe("m29")
    const leaderNow = await waitForLeader(dir)
    expect(serverLog(dir, leaderNow)).toMatch(new RegExp(`"branch":"sync-diff","detail":"to ${follower} from`))
  })

  it("a follower back after a long absence catches up by SNAP", async () => {
    const { dir, leader } = await cluster({ snapCount: 20 })
    const follower = [1, 2, 3].find((id) => id !== leader)!
    const c = await client(dir, [1, 2, 3].filter((id) => id !== follower))
    await c.create("/early", "x")
    await killServer(dir, follower)
    for (let i = 0; i < 80; i++) await c.create(`/absent${i}`, `a${i}`)
    await restartServer(dir, follower)
    const f = await client(dir, [follower])
    expect((await f.getChildren("/")).length).toBe(82) // with /zookeeper
    expect((await f.getData("/absent79")).data.toString()).toBe("a79")
    const leaderNow = await waitForLeader(dir)
    expect(serverLog(dir, leaderNow)).toMatch(new RegExp(`"branch":"sync-snap","detail":"to ${follower} at`))
    expect(serverLog(dir, follower)).toMatch(/"event":"snapshot-installed"/)
    // Old snapshots and logs are purged by count.
    const snaps = readdirSync(join(dir, `n${leaderNow}`, "data", "version-2")).filter((n) => n.startsWith("snapshot."))
    expect(snaps.length).toBeLessThanOrEqual(3)
  })

  it("a server killed in the middle of writes loses no acknowledged write", async () => {
    const { dir, leader } = await cluster()
    const c = await client(dir)
    const acked: Array<string> = []
    let failures = 0
    let stop = false
    const writer = async (lane: number): Promise<void> => {
      for (let i = 0; !stop; i++) {
        const path = `/w${lane}-${i}`
        try {
          await c.create(path, "x")
          acked.push(path)
        } catch (error) {
          if (!(error instanceof ZkError)) throw error
          failures += 1
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
      }
    }
    const lanes = [0, 1, 2, 3, 4, 5, 6, 7].map((lane) => writer(lane))
    await new Promise((resolve) => setTimeout(resolve, 700))
    await killServer(dir, leader)
    await waitForLeader(dir, 15_000)
    const ackedAtRecovery = acked.length
    await new Promise((resolve) => setTimeout(resolve, 500))
    stop = true
    await Promise.all(lanes)
    expect(acked.length).toBeGreaterThan(ackedAtRecovery)
    await restartServer(dir, leader)
    for (const id of [1, 2, 3]) {
      const r = await client(dir, [id])
      const children = new Set(await r.getChildren("/"))
      const missing = acked.filter((p) => !children.has(p.slice(1)))
      expect(missing, `server ${id} lost acknowledged writes`).toEqual([])
    }
    expect(failures).toBeGreaterThan(0)
  })

  it("a partition that isolates the leader: the majority moves on, the old leader commits nothing and rejoins", async () => {
    const { dir, leader } = await cluster()
    const others = [1, 2, 3].filter((id) => id !== leader)
    const c = await client(dir)
    await c.create("/before", "x")
    await proxyCommand(dir, { cmd: "partition", groups: [[leader], others] })
    // Sessions are txns, as in ZooKeeper: the isolated leader cannot even open one, let alone commit a write.
    const isolated = new ZabClient(parseConnectString(connectString(dir, [leader])), { connectTimeoutMs: 3_000, requestTimeoutMs: 5_000 })
    clients.push(isolated)
    await expect(isolated.create("/lost", "x")).rejects.toBeInstanceOf(ZkError)
    const next = await waitForLeader(dir, 15_000, [leader])
    expect(others).toContain(next)
    const majority = await client(dir, others)
    await majority.create("/during", "y")
    await proxyCommand(dir, { cmd: "heal" })
    await waitForServing(dir, leader, 15_000)
    const back = await client(dir, [leader])
    expect((await back.getChildren("/")).sort()).toEqual(["before", "during", "zookeeper"])
    expect(await back.exists("/lost")).toBeNull()
    const states = await clusterStatus(dir)
    expect(states.find((s) => s.id === leader)!.mode).toBe("following")
  })

  it("a paused (SIGSTOP) leader is replaced; resumed (SIGCONT), it steps down and follows", async () => {
    const { dir, leader } = await cluster()
    const others = [1, 2, 3].filter((id) => id !== leader)
    const c = await client(dir, others)
    await c.create("/a", "")
    await pauseServer(dir, leader, true)
    const next = await waitForLeader(dir, 15_000, [leader])
    expect(others).toContain(next)
    await c.create("/b", "")
    await pauseServer(dir, leader, false)
    const deadline = Date.now() + 15_000
    for (;;) {
      const me = (await clusterStatus(dir)).find((s) => s.id === leader)!
      if (me.mode === "following" && me.serving) break
      if (Date.now() > deadline) throw new Error(`resumed server ${leader} did not rejoin: ${JSON.stringify(me)}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const back = await client(dir, [leader])
    expect((await back.getChildren("/")).sort()).toEqual(["a", "b", "zookeeper"])
  })

  it("a slow, lossy network (delays that reorder connections, drops that reset them) loses no acknowledged write", async () => {
    const { dir } = await cluster()
    await proxyCommand(dir, { cmd: "fault", delayMs: 1, jitterMs: 8, dropProbability: 0.003 })
    const c = await client(dir)
    const acked: Array<string> = []
    let stop = false
    const writer = async (lane: number): Promise<void> => {
      for (let i = 0; !stop; i++) {
        try {
          await c.create(`/f${lane}-${i}`, "x")
          acked.push(`f${lane}-${i}`)
        } catch (error) {
          if (!(error instanceof ZkError)) throw error
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
      }
    }
    const lanes = [0, 1, 2, 3].map((lane) => writer(lane))
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    stop = true
    await Promise.all(lanes)
    await proxyCommand(dir, { cmd: "fault", delayMs: 0, jitterMs: 0, dropProbability: 0 })
    expect(acked.length).toBeGreaterThan(0)
    await waitForLeader(dir, 15_000)
    const readers: Array<ZabClient> = []
    for (const id of [1, 2, 3]) {
      await waitForServing(dir, id, 15_000)
      readers.push(await client(dir, [id]))
    }
    // A write that failed with ConnectionLoss may still commit a little later, as in ZooKeeper, so the
    // servers agree eventually rather than at one instant: read until they do.
    let views: Array<ReadonlyArray<string>> = []
    const deadline = Date.now() + 10_000
    for (let round = 0; ; round++) {
      views = []
      for (const [i, r] of readers.entries()) {
        await r.create(`/sync-${i}-${round}`, "") // a write through this server: its reads see everything committed before
        const children = new Set(await r.getChildren("/"))
        expect(acked.filter((p) => !children.has(p)), `server ${i + 1} lost acknowledged writes`).toEqual([])
        views.push([...children].filter((p) => p.startsWith("f")).sort())
      }
      if (JSON.stringify(views[1]) === JSON.stringify(views[0]) && JSON.stringify(views[2]) === JSON.stringify(views[0])) break
      if (Date.now() > deadline) break
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(views[1]).toEqual(views[0])
    expect(views[2]).toEqual(views[0])
  })
})
