/**
 * The data tree as the simulator uses it, behind the smallest interface: apply a delivered txn, serialise
 * for snapshots and SNAP, and know which zxid it reflects. The znode rules themselves live in the shared
 * tree (impl/core/datatree.ts), so the simulator and the TCP runtime apply txns identically.
 */
import { Result } from "effect"
import { assert } from "../core/assert.js"
import * as datatree from "../core/datatree.js"
import type { Txn } from "../core/types.js"
import type { Zxid } from "../core/zxid.js"

export interface SimTree {
  readonly lastApplied: Zxid
  /** Applies the txn; returns "ok" or the ZooKeeper error code the client gets. */
  apply(txn: Txn): string
  serialize(): string
  /** The tree's content digest: equal digests, equal trees. */
  digest(): string
}

class Tree implements SimTree {
  constructor(private readonly tree: datatree.DataTree) {}

  get lastApplied(): Zxid {
    return this.tree.lastApplied
  }

  apply(txn: Txn): string {
    const result = datatree.apply(this.tree, txn)
    return result._tag === "Ok" ? "ok" : result.code
  }

  serialize(): string {
    return datatree.serialize(this.tree)
  }

  digest(): string {
    return datatree.digest(this.tree)
  }
}

export function emptyTree(): SimTree {
  return new Tree(datatree.emptyTree())
}

/** Load a serialised tree. The simulator only loads what it serialised itself, so a failure is a bug here. */
export function loadTree(serialized: string, zxid: Zxid): SimTree {
  const loaded = datatree.deserialize(serialized)
  assert(Result.isSuccess(loaded), "the simulator's own snapshot loads")
  assert(loaded.success.lastApplied === zxid, "a snapshot holds the tree at its zxid")
  return new Tree(loaded.success)
}
