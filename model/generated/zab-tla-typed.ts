// Generated from tla/specs/Zab.tla by the TLA+ translator (tla/); do not edit. `npm run tla:gen` regenerates it,
// and a test fails if this file differs from a fresh translation.
/* eslint-disable */
import type { Constants, State } from "./zab-tla.js"
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
}

/** The representation for these constants (Server numbered in its order; the generic places numbered by a ValueInterner of its own). */
export function typedRepresentation(constants: Constants): TypedRepresentation {
  const servers = T.elems(constants.Server)
  const n = servers.length
  const interner = new T.ValueInterner()
  /** A model value's number: a server's index in Server, another constant's -1 - its index among names. */
  const atomCode = (v: T.Value, indexed: boolean, names: ReadonlyArray<string>): number => {
    const k = indexed ? servers.indexOf(v) : -1
    if (k >= 0) return k
    const c = names.findIndex((name) => constants[name as keyof Constants] === v)
    if (c < 0) throw new Error(`${T.show(v)} is none of the model values ${names.join(", ")}${indexed ? " or a server" : ""}`)
    return -1 - c
  }
  const atomValue = (code: number, names: ReadonlyArray<string>): T.Value => (code >= 0 ? servers[code]! : constants[names[-1 - code]! as keyof Constants])
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
    return T.sortedRecord(["connected","epoch","sid"], [x.connected, x.epoch, atomValue(x.sid, [])])
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
    return T.sortedRecord(["connected","peerHistory","peerLastEpoch","sid"], [x.connected, T.tuple(x.peerHistory.map((e) => fromTypedHistoryOfItem(e))), x.peerLastEpoch, atomValue(x.sid, [])])
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
    return T.sortedRecord(["connected","sid"], [x.connected, atomValue(x.sid, [])])
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
      case 0: return T.sortedRecord(["mdata","mtype","mzxid"], [x.mdata!, atomValue(x.mtype!, ["ACK","ACKEPOCH","ACKLD","CEPOCH","COMMIT","COMMITLD","NEWEPOCH","NEWLEADER","PROPOSE"]), T.tuple(x.mzxid!.map((e) => e))])
      case 1: return T.sortedRecord(["mepoch","mhistory","mtype"], [x.mepoch!, T.tuple(x.mhistory!.map((e) => fromTypedHistoryOfItem(e))), atomValue(x.mtype!, ["ACK","ACKEPOCH","ACKLD","CEPOCH","COMMIT","COMMITLD","NEWEPOCH","NEWLEADER","PROPOSE"])])
      case 2: return T.sortedRecord(["mepoch","mtype"], [x.mepoch!, atomValue(x.mtype!, ["ACK","ACKEPOCH","ACKLD","CEPOCH","COMMIT","COMMITLD","NEWEPOCH","NEWLEADER","PROPOSE"])])
      case 3: return T.sortedRecord(["mtype","mzxid"], [atomValue(x.mtype!, ["ACK","ACKEPOCH","ACKLD","CEPOCH","COMMIT","COMMITLD","NEWEPOCH","NEWLEADER","PROPOSE"]), T.tuple(x.mzxid!.map((e) => e))])
    }
    throw new Error("no record variant " + x.$v)
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
    return T.sortedRecord(["data","epoch","source","zxid"], [x.data, x.epoch, atomValue(x.source, []), T.tuple(x.zxid.map((e) => e))])
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

  function cmpCepochRecvOfItem(a: CepochRecvOfItem, b: CepochRecvOfItem): number {
    return (Number(a.connected) - Number(b.connected)) || (a.epoch - b.epoch) || (a.sid - b.sid)
  }

  function cmpAckeRecvOfItem(a: AckeRecvOfItem, b: AckeRecvOfItem): number {
    return (Number(a.connected) - Number(b.connected)) || R.compareArrays(a.peerHistory, b.peerHistory, (p, q) => cmpHistoryOfItem(p, q)) || (a.peerLastEpoch - b.peerLastEpoch) || (a.sid - b.sid)
  }

  function cmpHistoryOfItem(a: HistoryOfItem, b: HistoryOfItem): number {
    return (a.ackSid - b.ackSid) || (a.epoch - b.epoch) || (a.value - b.value) || R.compareArrays(a.zxid, b.zxid, (p, q) => (p - q))
  }

  function cmpAckldRecvOfItem(a: AckldRecvOfItem, b: AckldRecvOfItem): number {
    return (Number(a.connected) - Number(b.connected)) || (a.sid - b.sid)
  }

  function cmpProposalMsgsLogItem(a: ProposalMsgsLogItem, b: ProposalMsgsLogItem): number {
    return (a.data - b.data) || (a.epoch - b.epoch) || (a.source - b.source) || R.compareArrays(a.zxid, b.zxid, (p, q) => (p - q))
  }

  return {
    servers,
    encode: (s: TypedState, w: R.WordWriter): void => {
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
    },
    decode: (r: R.WordReader): TypedState => {
      const state = R.arrayOf(n, () => r.get())
      const zabState = R.arrayOf(n, () => r.get())
      const acceptedEpoch = R.arrayOf(n, () => r.get())
      const currentEpoch = R.arrayOf(n, () => r.get())
      const history = R.arrayOf(n, () => R.arrayOf(r.get(), () => decHistoryOfItem(r)))
      const lastCommitted = R.arrayOf(n, () => decLastCommittedOf(r))
      const learners = R.arrayOf(n, () => r.get())
      const cepochRecv = R.arrayOf(n, () => R.arrayOf(r.get(), () => decCepochRecvOfItem(r)))
      const ackeRecv = R.arrayOf(n, () => R.arrayOf(r.get(), () => decAckeRecvOfItem(r)))
      const ackldRecv = R.arrayOf(n, () => R.arrayOf(r.get(), () => decAckldRecvOfItem(r)))
      const sendCounter = R.arrayOf(n, () => r.get())
      const connectInfo = R.arrayOf(n, () => r.get())
      const leaderOracle = r.get()
      const msgs = R.arrayOf(n, () => R.arrayOf(n, () => R.arrayOf(r.get(), () => decMsgsOfOfItem(r))))
      const epochLeader = ((): { keys: Array<number>; vals: Array<number> } => { const keys: Array<number> = []; const vals: Array<number> = []; for (let $l = r.get(); $l > 0; $l--) { keys.push(r.get()); vals.push(r.get()) } return { keys, vals } })()
      const proposalMsgsLog = R.arrayOf(r.get(), () => decProposalMsgsLogItem(r))
      const violatedInvariants = decViolatedInvariants(r)
      const recorder = decRecorder(r)
      return { state, zabState, acceptedEpoch, currentEpoch, history, lastCommitted, learners, cepochRecv, ackeRecv, ackldRecv, sendCounter, connectInfo, leaderOracle, msgs, epochLeader, proposalMsgsLog, violatedInvariants, recorder }
    },
    toTyped: (s: State): TypedState => ({ state: servers.map((server0) => atomCode(T.apply(s.state, server0), false, ["FOLLOWING","LEADING","LOOKING"])), zabState: servers.map((server1) => atomCode(T.apply(s.zabState, server1), false, ["BROADCAST","DISCOVERY","ELECTION","SYNCHRONIZATION"])), acceptedEpoch: servers.map((server2) => T.int(T.apply(s.acceptedEpoch, server2))), currentEpoch: servers.map((server3) => T.int(T.apply(s.currentEpoch, server3))), history: servers.map((server4) => T.seq(T.apply(s.history, server4)).items.map((e) => toTypedHistoryOfItem(e))), lastCommitted: servers.map((server5) => toTypedLastCommittedOf(T.apply(s.lastCommitted, server5))), learners: servers.map((server6) => T.elems(T.apply(s.learners, server6)).reduce<number>((m, s) => m | (1 << atomCode(s, true, [])), 0)), cepochRecv: servers.map((server7) => R.sortedArray(T.elems(T.apply(s.cepochRecv, server7)).map((e) => toTypedCepochRecvOfItem(e)), (p, q) => cmpCepochRecvOfItem(p, q))), ackeRecv: servers.map((server8) => R.sortedArray(T.elems(T.apply(s.ackeRecv, server8)).map((e) => toTypedAckeRecvOfItem(e)), (p, q) => cmpAckeRecvOfItem(p, q))), ackldRecv: servers.map((server9) => R.sortedArray(T.elems(T.apply(s.ackldRecv, server9)).map((e) => toTypedAckldRecvOfItem(e)), (p, q) => cmpAckldRecvOfItem(p, q))), sendCounter: servers.map((server10) => T.int(T.apply(s.sendCounter, server10))), connectInfo: servers.map((server11) => atomCode(T.apply(s.connectInfo, server11), true, ["NullPoint"])), leaderOracle: atomCode(s.leaderOracle, true, ["NullPoint"]), msgs: servers.map((server12) => servers.map((server13) => T.seq(T.apply(T.apply(s.msgs, server12), server13)).items.map((e) => toTypedMsgsOfOfItem(e)))), epochLeader: R.fnEntries(s.epochLeader, (k) => T.int(k), (e) => T.elems(e).reduce<number>((m, s) => m | (1 << atomCode(s, true, [])), 0)), proposalMsgsLog: R.sortedArray(T.elems(s.proposalMsgsLog).map((e) => toTypedProposalMsgsLogItem(e)), (p, q) => cmpProposalMsgsLogItem(p, q)), violatedInvariants: toTypedViolatedInvariants(s.violatedInvariants), recorder: toTypedRecorder(s.recorder) }),
    fromTyped: (s: TypedState): State => ({ state: T.fnOf(servers, s.state.map((e) => atomValue(e, ["FOLLOWING","LEADING","LOOKING"]))), zabState: T.fnOf(servers, s.zabState.map((e) => atomValue(e, ["BROADCAST","DISCOVERY","ELECTION","SYNCHRONIZATION"]))), acceptedEpoch: T.fnOf(servers, s.acceptedEpoch.map((e) => e)), currentEpoch: T.fnOf(servers, s.currentEpoch.map((e) => e)), history: T.fnOf(servers, s.history.map((e) => T.tuple(e.map((e) => fromTypedHistoryOfItem(e))))), lastCommitted: T.fnOf(servers, s.lastCommitted.map((e) => fromTypedLastCommittedOf(e))), learners: T.fnOf(servers, s.learners.map((e) => T.setOf(servers.filter((_, k) => ((e >> k) & 1) === 1)))), cepochRecv: T.fnOf(servers, s.cepochRecv.map((e) => T.setOf(e.map((e) => fromTypedCepochRecvOfItem(e))))), ackeRecv: T.fnOf(servers, s.ackeRecv.map((e) => T.setOf(e.map((e) => fromTypedAckeRecvOfItem(e))))), ackldRecv: T.fnOf(servers, s.ackldRecv.map((e) => T.setOf(e.map((e) => fromTypedAckldRecvOfItem(e))))), sendCounter: T.fnOf(servers, s.sendCounter.map((e) => e)), connectInfo: T.fnOf(servers, s.connectInfo.map((e) => atomValue(e, ["NullPoint"]))), leaderOracle: atomValue(s.leaderOracle, ["NullPoint"]), msgs: T.fnOf(servers, s.msgs.map((e) => T.fnOf(servers, e.map((e) => T.tuple(e.map((e) => fromTypedMsgsOfOfItem(e))))))), epochLeader: T.fnOf(s.epochLeader.keys.map((k) => k), s.epochLeader.vals.map((e) => T.setOf(servers.filter((_, k) => ((e >> k) & 1) === 1)))), proposalMsgsLog: T.setOf(s.proposalMsgsLog.map((e) => fromTypedProposalMsgsLogItem(e))), violatedInvariants: fromTypedViolatedInvariants(s.violatedInvariants), recorder: fromTypedRecorder(s.recorder) }),
  }
}
