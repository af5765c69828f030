// Mutation testing of the peer (`npm run mutation`; see the README). The mutated code is the pure core and
// the durability parts of storage (the simulator's disk and the one fold of storage writes); what must
// kill a mutant is a validated zab check campaign (bench/mutation-campaign.ts), not the unit tests: the
// harness is what is measured. Mutant schemata: one build with every mutant in it, switched on per run.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "command",
  commandRunner: { command: "node dist/bench/mutation-campaign.js" },
  buildCommand: "npx tsc -p tsconfig.build.json",
  // A mutant the type checker refuses is no program (CompileError, left out of the score): a schema's
  // fields emptied where code reads them, a function with a return type left without a return. The checker's
  // tsconfig keeps TypeScript's type rules and drops the project's lint rules (unused locals, implicit
  // returns, fall-through), which a valid program may break.
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.mutation.json",
  mutate: ["impl/core/**/*.ts", "impl/storage/memory.ts", "impl/storage/writes.ts"],
  // Code whose mutants no run can tell apart, skipped by rule (the file says why for each rule).
  appendPlugins: ["./mutation/ignore-plugin.mjs"],
  ignorers: ["zab-equivalent-by-rule"],
  coverageAnalysis: "off",
  concurrency: 1,
  timeoutMS: 90_000,
  timeoutFactor: 1.5,
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["html", "json", "progress"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  ignorePatterns: ["/counterexamples", "/reports", "/coverage", "/dist", "/.stryker-tmp", "/.scratch", "/examples"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
}
