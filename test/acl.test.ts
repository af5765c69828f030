/**
 * Goal: ACLs follow ZooKeeper 3.8: which ACLs a create or setACL may set (fixupACL), which identities an
 * ACL admits (checkACL with the ip and digest providers), the order in which PrepRequestProcessor's checks
 * meet NOAUTH and INVALIDACL, setACL's aversion, and that a node's ACL survives every way a txn or a tree
 * is stored (the txn log's JSON, snapshots) and changes the tree's digest.
 * Method: hand-written cases per rule; the client-visible answers are compared with a running Apache
 * ZooKeeper in test/conformance-zookeeper.test.ts, and the digest identity with ZooKeeper's own test
 * fixture ("super:test" is "super:D/InIHSb7yEEbrWz8b9l71RjZJU=").
 */
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { OPEN_ACL, Perms, aclAllows, fixupAcl, redactDigests } from "../impl/core/acl.js"
import { type ClientResult, type DataTree, aclOf, apply, deserialize, digest, emptyTree, getData, lastApplied, serialize } from "../impl/core/datatree.js"
import { serializeThroughSchema } from "./support/snapshot-reference.js"
import { type Acl, type AuthId, Txn, type TxnOp } from "../impl/core/types.js"
import { makeZxid } from "../impl/core/zxid.js"
import { digestAuthId, ipAuthId } from "../impl/net/clientport.js"
import { txnJson } from "../impl/storage/txnjson.js"

const aliceId = digestAuthId(Buffer.from("alice:secret"))
const alice: ReadonlyArray<AuthId> = [{ scheme: "ip", id: "127.0.0.1" }, aliceId]
const stranger: ReadonlyArray<AuthId> = [{ scheme: "ip", id: "127.0.0.1" }]
const aliceOnly: ReadonlyArray<Acl> = [{ perms: Perms.all, scheme: "digest", id: aliceId.id }]

function run(tree: DataTree, ...ops: ReadonlyArray<TxnOp>): Array<ClientResult> {
  return ops.map((op) => apply(tree, { zxid: lastApplied(tree) === 0 ? makeZxid(1, 1) : lastApplied(tree) + 1, op, origin: 1, request: 0 }))
}

const code = (r: ClientResult): string => (r._tag === "Error" ? r.code : "Ok")

describe("identities", () => {
  it("addauth digest hashes user:password as ZooKeeper does", () => {
    expect(digestAuthId(Buffer.from("super:test"))).toEqual({ scheme: "digest", id: "super:D/InIHSb7yEEbrWz8b9l71RjZJU=" })
    // The user is what precedes the first colon; the hash covers all of it.
    expect(digestAuthId(Buffer.from("a:b:c")).id).toMatch(/^a:[A-Za-z0-9+/]{27}=$/)
    expect(ipAuthId("::ffff:127.0.0.1")).toEqual({ scheme: "ip", id: "127.0.0.1" })
  })
})

describe("fixupACL", () => {
  it("keeps world:anyone and valid ids, drops duplicates, expands auth to the authenticated identities", () => {
    expect(fixupAcl([{ perms: 31, scheme: "world", id: "anyone" }], [])).toBe(OPEN_ACL)
    expect(fixupAcl([{ perms: 3, scheme: "world", id: "anyone" }, { perms: 3, scheme: "world", id: "anyone" }], [])).toEqual([{ perms: 3, scheme: "world", id: "anyone" }])
    // ip identities are not "authenticated": only the digest one is added.
    expect(fixupAcl([{ perms: 5, scheme: "auth", id: "" }], alice)).toEqual([{ perms: 5, scheme: "digest", id: aliceId.id }])
    expect(fixupAcl([{ perms: 1, scheme: "ip", id: "10.0.0.0/8" }], [])).toEqual([{ perms: 1, scheme: "ip", id: "10.0.0.0/8" }])
  })

  it("refuses what ZooKeeper refuses with INVALIDACL", () => {
    const invalid = (acl: ReadonlyArray<Acl>, auth: ReadonlyArray<AuthId> = alice): void => expect(fixupAcl(acl, auth), JSON.stringify(acl)).toBe("InvalidACL")
    invalid([])
    invalid([{ perms: 31, scheme: "auth", id: "" }], stranger)
    invalid([{ perms: 31, scheme: "world", id: "nobody" }])
    invalid([{ perms: 31, scheme: "foo", id: "bar" }])
    invalid([{ perms: 31, scheme: "digest", id: "alice" }])
    invalid([{ perms: 31, scheme: "digest", id: "a:b:c" }])
    invalid([{ perms: 31, scheme: "digest", id: "alice:" }]) // Java's split drops the trailing empty part
    invalid([{ perms: 31, scheme: "ip", id: "127.0.0.1/33" }])
    invalid([{ perms: 31, scheme: "ip", id: "127.0.0" }])
    invalid([{ perms: 31, scheme: "ip", id: "::1" }]) // ZooKeeper 3.8's ip provider knows IPv4 only
  })
})

