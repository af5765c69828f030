/**
 * The data tree's snapshot format as the simulator knows it, apart from the code it tests
 * (impl/core/datatree.ts): the content digest a snapshot records, computed from the file's own entries, and
 * faithful re-encodings of a snapshot, as another release or a tool that rewrote the file might leave it
 * (its entries in another order, the optional keys written out, another layout). A server must load every such encoding to the same tree, and its recorded digest must be
 * this one, or a snapshot one release wrote would not load in the next. The digest also lets the simulator
 * re-seal a damage it makes (disk-damage.ts), so that only the loader's checks of the structure can tell.
 *
 * It is a second implementation on purpose: a snapshot that the peer both writes and reads with the same
 * wrong hash, or loads in an order-dependent way, looks sound to the peer alone.
 */
import { MAX_EPOCH, counterOf, formatZxid, makeZxid, parseZxid } from "../core/zxid.js"

export type Json = null | boolean | number | string | Array<Json> | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** The snapshot's JSON object, if the text is one with nodes; null otherwise. */
export function parseSnapshotDocument(text: string): JsonObject | null {
  let doc: Json
  try {
    doc = JSON.parse(text) as Json
  } catch {
    return null
  }
  return isObject(doc) && Array.isArray(doc["nodes"]) ? doc : null
}

// The digest: two 32-bit lanes, each the sum mod 2^32 of one hash per node and per session. A lane is an
// FNV-style multiply-xor over the entry's fields, then murmur3's finaliser.
const LANES = [
  { multiplier: 0x01000193, nodeSeed: 0x811c9dc5, sessionSeed: 0x5e55_1011 },
  { multiplier: 0x5bd1e995, nodeSeed: 0x9747b28c, sessionSeed: 0x5e55_1012 },
] as const
/** Between a node's path and its data, and an ACL entry's scheme and id: above every UTF-16 code unit. */
const BOUNDARY = 0x1_0000
const TWO_TO_32 = 0x1_0000_0000
const NO_OWNER = "0x0"
/** The tags before the fields a node's hash takes only when they are not zero (or not the open ACL). */
const TAG = { ctime: 0x63, mtime: 0x6d, owner: 0x65, aversion: 0x76, acl: 0x61 } as const

function step(h: number, value: number, multiplier: number): number {
  return Math.imul(h ^ value, multiplier)
}

function text(h: number, value: string, multiplier: number): number {
  let out = h
  for (const unit of codeUnits(value)) out = step(out, unit, multiplier)
  return out
}

function* codeUnits(value: string): Generator<number> {
  for (let i = 0; i < value.length; i++) yield value.charCodeAt(i)
}

/** An integer of up to 53 bits: its low word (as 32 bits, two's complement), then what is above it. */
function integer(h: number, value: number, multiplier: number): number {
  return step(step(h, value % TWO_TO_32, multiplier), Math.floor(value / TWO_TO_32), multiplier)
}

function avalanche(h: number): number {
  let x = h >>> 0
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0
  return (x ^ (x >>> 16)) >>> 0
}

function isOpen(acl: Json | undefined): boolean {
  if (acl === undefined) return true
  if (!Array.isArray(acl) || acl.length !== 1 || !isObject(acl[0])) return false
  const only = acl[0]
  return only["perms"] === 31 && only["scheme"] === "world" && only["id"] === "anyone"
}

function numberAt(entry: JsonObject, key: string): number {
  const value = entry[key]
  if (typeof value === "number") return value
  if (typeof value === "string") return parseZxid(value) ?? 0
  return 0
}

