/**
 * Flag parsing shared by every command: node's parseArgs in strict mode, with integer and choice values
 * checked here so each command gets typed values and every mistake becomes a UsageError (exit 2).
 */
import { parseArgs } from "node:util"
import { UsageError } from "./io.js"

export type FlagSpec = Readonly<Record<string, { readonly type: "string" | "boolean"; readonly multiple?: boolean; readonly short?: string }>>

export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | ReadonlyArray<string> | undefined>>
  readonly positionals: ReadonlyArray<string>
}

export function parseFlags(args: ReadonlyArray<string>, flags: FlagSpec, allowPositionals: boolean): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: flags as Parameters<typeof parseArgs>[0] extends infer C ? C extends { options?: infer O } ? NonNullable<O> : never : never,
      strict: true,
      allowPositionals,
    })
    return { values: values as Parsed["values"], positionals }
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split("\n")[0] ?? String(error) : String(error))
  }
}

export function intFlag(parsed: Parsed, name: string, fallback: number, min: number, max: number): number {
  const raw = parsed.values[name]
  if (raw === undefined) return fallback
  if (typeof raw !== "string" || !/^-?\d+$/.test(raw)) throw new UsageError(`--${name} takes an integer, got ${JSON.stringify(raw)}`)
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be between ${min} and ${max}, got ${raw}`)
  }
  return value
}

export function stringFlag(parsed: Parsed, name: string): string | undefined {
  const raw = parsed.values[name]
  if (raw === undefined) return undefined
  if (typeof raw !== "string") throw new UsageError(`--${name} takes a value`)
  return raw
}

export function listFlag(parsed: Parsed, name: string): ReadonlyArray<string> {
  const raw = parsed.values[name]
  if (raw === undefined) return []
  if (typeof raw === "string") return [raw]
  if (Array.isArray(raw)) return raw as ReadonlyArray<string>
  throw new UsageError(`--${name} takes a value`)
}

export function boolFlag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true
}

export function choiceFlag<T extends string>(parsed: Parsed, name: string, choices: ReadonlyArray<T>, fallback: T): T {
  const raw = stringFlag(parsed, name)
  if (raw === undefined) return fallback
  if (!(choices as ReadonlyArray<string>).includes(raw)) {
    throw new UsageError(`--${name} must be one of ${choices.join(", ")}, got ${JSON.stringify(raw)}`)
  }
  return raw as T
}
