/**
 * `zab cluster <start|stop|status|kill|restart|pause|resume|partition|heal|fault|reset> [--dir D]`: a local
 * ensemble of real server processes on loopback, with a fault-injecting proxy between every pair of peers.
 * The servers outlive the command; `stop` leaves no process behind. See impl/net/cluster.ts.
 */
import { writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { TraceFormatError, writeTrace } from "../../traces/jsonl.js"
import {
  ClusterError,
  clusterStatus,
  formatStatus,
  killServer,
  pauseServer,
  proxyCommand,
  readLayout,
  restartServer,
  startCluster,
  stopCluster,
  stopWithParent,
} from "../../impl/net/cluster.js"
import { createLogger } from "../../impl/net/logger.js"
import { mergedTrace } from "../../harness/net-trace-merge.js"
import { FaultProxy } from "../../impl/net/proxy.js"
import { boolFlag, choiceFlag, intFlag, parseFlags, stringFlag } from "../args.js"
import { isZkEnsemble } from "../../impl/zookeeper/ensemble.js"
import { runZkProxyProcess } from "../../impl/zookeeper/proxy-process.js"
import { runZookeeper } from "./cluster-zookeeper.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"

const usage = `usage: zab cluster <subcommand> [--dir D] ...

  start [--servers 3] [--direct] [--tick-time MS] [--no-fsync] [--no-trace]
                         lay out D (default ./zab-cluster), start the servers (and the fault proxy
                         unless --direct), wait for a leader, print its id
  start --impl zookeeper [--servers 3|5] [--tick-time MS] [--timeout MS]
                         the same with Apache ZooKeeper 3.8 (Debian package zookeeper, one JVM per
                         server): every byte between servers crosses the proxy and is captured in
                         D/capture.jsonl; every subcommand below works on it
  status                 one line per server: <id> <looking|following|leading|down> epoch=<n> zxid=<0x...>
  stop                   SIGTERM every server and the proxy (SIGKILL after 5 s)
  kill N                 SIGKILL server N and wait until it is gone
  restart N              stop server N if it runs, start it, wait until it serves
  pause N | resume N     SIGSTOP / SIGCONT server N
  partition G1 G2 ...    cut the network between groups (comma-separated ids, e.g. 1 2,3);
                         a server in no group is isolated
  heal                   undo the partition (connections that lost bytes are reset)
  fault [--from I] [--to J] [--delay MS] [--jitter MS] [--drop P]
                         delay (FIFO per connection, so connections reorder) or drop (then reset) traffic
  reset [--from I] [--to J]  reset the peer connections between I and J (all by default)
  trace [--out FILE]     merge the servers' traces (Lamport order) into one shared trace
                         (default D/trace.jsonl); for ZooKeeper, decode the capture into one
`

const flags = {
  dir: { type: "string" },
  servers: { type: "string" },
  direct: { type: "boolean" },
  "tick-time": { type: "string" },
  "no-fsync": { type: "boolean" },
  "no-trace": { type: "boolean" },
  from: { type: "string" },
  to: { type: "string" },
  delay: { type: "string" },
  jitter: { type: "string" },
  drop: { type: "string" },
  out: { type: "string" },
  impl: { type: "string" },
  timeout: { type: "string" },
} as const

function serverId(positionals: ReadonlyArray<string>, sub: string): number {
  const raw = positionals[1]
  if (raw === undefined || !/^\d+$/.test(raw)) throw new UsageError(`cluster ${sub} takes a server id`)
  return Number(raw)
}

async function runProxy(dir: string, io: Io): Promise<number> {
  if (isZkEnsemble(dir)) {
    await runZkProxyProcess(dir, createLogger(null, io.err), (stop) => {
      process.once("SIGTERM", stop)
      process.once("SIGINT", stop)
      stopWithParent(stop)
    })
    return 0
  }
  const layout = readLayout(dir)
  if (layout.proxy === null) throw new InputError("this cluster has no proxy")
  const log = createLogger(null, io.err)
  const proxy = new FaultProxy(layout.proxy.routes, log)
  await proxy.start()
  await proxy.listenControl(layout.proxy.controlPort)
  log.info("proxy-started", { routes: layout.proxy.routes.length, controlPort: layout.proxy.controlPort })
  return new Promise<number>((done) => {
    const stop = (): void => {
      void proxy.stop().then(() => done(0))
    }
    process.once("SIGTERM", stop)
    process.once("SIGINT", stop)
    stopWithParent(stop)
  })
}

export const clusterCommand: Command = {
  name: "cluster",
  summary: "start, query, fault and stop a local ensemble of real server processes",
  usage,
  run: async (args, io) => {
    const parsed = parseFlags(args, flags, true)
    const sub = parsed.positionals[0]
    const dir = resolve(io.cwd, stringFlag(parsed, "dir") ?? "zab-cluster")
    try {
      const impl = choiceFlag(parsed, "impl", ["zab", "zookeeper"], "zab")
      if (sub !== "proxy" && (impl === "zookeeper" || (sub !== "start" && isZkEnsemble(dir)))) return await runZookeeper(sub, parsed, dir, io)
      switch (sub) {
        case "start": {
          const leader = await startCluster(dir, {
            servers: intFlag(parsed, "servers", 3, 1, 9),
            proxy: !boolFlag(parsed, "direct"),
            tickTimeMs: intFlag(parsed, "tick-time", 2_000, 10, 60_000),
            forceSync: !boolFlag(parsed, "no-fsync"),
            trace: !boolFlag(parsed, "no-trace"),
          })
          io.out(`leader ${leader}\n`)
          return 0
        }
        case "status":
          io.out(formatStatus(await clusterStatus(dir)))
          return 0
        case "stop":
          await stopCluster(dir)
          return 0
        case "kill":
          await killServer(dir, serverId(parsed.positionals, sub))
          return 0
        case "restart": {
          const state = await restartServer(dir, serverId(parsed.positionals, sub))
          if (state !== null) io.out(formatStatus([state]))
          return 0
        }
        case "pause":
        case "resume":
          await pauseServer(dir, serverId(parsed.positionals, sub), sub === "pause")
          return 0
        case "partition": {
          const groups = parsed.positionals.slice(1).map((g) =>
            g.split(",").map((x) => {
              if (!/^\d+$/.test(x)) throw new UsageError(`partition groups are comma-separated server ids, got ${JSON.stringify(g)}`)
              return Number(x)
            }),
          )
          if (groups.length === 0) throw new UsageError("partition takes at least one group")
          await proxyCommand(dir, { cmd: "partition", groups })
          return 0
        }
        case "heal":
          await proxyCommand(dir, { cmd: "heal" })
          return 0
        case "fault": {
          const drop = stringFlag(parsed, "drop")
          const dropProbability = drop === undefined ? 0 : Number(drop)
          if (!(dropProbability >= 0 && dropProbability <= 1)) throw new UsageError("--drop is a probability between 0 and 1")
          const from = parsed.values["from"] === undefined ? undefined : intFlag(parsed, "from", 0, 1, 255)
          const to = parsed.values["to"] === undefined ? undefined : intFlag(parsed, "to", 0, 1, 255)
          await proxyCommand(dir, {
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
          const from = parsed.values["from"] === undefined ? undefined : intFlag(parsed, "from", 0, 1, 255)
          const to = parsed.values["to"] === undefined ? undefined : intFlag(parsed, "to", 0, 1, 255)
          const reply = await proxyCommand(dir, { cmd: "reset", ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) })
          io.out(`reset ${String(reply["reset"])} connections\n`)
          return 0
        }
        case "trace": {
          const out = resolve(io.cwd, stringFlag(parsed, "out") ?? join(dir, "trace.jsonl"))
          const trace = mergedTrace(dir)
          writeFileSync(out, writeTrace(trace.header, trace.events))
          io.out(`${trace.events.length} events -> ${out}\n`)
          return 0
        }
        case "proxy":
          return await runProxy(dir, io) // internal: the proxy process that `start` spawns
        case undefined:
          throw new UsageError("cluster needs a subcommand")
        default:
          throw new UsageError(`unknown cluster subcommand ${JSON.stringify(sub)}`)
      }
    } catch (error) {
      if (error instanceof ClusterError || error instanceof TraceFormatError) throw new InputError(error.message)
      throw error
    }
  },
}