function nodeHash(node: JsonObject, children: number, lane: (typeof LANES)[number]): number {
  const m = lane.multiplier
  const path = typeof node["path"] === "string" ? node["path"] : ""
  const data = typeof node["data"] === "string" ? node["data"] : ""
  let h = text(step(text(lane.nodeSeed, path, m), BOUNDARY, m), data, m)
  for (const key of ["czxid", "mzxid", "pzxid", "version"]) h = integer(h, numberAt(node, key), m)
  // The cversion a Stat reports: the file keeps creations, a Stat counts creations and deletions.
  h = integer(h, numberAt(node, "cversion") * 2 - children, m)
  for (const key of ["ctime", "mtime"] as const) {
    const value = numberAt(node, key)
    if (value !== 0) h = integer(step(h, TAG[key], m), value, m)
  }
  const owner = node["ephemeralOwner"]
  if (typeof owner === "string" && owner !== NO_OWNER) h = text(step(h, TAG.owner, m), owner, m)
  const aversion = numberAt(node, "aversion")
  if (aversion !== 0) h = integer(step(h, TAG.aversion, m), aversion, m)
  const acl = node["acl"]
  if (Array.isArray(acl) && !isOpen(acl)) {
    for (const entry of acl) {
      if (!isObject(entry)) continue
      h = integer(step(h, TAG.acl, m), typeof entry["perms"] === "number" ? entry["perms"] : 0, m)
      h = text(step(text(h, String(entry["scheme"]), m), BOUNDARY, m), String(entry["id"]), m)
    }
  }
  return avalanche(h)
}

function sessionHash(session: JsonObject, lane: (typeof LANES)[number]): number {
  const m = lane.multiplier
  return avalanche(integer(text(lane.sessionSeed, String(session["session"]), m), numberAt(session, "timeoutMs"), m))
}

function parentPath(path: string): string {
  const slash = path.lastIndexOf("/")
  return slash <= 0 ? "/" : path.slice(0, slash)
}

/** The digest a snapshot of these nodes and sessions records (16 hex digits), as the format defines it. */
export function formatDigest(doc: JsonObject): string {
  const nodes = (doc["nodes"] as Array<Json>).filter(isObject)
  const children = new Map<string, Set<string>>()
  for (const node of nodes) {
    const path = node["path"]
    if (typeof path !== "string" || path === "/") continue
    const parent = parentPath(path)
    children.set(parent, (children.get(parent) ?? new Set()).add(path))
  }
  const sessions = Array.isArray(doc["sessions"]) ? doc["sessions"].filter(isObject) : []
  return LANES.map((lane) => {
    let sum = 0
    for (const node of nodes) sum = (sum + nodeHash(node, children.get(String(node["path"]))?.size ?? 0, lane)) >>> 0
    for (const session of sessions) sum = (sum + sessionHash(session, lane)) >>> 0
    return sum.toString(16).padStart(8, "0")
  }).join("")
}

/** Record the format's digest of the document's entries as its digest, as a tool that rewrote the file would. */
export function reseal(doc: JsonObject): void {
  doc["digest"] = formatDigest(doc)
}

/**
 * A faithful re-encoding: the text, what changed, the digest the snapshot recorded if it was not the
 * format's, and where the snapshot's text first departs from the format's encoding of its content, if it does.
 */
export interface Rewrite {
  readonly text: string
  readonly what: string
  readonly wrongDigest: { readonly recorded: string; readonly expected: string } | null
  readonly wrongEncoding: string | null
}

/** What a snapshot names its format, and the version every release since ACLs were kept writes. */
const FORMAT = "zab-datatree"
const VERSION = 3

const NODE_KEYS = ["path", "data", "czxid", "mzxid", "pzxid", "ctime", "mtime", "version", "cversion", "ephemeralOwner"] as const

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A session id's value as the peer orders them: 64 bits, two's complement. */
function signedSessionId(text: Json | undefined): bigint {
  try {
    return BigInt.asIntN(64, BigInt(String(text)))
  } catch {
    return 0n
  }
}

/**
 * The one text the format has for a snapshot's content (equal trees, equal texts: replicas are compared by
 * it): its format's name and version 3, nodes by path in code-unit order, sessions by id, each entry's keys in a fixed order, and the
 * optional keys only where they say something (an aversion not 0, an ACL other than the open one).
 */
