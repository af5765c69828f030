/**
 * The typed back end's actions: TLA+ actions and the operators they call compiled to TypeScript over the
 * typed representation of tla-emit-typed.ts (servers as indices, sets of servers as bitsets, records as
 * objects, ...), each expression in the representation its operands' representations give it.
 *
 * Operators are compiled once per tuple of argument representations (an instance, named after the operator),
 * as the type inference types them at each call. A value whose type the representation cannot hold (the
 * generic places, Parameters, a tuple of a string and a server) is a generic TLA+ value and goes through the
 * generic runtime (model/tla-values.ts), converted at the boundary; a construct the compiler does not know is
 * refused with its file, line and name.
 *
 * The action-level structure (conjunctions of guards and assignments, disjunctions, \E, UNCHANGED, calls of
 * action operators) is the generic emitter's: continuation-passing over a partial assignment of the primed
 * variables (R.Partial), marked and undone at each branch point.
 */
import type { Arg, Expr, Loc, Module, OpDef } from "./tla-ast.js"
import { UnsupportedConstruct } from "./tla-ast.js"
import { type Rep, type TypedEmitter, repKey } from "./tla-emit-typed.js"

/** A representation during compilation: a typed one, or what only the compiler knows. */
type CRep =
  | Rep
  /** A string known at compile time (record field names, the recorder's action names). */
  | { readonly k: "strlit"; readonly v: string }
  /** `{}` or `<< >>` before the context says what it is a set or sequence of. */
  | { readonly k: "emptySet" }
  | { readonly k: "emptySeq" }
  /** DOMAIN of a record: its field names, known at compile time. */
  | { readonly k: "fields"; readonly names: ReadonlyArray<string> }
  /** A recursive call while its operator's result is not known yet (the first of two compilations). */
  | { readonly k: "pending" }
  /**
   * A tuple with a string known at compile time among its items (the recorder's `<<"Timeout", i, j>>`): a
   * JS array of the items, each in its own representation, so that `pc[1]` is the string at compile time.
   * Stored as a sequence of generic values.
   */
  | { readonly k: "tuple"; readonly items: ReadonlyArray<CRep> }

interface Val {
  readonly c: string
  readonly r: CRep
  /** For `a..b` (and DOMAIN of a sequence): its bounds' code, so that a quantifier over it loops without building the array. */
  readonly range?: readonly [string, string]
}

type Binding =
  /** A value; a LET definition's keeps its body, which TLC evaluates as an action where it is a conjunct. */
  | { readonly kind: "val"; readonly v: Val; readonly def?: { readonly body: Expr; readonly env: Env } }
  | { readonly kind: "op"; readonly def: OpDef; readonly env: Env }
  | { readonly kind: "lambda"; readonly params: ReadonlyArray<string>; readonly body: Expr; readonly env: Env }

class Env {
  private constructor(
    private readonly names: ReadonlyMap<string, Binding>,
    private readonly parent: Env | null,
  ) {}
  static empty(): Env {
    return new Env(new Map(), null)
  }
  with(bindings: ReadonlyArray<readonly [string, Binding]>): Env {
    return new Env(new Map(bindings), this)
  }
  get(name: string): Binding | undefined {
    return this.names.get(name) ?? this.parent?.get(name)
  }
}

interface Ctx {
  readonly env: Env
  /** The value @ stands for, inside an EXCEPT. */
  readonly at: Val | null
  /** The partial assignment's name, in an action. */
  readonly n: string | null
}

const INT: Rep = { k: "int" }
const BOOL: Rep = { k: "bool" }
const GENERIC: Rep = { k: "generic" }
const BITS: Rep = { k: "bits" }
const SERVER: Rep = { k: "atom", indexed: true, names: [] }

function key(r: CRep): string {
  switch (r.k) {
    case "strlit":
      return `"${r.v}"`
    case "emptySet":
    case "emptySeq":
    case "pending":
      return r.k
    case "fields":
      return `fields(${r.names.join(",")})`
    case "tuple":
      return `tuple(${r.items.map(key).join(",")})`
    default:
      return repKey(r)
  }
}

/** A TLA+ name as a TS identifier that cannot clash with the factory's own names (n, servers, constants). */
const ident = (name: string): string => `${name}_`

/** The value of boolean code known at compile time (`true`, `!(false)`, ...), else null. */
function constantBool(c: string): boolean | null {
  const m = /^(!?)\(*(true|false)\)*$/.exec(c)
  if (m === null || c.split("(").length !== c.split(")").length) return null
  return (m[2] === "true") !== (m[1] === "!")
}

/** Code that names a value without computing anything: a name, a number, or a path of fields and indexes by names into one. */
const isPath = (c: string): boolean => /^(-?\d+|[\w$]+(\.[\w$]+|\[[\w$]+\]!?)*)$/.test(c)

const isServer = (r: CRep): boolean => r.k === "atom" && r.indexed && r.names.length === 0
const isScalar = (r: CRep): boolean => r.k === "int" || r.k === "bool" || r.k === "atom" || r.k === "bits"

export interface TypedActionsConfig {
  readonly modules: ReadonlyArray<Module>
  readonly variables: ReadonlyArray<string>
  /** Each variable's representation. */
  readonly reps: ReadonlyMap<string, Rep>
  /** The constant set numbered 0..n-1 (Server), and the model-value constants. */
  readonly indexSet: string
  readonly modelValues: ReadonlyArray<string>
  readonly overrides: ReadonlyArray<string>
}

/** Compiles actions (and the operators they call) into functions in the typed representation's factory. */
export class TypedActionCompiler {
  private readonly defs = new Map<string, OpDef>()
  private readonly constants = new Set<string>()
  private readonly lines: Array<string> = []
  /** Constants the code shares (sets of model values). */
  private readonly constantsCode: Array<string> = []
  /** The operator instances' functions. */
  private readonly blocks: Array<{ readonly name: string; readonly lines: ReadonlyArray<string> }> = []
  /** Instances of operators by name and argument representations: their TS name and result. */
  private readonly instances = new Map<string, { name: string; r: CRep | null; reads: Set<string> }>()
  /** The variables read by the instances being compiled (innermost last). */
  private readonly reading: Array<Set<string>> = []
  private readonly used = new Set<string>()
  private fresh = 0

  constructor(
    private readonly config: TypedActionsConfig,
    private readonly rep: TypedEmitter,
  ) {
    for (const m of config.modules) {
      for (const c of m.constants) this.constants.add(c)
      for (const d of m.defs) this.defs.set(d.name, d)
    }
    for (const o of config.overrides) {
      this.defs.delete(o)
      this.constants.add(o)
    }
  }

  /** The code written so far, to go inside the factory: the actions, and the operator instances they (or `uses`, code written elsewhere) use. */
  code(uses = ""): Array<string> {
    const all = [...this.blocks.map((b) => b.lines.join("\n")), ...this.lines, uses].join("\n")
    // Instances compiled for a first compilation of a recursive operator and not called by the final code are left out.
    const used = this.blocks.filter((b) => all.split(`${b.name}(`).length > 2)
    const code = [...used.flatMap((b) => b.lines), ...this.lines]
    const text = [...code, uses].join("\n")
    const constants = this.constantsCode.filter((c) => text.includes(/^(?:const|let) (\$\w+)/.exec(c)![1]!))
    return [...constants, ...code]
  }

  /** code, a value of the constants alone (no variable, parameter or bound name), evaluated once when first needed. */
  private once(code: string, ts: string): string {
    const name = this.tmp("$const")
    this.constantsCode.push(`let ${name}: ${ts} | undefined`)
    return `(${name} ??= ${code})`
  }

  private tmp(prefix: string): string {
    return `${prefix}${this.fresh++}`
  }

  private refuse(what: string, loc: Loc, detail = ""): never {
    throw new UnsupportedConstruct(`${what} (typed back end)`, loc, detail)
  }

  private uniqueName(base: string): string {
    let name = base
    for (let k = 2; this.used.has(name); k++) name = `${base}_${k}`
    this.used.add(name)
    return name
  }

  // -------------------------------------------------------------------------------------------------------
  // Representations: joins and conversions.

