/**
 * A test-only mutant of the peer: the modules a simulator campaign runs (the layers from impl up to harness),
 * bundled with one exact text replacement applied to one source file, and loaded from the bundle. It lets a
 * test run the very mutation `npm run mutation` found surviving, without a seam in the product, and show
 * that the strengthened harness now kills it (and that the bundle without the replacement still passes, so
 * the kill is the mutation's doing).
 *
 * esbuild bundles the entry points below from the project's own sources, reading the mutated file's text
 * from memory, into a fresh directory under the project's .scratch/ (git-ignored); dependencies stay
 * imports of node_modules. Node imports the bundle itself (vitest.config.ts leaves .scratch/ to it): the
 * test runner's per-file transform of a whole source tree per mutant cost more than the runs it judged.
 * `dispose` removes the directory.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { build } from "esbuild"

const root = resolve(import.meta.dirname, "..", "..")
/** The modules a test may load from a mutant (load's argument), bundled together so that they share state. */
const entries = ["harness/campaign.ts", "harness/sim-target.ts", "schedule/steps.ts"] as const
type Entry = (typeof entries)[number]

export interface Mutation {
  /** A path relative to the project root, e.g. "impl/core/broadcast.ts". */
  readonly file: string
  /** Text that occurs exactly once in the file, and what it becomes. */
  readonly from: string
  readonly to: string
}

export interface MutantCopy {
  readonly dir: string
  /** Import a bundled module by its project-relative source path ("harness/campaign.ts"). */
  load<T>(path: Entry): Promise<T>
  dispose(): void
}

/** The bundle with `mutation` applied (none: an unmutated bundle, the control). */
export function mutantCopy(mutation: Mutation | null): MutantCopy {
  const scratch = join(root, ".scratch")
  mkdirSync(scratch, { recursive: true })
  const dir = mkdtempSync(join(scratch, "mutant-"))
  let mutated: { readonly path: string; readonly text: string } | null = null
  if (mutation !== null) {
    const path = join(root, mutation.file)
    const text = readFileSync(path, "utf8")
    const at = text.indexOf(mutation.from)
    if (at < 0 || text.indexOf(mutation.from, at + 1) >= 0) throw new Error(`the mutation's text must occur exactly once in ${mutation.file}: ${mutation.from}`)
    mutated = { path, text: text.slice(0, at) + mutation.to + text.slice(at + mutation.from.length) }
  }
  let applied = mutated === null
  const built = build({
    absWorkingDir: root,
    entryPoints: entries.map((entry) => join(root, entry)),
    outdir: dir,
    outbase: root,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "silent",
    plugins: [
      {
        name: "mutation",
        setup(on) {
          if (mutated === null) return
          const { path, text } = mutated
          on.onLoad({ filter: /\.ts$/ }, (args) => {
            if (args.path !== path) return undefined
            applied = true
            return { contents: text, loader: "ts" }
          })
        },
      },
    ],
  }).then(() => {
    if (!applied) throw new Error(`the mutated file ${mutation!.file} is not among the modules ${entries.join(", ")} import`)
  })
  built.catch(() => undefined) // a failed build is thrown by load
  return {
    dir,
    load: async <T>(path: Entry): Promise<T> => {
      await built
      return (await import(pathToFileURL(join(dir, path.replace(/\.ts$/, ".js"))).href)) as T
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
}
