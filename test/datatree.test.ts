/**
 * Goal: the replicated znode tree follows ZooKeeper 3.8's rules for every op (its checks in its order, so
 * an op wrong in two ways fails with ZooKeeper's code; cversion, sequence numbers, ephemerals, sessions
 * and multi as ZooKeeper has them), survives a snapshot round trip byte for byte, still loads version 1
 * snapshots, refuses a damaged snapshot with a reason naming the field, and its digest tells trees apart.
 * Method: hand-written cases per rule (the codes were checked against a running Apache ZooKeeper 3.8, see
 * test/conformance-zookeeper.test.ts), then a fast-check model-based test (fixed seed) that applies random
 * ops, valid and malformed, to the tree and to a deliberately naive reference (a Map scanned linearly) and
 * compares every answer and the final state.
 */
import { fc, test } from "@fast-check/vitest"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  ClientResult,
  type DataTree,
  type ErrorCode,
  type Stat,
  apply,
  clone,
  deserialize,
  digest,
  emptyTree,
  ephemeralsOf,
  sessions,
  exists,
  getChildren,
  getData,
  lastApplied,
  read,
  serialize,
  size,
  validPath,
} from "../impl/core/datatree.js"
import { serializeThroughSchema } from "./support/snapshot-reference.js"
import type { ReadOp, Txn, TxnOp, WriteOp } from "../impl/core/types.js"
import { makeZxid } from "../impl/core/zxid.js"

// ---------------------------------------------------------------------------------------------------------
// Helpers.

/** Applies ops with zxids 0x100000001, 0x100000002, ... continuing from the tree's lastApplied. */
function run(tree: DataTree, ...ops: ReadonlyArray<TxnOp>): Array<ClientResult> {
  return ops.map((op) => apply(tree, { zxid: lastApplied(tree) === 0 ? makeZxid(1, 1) : lastApplied(tree) + 1, op, origin: 1, request: 0 }))
}

const create = (path: string, data = ""): WriteOp => ({ _tag: "Create", path, data })
const del = (path: string, version = -1): WriteOp => ({ _tag: "Delete", path, version })
const set = (path: string, data: string, version = -1): WriteOp => ({ _tag: "SetData", path, data, version })

function errorCode(result: ClientResult): ErrorCode | "Ok" {
  return result._tag === "Error" ? result.code : "Ok"
}

function statOf(tree: DataTree, path: string): Stat {
  const result = getData(tree, path)
  if (result._tag !== "Ok" || result.stat === undefined) throw new Error(`no node ${path}`)
  return result.stat
}

function childrenOf(tree: DataTree, path: string): ReadonlyArray<string> | ErrorCode {
  const result = getChildren(tree, path)
  return result._tag === "Ok" ? result.children! : result.code
}

function loaded(text: string): DataTree {
  const result = deserialize(text)
  if (Result.isFailure(result)) throw new Error(result.failure)
  return result.success
}

function loadError(text: string): string {
  const result = deserialize(text)
  expect(Result.isFailure(result), "the snapshot should be refused").toBe(true)
  return Result.isFailure(result) ? result.failure : ""
}

const z = (counter: number): number => makeZxid(1, counter)

// ---------------------------------------------------------------------------------------------------------
// Rules.

