/**
 * The fast-check arbitrary of simulator schedules.
 *
 * Each run first draws a fault profile (swarm testing, as TigerBeetle's VOPR does): how often servers
 * crash, whether partitions happen, how small the zxid counter is (so rollover is reached) and how often
 * snapshots are taken (so a far-behind follower needs SNAP). The steps are then drawn with the profile's
 * weights. Most steps deliver messages and complete fsyncs, because a protocol only gets somewhere when
 * messages flow; "crash the leader" and "isolate the leader" name their target when they run, which is how
 * short schedules reach leader crashes between PROPOSAL and COMMIT and partitions of the leader.
 *
 * Shrinking removes steps and simplifies the ones left (smaller picks, lower server ids, keep-the-disk
 * crashes); any sub-list of a schedule is still runnable because impossible steps are skipped.
 */
import fc from "fast-check"
import type { WriteOp } from "../impl/core/types.js"
import type { HistoryOp, MultiOp } from "../impl/history-events.js"
import { type DiskMode, type MessageKind, type Schedule, type SimConfig, type Step, defaultSimConfig } from "./steps.js"

export interface ScheduleOptions {
  readonly servers: number
  readonly maxSteps: number
  /** Every schedule has exactly maxSteps steps before shrinking (benchmarks); otherwise 0..maxSteps. */
  readonly exactLength?: boolean
  readonly bugs: ReadonlyArray<string>
  /** A quorum delivering the liveness probe suffices (SimConfig.quorumLiveness). */
  readonly quorumLiveness?: boolean
  /** Knobs of the fault profile fixed instead of drawn per run. */
  readonly faults?: FaultOverrides
  /**
   * Client sessions' operations (Client steps) woven into the schedule: at most this many per schedule (on
   * top of maxSteps), exactly this many with exactLength; 0 for none. Default: the `clients` knob when fixed,
   * else a quarter of maxSteps with exactLength, else drawn per run (see clientBudget).
   */
  readonly clientSteps?: number
}

/**
 * The fault profile's knobs a user may fix for a whole campaign (each left out is drawn per run as usual).
 * Weights are relative to the 45 of message delivery and the 10 of a tick; 0 turns a kind of fault off.
 */
export interface FaultOverrides {
  /** Weight of each crash kind (a server, the leader, on a message) and twice it for restarts; drawn from 0, 1, 2, 4. */
  readonly crash?: number
  /** Weight of partitions, connection resets and isolating the leader, twice it for heals; drawn from 0, 1, 2. */
  readonly partition?: number
  /** Weight of client writes; drawn from 4, 8, 12. */
  readonly clientWrites?: number
  /** Weight of fsync completions: low (4 or less) makes a slow disk, so unsynced writes pile up for crashes, which completes its fsync requests one at a time; drawn from 14, 3. */
  readonly fsync?: number
  /** Bits of the zxid counter (ZooKeeper: 32); a small one forces epoch rollover after a few writes. */
  readonly counterBits?: number
  /** Txns between snapshots; a small number makes a far-behind follower need SNAP. */
  readonly snapshotEveryTxns?: number
  /** Client sessions' operations per schedule, at most; drawn per run: none in half the runs, up to a quarter of the steps in the others. */
  readonly clients?: number
  /** Weight of Pause steps (a server stopped for 3, 6 or 11 ticks); 0 unless fixed (the zookeeper target fixes 1). */
  readonly pause?: number
  /**
   * Weight of CorruptSnapshot steps (one value of a server's snapshot on disk changed); 0 unless fixed. Disk
   * corruption is outside ZAB's fault model, so no schedule has it unless asked for.
   */
  readonly corrupt?: number
  /**
   * Weight of RewriteSnapshot steps (a server's snapshot on disk re-encoded, its tree unchanged); 0 unless
   * fixed, so that schedules without it stay the same.
   */
  readonly rewrite?: number
}

