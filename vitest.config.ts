import { defineConfig } from "vitest/config"
import { SlowestFirstSequencer } from "./test/support/slowest-first.js"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Property suites are CPU-bound; two workers match the two cores CI has.
    pool: "threads",
    maxWorkers: 2,
    // The slowest files first, so that both workers are busy to the end (test/support/slowest-first.ts).
    sequence: { sequencer: SlowestFirstSequencer },
    // One temporary root per run, removed at the end (test/support/temp-root.ts).
    globalSetup: ["test/support/temp-root.ts"],
    // Mutant bundles (test/support/mutant.ts) are plain JavaScript that Node imports itself.
    server: { deps: { external: [/\/\.scratch\//] } },
  },
})
