/**
 * A zab ensemble for tests, in this process: N ZabServers on loopback ports, each with its own temporary
 * dataDir, one zoo.cfg text apart from dataDir and clientPort, every four-letter word whitelisted. In
 * process, so the tests run the TypeScript sources without a build.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freePorts } from "../../impl/net/cluster.js"
import { parseZooConfig } from "../../impl/net/config.js"
import { memoryLogger } from "../../impl/net/logger.js"
import { ZabServer } from "../../impl/net/server.js"

export interface ZabEnsemble {
  readonly servers: ReadonlyArray<ZabServer>
  readonly ports: ReadonlyArray<number>
  /** Each configured server's quorum and election ports (by id - 1), running or not. */
  readonly peerPorts: ReadonlyArray<{ readonly quorum: number; readonly election: number }>
  /** All servers, or only the given ones (1-based ids). */
  connectString(ids?: ReadonlyArray<number>): string
  readonly tickTimeMs: number
  /** The id of the serving leader. */
  leader(): number
  stop(): Promise<void>
}

/**
 * `configured` servers are in zoo.cfg (default: as many as run); the first `servers` of them run. A
 * configured server that does not run is an id a test may speak for (the peer-port fuzz does).
 */
export async function startZabEnsemble(
  options: { readonly servers?: number; readonly configured?: number; readonly tickTimeMs?: number; readonly startTimeoutMs?: number; readonly quiet?: boolean } = {},
): Promise<ZabEnsemble> {
  const n = options.servers ?? 3
  const configured = Math.max(n, options.configured ?? n)
  const tickTimeMs = options.tickTimeMs ?? 500
  const dir = mkdtempSync(join(tmpdir(), "zab-ensemble-"))
  const ports: Array<number> = []
  const lines: Array<string> = []
  const peerPorts: Array<{ quorum: number; election: number }> = []
  const drawn = await freePorts(configured * 3)
  for (let id = 1; id <= configured; id++) {
    ports.push(drawn[3 * (id - 1)]!)
    peerPorts.push({ quorum: drawn[3 * (id - 1) + 1]!, election: drawn[3 * (id - 1) + 2]! })
    lines.push(`server.${id}=127.0.0.1:${peerPorts[id - 1]!.quorum}:${peerPorts[id - 1]!.election}`)
  }
  const servers: Array<ZabServer> = []
  for (let id = 1; id <= n; id++) {
    const text = [`tickTime=${tickTimeMs}`, "initLimit=10", "syncLimit=5", `dataDir=data${id}`, `clientPort=${ports[id - 1]}`, "forceSync=no", "4lw.commands.whitelist=*", ...lines, ""].join("\n")
    // quiet: a logger that keeps nothing (a fuzz run's hundreds of thousands of lines would measure the logger).
    const log = memoryLogger(id)
    servers.push(new ZabServer(parseZooConfig(text, dir).config, id, options.quiet === true ? { ...log, debug: () => {}, info: () => {}, warn: () => {} } : log))
  }
  await Promise.all(servers.map((s) => s.start()))
  const deadline = Date.now() + (options.startTimeoutMs ?? 20_000)
  while (!servers.every((s) => s.status().serving)) {
    if (Date.now() > deadline) {
      await Promise.all(servers.map((s) => s.stop()))
      rmSync(dir, { recursive: true, force: true })
      throw new Error(`zab ensemble not serving: ${servers.map((s) => `${s.myId} ${s.status().role}/${s.status().phase}`).join(", ")}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return {
    servers,
    ports,
    peerPorts,
    tickTimeMs,
    connectString: (ids) => (ids ?? servers.map((s) => s.myId)).map((id) => `127.0.0.1:${ports[id - 1]}`).join(","),
    leader: () => servers.find((s) => s.status().role === "leading" && s.status().serving)?.myId ?? 0,
    stop: async () => {
      await Promise.all(servers.map((s) => s.stop()))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
