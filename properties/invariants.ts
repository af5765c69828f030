/**
 * The safety invariants of ZAB, each a pure function with a name and a one-line statement, over a cluster
 * view (properties/view.ts) or over two consecutive views. The simulator, a real cluster's merged trace and
 * the abstract model all project to that view, so one definition serves all three.
 *
 * "Delivered" means history[0 .. committed) (Zab.tla: the history prefix up to lastCommitted). Delivery
 * facts are checked for crashed servers too (a crashed server's view is its last state before the crash):
 * what it delivered, it delivered. Role facts (who leads) are only checked for servers that are up.
 *
 * Every checker is written to be called after most steps of thousands of runs per second: linear passes,
 * early exits, and no allocation beyond a map or two per call.
 */
import { type Zxid, epochOf, formatZxid } from "../impl/core/zxid.js"
import type { ClusterView, ServerView, TxnView } from "./view.js"

export interface Violation {
  readonly invariant: string
  readonly message: string
  readonly servers: ReadonlyArray<number>
}

export interface StateInvariant {
  readonly name: string
  readonly statement: string
  readonly check: (view: ClusterView) => Violation | null
}

export interface StepInvariant {
  readonly name: string
  readonly statement: string
  readonly check: (before: ClusterView, after: ClusterView) => Violation | null
}

function violation(invariant: string, message: string, servers: ReadonlyArray<number>): Violation {
  return { invariant, message, servers }
}

function show(txn: TxnView): string {
  return `${formatZxid(txn.zxid)} [${txn.value}]`
}

function same(a: TxnView, b: TxnView): boolean {
  return a.zxid === b.zxid && a.value === b.value
}

function key(txn: TxnView): string {
  return `${txn.zxid}|${txn.value}`
}

// -----------------------------------------------------------------------------------------------------------
// Leadership

/** Zab.tla Leadership2 (over the epochLeader ghost). */
export const SingleLeaderPerEpoch: StateInvariant = {
  name: "SingleLeaderPerEpoch",
  statement: "at most one leader is ever established in each epoch",
  check(view) {
    const established = view.ghost.established
    if (established.length < 2) return null
    const byEpoch = new Map<number, number>()
    for (const e of established) {
      const other = byEpoch.get(e.epoch)
      if (other !== undefined && other !== e.leader) {
        return violation("SingleLeaderPerEpoch", `servers ${other} and ${e.leader} were both established as leader of epoch ${e.epoch}`, [other, e.leader])
      }
      byEpoch.set(e.epoch, e.leader)
    }
    return null
  },
}

/** Zab.tla Leadership1 (over current state). */
export const Leadership1: StateInvariant = {
  name: "Leadership1",
  statement: "no two servers lead in synchronization or broadcast with the same currentEpoch",
  check(view) {
    const servers = view.servers
    for (let i = 0; i < servers.length; i++) {
      const a = servers[i]!
      if (!a.up || a.role !== "leading" || (a.phase !== "synchronization" && a.phase !== "broadcast")) continue
      for (let j = i + 1; j < servers.length; j++) {
        const b = servers[j]!
        if (!b.up || b.role !== "leading" || (b.phase !== "synchronization" && b.phase !== "broadcast")) continue
        if (a.currentEpoch === b.currentEpoch) {
          return violation("Leadership1", `servers ${a.id} and ${b.id} both lead in epoch ${a.currentEpoch} (${a.phase}, ${b.phase})`, [a.id, b.id])
        }
      }
    }
    return null
  },
}

// -----------------------------------------------------------------------------------------------------------
// Agreement on delivered sequences

/** Zab.tla PrefixConsistency. */
export const PrefixAgreement: StateInvariant = {
  name: "PrefixAgreement",
  statement: "any two servers' delivered sequences agree on their common length",
  check(view) {
    // Compare everyone with the longest delivered sequence: if all agree with it, all agree pairwise.
    let longest: ServerView | null = null
    for (const s of view.servers) if (longest === null || s.committed > longest.committed) longest = s
    if (longest === null) return null
    for (const s of view.servers) {
      if (s === longest) continue
      for (let k = 0; k < s.committed; k++) {
        const a = s.history[k]!
        const b = longest.history[k]!
        if (!same(a, b)) {
          return violation(
            "PrefixAgreement",
            `delivered position ${k + 1} differs: server ${s.id} delivered ${show(a)}, server ${longest.id} delivered ${show(b)}`,
            [s.id, longest.id],
          )
        }
      }
    }
    return null
  },
}

