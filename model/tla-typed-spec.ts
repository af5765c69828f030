/**
 * The breadth-first explorer for a generated model whose states have a canonical encoding as 32-bit words
 * (the typed representation, tla/tla-emit-typed.ts): the hand model's explorer shape (model/explore.ts). A
 * state found is encoded once; its words are hashed for the fingerprint and queued as they are; a state is
 * decoded when it is expanded. The search and its counts are exploreGenerated's (tla-spec.ts): TLC's
 * distinct, generated and depth, the initial states at depth 1, a violation's shortest path rebuilt by
 * replaying the recorded steps.
 *
 * Pure: no clock, no I/O.
 */
import { assert } from "../impl/core/assert.js"
import { FingerprintSet } from "./explore.js"
import { type GeneratedExploreResult, type GeneratedInvariant, type GeneratedLabel, type GeneratedSpec, IntColumn } from "./tla-spec.js"
import { WordReader, WordWriter, hashWords } from "./tla-typed.js"

/** A generated model whose states the explorer keeps as words. */
export interface WordSpec<S> extends GeneratedSpec<S> {
  /** Appends the canonical words of s (equal states, equal words; different states, different words). */
  readonly encode: (s: S, w: WordWriter) => void
  /** The state whose words start at the reader's position. */
  readonly decode: (r: WordReader) => S
  /**
   * Where present: every successor of s in the order of the actions and of each one's argument tuples,
   * emit(t, a, x) for action a's successor t at the x-th of its argument tuples (action.next of
   * action.args(s)[x]). One call per state, where action.next is one call per tuple.
   */
  readonly successors?: (s: S, emit: (t: S, a: number, x: number) => void) => void
}

/**
 * The states found and not yet expanded, first in first out: each as its word count and its words, in chunks
 * of words that go once every state in them is taken.
 */
class WordQueue {
  private static readonly chunkWords = 1 << 20
  private readonly chunks: Array<Int32Array> = []
  /** A chunk all taken, kept to be written again: a new one costs the system fresh pages. */
  private spare: Int32Array | null = null
  private writeAt = 0
  private readAt = 0
  private size = 0
  private readonly reader = new WordReader(new Int32Array(0), 0)
  /** The word count of the state shift returned last. */
  lastCount = 0

  get length(): number {
    return this.size
  }

  push(words: Int32Array, count: number): void {
    let last = this.chunks[this.chunks.length - 1]
    if (last === undefined || this.writeAt + count + 1 > last.length) {
      last = this.spare !== null && this.spare.length >= count + 1 ? this.spare : new Int32Array(Math.max(WordQueue.chunkWords, count + 1))
      this.spare = null
      // A chunk's unused tail is marked so that the reader moves on to the next chunk.
      if (this.chunks.length > 0) this.markEnd()
      this.chunks.push(last)
      this.writeAt = 0
    }
    last[this.writeAt] = count
    last.set(words.subarray(0, count), this.writeAt + 1)
    this.writeAt += count + 1
    this.size++
  }

  private markEnd(): void {
    const last = this.chunks[this.chunks.length - 1]!
    if (this.writeAt < last.length) last[this.writeAt] = -1
  }

  /** A reader at the first state's words (valid until the next shift). */
  shift(): WordReader {
    assert(this.size > 0, "a state is queued")
    let first = this.chunks[0]!
    if (this.readAt === first.length || first[this.readAt] === -1) {
      this.spare = this.chunks.shift()!
      this.readAt = 0
      first = this.chunks[0]!
    }
    const count = first[this.readAt]!
    this.lastCount = count
    this.reader.words = first
    this.reader.at = this.readAt + 1
    this.readAt += count + 1
    this.size--
    return this.reader
  }
}

export interface WordExploreOptions<S> {
  readonly spec: WordSpec<S>
  /** Stop once this many distinct states are found (the result is then not complete). */
  readonly maxStates?: number
}

