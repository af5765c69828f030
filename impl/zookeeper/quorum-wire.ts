/**
 * ZooKeeper's quorum (leader <-> learner) port as bytes: back-to-back QuorumPacket records
 * (`zookeeper.jute`: int type, long zxid, buffer data, vector<Id> authinfo), and what each type's data
 * holds (zookeeper.md 3.2; Leader.java names the types, Learner.java and LearnerHandler.java write them).
 * After a SNAP the leader writes its whole database (sessions, ACL cache, nodes; SerializeUtils
 * .serializeSnapshot, DataTree.serialize) and the string "BenWasHere" (LearnerHandler.syncFollower's
 * caller) into the same stream, with no packet around it.
 *
 * Everything here is pure: bytes in, records out, NeedMore when the stream stops short, JuteFormatError
 * when the bytes cannot be what they claim.
 */
import type { MultiOp, TxnOp, WriteOp } from "../core/types.js"
import { JuteCursor } from "./jute-stream.js"

/** Leader.java's packet type numbers. */
export const QuorumType = {
  REQUEST: 1,
  PROPOSAL: 2,
  ACK: 3,
  COMMIT: 4,
  PING: 5,
  REVALIDATE: 6,
  SYNC: 7,
  INFORM: 8,
  COMMITANDACTIVATE: 9,
  NEWLEADER: 10,
  FOLLOWERINFO: 11,
  UPTODATE: 12,
  DIFF: 13,
  TRUNC: 14,
  SNAP: 15,
  OBSERVERINFO: 16,
  LEADERINFO: 17,
  ACKEPOCH: 18,
  INFORMANDACTIVATE: 19,
} as const

export const quorumTypeName: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(QuorumType).map(([k, v]) => [v, k]))

export interface QuorumPacket {
  readonly type: number
  readonly zxid: number
  readonly data: Buffer | null
  readonly authinfo: ReadonlyArray<{ readonly scheme: string; readonly id: string }>
}

/** One QuorumPacket at the cursor (NeedMore if it is not all here). */
export function readQuorumPacket(c: JuteCursor): QuorumPacket {
  const at = c.offset
  const type = c.int()
  if (quorumTypeName[type] === undefined) c.fail(`QuorumPacket type ${type} is not one of Leader.java's`, at)
  const zxidAt = c.offset
  const rawZxid = c.bigLong()
  // -1 is the "no zxid" of REQUEST and UPTODATE; anything else must be a zxid.
  if (rawZxid < -1n || rawZxid > BigInt(Number.MAX_SAFE_INTEGER)) c.fail(`QuorumPacket zxid ${rawZxid} out of range`, zxidAt)
  const data = c.buffer("QuorumPacket.data")
  const n = c.count("QuorumPacket.authinfo")
  const authinfo: Array<{ scheme: string; id: string }> = []
  for (let i = 0; i < n; i++) authinfo.push({ scheme: c.requiredString("Id.scheme"), id: c.requiredString("Id.id") })
  return { type, zxid: Number(rawZxid), data, authinfo }
}

// ---------------------------------------------------------------------------------------------------------
// Transactions: TxnHeader + txn record + TxnDigest (Util.marshallTxnEntry), the data of a PROPOSAL.

/** ZooDefs.OpCode values that occur in txns and learner requests. */
export const OpCode = {
  error: -1,
  create: 1,
  delete: 2,
  exists: 3,
  getData: 4,
  setData: 5,
  setACL: 7,
  sync: 9,
  check: 13,
  multi: 14,
  create2: 15,
  reconfig: 16,
  createContainer: 19,
  deleteContainer: 20,
  createTTL: 21,
  createSession: -10,
  closeSession: -11,
} as const

export interface TxnHeader {
  readonly session: bigint
  readonly cxid: number
  readonly zxid: number
  readonly timeMs: number
  readonly type: number
}

export interface DecodedTxn {
  readonly header: TxnHeader
  /** The txn as the shared vocabulary says it (impl/core/types.ts TxnOp). */
  readonly op: TxnOp
  /** The tree digest ZooKeeper appends when zookeeper.digest.enabled (the default), if present. */
  readonly digest: { readonly version: number; readonly value: bigint } | null
}

