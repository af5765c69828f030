/**
 * Actions beyond Zab.tla's Next: what a real peer legitimately does that the spec cannot say, as model
 * actions in the spec's shape (pure functions of the config, the state and server indexes, returning the
 * successor or null when not enabled). Model validation (traces/validate.ts) takes them when an
 * implementation's trace shows the peer doing one of these things; the explorer could take them too, but
 * they are deliberately not in `actions` (model/actions.ts), so exploring Zab.tla still counts exactly the
 * states TLC counts. Like FilterNonexistentMessage, they leave the recorder alone: its `pc` names spec
 * actions only, and none of them is bounded by Parameters.
 *
 * Why each exists:
 * - LeaderShutdown(i): a leader gives up on its own (initLimit, a quorum lost and noticed on a tick, a
 *   follower ahead of it, zxid rollover). The spec's LeaderShutdown operator sends its learners back at
 *   once; a real leader only closes its connections, and each learner leaves when it notices, after taking
 *   what was sent before the close (TCP delivers it ahead of the close). So only the leader changes here.
 * - LearnerLost(i, j): leader i lets learner j go (its connection broke, or j fell silent) whatever quorum
 *   is left: the leader's half of Timeout(i, j). The spec shuts the leader down at once when the quorum
 *   goes; a real leader steps down at its next tick (LeaderShutdown then). A record of j toward a quorum
 *   not yet formed (CEPOCH, ACKEPOCH, ACKLD) is deleted rather than kept as disconnected, because the peer,
 *   like ZooKeeper's Leader, counts only connected learners toward a quorum.
 * - FollowerGivesUp(i): a follower goes back to election and reads nothing more: the follower's half of
 *   Timeout. What it sent before the close may still reach a leader that holds it as a learner.
 * - SyncInterrupted(i, kept): a follower that left (or crashed) mid-synchronisation keeps the TRUNC, DIFF
 *   or SNAP writes it had made: its history becomes `kept`. Which histories may be kept depends on what the
 *   peer wrote, which the model does not see; traces/validate.ts checks that before taking it.
 * - LoseUnsyncedWrites(i, durable): after a crash a server recovers only what was durable, and Zab.tla has
 *   no durability: its epochs and history become those of `durable`.
 * - ConnectionsReset(i): a crash closes all of i's connections: every channel to and from i is emptied.
 * - LeaderCommitsOnAckld(i): the peer's leader counts a late joiner's NEWLEADER ack as an ack of the
 *   outstanding proposals it synced, and commits, in order, those that now have a quorum, sending COMMIT
 *   as LeaderTryToCommit does (the spec's ACKLD records the ack but commits nothing).
 */
import {
  type Draft,
  EMPTY,
  cleanInputBuffer,
  connectedSidsOf,
  followerShutdown,
  has,
  isQuorum,
  setAt,
  sidsOf,
  withChannel,
} from "./actions.js"
import type { History, ModelConfig, ModelState } from "./model-state.js"

/** The extension actions, in the order the header gives their reasons. */
export const extensionNames = [
  "LeaderShutdown",
  "LearnerLost",
  "FollowerGivesUp",
  "SyncInterrupted",
  "LoseUnsyncedWrites",
  "ConnectionsReset",
  "LeaderCommitsOnAckld",
] as const
export type ExtensionName = (typeof extensionNames)[number]

/** What a server recovers from its disk after a crash: the epochs and history its durable writes give. */
export interface DurableImage {
  readonly acceptedEpoch: number
  readonly currentEpoch: number
  readonly history: History
}

/** LeaderShutdown(i) for the leader alone: it goes back to election, reads nothing more and has no learners. */
export function LeaderShutdown(_c: ModelConfig, s: ModelState, i: number): ModelState | null {
  if (s.state[i] !== "LEADING") return null
  return {
    ...s,
    state: setAt(s.state, i, "LOOKING"),
    zabState: setAt(s.zabState, i, "ELECTION"),
    connectInfo: setAt(s.connectInfo, i, null),
    msgs: cleanInputBuffer(s.msgs, 1 << i),
    learners: setAt(s.learners, i, 0),
  }
}

/**
 * LearnerLost(i, j): leader i drops learner j and reads nothing more from it. What i sent j stays in flight
 * while j still follows i (j leaves when it notices the close, by FollowerGivesUp); otherwise it is lost.
 */
