/**
 * Goal: the library API (api/index.ts) runs campaigns as `zab check` does and says what happened in a typed
 * result: held, violated with the shrunk schedule and replay command, or an error of a user invariant that
 * threw, never a crash of the campaign nor a protocol violation. Bad options are refused before anything runs.
 *
 * Method: small campaigns on the simulator from source (the worker threads run the built dist/, so `npm
 * run build` first): an invariant that always holds, one that a healthy peer breaks by design (no delete is
 * ever delivered), one that throws; the same from a module on two worker threads, replayed by the CLI with
 * --invariants; fault knobs checked on the generated schedules themselves.
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type Invariant, assertHeld, check, defineInvariant, describeFailure, formatReport, txnOp } from "../api/index.js"
import { campaignArbitrary, runSeed } from "../harness/campaign.js"
import { txnView } from "../properties/view.js"
import type { Txn } from "../impl/core/types.js"
import { makeZxid } from "../impl/core/zxid.js"
import { checkJunit, children } from "./xml-check.js"

const zab = resolve(import.meta.dirname, "../dist/bin/zab.js")
const dir = mkdtempSync(join(tmpdir(), "zab-api-"))

const alwaysHolds = defineInvariant("UpServersHaveIds", (view) => view.servers.every((s) => s.id >= 1))

/** Broken by a delivered delete of /a (the schedules' lock): a healthy peer breaks it as soon as a schedule deletes it. */
const noDelete: Invariant = {
  name: "NoDeleteOfA",
  statement: "no up server has delivered a Delete of /a",
  check: (view) => {
    for (const s of view.servers) {
      if (!s.up) continue
      const found = s.history.slice(0, s.committed).find((txn) => {
        const op = txnOp(txn)
        return op?.op === "Delete" && op.path === "/a"
      })
      if (found !== undefined) return { message: `server ${s.id} delivered ${found.value}`, servers: [s.id] }
    }
    return null
  },
}

