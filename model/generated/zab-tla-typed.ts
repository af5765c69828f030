// Generated from tla/specs/Zab.tla by the TLA+ translator (tla/); do not edit. `npm run tla:gen` regenerates it,
// and a test fails if this file differs from a fresh translation.
/* eslint-disable */
import type { Constants, State } from "./zab-tla.js"
import { makeZab } from "./zab-tla.js"
import type { WordSpec } from "../tla-typed-spec.js"
import * as R from "../tla-typed.js"
import * as T from "../tla-values.js"

/** [ackSid:bits,epoch:int,value:int,zxid:seq(int)] */
export interface HistoryOfItem {
  readonly ackSid: number
  readonly epoch: number
  readonly value: number
  readonly zxid: ReadonlyArray<number>
}

/** [index:int,zxid:seq(int)] */
export interface LastCommittedOf {
  readonly index: number
  readonly zxid: ReadonlyArray<number>
}

/** [connected:bool,epoch:int,sid:atom(#,)] */
export interface CepochRecvOfItem {
  readonly connected: boolean
  readonly epoch: number
  readonly sid: number
}

/** [connected:bool,peerHistory:seq([ackSid:bits,epoch:int,value:int,zxid:seq(int)]),peerLastEpoch:int,sid:atom(#,)] */
export interface AckeRecvOfItem {
  readonly connected: boolean
  readonly peerHistory: ReadonlyArray<HistoryOfItem>
  readonly peerLastEpoch: number
  readonly sid: number
}

/** [connected:bool,sid:atom(#,)] */
export interface AckldRecvOfItem {
  readonly connected: boolean
  readonly sid: number
}

/** One of 4 shapes, by $v: [mdata, mtype, mzxid] | [mepoch, mhistory, mtype] | [mepoch, mtype] | [mtype, mzxid]. */
export interface MsgsOfOfItem {
  readonly $v: number
  readonly mdata: number | undefined
  readonly mepoch: number | undefined
  readonly mhistory: ReadonlyArray<HistoryOfItem> | undefined
  readonly mtype: number
  readonly mzxid: ReadonlyArray<number> | undefined
}

/** [data:int,epoch:int,source:atom(#,),zxid:seq(int)] */
export interface ProposalMsgsLogItem {
  readonly data: number
  readonly epoch: number
  readonly source: number
  readonly zxid: ReadonlyArray<number>
}

/** [ackInconsistent:bool,commitInconsistent:bool,messageIllegal:bool,proposalInconsistent:bool,stateInconsistent:bool] */
export interface ViolatedInvariants {
  readonly ackInconsistent: boolean
  readonly commitInconsistent: boolean
  readonly messageIllegal: boolean
  readonly proposalInconsistent: boolean
  readonly stateInconsistent: boolean
}

/** [maxEpoch:int,nClientRequest:int,nRestart:int,nTimeout:int,nTransaction:int,pc:seq(generic)] */
export interface Recorder {
  readonly maxEpoch: number
  readonly nClientRequest: number
  readonly nRestart: number
  readonly nTimeout: number
  readonly nTransaction: number
  readonly pc: ReadonlyArray<T.Value>
}

/** [currentEpoch:int,lastZxid:seq(int),sid:atom(#,)] */
export interface Record {
  readonly currentEpoch: number
  readonly lastZxid: ReadonlyArray<number>
  readonly sid: number
}

/** [value:int,zxid:seq(int)] */
export interface Record_ {
  readonly value: number
  readonly zxid: ReadonlyArray<number>
}

/** A state in the typed representation: one field per variable (its inferred type beside it). */
export interface TypedState {
  readonly state: ReadonlyArray<number> // [Server -> FOLLOWING | LEADING | LOOKING]
  readonly zabState: ReadonlyArray<number> // [Server -> BROADCAST | DISCOVERY | ELECTION | SYNCHRONIZATION]
  readonly acceptedEpoch: ReadonlyArray<number> // [Server -> int]
  readonly currentEpoch: ReadonlyArray<number> // [Server -> int]
  readonly history: ReadonlyArray<ReadonlyArray<HistoryOfItem>> // [Server -> Seq([ackSid: Set(Server), epoch: int, value: int, zxid: Seq(int)])]
  readonly lastCommitted: ReadonlyArray<LastCommittedOf> // [Server -> [index: int, zxid: Seq(int)]]
  readonly learners: ReadonlyArray<number> // [Server -> Set(Server)]
  readonly cepochRecv: ReadonlyArray<ReadonlyArray<CepochRecvOfItem>> // [Server -> Set([connected: bool, epoch: int, sid: Server])]
  readonly ackeRecv: ReadonlyArray<ReadonlyArray<AckeRecvOfItem>> // [Server -> Set([connected: bool, peerHistory: Seq([ackSid: Set(Server), epoch: int, value: int, zxid: Seq(int)]), peerLastEpoch: int, sid: Server])]
  readonly ackldRecv: ReadonlyArray<ReadonlyArray<AckldRecvOfItem>> // [Server -> Set([connected: bool, sid: Server])]
  readonly sendCounter: ReadonlyArray<number> // [Server -> int]
  readonly connectInfo: ReadonlyArray<number> // [Server -> NullPoint | Server]
  readonly leaderOracle: number // NullPoint | Server
  readonly msgs: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>> // [Server -> [Server -> Seq([mdata: int, mtype: PROPOSE, mzxid: Seq(int)] | [mepoch: int, mhistory: Seq([ackSid: Set(Server), epoch: int, value: int, zxid: Seq(int)]), mtype: ACKEPOCH | NEWLEADER] | [mepoch: int, mtype: CEPOCH | NEWEPOCH] | [mtype: ACK | ACKLD | COMMIT | COMMITLD, mzxid: Seq(int)])]]
  readonly epochLeader: { readonly keys: ReadonlyArray<number>; readonly vals: ReadonlyArray<number> } // fn(int, Set(Server))
  readonly proposalMsgsLog: ReadonlyArray<ProposalMsgsLogItem> // Set([data: int, epoch: int, source: Server, zxid: Seq(int)])
  readonly violatedInvariants: ViolatedInvariants // [ackInconsistent: bool, commitInconsistent: bool, messageIllegal: bool, proposalInconsistent: bool, stateInconsistent: bool]
  readonly recorder: Recorder // [maxEpoch: int, nClientRequest: int, nRestart: int, nTimeout: int, nTransaction: int, pc: Seq(any)]
}

/** The typed representation with the spec's constants fixed: the encoding, and the conversions from and to generic values. */
export interface TypedRepresentation {
  /** The servers, in Server's order: server k is the model value servers[k]. */
  readonly servers: ReadonlyArray<T.Value>
  /** Appends the canonical words of s: two states have the same words exactly when they are equal. */
  readonly encode: (s: TypedState, w: R.WordWriter) => void
  /** Reads a state that encode wrote. */
  readonly decode: (r: R.WordReader) => TypedState
  readonly toTyped: (s: State) => TypedState
  readonly fromTyped: (s: TypedState) => State
  /** The model over the typed representation: Next's actions and the invariants compiled to it, for exploreWords. */
  readonly spec: WordSpec<TypedState>
}

