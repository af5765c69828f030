/**
 * The reference configurations: TLC's exact figures for Zab.tla (the project's reference notes, "Reference
 * figures: TLC on ZooKeeper's ZAB protocol spec"). The tests pin the small ones, `npm run bench:model` runs
 * them all, and `zab explore --config NAME` selects one.
 */
import type { ModelConfig } from "./model-state.js"

export interface ReferenceConfig {
  readonly name: string
  readonly config: ModelConfig
  readonly symmetry: boolean
  /** TLC's figures: distinct states, states generated, depth of the state graph search. */
  readonly tlc: { readonly distinct: number; readonly generated: number; readonly depth: number }
}

function row(name: string, servers: number, T: number, L: number, E: number, R: number, symmetry: boolean, distinct: number, generated: number, depth: number): ReferenceConfig {
  return {
    name,
    config: { servers, parameters: { MaxTimeoutFailures: T, MaxTransactionNum: L, MaxEpoch: E, MaxRestarts: R } },
    symmetry,
    tlc: { distinct, generated, depth },
  }
}

export const referenceConfigs: ReadonlyArray<ReferenceConfig> = [
  row("n2_a", 2, 1, 1, 2, 1, false, 1_451, 1_723, 24),
  row("n2_b", 2, 2, 1, 2, 1, false, 10_789, 15_879, 28),
  row("n2_c", 2, 2, 2, 2, 1, false, 37_971, 56_573, 33),
  row("n2_d", 2, 3, 2, 3, 2, false, 741_849, 1_221_353, 42),
  row("n2_d_sym", 2, 3, 2, 3, 2, true, 370_925, 610_679, 42),
  row("n3_tiny", 3, 1, 1, 1, 1, false, 16_453, 29_677, 21),
  row("n3_b", 3, 1, 1, 2, 1, false, 295_975, 533_119, 36),
  row("n3_b_sym", 3, 1, 1, 2, 1, true, 49_364, 88_954, 36),
  row("n3_c", 3, 2, 1, 1, 1, false, 78_463, 182_401, 25),
  row("n3_d", 3, 1, 2, 1, 1, false, 44_461, 84_817, 26),
  row("n3_e", 3, 1, 2, 2, 1, false, 2_474_239, 5_180_707, 43),
  row("n3_e_sym", 3, 1, 2, 2, 1, true, 412_459, 863_728, 43),
  row("n2_e", 2, 3, 3, 3, 2, false, 2_515_639, 4_205_827, 47),
  row("n3_a", 3, 2, 1, 2, 1, false, 4_896_547, 9_372_211, 44),
]

export function referenceConfig(name: string): ReferenceConfig | undefined {
  return referenceConfigs.find((c) => c.name === name)
}
