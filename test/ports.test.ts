/**
 * Goal: clusters started at the same time (test files in parallel, a bench beside a test) never hand one
 * port to two servers. Method: a port freePort gave out is refused to every later pick until its
 * reservation lapses; a lapsed reservation is cleared, and the port can be had again.
 */
import { existsSync, utimesSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { freePort, freePorts, reservationMs, reservePort } from "../impl/net/ports.js"

describe("port reservations", () => {
  it("a port given out is refused to a later pick, in this process or another", async () => {
    const port = await freePort()
    expect(reservePort(port)).toBe(false)
    const many = await freePorts(40)
    expect(new Set(many).size).toBe(40)
    expect(many).not.toContain(port)
    for (const p of many) expect(reservePort(p)).toBe(false)
  })

  it("a lapsed reservation is cleared by the next pick that meets it, and the port is free again", async () => {
    const port = await freePort()
    const file = join(tmpdir(), "zab-port-reservations", String(port))
    const old = (Date.now() - reservationMs - 60_000) / 1000
    utimesSync(file, old, old)
    expect(reservePort(port)).toBe(false) // this pick still draws another candidate
    expect(existsSync(file)).toBe(false)
    expect(reservePort(port)).toBe(true)
  })
})
