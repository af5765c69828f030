/**
 * The models generated from ZooKeeper's specs with their constants. Zab.tla (model/generated/zab-tla.ts) takes
 * a reference configuration's, as the TLC runs of the reference figures set them: model values for the
 * states, phases and message types, Server = {s1, ..., sn}, Parameters as a record, and NullPoint overridden
 * by the model value nullpoint. The system spec (model/generated/zk-v3-7-0-tla.ts) is set up the same way.
 */
import { type Constants, type State, makeZab } from "./generated/zab-tla.js"
import { type TypedState, typedRepresentation } from "./generated/zab-tla-typed.js"
import type { WordSpec } from "./tla-typed-spec.js"
import { type Constants as SystemConstants, type State as SystemState, makeZkV3_7_0_Bounded } from "./generated/zk-v3-7-0-tla.js"
import type { ModelConfig } from "./model-state.js"
import type { GeneratedSpec } from "./tla-spec.js"
import { modelValue, record, setOf } from "./tla-values.js"

const modelValueConstants = ["LOOKING", "FOLLOWING", "LEADING", "ELECTION", "DISCOVERY", "SYNCHRONIZATION", "BROADCAST", "CEPOCH", "NEWEPOCH", "ACKEPOCH", "NEWLEADER", "ACKLD", "COMMITLD", "PROPOSE", "ACK", "COMMIT"] as const

/** The constants of Zab.tla for a configuration of the hand model (server index i is the model value s(i+1)). */
export function zabConstants(config: ModelConfig): Constants {
  const p = config.parameters
  const values = Object.fromEntries(modelValueConstants.map((name) => [name, modelValue(name)])) as Record<(typeof modelValueConstants)[number], ReturnType<typeof modelValue>>
  return {
    ...values,
    Server: setOf(Array.from({ length: config.servers }, (_, i) => modelValue(`s${i + 1}`))),
    Parameters: record([
      ["MaxTimeoutFailures", p.MaxTimeoutFailures],
      ["MaxTransactionNum", p.MaxTransactionNum],
      ["MaxEpoch", p.MaxEpoch],
      ["MaxRestarts", p.MaxRestarts],
    ]),
    NullPoint: modelValue("nullpoint"),
  }
}

/** The generated Zab.tla model for a configuration. */
export function generatedZab(config: ModelConfig): GeneratedSpec<State> {
  return makeZab(zabConstants(config))
}

/**
 * The generated Zab.tla model over its typed representation (model/generated/zab-tla-typed.ts): the same
 * actions and invariants compiled to servers as indices, bitsets and fixed-shape records, explored by
 * exploreWords (model/tla-typed-spec.ts).
 */
export function typedZab(config: ModelConfig): WordSpec<TypedState> {
  return typedRepresentation(zabConstants(config)).spec
}

/** The system spec's Parameters (ZkV3_7_0.tla): [MaxTimeoutFailures, MaxTransactionNum, MaxEpoch, MaxCrashes, MaxPartitions]. */
export interface SystemParameters {
  readonly MaxTimeoutFailures: number
  readonly MaxTransactionNum: number
  readonly MaxEpoch: number
  readonly MaxCrashes: number
  readonly MaxPartitions: number
}

const systemModelValues = ["LOOKING", "FOLLOWING", "LEADING", "NOTIFICATION", "NONE", "ELECTION", "DISCOVERY", "SYNCHRONIZATION", "BROADCAST", "DIFF", "TRUNC", "SNAP", "FOLLOWERINFO", "LEADERINFO", "ACKEPOCH", "NEWLEADER", "ACKLD", "UPTODATE", "PROPOSAL", "ACK", "COMMIT", "ONLINE", "OFFLINE"] as const

/** The bounds of leader election in tla/specs/ZkV3_7_0_Bounded.tla's state constraint. */
export interface ElectionBounds {
  readonly MaxRound: number
  readonly MaxQueue: number
  readonly MaxVersion: number
}

/**
 * The constants of ZooKeeper's system spec (ZkV3_7_0.tla with FastLeaderElection.tla, through
 * ZkV3_7_0_Bounded.tla): servers are the integers 1..n, since FLE orders server ids; the rest are model
 * values, and NullPoint is overridden as in the protocol spec.
 */
export function zkV370Constants(servers: number, parameters: SystemParameters, bounds: ElectionBounds): SystemConstants {
  const values = Object.fromEntries(systemModelValues.map((name) => [name, modelValue(name)])) as Record<(typeof systemModelValues)[number], ReturnType<typeof modelValue>>
  return {
    ...values,
    ...bounds,
    Server: setOf(Array.from({ length: servers }, (_, i) => i + 1)),
    Parameters: record(Object.entries(parameters)),
    NullPoint: modelValue("nullpoint"),
  }
}

/** The generated system-spec model (its state constraint is `Bounded`; drop `constraints` to search without it). */
export function generatedZkV370(servers: number, parameters: SystemParameters, bounds: ElectionBounds): GeneratedSpec<SystemState> {
  return makeZkV3_7_0_Bounded(zkV370Constants(servers, parameters, bounds))
}