  /** A representation both values can take (generic when nothing better). */
  private joinRep(a: CRep, b: CRep): CRep {
    if (key(a) === key(b) || b.k === "pending") return a
    if (a.k === "pending") return b
    if (a.k === "emptySet" && (b.k === "bits" || b.k === "set")) return b
    if (b.k === "emptySet" && (a.k === "bits" || a.k === "set")) return a
    if (a.k === "emptySeq" && b.k === "seq") return b
    if (b.k === "emptySeq" && a.k === "seq") return a
    if (a.k === "atom" && b.k === "atom") return { k: "atom", indexed: a.indexed || b.indexed, names: [...new Set([...a.names, ...b.names])].sort() }
    if (a.k === "seq" && b.k === "seq") return { k: "seq", elem: this.joinRep(a.elem, b.elem) as Rep }
    if (a.k === "set" && b.k === "set") return { k: "set", elem: this.joinRep(a.elem, b.elem) as Rep }
    if (a.k === "record" && b.k === "record" && a.fields.map(([f]) => f).join() === b.fields.map(([f]) => f).join()) {
      return { k: "record", fields: a.fields.map(([f, x], k) => [f, this.joinRep(x, b.fields[k]![1]) as Rep] as const) }
    }
    return GENERIC
  }

  /** Code for v in representation `to`. */
  private coerce(v: Val, to: CRep, loc: Loc): string {
    const from = v.r
    if (key(from) === key(to) || from.k === "pending") return v.c
    if (to.k === "generic") return this.toGeneric(v, loc)
    if (from.k === "generic") return this.rep.toTyped(to as Rep, v.c)
    if (from.k === "emptySet" && to.k === "bits") return "0"
    if (from.k === "emptySet" && to.k === "set") return "[]"
    if ((from.k === "emptySeq" || from.k === "emptySet") && to.k === "seq") return "[]"
    if (from.k === "atom" && to.k === "atom") return v.c
    if (from.k === "tuple" && to.k === "seq" && to.elem.k === "generic") return `[${this.tupleItems(v).map((x) => this.toGeneric(x, loc)).join(", ")}]`
    if (from.k === "seq" && to.k === "seq") {
      if (from.elem.k === to.elem.k && isScalar(from.elem)) return v.c
      const x = this.tmp("$e")
      return `${v.c}.map((${x}) => ${this.coerce({ c: x, r: from.elem }, to.elem, loc)})`
    }
    if (from.k === "record" && to.k === "record" && from.fields.map(([f]) => f).join() === to.fields.map(([f]) => f).join()) {
      const x = this.tmp("$r")
      return `((${x}) => ({ ${to.fields.map(([f, fr], k) => `${f}: ${this.coerce({ c: `${x}.${f}`, r: from.fields[k]![1] }, fr, loc)}`).join(", ")} }))(${v.c})`
    }
    if (from.k === "record" && to.k === "variants") {
      const names = from.fields.map(([f]) => f).join()
      const k = to.variants.findIndex((fs) => fs.map(([f]) => f).join() === names)
      if (k < 0) this.refuse(`a record [${names}] where one of ${to.variants.length} record shapes is expected`, loc)
      const all = new Map<string, Rep>()
      for (const fs of to.variants) for (const [f, fr] of fs) if (!all.has(f)) all.set(f, fr)
      const x = this.tmp("$r")
      const fields = [...all].sort((p, q) => (p[0] < q[0] ? -1 : 1)).map(([f, fr]) => {
        const at = from.fields.find(([g]) => g === f)
        return `${f}: ${at === undefined ? "undefined" : this.coerce({ c: `${x}.${f}`, r: at[1] }, fr, loc)}`
      })
      return `((${x}) => ({ $v: ${k}, ${fields.join(", ")} }))(${v.c})`
    }
    return this.refuse(`a value in ${key(from)} where ${key(to)} is expected`, loc)
  }

  /** Code for v as a generic TLA+ value. */
  private toGeneric(v: Val, loc: Loc): string {
    switch (v.r.k) {
      case "strlit":
        return JSON.stringify(v.r.v)
      case "emptySet":
        return "T.EMPTY_SET"
      case "emptySeq":
        return "T.tuple([])"
      case "fields":
        return `T.setOf(${JSON.stringify(v.r.names)})`
      case "pending":
        return v.c
      case "tuple":
        return `T.tuple([${this.tupleItems(v).map((x) => this.toGeneric(x, loc)).join(", ")}])`
      default:
        if (v.r.k === "generic") return v.c
        return this.rep.fromTyped(v.r, v.c)
    }
    void loc
  }

  /** A value of a tuple representation as a generic value (what a set holds), any other as it is. */
  private untupled(v: Val, loc: Loc): Val {
    return v.r.k === "tuple" ? { c: this.toGeneric(v, loc), r: GENERIC } : v
  }

  /** The items of a value of a tuple representation, each with its code (a string's is its literal). */
  private tupleItems(v: Val): Array<Val> {
    const items = (v.r as Extract<CRep, { k: "tuple" }>).items
    return items.map((r, k) => (r.k === "strlit" ? { c: JSON.stringify(r.v), r } : { c: `${v.c}[${k}]`, r }))
  }

  /** A comparator (code of a function) for values of r. */
  private cmpFn(r: Rep): string {
    return this.rep.comparator(r)
  }

  // -------------------------------------------------------------------------------------------------------
  // Expressions.

