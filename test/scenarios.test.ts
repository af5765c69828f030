/**
 * Goal: the protocol's behaviour in each phase is written down as text a reviewer can read, and any change
 * to it shows up as a diff. Method: each test/scenarios/*.txt opens with a `#` paragraph (which ZAB rule it
 * shows), then commands, each followed by `----` and what the simulated cluster did in response: messages
 * received, role changes, deliveries, client replies, crashes. The test runs every command and compares the
 * printed output with the file; `UPDATE_GOLDEN=1 npx vitest run test/scenarios.test.ts` rewrites the files,
 * and the diff is reviewed like code (etcd raft's datadriven tests, in spirit).
 *
 * Commands: `servers N [bugs...]`, `settle`, `settle-slow` (no fsyncs), `tick [N]`, `deliver PICK`,
 * `fsync S`, `write S PATH`, `crash S keep|lose-unsynced|torn`, `crash-leader MODE`, `restart S`,
 * `partition S,S...`, `isolate-leader`, `heal`, `reset A B`, `view` (every server's state).
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { formatZxid } from "../impl/core/zxid.js"
import { type DiskMode, type Step, defaultSimConfig } from "../schedule/steps.js"
import { describeMessage } from "../impl/message-text.js"
import { World } from "../impl/sim/world.js"
import type { ClusterView } from "../properties/view.js"
import { SimView } from "../harness/sim-view.js"
import { checkState } from "../properties/invariants.js"
import { describeBranch, describeCrash, describeFsync, describeRecovery, describeResult, describeRoleChange } from "../traces/format.js"
import type { TraceEvent } from "../traces/schema.js"

/** The cluster view of a world, through one memoised projection per world (as the simulator target reads it). */
const projections = new WeakMap<World, SimView>()
function viewOf(world: World): ClusterView {
  let projection = projections.get(world)
  if (projection === undefined) {
    projection = new SimView(world)
    projections.set(world, projection)
  }
  return projection.view()
}

const dir = join(import.meta.dirname, "scenarios")
const update = process.env["UPDATE_GOLDEN"] === "1"

function printEvent(event: TraceEvent): string | null {
  switch (event._tag) {
    case "Received":
      return `${event.from}->${event.server} ${describeMessage(event.message)}`
    case "Observed": {
      const e = event.effect
      if (e._tag === "RoleChange") return `${event.server} becomes ${describeRoleChange(e)}`
      if (e._tag === "Established") return `${event.server} ESTABLISHED epoch ${e.epoch}`
      if (e._tag === "Observe") return `${event.server} ${describeBranch(e)}`
      return null
    }
    case "Delivered":
      return `${event.server} delivers ${formatZxid(event.zxid)}`
    case "Replied":
      return `${event.server} answers client #${event.request}: ${describeResult(event)}`
    case "Crashed":
      return `${event.server} CRASHED (${describeCrash(event)})`
    case "Restarted":
      return `${event.server} restarts: ${describeRecovery(event, ", ")}`
    case "FsyncCompleted":
      return `${event.server} ${describeFsync(event)}`
    case "ClientRequest":
    case "Partitioned":
    case "Healed":
    case "Step":
    case "LivenessPhase":
    case "Violation":
    case "View":
    case "Sent":
    case "Wrote":
    case "ConnectionLost":
    case "SpecAction":
    case "OpInvoked":
    case "OpCompleted":
      return null
  }
}

