/**
 * The data tree as the TCP runtime sees it: apply a committed txn, answer reads, serialise for snapshots
 * and SNAP sync. It is the shared replicated tree of `impl/core/datatree.ts` (the one the simulator runs),
 * behind the small interface the client port and the server use, so both runtimes apply txns with the
 * same znode rules, answer with the same codes, and write the same snapshots (with their content digest,
 * rechecked on load).
 *
 * Znode data is a string in the peer's Txn. The client port carries bytes; the runtime maps bytes to a
 * string as latin1 (one char per byte), which round-trips every byte sequence.
 */
import { Result } from "effect"
import * as datatree from "../core/datatree.js"
import type { Acl, ReadOp, Txn } from "../core/types.js"
import type { SessionId } from "../core/session.js"
import { type Zxid, formatZxid } from "../core/zxid.js"
import { assert } from "../core/assert.js"

export type Stat = datatree.Stat
export type TreeError = datatree.ErrorCode

export type ReadResult =
  | { readonly ok: true; readonly tag: "GetData"; readonly data: string; readonly stat: Stat }
  | { readonly ok: true; readonly tag: "Exists"; readonly stat: Stat | null }
  | { readonly ok: true; readonly tag: "GetChildren"; readonly children: ReadonlyArray<string>; readonly stat: Stat }
  | { readonly ok: false; readonly error: TreeError }

export interface ServerTree {
  /** Apply a delivered txn; the result is what its client is told (datatree.ts). */
  apply(txn: Txn, hooks?: datatree.ApplyHooks): datatree.ClientResult
  read(op: ReadOp): ReadResult
  /** A node's ACL, or null if there is no such node. */
  aclOf(path: string): ReadonlyArray<Acl> | null
  hasSession(session: SessionId): boolean
  sessionTimeout(session: SessionId): number | undefined
  /** The replicated session table, in id order. */
  sessions(): ReadonlyArray<{ readonly session: SessionId; readonly timeoutMs: number }>
  ephemeralsOf(session: SessionId): ReadonlyArray<string>
  serialize(): string
  readonly size: number
  readonly lastApplied: Zxid
  /** Node count, last applied zxid and content digest, for logs. */
  describe(): string
  /**
   * Start serialising the tree as it stands now, a slice at a time (see SnapshotWriter); txns applied
   * meanwhile do not leak into it. One at a time: abandon() the current writer before starting another.
   */
  beginSnapshot(): SnapshotWriter
}

/**
 * A snapshot of the tree taken in the background of the event loop. ZooKeeper writes its snapshot from a
 * separate thread while txns keep being applied (a fuzzy snapshot, made exact by replaying the log over
 * it); here the snapshot must be the exact tree at one zxid, with its digest, so the writer serialises the
 * nodes that existed at that zxid in path order, a slice per call, and the tree keeps a pre-image of every
 * node a later txn is about to change before the writer has reached it (copy-on-write, at most two nodes
 * per txn: the node and its parent). The text is byte for byte what datatree.serialize gives for the tree
 * at that zxid (the tests hold the two equal under concurrent writes); serialising 50k znodes in one go
 * took 235-420 ms of event loop here.
 */
export interface SnapshotWriter {
  readonly zxid: Zxid
  /**
   * Serialise up to `maxNodes` more nodes; once every node is done, returns the text as its UTF-8 chunks in
   * order (one per slice: no snapshot-sized string or buffer is ever built), else null.
   */
  step(maxNodes: number): ReadonlyArray<Buffer> | null
  /** Stop: the tree forgets the writer. */
  abandon(): void
}

/** A path ZooKeeper would accept (datatree.ts: PathUtils.validatePath's rules). */
export const validPath = datatree.validPath

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

class Writer implements SnapshotWriter {
  readonly zxid: Zxid
  private readonly head: string
  private readonly tail: string
  private readonly paths: ReadonlyArray<string>
  private readonly chunks: Array<Buffer> = []
  private readonly preimages = new Map<string, string | null>()
  private cursor = 0

  constructor(
    private readonly owner: SharedTree,
    private readonly tree: datatree.DataTree,
  ) {
    this.zxid = datatree.lastApplied(tree)
    this.head = datatree.snapshotHead(tree)
    this.tail = datatree.snapshotTail(tree) // the sessions as they stand at this zxid
    this.paths = [...tree.nodes.keys()].sort(compareCodeUnits)
  }