describe("znode rules", () => {
  it("starts with the root and ZooKeeper's system nodes, which cannot be deleted", () => {
    const tree = emptyTree()
    expect(size(tree)).toBe(4)
    expect(lastApplied(tree)).toBe(0)
    // As ZooKeeper reports them: /zookeeper was linked without counting a creation, so cversion is -1.
    expect(exists(tree, "/")).toEqual({
      _tag: "Ok",
      zxid: 0,
      exists: true,
      stat: { czxid: 0, mzxid: 0, pzxid: 0, ctime: 0, mtime: 0, version: 0, cversion: -1, aversion: 0, ephemeralOwner: 0n, dataLength: 0, numChildren: 1 },
    })
    expect(childrenOf(tree, "/")).toEqual(["zookeeper"])
    expect(childrenOf(tree, "/zookeeper")).toEqual(["config", "quota"])
    expect(statOf(tree, "/zookeeper")).toMatchObject({ cversion: -2, numChildren: 2 })
    expect(run(tree, create("/"), del("/"), del("/zookeeper"), del("/zookeeper/quota")).map(errorCode)).toEqual(["NodeExists", "BadArguments", "BadArguments", "BadArguments"])
    expect(exists(tree, "/")).toMatchObject({ exists: true })
  })

  it("create needs the parent and a free name, and records czxid, mzxid, the txn's time and the parent's pzxid and cversion", () => {
    const tree = emptyTree()
    const [a, again, orphan, b] = run(tree, create("/a", "one"), create("/a", "two"), create("/x/y"), create("/a/b", "deep"))
    expect(a).toEqual({
      _tag: "Ok",
      zxid: z(1),
      path: "/a",
      stat: { czxid: z(1), mzxid: z(1), pzxid: z(1), ctime: 0, mtime: 0, version: 0, cversion: 0, aversion: 0, ephemeralOwner: 0n, dataLength: 3, numChildren: 0 },
    })
    expect(errorCode(again!)).toBe("NodeExists")
    expect(errorCode(orphan!)).toBe("NoNode")
    expect(b).toMatchObject({ _tag: "Ok", path: "/a/b" })
    expect(getData(tree, "/a")).toMatchObject({ data: "one", stat: { czxid: z(1), mzxid: z(1), pzxid: z(4), cversion: 1, numChildren: 1 } })
    // The root: one creation counted, two children (with /zookeeper): ZooKeeper reports 2 * 1 - 2 = 0.
    expect(statOf(tree, "/")).toMatchObject({ pzxid: z(1), cversion: 0, numChildren: 2 })
    expect(lastApplied(tree)).toBe(z(4))
    const timed = apply(tree, { zxid: z(5), op: create("/t"), origin: 1, request: 0, time: 1_700_000_000_123 })
    expect(timed).toMatchObject({ stat: { ctime: 1_700_000_000_123, mtime: 1_700_000_000_123 } })
    expect(apply(tree, { zxid: z(6), op: set("/t", "x"), origin: 1, request: 0, time: 1_700_000_000_456 })).toMatchObject({ stat: { ctime: 1_700_000_000_123, mtime: 1_700_000_000_456 } })
  })

  it("setData checks the version (-1 matches any), bumps it and sets mzxid", () => {
    const tree = emptyTree()
    const [, first, stale, any] = run(tree, create("/a", "v0"), set("/a", "v1", 0), set("/a", "nope", 0), set("/a", "v2", -1))
    expect(first).toEqual({
      _tag: "Ok",
      zxid: z(2),
      stat: { czxid: z(1), mzxid: z(2), pzxid: z(1), ctime: 0, mtime: 0, version: 1, cversion: 0, aversion: 0, ephemeralOwner: 0n, dataLength: 2, numChildren: 0 },
    })
    expect(errorCode(stale!)).toBe("BadVersion")
    expect(any).toMatchObject({ stat: { version: 2, mzxid: z(4) } })
    expect(getData(tree, "/a")).toMatchObject({ zxid: z(4), data: "v2" })
    expect(errorCode(run(tree, set("/missing", "x"))[0]!)).toBe("NoNode")
    // The root's data can be set.
    expect(run(tree, set("/", "root data"))[0]).toMatchObject({ _tag: "Ok", stat: { version: 1 } })
  })

  it("delete needs the node, the version, and no children, in that order of checks; cversion counts deletions as ZooKeeper reports it", () => {
    const tree = emptyTree()
    run(tree, create("/a"), create("/a/b"), set("/a", "x"))
    expect(run(tree, del("/nope"), del("/a", 0), del("/a", 1), del("/a/b", 0), del("/a", 1)).map(errorCode)).toEqual(["NoNode", "BadVersion", "NotEmpty", "Ok", "Ok"])
    expect(size(tree)).toBe(4)
    expect(statOf(tree, "/")).toMatchObject({ cversion: 1, numChildren: 1, pzxid: z(8) })
    // A deleted name can be created again, with fresh stat.
    expect(run(tree, create("/a", "again"))[0]).toMatchObject({ stat: { czxid: z(9), version: 0 } })
  })

  it("answers a malformed path with the code ZooKeeper's checks reach first", () => {
    const bad = ["", "a", "/a/", "//a", "/a//b", "/a/.", "/a/..", "/./a", "/a\u0000b", "/a\u0001", "/\ud800", "/\ufff0"]
    // [create, setData, delete] on an empty tree, as ZooKeeper 3.8 answers: create and delete look the
    // parent up (everything before the last slash) before they validate the whole path; setData validates
    // first; a NUL or a path without a slash is refused outright.
    const expected: Record<string, ReadonlyArray<string>> = {
      "": ["BadArguments", "BadArguments", "BadArguments"],
      a: ["BadArguments", "BadArguments", "BadArguments"],
      "/a/": ["NoNode", "BadArguments", "NoNode"],
      "//a": ["BadArguments", "BadArguments", "NoNode"],
      "/a//b": ["NoNode", "BadArguments", "NoNode"],
      "/a/.": ["NoNode", "BadArguments", "NoNode"],
      "/a/..": ["NoNode", "BadArguments", "NoNode"],
      "/./a": ["NoNode", "BadArguments", "NoNode"],
      "/a\u0000b": ["BadArguments", "BadArguments", "BadArguments"],
      "/a\u0001": ["BadArguments", "BadArguments", "NoNode"],
      "/\ud800": ["BadArguments", "BadArguments", "NoNode"],
      "/\ufff0": ["BadArguments", "BadArguments", "NoNode"],
    }
    for (const path of bad) {
      expect(validPath(path), path).toBe(false)
      const tree = emptyTree()
      expect(run(tree, create(path), set(path, "x"), del(path)).map(errorCode), JSON.stringify(path)).toEqual(expected[path])
      // Reads do not validate: a path that names no node is not there (a NUL is refused by exists).
      expect([getData(tree, path), getChildren(tree, path)].map(errorCode), path).toEqual(["NoNode", "NoNode"])
      expect(exists(tree, path)).toMatchObject(path.includes("\u0000") ? { code: "BadArguments" } : { exists: false })
    }
    for (const path of ["/", "/a", "/a.b", "/.a", "/..a", "/a/b-c/d_e", "/ünïcödé", "/zookeeper"]) expect(validPath(path), path).toBe(true)
  })

  it("sequential creates append the parent's creation count as 10 digits; deletions do not advance it", () => {
    const tree = emptyTree()
    const seq = (path: string): TxnOp => ({ _tag: "Create", path, data: "", sequential: true })
    run(tree, create("/q"))
    const names = run(tree, seq("/q/job-"), seq("/q/job-"), del("/q/job-0000000000"), seq("/q/job-"), seq("/q/"), create("/q/x")).map((r) => (r._tag === "Ok" ? r.path : r.code))
    expect(names).toEqual(["/q/job-0000000000", "/q/job-0000000001", undefined, "/q/job-0000000002", "/q/0000000003", "/q/x"])
    expect(childrenOf(tree, "/q")).toEqual(["0000000003", "job-0000000001", "job-0000000002", "x"])
    // Five creations and one deletion: ZooKeeper reports 2 * 5 - 4 = 6.
    expect(statOf(tree, "/q")).toMatchObject({ cversion: 6, numChildren: 4 })
  })

  it("ephemeral nodes belong to an open session, take no children, and go with their session's close", () => {
    const tree = emptyTree()
    const s1 = 0x0100_0000_0000_0001n
    const s2 = 0x0200_0000_0000_0002n
    const eph = (path: string, owner: bigint, sequential = false): TxnOp => (sequential ? { _tag: "Create", path, data: "e", ephemeralOwner: owner, sequential } : { _tag: "Create", path, data: "e", ephemeralOwner: owner })
    expect(run(tree, eph("/early", s1)).map(errorCode)).toEqual(["SessionExpired"])
    run(tree, { _tag: "CreateSession", session: s1, timeoutMs: 4000 }, { _tag: "CreateSession", session: s2, timeoutMs: 6000 }, create("/app"))
    expect(sessions(tree)).toEqual([
      { session: s1, timeoutMs: 4000 },
      { session: s2, timeoutMs: 6000 },
    ])
    const [lock, under, other, seqE] = run(tree, eph("/app/lock", s1), create("/app/lock/child"), eph("/app/other", s2), eph("/app/e-", s1, true))
    expect(lock).toMatchObject({ _tag: "Ok", stat: { ephemeralOwner: s1 } })
    expect(errorCode(under!)).toBe("NoChildrenForEphemerals")
    expect(errorCode(other!)).toBe("Ok")
    expect(seqE).toMatchObject({ path: "/app/e-0000000002" })
    expect(ephemeralsOf(tree, s1)).toEqual(["/app/e-0000000002", "/app/lock"])
    const [closed] = run(tree, { _tag: "CloseSession", session: s1 })
    expect(closed).toMatchObject({ _tag: "Ok" })
    expect(childrenOf(tree, "/app")).toEqual(["other"])
    expect(statOf(tree, "/app")).toMatchObject({ pzxid: closed!.zxid, numChildren: 1 })
    expect(sessions(tree)).toEqual([{ session: s2, timeoutMs: 6000 }])
    expect(ephemeralsOf(tree, s1)).toEqual([])
    // An ephemeral deleted by hand leaves its session's set too.
    run(tree, del("/app/other"))
    expect(ephemeralsOf(tree, s2)).toEqual([])
  })

  it("a multi applies all of its ops or none, each checked against the ops before it, with ZooKeeper's per-op results", () => {
    const tree = emptyTree()
    run(tree, create("/m"), create("/m/a", "a0"))
    const [ok] = run(tree, { _tag: "Multi", ops: [create("/m/b"), { _tag: "Check", path: "/m/b", version: 0 }, set("/m/b", "b1", 0), del("/m/a", 0), { _tag: "Create", path: "/m/s-", data: "", sequential: true }] })
    expect(ok).toMatchObject({ _tag: "Ok", results: [{ _tag: "Created", path: "/m/b" }, { _tag: "Checked" }, { _tag: "DataSet", stat: { version: 1 } }, { _tag: "Deleted" }, { _tag: "Created", path: "/m/s-0000000002" }] })
    expect(childrenOf(tree, "/m")).toEqual(["b", "s-0000000002"])
    const before = digest(tree)
    const [failed] = run(tree, { _tag: "Multi", ops: [create("/m/c"), set("/m/b", "x", 7), del("/m/b")] })
    expect(failed).toMatchObject({ _tag: "Ok", results: [{ _tag: "Failed", code: "Ok" }, { _tag: "Failed", code: "BadVersion" }, { _tag: "Failed", code: "RuntimeInconsistency" }] })
    expect(digest(tree)).toBe(before) // nothing applied
    expect(exists(tree, "/m/c")).toMatchObject({ exists: false })
    // An empty multi is a no-op txn (sync uses one).
    expect(run(tree, { _tag: "Multi", ops: [] })[0]).toMatchObject({ _tag: "Ok", results: [] })
    expect(digest(tree)).toBe(before)
  })

  it("a refused write changes nothing but still counts as applied", () => {
    const tree = emptyTree()
    run(tree, create("/a"))
    const before = digest(tree)
    run(tree, create("/a"), del("/b"), set("/a", "x", 7))
    expect(digest(tree)).toBe(before)
    expect(lastApplied(tree)).toBe(z(4))
  })

  it("reads answer at lastApplied; getChildren sorts by code unit; exists says false without a stat", () => {
    const tree = emptyTree()
    run(tree, create("/p"), ...["b", "a", "B", "a0", "10", "9"].map((n) => create(`/p/${n}`)))
    expect(read(tree, { _tag: "GetChildren", path: "/p" })).toMatchObject({ zxid: z(7), children: ["10", "9", "B", "a", "a0", "b"], stat: { numChildren: 6 } })
    expect(read(tree, { _tag: "Exists", path: "/q" })).toEqual({ _tag: "Ok", zxid: z(7), exists: false })
    expect(read(tree, { _tag: "GetData", path: "/q" })).toEqual({ _tag: "Error", zxid: z(7), code: "NoNode" })
    expect(childrenOf(tree, "/q")).toBe("NoNode")
  })

  it("an out-of-order txn is applied but lastApplied keeps the highest zxid", () => {
    const tree = emptyTree()
    apply(tree, { zxid: z(5), op: create("/a"), origin: 1, request: 0 })
    apply(tree, { zxid: z(3), op: create("/b"), origin: 1, request: 0 })
    expect(lastApplied(tree)).toBe(z(5))
    expect(exists(tree, "/b")).toMatchObject({ exists: true, stat: { czxid: z(3) } })
  })

  it("ClientResult encodes zxids as ZooKeeper prints them and decodes back", () => {
    const tree = emptyTree()
    const [result] = run(tree, create("/a", "x"))
    const encoded = Schema.encodeSync(ClientResult)(result!)
    expect(encoded).toMatchObject({ _tag: "Ok", zxid: "0x100000001", stat: { czxid: "0x100000001" } })
    expect(Schema.decodeUnknownSync(ClientResult)(JSON.parse(JSON.stringify(encoded)))).toEqual(result)
    const bad = Schema.decodeUnknownResult(ClientResult)({ _tag: "Error", zxid: "0x1", code: "Nope" })
    expect(Result.isFailure(bad)).toBe(true)
    if (Result.isFailure(bad)) expect(String(bad.failure)).toContain("code")
  })
})

