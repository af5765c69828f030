/**
 * `zab explore --workers W`: the sharded search of model/parallel.ts with one shard per worker thread
 * (bin/explore-worker.ts, run from the compiled JavaScript). This thread only coordinates: it merges each
 * level's keys into ranks, decides where the search stops and rebuilds a violation's path by asking each
 * state's owner for its parent.
 *
 * The workers send each other successors in batches over one MessageChannel per pair, the buffers
 * transferred rather than copied. A worker takes the batches that arrived while it expands (it polls its
 * ports between states), and once it has expanded its share of a level it waits for an end-of-level marker
 * from every other worker, sleeping on a shared word that every sender bumps after posting to it. The
 * batches in flight are bounded by one level's successors, and a receiver takes them as it goes.
 */
import { MessageChannel, type MessagePort, Worker } from "node:worker_threads"
import { actionsWithBugs } from "../model/model-bugs.js"
import type { ExploreResult, Progress } from "../model/explore.js"
import { type ShardGroup, coordinate } from "../model/parallel.js"
import type { Cut, CutReport, FoundViolation, LevelReport, PartialProgress } from "../model/shard.js"
import type { ModelConfig } from "../model/model-state.js"

export interface ExploreWorkerSetup {
  readonly shard: number
  readonly shards: number
  readonly config: ModelConfig
  readonly bugs: ReadonlyArray<string>
  readonly symmetry: boolean
  /** "spec": Zab.tla's invariants only (--spec-only); "all": those and the project's, with its step invariants. */
  readonly checks: "spec" | "all"
  /** A port to every other worker, by shard number (null for this worker's own). */
  readonly peers: ReadonlyArray<MessagePort | null>
  /** One Int32 per shard, bumped after every message posted to that shard's ports. */
  readonly signal: SharedArrayBuffer
}

export type ToWorker =
  | { readonly type: "seed" }
  | { readonly type: "expand" }
  | { readonly type: "ranks"; readonly ranks: Int32Array }
  | { readonly type: "cut"; readonly cut: Cut; readonly previous: boolean }
  | { readonly type: "check"; readonly maxKey: number }
  | { readonly type: "parent"; readonly local: number }
  | { readonly type: "stop" }

export type FromWorker =
  | { readonly type: "level"; readonly report: LevelReport }
  | { readonly type: "progress"; readonly progress: PartialProgress }
  | { readonly type: "cut"; readonly report: CutReport }
  | { readonly type: "check"; readonly violation: FoundViolation | null }
  | { readonly type: "parent"; readonly parent: number; readonly label: number }

export interface ParallelExploreOptions {
  readonly config: ModelConfig
  readonly bugs: ReadonlyArray<string>
  readonly symmetry: boolean
  readonly checks: "spec" | "all"
  readonly workers: number
  readonly maxStates?: number
  readonly onProgress?: (progress: Progress) => void
}

/** Where the compiled worker lives: beside this file when compiled, under dist/ when run from source. */
function workerUrl(): URL {
  const here = import.meta.url
  return here.endsWith(".ts") ? new URL("../dist/bin/explore-worker.js", here) : new URL("./explore-worker.js", here)
}

/** One worker: its replies in order, progress apart. */
class WorkerLink {
  private readonly replies: Array<FromWorker> = []
  private waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | null = null
  private failure: Error | null = null
  stopping = false
  readonly exited: Promise<void>

  constructor(
    readonly worker: Worker,
    shard: number,
    onProgress: (progress: PartialProgress) => void,
  ) {
    worker.on("message", (message: FromWorker) => {
      if (message.type === "progress") {
        onProgress(message.progress)
        return
      }
      if (this.waiting !== null) {
        const waiting = this.waiting
        this.waiting = null
        waiting.resolve(message)
      } else this.replies.push(message)
    })
    worker.on("error", (error) => this.fail(error))
    this.exited = new Promise((done) =>
      worker.on("exit", (code) => {
        if (!this.stopping) this.fail(new Error(`explore worker ${shard} exited with code ${code} in mid-search`))
        done()
      }),
    )
  }

  private fail(error: Error): void {
    this.failure ??= error
    const waiting = this.waiting
    this.waiting = null
    waiting?.reject(this.failure)
  }