export function canonicalSnapshotText(doc: JsonObject): string {
  const nodes = (doc["nodes"] as Array<Json>).filter(isObject).sort((a, b) => byCodeUnits(String(a["path"]), String(b["path"])))
  const sessions = (Array.isArray(doc["sessions"]) ? doc["sessions"].filter(isObject) : []).sort((a, b) => {
    const x = signedSessionId(a["session"])
    const y = signedSessionId(b["session"])
    return x < y ? -1 : x > y ? 1 : 0
  })
  const node = (entry: JsonObject): JsonObject => {
    const out: JsonObject = {}
    for (const key of NODE_KEYS) out[key] = entry[key] ?? null
    if (entry["aversion"] !== undefined && entry["aversion"] !== 0) out["aversion"] = entry["aversion"]
    const acl = entry["acl"]
    if (Array.isArray(acl) && !isOpen(acl)) out["acl"] = acl.filter(isObject).map((a) => ({ perms: a["perms"] ?? null, scheme: a["scheme"] ?? null, id: a["id"] ?? null }))
    return out
  }
  return JSON.stringify({
    format: FORMAT,
    version: VERSION,
    lastApplied: doc["lastApplied"] ?? null,
    digest: doc["digest"] ?? null,
    nodes: nodes.map(node),
    sessions: sessions.map((s) => ({ session: s["session"] ?? null, timeoutMs: s["timeoutMs"] ?? null })),
  })
}

/** Where `written` first departs from `expected`, with a little of each from there; null if they are equal. */
export function firstDifference(written: string, expected: string): string | null {
  if (written === expected) return null
  let at = 0
  while (at < written.length && written[at] === expected[at]) at++
  return `at character ${at} it has ${JSON.stringify(written.slice(at, at + 60))}, the format ${JSON.stringify(expected.slice(at, at + 60))}`
}

/** An encoding the loader must accept: its text, what it is, and the format's text of the tree it holds. */
export interface Acceptance {
  readonly text: string
  readonly what: string
  readonly expected: string
}

function childCounts(nodes: ReadonlyArray<JsonObject>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const node of nodes) {
    const path = String(node["path"])
    if (path !== "/") counts.set(parentPath(path), (counts.get(parentPath(path)) ?? 0) + 1)
  }
  return counts
}

/**
 * The snapshot's content as version 1 wrote it, and the format's text of the tree it must load to. Version 1
 * had no times, sessions, ACLs or aversions, and stored a node's cversion as a Stat reports it (creations
 * plus deletions); so the tree is what version 1 could hold: the system nodes (which it predates) and the
 * ephemeral nodes left out, the later fields at their defaults. One child created and deleted is added at
 * the root, so that the conversion back to creations has deletions to take out. `oddAt` adds one more
 * to a version 1 cversion, which no tree can have (creations plus deletions, less the children left, is
 * even), for the loader to refuse.
 */
export function versionOne(doc: JsonObject, oddAt: string | null = null): Acceptance {
  const system = (path: string): boolean => path === "/zookeeper" || path.startsWith("/zookeeper/")
  const nodes = (doc["nodes"] as Array<Json>)
    .filter(isObject)
    .filter((node) => !system(String(node["path"])) && (node["ephemeralOwner"] ?? NO_OWNER) === NO_OWNER)
    .map((node): JsonObject => ({
      path: node["path"] ?? null,
      data: node["data"] ?? null,
      czxid: node["czxid"] ?? null,
      mzxid: node["mzxid"] ?? null,
      pzxid: node["pzxid"] ?? null,
      ctime: 0,
      mtime: 0,
      version: node["version"] ?? null,
      cversion: numberAt(node, "cversion") + (node["path"] === "/" ? 1 : 0),
      ephemeralOwner: NO_OWNER,
    }))
  const later: JsonObject = { format: FORMAT, version: VERSION, lastApplied: doc["lastApplied"] ?? null, digest: "", nodes, sessions: [] }
  reseal(later)
  const children = childCounts(nodes)
  const v1Nodes = nodes.map((node) => {
    const path = String(node["path"])
    const cversion = 2 * numberAt(node, "cversion") - (children.get(path) ?? 0) + (path === oddAt ? 1 : 0)
    return { path: node["path"] ?? null, data: node["data"] ?? null, czxid: node["czxid"] ?? null, mzxid: node["mzxid"] ?? null, pzxid: node["pzxid"] ?? null, version: node["version"] ?? null, cversion }
  })
  const text = JSON.stringify({ format: FORMAT, version: 1, lastApplied: later["lastApplied"], digest: later["digest"], nodes: v1Nodes })
  const what = oddAt === null ? "written as version 1 wrote it" : `written as version 1 wrote it, ${oddAt}'s cversion one more than its children allow`
  return { text, what, expected: canonicalSnapshotText(later) }
}

