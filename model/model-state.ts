/**
 * The state of the abstract ZAB model: one field per variable of ZooKeeper's protocol spec
 * (zookeeper-specifications/protocol-spec/Zab.tla), typed by effect Schemas. `typeOK(servers)` is the
 * spec's TypeOK for a given server count; the tests decode every reachable state of a small configuration
 * through it.
 *
 * Representation choices, each value-equal to the spec's so that two states are equal exactly when TLC's
 * are (the explorer's distinct-state counts depend on it):
 * - A server is its index 0..n-1 (printed s1..sn); NullPoint is `null`.
 * - A set of servers (learners, ackSid, epochLeader[e]) is a bitmask over those indexes.
 * - A zxid <<epoch, counter>> is the project's packed zxid number (impl/core/zxid.ts), which orders the
 *   same way as the spec's ZxidCompare.
 * - A set of records keyed by sid (cepochRecv, ackeRecv, ackldRecv) is an array sorted by sid: the spec's
 *   updates replace the record of a sid, so at most one record per sid exists.
 * - proposalMsgsLog, a set, is an array kept sorted and free of duplicates (compareProposal).
 */
import { Schema } from "effect"
import type { Phase, Role } from "../impl/core/types.js"
import { ZERO_ZXID } from "../impl/core/zxid.js"

/** Zab.tla's MAXEPOCH: the fixed domain 1..MAXEPOCH of the epochLeader ghost. */
export const MAXEPOCH = 10

const Nat = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
/** A server index 0..n-1; typeOK bounds it by the server count. */
export const ServerIndex = Nat
export type ServerIndex = number
/** A set of servers as a bitmask (bit i = server index i). */
export const ServerSet = Nat
export type ServerSet = number
/** <<epoch, counter>> packed as epoch * 2^32 + counter. */
export const ZxidValue = Nat

export const ServerStateName = Schema.Literals(["LOOKING", "FOLLOWING", "LEADING"])
export type ServerStateName = typeof ServerStateName.Type
export const ZabStateName = Schema.Literals(["ELECTION", "DISCOVERY", "SYNCHRONIZATION", "BROADCAST"])
export type ZabStateName = typeof ZabStateName.Type

/** A model server state in the peer's words: the same three roles, spelt as the peer spells them. */
export const peerRoleOf: Readonly<Record<ServerStateName, Role>> = { LOOKING: "looking", FOLLOWING: "following", LEADING: "leading" }
/** A model zabState in the peer's words: the same four phases. */
export const peerPhaseOf: Readonly<Record<ZabStateName, Phase>> = {
  ELECTION: "election",
  DISCOVERY: "discovery",
  SYNCHRONIZATION: "synchronization",
  BROADCAST: "broadcast",
}

/** Zab.tla's Txn: [zxid, value, ackSid, epoch]. */
export const Txn = Schema.Struct({ zxid: ZxidValue, value: Nat, ackSid: ServerSet, epoch: Nat })
export type Txn = typeof Txn.Type
export type History = ReadonlyArray<Txn>

export const CommitPoint = Schema.Struct({
  // An index of -1 or Len + 1 only arises after COMMITLD names an unknown zxid, which the spec flags
  // (proposalInconsistent) but still records; the type keeps that room.
  index: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(-1))),
  zxid: ZxidValue,
})
export type CommitPoint = typeof CommitPoint.Type

export const CepochInfo = Schema.Struct({ sid: ServerIndex, connected: Schema.Boolean, epoch: Nat })
export type CepochInfo = typeof CepochInfo.Type
export const AckeInfo = Schema.Struct({ sid: ServerIndex, connected: Schema.Boolean, peerLastEpoch: Nat, peerHistory: Schema.Array(Txn) })
export type AckeInfo = typeof AckeInfo.Type
export const AckldInfo = Schema.Struct({ sid: ServerIndex, connected: Schema.Boolean })
export type AckldInfo = typeof AckldInfo.Type

/** The nine message kinds of Zab.tla, discriminated by `mtype` as in the spec. */
export const Message = Schema.Union([
  Schema.Struct({ mtype: Schema.Literal("CEPOCH"), mepoch: Nat }),
  Schema.Struct({ mtype: Schema.Literal("NEWEPOCH"), mepoch: Nat }),
  Schema.Struct({ mtype: Schema.Literal("ACKEPOCH"), mepoch: Nat, mhistory: Schema.Array(Txn) }),
  Schema.Struct({ mtype: Schema.Literal("NEWLEADER"), mepoch: Nat, mhistory: Schema.Array(Txn) }),
  Schema.Struct({ mtype: Schema.Literal("ACKLD"), mzxid: ZxidValue }),
  Schema.Struct({ mtype: Schema.Literal("COMMITLD"), mzxid: ZxidValue }),
  Schema.Struct({ mtype: Schema.Literal("PROPOSE"), mzxid: ZxidValue, mdata: Nat }),
  Schema.Struct({ mtype: Schema.Literal("ACK"), mzxid: ZxidValue }),
  Schema.Struct({ mtype: Schema.Literal("COMMIT"), mzxid: ZxidValue }),
])
export type Message = typeof Message.Type
export type MessageType = Message["mtype"]
export type Channel = ReadonlyArray<Message>