/** The limits of each override: what a schedule can be generated with. */
const overrideLimits: Readonly<Record<keyof FaultOverrides, readonly [number, number]>> = {
  crash: [0, 1_000],
  partition: [0, 1_000],
  clientWrites: [0, 1_000],
  fsync: [1, 1_000],
  counterBits: [2, 32],
  snapshotEveryTxns: [1, 1_000_000],
  clients: [0, 1_000],
  pause: [0, 1_000],
  corrupt: [0, 1_000],
  rewrite: [0, 1_000],
}

/** Throws a RangeError naming the knob when an override is not an integer within its limits or not a knob at all. */
export function checkFaultOverrides(faults: FaultOverrides): void {
  for (const [key, value] of Object.entries(faults)) {
    const limits = overrideLimits[key as keyof FaultOverrides]
    if (limits === undefined) throw new RangeError(`unknown fault knob ${JSON.stringify(key)}; known: ${Object.keys(overrideLimits).join(", ")}`)
    if (value === undefined) continue
    if (!Number.isInteger(value) || value < limits[0] || value > limits[1]) throw new RangeError(`fault knob ${key} must be an integer from ${limits[0]} to ${limits[1]}, got ${String(value)}`)
  }
}

interface Profile {
  readonly counterBits: number
  readonly snapCountTxns: number
  readonly crashWeight: number
  readonly partitionWeight: number
  readonly writeWeight: number
  /** How often disks complete fsyncs: rarely in a "slow disk" run, so unsynced writes pile up for crashes. */
  readonly fsyncWeight: number
  readonly pauseWeight: number
  readonly corruptWeight: number
  readonly rewriteWeight: number
}

const paths = ["/a", "/b", "/c", "/a/x"] as const

/** Queue bounds a few writes reach: three unanswered writes a server, two writes queued during synchronisation. */
const smallQueueLimits = { clientWritesMax: 3, queuedRequestsMax: 2 } as const

/**
 * The messages a CrashOnDelivery step waits for: those of discovery, synchronisation and broadcast, where a
 * crash between a message and the fsync or the reply it causes matters. Election traffic and pings are left
 * out: a crash there is no different from an ordinary Crash step.
 */
const trapKinds: ReadonlyArray<MessageKind> = [
  "LeaderInfo",
  "AckEpoch",
  "Diff",
  "Trunc",
  "Snap",
  "Proposal",
  "Ack",
  "Commit",
  // Drawn twice as often: the moments around NEWLEADER are where durability and ordering bugs of the
  // synchronisation phase live (a follower crashing after acking it, or right after UPTODATE).
  ...(["NewLeader", "AckNewLeader", "UpToDate"] as const).flatMap((kind) => [kind, kind]),
]

function writeOp(): fc.Arbitrary<WriteOp> {
  const path = fc.constantFrom(...paths)
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ _tag: fc.constant("Create" as const), path, data: fc.constantFrom("v1", "v2") }) },
    { weight: 2, arbitrary: fc.record({ _tag: fc.constant("SetData" as const), path, data: fc.constantFrom("v3", "v4"), version: fc.constantFrom(-1, 0, 1) }) },
    { weight: 1, arbitrary: fc.record({ _tag: fc.constant("Delete" as const), path, version: fc.constantFrom(-1, 0) }) },
  )
}

