/**
 * Goal: the typed model of Zab.tla (model/generated/zab-tla-typed.ts, written by tla/tla-emit-typed.ts and
 * tla/tla-typed-actions.ts from the inferred types) computes what the generic model computes: its
 * representation holds every reachable state exactly (converting a generic state to it and back gives the
 * same state; its encoding as words is canonical), each compiled action yields the generic action's
 * successors, the compiled invariants judge as the generic ones, and the words explorer
 * (model/tla-typed-spec.ts) finds TLC's figures, through the one-call-per-state successors as through each action's
 * next. A type the representation cannot hold is refused with the place.
 *
 * Method: explore small reference configurations (1) with the generic model seen through the representation,
 * with an extra invariant checking the round trips on every state, and (2) with the typed model itself; compare
 * distinct, generated and depth with TLC's. On every state of n2_b, compare each typed action's successors
 * (encoded) with the generic action's, in order. States made to violate invariants (two leaders of one epoch,
 * a flagged inconsistency) must fail the compiled invariants as the generic ones. A representation that drops
 * part of the state must miss states; toy specs show the refusals.
 */
import { describe, expect, it } from "vitest"
import { referenceConfig } from "../../model/configs.js"
import type { State } from "../../model/generated/zab-tla.js"
import { type TypedState, typedRepresentation } from "../../model/generated/zab-tla-typed.js"
import type { GeneratedSpec } from "../../model/tla-spec.js"
import { WordReader, WordWriter } from "../../model/tla-typed.js"
import { exploreWords, throughRepresentation } from "../../model/tla-typed-spec.js"
import { type Value, eq } from "../../model/tla-values.js"
import { generatedZab, typedZab, zabConstants } from "../../model/tla-zab.js"
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

  it("a server is its index, another model value a negative number; a set of servers a bitset", () => {
    const ref = referenceConfig("n3_tiny")!
    const rep = typedRepresentation(zabConstants(ref.config))
    const init = generatedZab(ref.config).init()[0]!
    const typed = rep.toTyped(init)
    expect(typed.state).toEqual([0, 0, 0].map(() => typed.state[0]))
    // NullPoint, the 15th of the 17 model-value constants in name order.
    expect(typed.leaderOracle).toBe(-15)
    expect(typed.learners).toEqual([0, 0, 0])
    expect(typed.recorder.pc).toHaveLength(1)
  })
})

