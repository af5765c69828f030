/**
 * What a model generated from TLA+ source (model/generated/, written by tla/) offers the explorer, and the
 * breadth-first explorer for it. The search is the one of model/explore.ts, in TLC's manner: every distinct
 * state (by the 64-bit structural hash of its canonical form, with explore.ts's fingerprint set) is checked
 * against the invariants and expanded once; "generated" counts every successor an action yields, duplicates
 * included, plus the initial states; depth counts BFS levels with the initial states at depth 1.
 *
 * Generated states are plain records of TLA+ values (model/tla-values.ts); only those not yet expanded are
 * kept (see exploreGenerated).
 *
 * Pure: no clock, no I/O.
 */
import { assert } from "../impl/core/assert.js"
import { FingerprintSet } from "./explore.js"
import { type Value, ValueInterner, hashValues, show } from "./tla-values.js"

/** One disjunct of the spec's Next: `\E params: Name(params)`. */
export interface GeneratedAction<S> {
  readonly name: string
  readonly params: ReadonlyArray<string>
  /**
   * The argument tuples of the disjunct's `\E` in state s, in enumeration order: every tuple the bounds range
   * over, less those a leading guard of the action already rules out (they yield no successor).
   */
  readonly args: (s: S) => ReadonlyArray<ReadonlyArray<Value>>
  /**
   * The variables args reads, where known: args is a function of their values alone, so the explorer may
   * reuse its result for a state that holds the same values in all of them.
   */
  readonly argsReads?: ReadonlyArray<string>
  /** Calls emit once per successor TLC would generate (two true disjuncts that agree give two calls). */
  readonly next: (s: S, args: ReadonlyArray<Value>, emit: (t: S) => void) => void
}

export interface GeneratedInvariant<S> {
  readonly name: string
  /**
   * The variables the predicate reads (through every definition it calls), where known. A state predicate is
   * a function of them alone, so on a successor that holds the very values of its parent in all of them the
   * explorer takes the parent's verdict instead of evaluating it again.
   */
  readonly reads?: ReadonlyArray<string>
  /** Where given: whether a and b hold the very same values (===) in every variable of reads (what the explorer would check by name). */
  readonly readsSame?: (a: S, b: S) => boolean
  readonly holds: (s: S) => boolean
}

/** A generated model, its constants fixed. */
export interface GeneratedSpec<S> {
  /** The spec's variables, in declaration order (the encoding's order). */
  readonly variables: ReadonlyArray<string>
  readonly init: () => ReadonlyArray<S>
  readonly actions: ReadonlyArray<GeneratedAction<S>>
  readonly invariants: ReadonlyArray<GeneratedInvariant<S>>
  /**
   * A state's variables' values in declaration order (into out), and the state of such values: what the
   * explorer fingerprints, queues and compares. Where absent, they are read and written by name.
   */
  readonly valuesOf?: (s: S, out: Array<Value>) => void
  readonly stateOf?: (values: ReadonlyArray<Value>) => S
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

/** Fingerprints generated states: the 64-bit structural hash of their variables in order (tla-values.ts). */
export class GeneratedFingerprinter<S> {
  readonly fp = new Int32Array(2)
  private readonly values: Array<Value>

  constructor(private readonly variables: ReadonlyArray<string>) {
    this.values = new Array<Value>(variables.length)
  }

  of(s: S): Int32Array {
    const record = s as unknown as Readonly<Record<string, Value>>
    for (let k = 0; k < this.variables.length; k++) this.values[k] = record[this.variables[k]!]!
    hashValues(this.values, this.fp)
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

/** A growable array of 32-bit integers (per-state bookkeeping without an object per state). */
export class IntColumn {
  data = new Int32Array(1 << 12)
  length = 0

  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length++] = x
  }

  at(k: number): number {
    return this.data[k]!
  }
}

/**
 * The states found and not yet expanded, first in first out: each variable's value by its number in a
 * ValueInterner, in chunks of 32-bit words that go once every state in them is taken. A waiting state costs
 * one word per variable, not an object graph the garbage collector traces again at every collection, and
 * the states taken from the queue share equal values (and their cached hashes) by identity.
 */
class InternedStateQueue {
  private static readonly chunkStates = 1 << 14
  private readonly interner = new ValueInterner()
  private readonly chunks: Array<Int32Array> = []
  private readonly chunkWords: number
  private readonly width: number
  /** The numbers of the variables of the state shift returned last, and of the state push queued last. */
  readonly lastShiftedIds: Int32Array
  readonly lastPushedIds: Int32Array
  /** Where the next state is written in the last chunk, and read in the first. */
  private writeAt = 0
  private readAt = 0
  private size = 0

