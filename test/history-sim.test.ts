/**
 * Goal: the simulator records its clients' history and every run is judged on it (ClientHistory). Method:
 * run generated schedules with the trace recorded and check that each ClientWrite taken became an
 * invocation by the session of its server's incarnation, completed when the server answered; that the
 * histories of correct runs conform; and that a tampered history makes the property fail. Client steps'
 * sessions: generated ones reach every kind of operation and outcome and conform; hand-made schedules show a
 * session moving past a server behind it and a sync waiting for the leader, and the two client-visible bugs
 * of the zoo breaking exactly those, seen by ClientHistory alone.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { HistoryEvent, HistoryOp } from "../impl/history-events.js"
import { CLIENT_HISTORY, historyViolation, runSchedule, zabPromises } from "../harness/sim-target.js"
import { historyOf } from "../properties/history/history.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import { type Schedule, type Step, defaultSimConfig } from "../schedule/steps.js"

/**
 * Whether a history session is a Client step's ZooKeeper session (the virtual time, shifted left by 24, in
 * its low 56 bits) rather than a ClientWrite client's (its server's incarnation there).
 */
const isStepSession = (session: string): boolean => (BigInt(session) & ((1n << 56n) - 1n)) >= 1n << 24n

/** The events of a run up to its liveness phase, whose session probe opens sessions of its own. */
const scheduled = <E extends { readonly _tag: string }>(events: ReadonlyArray<E>): ReadonlyArray<E> => {
  const at = events.findIndex((e) => e._tag === "LivenessPhase")
  return at < 0 ? events : events.slice(0, at)
}

