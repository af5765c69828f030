/**
 * Goal: the zookeeper target takes a schedule on a fresh Apache ZooKeeper ensemble, records its clients'
 * history, judges it (and fails a run whose history no order explains), names what it could not judge,
 * leaves no process behind, and re-runs and shrinks a failure as a non-deterministic target must.
 *
 * Method: one hand-written schedule (writes through two servers, the leader SIGKILLed and restarted, a
 * partition healed) on a real 3-server ensemble at tickTime 300 ms; then the same judgement on a run whose
 * final reads are deliberately wrong (`wrongReadsForTest`), which must fail as ClientHistory, reproduce in
 * its first try, and shrink to fewer steps within a small budget. Skipped without the zookeeper package
 * (CI requires it).
 */
import { afterAll, describe, expect, it } from "vitest"
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { alive, killAllSpawned, killSpawnedOnExit, readPid, zabEntry } from "../impl/net/cluster.js"
import { writeTrace } from "../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent } from "../traces/schema.js"
import type { HistoryEvent } from "../impl/history-events.js"
import { historyViolation } from "../harness/sim-target.js"
import { type Schedule, defaultSimConfig } from "../schedule/steps.js"
import { reproduce, shrinkZk } from "../harness/zookeeper-campaign.js"
import { runZkSchedule } from "../harness/zookeeper-target.js"
import { skipWithoutZooKeeper } from "./support/apache-zookeeper.js"
import { check, formatReport } from "../api/index.js"

const skip = skipWithoutZooKeeper("test/zookeeper-target.test.ts")
killSpawnedOnExit()

afterAll(async () => {
  await killAllSpawned()
})

const schedule: Schedule = {
  config: defaultSimConfig(3),
  steps: [
    { _tag: "ClientWrite", server: 1, op: { _tag: "Create", path: "/a", data: "v1" } },
    { _tag: "ClientWrite", server: 2, op: { _tag: "Create", path: "/b", data: "v2" } },
    { _tag: "Client", session: 0, op: { _tag: "Create", path: "/c", data: "c1", sequential: false } },
    { _tag: "Client", session: 1, op: { _tag: "Create", path: "/s-", data: "", sequential: true } },
    { _tag: "Client", session: 0, op: { _tag: "GetData", path: "/c" } },
    { _tag: "Tick", ticks: 3 },
    { _tag: "CrashLeader", disk: "keep" },
    { _tag: "Tick", ticks: 11 },
    { _tag: "ClientWrite", server: 3, op: { _tag: "SetData", path: "/a", data: "v3", version: -1 } },
    { _tag: "Partition", group: [3] },
    { _tag: "Tick", ticks: 6 },
    { _tag: "ClientMove", session: 0, server: 3 },
    { _tag: "Client", session: 0, op: { _tag: "SetData", path: "/c", data: "c2", version: -1 } },
    { _tag: "Client", session: 1, op: { _tag: "Sync", path: "/c" } },
    { _tag: "Client", session: 1, op: { _tag: "GetData", path: "/c" } },
    { _tag: "Heal" },
    { _tag: "Restart", server: 1 },
    { _tag: "Restart", server: 2 },
    { _tag: "Restart", server: 3 },
  ],
}

/** How many operations the run's clients invoked. */
function invocations(events: ReadonlyArray<{ readonly _tag: string }>): number {
  return events.filter((e) => e._tag === "OpInvoked").length
}

/** The text of each step a run took. */
function texts(result: { readonly trace: { readonly events: ReadonlyArray<TraceEvent> } }): Array<string> {
  return result.trace.events.flatMap((e) => (e._tag === "Step" ? [e.text] : []))
}

/** The invariant ZOOKEEPER-4685 (unfixed in ZooKeeper 3.8.0) breaks, which a real run may show. */
const ZOOKEEPER_4685 = "AckAfterNewLeader"

/**
 * The verdicts a run of Debian's ZooKeeper 3.8.0 may rightly end in, depending on timing: its bugs
 * ZOOKEEPER-4685 (AckAfterNewLeader) and ZOOKEEPER-4646 (the model refuses the ACKEPOCH and names the bug).
 */
function knownZooKeeperBug(violation: { readonly invariant: string; readonly message: string } | null | undefined): boolean {
  return violation != null && (violation.invariant === ZOOKEEPER_4685 || (violation.invariant === "ModelRefinement" && /ZOOKEEPER-4646/.test(violation.message)))
}

