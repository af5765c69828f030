/**
 * The types of a spec's variables, inferred from Init and the actions of Next: the first step towards a
 * type-directed representation of the generated models (a function over Server as an array, a record with
 * fixed fields as a fixed-shape object, a set of servers as a bitset), which the emitter does not use yet.
 *
 * Zab.tla has no TypeOK, so the types come from what the spec assigns: each variable's type is the join of
 * the types of every value Init gives it and every `x' = e` / `x' \in S` the actions reach, computed again
 * with the joined types until nothing changes. Operators are typed at each call with the types of their
 * arguments (their bodies inlined), so an action's parameters take the types of the sets Next binds them
 * to. Where two values cannot share a typed representation (an integer and a string in one place), the
 * type is `any`: the generic representation of model/tla-values.ts, which stays the reference semantics.
 *
 * The types describe shapes, not TLC's sets: `fn(k, v)` is any function with keys of type k (a sequence or
 * a record is a function too, and a tuple is a sequence), and nothing says which keys a function has.
 */
import type { Arg, Expr, Module, OpDef } from "./tla-ast.js"

export interface RecordType {
  readonly kind: "record"
  /** Sorted by name. */
  readonly fields: ReadonlyArray<readonly [string, TlaType]>
}

export type TlaType =
  /** No value yet: the elements of an empty set or sequence. */
  | { readonly kind: "none" }
  /** Not typed: the generic representation. */
  | { readonly kind: "any" }
  | { readonly kind: "bool" }
  | { readonly kind: "int" }
  /** A string; `lit` while it is known to be one literal (a record's field name passed to an operator). */
  | { readonly kind: "str"; readonly lit?: string }
  /**
   * A model value. `of`, where known, names where it comes from: a constant that is a model value (LOOKING),
   * or a constant set of them (Server, for its elements); sorted. Unknown (absent) once it meets a model
   * value of unknown origin.
   */
  | { readonly kind: "atom"; readonly of?: ReadonlyArray<string> }
  | { readonly kind: "set"; readonly elem: TlaType }
  /** A sequence (a tuple too). */
  | { readonly kind: "seq"; readonly elem: TlaType }
  /** A function; `domain` names a constant set when every such function was built over all of it. */
  | { readonly kind: "fn"; readonly key: TlaType; readonly range: TlaType; readonly domain?: string }
  | RecordType
  /** Records with different sets of fields (Zab.tla's messages): at most one variant per set of field names. */
  | { readonly kind: "records"; readonly variants: ReadonlyArray<RecordType> }

export const NONE: TlaType = { kind: "none" }
export const ANY: TlaType = { kind: "any" }
export const BOOL: TlaType = { kind: "bool" }
export const INT: TlaType = { kind: "int" }
export const STR: TlaType = { kind: "str" }
export const ATOM: TlaType = { kind: "atom" }

export function setOfType(elem: TlaType): TlaType {
  return { kind: "set", elem }
}

export function seqOfType(elem: TlaType): TlaType {
  return { kind: "seq", elem }
}

export function fnType(key: TlaType, range: TlaType, domain?: string): TlaType {
  return domain === undefined ? { kind: "fn", key, range } : { kind: "fn", key, range, domain }
}

/** A model value from these constants (a model value, or a set of them for its elements). */
export function atomOf(...of: ReadonlyArray<string>): TlaType {
  return { kind: "atom", of: [...new Set(of)].sort() }
}

export function recordType(fields: ReadonlyArray<readonly [string, TlaType]>): RecordType {
  return { kind: "record", fields: [...fields].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) }
}

