/**
 * The Stat a server must report for a znode, fixed by the txns its tree reflects.
 *
 * The client-history check predicts a node's data, version, cversion and numChildren but not its zxids and
 * times (it never trusts a server's zxid). Those are still fixed: a node's czxid and ctime are those of the
 * txn that created it, its mzxid and mtime those of the last txn that set its data, its pzxid that of the
 * last txn that created or deleted one of its children, and its dataLength, ephemeralOwner and aversion
 * follow from the same txns. The simulator knows every txn a server's tree reflects (its ghost list, which
 * snapshots carry along) and what each txn changed (`changesOf`, read from the answer the first server to
 * apply it gave, whose success and created names the history check judges), so it can tell what every
 * Stat a server reports must say, for reads and for writes alike.
 * */
import type { ClientResult, OpResult, Stat } from "../core/datatree.js"
import { NO_SESSION, type SessionId, formatSessionId } from "../core/session.js"
import type { MultiOp, Txn } from "../core/types.js"
import { type Zxid, formatZxid } from "../core/zxid.js"

/** One change a txn made to the tree, as its answer tells it. */
export type ZnodeChange =
  | { readonly kind: "created"; readonly path: string; readonly dataLength: number; readonly owner: SessionId }
  | { readonly kind: "data"; readonly path: string; readonly dataLength: number }
  | { readonly kind: "deleted"; readonly path: string }
  | { readonly kind: "acl"; readonly path: string }
  // A session closed: every ephemeral node it owns at that point is deleted by the same txn.
  | { readonly kind: "closed"; readonly session: SessionId }

function parentOf(path: string): string {
  const slash = path.lastIndexOf("/")
  return slash <= 0 ? "/" : path.slice(0, slash)
}

function opChange(op: MultiOp, result: OpResult): ZnodeChange | null {
  switch (result._tag) {
    case "Created":
      return op._tag === "Create" ? { kind: "created", path: result.path, dataLength: op.data.length, owner: op.ephemeralOwner ?? NO_SESSION } : null
    case "DataSet":
      return op._tag === "SetData" ? { kind: "data", path: op.path, dataLength: op.data.length } : null
    case "Deleted":
      return { kind: "deleted", path: op.path }
    case "AclSet":
    case "Checked":
    case "Failed":
      return null
  }
}

/**
 * What a txn changed, from the answer applying it gave (an error or a failed multi changes nothing); for a
 * multi, with `throughOp`, only what its ops up to that one changed (the Stat of an op's result is taken
 * when that op is applied).
 */
export function changesOf(txn: Txn, answer: ClientResult, throughOp = Number.MAX_SAFE_INTEGER): ReadonlyArray<ZnodeChange> {
  if (answer._tag === "Error") return []
  const op = txn.op
  switch (op._tag) {
    case "Create":
      return [{ kind: "created", path: answer.path ?? op.path, dataLength: op.data.length, owner: op.ephemeralOwner ?? NO_SESSION }]
    case "SetData":
      return [{ kind: "data", path: op.path, dataLength: op.data.length }]
    case "Delete":
      return [{ kind: "deleted", path: op.path }]
    case "SetACL":
      return [{ kind: "acl", path: op.path }]
    case "Multi": {
      const results = answer.results ?? []
      if (results.some((r) => r._tag === "Failed")) return []
      const changes: Array<ZnodeChange> = []
      for (let i = 0; i < op.ops.length && i < results.length && i <= throughOp; i++) {
        const change = opChange(op.ops[i]!, results[i]!)
        if (change !== null) changes.push(change)
      }
      return changes
    }
    case "CreateSession":
      return []
    case "CloseSession":
      // The ephemerals it deletes are not named by its answer: fixedStat follows them from their creates.
      return [{ kind: "closed", session: op.session }]
  }
}

/** The Stat fields of a node its txns fix (the history check predicts the others). */
export interface FixedStat {
  readonly czxid: Zxid
  readonly mzxid: Zxid
  readonly pzxid: Zxid
  readonly ctime: number
  readonly mtime: number
  readonly dataLength: number
  readonly ephemeralOwner: SessionId
  /** Known for a node a txn created; the system nodes start with their own. */
  readonly aversion: number | null
  readonly version: number | null
  readonly cversion: number | null
  readonly numChildren: number | null
}

/**
 * What the Stat of `path` must say once the tree reflects `applied` (in order), or null when some txn's
 * changes are unknown (never the case in the simulator, which learns them at the first delivery) or the
 * node does not exist. A node that exists and no txn created is one the tree starts with (the root and
 * ZooKeeper's system nodes): zero zxids, times and data, its children changed only by txns.
 */
