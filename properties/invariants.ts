/**
 * The safety invariants of ZAB, each a pure function with a name and a one-line statement, over a cluster
 * view (properties/view.ts) or over two consecutive views. The simulator, a real cluster's merged trace and
 * the abstract model all project to that view, so one definition serves all three.
 *
 * Each invariant names its counterpart in ZooKeeper's protocol spec (zookeeper-specifications/protocol-spec/
 * Zab.tla). "Delivered" means history[0 .. committed) (Zab.tla: the history prefix up to lastCommitted.index)
 * of a server that is up. A crashed server's view is its last state before the crash; it is left out, as
 * Zab.tla's Restart leaves it out by setting lastCommitted to 0, and it is judged again once it is back up.
 * Only the step half of ZxidMonotonic follows a server through its crash and restart, and it asks there
 * only what survives a crash: its delivered prefixes agree, and an epoch it had joined is kept.
 * Where Zab.tla restricts a property to followers (Integrity, Agreement), this module checks every up server:
 * a leader's delivered txns were broadcast too (by itself or by an earlier leader), and Agreement over all
 * servers follows from PrefixConsistency, which Zab.tla itself checks over all servers.
 *
 * The checkers run after most steps of thousands of simulated runs per second (a few microseconds for the
 * whole battery on five servers with forty txns each), so each is a linear pass with early exits and no
 * per-call sets. `checkState` computes once per view the facts several invariants share (the longest
 * delivered prefix, whether every other one is a prefix of it); when they are, the properties of a single
 * sequence that every prefix inherits (Integrity, LocalPrimaryOrder, GlobalPrimaryOrder, a conflicting txn
 * at an acknowledged zxid) need checking on the longest sequence only, and Agreement and TotalOrder hold
 * outright. The append-only ghost records are indexed once and extended as they grow. Only a view that
 * already breaks an invariant takes the slower, exact path that explains what differs. The facts the fast
 * paths rely on (zxids strictly increase along a history) are checked first, by ZxidMonotonic.
 */
import { type Zxid, counterOf, epochOf, formatZxid } from "../impl/core/zxid.js"
import type { Broadcast, ClusterView, Delivery, Establishment, ServerView, TxnView, ViewRecord } from "./view.js"

export interface Violation {
  readonly invariant: string
  readonly message: string
  readonly servers: ReadonlyArray<number>
}

/**
 * Every invariant declares the ghost records it reads beyond the servers' own state, so that a view whose
 * target could not observe one of them (named in its `unobserved`) leaves the invariant unjudged, and says
 * so, rather than letting it pass on an empty record.
 */
export interface StateInvariant {
  readonly name: string
  readonly statement: string
  readonly reads: ReadonlyArray<ViewRecord>
  readonly check: (view: ClusterView) => Violation | null
}

export interface StepInvariant {
  readonly name: string
  readonly statement: string
  readonly reads: ReadonlyArray<ViewRecord>
  readonly check: (before: ClusterView, after: ClusterView) => Violation | null
}

// -----------------------------------------------------------------------------------------------------------
// Helpers shared by the checkers.

function violation(invariant: string, message: string, servers: ReadonlyArray<number>): Violation {
  const ids = [...new Set(servers)].sort((a, b) => a - b)
  return { invariant, message, servers: ids }
}

/** A txn as an engineer reads it: `0x100000003 [1:7:Create /a x]`. */
export function showTxn(txn: TxnView): string {
  return `${formatZxid(txn.zxid)} [${txn.value}]`
}

/** Zab.tla TxnEqual: same zxid and same value. */
function same(a: TxnView, b: TxnView): boolean {
  return a.zxid === b.zxid && a.value === b.value
}

/** Length of the delivered prefix, clamped to the history (ZxidMonotonic reports a committed beyond it). */
function deliveredLength(s: ServerView): number {
  return s.committed < s.history.length ? s.committed : s.history.length
}

function isEstablishedLeader(s: ServerView): boolean {
  return s.up && s.role === "leading" && (s.phase === "synchronization" || s.phase === "broadcast")
}

/** Index of `txn` in history[0 .. length), trying `hint` first; -1 when absent. */
function findTxn(history: ReadonlyArray<TxnView>, length: number, txn: TxnView, hint: number): number {
  if (hint >= 0 && hint < length && same(history[hint]!, txn)) return hint
  const at = findZxid(history, length, txn.zxid)
  if (at >= 0 && history[at]!.value === txn.value) return at
  // The history may not be sorted (ZxidMonotonic reports that); stay exact anyway.
  for (let k = 0; k < length; k++) if (same(history[k]!, txn)) return k
  return -1
}

/** Binary search for `zxid` in history[0 .. length), which ZxidMonotonic keeps strictly increasing. */
function findZxid(history: ReadonlyArray<TxnView>, length: number, zxid: Zxid): number {
  let low = 0
  let high = length - 1
  while (low <= high) {
    const mid = (low + high) >>> 1
    const at = history[mid]!.zxid
    if (at === zxid) return mid
    if (at < zxid) low = mid + 1
    else high = mid - 1
  }
  return -1
}

function txnKey(txn: TxnView): string {
  return `${txn.zxid}|${txn.value}`
}

interface Disagreement {
  readonly s: ServerView
  readonly longest: ServerView
  readonly k: number
}

/**
 * Facts about one view that several invariants need, each computed at most once per view and only when
 * asked for: `checkState` shares one Facts across the whole battery.
 */
