/**
 * Breadth-first explicit-state exploration of the model, in TLC's manner: every distinct state (by 64-bit
 * fingerprint of its canonical encoding) is checked against the invariants and expanded once; "generated"
 * counts every successor computed, duplicates included, plus the initial state; depth counts BFS levels with
 * the initial state at depth 1. On a violation the path from the initial state is rebuilt, which is a
 * shortest one because BFS reaches every state first by a shortest path.
 *
 * Memory: the fingerprint set is an open-addressing table of 32-bit halves; the queue holds encoded states
 * in large byte chunks released as they are consumed; per state only its parent's number and the label of
 * the step from it (6 bytes) are kept, enough to replay the path to any state.
 *
 * Pure: no clock, no I/O. The caller measures time in its progress callback.
 */
import { assert } from "../impl/core/assert.js"
import { type ActionInfo, type Label, actions as specActions } from "./actions.js"
import { Decoder, Encoder, MAX_ENCODED_BYTES, fingerprint, permutations } from "./encode.js"
import { type ModelConfig, type ModelState, initialState } from "./model-state.js"

export interface ModelViolation {
  readonly invariant: string
  readonly message: string
}

/** A state invariant: null when it holds. */
export type StateCheck = (s: ModelState) => ModelViolation | null
/** A step invariant over one transition: null when it holds. */
export type StepCheck = (before: ModelState, after: ModelState, label: Label) => ModelViolation | null

export interface ExploreOptions {
  readonly config: ModelConfig
  /** The disjuncts of Next; Zab.tla's by default. Tests pass a copy with one action broken on purpose. */
  readonly actions?: ReadonlyArray<ActionInfo>
  /** Identify states that differ only by a renaming of servers (TLC's SYMMETRY Permutations(Server)). */
  readonly symmetry?: boolean
  /** Checked on every distinct state, in order; the first violation stops the search. */
  readonly invariants: ReadonlyArray<StateCheck>
  /** Checked on every transition generated, duplicates included. */
  readonly stepInvariants?: ReadonlyArray<StepCheck>
  /** Stop once this many distinct states are found (the result is then not complete). */
  readonly maxStates?: number
  /** Called after every `progressEvery` states expanded, and once at the end. */
  readonly onProgress?: (progress: Progress) => void
  readonly progressEvery?: number
}

export interface Progress {
  readonly distinct: number
  readonly generated: number
  readonly queue: number
  readonly depth: number
}

export interface ActionCoverage {
  readonly action: string
  /** New distinct states first reached by this action. */
  readonly distinct: number
  /** Successors computed by this action, duplicates included. */
  readonly generated: number
}

export interface TraceStep {
  /** null for the initial state. */
  readonly label: Label | null
  readonly state: ModelState
}

export interface ExploreResult {
  readonly distinct: number
  readonly generated: number
  readonly depth: number
  /** False when maxStates or a violation stopped the search early. */
  readonly complete: boolean
  readonly violation: (ModelViolation & { readonly trace: ReadonlyArray<TraceStep> }) | null
  /** Per action of Next, as TLC's -coverage reports it (Init first). */
  readonly coverage: ReadonlyArray<ActionCoverage>
}

/** A set of 64-bit fingerprints: open addressing, linear probing, (0, 0) marks an empty slot. */
export class FingerprintSet {
  private table: Int32Array
  private mask: number
  size = 0

  constructor(initialSlots = 1 << 16) {
    assert((initialSlots & (initialSlots - 1)) === 0, "slot count is a power of two")
    this.table = new Int32Array(initialSlots * 2)
    this.mask = initialSlots - 1
  }

  /** Adds the fingerprint; true if it was not there. */
  add(h1: number, h2: number): boolean {
    if (h1 === 0 && h2 === 0) h1 = 1
    const table = this.table
    const mask = this.mask
    let slot = h1 & mask
    for (;;) {
      const at = slot << 1
      const a = table[at]!
      const b = table[at + 1]!
      if (a === 0 && b === 0) {
        table[at] = h1
        table[at + 1] = h2
        this.size++
        if (this.size * 2 > mask + 1) this.grow()
        return true
      }
      if (a === h1 && b === h2) return false
      slot = (slot + 1) & mask
    }
  }

  private grow(): void {
    const old = this.table
    const slots = (this.mask + 1) * 2
    this.table = new Int32Array(slots * 2)
    this.mask = slots - 1
    for (let at = 0; at < old.length; at += 2) {
      const h1 = old[at]!
      const h2 = old[at + 1]!
      if (h1 === 0 && h2 === 0) continue
      let slot = h1 & this.mask
      while (this.table[slot << 1] !== 0 || this.table[(slot << 1) + 1] !== 0) slot = (slot + 1) & this.mask
      this.table[slot << 1] = h1
      this.table[(slot << 1) + 1] = h2
    }
  }

  get bytes(): number {
    return this.table.byteLength
  }
}

/** A FIFO of encoded states in chunks of bytes; consumed chunks are dropped. Entry: u16 length, bytes. */
export class StateQueue {
  private readonly chunkBytes: number
  private chunks: Array<Uint8Array> = []
  private head = 0 // read position in chunks[0]
  private tailUsed = 0 // bytes written in the last chunk
  length = 0

