/**
 * Free loopback ports for servers that will bind them a little later, in another process.
 *
 * "Free now" is not enough when several clusters start at once (test files run in parallel, a bench beside
 * a test): two of them can both find a port free and hand it to two servers, and the second bind fails
 * with EADDRINUSE. So a picked port is also reserved: an exclusively created file named after it in a
 * directory under the system's temporary directory, which every zab process on the machine consults. A
 * reservation only has to outlive the gap between the pick and the bind, so it lapses after
 * `reservationMs`, and a lapsed one is removed when a later pick comes across it.
 *
 * Candidates are drawn below Linux's ephemeral range (32768 and up), because a port the kernel handed out
 * with bind(0) can be taken as the local port of any outgoing connection before the server that was meant
 * to get it binds it.
 */
import { closeSync, mkdirSync, openSync, statSync, unlinkSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

const HOST = "127.0.0.1"
const lowestPort = 10_000
const candidatePorts = 22_000
export const reservationMs = 10 * 60_000

function reservationDir(): string {
  return join(tmpdir(), "zab-port-reservations")
}

/**
 * Reserve `port` for this process unless another holds a live reservation. A directory we cannot write
 * (another user's) reserves nothing and refuses nothing: the pick then rests on the bind test alone.
 */
export function reservePort(port: number, nowMs = Date.now()): boolean {
  const dir = reservationDir()
  const path = join(dir, String(port))
  try {
    mkdirSync(dir, { recursive: true, mode: 0o777 })
    closeSync(openSync(path, "wx"))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") return true
  }
  try {
    // A lapsed reservation is cleared for a later pick; this one still draws another candidate, so two
    // processes clearing the same file at once cannot both take the port.
    if (nowMs - statSync(path).mtimeMs > reservationMs) unlinkSync(path)
  } catch {
    // cleared by another process meanwhile
  }
  return false
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolveBind) => {
    const server = createServer()
    server.once("error", () => resolveBind(false))
    server.listen(port, HOST, () => server.close(() => resolveBind(true)))
  })
}

function bindAny(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, HOST, () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}

/** A port that is free now and reserved for this process (see the module's comment). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const candidate = lowestPort + Math.floor(Math.random() * candidatePorts)
    if (reservePort(candidate) && (await canBind(candidate))) return candidate
  }
  return bindAny()
}

/** `n` distinct ports that are free now (freePort alone may draw the same one twice). */
export async function freePorts(n: number): Promise<Array<number>> {
  const ports = new Set<number>()
  while (ports.size < n) ports.add(await freePort())
  return [...ports]
}
