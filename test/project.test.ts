/**
 * Goal: the one projection from a trace to cluster views (traces/project.ts) is exact, so the invariants
 * it feeds judge a trace as they judge the simulator. Method: run many generated schedules
 * (schedule/arbitrary.ts's scheduleArbitrary, several seeds, 3 and 5 servers, the correct peer and each
 * re-injected bug of impl/bugs.ts) on the simulator while recording, fold each recorded trace, and require
 * the projected view to equal the simulator's own view at every View event, field by field. Then show the
 * comparison has teeth: a trace with an event removed or altered makes the projection differ.
 */
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { Schema } from "effect"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { bugNames } from "../impl/bugs.js"
import type { Schedule } from "../schedule/steps.js"
import { runSchedule } from "../harness/sim-target.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import { type ClusterView, ClusterViewRecord, type ServerView } from "../properties/view.js"
import { defaultCorpusDir } from "../harness/corpus-replay.js"
import { type Trace, readTrace } from "../traces/jsonl.js"
import { TraceProjection, unobservedOf } from "../traces/project.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent } from "../traces/schema.js"

/** The branches the compared runs took, summed, so the test can show it exercised what is hard to fold. */
const exercised = new Map<string, number>()

function recorded(schedule: Schedule): Trace {
  const run = runSchedule(schedule, { record: true })
  for (const [branch, count] of run.coverage) exercised.set(branch, (exercised.get(branch) ?? 0) + count)
  return {
    header: { format: TRACE_FORMAT, version: TRACE_VERSION, target: "sim", seed: null, run: null, schedule, violated: run.violation?.invariant ?? null },
    events: run.events!,
  }
}

/** The first field where two server views differ, or null. */
function serverDifference(projected: ServerView, recorded: ServerView): string | null {
  const fields = ["id", "up", "role", "phase", "acceptedEpoch", "currentEpoch", "committed", "leader", "incarnation"] as const
  for (const field of fields) {
    if (projected[field] !== recorded[field]) return `server ${recorded.id} ${field}: projected ${String(projected[field])}, recorded ${String(recorded[field])}`
  }
  const length = Math.max(projected.history.length, recorded.history.length)
  for (let k = 0; k < length; k++) {
    const p = projected.history[k]
    const r = recorded.history[k]
    if (p?.zxid !== r?.zxid || p?.value !== r?.value) return `server ${recorded.id} history[${k}]: projected ${JSON.stringify(p)}, recorded ${JSON.stringify(r)}`
  }
  return null
}

/** The first difference between a projected and a recorded view, field by field, or null. */
function viewDifference(projected: ClusterView, recorded: ClusterView): string | null {
  if (projected.servers.length !== recorded.servers.length) return `server count: ${projected.servers.length} vs ${recorded.servers.length}`
  for (let i = 0; i < recorded.servers.length; i++) {
    const found = serverDifference(projected.servers[i]!, recorded.servers[i]!)
    if (found !== null) return found
  }
  for (const record of ["established", "broadcasts", "acknowledged", "delivered", "earlyAcks", "startFailures"] as const) {
    const p = JSON.stringify(projected.ghost[record])
    const r = JSON.stringify(recorded.ghost[record])
    if (p !== r) return `ghost.${record}: projected ${p}, recorded ${r}`
  }
  if (JSON.stringify(projected.unobserved) !== JSON.stringify(recorded.unobserved)) return `unobserved: ${projected.unobserved.join(",")} vs ${recorded.unobserved.join(",")}`
  return null
}

/** Fold `events` and compare at every View event; the first difference with its event index, or null. */
function firstDifference(trace: Trace, events: ReadonlyArray<TraceEvent> = trace.events): string | null {
  const projection = new TraceProjection(trace.header, unobservedOf(trace))
  let views = 0
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!
    projection.apply(event)
    if (event._tag !== "View") continue
    views += 1
    const found = viewDifference(projection.view(), event.view)
    if (found !== null) return `event ${index} (View after step ${event.step}): ${found}`
  }
  expect(views).toBeGreaterThan(0)
  return null
}

