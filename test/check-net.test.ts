/**
 * Goal: `zab check --target net` takes generated schedules on real server processes through the same
 * command, and validates each merged trace against the model unless told not to. Method: one short
 * schedule end to end (a real 3-server cluster on loopback, stopped afterwards) must pass with exit 0,
 * validated by default and not with --no-validate. The fault-finding power on real clusters is tested in net-schedule.test.ts.
 * A user's invariants (the library API) are judged over the merged trace as the built-in ones are: one that
 * any delivery breaks fails the run under its own name, and one that throws is reported as its error.
 */
import { tmpdir } from "node:os"
import { describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"
import { check, defineInvariant } from "../api/index.js"

describe("zab check --target net", () => {
  it("runs a generated schedule on a real cluster, validated, and exits 0 when every invariant held", async () => {
    for (const flags of [[], ["--no-validate"]]) {
      let out = ""
      let err = ""
      const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), interactive: false, cwd: tmpdir() }
      expect(await main(["check", "--target", "net", "--runs", "1", "--steps", "15", "--seed", "1", ...flags], io)).toBe(0)
      expect(out).toMatch(/all invariants held in 1 runs on real clusters/)
      expect(err.includes("each merged trace validated against the model")).toBe(flags.length === 0)
    }
  }, 120_000)

  it("judges the user's invariants over the merged trace: a violation under its name, a throw as its error", async () => {
    const delivered = defineInvariant("NothingDelivered", (view) => (view.servers.some((s) => s.up && s.committed > 0) ? "a server delivered a txn" : null))
    const violated = await check({ target: "net", runs: 1, steps: 15, seed: 1, validate: false, invariants: [delivered], cwd: tmpdir() })
    expect(violated.status).toBe("violated")
    expect(violated.violation?.invariant).toBe("NothingDelivered")
    expect(violated.checked).toContain("NothingDelivered")
    const throws = defineInvariant("Throws", (view) => {
      if (view.servers.some((s) => s.committed > 0)) throw new RangeError("out of range in user code")
      return null
    })
    const errored = await check({ target: "net", runs: 1, steps: 15, seed: 1, validate: false, invariants: [throws], cwd: tmpdir() })
    expect(errored.status).toBe("error")
    expect(errored.error).toMatchObject({ invariant: "Throws", message: "out of range in user code" })
    expect(errored.error?.stack).toMatch(/^RangeError: out of range in user code/)
  }, 120_000)
})
