/**
 * The data tree as the TCP runtime sees it: apply a committed txn, answer reads, serialise for snapshots
 * and SNAP sync. The runtime only talks to this interface so the implementation can be the shared
 * `impl/core/datatree.ts` once that lands; until then `MapTree` below implements ZooKeeper's znode rules
 * (a create needs its parent and a free name, delete needs the version and no children, setData the version).
 *
 * Znode data is a string in the peer's Txn. The client port carries bytes; the runtime maps bytes to a
 * string as latin1 (one char per byte), which round-trips every byte sequence.
 */
import type { ReadOp, Txn } from "../core/types.js"
import type { Zxid } from "../core/zxid.js"

export interface Stat {
  readonly czxid: Zxid
  readonly mzxid: Zxid
  readonly pzxid: Zxid
  readonly version: number
  readonly cversion: number
  readonly dataLength: number
  readonly numChildren: number
}

export type TreeError = "NoNode" | "NodeExists" | "BadVersion" | "NotEmpty" | "BadArguments"

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
}

/** A path ZooKeeper would accept: absolute, no empty, "." or ".." components, no trailing slash. */
export function validPath(path: string): boolean {
  if (path === "/") return true
  if (!path.startsWith("/") || path.endsWith("/") || path.length > 4096) return false
  for (const part of path.slice(1).split("/")) {
    if (part === "" || part === "." || part === ".." || part.includes("\u0000")) return false
  }
  return true
}

function parentOf(path: string): string {
  const i = path.lastIndexOf("/")
  return i === 0 ? "/" : path.slice(0, i)
}

interface Node {
  data: string
  czxid: Zxid
  mzxid: Zxid
  pzxid: Zxid
  version: number
  cversion: number
  readonly children: Set<string>
}

export class MapTree implements ServerTree {
  private readonly nodes = new Map<string, Node>()

  constructor() {
    this.nodes.set("/", { data: "", czxid: 0, mzxid: 0, pzxid: 0, version: 0, cversion: 0, children: new Set() })
  }

  get size(): number {
    return this.nodes.size
  }

  private stat(node: Node): Stat {
    return { czxid: node.czxid, mzxid: node.mzxid, pzxid: node.pzxid, version: node.version, cversion: node.cversion, dataLength: node.data.length, numChildren: node.children.size }
  }

  apply(txn: Txn): WriteResult {
    const op = txn.op
    if (!validPath(op.path)) return { ok: false, error: "BadArguments" }
    switch (op._tag) {
      case "Create": {
        if (op.path === "/" || this.nodes.has(op.path)) return { ok: false, error: op.path === "/" ? "NodeExists" : "NodeExists" }
        const parent = this.nodes.get(parentOf(op.path))
        if (parent === undefined) return { ok: false, error: "NoNode" }
        const node: Node = { data: op.data, czxid: txn.zxid, mzxid: txn.zxid, pzxid: txn.zxid, version: 0, cversion: 0, children: new Set() }
        this.nodes.set(op.path, node)
        parent.children.add(op.path.slice(op.path.lastIndexOf("/") + 1))
        parent.cversion += 1
        parent.pzxid = txn.zxid
        return { ok: true, path: op.path, stat: this.stat(node) }
      }
      case "Delete": {
        if (op.path === "/") return { ok: false, error: "BadArguments" }
        const node = this.nodes.get(op.path)
        if (node === undefined) return { ok: false, error: "NoNode" }
        if (op.version !== -1 && op.version !== node.version) return { ok: false, error: "BadVersion" }
        if (node.children.size > 0) return { ok: false, error: "NotEmpty" }
        this.nodes.delete(op.path)
        const parent = this.nodes.get(parentOf(op.path))!
        parent.children.delete(op.path.slice(op.path.lastIndexOf("/") + 1))
        parent.cversion += 1
        parent.pzxid = txn.zxid
        return { ok: true, path: op.path, stat: null }
      }
      case "SetData": {
        const node = this.nodes.get(op.path)
        if (node === undefined) return { ok: false, error: "NoNode" }
        if (op.version !== -1 && op.version !== node.version) return { ok: false, error: "BadVersion" }
        node.data = op.data
        node.version += 1
        node.mzxid = txn.zxid
        return { ok: true, path: op.path, stat: this.stat(node) }
      }
    }
  }

  read(op: ReadOp): ReadResult {
    if (!validPath(op.path)) return { ok: false, error: "BadArguments" }
    const node = this.nodes.get(op.path)
    switch (op._tag) {
      case "GetData":
        return node === undefined ? { ok: false, error: "NoNode" } : { ok: true, tag: "GetData", data: node.data, stat: this.stat(node) }
      case "Exists":
        return { ok: true, tag: "Exists", stat: node === undefined ? null : this.stat(node) }
      case "GetChildren":
        return node === undefined ? { ok: false, error: "NoNode" } : { ok: true, tag: "GetChildren", children: [...node.children].sort() }
    }
  }

  serialize(): string {
    const paths = [...this.nodes.keys()].sort()
    const rows = paths.map((path) => {
      const n = this.nodes.get(path)!
      return [path, n.data, n.czxid, n.mzxid, n.pzxid, n.version, n.cversion]
    })
    return JSON.stringify({ format: "zab-tree-1", nodes: rows })
  }

  static deserialize(text: string): MapTree {
    const parsed = JSON.parse(text) as unknown
    if (typeof parsed !== "object" || parsed === null || (parsed as { format?: unknown }).format !== "zab-tree-1") {
      throw new Error("not a serialised zab-tree-1 data tree")
    }
    const rows = (parsed as { nodes?: unknown }).nodes
    if (!Array.isArray(rows)) throw new Error("data tree has no node list")
    const tree = new MapTree()
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 7 || typeof row[0] !== "string" || typeof row[1] !== "string" || !row.slice(2).every((v) => Number.isSafeInteger(v))) {
        throw new Error(`malformed node ${JSON.stringify(row).slice(0, 80)}`)
      }
      const [path, data, czxid, mzxid, pzxid, version, cversion] = row as [string, string, number, number, number, number, number]
      if (path === "/") {
        const root = tree.nodes.get("/")!
        Object.assign(root, { data, czxid, mzxid, pzxid, version, cversion })
        continue
      }
      const parent = tree.nodes.get(parentOf(path))
      if (parent === undefined || !validPath(path)) throw new Error(`node ${path} has no parent in the serialised tree`)
      tree.nodes.set(path, { data, czxid, mzxid, pzxid, version, cversion, children: new Set() })
      parent.children.add(path.slice(path.lastIndexOf("/") + 1))
    }
    return tree
  }
}

export function loadTree(serialized: string | null): ServerTree {
  return serialized === null ? new MapTree() : MapTree.deserialize(serialized)
}
