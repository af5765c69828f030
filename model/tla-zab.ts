/**
 * The model generated from Zab.tla (model/generated/zab-tla.ts) with the constants of a reference configuration,
 * as the TLC runs of the reference figures set them: model values for the states, phases and message types,
 * Server = {s1, ..., sn}, Parameters as a record, and NullPoint overridden by the model value nullpoint.
 */
import { type Constants, type State, makeZab } from "./generated/zab-tla.js"
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
