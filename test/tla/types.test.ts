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
import { generatedZab, generatedZkV370, zabConstants, zkV370Constants } from "../../model/tla-zab.js"
import { referenceConfig } from "../../model/configs.js"
import type { Expr, OpDef } from "../../tla/tla-ast.js"
import { type TlaType, atomOf, inferTypes, inferVariableTypes, setOfType, showType } from "../../tla/tla-types.js"
import { loadModules, targets } from "../../tla/translate.js"
import { parseSource, root } from "./generated-module.js"

/** Whether v is a value of type t, the spec's constants being these. */
function conforms(t: TlaType, v: Value, constants: Readonly<Record<string, Value>>): boolean {
  const elemsOf = (name: string): ReadonlyArray<Value> => {
    const c = constants[name]!
    return c instanceof TSet ? c.elems : [c]
  }
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
      return v instanceof ModelValue && (t.of === undefined || t.of.some((name) => elemsOf(name).includes(v)))
    case "set":
      return v instanceof TSet && v.elems.every((x) => conforms(t.elem, x, constants))
    case "seq":
      return v instanceof Seq && v.items.every((x) => conforms(t.elem, x, constants))
    case "fn": {
      // A sequence is a function of 1..n.
      const keys: ReadonlyArray<Value> = v instanceof Seq ? v.items.map((_, k) => k + 1) : v instanceof Fn ? v.keys : []
      const vals: ReadonlyArray<Value> = v instanceof Seq ? v.items : v instanceof Fn ? v.vals : []
      if (!(v instanceof Seq || v instanceof Fn)) return false
      // A function over all of a constant set: exactly its elements (both are sorted the same way).
      if (t.domain !== undefined && !(keys.length === elemsOf(t.domain).length && keys.every((k, x) => k === elemsOf(t.domain!)[x]))) return false
      return keys.every((k) => conforms(t.key, k, constants)) && vals.every((x) => conforms(t.range, x, constants))
    }
    case "record":
      return v instanceof Fn && v.keys.length === t.fields.length && t.fields.every(([name, ft], k) => v.keys[k] === name && conforms(ft, v.vals[k]!, constants))
    case "records":
      return t.variants.some((r) => conforms(r, v, constants))
  }
}

/** A target's variables' types, from its constants' types as the translator knows them (tla/translate.ts). */
async function targetTypes(spec: string): Promise<ReadonlyMap<string, TlaType>> {
  const target = targets.find((t) => t.spec === spec)!
  const modules = await loadModules(root, spec)
  return inferVariableTypes(modules, { init: target.init, next: target.next, overrides: target.overrides, substitutions: target.substitutions ?? {}, constantTypes: target.constantTypes! })
}

/** The constants as a record of values (the types name them). */
const constantsOf = (constants: object): Readonly<Record<string, Value>> => constants as Readonly<Record<string, Value>>

const zabTypes = (): Promise<ReadonlyMap<string, TlaType>> => targetTypes("tla/specs/Zab.tla")
const systemTypes = (): Promise<ReadonlyMap<string, TlaType>> => targetTypes("tla/specs/ZkV3_7_0_Bounded.tla")

/** The spec with one more invariant: every variable holds a value of its inferred type. */
function withTypeCheck<S>(spec: GeneratedSpec<S>, types: ReadonlyMap<string, TlaType>, constants: Readonly<Record<string, Value>>, problems: Array<string>): GeneratedSpec<S> {
  const holds = (s: S): boolean => {
    const record = s as unknown as Readonly<Record<string, Value>>
    for (const [name, t] of types) {
      if (!conforms(t, record[name]!, constants)) {
        problems.push(name)
        return false
      }
    }
    return true
  }
  return { ...spec, invariants: [...spec.invariants, { name: "InferredTypes", holds }] }
}

const txn = "[ackSid: Set(Server), epoch: int, value: int, zxid: Seq(int)]"

