/**
 * Deliberately broken copies of the spec's actions, each a classic way to get ZAB wrong, to show that the
 * explorer and the invariants catch them (tests, and `zab explore --bug NAME`). Each wraps the faithful
 * action and changes only what its name says.
 */
import { type ActionInfo, LeaderBroadcastPROPOSE, LeaderProcessACKEPOCH, LeaderProcessCEPOCH, actions } from "./actions.js"
import type { History, ModelState } from "./model-state.js"

export interface ModelBug {
  readonly name: string
  readonly summary: string
  /** The action it breaks. */
  readonly action: ActionInfo["name"]
  readonly run: ActionInfo["run"]
}

function withMsgs(t: ModelState, from: number, map: (m: ModelState["msgs"][number][number][number]) => ModelState["msgs"][number][number][number]): ModelState["msgs"] {
  return t.msgs.map((row, a) => (a !== from ? row : row.map((channel) => (channel.length === 0 ? channel : channel.map(map)))))
}

export const modelBugs: ReadonlyArray<ModelBug> = [
  {
    name: "commit-without-quorum",
    summary: "LeaderBroadcastPROPOSE also commits the txn it proposes, before any follower acknowledged it",
    action: "LeaderBroadcastPROPOSE",
    run: (c, s, i) => {
      const t = LeaderBroadcastPROPOSE(c, s, i)
      if (t === null) return null
      const committed = t.lastCommitted[i]!
      const next = t.history[i]![committed.index]
      if (next === undefined) return t
      return { ...t, lastCommitted: t.lastCommitted.map((x, k) => (k === i ? { index: committed.index + 1, zxid: next.zxid } : x)) }
    },
  },
  {
    name: "reuse-epoch",
    summary: "LeaderProcessCEPOCH takes the highest epoch it heard of as e' instead of one above it",
    action: "LeaderProcessCEPOCH",
    run: (c, s, i, j) => {
      const t = LeaderProcessCEPOCH(c, s, i, j)
      if (t === null || t.acceptedEpoch === s.acceptedEpoch || t.acceptedEpoch[i]! <= 1) return t
      const e = t.acceptedEpoch[i]! - 1
      const acceptedEpoch = t.acceptedEpoch.map((x, k) => (k === i ? e : x))
      return {
        ...t,
        acceptedEpoch,
        msgs: withMsgs(t, i, (m) => (m.mtype === "NEWEPOCH" ? { ...m, mepoch: e } : m)),
        recorder: { ...t.recorder, maxEpoch: Math.max(...acceptedEpoch) },
      }
    },
  },
  {
    name: "own-history",
    summary: "LeaderProcessACKEPOCH establishes the leader with its own history instead of the most recent one of the quorum",
    action: "LeaderProcessACKEPOCH",
    run: (c, s, i, j) => {
      const t = LeaderProcessACKEPOCH(c, s, i, j)
      if (t === null || t.currentEpoch === s.currentEpoch) return t
      const own: History = s.history[i]!.map((x) => ({ ...x, ackSid: 1 << i }))
      return {
        ...t,
        history: t.history.map((h, k) => (k === i ? own : h)),
        msgs: withMsgs(t, i, (m) => (m.mtype === "NEWLEADER" ? { ...m, mhistory: own } : m)),
      }
    },
  },
]

export const modelBugNames: ReadonlyArray<string> = modelBugs.map((b) => b.name)

/** Zab.tla's Next with the named bugs' actions swapped in. */
export function actionsWithBugs(names: ReadonlyArray<string>): ReadonlyArray<ActionInfo> {
  let list = actions
  for (const name of names) {
    const bug = modelBugs.find((b) => b.name === name)
    if (bug === undefined) throw new Error(`unknown model bug ${name}`)
    list = list.map((a) => (a.name === bug.action ? { ...a, run: bug.run } : a))
  }
  return list
}
