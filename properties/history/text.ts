/**
 * How client operations and their results read, in ZooKeeper's words: `setData /a "v1" v3`, `ok v4`,
 * `BADVERSION`, `? ConnectionLoss`. Shared by the checker's reports, the trace's sentences
 * (traces/format.ts) and the `zab history` command.
 */
import type { ErrorCode } from "../../impl/core/datatree.js"
import type { Acl } from "../../impl/core/types.js"
import type { HistoryOp, HistoryResult, MultiOp } from "../../impl/history-events.js"

function version(v: number): string {
  return v === -1 ? "any" : `v${v}`
}

/** An ACL as ZooKeeper's CLI writes it: `digest:alice:x:cdrwa,world:anyone:r`. */
function describeAcl(acl: ReadonlyArray<Acl>): string {
  return acl.length === 0 ? "[]" : acl.map((a) => `${a.scheme}:${a.id}:${"rwcda".split("").filter((_, i) => (a.perms & (1 << i)) !== 0).join("")}`).join(",")
}

function describeMultiOp(op: MultiOp): string {
  switch (op._tag) {
    case "Create":
      return `create${op.ephemeral === true ? "-eph" : ""}${op.sequential ? "-seq" : ""} ${op.path} ${JSON.stringify(op.data)}${op.acl === undefined ? "" : ` ${describeAcl(op.acl)}`}`
    case "SetData":
      return `setData ${op.path} ${JSON.stringify(op.data)} ${version(op.version)}`
    case "Delete":
      return `delete ${op.path} ${version(op.version)}`
    case "Check":
      return `check ${op.path} ${version(op.version)}`
  }
}

export function describeOperation(op: HistoryOp): string {
  switch (op._tag) {
    case "GetData":
      return `getData ${op.path}`
    case "Exists":
      return `exists ${op.path}`
    case "GetChildren":
      return `getChildren ${op.path}`
    case "Sync":
      return `sync ${op.path}`
    case "Create":
    case "SetData":
    case "Delete":
    case "Check":
      return describeMultiOp(op)
    case "Multi":
      return `multi [${op.ops.map(describeMultiOp).join("; ")}]`
    case "CloseSession":
      return "closeSession"
    case "SetACL":
      return `setAcl ${op.path} ${describeAcl(op.acl)} ${version(op.version)}`
    case "GetACL":
      return `getAcl ${op.path}`
    case "AddAuth":
      return `addauth ${op.scheme} ${op.id}`
  }
}

/** ZooKeeper's KeeperException names for the codes. */
const codeNames = {
  NoNode: "NONODE",
  NodeExists: "NODEEXISTS",
  BadVersion: "BADVERSION",
  NotEmpty: "NOTEMPTY",
  BadArguments: "BADARGUMENTS",
  NoChildrenForEphemerals: "NOCHILDRENFOREPHEMERALS",
  SessionExpired: "SESSIONEXPIRED",
  NoAuth: "NOAUTH",
  InvalidACL: "INVALIDACL",
} as const satisfies Record<ErrorCode, string>

export function describeResult(result: HistoryResult): string {
  switch (result._tag) {
    case "Ok": {
      const parts: Array<string> = []
      if (result.created !== undefined) parts.push(result.created)
      if (result.exists !== undefined) parts.push(result.exists ? "exists" : "absent")
      if (result.data !== undefined) parts.push(JSON.stringify(result.data))
      if (result.version !== undefined) parts.push(`v${result.version}`)
      if (result.cversion !== undefined) parts.push(`cv${result.cversion}`)
      if (result.numChildren !== undefined) parts.push(`${result.numChildren} children`)
      if (result.children !== undefined) parts.push(`[${result.children.join(", ")}]`)
      if (result.aversion !== undefined) parts.push(`av${result.aversion}`)
      if (result.acl !== undefined) parts.push(describeAcl(result.acl))
      if (result.results !== undefined) parts.push(`(${result.results.map((r) => r.created ?? (r.version === undefined ? "ok" : `v${r.version}`)).join(", ")})`)
      return parts.length === 0 ? "ok" : `ok ${parts.join(" ")}`
    }
    case "Failed":
      return result.index === undefined ? codeNames[result.code] : `${codeNames[result.code]} at op ${result.index}`
    case "Indeterminate":
      return `? ${result.reason}`
  }
}