/** The broadcast log as a lookup by zxid, rebuilt only when the ghost grows (it is append-only). */
interface BroadcastIndex {
  readonly length: number
  readonly byZxid: Map<Zxid, { readonly value: string; readonly leader: number; readonly epoch: number; readonly rank: number }>
}

const broadcastIndexes = new WeakMap<object, BroadcastIndex>()

function broadcastIndex(view: ClusterView): BroadcastIndex {
  const log = view.ghost.broadcasts
  const cached = broadcastIndexes.get(log)
  if (cached !== undefined && cached.length === log.length) return cached
  const byZxid = cached?.byZxid ?? new Map()
  const ranks = new Map<string, number>()
  if (cached !== undefined) for (const b of byZxid.values()) ranks.set(`${b.leader}/${b.epoch}`, Math.max(ranks.get(`${b.leader}/${b.epoch}`) ?? 0, b.rank + 1))
  for (let i = cached?.length ?? 0; i < log.length; i++) {
    const b = log[i]!
    const primary = `${b.leader}/${b.epoch}`
    const rank = ranks.get(primary) ?? 0
    ranks.set(primary, rank + 1)
    if (!byZxid.has(b.txn.zxid)) byZxid.set(b.txn.zxid, { value: b.txn.value, leader: b.leader, epoch: b.epoch, rank })
  }
  const index = { length: log.length, byZxid }
  broadcastIndexes.set(log, index)
  return index
}

/** Zab.tla Integrity. */
export const Integrity: StateInvariant = {
  name: "Integrity",
  statement: "every delivered txn was broadcast by a leader, with that zxid and content",
  check(view) {
    const index = broadcastIndex(view).byZxid
    for (const s of view.servers) {
      for (let k = 0; k < s.committed; k++) {
        const txn = s.history[k]!
        const proposed = index.get(txn.zxid)
        if (proposed === undefined || proposed.value !== txn.value) {
          const what = proposed === undefined ? "no leader ever broadcast that zxid" : `the leader broadcast [${proposed.value}] at that zxid`
          return violation("Integrity", `server ${s.id} delivered ${show(txn)} but ${what}`, [s.id])
        }
      }
    }
    return null
  },
}

/** True when every delivered sequence is a prefix of the longest one: then Agreement and TotalOrder hold. */
function prefixConsistent(view: ClusterView): boolean {
  let longest: ServerView | null = null
  for (const s of view.servers) if (longest === null || s.committed > longest.committed) longest = s
  if (longest === null) return true
  for (const s of view.servers) {
    if (s === longest) continue
    for (let k = 0; k < s.committed; k++) if (!same(s.history[k]!, longest.history[k]!)) return false
  }
  return true
}

function deliveredKeys(s: ServerView): Map<string, number> {
  const keys = new Map<string, number>()
  for (let k = 0; k < s.committed; k++) keys.set(key(s.history[k]!), k)
  return keys
}

/** Zab.tla Agreement. */
export const Agreement: StateInvariant = {
  name: "Agreement",
  statement: "if one server delivered a and another b, then one of them delivered both",
  check(view) {
    if (prefixConsistent(view)) return null
    const servers = view.servers.filter((s) => s.committed > 0)
    const keys = servers.map(deliveredKeys)
    for (let i = 0; i < servers.length; i++) {
      for (let j = i + 1; j < servers.length; j++) {
        const iHasAllOfJ = [...keys[j]!.keys()].every((k) => keys[i]!.has(k))
        const jHasAllOfI = [...keys[i]!.keys()].every((k) => keys[j]!.has(k))
        if (!iHasAllOfJ && !jHasAllOfI) {
          const a = servers[i]!.history.slice(0, servers[i]!.committed).find((t) => !keys[j]!.has(key(t)))!
          const b = servers[j]!.history.slice(0, servers[j]!.committed).find((t) => !keys[i]!.has(key(t)))!
          return violation(
            "Agreement",
            `server ${servers[i]!.id} delivered ${show(a)} which ${servers[j]!.id} did not, and ${servers[j]!.id} delivered ${show(b)} which ${servers[i]!.id} did not`,
            [servers[i]!.id, servers[j]!.id],
          )
        }
      }
    }
    return null
  },
}

