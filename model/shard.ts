/**
 * One shard of a parallel breadth-first exploration of the model (model/parallel.ts drives the shards, the
 * thread glue lives in bin/). The states are split among the shards by fingerprint: each shard owns the
 * fingerprints that fall to it, keeps their seen set, their parent pointers and their encoded states, and
 * expands the states it owns. Successors are sent to their owner as encoded bytes in batches.
 *
 * The search is level-synchronous, and every step carries the key it would have in the one-thread search
 * (model/explore.ts): the rank of its source state within its level, then its 16-bit label. That search
 * numbers states in the order it first reaches them, and it reaches the states of level d+1 in key order;
 * so a shard credits each new state to its smallest-key discovery. That is the discovery the one-thread
 * search makes first, which is why the action credited in the coverage, the state's bytes kept when symmetry
 * merges different states into one, the parent pointer and the first violation in search order are all the
 * same as one thread's, however the work is split. Once a level is complete the coordinator merges the keys
 * of every shard's new states into their ranks for the next level.
 *
 * A state is checked against the invariants when its owner expands it, not when it arrives: it is decoded
 * then anyway, and its projection (memoised by array identity) then serves the step invariants of its
 * successors too. The one-thread search checks a state when it first reaches it, one level earlier; so a
 * violation found while expanding a level stops the search inside the previous one, and a shard keeps the
 * previous level's states until the next level is expanded.
 *
 * Pure: no clock, no I/O, no threads; a caller moves the batches.
 */
import { assert } from "../impl/core/assert.js"
import type { ActionInfo, Label } from "./actions.js"
import { Decoder, MAX_ENCODED_BYTES } from "./encode.js"
import { type ModelViolation, Parents, type StateCheck, type StepCheck, StateFingerprinter, packLabel, unpackLabel } from "./explore.js"
import { type ModelConfig, type ModelState, initialState } from "./model-state.js"

export interface ShardOptions {
  readonly config: ModelConfig
  readonly actions: ReadonlyArray<ActionInfo>
  readonly symmetry: boolean
  readonly invariants: ReadonlyArray<StateCheck>
  readonly stepInvariants: ReadonlyArray<StepCheck>
  /** This shard's number, 0-based, and how many there are. */
  readonly shard: number
  readonly shards: number
}

/** Keys hold a label in their low 16 bits. */
const LABEL_SPAN = 65536

/** The key of a step: in the one-thread search, steps are taken in increasing key order. */
export function stepKey(rank: number, label: number): number {
  return rank * LABEL_SPAN + label
}

export function keyRank(key: number): number {
  return Math.floor(key / LABEL_SPAN)
}

export function keyLabel(key: number): number {
  return key % LABEL_SPAN
}

/** Which shard owns a fingerprint: its second half, which the seen set does not use to pick a slot. */
export function ownerOf(h2: number, shards: number): number {
  return (h2 >>> 0) % shards
}

/** A violation found by a shard; `local` is the state's number in its owner shard. */
export interface FoundViolation extends ModelViolation {
  /** Key of the step that found it: the step itself (a step invariant) or the step that first reached the state. */
  readonly key: number
  /** The source state of the step (a step invariant), or the violating state. */
  readonly local: number
  readonly label: number
}

/** What a shard found in one level of the search (or in seeding the initial state). */
export interface LevelReport {
  /** The keys of the states this shard first reached in this level, ascending. */
  readonly keys: Float64Array
  readonly expanded: number
  readonly generated: number
  /** Per action: states generated, and new states credited to it. */
  readonly coverageGenerated: ReadonlyArray<number>
  readonly coverageDistinct: ReadonlyArray<number>
  /** The step invariant violation with the smallest key. */
  readonly stepViolation: FoundViolation | null
  /** The state of the level expanded that violates an invariant with the smallest key (from the level before). */
  readonly frontierViolation: FoundViolation | null
}

/**
 * Where the one-thread search would have stopped inside a level: at the step with this key, which counts
 * (it was generated); the state it reaches counts only if `inclusive` (a state invariant or --max-states
 * stopped there, not a step invariant).
 */