describe("check()", () => {
  it("held: every invariant, the user's too, with the campaign's settings and totals", async () => {
    const result = await check({ runs: 5, seed: 3, invariants: [alwaysHolds], cwd: dir })
    expect(result.status).toBe("held")
    expect(result.exitCode).toBe(0)
    expect(result.totals.runs).toBe(5)
    expect(result.settings).toMatchObject({ target: "sim", servers: 3, seed: 3, userInvariants: ["UpServersHaveIds"], builtIn: true })
    expect(result.checked).toContain("UpServersHaveIds")
    expect(result.checked).toContain("Agreement")
    expect(result.text).toMatch(/^all invariants held in 5 runs/)
    expect(() => assertHeld(result)).not.toThrow()
    expect(JSON.parse(formatReport(result, "json"))).toMatchObject({ format: "zab-check-report", outcome: "held" })
  })

  it("violated: the user's invariant, shrunk, its counterexample written, and a failure message for tests", async () => {
    const result = await check({ runs: 200, seed: 1, invariants: [noDelete], spec: "protocol", cwd: dir })
    expect(result.status).toBe("violated")
    if (result.status !== "violated") return
    expect(result.exitCode).toBe(1)
    expect(result.violation.invariant).toBe("NoDeleteOfA")
    expect(result.violation.shrunk).toBe(true)
    // The delete may be a ClientWrite step (`delete /a`) or a client session's (`Delete /a`).
    expect(result.violation.schedule.some((step) => /delete/i.test(step))).toBe(true)
    expect(result.violation.schedule.length).toBeLessThanOrEqual(6)
    expect(existsSync(join(dir, result.violation.counterexample!))).toBe(true)
    expect(result.violation.replay).toContain("--invariants <a module exporting NoDeleteOfA>")
    const message = describeFailure(result)
    expect(message).toMatch(/^NoDeleteOfA violated in run \d+ \(seed 1, 3 servers\): server \d delivered/)
    expect(message).toMatch(/shrunk schedule: \d+ steps/)
    expect(() => assertHeld(result)).toThrow(/replay: npx zab replay counterexamples\/NoDeleteOfA-[0-9a-f]{8}\.jsonl/)
    // What is tested here is the user's invariant and its failure, not the election's validation: validated
    // against Zab.tla alone (spec "protocol"), the campaign and its shrink take a third of the time.
  }, 180_000)

  it("a user invariant that throws is an error of that invariant, with its stack: not a violation, not a crash", async () => {
    const thrower = defineInvariant("Fragile", (view) => {
      if (view.servers.some((s) => s.committed > 0)) throw new TypeError("cannot read the lock's owner")
      return null
    })
    const result = await check({ runs: 50, seed: 1, invariants: [thrower], cwd: dir })
    expect(result.status).toBe("error")
    if (result.status !== "error") return
    expect(result.violation).toBeNull()
    expect(result.error).toMatchObject({ invariant: "Fragile", message: "cannot read the lock's owner" })
    expect(result.error.stack).toMatch(/^TypeError: cannot read the lock's owner\n\s+at .*api\.test\.ts/)
    // The harness's own frames are cut: the stack ends in the user's code.
    expect(result.error.stack).not.toMatch(/sim-target|campaign/)
    expect(result.error.schedule.length).toBeGreaterThan(0)
    expect(describeFailure(result)).toMatch(/^invariant Fragile threw in run \d+ \(seed 1\): cannot read/)
    const junit = checkJunit(formatReport(result, "junit"))
    const suite = children(junit, "testsuite")[0]!
    expect(suite.attrs.errors).toBe("1")
    expect(suite.attrs.failures).toBe("0")
    const fragile = children(suite, "testcase").find((c) => c.attrs.name === "Fragile")!
    expect(children(fragile, "error")[0]!.attrs.type).toBe("InvariantThrew")
    expect(JSON.parse(formatReport(result, "json"))).toMatchObject({ outcome: "error", violations: [], errors: [{ invariant: "Fragile" }] })
  })

  it("invariants from a module run on worker threads, and the CLI replays the counterexample with them", async () => {
    const module = join(dir, "no-delete.mjs")
    writeFileSync(module, `export const invariants = [{ name: "NoDeleteOfA", check: (view) => view.servers.some((s) => s.up && s.history.slice(0, s.committed).some((t) => t.value.includes(":Delete /a @"))) ? "a delete of /a was delivered" : null }]\n`)
    const result = await check({ runs: 200, seed: 1, workers: 2, invariantsModule: "./no-delete.mjs", spec: "protocol", cwd: dir })
    expect(result.status).toBe("violated")
    if (result.status !== "violated") return
    expect(result.violation.replay).toBe(`npx zab replay ${result.violation.counterexample} --invariants ./no-delete.mjs`)
    const replay = spawnSync(process.execPath, [zab, "replay", result.violation.counterexample!, "--invariants", "./no-delete.mjs"], { cwd: dir, encoding: "utf8" })
    expect(replay.status).toBe(1)
    expect(replay.stdout).toContain("VIOLATION of NoDeleteOfA")
    // Without the user's invariant the built-in ones hold on the same schedule.
    const plain = spawnSync(process.execPath, [zab, "replay", result.violation.counterexample!], { cwd: dir, encoding: "utf8" })
    expect(plain.status).toBe(0)
    // Against Zab.tla alone, as above: the system spec's validation of every shrinking candidate took 41 s
    // of a clean-clone suite run.
  }, 120_000)

  it("refuses bad options before running anything, naming the option", async () => {
    await expect(check({ servers: 4 })).rejects.toThrow(/servers must be 3, 5 or 7/)
    await expect(check({ runs: 0 })).rejects.toThrow(/runs must be an integer from 1/)
    await expect(check({ bugs: ["ZOOKEEPER-0"] })).rejects.toThrow(/unknown bug "ZOOKEEPER-0"; known: /)
    await expect(check({ shard: "3/2" })).rejects.toThrow(/shard must be i\/n/)
    await expect(check({ workers: 2, invariants: [alwaysHolds] })).rejects.toThrow(/workers > 1 with your own invariants needs invariantsModule/)
    await expect(check({ invariants: [alwaysHolds, alwaysHolds] })).rejects.toThrow(/two invariants are named UpServersHaveIds/)
    await expect(check({ invariants: [defineInvariant("Agreement", () => null)] })).rejects.toThrow(/one of the harness's own checks/)
    await expect(check({ invariants: [defineInvariant("has space", () => null)] })).rejects.toThrow(/must start with a letter/)
    await expect(check({ faults: { crash: -1 } })).rejects.toThrow(/fault knob crash must be an integer from 0/)
    await expect(check({ faults: { bogus: 1 } as never })).rejects.toThrow(/unknown fault knob "bogus"/)
    await expect(check({ builtIn: false })).rejects.toThrow(/needs invariants of your own/)
    await expect(check({ target: "net", invariants: [alwaysHolds], builtIn: false })).rejects.toThrow(/builtIn: false works on target sim only/)
    await expect(check({ invariantsModule: "./missing.mjs", cwd: dir })).rejects.toThrow(/cannot load the invariants module/)
    await expect(check({ target: "zookeeper", servers: 7 })).rejects.toThrow(/target zookeeper runs 3 or 5 servers/)
    await expect(check({ target: "zookeeper", bugs: ["ZOOKEEPER-335"] })).rejects.toThrow(/runs Apache ZooKeeper as it is/)
    await expect(check({ target: "zookeeper", invariants: [alwaysHolds] })).rejects.toThrow(/not checked on target zookeeper/)
    await expect(check({ tries: 3 })).rejects.toThrow(/apply to target zookeeper only/)
    await expect(check({ target: "zookeeper", shrinkBudgetSeconds: -1 })).rejects.toThrow(/shrinkBudgetSeconds must be an integer from 0/)
  })
})

describe("check({ target: 'model' }) with the user's invariants", () => {
  it("judges them on the model's views after every spec action: a violation shrunk under its name, a throw as its error", async () => {
    // On the model, a leader is established within a few steps of any walk.
    const noBroadcast = defineInvariant("NobodyBroadcasts", (view) => (view.servers.some((s) => s.up && s.role === "leading" && s.phase === "broadcast") ? "a leader reached broadcast" : null))
    const result = await check({ target: "model", runs: 20, seed: 2, invariants: [noBroadcast], cwd: dir })
    expect(result.status).toBe("violated")
    if (result.status !== "violated") return
    expect(result.violation.invariant).toBe("NobodyBroadcasts")
    expect(result.violation.shrunk).toBe(true)
    expect(result.violation.replay).toMatch(/^npx zab check --target model --servers 3 --seed 2 --runs \d+ --shard \d+\/\d+$/)
    const thrower = defineInvariant("ModelFragile", (view) => {
      if (view.servers.some((s) => s.committed > 0)) throw new Error("fragile on the model")
      return null
    })
    const errored = await check({ target: "model", runs: 50, seed: 2, invariants: [thrower], cwd: dir })
    expect(errored.status).toBe("error")
    expect(errored.error).toMatchObject({ invariant: "ModelFragile", message: "fragile on the model" })
  })
})

describe("txnOp", () => {
  it("reads back every kind of txn from its rendering in the view", () => {
    const txn = (op: Txn["op"]): Txn => ({ zxid: makeZxid(1, 1), op, origin: 2, request: 7 })
    const read = (op: Txn["op"]) => txnOp(txnView(txn(op)))
    expect(read({ _tag: "Create", path: "/a", data: "v 1" })).toMatchObject({ origin: 2, request: 7, op: "Create", path: "/a", data: "v 1", session: null, sequential: false })
    expect(read({ _tag: "Create", path: "/q/n-", data: "", ephemeralOwner: 0x0100_0000_0000_0001n, sequential: true })).toMatchObject({ op: "Create", path: "/q/n-", data: "", session: "0x100000000000001", sequential: true })
    expect(read({ _tag: "SetData", path: "/a", data: "x@y", version: 3 })).toMatchObject({ op: "SetData", path: "/a", data: "x@y", version: 3 })
    expect(read({ _tag: "Delete", path: "/a/b", version: -1 })).toMatchObject({ op: "Delete", path: "/a/b", data: null, version: -1 })
    expect(read({ _tag: "CloseSession", session: 0x0300_0000_0000_00ffn })).toMatchObject({ op: "CloseSession", path: null, session: "0x3000000000000ff" })
    expect(read({ _tag: "Multi", ops: [{ _tag: "Check", path: "/a", version: 0 }] })).toMatchObject({ op: "Multi", path: null })
    expect(txnOp({ zxid: makeZxid(1, 1), value: "3" })).toBeNull()
  })
})

describe("fault knobs", () => {
  const kinds = (faults: Parameters<typeof campaignArbitrary>[0]["faults"], runs: number): Set<string> => {
    const seen = new Set<string>()
    for (let run = 0; run < runs; run++) {
      const [schedule] = fc.sample(campaignArbitrary({ servers: 3, maxSteps: 100, bugs: [], ...(faults === undefined ? {} : { faults }) }), { seed: runSeed(9, run), numRuns: 1 })
      for (const step of schedule!.steps) seen.add(step._tag)
      if (faults?.counterBits !== undefined) expect(schedule!.config.counterBits).toBe(faults.counterBits)
    }
    return seen
  }

  it("a knob at 0 turns its faults off; left out, they are drawn as usual", () => {
    const faulty = ["Crash", "CrashLeader", "CrashOnDelivery", "Restart", "Partition", "IsolateLeader", "Reset", "Heal"]
    const drawn = kinds(undefined, 100)
    for (const kind of faulty) expect(drawn.has(kind), kind).toBe(true)
    const calm = kinds({ crash: 0, partition: 0, counterBits: 3 }, 100)
    for (const kind of faulty) expect(calm.has(kind), kind).toBe(false)
    expect(calm.has("ClientWrite")).toBe(true)
    const writesOff = kinds({ clientWrites: 0 }, 50)
    expect(writesOff.has("ClientWrite")).toBe(false)
  })
})