// ---------------------------------------------------------------------------------------------------------
// Clone, digest, snapshots.

describe("clone, digest and snapshots", () => {
  function sample(): DataTree {
    const tree = emptyTree()
    run(tree, create("/a", "1"), create("/a/b", "2"), create("/c", "3"), set("/a", "4"), create("/a/b/d", ""), del("/c"), set("/", "root"))
    return tree
  }

  it("a clone is independent of its original", () => {
    const tree = sample()
    const copy = clone(tree)
    expect(digest(copy)).toBe(digest(tree))
    run(copy, create("/z"), set("/a", "changed"))
    expect(exists(tree, "/z")).toMatchObject({ exists: false })
    expect(getData(tree, "/a")).toMatchObject({ data: "4" })
    expect(digest(copy)).not.toBe(digest(tree))
    expect(lastApplied(tree)).toBe(z(7))
  })

  it("the digest is a function of the content: equal trees agree, any change shows", () => {
    expect(digest(sample())).toBe(digest(sample()))
    expect(digest(emptyTree())).toBe(digest(emptyTree()))
    const seen = new Set<string>([digest(sample())])
    for (const op of [set("/a/b", "2"), set("/a/b/d", "x"), create("/e"), del("/a/b/d")]) {
      const tree = sample()
      run(tree, op)
      expect(seen.has(digest(tree)), JSON.stringify(op)).toBe(false)
      seen.add(digest(tree))
    }
    // Creating and deleting a node restores the node set, but the parent's stat changed: so does the digest.
    const tree = sample()
    const before = digest(tree)
    run(tree, create("/tmp"), del("/tmp"))
    expect(digest(tree)).not.toBe(before)
    // Data is hashed apart from the path: ("/ab", "") differs from ("/a", "b") at the same zxids.
    const one = emptyTree()
    const two = emptyTree()
    run(one, create("/ab", ""))
    run(two, create("/a", "b"))
    expect(digest(one)).not.toBe(digest(two))
  })

  it("serialize is canonical and deserialize restores the same tree", () => {
    const tree = sample()
    const text = serialize(tree)
    expect(text).toBe(serializeThroughSchema(tree)) // the fast writer matches the Schema's encoder byte for byte
    const back = loaded(text)
    expect(serialize(back)).toBe(text)
    expect(digest(back)).toBe(digest(tree))
    expect(lastApplied(back)).toBe(lastApplied(tree))
    expect(childrenOf(back, "/a")).toEqual(["b"])
    expect(getData(back, "/a/b")).toEqual(getData(tree, "/a/b"))
    // The snapshot writes zxids as ZooKeeper prints them.
    expect(text).toContain(`"lastApplied":"0x100000007"`)
    // The loaded tree keeps working.
    expect(run(back, create("/a/b/d/e")).map(errorCode)).toEqual(["Ok"])
  })

  it("loads a version 1 snapshot (written before times, sessions and system nodes), keeping its digest", () => {
    // Written by the version 1 code: /a created, /a/b and /a/c created under it, /a/c deleted, /a set.
    const v1 =
      '{"format":"zab-datatree","version":1,"lastApplied":"0x100000005","digest":"e5e0035797d0ba5c","nodes":[' +
      '{"path":"/","data":"","czxid":"0x0","mzxid":"0x0","pzxid":"0x100000001","version":0,"cversion":1},' +
      '{"path":"/a","data":"x","czxid":"0x100000001","mzxid":"0x100000005","pzxid":"0x100000004","version":1,"cversion":3},' +
      '{"path":"/a/b","data":"2","czxid":"0x100000002","mzxid":"0x100000002","pzxid":"0x100000002","version":0,"cversion":0}]}'
    const tree = loaded(v1)
    expect(digest(tree)).toBe("e5e0035797d0ba5c")
    // Version 1 counted creations plus deletions; the tree now counts creations (2 under /a) and reports the same.
    expect(statOf(tree, "/a")).toMatchObject({ cversion: 3, numChildren: 1, ctime: 0, ephemeralOwner: 0n })
    expect(run(tree, { _tag: "Create", path: "/a/s-", data: "", sequential: true })[0]).toMatchObject({ path: "/a/s-0000000002" })
    expect(JSON.parse(serialize(tree))).toMatchObject({ version: 3, sessions: [] })
  })

  it("a snapshot whose nodes are listed out of order still loads", () => {
    const json = JSON.parse(serialize(sample())) as { nodes: Array<unknown> }
    json.nodes.reverse()
    expect(digest(loaded(JSON.stringify(json)))).toBe(digest(sample()))
  })

  it("refuses a damaged snapshot with a reason naming the field, and never throws", () => {
    const good = JSON.parse(serialize(sample())) as Record<string, unknown> & { nodes: Array<Record<string, unknown>> }
    const edit = (change: (s: typeof good) => void): string => {
      const copy = JSON.parse(JSON.stringify(good)) as typeof good
      change(copy)
      return JSON.stringify(copy)
    }
    expect(loadError("{not json")).toMatch(/not JSON/)
    expect(loadError(serialize(sample()).slice(0, 40))).toMatch(/not JSON/)
    expect(loadError("null")).toMatch(/does not decode/)
    expect(loadError(edit((s) => (s.format = "other")))).toMatch(/format/)
    expect(loadError(edit((s) => delete s.nodes[1]!.czxid))).toMatch(/\["nodes"\]\[1\]\["czxid"\]/)
    expect(loadError(edit((s) => (s.nodes[2]!.mzxid = "12")))).toMatch(/\["nodes"\]\[2\]\["mzxid"\]/)
    expect(loadError(edit((s) => (s.nodes[0]!.version = -3)))).toMatch(/\["nodes"\]\[0\]\["version"\]/)
    expect(loadError(edit((s) => (s.lastApplied = 5)))).toMatch(/\["lastApplied"\]/)
    expect(loadError(edit((s) => (s.nodes[1]!.path = "/a/")))).toMatch(/nodes\[1\]\.path "\/a\/" is not a valid znode path/)
    expect(loadError(edit((s) => s.nodes.push({ ...s.nodes[1]! })))).toMatch(/appears twice/)
    expect(loadError(edit((s) => s.nodes.push({ ...s.nodes[1]!, path: "/x/y" })))).toMatch(/"\/x\/y" has no parent "\/x"/)
    expect(loadError(edit((s) => s.nodes.splice(0, 1)))).toMatch(/no root|has no parent/)
    expect(loadError(edit((s) => (s.nodes[1]!.data = "tampered")))).toMatch(/digest/)
    expect(loadError(edit((s) => (s.digest = "0000000000000000")))).toMatch(/digest/)
  })

  it("stays fast on a large tree: 20,000 children under one node, 20,000 updates, one snapshot", () => {
    const tree = emptyTree()
    let zxid = makeZxid(1, 0)
    const next = (op: WriteOp): ClientResult => apply(tree, { zxid: ++zxid, op, origin: 1, request: 0 })
    next(create("/big"))
    for (let i = 0; i < 20_000; i++) expect(next(create(`/big/n${i}`, "payload"))._tag).toBe("Ok")
    for (let i = 0; i < 20_000; i++) next(set(`/big/n${i}`, "updated"))
    expect(statOf(tree, "/big").numChildren).toBe(20_000)
    const back = loaded(serialize(tree))
    expect(digest(back)).toBe(digest(tree))
    expect(size(back)).toBe(20_005) // with the root and the three system nodes
  })
})

