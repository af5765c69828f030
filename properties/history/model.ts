/**
 * The sequential specification: a znode tree, with the results ZooKeeper gives (versions, cversion and
 * the sequential names it yields, NONODE / NODEEXISTS / BADVERSION / NOTEMPTY / BADARGUMENTS), and its
 * sessions: an ephemeral node belongs to the session that created it and is deleted when that session
 * closes; a node under an ephemeral one is NOCHILDRENFOREPHEMERALS; once a session's close has taken
 * effect, every operation of that session is SESSIONEXPIRED and changes nothing (ZooKeeper's
 * PrepRequestProcessor checks the session before anything else; the client library answers a read so).
 *
 * It is built for the search (search.ts), which applies and takes back operations millions of times: the
 * tree is a set of flat arrays indexed by znode id, every change is recorded in an undo log (take back to
 * a mark), and the state's hash is kept up to date as the sum of each znode's contribution (two 32-bit
 * lanes), so hashing a state costs nothing. Znode ids are interned once from the history; a sequential
 * create whose name the history never shows is interned when the search first creates it.
 *
 * The tree starts as ZooKeeper's does: the root "/" with world:anyone's every permission, and the system
 * nodes /zookeeper, /zookeeper/quota and /zookeeper/config (world:anyone may only read the last, whose
 * aversion is -1: DataTree.addConfigNode sets its ACL with version -1; and as they are linked without a
 * creation counted, the root reports cversion -1 and /zookeeper -2). The wall-clock
 * stat fields are not modelled; zxids are not predicted (the checker never trusts a server's zxid).
 * Sessions are the search's numbers (0, 1, ...); a node's owner is its session's number plus one, 0 for a
 * persistent node.
 *
 * ACLs (acl-judge.ts) as ZooKeeper 3.8 checks them: every node carries its ACL and aversion; an op is
 * judged with the identities its session held when it was invoked (those of the AddAuths the session
 * invoked before it, each a scheme and id; the search passes them in). A session holds an `ip` identity
 * only from an `addauth ip` whose id is its address: ZooKeeper gives every connection `ip:<its address>`
 * from the start, but the simulator's sessions have no address except the ACL probe's, which gain theirs
 * with such an addauth, and no recorder of a real cluster issues ACL operations (it refuses `addauth ip`).
 */
import type { ErrorCode } from "../../impl/core/datatree.js"
import type { Acl } from "../../impl/core/types.js"
import type { HistoryOp, HistoryResult, MultiOp, MultiOpResult } from "../../impl/history-events.js"
import { type Identity, Perm, aclAllows, fixedAcl, sameAcls, shownAcl } from "./acl-judge.js"

export const ROOT = "/"

export function parentPath(path: string): string {
  const slash = path.lastIndexOf("/")
  return slash <= 0 ? ROOT : path.slice(0, slash)
}

/**
 * ZooKeeper's PathUtils.validatePath: absolute, no trailing slash but the root's, no empty, "." or ".."
 * name, and no NUL, control, surrogate, private-use or U+FFF0-U+FFFF character. Written here, not imported
 * from impl/core/datatree.ts: a checker that shares the code it judges cannot catch that code's faults.
 */
export function validZnodePath(path: string): boolean {
  if (path === ROOT) return true
  if (!path.startsWith("/") || path.endsWith("/")) return false
  if (path.slice(1).split("/").some((name) => name === "" || name === "." || name === "..")) return false
  return !/[\u0000-\u001f\u007f-\u009f\ud800-\uf8ff\ufff0-\uffff]/.test(path)
}

/** The system nodes' parent, which a ZooKeeper tree starts with. */
const SYSTEM = "/zookeeper"

/** The nodes ZooKeeper refuses to delete (DataTree.isSpecialPath), the root among them. */
const SPECIAL_PATHS: ReadonlySet<string> = new Set([ROOT, SYSTEM, `${SYSTEM}/quota`, `${SYSTEM}/config`])

/** ZooKeeper's sequential suffix: the parent's count of child creations as ten decimal digits. */
export function sequentialName(prefix: string, cversion: number): string {
  return prefix + String(cversion).padStart(10, "0")
}

function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

// Per undo record: id, exists, data, version, cversion, numChildren, owner, acl, aversion. A record of a
// session's closing has id -1 - session and the session's former closed flag in place of `exists`.
const FIELDS = 9

