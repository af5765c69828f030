/**
 * The translator's entry: a spec file (with the user modules it EXTENDS, found beside it) and a configuration
 * -> the TypeScript source of the generated model. `npm run tla:gen` (tla/tla-gen.ts) runs it for every
 * target below and writes model/generated/.
 */
import { readFileSync } from "node:fs"
import { dirname, join, posix } from "node:path"
import { UnsupportedConstruct } from "./tla-ast.js"
import { type EmitConfig, Emitter, standardModules } from "./tla-emit.js"
import { type ParsedModule, loadTlaParser, parseTlaModule } from "./tla-parse.js"
import { TypedEmitter } from "./tla-emit-typed.js"
import { TypedActionCompiler } from "./tla-typed-actions.js"
import { INT, STR, type TlaType, atomOf, fnType, inferVariableTypes, setOfType } from "./tla-types.js"

/** A spec to translate: paths are relative to the project's root, with "/". */
export interface TranslateTarget extends Omit<EmitConfig, "source"> {
  readonly spec: string
  readonly out: string
  /**
   * Where the typed representation of the state is written (tla-emit-typed.ts), for a spec whose variables
   * are all typed but at these generic places (`variable.field`).
   */
  readonly typed?: { readonly out: string; readonly genericAt: ReadonlyArray<string> }
}

const zabModelValues = ["LOOKING", "FOLLOWING", "LEADING", "ELECTION", "DISCOVERY", "SYNCHRONIZATION", "BROADCAST", "CEPOCH", "NEWEPOCH", "ACKEPOCH", "NEWLEADER", "ACKLD", "COMMITLD", "PROPOSE", "ACK", "COMMIT", "NullPoint"]
const systemModelValues = ["LOOKING", "FOLLOWING", "LEADING", "NOTIFICATION", "NONE", "ELECTION", "DISCOVERY", "SYNCHRONIZATION", "BROADCAST", "DIFF", "TRUNC", "SNAP", "FOLLOWERINFO", "LEADERINFO", "ACKEPOCH", "NEWLEADER", "ACKLD", "UPTODATE", "PROPOSAL", "ACK", "COMMIT", "ONLINE", "OFFLINE", "NullPoint"]
const modelValues = (names: ReadonlyArray<string>): Record<string, TlaType> => Object.fromEntries(names.map((name) => [name, atomOf(name)]))

/** The models generated from TLA+ source, as `npm run tla:gen` writes them. */
export const targets: ReadonlyArray<TranslateTarget> = [
  {
    spec: "tla/specs/Zab.tla",
    out: "model/generated/zab-tla.ts",
    init: "Init",
    next: "Next",
    invariants: ["ShouldNotBeTriggered", "Leadership1", "Leadership2", "PrefixConsistency", "Integrity", "Agreement", "TotalOrder", "LocalPrimaryOrder", "GlobalPrimaryOrder", "PrimaryIntegrity"],
    // TLC cannot evaluate `NullPoint == CHOOSE p: p \notin Server` either; every configuration of the
    // reference figures overrides it with a model value (NullPoint <- nullpoint).
    overrides: ["NullPoint"],
    // As model/tla-zab.ts sets them: servers and the other constants are model values, Parameters a record.
    constantTypes: { Server: setOfType(atomOf("Server")), Parameters: fnType(STR, INT), ...modelValues(zabModelValues) },
    // recorder.pc (<<"ActionName", i, j>>) mixes a string and servers: it stays a generic value.
    typed: { out: "model/generated/zab-tla-typed.ts", genericAt: ["recorder.pc"] },
  },
  {
    // ZkV3_7_0.tla (with the FastLeaderElection.tla it EXTENDS) through the project's module that adds a
    // state constraint bounding leader election (tla/specs/ZkV3_7_0_Bounded.tla).
    spec: "tla/specs/ZkV3_7_0_Bounded.tla",
    out: "model/generated/zk-v3-7-0-tla.ts",
    init: "Init",
    next: "Next",
    invariants: ["CheckDuringAction", "Leadership1", "Leadership2", "PrefixConsistency", "Integrity", "Agreement", "TotalOrder", "LocalPrimaryOrder", "GlobalPrimaryOrder", "PrimaryIntegrity"],
    // FastLeaderElection.tla (which it EXTENDS) defines NullPoint as Zab.tla does.
    overrides: ["NullPoint"],
    // ZkV3_7_0.tla's LastCommitted indexes `history` by a txn index where it means history[i]; TLC meets it
    // only once a follower syncs a non-empty history, which the reference configurations never reach.
    // The configurations substitute the corrected operator of ZkV3_7_0_Bounded.tla, as TLC's `<-` does.
    substitutions: { LastCommitted: "LastCommittedOfServer" },
    typeOK: "TypeOK",
    constraints: ["Bounded"],
    // As model/tla-zab.ts sets them: servers are the integers 1..n, FLE orders them.
    constantTypes: { Server: setOfType(INT), Parameters: fnType(STR, INT), MaxRound: INT, MaxQueue: INT, MaxVersion: INT, ...modelValues(systemModelValues) },
  },
]