export function LearnerLost(c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (i === j || s.state[i] !== "LEADING" || !has(s.learners[i]!, j)) return null
  const drop = <T extends { readonly sid: number; readonly connected: boolean }>(set: ReadonlyArray<T>): ReadonlyArray<T> => {
    if (!set.some((r) => r.sid === j)) return set
    if (!isQuorum(c, sidsOf(set))) return set.filter((r) => r.sid !== j)
    return set.map((r) => (r.sid === j ? { ...r, connected: false } : r))
  }
  const stillFollows = s.state[j] === "FOLLOWING" && s.connectInfo[j] === i
  return {
    ...s,
    learners: setAt(s.learners, i, s.learners[i]! & ~(1 << j)),
    cepochRecv: setAt(s.cepochRecv, i, drop(s.cepochRecv[i]!)),
    ackeRecv: setAt(s.ackeRecv, i, drop(s.ackeRecv[i]!)),
    ackldRecv: setAt(s.ackldRecv, i, drop(s.ackldRecv[i]!)),
    msgs: withChannel(stillFollows ? s.msgs : withChannel(s.msgs, i, j, EMPTY), j, i, EMPTY),
  }
}

/**
 * FollowerGivesUp(i): FollowerShutdown(i), and i reads nothing more. What i sent its leader stays in flight
 * only while that leader still holds i as a learner (it lets i go when it notices, by LearnerLost).
 */
export function FollowerGivesUp(_c: ModelConfig, s: ModelState, i: number): ModelState | null {
  if (s.state[i] !== "FOLLOWING") return null
  const leader = s.connectInfo[i]
  const t: Draft = { ...s }
  followerShutdown(t, i)
  const msgs = s.msgs.map((row) => setAt(row, i, EMPTY))
  const read = leader !== null && leader !== undefined && s.state[leader] === "LEADING" && has(s.learners[leader]!, i)
  t.msgs = read || leader === null || leader === undefined ? msgs : withChannel(msgs, i, leader, EMPTY)
  return t
}

/** SyncInterrupted(i, kept): a server back in election keeps the sync writes it made: its history becomes `kept`. */
export function SyncInterrupted(_c: ModelConfig, s: ModelState, i: number, kept: History): ModelState | null {
  if (s.state[i] !== "LOOKING") return null
  return { ...s, history: setAt(s.history, i, kept) }
}

/** LoseUnsyncedWrites(i, durable): a crashed server recovers only its durable epochs and history. */
export function LoseUnsyncedWrites(_c: ModelConfig, s: ModelState, i: number, durable: DurableImage): ModelState | null {
  if (s.state[i] !== "LOOKING") return null
  return {
    ...s,
    acceptedEpoch: setAt(s.acceptedEpoch, i, durable.acceptedEpoch),
    currentEpoch: setAt(s.currentEpoch, i, durable.currentEpoch),
    history: setAt(s.history, i, durable.history),
  }
}

/** ConnectionsReset(i): every channel to and from i is emptied; not enabled when all of them are empty. */
export function ConnectionsReset(_c: ModelConfig, s: ModelState, i: number): ModelState | null {
  const n = s.msgs.length
  let busy = false
  for (let v = 0; v < n && !busy; v++) busy = s.msgs[i]![v]!.length > 0 || s.msgs[v]![i]!.length > 0
  if (!busy) return null
  return { ...s, msgs: s.msgs.map((row, from) => (from === i ? row.map(() => EMPTY) : setAt(row, i, EMPTY))) }
}

/**
 * LeaderCommitsOnAckld(i): a BROADCAST leader commits each next txn that already has a quorum of acks,
 * sending COMMIT to its connected ACKLD senders; not enabled when the next txn has no quorum.
 */
export function LeaderCommitsOnAckld(c: ModelConfig, s: ModelState, i: number): ModelState | null {
  if (s.state[i] !== "LEADING" || s.zabState[i] !== "BROADCAST") return null
  let t = s
  for (;;) {
    const history = t.history[i]!
    const at = t.lastCommitted[i]!.index
    if (at >= history.length || !isQuorum(c, history[at]!.ackSid)) break
    const zxid = history[at]!.zxid
    const to = connectedSidsOf(t.ackldRecv[i]!) & t.learners[i]! & ~(1 << i)
    let msgs = t.msgs
    for (let v = 0; v < msgs.length; v++) if (has(to, v)) msgs = withChannel(msgs, i, v, [...msgs[i]![v]!, { mtype: "COMMIT", mzxid: zxid }])
    t = { ...t, lastCommitted: setAt(t.lastCommitted, i, { index: at + 1, zxid }), msgs }
  }
  return t === s ? null : t
}
