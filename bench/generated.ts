/**
 * `npm run bench:generated`: the model generated from Zab.tla (model/generated/zab-tla.ts, written by tla/)
 * against the hand translation (model/actions.ts), on the same reference configurations in the same
 * process: one JSON line per configuration, model and round with distinct, generated, depth, wall and CPU
 * seconds, distinct states per second, the 1-minute load average at its end, and whether the counts equal
 * TLC's; then, per configuration, a summary line with the median seconds of each model over the rounds,
 * their ratio, and the process's peak RSS so far. Both check Zab.tla's ten invariants on every state.
 *
 * The machine may be shared: the two models alternate (hand, generated, hand, ...) for BENCH_ROUNDS rounds
 * (default 3), so both see the same load, and the medians are what to compare. CPU seconds count the whole
 * process (GC threads included); wall seconds mostly measure the load when other jobs compete for the cores.
 * BENCH_CONFIGS=n2_a,n3_c selects configurations (default: the ones the tests pin). "generated" is the typed
 * model (model/generated/zab-tla-typed.ts, explored by exploreWords); BENCH_MODELS=hand,generated,generic adds
 * the generic one (model/generated/zab-tla.ts with exploreGenerated), the summary then giving its ratio too.
 */
import { loadavg } from "node:os"
import { referenceConfig } from "../model/configs.js"
import { explore } from "../model/explore.js"
import { checkSpecInvariants } from "../model/spec-invariants.js"
import { exploreGenerated } from "../model/tla-spec.js"
import { exploreWords } from "../model/tla-typed-spec.js"
import { generatedZab, typedZab } from "../model/tla-zab.js"

const names = (process.env["BENCH_CONFIGS"] ?? "n2_a,n2_b,n2_c,n3_tiny,n3_c,n3_d").split(",")
const rounds = Number(process.env["BENCH_ROUNDS"] ?? "3")
const models = (process.env["BENCH_MODELS"] ?? "hand,generated").split(",") as Array<"hand" | "generated" | "generic">
for (const m of models) if (!["hand", "generated", "generic"].includes(m)) throw new Error(`BENCH_MODELS: no model ${m} (hand, generated, generic)`)
if (!(Number.isInteger(rounds) && rounds >= 1)) throw new Error(`BENCH_ROUNDS must be a positive integer, got ${process.env["BENCH_ROUNDS"]}`)

const median = (xs: ReadonlyArray<number>): number => {
  const s = xs.slice().sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

for (const name of names) {
  const ref = referenceConfig(name)
  if (ref === undefined) throw new Error(`no reference configuration ${name}`)
  const times = { hand: { wall: [] as Array<number>, cpu: [] as Array<number> }, generated: { wall: [] as Array<number>, cpu: [] as Array<number> }, generic: { wall: [] as Array<number>, cpu: [] as Array<number> } }
  for (let round = 1; round <= rounds; round++) {
    for (const model of models) {
      const started = performance.now()
      const cpuStarted = process.cpuUsage()
      const r = model === "hand" ? explore({ config: ref.config, invariants: [checkSpecInvariants] }) : model === "generated" ? exploreWords({ spec: typedZab(ref.config) }) : exploreGenerated({ spec: generatedZab(ref.config) })
      const seconds = (performance.now() - started) / 1000
      const cpu = process.cpuUsage(cpuStarted)
      const cpuSeconds = (cpu.user + cpu.system) / 1e6
      times[model].wall.push(seconds)
      times[model].cpu.push(cpuSeconds)
      const matchesTlc = r.distinct === ref.tlc.distinct && r.generated === ref.tlc.generated && r.depth === ref.tlc.depth
      if (!matchesTlc) process.exitCode = 1
      const line = { config: name, model, round, distinct: r.distinct, generated: r.generated, depth: r.depth, seconds: Number(seconds.toFixed(2)), cpuSeconds: Number(cpuSeconds.toFixed(2)), statesPerSecond: Math.round(r.distinct / seconds), load: Number(loadavg()[0]!.toFixed(2)), matchesTlc }
      process.stdout.write(`${JSON.stringify(line)}\n`)
    }
  }
  const m = (xs: ReadonlyArray<number>): number => Number(median(xs).toFixed(2))
  const summary = {
    config: name,
    rounds,
    medianSeconds: { hand: m(times.hand.wall), generated: m(times.generated.wall) },
    medianCpuSeconds: { hand: m(times.hand.cpu), generated: m(times.generated.cpu) },
    generatedOverHandCpu: Number((median(times.generated.cpu) / median(times.hand.cpu)).toFixed(2)),
    generatedOverHandWall: Number((median(times.generated.wall) / median(times.hand.wall)).toFixed(2)),
    ...(models.includes("generic") ? { medianCpuSecondsGeneric: m(times.generic.cpu), genericOverHandCpu: Number((median(times.generic.cpu) / median(times.hand.cpu)).toFixed(2)) } : {}),
    load: Number(loadavg()[0]!.toFixed(2)),
    // Over the whole process so far (both models, every round); maxRSS is in KiB.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }
  process.stdout.write(`${JSON.stringify(summary)}\n`)
}
