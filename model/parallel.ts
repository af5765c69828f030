/**
 * Parallel breadth-first exploration: the coordinator of the shards of model/shard.ts, level by level. It
 * gives the same figures as the one-thread search (model/explore.ts), exactly: distinct states, states
 * generated, depth and per-action coverage, with or without symmetry, and on --max-states or a violation
 * the counts the one-thread search has when it stops.
 *
 * Each level: every shard checks and expands its states and sends each successor to its owner; every shard
 * reports the keys of its new states; the coordinator merges them into ranks (the one-thread search's order
 * of the next level). If the one-thread search would stop inside a level (a violation, or --max-states
 * reached), the coordinator finds the key of the step where it stops (the smallest key of any violation, or
 * the key of the last state --max-states admits) and asks the shards for their counts up to it. States are
 * checked as they are expanded, so a violating state stops the search inside the level before its own. A
 * violation's path is rebuilt by asking the owner of each state for its parent; it is the one-thread
 * search's path.
 *
 * `ShardGroup` hides where the shards run: `localShards` runs them one after another in this thread (the
 * tests use it); bin/ runs one per worker thread. Pure: no clock, no I/O.
 */
import { assert } from "../impl/core/assert.js"
import { actions as specActions, type ActionInfo } from "./actions.js"
import { type ExploreOptions, type ExploreResult, type Progress, replayCodes } from "./explore.js"
import { type Cut, type CutReport, ExploreShard, type FoundViolation, type LevelReport, type PartialProgress, type ShardOptions } from "./shard.js"
import type { ModelConfig } from "./model-state.js"

/** The shards of one search, wherever they run. Every call is for all shards, except parentOf. */
export interface ShardGroup {
  readonly shards: number
  /** Level 1: the owner of the initial state takes it. */
  seed(): Promise<ReadonlyArray<LevelReport>>
  /** Expands the current level on every shard, exchanging successors; `onPartial` gets sums over the shards. */
  expandLevel(onPartial: (progress: PartialProgress) => void): Promise<ReadonlyArray<LevelReport>>
  /** `ranks[shard]`: the ranks of that shard's new states, in the order of its report's keys. */
  assignRanks(ranks: ReadonlyArray<Int32Array>): Promise<void>
  /** Counts up to the cut in the level just expanded, or (`previous`) in the one before it. */
  cut(cut: Cut, previous: boolean): Promise<ReadonlyArray<CutReport>>
  /** Checks now the new states reached by steps with keys up to `maxKey`; per shard, the violation with the smallest key. */
  checkNew(maxKey: number): Promise<ReadonlyArray<FoundViolation | null>>
  /** How the state `local` of `shard` was first reached: a parent reference (-1 for the initial state) and a label. */
  parentOf(shard: number, local: number): Promise<{ readonly parent: number; readonly label: number }>
}

/** A parent reference names a state and its shard: local * shards + shard. */
export function stateRef(local: number, shard: number, shards: number): number {
  return local * shards + shard
}

/** For each shard's ascending keys, the rank of each key among all of them (keys are distinct). */
export function mergeRanks(keys: ReadonlyArray<Float64Array>): Array<Int32Array> {
  const ranks = keys.map((k) => new Int32Array(k.length))
  const at = keys.map(() => 0)
  const total = keys.reduce((sum, k) => sum + k.length, 0)
  for (let rank = 0; rank < total; rank++) {
    let best = -1
    for (let s = 0; s < keys.length; s++) {
      if (at[s]! < keys[s]!.length && (best < 0 || keys[s]![at[s]!]! < keys[best]![at[best]!]!)) best = s
    }
    ranks[best]![at[best]!++] = rank
  }
  return ranks
}

/** Where the one-thread search stops inside a level, and why. */
interface Stop {
  readonly cut: Cut
  readonly violation: { readonly found: FoundViolation; readonly shard: number; readonly step: boolean } | null
}

/**
 * The earliest stop in the one-thread search's order inside the level just expanded: a step invariant is
 * checked before the state it reaches, a state invariant before --max-states counts that state. A stop
 * found, the new states up to it are checked (`checkNew`), since they are checked only when expanded.
 */
