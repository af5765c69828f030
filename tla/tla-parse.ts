/**
 * TLA+ source -> the typed AST of tla-ast.ts, through the TLA+ community's tree-sitter grammar
 * (@tlaplus/tree-sitter-tlaplus, its wasm build, loaded by web-tree-sitter). The source text is only ever
 * read through the grammar's tree: no regular expression looks at TLA+ text.
 *
 * Each construct of the grammar is either converted or refused with UnsupportedConstruct naming it, with
 * file, line and column. A top-level definition whose body holds a refused construct is kept with its error
 * (Module.refused): the translator raises it only if that definition is reachable from what it translates,
 * so a spec's temporal formulas (Spec == Init /\ [][Next]_vars) do not stop the translation of its actions.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { Language, type Node, Parser } from "web-tree-sitter"
import type { Arg, Bound, ExceptStep, ExceptUpdate, Expr, InfixOp, Loc, Module, OpDef, Param, PrefixOp } from "./tla-ast.js"
import { UnsupportedConstruct } from "./tla-ast.js"

let parser: Parser | null = null

/** The grammar's wasm file, as the npm package ships it. */
export function grammarWasmPath(): string {
  return createRequire(import.meta.url).resolve("@tlaplus/tree-sitter-tlaplus/tree-sitter-tlaplus.wasm")
}

/** Loads the grammar once (web-tree-sitter is asynchronous to initialise, synchronous to parse). */
export async function loadTlaParser(): Promise<Parser> {
  if (parser !== null) return parser
  await Parser.init()
  const language = await Language.load(new Uint8Array(readFileSync(grammarWasmPath())))
  const p = new Parser()
  p.setLanguage(language)
  parser = p
  return p
}

/** A parsed module: its definitions, and the error of each top-level definition that could not be converted. */
export interface ParsedModule extends Module {
  readonly refused: ReadonlyMap<string, UnsupportedConstruct>
}

const infixOps: ReadonlySet<string> = new Set<InfixOp>(["eq", "neq", "lt", "gt", "leq", "geq", "plus", "minus", "mul", "div", "mod", "in", "notin", "cup", "cap", "setminus", "subseteq", "implies", "equiv", "dots_2", "circ", "map_to", "compose"])
const prefixOps: ReadonlySet<string> = new Set<PrefixOp>(["lnot", "negative", "domain", "powerset", "union", "unchanged"])

/** Nodes the grammar puts anywhere (extras) and that carry no meaning. */
function isExtra(n: Node): boolean {
  return n.type === "comment" || n.type === "block_comment"
}

function named(n: Node): Array<Node> {
  return n.namedChildren.filter((c): c is Node => c !== null && !isExtra(c))
}

function fields(n: Node, name: string): Array<Node> {
  return n.childrenForFieldName(name).filter((c): c is Node => c !== null && c.isNamed && !isExtra(c))
}

function field1(n: Node, name: string, file: string): Node {
  const c = n.childForFieldName(name)
  if (c === null) throw new UnsupportedConstruct(`${n.type} without ${name}`, locOf(n, file))
  return c
}

function locOf(n: Node, file: string): Loc {
  return { file, line: n.startPosition.row + 1, column: n.startPosition.column + 1, endLine: n.endPosition.row + 1 }
}

/** The first syntax error in the tree, if any. */
function firstError(n: Node): Node | null {
  if (n.isError || n.isMissing) return n
  if (!n.hasError) return null
  for (const c of n.children) {
    if (c === null) continue
    const found = firstError(c)
    if (found !== null) return found
  }
  return n
}

/** Parses one module's source. `file` names it in errors (a path relative to the project, never absolute). */
export function parseTlaModule(p: Parser, source: string, file: string): ParsedModule {
  const tree = p.parse(source)
  if (tree === null) throw new UnsupportedConstruct("source the grammar cannot parse", { file, line: 1, column: 1, endLine: 1 })
  const bad = firstError(tree.rootNode)
  if (bad !== null) throw new UnsupportedConstruct(bad.isMissing ? `syntax error (missing ${bad.type})` : "syntax error", locOf(bad, file), snippet(bad))
  const moduleNode = named(tree.rootNode).find((c) => c.type === "module")
  if (moduleNode === undefined) throw new UnsupportedConstruct("a file without a MODULE", locOf(tree.rootNode, file))
  return new Converter(file).module(moduleNode)
}

