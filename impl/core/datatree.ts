/**
 * The replicated state machine: ZooKeeper's znode tree, applied one delivered txn at a time.
 *
 * Every server applies the same txns in the same order, so `apply` must be a deterministic function of the
 * tree and the txn: the same op fails with the same error code on every server (ZooKeeper decides errors at
 * the leader's PrepRequestProcessor and broadcasts an error txn; here the op itself is broadcast and each
 * server reaches the same verdict). Reads are answered from the local tree.
 *
 * The tree is mutated in place, for speed: the networked runtime applies thousands of writes per second to
 * trees of tens of thousands of znodes. Every operation is O(1) in the size of the tree apart from the
 * length of the path and data (and `getChildren`, which sorts the node's children): nodes live in a Map from
 * path to node, and each node keeps the set of its children's names. The pure protocol core never holds a
 * tree; the runtimes do (`clone` copies one).
 *
 * `digest` is maintained incrementally as in ZooKeeper's DigestCalculator (ZOOKEEPER-3114): each node
 * contributes a hash of its path, data and stat, and the tree's digest is the sum of the contributions, so
 * a change subtracts the node's old hash and adds the new one. Two trees with equal digests hold the same
 * nodes with overwhelming probability; a test or the simulator compares trees by digest.
 *
 * The client-visible result of an operation, `ClientResult`, is an effect Schema so the client protocol
 * can encode it. Znode times come from the txn (the leader stamps it), so every server stores the same.
 *
 * ZooKeeper's semantics, matched where a client can tell (PrepRequestProcessor decides, DataTree applies):
 * the checks run in ZooKeeper's order, so an op that is wrong in two ways fails with ZooKeeper's code; the
 * stored cversion counts child creations only, as ZooKeeper's StatPersisted does, sequence suffixes come
 * from it, and the Stat a client sees reports `2 * cversion - numChildren` (creations plus deletions, as
 * DataNode.copyStat reports it); the tree starts with ZooKeeper's system nodes `/zookeeper`,
 * `/zookeeper/config` and `/zookeeper/quota`, which cannot be deleted; a multi is prepared op by op against
 * the changes of the ops before it and applied only if every op passes; ephemeral nodes belong to a
 * session of the replicated session table, which CreateSession and CloseSession txns change (closing a
 * session deletes its ephemerals in the same txn).
 */
import { Result, Schema } from "effect"
import { OPEN_ACL, Perms, aclAllows, fixupAcl, isOpenAcl } from "./acl.js"
import { Acl as AclSchema } from "./types.js"
import { NO_SESSION, type SessionId, SessionIdSchema, formatSessionId } from "./session.js"
import type { Acl, AuthId, MultiOp, ReadOp, Txn, TxnOp } from "./types.js"
import { type Zxid, ZxidSchema, formatZxid } from "./zxid.js"

// ---------------------------------------------------------------------------------------------------------
// Client-visible results, defined once as Schemas.

/** ZooKeeper's KeeperException codes that znode operations can produce. */
export const ErrorCode = Schema.Literals([
  "NoNode",
  "NodeExists",
  "BadVersion",
  "NotEmpty",
  "BadArguments",
  "NoChildrenForEphemerals",
  "SessionExpired",
  "NoAuth",
  "InvalidACL",
])
export type ErrorCode = typeof ErrorCode.Type

const NonNegativeInt = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

/** A znode's Stat, every field as ZooKeeper returns it. */
export const Stat = Schema.Struct({
  czxid: ZxidSchema, // the txn that created the node
  mzxid: ZxidSchema, // the txn that last set its data
  pzxid: ZxidSchema, // the txn that last created or deleted one of its children
  ctime: NonNegativeInt, // ms, the creating txn's time
  mtime: NonNegativeInt, // ms, the time of the txn that last set its data
  version: NonNegativeInt, // number of data changes
  cversion: Schema.Int, // child creations plus deletions (negative for the system nodes, as in ZooKeeper)
  aversion: Schema.Int, // number of ACL changes (setACL); -1 for /zookeeper/config, as in ZooKeeper
  ephemeralOwner: SessionIdSchema, // the owning session of an ephemeral node, 0 for a persistent one
  dataLength: NonNegativeInt,
  numChildren: NonNegativeInt,
})
export type Stat = typeof Stat.Type

/** One op's result inside a multi, as ZooKeeper's MultiResponse carries it. */
export const OpResult = Schema.TaggedUnion({
  Created: { path: Schema.String, stat: Stat },
  Deleted: {},
  DataSet: { stat: Stat },
  AclSet: { stat: Stat }, // setACL's result (never part of a multi: ZooKeeper's multi takes no setACL)
  Checked: {},
  // An op of a multi that failed: the op that failed carries its code; the ops before it "Ok" (they were
  // rolled back) and the ops after it "RuntimeInconsistency" (never tried), as ZooKeeper answers.
  Failed: { code: Schema.Union([ErrorCode, Schema.Literals(["Ok", "RuntimeInconsistency"])]) },
})
export type OpResult = typeof OpResult.Type