class Facts {
  private longestDone = false
  private longestValue: ServerView | null = null
  private disagreementDone = false
  private disagreementValue: Disagreement | null = null
  private chainValue: boolean | null = null

  constructor(readonly view: ClusterView) {}

  /** The up server with the longest delivered prefix, or null when no server is up. */
  get longest(): ServerView | null {
    if (!this.longestDone) {
      for (const s of this.view.servers) {
        if (!s.up) continue
        if (this.longestValue === null || deliveredLength(s) > deliveredLength(this.longestValue)) this.longestValue = s
      }
      this.longestDone = true
    }
    return this.longestValue
  }

  /**
   * The first disagreement between an up server's delivered prefix and the longest one, or null when every
   * delivered prefix is a prefix of the longest. If every sequence agrees with the longest, every pair agrees.
   */
  get disagreement(): Disagreement | null {
    if (!this.disagreementDone) {
      this.disagreementDone = true
      const longest = this.longest
      if (longest !== null) {
        outer: for (const s of this.view.servers) {
          if (!s.up || s === longest) continue
          const length = deliveredLength(s)
          for (let k = 0; k < length; k++) {
            if (!same(s.history[k]!, longest.history[k]!)) {
              this.disagreementValue = { s, longest, k }
              break outer
            }
          }
        }
      }
    }
    return this.disagreementValue
  }

  /**
   * True when the delivered prefixes are prefix-consistent and the longest has strictly increasing zxids
   * (so no txn is delivered twice). Then Agreement and TotalOrder hold, and their exact checks are skipped.
   */
  get chain(): boolean {
    if (this.chainValue === null) {
      let chain = this.disagreement === null
      const longest = this.longest
      if (chain && longest !== null) {
        const length = deliveredLength(longest)
        for (let k = 1; k < length && chain; k++) if (longest.history[k - 1]!.zxid >= longest.history[k]!.zxid) chain = false
      }
      this.chainValue = chain
    }
    return this.chainValue
  }

  /**
   * Whether a property of single delivered sequences needs checking on `s`. Integrity, LocalPrimaryOrder and
   * GlobalPrimaryOrder hold for every prefix of a sequence they hold for, so when every delivered prefix is a
   * prefix of the longest one, checking the longest covers the rest.
   */
  judges(s: ServerView): boolean {
    if (!s.up) return false
    return this.disagreement !== null || s === this.longest
  }
}

type CheckWith = (view: ClusterView, facts: Facts) => Violation | null

/** How each exported invariant checks a view given shared Facts; `checkState` builds one Facts per view. */
const checkers = new WeakMap<StateInvariant, CheckWith>()

function defineState(name: string, statement: string, reads: ReadonlyArray<ViewRecord>, checkWith: CheckWith): StateInvariant {
  const invariant: StateInvariant = { name, statement, reads, check: (view) => checkWith(view, new Facts(view)) }
  checkers.set(invariant, checkWith)
  return invariant
}

// -----------------------------------------------------------------------------------------------------------
// Indexes over the append-only ghost records. The simulator appends to the same arrays for the whole run, so
// an index is kept per array and extended by the new entries only; an array that shrank is reindexed.

/** One broadcast txn, with its rank among its primary's broadcasts in zxid order (Zab.tla ZxidCompare). */
interface Proposal {
  readonly zxid: Zxid
  readonly value: string
  readonly leader: number
  readonly epoch: number
  rank: number
  /** Every proposal of the same primary (leader, epoch), sorted by zxid: rank is the position in it. */
  primary: Array<Proposal>
  /** Another proposal with the same zxid and a different value (only a broken leader makes one). */
  other: Proposal | null
}

interface BroadcastIndex {
  length: number
  readonly byZxid: Map<Zxid, Proposal>
  /** Per primary `${leader}/${epoch}`: its proposals sorted by zxid, rank = position. */
  readonly byPrimary: Map<string, Array<Proposal>>
}

const broadcastIndexes = new WeakMap<ReadonlyArray<Broadcast>, BroadcastIndex>()

function broadcastIndex(log: ReadonlyArray<Broadcast>): BroadcastIndex {
  let index = broadcastIndexes.get(log)
  if (index === undefined || index.length > log.length) {
    index = { length: 0, byZxid: new Map(), byPrimary: new Map() }
    broadcastIndexes.set(log, index)
  }
  for (let i = index.length; i < log.length; i++) {
    const b = log[i]!
    const first = index.byZxid.get(b.txn.zxid)
    let known: Proposal | null | undefined = first
    while (known !== undefined && known !== null && !(known.value === b.txn.value && known.leader === b.leader && known.epoch === b.epoch)) {
      known = known.other
    }
    if (known !== undefined && known !== null) continue // Zab.tla's proposalMsgsLog is a set: a resend adds nothing.
    const primary = `${b.leader}/${b.epoch}`
    let list = index.byPrimary.get(primary)
    if (list === undefined) {
      list = []
      index.byPrimary.set(primary, list)
    }
    const proposal: Proposal = { zxid: b.txn.zxid, value: b.txn.value, leader: b.leader, epoch: b.epoch, rank: 0, primary: list, other: null }
    if (first === undefined) index.byZxid.set(proposal.zxid, proposal)
    else {
      let last = first
      while (last.other !== null) last = last.other
      last.other = proposal
    }
    if (list.length === 0 || list[list.length - 1]!.zxid < proposal.zxid) {
      proposal.rank = list.length
      list.push(proposal)
    } else {
      // Out of zxid order: only a broken leader does this. Re-sort that primary's proposals and rerank.
      list.push(proposal)
      list.sort((x, y) => x.zxid - y.zxid)
      list.forEach((p, rank) => {
        p.rank = rank
      })
    }
  }
  index.length = log.length
  return index
}

