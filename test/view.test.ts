/**
 * Goal: `zab view` turns any trace into a page that shows the run faithfully, works with no network, stays
 * quick on long traces, and refuses bad files as the other commands do. Method: the view data is checked
 * against runs whose sends and losses we know (a shrunk counterexample, a trace without a re-run, a
 * schedule-only file); the page is opened from a file:// URL in Debian's chromium, driven headless by
 * playwright-core, with every request recorded, and looked at: lanes, arrows, the violation, the slider,
 * hover, a screenshot.
 *
 * The browser tests need /usr/bin/chromium (`apt-get install chromium`). CI (.ci/run installs chromium and
 * sets ZAB_REQUIRE_BROWSER=1) requires them: without chromium they fail there, saying so. Elsewhere a
 * machine without chromium skips them with a warning, so `npm test` on a fresh clone still passes;
 * ZAB_SKIP_BROWSER_TESTS=1 skips them everywhere.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Script } from "node:vm"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { BrowserContext, Page } from "playwright-core"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"
import { runSchedule } from "../harness/sim-target.js"
import { type Schedule, type Step, defaultSimConfig } from "../schedule/steps.js"
import { readTrace, writeTrace } from "../traces/jsonl.js"
import { TRACE_FORMAT, TRACE_VERSION } from "../traces/schema.js"
import { formatZxid, makeZxid } from "../impl/core/zxid.js"
import { channelMessages, drawn } from "../traces/viewer.js"
import { buildTraceView } from "../harness/viewer-reruns.js"

const CHROMIUM = "/usr/bin/chromium"
const requireBrowser = process.env["ZAB_REQUIRE_BROWSER"] === "1"
const skipBrowser = process.env["ZAB_SKIP_BROWSER_TESTS"] === "1" || (!requireBrowser && !existsSync(CHROMIUM))
if (skipBrowser && !requireBrowser && process.env["ZAB_SKIP_BROWSER_TESTS"] !== "1") {
  console.warn(`test/view.test.ts: ${CHROMIUM} is missing, so the browser tests of zab view are skipped (apt-get install -y chromium runs them)`)
}

function io(cwd: string): Io & { readonly stdout: () => string; readonly stderr: () => string } {
  let out = ""
  let err = ""
  return { out: (t) => void (out += t), err: (t) => void (err += t), interactive: false, cwd, stdout: () => out, stderr: () => err }
}

/** A shrunk counterexample of commit-without-quorum, written by `zab check` itself (seed 8, without client operations: the tests below look at the protocol's diagram). */
async function writeCounterexample(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "zab-view-cx-"))
  const cli = io(dir)
  expect(await main(["check", "--runs", "50", "--seed", "8", "--bug", "commit-without-quorum", "--faults", "clients=0", "--out", "cx", "--no-validate"], cli)).toBe(1)
  const files = readdirSync(join(dir, "cx"))
  expect(files).toHaveLength(1)
  return join(dir, "cx", files[0]!)
}

let written: Promise<string> | null = null

/** That counterexample copied into `dir`: the campaign and its shrink run once for the whole file. */
async function counterexample(dir: string): Promise<string> {
  written ??= writeCounterexample()
  const source = await written
  mkdirSync(join(dir, "cx"), { recursive: true })
  const file = join(dir, "cx", basename(source))
  copyFileSync(source, file)
  return file
}

/** A long run of the correct peer: a write, a settle and a tick, over and over (thousands of events). */
function longTrace(rounds: number): string {
  const steps: Array<Step> = [{ _tag: "Settle", fsync: true }, { _tag: "Tick" }, { _tag: "Settle", fsync: true }]
  for (let i = 0; i < rounds; i++) {
    steps.push({ _tag: "ClientWrite", server: 1 + (i % 3), op: { _tag: "Create", path: `/n${i}`, data: "x" } })
    steps.push({ _tag: "Settle", fsync: true })
    if (i % 10 === 0) steps.push({ _tag: "Tick" })
  }
  const schedule: Schedule = { config: defaultSimConfig(3), steps }
  const result = runSchedule(schedule, { record: true })
  expect(result.violation).toBeNull()
  return writeTrace({ format: TRACE_FORMAT, version: TRACE_VERSION, target: "sim", seed: null, run: null, schedule, violated: null }, result.events ?? [])
}

