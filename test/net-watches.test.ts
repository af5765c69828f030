import { describe, expect, it } from "vitest"
import { EventType } from "../impl/client/protocol.js"
import { type WatchEventType, WatchManager, type Watcher } from "../impl/net/watches.js"

function recorder(): Watcher & { readonly events: Array<[WatchEventType, string]> } {
  const events: Array<[WatchEventType, string]> = []
  return { events, notify: (type, path) => void events.push([type, path]) }
}

const { nodeCreated: created, nodeDeleted: deleted, nodeDataChanged: changed, nodeChildrenChanged: children } = EventType

// The behaviour ZooKeeper 3.8 shows a client is pinned by test/conformance-zookeeper.test.ts against a real
// server; these cases pin the table's own rules without one.
describe("the watch manager", () => {
  it("fires a one-shot watch once, and a persistent one on every trigger", () => {
    const watches = new WatchManager()
    const once = recorder()
    const always = recorder()
    watches.addDataWatch("/a", once)
    watches.addPersistentWatch("/a", always, false)
    watches.dataChanged("/a")
    watches.dataChanged("/a")
    watches.nodeCreated("/a/b", "/a")
    expect(once.events).toEqual([[changed, "/a"]])
    expect(always.events).toEqual([[changed, "/a"], [changed, "/a"], [children, "/a"]])
    expect(watches.countOf(once)).toBe(0)
    expect(watches.countOf(always)).toBe(2) // one in each table
  })

  it("reaches a recursive watch from any path below it, never with NodeChildrenChanged, and tells a watcher once per trigger", () => {
    const watches = new WatchManager()
    const tree = recorder()
    watches.addPersistentWatch("/a", tree, true)
    watches.addDataWatch("/a/b/c", tree)
    watches.nodeCreated("/a/b", "/a")
    watches.dataChanged("/a/b/c") // its one-shot watch and the recursive one: told once
    watches.nodeDeleted("/a/b/c", "/a/b") // in the data table and again in the child table: told once
    watches.dataChanged("/x")
    expect(tree.events).toEqual([
      [created, "/a/b"],
      [changed, "/a/b/c"],
      [deleted, "/a/b/c"],
    ])
  })

  it("removes and checks a watch table by table, and forgets a closed watcher entirely", () => {
    const watches = new WatchManager()
    const w = recorder()
    watches.addPersistentWatch("/p", w, false)
    expect(watches.remove("data", "/p", w)).toBe(true)
    expect(watches.remove("data", "/p", w)).toBe(false)
    expect(watches.has("child", "/p", w)).toBe(true)
    watches.dataChanged("/p")
    watches.nodeCreated("/p/c", "/p")
    expect(w.events).toEqual([[children, "/p"]])
    watches.addPersistentWatch("/r", w, true)
    watches.removeWatcher(w)
    watches.nodeCreated("/r/x", "/r")
    expect(w.events).toHaveLength(1)
    expect(watches.count()).toBe(0)
  })

  it("a watch set again takes the last mode: a one-shot watch over a persistent one makes it one-shot", () => {
    const watches = new WatchManager()
    const w = recorder()
    watches.addPersistentWatch("/p", w, false)
    watches.addDataWatch("/p", w)
    watches.dataChanged("/p")
    watches.dataChanged("/p")
    expect(w.events).toEqual([[changed, "/p"]])
  })
})