/** Breadth-first search over the words of the states (see the file's comment). */
export function exploreWords<S>(options: WordExploreOptions<S>): GeneratedExploreResult<S> {
  const spec = options.spec
  const maxStates = options.maxStates ?? Number.POSITIVE_INFINITY
  const seen = new FingerprintSet()
  const fp1 = new IntColumn()
  const fp2 = new IntColumn()
  const parent = new IntColumn()
  const stepAction = new IntColumn()
  const stepArgs = new IntColumn()
  const queue = new WordQueue()
  const writer = new WordWriter()
  const fp = new Int32Array(2)
  const fingerprint = (s: S): Int32Array => {
    writer.reset()
    spec.encode(s, writer)
    hashWords(writer.words, 0, writer.length, fp)
    return fp
  }
  let distinct = 0
  let generated = 0
  const coverageDistinct = new Array<number>(spec.actions.length).fill(0)
  const coverageGenerated = new Array<number>(spec.actions.length).fill(0)
  let violation: GeneratedExploreResult<S>["violation"] = null
  const inits = spec.init()
  const constraints: ReadonlyArray<GeneratedInvariant<S>> = spec.constraints ?? []

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
        const f = fingerprint(t)
        if (found === undefined && f[0] === fp1.at(id) && f[1] === fp2.at(id)) found = t
      })
      assert(found !== undefined, "a recorded step replays")
      steps.push({ label: { action: action.name, args }, state: found })
    }
    return steps
  }

  const invariantReads = spec.invariants.map((inv) => inv.reads ?? null)
  /** The state being expanded (which held every invariant). */
  let expanding: S | null = null
  const sameIn = (a: S, b: S, names: ReadonlyArray<string>): boolean => {
    const ra = a as unknown as Readonly<Record<string, unknown>>
    const rb = b as unknown as Readonly<Record<string, unknown>>
    for (let k = 0; k < names.length; k++) if (ra[names[k]!] !== rb[names[k]!]) return false
    return true
  }
  /** Per invariant: whether two states hold the same values in the variables it reads (null: not known). */
  const invariantReadsSame = spec.invariants.map((inv, v) => {
    const reads = invariantReads[v]!
    return inv.readsSame ?? (reads === null ? null : (a: S, b: S): boolean => sameIn(a, b, reads))
  })
  const admit = (s: S, from: number, action: number, argIndex: number): boolean => {
    let inModel = true
    for (let c = 0; c < constraints.length && inModel; c++) inModel = constraints[c]!.holds(s)
    let k = -1
    if (inModel) {
      fingerprint(s)
      if (!seen.add(fp[0]!, fp[1]!)) return true
      k = distinct++
      fp1.push(fp[0]!)
      fp2.push(fp[1]!)
      parent.push(from)
      stepAction.push(action)
      stepArgs.push(argIndex)
      queue.push(writer.words, writer.length)
      if (action >= 0) coverageDistinct[action]!++
    }
    for (let v = 0; v < spec.invariants.length; v++) {
      const inv = spec.invariants[v]!
      // A successor that holds its parent's very values (an action's UNCHANGED) in every variable the
      // invariant reads is judged as the parent was: it held.
      const readsSame = invariantReadsSame[v]!
      if (from >= 0 && expanding !== null && readsSame !== null && readsSame(s, expanding)) continue
      if (inv.holds(s)) continue
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
    return true
  }

  let ok = true
  for (let k = 0; k < inits.length; k++) {
    generated++
    if (!admit(inits[k]!, -1, -1, k)) {
      ok = false
      break
    }
  }
  const initialDistinct = distinct
  let depth = distinct > 0 ? 1 : 0
  let levelEnd = distinct - 1
  let expanded = 0
  let takingFrom = -1
  let takingAction = -1
  let takingArgIndex = -1
  let stop = false
  const onSuccessor = (t: S): void => {
    if (stop) return
    generated++
    coverageGenerated[takingAction]!++
    if (!admit(t, takingFrom, takingAction, takingArgIndex)) stop = true
  }
  /**
   * With spec.successors: a successor of the tuple being taken; once maxStates is reached, the tuples after
   * the one that reached it are not taken (as the loop over action.next stops after that tuple).
   */
  let capped = false
  const onSuccessorAt = (t: S, a: number, x: number): void => {
    if (stop || capped) return
    if (a !== takingAction || x !== takingArgIndex) {
      if (distinct >= maxStates) {
        capped = true
        return
      }
      takingAction = a
      takingArgIndex = x
    }
    generated++
    coverageGenerated[a]!++
    if (!admit(t, takingFrom, a, x)) stop = true
  }
  search: while (ok && expanded < distinct && distinct < maxStates) {
    const id = expanded++
    if (id > levelEnd) {
      depth++
      levelEnd = distinct - 1
    }
    const reader = queue.shift()
    const end = reader.at + queue.lastCount
    const s = spec.decode(reader)
    assert(reader.at === end, "a state decodes from its words exactly")
    expanding = s
    takingFrom = id
    if (spec.successors !== undefined) {
      takingAction = -1
      takingArgIndex = -1
      spec.successors(s, onSuccessorAt)
      if (stop) {
        ok = false
        break search
      }
      if (capped || distinct >= maxStates) break search
      continue
    }
    for (let a = 0; a < spec.actions.length; a++) {
      const action = spec.actions[a]!
      const argTuples = action.args(s)
      for (let x = 0; x < argTuples.length; x++) {
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
  return {
    distinct,
    generated,
    depth,
    complete: ok && expanded === distinct,
    violation,
    coverage: [{ action: "Init", distinct: initialDistinct, generated: inits.length }, ...spec.actions.map((a, k) => ({ action: a.name, distinct: coverageDistinct[k]!, generated: coverageGenerated[k]! }))],
  }
}

/**
 * A generic generated model explored through a typed representation: its states converted to the typed form
 * to be encoded, and back when decoded. Slower than either alone; it checks the representation and this
 * explorer against the generic model (the same counts, state for state).
 */
export function throughRepresentation<S, TS>(spec: GeneratedSpec<S>, rep: { readonly encode: (s: TS, w: WordWriter) => void; readonly decode: (r: WordReader) => TS; readonly toTyped: (s: S) => TS; readonly fromTyped: (s: TS) => S }): WordSpec<S> {
  return { ...spec, encode: (s, w) => rep.encode(rep.toTyped(s), w), decode: (r) => rep.fromTyped(rep.decode(r)) }
}