class Converter {
  constructor(private readonly file: string) {}

  private loc(n: Node): Loc {
    return locOf(n, this.file)
  }

  private refuse(n: Node, construct: string = n.type, detail = ""): never {
    throw new UnsupportedConstruct(construct, this.loc(n), detail)
  }

  module(n: Node): ParsedModule {
    const name = field1(n, "name", this.file).text
    const ext: Array<string> = []
    const constants: Array<string> = []
    const variables: Array<string> = []
    const defs: Array<OpDef> = []
    const refused = new Map<string, UnsupportedConstruct>()
    const recursive = new Set<string>()
    for (const unit of named(n)) {
      switch (unit.type) {
        case "header_line":
        case "identifier": // the module's name
        case "single_line":
        case "double_line":
          break
        case "extends":
          for (const m of named(unit)) ext.push(m.text)
          break
        case "constant_declaration":
          for (const c of named(unit)) {
            if (c.type !== "identifier") this.refuse(c, "a constant operator declaration", c.text)
            constants.push(c.text)
          }
          break
        case "variable_declaration":
          for (const v of named(unit)) variables.push(v.text)
          break
        case "recursive_declaration":
          for (const d of named(unit)) recursive.add(field1(d, "name", this.file).text)
          break
        case "operator_definition": {
          const defName = field1(unit, "name", this.file).text
          try {
            defs.push(this.opDef(unit, recursive))
          } catch (e) {
            if (!(e instanceof UnsupportedConstruct)) throw e
            refused.set(defName, e)
            defs.push({ name: defName, params: this.params(unit), body: { kind: "bool", value: true, loc: this.loc(unit) }, recursive: recursive.has(defName), loc: this.loc(unit) })
          }
          break
        }
        default:
          this.refuse(unit, `module unit ${unit.type}`, snippet(unit))
      }
    }
    return { name, file: this.file, extends: ext, constants, variables, defs, refused }
  }

  private params(n: Node): Array<Param> {
    return fields(n, "parameter").map((p) => {
      if (p.type === "identifier") return { name: p.text, arity: 0 }
      if (p.type === "operator_declaration") {
        const placeholders = fields(p, "parameter").filter((x) => x.type === "placeholder")
        return { name: field1(p, "name", this.file).text, arity: placeholders.length }
      }
      return this.refuse(p, `parameter ${p.type}`)
    })
  }

  private opDef(n: Node, recursive: ReadonlySet<string>): OpDef {
    const name = field1(n, "name", this.file)
    if (name.type !== "identifier") this.refuse(n, "a user-defined prefix, infix or postfix operator", name.text)
    return { name: name.text, params: this.params(n), body: this.expr(field1(n, "definition", this.file)), recursive: recursive.has(name.text), loc: this.loc(n) }
  }

  private bound(n: Node): Bound {
    if (n.type !== "quantifier_bound") this.refuse(n, `bound ${n.type}`)
    const intro = fields(n, "intro")
    const names = intro.map((i) => (i.type === "identifier" ? i.text : this.refuse(i, "a tuple of identifiers in a bound", i.text)))
    return { names, set: this.expr(field1(n, "set", this.file)) }
  }

  private arg(n: Node): Arg {
    if (n.type === "lambda") {
      const parts = named(n)
      const body = parts[parts.length - 1]!
      return { kind: "lambda", params: parts.slice(0, -1).map((p) => p.text), body: this.expr(body), loc: this.loc(n) }
    }
    if (n.type === "prefix_op_symbol" || n.type === "infix_op_symbol" || n.type === "postfix_op_symbol") this.refuse(n, "an operator symbol passed as an argument", n.text)
    return this.expr(n)
  }

