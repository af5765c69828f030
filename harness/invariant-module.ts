/**
 * Loading the user's invariants from a module, for what cannot take functions directly: worker threads
 * (functions do not cross threads) and the command line (`zab check --invariants FILE`). The module exports
 * an array of invariants as `invariants` or as its default export.
 */
import { pathToFileURL } from "node:url"
import { isAbsolute, resolve } from "node:path"
import type { Invariant } from "../properties/user-invariants.js"

/**
 * The specifier to import for a module given on the command line or in the API: a path (relative to `cwd`)
 * becomes a file URL; a URL or a bare package specifier is kept.
 */
export function invariantsModuleSpecifier(given: string, cwd: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(given) && !/^[a-z]:[\\/]/i.test(given)) return given
  if (given.startsWith(".") || isAbsolute(given) || given.endsWith(".js") || given.endsWith(".mjs")) return pathToFileURL(resolve(cwd, given)).href
  return given
}

/** Import the module and take its invariants; an Error that says what is wrong with it otherwise. */
export async function loadInvariants(specifier: string): Promise<ReadonlyArray<Invariant>> {
  let module: Record<string, unknown>
  try {
    module = (await import(specifier)) as Record<string, unknown>
  } catch (error) {
    throw new Error(`cannot load the invariants module ${specifier}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const list = module["invariants"] ?? module["default"]
  if (!Array.isArray(list)) throw new Error(`the invariants module ${specifier} exports no array named invariants (nor a default export that is one)`)
  return list as ReadonlyArray<Invariant>
}
