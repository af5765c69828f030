/**
 * An explorer's counterexample as a trace in the shared format (traces/schema.ts, target "model"), and its
 * replay. The header's `explore` holds the path as spec labels with the bounds and checks the search ran
 * under; its schedule holds the configuration (servers, and the model bugs as `bugs`) and no steps. The
 * events are the View before the first action, then per spec action its SpecAction (with the model state
 * it reached), what it changed as the implementation would report it (RoleChange, Delivered: the helper
 * harness/model-target.ts uses for walks) and the View after it, and the Violation last.
 *
 * The model states stay in the file: a shortest path is short (tens of actions), a state of a few servers
 * is a few kilobytes of JSON, and the state after each action is what one reads to see why a message was
 * handled as it was, which the cluster view does not show (channels, the leader's cepochRecv, ackeRecv).
 *
 * Replay re-applies the labels from Init through the actions (with the file's model bugs), checking what
 * the search checked in the order it checked it: the state invariants on Init, then on each transition the
 * step invariants and the state invariants of the state reached. It stops at the first violation, as the
 * search does, or at the first label not enabled where it stands.
 */
import { assert } from "../impl/core/assert.js"
import { defaultSimConfig } from "../schedule/steps.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "../traces/schema.js"
import { type Label, actions, applyLabel } from "../model/actions.js"
import { actionsWithBugs } from "../model/model-bugs.js"
import { defaultChecks } from "../model/checks.js"
import { type ModelExploration, type SpecLabel, actionArity } from "../model/explore-step.js"
import type { ModelViolation, StateCheck, StepCheck, TraceStep } from "../model/explore.js"
import { formatLabel } from "../model/spec-text.js"
import { checkSpecInvariants } from "../model/spec-invariants.js"
import { project } from "../model/model-view.js"
import { changes } from "./model-target.js"
import { type ModelConfig, initialState } from "../model/model-state.js"

for (const info of actions) assert(actionArity[info.name] === info.arity, `explore-step.ts's arity of ${info.name} is actions.ts's`)

export type ExploreChecks = ModelExploration["checks"]

/** A model label (server indexes from 0) as a trace records it (server ids from 1), and back. */
export function specLabelOf(label: Label): SpecLabel {
  return { action: label.action, args: label.args.map((i) => i + 1) }
}

export function modelLabelOf(label: SpecLabel): Label {
  return { action: label.action, args: label.args.map((id) => id - 1) }
}

/** The checks `zab explore` runs: "spec" (--spec-only) Zab.tla's invariants, "all" those and the project's. */
export function exploreChecks(checks: ExploreChecks): { readonly invariants: ReadonlyArray<StateCheck>; readonly stepInvariants: ReadonlyArray<StepCheck> } {
  return checks === "spec" ? { invariants: [checkSpecInvariants], stepInvariants: [] } : defaultChecks()
}

/** The events of a path (`trace[0]` the initial state) that ended in `violation`, or ran to its end if null. */
export function explorationEvents(trace: ReadonlyArray<TraceStep>, violation: ModelViolation | null): Array<TraceEvent> {
  assert(trace.length > 0 && trace[0]!.label === null, "a path starts at Init")
  let before = project(trace[0]!.state)
  const events: Array<TraceEvent> = [{ _tag: "View", step: null, view: before }]
  trace.slice(1).forEach((step, index) => {
    assert(step.label !== null, "only the initial state has no label")
    const after = project(step.state)
    events.push({ _tag: "SpecAction", index, label: specLabelOf(step.label), text: formatLabel(step.label), state: step.state })
    events.push(...changes(before, after))
    events.push({ _tag: "View", step: index, view: after })
    before = after
  })
  if (violation !== null) events.push({ _tag: "Violation", invariant: violation.invariant, message: violation.message, servers: [] })
  return events
}

export interface ExploreTraceOptions {
  readonly config: ModelConfig
  readonly symmetry: boolean
  readonly checks: ExploreChecks
  readonly bugs: ReadonlyArray<string>
}

/** The counterexample file of a violation the explorer found at the end of `trace`. */
export function exploreCounterexample(
  options: ExploreTraceOptions,
  violation: ModelViolation,
  trace: ReadonlyArray<TraceStep>,
): { readonly header: TraceHeader; readonly events: ReadonlyArray<TraceEvent> } {
  const labels = trace.slice(1).map((step) => specLabelOf(step.label!))
  return {
    header: {
      format: TRACE_FORMAT,
      version: TRACE_VERSION,
      target: "model",
      seed: null,
      run: null,
      schedule: { config: defaultSimConfig(options.config.servers, options.bugs), steps: [] },
      explore: { actions: labels, parameters: options.config.parameters, symmetry: options.symmetry, checks: options.checks },
      violated: violation.invariant,
    },
    events: explorationEvents(trace, violation),
  }
}

export interface ExplorationReplay {
  readonly events: ReadonlyArray<TraceEvent>
  /** The first violation along the path, and the index of the action that reached it (-1: Init). */
  readonly violation: (ModelViolation & { readonly at: number }) | null
  /** The index of the first label that is not enabled in the state the labels before it reach, if any. */
  readonly notEnabled: number | null
  /** The path as far as it went, initial state first. */
  readonly trace: ReadonlyArray<TraceStep>
}

/** Re-apply an explored path with these model bugs on (names model/model-bugs.ts knows). Deterministic. */
export function replayExploration(servers: number, bugs: ReadonlyArray<string>, explore: ModelExploration): ExplorationReplay {
  const config: ModelConfig = { servers, parameters: explore.parameters }
  const next = actionsWithBugs(bugs)
  const checks = exploreChecks(explore.checks)
  let state = initialState(config)
  const trace: Array<TraceStep> = [{ label: null, state }]
  const stateViolation = (at: number): (ModelViolation & { readonly at: number }) | null => {
    for (const check of checks.invariants) {
      const found = check(state)
      if (found !== null) return { ...found, at }
    }
    return null
  }
  let violation = stateViolation(-1)
  let notEnabled: number | null = null
  for (let k = 0; violation === null && k < explore.actions.length; k++) {
    const label = modelLabelOf(explore.actions[k]!)
    const after = applyLabel(config, state, label, next)
    if (after === null) {
      notEnabled = k
      break
    }
    for (const check of checks.stepInvariants) {
      const found = check(state, after, label)
      if (found !== null) {
        violation = { ...found, at: k }
        break
      }
    }
    state = after
    trace.push({ label, state })
    violation ??= stateViolation(k)
  }
  return { events: explorationEvents(trace, violation), violation, notEnabled, trace }
}
