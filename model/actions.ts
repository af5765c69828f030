/**
 * The actions of ZooKeeper's protocol spec (zookeeper-specifications/protocol-spec/Zab.tla), one function
 * per disjunct of its Next, each with the spec's name, enabling condition and effect. A function returns the
 * successor state, or null when the action is not enabled for these arguments. Every action of the spec has
 * at most one successor per argument tuple, so this is the whole of Next (FilterNonexistentMessage's inner
 * `\E j` becomes its second argument).
 *
 * Helpers carry the names of the spec's operators (FollowerShutdown, LeaderShutdown, RemoveLearner, Reply,
 * Broadcast, ZxidToIndex, ...). Successors share every array they do not change with their predecessor;
 * nothing is mutated after it is built.
 */
import { assert } from "../impl/core/assert.js"
import { ZERO_ZXID, counterOf, epochOf, makeZxid } from "../impl/core/zxid.js"
import {
  type AckeInfo,
  type AckldInfo,
  type ActionName,
  type CepochInfo,
  type Channel,
  type History,
  MAXEPOCH,
  type Message,
  type ModelConfig,
  type ModelState,
  type Pc,
  type ProposalRecord,
  type Recorder,
  type ServerSet,
  type Txn,
  compareProposal,
} from "./model-state.js"

/** A successor under construction: a shallow copy whose fields are replaced, never mutated in place. */
export type Draft = { -readonly [K in keyof ModelState]: ModelState[K] }

/** The empty channel, shared by every state that empties one. */
export const EMPTY: Channel = []

// -----------------------------------------------------------------------------------------------------------
// Small utilities.

/** A copy of `array` with entry i replaced. */
export function setAt<T>(array: ReadonlyArray<T>, i: number, value: T): Array<T> {
  const copy = array.slice()
  copy[i] = value
  return copy
}

/** i \in set. */
export function has(set: ServerSet, i: number): boolean {
  return ((set >>> i) & 1) === 1
}

function popcount(set: ServerSet): number {
  let count = 0
  for (let x = set; x !== 0; x &= x - 1) count++
  return count
}

/** Quorums == {Q \in SUBSET Server: Cardinality(Q)*2 > Cardinality(Server)}. */
export function isQuorum(config: ModelConfig, set: ServerSet): boolean {
  return popcount(set) * 2 > config.servers
}

/** LastZxidOfHistory. */
export function lastZxidOfHistory(history: History): number {
  return history.length === 0 ? ZERO_ZXID : history[history.length - 1]!.zxid
}

/**
 * ZxidToIndex: 0 for <<0, 0>>, the 1-based index of a zxid that occurs once, -1 for one that occurs more
 * than once, Len + 1 for one that does not occur (1 in an empty history).
 */
export function zxidToIndex(history: History, zxid: number): number {
  if (zxid === ZERO_ZXID) return 0
  let found = -1
  for (let k = 0; k < history.length; k++) {
    if (history[k]!.zxid !== zxid) continue
    if (found >= 0) return -1
    found = k + 1
  }
  return found >= 0 ? found : history.length + 1
}

// -----------------------------------------------------------------------------------------------------------
// Recorder (UpdateRecorder): the bound counters and the label of the last action are part of the state.

function maxHistoryLength(t: Draft): number {
  let max = 0
  for (const h of t.history) if (h.length > max) max = h.length
  return max
}

function maxAcceptedEpoch(t: Draft): number {
  let max = 0
  for (const e of t.acceptedEpoch) if (e > max) max = e
  return max
}

/** UpdateRecorder(pc): RecorderSetFailure, RecorderSetTransactionNum, RecorderSetMaxEpoch, RecorderSetRequests. */
function updateRecorder(s: ModelState, t: Draft, action: ActionName, args: ReadonlyArray<number>): ModelState {
  const r = s.recorder
  const failure = action === "Timeout" || action === "Restart"
  const request = action === "LeaderProcessRequest"
  const pc: Pc = { action, args }
  const recorder: Recorder = {
    nTimeout: failure ? r.nTimeout + 1 : r.nTimeout,
    nTransaction: request ? maxHistoryLength(t) : r.nTransaction,
    maxEpoch: action === "LeaderProcessCEPOCH" ? maxAcceptedEpoch(t) : r.maxEpoch,
    nRestart: action === "Restart" ? r.nRestart + 1 : r.nRestart,
    pc,
    nClientRequest: request ? r.nClientRequest + 1 : r.nClientRequest,
  }
  t.recorder = recorder
  return t
}

/** CheckTimeout, CheckTransactionNum, CheckEpoch, CheckRestart: the Parameters bounds as guards. */
function checkTimeout(c: ModelConfig, s: ModelState): boolean {
  return s.recorder.nTimeout < c.parameters.MaxTimeoutFailures
}
function checkTransactionNum(c: ModelConfig, s: ModelState): boolean {
  return s.recorder.nTransaction < c.parameters.MaxTransactionNum
}
function checkEpoch(c: ModelConfig, s: ModelState): boolean {
  return s.recorder.maxEpoch < c.parameters.MaxEpoch
}
function checkRestart(c: ModelConfig, s: ModelState): boolean {
  return checkTimeout(c, s) && s.recorder.nRestart < c.parameters.MaxRestarts
}

// -----------------------------------------------------------------------------------------------------------
// Network (msgs[i][j] is the FIFO channel from i to j).

/** msgs with the channel i -> j replaced. */
export function withChannel(msgs: ModelState["msgs"], i: number, j: number, channel: Channel): Array<ReadonlyArray<Channel>> {
  return setAt(msgs, i, setAt(msgs[i]!, j, channel))
}

function append(channel: Channel, m: Message): Channel {
  const copy = channel.slice()
  copy.push(m)
  return copy
}

function tail(channel: Channel): Channel {
  return channel.length <= 1 ? EMPTY : channel.slice(1)
}

