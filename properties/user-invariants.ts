/**
 * Invariants a user of the harness writes over the cluster view, checked beside the built-in ones on every
 * target. A user's function is foreign code: it may throw, return a boolean, a message or a structured
 * verdict. `InvariantSet` turns each answer into a Violation and keeps a throw apart from a violation: the
 * first throw is recorded as an error of that invariant (with its stack) and the set reports it, so a bug in
 * the user's check is never mistaken for a protocol violation, is not shrunk as one, and does not crash the
 * campaign.
 */
import type { Violation } from "./invariants.js"
import type { ClusterView, TxnView } from "./view.js"

/**
 * What a user's check returns: `null`, `undefined` or `true` when the view satisfies it; `false`, a message,
 * or a message with the servers involved when it does not.
 */
export type InvariantVerdict = null | undefined | boolean | string | { readonly message: string; readonly servers?: ReadonlyArray<number> }

/** A user-defined invariant over the cluster view. */
export interface Invariant {
  /** Its name in reports, counterexample file names and JUnit test cases: letters, digits, `-` and `_`. */
  readonly name: string
  /** One sentence saying what it asserts, shown in reports. */
  readonly statement?: string
  readonly check: (view: ClusterView) => InvariantVerdict
}

/** A user's check that threw: the invariant, the error's message and its stack. */
export interface InvariantError {
  readonly invariant: string
  readonly message: string
  readonly stack: string
}

const namePattern = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

/** Names the harness uses for its own checks; a user invariant cannot take one. */
export function checkInvariantNames(invariants: ReadonlyArray<Invariant>, reserved: ReadonlyArray<string>): void {
  const seen = new Set<string>()
  for (const invariant of invariants) {
    if (typeof invariant !== "object" || invariant === null || typeof invariant.check !== "function") {
      throw new TypeError(`an invariant must be an object with a name and a check function, got ${String(invariant)}`)
    }
    if (!namePattern.test(invariant.name)) {
      throw new TypeError(`invariant name ${JSON.stringify(invariant.name)} must start with a letter and hold only letters, digits, - and _ (at most 64)`)
    }
    if (reserved.includes(invariant.name)) throw new TypeError(`invariant name ${invariant.name} is one of the harness's own checks; choose another`)
    if (seen.has(invariant.name)) throw new TypeError(`two invariants are named ${invariant.name}`)
    seen.add(invariant.name)
  }
}

function verdictToViolation(name: string, verdict: InvariantVerdict): Violation | null {
  if (verdict === null || verdict === undefined || verdict === true) return null
  if (verdict === false) return { invariant: name, message: `${name} returned false`, servers: [] }
  if (typeof verdict === "string") return { invariant: name, message: verdict, servers: [] }
  if (typeof verdict === "object" && typeof verdict.message === "string") {
    const servers = [...new Set(verdict.servers ?? [])].filter((s) => Number.isInteger(s)).sort((a, b) => a - b)
    return { invariant: name, message: verdict.message, servers }
  }
  throw new TypeError(`returned ${typeof verdict === "object" ? "an object without a message" : typeof verdict}; return null when the view satisfies it, a message when it does not`)
}

/** A stack cut where the user's code was called from here: the harness's own frames tell the user nothing. */
function userFrames(stack: string): string {
  const lines = stack.split("\n")
  const here = lines.findIndex((line) => line.includes("InvariantSet.check"))
  return (here < 0 ? lines : lines.slice(0, here)).join("\n")
}

/**
 * The user's invariants of one run. `check` gives the first violation, in the order given; a throw (or an
 * answer that is not a verdict) becomes `error`, after which the set checks nothing more: the run it belongs
 * to is ended as an error, not as a pass or a violation.
 */
export class InvariantSet {
  error: InvariantError | null = null

  constructor(readonly invariants: ReadonlyArray<Invariant>) {}

  get empty(): boolean {
    return this.invariants.length === 0
  }

  check(view: ClusterView): Violation | null {
    if (this.error !== null) return null
    for (const invariant of this.invariants) {
      try {
        const found = verdictToViolation(invariant.name, invariant.check(view))
        if (found !== null) return found
      } catch (thrown) {
        const error = thrown instanceof Error ? thrown : new Error(String(thrown))
        this.error = { invariant: invariant.name, message: error.message, stack: userFrames(error.stack ?? `${error.name}: ${error.message}`) }
        return null
      }
    }
    return null
  }

  /** A fresh set of the same invariants, for the next run (the error belongs to one run). */
  fresh(): InvariantSet {
    return new InvariantSet(this.invariants)
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reading the view, for invariants written outside this project.

/** A txn of the implementation, read back from its rendering in the view (impl/core/message-text.ts opValueText). */
export interface TxnOp {
  /** The server the client talked to, and that server's number for the request (0: no client waits). */
  readonly origin: number
  readonly request: number
  readonly op: "Create" | "SetData" | "Delete" | "Multi" | "SetACL" | "CreateSession" | "CloseSession"
  /** The znode written; null for a multi and the session txns. */
  readonly path: string | null
  /** The data written (Create, SetData); null otherwise. */
  readonly data: string | null
  /** The expected version (SetData, Delete; -1 matches any); null otherwise. */
  readonly version: number | null
  /** Create: the session (`0x...`) an ephemeral node belongs to, null for a persistent one; the session of a session txn. */
  readonly session: string | null
  /** Create: whether ZooKeeper's sequence suffix was asked for. */
  readonly sequential: boolean
}

const txnPattern = /^(\d+):(\d+):(Create|SetData|Delete|Multi|SetACL|CreateSession|CloseSession) (.*)$/

/**
 * What a txn of the view does, or null for a txn whose value is not the implementation's rendering (the
 * abstract model's txns carry plain numbers). A multi's operations stay in the txn's value.
 */
export function txnOp(txn: TxnView): TxnOp | null {
  const match = txnPattern.exec(txn.value)
  if (match === null) return null
  const [, origin, request, op, rest] = match as unknown as [string, string, string, TxnOp["op"], string]
  const none = { origin: Number(origin), request: Number(request), op, path: null, data: null, version: null, session: null, sequential: false }
  switch (op) {
    case "Multi":
      return none
    case "SetACL":
      return { ...none, path: /^(\S+)/.exec(rest)?.[1] ?? null }
    case "CreateSession":
    case "CloseSession":
      return { ...none, session: /^(0x[0-9a-f]+)/.exec(rest)?.[1] ?? null }
    case "Create": {
      const create = /^(\S+) (.*?)( ephemeral of (0x[0-9a-f]+))?( sequential)?$/.exec(rest)
      if (create === null) return null
      return { ...none, path: create[1]!, data: create[2]!, session: create[4] ?? null, sequential: create[5] !== undefined }
    }
    case "SetData":
    case "Delete": {
      const write = /^(\S+) (.*)@(-?\d+)$/.exec(rest)
      if (write === null) return null
      return { ...none, path: write[1]!, data: op === "SetData" ? write[2]! : null, version: Number(write[3]) }
    }
  }
}

/** The txns an up server has delivered, oldest first (history[0 .. committed)); empty for a crashed one. */
export function deliveredBy(view: ClusterView, server: number): ReadonlyArray<TxnView> {
  const s = view.servers.find((candidate) => candidate.id === server)
  if (s === undefined || !s.up) return []
  return s.history.slice(0, s.committed)
}
