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
import type { ReadOp, Txn } from "../core/types.js"
import type { Zxid } from "../core/zxid.js"

export type Stat = datatree.Stat
export type TreeError = datatree.ErrorCode

export type WriteResult =
  | { readonly ok: true; readonly path: string; readonly stat: Stat | null }
  | { readonly ok: false; readonly error: TreeError }

export type ReadResult =
  | { readonly ok: true; readonly tag: "GetData"; readonly data: string; readonly stat: Stat }
  | { readonly ok: true; readonly tag: "Exists"; readonly stat: Stat | null }
  | { readonly ok: true; readonly tag: "GetChildren"; readonly children: ReadonlyArray<string> }
  | { readonly ok: false; readonly error: TreeError }

export interface ServerTree {
  apply(txn: Txn): WriteResult
  read(op: ReadOp): ReadResult
  serialize(): string
  readonly size: number
  readonly lastApplied: Zxid
  /** Node count, last applied zxid and content digest, for logs. */
  describe(): string
}

/** A path ZooKeeper would accept (datatree.ts: PathUtils.validatePath's rules). */
export const validPath = datatree.validPath

class SharedTree implements ServerTree {
  constructor(private readonly tree: datatree.DataTree) {}

  get size(): number {
    return datatree.size(this.tree)
  }

  get lastApplied(): Zxid {
    return datatree.lastApplied(this.tree)
  }

  apply(txn: Txn): WriteResult {
    const result = datatree.apply(this.tree, txn)
    switch (result._tag) {
      case "Ok":
        return { ok: true, path: result.path ?? txn.op.path, stat: result.stat ?? null }
      case "Error":
        return { ok: false, error: result.code }
    }
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
        return { ok: true, tag: "GetChildren", children: result.children ?? [] }
    }
  }

  serialize(): string {
    return datatree.serialize(this.tree)
  }

  describe(): string {
    return datatree.describeTree(this.tree)
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
