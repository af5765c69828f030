/**
 * Goal: `zab history FILE` reads any trace, refuses a malformed history naming its line and field (exit 2),
 * and exits 0 / 1 / 3 for a conforming history, a violation and an undecided one. Method: write trace files
 * with hand-made histories (test/history-builder.ts) and run the command in-process.
 */
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"
import type { HistoryEvent } from "../impl/history-events.js"
import { HistoryInputError, historyOf } from "../properties/history/history.js"
import { defaultSimConfig } from "../schedule/steps.js"
import { writeTrace } from "../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent } from "../traces/schema.js"
import { HistoryBuilder, create, getData, lost, ok, setData } from "./history-builder.js"

const dir = mkdtempSync(join(tmpdir(), "zab-history-"))

function traceFile(name: string, events: ReadonlyArray<TraceEvent>): string {
  const header = { format: TRACE_FORMAT, version: TRACE_VERSION, target: "sim", seed: null, run: null, schedule: { config: defaultSimConfig(3), steps: [] }, violated: null } as const
  const path = join(dir, name)
  writeFileSync(path, writeTrace(header, events))
  return path
}

async function zab(args: ReadonlyArray<string>): Promise<{ code: number; out: string; err: string }> {
  let out = ""
  let err = ""
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), interactive: false, cwd: dir }
  const code = await main(["history", ...args], io)
  return { code, out, err }
}

const invoked = (op: number, at: number, session = "1"): HistoryEvent => ({ _tag: "OpInvoked", session, op, at, operation: { _tag: "GetData", path: "/a" } })
const completed = (op: number, at: number, session = "1"): HistoryEvent => ({ _tag: "OpCompleted", session, op, at, result: { _tag: "Ok", data: "" } })

describe("history: bad input is refused with its line and field", () => {
  const cases: ReadonlyArray<readonly [string, ReadonlyArray<TraceEvent>, RegExp]> = [
    ["an op that completes before it was invoked", [{ ...invoked(0, 5) }, { ...completed(0, 3) }], /line 3: bad history: op 0 completes at 3, before it was invoked at 5 at \["at"\]/],
    ["a duplicate op id", [invoked(0, 0), completed(0, 1), invoked(0, 2)], /line 4: bad history: op id 0 is used twice .* at \["op"\]/],
    ["a completion without an invocation", [invoked(0, 0), completed(1, 1)], /line 3: bad history: op 1 completes but was never invoked at \["op"\]/],
    ["a completion by another session", [invoked(0, 0), completed(0, 1, "2")], /line 3: bad history: op 0 was invoked by session 1, not 2 at \["session"\]/],
    ["a completion given twice", [invoked(0, 0), completed(0, 1), completed(0, 2)], /line 4: bad history: op 0 completes twice .* at \["op"\]/],
    ["time going back", [invoked(0, 4), invoked(1, 2)], /line 3: bad history: time 2 goes back from 4 .* at \["at"\]/],
    [
      "a result field the op does not return",
      [invoked(0, 0), { _tag: "OpCompleted", session: "1", op: 0, at: 1, result: { _tag: "Ok", created: "/a" } }],
      /line 3: bad history: op 0 \(GetData\): a GetData returns no created at \["result"\]\["created"\]/,
    ],
  ]
  for (const [what, events, message] of cases) {
    it(`${what}: exit 2`, async () => {
      const result = await zab([traceFile(`${what.replace(/\W+/g, "-")}.jsonl`, events)])
      expect(result.code).toBe(2)
      expect(result.err).toMatch(message)
    })
  }

  it("the checker refuses them itself, with the event's index", () => {
    expect(() => historyOf([invoked(0, 0), { _tag: "Step" }, completed(7, 1)])).toThrow(HistoryInputError)
    try {
      historyOf([invoked(0, 0), { _tag: "Step" }, completed(7, 1)])
    } catch (error) {
      expect(error).toMatchObject({ index: 2, path: `["op"]` })
    }
  })

  it("a session id that is not a 64-bit decimal is refused by the trace's schema", async () => {
    const path = join(dir, "bad-session.jsonl")
    const good = traceFile("bad-session-base.jsonl", [invoked(0, 0)])
    const { readFileSync } = await import("node:fs")
    writeFileSync(path, readFileSync(good, "utf8").replace('"session":"1"', '"session":"18446744073709551616"'))
    const result = await zab([path])
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/line 2: bad event: .*session id above 2\^64 - 1/)
  })
})

describe("zab history: verdicts and exit codes", () => {
  it("a conforming history: exit 0", async () => {
    const h = new HistoryBuilder()
    h.run("72057594037927937", create("/a", "0"), ok({ created: "/a" }))
    h.run("72057594037927938", setData("/a", "1"), lost)
    h.run("72057594037927938", getData("/a"), ok({ data: "1", version: 1 }))
    const result = await zab([traceFile("good.jsonl", h.events)])
    expect(result.out).toMatch(/^ok: the history of 3 operations conforms/)
    expect(result.code).toBe(0)
  })

  it("a violation: exit 1 with the shrunk sub-history and intervals", async () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("1", create("/b", "0"), ok())
    h.run("1", setData("/a", "1"), ok({ version: 1 }))
    h.run("2", getData("/b"), ok({ data: "0" }))
    h.run("1", getData("/a"), ok({ data: "0", version: 0 }))
    const result = await zab([traceFile("bad.jsonl", h.events)])
    expect(result.code).toBe(1)
    expect(result.out).toMatch(/^VIOLATION/)
    expect(result.out).toContain('session 1 #4 [8, 9] getData /a -> ok "0" v0  (lines 10-11)')
    expect(result.out).not.toContain("/b")
    expect(result.out).toContain("confirmed by an exact search")
  })

  it("an exhausted budget: exit 3, unknown", async () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    const ids = [1, 2, 3, 4, 5].map((k) => h.invoke(String(k), setData("/a", String(k))))
    for (const id of ids) h.complete(id, ok())
    h.run("1", getData("/a"), ok({ data: "9" }))
    const result = await zab(["--budget", "2", traceFile("unknown.jsonl", h.events)])
    expect(result.code).toBe(3)
    expect(result.out).toMatch(/^unknown: .*budget of 2 configurations.*this is not a pass/)
  })

  it("bad usage: exit 2", async () => {
    expect((await zab([])).code).toBe(2)
    expect((await zab(["--budget", "x", "f"])).code).toBe(2)
  })
})
