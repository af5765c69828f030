/**
 * Goal: the client-history checker judges ZooKeeper's access control (SetACL, GetACL, AddAuth, and the
 * permission every other op needs), with rules of its own (properties/history/acl-judge.ts) rather than
 * the core's, so that it refuses what a server with a broken ACL check tells its clients.
 *
 * Method: hand-made histories, each a good one accepted and a bad one refused (a read answered despite a
 * missing permission, NoAuth where the ACL allows, a wrong aversion, a getACL shown unredacted, an ip
 * entry's mask judged wrong, `auth` expanded to an ip identity); the digest id is checked against node's
 * SHA-1, and the simulator's ACL probe's own history is accepted.
 */
import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import type { Acl } from "../impl/core/types.js"
import { digestId } from "../impl/digest-auth.js"
import type { HistoryOp } from "../impl/history-events.js"
import { digestAuthId } from "../impl/net/clientport.js"
import { runSchedule } from "../harness/sim-target.js"
import { describeOperation, describeResult } from "../properties/history/text.js"
import { defaultSimConfig } from "../schedule/steps.js"
import { scheduleArbitrary } from "../schedule/arbitrary.js"
import fc from "fast-check"
import { HistoryBuilder, create, del, failed, getChildren, getData, ok, setData, exists, check } from "./history-builder.js"

const alice = digestId("alice:secret")
const all = 31
const addAuth = (id: string): HistoryOp => ({ _tag: "AddAuth", scheme: "digest", id })
const addAuthIp = (address: string): HistoryOp => ({ _tag: "AddAuth", scheme: "ip", id: address })
const ip = (perms: number, id: string): Acl => ({ perms, scheme: "ip", id })
const createWith = (path: string, acl: ReadonlyArray<Acl>, data = ""): HistoryOp => ({ _tag: "Create", path, data, sequential: false, acl })
const setAcl = (path: string, acl: ReadonlyArray<Acl>, version = -1): HistoryOp => ({ _tag: "SetACL", path, acl, version })
const getAcl = (path: string): HistoryOp => ({ _tag: "GetACL", path })
const digest = (perms: number, id = alice): Acl => ({ perms, scheme: "digest", id })
const world = (perms: number): Acl => ({ perms, scheme: "world", id: "anyone" })

/** Session "a" authenticates as alice and makes /s, which only alice may use. */
function aliceOwnsS(): HistoryBuilder {
  const h = new HistoryBuilder()
  h.run("1", addAuth("alice:secret"), ok())
  h.run("1", createWith("/s", [digest(all)], "x"), ok({ created: "/s" }))
  return h
}

describe("digest identities", () => {
  it("are user:base64(sha1(user:password)), as the TCP runtime computes them with node's SHA-1", () => {
    for (const text of ["alice:secret", "bob:", "nocolon", "ü:ñ", "a:b:c", "x".repeat(100)]) {
      expect(digestId(text)).toBe(digestAuthId(Buffer.from(text, "utf8")).id)
    }
    expect(digestId("alice:secret")).toBe(`alice:${createHash("sha1").update("alice:secret").digest("base64")}`)
  })
})