const NO_AUTH: ReadonlyArray<Identity> = []

/** The ACL a create without one gets, and the root's: world:anyone with every permission (id 0). */
const OPEN_ACL: ReadonlyArray<Acl> = [{ perms: Perm.all, scheme: "world", id: "anyone" }]

/** The outcome the specification gives for one (multi-)op: success, or a failure code. */
type Outcome = { readonly ok: true; readonly created: string | null; readonly version: number | null } | { readonly ok: false; readonly code: ErrorCode }

const OK_NOTHING: Outcome = { ok: true, created: null, version: null }

export class ZnodeModel {
  private readonly ids = new Map<string, number>()
  private readonly paths: Array<string> = []
  private readonly parent: Array<number> = []
  private readonly children: Array<Array<number>> = []
  private readonly exists: Array<number> = []
  private readonly data: Array<number> = []
  private readonly version: Array<number> = []
  private readonly cversion: Array<number> = []
  private readonly numChildren: Array<number> = []
  /** The owning session's number plus one, 0 for a persistent node. */
  private readonly owner: Array<number> = []
  /** The node's ACL, as an id of `acls`. */
  private readonly acl: Array<number> = []
  /** Number of ACL changes (setACL). */
  private readonly aversion: Array<number> = []
  private readonly aclIds = new Map<string, number>()
  private readonly acls: Array<ReadonlyArray<Acl>> = []
  /** Per session number: 1 once its close has taken effect. */
  private readonly closed: Array<number> = []
  private readonly contribA: Array<number> = []
  private readonly contribB: Array<number> = []
  private readonly dataIds = new Map<string, number>()
  private readonly undoLog: Array<number> = []
  hashA = 0
  hashB = 0

  constructor(paths: Iterable<string>) {
    this.aclId(OPEN_ACL)
    this.intern(ROOT)
    const system = this.intern(SYSTEM)
    const config = this.intern(`${SYSTEM}/config`)
    const quota = this.intern(`${SYSTEM}/quota`)
    for (const p of paths) if (validZnodePath(p)) this.intern(p)
    const empty = this.dataId("")
    this.write(0, 1, empty, 0, -1, 1, 0, 0, 0)
    this.write(system, 1, empty, 0, -2, 2, 0, 0, 0)
    this.write(config, 1, empty, 0, 0, 0, 0, this.aclId([{ perms: Perm.read, scheme: "world", id: "anyone" }]), -1)
    this.write(quota, 1, empty, 0, 0, 0, 0, 0, 0)
    this.undoLog.length = 0
  }

  /** The id of a valid path, interning it (and its ancestors) on first sight. */
  intern(path: string): number {
    const known = this.ids.get(path)
    if (known !== undefined) return known
    const parent = path === ROOT ? -1 : this.intern(parentPath(path))
    const id = this.paths.length
    this.ids.set(path, id)
    this.paths.push(path)
    this.parent.push(parent)
    this.children.push([])
    if (parent >= 0) this.children[parent]!.push(id)
    this.exists.push(0)
    this.data.push(0)
    this.version.push(0)
    this.cversion.push(0)
    this.numChildren.push(0)
    this.owner.push(0)
    this.acl.push(0)
    this.aversion.push(0)
    this.contribA.push(0)
    this.contribB.push(0)
    return id
  }

  idOf(path: string): number | undefined {
    return this.ids.get(path)
  }

  dataId(text: string): number {
    let id = this.dataIds.get(text)
    if (id === undefined) {
      id = this.dataIds.size
      this.dataIds.set(text, id)
    }
    return id
  }

  private aclId(acl: ReadonlyArray<Acl>): number {
    const key = JSON.stringify(acl.map((a) => [a.perms, a.scheme, a.id]))
    let id = this.aclIds.get(key)
    if (id === undefined) {
      id = this.acls.length
      this.aclIds.set(key, id)
      this.acls.push(acl)
    }
    return id
  }

  private aclOf(id: number): ReadonlyArray<Acl> {
    return this.acls[this.acl[id]!]!
  }

  mark(): number {
    return this.undoLog.length
  }

