/**
 * Goal: `zab cluster --impl zookeeper` runs a real Apache ZooKeeper 3.8 ensemble (Debian's package) behind
 * the capturing fault proxy, every cluster subcommand works on it, what cannot start is a clear error
 * with exit 2 and the server's log, and no command leaves a process behind, even when interrupted.
 *
 * Method: the compiled CLI is run as a child process, as a user runs it (so the proxy outlives the
 * command as it does for them); the capture it writes is read back with the capture reader. Start-up
 * failures go through the library (ZkEnsemble.start), where a test can hand a server a taken port or a
 * broken zoo.cfg line. Without the zookeeper package the suite is skipped with the reason (CI installs it
 * and sets ZAB_REQUIRE_ZOOKEEPER=1). tickTime is 300 ms so elections and timeouts take about a second.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs"
import { createServer, type Server } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import { alive, freePort, killAllSpawned, killSpawnedOnExit, readPid, zabEntry } from "../impl/net/cluster.js"
import { readCapture } from "../impl/zookeeper/capture.js"
import { ZkEnsemble, ZkStartError } from "../impl/zookeeper/ensemble.js"
import { skipWithoutZooKeeper } from "./support/apache-zookeeper.js"

const skip = skipWithoutZooKeeper("test/zookeeper-cluster.test.ts")
killSpawnedOnExit()

const dirs: Array<string> = []
const children: Array<ChildProcess> = []

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "zab-zk-test-"))
  dirs.push(dir)
  return dir
}

/** Run the compiled CLI; resolves with its exit code and output. */
function zab(args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = {}): { done: Promise<{ code: number | null; signal: string | null; out: string; err: string }>; child: ChildProcess } {
  const child = spawn(process.execPath, [zabEntry(), ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
  children.push(child)
  let out = ""
  let err = ""
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()))
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()))
  const done = new Promise<{ code: number | null; signal: string | null; out: string; err: string }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, out, err })))
  return { done, child }
}

async function run(args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; out: string; err: string }> {
  return zab(args, env).done
}

/** Every pid the ensemble in `dir` recorded (servers and proxy). */
function recordedPids(dir: string): Array<number> {
  const pids: Array<number> = []
  for (const file of ["n1/pid", "n2/pid", "n3/pid", "proxy.pid"]) {
    const pid = readPid(join(dir, file))
    if (pid !== null) pids.push(pid)
  }
  return pids
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}

