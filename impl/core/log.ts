/**
 * History helpers every phase shares: finding a place in the zxid-ordered log, delivering committed txns in
 * order, and a follower's appends.
 *
 * Synchronisation and broadcast both deliver and append, and acks.ts appends the txns a re-injected bug held
 * back; keeping these here lets each of those files import them without importing another phase.
 */
import { assert } from "./assert.js"
import { type FollowingPeer, type Out, type PeerState, observe } from "./state.js"
import type { PeerConfig, Txn } from "./types.js"
import { type Zxid, epochOf, formatZxid } from "./zxid.js"

/** Deliver, in zxid order, every logged txn up to `target`, taking a snapshot every snapCountTxns. */
export function deliverUpTo(config: PeerConfig, state: PeerState, target: Zxid, out: Out): PeerState {
  if (target <= state.lastDelivered) return state
  let lastDelivered = state.lastDelivered
  let since = state.deliveredSinceSnapshot
  const log = state.log
  let clientWrites = state.clientWrites
  for (let i = log.firstAbove(lastDelivered); i < log.length; i++) {
    const txn = log.get(i)
    if (txn.zxid > target) break
    out.push({ _tag: "Deliver", txn })
    // Delivery answers our own client (the runtime replies with the result): it no longer waits on us.
    if (txn.origin === state.myId && clientWrites.length > 0) clientWrites = clientWrites.filter((r) => r !== txn.request)
    lastDelivered = txn.zxid
    since += 1
  }
  if (since >= config.snapCountTxns) {
    // The snapshot covers everything delivered; the log keeps only what follows it.
    out.push({ _tag: "TakeSnapshot", zxid: lastDelivered })
    observe(out, "snapshot-taken", formatZxid(lastDelivered))
    const kept = log.from(log.firstAbove(lastDelivered))
    assert(kept.length === 0 || kept.get(0).zxid > lastDelivered, "the in-memory log holds only txns above its base")
    return { ...state, lastDelivered, deliveredSinceSnapshot: 0, log: kept, logBase: lastDelivered, clientWrites }
  }
  return { ...state, lastDelivered, deliveredSinceSnapshot: since, clientWrites }
}

/**
 * Write txns the follower already holds in memory (or is taking now) to its log, each with an fsync request.
 * Txns of the new epoch are acked one by one once durable; older ones are covered by the NEWLEADER ack.
 */
export function appendTxns(state: FollowingPeer, txns: ReadonlyArray<Txn>, out: Out, ackAll = false): FollowingPeer {
  const role = state.role
  let writes = state.writes
  const pendingAcks = role.pendingAcks.slice()
  for (const txn of txns) {
    writes += 1
    out.push({ _tag: "Append", write: writes, txn })
    out.push({ _tag: "Fsync", through: writes })
    if (epochOf(txn.zxid) === role.newEpoch || ackAll) pendingAcks.push({ zxid: txn.zxid, write: writes })
  }
  if (role.unwritten.length === 0) return { ...state, log: state.log.append(txns), writes, role: { ...role, pendingAcks } }
  // Held txns are in the in-memory log already; only fresh ones join it.
  const held = new Set(role.unwritten)
  const fresh = txns.filter((t) => !held.has(t))
  const written = new Set(txns)
  const unwritten = role.unwritten.filter((t) => !written.has(t))
  return { ...state, log: state.log.append(fresh), writes, role: { ...role, pendingAcks, unwritten } }
}
