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
 * can encode it; znode timestamps (ctime, mtime) are not modelled because the core has no clock.
 */
import { Result, Schema } from "effect"
import type { ReadOp, Txn, WriteOp } from "./types.js"
import { type Zxid, ZxidSchema, formatZxid } from "./zxid.js"

// ---------------------------------------------------------------------------------------------------------
// Client-visible results, defined once as Schemas.

/** ZooKeeper's KeeperException codes that znode operations can produce. */
export const ErrorCode = Schema.Literals(["NoNode", "NodeExists", "BadVersion", "NotEmpty", "BadArguments"])
export type ErrorCode = typeof ErrorCode.Type

const NonNegativeInt = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

/** A znode's Stat, as ZooKeeper returns it, without the wall-clock fields and ACL/ephemeral bookkeeping. */
export const Stat = Schema.Struct({
  czxid: ZxidSchema, // the txn that created the node
  mzxid: ZxidSchema, // the txn that last set its data
  pzxid: ZxidSchema, // the txn that last created or deleted one of its children
  version: NonNegativeInt, // number of data changes
  cversion: NonNegativeInt, // number of child creations and deletions
  dataLength: NonNegativeInt,
  numChildren: NonNegativeInt,
})
export type Stat = typeof Stat.Type

/**
 * The answer to one client operation. `zxid` is the txn's zxid for a write and the tree's last applied zxid
 * for a read (ZooKeeper's reply header). Which optional fields an Ok carries depends on the operation:
 * Create: path, stat; Delete: nothing; SetData: stat; GetData: data, stat; Exists: exists, stat when it
 * does; GetChildren: children (sorted), stat.
 */
