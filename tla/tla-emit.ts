/**
 * The typed AST of a spec -> readable TypeScript: a model generated from the TLA+ source, which the
 * explorer (model/tla-spec.ts) runs as it runs the hand translation.
 *
 * What the generated file holds:
 * - `variables`, and `State`: an effect Schema with one field per variable, a generic TLA+ value each. Where
 *   the configuration gives the constants' types, each field's comment is the variable's type as tla-types.ts
 *   infers it from Init and the actions (Zab.tla has no TypeOK); the generated code does not use it yet.
 * - `Constants`: the CONSTANTS, plus each definition the configuration overrides (as TLC's `<-` does; Zab.tla's
 *   NullPoint, whose unbounded CHOOSE TLC cannot evaluate either).
 * - `make<Module>(constants)`: one function per operator reached from Init, Next and the invariants, named as
 *   in the spec, each with a comment naming its TLA+ lines; the actions of Next (its disjuncts
 *   `\E params: Name(params)`, unfolded as TLC's coverage names them) and the invariants.
 *
 * Semantics follow TLC's evaluation of actions (Tool.getNextStates), because the state counts depend on it:
 * a conjunction is evaluated left to right; `x' = e` assigns x' when unassigned and compares otherwise;
 * UNCHANGED assigns each variable; a disjunction and an `\E` branch (each true disjunct or witness yields
 * its own successor, duplicates included, which is what TLC counts as generated); IF and CASE pick their
 * branch; an operator whose body does any of that is entered (its "action form", `Name_act`); anything else
 * is a guard. Expressions are evaluated lazily where TLC is lazy (LET definitions of arity 0).
 *
 * Anything outside the subset is refused with UnsupportedConstruct (construct, file, line, column).
 */
import type { Arg, Bound, Expr, Loc, Module, OpDef } from "./tla-ast.js"
import { UnsupportedConstruct } from "./tla-ast.js"
import { type TlaType, inferVariableTypes, showType } from "./tla-types.js"

/** What to translate, as a TLC configuration would say it. */
export interface EmitConfig {
  /** The spec's file name as the generated header names it (relative, e.g. tla/specs/Zab.tla). */
  readonly source: string
  readonly init: string
  readonly next: string
  readonly invariants: ReadonlyArray<string>
  /** Definitions replaced by a constant of the same name (TLC's `Name <- value`). */
  readonly overrides: ReadonlyArray<string>
  /** Definitions replaced by another definition of the spec, same arity (TLC's `Name <- Other` in a configuration). */
  readonly substitutions?: Readonly<Record<string, string>>
  /** The spec's type invariant, if it has one: it refines the State schema (`typeOK(constants)`). */
  readonly typeOK?: string
  /** State constraints (TLC's CONSTRAINT): a state that fails one is counted and checked but not explored. */
  readonly constraints?: ReadonlyArray<string>
  /**
   * The types of the constants, where the configuration knows them (model values, a set of them, integers):
   * then each variable's type is inferred (tla-types.ts) and written beside it in the State schema.
   */
  readonly constantTypes?: Readonly<Record<string, TlaType>>
}

/** The modules of the standard library the subset covers; their operators are built in. */
export const standardModules: ReadonlySet<string> = new Set(["Naturals", "Integers", "Sequences", "FiniteSets", "TLC"])

type Kind = "bool" | "int" | "value"
interface Code {
  readonly c: string
  readonly t: Kind
}

type Binding =
  | { readonly kind: "local"; readonly ts: string }
  | { readonly kind: "opParam"; readonly ts: string; readonly arity: number }
  | { readonly kind: "letDef"; readonly def: OpDef; readonly ts: string; readonly env: Env; readonly eager?: boolean }

/** Lexical scope: TLA+ forbids redeclaring a name in scope, so a chain of maps suffices. */
class Env {
  constructor(
    private readonly vars: ReadonlyMap<string, Binding>,
    private readonly parent: Env | null,
  ) {}
  static empty(): Env {
    return new Env(new Map(), null)
  }
  with(bindings: ReadonlyArray<readonly [string, Binding]>): Env {
    return new Env(new Map(bindings), this)
  }
  get(name: string): Binding | undefined {
    return this.vars.get(name) ?? this.parent?.get(name)
  }
}

type Mode = "next" | "init"

interface Ctx {
  readonly env: Env
  /** The TS name of the partial assignment in scope (primed variables; unprimed while Init is evaluated), or null. */
  readonly n: string | null
  /** Whether unprimed variables read the current state ($s); false in Init, where they read $n. */
  readonly hasState: boolean
  readonly mode: Mode
  /** The TS name of @ inside an EXCEPT value, or null. */
  readonly at: string | null
}

interface DefInfo {
  readonly def: OpDef
  usesState: boolean
  usesPrimes: boolean
}

/** Names of the standard modules' operators (by arity), built in. */
const builtins: ReadonlyMap<string, number> = new Map([
  ["Len", 1],
  ["Append", 2],
  ["Head", 1],
  ["Tail", 1],
  ["SubSeq", 3],
  ["SelectSeq", 2],
  ["Cardinality", 1],
  ["ToString", 1],
  ["PrintT", 1],
  ["Print", 2],
  ["Assert", 2],
  ["Seq", 1],
])

/**
 * Names a TLA+ identifier cannot keep in the generated TypeScript: the language's reserved words, and the
 * names the generated file itself uses where spec names are in scope (the runtime `T`, the variable slots
 * `V`, the State schema, the factory's locals). Such an identifier gets a trailing underscore.
 */
/** The kinds of constant expression worth evaluating once: those that build or look up a value. */
const hoistable: ReadonlySet<Expr["kind"]> = new Set(["call", "prefix", "infix", "setEnum", "tuple", "record", "recordSet", "apply", "field", "fnSet", "if", "case"])

const reserved: ReadonlySet<string> = new Set([
  ..."break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await any boolean number string symbol type of as from".split(" "),
  ..."T V State Schema Constants Continue GeneratedAction GeneratedSpec variables stateOf viewOf blank constants typeOK problems out args emit states undefined NaN Infinity Object Array Math".split(" "),
])

class Out {
  private readonly lines: Array<string> = []
  private depth = 0
  line(text: string): void {
    // A multi-line text (an expression with a LET inside) is indented as a whole.
    for (const l of text.split("\n")) this.lines.push(l === "" ? "" : "  ".repeat(this.depth) + l)
  }
  open(text: string): void {
    this.line(text)
    this.depth++
  }
  close(text = "}"): void {
    this.depth--
    this.line(text)
  }
  text(): string {
    return this.lines.join("\n")
  }
  /** Where the next line goes, to insert before it or read what follows it later. */
  mark(): number {
    return this.lines.length
  }
  since(mark: number): string {
    return this.lines.slice(mark).join("\n")
  }
  insert(mark: number, text: ReadonlyArray<string>, depth = this.depth): void {
    this.lines.splice(mark, 0, ...text.map((t) => (t === "" ? "" : "  ".repeat(depth) + t)))
  }
  replace(mark: number, text: string): void {
    this.lines[mark] = text
  }
  get(mark: number): string {
    return this.lines[mark]!
  }
}

export class Emitter {
  private readonly defs = new Map<string, DefInfo>()
  private readonly constants: ReadonlySet<string>
  private readonly variables: ReadonlyArray<string>
  private readonly varIndex: ReadonlyMap<string, number>
  private readonly overrides: ReadonlySet<string>
  private readonly refused: ReadonlyMap<string, UnsupportedConstruct>
  private readonly out = new Out()
  /** Expression forms and action forms (per mode) requested and emitted. */
  private readonly wantExpr = new Set<string>()
  private readonly wantAct = new Set<string>()
  private readonly queue: Array<() => void> = []
  private readonly actionishMemo = new Map<string, boolean>()
  private fresh = 0
  /** Whether Init reads variables through an operator (viewOf is then emitted). */
  private usesView = false
  /** Constant expressions evaluated once (see ex): their code and the name of their lazy value. */
  private readonly hoisted = new Map<string, string>()

  constructor(
    private readonly module: Module,
    private readonly modules: ReadonlyArray<Module & { readonly refused: ReadonlyMap<string, UnsupportedConstruct> }>,
    private readonly config: EmitConfig,
  ) {
    const constants = new Set<string>()
    const variables: Array<string> = []
    const refused = new Map<string, UnsupportedConstruct>()
    for (const m of modules) {
      for (const c of m.constants) constants.add(c)
      variables.push(...m.variables)
      for (const d of m.defs) this.defs.set(d.name, { def: d, usesState: false, usesPrimes: false })
      for (const [k, v] of m.refused) refused.set(k, v)
    }
    for (const [name, by] of Object.entries(config.substitutions ?? {})) {
      const old = this.defs.get(name)
      const replacement = this.defs.get(by)
      if (old === undefined || replacement === undefined) throw new Error(`the configuration substitutes ${by} for ${name}, which the spec does not both define`)
      if (old.def.params.length !== replacement.def.params.length) throw new Error(`the configuration substitutes ${by} for ${name}, whose arities differ`)
      this.defs.set(name, { def: { ...replacement.def, name }, usesState: false, usesPrimes: false })
      const why = refused.get(by)
      if (why !== undefined) refused.set(name, why)
      else refused.delete(name)
    }
    this.refused = refused
    this.overrides = new Set(config.overrides)
    for (const o of config.overrides) {
      if (!this.defs.has(o)) throw new Error(`the configuration overrides ${o}, which the spec does not define`)
      constants.add(o)
    }
    this.constants = constants
    this.variables = variables
    this.varIndex = new Map(variables.map((v, k) => [v, k]))
    for (const name of [config.init, config.next, ...config.invariants, ...(config.typeOK === undefined ? [] : [config.typeOK]), ...(config.constraints ?? [])]) {
      if (!this.defs.has(name)) throw new Error(`the configuration names ${name}, which the spec does not define`)
    }
    this.analyse()
  }

  // ---------------------------------------------------------------------------------------------------------
  // Analysis: which definitions read the state or primed variables (their TS signatures depend on it).

  private def(name: string, loc: Loc): DefInfo {
    const info = this.defs.get(name)
    if (info === undefined) throw new UnsupportedConstruct(`unknown operator ${name}`, loc)
    const refused = this.refused.get(name)
    if (refused !== undefined) throw refused
    return info
  }

