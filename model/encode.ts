/**
 * A compact canonical byte encoding of model states, its decoder, and a 64-bit fingerprint of it.
 *
 * Two states encode to the same bytes exactly when they are equal as TLA+ values (sets are kept in canonical
 * order by the actions, see state.ts), so fingerprints of encodings count distinct states as TLC does. The
 * explorer keeps its BFS queue as these bytes, a few dozen to a few hundred per state, instead of objects.
 *
 * Every number in a reachable state of the reference configurations is small (epochs, counters, values and
 * indexes below 255), so each is one byte; the encoder asserts it rather than silently wrapping.
 *
 * Symmetry: `encode` can write the state with its servers renamed by a permutation, which is how the
 * explorer finds the canonical representative of a state's orbit without building permuted objects.
 */
import { AssertionError } from "../impl/core/assert.js"
import { counterOf, epochOf, makeZxid } from "../impl/core/zxid.js"
import {
  type AckeInfo,
  type ActionName,
  type CepochInfo,
  type History,
  MAXEPOCH,
  type Message,
  type ModelState,
  type ProposalRecord,
  type ServerStateName,
  type Txn,
  type ZabStateName,
  actionNames,
  compareProposal,
} from "./model-state.js"

const serverStates: ReadonlyArray<ServerStateName> = ["LOOKING", "FOLLOWING", "LEADING"]
const zabStates: ReadonlyArray<ZabStateName> = ["ELECTION", "DISCOVERY", "SYNCHRONIZATION", "BROADCAST"]
const messageTypes: ReadonlyArray<Message["mtype"]> = ["CEPOCH", "NEWEPOCH", "ACKEPOCH", "NEWLEADER", "ACKLD", "COMMITLD", "PROPOSE", "ACK", "COMMIT"]
const pcActions: ReadonlyArray<"Init" | ActionName> = ["Init", ...actionNames]

function codes<K extends string>(names: ReadonlyArray<K>): Readonly<Record<K, number>> {
  return Object.fromEntries(names.map((x, k) => [x, k])) as Record<K, number>
}
const serverStateCode = codes(serverStates)
const zabStateCode = codes(zabStates)
const messageCode = codes(messageTypes)
const pcCode = codes(pcActions)

/** The largest state encoding accepted; far above any reference configuration's (a few hundred bytes). */
export const MAX_ENCODED_BYTES = 1 << 16

/** Writes states into a reusable buffer; `bytes[0 .. length)` is the encoding, zero-padded to 4 bytes. */
export class Encoder {
  readonly bytes = new Uint8Array(MAX_ENCODED_BYTES + 8)
  readonly words = new Uint32Array(this.bytes.buffer)
  length = 0
  private pos = 0
  // perm[old] = new server index; inv[new] = old. Identity unless a symmetry permutation is being tried.
  private readonly identity: ReadonlyArray<number>
  private perm: ReadonlyArray<number>
  private inv: ReadonlyArray<number>

  constructor(readonly servers: number) {
    this.identity = Array.from({ length: servers }, (_, k) => k)
    this.perm = this.identity
    this.inv = this.identity
  }

  private u8(v: number): void {
    if (v >>> 0 !== v || v > 255) throw new AssertionError(`model state value ${v} does not fit the one-byte encoding`)
    this.bytes[this.pos++] = v
  }

  private set(mask: number): void {
    let out = 0
    for (let k = 0; k < this.servers; k++) if ((mask >>> k) & 1) out |= 1 << this.perm[k]!
    this.u8(out)
  }

  private server(i: number | null): void {
    this.u8(i === null ? 0 : this.perm[i]! + 1)
  }

  private zxid(z: number): void {
    this.u8(epochOf(z))
    this.u8(counterOf(z))
  }

  private history(h: History): void {
    this.u8(h.length)
    for (const t of h) {
      this.zxid(t.zxid)
      this.u8(t.value)
      this.set(t.ackSid)
      this.u8(t.epoch)
    }
  }

  private message(m: Message): void {
    this.u8(messageCode[m.mtype])
    switch (m.mtype) {
      case "CEPOCH":
      case "NEWEPOCH":
        this.u8(m.mepoch)
        return
      case "ACKEPOCH":
      case "NEWLEADER":
        this.u8(m.mepoch)
        this.history(m.mhistory)
        return
      case "ACKLD":
      case "COMMITLD":
      case "ACK":
      case "COMMIT":
        this.zxid(m.mzxid)
        return
      case "PROPOSE":
        this.zxid(m.mzxid)
        this.u8(m.mdata)
        return
    }
  }

