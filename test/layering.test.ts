/**
 * Goal: the code's layering stays what the project says it is. Which folder may import which is written
 * below as data, each rule with its reason; every .ts file's relative imports are checked against it, and
 * each import that breaks a rule is listed with the file, the import and the rule.
 *
 * Method: read every .ts file of the project (tests and benchmarks import anything and are left out), take
 * its relative import and export specifiers, resolve them to files, and map both ends to their layer. A
 * synthetic file shows that the checker catches a bad import. The layers actually imported must form no
 * cycle, and the files of the pure core must form a DAG among themselves.
 */
import { readFileSync, readdirSync } from "node:fs"
import { dirname, join, posix, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")

type Layer = "impl/core" | "impl/storage" | "impl/client" | "schedule" | "impl/sim" | "impl/net" | "impl/zookeeper" | "properties" | "model" | "traces" | "harness" | "bin" | "api" | "tla"

interface Rule {
  /** The layers this one may import besides itself. */
  readonly imports: ReadonlyArray<Layer>
  readonly why: string
}

const belowHarness: ReadonlyArray<Layer> = ["impl/core", "impl/storage", "impl/client", "schedule", "impl/sim", "impl/net", "impl/zookeeper", "properties", "model", "traces"]

/** The layering, as data. bench/ and test/ may import anything and are not listed. */
const rules: Readonly<Record<Layer, Rule>> = {
  "impl/core": { imports: [], why: "the pure peer (with the bug list and the runtime events' schema) depends on nothing of the project, so every runtime and the model can use it" },
  "impl/storage": { imports: ["impl/core"], why: "storage persists the core's txns and epochs and knows nothing of who drives it" },
  "impl/client": { imports: ["impl/core"], why: "the ZooKeeper wire protocol and client are usable without a server runtime" },
  schedule: { imports: ["impl/core"], why: "a schedule is plain data over the core's types, interpreted by the runtimes below the harness" },
  "impl/sim": { imports: ["impl/core", "impl/storage", "schedule"], why: "the simulator interprets schedule steps; a runtime records events and never judges them" },
  "impl/net": { imports: ["impl/core", "impl/storage", "impl/client", "schedule"], why: "the real-cluster runtime serves clients and takes schedule steps; it records events and never judges them" },
  "impl/zookeeper": {
    imports: ["impl/core", "impl/storage", "impl/client", "impl/net", "schedule"],
    why: "Apache ZooKeeper as a runtime: its processes behind the fault proxy and its wire formats decoded from captured bytes into runtime events; it records and never judges",
  },
  properties: { imports: ["impl/core", "schedule"], why: "invariants judge cluster views, which any runtime, trace or the model can produce, so they sit below all of those" },
  model: { imports: ["impl/core", "schedule", "properties"], why: "the model's explorer judges its states with the same invariants" },
  traces: {
    imports: ["impl/core", "impl/storage", "impl/client", "schedule", "properties", "model"],
    why: "the trace format, projection and validation read runtime events and replay them through the model, but run nothing",
  },
  harness: { imports: belowHarness, why: "the harness runs schedules on every target and reports; only the CLI and benchmarks sit above it" },
  bin: { imports: [...belowHarness, "harness", "tla"], why: "the CLI parses, prints and exits; anything but the benchmarks (zab translate runs the TLA+ translator)" },
  api: { imports: [...belowHarness, "harness"], why: "the library API runs campaigns as the CLI does, through the harness, and nothing imports it back" },
  tla: {
    imports: [],
    why: "the TLA+ translator reads specs and writes TypeScript; what it generates (model/generated/) is part of the model, and the translator itself needs nothing of the project",
  },
}

/** The layer of a project file (a path relative to the root, with "/"), or null for tests and benchmarks. */
function layerOf(file: string): Layer | null {
  // impl/history-events.ts is the client history's schema: the runtimes record it and properties/history/
  // judges it, so it sits with the runtime events, below both. impl/message-text.ts renders messages for
  // the runtimes' step texts, the trace tools and the invariants; no file of the peer calls it.
  // impl/digest-auth.ts (addauth's digest id) is computed by the simulator and the history checker alike.
  if (file === "impl/bugs.ts" || file === "impl/events.ts" || file === "impl/history-events.ts" || file === "impl/message-text.ts" || file === "impl/digest-auth.ts") return "impl/core"
  for (const layer of Object.keys(rules) as Array<Layer>) if (file.startsWith(`${layer}/`)) return layer
  return null
}

interface Violation {
  readonly file: string
  readonly imported: string
  readonly rule: string
}

/** The relative specifiers a source text imports or re-exports (static and dynamic). */
function specifiers(text: string): Array<string> {
  const found: Array<string> = []
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)"(\.{1,2}\/[^"]+)"/g)) found.push(m[1]!)
  return found
}

/** The project file a specifier of `file` names (".js" is the compiled name of a ".ts" source). */
function resolveImport(file: string, specifier: string): string {
  return posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, ".ts")
}

