/**
 * Goal: the types tla/tla-types.ts infers for a spec's variables describe every state the spec reaches, and
 * are as precise as a type-directed representation needs (functions over Server, records with fixed fields,
 * sequences of records, sets), falling back to `any` where values of different kinds meet.
 *
 * Method: Zab.tla's and the system spec's inferred types are pinned as text; every reachable state of small
 * reference configurations is checked against them by `conforms` below (an invariant added to the generated
 * model, so the explorer visits every state), and `conforms` itself is shown to reject values of the wrong
 * shape. Toy specs show the joins: kinds that meet become `any`, records with different fields become
 * variants, a type that never stops growing is given up as `any`.
 */
import { describe, expect, it } from "vitest"
import { type GeneratedSpec, exploreGenerated } from "../../model/tla-spec.js"
import { Fn, ModelValue, Seq, TSet, type Value, apply, fnOf, modelValue, sortedRecord, tuple } from "../../model/tla-values.js"
import { generatedZab, generatedZkV370 } from "../../model/tla-zab.js"
import { referenceConfig } from "../../model/configs.js"
import { type TlaType, inferVariableTypes, showType } from "../../tla/tla-types.js"
import { loadModules, targets } from "../../tla/translate.js"
import { parseSource, root } from "./generated-module.js"

/** Whether v is a value of type t. */
function conforms(t: TlaType, v: Value): boolean {
  switch (t.kind) {
    case "none":
      return false
    case "any":
      return true
    case "bool":
      return typeof v === "boolean"
    case "int":
      return typeof v === "number" && Number.isInteger(v)
    case "str":
      return typeof v === "string" && (t.lit === undefined || v === t.lit)
    case "atom":
      return v instanceof ModelValue
    case "set":
      return v instanceof TSet && v.elems.every((x) => conforms(t.elem, x))
    case "seq":
      return v instanceof Seq && v.items.every((x) => conforms(t.elem, x))
    case "fn":
      // A sequence is a function of 1..n.
      if (v instanceof Seq) return (v.items.length === 0 || conforms(t.key, 1)) && v.items.every((x) => conforms(t.range, x))
      return v instanceof Fn && v.keys.every((k) => conforms(t.key, k)) && v.vals.every((x) => conforms(t.range, x))
    case "record":
      return v instanceof Fn && v.keys.length === t.fields.length && t.fields.every(([name, ft], k) => v.keys[k] === name && conforms(ft, v.vals[k]!))
    case "records":
      return t.variants.some((r) => conforms(r, v))
  }
}

/** A target's variables' types, from its constants' types as the translator knows them (tla/translate.ts). */
async function targetTypes(spec: string): Promise<ReadonlyMap<string, TlaType>> {
  const target = targets.find((t) => t.spec === spec)!
  const modules = await loadModules(root, spec)
  return inferVariableTypes(modules, { init: target.init, next: target.next, overrides: target.overrides, substitutions: target.substitutions ?? {}, constantTypes: target.constantTypes! })
}

const zabTypes = (): Promise<ReadonlyMap<string, TlaType>> => targetTypes("tla/specs/Zab.tla")
const systemTypes = (): Promise<ReadonlyMap<string, TlaType>> => targetTypes("tla/specs/ZkV3_7_0_Bounded.tla")

/** The spec with one more invariant: every variable holds a value of its inferred type. */
function withTypeCheck<S>(spec: GeneratedSpec<S>, types: ReadonlyMap<string, TlaType>, problems: Array<string>): GeneratedSpec<S> {
  const holds = (s: S): boolean => {
    const record = s as unknown as Readonly<Record<string, Value>>
    for (const [name, t] of types) {
      if (!conforms(t, record[name]!)) {
        problems.push(name)
        return false
      }
    }
    return true
  }
  return { ...spec, invariants: [...spec.invariants, { name: "InferredTypes", holds }] }
}

const txn = "[ackSid: Set(atom), epoch: int, value: int, zxid: Seq(int)]"