  constructor(chunkBytes = 8 << 20) {
    this.chunkBytes = chunkBytes
  }

  push(bytes: Uint8Array, length: number): void {
    assert(length <= MAX_ENCODED_BYTES && length < 0x10000, "encoded state fits a queue entry")
    let last = this.chunks[this.chunks.length - 1]
    if (last === undefined || this.tailUsed + length + 2 > last.length) {
      // Mark the rest of the full chunk as unused with a zero length, then start a new one.
      if (last !== undefined && this.tailUsed + 2 <= last.length) {
        last[this.tailUsed] = 0
        last[this.tailUsed + 1] = 0
      }
      last = new Uint8Array(Math.max(this.chunkBytes, length + 2))
      this.chunks.push(last)
      this.tailUsed = 0
    }
    last[this.tailUsed] = length & 0xff
    last[this.tailUsed + 1] = length >>> 8
    last.set(bytes.subarray(0, length), this.tailUsed + 2)
    this.tailUsed += length + 2
    this.length++
  }

  /** The chunk and offset of the next entry's bytes, consumed; the caller decodes them at once. */
  shift(out: { chunk: Uint8Array; offset: number }): void {
    assert(this.length > 0, "shift from an empty queue")
    for (;;) {
      const first = this.chunks[0]!
      const end = this.chunks.length === 1 ? this.tailUsed : first.length
      if (this.head + 2 <= end) {
        const length = first[this.head]! | (first[this.head + 1]! << 8)
        if (length > 0 || this.chunks.length === 1) {
          out.chunk = first
          out.offset = this.head + 2
          this.head += length + 2
          this.length--
          return
        }
      }
      this.chunks.shift()
      this.head = 0
    }
  }
}

/** Growable parent/label arrays: entry k says how state k was first reached (shards keep one each). */
export class Parents {
  parent: Int32Array
  label: Uint16Array

  constructor(capacity = 1 << 16) {
    this.parent = new Int32Array(capacity)
    this.label = new Uint16Array(capacity)
  }

  set(k: number, parent: number, label: number): void {
    if (k >= this.parent.length) {
      const parents = new Int32Array(this.parent.length * 2)
      parents.set(this.parent)
      this.parent = parents
      const labels = new Uint16Array(this.label.length * 2)
      labels.set(this.label)
      this.label = labels
    }
    this.parent[k] = parent
    this.label[k] = label
  }
}

/** A step's label as 16 bits: action number, then i and j in 4 bits each; codes order steps as the search does. */
export function packLabel(action: number, i: number, j: number): number {
  return (action << 8) | (i << 4) | j
}

export function unpackLabel(actions: ReadonlyArray<ActionInfo>, code: number): Label {
  const info = actions[code >>> 8]!
  const i = (code >>> 4) & 15
  const j = code & 15
  return { action: info.name, args: info.arity === 1 ? [i] : [i, j] }
}

/** The path from the initial state to state `k`, replayed through the actions. */
function tracePath(config: ModelConfig, actions: ReadonlyArray<ActionInfo>, parents: Parents, k: number): Array<TraceStep> {
  const codes: Array<number> = []
  for (let at = k; at !== 0; at = parents.parent[at]!) codes.push(parents.label[at]!)
  codes.reverse()
  return replayCodes(config, actions, codes)
}

/** The states reached from the initial state by the steps with these label codes, in order. */
export function replayCodes(config: ModelConfig, actions: ReadonlyArray<ActionInfo>, codes: ReadonlyArray<number>): Array<TraceStep> {
  let state = initialState(config)
  const trace: Array<TraceStep> = [{ label: null, state }]
  for (const code of codes) {
    const label = unpackLabel(actions, code)
    const info = actions[code >>> 8]!
    const next = info.run(config, state, label.args[0]!, label.args[1] ?? 0)
    assert(next !== null, "a recorded step replays")
    state = next
    trace.push({ label, state })
  }
  return trace
}

/**
 * Encodes states and fingerprints them: with symmetry, the fingerprint is that of the smallest encoding over
 * every renaming of the servers (the canonical member of the state's orbit), while `encoder` keeps the
 * state's own encoding, which is what the search queues and expands.
 */
export class StateFingerprinter {
  readonly encoder: Encoder
  /** The last fingerprint, as two 32-bit halves. */
  readonly fp = new Int32Array(2)
  private readonly canonical: Encoder
  private readonly perms: ReadonlyArray<readonly [ReadonlyArray<number>, ReadonlyArray<number>]>

  constructor(servers: number, symmetry: boolean) {
    this.encoder = new Encoder(servers)
    this.canonical = new Encoder(servers)
    this.perms = symmetry ? permutations(servers).slice(1) : []
  }