/** A type in a TLA+-like notation (`[Server -> ...]` is written `fn(atom, ...)`); withLiterals names a literal string's value. */
export function showType(t: TlaType, withLiterals = false): string {
  const show = (u: TlaType): string => showType(u, withLiterals)
  switch (t.kind) {
    case "none":
    case "any":
    case "bool":
    case "int":
      return t.kind
    case "atom":
      return t.of === undefined ? "atom" : t.of.join(" | ")
    case "str":
      return withLiterals && t.lit !== undefined ? JSON.stringify(t.lit) : "str"
    case "set":
      return `Set(${show(t.elem)})`
    case "seq":
      return `Seq(${show(t.elem)})`
    case "fn":
      return t.domain === undefined ? `fn(${show(t.key)}, ${show(t.range)})` : `[${t.domain} -> ${show(t.range)}]`
    case "record":
      return `[${t.fields.map(([f, ft]) => `${f}: ${show(ft)}`).join(", ")}]`
    case "records":
      return t.variants.map(show).join(" | ")
  }
}

function fieldNames(r: RecordType): string {
  return r.fields.map(([f]) => f).join(",")
}

function joinRecords(a: RecordType, b: RecordType): RecordType {
  return { kind: "record", fields: a.fields.map(([f, t], k) => [f, join(t, b.fields[k]![1])] as const) }
}

/** Every value of a or of b has the type join(a, b). */
export function join(a: TlaType, b: TlaType): TlaType {
  if (a === b || a.kind === "none") return b
  if (b.kind === "none") return a
  if (a.kind === "any" || b.kind === "any") return ANY
  if (a.kind === "str" && b.kind === "str") return a.lit !== undefined && a.lit === b.lit ? a : STR
  if ((a.kind === "record" || a.kind === "records") && (b.kind === "record" || b.kind === "records")) {
    const variants: Array<RecordType> = a.kind === "record" ? [a] : [...a.variants]
    for (const r of b.kind === "record" ? [b] : b.variants) {
      const k = variants.findIndex((v) => fieldNames(v) === fieldNames(r))
      if (k >= 0) variants[k] = joinRecords(variants[k]!, r)
      else variants.push(r)
    }
    variants.sort((x, y) => (fieldNames(x) < fieldNames(y) ? -1 : 1))
    return variants.length === 1 ? variants[0]! : { kind: "records", variants }
  }
  // A sequence and a record are functions too: with any other function they join as functions.
  const asFn = (t: TlaType): { key: TlaType; range: TlaType } | null => {
    switch (t.kind) {
      case "fn":
        return t
      case "seq":
        return { key: INT, range: t.elem }
      case "record":
        return { key: STR, range: t.fields.reduce<TlaType>((acc, [, ft]) => join(acc, ft), NONE) }
      case "records":
        return { key: STR, range: t.variants.reduce<TlaType>((acc, r) => join(acc, asFn(r)!.range), NONE) }
      default:
        return null
    }
  }
  if (a.kind !== b.kind) {
    const fa = asFn(a)
    const fb = asFn(b)
    return fa !== null && fb !== null ? fnType(join(fa.key, fb.key), join(fa.range, fb.range)) : ANY
  }
  switch (a.kind) {
    case "set":
      return setOfType(join(a.elem, (b as typeof a).elem))
    case "seq":
      return seqOfType(join(a.elem, (b as typeof a).elem))
    case "fn": {
      const fb = b as typeof a
      return fnType(join(a.key, fb.key), join(a.range, fb.range), a.domain === fb.domain ? a.domain : undefined)
    }
    case "atom": {
      const ab = b as typeof a
      return a.of === undefined || ab.of === undefined ? ATOM : atomOf(...a.of, ...ab.of)
    }
    default:
      // bool, int: the same kind.
      return a
  }
}

function sameType(a: TlaType, b: TlaType): boolean {
  return showType(a, true) === showType(b, true)
}

/** The type of an element of a set of type t. */
function elemOf(t: TlaType): TlaType {
  if (t.kind === "set") return t.elem
  return t.kind === "none" ? NONE : ANY
}

/** The type of f[x] for f of type t (x of type x). */
function rangeOf(t: TlaType, x: TlaType): TlaType {
  switch (t.kind) {
    case "none":
      return NONE
    case "fn":
      return t.range
    case "seq":
      return t.elem
    case "record":
      return fieldOf(t, x.kind === "str" ? x.lit : undefined)
    case "records":
      return t.variants.reduce<TlaType>((acc, r) => join(acc, rangeOf(r, x)), NONE)
    default:
      return ANY
  }
}

