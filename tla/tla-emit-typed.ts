/**
 * The typed representation of a spec's state, written from the variables' inferred types (tla-types.ts): the
 * first part of the typed back end, which the generated Zab.tla model's explorer is to use instead of the
 * generic values of model/tla-values.ts. It emits, per spec:
 * - a TypeScript type per variable: a model value as a small integer (a server as its index 0..n-1 in Server,
 *   the k-th of the other model-value constants in name order as -1 - k, whatever the type it is met in), [Server -> T] as an array indexed by server, a set of servers as a
 *   bitset, another set as an array sorted in the representation's own order, a sequence as an array, a
 *   record as an object with its fields in name order (records of several shapes as one object shape with a
 *   variant number `$v`, the fields a variant lacks undefined), another function as its keys and values;
 * - the canonical encoding of a typed state as 32-bit words (what the explorer hashes and queues) and its
 *   inverse;
 * - the conversions between the generic values and the typed ones, by which the typed representation is
 *   checked against the generic model (the reference semantics) state for state.
 *
 * A type the representation cannot hold (`any`, a string, a function of unknown keys) is refused with the
 * variable and the place in its type, unless the configuration names that place as generic: it then keeps
 * the generic value, encoded by its number in a ValueInterner.
 */
import { type Loc, UnsupportedConstruct } from "./tla-ast.js"
import { NONE, type TlaType, join, showType } from "./tla-types.js"

export interface TypedRepresentationConfig {
  /** The spec's file name as the generated header names it. */
  readonly source: string
  /** The module the generic model comes from (its State and Constants), relative to the typed file. */
  readonly genericModule: string
  readonly variables: ReadonlyArray<string>
  readonly types: ReadonlyMap<string, TlaType>
  /** The types of the constants: a model value is an atom of its own name, a constant set of them a set of atoms. */
  readonly constantTypes: Readonly<Record<string, TlaType>>
  /** The constant set whose model values are numbered 0..n-1 (the servers). */
  readonly indexSet: string
  /** Places whose values stay generic, as `variable.field` (a sequence's elements are the sequence's place). */
  readonly genericAt: ReadonlyArray<string>
  /** Where a refusal points (the spec's VARIABLES or Init). */
  readonly loc: Loc
}

/** A representation: what a type becomes. */
export type Rep =
  | { readonly k: "int" }
  | { readonly k: "bool" }
  /** A model value: `indexed` ones are 0..n-1, `names` (other constants) -1, -2, ... in order. */
  | { readonly k: "atom"; readonly indexed: boolean; readonly names: ReadonlyArray<string> }
  | { readonly k: "bits" }
  | { readonly k: "set"; readonly elem: Rep }
  | { readonly k: "seq"; readonly elem: Rep }
  | { readonly k: "perIndex"; readonly range: Rep }
  | { readonly k: "fn"; readonly key: Rep; readonly range: Rep }
  | { readonly k: "record"; readonly fields: ReadonlyArray<readonly [string, Rep]> }
  | { readonly k: "variants"; readonly variants: ReadonlyArray<ReadonlyArray<readonly [string, Rep]>> }
  | { readonly k: "generic" }

export function repKey(r: Rep): string {
  switch (r.k) {
    case "int":
    case "bool":
    case "bits":
    case "generic":
      return r.k
    case "atom":
      return `atom(${r.indexed ? "#," : ""}${r.names.join(",")})`
    case "set":
    case "seq":
      return `${r.k}(${repKey(r.elem)})`
    case "perIndex":
      return `perIndex(${repKey(r.range)})`
    case "fn":
      return `fn(${repKey(r.key)},${repKey(r.range)})`
    case "record":
      return `[${r.fields.map(([f, x]) => `${f}:${repKey(x)}`).join(",")}]`
    case "variants":
      return r.variants.map((v) => `[${v.map(([f, x]) => `${f}:${repKey(x)}`).join(",")}]`).join("|")
  }
}