/** The proposal with this txn's zxid and value, or null if no leader broadcast it. */
function proposalOf(index: BroadcastIndex, txn: TxnView): Proposal | null {
  let p: Proposal | null | undefined = index.byZxid.get(txn.zxid)
  while (p !== undefined && p !== null) {
    if (p.value === txn.value) return p
    p = p.other
  }
  return null
}

interface EstablishedIndex {
  length: number
  readonly byEpoch: Map<number, number>
  conflict: { readonly epoch: number; readonly first: number; readonly second: number } | null
}

const establishedIndexes = new WeakMap<ReadonlyArray<Establishment>, EstablishedIndex>()

function establishedIndex(log: ReadonlyArray<Establishment>): EstablishedIndex {
  let index = establishedIndexes.get(log)
  if (index === undefined || index.length > log.length) {
    index = { length: 0, byEpoch: new Map(), conflict: null }
    establishedIndexes.set(log, index)
  }
  for (let i = index.length; i < log.length; i++) {
    const e = log[i]!
    const other = index.byEpoch.get(e.epoch)
    if (other === undefined) index.byEpoch.set(e.epoch, e.leader)
    else if (other !== e.leader && index.conflict === null) index.conflict = { epoch: e.epoch, first: other, second: e.leader }
  }
  index.length = log.length
  return index
}

// -----------------------------------------------------------------------------------------------------------
// Well-formedness and monotonicity.

/** No stand-alone counterpart in Zab.tla (it flags proposalInconsistent / ackInconsistent inside actions). */
export const ZxidMonotonic: StateInvariant = defineState("ZxidMonotonic", "within each up server, history zxids strictly increase, committed lies within the history, and acceptedEpoch >= currentEpoch; every zxid's counter fits its width (counterBits)", [], (view) => {
  // The counter is a field of counterBits bits (ZooKeeper: the low 32 of the zxid): a leader must start a new
  // epoch before it runs out (ZOOKEEPER-1277), and a counter past the width would, in ZooKeeper's 64-bit
  // zxid, have carried into the epoch. The simulator runs small widths so that a few writes reach the end.
  // The limit is worked out here, not with zxid.ts's maxCounter, which the leader's rollover uses: a slip
  // in that shared function would move the leader's limit and the check's together, and pass unseen.
  const counterLimit = 2 ** (view.counterBits ?? 32) - 1
  for (const s of view.servers) {
    if (!s.up) continue
    if (s.acceptedEpoch < s.currentEpoch) {
      return violation("ZxidMonotonic", `server ${s.id} has acceptedEpoch ${s.acceptedEpoch} below currentEpoch ${s.currentEpoch}`, [s.id])
    }
    if (s.committed < 0 || s.committed > s.history.length) {
      return violation("ZxidMonotonic", `server ${s.id} has committed ${s.committed} outside its history of ${s.history.length} txns`, [s.id])
    }
    const history = s.history
    for (let k = 0; k < history.length; k++) {
      const b = history[k]!
      if (counterOf(b.zxid) > counterLimit) {
        return violation("ZxidMonotonic", `server ${s.id} holds history[${k}] = ${showTxn(b)}, whose counter is past its ${view.counterBits ?? 32}-bit width: the leader must start a new epoch before that`, [s.id])
      }
      if (k === 0) continue
      const a = history[k - 1]!
      if (a.zxid >= b.zxid) {
        return violation(
          "ZxidMonotonic",
          `server ${s.id} holds history[${k - 1}] = ${showTxn(a)} before history[${k}] = ${showTxn(b)}: zxids must strictly increase`,
          [s.id],
        )
      }
    }
  }
  return null
})

/**
 * The step half of ZxidMonotonic. Zab.tla has no counterpart: its Restart keeps both epochs and the
 * history and resets lastCommitted to 0, and nothing else moves any of them backwards.
 *
 * A server is compared with itself in one of two ways.
 *
 * Within one life (up in both views, or crashed in the later one, whose view is then its last state, and
 * the same incarnation when the projection gives one), nothing goes back: neither epoch decreases,
 * committed does not decrease, and the delivered prefix keeps every txn it had.
 *
 * Across a restart (down, then up; or a changed incarnation), two things may legitimately go back and the
 * check asks only what survives:
 * - committed: the restarted server has delivered only what its snapshot holds (0 in Zab.tla), so the two
 *   delivered prefixes need only agree on their common length. They must: every delivered sequence of a
 *   correct run is a prefix of the one sequence ZAB orders, whichever life delivered it.
 * - the epochs: a crash may lose an epoch write that was not yet durable (the peer raises acceptedEpoch in
 *   memory and acks it only once the fsync completes), so the epochs may fall back to their durable values.
 *   But an epoch the server had joined is durable: a server in broadcast sent its NEWLEADER ack (a leader
 *   established itself) only once currentEpoch was on disk, and a leader past discovery acked its own new
 *   epoch only once acceptedEpoch was. Those values are floors for the restarted server.
 */