  constructor(variables: ReadonlyArray<string>) {
    this.width = variables.length
    this.chunkWords = InternedStateQueue.chunkStates * this.width
    this.lastShiftedIds = new Int32Array(this.width)
    this.lastPushedIds = new Int32Array(this.width)
  }

  get length(): number {
    return this.size
  }

  /**
   * Queues a state, given as its variables' values in order. When it was generated from `parent`, the values
   * of the state shift gave last, a variable that holds the very value of the parent's (an action leaves most
   * variables unchanged) takes the parent's number without a look-up.
   */
  push(values: ReadonlyArray<Value>, parent: ReadonlyArray<Value> | null): void {
    let last = this.chunks[this.chunks.length - 1]
    if (last === undefined || this.writeAt === this.chunkWords) {
      last = new Int32Array(this.chunkWords)
      this.chunks.push(last)
      this.writeAt = 0
    }
    for (let k = 0; k < this.width; k++) {
      const v = values[k]!
      const id = parent !== null && parent[k] === v ? this.lastShiftedIds[k]! : this.interner.idOf(v)
      this.lastPushedIds[k] = id
      last[this.writeAt++] = id
    }
    this.size++
  }

  /** Takes the first state: its variables' values into `out`, in order. */
  shift(out: Array<Value>): void {
    assert(this.size > 0, "a state is queued")
    if (this.readAt === this.chunkWords) {
      this.chunks.shift()
      this.readAt = 0
    }
    const first = this.chunks[0]!
    for (let k = 0; k < this.width; k++) {
      const id = first[this.readAt++]!
      this.lastShiftedIds[k] = id
      out[k] = this.interner.valueOf(id)
    }
    this.size--
  }
}

/**
 * Results of a function of some of the state's variables (an action's args, an invariant), keyed on those
 * variables' numbers in the queue's ValueInterner: two states hold equal values exactly when the numbers are
 * equal, so a result found for one state is the result for every state that agrees with it on those
 * variables. The table stops growing at maxEntries (later keys are computed every time).
 */
class InternedMemo<T> {
  private static readonly maxEntries = 1 << 18
  /** Open addressing: entry e's key is keys[e * width ..], its value values[e] (undefined: free). */
  private keys: Int32Array
  private values: Array<T | undefined>
  private mask: number
  private size = 0
  private readonly width: number

  /** `slots`: the positions of the variables read among the spec's variables. */
  constructor(private readonly slots: ReadonlyArray<number>) {
    this.width = Math.max(slots.length, 1)
    this.mask = (1 << 10) - 1
    this.keys = new Int32Array((this.mask + 1) * this.width)
    this.values = new Array<T | undefined>(this.mask + 1).fill(undefined)
  }

  /**
   * A table whose keys rarely repeat costs more than it saves (its look-ups miss the processor's caches):
   * after `trialLookups` look-ups, one that found less than `minHitRate` of them is switched off.
   */
  private static readonly trialLookups = 1 << 16
  private static readonly minHitRate = 0.5
  private lookups = 0
  private hits = 0
  private on = true

  get(ids: Int32Array): T | undefined {
    if (!this.on) return undefined
    if (++this.lookups === InternedMemo.trialLookups && this.hits < InternedMemo.minHitRate * this.lookups) {
      this.on = false
      this.keys = new Int32Array(0)
      this.values = []
      return undefined
    }
    for (let e = this.hash(ids) & this.mask; ; e = (e + 1) & this.mask) {
      const v = this.values[e]
      if (v === undefined) return v
      if (this.keyAt(e, ids)) {
        this.hits++
        return v
      }
    }
  }

  set(ids: Int32Array, value: T): void {
    if (!this.on || this.size >= InternedMemo.maxEntries) return
    if (2 * (this.size + 1) > this.mask + 1) this.grow()
    let e = this.hash(ids) & this.mask
    while (this.values[e] !== undefined && !this.keyAt(e, ids)) e = (e + 1) & this.mask
    if (this.values[e] === undefined) this.size++
    this.values[e] = value
    for (let j = 0; j < this.slots.length; j++) this.keys[e * this.width + j] = ids[this.slots[j]!]!
  }

  private hash(ids: Int32Array): number {
    let h = 0x811c9dc5
    for (let j = 0; j < this.slots.length; j++) h = Math.imul(h ^ ids[this.slots[j]!]!, 0x9e3779b1)
    return (h ^ (h >>> 15)) >>> 0
  }

  private keyAt(e: number, ids: Int32Array): boolean {
    for (let j = 0; j < this.slots.length; j++) if (this.keys[e * this.width + j] !== ids[this.slots[j]!]!) return false
    return true
  }

