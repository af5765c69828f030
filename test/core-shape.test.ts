/**
 * Goal: the core keeps the shape that makes it easy to read and hard to break: its files import each other
 * without a cycle, handlers get a peer already narrowed to its role instead of casting one, the durable-ACK
 * rule is enforced where acknowledgements are sent, and a misspelt bug name does not compile. Method: parse
 * the import statements of impl/core and search the graph for a cycle (with a synthetic cycle to show the
 * search finds one); scan for role casts; call the ack sender directly with a write that is not durable; and
 * let `tsc -p tsconfig.json` (which includes test/) check the `@ts-expect-error` below.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { Exit, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { BugName, bugNames, isBugName } from "../impl/bugs.js"
import { sendDurableAck } from "../impl/core/acks.js"
import { AssertionError } from "../impl/core/assert.js"
import { initialState } from "../impl/core/peer.js"
import { type FollowingPeer, type Out, bug } from "../impl/core/state.js"
import { MAX_EPOCH, ZxidSchema, formatZxid, makeZxid } from "../impl/core/zxid.js"
import { type PeerConfig, defaultQueueLimits } from "../impl/core/types.js"

const coreDir = join(import.meta.dirname, "..", "impl", "core")

/** Each file of impl/core with the files of impl/core it imports (by file name). */
function coreImports(): ReadonlyMap<string, ReadonlyArray<string>> {
  const graph = new Map<string, ReadonlyArray<string>>()
  for (const file of readdirSync(coreDir).filter((name) => name.endsWith(".ts"))) {
    const source = readFileSync(join(coreDir, file), "utf8")
    const targets = [...source.matchAll(/\bfrom\s+"\.\/([^"]+)\.js"/g)].map((m) => `${m[1]}.ts`)
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** The first import cycle found, as a path that starts and ends at the same file, or null for a DAG. */
function findCycle(graph: ReadonlyMap<string, ReadonlyArray<string>>): ReadonlyArray<string> | null {
  const done = new Set<string>()
  const onPath: Array<string> = []
  const visit = (file: string): ReadonlyArray<string> | null => {
    const at = onPath.indexOf(file)
    if (at >= 0) return [...onPath.slice(at), file]
    if (done.has(file)) return null
    onPath.push(file)
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target)
      if (cycle !== null) return cycle
    }
    onPath.pop()
    done.add(file)
    return null
  }
  for (const file of graph.keys()) {
    const cycle = visit(file)
    if (cycle !== null) return cycle
  }
  return null
}

describe("the files of impl/core form a DAG", () => {
  it("the cycle search finds a synthetic cycle through a shared helper", () => {
    const graph = new Map([
      ["election.ts", ["discovery.ts"]],
      ["discovery.ts", ["roles.ts"]],
      ["roles.ts", ["election.ts"]],
    ])
    expect(findCycle(graph)).toEqual(["election.ts", "discovery.ts", "roles.ts", "election.ts"])
  })

  it("no file of impl/core imports itself back through others", () => {
    const graph = coreImports()
    expect(graph.get("election.ts")).toContain("discovery.ts") // the parser sees the imports
    expect(findCycle(graph)).toBeNull()
  })

  it("no phase file imports an earlier phase: falling back to an election goes through roles.ts", () => {
    const phases = ["election.ts", "discovery.ts", "synchronization.ts", "broadcast.ts"]
    const graph = coreImports()
    for (const [index, phase] of phases.entries()) {
      const earlier = phases.slice(0, index)
      expect(graph.get(phase)!.filter((target) => earlier.includes(target)), phase).toEqual([])
    }
  })
})

describe("handlers take a peer narrowed to its role", () => {
  it("no file of impl/core casts a role or a peer to one role", () => {
    const casts: Array<string> = []
    for (const file of readdirSync(coreDir).filter((name) => name.endsWith(".ts"))) {
      const lines = readFileSync(join(coreDir, file), "utf8").split("\n")
      lines.forEach((line, index) => {
        if (/\bas\s+(Looking|Following|Leading)(Peer)?\b/.test(line)) casts.push(`${file}:${index + 1}: ${line.trim()}`)
      })
    }
    expect(casts).toEqual([])
  })
})

function config(bugs: ReadonlyArray<string> = []): PeerConfig {
  return { myId: 1, servers: [1, 2, 3], initLimitTicks: 10, syncLimitTicks: 5, counterBits: 32, snapCountTxns: 1_000, ...defaultQueueLimits, bugs: new Set(bugs) }
}