function stepArbitrary(servers: number, profile: Profile): fc.Arbitrary<Step> {
  const server = fc.integer({ min: 1, max: servers })
  const disk: fc.Arbitrary<DiskMode> = fc.constantFrom("lose-unsynced", "keep", "torn", "lose-unsynced")
  const group = fc.uniqueArray(server, { minLength: 1, maxLength: servers - 1 })
  const options: Array<fc.WeightedArbitrary<Step>> = [
    { weight: 45, arbitrary: fc.record({ _tag: fc.constant("Deliver" as const), pick: fc.nat({ max: 2 * servers * servers }) }) },
    { weight: 8, arbitrary: fc.record({ _tag: fc.constant("Settle" as const), fsync: profile.fsyncWeight > 4 ? fc.constant(true) : fc.boolean() }) },
    { weight: 10, arbitrary: fc.constant({ _tag: "Tick" as const }) },
    // A silence as long as a timeout (syncLimit, initLimit), in one step.
    { weight: 2, arbitrary: fc.record({ _tag: fc.constant("Tick" as const), ticks: fc.constantFrom(3, 6, 11) }) },
    { weight: profile.fsyncWeight, arbitrary: fc.record({ _tag: fc.constant("Fsync" as const), server }) },
    { weight: profile.writeWeight, arbitrary: fc.record({ _tag: fc.constant("ClientWrite" as const), server, op: writeOp() }) },
    { weight: profile.crashWeight, arbitrary: fc.record({ _tag: fc.constant("Crash" as const), server, disk }) },
    { weight: profile.crashWeight, arbitrary: fc.record({ _tag: fc.constant("CrashLeader" as const), disk }) },
    {
      weight: profile.crashWeight,
      arbitrary: fc.record({ _tag: fc.constant("CrashOnDelivery" as const), message: fc.constantFrom(...trapKinds), who: fc.constantFrom("receiver" as const, "sender" as const), disk }),
    },
    { weight: 2 * profile.crashWeight, arbitrary: fc.record({ _tag: fc.constant("Restart" as const), server }) },
    { weight: profile.partitionWeight, arbitrary: fc.record({ _tag: fc.constant("Reset" as const), a: server, b: server }) },
    { weight: profile.partitionWeight, arbitrary: fc.record({ _tag: fc.constant("Partition" as const), group }) },
    { weight: profile.partitionWeight, arbitrary: fc.constant({ _tag: "IsolateLeader" as const }) },
    { weight: 2 * profile.partitionWeight, arbitrary: fc.constant({ _tag: "Heal" as const }) },
    { weight: profile.pauseWeight, arbitrary: fc.record({ _tag: fc.constant("Pause" as const), server, ticks: fc.constantFrom(3, 6, 11) }) },
    // Unbiased: the pick chooses among every server down and value of a snapshot, not mostly the first few.
    { weight: profile.corruptWeight, arbitrary: fc.record({ _tag: fc.constant("CorruptSnapshot" as const), pick: fc.noBias(fc.nat({ max: 1_000_000 })) }) },
    { weight: profile.rewriteWeight, arbitrary: fc.record({ _tag: fc.constant("RewriteSnapshot" as const), pick: fc.noBias(fc.nat({ max: 1_000_000 })) }) },
  ]
  return fc.oneof(...options.filter((o) => o.weight > 0))
}

function profileArbitrary(faults: FaultOverrides): fc.Arbitrary<Profile> {
  // A fixed knob is a constant, so fast-check draws the others exactly as without it.
  const knob = (value: number | undefined, drawn: fc.Arbitrary<number>): fc.Arbitrary<number> => (value === undefined ? drawn : fc.constant(value))
  return fc.record({
    // Mostly ZooKeeper's 32-bit counter; sometimes one so small that a few writes force a new epoch.
    counterBits: knob(faults.counterBits, fc.constantFrom(32, 32, 32, 2, 3)),
    // Mostly no snapshots; sometimes one every few txns, so a follower that missed them needs SNAP.
    snapCountTxns: knob(faults.snapshotEveryTxns, fc.constantFrom(100_000, 100_000, 2, 4)),
    crashWeight: knob(faults.crash, fc.constantFrom(0, 1, 2, 4)),
    partitionWeight: knob(faults.partition, fc.constantFrom(0, 1, 2)),
    writeWeight: knob(faults.clientWrites, fc.constantFrom(4, 8, 12)),
    fsyncWeight: knob(faults.fsync, fc.constantFrom(14, 14, 3)),
    // Not drawn: a constant takes nothing from the random stream, so schedules without pauses stay the same.
    pauseWeight: fc.constant(faults.pause ?? 0),
    corruptWeight: fc.constant(faults.corrupt ?? 0),
    rewriteWeight: fc.constant(faults.rewrite ?? 0),
  })
}

// ---------------------------------------------------------------------------------------------------------
// The client workload: sessions' operations, drawn apart from the fault schedule and woven into it.
//
// It is drawn after the fault steps, from what is left of the same random stream, so the fault steps of a
// seed are the same with or without it (the zoo's seeds keep finding their bugs) and a change here does not
// move them. Each operation carries where it goes as a fraction of the schedule's length, so it keeps its
// place among the fault steps while shrinking removes some of them.

