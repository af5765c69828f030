/**
 * A vitest helper in the spirit of `@fast-check/vitest`: one line registers a test that runs a check
 * campaign and fails with the shrunk schedule and the replay command in its message.
 *
 * ```ts
 * import { zabTest } from "zab-harness/vitest"
 * zabTest("locks stay exclusive on 5 servers", { servers: 5, runs: 2_000, seed: 7, invariants: [lockExclusive] })
 * ```
 */
import { test } from "vitest"
import { type CheckOptions, type CheckResult, assertHeld, check } from "./index.js"

/** A campaign on 3 servers takes a few milliseconds a run; this leaves room for thousands of runs. */
const defaultTimeoutMs = 10 * 60_000

type Register = (name: string, body: () => Promise<void>, timeout?: number) => void

function define(register: Register) {
  return (name: string, options: CheckOptions, timeoutMs: number = defaultTimeoutMs): void => {
    register(name, async () => {
      const result: CheckResult = await check(options)
      assertHeld(result)
    }, timeoutMs)
  }
}

/** Register a vitest test that runs `check(options)` and fails unless every invariant held. */
export const zabTest = Object.assign(define(test), { only: define(test.only), skip: define(test.skip) })

export { assertHeld, check, type CheckOptions, type CheckResult }
