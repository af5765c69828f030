/**
 * Watches, as ZooKeeper 3.8's WatchManager keeps them: local to the server a client is connected to, two
 * tables (data watches, set by getData and exists, and child watches, set by getChildren), each path mapping
 * to the watchers that wait on it, each with its mode:
 * - standard (one-shot): a trigger removes it, so it fires exactly once;
 * - persistent (addWatch mode 0, in both tables): fires on every trigger at its path and stays;
 * - persistent recursive (addWatch mode 1, in both tables too): fires for its path and every path below,
 *   except NodeChildrenChanged, and stays.
 * A watcher has one mode per path and table, the last one set (WatcherModeManager).
 *
 * What fires what (DataTree.createNode / deleteNode / setData):
 * - a node created: NodeCreated to its data watchers, NodeChildrenChanged to its parent's child watchers;
 * - a node deleted: NodeDeleted to its data watchers and to its child watchers (a watcher on both is told
 *   once), NodeChildrenChanged to its parent's child watchers;
 * - data set: NodeDataChanged to its data watchers.
 * A trigger at a path also reaches the recursive watchers on its ancestors; each watcher is told once.
 *
 * A watcher is whatever the caller registers (the client port registers its connections); `notify` is
 * called synchronously while the txn is applied, so the event leaves before the reply of any request
 * that could reveal the change.
 */
import { EventType } from "../client/protocol.js"

export type WatchEventType = (typeof EventType)[keyof typeof EventType]

export interface Watcher {
  notify(type: WatchEventType, path: string): void
}

export type WatchMode = "standard" | "persistent" | "recursive"

type Kind = "data" | "child"

export const watchLimits = {
  maxWatchesPerWatcher: 100_000, // beyond this a watcher's new watches are refused (the read still answers)
} as const

class WatchTable {
  /** path -> watcher -> mode. */
  readonly byPath = new Map<string, Map<Watcher, WatchMode>>()
  /** How many recursive watches the table holds: none, and a trigger looks at its own path alone. */
  recursive = 0

  add(path: string, watcher: Watcher, mode: WatchMode): void {
    let watchers = this.byPath.get(path)
    if (watchers === undefined) this.byPath.set(path, (watchers = new Map()))
    const before = watchers.get(watcher)
    if (before === "recursive") this.recursive -= 1
    if (mode === "recursive") this.recursive += 1
    watchers.set(watcher, mode)
  }

  remove(path: string, watcher: Watcher): boolean {
    const watchers = this.byPath.get(path)
    const mode = watchers?.get(watcher)
    if (watchers === undefined || mode === undefined) return false
    if (mode === "recursive") this.recursive -= 1
    watchers.delete(watcher)
    if (watchers.size === 0) this.byPath.delete(path)
    return true
  }

  has(path: string, watcher: Watcher): boolean {
    return this.byPath.get(path)?.has(watcher) === true
  }
}

/** `path`, then each ancestor up to the root. */
function* pathAndAncestors(path: string): Generator<string> {
  yield path
  let p = path
  while (p !== "/") {
    const slash = p.lastIndexOf("/")
    p = slash <= 0 ? "/" : p.slice(0, slash)
    yield p
  }
}

export class WatchManager {
  private readonly data = new WatchTable()
  private readonly child = new WatchTable()
  /** Each watcher's watched paths, per table, so a closed connection leaves nothing behind. */
  private readonly byWatcher = new Map<Watcher, { readonly data: Set<string>; readonly child: Set<string> }>()

  /** Add a one-shot data watch (getData, exists). False if the watcher already holds its limit. */
  addDataWatch(path: string, watcher: Watcher): boolean {
    return this.add("data", path, watcher, "standard")
  }

  /** Add a one-shot child watch (getChildren, getChildren2). */
  addChildWatch(path: string, watcher: Watcher): boolean {
    return this.add("child", path, watcher, "standard")
  }