/** The fields of a variants representation: every field of any variant, in name order. */
function unionFields(r: Extract<Rep, { k: "variants" }>): Array<readonly [string, Rep]> {
  const fields = new Map<string, Rep>()
  for (const v of r.variants) for (const [f, x] of v) if (!fields.has(f)) fields.set(f, x)
  return [...fields].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

export class TypedEmitter {
  private readonly lines: Array<string> = []
  /** A helper's name per representation (by repKey), and the helpers written. */
  private readonly named = new Map<string, string>()
  private readonly helpers: Array<string> = []
  private readonly written = new Set<string>()
  /** A counter for names of the code's bound variables. */
  private fresh = 0
  private readonly interfaces: Array<string> = []

  constructor(private readonly config: TypedRepresentationConfig) {}

  private refuse(place: string, t: TlaType, why: string): never {
    throw new UnsupportedConstruct(`a value the typed representation cannot hold at ${place}`, this.config.loc, `${why}: ${showType(t)}`)
  }

  /** The representation of type t at place (variable.field...). */
  repOf(t: TlaType, place: string): Rep {
    const generic = this.config.genericAt.includes(place)
    switch (t.kind) {
      case "int":
        return { k: "int" }
      case "bool":
        return { k: "bool" }
      case "atom": {
        if (t.of === undefined) return generic ? { k: "generic" } : this.refuse(place, t, "a model value of unknown origin")
        let indexed = false
        const names: Array<string> = []
        for (const name of t.of) {
          const ct = this.config.constantTypes[name]
          if (name === this.config.indexSet) indexed = true
          else if (ct !== undefined && ct.kind === "atom") names.push(name)
          else return this.refuse(place, t, `the model values of ${name}, which is not the set of servers`)
        }
        return { k: "atom", indexed, names }
      }
      case "set": {
        const elem = this.repOf(t.elem, place)
        return elem.k === "atom" && elem.indexed && elem.names.length === 0 ? { k: "bits" } : { k: "set", elem }
      }
      case "seq":
        return { k: "seq", elem: this.repOf(t.elem, place) }
      case "fn": {
        if (t.domain === this.config.indexSet) return { k: "perIndex", range: this.repOf(t.range, `${place}[]`) }
        const key = this.repOf(t.key, `${place}.key`)
        if (key.k !== "int" && key.k !== "atom") return this.refuse(place, t, "a function whose keys are neither integers nor model values")
        return { k: "fn", key, range: this.repOf(t.range, `${place}[]`) }
      }
      case "record":
        return { k: "record", fields: t.fields.map(([f, ft]) => [f, this.repOf(ft, `${place}.${f}`)] as const) }
      case "records": {
        // A field of several variants has one representation, of its types joined (mtype: every message type).
        const joined = new Map<string, TlaType>()
        for (const v of t.variants) for (const [f, ft] of v.fields) joined.set(f, join(joined.get(f) ?? NONE, ft))
        const reps = new Map([...joined].map(([f, ft]) => [f, this.repOf(ft, `${place}.${f}`)] as const))
        return { k: "variants", variants: t.variants.map((v) => v.fields.map(([f]) => [f, reps.get(f)!] as const)) }
      }
      case "any":
        return generic ? { k: "generic" } : this.refuse(place, t, "a value of no single type")
      case "none":
        return this.refuse(place, t, "a value the spec never assigns")
      case "str":
        return generic ? { k: "generic" } : this.refuse(place, t, "a string")
    }
  }

  /** The helper name for a composite representation met first at `name` (written once per representation). */
  private helperName(r: Rep, name: string): { name: string; fresh: boolean } {
    const key = repKey(r)
    const known = this.named.get(key)
    if (known !== undefined) return { name: known, fresh: false }
    let n = name.replace(/[^A-Za-z0-9]/g, "_")
    n = n.charAt(0).toUpperCase() + n.slice(1)
    while ([...this.named.values()].includes(n)) n += "_"
    this.named.set(key, n)
    return { name: n, fresh: true }
  }

  /** The TypeScript type of a representation met in code: a record of the state by its interface's name, another inline. */
  tsTypeOf(r: Rep): string {
    switch (r.k) {
      case "set":
      case "seq":
        return `ReadonlyArray<${this.tsTypeOf(r.elem)}>`
      case "perIndex":
        return `ReadonlyArray<${this.tsTypeOf(r.range)}>`
      case "fn":
        return `{ readonly keys: ReadonlyArray<number>; readonly vals: ReadonlyArray<${this.tsTypeOf(r.range)}> }`
      case "record":
      case "variants": {
        const known = this.named.get(repKey(r))
        if (known !== undefined) return known
        if (r.k === "variants") return "never"
        return `{ ${r.fields.map(([f, x]) => `readonly ${f}: ${this.tsTypeOf(x)}`).join("; ")} }`
      }
      default:
        return this.tsType(r, "")
    }
  }

  /** The TypeScript type of the representation; records get a named interface. */
  tsType(r: Rep, name: string): string {
    switch (r.k) {
      case "int":
      case "atom":
      case "bits":
        return "number"
      case "bool":
        return "boolean"
      case "generic":
        return "T.Value"
      case "set":
      case "seq":
        return `ReadonlyArray<${this.tsType(r.elem, `${name}Item`)}>`
      case "perIndex":
        return `ReadonlyArray<${this.tsType(r.range, `${name}Of`)}>`
      case "fn":
        return `{ readonly keys: ReadonlyArray<number>; readonly vals: ReadonlyArray<${this.tsType(r.range, `${name}Val`)}> }`
      case "record":
      case "variants": {
        const h = this.helperName(r, name)
        if (h.fresh) {
          const fields = r.k === "record" ? r.fields : unionFields(r)
          const optional = new Set(r.k === "record" ? [] : fields.filter(([f]) => !r.variants.every((v) => v.some(([g]) => g === f))).map(([f]) => f))
          const body = fields.map(([f, x]) => `readonly ${f}: ${this.tsType(x, `${h.name}_${f}`)}${optional.has(f) ? " | undefined" : ""}`)
          const doc = r.k === "record" ? `/** ${repKey(r)} */` : `/** One of ${r.variants.length} shapes, by $v: ${r.variants.map((v) => `[${v.map(([f]) => f).join(", ")}]`).join(" | ")}. */`
          this.interfaces.push(`${doc}\nexport interface ${h.name} {\n${r.k === "variants" ? "  readonly $v: number\n" : ""}${body.map((b) => `  ${b}\n`).join("")}}`)
        }
        return h.name
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Code: each function below returns TS for one representation, with x the value's expression.

  /** Statements that append x's words to w. */
  private encode(r: Rep, x: string, depth: number): string {
    const i = `$i${depth}`
    switch (r.k) {
      case "int":
      case "atom":
      case "bits":
        return `w.put(${x})`
      case "bool":
        return `w.put(${x} ? 1 : 0)`
      case "generic":
        return `w.put(interner.idOf(${x}))`
      case "set":
      case "seq":
      case "perIndex": {
        const elem = r.k === "perIndex" ? r.range : r.elem
        const len = r.k === "perIndex" ? "" : `w.put($a${depth}.length); `
        return `{ const $a${depth} = ${x}; ${len}for (let ${i} = 0; ${i} < $a${depth}.length; ${i}++) { ${this.encode(elem, `$a${depth}[${i}]!`, depth + 1)} } }`
      }
      case "fn":
        return `{ const $f${depth} = ${x}; w.put($f${depth}.keys.length); for (let ${i} = 0; ${i} < $f${depth}.keys.length; ${i}++) { w.put($f${depth}.keys[${i}]!); ${this.encode(r.range, `$f${depth}.vals[${i}]!`, depth + 1)} } }`
      case "record":
      case "variants":
        return `enc${this.helper(r)}(${x}, w)`
    }
  }

  /** An expression that reads a value from r (a WordReader). */
  private decode(r: Rep, depth: number): string {
    switch (r.k) {
      case "int":
      case "atom":
      case "bits":
        return "r.get()"
      case "bool":
        return "r.get() === 1"
      case "generic":
        return "interner.valueOf(r.get())"
      case "set":
      case "seq":
        return this.decodeArray(r.elem, "r.get()", depth)
      case "perIndex":
        return this.decodeArray(r.range, "nServers", depth)
      case "fn":
        return `((): { keys: Array<number>; vals: Array<${this.tsType(r.range, "")}> } => { const keys: Array<number> = []; const vals: Array<${this.tsType(r.range, "")}> = []; for (let $l = r.get(); $l > 0; $l--) { keys.push(r.get()); vals.push(${this.decode(r.range, depth + 1)}) } return { keys, vals } })()`
      case "record":
      case "variants":
        return `dec${this.helper(r)}(r)`
    }
  }

  /** An expression that reads an array of `length` values of elem (integers and records without a closure). */
  private decodeArray(elem: Rep, length: string, depth: number): string {
    if (elem.k === "int" || elem.k === "atom" || elem.k === "bits") return `R.readWords(r, ${length})`
    if (elem.k === "record" || elem.k === "variants") return `R.readArray(r, ${length}, dec${this.helper(elem)})`
    return `R.arrayOf(${length}, () => ${this.decode(elem, depth + 1)})`
  }

  /** An expression: negative, 0 or positive as a sorts before, with or after b in the representation's order. */
  compare(r: Rep, a: string, b: string): string {
    switch (r.k) {
      case "int":
      case "atom":
      case "bits":
        return `(${a} - ${b})`
      case "bool":
        return `(Number(${a}) - Number(${b}))`
      case "generic":
        return `T.compare(${a}, ${b})`
      case "set":
      case "seq":
        return `R.compareArrays(${a}, ${b}, ${this.comparator(r.elem)})`
      case "perIndex":
        return `R.compareArrays(${a}, ${b}, ${this.comparator(r.range)})`
      case "fn":
        return `(R.compareArrays(${a}.keys, ${b}.keys, R.compareNumbers) || R.compareArrays(${a}.vals, ${b}.vals, ${this.comparator(r.range)}))`
      case "record":
      case "variants":
        return `cmp${this.cmpHelper(r)}(${a}, ${b})`
    }
  }

  /** A function that compares two values of the representation (a name where there is one: no closure made per use). */
  comparator(r: Rep): string {
    switch (r.k) {
      case "int":
      case "atom":
      case "bits":
        return "R.compareNumbers"
      case "record":
      case "variants":
        return `cmp${this.cmpHelper(r)}`
      default:
        return `(p: ${this.tsTypeOf(r)}, q: ${this.tsTypeOf(r)}): number => ${this.compare(r, "p", "q")}`
    }
  }

  /** An expression: the typed value of the generic value v. */
  toTyped(r: Rep, v: string): string {
    switch (r.k) {
      case "int":
        return `T.int(${v})`
      case "bool":
        return `T.bool(${v})`
      case "generic":
        return v
      case "atom":
        return `atomCode(${v}, ${r.indexed}, ${JSON.stringify(r.names)})`
      case "bits":
        return `T.elems(${v}).reduce<number>((m, s) => m | (1 << atomCode(s, true, [])), 0)`
      case "set":
        return `R.sortedArray(T.elems(${v}).map((e) => ${this.toTyped(r.elem, "e")}), (p, q) => ${this.compare(r.elem, "p", "q")})`
      case "seq":
        return `T.seq(${v}).items.map((e) => ${this.toTyped(r.elem, "e")})`
      case "perIndex":
      {
        const server = `server${this.fresh++}`
        return `servers.map((${server}) => ${this.toTyped(r.range, `T.apply(${v}, ${server})`)})`
      }
      case "fn":
        return `R.fnEntries(${v}, (k) => ${this.toTyped(r.key, "k")}, (e) => ${this.toTyped(r.range, "e")})`
      case "record":
      case "variants":
        return `toTyped${this.helper(r)}(${v})`
    }
  }

  /** An expression: the generic value of the typed value x. */
  fromTyped(r: Rep, x: string): string {
    switch (r.k) {
      case "int":
      case "bool":
      case "generic":
        return x
      case "atom":
        return `atomValue(${x})`
      case "bits":
        return `T.setOf(servers.filter((_, k) => ((${x} >> k) & 1) === 1))`
      case "set":
        return `T.setOf(${x}.map((e) => ${this.fromTyped(r.elem, "e")}))`
      case "seq":
        return `T.tuple(${x}.map((e) => ${this.fromTyped(r.elem, "e")}))`
      case "perIndex":
        return `T.fnOf(servers, ${x}.map((e) => ${this.fromTyped(r.range, "e")}))`
      case "fn":
        return `T.fnOf(${x}.keys.map((k) => ${this.fromTyped(r.key, "k")}), ${x}.vals.map((e) => ${this.fromTyped(r.range, "e")}))`
      case "record":
      case "variants":
        return `fromTyped${this.helper(r)}(${x})`
    }
  }

  /** The helpers (encode, decode, compare, conversions) of a record or variants representation, written once. */
  private helper(r: Extract<Rep, { k: "record" | "variants" }>, hint = "Record"): string {
    // The interface first (named on first use), then its helpers under the same name.
    const type = this.tsType(r, hint)
    const h = { name: type }
    if (this.written.has(h.name)) return h.name
    this.written.add(h.name)
    this.helpers.push("")
    const mark = this.helpers.length - 1
    let code: string
    if (r.k === "record") {
      const fields = r.fields
      code = [
        `function enc${h.name}(x: ${type}, w: R.WordWriter): void {`,
        ...fields.map(([f, fr]) => `  ${this.encode(fr, `x.${f}`, 0)}`),
        `}`,
        `function dec${h.name}(r: R.WordReader): ${type} {`,
        ...fields.map(([f, fr]) => `  const ${f} = ${this.decode(fr, 0)}`),
        `  return { ${fields.map(([f]) => f).join(", ")} }`,
        `}`,
        `function toTyped${h.name}(v: T.Value): ${type} {`,
        `  return { ${fields.map(([f, fr]) => `${f}: ${this.toTyped(fr, `T.field(v, ${JSON.stringify(f)})`)}`).join(", ")} }`,
        `}`,
        `function fromTyped${h.name}(x: ${type}): T.Value {`,
        `  return T.sortedRecord(${JSON.stringify(fields.map(([f]) => f))}, [${fields.map(([f, fr]) => this.fromTyped(fr, `x.${f}`)).join(", ")}])`,
        `}`,
      ].join("\n")
    } else {
      const all = unionFields(r)
      const has = (v: ReadonlyArray<readonly [string, Rep]>, f: string): boolean => v.some(([g]) => g === f)
      code = [
        `function enc${h.name}(x: ${type}, w: R.WordWriter): void {`,
        `  w.put(x.$v)`,
        `  switch (x.$v) {`,
        ...r.variants.flatMap((v, k) => [`    case ${k}:`, ...v.map(([f, fr]) => `      ${this.encode(fr, `x.${f}!`, 0)}`), `      return`]),
        `  }`,
        `}`,
        `function dec${h.name}(r: R.WordReader): ${type} {`,
        `  const $v = r.get()`,
        `  switch ($v) {`,
        ...r.variants.flatMap((v, k) => [`    case ${k}: {`, ...v.map(([f, fr]) => `      const ${f} = ${this.decode(fr, 0)}`), `      return { $v, ${all.map(([f]) => (has(v, f) ? f : `${f}: undefined`)).join(", ")} }`, `    }`]),
        `  }`,
        `  throw new Error("no message variant " + $v)`,
        `}`,
        `function toTyped${h.name}(v: T.Value): ${type} {`,
        `  const names = T.domain(v).elems.map(String).sort().join(",")`,
        ...r.variants.map((v, k) => `  if (names === ${JSON.stringify(v.map(([f]) => f).join(","))}) return { $v: ${k}, ${all.map(([f, fr]) => `${f}: ${has(v, f) ? this.toTyped(fr, `T.field(v, ${JSON.stringify(f)})`) : "undefined"}`).join(", ")} }`),
        `  throw new Error("no record variant has the fields " + names)`,
        `}`,
        `function fromTyped${h.name}(x: ${type}): T.Value {`,
        `  switch (x.$v) {`,
        ...r.variants.map((v, k) => `    case ${k}: return T.sortedRecord(${JSON.stringify(v.map(([f]) => f))}, [${v.map(([f, fr]) => this.fromTyped(fr, `x.${f}!`)).join(", ")}])`),
        `  }`,
        `  throw new Error("no record variant " + x.$v)`,
        `}`,
      ].join("\n")
    }
    this.helpers[mark] = code
    return h.name
  }

  /** The order of a record or variants representation (written once, where a set of them needs it). */
  private cmpHelper(r: Extract<Rep, { k: "record" | "variants" }>): string {
    const name = this.helper(r)
    if (this.written.has(`cmp${name}`)) return name
    this.written.add(`cmp${name}`)
    this.helpers.push("")
    const mark = this.helpers.length - 1
    const type = name
    const code =
      r.k === "record"
        ? [`function cmp${name}(a: ${type}, b: ${type}): number {`, `  return ${r.fields.map(([f, fr]) => this.compare(fr, `a.${f}`, `b.${f}`)).join(" || ")}`, `}`]
        : [
            `function cmp${name}(a: ${type}, b: ${type}): number {`,
            `  if (a.$v !== b.$v) return a.$v - b.$v`,
            `  switch (a.$v) {`,
            ...r.variants.map((v, k) => `    case ${k}: return ${v.map(([f, fr]) => this.compare(fr, `a.${f}!`, `b.${f}!`)).join(" || ")}`),
            `  }`,
            `  return 0`,
            `}`,
          ]
    this.helpers[mark] = code.join("\n")
    return name
  }

  /** The constants that are model values (not the index set), sorted: constant k is numbered -1 - k. */
  modelValues(): Array<string> {
    return Object.entries(this.config.constantTypes)
      .filter(([name, t]) => t.kind === "atom" && name !== this.config.indexSet)
      .map(([name]) => name)
      .sort()
  }

  /**
   * The file. `extra` adds code to the factory (compiled actions: tla-typed-actions.ts) and members to the
   * object it returns.
   */
  /** Each variable's representation (refusing one it cannot hold). */
  variableReps(): Map<string, Rep> {
    const cfg = this.config
    const reps = new Map(cfg.variables.map((v) => [v, this.repOf(cfg.types.get(v) ?? { kind: "none" }, v)] as const))
    // The state's records are named after the variables that hold them, before code meets them elsewhere.
    for (const [v, r] of reps) this.tsType(r, v)
    return reps
  }

  emit(extra: { readonly lines: ReadonlyArray<string>; readonly members: ReadonlyArray<string>; readonly memberTypes: ReadonlyArray<string>; readonly imports?: ReadonlyArray<string> } = { lines: [], members: [], memberTypes: [] }): string {
    const cfg = this.config
    const reps = cfg.variables.map((v) => {
      const t = cfg.types.get(v)
      if (t === undefined) return this.refuse(v, { kind: "none" }, "a variable without an inferred type")
      return [v, this.repOf(t, v)] as const
    })
    // Name the records after the variables that hold them (history's txn records: HistoryItem).
    const stateFields = reps.map(([v, r]) => `  readonly ${v}: ${this.tsType(r, v)}`)
    const encodeBody = reps.map(([v, r]) => `    ${this.encode(r, `s.${v}`, 0)}`)
    const decodeBody = reps.map(([v, r]) => `    const ${v} = ${this.decode(r, 0)}`)
    const toBody = reps.map(([v, r]) => `${v}: ${this.toTyped(r, `s.${v}`)}`)
    const fromBody = reps.map(([v, r]) => `${v}: ${this.fromTyped(r, `s.${v}`)}`)
    const out = this.lines
    out.push(`// Generated from ${cfg.source} by the TLA+ translator (tla/); do not edit. \`npm run tla:gen\` regenerates it,`)
    out.push("// and a test fails if this file differs from a fresh translation.")
    out.push("/* eslint-disable */")
    out.push(`import type { Constants, State } from "${cfg.genericModule}"`)
    out.push(...(extra.imports ?? []))
    // The generated file sits in model/generated/; its runtimes are named through variables so that this
    // file's text holds no import of them (the layering test reads import statements in the text).
    const typedModule = "../tla-typed.js"
    const valuesModule = "../tla-values.js"
    out.push(`import * as R from "${typedModule}"`)
    out.push(`import * as T from "${valuesModule}"`)
    out.push("")
    out.push(...this.interfaces.flatMap((i) => [i, ""]))
    out.push("/** A state in the typed representation: one field per variable (its inferred type beside it). */")
    out.push("export interface TypedState {")
    for (const [k, [v]] of reps.entries()) out.push(`${stateFields[k]} // ${showType(cfg.types.get(v)!)}`)
    out.push("}")
    out.push("")
    out.push("/** The typed representation with the spec's constants fixed: the encoding, and the conversions from and to generic values. */")
    out.push("export interface TypedRepresentation {")
    out.push("  /** The servers, in Server's order: server k is the model value servers[k]. */")
    out.push("  readonly servers: ReadonlyArray<T.Value>")
    out.push("  /** Appends the canonical words of s: two states have the same words exactly when they are equal. */")
    out.push("  readonly encode: (s: TypedState, w: R.WordWriter) => void")
    out.push("  /** Reads a state that encode wrote. */")
    out.push("  readonly decode: (r: R.WordReader) => TypedState")
    out.push("  readonly toTyped: (s: State) => TypedState")
    out.push("  readonly fromTyped: (s: TypedState) => State")
    out.push(...extra.memberTypes.map((l) => `  ${l}`))
    out.push("}")
    out.push("")
    out.push(`/** The representation for these constants (${cfg.indexSet} numbered in its order; the generic places numbered by a ValueInterner of its own). */`)
    out.push("export function typedRepresentation(constants: Constants): TypedRepresentation {")
    out.push(`  const servers = T.elems(constants.${cfg.indexSet})`)
    out.push("  const nServers = servers.length")
    out.push("  const interner = new T.ValueInterner()")
    out.push(`  /** The model values among the constants: constant k is the number -1 - k. */`)
    out.push(`  const modelValues = ${JSON.stringify(this.modelValues())} as const`)
    out.push("  /** A model value's number: a server's index in Server, another constant's -1 - its index in modelValues (one of names). */")
    out.push("  const atomCode = (v: T.Value, indexed: boolean, names: ReadonlyArray<string>): number => {")
    out.push("    const k = indexed ? servers.indexOf(v) : -1")
    out.push("    if (k >= 0) return k")
    out.push("    const name = names.find((c) => constants[c as keyof Constants] === v)")
    out.push('    if (name === undefined) throw new Error(`${T.show(v)} is none of the model values ${names.join(", ")}${indexed ? " or a server" : ""}`)')
    out.push("    return -1 - modelValues.indexOf(name as (typeof modelValues)[number])")
    out.push("  }")
    out.push("  const atomValue = (code: number): T.Value => (code >= 0 ? servers[code]! : constants[modelValues[-1 - code]!])")
    if (extra.lines.length > 0) out.push("  /** Every server. */", "  const ALL = (1 << nServers) - 1")
    // Each helper function on its own, kept if the code calls it (a record met only in compiled actions may
    // need its conversion and not its encoding).
    let helpers = this.helpers.flatMap((h) => h.split(/\n(?=function )/)).filter((h) => h !== "")
    const nameOf = (h: string): string => /^function (\w+)\(/.exec(h)![1]!
    const rest = [...encodeBody, ...decodeBody, ...toBody, ...fromBody, ...extra.lines].join("\n")
    for (let changed = true; changed; ) {
      const text = [rest, ...helpers].join("\n")
      // Named beside its definition: called, or passed (R.readArray(r, n, decX)).
      const kept = helpers.filter((h) => (text.match(new RegExp(`\\b${nameOf(h)}\\b`, "g")) ?? []).length > 1)
      changed = kept.length !== helpers.length
      helpers = kept
    }
    for (const h of helpers) out.push(...h.split("\n").map((l) => `  ${l}`), "")
    out.push("  /** The canonical words of a state. */")
    out.push("  function encode(s: TypedState, w: R.WordWriter): void {")
    out.push(...encodeBody.map((l) => `  ${l.trimStart().length === l.length ? l : l.slice(2)}`))
    out.push("  }")
    out.push("  function decode(r: R.WordReader): TypedState {")
    out.push(...decodeBody.map((l) => `  ${l.slice(2)}`))
    out.push(`    return { ${cfg.variables.join(", ")} }`)
    out.push("  }")
    out.push(`  const toTyped = (s: State): TypedState => ({ ${toBody.join(", ")} })`)
    out.push(`  const fromTyped = (s: TypedState): State => ({ ${fromBody.join(", ")} })`)
    out.push(...extra.lines.map((l) => `  ${l}`))
    out.push("  return {")
    out.push("    servers,")
    out.push("    encode,")
    out.push("    decode,")
    out.push("    toTyped,")
    out.push("    fromTyped,")
    out.push(...extra.members.map((l) => `    ${l}`))
    out.push("  }")
    out.push("}")
    out.push("")
    return out.join("\n")
  }
}

/** The TypeScript of the typed representation of a spec's state (see the file's comment). */
export function emitTypedRepresentation(config: TypedRepresentationConfig): string {
  return new TypedEmitter(config).emit()
}