export interface Cut {
  readonly key: number
  readonly inclusive: boolean
}

/** A shard's share of the counts up to a cut. */
export interface CutReport {
  readonly generated: number
  readonly coverageGenerated: ReadonlyArray<number>
  readonly distinct: number
  readonly coverageDistinct: ReadonlyArray<number>
}

/** A shard's progress through the level it is expanding. */
export interface PartialProgress {
  readonly expanded: number
  readonly generated: number
  /** New states received so far in this level. */
  readonly distinct: number
}

/** Batches of successors: word 0 holds the bytes used; then records, word-aligned. */
export const BATCH_BYTES = 1 << 18
/** Record header words: h1, h2, rank, parent reference, label | length << 16; the encoding follows. */
const HEADER_WORDS = 5

/** 64-bit fingerprints to state numbers: open addressing, linear probing. */
export class FingerprintIds {
  private fps: Int32Array
  private ids: Int32Array // id + 1; 0 marks an empty slot
  private mask: number
  size = 0

  constructor(initialSlots = 1 << 16) {
    assert((initialSlots & (initialSlots - 1)) === 0, "slot count is a power of two")
    this.fps = new Int32Array(initialSlots * 2)
    this.ids = new Int32Array(initialSlots)
    this.mask = initialSlots - 1
  }

  /** The number stored for the fingerprint; if there is none, stores `id` and returns -1. */
  findOrAdd(h1: number, h2: number, id: number): number {
    const fps = this.fps
    const ids = this.ids
    const mask = this.mask
    let slot = h1 & mask
    for (;;) {
      const stored = ids[slot]!
      if (stored === 0) {
        fps[slot << 1] = h1
        fps[(slot << 1) + 1] = h2
        ids[slot] = id + 1
        this.size++
        if (this.size * 2 > mask + 1) this.grow()
        return -1
      }
      if (fps[slot << 1] === h1 && fps[(slot << 1) + 1] === h2) return stored - 1
      slot = (slot + 1) & mask
    }
  }

  private grow(): void {
    const oldFps = this.fps
    const oldIds = this.ids
    const slots = (this.mask + 1) * 2
    const fps = new Int32Array(slots * 2)
    const ids = new Int32Array(slots)
    const mask = slots - 1
    for (let at = 0; at < oldIds.length; at++) {
      const id = oldIds[at]!
      if (id === 0) continue
      const h1 = oldFps[at << 1]!
      let slot = h1 & mask
      while (ids[slot] !== 0) slot = (slot + 1) & mask
      fps[slot << 1] = h1
      fps[(slot << 1) + 1] = oldFps[(at << 1) + 1]!
      ids[slot] = id
    }
    this.fps = fps
    this.ids = ids
    this.mask = mask
  }

  get bytes(): number {
    return this.fps.byteLength + this.ids.byteLength
  }
}

const CHUNK_SHIFT = 22
const CHUNK_BYTES = 1 << CHUNK_SHIFT
const MAX_CHUNKS = 511 // positions stay below 2^31

/** Encoded states of one level, by entry number, in chunks; an entry can be overwritten by one as long. */
export class StateStore {
  private readonly chunks: Array<Uint8Array> = []
  private used = CHUNK_BYTES // bytes used in the last chunk; full until the first chunk exists
  private positions = new Int32Array(1 << 10)
  length = 0

  append(bytes: Uint8Array, offset: number, length: number): number {
    assert(length < 0x10000 && length <= MAX_ENCODED_BYTES, "encoded state fits a store entry")
    if (this.used + length + 2 > CHUNK_BYTES) {
      assert(this.chunks.length < MAX_CHUNKS, "a level's states fit the store")
      this.chunks.push(new Uint8Array(CHUNK_BYTES))
      this.used = 0
    }
    const chunk = this.chunks[this.chunks.length - 1]!
    chunk[this.used] = length & 0xff
    chunk[this.used + 1] = length >>> 8
    chunk.set(bytes.subarray(offset, offset + length), this.used + 2)
    if (this.length === this.positions.length) {
      const grown = new Int32Array(this.positions.length * 2)
      grown.set(this.positions)
      this.positions = grown
    }
    const entry = this.length++
    this.positions[entry] = ((this.chunks.length - 1) << CHUNK_SHIFT) | this.used
    this.used += length + 2
    return entry
  }

