/**
 * `npm run tla:gen`: regenerates model/generated/ from the TLA+ specs in tla/specs/ (translate.ts's targets).
 * With `--check`, writes nothing and exits 1 if a generated file differs from a fresh translation.
 * An unsupported construct exits 2 with its file, line, column and name.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { UnsupportedConstruct } from "./tla-ast.js"
import { projectRoot, targets, translate, translateTyped } from "./translate.js"

async function main(argv: ReadonlyArray<string>): Promise<number> {
  const check = argv.includes("--check")
  const root = projectRoot(fileURLToPath(import.meta.url))
  let stale = 0
  const outputs = targets.flatMap((target) => [
    { target, out: target.out, make: (): Promise<string | null> => translate(root, target) },
    ...(target.typed === undefined ? [] : [{ target, out: target.typed.out, make: (): Promise<string | null> => translateTyped(root, target) }]),
  ])
  for (const { target, out, make } of outputs) {
    let code: string
    try {
      code = (await make())!
    } catch (e) {
      if (e instanceof UnsupportedConstruct) {
        process.stderr.write(`tla:gen: ${e.message}\n`)
        return 2
      }
      throw e
    }
    const path = join(root, out)
    let old: string | null = null
    try {
      old = readFileSync(path, "utf8")
    } catch {
      old = null
    }
    if (old === code) {
      process.stdout.write(`${out}: up to date (${target.spec})\n`)
      continue
    }
    if (check) {
      process.stdout.write(`${out}: differs from a fresh translation of ${target.spec}\n`)
      stale++
      continue
    }
    writeFileSync(path, code)
    process.stdout.write(`${out}: written from ${target.spec} (${code.split("\n").length} lines)\n`)
  }
  return stale > 0 ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
