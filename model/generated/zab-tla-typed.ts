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
    const peerHistory = R.readArray(r, r.get(), decHistoryOfItem)
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
    const zxid = R.readWords(r, r.get())
    return { ackSid, epoch, value, zxid }
  }

  function toTypedHistoryOfItem(v: T.Value): HistoryOfItem {
    return { ackSid: T.elems(T.field(v, "ackSid")).reduce<number>((m, s) => m | (1 << atomCode(s, true, [])), 0), epoch: T.int(T.field(v, "epoch")), value: T.int(T.field(v, "value")), zxid: T.seq(T.field(v, "zxid")).items.map((e) => T.int(e)) }
  }

  function fromTypedHistoryOfItem(x: HistoryOfItem): T.Value {
    return T.sortedRecord(["ackSid","epoch","value","zxid"], [T.setOf(servers.filter((_, k) => ((x.ackSid >> k) & 1) === 1)), x.epoch, x.value, T.tuple(x.zxid.map((e) => e))])
  }

  function cmpAckeRecvOfItem(a: AckeRecvOfItem, b: AckeRecvOfItem): number {
    return (Number(a.connected) - Number(b.connected)) || R.compareArrays(a.peerHistory, b.peerHistory, cmpHistoryOfItem) || (a.peerLastEpoch - b.peerLastEpoch) || (a.sid - b.sid)
  }

  function cmpHistoryOfItem(a: HistoryOfItem, b: HistoryOfItem): number {
    return (a.ackSid - b.ackSid) || (a.epoch - b.epoch) || (a.value - b.value) || R.compareArrays(a.zxid, b.zxid, R.compareNumbers)
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
    const zxid = R.readWords(r, r.get())
    return { data, epoch, source, zxid }
  }

  function toTypedProposalMsgsLogItem(v: T.Value): ProposalMsgsLogItem {
    return { data: T.int(T.field(v, "data")), epoch: T.int(T.field(v, "epoch")), source: atomCode(T.field(v, "source"), true, []), zxid: T.seq(T.field(v, "zxid")).items.map((e) => T.int(e)) }
  }

  function fromTypedProposalMsgsLogItem(x: ProposalMsgsLogItem): T.Value {
    return T.sortedRecord(["data","epoch","source","zxid"], [x.data, x.epoch, atomValue(x.source), T.tuple(x.zxid.map((e) => e))])
  }

  function cmpProposalMsgsLogItem(a: ProposalMsgsLogItem, b: ProposalMsgsLogItem): number {
    return (a.data - b.data) || (a.epoch - b.epoch) || (a.source - b.source) || R.compareArrays(a.zxid, b.zxid, R.compareNumbers)
  }

  function cmpRecord(a: Record, b: Record): number {
    return (a.currentEpoch - b.currentEpoch) || R.compareArrays(a.lastZxid, b.lastZxid, R.compareNumbers) || (a.sid - b.sid)
  }

  function cmpRecord_(a: Record_, b: Record_): number {
    return (a.value - b.value) || R.compareArrays(a.zxid, b.zxid, R.compareNumbers)
  }

  function encLastCommittedOf(x: LastCommittedOf, w: R.WordWriter): void {
    w.put(x.index)
    { const $a0 = x.zxid; w.put($a0.length); for (let $i0 = 0; $i0 < $a0.length; $i0++) { w.put($a0[$i0]!) } }
  }

  function decLastCommittedOf(r: R.WordReader): LastCommittedOf {
    const index = r.get()
    const zxid = R.readWords(r, r.get())
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
        const mzxid = R.readWords(r, r.get())
        return { $v, mdata, mepoch: undefined, mhistory: undefined, mtype, mzxid }
      }
      case 1: {
        const mepoch = r.get()
        const mhistory = R.readArray(r, r.get(), decHistoryOfItem)
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
        const mzxid = R.readWords(r, r.get())
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
    const state = R.readWords(r, nServers)
    const zabState = R.readWords(r, nServers)
    const acceptedEpoch = R.readWords(r, nServers)
    const currentEpoch = R.readWords(r, nServers)
    const history = R.arrayOf(nServers, () => R.readArray(r, r.get(), decHistoryOfItem))
    const lastCommitted = R.readArray(r, nServers, decLastCommittedOf)
    const learners = R.readWords(r, nServers)
    const cepochRecv = R.arrayOf(nServers, () => R.readArray(r, r.get(), decCepochRecvOfItem))
    const ackeRecv = R.arrayOf(nServers, () => R.readArray(r, r.get(), decAckeRecvOfItem))
    const ackldRecv = R.arrayOf(nServers, () => R.readArray(r, r.get(), decAckldRecvOfItem))
    const sendCounter = R.readWords(r, nServers)
    const connectInfo = R.readWords(r, nServers)
    const leaderOracle = r.get()
    const msgs = R.arrayOf(nServers, () => R.arrayOf(nServers, () => R.readArray(r, r.get(), decMsgsOfOfItem)))
    const epochLeader = ((): { keys: Array<number>; vals: Array<number> } => { const keys: Array<number> = []; const vals: Array<number> = []; for (let $l = r.get(); $l > 0; $l--) { keys.push(r.get()); vals.push(r.get()) } return { keys, vals } })()
    const proposalMsgsLog = R.readArray(r, r.get(), decProposalMsgsLogItem)
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
  /** An argument tuple's index among its action's tuples: server a is a, servers a and b are a * nServers + b. */
  const argIndex = (args: ReadonlyArray<T.Value>): number => args.reduce<number>((x, v) => x * nServers + serverIndex.get(v)!, 0)
  /** Where the running action's successors go: set for each call and restored after it (a violation's path replays steps while one runs). */
  let emitting: (t: TypedState) => void = () => undefined
  const complete = (p: R.Partial): void => emitting(stateOf(p))
  /** The argument tuples of an action with this many parameters over Server (the model values, in order). */
  const tuples1: ReadonlyArray<ReadonlyArray<T.Value>> = servers.map((a) => [a])
  const tuples2: ReadonlyArray<ReadonlyArray<T.Value>> = servers.flatMap((a) => servers.map((b) => [a, b]))
  const $set855: ReadonlyArray<number> = [-17, -4]
  const $set856: ReadonlyArray<number> = [-17, -4]
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
  function RecorderSetFailure($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r2: { readonly nTimeout: number }, $r3: { readonly nRestart: number }) => ({ nRestart: $r3.nRestart, nTimeout: $r2.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r4: { readonly nTimeout: number }, $r5: { readonly nRestart: number }) => ({ nRestart: $r5.nRestart, nTimeout: $r4.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r6: { readonly nTimeout: number }, $r7: { readonly nRestart: number }) => ({ nRestart: $r7.nRestart, nTimeout: $r6.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r8: { readonly nTimeout: number }, $r9: { readonly nRestart: number }) => ({ nRestart: $r9.nRestart, nTimeout: $r8.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r10: { readonly nTimeout: number }, $r11: { readonly nRestart: number }) => ({ nRestart: $r11.nRestart, nTimeout: $r10.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$14: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$14 ??= R.chooseBit(ALL, nServers, ($c12: number): boolean => R.everyBit(ALL, nServers, ($q13: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c12]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q13]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$17: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$17 ??= R.chooseBit(ALL, nServers, ($c15: number): boolean => R.everyBit(ALL, nServers, ($q16: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c15]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q16]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["UpdateLeader", atomValue(pc_[1])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_2($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r26: { readonly nTimeout: number }, $r27: { readonly nRestart: number }) => ({ nRestart: $r27.nRestart, nTimeout: $r26.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r28: { readonly nTimeout: number }, $r29: { readonly nRestart: number }) => ({ nRestart: $r29.nRestart, nTimeout: $r28.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r30: { readonly nTimeout: number }, $r31: { readonly nRestart: number }) => ({ nRestart: $r31.nRestart, nTimeout: $r30.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r32: { readonly nTimeout: number }, $r33: { readonly nRestart: number }) => ({ nRestart: $r33.nRestart, nTimeout: $r32.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r34: { readonly nTimeout: number }, $r35: { readonly nRestart: number }) => ({ nRestart: $r35.nRestart, nTimeout: $r34.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_2($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$38: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$38 ??= R.chooseBit(ALL, nServers, ($c36: number): boolean => R.everyBit(ALL, nServers, ($q37: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c36]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q37]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_2($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$41: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$41 ??= R.chooseBit(ALL, nServers, ($c39: number): boolean => R.everyBit(ALL, nServers, ($q40: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c39]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q40]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_2(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowLeader", atomValue(pc_[1])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_2($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
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
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_3($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (true ? (($r56: { readonly nTimeout: number }, $r57: { readonly nRestart: number }) => ({ nRestart: $r57.nRestart, nTimeout: $r56.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r58: { readonly nTimeout: number }, $r59: { readonly nRestart: number }) => ({ nRestart: $r59.nRestart, nTimeout: $r58.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r60: { readonly nTimeout: number }, $r61: { readonly nRestart: number }) => ({ nRestart: $r61.nRestart, nTimeout: $r60.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r62: { readonly nTimeout: number }, $r63: { readonly nRestart: number }) => ({ nRestart: $r63.nRestart, nTimeout: $r62.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r64: { readonly nTimeout: number }, $r65: { readonly nRestart: number }) => ({ nRestart: $r65.nRestart, nTimeout: $r64.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_3($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$68: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$68 ??= R.chooseBit(ALL, nServers, ($c66: number): boolean => R.everyBit(ALL, nServers, ($q67: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c66]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q67]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_3($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$71: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$71 ??= R.chooseBit(ALL, nServers, ($c69: number): boolean => R.everyBit(ALL, nServers, ($q70: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c69]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q70]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_3(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["Timeout", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_3($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** Quorums(): tla/specs/Zab.tla, line 37. */
  function Quorums(_$s: TypedState, _$n: R.Partial | null): ReadonlyArray<number> {
    return R.subsetsOf(ALL).filter(($f80: number): boolean => ((R.popCount($f80) * 2) > R.popCount(ALL)))
  }
  /** IsQuorum(s): tla/specs/Zab.tla, line 120. */
  function IsQuorum($s: TypedState, $n: R.Partial | null, s_: number): boolean {
    return Quorums($s, $n).includes(s_)
  }
  /** RemoveCepochRecv(set, sid): tla/specs/Zab.tla, lines 361-368. */
  function RemoveCepochRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<CepochRecvOfItem>, sid_: number): ReadonlyArray<CepochRecvOfItem> {
    return ((): ReadonlyArray<CepochRecvOfItem> => {
  let sid_cepochRecv$84: number | undefined
  return (!((((sid_cepochRecv$84 ??= set_.reduce((m: number, $m83: CepochRecvOfItem) => m | (1 << $m83.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<CepochRecvOfItem> => {
  let info$86: CepochRecvOfItem | undefined
  let new_info$87: CepochRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$86 ??= R.chooseIn(set_, ($c85: CepochRecvOfItem): boolean => ($c85.sid === sid_)))], cmpCepochRecvOfItem), cmpCepochRecvOfItem), R.sortedArray([(new_info$87 ??= ({ connected: false, epoch: (info$86 ??= R.chooseIn(set_, ($c85: CepochRecvOfItem): boolean => ($c85.sid === sid_))).epoch, sid: sid_ }))], cmpCepochRecvOfItem), cmpCepochRecvOfItem)
})())
})()
  }
  /** RemoveAckeRecv(set, sid): tla/specs/Zab.tla, lines 370-378. */
  function RemoveAckeRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<AckeRecvOfItem>, sid_: number): ReadonlyArray<AckeRecvOfItem> {
    return ((): ReadonlyArray<AckeRecvOfItem> => {
  let sid_ackeRecv$89: number | undefined
  return (!((((sid_ackeRecv$89 ??= set_.reduce((m: number, $m88: AckeRecvOfItem) => m | (1 << $m88.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<AckeRecvOfItem> => {
  let info$91: AckeRecvOfItem | undefined
  let new_info$92: AckeRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$91 ??= R.chooseIn(set_, ($c90: AckeRecvOfItem): boolean => ($c90.sid === sid_)))], cmpAckeRecvOfItem), cmpAckeRecvOfItem), R.sortedArray([(new_info$92 ??= ({ connected: false, peerHistory: (info$91 ??= R.chooseIn(set_, ($c90: AckeRecvOfItem): boolean => ($c90.sid === sid_))).peerHistory, peerLastEpoch: (info$91 ??= R.chooseIn(set_, ($c90: AckeRecvOfItem): boolean => ($c90.sid === sid_))).peerLastEpoch, sid: sid_ }))], cmpAckeRecvOfItem), cmpAckeRecvOfItem)
})())
})()
  }
  /** RemoveAckldRecv(set, sid): tla/specs/Zab.tla, lines 380-386. */
  function RemoveAckldRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<AckldRecvOfItem>, sid_: number): ReadonlyArray<AckldRecvOfItem> {
    return ((): ReadonlyArray<AckldRecvOfItem> => {
  let sid_ackldRecv$94: number | undefined
  return (!((((sid_ackldRecv$94 ??= set_.reduce((m: number, $m93: AckldRecvOfItem) => m | (1 << $m93.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<AckldRecvOfItem> => {
  let info$96: AckldRecvOfItem | undefined
  let new_info$97: AckldRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$96 ??= R.chooseIn(set_, ($c95: AckldRecvOfItem): boolean => ($c95.sid === sid_)))], cmpAckldRecvOfItem), cmpAckldRecvOfItem), R.sortedArray([(new_info$97 ??= ({ connected: false, sid: sid_ }))], cmpAckldRecvOfItem), cmpAckldRecvOfItem)
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
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_4($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r113: { readonly nTimeout: number }, $r114: { readonly nRestart: number }) => ({ nRestart: $r114.nRestart, nTimeout: $r113.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r115: { readonly nTimeout: number }, $r116: { readonly nRestart: number }) => ({ nRestart: $r116.nRestart, nTimeout: $r115.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r117: { readonly nTimeout: number }, $r118: { readonly nRestart: number }) => ({ nRestart: $r118.nRestart, nTimeout: $r117.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : true ? (($r119: { readonly nTimeout: number }, $r120: { readonly nRestart: number }) => ({ nRestart: $r120.nRestart, nTimeout: $r119.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r121: { readonly nTimeout: number }, $r122: { readonly nRestart: number }) => ({ nRestart: $r122.nRestart, nTimeout: $r121.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_4($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$125: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$125 ??= R.chooseBit(ALL, nServers, ($c123: number): boolean => R.everyBit(ALL, nServers, ($q124: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c123]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q124]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_4($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$128: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$128 ??= R.chooseBit(ALL, nServers, ($c126: number): boolean => R.everyBit(ALL, nServers, ($q127: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c126]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q127]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_4(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["Restart", atomValue(pc_[1])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_4($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** HasLeader(i): tla/specs/Zab.tla, line 125. */
  function HasLeader($s: TypedState, _$n: R.Partial | null, i_: number): boolean {
    return !($s.connectInfo[i_]! === -15)
  }
  /** HasNoLeader(i): tla/specs/Zab.tla, line 124. */
  function HasNoLeader($s: TypedState, _$n: R.Partial | null, i_: number): boolean {
    return ($s.connectInfo[i_]! === -15)
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_5($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r181: { readonly nTimeout: number }, $r182: { readonly nRestart: number }) => ({ nRestart: $r182.nRestart, nTimeout: $r181.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r183: { readonly nTimeout: number }, $r184: { readonly nRestart: number }) => ({ nRestart: $r184.nRestart, nTimeout: $r183.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r185: { readonly nTimeout: number }, $r186: { readonly nRestart: number }) => ({ nRestart: $r186.nRestart, nTimeout: $r185.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r187: { readonly nTimeout: number }, $r188: { readonly nRestart: number }) => ({ nRestart: $r188.nRestart, nTimeout: $r187.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r189: { readonly nTimeout: number }, $r190: { readonly nRestart: number }) => ({ nRestart: $r190.nRestart, nTimeout: $r189.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_5($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$193: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$193 ??= R.chooseBit(ALL, nServers, ($c191: number): boolean => R.everyBit(ALL, nServers, ($q192: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c191]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q192]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_5($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$196: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$196 ??= R.chooseBit(ALL, nServers, ($c194: number): boolean => R.everyBit(ALL, nServers, ($q195: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c194]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q195]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_5(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["ConnectAndFollowerSendCEPOCH", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_5($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
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
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_6($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r207: { readonly nTimeout: number }, $r208: { readonly nRestart: number }) => ({ nRestart: $r208.nRestart, nTimeout: $r207.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r209: { readonly nTimeout: number }, $r210: { readonly nRestart: number }) => ({ nRestart: $r210.nRestart, nTimeout: $r209.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r211: { readonly nTimeout: number }, $r212: { readonly nRestart: number }) => ({ nRestart: $r212.nRestart, nTimeout: $r211.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r213: { readonly nTimeout: number }, $r214: { readonly nRestart: number }) => ({ nRestart: $r214.nRestart, nTimeout: $r213.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r215: { readonly nTimeout: number }, $r216: { readonly nRestart: number }) => ({ nRestart: $r216.nRestart, nTimeout: $r215.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_6($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$219: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$219 ??= R.chooseBit(ALL, nServers, ($c217: number): boolean => R.everyBit(ALL, nServers, ($q218: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c217]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q218]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_6($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (true ? ((): number => {
  let s$222: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$222 ??= R.chooseBit(ALL, nServers, ($c220: number): boolean => R.everyBit(ALL, nServers, ($q221: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c220]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q221]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_6(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderProcessCEPOCH", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_6($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** CepochRecvQuorumFormed(i): tla/specs/Zab.tla, lines 486-487. */
  function CepochRecvQuorumFormed($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_cepochRecv$232: number | undefined
  return IsQuorum($s, $n, (sid_cepochRecv$232 ??= $s.cepochRecv[i_]!.reduce((m: number, $m231: CepochRecvOfItem) => m | (1 << $m231.sid), 0)))
})()
  }
  /** UpdateCepochRecv(oldSet, sid, peerEpoch): tla/specs/Zab.tla, lines 491-502. */
  function UpdateCepochRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<CepochRecvOfItem>, sid_: number, peerEpoch_: number): ReadonlyArray<CepochRecvOfItem> {
    return ((): ReadonlyArray<CepochRecvOfItem> => {
  let sid_set$235: number | undefined
  return ((((sid_set$235 ??= oldSet_.reduce((m: number, $m234: CepochRecvOfItem) => m | (1 << $m234.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<CepochRecvOfItem> => {
  let old_info$237: CepochRecvOfItem | undefined
  let new_info$238: CepochRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$237 ??= R.chooseIn(oldSet_, ($c236: CepochRecvOfItem): boolean => ($c236.sid === sid_)))], cmpCepochRecvOfItem), cmpCepochRecvOfItem), R.sortedArray([(new_info$238 ??= ({ connected: true, epoch: peerEpoch_, sid: sid_ }))], cmpCepochRecvOfItem), cmpCepochRecvOfItem)
})() : ((): ReadonlyArray<CepochRecvOfItem> => {
  let follower_info$239: CepochRecvOfItem | undefined
  return R.union(oldSet_, R.sortedArray([(follower_info$239 ??= ({ connected: true, epoch: peerEpoch_, sid: sid_ }))], cmpCepochRecvOfItem), cmpCepochRecvOfItem)
})())
})()
  }
  /** CepochRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 488-489. */
  function CepochRecvBecomeQuorum($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_cepochRecv$244: number | undefined
  return IsQuorum($s, $n, (sid_cepochRecv$244 ??= (R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i_]!.reduce((m: number, $m243: CepochRecvOfItem) => m | (1 << $m243.sid), 0)))
})()
  }
  /** Maximum(S): tla/specs/Zab.tla, lines 108-109. */
  function Maximum(_$s: TypedState, _$n: R.Partial | null, S_: ReadonlyArray<number>): number {
    return (R.eq(S_, []) ? -1 : R.chooseIn(S_, ($c247: number): boolean => S_.every(($q248: number): boolean => ($c247 >= $q248))))
  }
  /** DetermineNewEpoch(i): tla/specs/Zab.tla, lines 505-507. */
  function DetermineNewEpoch($s: TypedState, $n: R.Partial | null, i_: number): number {
    return ((): number => {
  let epoch_cepochRecv$246: ReadonlyArray<number> | undefined
  return (Maximum($s, $n, (epoch_cepochRecv$246 ??= R.sortedArray((R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i_]!.map(($m245: CepochRecvOfItem) => $m245.epoch), R.compareNumbers))) + 1)
})()
  }
  /** PendingNEWEPOCH(i, j): tla/specs/Zab.tla, lines 196-198. */
  function PendingNEWEPOCH($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -13))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_7($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r278: { readonly nTimeout: number }, $r279: { readonly nRestart: number }) => ({ nRestart: $r279.nRestart, nTimeout: $r278.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r280: { readonly nTimeout: number }, $r281: { readonly nRestart: number }) => ({ nRestart: $r281.nRestart, nTimeout: $r280.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r282: { readonly nTimeout: number }, $r283: { readonly nRestart: number }) => ({ nRestart: $r283.nRestart, nTimeout: $r282.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r284: { readonly nTimeout: number }, $r285: { readonly nRestart: number }) => ({ nRestart: $r285.nRestart, nTimeout: $r284.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r286: { readonly nTimeout: number }, $r287: { readonly nRestart: number }) => ({ nRestart: $r287.nRestart, nTimeout: $r286.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_7($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$290: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$290 ??= R.chooseBit(ALL, nServers, ($c288: number): boolean => R.everyBit(ALL, nServers, ($q289: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c288]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q289]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_7($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$293: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$293 ??= R.chooseBit(ALL, nServers, ($c291: number): boolean => R.everyBit(ALL, nServers, ($q292: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c291]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q292]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_7(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowerProcessNEWEPOCH", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_7($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** PendingACKEPOCH(i, j): tla/specs/Zab.tla, lines 198-200. */
  function PendingACKEPOCH($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -2))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_8($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r326: { readonly nTimeout: number }, $r327: { readonly nRestart: number }) => ({ nRestart: $r327.nRestart, nTimeout: $r326.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r328: { readonly nTimeout: number }, $r329: { readonly nRestart: number }) => ({ nRestart: $r329.nRestart, nTimeout: $r328.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r330: { readonly nTimeout: number }, $r331: { readonly nRestart: number }) => ({ nRestart: $r331.nRestart, nTimeout: $r330.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r332: { readonly nTimeout: number }, $r333: { readonly nRestart: number }) => ({ nRestart: $r333.nRestart, nTimeout: $r332.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r334: { readonly nTimeout: number }, $r335: { readonly nRestart: number }) => ({ nRestart: $r335.nRestart, nTimeout: $r334.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_8($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$338: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$338 ??= R.chooseBit(ALL, nServers, ($c336: number): boolean => R.everyBit(ALL, nServers, ($q337: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c336]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q337]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_8($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$341: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$341 ??= R.chooseBit(ALL, nServers, ($c339: number): boolean => R.everyBit(ALL, nServers, ($q340: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c339]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q340]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_8(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderProcessACKEPOCH", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_8($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** AckeRecvQuorumFormed(i): tla/specs/Zab.tla, lines 591-592. */
  function AckeRecvQuorumFormed($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackeRecv$351: number | undefined
  return IsQuorum($s, $n, (sid_ackeRecv$351 ??= $s.ackeRecv[i_]!.reduce((m: number, $m350: AckeRecvOfItem) => m | (1 << $m350.sid), 0)))
})()
  }
  /** UpdateAckeRecv(oldSet, sid, peerEpoch, peerHistory): tla/specs/Zab.tla, lines 596-605. */
  function UpdateAckeRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<AckeRecvOfItem>, sid_: number, peerEpoch_: number, peerHistory_: ReadonlyArray<HistoryOfItem>): ReadonlyArray<AckeRecvOfItem> {
    return ((): ReadonlyArray<AckeRecvOfItem> => {
  let sid_set$353: number | undefined
  let follower_info$354: AckeRecvOfItem | undefined
  return ((((sid_set$353 ??= oldSet_.reduce((m: number, $m352: AckeRecvOfItem) => m | (1 << $m352.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<AckeRecvOfItem> => {
  let old_info$356: AckeRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$356 ??= R.chooseIn(oldSet_, ($c355: AckeRecvOfItem): boolean => ($c355.sid === sid_)))], cmpAckeRecvOfItem), cmpAckeRecvOfItem), R.sortedArray([(follower_info$354 ??= ({ connected: true, peerHistory: peerHistory_, peerLastEpoch: peerEpoch_, sid: sid_ }))], cmpAckeRecvOfItem), cmpAckeRecvOfItem)
})() : R.union(oldSet_, R.sortedArray([(follower_info$354 ??= ({ connected: true, peerHistory: peerHistory_, peerLastEpoch: peerEpoch_, sid: sid_ }))], cmpAckeRecvOfItem), cmpAckeRecvOfItem))
})()
  }
  /** SetPacketsForChecking(set, src, ep, his, cur, end): tla/specs/Zab.tla, lines 609-615. */
  function SetPacketsForChecking_2($s: TypedState, $n: R.Partial | null, set_: ReadonlyArray<ProposalMsgsLogItem>, src_: number, ep_: number, his_: ReadonlyArray<HistoryOfItem>, cur_: number, end_: number): ReadonlyArray<ProposalMsgsLogItem> {
    return ((cur_ > end_) ? set_ : ((): ReadonlyArray<ProposalMsgsLogItem> => {
  let m_proposal$361: ProposalMsgsLogItem | undefined
  return SetPacketsForChecking_2($s, $n, R.union(set_, R.sortedArray([(m_proposal$361 ??= ({ data: R.at(his_, cur_).value, epoch: ep_, source: src_, zxid: R.at(his_, cur_).zxid }))], cmpProposalMsgsLogItem), cmpProposalMsgsLogItem), src_, ep_, his_, (cur_ + 1), end_)
})())
  }
  /** SetPacketsForChecking(set, src, ep, his, cur, end): tla/specs/Zab.tla, lines 609-615. */
  function SetPacketsForChecking($s: TypedState, $n: R.Partial | null, _set_: number, src_: number, ep_: number, his_: ReadonlyArray<HistoryOfItem>, cur_: number, end_: number): ReadonlyArray<ProposalMsgsLogItem> {
    return ((cur_ > end_) ? [] : ((): ReadonlyArray<ProposalMsgsLogItem> => {
  let m_proposal$359: ProposalMsgsLogItem | undefined
  return SetPacketsForChecking_2($s, $n, R.union([], R.sortedArray([(m_proposal$359 ??= ({ data: R.at(his_, cur_).value, epoch: ep_, source: src_, zxid: R.at(his_, cur_).zxid }))], cmpProposalMsgsLogItem), cmpProposalMsgsLogItem), src_, ep_, his_, (cur_ + 1), end_)
})())
  }
  /** AckeRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 593-594. */
  function AckeRecvBecomeQuorum($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackeRecv$374: number | undefined
  return IsQuorum($s, $n, (sid_ackeRecv$374 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!.reduce((m: number, $m373: AckeRecvOfItem) => m | (1 << $m373.sid), 0)))
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
  let set$377: ReadonlyArray<AckeRecvOfItem> | undefined
  let ss_set$379: ReadonlyArray<Record> | undefined
  let selected$382: Record | undefined
  let info$384: AckeRecvOfItem | undefined
  return (info$384 ??= R.chooseIn((set$377 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!), ($c383: AckeRecvOfItem): boolean => ($c383.sid === (selected$382 ??= R.chooseIn((ss_set$379 ??= R.sortedArray((set$377 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!).map(($m378: AckeRecvOfItem) => ({ currentEpoch: $m378.peerLastEpoch, lastZxid: LastZxidOfHistory($s, $n, $m378.peerHistory), sid: $m378.sid })), cmpRecord)), ($c380: Record): boolean => R.minus((ss_set$379 ??= R.sortedArray((set$377 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!).map(($m378: AckeRecvOfItem) => ({ currentEpoch: $m378.peerLastEpoch, lastZxid: LastZxidOfHistory($s, $n, $m378.peerHistory), sid: $m378.sid })), cmpRecord)), R.sortedArray([$c380], cmpRecord), cmpRecord).every(($q381: Record): boolean => MoreResentOrEqual($s, $n, $c380, $q381)))).sid))).peerHistory
})()
  }
  /** InitAcksidHelper(txns, src): tla/specs/Zab.tla, lines 639-645. */
  function InitAcksidHelper($s: TypedState, $n: R.Partial | null, txns_: ReadonlyArray<HistoryOfItem>, src_: number): ReadonlyArray<HistoryOfItem> {
    return ((txns_.length === 0) ? [] : ((): ReadonlyArray<HistoryOfItem> => {
  let oldTxn$388: HistoryOfItem | undefined
  let newTxn$389: HistoryOfItem | undefined
  return [...[(newTxn$389 ??= ({ ackSid: ((1 << src_)), epoch: (oldTxn$388 ??= R.at(txns_, 1)).epoch, value: (oldTxn$388 ??= R.at(txns_, 1)).value, zxid: (oldTxn$388 ??= R.at(txns_, 1)).zxid }))], ...InitAcksidHelper($s, $n, R.tail(txns_), src_)]
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
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_9($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r415: { readonly nTimeout: number }, $r416: { readonly nRestart: number }) => ({ nRestart: $r416.nRestart, nTimeout: $r415.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r417: { readonly nTimeout: number }, $r418: { readonly nRestart: number }) => ({ nRestart: $r418.nRestart, nTimeout: $r417.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r419: { readonly nTimeout: number }, $r420: { readonly nRestart: number }) => ({ nRestart: $r420.nRestart, nTimeout: $r419.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r421: { readonly nTimeout: number }, $r422: { readonly nRestart: number }) => ({ nRestart: $r422.nRestart, nTimeout: $r421.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r423: { readonly nTimeout: number }, $r424: { readonly nRestart: number }) => ({ nRestart: $r424.nRestart, nTimeout: $r423.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_9($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$427: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$427 ??= R.chooseBit(ALL, nServers, ($c425: number): boolean => R.everyBit(ALL, nServers, ($q426: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c425]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q426]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_9($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$430: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$430 ??= R.chooseBit(ALL, nServers, ($c428: number): boolean => R.everyBit(ALL, nServers, ($q429: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c428]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q429]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_9(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowerProcessNEWLEADER", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_9($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** PendingACKLD(i, j): tla/specs/Zab.tla, lines 202-204. */
  function PendingACKLD($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -3))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_10($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r461: { readonly nTimeout: number }, $r462: { readonly nRestart: number }) => ({ nRestart: $r462.nRestart, nTimeout: $r461.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r463: { readonly nTimeout: number }, $r464: { readonly nRestart: number }) => ({ nRestart: $r464.nRestart, nTimeout: $r463.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r465: { readonly nTimeout: number }, $r466: { readonly nRestart: number }) => ({ nRestart: $r466.nRestart, nTimeout: $r465.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r467: { readonly nTimeout: number }, $r468: { readonly nRestart: number }) => ({ nRestart: $r468.nRestart, nTimeout: $r467.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r469: { readonly nTimeout: number }, $r470: { readonly nRestart: number }) => ({ nRestart: $r470.nRestart, nTimeout: $r469.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_10($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$473: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$473 ??= R.chooseBit(ALL, nServers, ($c471: number): boolean => R.everyBit(ALL, nServers, ($q472: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c471]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q472]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_10($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$476: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$476 ??= R.chooseBit(ALL, nServers, ($c474: number): boolean => R.everyBit(ALL, nServers, ($q475: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c474]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q475]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_10(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderProcessACKLD", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_10($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** AckldRecvQuorumFormed(i): tla/specs/Zab.tla, lines 753-754. */
  function AckldRecvQuorumFormed($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackldRecv$486: number | undefined
  return IsQuorum($s, $n, (sid_ackldRecv$486 ??= $s.ackldRecv[i_]!.reduce((m: number, $m485: AckldRecvOfItem) => m | (1 << $m485.sid), 0)))
})()
  }
  /** UpdateAckldRecv(oldSet, sid): tla/specs/Zab.tla, lines 758-765. */
  function UpdateAckldRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<AckldRecvOfItem>, sid_: number): ReadonlyArray<AckldRecvOfItem> {
    return ((): ReadonlyArray<AckldRecvOfItem> => {
  let sid_set$489: number | undefined
  let follower_info$490: AckldRecvOfItem | undefined
  return ((((sid_set$489 ??= oldSet_.reduce((m: number, $m488: AckldRecvOfItem) => m | (1 << $m488.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<AckldRecvOfItem> => {
  let old_info$492: AckldRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$492 ??= R.chooseIn(oldSet_, ($c491: AckldRecvOfItem): boolean => ($c491.sid === sid_)))], cmpAckldRecvOfItem), cmpAckldRecvOfItem), R.sortedArray([(follower_info$490 ??= ({ connected: true, sid: sid_ }))], cmpAckldRecvOfItem), cmpAckldRecvOfItem)
})() : R.union(oldSet_, R.sortedArray([(follower_info$490 ??= ({ connected: true, sid: sid_ }))], cmpAckldRecvOfItem), cmpAckldRecvOfItem))
})()
  }
  /** UpdateAcksidHelper(txns, target, endZxid): tla/specs/Zab.tla, lines 770-780. */
  function UpdateAcksidHelper($s: TypedState, $n: R.Partial | null, txns_: ReadonlyArray<HistoryOfItem>, target_: number, endZxid_: ReadonlyArray<number>): ReadonlyArray<HistoryOfItem> {
    return ((txns_.length === 0) ? [] : ((): ReadonlyArray<HistoryOfItem> => {
  let oldTxn$495: HistoryOfItem | undefined
  return (ZxidCompare($s, $n, (oldTxn$495 ??= R.at(txns_, 1)).zxid, endZxid_) ? txns_ : ((): ReadonlyArray<HistoryOfItem> => {
  let newTxn$496: HistoryOfItem | undefined
  return [...[(newTxn$496 ??= ({ ackSid: ((((oldTxn$495 ??= R.at(txns_, 1)).ackSid >> target_) & 1) === 1 ? (oldTxn$495 ??= R.at(txns_, 1)).ackSid : ((oldTxn$495 ??= R.at(txns_, 1)).ackSid | ((1 << target_)))), epoch: (oldTxn$495 ??= R.at(txns_, 1)).epoch, value: (oldTxn$495 ??= R.at(txns_, 1)).value, zxid: (oldTxn$495 ??= R.at(txns_, 1)).zxid }))], ...UpdateAcksidHelper($s, $n, R.tail(txns_), target_, endZxid_)]
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
  let sid_ackldRecv$501: number | undefined
  return IsQuorum($s, $n, (sid_ackldRecv$501 ??= (R.primed($n, 9) as ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>)[i_]!.reduce((m: number, $m500: AckldRecvOfItem) => m | (1 << $m500.sid), 0)))
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
    return (R.eq(S_, []) ? -1 : R.chooseIn(S_, ($c533: number): boolean => S_.every(($q534: number): boolean => ($c533 <= $q534))))
  }
  /** ZxidToIndexHelper(his, zxid, cur, appeared): tla/specs/Zab.tla, lines 837-843. */
  function ZxidToIndexHelper($s: TypedState, $n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>, zxid_: ReadonlyArray<number>, cur_: number, appeared_: boolean): number {
    return ((cur_ > his_.length) ? cur_ : (TxnZxidEqual($s, $n, R.at(his_, cur_), zxid_) ? ((appeared_ === true) ? -1 : Minimum($s, $n, R.sortedArray([cur_, ZxidToIndexHelper($s, $n, his_, zxid_, (cur_ + 1), true)], R.compareNumbers))) : ZxidToIndexHelper($s, $n, his_, zxid_, (cur_ + 1), appeared_)))
  }
  /** ZxidToIndex(his, zxid): tla/specs/Zab.tla, lines 847-852. */
  function ZxidToIndex($s: TypedState, $n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>, zxid_: ReadonlyArray<number>): number {
    return (ZxidEqual($s, $n, zxid_, [0, 0]) ? 0 : ((his_.length === 0) ? 1 : ((): number => {
  let len$531: number | undefined
  return (R.range(1, (len$531 ??= his_.length)).some(($q532: number): boolean => TxnZxidEqual($s, $n, R.at(his_, $q532), zxid_)) ? ZxidToIndexHelper($s, $n, his_, zxid_, 1, false) : ((len$531 ??= his_.length) + 1))
})()))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_11($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r541: { readonly nTimeout: number }, $r542: { readonly nRestart: number }) => ({ nRestart: $r542.nRestart, nTimeout: $r541.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r543: { readonly nTimeout: number }, $r544: { readonly nRestart: number }) => ({ nRestart: $r544.nRestart, nTimeout: $r543.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r545: { readonly nTimeout: number }, $r546: { readonly nRestart: number }) => ({ nRestart: $r546.nRestart, nTimeout: $r545.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r547: { readonly nTimeout: number }, $r548: { readonly nRestart: number }) => ({ nRestart: $r548.nRestart, nTimeout: $r547.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r549: { readonly nTimeout: number }, $r550: { readonly nRestart: number }) => ({ nRestart: $r550.nRestart, nTimeout: $r549.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_11($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$553: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$553 ??= R.chooseBit(ALL, nServers, ($c551: number): boolean => R.everyBit(ALL, nServers, ($q552: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c551]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q552]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_11($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$556: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$556 ??= R.chooseBit(ALL, nServers, ($c554: number): boolean => R.everyBit(ALL, nServers, ($q555: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c554]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q555]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_11(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowerProcessCOMMITLD", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_11($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
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
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_12($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r569: { readonly nTimeout: number }, $r570: { readonly nRestart: number }) => ({ nRestart: $r570.nRestart, nTimeout: $r569.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r571: { readonly nTimeout: number }, $r572: { readonly nRestart: number }) => ({ nRestart: $r572.nRestart, nTimeout: $r571.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r573: { readonly nTimeout: number }, $r574: { readonly nRestart: number }) => ({ nRestart: $r574.nRestart, nTimeout: $r573.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r575: { readonly nTimeout: number }, $r576: { readonly nRestart: number }) => ({ nRestart: $r576.nRestart, nTimeout: $r575.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r577: { readonly nTimeout: number }, $r578: { readonly nRestart: number }) => ({ nRestart: $r578.nRestart, nTimeout: $r577.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_12($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (true ? ((): number => {
  let s$581: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$581 ??= R.chooseBit(ALL, nServers, ($c579: number): boolean => R.everyBit(ALL, nServers, ($q580: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c579]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q580]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_12($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$584: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$584 ??= R.chooseBit(ALL, nServers, ($c582: number): boolean => R.everyBit(ALL, nServers, ($q583: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c582]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q583]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_12(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderProcessRequest", atomValue(pc_[1])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_12($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (true ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** CurrentCounter(i): tla/specs/Zab.tla, lines 901-902. */
  function CurrentCounter($s: TypedState, $n: R.Partial | null, i_: number): number {
    return ((R.at(LastZxid($s, $n, i_), 1) === $s.currentEpoch[i_]!) ? R.at(LastZxid($s, $n, i_), 2) : 0)
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_13($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r606: { readonly nTimeout: number }, $r607: { readonly nRestart: number }) => ({ nRestart: $r607.nRestart, nTimeout: $r606.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r608: { readonly nTimeout: number }, $r609: { readonly nRestart: number }) => ({ nRestart: $r609.nRestart, nTimeout: $r608.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r610: { readonly nTimeout: number }, $r611: { readonly nRestart: number }) => ({ nRestart: $r611.nRestart, nTimeout: $r610.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r612: { readonly nTimeout: number }, $r613: { readonly nRestart: number }) => ({ nRestart: $r613.nRestart, nTimeout: $r612.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r614: { readonly nTimeout: number }, $r615: { readonly nRestart: number }) => ({ nRestart: $r615.nRestart, nTimeout: $r614.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_13($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$618: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$618 ??= R.chooseBit(ALL, nServers, ($c616: number): boolean => R.everyBit(ALL, nServers, ($q617: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c616]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q617]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_13($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$621: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$621 ??= R.chooseBit(ALL, nServers, ($c619: number): boolean => R.everyBit(ALL, nServers, ($q620: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c619]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q620]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_13(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderBroadcastPROPOSE", atomValue(pc_[1])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_13($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** PendingPROPOSE(i, j): tla/specs/Zab.tla, lines 206-208. */
  function PendingPROPOSE($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -16))
  }
  /** IsNextZxid(curZxid, nextZxid): tla/specs/Zab.tla, lines 927-937. */
  function IsNextZxid(_$s: TypedState, _$n: R.Partial | null, curZxid_: ReadonlyArray<number>, nextZxid_: ReadonlyArray<number>): boolean {
    return (((R.at(nextZxid_, 2) === 1) && (R.at(curZxid_, 1) < R.at(nextZxid_, 1))) || ((R.at(nextZxid_, 2) > 1) && (R.at(curZxid_, 1) === R.at(nextZxid_, 1)) && ((R.at(curZxid_, 2) + 1) === R.at(nextZxid_, 2))))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_14($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r635: { readonly nTimeout: number }, $r636: { readonly nRestart: number }) => ({ nRestart: $r636.nRestart, nTimeout: $r635.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r637: { readonly nTimeout: number }, $r638: { readonly nRestart: number }) => ({ nRestart: $r638.nRestart, nTimeout: $r637.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r639: { readonly nTimeout: number }, $r640: { readonly nRestart: number }) => ({ nRestart: $r640.nRestart, nTimeout: $r639.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r641: { readonly nTimeout: number }, $r642: { readonly nRestart: number }) => ({ nRestart: $r642.nRestart, nTimeout: $r641.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r643: { readonly nTimeout: number }, $r644: { readonly nRestart: number }) => ({ nRestart: $r644.nRestart, nTimeout: $r643.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_14($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$647: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$647 ??= R.chooseBit(ALL, nServers, ($c645: number): boolean => R.everyBit(ALL, nServers, ($q646: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c645]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q646]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_14($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$650: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$650 ??= R.chooseBit(ALL, nServers, ($c648: number): boolean => R.everyBit(ALL, nServers, ($q649: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c648]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q649]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_14(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowerProcessPROPOSE", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_14($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** PendingACK(i, j): tla/specs/Zab.tla, lines 208-210. */
  function PendingACK($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -1))
  }
  /** LastAckIndexFromFollower(i, j): tla/specs/Zab.tla, lines 999-1001. */
  function LastAckIndexFromFollower($s: TypedState, $n: R.Partial | null, i_: number, j_: number): number {
    return ((): number => {
  let set_index$686: ReadonlyArray<number> | undefined
  return Maximum($s, $n, (set_index$686 ??= R.range(1, $s.history[i_]!.length).filter(($f685: number): boolean => ((R.at($s.history[i_]!, $f685).ackSid >> j_) & 1) === 1)))
})()
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_15($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r691: { readonly nTimeout: number }, $r692: { readonly nRestart: number }) => ({ nRestart: $r692.nRestart, nTimeout: $r691.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r693: { readonly nTimeout: number }, $r694: { readonly nRestart: number }) => ({ nRestart: $r694.nRestart, nTimeout: $r693.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r695: { readonly nTimeout: number }, $r696: { readonly nRestart: number }) => ({ nRestart: $r696.nRestart, nTimeout: $r695.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r697: { readonly nTimeout: number }, $r698: { readonly nRestart: number }) => ({ nRestart: $r698.nRestart, nTimeout: $r697.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r699: { readonly nTimeout: number }, $r700: { readonly nRestart: number }) => ({ nRestart: $r700.nRestart, nTimeout: $r699.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_15($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$703: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$703 ??= R.chooseBit(ALL, nServers, ($c701: number): boolean => R.everyBit(ALL, nServers, ($q702: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c701]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q702]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_15($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$706: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$706 ??= R.chooseBit(ALL, nServers, ($c704: number): boolean => R.everyBit(ALL, nServers, ($q705: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c704]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q705]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_15(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderProcessACK", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_15($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
  }
  /** PendingCOMMIT(i, j): tla/specs/Zab.tla, lines 210-213. */
  function PendingCOMMIT($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -6))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_16($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (false ? (($r779: { readonly nTimeout: number }, $r780: { readonly nRestart: number }) => ({ nRestart: $r780.nRestart, nTimeout: $r779.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r781: { readonly nTimeout: number }, $r782: { readonly nRestart: number }) => ({ nRestart: $r782.nRestart, nTimeout: $r781.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r783: { readonly nTimeout: number }, $r784: { readonly nRestart: number }) => ({ nRestart: $r784.nRestart, nTimeout: $r783.nTimeout }))(RecorderIncTimeout($s, $n), RecorderGetRestart($s, $n)) : false ? (($r785: { readonly nTimeout: number }, $r786: { readonly nRestart: number }) => ({ nRestart: $r786.nRestart, nTimeout: $r785.nTimeout }))(RecorderIncTimeout($s, $n), RecorderIncRestart($s, $n)) : (($r787: { readonly nTimeout: number }, $r788: { readonly nRestart: number }) => ({ nRestart: $r788.nRestart, nTimeout: $r787.nTimeout }))(RecorderGetTimeout($s, $n), RecorderGetRestart($s, $n)))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_16($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: (false ? ((): number => {
  let s$791: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$791 ??= R.chooseBit(ALL, nServers, ($c789: number): boolean => R.everyBit(ALL, nServers, ($q790: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c789]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q790]!.length))))]!.length
})() : $s.recorder.nTransaction) })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_16($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: (false ? ((): number => {
  let s$794: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$794 ??= R.chooseBit(ALL, nServers, ($c792: number): boolean => R.everyBit(ALL, nServers, ($q793: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c792]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q793]!))))]!
})() : $s.recorder.maxEpoch) })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_16(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowerProcessCOMMIT", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_16($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: (false ? ($s.recorder.nClientRequest + 1) : $s.recorder.nClientRequest) })
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
    return R.everyBit(ALL, nServers, ($q851: number): boolean => R.everyBit(ALL, nServers, ($q852: number): boolean => (!(IsLeader_2($s, null, $q851) && $set855.includes($s.zabState[$q851]!) && IsLeader_2($s, null, $q852) && $set856.includes($s.zabState[$q852]!) && ($s.currentEpoch[$q851]! === $s.currentEpoch[$q852]!)) || ($q851 === $q852))))
  }
  /** MAXEPOCH(): tla/specs/Zab.tla, line 35. */
  function MAXEPOCH(_$s: TypedState, _$n: R.Partial | null): number {
    return 10
  }
  /** Leadership2(): tla/specs/Zab.tla, line 1156. */
  function Leadership2($s: TypedState, _$n: R.Partial | null): boolean {
    return R.range(1, MAXEPOCH($s, null)).every(($q857: number): boolean => (R.popCount(R.fnApply($s.epochLeader, $q857)) <= 1))
  }
  /** Minimum(S): tla/specs/Zab.tla, lines 111-112. */
  function Minimum_2(_$s: TypedState, _$n: R.Partial | null, S_: ReadonlyArray<number>): number {
    return (R.eq(S_, []) ? -1 : R.chooseIn(S_, ($c860: number): boolean => S_.every(($q861: number): boolean => ($c860 <= $q861))))
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
    return R.everyBit(ALL, nServers, ($q858: number): boolean => R.everyBit(ALL, nServers, ($q859: number): boolean => ((): boolean => {
  let smaller$862: number | undefined
  return (((smaller$862 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q858]!.index, $s.lastCommitted[$q859]!.index], R.compareNumbers))) === 0) || (((smaller$862 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q858]!.index, $s.lastCommitted[$q859]!.index], R.compareNumbers))) > 0) && R.range(1, (smaller$862 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q858]!.index, $s.lastCommitted[$q859]!.index], R.compareNumbers)))).every(($q863: number): boolean => TxnEqual($s, null, R.at($s.history[$q858]!, $q863), R.at($s.history[$q859]!, $q863)))))
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
    return R.everyBit(ALL, nServers, ($q864: number): boolean => (!(IsFollower_2($s, null, $q864) && ($s.lastCommitted[$q864]!.index > 0)) || R.range(1, $s.lastCommitted[$q864]!.index).every(($q868: number): boolean => $s.proposalMsgsLog.some(($q869: ProposalMsgsLogItem): boolean => ((): boolean => {
  let txn_proposal$870: { readonly value: number; readonly zxid: ReadonlyArray<number> } | undefined
  return TxnEqual_2($s, null, R.at($s.history[$q864]!, $q868), (txn_proposal$870 ??= ({ value: $q869.data, zxid: $q869.zxid })))
})()))))
  }
  /** Agreement(): tla/specs/Zab.tla, lines 1178-1190. */
  function Agreement($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q871: number): boolean => R.everyBit(ALL, nServers, ($q872: number): boolean => (!(IsFollower_2($s, null, $q871) && ($s.lastCommitted[$q871]!.index > 0) && IsFollower_2($s, null, $q872) && ($s.lastCommitted[$q872]!.index > 0)) || R.range(1, $s.lastCommitted[$q871]!.index).every(($q877: number): boolean => R.range(1, $s.lastCommitted[$q872]!.index).every(($q878: number): boolean => (R.range(1, $s.lastCommitted[$q872]!.index).some(($q879: number): boolean => TxnEqual($s, null, R.at($s.history[$q872]!, $q879), R.at($s.history[$q871]!, $q877))) || R.range(1, $s.lastCommitted[$q871]!.index).some(($q880: number): boolean => TxnEqual($s, null, R.at($s.history[$q871]!, $q880), R.at($s.history[$q872]!, $q878)))))))))
  }
  /** TotalOrder(): tla/specs/Zab.tla, lines 1190-1206. */
  function TotalOrder($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q881: number): boolean => R.everyBit(ALL, nServers, ($q882: number): boolean => ((): boolean => {
  let committed1$883: number | undefined
  let committed2$884: number | undefined
  return (!(((committed1$883 ??= $s.lastCommitted[$q881]!.index) >= 2) && ((committed2$884 ??= $s.lastCommitted[$q882]!.index) >= 2)) || R.range(1, ((committed1$883 ??= $s.lastCommitted[$q881]!.index) - 1)).every(($q891: number): boolean => R.range(($q891 + 1), (committed1$883 ??= $s.lastCommitted[$q881]!.index)).every(($q892: number): boolean => ((): boolean => {
  let logOk$894: boolean | undefined
  return (!(logOk$894 ??= R.range(1, (committed2$884 ??= $s.lastCommitted[$q882]!.index)).some(($q893: number): boolean => TxnEqual($s, null, R.at($s.history[$q881]!, $q892), R.at($s.history[$q882]!, $q893)))) || ((logOk$894 ??= R.range(1, (committed2$884 ??= $s.lastCommitted[$q882]!.index)).some(($q893: number): boolean => TxnEqual($s, null, R.at($s.history[$q881]!, $q892), R.at($s.history[$q882]!, $q893)))) && R.range(1, (committed2$884 ??= $s.lastCommitted[$q882]!.index)).some(($q895: number): boolean => (TxnEqual($s, null, R.at($s.history[$q881]!, $q892), R.at($s.history[$q882]!, $q895)) && R.range(1, ($q895 - 1)).some(($q896: number): boolean => TxnEqual($s, null, R.at($s.history[$q881]!, $q891), R.at($s.history[$q882]!, $q896)))))))
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
  return R.everyBit(ALL, nServers, ($q897: number): boolean => R.range(1, $s.currentEpoch[$q897]!).every(($q898: number): boolean => ((R.sortedArray($s.proposalMsgsLog.filter(($f899: ProposalMsgsLogItem): boolean => (($f899.source === $q897) && ($f899.epoch === $q898))).map(($m900: ProposalMsgsLogItem) => ({ value: $m900.data, zxid: $m900.zxid })), cmpRecord_).length < 2) || ((R.sortedArray($s.proposalMsgsLog.filter(($f901: ProposalMsgsLogItem): boolean => (($f901.source === $q897) && ($f901.epoch === $q898))).map(($m902: ProposalMsgsLogItem) => ({ value: $m902.data, zxid: $m902.zxid })), cmpRecord_).length >= 2) && R.sortedArray($s.proposalMsgsLog.filter(($f903: ProposalMsgsLogItem): boolean => (($f903.source === $q897) && ($f903.epoch === $q898))).map(($m904: ProposalMsgsLogItem) => ({ value: $m904.data, zxid: $m904.zxid })), cmpRecord_).some(($q905: Record_): boolean => R.sortedArray($s.proposalMsgsLog.filter(($f906: ProposalMsgsLogItem): boolean => (($f906.source === $q897) && ($f906.epoch === $q898))).map(($m907: ProposalMsgsLogItem) => ({ value: $m907.data, zxid: $m907.zxid })), cmpRecord_).some(($q908: Record_): boolean => (TxnEqual_3($s, null, $q905, $q908) || (!TxnEqual_3($s, null, $q905, $q908) && ((): boolean => {
  let TxnPre$909: Record_ | undefined
  let TxnNext$910: Record_ | undefined
  return R.everyBit(ALL, nServers, ($q911: number): boolean => (!(($s.lastCommitted[$q911]!.index >= 2) && R.range(1, $s.lastCommitted[$q911]!.index).some(($q915: number): boolean => TxnEqual_2($s, null, R.at($s.history[$q911]!, $q915), (TxnNext$910 ??= (ZxidCompare_2($s, null, $q905.zxid, $q908.zxid) ? $q905 : $q908))))) || R.range(1, $s.lastCommitted[$q911]!.index).some(($q916: number): boolean => (TxnEqual_2($s, null, R.at($s.history[$q911]!, $q916), (TxnNext$910 ??= (ZxidCompare_2($s, null, $q905.zxid, $q908.zxid) ? $q905 : $q908))) && ($q916 > 1) && R.range(1, ($q916 - 1)).some(($q917: number): boolean => TxnEqual_2($s, null, R.at($s.history[$q911]!, $q917), (TxnPre$909 ??= (ZxidCompare_2($s, null, $q905.zxid, $q908.zxid) ? $q908 : $q905))))))))
})()))))))))
})()
  }
  /** EpochPrecedeInTxn(txn1, txn2): tla/specs/Zab.tla, line 139. */
  function EpochPrecedeInTxn(_$s: TypedState, _$n: R.Partial | null, txn1_: HistoryOfItem, txn2_: HistoryOfItem): boolean {
    return (R.at(txn1_.zxid, 1) < R.at(txn2_.zxid, 1))
  }
  /** GlobalPrimaryOrder(): tla/specs/Zab.tla, lines 1229-1237. */
  function GlobalPrimaryOrder($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q918: number): boolean => (!($s.lastCommitted[$q918]!.index >= 2) || R.range(1, $s.lastCommitted[$q918]!.index).every(($q921: number): boolean => R.range(1, $s.lastCommitted[$q918]!.index).every(($q922: number): boolean => (!EpochPrecedeInTxn($s, null, R.at($s.history[$q918]!, $q921), R.at($s.history[$q918]!, $q922)) || (EpochPrecedeInTxn($s, null, R.at($s.history[$q918]!, $q921), R.at($s.history[$q918]!, $q922)) && ($q921 < $q922)))))))
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
    return R.everyBit(ALL, nServers, ($q923: number): boolean => R.everyBit(ALL, nServers, ($q924: number): boolean => (!(IsLeader_2($s, null, $q923) && IsMyLearner_2($s, null, $q923, $q924) && IsFollower_2($s, null, $q924) && IsMyLeader_2($s, null, $q924, $q923) && ($s.zabState[$q923]! === -4) && ($s.zabState[$q924]! === -4) && ($s.lastCommitted[$q924]!.index >= 1)) || R.range(1, $s.lastCommitted[$q924]!.index).every(($q927: number): boolean => ((R.at(R.at($s.history[$q924]!, $q927).zxid, 1) >= $s.currentEpoch[$q923]!) || ((R.at(R.at($s.history[$q924]!, $q927).zxid, 1) < $s.currentEpoch[$q923]!) && R.range(1, $s.lastCommitted[$q923]!.index).some(($q928: number): boolean => TxnEqual($s, null, R.at($s.history[$q923]!, $q928), R.at($s.history[$q924]!, $q927)))))))))
  }
  /** UpdateLeader(i) as an action: tla/specs/Zab.tla, lines 395-404. */
  function UpdateLeader_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(IsLooking($s, $n, i_))) return
    if (!(!($s.leaderOracle === i_))) return
    if (!$n.bind(12, i_)) return
    const i$0 = i_
    // SwitchToLeader: tla/specs/Zab.tla, lines 346-361
    {
    if (!$n.bind(0, R.setAt($s.state, i$0, -11))) return
    if (!$n.bind(1, R.setAt($s.zabState, i$0, -8))) return
    if (!$n.bind(6, R.setAt($s.learners, i$0, ((1 << i$0))))) return
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$0, R.sortedArray([({ connected: true, epoch: $s.acceptedEpoch[i$0]!, sid: i$0 })], cmpCepochRecvOfItem)))) return
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$0, R.sortedArray([({ connected: true, peerHistory: $s.history[i$0]!, peerLastEpoch: $s.currentEpoch[i$0]!, sid: i$0 })], cmpAckeRecvOfItem)))) return
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$0, R.sortedArray([({ connected: true, sid: i$0 })], cmpAckldRecvOfItem)))) return
    if (!$n.bind(10, R.setAt($s.sendCounter, i$0, 0))) return
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(11, $s.connectInfo) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants) && $n.bind(13, $s.msgs))) return
    const pc$1 = (["UpdateLeader", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r18: { readonly nRestart: number; readonly nTimeout: number }, $r19: { readonly nTransaction: number }, $r20: { readonly maxEpoch: number }, $r21: { readonly pc: ReadonlyArray<T.Value> }, $r22: { readonly nClientRequest: number }, _$r23: Recorder) => ({ maxEpoch: $r20.maxEpoch, nClientRequest: $r22.nClientRequest, nRestart: $r18.nRestart, nTimeout: $r18.nTimeout, nTransaction: $r19.nTransaction, pc: $r21.pc }))(RecorderSetFailure($s, $n, pc$1), RecorderSetTransactionNum($s, $n, pc$1), RecorderSetMaxEpoch($s, $n, pc$1), RecorderSetPc($s, $n, pc$1), RecorderSetRequests($s, $n, pc$1), $s.recorder))) return
    $k($n)
    }
    }
  }
  /** FollowLeader(i) as an action: tla/specs/Zab.tla, lines 404-416. */
  function FollowLeader_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(IsLooking($s, $n, i_))) return
    if (!(!($s.leaderOracle === -15))) return
    const $k24 = (): void => {
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(12, $s.leaderOracle) && $n.bind(11, $s.connectInfo) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants) && $n.bind(13, $s.msgs))) return
    const pc$25 = (["FollowLeader", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r42: { readonly nRestart: number; readonly nTimeout: number }, $r43: { readonly nTransaction: number }, $r44: { readonly maxEpoch: number }, $r45: { readonly pc: ReadonlyArray<T.Value> }, $r46: { readonly nClientRequest: number }, _$r47: Recorder) => ({ maxEpoch: $r44.maxEpoch, nClientRequest: $r46.nClientRequest, nRestart: $r42.nRestart, nTimeout: $r42.nTimeout, nTransaction: $r43.nTransaction, pc: $r45.pc }))(RecorderSetFailure_2($s, $n, pc$25), RecorderSetTransactionNum_2($s, $n, pc$25), RecorderSetMaxEpoch_2($s, $n, pc$25), RecorderSetPc_2($s, $n, pc$25), RecorderSetRequests_2($s, $n, pc$25), $s.recorder))) return
    $k($n)
    }
    }
    const $m48 = $n.mark()
    or49: {
    if (!(($s.leaderOracle === i_))) break or49
    const i$50 = i_
    // SwitchToLeader: tla/specs/Zab.tla, lines 346-361
    {
    if (!$n.bind(0, R.setAt($s.state, i$50, -11))) break or49
    if (!$n.bind(1, R.setAt($s.zabState, i$50, -8))) break or49
    if (!$n.bind(6, R.setAt($s.learners, i$50, ((1 << i$50))))) break or49
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$50, R.sortedArray([({ connected: true, epoch: $s.acceptedEpoch[i$50]!, sid: i$50 })], cmpCepochRecvOfItem)))) break or49
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$50, R.sortedArray([({ connected: true, peerHistory: $s.history[i$50]!, peerLastEpoch: $s.currentEpoch[i$50]!, sid: i$50 })], cmpAckeRecvOfItem)))) break or49
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$50, R.sortedArray([({ connected: true, sid: i$50 })], cmpAckldRecvOfItem)))) break or49
    if (!$n.bind(10, R.setAt($s.sendCounter, i$50, 0))) break or49
    $k24()
    }
    }
    $n.undo($m48)
    or51: {
    if (!(!($s.leaderOracle === i_))) break or51
    const i$52 = i_
    // SwitchToFollower: tla/specs/Zab.tla, lines 342-346
    {
    if (!$n.bind(0, R.setAt($s.state, i$52, -10))) break or51
    if (!$n.bind(1, R.setAt($s.zabState, i$52, -8))) break or51
    if (!($n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter))) break or51
    $k24()
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
    let newLearners$53: number | undefined
    const $k54 = (): void => {
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$55 = (["Timeout", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r72: { readonly nRestart: number; readonly nTimeout: number }, $r73: { readonly nTransaction: number }, $r74: { readonly maxEpoch: number }, $r75: { readonly pc: ReadonlyArray<T.Value> }, $r76: { readonly nClientRequest: number }, _$r77: Recorder) => ({ maxEpoch: $r74.maxEpoch, nClientRequest: $r76.nClientRequest, nRestart: $r72.nRestart, nTimeout: $r72.nTimeout, nTransaction: $r73.nTransaction, pc: $r75.pc }))(RecorderSetFailure_3($s, $n, pc$55), RecorderSetTransactionNum_3($s, $n, pc$55), RecorderSetMaxEpoch_3($s, $n, pc$55), RecorderSetPc_3($s, $n, pc$55), RecorderSetRequests_3($s, $n, pc$55), $s.recorder))) return
    $k($n)
    }
    }
    const $m78 = $n.mark()
    or79: {
    if (!(IsQuorum($s, $n, (newLearners$53 ??= ($s.learners[i_]! & ~((1 << j_))))))) break or79
    const i$81 = i_
    const j$82 = j_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$81, ($s.learners[i$81]! & ~((1 << j$82)))))) break or79
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$81, RemoveCepochRecv($s, $n, $s.cepochRecv[i$81]!, j$82)))) break or79
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$81, RemoveAckeRecv($s, $n, $s.ackeRecv[i$81]!, j$82)))) break or79
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$81, RemoveAckldRecv($s, $n, $s.ackldRecv[i$81]!, j$82)))) break or79
    const i$98 = j_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$98, -12))) break or79
    if (!$n.bind(1, R.setAt($s.zabState, i$98, -9))) break or79
    if (!$n.bind(11, R.setAt($s.connectInfo, i$98, -15))) break or79
    const i$99 = i_
    const j$100 = j_
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o101: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o101, i$99, R.setAt($o101[i$99]!, j$100, [])))(R.setAt($s.msgs, j$100, R.setAt($s.msgs[j$100]!, i$99, []))))) break or79
    $k54()
    }
    }
    }
    }
    $n.undo($m78)
    or102: {
    if (!(!IsQuorum($s, $n, (newLearners$53 ??= ($s.learners[i_]! & ~((1 << j_))))))) break or102
    const i$103 = i_
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$104: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x105: number) => ((((S$104 ??= $s.learners[i$103]!) >> $x105) & 1) === 1 ? -12 : $s.state[$x105]!)))) break or102
    if (!$n.bind(1, R.arrayOf(nServers, ($x106: number) => ((((S$104 ??= $s.learners[i$103]!) >> $x106) & 1) === 1 ? -9 : $s.zabState[$x106]!)))) break or102
    if (!$n.bind(11, R.arrayOf(nServers, ($x107: number) => ((((S$104 ??= $s.learners[i$103]!) >> $x107) & 1) === 1 ? -15 : $s.connectInfo[$x107]!)))) break or102
    const S$108 = (S$104 ??= $s.learners[i$103]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x109: number) => R.arrayOf(nServers, ($x110: number) => (((S$108 >> $x110) & 1) === 1 ? [] : $s.msgs[$x109]![$x110]!))))) break or102
    if (!$n.bind(6, R.setAt($s.learners, i$103, 0))) break or102
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or102
    $k54()
    }
    }
    }
    }
    $n.undo($m78)
    }
  }
  /** Restart(i) as an action: tla/specs/Zab.tla, lines 443-473. */
  function Restart_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(CheckRestart($s, $n))) return
    const $k111 = (): void => {
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) return
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$112 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r129: { readonly nRestart: number; readonly nTimeout: number }, $r130: { readonly nTransaction: number }, $r131: { readonly maxEpoch: number }, $r132: { readonly pc: ReadonlyArray<T.Value> }, $r133: { readonly nClientRequest: number }, _$r134: Recorder) => ({ maxEpoch: $r131.maxEpoch, nClientRequest: $r133.nClientRequest, nRestart: $r129.nRestart, nTimeout: $r129.nTimeout, nTransaction: $r130.nTransaction, pc: $r132.pc }))(RecorderSetFailure_4($s, $n, pc$112), RecorderSetTransactionNum_4($s, $n, pc$112), RecorderSetMaxEpoch_4($s, $n, pc$112), RecorderSetPc_4($s, $n, pc$112), RecorderSetRequests_4($s, $n, pc$112), $s.recorder))) return
    $k($n)
    }
    }
    const $m135 = $n.mark()
    or136: {
    if (!(IsLooking($s, $n, i_))) break or136
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(6, $s.learners) && $n.bind(11, $s.connectInfo) && $n.bind(13, $s.msgs) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or136
    $k111()
    }
    $n.undo($m135)
    or137: {
    if (!(IsFollower($s, $n, i_))) break or137
    {
    let connectedWithLeader$138: boolean | undefined
    const $k139 = (): void => {
    $k111()
    }
    const $m140 = $n.mark()
    or141: {
    if (!((connectedWithLeader$138 ??= HasLeader($s, $n, i_)))) break or141
    {
    let leader$142: number | undefined
    let newLearners$143: number | undefined
    const $k144 = (): void => {
    $k139()
    }
    const $m145 = $n.mark()
    or146: {
    if (!(IsQuorum($s, $n, (newLearners$143 ??= ($s.learners[(leader$142 ??= $s.connectInfo[i_]!)]! & ~((1 << i_))))))) break or146
    const i$147 = (leader$142 ??= $s.connectInfo[i_]!)
    const j$148 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$147, ($s.learners[i$147]! & ~((1 << j$148)))))) break or146
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$147, RemoveCepochRecv($s, $n, $s.cepochRecv[i$147]!, j$148)))) break or146
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$147, RemoveAckeRecv($s, $n, $s.ackeRecv[i$147]!, j$148)))) break or146
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$147, RemoveAckldRecv($s, $n, $s.ackldRecv[i$147]!, j$148)))) break or146
    const i$149 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$149, -12))) break or146
    if (!$n.bind(1, R.setAt($s.zabState, i$149, -9))) break or146
    if (!$n.bind(11, R.setAt($s.connectInfo, i$149, -15))) break or146
    const i$150 = (leader$142 ??= $s.connectInfo[i_]!)
    const j$151 = i_
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o152: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o152, i$150, R.setAt($o152[i$150]!, j$151, [])))(R.setAt($s.msgs, j$151, R.setAt($s.msgs[j$151]!, i$150, []))))) break or146
    $k144()
    }
    }
    }
    }
    $n.undo($m145)
    or153: {
    if (!(!IsQuorum($s, $n, (newLearners$143 ??= ($s.learners[(leader$142 ??= $s.connectInfo[i_]!)]! & ~((1 << i_))))))) break or153
    const i$154 = (leader$142 ??= $s.connectInfo[i_]!)
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$155: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x156: number) => ((((S$155 ??= $s.learners[i$154]!) >> $x156) & 1) === 1 ? -12 : $s.state[$x156]!)))) break or153
    if (!$n.bind(1, R.arrayOf(nServers, ($x157: number) => ((((S$155 ??= $s.learners[i$154]!) >> $x157) & 1) === 1 ? -9 : $s.zabState[$x157]!)))) break or153
    if (!$n.bind(11, R.arrayOf(nServers, ($x158: number) => ((((S$155 ??= $s.learners[i$154]!) >> $x158) & 1) === 1 ? -15 : $s.connectInfo[$x158]!)))) break or153
    const S$159 = (S$155 ??= $s.learners[i$154]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x160: number) => R.arrayOf(nServers, ($x161: number) => (((S$159 >> $x161) & 1) === 1 ? [] : $s.msgs[$x160]![$x161]!))))) break or153
    if (!$n.bind(6, R.setAt($s.learners, i$154, 0))) break or153
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or153
    $k144()
    }
    }
    }
    }
    $n.undo($m145)
    }
    }
    $n.undo($m140)
    or162: {
    if (!(!(connectedWithLeader$138 ??= HasLeader($s, $n, i_)))) break or162
    const i$163 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$163, -12))) break or162
    if (!$n.bind(1, R.setAt($s.zabState, i$163, -9))) break or162
    if (!$n.bind(11, R.setAt($s.connectInfo, i$163, -15))) break or162
    const S$164 = ((1 << i_))
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x165: number) => R.arrayOf(nServers, ($x166: number) => (((S$164 >> $x166) & 1) === 1 ? [] : $s.msgs[$x165]![$x166]!))))) break or162
    if (!($n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or162
    $k139()
    }
    }
    }
    $n.undo($m140)
    }
    }
    $n.undo($m135)
    or167: {
    if (!(IsLeader($s, $n, i_))) break or167
    const i$168 = i_
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$169: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x170: number) => ((((S$169 ??= $s.learners[i$168]!) >> $x170) & 1) === 1 ? -12 : $s.state[$x170]!)))) break or167
    if (!$n.bind(1, R.arrayOf(nServers, ($x171: number) => ((((S$169 ??= $s.learners[i$168]!) >> $x171) & 1) === 1 ? -9 : $s.zabState[$x171]!)))) break or167
    if (!$n.bind(11, R.arrayOf(nServers, ($x172: number) => ((((S$169 ??= $s.learners[i$168]!) >> $x172) & 1) === 1 ? -15 : $s.connectInfo[$x172]!)))) break or167
    const S$173 = (S$169 ??= $s.learners[i$168]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x174: number) => R.arrayOf(nServers, ($x175: number) => (((S$173 >> $x175) & 1) === 1 ? [] : $s.msgs[$x174]![$x175]!))))) break or167
    if (!$n.bind(6, R.setAt($s.learners, i$168, 0))) break or167
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or167
    $k111()
    }
    }
    }
    }
    $n.undo($m135)
  }
  /** ConnectAndFollowerSendCEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 475-486. */
  function ConnectAndFollowerSendCEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(!IsMyLearner($s, $n, i_, j_))) return
    if (!(IsFollower($s, $n, j_))) return
    if (!(HasNoLeader($s, $n, j_))) return
    if (!(($s.leaderOracle === i_))) return
    if (!$n.bind(6, R.setAt($s.learners, i_, ($s.learners[i_]! | ((1 << j_)))))) return
    if (!$n.bind(11, R.setAt($s.connectInfo, j_, i_))) return
    const i$176 = j_
    const j$177 = i_
    const m$178 = ({ mepoch: $s.acceptedEpoch[j_]!, mtype: -5 })
    // Send: tla/specs/Zab.tla, lines 213-213
    {
    if (!$n.bind(13, R.setAt($s.msgs, i$176, R.setAt($s.msgs[i$176]!, j$177, [...$s.msgs[i$176]![j$177]!, (($r179) => ({ $v: 2, mdata: undefined, mepoch: $r179.mepoch, mhistory: undefined, mtype: $r179.mtype, mzxid: undefined }))(m$178)])))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter))) return
    const pc$180 = (["ConnectAndFollowerSendCEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r197: { readonly nRestart: number; readonly nTimeout: number }, $r198: { readonly nTransaction: number }, $r199: { readonly maxEpoch: number }, $r200: { readonly pc: ReadonlyArray<T.Value> }, $r201: { readonly nClientRequest: number }, _$r202: Recorder) => ({ maxEpoch: $r199.maxEpoch, nClientRequest: $r201.nClientRequest, nRestart: $r197.nRestart, nTimeout: $r197.nTimeout, nTransaction: $r198.nTransaction, pc: $r200.pc }))(RecorderSetFailure_5($s, $n, pc$180), RecorderSetTransactionNum_5($s, $n, pc$180), RecorderSetMaxEpoch_5($s, $n, pc$180), RecorderSetPc_5($s, $n, pc$180), RecorderSetRequests_5($s, $n, pc$180), $s.recorder))) return
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
    let msg$203: MsgsOfOfItem | undefined
    let infoOk$204: boolean | undefined
    if (!((infoOk$204 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $k205 = (): void => {
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$206 = (["LeaderProcessCEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r223: { readonly nRestart: number; readonly nTimeout: number }, $r224: { readonly nTransaction: number }, $r225: { readonly maxEpoch: number }, $r226: { readonly pc: ReadonlyArray<T.Value> }, $r227: { readonly nClientRequest: number }, _$r228: Recorder) => ({ maxEpoch: $r225.maxEpoch, nClientRequest: $r227.nClientRequest, nRestart: $r223.nRestart, nTimeout: $r223.nTimeout, nTransaction: $r224.nTransaction, pc: $r226.pc }))(RecorderSetFailure_6($s, $n, pc$206), RecorderSetTransactionNum_6($s, $n, pc$206), RecorderSetMaxEpoch_6($s, $n, pc$206), RecorderSetPc_6($s, $n, pc$206), RecorderSetRequests_6($s, $n, pc$206), $s.recorder))) return
    $k($n)
    }
    }
    const $m229 = $n.mark()
    or230: {
    if (!(!CepochRecvQuorumFormed($s, $n, i_))) break or230
    const $k233 = (): void => {
    if (!$n.bind(7, R.setAt($s.cepochRecv, i_, UpdateCepochRecv($s, $n, $s.cepochRecv[i_]!, j_, R.defined((msg$203 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) return
    const $k240 = (): void => {
    $k205()
    }
    const $m241 = $n.mark()
    or242: {
    if (!(CepochRecvBecomeQuorum($s, $n, i_))) break or242
    if (!$n.bind(2, R.setAt($s.acceptedEpoch, i_, DetermineNewEpoch($s, $n, i_)))) break or242
    {
    let m$249: { readonly mepoch: number; readonly mtype: number } | undefined
    const i$250 = i_
    const j$251 = j_
    const m$252 = (m$249 ??= ({ mepoch: (R.primed($n, 2) as ReadonlyArray<number>)[i_]!, mtype: -13 }))
    // DiscardAndBroadcastNEWEPOCH: tla/specs/Zab.tla, lines 254-262
    {
    {
    let new_cepochRecv_quorum$254: ReadonlyArray<CepochRecvOfItem> | undefined
    let new_sid_cepochRecv$256: number | undefined
    if (!$n.bind(13, (($o257: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o257, i$250, R.arrayOf(nServers, ($x258: number) => (((((new_sid_cepochRecv$256 ??= (new_cepochRecv_quorum$254 ??= (R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i$250]!.filter(($f253: CepochRecvOfItem): boolean => ($f253.connected === true))).reduce((m: number, $m255: CepochRecvOfItem) => m | (1 << $m255.sid), 0)) >> $x258) & 1) === 1 && (($s.learners[i$250]! >> $x258) & 1) === 1 && !($x258 === i$250)) ? [...$s.msgs[i$250]![$x258]!, (($r259) => ({ $v: 2, mdata: undefined, mepoch: $r259.mepoch, mhistory: undefined, mtype: $r259.mtype, mzxid: undefined }))(m$252)] : $s.msgs[i$250]![$x258]!))))(R.setAt($s.msgs, j$251, R.setAt($s.msgs[j$251]!, i$250, R.tail($s.msgs[j$251]![i$250]!)))))) break or242
    $k240()
    }
    }
    }
    }
    $n.undo($m241)
    or260: {
    if (!(!CepochRecvBecomeQuorum($s, $n, i_))) break or260
    const i$261 = j_
    const j$262 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$261]![j$262]!.length === 0) ? R.setAt($s.msgs, i$261, R.setAt($s.msgs[i$261]!, j$262, R.tail($s.msgs[i$261]![j$262]!))) : $s.msgs))) break or260
    if (!($n.bind(2, $s.acceptedEpoch))) break or260
    $k240()
    }
    }
    $n.undo($m241)
    }
    const $m263 = $n.mark()
    or264: {
    if (!(($s.zabState[i_]! === -8))) break or264
    if (!($n.bind(16, $s.violatedInvariants))) break or264
    $k233()
    }
    $n.undo($m263)
    or265: {
    if (!(!($s.zabState[i_]! === -8))) break or265
    if (!(T.printT("Exception: CepochRecvQuorumFormed false, while zabState not DISCOVERY."))) break or265
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or265
    $k233()
    }
    $n.undo($m263)
    }
    $n.undo($m229)
    or266: {
    if (!(CepochRecvQuorumFormed($s, $n, i_))) break or266
    if (!$n.bind(7, R.setAt($s.cepochRecv, i_, UpdateCepochRecv($s, $n, $s.cepochRecv[i_]!, j_, R.defined((msg$203 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or266
    const i$267 = i_
    const j$268 = j_
    const m$269 = ({ mepoch: $s.acceptedEpoch[i_]!, mtype: -13 })
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o270: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o270, i$267, R.setAt($o270[i$267]!, j$268, [...$s.msgs[i$267]![j$268]!, (($r271) => ({ $v: 2, mdata: undefined, mepoch: $r271.mepoch, mhistory: undefined, mtype: $r271.mtype, mzxid: undefined }))(m$269)])))(R.setAt($s.msgs, j$268, R.setAt($s.msgs[j$268]!, i$267, R.tail($s.msgs[j$268]![i$267]!)))))) break or266
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(2, $s.acceptedEpoch))) break or266
    $k205()
    }
    }
    $n.undo($m229)
    }
  }
  /** FollowerProcessNEWEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 553-591. */
  function FollowerProcessNEWEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingNEWEPOCH($s, $n, i_, j_))) return
    {
    let msg$272: MsgsOfOfItem | undefined
    let infoOk$273: boolean | undefined
    let stateOk$274: boolean | undefined
    let epochOk$275: boolean | undefined
    if (!((infoOk$273 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k276 = (): void => {
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$277 = (["FollowerProcessNEWEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r294: { readonly nRestart: number; readonly nTimeout: number }, $r295: { readonly nTransaction: number }, $r296: { readonly maxEpoch: number }, $r297: { readonly pc: ReadonlyArray<T.Value> }, $r298: { readonly nClientRequest: number }, _$r299: Recorder) => ({ maxEpoch: $r296.maxEpoch, nClientRequest: $r298.nClientRequest, nRestart: $r294.nRestart, nTimeout: $r294.nTimeout, nTransaction: $r295.nTransaction, pc: $r297.pc }))(RecorderSetFailure_7($s, $n, pc$277), RecorderSetTransactionNum_7($s, $n, pc$277), RecorderSetMaxEpoch_7($s, $n, pc$277), RecorderSetPc_7($s, $n, pc$277), RecorderSetRequests_7($s, $n, pc$277), $s.recorder))) return
    $k($n)
    }
    }
    const $m300 = $n.mark()
    or301: {
    if (!((epochOk$275 ??= (R.defined((msg$272 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch) >= $s.acceptedEpoch[i_]!)))) break or301
    const $k302 = (): void => {
    if (!($n.bind(11, $s.connectInfo) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(0, $s.state))) return
    $k276()
    }
    const $m303 = $n.mark()
    or304: {
    if (!((stateOk$274 ??= ($s.zabState[i_]! === -8)))) break or304
    if (!$n.bind(2, R.setAt($s.acceptedEpoch, i_, R.defined((msg$272 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch)))) break or304
    {
    let m$305: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    const i$306 = i_
    const j$307 = j_
    const m$308 = (m$305 ??= ({ mepoch: $s.currentEpoch[i_]!, mhistory: $s.history[i_]!, mtype: -2 }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o309: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o309, i$306, R.setAt($o309[i$306]!, j$307, [...$s.msgs[i$306]![j$307]!, (($r310) => ({ $v: 1, mdata: undefined, mepoch: $r310.mepoch, mhistory: $r310.mhistory, mtype: $r310.mtype, mzxid: undefined }))(m$308)])))(R.setAt($s.msgs, j$307, R.setAt($s.msgs[j$307]!, i$306, R.tail($s.msgs[j$307]![i$306]!)))))) break or304
    if (!$n.bind(1, R.setAt($s.zabState, i_, -17))) break or304
    if (!($n.bind(16, $s.violatedInvariants))) break or304
    $k302()
    }
    }
    }
    $n.undo($m303)
    or311: {
    if (!(!(stateOk$274 ??= ($s.zabState[i_]! === -8)))) break or311
    if (!(T.printT("Exception: Follower receives NEWEPOCH, whileZabState not DISCOVERY."))) break or311
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or311
    const i$312 = j_
    const j$313 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$312]![j$313]!.length === 0) ? R.setAt($s.msgs, i$312, R.setAt($s.msgs[i$312]!, j$313, R.tail($s.msgs[i$312]![j$313]!))) : $s.msgs))) break or311
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(1, $s.zabState))) break or311
    $k302()
    }
    }
    $n.undo($m303)
    }
    $n.undo($m300)
    or314: {
    if (!(!(epochOk$275 ??= (R.defined((msg$272 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch) >= $s.acceptedEpoch[i_]!)))) break or314
    const i$315 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$315, -12))) break or314
    if (!$n.bind(1, R.setAt($s.zabState, i$315, -9))) break or314
    if (!$n.bind(11, R.setAt($s.connectInfo, i$315, -15))) break or314
    {
    let leader$316: number | undefined
    const i$317 = i_
    const j$318 = (leader$316 ??= $s.connectInfo[i_]!)
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o319: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o319, i$317, R.setAt($o319[i$317]!, j$318, [])))(R.setAt($s.msgs, j$318, R.setAt($s.msgs[j$318]!, i$317, []))))) break or314
    const i$320 = (leader$316 ??= $s.connectInfo[i_]!)
    const j$321 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$320, ($s.learners[i$320]! & ~((1 << j$321)))))) break or314
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$320, RemoveCepochRecv($s, $n, $s.cepochRecv[i$320]!, j$321)))) break or314
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$320, RemoveAckeRecv($s, $n, $s.ackeRecv[i$320]!, j$321)))) break or314
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$320, RemoveAckldRecv($s, $n, $s.ackldRecv[i$320]!, j$321)))) break or314
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(16, $s.violatedInvariants))) break or314
    $k276()
    }
    }
    }
    }
    }
    $n.undo($m300)
    }
  }
  /** LeaderProcessACKEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 653-716. */
  function LeaderProcessACKEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACKEPOCH($s, $n, i_, j_))) return
    {
    let msg$322: MsgsOfOfItem | undefined
    let infoOk$323: boolean | undefined
    if (!((infoOk$323 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $k324 = (): void => {
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle))) return
    const pc$325 = (["LeaderProcessACKEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r342: { readonly nRestart: number; readonly nTimeout: number }, $r343: { readonly nTransaction: number }, $r344: { readonly maxEpoch: number }, $r345: { readonly pc: ReadonlyArray<T.Value> }, $r346: { readonly nClientRequest: number }, _$r347: Recorder) => ({ maxEpoch: $r344.maxEpoch, nClientRequest: $r346.nClientRequest, nRestart: $r342.nRestart, nTimeout: $r342.nTimeout, nTransaction: $r343.nTransaction, pc: $r345.pc }))(RecorderSetFailure_8($s, $n, pc$325), RecorderSetTransactionNum_8($s, $n, pc$325), RecorderSetMaxEpoch_8($s, $n, pc$325), RecorderSetPc_8($s, $n, pc$325), RecorderSetRequests_8($s, $n, pc$325), $s.recorder))) return
    $k($n)
    }
    }
    const $m348 = $n.mark()
    or349: {
    if (!(AckeRecvQuorumFormed($s, $n, i_))) break or349
    if (!$n.bind(8, R.setAt($s.ackeRecv, i_, UpdateAckeRecv($s, $n, $s.ackeRecv[i_]!, j_, R.defined((msg$322 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch), R.defined((msg$322 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory))))) break or349
    {
    let toSend$357: ReadonlyArray<HistoryOfItem> | undefined
    let m$358: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    let set_forChecking$362: ReadonlyArray<ProposalMsgsLogItem> | undefined
    const i$363 = i_
    const j$364 = j_
    const m$365 = (m$358 ??= ({ mepoch: $s.acceptedEpoch[i_]!, mhistory: (toSend$357 ??= $s.history[i_]!), mtype: -14 }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o366: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o366, i$363, R.setAt($o366[i$363]!, j$364, [...$s.msgs[i$363]![j$364]!, (($r367) => ({ $v: 1, mdata: undefined, mepoch: $r367.mepoch, mhistory: $r367.mhistory, mtype: $r367.mtype, mzxid: undefined }))(m$365)])))(R.setAt($s.msgs, j$364, R.setAt($s.msgs[j$364]!, i$363, R.tail($s.msgs[j$364]![i$363]!)))))) break or349
    if (!$n.bind(15, R.union($s.proposalMsgsLog, (set_forChecking$362 ??= SetPacketsForChecking($s, $n, 0, i_, $s.acceptedEpoch[i_]!, (toSend$357 ??= $s.history[i_]!), 1, (toSend$357 ??= $s.history[i_]!).length)), cmpProposalMsgsLogItem))) break or349
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(1, $s.zabState) && $n.bind(14, $s.epochLeader))) break or349
    $k324()
    }
    }
    }
    $n.undo($m348)
    or368: {
    if (!(!AckeRecvQuorumFormed($s, $n, i_))) break or368
    const $k369 = (): void => {
    if (!$n.bind(8, R.setAt($s.ackeRecv, i_, UpdateAckeRecv($s, $n, $s.ackeRecv[i_]!, j_, R.defined((msg$322 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch), R.defined((msg$322 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory))))) return
    const $k370 = (): void => {
    $k324()
    }
    const $m371 = $n.mark()
    or372: {
    if (!(AckeRecvBecomeQuorum($s, $n, i_))) break or372
    {
    let newLeaderEpoch$375: number | undefined
    if (!$n.bind(3, R.setAt($s.currentEpoch, i_, (newLeaderEpoch$375 ??= $s.acceptedEpoch[i_]!)))) break or372
    if (!$n.bind(14, (($k376: number) => R.fnSet($s.epochLeader, $k376, (R.fnApply($s.epochLeader, $k376) | ((1 << i_)))))((newLeaderEpoch$375 ??= $s.acceptedEpoch[i_]!)))) break or372
    {
    let initialHistory$385: ReadonlyArray<HistoryOfItem> | undefined
    if (!$n.bind(4, R.setAt($s.history, i_, InitAcksid($s, $n, i_, (initialHistory$385 ??= DetermineInitialHistory($s, $n, i_)))))) break or372
    if (!$n.bind(1, R.setAt($s.zabState, i_, -17))) break or372
    {
    let toSend$390: ReadonlyArray<HistoryOfItem> | undefined
    let m$391: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    let set_forChecking$392: ReadonlyArray<ProposalMsgsLogItem> | undefined
    const i$393 = i_
    const j$394 = j_
    const m$395 = (m$391 ??= ({ mepoch: $s.acceptedEpoch[i_]!, mhistory: (toSend$390 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!), mtype: -14 }))
    // DiscardAndBroadcastNEWLEADER: tla/specs/Zab.tla, lines 264-272
    {
    {
    let new_ackeRecv_quorum$397: ReadonlyArray<AckeRecvOfItem> | undefined
    let new_sid_ackeRecv$399: number | undefined
    if (!$n.bind(13, (($o400: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o400, i$393, R.arrayOf(nServers, ($x401: number) => (((((new_sid_ackeRecv$399 ??= (new_ackeRecv_quorum$397 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i$393]!.filter(($f396: AckeRecvOfItem): boolean => ($f396.connected === true))).reduce((m: number, $m398: AckeRecvOfItem) => m | (1 << $m398.sid), 0)) >> $x401) & 1) === 1 && (($s.learners[i$393]! >> $x401) & 1) === 1 && !($x401 === i$393)) ? [...$s.msgs[i$393]![$x401]!, (($r402) => ({ $v: 1, mdata: undefined, mepoch: $r402.mepoch, mhistory: $r402.mhistory, mtype: $r402.mtype, mzxid: undefined }))(m$395)] : $s.msgs[i$393]![$x401]!))))(R.setAt($s.msgs, j$394, R.setAt($s.msgs[j$394]!, i$393, R.tail($s.msgs[j$394]![i$393]!)))))) break or372
    if (!$n.bind(15, R.union($s.proposalMsgsLog, (set_forChecking$392 ??= SetPacketsForChecking($s, $n, 0, i_, $s.acceptedEpoch[i_]!, (toSend$390 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!), 1, (toSend$390 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!).length)), cmpProposalMsgsLogItem))) break or372
    $k370()
    }
    }
    }
    }
    }
    }
    $n.undo($m371)
    or403: {
    if (!(!AckeRecvBecomeQuorum($s, $n, i_))) break or403
    const i$404 = j_
    const j$405 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$404]![j$405]!.length === 0) ? R.setAt($s.msgs, i$404, R.setAt($s.msgs[i$404]!, j$405, R.tail($s.msgs[i$404]![j$405]!))) : $s.msgs))) break or403
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(1, $s.zabState) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or403
    $k370()
    }
    }
    $n.undo($m371)
    }
    const $m406 = $n.mark()
    or407: {
    if (!(($s.zabState[i_]! === -8))) break or407
    if (!($n.bind(16, $s.violatedInvariants))) break or407
    $k369()
    }
    $n.undo($m406)
    or408: {
    if (!(!($s.zabState[i_]! === -8))) break or408
    if (!(T.printT("Exception: AckeRecvQuorumFormed false, while zabState not DISCOVERY."))) break or408
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or408
    $k369()
    }
    $n.undo($m406)
    }
    $n.undo($m348)
    }
  }
  /** FollowerProcessNEWLEADER(i, j) as an action: tla/specs/Zab.tla, lines 718-753. */
  function FollowerProcessNEWLEADER_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingNEWLEADER($s, $n, i_, j_))) return
    {
    let msg$409: MsgsOfOfItem | undefined
    let infoOk$410: boolean | undefined
    let epochOk$411: boolean | undefined
    let stateOk$412: boolean | undefined
    if (!((infoOk$410 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k413 = (): void => {
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$414 = (["FollowerProcessNEWLEADER", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r431: { readonly nRestart: number; readonly nTimeout: number }, $r432: { readonly nTransaction: number }, $r433: { readonly maxEpoch: number }, $r434: { readonly pc: ReadonlyArray<T.Value> }, $r435: { readonly nClientRequest: number }, _$r436: Recorder) => ({ maxEpoch: $r433.maxEpoch, nClientRequest: $r435.nClientRequest, nRestart: $r431.nRestart, nTimeout: $r431.nTimeout, nTransaction: $r432.nTransaction, pc: $r434.pc }))(RecorderSetFailure_9($s, $n, pc$414), RecorderSetTransactionNum_9($s, $n, pc$414), RecorderSetMaxEpoch_9($s, $n, pc$414), RecorderSetPc_9($s, $n, pc$414), RecorderSetRequests_9($s, $n, pc$414), $s.recorder))) return
    $k($n)
    }
    }
    const $m437 = $n.mark()
    or438: {
    if (!(!(epochOk$411 ??= ($s.acceptedEpoch[i_]! === R.defined((msg$409 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or438
    const i$439 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$439, -12))) break or438
    if (!$n.bind(1, R.setAt($s.zabState, i$439, -9))) break or438
    if (!$n.bind(11, R.setAt($s.connectInfo, i$439, -15))) break or438
    {
    let leader$440: number | undefined
    const i$441 = i_
    const j$442 = (leader$440 ??= $s.connectInfo[i_]!)
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o443: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o443, i$441, R.setAt($o443[i$441]!, j$442, [])))(R.setAt($s.msgs, j$442, R.setAt($s.msgs[j$442]!, i$441, []))))) break or438
    const i$444 = (leader$440 ??= $s.connectInfo[i_]!)
    const j$445 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$444, ($s.learners[i$444]! & ~((1 << j$445)))))) break or438
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$444, RemoveCepochRecv($s, $n, $s.cepochRecv[i$444]!, j$445)))) break or438
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$444, RemoveAckeRecv($s, $n, $s.ackeRecv[i$444]!, j$445)))) break or438
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$444, RemoveAckldRecv($s, $n, $s.ackldRecv[i$444]!, j$445)))) break or438
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history))) break or438
    $k413()
    }
    }
    }
    }
    }
    $n.undo($m437)
    or446: {
    if (!((epochOk$411 ??= ($s.acceptedEpoch[i_]! === R.defined((msg$409 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or446
    const $k447 = (): void => {
    if (!$n.bind(3, R.setAt($s.currentEpoch, i_, $s.acceptedEpoch[i_]!))) return
    if (!$n.bind(4, R.setAt($s.history, i_, R.defined((msg$409 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory)))) return
    {
    let m$448: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$449 = i_
    const j$450 = j_
    const m$451 = (m$448 ??= ({ mtype: -3, mzxid: LastZxidOfHistory($s, $n, (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!) }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o452: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o452, i$449, R.setAt($o452[i$449]!, j$450, [...$s.msgs[i$449]![j$450]!, (($r453) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r453.mtype, mzxid: $r453.mzxid }))(m$451)])))(R.setAt($s.msgs, j$450, R.setAt($s.msgs[j$450]!, i$449, R.tail($s.msgs[j$450]![i$449]!)))))) return
    if (!($n.bind(11, $s.connectInfo) && $n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) return
    $k413()
    }
    }
    }
    const $m454 = $n.mark()
    or455: {
    if (!((stateOk$412 ??= ($s.zabState[i_]! === -17)))) break or455
    if (!($n.bind(16, $s.violatedInvariants))) break or455
    $k447()
    }
    $n.undo($m454)
    or456: {
    if (!(!(stateOk$412 ??= ($s.zabState[i_]! === -17)))) break or456
    if (!(T.printT("Exception: Follower receives NEWLEADER, whileZabState not SYNCHRONIZATION."))) break or456
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or456
    $k447()
    }
    $n.undo($m454)
    }
    $n.undo($m437)
    }
  }
  /** LeaderProcessACKLD(i, j) as an action: tla/specs/Zab.tla, lines 787-836. */
  function LeaderProcessACKLD_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACKLD($s, $n, i_, j_))) return
    {
    let msg$457: MsgsOfOfItem | undefined
    let infoOk$458: boolean | undefined
    if (!((infoOk$458 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $k459 = (): void => {
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$460 = (["LeaderProcessACKLD", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r477: { readonly nRestart: number; readonly nTimeout: number }, $r478: { readonly nTransaction: number }, $r479: { readonly maxEpoch: number }, $r480: { readonly pc: ReadonlyArray<T.Value> }, $r481: { readonly nClientRequest: number }, _$r482: Recorder) => ({ maxEpoch: $r479.maxEpoch, nClientRequest: $r481.nClientRequest, nRestart: $r477.nRestart, nTimeout: $r477.nTimeout, nTransaction: $r478.nTransaction, pc: $r480.pc }))(RecorderSetFailure_10($s, $n, pc$460), RecorderSetTransactionNum_10($s, $n, pc$460), RecorderSetMaxEpoch_10($s, $n, pc$460), RecorderSetPc_10($s, $n, pc$460), RecorderSetRequests_10($s, $n, pc$460), $s.recorder))) return
    $k($n)
    }
    }
    const $m483 = $n.mark()
    or484: {
    if (!(!AckldRecvQuorumFormed($s, $n, i_))) break or484
    const $k487 = (): void => {
    if (!$n.bind(9, R.setAt($s.ackldRecv, i_, UpdateAckldRecv($s, $n, $s.ackldRecv[i_]!, j_)))) return
    if (!$n.bind(4, R.setAt($s.history, i_, UpdateAcksid($s, $n, $s.history[i_]!, j_, R.defined((msg$457 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) return
    const $k497 = (): void => {
    $k459()
    }
    const $m498 = $n.mark()
    or499: {
    if (!(AckldRecvBecomeQuorum($s, $n, i_))) break or499
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: $s.history[i_]!.length, zxid: LastZxid($s, $n, i_) })))) break or499
    if (!$n.bind(1, R.setAt($s.zabState, i_, -4))) break or499
    {
    let m$502: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$503 = i_
    const j$504 = j_
    const m$505 = (m$502 ??= ({ mtype: -7, mzxid: LastZxid($s, $n, i_) }))
    // DiscardAndBroadcastCOMMITLD: tla/specs/Zab.tla, lines 274-282
    {
    {
    let new_ackldRecv_quorum$507: ReadonlyArray<AckldRecvOfItem> | undefined
    let new_sid_ackldRecv$509: number | undefined
    if (!$n.bind(13, (($o510: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o510, i$503, R.arrayOf(nServers, ($x511: number) => (((((new_sid_ackldRecv$509 ??= (new_ackldRecv_quorum$507 ??= (R.primed($n, 9) as ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>)[i$503]!.filter(($f506: AckldRecvOfItem): boolean => ($f506.connected === true))).reduce((m: number, $m508: AckldRecvOfItem) => m | (1 << $m508.sid), 0)) >> $x511) & 1) === 1 && (($s.learners[i$503]! >> $x511) & 1) === 1 && !($x511 === i$503)) ? [...$s.msgs[i$503]![$x511]!, (($r512) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r512.mtype, mzxid: $r512.mzxid }))(m$505)] : $s.msgs[i$503]![$x511]!))))(R.setAt($s.msgs, j$504, R.setAt($s.msgs[j$504]!, i$503, R.tail($s.msgs[j$504]![i$503]!)))))) break or499
    $k497()
    }
    }
    }
    }
    $n.undo($m498)
    or513: {
    if (!(!AckldRecvBecomeQuorum($s, $n, i_))) break or513
    const i$514 = j_
    const j$515 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$514]![j$515]!.length === 0) ? R.setAt($s.msgs, i$514, R.setAt($s.msgs[i$514]!, j$515, R.tail($s.msgs[i$514]![j$515]!))) : $s.msgs))) break or513
    if (!($n.bind(1, $s.zabState) && $n.bind(5, $s.lastCommitted))) break or513
    $k497()
    }
    }
    $n.undo($m498)
    }
    const $m516 = $n.mark()
    or517: {
    if (!(($s.zabState[i_]! === -17))) break or517
    if (!($n.bind(16, $s.violatedInvariants))) break or517
    $k487()
    }
    $n.undo($m516)
    or518: {
    if (!(!($s.zabState[i_]! === -17))) break or518
    if (!(T.printT("Exception: AckldRecvQuorumFormed false, while zabState not SYNCHRONIZATION."))) break or518
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or518
    $k487()
    }
    $n.undo($m516)
    }
    $n.undo($m483)
    or519: {
    if (!(AckldRecvQuorumFormed($s, $n, i_))) break or519
    const $k520 = (): void => {
    if (!$n.bind(9, R.setAt($s.ackldRecv, i_, UpdateAckldRecv($s, $n, $s.ackldRecv[i_]!, j_)))) return
    if (!$n.bind(4, R.setAt($s.history, i_, UpdateAcksid($s, $n, $s.history[i_]!, j_, R.defined((msg$457 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) return
    const i$521 = i_
    const j$522 = j_
    const m$523 = ({ mtype: -7, mzxid: $s.lastCommitted[i_]!.zxid })
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o524: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o524, i$521, R.setAt($o524[i$521]!, j$522, [...$s.msgs[i$521]![j$522]!, (($r525) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r525.mtype, mzxid: $r525.mzxid }))(m$523)])))(R.setAt($s.msgs, j$522, R.setAt($s.msgs[j$522]!, i$521, R.tail($s.msgs[j$522]![i$521]!)))))) return
    if (!($n.bind(1, $s.zabState) && $n.bind(5, $s.lastCommitted))) return
    $k459()
    }
    }
    const $m526 = $n.mark()
    or527: {
    if (!(($s.zabState[i_]! === -4))) break or527
    if (!($n.bind(16, $s.violatedInvariants))) break or527
    $k520()
    }
    $n.undo($m526)
    or528: {
    if (!(!($s.zabState[i_]! === -4))) break or528
    if (!(T.printT("Exception: AckldRecvQuorumFormed true, while zabState not BROADCAST."))) break or528
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or528
    $k520()
    }
    $n.undo($m526)
    }
    $n.undo($m483)
    }
  }
  /** FollowerProcessCOMMITLD(i, j) as an action: tla/specs/Zab.tla, lines 855-877. */
  function FollowerProcessCOMMITLD_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingCOMMITLD($s, $n, i_, j_))) return
    {
    let msg$529: MsgsOfOfItem | undefined
    let infoOk$530: boolean | undefined
    let index$535: number | undefined
    let logOk$536: boolean | undefined
    if (!((infoOk$530 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k537 = (): void => {
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: (index$535 ??= (ZxidEqual($s, $n, R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))), zxid: R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) })))) return
    if (!$n.bind(1, R.setAt($s.zabState, i_, -4))) return
    const i$538 = j_
    const j$539 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$538]![j$539]!.length === 0) ? R.setAt($s.msgs, i$538, R.setAt($s.msgs[i$538]!, j$539, R.tail($s.msgs[i$538]![j$539]!))) : $s.msgs))) return
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$540 = (["FollowerProcessCOMMITLD", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r557: { readonly nRestart: number; readonly nTimeout: number }, $r558: { readonly nTransaction: number }, $r559: { readonly maxEpoch: number }, $r560: { readonly pc: ReadonlyArray<T.Value> }, $r561: { readonly nClientRequest: number }, _$r562: Recorder) => ({ maxEpoch: $r559.maxEpoch, nClientRequest: $r561.nClientRequest, nRestart: $r557.nRestart, nTimeout: $r557.nTimeout, nTransaction: $r558.nTransaction, pc: $r560.pc }))(RecorderSetFailure_11($s, $n, pc$540), RecorderSetTransactionNum_11($s, $n, pc$540), RecorderSetMaxEpoch_11($s, $n, pc$540), RecorderSetPc_11($s, $n, pc$540), RecorderSetRequests_11($s, $n, pc$540), $s.recorder))) return
    $k($n)
    }
    }
    }
    const $m563 = $n.mark()
    or564: {
    if (!((logOk$536 ??= (((index$535 ??= (ZxidEqual($s, $n, R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) >= 0) && ((index$535 ??= (ZxidEqual($s, $n, R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) <= $s.history[i_]!.length))))) break or564
    if (!($n.bind(16, $s.violatedInvariants))) break or564
    $k537()
    }
    $n.undo($m563)
    or565: {
    if (!(!(logOk$536 ??= (((index$535 ??= (ZxidEqual($s, $n, R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) >= 0) && ((index$535 ??= (ZxidEqual($s, $n, R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$529 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) <= $s.history[i_]!.length))))) break or565
    if (!(T.printT("Exception: zxid in COMMITLD not exists in history."))) break or565
    if (!$n.bind(16, ({ ...$s.violatedInvariants, proposalInconsistent: true }))) break or565
    $k537()
    }
    $n.undo($m563)
    }
  }
  /** LeaderProcessRequest(i) as an action: tla/specs/Zab.tla, lines 886-901. */
  function LeaderProcessRequest_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(CheckTransactionNum($s, $n))) return
    if (!(IsLeader($s, $n, i_))) return
    if (!(($s.zabState[i_]! === -4))) return
    {
    let request_value$566: number | undefined
    let newTxn$567: HistoryOfItem | undefined
    if (!$n.bind(4, R.setAt($s.history, i_, [...$s.history[i_]!, (newTxn$567 ??= ({ ackSid: ((1 << i_)), epoch: $s.currentEpoch[i_]!, value: (request_value$566 ??= GetRecorder($s, $n, "nClientRequest")), zxid: IncZxid($s, $n, i_, LastZxid($s, $n, i_)) }))]))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(13, $s.msgs) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$568 = (["LeaderProcessRequest", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r585: { readonly nRestart: number; readonly nTimeout: number }, $r586: { readonly nTransaction: number }, $r587: { readonly maxEpoch: number }, $r588: { readonly pc: ReadonlyArray<T.Value> }, $r589: { readonly nClientRequest: number }, _$r590: Recorder) => ({ maxEpoch: $r587.maxEpoch, nClientRequest: $r589.nClientRequest, nRestart: $r585.nRestart, nTimeout: $r585.nTimeout, nTransaction: $r586.nTransaction, pc: $r588.pc }))(RecorderSetFailure_12($s, $n, pc$568), RecorderSetTransactionNum_12($s, $n, pc$568), RecorderSetMaxEpoch_12($s, $n, pc$568), RecorderSetPc_12($s, $n, pc$568), RecorderSetRequests_12($s, $n, pc$568), $s.recorder))) return
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
    let toSendCounter$591: number | undefined
    let toSendZxid$592: ReadonlyArray<number> | undefined
    let toSendIndex$593: number | undefined
    let toSendTxn$594: HistoryOfItem | undefined
    let m_proposal$595: { readonly mdata: number; readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    let m_proposal_forChecking$596: ProposalMsgsLogItem | undefined
    if (!$n.bind(10, R.setAt($s.sendCounter, i_, (toSendCounter$591 ??= ($s.sendCounter[i_]! + 1))))) return
    const i$597 = i_
    const m$598 = (m_proposal$595 ??= ({ mdata: (toSendTxn$594 ??= R.at($s.history[i_]!, (toSendIndex$593 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$592 ??= [$s.currentEpoch[i_]!, (toSendCounter$591 ??= ($s.sendCounter[i_]! + 1))]))))).value, mtype: -16, mzxid: (toSendTxn$594 ??= R.at($s.history[i_]!, (toSendIndex$593 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$592 ??= [$s.currentEpoch[i_]!, (toSendCounter$591 ??= ($s.sendCounter[i_]! + 1))]))))).zxid }))
    // Broadcast: tla/specs/Zab.tla, lines 232-239
    {
    {
    let ackeRecv_quorum$600: ReadonlyArray<AckeRecvOfItem> | undefined
    let sid_ackeRecv$602: number | undefined
    if (!$n.bind(13, R.setAt($s.msgs, i$597, R.arrayOf(nServers, ($x603: number) => (((((sid_ackeRecv$602 ??= (ackeRecv_quorum$600 ??= $s.ackeRecv[i$597]!.filter(($f599: AckeRecvOfItem): boolean => ($f599.connected === true))).reduce((m: number, $m601: AckeRecvOfItem) => m | (1 << $m601.sid), 0)) >> $x603) & 1) === 1 && (($s.learners[i$597]! >> $x603) & 1) === 1 && !($x603 === i$597)) ? [...$s.msgs[i$597]![$x603]!, (($r604) => ({ $v: 0, mdata: $r604.mdata, mepoch: undefined, mhistory: undefined, mtype: $r604.mtype, mzxid: $r604.mzxid }))(m$598)] : $s.msgs[i$597]![$x603]!))))) return
    if (!$n.bind(15, R.union($s.proposalMsgsLog, R.sortedArray([(m_proposal_forChecking$596 ??= ({ data: (toSendTxn$594 ??= R.at($s.history[i_]!, (toSendIndex$593 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$592 ??= [$s.currentEpoch[i_]!, (toSendCounter$591 ??= ($s.sendCounter[i_]! + 1))]))))).value, epoch: $s.currentEpoch[i_]!, source: i_, zxid: (toSendTxn$594 ??= R.at($s.history[i_]!, (toSendIndex$593 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$592 ??= [$s.currentEpoch[i_]!, (toSendCounter$591 ??= ($s.sendCounter[i_]! + 1))]))))).zxid }))], cmpProposalMsgsLogItem), cmpProposalMsgsLogItem))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$605 = (["LeaderBroadcastPROPOSE", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r622: { readonly nRestart: number; readonly nTimeout: number }, $r623: { readonly nTransaction: number }, $r624: { readonly maxEpoch: number }, $r625: { readonly pc: ReadonlyArray<T.Value> }, $r626: { readonly nClientRequest: number }, _$r627: Recorder) => ({ maxEpoch: $r624.maxEpoch, nClientRequest: $r626.nClientRequest, nRestart: $r622.nRestart, nTimeout: $r622.nTimeout, nTransaction: $r623.nTransaction, pc: $r625.pc }))(RecorderSetFailure_13($s, $n, pc$605), RecorderSetTransactionNum_13($s, $n, pc$605), RecorderSetMaxEpoch_13($s, $n, pc$605), RecorderSetPc_13($s, $n, pc$605), RecorderSetRequests_13($s, $n, pc$605), $s.recorder))) return
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
    let msg$628: MsgsOfOfItem | undefined
    let infoOk$629: boolean | undefined
    let isNext$630: boolean | undefined
    let newTxn$631: HistoryOfItem | undefined
    let m_ack$632: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    if (!((infoOk$629 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k633 = (): void => {
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$634 = (["FollowerProcessPROPOSE", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r651: { readonly nRestart: number; readonly nTimeout: number }, $r652: { readonly nTransaction: number }, $r653: { readonly maxEpoch: number }, $r654: { readonly pc: ReadonlyArray<T.Value> }, $r655: { readonly nClientRequest: number }, _$r656: Recorder) => ({ maxEpoch: $r653.maxEpoch, nClientRequest: $r655.nClientRequest, nRestart: $r651.nRestart, nTimeout: $r651.nTimeout, nTransaction: $r652.nTransaction, pc: $r654.pc }))(RecorderSetFailure_14($s, $n, pc$634), RecorderSetTransactionNum_14($s, $n, pc$634), RecorderSetMaxEpoch_14($s, $n, pc$634), RecorderSetPc_14($s, $n, pc$634), RecorderSetRequests_14($s, $n, pc$634), $s.recorder))) return
    $k($n)
    }
    }
    const $m657 = $n.mark()
    or658: {
    const curZxid$659 = LastZxid($s, $n, i_)
    const nextZxid$660 = R.defined((msg$628 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)
    // IsNextZxid: tla/specs/Zab.tla, lines 927-937
    {
    const $k661 = (): void => {
    if (!$n.bind(4, R.setAt($s.history, i_, [...$s.history[i_]!, (newTxn$631 ??= ({ ackSid: 0, epoch: $s.currentEpoch[i_]!, value: R.defined((msg$628 ??= R.at($s.msgs[j_]![i_]!, 1)).mdata), zxid: R.defined((msg$628 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) }))]))) return
    const i$662 = i_
    const j$663 = j_
    const m$664 = (m_ack$632 ??= ({ mtype: -1, mzxid: R.defined((msg$628 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o665: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o665, i$662, R.setAt($o665[i$662]!, j$663, [...$s.msgs[i$662]![j$663]!, (($r666) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r666.mtype, mzxid: $r666.mzxid }))(m$664)])))(R.setAt($s.msgs, j$663, R.setAt($s.msgs[j$663]!, i$662, R.tail($s.msgs[j$663]![i$662]!)))))) return
    if (!($n.bind(16, $s.violatedInvariants))) return
    $k633()
    }
    }
    const $m667 = $n.mark()
    or668: {
    if (!(((R.at(nextZxid$660, 2) === 1) && (R.at(curZxid$659, 1) < R.at(nextZxid$660, 1))))) break or668
    $k661()
    }
    $n.undo($m667)
    or669: {
    if (!(((R.at(nextZxid$660, 2) > 1) && (R.at(curZxid$659, 1) === R.at(nextZxid$660, 1)) && ((R.at(curZxid$659, 2) + 1) === R.at(nextZxid$660, 2))))) break or669
    $k661()
    }
    $n.undo($m667)
    }
    }
    $n.undo($m657)
    or670: {
    if (!(!(isNext$630 ??= IsNextZxid($s, $n, LastZxid($s, $n, i_), R.defined((msg$628 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or670
    {
    let index$671: number | undefined
    let exist$672: boolean | undefined
    const $k673 = (): void => {
    const i$674 = j_
    const j$675 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$674]![j$675]!.length === 0) ? R.setAt($s.msgs, i$674, R.setAt($s.msgs[i$674]!, j$675, R.tail($s.msgs[i$674]![j$675]!))) : $s.msgs))) return
    if (!($n.bind(4, $s.history))) return
    $k633()
    }
    }
    const $m676 = $n.mark()
    or677: {
    if (!((exist$672 ??= (((index$671 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$628 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) > 0) && ((index$671 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$628 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or677
    if (!($n.bind(16, $s.violatedInvariants))) break or677
    $k673()
    }
    $n.undo($m676)
    or678: {
    if (!(!(exist$672 ??= (((index$671 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$628 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) > 0) && ((index$671 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$628 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or678
    if (!(T.printT("Exception: Follower receives PROPOSE, while txn is neither the next nor exists in history."))) break or678
    if (!$n.bind(16, ({ ...$s.violatedInvariants, proposalInconsistent: true }))) break or678
    $k673()
    }
    $n.undo($m676)
    }
    }
    $n.undo($m657)
    }
  }
  /** LeaderProcessACK(i, j) as an action: tla/specs/Zab.tla, lines 1005-1049. */
  function LeaderProcessACK_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACK($s, $n, i_, j_))) return
    {
    let msg$679: MsgsOfOfItem | undefined
    let infoOk$680: boolean | undefined
    let index$681: number | undefined
    let exist$682: boolean | undefined
    let outstanding$683: boolean | undefined
    let hasCommitted$684: boolean | undefined
    let ackIndex$687: number | undefined
    let monotonicallyInc$688: boolean | undefined
    if (!((infoOk$680 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $k689 = (): void => {
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$690 = (["LeaderProcessACK", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r707: { readonly nRestart: number; readonly nTimeout: number }, $r708: { readonly nTransaction: number }, $r709: { readonly maxEpoch: number }, $r710: { readonly pc: ReadonlyArray<T.Value> }, $r711: { readonly nClientRequest: number }, _$r712: Recorder) => ({ maxEpoch: $r709.maxEpoch, nClientRequest: $r711.nClientRequest, nRestart: $r707.nRestart, nTimeout: $r707.nTimeout, nTransaction: $r708.nTransaction, pc: $r710.pc }))(RecorderSetFailure_15($s, $n, pc$690), RecorderSetTransactionNum_15($s, $n, pc$690), RecorderSetMaxEpoch_15($s, $n, pc$690), RecorderSetPc_15($s, $n, pc$690), RecorderSetRequests_15($s, $n, pc$690), $s.recorder))) return
    $k($n)
    }
    }
    const $m713 = $n.mark()
    or714: {
    if (!((exist$682 ??= (((index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) >= 1) && ((index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or714
    const $k715 = (): void => {
    {
    let txn$716: HistoryOfItem | undefined
    let txnAfterAddAck$717: HistoryOfItem | undefined
    if (!$n.bind(4, R.setAt($s.history, i_, (($k718: number) => R.setAt($s.history[i_]!, $k718 - 1, (txnAfterAddAck$717 ??= ({ ackSid: ((txn$716 ??= R.at($s.history[i_]!, (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).ackSid | ((1 << j_))), epoch: (txn$716 ??= R.at($s.history[i_]!, (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).epoch, value: (txn$716 ??= R.at($s.history[i_]!, (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).value, zxid: (txn$716 ??= R.at($s.history[i_]!, (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).zxid }))))((index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))))) return
    const $k719 = (): void => {
    $k689()
    }
    const $m720 = $n.mark()
    or721: {
    const $k722 = (): void => {
    const i$723 = j_
    const j$724 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$723]![j$724]!.length === 0) ? R.setAt($s.msgs, i$723, R.setAt($s.msgs[i$723]!, j$724, R.tail($s.msgs[i$723]![j$724]!))) : $s.msgs))) return
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(5, $s.lastCommitted))) return
    $k719()
    }
    }
    const $m725 = $n.mark()
    or726: {
    if (!(!(outstanding$683 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or726
    $k722()
    }
    $n.undo($m725)
    or727: {
    if (!((hasCommitted$684 ??= !ZxidCompare($s, $n, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), $s.lastCommitted[i_]!.zxid)))) break or727
    $k722()
    }
    $n.undo($m725)
    }
    $n.undo($m720)
    or728: {
    if (!((outstanding$683 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or728
    if (!(!(hasCommitted$684 ??= !ZxidCompare($s, $n, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), $s.lastCommitted[i_]!.zxid)))) break or728
    const s$729 = i_
    const index$730 = (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))
    const zxid$731 = R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)
    const newTxn$732 = (txnAfterAddAck$717 ??= ({ ackSid: ((txn$716 ??= R.at($s.history[i_]!, (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).ackSid | ((1 << j_))), epoch: (txn$716 ??= R.at($s.history[i_]!, (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).epoch, value: (txn$716 ??= R.at($s.history[i_]!, (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).value, zxid: (txn$716 ??= R.at($s.history[i_]!, (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).zxid }))
    const follower$733 = j_
    // LeaderTryToCommit: tla/specs/Zab.tla, lines 970-999
    {
    {
    let allTxnsBeforeCommitted$734: boolean | undefined
    let hasAllQuorums$735: boolean | undefined
    let ordered$736: boolean | undefined
    const $k737 = (): void => {
    $k719()
    }
    const $m738 = $n.mark()
    or739: {
    const $k740 = (): void => {
    const i$741 = follower$733
    const j$742 = s$729
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$741]![j$742]!.length === 0) ? R.setAt($s.msgs, i$741, R.setAt($s.msgs[i$741]!, j$742, R.tail($s.msgs[i$741]![j$742]!))) : $s.msgs))) return
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(5, $s.lastCommitted))) return
    $k737()
    }
    }
    const $m743 = $n.mark()
    or744: {
    if (!(!(allTxnsBeforeCommitted$734 ??= ($s.lastCommitted[s$729]!.index >= (index$730 - 1))))) break or744
    $k740()
    }
    $n.undo($m743)
    or745: {
    if (!(!(hasAllQuorums$735 ??= IsQuorum($s, $n, newTxn$732.ackSid)))) break or745
    $k740()
    }
    $n.undo($m743)
    }
    $n.undo($m738)
    or746: {
    if (!((allTxnsBeforeCommitted$734 ??= ($s.lastCommitted[s$729]!.index >= (index$730 - 1))))) break or746
    if (!((hasAllQuorums$735 ??= IsQuorum($s, $n, newTxn$732.ackSid)))) break or746
    const $k747 = (): void => {
    if (!$n.bind(5, R.setAt($s.lastCommitted, s$729, ({ index: index$730, zxid: zxid$731 })))) return
    {
    let m_commit$748: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$749 = s$729
    const j$750 = follower$733
    const m$751 = (m_commit$748 ??= ({ mtype: -6, mzxid: zxid$731 }))
    // DiscardAndBroadcast: tla/specs/Zab.tla, lines 244-252
    {
    {
    let ackldRecv_quorum$753: ReadonlyArray<AckldRecvOfItem> | undefined
    let sid_ackldRecv$755: number | undefined
    if (!$n.bind(13, (($o756: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o756, i$749, R.arrayOf(nServers, ($x757: number) => (((((sid_ackldRecv$755 ??= (ackldRecv_quorum$753 ??= $s.ackldRecv[i$749]!.filter(($f752: AckldRecvOfItem): boolean => ($f752.connected === true))).reduce((m: number, $m754: AckldRecvOfItem) => m | (1 << $m754.sid), 0)) >> $x757) & 1) === 1 && (($s.learners[i$749]! >> $x757) & 1) === 1 && !($x757 === i$749)) ? [...$s.msgs[i$749]![$x757]!, (($r758) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r758.mtype, mzxid: $r758.mzxid }))(m$751)] : $s.msgs[i$749]![$x757]!))))(R.setAt($s.msgs, j$750, R.setAt($s.msgs[j$750]!, i$749, R.tail($s.msgs[j$750]![i$749]!)))))) return
    $k737()
    }
    }
    }
    }
    const $m759 = $n.mark()
    or760: {
    if (!(!(ordered$736 ??= (($s.lastCommitted[s$729]!.index + 1) === index$730)))) break or760
    if (!(T.printT(T.concat(T.concat("Warn: Committing zxid ", T.show(T.tuple(zxid$731.map((e) => e)))), " not first.")))) break or760
    if (!$n.bind(16, ({ ...$s.violatedInvariants, commitInconsistent: true }))) break or760
    $k747()
    }
    $n.undo($m759)
    or761: {
    if (!((ordered$736 ??= (($s.lastCommitted[s$729]!.index + 1) === index$730)))) break or761
    if (!($n.bind(16, $s.violatedInvariants))) break or761
    $k747()
    }
    $n.undo($m759)
    }
    $n.undo($m738)
    }
    }
    }
    $n.undo($m720)
    }
    }
    const $m762 = $n.mark()
    or763: {
    if (!(((ackIndex$687 ??= LastAckIndexFromFollower($s, $n, i_, j_)) === -1))) break or763
    $k715()
    }
    $n.undo($m762)
    or764: {
    if (!((((ackIndex$687 ??= LastAckIndexFromFollower($s, $n, i_, j_)) + 1) === (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))))) break or764
    $k715()
    }
    $n.undo($m762)
    }
    $n.undo($m713)
    or765: {
    const $k766 = (): void => {
    if (!(T.printT("Exception: No such zxid.  / ackIndex doesn't inc monotonically."))) return
    if (!$n.bind(16, ({ ...$s.violatedInvariants, ackInconsistent: true }))) return
    const i$767 = j_
    const j$768 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$767]![j$768]!.length === 0) ? R.setAt($s.msgs, i$767, R.setAt($s.msgs[i$767]!, j$768, R.tail($s.msgs[i$767]![j$768]!))) : $s.msgs))) return
    if (!($n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted))) return
    $k689()
    }
    }
    const $m769 = $n.mark()
    or770: {
    if (!(!(exist$682 ??= (((index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) >= 1) && ((index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or770
    $k766()
    }
    $n.undo($m769)
    or771: {
    if (!(!(monotonicallyInc$688 ??= (((ackIndex$687 ??= LastAckIndexFromFollower($s, $n, i_, j_)) === -1) || (((ackIndex$687 ??= LastAckIndexFromFollower($s, $n, i_, j_)) + 1) === (index$681 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$679 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))))))) break or771
    $k766()
    }
    $n.undo($m769)
    }
    $n.undo($m713)
    }
  }
  /** FollowerProcessCOMMIT(i, j) as an action: tla/specs/Zab.tla, lines 1049-1078. */
  function FollowerProcessCOMMIT_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingCOMMIT($s, $n, i_, j_))) return
    {
    let msg$772: MsgsOfOfItem | undefined
    let infoOk$773: boolean | undefined
    let pending$774: boolean | undefined
    if (!((infoOk$773 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k775 = (): void => {
    const i$776 = j_
    const j$777 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$776]![j$777]!.length === 0) ? R.setAt($s.msgs, i$776, R.setAt($s.msgs[i$776]!, j$777, R.tail($s.msgs[i$776]![j$777]!))) : $s.msgs))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$778 = (["FollowerProcessCOMMIT", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r795: { readonly nRestart: number; readonly nTimeout: number }, $r796: { readonly nTransaction: number }, $r797: { readonly maxEpoch: number }, $r798: { readonly pc: ReadonlyArray<T.Value> }, $r799: { readonly nClientRequest: number }, _$r800: Recorder) => ({ maxEpoch: $r797.maxEpoch, nClientRequest: $r799.nClientRequest, nRestart: $r795.nRestart, nTimeout: $r795.nTimeout, nTransaction: $r796.nTransaction, pc: $r798.pc }))(RecorderSetFailure_16($s, $n, pc$778), RecorderSetTransactionNum_16($s, $n, pc$778), RecorderSetMaxEpoch_16($s, $n, pc$778), RecorderSetPc_16($s, $n, pc$778), RecorderSetRequests_16($s, $n, pc$778), $s.recorder))) return
    $k($n)
    }
    }
    }
    const $m801 = $n.mark()
    or802: {
    if (!(!(pending$774 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or802
    if (!(T.printT("Warn: Committing zxid without seeing txn."))) break or802
    if (!($n.bind(5, $s.lastCommitted) && $n.bind(16, $s.violatedInvariants))) break or802
    $k775()
    }
    $n.undo($m801)
    or803: {
    if (!((pending$774 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or803
    {
    let firstElement$804: HistoryOfItem | undefined
    let match$805: boolean | undefined
    const $k806 = (): void => {
    $k775()
    }
    const $m807 = $n.mark()
    or808: {
    if (!(!(match$805 ??= ZxidEqual($s, $n, (firstElement$804 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid, R.defined((msg$772 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or808
    if (!(T.printT("Exception: Committing zxid not equals next pending txn zxid."))) break or808
    if (!$n.bind(16, ({ ...$s.violatedInvariants, commitInconsistent: true }))) break or808
    if (!($n.bind(5, $s.lastCommitted))) break or808
    $k806()
    }
    $n.undo($m807)
    or809: {
    if (!((match$805 ??= ZxidEqual($s, $n, (firstElement$804 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid, R.defined((msg$772 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or809
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: ($s.lastCommitted[i_]!.index + 1), zxid: (firstElement$804 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid })))) break or809
    if (!($n.bind(16, $s.violatedInvariants))) break or809
    $k806()
    }
    $n.undo($m807)
    }
    }
    $n.undo($m801)
    }
  }
  /** FilterNonexistentMessage(i) as an action: tla/specs/Zab.tla, lines 1081-1117. */
  function FilterNonexistentMessage_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    const $k810 = (): void => {
    if (!$n.bind(16, ({ ...$s.violatedInvariants, messageIllegal: true }))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    // UnchangeRecorder: tla/specs/Zab.tla, lines 178-178
    {
    if (!($n.bind(17, $s.recorder))) return
    $k($n)
    }
    }
    const $m811 = $n.mark()
    for (let $w812 = 0; $w812 < nServers; $w812++) { if ((((ALL & ~((1 << i_))) >> $w812) & 1) === 0) continue
    $n.undo($m811)
    if (!(!($s.msgs[$w812]![i_]!.length === 0))) continue
    {
    let msg$813: MsgsOfOfItem | undefined
    const $k814 = (): void => {
    const i$815 = $w812
    const j$816 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$815]![j$816]!.length === 0) ? R.setAt($s.msgs, i$815, R.setAt($s.msgs[i$815]!, j$816, R.tail($s.msgs[i$815]![j$816]!))) : $s.msgs))) return
    $k810()
    }
    }
    const $m817 = $n.mark()
    or818: {
    if (!(IsLeader($s, $n, i_))) break or818
    {
    let infoOk$819: boolean | undefined
    const $k820 = (): void => {
    $k814()
    }
    const $m821 = $n.mark()
    or822: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -13))) break or822
    $k820()
    }
    $n.undo($m821)
    or823: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -14))) break or823
    $k820()
    }
    $n.undo($m821)
    or824: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -7))) break or824
    $k820()
    }
    $n.undo($m821)
    or825: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -16))) break or825
    $k820()
    }
    $n.undo($m821)
    or826: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -6))) break or826
    $k820()
    }
    $n.undo($m821)
    or827: {
    if (!(!(infoOk$819 ??= IsMyLearner($s, $n, i_, $w812)))) break or827
    const $k828 = (): void => {
    $k820()
    }
    const $m829 = $n.mark()
    or830: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -5))) break or830
    $k828()
    }
    $n.undo($m829)
    or831: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -2))) break or831
    $k828()
    }
    $n.undo($m829)
    or832: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -3))) break or832
    $k828()
    }
    $n.undo($m829)
    or833: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -1))) break or833
    $k828()
    }
    $n.undo($m829)
    }
    $n.undo($m821)
    }
    }
    $n.undo($m817)
    or834: {
    if (!(IsFollower($s, $n, i_))) break or834
    {
    let infoOk$835: boolean | undefined
    const $k836 = (): void => {
    $k814()
    }
    const $m837 = $n.mark()
    or838: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -5))) break or838
    $k836()
    }
    $n.undo($m837)
    or839: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -2))) break or839
    $k836()
    }
    $n.undo($m837)
    or840: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -3))) break or840
    $k836()
    }
    $n.undo($m837)
    or841: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -1))) break or841
    $k836()
    }
    $n.undo($m837)
    or842: {
    if (!(!(infoOk$835 ??= IsMyLeader($s, $n, i_, $w812)))) break or842
    const $k843 = (): void => {
    $k836()
    }
    const $m844 = $n.mark()
    or845: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -13))) break or845
    $k843()
    }
    $n.undo($m844)
    or846: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -14))) break or846
    $k843()
    }
    $n.undo($m844)
    or847: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -7))) break or847
    $k843()
    }
    $n.undo($m844)
    or848: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -16))) break or848
    $k843()
    }
    $n.undo($m844)
    or849: {
    if (!((R.defined((msg$813 ??= R.at($s.msgs[$w812]![i_]!, 1)).mtype) === -6))) break or849
    $k843()
    }
    $n.undo($m844)
    }
    $n.undo($m837)
    }
    }
    $n.undo($m817)
    or850: {
    if (!(IsLooking($s, $n, i_))) break or850
    $k814()
    }
    $n.undo($m817)
    }
    }
    $n.undo($m811)
  }
  /** UpdateLeader's successors for its x-th argument tuple. */
  function UpdateLeader_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      UpdateLeader_act($s, p, complete, x)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** FollowLeader's successors for its x-th argument tuple. */
  function FollowLeader_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      FollowLeader_act($s, p, complete, x)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** Timeout's successors for its x-th argument tuple. */
  function Timeout_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      Timeout_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** Restart's successors for its x-th argument tuple. */
  function Restart_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      Restart_act($s, p, complete, x)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** ConnectAndFollowerSendCEPOCH's successors for its x-th argument tuple. */
  function ConnectAndFollowerSendCEPOCH_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      ConnectAndFollowerSendCEPOCH_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** LeaderProcessCEPOCH's successors for its x-th argument tuple. */
  function LeaderProcessCEPOCH_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      LeaderProcessCEPOCH_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** FollowerProcessNEWEPOCH's successors for its x-th argument tuple. */
  function FollowerProcessNEWEPOCH_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      FollowerProcessNEWEPOCH_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** LeaderProcessACKEPOCH's successors for its x-th argument tuple. */
  function LeaderProcessACKEPOCH_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      LeaderProcessACKEPOCH_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** FollowerProcessNEWLEADER's successors for its x-th argument tuple. */
  function FollowerProcessNEWLEADER_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      FollowerProcessNEWLEADER_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** LeaderProcessACKLD's successors for its x-th argument tuple. */
  function LeaderProcessACKLD_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      LeaderProcessACKLD_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** FollowerProcessCOMMITLD's successors for its x-th argument tuple. */
  function FollowerProcessCOMMITLD_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      FollowerProcessCOMMITLD_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** LeaderProcessRequest's successors for its x-th argument tuple. */
  function LeaderProcessRequest_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      LeaderProcessRequest_act($s, p, complete, x)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** LeaderBroadcastPROPOSE's successors for its x-th argument tuple. */
  function LeaderBroadcastPROPOSE_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      LeaderBroadcastPROPOSE_act($s, p, complete, x)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** FollowerProcessPROPOSE's successors for its x-th argument tuple. */
  function FollowerProcessPROPOSE_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      FollowerProcessPROPOSE_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** LeaderProcessACK's successors for its x-th argument tuple. */
  function LeaderProcessACK_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      LeaderProcessACK_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** FollowerProcessCOMMIT's successors for its x-th argument tuple. */
  function FollowerProcessCOMMIT_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      FollowerProcessCOMMIT_act($s, p, complete, (x / nServers) | 0, x % nServers)
    } finally {
      partials.give(p)
      emitting = saved
    }
  }
  /** FilterNonexistentMessage's successors for its x-th argument tuple. */
  function FilterNonexistentMessage_actAt($s: TypedState, x: number, emit: (t: TypedState) => void): void {
    const saved = emitting
    emitting = emit
    const p = partials.take()
    try {
      FilterNonexistentMessage_act($s, p, complete, x)
    } finally {
      partials.give(p)
      emitting = saved
    }
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
        { name: "UpdateLeader", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => UpdateLeader_actAt($s, argIndex(args), emit) },
        { name: "FollowLeader", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => FollowLeader_actAt($s, argIndex(args), emit) },
        { name: "Timeout", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => Timeout_actAt($s, argIndex(args), emit) },
        { name: "Restart", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => Restart_actAt($s, argIndex(args), emit) },
        { name: "ConnectAndFollowerSendCEPOCH", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => ConnectAndFollowerSendCEPOCH_actAt($s, argIndex(args), emit) },
        { name: "LeaderProcessCEPOCH", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => LeaderProcessCEPOCH_actAt($s, argIndex(args), emit) },
        { name: "FollowerProcessNEWEPOCH", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => FollowerProcessNEWEPOCH_actAt($s, argIndex(args), emit) },
        { name: "LeaderProcessACKEPOCH", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => LeaderProcessACKEPOCH_actAt($s, argIndex(args), emit) },
        { name: "FollowerProcessNEWLEADER", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => FollowerProcessNEWLEADER_actAt($s, argIndex(args), emit) },
        { name: "LeaderProcessACKLD", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => LeaderProcessACKLD_actAt($s, argIndex(args), emit) },
        { name: "FollowerProcessCOMMITLD", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => FollowerProcessCOMMITLD_actAt($s, argIndex(args), emit) },
        { name: "LeaderProcessRequest", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => LeaderProcessRequest_actAt($s, argIndex(args), emit) },
        { name: "LeaderBroadcastPROPOSE", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => LeaderBroadcastPROPOSE_actAt($s, argIndex(args), emit) },
        { name: "FollowerProcessPROPOSE", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => FollowerProcessPROPOSE_actAt($s, argIndex(args), emit) },
        { name: "LeaderProcessACK", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => LeaderProcessACK_actAt($s, argIndex(args), emit) },
        { name: "FollowerProcessCOMMIT", params: ["i","j"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples2, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => FollowerProcessCOMMIT_actAt($s, argIndex(args), emit) },
        { name: "FilterNonexistentMessage", params: ["i"], args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples1, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => FilterNonexistentMessage_actAt($s, argIndex(args), emit) },
      ],
      successorsAt: [UpdateLeader_actAt, FollowLeader_actAt, Timeout_actAt, Restart_actAt, ConnectAndFollowerSendCEPOCH_actAt, LeaderProcessCEPOCH_actAt, FollowerProcessNEWEPOCH_actAt, LeaderProcessACKEPOCH_actAt, FollowerProcessNEWLEADER_actAt, LeaderProcessACKLD_actAt, FollowerProcessCOMMITLD_actAt, LeaderProcessRequest_actAt, LeaderBroadcastPROPOSE_actAt, FollowerProcessPROPOSE_actAt, LeaderProcessACK_actAt, FollowerProcessCOMMIT_actAt, FilterNonexistentMessage_actAt],
      invariants: [
        { name: "ShouldNotBeTriggered", reads: ["violatedInvariants"], readsSame: (a: TypedState, b: TypedState): boolean => a.violatedInvariants === b.violatedInvariants, holds: (s: TypedState): boolean => ShouldNotBeTriggered(s, null) },
        { name: "Leadership1", reads: ["state","zabState","currentEpoch"], readsSame: (a: TypedState, b: TypedState): boolean => a.state === b.state && a.zabState === b.zabState && a.currentEpoch === b.currentEpoch, holds: (s: TypedState): boolean => Leadership1(s, null) },
        { name: "Leadership2", reads: ["epochLeader"], readsSame: (a: TypedState, b: TypedState): boolean => a.epochLeader === b.epochLeader, holds: (s: TypedState): boolean => Leadership2(s, null) },
        { name: "PrefixConsistency", reads: ["history","lastCommitted"], readsSame: (a: TypedState, b: TypedState): boolean => a.history === b.history && a.lastCommitted === b.lastCommitted, holds: (s: TypedState): boolean => PrefixConsistency(s, null) },
        { name: "Integrity", reads: ["state","history","lastCommitted","proposalMsgsLog"], readsSame: (a: TypedState, b: TypedState): boolean => a.state === b.state && a.history === b.history && a.lastCommitted === b.lastCommitted && a.proposalMsgsLog === b.proposalMsgsLog, holds: (s: TypedState): boolean => Integrity(s, null) },
        { name: "Agreement", reads: ["state","history","lastCommitted"], readsSame: (a: TypedState, b: TypedState): boolean => a.state === b.state && a.history === b.history && a.lastCommitted === b.lastCommitted, holds: (s: TypedState): boolean => Agreement(s, null) },
        { name: "TotalOrder", reads: ["history","lastCommitted"], readsSame: (a: TypedState, b: TypedState): boolean => a.history === b.history && a.lastCommitted === b.lastCommitted, holds: (s: TypedState): boolean => TotalOrder(s, null) },
        { name: "LocalPrimaryOrder", reads: ["currentEpoch","history","lastCommitted","proposalMsgsLog"], readsSame: (a: TypedState, b: TypedState): boolean => a.currentEpoch === b.currentEpoch && a.history === b.history && a.lastCommitted === b.lastCommitted && a.proposalMsgsLog === b.proposalMsgsLog, holds: (s: TypedState): boolean => LocalPrimaryOrder(s, null) },
        { name: "GlobalPrimaryOrder", reads: ["history","lastCommitted"], readsSame: (a: TypedState, b: TypedState): boolean => a.history === b.history && a.lastCommitted === b.lastCommitted, holds: (s: TypedState): boolean => GlobalPrimaryOrder(s, null) },
        { name: "PrimaryIntegrity", reads: ["state","zabState","currentEpoch","history","lastCommitted","learners","connectInfo"], readsSame: (a: TypedState, b: TypedState): boolean => a.state === b.state && a.zabState === b.zabState && a.currentEpoch === b.currentEpoch && a.history === b.history && a.lastCommitted === b.lastCommitted && a.learners === b.learners && a.connectInfo === b.connectInfo, holds: (s: TypedState): boolean => PrimaryIntegrity(s, null) },
      ],
      encode,
      decode,
    },
  }
}