/**
 * The answer to one client operation. `zxid` is the txn's zxid for a write and the tree's last applied zxid
 * for a read (ZooKeeper's reply header). Which optional fields an Ok carries depends on the operation:
 * Create: path, stat; Delete: nothing; SetData: stat; SetACL: stat; GetData: data, stat; Exists: exists, stat
 * when it does; GetChildren: children (sorted), stat; Multi: results (a failed multi is an Ok whose results say
 * which op failed, as ZooKeeper's reply header carries no error for it).
 */
export const ClientResult = Schema.TaggedUnion({
  Ok: {
    zxid: ZxidSchema,
    path: Schema.optionalKey(Schema.String),
    data: Schema.optionalKey(Schema.String),
    stat: Schema.optionalKey(Stat),
    children: Schema.optionalKey(Schema.Array(Schema.String)),
    exists: Schema.optionalKey(Schema.Boolean),
    results: Schema.optionalKey(Schema.Array(OpResult)),
  },
  Error: { zxid: ZxidSchema, code: ErrorCode },
})
export type ClientResult = typeof ClientResult.Type

// ---------------------------------------------------------------------------------------------------------
// The tree.

interface Znode {
  data: string
  czxid: Zxid
  mzxid: Zxid
  pzxid: Zxid
  ctime: number
  mtime: number
  version: number
  /** Child creations (ZooKeeper's StatPersisted.cversion); a Stat reports 2 * cversion - numChildren. */
  cversion: number
  ephemeralOwner: SessionId
  /** Number of ACL changes (setACL). */
  aversion: number
  /** The node's ACL; nodes with the open ACL share OPEN_ACL. */
  acl: ReadonlyArray<Acl>
  readonly children: Set<string>
  /** Hash lanes of (path, data), recomputed only when the data changes. */
  baseA: number
  baseB: number
  /** What this node currently contributes to the tree's digest sums. */
  sumA: number
  sumB: number
}

/** A znode tree. Its fields belong to this module: use the functions below. */
export interface DataTree {
  readonly nodes: Map<string, Znode>
  /** The highest zxid applied: every txn up to here is reflected (ZooKeeper's lastProcessedZxid). */
  lastApplied: Zxid
  /** The replicated session table: each open session and its negotiated timeout in ms. */
  readonly sessions: Map<SessionId, number>
  /** The ephemeral nodes of each session (ZooKeeper's DataTree.ephemerals). */
  readonly ephemerals: Map<SessionId, Set<string>>
  digestA: number
  digestB: number
}

export const ROOT = "/"

/** The nodes ZooKeeper's DataTree starts with and refuses to delete (isSpecialPath). */
export const SYSTEM_NODES: ReadonlyArray<string> = ["/zookeeper", "/zookeeper/config", "/zookeeper/quota"]

const CONFIG_NODE = "/zookeeper/config"
const CONFIG_NODE_ACL: ReadonlyArray<Acl> = [{ perms: Perms.read, scheme: "world", id: "anyone" }]

export function emptyTree(): DataTree {
  const tree = bareTree(0)
  insert(tree, ROOT, makeNode(ROOT, "", 0, 0, 0, 0, 0, 0, 0, NO_SESSION))
  for (const path of SYSTEM_NODES) {
    const node = makeNode(path, "", 0, 0, 0, 0, 0, 0, 0, NO_SESSION)
    if (path === CONFIG_NODE) {
      // DataTree.addConfigNode: world:anyone may only read it, set through setACL(path, acl, -1).
      node.acl = CONFIG_NODE_ACL
      node.aversion = -1
    }
    insert(tree, path, node)
    // ZooKeeper links them without counting a creation, so the root reports cversion -1, /zookeeper -2.
    const parent = tree.nodes.get(parentOf(path))!
    unhash(tree, parent)
    parent.children.add(nameOf(path))
    rehash(tree, parent)
  }
  return tree
}

function bareTree(lastApplied: Zxid): DataTree {
  return { nodes: new Map(), lastApplied, sessions: new Map(), ephemerals: new Map(), digestA: 0, digestB: 0 }
}

export function size(tree: DataTree): number {
  return tree.nodes.size
}

export function lastApplied(tree: DataTree): Zxid {
  return tree.lastApplied
}

/** The open sessions and their timeouts, in id order. */
export function sessions(tree: DataTree): ReadonlyArray<{ readonly session: SessionId; readonly timeoutMs: number }> {
  return [...tree.sessions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([session, timeoutMs]) => ({ session, timeoutMs }))
}

/** A session's negotiated timeout (ms), if it is open. */
export function sessionTimeout(tree: DataTree, session: SessionId): number | undefined {
  return tree.sessions.get(session)
}

export function hasSession(tree: DataTree, session: SessionId): boolean {
  return tree.sessions.has(session)
}

/** The paths of a session's ephemeral nodes, sorted. */
export function ephemeralsOf(tree: DataTree, session: SessionId): ReadonlyArray<string> {
  return [...(tree.ephemerals.get(session) ?? [])].sort(compareCodeUnits)
}

/** A deep copy: mutating either tree afterwards leaves the other alone. */
export function clone(tree: DataTree): DataTree {
  const nodes = new Map<string, Znode>()
  for (const [path, n] of tree.nodes) nodes.set(path, { ...n, children: new Set(n.children) })
  const ephemerals = new Map<SessionId, Set<string>>()
  for (const [session, paths] of tree.ephemerals) ephemerals.set(session, new Set(paths))
  return { nodes, lastApplied: tree.lastApplied, sessions: new Map(tree.sessions), ephemerals, digestA: tree.digestA, digestB: tree.digestB }
}