describe("the view data", () => {
  it("of a shrunk counterexample: exact sends from the re-run, every receive paired, losses at the crash, the violation at its step", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-view-"))
    const trace = readTrace(readFileSync(await counterexample(dir), "utf8"))
    const view = buildTraceView(trace, "cx.jsonl")
    expect(view.source).toBe("re-run")
    expect(view.servers).toEqual([1, 2, 3])
    expect(view.rows).toHaveLength(trace.events.filter(drawn).length)
    const received = trace.events.filter((e) => e._tag === "Received").length
    expect(view.messages.filter((m) => m.receivedAt !== null)).toHaveLength(received)
    for (const m of view.messages) {
      expect(m.exact).toBe(true)
      expect(m.sentAt).not.toBeNull()
      if (m.receivedAt !== null) {
        expect(m.sentAt!).toBeLessThan(m.receivedAt)
        const row = view.rows[m.receivedAt]!
        expect(row.kind).toBe("Received")
        expect(row.server).toBe(m.to)
        expect(view.messages[row.message!]).toBe(m)
      }
    }
    // Crashing the leader loses what it had in flight: the lost messages end at the crash step.
    const crashStep = view.rows.findIndex((r) => r.kind === "Step" && r.text.includes("crash"))
    expect(crashStep).toBeGreaterThan(0)
    expect(view.messages.some((m) => m.lostAt === crashStep && m.lostAt !== m.sentAt)).toBe(true)
    expect(view.violationRow).toBe(view.rows.length - 1)
    expect(view.rows[view.violationRow!]!.kind).toBe("Violation")
    expect(view.violationStepRow).not.toBeNull()
    // Every server has a state from before the first row on, and the named server leads at the end.
    for (const id of view.servers) expect(view.states.find((s) => s.server === id)?.row).toBe(-1)
  })

  it("of a trace from real servers that records its sends: every receive paired with its send, exactly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-view-"))
    const trace = readTrace(readFileSync(await counterexample(dir), "utf8"))
    const view = buildTraceView({ header: { ...trace.header, target: "net" }, events: trace.events }, "net.jsonl")
    expect(view.source).toBe("recorded")
    const received = trace.events.filter((e) => e._tag === "Received").length
    expect(view.messages).toHaveLength(received)
    expect(view.notes.join(" ")).toContain(`records sends: ${received} of ${received} arrows`)
    for (const m of view.messages) {
      expect(m.exact).toBe(true)
      expect(m.sentAt!).toBeLessThan(m.receivedAt!)
    }
    // The send points are the re-run's, where the tap saw each send.
    const exact = buildTraceView(trace, "cx.jsonl")
    const byReceipt = exact.messages.filter((m) => m.receivedAt !== null).sort((a, b) => a.receivedAt! - b.receivedAt!)
    expect(view.messages.map((m) => [m.sentAt, m.receivedAt])).toEqual(byReceipt.map((m) => [m.sentAt, m.receivedAt]))
  })

  it("of a trace without sends (real servers before format 2): each receive paired with an estimated send on its link in FIFO order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-view-"))
    const trace = readTrace(readFileSync(await counterexample(dir), "utf8"))
    const view = buildTraceView({ header: { ...trace.header, target: "net" }, events: trace.events.filter((e) => e._tag !== "Sent") }, "net.jsonl")
    expect(view.source).toBe("recorded")
    expect(view.notes.join(" ")).toMatch(/records receives, not sends/)
    const received = trace.events.filter((e) => e._tag === "Received").length
    expect(view.messages).toHaveLength(received)
    const lastOnLink = new Map<string, number>()
    for (const m of view.messages) {
      expect(m.exact).toBe(false)
      expect(m.receivedAt).not.toBeNull()
      expect(m.sentAt).not.toBeNull()
      expect(m.sentAt!).toBeLessThan(m.receivedAt!)
      const key = `${m.from}>${m.to}`
      expect(m.sentAt!).toBeGreaterThanOrEqual(lastOnLink.get(key) ?? -1)
      lastOnLink.set(key, m.sentAt!)
    }
    const roles = view.states.filter((s) => s.server === 3).map((s) => s.state.role)
    expect(roles).toContain("leading")
  })

  it("of a file whose events the re-run no longer produces: the file's events, with a note saying where they part", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-view-"))
    const trace = readTrace(readFileSync(await counterexample(dir), "utf8"))
    // Leave out the fourth drawn event (an observation), as a hand edit or a changed peer would.
    const fourth = trace.events.filter(drawn)[3]!
    expect(fourth._tag).toBe("Observed")
    const events = trace.events.filter((e) => e !== fourth)
    const view = buildTraceView({ header: trace.header, events }, "edited.jsonl")
    expect(view.source).toBe("recorded")
    expect(view.notes[0]).toMatch(/departs from the file's events at event 4/)
  })

  it("of a simulator trace naming a bug this zab does not know: the file's events, not re-run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-view-"))
    const trace = readTrace(readFileSync(await counterexample(dir), "utf8"))
    const config = { ...trace.header.schedule.config, bugs: ["no-such-bug"] }
    const view = buildTraceView({ header: { ...trace.header, schedule: { ...trace.header.schedule, config } }, events: trace.events }, "foreign.jsonl")
    expect(view.source).toBe("recorded")
    expect(view.notes[0]).toMatch(/bug this zab does not know \(no-such-bug\)/)
    // Not re-run, but its sends are recorded: the arrows are paired with them.
    expect(view.messages.every((m) => m.exact)).toBe(true)
  })

  it("of a schedule without events: the events of re-running it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-view-"))
    const trace = readTrace(readFileSync(await counterexample(dir), "utf8"))
    const view = buildTraceView({ header: trace.header, events: [] }, "schedule.jsonl")
    expect(view.source).toBe("re-run-schedule")
    expect(view.rows.length).toBe(trace.events.filter(drawn).length)
    expect(view.violationRow).not.toBeNull()
  })

  it("of a client-visible violation: each client operation a bar on its session's lane, the non-conforming sub-history marked, the same bars from a schedule-only file", () => {
    const trace = readTrace(readFileSync(corpusFile("sync-answered-locally.jsonl"), "utf8"))
    const view = buildTraceView(trace, "sync-answered-locally.jsonl")
    expect(view.source).toBe("re-run")
    // A client of leader 3 creates /a; session 0x100000065000000 (follower 1's first, at virtual time 101 ms)
    // syncs on follower 1 and reads NONODE after the create completed.
    expect(view.sessions).toContain(String(0x100000065000000n))
    const marked = view.clientOps.filter((op) => op.violating).map((op) => op.text.replace(/^session \S+ #\d+ /, ""))
    expect(marked).toEqual(['create /a "v1" -> ok /a', "sync /a -> ok", "getData /a -> NONODE"])
    // Each bar spans its invocation to its completion, in the rows: the create completes before the sync starts.
    const [create, sync, read] = view.clientOps.filter((op) => op.violating)
    expect(create!.completedAfter!).toBeGreaterThan(create!.invokedAfter)
    expect(create!.completedAfter!).toBeLessThanOrEqual(sync!.invokedAfter)
    expect(sync!.completedAfter!).toBeLessThanOrEqual(read!.invokedAfter)
    expect(view.clientOps.filter((op) => !op.violating).length).toBeGreaterThan(0)
    // Re-run from the schedule alone, the bars are placed in the same rows (and the liveness phase's probes
    // that the file's events stop before are drawn too).
    const fromSchedule = buildTraceView({ header: trace.header, events: [] }, "schedule.jsonl")
    expect(fromSchedule.clientOps.slice(0, view.clientOps.length)).toEqual(view.clientOps)
    // Marks come only from a ClientHistory violation: a trace that names none marks no bar.
    const notViolated = buildTraceView({ header: { ...trace.header, violated: null }, events: trace.events }, "ok.jsonl")
    expect(notViolated.clientOps.some((op) => op.violating)).toBe(false)
  })
})