  post(message: ToWorker, transfer: ReadonlyArray<ArrayBuffer> = []): void {
    this.worker.postMessage(message, [...transfer])
  }

  next<T extends FromWorker["type"]>(type: T): Promise<Extract<FromWorker, { type: T }>> {
    const expected = (m: FromWorker): Extract<FromWorker, { type: T }> => {
      if (m.type !== type) throw new Error(`explore worker answered ${m.type} where ${type} was expected`)
      return m as Extract<FromWorker, { type: T }>
    }
    if (this.failure !== null) return Promise.reject(this.failure)
    const ready = this.replies.shift()
    if (ready !== undefined) return Promise.resolve().then(() => expected(ready))
    return new Promise<FromWorker>((resolve, reject) => {
      this.waiting = { resolve, reject }
    }).then(expected)
  }
}

/** The search with one shard per worker thread; the workers are stopped before it returns or throws. */
export async function exploreOnWorkers(options: ParallelExploreOptions): Promise<ExploreResult> {
  const shards = options.workers
  const signal = new SharedArrayBuffer(4 * shards)
  const ports: Array<Array<MessagePort | null>> = Array.from({ length: shards }, () => new Array<MessagePort | null>(shards).fill(null))
  for (let a = 0; a < shards; a++) {
    for (let b = a + 1; b < shards; b++) {
      const channel = new MessageChannel()
      ports[a]![b] = channel.port1
      ports[b]![a] = channel.port2
    }
  }
  const partials: Array<PartialProgress> = Array.from({ length: shards }, () => ({ expanded: 0, generated: 0, distinct: 0 }))
  let onPartial: ((p: PartialProgress) => void) | null = null
  const links = ports.map((peers, shard) => {
    const setup: ExploreWorkerSetup = { shard, shards, config: options.config, bugs: options.bugs, symmetry: options.symmetry, checks: options.checks, peers, signal }
    const worker = new Worker(workerUrl(), { workerData: setup, transferList: peers.filter((p): p is MessagePort => p !== null) })
    return new WorkerLink(worker, shard, (progress) => {
      partials[shard] = progress
      onPartial?.(partials.reduce((sum, p) => ({ expanded: sum.expanded + p.expanded, generated: sum.generated + p.generated, distinct: sum.distinct + p.distinct })))
    })
  })
  const all = async <T extends FromWorker["type"]>(message: ToWorker, type: T): Promise<Array<Extract<FromWorker, { type: T }>>> => {
    for (const link of links) link.post(message)
    return Promise.all(links.map((link) => link.next(type)))
  }
  const group: ShardGroup = {
    shards,
    seed: async () => (await all({ type: "seed" }, "level")).map((m) => m.report),
    expandLevel: async (handler) => {
      partials.fill({ expanded: 0, generated: 0, distinct: 0 })
      onPartial = handler
      const reports = (await all({ type: "expand" }, "level")).map((m) => m.report)
      onPartial = null
      return reports
    },
    assignRanks: async (ranks) => ranks.forEach((r, shard) => links[shard]!.post({ type: "ranks", ranks: r }, [r.buffer as ArrayBuffer])),
    cut: async (cut, previous) => (await all({ type: "cut", cut, previous }, "cut")).map((m) => m.report),
    checkNew: async (maxKey) => (await all({ type: "check", maxKey }, "check")).map((m) => m.violation),
    parentOf: async (shard, local) => {
      const link = links[shard]!
      link.post({ type: "parent", local })
      return link.next("parent")
    },
  }
  let stopped = false
  try {
    const result = await coordinate(
      { config: options.config, actions: actionsWithBugs(options.bugs), ...(options.maxStates === undefined ? {} : { maxStates: options.maxStates }), ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }) },
      group,
    )
    for (const link of links) {
      link.stopping = true
      link.post({ type: "stop" })
    }
    stopped = true
    await Promise.all(links.map((link) => link.exited))
    return result
  } finally {
    if (!stopped) {
      // A worker failed: the others may be waiting for its end-of-level marker, so they are ended, not asked.
      for (const link of links) link.stopping = true
      await Promise.all(links.map((link) => link.worker.terminate()))
    }
  }
}