/** Parses the module in `file` (relative to root) and, first, every user module it EXTENDS, transitively. */
export async function loadModules(root: string, file: string): Promise<Array<ParsedModule>> {
  const parser = await loadTlaParser()
  const loaded = new Map<string, ParsedModule>()
  const order: Array<ParsedModule> = []
  const visit = (path: string, from: string | null): void => {
    let source: string
    try {
      source = readFileSync(join(root, path), "utf8")
    } catch {
      throw new UnsupportedConstruct(`EXTENDS of a module that is neither standard nor beside the spec (${posix.basename(path, ".tla")})`, { file: from ?? path, line: 1, column: 1, endLine: 1 })
    }
    const m = parseTlaModule(parser, source, path)
    loaded.set(path, m)
    for (const name of m.extends) {
      if (standardModules.has(name)) continue
      const dep = posix.join(posix.dirname(path), `${name}.tla`)
      if (!loaded.has(dep)) visit(dep, path)
    }
    order.push(m)
  }
  visit(file, null)
  return order
}

/** The generated TypeScript for one target. */
export async function translate(root: string, target: TranslateTarget): Promise<string> {
  const modules = await loadModules(root, target.spec)
  const main = modules[modules.length - 1]!
  const { spec, out: _out, ...config } = target
  return new Emitter(main, modules, { source: spec, ...config }).emit()
}

/**
 * The generated TypeScript of a target's typed model (null if it has none): the typed representation of its
 * state (tla-emit-typed.ts), and, unless `representationOnly`, the actions of Next and the invariants compiled
 * to it (tla-typed-actions.ts) as `spec`, for model/tla-typed-spec.ts's explorer.
 */