function schedules(servers: number, bugs: ReadonlyArray<string>, seed: number, runs: number): ReadonlyArray<Schedule> {
  return fc.sample(scheduleArbitrary({ servers, maxSteps: 80, bugs }), { seed, numRuns: runs })
}

describe("the projection from a trace equals the simulator's own view at every View event", () => {
  for (const servers of [3, 5]) {
    for (const seed of [1, 2, 3]) {
      it(`correct peer, ${servers} servers, seed ${seed}`, () => {
        for (const schedule of schedules(servers, [], seed, servers === 3 ? 40 : 15)) {
          const trace = recorded(schedule)
          expect(firstDifference(trace), JSON.stringify(schedule.steps)).toBeNull()
        }
      })
    }
  }
  for (const bug of bugNames) {
    it(`with ${bug} re-injected, 3 and 5 servers`, () => {
      for (const servers of [3, 5]) {
        for (const schedule of schedules(servers, [bug], 7, servers === 3 ? 15 : 5)) {
          const trace = recorded(schedule)
          expect(firstDifference(trace), `${bug}: ${JSON.stringify(schedule.steps)}`).toBeNull()
        }
      }
    })
  }
  // The corpus's schedules reach, on purpose, what random ones reach rarely (a torn write, SNAP and TRUNC
  // syncs, ACKs overtaking the NEWLEADER ack): each is compared with its bugs on and with the correct peer.
  const corpus = defaultCorpusDir()
  for (const file of readdirSync(corpus).filter((f) => f.endsWith(".jsonl")).sort()) {
    const trace = readTrace(readFileSync(join(corpus, file), "utf8"))
    if (trace.header.target !== "sim") continue
    it(`the corpus schedule of ${file}, with its bugs and without`, () => {
      const schedule = trace.header.schedule
      expect(firstDifference(recorded(schedule))).toBeNull()
      expect(firstDifference(recorded({ ...schedule, config: { ...schedule.config, bugs: [] } }))).toBeNull()
    })
  }
  afterAll(() => {
    // Without these the comparison would prove little about the hard parts of the fold.
    for (const branch of ["sync-diff", "sync-trunc", "sync-snap", "sim-torn-write", "sim-crash-during-sync", "sim-start-refused", "commit"]) {
      expect(exercised.get(branch) ?? 0, `branch ${branch} exercised`).toBeGreaterThan(0)
    }
  })
})