  /**
   * Records sorted by sid stay sorted by sid under renaming only if written in the new sid order: the
   * position in `records` of each record to write, in order.
   */
  private order(records: ReadonlyArray<{ readonly sid: number }>): ReadonlyArray<number> {
    const out: Array<number> = []
    for (let k = 0; k < this.servers; k++) {
      const old = this.inv[k]!
      for (let r = 0; r < records.length; r++) if (records[r]!.sid === old) out.push(r)
    }
    return out
  }

  private recvFlags(sid: number, connected: boolean): void {
    this.u8(this.perm[sid]! | (connected ? 16 : 0))
  }

  private cepochRecv(records: ReadonlyArray<CepochInfo>, identity: boolean): void {
    this.u8(records.length)
    const count = records.length
    const order = identity ? null : this.order(records)
    for (let k = 0; k < count; k++) {
      const r = records[order === null ? k : order[k]!]!
      this.recvFlags(r.sid, r.connected)
      this.u8(r.epoch)
    }
  }

  private ackeRecv(records: ReadonlyArray<AckeInfo>, identity: boolean): void {
    this.u8(records.length)
    const count = records.length
    const order = identity ? null : this.order(records)
    for (let k = 0; k < count; k++) {
      const r = records[order === null ? k : order[k]!]!
      this.recvFlags(r.sid, r.connected)
      this.u8(r.peerLastEpoch)
      this.history(r.peerHistory)
    }
  }

  private ackldRecv(records: ReadonlyArray<{ readonly sid: number; readonly connected: boolean }>, identity: boolean): void {
    this.u8(records.length)
    const count = records.length
    const order = identity ? null : this.order(records)
    for (let k = 0; k < count; k++) {
      const r = records[order === null ? k : order[k]!]!
      this.recvFlags(r.sid, r.connected)
    }
  }

  private proposals(log: ReadonlyArray<ProposalRecord>): void {
    this.u8(log.length)
    let ordered = log
    if (this.perm !== this.identity) {
      const perm = this.perm
      ordered = log.map((p) => ({ ...p, source: perm[p.source]! })).sort(compareProposal)
      for (const p of ordered) {
        this.u8(p.source)
        this.u8(p.epoch)
        this.zxid(p.zxid)
        this.u8(p.data)
      }
      return
    }
    for (const p of ordered) {
      this.u8(p.source)
      this.u8(p.epoch)
      this.zxid(p.zxid)
      this.u8(p.data)
    }
  }

  /** Encode `s`, with servers renamed by `perm` (perm[old] = new) when given. Returns the length. */
  encode(s: ModelState, perm?: ReadonlyArray<number>, inv?: ReadonlyArray<number>): number {
    const identityPerm = this.identity
    const identity = perm === undefined || inv === undefined
    this.perm = identity ? identityPerm : perm
    this.inv = identity ? identityPerm : inv
    this.pos = 0
    const n = this.servers
    const order = this.inv
    for (let k = 0; k < n; k++) {
      const i = order[k]!
      this.u8((serverStateCode[s.state[i]!] << 2) | zabStateCode[s.zabState[i]!])
      this.u8(s.acceptedEpoch[i]!)
      this.u8(s.currentEpoch[i]!)
      const lc = s.lastCommitted[i]!
      this.u8(lc.index + 1)
      this.zxid(lc.zxid)
      this.set(s.learners[i]!)
      this.u8(s.sendCounter[i]!)
      this.server(s.connectInfo[i]!)
      this.history(s.history[i]!)
      this.cepochRecv(s.cepochRecv[i]!, identity)
      this.ackeRecv(s.ackeRecv[i]!, identity)
      this.ackldRecv(s.ackldRecv[i]!, identity)
    }
    for (let a = 0; a < n; a++) {
      const row = s.msgs[order[a]!]!
      for (let b = 0; b < n; b++) {
        const channel = row[order[b]!]!
        this.u8(channel.length)
        for (const m of channel) this.message(m)
      }
    }
    this.server(s.leaderOracle)
    for (let e = 0; e < MAXEPOCH; e++) this.set(s.epochLeader[e]!)
    this.proposals(s.proposalMsgsLog)
    const v = s.violatedInvariants
    this.u8((v.stateInconsistent ? 1 : 0) | (v.proposalInconsistent ? 2 : 0) | (v.commitInconsistent ? 4 : 0) | (v.ackInconsistent ? 8 : 0) | (v.messageIllegal ? 16 : 0))
    const r = s.recorder
    this.u8(r.nTimeout)
    this.u8(r.nTransaction)
    this.u8(r.maxEpoch)
    this.u8(r.nRestart)
    this.u8(r.nClientRequest)
    this.u8(pcCode[r.pc.action])
    this.u8(r.pc.args.length)
    for (const x of r.pc.args) this.u8(this.perm[x]!)
    const length = this.pos
    // Zero padding to a whole word, so the hash can read 32-bit words.
    this.bytes[length] = 0
    this.bytes[length + 1] = 0
    this.bytes[length + 2] = 0
    this.length = length
    this.perm = identityPerm
    this.inv = identityPerm
    return length
  }
}

