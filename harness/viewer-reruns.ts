/**
 * The re-runs the viewer (traces/viewer.ts) draws from, which only the harness may run: a simulator schedule
 * re-run with a tap on the network, which learns when each message was sent and which were lost in flight
 * (a trace records receipts; sends only in part), and a model walk re-run for its channels.
 */
import { assert } from "../impl/core/assert.js"
import { summarize } from "../impl/core/peer.js"
import type { Message, ServerId } from "../impl/core/types.js"
import { formatZxid } from "../impl/core/zxid.js"
import { World, type WorldTap } from "../impl/sim/world.js"
import { runWalk } from "../model/walk.js"
import type { Schedule } from "../schedule/steps.js"
import type { Trace } from "../traces/jsonl.js"
import type { TraceEvent } from "../traces/schema.js"
import {
  type PlacedHistoryEvent,
  type Rerun,
  type TappedMessage,
  type ViewData,
  type ViewReruns,
  type ViewServerState,
  type ViewStateChange,
  buildView,
  downState,
  drawn,
  sameState,
  viewLimits,
  viewMessage,
  withoutViews,
} from "../traces/viewer.js"
import { walkOptionsOf, walkTrace } from "./model-target.js"
import { runSchedule } from "./sim-target.js"

export const viewerReruns: ViewReruns = {
  simulator: rerunWithTap,
  walk: (config, walk) => {
    const outcome = runWalk(walkOptionsOf(config, walk), walk.steps)
    return { events: walkTrace(config, outcome).events, actions: outcome.actions }
  },
}

/** The viewer's page data for a trace, with the harness's re-runs (what `zab view` draws). */
export function buildTraceView(whole: Trace, title: string): ViewData {
  return buildView(whole, title, viewerReruns)
}

/**
 * Re-run a schedule as runSchedule does, observing the network and every server's state after each event,
 * and stop after as many events as `expected` holds (a run stops at its violation; the violation itself is
 * taken from `expected`). The file's events serve as `expected`, to be compared with the result; for a file
 * without events runSchedule runs first to provide them. This run checks no invariant, so it costs a
 * fraction of runSchedule's, which in recording mode checks every step on frozen views.
 */
export function rerunWithTap(schedule: Schedule, recorded: ReadonlyArray<TraceEvent>): Rerun {
  const expected = recorded.length > 0 ? recorded : withoutViews(runSchedule(schedule, { record: true }).events ?? [])
  const last = expected[expected.length - 1]
  const target = last?._tag === "Violation" ? expected.length - 1 : expected.length
  const events: Array<TraceEvent> = []
  const messages: Array<TappedMessage> = []
  const links = new Map<string, Array<TappedMessage>>()
  const states: Array<ViewStateChange> = []
  const n = schedule.config.servers
  const lastState: Array<ViewServerState | null> = new Array<ViewServerState | null>(n + 1).fill(null)
  const delivered = new Array<number>(n + 1).fill(0)
  const fsynced = new Array<number>(n + 1).fill(0)
  let lostAtOnce = 0
  let lostAtOnceDropped = 0
  let world: World | null = null
  const linkOf = (from: number, to: number): Array<TappedMessage> => {
    const key = `${from}>${to}`
    let queue = links.get(key)
    if (queue === undefined) {
      queue = []
      links.set(key, queue)
    }
    return queue
  }
  /** Every server's state after the last row so far (before the next event is pushed). */
  const closeRow = (): void => {
    if (world === null) return
    const row = events.length - 1
    for (let id = 1; id <= n; id++) {
      const peer = world.stateOf(id)
      const before = lastState[id]
      let state: ViewServerState
      if (peer === null || row < 0) {
        state = before === null ? downState() : before.up ? { ...before, up: false } : before
      } else {
        const s = summarize(peer)
        state = {
          up: true,
          role: s.role,
          phase: s.phase,
          acceptedEpoch: s.acceptedEpoch,
          currentEpoch: s.currentEpoch,
          leader: s.leader,
          established: s.established,
          lastLogged: formatZxid(s.lastLoggedZxid),
          lastDelivered: formatZxid(s.lastDeliveredZxid),
          delivered: delivered[id]!,
          fsyncedThrough: fsynced[id]!,
        }
      }
      if (before === null || !sameState(before, state)) {
        lastState[id] = state
        states.push({ row, server: id, state })
      }
    }
  }
  const history: Array<PlacedHistoryEvent> = []
  /** The client history events the world recorded since the last look, placed after the last row so far. */
  const placeHistory = (): void => {
    if (world === null) return
    while (history.length < world.history.length) history.push({ after: events.length - 1, event: world.history[history.length]! })
  }
  const push = (event: TraceEvent): void => {
    placeHistory()
    closeRow()
    if (event._tag === "Received") {
      const queue = linkOf(event.from, event.server)
      const head = queue.shift()
      assert(head !== undefined, "a message is received only on a link that holds one")
      assert(head.message === event.message, "a received message is the head of its link (FIFO)")
      head.view = { ...head.view, receivedAt: events.length }
    }
    if (event._tag === "Delivered") delivered[event.server] = delivered[event.server]! + 1
    if (event._tag === "FsyncCompleted") fsynced[event.server] = event.through
    if (event._tag === "Restarted") fsynced[event.server] = 0
    events.push(event)
  }
  const tap: WorldTap = {
    sent: (from: ServerId, to: ServerId, message: Message, queued: boolean) => {
      const at = events.length - 1
      const tapped: TappedMessage = { message, view: viewMessage(from, to, message, at, true) }
      if (queued) {
        linkOf(from, to).push(tapped)
        messages.push(tapped)
        return
      }
      if (lostAtOnce >= viewLimits.lostAtOnceMax) {
        lostAtOnceDropped += 1
        return
      }
      lostAtOnce += 1
      tapped.view = { ...tapped.view, lostAt: at }
      messages.push(tapped)
    },
    reset: (a: ServerId, b: ServerId) => {
      for (const queue of [linkOf(a, b), linkOf(b, a)]) {
        for (const m of queue) m.view = { ...m.view, lostAt: events.length - 1 }
        queue.length = 0
      }
    },
    recorded: (event) => {
      if (drawn(event)) push(event)
    },
  }
  const w = new World(schedule.config, { record: true, tap })
  world = w
  w.start()
  for (let index = 0; index < schedule.steps.length && events.length < target; index++) {
    const step = schedule.steps[index]!
    const mark = events.length
    // The step's own event goes before the events it caused; a skipped step leaves nothing.
    push({ _tag: "Step", index, step, text: "" })
    const text = w.apply(step)
    if (text === null) {
      assert(events.length === mark + 1, "a skipped step records nothing")
      events.pop()
      continue
    }
    events[mark] = { _tag: "Step", index, step, text }
  }
  if (events.length < target) {
    push({ _tag: "LivenessPhase", text: "faults stop: heal, restart every server, deliver fairly" })
    w.liveness(() => (events.length >= target ? "stop" : null))
  }
  placeHistory()
  if (last?._tag === "Violation") push(last)
  closeRow()
  return { events, messages, states, lostAtOnceDropped, history }
}