describe("history: the simulator's clients", () => {
  it("(seed 77) every client write taken is invoked and, when answered, completed; the histories conform", () => {
    const schedules = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 120, bugs: [] }), { seed: 77, numRuns: 100 })
    let invoked = 0
    let completed = 0
    for (const schedule of schedules) {
      const run = runSchedule(schedule, { record: true })
      expect(run.violation?.invariant ?? null).not.toBe(CLIENT_HISTORY)
      const events = run.events!
      // Both kinds of session carry their server in the top byte; Client steps' hold the virtual time below.
      const history = events.filter((e): e is HistoryEvent => (e._tag === "OpInvoked" || e._tag === "OpCompleted") && !isStepSession(e.session))
      // The servers' own clients write at ClientWrite steps and in the liveness probes (/liveness-probe-N);
      // a request's number is its server's own, so the steps and paths tell them from the sessions' requests.
      const steps = events.filter((e) => e._tag === "Step" && e.step._tag === "ClientWrite").length
      const probes = events.filter((e) => e._tag === "ClientRequest" && e.op._tag === "Create" && e.op.path.startsWith("/liveness-probe-")).length
      const requests = steps + probes
      expect(history.filter((e) => e._tag === "OpInvoked").length).toBe(requests)
      invoked += requests
      completed += history.filter((e) => e._tag === "OpCompleted").length
      const all = events.filter((e): e is HistoryEvent => e._tag === "OpInvoked" || e._tag === "OpCompleted")
      expect(() => historyOf(all)).not.toThrow()
      expect(historyViolation(all)).toBeNull()
    }
    expect(invoked).toBeGreaterThan(100)
    expect(completed).toBeGreaterThan(50)
    // A campaign of whole recorded runs: minutes on a loaded machine, where the default minute is too short.
  }, 300_000)

  it("a tampered history fails the run's property", () => {
    const schedule: Schedule = { config: defaultSimConfig(3), steps: [{ _tag: "ClientWrite", server: 1, op: { _tag: "Create", path: "/a", data: "" } }] }
    const run = runSchedule(schedule, { record: true })
    expect(run.violation).toBeNull()
    const history = run.events!.filter((e): e is HistoryEvent => e._tag === "OpInvoked" || e._tag === "OpCompleted")
    // The write before any leader is refused (indeterminate for its client); the liveness probes' writes
    // succeed (at the leader, at a follower, at the leader with a bare quorum up, at the leader elected
    // while the old one is stopped, ...), or are indeterminate where a probe breaks their server's links.
    // The servers' own clients' (the session probe's ZooKeeper sessions get errors on purpose).
    const completions = history.filter((e): e is Extract<HistoryEvent, { _tag: "OpCompleted" }> => e._tag === "OpCompleted" && !isStepSession(e.session))
    expect(completions[0]!.result._tag).toBe("Indeterminate")
    expect(completions.filter((e) => e.result._tag === "Ok").length).toBeGreaterThanOrEqual(4)
    expect(completions.every((e) => e.result._tag === "Ok" || e.result._tag === "Indeterminate")).toBe(true)
    expect(historyViolation(history)).toBeNull()
    // A create under "/" cannot fail with NONODE: the root always exists.
    const probe = completions.find((e) => e.result._tag === "Ok")!
    const tampered = history.map((e) => (e === probe ? { ...e, result: { _tag: "Failed" as const, code: "NoNode" as const } } : e))
    expect(historyViolation(tampered)).toMatchObject({ invariant: CLIENT_HISTORY })
  })

  it("children listed out of code-unit order break zab's promise, not ZooKeeper's model", () => {
    const schedule: Schedule = { config: defaultSimConfig(3), steps: [{ _tag: "Settle", fsync: true }] }
    const run = runSchedule(schedule, { record: true })
    expect(run.violation).toBeNull()
    const history = run.events!.filter((e): e is HistoryEvent => e._tag === "OpInvoked" || e._tag === "OpCompleted")
    expect(historyViolation(history, zabPromises)).toBeNull()
    // The session probe lists a node with several children.
    const listed = history.find((e) => e._tag === "OpCompleted" && e.result._tag === "Ok" && (e.result.children?.length ?? 0) >= 2)!
    const result = (listed as Extract<HistoryEvent, { _tag: "OpCompleted" }>).result as Extract<HistoryEvent, { _tag: "OpCompleted" }>["result"] & { readonly _tag: "Ok" }
    const names = result.children!
    expect([...names].sort()).toEqual(names)
    const reversed = history.map((e): HistoryEvent => (e === listed && e._tag === "OpCompleted" ? { ...e, result: { ...result, children: [...names].reverse() } } : e))
    expect(historyViolation(reversed, zabPromises)).toMatchObject({ invariant: CLIENT_HISTORY, message: expect.stringMatching(/^getChildren\(\/[^)]*\) \(operation \d+\) listed its children out of code-unit order: /) })
    // ZooKeeper leaves the order unspecified: its histories compare children as a set.
    expect(historyViolation(reversed)).toBeNull()
  })
})

const client = (session: number, op: HistoryOp): Step => ({ _tag: "Client", session, op })

/**
 * A cluster of 3 with leader 3 and followers 1 and 2 in broadcast; sessions 0 (on 1) and 1 (on 2) open
 * (their first operations, an exists each, wait for the CreateSession txns the settle commits).
 */
const establish: ReadonlyArray<Step> = [
  { _tag: "Settle", fsync: true },
  { _tag: "Tick" },
  { _tag: "Settle", fsync: true },
  client(0, { _tag: "Exists", path: "/z" }),
  client(1, { _tag: "Exists", path: "/z" }),
  { _tag: "Settle", fsync: true },
]

/**
 * Session 0 (on follower 1) creates /a; the commit reaches 1 but not yet follower 2; server 1 crashes, and
 * the session reads /a again. Its next server is 2, which is behind what the session has seen.
 */
const moveToStale: ReadonlyArray<Step> = [
  ...establish,
  client(0, { _tag: "Create", path: "/a", data: "c1", sequential: false }),
  { _tag: "Deliver", pick: 0 }, // 1->3 the forwarded request
  { _tag: "Fsync", server: 3 },
  { _tag: "Deliver", pick: 0 }, // 3->1 the proposal
  { _tag: "Fsync", server: 1 },
  { _tag: "Deliver", pick: 0 }, // 1->3 its ack: committed
  { _tag: "Deliver", pick: 0 }, // 3->1 the commit: session 0 is answered
  { _tag: "Crash", server: 1, disk: "keep" },
  client(0, { _tag: "GetData", path: "/a" }),
]