export const ZxidMonotonicStep: StepInvariant = {
  name: "ZxidMonotonic",
  reads: [],
  statement:
    "within one life a server's epochs, committed and delivered prefix never go back; across a restart its delivered prefixes agree and it keeps any epoch it had joined",
  check(before, after) {
    for (let i = 0; i < after.servers.length; i++) {
      const b = after.servers[i]!
      let a: ServerView | undefined = before.servers[i]
      if (a === undefined || a.id !== b.id) a = before.servers.find((s) => s.id === b.id)
      if (a === undefined) continue
      const restarted = (!a.up && b.up) || a.incarnation !== b.incarnation
      const found = restarted ? checkRestart(a, b) : checkSameLife(a, b)
      if (found !== null) return found
    }
    return null
  },
}

function checkSameLife(a: ServerView, b: ServerView): Violation | null {
  const how = b.up ? "without restarting" : "while crashed"
  if (b.acceptedEpoch < a.acceptedEpoch) {
    return violation("ZxidMonotonic", `server ${b.id} lowered acceptedEpoch from ${a.acceptedEpoch} to ${b.acceptedEpoch} ${how}`, [b.id])
  }
  if (b.currentEpoch < a.currentEpoch) {
    return violation("ZxidMonotonic", `server ${b.id} lowered currentEpoch from ${a.currentEpoch} to ${b.currentEpoch} ${how}`, [b.id])
  }
  if (b.committed < a.committed) {
    const lost = a.committed >= 1 && a.committed <= a.history.length ? `, the last being ${showTxn(a.history[a.committed - 1]!)}` : ""
    return violation("ZxidMonotonic", `server ${b.id} lost delivered txns ${how}: committed went from ${a.committed} to ${b.committed}${lost}`, [b.id])
  }
  // A projection hands out the same history array twice only while it is append-only (the simulator's
  // applied list), so its first `committed` entries are unchanged and the comparison is skipped.
  if (a.history === b.history) return null
  const length = deliveredLength(a)
  for (let k = 0; k < length; k++) {
    const was = a.history[k]!
    const now = b.history[k]
    if (now === undefined || !same(was, now)) {
      return violation(
        "ZxidMonotonic",
        `server ${b.id} replaced delivered history[${k}] = ${showTxn(was)} with ${now === undefined ? "nothing" : showTxn(now)} ${how}`,
        [b.id],
      )
    }
  }
  return null
}

function checkRestart(a: ServerView, b: ServerView): Violation | null {
  if (a.phase === "broadcast" && b.currentEpoch < a.currentEpoch) {
    return violation(
      "ZxidMonotonic",
      `server ${b.id} was ${a.role} in broadcast with currentEpoch ${a.currentEpoch} before it restarted, but came back with currentEpoch ${b.currentEpoch}: an epoch it had joined was not durable`,
      [b.id],
    )
  }
  if (a.role === "leading" && a.phase !== "discovery" && a.phase !== "election" && b.acceptedEpoch < a.acceptedEpoch) {
    return violation(
      "ZxidMonotonic",
      `server ${b.id} was leading epoch ${a.acceptedEpoch} in ${a.phase} before it restarted, but came back with acceptedEpoch ${b.acceptedEpoch}: an epoch it had acked was not durable`,
      [b.id],
    )
  }
  if (a.history === b.history) return null
  const length = Math.min(deliveredLength(a), deliveredLength(b))
  for (let k = 0; k < length; k++) {
    const was = a.history[k]!
    const now = b.history[k]!
    if (!same(was, now)) {
      return violation(
        "ZxidMonotonic",
        `server ${b.id} delivered history[${k}] = ${showTxn(was)} before it restarted but ${showTxn(now)} after (${a.committed} delivered before, ${b.committed} after)`,
        [b.id],
      )
    }
  }
  return null
}

// -----------------------------------------------------------------------------------------------------------
// Leadership.

/** Zab.tla Leadership2 (Cardinality(epochLeader[e]) <= 1), over the epochLeader ghost. */
export const SingleLeaderPerEpoch: StateInvariant = defineState("SingleLeaderPerEpoch", "at most one leader is ever established in each epoch", ["established"], (view) => {
  const log = view.ghost.established
  if (log.length < 2) return null
  const conflict = establishedIndex(log).conflict
  if (conflict === null) return null
  return violation(
    "SingleLeaderPerEpoch",
    `servers ${conflict.first} and ${conflict.second} were both established as leader of epoch ${conflict.epoch}`,
    [conflict.first, conflict.second],
  )
})

/** Zab.tla Leadership1, over current state. */
export const Leadership1: StateInvariant = defineState("Leadership1", "two up servers leading in synchronization or broadcast with equal currentEpoch are the same server", [], (view) => {
  const servers = view.servers
  for (let i = 0; i < servers.length; i++) {
    const a = servers[i]!
    if (!isEstablishedLeader(a)) continue
    for (let j = i + 1; j < servers.length; j++) {
      const b = servers[j]!
      if (!isEstablishedLeader(b) || a.currentEpoch !== b.currentEpoch) continue
      return violation(
        "Leadership1",
        `servers ${a.id} (${a.phase}) and ${b.id} (${b.phase}) both lead with currentEpoch ${a.currentEpoch}`,
        [a.id, b.id],
      )
    }
  }
  return null
})

// -----------------------------------------------------------------------------------------------------------
// Delivered sequences.

