/**
 * Goal: to any client, a zab ensemble is a ZooKeeper 3.8 server. One suite of client-visible cases, written
 * once, runs against a 3-server zab ensemble and against Apache ZooKeeper 3.8 (Debian's package, started
 * standalone), through two clients: `node-zookeeper-client` from npm (nobody on this project wrote it) and
 * zab's own client. Every case must give the same transcript on both servers: error codes, stats other than
 * times, sequence names, multi results, watch events.
 *
 * Method: each case drives a client through a small interface (Driver) and records what each call answered.
 * A transcript is normalised where the servers legitimately differ: zxids are replaced by their rank among
 * the zxids the transcript saw (zab's epochs start at 1, a standalone ZooKeeper's at 0; ranks keep order and
 * equality, which is what ZooKeeper promises), times by whether they are set and ordered, session ids by
 * whose they are. Each case also checks what it expects, so two servers agreeing on something wrong fails.
 * Without the zookeeper package the suite is skipped with the reason (CI installs it and requires it).
 */
import zookeeper, { type Client as NzkClient, type ZkException, type ZkStat } from "node-zookeeper-client"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type MultiRequestOp, type Stat, ZabClient, ZkError } from "../impl/client/client.js"
import { CreateFlags, ErrorCode, WatcherType } from "../impl/client/protocol.js"
import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { type ApacheZooKeeper, SLF4J_SIMPLE_JAR, ZOOKEEPER_JAR, fourLetter, skipWithoutZooKeeper, startApacheZooKeeper } from "./support/apache-zookeeper.js"
import { type ZabEnsemble, startZabEnsemble } from "./support/zab-cluster.js"

const skip = skipWithoutZooKeeper("test/conformance-zookeeper.test.ts")
const TICK_MS = 500

// ---------------------------------------------------------------------------------------------------------
// One interface over both clients.

type Outcome<T> = { readonly ok: T } | { readonly err: number }

interface NormalStat {
  readonly czxid: bigint
  readonly mzxid: bigint
  readonly pzxid: bigint
  readonly ctime: bigint
  readonly mtime: bigint
  readonly version: number
  readonly cversion: number
  readonly aversion: number
  readonly ephemeralOwner: bigint
  readonly dataLength: number
  readonly numChildren: number
}

type MultiOp =
  | { readonly op: "create"; readonly path: string; readonly data: string; readonly flags: number }
  | { readonly op: "check"; readonly path: string; readonly version: number }
  | { readonly op: "setData"; readonly path: string; readonly data: string; readonly version: number }
  | { readonly op: "delete"; readonly path: string; readonly version: number }

/** One ACL entry, as both clients are given and answer it. */
interface AclEntry {
  readonly perms: number
  readonly scheme: string
  readonly id: string
}

interface Driver {
  sessionId(): bigint
  /** addauth: the identity counts for the requests sent after it. */
  addAuth(scheme: string, auth: string): Promise<void>
  createAcl(path: string, data: string, flags: number, acl: ReadonlyArray<AclEntry>): Promise<Outcome<string>>
  setACL(path: string, acl: ReadonlyArray<AclEntry>, version: number): Promise<Outcome<NormalStat>>
  getACL(path: string): Promise<Outcome<{ acl: Array<AclEntry>; stat: NormalStat }>>
  create(path: string, data: string, flags: number): Promise<Outcome<string>>
  getData(path: string, watch: boolean): Promise<Outcome<{ data: string; stat: NormalStat }>>
  setData(path: string, data: string, version: number): Promise<Outcome<NormalStat>>
  remove(path: string, version: number): Promise<Outcome<null>>
  exists(path: string, watch: boolean): Promise<Outcome<NormalStat | null>>
  getChildren(path: string, watch: boolean): Promise<Outcome<{ children: Array<string>; stat: NormalStat }>>
  multi(ops: ReadonlyArray<MultiOp>): Promise<MultiOutcome>
  /** Watch events in arrival order. */
  readonly events: Array<{ type: number; path: string }>
  close(): Promise<void>
  /** Drop the connection without closing the session, as a client process that dies (zab client only). */
  readonly kill?: () => void
  /** zab's client itself, for requests the interface does not name (zab client only). */
  readonly raw?: ZabClient
  /**
   * Drop the connection under the client, the session alive, and wait until it has reconnected (it sends
   * its watches again with SetWatches); then how many times it has lost its connection (node-zookeeper-client).
   */
  readonly dropConnection?: () => Promise<void>
  readonly disconnects?: () => number
}

type MultiResultRow = { readonly type: number; readonly err: number; readonly path?: string }
type MultiOutcome = { readonly ok: ReadonlyArray<MultiResultRow> } | { readonly err: number; readonly results?: ReadonlyArray<MultiResultRow> }

type ClientKind = "node-zookeeper-client" | "zab client"

function fromBuffer(b: Buffer): bigint {
  return b.readBigInt64BE(0)
}

function nzkStat(s: ZkStat): NormalStat {
  return {
    czxid: fromBuffer(s.czxid),
    mzxid: fromBuffer(s.mzxid),
    pzxid: fromBuffer(s.pzxid),
    ctime: fromBuffer(s.ctime),
    mtime: fromBuffer(s.mtime),
    version: s.version,
    cversion: s.cversion,
    aversion: s.aversion,
    ephemeralOwner: fromBuffer(s.ephemeralOwner),
    dataLength: s.dataLength,
    numChildren: s.numChildren,
  }
}

function zabStat(s: Stat): NormalStat {
  return { ...s, czxid: BigInt(s.czxid), mzxid: BigInt(s.mzxid), pzxid: BigInt(s.pzxid), ctime: BigInt(s.ctime), mtime: BigInt(s.mtime) }
}

