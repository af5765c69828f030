/**
 * Goal: every clause of ZooKeeper's consistency model, as properties/history/check.ts states it, is
 * enforced, and nothing beyond it. Method: hand-made histories, each small enough to judge by eye, each
 * with its expected verdict; every bad one is paired with a good one that differs by the clause alone.
 */
import { describe, expect, it } from "vitest"
import { HistoryBuilder, check, closeSession, create, createEphemeral, del, exists, failed, getChildren, getData, lost, ok, setData, sync } from "./history-builder.js"
import type { HistoryOp, HistoryResult } from "../impl/history-events.js"

const multi = (...ops: ReadonlyArray<Extract<HistoryOp, { _tag: "Multi" }>["ops"][number]>): HistoryOp => ({ _tag: "Multi", ops })

/** /a created with "0" by session 1, then set to "1" (version 1) by session 1. */
function written(): HistoryBuilder {
  const h = new HistoryBuilder()
  h.run("1", create("/a", "0"), ok({ created: "/a" }))
  h.run("1", setData("/a", "1"), ok({ version: 1 }))
  return h
}

describe("history: writes are linearizable", () => {
  it("a read of the latest write is fine", () => {
    const h = written()
    h.run("2", getData("/a"), ok({ data: "1", version: 1 }))
    expect(h.check()._tag).toBe("Ok")
  })

  it("a read of a value nobody wrote is a violation", () => {
    const h = written()
    h.run("2", getData("/a"), ok({ data: "7" }))
    expect(h.check()._tag).toBe("Violation")
  })

  it("two CAS on one version both ok is a violation; one ok and one BADVERSION is fine", () => {
    const bad = new HistoryBuilder()
    bad.run("1", create("/a", "0"), ok())
    const x = bad.invoke("1", setData("/a", "x", 0))
    const y = bad.invoke("2", setData("/a", "y", 0))
    bad.complete(x, ok({ version: 1 })).complete(y, ok({ version: 1 }))
    const verdict = bad.check()
    expect(verdict._tag).toBe("Violation")
    if (verdict._tag === "Violation") expect(verdict.confirmed).toBe(true)

    const good = new HistoryBuilder()
    good.run("1", create("/a", "0"), ok())
    const g1 = good.invoke("1", setData("/a", "x", 0))
    const g2 = good.invoke("2", setData("/a", "y", 0))
    good.complete(g1, failed("BadVersion")).complete(g2, ok({ version: 1 }))
    good.run("1", getData("/a"), ok({ data: "y", version: 1 }))
    expect(good.check()._tag).toBe("Ok")
  })

  it("a lost CAS (acknowledged, then absent for a synced reader) is a violation", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("1", setData("/a", "x", 0), ok({ version: 1 }))
    h.run("2", sync(), ok())
    h.run("2", getData("/a"), ok({ data: "0", version: 0 }))
    expect(h.check()._tag).toBe("Violation")
  })

  it("a CAS refused with BADVERSION when the version matched is a violation", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("1", setData("/a", "x", 0), failed("BadVersion"))
    expect(h.check()._tag).toBe("Violation")
  })

  it("writes of two sessions in real-time order cannot be reordered", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("1", setData("/a", "1"), ok({ version: 1 }))
    h.run("2", setData("/a", "2"), ok({ version: 1 })) // must be version 2: it began after the first ended
    expect(h.check()._tag).toBe("Violation")
  })

  it("NONODE, NODEEXISTS and NOTEMPTY follow the tree", () => {
    const h = new HistoryBuilder()
    h.run("1", getData("/a"), failed("NoNode"))
    h.run("1", create("/a"), ok())
    h.run("2", create("/a"), failed("NodeExists"))
    h.run("2", create("/a/b"), ok())
    h.run("1", del("/a"), failed("NotEmpty"))
    h.run("1", check("/a/b", 0), ok())
    h.run("1", del("/a/b", 0), ok())
    h.run("1", del("/a"), ok())
    h.run("2", exists("/a"), ok({ exists: false }))
    expect(h.check()._tag).toBe("Ok")
    const bad = new HistoryBuilder()
    bad.run("1", create("/a"), ok())
    bad.run("1", create("/a/b"), ok())
    bad.run("1", del("/a"), ok())
    expect(bad.check()._tag).toBe("Violation")
  })

  it("a bad path is BADARGUMENTS where ZooKeeper validates it, and NONODE where it only looks the node up", () => {
    // Each line: the operation, ZooKeeper's answer, and one it does not give.
    const cases: ReadonlyArray<readonly [HistoryOp, ReturnType<typeof ok>, ReturnType<typeof ok>]> = [
      [create("/a/"), failed("BadArguments"), failed("NoNode")], // the parent /a is there; the name is not valid
      [create("/z/"), failed("NoNode"), failed("BadArguments")], // no parent: looked up before the name is checked
      [create("/a/."), failed("BadArguments"), ok()],
      [create("/a/b\u0001"), failed("BadArguments"), ok()],
      [create("/a/b\u0000"), failed("BadArguments"), failed("NoNode")],
      [create("a"), failed("BadArguments"), failed("NoNode")],
      [create("/a/", "", true), ok({ created: "/a/0000000000" }), failed("BadArguments")], // the suffix makes it valid
      [setData("/a//b", "x"), failed("BadArguments"), failed("NoNode")],
      [check("/a/..", -1), failed("BadArguments"), failed("NoNode")],
      [del("/a/"), failed("NoNode"), failed("BadArguments")],
      [del("/zookeeper"), failed("BadArguments"), failed("NoNode")],
      [del("/"), failed("BadArguments"), failed("NoNode")],
      [getData("/a/"), failed("NoNode"), failed("BadArguments")],
      [exists("/a/"), ok({ exists: false }), failed("BadArguments")],
      [exists("/a\u0000"), failed("BadArguments"), ok({ exists: false })],
      [create("/a/.x"), ok(), failed("BadArguments")],
      [create("/a/..x"), ok(), failed("BadArguments")],
      [setData("a/b", "x"), failed("BadArguments"), failed("NoNode")],
      [check("", -1), failed("BadArguments"), failed("NoNode")],
      // Each bound of the refused characters, from both sides.
      ...["\u001f", "\u007f", "\u009f", "\ud800", "\uf8ff", "\ufff0", "\uffff"].map((c) => [create(`/a/c${c}`), failed("BadArguments"), ok()] as const),
      ...["\u0020", "\u007e", "\u00a0", "\ud7ff", "\uf900", "\uffef"].map((c) => [create(`/a/c${c}`), ok(), failed("BadArguments")] as const),
    ]
    for (const [op, answer, wrong] of cases) {
      const good = new HistoryBuilder()
      good.run("1", create("/a"), ok())
      good.run("1", op, answer)
      expect(good.check()._tag, JSON.stringify(op)).toBe("Ok")
      const bad = new HistoryBuilder()
      bad.run("1", create("/a"), ok())
      bad.run("1", op, wrong)
      expect(bad.check()._tag, JSON.stringify(op)).toBe("Violation")
    }
  })
})