// ---------------------------------------------------------------------------------------------------------
// Model-based: the tree against a deliberately naive reference.

interface RefNode {
  data: string
  czxid: number
  mzxid: number
  pzxid: number
  version: number
  cversion: number
}

/** ZooKeeper's path rules, written the obvious way (split on "/"), independently of `validPath`. */
function referenceValid(path: string): boolean {
  if (path === "/") return true
  if (!path.startsWith("/") || path.endsWith("/")) return false
  const refused = (c: number): boolean => c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xf8ff) || c >= 0xfff0
  return path
    .slice(1)
    .split("/")
    .every((part) => part !== "" && part !== "." && part !== ".." && !Array.from(part, (ch) => ch.charCodeAt(0)).some(refused))
}

/** The simplest tree that could work: a Map of path to node; children found by scanning every path. */
class Reference {
  static readonly system = ["/zookeeper", "/zookeeper/config", "/zookeeper/quota"]
  readonly nodes = new Map<string, RefNode>(["/", ...Reference.system].map((p) => [p, { data: "", czxid: 0, mzxid: 0, pzxid: 0, version: 0, cversion: 0 }]))
  lastApplied = 0

  /** ZooKeeper's parent: everything before the last slash, the root for "/x". */
  static parent(path: string): string {
    const slash = path.lastIndexOf("/")
    return slash <= 0 ? "/" : path.slice(0, slash)
  }

