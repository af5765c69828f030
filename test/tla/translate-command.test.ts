/**
 * Goal: `zab translate SPEC.tla -o DIR` writes the model generated from a spec, says when a file is out of
 * date (--check), takes the project's configuration for the specs of tla/specs/, and refuses a construct
 * outside the subset with its file, line, column and name (exit 2), writing nothing.
 *
 * Method: the command runs in-process on specs written to a temporary folder (one accepted, one per refused
 * construct), and from the project's root on Zab.tla with --check against the checked-in file.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { main } from "../../bin/cli.js"
import type { Io } from "../../bin/io.js"
import { root } from "./generated-module.js"

function io(cwd: string): Io & { readonly stdout: () => string; readonly stderr: () => string } {
  let out = ""
  let err = ""
  return { out: (t) => void (out += t), err: (t) => void (err += t), interactive: false, cwd, stdout: () => out, stderr: () => err }
}

const toy = (action: string, extra = ""): string => `---- MODULE Toy ----
EXTENDS Naturals
CONSTANT Server
VARIABLE x
${extra}
Init == x = 0
A == ${action}
Next == A
====
`

describe("zab translate", () => {
  it("writes DIR/<module>-tla.ts, then finds it up to date; --check exits 1 once the file is edited", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-translate-"))
    writeFileSync(join(dir, "Toy.tla"), toy("x < 2 /\\ x' = x + 1", "Small == x <= 5"))
    const cli = io(dir)
    expect(await main(["translate", "Toy.tla", "-o", "gen", "--invariant", "Small"], cli)).toBe(0)
    expect(cli.stdout()).toMatch(/^gen\/toy-tla\.ts: written from Toy\.tla \(\d+ lines\)\n$/)
    const code = readFileSync(join(dir, "gen", "toy-tla.ts"), "utf8")
    expect(code).toContain("export function makeToy(constants: Constants): GeneratedSpec<State>")
    expect(code).toContain('name: "Small"')
    const again = io(dir)
    expect(await main(["translate", "Toy.tla", "-o", "gen", "--invariant", "Small", "--check"], again)).toBe(0)
    expect(again.stdout()).toBe("gen/toy-tla.ts: up to date (Toy.tla)\n")
    writeFileSync(join(dir, "gen", "toy-tla.ts"), `${code}// edited by hand\n`)
    const stale = io(dir)
    expect(await main(["translate", "Toy.tla", "-o", "gen", "--invariant", "Small", "--check"], stale)).toBe(1)
    expect(stale.stdout()).toBe("gen/toy-tla.ts: differs from a fresh translation (Toy.tla)\n")
  })

  it("from the project's root, Zab.tla takes the project's configuration and matches model/generated/", async () => {
    const cli = io(root)
    expect(await main(["translate", "tla/specs/Zab.tla", "-o", "model/generated", "--check"], cli)).toBe(0)
    expect(cli.stdout()).toBe("model/generated/zab-tla.ts: up to date (tla/specs/Zab.tla)\n")
  })

  const refused: ReadonlyArray<readonly [string, string, string, RegExp]> = [
    ["a temporal operator", "x' = x + 1 /\\ <>(x > 0)", "", /^Toy\.tla:7:\d+: unsupported TLA\+ construct: prefix operator <>$/],
    ["an always", "x' = x + 1 /\\ [](x > 0)", "", /^Toy\.tla:7:\d+: unsupported TLA\+ construct: prefix operator \[\]$/],
    ["an unbounded CHOOSE", "x' = Pick", "Pick == CHOOSE p: p \\notin Server", /^Toy\.tla:5:\d+: unsupported TLA\+ construct: unbounded CHOOSE/],
    ["an unbounded \\E", "\\E y: x' = y", "", /^Toy\.tla:7:\d+: unsupported TLA\+ construct: .*unbounded/],
    ["INSTANCE", "x' = x", "I == INSTANCE Naturals", /^Toy\.tla:5:1: unsupported TLA\+ construct: module unit module_definition \(I == INSTANCE Naturals\)$/],
    ["enumerating Nat", "\\E y \\in Nat: x' = y", "", /^Toy\.tla:7:\d+: unsupported TLA\+ construct: the infinite set Nat outside \\in$/],
  ]
  for (const [what, action, extra, message] of refused) {
    it(`refuses ${what} with file, line and construct (exit 2), writing nothing`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "zab-translate-"))
      writeFileSync(join(dir, "Toy.tla"), toy(action, extra))
      const cli = io(dir)
      expect(await main(["translate", "Toy.tla", "-o", "gen"], cli)).toBe(2)
      const line = cli.stderr().replace(/^zab translate: /, "").trimEnd()
      expect(line).toMatch(message)
      expect(existsSync(join(dir, "gen"))).toBe(false)
    })
  }

  it("--substitute NAME=OTHER uses another definition wherever NAME is (TLC's NAME <- OTHER)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-translate-"))
    writeFileSync(join(dir, "Toy.tla"), toy("x' = Step(x)", "Step(v) == v + 1\nDouble(v) == v * 2"))
    expect(await main(["translate", "Toy.tla", "-o", "gen", "--substitute", "Step=Double"], io(dir))).toBe(0)
    // Step's function has Double's body, and its comment names Double's line.
    const code = readFileSync(join(dir, "gen", "toy-tla.ts"), "utf8")
    expect(code).toMatch(/\/\*\* Step\(v\): Toy\.tla, line 6\. \*\/\n\s+function Step\(v: T\.Value\): number \{\n\s+return \(?T\.int\(v\) \* 2/)
    expect(await main(["translate", "Toy.tla", "-o", "gen", "--substitute", "Step"], io(dir))).toBe(2)
  })

  it("bad usage and a missing spec exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zab-translate-"))
    expect(await main(["translate", "Toy.tla"], io(dir))).toBe(2)
    expect(await main(["translate", "Missing.tla", "-o", "gen"], io(dir))).toBe(2)
    expect(await main(["translate", "Toy.txt", "-o", "gen"], io(dir))).toBe(2)
  })
})
