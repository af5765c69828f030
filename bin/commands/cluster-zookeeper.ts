/**
 * `zab cluster ... --impl zookeeper`: the cluster subcommands on an Apache ZooKeeper ensemble
 * (impl/zookeeper/ensemble.ts). A start interrupted by SIGINT or SIGTERM kills what it started before it
 * exits; once started, the servers and the capturing proxy outlive the command, as a zab cluster's do.
 */
import { writeFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { spawnDetached, formatStatus, killSpawnedNow } from "../../impl/net/cluster.js"
import { ZkEnsemble, asServerState } from "../../impl/zookeeper/ensemble.js"
import { ensembleTrace } from "../../harness/zookeeper-target.js"
import { writeTrace } from "../../traces/jsonl.js"
import { type Parsed, intFlag, stringFlag } from "../args.js"
import { type Io, InputError, UsageError } from "../io.js"

function serverId(parsed: Parsed, sub: string): number {
  const raw = parsed.positionals[1]
  if (raw === undefined || !/^\d+$/.test(raw)) throw new UsageError(`cluster ${sub} takes a server id`)
  return Number(raw)
}

function optionalId(parsed: Parsed, name: string): number | undefined {
  return parsed.values[name] === undefined ? undefined : intFlag(parsed, name, 0, 1, 255)
}

export async function runZookeeper(sub: string | undefined, parsed: Parsed, dir: string, io: Io): Promise<number> {
  switch (sub) {
    case "start": {
      for (const flag of ["direct", "no-fsync", "no-trace"]) {
        if (parsed.values[flag] !== undefined) throw new UsageError(`--${flag} is for zab's own servers; --impl zookeeper always runs behind the capturing proxy with ZooKeeper's defaults`)
      }
      const servers = intFlag(parsed, "servers", 3, 1, 9)
      if (servers !== 3 && servers !== 5) throw new UsageError("--impl zookeeper runs 3 or 5 servers")
      // Interrupted before the ensemble is up: nothing may be left behind.
      const interrupted = (): void => {
        killSpawnedNow()
        io.err("zab cluster start: interrupted; every process it started was killed\n")
        process.exit(130)
      }
      process.once("SIGINT", interrupted)
      process.once("SIGTERM", interrupted)
      try {
        const ensemble = await ZkEnsemble.start(
          dir,
          { servers, tickTimeMs: intFlag(parsed, "tick-time", 2_000, 50, 60_000) },
          { proxy: "process", spawnProxy: (d) => spawnDetached(["cluster", "proxy", "--dir", d], join(d, "proxy.log"), d), waitMs: intFlag(parsed, "timeout", 60_000, 1_000, 600_000) },
        )
        const leader = await ensemble.waitForLeader(10_000)
        io.out(`leader ${leader}\n`)
        return 0
      } finally {
        process.removeListener("SIGINT", interrupted)
        process.removeListener("SIGTERM", interrupted)
      }
    }
    case "status": {
      const ensemble = ZkEnsemble.open(dir)
      io.out(formatStatus((await ensemble.status()).map(asServerState)))
      return 0
    }
    case "stop":
      await ZkEnsemble.open(dir).stop()
      return 0
    case "kill":
      await ZkEnsemble.open(dir).kill(serverId(parsed, sub))
      return 0
    case "restart": {
      const view = await ZkEnsemble.open(dir).restart(serverId(parsed, sub), true)
      if (view !== null) io.out(formatStatus([asServerState(view)]))
      return 0
    }
    case "pause":
    case "resume":
      await ZkEnsemble.open(dir).pause(serverId(parsed, sub), sub === "pause")
      return 0
    case "partition": {
      const groups = parsed.positionals.slice(1).map((g) =>
        g.split(",").map((x) => {
          if (!/^\d+$/.test(x)) throw new UsageError(`partition groups are comma-separated server ids, got ${JSON.stringify(g)}`)
          return Number(x)
        }),
      )
      if (groups.length === 0) throw new UsageError("partition takes at least one group")
      await ZkEnsemble.open(dir).proxy({ cmd: "partition", groups })
      return 0
    }
    case "heal":
      await ZkEnsemble.open(dir).proxy({ cmd: "heal" })
      return 0
    case "fault": {
      const drop = stringFlag(parsed, "drop")
      const dropProbability = drop === undefined ? 0 : Number(drop)
      if (!(dropProbability >= 0 && dropProbability <= 1)) throw new UsageError("--drop is a probability between 0 and 1")
      const from = optionalId(parsed, "from")
      const to = optionalId(parsed, "to")
      await ZkEnsemble.open(dir).proxy({
        cmd: "fault",
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        delayMs: intFlag(parsed, "delay", 0, 0, 60_000),
        jitterMs: intFlag(parsed, "jitter", 0, 0, 60_000),
        dropProbability,
      })
      return 0
    }
    case "reset": {
      const from = optionalId(parsed, "from")
      const to = optionalId(parsed, "to")
      const reply = await ZkEnsemble.open(dir).proxy({ cmd: "reset", ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) })
      io.out(`reset ${String(reply["reset"])} connections\n`)
      return 0
    }
    case "trace": {
      const ensemble = ZkEnsemble.open(dir)
      const made = ensembleTrace(ensemble.capturePath, ensemble.layout.servers.length, [])
      const shown = (p: string): string => relative(io.cwd, p) || p
      io.out(`capture ${shown(ensemble.capturePath)}: ${made.summary}\n`)
      if (made.undecodable.length > 0) {
        throw new InputError(`the capture holds bytes the decoders cannot read:\n${made.undecodable.map((u) => `  ${u}`).join("\n")}`)
      }
      if (made.trace === null) {
        io.out(`no trace: ${made.why}\n`)
        return 0
      }
      const out = resolve(io.cwd, stringFlag(parsed, "out") ?? join(dir, "trace.jsonl"))
      writeFileSync(out, writeTrace(made.trace.header, made.trace.events))
      io.out(`${made.trace.events.length} events -> ${shown(out)}\n`)
      return 0
    }
    case undefined:
      throw new UsageError("cluster needs a subcommand")
    default:
      throw new UsageError(`unknown cluster subcommand ${JSON.stringify(sub)}`)
  }
}