  private isDef(name: string): boolean {
    return this.defs.has(name) && !this.overrides.has(name)
  }

  private analyse(): void {
    // A fixpoint over the definitions' direct uses; cheap for specs of this size.
    const direct = new Map<string, { state: boolean; primes: boolean; calls: Set<string> }>()
    for (const [name, info] of this.defs) {
      if (this.overrides.has(name) || this.refused.has(name)) continue
      const use = { state: false, primes: false, calls: new Set<string>() }
      const params = new Set(info.def.params.map((p) => p.name))
      this.scan(info.def.body, params, use)
      direct.set(name, use)
    }
    let changed = true
    while (changed) {
      changed = false
      for (const [name, use] of direct) {
        const info = this.defs.get(name)!
        let state = use.state
        let primes = use.primes
        for (const c of use.calls) {
          const callee = this.defs.get(c)
          if (callee === undefined) continue
          state ||= callee.usesState
          primes ||= callee.usesPrimes
        }
        if (state !== info.usesState || primes !== info.usesPrimes) {
          info.usesState = state
          info.usesPrimes = primes
          changed = true
        }
      }
    }
  }

  /** Direct uses in e: variables (unprimed / primed) and top-level definitions called. `bound` are names bound locally. */
  private scan(e: Arg, bound: ReadonlySet<string>, use: { state: boolean; primes: boolean; calls: Set<string>; vars?: Set<string> }): void {
    const rec = (x: Arg, b: ReadonlySet<string> = bound): void => this.scan(x, b, use)
    const withNames = (names: ReadonlyArray<string>): Set<string> => new Set([...bound, ...names])
    switch (e.kind) {
      case "num":
      case "str":
      case "bool":
      case "builtinSet":
      case "at":
        return
      case "name":
        if (bound.has(e.name)) return
        if (this.varIndex.has(e.name)) {
          use.state = true
          use.vars?.add(e.name)
        }
        else if (this.isDef(e.name)) use.calls.add(e.name)
        return
      case "call":
        if (!bound.has(e.name) && this.isDef(e.name)) use.calls.add(e.name)
        for (const a of e.args) rec(a)
        return
      case "infix":
        rec(e.lhs)
        rec(e.rhs)
        return
      case "prefix":
        if (e.op === "unchanged") use.primes = true
        rec(e.arg)
        return
      case "prime":
        use.primes = true
        if (e.arg.kind !== "name") rec(e.arg)
        else if (!this.varIndex.has(e.arg.name)) rec(e.arg)
        return
      case "and":
      case "or":
      case "setEnum":
      case "tuple":
        for (const x of e.items) rec(x)
        return
      case "quant":
      case "setMap":
      case "fnLit": {
        const names = e.bounds.flatMap((b) => b.names)
        for (const b of e.bounds) rec(b.set)
        rec(e.kind === "setMap" ? e.map : e.body, withNames(names))
        return
      }
      case "choose":
        rec(e.set)
        rec(e.body, withNames([e.name]))
        return
      case "setFilter":
        rec(e.set)
        rec(e.filter, withNames([e.name]))
        return
      case "fnSet":
        rec(e.domain)
        rec(e.range)
        return
      case "record":
      case "recordSet":
        for (const [, x] of e.fields) rec(x)
        return
      case "apply":
        rec(e.fn)
        for (const x of e.args) rec(x)
        return
      case "field":
        rec(e.record)
        return
      case "except":
        rec(e.base)
        for (const u of e.updates) {
          for (const step of u.path) if (step.kind === "index") for (const x of step.args) rec(x)
          rec(u.value)
        }
        return
      case "if":
        rec(e.cond)
        rec(e.then)
        rec(e.else)
        return
      case "case":
        for (const [g, x] of e.arms) {
          rec(g)
          rec(x)
        }
        if (e.other !== null) rec(e.other)
        return
      case "let": {
        const names = withNames(e.defs.map((d) => d.name))
        for (const d of e.defs) rec(d.body, new Set([...names, ...d.params.map((p) => p.name)]))
        rec(e.body, names)
        return
      }
      case "lambda":
        rec(e.body, withNames(e.params))
        return
    }
  }

  /** The variables a definition reads, directly or through the definitions it calls, in declaration order. */
  private variablesRead(name: string): Array<string> {
    const info = this.defs.get(name)!
    return this.variablesReadBy([info.def.body], new Set(info.def.params.map((p) => p.name)))
  }

  /** The variables these expressions read (`bound`: names bound around them), directly or through the definitions they call. */
  private variablesReadBy(es: ReadonlyArray<Expr>, bound: ReadonlySet<string>): Array<string> {
    const vars = new Set<string>()
    const done = new Set<string>()
    const visit = (n: string): void => {
      if (done.has(n)) return
      done.add(n)
      const info = this.defs.get(n)!
      const use = { state: false, primes: false, calls: new Set<string>(), vars }
      this.scan(info.def.body, new Set(info.def.params.map((p) => p.name)), use)
      for (const c of use.calls) visit(c)
    }
    for (const e of es) {
      const use = { state: false, primes: false, calls: new Set<string>(), vars }
      this.scan(e, bound, use)
      for (const c of use.calls) visit(c)
    }
    return this.variables.filter((v) => vars.has(v))
  }

  // ---------------------------------------------------------------------------------------------------------
  // Which expressions TLC evaluates as actions (branching, assigning) rather than as a boolean guard.

  private actionish(e: Expr, ctx: Ctx, visiting: ReadonlySet<string> = new Set()): boolean {
    switch (e.kind) {
      case "and":
        return e.items.some((x) => this.actionish(x, ctx, visiting))
      case "or":
        return e.items.length > 1 || e.items.some((x) => this.actionish(x, ctx, visiting))
      case "quant":
        return e.quantifier === "exists"
      case "if":
        return this.actionish(e.then, ctx, visiting) || this.actionish(e.else, ctx, visiting)
      case "case":
        return e.arms.some(([, x]) => this.actionish(x, ctx, visiting)) || (e.other !== null && this.actionish(e.other, ctx, visiting))
      case "let": {
        const env = this.letEnv(e.defs, ctx)
        return this.actionish(e.body, { ...ctx, env }, visiting)
      }
      case "infix":
        if (e.op !== "eq" && e.op !== "in") return false
        return this.assignTarget(e.lhs, ctx) !== null
      case "prefix":
        return e.op === "unchanged"
      case "name":
      case "call": {
        const b = ctx.env.get(e.name)
        if (b !== undefined) {
          if (b.kind !== "letDef" || b.def.params.length > 0) return false
          if (visiting.has(`let:${b.ts}`)) return false
          return this.actionish(b.def.body, { ...ctx, env: b.env }, new Set([...visiting, `let:${b.ts}`]))
        }
        if (!this.isDef(e.name)) return false
        return this.defActionish(e.name, ctx.mode, e.loc, visiting)
      }
      default:
        return false
    }
  }

  private defActionish(name: string, mode: Mode, loc: Loc, visiting: ReadonlySet<string>): boolean {
    const key = `${mode}:${name}`
    const memo = this.actionishMemo.get(key)
    if (memo !== undefined) return memo
    if (visiting.has(key)) return false
    const info = this.def(name, loc)
    const env = Env.empty().with(info.def.params.map((p) => [p.name, p.arity === 0 ? { kind: "local", ts: ident(p.name) } : { kind: "opParam", ts: ident(p.name), arity: p.arity }] as const))
    const result = this.actionish(info.def.body, { env, n: "$n", hasState: mode === "next", mode, at: null }, new Set([...visiting, key]))
    this.actionishMemo.set(key, result)
    return result
  }

  /** The variable index x' = ... (or, in Init, x = ...) assigns, or null. */
  private assignTarget(lhs: Expr, ctx: Ctx): number | null {
    if (ctx.mode === "next") {
      if (lhs.kind !== "prime" || lhs.arg.kind !== "name" || ctx.env.get(lhs.arg.name) !== undefined) return null
      return this.varIndex.get(lhs.arg.name) ?? null
    }
    if (lhs.kind !== "name" || ctx.env.get(lhs.name) !== undefined) return null
    return this.varIndex.get(lhs.name) ?? null
  }

  // ---------------------------------------------------------------------------------------------------------
  // Expressions.

  private tmp(prefix: string): string {
    this.fresh++
    return `${prefix}${this.fresh}`
  }

  private bool(x: Code): string {
    return x.t === "bool" ? x.c : `T.bool(${x.c})`
  }

  private int(x: Code): string {
    return x.t === "int" ? x.c : `T.int(${x.c})`
  }

  private letEnv(defs: ReadonlyArray<OpDef>, ctx: Ctx, body?: Expr): Env {
    // LET definitions see each other in order (and themselves when RECURSIVE): bind them all in one scope.
    const bindings: Array<[string, Binding]> = []
    let env = ctx.env
    const eager = body === undefined ? new Set<string>() : this.eagerLets(defs, body)
    for (const d of defs) {
      const binding: Binding = { kind: "letDef", def: d, ts: ident(d.name), env: ctx.env, eager: eager.has(d.name) }
      bindings.push([d.name, binding])
    }
    env = ctx.env.with(bindings)
    // Each definition's body is evaluated in the scope that holds all of them.
    for (const [, b] of bindings) (b as { env: Env }).env = env
    return env
  }

  /**
   * The LET definitions of arity 0 evaluated where the LET is reached rather than when first used: those the
   * body surely evaluates first thing (see demanded), and those these surely evaluate, when they read no
   * primed variable (whose value the body may assign first). TLC evaluates them in any case, so evaluating
   * them earlier changes no successor; it saves the lazy thunk.
   */
  private eagerLets(defs: ReadonlyArray<OpDef>, body: Expr): Set<string> {
    const candidates = new Set<string>()
    for (const d of defs) {
      if (d.params.length > 0 || d.recursive) continue
      const use = { state: false, primes: false, calls: new Set<string>() }
      this.scan(d.body, new Set(), use)
      if (use.primes || [...use.calls].some((c) => this.defs.get(c)?.usesPrimes === true)) continue
      candidates.add(d.name)
    }
    const eager = new Set<string>()
    const add = (names: ReadonlySet<string>): void => {
      for (const n of names) {
        if (eager.has(n) || !candidates.has(n)) continue
        eager.add(n)
        add(this.demanded(defs.find((d) => d.name === n)!.body, candidates))
      }
    }
    add(this.demanded(body, candidates))
    return eager
  }