function corpusFile(name: string): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "traces", "corpus", name)
}

/** The counterexample file a model command writes into `dir/ce`: `zab explore` or `zab check --target model`. */
async function modelCounterexample(dir: string, args: ReadonlyArray<string>): Promise<string> {
  expect(await main([...args, "--out", "ce"], io(dir))).toBe(1)
  const files = readdirSync(join(dir, "ce"))
  expect(files).toHaveLength(1)
  return join(dir, "ce", files[0]!)
}

/** A receiving action of Zab.tla takes one message from its second server to its first: the type its name ends with. */
function receivedType(action: string): string | null {
  if (action === "FilterNonexistentMessage") return ""
  const m = /Process(CEPOCH|NEWEPOCH|ACKEPOCH|NEWLEADER|ACKLD|COMMITLD|PROPOSE|ACK|COMMIT)$/.exec(action)
  return m === null ? null : m[1]!
}

describe("the view data of model traces", () => {
  it("of an explored path: arrows from the model's channels, each taken by the action that receives it, lost where Timeout or Restart empties its channel", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-view-"))
    const trace = readTrace(readFileSync(await modelCounterexample(dir, ["explore", "--config", "n3_b", "--bug", "reuse-epoch"]), "utf8"))
    const view = buildTraceView(trace, "explored.jsonl")
    expect(view.notes[0]).toMatch(/^A path of zab explore: .*Arrows are the model's channels/)
    expect(view.messages.length).toBeGreaterThan(0)
    const actionAt = new Map<number, { action: string; args: ReadonlyArray<number> }>()
    trace.events.filter(drawn).forEach((e, row) => {
      if (e._tag === "SpecAction") actionAt.set(row, e.label)
    })
    let receipts = 0
    for (const [row, label] of actionAt) {
      const type = receivedType(label.action)
      const index = view.rows[row]!.message
      if (type === null) {
        expect(index, `${label.action} receives nothing`).toBeUndefined()
        continue
      }
      receipts += 1
      expect(index, `${label.action} at row ${row} takes a message`).toBeDefined()
      const m = view.messages[index!]!
      expect([m.from, m.to]).toEqual([label.args[1], label.args[0]])
      expect(m.label.startsWith(type)).toBe(true)
      expect(m.sentAt!).toBeLessThan(row)
    }
    expect(view.messages.filter((m) => m.receivedAt !== null)).toHaveLength(receipts)
    for (const m of view.messages.filter((m) => m.lostAt !== null)) expect(actionAt.get(m.lostAt!)?.action).toMatch(/^(Timeout|Restart)$/)
    // Each message is sent by an action, and sent once: its sender is one of the action's servers.
    for (const m of view.messages) expect(actionAt.get(m.sentAt!)?.args).toContain(m.from)
  })

  it("from channels: a Timeout that empties the channel a receive would read loses the message; the receive takes only the head", () => {
    const cepoch = { mtype: "CEPOCH" as const, mepoch: 1 }
    const ack = (n: number) => ({ mtype: "ACK" as const, mzxid: makeZxid(1, n) })
    const empty = [[[], []], [[], []]]
    // msgs[1][0] is the channel s2 -> s1.
    const points = [
      { row: 0, action: "ConnectAndFollowerSendCEPOCH", args: [1, 0], msgs: [[[], []], [[cepoch], []]] },
      { row: 1, action: "Timeout", args: [0, 1], msgs: empty },
      { row: 2, action: "FollowerProcessPROPOSE", args: [1, 0], msgs: [[[], []], [[ack(1), ack(2)], []]] },
      { row: 3, action: "LeaderProcessACK", args: [0, 1], msgs: [[[], []], [[ack(2)], []]] },
    ]
    const rows = points.map((p) => ({ kind: "SpecAction" as const, server: null, text: p.action, step: p.row + 1 }))
    const messages = channelMessages(points, rows)
    expect(messages.map((m) => [m.label, m.from, m.to, m.sentAt, m.receivedAt, m.lostAt])).toEqual([
      ["CEPOCH(1)", 2, 1, 0, null, 1],
      [`ACK(${formatZxid(makeZxid(1, 1))})`, 2, 1, 2, 3, null],
      [`ACK(${formatZxid(makeZxid(1, 2))})`, 2, 1, 2, null, null],
    ])
    expect(rows.map((r) => (r as { message?: number }).message)).toEqual([undefined, undefined, undefined, 1])
  })

  it("of a model walk: arrows from re-running the walk, within its steps; none when the file's events are not the re-run's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-view-"))
    const trace = readTrace(readFileSync(await modelCounterexample(dir, ["check", "--target", "model", "--runs", "500", "--seed", "1", "--bug", "commit-without-quorum"]), "utf8"))
    expect(trace.header.walk).toBeDefined()
    const view = buildTraceView(trace, "walk.jsonl")
    expect(view.notes[0]).toMatch(/^A model walk .*Arrows are the model's channels/)
    const rows = trace.events.filter(drawn)
    const received = view.messages.filter((m) => m.receivedAt !== null)
    expect(received.length).toBeGreaterThan(0)
    for (const m of received) {
      expect(rows[m.receivedAt!]!._tag).toBe("Step")
      expect(m.sentAt!).toBeLessThanOrEqual(m.receivedAt!)
    }
    // The walk's own account: as many receipts as receiving actions it took.
    const taken = rows.flatMap((e) => (e._tag === "Step" ? [...e.text.matchAll(/(\w+)\(s\d+(?:, s\d+)?\)/g)].map((x) => x[1]!) : []))
    expect(received).toHaveLength(taken.filter((a) => receivedType(a) !== null).length)
    const edited = trace.events.filter((e) => e !== trace.events.find((x) => x._tag === "Delivered"))
    const stale = buildTraceView({ header: trace.header, events: edited }, "edited.jsonl")
    expect(stale.notes[0]).toMatch(/departs from the file's events .* no arrows are drawn/)
    expect(stale.messages).toHaveLength(0)
  })
})