/** The head of msgs[j][i] if it has this type: Pending<TYPE>(i, j). */
function pending<T extends Message["mtype"]>(s: ModelState, i: number, j: number, mtype: T): Extract<Message, { mtype: T }> | null {
  const channel = s.msgs[j]![i]!
  if (channel.length === 0) return null
  const head = channel[0]!
  return head.mtype === mtype ? (head as Extract<Message, { mtype: T }>) : null
}

/** Send(i, j, m). */
function send(msgs: ModelState["msgs"], i: number, j: number, m: Message): ModelState["msgs"] {
  return withChannel(msgs, i, j, append(msgs[i]![j]!, m))
}

/** Discard(i, j): drop the head of msgs[i][j]. */
function discard(msgs: ModelState["msgs"], i: number, j: number): ModelState["msgs"] {
  const channel = msgs[i]![j]!
  return channel.length === 0 ? msgs : withChannel(msgs, i, j, tail(channel))
}

/** Reply(i, j, m): drop the head of msgs[j][i] and append m to msgs[i][j], atomically. */
function reply(msgs: ModelState["msgs"], i: number, j: number, m: Message): ModelState["msgs"] {
  return send(withChannel(msgs, j, i, tail(msgs[j]![i]!)), i, j, m)
}

/** Clean(i, j): empty both directions between i and j. */
function clean(msgs: ModelState["msgs"], i: number, j: number): ModelState["msgs"] {
  return withChannel(withChannel(msgs, j, i, EMPTY), i, j, EMPTY)
}

/** CleanInputBuffer(S): empty every channel into a member of S. */
export function cleanInputBuffer(msgs: ModelState["msgs"], set: ServerSet): ModelState["msgs"] {
  return msgs.map((row) => (row.some((channel, v) => has(set, v) && channel.length > 0) ? row.map((channel, v) => (has(set, v) ? EMPTY : channel)) : row))
}

/**
 * The common shape of Broadcast and the DiscardAndBroadcast* operators: optionally drop the head of
 * msgs[j][i], then append m to msgs[i][v] for every v in `targets` that is a learner of i other than i.
 */
function broadcastTo(msgs: ModelState["msgs"], i: number, targets: ServerSet, learners: ServerSet, m: Message): ModelState["msgs"] {
  const to = targets & learners & ~(1 << i)
  if (to === 0) return msgs
  return setAt(msgs, i, msgs[i]!.map((channel, v) => (has(to, v) ? append(channel, m) : channel)))
}

function discardAndBroadcast(msgs: ModelState["msgs"], i: number, j: number, targets: ServerSet, learners: ServerSet, m: Message): ModelState["msgs"] {
  return broadcastTo(withChannel(msgs, j, i, tail(msgs[j]![i]!)), i, targets, learners, m)
}

// -----------------------------------------------------------------------------------------------------------
// The leader's receive sets: at most one record per sid, kept sorted by sid.

/** The sids of a receive set, as a set of servers. */
export function sidsOf(set: ReadonlyArray<{ readonly sid: number }>): ServerSet {
  let mask = 0
  for (const r of set) mask |= 1 << r.sid
  return mask
}

/** The sids of a receive set's connected records, as a set of servers. */
export function connectedSidsOf(set: ReadonlyArray<{ readonly sid: number; readonly connected: boolean }>): ServerSet {
  let mask = 0
  for (const r of set) if (r.connected) mask |= 1 << r.sid
  return mask
}

/** (set \ {record with this sid}) \union {record}. */
function putBySid<T extends { readonly sid: number }>(set: ReadonlyArray<T>, record: T): Array<T> {
  const copy = set.slice()
  const at = copy.findIndex((r) => r.sid >= record.sid)
  if (at < 0) copy.push(record)
  else if (copy[at]!.sid === record.sid) copy[at] = record
  else copy.splice(at, 0, record)
  return copy
}

/** RemoveCepochRecv, RemoveAckeRecv, RemoveAckldRecv: mark the record of sid disconnected, if there is one. */
function disconnect<T extends { readonly sid: number; readonly connected: boolean }>(set: ReadonlyArray<T>, sid: number): ReadonlyArray<T> {
  const at = set.findIndex((r) => r.sid === sid)
  if (at < 0) return set
  return setAt(set, at, { ...set[at]!, connected: false })
}

// -----------------------------------------------------------------------------------------------------------
// Switching roles.

/** FollowerShutdown(i). */
export function followerShutdown(t: Draft, i: number): void {
  t.state = setAt(t.state, i, "LOOKING")
  t.zabState = setAt(t.zabState, i, "ELECTION")
  t.connectInfo = setAt(t.connectInfo, i, null)
}

/** LeaderShutdown(i): every learner of i (i included) goes back to election, their input buffers are emptied. */
function leaderShutdown(t: Draft, s: ModelState, i: number): void {
  const learners = s.learners[i]!
  t.state = s.state.map((x, k) => (has(learners, k) ? "LOOKING" : x))
  t.zabState = s.zabState.map((x, k) => (has(learners, k) ? "ELECTION" : x))
  t.connectInfo = s.connectInfo.map((x, k) => (has(learners, k) ? null : x))
  t.msgs = cleanInputBuffer(s.msgs, learners)
  t.learners = setAt(s.learners, i, 0)
}

/** SwitchToFollower(i). */
function switchToFollower(t: Draft, i: number): void {
  t.state = setAt(t.state, i, "FOLLOWING")
  t.zabState = setAt(t.zabState, i, "DISCOVERY")
}