/** An element of proposalMsgsLog: [source, epoch, zxid, data]. */
export const ProposalRecord = Schema.Struct({ source: ServerIndex, epoch: Nat, zxid: ZxidValue, data: Nat })
export type ProposalRecord = typeof ProposalRecord.Type

export const ViolatedInvariants = Schema.Struct({
  stateInconsistent: Schema.Boolean,
  proposalInconsistent: Schema.Boolean,
  commitInconsistent: Schema.Boolean,
  ackInconsistent: Schema.Boolean,
  messageIllegal: Schema.Boolean,
})
export type ViolatedInvariants = typeof ViolatedInvariants.Type

/** The disjuncts of Zab.tla's Next, in its order. The explorer enumerates them in this order. */
export const actionNames = [
  "UpdateLeader",
  "FollowLeader",
  "Timeout",
  "Restart",
  "ConnectAndFollowerSendCEPOCH",
  "LeaderProcessCEPOCH",
  "FollowerProcessNEWEPOCH",
  "LeaderProcessACKEPOCH",
  "FollowerProcessNEWLEADER",
  "LeaderProcessACKLD",
  "FollowerProcessCOMMITLD",
  "LeaderProcessRequest",
  "LeaderBroadcastPROPOSE",
  "FollowerProcessPROPOSE",
  "LeaderProcessACK",
  "FollowerProcessCOMMIT",
  "FilterNonexistentMessage",
] as const
export const ActionName = Schema.Literals(actionNames)
export type ActionName = typeof ActionName.Type

/** recorder.pc: <<"ActionName", i[, j]>> of the last step, or <<"Init">>. */
export const Pc = Schema.Struct({ action: Schema.Literals(["Init", ...actionNames]), args: Schema.Array(ServerIndex) })
export type Pc = typeof Pc.Type

export const Recorder = Schema.Struct({
  nTimeout: Nat,
  nTransaction: Nat,
  maxEpoch: Nat,
  nRestart: Nat,
  pc: Pc,
  nClientRequest: Nat,
})
export type Recorder = typeof Recorder.Type

/** The 18 variables of Zab.tla. Per-server fields are arrays indexed by server; msgs[i][j] is the channel i -> j. */
export const ModelState = Schema.Struct({
  state: Schema.Array(ServerStateName),
  zabState: Schema.Array(ZabStateName),
  acceptedEpoch: Schema.Array(Nat),
  currentEpoch: Schema.Array(Nat),
  history: Schema.Array(Schema.Array(Txn)),
  lastCommitted: Schema.Array(CommitPoint),
  learners: Schema.Array(ServerSet),
  cepochRecv: Schema.Array(Schema.Array(CepochInfo)),
  ackeRecv: Schema.Array(Schema.Array(AckeInfo)),
  ackldRecv: Schema.Array(Schema.Array(AckldInfo)),
  sendCounter: Schema.Array(Nat),
  connectInfo: Schema.Array(Schema.NullOr(ServerIndex)),
  leaderOracle: Schema.NullOr(ServerIndex),
  msgs: Schema.Array(Schema.Array(Schema.Array(Message))),
  epochLeader: Schema.Array(ServerSet),
  proposalMsgsLog: Schema.Array(ProposalRecord),
  violatedInvariants: ViolatedInvariants,
  recorder: Recorder,
})
export type ModelState = typeof ModelState.Type

/** Zab.tla's Parameters record. */
export interface Parameters {
  readonly MaxTimeoutFailures: number
  readonly MaxTransactionNum: number
  readonly MaxEpoch: number
  readonly MaxRestarts: number
}

/** The spec's constants: the server set (as a count) and Parameters. */
export interface ModelConfig {
  readonly servers: number
  readonly parameters: Parameters
}

/** The canonical order of proposalMsgsLog (any total order works; this one reads well). */
export function compareProposal(a: ProposalRecord, b: ProposalRecord): number {
  return a.zxid - b.zxid || a.source - b.source || a.epoch - b.epoch || a.data - b.data
}

function sortedBySid(records: ReadonlyArray<{ readonly sid: number }>): boolean {
  for (let k = 1; k < records.length; k++) if (records[k - 1]!.sid >= records[k]!.sid) return false
  return true
}