/**
 * The type of r.name (every field's, joined, when the name is not known). A field no record of the type has
 * gives none: no such value is known yet (a message variant found in a later round of the fixpoint), and
 * TLC would stop on it if none ever came.
 */
function fieldOf(t: TlaType, name: string | undefined): TlaType {
  switch (t.kind) {
    case "none":
      return NONE
    case "record": {
      if (name === undefined) return t.fields.reduce<TlaType>((acc, [, ft]) => join(acc, ft), NONE)
      const f = t.fields.find(([n]) => n === name)
      return f === undefined ? NONE : f[1]
    }
    case "records": {
      const having = t.variants.filter((r) => name === undefined || r.fields.some(([n]) => n === name))
      return having.reduce<TlaType>((acc, r) => join(acc, fieldOf(r, name)), NONE)
    }
    case "fn":
      return t.range
    default:
      return ANY
  }
}

/** The type of the keys of a function of type t (DOMAIN). */
function keyOf(t: TlaType): TlaType {
  switch (t.kind) {
    case "none":
      return NONE
    case "fn":
      return t.key
    case "seq":
      return INT
    case "record":
    case "records":
      return STR
    default:
      return ANY
  }
}

/** t with the value at `path` (of an EXCEPT) joined with v: a field of a record stays that field. */
function updatedAt(t: TlaType, path: ReadonlyArray<{ readonly field?: string; readonly key?: TlaType }>, v: TlaType): TlaType {
  if (path.length === 0) return join(t, v)
  const [step, ...rest] = path
  const name = step!.field ?? (step!.key?.kind === "str" ? step!.key.lit : undefined)
  switch (t.kind) {
    case "record":
      if (name !== undefined && t.fields.some(([n]) => n === name)) return { kind: "record", fields: t.fields.map(([n, ft]) => [n, n === name ? updatedAt(ft, rest, v) : ft] as const) }
      return ANY
    case "fn":
      return fnType(t.key, updatedAt(t.range, rest, v), t.domain)
    case "seq":
      return seqOfType(updatedAt(t.elem, rest, v))
    case "none":
      return NONE
    default:
      return ANY
  }
}

/** The type at `path` in t (what @ stands for). */
function typeAt(t: TlaType, path: ReadonlyArray<{ readonly field?: string; readonly key?: TlaType }>): TlaType {
  let at = t
  for (const step of path) at = step.field !== undefined ? fieldOf(at, step.field) : rangeOf(at, step.key ?? ANY)
  return at
}

type Binding = { readonly kind: "value"; readonly type: TlaType } | { readonly kind: "op"; readonly def: OpDef; readonly scope: Scope } | { readonly kind: "lambda"; readonly params: ReadonlyArray<string>; readonly body: Expr; readonly scope: Scope }

class Scope {
  constructor(
    private readonly names: ReadonlyMap<string, Binding>,
    private readonly parent: Scope | null,
  ) {}
  with(bindings: ReadonlyArray<readonly [string, Binding]>): Scope {
    return new Scope(new Map(bindings), this)
  }
  get(name: string): Binding | undefined {
    return this.names.get(name) ?? this.parent?.get(name)
  }
}

export interface InferConfig {
  readonly init: string
  readonly next: string
  /** Definitions a configuration replaces by a constant (their type is in constantTypes). */
  readonly overrides?: ReadonlyArray<string>
  /** Definitions replaced by another of the same arity (TLC's `Name <- Other`). */
  readonly substitutions?: Readonly<Record<string, string>>
  /** The types of the constants (and overridden definitions); a constant not named here is `any`. */
  readonly constantTypes: Readonly<Record<string, TlaType>>
  /** Rounds of the fixpoint before a variable still changing is given up as `any`. */
  readonly maxRounds?: number
  /** State predicates (the invariants) whose expressions are typed too, with the variables' final types. */
  readonly invariants?: ReadonlyArray<string>
}