describe("zab view", () => {
  it("writes FILE.html beside a .jsonl by default, or -o OUT; the page embeds its data and names no network resource", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-view-"))
    const file = await counterexample(dir)
    const cli = io(dir)
    expect(await main(["view", file], cli)).toBe(0)
    const page = file.replace(/\.jsonl$/, ".html")
    expect(existsSync(page)).toBe(true)
    expect(cli.stdout()).toMatch(/^wrote cx\/.*\.html: \d+ events, \d+ messages \(exact, from a re-run\)\n$/)
    const cli2 = io(dir)
    expect(await main(["view", file, "-o", "out.html"], cli2)).toBe(0)
    const html = readFileSync(join(dir, "out.html"), "utf8")
    expect(html).toContain('<script type="application/json" id="zab-view-data">')
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:|\/\/)/)
    expect(html).not.toContain(dir) // the input's directory is not written into the page
    expect(html).toContain("default-src 'none'")
    // The page's script parses (the browser tests run it; this holds where they are skipped).
    const script = html.slice(html.lastIndexOf("<script>") + "<script>".length, html.lastIndexOf("</script>"))
    expect(() => new Script(script)).not.toThrow()
    const embedded = html.slice(html.indexOf('id="zab-view-data">') + 'id="zab-view-data">'.length, html.indexOf("</script>"))
    expect(JSON.parse(embedded).rows.length).toBeGreaterThan(50)
  })

  it("refuses a malformed file with its line and field, a missing file, and bad usage (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-view-"))
    const file = await counterexample(dir)
    const lines = readFileSync(file, "utf8").split("\n")
    lines[4] = lines[4]!.replace(/"server":\d+/, '"server":"two"')
    writeFileSync(join(dir, "bad.jsonl"), lines.join("\n"))
    const bad = io(dir)
    expect(await main(["view", "bad.jsonl"], bad)).toBe(2)
    expect(bad.stderr()).toMatch(/zab view: .*bad\.jsonl: line 5: bad event: .*\["server"\]/)
    const missing = io(dir)
    expect(await main(["view", "nope.jsonl"], missing)).toBe(2)
    expect(missing.stderr()).toMatch(/cannot read/)
    const usage = io(dir)
    expect(await main(["view"], usage)).toBe(2)
    expect(usage.stderr()).toMatch(/expected exactly one FILE/)
    const same = io(dir)
    expect(await main(["view", "bad.jsonl", "-o", "bad.jsonl"], same)).toBe(2)
    expect(same.stderr()).toMatch(/would overwrite the trace/)
    const help = io(dir)
    expect(await main(["view", "--help"], help)).toBe(0)
    expect(help.stdout()).toMatch(/usage: zab view FILE \[-o OUT\.html\]/)
    const empty = io(dir)
    writeFileSync(join(dir, "net.jsonl"), lines[0]!.replace('"target":"sim"', '"target":"net"') + "\n")
    expect(await main(["view", "net.jsonl"], empty)).toBe(2)
    expect(empty.stderr()).toMatch(/no events/)
  })
})

