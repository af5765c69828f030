/**
 * The data tree as the simulator uses it, behind the smallest interface: apply a delivered txn, serialise
 * for snapshots and SNAP, and know which zxid it reflects. The znode rules themselves live in the shared
 * tree (impl/core/datatree.ts), so the simulator and the TCP runtime apply txns and answer reads identically.
 */
import { Result } from "effect"
import { assert } from "../core/assert.js"
import * as datatree from "../core/datatree.js"
import type { Acl, ReadOp, Txn } from "../core/types.js"
import { type Zxid, formatZxid } from "../core/zxid.js"
import { formatSessionId } from "../core/session.js"

export interface SimTree {
  readonly lastApplied: Zxid
  /** Applies the txn; returns what its client is told (an Ok with the stat or created path, or the error code). */
  apply(txn: Txn): datatree.ClientResult
  /** A read answered from this tree as it stands (at its last applied zxid), as a server answers its client. */
  read(op: ReadOp): datatree.ClientResult
  /** The node's ACL (null: no node), for the checks a server makes of a read (ZooKeeper's FinalRequestProcessor). */
  aclOf(path: string): ReadonlyArray<Acl> | null
  serialize(): string
  /** The tree's content digest: equal digests, equal trees. */
  digest(): string
}

class Tree implements SimTree {
  constructor(private readonly tree: datatree.DataTree) {}

  get lastApplied(): Zxid {
    return this.tree.lastApplied
  }

  apply(txn: Txn): datatree.ClientResult {
    return datatree.apply(this.tree, txn)
  }

  read(op: ReadOp): datatree.ClientResult {
    return datatree.read(this.tree, op)
  }

  aclOf(path: string): ReadonlyArray<Acl> | null {
    return datatree.aclOf(this.tree, path)
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

/**
 * Why a snapshot's text does not restore the tree it was taken from, or null when it does: it must load
 * (deserialize rechecks the recorded digest against the nodes), and the tree it loads must serialise to
 * the same text, so that nothing the tree held (an ACL, an aversion, a session) is lost on the way.
 */
export function restoreProblem(serialized: string): string | null {
  const loaded = datatree.deserialize(serialized)
  if (Result.isFailure(loaded)) return loaded.failure
  const again = datatree.serialize(loaded.success)
  if (again === serialized) return null
  let at = 0
  while (at < again.length && again[at] === serialized[at]) at++
  return `it loads to another tree: at character ${at} the snapshot has ${JSON.stringify(serialized.slice(at, at + 60))}, the loaded tree ${JSON.stringify(again.slice(at, at + 60))}`
}

/**
 * What is wrong with loading `text`, which must load to the tree whose text is `expected`, or null: the
 * loader refuses it (its reason given), throws, or loads another tree.
 */
export function acceptanceProblem(text: string, expected: string): string | null {
  let loaded: Result.Result<datatree.DataTree, string>
  try {
    loaded = datatree.deserialize(text)
  } catch (error) {
    return `throws ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`
  }
  if (Result.isFailure(loaded)) return `refuses it: "${loaded.failure}"`
  const again = datatree.serialize(loaded.success)
  if (again === expected) return null
  let at = 0
  while (at < again.length && again[at] === expected[at]) at++
  return `loads another tree: at character ${at} the tree it holds has ${JSON.stringify(expected.slice(at, at + 60))}, the loaded tree ${JSON.stringify(again.slice(at, at + 60))}`
}

/**
 * Why a server refuses the snapshot on its disk, or null if it starts from it: the text must load (its
 * structure and recorded digest checked) and hold the tree at the zxid it was taken at (ZooKeeper names a
 * snapshot file by that zxid).
 */
export function snapshotRefusal(serialized: string, zxid: Zxid): string | null {
  const loaded = datatree.deserialize(serialized)
  if (Result.isFailure(loaded)) return loaded.failure
  if (loaded.success.lastApplied !== zxid) return `the snapshot taken at ${formatZxid(zxid)} holds the tree at ${formatZxid(loaded.success.lastApplied)}`
  return null
}

/**
 * What is wrong with a server's start from `text`, a re-encoding of the snapshot `original` it took at
 * `zxid`, or null: it must load (refused: true if not) and hold the tree the original holds, which
 * serialises to the original's text (a snapshot is written one way for a tree).
 */
export function rewriteProblem(text: string, original: string, zxid: Zxid): { readonly refused: boolean; readonly text: string } | null {
  const loaded = datatree.deserialize(text)
  if (Result.isFailure(loaded)) return { refused: true, text: loaded.failure }
  if (loaded.success.lastApplied !== zxid) return { refused: true, text: `the snapshot taken at ${formatZxid(zxid)} holds the tree at ${formatZxid(loaded.success.lastApplied)}` }
  const again = datatree.serialize(loaded.success)
  if (again === original) return null
  let at = 0
  while (at < again.length && again[at] === original[at]) at++
  return { refused: false, text: `it loads to another tree: at character ${at} the snapshot it took has ${JSON.stringify(original.slice(at, at + 60))}, the loaded tree ${JSON.stringify(again.slice(at, at + 60))}` }
}

/**
 * Whether a server's session table is what the txns it applied leave open (a CreateSession opens or renews
 * one with its timeout, a CloseSession ends it), read from a snapshot of its tree; null if so, else what
 * differs. The world records those txns apart from the tree (its ghost), so a table that keeps a closed
 * session, or loses an open one, shows here though no client can see it (the sessions' clients are gone).
 */
export function sessionTableProblem(serialized: string, applied: ReadonlyArray<Txn>): string | null {
  const expected = new Map<string, number>()
  for (const txn of applied) {
    if (txn.op._tag === "CreateSession") expected.set(formatSessionId(txn.op.session), txn.op.timeoutMs)
    else if (txn.op._tag === "CloseSession") expected.delete(formatSessionId(txn.op.session))
  }
  let listed: Array<{ session: string; timeoutMs: number }>
  try {
    listed = (JSON.parse(serialized) as { sessions?: Array<{ session: string; timeoutMs: number }> }).sessions ?? []
  } catch {
    return null // a text that does not parse is SnapshotRestores' to report
  }
  const table = new Map(listed.map((s) => [s.session, s.timeoutMs]))
  const kept = [...table].filter(([id, timeout]) => expected.get(id) !== timeout).map(([id]) => id)
  const lost = [...expected.keys()].filter((id) => !table.has(id))
  if (kept.length === 0 && lost.length === 0) return null
  const list = (ids: ReadonlyArray<string>): string => ids.slice(0, 3).join(", ") + (ids.length > 3 ? ` and ${ids.length - 3} more` : "")
  return [kept.length > 0 ? `it holds ${list(kept)}, which its txns closed or never opened so` : "", lost.length > 0 ? `it lacks ${list(lost)}, which its txns left open` : ""].filter((t) => t !== "").join("; ")
}

/** Load a serialised tree. The simulator only loads what it serialised itself (or refused), so a failure is a bug here. */
export function loadTree(serialized: string, zxid: Zxid): SimTree {
  const loaded = datatree.deserialize(serialized)
  assert(Result.isSuccess(loaded), "the simulator's own snapshot loads")
  assert(loaded.success.lastApplied === zxid, "a snapshot holds the tree at its zxid")
  return new Tree(loaded.success)
}