/** What the inference found: the variables' types, and the type of every expression Init, Next and the invariants reach. */
export interface InferredTypes {
  /** In declaration order; a variable that Init and the actions never assign stays `none`. */
  readonly variables: ReadonlyMap<string, TlaType>
  /**
   * An expression's type, joined over every context it is evaluated in (an operator's body is typed at each
   * call, with its arguments' types), or undefined for one that is never reached.
   */
  readonly expressions: ReadonlyMap<Expr, TlaType>
}

/**
 * The inferred type of each variable of the modules (the last one is the spec), in declaration order. A
 * variable that Init and the actions never assign stays `none`.
 */
export function inferVariableTypes(modules: ReadonlyArray<Module>, config: InferConfig): ReadonlyMap<string, TlaType> {
  return new TypeInference(modules, config).run().variables
}

export function inferTypes(modules: ReadonlyArray<Module>, config: InferConfig): InferredTypes {
  return new TypeInference(modules, config).run()
}

class TypeInference {
  private readonly defs = new Map<string, OpDef>()
  private readonly variables: ReadonlyArray<string>
  private readonly constants = new Set<string>()
  private types = new Map<string, TlaType>()
  /** The types assigned in the current round. */
  private assigned = new Map<string, TlaType>()
  private mode: "init" | "next" = "init"
  /** Top-level operators typed in the current round, by name and argument types; those being typed. */
  private readonly memo = new Map<string, TlaType>()
  private readonly typing = new Set<string>()
  /** Where the current round records each expression's type (joined over its contexts), if it does. */
  private recording = new Map<Expr, TlaType>()

  constructor(
    modules: ReadonlyArray<Module>,
    private readonly config: InferConfig,
  ) {
    const variables: Array<string> = []
    for (const m of modules) {
      variables.push(...m.variables)
      for (const c of m.constants) this.constants.add(c)
      for (const d of m.defs) this.defs.set(d.name, d)
    }
    for (const [name, by] of Object.entries(config.substitutions ?? {})) {
      const replacement = this.defs.get(by)
      if (replacement === undefined) throw new Error(`the configuration substitutes ${by} for ${name}, which the spec does not define`)
      this.defs.set(name, { ...replacement, name })
    }
    for (const o of config.overrides ?? []) {
      this.defs.delete(o)
      this.constants.add(o)
    }
    this.variables = variables
    for (const v of variables) this.types.set(v, NONE)
  }

  run(): InferredTypes {
    const init = this.defs.get(this.config.init)
    const next = this.defs.get(this.config.next)
    if (init === undefined || next === undefined) throw new Error(`the spec defines no ${init === undefined ? this.config.init : this.config.next}`)
    const root = new Scope(new Map(), null)
    // Init reads the variables it has assigned (SelfVote(s) reads lastProcessed): a second pass reads what
    // the first assigned, wherever the operator that reads it was first typed.
    this.mode = "init"
    for (let pass = 0; pass < 2; pass++) {
      this.round(() => this.typeOf(init.body, root))
      this.types = new Map(this.variables.map((v) => [v, this.assigned.get(v) ?? NONE]))
    }
    const initExpressions = this.recording
    const maxRounds = this.config.maxRounds ?? 12
    this.mode = "next"
    // After maxRounds, a variable whose type still grows (a sequence nested one level deeper at every step)
    // is widened to any; the others are joined again until nothing changes.
    for (let r = 0; ; r++) {
      this.round(() => this.typeOf(next.body, root))
      let changed = false
      const joined = new Map<string, TlaType>()
      for (const v of this.variables) {
        let t = join(this.types.get(v)!, this.assigned.get(v) ?? NONE)
        if (!sameType(t, this.types.get(v)!)) {
          changed = true
          if (r >= maxRounds) t = ANY
        }
        joined.set(v, t)
      }
      this.types = joined
      if (changed) continue
      // The last round ran with the final types: its expressions' types stand, with Init's and the invariants'.
      const expressions = this.recording
      for (const [e, t] of initExpressions) expressions.set(e, join(expressions.get(e) ?? NONE, t))
      for (const name of this.config.invariants ?? []) {
        const inv = this.defs.get(name)
        if (inv === undefined) throw new Error(`the spec defines no ${name}`)
        this.memo.clear()
        this.typeOf(inv.body, root)
      }
      return { variables: this.types, expressions }
    }
  }