/**
 * One txn body by op code. An ErrorTxn (a write that failed, still proposed so every server answers the
 * client alike; PrepRequestProcessor) changes nothing in the tree, so it reads as an empty Multi, which
 * also changes nothing; the rendering keeps it apart from a real empty multi.
 */
function readTxnBody(c: JuteCursor, type: number, session: bigint): TxnOp {
  switch (type) {
    case OpCode.create:
    case OpCode.create2:
    case OpCode.createContainer: {
      const path = c.requiredString("CreateTxn.path")
      const data = c.buffer("CreateTxn.data")
      skipAcls(c)
      const ephemeral = c.bool("CreateTxn.ephemeral")
      c.int() // parentCVersion
      return { _tag: "Create", path, data: text(data), ...(ephemeral ? { ephemeralOwner: session } : {}) }
    }
    case OpCode.createTTL: {
      const path = c.requiredString("CreateTTLTxn.path")
      const data = c.buffer("CreateTTLTxn.data")
      skipAcls(c)
      c.int() // parentCVersion
      c.bigLong() // ttl
      return { _tag: "Create", path, data: text(data) }
    }
    case OpCode.delete:
    case OpCode.deleteContainer:
      return { _tag: "Delete", path: c.requiredString("DeleteTxn.path"), version: -1 }
    case OpCode.setData:
    case OpCode.reconfig: {
      const path = c.requiredString("SetDataTxn.path")
      const data = c.buffer("SetDataTxn.data")
      const version = c.int()
      return { _tag: "SetData", path, data: text(data), version }
    }
    case OpCode.check: {
      const path = c.requiredString("CheckVersionTxn.path")
      const version = c.int()
      return { _tag: "Multi", ops: [{ _tag: "Check", path, version }] }
    }
    case OpCode.setACL: {
      const path = c.requiredString("SetACLTxn.path")
      skipAcls(c)
      const version = c.int()
      // ACLs are not part of the shared vocabulary's tree: a version check stands for it.
      return { _tag: "Multi", ops: [{ _tag: "Check", path: `setACL ${path}`, version }] }
    }
    case OpCode.createSession:
      return { _tag: "CreateSession", session, timeoutMs: c.int() }
    case OpCode.closeSession: {
      // 3.8 writes CloseSessionTxn (the ephemeral paths to delete) when closeSessionTxn.enabled (default).
      // Only a TxnDigest (12 bytes) after the header means the txn was written without it.
      if (c.remaining >= 4 && c.remaining !== 12) {
        const n = c.count("CloseSessionTxn.paths2Delete")
        for (let i = 0; i < n; i++) c.requiredString("CloseSessionTxn.paths2Delete[]")
      }
      return { _tag: "CloseSession", session }
    }
    case OpCode.error: {
      const err = c.int()
      return { _tag: "Multi", ops: [{ _tag: "Check", path: `error ${err}`, version: -1 }] }
    }
    case OpCode.multi: {
      const n = c.count("MultiTxn.txns")
      const ops: Array<MultiOp> = []
      for (let i = 0; i < n; i++) {
        const subType = c.int()
        const data = c.buffer("MultiTxn.txn.data") ?? Buffer.alloc(0)
        const sub = new JuteCursor(data, 0)
        const op = readTxnBody(sub, subType, session)
        if (op._tag === "Multi") ops.push(...op.ops)
        else if (op._tag === "CreateSession" || op._tag === "CloseSession") c.fail(`MultiTxn holds a ${op._tag}`)
        else ops.push(op as WriteOp)
      }
      return { _tag: "Multi", ops }
    }
    default:
      return c.fail(`txn type ${type} is not a write ZooKeeper replicates`)
  }
}

function text(data: Buffer | null): string {
  return data === null ? "" : data.toString("utf8")
}

function skipAcls(c: JuteCursor): void {
  const n = c.count("ACL vector")
  for (let i = 0; i < n; i++) {
    c.int() // perms
    c.requiredString("ACL.id.scheme")
    c.requiredString("ACL.id.id")
  }
}