describe("checkACL", () => {
  it("admits an identity through an entry that grants any bit of the permission", () => {
    expect(aclAllows(OPEN_ACL, Perms.admin, [])).toBe(true)
    expect(aclAllows(aliceOnly, Perms.read, alice)).toBe(true)
    expect(aclAllows(aliceOnly, Perms.read, stranger)).toBe(false)
    expect(aclAllows(aliceOnly, Perms.read, [digestAuthId(Buffer.from("alice:wrong"))])).toBe(false)
    expect(aclAllows([{ perms: Perms.read, scheme: "world", id: "anyone" }], Perms.write, alice)).toBe(false)
    expect(aclAllows([{ perms: Perms.read, scheme: "world", id: "anyone" }], Perms.read | Perms.admin, [])).toBe(true)
    expect(aclAllows([{ perms: 0, scheme: "world", id: "anyone" }], Perms.read, [])).toBe(false)
  })

  it("matches ip identities against an address with an optional mask", () => {
    const ip = (id: string): ReadonlyArray<Acl> => [{ perms: 31, scheme: "ip", id }]
    expect(aclAllows(ip("127.0.0.1"), Perms.read, stranger)).toBe(true)
    expect(aclAllows(ip("127.0.0.0/8"), Perms.read, stranger)).toBe(true)
    expect(aclAllows(ip("127.0.1.0/24"), Perms.read, stranger)).toBe(false)
    expect(aclAllows(ip("10.0.0.0/8"), Perms.read, stranger)).toBe(false)
    expect(aclAllows(ip("0.0.0.0/0"), Perms.read, stranger)).toBe(true)
    expect(aclAllows(ip("127.0.0.2"), Perms.read, stranger)).toBe(false)
  })

  it("getACL without ADMIN hides digest hashes", () => {
    expect(redactDigests([...aliceOnly, { perms: 1, scheme: "world", id: "anyone" }])).toEqual([
      { perms: 31, scheme: "digest", id: "alice:x" },
      { perms: 1, scheme: "world", id: "anyone" },
    ])
  })
})

describe("the tree checks ACLs in ZooKeeper's order", () => {
  it("create: BADARGUMENTS, then INVALIDACL, then NONODE, then NOAUTH on the parent, then NODEEXISTS", () => {
    const tree = emptyTree()
    run(tree, { _tag: "Create", path: "/p", data: "", acl: aliceOnly, auth: alice }, { _tag: "Create", path: "/p/x", data: "", auth: alice })
    const tries: ReadonlyArray<[TxnOp, string]> = [
      [{ _tag: "Create", path: "p", data: "", acl: [], auth: stranger }, "BadArguments"],
      [{ _tag: "Create", path: "/none/x", data: "", acl: [], auth: stranger }, "InvalidACL"],
      [{ _tag: "Create", path: "/none/x", data: "", auth: stranger }, "NoNode"],
      [{ _tag: "Create", path: "/p/x", data: "", auth: stranger }, "NoAuth"],
      [{ _tag: "Create", path: "/p/x", data: "", auth: alice }, "NodeExists"],
      [{ _tag: "Create", path: "/p/y", data: "", auth: alice }, "Ok"],
    ]
    for (const [op, expected] of tries) expect(code(run(tree, op)[0]!), JSON.stringify(op)).toBe(expected)
  })

  it("delete checks the parent's DELETE before looking for the node; setData checks WRITE before the version", () => {
    const tree = emptyTree()
    run(tree, { _tag: "Create", path: "/p", data: "", acl: aliceOnly, auth: alice }, { _tag: "Create", path: "/p/x", data: "", auth: alice })
    expect(code(run(tree, { _tag: "Delete", path: "/p/none", version: -1, auth: stranger })[0]!)).toBe("NoAuth")
    expect(code(run(tree, { _tag: "Delete", path: "/p/x", version: 7, auth: alice })[0]!)).toBe("BadVersion")
    expect(code(run(tree, { _tag: "SetData", path: "/p", data: "x", version: 7, auth: stranger })[0]!)).toBe("NoAuth")
    expect(code(run(tree, { _tag: "SetData", path: "/p", data: "x", version: 7, auth: alice })[0]!)).toBe("BadVersion")
    // Without identities (a schedule's ops), only world:anyone nodes admit the write.
    expect(code(run(tree, { _tag: "SetData", path: "/p", data: "x", version: -1 })[0]!)).toBe("NoAuth")
    expect(code(run(tree, { _tag: "SetData", path: "/p/x", data: "x", version: -1 })[0]!)).toBe("Ok")
  })

  it("setACL: INVALIDACL, then NONODE, then NOAUTH (ADMIN), then BADVERSION on the aversion, which it bumps", () => {
    const tree = emptyTree()
    run(tree, { _tag: "Create", path: "/p", data: "", acl: aliceOnly, auth: alice })
    const open = [{ perms: 1, scheme: "world", id: "anyone" }]
    expect(code(run(tree, { _tag: "SetACL", path: "/none", acl: [], version: -1, auth: alice })[0]!)).toBe("InvalidACL")
    expect(code(run(tree, { _tag: "SetACL", path: "/none", acl: open, version: -1, auth: alice })[0]!)).toBe("NoNode")
    expect(code(run(tree, { _tag: "SetACL", path: "/p", acl: open, version: 3, auth: stranger })[0]!)).toBe("NoAuth")
    expect(code(run(tree, { _tag: "SetACL", path: "/p", acl: open, version: 3, auth: alice })[0]!)).toBe("BadVersion")
    const set = run(tree, { _tag: "SetACL", path: "/p", acl: open, version: 0, auth: alice })[0]!
    expect(set).toMatchObject({ _tag: "Ok", stat: { aversion: 1, version: 0 } })
    expect(aclOf(tree, "/p")).toEqual(open)
    // Now nobody may write it, alice included: only READ is left.
    expect(code(run(tree, { _tag: "SetACL", path: "/p", acl: aliceOnly, version: 1, auth: alice })[0]!)).toBe("NoAuth")
  })

  it("a multi with a denied op applies nothing and names the op", () => {
    const tree = emptyTree()
    run(tree, { _tag: "Create", path: "/p", data: "", acl: aliceOnly, auth: alice })
    const [result] = run(tree, {
      _tag: "Multi",
      ops: [
        { _tag: "Create", path: "/q", data: "" },
        { _tag: "Check", path: "/p", version: 0 },
      ],
      auth: stranger,
    })
    expect(result).toMatchObject({ _tag: "Ok", results: [{ _tag: "Failed", code: "Ok" }, { _tag: "Failed", code: "NoAuth" }] })
    expect(getData(tree, "/q")).toMatchObject({ _tag: "Error", code: "NoNode" })
    // A node created earlier in the same multi is checked with the ACL it was given there.
    const [nested] = run(tree, {
      _tag: "Multi",
      ops: [
        { _tag: "Create", path: "/r", data: "", acl: [{ perms: Perms.read, scheme: "world", id: "anyone" }] },
        { _tag: "Create", path: "/r/c", data: "" },
      ],
      auth: alice,
    })
    expect(nested).toMatchObject({ results: [{ code: "Ok" }, { code: "NoAuth" }] })
  })
})

