/**
 * Goal: a project outside this repository can use zab-harness as a library. It depends on this package by
 * path, imports the public API and the vitest helper, runs a campaign with its own invariant, and sees a
 * failure with the shrunk schedule and the replay command in the test's failure message.
 *
 * Method: a temporary directory with its own package.json whose dependencies are `file:` paths (this
 * package, and the vitest this repository installed), `npm install --offline` (npm links `file:`
 * directories, so nothing is fetched), the example of examples/user-invariant copied in (its own test
 * catches the broken peer ZOOKEEPER-335), plus one test that `zabTest` must fail: an invariant of its own
 * that the healthy peer breaks within a few runs (it forbids deleting /a). Its vitest runs in a child process; the test
 * reads what it printed. The package is used as built (`npm test` builds it first), through its exports map.
 */
import { spawnSync } from "node:child_process"
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const project = mkdtempSync(join(tmpdir(), "zab-outside-"))

afterAll(() => rmSync(project, { recursive: true, force: true }))

/** The environment of the child: this run's vitest and coverage settings are not the child's. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("VITEST") && key !== "NODE_V8_COVERAGE" && key !== "NODE_OPTIONS") env[key] = value
  return env
}

describe("a project outside the repository", () => {
  it("installs zab-harness by path and imports its API through the exports map", () => {
    expect(existsSync(join(root, "dist", "api", "index.js")), "dist/ is missing: run npm run build first").toBe(true)
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: "outside", private: true, type: "module", devDependencies: { "zab-harness": `file:${root}`, vitest: `file:${join(root, "node_modules", "vitest")}` } }, null, 2)}\n`,
    )
    for (const file of ["lock-owners.js", "lock-owners.test.ts"]) copyFileSync(join(root, "examples", "user-invariant", file), join(project, file))
    const install = spawnSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: project, encoding: "utf8", env: childEnv() })
    expect(install.status, install.stderr).toBe(0)
    const probe = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", `import * as zab from "zab-harness"; import * as v from "zab-harness/vitest"; console.log(typeof zab.check, typeof zab.txnOp, typeof v.zabTest, zab.bugs().length > 0)`],
      { cwd: project, encoding: "utf8", env: childEnv() },
    )
    expect(probe.stderr).toBe("")
    expect(probe.stdout.trim()).toBe("function function function true")
    // The type declarations the exports map names are there for a TypeScript user.
    expect(existsSync(join(project, "node_modules", "zab-harness", "dist", "api", "index.d.ts"))).toBe(true)
    expect(existsSync(join(project, "node_modules", "zab-harness", "dist", "api", "vitest.d.ts"))).toBe(true)
  })

  it("type-checks a TypeScript user of the API against the package's declarations", () => {
    writeFileSync(
      join(project, "typed.ts"),
      [
        `import { type CheckResult, type Invariant, check, deliveredBy, txnOp } from "zab-harness"`,
        `import { zabTest } from "zab-harness/vitest"`,
        `const FirstCreate: Invariant = { name: "FirstCreate", check: (view) => (view.servers.some((s) => deliveredBy(view, s.id).some((t) => txnOp(t)?.op === "Create")) ? null : null) }`,
        `export async function run(): Promise<string | null> {`,
        `  const result: CheckResult = await check({ runs: 1, invariants: [FirstCreate], faults: { crash: 0, fsync: 3 } })`,
        `  return result.status === "violated" ? result.violation.replay : null`,
        `}`,
        `export function register(): void { zabTest("typed", { servers: 5, runs: 1 }) }`,
        `// The declarations are types, not \`any\`: a wrong option does not compile.`,
        `// @ts-expect-error servers is a number`,
        `export const wrong = (): Promise<CheckResult> => check({ servers: "5" })`,
        "",
      ].join("\n"),
    )
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", noEmit: true, skipLibCheck: true, types: [] }, files: ["typed.ts"] }),
    )
    const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: project, encoding: "utf8", env: childEnv() })
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0)
  })

  it("runs a campaign with its own invariant in vitest and sees the failure with the shrunk schedule", () => {
    writeFileSync(
      join(project, "broken.test.ts"),
      [
        `import { deliveredBy, txnOp } from "zab-harness"`,
        `import { zabTest } from "zab-harness/vitest"`,
        `// Fails on purpose: the healthy peer deletes /a in the first runs, which this invariant forbids.`,
        `const NoDeleteOfA = { name: "NoDeleteOfA", check: (view) => view.servers.some((s) => deliveredBy(view, s.id).some((t) => txnOp(t)?.op === "Delete" && txnOp(t)?.path === "/a")) ? "/a was deleted" : null }`,
        `zabTest("no delete of /a", { runs: 200, seed: 1, invariants: [NoDeleteOfA], builtIn: false, validate: false, out: "cx" })`,
        "",
      ].join("\n"),
    )
    const vitest = join(project, "node_modules", "vitest", "vitest.mjs")
    const run = spawnSync(process.execPath, [vitest, "run", "--reporter=verbose", "--no-color"], { cwd: project, encoding: "utf8", env: { ...childEnv(), NO_COLOR: "1", CI: "true" }, timeout: 240_000 })
    const output = `${run.stdout}\n${run.stderr}`
    expect(run.status, output).toBe(1)
    // The example's own tests pass: the invariant holds on the healthy peer and catches the broken one.
    expect(output).toMatch(/✓ lock-owners\.test\.ts > the lock's owners agree on a healthy 3-server cluster/)
    expect(output).toMatch(/✓ lock-owners\.test\.ts > catches ZOOKEEPER-335 on its own/)
    // The deliberately failing one fails with the shrunk schedule and the replay command in its message.
    expect(output).toMatch(/× broken\.test\.ts > no delete of \/a/)
    expect(output).toMatch(/CheckFailure: NoDeleteOfA violated in run \d+ \(seed 1, 3 servers\): \/a was deleted/)
    expect(output).toMatch(/shrunk schedule: \d+ steps/)
    expect(output).toMatch(/replay: npx zab replay cx\/NoDeleteOfA-[0-9a-f]{8}\.jsonl --invariants <a module exporting NoDeleteOfA> --no-builtin/)
    // Only the message: not the result object dumped beside it.
    expect(output).not.toMatch(/Serialized Error/)
    expect(existsSync(join(project, "cx"))).toBe(true)
  }, 300_000)
})