  private grow(): void {
    const oldKeys = this.keys
    const oldValues = this.values
    this.mask = this.mask * 2 + 1
    this.keys = new Int32Array((this.mask + 1) * this.width)
    this.values = new Array<T | undefined>(this.mask + 1).fill(undefined)
    const ids = new Int32Array(Math.max(...this.slots, 0) + 1)
    for (let e = 0; e < oldValues.length; e++) {
      const v = oldValues[e]
      if (v === undefined) continue
      for (let j = 0; j < this.slots.length; j++) ids[this.slots[j]!] = oldKeys[e * this.width + j]!
      let f = this.hash(ids) & this.mask
      while (this.values[f] !== undefined) f = (f + 1) & this.mask
      this.values[f] = v
      for (let j = 0; j < this.slots.length; j++) this.keys[f * this.width + j] = ids[this.slots[j]!]!
    }
  }
}

/**
 * Breadth-first search. Memory: only the states not yet expanded are kept, interned (InternedStateQueue); per distinct state the search
 * keeps its fingerprint, its parent's number and the step from it (the action's index and the index of its
 * arguments among the action's argument tuples in the parent), 20 bytes. A violation's path is rebuilt by
 * replaying those steps from the initial state, each time taking the successor with the recorded fingerprint.
 */
export function exploreGenerated<S>(options: GeneratedExploreOptions<S>): GeneratedExploreResult<S> {
  const spec = options.spec
  const maxStates = options.maxStates ?? Number.POSITIVE_INFINITY
  const fingerprinter = new GeneratedFingerprinter<S>(spec.variables)
  const seen = new FingerprintSet()
  const fp1 = new IntColumn()
  const fp2 = new IntColumn()
  const parent = new IntColumn()
  /** The action's index in spec.actions (-1 for an initial state). */
  const stepAction = new IntColumn()
  /** The index of the arguments in action.args(parent) (of the state in spec.init() for an initial state). */
  const stepArgs = new IntColumn()
  /** The states found and not yet expanded, in the order of their numbers. */
  const queue = new InternedStateQueue(spec.variables)
  const width = spec.variables.length
  const valuesOf =
    spec.valuesOf ??
    ((st: S, out: Array<Value>): void => {
      const record = st as unknown as Readonly<Record<string, Value>>
      for (let k = 0; k < width; k++) out[k] = record[spec.variables[k]!]!
    })
  const stateOf =
    spec.stateOf ??
    ((values: ReadonlyArray<Value>): S => {
      const record: Record<string, Value> = {}
      for (let k = 0; k < width; k++) record[spec.variables[k]!] = values[k]!
      return record as unknown as S
    })
  /** The values of the state being expanded, and of the successor being admitted. */
  const parentValues = new Array<Value>(width)
  const values = new Array<Value>(width)
  const fp = new Int32Array(2)
  let distinct = 0
  const coverageDistinct = new Array<number>(spec.actions.length).fill(0)
  const coverageGenerated = new Array<number>(spec.actions.length).fill(0)
  let generated = 0
  let violation: GeneratedExploreResult<S>["violation"] = null
  const inits = spec.init()

  /** The path to state k, rebuilt by replaying its steps from its initial state. */
  const path = (k: number): Array<{ label: GeneratedLabel | null; state: S }> => {
    const ids: Array<number> = []
    for (let at = k; at >= 0; at = parent.at(at)) ids.push(at)
    ids.reverse()
    const steps: Array<{ label: GeneratedLabel | null; state: S }> = [{ label: null, state: inits[stepArgs.at(ids[0]!)]! }]
    for (let x = 1; x < ids.length; x++) {
      const id = ids[x]!
      const from = steps[steps.length - 1]!.state
      const action = spec.actions[stepAction.at(id)]!
      const args = action.args(from)[stepArgs.at(id)]!
      let found: S | undefined
      action.next(from, args, (t) => {
        const fp = fingerprinter.of(t)
        if (found === undefined && fp[0] === fp1.at(id) && fp[1] === fp2.at(id)) found = t
      })
      assert(found !== undefined, "a recorded step replays")
      steps.push({ label: { action: action.name, args }, state: found })
    }
    return steps
  }
  const constraints = spec.constraints ?? []
  const slotsOf = (names: ReadonlyArray<string>): Array<number> =>
    names.map((v) => {
      const k = spec.variables.indexOf(v)
      assert(k >= 0, `${v} is a variable of the spec`)
      return k
    })
  /** Per invariant, the variables it reads (null when unknown: always evaluated). */
  const invariantReads = spec.invariants.map((inv) => inv.reads ?? null)
  /** Per invariant, the values of its variables it was found to hold on (by their numbers in the queue). */
  const invariantHolds = spec.invariants.map((inv) => (inv.reads === undefined ? null : new InternedMemo<true>(slotsOf(inv.reads))))
  /** Per action, its argument tuples by the values of the variables args reads. */
  const argsMemo = spec.actions.map((a) => (a.argsReads === undefined ? null : new InternedMemo<ReadonlyArray<ReadonlyArray<Value>>>(slotsOf(a.argsReads))))
  /** Per invariant, the positions of the variables it reads. */
  const invariantSlots = invariantReads.map((reads) => (reads === null ? null : slotsOf(reads)))
  /** Whether the successor (values) holds its parent's values (by identity) in every one of these variables. */
  const sameAsParent = (slots: ReadonlyArray<number>): boolean => {
    for (let k = 0; k < slots.length; k++) if (values[slots[k]!] !== parentValues[slots[k]!]) return false
    return true
  }
  /**
   * Adds s if new (and within the constraints); false when an invariant fails on it (the search stops).
   * fromParent: s was generated from the state being expanded (whose values are parentValues), which
   * satisfied every invariant; false for an initial state.
   */
  const admit = (s: S, from: number, action: number, argIndex: number, fromParent: boolean): boolean => {
    let inModel = true
    for (let c = 0; c < constraints.length && inModel; c++) inModel = constraints[c]!.holds(s)
    let k = -1
    valuesOf(s, values)
    if (inModel) {
      hashValues(values, fp)
      if (!seen.add(fp[0]!, fp[1]!)) return true
      k = distinct++
      fp1.push(fp[0]!)
      fp2.push(fp[1]!)
      parent.push(from)
      stepAction.push(action)
      stepArgs.push(argIndex)
      queue.push(values, fromParent ? parentValues : null)
      if (action >= 0) coverageDistinct[action]!++
    }
    for (let v = 0; v < spec.invariants.length; v++) {
      const inv = spec.invariants[v]!
      const slots = invariantSlots[v]!
      if (fromParent && slots !== null && sameAsParent(slots)) continue
      // A state just queued (k >= 0) has its values numbered: an invariant that held on these values holds.
      const memo = k >= 0 ? invariantHolds[v]! : null
      if (memo !== null && memo.get(queue.lastPushedIds) === true) continue
      if (inv.holds(s)) {
        memo?.set(queue.lastPushedIds, true)
      } else {
        let trace: Array<{ label: GeneratedLabel | null; state: S }>
        if (k >= 0) trace = path(k)
        else if (from < 0) trace = [{ label: null, state: s }]
        else {
          trace = path(from)
          const a = spec.actions[action]!
          trace.push({ label: { action: a.name, args: a.args(trace[trace.length - 1]!.state)[argIndex]! }, state: s })
        }
        violation = { invariant: inv.name, trace }
        return false
      }
    }
    return true
  }

  let ok = true
  for (let k = 0; k < inits.length; k++) {
    generated++
    if (!admit(inits[k]!, -1, -1, k, false)) {
      ok = false
      break
    }
  }
  const initialDistinct = distinct
  let depth = distinct > 0 ? 1 : 0
  let levelEnd = distinct - 1
  let expanded = 0
  // The step being taken, read by onSuccessor (one callback for the whole search rather than one per step).
  let takingFrom = -1
  let takingAction = -1
  let takingArgIndex = -1
  let stop = false
  const onSuccessor = (t: S): void => {
    if (stop) return
    generated++
    coverageGenerated[takingAction]!++
    if (!admit(t, takingFrom, takingAction, takingArgIndex, true)) stop = true
  }
  search: while (ok && expanded < distinct && distinct < maxStates) {
    const id = expanded++
    if (id > levelEnd) {
      depth++
      levelEnd = distinct - 1
    }
    queue.shift(parentValues)
    const s = stateOf(parentValues)
    for (let a = 0; a < spec.actions.length; a++) {
      const action = spec.actions[a]!
      const memo = argsMemo[a]!
      let argTuples = memo === null ? undefined : memo.get(queue.lastShiftedIds)
      if (argTuples === undefined) {
        argTuples = action.args(s)
        memo?.set(queue.lastShiftedIds, argTuples)
      }
      for (let x = 0; x < argTuples.length; x++) {
        takingFrom = id
        takingAction = a
        takingArgIndex = x
        action.next(s, argTuples[x]!, onSuccessor)
        if (stop) {
          ok = false
          break search
        }
        if (distinct >= maxStates) break search
      }
    }
  }
  if (distinct - 1 > levelEnd) depth++
  assert(initialDistinct <= distinct, "initial states are counted")
  return {
    distinct,
    generated,
    depth,
    complete: ok && expanded === distinct,
    violation,
    coverage: [{ action: "Init", distinct: initialDistinct, generated: inits.length }, ...spec.actions.map((a, k) => ({ action: a.name, distinct: coverageDistinct[k]!, generated: coverageGenerated[k]! }))],
  }
}