describe("history: reads are sequentially consistent, monotonic, and read your writes", () => {
  it("a stale read on another session is allowed", () => {
    const h = written()
    h.run("2", getData("/a"), ok({ data: "0", version: 0 }))
    expect(h.check()._tag).toBe("Ok")
  })

  it("a stale read after a write completed on the same session is a violation", () => {
    const h = written()
    h.run("1", getData("/a"), ok({ data: "0", version: 0 }))
    const verdict = h.check()
    expect(verdict._tag).toBe("Violation")
    if (verdict._tag === "Violation") expect(verdict.subHistory.length).toBeLessThanOrEqual(3)
  })

  it("a read going back in time (the session moved to a server behind) is a violation", () => {
    const h = written()
    h.run("2", getData("/a"), ok({ data: "1", version: 1 }))
    h.run("2", getData("/a"), ok({ data: "0", version: 0 }))
    expect(h.check()._tag).toBe("Violation")
  })

  it("going back in time is caught across znodes too", () => {
    // /y is written before /x; a session that has seen the /x write cannot then miss the /y one.
    const h = new HistoryBuilder()
    h.run("1", create("/x", "0"), ok())
    h.run("1", create("/y", "0"), ok())
    h.run("1", setData("/y", "1"), ok({ version: 1 }))
    h.run("1", setData("/x", "1"), ok({ version: 1 }))
    h.run("2", getData("/x"), ok({ data: "1" }))
    h.run("2", getData("/y"), ok({ data: "0" }))
    expect(h.check()._tag).toBe("Violation")
    const good = new HistoryBuilder()
    good.run("1", create("/x", "0"), ok())
    good.run("1", create("/y", "0"), ok())
    good.run("1", setData("/y", "1"), ok({ version: 1 }))
    good.run("1", setData("/x", "1"), ok({ version: 1 }))
    good.run("2", getData("/y"), ok({ data: "0" }))
    good.run("2", getData("/x"), ok({ data: "1" }))
    expect(good.check()._tag).toBe("Ok")
  })

  it("store buffering across two sessions is not sequentially consistent", () => {
    const h = new HistoryBuilder()
    h.run("0", create("/x", "0"), ok())
    h.run("0", create("/y", "0"), ok())
    const wx = h.invoke("1", setData("/x", "1"))
    const wy = h.invoke("2", setData("/y", "1"))
    h.complete(wx, ok()).complete(wy, ok())
    h.run("1", getData("/y"), ok({ data: "0" }))
    h.run("2", getData("/x"), ok({ data: "0" }))
    expect(h.check()._tag).toBe("Violation")
  })

  it("a read cannot see a write invoked after the read completed", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("2", getData("/a"), ok({ data: "1" }))
    h.run("1", setData("/a", "1"), ok())
    expect(h.check()._tag).toBe("Violation")
  })
})