/** How many sessions a schedule's Client steps use (below the step schema's bound). */
const clientSessions = 3

/** Nodes with children (`/a`) and without, and a sequential prefix under `/a`, so getChildren sees creations. */
const clientPaths = ["/a", "/b", "/a/x"] as const
const sequentialPrefix = "/a/s-"

function clientWriteArbitrary(): fc.Arbitrary<Extract<MultiOp, { readonly _tag: "Create" | "SetData" | "Delete" }>> {
  const path = fc.constantFrom(...clientPaths)
  const data = fc.constantFrom("c1", "c2", "c3", "c4")
  // Half the creates are ephemeral: they go with their session's close, and none may have children.
  const ephemeral = fc.boolean()
  const create = (path: fc.Arbitrary<string>, sequential: boolean) =>
    fc.record({ path, data, ephemeral }).map(({ path: p, data: d, ephemeral: e }) => ({ _tag: "Create" as const, path: p, data: d, sequential, ...(e ? { ephemeral: true } : {}) }))
  return fc.oneof(
    { weight: 3, arbitrary: create(path, false) },
    { weight: 1, arbitrary: create(fc.constant(sequentialPrefix), true) },
    // Compare-and-set: a version that is sometimes right, and -1 (any) now and then.
    { weight: 4, arbitrary: fc.record({ _tag: fc.constant("SetData" as const), path, data, version: fc.constantFrom(0, 1, 2, -1) }) },
    { weight: 1, arbitrary: fc.record({ _tag: fc.constant("Delete" as const), path, version: fc.constantFrom(0, 1, -1) }) },
  )
}

function clientOpArbitrary(): fc.Arbitrary<HistoryOp> {
  const path = fc.constantFrom(...clientPaths)
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ _tag: fc.constant("GetData" as const), path }) },
    { weight: 2, arbitrary: fc.record({ _tag: fc.constant("Exists" as const), path }) },
    { weight: 2, arbitrary: fc.record({ _tag: fc.constant("GetChildren" as const), path: fc.constant("/a") }) },
    { weight: 6, arbitrary: clientWriteArbitrary() },
    {
      weight: 1,
      arbitrary: fc.record({
        _tag: fc.constant("Multi" as const),
        ops: fc.tuple(
          fc.record({ _tag: fc.constant("Check" as const), path, version: fc.constantFrom(0, 1) }),
          clientWriteArbitrary(),
        ),
      }),
    },
    // The session closes (its ephemerals go); the session's next operation opens a new one.
    { weight: 1, arbitrary: fc.constant({ _tag: "CloseSession" as const }) },
  )
}

/**
 * One insertion: a session's operation; a sync followed by a read of the same session; or a session reading,
 * moving to another server and reading again there (a server behind what the session saw must refuse it).
 */
function clientInsertionArbitrary(servers: number): fc.Arbitrary<{ readonly at: number; readonly steps: ReadonlyArray<Step> }> {
  const session = fc.nat({ max: clientSessions - 1 })
  const single = fc.record({ _tag: fc.constant("Client" as const), session, op: clientOpArbitrary() }).map((step): ReadonlyArray<Step> => [step])
  const syncThenRead = fc
    .record({ session, path: fc.constantFrom(...clientPaths) })
    .map(({ session: s, path }): ReadonlyArray<Step> => [
      { _tag: "Client", session: s, op: { _tag: "Sync", path } },
      { _tag: "Client", session: s, op: { _tag: "GetData", path } },
    ])
  // Unbiased: fast-check favours small numbers, which would put every operation at the schedule's start.
  const readMoveRead = fc
    .record({ session, server: fc.integer({ min: 1, max: servers }), path: fc.constantFrom(...clientPaths) })
    .map(({ session: s, server, path }): ReadonlyArray<Step> => [
      { _tag: "Client", session: s, op: { _tag: "GetData", path } },
      { _tag: "ClientMove", session: s, server },
      { _tag: "Client", session: s, op: { _tag: "GetData", path } },
    ])
  return fc.record({
    at: fc.noBias(fc.nat({ max: 999 })),
    steps: fc.oneof({ weight: 6, arbitrary: single }, { weight: 2, arbitrary: syncThenRead }, { weight: 2, arbitrary: readMoveRead }),
  })
}