export function fixedStat(path: string, applied: ReadonlyArray<Txn>, changes: (txn: Txn) => ReadonlyArray<ZnodeChange> | undefined): FixedStat | null {
  let created = false
  let czxid = 0
  let mzxid = 0
  let pzxid = 0
  let ctime = 0
  let mtime = 0
  let dataLength = 0
  let owner = NO_SESSION
  let aversion = 0
  let version = 0
  let childChanges = 0
  let children = 0
  // The children of `path` that are ephemeral, by owner: a session's close deletes them.
  const ephemeralChildren = new Map<string, SessionId>()
  for (const txn of applied) {
    const list = changes(txn)
    if (list === undefined) return null
    const time = txn.time ?? 0
    for (const change of list) {
      if (change.kind === "closed") {
        if (created && owner === change.session) {
          created = false
          czxid = mzxid = pzxid = ctime = mtime = dataLength = 0
        }
        for (const [child, childOwner] of ephemeralChildren) {
          if (childOwner !== change.session) continue
          ephemeralChildren.delete(child)
          pzxid = txn.zxid
          childChanges += 1
          children -= 1
        }
      } else if (change.path === path) {
        switch (change.kind) {
          case "created":
            created = true
            czxid = mzxid = pzxid = txn.zxid
            ctime = mtime = time
            dataLength = change.dataLength
            owner = change.owner
            aversion = version = childChanges = children = 0
            break
          case "data":
            mzxid = txn.zxid
            mtime = time
            dataLength = change.dataLength
            version += 1
            break
          case "deleted":
            created = false
            czxid = mzxid = pzxid = ctime = mtime = dataLength = 0
            break
          case "acl":
            aversion += 1
            break
        }
      } else if ((change.kind === "created" || change.kind === "deleted") && parentOf(change.path) === path) {
        pzxid = txn.zxid
        childChanges += 1
        children += change.kind === "created" ? 1 : -1
        if (change.kind === "created" && change.owner !== NO_SESSION) ephemeralChildren.set(change.path, change.owner)
        else ephemeralChildren.delete(change.path)
      }
    }
  }
  if (!created) return { czxid: 0, mzxid: 0, pzxid, ctime: 0, mtime: 0, dataLength: 0, ephemeralOwner: NO_SESSION, aversion: null, version: null, cversion: null, numChildren: null }
  return { czxid, mzxid, pzxid, ctime, mtime, dataLength, ephemeralOwner: owner, aversion, version, cversion: childChanges, numChildren: children }
}

/** The first field of `stat` that differs from what the txns fix, as "field reported, fixed", or null. */
export function statMismatch(stat: Stat, fixed: FixedStat): string | null {
  const zxids = [
    ["czxid", stat.czxid, fixed.czxid],
    ["mzxid", stat.mzxid, fixed.mzxid],
    ["pzxid", stat.pzxid, fixed.pzxid],
  ] as const
  for (const [field, reported, want] of zxids) if (reported !== want) return `${field} ${formatZxid(reported)} where its txns fix ${formatZxid(want)}`
  const numbers = [
    ["ctime", stat.ctime, fixed.ctime],
    ["mtime", stat.mtime, fixed.mtime],
    ["dataLength", stat.dataLength, fixed.dataLength],
    ["aversion", stat.aversion, fixed.aversion],
    ["version", stat.version, fixed.version],
    ["cversion", stat.cversion, fixed.cversion],
    ["numChildren", stat.numChildren, fixed.numChildren],
  ] as const
  for (const [field, reported, want] of numbers) if (want !== null && reported !== want) return `${field} ${reported} where its txns fix ${want}`
  if (stat.ephemeralOwner !== fixed.ephemeralOwner) return `ephemeralOwner ${formatSessionId(stat.ephemeralOwner)} where its txns fix ${formatSessionId(fixed.ephemeralOwner)}`
  return null
}

/** The result each op of a multi that succeeded must carry, by the op's tag. */
const multiResultTag = { Create: "Created", SetData: "DataSet", Delete: "Deleted", Check: "Checked" } as const

/**
 * What is missing from an Ok answer that ZooKeeper's reply to `op` always carries, or null: a getData's
 * data and Stat, an exists' verdict (and a Stat when the node exists), a getChildren's names and Stat, a
 * create's name and Stat, a setData's Stat, and one result per op of a multi (each op's own kind when the
 * multi succeeded). The history reads only the fields present, so an answer without them passed it.
 */
export function missingFromAnswer(op: { readonly _tag: string; readonly ops?: ReadonlyArray<{ readonly _tag: string }> }, answer: ClientResult): string | null {
  if (answer._tag !== "Ok") return answer._tag === "Error" ? null : "no result at all"
  switch (op._tag) {
    case "GetData":
      return typeof answer.data !== "string" ? "no data" : answer.stat === undefined ? "no Stat" : null
    case "Exists":
      return typeof answer.exists !== "boolean" ? "no verdict" : answer.exists !== (answer.stat !== undefined) ? "a Stat that does not match its verdict" : null
    case "GetChildren":
      return answer.children === undefined ? "no children" : answer.stat === undefined ? "no Stat" : null
    case "Create":
      return answer.path === undefined ? "no created name" : answer.stat === undefined ? "no Stat" : null
    case "SetData":
      return answer.stat === undefined ? "no Stat" : null
    case "Multi": {
      const ops = op.ops ?? []
      const results = answer.results
      if (results === undefined || results.length !== ops.length) return `${results?.length ?? "no"} results for ${ops.length} ops`
      if (results.some((r) => r._tag === "Failed")) return results.every((r) => r._tag === "Failed") ? null : "a failed multi with an op that did not fail"
      const wrong = ops.findIndex((o, i) => multiResultTag[o._tag as keyof typeof multiResultTag] !== results[i]!._tag)
      if (wrong >= 0) return `op ${wrong} (${ops[wrong]!._tag}) answered ${results[wrong]!._tag}`
      const statless = results.findIndex((r) => (r._tag === "Created" || r._tag === "DataSet") && r.stat === undefined)
      return statless < 0 ? null : `no Stat for op ${statless} (${ops[statless]!._tag})`
    }
  }
  return null // a delete, a sync, a session's txn: nothing beyond Ok
}
