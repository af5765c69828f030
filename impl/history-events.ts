/**
 * Client histories: what a client of the service saw, one event when it invoked an operation and one when
 * the operation completed. It is the only record that carries over unchanged to a cluster whose insides
 * we cannot see, so it names nothing of the servers: a session, the operation and what came back.
 *
 * Runtimes (impl/sim, impl/net) record these events; the checker (properties/history/) judges them; the
 * trace format (traces/schema.ts) composes them into its event union. They are defined here, next to the
 * runtime events (impl/events.ts), so that both the runtimes and the checker can use them without either
 * importing the other.
 *
 * Encoding choices:
 * - A session id is the decimal text of its 64-bit value: ZooKeeper puts the server id in the top byte, so
 *   a JavaScript number would lose the low bits.
 * - `op` is an operation id unique in the whole history (not per session): a completion names it, and a
 *   duplicate is refused.
 * - `at` is a time: virtual ticks in the simulator, monotonic wall-clock milliseconds on a real cluster.
 *   History events appear in the trace in the order they happened, and their times never decrease; the
 *   checker uses that order as real time (events of one tick are still ordered by their lines).
 * - A result is Ok (with whatever the server returned that the sequential specification can predict), a
 *   definite failure (the operation took effect as a no-op or did not take effect, and the server said
 *   why), or Indeterminate (ConnectionLoss or a timeout: a write may or may not have happened, at any time
 *   after its invocation). An invocation with no completion in the trace is indeterminate too.
 */
import { Schema } from "effect"
import { ErrorCode } from "./core/datatree.js"
import { Acl } from "./core/types.js"
import { ZxidSchema } from "./core/zxid.js"

const U64_MAX = 18446744073709551615n

/** A ZooKeeper session id: the decimal text of an unsigned 64-bit value, so nothing is lossy. */
export const SessionIdText = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^(0|[1-9][0-9]{0,19})$/, { expected: "a session id: the decimal text of a 64-bit value" })),
  Schema.check(Schema.makeFilter((text: string) => (/^[0-9]+$/.test(text) && BigInt(text) > U64_MAX ? "a session id above 2^64 - 1" : undefined))),
)
export type SessionIdText = typeof SessionIdText.Type

/** An expected version: -1 matches any version, as in ZooKeeper. */
export const ExpectedVersion = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(-1)))

const NonNegativeInt = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

/**
 * A create's `ephemeral`: the node belongs to the session that created it and goes when that session
 * closes (absent or false: a persistent node).
 */
const Ephemeral = Schema.optionalKey(Schema.Boolean)

/**
 * A create's `acl`, as the client asked for it (absent: world:anyone with every permission, what every
 * create without one gets). Entries are ZooKeeper's: permission bits, a scheme ("world", "digest", "ip",
 * or "auth" for the session's authenticated ids) and an id.
 */
const CreateAcl = Schema.optionalKey(Schema.Array(Acl))

/** The write operations a multi may hold, and `check` (a version assertion that changes nothing). */
export const MultiOp = Schema.TaggedUnion({
  // With `sequential`, `path` is the prefix and the created name is the prefix followed by the parent's
  // cversion as ten decimal digits, as ZooKeeper names sequential nodes.
  Create: { path: Schema.String, data: Schema.String, sequential: Schema.Boolean, ephemeral: Ephemeral, acl: CreateAcl },
  SetData: { path: Schema.String, data: Schema.String, version: ExpectedVersion },
  Delete: { path: Schema.String, version: ExpectedVersion },
  Check: { path: Schema.String, version: ExpectedVersion },
})
export type MultiOp = typeof MultiOp.Type

