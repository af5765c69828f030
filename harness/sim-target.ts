/**
 * The simulator target: one run of a schedule on the simulator. Start the cluster, take the schedule's
 * steps checking every invariant after each (on the cluster view harness/sim-view.ts projects from the
 * world), then the liveness phase. Safety violations and "no progress" are reported apart. With `validate`
 * the world's events also go, as they happen, to the model's validator (traces/validate.ts).
 */
import { type Violation, checkState, checkStep } from "../properties/invariants.js"
import type { InvariantError, InvariantSet } from "../properties/user-invariants.js"
import type { HistoryEvent } from "../impl/history-events.js"
import { checkHistory } from "../properties/history/check.js"
import { historyOf } from "../properties/history/history.js"
import { formatOperation } from "../properties/history/verdict-text.js"
import type { ClusterView } from "../properties/view.js"
import type { TraceEvent } from "../traces/schema.js"
import { rejectionSummary } from "../traces/format.js"
import type { Rejection } from "../traces/validate.js"
import { type ValidationSpec, traceValidator } from "../traces/validate-system.js"
import type { Schedule } from "../schedule/steps.js"
import { World } from "../impl/sim/world.js"
import { SimView } from "./sim-view.js"

export interface RunResult {
  /** The first invariant violated, or NoProgress when the liveness phase failed; null if the run passed. */
  readonly violation: Violation | null
  /** Index of the schedule step after which the violation was seen; steps.length for the liveness phase. */
  readonly failedAt: number | null
  readonly stepsTaken: number
  readonly coverage: ReadonlyMap<string, number>
  /** With `record`: every event of the run, the schedule steps rendered as they took effect. */
  readonly events: ReadonlyArray<TraceEvent> | null
  /** With `validate`: the model's rejection of the run (the ModelRefinement violation), else null. */
  readonly rejection: Rejection | null
  /** The view that broke the invariant (for the report). */
  readonly view: ClusterView | null
  /** For an invariant over two consecutive views (checkStep): the view before the step. */
  readonly previousView: ClusterView | null
  /**
   * A user invariant that threw, which ended the run (neither a pass nor a violation), with the index of the
   * step after which it threw (steps.length for the liveness phase); null otherwise.
   */
  readonly invariantError: (InvariantError & { readonly failedAt: number }) | null
  /**
   * For a failure in the liveness phase, the stage in which it was seen (the probe then running, 0 the
   * first); null for one seen among the steps or by the checks at the run's end.
   */
  readonly livenessStage: number | null
}

export interface RunOptions {
  readonly record?: boolean
  /** Check the invariants after every step (default) or only after the schedule and at the end. */
  readonly checkEveryStep?: boolean
  /**
   * Validate the run against the abstract model as it happens (traces/validate.ts): an event the model
   * cannot follow fails the run as ModelRefinement, even when no invariant notices.
   */
  readonly validate?: boolean
  /** Which spec validation uses: Zab.tla's (default), or with the system spec's election (traces/validate-system.ts). */
  readonly spec?: ValidationSpec
  /** Invariants of the user's, checked after the built-in ones on every view the built-in ones see. */
  readonly invariants?: InvariantSet
  /** Check the built-in invariants of properties/ (default); false leaves only the user's, NoProgress and validation. */
  readonly builtIn?: boolean
  /** Judge the run's client history (properties/history/) at its end, as ClientHistory: on unless false. */
  readonly history?: boolean
  /**
   * Where to end a run that has not failed yet (default: the whole liveness phase and the end-of-run checks):
   * -1 ends it after the schedule's steps, k >= 0 after stage k of the liveness phase (World.laterProbes), passed
   * unless it failed by then. Shrinking a failure seen at some point only asks whether a candidate fails by
   * that point too, and the liveness phase's later probes are most of a passing run's time.
   */
  readonly lastLivenessStage?: number
}

/** The name a client history that does not conform (properties/history/) carries as a violation. */
export const CLIENT_HISTORY = "ClientHistory"

/** The name the simulator's check of the peer's snapshot cadence (snapCount) carries as a violation. */
export const SNAPSHOT_CADENCE = "SnapshotCadence"
/**
 * The name a divergence of servers' trees carries as a violation: on the simulator, two trees serialised at
 * the same zxid that differ; on a real cluster, the servers' trees after the liveness phase (net-target.ts).
 */