/** A PROPOSAL's data, whole (NeedMore here means the packet lied about its length: a format error). */
export function readTxn(c: JuteCursor): DecodedTxn {
  const header: TxnHeader = { session: c.bigLong(), cxid: c.int(), zxid: c.long("TxnHeader.zxid"), timeMs: c.long("TxnHeader.time"), type: c.int() }
  const op = readTxnBody(c, header.type, header.session)
  let digest: DecodedTxn["digest"] = null
  if (c.remaining >= 12) digest = { version: c.int(), value: c.bigLong() }
  if (c.remaining !== 0) c.fail(`${c.remaining} bytes after the txn of type ${header.type}`)
  return { header, op, digest }
}

// ---------------------------------------------------------------------------------------------------------
// A learner's REQUEST: long sessionId, int cxid, int type, then the client request body (Learner.request).

export interface LearnerRequest {
  readonly session: bigint
  readonly cxid: number
  readonly type: number
  /** The write it asks for, when the body is a write the shared vocabulary has. */
  readonly op: TxnOp | null
}

export function readLearnerRequest(c: JuteCursor): LearnerRequest {
  const session = c.bigLong()
  const cxid = c.int()
  const type = c.int()
  let op: TxnOp | null = null
  switch (type) {
    case OpCode.create:
    case OpCode.create2:
    case OpCode.createContainer: {
      const path = c.requiredString("CreateRequest.path")
      const data = c.buffer("CreateRequest.data")
      skipAcls(c)
      const flags = c.int()
      // CreateMode: 1 ephemeral, 2 persistent sequential, 3 ephemeral sequential.
      const ephemeral = flags === 1 || flags === 3
      const sequential = flags === 2 || flags === 3
      op = { _tag: "Create", path, data: text(data), ...(ephemeral ? { ephemeralOwner: session } : {}), ...(sequential ? { sequential: true } : {}) }
      break
    }
    case OpCode.delete:
      op = { _tag: "Delete", path: c.requiredString("DeleteRequest.path"), version: c.int() }
      break
    case OpCode.setData: {
      const path = c.requiredString("SetDataRequest.path")
      const data = c.buffer("SetDataRequest.data")
      op = { _tag: "SetData", path, data: text(data), version: c.int() }
      break
    }
    case OpCode.createSession:
      op = { _tag: "CreateSession", session, timeoutMs: c.remaining >= 4 ? c.int() : 0 }
      break
    case OpCode.closeSession:
      op = { _tag: "CloseSession", session }
      break
    default:
      // sync, multi, setACL, check, ...: the request is kept by its type; its body is not needed to judge.
      c.offset += c.remaining
  }
  return { session, cxid, type, op }
}

// ---------------------------------------------------------------------------------------------------------
// The snapshot stream after SNAP.

export interface SnapshotSummary {
  readonly sessions: number
  readonly acls: number
  /** Every node's path and data, in the order the leader wrote them (depth first). */
  readonly nodes: ReadonlyArray<{ readonly path: string; readonly data: string; readonly mzxid: number }>
}

/** The database the leader streams after SNAP, through the signature; NeedMore until all of it is here. */
export function readSnapshotStream(c: JuteCursor): SnapshotSummary {
  const sessions = c.count("snapshot session count")
  for (let i = 0; i < sessions; i++) {
    c.bigLong()
    c.int()
  }
  const acls = c.count("snapshot ACL map size")
  for (let i = 0; i < acls; i++) {
    c.bigLong()
    skipAcls(c)
  }
  const nodes: Array<{ path: string; data: string; mzxid: number }> = []
  for (;;) {
    const at = c.offset
    const path = c.requiredString("snapshot node path")
    if (path === "/") break
    if (path !== "" && !path.startsWith("/")) c.fail(`snapshot node path ${JSON.stringify(path.slice(0, 40))} is not a path`, at)
    const data = c.buffer("DataNode.data")
    c.bigLong() // acl reference
    c.long("StatPersisted.czxid")
    const mzxid = c.long("StatPersisted.mzxid")
    c.bigLong() // ctime
    c.bigLong() // mtime
    c.int() // version
    c.int() // cversion
    c.int() // aversion
    c.bigLong() // ephemeralOwner
    c.long("StatPersisted.pzxid")
    nodes.push({ path, data: text(data), mzxid })
  }
  const at = c.offset
  const signature = c.string("snapshot signature")
  if (signature !== "BenWasHere") c.fail(`the snapshot ends with ${JSON.stringify(signature)}, not Learner's signature "BenWasHere"`, at)
  return { sessions, acls, nodes }
}