describe.skipIf(skip)("check({ target: 'zookeeper' }) from code", () => {
  it("runs a campaign like the CLI, and its JSON and JUnit reports carry the coverage and what was not judged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-zk-api-"))
    // Seed 44's first run, short and without a leader kill: the test is about the API and its reports.
    const result = await check({ target: "zookeeper", runs: 1, seed: 44, shrinkBudgetSeconds: 0, cwd: dir })
    // ZOOKEEPER-4685 is unfixed in Debian's 3.8.0: when the leader's kill lands mid-sync, a follower may ack a
    // proposal before NEWLEADER, and the run rightly fails AckAfterNewLeader. Any other verdict fails the test.
    expect(result.status === "held" || knownZooKeeperBug(result.violation), result.text).toBe(true)
    expect(result.settings).toMatchObject({ target: "zookeeper", servers: 3, seed: 44, validate: true })
    expect(result.checked).toContain("ModelRefinement")
    expect(result.checked).toContain("ClientHistory")
    expect(result.notJudged.map((n) => n.invariant).sort()).toEqual(["AcknowledgedDurable", "Recoverable"])
    const json = JSON.parse(formatReport(result, "json")) as { coverage: { branches: Record<string, number>; unreached: Array<string> }; invariants: { notJudged: Array<{ invariant: string; reason: string }> } }
    expect(json.coverage.branches["wire-epoch-established"]).toBeGreaterThan(0)
    expect(json.coverage.unreached).toContain("wire-sync-trunc")
    expect(json.coverage.unreached).not.toContain("wire-epoch-established")
    expect(json.invariants.notJudged[0]!.reason).toMatch(/not on the wire/)
    const junit = formatReport(result, "junit")
    expect(junit).toMatch(/<property name="coverage wire-epoch-established" value="[1-9]\d*"\/>/)
    expect(junit).toMatch(/<testcase classname="zab.check.zookeeper" name="AcknowledgedDurable">\n\s*<skipped message="not judged: /)
    rmSync(dir, { recursive: true, force: true })
  })
})