/** Every import of `files` (path -> source text) that breaks the rules. */
function layeringViolations(files: ReadonlyMap<string, string>): Array<Violation> {
  const violations: Array<Violation> = []
  for (const [file, text] of files) {
    const from = layerOf(file)
    if (from === null) continue
    for (const specifier of specifiers(text)) {
      const imported = resolveImport(file, specifier)
      const to = layerOf(imported)
      if (to === null) {
        violations.push({ file, imported, rule: `${from} may not import tests or benchmarks` })
        continue
      }
      if (to !== from && !rules[from].imports.includes(to)) {
        violations.push({ file, imported, rule: `${from} may import only ${rules[from].imports.join(", ") || "itself"}: ${rules[from].why}` })
      }
    }
  }
  return violations
}

/** The cycles of a directed graph, one per strongly connected component with more than one node (or a self-loop). */
function cycles(edges: ReadonlyMap<string, ReadonlySet<string>>): Array<Array<string>> {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: Array<string> = []
  const onStack = new Set<string>()
  const found: Array<Array<string>> = []
  let next = 0
  const visit = (node: string): void => {
    index.set(node, next)
    low.set(node, next)
    next += 1
    stack.push(node)
    onStack.add(node)
    for (const to of edges.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(node, Math.min(low.get(node)!, low.get(to)!))
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: Array<string> = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || (edges.get(node)?.has(node) ?? false)) found.push(component.sort())
    }
  }
  for (const node of edges.keys()) if (!index.has(node)) visit(node)
  return found
}

/** The graph of imports between the groups `groupOf` puts files in (files it maps to null are left out). */
function importGraph(files: ReadonlyMap<string, string>, groupOf: (file: string) => string | null): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>()
  for (const [file, text] of files) {
    const from = groupOf(file)
    if (from === null) continue
    if (!edges.has(from)) edges.set(from, new Set())
    for (const specifier of specifiers(text)) {
      const to = groupOf(resolveImport(file, specifier))
      if (to !== null && to !== from) edges.get(from)!.add(to)
    }
  }
  return edges
}

function projectFiles(): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir === "" ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        // examples/ is user code that imports the package by its name, as an outside project does.
        if (!["node_modules", "dist", "coverage", "test", "bench", "examples"].includes(entry.name) && !entry.name.startsWith(".")) walk(path)
      } else if (path.endsWith(".ts") && path.includes("/")) {
        files.set(path, readFileSync(join(root, path), "utf8"))
      }
    }
  }
  walk("")
  return files
}

const files = projectFiles()

describe("layering", () => {
  it("the rules themselves form no cycle", () => {
    const edges = new Map<string, Set<string>>(Object.entries(rules).map(([layer, rule]) => [layer, new Set<string>(rule.imports)]))
    expect(cycles(edges)).toEqual([])
  })

  it("every project file is in a layer", () => {
    expect([...files.keys()].filter((f) => layerOf(f) === null)).toEqual([])
  })

  it("every import keeps to the rules", () => {
    expect(layeringViolations(files).map((v) => `${v.file} imports ${v.imported}: ${v.rule}`)).toEqual([])
  })

  it("the peer renders no text: no file of impl/core imports impl/message-text.ts", () => {
    // Mutation testing measures impl/core as the peer; the rendering sits beside it because nothing in it calls it.
    const renderingImports = (all: ReadonlyMap<string, string>) =>
      [...all].filter(([file, text]) => file.startsWith("impl/core/") && specifiers(text).some((s) => resolveImport(file, s) === "impl/message-text.ts")).map(([file]) => file)
    expect(renderingImports(files)).toEqual([])
    expect(renderingImports(new Map([["impl/core/chatty.ts", 'import { describeMessage } from "../message-text.js"\n']]))).toEqual(["impl/core/chatty.ts"])
  })

  it("a runtime file that imports the properties is caught (synthetic)", () => {
    const fake = new Map([
      ["impl/sim/judge-inline.ts", 'import { checkState } from "../../properties/invariants.js"\nexport const judged = checkState\n'],
      ["impl/sim/fine.ts", 'import { Step } from "../../schedule/steps.js"\nexport const step = Step\n'],
    ])
    const found = layeringViolations(fake)
    expect(found.map((v) => [v.file, v.imported])).toEqual([["impl/sim/judge-inline.ts", "properties/invariants.ts"]])
    expect(found[0]!.rule).toMatch(/^impl\/sim may import only impl\/core, impl\/storage, schedule: /)
  })

  it("no cycle among the folders", () => {
    // A folder here is a layer of the table: the CLI's bin/commands is part of bin, whose dispatcher
    // (bin/cli.ts) imports the commands and whose helpers (args, io) the commands import.
    expect(cycles(importGraph(files, layerOf))).toEqual([])
  })

  it("no two files share a base name (commands and benchmarks are named for what they run)", () => {
    // bin/commands/<c>.ts is the `zab <c>` command and bench/<b>.ts the `npm run bench:<b>` benchmark, each
    // named for what the user types, so they may share a name with the module they drive.
    const byName = new Map<string, Array<string>>()
    for (const file of files.keys()) {
      if (file.startsWith("bin/commands/")) continue
      const name = posix.basename(file)
      byName.set(name, [...(byName.get(name) ?? []), file])
    }
    const shared = [...byName].filter(([, paths]) => paths.length > 1).map(([, paths]) => paths.join(" and "))
    expect(shared).toEqual([])
  })

  it("the files of impl/core form a DAG", () => {
    const coreFile = (file: string): string | null => (file.startsWith("impl/core/") ? relative("impl/core", file) : null)
    expect(cycles(importGraph(files, coreFile))).toEqual([])
  })
})
