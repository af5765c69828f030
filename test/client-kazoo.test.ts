/**
 * Goal: a ZooKeeper client in another language uses a zab ensemble as it uses Apache ZooKeeper. Method:
 * test/support/kazoo-conformance.py runs a subset of the conformance cases (versions and error codes,
 * sequential and ephemeral nodes, a transaction, digest ACLs with setACL, a data watch) through kazoo,
 * Debian's python3-kazoo, against a 3-server zab ensemble (through a follower) and against Apache
 * ZooKeeper 3.8, and the two normalised transcripts must be equal; the test also checks what the
 * transcript must say, so two servers agreeing on something wrong fails. Without kazoo or ZooKeeper the
 * test is skipped with the reason, unless ZAB_REQUIRE_ZOOKEEPER=1 (CI), where it fails instead.
 */
import { spawn, spawnSync } from "node:child_process"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type ApacheZooKeeper, requireZooKeeper, startApacheZooKeeper, zooKeeperMissing } from "./support/apache-zookeeper.js"
import { type ZabEnsemble, startZabEnsemble } from "./support/zab-cluster.js"

const SCRIPT = join(import.meta.dirname, "support", "kazoo-conformance.py")

/** The first Python that can import kazoo (Debian's package installs it for /usr/bin/python3). */
function pythonWithKazoo(): string | null {
  for (const python of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(python, ["-c", "import kazoo"], { stdio: "ignore" })
    if (probe.error === undefined && probe.status === 0) return python
  }
  return null
}

const python = pythonWithKazoo()
const missing = python === null ? "kazoo is not installed (apt-get install -y python3-kazoo, as .ci/run does)" : zooKeeperMissing()
if (missing !== null && !requireZooKeeper) console.warn(`test/client-kazoo.test.ts: skipped: ${missing}`)

function runKazoo(hosts: string, root: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // Asynchronously: the zab servers run in this process, so the event loop must keep turning.
    const child = spawn(python ?? "python3", [SCRIPT, hosts, root])
    const out: Array<Buffer> = []
    const err: Array<Buffer> = []
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000)
    child.stdout.on("data", (c: Buffer) => out.push(c))
    child.stderr.on("data", (c: Buffer) => err.push(c))
    child.on("error", reject)
    child.on("exit", (code) => {
      clearTimeout(timer)
      if (code !== 0) reject(new Error(`kazoo-conformance.py exited ${code}: ${Buffer.concat(err).toString("utf8").slice(-2000)}`))
      else resolve(JSON.parse(Buffer.concat(out).toString("utf8")))
    })
  })
}

describe.skipIf(missing !== null && !requireZooKeeper)("kazoo (Python) against zab and Apache ZooKeeper 3.8", () => {
  let zab: ZabEnsemble | null = null
  let zk: ApacheZooKeeper | null = null

  beforeAll(async () => {
    if (missing !== null) throw new Error(`kazoo conformance cannot run: ${missing}`)
    ;[zab, zk] = await Promise.all([startZabEnsemble({ tickTimeMs: 500 }), startApacheZooKeeper({ tickTimeMs: 500 })])
  })

  afterAll(async () => {
    await Promise.all([zab?.stop(), zk?.stop()])
  })

  it("gives the same transcript on both servers", async () => {
    const follower = zab!.servers.find((s) => s.status().role === "following")!.myId
    const onZab = (await runKazoo(zab!.connectString([follower]), "/kazoo")) as Array<[string, unknown]>
    const onZooKeeper = await runKazoo(zk!.connectString, "/kazoo")
    const said = new Map(onZab)
    expect(said.get("create again")).toEqual({ err: -110 })
    expect(said.get("set stale")).toEqual({ err: -103 })
    expect(said.get("seq 2")).toEqual({ ok: "/kazoo/job-0000000002" })
    expect(said.get("b get protected")).toEqual({ err: -102 })
    expect(said.get("set_acls")).toMatchObject({ ok: { aversion: 1 } })
    expect(said.get("b get_acls (hash hidden)")).toEqual({ ok: [{ perms: 1, scheme: "world", id: "anyone" }, { perms: 31, scheme: "digest", id: "alice:x" }] })
    expect(said.get("events")).toEqual([["CHANGED", "/kazoo/a"]])
    expect(onZab).toEqual(onZooKeeper)
  }, 120_000)
})