/** SwitchToLeader(i): its receive sets start with itself. */
function switchToLeader(t: Draft, s: ModelState, i: number): void {
  t.state = setAt(s.state, i, "LEADING")
  t.zabState = setAt(s.zabState, i, "DISCOVERY")
  t.learners = setAt(s.learners, i, 1 << i)
  t.cepochRecv = setAt(s.cepochRecv, i, [{ sid: i, connected: true, epoch: s.acceptedEpoch[i]! }])
  t.ackeRecv = setAt(s.ackeRecv, i, [{ sid: i, connected: true, peerLastEpoch: s.currentEpoch[i]!, peerHistory: s.history[i]! }])
  t.ackldRecv = setAt(s.ackldRecv, i, [{ sid: i, connected: true }])
  t.sendCounter = setAt(s.sendCounter, i, 0)
}

/** RemoveLearner(i, j). */
function removeLearner(t: Draft, s: ModelState, i: number, j: number): void {
  t.learners = setAt(s.learners, i, s.learners[i]! & ~(1 << j))
  t.cepochRecv = setAt(s.cepochRecv, i, disconnect(s.cepochRecv[i]!, j))
  t.ackeRecv = setAt(s.ackeRecv, i, disconnect(s.ackeRecv[i]!, j))
  t.ackldRecv = setAt(s.ackldRecv, i, disconnect(s.ackldRecv[i]!, j))
}

function flag(t: Draft, s: ModelState, which: keyof ModelState["violatedInvariants"]): void {
  if (s.violatedInvariants[which]) return
  t.violatedInvariants = { ...s.violatedInvariants, [which]: true }
}

function isLeader(s: ModelState, i: number): boolean {
  return s.state[i] === "LEADING"
}
function isFollower(s: ModelState, i: number): boolean {
  return s.state[i] === "FOLLOWING"
}
function isLooking(s: ModelState, i: number): boolean {
  return s.state[i] === "LOOKING"
}
/** IsMyLearner(i, j). */
function isMyLearner(s: ModelState, i: number, j: number): boolean {
  return has(s.learners[i]!, j)
}
/** IsMyLeader(i, j). */
function isMyLeader(s: ModelState, i: number, j: number): boolean {
  return s.connectInfo[i] === j
}

// -----------------------------------------------------------------------------------------------------------
// Election.

/** UpdateLeader(i): the oracle names a looking server i, which becomes leader. */
export function UpdateLeader(_c: ModelConfig, s: ModelState, i: number): ModelState | null {
  if (!isLooking(s, i) || s.leaderOracle === i) return null
  const t: Draft = { ...s }
  t.leaderOracle = i
  switchToLeader(t, s, i)
  return updateRecorder(s, t, "UpdateLeader", [i])
}

/** FollowLeader(i): a looking server follows the oracle (or leads, if the oracle names it). */
export function FollowLeader(_c: ModelConfig, s: ModelState, i: number): ModelState | null {
  if (!isLooking(s, i) || s.leaderOracle === null) return null
  const t: Draft = { ...s }
  if (s.leaderOracle === i) switchToLeader(t, s, i)
  else switchToFollower(t, i)
  return updateRecorder(s, t, "FollowLeader", [i])
}

// -----------------------------------------------------------------------------------------------------------
// Failures.

/** Timeout(i, j): leader i and its follower j lose each other. */
export function Timeout(c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!checkTimeout(c, s)) return null
  if (!isLeader(s, i) || !isMyLearner(s, i, j) || !isFollower(s, j) || !isMyLeader(s, j, i)) return null
  const t: Draft = { ...s }
  const newLearners = s.learners[i]! & ~(1 << j)
  if (isQuorum(c, newLearners)) {
    removeLearner(t, s, i, j)
    followerShutdown(t, j)
    t.msgs = clean(s.msgs, i, j)
  } else {
    leaderShutdown(t, s, i)
  }
  return updateRecorder(s, t, "Timeout", [i, j])
}

/** Restart(i): crash and recover; epochs and history survive, lastCommitted does not. */
export function Restart(c: ModelConfig, s: ModelState, i: number): ModelState | null {
  if (!checkRestart(c, s)) return null
  const t: Draft = { ...s }
  if (isLooking(s, i)) {
    // Nothing but lastCommitted changes.
  } else if (isFollower(s, i)) {
    const leader = s.connectInfo[i]
    if (leader !== null && leader !== undefined) {
      const newLearners = s.learners[leader]! & ~(1 << i)
      if (isQuorum(c, newLearners)) {
        removeLearner(t, s, leader, i)
        followerShutdown(t, i)
        t.msgs = clean(s.msgs, leader, i)
      } else {
        leaderShutdown(t, s, leader)
      }
    } else {
      followerShutdown(t, i)
      t.msgs = cleanInputBuffer(s.msgs, 1 << i)
    }
  } else {
    leaderShutdown(t, s, i)
  }
  t.lastCommitted = setAt(s.lastCommitted, i, { index: 0, zxid: ZERO_ZXID })
  return updateRecorder(s, t, "Restart", [i])
}

// -----------------------------------------------------------------------------------------------------------
// Discovery.

/** ConnectAndFollowerSendCEPOCH(i, j): leaderless follower j joins the oracle's leader i and sends CEPOCH(f.p). */
export function ConnectAndFollowerSendCEPOCH(_c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!isLeader(s, i) || isMyLearner(s, i, j)) return null
  if (!isFollower(s, j) || s.connectInfo[j] !== null || s.leaderOracle !== i) return null
  const t: Draft = { ...s }
  t.learners = setAt(s.learners, i, s.learners[i]! | (1 << j))
  t.connectInfo = setAt(s.connectInfo, j, i)
  t.msgs = send(s.msgs, j, i, { mtype: "CEPOCH", mepoch: s.acceptedEpoch[j]! })
  return updateRecorder(s, t, "ConnectAndFollowerSendCEPOCH", [i, j])
}

/** UpdateCepochRecv. */
function updateCepochRecv(set: ReadonlyArray<CepochInfo>, sid: number, peerEpoch: number): ReadonlyArray<CepochInfo> {
  return putBySid(set, { sid, connected: true, epoch: peerEpoch })
}