async function findStop(group: ShardGroup, reports: ReadonlyArray<LevelReport>, distinctBefore: number, maxStates: number, ranks: () => ReadonlyArray<Int32Array>): Promise<Stop | null> {
  let best: { key: number; order: number; stop: Stop } | null = null
  const offer = (key: number, order: number, stop: Stop): void => {
    if (best === null || key < best.key || (key === best.key && order < best.order)) best = { key, order, stop }
  }
  reports.forEach((r, shard) => {
    if (r.stepViolation !== null) offer(r.stepViolation.key, 0, { cut: { key: r.stepViolation.key, inclusive: false }, violation: { found: r.stepViolation, shard, step: true } })
  })
  const found = reports.reduce((sum, r) => sum + r.keys.length, 0)
  if (distinctBefore + found >= maxStates) {
    // The state that makes maxStates: rank maxStates - distinctBefore - 1 of this level.
    const wanted = maxStates - distinctBefore - 1
    assert(wanted >= 0, "the search stops once it has maxStates states")
    ranks().forEach((shardRanks, shard) => {
      const at = shardRanks.indexOf(wanted)
      if (at >= 0) offer(reports[shard]!.keys[at]!, 2, { cut: { key: reports[shard]!.keys[at]!, inclusive: true }, violation: null })
    })
  }
  if (best === null) return null
  const checked = await group.checkNew((best as { key: number }).key)
  checked.forEach((v, shard) => {
    if (v !== null) offer(v.key, 1, { cut: { key: v.key, inclusive: true }, violation: { found: v, shard, step: false } })
  })
  return (best as { stop: Stop }).stop
}

export interface CoordinateOptions {
  readonly config: ModelConfig
  readonly actions: ReadonlyArray<ActionInfo>
  readonly maxStates?: number
  readonly onProgress?: (progress: Progress) => void
}

/** The search, driven level by level over a group of shards. */
export async function coordinate(options: CoordinateOptions, group: ShardGroup): Promise<ExploreResult> {
  const actions = options.actions
  const maxStates = options.maxStates ?? Number.POSITIVE_INFINITY
  const coverageDistinct = new Array<number>(actions.length).fill(0)
  const coverageGenerated = new Array<number>(actions.length).fill(0)
  const add = (into: Array<number>, values: ReadonlyArray<number>): void => values.forEach((v, a) => void (into[a]! += v))
  let distinct = 0
  let generated = 1 // the initial state
  let depth = 0 // levels with states
  let level = 0 // the level whose expansion the reports are of; 0: the seeding of level 1
  let frontierSize = 0
  let complete = false
  let violation: ExploreResult["violation"] = null
  // The totals before the results of the previous expansion were added: where a stop inside it starts from.
  let previousTotals = { distinct, generated, coverageDistinct: coverageDistinct.slice(), coverageGenerated: coverageGenerated.slice() }
  const stopAt = async (stop: Stop, previous: boolean): Promise<void> => {
    if (previous) {
      distinct = previousTotals.distinct
      generated = previousTotals.generated
      previousTotals.coverageDistinct.forEach((v, a) => void (coverageDistinct[a] = v))
      previousTotals.coverageGenerated.forEach((v, a) => void (coverageGenerated[a] = v))
    }
    const counts = await group.cut(stop.cut, previous)
    const found = counts.reduce((sum, c) => sum + c.distinct, 0)
    distinct += found
    generated += counts.reduce((sum, c) => sum + c.generated, 0)
    for (const c of counts) {
      add(coverageDistinct, c.coverageDistinct)
      add(coverageGenerated, c.coverageGenerated)
    }
    const stoppedIn = previous ? level - 1 : level
    depth = stoppedIn + (found > 0 ? 1 : 0)
    if (stop.violation !== null) {
      const { found: v, shard, step } = stop.violation
      const codes = await pathTo(group, stateRef(v.local, shard, group.shards))
      if (step) codes.push(v.label)
      violation = { invariant: v.invariant, message: v.message, trace: replayCodes(options.config, actions, codes) }
    }
  }
  let reports = await group.seed()
  for (;;) {
    // A state of the level just expanded violates an invariant: the search stopped as it reached it.
    let first: { found: FoundViolation; shard: number } | null = null
    reports.forEach((r, shard) => {
      const v = r.frontierViolation
      if (v !== null && (first === null || v.key < first.found.key)) first = { found: v, shard }
    })
    if (first !== null) {
      const { found, shard } = first as { found: FoundViolation; shard: number }
      await stopAt({ cut: { key: found.key, inclusive: true }, violation: { found, shard, step: false } }, true)
      break
    }
    let ranks: ReadonlyArray<Int32Array> | null = null
    const rankAll = (): ReadonlyArray<Int32Array> => (ranks ??= mergeRanks(reports.map((r) => r.keys)))
    const stop = await findStop(group, reports, distinct, maxStates, rankAll)
    if (stop !== null) {
      await stopAt(stop, false)
      break
    }
    previousTotals = { distinct, generated, coverageDistinct: coverageDistinct.slice(), coverageGenerated: coverageGenerated.slice() }
    const found = reports.reduce((sum, r) => sum + r.keys.length, 0)
    distinct += found
    generated += reports.reduce((sum, r) => sum + r.generated, 0)
    for (const r of reports) {
      add(coverageDistinct, r.coverageDistinct)
      add(coverageGenerated, r.coverageGenerated)
    }
    if (found === 0) {
      complete = true
      break
    }
    depth = level + 1
    await group.assignRanks(rankAll())
    level++
    frontierSize = found
    const before = { distinct, generated }
    reports = await group.expandLevel((p) =>
      options.onProgress?.({ distinct: before.distinct + p.distinct, generated: before.generated + p.generated, queue: frontierSize - p.expanded + p.distinct, depth: level }),
    )
  }
  options.onProgress?.({ distinct, generated, queue: complete ? 0 : frontierSize, depth })
  return {
    distinct,
    generated,
    depth,
    complete,
    violation,
    coverage: [{ action: "Init", distinct: 1, generated: 1 }, ...actions.map((info, a) => ({ action: info.name, distinct: coverageDistinct[a]!, generated: coverageGenerated[a]! }))],
  }
}

