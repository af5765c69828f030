/**
 * The capture of the bytes between servers: the fault proxy reports what it carries to a tap, the
 * CaptureWriter turns that into the zab-capture JSONL, and readCapture reads it back strictly.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { type AddressInfo, type Server, type Socket, createConnection, createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { createLogger } from "../impl/net/logger.js"
import { FaultProxy, type Route } from "../impl/net/proxy.js"
import { CaptureFormatError, CaptureWriter, readCapture, writeCapture } from "../impl/zookeeper/capture.js"

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)))
}

async function freePort(): Promise<number> {
  const server = createServer()
  const port = await listen(server)
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (condition()) resolve()
      else if (Date.now() > deadline) reject(new Error(`timed out waiting for ${what}`))
      else setTimeout(poll, 5)
    }
    poll()
  })
}

/** A proxy with a capture between a dialler (server 1) and an echo server that answers "ok:" + bytes (server 2). */
async function capturedPair(): Promise<{ proxy: FaultProxy; writer: CaptureWriter; file: string; dial: () => Promise<Socket> }> {
  const dir = mkdtempSync(join(tmpdir(), "zab-capture-"))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const echo = createServer((socket) => socket.on("data", (chunk: Buffer) => socket.write(Buffer.concat([Buffer.from("ok:"), chunk]))))
  const targetPort = await listen(echo)
  cleanups.push(() => new Promise<void>((resolve) => echo.close(() => resolve())))
  const listenPort = await freePort()
  const route: Route = { from: 1, to: 2, channel: "quorum", listenPort, targetPort }
  const file = join(dir, "capture.jsonl")
  const writer = new CaptureWriter(file, { impl: "echo", servers: 2 })
  const proxy = new FaultProxy([route], createLogger(null, () => {}, "error"), "127.0.0.1", writer)
  await proxy.start()
  cleanups.push(() => proxy.stop())
  const dial = (): Promise<Socket> =>
    new Promise((resolve, reject) => {
      const socket = createConnection({ host: "127.0.0.1", port: listenPort }, () => resolve(socket))
      socket.once("error", reject)
      cleanups.push(() => void socket.destroy())
    })
  return { proxy, writer, file, dial }
}

describe("the proxy's capture", () => {
  it("records a connection's bytes both ways, in the order they were delivered, and its close", async () => {
    const { writer, file, dial } = await capturedPair()
    writer.note({ _tag: "Process", server: 2, event: "started", pid: 4242 })
    const socket = await dial()
    let echoed = ""
    socket.on("data", (chunk: Buffer) => (echoed += chunk.toString()))
    socket.write("hello")
    await until(() => echoed === "ok:hello", "the echo")
    socket.end()
    await until(() => readFileSync(file, "utf8").includes('"Close"'), "the close")
    writer.note({ _tag: "Observed", server: 2, mode: "leader", zxid: "0x100000001" })

    const { header, records } = readCapture(readFileSync(file, "utf8"))
    expect(header).toMatchObject({ format: "zab-capture", version: 1, impl: "echo", servers: 2 })
    const shapes = records.map((r) => (r._tag === "Bytes" ? `${r._tag} ${r.dir} ${Buffer.from(r.data, "base64").toString()}${r.dropped ? " dropped" : ""}` : r._tag))
    expect(shapes).toEqual(["Process", "Open", "Bytes out hello", "Bytes back ok:hello", "Close", "Observed"])
    const open = records.find((r) => r._tag === "Open")
    expect(open).toMatchObject({ from: 1, to: 2, channel: "quorum" })
    expect(records.map((r) => r.at)).toEqual([...records.map((r) => r.at)].sort((a, b) => a - b))
  })

  it("marks bytes a partition discarded as dropped, and the heal's reset as the proxy's close", async () => {
    const { proxy, file, dial } = await capturedPair()
    const socket = await dial()
    socket.on("error", () => {})
    await until(() => readFileSync(file, "utf8").includes('"Open"'), "the open")
    proxy.partition([[1], [2]])
    socket.write("lost")
    await until(() => readFileSync(file, "utf8").includes('"dropped":true'), "the dropped chunk")
    proxy.heal()
    const { records } = readCapture(readFileSync(file, "utf8"))
    const dropped = records.filter((r) => r._tag === "Bytes")
    expect(dropped).toHaveLength(1)
    expect(dropped[0]).toMatchObject({ dir: "out", dropped: true })
    expect(Buffer.from((dropped[0] as { data: string }).data, "base64").toString()).toBe("lost")
    expect(records.at(-1)).toMatchObject({ _tag: "Close", by: "proxy" })
  })

  it("refuses a foreign header, bytes on a connection never opened, time going back, and a bad record", () => {
    const header = { impl: "zookeeper 3.8.0", servers: 3, format: "zab-capture", version: 1, startedAtMs: 0 } as const
    const good = writeCapture(header, [
      { _tag: "Open", at: 1, conn: 1, from: 1, to: 2, channel: "election" },
      { _tag: "Bytes", at: 2, conn: 1, dir: "out", data: "AAAA", dropped: false },
    ])
    expect(readCapture(good).records).toHaveLength(2)
    const lines = good.trimEnd().split("\n")
    const refuse = (text: string): string => {
      try {
        readCapture(text)
      } catch (error) {
        expect(error).toBeInstanceOf(CaptureFormatError)
        return (error as Error).message
      }
      throw new Error("accepted")
    }
    expect(refuse(`{"format":"zab-trace","version":1}\n`)).toMatch(/^line 1: not a zab-capture v1 header/)
    expect(refuse([lines[0], lines[2]].join("\n"))).toBe("line 2: connection 1 was never opened")
    expect(refuse([lines[0], lines[1], lines[2].replace('"at":2', '"at":0')].join("\n"))).toBe("line 3: time 0 before the previous record's 1")
    expect(refuse([lines[0], lines[1], lines[1]].join("\n"))).toBe("line 3: connection 1 opened twice")
    expect(refuse([lines[0], lines[1].replace('"election"', '"client"')].join("\n"))).toMatch(/^line 2: /)
    expect(refuse([lines[0], "{not json"].join("\n"))).toMatch(/^line 2: not JSON/)
    expect(refuse("")).toBe("line 1: empty file: expected a zab-capture header")
  })
})
