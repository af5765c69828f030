/**
 * `zab translate SPEC.tla -o DIR`: the TLA+ translator (tla/) on one spec: writes DIR/<module>-tla.ts, the
 * model generated from it, or with --check compares. A construct outside the translator's subset is refused
 * with its file, line and name (exit 2), never translated approximately.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { basename, join, relative, resolve, sep } from "node:path"
import { boolFlag, listFlag, parseFlags, stringFlag } from "../args.js"
import { type Command, type Io, InputError, UsageError } from "../io.js"
import { UnsupportedConstruct } from "../../tla/tla-ast.js"
import { type TranslateTarget, targets, translate } from "../../tla/translate.js"

const usage = `usage: zab translate SPEC.tla -o DIR [options]

Translates a TLA+ spec (and the modules it EXTENDS, found beside it) into a TypeScript model for the
explorer: DIR/<module>-tla.ts, with the spec's variables as an effect Schema, one function per action of
Next named as in the spec, the invariants, and a comment on each function naming its TLA+ lines. The
generated module imports the project's runtime as ../tla-spec.js and ../tla-values.js, so DIR is a folder
beside model/'s (model/generated is where the project's own models are).

Run from the project's root, the specs of tla/specs/ that npm run tla:gen translates (Zab.tla and
ZkV3_7_0_Bounded.tla) take the project's configuration for them and their file name in model/generated/;
any flag below replaces that configuration.

options:
  -o, --out DIR        where the generated file goes (created if missing)
  --init NAME          the initial predicate (default Init)
  --next NAME          the next-state relation (default Next); its disjuncts become the actions
  --invariant NAME     an invariant to check on every state (repeatable)
  --constraint NAME    a state constraint, as TLC's CONSTRAINT (repeatable)
  --override NAME      a definition replaced by a constant of the same name, as TLC's NAME <- value
                       (repeatable): for a definition the subset refuses, such as an unbounded CHOOSE
  --substitute NAME=OTHER  the definition OTHER of the spec (same arity) used wherever NAME is, as TLC's
                       NAME <- OTHER (repeatable): ZkV3_7_0_Bounded.tla's LastCommitted <- LastCommittedOfServer
  --type-ok NAME       the spec's type invariant: it refines the generated State schema
  --check              write nothing; exit 1 if DIR's file differs from a fresh translation

exit codes: 0 written (or up to date), 1 --check found the file out of date, 2 bad usage, a missing
file, or a construct outside the subset (its file:line:column and name on stderr)
`

/** kebab-case of a module name: ZkV3_7_0 -> zk-v3-7-0. */
function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase()
}

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseFlags(
    args,
    {
      out: { type: "string", short: "o" },
      init: { type: "string" },
      next: { type: "string" },
      invariant: { type: "string", multiple: true },
      constraint: { type: "string", multiple: true },
      override: { type: "string", multiple: true },
      substitute: { type: "string", multiple: true },
      "type-ok": { type: "string" },
      check: { type: "boolean" },
    },
    true,
  )
  if (parsed.positionals.length !== 1) throw new UsageError("expected one spec file, SPEC.tla")
  const outDir = stringFlag(parsed, "out")
  if (outDir === undefined) throw new UsageError("-o DIR is required")
  const given = parsed.positionals[0]!
  if (!given.endsWith(".tla")) throw new UsageError(`the spec is a .tla file, got ${JSON.stringify(given)}`)
  const specPath = resolve(io.cwd, given)
  if (!existsSync(specPath)) throw new InputError(`no such file: ${given}`)
  // The spec as the generated header and comments name it: relative to where zab runs, with "/".
  const spec = relative(io.cwd, specPath).split(sep).join("/")

  const configFlags = ["init", "next", "invariant", "constraint", "override", "substitute", "type-ok"].filter((f) => parsed.values[f] !== undefined)
  const known = targets.find((t) => t.spec === spec)
  const moduleName = basename(spec, ".tla")
  const typeOK = stringFlag(parsed, "type-ok")
  const substitutions: Record<string, string> = {}
  for (const pair of listFlag(parsed, "substitute")) {
    const [name, by, ...rest] = pair.split("=")
    if (name === undefined || by === undefined || name === "" || by === "" || rest.length > 0) throw new UsageError(`--substitute takes NAME=OTHER, got ${JSON.stringify(pair)}`)
    substitutions[name] = by
  }
  const target: TranslateTarget =
    known !== undefined && configFlags.length === 0
      ? known
      : {
          spec,
          out: `${kebab(moduleName)}-tla.ts`,
          init: stringFlag(parsed, "init") ?? "Init",
          next: stringFlag(parsed, "next") ?? "Next",
          invariants: listFlag(parsed, "invariant"),
          constraints: listFlag(parsed, "constraint"),
          overrides: listFlag(parsed, "override"),
          substitutions,
          ...(typeOK === undefined ? {} : { typeOK }),
        }

  let code: string
  try {
    code = await translate(io.cwd, target)
  } catch (error) {
    if (error instanceof UnsupportedConstruct) {
      io.err(`zab translate: ${error.message}\n`)
      return 2
    }
    throw error
  }
  const dir = resolve(io.cwd, outDir)
  const path = join(dir, basename(target.out))
  const shown = relative(io.cwd, path) || path
  const old = existsSync(path) ? readFileSync(path, "utf8") : null
  if (old === code) {
    io.out(`${shown}: up to date (${spec})\n`)
    return 0
  }
  if (boolFlag(parsed, "check")) {
    io.out(`${shown}: ${old === null ? "missing" : "differs from a fresh translation"} (${spec})\n`)
    return 1
  }
  mkdirSync(dir, { recursive: true })
  writeFileSync(path, code)
  io.out(`${shown}: written from ${spec} (${code.split("\n").length} lines)\n`)
  return 0
}

export const translateCommand: Command = { name: "translate", summary: "translate a TLA+ spec into a TypeScript model", usage, run }