  expr(n: Node): Expr {
    const loc = this.loc(n)
    switch (n.type) {
      case "nat_number":
        return { kind: "num", value: Number.parseInt(n.text, 10), loc }
      case "string":
        return { kind: "str", value: this.stringValue(n), loc }
      case "boolean":
        return { kind: "bool", value: n.text === "TRUE", loc }
      case "nat_number_set":
        return { kind: "builtinSet", name: "Nat", loc }
      case "int_number_set":
        return { kind: "builtinSet", name: "Int", loc }
      case "boolean_set":
        return { kind: "builtinSet", name: "BOOLEAN", loc }
      case "string_set":
        return { kind: "builtinSet", name: "STRING", loc }
      case "identifier_ref":
        return { kind: "name", name: n.text, loc }
      case "parentheses":
        return this.expr(this.only(n))
      case "bound_op": {
        const name = field1(n, "name", this.file).text
        return { kind: "call", name, args: fields(n, "parameter").map((a) => this.arg(a)), loc }
      }
      case "bound_infix_op": {
        const symbol = field1(n, "symbol", this.file)
        const lhs = this.expr(field1(n, "lhs", this.file))
        const rhs = this.expr(field1(n, "rhs", this.file))
        if (symbol.type === "land") return { kind: "and", items: [...flatten("and", lhs), ...flatten("and", rhs)], loc }
        if (symbol.type === "lor") return { kind: "or", items: [...flatten("or", lhs), ...flatten("or", rhs)], loc }
        if (symbol.type === "iff") return { kind: "infix", op: "equiv", lhs, rhs, loc }
        if (!infixOps.has(symbol.type)) this.refuse(symbol, `infix operator ${symbol.text}`)
        return { kind: "infix", op: symbol.type as InfixOp, lhs, rhs, loc }
      }
      case "bound_prefix_op": {
        const symbol = field1(n, "symbol", this.file)
        if (!prefixOps.has(symbol.type)) this.refuse(symbol, `prefix operator ${symbol.text}`)
        return { kind: "prefix", op: symbol.type as PrefixOp, arg: this.expr(field1(n, "rhs", this.file)), loc }
      }
      case "bound_postfix_op": {
        const symbol = field1(n, "symbol", this.file)
        if (symbol.type !== "prime") this.refuse(symbol, `postfix operator ${symbol.text}`)
        return { kind: "prime", arg: this.expr(field1(n, "lhs", this.file)), loc }
      }
      case "conj_list":
      case "disj_list": {
        const items = named(n).map((item) => this.expr(this.itemExpr(item)))
        const kind = n.type === "conj_list" ? "and" : "or"
        return { kind, items: items.flatMap((e) => flatten(kind, e)), loc }
      }
      case "bounded_quantification": {
        const q = field1(n, "quantifier", this.file).type
        if (q !== "exists" && q !== "forall") this.refuse(n, `quantifier ${q}`)
        return { kind: "quant", quantifier: q, bounds: fields(n, "bound").map((b) => this.bound(b)), body: this.expr(field1(n, "expression", this.file)), loc }
      }
      case "choose": {
        const intro = field1(n, "intro", this.file)
        if (intro.type !== "identifier") this.refuse(intro, "CHOOSE over a tuple of identifiers")
        const set = n.childForFieldName("set")
        if (set === null) this.refuse(n, "unbounded CHOOSE", snippet(n))
        return { kind: "choose", name: intro.text, set: this.expr(set), body: this.expr(field1(n, "expression", this.file)), loc }
      }
      case "finite_set_literal":
        return { kind: "setEnum", items: named(n).map((c) => this.expr(c)), loc }
      case "set_filter": {
        const b = this.bound(field1(n, "generator", this.file))
        if (b.names.length !== 1) this.refuse(n, "a set filter over several names")
        return { kind: "setFilter", name: b.names[0]!, set: b.set, filter: this.expr(field1(n, "filter", this.file)), loc }
      }
      case "set_map":
        return { kind: "setMap", map: this.expr(field1(n, "map", this.file)), bounds: fields(n, "generator").map((b) => this.bound(b)), loc }
      case "function_evaluation": {
        const [fn, ...args] = named(n)
        return { kind: "apply", fn: this.expr(fn!), args: args.map((a) => this.expr(a)), loc }
      }
      case "function_literal": {
        const parts = named(n).filter((c) => c.type !== "all_map_to")
        const body = parts[parts.length - 1]!
        return { kind: "fnLit", bounds: parts.slice(0, -1).map((b) => this.bound(b)), body: this.expr(body), loc }
      }
      case "set_of_functions": {
        const parts = named(n).filter((c) => c.type !== "maps_to")
        if (parts.length !== 2) this.refuse(n)
        return { kind: "fnSet", domain: this.expr(parts[0]!), range: this.expr(parts[1]!), loc }
      }
      case "record_literal": {
        const parts = named(n).filter((c) => c.type !== "all_map_to")
        const out: Array<readonly [string, Expr]> = []
        for (let k = 0; k + 1 < parts.length; k += 2) out.push([parts[k]!.text, this.expr(parts[k + 1]!)])
        return { kind: "record", fields: out, loc }
      }
      case "set_of_records": {
        const parts = named(n)
        const out: Array<readonly [string, Expr]> = []
        for (let k = 0; k + 1 < parts.length; k += 2) out.push([parts[k]!.text, this.expr(parts[k + 1]!)])
        return { kind: "recordSet", fields: out, loc }
      }
      case "record_value": {
        const [record, name] = named(n)
        return { kind: "field", record: this.expr(record!), name: name!.text, loc }
      }
      case "except":
        return {
          kind: "except",
          base: this.expr(field1(n, "expr_to_update", this.file)),
          updates: named(n)
            .filter((c) => c.type === "except_update")
            .map((u) => this.exceptUpdate(u)),
          loc,
        }
      case "prev_func_val":
        return { kind: "at", loc }
      case "tuple_literal":
        return { kind: "tuple", items: named(n).filter((c) => c.type !== "langle_bracket" && c.type !== "rangle_bracket").map((c) => this.expr(c)), loc }
      case "if_then_else":
        return { kind: "if", cond: this.expr(field1(n, "if", this.file)), then: this.expr(field1(n, "then", this.file)), else: this.expr(field1(n, "else", this.file)), loc }
      case "case": {
        const arms: Array<readonly [Expr, Expr]> = []
        let other: Expr | null = null
        for (const c of named(n)) {
          if (c.type === "case_box") continue
          const parts = named(c).filter((x) => x.type !== "case_arrow")
          if (c.type === "case_arm") arms.push([this.expr(parts[0]!), this.expr(parts[1]!)])
          else if (c.type === "other_arm") other = this.expr(parts[0]!)
          else this.refuse(c)
        }
        return { kind: "case", arms, other, loc }
      }
      case "let_in": {
        const recursive = new Set<string>()
        const defs: Array<OpDef> = []
        for (const d of fields(n, "definitions")) {
          if (d.type === "recursive_declaration") {
            for (const r of named(d)) recursive.add(field1(r, "name", this.file).text)
          } else if (d.type === "operator_definition") {
            defs.push(this.opDef(d, recursive))
          } else {
            this.refuse(d, `${d.type} in a LET`)
          }
        }
        return { kind: "let", defs, body: this.expr(field1(n, "expression", this.file)), loc }
      }
      case "lambda":
        return this.refuse(n, "LAMBDA outside an operator argument")
      default:
        return this.refuse(n, n.type, snippet(n))
    }
  }

