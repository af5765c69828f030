/**
 * `npm run bench`: simulator throughput with every invariant checked after every step. For 3 and 5
 * servers it runs generated schedules of exactly 200 steps (the liveness phase included) on one thread and
 * prints one JSON line per configuration.
 *
 * The rates per second are wall-clock rates. On a machine shared with other work they understate what one
 * core does, so each line also gives the rates per second of CPU time this process used (user + system),
 * which is what the one-core target is measured against when the machine is busy.
 *
 * A second line per configuration measures what judging the client history (ClientHistory) costs a run:
 * the same schedules run in turn with the history judged and with `history: false` (`--no-history`),
 * alternating so both see the same load, and the CPU time of each side is compared.
 */
import { execFileSync } from "node:child_process"
import fc from "fast-check"
import { runSchedule } from "../harness/sim-target.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"

const steps = 200
const seconds = Number(process.env["BENCH_SECONDS"] ?? 10)

for (const servers of [3, 5]) {
  // Generate up front so the figure measures the simulator and the invariants, not fast-check.
  const schedules = fc.sample(scheduleArbitrary({ servers, maxSteps: steps, exactLength: true, bugs: [] }), { seed: 2026, numRuns: 2000 })
  let peakRss = process.memoryUsage().rss
  let runs = 0
  let stepsTaken = 0
  let violations = 0
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  while (performance.now() - started < seconds * 1000) {
    const result = runSchedule(schedules[runs % schedules.length]!)
    runs += 1
    stepsTaken += result.stepsTaken
    if (result.violation !== null) violations += 1
    if (runs % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss)
  }
  const elapsed = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  console.log(
    JSON.stringify({
      servers,
      steps,
      schedulesPerSecond: Math.round(runs / elapsed),
      stepsPerSecond: Math.round((runs * steps) / elapsed),
      stepsTakenPerSecond: Math.round(stepsTaken / elapsed),
      schedulesPerCpuSecond: Math.round(runs / cpuSeconds),
      stepsPerCpuSecond: Math.round((runs * steps) / cpuSeconds),
      runs,
      violations,
      peakRssBytes: peakRss,
    }),
  )

  // The client history's cost: each schedule run with the history judged, then without, CPU time apart.
  let cpuOn = 0
  let cpuOff = 0
  let pairs = 0
  let historyViolations = 0
  const pairsStarted = performance.now()
  while (performance.now() - pairsStarted < seconds * 1000) {
    const schedule = schedules[pairs % schedules.length]!
    const a = process.cpuUsage()
    const on = runSchedule(schedule)
    const b = process.cpuUsage(a)
    runSchedule(schedule, { history: false })
    const c = process.cpuUsage(a)
    cpuOn += b.user + b.system
    cpuOff += c.user + c.system - (b.user + b.system)
    pairs += 1
    if (on.violation?.invariant === "ClientHistory") historyViolations += 1
  }
  console.log(
    JSON.stringify({
      servers,
      steps,
      historyCost: "each schedule with the client history judged and with --no-history",
      runs: pairs,
      cpuMsPerRunWithHistory: Number((cpuOn / pairs / 1000).toFixed(3)),
      cpuMsPerRunWithoutHistory: Number((cpuOff / pairs / 1000).toFixed(3)),
      historyCostPercent: Number(((100 * (cpuOn - cpuOff)) / cpuOff).toFixed(1)),
      historyViolations,
      loadAverage: execFileSync("uptime", { encoding: "utf8" }).trim().replace(/^.*load average:\s*/, ""),
    }),
  )
}
