/**
 * Protocol coverage: which interesting branches a campaign took, and how often. The peer reports its
 * branches (Observe effects, impl/core/types.ts Branch); the simulator adds the environment's (crashes at
 * interesting moments, torn writes, isolated leaders). A campaign that never reached a branch has not
 * tested it, and the test suite fails on that.
 */
import { Branch } from "../impl/core/types.js"

/** Branches of the simulator itself. */
export const simBranches = [
  "sim-crash-during-sync",
  "sim-crash-leader-between-proposal-and-commit",
  "sim-leader-isolated",
  "sim-torn-write",
  "sim-torn-write-recovered",
  "sim-unsynced-writes-lost",
  "sim-partition-without-quorum",
  "sim-crash-on-delivery",
  "sim-start-refused",
] as const

/**
 * Branches a campaign is not required to reach: the first two only a broken peer or a livelock takes; a
 * follower refusing a stale epoch needs it to have accepted a higher epoch from a leader that crashed before
 * its own acceptedEpoch write was durable, which generated schedules reach only rarely.
 */
export const optionalBranches: ReadonlySet<string> = new Set([
  "sync-trunc-mismatch",
  "sim-settle-budget-exhausted",
  "discovery-refused-stale-epoch",
  // A leader elected on stale votes meeting a follower ahead of it: about once per 1,000 generated runs, too
  // rare for a fixed-size campaign to be sure of; test/sim.test.ts pins it with a schedule instead.
  "discovery-follower-ahead",
  // A live server left out of the leader's epoch at the end of the liveness phase (harness/sim-target.ts).
  "sim-liveness-straggler",
  // A client write a live server will never answer (impl/sim/world.ts livenessPassed): a NoProgress failure.
  "sim-client-write-unanswered",
  // A server that would not start again after a crash: only a broken peer (ZOOKEEPER-2332) refuses.
  "sim-start-refused",
])

export const requiredBranches: ReadonlyArray<string> = [...Branch.literals, ...simBranches].filter((b) => !optionalBranches.has(b))

/**
 * How many runs a campaign needs before a missing required branch means something. Measured with
 * 3 servers and 200-step schedules (the defaults) over campaign seeds 1 to 400: every seed had taken every
 * required branch by run 450, and a 100-run campaign missed at least one for 140 of the 400 seeds. The
 * rare ones are a crash that tears an unsynced log record (sim-torn-write and its recovery: missed by 102
 * of the 400 100-run campaigns), TRUNC (25), zxid rollover (17) and SNAP (11). test/coverage.test.ts holds
 * the slowest of those seeds to this figure.
 */
export const runsToReachEveryBranch = 500

/** The campaign a coverage table is about, when its caller knows it. */
export interface CoverageCampaign {
  readonly runs: number
  readonly servers: number
  readonly maxSteps: number
}

/**
 * The table of branch counts. A required branch a campaign did not take is marked NEVER REACHED, and a note
 * under the table says whether that matters: a short campaign misses rare branches by chance (not a failure:
 * exit 0 still means every invariant held), while one of runsToReachEveryBranch runs or more that misses a
 * branch has found a generator or peer that can no longer get there.
 */
export function coverageTable(counts: ReadonlyMap<string, number>, campaign?: CoverageCampaign): string {
  const names = [...new Set([...requiredBranches, ...optionalBranches, ...counts.keys()])].sort()
  const width = Math.max(...names.map((n) => n.length))
  const lines = ["protocol coverage (times each branch was taken):"]
  for (const name of names) {
    const n = counts.get(name) ?? 0
    const note =
      n === 0
        ? optionalBranches.has(name)
          ? "  (optional: rare or only in a broken peer)"
          : "  NEVER REACHED (see below)"
        : name === "sim-liveness-straggler"
          ? "  (runs that left a live server out of the new epoch; allowed by --quorum-liveness)"
          : name === "sim-client-write-unanswered"
            ? "  (writes whose client never hears back: each fails its run as NoProgress)"
            : ""
    lines.push(`  ${name.padEnd(width)} ${String(n).padStart(8)}${note}`)
  }
  const missed = unreached(counts)
  if (missed.length > 0) lines.push("", ...unreachedNote(missed, campaign))
  return lines.join("\n")
}

function unreachedNote(missed: ReadonlyArray<string>, campaign: CoverageCampaign | undefined): ReadonlyArray<string> {
  const branches = missed.length === 1 ? "required branch" : "required branches"
  const those = missed.length === 1 ? "it" : "them"
  const campaignText = campaign === undefined ? "this campaign" : `this campaign of ${campaign.runs} run${campaign.runs === 1 ? "" : "s"}`
  const head = `${missed.length} ${branches} not reached in ${campaignText}: ${[...missed].sort().join(", ")}.`
  const measured = campaign === undefined || (campaign.servers === 3 && campaign.maxSteps >= 200)
  if (campaign !== undefined && measured && campaign.runs >= runsToReachEveryBranch) {
    return [
      head,
      `A campaign of ${runsToReachEveryBranch} runs or more reached every required branch at every seed measured,`,
      `so the generator or the peer may no longer get there: worth reporting. Every invariant still held.`,
    ]
  }
  return [
    head,
    `This is not a failure: every invariant held in every run. Some required branches are rare (a crash that`,
    `tears an unsynced log record, TRUNC, SNAP, a zxid rollover), and 100 runs miss at least one for about one`,
    `seed in three. Every seed measured (3 servers, 200 steps; other sizes may need more) reached them all`,
    `within ${runsToReachEveryBranch} runs, and npm test requires a 300-run campaign to reach them. Run`,
    `\`zab check --runs ${runsToReachEveryBranch}\` to cover ${those}.`,
  ]
}

export function unreached(counts: ReadonlyMap<string, number>): ReadonlyArray<string> {
  return requiredBranches.filter((b) => (counts.get(b) ?? 0) === 0)
}