  ex(e: Expr, ctx: Ctx): Val {
    switch (e.kind) {
      case "num":
        return { c: String(e.value), r: INT }
      case "str":
        return { c: JSON.stringify(e.value), r: { k: "strlit", v: e.value } }
      case "bool":
        return { c: String(e.value), r: BOOL }
      case "builtinSet":
        return this.refuse(`the set ${e.name}`, e.loc)
      case "name":
        return this.name(e.name, [], ctx, e.loc)
      case "call":
        return this.name(e.name, e.args, ctx, e.loc)
      case "prime": {
        if (e.arg.kind !== "name" || ctx.n === null) return this.refuse("a prime outside an action or on something other than a variable", e.loc)
        const r = this.config.reps.get(e.arg.name)
        if (r === undefined) return this.refuse(`a prime on ${e.arg.name}`, e.loc)
        return { c: `(R.primed(${ctx.n}, ${this.config.variables.indexOf(e.arg.name)}) as ${this.rep.tsTypeOf(r)})`, r }
      }
      case "infix":
        return this.infix(e, ctx)
      case "prefix":
        return this.prefix(e, ctx)
      case "and":
        return { c: `(${e.items.map((x) => this.bool(x, ctx)).join(" && ")})`, r: BOOL }
      case "or":
        return { c: `(${e.items.map((x) => this.bool(x, ctx)).join(" || ")})`, r: BOOL }
      case "quant": {
        const names = e.bounds.flatMap((b) => b.names.map((name) => [name, b.set] as const))
        const build = (k: number, env: Env): string => {
          if (k === names.length) return this.bool(e.body, { ...ctx, env })
          const [name, setExpr] = names[k]!
          const set = this.ex(setExpr, { ...ctx, env })
          return this.over(set, e.quantifier === "exists" ? "some" : "every", name, env, (inner) => build(k + 1, inner), e.loc)
        }
        return { c: build(0, ctx.env), r: BOOL }
      }
      case "choose": {
        const set = this.ex(e.set, ctx)
        const x = this.tmp("$c")
        const elem = this.elemOf(set.r, e.loc)
        const body = this.bool(e.body, { ...ctx, env: ctx.env.with([[e.name, { kind: "val", v: { c: x, r: elem } }]]) })
        if (set.r.k === "bits") return { c: `R.chooseBit(${set.c}, nServers, (${x}: number): boolean => ${body})`, r: SERVER }
        if (set.r.k === "set") return { c: `R.chooseIn(${set.c}, (${x}: ${this.rep.tsTypeOf(elem as Rep)}): boolean => ${body})`, r: elem }
        return this.refuse(`CHOOSE in ${key(set.r)}`, e.loc)
      }
      case "setEnum": {
        if (e.items.length === 0) return { c: "0", r: { k: "emptySet" } }
        const items = e.items.map((x) => this.untupled(this.ex(x, ctx), e.loc))
        if (items.every((x) => isServer(x.r))) return { c: `(${items.map((x) => `(1 << ${x.c})`).join(" | ")})`, r: BITS }
        const elem = items.slice(1).reduce<CRep>((acc, x) => this.joinRep(acc, x.r), items[0]!.r)
        if (elem.k === "strlit" || elem.k === "emptySet" || elem.k === "emptySeq" || elem.k === "fields" || elem.k === "pending" || elem.k === "tuple") return this.refuse(`a set of ${key(elem)}`, e.loc)
        const codes = items.map((x) => this.coerce(x, elem, e.loc))
        if (isScalar(elem) && codes.every((c) => /^-?\d+$/.test(c))) {
          // A set of constants (model values, numbers): built once, sorted here.
          const name = this.tmp("$set")
          this.constantsCode.push(`const ${name}: ReadonlyArray<number> = [${[...new Set(codes.map(Number))].sort((p, q) => p - q).join(", ")}]`)
          return { c: name, r: { k: "set", elem } }
        }
        return { c: `R.sortedArray([${codes.join(", ")}], ${this.cmpFn(elem)})`, r: { k: "set", elem } }
      }
      case "setMap": {
        if (e.bounds.length !== 1 || e.bounds[0]!.names.length !== 1) return this.refuse("a set map over several names", e.loc)
        const b = e.bounds[0]!
        const set = this.ex(b.set, ctx)
        const x = this.tmp("$m")
        const elem = this.elemOf(set.r, e.loc)
        const body = this.untupled(this.ex(e.map, { ...ctx, env: ctx.env.with([[b.names[0]!, { kind: "val", v: { c: x, r: elem } }]]) }), e.loc)
        const items = set.r.k === "bits" ? `R.bitsToArray(${set.c}, nServers)` : set.r.k === "set" ? set.c : this.refuse(`a set map over ${key(set.r)}`, e.loc)
        if (isServer(body.r)) return { c: `${items}.reduce((m: number, ${x}: ${this.tsOf(elem)}) => m | (1 << ${body.c}), 0)`, r: BITS }
        if (body.r.k === "strlit" || body.r.k === "emptySet" || body.r.k === "emptySeq" || body.r.k === "fields" || body.r.k === "pending" || body.r.k === "tuple") return this.refuse(`a set of ${key(body.r)}`, e.loc)
        return { c: `R.sortedArray(${items}.map((${x}: ${this.rep.tsTypeOf(elem as Rep)}) => ${body.c}), ${this.cmpFn(body.r)})`, r: { k: "set", elem: body.r } }
      }
      case "setFilter": {
        const set = this.ex(e.set, ctx)
        const x = this.tmp("$f")
        const elem = this.elemOf(set.r, e.loc)
        const body = this.bool(e.filter, { ...ctx, env: ctx.env.with([[e.name, { kind: "val", v: { c: x, r: elem } }]]) })
        if (set.r.k === "bits") return { c: `R.filterBits(${set.c}, nServers, (${x}: number): boolean => ${body})`, r: BITS }
        if (set.r.k === "set") return { c: `${set.c}.filter((${x}: ${this.rep.tsTypeOf(elem as Rep)}): boolean => ${body})`, r: set.r }
        return this.refuse(`a filter of ${key(set.r)}`, e.loc)
      }
      case "fnLit": {
        if (e.bounds.length !== 1 || e.bounds[0]!.names.length !== 1) return this.refuse("a function literal over several names", e.loc)
        const b = e.bounds[0]!
        const set = this.ex(b.set, ctx)
        const x = this.tmp("$x")
        const elem = this.elemOf(set.r, e.loc)
        const body = this.ex(e.body, { ...ctx, env: ctx.env.with([[b.names[0]!, { kind: "val", v: { c: x, r: elem } }]]) })
        const range = this.concrete(body.r, e.loc)
        if (b.set.kind === "name" && b.set.name === this.config.indexSet) return { c: `R.arrayOf(nServers, (${x}: number) => ${this.coerce(body, range, e.loc)})`, r: { k: "perIndex", range } }
        if (set.r.k === "set" && set.r.elem.k === "int") return { c: `((keys: ReadonlyArray<number>) => ({ keys, vals: keys.map((${x}: number) => ${this.coerce(body, range, e.loc)}) }))(${set.c})`, r: { k: "fn", key: INT, range } }
        return this.refuse(`a function over ${key(set.r)}`, e.loc)
      }
      case "record": {
        const sorted = e.fields.slice().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        const vals = sorted.map(([f, x]) => [f, this.ex(x, ctx)] as const)
        return { c: `({ ${vals.map(([f, v]) => `${f}: ${this.coerce(v, this.concrete(v.r, e.loc), e.loc)}`).join(", ")} })`, r: { k: "record", fields: vals.map(([f, v]) => [f, this.concrete(v.r, e.loc)] as const) } }
      }
      case "tuple": {
        if (e.items.length === 0) return { c: "[]", r: { k: "emptySeq" } }
        const items = e.items.map((x) => this.ex(x, ctx))
        const elem = items.slice(1).reduce<CRep>((acc, x) => this.joinRep(acc, x.r), items[0]!.r)
        if (items.some((x) => x.r.k === "strlit") && items.every((x) => x.r.k !== "tuple" && x.r.k !== "pending")) {
          const r: CRep = { k: "tuple", items: items.map((x) => x.r) }
          return { c: `([${items.map((x) => x.c).join(", ")}] as ${this.tsOf(r)})`, r }
        }
        if (elem.k === "strlit" || elem.k === "generic" || elem.k === "emptySet" || elem.k === "emptySeq" || elem.k === "fields" || elem.k === "pending" || elem.k === "tuple") return { c: `T.tuple([${items.map((x) => this.toGeneric(x, e.loc)).join(", ")}])`, r: GENERIC }
        return { c: `[${items.map((x) => this.coerce(x, elem, e.loc)).join(", ")}]`, r: { k: "seq", elem } }
      }
      case "apply": {
        if (e.args.length !== 1) return this.refuse("a function applied to several arguments", e.loc)
        return this.apply(this.ex(e.fn, ctx), this.ex(e.args[0]!, ctx), e.loc)
      }
      case "field":
        return this.field(this.ex(e.record, ctx), e.name, e.loc)
      case "except": {
        let base = this.ex(e.base, ctx)
        for (const u of e.updates) base = this.exceptAt(base, u.path, 0, u.value, ctx, e.loc)
        return base
      }
      case "at":
        if (ctx.at === null) return this.refuse("@ outside an EXCEPT", e.loc)
        return ctx.at
      case "if": {
        const cond = this.bool(e.cond, ctx)
        const a = this.ex(e.then, ctx)
        const b = this.ex(e.else, ctx)
        const r = this.joinRep(a.r, b.r)
        // A condition known at compile time (the recorder's `pc[1] = "Timeout"`) keeps only its branch.
        const known = constantBool(cond)
        if (known !== null) return { c: this.coerce(known ? a : b, r, e.loc), r }
        return { c: `(${cond} ? ${this.coerce(a, r, e.loc)} : ${this.coerce(b, r, e.loc)})`, r }
      }
      case "case": {
        const arms = e.arms.map(([g, x]) => [this.bool(g, ctx), this.ex(x, ctx)] as const)
        const other = e.other === null ? null : this.ex(e.other, ctx)
        let r = arms.slice(1).reduce<CRep>((acc, [, x]) => this.joinRep(acc, x.r), arms[0]![1].r)
        if (other !== null) r = this.joinRep(r, other.r)
        let code = other === null ? `T.caseFail(${JSON.stringify(`${e.loc.file}:${e.loc.line}:${e.loc.column}`)})` : this.coerce(other, r, e.loc)
        for (let k = arms.length - 1; k >= 0; k--) {
          // Arms whose guards are known at compile time: a false one left out, a true one taken.
          const known = constantBool(arms[k]![0])
          if (known === false) continue
          code = known === true ? this.coerce(arms[k]![1], r, e.loc) : `${arms[k]![0]} ? ${this.coerce(arms[k]![1], r, e.loc)} : ${code}`
        }
        return { c: `(${code})`, r }
      }
      case "let": {
        const { env, decls } = this.letDefs(e.defs, ctx)
        const body = this.ex(e.body, { ...ctx, env })
        return { c: `((): ${this.tsOf(body.r)} => {\n${decls.map((d) => `  ${d}\n`).join("")}  return ${body.c}\n})()`, r: body.r }
      }
      default:
        return this.refuse(`the expression ${e.kind}`, e.loc)
    }
  }

