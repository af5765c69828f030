/**
 * The user-defined invariant of lock-owners.js at work, through zab-harness's public API only: it holds on
 * the healthy peer (with every built-in invariant), and on its own (the built-in invariants off) it
 * catches a deliberately broken peer from the bug zoo, with a shrunk schedule and a replay command.
 */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { expect, it } from "vitest"
import { check } from "zab-harness"
import { zabTest } from "zab-harness/vitest"
import { LockOwnersAgree } from "./lock-owners.js"

const out = mkdtempSync(join(tmpdir(), "lock-owners-"))

zabTest("the lock's owners agree on a healthy 3-server cluster", { runs: 30, seed: 1, invariants: [LockOwnersAgree], out })

it("catches ZOOKEEPER-335 on its own, shrunk, with the command that replays it", async () => {
  // Without client sessions (clients: 0): its lock is /a, which the sessions write too, and this campaign
  // is then the one documented (run 1558 of seed 1).
  const result = await check({ runs: 3_000, seed: 1, faults: { clients: 0 }, bugs: ["ZOOKEEPER-335"], invariants: [LockOwnersAgree], builtIn: false, validate: false, out })
  expect(result.status).toBe("violated")
  if (result.status !== "violated") return
  expect(result.violation.invariant).toBe("LockOwnersAgree")
  expect(result.violation.shrunk).toBe(true)
  expect(result.violation.schedule.length).toBeLessThan(20)
  // Invariants passed as functions come from no module the command line could load: it says which to give.
  expect(result.violation.replay).toMatch(/^npx zab replay \S*LockOwnersAgree-[0-9a-f]{8}\.jsonl --invariants <a module exporting LockOwnersAgree> --no-builtin$/)
}, 120_000)