  overwrite(entry: number, bytes: Uint8Array, offset: number, length: number): void {
    const at = this.positions[entry]!
    const chunk = this.chunks[at >>> CHUNK_SHIFT]!
    const start = at & (CHUNK_BYTES - 1)
    assert((chunk[start]! | (chunk[start + 1]! << 8)) === length, "a state of the same orbit has an encoding as long")
    chunk.set(bytes.subarray(offset, offset + length), start + 2)
  }

  /** The chunk and offset of an entry's bytes. */
  locate(entry: number, out: { chunk: Uint8Array; offset: number }): void {
    const at = this.positions[entry]!
    out.chunk = this.chunks[at >>> CHUNK_SHIFT]!
    out.offset = (at & (CHUNK_BYTES - 1)) + 2
  }

  get bytes(): number {
    return this.chunks.length * CHUNK_BYTES + this.positions.byteLength
  }
}

/** A batch being filled for one destination shard. */
class Outbox {
  buffer = new ArrayBuffer(BATCH_BYTES)
  words = new Int32Array(this.buffer)
  bytes = new Uint8Array(this.buffer)
  used = 1 // words, counting word 0

  reset(): void {
    this.buffer = new ArrayBuffer(BATCH_BYTES)
    this.words = new Int32Array(this.buffer)
    this.bytes = new Uint8Array(this.buffer)
    this.used = 1
  }
}

export class ExploreShard {
  readonly shard: number
  readonly shards: number
  private readonly config: ModelConfig
  private readonly actions: ReadonlyArray<ActionInfo>
  private readonly symmetry: boolean
  private readonly invariants: ReadonlyArray<StateCheck>
  private readonly stepInvariants: ReadonlyArray<StepCheck>
  private readonly labels: ReadonlyArray<ReadonlyArray<ReadonlyArray<Label>>>
  private readonly fingerprinter: StateFingerprinter
  private readonly expandDecoder: Decoder
  private readonly checkDecoder: Decoder
  private readonly ids = new FingerprintIds()
  private readonly parents = new Parents(1 << 14)
  private readonly outboxes: ReadonlyArray<Outbox>

  /** States owned so far: state numbers 0 .. count-1. */
  private count = 0
  /** The level being expanded: its states are numbers frontierStart .. frontierStart + frontier.length - 1. */
  private frontier = new StateStore()
  private frontierStart = 0
  private ranks = new Int32Array(0)
  /** The keys by which the level before reached the frontier's states. */
  private frontierKeys = new Float64Array(0)
  /** The level before the frontier, kept to count its steps again if the search stops inside it. */
  private previous = new StateStore()
  private previousRanks = new Int32Array(0)
  /** The level being discovered: its states are numbers levelStart .. count-1, entry = number - levelStart. */
  private next = new StateStore()
  private levelStart = 0
  private keys = new Float64Array(1 << 10)
  private sortedKeys = new Float64Array(0)

  private expanded = 0
  private generated = 0
  private readonly coverageGenerated: Array<number>
  private stepViolation: FoundViolation | null = null
  private frontierViolation: FoundViolation | null = null

