/**
 * Goal: zoo.cfg is read as ZooKeeper users expect and every mistake is refused with a message naming it.
 * Method: parse small config texts; run `zab server` in-process on bad files and check exit code 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { mkdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import { ConfigError, lookingTickMs, nextTickMs, parseZooConfig, peerConfig, peerTickMs, resolveMyId } from "../impl/net/config.js"

const base = `tickTime=2000
initLimit=10
syncLimit=5
dataDir=data
clientPort=2181
server.1=127.0.0.1:2888:3888
server.2=127.0.0.1:2889:3889
server.3=localhost:2890:3890
`

const dirs: Array<string> = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "zab-config-"))
  dirs.push(d)
  return d
}

describe("zoo.cfg", () => {
  it("reads ZooKeeper's keys, resolves directories against the file, and scales ticks", () => {
    const { config, warnings } = parseZooConfig(base + "# a comment\nmaxClientCnxns=60\nautopurge.purgeInterval=1\n", "/srv/zk")
    expect(warnings).toEqual([])
    expect(config.tickTimeMs).toBe(2000)
    expect(config.dataDir).toBe("/srv/zk/data")
    expect(config.dataLogDir).toBe("/srv/zk/data")
    expect(config.servers.map((s) => [s.id, s.host, s.quorumPort, s.electionPort])).toEqual([
      [1, "127.0.0.1", 2888, 3888],
      [2, "127.0.0.1", 2889, 3889],
      [3, "127.0.0.1", 2890, 3890],
    ])
    expect(config.snapCount).toBe(100_000)
    expect(config.forceSync).toBe(true)
    const peer = peerConfig(config, 2)
    expect(peer.servers).toEqual([1, 2, 3])
    expect(peer.initLimitTicks).toBe(100)
    expect(peer.syncLimitTicks).toBe(50)
  })

  it("ticks a looking peer every zab.electionTickMs (default 50) for an election's first tickTime, never slower than its usual tick", () => {
    const defaults = parseZooConfig(base, "/x").config
    expect(peerTickMs(defaults)).toBe(200)
    expect(lookingTickMs(defaults)).toBe(50)
    expect(lookingTickMs(parseZooConfig(base + "zab.electionTickMs=120\n", "/x").config)).toBe(120)
    // A short tickTime (the harness's 250 ms) keeps the peer tick while looking too: 25 ms.
    expect(lookingTickMs(parseZooConfig(base.replace("tickTime=2000", "tickTime=250"), "/x").config)).toBe(25)
    expect(() => parseZooConfig(base + "zab.electionTickMs=0\n", "/x")).toThrow(/zab.electionTickMs must be between 1 and 60000, got 0/)
    // The looking tick lasts for the first tickTime of an election; then the peer tick, as when not looking.
    expect([nextTickMs(defaults, null), nextTickMs(defaults, 0), nextTickMs(defaults, 1_999), nextTickMs(defaults, 2_000)]).toEqual([200, 50, 50, 200])
  })

  it("warns about unknown keys", () => {
    const { warnings } = parseZooConfig(base + "tickTim=3\n", "/x")
    expect(warnings).toEqual(["line 9: unknown key tickTim (ignored)"])
  })

  const refusals: ReadonlyArray<[string, string, RegExp]> = [
    ["a missing tickTime", base.replace("tickTime=2000\n", ""), /tickTime is not set/],
    ["a missing dataDir", base.replace("dataDir=data\n", ""), /dataDir is not set/],
    ["a missing clientPort", base.replace("clientPort=2181\n", ""), /clientPort is not set/],
    ["no servers", base.replace(/server\..*\n/g, ""), /no server\.N lines/],
    ["a server listed twice", base + "server.2=127.0.0.1:2999:3999\n", /server\.2 is listed twice/],
    ["a port used twice", base.replace("2889:3889", "2888:3889"), /already used by server\.1 quorum port/],
    ["a non-loopback host", base.replace("localhost", "10.0.0.3"), /not a loopback address/],
    ["a bad integer", base.replace("initLimit=10", "initLimit=ten"), /line 2: initLimit must be an integer/],
    ["a key set twice", base + "syncLimit=2\n", /syncLimit is set twice/],
    ["a malformed server line", base.replace("127.0.0.1:2889:3889", "127.0.0.1:2889"), /host:quorumPort:electionPort/],
    ["an observer", base.replace("2890:3890", "2890:3890:observer"), /only participants/],
    ["a line without =", base + "oops\n", /expected key=value/],
    ["forceSync not yes/no", base + "forceSync=maybe\n", /forceSync must be yes or no/],
  ]
  for (const [what, text, message] of refusals) {
    it(`refuses ${what}`, () => {
      expect(() => parseZooConfig(text, "/x")).toThrow(ConfigError)
      expect(() => parseZooConfig(text, "/x")).toThrow(message)
    })
  }

  it("takes myid from --myid or dataDir/myid, and refuses contradictions", () => {
    const dir = tempDir()
    const { config } = parseZooConfig(base, dir)
    expect(() => resolveMyId(config, undefined)).toThrow(/no server id/)
    expect(resolveMyId(config, 2)).toBe(2)
    expect(() => resolveMyId(config, 7)).toThrow(/not one of the servers/)
    mkdirSync(join(dir, "data"))
    writeFileSync(join(dir, "data", "myid"), "3\n")
    expect(resolveMyId(config, undefined)).toBe(3)
    expect(() => resolveMyId(config, 1)).toThrow(/contradicts/)
    writeFileSync(join(dir, "data", "myid"), "three")
    expect(() => resolveMyId(config, undefined)).toThrow(/must hold a server id/)
  })

  it("`zab server` exits 2 with the reason on a bad config", async () => {
    const dir = tempDir()
    const path = join(dir, "zoo.cfg")
    writeFileSync(path, base.replace("tickTime=2000\n", ""))
    const err: Array<string> = []
    const io = { out: () => {}, err: (t: string) => void err.push(t), interactive: false, cwd: dir }
    expect(await main(["server", "--config", path, "--myid", "1"], io)).toBe(2)
    expect(err.join("")).toMatch(/tickTime is not set/)
    expect(await main(["server", "--config", join(dir, "missing.cfg")], io)).toBe(2)
    expect(err.join("")).toMatch(/cannot read/)
    writeFileSync(path, base + "zab.bugs=no-such-bug\n")
    expect(await main(["server", "--config", path, "--myid", "1"], io)).toBe(2)
    expect(err.join("")).toMatch(/unknown bug "no-such-bug"/)
    expect(await main(["server"], io)).toBe(2)
  })
})
