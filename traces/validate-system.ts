/**
 * Validation against ZooKeeper's system spec (`--spec system`): the protocol validation of traces/validate.ts
 * (discovery, synchronisation, broadcast, crashes and durability against Zab.tla, whose election is an
 * oracle) together with the validation of the peer's whole protocol against ZkV3_7_0.tla's own actions, on
 * one spec state: leader election (its FLE actions, traces/validate-election.ts), discovery (FOLLOWERINFO /
 * LEADERINFO / ACKEPOCH, traces/validate-discovery.ts), and synchronisation (DIFF / TRUNC / SNAP, PROPOSAL and
 * COMMIT in sync, NEWLEADER / ACKLD / UPTODATE) and broadcast (PROPOSAL / ACK / COMMIT,
 * traces/validate-sync.ts, whose mapping extends discovery's). Each event goes to both validators, the
 * protocol first (the system spec reads what a server holds from it where the spec's own actions cannot say:
 * after a restart, and a history that differs); the first rejection by either is the trace's. A system-spec
 * rejection is reported with the protocol model's state beside the implementation's, its reason naming the
 * system spec's part (leader election, discovery, synchronisation or broadcast). Simulator traces and real
 * clusters' merged traces alike (the validators say where the second differ).
 *
 * What Zab.tla's validation judges alone: durability (an acknowledgement sent before its write is durable, a
 * restart that recovers less than was durable), what each server delivers, and the histories the peers log.
 * The system spec's actions judge the messages: which are sent, in which order, with which contents, and
 * whether each receipt is one the spec's receiver can take. Where the peer legitimately differs, each mapping
 * names its rules in its header.
 */
import { ElectionValidator } from "./validate-election.js"
import { ZabMapping } from "./validate-sync.js"
import { type Rejection, Validator } from "./validate.js"
import type { TraceEvent } from "./schema.js"

/** Which spec a trace is validated against. */
export type ValidationSpec = "protocol" | "system"

/** What validates a trace event by event: the protocol validator, or it with the election's. */
export interface TraceValidator {
  push(event: TraceEvent): boolean
  readonly rejection: Rejection | null
}

export class SystemValidator implements TraceValidator {
  readonly protocol: Validator
  readonly election: ElectionValidator
  /** Discovery, synchronisation and broadcast on the election's spec state. */
  readonly discovery: ZabMapping

  constructor(
    readonly n: number,
    target: "sim" | "net" = "sim",
  ) {
    this.protocol = new Validator(n, target)
    this.election = new ElectionValidator(n, (id) => this.protocol.heldBy(id), target)
    this.discovery = new ZabMapping(n, this.election, (id) => {
      const h = this.protocol.heldBy(id)
      return { currentEpoch: h.currentEpoch, acceptedEpoch: h.acceptedEpoch, zxids: this.protocol.heldZxids(id) }
    }, new Set(), target)
    this.election.zab = this.discovery
  }

  get rejection(): Rejection | null {
    return this.protocol.rejection
  }

  push(event: TraceEvent): boolean {
    if (!this.protocol.push(event)) return false
    if (this.election.push(event)) return true
    const r = this.election.rejection!
    const taken = r.taken.length === 0 ? "" : ` (the system spec took ${r.taken.join(", ")} for this event)`
    this.protocol.rejectFromOutside(event, `system spec (${r.part}): ${r.reason}${taken}`, r.servers, [])
    return false
  }
}

/** A validator for `spec`, of a simulator trace or a real cluster's merged one. */
export function traceValidator(spec: ValidationSpec, n: number, target: "sim" | "net" = "sim"): TraceValidator {
  return spec === "system" ? new SystemValidator(n, target) : new Validator(n, target)
}

/** Validate a whole trace against `spec`; null if it is admitted. */
export function validateEventsAgainst(spec: ValidationSpec, servers: number, events: ReadonlyArray<TraceEvent>, target: "sim" | "net" = "sim"): Rejection | null {
  const validator = traceValidator(spec, servers, target)
  for (const event of events) if (!validator.push(event)) break
  return validator.rejection
}