  private tsOf(r: CRep): string {
    switch (r.k) {
      case "strlit":
        return "string"
      case "emptySet":
        return "number"
      case "emptySeq":
        return "ReadonlyArray<never>"
      case "fields":
      case "pending":
        return "never"
      case "tuple":
        return `readonly [${r.items.map((x) => this.tsOf(x)).join(", ")}]`
      default:
        return this.rep.tsTypeOf(r)
    }
  }

  /** A representation that values can be stored in (a compile-time one made concrete). */
  private concrete(r: CRep, loc: Loc): Rep {
    switch (r.k) {
      case "strlit":
      case "fields":
      case "pending":
        return GENERIC
      case "emptySet":
        return BITS
      case "emptySeq":
      case "tuple":
        return { k: "seq", elem: GENERIC }
      default:
        return r
    }
    void loc
  }

  private bool(e: Expr, ctx: Ctx): string {
    const v = this.ex(e, ctx)
    if (v.r.k === "bool") return v.c
    if (v.r.k === "generic") return `T.bool(${v.c})`
    return this.refuse(`a ${key(v.r)} where a boolean is expected`, e.loc)
  }

  private int(v: Val, loc: Loc): string {
    if (v.r.k === "int") return v.c
    if (v.r.k === "generic") return `T.int(${v.c})`
    return this.refuse(`a ${key(v.r)} where an integer is expected`, loc)
  }

  private elemOf(r: CRep, loc: Loc): CRep {
    switch (r.k) {
      case "bits":
        return SERVER
      case "set":
        return r.elem
      case "fields":
        return { k: "strlit", v: "" }
      default:
        return this.refuse(`the elements of ${key(r)}`, loc)
    }
  }

  /** Code for \A / \E (every / some) over the set, the bound name bound in body's env. */
  private over(set: Val, method: "every" | "some", name: string, env: Env, body: (env: Env) => string, loc: Loc): string {
    if (set.r.k === "fields") {
      const parts = set.r.names.map((f) => body(env.with([[name, { kind: "val", v: { c: JSON.stringify(f), r: { k: "strlit", v: f } } }]])))
      return parts.length === 0 ? (method === "every" ? "true" : "false") : `(${parts.join(method === "every" ? " && " : " || ")})`
    }
    const x = this.tmp("$q")
    if (set.r.k === "bits") return `R.${method}Bit(${set.c}, nServers, (${x}: number): boolean => ${body(env.with([[name, { kind: "val", v: { c: x, r: SERVER } }]]))})`
    if (set.range !== undefined) return `R.${method}InRange(${set.range[0]}, ${set.range[1]}, (${x}: number): boolean => ${body(env.with([[name, { kind: "val", v: { c: x, r: INT } }]]))})`
    if (set.r.k === "set") return `${set.c}.${method}((${x}: ${this.rep.tsTypeOf(set.r.elem)}): boolean => ${body(env.with([[name, { kind: "val", v: { c: x, r: set.r.elem } }]]))})`
    return this.refuse(`a quantifier over ${key(set.r)}`, loc)
  }

  private apply(f: Val, x: Val, loc: Loc): Val {
    switch (f.r.k) {
      case "perIndex":
        return { c: `${f.c}[${x.c}]!`, r: f.r.range }
      case "seq":
        return { c: `R.at(${f.c}, ${this.int(x, loc)})`, r: f.r.elem }
      case "fn":
        return { c: `R.fnApply(${f.c}, ${this.int(x, loc)})`, r: f.r.range }
      case "record":
      case "variants":
        if (x.r.k !== "strlit") return this.refuse("a record indexed by a string not known at compile time", loc)
        return this.field(f, x.r.v, loc)
      case "generic":
        // A constant's field or value at a literal (Parameters["MaxEpoch"]) is looked up once.
        if (/^constants\.\w+$/.test(f.c) && /^("\w*"|-?\d+)$/.test(x.c)) return { c: this.once(`T.apply(${f.c}, ${x.c})`, "T.Value"), r: GENERIC }
        return { c: `T.apply(${f.c}, ${this.toGeneric(x, loc)})`, r: GENERIC }
      case "tuple": {
        const k = /^\d+$/.test(x.c) ? Number(x.c) : 0
        if (!(k >= 1 && k <= f.r.items.length)) return this.apply({ c: this.toGeneric(f, loc), r: GENERIC }, x, loc)
        return this.tupleItems(f)[k - 1]!
      }
      default:
        return this.refuse(`${key(f.r)} applied as a function`, loc)
    }
  }

  private field(r: Val, name: string, loc: Loc): Val {
    if (r.r.k === "record") {
      const f = r.r.fields.find(([g]) => g === name)
      if (f === undefined) return this.refuse(`the field ${name} of a record without it`, loc)
      return { c: `${r.c}.${name}`, r: f[1] }
    }
    if (r.r.k === "variants") {
      const f = r.r.variants.flatMap((v) => v).find(([g]) => g === name)
      if (f === undefined) return this.refuse(`the field ${name} of records without it`, loc)
      return { c: `R.defined(${r.c}.${name})`, r: f[1] }
    }
    if (r.r.k === "generic") return { c: `T.field(${r.c}, ${JSON.stringify(name)})`, r: GENERIC }
    return this.refuse(`the field ${name} of ${key(r.r)}`, loc)
  }

  /**
   * [base EXCEPT !path[from..] = value] (the value with @ the old value at the path). Where the base and the
   * key are variables or paths into them, they are used as they are; otherwise they are evaluated once, as
   * the parameters of a function applied in place.
   */
  private exceptAt(base: Val, path: ReadonlyArray<{ readonly kind: "index"; readonly args: ReadonlyArray<Expr> } | { readonly kind: "field"; readonly name: string }>, from: number, value: Expr, ctx: Ctx, loc: Loc): Val {
    if (from === path.length) {
      const v = this.ex(value, { ...ctx, at: base })
      return { c: this.coerce(v, base.r, loc), r: base.r }
    }
    const step = path[from]!
    const inPlace = isPath(base.c)
    const old = inPlace ? base.c : this.tmp("$o")
    /** The update of `old`, as an expression of base.c (the key's value given as kc, a path or a name for it). */
    const wrap = (update: string, kc?: string, kv?: string): string => {
      const params = [...(inPlace ? [] : [`${old}: ${this.tsOf(base.r)}`]), ...(kv === undefined ? [] : [`${kv}: number`])]
      const args = [...(inPlace ? [] : [base.c]), ...(kv === undefined ? [] : [kc!])]
      return params.length === 0 ? update : `((${params.join(", ")}) => ${update})(${args.join(", ")})`
    }
    if (step.kind === "field") {
      if (base.r.k !== "record") return this.refuse(`EXCEPT of a field of ${key(base.r)}`, loc)
      const inner = this.exceptAt(this.field({ c: old, r: base.r }, step.name, loc), path, from + 1, value, ctx, loc)
      return { c: wrap(`({ ...${old}, ${step.name}: ${inner.c} })`), r: base.r }
    }
    if (step.args.length !== 1) return this.refuse("EXCEPT at a tuple of keys", loc)
    const k = this.ex(step.args[0]!, ctx)
    if (base.r.k === "perIndex" || base.r.k === "seq") {
      const kc = base.r.k === "perIndex" ? k.c : this.int(k, loc)
      const kv = isPath(kc) ? undefined : this.tmp("$k")
      const kName = kv ?? kc
      const index = base.r.k === "perIndex" ? kName : `${kName} - 1`
      const at = this.apply({ c: old, r: base.r }, { c: kName, r: base.r.k === "perIndex" ? SERVER : INT }, loc)
      const inner = this.exceptAt({ c: `${old}[${index}]!`, r: at.r }, path, from + 1, value, ctx, loc)
      return { c: wrap(`R.setAt(${old}, ${index}, ${inner.c})`, kc, kv), r: base.r }
    }
    if (base.r.k === "fn") {
      const kc = this.int(k, loc)
      const kv = isPath(kc) ? undefined : this.tmp("$k")
      const kName = kv ?? kc
      const inner = this.exceptAt({ c: `R.fnApply(${old}, ${kName})`, r: base.r.range }, path, from + 1, value, ctx, loc)
      return { c: wrap(`R.fnSet(${old}, ${kName}, ${inner.c})`, kc, kv), r: base.r }
    }
    if (base.r.k === "record" && k.r.k === "strlit") return this.exceptAt(base, [{ kind: "field", name: k.r.v }, ...path.slice(from + 1)], 0, value, ctx, loc)
    return this.refuse(`EXCEPT of ${key(base.r)}`, loc)
  }