  /**
   * Which of `names` (LET definitions of arity 0) evaluating e surely evaluates: a conservative reading of
   * TLC's evaluation order, in which only the first conjunct or disjunct, an IF's or CASE's first condition, a
   * quantifier's first set, and every operand of an operator that needs them all are sure to be evaluated.
   * A user-defined operator's arguments are not (TLC passes them unevaluated).
   */
  private demanded(e: Expr, names: ReadonlySet<string>): Set<string> {
    const out = new Set<string>()
    const go = (x: Arg): void => {
      switch (x.kind) {
        case "name":
          if (names.has(x.name)) out.add(x.name)
          return
        case "call":
          if (builtins.has(x.name) && !this.isDef(x.name)) for (const a of x.args) go(a)
          return
        case "infix":
          go(x.lhs)
          if (x.op !== "implies") go(x.rhs)
          return
        case "prefix":
          if (x.op !== "unchanged") go(x.arg)
          return
        case "and":
        case "or":
          if (x.items.length > 0) go(x.items[0]!)
          return
        case "if":
          go(x.cond)
          return
        case "case":
          if (x.arms.length > 0) go(x.arms[0]![0])
          return
        case "apply":
          go(x.fn)
          for (const a of x.args) go(a)
          return
        case "field":
          go(x.record)
          return
        case "tuple":
        case "setEnum":
          for (const a of x.items) go(a)
          return
        case "record":
          for (const [, a] of x.fields) go(a)
          return
        case "quant":
        case "setMap":
        case "fnLit":
          if (x.bounds.length > 0) go(x.bounds[0]!.set)
          return
        case "choose":
        case "setFilter":
          go(x.set)
          return
        case "except":
          go(x.base)
          return
        case "let":
          // Its own definitions have other names (TLA+ forbids redeclaring a name in scope).
          go(x.body)
          return
        default:
          return
      }
    }
    go(e)
    return out
  }

  /**
   * The TS declarations of LET definitions (lazy for arity 0, functions otherwise), in ctx extended by letEnv;
   * only those the code `using` refers to (directly or through another kept one): an unused LET definition is
   * never evaluated, so leaving it out changes nothing.
   */
  private letDecls(defs: ReadonlyArray<OpDef>, ctx: Ctx, using: string): Array<string> {
    const decls = defs.map((d) => {
      if (d.params.length === 0) {
        const b = ctx.env.get(d.name)
        if (b !== undefined && b.kind === "letDef" && b.eager === true) return `const ${ident(d.name)}: T.Value = ${this.ex(d.body, ctx).c}`
        return `const ${ident(d.name)} = T.once((): T.Value => ${this.ex(d.body, ctx).c})`
      }
      const inner = { ...ctx, env: ctx.env.with(d.params.map((p) => [p.name, paramBinding(p)] as const)) }
      const body = this.ex(d.body, inner).c
      return `function ${ident(d.name)}(${d.params.map((p) => paramDecl(p, body)).join(", ")}): T.Value {\n  return ${body}\n}`
    })
    const kept = new Set<number>()
    let text = using
    let grew = true
    while (grew) {
      grew = false
      defs.forEach((d, k) => {
        if (kept.has(k) || lambdaParam(ident(d.name), text) !== ident(d.name)) return
        kept.add(k)
        text += `\n${decls[k]!}`
        grew = true
      })
    }
    return decls.filter((_, k) => kept.has(k))
  }

  private varRead(name: string, ctx: Ctx, loc: Loc): Code {
    if (ctx.hasState) return { c: `$s.${name}`, t: "value" }
    if (ctx.n === null) throw new UnsupportedConstruct(`variable ${name} read where no state exists`, loc)
    return { c: `T.primed(${ctx.n}, V.${name}, ${JSON.stringify(name)})`, t: "value" }
  }

  /** The TS arguments that pass the state and the next-state assignment to a definition that needs them. */
  private plumbing(info: DefInfo, ctx: Ctx, loc: Loc): Array<string> {
    const args: Array<string> = []
    if (info.usesState) {
      // In Init there is no state yet: the operator reads the variables Init has assigned so far.
      if (ctx.hasState) args.push("$s")
      else if (ctx.n !== null) {
        this.usesView = true
        args.push(`viewOf(${ctx.n})`)
      }
      else throw new UnsupportedConstruct(`operator ${info.def.name}, which reads the state, used where there is none`, loc)
    }
    if (info.usesPrimes) {
      if (ctx.n === null) throw new UnsupportedConstruct(`operator ${info.def.name}, which reads primed variables, used outside an action`, loc)
      args.push(ctx.n)
    }
    return args
  }

  private arg(a: Arg, arity: number, ctx: Ctx): string {
    if (a.kind === "lambda") {
      if (a.params.length !== arity) throw new UnsupportedConstruct(`LAMBDA with ${a.params.length} parameters where ${arity} are expected`, a.loc)
      const inner = { ...ctx, env: ctx.env.with(a.params.map((p) => [p, { kind: "local", ts: ident(p) }] as const)) }
      const body = this.ex(a.body, inner).c
      return `(${a.params.map((p) => `${lambdaParam(ident(p), body)}: T.Value`).join(", ")}): T.Value => ${body}`
    }
    if (arity === 0) return this.ex(a, ctx).c
    // An operator passed by name.
    if (a.kind !== "name") throw new UnsupportedConstruct("an expression passed where an operator is expected", a.loc)
    const params = Array.from({ length: arity }, (_, k) => `$a${k}`)
    const call: Expr = { kind: "call", name: a.name, args: params.map((p) => ({ kind: "name", name: p, loc: a.loc })), loc: a.loc }
    const inner = { ...ctx, env: ctx.env.with(params.map((p) => [p, { kind: "local", ts: p }] as const)) }
    return `(${params.map((p) => `${p}: T.Value`).join(", ")}): T.Value => ${this.ex(call, inner).c}`
  }

  private callDef(name: string, args: ReadonlyArray<Arg>, ctx: Ctx, loc: Loc): Code {
    const info = this.def(name, loc)
    const params = info.def.params
    if (params.length !== args.length) throw new UnsupportedConstruct(`${name} applied to ${args.length} arguments, defined with ${params.length}`, loc)
    this.requireExpr(name)
    const ts = [...this.plumbing(info, ctx, loc), ...args.map((a, k) => this.arg(a, params[k]!.arity, ctx))]
    return { c: `${ident(name)}(${ts.join(", ")})`, t: "value" }
  }

  private builtin(name: string, args: ReadonlyArray<Arg>, ctx: Ctx, loc: Loc): Code {
    const arity = builtins.get(name)!
    if (args.length !== arity) throw new UnsupportedConstruct(`${name} with ${args.length} arguments`, loc)
    const a = (k: number): Code => {
      const x = args[k]!
      if (x.kind === "lambda") throw new UnsupportedConstruct(`LAMBDA as argument ${k + 1} of ${name}`, x.loc)
      return this.ex(x, ctx)
    }
    switch (name) {
      case "Len":
        return { c: `T.len(${a(0).c})`, t: "int" }
      case "Append":
        return { c: `T.append(${a(0).c}, ${a(1).c})`, t: "value" }
      case "Head":
        return { c: `T.head(${a(0).c})`, t: "value" }
      case "Tail":
        return { c: `T.tail(${a(0).c})`, t: "value" }
      case "SubSeq":
        return { c: `T.subSeq(${a(0).c}, ${a(1).c}, ${a(2).c})`, t: "value" }
      case "SelectSeq":
        return { c: `T.selectSeq(${a(0).c}, ${this.arg(args[1]!, 1, ctx)})`, t: "value" }
      case "Cardinality":
        return { c: `T.cardinality(${a(0).c})`, t: "int" }
      case "ToString":
        return { c: `T.show(${a(0).c})`, t: "value" }
      case "PrintT":
        return { c: `T.printT(${a(0).c})`, t: "bool" }
      case "Print":
        return { c: `(T.printT(${a(0).c}), ${a(1).c})`, t: a(1).t }
      case "Assert":
        return { c: `T.tlaAssert(${a(0).c}, ${a(1).c})`, t: "bool" }
      case "Seq":
        throw new UnsupportedConstruct("Seq(S) as a value (it is infinite; only x \\in Seq(S) is supported)", loc)
      default:
        throw new UnsupportedConstruct(`standard operator ${name}`, loc)
    }
  }

  /** Nested callbacks over bounds: `each(x => ...)` for every name of every bound, in order. */
  private overBounds(bounds: ReadonlyArray<Bound>, ctx: Ctx, method: "every" | "some" | "flatMap", body: (ctx: Ctx) => string): string {
    const names = bounds.flatMap((b) => b.names.map((n) => [n, b] as const))
    const go = (k: number, c: Ctx): string => {
      if (k === names.length) return body(c)
      const [name, b] = names[k]!
      // A bound's set is evaluated in the scope before its own names (TLA+: `\E x \in S, y \in T(x)`).
      const set = this.ex(b.set, c).c
      const inner = { ...c, env: c.env.with([[name, { kind: "local", ts: ident(name) }]]) }
      const rest = go(k + 1, inner)
      const param = lambdaParam(ident(name), rest)
      if (method === "flatMap" && k === names.length - 1) return `T.elems(${set}).map((${param}) => ${rest})`
      return `T.elems(${set}).${method}((${param}) => ${rest})`
    }
    return go(0, ctx)
  }

  /**
   * The code of e. An expression built from constants alone (a set, tuple or record literal, a constant
   * function applied, DOMAIN of a constant, ...) is evaluated once per set of constants, lazily as TLC
   * would (it may fail only where it is reached), and shared by every state: hoisted into the factory.
   */
  ex(e: Expr, ctx: Ctx): Code {
    const code = this.exHere(e, ctx)
    if (code.t !== "value" || !hoistable.has(e.kind) || !this.constantExpr(e, ctx)) return code
    if (e.kind === "call" && e.args.length === 0) return code
    let name = this.hoisted.get(code.c)
    if (name === undefined) {
      name = `$c${this.hoisted.size + 1}`
      this.hoisted.set(code.c, name)
    }
    return { c: `${name}()`, t: "value" }
  }

