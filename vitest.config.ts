import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Property suites are CPU-bound; two workers match the two cores CI has.
    pool: "threads",
    maxWorkers: 2,
    // One temporary root per run, removed at the end (test/support/temp-root.ts).
    globalSetup: ["test/support/temp-root.ts"],
  },
})