describe("history: sync then read is linearizable", () => {
  it("a sync+read that misses a write completed before the sync is a violation", () => {
    const h = written()
    h.run("2", sync(), ok())
    h.run("2", getData("/a"), ok({ data: "0", version: 0 }))
    expect(h.check()._tag).toBe("Violation")
  })

  it("a sync+read may miss a write concurrent with the sync", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    const w = h.invoke("1", setData("/a", "1"))
    h.run("2", sync(), ok())
    h.run("2", getData("/a"), ok({ data: "0" }))
    h.complete(w, ok({ version: 1 }))
    expect(h.check()._tag).toBe("Ok")
  })
})

describe("history: indeterminate operations", () => {
  it("an indeterminate write that happened is fine", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("1", setData("/a", "1"), lost)
    h.run("2", getData("/a"), ok({ data: "1", version: 1 }))
    expect(h.check()._tag).toBe("Ok")
  })

  it("an indeterminate write that did not happen is fine", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("1", setData("/a", "1"), lost)
    h.run("1", setData("/a", "2"), ok({ version: 1 }))
    h.run("2", sync(), ok())
    h.run("2", getData("/a"), ok({ data: "2", version: 1 }))
    expect(h.check()._tag).toBe("Ok")
  })

  it("an indeterminate write may take effect late, even after its session's later ops", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("1", setData("/a", "1"), lost)
    h.run("1", getData("/a"), ok({ data: "0", version: 0 }))
    h.run("2", getData("/a"), ok({ data: "1", version: 1 }))
    expect(h.check()._tag).toBe("Ok")
  })

  it("several indeterminate writes one operation depends on may all have taken effect before it", () => {
    // Two sessions' creates are lost (ConnectionLoss), then a multi needs both nodes: the creates took
    // effect back to back before it (found by zab check --seed 20261212, run 12,251, on a correct peer).
    const h = new HistoryBuilder()
    const b = h.invoke("9", create("/b", "v1"))
    const a = h.invoke("1", create("/a", "c1"))
    h.complete(b, lost).complete(a, lost)
    h.run("1", { _tag: "Multi", ops: [check("/b", 0), { _tag: "Delete", path: "/a", version: 0 }] } as HistoryOp, ok({ results: [{}, {}] }))
    expect(h.check()._tag).toBe("Ok")
    // Only one of them is not enough: the multi's check of /b finds no node.
    const one = new HistoryBuilder()
    const a1 = one.invoke("1", create("/a", "c1"))
    one.complete(a1, lost)
    one.run("1", { _tag: "Multi", ops: [check("/b", 0), { _tag: "Delete", path: "/a", version: 0 }] } as HistoryOp, ok({ results: [{}, {}] }))
    expect(one.check()._tag).toBe("Violation")
  })

  it("but it cannot take effect before it was invoked, nor twice", () => {
    const before = new HistoryBuilder()
    before.run("1", create("/a", "0"), ok())
    before.run("2", getData("/a"), ok({ data: "1" }))
    before.run("1", setData("/a", "1"), lost)
    expect(before.check()._tag).toBe("Violation")
    const twice = new HistoryBuilder()
    twice.run("1", create("/a", "0"), ok())
    twice.run("1", setData("/a", "1"), lost)
    twice.run("2", getData("/a"), ok({ data: "1", version: 1 }))
    twice.run("2", getData("/a"), ok({ data: "1", version: 2 }))
    expect(twice.check()._tag).toBe("Violation")
  })

  it("a lost write may take effect long after its invocation (the quick search gives up, the complete one finds it)", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("3", create("/b", "0"), ok())
    h.run("1", setData("/a", "late"), lost)
    for (let i = 0; i < 150; i++) h.run("3", setData("/b", String(i)), ok({ version: i + 1 }))
    h.run("2", getData("/a"), ok({ data: "0", version: 0 }))
    h.run("2", getData("/a"), ok({ data: "late", version: 1 }))
    expect(h.check()._tag).toBe("Ok")
  })

  it("an operation that never completed is indeterminate", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.invoke("1", setData("/a", "1"))
    h.run("2", getData("/a"), ok({ data: "1", version: 1 }))
    expect(h.check()._tag).toBe("Ok")
  })
})

