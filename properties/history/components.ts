/**
 * The independent components of a history: operations that share no session and no znode, directly or
 * through others (the rule and why it is sound are in check.ts, COMPOSITION).
 */
import type { Operation } from "./history.js"
import { ROOT, parentPath } from "./model.js"

/** The paths an operation targets (the paths its arguments name; for a sequential create the parent). */
function targets(op: Operation): Array<{ readonly path: string; readonly tag: string; readonly sequential: boolean }> {
  const o = op.operation
  switch (o._tag) {
    case "GetData":
    case "Exists":
    case "GetChildren":
    case "SetData":
    case "Delete":
    case "Check":
    case "SetACL":
    case "GetACL":
      return [{ path: o.path, tag: o._tag, sequential: false }]
    case "Create":
      return [{ path: o.path, tag: o._tag, sequential: o.sequential }]
    case "Sync":
    case "AddAuth": // its identity matters only to its own session's later ops
    case "CloseSession": // it touches only its own session's ephemerals: its session ties it to them
      return []
    case "Multi":
      return o.ops.map((m) => ({ path: m.path, tag: m._tag, sequential: m._tag === "Create" && m.sequential }))
  }
}

/**
 * The znodes whose own state some operation can see: those an operation names, and the parents of
 * sequential creates (whose names show the parent's cversion). Another parent's cversion and children
 * count are seen by nobody, so creating or deleting its children need not be ordered against anything
 * but what touches the children themselves.
 */
export function observedPaths(ops: ReadonlyArray<Operation>): Set<string> {
  const observed = new Set<string>()
  for (const op of ops) {
    for (const t of targets(op)) {
      if (t.sequential) observed.add(parentPath(t.path))
      else observed.add(t.path)
    }
  }
  return observed
}

/** The components of a history (see COMPOSITION), each in invocation order. */
export function components(ops: ReadonlyArray<Operation>): Array<Array<Operation>> {
  const observed = observedPaths(ops)
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let root = x
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!
    let y = x
    while (y !== root) {
      const next = parent.get(y)!
      parent.set(y, root)
      y = next
    }
    if (!parent.has(root)) parent.set(root, root)
    return root
  }
  const union = (a: string, b: string): void => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(ra, rb)
  }
  for (const op of ops) {
    const s = `s${op.session}`
    find(s)
    for (const t of targets(op)) {
      const node = t.sequential ? parentPath(t.path) : t.path
      union(s, `z${node}`)
      if ((t.tag === "Create" || t.tag === "Delete") && t.path !== ROOT) {
        const p = parentPath(t.path)
        if (observed.has(p)) union(s, `z${p}`)
      }
    }
  }
  const groups = new Map<string, Array<Operation>>()
  for (const op of ops) {
    const root = find(`s${op.session}`)
    const group = groups.get(root)
    if (group === undefined) groups.set(root, [op])
    else group.push(op)
  }
  return [...groups.values()]
}