  /** Take back every change made since `mark`. */
  undo(mark: number): void {
    const log = this.undoLog
    while (log.length > mark) {
      const n = log.length
      const aversion = log[n - 1]!
      const acl = log[n - 2]!
      const owner = log[n - 3]!
      const numChildren = log[n - 4]!
      const cversion = log[n - 5]!
      const version = log[n - 6]!
      const data = log[n - 7]!
      const exists = log[n - 8]!
      const id = log[n - 9]!
      log.length = n - FIELDS
      if (id < 0) this.closed[-1 - id] = exists
      else this.set(id, exists, data, version, cversion, numChildren, owner, acl, aversion)
    }
  }

  /** A canonical text of the state (exact memoisation for small histories; tests). */
  canonical(): string {
    const parts: Array<string> = []
    for (let i = 0; i < this.paths.length; i++) {
      if (this.exists[i] === 1) parts.push(`${i}:${this.data[i]}:${this.version[i]}:${this.cversion[i]}:${this.owner[i]}:${this.acl[i]}:${this.aversion[i]}`)
    }
    // Which sessions are closed follows from the operations placed, which every key holds beside the state.
    return parts.join(",")
  }

  private set(id: number, exists: number, data: number, version: number, cversion: number, numChildren: number, owner: number, acl: number, aversion: number): void {
    this.hashA = (this.hashA - this.contribA[id]!) | 0
    this.hashB = (this.hashB - this.contribB[id]!) | 0
    this.exists[id] = exists
    this.data[id] = data
    this.version[id] = version
    this.cversion[id] = cversion
    this.numChildren[id] = numChildren
    this.owner[id] = owner
    this.acl[id] = acl
    this.aversion[id] = aversion
    let a = 0
    let b = 0
    if (exists === 1) {
      a = mix(Math.imul(id + 1, 0x9e3779b1) ^ mix(data * 0x632be5ab + 1) ^ mix(version * 0x85157af5 + 2) ^ mix(cversion * 0x2545f491 + 3) ^ mix(numChildren + 4) ^ mix(owner * 0x27d4eb2f + 9) ^ mix(acl * 0x9e3779b1 + 11) ^ mix(aversion * 0x632be5ab + 12))
      b = mix(Math.imul(id + 7, 0x7feb352d) ^ mix(data * 0x846ca68b + 5) ^ mix(version * 0x1b873593 + 6) ^ mix(cversion * 0xcc9e2d51 + 7) ^ mix(numChildren * 3 + 8) ^ mix(owner * 0x165667b1 + 10) ^ mix(acl * 0x2545f491 + 13) ^ mix(aversion * 0x85157af5 + 14))
    }
    this.contribA[id] = a
    this.contribB[id] = b
    this.hashA = (this.hashA + a) | 0
    this.hashB = (this.hashB + b) | 0
  }

  private write(id: number, exists: number, data: number, version: number, cversion: number, numChildren: number, owner: number, acl: number, aversion: number): void {
    this.undoLog.push(id, this.exists[id]!, this.data[id]!, this.version[id]!, this.cversion[id]!, this.numChildren[id]!, this.owner[id]!, this.acl[id]!, this.aversion[id]!)
    this.set(id, exists, data, version, cversion, numChildren, owner, acl, aversion)
  }

  /** A child of `parent` was created (+1) or deleted (-1): its cversion counts both, numChildren follows. */
  private childChanged(parent: number, delta: number): void {
    this.write(parent, 1, this.data[parent]!, this.version[parent]!, this.cversion[parent]! + 1, this.numChildren[parent]! + delta, this.owner[parent]!, this.acl[parent]!, this.aversion[parent]!)
  }

  private allows(id: number, perm: number, auth: ReadonlyArray<Identity>): boolean {
    return aclAllows(this.aclOf(id), perm, auth)
  }

  private isClosed(session: number): boolean {
    return this.closed[session] === 1
  }

  /** The session's close: its ephemeral nodes go (they have no children), then the session. */
  private closeSession(session: number): Outcome {
    for (let id = 0; id < this.paths.length; id++) {
      if (this.exists[id] !== 1 || this.owner[id] !== session + 1) continue
      const parent = this.parent[id]!
      this.write(id, 0, 0, 0, 0, 0, 0, 0, 0)
      this.childChanged(parent, -1)
    }
    this.undoLog.push(-1 - session, this.closed[session] ?? 0, 0, 0, 0, 0, 0, 0, 0)
    this.closed[session] = 1
    return OK_NOTHING
  }

  // -------------------------------------------------------------------------------------------------------
  // The specification, one op at a time. Each write either changes the tree and returns ok, or returns the
  // failure and changes nothing.

