/**
 * Test helper: translate a TLA+ source written in a test (or a mutated copy of a vendored spec) and load the
 * generated TypeScript as a module, to run it. The generated file is written to a temporary directory with
 * its imports of the model's runtime pointed at the project's files.
 */
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import type { UnsupportedConstruct } from "../../tla/tla-ast.js"
import { Emitter } from "../../tla/tla-emit.js"
import { type ParsedModule, loadTlaParser, parseTlaModule } from "../../tla/tla-parse.js"
import type { GeneratedSpec } from "../../model/tla-spec.js"
import type { Value } from "../../model/tla-values.js"

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..")

export interface ToyConfig {
  readonly init?: string
  readonly next?: string
  readonly invariants?: ReadonlyArray<string>
  readonly overrides?: ReadonlyArray<string>
  readonly constraints?: ReadonlyArray<string>
  readonly substitutions?: Readonly<Record<string, string>>
}

export async function parseSource(source: string, file = "Toy.tla"): Promise<ParsedModule> {
  return parseTlaModule(await loadTlaParser(), source, file)
}

/** The TypeScript the translator writes for one module (no EXTENDS of user modules). */
export async function translateSource(source: string, config: ToyConfig = {}, file = "Toy.tla"): Promise<string> {
  const m = await parseSource(source, file)
  return new Emitter(m, [m], { source: file, init: config.init ?? "Init", next: config.next ?? "Next", invariants: config.invariants ?? [], overrides: config.overrides ?? [], constraints: config.constraints ?? [], substitutions: config.substitutions ?? {} }).emit()
}

let count = 0
const dir = mkdtempSync(join(tmpdir(), "tla-generated-"))

/** Loads generated TypeScript as a module (the factory is `make<Module>`). */
export async function loadGenerated(code: string): Promise<Record<string, unknown>> {
  const runtime = (name: string): string => pathToFileURL(join(root, "model", name)).href
  const patched = code.replaceAll('"../tla-values.js"', JSON.stringify(runtime("tla-values.ts"))).replaceAll('"../tla-spec.js"', JSON.stringify(runtime("tla-spec.ts")))
  count++
  const file = join(dir, `generated-${count}.ts`)
  writeFileSync(file, patched)
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>
}

/** Translates and loads a one-module spec, and builds it with these constants. */
export async function toySpec(source: string, constants: Readonly<Record<string, Value>> = {}, config: ToyConfig = {}): Promise<GeneratedSpec<Record<string, Value>>> {
  const m = await parseSource(source)
  const mod = await loadGenerated(await translateSource(source, config))
  const make = mod[`make${m.name}`] as (c: Readonly<Record<string, Value>>) => GeneratedSpec<Record<string, Value>>
  return make(constants)
}

/** The error a translation raises, or null. */
export async function translationError(source: string, config: ToyConfig = {}): Promise<UnsupportedConstruct | null> {
  try {
    await translateSource(source, config)
    return null
  } catch (e) {
    return e as UnsupportedConstruct
  }
}