function statusLines(text: string): Map<number, string> {
  return new Map(text.trim().split("\n").map((line) => [Number(line.split(" ")[0]), line.split(" ")[1]!]))
}

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
  for (const dir of dirs) {
    if (existsSync(join(dir, "zookeeper.json"))) {
      try {
        await ZkEnsemble.open(dir).stop(0)
      } catch {
        // killAllSpawned below, and the pids checked by each test.
      }
    }
  }
  await killAllSpawned()
})

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(skip)("zab cluster --impl zookeeper", () => {
  it("starts an ensemble, survives a leader kill and a partitioned follower, and captures every byte between servers", async () => {
    const dir = freshDir()
    const d = ["--dir", dir]
    const started = await run(["cluster", "start", "--impl", "zookeeper", "--tick-time", "300", ...d])
    expect(started.err).toBe("")
    expect(started.code).toBe(0)
    const leader = Number(/^leader (\d)$/m.exec(started.out)![1])

    // Kill the leader: the other two elect one of themselves.
    expect((await run(["cluster", "kill", String(leader), ...d])).code).toBe(0)
    const survivor = ZkEnsemble.open(dir)
    const second = await survivor.waitForLeader(30_000, false, [leader])
    expect(second).not.toBe(leader)
    const status = statusLines((await run(["cluster", "status", ...d])).out)
    expect(status.get(leader)).toBe("down")
    expect(status.get(second)).toBe("leading")

    // Restart it, then cut a follower off and heal: the ensemble serves all three again.
    expect((await run(["cluster", "restart", String(leader), ...d])).code).toBe(0)
    const follower = [1, 2, 3].find((id) => id !== second)!
    expect((await run(["cluster", "partition", String(follower), [1, 2, 3].filter((id) => id !== follower).join(","), ...d])).code).toBe(0)
    expect(await waitUntil(() => false, 1_500)).toBe(false) // the follower's syncLimit (1.5 s) passes
    expect((await run(["cluster", "heal", ...d])).code).toBe(0)
    await survivor.waitForLeader(30_000, true)
    expect((await run(["cluster", "pause", String(follower), ...d])).code).toBe(0)
    expect((await run(["cluster", "resume", String(follower), ...d])).code).toBe(0)
    expect((await run(["cluster", "fault", "--delay", "2", ...d])).code).toBe(0)
    expect((await run(["cluster", "reset", ...d])).out).toMatch(/^reset \d+ connections$/m)
    await survivor.waitForLeader(30_000, true)

    const trace = await run(["cluster", "trace", ...d])
    expect(trace.code).toBe(0)
    expect(trace.out).toMatch(/capture .*capture\.jsonl: \d+ records/)

    expect((await run(["cluster", "stop", ...d])).code).toBe(0)
    for (const pid of recordedPids(dir)) expect(alive(pid)).toBe(false)

    // The capture: every pair exchanged election bytes, and every server that followed dialled a leader's
    // quorum port through the proxy. Process and Observed notes came from the commands.
    const { records } = readCapture(readFileSync(join(dir, "capture.jsonl"), "utf8"))
    const routeOf = new Map<number, string>()
    const carried = new Set<string>()
    for (const r of records) {
      if (r._tag === "Open") routeOf.set(r.conn, `${r.from}>${r.to} ${r.channel}`)
      if (r._tag === "Bytes" && r.dir === "out" && !r.dropped) carried.add(routeOf.get(r.conn)!)
    }
    // Every pair's election traffic crossed the proxy in at least one direction. Not always in both: when
    // the smaller id dials, ZooKeeper 3.8 closes that connection and dials back the address in its preamble,
    // the server's own election port, which bypasses the proxy (QuorumCnxManager.handleConnection).
    for (const a of [1, 2, 3]) for (const b of [1, 2, 3]) if (a < b) expect(carried.has(`${a}>${b} election`) || carried.has(`${b}>${a} election`), `${a}<->${b} election`).toBe(true)
    for (const f of [1, 2, 3].filter((id) => id !== leader)) expect(carried, `${f}>${leader} quorum`).toContain(`${f}>${leader} quorum`)
    for (const f of [1, 2, 3].filter((id) => id !== second)) expect(carried, `${f}>${second} quorum`).toContain(`${f}>${second} quorum`)
    expect(records.some((r) => r._tag === "Bytes" && r.dropped)).toBe(true) // the partition discarded bytes
    const notes = records.filter((r) => r._tag === "Process").map((r) => `${r.server} ${r.event}`)
    expect(notes).toContain(`${leader} killed`)
    expect(notes).toContain(`${follower} paused`)
    expect(notes).toContain(`${follower} resumed`)
    expect(notes.filter((n) => n === `${leader} started`)).toHaveLength(2)
    expect(records.some((r) => r._tag === "Observed" && r.server === second && r.mode === "leader")).toBe(true)
  }, 180_000)

  it("says which Debian package to install when java or ZooKeeper is missing (exit 2)", async () => {
    const noJava = await run(["cluster", "start", "--impl", "zookeeper", "--dir", freshDir()], { ZAB_JAVA: "/nonexistent/java" })
    expect(noJava.code).toBe(2)
    expect(noJava.err).toMatch(/install the Debian package openjdk-17-jre-headless/)
    const noJar = await run(["cluster", "start", "--impl", "zookeeper", "--dir", freshDir()], { ZOOKEEPER_JAR: "/nonexistent/zookeeper.jar" })
    expect(noJar.code).toBe(2)
    expect(noJar.err).toMatch(/install the Debian package zookeeper/)
    const check = await run(["check", "--target", "zookeeper", "--runs", "1", "--out", join(freshDir(), "out")], { ZOOKEEPER_JAR: "/nonexistent/zookeeper.jar" })
    expect(check.code).toBe(2)
    expect(check.out).toMatch(/^ERROR: Apache ZooKeeper is not installed: .* install the Debian package zookeeper/m)
  }, 30_000)

  it("reports a server that cannot start with the tail of its log, and leaves nothing running", async () => {
    // A broken zoo.cfg: ZooKeeper refuses it and exits.
    const bad = freshDir()
    const error = await ZkEnsemble.start(bad, { tickTimeMs: 300, extraConfig: ["initLimit=not-a-number"] }, { proxy: "inline", waitMs: 60_000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ZkStartError)
    expect((error as Error).message).toMatch(/exited while starting \(pid \d+ is gone;/)
    expect((error as Error).message).toMatch(/last \d+ lines of .*server\.log/)
    expect((error as Error).message).toMatch(/initLimit|not-a-number|NumberFormatException|ConfigException/)
    for (const pid of recordedPids(bad)) expect(alive(pid)).toBe(false)

    // A start that times out before a leader serves: the error names the servers, and nothing is left.
    const slow = freshDir()
    const timedOut = await ZkEnsemble.start(slow, { tickTimeMs: 300 }, { proxy: "inline", waitMs: 200 }).catch((e: unknown) => e)
    expect(timedOut).toBeInstanceOf(ZkStartError)
    expect((timedOut as Error).message).toMatch(/no ZooKeeper leader was serving with every server within 200 ms/)
    expect(recordedPids(slow).length).toBeGreaterThan(0)
    for (const pid of recordedPids(slow)) expect(alive(pid)).toBe(false)

    // A taken client port: server 1 cannot bind it.
    let holder: Server | null = null
    const port = await freePort()
    holder = createServer()
    await new Promise<void>((resolve) => holder!.listen(port, "127.0.0.1", () => resolve()))
    try {
      const taken = freshDir()
      const failed = await ZkEnsemble.start(taken, { tickTimeMs: 300, clientPorts: { 1: port } }, { proxy: "inline", waitMs: 30_000 }).catch((e: unknown) => e)
      expect(failed).toBeInstanceOf(ZkStartError)
      expect((failed as Error).message).toMatch(/server\.log/)
      expect((failed as Error).message).toMatch(/Address already in use|BindException/)
      for (const pid of recordedPids(taken)) expect(alive(pid)).toBe(false)
    } finally {
      holder.close()
    }
  }, 120_000)

  it("an interrupted start (SIGINT) kills every process it started", async () => {
    const dir = freshDir()
    const { child, done } = zab(["cluster", "start", "--impl", "zookeeper", "--tick-time", "300", "--dir", dir])
    // Interrupt once the JVMs and the proxy exist, before the ensemble has formed.
    expect(await waitUntil(() => recordedPids(dir).length === 4, 30_000)).toBe(true)
    const pids = recordedPids(dir)
    child.kill("SIGINT")
    const result = await done
    expect(result.code).toBe(130)
    expect(await waitUntil(() => pids.every((pid) => !alive(pid)), 10_000)).toBe(true)
  }, 60_000)

  it("an interrupted zab check --target zookeeper (SIGINT) kills every process it started", async () => {
    // The run's ensemble lives in a temporary directory: give the child its own TMPDIR to find it.
    const tmp = freshDir()
    const { child, done } = zab(["check", "--target", "zookeeper", "--runs", "1", "--seed", "7", "--out", join(tmp, "out")], { TMPDIR: tmp })
    const runDir = (): string | null => {
      const found = readdirSync(tmp).find((name) => name.startsWith("zab-zk-run-"))
      return found === undefined ? null : join(tmp, found)
    }
    expect(await waitUntil(() => runDir() !== null && recordedPids(runDir()!).length === 3, 30_000)).toBe(true)
    const pids = recordedPids(runDir()!)
    child.kill("SIGINT")
    const result = await done
    expect(result.code).toBe(130)
    expect(await waitUntil(() => pids.every((pid) => !alive(pid)), 10_000)).toBe(true)
  }, 60_000)
})
