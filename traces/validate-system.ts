/**
 * Validation against ZooKeeper's system spec (`--spec system`): the protocol validation of traces/validate.ts
 * (discovery, synchronisation, broadcast, crashes and durability against Zab.tla, whose election is an
 * oracle) together with the validation of leader election against ZkV3_7_0.tla's FLE actions
 * (traces/validate-election.ts) and of discovery (FOLLOWERINFO / LEADERINFO / ACKEPOCH) against its Zab
 * actions (traces/validate-discovery.ts), both on one spec state. Each event goes to both validators, the
 * protocol first (the system spec reads what a server holds from it); the first rejection by either is the
 * trace's. A system-spec rejection is reported with the protocol model's state beside the implementation's,
 * its reason naming the system spec's part (leader election or discovery).
 *
 * Not mapped onto the system spec's own actions yet: sync (DIFF / TRUNC / SNAP, NEWLEADER / ACKLD /
 * UPTODATE) and broadcast are validated against Zab.tla's actions only (see the README's validation section).
 * What mapping sync will meet, each a rule to write and test: ZkV3_7_0's LeaderSyncFollower queues a
 * PROPOSAL and COMMIT pair per committed txn where the peer sends PROPOSALs only (and one COMMIT for a late
 * joiner); its SNAP carries the history up to lastProcessed where the peer's is at lastDelivered, followed
 * by the rest as PROPOSALs; its choice of mode reads lastSnapshot and lastCommitted, which the peer keeps
 * as its log base; its follower acks the sync PROPOSALs (ACKInBatches) at NEWLEADER and UPTODATE, where the
 * peer's NEWLEADER ack covers them once they are durable; and its leader starts serving (StartZkServer,
 * UpdateElectionVote) inside LeaderProcessACKLD, where the peer waits for its own currentEpoch to be durable.
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

  constructor(readonly n: number) {
    this.protocol = new Validator(n, "sim")
    this.election = new ElectionValidator(n, (id) => this.protocol.heldBy(id))
    this.discovery = new ZabMapping(n, this.election, (id) => {
      const h = this.protocol.heldBy(id)
      return { currentEpoch: h.currentEpoch, acceptedEpoch: h.acceptedEpoch, zxids: this.protocol.heldZxids(id) }
    })
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

/** A validator for `spec`: the system spec's needs a simulator trace (its events' order within a step). */
export function traceValidator(spec: ValidationSpec, n: number, target: "sim" | "net" = "sim"): TraceValidator {
  return spec === "system" ? new SystemValidator(n) : new Validator(n, target)
}

/** Validate a whole trace against `spec`; null if it is admitted. */
export function validateEventsAgainst(spec: ValidationSpec, servers: number, events: ReadonlyArray<TraceEvent>, target: "sim" | "net" = "sim"): Rejection | null {
  const validator = traceValidator(spec, servers, target)
  for (const event of events) if (!validator.push(event)) break
  return validator.rejection
}