  /** Whether e's value depends on the constants alone (no variable, bound name, @ or primed variable). */
  private constantExpr(e: Arg, ctx: Ctx): boolean {
    const all = (xs: ReadonlyArray<Arg>): boolean => xs.every((x) => this.constantExpr(x, ctx))
    switch (e.kind) {
      case "num":
      case "str":
      case "bool":
      case "builtinSet":
        return true
      case "name": {
        if (ctx.env.get(e.name) !== undefined || this.varIndex.has(e.name)) return false
        if (this.constants.has(e.name)) return true
        const info = this.defs.get(e.name)
        return info !== undefined && this.isDef(e.name) && info.def.params.length === 0 && !info.usesState && !info.usesPrimes
      }
      case "call": {
        if (ctx.env.get(e.name) !== undefined) return false
        if (this.isDef(e.name)) {
          const info = this.defs.get(e.name)!
          return !info.usesState && !info.usesPrimes && info.def.params.every((p) => p.arity === 0) && all(e.args)
        }
        return builtins.has(e.name) && !["PrintT", "Print", "Assert"].includes(e.name) && all(e.args)
      }
      case "infix":
        return all([e.lhs, e.rhs])
      case "prefix":
        return e.op !== "unchanged" && this.constantExpr(e.arg, ctx)
      case "and":
      case "or":
      case "setEnum":
      case "tuple":
        return all(e.items)
      case "record":
      case "recordSet":
        return all(e.fields.map(([, x]) => x))
      case "apply":
        return all([e.fn, ...e.args])
      case "field":
        return this.constantExpr(e.record, ctx)
      case "fnSet":
        return all([e.domain, e.range])
      case "if":
        return all([e.cond, e.then, e.else])
      case "case":
        return all([...e.arms.flat(), ...(e.other === null ? [] : [e.other])])
      default:
        // Binders (quantifiers, CHOOSE, set and function constructors over names, LET, LAMBDA), EXCEPT, @
        // and primes: left where they are.
        return false
    }
  }

  private exHere(e: Expr, ctx: Ctx): Code {
    switch (e.kind) {
      case "num":
        return { c: String(e.value), t: "int" }
      case "str":
        return { c: JSON.stringify(e.value), t: "value" }
      case "bool":
        return { c: String(e.value), t: "bool" }
      case "builtinSet":
        if (e.name === "BOOLEAN") return { c: "T.BOOLEAN", t: "value" }
        throw new UnsupportedConstruct(`the infinite set ${e.name} outside \\in`, e.loc)
      case "name": {
        const b = ctx.env.get(e.name)
        if (b !== undefined) {
          if (b.kind === "local") return { c: b.ts, t: "value" }
          if (b.kind === "letDef") {
            if (b.def.params.length > 0) throw new UnsupportedConstruct(`operator ${e.name} used without its arguments`, e.loc)
            return { c: b.eager === true ? b.ts : `${b.ts}()`, t: "value" }
          }
          throw new UnsupportedConstruct(`operator parameter ${e.name} used without its arguments`, e.loc)
        }
        if (this.varIndex.has(e.name)) return this.varRead(e.name, ctx, e.loc)
        if (this.constants.has(e.name)) return { c: ident(e.name), t: "value" }
        if (this.isDef(e.name)) return this.callDef(e.name, [], ctx, e.loc)
        throw new UnsupportedConstruct(`unknown name ${e.name}`, e.loc)
      }
      case "call": {
        const b = ctx.env.get(e.name)
        if (b !== undefined) {
          if (b.kind === "opParam") {
            if (b.arity !== e.args.length) throw new UnsupportedConstruct(`${e.name} applied to ${e.args.length} arguments`, e.loc)
            return { c: `${b.ts}(${e.args.map((a) => this.arg(a, 0, ctx)).join(", ")})`, t: "value" }
          }
          if (b.kind === "letDef") {
            if (b.def.params.length !== e.args.length) throw new UnsupportedConstruct(`${e.name} applied to ${e.args.length} arguments`, e.loc)
            return { c: `${b.ts}(${e.args.map((a, k) => this.arg(a, b.def.params[k]!.arity, ctx)).join(", ")})`, t: "value" }
          }
          throw new UnsupportedConstruct(`${e.name} is a value, applied as an operator`, e.loc)
        }
        if (this.isDef(e.name)) return this.callDef(e.name, e.args, ctx, e.loc)
        if (builtins.has(e.name)) return this.builtin(e.name, e.args, ctx, e.loc)
        throw new UnsupportedConstruct(`operator ${e.name}`, e.loc)
      }
      case "infix":
        return this.infix(e, ctx)
      case "prefix": {
        switch (e.op) {
          case "lnot":
            return { c: `!${this.bool(this.ex(e.arg, ctx))}`, t: "bool" }
          case "negative":
            return { c: `-${this.int(this.ex(e.arg, ctx))}`, t: "int" }
          case "domain":
            return { c: `T.domain(${this.ex(e.arg, ctx).c})`, t: "value" }
          case "powerset":
            return { c: `T.powerset(${this.ex(e.arg, ctx).c})`, t: "value" }
          case "union":
            return { c: `T.bigUnion(${this.ex(e.arg, ctx).c})`, t: "value" }
          case "unchanged":
            throw new UnsupportedConstruct("UNCHANGED inside an expression (not a conjunct of an action)", e.loc)
        }
        break
      }
      case "prime": {
        if (e.arg.kind !== "name" || !this.varIndex.has(e.arg.name) || ctx.env.get(e.arg.name) !== undefined) throw new UnsupportedConstruct("a prime on something other than a variable", e.loc)
        if (ctx.n === null || ctx.mode === "init") throw new UnsupportedConstruct("a primed variable outside an action", e.loc)
        return { c: `T.primed(${ctx.n}, V.${e.arg.name}, ${JSON.stringify(e.arg.name)})`, t: "value" }
      }
      case "and":
        return { c: `(${e.items.map((x) => this.bool(this.ex(x, ctx))).join(" && ")})`, t: "bool" }
      case "or":
        return { c: `(${e.items.map((x) => this.bool(this.ex(x, ctx))).join(" || ")})`, t: "bool" }
      case "quant":
        return { c: this.overBounds(e.bounds, ctx, e.quantifier === "exists" ? "some" : "every", (c) => this.bool(this.ex(e.body, c))), t: "bool" }
      case "choose": {
        const inner = { ...ctx, env: ctx.env.with([[e.name, { kind: "local", ts: ident(e.name) }]]) }
        const body = this.bool(this.ex(e.body, inner))
        return { c: `T.choose(${this.ex(e.set, ctx).c}, (${lambdaParam(ident(e.name), body)}) => ${body}, ${JSON.stringify(where(e.loc))})`, t: "value" }
      }
      case "setEnum":
        return { c: `T.setOf([${e.items.map((x) => this.ex(x, ctx).c).join(", ")}])`, t: "value" }
      case "setMap": {
        const single = e.bounds.length === 1 && e.bounds[0]!.names.length === 1
        if (single) {
          const b = e.bounds[0]!
          const inner = { ...ctx, env: ctx.env.with([[b.names[0]!, { kind: "local", ts: ident(b.names[0]!) }]]) }
          const body = this.ex(e.map, inner).c
          return { c: `T.map(${this.ex(b.set, ctx).c}, (${lambdaParam(ident(b.names[0]!), body)}) => ${body})`, t: "value" }
        }
        return { c: `T.setOf(${this.overBounds(e.bounds, ctx, "flatMap", (c) => this.ex(e.map, c).c)})`, t: "value" }
      }
      case "setFilter": {
        const inner = { ...ctx, env: ctx.env.with([[e.name, { kind: "local", ts: ident(e.name) }]]) }
        const body = this.bool(this.ex(e.filter, inner))
        return { c: `T.filter(${this.ex(e.set, ctx).c}, (${lambdaParam(ident(e.name), body)}) => ${body})`, t: "value" }
      }
      case "fnLit": {
        if (e.bounds.length !== 1 || e.bounds[0]!.names.length !== 1) throw new UnsupportedConstruct("a function literal over several names (a domain of tuples)", e.loc)
        const b = e.bounds[0]!
        const inner = { ...ctx, env: ctx.env.with([[b.names[0]!, { kind: "local", ts: ident(b.names[0]!) }]]) }
        const body = this.ex(e.body, inner).c
        return { c: `T.fnOver(${this.ex(b.set, ctx).c}, (${lambdaParam(ident(b.names[0]!), body)}) => ${body})`, t: "value" }
      }
      case "fnSet":
        return { c: `T.functionSet(${this.ex(e.domain, ctx).c}, ${this.ex(e.range, ctx).c})`, t: "value" }
      case "record": {
        // Fields sorted here, as the runtime orders strings, so building the record sorts nothing.
        const names = e.fields.map(([f]) => f)
        if (new Set(names).size !== names.length) throw new UnsupportedConstruct("a record with a field twice", e.loc)
        const sorted = e.fields.slice().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        return { c: `T.sortedRecord([${sorted.map(([f]) => JSON.stringify(f)).join(", ")}], [${sorted.map(([, x]) => this.ex(x, ctx).c).join(", ")}])`, t: "value" }
      }
      case "tuple":
        return { c: `T.tuple([${e.items.map((x) => this.ex(x, ctx).c).join(", ")}])`, t: "value" }
      case "recordSet":
        return { c: `T.recordSet([${e.fields.map(([f, x]) => `[${JSON.stringify(f)}, ${this.ex(x, ctx).c}]`).join(", ")}])`, t: "value" }
      case "apply": {
        const f = this.ex(e.fn, ctx).c
        const x = e.args.length === 1 ? this.ex(e.args[0]!, ctx).c : `T.tuple([${e.args.map((a) => this.ex(a, ctx).c).join(", ")}])`
        return { c: `T.apply(${f}, ${x})`, t: "value" }
      }
      case "field":
        return { c: `T.field(${this.ex(e.record, ctx).c}, ${JSON.stringify(e.name)})`, t: "value" }
      case "except": {
        let code = this.ex(e.base, ctx).c
        for (const u of e.updates) {
          const path = u.path.map((step) => (step.kind === "field" ? JSON.stringify(step.name) : step.args.length === 1 ? this.ex(step.args[0]!, ctx).c : `T.tuple([${step.args.map((a) => this.ex(a, ctx).c).join(", ")}])`))
          const at = this.tmp("$at")
          const value = this.ex(u.value, { ...ctx, at })
          // One key (the common case) without a path array.
          code = path.length === 1 ? `T.except(${code}, ${path[0]!}, (${lambdaParam(at, value.c)}) => ${value.c})` : `T.exceptPath(${code}, [${path.join(", ")}], (${lambdaParam(at, value.c)}) => ${value.c})`
        }
        return { c: code, t: "value" }
      }
      case "at":
        if (ctx.at === null) throw new UnsupportedConstruct("@ outside an EXCEPT", e.loc)
        return { c: ctx.at, t: "value" }
      case "if": {
        const a = this.ex(e.then, ctx)
        const b = this.ex(e.else, ctx)
        return { c: `(${this.bool(this.ex(e.cond, ctx))} ? ${a.c} : ${b.c})`, t: a.t === b.t ? a.t : "value" }
      }
      case "case": {
        let code = e.other === null ? `T.caseFail(${JSON.stringify(where(e.loc))})` : this.ex(e.other, ctx).c
        for (let k = e.arms.length - 1; k >= 0; k--) {
          const [g, x] = e.arms[k]!
          code = `${this.bool(this.ex(g, ctx))} ? ${this.ex(x, ctx).c} : ${code}`
        }
        return { c: `(${code})`, t: "value" }
      }
      case "let": {
        const env = this.letEnv(e.defs, ctx, e.body)
        const inner = { ...ctx, env }
        const body = this.ex(e.body, inner)
        const ret = body.t === "bool" ? "boolean" : body.t === "int" ? "number" : "T.Value"
        const decls = this.letDecls(e.defs, inner, body.c).flatMap((d) => d.split("\n").map((l) => `  ${l}\n`))
        return { c: `((): ${ret} => {\n${decls.join("")}  return ${body.c}\n})()`, t: body.t }
      }
    }
    throw new UnsupportedConstruct(`expression ${(e as Expr).kind}`, (e as Expr).loc)
  }

