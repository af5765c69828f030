/**
 * The data tree as the simulator uses it, behind the smallest interface: apply a delivered txn, serialise
 * for snapshots and SNAP, and know which zxid it reflects. The znode rules themselves live in the shared
 * tree implementation, so the simulator and the TCP runtime apply txns identically.
 */
import type { Txn } from "../core/types.js"
import type { Zxid } from "../core/zxid.js"
import { type ServerTree, loadTree as loadServerTree } from "../net/tree.js"

export interface SimTree {
  readonly lastApplied: Zxid
  /** Applies the txn; returns "ok" or the ZooKeeper error code the client gets. */
  apply(txn: Txn): string
  serialize(): string
}

class Tree implements SimTree {
  constructor(
    private readonly tree: ServerTree,
    public lastApplied: Zxid,
  ) {}

  apply(txn: Txn): string {
    const result = this.tree.apply(txn)
    this.lastApplied = txn.zxid
    return result.ok ? "ok" : result.error
  }

  serialize(): string {
    return this.tree.serialize()
  }
}

export function emptyTree(): SimTree {
  return new Tree(loadServerTree(null), 0)
}

export function loadTree(serialized: string, zxid: Zxid): SimTree {
  return new Tree(loadServerTree(serialized), zxid)
}
