/**
 * The ten invariants of Zab.tla, translated as written and evaluated on model states. The explorer checks
 * these on every distinct state, as TLC does with the reference configurations, and checks the project's
 * own battery (properties/invariants.ts) on the cluster-view projection besides (model/model-view.ts).
 *
 * Two remarks on the spec's definitions, kept as written here:
 * - LocalPrimaryOrder is vacuous: its `\E txn1, txn2 \in txn_set(i, e): TxnEqual(txn1, txn2) \/ ...` holds
 *   with txn1 = txn2 whenever txn_set has two or more elements. properties/ checks the corrected form.
 * - Integrity and Agreement quantify over followers only; properties/ checks every server.
 * Where the spec would index a history beyond its end (TLC stops with an evaluation error), the translation
 * reports a violation instead.
 */
import { epochOf, formatZxid } from "../impl/core/zxid.js"
import type { ModelViolation, StateCheck } from "./explore.js"
import { type History, MAXEPOCH, type ModelState, type Txn, serverName } from "./model-state.js"

function violation(invariant: string, message: string): ModelViolation {
  return { invariant, message }
}

/** TxnEqual: same zxid and value (ackSid and epoch are not compared). */
function txnEqual(a: Txn, b: { readonly zxid: number; readonly value: number }): boolean {
  return a.zxid === b.zxid && a.value === b.value
}

function serverSet(mask: number): string {
  const names: Array<string> = []
  for (let i = 0; mask >>> i !== 0; i++) if ((mask >>> i) & 1) names.push(serverName(i))
  return `{${names.join(", ")}}`
}

function show(t: Txn): string {
  return `${formatZxid(t.zxid)}:${t.value}`
}

/** lastCommitted[i].index, or null when the delivered prefix 1..index is not within the history. */
function delivered(s: ModelState, i: number): number | null {
  const index = s.lastCommitted[i]!.index
  return index <= s.history[i]!.length ? index : null
}

function contains(h: History, upTo: number, txn: Txn): boolean {
  for (let k = 0; k < upTo; k++) if (txnEqual(h[k]!, txn)) return true
  return false
}

export const ShouldNotBeTriggered: StateCheck = (s) => {
  const v = s.violatedInvariants
  for (const key of ["stateInconsistent", "proposalInconsistent", "commitInconsistent", "ackInconsistent", "messageIllegal"] as const) {
    if (v[key]) return violation("ShouldNotBeTriggered", `violatedInvariants.${key} was set by ${s.recorder.pc.action}`)
  }
  return null
}

export const Leadership1: StateCheck = (s) => {
  const n = s.state.length
  const established = (i: number): boolean => s.state[i] === "LEADING" && (s.zabState[i] === "SYNCHRONIZATION" || s.zabState[i] === "BROADCAST")
  for (let i = 0; i < n; i++) {
    if (!established(i)) continue
    for (let j = i + 1; j < n; j++) {
      if (established(j) && s.currentEpoch[i] === s.currentEpoch[j]) {
        return violation("Leadership1", `${serverName(i)} and ${serverName(j)} both lead with currentEpoch ${s.currentEpoch[i]}`)
      }
    }
  }
  return null
}

export const Leadership2: StateCheck = (s) => {
  for (let e = 1; e <= MAXEPOCH; e++) {
    const set = s.epochLeader[e - 1]!
    if ((set & (set - 1)) !== 0) return violation("Leadership2", `epochLeader[${e}] = ${serverSet(set)}: more than one leader established in epoch ${e}`)
  }
  return null
}