  private prefix(e: Extract<Expr, { kind: "prefix" }>, ctx: Ctx): Val {
    switch (e.op) {
      case "lnot":
        return { c: `!${this.bool(e.arg, ctx)}`, r: BOOL }
      case "negative":
        return { c: `-${this.int(this.ex(e.arg, ctx), e.loc)}`, r: INT }
      case "domain": {
        const f = this.ex(e.arg, ctx)
        if (f.r.k === "perIndex") return { c: "ALL", r: BITS }
        if (f.r.k === "seq") return { c: `R.range(1, ${f.c}.length)`, r: { k: "set", elem: INT }, range: ["1", `${f.c}.length`] }
        if (f.r.k === "fn") return { c: `${f.c}.keys`, r: { k: "set", elem: INT } }
        if (f.r.k === "record") return { c: "undefined", r: { k: "fields", names: f.r.fields.map(([n]) => n) } }
        if (f.r.k === "generic") return { c: /^constants\.\w+$/.test(f.c) ? this.once(`T.domain(${f.c})`, "T.Value") : `T.domain(${f.c})`, r: GENERIC }
        return this.refuse(`DOMAIN of ${key(f.r)}`, e.loc)
      }
      case "powerset": {
        const set = this.ex(e.arg, ctx)
        // SUBSET of a set of servers: every bitset within it, in increasing order (a sorted set of bitsets).
        if (set.r.k === "bits") return { c: `R.subsetsOf(${set.c})`, r: { k: "set", elem: BITS } }
        return this.refuse(`SUBSET of ${key(set.r)}`, e.loc)
      }
      default:
        return this.refuse(`the operator ${e.op}`, e.loc)
    }
  }

  private eq(a: Val, b: Val, loc: Loc): string {
    if (a.r.k === "strlit" && b.r.k === "strlit") return String(a.r.v === b.r.v)
    if (isScalar(a.r) && key(a.r) === key(b.r)) return `(${a.c} === ${b.c})`
    if (a.r.k === "atom" && b.r.k === "atom") return `(${a.c} === ${b.c})`
    if ((a.r.k === "emptySeq" && b.r.k === "seq") || (b.r.k === "emptySeq" && a.r.k === "seq")) return `(${a.r.k === "seq" ? a.c : b.c}.length === 0)`
    if ((a.r.k === "emptySet" && b.r.k === "bits") || (b.r.k === "emptySet" && a.r.k === "bits")) return `(${a.r.k === "bits" ? a.c : b.c} === 0)`
    if ((a.r.k === "emptySet" && b.r.k === "set") || (b.r.k === "emptySet" && a.r.k === "set")) return `(${a.r.k === "set" ? a.c : b.c}.length === 0)`
    const r = this.joinRep(a.r, b.r)
    if (r.k === "generic") return `T.eq(${this.toGeneric(a, loc)}, ${this.toGeneric(b, loc)})`
    return `R.eq(${this.coerce(a, r, loc)}, ${this.coerce(b, r, loc)})`
  }

  private member(x: Val, set: Val, loc: Loc): string {
    if (set.r.k === "bits") return `((${set.c} >> ${x.c}) & 1) === 1`
    if (set.r.k === "emptySet") return "false"
    if (set.r.k === "fields") return x.r.k === "strlit" ? String(set.r.names.includes(x.r.v)) : this.refuse("a string not known at compile time in a record's DOMAIN", loc)
    if (set.r.k === "set" && isScalar(set.r.elem)) return `${set.c}.includes(${this.coerce(x, set.r.elem, loc)})`
    if (set.r.k === "set") return `R.has(${set.c}, ${this.coerce(x, set.r.elem, loc)}, ${this.cmpFn(set.r.elem)})`
    if (set.r.k === "generic") {
      const test = `T.isIn(${this.toGeneric(x, loc)}, ${set.c})`
      // A literal in a constant set ("MaxEpoch" \in DOMAIN Parameters) is tested once.
      return /^\(\$const\d+ \?\?= [^()]*\([^()]*\)\)$/.test(set.c) && /^("\w*"|-?\d+)$/.test(x.c) ? this.once(test, "boolean") : test
    }
    return this.refuse(`membership in ${key(set.r)}`, loc)
  }

  private infix(e: Extract<Expr, { kind: "infix" }>, ctx: Ctx): Val {
    if (e.op === "compose") return this.compose(e, ctx)
    const a = this.ex(e.lhs, ctx)
    const b = this.ex(e.rhs, ctx)
    const ints = (op: string, r: CRep = BOOL): Val => ({ c: `(${this.int(a, e.loc)} ${op} ${this.int(b, e.loc)})`, r })
    switch (e.op) {
      case "eq":
        return { c: this.eq(a, b, e.loc), r: BOOL }
      case "neq":
        return { c: `!${this.eq(a, b, e.loc)}`, r: BOOL }
      case "lt":
        return ints("<")
      case "gt":
        return ints(">")
      case "leq":
        return ints("<=")
      case "geq":
        return ints(">=")
      case "plus":
        return ints("+", INT)
      case "minus":
        return ints("-", INT)
      case "mul":
        return ints("*", INT)
      case "in":
        return { c: this.member(a, b, e.loc), r: BOOL }
      case "notin":
        return { c: `!(${this.member(a, b, e.loc)})`, r: BOOL }
      case "implies":
        return { c: `(!${this.bool(e.lhs, ctx)} || ${this.bool(e.rhs, ctx)})`, r: BOOL }
      case "dots_2": {
        const lo = this.int(a, e.loc)
        const hi = this.int(b, e.loc)
        return { c: `R.range(${lo}, ${hi})`, r: { k: "set", elem: INT }, range: [lo, hi] }
      }
      case "cup":
      case "setminus":
      case "cap": {
        const r = this.joinRep(a.r, b.r)
        if (r.k === "bits") {
          const x = this.coerce(a, r, e.loc)
          const y = this.coerce(b, r, e.loc)
          return { c: e.op === "cup" ? `(${x} | ${y})` : e.op === "cap" ? `(${x} & ${y})` : `(${x} & ~${y})`, r }
        }
        if (r.k === "set") return { c: `R.${e.op === "cup" ? "union" : e.op === "cap" ? "intersect" : "minus"}(${this.coerce(a, r, e.loc)}, ${this.coerce(b, r, e.loc)}, ${this.cmpFn(r.elem)})`, r }
        return this.refuse(`${e.op} of ${key(a.r)} and ${key(b.r)}`, e.loc)
      }
      case "map_to":
        if (a.r.k === "strlit") return { c: `({ ${a.r.v}: ${this.coerce(b, this.concrete(b.r, e.loc), e.loc)} })`, r: { k: "record", fields: [[a.r.v, this.concrete(b.r, e.loc)]] } }
        return this.refuse(":> with a key not known at compile time", e.loc)
      case "circ":
        if (a.r.k === "strlit" && b.r.k === "strlit") return { c: JSON.stringify(a.r.v + b.r.v), r: { k: "strlit", v: a.r.v + b.r.v } }
        if (a.r.k === "strlit" || a.r.k === "generic" || b.r.k === "strlit" || b.r.k === "generic") return { c: `T.concat(${this.toGeneric(a, e.loc)}, ${this.toGeneric(b, e.loc)})`, r: GENERIC }
        if (a.r.k === "seq" || b.r.k === "seq") {
          const r = this.joinRep(a.r, b.r)
          return { c: `[...${this.coerce(a, r, e.loc)}, ...${this.coerce(b, r, e.loc)}]`, r }
        }
        return this.refuse(`\\o of ${key(a.r)}`, e.loc)
      default:
        return this.refuse(`the operator ${e.op}`, e.loc)
    }
  }