describe("the checker judges ACLs", () => {
  it("a session without the identity is refused reads and writes; exists needs nothing", () => {
    const h = aliceOwnsS()
    h.run("2", exists("/s"), ok({ exists: true, version: 0 }))
    for (const op of [getData("/s"), getChildren("/s"), getAcl("/s"), setData("/s", "y"), check("/s", 0), create("/s/c"), del("/s/c"), setAcl("/s", [world(all)])]) {
      h.run("2", op, failed("NoAuth"))
    }
    expect(h.check()._tag).toBe("Ok")
  })

  it("a read answered without READ is a violation", () => {
    const h = aliceOwnsS()
    h.run("2", getData("/s"), ok({ data: "x" }))
    expect(h.check()._tag).toBe("Violation")
  })

  it("NoAuth where the ACL allows is a violation (the owner, and world's permissions)", () => {
    const owner = aliceOwnsS()
    owner.run("1", setData("/s", "y"), failed("NoAuth"))
    expect(owner.check()._tag).toBe("Violation")
    const other = new HistoryBuilder()
    other.run("1", createWith("/r", [world(1 | 4)]), ok({ created: "/r" }))
    other.run("2", create("/r/c"), failed("NoAuth"))
    expect(other.check()._tag).toBe("Violation")
  })

  it("a wrong password gains nothing; the right one everything, from the op after its addauth", () => {
    const h = aliceOwnsS()
    h.run("2", addAuth("alice:wrong"), ok())
    h.run("2", getData("/s"), failed("NoAuth"))
    h.run("2", addAuth("alice:secret"), ok())
    h.run("2", getData("/s"), ok({ data: "x" }))
    expect(h.check()._tag).toBe("Ok")
    const wrong = aliceOwnsS()
    wrong.run("2", addAuth("alice:wrong"), ok())
    wrong.run("2", getData("/s"), ok({ data: "x" }))
    expect(wrong.check()._tag).toBe("Violation")
  })

  it("setACL moves the aversion and needs the right one; a wrong aversion reported is a violation", () => {
    const good = aliceOwnsS()
    good.run("1", setAcl("/s", [digest(all), world(1)], 3), failed("BadVersion"))
    good.run("1", setAcl("/s", [digest(all), world(1)], 0), ok({ aversion: 1, version: 0 }))
    good.run("1", getAcl("/s"), ok({ aversion: 1, acl: [digest(all), world(1)] }))
    good.run("2", getData("/s"), ok({ data: "x" }))
    expect(good.check()._tag).toBe("Ok")
    const wrongAversion = aliceOwnsS()
    wrongAversion.run("1", setAcl("/s", [digest(all)], 0), ok({ aversion: 0 }))
    expect(wrongAversion.check()._tag).toBe("Violation")
    const readBack = aliceOwnsS()
    readBack.run("1", setAcl("/s", [digest(all)]), ok({ aversion: 1 }))
    readBack.run("1", getAcl("/s"), ok({ aversion: 2 }))
    expect(readBack.check()._tag).toBe("Violation")
  })

  it("getACL shows digest ids as user:x to a client without ADMIN, in full to one with it", () => {
    const h = new HistoryBuilder()
    h.run("1", addAuth("alice:secret"), ok())
    h.run("1", createWith("/r", [digest(all), world(1)]), ok({ created: "/r" }))
    h.run("2", getAcl("/r"), ok({ acl: [digest(all, "alice:x"), world(1)], aversion: 0 }))
    h.run("1", getAcl("/r"), ok({ acl: [digest(all), world(1)], aversion: 0 }))
    expect(h.check()._tag).toBe("Ok")
    const unredacted = new HistoryBuilder()
    unredacted.run("1", addAuth("alice:secret"), ok())
    unredacted.run("1", createWith("/r", [digest(all), world(1)]), ok({ created: "/r" }))
    unredacted.run("2", getAcl("/r"), ok({ acl: [digest(all), world(1)] }))
    expect(unredacted.check()._tag).toBe("Violation")
  })

  it("the auth scheme becomes one digest entry per identity, and is invalid without one", () => {
    const h = new HistoryBuilder()
    h.run("2", createWith("/n", [{ perms: all, scheme: "auth", id: "" }]), failed("InvalidACL"))
    h.run("1", addAuth("alice:secret"), ok())
    h.run("1", addAuth("carol:pw"), ok())
    h.run("1", createWith("/a", [{ perms: all, scheme: "auth", id: "" }]), ok({ created: "/a" }))
    h.run("1", getAcl("/a"), ok({ acl: [digest(all), digest(all, digestId("carol:pw"))] }))
    expect(h.check()._tag).toBe("Ok")
    const accepted = new HistoryBuilder()
    accepted.run("2", createWith("/n", [{ perms: all, scheme: "auth", id: "" }]), ok({ created: "/n" }))
    expect(accepted.check()._tag).toBe("Violation")
  })

  it("InvalidACL: an empty list, an unknown scheme, a malformed digest id or ip mask; valid ones are taken", () => {
    const h = new HistoryBuilder()
    h.run("1", createWith("/e", []), failed("InvalidACL"))
    h.run("1", createWith("/e", [{ perms: all, scheme: "nosuch", id: "x" }]), failed("InvalidACL"))
    h.run("1", createWith("/e", [{ perms: all, scheme: "digest", id: "alice" }]), failed("InvalidACL"))
    h.run("1", createWith("/e", [{ perms: all, scheme: "ip", id: "10.0.0.1/33" }]), failed("InvalidACL"))
    h.run("1", createWith("/e", [{ perms: all, scheme: "world", id: "someone" }]), failed("InvalidACL"))
    h.run("1", createWith("/e", [{ perms: all, scheme: "ip", id: "10.0.0.1/8" }]), ok({ created: "/e" }))
    h.run("1", getData("/e"), failed("NoAuth")) // session 1 holds no ip identity (it made no addauth ip)
    expect(h.check()._tag).toBe("Ok")
    const taken = new HistoryBuilder()
    taken.run("1", createWith("/e", []), ok({ created: "/e" }))
    expect(taken.check()._tag).toBe("Violation")
  })

  it("delete asks DELETE of the parent before it looks for the node", () => {
    const h = new HistoryBuilder()
    h.run("1", createWith("/p", [world(1 | 4)]), ok({ created: "/p" }))
    h.run("2", del("/p/none"), failed("NoAuth"))
    expect(h.check()._tag).toBe("Ok")
    const nonode = new HistoryBuilder()
    nonode.run("1", createWith("/p", [world(1 | 4)]), ok({ created: "/p" }))
    nonode.run("2", del("/p/none"), failed("NoNode"))
    expect(nonode.check()._tag).toBe("Violation")
  })
})

