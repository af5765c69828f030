/**
 * Goal: the typed representation of Zab.tla's state (model/generated/zab-tla-typed.ts, written by
 * tla/tla-emit-typed.ts from the inferred types) holds every reachable state exactly: converting a generic
 * state to it and back gives the same state, its encoding as words is canonical (equal states, equal words;
 * different states, different words), and the words explorer (model/tla-typed-spec.ts) over that encoding
 * finds TLC's figures. A type the representation cannot hold is refused with the place.
 *
 * Method: explore small reference configurations with the generic model seen through the representation (every
 * state found is encoded, queued as words and decoded back to be expanded), with an extra invariant checking
 * the round trips on every state, and compare distinct, generated and depth with TLC's; a representation that
 * drops a variable from the encoding must miss states; toy specs show the refusals.
 */
import { describe, expect, it } from "vitest"
import { referenceConfig } from "../../model/configs.js"
import type { State } from "../../model/generated/zab-tla.js"
import { type TypedState, typedRepresentation } from "../../model/generated/zab-tla-typed.js"
import type { GeneratedSpec } from "../../model/tla-spec.js"
import { WordReader, WordWriter } from "../../model/tla-typed.js"
import { exploreWords, throughRepresentation } from "../../model/tla-typed-spec.js"
import { type Value, eq } from "../../model/tla-values.js"
import { generatedZab, zabConstants } from "../../model/tla-zab.js"
import { UnsupportedConstruct } from "../../tla/tla-ast.js"
import { emitTypedRepresentation } from "../../tla/tla-emit-typed.js"
import { INT, atomOf, inferVariableTypes, setOfType } from "../../tla/tla-types.js"
import { variables } from "../../model/generated/zab-tla.js"
import { parseSource } from "./generated-module.js"

const words = (encode: (w: WordWriter) => void): Array<number> => {
  const w = new WordWriter()
  encode(w)
  return [...w.words.subarray(0, w.length)]
}

/** The spec with one more invariant: the state survives both round trips (generic -> typed -> generic, typed -> words -> typed). */
function withRoundTrips(spec: GeneratedSpec<State>, rep: ReturnType<typeof typedRepresentation>, problems: Array<string>): GeneratedSpec<State> {
  const holds = (s: State): boolean => {
    const typed = rep.toTyped(s)
    const back = rep.fromTyped(typed)
    for (const v of variables) {
      if (!eq((s as unknown as Record<string, Value>)[v]!, (back as unknown as Record<string, Value>)[v]!)) {
        problems.push(`generic -> typed -> generic changes ${v}`)
        return false
      }
    }
    const encoded = words((w) => rep.encode(typed, w))
    const decoded: TypedState = rep.decode(new WordReader(Int32Array.from(encoded), 0))
    if (words((w) => rep.encode(decoded, w)).join() !== encoded.join()) {
      problems.push("typed -> words -> typed changes the words")
      return false
    }
    return true
  }
  return { ...spec, invariants: [...spec.invariants, { name: "RoundTrips", holds }] }
}

describe("the typed representation of Zab.tla's state", () => {
  for (const name of ["n2_a", "n2_b", "n3_tiny"]) {
    it(`${name}: explored as words, TLC's distinct, generated and depth; every state converts and encodes both ways`, () => {
      const ref = referenceConfig(name)!
      const rep = typedRepresentation(zabConstants(ref.config))
      const problems: Array<string> = []
      const result = exploreWords({ spec: throughRepresentation(withRoundTrips(generatedZab(ref.config), rep, problems), rep) })
      expect(problems).toEqual([])
      expect(result.violation).toBeNull()
      expect(result.complete).toBe(true)
      expect({ distinct: result.distinct, generated: result.generated, depth: result.depth }).toEqual(ref.tlc)
    }, 120_000)
  }

  it("an encoding that leaves out a part of the state (recorder.pc, the last action) merges states that differ: the search finds fewer than TLC", () => {
    const ref = referenceConfig("n2_a")!
    const rep = typedRepresentation(zabConstants(ref.config))
    const forgetful = { ...rep, encode: (s: TypedState, w: WordWriter): void => rep.encode({ ...s, recorder: { ...s.recorder, pc: [] } }, w) }
    const result = exploreWords({ spec: throughRepresentation(generatedZab(ref.config), forgetful) })
    expect(result.distinct).toBeLessThan(ref.tlc.distinct)
  })

  it("a server is its index, another model value a negative number; a set of servers a bitset; sets of records sorted", () => {
    const ref = referenceConfig("n3_tiny")!
    const rep = typedRepresentation(zabConstants(ref.config))
    const init = generatedZab(ref.config).init()[0]!
    const typed = rep.toTyped(init)
    expect(typed.state).toEqual([0, 0, 0].map(() => typed.state[0]))
    expect(typed.leaderOracle).toBe(-1)
    expect(typed.learners).toEqual([0, 0, 0])
    expect(typed.recorder.pc).toHaveLength(1)
  })
})

describe("types the representation cannot hold are refused", () => {
  const emit = async (source: string, genericAt: ReadonlyArray<string> = []): Promise<string> => {
    const m = await parseSource(source)
    const constantTypes = { S: setOfType(atomOf("S")), N: INT }
    const types = inferVariableTypes([m], { init: "Init", next: "Next", constantTypes })
    return emitTypedRepresentation({ source: "Toy.tla", genericModule: "./toy.js", variables: m.variables, types, constantTypes, indexSet: "S", genericAt, loc: m.defs.find((d) => d.name === "Init")!.loc })
  }
  const mixed = `---- MODULE Mixed ----
EXTENDS Naturals
CONSTANT S, N
VARIABLES x, y
Init == /\\ x = [s \\in S |-> 0]
        /\\ y = [a |-> 0]
Next == /\\ x' = [s \\in S |-> 1]
        /\\ y' = [a |-> "text"]
====
`

  it("a field holding an integer and a string (any) is refused with its place; named generic, it is kept as a generic value", async () => {
    let error: unknown = null
    try {
      await emit(mixed)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UnsupportedConstruct)
    expect((error as Error).message).toContain("Toy.tla:5:1")
    expect((error as Error).message).toContain("at y.a")
    const code = await emit(mixed, ["y.a"])
    expect(code).toContain("readonly a: T.Value")
    expect(code).toContain("readonly x: ReadonlyArray<number>")
  })

  it("a variable the spec never assigns is refused", async () => {
    const unassigned = `---- MODULE Unassigned ----
CONSTANT S, N
VARIABLES x, z
Init == x = 0
Next == x' = x
====
`
    await expect(emit(unassigned)).rejects.toThrow(/at z .*never assigns/)
  })
})
