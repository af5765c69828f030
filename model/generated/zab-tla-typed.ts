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
  let $const66: T.Value | undefined
  let $const67: boolean | undefined
  let $const68: T.Value | undefined
  let $const140: T.Value | undefined
  let $const141: boolean | undefined
  let $const142: T.Value | undefined
  let $const281: T.Value | undefined
  let $const282: boolean | undefined
  let $const283: T.Value | undefined
  let $const764: T.Value | undefined
  let $const765: boolean | undefined
  let $const766: T.Value | undefined
  const $set1102: ReadonlyArray<number> = [-17, -4]
  const $set1103: ReadonlyArray<number> = [-17, -4]
  let $const1176: T.Value | undefined
  let $const1177: boolean | undefined
  let $const1178: T.Value | undefined
  let $const1179: T.Value | undefined
  let $const1180: boolean | undefined
  let $const1181: T.Value | undefined
  let $const1182: T.Value | undefined
  let $const1183: boolean | undefined
  let $const1184: T.Value | undefined
  let $const1185: T.Value | undefined
  let $const1186: boolean | undefined
  let $const1187: T.Value | undefined
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
    return (($const67 ??= T.isIn("MaxTimeoutFailures", ($const66 ??= T.domain(constants.Parameters)))) ? (n_ < T.int(($const68 ??= T.apply(constants.Parameters, "MaxTimeoutFailures")))) : true)
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
  /** Quorums(): tla/specs/Zab.tla, line 37; of the constants alone, evaluated once. */
  let Quorums$value: ReadonlyArray<number> | undefined
  function Quorums(_$s: TypedState, _$n: R.Partial | null): ReadonlyArray<number> {
    return (Quorums$value ??= R.subsetsOf(ALL).filter(($f95: number): boolean => ((R.popCount($f95) * 2) > R.popCount(ALL))))
  }
  /** IsQuorum(s): tla/specs/Zab.tla, line 120. */
  function IsQuorum($s: TypedState, $n: R.Partial | null, s_: number): boolean {
    return Quorums($s, $n).includes(s_)
  }
  /** RemoveCepochRecv(set, sid): tla/specs/Zab.tla, lines 361-368. */
  function RemoveCepochRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<CepochRecvOfItem>, sid_: number): ReadonlyArray<CepochRecvOfItem> {
    return ((): ReadonlyArray<CepochRecvOfItem> => {
  let sid_cepochRecv$99: number | undefined
  return (!((((sid_cepochRecv$99 ??= set_.reduce((m: number, $m98: CepochRecvOfItem) => m | (1 << $m98.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<CepochRecvOfItem> => {
  let info$101: CepochRecvOfItem | undefined
  let new_info$102: CepochRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$101 ??= R.chooseIn(set_, ($c100: CepochRecvOfItem): boolean => ($c100.sid === sid_)))], cmpCepochRecvOfItem), cmpCepochRecvOfItem), R.sortedArray([(new_info$102 ??= ({ connected: false, epoch: (info$101 ??= R.chooseIn(set_, ($c100: CepochRecvOfItem): boolean => ($c100.sid === sid_))).epoch, sid: sid_ }))], cmpCepochRecvOfItem), cmpCepochRecvOfItem)
})())
})()
  }
  /** RemoveAckeRecv(set, sid): tla/specs/Zab.tla, lines 370-378. */
  function RemoveAckeRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<AckeRecvOfItem>, sid_: number): ReadonlyArray<AckeRecvOfItem> {
    return ((): ReadonlyArray<AckeRecvOfItem> => {
  let sid_ackeRecv$104: number | undefined
  return (!((((sid_ackeRecv$104 ??= set_.reduce((m: number, $m103: AckeRecvOfItem) => m | (1 << $m103.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<AckeRecvOfItem> => {
  let info$106: AckeRecvOfItem | undefined
  let new_info$107: AckeRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$106 ??= R.chooseIn(set_, ($c105: AckeRecvOfItem): boolean => ($c105.sid === sid_)))], cmpAckeRecvOfItem), cmpAckeRecvOfItem), R.sortedArray([(new_info$107 ??= ({ connected: false, peerHistory: (info$106 ??= R.chooseIn(set_, ($c105: AckeRecvOfItem): boolean => ($c105.sid === sid_))).peerHistory, peerLastEpoch: (info$106 ??= R.chooseIn(set_, ($c105: AckeRecvOfItem): boolean => ($c105.sid === sid_))).peerLastEpoch, sid: sid_ }))], cmpAckeRecvOfItem), cmpAckeRecvOfItem)
})())
})()
  }
  /** RemoveAckldRecv(set, sid): tla/specs/Zab.tla, lines 380-386. */
  function RemoveAckldRecv(_$s: TypedState, _$n: R.Partial | null, set_: ReadonlyArray<AckldRecvOfItem>, sid_: number): ReadonlyArray<AckldRecvOfItem> {
    return ((): ReadonlyArray<AckldRecvOfItem> => {
  let sid_ackldRecv$109: number | undefined
  return (!((((sid_ackldRecv$109 ??= set_.reduce((m: number, $m108: AckldRecvOfItem) => m | (1 << $m108.sid), 0)) >> sid_) & 1) === 1) ? set_ : ((): ReadonlyArray<AckldRecvOfItem> => {
  let info$111: AckldRecvOfItem | undefined
  let new_info$112: AckldRecvOfItem | undefined
  return R.union(R.minus(set_, R.sortedArray([(info$111 ??= R.chooseIn(set_, ($c110: AckldRecvOfItem): boolean => ($c110.sid === sid_)))], cmpAckldRecvOfItem), cmpAckldRecvOfItem), R.sortedArray([(new_info$112 ??= ({ connected: false, sid: sid_ }))], cmpAckldRecvOfItem), cmpAckldRecvOfItem)
})())
})()
  }
  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit_2(_$s: TypedState, _$n: R.Partial | null, n_: number, _p_: string): boolean {
    return (($const141 ??= T.isIn("MaxRestarts", ($const140 ??= T.domain(constants.Parameters)))) ? (n_ < T.int(($const142 ??= T.apply(constants.Parameters, "MaxRestarts")))) : true)
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
    return (($const282 ??= T.isIn("MaxEpoch", ($const281 ??= T.domain(constants.Parameters)))) ? (n_ < T.int(($const283 ??= T.apply(constants.Parameters, "MaxEpoch")))) : true)
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
  let s$302: number | undefined
  return (R.primed($n, 2) as ReadonlyArray<number>)[(s$302 ??= R.chooseBit(ALL, nServers, ($c300: number): boolean => R.everyBit(ALL, nServers, ($q301: number): boolean => ((R.primed($n, 2) as ReadonlyArray<number>)[$c300]! >= (R.primed($n, 2) as ReadonlyArray<number>)[$q301]!))))]!
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
  let sid_cepochRecv$312: number | undefined
  return IsQuorum($s, $n, (sid_cepochRecv$312 ??= $s.cepochRecv[i_]!.reduce((m: number, $m311: CepochRecvOfItem) => m | (1 << $m311.sid), 0)))
})()
  }
  /** UpdateCepochRecv(oldSet, sid, peerEpoch): tla/specs/Zab.tla, lines 491-502. */
  function UpdateCepochRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<CepochRecvOfItem>, sid_: number, peerEpoch_: number): ReadonlyArray<CepochRecvOfItem> {
    return ((): ReadonlyArray<CepochRecvOfItem> => {
  let sid_set$314: number | undefined
  return ((((sid_set$314 ??= oldSet_.reduce((m: number, $m313: CepochRecvOfItem) => m | (1 << $m313.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<CepochRecvOfItem> => {
  let old_info$316: CepochRecvOfItem | undefined
  let new_info$317: CepochRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$316 ??= R.chooseIn(oldSet_, ($c315: CepochRecvOfItem): boolean => ($c315.sid === sid_)))], cmpCepochRecvOfItem), cmpCepochRecvOfItem), R.sortedArray([(new_info$317 ??= ({ connected: true, epoch: peerEpoch_, sid: sid_ }))], cmpCepochRecvOfItem), cmpCepochRecvOfItem)
})() : ((): ReadonlyArray<CepochRecvOfItem> => {
  let follower_info$318: CepochRecvOfItem | undefined
  return R.union(oldSet_, R.sortedArray([(follower_info$318 ??= ({ connected: true, epoch: peerEpoch_, sid: sid_ }))], cmpCepochRecvOfItem), cmpCepochRecvOfItem)
})())
})()
  }
  /** CepochRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 488-489. */
  function CepochRecvBecomeQuorum($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_cepochRecv$329: number | undefined
  return IsQuorum($s, $n, (sid_cepochRecv$329 ??= (R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i_]!.reduce((m: number, $m328: CepochRecvOfItem) => m | (1 << $m328.sid), 0)))
})()
  }
  /** Maximum(S): tla/specs/Zab.tla, lines 108-109. */
  function Maximum(_$s: TypedState, _$n: R.Partial | null, S_: ReadonlyArray<number>): number {
    return ((S_.length === 0) ? -1 : R.chooseIn(S_, ($c332: number): boolean => S_.every(($q333: number): boolean => ($c332 >= $q333))))
  }
  /** DetermineNewEpoch(i): tla/specs/Zab.tla, lines 505-507. */
  function DetermineNewEpoch($s: TypedState, $n: R.Partial | null, i_: number): number {
    return ((): number => {
  let epoch_cepochRecv$331: ReadonlyArray<number> | undefined
  return (Maximum($s, $n, (epoch_cepochRecv$331 ??= R.sortedArray((R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i_]!.map(($m330: CepochRecvOfItem) => $m330.epoch), R.compareNumbers))) + 1)
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
  let sid_ackeRecv$483: number | undefined
  return IsQuorum($s, $n, (sid_ackeRecv$483 ??= $s.ackeRecv[i_]!.reduce((m: number, $m482: AckeRecvOfItem) => m | (1 << $m482.sid), 0)))
})()
  }
  /** UpdateAckeRecv(oldSet, sid, peerEpoch, peerHistory): tla/specs/Zab.tla, lines 596-605. */
  function UpdateAckeRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<AckeRecvOfItem>, sid_: number, peerEpoch_: number, peerHistory_: ReadonlyArray<HistoryOfItem>): ReadonlyArray<AckeRecvOfItem> {
    return ((): ReadonlyArray<AckeRecvOfItem> => {
  let sid_set$485: number | undefined
  let follower_info$486: AckeRecvOfItem | undefined
  return ((((sid_set$485 ??= oldSet_.reduce((m: number, $m484: AckeRecvOfItem) => m | (1 << $m484.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<AckeRecvOfItem> => {
  let old_info$488: AckeRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$488 ??= R.chooseIn(oldSet_, ($c487: AckeRecvOfItem): boolean => ($c487.sid === sid_)))], cmpAckeRecvOfItem), cmpAckeRecvOfItem), R.sortedArray([(follower_info$486 ??= ({ connected: true, peerHistory: peerHistory_, peerLastEpoch: peerEpoch_, sid: sid_ }))], cmpAckeRecvOfItem), cmpAckeRecvOfItem)
})() : R.union(oldSet_, R.sortedArray([(follower_info$486 ??= ({ connected: true, peerHistory: peerHistory_, peerLastEpoch: peerEpoch_, sid: sid_ }))], cmpAckeRecvOfItem), cmpAckeRecvOfItem))
})()
  }
  /** SetPacketsForChecking(set, src, ep, his, cur, end): tla/specs/Zab.tla, lines 609-615. */
  function SetPacketsForChecking_2($s: TypedState, $n: R.Partial | null, set_: ReadonlyArray<ProposalMsgsLogItem>, src_: number, ep_: number, his_: ReadonlyArray<HistoryOfItem>, cur_: number, end_: number): ReadonlyArray<ProposalMsgsLogItem> {
    return ((cur_ > end_) ? set_ : ((): ReadonlyArray<ProposalMsgsLogItem> => {
  let m_proposal$493: ProposalMsgsLogItem | undefined
  return SetPacketsForChecking_2($s, $n, R.union(set_, R.sortedArray([(m_proposal$493 ??= ({ data: R.at(his_, cur_).value, epoch: ep_, source: src_, zxid: R.at(his_, cur_).zxid }))], cmpProposalMsgsLogItem), cmpProposalMsgsLogItem), src_, ep_, his_, (cur_ + 1), end_)
})())
  }
  /** SetPacketsForChecking(set, src, ep, his, cur, end): tla/specs/Zab.tla, lines 609-615. */
  function SetPacketsForChecking($s: TypedState, $n: R.Partial | null, _set_: number, src_: number, ep_: number, his_: ReadonlyArray<HistoryOfItem>, cur_: number, end_: number): ReadonlyArray<ProposalMsgsLogItem> {
    return ((cur_ > end_) ? [] : ((): ReadonlyArray<ProposalMsgsLogItem> => {
  let m_proposal$491: ProposalMsgsLogItem | undefined
  return SetPacketsForChecking_2($s, $n, R.union([], R.sortedArray([(m_proposal$491 ??= ({ data: R.at(his_, cur_).value, epoch: ep_, source: src_, zxid: R.at(his_, cur_).zxid }))], cmpProposalMsgsLogItem), cmpProposalMsgsLogItem), src_, ep_, his_, (cur_ + 1), end_)
})())
  }
  /** AckeRecvBecomeQuorum(i): tla/specs/Zab.tla, lines 593-594. */
  function AckeRecvBecomeQuorum($s: TypedState, $n: R.Partial | null, i_: number): boolean {
    return ((): boolean => {
  let sid_ackeRecv$518: number | undefined
  return IsQuorum($s, $n, (sid_ackeRecv$518 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!.reduce((m: number, $m517: AckeRecvOfItem) => m | (1 << $m517.sid), 0)))
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
  let set$521: ReadonlyArray<AckeRecvOfItem> | undefined
  let ss_set$523: ReadonlyArray<Record> | undefined
  let selected$526: Record | undefined
  let info$528: AckeRecvOfItem | undefined
  return (info$528 ??= R.chooseIn((set$521 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!), ($c527: AckeRecvOfItem): boolean => ($c527.sid === (selected$526 ??= R.chooseIn((ss_set$523 ??= R.sortedArray((set$521 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!).map(($m522: AckeRecvOfItem) => ({ currentEpoch: $m522.peerLastEpoch, lastZxid: LastZxidOfHistory($s, $n, $m522.peerHistory), sid: $m522.sid })), cmpRecord)), ($c524: Record): boolean => R.minus((ss_set$523 ??= R.sortedArray((set$521 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i_]!).map(($m522: AckeRecvOfItem) => ({ currentEpoch: $m522.peerLastEpoch, lastZxid: LastZxidOfHistory($s, $n, $m522.peerHistory), sid: $m522.sid })), cmpRecord)), R.sortedArray([$c524], cmpRecord), cmpRecord).every(($q525: Record): boolean => MoreResentOrEqual($s, $n, $c524, $q525)))).sid))).peerHistory
})()
  }
  /** InitAcksidHelper(txns, src): tla/specs/Zab.tla, lines 639-645. */
  function InitAcksidHelper($s: TypedState, $n: R.Partial | null, txns_: ReadonlyArray<HistoryOfItem>, src_: number): ReadonlyArray<HistoryOfItem> {
    return ((txns_.length === 0) ? [] : ((): ReadonlyArray<HistoryOfItem> => {
  let oldTxn$532: HistoryOfItem | undefined
  let newTxn$533: HistoryOfItem | undefined
  return [...[(newTxn$533 ??= ({ ackSid: ((1 << src_)), epoch: (oldTxn$532 ??= R.at(txns_, 1)).epoch, value: (oldTxn$532 ??= R.at(txns_, 1)).value, zxid: (oldTxn$532 ??= R.at(txns_, 1)).zxid }))], ...InitAcksidHelper($s, $n, R.tail(txns_), src_)]
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
  let sid_ackldRecv$657: number | undefined
  return IsQuorum($s, $n, (sid_ackldRecv$657 ??= $s.ackldRecv[i_]!.reduce((m: number, $m656: AckldRecvOfItem) => m | (1 << $m656.sid), 0)))
})()
  }
  /** UpdateAckldRecv(oldSet, sid): tla/specs/Zab.tla, lines 758-765. */
  function UpdateAckldRecv(_$s: TypedState, _$n: R.Partial | null, oldSet_: ReadonlyArray<AckldRecvOfItem>, sid_: number): ReadonlyArray<AckldRecvOfItem> {
    return ((): ReadonlyArray<AckldRecvOfItem> => {
  let sid_set$659: number | undefined
  let follower_info$660: AckldRecvOfItem | undefined
  return ((((sid_set$659 ??= oldSet_.reduce((m: number, $m658: AckldRecvOfItem) => m | (1 << $m658.sid), 0)) >> sid_) & 1) === 1 ? ((): ReadonlyArray<AckldRecvOfItem> => {
  let old_info$662: AckldRecvOfItem | undefined
  return R.union(R.minus(oldSet_, R.sortedArray([(old_info$662 ??= R.chooseIn(oldSet_, ($c661: AckldRecvOfItem): boolean => ($c661.sid === sid_)))], cmpAckldRecvOfItem), cmpAckldRecvOfItem), R.sortedArray([(follower_info$660 ??= ({ connected: true, sid: sid_ }))], cmpAckldRecvOfItem), cmpAckldRecvOfItem)
})() : R.union(oldSet_, R.sortedArray([(follower_info$660 ??= ({ connected: true, sid: sid_ }))], cmpAckldRecvOfItem), cmpAckldRecvOfItem))
})()
  }
  /** UpdateAcksidHelper(txns, target, endZxid): tla/specs/Zab.tla, lines 770-780. */
  function UpdateAcksidHelper($s: TypedState, $n: R.Partial | null, txns_: ReadonlyArray<HistoryOfItem>, target_: number, endZxid_: ReadonlyArray<number>): ReadonlyArray<HistoryOfItem> {
    return ((txns_.length === 0) ? [] : ((): ReadonlyArray<HistoryOfItem> => {
  let oldTxn$665: HistoryOfItem | undefined
  return (ZxidCompare($s, $n, (oldTxn$665 ??= R.at(txns_, 1)).zxid, endZxid_) ? txns_ : ((): ReadonlyArray<HistoryOfItem> => {
  let newTxn$666: HistoryOfItem | undefined
  return [...[(newTxn$666 ??= ({ ackSid: ((((oldTxn$665 ??= R.at(txns_, 1)).ackSid >> target_) & 1) === 1 ? (oldTxn$665 ??= R.at(txns_, 1)).ackSid : ((oldTxn$665 ??= R.at(txns_, 1)).ackSid | ((1 << target_)))), epoch: (oldTxn$665 ??= R.at(txns_, 1)).epoch, value: (oldTxn$665 ??= R.at(txns_, 1)).value, zxid: (oldTxn$665 ??= R.at(txns_, 1)).zxid }))], ...UpdateAcksidHelper($s, $n, R.tail(txns_), target_, endZxid_)]
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
  let sid_ackldRecv$677: number | undefined
  return IsQuorum($s, $n, (sid_ackldRecv$677 ??= (R.primed($n, 9) as ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>)[i_]!.reduce((m: number, $m676: AckldRecvOfItem) => m | (1 << $m676.sid), 0)))
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
    return ((S_.length === 0) ? -1 : R.chooseIn(S_, ($c731: number): boolean => S_.every(($q732: number): boolean => ($c731 <= $q732))))
  }
  /** ZxidToIndexHelper(his, zxid, cur, appeared): tla/specs/Zab.tla, lines 837-843. */
  function ZxidToIndexHelper($s: TypedState, $n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>, zxid_: ReadonlyArray<number>, cur_: number, appeared_: boolean): number {
    return ((cur_ > his_.length) ? cur_ : (TxnZxidEqual($s, $n, R.at(his_, cur_), zxid_) ? ((appeared_ === true) ? -1 : Minimum($s, $n, R.sortedArray([cur_, ZxidToIndexHelper($s, $n, his_, zxid_, (cur_ + 1), true)], R.compareNumbers))) : ZxidToIndexHelper($s, $n, his_, zxid_, (cur_ + 1), appeared_)))
  }
  /** ZxidToIndex(his, zxid): tla/specs/Zab.tla, lines 847-852. */
  function ZxidToIndex($s: TypedState, $n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>, zxid_: ReadonlyArray<number>): number {
    return (ZxidEqual($s, $n, zxid_, [0, 0]) ? 0 : ((his_.length === 0) ? 1 : ((): number => {
  let len$729: number | undefined
  return (R.someInRange(1, (len$729 ??= his_.length), ($q730: number): boolean => TxnZxidEqual($s, $n, R.at(his_, $q730), zxid_)) ? ZxidToIndexHelper($s, $n, his_, zxid_, 1, false) : ((len$729 ??= his_.length) + 1))
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
    return (($const765 ??= T.isIn("MaxTransactionNum", ($const764 ??= T.domain(constants.Parameters)))) ? (n_ < T.int(($const766 ??= T.apply(constants.Parameters, "MaxTransactionNum")))) : true)
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
  let s$782: number | undefined
  return (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[(s$782 ??= R.chooseBit(ALL, nServers, ($c780: number): boolean => R.everyBit(ALL, nServers, ($q781: number): boolean => ((R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$c780]!.length >= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[$q781]!.length))))]!.length
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
  let set_index$900: ReadonlyArray<number> | undefined
  return Maximum($s, $n, (set_index$900 ??= R.range(1, $s.history[i_]!.length).filter(($f899: number): boolean => ((R.at($s.history[i_]!, $f899).ackSid >> j_) & 1) === 1)))
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
    return R.everyBit(ALL, nServers, ($q1098: number): boolean => R.everyBit(ALL, nServers, ($q1099: number): boolean => (!(IsLeader_2($s, null, $q1098) && $set1102.includes($s.zabState[$q1098]!) && IsLeader_2($s, null, $q1099) && $set1103.includes($s.zabState[$q1099]!) && ($s.currentEpoch[$q1098]! === $s.currentEpoch[$q1099]!)) || ($q1098 === $q1099))))
  }
  /** MAXEPOCH(): tla/specs/Zab.tla, line 35. */
  function MAXEPOCH(_$s: TypedState, _$n: R.Partial | null): number {
    return 10
  }
  /** Leadership2(): tla/specs/Zab.tla, line 1156. */
  function Leadership2($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyInRange(1, MAXEPOCH($s, null), ($q1104: number): boolean => (R.popCount(R.fnApply($s.epochLeader, $q1104)) <= 1))
  }
  /** Minimum(S): tla/specs/Zab.tla, lines 111-112. */
  function Minimum_2(_$s: TypedState, _$n: R.Partial | null, S_: ReadonlyArray<number>): number {
    return ((S_.length === 0) ? -1 : R.chooseIn(S_, ($c1107: number): boolean => S_.every(($q1108: number): boolean => ($c1107 <= $q1108))))
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
    return R.everyBit(ALL, nServers, ($q1105: number): boolean => R.everyBit(ALL, nServers, ($q1106: number): boolean => ((): boolean => {
  let smaller$1109: number | undefined
  return (((smaller$1109 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q1105]!.index, $s.lastCommitted[$q1106]!.index], R.compareNumbers))) === 0) || (((smaller$1109 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q1105]!.index, $s.lastCommitted[$q1106]!.index], R.compareNumbers))) > 0) && R.everyInRange(1, (smaller$1109 ??= Minimum_2($s, null, R.sortedArray([$s.lastCommitted[$q1105]!.index, $s.lastCommitted[$q1106]!.index], R.compareNumbers))), ($q1110: number): boolean => TxnEqual($s, null, R.at($s.history[$q1105]!, $q1110), R.at($s.history[$q1106]!, $q1110)))))
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
    return R.everyBit(ALL, nServers, ($q1111: number): boolean => (!(IsFollower_2($s, null, $q1111) && ($s.lastCommitted[$q1111]!.index > 0)) || R.everyInRange(1, $s.lastCommitted[$q1111]!.index, ($q1115: number): boolean => $s.proposalMsgsLog.some(($q1116: ProposalMsgsLogItem): boolean => ((): boolean => {
  let txn_proposal$1117: { readonly value: number; readonly zxid: ReadonlyArray<number> } | undefined
  return TxnEqual_2($s, null, R.at($s.history[$q1111]!, $q1115), (txn_proposal$1117 ??= ({ value: $q1116.data, zxid: $q1116.zxid })))
})()))))
  }
  /** Agreement(): tla/specs/Zab.tla, lines 1178-1190. */
  function Agreement($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q1118: number): boolean => R.everyBit(ALL, nServers, ($q1119: number): boolean => (!(IsFollower_2($s, null, $q1118) && ($s.lastCommitted[$q1118]!.index > 0) && IsFollower_2($s, null, $q1119) && ($s.lastCommitted[$q1119]!.index > 0)) || R.everyInRange(1, $s.lastCommitted[$q1118]!.index, ($q1124: number): boolean => R.everyInRange(1, $s.lastCommitted[$q1119]!.index, ($q1125: number): boolean => (R.someInRange(1, $s.lastCommitted[$q1119]!.index, ($q1126: number): boolean => TxnEqual($s, null, R.at($s.history[$q1119]!, $q1126), R.at($s.history[$q1118]!, $q1124))) || R.someInRange(1, $s.lastCommitted[$q1118]!.index, ($q1127: number): boolean => TxnEqual($s, null, R.at($s.history[$q1118]!, $q1127), R.at($s.history[$q1119]!, $q1125)))))))))
  }
  /** TotalOrder(): tla/specs/Zab.tla, lines 1190-1206. */
  function TotalOrder($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q1128: number): boolean => R.everyBit(ALL, nServers, ($q1129: number): boolean => ((): boolean => {
  let committed1$1130: number | undefined
  let committed2$1131: number | undefined
  return (!(((committed1$1130 ??= $s.lastCommitted[$q1128]!.index) >= 2) && ((committed2$1131 ??= $s.lastCommitted[$q1129]!.index) >= 2)) || R.everyInRange(1, ((committed1$1130 ??= $s.lastCommitted[$q1128]!.index) - 1), ($q1138: number): boolean => R.everyInRange(($q1138 + 1), (committed1$1130 ??= $s.lastCommitted[$q1128]!.index), ($q1139: number): boolean => ((): boolean => {
  let logOk$1141: boolean | undefined
  return (!(logOk$1141 ??= R.someInRange(1, (committed2$1131 ??= $s.lastCommitted[$q1129]!.index), ($q1140: number): boolean => TxnEqual($s, null, R.at($s.history[$q1128]!, $q1139), R.at($s.history[$q1129]!, $q1140)))) || ((logOk$1141 ??= R.someInRange(1, (committed2$1131 ??= $s.lastCommitted[$q1129]!.index), ($q1140: number): boolean => TxnEqual($s, null, R.at($s.history[$q1128]!, $q1139), R.at($s.history[$q1129]!, $q1140)))) && R.someInRange(1, (committed2$1131 ??= $s.lastCommitted[$q1129]!.index), ($q1142: number): boolean => (TxnEqual($s, null, R.at($s.history[$q1128]!, $q1139), R.at($s.history[$q1129]!, $q1142)) && R.someInRange(1, ($q1142 - 1), ($q1143: number): boolean => TxnEqual($s, null, R.at($s.history[$q1128]!, $q1138), R.at($s.history[$q1129]!, $q1143)))))))
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
  return R.everyBit(ALL, nServers, ($q1144: number): boolean => R.everyInRange(1, $s.currentEpoch[$q1144]!, ($q1145: number): boolean => ((R.sortedArray($s.proposalMsgsLog.filter(($f1146: ProposalMsgsLogItem): boolean => (($f1146.source === $q1144) && ($f1146.epoch === $q1145))).map(($m1147: ProposalMsgsLogItem) => ({ value: $m1147.data, zxid: $m1147.zxid })), cmpRecord_).length < 2) || ((R.sortedArray($s.proposalMsgsLog.filter(($f1148: ProposalMsgsLogItem): boolean => (($f1148.source === $q1144) && ($f1148.epoch === $q1145))).map(($m1149: ProposalMsgsLogItem) => ({ value: $m1149.data, zxid: $m1149.zxid })), cmpRecord_).length >= 2) && R.sortedArray($s.proposalMsgsLog.filter(($f1150: ProposalMsgsLogItem): boolean => (($f1150.source === $q1144) && ($f1150.epoch === $q1145))).map(($m1151: ProposalMsgsLogItem) => ({ value: $m1151.data, zxid: $m1151.zxid })), cmpRecord_).some(($q1152: Record_): boolean => R.sortedArray($s.proposalMsgsLog.filter(($f1153: ProposalMsgsLogItem): boolean => (($f1153.source === $q1144) && ($f1153.epoch === $q1145))).map(($m1154: ProposalMsgsLogItem) => ({ value: $m1154.data, zxid: $m1154.zxid })), cmpRecord_).some(($q1155: Record_): boolean => (TxnEqual_3($s, null, $q1152, $q1155) || (!TxnEqual_3($s, null, $q1152, $q1155) && ((): boolean => {
  let TxnPre$1156: Record_ | undefined
  let TxnNext$1157: Record_ | undefined
  return R.everyBit(ALL, nServers, ($q1158: number): boolean => (!(($s.lastCommitted[$q1158]!.index >= 2) && R.someInRange(1, $s.lastCommitted[$q1158]!.index, ($q1162: number): boolean => TxnEqual_2($s, null, R.at($s.history[$q1158]!, $q1162), (TxnNext$1157 ??= (ZxidCompare_2($s, null, $q1152.zxid, $q1155.zxid) ? $q1152 : $q1155))))) || R.someInRange(1, $s.lastCommitted[$q1158]!.index, ($q1163: number): boolean => (TxnEqual_2($s, null, R.at($s.history[$q1158]!, $q1163), (TxnNext$1157 ??= (ZxidCompare_2($s, null, $q1152.zxid, $q1155.zxid) ? $q1152 : $q1155))) && ($q1163 > 1) && R.someInRange(1, ($q1163 - 1), ($q1164: number): boolean => TxnEqual_2($s, null, R.at($s.history[$q1158]!, $q1164), (TxnPre$1156 ??= (ZxidCompare_2($s, null, $q1152.zxid, $q1155.zxid) ? $q1155 : $q1152))))))))
})()))))))))
})()
  }
  /** EpochPrecedeInTxn(txn1, txn2): tla/specs/Zab.tla, line 139. */
  function EpochPrecedeInTxn(_$s: TypedState, _$n: R.Partial | null, txn1_: HistoryOfItem, txn2_: HistoryOfItem): boolean {
    return (R.at(txn1_.zxid, 1) < R.at(txn2_.zxid, 1))
  }
  /** GlobalPrimaryOrder(): tla/specs/Zab.tla, lines 1229-1237. */
  function GlobalPrimaryOrder($s: TypedState, _$n: R.Partial | null): boolean {
    return R.everyBit(ALL, nServers, ($q1165: number): boolean => (!($s.lastCommitted[$q1165]!.index >= 2) || R.everyInRange(1, $s.lastCommitted[$q1165]!.index, ($q1168: number): boolean => R.everyInRange(1, $s.lastCommitted[$q1165]!.index, ($q1169: number): boolean => (!EpochPrecedeInTxn($s, null, R.at($s.history[$q1165]!, $q1168), R.at($s.history[$q1165]!, $q1169)) || (EpochPrecedeInTxn($s, null, R.at($s.history[$q1165]!, $q1168), R.at($s.history[$q1165]!, $q1169)) && ($q1168 < $q1169)))))))
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
    return R.everyBit(ALL, nServers, ($q1170: number): boolean => R.everyBit(ALL, nServers, ($q1171: number): boolean => (!(IsLeader_2($s, null, $q1170) && IsMyLearner_2($s, null, $q1170, $q1171) && IsFollower_2($s, null, $q1171) && IsMyLeader_2($s, null, $q1171, $q1170) && ($s.zabState[$q1170]! === -4) && ($s.zabState[$q1171]! === -4) && ($s.lastCommitted[$q1171]!.index >= 1)) || R.everyInRange(1, $s.lastCommitted[$q1171]!.index, ($q1174: number): boolean => ((R.at(R.at($s.history[$q1171]!, $q1174).zxid, 1) >= $s.currentEpoch[$q1170]!) || ((R.at(R.at($s.history[$q1171]!, $q1174).zxid, 1) < $s.currentEpoch[$q1170]!) && R.someInRange(1, $s.lastCommitted[$q1170]!.index, ($q1175: number): boolean => TxnEqual($s, null, R.at($s.history[$q1170]!, $q1175), R.at($s.history[$q1171]!, $q1174)))))))))
  }
  /** IsLooking(s): tla/specs/Zab.tla, line 117. */
  function IsLooking_2($s: TypedState, _$n: R.Partial | null, s_: number): boolean {
    return ($s.state[s_]! === -12)
  }
  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit_5(_$s: TypedState, _$n: R.Partial | null, n_: number, _p_: string): boolean {
    return (($const1177 ??= T.isIn("MaxTimeoutFailures", ($const1176 ??= T.domain(constants.Parameters)))) ? (n_ < T.int(($const1178 ??= T.apply(constants.Parameters, "MaxTimeoutFailures")))) : true)
  }
  /** CheckTimeout(): tla/specs/Zab.tla, line 185. */
  function CheckTimeout_2($s: TypedState, _$n: R.Partial | null): boolean {
    return CheckParameterLimit_5($s, null, $s.recorder.nTimeout, "MaxTimeoutFailures")
  }
  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit_6(_$s: TypedState, _$n: R.Partial | null, n_: number, _p_: string): boolean {
    return (($const1180 ??= T.isIn("MaxRestarts", ($const1179 ??= T.domain(constants.Parameters)))) ? (n_ < T.int(($const1181 ??= T.apply(constants.Parameters, "MaxRestarts")))) : true)
  }
  /** CheckRestart(): tla/specs/Zab.tla, lines 188-191. */
  function CheckRestart_2($s: TypedState, _$n: R.Partial | null): boolean {
    return (CheckTimeout_2($s, null) && CheckParameterLimit_6($s, null, $s.recorder.nRestart, "MaxRestarts"))
  }
  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit_7(_$s: TypedState, _$n: R.Partial | null, n_: number, _p_: string): boolean {
    return (($const1183 ??= T.isIn("MaxEpoch", ($const1182 ??= T.domain(constants.Parameters)))) ? (n_ < T.int(($const1184 ??= T.apply(constants.Parameters, "MaxEpoch")))) : true)
  }
  /** CheckEpoch(): tla/specs/Zab.tla, line 187. */
  function CheckEpoch_2($s: TypedState, _$n: R.Partial | null): boolean {
    return CheckParameterLimit_7($s, null, $s.recorder.maxEpoch, "MaxEpoch")
  }
  /** CheckParameterLimit(n, p): tla/specs/Zab.tla, line 183. */
  function CheckParameterLimit_8(_$s: TypedState, _$n: R.Partial | null, n_: number, _p_: string): boolean {
    return (($const1186 ??= T.isIn("MaxTransactionNum", ($const1185 ??= T.domain(constants.Parameters)))) ? (n_ < T.int(($const1187 ??= T.apply(constants.Parameters, "MaxTransactionNum")))) : true)
  }
  /** CheckTransactionNum(): tla/specs/Zab.tla, line 186. */
  function CheckTransactionNum_2($s: TypedState, _$n: R.Partial | null): boolean {
    return CheckParameterLimit_8($s, null, $s.recorder.nTransaction, "MaxTransactionNum")
  }
  /** LastZxidOfHistory(his): tla/specs/Zab.tla, lines 618-619. */
  function LastZxidOfHistory_2(_$s: TypedState, _$n: R.Partial | null, his_: ReadonlyArray<HistoryOfItem>): ReadonlyArray<number> {
    return ((his_.length === 0) ? [0, 0] : R.at(his_, his_.length).zxid)
  }
  /** LastZxid(i): tla/specs/Zab.tla, line 767. */
  function LastZxid_2($s: TypedState, _$n: R.Partial | null, i_: number): ReadonlyArray<number> {
    return LastZxidOfHistory_2($s, null, $s.history[i_]!)
  }
  /** CurrentCounter(i): tla/specs/Zab.tla, lines 901-902. */
  function CurrentCounter_2($s: TypedState, _$n: R.Partial | null, i_: number): number {
    return ((R.at(LastZxid_2($s, null, i_), 1) === $s.currentEpoch[i_]!) ? R.at(LastZxid_2($s, null, i_), 2) : 0)
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
    let newLearners$69: number | undefined
    const $m93 = $n.mark()
    or94: {
    if (!(IsQuorum($s, $n, (newLearners$69 ??= ($s.learners[i_]! & ~((1 << j_))))))) break or94
    const i$96 = i_
    const j$97 = j_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$96, ($s.learners[i$96]! & ~((1 << j$97)))))) break or94
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$96, RemoveCepochRecv($s, $n, $s.cepochRecv[i$96]!, j$97)))) break or94
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$96, RemoveAckeRecv($s, $n, $s.ackeRecv[i$96]!, j$97)))) break or94
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$96, RemoveAckldRecv($s, $n, $s.ackldRecv[i$96]!, j$97)))) break or94
    const i$113 = j_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$113, -12))) break or94
    if (!$n.bind(1, R.setAt($s.zabState, i$113, -9))) break or94
    if (!$n.bind(11, R.setAt($s.connectInfo, i$113, -15))) break or94
    const i$114 = i_
    const j$115 = j_
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o116: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o116, i$114, R.setAt($o116[i$114]!, j$115, [])))(R.setAt($s.msgs, j$115, R.setAt($s.msgs[j$115]!, i$114, []))))) break or94
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or94
    const pc$117 = (["Timeout", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r118: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_3($s, $n, pc$117).maxEpoch, nClientRequest: RecorderSetRequests_3($s, $n, pc$117).nClientRequest, nRestart: $r118.nRestart, nTimeout: $r118.nTimeout, nTransaction: RecorderSetTransactionNum_3($s, $n, pc$117).nTransaction, pc: RecorderSetPc_3($s, $n, pc$117).pc }))(RecorderSetFailure_3($s, $n, pc$117)))) break or94
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m93)
    or124: {
    if (!(!IsQuorum($s, $n, (newLearners$69 ??= ($s.learners[i_]! & ~((1 << j_))))))) break or124
    const i$125 = i_
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$126: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x127: number) => ((((S$126 ??= $s.learners[i$125]!) >> $x127) & 1) === 1 ? -12 : $s.state[$x127]!)))) break or124
    if (!$n.bind(1, R.arrayOf(nServers, ($x128: number) => ((((S$126 ??= $s.learners[i$125]!) >> $x128) & 1) === 1 ? -9 : $s.zabState[$x128]!)))) break or124
    if (!$n.bind(11, R.arrayOf(nServers, ($x129: number) => ((((S$126 ??= $s.learners[i$125]!) >> $x129) & 1) === 1 ? -15 : $s.connectInfo[$x129]!)))) break or124
    const S$130 = (S$126 ??= $s.learners[i$125]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x131: number) => R.arrayOf(nServers, ($x132: number) => (((S$130 >> $x132) & 1) === 1 ? [] : $s.msgs[$x131]![$x132]!))))) break or124
    if (!$n.bind(6, R.setAt($s.learners, i$125, 0))) break or124
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or124
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or124
    const pc$133 = (["Timeout", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r134: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_3($s, $n, pc$133).maxEpoch, nClientRequest: RecorderSetRequests_3($s, $n, pc$133).nClientRequest, nRestart: $r134.nRestart, nTimeout: $r134.nTimeout, nTransaction: RecorderSetTransactionNum_3($s, $n, pc$133).nTransaction, pc: RecorderSetPc_3($s, $n, pc$133).pc }))(RecorderSetFailure_3($s, $n, pc$133)))) break or124
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m93)
    }
  }
  /** Restart(i) as an action: tla/specs/Zab.tla, lines 443-473. */
  function Restart_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(CheckRestart($s, $n))) return
    const $m166 = $n.mark()
    or167: {
    if (!(IsLooking($s, $n, i_))) break or167
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(6, $s.learners) && $n.bind(11, $s.connectInfo) && $n.bind(13, $s.msgs) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or167
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) break or167
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or167
    const pc$168 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r169: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_4($s, $n, pc$168).maxEpoch, nClientRequest: RecorderSetRequests_4($s, $n, pc$168).nClientRequest, nRestart: $r169.nRestart, nTimeout: $r169.nTimeout, nTransaction: RecorderSetTransactionNum_4($s, $n, pc$168).nTransaction, pc: RecorderSetPc_4($s, $n, pc$168).pc }))(RecorderSetFailure_4($s, $n, pc$168)))) break or167
    $k($n)
    }
    }
    $n.undo($m166)
    or175: {
    if (!(IsFollower($s, $n, i_))) break or175
    {
    let connectedWithLeader$176: boolean | undefined
    const $m184 = $n.mark()
    or185: {
    if (!((connectedWithLeader$176 ??= HasLeader($s, $n, i_)))) break or185
    {
    let leader$186: number | undefined
    let newLearners$187: number | undefined
    const $m195 = $n.mark()
    or196: {
    if (!(IsQuorum($s, $n, (newLearners$187 ??= ($s.learners[(leader$186 ??= $s.connectInfo[i_]!)]! & ~((1 << i_))))))) break or196
    const i$197 = (leader$186 ??= $s.connectInfo[i_]!)
    const j$198 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$197, ($s.learners[i$197]! & ~((1 << j$198)))))) break or196
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$197, RemoveCepochRecv($s, $n, $s.cepochRecv[i$197]!, j$198)))) break or196
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$197, RemoveAckeRecv($s, $n, $s.ackeRecv[i$197]!, j$198)))) break or196
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$197, RemoveAckldRecv($s, $n, $s.ackldRecv[i$197]!, j$198)))) break or196
    const i$199 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$199, -12))) break or196
    if (!$n.bind(1, R.setAt($s.zabState, i$199, -9))) break or196
    if (!$n.bind(11, R.setAt($s.connectInfo, i$199, -15))) break or196
    const i$200 = (leader$186 ??= $s.connectInfo[i_]!)
    const j$201 = i_
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o202: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o202, i$200, R.setAt($o202[i$200]!, j$201, [])))(R.setAt($s.msgs, j$201, R.setAt($s.msgs[j$201]!, i$200, []))))) break or196
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) break or196
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or196
    const pc$203 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r204: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_4($s, $n, pc$203).maxEpoch, nClientRequest: RecorderSetRequests_4($s, $n, pc$203).nClientRequest, nRestart: $r204.nRestart, nTimeout: $r204.nTimeout, nTransaction: RecorderSetTransactionNum_4($s, $n, pc$203).nTransaction, pc: RecorderSetPc_4($s, $n, pc$203).pc }))(RecorderSetFailure_4($s, $n, pc$203)))) break or196
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m195)
    or210: {
    if (!(!IsQuorum($s, $n, (newLearners$187 ??= ($s.learners[(leader$186 ??= $s.connectInfo[i_]!)]! & ~((1 << i_))))))) break or210
    const i$211 = (leader$186 ??= $s.connectInfo[i_]!)
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$212: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x213: number) => ((((S$212 ??= $s.learners[i$211]!) >> $x213) & 1) === 1 ? -12 : $s.state[$x213]!)))) break or210
    if (!$n.bind(1, R.arrayOf(nServers, ($x214: number) => ((((S$212 ??= $s.learners[i$211]!) >> $x214) & 1) === 1 ? -9 : $s.zabState[$x214]!)))) break or210
    if (!$n.bind(11, R.arrayOf(nServers, ($x215: number) => ((((S$212 ??= $s.learners[i$211]!) >> $x215) & 1) === 1 ? -15 : $s.connectInfo[$x215]!)))) break or210
    const S$216 = (S$212 ??= $s.learners[i$211]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x217: number) => R.arrayOf(nServers, ($x218: number) => (((S$216 >> $x218) & 1) === 1 ? [] : $s.msgs[$x217]![$x218]!))))) break or210
    if (!$n.bind(6, R.setAt($s.learners, i$211, 0))) break or210
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or210
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) break or210
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or210
    const pc$219 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r220: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_4($s, $n, pc$219).maxEpoch, nClientRequest: RecorderSetRequests_4($s, $n, pc$219).nClientRequest, nRestart: $r220.nRestart, nTimeout: $r220.nTimeout, nTransaction: RecorderSetTransactionNum_4($s, $n, pc$219).nTransaction, pc: RecorderSetPc_4($s, $n, pc$219).pc }))(RecorderSetFailure_4($s, $n, pc$219)))) break or210
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m195)
    }
    }
    $n.undo($m184)
    or226: {
    if (!(!(connectedWithLeader$176 ??= HasLeader($s, $n, i_)))) break or226
    const i$227 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$227, -12))) break or226
    if (!$n.bind(1, R.setAt($s.zabState, i$227, -9))) break or226
    if (!$n.bind(11, R.setAt($s.connectInfo, i$227, -15))) break or226
    const S$228 = ((1 << i_))
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x229: number) => R.arrayOf(nServers, ($x230: number) => (((S$228 >> $x230) & 1) === 1 ? [] : $s.msgs[$x229]![$x230]!))))) break or226
    if (!($n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or226
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) break or226
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or226
    const pc$231 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r232: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_4($s, $n, pc$231).maxEpoch, nClientRequest: RecorderSetRequests_4($s, $n, pc$231).nClientRequest, nRestart: $r232.nRestart, nTimeout: $r232.nTimeout, nTransaction: RecorderSetTransactionNum_4($s, $n, pc$231).nTransaction, pc: RecorderSetPc_4($s, $n, pc$231).pc }))(RecorderSetFailure_4($s, $n, pc$231)))) break or226
    $k($n)
    }
    }
    }
    }
    $n.undo($m184)
    }
    }
    $n.undo($m166)
    or238: {
    if (!(IsLeader($s, $n, i_))) break or238
    const i$239 = i_
    // LeaderShutdown: tla/specs/Zab.tla, lines 334-342
    {
    {
    let S$240: number | undefined
    if (!$n.bind(0, R.arrayOf(nServers, ($x241: number) => ((((S$240 ??= $s.learners[i$239]!) >> $x241) & 1) === 1 ? -12 : $s.state[$x241]!)))) break or238
    if (!$n.bind(1, R.arrayOf(nServers, ($x242: number) => ((((S$240 ??= $s.learners[i$239]!) >> $x242) & 1) === 1 ? -9 : $s.zabState[$x242]!)))) break or238
    if (!$n.bind(11, R.arrayOf(nServers, ($x243: number) => ((((S$240 ??= $s.learners[i$239]!) >> $x243) & 1) === 1 ? -15 : $s.connectInfo[$x243]!)))) break or238
    const S$244 = (S$240 ??= $s.learners[i$239]!)
    // CleanInputBuffer: tla/specs/Zab.tla, lines 222-224
    {
    if (!$n.bind(13, R.arrayOf(nServers, ($x245: number) => R.arrayOf(nServers, ($x246: number) => (((S$244 >> $x246) & 1) === 1 ? [] : $s.msgs[$x245]![$x246]!))))) break or238
    if (!$n.bind(6, R.setAt($s.learners, i$239, 0))) break or238
    if (!($n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) break or238
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: 0, zxid: [0, 0] })))) break or238
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) break or238
    const pc$247 = (["Restart", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r248: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_4($s, $n, pc$247).maxEpoch, nClientRequest: RecorderSetRequests_4($s, $n, pc$247).nClientRequest, nRestart: $r248.nRestart, nTimeout: $r248.nTimeout, nTransaction: RecorderSetTransactionNum_4($s, $n, pc$247).nTransaction, pc: RecorderSetPc_4($s, $n, pc$247).pc }))(RecorderSetFailure_4($s, $n, pc$247)))) break or238
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m166)
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
    const i$254 = j_
    const j$255 = i_
    const m$256 = ({ mepoch: $s.acceptedEpoch[j_]!, mtype: -5 })
    // Send: tla/specs/Zab.tla, lines 213-213
    {
    if (!$n.bind(13, R.setAt($s.msgs, i$254, R.setAt($s.msgs[i$254]!, j$255, [...$s.msgs[i$254]![j$255]!, (($r257) => ({ $v: 2, mdata: undefined, mepoch: $r257.mepoch, mhistory: undefined, mtype: $r257.mtype, mzxid: undefined }))(m$256)])))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter))) return
    const pc$258 = (["ConnectAndFollowerSendCEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r275: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_5($s, $n, pc$258).maxEpoch, nClientRequest: RecorderSetRequests_5($s, $n, pc$258).nClientRequest, nRestart: $r275.nRestart, nTimeout: $r275.nTimeout, nTransaction: RecorderSetTransactionNum_5($s, $n, pc$258).nTransaction, pc: RecorderSetPc_5($s, $n, pc$258).pc }))(RecorderSetFailure_5($s, $n, pc$258)))) return
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
    let msg$284: MsgsOfOfItem | undefined
    let infoOk$285: boolean | undefined
    if (!((infoOk$285 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $m309 = $n.mark()
    or310: {
    if (!(!CepochRecvQuorumFormed($s, $n, i_))) break or310
    const $k362 = (): void => {
    if (!$n.bind(7, R.setAt($s.cepochRecv, i_, UpdateCepochRecv($s, $n, $s.cepochRecv[i_]!, j_, R.defined((msg$284 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) return
    const $m326 = $n.mark()
    or327: {
    if (!(CepochRecvBecomeQuorum($s, $n, i_))) break or327
    if (!$n.bind(2, R.setAt($s.acceptedEpoch, i_, DetermineNewEpoch($s, $n, i_)))) break or327
    {
    let m$334: { readonly mepoch: number; readonly mtype: number } | undefined
    const i$335 = i_
    const j$336 = j_
    const m$337 = (m$334 ??= ({ mepoch: (R.primed($n, 2) as ReadonlyArray<number>)[i_]!, mtype: -13 }))
    // DiscardAndBroadcastNEWEPOCH: tla/specs/Zab.tla, lines 254-262
    {
    {
    let new_cepochRecv_quorum$339: ReadonlyArray<CepochRecvOfItem> | undefined
    let new_sid_cepochRecv$341: number | undefined
    if (!$n.bind(13, (($o342: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o342, i$335, R.arrayOf(nServers, ($x343: number) => (((((new_sid_cepochRecv$341 ??= (new_cepochRecv_quorum$339 ??= (R.primed($n, 7) as ReadonlyArray<ReadonlyArray<CepochRecvOfItem>>)[i$335]!.filter(($f338: CepochRecvOfItem): boolean => ($f338.connected === true))).reduce((m: number, $m340: CepochRecvOfItem) => m | (1 << $m340.sid), 0)) >> $x343) & 1) === 1 && (($s.learners[i$335]! >> $x343) & 1) === 1 && !($x343 === i$335)) ? [...$s.msgs[i$335]![$x343]!, (($r344) => ({ $v: 2, mdata: undefined, mepoch: $r344.mepoch, mhistory: undefined, mtype: $r344.mtype, mzxid: undefined }))(m$337)] : $s.msgs[i$335]![$x343]!))))(R.setAt($s.msgs, j$336, R.setAt($s.msgs[j$336]!, i$335, R.tail($s.msgs[j$336]![i$335]!)))))) break or327
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or327
    const pc$345 = (["LeaderProcessCEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r346: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_6($s, $n, pc$345).maxEpoch, nClientRequest: RecorderSetRequests_6($s, $n, pc$345).nClientRequest, nRestart: $r346.nRestart, nTimeout: $r346.nTimeout, nTransaction: RecorderSetTransactionNum_6($s, $n, pc$345).nTransaction, pc: RecorderSetPc_6($s, $n, pc$345).pc }))(RecorderSetFailure_6($s, $n, pc$345)))) break or327
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m326)
    or352: {
    if (!(!CepochRecvBecomeQuorum($s, $n, i_))) break or352
    const i$353 = j_
    const j$354 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$353]![j$354]!.length === 0) ? R.setAt($s.msgs, i$353, R.setAt($s.msgs[i$353]!, j$354, R.tail($s.msgs[i$353]![j$354]!))) : $s.msgs))) break or352
    if (!($n.bind(2, $s.acceptedEpoch))) break or352
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or352
    const pc$355 = (["LeaderProcessCEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r356: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_6($s, $n, pc$355).maxEpoch, nClientRequest: RecorderSetRequests_6($s, $n, pc$355).nClientRequest, nRestart: $r356.nRestart, nTimeout: $r356.nTimeout, nTransaction: RecorderSetTransactionNum_6($s, $n, pc$355).nTransaction, pc: RecorderSetPc_6($s, $n, pc$355).pc }))(RecorderSetFailure_6($s, $n, pc$355)))) break or352
    $k($n)
    }
    }
    }
    $n.undo($m326)
    }
    const $m363 = $n.mark()
    or364: {
    if (!(($s.zabState[i_]! === -8))) break or364
    if (!($n.bind(16, $s.violatedInvariants))) break or364
    $k362()
    }
    $n.undo($m363)
    or365: {
    if (!(!($s.zabState[i_]! === -8))) break or365
    if (!(T.printT("Exception: CepochRecvQuorumFormed false, while zabState not DISCOVERY."))) break or365
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or365
    $k362()
    }
    $n.undo($m363)
    }
    $n.undo($m309)
    or366: {
    if (!(CepochRecvQuorumFormed($s, $n, i_))) break or366
    if (!$n.bind(7, R.setAt($s.cepochRecv, i_, UpdateCepochRecv($s, $n, $s.cepochRecv[i_]!, j_, R.defined((msg$284 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or366
    const i$367 = i_
    const j$368 = j_
    const m$369 = ({ mepoch: $s.acceptedEpoch[i_]!, mtype: -13 })
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o370: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o370, i$367, R.setAt($o370[i$367]!, j$368, [...$s.msgs[i$367]![j$368]!, (($r371) => ({ $v: 2, mdata: undefined, mepoch: $r371.mepoch, mhistory: undefined, mtype: $r371.mtype, mzxid: undefined }))(m$369)])))(R.setAt($s.msgs, j$368, R.setAt($s.msgs[j$368]!, i$367, R.tail($s.msgs[j$368]![i$367]!)))))) break or366
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(2, $s.acceptedEpoch))) break or366
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or366
    const pc$372 = (["LeaderProcessCEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r373: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_6($s, $n, pc$372).maxEpoch, nClientRequest: RecorderSetRequests_6($s, $n, pc$372).nClientRequest, nRestart: $r373.nRestart, nTimeout: $r373.nTimeout, nTransaction: RecorderSetTransactionNum_6($s, $n, pc$372).nTransaction, pc: RecorderSetPc_6($s, $n, pc$372).pc }))(RecorderSetFailure_6($s, $n, pc$372)))) break or366
    $k($n)
    }
    }
    }
    $n.undo($m309)
    }
  }
  /** FollowerProcessNEWEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 553-591. */
  function FollowerProcessNEWEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingNEWEPOCH($s, $n, i_, j_))) return
    {
    let msg$379: MsgsOfOfItem | undefined
    let infoOk$380: boolean | undefined
    let stateOk$381: boolean | undefined
    let epochOk$382: boolean | undefined
    if (!((infoOk$380 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $m406 = $n.mark()
    or407: {
    if (!((epochOk$382 ??= (R.defined((msg$379 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch) >= $s.acceptedEpoch[i_]!)))) break or407
    const $m415 = $n.mark()
    or416: {
    if (!((stateOk$381 ??= ($s.zabState[i_]! === -8)))) break or416
    if (!$n.bind(2, R.setAt($s.acceptedEpoch, i_, R.defined((msg$379 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch)))) break or416
    {
    let m$417: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    const i$418 = i_
    const j$419 = j_
    const m$420 = (m$417 ??= ({ mepoch: $s.currentEpoch[i_]!, mhistory: $s.history[i_]!, mtype: -2 }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o421: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o421, i$418, R.setAt($o421[i$418]!, j$419, [...$s.msgs[i$418]![j$419]!, (($r422) => ({ $v: 1, mdata: undefined, mepoch: $r422.mepoch, mhistory: $r422.mhistory, mtype: $r422.mtype, mzxid: undefined }))(m$420)])))(R.setAt($s.msgs, j$419, R.setAt($s.msgs[j$419]!, i$418, R.tail($s.msgs[j$419]![i$418]!)))))) break or416
    if (!$n.bind(1, R.setAt($s.zabState, i_, -17))) break or416
    if (!($n.bind(16, $s.violatedInvariants))) break or416
    if (!($n.bind(11, $s.connectInfo) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(0, $s.state))) break or416
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or416
    const pc$423 = (["FollowerProcessNEWEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r424: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_7($s, $n, pc$423).maxEpoch, nClientRequest: RecorderSetRequests_7($s, $n, pc$423).nClientRequest, nRestart: $r424.nRestart, nTimeout: $r424.nTimeout, nTransaction: RecorderSetTransactionNum_7($s, $n, pc$423).nTransaction, pc: RecorderSetPc_7($s, $n, pc$423).pc }))(RecorderSetFailure_7($s, $n, pc$423)))) break or416
    $k($n)
    }
    }
    }
    }
    $n.undo($m415)
    or430: {
    if (!(!(stateOk$381 ??= ($s.zabState[i_]! === -8)))) break or430
    if (!(T.printT("Exception: Follower receives NEWEPOCH, whileZabState not DISCOVERY."))) break or430
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or430
    const i$431 = j_
    const j$432 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$431]![j$432]!.length === 0) ? R.setAt($s.msgs, i$431, R.setAt($s.msgs[i$431]!, j$432, R.tail($s.msgs[i$431]![j$432]!))) : $s.msgs))) break or430
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(1, $s.zabState))) break or430
    if (!($n.bind(11, $s.connectInfo) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(0, $s.state))) break or430
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or430
    const pc$433 = (["FollowerProcessNEWEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r434: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_7($s, $n, pc$433).maxEpoch, nClientRequest: RecorderSetRequests_7($s, $n, pc$433).nClientRequest, nRestart: $r434.nRestart, nTimeout: $r434.nTimeout, nTransaction: RecorderSetTransactionNum_7($s, $n, pc$433).nTransaction, pc: RecorderSetPc_7($s, $n, pc$433).pc }))(RecorderSetFailure_7($s, $n, pc$433)))) break or430
    $k($n)
    }
    }
    }
    $n.undo($m415)
    }
    $n.undo($m406)
    or440: {
    if (!(!(epochOk$382 ??= (R.defined((msg$379 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch) >= $s.acceptedEpoch[i_]!)))) break or440
    const i$441 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$441, -12))) break or440
    if (!$n.bind(1, R.setAt($s.zabState, i$441, -9))) break or440
    if (!$n.bind(11, R.setAt($s.connectInfo, i$441, -15))) break or440
    {
    let leader$442: number | undefined
    const i$443 = i_
    const j$444 = (leader$442 ??= $s.connectInfo[i_]!)
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o445: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o445, i$443, R.setAt($o445[i$443]!, j$444, [])))(R.setAt($s.msgs, j$444, R.setAt($s.msgs[j$444]!, i$443, []))))) break or440
    const i$446 = (leader$442 ??= $s.connectInfo[i_]!)
    const j$447 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$446, ($s.learners[i$446]! & ~((1 << j$447)))))) break or440
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$446, RemoveCepochRecv($s, $n, $s.cepochRecv[i$446]!, j$447)))) break or440
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$446, RemoveAckeRecv($s, $n, $s.ackeRecv[i$446]!, j$447)))) break or440
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$446, RemoveAckldRecv($s, $n, $s.ackldRecv[i$446]!, j$447)))) break or440
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(16, $s.violatedInvariants))) break or440
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or440
    const pc$448 = (["FollowerProcessNEWEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r449: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_7($s, $n, pc$448).maxEpoch, nClientRequest: RecorderSetRequests_7($s, $n, pc$448).nClientRequest, nRestart: $r449.nRestart, nTimeout: $r449.nTimeout, nTransaction: RecorderSetTransactionNum_7($s, $n, pc$448).nTransaction, pc: RecorderSetPc_7($s, $n, pc$448).pc }))(RecorderSetFailure_7($s, $n, pc$448)))) break or440
    $k($n)
    }
    }
    }
    }
    }
    }
    $n.undo($m406)
    }
  }
  /** LeaderProcessACKEPOCH(i, j) as an action: tla/specs/Zab.tla, lines 653-716. */
  function LeaderProcessACKEPOCH_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACKEPOCH($s, $n, i_, j_))) return
    {
    let msg$455: MsgsOfOfItem | undefined
    let infoOk$456: boolean | undefined
    if (!((infoOk$456 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $m480 = $n.mark()
    or481: {
    if (!(AckeRecvQuorumFormed($s, $n, i_))) break or481
    if (!$n.bind(8, R.setAt($s.ackeRecv, i_, UpdateAckeRecv($s, $n, $s.ackeRecv[i_]!, j_, R.defined((msg$455 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch), R.defined((msg$455 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory))))) break or481
    {
    let toSend$489: ReadonlyArray<HistoryOfItem> | undefined
    let m$490: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    let set_forChecking$494: ReadonlyArray<ProposalMsgsLogItem> | undefined
    const i$495 = i_
    const j$496 = j_
    const m$497 = (m$490 ??= ({ mepoch: $s.acceptedEpoch[i_]!, mhistory: (toSend$489 ??= $s.history[i_]!), mtype: -14 }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o498: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o498, i$495, R.setAt($o498[i$495]!, j$496, [...$s.msgs[i$495]![j$496]!, (($r499) => ({ $v: 1, mdata: undefined, mepoch: $r499.mepoch, mhistory: $r499.mhistory, mtype: $r499.mtype, mzxid: undefined }))(m$497)])))(R.setAt($s.msgs, j$496, R.setAt($s.msgs[j$496]!, i$495, R.tail($s.msgs[j$496]![i$495]!)))))) break or481
    if (!$n.bind(15, R.union($s.proposalMsgsLog, (set_forChecking$494 ??= SetPacketsForChecking($s, $n, 0, i_, $s.acceptedEpoch[i_]!, (toSend$489 ??= $s.history[i_]!), 1, (toSend$489 ??= $s.history[i_]!).length)), cmpProposalMsgsLogItem))) break or481
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(1, $s.zabState) && $n.bind(14, $s.epochLeader))) break or481
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle))) break or481
    const pc$500 = (["LeaderProcessACKEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r501: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_8($s, $n, pc$500).maxEpoch, nClientRequest: RecorderSetRequests_8($s, $n, pc$500).nClientRequest, nRestart: $r501.nRestart, nTimeout: $r501.nTimeout, nTransaction: RecorderSetTransactionNum_8($s, $n, pc$500).nTransaction, pc: RecorderSetPc_8($s, $n, pc$500).pc }))(RecorderSetFailure_8($s, $n, pc$500)))) break or481
    $k($n)
    }
    }
    }
    }
    $n.undo($m480)
    or507: {
    if (!(!AckeRecvQuorumFormed($s, $n, i_))) break or507
    const $k564 = (): void => {
    if (!$n.bind(8, R.setAt($s.ackeRecv, i_, UpdateAckeRecv($s, $n, $s.ackeRecv[i_]!, j_, R.defined((msg$455 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch), R.defined((msg$455 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory))))) return
    const $m515 = $n.mark()
    or516: {
    if (!(AckeRecvBecomeQuorum($s, $n, i_))) break or516
    {
    let newLeaderEpoch$519: number | undefined
    if (!$n.bind(3, R.setAt($s.currentEpoch, i_, (newLeaderEpoch$519 ??= $s.acceptedEpoch[i_]!)))) break or516
    if (!$n.bind(14, (($k520: number) => R.fnSet($s.epochLeader, $k520, (R.fnApply($s.epochLeader, $k520) | ((1 << i_)))))((newLeaderEpoch$519 ??= $s.acceptedEpoch[i_]!)))) break or516
    {
    let initialHistory$529: ReadonlyArray<HistoryOfItem> | undefined
    if (!$n.bind(4, R.setAt($s.history, i_, InitAcksid($s, $n, i_, (initialHistory$529 ??= DetermineInitialHistory($s, $n, i_)))))) break or516
    if (!$n.bind(1, R.setAt($s.zabState, i_, -17))) break or516
    {
    let toSend$534: ReadonlyArray<HistoryOfItem> | undefined
    let m$535: { readonly mepoch: number; readonly mhistory: ReadonlyArray<HistoryOfItem>; readonly mtype: number } | undefined
    let set_forChecking$536: ReadonlyArray<ProposalMsgsLogItem> | undefined
    const i$537 = i_
    const j$538 = j_
    const m$539 = (m$535 ??= ({ mepoch: $s.acceptedEpoch[i_]!, mhistory: (toSend$534 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!), mtype: -14 }))
    // DiscardAndBroadcastNEWLEADER: tla/specs/Zab.tla, lines 264-272
    {
    {
    let new_ackeRecv_quorum$541: ReadonlyArray<AckeRecvOfItem> | undefined
    let new_sid_ackeRecv$543: number | undefined
    if (!$n.bind(13, (($o544: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o544, i$537, R.arrayOf(nServers, ($x545: number) => (((((new_sid_ackeRecv$543 ??= (new_ackeRecv_quorum$541 ??= (R.primed($n, 8) as ReadonlyArray<ReadonlyArray<AckeRecvOfItem>>)[i$537]!.filter(($f540: AckeRecvOfItem): boolean => ($f540.connected === true))).reduce((m: number, $m542: AckeRecvOfItem) => m | (1 << $m542.sid), 0)) >> $x545) & 1) === 1 && (($s.learners[i$537]! >> $x545) & 1) === 1 && !($x545 === i$537)) ? [...$s.msgs[i$537]![$x545]!, (($r546) => ({ $v: 1, mdata: undefined, mepoch: $r546.mepoch, mhistory: $r546.mhistory, mtype: $r546.mtype, mzxid: undefined }))(m$539)] : $s.msgs[i$537]![$x545]!))))(R.setAt($s.msgs, j$538, R.setAt($s.msgs[j$538]!, i$537, R.tail($s.msgs[j$538]![i$537]!)))))) break or516
    if (!$n.bind(15, R.union($s.proposalMsgsLog, (set_forChecking$536 ??= SetPacketsForChecking($s, $n, 0, i_, $s.acceptedEpoch[i_]!, (toSend$534 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!), 1, (toSend$534 ??= (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!).length)), cmpProposalMsgsLogItem))) break or516
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle))) break or516
    const pc$547 = (["LeaderProcessACKEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r548: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_8($s, $n, pc$547).maxEpoch, nClientRequest: RecorderSetRequests_8($s, $n, pc$547).nClientRequest, nRestart: $r548.nRestart, nTimeout: $r548.nTimeout, nTransaction: RecorderSetTransactionNum_8($s, $n, pc$547).nTransaction, pc: RecorderSetPc_8($s, $n, pc$547).pc }))(RecorderSetFailure_8($s, $n, pc$547)))) break or516
    $k($n)
    }
    }
    }
    }
    }
    }
    }
    $n.undo($m515)
    or554: {
    if (!(!AckeRecvBecomeQuorum($s, $n, i_))) break or554
    const i$555 = j_
    const j$556 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$555]![j$556]!.length === 0) ? R.setAt($s.msgs, i$555, R.setAt($s.msgs[i$555]!, j$556, R.tail($s.msgs[i$555]![j$556]!))) : $s.msgs))) break or554
    if (!($n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(1, $s.zabState) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or554
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle))) break or554
    const pc$557 = (["LeaderProcessACKEPOCH", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r558: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_8($s, $n, pc$557).maxEpoch, nClientRequest: RecorderSetRequests_8($s, $n, pc$557).nClientRequest, nRestart: $r558.nRestart, nTimeout: $r558.nTimeout, nTransaction: RecorderSetTransactionNum_8($s, $n, pc$557).nTransaction, pc: RecorderSetPc_8($s, $n, pc$557).pc }))(RecorderSetFailure_8($s, $n, pc$557)))) break or554
    $k($n)
    }
    }
    }
    $n.undo($m515)
    }
    const $m565 = $n.mark()
    or566: {
    if (!(($s.zabState[i_]! === -8))) break or566
    if (!($n.bind(16, $s.violatedInvariants))) break or566
    $k564()
    }
    $n.undo($m565)
    or567: {
    if (!(!($s.zabState[i_]! === -8))) break or567
    if (!(T.printT("Exception: AckeRecvQuorumFormed false, while zabState not DISCOVERY."))) break or567
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or567
    $k564()
    }
    $n.undo($m565)
    }
    $n.undo($m480)
    }
  }
  /** FollowerProcessNEWLEADER(i, j) as an action: tla/specs/Zab.tla, lines 718-753. */
  function FollowerProcessNEWLEADER_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingNEWLEADER($s, $n, i_, j_))) return
    {
    let msg$568: MsgsOfOfItem | undefined
    let infoOk$569: boolean | undefined
    let epochOk$570: boolean | undefined
    let stateOk$571: boolean | undefined
    if (!((infoOk$569 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $m595 = $n.mark()
    or596: {
    if (!(!(epochOk$570 ??= ($s.acceptedEpoch[i_]! === R.defined((msg$568 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or596
    const i$597 = i_
    // FollowerShutdown: tla/specs/Zab.tla, lines 329-334
    {
    if (!$n.bind(0, R.setAt($s.state, i$597, -12))) break or596
    if (!$n.bind(1, R.setAt($s.zabState, i$597, -9))) break or596
    if (!$n.bind(11, R.setAt($s.connectInfo, i$597, -15))) break or596
    {
    let leader$598: number | undefined
    const i$599 = i_
    const j$600 = (leader$598 ??= $s.connectInfo[i_]!)
    // Clean: tla/specs/Zab.tla, lines 221-221
    {
    if (!$n.bind(13, (($o601: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o601, i$599, R.setAt($o601[i$599]!, j$600, [])))(R.setAt($s.msgs, j$600, R.setAt($s.msgs[j$600]!, i$599, []))))) break or596
    const i$602 = (leader$598 ??= $s.connectInfo[i_]!)
    const j$603 = i_
    // RemoveLearner: tla/specs/Zab.tla, lines 388-393
    {
    if (!$n.bind(6, R.setAt($s.learners, i$602, ($s.learners[i$602]! & ~((1 << j$603)))))) break or596
    if (!$n.bind(7, R.setAt($s.cepochRecv, i$602, RemoveCepochRecv($s, $n, $s.cepochRecv[i$602]!, j$603)))) break or596
    if (!$n.bind(8, R.setAt($s.ackeRecv, i$602, RemoveAckeRecv($s, $n, $s.ackeRecv[i$602]!, j$603)))) break or596
    if (!$n.bind(9, R.setAt($s.ackldRecv, i$602, RemoveAckldRecv($s, $n, $s.ackldRecv[i$602]!, j$603)))) break or596
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history))) break or596
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or596
    const pc$604 = (["FollowerProcessNEWLEADER", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r605: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_9($s, $n, pc$604).maxEpoch, nClientRequest: RecorderSetRequests_9($s, $n, pc$604).nClientRequest, nRestart: $r605.nRestart, nTimeout: $r605.nTimeout, nTransaction: RecorderSetTransactionNum_9($s, $n, pc$604).nTransaction, pc: RecorderSetPc_9($s, $n, pc$604).pc }))(RecorderSetFailure_9($s, $n, pc$604)))) break or596
    $k($n)
    }
    }
    }
    }
    }
    }
    $n.undo($m595)
    or611: {
    if (!((epochOk$570 ??= ($s.acceptedEpoch[i_]! === R.defined((msg$568 ??= R.at($s.msgs[j_]![i_]!, 1)).mepoch))))) break or611
    const $k625 = (): void => {
    if (!$n.bind(3, R.setAt($s.currentEpoch, i_, $s.acceptedEpoch[i_]!))) return
    if (!$n.bind(4, R.setAt($s.history, i_, R.defined((msg$568 ??= R.at($s.msgs[j_]![i_]!, 1)).mhistory)))) return
    {
    let m$612: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$613 = i_
    const j$614 = j_
    const m$615 = (m$612 ??= ({ mtype: -3, mzxid: LastZxidOfHistory($s, $n, (R.primed($n, 4) as ReadonlyArray<ReadonlyArray<HistoryOfItem>>)[i_]!) }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o616: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o616, i$613, R.setAt($o616[i$613]!, j$614, [...$s.msgs[i$613]![j$614]!, (($r617) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r617.mtype, mzxid: $r617.mzxid }))(m$615)])))(R.setAt($s.msgs, j$614, R.setAt($s.msgs[j$614]!, i$613, R.tail($s.msgs[j$614]![i$613]!)))))) return
    if (!($n.bind(11, $s.connectInfo) && $n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv))) return
    if (!($n.bind(2, $s.acceptedEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(10, $s.sendCounter) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$618 = (["FollowerProcessNEWLEADER", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r619: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_9($s, $n, pc$618).maxEpoch, nClientRequest: RecorderSetRequests_9($s, $n, pc$618).nClientRequest, nRestart: $r619.nRestart, nTimeout: $r619.nTimeout, nTransaction: RecorderSetTransactionNum_9($s, $n, pc$618).nTransaction, pc: RecorderSetPc_9($s, $n, pc$618).pc }))(RecorderSetFailure_9($s, $n, pc$618)))) return
    $k($n)
    }
    }
    }
    }
    const $m626 = $n.mark()
    or627: {
    if (!((stateOk$571 ??= ($s.zabState[i_]! === -17)))) break or627
    if (!($n.bind(16, $s.violatedInvariants))) break or627
    $k625()
    }
    $n.undo($m626)
    or628: {
    if (!(!(stateOk$571 ??= ($s.zabState[i_]! === -17)))) break or628
    if (!(T.printT("Exception: Follower receives NEWLEADER, whileZabState not SYNCHRONIZATION."))) break or628
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or628
    $k625()
    }
    $n.undo($m626)
    }
    $n.undo($m595)
    }
  }
  /** LeaderProcessACKLD(i, j) as an action: tla/specs/Zab.tla, lines 787-836. */
  function LeaderProcessACKLD_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACKLD($s, $n, i_, j_))) return
    {
    let msg$629: MsgsOfOfItem | undefined
    let infoOk$630: boolean | undefined
    if (!((infoOk$630 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $m654 = $n.mark()
    or655: {
    if (!(!AckldRecvQuorumFormed($s, $n, i_))) break or655
    const $k706 = (): void => {
    if (!$n.bind(9, R.setAt($s.ackldRecv, i_, UpdateAckldRecv($s, $n, $s.ackldRecv[i_]!, j_)))) return
    if (!$n.bind(4, R.setAt($s.history, i_, UpdateAcksid($s, $n, $s.history[i_]!, j_, R.defined((msg$629 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) return
    const $m674 = $n.mark()
    or675: {
    if (!(AckldRecvBecomeQuorum($s, $n, i_))) break or675
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: $s.history[i_]!.length, zxid: LastZxid($s, $n, i_) })))) break or675
    if (!$n.bind(1, R.setAt($s.zabState, i_, -4))) break or675
    {
    let m$678: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$679 = i_
    const j$680 = j_
    const m$681 = (m$678 ??= ({ mtype: -7, mzxid: LastZxid($s, $n, i_) }))
    // DiscardAndBroadcastCOMMITLD: tla/specs/Zab.tla, lines 274-282
    {
    {
    let new_ackldRecv_quorum$683: ReadonlyArray<AckldRecvOfItem> | undefined
    let new_sid_ackldRecv$685: number | undefined
    if (!$n.bind(13, (($o686: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o686, i$679, R.arrayOf(nServers, ($x687: number) => (((((new_sid_ackldRecv$685 ??= (new_ackldRecv_quorum$683 ??= (R.primed($n, 9) as ReadonlyArray<ReadonlyArray<AckldRecvOfItem>>)[i$679]!.filter(($f682: AckldRecvOfItem): boolean => ($f682.connected === true))).reduce((m: number, $m684: AckldRecvOfItem) => m | (1 << $m684.sid), 0)) >> $x687) & 1) === 1 && (($s.learners[i$679]! >> $x687) & 1) === 1 && !($x687 === i$679)) ? [...$s.msgs[i$679]![$x687]!, (($r688) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r688.mtype, mzxid: $r688.mzxid }))(m$681)] : $s.msgs[i$679]![$x687]!))))(R.setAt($s.msgs, j$680, R.setAt($s.msgs[j$680]!, i$679, R.tail($s.msgs[j$680]![i$679]!)))))) break or675
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or675
    const pc$689 = (["LeaderProcessACKLD", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r690: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_10($s, $n, pc$689).maxEpoch, nClientRequest: RecorderSetRequests_10($s, $n, pc$689).nClientRequest, nRestart: $r690.nRestart, nTimeout: $r690.nTimeout, nTransaction: RecorderSetTransactionNum_10($s, $n, pc$689).nTransaction, pc: RecorderSetPc_10($s, $n, pc$689).pc }))(RecorderSetFailure_10($s, $n, pc$689)))) break or675
    $k($n)
    }
    }
    }
    }
    }
    $n.undo($m674)
    or696: {
    if (!(!AckldRecvBecomeQuorum($s, $n, i_))) break or696
    const i$697 = j_
    const j$698 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$697]![j$698]!.length === 0) ? R.setAt($s.msgs, i$697, R.setAt($s.msgs[i$697]!, j$698, R.tail($s.msgs[i$697]![j$698]!))) : $s.msgs))) break or696
    if (!($n.bind(1, $s.zabState) && $n.bind(5, $s.lastCommitted))) break or696
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) break or696
    const pc$699 = (["LeaderProcessACKLD", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r700: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_10($s, $n, pc$699).maxEpoch, nClientRequest: RecorderSetRequests_10($s, $n, pc$699).nClientRequest, nRestart: $r700.nRestart, nTimeout: $r700.nTimeout, nTransaction: RecorderSetTransactionNum_10($s, $n, pc$699).nTransaction, pc: RecorderSetPc_10($s, $n, pc$699).pc }))(RecorderSetFailure_10($s, $n, pc$699)))) break or696
    $k($n)
    }
    }
    }
    $n.undo($m674)
    }
    const $m707 = $n.mark()
    or708: {
    if (!(($s.zabState[i_]! === -17))) break or708
    if (!($n.bind(16, $s.violatedInvariants))) break or708
    $k706()
    }
    $n.undo($m707)
    or709: {
    if (!(!($s.zabState[i_]! === -17))) break or709
    if (!(T.printT("Exception: AckldRecvQuorumFormed false, while zabState not SYNCHRONIZATION."))) break or709
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or709
    $k706()
    }
    $n.undo($m707)
    }
    $n.undo($m654)
    or710: {
    if (!(AckldRecvQuorumFormed($s, $n, i_))) break or710
    const $k723 = (): void => {
    if (!$n.bind(9, R.setAt($s.ackldRecv, i_, UpdateAckldRecv($s, $n, $s.ackldRecv[i_]!, j_)))) return
    if (!$n.bind(4, R.setAt($s.history, i_, UpdateAcksid($s, $n, $s.history[i_]!, j_, R.defined((msg$629 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) return
    const i$711 = i_
    const j$712 = j_
    const m$713 = ({ mtype: -7, mzxid: $s.lastCommitted[i_]!.zxid })
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o714: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o714, i$711, R.setAt($o714[i$711]!, j$712, [...$s.msgs[i$711]![j$712]!, (($r715) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r715.mtype, mzxid: $r715.mzxid }))(m$713)])))(R.setAt($s.msgs, j$712, R.setAt($s.msgs[j$712]!, i$711, R.tail($s.msgs[j$712]![i$711]!)))))) return
    if (!($n.bind(1, $s.zabState) && $n.bind(5, $s.lastCommitted))) return
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$716 = (["LeaderProcessACKLD", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r717: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_10($s, $n, pc$716).maxEpoch, nClientRequest: RecorderSetRequests_10($s, $n, pc$716).nClientRequest, nRestart: $r717.nRestart, nTimeout: $r717.nTimeout, nTransaction: RecorderSetTransactionNum_10($s, $n, pc$716).nTransaction, pc: RecorderSetPc_10($s, $n, pc$716).pc }))(RecorderSetFailure_10($s, $n, pc$716)))) return
    $k($n)
    }
    }
    }
    const $m724 = $n.mark()
    or725: {
    if (!(($s.zabState[i_]! === -4))) break or725
    if (!($n.bind(16, $s.violatedInvariants))) break or725
    $k723()
    }
    $n.undo($m724)
    or726: {
    if (!(!($s.zabState[i_]! === -4))) break or726
    if (!(T.printT("Exception: AckldRecvQuorumFormed true, while zabState not BROADCAST."))) break or726
    if (!$n.bind(16, ({ ...$s.violatedInvariants, stateInconsistent: true }))) break or726
    $k723()
    }
    $n.undo($m724)
    }
    $n.undo($m654)
    }
  }
  /** FollowerProcessCOMMITLD(i, j) as an action: tla/specs/Zab.tla, lines 855-877. */
  function FollowerProcessCOMMITLD_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingCOMMITLD($s, $n, i_, j_))) return
    {
    let msg$727: MsgsOfOfItem | undefined
    let infoOk$728: boolean | undefined
    let index$733: number | undefined
    let logOk$734: boolean | undefined
    if (!((infoOk$728 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k760 = (): void => {
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: (index$733 ??= (ZxidEqual($s, $n, R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))), zxid: R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) })))) return
    if (!$n.bind(1, R.setAt($s.zabState, i_, -4))) return
    const i$735 = j_
    const j$736 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$735]![j$736]!.length === 0) ? R.setAt($s.msgs, i$735, R.setAt($s.msgs[i$735]!, j$736, R.tail($s.msgs[i$735]![j$736]!))) : $s.msgs))) return
    if (!($n.bind(0, $s.state) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$737 = (["FollowerProcessCOMMITLD", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r754: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_11($s, $n, pc$737).maxEpoch, nClientRequest: RecorderSetRequests_11($s, $n, pc$737).nClientRequest, nRestart: $r754.nRestart, nTimeout: $r754.nTimeout, nTransaction: RecorderSetTransactionNum_11($s, $n, pc$737).nTransaction, pc: RecorderSetPc_11($s, $n, pc$737).pc }))(RecorderSetFailure_11($s, $n, pc$737)))) return
    $k($n)
    }
    }
    }
    const $m761 = $n.mark()
    or762: {
    if (!((logOk$734 ??= (((index$733 ??= (ZxidEqual($s, $n, R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) >= 0) && ((index$733 ??= (ZxidEqual($s, $n, R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) <= $s.history[i_]!.length))))) break or762
    if (!($n.bind(16, $s.violatedInvariants))) break or762
    $k760()
    }
    $n.undo($m761)
    or763: {
    if (!(!(logOk$734 ??= (((index$733 ??= (ZxidEqual($s, $n, R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) >= 0) && ((index$733 ??= (ZxidEqual($s, $n, R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), [0, 0]) ? 0 : ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$727 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))) <= $s.history[i_]!.length))))) break or763
    if (!(T.printT("Exception: zxid in COMMITLD not exists in history."))) break or763
    if (!$n.bind(16, ({ ...$s.violatedInvariants, proposalInconsistent: true }))) break or763
    $k760()
    }
    $n.undo($m761)
    }
  }
  /** LeaderProcessRequest(i) as an action: tla/specs/Zab.tla, lines 886-901. */
  function LeaderProcessRequest_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    if (!(CheckTransactionNum($s, $n))) return
    if (!(IsLeader($s, $n, i_))) return
    if (!(($s.zabState[i_]! === -4))) return
    {
    let request_value$767: number | undefined
    let newTxn$768: HistoryOfItem | undefined
    if (!$n.bind(4, R.setAt($s.history, i_, [...$s.history[i_]!, (newTxn$768 ??= ({ ackSid: ((1 << i_)), epoch: $s.currentEpoch[i_]!, value: (request_value$767 ??= GetRecorder($s, $n, "nClientRequest")), zxid: IncZxid($s, $n, i_, LastZxid($s, $n, i_)) }))]))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(13, $s.msgs) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$769 = (["LeaderProcessRequest", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r786: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_12($s, $n, pc$769).maxEpoch, nClientRequest: RecorderSetRequests_12($s, $n, pc$769).nClientRequest, nRestart: $r786.nRestart, nTimeout: $r786.nTimeout, nTransaction: RecorderSetTransactionNum_12($s, $n, pc$769).nTransaction, pc: RecorderSetPc_12($s, $n, pc$769).pc }))(RecorderSetFailure_12($s, $n, pc$769)))) return
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
    let toSendCounter$792: number | undefined
    let toSendZxid$793: ReadonlyArray<number> | undefined
    let toSendIndex$794: number | undefined
    let toSendTxn$795: HistoryOfItem | undefined
    let m_proposal$796: { readonly mdata: number; readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    let m_proposal_forChecking$797: ProposalMsgsLogItem | undefined
    if (!$n.bind(10, R.setAt($s.sendCounter, i_, (toSendCounter$792 ??= ($s.sendCounter[i_]! + 1))))) return
    const i$798 = i_
    const m$799 = (m_proposal$796 ??= ({ mdata: (toSendTxn$795 ??= R.at($s.history[i_]!, (toSendIndex$794 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$793 ??= [$s.currentEpoch[i_]!, (toSendCounter$792 ??= ($s.sendCounter[i_]! + 1))]))))).value, mtype: -16, mzxid: (toSendTxn$795 ??= R.at($s.history[i_]!, (toSendIndex$794 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$793 ??= [$s.currentEpoch[i_]!, (toSendCounter$792 ??= ($s.sendCounter[i_]! + 1))]))))).zxid }))
    // Broadcast: tla/specs/Zab.tla, lines 232-239
    {
    {
    let ackeRecv_quorum$801: ReadonlyArray<AckeRecvOfItem> | undefined
    let sid_ackeRecv$803: number | undefined
    if (!$n.bind(13, R.setAt($s.msgs, i$798, R.arrayOf(nServers, ($x804: number) => (((((sid_ackeRecv$803 ??= (ackeRecv_quorum$801 ??= $s.ackeRecv[i$798]!.filter(($f800: AckeRecvOfItem): boolean => ($f800.connected === true))).reduce((m: number, $m802: AckeRecvOfItem) => m | (1 << $m802.sid), 0)) >> $x804) & 1) === 1 && (($s.learners[i$798]! >> $x804) & 1) === 1 && !($x804 === i$798)) ? [...$s.msgs[i$798]![$x804]!, (($r805) => ({ $v: 0, mdata: $r805.mdata, mepoch: undefined, mhistory: undefined, mtype: $r805.mtype, mzxid: $r805.mzxid }))(m$799)] : $s.msgs[i$798]![$x804]!))))) return
    if (!$n.bind(15, R.union($s.proposalMsgsLog, R.sortedArray([(m_proposal_forChecking$797 ??= ({ data: (toSendTxn$795 ??= R.at($s.history[i_]!, (toSendIndex$794 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$793 ??= [$s.currentEpoch[i_]!, (toSendCounter$792 ??= ($s.sendCounter[i_]! + 1))]))))).value, epoch: $s.currentEpoch[i_]!, source: i_, zxid: (toSendTxn$795 ??= R.at($s.history[i_]!, (toSendIndex$794 ??= ZxidToIndex($s, $n, $s.history[i_]!, (toSendZxid$793 ??= [$s.currentEpoch[i_]!, (toSendCounter$792 ??= ($s.sendCounter[i_]! + 1))]))))).zxid }))], cmpProposalMsgsLogItem), cmpProposalMsgsLogItem))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(14, $s.epochLeader) && $n.bind(16, $s.violatedInvariants))) return
    const pc$806 = (["LeaderBroadcastPROPOSE", i_] as readonly [string, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r823: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_13($s, $n, pc$806).maxEpoch, nClientRequest: RecorderSetRequests_13($s, $n, pc$806).nClientRequest, nRestart: $r823.nRestart, nTimeout: $r823.nTimeout, nTransaction: RecorderSetTransactionNum_13($s, $n, pc$806).nTransaction, pc: RecorderSetPc_13($s, $n, pc$806).pc }))(RecorderSetFailure_13($s, $n, pc$806)))) return
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
    let msg$829: MsgsOfOfItem | undefined
    let infoOk$830: boolean | undefined
    let isNext$831: boolean | undefined
    let newTxn$832: HistoryOfItem | undefined
    let m_ack$833: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    if (!((infoOk$830 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $m857 = $n.mark()
    or858: {
    const curZxid$859 = LastZxid($s, $n, i_)
    const nextZxid$860 = R.defined((msg$829 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)
    // IsNextZxid: tla/specs/Zab.tla, lines 927-937
    {
    const $k873 = (): void => {
    if (!$n.bind(4, R.setAt($s.history, i_, [...$s.history[i_]!, (newTxn$832 ??= ({ ackSid: 0, epoch: $s.currentEpoch[i_]!, value: R.defined((msg$829 ??= R.at($s.msgs[j_]![i_]!, 1)).mdata), zxid: R.defined((msg$829 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) }))]))) return
    const i$861 = i_
    const j$862 = j_
    const m$863 = (m_ack$833 ??= ({ mtype: -1, mzxid: R.defined((msg$829 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid) }))
    // Reply: tla/specs/Zab.tla, lines 218-219
    {
    if (!$n.bind(13, (($o864: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o864, i$861, R.setAt($o864[i$861]!, j$862, [...$s.msgs[i$861]![j$862]!, (($r865) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r865.mtype, mzxid: $r865.mzxid }))(m$863)])))(R.setAt($s.msgs, j$862, R.setAt($s.msgs[j$862]!, i$861, R.tail($s.msgs[j$862]![i$861]!)))))) return
    if (!($n.bind(16, $s.violatedInvariants))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$866 = (["FollowerProcessPROPOSE", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r867: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_14($s, $n, pc$866).maxEpoch, nClientRequest: RecorderSetRequests_14($s, $n, pc$866).nClientRequest, nRestart: $r867.nRestart, nTimeout: $r867.nTimeout, nTransaction: RecorderSetTransactionNum_14($s, $n, pc$866).nTransaction, pc: RecorderSetPc_14($s, $n, pc$866).pc }))(RecorderSetFailure_14($s, $n, pc$866)))) return
    $k($n)
    }
    }
    }
    const $m874 = $n.mark()
    or875: {
    if (!(((R.at(nextZxid$860, 2) === 1) && (R.at(curZxid$859, 1) < R.at(nextZxid$860, 1))))) break or875
    $k873()
    }
    $n.undo($m874)
    or876: {
    if (!(((R.at(nextZxid$860, 2) > 1) && (R.at(curZxid$859, 1) === R.at(nextZxid$860, 1)) && ((R.at(curZxid$859, 2) + 1) === R.at(nextZxid$860, 2))))) break or876
    $k873()
    }
    $n.undo($m874)
    }
    }
    $n.undo($m857)
    or877: {
    if (!(!(isNext$831 ??= IsNextZxid($s, $n, LastZxid($s, $n, i_), R.defined((msg$829 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or877
    {
    let index$878: number | undefined
    let exist$879: boolean | undefined
    const $k889 = (): void => {
    const i$880 = j_
    const j$881 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$880]![j$881]!.length === 0) ? R.setAt($s.msgs, i$880, R.setAt($s.msgs[i$880]!, j$881, R.tail($s.msgs[i$880]![j$881]!))) : $s.msgs))) return
    if (!($n.bind(4, $s.history))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$882 = (["FollowerProcessPROPOSE", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r883: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_14($s, $n, pc$882).maxEpoch, nClientRequest: RecorderSetRequests_14($s, $n, pc$882).nClientRequest, nRestart: $r883.nRestart, nTimeout: $r883.nTimeout, nTransaction: RecorderSetTransactionNum_14($s, $n, pc$882).nTransaction, pc: RecorderSetPc_14($s, $n, pc$882).pc }))(RecorderSetFailure_14($s, $n, pc$882)))) return
    $k($n)
    }
    }
    }
    const $m890 = $n.mark()
    or891: {
    if (!((exist$879 ??= (((index$878 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$829 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) > 0) && ((index$878 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$829 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or891
    if (!($n.bind(16, $s.violatedInvariants))) break or891
    $k889()
    }
    $n.undo($m890)
    or892: {
    if (!(!(exist$879 ??= (((index$878 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$829 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) > 0) && ((index$878 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$829 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or892
    if (!(T.printT("Exception: Follower receives PROPOSE, while txn is neither the next nor exists in history."))) break or892
    if (!$n.bind(16, ({ ...$s.violatedInvariants, proposalInconsistent: true }))) break or892
    $k889()
    }
    $n.undo($m890)
    }
    }
    $n.undo($m857)
    }
  }
  /** LeaderProcessACK(i, j) as an action: tla/specs/Zab.tla, lines 1005-1049. */
  function LeaderProcessACK_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsLeader($s, $n, i_))) return
    if (!(PendingACK($s, $n, i_, j_))) return
    {
    let msg$893: MsgsOfOfItem | undefined
    let infoOk$894: boolean | undefined
    let index$895: number | undefined
    let exist$896: boolean | undefined
    let outstanding$897: boolean | undefined
    let hasCommitted$898: boolean | undefined
    let ackIndex$901: number | undefined
    let monotonicallyInc$902: boolean | undefined
    if (!((infoOk$894 ??= IsMyLearner($s, $n, i_, j_)))) return
    const $m926 = $n.mark()
    or927: {
    if (!((exist$896 ??= (((index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) >= 1) && ((index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or927
    const $k1007 = (): void => {
    {
    let txn$928: HistoryOfItem | undefined
    let txnAfterAddAck$929: HistoryOfItem | undefined
    if (!$n.bind(4, R.setAt($s.history, i_, (($k930: number) => R.setAt($s.history[i_]!, $k930 - 1, (txnAfterAddAck$929 ??= ({ ackSid: ((txn$928 ??= R.at($s.history[i_]!, (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).ackSid | ((1 << j_))), epoch: (txn$928 ??= R.at($s.history[i_]!, (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).epoch, value: (txn$928 ??= R.at($s.history[i_]!, (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).value, zxid: (txn$928 ??= R.at($s.history[i_]!, (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).zxid }))))((index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))))) return
    const $m938 = $n.mark()
    or939: {
    const $k949 = (): void => {
    const i$940 = j_
    const j$941 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$940]![j$941]!.length === 0) ? R.setAt($s.msgs, i$940, R.setAt($s.msgs[i$940]!, j$941, R.tail($s.msgs[i$940]![j$941]!))) : $s.msgs))) return
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(5, $s.lastCommitted))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$942 = (["LeaderProcessACK", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r943: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_15($s, $n, pc$942).maxEpoch, nClientRequest: RecorderSetRequests_15($s, $n, pc$942).nClientRequest, nRestart: $r943.nRestart, nTimeout: $r943.nTimeout, nTransaction: RecorderSetTransactionNum_15($s, $n, pc$942).nTransaction, pc: RecorderSetPc_15($s, $n, pc$942).pc }))(RecorderSetFailure_15($s, $n, pc$942)))) return
    $k($n)
    }
    }
    }
    const $m950 = $n.mark()
    or951: {
    if (!(!(outstanding$897 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or951
    $k949()
    }
    $n.undo($m950)
    or952: {
    if (!((hasCommitted$898 ??= !ZxidCompare($s, $n, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), $s.lastCommitted[i_]!.zxid)))) break or952
    $k949()
    }
    $n.undo($m950)
    }
    $n.undo($m938)
    or953: {
    if (!((outstanding$897 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or953
    if (!(!(hasCommitted$898 ??= !ZxidCompare($s, $n, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid), $s.lastCommitted[i_]!.zxid)))) break or953
    const s$954 = i_
    const index$955 = (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))
    const zxid$956 = R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)
    const newTxn$957 = (txnAfterAddAck$929 ??= ({ ackSid: ((txn$928 ??= R.at($s.history[i_]!, (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).ackSid | ((1 << j_))), epoch: (txn$928 ??= R.at($s.history[i_]!, (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).epoch, value: (txn$928 ??= R.at($s.history[i_]!, (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).value, zxid: (txn$928 ??= R.at($s.history[i_]!, (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))).zxid }))
    const follower$958 = j_
    // LeaderTryToCommit: tla/specs/Zab.tla, lines 970-999
    {
    {
    let allTxnsBeforeCommitted$959: boolean | undefined
    let hasAllQuorums$960: boolean | undefined
    let ordered$961: boolean | undefined
    const $m969 = $n.mark()
    or970: {
    const $k980 = (): void => {
    const i$971 = follower$958
    const j$972 = s$954
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$971]![j$972]!.length === 0) ? R.setAt($s.msgs, i$971, R.setAt($s.msgs[i$971]!, j$972, R.tail($s.msgs[i$971]![j$972]!))) : $s.msgs))) return
    if (!($n.bind(16, $s.violatedInvariants) && $n.bind(5, $s.lastCommitted))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$973 = (["LeaderProcessACK", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r974: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_15($s, $n, pc$973).maxEpoch, nClientRequest: RecorderSetRequests_15($s, $n, pc$973).nClientRequest, nRestart: $r974.nRestart, nTimeout: $r974.nTimeout, nTransaction: RecorderSetTransactionNum_15($s, $n, pc$973).nTransaction, pc: RecorderSetPc_15($s, $n, pc$973).pc }))(RecorderSetFailure_15($s, $n, pc$973)))) return
    $k($n)
    }
    }
    }
    const $m981 = $n.mark()
    or982: {
    if (!(!(allTxnsBeforeCommitted$959 ??= ($s.lastCommitted[s$954]!.index >= (index$955 - 1))))) break or982
    $k980()
    }
    $n.undo($m981)
    or983: {
    if (!(!(hasAllQuorums$960 ??= IsQuorum($s, $n, newTxn$957.ackSid)))) break or983
    $k980()
    }
    $n.undo($m981)
    }
    $n.undo($m969)
    or984: {
    if (!((allTxnsBeforeCommitted$959 ??= ($s.lastCommitted[s$954]!.index >= (index$955 - 1))))) break or984
    if (!((hasAllQuorums$960 ??= IsQuorum($s, $n, newTxn$957.ackSid)))) break or984
    const $k1003 = (): void => {
    if (!$n.bind(5, R.setAt($s.lastCommitted, s$954, ({ index: index$955, zxid: zxid$956 })))) return
    {
    let m_commit$985: { readonly mtype: number; readonly mzxid: ReadonlyArray<number> } | undefined
    const i$986 = s$954
    const j$987 = follower$958
    const m$988 = (m_commit$985 ??= ({ mtype: -6, mzxid: zxid$956 }))
    // DiscardAndBroadcast: tla/specs/Zab.tla, lines 244-252
    {
    {
    let ackldRecv_quorum$990: ReadonlyArray<AckldRecvOfItem> | undefined
    let sid_ackldRecv$992: number | undefined
    if (!$n.bind(13, (($o993: ReadonlyArray<ReadonlyArray<ReadonlyArray<MsgsOfOfItem>>>) => R.setAt($o993, i$986, R.arrayOf(nServers, ($x994: number) => (((((sid_ackldRecv$992 ??= (ackldRecv_quorum$990 ??= $s.ackldRecv[i$986]!.filter(($f989: AckldRecvOfItem): boolean => ($f989.connected === true))).reduce((m: number, $m991: AckldRecvOfItem) => m | (1 << $m991.sid), 0)) >> $x994) & 1) === 1 && (($s.learners[i$986]! >> $x994) & 1) === 1 && !($x994 === i$986)) ? [...$s.msgs[i$986]![$x994]!, (($r995) => ({ $v: 3, mdata: undefined, mepoch: undefined, mhistory: undefined, mtype: $r995.mtype, mzxid: $r995.mzxid }))(m$988)] : $s.msgs[i$986]![$x994]!))))(R.setAt($s.msgs, j$987, R.setAt($s.msgs[j$987]!, i$986, R.tail($s.msgs[j$987]![i$986]!)))))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$996 = (["LeaderProcessACK", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r997: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_15($s, $n, pc$996).maxEpoch, nClientRequest: RecorderSetRequests_15($s, $n, pc$996).nClientRequest, nRestart: $r997.nRestart, nTimeout: $r997.nTimeout, nTransaction: RecorderSetTransactionNum_15($s, $n, pc$996).nTransaction, pc: RecorderSetPc_15($s, $n, pc$996).pc }))(RecorderSetFailure_15($s, $n, pc$996)))) return
    $k($n)
    }
    }
    }
    }
    }
    const $m1004 = $n.mark()
    or1005: {
    if (!(!(ordered$961 ??= (($s.lastCommitted[s$954]!.index + 1) === index$955)))) break or1005
    if (!(T.printT(T.concat(T.concat("Warn: Committing zxid ", T.show(T.tuple(zxid$956.map((e) => e)))), " not first.")))) break or1005
    if (!$n.bind(16, ({ ...$s.violatedInvariants, commitInconsistent: true }))) break or1005
    $k1003()
    }
    $n.undo($m1004)
    or1006: {
    if (!((ordered$961 ??= (($s.lastCommitted[s$954]!.index + 1) === index$955)))) break or1006
    if (!($n.bind(16, $s.violatedInvariants))) break or1006
    $k1003()
    }
    $n.undo($m1004)
    }
    $n.undo($m969)
    }
    }
    }
    $n.undo($m938)
    }
    }
    const $m1008 = $n.mark()
    or1009: {
    if (!(((ackIndex$901 ??= LastAckIndexFromFollower($s, $n, i_, j_)) === -1))) break or1009
    $k1007()
    }
    $n.undo($m1008)
    or1010: {
    if (!((((ackIndex$901 ??= LastAckIndexFromFollower($s, $n, i_, j_)) + 1) === (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))))) break or1010
    $k1007()
    }
    $n.undo($m1008)
    }
    $n.undo($m926)
    or1011: {
    const $k1021 = (): void => {
    if (!(T.printT("Exception: No such zxid.  / ackIndex doesn't inc monotonically."))) return
    if (!$n.bind(16, ({ ...$s.violatedInvariants, ackInconsistent: true }))) return
    const i$1012 = j_
    const j$1013 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$1012]![j$1013]!.length === 0) ? R.setAt($s.msgs, i$1012, R.setAt($s.msgs[i$1012]!, j$1013, R.tail($s.msgs[i$1012]![j$1013]!))) : $s.msgs))) return
    if (!($n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$1014 = (["LeaderProcessACK", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r1015: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_15($s, $n, pc$1014).maxEpoch, nClientRequest: RecorderSetRequests_15($s, $n, pc$1014).nClientRequest, nRestart: $r1015.nRestart, nTimeout: $r1015.nTimeout, nTransaction: RecorderSetTransactionNum_15($s, $n, pc$1014).nTransaction, pc: RecorderSetPc_15($s, $n, pc$1014).pc }))(RecorderSetFailure_15($s, $n, pc$1014)))) return
    $k($n)
    }
    }
    }
    const $m1022 = $n.mark()
    or1023: {
    if (!(!(exist$896 ??= (((index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) >= 1) && ((index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))) <= $s.history[i_]!.length))))) break or1023
    $k1021()
    }
    $n.undo($m1022)
    or1024: {
    if (!(!(monotonicallyInc$902 ??= (((ackIndex$901 ??= LastAckIndexFromFollower($s, $n, i_, j_)) === -1) || (((ackIndex$901 ??= LastAckIndexFromFollower($s, $n, i_, j_)) + 1) === (index$895 ??= ZxidToIndex($s, $n, $s.history[i_]!, R.defined((msg$893 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid)))))))) break or1024
    $k1021()
    }
    $n.undo($m1022)
    }
    $n.undo($m926)
    }
  }
  /** FollowerProcessCOMMIT(i, j) as an action: tla/specs/Zab.tla, lines 1049-1078. */
  function FollowerProcessCOMMIT_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number, j_: number): void {
    if (!(IsFollower($s, $n, i_))) return
    if (!(PendingCOMMIT($s, $n, i_, j_))) return
    {
    let msg$1025: MsgsOfOfItem | undefined
    let infoOk$1026: boolean | undefined
    let pending$1027: boolean | undefined
    if (!((infoOk$1026 ??= IsMyLeader($s, $n, i_, j_)))) return
    const $k1053 = (): void => {
    const i$1028 = j_
    const j$1029 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$1028]![j$1029]!.length === 0) ? R.setAt($s.msgs, i$1028, R.setAt($s.msgs[i$1028]!, j$1029, R.tail($s.msgs[i$1028]![j$1029]!))) : $s.msgs))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    const pc$1030 = (["FollowerProcessCOMMIT", i_, j_] as readonly [string, number, number])
    // UpdateRecorder: tla/specs/Zab.tla, lines 175-177
    {
    if (!$n.bind(17, (($r1047: { readonly nRestart: number; readonly nTimeout: number }) => ({ maxEpoch: RecorderSetMaxEpoch_16($s, $n, pc$1030).maxEpoch, nClientRequest: RecorderSetRequests_16($s, $n, pc$1030).nClientRequest, nRestart: $r1047.nRestart, nTimeout: $r1047.nTimeout, nTransaction: RecorderSetTransactionNum_16($s, $n, pc$1030).nTransaction, pc: RecorderSetPc_16($s, $n, pc$1030).pc }))(RecorderSetFailure_16($s, $n, pc$1030)))) return
    $k($n)
    }
    }
    }
    const $m1054 = $n.mark()
    or1055: {
    if (!(!(pending$1027 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or1055
    if (!(T.printT("Warn: Committing zxid without seeing txn."))) break or1055
    if (!($n.bind(5, $s.lastCommitted) && $n.bind(16, $s.violatedInvariants))) break or1055
    $k1053()
    }
    $n.undo($m1054)
    or1056: {
    if (!((pending$1027 ??= ($s.lastCommitted[i_]!.index < $s.history[i_]!.length)))) break or1056
    {
    let firstElement$1057: HistoryOfItem | undefined
    let match$1058: boolean | undefined
    const $m1059 = $n.mark()
    or1060: {
    if (!(!(match$1058 ??= ZxidEqual($s, $n, (firstElement$1057 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid, R.defined((msg$1025 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or1060
    if (!(T.printT("Exception: Committing zxid not equals next pending txn zxid."))) break or1060
    if (!$n.bind(16, ({ ...$s.violatedInvariants, commitInconsistent: true }))) break or1060
    if (!($n.bind(5, $s.lastCommitted))) break or1060
    $k1053()
    }
    $n.undo($m1059)
    or1061: {
    if (!((match$1058 ??= ZxidEqual($s, $n, (firstElement$1057 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid, R.defined((msg$1025 ??= R.at($s.msgs[j_]![i_]!, 1)).mzxid))))) break or1061
    if (!$n.bind(5, R.setAt($s.lastCommitted, i_, ({ index: ($s.lastCommitted[i_]!.index + 1), zxid: (firstElement$1057 ??= R.at($s.history[i_]!, ($s.lastCommitted[i_]!.index + 1))).zxid })))) break or1061
    if (!($n.bind(16, $s.violatedInvariants))) break or1061
    $k1053()
    }
    $n.undo($m1059)
    }
    }
    $n.undo($m1054)
    }
  }
  /** FilterNonexistentMessage(i) as an action: tla/specs/Zab.tla, lines 1081-1117. */
  function FilterNonexistentMessage_act($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, i_: number): void {
    const $m1062 = $n.mark()
    for (let $w1063 = 0; $w1063 < nServers; $w1063++) { if ((((ALL & ~((1 << i_))) >> $w1063) & 1) === 0) continue
    $n.undo($m1062)
    if (!(!($s.msgs[$w1063]![i_]!.length === 0))) continue
    {
    let msg$1064: MsgsOfOfItem | undefined
    const $k1067 = (): void => {
    const i$1065 = $w1063
    const j$1066 = i_
    // Discard: tla/specs/Zab.tla, lines 215-216
    {
    if (!$n.bind(13, (!($s.msgs[i$1065]![j$1066]!.length === 0) ? R.setAt($s.msgs, i$1065, R.setAt($s.msgs[i$1065]!, j$1066, R.tail($s.msgs[i$1065]![j$1066]!))) : $s.msgs))) return
    if (!$n.bind(16, ({ ...$s.violatedInvariants, messageIllegal: true }))) return
    if (!($n.bind(0, $s.state) && $n.bind(1, $s.zabState) && $n.bind(2, $s.acceptedEpoch) && $n.bind(3, $s.currentEpoch) && $n.bind(4, $s.history) && $n.bind(5, $s.lastCommitted) && $n.bind(6, $s.learners) && $n.bind(7, $s.cepochRecv) && $n.bind(8, $s.ackeRecv) && $n.bind(9, $s.ackldRecv) && $n.bind(10, $s.sendCounter) && $n.bind(11, $s.connectInfo) && $n.bind(12, $s.leaderOracle) && $n.bind(15, $s.proposalMsgsLog) && $n.bind(14, $s.epochLeader))) return
    // UnchangeRecorder: tla/specs/Zab.tla, lines 178-178
    {
    if (!($n.bind(17, $s.recorder))) return
    $k($n)
    }
    }
    }
    const $m1068 = $n.mark()
    or1069: {
    if (!(IsLeader($s, $n, i_))) break or1069
    {
    let infoOk$1070: boolean | undefined
    const $m1071 = $n.mark()
    or1072: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -13))) break or1072
    $k1067()
    }
    $n.undo($m1071)
    or1073: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -14))) break or1073
    $k1067()
    }
    $n.undo($m1071)
    or1074: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -7))) break or1074
    $k1067()
    }
    $n.undo($m1071)
    or1075: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -16))) break or1075
    $k1067()
    }
    $n.undo($m1071)
    or1076: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -6))) break or1076
    $k1067()
    }
    $n.undo($m1071)
    or1077: {
    if (!(!(infoOk$1070 ??= IsMyLearner($s, $n, i_, $w1063)))) break or1077
    const $m1078 = $n.mark()
    or1079: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -5))) break or1079
    $k1067()
    }
    $n.undo($m1078)
    or1080: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -2))) break or1080
    $k1067()
    }
    $n.undo($m1078)
    or1081: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -3))) break or1081
    $k1067()
    }
    $n.undo($m1078)
    or1082: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -1))) break or1082
    $k1067()
    }
    $n.undo($m1078)
    }
    $n.undo($m1071)
    }
    }
    $n.undo($m1068)
    or1083: {
    if (!(IsFollower($s, $n, i_))) break or1083
    {
    let infoOk$1084: boolean | undefined
    const $m1085 = $n.mark()
    or1086: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -5))) break or1086
    $k1067()
    }
    $n.undo($m1085)
    or1087: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -2))) break or1087
    $k1067()
    }
    $n.undo($m1085)
    or1088: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -3))) break or1088
    $k1067()
    }
    $n.undo($m1085)
    or1089: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -1))) break or1089
    $k1067()
    }
    $n.undo($m1085)
    or1090: {
    if (!(!(infoOk$1084 ??= IsMyLeader($s, $n, i_, $w1063)))) break or1090
    const $m1091 = $n.mark()
    or1092: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -13))) break or1092
    $k1067()
    }
    $n.undo($m1091)
    or1093: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -14))) break or1093
    $k1067()
    }
    $n.undo($m1091)
    or1094: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -7))) break or1094
    $k1067()
    }
    $n.undo($m1091)
    or1095: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -16))) break or1095
    $k1067()
    }
    $n.undo($m1091)
    or1096: {
    if (!((R.defined((msg$1064 ??= R.at($s.msgs[$w1063]![i_]!, 1)).mtype) === -6))) break or1096
    $k1067()
    }
    $n.undo($m1091)
    }
    $n.undo($m1085)
    }
    }
    $n.undo($m1068)
    or1097: {
    if (!(IsLooking($s, $n, i_))) break or1097
    $k1067()
    }
    $n.undo($m1068)
    }
    }
    $n.undo($m1062)
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
  /** Every successor of $s in Next's order (the actions in order, each over its argument tuples in order): emit(t, a, x) for a successor by action a at its x-th tuple. */
  function successors($s: TypedState, emit: (t: TypedState, a: number, x: number) => void): void {
    const saved = emitting
    let a = 0
    let x = 0
    emitting = (t) => emit(t, a, x)
    const p = partials.take()
    try {
      a = 0 // UpdateLeader
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsLooking_2($s, null, $i) && !($s.leaderOracle === $i))) continue
        x = $i
        UpdateLeader_act($s, p, complete, $i)
        p.undo(0)
      }
      a = 1 // FollowLeader
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsLooking_2($s, null, $i) && !($s.leaderOracle === -15))) continue
        x = $i
        FollowLeader_act($s, p, complete, $i)
        p.undo(0)
      }
      a = 2 // Timeout
      if (CheckTimeout_2($s, null)) {
        for (let $i = 0; $i < nServers; $i++) {
          if (!(IsLeader_2($s, null, $i))) continue
          for (let $j = 0; $j < nServers; $j++) {
            x = $i * nServers + $j
            Timeout_act($s, p, complete, $i, $j)
            p.undo(0)
          }
        }
      }
      a = 3 // Restart
      if (CheckRestart_2($s, null)) {
        for (let $i = 0; $i < nServers; $i++) {
          x = $i
          Restart_act($s, p, complete, $i)
          p.undo(0)
        }
      }
      a = 4 // ConnectAndFollowerSendCEPOCH
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsLeader_2($s, null, $i))) continue
        for (let $j = 0; $j < nServers; $j++) {
          x = $i * nServers + $j
          ConnectAndFollowerSendCEPOCH_act($s, p, complete, $i, $j)
          p.undo(0)
        }
      }
      a = 5 // LeaderProcessCEPOCH
      if (CheckEpoch_2($s, null)) {
        for (let $i = 0; $i < nServers; $i++) {
          if (!(IsLeader_2($s, null, $i))) continue
          for (let $j = 0; $j < nServers; $j++) {
            x = $i * nServers + $j
            LeaderProcessCEPOCH_act($s, p, complete, $i, $j)
            p.undo(0)
          }
        }
      }
      a = 6 // FollowerProcessNEWEPOCH
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsFollower_2($s, null, $i))) continue
        for (let $j = 0; $j < nServers; $j++) {
          x = $i * nServers + $j
          FollowerProcessNEWEPOCH_act($s, p, complete, $i, $j)
          p.undo(0)
        }
      }
      a = 7 // LeaderProcessACKEPOCH
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsLeader_2($s, null, $i))) continue
        for (let $j = 0; $j < nServers; $j++) {
          x = $i * nServers + $j
          LeaderProcessACKEPOCH_act($s, p, complete, $i, $j)
          p.undo(0)
        }
      }
      a = 8 // FollowerProcessNEWLEADER
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsFollower_2($s, null, $i))) continue
        for (let $j = 0; $j < nServers; $j++) {
          x = $i * nServers + $j
          FollowerProcessNEWLEADER_act($s, p, complete, $i, $j)
          p.undo(0)
        }
      }
      a = 9 // LeaderProcessACKLD
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsLeader_2($s, null, $i))) continue
        for (let $j = 0; $j < nServers; $j++) {
          x = $i * nServers + $j
          LeaderProcessACKLD_act($s, p, complete, $i, $j)
          p.undo(0)
        }
      }
      a = 10 // FollowerProcessCOMMITLD
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsFollower_2($s, null, $i))) continue
        for (let $j = 0; $j < nServers; $j++) {
          x = $i * nServers + $j
          FollowerProcessCOMMITLD_act($s, p, complete, $i, $j)
          p.undo(0)
        }
      }
      a = 11 // LeaderProcessRequest
      if (CheckTransactionNum_2($s, null)) {
        for (let $i = 0; $i < nServers; $i++) {
          if (!(IsLeader_2($s, null, $i) && ($s.zabState[$i]! === -4))) continue
          x = $i
          LeaderProcessRequest_act($s, p, complete, $i)
          p.undo(0)
        }
      }
      a = 12 // LeaderBroadcastPROPOSE
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsLeader_2($s, null, $i) && ($s.zabState[$i]! === -4) && ($s.sendCounter[$i]! < CurrentCounter_2($s, null, $i)))) continue
        x = $i
        LeaderBroadcastPROPOSE_act($s, p, complete, $i)
        p.undo(0)
      }
      a = 13 // FollowerProcessPROPOSE
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsFollower_2($s, null, $i))) continue
        for (let $j = 0; $j < nServers; $j++) {
          x = $i * nServers + $j
          FollowerProcessPROPOSE_act($s, p, complete, $i, $j)
          p.undo(0)
        }
      }
      a = 14 // LeaderProcessACK
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsLeader_2($s, null, $i))) continue
        for (let $j = 0; $j < nServers; $j++) {
          x = $i * nServers + $j
          LeaderProcessACK_act($s, p, complete, $i, $j)
          p.undo(0)
        }
      }
      a = 15 // FollowerProcessCOMMIT
      for (let $i = 0; $i < nServers; $i++) {
        if (!(IsFollower_2($s, null, $i))) continue
        for (let $j = 0; $j < nServers; $j++) {
          x = $i * nServers + $j
          FollowerProcessCOMMIT_act($s, p, complete, $i, $j)
          p.undo(0)
        }
      }
      a = 16 // FilterNonexistentMessage
      for (let $i = 0; $i < nServers; $i++) {
        x = $i
        FilterNonexistentMessage_act($s, p, complete, $i)
        p.undo(0)
      }
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
      successors,
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