  private infix(e: Extract<Expr, { kind: "infix" }>, ctx: Ctx): Code {
    const set = (x: Expr): string => {
      if (x.kind === "builtinSet" && x.name !== "BOOLEAN") return `T.${x.name}`
      return this.ex(x, ctx).c
    }
    if ((e.op === "in" || e.op === "notin") && this.needsMembership(e.rhs, ctx)) {
      const x = this.ex(e.lhs, ctx).c
      return { c: `${e.op === "notin" ? "!" : ""}${wrap(this.member(x, e.rhs, ctx))}`, t: "bool" }
    }
    if (e.op === "in") return { c: `T.isIn(${this.ex(e.lhs, ctx).c}, ${set(e.rhs)})`, t: "bool" }
    if (e.op === "notin") return { c: `!T.isIn(${this.ex(e.lhs, ctx).c}, ${set(e.rhs)})`, t: "bool" }
    if (e.op === "compose") {
      // f @@ g @@ h ... (associative: the leftmost function defining a key gives its value) merged in one
      // pass rather than through a function per @@.
      const operands: Array<Expr> = []
      const flatten = (x: Expr): void => {
        if (x.kind === "infix" && x.op === "compose") {
          flatten(x.lhs)
          flatten(x.rhs)
        } else operands.push(x)
      }
      flatten(e)
      if (operands.length > 2) return { c: `T.atAtN([${operands.map((x) => this.ex(x, ctx).c).join(", ")}])`, t: "value" }
    }
    const a = this.ex(e.lhs, ctx)
    const b = this.ex(e.rhs, ctx)
    const simple = (x: Code, y: Code): boolean => (x.t === "int" && y.t === "int") || (x.t === "bool" && y.t === "bool")
    switch (e.op) {
      case "eq":
        return { c: simple(a, b) ? `(${a.c} === ${b.c})` : `T.eq(${a.c}, ${b.c})`, t: "bool" }
      case "neq":
        return { c: simple(a, b) ? `(${a.c} !== ${b.c})` : `!T.eq(${a.c}, ${b.c})`, t: "bool" }
      case "lt":
        return { c: `(${this.int(a)} < ${this.int(b)})`, t: "bool" }
      case "gt":
        return { c: `(${this.int(a)} > ${this.int(b)})`, t: "bool" }
      case "leq":
        return { c: `(${this.int(a)} <= ${this.int(b)})`, t: "bool" }
      case "geq":
        return { c: `(${this.int(a)} >= ${this.int(b)})`, t: "bool" }
      case "plus":
        return { c: `(${this.int(a)} + ${this.int(b)})`, t: "int" }
      case "minus":
        return { c: `(${this.int(a)} - ${this.int(b)})`, t: "int" }
      case "mul":
        return { c: `(${this.int(a)} * ${this.int(b)})`, t: "int" }
      case "div":
        return { c: `T.div(${a.c}, ${b.c})`, t: "int" }
      case "mod":
        return { c: `T.mod(${a.c}, ${b.c})`, t: "int" }
      case "cup":
        return { c: `T.union(${a.c}, ${b.c})`, t: "value" }
      case "cap":
        return { c: `T.intersect(${a.c}, ${b.c})`, t: "value" }
      case "setminus":
        return { c: `T.minus(${a.c}, ${b.c})`, t: "value" }
      case "subseteq":
        return { c: `T.subseteq(${a.c}, ${b.c})`, t: "bool" }
      case "implies":
        return { c: `(!${this.bool(a)} || ${this.bool(b)})`, t: "bool" }
      case "equiv":
        return { c: `(${this.bool(a)} === ${this.bool(b)})`, t: "bool" }
      case "dots_2":
        return { c: `T.range(${a.c}, ${b.c})`, t: "value" }
      case "circ":
        return { c: `T.concat(${a.c}, ${b.c})`, t: "value" }
      case "map_to":
        return { c: `T.colonGt(${a.c}, ${b.c})`, t: "value" }
      case "compose":
        return { c: `T.atAt(${a.c}, ${b.c})`, t: "value" }
    }
    throw new UnsupportedConstruct(`infix operator ${e.op}`, e.loc)
  }

  // ---------------------------------------------------------------------------------------------------------
  // Membership in sets TLC does not enumerate for \in (TypeOK's [f: S], Seq(S), Nat, [S -> Nat], SUBSET ...).

  /** Whether `x \in s` must be decided without enumerating s. */
  private needsMembership(s: Expr, ctx: Ctx, visiting: ReadonlySet<string> = new Set()): boolean {
    switch (s.kind) {
      case "recordSet":
        return true
      case "builtinSet":
        return s.name !== "BOOLEAN"
      case "call":
        return s.name === "Seq" && ctx.env.get(s.name) === undefined && !this.isDef(s.name)
      case "fnSet":
        // [S -> T] and SUBSET S are never enumerated for \in: [1..10 -> SUBSET Server] has 4^10 elements.
        return true
      case "prefix":
        return s.op === "powerset"
      case "infix":
        return (s.op === "cup" || s.op === "cap" || s.op === "setminus") && (this.needsMembership(s.lhs, ctx, visiting) || this.needsMembership(s.rhs, ctx, visiting))
      case "name": {
        if (ctx.env.get(s.name) !== undefined || !this.isDef(s.name) || visiting.has(s.name)) return false
        const d = this.def(s.name, s.loc).def
        return d.params.length === 0 && this.needsMembership(d.body, { ...ctx, env: Env.empty() }, new Set([...visiting, s.name]))
      }
      default:
        return false
    }
  }

