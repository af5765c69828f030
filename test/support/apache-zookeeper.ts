/**
 * A standalone Apache ZooKeeper server for tests: Debian's `zookeeper` package (3.8), started with java
 * directly (ZooKeeperServerMain, not Debian's zkServer.sh, whose zkEnv.sh pins the configuration to the
 * system's), with its own temporary dataDir and zoo.cfg, on a free loopback port, every four-letter word
 * whitelisted. The tests that need it skip when the package is absent, saying why; `.ci/run` installs the
 * package and sets ZAB_REQUIRE_ZOOKEEPER=1, which turns the skip into a failure.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { createConnection } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freePort } from "../../impl/net/cluster.js"

/** Where Debian's package puts the server's jar (its manifest Class-Path pulls in jute, netty, slf4j). */
export const ZOOKEEPER_JAR = process.env["ZOOKEEPER_JAR"] ?? "/usr/share/java/zookeeper.jar"
/** A logging binding, so the server's log says why it stopped. */
export const SLF4J_SIMPLE_JAR = "/usr/share/java/slf4j-simple.jar"

export const requireZooKeeper = process.env["ZAB_REQUIRE_ZOOKEEPER"] === "1"

/** Null when Apache ZooKeeper can run here, else why not (for the skip message). */
export function zooKeeperMissing(): string | null {
  if (!existsSync(ZOOKEEPER_JAR)) return `${ZOOKEEPER_JAR} is missing (apt-get install -y zookeeper, as .ci/run does)`
  const java = spawnSync("java", ["-version"], { stdio: "ignore" })
  if (java.error !== undefined || java.status !== 0) return "java is not on the PATH (Debian's zookeeper package depends on a JRE)"
  return null
}

/**
 * Skip or fail: the suites call this once. Without ZooKeeper they are skipped with a warning naming the
 * reason, unless ZAB_REQUIRE_ZOOKEEPER=1 (CI), where they run and fail with the reason instead.
 */
export function skipWithoutZooKeeper(file: string): boolean {
  const missing = zooKeeperMissing()
  if (missing === null) return false
  if (requireZooKeeper) return false
  console.warn(`${file}: Apache ZooKeeper cannot run, so its tests are skipped: ${missing}`)
  return true
}

export interface ApacheZooKeeper {
  readonly port: number
  readonly connectString: string
  readonly tickTimeMs: number
  /** The server's log so far (for a failing test's message). */
  log(): string
  stop(): Promise<void>
}

/** Send a four-letter word and return the text the server answers before it closes. */
export function fourLetter(port: number, word: string, timeoutMs = 2_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: "127.0.0.1", port })
    const chunks: Array<Buffer> = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`${word} to port ${port} timed out`))
    }, timeoutMs)
    socket.once("connect", () => socket.write(word))
    socket.on("data", (c: Buffer) => chunks.push(c))
    socket.on("error", (error) => {
      clearTimeout(timer)
      reject(error)
    })
    socket.on("close", () => {
      clearTimeout(timer)
      resolve(Buffer.concat(chunks).toString("utf8"))
    })
  })
}

/** Start a standalone server and wait until it serves (`ruok` answers `imok` and `srvr` names its mode). */
export async function startApacheZooKeeper(options: { readonly tickTimeMs?: number; readonly startTimeoutMs?: number } = {}): Promise<ApacheZooKeeper> {
  const missing = zooKeeperMissing()
  if (missing !== null) throw new Error(`Apache ZooKeeper cannot run: ${missing}`)
  const tickTimeMs = options.tickTimeMs ?? 2_000
  const dir = mkdtempSync(join(tmpdir(), "zab-apache-zk-"))
  const dataDir = join(dir, "data")
  mkdirSync(dataDir)
  const port = await freePort()
  const cfg = join(dir, "zoo.cfg")
  writeFileSync(
    cfg,
    [
      `tickTime=${tickTimeMs}`,
      `dataDir=${dataDir}`,
      `clientPort=${port}`,
      "clientPortAddress=127.0.0.1",
      "maxClientCnxns=0",
      "4lw.commands.whitelist=*",
      "admin.enableServer=false",
      "autopurge.purgeInterval=0",
      "",
    ].join("\n"),
  )
  const logFile = join(dir, "server.log")
  const classPath = existsSync(SLF4J_SIMPLE_JAR) ? `${ZOOKEEPER_JAR}:${SLF4J_SIMPLE_JAR}` : ZOOKEEPER_JAR
  const child: ChildProcess = spawn(
    "java",
    [
      "-Xms32m",
      "-Xmx256m",
      "-XX:+UseSerialGC",
      "-XX:TieredStopAtLevel=1", // starts faster; these tests measure behaviour, not speed
      "-Dzookeeper.admin.enableServer=false",
      "-Dzookeeper.jmx.log4j.disable=true",
      "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
      "-cp",
      classPath,
      "org.apache.zookeeper.server.ZooKeeperServerMain",
      cfg,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  )
  const logChunks: Array<Buffer> = []
  child.stdout?.on("data", (c: Buffer) => logChunks.push(c))
  child.stderr?.on("data", (c: Buffer) => logChunks.push(c))
  let exited = false
  child.once("exit", () => {
    exited = true
  })
  const log = (): string => Buffer.concat(logChunks).toString("utf8")
  const stop = async (): Promise<void> => {
    if (!exited) {
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()))
      child.kill("SIGTERM")
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000)
      await gone
      clearTimeout(killer)
    }
    writeFileSync(logFile, log())
    rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000)
  for (;;) {
    if (exited) {
      const text = log()
      await stop()
      throw new Error(`Apache ZooKeeper exited before serving:\n${text}`)
    }
    try {
      if ((await fourLetter(port, "ruok", 1_000)) === "imok" && /Mode: standalone/.test(await fourLetter(port, "srvr", 1_000))) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      const text = log()
      await stop()
      throw new Error(`Apache ZooKeeper did not serve within the start timeout:\n${text}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { port, connectString: `127.0.0.1:${port}`, tickTimeMs, log, stop }
}