/**
 * How many client operations a run may have, drawn after its fault steps. Half the runs have none: their
 * schedules are exactly the fault schedules drawn without a client workload, so the bug zoo's protocol bugs
 * are found as often as before client sessions existed (with clients in every run, ZOOKEEPER-2307's seed
 * was no longer found within 100 runs, nor in 11 other seeds). The other half have up to a quarter of maxSteps,
 * so client histories stay rich. 0 comes first so that shrinking tries a schedule without clients.
 */
function clientBudget(options: ScheduleOptions): fc.Arbitrary<number> {
  const quarter = Math.floor(options.maxSteps / 4)
  const fixed = options.clientSteps ?? options.faults?.clients ?? (options.exactLength === true ? quarter : undefined)
  return fixed === undefined ? fc.constantFrom(0, quarter) : fc.constant(fixed)
}

/** Each insertion's steps go before the fault step at its fraction of the list (stable among equal places). */
function weave(steps: ReadonlyArray<Step>, insertions: ReadonlyArray<{ readonly at: number; readonly steps: ReadonlyArray<Step> }>): Array<Step> {
  if (insertions.length === 0) return [...steps]
  const byPlace = insertions.map((insertion, order) => ({ place: Math.floor((insertion.at * (steps.length + 1)) / 1000), order, steps: insertion.steps }))
  byPlace.sort((x, y) => x.place - y.place || x.order - y.order)
  const out: Array<Step> = []
  let next = 0
  for (let i = 0; i <= steps.length; i++) {
    while (next < byPlace.length && byPlace[next]!.place === i) out.push(...byPlace[next++]!.steps)
    if (i < steps.length) out.push(steps[i]!)
  }
  return out
}

export function scheduleArbitrary(options: ScheduleOptions): fc.Arbitrary<Schedule> {
  if (options.faults !== undefined) checkFaultOverrides(options.faults)
  return profileArbitrary(options.faults ?? {}).chain((profile) => {
    const config: SimConfig = {
      ...defaultSimConfig(options.servers, options.bugs),
      counterBits: profile.counterBits,
      snapCountTxns: profile.snapCountTxns,
      ...(options.quorumLiveness === true ? { quorumLiveness: true } : {}),
      // A slow disk also completes its fsync requests one at a time (decided by the profile already drawn,
      // so the steps drawn for a (seed, run) stay the same).
      ...(profile.fsyncWeight <= 4 ? { fsyncOneAtATime: true } : {}),
      // The heaviest write load on a full-size counter also gets small queue bounds, so that floods reach
      // them (the peers' defaults, 100,000 and 1,000, are never reached); decided by the profile too.
      ...(profile.writeWeight >= 12 && profile.counterBits === 32 ? smallQueueLimits : {}),
    }
    const steps = fc.array(stepArbitrary(options.servers, profile), {
      minLength: options.exactLength === true ? options.maxSteps : 0,
      maxLength: options.maxSteps,
      size: "max",
    })
    const noClients = fc.constant<ReadonlyArray<{ readonly at: number; readonly steps: ReadonlyArray<Step> }>>([])
    const clients = clientBudget(options).chain((budget) =>
      budget === 0 ? noClients : fc.array(clientInsertionArbitrary(options.servers), { minLength: options.exactLength === true ? budget : 0, maxLength: budget, size: "max" }),
    )
    // The session and ACL probes of the liveness phase (SimConfig.clientProbes) in one run of three: they
    // are the same in every run and half of its time. Drawn last, so the steps drawn for a (seed, run) stay
    // the same, and not from the profile, whose knobs a campaign may fix.
    const clientProbes = fc.nat({ max: 2 }).map((n) => n === 0)
    // The fault steps first, so they are drawn as without clients (see the client workload above).
    return fc
      .tuple(steps, clients, clientProbes)
      .map(([list, insertions, probes]): Schedule => ({ config: probes ? config : { ...config, clientProbes: false }, steps: weave(list, insertions) }))
  })
}