  /** TS code deciding `x \in s` (x is TS code for a value, evaluated once by the caller's expression). */
  private member(x: string, s: Expr, ctx: Ctx): string {
    const sub = (set: Expr, c: Ctx = ctx): string => {
      const v = this.tmp("$v")
      return `(${v}: T.Value): boolean => ${this.member(v, set, c)}`
    }
    if (!this.needsMembership(s, ctx)) return `T.isIn(${x}, ${this.ex(s, ctx).c})`
    switch (s.kind) {
      case "recordSet":
        return `T.isRecordOf(${x}, [${s.fields.map(([f, set]) => `[${JSON.stringify(f)}, ${sub(set)}]`).join(", ")}])`
      case "builtinSet":
        return `T.isIn(${x}, T.${s.name})`
      case "call":
        return `T.isSeqOf(${x}, ${sub(s.args[0] as Expr)})`
      case "fnSet":
        return `T.isFnOf(${x}, ${this.ex(s.domain, ctx).c}, ${sub(s.range)})`
      case "prefix":
        return `T.isSetOf(${x}, ${sub(s.arg)})`
      case "infix": {
        const a = this.member(x, s.lhs, ctx)
        const b = this.member(x, s.rhs, ctx)
        return s.op === "cup" ? `(${a} || ${b})` : s.op === "cap" ? `(${a} && ${b})` : `(${a} && !${wrap(b)})`
      }
      case "name":
        return this.member(x, this.def(s.name, s.loc).def.body, { ...ctx, env: Env.empty() })
      default:
        throw new UnsupportedConstruct(`membership in ${s.kind}`, s.loc)
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Actions: statements that call `k` with each successor assignment, or run `fail` when a branch yields none.

  /**
   * Emits the statements of action `e` in ctx. `fail` is the statement that abandons the current branch
   * (return, continue, break label); `k` emits what follows with the assignment after e.
   */
  private act(e: Expr, ctx: Ctx, fail: string, k: (n: string, fail: string) => void): void {
    const out = this.out
    const n = ctx.n!
    if (!this.actionish(e, ctx)) {
      out.line(`if (!${wrap(this.bool(this.ex(e, ctx)))}) ${fail}`)
      k(n, fail)
      return
    }
    switch (e.kind) {
      case "and": {
        const step = (at: number, nIn: string, f: string): void => {
          if (at === e.items.length) return k(nIn, f)
          this.act(e.items[at]!, { ...ctx, n: nIn }, f, (nOut, fOut) => step(at + 1, nOut, fOut))
        }
        step(0, n, fail)
        return
      }
      case "or": {
        // Each disjunct starts from the assignment at the disjunction: what the one before assigned is undone.
        const rest = this.continuation(ctx, k)
        const branch = this.tmp("$m")
        out.line(`const ${branch} = T.mark(${n})`)
        e.items.forEach((item, index) => {
          const label = this.tmp("or")
          out.open(`${label}: { // disjunct ${index + 1} of ${e.items.length} (${where(item.loc)})`)
          this.act(item, ctx, `break ${label}`, (nOut) => out.line(`${rest}(${nOut})`))
          out.close()
          out.line(`T.undo(${n}, ${branch})`)
        })
        return
      }
      case "quant": {
        // \E at action level: one branch per witness (TLC generates a successor for each).
        const rest = this.continuation(ctx, k)
        const names = e.bounds.flatMap((b) => b.names.map((name) => [name, b] as const))
        const branch = this.tmp("$m")
        out.line(`const ${branch} = T.mark(${n})`)
        let inner = ctx
        for (const [name, b] of names) {
          out.open(`for (const ${ident(name)} of T.elems(${this.ex(b.set, inner).c})) {`)
          inner = { ...inner, env: inner.env.with([[name, { kind: "local", ts: ident(name) }]]) }
        }
        // Each witness starts from the assignment at the \E (first statement, so that `continue` passes it too).
        out.line(`T.undo(${n}, ${branch})`)
        this.act(e.body, inner, "continue", (nOut) => out.line(`${rest}(${nOut})`))
        for (let j = 0; j < names.length; j++) out.close()
        out.line(`T.undo(${n}, ${branch})`)
        return
      }
      case "if": {
        const rest = this.continuation(ctx, k)
        out.open(`if (${this.bool(this.ex(e.cond, ctx))}) {`)
        this.act(e.then, ctx, fail, (nOut) => out.line(`${rest}(${nOut})`))
        out.close("} else {")
        out.open("")
        this.act(e.else, ctx, fail, (nOut) => out.line(`${rest}(${nOut})`))
        out.close()
        return
      }
      case "case": {
        // TLC takes the first arm whose guard holds.
        const rest = this.continuation(ctx, k)
        e.arms.forEach(([g, x], index) => {
          out.open(`${index === 0 ? "if" : "} else if"} (${this.bool(this.ex(g, ctx))}) {`)
          this.act(x, ctx, fail, (nOut) => out.line(`${rest}(${nOut})`))
          out.close("")
        })
        out.open("} else {")
        if (e.other === null) out.line(`T.caseFail(${JSON.stringify(where(e.loc))})`)
        else this.act(e.other, ctx, fail, (nOut) => out.line(`${rest}(${nOut})`))
        out.close()
        return
      }
      case "let": {
        const env = this.letEnv(e.defs, ctx, e.body)
        const inner = { ...ctx, env }
        out.open("{")
        const mark = out.mark()
        this.act(e.body, inner, fail, k)
        out.insert(mark, this.letDecls(e.defs, inner, out.since(mark)).flatMap((d) => d.split("\n")))
        out.close()
        return
      }
      case "infix": {
        const target = this.assignTarget(e.lhs, ctx)!
        const name = this.variables[target]!
        if (e.op === "eq") {
          const next = this.tmp("$n")
          out.line(`const ${next} = T.bind(${n}, V.${name}, ${this.ex(e.rhs, ctx).c})`)
          out.line(`if (${next} === null) ${fail}`)
          k(next, fail)
          return
        }
        // x' \in S: one branch per element.
        const rest = this.continuation(ctx, k)
        const x = this.tmp("$x")
        const branch = this.tmp("$m")
        out.line(`const ${branch} = T.mark(${n})`)
        out.open(`for (const ${x} of T.elems(${this.ex(e.rhs, ctx).c})) {`)
        out.line(`T.undo(${n}, ${branch})`)
        const next = this.tmp("$n")
        out.line(`const ${next} = T.bind(${n}, V.${name}, ${x})`)
        out.line(`if (${next} !== null) ${rest}(${next})`)
        out.close()
        out.line(`T.undo(${n}, ${branch})`)
        return
      }
      case "prefix": {
        // UNCHANGED e: every variable of e (a variable, a tuple of them, or a definition that is one) keeps its value.
        const vars = this.unchangedVars(e.arg, ctx)
        const next = this.tmp("$n")
        out.line(`const ${next} = T.bindEach(${n}, [${vars.map((v) => `V.${v}, $s.${v}`).join(", ")}])`)
        out.line(`if (${next} === null) ${fail}`)
        k(next, fail)
        return
      }
      case "name":
      case "call": {
        const b = ctx.env.get(e.name)
        if (b !== undefined) {
          // A LET definition of arity 0 that TLC evaluates as an action (it is lazy, so it is entered).
          if (b.kind !== "letDef" || b.def.params.length > 0) throw new UnsupportedConstruct(`an action through the LET operator ${e.name} with parameters`, e.loc)
          this.act(b.def.body, { ...ctx, env: b.env }, fail, k)
          return
        }
        const info = this.def(e.name, e.loc)
        const args = e.kind === "call" ? e.args : []
        const params = info.def.params
        if (params.length !== args.length) throw new UnsupportedConstruct(`${e.name} applied to ${args.length} arguments, defined with ${params.length}`, e.loc)
        const fn = this.requireAct(e.name, ctx.mode)
        const next = this.tmp("$n")
        const argCode = args.map((a, j) => this.arg(a, params[j]!.arity, ctx))
        out.open(`${fn}(${[...(ctx.hasState ? ["$s"] : []), n, `(${next}: T.Partial): void => {`].join(", ")}`)
        k(next, "return")
        out.close(`}${argCode.length > 0 ? `, ${argCode.join(", ")}` : ""})`)
        return
      }
      default:
        throw new UnsupportedConstruct(`${e.kind} as an action`, e.loc)
    }
  }

  /** Emits `const $kN = ($n: T.Partial): void => { ...k... }` and returns its name: what follows a branch point. */
  private continuation(_ctx: Ctx, k: (n: string, fail: string) => void): string {
    const name = this.tmp("$k")
    const n = this.tmp("$n")
    this.out.open(`const ${name} = (${n}: T.Partial): void => {`)
    k(n, "return")
    this.out.close()
    return name
  }

  private unchangedVars(e: Expr, ctx: Ctx): Array<string> {
    if (e.kind === "tuple") return e.items.flatMap((x) => this.unchangedVars(x, ctx))
    if (e.kind === "name" && ctx.env.get(e.name) === undefined) {
      if (this.varIndex.has(e.name)) return [e.name]
      if (this.isDef(e.name)) {
        const info = this.def(e.name, e.loc)
        if (info.def.params.length === 0) return this.unchangedVars(info.def.body, ctx)
      }
    }
    throw new UnsupportedConstruct("UNCHANGED of something other than variables and tuples of them", e.loc)
  }

  // ---------------------------------------------------------------------------------------------------------
  // Definitions, emitted on demand.

  private requireExpr(name: string): void {
    if (this.wantExpr.has(name)) return
    this.wantExpr.add(name)
    this.queue.push(() => this.emitExprDef(name))
  }

  private requireAct(name: string, mode: Mode): string {
    const ts = `${ident(name)}_${mode === "next" ? "act" : "init"}`
    if (this.defs.has(ts)) throw new Error(`the generated name ${ts} collides with a definition of the spec`)
    const key = `${mode}:${name}`
    if (!this.wantAct.has(key)) {
      this.wantAct.add(key)
      this.queue.push(() => this.emitActDef(name, mode, ts))
    }
    return ts
  }

  private header(info: DefInfo, form: string): void {
    const d = info.def
    const sig = d.params.length === 0 ? d.name : `${d.name}(${d.params.map((p) => (p.arity === 0 ? p.name : `${p.name}(${Array(p.arity).fill("_").join(", ")})`)).join(", ")})`
    const lines = d.loc.line === d.loc.endLine ? `line ${d.loc.line}` : `lines ${d.loc.line}-${d.loc.endLine}`
    this.out.line(`/** ${sig}${form}: ${d.loc.file}, ${lines}.${d.recursive ? " RECURSIVE." : ""} */`)
  }

  private paramEnv(d: OpDef): Env {
    return Env.empty().with(d.params.map((p) => [p.name, paramBinding(p)] as const))
  }

  private emitExprDef(name: string): void {
    const info = this.defs.get(name)!
    const d = info.def
    const ctx: Ctx = { env: this.paramEnv(d), n: info.usesPrimes ? "$n" : null, hasState: info.usesState, mode: "next", at: null }
    const body = this.ex(d.body, ctx)
    const ret = body.t === "bool" ? "boolean" : body.t === "int" ? "number" : "T.Value"
    this.out.line("")
    this.header(info, "")
    const plumbing = [...(info.usesState ? ["$s: State"] : []), ...(info.usesPrimes ? ["$n: T.Partial"] : [])]
    if (d.params.length === 0 && plumbing.length === 0 && !d.recursive) {
      // A constant-level definition: evaluated once, when first used.
      this.out.line(`const ${ident(name)} = T.once((): T.Value => ${body.c})`)
      return
    }
    this.out.open(`function ${ident(name)}(${[...plumbing, ...d.params.map((p) => paramDecl(p, body.c))].join(", ")}): ${ret} {`)
    this.out.line(`return ${body.c}`)
    this.out.close()
  }

  private emitActDef(name: string, mode: Mode, ts: string): void {
    const info = this.defs.get(name)!
    const d = info.def
    const ctx: Ctx = { env: this.paramEnv(d), n: "$n", hasState: mode === "next", mode, at: null }
    this.out.line("")
    this.header(info, mode === "next" ? " as an action" : " as part of Init")
    const first = mode === "next" ? ["$s: State", "$n: T.Partial", "$k: Continue"] : ["$n: T.Partial", "$k: Continue"]
    const mark = this.out.mark()
    this.out.open(`function ${ts}(${[...first, ...d.params.map((p) => paramDecl(p, ""))].join(", ")}): void {`)
    this.act(d.body, ctx, "return", (n) => this.out.line(`$k(${n})`))
    const body = this.out.since(mark + 1)
    const firstUsed = mode === "next" ? [lambdaParam("$s", body) === "$s" ? "$s: State" : "_$s: State", "$n: T.Partial", "$k: Continue"] : first
    this.out.replace(mark, `${this.out.get(mark).replace(/function .*$/, "")}function ${ts}(${[...firstUsed, ...d.params.map((p) => paramDecl(p, body))].join(", ")}): void {`)
    this.out.close()
  }

  // ---------------------------------------------------------------------------------------------------------
  // The file.

  emit(): string {
    const out = this.out
    const m = this.module
    const cfg = this.config
    const factory = `make${m.name}`
    const constants = [...this.constants]
    out.line(`// Generated from ${cfg.source} by the TLA+ translator (tla/); do not edit. \`npm run tla:gen\` regenerates it,`)
    out.line("// and a test fails if this file differs from a fresh translation.")
    out.line("/* eslint-disable */")
    out.line('import { Schema } from "effect"')
    // The generated file sits in model/generated/ and imports the model's runtime for TLA+ values.
    const specModule = "../tla-spec.js"
    const valuesModule = "../tla-values.js"
    out.line(`import type { GeneratedAction, GeneratedSpec } from "${specModule}"`)
    out.line(`import * as T from "${valuesModule}"`)
    out.line("")
    out.line(`/** The variables of ${m.name}, in declaration order. */`)
    out.line(`export const variables = [${this.variables.map((v) => JSON.stringify(v)).join(", ")}] as const`)
    out.line("")
    const types = cfg.constantTypes === undefined ? null : inferVariableTypes(this.modules, { init: cfg.init, next: cfg.next, overrides: cfg.overrides, substitutions: cfg.substitutions ?? {}, constantTypes: cfg.constantTypes })
    out.line(types === null ? "/** A state: one TLA+ value per variable. */" : "/** A state: one TLA+ value per variable (the type inferred from Init and the actions beside each; not used yet). */")
    out.open("export const State = Schema.Struct({")
    for (const v of this.variables) out.line(`${v}: T.TlaValue,${types === null ? "" : ` // ${showType(types.get(v)!)}`}`)
    out.close("})")
    out.line("export type State = typeof State.Type")
    out.line("")
    out.line("/** The slot of each variable in a partial assignment (T.Partial). */")
    out.line(`const V = { ${this.variables.map((v, k) => `${v}: ${k}`).join(", ")} } as const`)
    out.line("")
    out.line("type Continue = (n: T.Partial) => void")
    out.line("")
    out.line(`/** The constants of ${m.name}${cfg.overrides.length > 0 ? `, and the definitions a configuration overrides (${cfg.overrides.join(", ")})` : ""}. */`)
    out.open("export interface Constants {")
    for (const c of constants) out.line(`readonly ${c}: T.Value`)
    out.close()
    out.line("")
    out.line("/** Every variable of a successor state, once the action has assigned them all. */")
    out.open("function stateOf(n: T.Partial): State {")
    out.line(`return { ${this.variables.map((v) => `${v}: T.assigned(n, V.${v}, ${JSON.stringify(v)})`).join(", ")} }`)
    out.close()
    const viewMark = out.mark()
    out.line("")
    out.line(`/** ${m.name} with its constants fixed: Init, the actions of ${cfg.next}, the invariants. */`)
    out.open(`export function ${factory}(constants: Constants): GeneratedSpec<State> {`)
    out.line(`const { ${constants.map((c) => (ident(c) === c ? c : `${c}: ${ident(c)}`)).join(", ")} } = constants`)
    out.line("/** Where Init and each action start: nothing assigned (a fresh one per call, as calls may nest). */")
    out.line(`const blank = (): T.Partial => new T.Partial([${this.variables.map(() => "undefined").join(", ")}])`)
    const hoistMark = out.mark()

    // Next, unfolded into its disjuncts.
    const nextDef = this.def(cfg.next, this.defs.get(cfg.next)!.def.loc).def
    if (nextDef.params.length > 0) throw new UnsupportedConstruct(`${cfg.next} with parameters`, nextDef.loc)
    const disjuncts = nextDef.body.kind === "or" ? nextDef.body.items : [nextDef.body]
    const actions = disjuncts.map((d) => this.unfold(d))
    const nextCtx: Ctx = { env: Env.empty(), n: "$n", hasState: true, mode: "next", at: null }

    // Init.
    const initFn = this.requireAct(cfg.init, "init")
    const predicate = (what: string) => (name: string): string => {
      const info = this.def(name, this.defs.get(name)!.def.loc)
      if (info.def.params.length > 0) throw new UnsupportedConstruct(`${what} ${name} with parameters`, info.def.loc)
      if (info.usesPrimes) throw new UnsupportedConstruct(`${what} ${name}, which reads primed variables`, info.def.loc)
      const call = this.callDef(name, [], { ...nextCtx, n: null }, info.def.loc).c
      const reads = this.variablesRead(name).map((v) => JSON.stringify(v)).join(", ")
      return `{ name: ${JSON.stringify(name)}, reads: [${reads}], holds: (${info.usesState ? "$s" : "_$s"}: State): boolean => T.bool(${call}) }`
    }
    const invariantCode = cfg.invariants.map(predicate("invariant"))
    const constraintCode = (cfg.constraints ?? []).map(predicate("constraint"))

    const typeOKCode = cfg.typeOK === undefined ? null : this.typeOKProblems(cfg.typeOK)

    const actionCode: Array<Array<string>> = []
    for (const a of actions) {
      const lines: Array<string> = []
      const names = a.bounds.flatMap((b) => b.names)
      let env = Env.empty()
      const argsLines: Array<string> = []
      // The argument tuples: nested loops over the bounds, in order (a later bound may depend on an earlier name).
      // The action's leading guards, each tested in the loop of the last argument it reads (see argGuards).
      const { guards, items: guardItems } = this.argGuards(a, names)
      // What args reads: the bounds' sets, and the guards (over the action's parameters).
      const guardDef = this.def(a.call.name, a.call.loc).def
      const argsReads = [...new Set([...this.variablesReadBy(a.bounds.map((b) => b.set), new Set(names)), ...this.variablesReadBy(guardItems, new Set(guardDef.params.map((p) => p.name)))])]
      const guardsAt = (depth: number): void => {
        for (const g of guards) if (g.depth === depth) argsLines.push(`${"  ".repeat(depth + 1)}if (!${wrap(g.code)}) ${depth === 0 ? "return out" : "continue"} // ${g.where}`)
      }
      argsLines.push("args: ($s: State): ReadonlyArray<ReadonlyArray<T.Value>> => {")
      argsLines.push("  const out: Array<ReadonlyArray<T.Value>> = []")
      guardsAt(0)
      let depth = 1
      for (const b of a.bounds) {
        for (const name of b.names) {
          argsLines.push(`${"  ".repeat(depth)}for (const ${ident(name)} of T.elems(${this.ex(b.set, { ...nextCtx, env }).c})) {`)
          env = env.with([[name, { kind: "local", ts: ident(name) }]])
          guardsAt(depth)
          depth++
        }
      }
      argsLines.push(`${"  ".repeat(depth)}out.push([${names.map(ident).join(", ")}])`)
      for (; depth > 1; depth--) argsLines.push(`${"  ".repeat(depth - 1)}}`)
      argsLines.push("  return out")
      argsLines.push("},")
      if (lambdaParam("$s", argsLines.slice(1).join("\n")) !== "$s") argsLines[0] = argsLines[0]!.replace("($s: State)", "(_$s: State)")
      const innerCtx = { ...nextCtx, env }
      const fn = this.requireAct(a.call.name, "next")
      const info = this.def(a.call.name, a.call.loc)
      const callArgs = a.call.kind === "call" ? a.call.args : []
      const argCode = callArgs.map((x, j) => this.arg(x, info.def.params[j]!.arity, innerCtx))
      lines.push(`{`)
      lines.push(`  name: ${JSON.stringify(a.call.name)},`)
      lines.push(`  params: [${names.map((x) => JSON.stringify(x)).join(", ")}],`)
      lines.push(`  argsReads: [${this.variables.filter((v) => argsReads.includes(v)).map((v) => JSON.stringify(v)).join(", ")}],`)
      for (const l of argsLines) lines.push(`  ${l}`)
      lines.push(`  next: ($s: State, args: ReadonlyArray<T.Value>, emit: (t: State) => void): void => {`)
      names.forEach((x, j) => lines.push(`    const ${ident(x)} = args[${j}]!`))
      lines.push(`    ${fn}(${["$s", "blank()", "(n) => emit(stateOf(n))", ...argCode].join(", ")})`)
      lines.push("  },")
      lines.push("} satisfies GeneratedAction<State>,")
      actionCode.push(lines)
    }

    // Emit every definition reached (each may reach more).
    while (this.queue.length > 0) {
      const next = this.queue.shift()!
      next()
    }

    out.line("")
    out.open("return {")
    out.line("variables,")
    out.line(`valuesOf: ($s: State, out: Array<T.Value>): void => { ${this.variables.map((v, k) => `out[${k}] = $s.${v}`).join("; ")} },`)
    out.line(`stateOf: (v: ReadonlyArray<T.Value>): State => ({ ${this.variables.map((v, k) => `${v}: v[${k}]!`).join(", ")} }),`)
    out.open("init: (): ReadonlyArray<State> => {")
    out.line("const states: Array<State> = []")
    out.line(`${initFn}(blank(), (n) => states.push(stateOf(n)))`)
    out.line("return states")
    out.close("},")
    out.open("actions: [")
    for (const lines of actionCode) for (const l of lines) out.line(l)
    out.close("],")
    out.open("invariants: [")
    for (const c of invariantCode) out.line(`${c},`)
    out.close("],")
    if (constraintCode.length > 0) {
      out.open("constraints: [")
      for (const c of constraintCode) out.line(`${c},`)
      out.close("],")
    }
    if (typeOKCode !== null) {
      out.open("typeOK: ($s: State): ReadonlyArray<string> => {")
      out.line("const problems: Array<string> = []")
      for (const l of typeOKCode) out.line(l)
      out.line("return problems")
      out.close("},")
    }
    out.close("}")
    out.close()
    if (typeOKCode !== null) {
      out.line("")
      out.line(`/** The State schema refined by ${cfg.typeOK} for these constants: decoding a state checks it, naming each variable out of its type. */`)
      out.open("export function typeOK(constants: Constants) {")
      out.line(`const problems = ${factory}(constants).typeOK!`)
      out.line("return State.pipe(Schema.check(Schema.makeFilter((s: State) => (problems(s).length === 0 ? true : problems(s).join(\"; \")))))")
      out.close()
    }
    // Only the hoisted expressions the code uses (code computed and then dropped, such as an unused LET
    // definition's, may have hoisted some).
    const hoists = [...this.hoisted]
    const usedHoists = new Set<number>()
    let hoistUsers = out.since(hoistMark)
    for (let grew = true; grew; ) {
      grew = false
      hoists.forEach(([code, name], k) => {
        if (usedHoists.has(k) || !hoistUsers.includes(`${name}()`)) return
        usedHoists.add(k)
        hoistUsers += `\n${code}`
        grew = true
      })
    }
    if (usedHoists.size > 0) {
      out.insert(hoistMark, [
        "/** Expressions of the constants alone, evaluated once when first needed and shared by every state. */",
        ...hoists.filter((_, k) => usedHoists.has(k)).map(([code, name]) => `const ${name} = T.once((): T.Value => ${code})`),
      ], 1)
    }
    if (this.usesView) {
      out.insert(viewMark, [
        "",
        "/** The variables Init has assigned so far, read as a state (reading one not yet assigned is an error). */",
        "function viewOf(n: T.Partial): State {",
        "  return {",
        ...this.variables.map((v) => `    get ${v}() { return T.primed(n, V.${v}, ${JSON.stringify(v)}) },`),
        "  }",
        "}",
      ], 0)
    }
    out.line("")
    return out.text()
  }

  /** TypeOK's conjuncts as statements that push a problem when one fails: `v \in S` names the variable v. */
  private typeOKProblems(name: string): Array<string> {
    const d = this.def(name, this.defs.get(name)!.def.loc).def
    if (d.params.length > 0) throw new UnsupportedConstruct(`${name} with parameters`, d.loc)
    const ctx: Ctx = { env: Env.empty(), n: null, hasState: true, mode: "next", at: null }
    const items = d.body.kind === "and" ? d.body.items : [d.body]
    return items.map((item) => {
      if (item.kind === "infix" && item.op === "in" && item.lhs.kind === "name" && this.varIndex.has(item.lhs.name)) {
        const v = item.lhs.name
        return `if (!${wrap(this.member(`$s.${v}`, item.rhs, ctx))}) problems.push(${JSON.stringify(`${v} is not in its type (${where(item.loc)})`)})`
      }
      return `if (!${wrap(this.bool(this.ex(item, ctx)))}) problems.push(${JSON.stringify(`${name} fails at ${where(item.loc)}`)})`
    })
  }

  /**
   * The leading conjuncts of a Next disjunct's action that are plain guards (no prime, no branching, before any
   * LET or assignment), as code over the disjunct's bound names, each with the depth of the loop (1 for the
   * first bound name, 0 before every loop) after which all it reads is bound. `args` tests them there, so an
   * argument tuple whose action is disabled is dropped before `next` builds anything, and a guard on i alone
   * is tested once per i rather than once per (i, j). A guard is never placed above an earlier one, so along
   * every tuple they are evaluated in TLC's left-to-right order and a guard is reached only when the ones
   * before it hold (a guard that fails to evaluate fails where TLC's would). `next` still tests them all:
   * it is complete on its own.
   */
  private argGuards(a: { readonly call: Extract<Expr, { kind: "name" | "call" }> }, names: ReadonlyArray<string>): { readonly guards: Array<{ readonly code: string; readonly depth: number; readonly where: string }>; readonly items: Array<Expr> } {
    const info = this.def(a.call.name, a.call.loc)
    const params = info.def.params
    const callArgs = a.call.kind === "call" ? a.call.args : []
    if (params.some((p) => p.arity > 0) || callArgs.length !== params.length) return { guards: [], items: [] }
    // Each parameter's code, and the deepest bound name its argument reads.
    const depthOfNames = (x: unknown): number => {
      let d = 0
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) for (const y of v) walk(y)
        else if (typeof v === "object" && v !== null) {
          const node = v as { kind?: unknown; name?: unknown }
          if ((node.kind === "name" || node.kind === "call") && typeof node.name === "string") d = Math.max(d, names.indexOf(node.name) + 1)
          for (const y of Object.values(v)) walk(y)
        }
      }
      walk(x)
      return d
    }
    const boundEnv = Env.empty().with(names.map((n) => [n, { kind: "local", ts: ident(n) }] as const))
    const paramDepth = new Map<string, number>()
    const bindings: Array<readonly [string, Binding]> = []
    params.forEach((p, k) => {
      const arg = callArgs[k]! as Expr
      paramDepth.set(p.name, depthOfNames(arg))
      const code = this.ex(arg, { env: boundEnv, n: null, hasState: true, mode: "next", at: null }).c
      bindings.push([p.name, { kind: "local", ts: /^[\w$]+$/.test(code) ? code : `(${code})` }])
    })
    const ctx: Ctx = { env: Env.empty().with(bindings), n: null, hasState: true, mode: "next", at: null }
    const body = info.def.body
    const items = body.kind === "and" ? body.items : [body]
    const out: Array<{ code: string; depth: number; where: string }> = []
    const taken: Array<Expr> = []
    let floor = 0
    const actCtx: Ctx = { ...ctx, n: "$n", env: this.paramEnv(info.def) }
    /** The leading conjuncts of an action-level `\E x \in S: /\ g /\ ...` that are plain guards. */
    const existsGuards = (q: Extract<Expr, { kind: "quant" }>): Array<Expr> => {
      const inner = { ...actCtx, env: actCtx.env.with(q.bounds.flatMap((b) => b.names).map((n) => [n, { kind: "local", ts: ident(n) }] as const)) }
      const conjuncts = q.body.kind === "and" ? q.body.items : [q.body]
      const taken: Array<Expr> = []
      for (const g of conjuncts) {
        if (g.kind === "let" || this.actionish(g, inner)) break
        const use = { state: false, primes: false, calls: new Set<string>() }
        this.scan(g, new Set([...params.map((p) => p.name), ...q.bounds.flatMap((b) => b.names)]), use)
        if (use.primes || [...use.calls].some((c) => this.defs.get(c)?.usesPrimes === true)) break
        taken.push(g)
      }
      return taken
    }
    for (const item of items) {
      if (item.kind === "quant" && item.quantifier === "exists" && !item.bounds.some((b) => b.names.some((n) => names.includes(n)))) {
        // `\E x \in S: /\ g(x) /\ rest` branches per witness, but no witness passes without g: the action is
        // disabled unless some x in S satisfies g (TLC evaluates S and g for each x too, so testing them here
        // evaluates nothing TLC does not). It ends the guards, as the \E is where the action starts branching.
        const gs = existsGuards(item)
        if (gs.length > 0) {
          let depth = floor
          for (const x of [...gs, ...item.bounds.map((b) => b.set)]) depth = Math.max(depth, this.paramDepthOf(x, paramDepth))
          const code = this.overBounds(item.bounds, ctx, "some", (c) => gs.map((g) => this.bool(this.ex(g, c))).join(" && "))
          out.push({ code, depth, where: where(item.loc) })
          taken.push(...item.bounds.map((b) => b.set), ...gs)
        }
        break
      }
      if (item.kind === "let" || this.actionish(item, actCtx)) break
      const use = { state: false, primes: false, calls: new Set<string>() }
      this.scan(item, new Set(params.map((p) => p.name)), use)
      if (use.primes || [...use.calls].some((c) => this.defs.get(c)?.usesPrimes === true)) break
      const depth = Math.max(floor, this.paramDepthOf(item, paramDepth))
      floor = depth
      out.push({ code: this.bool(this.ex(item, ctx)), depth, where: where(item.loc) })
      taken.push(item)
    }
    return { guards: out, items: taken }
  }

  /** The deepest loop any parameter x names is bound in (paramDepth: each parameter's; names may be shadowed, which only deepens it). */
  private paramDepthOf(x: Expr, paramDepth: ReadonlyMap<string, number>): number {
    let depth = 0
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) for (const y of v) walk(y)
      else if (typeof v === "object" && v !== null) {
        const node = v as { kind?: unknown; name?: unknown }
        if ((node.kind === "name" || node.kind === "call") && typeof node.name === "string") depth = Math.max(depth, paramDepth.get(node.name) ?? 0)
        for (const y of Object.values(v)) walk(y)
      }
    }
    walk(x)
    return depth
  }