  children(path: string): Array<string> {
    const names: Array<string> = []
    for (const p of this.nodes.keys()) if (p !== "/" && Reference.parent(p) === path) names.push(p.split("/").pop()!)
    return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  }

  stat(path: string): Stat {
    const n = this.nodes.get(path)!
    const numChildren = this.children(path).length
    return {
      czxid: n.czxid,
      mzxid: n.mzxid,
      pzxid: n.pzxid,
      ctime: 0,
      mtime: 0,
      version: n.version,
      cversion: 2 * n.cversion - numChildren,
      aversion: 0,
      ephemeralOwner: 0n,
      dataLength: n.data.length,
      numChildren,
    }
  }

  apply(txn: Txn & { readonly op: WriteOp }): ClientResult {
    const { op, zxid } = txn
    this.lastApplied = Math.max(this.lastApplied, zxid)
    const error = (code: ErrorCode): ClientResult => ({ _tag: "Error", zxid, code })
    const noSlashOrNul = !op.path.includes("/") || op.path.includes("\u0000")
    switch (op._tag) {
      case "Create": {
        if (noSlashOrNul) return error("BadArguments")
        const parent = this.nodes.get(Reference.parent(op.path))
        if (parent === undefined) return error("NoNode")
        if (!referenceValid(op.path)) return error("BadArguments")
        if (this.nodes.has(op.path)) return error("NodeExists")
        this.nodes.set(op.path, { data: op.data, czxid: zxid, mzxid: zxid, pzxid: zxid, version: 0, cversion: 0 })
        parent.cversion += 1
        parent.pzxid = zxid
        return { _tag: "Ok", zxid, path: op.path, stat: this.stat(op.path) }
      }
      case "Delete": {
        if (noSlashOrNul || op.path === "/" || Reference.system.includes(op.path)) return error("BadArguments")
        const parent = this.nodes.get(Reference.parent(op.path))
        if (parent === undefined) return error("NoNode")
        const node = this.nodes.get(op.path)
        if (node === undefined) return error("NoNode")
        if (op.version !== -1 && op.version !== node.version) return error("BadVersion")
        if (this.children(op.path).length > 0) return error("NotEmpty")
        this.nodes.delete(op.path)
        parent.pzxid = Math.max(parent.pzxid, zxid)
        return { _tag: "Ok", zxid }
      }
      case "SetData": {
        if (!referenceValid(op.path)) return error("BadArguments")
        const node = this.nodes.get(op.path)
        if (node === undefined) return error("NoNode")
        if (op.version !== -1 && op.version !== node.version) return error("BadVersion")
        node.data = op.data
        node.version += 1
        node.mzxid = zxid
        return { _tag: "Ok", zxid, stat: this.stat(op.path) }
      }
    }
  }

