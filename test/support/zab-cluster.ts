/**
 * A zab ensemble for tests, in this process: N ZabServers on loopback ports, each with its own temporary
 * dataDir, one zoo.cfg text apart from dataDir and clientPort, every four-letter word whitelisted. In
 * process, so the tests run the TypeScript sources without a build.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freePort } from "../../impl/net/cluster.js"
import { parseZooConfig } from "../../impl/net/config.js"
import { memoryLogger } from "../../impl/net/logger.js"
import { ZabServer } from "../../impl/net/server.js"

export interface ZabEnsemble {
  readonly servers: ReadonlyArray<ZabServer>
  readonly ports: ReadonlyArray<number>
  /** All servers, or only the given ones (1-based ids). */
  connectString(ids?: ReadonlyArray<number>): string
  readonly tickTimeMs: number
  /** The id of the serving leader. */
  leader(): number
  stop(): Promise<void>
}

export async function startZabEnsemble(options: { readonly servers?: number; readonly tickTimeMs?: number; readonly startTimeoutMs?: number } = {}): Promise<ZabEnsemble> {
  const n = options.servers ?? 3
  const tickTimeMs = options.tickTimeMs ?? 500
  const dir = mkdtempSync(join(tmpdir(), "zab-ensemble-"))
  const ports: Array<number> = []
  const lines: Array<string> = []
  for (let id = 1; id <= n; id++) {
    ports.push(await freePort())
    lines.push(`server.${id}=127.0.0.1:${await freePort()}:${await freePort()}`)
  }
  const servers: Array<ZabServer> = []
  for (let id = 1; id <= n; id++) {
    const text = [`tickTime=${tickTimeMs}`, "initLimit=10", "syncLimit=5", `dataDir=data${id}`, `clientPort=${ports[id - 1]}`, "forceSync=no", "4lw.commands.whitelist=*", ...lines, ""].join("\n")
    servers.push(new ZabServer(parseZooConfig(text, dir).config, id, memoryLogger(id)))
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
    tickTimeMs,
    connectString: (ids) => (ids ?? servers.map((s) => s.myId)).map((id) => `127.0.0.1:${ports[id - 1]}`).join(","),
    leader: () => servers.find((s) => s.status().role === "leading" && s.status().serving)?.myId ?? 0,
    stop: async () => {
      await Promise.all(servers.map((s) => s.stop()))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
