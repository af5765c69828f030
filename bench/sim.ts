/**
 * `npm run bench`: simulator throughput with every invariant checked after every step. For 3 and 5
 * servers it runs generated schedules of exactly 200 steps (the liveness phase included) on one thread and
 * prints one JSON line per configuration.
 *
 * The rates per second are wall-clock rates. On a machine shared with other work they understate what one
 * core does, so each line also gives the rates per second of CPU time this process used (user + system),
 * which is what the one-core target is measured against when the machine is busy.
 */
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
}