  /** `owner`: the creating session's number plus one for an ephemeral node, 0 for a persistent one. */
  private create(path: string, text: string, sequential: boolean, owner: number, requested: ReadonlyArray<Acl> | undefined, auth: ReadonlyArray<Identity>): Outcome {
    // As PrepRequestProcessor: a path without a slash or with a NUL is refused before the parent is looked
    // up, then the ACL is fixed up; the whole name (with its sequence suffix) is validated after.
    if (!path.includes("/") || path.includes("\0")) return { ok: false, code: "BadArguments" }
    const acl = requested === undefined ? OPEN_ACL : fixedAcl(requested, auth)
    if (acl === null) return { ok: false, code: "InvalidACL" }
    const parent = this.ids.get(parentPath(path))
    if (parent === undefined || this.exists[parent] !== 1) return { ok: false, code: "NoNode" }
    if (!this.allows(parent, Perm.create, auth)) return { ok: false, code: "NoAuth" }
    // The suffix is the parent's count of child creations (ZooKeeper's StatPersisted.cversion), not the Stat's
    // cversion, which counts deletions too: 2 * creations - numChildren, so creations is recovered from both.
    const name = sequential ? sequentialName(path, (this.cversion[parent]! + this.numChildren[parent]!) / 2) : path
    if (!validZnodePath(name)) return { ok: false, code: "BadArguments" }
    const id = this.intern(name)
    if (this.exists[id] === 1) return { ok: false, code: "NodeExists" }
    if (this.owner[parent] !== 0) return { ok: false, code: "NoChildrenForEphemerals" }
    this.write(id, 1, this.dataId(text), 0, 0, 0, owner, this.aclId(acl), 0)
    this.childChanged(parent, 1)
    return { ok: true, created: name, version: 0 }
  }

  private setData(path: string, text: string, expected: number, auth: ReadonlyArray<Identity>): Outcome {
    if (!validZnodePath(path)) return { ok: false, code: "BadArguments" }
    const id = this.ids.get(path)
    if (id === undefined || this.exists[id] !== 1) return { ok: false, code: "NoNode" }
    if (!this.allows(id, Perm.write, auth)) return { ok: false, code: "NoAuth" }
    if (expected !== -1 && expected !== this.version[id]) return { ok: false, code: "BadVersion" }
    this.write(id, 1, this.dataId(text), this.version[id]! + 1, this.cversion[id]!, this.numChildren[id]!, this.owner[id]!, this.acl[id]!, this.aversion[id]!)
    return { ok: true, created: null, version: this.version[id]! }
  }

  /** DELETE is asked of the parent, before the node itself is looked up (a missing node is NoAuth too). */
  private remove(path: string, expected: number, auth: ReadonlyArray<Identity>): Outcome {
    // As PrepRequestProcessor: no slash, a NUL or a special node is a bad argument; any other path that
    // names no node (an invalid one included) is simply not there.
    if (!path.includes("/") || path.includes("\0") || SPECIAL_PATHS.has(path)) return { ok: false, code: "BadArguments" }
    const parent = this.ids.get(parentPath(path))
    if (parent === undefined || this.exists[parent] !== 1) return { ok: false, code: "NoNode" }
    if (!this.allows(parent, Perm.delete, auth)) return { ok: false, code: "NoAuth" }
    const id = this.ids.get(path)
    if (id === undefined || this.exists[id] !== 1) return { ok: false, code: "NoNode" }
    if (expected !== -1 && expected !== this.version[id]) return { ok: false, code: "BadVersion" }
    if (this.numChildren[id]! > 0) return { ok: false, code: "NotEmpty" }
    this.write(id, 0, 0, 0, 0, 0, 0, 0, 0)
    this.childChanged(parent, -1)
    return OK_NOTHING
  }

  private check(path: string, expected: number, auth: ReadonlyArray<Identity>): Outcome {
    if (!validZnodePath(path)) return { ok: false, code: "BadArguments" }
    const id = this.ids.get(path)
    if (id === undefined || this.exists[id] !== 1) return { ok: false, code: "NoNode" }
    if (!this.allows(id, Perm.read, auth)) return { ok: false, code: "NoAuth" }
    if (expected !== -1 && expected !== this.version[id]) return { ok: false, code: "BadVersion" }
    return OK_NOTHING
  }