/** DetermineNewEpoch: one more than the largest f.p recorded (connected or not). */
function determineNewEpoch(set: ReadonlyArray<CepochInfo>): number {
  let max = -1
  for (const r of set) if (r.epoch > max) max = r.epoch
  return max + 1
}

/**
 * LeaderProcessCEPOCH(i, j): record j's CEPOCH; the CEPOCH that completes a quorum fixes e' and broadcasts
 * NEWEPOCH, a later one is answered directly.
 */
export function LeaderProcessCEPOCH(c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!checkEpoch(c, s) || !isLeader(s, i)) return null
  const msg = pending(s, i, j, "CEPOCH")
  if (msg === null || !isMyLearner(s, i, j)) return null
  const t: Draft = { ...s }
  const cepochRecv = updateCepochRecv(s.cepochRecv[i]!, j, msg.mepoch)
  t.cepochRecv = setAt(s.cepochRecv, i, cepochRecv)
  if (!isQuorum(c, sidsOf(s.cepochRecv[i]!))) {
    // 1. NEWEPOCH not broadcast yet.
    if (s.zabState[i] !== "DISCOVERY") flag(t, s, "stateInconsistent")
    if (isQuorum(c, sidsOf(cepochRecv))) {
      const newEpoch = determineNewEpoch(cepochRecv)
      t.acceptedEpoch = setAt(s.acceptedEpoch, i, newEpoch)
      t.msgs = discardAndBroadcast(s.msgs, i, j, connectedSidsOf(cepochRecv), s.learners[i]!, { mtype: "NEWEPOCH", mepoch: newEpoch })
    } else {
      t.msgs = discard(s.msgs, j, i)
    }
  } else {
    // 2. NEWEPOCH already broadcast: answer j directly.
    t.msgs = reply(s.msgs, i, j, { mtype: "NEWEPOCH", mepoch: s.acceptedEpoch[i]! })
  }
  return updateRecorder(s, t, "LeaderProcessCEPOCH", [i, j])
}

/** FollowerProcessNEWEPOCH(i, j): accept e' >= f.p and answer ACKEPOCH(f.a, h(f)); otherwise back to election. */
export function FollowerProcessNEWEPOCH(_c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!isFollower(s, i)) return null
  const msg = pending(s, i, j, "NEWEPOCH")
  if (msg === null || !isMyLeader(s, i, j)) return null
  const t: Draft = { ...s }
  if (msg.mepoch >= s.acceptedEpoch[i]!) {
    if (s.zabState[i] === "DISCOVERY") {
      t.acceptedEpoch = setAt(s.acceptedEpoch, i, msg.mepoch)
      t.msgs = reply(s.msgs, i, j, { mtype: "ACKEPOCH", mepoch: s.currentEpoch[i]!, mhistory: s.history[i]! })
      t.zabState = setAt(s.zabState, i, "SYNCHRONIZATION")
    } else {
      flag(t, s, "stateInconsistent")
      t.msgs = discard(s.msgs, j, i)
    }
  } else {
    const leader = s.connectInfo[i]!
    followerShutdown(t, i)
    t.msgs = clean(s.msgs, i, leader)
    removeLearner(t, s, leader, i)
  }
  return updateRecorder(s, t, "FollowerProcessNEWEPOCH", [i, j])
}

/** UpdateAckeRecv. */
function updateAckeRecv(set: ReadonlyArray<AckeInfo>, sid: number, peerEpoch: number, peerHistory: History): ReadonlyArray<AckeInfo> {
  return putBySid(set, { sid, connected: true, peerLastEpoch: peerEpoch, peerHistory })
}

/** SetPacketsForChecking: proposalMsgsLog \union {[source, epoch, zxid, data] of every txn in his}. */
function logProposals(log: ReadonlyArray<ProposalRecord>, source: number, epoch: number, history: History): ReadonlyArray<ProposalRecord> {
  let result = log
  for (const txn of history) result = addProposal(result, { source, epoch, zxid: txn.zxid, data: txn.value })
  return result
}

/** proposalMsgsLog \union {p}, kept sorted and duplicate-free. */
function addProposal(log: ReadonlyArray<ProposalRecord>, p: ProposalRecord): ReadonlyArray<ProposalRecord> {
  let at = log.length
  for (let k = 0; k < log.length; k++) {
    const cmp = compareProposal(log[k]!, p)
    if (cmp === 0) return log
    if (cmp > 0) {
      at = k
      break
    }
  }
  const copy = log.slice()
  copy.splice(at, 0, p)
  return copy
}

/**
 * DetermineInitialHistory: the history of the most recent state summary (f.a, then last zxid) among all
 * ACKEPOCHs recorded. Ties between equally recent summaries go, as TLC's CHOOSE picks them, to the first
 * record in TLC's order of [currentEpoch, lastZxid, sid] records, i.e. the smallest sid.
 */
export function determineInitialHistory(set: ReadonlyArray<AckeInfo>): History {
  assert(set.length > 0, "DetermineInitialHistory needs at least the leader's own record")
  let best = set[0]!
  let bestZxid = lastZxidOfHistory(best.peerHistory)
  for (let k = 1; k < set.length; k++) {
    const a = set[k]!
    const zxid = lastZxidOfHistory(a.peerHistory)
    if (a.peerLastEpoch > best.peerLastEpoch || (a.peerLastEpoch === best.peerLastEpoch && zxid > bestZxid)) {
      best = a
      bestZxid = zxid
    }
  }
  return best.peerHistory
}

/** InitAcksid(i, his): every txn of the initial history is acknowledged by the leader itself. */
function initAcksid(i: number, history: History): History {
  return history.map((txn) => (txn.ackSid === 1 << i ? txn : { zxid: txn.zxid, value: txn.value, ackSid: 1 << i, epoch: txn.epoch }))
}