  /** A disjunct of Next: `\E bounds: Name(args)` (any number of nested \E), or `Name(args)`. */
  private unfold(e: Expr): { readonly bounds: ReadonlyArray<Bound>; readonly call: Extract<Expr, { kind: "name" | "call" }> } {
    const bounds: Array<Bound> = []
    let body = e
    while (body.kind === "quant" && body.quantifier === "exists") {
      bounds.push(...body.bounds)
      body = body.body
    }
    if ((body.kind === "call" || body.kind === "name") && this.isDef(body.name)) return { bounds, call: body }
    throw new UnsupportedConstruct(`a disjunct of ${this.config.next} that is not [\\E x \\in S:] Action(args)`, e.loc)
  }
}

function paramBinding(p: { readonly name: string; readonly arity: number }): Binding {
  return p.arity === 0 ? { kind: "local", ts: ident(p.name) } : { kind: "opParam", ts: ident(p.name), arity: p.arity }
}

/** A parameter's declaration; `body` is the code that uses it (an unused one is marked so for the compiler). */
function paramDecl(p: { readonly name: string; readonly arity: number }, body: string): string {
  const name = lambdaParam(ident(p.name), body)
  if (p.arity === 0) return `${name}: T.Value`
  return `${name}: (${Array.from({ length: p.arity }, (_, k) => `a${k}: T.Value`).join(", ")}) => T.Value`
}

/** A TLA+ identifier as a TS identifier (reserved words get a trailing underscore). */
function ident(name: string): string {
  return reserved.has(name) ? `${name}_` : name
}

function where(loc: Loc): string {
  return `${loc.file}:${loc.line}:${loc.column}`
}

function wrap(code: string): string {
  return `(${code})`
}

/** The name of a callback's parameter: its own when the body uses it, else marked unused for the compiler. */
function lambdaParam(ts: string, body: string): string {
  return new RegExp(`(?<![\\w$])${ts.replace(/\$/g, "\\$")}(?![\\w$])`).test(body) ? ts : `_${ts}`
}