describe.skipIf(skip)("zab check --target zookeeper, one run at a time", () => {
  it("takes a schedule on a real ensemble, judges its client history and names what it cannot judge", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-zk-target-"))
    const result = await runZkSchedule(schedule, { tickTimeMs: 300, dir })
    // As above: ZOOKEEPER-4685 on 3.8.0 is a real finding, depending on timing; nothing else may fail the run.
    if (result.violation !== null) expect(knownZooKeeperBug(result.violation), result.violation.message).toBe(true)
    // No process is left: every server's last JVM and the proxy (in this process) are gone.
    const pids = [1, 2, 3].map((id) => readPid(join(dir, `n${id}`, "pid")))
    expect(pids.every((pid) => pid !== null)).toBe(true)
    for (const pid of pids) expect(alive(pid!)).toBe(false)
    rmSync(dir, { recursive: true, force: true })
    // The ClientWrites (the one aimed at the killed leader's server is skipped when that is server 3), the
    // sessions' six operations, one liveness write per server, and a sync and a read per path written or named
    // (/a, /b, /c) per server.
    const invoked = result.trace.events.flatMap((e) => (e._tag === "OpInvoked" ? [`${e.operation._tag} ${"path" in e.operation ? e.operation.path : ""}`] : []))
    expect(invocations(result.trace.events), invoked.join("\n")).toBeGreaterThanOrEqual(2 + 6 + 3 + 3 * 3 * 2)
    // The schedule's client sessions (ids above every server's) are in the history, and the move reconnects.
    const sessionOps = result.trace.events.filter((e) => e._tag === "OpInvoked" && BigInt(e.session) >> 56n >= 100n)
    expect(sessionOps.length).toBe(6)
    expect(texts(result)).toContain("session 1 moves to 3")
    expect(result.coverage.get("runner-client-op")).toBe(6)
    // The same history with one successful read of /c changed no longer conforms: ClientHistory judges it.
    const history = result.trace.events.filter((e): e is HistoryEvent => e._tag === "OpInvoked" || e._tag === "OpCompleted")
    expect(historyViolation(history)).toBeNull()
    // A successful read the run made (of /a, /b or /c, by a session or the final read-back), its data changed.
    const reads = new Set(history.flatMap((e) => (e._tag === "OpInvoked" && e.operation._tag === "GetData" ? [`${e.session}/${e.op}`] : [])))
    const changed = history.findIndex((e) => e._tag === "OpCompleted" && reads.has(`${e.session}/${e.op}`) && e.result._tag === "Ok")
    expect(changed).toBeGreaterThanOrEqual(0)
    const edited = history.map((e, i) => (i === changed && e._tag === "OpCompleted" ? { ...e, result: { ...e.result, data: "never-written" } } : e)) as Array<HistoryEvent>
    expect(historyViolation(edited)?.message).toBeTruthy()
    const stepTexts = texts(result)
    expect(stepTexts.some((t) => /^crash \d \(SIGKILL\)$/.test(t))).toBe(true)
    expect(stepTexts).toContain("heal")
    expect(result.trace.header.target).toBe("zookeeper")
    // History times never go back, in trace order.
    const times = result.trace.events.flatMap((e) => (e._tag === "OpInvoked" || e._tag === "OpCompleted" ? [e.at] : []))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    // The decoded capture is judged: only what the wire cannot show is named as not judged (and the model
    // check, off by default for this target).
    expect(result.notJudged).not.toContain("SingleLeaderPerEpoch")
    expect(result.notJudged).toContain("AcknowledgedDurable")
    expect(result.notJudgedWhy).toMatch(/not on the wire/)
    // The model refuses a run only for ZOOKEEPER-4646 (unfixed in 3.8), which the validator names.
    if (result.rejection !== null) expect(result.rejection.reason, result.rejection.reason).toMatch(/ZOOKEEPER-4646/)
    expect(result.trace.events.some((e) => e._tag === "Sent")).toBe(true)
    expect(result.coverage.get("wire-leader-elected")).toBeGreaterThanOrEqual(2)
    expect(result.coverage.get("wire-leader-killed")).toBe(1)
    // What the run reached, from the servers' logs and the runner: elections, a sync, the leader's kill.
    expect(result.coverage.get("zk-elected-leading")).toBeGreaterThanOrEqual(2)
    expect((result.coverage.get("zk-sync-diff (leader sends DIFF)") ?? 0) + (result.coverage.get("zk-sync-snap (leader sends SNAP)") ?? 0)).toBeGreaterThanOrEqual(2)
    expect((result.coverage.get("runner-leader-killed") ?? 0) + (result.coverage.get("runner-leader-killed-with-writes-in-flight") ?? 0)).toBe(1)
    expect(result.coverage.get("runner-partition")).toBe(1)
  }, 120_000)

  it("fails a run whose history no order explains, re-runs it, and shrinks it within its budget", async () => {
    const broken = { tickTimeMs: 300, wrongReadsForTest: true } as const
    const small: Schedule = { config: defaultSimConfig(3), steps: [{ _tag: "Heal" }, { _tag: "ClientWrite", server: 1, op: { _tag: "Create", path: "/a", data: "v1" } }, { _tag: "Tick" }, { _tag: "Heal" }] }
    const failed = await runZkSchedule(small, broken)
    expect(failed.violation?.invariant).toBe("ClientHistory")
    expect(failed.trace.events.at(-1)?._tag).toBe("Violation")

    const again = await reproduce(small, "ClientHistory", 3, broken)
    expect(again.runs).toBe(1)
    expect(again.result?.violation?.invariant).toBe("ClientHistory")

    const lines: Array<string> = []
    const shrunk = await shrinkZk(failed, 1, 40, broken, { write: (t) => void lines.push(t) })
    // The steps that took no effect (both Heals) go first; the write cannot go, or nothing fails.
    expect(shrunk.result.violation?.invariant).toBe("ClientHistory")
    expect(shrunk.result.trace.header.schedule.steps.length).toBeLessThan(small.steps.length)
    expect(shrunk.result.trace.header.schedule.steps.some((s) => s._tag === "ClientWrite")).toBe(true)
    expect(lines.join("")).toMatch(/shrink: \d steps still fail/)
  }, 180_000)

  it("zab replay re-runs a ZooKeeper counterexample's schedule N times and counts the reproductions", async () => {
    // A file that claims a ClientHistory violation for a healthy schedule: no try reproduces it (exit 0).
    const dir = mkdtempSync(join(tmpdir(), "zab-zk-replay-"))
    const file = join(dir, "claimed.jsonl")
    const small: Schedule = { config: defaultSimConfig(3), steps: [{ _tag: "ClientWrite", server: 2, op: { _tag: "Create", path: "/b", data: "v1" } }, { _tag: "Tick" }] }
    writeFileSync(file, writeTrace({ format: TRACE_FORMAT, version: TRACE_VERSION, target: "zookeeper", seed: 1, run: 0, schedule: small, violated: "ClientHistory" }, []))
    const child = spawnSync(process.execPath, [zabEntry(), "replay", file, "--tries", "2"], { encoding: "utf8", timeout: 120_000 })
    rmSync(dir, { recursive: true, force: true })
    expect(child.stderr).toBe("")
    expect(child.stdout).toMatch(/re-running the 2-step schedule .* 2 times on fresh Apache ZooKeeper ensembles of 3 servers, looking for ClientHistory/)
    expect(child.stdout).toMatch(/try 1: every judged invariant held/)
    expect(child.stdout).toMatch(/try 2: every judged invariant held/)
    expect(child.stdout).toMatch(/reproduced 0 of 2 \(ClientHistory\)/)
    expect(child.status).toBe(0)
  }, 150_000)
})