/** Zab.tla TotalOrder. */
export const TotalOrder: StateInvariant = {
  name: "TotalOrder",
  statement: "if a server delivered a before b and another delivered b, it delivered a before b too",
  check(view) {
    if (prefixConsistent(view)) return null
    const servers = view.servers.filter((s) => s.committed > 0)
    const keys = servers.map(deliveredKeys)
    for (let i = 0; i < servers.length; i++) {
      for (let j = 0; j < servers.length; j++) {
        if (i === j) continue
        const si = servers[i]!
        const positions = keys[j]!
        // Walk i's sequence: once some txn is missing at j, no later txn of i may be at j; and the ones
        // j has must appear there in the same order.
        let missing: TxnView | null = null
        let lastPosition = -1
        let lastTxn: TxnView | null = null
        for (let k = 0; k < si.committed; k++) {
          const txn = si.history[k]!
          const at = positions.get(key(txn))
          if (at === undefined) {
            missing ??= txn
            continue
          }
          if (missing !== null) {
            return violation(
              "TotalOrder",
              `server ${si.id} delivered ${show(missing)} before ${show(txn)}; server ${servers[j]!.id} delivered ${show(txn)} without ${show(missing)}`,
              [si.id, servers[j]!.id],
            )
          }
          if (at < lastPosition) {
            return violation(
              "TotalOrder",
              `server ${si.id} delivered ${show(lastTxn!)} before ${show(txn)}; server ${servers[j]!.id} delivered them the other way round`,
              [si.id, servers[j]!.id],
            )
          }
          lastPosition = at
          lastTxn = txn
        }
      }
    }
    return null
  },
}

/**
 * The ZAB paper's local primary order. Zab.tla's LocalPrimaryOrder is vacuous as written (an exists where a
 * for-all is meant); this is the corrected one.
 */
export const LocalPrimaryOrder: StateInvariant = {
  name: "LocalPrimaryOrder",
  statement: "if a leader broadcast a before b, a server that delivered b delivered a before b",
  check(view) {
    const index = broadcastIndex(view).byZxid
    for (const s of view.servers) {
      // Per primary (leader, epoch): the ranks delivered must be 0, 1, 2, ... in order.
      const next = new Map<string, number>()
      for (let k = 0; k < s.committed; k++) {
        const txn = s.history[k]!
        const b = index.get(txn.zxid)
        if (b === undefined || b.value !== txn.value) continue // Integrity's business
        const primary = `${b.leader}/${b.epoch}`
        const expected = next.get(primary) ?? 0
        if (b.rank !== expected) {
          return violation(
            "LocalPrimaryOrder",
            `server ${s.id} delivered ${show(txn)}, broadcast ${b.rank + 1}${b.rank === 0 ? "st" : "th"} by leader ${b.leader} in epoch ${b.epoch}, without first delivering that leader's broadcast number ${expected + 1}`,
            [s.id, b.leader],
          )
        }
        next.set(primary, expected + 1)
      }
    }
    return null
  },
}

/** Zab.tla GlobalPrimaryOrder. */
export const GlobalPrimaryOrder: StateInvariant = {
  name: "GlobalPrimaryOrder",
  statement: "in every delivered sequence, txns of an older epoch come before txns of a newer one",
  check(view) {
    for (const s of view.servers) {
      for (let k = 1; k < s.committed; k++) {
        const a = s.history[k - 1]!
        const b = s.history[k]!
        if (epochOf(a.zxid) > epochOf(b.zxid)) {
          return violation("GlobalPrimaryOrder", `server ${s.id} delivered ${show(a)} (epoch ${epochOf(a.zxid)}) before ${show(b)} (epoch ${epochOf(b.zxid)})`, [s.id])
        }
      }
    }
    return null
  },
}

/** Zab.tla PrimaryIntegrity. */
export const PrimaryIntegrity: StateInvariant = {
  name: "PrimaryIntegrity",
  statement: "a broadcasting leader has delivered every older-epoch txn its broadcasting followers delivered",
  check(view) {
    for (const p of view.servers) {
      if (!p.up || p.role !== "leading" || p.phase !== "broadcast") continue
      let mine: Set<string> | null = null
      for (const f of view.servers) {
        if (!f.up || f.role !== "following" || f.phase !== "broadcast" || f.leader !== p.id) continue
        for (let k = 0; k < f.committed; k++) {
          const txn = f.history[k]!
          if (epochOf(txn.zxid) >= p.currentEpoch) continue
          mine ??= new Set(deliveredKeys(p).keys())
          if (!mine.has(key(txn))) {
            return violation("PrimaryIntegrity", `follower ${f.id} delivered ${show(txn)} of an older epoch, but its leader ${p.id} (epoch ${p.currentEpoch}) has not`, [f.id, p.id])
          }
        }
      }
    }
    return null
  },
}

// -----------------------------------------------------------------------------------------------------------
// Monotonicity and durability

