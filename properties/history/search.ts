/**
 * The search for an order that explains a history (one component of it; check.ts splits the history and
 * states the consistency rule). Wing & Gong's backtracking search as Lowe improved it: extend a sequence
 * of operations one at a time, apply each to the sequential specification (model.ts), back up when an
 * operation's result does not match, and remember every (set of operations placed, model state) already
 * explored, so that no configuration is searched twice.
 *
 * What may come next is not plain linearizability's "invoked before the first pending completion": see
 * check.ts for the precedence rule. Concretely an operation may be placed when
 *   - every determinate operation its session invoked before it is placed (per-session FIFO), and
 *   - for a write, sync, check or multi: it was invoked before the earliest completion among the
 *     determinate operations not yet placed (a write is ordered after everything that completed before it
 *     began, reads included, since a read cannot see a write invoked after the read returned).
 * A read has no other constraint: it may be stale with respect to other sessions.
 *
 * Three reductions keep the search small, each an exchange argument (a valid order can be rearranged into
 * one the reduced search finds, so nothing valid is missed):
 *   1. An operation that changes nothing (a read, a sync, a check, a failed write), once it may be placed
 *      and matches the current state, is placed at once without branching: moving it earlier keeps every
 *      state and only weakens its constraints, since all its predecessors are already placed.
 *   2. An indeterminate write has no successors (no one waits for its completion) and commutes with every
 *      operation that touches none of its znodes, so it can always be moved later, to just before the
 *      next operation that touches one of them, or dropped if none does. The search therefore places one
 *      only when the operation placed right after it touches its znodes or is a later-invoked
 *      indeterminate write that an operation placeable now touches (several lost writes one operation
 *      depends on go back to back), and tries it only when an operation that may be placed now (or a
 *      chain of indeterminate ones) touches them.
 *   3. Determinate candidates are tried before indeterminate ones, so a valid history is usually explained
 *      on the first path.
 *
 * Cost control: the (placed set, state, pending-restriction) key is two 32-bit hashes of a Zobrist hash of
 * the placed set and the model's incremental state hash, in an open-addressing table of typed arrays; the
 * inner loop allocates nothing. A hash collision could only prune a path (a false "violation", never a
 * false pass), so a violation is confirmed by an exact search (`exact`: keys are the full texts) on the
 * shrunk history before it is reported. The search counts the configurations it explores and stops at
 * `budget` with "unknown".
 */
import type { Operation } from "./history.js"
import { observedPaths } from "./components.js"
import { ZnodeModel, parentPath, pathsOf } from "./model.js"
import { digestId } from "../../impl/digest-auth.js"
import type { Identity } from "./acl-judge.js"

export type SearchOutcome =
  | { readonly _tag: "Ok"; readonly states: number }
  | { readonly _tag: "Violation"; readonly states: number; readonly blocked: ReadonlyArray<Operation> }
  | { readonly _tag: "Unknown"; readonly states: number }

export interface SearchOptions {
  /** The most configurations to explore before giving up with "unknown". */
  readonly budget: number
  /** Memoise on exact keys instead of 64-bit hashes (small histories: confirming a violation). */
  readonly exact?: boolean
  /**
   * The quick search: an indeterminate write may take effect only before the first determinate read or
   * successful write on its znodes invoked more than `QUICK_WINDOW` events after it (in practice a lost write takes effect
   * soon, or never), and indeterminate writes placed back to back go in invocation order. That makes the search incomplete, so only its "Ok"
   * (which comes with an order it found) may be trusted: check.ts runs the complete search before it
   * reports a violation or gives up.
   */
  readonly quick?: boolean
}

/** How many history events after an indeterminate write's invocation the quick search lets it wait. */
export const QUICK_WINDOW = 200

/** How an operation takes part in the search. */
const READ = 0 // getData, exists, getChildren: changes nothing; constrained only by its session
const STILL = 1 // sync, check, a failed write: changes nothing; ordered like a write
const MUTATING = 2 // a write that succeeded, or an indeterminate write