async function nzkDriver(connectString: string, sessionTimeoutMs = 10_000): Promise<Driver> {
  const client: NzkClient = zookeeper.createClient(connectString, { sessionTimeout: sessionTimeoutMs, spinDelay: 100, retries: 2 })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node-zookeeper-client did not connect to ${connectString}`)), 10_000)
    client.once("connected", () => {
      clearTimeout(timer)
      resolve()
    })
    client.connect()
  })
  const events: Array<{ type: number; path: string }> = []
  const watcher = (event: { getType(): number; getPath(): string }): void => void events.push({ type: event.getType(), path: event.getPath() })
  let disconnects = 0
  client.on("state", (state) => void ((state as { getName(): string }).getName() === "DISCONNECTED" && (disconnects += 1)))
  const call = <T>(run: (done: (error: ZkException | null, value?: T) => void) => void): Promise<Outcome<T>> =>
    new Promise((resolve) => run((error, value) => resolve(error ? { err: error.getCode() } : { ok: value as T })))
  const toAcls = (acl: ReadonlyArray<AclEntry>): Array<InstanceType<typeof zookeeper.ACL>> => acl.map((a) => new zookeeper.ACL(a.perms, new zookeeper.Id(a.scheme, a.id)))
  return {
    sessionId: () => fromBuffer(client.getSessionId()),
    // Queued ahead of the requests after it, on this connection and on any later one.
    addAuth: async (scheme, auth) => client.addAuthInfo(scheme, Buffer.from(auth)),
    createAcl: (path, data, flags, acl) => call((done) => client.create(path, Buffer.from(data), toAcls(acl), flags, (e, p) => done(e, p))),
    setACL: (path, acl, version) => call((done) => client.setACL(path, toAcls(acl), version, (e, s) => done(e, e ? undefined : nzkStat(s)))),
    getACL: (path) =>
      call((done) => client.getACL(path, (e, acls, s) => done(e, e ? undefined : { acl: acls.map((a) => ({ perms: a.permission, scheme: a.id.scheme, id: a.id.id })), stat: nzkStat(s) }))),
    create: (path, data, flags) => call((done) => client.create(path, Buffer.from(data), zookeeper.ACL.OPEN_ACL_UNSAFE, flags, (e, p) => done(e, p))),
    getData: (path, watch) => call((done) => client.getData(path, watch ? watcher : undefined, (e, d, s) => done(e, e ? undefined : { data: (d ?? Buffer.alloc(0)).toString(), stat: nzkStat(s) }))),
    setData: (path, data, version) => call((done) => client.setData(path, Buffer.from(data), version, (e, s) => done(e, e ? undefined : nzkStat(s)))),
    remove: (path, version) => call((done) => client.remove(path, version, (e) => done(e, null))),
    exists: (path, watch) => call((done) => client.exists(path, watch ? watcher : undefined, (e, s) => done(e, e ? undefined : s === null ? null : nzkStat(s)))),
    getChildren: (path, watch) => call((done) => client.getChildren(path, watch ? watcher : undefined, (e, c, s) => done(e, e ? undefined : { children: [...c].sort(), stat: nzkStat(s) }))),
    multi: (ops) =>
      new Promise((resolve) => {
        let t = client.transaction()
        for (const op of ops) {
          if (op.op === "create") t = t.create(op.path, Buffer.from(op.data), zookeeper.ACL.OPEN_ACL_UNSAFE, op.flags)
          else if (op.op === "check") t = t.check(op.path, op.version)
          else if (op.op === "setData") t = t.setData(op.path, Buffer.from(op.data), op.version)
          else t = t.remove(op.path, op.version)
        }
        t.commit((error, results) => {
          const normal = (results ?? []).map((r) => ({ type: r.type, err: r.err ?? 0, ...(r.path === undefined ? {} : { path: r.path }) }))
          resolve(error ? { err: error.getCode(), results: normal } : { ok: normal })
        })
      }),
    events,
    close: async () => client.close(),
    dropConnection: async () => {
      const reconnected = new Promise<void>((resolve) => client.once("connected", () => resolve()))
      // The client's own socket (node-zookeeper-client keeps it on its connection manager): as a network fault.
      ;(client as unknown as { connectionManager: { socket: { destroy(): void } } }).connectionManager.socket.destroy()
      await reconnected
    },
    disconnects: () => disconnects,
  }
}

async function zabDriver(connectString: string, sessionTimeoutMs = 10_000): Promise<Driver> {
  const client = await ZabClient.connect(connectString, { sessionTimeoutMs, connectTimeoutMs: 10_000, requestTimeoutMs: 10_000 })
  const events: Array<{ type: number; path: string }> = []
  client.onWatchEvent = (e) => void events.push({ type: e.type, path: e.path })
  const call = async <T>(run: () => Promise<T>): Promise<Outcome<T>> => {
    try {
      return { ok: await run() }
    } catch (error) {
      if (error instanceof ZkError) return { err: error.code }
      throw error
    }
  }
  const toMulti = (op: MultiOp): MultiRequestOp => (op.op === "create" || op.op === "setData" ? { ...op, data: Buffer.from(op.data) } : op)
  return {
    sessionId: () => client.sessionId,
    addAuth: (scheme, auth) => client.addAuth(scheme, auth),
    createAcl: (path, data, flags, acl) => call(() => client.create(path, data, flags, acl)),
    setACL: (path, acl, version) => call(async () => zabStat(await client.setACL(path, acl, version))),
    getACL: (path) =>
      call(async () => {
        const r = await client.getACL(path)
        return { acl: r.acl.map((a) => ({ ...a })), stat: zabStat(r.stat) }
      }),
    create: (path, data, flags) => call(() => client.create(path, data, flags)),
    getData: (path, watch) =>
      call(async () => {
        const r = watch ? await client.getDataWatch(path) : await client.getData(path)
        return { data: r.data.toString(), stat: zabStat(r.stat) }
      }),
    setData: (path, data, version) => call(async () => zabStat(await client.setData(path, data, version))),
    remove: (path, version) => call(async () => (await client.delete(path, version), null)),
    exists: (path, watch) =>
      call(async () => {
        const s = watch ? await client.existsWatch(path) : await client.exists(path)
        return s === null ? null : zabStat(s)
      }),
    getChildren: (path, watch) =>
      call(async () => {
        const r = await client.getChildren2(path, watch)
        return { children: r.children.sort(), stat: zabStat(r.stat) }
      }),
    multi: async (ops) => {
      const outcome = await call(() => client.multi(ops.map(toMulti)))
      if ("err" in outcome) return outcome
      const results = outcome.ok.map((r) => ({ type: r.op === "error" ? -1 : ({ create: 1, create2: 15, delete: 2, setData: 5, check: 13 } as const)[r.op], err: r.op === "error" ? r.err : 0, ...("path" in r ? { path: r.path } : {}) }))
      // As node-zookeeper-client does: a multi whose results hold an error fails with that error.
      const failed = results.find((r) => r.type === -1 && r.err !== 0)
      return failed === undefined ? { ok: results } : { err: failed.err, results }
    },
    events,
    close: () => client.close(),
    kill: () => client.disconnect(),
    raw: client,
  }
}

// ---------------------------------------------------------------------------------------------------------
// Transcripts.

/** Replace zxids by their rank, times by what can be compared, session ids by whose they are. */
function normalise(transcript: ReadonlyArray<unknown>, sessions: ReadonlyMap<bigint, string>): unknown {
  const zxids = new Set<bigint>()
  const collect = (v: unknown, key: string): void => {
    if (typeof v === "bigint" && (key === "czxid" || key === "mzxid" || key === "pzxid") && v !== 0n) zxids.add(v)
    else if (Array.isArray(v)) v.forEach((x) => collect(x, ""))
    else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) collect(x, k)
  }
  collect(transcript, "")
  const rank = new Map([...zxids].sort((a, b) => (a < b ? -1 : 1)).map((z, i) => [z, `z${i + 1}`]))
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === "bigint") {
      if (key === "czxid" || key === "mzxid" || key === "pzxid") return v === 0n ? "z0" : rank.get(v)
      if (key === "ephemeralOwner") return v === 0n ? "none" : (sessions.get(v) ?? "another session")
      if (key === "ctime" || key === "mtime") return v === 0n ? "unset" : "set"
      return String(v)
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, ""))
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = {}
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, k)
      const o = v as { ctime?: unknown; mtime?: unknown }
      if (typeof o.ctime === "bigint" && typeof o.mtime === "bigint") out["mtimeNotBeforeCtime"] = o.mtime >= o.ctime
      return out
    }
    return v
  }
  return walk(transcript, "")
}

interface Servers {
  readonly zab: string
  readonly zookeeper: string
}

type Case = (connect: (sessionTimeoutMs?: number) => Promise<Driver>, root: string, log: (label: string, value: unknown) => void) => Promise<void>

/** Run a case on one server with one client kind; the transcript comes back normalised. */
async function transcript(kind: ClientKind, connectString: string, root: string, body: Case): Promise<unknown> {
  const entries: Array<unknown> = []
  const sessions = new Map<bigint, string>()
  const drivers: Array<Driver> = []
  const connect = async (sessionTimeoutMs?: number): Promise<Driver> => {
    const d = kind === "zab client" ? await zabDriver(connectString, sessionTimeoutMs) : await nzkDriver(connectString, sessionTimeoutMs)
    sessions.set(d.sessionId(), `session ${drivers.length + 1}`)
    drivers.push(d)
    return d
  }
  try {
    await body(connect, root, (label, value) => void entries.push([label, value]))
  } finally {
    for (const d of drivers) await d.close().catch(() => {})
  }
  return normalise(entries, sessions)
}

const code = ErrorCode

function expectErr(outcome: Outcome<unknown>, err: number): void {
  expect(outcome).toMatchObject({ err })
}

// ---------------------------------------------------------------------------------------------------------
// The cases.

const cases: ReadonlyArray<{ readonly name: string; readonly clients: ReadonlyArray<ClientKind>; readonly run: Case }> = [
  {
    name: "create, read, update and delete with versions and ZooKeeper's error codes",
    clients: ["node-zookeeper-client", "zab client"],
    run: async (connect, root, log) => {
      const c = await connect()
      log("create", await c.create(root, "v0", CreateFlags.persistent))
      const again = await c.create(root, "again", CreateFlags.persistent)
      expectErr(again, code.nodeExists)
      log("create again", again)
      log("create orphan", await c.create(`${root}/missing/child`, "", CreateFlags.persistent))
      const got = await c.getData(root, false)
      expect(got).toMatchObject({ ok: { data: "v0", stat: { version: 0, dataLength: 2, numChildren: 0 } } })
      log("getData", got)
      log("setData v0", await c.setData(root, "v1", 0))
      const stale = await c.setData(root, "v2", 0)
      expectErr(stale, code.badVersion)
      log("setData stale", stale)
      log("setData missing", await c.setData(`${root}/none`, "x", -1))
      log("create a", await c.create(`${root}/a`, "", CreateFlags.persistent))
      log("create b", await c.create(`${root}/b`, "bb", CreateFlags.persistent))
      log("getChildren", await c.getChildren(root, false))
      log("exists", await c.exists(root, false))
      log("exists missing", await c.exists(`${root}/none`, false))
      const notEmpty = await c.remove(root, -1)
      expectErr(notEmpty, code.notEmpty)
      log("delete non-empty", notEmpty)
      log("delete bad version", await c.remove(`${root}/a`, 3))
      log("delete a", await c.remove(`${root}/a`, 0))
      log("delete missing", await c.remove(`${root}/a`, -1))
      log("exists after delete", await c.exists(root, false))
    },
  },
  {
    name: "sequential and ephemeral-sequential names come from the parent's creation count",
    clients: ["node-zookeeper-client", "zab client"],
    run: async (connect, root, log) => {
      const c = await connect()
      await c.create(root, "", CreateFlags.persistent)
      const first = await c.create(`${root}/job-`, "", CreateFlags.persistentSequential)
      expect(first).toEqual({ ok: `${root}/job-0000000000` })
      log("seq 1", first)
      log("seq 2", await c.create(`${root}/job-`, "", CreateFlags.persistentSequential))
      log("delete seq 1", await c.remove(`${root}/job-0000000000`, -1))
      log("seq 3 after a delete", await c.create(`${root}/job-`, "", CreateFlags.persistentSequential))
      log("ephemeral seq", await c.create(`${root}/lock-`, "", CreateFlags.ephemeralSequential))
      log("plain", await c.create(`${root}/plain`, "", CreateFlags.persistent))
      log("seq after plain", await c.create(`${root}/job-`, "", CreateFlags.persistentSequential))
      const parent = await c.getChildren(root, false)
      log("children", parent)
      log("parent stat", await c.exists(root, false))
    },
  },
  {
    name: "an ephemeral node is owned by its session, takes no children, and goes when the session closes",
    clients: ["node-zookeeper-client", "zab client"],
    run: async (connect, root, log) => {
      const owner = await connect()
      const other = await connect()
      await other.create(root, "", CreateFlags.persistent)
      log("create ephemeral", await owner.create(`${root}/e`, "mine", CreateFlags.ephemeral))
      const seen = await other.exists(`${root}/e`, false)
      expect(seen).toMatchObject({ ok: { ephemeralOwner: owner.sessionId() } })
      log("seen by the other session", seen)
      const child = await owner.create(`${root}/e/child`, "", CreateFlags.persistent)
      expectErr(child, code.noChildrenForEphemerals)
      log("child of ephemeral", child)
      log("other's ephemeral", await other.create(`${root}/f`, "", CreateFlags.ephemeral))
      await owner.close()
      // node-zookeeper-client's close does not wait for the server's answer: wait until the close is applied.
      const deadline = Date.now() + 5_000
      let after = await other.exists(`${root}/e`, false)
      while ("ok" in after && after.ok !== null && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20))
        after = await other.exists(`${root}/e`, false)
      }
      log("after close", after)
      log("children after close", await other.getChildren(root, false))
    },
  },
  {
    name: "multi applies every op or none, with ZooKeeper's per-op results",
    clients: ["node-zookeeper-client", "zab client"],
    run: async (connect, root, log) => {
      const c = await connect()
      await c.create(root, "", CreateFlags.persistent)
      await c.create(`${root}/a`, "a0", CreateFlags.persistent)
      const ok = await c.multi([
        { op: "create", path: `${root}/b`, data: "b0", flags: CreateFlags.persistent },
        { op: "check", path: `${root}/b`, version: 0 },
        { op: "setData", path: `${root}/b`, data: "b1", version: 0 },
        { op: "delete", path: `${root}/a`, version: 0 },
        { op: "create", path: `${root}/s-`, data: "", flags: CreateFlags.persistentSequential },
      ])
      expect(ok).toMatchObject({ ok: [{ type: 1, path: `${root}/b` }, { type: 13 }, { type: 5 }, { type: 2 }, { type: 1, path: `${root}/s-0000000002` }] })
      log("multi ok", ok)
      const failed = await c.multi([
        { op: "create", path: `${root}/c`, data: "", flags: CreateFlags.persistent },
        { op: "setData", path: `${root}/b`, data: "x", version: 7 },
        { op: "delete", path: `${root}/b`, version: -1 },
      ])
      expect(failed).toMatchObject({ err: code.badVersion })
      log("multi failed", failed)
      log("nothing applied", await c.exists(`${root}/c`, false))
      log("children", await c.getChildren(root, false))
      log("check fails", await c.multi([{ op: "check", path: `${root}/b`, version: 0 }]))
    },
  },
  {
    name: "watches: data, exists and child watches fire once each, before the read that shows the change",
    clients: ["node-zookeeper-client", "zab client"],
    run: async (connect, root, log) => {
      const writer = await connect()
      const watcher = await connect()
      await writer.create(root, "", CreateFlags.persistent)
      await writer.create(`${root}/w`, "w0", CreateFlags.persistent)
      log("getData watch", await watcher.getData(`${root}/w`, true))
      log("exists watch on a missing node", await watcher.exists(`${root}/new`, true))
      log("child watch", await watcher.getChildren(root, true))
      log("data watch to be deleted", await watcher.exists(`${root}/gone`, true))
      await writer.setData(`${root}/w`, "w1", -1)
      const read = await watcher.getData(`${root}/w`, false)
      expect(read).toMatchObject({ ok: { data: "w1" } })
      // The data watch fired, and its event came before the reply that showed the new data.
      expect(watcher.events).toEqual([{ type: 3, path: `${root}/w` }])
      log("events before the read replied", [...watcher.events])
      await writer.create(`${root}/new`, "", CreateFlags.persistent)
      await writer.setData(`${root}/w`, "w2", -1) // the data watch fired already: no second event
      await watcher.exists(`${root}/new`, false)
      log("events", [...watcher.events])
      log("child watch once more", await watcher.getChildren(root, true))
      await writer.remove(`${root}/new`, -1)
      await watcher.exists(root, false)
      expect(watcher.events).toEqual([
        { type: 3, path: `${root}/w` },
        { type: 1, path: `${root}/new` },
        { type: 4, path: root },
        { type: 4, path: root },
      ])
      log("all events", [...watcher.events])
    },
  },
  {
    name: "watches survive a dropped connection: one reconnect, SetWatches, each watch fires on its trigger",
    clients: ["node-zookeeper-client"],
    run: async (connect, root, log) => {
      const writer = await connect()
      const watcher = await connect()
      await writer.create(root, "", CreateFlags.persistent)
      await writer.create(`${root}/w`, "w0", CreateFlags.persistent)
      log("getData watch", await watcher.getData(`${root}/w`, true))
      log("child watch", await watcher.getChildren(root, true))
      await watcher.dropConnection!()
      await writer.setData(`${root}/w`, "w1", -1)
      await writer.create(`${root}/c`, "", CreateFlags.persistent)
      log("read after the changes", await watcher.exists(root, false))
      const events = [...watcher.events].sort((a, b) => a.type - b.type)
      expect(events).toEqual([{ type: 3, path: `${root}/w` }, { type: 4, path: root }])
      log("events", events)
      // The SetWatches reply carries the xid the client sent it with; a reply it did not expect would have
      // made it drop the connection again.
      expect(watcher.disconnects!()).toBe(1)
      log("connections lost", watcher.disconnects!())
    },
  },
  {
    name: "persistent and recursive watches (addWatch) fire on every trigger and stay; removeWatches and checkWatches; SetWatches2",
    clients: ["zab client"], // node-zookeeper-client has no addWatch
    run: async (connect, root, log) => {
      const writer = await connect()
      const watcher = await connect()
      const client = watcher.raw!
      const outcome = async (call: () => Promise<unknown>): Promise<Outcome<null>> => {
        try {
          await call()
          return { ok: null }
        } catch (error) {
          if (error instanceof ZkError) return { err: error.code }
          throw error
        }
      }
      const settle = async (): Promise<Array<{ type: number; path: string }>> => {
        await watcher.exists(root, false) // the events of what the writer did come before this reply
        return watcher.events.splice(0)
      }
      await writer.create(root, "", CreateFlags.persistent)
      await writer.create(`${root}/p`, "p0", CreateFlags.persistent)
      log("addWatch persistent", await outcome(() => client.addWatch(`${root}/p`)))
      log("addWatch recursive", await outcome(() => client.addWatch(`${root}/r`, true)))
      log("addWatch of an unknown mode", await outcome(() => client.request({ op: "addWatch", path: root, mode: 2 })))
      await writer.setData(`${root}/p`, "p1", -1)
      await writer.setData(`${root}/p`, "p2", -1)
      await writer.create(`${root}/p/c`, "", CreateFlags.persistent)
      await writer.remove(`${root}/p/c`, -1)
      const persistent = await settle()
      // Every trigger fires, the watch stays: data changes, and the children of p (NodeChildrenChanged).
      expect(persistent).toEqual([
        { type: 3, path: `${root}/p` },
        { type: 3, path: `${root}/p` },
        { type: 4, path: `${root}/p` },
        { type: 4, path: `${root}/p` },
      ])
      log("persistent watch events", persistent)
      await writer.create(`${root}/r`, "r0", CreateFlags.persistent)
      await writer.create(`${root}/r/a`, "", CreateFlags.persistent)
      await writer.create(`${root}/r/a/b`, "", CreateFlags.persistent)
      await writer.setData(`${root}/r/a/b`, "b1", -1)
      await writer.remove(`${root}/r/a/b`, -1)
      await writer.remove(`${root}/p`, -1)
      const recursive = await settle()
      // The recursive watch: everything at and below r, never NodeChildrenChanged; p's persistent watch sees
      // its node go, and stays for the node's return.
      expect(recursive).toEqual([
        { type: 1, path: `${root}/r` },
        { type: 1, path: `${root}/r/a` },
        { type: 1, path: `${root}/r/a/b` },
        { type: 3, path: `${root}/r/a/b` },
        { type: 2, path: `${root}/r/a/b` },
        { type: 2, path: `${root}/p` },
      ])
      log("recursive watch events", recursive)
      await writer.create(`${root}/p`, "back", CreateFlags.persistent)
      log("the persistent watch sees the node come back", await settle())
      log("checkWatches data", await outcome(() => client.checkWatches(`${root}/p`, WatcherType.data)))
      log("checkWatches children", await outcome(() => client.checkWatches(`${root}/r`, WatcherType.children)))
      log("checkWatches where none is set", await outcome(() => client.checkWatches(`${root}/r/a`, WatcherType.any)))
      log("checkWatches of an unknown type", await outcome(() => client.checkWatches(`${root}/p`, 4)))
      // Removing the data half of p's persistent watch leaves the child half: NodeChildrenChanged still fires.
      log("removeWatches data", await outcome(() => client.removeWatches(`${root}/p`, WatcherType.data)))
      log("removeWatches data again", await outcome(() => client.removeWatches(`${root}/p`, WatcherType.data)))
      await writer.setData(`${root}/p`, "quiet", -1)
      await writer.create(`${root}/p/d`, "", CreateFlags.persistent)
      const half = await settle()
      expect(half).toEqual([{ type: 4, path: `${root}/p` }])
      log("events after the data half went", half)
      log("removeWatches any", await outcome(() => client.removeWatches(`${root}/r`, WatcherType.any)))
      log("removeWatches of an unknown type", await outcome(() => client.removeWatches(`${root}/p`, 9)))
      await writer.create(`${root}/r/z`, "", CreateFlags.persistent)
      expect(await settle()).toEqual([])
      // SetWatches2, as the Java client sends it on a reconnect when it holds persistent watches: they are
      // set again as they were, the one-shot watches as SetWatches sets them.
      const stat = await client.exists(`${root}/p`)
      log(
        "SetWatches2",
        await outcome(() =>
          client.request({
            op: "setWatches2",
            relativeZxid: stat!.mzxid,
            dataWatches: [`${root}/p`],
            existWatches: [`${root}/none`],
            childWatches: [],
            persistentWatches: [`${root}/q`],
            persistentRecursiveWatches: [`${root}/r`],
          }),
        ),
      )
      await writer.create(`${root}/q`, "", CreateFlags.persistent)
      await writer.setData(`${root}/q`, "q1", -1)
      await writer.create(`${root}/r/y`, "", CreateFlags.persistent)
      await writer.setData(`${root}/p`, "p9", -1)
      log("events of the watches SetWatches2 set", await settle())
    },
  },
  {
    name: "the root and ZooKeeper's system nodes",
    clients: ["node-zookeeper-client", "zab client"],
    run: async (connect, _root, log) => {
      const c = await connect()
      const rootChildren = await c.getChildren("/", false)
      expect(rootChildren).toMatchObject({ ok: { children: expect.arrayContaining(["zookeeper"]) } })
      log("/zookeeper", await c.exists("/zookeeper", false))
      log("/zookeeper children", await c.getChildren("/zookeeper", false))
      log("delete /zookeeper", await c.remove("/zookeeper", -1))
      log("delete /zookeeper/quota", await c.remove("/zookeeper/quota", -1))
      log("/zookeeper/config", await c.exists("/zookeeper/config", false))
      log("getACL /zookeeper/config", await c.getACL("/zookeeper/config"))
      log("setData /zookeeper/config", await c.setData("/zookeeper/config", "x", -1))
      log("getACL /zookeeper/quota", await c.getACL("/zookeeper/quota"))
    },
  },
  {
    name: "malformed paths get the code ZooKeeper's server checks reach first",
    clients: ["zab client"], // node-zookeeper-client refuses bad paths before sending them
    run: async (connect, root, log) => {
      const c = await connect()
      await c.create(root, "", CreateFlags.persistent)
      for (const path of [`${root}/`, `${root}//b`, `${root}/.`, `${root}/x/..`, "a", `${root}/a\u0001`]) {
        log(`create ${JSON.stringify(path)}`, await c.create(path, "", CreateFlags.persistent))
        log(`setData ${JSON.stringify(path)}`, await c.setData(path, "", -1))
        log(`delete ${JSON.stringify(path)}`, await c.remove(path, -1))
        log(`getData ${JSON.stringify(path)}`, await c.getData(path, false))
        log(`exists ${JSON.stringify(path)}`, await c.exists(path, false))
      }
      log("sequential under a trailing slash", await c.create(`${root}/`, "", CreateFlags.persistentSequential))
    },
  },
  {
    name: "a session that stops pinging expires, and its ephemeral nodes go with it",
    clients: ["zab client"],
    run: async (connect, root, log) => {
      const observer = await connect()
      const doomed = await connect(2 * TICK_MS)
      await observer.create(root, "", CreateFlags.persistent)
      log("ephemeral", await doomed.create(`${root}/e`, "", CreateFlags.ephemeral))
      // Silence the session without closing it: its pings stop, as when a client process dies.
      doomed.kill?.()
      const deadline = Date.now() + 20 * TICK_MS
      let gone = false
      while (!gone && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, TICK_MS / 2))
        const e = await observer.exists(`${root}/e`, false)
        gone = "ok" in e && e.ok === null
      }
      expect(gone).toBe(true)
      log("expired within 20 ticks", gone)
    },
  },
  {
    name: "ACLs: digest identities from addauth, the auth scheme, NOAUTH on each op as ZooKeeper checks it, setACL with aversion",
    clients: ["node-zookeeper-client", "zab client"],
    run: async (connect, root, log) => {
      const owner = await connect()
      const stranger = await connect()
      const liar = await connect()
      await owner.addAuth("digest", "alice:secret")
      await liar.addAuth("digest", "alice:wrong")
      const alice = `alice:${createHash("sha1").update("alice:secret").digest("base64")}`
      await owner.create(root, "", CreateFlags.persistent)
      const protectedNode = await owner.createAcl(`${root}/d`, "dd", CreateFlags.persistent, [{ perms: 31, scheme: "digest", id: alice }])
      expect(protectedNode).toEqual({ ok: `${root}/d` })
      log("create digest-only", protectedNode)
      log("create with the auth scheme", await owner.createAcl(`${root}/a`, "", CreateFlags.persistent, [{ perms: 31, scheme: "auth", id: "" }]))
      log("auth scheme without an identity", await stranger.createAcl(`${root}/x`, "", CreateFlags.persistent, [{ perms: 31, scheme: "auth", id: "" }]))
      log("unknown scheme", await owner.createAcl(`${root}/y`, "", CreateFlags.persistent, [{ perms: 31, scheme: "foo", id: "bar" }]))
      log("digest id without a hash", await owner.createAcl(`${root}/y`, "", CreateFlags.persistent, [{ perms: 31, scheme: "digest", id: "alice" }]))
      log("world but not anyone", await owner.createAcl(`${root}/y`, "", CreateFlags.persistent, [{ perms: 31, scheme: "world", id: "nobody" }]))
      log("read-only node", await owner.createAcl(`${root}/r`, "r", CreateFlags.persistent, [{ perms: 1, scheme: "world", id: "anyone" }]))
      log("ip node", await owner.createAcl(`${root}/ip`, "i", CreateFlags.persistent, [{ perms: 31, scheme: "ip", id: "127.0.0.1" }]))
      log("other-network node", await owner.createAcl(`${root}/net`, "n", CreateFlags.persistent, [{ perms: 31, scheme: "ip", id: "10.0.0.0/8" }]))
      const denied = await stranger.getData(`${root}/d`, false)
      expectErr(denied, code.noAuth)
      log("stranger getData", denied)
      log("wrong password getData", await liar.getData(`${root}/d`, false))
      log("owner getData", await owner.getData(`${root}/d`, false))
      log("stranger exists (no check)", await stranger.exists(`${root}/d`, false))
      log("stranger getChildren", await stranger.getChildren(`${root}/d`, false))
      log("stranger setData", await stranger.setData(`${root}/d`, "x", -1))
      log("stranger setData, bad version too", await stranger.setData(`${root}/d`, "x", 9))
      log("stranger create under it", await stranger.create(`${root}/d/c`, "", CreateFlags.persistent))
      log("stranger getACL", await stranger.getACL(`${root}/d`))
      log("owner getACL", await owner.getACL(`${root}/d`))
      log("owner child of auth node", await owner.create(`${root}/a/c`, "", CreateFlags.persistent))
      log("stranger delete under auth node", await stranger.remove(`${root}/a/c`, -1))
      log("stranger delete of missing under auth node", await stranger.remove(`${root}/a/none`, -1))
      log("stranger getACL read-only", await stranger.getACL(`${root}/r`))
      log("stranger setData read-only", await stranger.setData(`${root}/r`, "x", -1))
      log("stranger setACL read-only", await stranger.setACL(`${root}/r`, [{ perms: 31, scheme: "world", id: "anyone" }], -1))
      log("stranger reads ip node", await stranger.getData(`${root}/ip`, false))
      log("stranger reads other-network node", await stranger.getData(`${root}/net`, false))
      log("owner setACL bad aversion", await owner.setACL(`${root}/d`, [{ perms: 1, scheme: "world", id: "anyone" }], 5))
      log("owner setACL missing", await owner.setACL(`${root}/none`, [{ perms: 1, scheme: "world", id: "anyone" }], -1))
      const opened = await owner.setACL(`${root}/d`, [{ perms: 1, scheme: "world", id: "anyone" }, { perms: 31, scheme: "digest", id: alice }], 0)
      expect(opened).toMatchObject({ ok: { aversion: 1 } })
      log("owner setACL", opened)
      log("stranger getData after setACL", await stranger.getData(`${root}/d`, false))
      log("stranger getACL after setACL (hash hidden)", await stranger.getACL(`${root}/d`))
      log("owner setACL again, aversion 1", await owner.setACL(`${root}/d`, [{ perms: 1, scheme: "world", id: "anyone" }, { perms: 31, scheme: "digest", id: alice }], 1))
      log("exists shows aversion", await owner.exists(`${root}/d`, false))
      log("stranger delete of auth node (parent is open)", await stranger.remove(`${root}/a/c`, -1).then(() => stranger.remove(`${root}/a`, -1)))
      log(
        "stranger multi with a denied op",
        await stranger.multi([
          { op: "create", path: `${root}/m`, data: "", flags: CreateFlags.persistent },
          { op: "setData", path: `${root}/d`, data: "x", version: -1 },
        ]),
      )
      log("stranger multi check on readable", await stranger.multi([{ op: "check", path: `${root}/d`, version: 0 }]))
      log("stranger multi check on ip-denied", await stranger.multi([{ op: "check", path: `${root}/net`, version: 0 }]))
    },
  },
  {
    name: "ACLs: malformed ACLs and unknown auth schemes",
    clients: ["zab client"], // node-zookeeper-client refuses empty ACL lists and masks before sending
    run: async (connect, root, log) => {
      const c = await connect()
      await c.create(root, "", CreateFlags.persistent)
      log("empty ACL", await c.createAcl(`${root}/e`, "", CreateFlags.persistent, []))
      log("ip mask too wide", await c.createAcl(`${root}/e`, "", CreateFlags.persistent, [{ perms: 31, scheme: "ip", id: "127.0.0.1/33" }]))
      log("ip not an address", await c.createAcl(`${root}/e`, "", CreateFlags.persistent, [{ perms: 31, scheme: "ip", id: "localhost" }]))
      log("duplicates dropped", await c.createAcl(`${root}/dup`, "", CreateFlags.persistent, [{ perms: 3, scheme: "world", id: "anyone" }, { perms: 3, scheme: "world", id: "anyone" }]))
      log("getACL of it", await c.getACL(`${root}/dup`))
      log("no permissions at all", await c.createAcl(`${root}/zero`, "z", CreateFlags.persistent, [{ perms: 0, scheme: "world", id: "anyone" }]))
      log("getACL without permission", await c.getACL(`${root}/zero`))
      log("setACL empty", await c.setACL(`${root}/dup`, [], -1))
      log("ip auth", await c.addAuth("ip", "whatever").then(() => "ok"))
      log("after ip auth", await c.getData(`${root}/dup`, false))
      const failed = await c.addAuth("kerberos", "x").then(
        () => "ok",
        (error: unknown) => (error instanceof ZkError ? error.code : String(error)),
      )
      expect(failed).toBe(code.authFailed)
      log("unknown scheme", failed)
    },
  },
  {
    name: "a lone check answers its error codes as ZooKeeper does; TTL creates are refused as a default ZooKeeper refuses them",
    clients: ["zab client"], // node-zookeeper-client sends check only inside a transaction
    run: async (connect, root, log) => {
      const c = await connect()
      const client = c.raw!
      const check = async (path: string, version: number): Promise<Outcome<null>> => {
        try {
          await client.request({ op: "check", path, version })
          return { ok: null }
        } catch (error) {
          if (error instanceof ZkError) return { err: error.code }
          throw error
        }
      }
      await c.create(root, "", CreateFlags.persistent)
      await c.createAcl(`${root}/far`, "", CreateFlags.persistent, [{ perms: 31, scheme: "ip", id: "10.0.0.0/8" }])
      const stale = await check(root, 3)
      expectErr(stale, code.badVersion)
      log("check bad version", stale)
      log("check missing", await check(`${root}/none`, -1))
      log("check without READ", await check(`${root}/far`, -1))
      log("check bad path", await check(`${root}/`, -1))
      // TTL nodes need zookeeper.extendedTypesEnabled, off by default: UNIMPLEMENTED. Unknown modes too.
      for (const flags of [CreateFlags.persistentWithTtl, CreateFlags.persistentSequentialWithTtl, 7, -1]) log(`create flags ${flags}`, await c.create(`${root}/f${flags}`, "", flags))
      log("children", await c.getChildren(root, false))
    },
  },
]