/** The checks of TypeOK that depend on the server count, plus the canonical forms the encoding relies on. */
function typeProblems(s: ModelState, n: number): ReadonlyArray<string> {
  const problems: Array<string> = []
  const all = (1 << n) - 1
  const isServer = (x: number): boolean => x >= 0 && x < n
  const isSet = (x: number): boolean => (x & all) === x
  const perServer = ["state", "zabState", "acceptedEpoch", "currentEpoch", "history", "lastCommitted", "learners", "cepochRecv", "ackeRecv", "ackldRecv", "sendCounter", "connectInfo", "msgs"] as const
  for (const key of perServer) if (s[key].length !== n) problems.push(`${key} has ${s[key].length} entries, not one per server (${n})`)
  if (problems.length > 0) return problems
  const txnsOk = (h: History, where: string): void => {
    h.forEach((t, k) => {
      if (!isSet(t.ackSid)) problems.push(`${where}[${k}].ackSid is not a set of servers`)
    })
  }
  for (let i = 0; i < n; i++) {
    txnsOk(s.history[i]!, `history[${i}]`)
    if (!isSet(s.learners[i]!)) problems.push(`learners[${i}] is not a set of servers`)
    const c = s.connectInfo[i]!
    if (c !== null && !isServer(c)) problems.push(`connectInfo[${i}] is not a server`)
    for (const [key, recs] of [["cepochRecv", s.cepochRecv[i]!], ["ackeRecv", s.ackeRecv[i]!], ["ackldRecv", s.ackldRecv[i]!]] as const) {
      if (!sortedBySid(recs)) problems.push(`${key}[${i}] is not sorted by sid with one record per sid`)
      if (!recs.every((r) => isServer(r.sid))) problems.push(`${key}[${i}] names a sid that is not a server`)
    }
    s.ackeRecv[i]!.forEach((a, k) => txnsOk(a.peerHistory, `ackeRecv[${i}][${k}].peerHistory`))
    if (s.msgs[i]!.length !== n) problems.push(`msgs[${i}] has ${s.msgs[i]!.length} channels, not ${n}`)
    s.msgs[i]!.forEach((channel, j) =>
      channel.forEach((m, k) => {
        if (m.mtype === "ACKEPOCH" || m.mtype === "NEWLEADER") txnsOk(m.mhistory, `msgs[${i}][${j}][${k}].mhistory`)
      }),
    )
  }
  if (s.leaderOracle !== null && !isServer(s.leaderOracle)) problems.push("leaderOracle is not a server")
  if (s.epochLeader.length !== MAXEPOCH) problems.push(`epochLeader has ${s.epochLeader.length} entries, not ${MAXEPOCH}`)
  if (!s.epochLeader.every(isSet)) problems.push("epochLeader holds something that is not a set of servers")
  for (let k = 1; k < s.proposalMsgsLog.length; k++) {
    if (compareProposal(s.proposalMsgsLog[k - 1]!, s.proposalMsgsLog[k]!) >= 0) problems.push("proposalMsgsLog is not sorted and duplicate-free")
  }
  if (!s.proposalMsgsLog.every((p) => isServer(p.source))) problems.push("proposalMsgsLog names a source that is not a server")
  if (!s.recorder.pc.args.every(isServer)) problems.push("recorder.pc names something that is not a server")
  return problems
}

/** Zab.tla's TypeOK for `servers` servers, as a Schema: decode a state through it to check it. */
export function typeOK(servers: number) {
  return ModelState.pipe(Schema.check(Schema.makeFilter((s: ModelState) => {
    const problems = typeProblems(s, servers)
    return problems.length === 0 ? true : problems.join("; ")
  })))
}

/** Zab.tla's Init. */
export function initialState(config: ModelConfig): ModelState {
  const n = config.servers
  const perServer = <T>(value: T): Array<T> => Array.from({ length: n }, () => value)
  return {
    state: perServer("LOOKING"),
    zabState: perServer("ELECTION"),
    acceptedEpoch: perServer(0),
    currentEpoch: perServer(0),
    history: perServer([]),
    lastCommitted: perServer({ index: 0, zxid: ZERO_ZXID }),
    learners: perServer(0),
    cepochRecv: perServer([]),
    ackeRecv: perServer([]),
    ackldRecv: perServer([]),
    sendCounter: perServer(0),
    connectInfo: perServer(null),
    leaderOracle: null,
    msgs: Array.from({ length: n }, () => perServer([])),
    epochLeader: Array.from({ length: MAXEPOCH }, () => 0),
    proposalMsgsLog: [],
    violatedInvariants: { stateInconsistent: false, proposalInconsistent: false, commitInconsistent: false, ackInconsistent: false, messageIllegal: false },
    recorder: { nTimeout: 0, nTransaction: 0, maxEpoch: 0, nRestart: 0, pc: { action: "Init", args: [] }, nClientRequest: 0 },
  }
}

/** s1, s2, ... as in the reference configurations. */
export function serverName(i: ServerIndex): string {
  return `s${i + 1}`
}