/**
 * LeaderProcessACKEPOCH(i, j): record j's ACKEPOCH; the one that completes a quorum establishes i in e'
 * (f.a := e', initial history from the most recent summary) and broadcasts NEWLEADER; later ones get a
 * NEWLEADER directly. Every NEWLEADER's history is logged as proposed by i in e'.
 */
export function LeaderProcessACKEPOCH(c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!isLeader(s, i)) return null
  const msg = pending(s, i, j, "ACKEPOCH")
  if (msg === null || !isMyLearner(s, i, j)) return null
  const t: Draft = { ...s }
  const ackeRecv = updateAckeRecv(s.ackeRecv[i]!, j, msg.mepoch, msg.mhistory)
  t.ackeRecv = setAt(s.ackeRecv, i, ackeRecv)
  const epoch = s.acceptedEpoch[i]!
  if (isQuorum(c, sidsOf(s.ackeRecv[i]!))) {
    // 1. NEWLEADER already broadcast.
    const toSend = s.history[i]!
    t.msgs = reply(s.msgs, i, j, { mtype: "NEWLEADER", mepoch: epoch, mhistory: toSend })
    t.proposalMsgsLog = logProposals(s.proposalMsgsLog, i, epoch, toSend)
  } else {
    // 2. NEWLEADER not broadcast yet.
    if (s.zabState[i] !== "DISCOVERY") flag(t, s, "stateInconsistent")
    if (isQuorum(c, sidsOf(ackeRecv))) {
      // The explorer's states hold MAXEPOCH entries; model validation of long runs (traces/validate.ts)
      // hands in a longer epochLeader, since an implementation run knows no MAXEPOCH.
      assert(epoch >= 1 && epoch <= Math.max(MAXEPOCH, s.epochLeader.length), "epochLeader's domain is 1..MAXEPOCH")
      t.currentEpoch = setAt(s.currentEpoch, i, epoch)
      t.epochLeader = setAt(s.epochLeader, epoch - 1, s.epochLeader[epoch - 1]! | (1 << i))
      const toSend = initAcksid(i, determineInitialHistory(ackeRecv))
      t.history = setAt(s.history, i, toSend)
      t.zabState = setAt(s.zabState, i, "SYNCHRONIZATION")
      t.msgs = discardAndBroadcast(s.msgs, i, j, connectedSidsOf(ackeRecv), s.learners[i]!, { mtype: "NEWLEADER", mepoch: epoch, mhistory: toSend })
      t.proposalMsgsLog = logProposals(s.proposalMsgsLog, i, epoch, toSend)
    } else {
      t.msgs = discard(s.msgs, j, i)
    }
  }
  return updateRecorder(s, t, "LeaderProcessACKEPOCH", [i, j])
}

// -----------------------------------------------------------------------------------------------------------
// Synchronization.

/** FollowerProcessNEWLEADER(i, j): f.p = e' makes f.a := e' and adopts the history; otherwise back to election. */
export function FollowerProcessNEWLEADER(_c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!isFollower(s, i)) return null
  const msg = pending(s, i, j, "NEWLEADER")
  if (msg === null || !isMyLeader(s, i, j)) return null
  const t: Draft = { ...s }
  if (s.acceptedEpoch[i] !== msg.mepoch) {
    const leader = s.connectInfo[i]!
    followerShutdown(t, i)
    t.msgs = clean(s.msgs, i, leader)
    removeLearner(t, s, leader, i)
  } else {
    if (s.zabState[i] !== "SYNCHRONIZATION") flag(t, s, "stateInconsistent")
    t.currentEpoch = setAt(s.currentEpoch, i, s.acceptedEpoch[i]!)
    t.history = setAt(s.history, i, msg.mhistory) // ackSid comes along, as in the spec
    t.msgs = reply(s.msgs, i, j, { mtype: "ACKLD", mzxid: lastZxidOfHistory(msg.mhistory) })
  }
  return updateRecorder(s, t, "FollowerProcessNEWLEADER", [i, j])
}

/** UpdateAckldRecv. */
function updateAckldRecv(set: ReadonlyArray<AckldInfo>, sid: number): ReadonlyArray<AckldInfo> {
  return putBySid(set, { sid, connected: true })
}

/** UpdateAcksid(his, target, endZxid): target acknowledges every txn up to endZxid. */
function updateAcksid(history: History, target: number, endZxid: number): History {
  let result: Array<Txn> | null = null
  for (let k = 0; k < history.length; k++) {
    const txn = history[k]!
    if (txn.zxid > endZxid) break
    if (has(txn.ackSid, target)) continue
    result ??= history.slice()
    result[k] = { zxid: txn.zxid, value: txn.value, ackSid: txn.ackSid | (1 << target), epoch: txn.epoch }
  }
  return result ?? history
}

/**
 * LeaderProcessACKLD(i, j): record j's ACKLD and its acks; the one that completes a quorum commits the whole
 * initial history, moves to BROADCAST and broadcasts COMMITLD; later ones get a COMMITLD directly.
 */
export function LeaderProcessACKLD(c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!isLeader(s, i)) return null
  const msg = pending(s, i, j, "ACKLD")
  if (msg === null || !isMyLearner(s, i, j)) return null
  const t: Draft = { ...s }
  const ackldRecv = updateAckldRecv(s.ackldRecv[i]!, j)
  t.ackldRecv = setAt(s.ackldRecv, i, ackldRecv)
  t.history = setAt(s.history, i, updateAcksid(s.history[i]!, j, msg.mzxid))
  if (!isQuorum(c, sidsOf(s.ackldRecv[i]!))) {
    // 1. COMMITLD not broadcast yet.
    if (s.zabState[i] !== "SYNCHRONIZATION") flag(t, s, "stateInconsistent")
    if (isQuorum(c, sidsOf(ackldRecv))) {
      const lastZxid = lastZxidOfHistory(s.history[i]!)
      t.lastCommitted = setAt(s.lastCommitted, i, { index: s.history[i]!.length, zxid: lastZxid })
      t.zabState = setAt(s.zabState, i, "BROADCAST")
      t.msgs = discardAndBroadcast(s.msgs, i, j, connectedSidsOf(ackldRecv), s.learners[i]!, { mtype: "COMMITLD", mzxid: lastZxid })
    } else {
      t.msgs = discard(s.msgs, j, i)
    }
  } else {
    // 2. COMMITLD already broadcast.
    if (s.zabState[i] !== "BROADCAST") flag(t, s, "stateInconsistent")
    t.msgs = reply(s.msgs, i, j, { mtype: "COMMITLD", mzxid: s.lastCommitted[i]!.zxid })
  }
  return updateRecorder(s, t, "LeaderProcessACKLD", [i, j])
}