/** Zab.tla PrefixConsistency. */
export const PrefixAgreement: StateInvariant = defineState("PrefixAgreement", "for any up servers i, j the first min(committed) entries of their histories are equal", [], (_view, facts) => {
  const found = facts.disagreement
  if (found === null) return null
  const { s, longest, k } = found
  return violation(
    "PrefixAgreement",
    `servers ${s.id} and ${longest.id} delivered different txns at history[${k}]: server ${s.id} has ${showTxn(s.history[k]!)}, server ${longest.id} has ${showTxn(longest.history[k]!)}`,
    [s.id, longest.id],
  )
})

/** Zab.tla Integrity (there over followers; here over every up server). */
export const Integrity: StateInvariant = defineState("Integrity", "every delivered txn was broadcast by some leader, with that zxid and value", ["broadcasts"], (view, facts) => {
  let index: BroadcastIndex | null = null
  for (const s of view.servers) {
    if (!facts.judges(s)) continue
    const length = deliveredLength(s)
    if (length === 0) continue
    index ??= broadcastIndex(view.ghost.broadcasts)
    for (let k = 0; k < length; k++) {
      const txn = s.history[k]!
      if (proposalOf(index, txn) !== null) continue
      const atZxid = index.byZxid.get(txn.zxid)
      const why = atZxid === undefined ? "no leader ever broadcast that zxid" : `leader ${atZxid.leader} broadcast [${atZxid.value}] at that zxid`
      return violation("Integrity", `server ${s.id} delivered history[${k}] = ${showTxn(txn)}, but ${why}`, [s.id])
    }
  }
  return null
})

function deliveredKeys(s: ServerView): Set<string> {
  const keys = new Set<string>()
  const length = deliveredLength(s)
  for (let k = 0; k < length; k++) keys.add(txnKey(s.history[k]!))
  return keys
}

/** The first delivered txn of `s` whose key is not in `keys`, or null. */
function firstMissing(s: ServerView, keys: ReadonlySet<string>): TxnView | null {
  const length = deliveredLength(s)
  for (let k = 0; k < length; k++) if (!keys.has(txnKey(s.history[k]!))) return s.history[k]!
  return null
}

/** Zab.tla Agreement (there over followers; here over every up server). */
export const Agreement: StateInvariant = defineState("Agreement", "if up server i delivered a and up server j delivered b, then j delivered a or i delivered b", [], (view, facts) => {
  if (facts.chain) return null
  // Slow, exact path. Agreement for i, j is equivalent to: one delivered set contains the other.
  const servers = view.servers.filter((s) => s.up && deliveredLength(s) > 0)
  const keys = servers.map(deliveredKeys)
  for (let i = 0; i < servers.length; i++) {
    for (let j = i + 1; j < servers.length; j++) {
      const a = firstMissing(servers[i]!, keys[j]!)
      if (a === null) continue
      const b = firstMissing(servers[j]!, keys[i]!)
      if (b === null) continue
      const si = servers[i]!.id
      const sj = servers[j]!.id
      return violation(
        "Agreement",
        `server ${si} delivered ${showTxn(a)} which server ${sj} did not, and server ${sj} delivered ${showTxn(b)} which server ${si} did not`,
        [si, sj],
      )
    }
  }
  return null
})

/** Zab.tla TotalOrder. */
export const TotalOrder: StateInvariant = defineState("TotalOrder", "if up server i delivered a before b and up server j delivered b, then j delivered a before b", [], (view, facts) => {
  if (facts.chain) return null
  // Slow, exact path: for a before b at i, j must hold an occurrence of a before some occurrence of b,
  // i.e. firstPosition_j(a) < lastPosition_j(b).
  const servers = view.servers.filter((s) => s.up && deliveredLength(s) >= 2)
  for (const si of servers) {
    for (const sj of servers) {
      if (si === sj) continue
      const first = new Map<string, number>()
      const last = new Map<string, number>()
      const lengthJ = deliveredLength(sj)
      for (let k = 0; k < lengthJ; k++) {
        const key = txnKey(sj.history[k]!)
        if (!first.has(key)) first.set(key, k)
        last.set(key, k)
      }
      // Walk i's sequence keeping the latest first-position at j of anything delivered so far.
      let worst = -1
      let worstTxn: TxnView | null = null
      const lengthI = deliveredLength(si)
      for (let q = 0; q < lengthI; q++) {
        const b = si.history[q]!
        const key = txnKey(b)
        const lastB = last.get(key)
        if (q > 0 && lastB !== undefined && worst >= lastB) {
          const a = worstTxn!
          const how = worst === Number.POSITIVE_INFINITY ? `delivered ${showTxn(b)} without ${showTxn(a)}` : `delivered ${showTxn(b)} before ${showTxn(a)}`
          return violation("TotalOrder", `server ${si.id} delivered ${showTxn(a)} before ${showTxn(b)}, but server ${sj.id} ${how}`, [si.id, sj.id])
        }
        const firstB = first.get(key) ?? Number.POSITIVE_INFINITY
        if (firstB > worst) {
          worst = firstB
          worstTxn = b
        }
      }
    }
  }
  return null
})

/**
 * The ZAB paper's local primary order. Zab.tla's LocalPrimaryOrder is vacuous as written (`\E txn1, txn2`
 * is satisfied by txn1 = txn2); this is the corrected `\A txn1, txn2` form, which TLC confirms holds.
 * Broadcast order within a primary (leader, epoch) is zxid order, as in Zab.tla's ZxidCompare.
 */