  /** The ACL is fixed up (and may be invalid) before the node is looked up; ADMIN is asked of the node. */
  private setAcl(path: string, requested: ReadonlyArray<Acl>, expected: number, auth: ReadonlyArray<Identity>): Outcome {
    if (!validZnodePath(path)) return { ok: false, code: "BadArguments" }
    const acl = fixedAcl(requested, auth)
    if (acl === null) return { ok: false, code: "InvalidACL" }
    const id = this.ids.get(path)
    if (id === undefined || this.exists[id] !== 1) return { ok: false, code: "NoNode" }
    if (!this.allows(id, Perm.admin, auth)) return { ok: false, code: "NoAuth" }
    if (expected !== -1 && expected !== this.aversion[id]) return { ok: false, code: "BadVersion" }
    this.write(id, 1, this.data[id]!, this.version[id]!, this.cversion[id]!, this.numChildren[id]!, this.owner[id]!, this.aclId(acl), this.aversion[id]! + 1)
    return OK_NOTHING
  }

  private multiOp(op: MultiOp, session: number, auth: ReadonlyArray<Identity>): Outcome {
    switch (op._tag) {
      case "Create":
        return this.create(op.path, op.data, op.sequential, op.ephemeral === true ? session + 1 : 0, op.acl, auth)
      case "SetData":
        return this.setData(op.path, op.data, op.version, auth)
      case "Delete":
        return this.remove(op.path, op.version, auth)
      case "Check":
        return this.check(op.path, op.version, auth)
    }
  }

  /** Whether the stat fields a result carries match node `id`'s. */
  private statMatches(id: number, result: { readonly version?: number; readonly cversion?: number; readonly numChildren?: number }): boolean {
    if (result.version !== undefined && result.version !== this.version[id]) return false
    if (result.cversion !== undefined && result.cversion !== this.cversion[id]) return false
    if (result.numChildren !== undefined && result.numChildren !== this.numChildren[id]) return false
    return true
  }

  /** A read's node: ZooKeeper does not validate a read's path, so one that names no node is NoNode. */
  private readNode(path: string): number | ErrorCode {
    const id = this.ids.get(path)
    if (id === undefined || this.exists[id] !== 1) return "NoNode"
    return id
  }

  private failed(result: HistoryResult, code: ErrorCode): boolean {
    return result._tag === "Failed" && result.code === code
  }

  private childrenMatch(id: number, names: ReadonlyArray<string>): boolean {
    if (names.length !== this.numChildren[id]) return false
    const prefix = id === 0 ? "/" : this.paths[id] + "/"
    for (const name of names) {
      const child = this.ids.get(prefix + name)
      if (child === undefined || this.exists[child] !== 1 || this.parent[child] !== id) return false
    }
    return new Set(names).size === names.length
  }

