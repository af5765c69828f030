/**
 * `npm run bench:system-spec`: the model generated from ZooKeeper's system spec (ZkV3_7_0.tla with
 * FastLeaderElection.tla, bounded by tla/specs/ZkV3_7_0_Bounded.tla) explored exhaustively on the
 * configurations TLC was run on, and on larger ones TLC did not finish. One JSON line per configuration:
 * distinct, generated, depth, wall and CPU seconds, peak resident memory, the 1-minute load average at its end, TLC's
 * figures where there are any and whether the counts equal them. Exit 1 if a count differs from TLC's or an
 * invariant is violated.
 *
 * BENCH_SYSTEM=n2_b2,n3_e0 selects rows (default: every row with TLC figures). The 2-server rows are pinned
 * in test/tla/system-spec.test.ts too; the 3-server ones take a minute or more, so they live here.
 */
import { loadavg } from "node:os"
import { exploreGenerated } from "../model/tla-spec.js"
import { type ElectionBounds, type SystemParameters, generatedZkV370 } from "../model/tla-zab.js"

interface Row {
  readonly servers: number
  readonly parameters: SystemParameters
  readonly bounds: ElectionBounds
  /** TLC 2.18's figures (tla/specs/README.md), or null where TLC did not finish. */
  readonly tlc: { readonly distinct: number; readonly generated: number; readonly depth: number } | null
}

const none = { MaxTimeoutFailures: 0, MaxTransactionNum: 0, MaxCrashes: 0, MaxPartitions: 0 }
const bounds = (n: number): ElectionBounds => ({ MaxRound: n, MaxQueue: n, MaxVersion: n })

const rows: Record<string, Row> = {
  n2_b2: { servers: 2, parameters: { ...none, MaxEpoch: 2 }, bounds: bounds(2), tlc: { distinct: 2_214, generated: 5_053, depth: 31 } },
  n2_b3: { servers: 2, parameters: { ...none, MaxEpoch: 2 }, bounds: bounds(3), tlc: { distinct: 5_708, generated: 13_759, depth: 38 } },
  // MC_n3_b1.cfg with MC_e0.tla: leader election only (no epoch can be proposed); TLC took 12 min 17 s.
  n3_e0: { servers: 3, parameters: { ...none, MaxEpoch: 0 }, bounds: bounds(1), tlc: { distinct: 409_032, generated: 1_652_470, depth: 37 } },
  // MC_n3_b1.cfg with MC_e1.tla: TLC was past 305,366 distinct states at depth 23 after 12 minutes.
  n3_e1: { servers: 3, parameters: { ...none, MaxEpoch: 1 }, bounds: bounds(1), tlc: null },
  // MC_n3_b1.cfg with MC.tla: TLC was past 1,525,813 distinct states at depth 29 after 34 minutes, stopped.
  n3_e2: { servers: 3, parameters: { ...none, MaxEpoch: 2 }, bounds: bounds(1), tlc: null },
}

const picked = (process.env["BENCH_SYSTEM"] ?? Object.keys(rows).filter((k) => rows[k]!.tlc !== null).join(",")).split(",").filter((s) => s !== "")
let failed = false
for (const name of picked) {
  const row = rows[name]
  if (row === undefined) throw new Error(`no row ${name}; rows: ${Object.keys(rows).join(", ")}`)
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  const result = exploreGenerated({ spec: generatedZkV370(row.servers, row.parameters, row.bounds) })
  const cpu = process.cpuUsage(cpuStarted)
  const counts = { distinct: result.distinct, generated: result.generated, depth: result.depth }
  const equalsTlc = row.tlc === null ? null : counts.distinct === row.tlc.distinct && counts.generated === row.tlc.generated && counts.depth === row.tlc.depth
  if (equalsTlc === false || result.violation !== null || !result.complete) failed = true
  console.log(JSON.stringify({
    config: name,
    servers: row.servers,
    parameters: row.parameters,
    bounds: row.bounds,
    ...counts,
    complete: result.complete,
    violation: result.violation === null ? null : result.violation.invariant,
    wallSeconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
    // The process's peak resident memory so far (the rows run in order, so a later row's includes earlier ones').
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    load1: Number(loadavg()[0]!.toFixed(2)),
    tlc: row.tlc,
    equalsTlc,
  }))
}
process.exitCode = failed ? 1 : 0