// ---------------------------------------------------------------------------------------------------------
// Paths.

/**
 * ZooKeeper's PathUtils.validatePath: absolute, no trailing slash (except the root), no empty, "." or ".."
 * component, and none of the characters ZooKeeper refuses (NUL, control characters, surrogates and the
 * private-use and specials ranges).
 */
export function validPath(path: string): boolean {
  if (path.length === 0 || path.charCodeAt(0) !== 0x2f) return false
  if (path.length === 1) return true
  if (path.charCodeAt(path.length - 1) === 0x2f) return false
  let componentStart = 1
  for (let i = 1; i <= path.length; i++) {
    const c = i < path.length ? path.charCodeAt(i) : 0x2f
    if (c === 0x2f) {
      const length = i - componentStart
      if (length === 0) return false
      if (length <= 2 && path.charCodeAt(componentStart) === 0x2e && (length === 1 || path.charCodeAt(componentStart + 1) === 0x2e)) return false
      componentStart = i + 1
      continue
    }
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xf8ff) || c >= 0xfff0) return false
  }
  return true
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf("/")
  return slash === 0 ? ROOT : path.slice(0, slash)
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1)
}

// ---------------------------------------------------------------------------------------------------------
// Hashing for the digest. Two independent 32-bit lanes, summed mod 2^32 over the nodes.

function hashString(h: number, text: string, multiplier: number): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), multiplier)
  return h
}

function hashNumber(h: number, value: number, multiplier: number): number {
  h = Math.imul(h ^ (value >>> 0), multiplier) // low 32 bits (ToUint32 takes the value mod 2^32)
  return Math.imul(h ^ Math.floor(value / 0x1_0000_0000), multiplier)
}