/** Session 1 (on follower 2) creates /a, committed on 2 and 3 but not yet on 1; then session 0 (on 1) syncs and reads /a. */
const syncOnLagging: ReadonlyArray<Step> = [
  ...establish,
  client(1, { _tag: "Create", path: "/a", data: "c1", sequential: false }),
  { _tag: "Deliver", pick: 0 }, // 2->3 the forwarded request
  { _tag: "Fsync", server: 3 },
  { _tag: "Deliver", pick: 1 }, // 3->2 the proposal
  { _tag: "Fsync", server: 2 },
  { _tag: "Deliver", pick: 0 }, // 2->3 its ack: committed
  { _tag: "Deliver", pick: 1 }, // 3->2 the commit: session 1 is answered
  client(0, { _tag: "Sync", path: "/a" }),
  client(0, { _tag: "GetData", path: "/a" }),
]

function sessionHistory(steps: ReadonlyArray<Step>, bugs: ReadonlyArray<string> = []): { readonly run: ReturnType<typeof runSchedule>; readonly completions: Array<string> } {
  const run = runSchedule({ config: defaultSimConfig(3, bugs), steps }, { record: true })
  const events = run.events!
  const invoked = new Map<number, string>()
  const completions: Array<string> = []
  // Sessions by the server that created them (the top byte of the id): session 0 is 1's, session 1 is 2's.
  // Only the schedule's operations: the liveness phase's session probe and closes come after.
  let liveness = false
  for (const e of events) {
    if (e._tag === "LivenessPhase") liveness = true
    if (!liveness && e._tag === "OpInvoked" && isStepSession(e.session) && e.operation._tag !== "Exists") invoked.set(e.op, `${(BigInt(e.session) >> 56n) - 1n} ${e.operation._tag}`)
    // The zxid a server reports is left out: the checker never trusts it.
    if (e._tag === "OpCompleted" && invoked.has(e.op)) completions.push(`${invoked.get(e.op)!} ${JSON.stringify({ ...e.result, zxid: undefined })}`)
  }
  return { run, completions }
}