function kindOf(op: Operation): number | null {
  const indeterminate = op.result._tag === "Indeterminate"
  switch (op.operation._tag) {
    case "GetData":
    case "Exists":
    case "GetChildren":
    case "GetACL":
      return indeterminate ? null : READ
    case "AddAuth": // changes no state: its identity is passed to its session's later ops (sessionAuth)
      return null
    case "Sync":
    case "Check":
      return indeterminate ? null : STILL
    case "Create":
    case "SetData":
    case "Delete":
    case "Multi":
    case "CloseSession":
    case "SetACL":
      return op.result._tag === "Failed" ? STILL : MUTATING
  }
}

/**
 * The identities each op's session held when it invoked the op: those of the AddAuths the session invoked
 * before it, whatever became of them (the client keeps the identity and sends it again on reconnection).
 * `addauth digest user:password` holds digest:user:base64(sha1(user:password)); `addauth ip ADDRESS`
 * holds ip:ADDRESS (the history names the address the server saw; see model.ts).
 */
export function sessionAuth(ops: ReadonlyArray<Operation>): Map<number, ReadonlyArray<Identity>> {
  const held = new Map<string, ReadonlyArray<Identity>>()
  const out = new Map<number, ReadonlyArray<Identity>>()
  for (const op of [...ops].sort((a, b) => a.call - b.call)) {
    const ids = held.get(op.session) ?? []
    out.set(op.id, ids)
    if (op.operation._tag === "AddAuth") {
      const { scheme } = op.operation
      const id = scheme === "digest" ? digestId(op.operation.id) : op.operation.id
      if (!ids.some((who) => who.scheme === scheme && who.id === id)) held.set(op.session, [...ids, { scheme, id }])
    }
  }
  return out
}

/** The znode paths an op's outcome depends on or changes (conservative: more only costs branching). */
export function footprintPaths(op: Operation, childrenOf: (parent: string) => ReadonlyArray<string>, observed: ReadonlySet<string>): Array<string> {
  const out: Array<string> = []
  const one = (tag: string, path: string, sequential: boolean): void => {
    // A parent nobody observes (components.ts) changes only in ways nobody sees.
    if ((tag === "Create" || tag === "Delete") && observed.has(parentPath(path))) out.push(parentPath(path))
    if (tag === "Create" && sequential) out.push(...childrenOf(parentPath(path)))
    else out.push(path)
  }
  const o = op.operation
  switch (o._tag) {
    case "GetData":
    case "Exists":
    case "GetChildren":
    case "SetData":
    case "Check":
    case "Delete":
    case "SetACL":
    case "GetACL":
      one(o._tag, o.path, false)
      break
    case "Create":
      one(o._tag, o.path, o.sequential)
      break
    case "Sync":
    case "AddAuth":
    case "CloseSession": // its session's ops' footprints (search below): it deletes their ephemerals, and expires them
      break
    case "Multi":
      for (const m of o.ops) one(m._tag, m.path, m._tag === "Create" && m.sequential)
      break
  }
  return out
}

/** A deterministic stream of 32-bit values (splitmix32), for the Zobrist keys: no randomness is drawn. */
function zobrist(n: number, seed: number): Int32Array {
  const out = new Int32Array(n)
  let s = seed | 0
  for (let i = 0; i < n; i++) {
    s = (s + 0x9e3779b9) | 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    out[i] = z ^ (z >>> 16)
  }
  return out
}

/** An open-addressing set of 64-bit keys (two 32-bit lanes). */
class KeySet {
  private a: Int32Array
  private b: Int32Array
  private used: Uint8Array
  private count = 0
  constructor(capacity: number) {
    this.a = new Int32Array(capacity)
    this.b = new Int32Array(capacity)
    this.used = new Uint8Array(capacity)
  }

  /** Adds the key; false when it was already there. */
  add(ka: number, kb: number): boolean {
    if (this.count * 2 >= this.used.length) this.grow()
    const mask = this.used.length - 1
    let i = (ka ^ Math.imul(kb, 0x27d4eb2d)) & mask
    for (;;) {
      if (this.used[i] === 0) {
        this.used[i] = 1
        this.a[i] = ka
        this.b[i] = kb
        this.count += 1
        return true
      }
      if (this.a[i] === ka && this.b[i] === kb) return false
      i = (i + 1) & mask
    }
  }

