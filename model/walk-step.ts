/**
 * The random walk's vocabulary as effect Schemas (model/walk.ts runs them), apart from the walk's runner so
 * the trace schema (traces/schema.ts) can carry a walk in its header without loading the model's actions.
 *
 * A counterexample of `zab check --target model` records its walk here, with the bounds it ran under, so
 * `zab replay` re-runs exactly that walk. The header's simulator schedule cannot: Elect has no counterpart
 * there (see `scheduleOfWalk` in harness/model-target.ts).
 */
import { Schema } from "effect"

const ServerId = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))
const Count = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

export const WalkStep = Schema.TaggedUnion({
  Deliver: { pick: Count },
  // Deliver everything in flight and let leaders propose what they hold, until nothing is left to do.
  Settle: {},
  // Time passes: with no leader the oracle picks one as FLE would, looking servers follow the oracle,
  // leaderless followers connect, leaders propose.
  Tick: {},
  // The oracle names `server` leader (UpdateLeader); the model's stand-in for an election.
  Elect: { server: ServerId },
  // Crash and recover at once (Zab.tla's Restart keeps epochs and history, forgets lastCommitted).
  Restart: { server: ServerId },
  CrashLeader: {},
  Reset: { a: ServerId, b: ServerId },
  IsolateLeader: {},
  // A client of `server` writes; the write goes to the leader that server knows (LeaderProcessRequest).
  ClientWrite: { server: ServerId },
})
export type WalkStep = typeof WalkStep.Type

/** Zab.tla's Parameters (model/model-state.ts), the bounds the walk's actions were guarded by. */
export const WalkParameters = Schema.Struct({
  MaxTimeoutFailures: Count,
  MaxTransactionNum: Count,
  MaxEpoch: Count,
  MaxRestarts: Count,
})

/**
 * A model walk as a trace header carries it: its steps and the spec's bounds. The server count and the
 * broken model actions are the header's `schedule.config.servers` and `schedule.config.bugs`.
 */
export const ModelWalk = Schema.Struct({
  steps: Schema.Array(WalkStep),
  parameters: WalkParameters,
})
export type ModelWalk = typeof ModelWalk.Type