/** Not in Zab.tla, which checks it only indirectly through in-action flags. */
export const ZxidMonotonic: StateInvariant = {
  name: "ZxidMonotonic",
  statement: "each server's history has strictly increasing zxids, and its acceptedEpoch is at least its currentEpoch",
  check(view) {
    for (const s of view.servers) {
      if (s.acceptedEpoch < s.currentEpoch) {
        return violation("ZxidMonotonic", `server ${s.id} has acceptedEpoch ${s.acceptedEpoch} below currentEpoch ${s.currentEpoch}`, [s.id])
      }
      for (let k = 1; k < s.history.length; k++) {
        const a = s.history[k - 1]!
        const b = s.history[k]!
        if (a.zxid >= b.zxid) {
          return violation("ZxidMonotonic", `server ${s.id} holds ${show(a)} before ${show(b)} at history positions ${k} and ${k + 1}`, [s.id])
        }
      }
    }
    return null
  },
}

export const AcknowledgedDurable: StateInvariant = {
  name: "AcknowledgedDurable",
  statement: "a write acknowledged to a client is held by every later established leader and never replaced in a delivered sequence",
  check(view) {
    const acked = view.ghost.acknowledged
    if (acked.length === 0) return null
    for (const s of view.servers) {
      const leads = s.up && s.role === "leading" && (s.phase === "synchronization" || s.phase === "broadcast")
      let held: Map<Zxid, string> | null = null
      for (const txn of acked) {
        if (leads && s.currentEpoch > epochOf(txn.zxid)) {
          if (held === null) {
            held = new Map()
            for (const t of s.history) held.set(t.zxid, t.value)
          }
          if (held.get(txn.zxid) !== txn.value) {
            return violation("AcknowledgedDurable", `leader ${s.id} of epoch ${s.currentEpoch} does not hold ${show(txn)}, which a client was told had succeeded`, [s.id])
          }
        }
      }
      if (s.committed === 0) continue
      let delivered: Map<Zxid, string> | null = null
      for (const txn of acked) {
        delivered ??= new Map(s.history.slice(0, s.committed).map((t) => [t.zxid, t.value] as const))
        const there = delivered.get(txn.zxid)
        if (there !== undefined && there !== txn.value) {
          return violation("AcknowledgedDurable", `server ${s.id} delivered [${there}] at ${formatZxid(txn.zxid)}, where a client was told ${show(txn)} had succeeded`, [s.id])
        }
      }
    }
    return null
  },
}

/** Across two consecutive views of one server that stayed up: durable progress never goes backwards. */
export const ProgressMonotonic: StepInvariant = {
  name: "ProgressMonotonic",
  statement: "while a server stays up, its epochs never decrease and its delivered sequence only grows",
  check(before, after) {
    for (let i = 0; i < after.servers.length; i++) {
      const a = before.servers[i]
      const b = after.servers[i]!
      // A crash may lose volatile state (Zab.tla's Restart resets lastCommitted): compare live-to-live only.
      if (a === undefined || !a.up || !b.up) continue
      if (b.acceptedEpoch < a.acceptedEpoch || b.currentEpoch < a.currentEpoch) {
        return violation(
          "ProgressMonotonic",
          `server ${b.id} went from acceptedEpoch ${a.acceptedEpoch} / currentEpoch ${a.currentEpoch} to ${b.acceptedEpoch} / ${b.currentEpoch} without restarting`,
          [b.id],
        )
      }
      if (b.committed < a.committed) {
        return violation("ProgressMonotonic", `server ${b.id} un-delivered txns: ${a.committed} delivered before, ${b.committed} after`, [b.id])
      }
      for (let k = 0; k < a.committed; k++) {
        if (!same(a.history[k]!, b.history[k]!)) {
          return violation("ProgressMonotonic", `server ${b.id} replaced delivered ${show(a.history[k]!)} at position ${k + 1} with ${show(b.history[k]!)}`, [b.id])
        }
      }
    }
    return null
  },
}

export const stateInvariants: ReadonlyArray<StateInvariant> = [
  SingleLeaderPerEpoch,
  Leadership1,
  ZxidMonotonic,
  PrefixAgreement,
  Integrity,
  Agreement,
  TotalOrder,
  LocalPrimaryOrder,
  GlobalPrimaryOrder,
  PrimaryIntegrity,
  AcknowledgedDurable,
]

export const stepInvariants: ReadonlyArray<StepInvariant> = [ProgressMonotonic]

export function checkState(view: ClusterView): Violation | null {
  for (const invariant of stateInvariants) {
    const found = invariant.check(view)
    if (found !== null) return found
  }
  return null
}

export function checkStep(before: ClusterView, after: ClusterView): Violation | null {
  for (const invariant of stepInvariants) {
    const found = invariant.check(before, after)
    if (found !== null) return found
  }
  return null
}