export const PrefixConsistency: StateCheck = (s) => {
  const n = s.state.length
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const smaller = Math.min(s.lastCommitted[i]!.index, s.lastCommitted[j]!.index)
      if (smaller === 0) continue
      if (smaller < 0) return violation("PrefixConsistency", `lastCommitted index ${smaller} of ${serverName(i)} or ${serverName(j)} is negative`)
      const hi = s.history[i]!
      const hj = s.history[j]!
      if (smaller > hi.length || smaller > hj.length) return violation("PrefixConsistency", `a committed index (${smaller}) lies beyond the history of ${serverName(i)} or ${serverName(j)}`)
      for (let k = 0; k < smaller; k++) {
        if (!txnEqual(hi[k]!, hj[k]!)) {
          return violation("PrefixConsistency", `${serverName(i)} committed ${show(hi[k]!)} and ${serverName(j)} committed ${show(hj[k]!)} at index ${k + 1}`)
        }
      }
    }
  }
  return null
}

export const Integrity: StateCheck = (s) => {
  const n = s.state.length
  for (let i = 0; i < n; i++) {
    if (s.state[i] !== "FOLLOWING" || s.lastCommitted[i]!.index <= 0) continue
    const upTo = delivered(s, i)
    if (upTo === null) return violation("Integrity", `${serverName(i)} committed beyond its history`)
    for (let k = 0; k < upTo; k++) {
      const txn = s.history[i]![k]!
      if (!s.proposalMsgsLog.some((p) => p.zxid === txn.zxid && p.data === txn.value)) {
        return violation("Integrity", `follower ${serverName(i)} committed ${show(txn)}, which no leader proposed`)
      }
    }
  }
  return null
}

export const Agreement: StateCheck = (s) => {
  const n = s.state.length
  for (let i = 0; i < n; i++) {
    if (s.state[i] !== "FOLLOWING" || s.lastCommitted[i]!.index <= 0) continue
    for (let j = 0; j < n; j++) {
      if (j === i || s.state[j] !== "FOLLOWING" || s.lastCommitted[j]!.index <= 0) continue
      const ci = delivered(s, i)
      const cj = delivered(s, j)
      if (ci === null || cj === null) return violation("Agreement", `${serverName(i)} or ${serverName(j)} committed beyond its history`)
      const hi = s.history[i]!
      const hj = s.history[j]!
      // \A a \in D_i, b \in D_j: a \in D_j \/ b \in D_i  is  D_i \subseteq D_j \/ D_j \subseteq D_i.
      let a: Txn | null = null
      for (let k = 0; k < ci && a === null; k++) if (!contains(hj, cj, hi[k]!)) a = hi[k]!
      if (a === null) continue
      let b: Txn | null = null
      for (let k = 0; k < cj && b === null; k++) if (!contains(hi, ci, hj[k]!)) b = hj[k]!
      if (b === null) continue
      return violation("Agreement", `${serverName(i)} delivered ${show(a)} that ${serverName(j)} did not, and ${serverName(j)} delivered ${show(b)} that ${serverName(i)} did not`)
    }
  }
  return null
}

export const TotalOrder: StateCheck = (s) => {
  const n = s.state.length
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const c1 = s.lastCommitted[i]!.index
      const c2 = s.lastCommitted[j]!.index
      if (c1 < 2 || c2 < 2) continue
      const hi = s.history[i]!
      const hj = s.history[j]!
      if (c1 > hi.length || c2 > hj.length) return violation("TotalOrder", `${serverName(i)} or ${serverName(j)} committed beyond its history`)
      for (let a = 0; a < c1 - 1; a++) {
        for (let b = a + 1; b < c1; b++) {
          if (!contains(hj, c2, hi[b]!)) continue
          let ok = false
          for (let jb = 0; jb < c2 && !ok; jb++) if (txnEqual(hj[jb]!, hi[b]!) && contains(hj, jb, hi[a]!)) ok = true
          if (!ok) return violation("TotalOrder", `${serverName(i)} delivered ${show(hi[a]!)} before ${show(hi[b]!)}, ${serverName(j)} delivered ${show(hi[b]!)} but not after ${show(hi[a]!)}`)
        }
      }
    }
  }
  return null
}