  private itemExpr(item: Node): Node {
    const parts = named(item).filter((c) => c.type !== "bullet_conj" && c.type !== "bullet_disj")
    if (parts.length !== 1) this.refuse(item)
    return parts[0]!
  }

  private only(n: Node): Node {
    const parts = named(n)
    if (parts.length !== 1) this.refuse(n)
    return parts[0]!
  }

  private exceptUpdate(u: Node): ExceptUpdate {
    const spec = named(u).find((c) => c.type === "except_update_specifier")
    if (spec === undefined) this.refuse(u, "EXCEPT without a path")
    const path: Array<ExceptStep> = named(spec).map((step) => {
      if (step.type === "except_update_record_field") return { kind: "field", name: named(step)[0]!.text }
      if (step.type === "except_update_fn_appl") return { kind: "index", args: named(step).map((a) => this.expr(a)) }
      return this.refuse(step)
    })
    return { path, value: this.expr(field1(u, "new_val", this.file)) }
  }

  /** A string literal's value: the text between the quotes with TLA+'s escapes (\" \\ \n \t \r \f) decoded. */
  private stringValue(n: Node): string {
    const text = n.text
    let out = ""
    for (let k = 1; k < text.length - 1; k++) {
      const c = text[k]!
      if (c !== "\\") {
        out += c
        continue
      }
      k++
      const e = text[k]!
      out += e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e === "f" ? "\f" : e
    }
    return out
  }
}

function flatten(kind: "and" | "or", e: Expr): ReadonlyArray<Expr> {
  return e.kind === kind ? e.items : [e]
}

/** The start of a construct's source, on one line, for an error message. */
function snippet(n: Node): string {
  const first = n.text.split("\n")[0]!.trimEnd()
  return first.length > 60 ? `${first.slice(0, 60)}...` : first
}