  /** f @@ g @@ ... of records: the fields of the leftmost operand that has each (known at compile time). */
  private compose(e: Extract<Expr, { kind: "infix" }>, ctx: Ctx): Val {
    const operands: Array<Expr> = []
    const flatten = (x: Expr): void => {
      if (x.kind === "infix" && x.op === "compose") {
        flatten(x.lhs)
        flatten(x.rhs)
      } else operands.push(x)
    }
    flatten(e)
    const vals = operands.map((x) => this.ex(x, ctx))
    const temps = vals.map(() => this.tmp("$r"))
    const fields = new Map<string, Val>()
    vals.forEach((v, k) => {
      if (v.r.k !== "record") this.refuse(`@@ of ${key(v.r)}`, e.loc)
      for (const [f, fr] of (v.r as Extract<Rep, { k: "record" }>).fields) if (!fields.has(f)) fields.set(f, { c: `${temps[k]}.${f}`, r: fr })
    })
    const sorted = [...fields].sort((p, q) => (p[0] < q[0] ? -1 : 1))
    // An operand that gives one field is read in place, and one that gives none and names a value is left
    // out; the others are evaluated once, as the parameters of a function applied in place.
    const uses = temps.map((t) => sorted.filter(([, v]) => v.c.startsWith(`${t}.`)).length)
    const inPlace = vals.map((v, k) => uses[k] === 1 || (uses[k] === 0 && isPath(v.c)))
    const result = `({ ${sorted.map(([f, v]) => {
      const k = temps.findIndex((t) => v.c.startsWith(`${t}.`))
      return `${f}: ${inPlace[k] ? `${vals[k]!.c}.${f}` : v.c}`
    }).join(", ")} })`
    const params = temps.flatMap((t, k) => (inPlace[k] ? [] : [`${uses[k] === 0 ? "_" : ""}${t}: ${this.tsOf(vals[k]!.r)}`]))
    return {
      c: params.length === 0 ? result : `((${params.join(", ")}) => ${result})(${vals.flatMap((v, k) => (inPlace[k] ? [] : [v.c])).join(", ")})`,
      r: { k: "record", fields: sorted.map(([f, v]) => [f, v.r as Rep] as const) },
    }
  }

  /** LET definitions: arity 0 ones as lazy values, the others as operators bound in the environment. */
  private letDefs(defs: ReadonlyArray<OpDef>, ctx: Ctx): { env: Env; decls: Array<string> } {
    let env = ctx.env
    const decls: Array<string> = []
    for (const d of defs) {
      if (d.params.length > 0 || d.recursive) {
        env = env.with([[d.name, { kind: "op", def: d, env }]])
        continue
      }
      // Lazy as TLC's LET, without a closure: computed where first used (typed values are never undefined).
      const v = this.ex(d.body, { ...ctx, env })
      const name = this.tmp(`${d.name}$`)
      decls.push(`let ${name}: ${this.tsOf(v.r)} | undefined`)
      env = env.with([[d.name, { kind: "val", v: { c: `(${name} ??= ${v.c})`, r: v.r }, def: { body: d.body, env } }]])
    }
    return { env, decls }
  }

  /** A name or an operator call: a bound value, a variable, a constant, an operator instance or a built-in. */
  private name(name: string, args: ReadonlyArray<Arg>, ctx: Ctx, loc: Loc): Val {
    const b = ctx.env.get(name)
    if (b !== undefined) {
      if (b.kind === "val") return b.v
      if (b.kind === "lambda") return this.ex(b.body, { ...ctx, env: b.env.with(b.params.map((p, k) => [p, { kind: "val", v: this.ex(args[k] as Expr, ctx) }] as const)) })
      return this.inline(b.def, b.env, args, ctx, loc)
    }
    if (args.length === 0 && this.config.reps.has(name)) {
      this.reading[this.reading.length - 1]?.add(name)
      return { c: `$s.${name}`, r: this.config.reps.get(name)! }
    }
    if (args.length === 0 && this.constants.has(name)) {
      if (name === this.config.indexSet) return { c: "ALL", r: BITS }
      const k = this.config.modelValues.indexOf(name)
      if (k >= 0) return { c: String(-1 - k), r: { k: "atom", indexed: false, names: [name] } }
      return { c: `constants.${name}`, r: GENERIC }
    }
    const def = this.defs.get(name)
    if (def !== undefined) return this.instance(def, args, ctx, loc)
    return this.builtin(name, args.map((a) => (a.kind === "lambda" ? this.refuse("a LAMBDA passed to a built-in", loc) : this.ex(a, ctx))), loc)
  }

  /** An operator whose parameters include operators: its body compiled where it is called. */
  private inline(def: OpDef, defEnv: Env, args: ReadonlyArray<Arg>, ctx: Ctx, loc: Loc): Val {
    if (def.recursive) return this.refuse(`the recursive LET operator ${def.name}`, loc)
    const bindings = def.params.map((p, k) => [p.name, this.argBinding(args[k]!, p.arity, ctx)] as const)
    return this.ex(def.body, { ...ctx, env: defEnv.with(bindings) })
  }

  private argBinding(a: Arg, arity: number, ctx: Ctx): Binding {
    if (arity > 0) {
      if (a.kind === "lambda") return { kind: "lambda", params: a.params, body: a.body, env: ctx.env }
      if (a.kind === "name") {
        const b = ctx.env.get(a.name)
        if (b !== undefined) return b
        const d = this.defs.get(a.name)
        if (d !== undefined) return { kind: "op", def: d, env: Env.empty() }
      }
      return this.refuse("an operator argument that is not a LAMBDA or an operator's name", a.loc)
    }
    return { kind: "val", v: this.ex(a as Expr, ctx) }
  }

  /**
   * A call of a top-level operator: its instance for these argument representations (a function written once,
   * the arguments evaluated once); an operator with operator parameters is compiled in place.
   */
  private instance(def: OpDef, args: ReadonlyArray<Arg>, ctx: Ctx, loc: Loc): Val {
    if (def.params.length !== args.length) return this.refuse(`${def.name} applied to ${args.length} arguments`, loc)
    if (def.params.some((p) => p.arity > 0)) return this.inline(def, Env.empty(), args, ctx, loc)
    const vals = args.map((a) => this.ex(a as Expr, ctx))
    // A string argument known at compile time is part of the instance (GetRecorder("nClientRequest")).
    const sig = `${def.name}(${vals.map((v) => key(v.r)).join(";")})${ctx.n === null ? "" : "'"}`
    let inst = this.instances.get(sig)
    if (inst === undefined) {
      inst = { name: this.uniqueName(def.name), r: null, reads: new Set<string>() }
      this.instances.set(sig, inst)
      this.reading.push(inst.reads)
      const params = def.params.map((p, k) => [p.name, { kind: "val", v: { c: vals[k]!.r.k === "strlit" ? vals[k]!.c : ident(p.name), r: vals[k]!.r } }] as const)
      const compileBody = (): Val => this.ex(def.body, { env: Env.empty().with(params as ReadonlyArray<readonly [string, Binding]>), at: null, n: ctx.n === null ? null : "$n" })
      let body = compileBody()
      if (inst.r !== null) {
        // Recursive: compiled again, the recursive calls now of the result's representation.
        inst.r = body.r
        body = compileBody()
        if (key(inst.r) !== key(body.r)) this.refuse(`the recursive ${def.name}, whose result is ${key(body.r)} where a recursive call took ${key(inst.r)}`, loc)
      }
      inst.r = body.r
      this.reading.pop()
      const lines = def.loc.line === def.loc.endLine ? `line ${def.loc.line}` : `lines ${def.loc.line}-${def.loc.endLine}`
      // An operator without parameters that reads no variable (Quorums) is a constant: evaluated once, when first called.
      const constant = def.params.length === 0 && inst.reads.size === 0 && !/\$[sn]\b/.test(body.c) && !/^(-?\d+|true|false|"\w*")$/.test(body.c)
      this.blocks.push({
        name: inst.name,
        lines: [
          `/** ${def.name}(${def.params.map((p) => p.name).join(", ")}): ${def.loc.file}, ${lines}${constant ? "; of the constants alone, evaluated once" : ""}. */`,
          ...(constant ? [`let ${inst.name}$value: ${this.tsOf(body.r)} | undefined`] : []),
          `function ${inst.name}(${/\$s\b/.test(body.c) ? "" : "_"}$s: TypedState, ${/\$n\b/.test(body.c) ? "" : "_"}$n: R.Partial | null${def.params.map((p, k) => `, ${vals[k]!.r.k === "strlit" || !new RegExp(`\\b${ident(p.name)}(?![\\w$])`).test(body.c) ? "_" : ""}${ident(p.name)}: ${this.tsOf(vals[k]!.r)}`).join("")}): ${this.tsOf(body.r)} {`,
          constant ? `  return (${inst.name}$value ??= ${body.c})` : `  return ${body.c}`,
          "}",
        ],
      })
    }
    // A recursive call while its instance is compiled the first time: the result's representation is not known yet.
    if (inst.r === null) inst.r = { k: "pending" }
    for (const v of inst.reads) this.reading[this.reading.length - 1]?.add(v)
    return { c: `${inst.name}($s, ${ctx.n ?? "null"}${vals.map((v) => `, ${v.c}`).join("")})`, r: inst.r }
  }