/** A client operation and its arguments. */
export const HistoryOp = Schema.TaggedUnion({
  GetData: { path: Schema.String },
  Exists: { path: Schema.String },
  GetChildren: { path: Schema.String },
  Create: { path: Schema.String, data: Schema.String, sequential: Schema.Boolean, ephemeral: Ephemeral, acl: CreateAcl },
  SetData: { path: Schema.String, data: Schema.String, version: ExpectedVersion },
  Delete: { path: Schema.String, version: ExpectedVersion },
  Check: { path: Schema.String, version: ExpectedVersion },
  // The node's ACL becomes `acl` (as fixed up: "auth" entries become the session's ids) if its aversion
  // is `version` (-1: any); needs ADMIN on the node.
  SetACL: { path: Schema.String, acl: Schema.Array(Acl), version: ExpectedVersion },
  // The node's ACL and aversion; needs READ or ADMIN, and without ADMIN digest ids come back as "user:x".
  GetACL: { path: Schema.String },
  // ZooKeeper's addauth (op 100): the session holds the identity from now on, for every operation it
  // invokes after this one (the client sends it again on each reconnection). Not a txn: nothing is
  // replicated. Digest: `id` is "user:password"; the identity is digest:user:base64(sha1("user:password")).
  // Ip: ZooKeeper ignores the data and adds ip:<the connection's remote address>; the history's `id` is
  // that address (IPv4), as the server saw it, so the identity is ip:<id>.
  AddAuth: { scheme: Schema.Literals(["digest", "ip"]), id: Schema.String },
  Sync: { path: Schema.String },
  // All or nothing: the ops apply in order, and one failure leaves the tree as it was.
  Multi: { ops: Schema.Array(MultiOp) },
  // The session ends (ZooKeeper's closeSession): its ephemeral nodes are deleted with it, and an operation
  // of the session after it fails with SessionExpired.
  CloseSession: {},
})
export type HistoryOp = typeof HistoryOp.Type

/**
 * What one op of a successful multi returned: the created name for a create, the new data version for a
 * setData, nothing for a delete or a check.
 */
export const MultiOpResult = Schema.Struct({
  created: Schema.optionalKey(Schema.String),
  version: Schema.optionalKey(NonNegativeInt),
})
export type MultiOpResult = typeof MultiOpResult.Type

/**
 * The outcome of an operation. In Ok, every field is optional and a field that is present is checked
 * against the sequential specification: `data` and the stat's `version`, `cversion` and `numChildren` of
 * the node read or written, `exists` for exists, `children` (names, any order) for getChildren, `created`
 * for create (the created path; for a sequential create the name the server chose), `results` for a
 * multi (one per op), `acl` and `aversion` for getACL and setACL. `zxid` is what the server reported; it is kept for people and never trusted by the
 * checker, which derives the order of writes from the history itself.
 */
export const HistoryResult = Schema.TaggedUnion({
  Ok: {
    zxid: Schema.optionalKey(ZxidSchema),
    data: Schema.optionalKey(Schema.String),
    version: Schema.optionalKey(NonNegativeInt),
    // Negative on the nodes a tree starts with: the root reports -1, /zookeeper -2 (ZooKeeper links them
    // without counting a creation).
    cversion: Schema.optionalKey(Schema.Int),
    numChildren: Schema.optionalKey(NonNegativeInt),
    exists: Schema.optionalKey(Schema.Boolean),
    children: Schema.optionalKey(Schema.Array(Schema.String)),
    created: Schema.optionalKey(Schema.String),
    results: Schema.optionalKey(Schema.Array(MultiOpResult)),
    // getACL's ACL (in the node's order), and the aversion a setACL left or a getACL read (-1 for
    // /zookeeper/config, whose ACL ZooKeeper sets with version -1).
    acl: Schema.optionalKey(Schema.Array(Acl)),
    aversion: Schema.optionalKey(Schema.Int),
  },
  // A definite failure with ZooKeeper's code (for a multi: the first failing op's, at `index` if known, and
  // `codes`, if known, each op's code as the reply carries them: Ok before the failing op, RuntimeInconsistency after).
  Failed: {
    code: ErrorCode,
    zxid: Schema.optionalKey(ZxidSchema),
    index: Schema.optionalKey(NonNegativeInt),
    codes: Schema.optionalKey(Schema.Array(Schema.Union([ErrorCode, Schema.Literals(["Ok", "RuntimeInconsistency"])]))),
  },
  // The client does not know whether the operation took effect.
  Indeterminate: { reason: Schema.Literals(["ConnectionLoss", "Timeout"]) },
})
export type HistoryResult = typeof HistoryResult.Type

/** A time: virtual ticks in the simulator, monotonic milliseconds on a real cluster. */
export const HistoryTime = Schema.Number.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

/** The history events' fields by tag, for composing the trace's tagged union (traces/schema.ts). */
export const historyEventFields = {
  // Session `session` invoked operation `op` (an id unique in the history) at time `at`.
  OpInvoked: { session: SessionIdText, op: NonNegativeInt, at: HistoryTime, operation: HistoryOp },
  // Operation `op` of session `session` completed at time `at` with `result`.
  OpCompleted: { session: SessionIdText, op: NonNegativeInt, at: HistoryTime, result: HistoryResult },
} as const

export const HistoryEvent = Schema.TaggedUnion(historyEventFields)
export type HistoryEvent = typeof HistoryEvent.Type