/** FollowerProcessCOMMITLD(i, j): commit everything up to the zxid named, move to BROADCAST. */
export function FollowerProcessCOMMITLD(_c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!isFollower(s, i)) return null
  const msg = pending(s, i, j, "COMMITLD")
  if (msg === null || !isMyLeader(s, i, j)) return null
  const t: Draft = { ...s }
  const history = s.history[i]!
  const index = msg.mzxid === ZERO_ZXID ? 0 : zxidToIndex(history, msg.mzxid)
  if (!(index >= 0 && index <= history.length)) flag(t, s, "proposalInconsistent")
  t.lastCommitted = setAt(s.lastCommitted, i, { index, zxid: msg.mzxid })
  t.zabState = setAt(s.zabState, i, "BROADCAST")
  t.msgs = discard(s.msgs, j, i)
  return updateRecorder(s, t, "FollowerProcessCOMMITLD", [i, j])
}

// -----------------------------------------------------------------------------------------------------------
// Broadcast.

/** IncZxid(s, zxid). */
function incZxid(s: ModelState, i: number, zxid: number): number {
  const epoch = s.currentEpoch[i]!
  return epochOf(zxid) === epoch ? makeZxid(epoch, counterOf(zxid) + 1) : makeZxid(epoch, 1)
}

/** LeaderProcessRequest(i): a BROADCAST leader appends a new txn whose value is the request count. */
export function LeaderProcessRequest(c: ModelConfig, s: ModelState, i: number): ModelState | null {
  if (!checkTransactionNum(c, s) || !isLeader(s, i) || s.zabState[i] !== "BROADCAST") return null
  const history = s.history[i]!
  const newTxn: Txn = { zxid: incZxid(s, i, lastZxidOfHistory(history)), value: s.recorder.nClientRequest, ackSid: 1 << i, epoch: s.currentEpoch[i]! }
  const t: Draft = { ...s }
  t.history = setAt(s.history, i, [...history, newTxn])
  return updateRecorder(s, t, "LeaderProcessRequest", [i])
}

/** CurrentCounter(i): the counter of the last zxid if it is of the current epoch, else 0. */
function currentCounter(s: ModelState, i: number): number {
  const last = lastZxidOfHistory(s.history[i]!)
  return epochOf(last) === s.currentEpoch[i] ? counterOf(last) : 0
}

/** LeaderBroadcastPROPOSE(i): send the next unsent txn of the epoch to the connected ACKEPOCH senders; log it. */
export function LeaderBroadcastPROPOSE(_c: ModelConfig, s: ModelState, i: number): ModelState | null {
  if (!isLeader(s, i) || s.zabState[i] !== "BROADCAST" || !(s.sendCounter[i]! < currentCounter(s, i))) return null
  const toSendCounter = s.sendCounter[i]! + 1
  const epoch = s.currentEpoch[i]!
  const history = s.history[i]!
  const toSendIndex = zxidToIndex(history, makeZxid(epoch, toSendCounter))
  assert(toSendIndex >= 1 && toSendIndex <= history.length, "the txn to propose is in the leader's history")
  const toSendTxn = history[toSendIndex - 1]!
  const t: Draft = { ...s }
  t.sendCounter = setAt(s.sendCounter, i, toSendCounter)
  t.msgs = broadcastTo(s.msgs, i, connectedSidsOf(s.ackeRecv[i]!), s.learners[i]!, { mtype: "PROPOSE", mzxid: toSendTxn.zxid, mdata: toSendTxn.value })
  t.proposalMsgsLog = addProposal(s.proposalMsgsLog, { source: i, epoch, zxid: toSendTxn.zxid, data: toSendTxn.value })
  return updateRecorder(s, t, "LeaderBroadcastPROPOSE", [i])
}

/** IsNextZxid(curZxid, nextZxid). */
function isNextZxid(cur: number, next: number): boolean {
  const nextCounter = counterOf(next)
  if (nextCounter === 1) return epochOf(cur) < epochOf(next)
  return nextCounter > 1 && epochOf(cur) === epochOf(next) && counterOf(cur) + 1 === nextCounter
}

/** FollowerProcessPROPOSE(i, j): log the next txn and ACK it; drop one already held (flag one neither). */
export function FollowerProcessPROPOSE(_c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!isFollower(s, i)) return null
  const msg = pending(s, i, j, "PROPOSE")
  if (msg === null || !isMyLeader(s, i, j)) return null
  const t: Draft = { ...s }
  const history = s.history[i]!
  if (isNextZxid(lastZxidOfHistory(history), msg.mzxid)) {
    const newTxn: Txn = { zxid: msg.mzxid, value: msg.mdata, ackSid: 0, epoch: s.currentEpoch[i]! }
    t.history = setAt(s.history, i, [...history, newTxn])
    t.msgs = reply(s.msgs, i, j, { mtype: "ACK", mzxid: msg.mzxid })
  } else {
    const index = zxidToIndex(history, msg.mzxid)
    if (!(index > 0 && index <= history.length)) flag(t, s, "proposalInconsistent")
    t.msgs = discard(s.msgs, j, i)
  }
  return updateRecorder(s, t, "FollowerProcessPROPOSE", [i, j])
}