/** Reads states back from their encoding. */
export class Decoder {
  private bytes: Uint8Array = new Uint8Array(0)
  private pos = 0

  constructor(readonly servers: number) {}

  private u8(): number {
    return this.bytes[this.pos++]!
  }

  private set(): number {
    return this.u8()
  }

  private server(): number | null {
    const v = this.u8()
    return v === 0 ? null : v - 1
  }

  private zxid(): number {
    const epoch = this.u8()
    return makeZxid(epoch, this.u8())
  }

  private history(): History {
    const length = this.u8()
    if (length === 0) return EMPTY_HISTORY
    const h: Array<Txn> = new Array(length)
    for (let k = 0; k < length; k++) {
      const zxid = this.zxid()
      const value = this.u8()
      const ackSid = this.set()
      h[k] = { zxid, value, ackSid, epoch: this.u8() }
    }
    return h
  }

  private message(): Message {
    const mtype = messageTypes[this.u8()]!
    switch (mtype) {
      case "CEPOCH":
      case "NEWEPOCH":
        return { mtype, mepoch: this.u8() }
      case "ACKEPOCH":
      case "NEWLEADER": {
        const mepoch = this.u8()
        return { mtype, mepoch, mhistory: this.history() }
      }
      case "ACKLD":
      case "COMMITLD":
      case "ACK":
      case "COMMIT":
        return { mtype, mzxid: this.zxid() }
      case "PROPOSE": {
        const mzxid = this.zxid()
        return { mtype, mzxid, mdata: this.u8() }
      }
    }
  }

  decode(bytes: Uint8Array, offset: number): ModelState {
    this.bytes = bytes
    this.pos = offset
    const n = this.servers
    const state: Array<ServerStateName> = new Array(n)
    const zabState: Array<ZabStateName> = new Array(n)
    const acceptedEpoch: Array<number> = new Array(n)
    const currentEpoch: Array<number> = new Array(n)
    const lastCommitted: Array<ModelState["lastCommitted"][number]> = new Array(n)
    const learners: Array<number> = new Array(n)
    const sendCounter: Array<number> = new Array(n)
    const connectInfo: Array<number | null> = new Array(n)
    const history: Array<History> = new Array(n)
    const cepochRecv: Array<ReadonlyArray<CepochInfo>> = new Array(n)
    const ackeRecv: Array<ReadonlyArray<AckeInfo>> = new Array(n)
    const ackldRecv: Array<ReadonlyArray<{ sid: number; connected: boolean }>> = new Array(n)
    for (let i = 0; i < n; i++) {
      const roles = this.u8()
      state[i] = serverStates[roles >>> 2]!
      zabState[i] = zabStates[roles & 3]!
      acceptedEpoch[i] = this.u8()
      currentEpoch[i] = this.u8()
      const index = this.u8() - 1
      lastCommitted[i] = { index, zxid: this.zxid() }
      learners[i] = this.set()
      sendCounter[i] = this.u8()
      connectInfo[i] = this.server()
      history[i] = this.history()
      const nc = this.u8()
      const c: Array<CepochInfo> = new Array(nc)
      for (let k = 0; k < nc; k++) {
        const x = this.u8()
        c[k] = { sid: x & 15, connected: (x & 16) !== 0, epoch: this.u8() }
      }
      cepochRecv[i] = c
      const na = this.u8()
      const a: Array<AckeInfo> = new Array(na)
      for (let k = 0; k < na; k++) {
        const x = this.u8()
        const peerLastEpoch = this.u8()
        a[k] = { sid: x & 15, connected: (x & 16) !== 0, peerLastEpoch, peerHistory: this.history() }
      }
      ackeRecv[i] = a
      const nl = this.u8()
      const l: Array<{ sid: number; connected: boolean }> = new Array(nl)
      for (let k = 0; k < nl; k++) {
        const x = this.u8()
        l[k] = { sid: x & 15, connected: (x & 16) !== 0 }
      }
      ackldRecv[i] = l
    }
    const msgs: Array<Array<ReadonlyArray<Message>>> = new Array(n)
    for (let i = 0; i < n; i++) {
      const row: Array<ReadonlyArray<Message>> = new Array(n)
      for (let j = 0; j < n; j++) {
        const count = this.u8()
        if (count === 0) {
          row[j] = EMPTY_CHANNEL
          continue
        }
        const channel: Array<Message> = new Array(count)
        for (let k = 0; k < count; k++) channel[k] = this.message()
        row[j] = channel
      }
      msgs[i] = row
    }
    const leaderOracle = this.server()
    const epochLeader: Array<number> = new Array(MAXEPOCH)
    for (let e = 0; e < MAXEPOCH; e++) epochLeader[e] = this.set()
    const np = this.u8()
    const proposalMsgsLog: Array<ProposalRecord> = new Array(np)
    for (let k = 0; k < np; k++) {
      const source = this.u8()
      const epoch = this.u8()
      const zxid = this.zxid()
      proposalMsgsLog[k] = { source, epoch, zxid, data: this.u8() }
    }
    const v = this.u8()
    const violatedInvariants = {
      stateInconsistent: (v & 1) !== 0,
      proposalInconsistent: (v & 2) !== 0,
      commitInconsistent: (v & 4) !== 0,
      ackInconsistent: (v & 8) !== 0,
      messageIllegal: (v & 16) !== 0,
    }
    const nTimeout = this.u8()
    const nTransaction = this.u8()
    const maxEpoch = this.u8()
    const nRestart = this.u8()
    const nClientRequest = this.u8()
    const action = pcActions[this.u8()]!
    const argc = this.u8()
    const args: Array<number> = new Array(argc)
    for (let k = 0; k < argc; k++) args[k] = this.u8()
    return {
      state,
      zabState,
      acceptedEpoch,
      currentEpoch,
      history,
      lastCommitted,
      learners,
      cepochRecv,
      ackeRecv,
      ackldRecv,
      sendCounter,
      connectInfo,
      leaderOracle,
      msgs,
      epochLeader,
      proposalMsgsLog,
      violatedInvariants,
      recorder: { nTimeout, nTransaction, maxEpoch, nRestart, pc: { action, args }, nClientRequest },
    }
  }
}