describe("the variables of Zab.tla, typed from Init and the actions", () => {
  it("functions over all of Server, enumerations of model values, sets of servers, records with fixed fields, sequences and sets of records; recorder.pc, a tuple of a string and servers, is generic", async () => {
    const types = await zabTypes()
    expect(Object.fromEntries([...types].map(([v, t]) => [v, showType(t)]))).toEqual({
      state: "[Server -> FOLLOWING | LEADING | LOOKING]",
      zabState: "[Server -> BROADCAST | DISCOVERY | ELECTION | SYNCHRONIZATION]",
      acceptedEpoch: "[Server -> int]",
      currentEpoch: "[Server -> int]",
      history: `[Server -> Seq(${txn})]`,
      lastCommitted: "[Server -> [index: int, zxid: Seq(int)]]",
      learners: "[Server -> Set(Server)]",
      cepochRecv: "[Server -> Set([connected: bool, epoch: int, sid: Server])]",
      ackeRecv: `[Server -> Set([connected: bool, peerHistory: Seq(${txn}), peerLastEpoch: int, sid: Server])]`,
      ackldRecv: "[Server -> Set([connected: bool, sid: Server])]",
      sendCounter: "[Server -> int]",
      connectInfo: "[Server -> NullPoint | Server]",
      leaderOracle: "NullPoint | Server",
      msgs: `[Server -> [Server -> Seq([mdata: int, mtype: PROPOSE, mzxid: Seq(int)] | [mepoch: int, mhistory: Seq(${txn}), mtype: ACKEPOCH | NEWLEADER] | [mepoch: int, mtype: CEPOCH | NEWEPOCH] | [mtype: ACK | ACKLD | COMMIT | COMMITLD, mzxid: Seq(int)])]]`,
      // Built over 1..MAXEPOCH, not over a constant set.
      epochLeader: "fn(int, Set(Server))",
      proposalMsgsLog: "Set([data: int, epoch: int, source: Server, zxid: Seq(int)])",
      violatedInvariants: "[ackInconsistent: bool, commitInconsistent: bool, messageIllegal: bool, proposalInconsistent: bool, stateInconsistent: bool]",
      recorder: "[maxEpoch: int, nClientRequest: int, nRestart: int, nTimeout: int, nTransaction: int, pc: Seq(any)]",
    })
  })

  for (const name of ["n2_b", "n3_tiny"]) {
    it(`every state of ${name} (TLC's counts) holds values of those types`, async () => {
      const ref = referenceConfig(name)!
      const problems: Array<string> = []
      const result = exploreGenerated({ spec: withTypeCheck(generatedZab(ref.config), await zabTypes(), constantsOf(zabConstants(ref.config)), problems) })
      expect(problems).toEqual([])
      expect(result.violation).toBeNull()
      expect([result.distinct, result.generated, result.depth]).toEqual([ref.tlc.distinct, ref.tlc.generated, ref.tlc.depth])
    }, 120_000)
  }

  it("a value of another shape does not conform (a txn's value a string, a missing field, a server not a model value, a function of some servers only, a state that is not one)", async () => {
    const types = await zabTypes()
    const constants = constantsOf(zabConstants(referenceConfig("n2_a")!.config))
    const [s1, s2] = [modelValue("s1"), modelValue("s2")]
    const txn = (value: Value): Value => sortedRecord(["ackSid", "epoch", "value", "zxid"], [new TSet([s1]), 1, value, tuple([1, 1])])
    const history = (t: Value): Value => fnOf([s1, s2], [tuple([t]), tuple([])])
    const conformsTo = (name: string, v: Value): boolean => conforms(types.get(name)!, v, constants)
    expect(conformsTo("history", history(txn(0)))).toBe(true)
    expect(conformsTo("history", history(txn("v")))).toBe(false)
    expect(conformsTo("history", history(sortedRecord(["ackSid", "epoch", "zxid"], [new TSet([s1]), 1, tuple([1, 1])])))).toBe(false)
    expect(conformsTo("history", fnOf([s1], [tuple([txn(0)])]))).toBe(false)
    expect(conformsTo("learners", fnOf([s1, s2], [new TSet([1]), new TSet([])]))).toBe(false)
    expect(conformsTo("leaderOracle", apply(txn(0), "epoch"))).toBe(false)
    expect(conformsTo("leaderOracle", modelValue("nullpoint"))).toBe(true)
    expect(conformsTo("state", fnOf([s1, s2], [modelValue("LEADING"), modelValue("LOOKING")]))).toBe(true)
    expect(conformsTo("state", fnOf([s1, s2], [modelValue("LEADING"), modelValue("BROADCAST")]))).toBe(false)
  })

  it("the check finds a state whose variable breaks its type (a model whose Init's history holds an integer)", async () => {
    const ref = referenceConfig("n2_a")!
    const spec = generatedZab(ref.config)
    const broken: GeneratedSpec<Record<string, Value>> = {
      ...(spec as unknown as GeneratedSpec<Record<string, Value>>),
      init: () => spec.init().map((s) => ({ ...(s as unknown as Record<string, Value>), history: fnOf([modelValue("s1"), modelValue("s2")], [tuple([7]), tuple([])]) })),
    }
    const problems: Array<string> = []
    const result = exploreGenerated({ spec: withTypeCheck(broken, await zabTypes(), constantsOf(zabConstants(ref.config)), problems) })
    expect(result.violation?.invariant).toBe("InferredTypes")
    expect(problems).toEqual(["history"])
  })
})

/** Every expression node under `root` (an AST node), found by its shape: an object with a kind and a place. */
function expressionsUnder(root: unknown): Array<Expr> {
  const out: Array<Expr> = []
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y)
      return
    }
    if (typeof x !== "object" || x === null) return
    const node = x as { kind?: unknown; loc?: unknown }
    if (typeof node.kind === "string" && node.loc !== undefined && node.kind !== "lambda") out.push(x as Expr)
    for (const [k, y] of Object.entries(x)) if (k !== "loc") visit(y)
  }
  visit(root)
  return out
}