describe.skipIf(skip)("conformance: zab answers as Apache ZooKeeper 3.8 does", () => {
  let zab: ZabEnsemble | null = null
  let zk: ApacheZooKeeper | null = null
  let servers: Servers = { zab: "", zookeeper: "" }

  beforeAll(async () => {
    ;[zab, zk] = await Promise.all([startZabEnsemble({ tickTimeMs: TICK_MS }), startApacheZooKeeper({ tickTimeMs: TICK_MS })])
    // Every session of a case talks to one server (a follower, so writes are forwarded), as the cases compare
    // what one server shows its sessions.
    const follower = zab.servers.find((s) => s.status().role === "following")!.myId
    servers = { zab: zab.connectString([follower]), zookeeper: zk.connectString }
  })

  afterAll(async () => {
    await Promise.all([zab?.stop(), zk?.stop()])
  })

  let n = 0
  for (const c of cases) {
    for (const kind of c.clients) {
      it(`${c.name} (${kind})`, async () => {
        n += 1
        const root = `/conformance-${n}`
        const onZab = await transcript(kind, servers.zab, root, c.run)
        const onZooKeeper = await transcript(kind, servers.zookeeper, root, c.run)
        expect(onZab).toEqual(onZooKeeper)
      })
    }
  }

  // Asynchronously: the zab servers run in this process, so the event loop must keep turning.
  const runJavaCli = (connectString: string, commands: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const child = spawn("java", ["-cp", `${ZOOKEEPER_JAR}:${SLF4J_SIMPLE_JAR}`, "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "org.apache.zookeeper.ZooKeeperMain", "-server", connectString])
      const chunks: Array<Buffer> = []
      const timer = setTimeout(() => child.kill("SIGKILL"), 60_000)
      child.stdout.on("data", (c: Buffer) => chunks.push(c))
      child.stderr.on("data", (c: Buffer) => chunks.push(c))
      child.on("error", reject)
      child.on("exit", () => {
        clearTimeout(timer)
        resolve(Buffer.concat(chunks).toString("utf8"))
      })
      child.stdin.end(commands)
    })

  it("ZooKeeper's own Java command-line client (ZooKeeperMain) lists, creates ephemeral and sequential nodes and reads stats on zab", async () => {
    const commands = ["ls /", "create /cli hello", "create -e /cli/eph e", "create -s /cli/seq- s", "create -e -s /cli/es- x", "ls -s /cli", "get -s /cli/eph", "delete /cli", "quit", ""].join("\n")
    const run = (connectString: string): Promise<string> => runJavaCli(connectString, commands)
    const onZab = await run(servers.zab)
    expect(onZab).toMatch(/\[.*zookeeper.*\]/)
    expect(onZab).toMatch(/\[eph, es-0000000002, seq-0000000001\]/)
    expect(onZab).toMatch(/ephemeralOwner = 0x[1-9a-f][0-9a-f]+/)
    expect(onZab).toMatch(/Node not empty: \/cli/)
    // The same lines, times and zxids apart, as Apache ZooKeeper prints them.
    const strip = (text: string): Array<string> =>
      text
        .split("\n")
        .filter((l) => /^(\[|cversion|dataVersion|aclVersion|dataLength|numChildren|Node|e$|Created)/.test(l))
        .map((l) => l.replace(/conformance-\d+, /g, ""))
    expect(strip(onZab)).toEqual(strip(await run(servers.zookeeper)))
  })

  it("ZooKeeper's Java command-line client gets the same events from a recursive and a persistent watch (addWatch) on zab", async () => {
    const commands = ["create /cliw", "addWatch -m PERSISTENT_RECURSIVE /cliw", "create /cliw/a", "create /cliw/a/b", "set /cliw/a x", "delete /cliw/a/b", "addWatch /cliw/a", "create /cliw/a/c", "ls /cliw", "quit", ""].join("\n")
    const events = (text: string): Array<string> => text.split("\n").filter((l) => l.startsWith("WatchedEvent state:SyncConnected type:Node"))
    const onZab = events(await runJavaCli(servers.zab, commands))
    expect(onZab).toContain("WatchedEvent state:SyncConnected type:NodeCreated path:/cliw/a/b")
    expect(onZab).toContain("WatchedEvent state:SyncConnected type:NodeDeleted path:/cliw/a/b")
    expect(onZab).toEqual(events(await runJavaCli(servers.zookeeper, commands)))
  })

  it("zab's listed differences: a lone check that passes is answered (ZooKeeper 3.8.0 sends nothing), containers are refused", async () => {
    const client = await ZabClient.connect(servers.zab, { requestTimeoutMs: 10_000 })
    try {
      await client.create("/differences", "")
      const passed = await client.request({ op: "check", path: "/differences", version: 0 })
      expect(passed.body).toEqual({ op: "check" })
      await expect(client.create("/differences/c", "", CreateFlags.container)).rejects.toMatchObject({ code: code.unimplemented })
    } finally {
      await client.close()
    }
  })

  it("answers the four-letter words an operator uses, and refuses the ones not whitelisted", async () => {
    for (const port of [zab!.ports[0]!, zk!.port]) {
      expect(await fourLetter(port, "ruok")).toBe("imok")
      expect(await fourLetter(port, "isro")).toBe("rw")
      expect(await fourLetter(port, "srvr")).toMatch(/Mode: (leader|follower|standalone)/)
      expect(await fourLetter(port, "stat")).toMatch(/Clients:/)
      expect(await fourLetter(port, "mntr")).toMatch(/^zk_version\t/m)
      expect(await fourLetter(port, "mntr")).toMatch(/^zk_znode_count\t\d+$/m)
      expect(await fourLetter(port, "conf")).toMatch(/^clientPort=\d+$/m)
      expect(await fourLetter(port, "envi")).toMatch(/^Environment:/)
      expect(await fourLetter(port, "cons")).toMatch(/queued=/)
    }
  })
})