export const REPLICAS_CONVERGE = "ReplicasConverge"
/** The name a server's session table that is not what its applied txns left open carries as a violation. */
export const SESSION_TABLE = "SessionTable"
/** A disk that lost, or never stored, a snapshot whose preceding writes were synced. */
export const SNAPSHOT_DURABILITY = "SnapshotDurability"
/** The name a snapshot that does not restore its tree carries as a violation. */
export const SNAPSHOT_RESTORES = "SnapshotRestores"
/** The name a snapshot file altered on disk and misread (CorruptSnapshot, RewriteSnapshot steps) carries as a violation. */
export const SNAPSHOT_INTEGRITY = "SnapshotIntegrity"

/** What a target promises its clients beyond ZooKeeper's model. */
export interface ClientPromises {
  /**
   * getChildren lists the names in code-unit order. ZooKeeper leaves the order unspecified (a HashSet's);
   * zab's servers fix one, so that runs replay byte for byte and every server answers a state alike.
   */
  readonly childrenInCodeUnitOrder: boolean
}

/** ZooKeeper's promises alone: what a history of Apache ZooKeeper is held to. */
export const zookeeperPromises: ClientPromises = { childrenInCodeUnitOrder: false }
/** What zab's servers promise, on the simulator and over TCP. */
export const zabPromises: ClientPromises = { childrenInCodeUnitOrder: true }

/**
 * The run's client history judged against ZooKeeper's consistency model and the target's own promises, as
 * a violation, or null when it conforms. A search that runs out of budget fails the run too (nothing
 * passes undecided); a simulator run's history, tens of writes, is far below the budget.
 */
export function historyViolation(history: ReadonlyArray<HistoryEvent>, promises: ClientPromises = zookeeperPromises): Violation | null {
  if (promises.childrenInCodeUnitOrder) {
    const unordered = childrenOutOfOrder(history)
    if (unordered !== null) return { invariant: CLIENT_HISTORY, message: unordered, servers: [] }
  }
  const verdict = checkHistory(historyOf(history))
  switch (verdict._tag) {
    case "Ok":
      return null
    case "Unknown":
      return { invariant: CLIENT_HISTORY, message: `the client history could not be decided: ${verdict.reason}`, servers: [] }
    case "Violation": {
      const ops = verdict.subHistory.map((shown) => formatOperation(shown, (index) => index + 1, "event")).join("; ")
      return { invariant: CLIENT_HISTORY, message: `no order of these client operations explains their results: ${ops}`, servers: [] }
    }
  }
}

function childrenOutOfOrder(history: ReadonlyArray<HistoryEvent>): string | null {
  const paths = new Map<number, string>()
  for (const e of history) {
    if (e._tag === "OpInvoked") {
      if (e.operation._tag === "GetChildren") paths.set(e.op, e.operation.path)
      continue
    }
    const children = e.result._tag === "Ok" ? e.result.children : undefined
    if (children === undefined) continue
    for (let i = 1; i < children.length; i++) {
      // Code units, as JavaScript's < compares strings (not localeCompare's collation).
      if (!(children[i - 1]! < children[i]!)) return `getChildren(${paths.get(e.op) ?? "?"}) (operation ${e.op}) listed its children out of code-unit order: ${children.join(", ")}`
    }
  }
  return null
}

/** The name a rejection by the model carries as a violation. */
export const MODEL_REFINEMENT = "ModelRefinement"

