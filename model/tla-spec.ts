/**
 * What a model generated from TLA+ source (model/generated/, written by tla/) offers the explorer, and the
 * breadth-first explorer for it. The search is the one of model/explore.ts, in TLC's manner: every distinct
 * state (by the 64-bit fingerprint of its canonical encoding, with explore.ts's fingerprint set) is checked
 * against the invariants and expanded once; "generated" counts every successor an action yields, duplicates
 * included, plus the initial states; depth counts BFS levels with the initial states at depth 1.
 *
 * Generated states are plain records of TLA+ values (model/tla-values.ts), kept in memory as they are: this
 * explorer is for the small configurations the tests pin, not for the large ones the hand model's packed
 * encoding serves.
 *
 * Pure: no clock, no I/O.
 */
import { assert } from "../impl/core/assert.js"
import { fingerprint } from "./encode.js"
import { FingerprintSet } from "./explore.js"
import { type Value, ValueEncoder, show } from "./tla-values.js"

/** One disjunct of the spec's Next: `\E params: Name(params)`. */
export interface GeneratedAction<S> {
  readonly name: string
  readonly params: ReadonlyArray<string>
  /** Every argument tuple the disjunct's `\E` ranges over in state s, in enumeration order. */
  readonly args: (s: S) => ReadonlyArray<ReadonlyArray<Value>>
  /** Calls emit once per successor TLC would generate (two true disjuncts that agree give two calls). */
  readonly next: (s: S, args: ReadonlyArray<Value>, emit: (t: S) => void) => void
}

export interface GeneratedInvariant<S> {
  readonly name: string
  readonly holds: (s: S) => boolean
}

/** A generated model, its constants fixed. */
export interface GeneratedSpec<S> {
  /** The spec's variables, in declaration order (the encoding's order). */
  readonly variables: ReadonlyArray<string>
  readonly init: () => ReadonlyArray<S>
  readonly actions: ReadonlyArray<GeneratedAction<S>>
  readonly invariants: ReadonlyArray<GeneratedInvariant<S>>
  /** The spec's TypeOK, where it has one: the problems of a state (none when it is well typed). */
  readonly typeOK?: (s: S) => ReadonlyArray<string>
  /**
   * State constraints (TLC's CONSTRAINT). As TLC does, a state that fails one counts as generated and is
   * checked against the invariants, but is neither counted as distinct nor explored.
   */
  readonly constraints?: ReadonlyArray<GeneratedInvariant<S>>
}

/** A step: the action's name and its arguments. */
export interface GeneratedLabel {
  readonly action: string
  readonly args: ReadonlyArray<Value>
}

export function labelText(label: GeneratedLabel): string {
  return `${label.action}(${label.args.map(show).join(", ")})`
}

/** Every successor of s with its label, in the order of Next's disjuncts, then of their arguments. */
export function generatedSuccessors<S>(spec: GeneratedSpec<S>, s: S): Array<{ readonly label: GeneratedLabel; readonly state: S }> {
  const out: Array<{ label: GeneratedLabel; state: S }> = []
  for (const action of spec.actions) {
    for (const args of action.args(s)) action.next(s, args, (t) => out.push({ label: { action: action.name, args }, state: t }))
  }
  return out
}

/** Fingerprints generated states: the canonical encoding of each variable in order. */
export class GeneratedFingerprinter<S> {
  private readonly encoder = new ValueEncoder()
  readonly fp = new Int32Array(2)

  constructor(private readonly variables: ReadonlyArray<string>) {}

  of(s: S): Int32Array {
    const e = this.encoder
    e.reset()
    const record = s as unknown as Readonly<Record<string, Value>>
    for (const v of this.variables) e.value(record[v]!)
    e.finish()
    fingerprint(e.words, e.length, this.fp)
    return this.fp
  }
}

export interface GeneratedExploreOptions<S> {
  readonly spec: GeneratedSpec<S>
  /** Stop once this many distinct states are found (the result is then not complete). */
  readonly maxStates?: number
}