export async function translateTyped(root: string, target: TranslateTarget, representationOnly = false): Promise<string | null> {
  if (target.typed === undefined) return null
  const modules = await loadModules(root, target.spec)
  const types = inferVariableTypes(modules, { init: target.init, next: target.next, overrides: target.overrides, substitutions: target.substitutions ?? {}, constantTypes: target.constantTypes ?? {} })
  const init = modules.flatMap((m) => m.defs).find((d) => d.name === target.init)
  const variables = modules.flatMap((m) => m.variables)
  const emitter = new TypedEmitter({
    source: target.spec,
    genericModule: `./${posix.basename(target.out, ".ts")}.js`,
    variables,
    types,
    constantTypes: target.constantTypes ?? {},
    indexSet: "Server",
    genericAt: target.typed.genericAt,
    loc: init?.loc ?? { file: target.spec, line: 1, column: 1, endLine: 1 },
  })
  if (representationOnly) return emitter.emit()
  const compiler = new TypedActionCompiler({ modules, variables, reps: emitter.variableReps(), indexSet: "Server", modelValues: emitter.modelValues(), overrides: target.overrides }, emitter)
  const actions = compiler.nextActions(target.next).map((a) => ({ ...a, ...compiler.action(a.name) }))
  const invariants = target.invariants.map((name) => [name, compiler.predicate(name)] as const)
  const arities = [...new Set(actions.map((a) => a.params.length))].sort()
  // Compiled before the code is taken: the guards may call operator instances of their own.
  const leadingGuards = actions.map((a) => compiler.leadingGuards(a.name, ["$i"]))
  // Every successor of a state in one call (the explorer's): one partial assignment, emptied after each tuple.
  const successorLines = [
    "/** Every successor of $s in Next's order (the actions in order, each over its argument tuples in order): emit(t, a, x) for a successor by action a at its x-th tuple. */",
    "function successors($s: TypedState, emit: (t: TypedState, a: number, x: number) => void): void {",
    "  const saved = emitting",
    "  let a = 0",
    "  let x = 0",
    "  emitting = (t) => emit(t, a, x)",
    "  const p = partials.take()",
    "  try {",
    ...actions.flatMap((act, k) => {
      const call = (args: string): string => `${act.fn}($s, p, complete${args})`
      // The action's leading guards on no parameter, then on its first: tuples they rule out are not tried.
      const guards = leadingGuards[k]!
      const test = (depth: 0 | 1): ReadonlyArray<string> => guards.filter((g) => g.depth === depth).map((g) => g.code)
      const skip = test(1).length === 0 ? [] : [`      if (!(${test(1).join(" && ")})) continue`]
      const body =
        act.params.length === 0
          ? [`    x = 0`, `    ${call("")}`, "    p.undo(0)"]
          : act.params.length === 1
            ? [`    for (let $i = 0; $i < nServers; $i++) {`, ...skip, "      x = $i", `      ${call(", $i")}`, "      p.undo(0)", "    }"]
            : [
                `    for (let $i = 0; $i < nServers; $i++) {`,
                ...skip,
                `      for (let $j = 0; $j < nServers; $j++) {`,
                "        x = $i * nServers + $j",
                `        ${call(", $i, $j")}`,
                "        p.undo(0)",
                "      }",
                "    }",
              ]
      const level0 = test(0)
      return [`    a = ${k} // ${act.name}`, ...(level0.length === 0 ? body : [`    if (${level0.join(" && ")}) {`, ...body.map((l) => `  ${l}`), "    }"])]
    }),
    "  } finally {",
    "    partials.give(p)",
    "    emitting = saved",
    "  }",
    "}",
  ]
  const lines = [
    "/** A successor state, once the action has assigned every variable. */",
    "function stateOf(p: R.Partial): TypedState {",
    `  return { ${variables.map((v, k) => `${v}: R.primed(p, ${k}) as TypedState[${JSON.stringify(v)}]`).join(", ")} }`,
    "}",
    "/** The partial assignments of the actions running (one per nested call: a violation's path replays steps while one runs). */",
    `const partials = new R.PartialPool(${variables.length})`,
    "/** A server's index, from the model value an action's arguments name it by. */",
    "const serverIndex = new Map(servers.map((s, k) => [s, k] as const))",
    "/** An argument tuple's index among its action's tuples: server a is a, servers a and b are a * nServers + b. */",
    "const argIndex = (args: ReadonlyArray<T.Value>): number => args.reduce<number>((x, v) => x * nServers + serverIndex.get(v)!, 0)",
    "/** Where the running action's successors go: set for each call and restored after it (a violation's path replays steps while one runs). */",
    "let emitting: (t: TypedState) => void = () => undefined",
    "const complete = (p: R.Partial): void => emitting(stateOf(p))",
    "/** The argument tuples of an action with this many parameters over Server (the model values, in order). */",
    ...arities.map((k) => `const tuples${k}: ReadonlyArray<ReadonlyArray<T.Value>> = ${k === 0 ? "[[]]" : k === 1 ? "servers.map((a) => [a])" : k === 2 ? "servers.flatMap((a) => servers.map((b) => [a, b]))" : "[]"}`),
    ...compiler.code(successorLines.join("\n")),
    ...actions.flatMap((a) => [
      `/** ${a.name}'s successors for its x-th argument tuple. */`,
      `function ${a.fn}At($s: TypedState, x: number, emit: (t: TypedState) => void): void {`,
      "  const saved = emitting",
      "  emitting = emit",
      "  const p = partials.take()",
      "  try {",
      `    ${a.fn}($s, p, complete${a.params.length === 0 ? "" : a.params.length === 1 ? ", x" : ", (x / nServers) | 0, x % nServers"})`,
      "  } finally {",
      "    partials.give(p)",
      "    emitting = saved",
      "  }",
      "}",
    ]),
  ]
  if (arities.some((k) => k > 2)) throw new Error("an action with more than two parameters")
  lines.push(...successorLines)
  const generic = `make${modules[modules.length - 1]!.name}`
  const members = [
    "spec: {",
    `  variables: ${JSON.stringify(variables)},`,
    `  // Init is evaluated once, by the generic model: its states converted.`,
    `  init: (): ReadonlyArray<TypedState> => ${generic}(constants).init().map(toTyped),`,
    "  actions: [",
    ...actions.map((a) => `    { name: ${JSON.stringify(a.name)}, params: ${JSON.stringify(a.params)}, args: (): ReadonlyArray<ReadonlyArray<T.Value>> => tuples${a.params.length}, next: ($s: TypedState, args: ReadonlyArray<T.Value>, emit: (t: TypedState) => void): void => ${a.fn}At($s, argIndex(args), emit) },`),
    "  ],",
    "  successors,",
    "  invariants: [",
    ...invariants.map(([name, p]) => `    { name: ${JSON.stringify(name)}, reads: ${JSON.stringify(p.reads)}, readsSame: (a: TypedState, b: TypedState): boolean => ${p.reads.length === 0 ? "true" : p.reads.map((v) => `a.${v} === b.${v}`).join(" && ")}, holds: (s: TypedState): boolean => ${p.call} },`),
    "  ],",
    "  encode,",
    "  decode,",
    "},",
  ]
  // Named through a variable: the layering test reads import statements in this file's text.
  const wordSpecModule = "../tla-typed-spec.js"
  const memberTypes = ["/** The model over the typed representation: Next's actions and the invariants compiled to it, for exploreWords. */", "readonly spec: WordSpec<TypedState>"]
  return emitter.emit({ lines, members, memberTypes, imports: [`import { ${generic} } from "./${posix.basename(target.out, ".ts")}.js"`, `import type { WordSpec } from "${wordSpecModule}"`] })
}

/** The project's root, from this file's place in it (tla/ or dist/tla/). */
export function projectRoot(here: string): string {
  const dir = dirname(here)
  return posix.basename(dirname(dir)) === "dist" || dir.endsWith(`${posix.sep}dist${posix.sep}tla`) ? join(dir, "..", "..") : join(dir, "..")
}