export const LocalPrimaryOrder: StateInvariant = defineState("LocalPrimaryOrder", "if a primary broadcast a before b, an up server that delivered b delivered a before b", ["broadcasts"], (view, facts) => {
  let index: BroadcastIndex | null = null
  for (const s of view.servers) {
    if (!facts.judges(s)) continue
    const length = deliveredLength(s)
    if (length === 0) continue
    index ??= broadcastIndex(view.ghost.broadcasts)
    // Per primary, the ranks delivered must run 0, 1, 2, ... (histories hold no repeats: ZxidMonotonic).
    // Delivered sequences usually hold a handful of primaries, so a small array beats a map.
    let primaries: Array<Array<Proposal>> | null = null
    let nextRank: Array<number> | null = null
    for (let k = 0; k < length; k++) {
      const txn = s.history[k]!
      // A txn can belong to several primaries: Zab.tla logs a new leader's initial history as its own
      // broadcasts too. Every primary that broadcast it must see it in its order.
      for (let p: Proposal | null | undefined = index.byZxid.get(txn.zxid); p !== undefined && p !== null; p = p.other) {
        if (p.value !== txn.value) continue // another leader's txn at this zxid: Integrity's business
        const list = p.primary
        primaries ??= []
        nextRank ??= []
        let slot = primaries.indexOf(list)
        if (slot < 0) {
          slot = primaries.length
          primaries.push(list)
          nextRank.push(0)
        }
        const expected = nextRank[slot]!
        if (p.rank > expected) {
          const missing = list[expected]!
          return violation(
            "LocalPrimaryOrder",
            `server ${s.id} delivered ${showTxn(txn)} at history[${k}] without first delivering ${showTxn(missing)}, which leader ${p.leader} broadcast before it in epoch ${p.epoch}`,
            [s.id, p.leader],
          )
        }
        if (p.rank === expected) nextRank[slot] = expected + 1
      }
    }
  }
  return null
})

/** Zab.tla GlobalPrimaryOrder. */
export const GlobalPrimaryOrder: StateInvariant = defineState("GlobalPrimaryOrder", "in every up server's delivered sequence, a txn of a smaller epoch comes before a txn of a larger epoch", [], (view, facts) => {
  for (const s of view.servers) {
    if (!facts.judges(s)) continue
    const length = deliveredLength(s)
    let highest = -1
    let highestAt = -1
    for (let k = 0; k < length; k++) {
      const epoch = epochOf(s.history[k]!.zxid)
      if (epoch < highest) {
        const a = s.history[highestAt]!
        const b = s.history[k]!
        return violation(
          "GlobalPrimaryOrder",
          `server ${s.id} delivered history[${highestAt}] = ${showTxn(a)} (epoch ${highest}) before history[${k}] = ${showTxn(b)} (epoch ${epoch})`,
          [s.id],
        )
      }
      if (epoch > highest) {
        highest = epoch
        highestAt = k
      }
    }
  }
  return null
})

/** Zab.tla PrimaryIntegrity (IsMyLearner / IsMyLeader read as the follower's `leader` field). */
export const PrimaryIntegrity: StateInvariant = defineState("PrimaryIntegrity", "a broadcasting leader has delivered every txn of an older epoch that its broadcasting followers delivered", [], (view, facts) => {
  for (const p of view.servers) {
    if (!p.up || p.role !== "leading" || p.phase !== "broadcast") continue
    const leaderLength = deliveredLength(p)
    for (const f of view.servers) {
      if (f === p || !f.up || f.role !== "following" || f.phase !== "broadcast" || f.leader !== p.id) continue
      const length = deliveredLength(f)
      // When the delivered prefixes form a chain with increasing zxids, the leader's is a prefix of the
      // follower's or the other way round, and only what the follower delivered beyond the leader can be
      // missing from the leader.
      const from = facts.chain ? Math.min(leaderLength, length) : 0
      for (let k = from; k < length; k++) {
        const txn = f.history[k]!
        if (epochOf(txn.zxid) >= p.currentEpoch) continue
        if (findTxn(p.history, leaderLength, txn, k) >= 0) continue
        return violation(
          "PrimaryIntegrity",
          `follower ${f.id} delivered ${showTxn(txn)} of epoch ${epochOf(txn.zxid)}, but its leader ${p.id} (currentEpoch ${p.currentEpoch}, ${leaderLength} delivered) has not`,
          [f.id, p.id],
        )
      }
    }
  }
  return null
})

// -----------------------------------------------------------------------------------------------------------
// Durability of what clients were told.

/**
 * No counterpart in Zab.tla, whose clients are not modelled; closest are the mixed specs'
 * LeaderLogCompleteness and CommittedLogDurability (the bug zoo's CommittedDurable, for ZOOKEEPER-3911,
 * -4643 and -4646).
 */