/** The labels of the steps from the initial state to the referenced state. */
async function pathTo(group: ShardGroup, ref: number): Promise<Array<number>> {
  const codes: Array<number> = []
  for (let at = ref; ; ) {
    const { parent, label } = await group.parentOf(at % group.shards, Math.floor(at / group.shards))
    if (parent < 0) break
    codes.push(label)
    at = parent
  }
  return codes.reverse()
}

/** Shards run one after another in this thread: the same search, for tests and as the executable reference. */
export function localShards(options: Omit<ShardOptions, "shard">): ShardGroup {
  const shards = Array.from({ length: options.shards }, (_, shard) => new ExploreShard({ ...options, shard }))
  const send = (to: number, batch: ArrayBuffer): void => shards[to]!.receiveBatch(batch)
  return {
    shards: options.shards,
    seed: async () => {
      for (const s of shards) s.seed()
      return shards.map((s) => s.levelReport())
    },
    expandLevel: async () => {
      for (const s of shards) s.expandLevel(send)
      return shards.map((s) => s.levelReport())
    },
    assignRanks: async (ranks) => ranks.forEach((r, k) => shards[k]!.assignRanks(r)),
    cut: async (cut, previous) => shards.map((s) => s.cut(cut, previous)),
    checkNew: async (maxKey) => shards.map((s) => s.checkNew(maxKey)),
    parentOf: async (shard, local) => shards[shard]!.parentOf(local),
  }
}

/** `explore` with the states split among `shards` shards, run in this thread. */
export function exploreSharded(options: ExploreOptions, shards: number): Promise<ExploreResult> {
  const actions = options.actions ?? specActions
  const group = localShards({
    config: options.config,
    actions,
    symmetry: options.symmetry === true,
    invariants: options.invariants,
    stepInvariants: options.stepInvariants ?? [],
    shards,
  })
  return coordinate({ config: options.config, actions, ...(options.maxStates === undefined ? {} : { maxStates: options.maxStates }), ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }) }, group)
}