  read(op: ReadOp): ClientResult {
    const zxid = this.lastApplied
    const node = this.nodes.get(op.path)
    switch (op._tag) {
      case "GetData":
        return node === undefined ? { _tag: "Error", zxid, code: "NoNode" } : { _tag: "Ok", zxid, data: node.data, stat: this.stat(op.path) }
      case "Exists":
        if (op.path.includes("\u0000")) return { _tag: "Error", zxid, code: "BadArguments" }
        return node === undefined ? { _tag: "Ok", zxid, exists: false } : { _tag: "Ok", zxid, exists: true, stat: this.stat(op.path) }
      case "GetChildren":
        return node === undefined ? { _tag: "Error", zxid, code: "NoNode" } : { _tag: "Ok", zxid, children: this.children(op.path), stat: this.stat(op.path) }
    }
  }
}

// A small universe of paths so ops collide often, plus malformed ones.
const validPaths = ["/", "/a", "/b", "/a/x", "/a/y", "/b/x", "/a/x/z", "/a/x/z/w", "/a.b", "/b/x/.y", "/zookeeper", "/zookeeper/quota"]
const malformedPaths = ["", "a", "/a/", "//a", "/a/..", "/a/./x", "/\u0000", "/a\u001f", "/\u007f", "/\ud83d\ude00", "/\uffff"]
const pathArb = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...validPaths) }, { weight: 1, arbitrary: fc.constantFrom(...malformedPaths) })
const dataArb = fc.oneof(fc.constantFrom("", "x", "yy", "zzz", "ünï", '"quoted" \\ back\nslash\u2028'), fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 }))
const versionArb = fc.constantFrom(-1, -1, 0, 1, 2, -2)
const writeArb: fc.Arbitrary<WriteOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ _tag: fc.constant("Create" as const), path: pathArb, data: dataArb }) },
  { weight: 2, arbitrary: fc.record({ _tag: fc.constant("Delete" as const), path: pathArb, version: versionArb }) },
  { weight: 3, arbitrary: fc.record({ _tag: fc.constant("SetData" as const), path: pathArb, data: dataArb, version: versionArb }) },
)
const readArb: fc.Arbitrary<ReadOp> = fc.record({ _tag: fc.constantFrom("GetData" as const, "Exists" as const, "GetChildren" as const), path: pathArb })
const stepArb = fc.oneof({ weight: 3, arbitrary: writeArb.map((op) => ({ write: op })) }, { weight: 1, arbitrary: readArb.map((op) => ({ read: op })) })

