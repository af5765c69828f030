/**
 * Goal: the deterministic parts of the project stay deterministic. Method: scan the sources of impl/core,
 * impl/sim, schedule/, model/ and properties/ for APIs that read the wall clock, draw randomness or do I/O, and fail
 * with the fix for each hit (TigerBeetle's tidy.zig, in spirit).
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..")
const deterministicDirs = ["impl/core", "impl/sim", "schedule", "model", "properties"]

const banned: ReadonlyArray<{ readonly pattern: RegExp; readonly fix: string }> = [
  { pattern: /\bMath\.random\b/, fix: "take a seeded PRNG as a parameter" },
  { pattern: /\bDate\b(\.now|\s*\()|new Date\b/, fix: "use the virtual clock (ticks)" },
  { pattern: /\bperformance\.now\b/, fix: "use the virtual clock; measure time in bin/ or bench/" },
  { pattern: /\b(setTimeout|setInterval|setImmediate|queueMicrotask)\s*\(/, fix: "schedule through the simulator's steps" },
  { pattern: /\bcrypto\.(random|getRandom)/, fix: "take a seeded PRNG as a parameter" },
  { pattern: /from\s+["']node:/, fix: "keep I/O in a runtime (impl/net, bin/) and pass data in" },
  { pattern: /\bprocess\.(env|argv|hrtime|stdout|stderr)\b/, fix: "pass configuration in explicitly" },
]

function sourceFiles(dir: string): ReadonlyArray<string> {
  const full = join(root, dir)
  let entries: ReadonlyArray<string>
  try {
    entries = readdirSync(full)
  } catch {
    return []
  }
  return entries.flatMap((name) => {
    const path = join(full, name)
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path))
    return name.endsWith(".ts") ? [path] : []
  })
}

describe("tidy: deterministic modules use no clock, randomness or I/O", () => {
  for (const dir of deterministicDirs) {
    it(dir, () => {
      const problems: Array<string> = []
      for (const file of sourceFiles(dir)) {
        const lines = readFileSync(file, "utf8").split("\n")
        lines.forEach((line, index) => {
          const code = line.replace(/\/\/.*$/, "")
          for (const { pattern, fix } of banned) {
            if (pattern.test(code)) problems.push(`${relative(root, file)}:${index + 1}: ${line.trim()}\n    fix: ${fix}`)
          }
        })
      }
      expect(problems, problems.join("\n")).toEqual([])
    })
  }

  it("the scan catches a banned call (the check can fail)", () => {
    const hits = banned.filter(({ pattern }) => pattern.test("const t = Date.now() + Math.random()"))
    expect(hits.length).toBe(2)
  })
})