/** As written in Zab.tla, hence vacuous (see the file comment); kept so the translation is complete. */
export const LocalPrimaryOrder: StateCheck = (s) => {
  const n = s.state.length
  for (let i = 0; i < n; i++) {
    for (let e = 1; e <= s.currentEpoch[i]!; e++) {
      const txns = s.proposalMsgsLog.filter((p) => p.source === i && p.epoch === e)
      // Cardinality(txn_set(i, e)) < 2, or some txn1, txn2 in it with TxnEqual(txn1, txn2): txn1 = txn2 does.
      if (txns.length < 2) continue
      const txn1 = txns[0]!
      const txn2 = txns[0]!
      if (txn1.zxid === txn2.zxid && txn1.data === txn2.data) continue
      return violation("LocalPrimaryOrder", "unreachable: txn1 = txn2 satisfies the existential")
    }
  }
  return null
}

export const GlobalPrimaryOrder: StateCheck = (s) => {
  const n = s.state.length
  for (let i = 0; i < n; i++) {
    const c = s.lastCommitted[i]!.index
    if (c < 2) continue
    const h = s.history[i]!
    if (c > h.length) return violation("GlobalPrimaryOrder", `${serverName(i)} committed beyond its history`)
    for (let a = 0; a < c; a++) {
      for (let b = 0; b < a; b++) {
        if (epochOf(h[a]!.zxid) < epochOf(h[b]!.zxid)) {
          return violation("GlobalPrimaryOrder", `${serverName(i)} delivered ${show(h[b]!)} before ${show(h[a]!)} of an older epoch`)
        }
      }
    }
  }
  return null
}

export const PrimaryIntegrity: StateCheck = (s) => {
  const n = s.state.length
  for (let i = 0; i < n; i++) {
    if (s.state[i] !== "LEADING" || s.zabState[i] !== "BROADCAST") continue
    for (let j = 0; j < n; j++) {
      if (((s.learners[i]! >>> j) & 1) === 0 || s.state[j] !== "FOLLOWING" || s.connectInfo[j] !== i || s.zabState[j] !== "BROADCAST") continue
      const cj = s.lastCommitted[j]!.index
      if (cj < 1) continue
      const ci = delivered(s, i)
      if (cj > s.history[j]!.length || ci === null) return violation("PrimaryIntegrity", `${serverName(i)} or ${serverName(j)} committed beyond its history`)
      for (let k = 0; k < cj; k++) {
        const txn = s.history[j]![k]!
        if (epochOf(txn.zxid) >= s.currentEpoch[i]!) continue
        if (!contains(s.history[i]!, Math.max(ci, 0), txn)) {
          return violation("PrimaryIntegrity", `follower ${serverName(j)} committed ${show(txn)} of an older epoch than leader ${serverName(i)}'s ${s.currentEpoch[i]}, which the leader has not committed`)
        }
      }
    }
  }
  return null
}

/** The invariants of the reference TLC runs, in the order the reference lists them. */
export const specInvariants: ReadonlyArray<{ readonly name: string; readonly check: StateCheck }> = [
  { name: "ShouldNotBeTriggered", check: ShouldNotBeTriggered },
  { name: "Leadership1", check: Leadership1 },
  { name: "Leadership2", check: Leadership2 },
  { name: "PrefixConsistency", check: PrefixConsistency },
  { name: "Integrity", check: Integrity },
  { name: "Agreement", check: Agreement },
  { name: "TotalOrder", check: TotalOrder },
  { name: "LocalPrimaryOrder", check: LocalPrimaryOrder },
  { name: "GlobalPrimaryOrder", check: GlobalPrimaryOrder },
  { name: "PrimaryIntegrity", check: PrimaryIntegrity },
]

/** All of them as one check (the first that fails). */
export const checkSpecInvariants: StateCheck = (s) => {
  for (const { check } of specInvariants) {
    const found = check(s)
    if (found !== null) return found
  }
  return null
}