/** LastAckIndexFromFollower(i, j): the largest 1-based index of a txn j acknowledged, or -1. */
function lastAckIndexFromFollower(history: History, j: number): number {
  for (let k = history.length - 1; k >= 0; k--) if (has(history[k]!.ackSid, j)) return k + 1
  return -1
}

/**
 * LeaderProcessACK(i, j): count j's ack; if the txn now has a quorum and everything before it is committed,
 * commit it and broadcast COMMIT to the servers that acknowledged NEWLEADER (LeaderTryToCommit).
 */
export function LeaderProcessACK(c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!isLeader(s, i)) return null
  const msg = pending(s, i, j, "ACK")
  if (msg === null || !isMyLearner(s, i, j)) return null
  const t: Draft = { ...s }
  const history = s.history[i]!
  const committed = s.lastCommitted[i]!
  const index = zxidToIndex(history, msg.mzxid)
  const exist = index >= 1 && index <= history.length
  const ackIndex = lastAckIndexFromFollower(history, j)
  const monotonicallyInc = ackIndex === -1 || ackIndex + 1 === index
  if (exist && monotonicallyInc) {
    const txn = history[index - 1]!
    const txnAfterAddAck: Txn = { zxid: txn.zxid, value: txn.value, ackSid: txn.ackSid | (1 << j), epoch: txn.epoch }
    t.history = setAt(s.history, i, setAt(history, index - 1, txnAfterAddAck))
    const outstanding = committed.index < history.length
    const hasCommitted = !(msg.mzxid > committed.zxid)
    if (!outstanding || hasCommitted) {
      t.msgs = discard(s.msgs, j, i)
    } else {
      leaderTryToCommit(c, t, s, i, index, msg.mzxid, txnAfterAddAck, j)
    }
  } else {
    flag(t, s, "ackInconsistent")
    t.msgs = discard(s.msgs, j, i)
  }
  return updateRecorder(s, t, "LeaderProcessACK", [i, j])
}

/**
 * How many successors TLC computes for an enabled LeaderProcessACK(i, j). TLC enumerates every true disjunct
 * of a disjunction in an action, each continuing to its own (here identical) successor, and counts each in
 * "states generated". Three disjunctions of LeaderProcessACK can have two true disjuncts: `~exist \/
 * ~monotonicallyInc`, `~outstanding \/ hasCommitted` (a late ACK after everything is committed, common with
 * three servers), and LeaderTryToCommit's `~allTxnsBeforeCommitted \/ ~hasAllQuorums`.
 */
export function LeaderProcessACKDisjuncts(c: ModelConfig, s: ModelState, i: number, j: number): number {
  const msg = pending(s, i, j, "ACK")
  assert(msg !== null, "LeaderProcessACK is enabled")
  const history = s.history[i]!
  const committed = s.lastCommitted[i]!
  const index = zxidToIndex(history, msg.mzxid)
  const exist = index >= 1 && index <= history.length
  const ackIndex = lastAckIndexFromFollower(history, j)
  const monotonicallyInc = ackIndex === -1 || ackIndex + 1 === index
  if (!(exist && monotonicallyInc)) return (exist ? 0 : 1) + (monotonicallyInc ? 0 : 1)
  const outstanding = committed.index < history.length
  const hasCommitted = !(msg.mzxid > committed.zxid)
  if (!outstanding || hasCommitted) return (outstanding ? 0 : 1) + (hasCommitted ? 1 : 0)
  const allTxnsBeforeCommitted = committed.index >= index - 1
  const hasAllQuorums = isQuorum(c, history[index - 1]!.ackSid | (1 << j))
  if (!allTxnsBeforeCommitted || !hasAllQuorums) return (allTxnsBeforeCommitted ? 0 : 1) + (hasAllQuorums ? 0 : 1)
  return 1
}

/** LeaderTryToCommit(s, index, zxid, newTxn, follower). */
function leaderTryToCommit(c: ModelConfig, t: Draft, s: ModelState, i: number, index: number, zxid: number, newTxn: Txn, follower: number): void {
  const committed = s.lastCommitted[i]!
  const allTxnsBeforeCommitted = committed.index >= index - 1
  const hasAllQuorums = isQuorum(c, newTxn.ackSid)
  if (!allTxnsBeforeCommitted || !hasAllQuorums) {
    t.msgs = discard(s.msgs, follower, i)
    return
  }
  if (committed.index + 1 !== index) flag(t, s, "commitInconsistent")
  t.lastCommitted = setAt(s.lastCommitted, i, { index, zxid })
  t.msgs = discardAndBroadcast(s.msgs, i, follower, connectedSidsOf(s.ackldRecv[i]!), s.learners[i]!, { mtype: "COMMIT", mzxid: zxid })
}

/** FollowerProcessCOMMIT(i, j): commit the next pending txn if the COMMIT names it (flag a mismatch). */
export function FollowerProcessCOMMIT(_c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (!isFollower(s, i)) return null
  const msg = pending(s, i, j, "COMMIT")
  if (msg === null || !isMyLeader(s, i, j)) return null
  const t: Draft = { ...s }
  const history = s.history[i]!
  const committed = s.lastCommitted[i]!
  if (committed.index < history.length) {
    const firstElement = history[committed.index]!
    if (firstElement.zxid !== msg.mzxid) flag(t, s, "commitInconsistent")
    else t.lastCommitted = setAt(s.lastCommitted, i, { index: committed.index + 1, zxid: firstElement.zxid })
  }
  // Without a pending txn the spec only warns (PrintT); the COMMIT is dropped either way.
  t.msgs = discard(s.msgs, j, i)
  return updateRecorder(s, t, "FollowerProcessCOMMIT", [i, j])
}

