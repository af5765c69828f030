/**
 * Goal: the TLA+ translator (tla/) translates what it accepts with TLC's semantics, refuses what it does not
 * accept with the construct's name, file, line and column, and the checked-in generated model never drifts
 * from a fresh translation.
 *
 * Method: small specs written here are translated, loaded and run (their values and state counts worked out
 * by hand below, the way TLC evaluates them; the three specs of "actions follow TLC's semantics" were also
 * run through TLC 2.18, `java -cp tla2tools.jar tlc2.TLC -workers 1 -deadlock Counter` with INIT Init, NEXT
 * Next (Counter: CONSTANT N = 2), which reports the same distinct, generated and depth); specs with
 * constructs outside the subset must fail with the named error; and model/generated/ is compared with what
 * the translator produces now.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { type GeneratedSpec, exploreGenerated, generatedSuccessors } from "../../model/tla-spec.js"
import { type Value, modelValue, setOf, show, tuple } from "../../model/tla-values.js"
import { UnsupportedConstruct } from "../../tla/tla-ast.js"
import { targets, translate, translateTyped } from "../../tla/translate.js"
import { parseSource, root, toySpec, translateSource, translationError } from "./generated-module.js"

describe("the checked-in generated model is what the translator produces now", () => {
  for (const target of targets) {
    it(`${target.out} equals a fresh translation of ${target.spec} (run npm run tla:gen if not)`, async () => {
      const fresh = await translate(root, target)
      expect(readFileSync(join(root, target.out), "utf8") === fresh).toBe(true)
    })
    const typed = target.typed
    if (typed !== undefined) {
      it(`${typed.out} equals a fresh translation of ${target.spec}'s typed representation`, async () => {
        const fresh = await translateTyped(root, target)
        expect(readFileSync(join(root, typed.out), "utf8") === fresh).toBe(true)
      })
    }
  }
})

describe("actions follow TLC's semantics", () => {
  const counter = `---- MODULE Counter ----
EXTENDS Naturals, Sequences
CONSTANT N
VARIABLES x, log
Init == x = 0 /\\ log = << >>
Inc(d) == /\\ x < N
          /\\ x' = x + d
          /\\ log' = Append(log, d)
\\* Both disjuncts hold in every state: TLC generates the (same) successor twice.
Both == /\\ \\/ x >= 0
           \\/ x < 100
        /\\ x < N
        /\\ x' = x
        /\\ UNCHANGED log
Next == \\/ \\E d \\in {1, 2}: Inc(d)
        \\/ Both
Small == x <= 3
====
`

  it("a counter: distinct states, generated (a true disjunction branches) and depth as TLC counts them", async () => {
    // Init (0, <<>>); Inc(1), Inc(2) from x = 0 and x = 1; nothing from x >= 2. Five distinct states, depth 3;
    // generated: 1 initial + 4 by Inc + 2 x 2 by Both (x = 0 and x = 1, each disjunct once).
    const spec = await toySpec(counter, { N: 2 }, { invariants: ["Small"] })
    const result = exploreGenerated({ spec })
    expect([result.distinct, result.generated, result.depth, result.complete]).toEqual([5, 9, 3, true])
    expect(result.coverage).toEqual([
      { action: "Init", distinct: 1, generated: 1 },
      { action: "Inc", distinct: 4, generated: 4 },
      { action: "Both", distinct: 0, generated: 4 },
    ])
    expect(spec.actions.map((a) => [a.name, a.params])).toEqual([
      ["Inc", ["d"]],
      ["Both", []],
    ])
  })

  it("a configuration substitutes one operator for another (TLC's Name <- Other), as the system spec's LastCommitted", async () => {
    // Step(d) stands for Inc wherever Next calls it: the counter then moves by 2d, and x = 3 is never reached.
    const stepped = counter.replace("Small == x <= 3", "Small == x <= 3\nStep(d) == /\\ x < N /\\ x' = x + 2 * d /\\ log' = Append(log, d)")
    const spec = await toySpec(stepped, { N: 2 }, { invariants: ["Small"], substitutions: { Inc: "Step" } })
    const result = exploreGenerated({ spec })
    expect(result.violation?.invariant).toBe("Small")
    expect(result.violation!.trace.map((s) => show(s.state["x"]!))).toEqual(["0", "4"])
    await expect(translateSource(stepped, { substitutions: { Inc: "Missing" } })).rejects.toThrow("the configuration substitutes Missing for Inc, which the spec does not both define")
    await expect(translateSource(stepped, { substitutions: { Inc: "Small" } })).rejects.toThrow("the configuration substitutes Small for Inc, whose arities differ")
  })

  it("an invariant that fails is reported with the shortest path to it", async () => {
    const spec = await toySpec(counter.replace("Small == x <= 3", "Small == x <= 2"), { N: 2 }, { invariants: ["Small"] })
    const result = exploreGenerated({ spec })
    expect(result.violation?.invariant).toBe("Small")
    expect(result.violation!.trace.map((s) => show(s.state["x"]!))).toEqual(["0", "1", "3"])
    expect(result.violation!.trace.map((s) => (s.label === null ? "Init" : `${s.label.action}(${s.label.args.map(show).join(", ")})`))).toEqual(["Init", "Inc(1)", "Inc(2)"])
  })

  it("x' = e assigns once and compares after; a failed comparison yields no successor", async () => {
    const spec = await toySpec(
      `---- MODULE Twice ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Same == x < 3 /\\ x' = x + 1 /\\ x' = 1 + x
Clash == x < 3 /\\ x' = x + 1 /\\ x' = x + 2
Next == Same \\/ Clash
====
`,
    )
    const result = exploreGenerated({ spec })
    expect([result.distinct, result.generated, result.depth]).toEqual([4, 4, 4])
  })

  it("a state constraint, as TLC's CONSTRAINT: states outside it count as generated and are checked, but are not distinct nor explored", async () => {
    // TLC 2.18 on this spec with CONSTRAINT Small: 8 states generated, 3 distinct, depth 2; with INVARIANT Inv
    // as well, "Invariant Inv is violated" by x = 3, a state outside the constraint.
    const source = `---- MODULE Con ----
EXTENDS Naturals
VARIABLE x
Init == x \\in {0, 5}
Next == x' = x + 1 \\/ x' = x + 2
Small == x <= 2
Inv == x /= 3
====
`
    // Next here is one action whose body is a disjunction: the Next of this spec is wrapped as an action.
    const wrapped = source.replace("Next == x' = x + 1 \\/ x' = x + 2", "Step == x' = x + 1 \\/ x' = x + 2\nNext == Step")
    const result = exploreGenerated({ spec: await toySpec(wrapped, {}, { constraints: ["Small"] }) })
    expect([result.distinct, result.generated, result.depth]).toEqual([3, 8, 2])
    const violated = exploreGenerated({ spec: await toySpec(wrapped, {}, { constraints: ["Small"], invariants: ["Inv"] }) })
    expect(violated.violation?.invariant).toBe("Inv")
    expect(violated.violation!.trace.map((s) => show(s.state["x"]!))).toEqual(["0", "1", "3"])
  })

  it("spec names that are TypeScript's reserved words or the generated file's own names are renamed, not clashed", async () => {
    const spec = await toySpec(
      `---- MODULE Names ----
EXTENDS Naturals
CONSTANT V
VARIABLES out, args
T(new) == new + V
Init == out = 0 /\\ args = 0
delete == \\E State \\in {1}: out < 2 /\\ out' = T(out) /\\ args' = State
Next == delete
====
`,
      { V: 1 },
    )
    const result = exploreGenerated({ spec })
    expect([result.distinct, result.generated]).toEqual([3, 3])
  })

  it("IF, CASE and LET at action level, and \\E inside an action, branch as TLC does", async () => {
    const spec = await toySpec(
      `---- MODULE Branches ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Step == LET limit == 4 IN
        /\\ x < limit
        /\\ IF x = 0 THEN \\E d \\in {1, 2}: x' = x + d ELSE x' = x + 1
Jump == CASE x = 3 -> x' = 0 [] OTHER -> UNCHANGED x
Next == Step \\/ Jump
====
`,
    )
    const result = exploreGenerated({ spec })
    // 0 -> 1, 2; 1 -> 2; 2 -> 3; 3 -> 4; 3 -> 0 by Jump; Jump is a self-loop elsewhere (5 states, 5 times).
    expect([result.distinct, result.generated, result.depth]).toEqual([5, 1 + 5 + 5, 4])
  })
})

describe("what the generated code leaves out is never a successor", () => {
  // Bump's first guard reads i alone, its second i and j; Drop starts with an \E whose first conjunct is a
  // guard. bad is a LET definition that fails to evaluate (q stays empty) and that no path evaluates; inc is
  // one the body surely evaluates first.
  const guarded = `---- MODULE Guarded ----
EXTENDS Naturals, Sequences
CONSTANT S
VARIABLES x, q, t
Init == x = [s \\in S |-> 0] /\\ q = <<>> /\\ t = 0
Bump(i, j) == /\\ x[i] < 2
              /\\ i /= j
              /\\ LET bad == Head(q)
                     inc == x[j] + 1
                 IN /\\ inc < 3
                    /\\ IF q = <<>> THEN x' = [x EXCEPT ![i] = @ + 1] ELSE x' = [x EXCEPT ![i] = bad]
                    /\\ UNCHANGED <<q, t>>
Drop(i) == /\\ \\E j \\in S \\ {i}: /\\ x[j] = 2
                                 /\\ x' = [x EXCEPT ![i] = 0]
           /\\ UNCHANGED <<q, t>>
Tick == t < 2 /\\ t' = t + 1 /\\ UNCHANGED <<x, q>>
Next == \\/ \\E i, j \\in S: Bump(i, j)
        \\/ \\E i \\in S: Drop(i)
        \\/ Tick
Low == x[CHOOSE s \\in S: TRUE] < 3
====
`

  it("args drops the tuples a leading guard rules out, testing each guard in the loop of its last argument; every tuple it drops has no successor", async () => {
    const a = modelValue("a")
    const b = modelValue("b")
    const servers = setOf([a, b])
    const spec = await toySpec(guarded, { S: servers }, { invariants: ["Low"] })
    const result = exploreGenerated({ spec })
    // (x[a], x[b]) in {0,1,2}^2 but (2,2): Bump raises x[i] only while x[i] < 2 and x[j] < 2; t in 0..2.
    expect([result.distinct, result.complete, result.violation]).toEqual([24, true, null])
    // From every reachable state, each tuple outside args yields no successor, and args holds no other tuple
    // than the bounds' (in their order).
    const states: Array<Record<string, Value>> = [...spec.init()]
    const key = (s: Record<string, Value>): string => `${show(s["x"]!)} ${show(s["t"]!)}`
    const seen = new Set(states.map(key))
    for (let k = 0; k < states.length; k++) {
      for (const { state } of generatedSuccessors(spec, states[k]!)) {
        if (!seen.has(key(state))) {
          seen.add(key(state))
          states.push(state)
        }
      }
    }
    expect(states.length).toBe(24)
    for (const s of states) {
      for (const action of spec.actions) {
        const all = action.params.length === 2 ? [a, b].flatMap((i) => [a, b].map((j) => [i, j])) : action.params.length === 1 ? [[a], [b]] : [[]]
        const kept = action.args(s).map((t) => t.map(show).join(","))
        for (const t of all) {
          let successors = 0
          action.next(s, t, () => successors++)
          if (successors > 0) expect(kept).toContain(t.map(show).join(","))
        }
        expect(all.map((t) => t.map(show).join(",")).filter((t) => kept.includes(t))).toEqual(kept)
      }
    }
    const code = await translateSource(guarded)
    const bumpArgs = code.slice(code.indexOf('name: "Bump"'), code.indexOf("next:", code.indexOf('name: "Bump"')))
    // x[i] < 2 is tested once per i, before the loop over j; i /= j inside it.
    expect(bumpArgs.indexOf("T.apply($s.x, i)")).toBeGreaterThan(bumpArgs.indexOf("for (const i of"))
    expect(bumpArgs.indexOf("T.apply($s.x, i)")).toBeLessThan(bumpArgs.indexOf("for (const j of"))
    expect(bumpArgs.indexOf("!T.eq(i, j)")).toBeGreaterThan(bumpArgs.indexOf("for (const j of"))
    // Drop's \E: some j in S \ {i} with x[j] = 2.
    expect(code).toMatch(/\.some\(\(j\) => T\.eq\(T\.apply\(\$s\.x, j\), 2\)\)\)\) continue/)
    // inc is evaluated where the LET is reached; bad only if used (never, here).
    expect(code).toContain("const inc: T.Value = ")
    expect(code).toContain("const bad = T.once(")
  })

  it("the explorer's shortcuts (args and invariants remembered by the values they read, an invariant whose variables a step left alone) change no figure and save evaluations", async () => {
    const servers = setOf([modelValue("a"), modelValue("b"), modelValue("c")])
    const spec = await toySpec(guarded, { S: servers }, { invariants: ["Low"] })
    const counted = (keep: boolean): { result: ReturnType<typeof exploreGenerated>; args: number; holds: number } => {
      let args = 0
      let holds = 0
      const wrapped: GeneratedSpec<Record<string, Value>> = {
        ...spec,
        actions: spec.actions.map((a) => ({
          name: a.name,
          params: a.params,
          ...(keep && a.argsReads !== undefined ? { argsReads: a.argsReads } : {}),
          args: (s: Record<string, Value>) => {
            args++
            return a.args(s)
          },
          next: a.next,
        })),
        invariants: spec.invariants.map((inv) => ({
          name: inv.name,
          ...(keep && inv.reads !== undefined ? { reads: inv.reads } : {}),
          holds: (s: Record<string, Value>) => {
            holds++
            return inv.holds(s)
          },
        })),
      }
      return { result: exploreGenerated({ spec: wrapped }), args, holds }
    }
    const plain = counted(false)
    const fast = counted(true)
    expect(fast.result).toEqual(plain.result)
    expect(fast.args).toBeLessThan(plain.args)
    expect(fast.holds).toBeLessThan(plain.holds)
    // The invariant reads x only; the argument tuples of Bump and Drop depend on x alone too, Tick's on t.
    expect(spec.invariants[0]!.reads).toEqual(["x"])
    expect(spec.actions.map((a) => a.argsReads)).toEqual([["x"], ["x"], ["t"]])
    // A wrong list of what an invariant reads would hide its violation: the shortcut trusts the translator.
    const broken = await toySpec(guarded.replace("Low == x[CHOOSE s \\in S: TRUE] < 3", "Low == x[CHOOSE s \\in S: TRUE] < 2"), { S: servers }, { invariants: ["Low"] })
    expect(exploreGenerated({ spec: broken }).violation?.invariant).toBe("Low")
    const lying = { ...broken, invariants: broken.invariants.map((inv) => ({ ...inv, reads: ["q"] })) }
    expect(exploreGenerated({ spec: lying }).violation).toBeNull()
  })
})

describe("expressions evaluate as TLC evaluates them", () => {
  /** The value of each named definition, through a spec whose Init assigns one variable per name. */
  const values = async (definitions: string, names: ReadonlyArray<string>): Promise<Record<string, string>> => {
    const source = `---- MODULE Values ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b
VARIABLES ${names.map((n) => `v_${n}`).join(", ")}
${definitions}
Init == ${names.map((n) => `/\\ v_${n} = ${n}`).join("\n        ")}
Stay == UNCHANGED <<${names.map((n) => `v_${n}`).join(", ")}>>
Next == Stay
====
`
    const spec = await toySpec(source, { a: modelValue("a"), b: modelValue("b") })
    const [s] = spec.init()
    return Object.fromEntries(names.map((n) => [n, show(s![`v_${n}`]!)]))
  }

  it("functions, records, EXCEPT with @ and paths, :> and @@, DOMAIN", async () => {
    const v = await values(`F == [i \\in 1..3 |-> i * i]
G == [F EXCEPT ![2] = @ + 1, ![3] = 0]
R == [x |-> [y |-> 1], z |-> a]
S == [R EXCEPT !.x.y = @ + 41, !.z = b]
M == (a :> 1) @@ (b :> 2) @@ (a :> 3)
D == DOMAIN M
E == [F EXCEPT ![7] = 1]`, ["F", "G", "R", "S", "M", "D", "E"])
    expect(v).toEqual({
      F: "<<1, 4, 9>>",
      G: "<<1, 5, 0>>",
      R: "[x |-> [y |-> 1], z |-> a]",
      S: "[x |-> [y |-> 42], z |-> b]",
      M: "(a :> 1 @@ b :> 2)",
      D: "{a, b}",
      E: "<<1, 4, 9>>",
    })
  })

  it("sets, quantifiers, CHOOSE in TLC's order, CASE, LET, LAMBDA and operator parameters", async () => {
    const v = await values(`Sq == {i * i : i \\in 1..3}
Ev == {i \\in 0..6 : i % 2 = 0}
Ps == SUBSET {1, 2}
Cs == Cardinality(Ps \\ {{}})
U == {1, 2} \\cup {2, 3} \\ {1}
Ch == CHOOSE r \\in {[k |-> 2, s |-> "b"], [k |-> 2, s |-> "a"], [k |-> 1, s |-> "z"]}: r.k = 2
Ca == CASE 1 > 2 -> "no" [] 2 > 1 -> "yes" [] OTHER -> "other"
Le == LET sq(n) == n * n  two == 2 IN sq(two) + sq(3)
Ap(op(_, _), p, q) == op(p, q)
La == Ap(LAMBDA p, q: p - q, 10, 3)
Qa == \\A i \\in 1..3: \\E j \\in 1..3: j > i \\/ i = 3
Neg == (-7) \\div 2
Md == -7 % 3`, ["Sq", "Ev", "Ps", "Cs", "U", "Ch", "Ca", "Le", "La", "Qa", "Neg", "Md"])
    expect(v).toEqual({
      Sq: "{1, 4, 9}",
      Ev: "{0, 2, 4, 6}",
      Ps: "{{}, {1}, {2}, {1, 2}}",
      Cs: "3",
      U: "{2, 3}",
      Ch: '[k |-> 2, s |-> "a"]',
      Ca: '"yes"',
      Le: "13",
      La: "7",
      Qa: "TRUE",
      Neg: "-4",
      Md: "2",
    })
  })

  it("sequences: Append, Head, Tail, SubSeq, SelectSeq, \\o, Len, and RECURSIVE operators", async () => {
    const v = await values(`Q == <<3, 1, 2>>
Ops == <<Append(Q, 9), Head(Q), Tail(Q), SubSeq(Q, 2, 3), SelectSeq(Q, LAMBDA e: e > 1), Q \\o <<0>>, Len(Q)>>
RECURSIVE Sum(_)
Sum(s) == IF s = << >> THEN 0 ELSE Head(s) + Sum(Tail(s))
Total == Sum(Q)
Str == "ab" \\o "c"`, ["Ops", "Total", "Str"])
    expect(v["Ops"]).toBe("<<<<3, 1, 2, 9>>, 3, <<1, 2>>, <<1, 2>>, <<3, 2>>, <<3, 1, 2, 0>>, 3>>")
    expect(v["Total"]).toBe("6")
    expect(v["Str"]).toBe('"abc"')
  })

  it("record sets, and membership in sets that are not enumerated (TypeOK's [f: S], Seq(S), [S -> Nat], SUBSET)", async () => {
    const v = await values(`Rs == [p: {1, 2}, q: {"x"}]
InT == [p |-> 3, q |-> <<1, 2>>] \\in [p: Nat, q: Seq(Nat)]
OutT == [p |-> -1] \\in [p: Nat] \\/ [p |-> 1] \\in [p: Nat, q: Nat]
FnT == [i \\in 1..2 |-> i] \\in [1..2 -> Nat] /\\ [i \\in 1..3 |-> i] \\notin [1..2 -> Nat]
SubT == {<<1>>, <<>>} \\in SUBSET Seq(Int \\union {-1})`, ["Rs", "InT", "OutT", "FnT", "SubT"])
    expect(v).toEqual({ Rs: '{[p |-> 1, q |-> "x"], [p |-> 2, q |-> "x"]}', InT: "TRUE", OutT: "FALSE", FnT: "TRUE", SubT: "TRUE" })
    await expect(values(`Inf == Seq(Nat)`, ["Inf"])).rejects.toThrow(/unsupported TLA\+ construct: Seq\(S\) as a value/)
  })

  it("an evaluation error (a function applied outside its domain) stops with TLC's kind of message", async () => {
    await expect(values(`Bad == <<1, 2>>[3]`, ["Bad"])).rejects.toThrow(/3 is not in the domain 1..2/)
    expect(show(tuple([1, "x"]))).toBe('<<1, "x">>')
  })
})