  /** Encodes s into `encoder` and fingerprints its orbit's canonical (smallest) encoding into fp; returns the length. */
  of(s: ModelState): number {
    const encoder = this.encoder
    const fp = this.fp
    const length = encoder.encode(s)
    if (this.perms.length === 0) {
      fingerprint(encoder.words, length, fp)
      return length
    }
    const canonical = this.canonical
    let best = encoder.bytes
    let bestLength = length
    for (const [perm, inv] of this.perms) {
      const l = canonical.encode(s, perm, inv)
      if (lessThan(canonical.bytes, l, best, bestLength)) {
        fingerprint(canonical.words, l, fp)
        best = canonical.bytes.slice(0, l + 4)
        bestLength = l
      }
    }
    if (best === encoder.bytes) fingerprint(encoder.words, length, fp)
    return length
  }
}

export function explore(options: ExploreOptions): ExploreResult {
  const config = options.config
  const actions = options.actions ?? specActions
  assert(actions.length < 256, "action numbers fit a label")
  const n = config.servers
  assert(n >= 1 && n <= 15, "server indexes fit the 4-bit fields of labels and encodings")
  const invariants = options.invariants
  const stepInvariants = options.stepInvariants ?? []
  const maxStates = options.maxStates ?? Number.POSITIVE_INFINITY
  const progressEvery = options.progressEvery ?? 50_000

  const fingerprinter = new StateFingerprinter(n, options.symmetry === true)
  const encoder = fingerprinter.encoder
  const fp = fingerprinter.fp
  const decoder = new Decoder(n)
  const seen = new FingerprintSet()
  const queue = new StateQueue()
  const parents = new Parents()
  // Every label a step can carry, made once: step invariants receive them on every transition.
  const labels: ReadonlyArray<ReadonlyArray<ReadonlyArray<Label>>> = actions.map((_, a) =>
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => unpackLabel(actions, packLabel(a, i, j)))),
  )
  const coverageDistinct = new Array<number>(actions.length).fill(0)
  const coverageGenerated = new Array<number>(actions.length).fill(0)

  let distinct = 0
  let generated = 0
  let depth = 1
  let levelEnd = 0
  let violation: ExploreResult["violation"] = null

  const checkNew = (s: ModelState, k: number): boolean => {
    for (const check of invariants) {
      const found = check(s)
      if (found !== null) {
        violation = { ...found, trace: tracePath(config, actions, parents, k) }
        return false
      }
    }
    return true
  }

  const init = initialState(config)
  fingerprinter.of(init)
  seen.add(fp[0]!, fp[1]!)
  queue.push(encoder.bytes, encoder.length)
  distinct = 1
  generated = 1
  parents.set(0, -1, 0)
  let ok = checkNew(init, 0)

  const slot = { chunk: new Uint8Array(0), offset: 0 }
  let expanded = 0
  search: while (ok && queue.length > 0 && distinct < maxStates) {
    queue.shift(slot)
    const s = decoder.decode(slot.chunk, slot.offset)
    const id = expanded++
    if (id > levelEnd) {
      depth++
      levelEnd = distinct - 1
    }
    for (let a = 0; a < actions.length; a++) {
      const info = actions[a]!
      for (let i = 0; i < n; i++) {
        const jEnd = info.arity === 1 ? 1 : n
        for (let j = 0; j < jEnd; j++) {
          const next = info.run(config, s, i, j)
          if (next === null) continue
          const copies = info.disjuncts === undefined ? 1 : info.disjuncts(config, s, i, j)
          generated += copies
          coverageGenerated[a]! += copies
          for (const check of stepInvariants) {
            const found = check(s, next, labels[a]![i]![j]!)
            if (found !== null) {
              const trace = tracePath(config, actions, parents, id)
              // Replayed from the rebuilt path, so the last state shares unchanged arrays with its predecessor.
              const again = info.run(config, trace[trace.length - 1]!.state, i, j)
              assert(again !== null, "a recorded step replays")
              trace.push({ label: labels[a]![i]![j]!, state: again })
              violation = { ...found, trace }
              ok = false
              break search
            }
          }
          fingerprinter.of(next)
          if (!seen.add(fp[0]!, fp[1]!)) continue
          const k = distinct++
          coverageDistinct[a]!++
          parents.set(k, id, packLabel(a, i, j))
          queue.push(encoder.bytes, encoder.length)
          if (!checkNew(next, k)) {
            ok = false
            break search
          }
          if (distinct >= maxStates) break search
        }
      }
    }
    if (options.onProgress !== undefined && expanded % progressEvery === 0) {
      options.onProgress({ distinct, generated, queue: queue.length, depth })
    }
  }
  // A state found in the last level reached but never expanded still counts towards the depth.
  if (distinct - 1 > levelEnd) depth++
  options.onProgress?.({ distinct, generated, queue: queue.length, depth })
  return {
    distinct,
    generated,
    depth,
    complete: violation === null && queue.length === 0,
    violation,
    coverage: [{ action: "Init", distinct: 1, generated: 1 }, ...actions.map((info, a) => ({ action: info.name, distinct: coverageDistinct[a]!, generated: coverageGenerated[a]! }))],
  }
}

function lessThan(a: Uint8Array, aLength: number, b: Uint8Array, bLength: number): boolean {
  const length = Math.min(aLength, bLength)
  for (let k = 0; k < length; k++) {
    if (a[k] !== b[k]) return a[k]! < b[k]!
  }
  return aLength < bLength
}