  /** addWatch: a persistent or persistent recursive watch, in both tables as ZooKeeper 3.8 sets it. */
  addPersistentWatch(path: string, watcher: Watcher, recursive: boolean): boolean {
    const mode = recursive ? "recursive" : "persistent"
    return this.add("data", path, watcher, mode) && this.add("child", path, watcher, mode)
  }

  private add(kind: Kind, path: string, watcher: Watcher, mode: WatchMode): boolean {
    let mine = this.byWatcher.get(watcher)
    if (mine === undefined) this.byWatcher.set(watcher, (mine = { data: new Set(), child: new Set() }))
    if (!mine[kind].has(path) && mine.data.size + mine.child.size >= watchLimits.maxWatchesPerWatcher) return false
    mine[kind].add(path)
    this.tableOf(kind).add(path, watcher, mode)
    return true
  }

  private tableOf(kind: Kind): WatchTable {
    return kind === "data" ? this.data : this.child
  }

  /** Whether the watcher has a watch of any mode at `path` in the table (checkWatches). */
  has(kind: Kind, path: string, watcher: Watcher): boolean {
    return this.tableOf(kind).has(path, watcher)
  }

  /** Remove the watcher's watch of any mode at `path` in the table (removeWatches); false if it had none. */
  remove(kind: Kind, path: string, watcher: Watcher): boolean {
    if (!this.tableOf(kind).remove(path, watcher)) return false
    this.byWatcher.get(watcher)?.[kind].delete(path)
    return true
  }

  /** Forget every watch of a watcher (its connection closed). */
  removeWatcher(watcher: Watcher): void {
    const mine = this.byWatcher.get(watcher)
    if (mine === undefined) return
    this.byWatcher.delete(watcher)
    for (const path of mine.data) this.data.remove(path, watcher)
    for (const path of mine.child) this.child.remove(path, watcher)
  }

  /**
   * WatchManager.triggerWatch: the watchers a trigger at `path` reaches, one-shot watches at the path
   * removed; each notified once unless in `suppress`. Returns the watchers reached.
   */
  private trigger(kind: Kind, path: string, type: WatchEventType, suppress?: ReadonlySet<Watcher>): Set<Watcher> {
    const table = this.tableOf(kind)
    const reached = new Set<Watcher>()
    for (const at of table.recursive > 0 ? pathAndAncestors(path) : [path]) {
      const watchers = table.byPath.get(at)
      if (watchers === undefined) continue
      for (const [watcher, mode] of watchers) {
        if (mode === "recursive") {
          if (type !== EventType.nodeChildrenChanged) reached.add(watcher)
        } else if (at === path) {
          reached.add(watcher)
          if (mode === "standard") {
            watchers.delete(watcher)
            this.byWatcher.get(watcher)?.[kind].delete(path)
          }
        }
      }
      if (watchers.size === 0) table.byPath.delete(at)
    }
    for (const watcher of reached) if (suppress === undefined || !suppress.has(watcher)) watcher.notify(type, path)
    return reached
  }

  nodeCreated(path: string, parent: string): void {
    this.trigger("data", path, EventType.nodeCreated)
    this.trigger("child", parent, EventType.nodeChildrenChanged)
  }

  nodeDeleted(path: string, parent: string): void {
    const told = this.trigger("data", path, EventType.nodeDeleted)
    this.trigger("child", path, EventType.nodeDeleted, told)
    this.trigger("child", parent, EventType.nodeChildrenChanged)
  }

  dataChanged(path: string): void {
    this.trigger("data", path, EventType.nodeDataChanged)
  }

  /** How many watches are set, counting a path once per watcher and table (the `wchs` figure). */
  count(): number {
    let n = 0
    for (const mine of this.byWatcher.values()) n += mine.data.size + mine.child.size
    return n
  }

  /** How many watches one watcher holds. */
  countOf(watcher: Watcher): number {
    const mine = this.byWatcher.get(watcher)
    return mine === undefined ? 0 : mine.data.size + mine.child.size
  }
}