describe("ACLs are stored wherever the tree and its txns are", () => {
  const build = (): DataTree => {
    const tree = emptyTree()
    run(
      tree,
      { _tag: "Create", path: "/p", data: "d", acl: aliceOnly, auth: alice },
      { _tag: "Create", path: "/o", data: "" },
      { _tag: "SetACL", path: "/o", acl: [{ perms: 1, scheme: "world", id: "anyone" }], version: -1, auth: stranger },
    )
    return tree
  }

  it("a snapshot keeps each node's ACL and aversion, byte for byte as the Schema writes it, and the digest sees them", () => {
    const tree = build()
    const text = serialize(tree)
    expect(text).toBe(serializeThroughSchema(tree))
    expect(JSON.parse(text)).toMatchObject({ version: 3 })
    const back = deserialize(text)
    expect(Result.isSuccess(back)).toBe(true)
    if (Result.isFailure(back)) return
    expect(aclOf(back.success, "/p")).toEqual(aliceOnly)
    expect(aclOf(back.success, "/o")).toEqual([{ perms: 1, scheme: "world", id: "anyone" }])
    expect(getData(back.success, "/o")).toMatchObject({ stat: { aversion: 1 } })
    expect(digest(back.success)).toBe(digest(tree))
    // The same nodes with another ACL have another digest, and a tampered ACL is refused on load.
    const other = emptyTree()
    run(other, { _tag: "Create", path: "/p", data: "d" }, { _tag: "Create", path: "/o", data: "" }, { _tag: "SetACL", path: "/o", acl: [{ perms: 1, scheme: "world", id: "anyone" }], version: -1 })
    expect(digest(other)).not.toBe(digest(tree))
    expect(deserialize(text.replace(aliceId.id, "alice:AAAAAAAAAAAAAAAAAAAAAAAAAAA="))).toMatchObject({ _tag: "Failure" })
  })

  it("a txn read back from the log's JSON applies to the same tree", () => {
    const ops: ReadonlyArray<TxnOp> = [
      { _tag: "Create", path: "/p", data: "d", acl: aliceOnly, auth: alice },
      { _tag: "SetACL", path: "/p", acl: [{ perms: 1, scheme: "world", id: "anyone" }], version: 0, auth: alice },
      { _tag: "Multi", ops: [{ _tag: "SetData", path: "/p", data: "x", version: -1 }], auth: stranger },
    ]
    const direct = emptyTree()
    const logged = emptyTree()
    const decode = Schema.decodeUnknownSync(Txn)
    ops.forEach((op, i) => {
      const txn: Txn = { zxid: makeZxid(1, i + 1), op, origin: 1, request: 0 }
      apply(direct, txn)
      apply(logged, decode(JSON.parse(txnJson(txn))))
    })
    expect(serialize(logged)).toBe(serialize(direct))
    expect(getData(logged, "/p")).toMatchObject({ data: "d", stat: { aversion: 1 } })
  })
})