  private grow(): void {
    const { a, b, used } = this
    this.a = new Int32Array(used.length * 2)
    this.b = new Int32Array(used.length * 2)
    this.used = new Uint8Array(used.length * 2)
    this.count = 0
    for (let i = 0; i < used.length; i++) if (used[i] === 1) this.add(a[i]!, b[i]!)
  }
}

/** Search for an order of `ops` (one component of a history) that the consistency rule admits. */
export function search(ops: ReadonlyArray<Operation>, options: SearchOptions): SearchOutcome {
  // Operations that can neither change anything nor be checked (an indeterminate read, sync or check) are
  // left out: no order needs them.
  const kept: Array<Operation> = []
  const kinds: Array<number> = []
  for (const op of ops) {
    const kind = kindOf(op)
    if (kind === null) continue
    kept.push(op)
    kinds.push(kind)
  }
  const n = kept.length
  const authOf = sessionAuth(ops)
  const quick = options.quick === true
  const allPaths: Array<string> = []
  for (const op of kept) allPaths.push(...pathsOf(op.operation, op.result))
  const model = new ZnodeModel(allPaths)
  const childrenByParent = new Map<string, Array<string>>()
  for (const p of new Set(allPaths)) {
    if (p === "/") continue
    const parent = parentPath(p)
    childrenByParent.set(parent, [...(childrenByParent.get(parent) ?? []), p])
  }
  const childrenOf = (parent: string): ReadonlyArray<string> => childrenByParent.get(parent) ?? []
  const observed = observedPaths(kept)

  // Per op: kind, times, session position, footprint (znode ids).
  const kind = Int8Array.from(kinds)
  const determinate = new Uint8Array(n)
  const call = new Float64Array(n)
  const ret = new Float64Array(n)
  const session = new Int32Array(n)
  const sessionPos = new Int32Array(n)
  const nextDetPos = new Int32Array(n)
  const footprint: Array<Int32Array> = []
  const sessionIds = new Map<string, number>()
  const sessionOps: Array<Array<number>> = []
  for (let i = 0; i < n; i++) {
    const op = kept[i]!
    determinate[i] = op.result._tag === "Indeterminate" ? 0 : 1
    call[i] = op.call
    ret[i] = determinate[i] === 1 ? op.ret! : Infinity
    let s = sessionIds.get(op.session)
    if (s === undefined) {
      s = sessionOps.length
      sessionIds.set(op.session, s)
      sessionOps.push([])
    }
    session[i] = s
    sessionPos[i] = sessionOps[s]!.length
    sessionOps[s]!.push(i)
    const ids = new Set<number>()
    for (const p of footprintPaths(op, childrenOf, observed)) {
      const id = model.idOf(p)
      if (id !== undefined) ids.add(id)
    }
    footprint.push(Int32Array.from([...ids].sort((a, b) => a - b)))
  }
  // A close touches every znode its session's ops touch: it deletes the session's ephemerals, and an op of
  // the session placed after it takes no effect, so a lost write of the session does not commute with it.
  for (let i = 0; i < n; i++) {
    if (kept[i]!.operation._tag !== "CloseSession") continue
    const ids = new Set<number>()
    for (const j of sessionOps[session[i]!]!) for (const z of footprint[j]!) ids.add(z)
    footprint[i] = Int32Array.from([...ids].sort((a, b) => a - b))
  }
  const sessions = sessionOps.length
  const sessionLength = new Int32Array(sessions)
  for (let s = 0; s < sessions; s++) {
    const list = sessionOps[s]!
    sessionLength[s] = list.length
    let next = list.length
    for (let k = list.length - 1; k >= 0; k--) {
      nextDetPos[list[k]!] = next
      if (determinate[list[k]!] === 1) next = k
    }
  }
  const frontier = new Int32Array(sessions)
  for (let s = 0; s < sessions; s++) {
    const list = sessionOps[s]!
    let k = 0
    while (k < list.length && determinate[list[k]!] === 0) k++
    frontier[s] = k
  }
  // Determinate ops by completion: the earliest not yet placed bounds which writes may come next.
  const retOrder = Int32Array.from([...Array(n).keys()].filter((i) => determinate[i] === 1).sort((x, y) => ret[x]! - ret[y]!))
  const retRank = new Int32Array(n).fill(-1)
  retOrder.forEach((op, rank) => (retRank[op] = rank))
  const nDet = retOrder.length
  let fprIdx = 0
  // Indeterminate writes not yet placed, as a doubly linked list in invocation order (Lowe's lift/unlift).
  const indet = [...Array(n).keys()].filter((i) => determinate[i] === 0)
  const nextIndet = new Int32Array(n + 1).fill(-1)
  const prevIndet = new Int32Array(n + 1).fill(-1)
  const HEAD = n
  {
    let prev = HEAD
    for (const i of indet) {
      nextIndet[prev] = i
      prevIndet[i] = prev
      prev = i
    }
  }

  // The quick search's expiry of an indeterminate op: the first determinate read or successful write
  // touching one of its znodes invoked more than QUICK_WINDOW events after it. Once that op is placed, the quick search takes the
  // indeterminate op to have never happened (in practice a lost write takes effect soon, or never).
  const indetByZnode = new Map<number, Array<number>>()
  const expiry = new Int32Array(n).fill(-1)
  const seenStamp = new Int32Array(n)
  let stamp = 0
  if (quick) {
    const detByZnode = new Map<number, Array<number>>()
    for (let i = 0; i < n; i++) {
      // Only determinate ops whose result pins the znode's state (a read, a write that succeeded) count
      // for expiry: a failed CAS is often explained as well with the lost write as without it.
      if (determinate[i] === 1 && kind[i] === STILL) continue
      const byZnode = determinate[i] === 1 ? detByZnode : indetByZnode
      for (const z of footprint[i]!) {
        const list = byZnode.get(z)
        if (list === undefined) byZnode.set(z, [i])
        else list.push(i)
      }
    }
    for (const i of indet) {
      let best = -1
      for (const z of footprint[i]!) {
        const list = detByZnode.get(z) ?? []
        let lo = 0
        let hi = list.length
        while (lo < hi) {
          const mid = (lo + hi) >>> 1
          if (call[list[mid]!]! <= call[i]! + QUICK_WINDOW) lo = mid + 1
          else hi = mid
        }
        if (lo < list.length && (best < 0 || call[list[lo]!]! < call[best]!)) best = list[lo]!
      }
      expiry[i] = best
    }
  }
  const zA = zobrist(n, 0x1234567)
  const zB = zobrist(n, 0x7654321)
  const placed = new Uint8Array(n)
  let bitA = 0
  let bitB = 0
  let detPlaced = 0

  const place = (i: number): void => {
    placed[i] = 1
    bitA ^= zA[i]!
    bitB ^= zB[i]!
    if (determinate[i] === 1) {
      detPlaced += 1
      frontier[session[i]!] = nextDetPos[i]!
      if (retRank[i] === fprIdx) while (fprIdx < nDet && placed[retOrder[fprIdx]!] === 1) fprIdx++
    } else {
      nextIndet[prevIndet[i]!] = nextIndet[i]!
      if (nextIndet[i]! >= 0) prevIndet[nextIndet[i]!] = prevIndet[i]!
    }
  }
  const unplace = (i: number): void => {
    placed[i] = 0
    bitA ^= zA[i]!
    bitB ^= zB[i]!
    if (determinate[i] === 1) {
      detPlaced -= 1
      frontier[session[i]!] = sessionPos[i]!
      if (retRank[i]! < fprIdx) fprIdx = retRank[i]!
    } else {
      nextIndet[prevIndet[i]!] = i
      if (nextIndet[i]! >= 0) prevIndet[nextIndet[i]!] = i
    }
  }
  const fprRet = (): number => (fprIdx < nDet ? ret[retOrder[fprIdx]!]! : Infinity)
  const intersects = (x: number, y: number): boolean => {
    const a = footprint[x]!
    const b = footprint[y]!
    for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (a[i] === b[j]) return true
    return false
  }
  const apply = (i: number): boolean => {
    const mark = model.mark()
    const op = kept[i]!
    if (model.apply(op.operation, determinate[i] === 1 ? op.result : null, session[i]!, authOf.get(op.id)!)) return true
    model.undo(mark)
    return false
  }

  // The greedy closure (reduction 1): place every non-changing op that may be placed and matches.
  const greedy = new Int32Array(n)
  let greedyTop = 0
  const closure = (): void => {
    let changed = true
    while (changed) {
      changed = false
      for (let s = 0; s < sessions; s++) {
        const pos = frontier[s]!
        if (pos >= sessionLength[s]!) continue
        const o = sessionOps[s]![pos]!
        if (kind[o] === MUTATING) continue
        if (kind[o] === STILL && call[o]! >= fprRet()) continue
        if (!apply(o)) continue
        place(o)
        greedy[greedyTop++] = o
        changed = true
      }
    }
  }

  // Memoisation.
  const seen = options.exact === true ? null : new KeySet(1 << 12)
  const seenExact = options.exact === true ? new Set<string>() : null
  const remember = (restrict: number): boolean => {
    if (seen !== null) {
      const r = Math.imul(restrict + 1, 0x9e3779b1)
      const ka = bitA ^ Math.imul(model.hashA ^ r, 0x85ebca6b)
      const kb = bitB ^ Math.imul(model.hashB + r, 0xc2b2ae35) ^ (model.hashA >>> 7)
      return seen.add(ka, kb)
    }
    let bits = ""
    for (let i = 0; i < n; i++) bits += placed[i] === 1 ? "1" : "0"
    const key = `${bits}|${model.canonical()}|${restrict}`
    if (seenExact!.has(key)) return false
    seenExact!.add(key)
    return true
  }

  // The stack of frames: the op that made the level, its greedy ops, the model mark before it, the
  // restriction (an indeterminate op the next op must touch, or -1), and the level's candidates.
  const frameOp: Array<number> = []
  const frameMark: Array<number> = []
  const frameGreedy: Array<number> = []
  const frameRestrict: Array<number> = []
  const frameStart: Array<number> = []
  const frameEnd: Array<number> = []
  const framePos: Array<number> = []
  const framePhase: Array<number> = []
  const cand: Array<number> = []
  let states = 0
  let deepest = -1
  let blocked: Array<number> = []

  const noteDepth = (): void => {
    if (detPlaced <= deepest) return
    deepest = detPlaced
    blocked = []
    for (let s = 0; s < sessions; s++) {
      const pos = frontier[s]!
      if (pos < sessionLength[s]!) blocked.push(sessionOps[s]![pos]!)
    }
  }

  /** Fill the candidates of the top frame for its phase: 0 determinate writes, 1 indeterminate ones. */
  const fill = (top: number): void => {
    const restrict = frameRestrict[top]!
    const start = frameStart[top]!
    cand.length = start
    const limit = fprRet()
    if (framePhase[top] === 0) {
      for (let s = 0; s < sessions; s++) {
        const pos = frontier[s]!
        if (pos >= sessionLength[s]!) continue
        const o = sessionOps[s]![pos]!
        if (kind[o] !== MUTATING || call[o]! >= limit) continue
        if (restrict >= 0 && !intersects(restrict, o)) continue
        // Earliest invoked first: the order the operations most likely took effect in.
        let k = cand.length
        cand.push(o)
        while (k > start && call[cand[k - 1]!]! > call[o]!) {
          cand[k] = cand[k - 1]!
          k--
        }
        cand[k] = o
      }
    } else {
      // Reduction 2: an indeterminate op is worth placing only before an op that touches its znodes. The
      // ops that may be placed now (and, transitively, indeterminate ops touching them) give the znodes.
      const ready: Array<number> = []
      if (quick) {
        // Only the indeterminate ops on the anchors' znodes that have not expired (see expiry below),
        // from per-znode lists: never a walk over every one still pending, most of which never happened.
        stamp += 1
        const visit = (anchor: number): void => {
          const f = footprint[anchor]!
          for (let j = 0; j < f.length; j++) {
            const list = indetByZnode.get(f[j]!)
            if (list === undefined) continue
            for (let k = 0; k < list.length; k++) {
              const i = list[k]!
              if (call[i]! >= limit) break
              if (seenStamp[i] === stamp || placed[i] === 1) continue
              seenStamp[i] = stamp
              if (expiry[i]! >= 0 && placed[expiry[i]!] === 1) continue
              if (restrict >= 0 && call[i]! <= call[restrict]!) continue
              if (sessionPos[i]! <= frontier[session[i]!]!) ready.push(i)
            }
          }
        }
        if (restrict >= 0) visit(restrict)
        else {
          for (let s = 0; s < sessions; s++) {
            const pos = frontier[s]!
            if (pos < sessionLength[s]!) visit(sessionOps[s]![pos]!)
          }
        }
        ready.sort((x, y) => call[x]! - call[y]!)
        for (const i of ready) cand.push(i)
        frameEnd[top] = cand.length
        framePos[top] = start
        return
      }
      for (let i = nextIndet[HEAD]!; i >= 0 && call[i]! < limit; i = nextIndet[i]!) {
        if (sessionPos[i]! <= frontier[session[i]!]!) ready.push(i)
      }
      if (ready.length > 0) {
        const frontierOps: Array<number> = []
        for (let s = 0; s < sessions; s++) {
          const pos = frontier[s]!
          if (pos < sessionLength[s]!) frontierOps.push(sessionOps[s]![pos]!)
        }
        const anchors: Array<number> = restrict >= 0 ? [restrict] : frontierOps.slice()
        const chosen = new Uint8Array(ready.length)
        let grew = true
        while (grew) {
          grew = false
          for (let k = 0; k < ready.length; k++) {
            if (chosen[k] === 1) continue
            const x = ready[k]!
            // After an indeterminate op, the next may also be a later-invoked indeterminate one that an op
            // ready now touches: several lost writes an operation depends on (a multi over two znodes
            // created by two of them) take effect back to back, in invocation order, before it.
            const chains = restrict >= 0 && call[x]! > call[restrict]! && frontierOps.some((a) => intersects(a, x))
            if (chains || anchors.some((a) => intersects(a, x))) {
              chosen[k] = 1
              grew = true
              if (restrict < 0) anchors.push(x)
            }
          }
        }
        for (let k = 0; k < ready.length; k++) if (chosen[k] === 1) cand.push(ready[k]!)
      }
    }
    frameEnd[top] = cand.length
    framePos[top] = start
  }

  const pushFrame = (op: number, mark: number, greedyFrom: number, restrict: number): void => {
    const top = frameOp.length
    frameOp.push(op)
    frameMark.push(mark)
    frameGreedy.push(greedyFrom)
    frameRestrict.push(restrict)
    frameStart.push(top === 0 ? 0 : frameEnd[top - 1]!)
    frameEnd.push(0)
    framePos.push(0)
    framePhase.push(0)
    fill(top)
  }

  /** Take back the top frame's greedy ops and op. */
  const popFrame = (): void => {
    const top = frameOp.length - 1
    while (greedyTop > frameGreedy[top]!) unplace(greedy[--greedyTop]!)
    const op = frameOp[top]!
    if (op >= 0) unplace(op)
    model.undo(frameMark[top]!)
    frameOp.pop()
    frameMark.pop()
    frameGreedy.pop()
    frameRestrict.pop()
    frameStart.pop()
    frameEnd.pop()
    framePos.pop()
    framePhase.pop()
  }

  // The root: the greedy closure from the empty sequence.
  pushFrameRoot: {
    const mark = model.mark()
    closure()
    remember(-1)
    states = 1
    noteDepth()
    if (detPlaced === nDet) return { _tag: "Ok", states }
    pushFrame(-1, mark, 0, -1)
    break pushFrameRoot
  }

  while (frameOp.length > 0) {
    const top = frameOp.length - 1
    if (framePos[top]! >= frameEnd[top]!) {
      if (framePhase[top] === 0) {
        framePhase[top] = 1
        fill(top)
        continue
      }
      if (top === 0) break
      popFrame()
      continue
    }
    const o = cand[framePos[top]!]!
    framePos[top] = framePos[top]! + 1
    const mark = model.mark()
    if (!apply(o)) continue
    place(o)
    const greedyFrom = greedyTop
    closure()
    const restrict = determinate[o] === 0 && greedyTop === greedyFrom ? o : -1
    if (!remember(restrict)) {
      while (greedyTop > greedyFrom) unplace(greedy[--greedyTop]!)
      unplace(o)
      model.undo(mark)
      continue
    }
    states += 1
    noteDepth()
    if (detPlaced === nDet) return { _tag: "Ok", states }
    if (states >= options.budget) return { _tag: "Unknown", states }
    pushFrame(o, mark, greedyFrom, restrict)
  }
  return { _tag: "Violation", states, blocked: blocked.map((i) => kept[i]!) }
}