export const AcknowledgedDurable: StateInvariant = defineState("AcknowledgedDurable", "a write acknowledged to a client is held, at its zxid, by every later established leader, and no up server delivers another txn at that zxid", ["acknowledged"], (view, facts) => {
  const acked = view.ghost.acknowledged
  if (acked.length === 0) return null
  for (const s of view.servers) {
    if (!s.up) continue
    if (isEstablishedLeader(s)) {
      for (const txn of acked) {
        // Bound are leaders of epochs after the one the txn was committed in (its own epoch if unknown).
        if (s.currentEpoch <= (txn.committedInEpoch ?? epochOf(txn.zxid))) continue
        if (findTxn(s.history, s.history.length, txn, -1) >= 0) continue
        const at = findZxid(s.history, s.history.length, txn.zxid)
        const there = at >= 0 ? `holds ${showTxn(s.history[at]!)} instead` : "does not hold it"
        return violation(
          "AcknowledgedDurable",
          `client was told ${showTxn(txn)} succeeded, but leader ${s.id} of epoch ${s.currentEpoch} (${s.phase}) ${there}`,
          [s.id],
        )
      }
    }
    // Holding another txn at a zxid is a property of single delivered sequences that every prefix inherits.
    if (!facts.judges(s)) continue
    const length = deliveredLength(s)
    if (length === 0) continue
    for (const txn of acked) {
      const at = findZxid(s.history, length, txn.zxid)
      if (at < 0 || s.history[at]!.value === txn.value) continue
      return violation(
        "AcknowledgedDurable",
        `client was told ${showTxn(txn)} succeeded, but server ${s.id} delivered history[${at}] = ${showTxn(s.history[at]!)} at that zxid`,
        [s.id],
      )
    }
  }
  return null
})

// -----------------------------------------------------------------------------------------------------------
// Durability of what any server delivered.

interface DeliveredIndex {
  length: number
  /** The first delivery at each zxid. */
  readonly byZxid: Map<Zxid, Delivery>
  /** Two deliveries of different txns at one zxid: the first conflict seen. */
  conflict: { readonly first: Delivery; readonly second: Delivery } | null
}

const deliveredIndexes = new WeakMap<ReadonlyArray<Delivery>, DeliveredIndex>()

function deliveredIndex(log: ReadonlyArray<Delivery>): DeliveredIndex {
  let index = deliveredIndexes.get(log)
  if (index === undefined || index.length > log.length) {
    index = { length: 0, byZxid: new Map(), conflict: null }
    deliveredIndexes.set(log, index)
  }
  for (let i = index.length; i < log.length; i++) {
    const d = log[i]!
    const first = index.byZxid.get(d.zxid)
    if (first === undefined) index.byZxid.set(d.zxid, d)
    else if (first.value !== d.value && index.conflict === null) index.conflict = { first, second: d }
  }
  index.length = log.length
  return index
}

/**
 * How far CommittedDurable has checked a leader's view against the delivered ghost: the simulator hands out
 * the same ServerView object while nothing it shows changes, and the ghost only grows, so only deliveries
 * recorded since the last check of that very view need checking.
 */
const leaderChecked = new WeakMap<ServerView, { readonly log: ReadonlyArray<Delivery>; readonly checked: number }>()

/**
 * The mixed specs' CommittedLogDurability and LeaderLogCompleteness (Zab.tla has no delivery ghost). A txn
 * delivered by any server in epoch e was committed by then; ZAB promises it survives whoever is told, so
 * every leader of a later epoch (in synchronization or broadcast: it has adopted that epoch with a quorum)
 * holds it at its zxid, and no zxid is ever delivered as two different txns, by any servers at any time.
 * This catches what AcknowledgedDurable cannot: a committed txn lost when no client had been answered, and
 * one lost while every server that delivered it was down.
 */
export const CommittedDurable: StateInvariant = defineState("CommittedDurable", "a txn any server delivered in epoch e is held, at its zxid, by every leader of a later epoch, and no zxid is ever delivered as two different txns", ["delivered"], (view) => {
  const log = view.ghost.delivered
  if (log.length === 0) return null
  const index = deliveredIndex(log)
  if (index.conflict !== null) {
    const { first, second } = index.conflict
    return violation(
      "CommittedDurable",
      `server ${first.server} delivered ${showTxn(first)} in epoch ${first.deliveredInEpoch}, but server ${second.server} delivered ${showTxn(second)} at that zxid in epoch ${second.deliveredInEpoch}`,
      [first.server, second.server],
    )
  }
  for (const s of view.servers) {
    if (!isEstablishedLeader(s)) continue
    const done = leaderChecked.get(s)
    const from = done !== undefined && done.log === log ? done.checked : 0
    for (let i = from; i < log.length; i++) {
      const txn = log[i]!
      if (s.currentEpoch <= txn.deliveredInEpoch) continue
      if (findTxn(s.history, s.history.length, txn, -1) >= 0) continue
      const at = findZxid(s.history, s.history.length, txn.zxid)
      const there = at >= 0 ? `holds ${showTxn(s.history[at]!)} instead` : "does not hold it"
      return violation(
        "CommittedDurable",
        `server ${txn.server} delivered ${showTxn(txn)} in epoch ${txn.deliveredInEpoch}, but leader ${s.id} of epoch ${s.currentEpoch} (${s.phase}) ${there}`,
        [s.id, txn.server],
      )
    }
    leaderChecked.set(s, { log, checked: log.length })
  }
  return null
})

/**
 * The mixed specs' ackConsistent (for ZOOKEEPER-4685); Zab.tla leaves it implicit in its action order. A
 * follower acks the txns of a sync with its NEWLEADER ack, and proposals only after it: the leader takes
 * the first ACK on a connection as the NEWLEADER ack, and one that overtakes it is misread (ZooKeeper's
 * leader logged "NEWLEADER ACK ... is from a different epoch" and could not establish).
 */