describe("model-based: DataTree against a naive reference", () => {
  test.prop([fc.array(stepArb, { maxLength: 80 }), fc.nat(5)], { seed: 4242, numRuns: 400 })(
    "every answer and the final state agree (seed 4242)",
    (steps, snapshotEvery) => {
      let tree = emptyTree()
      const reference = new Reference()
      let zxid = makeZxid(3, 0)
      steps.forEach((step, index) => {
        if ("write" in step) {
          const txn = { zxid: ++zxid, op: step.write, origin: 2, request: index }
          expect(apply(tree, txn), JSON.stringify(step.write)).toEqual(reference.apply(txn))
        } else {
          expect(read(tree, step.read), JSON.stringify(step.read)).toEqual(reference.read(step.read))
        }
        // Now and then, carry on from a snapshot or a clone instead of the tree itself.
        if (snapshotEvery > 0 && index % (snapshotEvery + 3) === snapshotEvery) {
          const before = digest(tree)
          tree = index % 2 === 0 ? loaded(serialize(tree)) : clone(tree)
          expect(digest(tree)).toBe(before)
        }
      })
      expect(size(tree)).toBe(reference.nodes.size)
      expect(lastApplied(tree)).toBe(reference.lastApplied)
      for (const path of [...validPaths, ...malformedPaths]) {
        for (const tag of ["GetData", "Exists", "GetChildren"] as const) expect(read(tree, { _tag: tag, path })).toEqual(reference.read({ _tag: tag, path }))
      }
      // The snapshot writer matches the Schema's encoder, and a tree rebuilt from the snapshot agrees.
      const text = serialize(tree)
      expect(text).toBe(serializeThroughSchema(tree))
      const back = loaded(text)
      expect(digest(back)).toBe(digest(tree))
      expect(serialize(back)).toBe(text)
    },
  )

  test.prop([fc.array(writeArb, { maxLength: 40 })], { seed: 99, numRuns: 200 })("two servers applying the same txns end with the same digest and snapshot (seed 99)", (ops) => {
    const one = emptyTree()
    const two = emptyTree()
    ops.forEach((op, i) => {
      const txn: Txn = { zxid: makeZxid(1, i + 1), op, origin: 1, request: 0 }
      apply(one, txn)
      apply(two, txn)
    })
    expect(digest(one)).toBe(digest(two))
    expect(serialize(one)).toBe(serialize(two))
  })
})