describe("history: multi is atomic", () => {
  it("a reader that sees one op of a multi sees them all", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("1", create("/b", "0"), ok())
    h.run("1", multi({ _tag: "SetData", path: "/a", data: "1", version: 0 }, { _tag: "SetData", path: "/b", data: "1", version: 0 }), ok({ results: [{ version: 1 }, { version: 1 }] }))
    h.run("2", getData("/a"), ok({ data: "1" }))
    h.run("2", getData("/b"), ok({ data: "0" }))
    expect(h.check()._tag).toBe("Violation")
  })

  it("a failed multi changes nothing", () => {
    const good = new HistoryBuilder()
    good.run("1", multi({ _tag: "Create", path: "/a", data: "", sequential: false }, { _tag: "Create", path: "/a", data: "", sequential: false }), failed("NodeExists", 1))
    good.run("1", exists("/a"), ok({ exists: false }))
    expect(good.check()._tag).toBe("Ok")
    const bad = new HistoryBuilder()
    bad.run("1", multi({ _tag: "Create", path: "/a", data: "", sequential: false }, { _tag: "Create", path: "/a", data: "", sequential: false }), failed("NodeExists", 1))
    bad.run("1", exists("/a"), ok({ exists: true }))
    expect(bad.check()._tag).toBe("Violation")
  })

  it("a refused multi's reply: Ok before the failing op, its code, RuntimeInconsistency after", () => {
    const ops = [create("/a"), { _tag: "Check", path: "/a", version: 5 }, create("/b")].map((op) => op as Extract<HistoryOp, { _tag: "Multi" }>["ops"][number])
    const run = (codes: ReadonlyArray<string>): string => {
      const h = new HistoryBuilder()
      h.run("1", multi(...ops), { _tag: "Failed", code: "BadVersion", index: 1, codes } as HistoryResult)
      return h.check()._tag
    }
    expect(run(["Ok", "BadVersion", "RuntimeInconsistency"])).toBe("Ok")
    expect(run(["RuntimeInconsistency", "BadVersion", "RuntimeInconsistency"])).toBe("Violation")
    expect(run(["Ok", "BadVersion", "Ok"])).toBe("Violation")
    expect(run(["Ok", "BadVersion"])).toBe("Violation")
    expect(run(["Ok", "", "RuntimeInconsistency"])).toBe("Violation")
  })

  it("a multi with a failing check is refused as a whole", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    h.run("1", multi({ _tag: "Check", path: "/a", version: 3 }, { _tag: "SetData", path: "/a", data: "x", version: -1 }), ok())
    expect(h.check()._tag).toBe("Violation")
  })
})

