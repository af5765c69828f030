/**
 * The fault proxy of a ZooKeeper ensemble as a process of its own (`zab cluster start --impl zookeeper`
 * spawns it, so the servers' traffic keeps flowing and being captured after the command returns). It
 * carries every route of D/zookeeper.json, taps every byte into D/capture.jsonl, and answers the fault
 * proxy's commands on its control port plus one more: `note`, a Process or Observed record from the
 * runner, written into the capture by this process so the capture has one writer and one clock.
 */
import { createServer } from "node:net"
import { join } from "node:path"
import { Schema } from "effect"
import { FaultProxy, type ProxyCommand } from "../net/proxy.js"
import type { Logger } from "../net/logger.js"
import { CaptureRecord, CaptureWriter } from "./capture.js"
import { CAPTURE_FILE, readZkLayout } from "./ensemble.js"

const decodeNote = Schema.decodeUnknownResult(CaptureRecord)

/** Run the proxy of the ensemble in `dir` until SIGTERM / SIGINT (or `stopWhen` fires); resolves then. */
export async function runZkProxyProcess(dir: string, log: Logger, stopWhen: (stop: () => void) => void): Promise<void> {
  const layout = readZkLayout(dir)
  const capture = new CaptureWriter(join(dir, CAPTURE_FILE), { impl: "zookeeper 3.8", servers: layout.servers.length })
  const proxy = new FaultProxy(layout.proxy.routes, log, "127.0.0.1", capture)
  await proxy.start()
  const control = createServer((socket) => {
    let buffered = ""
    socket.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8")
      for (;;) {
        const nl = buffered.indexOf("\n")
        if (nl < 0) break
        const line = buffered.slice(0, nl)
        buffered = buffered.slice(nl + 1)
        let reply: unknown
        try {
          const command = JSON.parse(line) as { cmd?: unknown; record?: unknown }
          if (command.cmd === "note") {
            // The record arrives without its time: the capture stamps it on its own clock.
            const decoded = decodeNote({ at: 0, ...(command.record as object) })
            if (decoded._tag === "Failure") throw new Error(`bad note: ${String(decoded.failure)}`)
            const record = decoded.success
            if (record._tag !== "Process" && record._tag !== "Observed") throw new Error(`a note is a Process or Observed record, not ${record._tag}`)
            const { at: _at, ...note } = record
            capture.note(note)
            reply = { ok: true }
          } else {
            reply = proxy.command(command as ProxyCommand)
          }
        } catch (error) {
          reply = { ok: false, error: error instanceof Error ? error.message : String(error) }
        }
        socket.write(JSON.stringify(reply) + "\n")
      }
    })
    socket.on("error", () => socket.destroy())
  })
  await new Promise<void>((resolveListen, reject) => {
    control.once("error", reject)
    control.listen(layout.proxy.controlPort, "127.0.0.1", () => resolveListen())
  })
  log.info("proxy-started", { routes: layout.proxy.routes.length, controlPort: layout.proxy.controlPort, capture: join(dir, CAPTURE_FILE) })
  await new Promise<void>((done) => {
    stopWhen(() => {
      void proxy.stop().then(() => control.close(() => done()))
    })
  })
}
