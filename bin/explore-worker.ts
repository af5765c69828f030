/**
 * A worker thread of `zab explore --workers W`: one shard of the search (model/shard.ts). It answers the
 * coordinator's requests (bin/explore-parallel.ts) one at a time; while it expands a level it exchanges
 * successor batches with the other workers directly.
 */
import { type MessagePort, parentPort, receiveMessageOnPort, workerData } from "node:worker_threads"
import { assert } from "../impl/core/assert.js"
import { actionsWithBugs } from "../model/model-bugs.js"
import { defaultChecks } from "../model/checks.js"
import { checkSpecInvariants } from "../model/spec-invariants.js"
import { ExploreShard } from "../model/shard.js"
import type { ExploreWorkerSetup, FromWorker, ToWorker } from "./explore-parallel.js"

/** The message that ends a worker's successors for the level; every other message on a peer port is a batch. */
const END_OF_LEVEL = 0
/** States expanded between looks at the peer ports, and between progress reports to the coordinator. */
const POLL_EVERY_STATES = 256
const PROGRESS_EVERY_POLLS = 16
/** A bound on one sleep while waiting for peers, in case a wake-up is missed; a sender always wakes it. */
const WAIT_MILLISECONDS = 200

const setup = workerData as ExploreWorkerSetup
const port = parentPort!
const me = setup.shard
const checks = defaultChecks()
const shard = new ExploreShard({
  config: setup.config,
  actions: actionsWithBugs(setup.bugs),
  symmetry: setup.symmetry,
  invariants: setup.checks === "spec" ? [checkSpecInvariants] : checks.invariants,
  stepInvariants: setup.checks === "spec" ? [] : checks.stepInvariants,
  shard: me,
  shards: setup.shards,
})
const signal = new Int32Array(setup.signal)
const peers: ReadonlyArray<MessagePort | null> = setup.peers
let ended = 0

function wake(to: number): void {
  Atomics.add(signal, to, 1)
  Atomics.notify(signal, to)
}

function send(to: number, batch: ArrayBuffer): void {
  peers[to]!.postMessage(batch, [batch])
  wake(to)
}

/** Takes every batch that has arrived; returns how many messages were taken. */
function drain(): number {
  let taken = 0
  for (const peer of peers) {
    if (peer === null) continue
    for (;;) {
      const got = receiveMessageOnPort(peer)
      if (got === undefined) break
      taken++
      if (got.message === END_OF_LEVEL) ended++
      else shard.receiveBatch(got.message as ArrayBuffer)
    }
  }
  return taken
}

function reply(message: FromWorker, transfer: ReadonlyArray<ArrayBuffer> = []): void {
  port.postMessage(message, [...transfer])
}

function expand(): void {
  ended = 0
  let polls = 0
  shard.expandLevel(
    send,
    (progress) => {
      drain()
      if (++polls % PROGRESS_EVERY_POLLS === 0) reply({ type: "progress", progress })
    },
    POLL_EVERY_STATES,
  )
  for (let to = 0; to < peers.length; to++) {
    if (peers[to] === null) continue
    peers[to]!.postMessage(END_OF_LEVEL)
    wake(to)
  }
  const others = peers.length - 1
  while (ended < others) {
    const seen = Atomics.load(signal, me)
    if (drain() === 0 && ended < others) Atomics.wait(signal, me, seen, WAIT_MILLISECONDS)
  }
  assert(ended === others, "one end-of-level marker from every other worker")
  const report = shard.levelReport()
  reply({ type: "level", report }, [report.keys.buffer as ArrayBuffer])
}

port.on("message", (message: ToWorker) => {
  switch (message.type) {
    case "seed": {
      shard.seed()
      const report = shard.levelReport()
      reply({ type: "level", report }, [report.keys.buffer as ArrayBuffer])
      return
    }
    case "expand":
      expand()
      return
    case "ranks":
      shard.assignRanks(message.ranks)
      return
    case "cut":
      reply({ type: "cut", report: shard.cut(message.cut, message.previous) })
      return
    case "check":
      reply({ type: "check", violation: shard.checkNew(message.maxKey) })
      return
    case "parent": {
      const { parent, label } = shard.parentOf(message.local)
      reply({ type: "parent", parent, label })
      return
    }
    case "stop":
      for (const peer of peers) peer?.close()
      port.close()
      return
  }
})
