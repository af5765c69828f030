/**
 * `zab server --config zoo.cfg [--myid N]`: run one real ZAB server until SIGTERM or SIGINT.
 *
 * The server id comes from --myid or, as in ZooKeeper, from dataDir/myid. A config that is missing a key or
 * contradicts itself, or storage that cannot be recovered without losing data, is refused with exit 2 and
 * a message naming the problem. Logs are JSON lines on stderr.
 */
import { isBugName, isSimulatorOnly } from "../../impl/bugs.js"
import { stopWithParent } from "../../impl/net/cluster.js"
import { ConfigError, readZooConfig, resolveMyId } from "../../impl/net/config.js"
import { type LogLevel, createLogger } from "../../impl/net/logger.js"
import { ZabServer } from "../../impl/net/server.js"
import { StorageError } from "../../impl/storage/file.js"
import { choiceFlag, intFlag, parseFlags, stringFlag } from "../args.js"
import { type Command, InputError, UsageError } from "../io.js"

const usage = `usage: zab server --config <zoo.cfg> [--myid N] [--log-level debug|info|warn|error]

Runs one ZAB server of the ensemble described by zoo.cfg (tickTime, initLimit, syncLimit, dataDir,
dataLogDir, clientPort, server.N=127.0.0.1:quorumPort:electionPort, snapCount,
autopurge.snapRetainCount, forceSync, zab.traceFile, zab.bugs, zab.electionTickMs). The id comes from
--myid or dataDir/myid. The peer ticks ten times per tickTime, so initLimit and syncLimit keep their
meaning in milliseconds; in the first tickTime of an election it ticks every zab.electionTickMs (default
50), which paces failover.
Stops cleanly on SIGTERM or SIGINT. Exit 2 on a bad config or unrecoverable storage.
`

export const serverCommand: Command = {
  name: "server",
  summary: "run one real ZAB server (zoo.cfg, TCP peers, files on disk, client port)",
  usage,
  run: async (args, io) => {
    const parsed = parseFlags(args, { config: { type: "string" }, myid: { type: "string" }, "log-level": { type: "string" } }, false)
    const configPath = stringFlag(parsed, "config")
    if (configPath === undefined) throw new UsageError("--config is required")
    const myIdFlag = parsed.values["myid"] === undefined ? undefined : intFlag(parsed, "myid", 0, 1, 255)
    const level = choiceFlag<LogLevel>(parsed, "log-level", ["debug", "info", "warn", "error"], "info")
    let server: ZabServer
    let log
    try {
      const { config, warnings } = readZooConfig(configPath)
      const myId = resolveMyId(config, myIdFlag)
      for (const bug of config.bugs) if (!isBugName(bug)) throw new ConfigError(`zab.bugs: unknown bug ${JSON.stringify(bug)}`)
      for (const bug of config.bugs) if (isSimulatorOnly(bug)) throw new ConfigError(`zab.bugs: ${bug} is re-injected in the simulator's disk recovery only; a real server cannot run it`)
      log = createLogger(myId, io.err, level)
      for (const warning of warnings) log.warn("config-warning", { file: configPath, warning })
      server = new ZabServer(config, myId, log)
    } catch (error) {
      if (error instanceof ConfigError) throw new InputError(error.message)
      throw error
    }
    try {
      await server.start()
    } catch (error) {
      if (error instanceof StorageError) {
        log.error("storage-unrecoverable", { reason: error.message })
        throw new InputError(`storage cannot be recovered safely: ${error.message}`)
      }
      const code = (error as NodeJS.ErrnoException).code
      if (code === "EADDRINUSE" || code === "EACCES") {
        log.error("port-unavailable", { reason: (error as Error).message })
        throw new InputError(`cannot bind a port: ${(error as Error).message}`)
      }
      throw error
    }
    return await new Promise<number>((resolve) => {
      const stop = (reason: string, code: number): void => {
        process.off("SIGTERM", onTerm)
        process.off("SIGINT", onInt)
        void server.stop(reason).then(
          () => resolve(code),
          () => resolve(code === 0 ? 70 : code),
        )
      }
      const onTerm = (): void => stop("SIGTERM", 0)
      const onInt = (): void => stop("SIGINT", 0)
      process.on("SIGTERM", onTerm)
      process.on("SIGINT", onInt)
      stopWithParent(() => stop("the test or bench that started this server is gone", 0))
      server.onFatal = (error) => {
        io.err(`zab server: stopping: ${error.message}\n`)
        // Durability can no longer be promised: stop at once without finishing queued writes.
        process.exit(70)
      }
    })
  },
}