export const ClientResult = Schema.TaggedUnion({
  Ok: {
    zxid: ZxidSchema,
    path: Schema.optionalKey(Schema.String),
    data: Schema.optionalKey(Schema.String),
    stat: Schema.optionalKey(Stat),
    children: Schema.optionalKey(Schema.Array(Schema.String)),
    exists: Schema.optionalKey(Schema.Boolean),
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
  version: number
  cversion: number
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
  digestA: number
  digestB: number
}

export const ROOT = "/"

export function emptyTree(): DataTree {
  const tree: DataTree = { nodes: new Map(), lastApplied: 0, digestA: 0, digestB: 0 }
  insert(tree, ROOT, makeNode(ROOT, "", 0, 0, 0, 0, 0))
  return tree
}

export function size(tree: DataTree): number {
  return tree.nodes.size
}

export function lastApplied(tree: DataTree): Zxid {
  return tree.lastApplied
}

/** A deep copy: mutating either tree afterwards leaves the other alone. */
export function clone(tree: DataTree): DataTree {
  const nodes = new Map<string, Znode>()
  for (const [path, n] of tree.nodes) nodes.set(path, { ...n, children: new Set(n.children) })
  return { nodes, lastApplied: tree.lastApplied, digestA: tree.digestA, digestB: tree.digestB }
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

function contribution(node: Znode, base: number, multiplier: number): number {
  let h = hashNumber(base, node.czxid, multiplier)
  h = hashNumber(h, node.mzxid, multiplier)
  h = hashNumber(h, node.pzxid, multiplier)
  h = hashNumber(h, node.version, multiplier)
  h = hashNumber(h, node.cversion, multiplier)
  return finish(h)
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

function makeNode(path: string, data: string, czxid: Zxid, mzxid: Zxid, pzxid: Zxid, version: number, cversion: number): Znode {
  const node: Znode = { data, czxid, mzxid, pzxid, version, cversion, children: new Set(), baseA: 0, baseB: 0, sumA: 0, sumB: 0 }
  rehashBase(path, node)
  return node
}

function insert(tree: DataTree, path: string, node: Znode): void {
  tree.nodes.set(path, node)
  rehash(tree, node)
}

/** The tree's content digest (16 hex digits): equal trees have equal digests. It ignores lastApplied. */
export function digest(tree: DataTree): string {
  return tree.digestA.toString(16).padStart(8, "0") + tree.digestB.toString(16).padStart(8, "0")
}

// ---------------------------------------------------------------------------------------------------------
// Writes.

function statOf(node: Znode): Stat {
  return {
    czxid: node.czxid,
    mzxid: node.mzxid,
    pzxid: node.pzxid,
    version: node.version,
    cversion: node.cversion,
    dataLength: node.data.length,
    numChildren: node.children.size,
  }
}

function fail(zxid: Zxid, code: ErrorCode): ClientResult {
  return { _tag: "Error", zxid, code }
}

/** ZooKeeper's version check: -1 matches any version. */
function versionMatches(expected: number, actual: number): boolean {
  return expected === -1 || expected === actual
}

/**
 * Applies a delivered txn and returns what its client is told. A refused op leaves the nodes as they were
 * but still counts as applied. Txns arrive in zxid order; an out-of-order one (only a broken peer delivers
 * one, and the invariants report it) is applied anyway and lastApplied keeps the highest zxid seen.
 */
export function apply(tree: DataTree, txn: Txn): ClientResult {
  const result = applyOp(tree, txn.op, txn.zxid)
  if (txn.zxid > tree.lastApplied) tree.lastApplied = txn.zxid
  return result
}

function applyOp(tree: DataTree, op: WriteOp, zxid: Zxid): ClientResult {
  if (!validPath(op.path)) return fail(zxid, "BadArguments")
  switch (op._tag) {
    case "Create":
      return create(tree, op.path, op.data, zxid)
    case "Delete":
      return remove(tree, op.path, op.version, zxid)
    case "SetData":
      return setData(tree, op.path, op.data, op.version, zxid)
  }
}

function create(tree: DataTree, path: string, data: string, zxid: Zxid): ClientResult {
  if (path === ROOT) return fail(zxid, "NodeExists")
  const parent = tree.nodes.get(parentOf(path))
  if (parent === undefined) return fail(zxid, "NoNode")
  if (tree.nodes.has(path)) return fail(zxid, "NodeExists")
  const node = makeNode(path, data, zxid, zxid, zxid, 0, 0)
  insert(tree, path, node)
  unhash(tree, parent)
  parent.children.add(nameOf(path))
  parent.cversion += 1
  parent.pzxid = zxid
  rehash(tree, parent)
  return { _tag: "Ok", zxid, path, stat: statOf(node) }
}

function remove(tree: DataTree, path: string, version: number, zxid: Zxid): ClientResult {
  if (path === ROOT) return fail(zxid, "BadArguments") // ZooKeeper refuses to delete the root
  const node = tree.nodes.get(path)
  if (node === undefined) return fail(zxid, "NoNode")
  if (!versionMatches(version, node.version)) return fail(zxid, "BadVersion")
  if (node.children.size > 0) return fail(zxid, "NotEmpty")
  const parent = tree.nodes.get(parentOf(path))!
  unhash(tree, node)
  tree.nodes.delete(path)
  unhash(tree, parent)
  parent.children.delete(nameOf(path))
  parent.cversion += 1
  parent.pzxid = zxid
  rehash(tree, parent)
  return { _tag: "Ok", zxid }
}

function setData(tree: DataTree, path: string, data: string, version: number, zxid: Zxid): ClientResult {
  const node = tree.nodes.get(path)
  if (node === undefined) return fail(zxid, "NoNode")
  if (!versionMatches(version, node.version)) return fail(zxid, "BadVersion")
  unhash(tree, node)
  node.data = data
  node.version += 1
  node.mzxid = zxid
  rehashBase(path, node)
  rehash(tree, node)
  return { _tag: "Ok", zxid, stat: statOf(node) }
}

// ---------------------------------------------------------------------------------------------------------
// Reads, answered at the tree's lastApplied.

export function getData(tree: DataTree, path: string): ClientResult {
  const zxid = tree.lastApplied
  if (!validPath(path)) return fail(zxid, "BadArguments")
  const node = tree.nodes.get(path)
  if (node === undefined) return fail(zxid, "NoNode")
  return { _tag: "Ok", zxid, data: node.data, stat: statOf(node) }
}

export function exists(tree: DataTree, path: string): ClientResult {
  const zxid = tree.lastApplied
  if (!validPath(path)) return fail(zxid, "BadArguments")
  const node = tree.nodes.get(path)
  if (node === undefined) return { _tag: "Ok", zxid, exists: false }
  return { _tag: "Ok", zxid, exists: true, stat: statOf(node) }
}

/** The node's children's names in code-unit order (ZooKeeper leaves the order unspecified; we fix one). */
export function getChildren(tree: DataTree, path: string): ClientResult {
  const zxid = tree.lastApplied
  if (!validPath(path)) return fail(zxid, "BadArguments")
  const node = tree.nodes.get(path)
  if (node === undefined) return fail(zxid, "NoNode")
  return { _tag: "Ok", zxid, children: [...node.children].sort(compareCodeUnits), stat: statOf(node) }
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
// Snapshots: the tree as JSON, every node in path order, decoded through a Schema.

const SnapshotNode = Schema.Struct({
  path: Schema.String,
  data: Schema.String,
  czxid: ZxidSchema,
  mzxid: ZxidSchema,
  pzxid: ZxidSchema,
  version: NonNegativeInt,
  cversion: NonNegativeInt,
})

export const SNAPSHOT_FORMAT = "zab-datatree"
export const SNAPSHOT_VERSION = 1

const Snapshot = Schema.Struct({
  format: Schema.Literal(SNAPSHOT_FORMAT),
  version: Schema.Literal(SNAPSHOT_VERSION),
  lastApplied: ZxidSchema,
  /** The content digest of the tree, rechecked on load: a snapshot whose nodes were altered is refused. */
  digest: Schema.String,
  nodes: Schema.Array(SnapshotNode),
})
type Snapshot = typeof Snapshot.Type

const encodeSnapshot = Schema.encodeSync(Snapshot)
const decodeSnapshot = Schema.decodeUnknownResult(Snapshot)

/** The snapshot of a tree, as its Schema type (nodes in path order). */
function snapshotOf(tree: DataTree): Snapshot {
  const paths = [...tree.nodes.keys()].sort(compareCodeUnits)
  const nodes = paths.map((path) => {
    const n = tree.nodes.get(path)!
    return { path, data: n.data, czxid: n.czxid, mzxid: n.mzxid, pzxid: n.pzxid, version: n.version, cversion: n.cversion }
  })
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, lastApplied: tree.lastApplied, digest: digest(tree), nodes }
}

/**
 * The tree as a string; equal trees (same nodes and lastApplied) serialise to the same string. The encoded
 * form is written directly rather than through the Schema's encoder, which is ten times slower on large
 * trees; `serializeThroughSchema` is the reference the tests hold it to, byte for byte.
 */
export function serialize(tree: DataTree): string {
  const paths = [...tree.nodes.keys()].sort(compareCodeUnits)
  const parts: Array<string> = new Array<string>(paths.length)
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!
    const n = tree.nodes.get(path)!
    parts[i] =
      `{"path":${JSON.stringify(path)},"data":${JSON.stringify(n.data)},"czxid":"${formatZxid(n.czxid)}","mzxid":"${formatZxid(n.mzxid)}",` +
      `"pzxid":"${formatZxid(n.pzxid)}","version":${n.version},"cversion":${n.cversion}}`
  }
  return (
    `{"format":${JSON.stringify(SNAPSHOT_FORMAT)},"version":${SNAPSHOT_VERSION},"lastApplied":"${formatZxid(tree.lastApplied)}",` +
    `"digest":"${digest(tree)}","nodes":[${parts.join(",")}]}`
  )
}

/** `serialize` through the Schema's encoder: slower, and the reference for what `serialize` must write. */
export function serializeThroughSchema(tree: DataTree): string {
  return JSON.stringify(encodeSnapshot(snapshotOf(tree)))
}

/**
 * The tree a snapshot holds, or a one-line reason naming what is wrong with it: not JSON, a field that does
 * not decode (the Schema names its path, e.g. `["nodes"][3]["czxid"]`), a bad or repeated path, a node
 * without its parent, no root, or a digest that does not match the nodes.
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
  const tree: DataTree = { nodes: new Map(), lastApplied: snapshot.lastApplied, digestA: 0, digestB: 0 }
  for (let i = 0; i < snapshot.nodes.length; i++) {
    const n = snapshot.nodes[i]!
    if (!validPath(n.path)) return Result.fail(`data tree snapshot: nodes[${i}].path ${JSON.stringify(n.path)} is not a valid znode path`)
    if (tree.nodes.has(n.path)) return Result.fail(`data tree snapshot: nodes[${i}].path ${JSON.stringify(n.path)} appears twice`)
    insert(tree, n.path, makeNode(n.path, n.data, n.czxid, n.mzxid, n.pzxid, n.version, n.cversion))
  }
  if (!tree.nodes.has(ROOT)) return Result.fail(`data tree snapshot: nodes has no root "/"`)
  // Link children once every node is known, so the snapshot's order does not matter.
  for (let i = 0; i < snapshot.nodes.length; i++) {
    const path = snapshot.nodes[i]!.path
    if (path === ROOT) continue
    const parent = tree.nodes.get(parentOf(path))
    if (parent === undefined) return Result.fail(`data tree snapshot: nodes[${i}].path ${JSON.stringify(path)} has no parent ${JSON.stringify(parentOf(path))}`)
    parent.children.add(nameOf(path))
  }
  const actual = digest(tree)
  if (actual !== snapshot.digest) return Result.fail(`data tree snapshot: digest is ${JSON.stringify(snapshot.digest)} but the nodes hash to ${JSON.stringify(actual)}`)
  return Result.succeed(tree)
}

/** One line for logs: node count, last applied zxid, digest. */
export function describeTree(tree: DataTree): string {
  return `${tree.nodes.size} znodes at ${formatZxid(tree.lastApplied)}, digest ${digest(tree)}`
}