  private round(f: () => void): void {
    this.assigned = new Map()
    this.recording = new Map()
    this.memo.clear()
    f()
  }

  private assign(name: string, t: TlaType): void {
    this.assigned.set(name, join(this.assigned.get(name) ?? NONE, t))
  }

  /** The variable `e` assigns in this mode (`x` in Init, `x'` in an action), or null. */
  private assignee(e: Expr): string | null {
    if (this.mode === "init") return e.kind === "name" && this.variables.includes(e.name) ? e.name : null
    return e.kind === "prime" && e.arg.kind === "name" && this.variables.includes(e.arg.name) ? e.arg.name : null
  }

  private call(name: string, args: ReadonlyArray<Arg>, scope: Scope): TlaType {
    const b = scope.get(name)
    if (b !== undefined) {
      if (b.kind === "op") return this.apply(b.def, args, scope, b.scope, false)
      if (b.kind === "lambda") return this.typeOf(b.body, b.scope.with(b.params.map((p, k) => [p, { kind: "value", type: this.argType(args[k]!, scope) }] as const)))
      return ANY
    }
    const def = this.defs.get(name)
    if (def !== undefined) return this.apply(def, args, scope, new Scope(new Map(), null), true)
    return this.builtin(name, args.map((a) => this.argType(a, scope)))
  }

  private argType(a: Arg, scope: Scope): TlaType {
    return a.kind === "lambda" ? ANY : this.typeOf(a, scope)
  }

  /** An operator's body typed with its arguments' types (top-level operators once per round and argument types). */
  private apply(def: OpDef, args: ReadonlyArray<Arg>, callScope: Scope, defScope: Scope, topLevel: boolean): TlaType {
    const bindings: Array<readonly [string, Binding]> = def.params.map((p, k) => {
      const a = args[k]!
      if (p.arity > 0) {
        if (a.kind === "lambda") return [p.name, { kind: "lambda", params: a.params, body: a.body, scope: callScope }] as const
        if (a.kind === "name") {
          const named = callScope.get(a.name) ?? (this.defs.has(a.name) ? ({ kind: "op", def: this.defs.get(a.name)!, scope: new Scope(new Map(), null) } as const) : undefined)
          if (named !== undefined) return [p.name, named] as const
        }
        return [p.name, { kind: "value", type: ANY }] as const
      }
      return [p.name, { kind: "value", type: this.typeOf(a as Expr, callScope) }] as const
    })
    const memoable = topLevel && def.params.every((p) => p.arity === 0)
    const key = `${def.name}@${def.loc.file}:${def.loc.line}:${def.loc.column}(${bindings.map(([, b]) => (b.kind === "value" ? showType(b.type, true) : "op")).join(";")})`
    if (memoable) {
      const known = this.memo.get(key)
      if (known !== undefined) return known
    }
    // A recursive call with the same argument types: its other branches give the type.
    if (this.typing.has(key)) return NONE
    this.typing.add(key)
    const t = this.typeOf(def.body, defScope.with(bindings))
    this.typing.delete(key)
    if (memoable) this.memo.set(key, t)
    return t
  }

  private builtin(name: string, args: ReadonlyArray<TlaType>): TlaType {
    switch (name) {
      case "Len":
      case "Cardinality":
        return INT
      case "Append":
        return args[0]!.kind === "seq" || args[0]!.kind === "none" ? seqOfType(join(rangeOf(args[0]!, INT), args[1]!)) : ANY
      case "Head":
        return rangeOf(args[0]!, INT)
      case "Tail":
      case "SubSeq":
      case "SelectSeq":
        return args[0]!
      case "ToString":
        return STR
      case "PrintT":
      case "Assert":
        return BOOL
      case "Print":
        return args[1]!
      case "Seq":
        return setOfType(seqOfType(elemOf(args[0]!)))
      default:
        return ANY
    }
  }

