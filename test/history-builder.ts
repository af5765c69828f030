/**
 * A small builder for hand-made client histories in tests: sessions invoke operations and complete them,
 * each event one time unit after the last, in the order written.
 */
import type { HistoryEvent, HistoryOp, HistoryResult } from "../impl/history-events.js"
import { type Verdict, checkHistory, type CheckOptions } from "../properties/history/check.js"
import { historyOf } from "../properties/history/history.js"

export class HistoryBuilder {
  readonly events: Array<HistoryEvent> = []
  private time = 0
  private nextId = 0
  private readonly sessionOf = new Map<number, string>()

  invoke(session: string, operation: HistoryOp): number {
    const op = this.nextId++
    this.sessionOf.set(op, session)
    this.events.push({ _tag: "OpInvoked", session, op, at: this.time++, operation })
    return op
  }

  complete(op: number, result: HistoryResult): this {
    this.events.push({ _tag: "OpCompleted", session: this.sessionOf.get(op)!, op, at: this.time++, result })
    return this
  }

  /** Invoke and complete at once. */
  run(session: string, operation: HistoryOp, result: HistoryResult): number {
    const op = this.invoke(session, operation)
    this.complete(op, result)
    return op
  }

  check(options: CheckOptions = {}): Verdict {
    return checkHistory(historyOf(this.events), options)
  }
}

export const ok = (fields: Omit<Extract<HistoryResult, { _tag: "Ok" }>, "_tag"> = {}): HistoryResult => ({ _tag: "Ok", ...fields })
export const failed = (code: Extract<HistoryResult, { _tag: "Failed" }>["code"], index?: number): HistoryResult =>
  index === undefined ? { _tag: "Failed", code } : { _tag: "Failed", code, index }
export const lost: HistoryResult = { _tag: "Indeterminate", reason: "ConnectionLoss" }

export const getData = (path: string): HistoryOp => ({ _tag: "GetData", path })
export const exists = (path: string): HistoryOp => ({ _tag: "Exists", path })
export const getChildren = (path: string): HistoryOp => ({ _tag: "GetChildren", path })
export const create = (path: string, data = "", sequential = false): HistoryOp => ({ _tag: "Create", path, data, sequential })
export const createEphemeral = (path: string, data = "", sequential = false): HistoryOp => ({ _tag: "Create", path, data, sequential, ephemeral: true })
export const closeSession: HistoryOp = { _tag: "CloseSession" }
export const setData = (path: string, data: string, version = -1): HistoryOp => ({ _tag: "SetData", path, data, version })
export const del = (path: string, version = -1): HistoryOp => ({ _tag: "Delete", path, version })
export const check = (path: string, version: number): HistoryOp => ({ _tag: "Check", path, version })
export const sync = (path = "/"): HistoryOp => ({ _tag: "Sync", path })
