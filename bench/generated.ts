/**
 * `npm run bench:generated`: the model generated from Zab.tla (model/generated/zab-tla.ts, written by tla/)
 * against the hand translation (model/actions.ts), on the same reference configurations in the same run:
 * one JSON line per configuration and model with distinct, generated, depth, wall and CPU seconds, distinct
 * states per second, the 1-minute load average at its end, and whether the counts equal TLC's. Both check
 * Zab.tla's ten invariants on every state.
 * BENCH_CONFIGS=n2_a,n3_c selects configurations (default: the ones the tests pin).
 */
import { loadavg } from "node:os"
import { referenceConfig } from "../model/configs.js"
import { explore } from "../model/explore.js"
import { checkSpecInvariants } from "../model/spec-invariants.js"
import { exploreGenerated } from "../model/tla-spec.js"
import { generatedZab } from "../model/tla-zab.js"

const names = (process.env["BENCH_CONFIGS"] ?? "n2_a,n2_b,n2_c,n3_tiny,n3_c,n3_d").split(",")
for (const name of names) {
  const ref = referenceConfig(name)
  if (ref === undefined) throw new Error(`no reference configuration ${name}`)
  for (const model of ["hand", "generated"] as const) {
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    const r = model === "hand" ? explore({ config: ref.config, invariants: [checkSpecInvariants] }) : exploreGenerated({ spec: generatedZab(ref.config) })
    const seconds = (performance.now() - started) / 1000
    // CPU seconds of the whole process (GC threads included): on a shared machine wall time mostly measures the load.
    const cpu = process.cpuUsage(cpuStarted)
    const cpuSeconds = (cpu.user + cpu.system) / 1e6
    const matchesTlc = r.distinct === ref.tlc.distinct && r.generated === ref.tlc.generated && r.depth === ref.tlc.depth
    const line = { config: name, model, distinct: r.distinct, generated: r.generated, depth: r.depth, seconds: Number(seconds.toFixed(2)), cpuSeconds: Number(cpuSeconds.toFixed(2)), statesPerSecond: Math.round(r.distinct / seconds), load: Number(loadavg()[0]!.toFixed(2)), matchesTlc }
    process.stdout.write(`${JSON.stringify(line)}\n`)
  }
}