  /** A txn touching `path` is about to be applied: keep the node as it is if it is still to be written. */
  beforeChange(path: string): void {
    if (this.cursor >= this.paths.length || this.preimages.has(path)) return
    if (compareCodeUnits(path, this.paths[this.cursor]!) < 0) return // already written
    this.preimages.set(path, datatree.nodeJson(this.tree, path))
  }

  step(maxNodes: number): ReadonlyArray<Buffer> | null {
    if (this.chunks.length === 0) {
      this.chunks.push(Buffer.from(this.head, "utf8"))
    }
    const parts: Array<string> = []
    const end = Math.min(this.paths.length, this.cursor + maxNodes)
    for (; this.cursor < end; this.cursor++) {
      const path = this.paths[this.cursor]!
      const kept = this.preimages.get(path)
      const json = kept === undefined ? datatree.nodeJson(this.tree, path) : kept
      assert(json !== null, "a node of the snapshot is gone without a pre-image")
      parts.push(json)
    }
    // Every chunk of nodes after the first starts with the comma that separates it from the one before.
    if (parts.length > 0) this.chunks.push(Buffer.from((end - parts.length === 0 ? "" : ",") + parts.join(","), "utf8"))
    if (this.cursor < this.paths.length) return null
    this.owner.writerDone(this)
    this.chunks.push(Buffer.from(this.tail, "utf8"))
    return this.chunks
  }

  abandon(): void {
    this.owner.writerDone(this)
  }
}

class SharedTree implements ServerTree {
  private writer: Writer | null = null

  constructor(private readonly tree: datatree.DataTree) {}

  beginSnapshot(): SnapshotWriter {
    assert(this.writer === null, "one background snapshot at a time")
    this.writer = new Writer(this, this.tree)
    return this.writer
  }

  writerDone(writer: Writer): void {
    if (this.writer === writer) this.writer = null
  }

  get size(): number {
    return datatree.size(this.tree)
  }

  get lastApplied(): Zxid {
    return datatree.lastApplied(this.tree)
  }

  apply(txn: Txn, hooks: datatree.ApplyHooks = {}): datatree.ClientResult {
    const writer = this.writer
    if (writer === null) return datatree.apply(this.tree, txn, hooks)
    return datatree.apply(this.tree, txn, { ...hooks, beforeChange: (path) => writer.beforeChange(path) })
  }

  hasSession(session: SessionId): boolean {
    return datatree.hasSession(this.tree, session)
  }

  sessionTimeout(session: SessionId): number | undefined {
    return datatree.sessionTimeout(this.tree, session)
  }

  sessions(): ReadonlyArray<{ readonly session: SessionId; readonly timeoutMs: number }> {
    return datatree.sessions(this.tree)
  }

  ephemeralsOf(session: SessionId): ReadonlyArray<string> {
    return datatree.ephemeralsOf(this.tree, session)
  }

  aclOf(path: string): ReadonlyArray<Acl> | null {
    return datatree.aclOf(this.tree, path)
  }

  read(op: ReadOp): ReadResult {
    const result = datatree.read(this.tree, op)
    if (result._tag === "Error") return { ok: false, error: result.code }
    switch (op._tag) {
      case "GetData":
        return { ok: true, tag: "GetData", data: result.data ?? "", stat: result.stat! }
      case "Exists":
        return { ok: true, tag: "Exists", stat: result.exists === true ? result.stat! : null }
      case "GetChildren":
        return { ok: true, tag: "GetChildren", children: result.children ?? [], stat: result.stat! }
    }
  }

  serialize(): string {
    return datatree.serialize(this.tree)
  }

  /** One line for the server's log: node count, sessions, last applied zxid, digest. */
  describe(): string {
    const tree = this.tree
    return `${datatree.size(tree)} znodes, ${datatree.sessions(tree).length} sessions at ${formatZxid(datatree.lastApplied(tree))}, digest ${datatree.digest(tree)}`
  }
}

export function emptyServerTree(): ServerTree {
  return new SharedTree(datatree.emptyTree())
}

/** The tree a snapshot holds (empty for null). Throws an Error naming what is wrong with a bad one. */
export function loadTree(serialized: string | null): ServerTree {
  if (serialized === null) return emptyServerTree()
  const result = datatree.deserialize(serialized)
  if (Result.isFailure(result)) throw new Error(result.failure)
  return new SharedTree(result.success)
}