/** Whether the head message from j is illegal for receiver i in its role (FilterNonexistentMessage's test). */
function illegalFor(s: ModelState, i: number, j: number, m: Message): boolean {
  if (isLeader(s, i)) {
    switch (m.mtype) {
      case "NEWEPOCH":
      case "NEWLEADER":
      case "COMMITLD":
      case "PROPOSE":
      case "COMMIT":
        return true
      case "CEPOCH":
      case "ACKEPOCH":
      case "ACKLD":
      case "ACK":
        return !isMyLearner(s, i, j)
    }
  }
  if (isFollower(s, i)) {
    switch (m.mtype) {
      case "CEPOCH":
      case "ACKEPOCH":
      case "ACKLD":
      case "ACK":
        return true
      case "NEWEPOCH":
      case "NEWLEADER":
      case "COMMITLD":
      case "PROPOSE":
      case "COMMIT":
        return !isMyLeader(s, i, j)
    }
  }
  return isLooking(s, i)
}

/**
 * FilterNonexistentMessage(i), for the j of its `\E j \in Server \ {i}`: drop a message the receiver's role
 * cannot take and flag messageIllegal. The recorder is left unchanged, as in the spec.
 */
export function FilterNonexistentMessage(_c: ModelConfig, s: ModelState, i: number, j: number): ModelState | null {
  if (i === j) return null
  const channel = s.msgs[j]![i]!
  if (channel.length === 0 || !illegalFor(s, i, j, channel[0]!)) return null
  const t: Draft = { ...s }
  t.msgs = discard(s.msgs, j, i)
  flag(t, s, "messageIllegal")
  return t
}

// -----------------------------------------------------------------------------------------------------------
// Next.

export type Action = (c: ModelConfig, s: ModelState, i: number, j: number) => ModelState | null

export interface ActionInfo {
  readonly name: ActionName
  /** 1 for `\E i \in Server`, 2 for `\E i, j \in Server`. */
  readonly arity: 1 | 2
  readonly run: Action
  /**
   * How many successors TLC computes when the action is enabled (1 unless a disjunction of the action has
   * several true disjuncts); only "states generated" depends on it.
   */
  readonly disjuncts?: (c: ModelConfig, s: ModelState, i: number, j: number) => number
}

/** The disjuncts of Next in the spec's order. */
export const actions: ReadonlyArray<ActionInfo> = [
  { name: "UpdateLeader", arity: 1, run: UpdateLeader },
  { name: "FollowLeader", arity: 1, run: FollowLeader },
  { name: "Timeout", arity: 2, run: Timeout },
  { name: "Restart", arity: 1, run: Restart },
  { name: "ConnectAndFollowerSendCEPOCH", arity: 2, run: ConnectAndFollowerSendCEPOCH },
  { name: "LeaderProcessCEPOCH", arity: 2, run: LeaderProcessCEPOCH },
  { name: "FollowerProcessNEWEPOCH", arity: 2, run: FollowerProcessNEWEPOCH },
  { name: "LeaderProcessACKEPOCH", arity: 2, run: LeaderProcessACKEPOCH },
  { name: "FollowerProcessNEWLEADER", arity: 2, run: FollowerProcessNEWLEADER },
  { name: "LeaderProcessACKLD", arity: 2, run: LeaderProcessACKLD },
  { name: "FollowerProcessCOMMITLD", arity: 2, run: FollowerProcessCOMMITLD },
  { name: "LeaderProcessRequest", arity: 1, run: LeaderProcessRequest },
  { name: "LeaderBroadcastPROPOSE", arity: 1, run: LeaderBroadcastPROPOSE },
  { name: "FollowerProcessPROPOSE", arity: 2, run: FollowerProcessPROPOSE },
  { name: "LeaderProcessACK", arity: 2, run: LeaderProcessACK, disjuncts: LeaderProcessACKDisjuncts },
  { name: "FollowerProcessCOMMIT", arity: 2, run: FollowerProcessCOMMIT },
  // FilterNonexistentMessage's j ranges over Server \ {i}; the action refuses i = j itself.
  { name: "FilterNonexistentMessage", arity: 2, run: FilterNonexistentMessage },
]

export const actionIndex: ReadonlyMap<ActionName, number> = new Map(actions.map((a, k) => [a.name, k]))

/** One step of Next: which action, with which servers. */
export interface Label {
  readonly action: ActionName
  readonly args: ReadonlyArray<number>
}

/**
 * The successor of `s` by one labelled step, or null if that step is not enabled. `next` is Next's actions,
 * Zab.tla's by default (model/model-bugs.ts's `actionsWithBugs` gives a broken copy, in the same order).
 */
export function applyLabel(c: ModelConfig, s: ModelState, label: Label, next: ReadonlyArray<ActionInfo> = actions): ModelState | null {
  const index = actionIndex.get(label.action)
  assert(index !== undefined, `unknown action ${label.action}`)
  const info = next[index]!
  assert(info.name === label.action, "a copy of Next keeps the spec's order")
  assert(label.args.length === info.arity, `${label.action} takes ${info.arity} servers`)
  return info.run(c, s, label.args[0]!, label.args[1] ?? 0)
}

/** Every successor of `s` under Next with its label, in the spec's order of disjuncts, then i, then j. */
export function successors(c: ModelConfig, s: ModelState): Array<{ readonly label: Label; readonly state: ModelState }> {
  const out: Array<{ label: Label; state: ModelState }> = []
  const n = c.servers
  for (const info of actions) {
    for (let i = 0; i < n; i++) {
      if (info.arity === 1) {
        const next = info.run(c, s, i, 0)
        if (next !== null) out.push({ label: { action: info.name, args: [i] }, state: next })
        continue
      }
      for (let j = 0; j < n; j++) {
        const next = info.run(c, s, i, j)
        if (next !== null) out.push({ label: { action: info.name, args: [i, j] }, state: next })
      }
    }
  }
  return out
}
