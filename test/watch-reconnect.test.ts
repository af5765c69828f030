/**
 * Goal: watches survive a server's death, as ZooKeeper's do: a client whose server dies reconnects to
 * another with its session and re-registers its watches (SetWatches, op 101, with the last zxid it saw);
 * a watch whose trigger happened while it was away fires at once, the others fire on their next trigger.
 * Method: a 3-server zab ensemble; node-zookeeper-client (it sends SetWatches on reconnect) connected to
 * the two followers sets a data, an exists and a child watch, then the follower it is connected to is
 * stopped. One node is changed at once (while the client may still be away), the others after it is
 * back on the other follower; every watch must fire exactly once, on the session it was set on, and the
 * client must reconnect once and stay connected.
 */
import zookeeper, { type Client as NzkClient, type ZkEvent } from "node-zookeeper-client"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ZabClient } from "../impl/client/client.js"
import { type ZabEnsemble, startZabEnsemble } from "./support/zab-cluster.js"
import { fourLetter } from "./support/apache-zookeeper.js"

describe("a watch set before a server dies fires after the client reconnects to another server", () => {
  let zab: ZabEnsemble | null = null

  beforeAll(async () => {
    zab = await startZabEnsemble({ tickTimeMs: 200 })
  })

  afterAll(async () => {
    await zab?.stop()
  })

  it("data, exists and child watches, through SetWatches on the new server", async () => {
    const ensemble = zab!
    const followers = ensemble.servers.filter((s) => s.status().role === "following").map((s) => s.myId)
    expect(followers).toHaveLength(2)
    const writer = await ZabClient.connect(ensemble.connectString([ensemble.leader()]))
    await writer.create("/w", "")
    await writer.create("/w/a", "a0")

    const client: NzkClient = zookeeper.createClient(ensemble.connectString(followers), { sessionTimeout: 6_000, spinDelay: 50, retries: 0 })
    await new Promise<void>((resolve) => {
      client.once("connected", () => resolve())
      client.connect()
    })
    const sessionBefore = client.getSessionId().toString("hex")
    const states: Array<string> = []
    client.on("state", (state) => void states.push((state as { getName(): string }).getName()))
    const events: Array<string> = []
    const watcher = (e: ZkEvent): void => void events.push(`${e.getName()} ${e.getPath()}`)
    const call = <T>(run: (done: (error: unknown, value?: T) => void) => void): Promise<T> =>
      new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))))
    await call((done) => client.getData("/w/a", watcher, (e, d) => done(e, d)))
    await call((done) => client.exists("/w/b", watcher, (e, s) => done(e, s)))
    await call((done) => client.getChildren("/w", watcher, (e, c) => done(e, c)))

    // The follower holding the connection is the one whose wchs counts a connection watching (srvr's
    // connection count includes the four-letter word's own connection, so it cannot tell).
    const counts = await Promise.all(followers.map(async (id) => Number(/(\d+) connections watching/.exec(await fourLetter(ensemble.ports[id - 1]!, "wchs"))?.[1] ?? 0)))
    expect(counts.slice().sort()).toEqual([0, 1])
    const holder = followers[counts.findIndex((n) => n > 0)]!
    expect(holder).toBeDefined()
    await ensemble.servers[holder - 1]!.stop()

    // Changed at once: the client may still be away (its watch then fires from SetWatches' zxid) or back.
    await writer.setData("/w/a", "a1")
    const deadline = Date.now() + 10_000
    const until = async (done: () => boolean): Promise<void> => {
      while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await until(() => events.length >= 1)
    expect(events).toEqual(["NODE_DATA_CHANGED /w/a"])
    // Back on the other follower, with the same session; the remaining watches fire on their triggers.
    await until(() => client.getState().getName() === "SYNC_CONNECTED")
    expect(client.getSessionId().toString("hex")).toBe(sessionBefore)
    await writer.create("/w/b", "")
    await until(() => events.length >= 3)
    expect(events.slice().sort()).toEqual(["NODE_CHILDREN_CHANGED /w", "NODE_CREATED /w/b", "NODE_DATA_CHANGED /w/a"].sort())
    // One-shot: later changes fire nothing more.
    await writer.setData("/w/a", "a2")
    await writer.create("/w/c", "")
    await call((done) => client.exists("/w/c", undefined, (e, s) => done(e, s)))
    expect(events).toHaveLength(3)
    // One reconnect: the SetWatches reply carries the xid the client sent it with. (Answered with -8, the
    // Java client's xid for it, node-zookeeper-client took it for a reply out of order and dropped the
    // connection after every SetWatches; once a stale half frame even made it think its session expired.)
    expect(states).toEqual(["DISCONNECTED", "SYNC_CONNECTED"])
    client.close()
    await writer.close()
  }, 60_000)
})
