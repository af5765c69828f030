/**
 * A test-only mutant of the peer: a copy of the sources a simulator campaign runs (the layers from impl up
 * to harness) with one exact text replacement applied to one file, loaded from the copy. It lets a test run
 * the very mutation `npm run mutation` found surviving, without a seam in the product, and show that the
 * strengthened harness now kills it (and that the copy without the replacement still passes, so the kill is
 * the mutation's doing).
 *
 * The copy lives under the project's .scratch/ (git-ignored) so the test runner transforms it like the
 * originals; each call makes a fresh directory and `dispose` removes it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"

const root = resolve(import.meta.dirname, "..", "..")
/** The folders a simulator campaign imports from (harness/campaign.ts and what it imports, transitively). */
const copied = ["impl", "harness", "properties", "schedule", "traces", "model"] as const

export interface Mutation {
  /** A path relative to the project root, e.g. "impl/core/broadcast.ts". */
  readonly file: string
  /** Text that occurs exactly once in the file, and what it becomes. */
  readonly from: string
  readonly to: string
}

export interface MutantCopy {
  readonly dir: string
  /** Import a module of the copy by its project-relative path ("harness/campaign.ts"). */
  load<T>(path: string): Promise<T>
  dispose(): void
}

/** A copy of the sources with `mutation` applied (none: an unmutated copy, the control). */
export function mutantCopy(mutation: Mutation | null): MutantCopy {
  const scratch = join(root, ".scratch")
  mkdirSync(scratch, { recursive: true })
  const dir = mkdtempSync(join(scratch, "mutant-"))
  for (const folder of copied) cpSync(join(root, folder), join(dir, folder), { recursive: true, filter: (src) => !src.includes("/corpus/") })
  if (mutation !== null) {
    const target = join(dir, mutation.file)
    const text = readFileSync(target, "utf8")
    const at = text.indexOf(mutation.from)
    if (at < 0 || text.indexOf(mutation.from, at + 1) >= 0) throw new Error(`the mutation's text must occur exactly once in ${mutation.file}: ${mutation.from}`)
    writeFileSync(target, text.slice(0, at) + mutation.to + text.slice(at + mutation.from.length))
  }
  return {
    dir,
    load: async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(dir, path)).href)) as T,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
}