  private builtin(name: string, args: ReadonlyArray<Val>, loc: Loc): Val {
    const [a, b, c] = args
    switch (name) {
      case "Len":
        if (a!.r.k === "seq" || a!.r.k === "emptySeq") return { c: `${a!.c}.length`, r: INT }
        break
      case "Append":
        if (a!.r.k === "seq") return { c: `[...${a!.c}, ${this.coerce(b!, a!.r.elem, loc)}]`, r: a!.r }
        if (a!.r.k === "emptySeq") return { c: `[${b!.c}]`, r: { k: "seq", elem: this.concrete(b!.r, loc) } }
        break
      case "Head":
        if (a!.r.k === "seq") return { c: `R.at(${a!.c}, 1)`, r: a!.r.elem }
        break
      case "Tail":
        if (a!.r.k === "seq") return { c: `R.tail(${a!.c})`, r: a!.r }
        break
      case "SubSeq":
        if (a!.r.k === "seq") return { c: `R.subSeq(${a!.c}, ${this.int(b!, loc)}, ${this.int(c!, loc)})`, r: a!.r }
        break
      case "Cardinality":
        if (a!.r.k === "bits") return { c: `R.popCount(${a!.c})`, r: INT }
        if (a!.r.k === "set") return { c: `${a!.c}.length`, r: INT }
        if (a!.r.k === "emptySet") return { c: "0", r: INT }
        break
      case "ToString":
        return { c: `T.show(${this.toGeneric(a!, loc)})`, r: GENERIC }
      case "PrintT":
        return { c: `T.printT(${this.toGeneric(a!, loc)})`, r: BOOL }
    }
    return this.refuse(`the built-in ${name} of ${args.map((x) => key(x.r)).join(", ")}`, loc)
  }

  // -------------------------------------------------------------------------------------------------------
  // Actions.

  /** Whether e assigns primed variables (an action rather than a predicate). */
  private actionish(e: Expr, env: Env, seen: ReadonlySet<string> = new Set()): boolean {
    switch (e.kind) {
      // As TLC (and the generic emitter): a disjunction of several disjuncts and an \E branch, each true
      // disjunct and each witness giving a successor, even where they assign nothing.
      case "and":
        return e.items.some((x) => this.actionish(x, env, seen))
      case "or":
        return e.items.length > 1 || e.items.some((x) => this.actionish(x, env, seen))
      case "quant":
        return e.quantifier === "exists"
      case "if":
        return this.actionish(e.then, env, seen) || this.actionish(e.else, env, seen)
      case "case":
        return e.arms.some(([, x]) => this.actionish(x, env, seen)) || (e.other !== null && this.actionish(e.other, env, seen))
      case "let":
        return this.actionish(e.body, env, seen)
      case "infix":
        return (e.op === "eq" || e.op === "in") && e.lhs.kind === "prime"
      case "prefix":
        return e.op === "unchanged"
      case "name":
      case "call": {
        const b = env.get(e.name)
        if (b !== undefined) {
          if (b.kind === "val") return b.def !== undefined && !seen.has(`let:${e.name}`) && this.actionish(b.def.body, b.def.env, new Set([...seen, `let:${e.name}`]))
          return b.kind === "op" && !seen.has(e.name) && this.actionish(b.def.body, b.env, new Set([...seen, e.name]))
        }
        const d = this.defs.get(e.name)
        return d !== undefined && !seen.has(e.name) && this.actionish(d.body, Env.empty(), new Set([...seen, e.name]))
      }
      default:
        return false
    }
  }

  /** Statements of action e: `fail` abandons the branch; k writes what follows with the assignment. */
  private act(e: Expr, ctx: Ctx, out: Array<string>, fail: string, k: (n: string, fail: string) => void): void {
    const n = ctx.n!
    if (!this.actionish(e, ctx.env)) {
      out.push(`if (!(${this.bool(e, ctx)})) ${fail}`)
      k(n, fail)
      return
    }
    switch (e.kind) {
      case "and": {
        const step = (at: number, f: string): void => {
          if (at === e.items.length) return k(n, f)
          this.act(e.items[at]!, ctx, out, f, (_n, f2) => step(at + 1, f2))
        }
        step(0, fail)
        return
      }
      case "or": {
        const rest = this.continuation(out, k)
        const mark = this.tmp("$m")
        out.push(`const ${mark} = ${n}.mark()`)
        e.items.forEach((item) => {
          const label = this.tmp("or")
          out.push(`${label}: {`)
          this.act(item, ctx, out, `break ${label}`, (_n, f) => rest(f))
          out.push("}")
          out.push(`${n}.undo(${mark})`)
        })
        return
      }
      case "quant": {
        if (e.quantifier !== "exists") return this.refuse("\\A as an action", e.loc)
        const rest = this.continuation(out, k)
        const mark = this.tmp("$m")
        out.push(`const ${mark} = ${n}.mark()`)
        let env = ctx.env
        let opened = 0
        for (const b of e.bounds) {
          for (const name of b.names) {
            const set = this.ex(b.set, { ...ctx, env })
            const x = this.tmp("$w")
            if (set.r.k === "bits") out.push(`for (let ${x} = 0; ${x} < nServers; ${x}++) { if (((${set.c} >> ${x}) & 1) === 0) continue`)
            else if (set.r.k === "set") out.push(`for (const ${x} of ${set.c}) {`)
            else this.refuse(`\\E over ${key(set.r)} as an action`, e.loc)
            opened++
            env = env.with([[name, { kind: "val", v: { c: x, r: this.elemOf(set.r, e.loc) } }]])
          }
        }
        out.push(`${n}.undo(${mark})`)
        this.act(e.body, { ...ctx, env }, out, "continue", (_n, f) => rest(f))
        for (let j = 0; j < opened; j++) out.push("}")
        out.push(`${n}.undo(${mark})`)
        return
      }
      case "if": {
        const rest = this.continuation(out, k)
        out.push(`if (${this.bool(e.cond, ctx)}) {`)
        this.act(e.then, ctx, out, fail, (_n, f) => rest(f))
        out.push("} else {")
        this.act(e.else, ctx, out, fail, (_n, f) => rest(f))
        out.push("}")
        return
      }
      case "case": {
        const rest = this.continuation(out, k)
        e.arms.forEach(([g, x], index) => {
          out.push(`${index === 0 ? "if" : "} else if"} (${this.bool(g, ctx)}) {`)
          this.act(x, ctx, out, fail, (_n, f) => rest(f))
        })
        out.push("} else {")
        if (e.other === null) out.push(`T.caseFail(${JSON.stringify(`${e.loc.file}:${e.loc.line}`)})`)
        else this.act(e.other, ctx, out, fail, (_n, f) => rest(f))
        out.push("}")
        return
      }
      case "let": {
        const { env, decls } = this.letDefs(e.defs, ctx)
        out.push("{")
        out.push(...decls)
        this.act(e.body, { ...ctx, env }, out, fail, k)
        out.push("}")
        return
      }
      case "infix": {
        if (e.lhs.kind !== "prime" || e.lhs.arg.kind !== "name") return this.refuse("an assignment to something other than a primed variable", e.loc)
        const v = e.lhs.arg.name
        const r = this.config.reps.get(v)!
        const slot = this.config.variables.indexOf(v)
        if (e.op === "eq") {
          out.push(`if (!${n}.bind(${slot}, ${this.coerce(this.ex(e.rhs, ctx), r, e.loc)})) ${fail}`)
          k(n, fail)
          return
        }
        return this.refuse("x' \\in S (typed back end)", e.loc)
      }
      case "prefix": {
        if (e.op !== "unchanged") return this.refuse(`${e.op} as an action`, e.loc)
        const vars = this.unchangedVars(e.arg)
        out.push(`if (!(${vars.map((v) => `${n}.bind(${this.config.variables.indexOf(v)}, $s.${v})`).join(" && ")})) ${fail}`)
        k(n, fail)
        return
      }
      case "name":
      case "call": {
        const args = e.kind === "call" ? e.args : []
        const b = ctx.env.get(e.name)
        if (b !== undefined && b.kind === "val" && b.def !== undefined && args.length === 0) {
          // A LET definition of arity 0 that TLC evaluates as an action (it is lazy, so it is entered).
          this.act(b.def.body, { ...ctx, env: b.def.env }, out, fail, k)
          return
        }
        if (b !== undefined) {
          if (b.kind !== "op" || b.def.params.length !== args.length) return this.refuse(`the action ${e.name}`, e.loc)
          const bindings = b.def.params.map((p, j) => [p.name, this.argBinding(args[j]!, p.arity, ctx)] as const)
          this.act(b.def.body, { ...ctx, env: b.env.with(bindings) }, out, fail, k)
          return
        }
        const d = this.defs.get(e.name)
        if (d === undefined) return this.refuse(`the action ${e.name}`, e.loc)
        // Action operators are compiled in place, their parameters bound to the arguments' values.
        const bindings = d.params.map((p, j) => {
          const bind = this.argBinding(args[j]!, p.arity, ctx)
          if (bind.kind !== "val") return [p.name, bind] as const
          const x = this.tmp(`${p.name}$`)
          out.push(`const ${x} = ${bind.v.c}`)
          return [p.name, { kind: "val", v: { c: x, r: bind.v.r } }] as const
        })
        out.push(`// ${d.name}: ${d.loc.file}, lines ${d.loc.line}-${d.loc.endLine}`)
        out.push("{")
        this.act(d.body, { ...ctx, env: Env.empty().with(bindings as ReadonlyArray<readonly [string, Binding]>) }, out, fail, k)
        out.push("}")
        return
      }
      default:
        return this.refuse(`${e.kind} as an action`, e.loc)
    }
  }