/** Follower 1 of leader 3 with two storage writes issued and only the first durable. */
function follower(): FollowingPeer {
  return {
    ...initialState(config()),
    started: true,
    writes: 2,
    durableThrough: 1,
    role: {
      kind: "following",
      leader: 3,
      phase: "broadcast",
      phaseStartTick: 0,
      lastHeardTick: 0,
      newEpoch: 1,
      ackEpochAfterWrite: 0,
      ackEpochSent: true,
      syncMode: "diff",
      newLeaderZxid: 0,
      ackNewLeaderAfterWrite: 0,
      ackNewLeaderSent: true,
      commitPoint: 0,
      pendingAcks: [],
      unwritten: [],
    },
  }
}

describe("the durable-ACK rule is asserted where acknowledgements are sent", () => {
  const ack = { _tag: "Ack", zxid: 0x100000002 } as const

  it("an ACK whose write is durable goes to the leader", () => {
    const out: Out = []
    sendDurableAck(config(), follower(), ack, 1, out)
    expect(out).toEqual([{ _tag: "Send", to: 3, message: ack }])
  })

  it("an ACK whose write is not durable is a programmer error in a correct peer", () => {
    expect(() => sendDurableAck(config(), follower(), ack, 2, [])).toThrow(AssertionError)
    expect(() => sendDurableAck(config(), follower(), ack, 2, [])).toThrow(/only once its append is durable/)
    expect(() => sendDurableAck(config(), follower(), { _tag: "AckEpoch", currentEpoch: 1, lastZxid: 0 }, 2, [])).toThrow(AssertionError)
    expect(() => sendDurableAck(config(), follower(), { _tag: "AckNewLeader", epoch: 1 }, 2, [])).toThrow(AssertionError)
  })

  it("each early-ack bug sends only its own acknowledgement early, without tripping the assertion", () => {
    const early = (bugs: ReadonlyArray<string>, message: Parameters<typeof sendDurableAck>[2]): number => {
      const out: Out = []
      sendDurableAck(config(bugs), follower(), message, 2, out)
      return out.length
    }
    expect(early(["ack-before-fsync"], ack)).toBe(1)
    expect(early(["ZOOKEEPER-2307"], { _tag: "AckEpoch", currentEpoch: 1, lastZxid: 0 })).toBe(1)
    expect(early(["ZOOKEEPER-4646"], { _tag: "AckNewLeader", epoch: 1 })).toBe(1)
    // Another bug does not excuse an early ACK.
    expect(() => early(["ZOOKEEPER-4646"], ack)).toThrow(AssertionError)
  })
})

describe("bug names are a literal union derived from impl/bugs.ts", () => {
  it("a misspelt bug name does not compile (checked by tsc, which includes test/)", () => {
    // @ts-expect-error: "ZOOKEPER-4643" is not a BugName; the bug would silently never fire.
    expect(bug(config(["ZOOKEEPER-4643"]), "ZOOKEPER-4643")).toBe(false)
    expect(bug(config(["ZOOKEEPER-4643"]), "ZOOKEEPER-4643")).toBe(true)
  })

  it("the BugName Schema decodes every known name and refuses a misspelt one, for the edges", () => {
    const decode = Schema.decodeUnknownExit(BugName)
    for (const name of bugNames) expect(Exit.isSuccess(decode(name))).toBe(true)
    expect(Exit.isFailure(decode("ZOOKEPER-4643"))).toBe(true)
  })

  it("isBugName narrows a string read from outside", () => {
    const flag: string = "ZOOKEEPER-3911"
    if (!isBugName(flag)) throw new Error("a known bug name was refused")
    expect(bug(config([flag]), flag)).toBe(true)
    expect(isBugName("ZOOKEPER-4643")).toBe(false)
  })
})

describe("a zxid's text at the edges", () => {
  it("ZxidSchema decodes ZooKeeper's 0x<hex> and refuses text that is no zxid, past the largest epoch too", () => {
    const decode = Schema.decodeUnknownExit(ZxidSchema)
    expect(decode("0x100000003")).toEqual(Exit.succeed(makeZxid(1, 3)))
    expect(decode(formatZxid(makeZxid(MAX_EPOCH, 0xffff_ffff)))).toEqual(Exit.succeed(makeZxid(MAX_EPOCH, 0xffff_ffff)))
    expect(Exit.isFailure(decode("100000003"))).toBe(true)
    // 14 hex digits match the pattern, but the epoch 0x200000 is past MAX_EPOCH: no zxid, not NaN.
    const past = decode(formatZxid((MAX_EPOCH + 1) * 2 ** 32))
    expect(Exit.isFailure(past)).toBe(true)
    expect(String(past)).toMatch(/epoch of at most 0x1fffff/)
    expect(Exit.isFailure(decode("0xffffffffffffff"))).toBe(true)
  })
})
