/**
 * Goal: `zab check --target model` runs the abstract model's random walks through the same command as the
 * simulator. Method: run it in-process on the correct model (exit 0) and on a broken model action (exit 1,
 * a shrunk walk printed with the spec actions each step took), and refuse a bug name the model lacks.
 */
import { tmpdir } from "node:os"
import { describe, expect, it } from "vitest"
import { main } from "../bin/cli.js"
import type { Io } from "../bin/io.js"

function io(): Io & { readonly stdout: () => string; readonly stderr: () => string } {
  let out = ""
  let err = ""
  return { out: (t) => void (out += t), err: (t) => void (err += t), interactive: false, cwd: tmpdir(), stdout: () => out, stderr: () => err }
}

describe("zab check --target model", () => {
  it("exits 0 when every invariant holds along the walks", async () => {
    const cli = io()
    expect(await main(["check", "--target", "model", "--runs", "40", "--seed", "1"], cli)).toBe(0)
    expect(cli.stdout()).toMatch(/all invariants held in 40 model walks/)
  })

  it("exits 1 on a broken model action, with the shrunk walk and the spec actions it took", async () => {
    const cli = io()
    expect(await main(["check", "--target", "model", "--runs", "500", "--seed", "1", "--bug", "commit-without-quorum"], cli)).toBe(1)
    expect(cli.stdout()).toMatch(/VIOLATION of \w+ in model walk \d+ \(seed 1\)/)
    expect(cli.stdout()).toMatch(/LeaderProcessRequest\(s\d\)/)
    expect(cli.stdout()).toMatch(/rerun it with: npx zab check --target model/)
  })

  it("refuses a bug the model does not have with exit 2", async () => {
    expect(await main(["check", "--target", "model", "--bug", "ack-before-fsync"], io())).toBe(2)
  })
})
