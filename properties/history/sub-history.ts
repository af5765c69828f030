/**
 * Shrinking a non-conforming history to a small non-conforming sub-history.
 *
 * Dropping operations freely would "shrink" any violation to one read of a value no write wrote, which
 * explains nothing. So every step here only *weakens* the history, and a weaker history that still does
 * not conform shows the original does not either, for the original's own reasons:
 *   1. Cut the tail: keep the events before some point; an operation invoked before it and completed after
 *      it becomes indeterminate. The smallest such prefix that still fails is found by bisection (a
 *      failing prefix makes every longer one fail, so the property is monotone).
 *   2. Delta debugging (chunks, then halves of chunks, down to single operations) over the determinate
 *      operations: an operation that changes nothing (read, sync, check, failed write) is dropped; a write
 *      that succeeded is weakened to indeterminate (it may or may not have happened, at any time after its
 *      invocation). A step is kept when the history still fails.
 *   3. Indeterminate writes whose znodes no determinate operation touches (directly or through other such
 *      writes) are dropped: nothing can observe them, so leaving them out changes nothing.
 * After each step the history is split into components again and only a failing one is kept (dropping a
 * read often separates what it tied together). Each trial is a search with a bounded budget; a trial that
 * runs out counts as conforming (the step is not taken), and the whole shrink stops at its own budget. The result is then searched once more
 * with exact memo keys, to confirm it without relying on hashes.
 */
import type { Operation } from "./history.js"
import { parentPath, pathsOf } from "./model.js"
import { footprintPaths, search } from "./search.js"
import type { ShownOperation } from "./check.js"
import { components, observedPaths } from "./components.js"

/** The most configurations one shrinking trial may explore: a trial that needs more is not taken. */
const TRIAL_BUDGET_MAX = 50_000

export interface ShrinkOptions {
  readonly budget: number
  readonly shrinkBudget: number
  /** The operations the failed search could not get past (search.ts): where to focus first. */
  readonly blocked: ReadonlyArray<Operation>
}

export interface Shrunk {
  readonly subHistory: ReadonlyArray<ShownOperation>
  readonly confirmed: boolean
  readonly states: number
}

interface Item {
  readonly op: Operation
  readonly weakened: boolean
}

const INDETERMINATE = { _tag: "Indeterminate", reason: "Timeout" } as const

function weakenedOp(op: Operation): Operation {
  return { ...op, result: INDETERMINATE, ret: null, completedAt: null, completedIndex: null }
}

function changesNothing(op: Operation): boolean {
  switch (op.operation._tag) {
    case "GetData":
    case "Exists":
    case "GetChildren":
    case "Sync":
    case "Check":
    case "GetACL":
    case "AddAuth":
      return true
    case "Create":
    case "SetData":
    case "Delete":
    case "Multi":
    case "CloseSession":
    case "SetACL":
      return op.result._tag === "Failed"
  }
}