  private boundScope(bounds: ReadonlyArray<{ readonly names: ReadonlyArray<string>; readonly set: Expr }>, scope: Scope): { scope: Scope; key: TlaType } {
    const bindings: Array<readonly [string, Binding]> = []
    const keys: Array<TlaType> = []
    for (const b of bounds) {
      const elem = elemOf(this.typeOf(b.set, scope))
      for (const name of b.names) {
        bindings.push([name, { kind: "value", type: elem }])
        keys.push(elem)
      }
    }
    // [x, y \in S |-> e] is a function of pairs.
    const key = keys.length === 1 ? keys[0]! : seqOfType(keys.reduce<TlaType>((acc, k) => join(acc, k), NONE))
    return { scope: scope.with(bindings), key }
  }

  private typeOf(e: Expr, scope: Scope): TlaType {
    const t = this.typeOfNode(e, scope)
    this.recording.set(e, join(this.recording.get(e) ?? NONE, t))
    return t
  }

  private typeOfNode(e: Expr, scope: Scope): TlaType {
    switch (e.kind) {
      case "num":
        return INT
      case "str":
        return { kind: "str", lit: e.value }
      case "bool":
        return BOOL
      case "builtinSet":
        return setOfType(e.name === "BOOLEAN" ? BOOL : e.name === "STRING" ? STR : INT)
      case "name": {
        const b = scope.get(e.name)
        if (b !== undefined) {
          if (b.kind === "value") return b.type
          if (b.kind === "op") return this.apply(b.def, [], scope, b.scope, false)
          return ANY
        }
        if (this.variables.includes(e.name)) return this.mode === "init" ? join(this.types.get(e.name)!, this.assigned.get(e.name) ?? NONE) : this.types.get(e.name)!
        if (this.constants.has(e.name)) return this.config.constantTypes[e.name] ?? ANY
        return this.call(e.name, [], scope)
      }
      case "call":
        return this.call(e.name, e.args, scope)
      case "prime":
        return this.typeOf(e.arg, scope)
      case "infix": {
        const lhs = this.typeOf(e.lhs, scope)
        const rhs = this.typeOf(e.rhs, scope)
        const target = e.op === "eq" || e.op === "in" ? this.assignee(e.lhs) : null
        if (target !== null) this.assign(target, e.op === "eq" ? rhs : elemOf(rhs))
        switch (e.op) {
          case "plus":
          case "minus":
          case "mul":
          case "div":
          case "mod":
            return INT
          case "cup":
          case "cap":
          case "setminus":
            return join(lhs, rhs)
          case "dots_2":
            return setOfType(INT)
          case "circ":
            return join(lhs, rhs)
          case "map_to":
            return lhs.kind === "str" && lhs.lit !== undefined ? recordType([[lhs.lit, rhs]]) : fnType(lhs, rhs)
          case "compose":
            return this.compose(lhs, rhs)
          default:
            return BOOL
        }
      }
      case "prefix": {
        const t = this.typeOf(e.arg, scope)
        switch (e.op) {
          case "lnot":
          case "unchanged":
            return BOOL
          case "negative":
            return INT
          case "domain":
            return setOfType(keyOf(t))
          case "powerset":
            return setOfType(t)
          case "union":
            return elemOf(t)
        }
        return ANY
      }
      case "and":
      case "or":
        for (const item of e.items) this.typeOf(item, scope)
        return BOOL
      case "quant": {
        const { scope: inner } = this.boundScope(e.bounds, scope)
        this.typeOf(e.body, inner)
        return BOOL
      }
      case "choose": {
        const elem = elemOf(this.typeOf(e.set, scope))
        this.typeOf(e.body, scope.with([[e.name, { kind: "value", type: elem }]]))
        return elem
      }
      case "setEnum":
        return setOfType(e.items.reduce<TlaType>((acc, x) => join(acc, this.typeOf(x, scope)), NONE))
      case "setMap": {
        const { scope: inner } = this.boundScope(e.bounds, scope)
        return setOfType(this.typeOf(e.map, inner))
      }
      case "setFilter": {
        const set = this.typeOf(e.set, scope)
        this.typeOf(e.filter, scope.with([[e.name, { kind: "value", type: elemOf(set) }]]))
        return set
      }
      case "fnLit": {
        const { scope: inner, key } = this.boundScope(e.bounds, scope)
        const only = e.bounds.length === 1 && e.bounds[0]!.names.length === 1 ? e.bounds[0]!.set : null
        const domain = only !== null && only.kind === "name" && scope.get(only.name) === undefined && this.constants.has(only.name) ? only.name : undefined
        return fnType(key, this.typeOf(e.body, inner), domain)
      }
      case "fnSet":
        return setOfType(fnType(elemOf(this.typeOf(e.domain, scope)), elemOf(this.typeOf(e.range, scope))))
      case "record":
        return recordType(e.fields.map(([f, x]) => [f, this.typeOf(x, scope)] as const))
      case "recordSet":
        return setOfType(recordType(e.fields.map(([f, x]) => [f, elemOf(this.typeOf(x, scope))] as const)))
      case "tuple":
        return seqOfType(e.items.reduce<TlaType>((acc, x) => join(acc, this.typeOf(x, scope)), NONE))
      case "apply": {
        const f = this.typeOf(e.fn, scope)
        const args = e.args.map((a) => this.typeOf(a, scope))
        return rangeOf(f, args.length === 1 ? args[0]! : seqOfType(args.reduce<TlaType>((acc, k) => join(acc, k), NONE)))
      }
      case "field":
        return fieldOf(this.typeOf(e.record, scope), e.name)
      case "except": {
        let t = this.typeOf(e.base, scope)
        for (const u of e.updates) {
          const path = u.path.map((step) => {
            if (step.kind === "field") return { field: step.name }
            const keys = step.args.map((a) => this.typeOf(a, scope))
            return { key: keys.length === 1 ? keys[0]! : seqOfType(keys.reduce<TlaType>((acc, k) => join(acc, k), NONE)) }
          })
          const v = this.typeOf(u.value, scope.with([["@", { kind: "value", type: typeAt(t, path) }]]))
          t = updatedAt(t, path, v)
        }
        return t
      }
      case "at": {
        const b = scope.get("@")
        return b !== undefined && b.kind === "value" ? b.type : ANY
      }
      case "if":
        this.typeOf(e.cond, scope)
        return join(this.typeOf(e.then, scope), this.typeOf(e.else, scope))
      case "case": {
        let t: TlaType = NONE
        for (const [cond, value] of e.arms) {
          this.typeOf(cond, scope)
          t = join(t, this.typeOf(value, scope))
        }
        return e.other === null ? t : join(t, this.typeOf(e.other, scope))
      }
      case "let": {
        // Each definition sees the ones before it (and itself, if recursive); operators are typed where called.
        let inner = scope
        for (const d of e.defs) {
          const names = new Map<string, Binding>()
          const withDef = new Scope(names, inner)
          names.set(d.name, { kind: "op", def: d, scope: d.recursive ? withDef : inner })
          inner = withDef
        }
        return this.typeOf(e.body, inner)
      }
    }
  }

  /** f @@ g: a record's fields from f, then g's others; any other functions join. */
  private compose(f: TlaType, g: TlaType): TlaType {
    if (f.kind === "none") return g
    if (g.kind === "none") return f
    if (f.kind === "record" && g.kind === "record") {
      const fields = new Map<string, TlaType>(g.fields)
      for (const [n, t] of f.fields) fields.set(n, t)
      return recordType([...fields])
    }
    return join(f, g)
  }
}