describe("the checker judges ip entries with ip identities (addauth ip ADDRESS)", () => {
  // 10.1.2.3 is 00001010 00000001 ...: 10.8.0.0/12 admits it, 10.8.0.0/13 (fifth bit of the second byte) does not.
  function masks(): HistoryBuilder {
    const h = new HistoryBuilder()
    h.run("0", createWith("/m", [ip(1, "10.8.0.0/12"), ip(2, "10.8.0.0/13"), ip(1 | 2, "10.200.7.8/29")], "x"), ok({ created: "/m" }))
    h.run("0", createWith("/z", [ip(1, "192.168.0.1/0")], "z"), ok({ created: "/z" }))
    h.run("1", addAuthIp("10.1.2.3"), ok())
    return h
  }

  it("an address is admitted by the entries whose first bits it shares, for their permissions", () => {
    const h = masks()
    h.run("1", getData("/m"), ok({ data: "x" }))
    h.run("1", setData("/m", "y"), failed("NoAuth"))
    h.run("1", getData("/z"), ok({ data: "z" }))
    h.run("2", getData("/m"), failed("NoAuth")) // no ip identity: no ip entry admits it, not even /0
    h.run("2", getData("/z"), failed("NoAuth"))
    h.run("3", addAuthIp("10.200.7.9"), ok())
    h.run("3", setData("/m", "y"), ok({ version: 1 }))
    h.run("4", addAuthIp("2001:db8:0:0:0:0:0:7"), ok()) // IPv6: ZooKeeper 3.8 matches it with no entry
    h.run("4", getData("/z"), failed("NoAuth"))
    expect(h.check()._tag).toBe("Ok")
  })

  it("a read answered though no ip entry admits the address is a violation", () => {
    const h = masks()
    h.run("0", createWith("/n", [ip(1, "10.8.0.0/13"), ip(1, "10.1.2.4")], "n"), ok({ created: "/n" }))
    h.run("1", getData("/n"), ok({ data: "n" }))
    expect(h.check()._tag).toBe("Violation")
    const before = masks()
    before.run("2", getData("/z"), ok({ data: "z" })) // /0, but session 2 has no address
    expect(before.check()._tag).toBe("Violation")
    const ipv6 = masks()
    ipv6.run("4", addAuthIp("2001:db8:0:0:0:0:0:7"), ok())
    ipv6.run("4", getData("/z"), ok({ data: "z" }))
    expect(ipv6.check()._tag).toBe("Violation")
  })

  it("NoAuth though an ip entry admits the address is a violation", () => {
    const h = masks()
    h.run("1", getData("/m"), failed("NoAuth")) // 10.8.0.0/12 admits 10.1.2.3
    expect(h.check()._tag).toBe("Violation")
    const last = masks()
    last.run("3", addAuthIp("10.200.7.9"), ok())
    last.run("3", setData("/m", "y"), failed("NoAuth")) // 10.200.7.8/29 admits .9
    expect(last.check()._tag).toBe("Violation")
  })

  it("`auth` expands to digest identities alone: an ip identity alone is InvalidACL, beside a digest one it is left out", () => {
    const h = masks()
    h.run("1", createWith("/a", [{ perms: all, scheme: "auth", id: "" }]), failed("InvalidACL"))
    h.run("1", addAuth("alice:secret"), ok())
    h.run("1", createWith("/a", [{ perms: all, scheme: "auth", id: "" }]), ok({ created: "/a" }))
    h.run("1", getAcl("/a"), ok({ acl: [digest(all)] }))
    expect(h.check()._tag).toBe("Ok")
    const ipOnly = masks()
    ipOnly.run("1", createWith("/a", [{ perms: all, scheme: "auth", id: "" }]), ok({ created: "/a" }))
    expect(ipOnly.check()._tag).toBe("Violation")
    const expanded = masks()
    expanded.run("1", addAuth("alice:secret"), ok())
    expanded.run("1", createWith("/a", [{ perms: all, scheme: "auth", id: "" }]), ok({ created: "/a" }))
    expanded.run("1", getAcl("/a"), ok({ acl: [ip(all, "10.1.2.3"), digest(all)] }))
    expect(expanded.check()._tag).toBe("Violation")
  })
})