export function shrink(ops: ReadonlyArray<Operation>, options: ShrinkOptions): Shrunk {
  let spent = 0
  const trialBudget = Math.min(options.budget, TRIAL_BUDGET_MAX)
  // A trial: the history after a weakening step fails when one of its components fails; that component
  // alone is then the smaller history (components are independent, check.ts), or null when none fails.
  const failing = (items: ReadonlyArray<Item>): Array<Item> | null => {
    const byId = new Map(items.map((i) => [i.op.id, i]))
    for (const part of components(items.map((i) => i.op))) {
      if (spent >= options.shrinkBudget) return null
      const outcome = search(part, { budget: Math.min(trialBudget, options.shrinkBudget - spent) })
      spent += outcome.states
      if (outcome._tag === "Violation") return part.map((op) => byId.get(op.id)!)
    }
    return null
  }
  let items: Array<Item> = ops.map((op) => ({ op, weakened: false }))

  // 1. The shortest failing prefix.
  const cut = (end: number): Array<Item> => {
    const out: Array<Item> = []
    for (const item of items) {
      if (item.op.call >= end) continue
      if (item.op.ret !== null && item.op.ret >= end) out.push({ op: weakenedOp(item.op), weakened: true })
      else out.push(item)
    }
    return out
  }
  let lo = 0
  let hi = 0
  for (const item of items) hi = Math.max(hi, item.op.call + 1, (item.op.ret ?? 0) + 1)
  let best: Array<Item> = items
  // Invariant: cut(hi) fails (best is its failing component); cut(lo) does not (the empty history conforms).
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    const found = failing(cut(mid))
    if (found !== null) {
      hi = mid
      best = found
    } else lo = mid
  }
  items = best

  // 1b. Focus on the znodes of the operations the search could not get past: keep what touches them
  // (and, through writes spanning several znodes, what those touch), drop the rest. Dropping an op whose
  // effect no remaining op can observe only removes constraints, so this too is a weakening.
  const focusPaths = (): { readonly paths: Set<string>; readonly foot: (op: Operation) => Array<string> } => {
    const all = items.flatMap((i) => pathsOf(i.op.operation, i.op.result))
    const kids = new Map<string, Array<string>>()
    for (const p of new Set(all)) if (p !== "/") kids.set(parentPath(p), [...(kids.get(parentPath(p)) ?? []), p])
    const observed = observedPaths(items.map((i) => i.op))
    return { paths: new Set<string>(), foot: (op) => footprintPaths(op, (parent) => kids.get(parent) ?? [], observed) }
  }
  const focused = (seeds: ReadonlyArray<Operation>): Array<Item> => {
    const { paths, foot } = focusPaths()
    for (const op of seeds) for (const p of foot(op)) paths.add(p)
    const keep = new Set<number>(seeds.map((op) => op.id))
    let grew = true
    while (grew) {
      grew = false
      for (const i of items) {
        if (keep.has(i.op.id)) continue
        const f = foot(i.op)
        if (!f.some((p) => paths.has(p))) continue
        keep.add(i.op.id)
        if (!changesNothing(i.op)) for (const p of f) if (!paths.has(p)) {
          paths.add(p)
          grew = true
        }
      }
    }
    return items.filter((i) => keep.has(i.op.id))
  }
  const present = new Set(items.map((i) => i.op.id))
  const seeds = options.blocked.filter((op) => present.has(op.id))
  for (const trial of [seeds, ...seeds.map((op) => [op])]) {
    if (trial.length === 0) continue
    const candidate = focused(trial)
    if (candidate.length >= items.length) continue
    const found = failing(candidate)
    if (found !== null) {
      items = found
      break
    }
  }

  // 2. Delta debugging: first drop what changes nothing, then weaken writes to indeterminate.
  const weaken = (list: ReadonlyArray<Item>, drop: ReadonlySet<number>): Array<Item> => {
    const out: Array<Item> = []
    for (const item of list) {
      if (!drop.has(item.op.id)) out.push(item)
      else if (!changesNothing(item.op)) out.push({ op: weakenedOp(item.op), weakened: true })
    }
    return out
  }
  for (const pass of [true, false]) {
    let strong = items.filter((i) => i.op.result._tag !== "Indeterminate" && changesNothing(i.op) === pass).map((i) => i.op.id)
    let chunk = Math.max(1, Math.floor(strong.length / 2))
    while (strong.length > 0 && spent < options.shrinkBudget) {
      let progressed = false
      for (let start = 0; start < strong.length; start += chunk) {
        const group = new Set(strong.slice(start, start + chunk))
        const found = failing(weaken(items, group))
        if (found !== null) {
          items = found
          const left = new Set(found.filter((i) => i.op.result._tag !== "Indeterminate").map((i) => i.op.id))
          strong = strong.filter((id) => left.has(id))
          start -= chunk
          progressed = true
        }
      }
      if (chunk === 1 && !progressed) break
      if (chunk > 1) chunk = Math.max(1, Math.floor(chunk / 2))
    }
  }

  // 3. Drop the indeterminate writes that nothing determinate can observe.
  const allPaths = items.flatMap((i) => pathsOf(i.op.operation, i.op.result))
  const childrenByParent = new Map<string, Array<string>>()
  for (const p of new Set(allPaths)) if (p !== "/") childrenByParent.set(parentPath(p), [...(childrenByParent.get(parentPath(p)) ?? []), p])
  const observed = observedPaths(items.map((i) => i.op))
  const foot = (op: Operation): Array<string> => footprintPaths(op, (parent) => childrenByParent.get(parent) ?? [], observed)
  const touched = new Set<string>()
  for (const i of items) {
    if (i.op.result._tag === "Indeterminate") continue
    for (const p of foot(i.op)) touched.add(p)
  }
  const keep = new Set<number>()
  let grew = true
  while (grew) {
    grew = false
    for (const i of items) {
      if (i.op.result._tag !== "Indeterminate" || keep.has(i.op.id)) continue
      const f = foot(i.op)
      if (f.some((p) => touched.has(p))) {
        keep.add(i.op.id)
        for (const p of f) touched.add(p)
        grew = true
      }
    }
  }
  const trimmed = items.filter((i) => i.op.result._tag !== "Indeterminate" || keep.has(i.op.id))
  if (trimmed.length < items.length) {
    const found = failing(trimmed)
    if (found !== null) items = found
  }

  // Confirm with exact keys.
  const exact = search(
    items.map((i) => i.op),
    { budget: options.budget, exact: true },
  )
  spent += exact.states
  return { subHistory: items, confirmed: exact._tag === "Violation", states: spent }
}