describe("history: client sessions of Client steps", () => {
  it("(seed 79) sessions read, write with versions, create sequential and ephemeral nodes, sync, multi and close; their histories conform", () => {
    // A session's operations wait for its CreateSession to commit, and one lost before that is lost with them:
    // more schedules than operations' kinds alone would need (the last outcome listed below, a multi's
    // NoNode, first comes in run 97 of this seed).
    const schedules = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 200, bugs: [] }), { seed: 79, numRuns: 130 })
    const seen = new Set<string>()
    let moved = 0
    let established = 0
    let lostBeforeCommit = 0
    for (const schedule of schedules) {
      const run = runSchedule(schedule, { record: true })
      expect(run.violation?.invariant ?? null).not.toBe(CLIENT_HISTORY)
      moved += run.coverage.get("sim-session-moved") ?? 0
      established += run.coverage.get("sim-session-established") ?? 0
      lostBeforeCommit += run.coverage.get("sim-session-lost-before-commit") ?? 0
      const ops = new Map<number, string>()
      for (const e of run.events!) {
        if (e._tag === "OpInvoked" && isStepSession(e.session)) ops.set(e.op, e.operation._tag === "Create" && e.operation.ephemeral === true ? "CreateEphemeral" : e.operation._tag)
        if (e._tag === "OpCompleted" && ops.has(e.op)) seen.add(`${ops.get(e.op)!} ${e.result._tag === "Failed" ? e.result.code : e.result._tag}`)
      }
    }
    for (const outcome of ["GetData Ok", "GetData NoNode", "Exists Ok", "GetChildren Ok", "Create Ok", "CreateEphemeral Ok", "SetData Ok", "SetData BadVersion", "Sync Ok", "Multi NoNode", "GetData Indeterminate", "CloseSession Ok"]) {
      expect(seen).toContain(outcome)
    }
    expect(moved).toBeGreaterThan(0)
    expect(established).toBeGreaterThan(0)
    expect(lostBeforeCommit).toBeGreaterThan(0)
    // A campaign of whole recorded runs: minutes on a loaded machine, where the default minute is too short.
  }, 300_000)

  it("a session that moved is refused by a server behind what it saw, and reads its write on the next", () => {
    const { run, completions } = sessionHistory(moveToStale)
    expect(run.violation).toBeNull()
    expect(run.coverage.get("sim-session-refused-behind")).toBe(1)
    expect(completions).toEqual([
      `0 Create {"_tag":"Ok","created":"/a","version":0,"cversion":0,"numChildren":0}`,
      `0 GetData {"_tag":"Ok","data":"c1","version":0,"cversion":0,"numChildren":0}`,
    ])
  })

  it("stale-session-reconnect: the follower behind serves the moved session, which reads the past; only ClientHistory sees it", () => {
    const { run, completions } = sessionHistory(moveToStale, ["stale-session-reconnect"])
    expect(completions[1]).toBe(`0 GetData {"_tag":"Failed","code":"NoNode"}`)
    // Every server-state invariant and the liveness phase held: the client history is judged last.
    expect(run.violation).toMatchObject({ invariant: CLIENT_HISTORY })
    expect(run.failedAt).toBe(moveToStale.length)
  })

  it("a sync on a follower behind waits for the leader's commits, so the read after it sees the write", () => {
    const { run, completions } = sessionHistory(syncOnLagging)
    expect(run.violation).toBeNull()
    expect(completions.filter((c) => c.startsWith("0 "))).toEqual([`0 Sync {"_tag":"Ok"}`, `0 GetData {"_tag":"Ok","data":"c1","version":0,"cversion":0,"numChildren":0}`])
  })

  it("sync-answered-locally: the sync is answered at once and the read after it misses the write; only ClientHistory sees it", () => {
    const { run, completions } = sessionHistory(syncOnLagging, ["sync-answered-locally"])
    expect(completions.filter((c) => c.startsWith("0 "))).toEqual([`0 Sync {"_tag":"Ok"}`, `0 GetData {"_tag":"Failed","code":"NoNode"}`])
    expect(run.violation).toMatchObject({ invariant: CLIENT_HISTORY })
    expect(run.failedAt).toBe(syncOnLagging.length)
  })
})