function parseStep(words: ReadonlyArray<string>): Step | Array<Step> {
  const [command, a, b] = words
  const n = (text: string | undefined): number => {
    const value = Number(text)
    if (!Number.isInteger(value)) throw new Error(`expected a number in "${words.join(" ")}"`)
    return value
  }
  switch (command) {
    case "settle":
      return { _tag: "Settle", fsync: true }
    case "settle-slow":
      return { _tag: "Settle", fsync: false }
    case "tick":
      return Array.from({ length: a === undefined ? 1 : n(a) }, () => ({ _tag: "Tick" as const }))
    case "deliver":
      return { _tag: "Deliver", pick: n(a) }
    case "fsync":
      return { _tag: "Fsync", server: n(a) }
    case "write":
      return { _tag: "ClientWrite", server: n(a), op: { _tag: "Create", path: b ?? "/x", data: "v" } }
    case "crash":
      return { _tag: "Crash", server: n(a), disk: (b ?? "keep") as DiskMode }
    case "crash-leader":
      return { _tag: "CrashLeader", disk: (a ?? "keep") as DiskMode }
    case "restart":
      return { _tag: "Restart", server: n(a) }
    case "partition":
      return { _tag: "Partition", group: (a ?? "").split(",").map(n) }
    case "isolate-leader":
      return { _tag: "IsolateLeader" }
    case "heal":
      return { _tag: "Heal" }
    case "reset":
      return { _tag: "Reset", a: n(a), b: n(b) }
    default:
      throw new Error(`unknown scenario command "${words.join(" ")}"`)
  }
}

function printView(world: World): Array<string> {
  return viewOf(world).servers.map((s) => {
    const delivered = s.history.slice(0, s.committed).map((t) => formatZxid(t.zxid))
    const logged = s.history.slice(s.committed).map((t) => formatZxid(t.zxid))
    return `${s.id} ${s.up ? `${s.role}/${s.phase}` : "down"} acceptedEpoch ${s.acceptedEpoch} currentEpoch ${s.currentEpoch} delivered [${delivered.join(" ")}]${logged.length > 0 ? ` logged [${logged.join(" ")}]` : ""}`
  })
}

/** The commands of a script: every line followed by a `----` line. The `#` paragraph comes first. */
function parseScript(text: string): { readonly header: string; readonly commands: ReadonlyArray<string> } {
  const lines = text.split("\n")
  const header: Array<string> = []
  let i = 0
  while (i < lines.length && lines[i]!.startsWith("#")) header.push(lines[i++]!)
  const commands: Array<string> = []
  for (; i < lines.length - 1; i++) if (lines[i + 1] === "----" && lines[i]!.trim() !== "") commands.push(lines[i]!.trim())
  return { header: header.join("\n"), commands }
}

/** Run a script; return it with every command's output replaced by what the cluster printed now. */
function runScript(text: string): string {
  const { header, commands } = parseScript(text)
  const out: Array<string> = [header, ""]
  let world: World | null = null
  for (const command of commands) {
    const words = command.split(/\s+/)
    let printed: Array<string>
    if (words[0] === "servers") {
      world = new World({ ...defaultSimConfig(Number(words[1])), bugs: words.slice(2) }, { record: true })
      world.start()
      printed = world.events!.splice(0).map(printEvent).filter((l): l is string => l !== null)
    } else if (world === null) {
      throw new Error("a script starts with `servers N`")
    } else if (words[0] === "view") {
      printed = printView(world)
    } else {
      const parsed = parseStep(words)
      printed = []
      for (const step of Array.isArray(parsed) ? parsed : [parsed]) {
        if (world.apply(step) === null) printed.push("(skipped: nothing to do)")
        printed.push(...world.events!.splice(0).map(printEvent).filter((l): l is string => l !== null))
        const violation = checkState(viewOf(world))
        if (violation !== null) printed.push(`VIOLATION ${violation.invariant}: ${violation.message}`)
      }
    }
    out.push(command, "----", ...printed, "")
  }
  return out.join("\n")
}

describe("golden interaction scripts", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
  it("there are scripts to run", () => expect(files.length).toBeGreaterThan(0))
  for (const file of files) {
    it(file, () => {
      const path = join(dir, file)
      const expected = readFileSync(path, "utf8")
      expect(expected.startsWith("#"), `${file} must open with a # paragraph citing the ZAB rule it shows`).toBe(true)
      const actual = runScript(expected)
      if (update) writeFileSync(path, actual)
      else expect(actual).toBe(expected)
    })
  }
})
