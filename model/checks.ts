/**
 * What the explorer and the random walk check on the model: the spec's own ten invariants on model states
 * (model/spec-invariants.ts) and the project's battery (properties/invariants.ts: corrected LocalPrimaryOrder,
 * ZxidMonotonic, ...) on the cluster-view projection, plus the battery's step invariants on every
 * transition. Each is a plain function, so a caller can pass any subset.
 */
import { checkState, checkStep } from "../properties/invariants.js"
import type { ClusterView } from "../properties/view.js"
import type { Label } from "./actions.js"
import type { ModelViolation, StateCheck, StepCheck } from "./explore.js"
import { checkSpecInvariants } from "./spec-invariants.js"
import { project } from "./model-view.js"
import type { ModelState } from "./model-state.js"

/** properties/ state invariants on the projection. */
export const propertyInvariants: StateCheck = (s) => {
  const found = checkState(project(s))
  return found === null ? null : { invariant: found.invariant, message: found.message }
}

/**
 * properties/ step invariants on the projections of both ends of a transition. Zab.tla's Restart is a
 * crash and a recovery in one step, so the restarted server gets a new incarnation and is not compared
 * with its former self (its lastCommitted drops to 0 by design).
 */
export function propertyStepInvariants(): StepCheck {
  let lastBefore: ModelState | null = null
  let lastBeforeView: ClusterView | null = null
  let zeros: ReadonlyArray<number> = []
  return (before: ModelState, after: ModelState, label: Label): ModelViolation | null => {
    // A step that changes nothing the projection reads is a stutter of the view, which step invariants
    // (safety properties of the view) always allow; most message-only steps are such stutters.
    if (label.action !== "Restart" && viewUnchanged(before, after)) return null
    if (zeros.length !== before.state.length) zeros = before.state.map(() => 0)
    if (before !== lastBefore) {
      lastBefore = before
      lastBeforeView = project(before, zeros)
    }
    const incarnations = label.action === "Restart" ? zeros.map((_, k) => (k === label.args[0] ? 1 : 0)) : zeros
    const found = checkStep(lastBeforeView!, project(after, incarnations))
    return found === null ? null : { invariant: found.invariant, message: found.message }
  }
}

/** Whether every field project() reads is the same array in both states (successors share unchanged ones). */
function viewUnchanged(a: ModelState, b: ModelState): boolean {
  return (
    a.state === b.state &&
    a.zabState === b.zabState &&
    a.acceptedEpoch === b.acceptedEpoch &&
    a.currentEpoch === b.currentEpoch &&
    a.history === b.history &&
    a.lastCommitted === b.lastCommitted &&
    a.connectInfo === b.connectInfo &&
    a.epochLeader === b.epochLeader &&
    a.proposalMsgsLog === b.proposalMsgsLog
  )
}

/** Everything, as the explorer runs it by default. */
export function defaultChecks(): { readonly invariants: ReadonlyArray<StateCheck>; readonly stepInvariants: ReadonlyArray<StepCheck> } {
  return { invariants: [checkSpecInvariants, propertyInvariants], stepInvariants: [propertyStepInvariants()] }
}