  /**
   * What follows a branch point, for each branch to continue with: a short one written again at each place
   * (no closure made per call of the action), a longer one as a function `$kN` defined here and called there.
   */
  private continuation(out: Array<string>, k: (n: string, fail: string) => void): (fail: string) => void {
    const start = out.length
    k("$n", "return")
    const body = out.splice(start)
    if (body.length <= TypedActionCompiler.inlineLines && body.join("\n").length <= TypedActionCompiler.inlineChars) return (fail) => k("$n", fail)
    const name = this.tmp("$k")
    out.push(`const ${name} = (): void => {`, ...body, "}")
    return () => out.push(`${name}()`)
  }

  /** A continuation this short or shorter is written at each place that continues with it. */
  private static readonly inlineLines = 12
  private static readonly inlineChars = 3000

  private unchangedVars(e: Expr): Array<string> {
    if (e.kind === "tuple") return e.items.flatMap((x) => this.unchangedVars(x))
    if (e.kind === "name") {
      if (this.config.reps.has(e.name)) return [e.name]
      const d = this.defs.get(e.name)
      if (d !== undefined && d.params.length === 0) return this.unchangedVars(d.body)
    }
    return this.refuse("UNCHANGED of something other than variables", e.loc)
  }

  /** A state predicate (an invariant): `name($s)`, over the typed state. */
  predicate(name: string): { readonly call: string; readonly reads: ReadonlyArray<string> } {
    const d = this.defs.get(name)
    if (d === undefined || d.params.length > 0) throw new Error(`no state predicate ${name}`)
    const reads = new Set<string>()
    this.reading.push(reads)
    const v = this.instance(d, [], { env: Env.empty(), at: null, n: null }, d.loc)
    this.reading.pop()
    if (v.r.k !== "bool") return this.refuse(`the invariant ${name}, a ${key(v.r)}`, d.loc)
    return { call: v.c.replace("($s, null", "(s, null"), reads: this.config.variables.filter((x) => reads.has(x)) }
  }

  /**
   * The actions of Next as `\/ \E i, j \in Server: A(i, j)` or `\/ A`: their names and parameters, in order
   * (anything else is refused).
   */
  nextActions(next: string): Array<{ readonly name: string; readonly params: ReadonlyArray<string> }> {
    const d = this.defs.get(next)
    if (d === undefined) throw new Error(`no ${next}`)
    const items = d.body.kind === "or" ? d.body.items : [d.body]
    return items.map((item) => {
      let params: Array<string> = []
      let body = item
      if (item.kind === "quant" && item.quantifier === "exists") {
        for (const b of item.bounds) {
          if (!(b.set.kind === "name" && b.set.name === this.config.indexSet)) this.refuse(`a disjunct of ${next} whose \E ranges over something other than ${this.config.indexSet}`, b.set.loc)
          params = [...params, ...b.names]
        }
        body = item.body
      }
      const args = body.kind === "call" ? body.args : body.kind === "name" ? [] : null
      if (args === null || (body.kind !== "call" && body.kind !== "name")) return this.refuse(`a disjunct of ${next} that is not an action applied to its \E's names`, item.loc)
      if (args.length !== params.length || args.some((a, k) => a.kind !== "name" || a.name !== params[k])) this.refuse(`a disjunct of ${next} that is not an action applied to its \E's names`, item.loc)
      return { name: body.name, params }
    })
  }

  /**
   * The leading conjuncts of the action `name` that are plain guards (no primed variable, no branching) on no
   * parameter or on its first one alone, compiled with the parameters named by `names`: the explorer's loop
   * over argument tuples tests them before calling the action (which tests them again), so that a leader's
   * guard rules out every tuple of a server that is not one. The guards stop at the first conjunct that is
   * not such a guard and keep the action's order, so that they are evaluated only where the action would
   * evaluate them.
   */
  leadingGuards(name: string, names: ReadonlyArray<string>): Array<{ readonly code: string; readonly depth: 0 | 1 }> {
    const d = this.defs.get(name)
    if (d === undefined) throw new Error(`no action ${name}`)
    const params = d.params.map((p) => p.name)
    const env = Env.empty().with(params.map((p, k) => [p, { kind: "val", v: { c: names[k]!, r: SERVER } }] as const))
    const mentions = (e: unknown, p: string): boolean => {
      if (Array.isArray(e)) return e.some((x) => mentions(x, p))
      if (typeof e !== "object" || e === null) return false
      const node = e as { kind?: unknown; name?: unknown }
      if ((node.kind === "name" || node.kind === "call") && node.name === p) return true
      return Object.values(e).some((x) => mentions(x, p))
    }
    const out: Array<{ code: string; depth: 0 | 1 }> = []
    for (const item of d.body.kind === "and" ? d.body.items : [d.body]) {
      if (item.kind === "let" || this.actionish(item, env)) break
      if (params.slice(1).some((p) => mentions(item, p))) break
      const code = this.bool(item, { env, at: null, n: null })
      if (/R\.primed\(/.test(code)) break
      // A guard after one on the first parameter stays after it (tested in the loop): the order is the action's.
      out.push({ code, depth: out.some((g) => g.depth === 1) || (params.length > 0 && mentions(item, params[0]!)) ? 1 : 0 })
    }
    return out
  }

  /**
   * The function of the action `name` with parameters over the index set: `name_act($s, $n, $k, ...params)`,
   * calling $k once per successor with the completed assignment.
   */
  action(name: string): { fn: string; params: ReadonlyArray<string> } {
    const d = this.defs.get(name)
    if (d === undefined) throw new Error(`no action ${name}`)
    const fn = this.uniqueName(`${name}_act`)
    const out: Array<string> = []
    const env = Env.empty().with(d.params.map((p) => [p.name, { kind: "val", v: { c: ident(p.name), r: SERVER } }] as const))
    // `out` collects the body (continuations push to it too, so it is written after the body is compiled).
    const body: Array<string> = []
    this.act(d.body, { env, at: null, n: "$n" }, body, "return", () => body.push("$k($n)"))
    out.push(`/** ${d.name}(${d.params.map((p) => p.name).join(", ")}) as an action: ${d.loc.file}, lines ${d.loc.line}-${d.loc.endLine}. */`)
    out.push(`function ${fn}($s: TypedState, $n: R.Partial, $k: (n: R.Partial) => void, ${d.params.map((p) => `${ident(p.name)}: number`).join(", ")}): void {`)
    out.push(...body.map((l) => `  ${l}`))
    out.push("}")
    this.lines.push(...out)
    return { fn, params: d.params.map((p) => p.name) }
  }
}
