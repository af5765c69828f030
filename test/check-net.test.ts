/**
 * Goal: `zab check --target net` takes generated schedules on real server processes through the same
 * command, and validates each merged trace against the model unless told not to. Method: one short
 * schedule end to end (a real 3-server cluster on loopback, stopped afterwards) must pass with exit 0,
 * validated by default and not with --no-validate. The fault-finding power on real clusters is tested in net-schedule.test.ts.
 */
import { tmpdir } from "node:os"
import { describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"

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
})
