/**
 * One-shot watches, as ZooKeeper's WatchManager keeps them: local to the server a client is connected to,
 * two tables (data watches, set by getData and exists, and child watches, set by getChildren), each path
 * mapping to the watchers that wait on it. A trigger removes the path's watchers from the table and
 * notifies each once, so a watch fires exactly once per trigger.
 *
 * What fires what (DataTree.createNode / deleteNode / setData):
 * - a node created: NodeCreated to its data watchers, NodeChildrenChanged to its parent's child watchers;
 * - a node deleted: NodeDeleted to its data watchers and to its child watchers (a watcher on both is told
 *   once), NodeChildrenChanged to its parent's child watchers;
 * - data set: NodeDataChanged to its data watchers.
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

export const watchLimits = {
  maxWatchesPerWatcher: 100_000, // beyond this a watcher's new watches are refused (the read still answers)
} as const

export class WatchManager {
  private readonly data = new Map<string, Set<Watcher>>()
  private readonly child = new Map<string, Set<Watcher>>()
  /** Each watcher's watched paths, per table, so a closed connection leaves nothing behind. */
  private readonly byWatcher = new Map<Watcher, { readonly data: Set<string>; readonly child: Set<string> }>()

  /** Add a data watch (getData, exists). False if the watcher already holds its limit. */
  addDataWatch(path: string, watcher: Watcher): boolean {
    return this.add(this.data, "data", path, watcher)
  }

  /** Add a child watch (getChildren, getChildren2). */
  addChildWatch(path: string, watcher: Watcher): boolean {
    return this.add(this.child, "child", path, watcher)
  }

  private add(table: Map<string, Set<Watcher>>, kind: "data" | "child", path: string, watcher: Watcher): boolean {
    let mine = this.byWatcher.get(watcher)
    if (mine === undefined) this.byWatcher.set(watcher, (mine = { data: new Set(), child: new Set() }))
    if (mine.data.size + mine.child.size >= watchLimits.maxWatchesPerWatcher) return false
    mine[kind].add(path)
    let watchers = table.get(path)
    if (watchers === undefined) table.set(path, (watchers = new Set()))
    watchers.add(watcher)
    return true
  }

  /** Forget every watch of a watcher (its connection closed). */
  removeWatcher(watcher: Watcher): void {
    const mine = this.byWatcher.get(watcher)
    if (mine === undefined) return
    this.byWatcher.delete(watcher)
    for (const path of mine.data) this.drop(this.data, path, watcher)
    for (const path of mine.child) this.drop(this.child, path, watcher)
  }

  private drop(table: Map<string, Set<Watcher>>, path: string, watcher: Watcher): void {
    const watchers = table.get(path)
    if (watchers === undefined) return
    watchers.delete(watcher)
    if (watchers.size === 0) table.delete(path)
  }

  /** Remove and return the path's watchers in one table. */
  private take(table: Map<string, Set<Watcher>>, kind: "data" | "child", path: string): ReadonlyArray<Watcher> {
    const watchers = table.get(path)
    if (watchers === undefined) return []
    table.delete(path)
    for (const w of watchers) this.byWatcher.get(w)?.[kind].delete(path)
    return [...watchers]
  }

  nodeCreated(path: string, parent: string): void {
    for (const w of this.take(this.data, "data", path)) w.notify(EventType.nodeCreated, path)
    for (const w of this.take(this.child, "child", parent)) w.notify(EventType.nodeChildrenChanged, parent)
  }

  nodeDeleted(path: string, parent: string): void {
    const told = new Set<Watcher>()
    for (const w of this.take(this.data, "data", path)) {
      told.add(w)
      w.notify(EventType.nodeDeleted, path)
    }
    for (const w of this.take(this.child, "child", path)) if (!told.has(w)) w.notify(EventType.nodeDeleted, path)
    for (const w of this.take(this.child, "child", parent)) w.notify(EventType.nodeChildrenChanged, parent)
  }

  dataChanged(path: string): void {
    for (const w of this.take(this.data, "data", path)) w.notify(EventType.nodeDataChanged, path)
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
