/**
 * The rows of the campaign that judges every mutant (`npm run mutation`, bench/mutation-campaign.ts), shared
 * with the tests that show a kill (test/support/mutation-campaign.ts): validated runs of up to 200 steps,
 * each row its own (servers, seed) and, where given, fault knobs fixed for the whole row.
 */
import type { FaultOverrides } from "../schedule/arbitrary.js"

export interface MutationRow {
  readonly servers: number
  readonly seed: number
  readonly faults?: FaultOverrides
  /** Runs of this row per MUTATION_RUNS (default 1). */
  readonly runsFactor?: number
}

export const mutationRows = [
  { servers: 3, seed: 1 },
  { servers: 3, seed: 2 },
  { servers: 5, seed: 3 },
  // Snapshots damaged or re-encoded on disk (outside ZAB's fault model, so no default schedule has them),
  // with a snapshot after every txn so that a restart, in the steps or in the liveness phase, reads one. What
  // a server must refuse, and for which reason, tries the peer's checks of what it loads (the digest, the
  // structure, the zxid); what it must load to the same tree (another order, another version, the optional
  // keys written out) tries how it writes and reads a snapshot against the format, which the simulator
  // computes apart (impl/sim/snapshot-format.ts). Twice the runs: each alters one snapshot at most, and a run
  // with a refusal skips the liveness phase's later probes (they assume every server starts), so the row
  // costs about what one of the others does.
  { servers: 3, seed: 4, faults: { corrupt: 2, rewrite: 2, snapshotEveryTxns: 1 }, runsFactor: 2 },
] as const satisfies ReadonlyArray<MutationRow>
