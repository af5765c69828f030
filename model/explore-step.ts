/**
 * The explorer's counterexample as a trace header carries it (traces/schema.ts, `explore`): the spec
 * actions of the shortest path to the violation, with the bounds and checks the search ran under, apart
 * from the explorer and the actions so the trace schema can carry them without loading the model.
 *
 * A label names servers by id (1..n) as every trace does; the model's own indexes are 0..n-1, so
 * `LeaderProcessACKEPOCH(s2, s1)` is `{ action: "LeaderProcessACKEPOCH", args: [2, 1] }`. The server count
 * and the broken model actions are the header's `schedule.config.servers` and `schedule.config.bugs`.
 */
import { Schema } from "effect"
import { type ActionName, ActionName as ActionNameSchema } from "./model-state.js"
import { WalkParameters } from "./walk-step.js"

const ServerId = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))

/** How many servers each action of Next takes (`\E i` or `\E i, j`); harness/model-exploration.ts asserts it equals actions.ts's. */
export const actionArity: Readonly<Record<ActionName, 1 | 2>> = {
  UpdateLeader: 1,
  FollowLeader: 1,
  Timeout: 2,
  Restart: 1,
  ConnectAndFollowerSendCEPOCH: 2,
  LeaderProcessCEPOCH: 2,
  FollowerProcessNEWEPOCH: 2,
  LeaderProcessACKEPOCH: 2,
  FollowerProcessNEWLEADER: 2,
  LeaderProcessACKLD: 2,
  FollowerProcessCOMMITLD: 2,
  LeaderProcessRequest: 1,
  LeaderBroadcastPROPOSE: 1,
  FollowerProcessPROPOSE: 2,
  LeaderProcessACK: 2,
  FollowerProcessCOMMIT: 2,
  FilterNonexistentMessage: 2,
}

/** One step of Next as a trace records it: the action's name and its servers (ids), as many as it takes. */
export const SpecLabel = Schema.Struct({ action: ActionNameSchema, args: Schema.Array(ServerId) }).pipe(
  Schema.check(
    Schema.makeFilter((l: { readonly action: ActionName; readonly args: ReadonlyArray<number> }) => {
      const arity = actionArity[l.action]
      return l.args.length === arity ? true : `${l.action} takes ${arity} server${arity === 1 ? "" : "s"}, not ${l.args.length}`
    }),
  ),
)
export type SpecLabel = typeof SpecLabel.Type

/**
 * An explored path: the spec actions from Init, in order; Zab.tla's Parameters the actions were guarded by;
 * whether states were identified up to a renaming of servers (which changes which shortest path is found,
 * not what the path does); and which checks ran ("spec": Zab.tla's invariants only, `--spec-only`; "all":
 * those, the project's on the cluster view and its step invariants), which replay runs again.
 */
export const ModelExploration = Schema.Struct({
  actions: Schema.Array(SpecLabel),
  parameters: WalkParameters,
  symmetry: Schema.Boolean,
  checks: Schema.Literals(["spec", "all"]),
})
export type ModelExploration = typeof ModelExploration.Type
