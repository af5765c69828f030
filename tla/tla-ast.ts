/**
 * The typed AST of the TLA+ subset the translator accepts: what ZooKeeper's Zab.tla uses (and, as it
 * grows, the system spec). tla-parse.ts builds it from the community tree-sitter grammar's tree; anything
 * else in a spec is refused there with the construct's name, file, line and column (UnsupportedConstruct).
 *
 * Every node carries its position in the source (1-based line and column) so the emitter can say which
 * TLA+ lines a generated function comes from, and errors can point at the construct.
 */

export interface Loc {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endLine: number
}

/** A refused or ill-formed construct: the translator never translates approximately. */
export class UnsupportedConstruct extends Error {
  override readonly name = "UnsupportedConstruct"
  constructor(
    readonly construct: string,
    readonly loc: Loc,
    detail = "",
  ) {
    super(`${loc.file}:${loc.line}:${loc.column}: unsupported TLA+ construct: ${construct}${detail === "" ? "" : ` (${detail})`}`)
  }
}

/** Binary operators, named by the grammar's symbol node. */
export type InfixOp =
  | "eq"
  | "neq"
  | "lt"
  | "gt"
  | "leq"
  | "geq"
  | "plus"
  | "minus"
  | "mul"
  | "div"
  | "mod"
  | "in"
  | "notin"
  | "cup"
  | "cap"
  | "setminus"
  | "subseteq"
  | "implies"
  | "equiv"
  | "dots_2"
  | "circ"
  | "map_to"
  | "compose"

export type PrefixOp = "lnot" | "negative" | "domain" | "powerset" | "union" | "unchanged"

/** `x, y \in S` of a quantifier, set map or function literal: the names, all ranging over one set. */
export interface Bound {
  readonly names: ReadonlyArray<string>
  readonly set: Expr
}

/** One `!path = value` of an EXCEPT: each step is a function argument (possibly a tuple) or a field. */
export type ExceptStep = { readonly kind: "index"; readonly args: ReadonlyArray<Expr> } | { readonly kind: "field"; readonly name: string }

export interface ExceptUpdate {
  readonly path: ReadonlyArray<ExceptStep>
  readonly value: Expr
}

export type Expr =
  | { readonly kind: "num"; readonly value: number; readonly loc: Loc }
  | { readonly kind: "str"; readonly value: string; readonly loc: Loc }
  | { readonly kind: "bool"; readonly value: boolean; readonly loc: Loc }
  /** Nat, Int, BOOLEAN, STRING. */
  | { readonly kind: "builtinSet"; readonly name: "Nat" | "Int" | "BOOLEAN" | "STRING"; readonly loc: Loc }
  /** A name: bound variable, parameter, constant, variable or operator of arity 0. */
  | { readonly kind: "name"; readonly name: string; readonly loc: Loc }
  /** Op(args): a user operator, an operator parameter, or a standard-module operator (Len, Append, ...). */
  | { readonly kind: "call"; readonly name: string; readonly args: ReadonlyArray<Arg>; readonly loc: Loc }
  | { readonly kind: "infix"; readonly op: InfixOp; readonly lhs: Expr; readonly rhs: Expr; readonly loc: Loc }
  | { readonly kind: "prefix"; readonly op: PrefixOp; readonly arg: Expr; readonly loc: Loc }
  /** e'. */
  | { readonly kind: "prime"; readonly arg: Expr; readonly loc: Loc }
  /** A conjunction (a bulleted list or `/\`), flattened. */
  | { readonly kind: "and"; readonly items: ReadonlyArray<Expr>; readonly loc: Loc }
  /** A disjunction (a bulleted list or `\/`), flattened. */
  | { readonly kind: "or"; readonly items: ReadonlyArray<Expr>; readonly loc: Loc }
  | { readonly kind: "quant"; readonly quantifier: "exists" | "forall"; readonly bounds: ReadonlyArray<Bound>; readonly body: Expr; readonly loc: Loc }
  | { readonly kind: "choose"; readonly name: string; readonly set: Expr; readonly body: Expr; readonly loc: Loc }
  | { readonly kind: "setEnum"; readonly items: ReadonlyArray<Expr>; readonly loc: Loc }
  | { readonly kind: "setMap"; readonly map: Expr; readonly bounds: ReadonlyArray<Bound>; readonly loc: Loc }
  | { readonly kind: "setFilter"; readonly name: string; readonly set: Expr; readonly filter: Expr; readonly loc: Loc }
  /** [x \in S |-> e]. */
  | { readonly kind: "fnLit"; readonly bounds: ReadonlyArray<Bound>; readonly body: Expr; readonly loc: Loc }
  /** [S -> T]. */
  | { readonly kind: "fnSet"; readonly domain: Expr; readonly range: Expr; readonly loc: Loc }
  | { readonly kind: "record"; readonly fields: ReadonlyArray<readonly [string, Expr]>; readonly loc: Loc }
  /** [f: S, g: T]: the set of records. */
  | { readonly kind: "recordSet"; readonly fields: ReadonlyArray<readonly [string, Expr]>; readonly loc: Loc }
  | { readonly kind: "tuple"; readonly items: ReadonlyArray<Expr>; readonly loc: Loc }
  /** f[a] or f[a, b] (the latter applies f to <<a, b>>). */
  | { readonly kind: "apply"; readonly fn: Expr; readonly args: ReadonlyArray<Expr>; readonly loc: Loc }
  | { readonly kind: "field"; readonly record: Expr; readonly name: string; readonly loc: Loc }
  | { readonly kind: "except"; readonly base: Expr; readonly updates: ReadonlyArray<ExceptUpdate>; readonly loc: Loc }
  /** @ inside an EXCEPT value. */
  | { readonly kind: "at"; readonly loc: Loc }
  | { readonly kind: "if"; readonly cond: Expr; readonly then: Expr; readonly else: Expr; readonly loc: Loc }
  | { readonly kind: "case"; readonly arms: ReadonlyArray<readonly [Expr, Expr]>; readonly other: Expr | null; readonly loc: Loc }
  | { readonly kind: "let"; readonly defs: ReadonlyArray<OpDef>; readonly body: Expr; readonly loc: Loc }

/** An operator argument: an expression, or (for an operator parameter like Comp(_,_)) a LAMBDA. */
export type Arg = Expr | { readonly kind: "lambda"; readonly params: ReadonlyArray<string>; readonly body: Expr; readonly loc: Loc }

/** A parameter: a value, or an operator of the given arity (Comp(_, _) has arity 2). */
export interface Param {
  readonly name: string
  readonly arity: number
}

export interface OpDef {
  readonly name: string
  readonly params: ReadonlyArray<Param>
  readonly body: Expr
  readonly recursive: boolean
  readonly loc: Loc
}

export interface Module {
  readonly name: string
  readonly file: string
  readonly extends: ReadonlyArray<string>
  readonly constants: ReadonlyArray<string>
  readonly variables: ReadonlyArray<string>
  readonly defs: ReadonlyArray<OpDef>
}