/** The representation for these constants (Server numbered in its order; the generic places numbered by a ValueInterner of its own). */
export function typedRepresentation(constants: Constants): TypedRepresentation {
  const servers = T.elems(constants.Server)
  const nServers = servers.length
  const interner = new T.ValueInterner()
  /** The model values among the constants: constant k is the number -1 - k. */
  const modelValues = ["ACK","ACKEPOCH","ACKLD","BROADCAST","CEPOCH","COMMIT","COMMITLD","DISCOVERY","ELECTION","FOLLOWING","LEADING","LOOKING","NEWEPOCH","NEWLEADER","NullPoint","PROPOSE","SYNCHRONIZATION"] as const
  /** A model value's number: a server's index in Server, another constant's -1 - its index in modelValues (one of names). */
  const atomCode = (v: T.Value, indexed: boolean, names: ReadonlyArray<string>): number => {
    const k = indexed ? servers.indexOf(v) : -1
    if (k >= 0) return k
    const name = names.find((c) => constants[c as keyof Constants] === v)
    if (name === undefined) throw new Error(`${T.show(v)} is none of the model values ${names.join(", ")}${indexed ? " or a server" : ""}`)
    return -1 - modelValues.indexOf(name as (typeof modelValues)[number])
  }
  const atomValue = (code: number): T.Value => (code >= 0 ? servers[code]! : constants[modelValues[-1 - code]!])
  /** Every server. */
  const ALL = (1 << nServers) - 1
  function encCepochRecvOfItem(x: CepochRecvOfItem, w: R.WordWriter): void {
    w.put(x.connected ? 1 : 0)
    w.put(x.epoch)
    w.put(x.sid)
  }

  function decCepochRecvOfItem(r: R.WordReader): CepochRecvOfItem {
    const connected = r.get() === 1
    const epoch = r.get()
    const sid = r.get()
    return { connected, epoch, sid }
  }

  function toTypedCepochRecvOfItem(v: T.Value): CepochRecvOfItem {
    return { connected: T.bool(T.field(v, "connected")), epoch: T.int(T.field(v, "epoch")), sid: atomCode(T.field(v, "sid"), true, []) }
  }

  function fromTypedCepochRecvOfItem(x: CepochRecvOfItem): T.Value {
    return T.sortedRecord(["connected","epoch","sid"], [x.connected, x.epoch, atomValue(x.sid)])
  }

  function cmpCepochRecvOfItem(a: CepochRecvOfItem, b: CepochRecvOfItem): number {
    return (Number(a.connected) - Number(b.connected)) || (a.epoch - b.epoch) || (a.sid - b.sid)
  }

  function encAckeRecvOfItem(x: AckeRecvOfItem, w: R.WordWriter): void {
    w.put(x.connected ? 1 : 0)
    { const $a0 = x.peerHistory; w.put($a0.length); for (let $i0 = 0; $i0 < $a0.length; $i0++) { encHistoryOfItem($a0[$i0]!, w) } }
    w.put(x.peerLastEpoch)
    w.put(x.sid)
  }

  function decAckeRecvOfItem(r: R.WordReader): AckeRecvOfItem {
    const connected = r.get() === 1
    const peerHistory = R.arrayOf(r.get(), () => decHistoryOfItem(r))
    const peerLastEpoch = r.get()
    const sid = r.get()
    return { connected, peerHistory, peerLastEpoch, sid }
  }

  function toTypedAckeRecvOfItem(v: T.Value): AckeRecvOfItem {
    return { connected: T.bool(T.field(v, "connected")), peerHistory: T.seq(T.field(v, "peerHistory")).items.map((e) => toTypedHistoryOfItem(e)), peerLastEpoch: T.int(T.field(v, "peerLastEpoch")), sid: atomCode(T.field(v, "sid"), true, []) }
  }

  function fromTypedAckeRecvOfItem(x: AckeRecvOfItem): T.Value {
    return T.sortedRecord(["connected","peerHistory","peerLastEpoch","sid"], [x.connected, T.tuple(x.peerHistory.map((e) => fromTypedHistoryOfItem(e))), x.peerLastEpoch, atomValue(x.sid)])
  }

  function encHistoryOfItem(x: HistoryOfItem, w: R.WordWriter): void {
    w.put(x.ackSid)
    w.put(x.epoch)
    w.put(x.value)
    { const $a0 = x.zxid; w.put($a0.length); for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
  }

  function decHistoryOfItem(r: R.WordReader): HistoryOfItem {
    const ackSid = r.get()
    const epoch = r.get()
    const value = r.get()
    const zxid = R.arrayOf(r.get(), () => r.get())
    return { ackSid, epoch, value, zxid }
  }

  function toTypedHistoryOfItem(v: T.Value): HistoryOfItem {
    return { ackSid: T.elems(T.field(v, "ackSid")).reduce<number>((m, s) => m | (1 << atomCode(s, true, [])), 0), epoch: T.int(T.field(v, "epoch")), value: T.int(T.field(v, "value")), zxid: T.seq(T.field(v, "zxid")).items.map((e) => T.int(e)) }
  }

  function fromTypedHistoryOfItem(x: HistoryOfItem): T.Value {
    return T.sortedRecord(["ackSid","epoch","value","zxid"], [T.setOf(servers.filter((_, k) => ((x.ackSid >> k) & 1) === 1)), x.epoch, x.value, T.tuple(x.zxid.map((e) => e))])
  }

  function cmpAckeRecvOfItem(a: AckeRecvOfItem, b: AckeRecvOfItem): number {
    return (Number(a.connected) - Number(b.connected)) || R.compareArrays(a.peerHistory, b.peerHistory, (p, q) => cmpHistoryOfItem(p, q)) || (a.peerLastEpoch - b.peerLastEpoch) || (a.sid - b.sid)
  }

  function cmpHistoryOfItem(a: HistoryOfItem, b: HistoryOfItem): number {
    return (a.ackSid - b.ackSid) || (a.epoch - b.epoch) || (a.value - b.value) || R.compareArrays(a.zxid, b.zxid, (p, q) => (p - q))
  }

  function encAckldRecvOfItem(x: AckldRecvOfItem, w: R.WordWriter): void {
    w.put(x.connected ? 1 : 0)
    w.put(x.sid)
  }

  function decAckldRecvOfItem(r: R.WordReader): AckldRecvOfItem {
    const connected = r.get() === 1
    const sid = r.get()
    return { connected, sid }
  }

  function toTypedAckldRecvOfItem(v: T.Value): AckldRecvOfItem {
    return { connected: T.bool(T.field(v, "connected")), sid: atomCode(T.field(v, "sid"), true, []) }
  }

  function fromTypedAckldRecvOfItem(x: AckldRecvOfItem): T.Value {
    return T.sortedRecord(["connected","sid"], [x.connected, atomValue(x.sid)])
  }

  function cmpAckldRecvOfItem(a: AckldRecvOfItem, b: AckldRecvOfItem): number {
    return (Number(a.connected) - Number(b.connected)) || (a.sid - b.sid)
  }

  function encProposalMsgsLogItem(x: ProposalMsgsLogItem, w: R.WordWriter): void {
    w.put(x.data)
    w.put(x.epoch)
    w.put(x.source)
    { const $a0 = x.zxid; w.put($a0.length); for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
  }

  function decProposalMsgsLogItem(r: R.WordReader): ProposalMsgsLogItem {
    const data = r.get()
    const epoch = r.get()
    const source = r.get()
    const zxid = R.arrayOf(r.get(), () => r.get())
    return { data, epoch, source, zxid }
  }

  function toTypedProposalMsgsLogItem(v: T.Value): ProposalMsgsLogItem {
    return { data: T.int(T.field(v, "data")), epoch: T.int(T.field(v, "epoch")), source: atomCode(T.field(v, "source"), true, []), zxid: T.seq(T.field(v, "zxid")).items.map((e) => T.int(e)) }
  }

  function fromTypedProposalMsgsLogItem(x: ProposalMsgsLogItem): T.Value {
    return T.sortedRecord(["data","epoch","source","zxid"], [x.data, x.epoch, atomValue(x.source), T.tuple(x.zxid.map((e) => e))])
  }

  function cmpProposalMsgsLogItem(a: ProposalMsgsLogItem, b: ProposalMsgsLogItem): number {
    return (a.data - b.data) || (a.epoch - b.epoch) || (a.source - b.source) || R.compareArrays(a.zxid, b.zxid, (p, q) => (p - q))
  }

  function cmpRecord(a: Record, b: Record): number {
    return (a.currentEpoch - b.currentEpoch) || R.compareArrays(a.lastZxid, b.lastZxid, (p, q) => (p - q)) || (a.sid - b.sid)
  }

  function cmpRecord_(a: Record_, b: Record_): number {
    return (a.value - b.value) || R.compareArrays(a.zxid, b.zxid, (p, q) => (p - q))
  }

  function encLastCommittedOf(x: LastCommittedOf, w: R.WordWriter): void {
    w.put(x.index)
    { const $a0 = x.zxid; w.put($a0.length); for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
  }

  function decLastCommittedOf(r: R.WordReader): LastCommittedOf {
    const index = r.get()
    const zxid = R.arrayOf(r.get(), () => r.get())
    return { index, zxid }
  }

  function toTypedLastCommittedOf(v: T.Value): LastCommittedOf {
    return { index: T.int(T.field(v, "index")), zxid: T.seq(T.field(v, "zxid")).items.map((e) => T.int(e)) }
  }

  function fromTypedLastCommittedOf(x: LastCommittedOf): T.Value {
    return T.sortedRecord(["index","zxid"], [x.index, T.tuple(x.zxid.map((e) => e))])
  }

  function encMsgsOfOfItem(x: MsgsOfOfItem, w: R.WordWriter): void {
    w.put(x.$v)
    switch (x.$v) {
      case 0:
        w.put(x.mdata!)
        w.put(x.mtype!)
        { const $a0 = x.mzxid!; w.put($a0.length); for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
        return
      case 1:
        w.put(x.mepoch!)
        { const $a0 = x.mhistory!; w.put($a0.length); for (let $i0 = 0; $i0 < $a0.length; $i0++) { encHistoryOfItem($a0[$i0]!, w) } }
        w.put(x.mtype!)
        return
      case 2:
        w.put(x.mepoch!)
        w.put(x.mtype!)
        return
      case 3:
        w.put(x.mtype!)
        { const $a0 = x.mzxid!; w.put($a0.length); for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
        return
    }
  }

  function decMsgsOfOfItem(r: R.WordReader): MsgsOfOfItem {
    const $v = r.get()
    switch ($v) {
      case 0: {
        const mdata = r.get()
        const mtype = r.get()
        const mzxid = R.arrayOf(r.get(), () => r.get())
        return { $v, mdata, mepoch: undefined, mhistory: undefined, mtype, mzxid }
      }
      case 1: {
        const mepoch = r.get()
        const mhistory = R.arrayOf(r.get(), () => decHistoryOfItem(r))
        const mtype = r.get()
        return { $v, mdata: undefined, mepoch, mhistory, mtype, mzxid: undefined }
      }
      case 2: {
        const mepoch = r.get()
        const mtype = r.get()
        return { $v, mdata: undefined, mepoch, mhistory: undefined, mtype, mzxid: undefined }
      }
      case 3: {
        const mtype = r.get()
        const mzxid = R.arrayOf(r.get(), () => r.get())
        return { $v, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype, mzxid }
      }
    }
    throw new Error("no message variant " + $v)
  }

  function toTypedMsgsOfOfItem(v: T.Value): MsgsOfOfItem {
    const names = T.domain(v).elems.map(String).sort().join(",")
    if (names === "mdata,mtype,mzxid") return { $v: 0, mdata: T.int(T.field(v, "mdata")), mepoch: undefined, mhistory: undefined, mtype: atomCode(T.field(v, "mtype"), false, ["ACK","ACKEPOCH","ACKLD","CEPOCH","COMMIT","COMMITLD","NEWEPOCH","NEWLEADER","PROPOSE"]), mzxid: T.seq(T.field(v, "mzxid")).items.map((e) => T.int(e)) }
    if (names === "mepoch,mhistory,mtype") return { $v: 1, mdata: undefined, mepoch: T.int(T.field(v, "mepoch")), mhistory: T.seq(T.field(v, "mhistory")).items.map((e) => toTypedHistoryOfItem(e)), mtype: atomCode(T.field(v, "mtype"), false, ["ACK","ACKEPOCH","ACKLD","CEPOCH","COMMIT","COMMITLD","NEWEPOCH","NEWLEADER","PROPOSE"]), mzxid: undefined }
    if (names === "mepoch,mtype") return { $v: 2, mdata: undefined, mepoch: T.int(T.field(v, "mepoch")), mhistory: undefined, mtype: atomCode(T.field(v, "mtype"), false, ["ACK","ACKEPOCH","ACKLD","CEPOCH","COMMIT","COMMITLD","NEWEPOCH","NEWLEADER","PROPOSE"]), mzxid: undefined }
    if (names === "mtype,mzxid") return { $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: atomCode(T.field(v, "mtype"), false, ["ACK","ACKEPOCH","ACKLD","CEPOCH","COMMIT","COMMITLD","NEWEPOCH","NEWLEADER","PROPOSE"]), mzxid: T.seq(T.field(v, "mzxid")).items.map((e) => T.int(e)) }
    throw new Error("no record variant has the fields " + names)
  }

  function fromTypedMsgsOfOfItem(x: MsgsOfOfItem): T.Value {
    switch (x.$v) {
      case 0: return T.sortedRecord(["mdata","mtype","mzxid"], [x.mdata!, atomValue(x.mtype!), T.tuple(x.mzxid!.map((e) => e))])
      case 1: return T.sortedRecord(["mepoch","mhistory","mtype"], [x.mepoch!, T.tuple(x.mhistory!.map((e) => fromTypedHistoryOfItem(e))), atomValue(x.mtype!)])
      case 2: return T.sortedRecord(["mepoch","mtype"], [x.mepoch!, atomValue(x.mtype!)])
      case 3: return T.sortedRecord(["mtype","mzxid"], [atomValue(x.mtype!), T.tuple(x.mzxid!.map((e) => e))])
    }
    throw new Error("no record variant " + x.$v)
  }

  function encViolatedInvariants(x: ViolatedInvariants, w: R.WordWriter): void {
    w.put(x.ackInconsistent ? 1 : 0)
    w.put(x.commitInconsistent ? 1 : 0)
    w.put(x.messageIllegal ? 1 : 0)
    w.put(x.proposalInconsistent ? 1 : 0)
    w.put(x.stateInconsistent ? 1 : 0)
  }

  function decViolatedInvariants(r: R.WordReader): ViolatedInvariants {
    const ackInconsistent = r.get() === 1
    const commitInconsistent = r.get() === 1
    const messageIllegal = r.get() === 1
    const proposalInconsistent = r.get() === 1
    const stateInconsistent = r.get() === 1
    return { ackInconsistent, commitInconsistent, messageIllegal, proposalInconsistent, stateInconsistent }
  }

  function toTypedViolatedInvariants(v: T.Value): ViolatedInvariants {
    return { ackInconsistent: T.bool(T.field(v, "ackInconsistent")), commitInconsistent: T.bool(T.field(v, "commitInconsistent")), messageIllegal: T.bool(T.field(v, "messageIllegal")), proposalInconsistent: T.bool(T.field(v, "proposalInconsistent")), stateInconsistent: T.bool(T.field(v, "stateInconsistent")) }
  }

  function fromTypedViolatedInvariants(x: ViolatedInvariants): T.Value {
    return T.sortedRecord(["ackInconsistent","commitInconsistent","messageIllegal","proposalInconsistent","stateInconsistent"], [x.ackInconsistent, x.commitInconsistent, x.messageIllegal, x.proposalInconsistent, x.stateInconsistent])
  }

  function encRecorder(x: Recorder, w: R.WordWriter): void {
    w.put(x.maxEpoch)
    w.put(x.nClientRequest)
    w.put(x.nRestart)
    w.put(x.nTimeout)
    w.put(x.nTransaction)
    { const $a0 = x.pc; w.put($a0.length); for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put(interner.idOf($a0[$i0]!)) } }
  }

  function decRecorder(r: R.WordReader): Recorder {
    const maxEpoch = r.get()
    const nClientRequest = r.get()
    const nRestart = r.get()
    const nTimeout = r.get()
    const nTransaction = r.get()
    const pc = R.arrayOf(r.get(), () => interner.valueOf(r.get()))
    return { maxEpoch, nClientRequest, nRestart, nTimeout, nTransaction, pc }
  }

  function toTypedRecorder(v: T.Value): Recorder {
    return { maxEpoch: T.int(T.field(v, "maxEpoch")), nClientRequest: T.int(T.field(v, "nClientRequest")), nRestart: T.int(T.field(v, "nRestart")), nTimeout: T.int(T.field(v, "nTimeout")), nTransaction: T.int(T.field(v, "nTransaction")), pc: T.seq(T.field(v, "pc")).items.map((e) => e) }
  }

  function fromTypedRecorder(x: Recorder): T.Value {
    return T.sortedRecord(["maxEpoch","nClientRequest","nRestart","nTimeout","nTransaction","pc"], [x.maxEpoch, x.nClientRequest, x.nRestart, x.nTimeout, x.nTransaction, T.tuple(x.pc.map((e) => e))])
  }

  /** The canonical words of a state. */
  function encode(s: TypedState, w: R.WordWriter): void {
    { const $a0 = s.state; for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
    { const $a0 = s.zabState; for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
    { const $a0 = s.acceptedEpoch; for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
    { const $a0 = s.currentEpoch; for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
    { const $a0 = s.history; for (let $i0 = 0; $i0 < $a0.length; $i0++) { { const $a1 = $a0[$i0]!; w.put($a1.length); for (let $i1 = 0; $i1 < $a1.length; $i1++) { encHistoryOfItem($a1[$i1]!, w) } } } }
    { const $a0 = s.lastCommitted; for (let $i0 = 0; $i0 < $a0.length; $i0++) { encLastCommittedOf($a0[$i0]!, w) } }
    { const $a0 = s.learners; for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
    { const $a0 = s.cepochRecv; for (let $i0 = 0; $i0 < $a0.length; $i0++) { { const $a1 = $a0[$i0]!; w.put($a1.length); for (let $i1 = 0; $i1 < $a1.length; $i1++) { encCepochRecvOfItem($a1[$i1]!, w) } } } }
    { const $a0 = s.ackeRecv; for (let $i0 = 0; $i0 < $a0.length; $i0++) { { const $a1 = $a0[$i0]!; w.put($a1.length); for (let $i1 = 0; $i1 < $a1.length; $i1++) { encAckeRecvOfItem($a1[$i1]!, w) } } } }
    { const $a0 = s.ackldRecv; for (let $i0 = 0; $i0 < $a0.length; $i0++) { { const $a1 = $a0[$i0]!; w.put($a1.length); for (let $i1 = 0; $i1 < $a1.length; $i1++) { encAckldRecvOfItem($a1[$i1]!, w) } } } }
    { const $a0 = s.sendCounter; for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
    { const $a0 = s.connectInfo; for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
    w.put(s.leaderOracle)
    { const $a0 = s.msgs; for (let $i0 = 0; $i0 < $a0.length; $i0++) { { const $a1 = $a0[$i0]!; for (let $i1 = 0; $i1 < $a1.length; $i1++) { { const $a2 = $a1[$i1]!; w.put($a2.length); for (let $i2 = 0; $i2 < $a2.length; $i2++) { encMsgsOfOfItem($a2[$i2]!, w) } } } } } }
    { const $f0 = s.epochLeader; w.put($f0.keys.length); for (let $i0 = 0; $i0 < $f0.keys.length; $i0++) { w.put($f0.keys[$i0]!); w.put($f0.vals[$i0]!) } }
    { const $a0 = s.proposalMsgsLog; w.put($a0.length); for (let $i0 = 0; $i0 < $a0.length; $i0++) { encProposalMsgsLogItem($a0[$i0]!, w) } }
    encViolatedInvariants(s.violatedInvariants, w)
    encRecorder(s.recorder, w)
  }
  function decode(r: R.WordReader): TypedState {
    const state = R.arrayOf(nServers, () => r.get())
    const zabState = R.arrayOf(nServers, () => r.get())
    const acceptedEpoch = R.arrayOf(nServers, () => r.get())
    const currentEpoch = R.arrayOf(nServers, () => r.get())
    const history = R.arrayOf(nServers, () => R.arrayOf(r.get(), () => decHistoryOfItem(r)))
    const lastCommitted = R.arrayOf(nServers, () => decLastCommittedOf(r))
    const learners = R.arrayOf(nServers, () => r.get())
    const cepochRecv = R.arrayOf(nServers, () => R.arrayOf(r.get(), () => decCepochRecvOfItem(r)))
    const ackeRecv = R.arrayOf(nServers, () => R.arrayOf(r.get(), () => decAckeRecvOfItem(r)))
    const ackldRecv = R.arrayOf(nServers, () => R.arrayOf(r.get(), () => decAckldRecvOfItem(r)))
    const sendCounter = R.arrayOf(nServers, () => r.get())
    const connectInfo = R.arrayOf(nServers, () => r.get())
    const leaderOracle = r.get()
    const msgs = R.arrayOf(nServers, () => R.arrayOf(nServers, () => R.arrayOf(r.get(), () => decMsgsOfOfItem(r))))
    const epochLeader = ((): { keys: Array<number>; vals: Array<number> } => { const keys: Array<number> = []; const vals: Array<number> = []; for (let $l = r.get(); $l > 0; $l--) { keys.push(r.get()); vals.push(r.get()) } return { keys, vals } })()
    const proposalMsgsLog = R.arrayOf(r.get(), () => decProposalMsgsLogItem(r))
    const violatedInvariants = decViolatedInvariants(r)
    const recorder = decRecorder(r)
    return { state, zabState, acceptedEpoch, currentEpoch, history, lastCommitted, learners, cepochRecv, ackeRecv, ackldRecv, sendCounter, connectInfo, leaderOracle, msgs, epochLeader, proposalMsgsLog, violatedInvariants, recorder }
  }
  const toTyped = (s: State): TypedState => ({ state: servers.map((server0) => atomCode(T.apply(s.state, server0), false, ["FOLLOWING","LEADING","LOOKING"])), zabState: servers.map((server1) => atomCode(T.apply(s.zabState, server1), false, ["BROADCAST","DISCOVERY","ELECTION","SYNCHRONIZATION"])), acceptedEpoch: servers.map((server2) => T.int(T.apply(s.acceptedEpoch, server2))), currentEpoch: servers.map((server3) => T.int(T.apply(s.currentEpoch, server3))), history: servers.map((server4) => T.seq(T.apply(s.history, server4)).items.map((e) => toTypedHistoryOfItem(e))), lastCommitted: servers.map((server5) => toTypedLastCommittedOf(T.apply(s.lastCommitted, server5))), learners: servers.map((server6) => T.elems(T.apply(s.learners, server6)).reduce<number>((m, s) => m | (1 << atomCode(s, true, [])), 0)), cepochRecv: servers.map((server7) => R.sortedArray(T.elems(T.apply(s.cepochRecv, server7)).map((e) => toTypedCepochRecvOfItem(e)), (p, q) => cmpCepochRecvOfItem(p, q))), ackeRecv: servers.map((server8) => R.sortedArray(T.elems(T.apply(s.ackeRecv, server8)).map((e) => toTypedAckeRecvOfItem(e)), (p, q) => cmpAckeRecvOfItem(p, q))), ackldRecv: servers.map((server9) => R.sortedArray(T.elems(T.apply(s.ackldRecv, server9)).map((e) => toTypedAckldRecvOfItem(e)), (p, q) => cmpAckldRecvOfItem(p, q))), sendCounter: servers.map((server10) => T.int(T.apply(s.sendCounter, server10))), connectInfo: servers.map((server11) => atomCode(T.apply(s.connectInfo, server11), true, ["NullPoint"])), leaderOracle: atomCode(s.leaderOracle, true, ["NullPoint"]), msgs: servers.map((server12) => servers.map((server13) => T.seq(T.apply(T.apply(s.msgs, server12), server13)).items.map((e) => toTypedMsgsOfOfItem(e)))), epochLeader: R.fnEntries(s.epochLeader, (k) => T.int(k), (e) => T.elems(e).reduce<number>((m, s) => m | (1 << atomCode(s, true, [])), 0)), proposalMsgsLog: R.sortedArray(T.elems(s.proposalMsgsLog).map((e) => toTypedProposalMsgsLogItem(e)), (p, q) => cmpProposalMsgsLogItem(p, q)), violatedInvariants: toTypedViolatedInvariants(s.violatedInvariants), recorder: toTypedRecorder(s.recorder) })
  const fromTyped = (s: TypedState): State => ({ state: T.fnOf(servers, s.state.map((e) => atomValue(e))), zabState: T.fnOf(servers, s.zabState.map((e) => atomValue(e))), acceptedEpoch: T.fnOf(servers, s.acceptedEpoch.map((e) => e)), currentEpoch: T.fnOf(servers, s.currentEpoch.map((e) => e)), history: T.fnOf(servers, s.history.map((e) => T.tuple(e.map((e) => fromTypedHistoryOfItem(e))))), lastCommitted: T.fnOf(servers, s.lastCommitted.map((e) => fromTypedLastCommittedOf(e))), learners: T.fnOf(servers, s.learners.map((e) => T.setOf(servers.filter((_, k) => ((e >> k) & 1) === 1)))), cepochRecv: T.fnOf(servers, s.cepochRecv.map((e) => T.setOf(e.map((e) => fromTypedCepochRecvOfItem(e))))), ackeRecv: T.fnOf(servers, s.ackeRecv.map((e) => T.setOf(e.map((e) => fromTypedAckeRecvOfItem(e))))), ackldRecv: T.fnOf(servers, s.ackldRecv.map((e) => T.setOf(e.map((e) => fromTypedAckldRecvOfItem(e))))), sendCounter: T.fnOf(servers, s.sendCounter.map((e) => e)), connectInfo: T.fnOf(servers, s.connectInfo.map((e) => atomValue(e))), leaderOracle: atomValue(s.leaderOracle), msgs: T.fnOf(servers, s.msgs.map((e) => T.fnOf(servers, e.map((e) => T.tuple(e.map((e) => fromTypedMsgsOfOfItem(e))))))), epochLeader: T.fnOf(s.epochLeader.keys.map((k) => k), s.epochLeader.vals.map((e) => T.setOf(servers.filter((_, k) => ((e >> k) & 1) === 1)))), proposalMsgsLog: T.setOf(s.proposalMsgsLog.map((e) => fromTypedProposalMsgsLogItem(e))), violatedInvariants: fromTypedViolatedInvariants(s.violatedInvariants), recorder: fromTypedRecorder(s.recorder) })
  /** A successor state, once the action has assigned every variable. */
  function stateOf(p: R.Partial): TypedState {
    return { state: R.primed(p, 0) as TypedState["state"], zabState: R.primed(p, 1) as TypedState["zabState"], acceptedEpoch: R.primed(p, 2) as TypedState["acceptedEpoch"], currentEpoch: R.primed(p, 3) as TypedState["currentEpoch"], history: R.primed(p, 4) as TypedState["history"], lastCommitted: R.primed(p, 5) as TypedState["lastCommitted"], learners: R.primed(p, 6) as TypedState["learners"], cepochRecv: R.primed(p, 7) as TypedState["cepochRecv"], ackeRecv: R.primed(p, 8) as TypedState["ackeRecv"], ackldRecv: R.primed(p, 9) as TypedState["ackldRecv"], sendCounter: R.primed(p, 10) as TypedState["sendCounter"], connectInfo: R.primed(p, 11) as TypedState["connectInfo"], leaderOracle: R.primed(p, 12) as TypedState["leaderOracle"], msgs: R.primed(p, 13) as TypedState["msgs"], epochLeader: R.primed(p, 14) as TypedState["epochLeader"], proposalMsgsLog: R.primed(p, 15) as TypedState["proposalMsgsLog"], violatedInvariants: R.primed(p, 16) as TypedState["violatedInvariants"], recorder: R.primed(p, 17) as TypedState["recorder"] }
  }
  /** The partial assignments of the actions running (one per nested call: a violation's path replays steps while one runs). */
  const partials = new R.PartialPool(18)
  /** A server's index, from the model value an action's arguments name it by. */
  const serverIndex = new Map(servers.map((s, k) => [s, k] as const))
  const at = (args: ReadonlyArray<T.Value>, k: number): number => serverIndex.get(args[k]!)!
  /** The argument tuples of an action with this many parameters over Server (the model values, in order). */
  const tuples1: ReadonlyArray<ReadonlyArray<T.Value>> = servers.map((a) => [a])
  const tuples2: ReadonlyArray<ReadonlyArray<T.Value>> = servers.flatMap((a) => servers.map((b) => [a, b]))
  const $set943: ReadonlyArray<number> = [-17, -4]
  const $set944: ReadonlyArray<number> = [-17, -4]
  /** IsLooking(s): tla/specs/Zab.tla, line 117. */
  function IsLooking($s: TypedState, _$n: R.Partial | null, s_: number): boolean {
    return ($s.state[s_]! === -12)
  }
  /** RecorderIncHelper(m): tla/specs/Zab.tla, line 146. */
  function RecorderIncHelper($s: TypedState, _$n: R.Partial | null, _m_: string): { readonly nTimeout: number } {
    return ({ nTimeout: ($s.recorder.nTimeout + 1) })
  }
  /** RecorderIncTimeout(): tla/specs/Zab.tla, line 148. */
  function RecorderIncTimeout($s: TypedState, $n: R.Partial | null): { readonly nTimeout: number } {
    return RecorderIncHelper($s, $n, "nTimeout")
  }
  /** RecorderGetHelper(m): tla/specs/Zab.tla, line 145. */
  function RecorderGetHelper($s: TypedState, _$n: R.Partial | null, _m_: string): { readonly nRestart: number } {
    return ({ nRestart: $s.recorder.nRestart })
  }
  /** RecorderGetRestart(): tla/specs/Zab.tla, line 151. */
  function RecorderGetRestart($s: TypedState, $n: R.Partial | null): { readonly nRestart: number } {
    return RecorderGetHelper($s, $n, "nRestart")
  }
  /** RecorderIncHelper(m): tla/specs/Zab.tla, line 146. */
  function RecorderIncHelper_2($s: TypedState, _$n: R.Partial | null, _m_: string): { readonly nRestart: number } {
    return ({ nRestart: ($s.recorder.nRestart + 1) })
  }
  /** RecorderIncRestart(): tla/specs/Zab.tla, line 150. */
  function RecorderIncRestart($s: TypedState, $n: R.Partial | null): { readonly nRestart: number } {
    return RecorderIncHelper_2($s, $n, "nRestart")
  }
  /** RecorderGetHelper(m): tla/specs/Zab.tla, line 145. */
  function RecorderGetHelper_2($s: TypedState, _$n: R.Partial | null, _m_: string): { readonly nTimeout: number } {
    return ({ nTimeout: $s.recorder.nTimeout })
  }
  /** RecorderGetTimeout(): tla/specs/Zab.tla, line 149. */
  function RecorderGetTimeout($s: TypedState, $n: R.Partial | null): { readonly nTimeout: number } {
    return RecorderGetHelper_2($s, $n, "nTimeout")
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure($s: TypedState, $n: R.Partial | null, pc_: T.Value): { readonly nRestart: number; readonly nTimeout: number } {
    return (T.eq(T.apply(pc_, 1), "Timeout") ? (($r16: { readonly nTimeout: number }, $r17: { readonly nRestart: number }) => ({ nRestart: $r17.nRestart, nTimeout: $r16.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : T.eq(T.apply(pc_, 1), "LeaderTimeout") ? (($r18: { readonly nTimeout: number }, $r19: { readonly nRestart: number }) => ({ nRestart: $r19.nRestart, nTimeout: $r18.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : T.eq(T.apply(pc_, 1), "FollowerTimeout") ? (($r20: { readonly nTimeout: number }, $r21: { readonly nRestart: number }) => ({ nRestart: $r21.nRestart, nTimeout: $r20.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : T.eq(T.apply(pc_, 1), "Restart") ? (($r22: { readonly nTimeout: number }, $r23: { readonly nRestart: number }) => ({ nRestart: $r23.nRestart, nTimeout: $r22.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r24: { readonly nTimeout: number }, $r25: { readonly nRestart: number }) => ({ nRestart: $r25.nRestart, nTimeout: $r24.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum($s: TypedState, $n: R.Partial | null, pc_: T.Value): { readonly nTransaction: number } {
    return ({ nTransaction: (T.eq(T.apply(pc_, 1), "LeaderProcessRequest") ? ((): number => {
  let s$28: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$28 ??= R.chooseBit(ALL, nServers, ($c26: number): boolean => R.everyBit(ALL, nServers, ($q27: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c26]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q27]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch($s: TypedState, $n: R.Partial | null, pc_: T.Value): { readonly maxEpoch: number } {
    return ({ maxEpoch: (T.eq(T.apply(pc_, 1), "LeaderProcessCEPOCH") ? ((): number => {
  let s$31: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$31 ??= R.chooseBit(ALL, nServers, ($c29: number): boolean => R.everyBit(ALL, nServers, ($q30: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c29]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q30]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc(_$s: TypedState, _$n: R.Partial | null, pc_: T.Value): { readonly pc: T.Value } {
    return ({ pc: pc_ })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests($s: TypedState, _$n: R.Partial | null, pc_: T.Value): { readonly nClientRequest: number } {
    return ({ nClientRequest: (T.eq(T.apply(pc_, 1), "LeaderProcessRequest") ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit(_$s: TypedState, _$n: R.Partial | null, n_: number, _p_: string): boolean {
    return (T.isIn("MaxTimeoutFailures", T.domain(constants.Parameters)) ? (n_ < T.int(T.apply(constants.Parameters, "MaxTimeoutFailures"))) : true)
  }
  /** CheckTimeout(): tla/specs/Zab.tla, line 185. */
  function CheckTimeout($s: TypedState, $n: R.Partial | null): boolean {
    return CheckParameterLimit($s, $n, $s.recorder.nTimeout, "MaxTimeoutFailures")
  }
  /** IsLeader(s): tla/specs/Zab.tla, line 115. */
  function IsLeader($s: TypedState, _$n: R.Partial | null, s_: number): boolean {
    return ($s.state[s_]! === -11)
  }
  /** IsMyLearner(i, j): tla/specs/Zab.tla, line 122. */
  function IsMyLearner($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (($s.learners[i_]! >> j_) & 1) === 1
  }
  /** IsFollower(s): tla/specs/Zab.tla, line 116. */
  function IsFollower($s: TypedState, _$n: R.Partial | null, s_: number): boolean {
    return ($s.state[s_]! === -10)
  }
  /** IsMyLeader(i, j): tla/specs/Zab.tla, line 123. */
  function IsMyLeader($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return ($s.connectInfo[i_]! === j_)
  }
  /** Quorums(): tla/specs/Zab.tla, line 37. */
  function Quorums(_$s: TypedState, _$n: R.Partial | null): ReadonlyArray<number> {
    return R.subsetsOf(ALL).filter(($f83: number): boolean => ((R.popCount($f83) * 2) > R.popCount(ALL)))
  }
  /** IsQuorum(s): tla/specs/Zab.tla, line 120. */
  function IsQuorum($s: TypedState, $n: R.Partial | null, s_: number): boolean {
    return Quorums($s, $n).includes(s_)
  }
  /** RemoveCepochRecv(set, sid): tla/specs/Zab.tla, lines 361-368. */
  function RemoveCepochRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<CepochRecvOfItem>, sid_: number): ReadonlyArray<CepochRecvOfItem> {
    return ((): ReadonlyArray<CepochRecvOfItem> => {
  let sid_cepochRecv$91: number | undefined
  return (!((((sid_cepochRecv$91 ??= set_.reduce((m: number, $m90: CepochRecvOfItem) => m | (1 << $m90.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<CepochRecvOfItem> => {
  let info$93: CepochRecvOfItem | undefined
  let new_info$94: CepochRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$93 ??= R.chooseIn(set_, ($c92: CepochRecvOfItem): boolean => ($c92.sid === sid_)))], (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q)), (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q)), R.sortedArray([(new_info$94 ??= ({ connected: false, epoch: (info$93 ??= R.chooseIn(set_, ($c92: CepochRecvOfItem): boolean => ($c92.sid === sid_))).epoch, sid: sid_ }))], (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q)), (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q))
})())
})()
  }
  /** RemoveAckeRecv(set, sid): tla/specs/Zab.tla, lines 370-378. */
  function RemoveAckeRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<AckeRecvOfItem>, sid_: number): ReadonlyArray<AckeRecvOfItem> {
    return ((): ReadonlyArray<AckeRecvOfItem> => {
  let sid_ackeRecv$98: number | undefined
  return (!((((sid_ackeRecv$98 ??= set_.reduce((m: number, $m97: AckeRecvOfItem) => m | (1 << $m97.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<AckeRecvOfItem> => {
  let info$100: AckeRecvOfItem | undefined
  let new_info$101: AckeRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$100 ??= R.chooseIn(set_, ($c99: AckeRecvOfItem): boolean => ($c99.sid === sid_)))], (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q)), (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q)), R.sortedArray([(new_info$101 ??= ({ connected: false, peerHistory: (info$100 ??= R.chooseIn(set_, ($c99: AckeRecvOfItem): boolean => ($c99.sid === sid_))).peerHistory, peerLastEpoch: (info$100 ??= R.chooseIn(set_, ($c99: AckeRecvOfItem): boolean => ($c99.sid === sid_))).peerLastEpoch, sid: sid_ }))], (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q)), (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q))
})())
})()
  }
  /** RemoveAckldRecv(set, sid): tla/specs/Zab.tla, lines 380-386. */
  function RemoveAckldRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<AckldRecvOfItem>, sid_: number): ReadonlyArray<AckldRecvOfItem> {
    return ((): ReadonlyArray<AckldRecvOfItem> => {
  let sid_ackldRecv$105: number | undefined
  return (!((((sid_ackldRecv$105 ??= set_.reduce((m: number, $m104: AckldRecvOfItem) => m | (1 << $m104.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<AckldRecvOfItem> => {
  let info$107: AckldRecvOfItem | undefined
  let new_info$108: AckldRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$107 ??= R.chooseIn(set_, ($c106: AckldRecvOfItem): boolean => ($c106.sid === sid_)))], (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q)), (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q)), R.sortedArray([(new_info$108 ??= ({ connected: false, sid: sid_ }))], (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q)), (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q))
})())
})()
  }
  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit_2(_$s: TypedState, _$n: R.Partial | null, n_: number, _p_: string): boolean {
    return (T.isIn("MaxRestarts", T.domain(constants.Parameters)) ? (n_ < T.int(T.apply(constants.Parameters, "MaxRestarts"))) : true)
  }
  /** CheckRestart(): tla/specs/Zab.tla, lines 188-191. */
  function CheckRestart($s: TypedState, $n: R.Partial | null): boolean {
    return (CheckTimeout($s, $n) && CheckParameterLimit_2($s, $n, $s.recorder.nRestart, "MaxRestarts"))
  }
  /** HasLeader(i): tla/specs/Zab.tla, line 125. */
  function HasLeader($s: TypedState, _$n: R.Partial | null, i_: number): boolean {
    return !($s.connectInfo[i_]! === -15)
  }
  /** HasNoLeader(i): tla/specs/Zab.tla, line 124. */
  function HasNoLeader($s: TypedState, _$n: R.Partial | null, i_: number): boolean {
    return ($s.connectInfo[i_]! === -15)
  }
  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit_3(_$s: TypedState, _$n: R.Partial | null, n_: number, _p_: string): boolean {
    return (T.isIn("MaxEpoch", T.domain(constants.Parameters)) ? (n_ < T.int(T.apply(constants.Parameters, "MaxEpoch"))) : true)
  }
  /** CheckEpoch(): tla/specs/Zab.tla, line 187. */
  function CheckEpoch($s: TypedState, $n: R.Partial | null): boolean {
    return CheckParameterLimit_3($s, $n, $s.recorder.maxEpoch, "MaxEpoch")
  }
  /** PendingCEPOCH(i, j): tla/specs/Zab.tla, lines 194-196. */
  function PendingCEPOCH($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -5))
  }
  /** CepochRecvQuorumFormed(i): tla/specs/Zab.tla, lines 486-487. */
  function CepochRecvQuorumFormed($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_cepochRecv$254: number | undefined
  return IsQuorum($s, $n, (sid_cepochRecv$254 ??= $s.cepochRecv[i_]!.reduce((m: number, $m253: CepochRecvOfItem) => m | (1 << $m253.sid), 0)))
})()
  }
  /** UpdateCepochRecv(oldSet, sid, peerEpoch): tla/specs/Zab.tla, lines 491-502. */
  function UpdateCepochRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<CepochRecvOfItem>, sid_: number, peerEpoch_: number): ReadonlyArray<CepochRecvOfItem> {
    return ((): ReadonlyArray<CepochRecvOfItem> => {
  let sid_set$259: number | undefined
  return ((((sid_set$259 ??= oldSet_.reduce((m: number, $m258: CepochRecvOfItem) => m | (1 << $m258.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<CepochRecvOfItem> => {
  let old_info$261: CepochRecvOfItem | undefined
  let new_info$262: CepochRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$261 ??= R.chooseIn(oldSet_, ($c260: CepochRecvOfItem): boolean => ($c260.sid === sid_)))], (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q)), (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q)), R.sortedArray([(new_info$262 ??= ({ connected: true, epoch: peerEpoch_, sid: sid_ }))], (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q)), (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q))
})() : ((): ReadonlyArray<CepochRecvOfItem> => {
  let follower_info$263: CepochRecvOfItem | undefined
  return R.union(oldSet_, R.sortedArray([(follower_info$263 ??= ({ connected: true, epoch: peerEpoch_, sid: sid_ }))], (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q)), (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q))
})())
})()
  }
  /** CepochRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 488-489. */
  function CepochRecvBecomeQuorum($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_cepochRecv$268: number | undefined
  return IsQuorum($s, $n, (sid_cepochRecv$268 ??= (R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i_]!.reduce((m: number, $m267: CepochRecvOfItem) => m | (1 << $m267.sid), 0)))
})()
  }
  /** Maximum(S): tla/specs/Zab.tla, lines 108-109. */
  function Maximum(_$s: TypedState, _$n: R.Partial | null, S_: ReadonlyArray<number>): number {
    return (R.eq(S_, []) ? -1 : R.chooseIn(S_, ($c273: number): boolean => S_.every(($q274: number): boolean => ($c273 >= $q274))))
  }
  /** DetermineNewEpoch(i): tla/specs/Zab.tla, lines 505-507. */
  function DetermineNewEpoch($s: TypedState, $n: R.Partial | null, i_: number): number {
    return ((): number => {
  let epoch_cepochRecv$272: ReadonlyArray<number> | undefined
  return (Maximum($s, $n, (epoch_cepochRecv$272 ??= R.sortedArray((R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i_]!.map(($m271: CepochRecvOfItem) => $m271.epoch), (p: number, q: number): number => (p - q)))) + 1)
})()
  }
  /** PendingNEWEPOCH(i, j): tla/specs/Zab.tla, lines 196-198. */
  function PendingNEWEPOCH($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -13))
  }
  /** PendingACKEPOCH(i, j): tla/specs/Zab.tla, lines 198-200. */
  function PendingACKEPOCH($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -2))
  }
  /** AckeRecvQuorumFormed(i): tla/specs/Zab.tla, lines 591-592. */
  function AckeRecvQuorumFormed($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackeRecv$403: number | undefined
  return IsQuorum($s, $n, (sid_ackeRecv$403 ??= $s.ackeRecv[i_]!.reduce((m: number, $m402: AckeRecvOfItem) => m | (1 << $m402.sid), 0)))
})()
  }
  /** UpdateAckeRecv(oldSet, sid, peerEpoch, peerHistory): tla/specs/Zab.tla, lines 596-605. */
  function UpdateAckeRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<AckeRecvOfItem>, sid_: number, peerEpoch_: number, peerHistory_: ReadonlyArray<HistoryOfItem>): ReadonlyArray<AckeRecvOfItem> {
    return ((): ReadonlyArray<AckeRecvOfItem> => {
  let sid_set$407: number | undefined
  let follower_info$408: AckeRecvOfItem | undefined
  return ((((sid_set$407 ??= oldSet_.reduce((m: number, $m406: AckeRecvOfItem) => m | (1 << $m406.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<AckeRecvOfItem> => {
  let old_info$410: AckeRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$410 ??= R.chooseIn(oldSet_, ($c409: AckeRecvOfItem): boolean => ($c409.sid === sid_)))], (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q)), (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q)), R.sortedArray([(follower_info$408 ??= ({ connected: true, peerHistory: peerHistory_, peerLastEpoch: peerEpoch_, sid: sid_ }))], (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q)), (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q))
})() : R.union(oldSet_, R.sortedArray([(follower_info$408 ??= ({ connected: true, peerHistory: peerHistory_, peerLastEpoch: peerEpoch_, sid: sid_ }))], (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q)), (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q)))
})()
  }
  /** SetPacketsForChecking(set, src, ep, his, cur, end): tla/specs/Zab.tla, lines 609-615. */
  function SetPacketsForChecking_2($s: TypedState, $n: R.Partial | null, set_: ReadonlyArray<ProposalMsgsLogItem>, src_: number, ep_: number, his_: ReadonlyArray<HistoryOfItem>, cur_: number, end_: number): ReadonlyArray<ProposalMsgsLogItem> {
    return ((cur_ > end_) ? set_ : ((): ReadonlyArray<ProposalMsgsLogItem> => {
  let m_proposal$415: ProposalMsgsLogItem | undefined
  return SetPacketsForChecking_2($s, $n, R.union(set_, R.sortedArray([(m_proposal$415 ??= ({ data: R.at(his_, cur_).value, epoch: ep_, source: src_, zxid: R.at(his_, cur_).zxid }))], (p: ProposalMsgsLogItem, q: ProposalMsgsLogItem): number => cmpProposalMsgsLogItem(p, q)), (p: ProposalMsgsLogItem, q: ProposalMsgsLogItem): number => cmpProposalMsgsLogItem(p, q)), src_, ep_, his_, (cur_ + 1), end_)
})())
  }
  /** SetPacketsForChecking(set, src, ep, his, cur, end): tla/specs/Zab.tla, lines 609-615. */
  function SetPacketsForChecking($s: TypedState, $n: R.Partial | null, _set_: number, src_: number, ep_: number, his_: ReadonlyArray<HistoryOfItem>, cur_: number, end_: number): ReadonlyArray<ProposalMsgsLogItem> {
    return ((cur_ > end_) ? [] : ((): ReadonlyArray<ProposalMsgsLogItem> => {
  let m_proposal$413: ProposalMsgsLogItem | undefined
  return SetPacketsForChecking_2($s, $n, R.union([], R.sortedArray([(m_proposal$413 ??= ({ data: R.at(his_, cur_).value, epoch: ep_, source: src_, zxid: R.at(his_, cur_).zxid }))], (p: ProposalMsgsLogItem, q: ProposalMsgsLogItem): number => cmpProposalMsgsLogItem(p, q)), (p: ProposalMsgsLogItem, q: ProposalMsgsLogItem): number => cmpProposalMsgsLogItem(p, q)), src_, ep_, his_, (cur_ + 1), end_)
})())
  }
  /** AckeRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 593-594. */
  function AckeRecvBecomeQuorum($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackeRecv$437: number | undefined
  return IsQuorum($s, $n, (sid_ackeRecv$437 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!.reduce((m: number, $m436: AckeRecvOfItem) => m | (1 << $m436.sid), 0)))
})()
  }
  /** LastZxidOfHistory(his): tla/specs/Zab.tla, lines 618-619. */
  function LastZxidOfHistory(_$s: TypedState, _$n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>): ReadonlyArray<number> {
    return ((his_.length === 0) ? [0, 0] : R.at(his_, his_.length).zxid)
  }
  /** ZxidCompare(zxid1, zxid2): tla/specs/Zab.tla, lines 128-132. */
  function ZxidCompare(_$s: TypedState, _$n: R.Partial | null, zxid1_: ReadonlyArray<number>, zxid2_: ReadonlyArray<number>): boolean {
    return ((R.at(zxid1_, 1) > R.at(zxid2_, 1)) || ((R.at(zxid1_, 1) === R.at(zxid2_, 1)) && (R.at(zxid1_, 2) > R.at(zxid2_, 2))))
  }
  /** MoreResentOrEqual(ss1, ss2): tla/specs/Zab.tla, lines 622-627. */
  function MoreResentOrEqual($s: TypedState, $n: R.Partial | null, ss1_: Record, ss2_: Record): boolean {
    return ((ss1_.currentEpoch > ss2_.currentEpoch) || ((ss1_.currentEpoch === ss2_.currentEpoch) && !ZxidCompare($s, $n, ss2_.lastZxid, ss1_.lastZxid)))
  }
  /** DetermineInitialHistory(i): tla/specs/Zab.tla, lines 627-636. */
  function DetermineInitialHistory($s: TypedState, $n: R.Partial | null, i_: number): ReadonlyArray<HistoryOfItem> {
    return ((): ReadonlyArray<HistoryOfItem> => {
  let set$443: ReadonlyArray<AckeRecvOfItem> | undefined
  let ss_set$445: ReadonlyArray<Record> | undefined
  let selected$448: Record | undefined
  let info$450: AckeRecvOfItem | undefined
  return (info$450 ??= R.chooseIn((set$443 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!), ($c449: AckeRecvOfItem): boolean => ($c449.sid === (selected$448 ??= R.chooseIn((ss_set$445 ??= R.sortedArray((set$443 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!).map(($m444: AckeRecvOfItem) => ({ currentEpoch: $m444.peerLastEpoch, lastZxid: LastZxidOfHistory($s, $n, $m444.peerHistory), sid: $m444.sid })), (p: { readonly currentEpoch: number; readonly lastZxid: ReadonlyArray<number>; readonly sid: number }, q: { readonly currentEpoch: number; readonly lastZxid: ReadonlyArray<number>; readonly sid: number }): number => cmpRecord(p, q))), ($c446: Record): boolean => R.minus((ss_set$445 ??= R.sortedArray((set$443 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!).map(($m444: AckeRecvOfItem) => ({ currentEpoch: $m444.peerLastEpoch, lastZxid: LastZxidOfHistory($s, $n, $m444.peerHistory), sid: $m444.sid })), (p: { readonly currentEpoch: number; readonly lastZxid: ReadonlyArray<number>; readonly sid: number }, q: { readonly currentEpoch: number; readonly lastZxid: ReadonlyArray<number>; readonly sid: number }): number => cmpRecord(p, q))), R.sortedArray([$c446], (p: Record, q: Record): number => cmpRecord(p, q)), (p: Record, q: Record): number => cmpRecord(p, q)).every(($q447: Record): boolean => MoreResentOrEqual($s, $n, $c446, $q447)))).sid))).peerHistory
})()
  }
  /** InitAcksidHelper(txns, src): tla/specs/Zab.tla, lines 639-645. */
  function InitAcksidHelper($s: TypedState, $n: R.Partial | null, txns_: ReadonlyArray<HistoryOfItem>, src_: number): ReadonlyArray<HistoryOfItem> {
    return ((txns_.length === 0) ? [] : ((): ReadonlyArray<HistoryOfItem> => {
  let oldTxn$456: HistoryOfItem | undefined
  let newTxn$457: HistoryOfItem | undefined
  return [...[(newTxn$457 ??= ({ ackSid: ((1 << src_)), epoch: (oldTxn$456 ??= R.at(txns_, 1)).epoch, value: (oldTxn$456 ??= R.at(txns_, 1)).value, zxid: (oldTxn$456 ??= R.at(txns_, 1)).zxid }))], ...InitAcksidHelper($s, $n, R.tail(txns_), src_)]
})())
  }
  /** InitAcksid(i, his): tla/specs/Zab.tla, line 648. */
  function InitAcksid($s: TypedState, $n: R.Partial | null, i_: number, his_: ReadonlyArray<HistoryOfItem>): ReadonlyArray<HistoryOfItem> {
    return InitAcksidHelper($s, $n, his_, i_)
  }
  /** PendingNEWLEADER(i, j): tla/specs/Zab.tla, lines 200-202. */
  function PendingNEWLEADER($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -14))
  }
  /** PendingACKLD(i, j): tla/specs/Zab.tla, lines 202-204. */
  function PendingACKLD($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -3))
  }
  /** AckldRecvQuorumFormed(i): tla/specs/Zab.tla, lines 753-754. */
  function AckldRecvQuorumFormed($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackldRecv$569: number | undefined
  return IsQuorum($s, $n, (sid_ackldRecv$569 ??= $s.ackldRecv[i_]!.reduce((m: number, $m568: AckldRecvOfItem) => m | (1 << $m568.sid), 0)))
})()
  }
  /** UpdateAckldRecv(oldSet, sid): tla/specs/Zab.tla, lines 758-765. */
  function UpdateAckldRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<AckldRecvOfItem>, sid_: number): ReadonlyArray<AckldRecvOfItem> {
    return ((): ReadonlyArray<AckldRecvOfItem> => {
  let sid_set$574: number | undefined
  let follower_info$575: AckldRecvOfItem | undefined
  return ((((sid_set$574 ??= oldSet_.reduce((m: number, $m573: AckldRecvOfItem) => m | (1 << $m573.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<AckldRecvOfItem> => {
  let old_info$577: AckldRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$577 ??= R.chooseIn(oldSet_, ($c576: AckldRecvOfItem): boolean => ($c576.sid === sid_)))], (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q)), (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q)), R.sortedArray([(follower_info$575 ??= ({ connected: true, sid: sid_ }))], (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q)), (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q))
})() : R.union(oldSet_, R.sortedArray([(follower_info$575 ??= ({ connected: true, sid: sid_ }))], (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q)), (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q)))
})()
  }
  /** UpdateAcksidHelper(txns, target, endZxid): tla/specs/Zab.tla, lines 770-780. */
  function UpdateAcksidHelper($s: TypedState, $n: R.Partial | null, txns_: ReadonlyArray<HistoryOfItem>, target_: number, endZxid_: ReadonlyArray<number>): ReadonlyArray<HistoryOfItem> {
    return ((txns_.length === 0) ? [] : ((): ReadonlyArray<HistoryOfItem> => {
  let oldTxn$582: HistoryOfItem | undefined
  return (ZxidCompare($s, $n, (oldTxn$582 ??= R.at(txns_, 1)).zxid, endZxid_) ? txns_ : ((): ReadonlyArray<HistoryOfItem> => {
  let newTxn$583: HistoryOfItem | undefined
  return [...[(newTxn$583 ??= ({ ackSid: ((((oldTxn$582 ??= R.at(txns_, 1)).ackSid >> target_) & 1) === 1 ? (oldTxn$582 ??= R.at(txns_, 1)).ackSid : ((oldTxn$582 ??= R.at(txns_, 1)).ackSid | ((1 << target_)))), epoch: (oldTxn$582 ??= R.at(txns_, 1)).epoch, value: (oldTxn$582 ??= R.at(txns_, 1)).value, zxid: (oldTxn$582 ??= R.at(txns_, 1)).zxid }))], ...UpdateAcksidHelper($s, $n, R.tail(txns_), target_, endZxid_)]
})())
})())
  }
  /** UpdateAcksid(his, target, endZxid): tla/specs/Zab.tla, line 783. */
  function UpdateAcksid($s: TypedState, $n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>, target_: number, endZxid_: ReadonlyArray<number>): ReadonlyArray<HistoryOfItem> {
    return UpdateAcksidHelper($s, $n, his_, target_, endZxid_)
  }
  /** AckldRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 755-756. */
  function AckldRecvBecomeQuorum($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackldRecv$588: number | undefined
  return IsQuorum($s, $n, (sid_ackldRecv$588 ??= (R.primed($n, 9) as ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>)[i_]!.reduce((m: number, $m587: AckldRecvOfItem) => m | (1 << $m587.sid), 0)))
})()
  }
  /** LastZxid(i): tla/specs/Zab.tla, line 767. */
  function LastZxid($s: TypedState, $n: R.Partial | null, i_: number): ReadonlyArray<number> {
    return LastZxidOfHistory($s, $n, $s.history[i_]!)
  }
  /** PendingCOMMITLD(i, j): tla/specs/Zab.tla, lines 204-206. */
  function PendingCOMMITLD($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -7))
  }
  /** ZxidEqual(zxid1, zxid2): tla/specs/Zab.tla, line 132. */
  function ZxidEqual(_$s: TypedState, _$n: R.Partial | null, zxid1_: ReadonlyArray<number>, zxid2_: ReadonlyArray<number>): boolean {
    return ((R.at(zxid1_, 1) === R.at(zxid2_, 1)) && (R.at(zxid1_, 2) === R.at(zxid2_, 2)))
  }
  /** TxnZxidEqual(txn, z): tla/specs/Zab.tla, line 134. */
  function TxnZxidEqual(_$s: TypedState, _$n: R.Partial | null, txn_: HistoryOfItem, z_: ReadonlyArray<number>): boolean {
    return ((R.at(txn_.zxid, 1) === R.at(z_, 1)) && (R.at(txn_.zxid, 2) === R.at(z_, 2)))
  }
  /** Minimum(S): tla/specs/Zab.tla, lines 111-112. */
  function Minimum(_$s: TypedState, _$n: R.Partial | null, S_: ReadonlyArray<number>): number {
    return (R.eq(S_, []) ? -1 : R.chooseIn(S_, ($c646: number): boolean => S_.every(($q647: number): boolean => ($c646 <= $q647))))
  }
  /** ZxidToIndexHelper(his, zxid, cur, appeared): tla/specs/Zab.tla, lines 837-843. */
  function ZxidToIndexHelper($s: TypedState, $n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>, zxid_: ReadonlyArray<number>, cur_: number, appeared_: boolean): number {
    return ((cur_ > his_.length) ? cur_ : (TxnZxidEqual($s, $n, R.at(his_, cur_), zxid_) ? ((appeared_ === true) ? -1 : Minimum($s, $n, R.sortedArray([cur_, ZxidToIndexHelper($s, $n, his_, zxid_, (cur_ + 1), true)], (p: number, q: number): number => (p - q)))) : ZxidToIndexHelper($s, $n, his_, zxid_, (cur_ + 1), appeared_)))
  }
  /** ZxidToIndex(his, zxid): tla/specs/Zab.tla, lines 847-852. */
  function ZxidToIndex($s: TypedState, $n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>, zxid_: ReadonlyArray<number>): number {
    return (ZxidEqual($s, $n, zxid_, [0, 0]) ? 0 : ((his_.length === 0) ? 1 : ((): number => {
  let len$644: number | undefined
  return (R.range(1, (len$644 ??= his_.length)).some(($q645: number): boolean => TxnZxidEqual($s, $n, R.at(his_, $q645), zxid_)) ? ZxidToIndexHelper($s, $n, his_, zxid_, 1, false) : ((len$644 ??= his_.length) + 1))
})()))
  }
  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit_4(_$s: TypedState, _$n: R.Partial | null, n_: number, _p_: string): boolean {
    return (T.isIn("MaxTransactionNum", T.domain(constants.Parameters)) ? (n_ < T.int(T.apply(constants.Parameters, "MaxTransactionNum"))) : true)
  }
  /** CheckTransactionNum(): tla/specs/Zab.tla, line 186. */
  function CheckTransactionNum($s: TypedState, $n: R.Partial | null): boolean {
    return CheckParameterLimit_4($s, $n, $s.recorder.nTransaction, "MaxTransactionNum")
  }
  /** GetRecorder(p): tla/specs/Zab.tla, line 143. */
  function GetRecorder($s: TypedState, _$n: R.Partial | null, _p_: string): number {
    return (true ? $s.recorder.nClientRequest : 0)
  }
  /** IncZxid(s, zxid): tla/specs/Zab.tla, lines 878-879. */
  function IncZxid($s: TypedState, _$n: R.Partial | null, s_: number, zxid_: ReadonlyArray<number>): ReadonlyArray<number> {
    return (($s.currentEpoch[s_]! === R.at(zxid_, 1)) ? [R.at(zxid_, 1), (R.at(zxid_, 2) + 1)] : [$s.currentEpoch[s_]!, 1])
  }
  /** CurrentCounter(i): tla/specs/Zab.tla, lines 901-902. */
  function CurrentCounter($s: TypedState, $n: R.Partial | null, i_: number): number {
    return ((R.at(LastZxid($s, $n, i_), 1) === $s.currentEpoch[i_]!) ? R.at(LastZxid($s, $n, i_), 2) : 0)
  }
  /** PendingPROPOSE(i, j): tla/specs/Zab.tla, lines 206-208. */
  function PendingPROPOSE($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -16))
  }
  /** IsNextZxid(curZxid, nextZxid): tla/specs/Zab.tla, lines 927-937. */
  function IsNextZxid(_$s: TypedState, _$n: R.Partial | null, curZxid_: ReadonlyArray<number>, nextZxid_: ReadonlyArray<number>): boolean {
    return (((R.at(nextZxid_, 2) === 1) && (R.at(curZxid_, 1) < R.at(nextZxid_, 1))) || ((R.at(nextZxid_, 2) > 1) && (R.at(curZxid_, 1) === R.at(nextZxid_, 1)) && ((R.at(curZxid_, 2) + 1) === R.at(nextZxid_, 2))))
  }
  /** PendingACK(i, j): tla/specs/Zab.tla, lines 208-210. */
  function PendingACK($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -1))
  }
  /** LastAckIndexFromFollower(i, j): tla/specs/Zab.tla, lines 999-1001. */
  function LastAckIndexFromFollower($s: TypedState, $n: R.Partial | null, i_: number, j_: number): number {
    return ((): number => {
  let set_index$768: ReadonlyArray<number> | undefined
  return Maximum($s, $n, (set_index$768 ??= R.range(1, $s.history[i_]!.length).filter(($f767: number): boolean => ((R.at($s.history[i_]!, $f767).ackSid >> j_) & 1) === 1)))
})()
  }
  /** PendingCOMMIT(i, j): tla/specs/Zab.tla, lines 210-213. */
  function PendingCOMMIT($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -6))
  }
  /** ShouldNotBeTriggered(): tla/specs/Zab.tla, line 1147. */
  function ShouldNotBeTriggered($s: TypedState, _$n: R.Partial | null): boolean {
    return (($s.violatedInvariants.ackInconsistent === false) && ($s.violatedInvariants.commitInconsistent === false) && ($s.violatedInvariants.messageIllegal === false) && ($s.violatedInvariants.proposalInconsistent === false) && ($s.violatedInvariants.stateInconsistent === false))
  }
  /** IsLeader(s): tla/specs/Zab.tla, line 115. */
  function IsLeader_2($s: TypedState, _$n: R.Partial | null, s_: number): boolean {
    return ($s.state[s_]! === -11)
  }
  /** Leadership1(): tla/specs/Zab.tla, lines 1150-1154. */
  function Leadership1($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q939: number): boolean => R.everyBit(ALL, nServers, ($q940: number): boolean => (!(IsLeader_2($s, null, $q939) && $set943.includes($s.zabState[$q939]!) && IsLeader_2($s, null, $q940) && $set944.includes($s.zabState[$q940]!) && ($s.currentEpoch[$q939]! === $s.currentEpoch[$q940]!)) || ($q939 === $q940))))
  }
  /** MAXEPOCH(): tla/specs/Zab.tla, line 35. */
  function MAXEPOCH(_$s: TypedState, _$n: R.Partial | null): number {
    return 10
  }
  /** Leadership2(): tla/specs/Zab.tla, line 1156. */
  function Leadership2($s: TypedState, _$n: R.Partial | null): boolean {
    return R.range(1, MAXEPOCH($s, null)).every(($q945: number): boolean => (R.popCount(R.fnApply($s.epochLeader, $q945)) <= 1))
  }
  /** Minimum(S): tla/specs/Zab.tla, lines 111-112. */
  function Minimum_2(_$s: TypedState, _$n: R.Partial | null, S_: ReadonlyArray<number>): number {
    return (R.eq(S_, []) ? -1 : R.chooseIn(S_, ($c948: number): boolean => S_.every(($q949: number): boolean => ($c948 <= $q949))))
  }
  /** ZxidEqual(zxid1, zxid2): tla/specs/Zab.tla, line 132. */
  function ZxidEqual_2(_$s: TypedState, _$n: R.Partial | null, zxid1_: ReadonlyArray<number>, zxid2_: ReadonlyArray<number>): boolean {
    return ((R.at(zxid1_, 1) === R.at(zxid2_, 1)) && (R.at(zxid1_, 2) === R.at(zxid2_, 2)))
  }
  /** TxnEqual(txn1, txn2): tla/specs/Zab.tla, lines 136-139. */
  function TxnEqual($s: TypedState, _$n: R.Partial | null, txn1_: HistoryOfItem, txn2_: HistoryOfItem): boolean {
    return (ZxidEqual_2($s, null, txn1_.zxid, txn2_.zxid) && (txn1_.value === txn2_.value))
  }
  /** PrefixConsistency(): tla/specs/Zab.tla, lines 1160-1168. */
  function PrefixConsistency($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q946: number): boolean => R.everyBit(ALL, nServers, ($q947: number): boolean => ((): boolean => {
  let smaller$950: number | undefined
  return (((smaller$950 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q946]!.index, $s.lastCommitted[$q947]!.index], (p: number, q: number): number => (p - q)))) === 0) || (((smaller$950 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q946]!.index, $s.lastCommitted[$q947]!.index], (p: number, q: number): number => (p - q)))) > 0) && R.range(1, (smaller$950 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q946]!.index, $s.lastCommitted[$q947]!.index], (p: number, q: number): number => (p - q))))).every(($q951: number): boolean => TxnEqual($s, null, R.at($s.history[$q946]!, $q951), R.at($s.history[$q947]!, $q951)))))
})()))
  }
  /** IsFollower(s): tla/specs/Zab.tla, line 116. */
  function IsFollower_2($s: TypedState, _$n: R.Partial | null, s_: number): boolean {
    return ($s.state[s_]! === -10)
  }
  /** TxnEqual(txn1, txn2): tla/specs/Zab.tla, lines 136-139. */
  function TxnEqual_2($s: TypedState, _$n: R.Partial | null, txn1_: HistoryOfItem, txn2_: { readonly value: number; readonly zxid: ReadonlyArray<number> }): boolean {
    return (ZxidEqual_2($s, null, txn1_.zxid, txn2_.zxid) && (txn1_.value === txn2_.value))
  }
  /** Integrity(): tla/specs/Zab.tla, lines 1168-1174. */
  function Integrity($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q952: number): boolean => (!(IsFollower_2($s, null, $q952) && ($s.lastCommitted[$q952]!.index > 0)) || R.range(1, $s.lastCommitted[$q952]!.index).every(($q956: number): boolean => $s.proposalMsgsLog.some(($q957: ProposalMsgsLogItem): boolean => ((): boolean => {
  let txn_proposal$958: { readonly value: number; readonly zxid: ReadonlyArray<number> } | undefined
  return TxnEqual_2($s, null, R.at($s.history[$q952]!, $q956), (txn_proposal$958 ??= ({ value: $q957.data, zxid: $q957.zxid })))
})()))))
  }
  /** Agreement(): tla/specs/Zab.tla, lines 1178-1190. */
  function Agreement($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q959: number): boolean => R.everyBit(ALL, nServers, ($q960: number): boolean => (!(IsFollower_2($s, null, $q959) && ($s.lastCommitted[$q959]!.index > 0) && IsFollower_2($s, null, $q960) && ($s.lastCommitted[$q960]!.index > 0)) || R.range(1, $s.lastCommitted[$q959]!.index).every(($q965: number): boolean => R.range(1, $s.lastCommitted[$q960]!.index).every(($q966: number): boolean => (R.range(1, $s.lastCommitted[$q960]!.index).some(($q967: number): boolean => TxnEqual($s, null, R.at($s.history[$q960]!, $q967), R.at($s.history[$q959]!, $q965))) || R.range(1, $s.lastCommitted[$q959]!.index).some(($q968: number): boolean => TxnEqual($s, null, R.at($s.history[$q959]!, $q968), R.at($s.history[$q960]!, $q966)))))))))
  }
  /** TotalOrder(): tla/specs/Zab.tla, lines 1190-1206. */
  function TotalOrder($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q969: number): boolean => R.everyBit(ALL, nServers, ($q970: number): boolean => ((): boolean => {
  let committed1$971: number | undefined
  let committed2$972: number | undefined
  return (!(((committed1$971 ??= $s.lastCommitted[$q969]!.index) >= 2) && ((committed2$972 ??= $s.lastCommitted[$q970]!.index) >= 2)) || R.range(1, ((committed1$971 ??= $s.lastCommitted[$q969]!.index) - 1)).every(($q979: number): boolean => R.range(($q979 + 1), (committed1$971 ??= $s.lastCommitted[$q969]!.index)).every(($q980: number): boolean => ((): boolean => {
  let logOk$982: boolean | undefined
  return (!(logOk$982 ??= R.range(1, (committed2$972 ??= $s.lastCommitted[$q970]!.index)).some(($q981: number): boolean => TxnEqual($s, null, R.at($s.history[$q969]!, $q980), R.at($s.history[$q970]!, $q981)))) || ((logOk$982 ??= R.range(1, (committed2$972 ??= $s.lastCommitted[$q970]!.index)).some(($q981: number): boolean => TxnEqual($s, null, R.at($s.history[$q969]!, $q980), R.at($s.history[$q970]!, $q981)))) && R.range(1, (committed2$972 ??= $s.lastCommitted[$q970]!.index)).some(($q983: number): boolean => (TxnEqual($s, null, R.at($s.history[$q969]!, $q980), R.at($s.history[$q970]!, $q983)) && R.range(1, ($q983 - 1)).some(($q984: number): boolean => TxnEqual($s, null, R.at($s.history[$q969]!, $q979), R.at($s.history[$q970]!, $q984)))))))
})())))
})()))
  }
  /** TxnEqual(txn1, txn2): tla/specs/Zab.tla, lines 136-139. */
  function TxnEqual_3($s: TypedState, _$n: R.Partial | null, txn1_: Record_, txn2_: Record_): boolean {
    return (ZxidEqual_2($s, null, txn1_.zxid, txn2_.zxid) && (txn1_.value === txn2_.value))
  }
  /** ZxidCompare(zxid1, zxid2): tla/specs/Zab.tla, lines 128-132. */
  function ZxidCompare_2(_$s: TypedState, _$n: R.Partial | null, zxid1_: ReadonlyArray<number>, zxid2_: ReadonlyArray<number>): boolean {
    return ((R.at(zxid1_, 1) > R.at(zxid2_, 1)) || ((R.at(zxid1_, 1) === R.at(zxid2_, 1)) && (R.at(zxid1_, 2) > R.at(zxid2_, 2))))
  }
  /** LocalPrimaryOrder(): tla/specs/Zab.tla, lines 1206-1229. */
  function LocalPrimaryOrder($s: TypedState, _$n: R.Partial | null): boolean {
    return ((): boolean => {
  return R.everyBit(ALL, nServers, ($q985: number): boolean => R.range(1, $s.currentEpoch[$q985]!).every(($q986: number): boolean => ((R.sortedArray($s.proposalMsgsLog.filter(($f987: ProposalMsgsLogItem): boolean => (($f987.source === $q985) && ($f987.epoch === $q986))).map(($m988: ProposalMsgsLogItem) => ({ value: $m988.data, zxid: $m988.zxid })), (p: { readonly value: number; readonly zxid: ReadonlyArray<number> }, q: { readonly value: number; readonly zxid: ReadonlyArray<number> }): number => cmpRecord_(p, q)).length < 2) || ((R.sortedArray($s.proposalMsgsLog.filter(($f989: ProposalMsgsLogItem): boolean => (($f989.source === $q985) && ($f989.epoch === $q986))).map(($m990: ProposalMsgsLogItem) => ({ value: $m990.data, zxid: $m990.zxid })), (p: Record_, q: Record_): number => cmpRecord_(p, q)).length >= 2) && R.sortedArray($s.proposalMsgsLog.filter(($f991: ProposalMsgsLogItem): boolean => (($f991.source === $q985) && ($f991.epoch === $q986))).map(($m992: ProposalMsgsLogItem) => ({ value: $m992.data, zxid: $m992.zxid })), (p: Record_, q: Record_): number => cmpRecord_(p, q)).some(($q993: Record_): boolean => R.sortedArray($s.proposalMsgsLog.filter(($f994: ProposalMsgsLogItem): boolean => (($f994.source === $q985) && ($f994.epoch === $q986))).map(($m995: ProposalMsgsLogItem) => ({ value: $m995.data, zxid: $m995.zxid })), (p: Record_, q: Record_): number => cmpRecord_(p, q)).some(($q996: Record_): boolean => (TxnEqual_3($s, null, $q993, $q996) || (!TxnEqual_3($s, null, $q993, $q996) && ((): boolean => {
  let TxnPre$997: Record_ | undefined
  let TxnNext$998: Record_ | undefined
  return R.everyBit(ALL, nServers, ($q999: number): boolean => (!(($s.lastCommitted[$q999]!.index >= 2) && R.range(1, $s.lastCommitted[$q999]!.index).some(($q1003: number): boolean => TxnEqual_2($s, null, R.at($s.history[$q999]!, $q1003), (TxnNext$998 ??= (ZxidCompare_2($s, null, $q993.zxid, $q996.zxid) ? $q993 : $q996))))) || R.range(1, $s.lastCommitted[$q999]!.index).some(($q1004: number): boolean => (TxnEqual_2($s, null, R.at($s.history[$q999]!, $q1004), (TxnNext$998 ??= (ZxidCompare_2($s, null, $q993.zxid, $q996.zxid) ? $q993 : $q996))) && ($q1004 > 1) && R.range(1, ($q1004 - 1)).some(($q1005: number): boolean => TxnEqual_2($s, null, R.at($s.history[$q999]!, $q1005), (TxnPre$997 ??= (ZxidCompare_2($s, null, $q993.zxid, $q996.zxid) ? $q996 : $q993))))))))
})()))))))))
})()
  }
  /** EpochPrecedeInTxn(txn1, txn2): tla/specs/Zab.tla, line 139. */
  function EpochPrecedeInTxn(_$s: TypedState, _$n: R.Partial | null, txn1_: HistoryOfItem, txn2_: HistoryOfItem): boolean {
    return (R.at(txn1_.zxid, 1) < R.at(txn2_.zxid, 1))
  }
  /** GlobalPrimaryOrder(): tla/specs/Zab.tla, lines 1229-1237. */
  function GlobalPrimaryOrder($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q1006: number): boolean => (!($s.lastCommitted[$q1006]!.index >= 2) || R.range(1, $s.lastCommitted[$q1006]!.index).every(($q1009: number): boolean => R.range(1, $s.lastCommitted[$q1006]!.index).every(($q1010: number): boolean => (!EpochPrecedeInTxn($s, null, R.at($s.history[$q1006]!, $q1009), R.at($s.history[$q1006]!, $q1010)) || (EpochPrecedeInTxn($s, null, R.at($s.history[$q1006]!, $q1009), R.at($s.history[$q1006]!, $q1010)) && ($q1009 < $q1010)))))))
  }
  /** IsMyLearner(i, j): tla/specs/Zab.tla, line 122. */
  function IsMyLearner_2($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (($s.learners[i_]! >> j_) & 1) === 1
  }
  /** IsMyLeader(i, j): tla/specs/Zab.tla, line 123. */
  function IsMyLeader_2($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return ($s.connectInfo[i_]! === j_)
  }
  /** PrimaryIntegrity(): tla/specs/Zab.tla, lines 1237-1247. */
  function PrimaryIntegrity($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q1011: number): boolean => R.everyBit(ALL, nServers, ($q1012: number): boolean => (!(IsLeader_2($s, null, $q1011) && IsMyLearner_2($s, null, $q1011, $q1012) && IsFollower_2($s, null, $q1012) && IsMyLeader_2($s, null, $q1012, $q1011) && ($s.zabState[$q1011]! === -4) && ($s.zabState[$q1012]! === -4) && ($s.lastCommitted[$q1012]!.index >= 1)) || R.range(1, $s.lastCommitted[$q1012]!.index).every(($q1015: number): boolean => ((R.at(R.at($s.history[$q1012]!, $q1015).zxid, 1) >= $s.currentEpoch[$q1011]!) || ((R.at(R.at($s.history[$q1012]!, $q1015).zxid, 1) < $s.currentEpoch[$q1011]!) && R.range(1, $s.lastCommitted[$q1011]!.index).some(($q1016: number): boolean => TxnEqual($s, null, R.at($s.history[$q1011]!, $q1016), R.at($s.history[$q1012]!, $q1015)))))))))
  }
  /** UpdateLeader(i) as an action: tla/specs/Zab.tla, lines 395-404. */
  function UpdateLeader_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(IsLooking($s, $n, i_))) return
    if (!(!($s.leaderOracle === i_))) return
    if (!$n.bind(12, i_)) return
    const i$0 = i_
    // SwitchToLeader: tla/specs/Zab.tla, lines 346-361
    {
    if (!$n.bind(0, (($o1: ReadonlyArray<number>, $k2: number) => R.setAt($o1, $k2, -11))($s.state, i$0))) return
    if (!$n.bind(1, (($o3: ReadonlyArray<number>, $k4: number) => R.setAt($o3, $k4, -8))($s.zabState, i$0))) return
    if (!$n.bind(6, (($o5: ReadonlyArray<number>, $k6: number) => R.setAt($o5, $k6, ((1 << i$0))))($s.learners, i$0))) return
    if (!$n.bind(7, (($o7: ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>, $k8: number) => R.setAt($o7, $k8, R.sortedArray([({ connected: true, epoch: $s.acceptedEpoch[i$0]!, sid: i$0 })], (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q))))($s.cepochRecv, i$0))) return
    if (!$n.bind(8, (($o9: ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>, $k10: number) => R.setAt($o9, $k10, R.sortedArray([({ connected: true, peerHistory: $s.history[i$0]!, peerLastEpoch: $s.currentEpoch[i$0]!, sid: i$0 })], (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q))))($s.ackeRecv, i$0))) return
    if (!$n.bind(9, (($o11: ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>, $k12: number) => R.setAt($o11, $k12, R.sortedArray([({ connected: true, sid: i$0 })], (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q))))($s.ackldRecv, i$0))) return
    if (!$n.bind(10, (($o13: ReadonlyArray<number>, $k14: number) => R.setAt($o13, $k14, 0))($s.sendCounter, i$0))) return
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(11, $s.connectInfo) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants) && $n.bind(13, $s.msgs))) return
    const pc$15 = T.tuple(["UpdateLeader", atomValue(i_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r38) => ({ maxEpoch: $r38.maxEpoch, nClientRequest: $r38.nClientRequest, nRestart: $r38.nRestart, nTimeout: $r38.nTimeout, nTransaction: $r38.nTransaction, pc: T.seq($r38.pc).items.map((e) => e) }))((($r32: { readonly nRestart: number; readonly nTimeout: number }, $r33: { readonly nTransaction: number }, $r34: { readonly maxEpoch: number }, $r35: { readonly pc: T.Value }, $r36: { readonly nClientRequest: number }, _$r37: Recorder) => ({ maxEpoch: $r34.maxEpoch, nClientRequest: $r36.nClientRequest, nRestart: $r32.nRestart, nTimeout: $r32.nTimeout, nTransaction: $r33.nTransaction, pc: $r35.pc }))(RecorderSetFailure($s, $n, pc$15), RecorderSetTransactionNum($s, $n, pc$15), RecorderSetMaxEpoch($s, $n, pc$15), RecorderSetPc($s, $n, pc$15), RecorderSetRequests($s, $n, pc$15), $s.recorder)))) return
    $k($n)
    }
    }
  }
  /** FollowLeader(i) as an action: tla/specs/Zab.tla, lines 404-416. */
  function FollowLeader_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(IsLooking($s, $n, i_))) return
    if (!(!($s.leaderOracle === -15))) return
    const $k39 = (): void => {
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(12, $s.leaderOracle) && $n.bind(11, $s.connectInfo) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants) && $n.bind(13, $s.msgs))) return
    const pc$40 = T.tuple(["FollowLeader", atomValue(i_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r47) => ({ maxEpoch: $r47.maxEpoch, nClientRequest: $r47.nClientRequest, nRestart: $r47.nRestart, nTimeout: $r47.nTimeout, nTransaction: $r47.nTransaction, pc: T.seq($r47.pc).items.map((e) => e) }))((($r41: { readonly nRestart: number; readonly nTimeout: number }, $r42: { readonly nTransaction: number }, $r43: { readonly maxEpoch: number }, $r44: { readonly pc: T.Value }, $r45: { readonly nClientRequest: number }, _$r46: Recorder) => ({ maxEpoch: $r43.maxEpoch, nClientRequest: $r45.nClientRequest, nRestart: $r41.nRestart, nTimeout: $r41.nTimeout, nTransaction: $r42.nTransaction, pc: $r44.pc }))(RecorderSetFailure($s, $n, pc$40), RecorderSetTransactionNum($s, $n, pc$40), RecorderSetMaxEpoch($s, $n, pc$40), RecorderSetPc($s, $n, pc$40), RecorderSetRequests($s, $n, pc$40), $s.recorder)))) return
    $k($n)
    }
    }
    const $m48 = $n.mark()
    or49: {
    if (!(($s.leaderOracle === i_))) break or49
    const i$50 = i_
    // SwitchToLeader: tla/specs/Zab.tla, lines 346-361
    {
    if (!$n.bind(0, (($o51: ReadonlyArray<number>, $k52: number) => R.setAt($o51, $k52, -11))($s.state, i$50))) break or49
    if (!$n.bind(1, (($o53: ReadonlyArray<number>, $k54: number) => R.setAt($o53, $k54, -8))($s.zabState, i$50))) break or49
    if (!$n.bind(6, (($o55: ReadonlyArray<number>, $k56: number) => R.setAt($o55, $k56, ((1 << i$50))))($s.learners, i$50))) break or49
    if (!$n.bind(7, (($o57: ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>, $k58: number) => R.setAt($o57, $k58, R.sortedArray([({ connected: true, epoch: $s.acceptedEpoch[i$50]!, sid: i$50 })], (p: CepochRecvOfItem, q: CepochRecvOfItem): number => cmpCepochRecvOfItem(p, q))))($s.cepochRecv, i$50))) break or49
    if (!$n.bind(8, (($o59: ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>, $k60: number) => R.setAt($o59, $k60, R.sortedArray([({ connected: true, peerHistory: $s.history[i$50]!, peerLastEpoch: $s.currentEpoch[i$50]!, sid: i$50 })], (p: AckeRecvOfItem, q: AckeRecvOfItem): number => cmpAckeRecvOfItem(p, q))))($s.ackeRecv, i$50))) break or49
    if (!$n.bind(9, (($o61: ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>, $k62: number) => R.setAt($o61, $k62, R.sortedArray([({ connected: true, sid: i$50 })], (p: AckldRecvOfItem, q: AckldRecvOfItem): number => cmpAckldRecvOfItem(p, q))))($s.ackldRecv, i$50))) break or49
    if (!$n.bind(10, (($o63: ReadonlyArray<number>, $k64: number) => R.setAt($o63, $k64, 0))($s.sendCounter, i$50))) break or49
    $k39()
    }
    }
    $n.undo($m48)
    or65: {
    if (!(!($s.leaderOracle === i_))) break or65
    const i$66 = i_
    // SwitchToFollower: tla/specs/Zab.tla, lines 342-346
    {
    if (!$n.bind(0, (($o67: ReadonlyArray<number>, $k68: number) => R.setAt($o67, $k68, -10))($s.state, i$66))) break or65
    if (!$n.bind(1, (($o69: ReadonlyArray<number>, $k70: number) => R.setAt($o69, $k70, -8))($s.zabState, i$66))) break or65
    if (!($n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter))) break or65
    $k39()
    }
    }
    $n.undo($m48)
  }
  /** Timeout(i, j) as an action: tla/specs/Zab.tla, lines 427-443. */
  function Timeout_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(CheckTimeout($s, $n))) return
    if (!(IsLeader($s, $n, i_))) return
    if (!(IsMyLearner($s, $n, i_, j_))) return
    if (!(IsFollower($s, $n, j_))) return
    if (!(IsMyLeader($s, $n, j_, i_))) return
    {
    let newLearners$71: number | undefined
    const $k72 = (): void => {
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$73 = T.tuple(["Timeout", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r80) => ({ maxEpoch: $r80.maxEpoch, nClientRequest: $r80.nClientRequest, nRestart: $r80.nRestart, nTimeout: $r80.nTimeout, nTransaction: $r80.nTransaction, pc: T.seq($r80.pc).items.map((e) => e) }))((($r74: { readonly nRestart: number; readonly nTimeout: number }, $r75: { readonly nTransaction: number }, $r76: { readonly maxEpoch: number }, $r77: { readonly pc: T.Value }, $r78: { readonly nClientRequest: number }, _$r79: Recorder) => ({ maxEpoch: $r76.maxEpoch, nClientRequest: $r78.nClientRequest, nRestart: $r74.nRestart, nTimeout: $r74.nTimeout, nTransaction: $r75.nTransaction, pc: $r77.pc }))(RecorderSetFailure($s, $n, pc$73), RecorderSetTransactionNum($s, $n, pc$73), RecorderSetMaxEpoch($s, $n, pc$73), RecorderSetPc($s, $n, pc$73), RecorderSetRequests($s, $n, pc$73), $s.recorder)))) return
    $k($n)
    }
    }
    const $m81 = $n.mark()
    or82: {
    if (!(IsQuorum($s, $n, (newLearners$71 ??= ($s.learners[i_]! & ~((1 << j_))))))) break or82
    const i$84 = i_
    const j$85 = j_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, (($o86: ReadonlyArray<number>, $k87: number) => R.setAt($o86, $k87, ($o86[$k87]! & ~((1 << j$85)))))($s.learners, i$84))) break or82
    if (!$n.bind(7, (($o88: ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>, $k89: number) => R.setAt($o88, $k89, RemoveCepochRecv($s, $n, $o88[$k89]!, j$85)))($s.cepochRecv, i$84))) break or82
    if (!$n.bind(8, (($o95: ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>, $k96: number) => R.setAt($o95, $k96, RemoveAckeRecv($s, $n, $o95[$k96]!, j$85)))($s.ackeRecv, i$84))) break or82
    if (!$n.bind(9, (($o102: ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>, $k103: number) => R.setAt($o102, $k103, RemoveAckldRecv($s, $n, $o102[$k103]!, j$85)))($s.ackldRecv, i$84))) break or82
    const i$109 = j_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, (($o110: ReadonlyArray<number>, $k111: number) => R.setAt($o110, $k111, -12))($s.state, i$109))) break or82
    if (!$n.bind(1, (($o112: ReadonlyArray<number>, $k113: number) => R.setAt($o112, $k113, -9))($s.zabState, i$109))) break or82
    if (!$n.bind(11, (($o114: ReadonlyArray<number>, $k115: number) => R.setAt($o114, $k115, -15))($s.connectInfo, i$109))) break or82
    const i$116 = i_
    const j$117 = j_
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o122: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k123: number) => R.setAt($o122, $k123, (($o124: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k125: number) => R.setAt($o124, $k125, []))($o122[$k123]!, j$117)))((($o118: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k119: number) => R.setAt($o118, $k119, (($o120: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k121: number) => R.setAt($o120, $k121, []))($o118[$k119]!, i$116)))($s.msgs, j$117), i$116))) break or82
    $k72()
    }
    }
    }
    }
    $n.undo($m81)
    or126: {
    if (!(!IsQuorum($s, $n, (newLearners$71 ??= ($s.learners[i_]! & ~((1 << j_))))))) break or126
    const i$127 = i_
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$128: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x129: number) => ((((S$128 ??= $s.learners[i$127]!) >> $x129) & 1) === 1 ? -12 : $s.state[$x129]!)))) break or126
    if (!$n.bind(1, R.arrayOf(nServers, ($x130: number) => ((((S$128 ??= $s.learners[i$127]!) >> $x130) & 1) === 1 ? -9 : $s.zabState[$x130]!)))) break or126
    if (!$n.bind(11, R.arrayOf(nServers, ($x131: number) => ((((S$128 ??= $s.learners[i$127]!) >> $x131) & 1) === 1 ? -15 : $s.connectInfo[$x131]!)))) break or126
    const S$132 = (S$128 ??= $s.learners[i$127]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x133: number) => R.arrayOf(nServers, ($x134: number) => (((S$132 >> $x134) & 1) === 1 ? [] : $s.msgs[$x133]![$x134]!))))) break or126
    if (!$n.bind(6, (($o135: ReadonlyArray<number>, $k136: number) => R.setAt($o135, $k136, 0))($s.learners, i$127))) break or126
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or126
    $k72()
    }
    }
    }
    }
    $n.undo($m81)
    }
  }
  /** Restart(i) as an action: tla/specs/Zab.tla, lines 443-473. */
  function Restart_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(CheckRestart($s, $n))) return
    const $k137 = (): void => {
    if (!$n.bind(5, (($o138: ReadonlyArray<LastCommittedOf>, $k139: number) => R.setAt($o138, $k139, ({ index: 0, zxid: [0, 0] })))($s.lastCommitted, i_))) return
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$140 = T.tuple(["Restart", atomValue(i_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r147) => ({ maxEpoch: $r147.maxEpoch, nClientRequest: $r147.nClientRequest, nRestart: $r147.nRestart, nTimeout: $r147.nTimeout, nTransaction: $r147.nTransaction, pc: T.seq($r147.pc).items.map((e) => e) }))((($r141: { readonly nRestart: number; readonly nTimeout: number }, $r142: { readonly nTransaction: number }, $r143: { readonly maxEpoch: number }, $r144: { readonly pc: T.Value }, $r145: { readonly nClientRequest: number }, _$r146: Recorder) => ({ maxEpoch: $r143.maxEpoch, nClientRequest: $r145.nClientRequest, nRestart: $r141.nRestart, nTimeout: $r141.nTimeout, nTransaction: $r142.nTransaction, pc: $r144.pc }))(RecorderSetFailure($s, $n, pc$140), RecorderSetTransactionNum($s, $n, pc$140), RecorderSetMaxEpoch($s, $n, pc$140), RecorderSetPc($s, $n, pc$140), RecorderSetRequests($s, $n, pc$140), $s.recorder)))) return
    $k($n)
    }
    }
    const $m148 = $n.mark()
    or149: {
    if (!(IsLooking($s, $n, i_))) break or149
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(6, $s.learners) && $n.bind(11, $s.connectInfo) && $n.bind(13, $s.msgs) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or149
    $k137()
    }
    $n.undo($m148)
    or150: {
    if (!(IsFollower($s, $n, i_))) break or150
    {
    let connectedWithLeader$151: boolean | undefined
    const $k152 = (): void => {
    $k137()
    }
    const $m153 = $n.mark()
    or154: {
    if (!((connectedWithLeader$151 ??= HasLeader($s, $n, i_)))) break or154
    {
    let leader$155: number | undefined
    let newLearners$156: number | undefined
    const $k157 = (): void => {
    $k152()
    }
    const $m158 = $n.mark()
    or159: {
    if (!(IsQuorum($s, $n, (newLearners$156 ??= ($s.learners[(leader$155 ??= $s.connectInfo[i_]!)]! & ~((1 << i_))))))) break or159
    const i$160 = (leader$155 ??= $s.connectInfo[i_]!)
    const j$161 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, (($o162: ReadonlyArray<number>, $k163: number) => R.setAt($o162, $k163, ($o162[$k163]! & ~((1 << j$161)))))($s.learners, i$160))) break or159
    if (!$n.bind(7, (($o164: ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>, $k165: number) => R.setAt($o164, $k165, RemoveCepochRecv($s, $n, $o164[$k165]!, j$161)))($s.cepochRecv, i$160))) break or159
    if (!$n.bind(8, (($o166: ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>, $k167: number) => R.setAt($o166, $k167, RemoveAckeRecv($s, $n, $o166[$k167]!, j$161)))($s.ackeRecv, i$160))) break or159
    if (!$n.bind(9, (($o168: ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>, $k169: number) => R.setAt($o168, $k169, RemoveAckldRecv($s, $n, $o168[$k169]!, j$161)))($s.ackldRecv, i$160))) break or159
    const i$170 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, (($o171: ReadonlyArray<number>, $k172: number) => R.setAt($o171, $k172, -12))($s.state, i$170))) break or159
    if (!$n.bind(1, (($o173: ReadonlyArray<number>, $k174: number) => R.setAt($o173, $k174, -9))($s.zabState, i$170))) break or159
    if (!$n.bind(11, (($o175: ReadonlyArray<number>, $k176: number) => R.setAt($o175, $k176, -15))($s.connectInfo, i$170))) break or159
    const i$177 = (leader$155 ??= $s.connectInfo[i_]!)
    const j$178 = i_
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o183: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k184: number) => R.setAt($o183, $k184, (($o185: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k186: number) => R.setAt($o185, $k186, []))($o183[$k184]!, j$178)))((($o179: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k180: number) => R.setAt($o179, $k180, (($o181: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k182: number) => R.setAt($o181, $k182, []))($o179[$k180]!, i$177)))($s.msgs, j$178), i$177))) break or159
    $k157()
    }
    }
    }
    }
    $n.undo($m158)
    or187: {
    if (!(!IsQuorum($s, $n, (newLearners$156 ??= ($s.learners[(leader$155 ??= $s.connectInfo[i_]!)]! & ~((1 << i_))))))) break or187
    const i$188 = (leader$155 ??= $s.connectInfo[i_]!)
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$189: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x190: number) => ((((S$189 ??= $s.learners[i$188]!) >> $x190) & 1) === 1 ? -12 : $s.state[$x190]!)))) break or187
    if (!$n.bind(1, R.arrayOf(nServers, ($x191: number) => ((((S$189 ??= $s.learners[i$188]!) >> $x191) & 1) === 1 ? -9 : $s.zabState[$x191]!)))) break or187
    if (!$n.bind(11, R.arrayOf(nServers, ($x192: number) => ((((S$189 ??= $s.learners[i$188]!) >> $x192) & 1) === 1 ? -15 : $s.connectInfo[$x192]!)))) break or187
    const S$193 = (S$189 ??= $s.learners[i$188]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x194: number) => R.arrayOf(nServers, ($x195: number) => (((S$193 >> $x195) & 1) === 1 ? [] : $s.msgs[$x194]![$x195]!))))) break or187
    if (!$n.bind(6, (($o196: ReadonlyArray<number>, $k197: number) => R.setAt($o196, $k197, 0))($s.learners, i$188))) break or187
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or187
    $k157()
    }
    }
    }
    }
    $n.undo($m158)
    }
    }
    $n.undo($m153)
    or198: {
    if (!(!(connectedWithLeader$151 ??= HasLeader($s, $n, i_)))) break or198
    const i$199 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, (($o200: ReadonlyArray<number>, $k201: number) => R.setAt($o200, $k201, -12))($s.state, i$199))) break or198
    if (!$n.bind(1, (($o202: ReadonlyArray<number>, $k203: number) => R.setAt($o202, $k203, -9))($s.zabState, i$199))) break or198
    if (!$n.bind(11, (($o204: ReadonlyArray<number>, $k205: number) => R.setAt($o204, $k205, -15))($s.connectInfo, i$199))) break or198
    const S$206 = ((1 << i_))
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x207: number) => R.arrayOf(nServers, ($x208: number) => (((S$206 >> $x208) & 1) === 1 ? [] : $s.msgs[$x207]![$x208]!))))) break or198
    if (!($n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or198
    $k152()
    }
    }
    }
    $n.undo($m153)
    }
    }
    $n.undo($m148)
    or209: {
    if (!(IsLeader($s, $n, i_))) break or209
    const i$210 = i_
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$211: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x212: number) => ((((S$211 ??= $s.learners[i$210]!) >> $x212) & 1) === 1 ? -12 : $s.state[$x212]!)))) break or209
    if (!$n.bind(1, R.arrayOf(nServers, ($x213: number) => ((((S$211 ??= $s.learners[i$210]!) >> $x213) & 1) === 1 ? -9 : $s.zabState[$x213]!)))) break or209
    if (!$n.bind(11, R.arrayOf(nServers, ($x214: number) => ((((S$211 ??= $s.learners[i$210]!) >> $x214) & 1) === 1 ? -15 : $s.connectInfo[$x214]!)))) break or209
    const S$215 = (S$211 ??= $s.learners[i$210]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x216: number) => R.arrayOf(nServers, ($x217: number) => (((S$215 >> $x217) & 1) === 1 ? [] : $s.msgs[$x216]![$x217]!))))) break or209
    if (!$n.bind(6, (($o218: ReadonlyArray<number>, $k219: number) => R.setAt($o218, $k219, 0))($s.learners, i$210))) break or209
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or209
    $k137()
    }
    }
    }
    }
    $n.undo($m148)
  }
  /** ConnectAndFollowerSendCEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 475-486. */
  function ConnectAndFollowerSendCEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(!IsMyLearner($s, $n, i_, j_))) return
    if (!(IsFollower($s, $n, j_))) return
    if (!(HasNoLeader($s, $n, j_))) return
    if (!(($s.leaderOracle === i_))) return
    if (!$n.bind(6, (($o220: ReadonlyArray<number>, $k221: number) => R.setAt($o220, $k221, ($o220[$k221]! | ((1 << j_)))))($s.learners, i_))) return
    if (!$n.bind(11, (($o222: ReadonlyArray<number>, $k223: number) => R.setAt($o222, $k223, i_))($s.connectInfo, j_))) return
    const i$224 = j_
    const j$225 = i_
    const m$226 = ({ mepoch: $s.acceptedEpoch[j_]!, mtype: -5 })
    // Send: tla/specs/Zab.tla, lines 213-213
    {
    if (!$n.bind(13, (($o227: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k228: number) => R.setAt($o227, $k228, (($o229: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k230: number) => R.setAt($o229, $k230, [...$s.msgs[i$224]![j$225]!, (($r231) => ({ $v: 2, mdata: undefined, mepoch: $r231.mepoch, mhistory: undefined, mtype: $r231.mtype, mzxid: undefined }))(m$226)]))($o227[$k228]!, j$225)))($s.msgs, i$224))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter))) return
    const pc$232 = T.tuple(["ConnectAndFollowerSendCEPOCH", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r239) => ({ maxEpoch: $r239.maxEpoch, nClientRequest: $r239.nClientRequest, nRestart: $r239.nRestart, nTimeout: $r239.nTimeout, nTransaction: $r239.nTransaction, pc: T.seq($r239.pc).items.map((e) => e) }))((($r233: { readonly nRestart: number; readonly nTimeout: number }, $r234: { readonly nTransaction: number }, $r235: { readonly maxEpoch: number }, $r236: { readonly pc: T.Value }, $r237: { readonly nClientRequest: number }, _$r238: Recorder) => ({ maxEpoch: $r235.maxEpoch, nClientRequest: $r237.nClientRequest, nRestart: $r233.nRestart, nTimeout: $r233.nTimeout, nTransaction: $r234.nTransaction, pc: $r236.pc }))(RecorderSetFailure($s, $n, pc$232), RecorderSetTransactionNum($s, $n, pc$232), RecorderSetMaxEpoch($s, $n, pc$232), RecorderSetPc($s, $n, pc$232), RecorderSetRequests($s, $n, pc$232), $s.recorder)))) return
    $k($n)
    }
    }
  }
  /** LeaderProcessCEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 511-553. */
  function LeaderProcessCEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(CheckEpoch($s, $n))) return
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingCEPOCH($s, $n, i_, j_))) return
    {
    let msg$240: MsgsOfOfItem | undefined
    let infoOk$241: boolean | undefined
    if (!((infoOk$241 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $k242 = (): void => {
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$243 = T.tuple(["LeaderProcessCEPOCH", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r250) => ({ maxEpoch: $r250.maxEpoch, nClientRequest: $r250.nClientRequest, nRestart: $r250.nRestart, nTimeout: $r250.nTimeout, nTransaction: $r250.nTransaction, pc: T.seq($r250.pc).items.map((e) => e) }))((($r244: { readonly nRestart: number; readonly nTimeout: number }, $r245: { readonly nTransaction: number }, $r246: { readonly maxEpoch: number }, $r247: { readonly pc: T.Value }, $r248: { readonly nClientRequest: number }, _$r249: Recorder) => ({ maxEpoch: $r246.maxEpoch, nClientRequest: $r248.nClientRequest, nRestart: $r244.nRestart, nTimeout: $r244.nTimeout, nTransaction: $r245.nTransaction, pc: $r247.pc }))(RecorderSetFailure($s, $n, pc$243), RecorderSetTransactionNum($s, $n, pc$243), RecorderSetMaxEpoch($s, $n, pc$243), RecorderSetPc($s, $n, pc$243), RecorderSetRequests($s, $n, pc$243), $s.recorder)))) return
    $k($n)
    }
    }
    const $m251 = $n.mark()
    or252: {
    if (!(!CepochRecvQuorumFormed($s, $n, i_))) break or252
    const $k255 = (): void => {
    if (!$n.bind(7, (($o256: ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>, $k257: number) => R.setAt($o256, $k257, UpdateCepochRecv($s, $n, $o256[$k257]!, j_, R.defined((msg$240 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))($s.cepochRecv, i_))) return
    const $k264 = (): void => {
    $k242()
    }
    const $m265 = $n.mark()
    or266: {
    if (!(CepochRecvBecomeQuorum($s, $n, i_))) break or266
    if (!$n.bind(2, (($o269: ReadonlyArray<number>, $k270: number) => R.setAt($o269, $k270, DetermineNewEpoch($s, $n, i_)))($s.acceptedEpoch, i_))) break or266
    {
    let m$275: { readonly mepoch: number; readonly mtype: number } | undefined
    const i$276 = i_
    const j$277 = j_
    const m$278 = (m$275 ??= ({ mepoch: (R.primed($n, 2) as ReadonlyArray<number>)[i_]!, mtype: -13 }))
    // DiscardAndBroadcastNEWEPOCH: tla/specs/Zab.tla, lines 254-262
    {
    {
    let new_cepochRecv_quorum$280: ReadonlyArray<CepochRecvOfItem> | undefined
    let new_sid_cepochRecv$282: number | undefined
    if (!$n.bind(13, (($o287: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k288: number) => R.setAt($o287, $k288, R.arrayOf(nServers, ($x289: number) => (((((new_sid_cepochRecv$282 ??= (new_cepochRecv_quorum$280 ??= (R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i$276]!.filter(($f279: CepochRecvOfItem): boolean => ($f279.connected === true))).reduce((m: number, $m281: CepochRecvOfItem) => m | (1 << $m281.sid), 0)) >> $x289) & 1) === 1 && (($s.learners[i$276]! >> $x289) & 1) === 1 && !($x289 === i$276)) ? [...$s.msgs[i$276]![$x289]!, (($r290) => ({ $v: 2, mdata: undefined, mepoch: $r290.mepoch, mhistory: undefined, mtype: $r290.mtype, mzxid: undefined }))(m$278)] : $s.msgs[i$276]![$x289]!))))((($o283: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k284: number) => R.setAt($o283, $k284, (($o285: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k286: number) => R.setAt($o285, $k286, R.tail($s.msgs[j$277]![i$276]!)))($o283[$k284]!, i$276)))($s.msgs, j$277), i$276))) break or266
    $k264()
    }
    }
    }
    }
    $n.undo($m265)
    or291: {
    if (!(!CepochRecvBecomeQuorum($s, $n, i_))) break or291
    const i$292 = j_
    const j$293 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$292]![j$293]!.length === 0) ? (($o294: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k295: number) => R.setAt($o294, $k295, (($o296: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k297: number) => R.setAt($o296, $k297, R.tail($s.msgs[i$292]![j$293]!)))($o294[$k295]!, j$293)))($s.msgs, i$292) : $s.msgs))) break or291
    if (!($n.bind(2, $s.acceptedEpoch))) break or291
    $k264()
    }
    }
    $n.undo($m265)
    }
    const $m298 = $n.mark()
    or299: {
    if (!(($s.zabState[i_]! === -8))) break or299
    if (!($n.bind(16, $s.violatedInvariants))) break or299
    $k255()
    }
    $n.undo($m298)
    or300: {
    if (!(!($s.zabState[i_]! === -8))) break or300
    if (!(T.printT("Exception: CepochRecvQuorumFormed false, while zabState not DISCOVERY."))) break or300
    if (!$n.bind(16, (($o301: ViolatedInvariants) => ({ ...$o301, stateInconsistent: true }))($s.violatedInvariants))) break or300
    $k255()
    }
    $n.undo($m298)
    }
    $n.undo($m251)
    or302: {
    if (!(CepochRecvQuorumFormed($s, $n, i_))) break or302
    if (!$n.bind(7, (($o303: ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>, $k304: number) => R.setAt($o303, $k304, UpdateCepochRecv($s, $n, $o303[$k304]!, j_, R.defined((msg$240 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))($s.cepochRecv, i_))) break or302
    const i$305 = i_
    const j$306 = j_
    const m$307 = ({ mepoch: $s.acceptedEpoch[i_]!, mtype: -13 })
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o312: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k313: number) => R.setAt($o312, $k313, (($o314: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k315: number) => R.setAt($o314, $k315, [...$s.msgs[i$305]![j$306]!, (($r316) => ({ $v: 2, mdata: undefined, mepoch: $r316.mepoch, mhistory: undefined, mtype: $r316.mtype, mzxid: undefined }))(m$307)]))($o312[$k313]!, j$306)))((($o308: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k309: number) => R.setAt($o308, $k309, (($o310: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k311: number) => R.setAt($o310, $k311, R.tail($s.msgs[j$306]![i$305]!)))($o308[$k309]!, i$305)))($s.msgs, j$306), i$305))) break or302
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(2, $s.acceptedEpoch))) break or302
    $k242()
    }
    }
    $n.undo($m251)
    }
  }
  /** FollowerProcessNEWEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 553-591. */
  function FollowerProcessNEWEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingNEWEPOCH($s, $n, i_, j_))) return
    {
    let msg$317: MsgsOfOfItem | undefined
    let infoOk$318: boolean | undefined
    let stateOk$319: boolean | undefined
    let epochOk$320: boolean | undefined
    if (!((infoOk$318 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k321 = (): void => {
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$322 = T.tuple(["FollowerProcessNEWEPOCH", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r329) => ({ maxEpoch: $r329.maxEpoch, nClientRequest: $r329.nClientRequest, nRestart: $r329.nRestart, nTimeout: $r329.nTimeout, nTransaction: $r329.nTransaction, pc: T.seq($r329.pc).items.map((e) => e) }))((($r323: { readonly nRestart: number; readonly nTimeout: number }, $r324: { readonly nTransaction: number }, $r325: { readonly maxEpoch: number }, $r326: { readonly pc: T.Value }, $r327: { readonly nClientRequest: number }, _$r328: Recorder) => ({ maxEpoch: $r325.maxEpoch, nClientRequest: $r327.nClientRequest, nRestart: $r323.nRestart, nTimeout: $r323.nTimeout, nTransaction: $r324.nTransaction, pc: $r326.pc }))(RecorderSetFailure($s, $n, pc$322), RecorderSetTransactionNum($s, $n, pc$322), RecorderSetMaxEpoch($s, $n, pc$322), RecorderSetPc($s, $n, pc$322), RecorderSetRequests($s, $n, pc$322), $s.recorder)))) return
    $k($n)
    }
    }
    const $m330 = $n.mark()
    or331: {
    if (!((epochOk$320 ??= (R.defined((msg$317 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch) >= $s.acceptedEpoch[i_]!)))) break or331
    const $k332 = (): void => {
    if (!($n.bind(11, $s.connectInfo) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(0, $s.state))) return
    $k321()
    }
    const $m333 = $n.mark()
    or334: {
    if (!((stateOk$319 ??= ($s.zabState[i_]! === -8)))) break or334
    if (!$n.bind(2, (($o335: ReadonlyArray<number>, $k336: number) => R.setAt($o335, $k336, R.defined((msg$317 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch)))($s.acceptedEpoch, i_))) break or334
    {
    let m$337: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    const i$338 = i_
    const j$339 = j_
    const m$340 = (m$337 ??= ({ mepoch: $s.currentEpoch[i_]!, mhistory: $s.history[i_]!, mtype: -2 }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o345: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k346: number) => R.setAt($o345, $k346, (($o347: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k348: number) => R.setAt($o347, $k348, [...$s.msgs[i$338]![j$339]!, (($r349) => ({ $v: 1, mdata: undefined, mepoch: $r349.mepoch, mhistory: $r349.mhistory, mtype: $r349.mtype, mzxid: undefined }))(m$340)]))($o345[$k346]!, j$339)))((($o341: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k342: number) => R.setAt($o341, $k342, (($o343: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k344: number) => R.setAt($o343, $k344, R.tail($s.msgs[j$339]![i$338]!)))($o341[$k342]!, i$338)))($s.msgs, j$339), i$338))) break or334
    if (!$n.bind(1, (($o350: ReadonlyArray<number>, $k351: number) => R.setAt($o350, $k351, -17))($s.zabState, i_))) break or334
    if (!($n.bind(16, $s.violatedInvariants))) break or334
    $k332()
    }
    }
    }
    $n.undo($m333)
    or352: {
    if (!(!(stateOk$319 ??= ($s.zabState[i_]! === -8)))) break or352
    if (!(T.printT("Exception: Follower receives NEWEPOCH, whileZabState not DISCOVERY."))) break or352
    if (!$n.bind(16, (($o353: ViolatedInvariants) => ({ ...$o353, stateInconsistent: true }))($s.violatedInvariants))) break or352
    const i$354 = j_
    const j$355 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$354]![j$355]!.length === 0) ? (($o356: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k357: number) => R.setAt($o356, $k357, (($o358: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k359: number) => R.setAt($o358, $k359, R.tail($s.msgs[i$354]![j$355]!)))($o356[$k357]!, j$355)))($s.msgs, i$354) : $s.msgs))) break or352
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(1, $s.zabState))) break or352
    $k332()
    }
    }
    $n.undo($m333)
    }
    $n.undo($m330)
    or360: {
    if (!(!(epochOk$320 ??= (R.defined((msg$317 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch) >= $s.acceptedEpoch[i_]!)))) break or360
    const i$361 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, (($o362: ReadonlyArray<number>, $k363: number) => R.setAt($o362, $k363, -12))($s.state, i$361))) break or360
    if (!$n.bind(1, (($o364: ReadonlyArray<number>, $k365: number) => R.setAt($o364, $k365, -9))($s.zabState, i$361))) break or360
    if (!$n.bind(11, (($o366: ReadonlyArray<number>, $k367: number) => R.setAt($o366, $k367, -15))($s.connectInfo, i$361))) break or360
    {
    let leader$368: number | undefined
    const i$369 = i_
    const j$370 = (leader$368 ??= $s.connectInfo[i_]!)
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o375: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k376: number) => R.setAt($o375, $k376, (($o377: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k378: number) => R.setAt($o377, $k378, []))($o375[$k376]!, j$370)))((($o371: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k372: number) => R.setAt($o371, $k372, (($o373: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k374: number) => R.setAt($o373, $k374, []))($o371[$k372]!, i$369)))($s.msgs, j$370), i$369))) break or360
    const i$379 = (leader$368 ??= $s.connectInfo[i_]!)
    const j$380 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, (($o381: ReadonlyArray<number>, $k382: number) => R.setAt($o381, $k382, ($o381[$k382]! & ~((1 << j$380)))))($s.learners, i$379))) break or360
    if (!$n.bind(7, (($o383: ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>, $k384: number) => R.setAt($o383, $k384, RemoveCepochRecv($s, $n, $o383[$k384]!, j$380)))($s.cepochRecv, i$379))) break or360
    if (!$n.bind(8, (($o385: ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>, $k386: number) => R.setAt($o385, $k386, RemoveAckeRecv($s, $n, $o385[$k386]!, j$380)))($s.ackeRecv, i$379))) break or360
    if (!$n.bind(9, (($o387: ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>, $k388: number) => R.setAt($o387, $k388, RemoveAckldRecv($s, $n, $o387[$k388]!, j$380)))($s.ackldRecv, i$379))) break or360
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(16, $s.violatedInvariants))) break or360
    $k321()
    }
    }
    }
    }
    }
    $n.undo($m330)
    }
  }
  /** LeaderProcessACKEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 653-716. */
  function LeaderProcessACKEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACKEPOCH($s, $n, i_, j_))) return
    {
    let msg$389: MsgsOfOfItem | undefined
    let infoOk$390: boolean | undefined
    if (!((infoOk$390 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $k391 = (): void => {
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle))) return
    const pc$392 = T.tuple(["LeaderProcessACKEPOCH", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r399) => ({ maxEpoch: $r399.maxEpoch, nClientRequest: $r399.nClientRequest, nRestart: $r399.nRestart, nTimeout: $r399.nTimeout, nTransaction: $r399.nTransaction, pc: T.seq($r399.pc).items.map((e) => e) }))((($r393: { readonly nRestart: number; readonly nTimeout: number }, $r394: { readonly nTransaction: number }, $r395: { readonly maxEpoch: number }, $r396: { readonly pc: T.Value }, $r397: { readonly nClientRequest: number }, _$r398: Recorder) => ({ maxEpoch: $r395.maxEpoch, nClientRequest: $r397.nClientRequest, nRestart: $r393.nRestart, nTimeout: $r393.nTimeout, nTransaction: $r394.nTransaction, pc: $r396.pc }))(RecorderSetFailure($s, $n, pc$392), RecorderSetTransactionNum($s, $n, pc$392), RecorderSetMaxEpoch($s, $n, pc$392), RecorderSetPc($s, $n, pc$392), RecorderSetRequests($s, $n, pc$392), $s.recorder)))) return
    $k($n)
    }
    }
    const $m400 = $n.mark()
    or401: {
    if (!(AckeRecvQuorumFormed($s, $n, i_))) break or401
    if (!$n.bind(8, (($o404: ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>, $k405: number) => R.setAt($o404, $k405, UpdateAckeRecv($s, $n, $o404[$k405]!, j_, R.defined((msg$389 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch), R.defined((msg$389 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory))))($s.ackeRecv, i_))) break or401
    {
    let toSend$411: ReadonlyArray<HistoryOfItem> | undefined
    let m$412: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    let set_forChecking$416: ReadonlyArray<ProposalMsgsLogItem> | undefined
    const i$417 = i_
    const j$418 = j_
    const m$419 = (m$412 ??= ({ mepoch: $s.acceptedEpoch[i_]!, mhistory: (toSend$411 ??= $s.history[i_]!), mtype: -14 }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o424: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k425: number) => R.setAt($o424, $k425, (($o426: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k427: number) => R.setAt($o426, $k427, [...$s.msgs[i$417]![j$418]!, (($r428) => ({ $v: 1, mdata: undefined, mepoch: $r428.mepoch, mhistory: $r428.mhistory, mtype: $r428.mtype, mzxid: undefined }))(m$419)]))($o424[$k425]!, j$418)))((($o420: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k421: number) => R.setAt($o420, $k421, (($o422: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k423: number) => R.setAt($o422, $k423, R.tail($s.msgs[j$418]![i$417]!)))($o420[$k421]!, i$417)))($s.msgs, j$418), i$417))) break or401
    if (!$n.bind(15, R.union($s.proposalMsgsLog, (set_forChecking$416 ??= SetPacketsForChecking($s, $n, 0, i_, $s.acceptedEpoch[i_]!, (toSend$411 ??= $s.history[i_]!), 1, (toSend$411 ??= $s.history[i_]!).length)), (p: ProposalMsgsLogItem, q: ProposalMsgsLogItem): number => cmpProposalMsgsLogItem(p, q)))) break or401
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(1, $s.zabState) && $n.bind(14, $s.epochLeader))) break or401
    $k391()
    }
    }
    }
    $n.undo($m400)
    or429: {
    if (!(!AckeRecvQuorumFormed($s, $n, i_))) break or429
    const $k430 = (): void => {
    if (!$n.bind(8, (($o431: ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>, $k432: number) => R.setAt($o431, $k432, UpdateAckeRecv($s, $n, $o431[$k432]!, j_, R.defined((msg$389 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch), R.defined((msg$389 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory))))($s.ackeRecv, i_))) return
    const $k433 = (): void => {
    $k391()
    }
    const $m434 = $n.mark()
    or435: {
    if (!(AckeRecvBecomeQuorum($s, $n, i_))) break or435
    {
    let newLeaderEpoch$438: number | undefined
    if (!$n.bind(3, (($o439: ReadonlyArray<number>, $k440: number) => R.setAt($o439, $k440, (newLeaderEpoch$438 ??= $s.acceptedEpoch[i_]!)))($s.currentEpoch, i_))) break or435
    if (!$n.bind(14, (($o441: { readonly keys: ReadonlyArray<number>; readonly vals: ReadonlyArray<number> }, $k442: number) => R.fnSet($o441, $k442, (R.fnApply($o441, $k442) | ((1 << i_)))))($s.epochLeader, (newLeaderEpoch$438 ??= $s.acceptedEpoch[i_]!)))) break or435
    {
    let initialHistory$451: ReadonlyArray<HistoryOfItem> | undefined
    if (!$n.bind(4, (($o452: ReadonlyArray<ReadonlyArray<HistoryOfItem>>, $k453: number) => R.setAt($o452, $k453, InitAcksid($s, $n, i_, (initialHistory$451 ??= DetermineInitialHistory($s, $n, i_)))))($s.history, i_))) break or435
    if (!$n.bind(1, (($o458: ReadonlyArray<number>, $k459: number) => R.setAt($o458, $k459, -17))($s.zabState, i_))) break or435
    {
    let toSend$460: ReadonlyArray<HistoryOfItem> | undefined
    let m$461: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    let set_forChecking$462: ReadonlyArray<ProposalMsgsLogItem> | undefined
    const i$463 = i_
    const j$464 = j_
    const m$465 = (m$461 ??= ({ mepoch: $s.acceptedEpoch[i_]!, mhistory: (toSend$460 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!), mtype: -14 }))
    // DiscardAndBroadcastNEWLEADER: tla/specs/Zab.tla, lines 264-272
    {
    {
    let new_ackeRecv_quorum$467: ReadonlyArray<AckeRecvOfItem> | undefined
    let new_sid_ackeRecv$469: number | undefined
    if (!$n.bind(13, (($o474: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k475: number) => R.setAt($o474, $k475, R.arrayOf(nServers, ($x476: number) => (((((new_sid_ackeRecv$469 ??= (new_ackeRecv_quorum$467 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i$463]!.filter(($f466: AckeRecvOfItem): boolean => ($f466.connected === true))).reduce((m: number, $m468: AckeRecvOfItem) => m | (1 << $m468.sid), 0)) >> $x476) & 1) === 1 && (($s.learners[i$463]! >> $x476) & 1) === 1 && !($x476 === i$463)) ? [...$s.msgs[i$463]![$x476]!, (($r477) => ({ $v: 1, mdata: undefined, mepoch: $r477.mepoch, mhistory: $r477.mhistory, mtype: $r477.mtype, mzxid: undefined }))(m$465)] : $s.msgs[i$463]![$x476]!))))((($o470: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k471: number) => R.setAt($o470, $k471, (($o472: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k473: number) => R.setAt($o472, $k473, R.tail($s.msgs[j$464]![i$463]!)))($o470[$k471]!, i$463)))($s.msgs, j$464), i$463))) break or435
    if (!$n.bind(15, R.union($s.proposalMsgsLog, (set_forChecking$462 ??= SetPacketsForChecking($s, $n, 0, i_, $s.acceptedEpoch[i_]!, (toSend$460 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!), 1, (toSend$460 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!).length)), (p: ProposalMsgsLogItem, q: ProposalMsgsLogItem): number => cmpProposalMsgsLogItem(p, q)))) break or435
    $k433()
    }
    }
    }
    }
    }
    }
    $n.undo($m434)
    or478: {
    if (!(!AckeRecvBecomeQuorum($s, $n, i_))) break or478
    const i$479 = j_
    const j$480 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$479]![j$480]!.length === 0) ? (($o481: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k482: number) => R.setAt($o481, $k482, (($o483: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k484: number) => R.setAt($o483, $k484, R.tail($s.msgs[i$479]![j$480]!)))($o481[$k482]!, j$480)))($s.msgs, i$479) : $s.msgs))) break or478
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(1, $s.zabState) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or478
    $k433()
    }
    }
    $n.undo($m434)
    }
    const $m485 = $n.mark()
    or486: {
    if (!(($s.zabState[i_]! === -8))) break or486
    if (!($n.bind(16, $s.violatedInvariants))) break or486
    $k430()
    }
    $n.undo($m485)
    or487: {
    if (!(!($s.zabState[i_]! === -8))) break or487
    if (!(T.printT("Exception: AckeRecvQuorumFormed false, while zabState not DISCOVERY."))) break or487
    if (!$n.bind(16, (($o488: ViolatedInvariants) => ({ ...$o488, stateInconsistent: true }))($s.violatedInvariants))) break or487
    $k430()
    }
    $n.undo($m485)
    }
    $n.undo($m400)
    }
  }
  /** FollowerProcessNEWLEADER(i, j) as an action: tla/specs/Zab.tla, lines 718-753. */
  function FollowerProcessNEWLEADER_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingNEWLEADER($s, $n, i_, j_))) return
    {
    let msg$489: MsgsOfOfItem | undefined
    let infoOk$490: boolean | undefined
    let epochOk$491: boolean | undefined
    let stateOk$492: boolean | undefined
    if (!((infoOk$490 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k493 = (): void => {
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$494 = T.tuple(["FollowerProcessNEWLEADER", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r501) => ({ maxEpoch: $r501.maxEpoch, nClientRequest: $r501.nClientRequest, nRestart: $r501.nRestart, nTimeout: $r501.nTimeout, nTransaction: $r501.nTransaction, pc: T.seq($r501.pc).items.map((e) => e) }))((($r495: { readonly nRestart: number; readonly nTimeout: number }, $r496: { readonly nTransaction: number }, $r497: { readonly maxEpoch: number }, $r498: { readonly pc: T.Value }, $r499: { readonly nClientRequest: number }, _$r500: Recorder) => ({ maxEpoch: $r497.maxEpoch, nClientRequest: $r499.nClientRequest, nRestart: $r495.nRestart, nTimeout: $r495.nTimeout, nTransaction: $r496.nTransaction, pc: $r498.pc }))(RecorderSetFailure($s, $n, pc$494), RecorderSetTransactionNum($s, $n, pc$494), RecorderSetMaxEpoch($s, $n, pc$494), RecorderSetPc($s, $n, pc$494), RecorderSetRequests($s, $n, pc$494), $s.recorder)))) return
    $k($n)
    }
    }
    const $m502 = $n.mark()
    or503: {
    if (!(!(epochOk$491 ??= ($s.acceptedEpoch[i_]! === R.defined((msg$489 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or503
    const i$504 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, (($o505: ReadonlyArray<number>, $k506: number) => R.setAt($o505, $k506, -12))($s.state, i$504))) break or503
    if (!$n.bind(1, (($o507: ReadonlyArray<number>, $k508: number) => R.setAt($o507, $k508, -9))($s.zabState, i$504))) break or503
    if (!$n.bind(11, (($o509: ReadonlyArray<number>, $k510: number) => R.setAt($o509, $k510, -15))($s.connectInfo, i$504))) break or503
    {
    let leader$511: number | undefined
    const i$512 = i_
    const j$513 = (leader$511 ??= $s.connectInfo[i_]!)
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o518: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k519: number) => R.setAt($o518, $k519, (($o520: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k521: number) => R.setAt($o520, $k521, []))($o518[$k519]!, j$513)))((($o514: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k515: number) => R.setAt($o514, $k515, (($o516: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k517: number) => R.setAt($o516, $k517, []))($o514[$k515]!, i$512)))($s.msgs, j$513), i$512))) break or503
    const i$522 = (leader$511 ??= $s.connectInfo[i_]!)
    const j$523 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, (($o524: ReadonlyArray<number>, $k525: number) => R.setAt($o524, $k525, ($o524[$k525]! & ~((1 << j$523)))))($s.learners, i$522))) break or503
    if (!$n.bind(7, (($o526: ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>, $k527: number) => R.setAt($o526, $k527, RemoveCepochRecv($s, $n, $o526[$k527]!, j$523)))($s.cepochRecv, i$522))) break or503
    if (!$n.bind(8, (($o528: ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>, $k529: number) => R.setAt($o528, $k529, RemoveAckeRecv($s, $n, $o528[$k529]!, j$523)))($s.ackeRecv, i$522))) break or503
    if (!$n.bind(9, (($o530: ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>, $k531: number) => R.setAt($o530, $k531, RemoveAckldRecv($s, $n, $o530[$k531]!, j$523)))($s.ackldRecv, i$522))) break or503
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history))) break or503
    $k493()
    }
    }
    }
    }
    }
    $n.undo($m502)
    or532: {
    if (!((epochOk$491 ??= ($s.acceptedEpoch[i_]! === R.defined((msg$489 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or532
    const $k533 = (): void => {
    if (!$n.bind(3, (($o534: ReadonlyArray<number>, $k535: number) => R.setAt($o534, $k535, $s.acceptedEpoch[i_]!))($s.currentEpoch, i_))) return
    if (!$n.bind(4, (($o536: ReadonlyArray<ReadonlyArray<HistoryOfItem>>, $k537: number) => R.setAt($o536, $k537, R.defined((msg$489 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory)))($s.history, i_))) return
    {
    let m$538: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$539 = i_
    const j$540 = j_
    const m$541 = (m$538 ??= ({ mtype: -3, mzxid: LastZxidOfHistory($s, $n, (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!) }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o546: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k547: number) => R.setAt($o546, $k547, (($o548: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k549: number) => R.setAt($o548, $k549, [...$s.msgs[i$539]![j$540]!, (($r550) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r550.mtype, mzxid: $r550.mzxid }))(m$541)]))($o546[$k547]!, j$540)))((($o542: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k543: number) => R.setAt($o542, $k543, (($o544: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k545: number) => R.setAt($o544, $k545, R.tail($s.msgs[j$540]![i$539]!)))($o542[$k543]!, i$539)))($s.msgs, j$540), i$539))) return
    if (!($n.bind(11, $s.connectInfo) && $n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) return
    $k493()
    }
    }
    }
    const $m551 = $n.mark()
    or552: {
    if (!((stateOk$492 ??= ($s.zabState[i_]! === -17)))) break or552
    if (!($n.bind(16, $s.violatedInvariants))) break or552
    $k533()
    }
    $n.undo($m551)
    or553: {
    if (!(!(stateOk$492 ??= ($s.zabState[i_]! === -17)))) break or553
    if (!(T.printT("Exception: Follower receives NEWLEADER, whileZabState not SYNCHRONIZATION."))) break or553
    if (!$n.bind(16, (($o554: ViolatedInvariants) => ({ ...$o554, stateInconsistent: true }))($s.violatedInvariants))) break or553
    $k533()
    }
    $n.undo($m551)
    }
    $n.undo($m502)
    }
  }
  /** LeaderProcessACKLD(i, j) as an action: tla/specs/Zab.tla, lines 787-836. */
  function LeaderProcessACKLD_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACKLD($s, $n, i_, j_))) return
    {
    let msg$555: MsgsOfOfItem | undefined
    let infoOk$556: boolean | undefined
    if (!((infoOk$556 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $k557 = (): void => {
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$558 = T.tuple(["LeaderProcessACKLD", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r565) => ({ maxEpoch: $r565.maxEpoch, nClientRequest: $r565.nClientRequest, nRestart: $r565.nRestart, nTimeout: $r565.nTimeout, nTransaction: $r565.nTransaction, pc: T.seq($r565.pc).items.map((e) => e) }))((($r559: { readonly nRestart: number; readonly nTimeout: number }, $r560: { readonly nTransaction: number }, $r561: { readonly maxEpoch: number }, $r562: { readonly pc: T.Value }, $r563: { readonly nClientRequest: number }, _$r564: Recorder) => ({ maxEpoch: $r561.maxEpoch, nClientRequest: $r563.nClientRequest, nRestart: $r559.nRestart, nTimeout: $r559.nTimeout, nTransaction: $r560.nTransaction, pc: $r562.pc }))(RecorderSetFailure($s, $n, pc$558), RecorderSetTransactionNum($s, $n, pc$558), RecorderSetMaxEpoch($s, $n, pc$558), RecorderSetPc($s, $n, pc$558), RecorderSetRequests($s, $n, pc$558), $s.recorder)))) return
    $k($n)
    }
    }
    const $m566 = $n.mark()
    or567: {
    if (!(!AckldRecvQuorumFormed($s, $n, i_))) break or567
    const $k570 = (): void => {
    if (!$n.bind(9, (($o571: ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>, $k572: number) => R.setAt($o571, $k572, UpdateAckldRecv($s, $n, $o571[$k572]!, j_)))($s.ackldRecv, i_))) return
    if (!$n.bind(4, (($o578: ReadonlyArray<ReadonlyArray<HistoryOfItem>>, $k579: number) => R.setAt($o578, $k579, UpdateAcksid($s, $n, $o578[$k579]!, j_, R.defined((msg$555 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))($s.history, i_))) return
    const $k584 = (): void => {
    $k557()
    }
    const $m585 = $n.mark()
    or586: {
    if (!(AckldRecvBecomeQuorum($s, $n, i_))) break or586
    if (!$n.bind(5, (($o589: ReadonlyArray<LastCommittedOf>, $k590: number) => R.setAt($o589, $k590, ({ index: $s.history[i_]!.length, zxid: LastZxid($s, $n, i_) })))($s.lastCommitted, i_))) break or586
    if (!$n.bind(1, (($o591: ReadonlyArray<number>, $k592: number) => R.setAt($o591, $k592, -4))($s.zabState, i_))) break or586
    {
    let m$593: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$594 = i_
    const j$595 = j_
    const m$596 = (m$593 ??= ({ mtype: -7, mzxid: LastZxid($s, $n, i_) }))
    // DiscardAndBroadcastCOMMITLD: tla/specs/Zab.tla, lines 274-282
    {
    {
    let new_ackldRecv_quorum$598: ReadonlyArray<AckldRecvOfItem> | undefined
    let new_sid_ackldRecv$600: number | undefined
    if (!$n.bind(13, (($o605: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k606: number) => R.setAt($o605, $k606, R.arrayOf(nServers, ($x607: number) => (((((new_sid_ackldRecv$600 ??= (new_ackldRecv_quorum$598 ??= (R.primed($n, 9) as ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>)[i$594]!.filter(($f597: AckldRecvOfItem): boolean => ($f597.connected === true))).reduce((m: number, $m599: AckldRecvOfItem) => m | (1 << $m599.sid), 0)) >> $x607) & 1) === 1 && (($s.learners[i$594]! >> $x607) & 1) === 1 && !($x607 === i$594)) ? [...$s.msgs[i$594]![$x607]!, (($r608) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r608.mtype, mzxid: $r608.mzxid }))(m$596)] : $s.msgs[i$594]![$x607]!))))((($o601: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k602: number) => R.setAt($o601, $k602, (($o603: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k604: number) => R.setAt($o603, $k604, R.tail($s.msgs[j$595]![i$594]!)))($o601[$k602]!, i$594)))($s.msgs, j$595), i$594))) break or586
    $k584()
    }
    }
    }
    }
    $n.undo($m585)
    or609: {
    if (!(!AckldRecvBecomeQuorum($s, $n, i_))) break or609
    const i$610 = j_
    const j$611 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$610]![j$611]!.length === 0) ? (($o612: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k613: number) => R.setAt($o612, $k613, (($o614: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k615: number) => R.setAt($o614, $k615, R.tail($s.msgs[i$610]![j$611]!)))($o612[$k613]!, j$611)))($s.msgs, i$610) : $s.msgs))) break or609
    if (!($n.bind(1, $s.zabState) && $n.bind(5, $s.lastCommitted))) break or609
    $k584()
    }
    }
    $n.undo($m585)
    }
    const $m616 = $n.mark()
    or617: {
    if (!(($s.zabState[i_]! === -17))) break or617
    if (!($n.bind(16, $s.violatedInvariants))) break or617
    $k570()
    }
    $n.undo($m616)
    or618: {
    if (!(!($s.zabState[i_]! === -17))) break or618
    if (!(T.printT("Exception: AckldRecvQuorumFormed false, while zabState not SYNCHRONIZATION."))) break or618
    if (!$n.bind(16, (($o619: ViolatedInvariants) => ({ ...$o619, stateInconsistent: true }))($s.violatedInvariants))) break or618
    $k570()
    }
    $n.undo($m616)
    }
    $n.undo($m566)
    or620: {
    if (!(AckldRecvQuorumFormed($s, $n, i_))) break or620
    const $k621 = (): void => {
    if (!$n.bind(9, (($o622: ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>, $k623: number) => R.setAt($o622, $k623, UpdateAckldRecv($s, $n, $o622[$k623]!, j_)))($s.ackldRecv, i_))) return
    if (!$n.bind(4, (($o624: ReadonlyArray<ReadonlyArray<HistoryOfItem>>, $k625: number) => R.setAt($o624, $k625, UpdateAcksid($s, $n, $o624[$k625]!, j_, R.defined((msg$555 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))($s.history, i_))) return
    const i$626 = i_
    const j$627 = j_
    const m$628 = ({ mtype: -7, mzxid: $s.lastCommitted[i_]!.zxid })
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o633: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k634: number) => R.setAt($o633, $k634, (($o635: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k636: number) => R.setAt($o635, $k636, [...$s.msgs[i$626]![j$627]!, (($r637) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r637.mtype, mzxid: $r637.mzxid }))(m$628)]))($o633[$k634]!, j$627)))((($o629: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k630: number) => R.setAt($o629, $k630, (($o631: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k632: number) => R.setAt($o631, $k632, R.tail($s.msgs[j$627]![i$626]!)))($o629[$k630]!, i$626)))($s.msgs, j$627), i$626))) return
    if (!($n.bind(1, $s.zabState) && $n.bind(5, $s.lastCommitted))) return
    $k557()
    }
    }
    const $m638 = $n.mark()
    or639: {
    if (!(($s.zabState[i_]! === -4))) break or639
    if (!($n.bind(16, $s.violatedInvariants))) break or639
    $k621()
    }
    $n.undo($m638)
    or640: {
    if (!(!($s.zabState[i_]! === -4))) break or640
    if (!(T.printT("Exception: AckldRecvQuorumFormed true, while zabState not BROADCAST."))) break or640
    if (!$n.bind(16, (($o641: ViolatedInvariants) => ({ ...$o641, stateInconsistent: true }))($s.violatedInvariants))) break or640
    $k621()
    }
    $n.undo($m638)
    }
    $n.undo($m566)
    }
  }
  /** FollowerProcessCOMMITLD(i, j) as an action: tla/specs/Zab.tla, lines 855-877. */
  function FollowerProcessCOMMITLD_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingCOMMITLD($s, $n, i_, j_))) return
    {
    let msg$642: MsgsOfOfItem | undefined
    let infoOk$643: boolean | undefined
    let index$648: number | undefined
    let logOk$649: boolean | undefined
    if (!((infoOk$643 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k650 = (): void => {
    if (!$n.bind(5, (($o651: ReadonlyArray<LastCommittedOf>, $k652: number) => R.setAt($o651, $k652, ({ index: (index$648 ??= (ZxidEqual($s, $n, R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))), zxid: R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) })))($s.lastCommitted, i_))) return
    if (!$n.bind(1, (($o653: ReadonlyArray<number>, $k654: number) => R.setAt($o653, $k654, -4))($s.zabState, i_))) return
    const i$655 = j_
    const j$656 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$655]![j$656]!.length === 0) ? (($o657: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k658: number) => R.setAt($o657, $k658, (($o659: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k660: number) => R.setAt($o659, $k660, R.tail($s.msgs[i$655]![j$656]!)))($o657[$k658]!, j$656)))($s.msgs, i$655) : $s.msgs))) return
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$661 = T.tuple(["FollowerProcessCOMMITLD", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r668) => ({ maxEpoch: $r668.maxEpoch, nClientRequest: $r668.nClientRequest, nRestart: $r668.nRestart, nTimeout: $r668.nTimeout, nTransaction: $r668.nTransaction, pc: T.seq($r668.pc).items.map((e) => e) }))((($r662: { readonly nRestart: number; readonly nTimeout: number }, $r663: { readonly nTransaction: number }, $r664: { readonly maxEpoch: number }, $r665: { readonly pc: T.Value }, $r666: { readonly nClientRequest: number }, _$r667: Recorder) => ({ maxEpoch: $r664.maxEpoch, nClientRequest: $r666.nClientRequest, nRestart: $r662.nRestart, nTimeout: $r662.nTimeout, nTransaction: $r663.nTransaction, pc: $r665.pc }))(RecorderSetFailure($s, $n, pc$661), RecorderSetTransactionNum($s, $n, pc$661), RecorderSetMaxEpoch($s, $n, pc$661), RecorderSetPc($s, $n, pc$661), RecorderSetRequests($s, $n, pc$661), $s.recorder)))) return
    $k($n)
    }
    }
    }
    const $m669 = $n.mark()
    or670: {
    if (!((logOk$649 ??= (((index$648 ??= (ZxidEqual($s, $n, R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) >= 0) && ((index$648 ??= (ZxidEqual($s, $n, R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) <= $s.history[i_]!.length))))) break or670
    if (!($n.bind(16, $s.violatedInvariants))) break or670
    $k650()
    }
    $n.undo($m669)
    or671: {
    if (!(!(logOk$649 ??= (((index$648 ??= (ZxidEqual($s, $n, R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) >= 0) && ((index$648 ??= (ZxidEqual($s, $n, R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$642 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) <= $s.history[i_]!.length))))) break or671
    if (!(T.printT("Exception: zxid in COMMITLD not exists in history."))) break or671
    if (!$n.bind(16, (($o672: ViolatedInvariants) => ({ ...$o672, proposalInconsistent: true }))($s.violatedInvariants))) break or671
    $k650()
    }
    $n.undo($m669)
    }
  }
  /** LeaderProcessRequest(i) as an action: tla/specs/Zab.tla, lines 886-901. */
  function LeaderProcessRequest_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(CheckTransactionNum($s, $n))) return
    if (!(IsLeader($s, $n, i_))) return
    if (!(($s.zabState[i_]! === -4))) return
    {
    let request_value$673: number | undefined
    let newTxn$674: HistoryOfItem | undefined
    if (!$n.bind(4, (($o675: ReadonlyArray<ReadonlyArray<HistoryOfItem>>, $k676: number) => R.setAt($o675, $k676, [...$o675[$k676]!, (newTxn$674 ??= ({ ackSid: ((1 << i_)), epoch: $s.currentEpoch[i_]!, value: (request_value$673 ??= GetRecorder($s, $n, "nClientRequest")), zxid: IncZxid($s, $n, i_, LastZxid($s, $n, i_)) }))]))($s.history, i_))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(13, $s.msgs) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$677 = T.tuple(["LeaderProcessRequest", atomValue(i_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r684) => ({ maxEpoch: $r684.maxEpoch, nClientRequest: $r684.nClientRequest, nRestart: $r684.nRestart, nTimeout: $r684.nTimeout, nTransaction: $r684.nTransaction, pc: T.seq($r684.pc).items.map((e) => e) }))((($r678: { readonly nRestart: number; readonly nTimeout: number }, $r679: { readonly nTransaction: number }, $r680: { readonly maxEpoch: number }, $r681: { readonly pc: T.Value }, $r682: { readonly nClientRequest: number }, _$r683: Recorder) => ({ maxEpoch: $r680.maxEpoch, nClientRequest: $r682.nClientRequest, nRestart: $r678.nRestart, nTimeout: $r678.nTimeout, nTransaction: $r679.nTransaction, pc: $r681.pc }))(RecorderSetFailure($s, $n, pc$677), RecorderSetTransactionNum($s, $n, pc$677), RecorderSetMaxEpoch($s, $n, pc$677), RecorderSetPc($s, $n, pc$677), RecorderSetRequests($s, $n, pc$677), $s.recorder)))) return
    $k($n)
    }
    }
  }
  /** LeaderBroadcastPROPOSE(i) as an action: tla/specs/Zab.tla, lines 905-927. */
  function LeaderBroadcastPROPOSE_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(($s.zabState[i_]! === -4))) return
    if (!(($s.sendCounter[i_]! < CurrentCounter($s, $n, i_)))) return
    {
    let toSendCounter$685: number | undefined
    let toSendZxid$686: ReadonlyArray<number> | undefined
    let toSendIndex$687: number | undefined
    let toSendTxn$688: HistoryOfItem | undefined
    let m_proposal$689: { readonly mdata: number; readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    let m_proposal_forChecking$690: ProposalMsgsLogItem | undefined
    if (!$n.bind(10, (($o691: ReadonlyArray<number>, $k692: number) => R.setAt($o691, $k692, (toSendCounter$685 ??= ($s.sendCounter[i_]! + 1))))($s.sendCounter, i_))) return
    const i$693 = i_
    const m$694 = (m_proposal$689 ??= ({ mdata: (toSendTxn$688 ??= R.at($s.history[i_]!, (toSendIndex$687 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$686 ??= [$s.currentEpoch[i_]!, (toSendCounter$685 ??= ($s.sendCounter[i_]! + 1))]))))).value, mtype: -16, mzxid: (toSendTxn$688 ??= R.at($s.history[i_]!, (toSendIndex$687 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$686 ??= [$s.currentEpoch[i_]!, (toSendCounter$685 ??= ($s.sendCounter[i_]! + 1))]))))).zxid }))
    // Broadcast: tla/specs/Zab.tla, lines 232-239
    {
    {
    let ackeRecv_quorum$696: ReadonlyArray<AckeRecvOfItem> | undefined
    let sid_ackeRecv$698: number | undefined
    if (!$n.bind(13, (($o699: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k700: number) => R.setAt($o699, $k700, R.arrayOf(nServers, ($x701: number) => (((((sid_ackeRecv$698 ??= (ackeRecv_quorum$696 ??= $s.ackeRecv[i$693]!.filter(($f695: AckeRecvOfItem): boolean => ($f695.connected === true))).reduce((m: number, $m697: AckeRecvOfItem) => m | (1 << $m697.sid), 0)) >> $x701) & 1) === 1 && (($s.learners[i$693]! >> $x701) & 1) === 1 && !($x701 === i$693)) ? [...$s.msgs[i$693]![$x701]!, (($r702) => ({ $v: 0, mdata: $r702.mdata, mepoch: undefined, mhistory: undefined, mtype: $r702.mtype, mzxid: $r702.mzxid }))(m$694)] : $s.msgs[i$693]![$x701]!))))($s.msgs, i$693))) return
    if (!$n.bind(15, R.union($s.proposalMsgsLog, R.sortedArray([(m_proposal_forChecking$690 ??= ({ data: (toSendTxn$688 ??= R.at($s.history[i_]!, (toSendIndex$687 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$686 ??= [$s.currentEpoch[i_]!, (toSendCounter$685 ??= ($s.sendCounter[i_]! + 1))]))))).value, epoch: $s.currentEpoch[i_]!, source: i_, zxid: (toSendTxn$688 ??= R.at($s.history[i_]!, (toSendIndex$687 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$686 ??= [$s.currentEpoch[i_]!, (toSendCounter$685 ??= ($s.sendCounter[i_]! + 1))]))))).zxid }))], (p: ProposalMsgsLogItem, q: ProposalMsgsLogItem): number => cmpProposalMsgsLogItem(p, q)), (p: ProposalMsgsLogItem, q: ProposalMsgsLogItem): number => cmpProposalMsgsLogItem(p, q)))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$703 = T.tuple(["LeaderBroadcastPROPOSE", atomValue(i_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r710) => ({ maxEpoch: $r710.maxEpoch, nClientRequest: $r710.nClientRequest, nRestart: $r710.nRestart, nTimeout: $r710.nTimeout, nTransaction: $r710.nTransaction, pc: T.seq($r710.pc).items.map((e) => e) }))((($r704: { readonly nRestart: number; readonly nTimeout: number }, $r705: { readonly nTransaction: number }, $r706: { readonly maxEpoch: number }, $r707: { readonly pc: T.Value }, $r708: { readonly nClientRequest: number }, _$r709: Recorder) => ({ maxEpoch: $r706.maxEpoch, nClientRequest: $r708.nClientRequest, nRestart: $r704.nRestart, nTimeout: $r704.nTimeout, nTransaction: $r705.nTransaction, pc: $r707.pc }))(RecorderSetFailure($s, $n, pc$703), RecorderSetTransactionNum($s, $n, pc$703), RecorderSetMaxEpoch($s, $n, pc$703), RecorderSetPc($s, $n, pc$703), RecorderSetRequests($s, $n, pc$703), $s.recorder)))) return
    $k($n)
    }
    }
    }
    }
  }
  /** FollowerProcessPROPOSE(i, j) as an action: tla/specs/Zab.tla, lines 937-970. */
  function FollowerProcessPROPOSE_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingPROPOSE($s, $n, i_, j_))) return
    {
    let msg$711: MsgsOfOfItem | undefined
    let infoOk$712: boolean | undefined
    let isNext$713: boolean | undefined
    let newTxn$714: HistoryOfItem | undefined
    let m_ack$715: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    if (!((infoOk$712 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k716 = (): void => {
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$717 = T.tuple(["FollowerProcessPROPOSE", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r724) => ({ maxEpoch: $r724.maxEpoch, nClientRequest: $r724.nClientRequest, nRestart: $r724.nRestart, nTimeout: $r724.nTimeout, nTransaction: $r724.nTransaction, pc: T.seq($r724.pc).items.map((e) => e) }))((($r718: { readonly nRestart: number; readonly nTimeout: number }, $r719: { readonly nTransaction: number }, $r720: { readonly maxEpoch: number }, $r721: { readonly pc: T.Value }, $r722: { readonly nClientRequest: number }, _$r723: Recorder) => ({ maxEpoch: $r720.maxEpoch, nClientRequest: $r722.nClientRequest, nRestart: $r718.nRestart, nTimeout: $r718.nTimeout, nTransaction: $r719.nTransaction, pc: $r721.pc }))(RecorderSetFailure($s, $n, pc$717), RecorderSetTransactionNum($s, $n, pc$717), RecorderSetMaxEpoch($s, $n, pc$717), RecorderSetPc($s, $n, pc$717), RecorderSetRequests($s, $n, pc$717), $s.recorder)))) return
    $k($n)
    }
    }
    const $m725 = $n.mark()
    or726: {
    const curZxid$727 = LastZxid($s, $n, i_)
    const nextZxid$728 = R.defined((msg$711 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)
    // IsNextZxid: tla/specs/Zab.tla, lines 927-937
    {
    const $k729 = (): void => {
    if (!$n.bind(4, (($o730: ReadonlyArray<ReadonlyArray<HistoryOfItem>>, $k731: number) => R.setAt($o730, $k731, [...$o730[$k731]!, (newTxn$714 ??= ({ ackSid: 0, epoch: $s.currentEpoch[i_]!, value: R.defined((msg$711 ??= R.at($s.msgs[j_]![i_]!, 1)).mdata), zxid: R.defined((msg$711 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) }))]))($s.history, i_))) return
    const i$732 = i_
    const j$733 = j_
    const m$734 = (m_ack$715 ??= ({ mtype: -1, mzxid: R.defined((msg$711 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o739: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k740: number) => R.setAt($o739, $k740, (($o741: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k742: number) => R.setAt($o741, $k742, [...$s.msgs[i$732]![j$733]!, (($r743) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r743.mtype, mzxid: $r743.mzxid }))(m$734)]))($o739[$k740]!, j$733)))((($o735: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k736: number) => R.setAt($o735, $k736, (($o737: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k738: number) => R.setAt($o737, $k738, R.tail($s.msgs[j$733]![i$732]!)))($o735[$k736]!, i$732)))($s.msgs, j$733), i$732))) return
    if (!($n.bind(16, $s.violatedInvariants))) return
    $k716()
    }
    }
    const $m744 = $n.mark()
    or745: {
    if (!(((R.at(nextZxid$728, 2) === 1) && (R.at(curZxid$727, 1) < R.at(nextZxid$728, 1))))) break or745
    $k729()
    }
    $n.undo($m744)
    or746: {
    if (!(((R.at(nextZxid$728, 2) > 1) && (R.at(curZxid$727, 1) === R.at(nextZxid$728, 1)) && ((R.at(curZxid$727, 2) + 1) === R.at(nextZxid$728, 2))))) break or746
    $k729()
    }
    $n.undo($m744)
    }
    }
    $n.undo($m725)
    or747: {
    if (!(!(isNext$713 ??= IsNextZxid($s, $n, LastZxid($s, $n, i_), R.defined((msg$711 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or747
    {
    let index$748: number | undefined
    let exist$749: boolean | undefined
    const $k750 = (): void => {
    const i$751 = j_
    const j$752 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$751]![j$752]!.length === 0) ? (($o753: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k754: number) => R.setAt($o753, $k754, (($o755: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k756: number) => R.setAt($o755, $k756, R.tail($s.msgs[i$751]![j$752]!)))($o753[$k754]!, j$752)))($s.msgs, i$751) : $s.msgs))) return
    if (!($n.bind(4, $s.history))) return
    $k716()
    }
    }
    const $m757 = $n.mark()
    or758: {
    if (!((exist$749 ??= (((index$748 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$711 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) > 0) && ((index$748 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$711 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or758
    if (!($n.bind(16, $s.violatedInvariants))) break or758
    $k750()
    }
    $n.undo($m757)
    or759: {
    if (!(!(exist$749 ??= (((index$748 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$711 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) > 0) && ((index$748 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$711 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or759
    if (!(T.printT("Exception: Follower receives PROPOSE, while txn is neither the next nor exists in history."))) break or759
    if (!$n.bind(16, (($o760: ViolatedInvariants) => ({ ...$o760, proposalInconsistent: true }))($s.violatedInvariants))) break or759
    $k750()
    }
    $n.undo($m757)
    }
    }
    $n.undo($m725)
    }
  }
  /** LeaderProcessACK(i, j) as an action: tla/specs/Zab.tla, lines 1005-1049. */
  function LeaderProcessACK_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACK($s, $n, i_, j_))) return
    {
    let msg$761: MsgsOfOfItem | undefined
    let infoOk$762: boolean | undefined
    let index$763: number | undefined
    let exist$764: boolean | undefined
    let outstanding$765: boolean | undefined
    let hasCommitted$766: boolean | undefined
    let ackIndex$769: number | undefined
    let monotonicallyInc$770: boolean | undefined
    if (!((infoOk$762 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $k771 = (): void => {
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$772 = T.tuple(["LeaderProcessACK", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r779) => ({ maxEpoch: $r779.maxEpoch, nClientRequest: $r779.nClientRequest, nRestart: $r779.nRestart, nTimeout: $r779.nTimeout, nTransaction: $r779.nTransaction, pc: T.seq($r779.pc).items.map((e) => e) }))((($r773: { readonly nRestart: number; readonly nTimeout: number }, $r774: { readonly nTransaction: number }, $r775: { readonly maxEpoch: number }, $r776: { readonly pc: T.Value }, $r777: { readonly nClientRequest: number }, _$r778: Recorder) => ({ maxEpoch: $r775.maxEpoch, nClientRequest: $r777.nClientRequest, nRestart: $r773.nRestart, nTimeout: $r773.nTimeout, nTransaction: $r774.nTransaction, pc: $r776.pc }))(RecorderSetFailure($s, $n, pc$772), RecorderSetTransactionNum($s, $n, pc$772), RecorderSetMaxEpoch($s, $n, pc$772), RecorderSetPc($s, $n, pc$772), RecorderSetRequests($s, $n, pc$772), $s.recorder)))) return
    $k($n)
    }
    }
    const $m780 = $n.mark()
    or781: {
    if (!((exist$764 ??= (((index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) >= 1) && ((index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or781
    const $k782 = (): void => {
    {
    let txn$783: HistoryOfItem | undefined
    let txnAfterAddAck$784: HistoryOfItem | undefined
    if (!$n.bind(4, (($o785: ReadonlyArray<ReadonlyArray<HistoryOfItem>>, $k786: number) => R.setAt($o785, $k786, (($o787: ReadonlyArray<HistoryOfItem>, $k788: number) => R.setAt($o787, $k788 - 1, (txnAfterAddAck$784 ??= ({ ackSid: ((txn$783 ??= R.at($s.history[i_]!, (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).ackSid | ((1 << j_))), epoch: (txn$783 ??= R.at($s.history[i_]!, (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).epoch, value: (txn$783 ??= R.at($s.history[i_]!, (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).value, zxid: (txn$783 ??= R.at($s.history[i_]!, (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).zxid }))))($o785[$k786]!, (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))))($s.history, i_))) return
    const $k789 = (): void => {
    $k771()
    }
    const $m790 = $n.mark()
    or791: {
    const $k792 = (): void => {
    const i$793 = j_
    const j$794 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$793]![j$794]!.length === 0) ? (($o795: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k796: number) => R.setAt($o795, $k796, (($o797: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k798: number) => R.setAt($o797, $k798, R.tail($s.msgs[i$793]![j$794]!)))($o795[$k796]!, j$794)))($s.msgs, i$793) : $s.msgs))) return
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(5, $s.lastCommitted))) return
    $k789()
    }
    }
    const $m799 = $n.mark()
    or800: {
    if (!(!(outstanding$765 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or800
    $k792()
    }
    $n.undo($m799)
    or801: {
    if (!((hasCommitted$766 ??= !ZxidCompare($s, $n, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), $s.lastCommitted[i_]!.zxid)))) break or801
    $k792()
    }
    $n.undo($m799)
    }
    $n.undo($m790)
    or802: {
    if (!((outstanding$765 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or802
    if (!(!(hasCommitted$766 ??= !ZxidCompare($s, $n, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), $s.lastCommitted[i_]!.zxid)))) break or802
    const s$803 = i_
    const index$804 = (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))
    const zxid$805 = R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)
    const newTxn$806 = (txnAfterAddAck$784 ??= ({ ackSid: ((txn$783 ??= R.at($s.history[i_]!, (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).ackSid | ((1 << j_))), epoch: (txn$783 ??= R.at($s.history[i_]!, (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).epoch, value: (txn$783 ??= R.at($s.history[i_]!, (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).value, zxid: (txn$783 ??= R.at($s.history[i_]!, (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).zxid }))
    const follower$807 = j_
    // LeaderTryToCommit: tla/specs/Zab.tla, lines 970-999
    {
    {
    let allTxnsBeforeCommitted$808: boolean | undefined
    let hasAllQuorums$809: boolean | undefined
    let ordered$810: boolean | undefined
    const $k811 = (): void => {
    $k789()
    }
    const $m812 = $n.mark()
    or813: {
    const $k814 = (): void => {
    const i$815 = follower$807
    const j$816 = s$803
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$815]![j$816]!.length === 0) ? (($o817: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k818: number) => R.setAt($o817, $k818, (($o819: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k820: number) => R.setAt($o819, $k820, R.tail($s.msgs[i$815]![j$816]!)))($o817[$k818]!, j$816)))($s.msgs, i$815) : $s.msgs))) return
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(5, $s.lastCommitted))) return
    $k811()
    }
    }
    const $m821 = $n.mark()
    or822: {
    if (!(!(allTxnsBeforeCommitted$808 ??= ($s.lastCommitted[s$803]!.index >= (index$804 - 1))))) break or822
    $k814()
    }
    $n.undo($m821)
    or823: {
    if (!(!(hasAllQuorums$809 ??= IsQuorum($s, $n, newTxn$806.ackSid)))) break or823
    $k814()
    }
    $n.undo($m821)
    }
    $n.undo($m812)
    or824: {
    if (!((allTxnsBeforeCommitted$808 ??= ($s.lastCommitted[s$803]!.index >= (index$804 - 1))))) break or824
    if (!((hasAllQuorums$809 ??= IsQuorum($s, $n, newTxn$806.ackSid)))) break or824
    const $k825 = (): void => {
    if (!$n.bind(5, (($o826: ReadonlyArray<LastCommittedOf>, $k827: number) => R.setAt($o826, $k827, ({ index: index$804, zxid: zxid$805 })))($s.lastCommitted, s$803))) return
    {
    let m_commit$828: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$829 = s$803
    const j$830 = follower$807
    const m$831 = (m_commit$828 ??= ({ mtype: -6, mzxid: zxid$805 }))
    // DiscardAndBroadcast: tla/specs/Zab.tla, lines 244-252
    {
    {
    let ackldRecv_quorum$833: ReadonlyArray<AckldRecvOfItem> | undefined
    let sid_ackldRecv$835: number | undefined
    if (!$n.bind(13, (($o840: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k841: number) => R.setAt($o840, $k841, R.arrayOf(nServers, ($x842: number) => (((((sid_ackldRecv$835 ??= (ackldRecv_quorum$833 ??= $s.ackldRecv[i$829]!.filter(($f832: AckldRecvOfItem): boolean => ($f832.connected === true))).reduce((m: number, $m834: AckldRecvOfItem) => m | (1 << $m834.sid), 0)) >> $x842) & 1) === 1 && (($s.learners[i$829]! >> $x842) & 1) === 1 && !($x842 === i$829)) ? [...$s.msgs[i$829]![$x842]!, (($r843) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r843.mtype, mzxid: $r843.mzxid }))(m$831)] : $s.msgs[i$829]![$x842]!))))((($o836: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k837: number) => R.setAt($o836, $k837, (($o838: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k839: number) => R.setAt($o838, $k839, R.tail($s.msgs[j$830]![i$829]!)))($o836[$k837]!, i$829)))($s.msgs, j$830), i$829))) return
    $k811()
    }
    }
    }
    }
    const $m844 = $n.mark()
    or845: {
    if (!(!(ordered$810 ??= (($s.lastCommitted[s$803]!.index + 1) === index$804)))) break or845
    if (!(T.printT(T.concat(T.concat("Warn: Committing zxid ", T.show(T.tuple(zxid$805.map((e) => e)))), " not first.")))) break or845
    if (!$n.bind(16, (($o846: ViolatedInvariants) => ({ ...$o846, commitInconsistent: true }))($s.violatedInvariants))) break or845
    $k825()
    }
    $n.undo($m844)
    or847: {
    if (!((ordered$810 ??= (($s.lastCommitted[s$803]!.index + 1) === index$804)))) break or847
    if (!($n.bind(16, $s.violatedInvariants))) break or847
    $k825()
    }
    $n.undo($m844)
    }
    $n.undo($m812)
    }
    }
    }
    $n.undo($m790)
    }
    }
    const $m848 = $n.mark()
    or849: {
    if (!(((ackIndex$769 ??= LastAckIndexFromFollower($s, $n, i_, j_)) === -1))) break or849
    $k782()
    }
    $n.undo($m848)
    or850: {
    if (!((((ackIndex$769 ??= LastAckIndexFromFollower($s, $n, i_, j_)) + 1) === (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))))) break or850
    $k782()
    }
    $n.undo($m848)
    }
    $n.undo($m780)
    or851: {
    const $k852 = (): void => {
    if (!(T.printT("Exception: No such zxid.  / ackIndex doesn't inc monotonically."))) return
    if (!$n.bind(16, (($o853: ViolatedInvariants) => ({ ...$o853, ackInconsistent: true }))($s.violatedInvariants))) return
    const i$854 = j_
    const j$855 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$854]![j$855]!.length === 0) ? (($o856: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k857: number) => R.setAt($o856, $k857, (($o858: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k859: number) => R.setAt($o858, $k859, R.tail($s.msgs[i$854]![j$855]!)))($o856[$k857]!, j$855)))($s.msgs, i$854) : $s.msgs))) return
    if (!($n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted))) return
    $k771()
    }
    }
    const $m860 = $n.mark()
    or861: {
    if (!(!(exist$764 ??= (((index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) >= 1) && ((index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or861
    $k852()
    }
    $n.undo($m860)
    or862: {
    if (!(!(monotonicallyInc$770 ??= (((ackIndex$769 ??= LastAckIndexFromFollower($s, $n, i_, j_)) === -1) || (((ackIndex$769 ??= LastAckIndexFromFollower($s, $n, i_, j_)) + 1) === (index$763 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$761 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))))))) break or862
    $k852()
    }
    $n.undo($m860)
    }
    $n.undo($m780)
    }
  }
  /** FollowerProcessCOMMIT(i, j) as an action: tla/specs/Zab.tla, lines 1049-1078. */
  function FollowerProcessCOMMIT_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingCOMMIT($s, $n, i_, j_))) return
    {
    let msg$863: MsgsOfOfItem | undefined
    let infoOk$864: boolean | undefined
    let pending$865: boolean | undefined
    if (!((infoOk$864 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k866 = (): void => {
    const i$867 = j_
    const j$868 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$867]![j$868]!.length === 0) ? (($o869: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k870: number) => R.setAt($o869, $k870, (($o871: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k872: number) => R.setAt($o871, $k872, R.tail($s.msgs[i$867]![j$868]!)))($o869[$k870]!, j$868)))($s.msgs, i$867) : $s.msgs))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$873 = T.tuple(["FollowerProcessCOMMIT", atomValue(i_), atomValue(j_)])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r880) => ({ maxEpoch: $r880.maxEpoch, nClientRequest: $r880.nClientRequest, nRestart: $r880.nRestart, nTimeout: $r880.nTimeout, nTransaction: $r880.nTransaction, pc: T.seq($r880.pc).items.map((e) => e) }))((($r874: { readonly nRestart: number; readonly nTimeout: number }, $r875: { readonly nTransaction: number }, $r876: { readonly maxEpoch: number }, $r877: { readonly pc: T.Value }, $r878: { readonly nClientRequest: number }, _$r879: Recorder) => ({ maxEpoch: $r876.maxEpoch, nClientRequest: $r878.nClientRequest, nRestart: $r874.nRestart, nTimeout: $r874.nTimeout, nTransaction: $r875.nTransaction, pc: $r877.pc }))(RecorderSetFailure($s, $n, pc$873), RecorderSetTransactionNum($s, $n, pc$873), RecorderSetMaxEpoch($s, $n, pc$873), RecorderSetPc($s, $n, pc$873), RecorderSetRequests($s, $n, pc$873), $s.recorder)))) return
    $k($n)
    }
    }
    }
    const $m881 = $n.mark()
    or882: {
    if (!(!(pending$865 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or882
    if (!(T.printT("Warn: Committing zxid without seeing txn."))) break or882
    if (!($n.bind(5, $s.lastCommitted) && $n.bind(16, $s.violatedInvariants))) break or882
    $k866()
    }
    $n.undo($m881)
    or883: {
    if (!((pending$865 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or883
    {
    let firstElement$884: HistoryOfItem | undefined
    let match$885: boolean | undefined
    const $k886 = (): void => {
    $k866()
    }
    const $m887 = $n.mark()
    or888: {
    if (!(!(match$885 ??= ZxidEqual($s, $n, (firstElement$884 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid, R.defined((msg$863 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or888
    if (!(T.printT("Exception: Committing zxid not equals next pending txn zxid."))) break or888
    if (!$n.bind(16, (($o889: ViolatedInvariants) => ({ ...$o889, commitInconsistent: true }))($s.violatedInvariants))) break or888
    if (!($n.bind(5, $s.lastCommitted))) break or888
    $k886()
    }
    $n.undo($m887)
    or890: {
    if (!((match$885 ??= ZxidEqual($s, $n, (firstElement$884 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid, R.defined((msg$863 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or890
    if (!$n.bind(5, (($o891: ReadonlyArray<LastCommittedOf>, $k892: number) => R.setAt($o891, $k892, ({ index: ($s.lastCommitted[i_]!.index + 1), zxid: (firstElement$884 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid })))($s.lastCommitted, i_))) break or890
    if (!($n.bind(16, $s.violatedInvariants))) break or890
    $k886()
    }
    $n.undo($m887)
    }
    }
    $n.undo($m881)
    }
  }
  /** FilterNonexistentMessage(i) as an action: tla/specs/Zab.tla, lines 1081-1117. */
  function FilterNonexistentMessage_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    const $k893 = (): void => {
    if (!$n.bind(16, (($o894: ViolatedInvariants) => ({ ...$o894, messageIllegal: true }))($s.violatedInvariants))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    // UnchangeRecorder: tla/specs/Zab.tla, lines 178-178
    {
    if (!($n.bind(17, $s.recorder))) return
    $k($n)
    }
    }
    const $m895 = $n.mark()
    for (let $w896 = 0; $w896 < nServers; $w896++) { if ((((ALL & ~((1 << i_))) >> $w896) & 1) === 0) continue
    $n.undo($m895)
    if (!(!($s.msgs[$w896]![i_]!.length === 0))) continue
    {
    let msg$897: MsgsOfOfItem | undefined
    const $k898 = (): void => {
    const i$899 = $w896
    const j$900 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$899]![j$900]!.length === 0) ? (($o901: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>, $k902: number) => R.setAt($o901, $k902, (($o903: ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>, $k904: number) => R.setAt($o903, $k904, R.tail($s.msgs[i$899]![j$900]!)))($o901[$k902]!, j$900)))($s.msgs, i$899) : $s.msgs))) return
    $k893()
    }
    }
    const $m905 = $n.mark()
    or906: {
    if (!(IsLeader($s, $n, i_))) break or906
    {
    let infoOk$907: boolean | undefined
    const $k908 = (): void => {
    $k898()
    }
    const $m909 = $n.mark()
    or910: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -13))) break or910
    $k908()
    }
    $n.undo($m909)
    or911: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -14))) break or911
    $k908()
    }
    $n.undo($m909)
    or912: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -7))) break or912
    $k908()
    }
    $n.undo($m909)
    or913: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -16))) break or913
    $k908()
    }
    $n.undo($m909)
    or914: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -6))) break or914
    $k908()
    }
    $n.undo($m909)
    or915: {
    if (!(!(infoOk$907 ??= IsMyLearner($s, $n, i_, $w896)))) break or915
    const $k916 = (): void => {
    $k908()
    }
    const $m917 = $n.mark()
    or918: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -5))) break or918
    $k916()
    }
    $n.undo($m917)
    or919: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -2))) break or919
    $k916()
    }
    $n.undo($m917)
    or920: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -3))) break or920
    $k916()
    }
    $n.undo($m917)
    or921: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -1))) break or921
    $k916()
    }
    $n.undo($m917)
    }
    $n.undo($m909)
    }
    }
    $n.undo($m905)
    or922: {
    if (!(IsFollower($s, $n, i_))) break or922
    {
    let infoOk$923: boolean | undefined
    const $k924 = (): void => {
    $k898()
    }
    const $m925 = $n.mark()
    or926: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -5))) break or926
    $k924()
    }
    $n.undo($m925)
    or927: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -2))) break or927
    $k924()
    }
    $n.undo($m925)
    or928: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -3))) break or928
    $k924()
    }
    $n.undo($m925)
    or929: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -1))) break or929
    $k924()
    }
    $n.undo($m925)
    or930: {
    if (!(!(infoOk$923 ??= IsMyLeader($s, $n, i_, $w896)))) break or930
    const $k931 = (): void => {
    $k924()
    }
    const $m932 = $n.mark()
    or933: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -13))) break or933
    $k931()
    }
    $n.undo($m932)
    or934: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -14))) break or934
    $k931()
    }
    $n.undo($m932)
    or935: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -7))) break or935
    $k931()
    }
    $n.undo($m932)
    or936: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -16))) break or936
    $k931()
    }
    $n.undo($m932)
    or937: {
    if (!((R.defined((msg$897 ??= R.at($s.msgs[$w896]![i_]!, 1)).mtype) === -6))) break or937
    $k931()
    }
    $n.undo($m932)
    }
    $n.undo($m925)
    }
    }
    $n.undo($m905)
    or938: {
    if (!(IsLooking($s, $n, i_))) break or938
    $k898()
    }
    $n.undo($m905)
    }
    }
    $n.undo($m895)
  }
  return {
    servers,
    encode,
    decode,
    toTyped,
    fromTyped,
    spec: {
      variables: ["state","zabState","acceptedEpoch","currentEpoch","history","lastCommitted","learners","cepochRecv","ackeRecv","ackldRecv","sendCounter","connectInfo","leaderOracle","msgs","epochLeader","proposalMsgsLog","violatedInvariants","recorder"],
      // Init is evaluated once, by the generic model: its states converted.
      init: (): ReadonlyArray<TypedState> => makeZab(constants).init().map(toTyped),
      actions: [
        { name: "UpdateLeader", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); UpdateLeader_act($s, p, (q) => emit(stateOf(q)), at(args, 0)); partials.give(p) } },
        { name: "FollowLeader", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); FollowLeader_act($s, p, (q) => emit(stateOf(q)), at(args, 0)); partials.give(p) } },
        { name: "Timeout", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); Timeout_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "Restart", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); Restart_act($s, p, (q) => emit(stateOf(q)), at(args, 0)); partials.give(p) } },
        { name: "ConnectAndFollowerSendCEPOCH", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); ConnectAndFollowerSendCEPOCH_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "LeaderProcessCEPOCH", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); LeaderProcessCEPOCH_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "FollowerProcessNEWEPOCH", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); FollowerProcessNEWEPOCH_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "LeaderProcessACKEPOCH", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); LeaderProcessACKEPOCH_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "FollowerProcessNEWLEADER", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); FollowerProcessNEWLEADER_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "LeaderProcessACKLD", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); LeaderProcessACKLD_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "FollowerProcessCOMMITLD", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); FollowerProcessCOMMITLD_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "LeaderProcessRequest", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); LeaderProcessRequest_act($s, p, (q) => emit(stateOf(q)), at(args, 0)); partials.give(p) } },
        { name: "LeaderBroadcastPROPOSE", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); LeaderBroadcastPROPOSE_act($s, p, (q) => emit(stateOf(q)), at(args, 0)); partials.give(p) } },
        { name: "FollowerProcessPROPOSE", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); FollowerProcessPROPOSE_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "LeaderProcessACK", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); LeaderProcessACK_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "FollowerProcessCOMMIT", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); FollowerProcessCOMMIT_act($s, p, (q) => emit(stateOf(q)), at(args, 0), at(args, 1)); partials.give(p) } },
        { name: "FilterNonexistentMessage", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => { const p = partials.take(); FilterNonexistentMessage_act($s, p, (q) => emit(stateOf(q)), at(args, 0)); partials.give(p) } },
      ],
      invariants: [
        { name: "ShouldNotBeTriggered", reads: ["violatedInvariants"], holds: (s: TypedState): boolean => ShouldNotBeTriggered(s, null) },
        { name: "Leadership1", reads: ["state","zabState","currentEpoch"], holds: (s: TypedState): boolean => Leadership1(s, null) },
        { name: "Leadership2", reads: ["epochLeader"], holds: (s: TypedState): boolean => Leadership2(s, null) },
        { name: "PrefixConsistency", reads: ["history","lastCommitted"], holds: (s: TypedState): boolean => PrefixConsistency(s, null) },
        { name: "Integrity", reads: ["state","history","lastCommitted","proposalMsgsLog"], holds: (s: TypedState): boolean => Integrity(s, null) },
        { name: "Agreement", reads: ["state","history","lastCommitted"], holds: (s: TypedState): boolean => Agreement(s, null) },
        { name: "TotalOrder", reads: ["history","lastCommitted"], holds: (s: TypedState): boolean => TotalOrder(s, null) },
        { name: "LocalPrimaryOrder", reads: ["currentEpoch","history","lastCommitted","proposalMsgsLog"], holds: (s: TypedState): boolean => LocalPrimaryOrder(s, null) },
        { name: "GlobalPrimaryOrder", reads: ["history","lastCommitted"], holds: (s: TypedState): boolean => GlobalPrimaryOrder(s, null) },
        { name: "PrimaryIntegrity", reads: ["state","zabState","currentEpoch","history","lastCommitted","learners","connectInfo"], holds: (s: TypedState): boolean => PrimaryIntegrity(s, null) },
      ],
      encode,
      decode,
    },
  }
}