describe("history: sequential creates", () => {
  it("names follow the parent's count of child creations (a delete does not count, as in ZooKeeper)", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/q"), ok())
    h.run("1", create("/q/n-", "", true), ok({ created: "/q/n-0000000000" }))
    h.run("2", create("/q/n-", "", true), ok({ created: "/q/n-0000000001" }))
    h.run("2", getChildren("/q"), ok({ children: ["n-0000000001", "n-0000000000"] }))
    h.run("1", del("/q/n-0000000000"), ok())
    // Two creations so far: the Stat's cversion is 3 (creations and deletions), the name's suffix 2, as
    // Apache ZooKeeper answers (test/conformance-zookeeper.test.ts, "seq 3 after a delete").
    h.run("1", create("/q/n-", "", true), ok({ created: "/q/n-0000000002", cversion: 0 }))
    h.run("1", getData("/q"), ok({ cversion: 4, numChildren: 2 }))
    expect(h.check()._tag).toBe("Ok")
    const counted = new HistoryBuilder()
    counted.run("1", create("/q"), ok())
    counted.run("1", create("/q/n-", "", true), ok({ created: "/q/n-0000000000" }))
    counted.run("1", del("/q/n-0000000000"), ok())
    counted.run("1", create("/q/n-", "", true), ok({ created: "/q/n-0000000002" }))
    expect(counted.check()._tag).toBe("Violation")
  })

  it("two creates given one name, or names out of real-time order, are violations", () => {
    const same = new HistoryBuilder()
    same.run("1", create("/q"), ok())
    const a = same.invoke("1", create("/q/n-", "", true))
    const b = same.invoke("2", create("/q/n-", "", true))
    same.complete(a, ok({ created: "/q/n-0000000000" })).complete(b, ok({ created: "/q/n-0000000000" }))
    expect(same.check()._tag).toBe("Violation")
    const order = new HistoryBuilder()
    order.run("1", create("/q"), ok())
    order.run("1", create("/q/n-", "", true), ok({ created: "/q/n-0000000001" }))
    order.run("2", create("/q/n-", "", true), ok({ created: "/q/n-0000000000" }))
    expect(order.check()._tag).toBe("Violation")
  })

  it("concurrent sequential creates may get either name", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/q"), ok())
    const a = h.invoke("1", create("/q/n-", "", true))
    const b = h.invoke("2", create("/q/n-", "", true))
    h.complete(a, ok({ created: "/q/n-0000000001" })).complete(b, ok({ created: "/q/n-0000000000" }))
    expect(h.check()._tag).toBe("Ok")
  })
})

