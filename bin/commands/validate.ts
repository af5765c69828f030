/**
 * `zab validate FILE`: replay an implementation trace through the abstract model of Zab.tla via the
 * abstraction of traces/validate.ts. Exit 0 when the model admits every event, 1 at the first event it
 * cannot take (printed with the actions it had enabled and both states side by side), 2 for bad usage or
 * a file that is malformed or cannot be validated.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { choiceFlag, parseFlags, stringFlag } from "../args.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { loadTraceSync } from "../trace-file.js"
import { formatRejection } from "../../traces/format.js"
import { BadEvent, type Rejection, Validator } from "../../traces/validate.js"
import { validateZooKeeperTrace } from "../../traces/validate-zookeeper.js"
import { SystemValidator } from "../../traces/validate-system.js"
import { type ValidateOutcome, reporterNames, validateJsonReportText, validateJunitReport } from "../../harness/reporters.js"

const usage = `usage: zab validate [--spec protocol|system] [--reporter text|json|junit] [--report FILE] FILE

Replays the events of an implementation trace (format version 2: a counterexample \`zab check\` wrote,
or a merged real-cluster trace from \`zab cluster trace\` or \`zab check --target net\`) through the
abstract model of Zab.tla: every receive, send, storage
write, role change, delivery, crash and restart maps to the spec action it stands for, and the run must be
one the model can take. On the first event the model cannot take it prints the event and its line, why,
the spec actions the model had enabled, and the model state beside the implementation's projection with
the differences marked.

In a real-cluster trace a killed server leaves no Crashed event: its next Restarted stands for the crash,
and what it recovers must be its durable writes plus a prefix of the others.

  --spec S         system (the default for zab's simulator and real-cluster traces): Zab.tla's model, as
                   above, and the whole protocol (election, discovery, sync, broadcast: every message sent
                   and received) against ZooKeeper's system spec ZkV3_7_0.tla's own actions; protocol:
                   Zab.tla's model alone (the only one for ZooKeeper traces). A real-cluster trace
                   recorded before its servers traced their notifications has none to validate
  --reporter R     text (default): the report for a person; json: one versioned JSON document
                   ("zab-validate-report": settings, events, whether admitted, the rejection); junit: JUnit
                   XML, one test case for the trace, for CI. Without --report it goes to stdout instead
                   of the text
  --report FILE    write the report in the chosen format to FILE (its folder is created); stdout keeps
                   the text. Written whatever the outcome

exit codes: 0 the model admits the trace, 1 it rejects an event, 2 bad usage or a malformed or
unsupported file
`

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseFlags(args, { reporter: { type: "string" }, report: { type: "string" }, spec: { type: "string" } }, true)
  const specFlag = choiceFlag(parsed, "spec", ["protocol", "system"] as const, "unset")
  if (parsed.positionals.length !== 1) throw new UsageError("expected exactly one FILE")
  const reporter = choiceFlag(parsed, "reporter", reporterNames, "text")
  const reportFlag = stringFlag(parsed, "report")
  const report = reportFlag === undefined ? null : resolve(io.cwd, reportFlag)
  const started = performance.now()
  let text = ""
  const out = (t: string): void => {
    text += t
    if (reporter === "text" || report !== null) io.out(t)
  }
  const path = resolve(io.cwd, parsed.positionals[0]!)
  const trace = loadTraceSync(path)
  const { header, events } = trace
  if (header.target === "model") throw new InputError(`${path}: line 1: a model trace is the model's own run; validate implementation traces`)
  if (header.version < 2) {
    throw new InputError(`${path}: line 1: trace format version ${header.version} records no sends or storage writes; counterexamples this zab's \`zab check\` writes are version 2`)
  }
  if (header.target === "net" && !events.some((e) => e._tag === "Wrote" || e._tag === "Sent")) {
    throw new InputError(`${path}: line 1: this merged real-cluster trace records no sends or storage writes (its servers predate trace format 2)`)
  }
  const servers = header.schedule.config.servers
  if (specFlag === "system" && header.target === "zookeeper") throw new UsageError(`--spec system validates zab's own traces (simulator or real cluster); ${path} is a ${header.target} trace`)
  // As zab check: zab's own traces against the system spec too unless told otherwise; others against Zab.tla's.
  // Real servers traced the notifications they send only from this format on; older traces cannot show them.
  const sendsNotifications = header.target !== "net" || events.some((e) => e._tag === "Sent" && e.message._tag === "Notification")
  if (specFlag === "system" && !sendsNotifications) throw new InputError(`${path}: its servers did not trace the notifications they sent (they predate validation of real clusters' leader election): validate it with --spec protocol`)
  const spec = specFlag !== "unset" ? specFlag : (header.target === "sim" || header.target === "net") && sendsNotifications ? "system" : "protocol"
  let rejection: Rejection | null
  let counts: ReadonlyMap<string, number>
  let rules = ""
  try {
    if (header.target === "zookeeper") {
      // A decoded ZooKeeper trace goes through the ZooKeeper rules, as `zab check --target zookeeper`
      // validates it; a Violation event is the check's verdict, not ZooKeeper's.
      const validated = validateZooKeeperTrace(servers, events.filter((e) => e._tag !== "Violation"))
      rejection = validated.rejection
      counts = validated.counts
      rules = `ZooKeeper rules applied: ${[...validated.applied].map(([rule, n]) => `${rule} ${n}`).join(", ") || "none"}${validated.rejectedRule === null ? "" : `; the model refused a step inserted by ${validated.rejectedRule}`}\n`
    } else {
      const system = spec === "system" ? new SystemValidator(servers, header.target === "net" ? "net" : "sim") : null
      const validator = system?.protocol ?? new Validator(servers, header.target)
      for (const event of events) if (!(system ?? validator).push(event)) break
      rejection = validator.rejection
      counts = new Map([...validator.counts, ...(system === null ? [] : [...system.election.counts].map(([name, n]) => [`system:${name}`, n] as const))])
    }
  } catch (error) {
    if (error instanceof BadEvent) throw new InputError(`${path}: line ${error.index + 2}: ${error.detail}`)
    throw error
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1])
  let rejected: ValidateOutcome["rejection"] = null
  if (rejection === null) {
    const taken = sorted.map(([name, n]) => `${name} ${n}`)
    out(`admitted: the model of Zab.tla${spec === "system" ? " and the system spec's leader election, discovery, synchronisation and broadcast" : ""} take${spec === "system" ? "" : "s"} all ${events.length} events of ${path} (${servers} servers)\n`)
    out(`model steps taken: ${taken.length === 0 ? "none" : taken.join(", ")}\n`)
    out(rules)
  } else {
    const lines = formatRejection(rejection, rejection.index + 2)
    out(lines.join("\n") + "\n")
    out(rules)
    rejected = { line: rejection.index + 2, message: lines[0] ?? "rejected", text: lines.join("\n") }
  }
  const outcome: ValidateOutcome = {
    trace: path,
    target: header.target,
    servers,
    events: events.length,
    admitted: rejection === null,
    steps: sorted.map(([action, count]) => ({ action, count })),
    rejection: rejected,
    seconds: (performance.now() - started) / 1000,
  }
  const document = reporter === "json" ? validateJsonReportText(outcome) : reporter === "junit" ? validateJunitReport(outcome) : text
  if (report !== null) {
    try {
      mkdirSync(dirname(report), { recursive: true })
      writeFileSync(report, document)
    } catch (error) {
      throw new InputError(`cannot write the report to ${report}: ${error instanceof Error ? error.message : String(error)}`)
    }
  } else if (reporter !== "text") {
    io.out(document)
  }
  return rejection === null ? 0 : 1
}

export const validate: Command = { name: "validate", summary: "check an implementation trace against the model of Zab.tla", usage, run }