describe("the variables of Zab.tla, typed from Init and the actions", () => {
  it("functions over Server, records with fixed fields, sequences and sets of records; recorder.pc, a tuple of a string and servers, is generic", async () => {
    const types = await zabTypes()
    expect(Object.fromEntries([...types].map(([v, t]) => [v, showType(t)]))).toEqual({
      state: "fn(atom, atom)",
      zabState: "fn(atom, atom)",
      acceptedEpoch: "fn(atom, int)",
      currentEpoch: "fn(atom, int)",
      history: `fn(atom, Seq(${txn}))`,
      lastCommitted: "fn(atom, [index: int, zxid: Seq(int)])",
      learners: "fn(atom, Set(atom))",
      cepochRecv: "fn(atom, Set([connected: bool, epoch: int, sid: atom]))",
      ackeRecv: `fn(atom, Set([connected: bool, peerHistory: Seq(${txn}), peerLastEpoch: int, sid: atom]))`,
      ackldRecv: "fn(atom, Set([connected: bool, sid: atom]))",
      sendCounter: "fn(atom, int)",
      connectInfo: "fn(atom, atom)",
      leaderOracle: "atom",
      msgs: `fn(atom, fn(atom, Seq([mdata: int, mtype: atom, mzxid: Seq(int)] | [mepoch: int, mhistory: Seq(${txn}), mtype: atom] | [mepoch: int, mtype: atom] | [mtype: atom, mzxid: Seq(int)])))`,
      epochLeader: "fn(int, Set(atom))",
      proposalMsgsLog: "Set([data: int, epoch: int, source: atom, zxid: Seq(int)])",
      violatedInvariants: "[ackInconsistent: bool, commitInconsistent: bool, messageIllegal: bool, proposalInconsistent: bool, stateInconsistent: bool]",
      recorder: "[maxEpoch: int, nClientRequest: int, nRestart: int, nTimeout: int, nTransaction: int, pc: Seq(any)]",
    })
  })

  for (const name of ["n2_b", "n3_tiny"]) {
    it(`every state of ${name} (TLC's counts) holds values of those types`, async () => {
      const ref = referenceConfig(name)!
      const problems: Array<string> = []
      const result = exploreGenerated({ spec: withTypeCheck(generatedZab(ref.config), await zabTypes(), problems) })
      expect(problems).toEqual([])
      expect(result.violation).toBeNull()
      expect([result.distinct, result.generated, result.depth]).toEqual([ref.tlc.distinct, ref.tlc.generated, ref.tlc.depth])
    }, 120_000)
  }

  it("a value of another shape does not conform (a txn's value a string, a missing field, a server not a model value)", async () => {
    const types = await zabTypes()
    const s1 = modelValue("s1")
    const goodTxn = sortedRecord(["ackSid", "epoch", "value", "zxid"], [new TSet([s1]), 1, 0, tuple([1, 1])])
    const history = (t: Value): Value => fnOf([s1], [tuple([t])])
    expect(conforms(types.get("history")!, history(goodTxn))).toBe(true)
    expect(conforms(types.get("history")!, history(sortedRecord(["ackSid", "epoch", "value", "zxid"], [new TSet([s1]), 1, "v", tuple([1, 1])])))).toBe(false)
    expect(conforms(types.get("history")!, history(sortedRecord(["ackSid", "epoch", "zxid"], [new TSet([s1]), 1, tuple([1, 1])])))).toBe(false)
    expect(conforms(types.get("learners")!, fnOf([s1], [new TSet([1])]))).toBe(false)
    expect(conforms(types.get("leaderOracle")!, apply(goodTxn, "epoch"))).toBe(false)
  })

  it("the check finds a state whose variable breaks its type (a model whose Init's history holds an integer)", async () => {
    const ref = referenceConfig("n2_a")!
    const spec = generatedZab(ref.config)
    const broken: GeneratedSpec<Record<string, Value>> = {
      ...(spec as unknown as GeneratedSpec<Record<string, Value>>),
      init: () => spec.init().map((s) => ({ ...(s as unknown as Record<string, Value>), history: fnOf([modelValue("s1"), modelValue("s2")], [tuple([7]), tuple([])]) })),
    }
    const problems: Array<string> = []
    const result = exploreGenerated({ spec: withTypeCheck(broken, await zabTypes(), problems) })
    expect(result.violation?.invariant).toBe("InferredTypes")
    expect(problems).toEqual(["history"])
  })
})

describe("the variables of the system spec (ZkV3_7_0.tla with FastLeaderElection.tla)", () => {
  it("every state of 2 servers, MaxEpoch 2, election bounds 2 (TLC's 2,214 distinct) holds values of the inferred types", async () => {
    const types = await systemTypes()
    expect(showType(types.get("history")!)).toBe("fn(int, Seq([ackSid: Set(int), epoch: int, value: int, zxid: Seq(int)]))")
    // A vote's leader is a server or NullPoint, an integer or a model value: generic.
    expect(showType(types.get("currentVote")!)).toBe("fn(int, [proposedEpoch: any, proposedLeader: any, proposedZxid: any])")
    const problems: Array<string> = []
    const spec = generatedZkV370(2, { MaxTimeoutFailures: 0, MaxTransactionNum: 0, MaxEpoch: 2, MaxCrashes: 0, MaxPartitions: 0 }, { MaxRound: 2, MaxQueue: 2, MaxVersion: 2 })
    const result = exploreGenerated({ spec: withTypeCheck(spec, types, problems) })
    expect(problems).toEqual([])
    expect(result.violation).toBeNull()
    expect([result.distinct, result.generated, result.depth]).toEqual([2_214, 5_053, 31])
  }, 120_000)
})

describe("joins", () => {
  const typesOf = async (source: string): Promise<Record<string, string>> => {
    const m = await parseSource(source)
    return Object.fromEntries([...inferVariableTypes([m], { init: "Init", next: "Next", constantTypes: {} })].map(([v, t]) => [v, showType(t)]))
  }

  it("an integer and a string meet as any; records with other fields are variants; EXCEPT of a field keeps the record; @@ merges records", async () => {
    const types = await typesOf(`---- MODULE J ----
EXTENDS Naturals, Sequences
VARIABLES x, m, r, q
Init == /\\ x = 0
        /\\ m = << >>
        /\\ r = [a |-> 0, b |-> <<1>>]
        /\\ q = ("k" :> 1) @@ [j |-> TRUE]
Next == /\\ x' = "s"
        /\\ m' = Append(Append(m, [t |-> 1]), [t |-> 2, u |-> {TRUE}])
        /\\ r' = [r EXCEPT !.b = Append(@, 2)]
        /\\ UNCHANGED q
====
`)
    expect(types).toEqual({ x: "any", m: "Seq([t: int] | [t: int, u: Set(bool)])", r: "[a: int, b: Seq(int)]", q: "[j: bool, k: int]" })
  })

  it("a type that grows at every step (a sequence nested one level deeper) is given up as any; a variable never assigned stays none", async () => {
    const types = await typesOf(`---- MODULE G ----
EXTENDS Naturals, Sequences
VARIABLES x, y
Init == x = << >>
Next == x' = <<x>>
====
`)
    expect(types).toEqual({ x: "any", y: "none" })
  })
})