describe.skipIf(skipBrowser)("the page in a headless chromium", () => {
  let context: BrowserContext | null = null
  let dir = ""
  const requests: Array<string> = []
  const errors: Array<string> = []

  // Without chromium each test fails with this (rather than the suite's hook, which would count them skipped).
  const missing = existsSync(CHROMIUM)
    ? null
    : `${CHROMIUM} is missing but ZAB_REQUIRE_BROWSER=1 requires the browser tests: install Debian's chromium (apt-get install -y chromium, as .ci/run does)`

  beforeAll(async () => {
    if (missing !== null) return
    const { chromium } = await import("playwright-core")
    dir = mkdtempSync(join(tmpdir(), "zab-view-browser-"))
    // A fresh profile directory, and every background service off: this machine has no network to reach.
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1500, height: 900 },
    })
    context.on("request", (request) => void requests.push(request.url()))
    // Anything but the page itself is refused before it leaves (and recorded above, so the test sees it).
    await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()))
  })

  afterAll(async () => {
    await context?.close()
  })

  function requireChromium(): void {
    if (missing !== null) throw new Error(missing)
  }

  async function open(path: string): Promise<Page> {
    const page = await context!.newPage()
    page.on("pageerror", (error) => void errors.push(String(error)))
    requests.length = 0
    await page.goto(pathToFileURL(path).href)
    await page.waitForSelector("#svg g.msg", { state: "attached" })
    return page
  }

  it("shows a shrunk counterexample: a lane per server, arrows, the violation marked, a slider that changes the state shown; nothing is fetched", async () => {
    requireChromium()
    const file = await counterexample(dir)
    const out = join(dir, "cx.html")
    expect(await main(["view", file, "-o", out], io(dir))).toBe(0)
    const page = await open(out)
    expect(requests).toEqual([pathToFileURL(out).href])
    expect(await page.locator("#lanes div", { hasText: /^server \d$/ }).allTextContents()).toEqual(["server 1", "server 2", "server 3"])
    expect(await page.locator("#svg g.msg").count()).toBeGreaterThan(10)
    // The page opens at the violation: banner, its row, the step that led to it, the server it names.
    await expect.poll(() => page.locator("#banner").textContent()).toMatch(/VIOLATION of AcknowledgedDurable/)
    expect(await page.locator("#svg rect.violation").count()).toBe(1)
    expect(await page.locator("#svg rect.violation-step").count()).toBe(1)
    expect(await page.locator("#lanes div.named").allTextContents()).toEqual(["server 3"])
    expect(await page.locator("#event").getAttribute("class")).toBe("bad")
    const total = await page.evaluate<number>("window.zabView.position()")
    const atViolation = await page.locator("#state").textContent()
    // Keys move the slider: Home to the first event, then one step on with shift+right.
    await page.keyboard.press("Home")
    expect(await page.locator("#slider").inputValue()).toBe("0")
    const atStart = await page.locator("#state").textContent()
    expect(atStart).not.toBe(atViolation)
    expect(atStart).toMatch(/not started|down/)
    await page.keyboard.press("Shift+ArrowRight")
    const stepValue = Number(await page.locator("#slider").inputValue())
    expect(stepValue).toBeGreaterThan(0)
    expect(await page.locator("#position").textContent()).toMatch(/step 1/)
    await page.keyboard.press("ArrowRight")
    expect(Number(await page.locator("#slider").inputValue())).toBe(stepValue + 1)
    // Dragging the slider (an input event) to the middle shows yet another state, with leaders in it.
    await page.locator("#slider").fill(String(Math.floor(total / 2)))
    expect(await page.locator("#state").textContent()).toMatch(/leading/)
    // V goes back to the violation.
    await page.keyboard.press("v")
    expect(await page.locator("#state").textContent()).toBe(atViolation)
    // Hovering an arrow tells the whole message.
    const view = (await page.locator("#diagram").boundingBox())!
    const arrows = page.locator("#svg g.msg .hit")
    let box: { x: number; y: number; width: number; height: number } | null = null
    for (let i = 0; i < (await arrows.count()) && box === null; i++) {
      const b = await arrows.nth(i).boundingBox()
      // One wholly in view, below the sticky lane names.
      if (b !== null && b.y > view.y + 40 && b.y + b.height < view.y + view.height && b.height > 10) box = b
    }
    expect(box).not.toBeNull()
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2)
    await expect.poll(() => page.locator("#tip").isVisible()).toBe(true)
    expect(await page.locator("#tip").textContent()).toMatch(/^\d -> \d {2}\S+.*\nsent after event \d+/)
    await page.mouse.move(5, 5)
    // The screenshot of the run at its crash step.
    const crash = await page.locator("#svg text.rowtext", { hasText: /^step \d+: crash/ }).first().textContent()
    expect(crash).toMatch(/^step 5: crash 3 lose-unsynced/)
    await page.keyboard.press("Home")
    for (let i = 0; i < 5; i++) await page.keyboard.press("Shift+ArrowRight")
    expect(await page.locator("#event").textContent()).toMatch(/step 5: crash/)
    const png = join(dir, "counterexample.png")
    await page.screenshot({ path: png })
    const bytes = readFileSync(png)
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(bytes.readUInt32BE(16)).toBe(1500) // IHDR width
    expect(bytes.readUInt32BE(20)).toBe(900)
    expect(statSync(png).size).toBeGreaterThan(40_000) // a blank or error page compresses to a few kB
    expect(errors).toEqual([])
    expect(requests).toEqual([pathToFileURL(out).href])
    process.stdout.write(`zab view screenshot: ${png}\n`)
    await page.close()
  })

  it("draws client operations as bars on their sessions' lanes, the non-conforming ones outlined, with the operation on hover", async () => {
    requireChromium()
    const out = join(dir, "client.html")
    expect(await main(["view", corpusFile("sync-answered-locally.jsonl"), "-o", out], io(dir))).toBe(0)
    const page = await open(out)
    expect(await page.locator("#lanes div.session").count()).toBeGreaterThanOrEqual(2)
    await page.evaluate("window.zabView.setPos(70, true)")
    expect(await page.locator("#svg g.cop.violating").count()).toBe(3)
    await page.locator("#svg g.cop.violating").last().hover()
    await expect.poll(() => page.locator("#tip").textContent()).toMatch(/getData \/a -> NONODE[\s\S]*sub-history/)
    expect(errors).toEqual([])
  })

  it("draws an explored path of the model with arrows between its spec actions, and says the peer is the model", async () => {
    requireChromium()
    const file = await modelCounterexample(join(dir, "explore"), ["explore", "--config", "n3_b", "--bug", "reuse-epoch"])
    const out = join(dir, "explore.html")
    expect(await main(["view", file, "-o", out], io(dir))).toBe(0)
    const page = await open(out)
    expect(await page.locator("#svg g.msg").count()).toBeGreaterThan(5)
    expect(await page.locator("#svg text", { hasText: /^CEPOCH\(0\)$/ }).count()).toBeGreaterThan(0)
    expect(await page.locator("body").textContent()).toMatch(/broken model: reuse-epoch/)
    await expect.poll(() => page.locator("#banner").textContent()).toMatch(/VIOLATION of Leadership2/)
    const png = join(dir, "explore.png")
    await page.screenshot({ path: png })
    expect(statSync(png).size).toBeGreaterThan(40_000)
    expect(errors).toEqual([])
    expect(requests).toEqual([pathToFileURL(out).href])
    await page.close()
  })

  it("opens a trace of thousands of events drawing only the rows in view, and reaches its end", async () => {
    requireChromium()
    const file = join(dir, "long.jsonl")
    writeFileSync(file, longTrace(400))
    const out = join(dir, "long.html")
    expect(await main(["view", file, "-o", out], io(dir))).toBe(0)
    const events = readTrace(readFileSync(file, "utf8")).events.filter(drawn).length
    expect(events).toBeGreaterThan(5000)
    const page = await open(out)
    const shown = await page.evaluate<{ first: number; last: number }>("window.zabView.drawnRows()")
    expect(shown.last - shown.first).toBeLessThan(200)
    expect(await page.locator("#svg text.rowtext").count()).toBeLessThan(200)
    await page.keyboard.press("End")
    expect(await page.evaluate<number>("window.zabView.position()")).toBe(events - 1)
    const end = await page.evaluate<{ first: number; last: number }>("window.zabView.drawnRows()")
    expect(end.last).toBe(events - 1)
    expect(await page.locator("#state").textContent()).toMatch(/broadcast/)
    expect(errors).toEqual([])
    expect(requests).toEqual([pathToFileURL(out).href])
    await page.close()
  }, 180_000)
})