describe("the expressions of Zab.tla, typed in the contexts Init, Next and the invariants reach them", () => {
  it("every expression of an action, the operators it calls and an invariant has a type; a LET's txn record, IncZxid's zxid and an epoch have theirs", async () => {
    const target = targets.find((t) => t.spec === "tla/specs/Zab.tla")!
    const modules = await loadModules(root, target.spec)
    const inferred = inferTypes(modules, { init: target.init, next: target.next, overrides: target.overrides, constantTypes: target.constantTypes!, invariants: target.invariants })
    const def = (name: string): OpDef => modules.flatMap((m) => m.defs).find((d) => d.name === name)!
    for (const name of ["LeaderProcessRequest", "IncZxid", "LastZxidOfHistory", "UpdateRecorder", "Leadership1", "PrefixConsistency"]) {
      const untyped = expressionsUnder(def(name).body).filter((e) => inferred.expressions.get(e) === undefined)
      expect(untyped.map((e) => `${e.kind} at line ${e.loc.line}`), name).toEqual([])
    }
    const typeOf = (e: Expr): string => showType(inferred.expressions.get(e)!)
    expect(typeOf(def("IncZxid").body)).toBe("Seq(int)")
    const newTxn = expressionsUnder(def("LeaderProcessRequest").body).find((e) => e.kind === "record")!
    expect(typeOf(newTxn)).toBe("[ackSid: Set(Server), epoch: int, value: int, zxid: Seq(int)]")
    const epochs = expressionsUnder(def("Leadership1").body).filter((e) => e.kind === "apply" && e.fn.kind === "name" && e.fn.name === "currentEpoch")
    expect(epochs.map(typeOf)).toEqual(["int", "int"])
    // The variables are the same whichever way they are asked for.
    expect([...inferred.variables].map(([v, t]) => `${v}: ${showType(t)}`)).toEqual([...(await zabTypes())].map(([v, t]) => `${v}: ${showType(t)}`))
  })
})

describe("the variables of the system spec (ZkV3_7_0.tla with FastLeaderElection.tla)", () => {
  it("every state of 2 servers, MaxEpoch 2, election bounds 2 (TLC's 2,214 distinct) holds values of the inferred types", async () => {
    const types = await systemTypes()
    expect(showType(types.get("history")!)).toBe("[Server -> Seq([ackSid: Set(int), epoch: int, value: int, zxid: Seq(int)])]")
    expect(showType(types.get("status")!)).toBe("[Server -> OFFLINE | ONLINE]")
    // A server's own vote names a server; a received vote a server or NullPoint, an integer or a model value: generic.
    expect(showType(types.get("currentVote")!)).toBe("[Server -> [proposedEpoch: int, proposedLeader: int, proposedZxid: Seq(int)]]")
    expect(showType(types.get("receiveVotes")!)).toBe("[Server -> [Server -> [round: int, state: FOLLOWING | LEADING | LOOKING, version: int, vote: [proposedEpoch: int, proposedLeader: any, proposedZxid: Seq(int)]]]]")
    const problems: Array<string> = []
    const parameters = { MaxTimeoutFailures: 0, MaxTransactionNum: 0, MaxEpoch: 2, MaxCrashes: 0, MaxPartitions: 0 }
    const bounds = { MaxRound: 2, MaxQueue: 2, MaxVersion: 2 }
    const result = exploreGenerated({ spec: withTypeCheck(generatedZkV370(2, parameters, bounds), types, constantsOf(zkV370Constants(2, parameters, bounds)), problems) })
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

  it("model values keep the constants they come from; a function keeps its constant domain through EXCEPT and loses it when built over another set", async () => {
    const m = await parseSource(`---- MODULE A ----
CONSTANTS S, A, B, C
VARIABLES f, g, h
Init == /\\ f = [s \\in S |-> A]
        /\\ g = [s \\in S |-> A]
        /\\ h = C
Next == \\E s \\in S:
          /\\ f' = [f EXCEPT ![s] = B]
          /\\ g' = [x \\in S \\ {s} |-> C]
          /\\ h' = s
====
`)
    const types = inferVariableTypes([m], { init: "Init", next: "Next", constantTypes: { S: setOfType(atomOf("S")), A: atomOf("A"), B: atomOf("B"), C: atomOf("C") } })
    expect(Object.fromEntries([...types].map(([v, t]) => [v, showType(t)]))).toEqual({ f: "[S -> A | B]", g: "fn(S, A | C)", h: "C | S" })
  })

  it("a field read from a message kind the fixpoint has not met yet types nothing, then what that kind holds; Init reads what it assigned", async () => {
    const types = await typesOf(`---- MODULE Q ----
EXTENDS Naturals, Sequences
VARIABLES q, last, copy
Init == /\\ q = << [t |-> "none"] >>
        /\\ last = 0
        /\\ copy = q
Next == /\\ q' = Append(q, [t |-> "data", v |-> last + 1])
        /\\ last' = IF Len(q) > 1 THEN q[2].v ELSE last
        /\\ UNCHANGED copy
====
`)
    expect(types).toEqual({ q: "Seq([t: str] | [t: str, v: int])", last: "int", copy: "Seq([t: str])" })
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