describe("the typed model of Zab.tla", () => {
  for (const name of ["n2_a", "n2_b", "n2_c", "n3_tiny", "n3_c", "n3_d"]) {
    it(`${name}: TLC's distinct, generated and depth, every invariant holding`, () => {
      const ref = referenceConfig(name)!
      const result = exploreWords({ spec: typedZab(ref.config) })
      expect(result.violation).toBeNull()
      expect(result.complete).toBe(true)
      expect({ distinct: result.distinct, generated: result.generated, depth: result.depth }).toEqual(ref.tlc)
    }, 120_000)
  }

  it("successors (one call per state) and action.next (one per argument tuple) explore alike, stopped at maxStates or not", () => {
    const spec = typedZab(referenceConfig("n3_c")!.config)
    const { successors: _, ...perTuple } = spec
    for (const maxStates of [1, 2, 7, 5_000, Number.POSITIVE_INFINITY]) {
      const byState = exploreWords({ spec, maxStates })
      const byTuple = exploreWords({ spec: perTuple, maxStates })
      expect(byState, `maxStates ${maxStates}`).toEqual(byTuple)
    }
  }, 120_000)

  it("a decoder that reads fewer or more words than the state's stops the search", () => {
    const spec = typedZab(referenceConfig("n2_a")!.config)
    const short = { ...spec, decode: (r: WordReader): TypedState => { const s = spec.decode(r); r.at--; return s } }
    expect(() => exploreWords({ spec: short })).toThrow(/decodes from its words exactly/)
    const long = { ...spec, decode: (r: WordReader): TypedState => { const s = spec.decode(r); r.at++; return s } }
    expect(() => exploreWords({ spec: long })).toThrow(/decodes from its words exactly/)
  })

  it("an invariant's readsSame holds exactly where every variable it reads is the very same value", () => {
    const spec = typedZab(referenceConfig("n2_a")!.config)
    const s = spec.init()[0]!
    const record = s as unknown as Readonly<Record<string, unknown>>
    // s with one variable changed: a copy (a different object) or, for a number, another number.
    const changed = (v: string): TypedState => {
      const x = record[v]
      const other = typeof x === "number" ? x + 100 : Array.isArray(x) ? x.slice() : { ...(x as object) }
      return { ...s, [v]: other } as TypedState
    }
    for (const inv of spec.invariants) {
      const readsSame = inv.readsSame!
      expect(readsSame(s, { ...s }), inv.name).toBe(true)
      for (const v of spec.variables) expect(readsSame(s, changed(v)), `${inv.name} with ${v} changed`).toBe(!inv.reads!.includes(v))
    }
  })

  it("on every state of n2_b, each action's successors are the generic action's, in order", () => {
    const ref = referenceConfig("n2_b")!
    const generic = generatedZab(ref.config)
    const rep = typedRepresentation(zabConstants(ref.config))
    const typed = rep.spec
    const key = (t: TypedState): string => words((w) => rep.encode(t, w)).join(",")
    // Every state, by a breadth-first search of the generic model.
    const seen = new Set<string>()
    const states: Array<State> = []
    let frontier = [...generic.init()]
    for (const s of frontier) if (!seen.has(key(rep.toTyped(s)))) seen.add(key(rep.toTyped(s))) && states.push(s)
    while (frontier.length > 0) {
      const next: Array<State> = []
      for (const s of frontier) {
        for (const a of generic.actions) {
          for (const args of a.args(s)) {
            a.next(s, args, (t) => {
              const k = key(rep.toTyped(t))
              if (seen.has(k)) return
              seen.add(k)
              states.push(t)
              next.push(t)
            })
          }
        }
      }
      frontier = next
    }
    expect(states.length).toBe(ref.tlc.distinct)
    let compared = 0
    for (const s of states) {
      const ts = rep.toTyped(s)
      for (const [k, a] of generic.actions.entries()) {
        const g: Array<string> = []
        for (const args of a.args(s)) a.next(s, args, (t) => g.push(key(rep.toTyped(t))))
        const t: Array<string> = []
        const ta = typed.actions[k]!
        expect(ta.name).toBe(a.name)
        for (const args of ta.args(ts)) ta.next(ts, args, (u) => t.push(key(u)))
        expect(t).toEqual(g)
        compared += g.length
      }
    }
    expect(compared).toBe(ref.tlc.generated - 1)
  }, 300_000)

  it("on seeded random walks of n3_e (MaxEpoch 2), each action's successors are the generic action's, in order", () => {
    // n2_b never has both disjuncts of LeaderProcessACK's `~outstanding \/ hasCommitted` true: walks of a larger
    // configuration reach such states (a typed model that branched on it once generated fewer states than TLC).
    const ref = referenceConfig("n3_e")!
    const generic = generatedZab(ref.config)
    const rep = typedRepresentation(zabConstants(ref.config))
    const key = (t: TypedState): string => words((w) => rep.encode(t, w)).join(",")
    let seed = 12345
    const draw = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return seed % n
    }
    let compared = 0
    for (let walk = 0; walk < 100; walk++) {
      let s = generic.init()[0]!
      for (let step = 0; step < 60; step++) {
        const ts = rep.toTyped(s)
        const successors: Array<State> = []
        for (const [k, a] of generic.actions.entries()) {
          const g: Array<string> = []
          for (const args of a.args(s)) a.next(s, args, (t) => g.push(key(rep.toTyped(t))) && successors.push(t))
          const t: Array<string> = []
          const ta = rep.spec.actions[k]!
          for (const args of ta.args(ts)) ta.next(ts, args, (u) => t.push(key(u)))
          expect(t, `${a.name} at step ${step} of walk ${walk}`).toEqual(g)
          compared += g.length
        }
        if (successors.length === 0) break
        s = successors[draw(successors.length)]!
      }
    }
    expect(compared).toBeGreaterThan(1000)
  }, 300_000)

  it("states that violate invariants fail the compiled invariants as the generic ones", () => {
    const ref = referenceConfig("n3_tiny")!
    const generic = generatedZab(ref.config)
    const rep = typedRepresentation(zabConstants(ref.config))
    const init = rep.toTyped(generic.init()[0]!)
    // LEADING and SYNCHRONIZATION: the 11th and 17th model-value constants in name order.
    const LEADING = -11
    const SYNCHRONIZATION = -17
    const broken: Array<[string, TypedState]> = [
      ["ShouldNotBeTriggered", { ...init, violatedInvariants: { ...init.violatedInvariants, commitInconsistent: true } }],
      ["Leadership1", { ...init, state: [LEADING, LEADING, init.state[2]!], zabState: [SYNCHRONIZATION, SYNCHRONIZATION, init.zabState[2]!] }],
    ]
    for (const [name, t] of broken) {
      const g = generic.invariants.find((i) => i.name === name)!
      const ty = rep.spec.invariants.find((i) => i.name === name)!
      expect(g.holds(rep.fromTyped(t)), `generic ${name}`).toBe(false)
      expect(ty.holds(t), `typed ${name}`).toBe(false)
      // Every other invariant agrees too.
      for (const inv of rep.spec.invariants) expect(inv.holds(t), inv.name).toBe(generic.invariants.find((i) => i.name === inv.name)!.holds(rep.fromTyped(t)))
    }
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
