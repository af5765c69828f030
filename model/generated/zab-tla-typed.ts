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
  const $set1090: ReadonlyArray<number> = [-17, -4]
  const $set1091: ReadonlyArray<number> = [-17, -4]
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
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["UpdateLeader", atomValue(pc_[1])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_2($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_2($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_2($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_2(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowLeader", atomValue(pc_[1])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_2($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
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
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderIncTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_3($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_3($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_3(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["Timeout", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_3($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
  }
  /** Quorums(): tla/specs/Zab.tla, line 37. */
  function Quorums(_$s: TypedState, _$n: R.Partial | null): ReadonlyArray<number> {
    return R.subsetsOf(ALL).filter(($f92: number): boolean => ((R.popCount($f92) * 2) > R.popCount(ALL)))
  }
  /** IsQuorum(s): tla/specs/Zab.tla, line 120. */
  function IsQuorum($s: TypedState, $n: R.Partial | null, s_: number): boolean {
    return Quorums($s, $n).includes(s_)
  }
  /** RemoveCepochRecv(set, sid): tla/specs/Zab.tla, lines 361-368. */
  function RemoveCepochRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<CepochRecvOfItem>, sid_: number): ReadonlyArray<CepochRecvOfItem> {
    return ((): ReadonlyArray<CepochRecvOfItem> => {
  let sid_cepochRecv$96: number | undefined
  return (!((((sid_cepochRecv$96 ??= set_.reduce((m: number, $m95: CepochRecvOfItem) => m | (1 << $m95.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<CepochRecvOfItem> => {
  let info$98: CepochRecvOfItem | undefined
  let new_info$99: CepochRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$98 ??= R.chooseIn(set_, ($c97: CepochRecvOfItem): boolean => ($c97.sid === sid_)))], cmpCepochRecvOfItem), cmpCepochRecvOfItem), R.sortedArray([(new_info$99 ??= ({ connected: false, epoch: (info$98 ??= R.chooseIn(set_, ($c97: CepochRecvOfItem): boolean => ($c97.sid === sid_))).epoch, sid: sid_ }))], cmpCepochRecvOfItem), cmpCepochRecvOfItem)
})())
})()
  }
  /** RemoveAckeRecv(set, sid): tla/specs/Zab.tla, lines 370-378. */
  function RemoveAckeRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<AckeRecvOfItem>, sid_: number): ReadonlyArray<AckeRecvOfItem> {
    return ((): ReadonlyArray<AckeRecvOfItem> => {
  let sid_ackeRecv$101: number | undefined
  return (!((((sid_ackeRecv$101 ??= set_.reduce((m: number, $m100: AckeRecvOfItem) => m | (1 << $m100.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<AckeRecvOfItem> => {
  let info$103: AckeRecvOfItem | undefined
  let new_info$104: AckeRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$103 ??= R.chooseIn(set_, ($c102: AckeRecvOfItem): boolean => ($c102.sid === sid_)))], cmpAckeRecvOfItem), cmpAckeRecvOfItem), R.sortedArray([(new_info$104 ??= ({ connected: false, peerHistory: (info$103 ??= R.chooseIn(set_, ($c102: AckeRecvOfItem): boolean => ($c102.sid === sid_))).peerHistory, peerLastEpoch: (info$103 ??= R.chooseIn(set_, ($c102: AckeRecvOfItem): boolean => ($c102.sid === sid_))).peerLastEpoch, sid: sid_ }))], cmpAckeRecvOfItem), cmpAckeRecvOfItem)
})())
})()
  }
  /** RemoveAckldRecv(set, sid): tla/specs/Zab.tla, lines 380-386. */
  function RemoveAckldRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<AckldRecvOfItem>, sid_: number): ReadonlyArray<AckldRecvOfItem> {
    return ((): ReadonlyArray<AckldRecvOfItem> => {
  let sid_ackldRecv$106: number | undefined
  return (!((((sid_ackldRecv$106 ??= set_.reduce((m: number, $m105: AckldRecvOfItem) => m | (1 << $m105.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<AckldRecvOfItem> => {
  let info$108: AckldRecvOfItem | undefined
  let new_info$109: AckldRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$108 ??= R.chooseIn(set_, ($c107: AckldRecvOfItem): boolean => ($c107.sid === sid_)))], cmpAckldRecvOfItem), cmpAckldRecvOfItem), R.sortedArray([(new_info$109 ??= ({ connected: false, sid: sid_ }))], cmpAckldRecvOfItem), cmpAckldRecvOfItem)
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
    return (({ nRestart: RecorderIncRestart($s, $n).nRestart, nTimeout: RecorderIncTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_4($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_4($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_4(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["Restart", atomValue(pc_[1])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_4($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
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
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_5($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_5($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_5(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["ConnectAndFollowerSendCEPOCH", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_5($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
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
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_6($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_6(_$s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: ((): number => {
  let s$293: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$293 ??= R.chooseBit(ALL, nServers, ($c291: number): boolean => R.everyBit(ALL, nServers, ($q292: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c291]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q292]!))))]!
})() })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_6(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderProcessCEPOCH", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_6($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
  }
  /** CepochRecvQuorumFormed(i): tla/specs/Zab.tla, lines 486-487. */
  function CepochRecvQuorumFormed($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_cepochRecv$303: number | undefined
  return IsQuorum($s, $n, (sid_cepochRecv$303 ??= $s.cepochRecv[i_]!.reduce((m: number, $m302: CepochRecvOfItem) => m | (1 << $m302.sid), 0)))
})()
  }
  /** UpdateCepochRecv(oldSet, sid, peerEpoch): tla/specs/Zab.tla, lines 491-502. */
  function UpdateCepochRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<CepochRecvOfItem>, sid_: number, peerEpoch_: number): ReadonlyArray<CepochRecvOfItem> {
    return ((): ReadonlyArray<CepochRecvOfItem> => {
  let sid_set$305: number | undefined
  return ((((sid_set$305 ??= oldSet_.reduce((m: number, $m304: CepochRecvOfItem) => m | (1 << $m304.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<CepochRecvOfItem> => {
  let old_info$307: CepochRecvOfItem | undefined
  let new_info$308: CepochRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$307 ??= R.chooseIn(oldSet_, ($c306: CepochRecvOfItem): boolean => ($c306.sid === sid_)))], cmpCepochRecvOfItem), cmpCepochRecvOfItem), R.sortedArray([(new_info$308 ??= ({ connected: true, epoch: peerEpoch_, sid: sid_ }))], cmpCepochRecvOfItem), cmpCepochRecvOfItem)
})() : ((): ReadonlyArray<CepochRecvOfItem> => {
  let follower_info$309: CepochRecvOfItem | undefined
  return R.union(oldSet_, R.sortedArray([(follower_info$309 ??= ({ connected: true, epoch: peerEpoch_, sid: sid_ }))], cmpCepochRecvOfItem), cmpCepochRecvOfItem)
})())
})()
  }
  /** CepochRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 488-489. */
  function CepochRecvBecomeQuorum($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_cepochRecv$320: number | undefined
  return IsQuorum($s, $n, (sid_cepochRecv$320 ??= (R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i_]!.reduce((m: number, $m319: CepochRecvOfItem) => m | (1 << $m319.sid), 0)))
})()
  }
  /** Maximum(S): tla/specs/Zab.tla, lines 108-109. */
  function Maximum(_$s: TypedState, _$n: R.Partial | null, S_: ReadonlyArray<number>): number {
    return (R.eq(S_, []) ? -1 : R.chooseIn(S_, ($c323: number): boolean => S_.every(($q324: number): boolean => ($c323 >= $q324))))
  }
  /** DetermineNewEpoch(i): tla/specs/Zab.tla, lines 505-507. */
  function DetermineNewEpoch($s: TypedState, $n: R.Partial | null, i_: number): number {
    return ((): number => {
  let epoch_cepochRecv$322: ReadonlyArray<number> | undefined
  return (Maximum($s, $n, (epoch_cepochRecv$322 ??= R.sortedArray((R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i_]!.map(($m321: CepochRecvOfItem) => $m321.epoch), R.compareNumbers))) + 1)
})()
  }
  /** PendingNEWEPOCH(i, j): tla/specs/Zab.tla, lines 196-198. */
  function PendingNEWEPOCH($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -13))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_7($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_7($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_7($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_7(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowerProcessNEWEPOCH", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_7($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
  }
  /** PendingACKEPOCH(i, j): tla/specs/Zab.tla, lines 198-200. */
  function PendingACKEPOCH($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -2))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_8($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_8($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_8($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_8(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderProcessACKEPOCH", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_8($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
  }
  /** AckeRecvQuorumFormed(i): tla/specs/Zab.tla, lines 591-592. */
  function AckeRecvQuorumFormed($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackeRecv$474: number | undefined
  return IsQuorum($s, $n, (sid_ackeRecv$474 ??= $s.ackeRecv[i_]!.reduce((m: number, $m473: AckeRecvOfItem) => m | (1 << $m473.sid), 0)))
})()
  }
  /** UpdateAckeRecv(oldSet, sid, peerEpoch, peerHistory): tla/specs/Zab.tla, lines 596-605. */
  function UpdateAckeRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<AckeRecvOfItem>, sid_: number, peerEpoch_: number, peerHistory_: ReadonlyArray<HistoryOfItem>): ReadonlyArray<AckeRecvOfItem> {
    return ((): ReadonlyArray<AckeRecvOfItem> => {
  let sid_set$476: number | undefined
  let follower_info$477: AckeRecvOfItem | undefined
  return ((((sid_set$476 ??= oldSet_.reduce((m: number, $m475: AckeRecvOfItem) => m | (1 << $m475.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<AckeRecvOfItem> => {
  let old_info$479: AckeRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$479 ??= R.chooseIn(oldSet_, ($c478: AckeRecvOfItem): boolean => ($c478.sid === sid_)))], cmpAckeRecvOfItem), cmpAckeRecvOfItem), R.sortedArray([(follower_info$477 ??= ({ connected: true, peerHistory: peerHistory_, peerLastEpoch: peerEpoch_, sid: sid_ }))], cmpAckeRecvOfItem), cmpAckeRecvOfItem)
})() : R.union(oldSet_, R.sortedArray([(follower_info$477 ??= ({ connected: true, peerHistory: peerHistory_, peerLastEpoch: peerEpoch_, sid: sid_ }))], cmpAckeRecvOfItem), cmpAckeRecvOfItem))
})()
  }
  /** SetPacketsForChecking(set, src, ep, his, cur, end): tla/specs/Zab.tla, lines 609-615. */
  function SetPacketsForChecking_2($s: TypedState, $n: R.Partial | null, set_: ReadonlyArray<ProposalMsgsLogItem>, src_: number, ep_: number, his_: ReadonlyArray<HistoryOfItem>, cur_: number, end_: number): ReadonlyArray<ProposalMsgsLogItem> {
    return ((cur_ > end_) ? set_ : ((): ReadonlyArray<ProposalMsgsLogItem> => {
  let m_proposal$484: ProposalMsgsLogItem | undefined
  return SetPacketsForChecking_2($s, $n, R.union(set_, R.sortedArray([(m_proposal$484 ??= ({ data: R.at(his_, cur_).value, epoch: ep_, source: src_, zxid: R.at(his_, cur_).zxid }))], cmpProposalMsgsLogItem), cmpProposalMsgsLogItem), src_, ep_, his_, (cur_ + 1), end_)
})())
  }
  /** SetPacketsForChecking(set, src, ep, his, cur, end): tla/specs/Zab.tla, lines 609-615. */
  function SetPacketsForChecking($s: TypedState, $n: R.Partial | null, _set_: number, src_: number, ep_: number, his_: ReadonlyArray<HistoryOfItem>, cur_: number, end_: number): ReadonlyArray<ProposalMsgsLogItem> {
    return ((cur_ > end_) ? [] : ((): ReadonlyArray<ProposalMsgsLogItem> => {
  let m_proposal$482: ProposalMsgsLogItem | undefined
  return SetPacketsForChecking_2($s, $n, R.union([], R.sortedArray([(m_proposal$482 ??= ({ data: R.at(his_, cur_).value, epoch: ep_, source: src_, zxid: R.at(his_, cur_).zxid }))], cmpProposalMsgsLogItem), cmpProposalMsgsLogItem), src_, ep_, his_, (cur_ + 1), end_)
})())
  }
  /** AckeRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 593-594. */
  function AckeRecvBecomeQuorum($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackeRecv$509: number | undefined
  return IsQuorum($s, $n, (sid_ackeRecv$509 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!.reduce((m: number, $m508: AckeRecvOfItem) => m | (1 << $m508.sid), 0)))
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
  let set$512: ReadonlyArray<AckeRecvOfItem> | undefined
  let ss_set$514: ReadonlyArray<Record> | undefined
  let selected$517: Record | undefined
  let info$519: AckeRecvOfItem | undefined
  return (info$519 ??= R.chooseIn((set$512 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!), ($c518: AckeRecvOfItem): boolean => ($c518.sid === (selected$517 ??= R.chooseIn((ss_set$514 ??= R.sortedArray((set$512 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!).map(($m513: AckeRecvOfItem) => ({ currentEpoch: $m513.peerLastEpoch, lastZxid: LastZxidOfHistory($s, $n, $m513.peerHistory), sid: $m513.sid })), cmpRecord)), ($c515: Record): boolean => R.minus((ss_set$514 ??= R.sortedArray((set$512 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!).map(($m513: AckeRecvOfItem) => ({ currentEpoch: $m513.peerLastEpoch, lastZxid: LastZxidOfHistory($s, $n, $m513.peerHistory), sid: $m513.sid })), cmpRecord)), R.sortedArray([$c515], cmpRecord), cmpRecord).every(($q516: Record): boolean => MoreResentOrEqual($s, $n, $c515, $q516)))).sid))).peerHistory
})()
  }
  /** InitAcksidHelper(txns, src): tla/specs/Zab.tla, lines 639-645. */
  function InitAcksidHelper($s: TypedState, $n: R.Partial | null, txns_: ReadonlyArray<HistoryOfItem>, src_: number): ReadonlyArray<HistoryOfItem> {
    return ((txns_.length === 0) ? [] : ((): ReadonlyArray<HistoryOfItem> => {
  let oldTxn$523: HistoryOfItem | undefined
  let newTxn$524: HistoryOfItem | undefined
  return [...[(newTxn$524 ??= ({ ackSid: ((1 << src_)), epoch: (oldTxn$523 ??= R.at(txns_, 1)).epoch, value: (oldTxn$523 ??= R.at(txns_, 1)).value, zxid: (oldTxn$523 ??= R.at(txns_, 1)).zxid }))], ...InitAcksidHelper($s, $n, R.tail(txns_), src_)]
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
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_9($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_9($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_9(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowerProcessNEWLEADER", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_9($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
  }
  /** PendingACKLD(i, j): tla/specs/Zab.tla, lines 202-204. */
  function PendingACKLD($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -3))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_10($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_10($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_10($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_10(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderProcessACKLD", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_10($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
  }
  /** AckldRecvQuorumFormed(i): tla/specs/Zab.tla, lines 753-754. */
  function AckldRecvQuorumFormed($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackldRecv$648: number | undefined
  return IsQuorum($s, $n, (sid_ackldRecv$648 ??= $s.ackldRecv[i_]!.reduce((m: number, $m647: AckldRecvOfItem) => m | (1 << $m647.sid), 0)))
})()
  }
  /** UpdateAckldRecv(oldSet, sid): tla/specs/Zab.tla, lines 758-765. */
  function UpdateAckldRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<AckldRecvOfItem>, sid_: number): ReadonlyArray<AckldRecvOfItem> {
    return ((): ReadonlyArray<AckldRecvOfItem> => {
  let sid_set$650: number | undefined
  let follower_info$651: AckldRecvOfItem | undefined
  return ((((sid_set$650 ??= oldSet_.reduce((m: number, $m649: AckldRecvOfItem) => m | (1 << $m649.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<AckldRecvOfItem> => {
  let old_info$653: AckldRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$653 ??= R.chooseIn(oldSet_, ($c652: AckldRecvOfItem): boolean => ($c652.sid === sid_)))], cmpAckldRecvOfItem), cmpAckldRecvOfItem), R.sortedArray([(follower_info$651 ??= ({ connected: true, sid: sid_ }))], cmpAckldRecvOfItem), cmpAckldRecvOfItem)
})() : R.union(oldSet_, R.sortedArray([(follower_info$651 ??= ({ connected: true, sid: sid_ }))], cmpAckldRecvOfItem), cmpAckldRecvOfItem))
})()
  }
  /** UpdateAcksidHelper(txns, target, endZxid): tla/specs/Zab.tla, lines 770-780. */
  function UpdateAcksidHelper($s: TypedState, $n: R.Partial | null, txns_: ReadonlyArray<HistoryOfItem>, target_: number, endZxid_: ReadonlyArray<number>): ReadonlyArray<HistoryOfItem> {
    return ((txns_.length === 0) ? [] : ((): ReadonlyArray<HistoryOfItem> => {
  let oldTxn$656: HistoryOfItem | undefined
  return (ZxidCompare($s, $n, (oldTxn$656 ??= R.at(txns_, 1)).zxid, endZxid_) ? txns_ : ((): ReadonlyArray<HistoryOfItem> => {
  let newTxn$657: HistoryOfItem | undefined
  return [...[(newTxn$657 ??= ({ ackSid: ((((oldTxn$656 ??= R.at(txns_, 1)).ackSid >> target_) & 1) === 1 ? (oldTxn$656 ??= R.at(txns_, 1)).ackSid : ((oldTxn$656 ??= R.at(txns_, 1)).ackSid | ((1 << target_)))), epoch: (oldTxn$656 ??= R.at(txns_, 1)).epoch, value: (oldTxn$656 ??= R.at(txns_, 1)).value, zxid: (oldTxn$656 ??= R.at(txns_, 1)).zxid }))], ...UpdateAcksidHelper($s, $n, R.tail(txns_), target_, endZxid_)]
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
  let sid_ackldRecv$668: number | undefined
  return IsQuorum($s, $n, (sid_ackldRecv$668 ??= (R.primed($n, 9) as ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>)[i_]!.reduce((m: number, $m667: AckldRecvOfItem) => m | (1 << $m667.sid), 0)))
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
    return (R.eq(S_, []) ? -1 : R.chooseIn(S_, ($c722: number): boolean => S_.every(($q723: number): boolean => ($c722 <= $q723))))
  }
  /** ZxidToIndexHelper(his, zxid, cur, appeared): tla/specs/Zab.tla, lines 837-843. */
  function ZxidToIndexHelper($s: TypedState, $n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>, zxid_: ReadonlyArray<number>, cur_: number, appeared_: boolean): number {
    return ((cur_ > his_.length) ? cur_ : (TxnZxidEqual($s, $n, R.at(his_, cur_), zxid_) ? ((appeared_ === true) ? -1 : Minimum($s, $n, R.sortedArray([cur_, ZxidToIndexHelper($s, $n, his_, zxid_, (cur_ + 1), true)], R.compareNumbers))) : ZxidToIndexHelper($s, $n, his_, zxid_, (cur_ + 1), appeared_)))
  }
  /** ZxidToIndex(his, zxid): tla/specs/Zab.tla, lines 847-852. */
  function ZxidToIndex($s: TypedState, $n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>, zxid_: ReadonlyArray<number>): number {
    return (ZxidEqual($s, $n, zxid_, [0, 0]) ? 0 : ((his_.length === 0) ? 1 : ((): number => {
  let len$720: number | undefined
  return (R.range(1, (len$720 ??= his_.length)).some(($q721: number): boolean => TxnZxidEqual($s, $n, R.at(his_, $q721), zxid_)) ? ZxidToIndexHelper($s, $n, his_, zxid_, 1, false) : ((len$720 ??= his_.length) + 1))
})()))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_11($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_11($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_11($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_11(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowerProcessCOMMITLD", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_11($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
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
    return $s.recorder.nClientRequest
  }
  /** IncZxid(s, zxid): tla/specs/Zab.tla, lines 878-879. */
  function IncZxid($s: TypedState, _$n: R.Partial | null, s_: number, zxid_: ReadonlyArray<number>): ReadonlyArray<number> {
    return (($s.currentEpoch[s_]! === R.at(zxid_, 1)) ? [R.at(zxid_, 1), (R.at(zxid_, 2) + 1)] : [$s.currentEpoch[s_]!, 1])
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_12($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_12(_$s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nTransaction: number } {
    return ({ nTransaction: ((): number => {
  let s$770: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$770 ??= R.chooseBit(ALL, nServers, ($c768: number): boolean => R.everyBit(ALL, nServers, ($q769: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c768]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q769]!.length))))]!.length
})() })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_12($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_12(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderProcessRequest", atomValue(pc_[1])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_12($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: ($s.recorder.nClientRequest + 1) })
  }
  /** CurrentCounter(i): tla/specs/Zab.tla, lines 901-902. */
  function CurrentCounter($s: TypedState, $n: R.Partial | null, i_: number): number {
    return ((R.at(LastZxid($s, $n, i_), 1) === $s.currentEpoch[i_]!) ? R.at(LastZxid($s, $n, i_), 2) : 0)
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_13($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_13($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_13($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_13(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderBroadcastPROPOSE", atomValue(pc_[1])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_13($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
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
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_14($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_14($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_14(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowerProcessPROPOSE", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_14($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
  }
  /** PendingACK(i, j): tla/specs/Zab.tla, lines 208-210. */
  function PendingACK($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -1))
  }
  /** LastAckIndexFromFollower(i, j): tla/specs/Zab.tla, lines 999-1001. */
  function LastAckIndexFromFollower($s: TypedState, $n: R.Partial | null, i_: number, j_: number): number {
    return ((): number => {
  let set_index$888: ReadonlyArray<number> | undefined
  return Maximum($s, $n, (set_index$888 ??= R.range(1, $s.history[i_]!.length).filter(($f887: number): boolean => ((R.at($s.history[i_]!, $f887).ackSid >> j_) & 1) === 1)))
})()
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_15($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_15($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_15($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_15(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["LeaderProcessACK", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_15($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
  }
  /** PendingCOMMIT(i, j): tla/specs/Zab.tla, lines 210-213. */
  function PendingCOMMIT($s: TypedState, _$n: R.Partial | null, i_: number, j_: number): boolean {
    return (!($s.msgs[j_]![i_]!.length === 0) && (R.defined(R.at($s.msgs[j_]![i_]!, 1).mtype) === -6))
  }
  /** RecorderSetFailure(pc): tla/specs/Zab.tla, lines 169-173. */
  function RecorderSetFailure_16($s: TypedState, $n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nRestart: number; readonly nTimeout: number } {
    return (({ nRestart: RecorderGetRestart($s, $n).nRestart, nTimeout: RecorderGetTimeout($s, $n).nTimeout }))
  }
  /** RecorderSetTransactionNum(pc): tla/specs/Zab.tla, lines 152-157. */
  function RecorderSetTransactionNum_16($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nTransaction: number } {
    return ({ nTransaction: $s.recorder.nTransaction })
  }
  /** RecorderSetMaxEpoch(pc): tla/specs/Zab.tla, lines 158-163. */
  function RecorderSetMaxEpoch_16($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly maxEpoch: number } {
    return ({ maxEpoch: $s.recorder.maxEpoch })
  }
  /** RecorderSetPc(pc): tla/specs/Zab.tla, line 168. */
  function RecorderSetPc_16(_$s: TypedState, _$n: R.Partial | null, pc_: readonly [string, number, number]): { readonly pc: ReadonlyArray<T.Value> } {
    return ({ pc: ["FollowerProcessCOMMIT", atomValue(pc_[1]), atomValue(pc_[2])] })
  }
  /** RecorderSetRequests(pc): tla/specs/Zab.tla, lines 164-167. */
  function RecorderSetRequests_16($s: TypedState, _$n: R.Partial | null, _pc_: readonly [string, number, number]): { readonly nClientRequest: number } {
    return ({ nClientRequest: $s.recorder.nClientRequest })
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
    return R.everyBit(ALL, nServers, ($q1086: number): boolean => R.everyBit(ALL, nServers, ($q1087: number): boolean => (!(IsLeader_2($s, null, $q1086) && $set1090.includes($s.zabState[$q1086]!) && IsLeader_2($s, null, $q1087) && $set1091.includes($s.zabState[$q1087]!) && ($s.currentEpoch[$q1086]! === $s.currentEpoch[$q1087]!)) || ($q1086 === $q1087))))
  }
  /** MAXEPOCH(): tla/specs/Zab.tla, line 35. */
  function MAXEPOCH(_$s: TypedState, _$n: R.Partial | null): number {
    return 10
  }
  /** Leadership2(): tla/specs/Zab.tla, line 1156. */
  function Leadership2($s: TypedState, _$n: R.Partial | null): boolean {
    return R.range(1, MAXEPOCH($s, null)).every(($q1092: number): boolean => (R.popCount(R.fnApply($s.epochLeader, $q1092)) <= 1))
  }
  /** Minimum(S): tla/specs/Zab.tla, lines 111-112. */
  function Minimum_2(_$s: TypedState, _$n: R.Partial | null, S_: ReadonlyArray<number>): number {
    return (R.eq(S_, []) ? -1 : R.chooseIn(S_, ($c1095: number): boolean => S_.every(($q1096: number): boolean => ($c1095 <= $q1096))))
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
    return R.everyBit(ALL, nServers, ($q1093: number): boolean => R.everyBit(ALL, nServers, ($q1094: number): boolean => ((): boolean => {
  let smaller$1097: number | undefined
  return (((smaller$1097 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q1093]!.index, $s.lastCommitted[$q1094]!.index], R.compareNumbers))) === 0) || (((smaller$1097 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q1093]!.index, $s.lastCommitted[$q1094]!.index], R.compareNumbers))) > 0) && R.range(1, (smaller$1097 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q1093]!.index, $s.lastCommitted[$q1094]!.index], R.compareNumbers)))).every(($q1098: number): boolean => TxnEqual($s, null, R.at($s.history[$q1093]!, $q1098), R.at($s.history[$q1094]!, $q1098)))))
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
    return R.everyBit(ALL, nServers, ($q1099: number): boolean => (!(IsFollower_2($s, null, $q1099) && ($s.lastCommitted[$q1099]!.index > 0)) || R.range(1, $s.lastCommitted[$q1099]!.index).every(($q1103: number): boolean => $s.proposalMsgsLog.some(($q1104: ProposalMsgsLogItem): boolean => ((): boolean => {
  let txn_proposal$1105: { readonly value: number; readonly zxid: ReadonlyArray<number> } | undefined
  return TxnEqual_2($s, null, R.at($s.history[$q1099]!, $q1103), (txn_proposal$1105 ??= ({ value: $q1104.data, zxid: $q1104.zxid })))
})()))))
  }
  /** Agreement(): tla/specs/Zab.tla, lines 1178-1190. */
  function Agreement($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q1106: number): boolean => R.everyBit(ALL, nServers, ($q1107: number): boolean => (!(IsFollower_2($s, null, $q1106) && ($s.lastCommitted[$q1106]!.index > 0) && IsFollower_2($s, null, $q1107) && ($s.lastCommitted[$q1107]!.index > 0)) || R.range(1, $s.lastCommitted[$q1106]!.index).every(($q1112: number): boolean => R.range(1, $s.lastCommitted[$q1107]!.index).every(($q1113: number): boolean => (R.range(1, $s.lastCommitted[$q1107]!.index).some(($q1114: number): boolean => TxnEqual($s, null, R.at($s.history[$q1107]!, $q1114), R.at($s.history[$q1106]!, $q1112))) || R.range(1, $s.lastCommitted[$q1106]!.index).some(($q1115: number): boolean => TxnEqual($s, null, R.at($s.history[$q1106]!, $q1115), R.at($s.history[$q1107]!, $q1113)))))))))
  }
  /** TotalOrder(): tla/specs/Zab.tla, lines 1190-1206. */
  function TotalOrder($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q1116: number): boolean => R.everyBit(ALL, nServers, ($q1117: number): boolean => ((): boolean => {
  let committed1$1118: number | undefined
  let committed2$1119: number | undefined
  return (!(((committed1$1118 ??= $s.lastCommitted[$q1116]!.index) >= 2) && ((committed2$1119 ??= $s.lastCommitted[$q1117]!.index) >= 2)) || R.range(1, ((committed1$1118 ??= $s.lastCommitted[$q1116]!.index) - 1)).every(($q1126: number): boolean => R.range(($q1126 + 1), (committed1$1118 ??= $s.lastCommitted[$q1116]!.index)).every(($q1127: number): boolean => ((): boolean => {
  let logOk$1129: boolean | undefined
  return (!(logOk$1129 ??= R.range(1, (committed2$1119 ??= $s.lastCommitted[$q1117]!.index)).some(($q1128: number): boolean => TxnEqual($s, null, R.at($s.history[$q1116]!, $q1127), R.at($s.history[$q1117]!, $q1128)))) || ((logOk$1129 ??= R.range(1, (committed2$1119 ??= $s.lastCommitted[$q1117]!.index)).some(($q1128: number): boolean => TxnEqual($s, null, R.at($s.history[$q1116]!, $q1127), R.at($s.history[$q1117]!, $q1128)))) && R.range(1, (committed2$1119 ??= $s.lastCommitted[$q1117]!.index)).some(($q1130: number): boolean => (TxnEqual($s, null, R.at($s.history[$q1116]!, $q1127), R.at($s.history[$q1117]!, $q1130)) && R.range(1, ($q1130 - 1)).some(($q1131: number): boolean => TxnEqual($s, null, R.at($s.history[$q1116]!, $q1126), R.at($s.history[$q1117]!, $q1131)))))))
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
  return R.everyBit(ALL, nServers, ($q1132: number): boolean => R.range(1, $s.currentEpoch[$q1132]!).every(($q1133: number): boolean => ((R.sortedArray($s.proposalMsgsLog.filter(($f1134: ProposalMsgsLogItem): boolean => (($f1134.source === $q1132) && ($f1134.epoch === $q1133))).map(($m1135: ProposalMsgsLogItem) => ({ value: $m1135.data, zxid: $m1135.zxid })), cmpRecord_).length < 2) || ((R.sortedArray($s.proposalMsgsLog.filter(($f1136: ProposalMsgsLogItem): boolean => (($f1136.source === $q1132) && ($f1136.epoch === $q1133))).map(($m1137: ProposalMsgsLogItem) => ({ value: $m1137.data, zxid: $m1137.zxid })), cmpRecord_).length >= 2) && R.sortedArray($s.proposalMsgsLog.filter(($f1138: ProposalMsgsLogItem): boolean => (($f1138.source === $q1132) && ($f1138.epoch === $q1133))).map(($m1139: ProposalMsgsLogItem) => ({ value: $m1139.data, zxid: $m1139.zxid })), cmpRecord_).some(($q1140: Record_): boolean => R.sortedArray($s.proposalMsgsLog.filter(($f1141: ProposalMsgsLogItem): boolean => (($f1141.source === $q1132) && ($f1141.epoch === $q1133))).map(($m1142: ProposalMsgsLogItem) => ({ value: $m1142.data, zxid: $m1142.zxid })), cmpRecord_).some(($q1143: Record_): boolean => (TxnEqual_3($s, null, $q1140, $q1143) || (!TxnEqual_3($s, null, $q1140, $q1143) && ((): boolean => {
  let TxnPre$1144: Record_ | undefined
  let TxnNext$1145: Record_ | undefined
  return R.everyBit(ALL, nServers, ($q1146: number): boolean => (!(($s.lastCommitted[$q1146]!.index >= 2) && R.range(1, $s.lastCommitted[$q1146]!.index).some(($q1150: number): boolean => TxnEqual_2($s, null, R.at($s.history[$q1146]!, $q1150), (TxnNext$1145 ??= (ZxidCompare_2($s, null, $q1140.zxid, $q1143.zxid) ? $q1140 : $q1143))))) || R.range(1, $s.lastCommitted[$q1146]!.index).some(($q1151: number): boolean => (TxnEqual_2($s, null, R.at($s.history[$q1146]!, $q1151), (TxnNext$1145 ??= (ZxidCompare_2($s, null, $q1140.zxid, $q1143.zxid) ? $q1140 : $q1143))) && ($q1151 > 1) && R.range(1, ($q1151 - 1)).some(($q1152: number): boolean => TxnEqual_2($s, null, R.at($s.history[$q1146]!, $q1152), (TxnPre$1144 ??= (ZxidCompare_2($s, null, $q1140.zxid, $q1143.zxid) ? $q1143 : $q1140))))))))
})()))))))))
})()
  }
  /** EpochPrecedeInTxn(txn1, txn2): tla/specs/Zab.tla, line 139. */
  function EpochPrecedeInTxn(_$s: TypedState, _$n: R.Partial | null, txn1_: HistoryOfItem, txn2_: HistoryOfItem): boolean {
    return (R.at(txn1_.zxid, 1) < R.at(txn2_.zxid, 1))
  }
  /** GlobalPrimaryOrder(): tla/specs/Zab.tla, lines 1229-1237. */
  function GlobalPrimaryOrder($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q1153: number): boolean => (!($s.lastCommitted[$q1153]!.index >= 2) || R.range(1, $s.lastCommitted[$q1153]!.index).every(($q1156: number): boolean => R.range(1, $s.lastCommitted[$q1153]!.index).every(($q1157: number): boolean => (!EpochPrecedeInTxn($s, null, R.at($s.history[$q1153]!, $q1156), R.at($s.history[$q1153]!, $q1157)) || (EpochPrecedeInTxn($s, null, R.at($s.history[$q1153]!, $q1156), R.at($s.history[$q1153]!, $q1157)) && ($q1156 < $q1157)))))))
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
    return R.everyBit(ALL, nServers, ($q1158: number): boolean => R.everyBit(ALL, nServers, ($q1159: number): boolean => (!(IsLeader_2($s, null, $q1158) && IsMyLearner_2($s, null, $q1158, $q1159) && IsFollower_2($s, null, $q1159) && IsMyLeader_2($s, null, $q1159, $q1158) && ($s.zabState[$q1158]! === -4) && ($s.zabState[$q1159]! === -4) && ($s.lastCommitted[$q1159]!.index >= 1)) || R.range(1, $s.lastCommitted[$q1159]!.index).every(($q1162: number): boolean => ((R.at(R.at($s.history[$q1159]!, $q1162).zxid, 1) >= $s.currentEpoch[$q1158]!) || ((R.at(R.at($s.history[$q1159]!, $q1162).zxid, 1) < $s.currentEpoch[$q1158]!) && R.range(1, $s.lastCommitted[$q1158]!.index).some(($q1163: number): boolean => TxnEqual($s, null, R.at($s.history[$q1158]!, $q1163), R.at($s.history[$q1159]!, $q1162)))))))))
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
    if (!$n.bind(17, (($r18: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch($s, $n, pc$1).maxEpoch, nClientRequest: RecorderSetRequests($s, $n, pc$1).nClientRequest, nRestart: $r18.nRestart, nTimeout: $r18.nTimeout, nTransaction: RecorderSetTransactionNum($s, $n, pc$1).nTransaction, pc: RecorderSetPc($s, $n, pc$1).pc }))(RecorderSetFailure($s, $n, pc$1)))) return
    $k($n)
    }
    }
  }
  /** FollowLeader(i) as an action: tla/specs/Zab.tla, lines 404-416. */
  function FollowLeader_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(IsLooking($s, $n, i_))) return
    if (!(!($s.leaderOracle === -15))) return
    const $m47 = $n.mark()
    or48: {
    if (!(($s.leaderOracle === i_))) break or48
    const i$49 = i_
    // SwitchToLeader: tla/specs/Zab.tla, lines 346-361
    {
    if (!$n.bind(0, R.setAt($s.state, i$49, -11))) break or48
    if (!$n.bind(1, R.setAt($s.zabState, i$49, -8))) break or48
    if (!$n.bind(6, R.setAt($s.learners, i$49, ((1 << i$49))))) break or48
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$49, R.sortedArray([({ connected: true, epoch: $s.acceptedEpoch[i$49]!, sid: i$49 })], cmpCepochRecvOfItem)))) break or48
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$49, R.sortedArray([({ connected: true, peerHistory: $s.history[i$49]!, peerLastEpoch: $s.currentEpoch[i$49]!, sid: i$49 })], cmpAckeRecvOfItem)))) break or48
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$49, R.sortedArray([({ connected: true, sid: i$49 })], cmpAckldRecvOfItem)))) break or48
    if (!$n.bind(10, R.setAt($s.sendCounter, i$49, 0))) break or48
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(12, $s.leaderOracle) && $n.bind(11, $s.connectInfo) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants) && $n.bind(13, $s.msgs))) break or48
    const pc$50 = (["FollowLeader", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r51: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_2($s, $n, pc$50).maxEpoch, nClientRequest: RecorderSetRequests_2($s, $n, pc$50).nClientRequest, nRestart: $r51.nRestart, nTimeout: $r51.nTimeout, nTransaction: RecorderSetTransactionNum_2($s, $n, pc$50).nTransaction, pc: RecorderSetPc_2($s, $n, pc$50).pc }))(RecorderSetFailure_2($s, $n, pc$50)))) break or48
    $k($n)
    }
    }
    }
    $n.undo($m47)
    or57: {
    if (!(!($s.leaderOracle === i_))) break or57
    const i$58 = i_
    // SwitchToFollower: tla/specs/Zab.tla, lines 342-346
    {
    if (!$n.bind(0, R.setAt($s.state, i$58, -10))) break or57
    if (!$n.bind(1, R.setAt($s.zabState, i$58, -8))) break or57
    if (!($n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter))) break or57
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(12, $s.leaderOracle) && $n.bind(11, $s.connectInfo) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants) && $n.bind(13, $s.msgs))) break or57
    const pc$59 = (["FollowLeader", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r60: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_2($s, $n, pc$59).maxEpoch, nClientRequest: RecorderSetRequests_2($s, $n, pc$59).nClientRequest, nRestart: $r60.nRestart, nTimeout: $r60.nTimeout, nTransaction: RecorderSetTransactionNum_2($s, $n, pc$59).nTransaction, pc: RecorderSetPc_2($s, $n, pc$59).pc }))(RecorderSetFailure_2($s, $n, pc$59)))) break or57
    $k($n)
    }
    }
    }
    $n.undo($m47)
  }
  /** Timeout(i, j) as an action: tla/specs/Zab.tla, lines 427-443. */
  function Timeout_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(CheckTimeout($s, $n))) return
    if (!(IsLeader($s, $n, i_))) return
    if (!(IsMyLearner($s, $n, i_, j_))) return
    if (!(IsFollower($s, $n, j_))) return
    if (!(IsMyLeader($s, $n, j_, i_))) return
    {
    let newLearners$66: number | undefined
    const $m90 = $n.mark()
    or91: {
    if (!(IsQuorum($s, $n, (newLearners$66 ??= ($s.learners[i_]! & ~((1 << j_))))))) break or91
    const i$93 = i_
    const j$94 = j_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$93, ($s.learners[i$93]! & ~((1 << j$94)))))) break or91
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$93, RemoveCepochRecv($s, $n, $s.cepochRecv[i$93]!, j$94)))) break or91
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$93, RemoveAckeRecv($s, $n, $s.ackeRecv[i$93]!, j$94)))) break or91
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$93, RemoveAckldRecv($s, $n, $s.ackldRecv[i$93]!, j$94)))) break or91
    const i$110 = j_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$110, -12))) break or91
    if (!$n.bind(1, R.setAt($s.zabState, i$110, -9))) break or91
    if (!$n.bind(11, R.setAt($s.connectInfo, i$110, -15))) break or91
    const i$111 = i_
    const j$112 = j_
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o113: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o113, i$111, R.setAt($o113[i$111]!, j$112, [])))(R.setAt($s.msgs, j$112, R.setAt($s.msgs[j$112]!, i$111, []))))) break or91
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or91
    const pc$114 = (["Timeout", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r115: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_3($s, $n, pc$114).maxEpoch, nClientRequest: RecorderSetRequests_3($s, $n, pc$114).nClientRequest, nRestart: $r115.nRestart, nTimeout: $r115.nTimeout, nTransaction: RecorderSetTransactionNum_3($s, $n, pc$114).nTransaction, pc: RecorderSetPc_3($s, $n, pc$114).pc }))(RecorderSetFailure_3($s, $n, pc$114)))) break or91
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m90)
    or121: {
    if (!(!IsQuorum($s, $n, (newLearners$66 ??= ($s.learners[i_]! & ~((1 << j_))))))) break or121
    const i$122 = i_
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$123: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x124: number) => ((((S$123 ??= $s.learners[i$122]!) >> $x124) & 1) === 1 ? -12 : $s.state[$x124]!)))) break or121
    if (!$n.bind(1, R.arrayOf(nServers, ($x125: number) => ((((S$123 ??= $s.learners[i$122]!) >> $x125) & 1) === 1 ? -9 : $s.zabState[$x125]!)))) break or121
    if (!$n.bind(11, R.arrayOf(nServers, ($x126: number) => ((((S$123 ??= $s.learners[i$122]!) >> $x126) & 1) === 1 ? -15 : $s.connectInfo[$x126]!)))) break or121
    const S$127 = (S$123 ??= $s.learners[i$122]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x128: number) => R.arrayOf(nServers, ($x129: number) => (((S$127 >> $x129) & 1) === 1 ? [] : $s.msgs[$x128]![$x129]!))))) break or121
    if (!$n.bind(6, R.setAt($s.learners, i$122, 0))) break or121
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or121
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or121
    const pc$130 = (["Timeout", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r131: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_3($s, $n, pc$130).maxEpoch, nClientRequest: RecorderSetRequests_3($s, $n, pc$130).nClientRequest, nRestart: $r131.nRestart, nTimeout: $r131.nTimeout, nTransaction: RecorderSetTransactionNum_3($s, $n, pc$130).nTransaction, pc: RecorderSetPc_3($s, $n, pc$130).pc }))(RecorderSetFailure_3($s, $n, pc$130)))) break or121
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m90)
    }
  }
  /** Restart(i) as an action: tla/specs/Zab.tla, lines 443-473. */
  function Restart_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(CheckRestart($s, $n))) return
    const $m160 = $n.mark()
    or161: {
    if (!(IsLooking($s, $n, i_))) break or161
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(6, $s.learners) && $n.bind(11, $s.connectInfo) && $n.bind(13, $s.msgs) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or161
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) break or161
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or161
    const pc$162 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r163: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_4($s, $n, pc$162).maxEpoch, nClientRequest: RecorderSetRequests_4($s, $n, pc$162).nClientRequest, nRestart: $r163.nRestart, nTimeout: $r163.nTimeout, nTransaction: RecorderSetTransactionNum_4($s, $n, pc$162).nTransaction, pc: RecorderSetPc_4($s, $n, pc$162).pc }))(RecorderSetFailure_4($s, $n, pc$162)))) break or161
    $k($n)
    }
    }
    $n.undo($m160)
    or169: {
    if (!(IsFollower($s, $n, i_))) break or169
    {
    let connectedWithLeader$170: boolean | undefined
    const $m178 = $n.mark()
    or179: {
    if (!((connectedWithLeader$170 ??= HasLeader($s, $n, i_)))) break or179
    {
    let leader$180: number | undefined
    let newLearners$181: number | undefined
    const $m189 = $n.mark()
    or190: {
    if (!(IsQuorum($s, $n, (newLearners$181 ??= ($s.learners[(leader$180 ??= $s.connectInfo[i_]!)]! & ~((1 << i_))))))) break or190
    const i$191 = (leader$180 ??= $s.connectInfo[i_]!)
    const j$192 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$191, ($s.learners[i$191]! & ~((1 << j$192)))))) break or190
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$191, RemoveCepochRecv($s, $n, $s.cepochRecv[i$191]!, j$192)))) break or190
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$191, RemoveAckeRecv($s, $n, $s.ackeRecv[i$191]!, j$192)))) break or190
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$191, RemoveAckldRecv($s, $n, $s.ackldRecv[i$191]!, j$192)))) break or190
    const i$193 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$193, -12))) break or190
    if (!$n.bind(1, R.setAt($s.zabState, i$193, -9))) break or190
    if (!$n.bind(11, R.setAt($s.connectInfo, i$193, -15))) break or190
    const i$194 = (leader$180 ??= $s.connectInfo[i_]!)
    const j$195 = i_
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o196: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o196, i$194, R.setAt($o196[i$194]!, j$195, [])))(R.setAt($s.msgs, j$195, R.setAt($s.msgs[j$195]!, i$194, []))))) break or190
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) break or190
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or190
    const pc$197 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r198: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_4($s, $n, pc$197).maxEpoch, nClientRequest: RecorderSetRequests_4($s, $n, pc$197).nClientRequest, nRestart: $r198.nRestart, nTimeout: $r198.nTimeout, nTransaction: RecorderSetTransactionNum_4($s, $n, pc$197).nTransaction, pc: RecorderSetPc_4($s, $n, pc$197).pc }))(RecorderSetFailure_4($s, $n, pc$197)))) break or190
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m189)
    or204: {
    if (!(!IsQuorum($s, $n, (newLearners$181 ??= ($s.learners[(leader$180 ??= $s.connectInfo[i_]!)]! & ~((1 << i_))))))) break or204
    const i$205 = (leader$180 ??= $s.connectInfo[i_]!)
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$206: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x207: number) => ((((S$206 ??= $s.learners[i$205]!) >> $x207) & 1) === 1 ? -12 : $s.state[$x207]!)))) break or204
    if (!$n.bind(1, R.arrayOf(nServers, ($x208: number) => ((((S$206 ??= $s.learners[i$205]!) >> $x208) & 1) === 1 ? -9 : $s.zabState[$x208]!)))) break or204
    if (!$n.bind(11, R.arrayOf(nServers, ($x209: number) => ((((S$206 ??= $s.learners[i$205]!) >> $x209) & 1) === 1 ? -15 : $s.connectInfo[$x209]!)))) break or204
    const S$210 = (S$206 ??= $s.learners[i$205]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x211: number) => R.arrayOf(nServers, ($x212: number) => (((S$210 >> $x212) & 1) === 1 ? [] : $s.msgs[$x211]![$x212]!))))) break or204
    if (!$n.bind(6, R.setAt($s.learners, i$205, 0))) break or204
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or204
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) break or204
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or204
    const pc$213 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r214: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_4($s, $n, pc$213).maxEpoch, nClientRequest: RecorderSetRequests_4($s, $n, pc$213).nClientRequest, nRestart: $r214.nRestart, nTimeout: $r214.nTimeout, nTransaction: RecorderSetTransactionNum_4($s, $n, pc$213).nTransaction, pc: RecorderSetPc_4($s, $n, pc$213).pc }))(RecorderSetFailure_4($s, $n, pc$213)))) break or204
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m189)
    }
    }
    $n.undo($m178)
    or220: {
    if (!(!(connectedWithLeader$170 ??= HasLeader($s, $n, i_)))) break or220
    const i$221 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$221, -12))) break or220
    if (!$n.bind(1, R.setAt($s.zabState, i$221, -9))) break or220
    if (!$n.bind(11, R.setAt($s.connectInfo, i$221, -15))) break or220
    const S$222 = ((1 << i_))
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x223: number) => R.arrayOf(nServers, ($x224: number) => (((S$222 >> $x224) & 1) === 1 ? [] : $s.msgs[$x223]![$x224]!))))) break or220
    if (!($n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or220
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) break or220
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or220
    const pc$225 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r226: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_4($s, $n, pc$225).maxEpoch, nClientRequest: RecorderSetRequests_4($s, $n, pc$225).nClientRequest, nRestart: $r226.nRestart, nTimeout: $r226.nTimeout, nTransaction: RecorderSetTransactionNum_4($s, $n, pc$225).nTransaction, pc: RecorderSetPc_4($s, $n, pc$225).pc }))(RecorderSetFailure_4($s, $n, pc$225)))) break or220
    $k($n)
    }
    }
    }
    }
    $n.undo($m178)
    }
    }
    $n.undo($m160)
    or232: {
    if (!(IsLeader($s, $n, i_))) break or232
    const i$233 = i_
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$234: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x235: number) => ((((S$234 ??= $s.learners[i$233]!) >> $x235) & 1) === 1 ? -12 : $s.state[$x235]!)))) break or232
    if (!$n.bind(1, R.arrayOf(nServers, ($x236: number) => ((((S$234 ??= $s.learners[i$233]!) >> $x236) & 1) === 1 ? -9 : $s.zabState[$x236]!)))) break or232
    if (!$n.bind(11, R.arrayOf(nServers, ($x237: number) => ((((S$234 ??= $s.learners[i$233]!) >> $x237) & 1) === 1 ? -15 : $s.connectInfo[$x237]!)))) break or232
    const S$238 = (S$234 ??= $s.learners[i$233]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x239: number) => R.arrayOf(nServers, ($x240: number) => (((S$238 >> $x240) & 1) === 1 ? [] : $s.msgs[$x239]![$x240]!))))) break or232
    if (!$n.bind(6, R.setAt($s.learners, i$233, 0))) break or232
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or232
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) break or232
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or232
    const pc$241 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r242: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_4($s, $n, pc$241).maxEpoch, nClientRequest: RecorderSetRequests_4($s, $n, pc$241).nClientRequest, nRestart: $r242.nRestart, nTimeout: $r242.nTimeout, nTransaction: RecorderSetTransactionNum_4($s, $n, pc$241).nTransaction, pc: RecorderSetPc_4($s, $n, pc$241).pc }))(RecorderSetFailure_4($s, $n, pc$241)))) break or232
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m160)
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
    const i$248 = j_
    const j$249 = i_
    const m$250 = ({ mepoch: $s.acceptedEpoch[j_]!, mtype: -5 })
    // Send: tla/specs/Zab.tla, lines 213-213
    {
    if (!$n.bind(13, R.setAt($s.msgs, i$248, R.setAt($s.msgs[i$248]!, j$249, [...$s.msgs[i$248]![j$249]!, (($r251) => ({ $v: 2, mdata: undefined, mepoch: $r251.mepoch, mhistory: undefined, mtype: $r251.mtype, mzxid: undefined }))(m$250)])))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter))) return
    const pc$252 = (["ConnectAndFollowerSendCEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r269: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_5($s, $n, pc$252).maxEpoch, nClientRequest: RecorderSetRequests_5($s, $n, pc$252).nClientRequest, nRestart: $r269.nRestart, nTimeout: $r269.nTimeout, nTransaction: RecorderSetTransactionNum_5($s, $n, pc$252).nTransaction, pc: RecorderSetPc_5($s, $n, pc$252).pc }))(RecorderSetFailure_5($s, $n, pc$252)))) return
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
    let msg$275: MsgsOfOfItem | undefined
    let infoOk$276: boolean | undefined
    if (!((infoOk$276 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $m300 = $n.mark()
    or301: {
    if (!(!CepochRecvQuorumFormed($s, $n, i_))) break or301
    const $k353 = (): void => {
    if (!$n.bind(7, R.setAt($s.cepochRecv, i_, UpdateCepochRecv($s, $n, $s.cepochRecv[i_]!, j_, R.defined((msg$275 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) return
    const $m317 = $n.mark()
    or318: {
    if (!(CepochRecvBecomeQuorum($s, $n, i_))) break or318
    if (!$n.bind(2, R.setAt($s.acceptedEpoch, i_, DetermineNewEpoch($s, $n, i_)))) break or318
    {
    let m$325: { readonly mepoch: number; readonly mtype: number } | undefined
    const i$326 = i_
    const j$327 = j_
    const m$328 = (m$325 ??= ({ mepoch: (R.primed($n, 2) as ReadonlyArray<number>)[i_]!, mtype: -13 }))
    // DiscardAndBroadcastNEWEPOCH: tla/specs/Zab.tla, lines 254-262
    {
    {
    let new_cepochRecv_quorum$330: ReadonlyArray<CepochRecvOfItem> | undefined
    let new_sid_cepochRecv$332: number | undefined
    if (!$n.bind(13, (($o333: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o333, i$326, R.arrayOf(nServers, ($x334: number) => (((((new_sid_cepochRecv$332 ??= (new_cepochRecv_quorum$330 ??= (R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i$326]!.filter(($f329: CepochRecvOfItem): boolean => ($f329.connected === true))).reduce((m: number, $m331: CepochRecvOfItem) => m | (1 << $m331.sid), 0)) >> $x334) & 1) === 1 && (($s.learners[i$326]! >> $x334) & 1) === 1 && !($x334 === i$326)) ? [...$s.msgs[i$326]![$x334]!, (($r335) => ({ $v: 2, mdata: undefined, mepoch: $r335.mepoch, mhistory: undefined, mtype: $r335.mtype, mzxid: undefined }))(m$328)] : $s.msgs[i$326]![$x334]!))))(R.setAt($s.msgs, j$327, R.setAt($s.msgs[j$327]!, i$326, R.tail($s.msgs[j$327]![i$326]!)))))) break or318
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or318
    const pc$336 = (["LeaderProcessCEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r337: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_6($s, $n, pc$336).maxEpoch, nClientRequest: RecorderSetRequests_6($s, $n, pc$336).nClientRequest, nRestart: $r337.nRestart, nTimeout: $r337.nTimeout, nTransaction: RecorderSetTransactionNum_6($s, $n, pc$336).nTransaction, pc: RecorderSetPc_6($s, $n, pc$336).pc }))(RecorderSetFailure_6($s, $n, pc$336)))) break or318
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m317)
    or343: {
    if (!(!CepochRecvBecomeQuorum($s, $n, i_))) break or343
    const i$344 = j_
    const j$345 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$344]![j$345]!.length === 0) ? R.setAt($s.msgs, i$344, R.setAt($s.msgs[i$344]!, j$345, R.tail($s.msgs[i$344]![j$345]!))) : $s.msgs))) break or343
    if (!($n.bind(2, $s.acceptedEpoch))) break or343
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or343
    const pc$346 = (["LeaderProcessCEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r347: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_6($s, $n, pc$346).maxEpoch, nClientRequest: RecorderSetRequests_6($s, $n, pc$346).nClientRequest, nRestart: $r347.nRestart, nTimeout: $r347.nTimeout, nTransaction: RecorderSetTransactionNum_6($s, $n, pc$346).nTransaction, pc: RecorderSetPc_6($s, $n, pc$346).pc }))(RecorderSetFailure_6($s, $n, pc$346)))) break or343
    $k($n)
    }
    }
    }
    $n.undo($m317)
    }
    const $m354 = $n.mark()
    or355: {
    if (!(($s.zabState[i_]! === -8))) break or355
    if (!($n.bind(16, $s.violatedInvariants))) break or355
    $k353()
    }
    $n.undo($m354)
    or356: {
    if (!(!($s.zabState[i_]! === -8))) break or356
    if (!(T.printT("Exception: CepochRecvQuorumFormed false, while zabState not DISCOVERY."))) break or356
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or356
    $k353()
    }
    $n.undo($m354)
    }
    $n.undo($m300)
    or357: {
    if (!(CepochRecvQuorumFormed($s, $n, i_))) break or357
    if (!$n.bind(7, R.setAt($s.cepochRecv, i_, UpdateCepochRecv($s, $n, $s.cepochRecv[i_]!, j_, R.defined((msg$275 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or357
    const i$358 = i_
    const j$359 = j_
    const m$360 = ({ mepoch: $s.acceptedEpoch[i_]!, mtype: -13 })
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o361: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o361, i$358, R.setAt($o361[i$358]!, j$359, [...$s.msgs[i$358]![j$359]!, (($r362) => ({ $v: 2, mdata: undefined, mepoch: $r362.mepoch, mhistory: undefined, mtype: $r362.mtype, mzxid: undefined }))(m$360)])))(R.setAt($s.msgs, j$359, R.setAt($s.msgs[j$359]!, i$358, R.tail($s.msgs[j$359]![i$358]!)))))) break or357
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(2, $s.acceptedEpoch))) break or357
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or357
    const pc$363 = (["LeaderProcessCEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r364: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_6($s, $n, pc$363).maxEpoch, nClientRequest: RecorderSetRequests_6($s, $n, pc$363).nClientRequest, nRestart: $r364.nRestart, nTimeout: $r364.nTimeout, nTransaction: RecorderSetTransactionNum_6($s, $n, pc$363).nTransaction, pc: RecorderSetPc_6($s, $n, pc$363).pc }))(RecorderSetFailure_6($s, $n, pc$363)))) break or357
    $k($n)
    }
    }
    }
    $n.undo($m300)
    }
  }
  /** FollowerProcessNEWEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 553-591. */
  function FollowerProcessNEWEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingNEWEPOCH($s, $n, i_, j_))) return
    {
    let msg$370: MsgsOfOfItem | undefined
    let infoOk$371: boolean | undefined
    let stateOk$372: boolean | undefined
    let epochOk$373: boolean | undefined
    if (!((infoOk$371 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $m397 = $n.mark()
    or398: {
    if (!((epochOk$373 ??= (R.defined((msg$370 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch) >= $s.acceptedEpoch[i_]!)))) break or398
    const $m406 = $n.mark()
    or407: {
    if (!((stateOk$372 ??= ($s.zabState[i_]! === -8)))) break or407
    if (!$n.bind(2, R.setAt($s.acceptedEpoch, i_, R.defined((msg$370 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch)))) break or407
    {
    let m$408: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    const i$409 = i_
    const j$410 = j_
    const m$411 = (m$408 ??= ({ mepoch: $s.currentEpoch[i_]!, mhistory: $s.history[i_]!, mtype: -2 }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o412: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o412, i$409, R.setAt($o412[i$409]!, j$410, [...$s.msgs[i$409]![j$410]!, (($r413) => ({ $v: 1, mdata: undefined, mepoch: $r413.mepoch, mhistory: $r413.mhistory, mtype: $r413.mtype, mzxid: undefined }))(m$411)])))(R.setAt($s.msgs, j$410, R.setAt($s.msgs[j$410]!, i$409, R.tail($s.msgs[j$410]![i$409]!)))))) break or407
    if (!$n.bind(1, R.setAt($s.zabState, i_, -17))) break or407
    if (!($n.bind(16, $s.violatedInvariants))) break or407
    if (!($n.bind(11, $s.connectInfo) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(0, $s.state))) break or407
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or407
    const pc$414 = (["FollowerProcessNEWEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r415: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_7($s, $n, pc$414).maxEpoch, nClientRequest: RecorderSetRequests_7($s, $n, pc$414).nClientRequest, nRestart: $r415.nRestart, nTimeout: $r415.nTimeout, nTransaction: RecorderSetTransactionNum_7($s, $n, pc$414).nTransaction, pc: RecorderSetPc_7($s, $n, pc$414).pc }))(RecorderSetFailure_7($s, $n, pc$414)))) break or407
    $k($n)
    }
    }
    }
    }
    $n.undo($m406)
    or421: {
    if (!(!(stateOk$372 ??= ($s.zabState[i_]! === -8)))) break or421
    if (!(T.printT("Exception: Follower receives NEWEPOCH, whileZabState not DISCOVERY."))) break or421
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or421
    const i$422 = j_
    const j$423 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$422]![j$423]!.length === 0) ? R.setAt($s.msgs, i$422, R.setAt($s.msgs[i$422]!, j$423, R.tail($s.msgs[i$422]![j$423]!))) : $s.msgs))) break or421
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(1, $s.zabState))) break or421
    if (!($n.bind(11, $s.connectInfo) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(0, $s.state))) break or421
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or421
    const pc$424 = (["FollowerProcessNEWEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r425: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_7($s, $n, pc$424).maxEpoch, nClientRequest: RecorderSetRequests_7($s, $n, pc$424).nClientRequest, nRestart: $r425.nRestart, nTimeout: $r425.nTimeout, nTransaction: RecorderSetTransactionNum_7($s, $n, pc$424).nTransaction, pc: RecorderSetPc_7($s, $n, pc$424).pc }))(RecorderSetFailure_7($s, $n, pc$424)))) break or421
    $k($n)
    }
    }
    }
    $n.undo($m406)
    }
    $n.undo($m397)
    or431: {
    if (!(!(epochOk$373 ??= (R.defined((msg$370 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch) >= $s.acceptedEpoch[i_]!)))) break or431
    const i$432 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$432, -12))) break or431
    if (!$n.bind(1, R.setAt($s.zabState, i$432, -9))) break or431
    if (!$n.bind(11, R.setAt($s.connectInfo, i$432, -15))) break or431
    {
    let leader$433: number | undefined
    const i$434 = i_
    const j$435 = (leader$433 ??= $s.connectInfo[i_]!)
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o436: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o436, i$434, R.setAt($o436[i$434]!, j$435, [])))(R.setAt($s.msgs, j$435, R.setAt($s.msgs[j$435]!, i$434, []))))) break or431
    const i$437 = (leader$433 ??= $s.connectInfo[i_]!)
    const j$438 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$437, ($s.learners[i$437]! & ~((1 << j$438)))))) break or431
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$437, RemoveCepochRecv($s, $n, $s.cepochRecv[i$437]!, j$438)))) break or431
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$437, RemoveAckeRecv($s, $n, $s.ackeRecv[i$437]!, j$438)))) break or431
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$437, RemoveAckldRecv($s, $n, $s.ackldRecv[i$437]!, j$438)))) break or431
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(16, $s.violatedInvariants))) break or431
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or431
    const pc$439 = (["FollowerProcessNEWEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r440: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_7($s, $n, pc$439).maxEpoch, nClientRequest: RecorderSetRequests_7($s, $n, pc$439).nClientRequest, nRestart: $r440.nRestart, nTimeout: $r440.nTimeout, nTransaction: RecorderSetTransactionNum_7($s, $n, pc$439).nTransaction, pc: RecorderSetPc_7($s, $n, pc$439).pc }))(RecorderSetFailure_7($s, $n, pc$439)))) break or431
    $k($n)
    }
    }
    }
    }
    }
    }
    $n.undo($m397)
    }
  }
  /** LeaderProcessACKEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 653-716. */
  function LeaderProcessACKEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACKEPOCH($s, $n, i_, j_))) return
    {
    let msg$446: MsgsOfOfItem | undefined
    let infoOk$447: boolean | undefined
    if (!((infoOk$447 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $m471 = $n.mark()
    or472: {
    if (!(AckeRecvQuorumFormed($s, $n, i_))) break or472
    if (!$n.bind(8, R.setAt($s.ackeRecv, i_, UpdateAckeRecv($s, $n, $s.ackeRecv[i_]!, j_, R.defined((msg$446 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch), R.defined((msg$446 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory))))) break or472
    {
    let toSend$480: ReadonlyArray<HistoryOfItem> | undefined
    let m$481: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    let set_forChecking$485: ReadonlyArray<ProposalMsgsLogItem> | undefined
    const i$486 = i_
    const j$487 = j_
    const m$488 = (m$481 ??= ({ mepoch: $s.acceptedEpoch[i_]!, mhistory: (toSend$480 ??= $s.history[i_]!), mtype: -14 }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o489: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o489, i$486, R.setAt($o489[i$486]!, j$487, [...$s.msgs[i$486]![j$487]!, (($r490) => ({ $v: 1, mdata: undefined, mepoch: $r490.mepoch, mhistory: $r490.mhistory, mtype: $r490.mtype, mzxid: undefined }))(m$488)])))(R.setAt($s.msgs, j$487, R.setAt($s.msgs[j$487]!, i$486, R.tail($s.msgs[j$487]![i$486]!)))))) break or472
    if (!$n.bind(15, R.union($s.proposalMsgsLog, (set_forChecking$485 ??= SetPacketsForChecking($s, $n, 0, i_, $s.acceptedEpoch[i_]!, (toSend$480 ??= $s.history[i_]!), 1, (toSend$480 ??= $s.history[i_]!).length)), cmpProposalMsgsLogItem))) break or472
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(1, $s.zabState) && $n.bind(14, $s.epochLeader))) break or472
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle))) break or472
    const pc$491 = (["LeaderProcessACKEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r492: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_8($s, $n, pc$491).maxEpoch, nClientRequest: RecorderSetRequests_8($s, $n, pc$491).nClientRequest, nRestart: $r492.nRestart, nTimeout: $r492.nTimeout, nTransaction: RecorderSetTransactionNum_8($s, $n, pc$491).nTransaction, pc: RecorderSetPc_8($s, $n, pc$491).pc }))(RecorderSetFailure_8($s, $n, pc$491)))) break or472
    $k($n)
    }
    }
    }
    }
    $n.undo($m471)
    or498: {
    if (!(!AckeRecvQuorumFormed($s, $n, i_))) break or498
    const $k555 = (): void => {
    if (!$n.bind(8, R.setAt($s.ackeRecv, i_, UpdateAckeRecv($s, $n, $s.ackeRecv[i_]!, j_, R.defined((msg$446 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch), R.defined((msg$446 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory))))) return
    const $m506 = $n.mark()
    or507: {
    if (!(AckeRecvBecomeQuorum($s, $n, i_))) break or507
    {
    let newLeaderEpoch$510: number | undefined
    if (!$n.bind(3, R.setAt($s.currentEpoch, i_, (newLeaderEpoch$510 ??= $s.acceptedEpoch[i_]!)))) break or507
    if (!$n.bind(14, (($k511: number) => R.fnSet($s.epochLeader, $k511, (R.fnApply($s.epochLeader, $k511) | ((1 << i_)))))((newLeaderEpoch$510 ??= $s.acceptedEpoch[i_]!)))) break or507
    {
    let initialHistory$520: ReadonlyArray<HistoryOfItem> | undefined
    if (!$n.bind(4, R.setAt($s.history, i_, InitAcksid($s, $n, i_, (initialHistory$520 ??= DetermineInitialHistory($s, $n, i_)))))) break or507
    if (!$n.bind(1, R.setAt($s.zabState, i_, -17))) break or507
    {
    let toSend$525: ReadonlyArray<HistoryOfItem> | undefined
    let m$526: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    let set_forChecking$527: ReadonlyArray<ProposalMsgsLogItem> | undefined
    const i$528 = i_
    const j$529 = j_
    const m$530 = (m$526 ??= ({ mepoch: $s.acceptedEpoch[i_]!, mhistory: (toSend$525 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!), mtype: -14 }))
    // DiscardAndBroadcastNEWLEADER: tla/specs/Zab.tla, lines 264-272
    {
    {
    let new_ackeRecv_quorum$532: ReadonlyArray<AckeRecvOfItem> | undefined
    let new_sid_ackeRecv$534: number | undefined
    if (!$n.bind(13, (($o535: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o535, i$528, R.arrayOf(nServers, ($x536: number) => (((((new_sid_ackeRecv$534 ??= (new_ackeRecv_quorum$532 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i$528]!.filter(($f531: AckeRecvOfItem): boolean => ($f531.connected === true))).reduce((m: number, $m533: AckeRecvOfItem) => m | (1 << $m533.sid), 0)) >> $x536) & 1) === 1 && (($s.learners[i$528]! >> $x536) & 1) === 1 && !($x536 === i$528)) ? [...$s.msgs[i$528]![$x536]!, (($r537) => ({ $v: 1, mdata: undefined, mepoch: $r537.mepoch, mhistory: $r537.mhistory, mtype: $r537.mtype, mzxid: undefined }))(m$530)] : $s.msgs[i$528]![$x536]!))))(R.setAt($s.msgs, j$529, R.setAt($s.msgs[j$529]!, i$528, R.tail($s.msgs[j$529]![i$528]!)))))) break or507
    if (!$n.bind(15, R.union($s.proposalMsgsLog, (set_forChecking$527 ??= SetPacketsForChecking($s, $n, 0, i_, $s.acceptedEpoch[i_]!, (toSend$525 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!), 1, (toSend$525 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!).length)), cmpProposalMsgsLogItem))) break or507
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle))) break or507
    const pc$538 = (["LeaderProcessACKEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r539: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_8($s, $n, pc$538).maxEpoch, nClientRequest: RecorderSetRequests_8($s, $n, pc$538).nClientRequest, nRestart: $r539.nRestart, nTimeout: $r539.nTimeout, nTransaction: RecorderSetTransactionNum_8($s, $n, pc$538).nTransaction, pc: RecorderSetPc_8($s, $n, pc$538).pc }))(RecorderSetFailure_8($s, $n, pc$538)))) break or507
    $k($n)
    }
    }
    }
    }
    }
    }
    }
    $n.undo($m506)
    or545: {
    if (!(!AckeRecvBecomeQuorum($s, $n, i_))) break or545
    const i$546 = j_
    const j$547 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$546]![j$547]!.length === 0) ? R.setAt($s.msgs, i$546, R.setAt($s.msgs[i$546]!, j$547, R.tail($s.msgs[i$546]![j$547]!))) : $s.msgs))) break or545
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(1, $s.zabState) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or545
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle))) break or545
    const pc$548 = (["LeaderProcessACKEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r549: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_8($s, $n, pc$548).maxEpoch, nClientRequest: RecorderSetRequests_8($s, $n, pc$548).nClientRequest, nRestart: $r549.nRestart, nTimeout: $r549.nTimeout, nTransaction: RecorderSetTransactionNum_8($s, $n, pc$548).nTransaction, pc: RecorderSetPc_8($s, $n, pc$548).pc }))(RecorderSetFailure_8($s, $n, pc$548)))) break or545
    $k($n)
    }
    }
    }
    $n.undo($m506)
    }
    const $m556 = $n.mark()
    or557: {
    if (!(($s.zabState[i_]! === -8))) break or557
    if (!($n.bind(16, $s.violatedInvariants))) break or557
    $k555()
    }
    $n.undo($m556)
    or558: {
    if (!(!($s.zabState[i_]! === -8))) break or558
    if (!(T.printT("Exception: AckeRecvQuorumFormed false, while zabState not DISCOVERY."))) break or558
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or558
    $k555()
    }
    $n.undo($m556)
    }
    $n.undo($m471)
    }
  }
  /** FollowerProcessNEWLEADER(i, j) as an action: tla/specs/Zab.tla, lines 718-753. */
  function FollowerProcessNEWLEADER_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingNEWLEADER($s, $n, i_, j_))) return
    {
    let msg$559: MsgsOfOfItem | undefined
    let infoOk$560: boolean | undefined
    let epochOk$561: boolean | undefined
    let stateOk$562: boolean | undefined
    if (!((infoOk$560 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $m586 = $n.mark()
    or587: {
    if (!(!(epochOk$561 ??= ($s.acceptedEpoch[i_]! === R.defined((msg$559 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or587
    const i$588 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$588, -12))) break or587
    if (!$n.bind(1, R.setAt($s.zabState, i$588, -9))) break or587
    if (!$n.bind(11, R.setAt($s.connectInfo, i$588, -15))) break or587
    {
    let leader$589: number | undefined
    const i$590 = i_
    const j$591 = (leader$589 ??= $s.connectInfo[i_]!)
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o592: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o592, i$590, R.setAt($o592[i$590]!, j$591, [])))(R.setAt($s.msgs, j$591, R.setAt($s.msgs[j$591]!, i$590, []))))) break or587
    const i$593 = (leader$589 ??= $s.connectInfo[i_]!)
    const j$594 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$593, ($s.learners[i$593]! & ~((1 << j$594)))))) break or587
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$593, RemoveCepochRecv($s, $n, $s.cepochRecv[i$593]!, j$594)))) break or587
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$593, RemoveAckeRecv($s, $n, $s.ackeRecv[i$593]!, j$594)))) break or587
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$593, RemoveAckldRecv($s, $n, $s.ackldRecv[i$593]!, j$594)))) break or587
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history))) break or587
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or587
    const pc$595 = (["FollowerProcessNEWLEADER", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r596: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_9($s, $n, pc$595).maxEpoch, nClientRequest: RecorderSetRequests_9($s, $n, pc$595).nClientRequest, nRestart: $r596.nRestart, nTimeout: $r596.nTimeout, nTransaction: RecorderSetTransactionNum_9($s, $n, pc$595).nTransaction, pc: RecorderSetPc_9($s, $n, pc$595).pc }))(RecorderSetFailure_9($s, $n, pc$595)))) break or587
    $k($n)
    }
    }
    }
    }
    }
    }
    $n.undo($m586)
    or602: {
    if (!((epochOk$561 ??= ($s.acceptedEpoch[i_]! === R.defined((msg$559 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or602
    const $k616 = (): void => {
    if (!$n.bind(3, R.setAt($s.currentEpoch, i_, $s.acceptedEpoch[i_]!))) return
    if (!$n.bind(4, R.setAt($s.history, i_, R.defined((msg$559 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory)))) return
    {
    let m$603: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$604 = i_
    const j$605 = j_
    const m$606 = (m$603 ??= ({ mtype: -3, mzxid: LastZxidOfHistory($s, $n, (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!) }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o607: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o607, i$604, R.setAt($o607[i$604]!, j$605, [...$s.msgs[i$604]![j$605]!, (($r608) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r608.mtype, mzxid: $r608.mzxid }))(m$606)])))(R.setAt($s.msgs, j$605, R.setAt($s.msgs[j$605]!, i$604, R.tail($s.msgs[j$605]![i$604]!)))))) return
    if (!($n.bind(11, $s.connectInfo) && $n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) return
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$609 = (["FollowerProcessNEWLEADER", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r610: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_9($s, $n, pc$609).maxEpoch, nClientRequest: RecorderSetRequests_9($s, $n, pc$609).nClientRequest, nRestart: $r610.nRestart, nTimeout: $r610.nTimeout, nTransaction: RecorderSetTransactionNum_9($s, $n, pc$609).nTransaction, pc: RecorderSetPc_9($s, $n, pc$609).pc }))(RecorderSetFailure_9($s, $n, pc$609)))) return
    $k($n)
    }
    }
    }
    }
    const $m617 = $n.mark()
    or618: {
    if (!((stateOk$562 ??= ($s.zabState[i_]! === -17)))) break or618
    if (!($n.bind(16, $s.violatedInvariants))) break or618
    $k616()
    }
    $n.undo($m617)
    or619: {
    if (!(!(stateOk$562 ??= ($s.zabState[i_]! === -17)))) break or619
    if (!(T.printT("Exception: Follower receives NEWLEADER, whileZabState not SYNCHRONIZATION."))) break or619
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or619
    $k616()
    }
    $n.undo($m617)
    }
    $n.undo($m586)
    }
  }
  /** LeaderProcessACKLD(i, j) as an action: tla/specs/Zab.tla, lines 787-836. */
  function LeaderProcessACKLD_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACKLD($s, $n, i_, j_))) return
    {
    let msg$620: MsgsOfOfItem | undefined
    let infoOk$621: boolean | undefined
    if (!((infoOk$621 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $m645 = $n.mark()
    or646: {
    if (!(!AckldRecvQuorumFormed($s, $n, i_))) break or646
    const $k697 = (): void => {
    if (!$n.bind(9, R.setAt($s.ackldRecv, i_, UpdateAckldRecv($s, $n, $s.ackldRecv[i_]!, j_)))) return
    if (!$n.bind(4, R.setAt($s.history, i_, UpdateAcksid($s, $n, $s.history[i_]!, j_, R.defined((msg$620 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) return
    const $m665 = $n.mark()
    or666: {
    if (!(AckldRecvBecomeQuorum($s, $n, i_))) break or666
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: $s.history[i_]!.length, zxid: LastZxid($s, $n, i_) })))) break or666
    if (!$n.bind(1, R.setAt($s.zabState, i_, -4))) break or666
    {
    let m$669: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$670 = i_
    const j$671 = j_
    const m$672 = (m$669 ??= ({ mtype: -7, mzxid: LastZxid($s, $n, i_) }))
    // DiscardAndBroadcastCOMMITLD: tla/specs/Zab.tla, lines 274-282
    {
    {
    let new_ackldRecv_quorum$674: ReadonlyArray<AckldRecvOfItem> | undefined
    let new_sid_ackldRecv$676: number | undefined
    if (!$n.bind(13, (($o677: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o677, i$670, R.arrayOf(nServers, ($x678: number) => (((((new_sid_ackldRecv$676 ??= (new_ackldRecv_quorum$674 ??= (R.primed($n, 9) as ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>)[i$670]!.filter(($f673: AckldRecvOfItem): boolean => ($f673.connected === true))).reduce((m: number, $m675: AckldRecvOfItem) => m | (1 << $m675.sid), 0)) >> $x678) & 1) === 1 && (($s.learners[i$670]! >> $x678) & 1) === 1 && !($x678 === i$670)) ? [...$s.msgs[i$670]![$x678]!, (($r679) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r679.mtype, mzxid: $r679.mzxid }))(m$672)] : $s.msgs[i$670]![$x678]!))))(R.setAt($s.msgs, j$671, R.setAt($s.msgs[j$671]!, i$670, R.tail($s.msgs[j$671]![i$670]!)))))) break or666
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or666
    const pc$680 = (["LeaderProcessACKLD", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r681: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_10($s, $n, pc$680).maxEpoch, nClientRequest: RecorderSetRequests_10($s, $n, pc$680).nClientRequest, nRestart: $r681.nRestart, nTimeout: $r681.nTimeout, nTransaction: RecorderSetTransactionNum_10($s, $n, pc$680).nTransaction, pc: RecorderSetPc_10($s, $n, pc$680).pc }))(RecorderSetFailure_10($s, $n, pc$680)))) break or666
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m665)
    or687: {
    if (!(!AckldRecvBecomeQuorum($s, $n, i_))) break or687
    const i$688 = j_
    const j$689 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$688]![j$689]!.length === 0) ? R.setAt($s.msgs, i$688, R.setAt($s.msgs[i$688]!, j$689, R.tail($s.msgs[i$688]![j$689]!))) : $s.msgs))) break or687
    if (!($n.bind(1, $s.zabState) && $n.bind(5, $s.lastCommitted))) break or687
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or687
    const pc$690 = (["LeaderProcessACKLD", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r691: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_10($s, $n, pc$690).maxEpoch, nClientRequest: RecorderSetRequests_10($s, $n, pc$690).nClientRequest, nRestart: $r691.nRestart, nTimeout: $r691.nTimeout, nTransaction: RecorderSetTransactionNum_10($s, $n, pc$690).nTransaction, pc: RecorderSetPc_10($s, $n, pc$690).pc }))(RecorderSetFailure_10($s, $n, pc$690)))) break or687
    $k($n)
    }
    }
    }
    $n.undo($m665)
    }
    const $m698 = $n.mark()
    or699: {
    if (!(($s.zabState[i_]! === -17))) break or699
    if (!($n.bind(16, $s.violatedInvariants))) break or699
    $k697()
    }
    $n.undo($m698)
    or700: {
    if (!(!($s.zabState[i_]! === -17))) break or700
    if (!(T.printT("Exception: AckldRecvQuorumFormed false, while zabState not SYNCHRONIZATION."))) break or700
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or700
    $k697()
    }
    $n.undo($m698)
    }
    $n.undo($m645)
    or701: {
    if (!(AckldRecvQuorumFormed($s, $n, i_))) break or701
    const $k714 = (): void => {
    if (!$n.bind(9, R.setAt($s.ackldRecv, i_, UpdateAckldRecv($s, $n, $s.ackldRecv[i_]!, j_)))) return
    if (!$n.bind(4, R.setAt($s.history, i_, UpdateAcksid($s, $n, $s.history[i_]!, j_, R.defined((msg$620 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) return
    const i$702 = i_
    const j$703 = j_
    const m$704 = ({ mtype: -7, mzxid: $s.lastCommitted[i_]!.zxid })
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o705: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o705, i$702, R.setAt($o705[i$702]!, j$703, [...$s.msgs[i$702]![j$703]!, (($r706) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r706.mtype, mzxid: $r706.mzxid }))(m$704)])))(R.setAt($s.msgs, j$703, R.setAt($s.msgs[j$703]!, i$702, R.tail($s.msgs[j$703]![i$702]!)))))) return
    if (!($n.bind(1, $s.zabState) && $n.bind(5, $s.lastCommitted))) return
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$707 = (["LeaderProcessACKLD", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r708: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_10($s, $n, pc$707).maxEpoch, nClientRequest: RecorderSetRequests_10($s, $n, pc$707).nClientRequest, nRestart: $r708.nRestart, nTimeout: $r708.nTimeout, nTransaction: RecorderSetTransactionNum_10($s, $n, pc$707).nTransaction, pc: RecorderSetPc_10($s, $n, pc$707).pc }))(RecorderSetFailure_10($s, $n, pc$707)))) return
    $k($n)
    }
    }
    }
    const $m715 = $n.mark()
    or716: {
    if (!(($s.zabState[i_]! === -4))) break or716
    if (!($n.bind(16, $s.violatedInvariants))) break or716
    $k714()
    }
    $n.undo($m715)
    or717: {
    if (!(!($s.zabState[i_]! === -4))) break or717
    if (!(T.printT("Exception: AckldRecvQuorumFormed true, while zabState not BROADCAST."))) break or717
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or717
    $k714()
    }
    $n.undo($m715)
    }
    $n.undo($m645)
    }
  }
  /** FollowerProcessCOMMITLD(i, j) as an action: tla/specs/Zab.tla, lines 855-877. */
  function FollowerProcessCOMMITLD_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingCOMMITLD($s, $n, i_, j_))) return
    {
    let msg$718: MsgsOfOfItem | undefined
    let infoOk$719: boolean | undefined
    let index$724: number | undefined
    let logOk$725: boolean | undefined
    if (!((infoOk$719 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k751 = (): void => {
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: (index$724 ??= (ZxidEqual($s, $n, R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))), zxid: R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) })))) return
    if (!$n.bind(1, R.setAt($s.zabState, i_, -4))) return
    const i$726 = j_
    const j$727 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$726]![j$727]!.length === 0) ? R.setAt($s.msgs, i$726, R.setAt($s.msgs[i$726]!, j$727, R.tail($s.msgs[i$726]![j$727]!))) : $s.msgs))) return
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$728 = (["FollowerProcessCOMMITLD", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r745: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_11($s, $n, pc$728).maxEpoch, nClientRequest: RecorderSetRequests_11($s, $n, pc$728).nClientRequest, nRestart: $r745.nRestart, nTimeout: $r745.nTimeout, nTransaction: RecorderSetTransactionNum_11($s, $n, pc$728).nTransaction, pc: RecorderSetPc_11($s, $n, pc$728).pc }))(RecorderSetFailure_11($s, $n, pc$728)))) return
    $k($n)
    }
    }
    }
    const $m752 = $n.mark()
    or753: {
    if (!((logOk$725 ??= (((index$724 ??= (ZxidEqual($s, $n, R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) >= 0) && ((index$724 ??= (ZxidEqual($s, $n, R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) <= $s.history[i_]!.length))))) break or753
    if (!($n.bind(16, $s.violatedInvariants))) break or753
    $k751()
    }
    $n.undo($m752)
    or754: {
    if (!(!(logOk$725 ??= (((index$724 ??= (ZxidEqual($s, $n, R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) >= 0) && ((index$724 ??= (ZxidEqual($s, $n, R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$718 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) <= $s.history[i_]!.length))))) break or754
    if (!(T.printT("Exception: zxid in COMMITLD not exists in history."))) break or754
    if (!$n.bind(16, ({ ...$s.violatedInvariants, proposalInconsistent: true }))) break or754
    $k751()
    }
    $n.undo($m752)
    }
  }
  /** LeaderProcessRequest(i) as an action: tla/specs/Zab.tla, lines 886-901. */
  function LeaderProcessRequest_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(CheckTransactionNum($s, $n))) return
    if (!(IsLeader($s, $n, i_))) return
    if (!(($s.zabState[i_]! === -4))) return
    {
    let request_value$755: number | undefined
    let newTxn$756: HistoryOfItem | undefined
    if (!$n.bind(4, R.setAt($s.history, i_, [...$s.history[i_]!, (newTxn$756 ??= ({ ackSid: ((1 << i_)), epoch: $s.currentEpoch[i_]!, value: (request_value$755 ??= GetRecorder($s, $n, "nClientRequest")), zxid: IncZxid($s, $n, i_, LastZxid($s, $n, i_)) }))]))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(13, $s.msgs) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$757 = (["LeaderProcessRequest", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r774: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_12($s, $n, pc$757).maxEpoch, nClientRequest: RecorderSetRequests_12($s, $n, pc$757).nClientRequest, nRestart: $r774.nRestart, nTimeout: $r774.nTimeout, nTransaction: RecorderSetTransactionNum_12($s, $n, pc$757).nTransaction, pc: RecorderSetPc_12($s, $n, pc$757).pc }))(RecorderSetFailure_12($s, $n, pc$757)))) return
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
    let toSendCounter$780: number | undefined
    let toSendZxid$781: ReadonlyArray<number> | undefined
    let toSendIndex$782: number | undefined
    let toSendTxn$783: HistoryOfItem | undefined
    let m_proposal$784: { readonly mdata: number; readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    let m_proposal_forChecking$785: ProposalMsgsLogItem | undefined
    if (!$n.bind(10, R.setAt($s.sendCounter, i_, (toSendCounter$780 ??= ($s.sendCounter[i_]! + 1))))) return
    const i$786 = i_
    const m$787 = (m_proposal$784 ??= ({ mdata: (toSendTxn$783 ??= R.at($s.history[i_]!, (toSendIndex$782 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$781 ??= [$s.currentEpoch[i_]!, (toSendCounter$780 ??= ($s.sendCounter[i_]! + 1))]))))).value, mtype: -16, mzxid: (toSendTxn$783 ??= R.at($s.history[i_]!, (toSendIndex$782 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$781 ??= [$s.currentEpoch[i_]!, (toSendCounter$780 ??= ($s.sendCounter[i_]! + 1))]))))).zxid }))
    // Broadcast: tla/specs/Zab.tla, lines 232-239
    {
    {
    let ackeRecv_quorum$789: ReadonlyArray<AckeRecvOfItem> | undefined
    let sid_ackeRecv$791: number | undefined
    if (!$n.bind(13, R.setAt($s.msgs, i$786, R.arrayOf(nServers, ($x792: number) => (((((sid_ackeRecv$791 ??= (ackeRecv_quorum$789 ??= $s.ackeRecv[i$786]!.filter(($f788: AckeRecvOfItem): boolean => ($f788.connected === true))).reduce((m: number, $m790: AckeRecvOfItem) => m | (1 << $m790.sid), 0)) >> $x792) & 1) === 1 && (($s.learners[i$786]! >> $x792) & 1) === 1 && !($x792 === i$786)) ? [...$s.msgs[i$786]![$x792]!, (($r793) => ({ $v: 0, mdata: $r793.mdata, mepoch: undefined, mhistory: undefined, mtype: $r793.mtype, mzxid: $r793.mzxid }))(m$787)] : $s.msgs[i$786]![$x792]!))))) return
    if (!$n.bind(15, R.union($s.proposalMsgsLog, R.sortedArray([(m_proposal_forChecking$785 ??= ({ data: (toSendTxn$783 ??= R.at($s.history[i_]!, (toSendIndex$782 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$781 ??= [$s.currentEpoch[i_]!, (toSendCounter$780 ??= ($s.sendCounter[i_]! + 1))]))))).value, epoch: $s.currentEpoch[i_]!, source: i_, zxid: (toSendTxn$783 ??= R.at($s.history[i_]!, (toSendIndex$782 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$781 ??= [$s.currentEpoch[i_]!, (toSendCounter$780 ??= ($s.sendCounter[i_]! + 1))]))))).zxid }))], cmpProposalMsgsLogItem), cmpProposalMsgsLogItem))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$794 = (["LeaderBroadcastPROPOSE", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r811: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_13($s, $n, pc$794).maxEpoch, nClientRequest: RecorderSetRequests_13($s, $n, pc$794).nClientRequest, nRestart: $r811.nRestart, nTimeout: $r811.nTimeout, nTransaction: RecorderSetTransactionNum_13($s, $n, pc$794).nTransaction, pc: RecorderSetPc_13($s, $n, pc$794).pc }))(RecorderSetFailure_13($s, $n, pc$794)))) return
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
    let msg$817: MsgsOfOfItem | undefined
    let infoOk$818: boolean | undefined
    let isNext$819: boolean | undefined
    let newTxn$820: HistoryOfItem | undefined
    let m_ack$821: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    if (!((infoOk$818 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $m845 = $n.mark()
    or846: {
    const curZxid$847 = LastZxid($s, $n, i_)
    const nextZxid$848 = R.defined((msg$817 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)
    // IsNextZxid: tla/specs/Zab.tla, lines 927-937
    {
    const $k861 = (): void => {
    if (!$n.bind(4, R.setAt($s.history, i_, [...$s.history[i_]!, (newTxn$820 ??= ({ ackSid: 0, epoch: $s.currentEpoch[i_]!, value: R.defined((msg$817 ??= R.at($s.msgs[j_]![i_]!, 1)).mdata), zxid: R.defined((msg$817 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) }))]))) return
    const i$849 = i_
    const j$850 = j_
    const m$851 = (m_ack$821 ??= ({ mtype: -1, mzxid: R.defined((msg$817 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o852: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o852, i$849, R.setAt($o852[i$849]!, j$850, [...$s.msgs[i$849]![j$850]!, (($r853) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r853.mtype, mzxid: $r853.mzxid }))(m$851)])))(R.setAt($s.msgs, j$850, R.setAt($s.msgs[j$850]!, i$849, R.tail($s.msgs[j$850]![i$849]!)))))) return
    if (!($n.bind(16, $s.violatedInvariants))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$854 = (["FollowerProcessPROPOSE", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r855: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_14($s, $n, pc$854).maxEpoch, nClientRequest: RecorderSetRequests_14($s, $n, pc$854).nClientRequest, nRestart: $r855.nRestart, nTimeout: $r855.nTimeout, nTransaction: RecorderSetTransactionNum_14($s, $n, pc$854).nTransaction, pc: RecorderSetPc_14($s, $n, pc$854).pc }))(RecorderSetFailure_14($s, $n, pc$854)))) return
    $k($n)
    }
    }
    }
    const $m862 = $n.mark()
    or863: {
    if (!(((R.at(nextZxid$848, 2) === 1) && (R.at(curZxid$847, 1) < R.at(nextZxid$848, 1))))) break or863
    $k861()
    }
    $n.undo($m862)
    or864: {
    if (!(((R.at(nextZxid$848, 2) > 1) && (R.at(curZxid$847, 1) === R.at(nextZxid$848, 1)) && ((R.at(curZxid$847, 2) + 1) === R.at(nextZxid$848, 2))))) break or864
    $k861()
    }
    $n.undo($m862)
    }
    }
    $n.undo($m845)
    or865: {
    if (!(!(isNext$819 ??= IsNextZxid($s, $n, LastZxid($s, $n, i_), R.defined((msg$817 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or865
    {
    let index$866: number | undefined
    let exist$867: boolean | undefined
    const $k877 = (): void => {
    const i$868 = j_
    const j$869 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$868]![j$869]!.length === 0) ? R.setAt($s.msgs, i$868, R.setAt($s.msgs[i$868]!, j$869, R.tail($s.msgs[i$868]![j$869]!))) : $s.msgs))) return
    if (!($n.bind(4, $s.history))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$870 = (["FollowerProcessPROPOSE", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r871: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_14($s, $n, pc$870).maxEpoch, nClientRequest: RecorderSetRequests_14($s, $n, pc$870).nClientRequest, nRestart: $r871.nRestart, nTimeout: $r871.nTimeout, nTransaction: RecorderSetTransactionNum_14($s, $n, pc$870).nTransaction, pc: RecorderSetPc_14($s, $n, pc$870).pc }))(RecorderSetFailure_14($s, $n, pc$870)))) return
    $k($n)
    }
    }
    }
    const $m878 = $n.mark()
    or879: {
    if (!((exist$867 ??= (((index$866 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$817 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) > 0) && ((index$866 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$817 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or879
    if (!($n.bind(16, $s.violatedInvariants))) break or879
    $k877()
    }
    $n.undo($m878)
    or880: {
    if (!(!(exist$867 ??= (((index$866 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$817 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) > 0) && ((index$866 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$817 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or880
    if (!(T.printT("Exception: Follower receives PROPOSE, while txn is neither the next nor exists in history."))) break or880
    if (!$n.bind(16, ({ ...$s.violatedInvariants, proposalInconsistent: true }))) break or880
    $k877()
    }
    $n.undo($m878)
    }
    }
    $n.undo($m845)
    }
  }
  /** LeaderProcessACK(i, j) as an action: tla/specs/Zab.tla, lines 1005-1049. */
  function LeaderProcessACK_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACK($s, $n, i_, j_))) return
    {
    let msg$881: MsgsOfOfItem | undefined
    let infoOk$882: boolean | undefined
    let index$883: number | undefined
    let exist$884: boolean | undefined
    let outstanding$885: boolean | undefined
    let hasCommitted$886: boolean | undefined
    let ackIndex$889: number | undefined
    let monotonicallyInc$890: boolean | undefined
    if (!((infoOk$882 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $m914 = $n.mark()
    or915: {
    if (!((exist$884 ??= (((index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) >= 1) && ((index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or915
    const $k995 = (): void => {
    {
    let txn$916: HistoryOfItem | undefined
    let txnAfterAddAck$917: HistoryOfItem | undefined
    if (!$n.bind(4, R.setAt($s.history, i_, (($k918: number) => R.setAt($s.history[i_]!, $k918 - 1, (txnAfterAddAck$917 ??= ({ ackSid: ((txn$916 ??= R.at($s.history[i_]!, (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).ackSid | ((1 << j_))), epoch: (txn$916 ??= R.at($s.history[i_]!, (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).epoch, value: (txn$916 ??= R.at($s.history[i_]!, (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).value, zxid: (txn$916 ??= R.at($s.history[i_]!, (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).zxid }))))((index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))))) return
    const $m926 = $n.mark()
    or927: {
    const $k937 = (): void => {
    const i$928 = j_
    const j$929 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$928]![j$929]!.length === 0) ? R.setAt($s.msgs, i$928, R.setAt($s.msgs[i$928]!, j$929, R.tail($s.msgs[i$928]![j$929]!))) : $s.msgs))) return
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(5, $s.lastCommitted))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$930 = (["LeaderProcessACK", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r931: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_15($s, $n, pc$930).maxEpoch, nClientRequest: RecorderSetRequests_15($s, $n, pc$930).nClientRequest, nRestart: $r931.nRestart, nTimeout: $r931.nTimeout, nTransaction: RecorderSetTransactionNum_15($s, $n, pc$930).nTransaction, pc: RecorderSetPc_15($s, $n, pc$930).pc }))(RecorderSetFailure_15($s, $n, pc$930)))) return
    $k($n)
    }
    }
    }
    const $m938 = $n.mark()
    or939: {
    if (!(!(outstanding$885 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or939
    $k937()
    }
    $n.undo($m938)
    or940: {
    if (!((hasCommitted$886 ??= !ZxidCompare($s, $n, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), $s.lastCommitted[i_]!.zxid)))) break or940
    $k937()
    }
    $n.undo($m938)
    }
    $n.undo($m926)
    or941: {
    if (!((outstanding$885 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or941
    if (!(!(hasCommitted$886 ??= !ZxidCompare($s, $n, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), $s.lastCommitted[i_]!.zxid)))) break or941
    const s$942 = i_
    const index$943 = (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))
    const zxid$944 = R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)
    const newTxn$945 = (txnAfterAddAck$917 ??= ({ ackSid: ((txn$916 ??= R.at($s.history[i_]!, (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).ackSid | ((1 << j_))), epoch: (txn$916 ??= R.at($s.history[i_]!, (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).epoch, value: (txn$916 ??= R.at($s.history[i_]!, (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).value, zxid: (txn$916 ??= R.at($s.history[i_]!, (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).zxid }))
    const follower$946 = j_
    // LeaderTryToCommit: tla/specs/Zab.tla, lines 970-999
    {
    {
    let allTxnsBeforeCommitted$947: boolean | undefined
    let hasAllQuorums$948: boolean | undefined
    let ordered$949: boolean | undefined
    const $m957 = $n.mark()
    or958: {
    const $k968 = (): void => {
    const i$959 = follower$946
    const j$960 = s$942
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$959]![j$960]!.length === 0) ? R.setAt($s.msgs, i$959, R.setAt($s.msgs[i$959]!, j$960, R.tail($s.msgs[i$959]![j$960]!))) : $s.msgs))) return
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(5, $s.lastCommitted))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$961 = (["LeaderProcessACK", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r962: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_15($s, $n, pc$961).maxEpoch, nClientRequest: RecorderSetRequests_15($s, $n, pc$961).nClientRequest, nRestart: $r962.nRestart, nTimeout: $r962.nTimeout, nTransaction: RecorderSetTransactionNum_15($s, $n, pc$961).nTransaction, pc: RecorderSetPc_15($s, $n, pc$961).pc }))(RecorderSetFailure_15($s, $n, pc$961)))) return
    $k($n)
    }
    }
    }
    const $m969 = $n.mark()
    or970: {
    if (!(!(allTxnsBeforeCommitted$947 ??= ($s.lastCommitted[s$942]!.index >= (index$943 - 1))))) break or970
    $k968()
    }
    $n.undo($m969)
    or971: {
    if (!(!(hasAllQuorums$948 ??= IsQuorum($s, $n, newTxn$945.ackSid)))) break or971
    $k968()
    }
    $n.undo($m969)
    }
    $n.undo($m957)
    or972: {
    if (!((allTxnsBeforeCommitted$947 ??= ($s.lastCommitted[s$942]!.index >= (index$943 - 1))))) break or972
    if (!((hasAllQuorums$948 ??= IsQuorum($s, $n, newTxn$945.ackSid)))) break or972
    const $k991 = (): void => {
    if (!$n.bind(5, R.setAt($s.lastCommitted, s$942, ({ index: index$943, zxid: zxid$944 })))) return
    {
    let m_commit$973: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$974 = s$942
    const j$975 = follower$946
    const m$976 = (m_commit$973 ??= ({ mtype: -6, mzxid: zxid$944 }))
    // DiscardAndBroadcast: tla/specs/Zab.tla, lines 244-252
    {
    {
    let ackldRecv_quorum$978: ReadonlyArray<AckldRecvOfItem> | undefined
    let sid_ackldRecv$980: number | undefined
    if (!$n.bind(13, (($o981: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o981, i$974, R.arrayOf(nServers, ($x982: number) => (((((sid_ackldRecv$980 ??= (ackldRecv_quorum$978 ??= $s.ackldRecv[i$974]!.filter(($f977: AckldRecvOfItem): boolean => ($f977.connected === true))).reduce((m: number, $m979: AckldRecvOfItem) => m | (1 << $m979.sid), 0)) >> $x982) & 1) === 1 && (($s.learners[i$974]! >> $x982) & 1) === 1 && !($x982 === i$974)) ? [...$s.msgs[i$974]![$x982]!, (($r983) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r983.mtype, mzxid: $r983.mzxid }))(m$976)] : $s.msgs[i$974]![$x982]!))))(R.setAt($s.msgs, j$975, R.setAt($s.msgs[j$975]!, i$974, R.tail($s.msgs[j$975]![i$974]!)))))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$984 = (["LeaderProcessACK", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r985: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_15($s, $n, pc$984).maxEpoch, nClientRequest: RecorderSetRequests_15($s, $n, pc$984).nClientRequest, nRestart: $r985.nRestart, nTimeout: $r985.nTimeout, nTransaction: RecorderSetTransactionNum_15($s, $n, pc$984).nTransaction, pc: RecorderSetPc_15($s, $n, pc$984).pc }))(RecorderSetFailure_15($s, $n, pc$984)))) return
    $k($n)
    }
    }
    }
    }
    }
    const $m992 = $n.mark()
    or993: {
    if (!(!(ordered$949 ??= (($s.lastCommitted[s$942]!.index + 1) === index$943)))) break or993
    if (!(T.printT(T.concat(T.concat("Warn: Committing zxid ", T.show(T.tuple(zxid$944.map((e) => e)))), " not first.")))) break or993
    if (!$n.bind(16, ({ ...$s.violatedInvariants, commitInconsistent: true }))) break or993
    $k991()
    }
    $n.undo($m992)
    or994: {
    if (!((ordered$949 ??= (($s.lastCommitted[s$942]!.index + 1) === index$943)))) break or994
    if (!($n.bind(16, $s.violatedInvariants))) break or994
    $k991()
    }
    $n.undo($m992)
    }
    $n.undo($m957)
    }
    }
    }
    $n.undo($m926)
    }
    }
    const $m996 = $n.mark()
    or997: {
    if (!(((ackIndex$889 ??= LastAckIndexFromFollower($s, $n, i_, j_)) === -1))) break or997
    $k995()
    }
    $n.undo($m996)
    or998: {
    if (!((((ackIndex$889 ??= LastAckIndexFromFollower($s, $n, i_, j_)) + 1) === (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))))) break or998
    $k995()
    }
    $n.undo($m996)
    }
    $n.undo($m914)
    or999: {
    const $k1009 = (): void => {
    if (!(T.printT("Exception: No such zxid.  / ackIndex doesn't inc monotonically."))) return
    if (!$n.bind(16, ({ ...$s.violatedInvariants, ackInconsistent: true }))) return
    const i$1000 = j_
    const j$1001 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$1000]![j$1001]!.length === 0) ? R.setAt($s.msgs, i$1000, R.setAt($s.msgs[i$1000]!, j$1001, R.tail($s.msgs[i$1000]![j$1001]!))) : $s.msgs))) return
    if (!($n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$1002 = (["LeaderProcessACK", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r1003: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_15($s, $n, pc$1002).maxEpoch, nClientRequest: RecorderSetRequests_15($s, $n, pc$1002).nClientRequest, nRestart: $r1003.nRestart, nTimeout: $r1003.nTimeout, nTransaction: RecorderSetTransactionNum_15($s, $n, pc$1002).nTransaction, pc: RecorderSetPc_15($s, $n, pc$1002).pc }))(RecorderSetFailure_15($s, $n, pc$1002)))) return
    $k($n)
    }
    }
    }
    const $m1010 = $n.mark()
    or1011: {
    if (!(!(exist$884 ??= (((index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) >= 1) && ((index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or1011
    $k1009()
    }
    $n.undo($m1010)
    or1012: {
    if (!(!(monotonicallyInc$890 ??= (((ackIndex$889 ??= LastAckIndexFromFollower($s, $n, i_, j_)) === -1) || (((ackIndex$889 ??= LastAckIndexFromFollower($s, $n, i_, j_)) + 1) === (index$883 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$881 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))))))) break or1012
    $k1009()
    }
    $n.undo($m1010)
    }
    $n.undo($m914)
    }
  }
  /** FollowerProcessCOMMIT(i, j) as an action: tla/specs/Zab.tla, lines 1049-1078. */
  function FollowerProcessCOMMIT_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingCOMMIT($s, $n, i_, j_))) return
    {
    let msg$1013: MsgsOfOfItem | undefined
    let infoOk$1014: boolean | undefined
    let pending$1015: boolean | undefined
    if (!((infoOk$1014 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k1041 = (): void => {
    const i$1016 = j_
    const j$1017 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$1016]![j$1017]!.length === 0) ? R.setAt($s.msgs, i$1016, R.setAt($s.msgs[i$1016]!, j$1017, R.tail($s.msgs[i$1016]![j$1017]!))) : $s.msgs))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$1018 = (["FollowerProcessCOMMIT", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r1035: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_16($s, $n, pc$1018).maxEpoch, nClientRequest: RecorderSetRequests_16($s, $n, pc$1018).nClientRequest, nRestart: $r1035.nRestart, nTimeout: $r1035.nTimeout, nTransaction: RecorderSetTransactionNum_16($s, $n, pc$1018).nTransaction, pc: RecorderSetPc_16($s, $n, pc$1018).pc }))(RecorderSetFailure_16($s, $n, pc$1018)))) return
    $k($n)
    }
    }
    }
    const $m1042 = $n.mark()
    or1043: {
    if (!(!(pending$1015 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or1043
    if (!(T.printT("Warn: Committing zxid without seeing txn."))) break or1043
    if (!($n.bind(5, $s.lastCommitted) && $n.bind(16, $s.violatedInvariants))) break or1043
    $k1041()
    }
    $n.undo($m1042)
    or1044: {
    if (!((pending$1015 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or1044
    {
    let firstElement$1045: HistoryOfItem | undefined
    let match$1046: boolean | undefined
    const $m1047 = $n.mark()
    or1048: {
    if (!(!(match$1046 ??= ZxidEqual($s, $n, (firstElement$1045 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid, R.defined((msg$1013 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or1048
    if (!(T.printT("Exception: Committing zxid not equals next pending txn zxid."))) break or1048
    if (!$n.bind(16, ({ ...$s.violatedInvariants, commitInconsistent: true }))) break or1048
    if (!($n.bind(5, $s.lastCommitted))) break or1048
    $k1041()
    }
    $n.undo($m1047)
    or1049: {
    if (!((match$1046 ??= ZxidEqual($s, $n, (firstElement$1045 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid, R.defined((msg$1013 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or1049
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: ($s.lastCommitted[i_]!.index + 1), zxid: (firstElement$1045 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid })))) break or1049
    if (!($n.bind(16, $s.violatedInvariants))) break or1049
    $k1041()
    }
    $n.undo($m1047)
    }
    }
    $n.undo($m1042)
    }
  }
  /** FilterNonexistentMessage(i) as an action: tla/specs/Zab.tla, lines 1081-1117. */
  function FilterNonexistentMessage_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    const $m1050 = $n.mark()
    for (let $w1051 = 0; $w1051 < nServers; $w1051++) { if ((((ALL & ~((1 << i_))) >> $w1051) & 1) === 0) continue
    $n.undo($m1050)
    if (!(!($s.msgs[$w1051]![i_]!.length === 0))) continue
    {
    let msg$1052: MsgsOfOfItem | undefined
    const $k1055 = (): void => {
    const i$1053 = $w1051
    const j$1054 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$1053]![j$1054]!.length === 0) ? R.setAt($s.msgs, i$1053, R.setAt($s.msgs[i$1053]!, j$1054, R.tail($s.msgs[i$1053]![j$1054]!))) : $s.msgs))) return
    if (!$n.bind(16, ({ ...$s.violatedInvariants, messageIllegal: true }))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    // UnchangeRecorder: tla/specs/Zab.tla, lines 178-178
    {
    if (!($n.bind(17, $s.recorder))) return
    $k($n)
    }
    }
    }
    const $m1056 = $n.mark()
    or1057: {
    if (!(IsLeader($s, $n, i_))) break or1057
    {
    let infoOk$1058: boolean | undefined
    const $m1059 = $n.mark()
    or1060: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -13))) break or1060
    $k1055()
    }
    $n.undo($m1059)
    or1061: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -14))) break or1061
    $k1055()
    }
    $n.undo($m1059)
    or1062: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -7))) break or1062
    $k1055()
    }
    $n.undo($m1059)
    or1063: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -16))) break or1063
    $k1055()
    }
    $n.undo($m1059)
    or1064: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -6))) break or1064
    $k1055()
    }
    $n.undo($m1059)
    or1065: {
    if (!(!(infoOk$1058 ??= IsMyLearner($s, $n, i_, $w1051)))) break or1065
    const $m1066 = $n.mark()
    or1067: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -5))) break or1067
    $k1055()
    }
    $n.undo($m1066)
    or1068: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -2))) break or1068
    $k1055()
    }
    $n.undo($m1066)
    or1069: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -3))) break or1069
    $k1055()
    }
    $n.undo($m1066)
    or1070: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -1))) break or1070
    $k1055()
    }
    $n.undo($m1066)
    }
    $n.undo($m1059)
    }
    }
    $n.undo($m1056)
    or1071: {
    if (!(IsFollower($s, $n, i_))) break or1071
    {
    let infoOk$1072: boolean | undefined
    const $m1073 = $n.mark()
    or1074: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -5))) break or1074
    $k1055()
    }
    $n.undo($m1073)
    or1075: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -2))) break or1075
    $k1055()
    }
    $n.undo($m1073)
    or1076: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -3))) break or1076
    $k1055()
    }
    $n.undo($m1073)
    or1077: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -1))) break or1077
    $k1055()
    }
    $n.undo($m1073)
    or1078: {
    if (!(!(infoOk$1072 ??= IsMyLeader($s, $n, i_, $w1051)))) break or1078
    const $m1079 = $n.mark()
    or1080: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -13))) break or1080
    $k1055()
    }
    $n.undo($m1079)
    or1081: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -14))) break or1081
    $k1055()
    }
    $n.undo($m1079)
    or1082: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -7))) break or1082
    $k1055()
    }
    $n.undo($m1079)
    or1083: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -16))) break or1083
    $k1055()
    }
    $n.undo($m1079)
    or1084: {
    if (!((R.defined((msg$1052 ??= R.at($s.msgs[$w1051]![i_]!, 1)).mtype) === -6))) break or1084
    $k1055()
    }
    $n.undo($m1079)
    }
    $n.undo($m1073)
    }
    }
    $n.undo($m1056)
    or1085: {
    if (!(IsLooking($s, $n, i_))) break or1085
    $k1055()
    }
    $n.undo($m1056)
    }
    }
    $n.undo($m1050)
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