/**
 * The snapshot with every zxid moved to the largest epoch a zxid can have, its counter kept, and re-sealed:
 * a valid snapshot, whose zxids the codec must read at the edge of their range.
 */
export function atLargestEpoch(doc: JsonObject): Acceptance {
  const moved = structuredClone(doc)
  const move = (holder: JsonObject, key: string): void => {
    const zxid = typeof holder[key] === "string" ? parseZxid(holder[key]) : undefined
    if (zxid !== undefined) holder[key] = formatZxid(makeZxid(MAX_EPOCH, counterOf(zxid)))
  }
  move(moved, "lastApplied")
  for (const node of (moved["nodes"] as Array<Json>).filter(isObject)) for (const key of ["czxid", "mzxid", "pzxid"]) move(node, key)
  reseal(moved)
  const text = canonicalSnapshotText(moved)
  return { text, what: `every zxid at the largest epoch, ${formatZxid(MAX_EPOCH)}`, expected: text }
}

const WORLD_ANYONE = [{ perms: 31, scheme: "world", id: "anyone" }]

/**
 * The snapshot re-encoded as another writer might: `pick` chooses how its nodes and sessions are ordered
 * (reversed, or rotated), whether the optional keys are written out (aversion 0, the open ACL), whether each
 * entry's keys are in reverse order, and whether the text is indented. (Version 2, which has no ACLs, cannot
 * hold a tree with the system nodes.) Null if the text is not a snapshot the simulator wrote.
 */
export function rewriteSnapshot(original: string, pick: number): Rewrite | null {
  const doc = parseSnapshotDocument(original)
  if (doc === null) return null
  const recorded = String(doc["digest"])
  const expected = formatDigest(doc)
  const wrongEncoding = firstDifference(original, canonicalSnapshotText(doc))
  const changes: Array<string> = []
  let choice = pick
  const next = (ways: number): number => {
    const way = choice % ways
    choice = Math.floor(choice / ways)
    return way
  }
  const nodes = (doc["nodes"] as Array<Json>).filter(isObject)
  const sessions = Array.isArray(doc["sessions"]) ? doc["sessions"].filter(isObject) : []
  const order = next(3)
  const reorder = <T>(entries: Array<T>): Array<T> =>
    order === 0 ? [...entries].reverse() : order === 1 ? entries.map((_, i) => entries[(i + 1 + (pick % Math.max(1, entries.length))) % entries.length]!) : entries
  doc["nodes"] = reorder(nodes)
  if (Array.isArray(doc["sessions"])) doc["sessions"] = reorder(sessions)
  if (order !== 2) changes.push(order === 0 ? "its nodes and sessions in reverse order" : "its nodes and sessions rotated")
  if (next(2) === 0) {
    for (const node of nodes) {
      if (node["aversion"] === undefined) node["aversion"] = 0
      if (node["acl"] === undefined) node["acl"] = structuredClone(WORLD_ANYONE)
    }
    changes.push("every node's aversion and ACL written out")
  }
  const reversedKeys = next(2) === 0
  if (reversedKeys) changes.push("each entry's keys in reverse order")
  const indent = next(2) === 0 ? 1 : 0
  if (indent > 0) changes.push("the text indented")
  doc["digest"] = expected
  const text = JSON.stringify(reversedKeys ? reverseKeys(doc) : doc, null, indent)
  const what = changes.length === 0 ? "re-encoded as it was" : `re-encoded with ${changes.join(", ")}`
  return { text, what, wrongDigest: recorded === expected ? null : { recorded, expected }, wrongEncoding }
}

function reverseKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (!isObject(value)) return value
  const out: JsonObject = {}
  for (const key of Object.keys(value).reverse()) out[key] = reverseKeys(value[key]!)
  return out
}