describe("history: sessions and ephemeral nodes", () => {
  it("an ephemeral node goes with its session's close; still reading it after the close is a violation", () => {
    const good = new HistoryBuilder()
    good.run("1", createEphemeral("/e", "x"), ok({ created: "/e" }))
    good.run("2", getData("/e"), ok({ data: "x" }))
    good.run("1", closeSession, ok())
    good.run("2", sync(), ok())
    good.run("2", exists("/e"), ok({ exists: false }))
    expect(good.check()._tag).toBe("Ok")
    const bad = new HistoryBuilder()
    bad.run("1", createEphemeral("/e", "x"), ok({ created: "/e" }))
    bad.run("1", closeSession, ok())
    bad.run("2", sync(), ok())
    bad.run("2", getData("/e"), ok({ data: "x" }))
    expect(bad.check()._tag).toBe("Violation")
  })

  it("a persistent node outlives its creator's close; one missing after it is a violation", () => {
    const bad = new HistoryBuilder()
    bad.run("1", create("/p", "x"), ok({ created: "/p" }))
    bad.run("1", closeSession, ok())
    bad.run("2", sync(), ok())
    bad.run("2", exists("/p"), ok({ exists: false }))
    expect(bad.check()._tag).toBe("Violation")
  })

  it("the close deletes only its own session's ephemerals", () => {
    const bad = new HistoryBuilder()
    bad.run("1", createEphemeral("/e1"), ok({ created: "/e1" }))
    bad.run("2", createEphemeral("/e2"), ok({ created: "/e2" }))
    bad.run("2", closeSession, ok())
    bad.run("3", sync(), ok())
    bad.run("3", exists("/e1"), ok({ exists: false }))
    expect(bad.check()._tag).toBe("Violation")
  })

  it("the parent's children and cversion count the close's deletions", () => {
    const good = new HistoryBuilder()
    good.run("2", create("/q"), ok())
    good.run("1", createEphemeral("/q/e"), ok({ created: "/q/e" }))
    good.run("1", closeSession, ok())
    good.run("2", getChildren("/q"), ok({ children: [], numChildren: 0, cversion: 2 }))
    expect(good.check()._tag).toBe("Ok")
    const bad = new HistoryBuilder()
    bad.run("2", create("/q"), ok())
    bad.run("1", createEphemeral("/q/e"), ok({ created: "/q/e" }))
    bad.run("1", closeSession, ok())
    bad.run("2", sync(), ok())
    bad.run("2", getChildren("/q"), ok({ children: ["e"], numChildren: 1 }))
    expect(bad.check()._tag).toBe("Violation")
  })

  it("a child of an ephemeral node is NOCHILDRENFOREPHEMERALS; created anyway is a violation", () => {
    const good = new HistoryBuilder()
    good.run("1", createEphemeral("/e"), ok({ created: "/e" }))
    good.run("2", create("/e/c"), failed("NoChildrenForEphemerals"))
    good.run("1", createEphemeral("/e/d"), failed("NoChildrenForEphemerals"))
    expect(good.check()._tag).toBe("Ok")
    const bad = new HistoryBuilder()
    bad.run("1", createEphemeral("/e"), ok({ created: "/e" }))
    bad.run("2", create("/e/c"), ok({ created: "/e/c" }))
    expect(bad.check()._tag).toBe("Violation")
    // Under a persistent node the same create is fine, and NOCHILDRENFOREPHEMERALS there is a violation.
    const persistent = new HistoryBuilder()
    persistent.run("1", create("/p"), ok({ created: "/p" }))
    persistent.run("2", create("/p/c"), failed("NoChildrenForEphemerals"))
    expect(persistent.check()._tag).toBe("Violation")
  })

  it("an operation of a closed session is SESSIONEXPIRED and changes nothing", () => {
    const good = new HistoryBuilder()
    good.run("1", closeSession, ok())
    good.run("1", create("/a"), failed("SessionExpired"))
    good.run("1", getData("/a"), failed("SessionExpired"))
    good.run("2", exists("/a"), ok({ exists: false }))
    expect(good.check()._tag).toBe("Ok")
    const bad = new HistoryBuilder()
    bad.run("1", closeSession, ok())
    bad.run("1", create("/a"), ok({ created: "/a" }))
    expect(bad.check()._tag).toBe("Violation")
    // And SESSIONEXPIRED before the close is a violation.
    const early = new HistoryBuilder()
    early.run("1", create("/a"), failed("SessionExpired"))
    early.run("1", closeSession, ok())
    expect(early.check()._tag).toBe("Violation")
  })

  it("a lost ephemeral create of a closed session may have happened before the close, never after it", () => {
    // Session 1's create is lost; it closes; nobody may see /e once the close is known to be done.
    const h = new HistoryBuilder()
    const c = h.invoke("1", createEphemeral("/e"))
    h.complete(c, lost)
    h.run("1", closeSession, ok())
    h.run("2", sync(), ok())
    h.run("2", exists("/e"), ok({ exists: true, version: 0 }))
    expect(h.check()._tag).toBe("Violation")
    const seenBefore = new HistoryBuilder()
    const d = seenBefore.invoke("1", createEphemeral("/e"))
    seenBefore.complete(d, lost)
    seenBefore.run("2", exists("/e"), ok({ exists: true, version: 0 }))
    seenBefore.run("1", closeSession, ok())
    seenBefore.run("2", sync(), ok())
    seenBefore.run("2", exists("/e"), ok({ exists: false }))
    expect(seenBefore.check()._tag).toBe("Ok")
  })
})

describe("history: composition and budget", () => {
  it("sessions on disjoint znodes are checked as separate components", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a"), ok())
    h.run("2", create("/b"), ok())
    h.run("1", setData("/a", "1"), ok({ version: 1 }))
    h.run("2", setData("/b", "1"), ok({ version: 1 }))
    const verdict = h.check()
    expect(verdict).toMatchObject({ _tag: "Ok", components: 2 })
  })

  it("an exhausted budget is unknown, never a pass", () => {
    const h = new HistoryBuilder()
    h.run("1", create("/a", "0"), ok())
    const ids = [1, 2, 3, 4, 5, 6].map((k) => h.invoke(String(k), setData("/a", String(k))))
    for (const id of ids) h.complete(id, ok())
    h.run("1", getData("/a"), ok({ data: "9" }))
    const verdict = h.check({ budget: 3 })
    expect(verdict._tag).toBe("Unknown")
    if (verdict._tag === "Unknown") expect(verdict.reason).toMatch(/budget of 3 configurations/)
    expect(h.check()._tag).toBe("Violation")
  })
})