  constructor(options: ShardOptions) {
    const n = options.config.servers
    assert(options.actions.length < 256, "action numbers fit a label")
    assert(n >= 1 && n <= 15, "server indexes fit the 4-bit fields of labels and encodings")
    assert(options.shards >= 1 && options.shard >= 0 && options.shard < options.shards, "the shard is one of the shards")
    this.shard = options.shard
    this.shards = options.shards
    this.config = options.config
    this.actions = options.actions
    this.symmetry = options.symmetry
    this.invariants = options.invariants
    this.stepInvariants = options.stepInvariants
    this.labels = options.actions.map((_, a) =>
      Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => unpackLabel(options.actions, packLabel(a, i, j)))),
    )
    this.fingerprinter = new StateFingerprinter(n, options.symmetry)
    this.expandDecoder = new Decoder(n)
    this.checkDecoder = new Decoder(n)
    this.outboxes = Array.from({ length: options.shards }, () => new Outbox())
    this.coverageGenerated = new Array<number>(options.actions.length).fill(0)
  }

  /** Level 1: the initial state, taken by the shard that owns it. */
  seed(): void {
    const init = initialState(this.config)
    const length = this.fingerprinter.of(init)
    const fp = this.fingerprinter.fp
    if (ownerOf(fp[1]!, this.shards) !== this.shard) return
    this.receive(fp[0]!, fp[1]!, 0, 0, -1, this.fingerprinter.encoder.bytes, 0, length)
  }

  /**
   * Expands every state of the level: successors this shard owns are taken at once, the others go to
   * `send(shard, batch)` (the batch's buffer is the receiver's from then on). `poll` is called every
   * `pollEvery` states expanded, for the caller to take batches that arrived meanwhile.
   */
  expandLevel(send: (shard: number, batch: ArrayBuffer) => void, poll?: (progress: PartialProgress) => void, pollEvery = 256): void {
    const config = this.config
    const actions = this.actions
    const n = config.servers
    const shards = this.shards
    const me = this.shard
    const fingerprinter = this.fingerprinter
    const encoder = fingerprinter.encoder
    const fp = fingerprinter.fp
    const stepInvariants = this.stepInvariants
    const labels = this.labels
    const coverageGenerated = this.coverageGenerated
    const slot = { chunk: new Uint8Array(0), offset: 0 }
    const frontier = this.frontier
    for (let e = 0; e < frontier.length; e++) {
      frontier.locate(e, slot)
      const s = this.expandDecoder.decode(slot.chunk, slot.offset)
      const local = this.frontierStart + e
      // After a violating state the level's successors no longer count: only the rest of its states are checked.
      if (this.checkFrontier(s, e, local) || this.frontierViolation !== null) continue
      const rank = this.ranks[e]!
      const ref = local * shards + me
      for (let a = 0; a < actions.length; a++) {
        const info = actions[a]!
        const jEnd = info.arity === 1 ? 1 : n
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < jEnd; j++) {
            const next = info.run(config, s, i, j)
            if (next === null) continue
            const copies = info.disjuncts === undefined ? 1 : info.disjuncts(config, s, i, j)
            this.generated += copies
            coverageGenerated[a]! += copies
            const label = packLabel(a, i, j)
            for (const check of stepInvariants) {
              const found = check(s, next, labels[a]![i]![j]!)
              if (found === null) continue
              const key = stepKey(rank, label)
              if (this.stepViolation === null || key < this.stepViolation.key) this.stepViolation = { ...found, key, local, label }
              break
            }
            const length = fingerprinter.of(next)
            const owner = ownerOf(fp[1]!, shards)
            if (owner === me) {
              this.receive(fp[0]!, fp[1]!, rank, label, ref, encoder.bytes, 0, length)
              continue
            }
            assert(length < 0x10000, "an encoded state's length fits 16 bits of a record header")
            const box = this.outboxes[owner]!
            const words = HEADER_WORDS + ((length + 3) >>> 2)
            if ((box.used + words) * 4 > BATCH_BYTES) {
              this.flush(owner, send)
            }
            const w = box.words
            const at = box.used
            w[at] = fp[0]!
            w[at + 1] = fp[1]!
            w[at + 2] = rank
            w[at + 3] = ref
            w[at + 4] = label | (length << 16)
            box.bytes.set(encoder.bytes.subarray(0, length), (at + HEADER_WORDS) * 4)
            box.used = at + words
          }
        }
      }
      this.expanded++
      if (poll !== undefined && this.expanded % pollEvery === 0) poll(this.progress())
    }
    for (let k = 0; k < shards; k++) if (k !== me && this.outboxes[k]!.used > 1) this.flush(k, send)
  }

  private flush(shard: number, send: (shard: number, batch: ArrayBuffer) => void): void {
    const box = this.outboxes[shard]!
    box.words[0] = box.used * 4
    const buffer = box.buffer
    box.reset()
    send(shard, buffer)
  }

  progress(): PartialProgress {
    return { expanded: this.expanded, generated: this.generated, distinct: this.count - this.levelStart }
  }

  /** Takes a batch of successors sent by a shard. */
  receiveBatch(batch: ArrayBuffer): void {
    const words = new Int32Array(batch)
    const bytes = new Uint8Array(batch)
    const end = words[0]! >>> 2
    assert(end <= words.length, "a batch's length fits its buffer")
    let at = 1
    while (at < end) {
      const packed = words[at + 4]!
      const length = packed >>> 16
      this.receive(words[at]!, words[at + 1]!, words[at + 2]!, packed & 0xffff, words[at + 3]!, bytes, (at + HEADER_WORDS) * 4, length)
      at += HEADER_WORDS + ((length + 3) >>> 2)
    }
  }

  /** A successor of state `parent` (a shard-tagged reference) by the step `label`, owned by this shard. */
  private receive(h1: number, h2: number, rank: number, label: number, parent: number, bytes: Uint8Array, offset: number, length: number): void {
    const key = stepKey(rank, label)
    const local = this.count
    const found = this.ids.findOrAdd(h1, h2, local)
    if (found < 0) {
      this.count++
      const entry = this.next.append(bytes, offset, length)
      if (entry === this.keys.length) {
        const grown = new Float64Array(this.keys.length * 2)
        grown.set(this.keys)
        this.keys = grown
      }
      this.keys[entry] = key
      this.parents.set(local, parent, label)
      return
    }
    // Reached in an earlier level: not new. Reached earlier in this level: keep the smallest key's discovery.
    if (found < this.levelStart) return
    const entry = found - this.levelStart
    if (key >= this.keys[entry]!) return
    this.keys[entry] = key
    this.parents.set(found, parent, label)
    if (this.symmetry) {
      // Another state of the same orbit: the one-thread search keeps, and expands, the first one it reaches.
      this.next.overwrite(entry, bytes, offset, length)
    }
  }

  /** The first invariant `s` violates, or null. */
  private violationOf(s: ModelState): ModelViolation | null {
    for (const invariant of this.invariants) {
      const found = invariant(s)
      if (found !== null) return found
    }
    return null
  }

  /** Checks frontier entry e (state `local`); true if it violates an invariant (the smallest key is kept). */
  private checkFrontier(s: ModelState, e: number, local: number): boolean {
    if (this.invariants.length === 0) return false
    const found = this.violationOf(s)
    if (found === null) return false
    const key = this.frontierKeys[e]!
    if (this.frontierViolation === null || key < this.frontierViolation.key) this.frontierViolation = { ...found, key, local, label: keyLabel(key) }
    return true
  }

  /**
   * Checks the new states of the level reached by steps with keys up to `maxKey` now, not when they are
   * expanded: the search stops inside this level, and one of them may violate an invariant before the stop.
   */
  checkNew(maxKey: number): FoundViolation | null {
    let first: FoundViolation | null = null
    if (this.invariants.length === 0) return null
    const slot = { chunk: new Uint8Array(0), offset: 0 }
    for (let e = 0; e < this.next.length; e++) {
      const key = this.keys[e]!
      if (key > maxKey || (first !== null && key > first.key)) continue
      this.next.locate(e, slot)
      const found = this.violationOf(this.checkDecoder.decode(slot.chunk, slot.offset))
      if (found !== null) first = { ...found, key, local: this.levelStart + e, label: keyLabel(key) }
    }
    return first
  }

  /** The level's figures, once every shard has expanded it and every batch has been received. */
  levelReport(): LevelReport {
    const n = this.count - this.levelStart
    const coverageDistinct = new Array<number>(this.actions.length).fill(0)
    for (let local = this.levelStart; local < this.count; local++) {
      if (this.parents.parent[local]! >= 0) coverageDistinct[this.parents.label[local]! >>> 8]!++
    }
    this.sortedKeys = this.keys.slice(0, n).sort()
    return {
      keys: this.sortedKeys.slice(),
      expanded: this.expanded,
      generated: this.generated,
      coverageGenerated: this.coverageGenerated.slice(),
      coverageDistinct,
      stepViolation: this.stepViolation,
      frontierViolation: this.frontierViolation,
    }
  }

  /**
   * The level just reported becomes the one to expand. `ranks[k]` is the rank, among every shard's new
   * states, of this shard's k-th smallest key in its report.
   */
  assignRanks(ranks: Int32Array): void {
    const n = this.count - this.levelStart
    assert(ranks.length === n && this.sortedKeys.length === n, "a rank for every new state")
    assert(this.count * this.shards < 2 ** 31, "state references (state number, shard) fit 32 bits")
    const byEntry = new Int32Array(n)
    const sorted = this.sortedKeys
    for (let e = 0; e < n; e++) byEntry[e] = ranks[lowerBound(sorted, this.keys[e]!)]!
    this.previous = this.frontier
    this.previousRanks = this.ranks
    this.frontier = this.next
    this.frontierStart = this.levelStart
    this.frontierKeys = this.keys
    this.ranks = byEntry
    this.next = new StateStore()
    this.keys = new Float64Array(1 << 10)
    this.levelStart = this.count
    this.sortedKeys = new Float64Array(0)
    this.frontierViolation = null
    this.expanded = 0
    this.generated = 0
    this.coverageGenerated.fill(0)
    this.stepViolation = null
  }

  /**
   * This shard's counts of the level up to the cut: the steps of its states taken before the cut (taken
   * again, counting only), and its new states first reached before it. `previous`: the cut is in the
   * expansion of the level before the frontier (a frontier state violates an invariant).
   */
  cut(cut: Cut, previous: boolean): CutReport {
    const store = previous ? this.previous : this.frontier
    const ranks = previous ? this.previousRanks : this.ranks
    const keys = previous ? this.frontierKeys : this.keys
    const first = previous ? this.frontierStart : this.levelStart
    const end = previous ? this.frontierStart + this.frontier.length : this.count
    const config = this.config
    const actions = this.actions
    const n = config.servers
    const cutRank = keyRank(cut.key)
    const cutLabel = keyLabel(cut.key)
    const coverageGenerated = new Array<number>(actions.length).fill(0)
    let generated = 0
    const slot = { chunk: new Uint8Array(0), offset: 0 }
    for (let e = 0; e < store.length; e++) {
      const rank = ranks[e]!
      if (rank > cutRank) continue
      store.locate(e, slot)
      const s = this.expandDecoder.decode(slot.chunk, slot.offset)
      steps: for (let a = 0; a < actions.length; a++) {
        const info = actions[a]!
        const jEnd = info.arity === 1 ? 1 : n
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < jEnd; j++) {
            if (rank === cutRank && packLabel(a, i, j) > cutLabel) break steps
            const next = info.run(config, s, i, j)
            if (next === null) continue
            const copies = info.disjuncts === undefined ? 1 : info.disjuncts(config, s, i, j)
            generated += copies
            coverageGenerated[a]! += copies
          }
        }
      }
    }
    const coverageDistinct = new Array<number>(actions.length).fill(0)
    let distinct = 0
    for (let local = first; local < end; local++) {
      const key = keys[local - first]!
      if (key > cut.key || (key === cut.key && !cut.inclusive)) continue
      distinct++
      if (this.parents.parent[local]! >= 0) coverageDistinct[this.parents.label[local]! >>> 8]!++
    }
    return { generated, coverageGenerated, distinct, coverageDistinct }
  }

  /** How state `local` of this shard was first reached: its parent's reference (-1 for the initial state) and the step's label. */
  parentOf(local: number): { readonly parent: number; readonly label: number } {
    assert(local >= 0 && local < this.count, "a state of this shard")
    return { parent: this.parents.parent[local]!, label: this.parents.label[local]! }
  }

  /** Bytes held in the shard's tables (not counting the JavaScript heap). */
  get bytes(): number {
    return this.ids.bytes + this.parents.parent.byteLength + this.parents.label.byteLength + this.previous.bytes + this.frontier.bytes + this.next.bytes + this.keys.byteLength + this.frontierKeys.byteLength
  }
}

/** The first position in `sorted` holding a value not below `x`. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