describe("the simulator's ACL probe (liveness phase, correct peer)", () => {
  it("is answered as ZooKeeper answers, and the history check accepts it", () => {
    const run = runSchedule({ config: defaultSimConfig(3), steps: [] }, { record: true })
    expect(run.violation).toBeNull()
    const invoked = new Map<number, string>()
    const answers: Array<string> = []
    for (const e of run.events ?? []) {
      if (e._tag === "OpInvoked" && (e.operation._tag === "AddAuth" || ("path" in e.operation && e.operation.path.startsWith("/acl-probe")))) {
        invoked.set(e.op, describeOperation(e.operation))
      }
      if (e._tag === "OpCompleted" && invoked.has(e.op)) answers.push(`${invoked.get(e.op)} => ${describeResult(e.result)}`)
    }
    const hash = alice.slice("alice:".length)
    expect(answers).toContain(`getAcl /acl-probe/digest => ok v0 cv1 1 children av0 digest:alice:${hash}:rwcda`)
    expect(answers).toContain("setAcl /acl-probe/auth auth::rwcda,world:anyone:rc v1 => BADVERSION")
    expect(answers).toContain("setAcl /acl-probe/auth auth::rwcda,world:anyone:rc v0 => ok v0 cv0 0 children av1")
    expect(answers).toContain('create /acl-probe/empty "" [] => INVALIDACL')
    expect(answers).toContain("getData /acl-probe/digest => NOAUTH")
    expect(answers).toContain("getAcl /acl-probe/auth => ok v0 cv0 0 children av1 digest:alice:x:rwcda,digest:carol:x:rwcda,world:anyone:rc")
    expect(answers).toContain('create /acl-probe/mine "" auth::rwcda => INVALIDACL')
    expect(answers).toContain('getData /acl-probe/digest => ok "s2" v1 cv1 1 children')
    // The ip entries (the owner 10.1.2.3, the other 10.200.7.9 from its addauth ip on, a third session IPv6).
    expect(answers).toContain("setData /acl-probe/ip-12 \"w\" any => NOAUTH")
    expect(answers).toContain("getData /acl-probe/ip-12 => ok \"12\" v0 cv0 0 children")
    expect(answers).toContain('setAcl /acl-probe/ip-12 ip:10.8.0.0/12:r,ip:10.8.0.0/13:w,ip:10.192.0.0/12:r,ip:10.192.0.0/13:w,ip:10.7.0.0/13:a v0 => ok v0 cv0 0 children av1')
    expect(answers).toContain('setData /acl-probe/ip-31 "w" any => ok v1 cv0 0 children')
    expect(answers).toContain("getData /acl-probe/ip-0 => NOAUTH")
    expect(answers).toContain('getData /acl-probe/ip-0 => ok "0" v0 cv0 0 children')
    expect(answers).toContain("getAcl /acl-probe/ip-mixed => ok v1 cv1 1 children av0 digest:carol:x:rwcda,ip:10.200.7.0/24:rw,world:anyone:c")
    // An ip identity is not the digest id it spells (fe80:1:: is both).
    expect(answers).toContain("getData /acl-probe/v6 => NOAUTH")
    expect(answers.filter((a) => a.endsWith("NOAUTH"))).toHaveLength(24)
  })

  it("runs with the session probe unless the schedule's config leaves both out (clientProbes: false), as the generator does in two runs of three", () => {
    const probePaths = (config: ReturnType<typeof defaultSimConfig>): number => {
      const run = runSchedule({ config, steps: [] }, { record: true })
      expect(run.violation).toBeNull()
      return (run.events ?? []).filter((e) => e._tag === "OpInvoked" && "path" in e.operation && /^\/(acl|session)-probe/.test(e.operation.path)).length
    }
    expect(probePaths(defaultSimConfig(3))).toBeGreaterThan(100)
    expect(probePaths({ ...defaultSimConfig(3), clientProbes: false })).toBe(0)
    // The generator: about one run in three keeps them.
    const schedules = fc.sample(scheduleArbitrary({ servers: 3, maxSteps: 30, bugs: [] }), { seed: 7, numRuns: 300 })
    const kept = schedules.filter((s) => s.config.clientProbes !== false).length
    expect(kept).toBeGreaterThan(60)
    expect(kept).toBeLessThan(140)
  })
})