  /**
   * Apply `op` as the specification says and tell whether `result` is what it returns. With `result`
   * null (an indeterminate op) nothing is compared: the op is applied and true returned if it succeeds,
   * false if the specification fails it (it would change nothing). On false the caller takes the changes
   * back to its mark. `session` is the number of the op's session, `auth` the identities it held when it
   * invoked the op.
   */
  apply(op: HistoryOp, result: HistoryResult | null, session: number, auth: ReadonlyArray<Identity> = NO_AUTH): boolean {
    if (this.isClosed(session)) return result !== null && this.failed(result, "SessionExpired")
    switch (op._tag) {
      case "GetData":
      case "Exists":
      case "GetChildren": {
        if (result === null) return false
        // Exists alone refuses a NUL in its path (FinalRequestProcessor).
        const node = op._tag === "Exists" && op.path.includes("\0") ? "BadArguments" : this.readNode(op.path)
        if (typeof node === "string") {
          if (op._tag === "Exists" && node === "NoNode") return result._tag === "Ok" && result.exists === false
          return this.failed(result, node)
        }
        // FinalRequestProcessor asks READ once the node is found; exists asks nothing (as 3.8.0 to 3.8.3
        // do: ZOOKEEPER-2590 made 3.8.4's exists ask READ too).
        if (op._tag !== "Exists" && !this.allows(node, Perm.read, auth)) return this.failed(result, "NoAuth")
        if (result._tag !== "Ok") return false
        if (!this.statMatches(node, result)) return false
        if (op._tag === "Exists") return result.exists === true
        if (op._tag === "GetData") return result.data === undefined || this.dataId(result.data) === this.data[node]
        return result.children === undefined || this.childrenMatch(node, result.children)
      }
      case "GetACL": {
        if (result === null) return false
        const node = this.readNode(op.path)
        if (typeof node === "string") return this.failed(result, node)
        if (!this.allows(node, Perm.read | Perm.admin, auth)) return this.failed(result, "NoAuth")
        if (result._tag !== "Ok") return false
        if (!this.statMatches(node, result)) return false
        if (result.aversion !== undefined && result.aversion !== this.aversion[node]) return false
        return result.acl === undefined || sameAcls(result.acl, shownAcl(this.aclOf(node), this.allows(node, Perm.admin, auth)))
      }
      case "SetACL": {
        const outcome = this.setAcl(op.path, op.acl, op.version, auth)
        if (result === null) return outcome.ok
        if (!outcome.ok) return this.failed(result, outcome.code)
        if (result._tag !== "Ok") return false
        const id = this.ids.get(op.path)!
        return this.statMatches(id, result) && (result.aversion === undefined || result.aversion === this.aversion[id])
      }
      case "AddAuth": // its identity counts from its invocation on (the search passes it in `auth`)
        return result === null || result._tag === "Ok"
      case "Sync":
        return result !== null && result._tag === "Ok"
      case "Create":
      case "SetData":
      case "Delete":
      case "Check": {
        const outcome = this.multiOp(op, session, auth)
        if (result === null) return outcome.ok && op._tag !== "Check"
        if (!outcome.ok) return this.failed(result, outcome.code)
        if (result._tag !== "Ok") return false
        if (op._tag === "Create") {
          const id = this.ids.get(outcome.created!)!
          return (result.created === undefined || result.created === outcome.created) && this.statMatches(id, result)
        }
        if (op._tag === "SetData") return this.statMatches(this.ids.get(op.path)!, result)
        return true
      }
      case "Multi": {
        const mark = this.mark()
        const outcomes: Array<Outcome> = []
        for (let i = 0; i < op.ops.length; i++) {
          const outcome = this.multiOp(op.ops[i]!, session, auth)
          if (!outcome.ok) {
            this.undo(mark)
            if (result === null) return false
            if (result._tag !== "Failed" || result.code !== outcome.code || (result.index !== undefined && result.index !== i)) return false
            // ZooKeeper's reply to a refused multi: Ok for each op before the failing one, its code, then
            // RuntimeInconsistency for each op after it.
            const codes = result.codes
            return codes === undefined || (codes.length === op.ops.length && codes.every((c, j) => c === (j < i ? "Ok" : j === i ? outcome.code : "RuntimeInconsistency")))
          }
          outcomes.push(outcome)
        }
        if (result === null) return true
        if (result._tag !== "Ok") return false
        if (result.results === undefined) return true
        return result.results.every((r: MultiOpResult, i) => {
          const o = outcomes[i]!
          if (!o.ok) return false
          return (r.created === undefined || r.created === o.created) && (r.version === undefined || r.version === o.version)
        })
      }
      case "CloseSession":
        this.closeSession(session)
        return result === null || result._tag === "Ok"
    }
  }
}

/** Every path an operation or its result names (for interning before the search). */
export function pathsOf(op: HistoryOp, result: HistoryResult): Array<string> {
  const paths: Array<string> = []
  const multi = (o: MultiOp): void => {
    if (o._tag === "Create" && o.sequential) paths.push(parentPath(o.path))
    else paths.push(o.path)
  }
  switch (op._tag) {
    case "GetData":
    case "Exists":
    case "Sync":
    case "GetACL":
    case "SetACL":
      paths.push(op.path)
      break
    case "GetChildren":
      paths.push(op.path)
      if (result._tag === "Ok" && result.children !== undefined) for (const c of result.children) paths.push(op.path === ROOT ? `/${c}` : `${op.path}/${c}`)
      break
    case "Create":
    case "SetData":
    case "Delete":
    case "Check":
      multi(op)
      if (op._tag === "Create" && result._tag === "Ok" && result.created !== undefined) paths.push(result.created)
      break
    case "Multi":
      op.ops.forEach(multi)
      if (result._tag === "Ok" && result.results !== undefined) for (const r of result.results) if (r.created !== undefined) paths.push(r.created)
      break
    case "CloseSession": // the ephemerals it deletes are named by their creates
    case "AddAuth":
      break
  }
  return paths
}