describe("history: ZooKeeper sessions of Client steps", () => {
  /**
   * Session 1 (on 2) creates /a; session 0 (on 1) creates ephemeral /a/e and tries a child under it; session
   * 1 lists /a; session 0 closes; session 1 syncs and lists /a again; session 0's next operation opens anew.
   */
  const ephemeralThenClose: ReadonlyArray<Step> = [
    ...establish,
    client(1, { _tag: "Create", path: "/a", data: "p", sequential: false }),
    { _tag: "Settle", fsync: true },
    client(0, { _tag: "Create", path: "/a/e", data: "e", sequential: false, ephemeral: true }),
    client(0, { _tag: "Create", path: "/a/e/c", data: "c", sequential: false }),
    { _tag: "Settle", fsync: true },
    client(1, { _tag: "GetChildren", path: "/a" }),
    client(0, { _tag: "CloseSession" }),
    { _tag: "Settle", fsync: true },
    client(1, { _tag: "Sync", path: "/a" }),
    client(1, { _tag: "GetChildren", path: "/a" }),
    client(0, { _tag: "GetData", path: "/a" }), // a new session: its own CreateSession first
    { _tag: "Settle", fsync: true },
  ]

  it("an ephemeral node refuses children and goes with its session's close; ids and Stats are ZooKeeper's", () => {
    const { run, completions } = sessionHistory(ephemeralThenClose)
    expect(run.violation).toBeNull()
    expect(completions).toEqual([
      `1 Create {"_tag":"Ok","created":"/a","version":0,"cversion":0,"numChildren":0}`,
      `0 Create {"_tag":"Ok","created":"/a/e","version":0,"cversion":0,"numChildren":0}`,
      `0 Create {"_tag":"Failed","code":"NoChildrenForEphemerals"}`,
      `1 GetChildren {"_tag":"Ok","children":["e"],"version":0,"cversion":1,"numChildren":1}`,
      `0 CloseSession {"_tag":"Ok"}`,
      `0 GetData {"_tag":"Ok","data":"p","version":0,"cversion":2,"numChildren":0}`,
      `1 Sync {"_tag":"Ok"}`,
      `1 GetChildren {"_tag":"Ok","children":[],"version":0,"cversion":2,"numChildren":0}`,
    ])
    const events = run.events!
    // Each session is a CreateSession txn carrying an id with its server in the top byte, written as
    // ZooKeeper prints it; session 0's second session is a new id from the same server.
    const opened = scheduled(events).flatMap((e) => (e._tag === "ClientRequest" && e.op._tag === "CreateSession" ? [e] : []))
    expect(opened.map((e) => e.server)).toEqual([1, 2, 1])
    const ids = opened.map((e) => (e.op as { readonly session: bigint }).session)
    expect(ids.map((id) => Number(id >> 56n))).toEqual([1, 2, 1])
    expect(new Set(ids).size).toBe(3)
    const closes = scheduled(events).flatMap((e) => (e._tag === "ClientRequest" && e.op._tag === "CloseSession" ? [e.op.session] : []))
    expect(closes).toEqual([ids[0]])
    // The history names each session by the decimal text of its id.
    const sessions = new Set(scheduled(events).flatMap((e) => (e._tag === "OpInvoked" && isStepSession(e.session) ? [e.session] : [])))
    expect(sessions).toEqual(new Set(ids.map((id) => BigInt.asUintN(64, id).toString())))
  })

  it("a hand-tampered history of that run (the ephemeral node still listed after the close) fails ClientHistory", () => {
    const { run } = sessionHistory(ephemeralThenClose)
    const history = run.events!.filter((e): e is HistoryEvent => e._tag === "OpInvoked" || e._tag === "OpCompleted")
    const lastChildren = history.filter((e) => e._tag === "OpCompleted" && e.result._tag === "Ok" && e.result.children !== undefined).at(-1)!
    const tampered = history.map((e) => (e === lastChildren && e._tag === "OpCompleted" ? { ...e, result: { _tag: "Ok" as const, children: ["e"], numChildren: 1 } } : e))
    expect(historyViolation(tampered)).toMatchObject({ invariant: CLIENT_HISTORY })
  })

  it("a session whose creating server crashes before its CreateSession commits is lost; the next operation opens another", () => {
    const steps: ReadonlyArray<Step> = [
      { _tag: "Settle", fsync: true },
      { _tag: "Tick" },
      { _tag: "Settle", fsync: true },
      client(0, { _tag: "Create", path: "/a", data: "x", sequential: false }),
      { _tag: "Crash", server: 1, disk: "keep" },
      client(0, { _tag: "GetData", path: "/a" }),
      { _tag: "Settle", fsync: true },
    ]
    const run = runSchedule({ config: defaultSimConfig(3), steps }, { record: true })
    expect(run.violation).toBeNull()
    expect(run.coverage.get("sim-session-lost-before-commit")).toBe(1)
    const events = run.events!
    const opened = scheduled(events).flatMap((e) => (e._tag === "ClientRequest" && e.op._tag === "CreateSession" ? [e.server] : []))
    expect(opened).toEqual([1, 2])
    // The create waited for its session and was never sent: it ends in ConnectionLoss; the read, on the new
    // session at 2, finds no /a.
    const results = scheduled(events).flatMap((e) => (e._tag === "OpCompleted" && isStepSession(e.session) ? [e.result._tag === "Failed" ? e.result.code : e.result._tag] : []))
    expect(results).toEqual(["Indeterminate", "NoNode"])
    expect(events.some((e) => e._tag === "ClientRequest" && e.op._tag === "Create" && e.op.path === "/a")).toBe(false)
  })
})