/** murmur3's finaliser: spreads every input bit over the output. */
function finish(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const PRIME_A = 0x01000193 // FNV-1a
const PRIME_B = 0x5bd1e995 // murmur2
const SEPARATOR = 0x1_0000 // above every UTF-16 code unit, so (path, data) boundaries cannot collide

function rehashBase(path: string, node: Znode): void {
  node.baseA = hashString(Math.imul(hashString(0x811c9dc5, path, PRIME_A) ^ SEPARATOR, PRIME_A), node.data, PRIME_A)
  node.baseB = hashString(Math.imul(hashString(0x9747b28c, path, PRIME_B) ^ SEPARATOR, PRIME_B), node.data, PRIME_B)
}

/**
 * A node's share of the digest. The fields a version 1 snapshot had are always hashed, with cversion as a
 * Stat reports it (which is what version 1 stored); the later fields only when they are not zero (the ACL
 * only when it is not the open one), so older snapshots' recorded digests still match their nodes.
 */
function contribution(node: Znode, base: number, multiplier: number): number {
  let h = hashNumber(base, node.czxid, multiplier)
  h = hashNumber(h, node.mzxid, multiplier)
  h = hashNumber(h, node.pzxid, multiplier)
  h = hashNumber(h, node.version, multiplier)
  h = hashNumber(h, reportedCversion(node), multiplier)
  if (node.ctime !== 0) h = hashNumber(Math.imul(h ^ 0x63, multiplier), node.ctime, multiplier)
  if (node.mtime !== 0) h = hashNumber(Math.imul(h ^ 0x6d, multiplier), node.mtime, multiplier)
  if (node.ephemeralOwner !== NO_SESSION) h = hashString(Math.imul(h ^ 0x65, multiplier), formatSessionId(node.ephemeralOwner), multiplier)
  if (node.aversion !== 0) h = hashNumber(Math.imul(h ^ 0x76, multiplier), node.aversion, multiplier)
  if (node.acl !== OPEN_ACL) {
    for (const a of node.acl) {
      h = hashNumber(Math.imul(h ^ 0x61, multiplier), a.perms, multiplier)
      h = hashString(Math.imul(hashString(h, a.scheme, multiplier) ^ SEPARATOR, multiplier), a.id, multiplier)
    }
  }
  return finish(h)
}

function reportedCversion(node: Znode): number {
  return node.cversion * 2 - node.children.size
}

/** A session's share of the digest (sessions are replicated state too; version 1 trees have none). */
function sessionContribution(session: SessionId, timeoutMs: number, seed: number, multiplier: number): number {
  return finish(hashNumber(hashString(seed, formatSessionId(session), multiplier), timeoutMs, multiplier))
}

function addSession(tree: DataTree, session: SessionId, timeoutMs: number): void {
  removeSession(tree, session)
  tree.sessions.set(session, timeoutMs)
  tree.digestA = (tree.digestA + sessionContribution(session, timeoutMs, 0x5e55_1011, PRIME_A)) >>> 0
  tree.digestB = (tree.digestB + sessionContribution(session, timeoutMs, 0x5e55_1012, PRIME_B)) >>> 0
}

function removeSession(tree: DataTree, session: SessionId): void {
  const timeoutMs = tree.sessions.get(session)
  if (timeoutMs === undefined) return
  tree.sessions.delete(session)
  tree.digestA = (tree.digestA - sessionContribution(session, timeoutMs, 0x5e55_1011, PRIME_A)) >>> 0
  tree.digestB = (tree.digestB - sessionContribution(session, timeoutMs, 0x5e55_1012, PRIME_B)) >>> 0
}

function unhash(tree: DataTree, node: Znode): void {
  tree.digestA = (tree.digestA - node.sumA) >>> 0
  tree.digestB = (tree.digestB - node.sumB) >>> 0
}

function rehash(tree: DataTree, node: Znode): void {
  node.sumA = contribution(node, node.baseA, PRIME_A)
  node.sumB = contribution(node, node.baseB, PRIME_B)
  tree.digestA = (tree.digestA + node.sumA) >>> 0
  tree.digestB = (tree.digestB + node.sumB) >>> 0
}

function makeNode(path: string, data: string, czxid: Zxid, mzxid: Zxid, pzxid: Zxid, ctime: number, mtime: number, version: number, cversion: number, ephemeralOwner: SessionId): Znode {
  const node: Znode = { data, czxid, mzxid, pzxid, ctime, mtime, version, cversion, ephemeralOwner, aversion: 0, acl: OPEN_ACL, children: new Set(), baseA: 0, baseB: 0, sumA: 0, sumB: 0 }
  rehashBase(path, node)
  return node
}

function insert(tree: DataTree, path: string, node: Znode): void {
  tree.nodes.set(path, node)
  rehash(tree, node)
  if (node.ephemeralOwner !== NO_SESSION) {
    let paths = tree.ephemerals.get(node.ephemeralOwner)
    if (paths === undefined) tree.ephemerals.set(node.ephemeralOwner, (paths = new Set()))
    paths.add(path)
  }
}

/** The tree's content digest (16 hex digits): equal trees have equal digests. It ignores lastApplied. */
export function digest(tree: DataTree): string {
  return tree.digestA.toString(16).padStart(8, "0") + tree.digestB.toString(16).padStart(8, "0")
}

// ---------------------------------------------------------------------------------------------------------
// Writes: prepare (ZooKeeper's PrepRequestProcessor: every check, against the tree plus the changes of the
// ops before it in the same multi), then apply what was prepared (DataTree: no check can fail any more).

function statOf(node: Znode): Stat {
  return {
    czxid: node.czxid,
    mzxid: node.mzxid,
    pzxid: node.pzxid,
    ctime: node.ctime,
    mtime: node.mtime,
    version: node.version,
    cversion: reportedCversion(node),
    aversion: node.aversion,
    ephemeralOwner: node.ephemeralOwner,
    dataLength: dataLength(node.data),
    numChildren: node.children.size,
  }
}

/**
 * Znode data is a string holding one byte per char (the client port maps bytes to latin1), so its length
 * is the byte count ZooKeeper reports.
 */
function dataLength(data: string): number {
  return data.length
}

function fail(zxid: Zxid, code: ErrorCode): ClientResult {
  return { _tag: "Error", zxid, code }
}

/** ZooKeeper's version check: -1 matches any version. */
function versionMatches(expected: number, actual: number): boolean {
  return expected === -1 || expected === actual
}

/** What the checks need to know of a node, as the ops prepared so far left it. */
interface Facts {
  readonly version: number
  readonly cversion: number
  readonly aversion: number
  readonly numChildren: number
  readonly ephemeralOwner: SessionId
  readonly acl: ReadonlyArray<Acl>
}

/** The tree seen through the changes of the ops prepared before (ZooKeeper's outstanding ChangeRecords). */
class Overlay {
  private readonly changed = new Map<string, Facts | null>()
  constructor(private readonly tree: DataTree) {}

  get(path: string): Facts | null {
    const c = this.changed.get(path)
    if (c !== undefined) return c
    const n = this.tree.nodes.get(path)
    return n === undefined ? null : { version: n.version, cversion: n.cversion, aversion: n.aversion, numChildren: n.children.size, ephemeralOwner: n.ephemeralOwner, acl: n.acl }
  }

  set(path: string, facts: Facts | null): void {
    this.changed.set(path, facts)
  }
}

/** A write that passed every check, with its final path (a sequential create's suffix is decided here). */
type Prepared =
  | { readonly _tag: "Create"; readonly path: string; readonly data: string; readonly ephemeralOwner: SessionId; readonly acl: ReadonlyArray<Acl> }
  | { readonly _tag: "SetACL"; readonly path: string; readonly acl: ReadonlyArray<Acl> }
  | { readonly _tag: "Delete"; readonly path: string }
  | { readonly _tag: "SetData"; readonly path: string; readonly data: string }
  | { readonly _tag: "Check"; readonly path: string }

/** The parent of a path as ZooKeeper takes it (everything before the last slash; "" is the root). */
function parentKey(path: string): string {
  const slash = path.lastIndexOf("/")
  return slash <= 0 ? ROOT : path.slice(0, slash)
}

const NO_AUTH: ReadonlyArray<AuthId> = []

type SetAclOp = Extract<TxnOp, { readonly _tag: "SetACL" }>

/**
 * Every check of PrepRequestProcessor for one op, in its order, against the tree plus the changes of the ops
 * before it. `auth` is the identities of the client that sent it (the txn's, or its multi's).
 */
function prepare(tree: DataTree, view: Overlay, op: MultiOp | SetAclOp, auth: ReadonlyArray<AuthId>): Prepared | ErrorCode {
  switch (op._tag) {
    case "Create": {
      const owner = op.ephemeralOwner ?? NO_SESSION
      if (owner !== NO_SESSION && !tree.sessions.has(owner)) return "SessionExpired"
      // validatePathForCreate: a path with no slash or a NUL is refused before anything is looked up.
      if (op.path.lastIndexOf("/") === -1 || op.path.includes("\0")) return "BadArguments"
      const acl = op.acl === undefined ? OPEN_ACL : fixupAcl(op.acl, auth)
      if (acl === "InvalidACL") return "InvalidACL"
      const parentPath = parentKey(op.path)
      const parent = view.get(parentPath)
      if (parent === null) return "NoNode"
      if (!aclAllows(parent.acl, Perms.create, auth)) return "NoAuth"
      const path = op.sequential === true ? op.path + String(parent.cversion).padStart(10, "0") : op.path
      if (!validPath(path)) return "BadArguments"
      if (view.get(path) !== null) return "NodeExists"
      if (parent.ephemeralOwner !== NO_SESSION) return "NoChildrenForEphemerals"
      view.set(parentPath, { ...parent, cversion: parent.cversion + 1, numChildren: parent.numChildren + 1 })
      view.set(path, { version: 0, cversion: 0, aversion: 0, numChildren: 0, ephemeralOwner: owner, acl })
      return { _tag: "Create", path, data: op.data, ephemeralOwner: owner, acl }
    }
    case "Delete": {
      // getParentPathAndValidate: no slash, a NUL, the root or a system node is a bad argument; an invalid
      // path that names no node is simply not there.
      if (op.path.lastIndexOf("/") === -1 || op.path.includes("\0") || op.path === ROOT || SYSTEM_NODES.includes(op.path)) return "BadArguments"
      const parentPath = parentKey(op.path)
      const parent = view.get(parentPath)
      if (parent === null) return "NoNode"
      if (!aclAllows(parent.acl, Perms.delete, auth)) return "NoAuth"
      const node = view.get(op.path)
      if (node === null) return "NoNode"
      if (!versionMatches(op.version, node.version)) return "BadVersion"
      if (node.numChildren > 0) return "NotEmpty"
      view.set(parentPath, { ...parent, numChildren: parent.numChildren - 1 })
      view.set(op.path, null)
      return { _tag: "Delete", path: op.path }
    }
    case "SetData": {
      if (!validPath(op.path)) return "BadArguments"
      const node = view.get(op.path)
      if (node === null) return "NoNode"
      if (!aclAllows(node.acl, Perms.write, auth)) return "NoAuth"
      if (!versionMatches(op.version, node.version)) return "BadVersion"
      view.set(op.path, { ...node, version: nextVersion(node.version) })
      return { _tag: "SetData", path: op.path, data: op.data }
    }
    case "SetACL": {
      if (!validPath(op.path)) return "BadArguments"
      const acl = fixupAcl(op.acl, auth)
      if (acl === "InvalidACL") return "InvalidACL"
      const node = view.get(op.path)
      if (node === null) return "NoNode"
      if (!aclAllows(node.acl, Perms.admin, auth)) return "NoAuth"
      if (!versionMatches(op.version, node.aversion)) return "BadVersion"
      view.set(op.path, { ...node, aversion: nextVersion(node.aversion), acl })
      return { _tag: "SetACL", path: op.path, acl }
    }
    case "Check": {
      if (!validPath(op.path)) return "BadArguments"
      const node = view.get(op.path)
      if (node === null) return "NoNode"
      if (!aclAllows(node.acl, Perms.read, auth)) return "NoAuth"
      if (!versionMatches(op.version, node.version)) return "BadVersion"
      return { _tag: "Check", path: op.path }
    }
  }
}

/**
 * The version after a change. ZooKeeper's int wraps after 2^31 changes (and skips -1, ZOOKEEPER-4743);
 * here versions stay non-negative, which no run comes near.
 */
function nextVersion(version: number): number {
  return version + 1
}

/**
 * Applies a delivered txn and returns what its client is told. A refused op leaves the nodes as they were
 * but still counts as applied. Txns arrive in zxid order; an out-of-order one (only a broken peer delivers
 * one, and the invariants report it) is applied anyway and lastApplied keeps the highest zxid seen.
 * `hooks` are told of each change (the background snapshot's copy-on-write, the watches).
 */
export function apply(tree: DataTree, txn: Txn, hooks?: ApplyHooks): ClientResult {
  const result = applyOp(tree, txn.op, txn.zxid, txn.time ?? 0, hooks ?? NO_HOOKS)
  if (txn.zxid > tree.lastApplied) tree.lastApplied = txn.zxid
  return result
}

/** Observers of what a txn changes, called in the order the changes happen. */
export interface ApplyHooks {
  /** Just before the node at `path` (or its absence) changes. */
  readonly beforeChange?: (path: string) => void
  readonly created?: (path: string, parent: string) => void
  readonly deleted?: (path: string, parent: string) => void
  readonly dataChanged?: (path: string) => void
}

const NO_HOOKS: ApplyHooks = {}

function applyOp(tree: DataTree, op: TxnOp, zxid: Zxid, time: number, hooks: ApplyHooks): ClientResult {
  switch (op._tag) {
    case "Create":
    case "Delete":
    case "SetData":
    case "SetACL": {
      const prepared = prepare(tree, new Overlay(tree), op, op.auth ?? NO_AUTH)
      if (typeof prepared === "string") return fail(zxid, prepared)
      const result = commit(tree, prepared, zxid, time, hooks)
      switch (result._tag) {
        case "Created":
          return { _tag: "Ok", zxid, path: result.path, stat: result.stat }
        case "DataSet":
        case "AclSet":
          return { _tag: "Ok", zxid, stat: result.stat }
        case "Deleted":
        case "Checked":
        case "Failed":
          return { _tag: "Ok", zxid }
      }
    }
    case "Multi":
      return { _tag: "Ok", zxid, results: multi(tree, op.ops, op.auth ?? NO_AUTH, zxid, time, hooks) }
    case "CreateSession":
      addSession(tree, op.session, op.timeoutMs)
      return { _tag: "Ok", zxid }
    case "CloseSession":
      closeSession(tree, op.session, zxid, hooks)
      return { _tag: "Ok", zxid }
  }
}

/** All of the ops or none: each is prepared against the changes of those before it, then all are applied. */
function multi(tree: DataTree, ops: ReadonlyArray<MultiOp>, auth: ReadonlyArray<AuthId>, zxid: Zxid, time: number, hooks: ApplyHooks): Array<OpResult> {
  const view = new Overlay(tree)
  const prepared: Array<Prepared> = []
  for (let i = 0; i < ops.length; i++) {
    const p = prepare(tree, view, ops[i]!, auth)
    if (typeof p === "string") {
      return ops.map((_, j): OpResult => ({ _tag: "Failed", code: j < i ? "Ok" : j === i ? p : "RuntimeInconsistency" }))
    }
    prepared.push(p)
  }
  return prepared.map((p) => commit(tree, p, zxid, time, hooks))
}

function commit(tree: DataTree, p: Prepared, zxid: Zxid, time: number, hooks: ApplyHooks): OpResult {
  switch (p._tag) {
    case "Create": {
      const parentPath = parentKey(p.path)
      const parent = tree.nodes.get(parentPath)!
      hooks.beforeChange?.(parentPath)
      hooks.beforeChange?.(p.path)
      const node = makeNode(p.path, p.data, zxid, zxid, zxid, time, time, 0, 0, p.ephemeralOwner)
      node.acl = p.acl
      insert(tree, p.path, node)
      unhash(tree, parent)
      parent.children.add(nameOf(p.path))
      parent.cversion += 1
      parent.pzxid = zxid
      rehash(tree, parent)
      hooks.created?.(p.path, parentPath)
      return { _tag: "Created", path: p.path, stat: statOf(node) }
    }
    case "Delete":
      deleteNode(tree, p.path, zxid, hooks)
      return { _tag: "Deleted" }
    case "SetData": {
      const node = tree.nodes.get(p.path)!
      hooks.beforeChange?.(p.path)
      unhash(tree, node)
      node.data = p.data
      node.version = nextVersion(node.version)
      node.mzxid = zxid
      node.mtime = time
      rehashBase(p.path, node)
      rehash(tree, node)
      hooks.dataChanged?.(p.path)
      return { _tag: "DataSet", stat: statOf(node) }
    }
    case "SetACL": {
      // DataTree.setACL: the ACL and aversion change; no watch fires (ZooKeeper has no ACL event).
      const node = tree.nodes.get(p.path)!
      hooks.beforeChange?.(p.path)
      unhash(tree, node)
      node.acl = p.acl
      node.aversion = nextVersion(node.aversion)
      rehash(tree, node)
      return { _tag: "AclSet", stat: statOf(node) }
    }
    case "Check":
      return { _tag: "Checked" }
  }
}

function deleteNode(tree: DataTree, path: string, zxid: Zxid, hooks: ApplyHooks): void {
  const parentPath = parentKey(path)
  const node = tree.nodes.get(path)!
  const parent = tree.nodes.get(parentPath)!
  hooks.beforeChange?.(parentPath)
  hooks.beforeChange?.(path)
  unhash(tree, node)
  tree.nodes.delete(path)
  if (node.ephemeralOwner !== NO_SESSION) {
    const paths = tree.ephemerals.get(node.ephemeralOwner)
    paths?.delete(path)
    if (paths !== undefined && paths.size === 0) tree.ephemerals.delete(node.ephemeralOwner)
  }
  unhash(tree, parent)
  parent.children.delete(nameOf(path))
  if (zxid > parent.pzxid) parent.pzxid = zxid
  rehash(tree, parent)
  hooks.deleted?.(path, parentPath)
}

/** ZooKeeper's closeSession: the session's ephemerals are deleted in the same txn, then the session. */
function closeSession(tree: DataTree, session: SessionId, zxid: Zxid, hooks: ApplyHooks): void {
  for (const path of ephemeralsOf(tree, session)) deleteNode(tree, path, zxid, hooks)
  removeSession(tree, session)
}

// ---------------------------------------------------------------------------------------------------------
// Reads, answered at the tree's lastApplied. ZooKeeper does not validate a read's path: one that names no
// node is NoNode, whatever is wrong with it (its client libraries refuse bad paths before sending).

export function getData(tree: DataTree, path: string): ClientResult {
  const zxid = tree.lastApplied
  const node = tree.nodes.get(path)
  if (node === undefined) return fail(zxid, "NoNode")
  return { _tag: "Ok", zxid, data: node.data, stat: statOf(node) }
}

export function exists(tree: DataTree, path: string): ClientResult {
  const zxid = tree.lastApplied
  if (path.includes("\0")) return fail(zxid, "BadArguments")
  const node = tree.nodes.get(path)
  if (node === undefined) return { _tag: "Ok", zxid, exists: false }
  return { _tag: "Ok", zxid, exists: true, stat: statOf(node) }
}

/** The node's children's names in code-unit order (ZooKeeper leaves the order unspecified; we fix one). */
export function getChildren(tree: DataTree, path: string): ClientResult {
  const zxid = tree.lastApplied
  const node = tree.nodes.get(path)
  if (node === undefined) return fail(zxid, "NoNode")
  return { _tag: "Ok", zxid, children: [...node.children].sort(compareCodeUnits), stat: statOf(node) }
}

/**
 * A node's ACL, or null if there is no node. Reads check it where they are served (ZooKeeper's
 * FinalRequestProcessor), with the identities of the connection that asks.
 */
export function aclOf(tree: DataTree, path: string): ReadonlyArray<Acl> | null {
  return tree.nodes.get(path)?.acl ?? null
}

export function read(tree: DataTree, op: ReadOp): ClientResult {
  switch (op._tag) {
    case "GetData":
      return getData(tree, op.path)
    case "Exists":
      return exists(tree, op.path)
    case "GetChildren":
      return getChildren(tree, op.path)
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// ---------------------------------------------------------------------------------------------------------
// Snapshots: the tree as JSON, every node in path order, then the sessions, decoded through a Schema.
// Version 3 added each node's ACL and aversion (written only when not the defaults).
// Version 2 added ctime, mtime, ephemeralOwner and the sessions, and stores cversion as ZooKeeper's
// StatPersisted does (child creations); version 1 files (creations plus deletions) still load.

const SnapshotNodeV1 = Schema.Struct({
  path: Schema.String,
  data: Schema.String,
  czxid: ZxidSchema,
  mzxid: ZxidSchema,
  pzxid: ZxidSchema,
  version: NonNegativeInt,
  cversion: NonNegativeInt,
})

const SnapshotNode = Schema.Struct({
  path: Schema.String,
  data: Schema.String,
  czxid: ZxidSchema,
  mzxid: ZxidSchema,
  pzxid: ZxidSchema,
  ctime: NonNegativeInt,
  mtime: NonNegativeInt,
  version: NonNegativeInt,
  cversion: NonNegativeInt,
  ephemeralOwner: SessionIdSchema,
  // Version 3: written only when not 0 and not world:anyone with every permission.
  aversion: Schema.optionalKey(Schema.Int),
  acl: Schema.optionalKey(Schema.Array(AclSchema)),
})

const SnapshotSession = Schema.Struct({ session: SessionIdSchema, timeoutMs: NonNegativeInt })

export const SNAPSHOT_FORMAT = "zab-datatree"
export const SNAPSHOT_VERSION = 3

const SnapshotV1 = Schema.Struct({
  format: Schema.Literal(SNAPSHOT_FORMAT),
  version: Schema.Literal(1),
  lastApplied: ZxidSchema,
  digest: Schema.String,
  nodes: Schema.Array(SnapshotNodeV1),
})

/** A snapshot as `serialize` writes it (exported for the tests' reference encoder). */
export const Snapshot = Schema.Struct({
  format: Schema.Literal(SNAPSHOT_FORMAT),
  // Version 2 is version 3 without ACLs (every node world:anyone), so it decodes as it stands.
  version: Schema.Literals([2, SNAPSHOT_VERSION]),
  lastApplied: ZxidSchema,
  /** The content digest of the tree, rechecked on load: a snapshot whose nodes were altered is refused. */
  digest: Schema.String,
  nodes: Schema.Array(SnapshotNode),
  sessions: Schema.Array(SnapshotSession),
})
type Snapshot = typeof Snapshot.Type

const decodeSnapshot = Schema.decodeUnknownResult(Schema.Union([Snapshot, SnapshotV1]))

/** One node as `serialize` writes it, or null if there is no such node. */
export function nodeJson(tree: DataTree, path: string): string | null {
  const n = tree.nodes.get(path)
  if (n === undefined) return null
  return (
    `{"path":${JSON.stringify(path)},"data":${JSON.stringify(n.data)},"czxid":"${formatZxid(n.czxid)}","mzxid":"${formatZxid(n.mzxid)}",` +
    `"pzxid":"${formatZxid(n.pzxid)}","ctime":${n.ctime},"mtime":${n.mtime},"version":${n.version},"cversion":${n.cversion},"ephemeralOwner":"${formatSessionId(n.ephemeralOwner)}"` +
    (n.aversion === 0 ? "" : `,"aversion":${n.aversion}`) +
    (n.acl === OPEN_ACL ? "" : `,"acl":[${n.acl.map((a) => `{"perms":${a.perms},"scheme":${JSON.stringify(a.scheme)},"id":${JSON.stringify(a.id)}}`).join(",")}]`) +
    "}"
  )
}

/** What `serialize` writes before the nodes. */
export function snapshotHead(tree: DataTree): string {
  return `{"format":${JSON.stringify(SNAPSHOT_FORMAT)},"version":${SNAPSHOT_VERSION},"lastApplied":"${formatZxid(tree.lastApplied)}","digest":"${digest(tree)}","nodes":[`
}

/** What `serialize` writes after the nodes: the session table as it stands. */
export function snapshotTail(tree: DataTree): string {
  return `],"sessions":[${sessions(tree)
    .map((s) => `{"session":"${formatSessionId(s.session)}","timeoutMs":${s.timeoutMs}}`)
    .join(",")}]}`
}

/**
 * The tree as a string; equal trees (same nodes, sessions and lastApplied) serialise to the same string.
 * The encoded form is written directly rather than through the Schema's encoder, which is ten times slower
 * on large trees; the tests hold it to that encoder byte for byte (test/support/snapshot-reference.ts).
 */
export function serialize(tree: DataTree): string {
  const paths = [...tree.nodes.keys()].sort(compareCodeUnits)
  const parts: Array<string> = new Array<string>(paths.length)
  for (let i = 0; i < paths.length; i++) parts[i] = nodeJson(tree, paths[i]!)!
  return snapshotHead(tree) + parts.join(",") + snapshotTail(tree)
}

/**
 * The tree a snapshot holds, or a one-line reason naming what is wrong with it: not JSON, a field that does
 * not decode (the Schema names its path, e.g. `["nodes"][3]["czxid"]`), a bad or repeated path, a node
 * without its parent, no root, an ephemeral node of no session or with children, or a digest that does
 * not match the nodes.
 */
export function deserialize(text: string): Result.Result<DataTree, string> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return Result.fail(`data tree snapshot is not JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const decoded = decodeSnapshot(json)
  if (Result.isFailure(decoded)) return Result.fail(`data tree snapshot does not decode: ${String(decoded.failure).replace(/\s+/g, " ")}`)
  const snapshot = decoded.success
  const v1 = snapshot.version === 1
  const tree = bareTree(snapshot.lastApplied)
  for (const s of v1 ? [] : (snapshot as Snapshot).sessions) addSession(tree, s.session, s.timeoutMs)
  for (let i = 0; i < snapshot.nodes.length; i++) {
    const n = snapshot.nodes[i]!
    if (!validPath(n.path)) return Result.fail(`data tree snapshot: nodes[${i}].path ${JSON.stringify(n.path)} is not a valid znode path`)
    if (tree.nodes.has(n.path)) return Result.fail(`data tree snapshot: nodes[${i}].path ${JSON.stringify(n.path)} appears twice`)
    const node =
      "ephemeralOwner" in n
        ? makeNode(n.path, n.data, n.czxid, n.mzxid, n.pzxid, n.ctime, n.mtime, n.version, n.cversion, n.ephemeralOwner)
        : makeNode(n.path, n.data, n.czxid, n.mzxid, n.pzxid, 0, 0, n.version, n.cversion, NO_SESSION)
    if ("aversion" in n && n.aversion !== undefined) node.aversion = n.aversion
    if ("acl" in n && n.acl !== undefined) {
      if (n.acl.length === 0) return Result.fail(`data tree snapshot: nodes[${i}].acl is empty`)
      node.acl = isOpenAcl(n.acl) ? OPEN_ACL : n.acl
    }
    if (node.ephemeralOwner !== NO_SESSION && !tree.sessions.has(node.ephemeralOwner)) {
      return Result.fail(`data tree snapshot: nodes[${i}] is an ephemeral node of ${formatSessionId(node.ephemeralOwner)}, which is not among its sessions`)
    }
    tree.nodes.set(n.path, node)
  }
  if (!tree.nodes.has(ROOT)) return Result.fail(`data tree snapshot: nodes has no root "/"`)
  // Link children once every node is known, so the snapshot's order does not matter.
  for (let i = 0; i < snapshot.nodes.length; i++) {
    const path = snapshot.nodes[i]!.path
    if (path === ROOT) continue
    const parent = tree.nodes.get(parentOf(path))
    if (parent === undefined) return Result.fail(`data tree snapshot: nodes[${i}].path ${JSON.stringify(path)} has no parent ${JSON.stringify(parentOf(path))}`)
    if (parent.ephemeralOwner !== NO_SESSION) return Result.fail(`data tree snapshot: nodes[${i}].path ${JSON.stringify(path)} is a child of an ephemeral node`)
    parent.children.add(nameOf(path))
  }
  // Hash each node once its children are linked (a re-insert while iterating the Map would revisit it).
  for (const [path, node] of [...tree.nodes]) {
    // Version 1 stored creations plus deletions; creations are half of that plus the children left.
    if (v1) node.cversion = (node.cversion + node.children.size) / 2
    if (!Number.isInteger(node.cversion)) return Result.fail(`data tree snapshot: ${JSON.stringify(path)} has a cversion its children cannot have`)
    tree.nodes.delete(path)
    insert(tree, path, node)
  }
  const actual = digest(tree)
  if (actual !== snapshot.digest) return Result.fail(`data tree snapshot: digest is ${JSON.stringify(snapshot.digest)} but the nodes hash to ${JSON.stringify(actual)}`)
  return Result.succeed(tree)
}
