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
 * the CPU time of the check alone, on the histories 300 of the schedules recorded, against the CPU time of
 * those runs with `history: false` (`--no-history`), alternating blocks of each so both see the same load.
 */
import { execFileSync } from "node:child_process"
import fc from "fast-check"
import { historyViolation, runSchedule } from "../harness/sim-target.js"
import type { HistoryEvent } from "../impl/history-events.js"
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

  // The client history's cost: the check alone (historyViolation on each run's recorded history, as the run
  // makes it at its end) against whole runs without it (`--no-history`), each timed over many runs in a row.
  const sample = schedules.slice(0, 300)
  const histories = sample.map((schedule) => (runSchedule(schedule, { record: true, history: false }).events ?? []).filter((e): e is HistoryEvent => e._tag === "OpInvoked" || e._tag === "OpCompleted"))
  const cpuMs = (work: () => void): number => {
    const before = process.cpuUsage()
    work()
    const used = process.cpuUsage(before)
    return (used.user + used.system) / 1000
  }
  let runsMs = 0
  let checksMs = 0
  let rounds = 0
  let historyViolations = 0
  const pairsStarted = performance.now()
  while (performance.now() - pairsStarted < seconds * 1000) {
    runsMs += cpuMs(() => {
      for (const schedule of sample) runSchedule(schedule, { history: false })
    })
    checksMs += cpuMs(() => {
      for (const history of histories) if (historyViolation(history) !== null) historyViolations += 1
    })
    rounds += 1
  }
  const timedRuns = rounds * sample.length
  const ops = histories.reduce((sum, h) => sum + h.filter((e) => e._tag === "OpInvoked").length, 0) / histories.length
  console.log(
    JSON.stringify({
      servers,
      steps,
      historyCost: "the ClientHistory check alone against a whole run without it (--no-history), CPU time",
      runs: timedRuns,
      meanOperationsPerHistory: Number(ops.toFixed(1)),
      cpuMsPerRunWithoutHistory: Number((runsMs / timedRuns).toFixed(3)),
      cpuMsPerHistoryCheck: Number((checksMs / timedRuns).toFixed(3)),
      historyCostPercent: Number(((100 * checksMs) / runsMs).toFixed(1)),
      historyViolations,
      loadAverage: execFileSync("uptime", { encoding: "utf8" }).trim().replace(/^.*load average:\s*/, ""),
    }),
  )
}
