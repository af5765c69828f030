/**
 * `zab explore --spec system`: breadth-first exploration of ZooKeeper's system spec (ZkV3_7_0.tla with
 * FastLeaderElection.tla), as generated from the TLA+ source (model/generated/zk-v3-7-0-tla.ts), within its
 * Parameters and the election bounds of tla/specs/ZkV3_7_0_Bounded.tla's state constraint, checking the
 * spec's invariants on every state as TLC does.
 */
import { intFlag, parseFlags } from "../args.js"
import { type Io, UsageError } from "../io.js"
import { exploreGenerated, labelText } from "../../model/tla-spec.js"
import { generatedZkV370 } from "../../model/tla-zab.js"

export const systemUsage = `usage: zab explore --spec system [options]

Explores every reachable state of ZooKeeper's system spec (ZkV3_7_0.tla, leader election included, as
translated from the TLA+ source) breadth first, within its Parameters and the bounds of leader election
that tla/specs/ZkV3_7_0_Bounded.tla adds as a state constraint, and checks the spec's invariants on every
state. States outside the bounds count as generated and are checked, but are not explored (TLC's
CONSTRAINT). Servers are the integers 1..N.

options:
  --servers N          number of servers, 1..5 (default 2)
  --max-timeouts T     Parameters.MaxTimeoutFailures (default 0)
  --max-txns L         Parameters.MaxTransactionNum (default 0)
  --max-epoch E        Parameters.MaxEpoch (default 2)
  --max-crashes C      Parameters.MaxCrashes (default 0)
  --max-partitions P   Parameters.MaxPartitions (default 0)
  --max-round R        election bound: logical clock (round) of any server at most R (default 2)
  --max-queue Q        election bound: notifications queued to a server at most Q (default 2)
  --max-version V      election bound: vote version at most V (default 2)
  --max-states K       stop after K distinct states
  --coverage           print, per action, the new distinct states and the states generated

output: one JSON line {spec, servers, parameters, bounds, distinct, generated, depth, seconds, complete,
violations} on stdout; a violation's invariant and path (one action with its arguments per line) on
stderr.
exit codes: 0 every invariant held, 1 a violation was found, 2 bad usage
`

export async function runSystem(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseFlags(
    args,
    {
      spec: { type: "string" },
      servers: { type: "string" },
      "max-timeouts": { type: "string" },
      "max-txns": { type: "string" },
      "max-epoch": { type: "string" },
      "max-crashes": { type: "string" },
      "max-partitions": { type: "string" },
      "max-round": { type: "string" },
      "max-queue": { type: "string" },
      "max-version": { type: "string" },
      "max-states": { type: "string" },
      coverage: { type: "boolean" },
    },
    false,
  )
  if (parsed.values["spec"] !== "system") throw new UsageError("--spec system expected")
  const servers = intFlag(parsed, "servers", 2, 1, 5)
  const parameters = {
    MaxTimeoutFailures: intFlag(parsed, "max-timeouts", 0, 0, 100),
    MaxTransactionNum: intFlag(parsed, "max-txns", 0, 0, 100),
    MaxEpoch: intFlag(parsed, "max-epoch", 2, 0, 10),
    MaxCrashes: intFlag(parsed, "max-crashes", 0, 0, 100),
    MaxPartitions: intFlag(parsed, "max-partitions", 0, 0, 100),
  }
  const bounds = { MaxRound: intFlag(parsed, "max-round", 2, 0, 100), MaxQueue: intFlag(parsed, "max-queue", 2, 0, 100), MaxVersion: intFlag(parsed, "max-version", 2, 0, 100) }
  const maxStates = parsed.values["max-states"] === undefined ? {} : { maxStates: intFlag(parsed, "max-states", 0, 1, 2_000_000_000) }
  io.err(`zab explore --spec system: ${servers} servers, ${Object.entries({ ...parameters, ...bounds }).map(([k, v]) => `${k}=${v}`).join(" ")}\n`)
  const started = performance.now()
  const result = exploreGenerated({ spec: generatedZkV370(servers, parameters, bounds), ...maxStates })
  const seconds = Number(((performance.now() - started) / 1000).toFixed(2))
  if (parsed.values["coverage"] === true) {
    for (const c of result.coverage) io.err(`  ${c.action.padEnd(40)} distinct ${c.distinct}  generated ${c.generated}\n`)
  }
  const v = result.violation
  if (v !== null) {
    io.err(`invariant ${v.invariant} violated after ${v.trace.length - 1} steps:\n`)
    for (const step of v.trace) io.err(`  ${step.label === null ? "Init" : labelText(step.label)}\n`)
  }
  io.out(`${JSON.stringify({ spec: "system", servers, parameters, bounds, distinct: result.distinct, generated: result.generated, depth: result.depth, seconds, complete: result.complete, violations: v === null ? 0 : 1 })}\n`)
  return v === null ? 0 : 1
}
