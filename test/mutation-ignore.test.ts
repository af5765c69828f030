/**
 * Goal: the mutation benchmark's ignorer (mutation/ignore-plugin.mjs) skips exactly the mutants no campaign
 * run can tell apart by its rules (an assertion's message, a bug toggle's name, code evaluated only while a
 * toggle is on, an observation only the coverage table reads), and nothing a run can observe.
 *
 * Method: Stryker's own instrumenter mutates a small file with the ignorer on, as `npm run mutation` does,
 * and the test lists which mutants it marked ignored. The same file holds look-alikes that must stay mutated
 * (the toggle's test itself, the branch taken when the toggle is off, an `&&` whose left side is not a
 * toggle, observations the trace tools act on), so an ignorer that skipped too much fails here as surely as one that skipped too little.
 */
import { Instrumenter } from "@stryker-mutator/instrumenter"
import { describe, expect, it } from "vitest"
// @ts-expect-error: a plain ES module without type declarations, loaded by Stryker as a plugin.
import { strykerPlugins } from "../mutation/ignore-plugin.mjs"

const noop = (): undefined => undefined
const logger = { debug: noop, info: noop, warn: noop, error: noop, trace: noop, fatal: noop, isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false }

const source = [
  "export function f(config: C, x: number, out: Array<number>): number {",
  '  assert(x > 0, "x is positive")', // line 2
  '  if (bug(config, "B") && x > 2) { out.push(1) }', // line 3
  '  if (bug(config, "B")) { out.push(2) } else { out.push(3) }', // line 4
  '  if (!bug(config, "B")) { out.push(4) } else { out.push(5) }', // line 5
  "  const y = x > 1 && x < 9", // line 6
  '  observe(out, "commit", `at ${x > 1 ? "a" : "b"}`)', // line 7
  "  observe(out, \"discovery-epoch-proposed\", `epoch ${x + 1}`)", // line 8
  '  if (x > 5) return abandon(config, s, "zxid-rollover", "no more counter", out)', // line 9
  '  return y ? x + 1 : bug(config, "B") ? x - 1 : x', // line 10
  "}",
].join("\n")

interface Seen {
  readonly at: string
  readonly mutator: string
  readonly replacement: string
  readonly ignored: boolean
}

async function mutants(): Promise<ReadonlyArray<Seen>> {
  const ignorer = (strykerPlugins as ReadonlyArray<{ value: unknown }>)[0]!.value
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const result = await new Instrumenter(logger as any).instrument([{ name: "f.ts", content: source, mutate: true }], { plugins: null, excludedMutations: [], ignorers: [ignorer as never] })
  return result.mutants.map((m) => ({ at: `${m.location.start.line + 1}:${m.location.start.column + 1}`, mutator: m.mutatorName, replacement: m.replacement, ignored: m.status === "Ignored" }))
}

describe("the mutation ignorer", () => {
  it("skips assertion messages, toggle names and code that runs only under a toggle, and nothing else", async () => {
    const all = await mutants()
    const ignored = all.filter((m) => m.ignored).map((m) => `${m.at} ${m.mutator} ${m.replacement}`)
    expect(ignored).toEqual([
      '2:17 StringLiteral ""',
      '3:19 StringLiteral ""',
      // The right side of `bug(...) && x > 2` and the branch it guards.
      "3:27 ConditionalExpression true",
      "3:27 EqualityOperator x >= 2",
      "3:27 EqualityOperator x <= 2",
      "3:34 BlockStatement {}",
      '4:19 StringLiteral ""',
      "4:25 BlockStatement {}",
      '5:20 StringLiteral ""',
      // The else of `if (!bug(...))`.
      "5:47 BlockStatement {}",
      // An observation nothing but the coverage table reads: its label and its whole detail.
      '7:16 StringLiteral ""',
      "7:26 StringLiteral ``",
      "7:32 ConditionalExpression true",
      "7:32 ConditionalExpression false",
      "7:32 EqualityOperator x >= 1",
      "7:32 EqualityOperator x <= 1",
      '7:40 StringLiteral ""',
      '7:46 StringLiteral ""',
      // The detail of an abandon whose label the trace validation acts on (the label itself stays).
      '9:57 StringLiteral ""',
      '10:34 StringLiteral ""',
      "10:41 ArithmeticOperator x + 1",
    ])
    // What a run with every toggle off does evaluate stays mutated: the assertion's condition, the tests
    // that read a toggle, the branches taken when it is off, an `&&` of ordinary conditions, and the
    // observations the trace projection and validation act on (a label, a detail they parse).
    const kept = all.filter((m) => !m.ignored).map((m) => m.at)
    for (const at of ["2:10", "3:7", "4:46", "5:26", "6:13", "6:22", "8:16", "8:44", "8:53", "9:40", "10:14"]) expect(kept).toContain(at)
  })
})