const EMPTY_HISTORY: History = []
const EMPTY_CHANNEL: ReadonlyArray<Message> = []

/**
 * A 64-bit fingerprint of `words[0 .. ceil(length / 4))` as two 32-bit halves: two MurmurHash3-style
 * lanes with different constants over the same words, each finalised with the length.
 */
export function fingerprint(words: Uint32Array, length: number, out: Int32Array): void {
  let h1 = 0x9747b28c | 0
  let h2 = 0x2545f491 | 0
  const count = (length + 3) >>> 2
  for (let k = 0; k < count; k++) {
    const w = words[k]! | 0
    let k1 = Math.imul(w, 0xcc9e2d51)
    k1 = (k1 << 15) | (k1 >>> 17)
    k1 = Math.imul(k1, 0x1b873593)
    h1 ^= k1
    h1 = (h1 << 13) | (h1 >>> 19)
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0
    let k2 = Math.imul(w ^ k, 0x85ebca6b)
    k2 = (k2 << 17) | (k2 >>> 15)
    k2 = Math.imul(k2, 0xc2b2ae35)
    h2 ^= k2
    h2 = (h2 << 11) | (h2 >>> 21)
    h2 = (Math.imul(h2, 9) + 0x52dce729) | 0
  }
  h1 ^= length
  h2 ^= length
  h1 ^= h1 >>> 16
  h1 = Math.imul(h1, 0x85ebca6b)
  h1 ^= h1 >>> 13
  h1 = Math.imul(h1, 0xc2b2ae35)
  h1 ^= h1 >>> 16
  h2 ^= h2 >>> 15
  h2 = Math.imul(h2, 0x2c1b3c6d)
  h2 ^= h2 >>> 12
  h2 = Math.imul(h2, 0x297a2d39)
  h2 ^= h2 >>> 15
  out[0] = h1
  out[1] = h2
}

/** All permutations of 0..n-1, identity first, as [perm, inverse] pairs. */
export function permutations(n: number): ReadonlyArray<readonly [ReadonlyArray<number>, ReadonlyArray<number>]> {
  const out: Array<readonly [ReadonlyArray<number>, ReadonlyArray<number>]> = []
  const walk = (prefix: Array<number>): void => {
    if (prefix.length === n) {
      const inv = new Array<number>(n)
      prefix.forEach((to, from) => {
        inv[to] = from
      })
      out.push([prefix.slice(), inv])
      return
    }
    for (let k = 0; k < n; k++) {
      if (prefix.includes(k)) continue
      prefix.push(k)
      walk(prefix)
      prefix.pop()
    }
  }
  walk([])
  return out
}