export interface GeneratedExploreResult<S> {
  readonly distinct: number
  readonly generated: number
  readonly depth: number
  readonly complete: boolean
  /** The first invariant violated, with the shortest path to it (initial state first). */
  readonly violation: { readonly invariant: string; readonly trace: ReadonlyArray<{ readonly label: GeneratedLabel | null; readonly state: S }> } | null
  /** Per action of Next (Init first): new distinct states first reached by it, and successors it generated. */
  readonly coverage: ReadonlyArray<{ readonly action: string; readonly distinct: number; readonly generated: number }>
}

export function exploreGenerated<S>(options: GeneratedExploreOptions<S>): GeneratedExploreResult<S> {
  const spec = options.spec
  const maxStates = options.maxStates ?? Number.POSITIVE_INFINITY
  const fingerprinter = new GeneratedFingerprinter<S>(spec.variables)
  const seen = new FingerprintSet()
  const states: Array<S> = []
  const parent: Array<number> = []
  const labels: Array<GeneratedLabel | null> = []
  const coverageDistinct = new Array<number>(spec.actions.length).fill(0)
  const coverageGenerated = new Array<number>(spec.actions.length).fill(0)
  let generated = 0
  let violation: GeneratedExploreResult<S>["violation"] = null

  const path = (k: number): Array<{ label: GeneratedLabel | null; state: S }> => {
    const steps: Array<{ label: GeneratedLabel | null; state: S }> = []
    for (let at = k; at >= 0; at = parent[at]!) steps.push({ label: labels[at]!, state: states[at]! })
    return steps.reverse()
  }
  const constraints = spec.constraints ?? []
  /** Adds s if new (and within the constraints); false when an invariant fails on it (the search stops). */
  const admit = (s: S, from: number, label: GeneratedLabel | null, action: number): boolean => {
    const inModel = constraints.every((c) => c.holds(s))
    let k = -1
    if (inModel) {
      const fp = fingerprinter.of(s)
      if (!seen.add(fp[0]!, fp[1]!)) return true
      k = states.length
      states.push(s)
      parent.push(from)
      labels.push(label)
      if (action >= 0) coverageDistinct[action]!++
    }
    for (const inv of spec.invariants) {
      if (!inv.holds(s)) {
        const trace = k >= 0 ? path(k) : [...(from >= 0 ? path(from) : []), { label, state: s }]
        violation = { invariant: inv.name, trace }
        return false
      }
    }
    return true
  }

  let ok = true
  const inits = spec.init()
  for (const s of inits) {
    generated++
    if (!admit(s, -1, null, -1)) {
      ok = false
      break
    }
  }
  const initialDistinct = states.length
  let depth = states.length > 0 ? 1 : 0
  let levelEnd = states.length - 1
  let expanded = 0
  search: while (ok && expanded < states.length && states.length < maxStates) {
    const id = expanded++
    if (id > levelEnd) {
      depth++
      levelEnd = states.length - 1
    }
    const s = states[id]!
    for (let a = 0; a < spec.actions.length; a++) {
      const action = spec.actions[a]!
      for (const args of action.args(s)) {
        const label: GeneratedLabel = { action: action.name, args }
        let stop = false
        action.next(s, args, (t) => {
          if (stop) return
          generated++
          coverageGenerated[a]!++
          if (!admit(t, id, label, a)) stop = true
        })
        if (stop) {
          ok = false
          break search
        }
        if (states.length >= maxStates) break search
      }
    }
  }
  if (states.length - 1 > levelEnd) depth++
  assert(initialDistinct <= states.length, "initial states are counted")
  return {
    distinct: states.length,
    generated,
    depth,
    complete: ok && expanded === states.length,
    violation,
    coverage: [{ action: "Init", distinct: initialDistinct, generated: inits.length }, ...spec.actions.map((a, k) => ({ action: a.name, distinct: coverageDistinct[k]!, generated: coverageGenerated[k]! }))],
  }
}