export function runSchedule(schedule: Schedule, options: RunOptions = {}): RunResult {
  const validator = options.validate === true ? traceValidator(options.spec ?? "protocol", schedule.config.servers) : null
  const world = new World(schedule.config, {
    record: options.record === true,
    ...(validator === null ? {} : { sink: (event: TraceEvent) => void validator.push(event), ...(options.spec === "system" ? { sinkNotifications: true } : {}) }),
  })
  const everyStep = options.checkEveryStep !== false
  const builtIn = options.builtIn !== false
  // A fresh set per run: an error belongs to the run in which the check threw.
  const user = options.invariants !== undefined && !options.invariants.empty ? options.invariants.fresh() : null
  const projection = new SimView(world)
  // While recording, the trace is the world's runtime events with the run's own (each Step before the
  // events it caused, a View after each step, the liveness phase, the violation) placed among them.
  const events: Array<TraceEvent> | null = world.events === null ? null : []
  let copied = 0
  const copyWorldEvents = (): void => {
    if (events === null || world.events === null) return
    for (; copied < world.events.length; copied++) events.push(world.events[copied]!)
  }
  const harnessEvent = (event: TraceEvent): void => {
    if (events === null) return
    copyWorldEvents()
    events.push(event)
  }
  world.start()
  let before = projection.view()
  let stepsTaken = 0
  let previousView: ClusterView | null = null
  let livenessStage: number | null = null
  // While recording, the cluster view after each step taken goes into the trace (a View event), so traces of
  // one schedule on different targets or versions can be compared view by view (`zab diff`).
  if (events !== null) harnessEvent({ _tag: "View", step: null, view: projection.view() })
  const finish = (violation: Violation | null, failedAt: number | null, view: ClusterView | null): RunResult => {
    if (events !== null && (failedAt === null || failedAt === schedule.steps.length)) harnessEvent({ _tag: "View", step: schedule.steps.length, view: projection.view() })
    if (violation !== null) harnessEvent({ _tag: "Violation", invariant: violation.invariant, message: violation.message, servers: [...violation.servers] })
    copyWorldEvents()
    const thrown = user?.error ?? null
    const invariantError = thrown === null ? null : { ...thrown, failedAt: failedAt ?? schedule.steps.length }
    const stage = violation !== null && failedAt === schedule.steps.length ? livenessStage : null
    return { violation, failedAt, stepsTaken, coverage: world.coverage, events, rejection: validator?.rejection ?? null, view, previousView, invariantError, livenessStage: stage }
  }
  const check = (): Violation | null => {
    const rejection = validator?.rejection ?? null
    if (rejection !== null) {
      before = projection.view()
      return { invariant: MODEL_REFINEMENT, message: rejectionSummary(rejection), servers: [...rejection.servers] }
    }
    const after = projection.view()
    // The same view object means nothing an invariant reads has changed since the last check.
    if (after === before) return null
    const found = builtIn ? checkState(after) : null
    if (found !== null) {
      before = after
      return found
    }
    const stepFound = builtIn ? checkStep(before, after) : null
    if (stepFound !== null) previousView = before
    const userFound = stepFound === null && user !== null ? user.check(after) : null
    before = after
    return stepFound ?? userFound
  }
  /** A user invariant threw: the run ends here, reported as that invariant's error. */
  const userError = (): boolean => user !== null && user.error !== null
  for (let index = 0; index < schedule.steps.length; index++) {
    const step = schedule.steps[index]!
    copyWorldEvents()
    const text = world.apply(step)
    if (text === null) continue
    stepsTaken += 1
    if (events !== null) {
      // The step's own event goes before the events it caused.
      events.push({ _tag: "Step", index, step, text })
      harnessEvent({ _tag: "View", step: index, view: projection.view() })
    }
    if (everyStep) {
      const found = check()
      if (found !== null) return finish(found, index, before)
      if (userError()) return finish(null, index, null)
    }
  }
  const end = check()
  if (end !== null) return finish(end, schedule.steps.length, before)
  if (userError()) return finish(null, schedule.steps.length, null)
  if (options.lastLivenessStage !== undefined && options.lastLivenessStage < 0) return finish(null, null, null)
  harnessEvent({ _tag: "LivenessPhase", text: "faults stop: heal, restart every server, deliver fairly" })
  let safety: Violation | null = null
  const liveness = world.liveness(() => {
    safety = check()
    if (safety === null && userError()) return `invariant ${user!.error!.invariant} threw`
    return safety === null ? null : safety.message
  }, options.lastLivenessStage)
  livenessStage = world.livenessStage
  if (safety !== null) return finish(safety, schedule.steps.length, before)
  if (userError()) return finish(null, schedule.steps.length, null)
  // Built in: how often a server snapshots is the peer's contract with its disk, whatever the safety says.
  const lapse = world.snapshotLapses[0]
  if (builtIn && lapse !== undefined) return finish({ invariant: SNAPSHOT_CADENCE, message: lapse.text, servers: [lapse.server] }, schedule.steps.length, projection.view())
  // Built in too: what a server's snapshot holds is what a restart or a SNAP goes on from.
  if (builtIn) world.checkFinalSnapshotsRestore()
  const unrestorable = world.unrestorableSnapshots[0]
  if (builtIn && unrestorable !== undefined) return finish({ invariant: SNAPSHOT_RESTORES, message: unrestorable.text, servers: [unrestorable.server] }, schedule.steps.length, projection.view())
  // A snapshot damaged on the disk must be refused, for what is wrong with it; one re-encoded, loaded to its tree.
  const missed = world.integrityLapses[0]
  if (builtIn && missed !== undefined) return finish({ invariant: SNAPSHOT_INTEGRITY, message: missed.text, servers: [missed.server] }, schedule.steps.length, projection.view())
  // A disk keeps the newest snapshot whose preceding writes were synced (through a crash, and to the run's end).
  const lost = world.snapshotDurabilityLapses[0]
  if (builtIn && lost !== undefined) return finish({ invariant: SNAPSHOT_DURABILITY, message: lost.text, servers: [lost.server] }, schedule.steps.length, projection.view())
  // Each server's session table is what its txns opened and did not close.
  const table = world.sessionTableLapses[0]
  if (builtIn && table !== undefined) return finish({ invariant: SESSION_TABLE, message: table.text, servers: [table.server] }, schedule.steps.length, projection.view())
  // Replicas at the same zxid hold the same tree (compared as snapshots were serialised, and just now).
  const divergent = world.divergentReplicas[0]
  if (builtIn && divergent !== undefined) return finish({ invariant: REPLICAS_CONVERGE, message: divergent.text, servers: [divergent.server] }, schedule.steps.length, projection.view())
  // NoProgress is a built-in property: with only the user's invariants, the liveness phase still runs (they
  // are checked through it) but a peer that makes no progress is not reported.
  if (!builtIn) return finish(null, null, null)
  // A client left waiting as its server left its role is seen when it happens, before anything the end of
  // the liveness phase judges (a write never answered there may be its consequence).
  const kept = world.keptPastRoleChange[0]
  if (options.history !== false && kept !== undefined) {
    const message = `server ${kept.server} left its role for an election with client write #${kept.request} unanswered: a server that leaves its role must tell each client it holds a write of (ConnectionLoss)`
    return finish({ invariant: CLIENT_HISTORY, message, servers: [kept.server] }, schedule.steps.length, projection.view())
  }
  if (!liveness.ok) return finish({ invariant: "NoProgress", message: liveness.reason, servers: [] }, schedule.steps.length, projection.view())
  // A truncated phase skipped the probes whose outcome the checks below read: what it ran passed.
  livenessStage = null
  if (liveness.truncated === true) return finish(null, null, null)
  if (liveness.unanswered.length > 0) {
    const first = liveness.unanswered[0]!
    const message = `client write #${first.request} on server ${first.server} was never answered, though the server delivered the liveness probe written after it${liveness.unanswered.length > 1 ? ` (and ${liveness.unanswered.length - 1} more)` : ""}`
    return finish({ invariant: "NoProgress", message, servers: [...new Set(liveness.unanswered.map((u) => u.server))] }, schedule.steps.length, projection.view())
  }
  if (liveness.stragglers.length > 0) {
    const servers = liveness.stragglers
    if (schedule.config.quorumLiveness !== true) {
      const message = `no progress within ${schedule.config.livenessTicks} ticks after faults stopped: a quorum delivered the probe write, but server${servers.length > 1 ? "s" : ""} ${servers.join(", ")} did not join the leader's epoch`
      return finish({ invariant: "NoProgress", message, servers: [...servers] }, schedule.steps.length, projection.view())
    }
    world.countBranch("sim-liveness-straggler")
  }
  // The client history is a built-in property too.
  const twice = world.answeredTwice[0]
  if (options.history !== false && twice !== undefined) {
    const message = `server ${twice.server} answered client write #${twice.request} twice: it refused it (${twice.reason}) after answering it`
    return finish({ invariant: CLIENT_HISTORY, message, servers: [twice.server] }, schedule.steps.length, projection.view())
  }
  const stamp = world.misstamped[0]
  if (options.history !== false && stamp !== undefined) {
    const message = `server ${stamp.server} told the client of write #${stamp.request} a ${stamp.field} of ${stamp.timeMs} ms, outside the ${stamp.invokedMs} to ${stamp.answeredMs} ms (virtual) in which the write was in flight`
    return finish({ invariant: CLIENT_HISTORY, message, servers: [stamp.server] }, schedule.steps.length, projection.view())
  }
  if (options.history !== false) world.auditStats()
  const misreported = world.misreported[0]
  if (options.history !== false && misreported !== undefined) {
    return finish({ invariant: CLIENT_HISTORY, message: misreported.text, servers: [misreported.server] }, schedule.steps.length, projection.view())
  }
  const unissued = world.refusedUnissued[0]
  if (options.history !== false && unissued !== undefined) {
    const message = `server ${unissued.server} refused client write #${unissued.request} (${unissued.reason}), which no client handed to it since it started`
    return finish({ invariant: CLIENT_HISTORY, message, servers: [unissued.server] }, schedule.steps.length, projection.view())
  }
  const history = options.history === false ? null : historyViolation(world.history, zabPromises)
  if (history !== null) return finish(history, schedule.steps.length, projection.view())
  return finish(null, null, null)
}