export const AckAfterNewLeader: StateInvariant = defineState("AckAfterNewLeader", "a follower sends a leader proposal ACKs only after its NEWLEADER ack on that connection", ["earlyAcks"], (view) => {
  const early = view.ghost.earlyAcks
  if (early.length === 0) return null
  const first = early[0]!
  return violation(
    "AckAfterNewLeader",
    `follower ${first.follower} acked ${formatZxid(first.zxid)} to leader ${first.leader} before it had acked NEWLEADER`,
    [first.follower, first.leader],
  )
})

/**
 * The bug zoo's Recoverable: a server restarted after a crash starts again from what its disk holds. ZAB's
 * storage model lets a crash lose the unsynced suffix or tear the last record (a checksum catches it), and
 * recovery must take both in its stride; refusing to start turns a crash into a lost server.
 */
export const Recoverable: StateInvariant = defineState("Recoverable", "a server restarted after a crash starts from what its disk holds", ["startFailures"], (view) => {
  const failures = view.ghost.startFailures
  if (failures.length === 0) return null
  const first = failures[0]!
  return violation("Recoverable", `server ${first.server} did not start again after a crash: ${first.reason}`, [first.server])
})

// -----------------------------------------------------------------------------------------------------------
// The lists the runtimes check.

/** In checking order: ZxidMonotonic first, because the faster paths of the others assume sorted histories. */
export const stateInvariants: ReadonlyArray<StateInvariant> = [
  ZxidMonotonic,
  SingleLeaderPerEpoch,
  Leadership1,
  PrefixAgreement,
  Integrity,
  Agreement,
  TotalOrder,
  LocalPrimaryOrder,
  GlobalPrimaryOrder,
  PrimaryIntegrity,
  AcknowledgedDurable,
  CommittedDurable,
  AckAfterNewLeader,
  Recoverable,
]

export const stepInvariants: ReadonlyArray<StepInvariant> = [ZxidMonotonicStep]

const orderedCheckers: ReadonlyArray<CheckWith> = stateInvariants.map((invariant) => checkers.get(invariant)!)

/** What a view's `unobserved` leaves judgeable: the checkers to run and the names of those left out. */
interface Judgeable {
  readonly stateCheckers: ReadonlyArray<CheckWith>
  readonly stepInvariants: ReadonlyArray<StepInvariant>
  readonly notJudged: ReadonlyArray<string>
}

const everything: Judgeable = { stateCheckers: orderedCheckers, stepInvariants, notJudged: [] }

/**
 * Keyed by the view's `unobserved` array: a projection hands out one array for every view of a run (the
 * model one constant, a trace's projection one per change), so the filtering is done once per array, and a
 * view that observes everything (the simulator's hot path) takes the shared `everything` at no cost.
 */
const judgeables = new WeakMap<ReadonlyArray<ViewRecord>, Judgeable>()

/** The last lookup, so a run whose views share one `unobserved` array (the model's) skips the map. */
let lastUnobserved: ReadonlyArray<ViewRecord> | null = null
let lastJudgeable: Judgeable = everything

function judgeable(unobserved: ReadonlyArray<ViewRecord>): Judgeable {
  if (unobserved.length === 0) return everything
  if (unobserved === lastUnobserved) return lastJudgeable
  let found = judgeables.get(unobserved)
  if (found === undefined) {
    const blind = (invariant: { readonly reads: ReadonlyArray<ViewRecord> }): boolean => invariant.reads.some((record) => unobserved.includes(record))
    const notJudged: Array<string> = []
    for (const invariant of [...stateInvariants, ...stepInvariants]) if (blind(invariant) && !notJudged.includes(invariant.name)) notJudged.push(invariant.name)
    found = {
      stateCheckers: stateInvariants.filter((invariant) => !blind(invariant)).map((invariant) => checkers.get(invariant)!),
      stepInvariants: stepInvariants.filter((invariant) => !blind(invariant)),
      notJudged,
    }
    judgeables.set(unobserved, found)
  }
  lastUnobserved = unobserved
  lastJudgeable = found
  return found
}

/**
 * The names of the invariants `checkState` and `checkStep` leave unjudged on this view, because it marks a
 * record they read unobserved. Empty when the view observes everything.
 */
export function notJudged(view: ClusterView): ReadonlyArray<string> {
  return notJudgedWithout(view.unobserved)
}

/** The invariants that read one of these records, by name: what a target that cannot observe them leaves unjudged. */
export function notJudgedWithout(unobserved: ReadonlyArray<ViewRecord>): ReadonlyArray<string> {
  return judgeable(unobserved).notJudged
}

/** Every state invariant this view can be judged by, in checking order; the first violation found. */
export function checkState(view: ClusterView): Violation | null {
  const facts = new Facts(view)
  for (const checkWith of judgeable(view.unobserved).stateCheckers) {
    const found = checkWith(view, facts)
    if (found !== null) return found
  }
  return null
}

/** Every step invariant both views can be judged by; the first violation found. */
export function checkStep(before: ClusterView, after: ClusterView): Violation | null {
  const list = before.unobserved.length === 0 && after.unobserved.length === 0 ? stepInvariants : judgeable(after.unobserved.length === 0 ? before.unobserved : after.unobserved).stepInvariants
  for (const invariant of list) {
    const found = invariant.check(before, after)
    if (found !== null) return found
  }
  return null
}