describe("constructs outside the subset are refused with construct, file, line and column", () => {
  const base = (next: string, extra = ""): string => `---- MODULE Refused ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
${extra}
A == ${next}
Next == A
====
`

  it("a temporal operator in an action", async () => {
    const e = await translationError(base("x' = x + 1 /\\ [](x > 0)"))
    expect(e).toBeInstanceOf(UnsupportedConstruct)
    expect(e!.message).toBe("Toy.tla:6:20: unsupported TLA+ construct: prefix operator []")
  })

  it("an unbounded CHOOSE (as in Zab.tla's NullPoint) unless the configuration overrides it", async () => {
    const source = base("x' = x /\\ NullPoint = NullPoint", "CONSTANT Server\nNullPoint == CHOOSE p: p \\notin Server")
    const e = await translationError(source)
    expect(e!.message).toMatch(/^Toy\.tla:6:14: unsupported TLA\+ construct: unbounded CHOOSE/)
    expect(await translationError(source, { overrides: ["NullPoint"] })).toBe(null)
  })

  it("a refused construct in a definition nothing reaches does not stop the translation", async () => {
    expect(await translationError(base("x' = x + 1", "Spec == Init /\\ [][Next]_x\nLive == <>(x > 3)"))).toBe(null)
  })

  it("an unknown operator, an infinite set enumerated, a tuple binder, INSTANCE and a syntax error", async () => {
    expect((await translationError(base("Foo(x)")))!.message).toBe("Toy.tla:6:6: unsupported TLA+ construct: operator Foo")
    expect((await translationError(base("\\E y \\in Nat: x' = y")))!.message).toMatch(/^Toy\.tla:6:\d+: unsupported TLA\+ construct: the infinite set Nat outside \\in$/)
    expect((await translationError(base("\\E <<y, z>> \\in {<<1, 2>>}: x' = y")))!.message).toMatch(/^Toy\.tla:6:\d+: unsupported TLA\+ construct: a tuple of identifiers in a bound/)
    expect((await translationError(base("x' = x", "I == INSTANCE Naturals")))!.message).toMatch(/^Toy\.tla:5:1: unsupported TLA\+ construct: module unit module_definition/)
    expect((await translationError(base("x' = = x")))!.message).toMatch(/^Toy\.tla:6:\d+: unsupported TLA\+ construct: syntax error/)
  })

  it("a disjunct of Next that is not an action applied to its \\E parameters", async () => {
    const e = await translationError(`---- MODULE Refused ----
VARIABLE x
Init == x = 0
Next == \\/ x' = x
        \\/ UNCHANGED x
====
`)
    expect(e!.message).toBe("Toy.tla:4:12: unsupported TLA+ construct: a disjunct of Next that is not [\\E x \\in S:] Action(args)")
  })

  it("the parser keeps each definition's lines for the generated comments", async () => {
    const m = await parseSource(base("x' = x + 1"))
    expect(m.defs.map((d) => [d.name, d.loc.line, d.loc.endLine])).toEqual([
      ["Init", 4, 4],
      ["A", 6, 6],
      ["Next", 7, 7],
    ])
  })
})