describe("the comparison has teeth: an altered trace projects differently", () => {
  /** A recorded trace that holds at least one event `keep` picks, with its index. */
  function traceWith(pick: (event: TraceEvent, index: number, events: ReadonlyArray<TraceEvent>) => boolean): { trace: Trace; at: number } {
    for (const schedule of schedules(3, [], 11, 40)) {
      const trace = recorded(schedule)
      const at = trace.events.findIndex(pick)
      // The alteration must be followed by a View event to be seen.
      if (at >= 0 && trace.events.slice(at).some((e) => e._tag === "View")) return { trace, at }
    }
    throw new Error("no generated schedule has such an event")
  }

  function without(events: ReadonlyArray<TraceEvent>, at: number): Array<TraceEvent> {
    return [...events.slice(0, at), ...events.slice(at + 1)]
  }

  it("a Delivered event removed", () => {
    const { trace, at } = traceWith((e) => e._tag === "Delivered")
    expect(firstDifference(trace)).toBeNull()
    expect(firstDifference(trace, without(trace.events, at))).toMatch(/history|committed|delivered/)
  })

  it("an Established observation removed", () => {
    const { trace, at } = traceWith((e) => e._tag === "Observed" && e.effect._tag === "Established")
    expect(firstDifference(trace, without(trace.events, at))).toMatch(/ghost\.established/)
  })

  it("a follower's write of its accepted epoch removed", () => {
    // A follower writes the epoch a LEADERINFO proposed while handling it; the leader's write has another source.
    const { trace, at } = traceWith((e, k, events) => {
      const before = events[k - 1]
      if (!(e._tag === "Wrote" && e.effect._tag === "WriteAcceptedEpoch" && before?._tag === "Received" && before.message._tag === "LeaderInfo")) return false
      // A View must come before the server's next write of the epoch, which would hide the removal.
      const next = events.findIndex((later, j) => j > k && (later._tag === "View" || (later._tag === "Wrote" && later.server === e.server && later.effect._tag === "WriteAcceptedEpoch")))
      return next >= 0 && events[next]!._tag === "View"
    })
    expect(firstDifference(trace, without(trace.events, at))).toMatch(/acceptedEpoch/)
  })

  it("the role changes of a leader removed", () => {
    // The next View must show that server leading, or the removal could pass unseen (a later election).
    const { trace, at } = traceWith((e, k, events) => {
      if (!(e._tag === "Observed" && e.effect._tag === "RoleChange" && e.effect.role === "leading")) return false
      const next = events.find((later, j) => j > k && later._tag === "View")
      return next?._tag === "View" && next.view.servers.find((v) => v.id === e.server)?.role === "leading"
    })
    const leader = (trace.events[at] as Extract<TraceEvent, { _tag: "Observed" }>).server
    const events = trace.events.filter((e) => !(e._tag === "Observed" && e.effect._tag === "RoleChange" && e.server === leader))
    expect(firstDifference(trace, events)).toMatch(/role|phase|leader/)
  })

  it("a txn appended to a log altered", () => {
    const { trace, at } = traceWith((e) => e._tag === "Wrote" && e.effect._tag === "Append")
    const events = trace.events.slice()
    const e = events[at] as Extract<TraceEvent, { _tag: "Wrote" }>
    if (e.effect._tag !== "Append") throw new Error("picked an Append")
    events[at] = { ...e, effect: { ...e.effect, txn: { ...e.effect.txn, request: e.effect.txn.request + 1000 } } }
    expect(firstDifference(trace, events)).toMatch(/history/)
  })

  it("a crash removed", () => {
    // One of the schedule's: the liveness phase's restarts are followed only by its last view, which they leave as it was.
    const { trace, at } = traceWith((e, index, events) => e._tag === "Crashed" && events.slice(index).some((x) => x._tag === "LivenessPhase"))
    expect(firstDifference(trace, without(trace.events, at))).not.toBeNull()
  })
})

describe("views recorded before the view had every record", () => {
  it("decode with the missing records empty and named unobserved, and encode with every key", () => {
    // A View as files written before delivered, earlyAcks, startFailures and incarnation existed hold it.
    const old = {
      servers: [{ id: 1, up: true, role: "leading", phase: "broadcast", acceptedEpoch: 1, currentEpoch: 1, history: [{ zxid: "0x100000001", value: "1:1:Create /a x" }], committed: 1, leader: 1 }],
      ghost: { established: [{ epoch: 1, leader: 1 }], broadcasts: [], acknowledged: [] },
    }
    const view = Schema.decodeUnknownSync(ClusterViewRecord)(old)
    expect(view.unobserved).toEqual(["delivered", "earlyAcks", "startFailures"])
    expect(view.ghost.delivered).toEqual([])
    expect(view.servers[0]!.incarnation).toBe(0)
    const encoded = Schema.encodeSync(ClusterViewRecord)(view) as Record<string, unknown>
    expect(Object.keys(encoded).sort()).toEqual(["ghost", "servers", "unobserved"])
    expect(Schema.decodeUnknownSync(ClusterViewRecord)(encoded)).toEqual(view)
  })

  it("every checked-in trace still reads, and a simulator trace's views from before name what they lack", () => {
    const corpus = defaultCorpusDir()
    for (const file of readdirSync(corpus).filter((f) => f.endsWith(".jsonl"))) {
      const trace = readTrace(readFileSync(join(corpus, file), "utf8"))
      for (const e of trace.events) if (e._tag === "View") expect(e.view.unobserved.length === 0 || e.view.unobserved.includes("delivered")).toBe(true)
    }
  })
})
