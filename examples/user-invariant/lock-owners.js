// @ts-check
/**
 * A user-defined invariant, written only against zab-harness's public API: the znode /a is used as a lock
 * (a client holds it from its successful create until a delete), and every server that delivered the
 * k-th acquisition of the lock must agree on which client acquired it. Two servers naming different owners
 * for one acquisition is two clients each told, by a different server, that they own the lock.
 *
 * It folds each up server's delivered txns (history[0 .. committed)) through the lock's rules, so it
 * judges what servers applied, not how the protocol got there: the kind of invariant an application
 * built on ZooKeeper states.
 */
import { deliveredBy, txnOp } from "zab-harness"

export const LOCK_PATH = "/a"

/**
 * The owners of each acquisition of the lock on one server, in order: `client` is `origin:request`, the
 * server the client wrote through and that server's number for the request.
 * @param {ReadonlyArray<import("zab-harness").TxnView>} delivered
 * @returns {Array<string>}
 */
export function lockOwners(delivered) {
  /** @type {Array<string>} */
  const owners = []
  let held = false
  let version = 0
  for (const txn of delivered) {
    const op = txnOp(txn)
    if (op === null || op.path !== LOCK_PATH) continue
    if (op.op === "Create" && !held) {
      held = true
      version = 0
      owners.push(`${op.origin}:${op.request}`)
    } else if (op.op === "SetData" && held && (op.version === -1 || op.version === version)) {
      version += 1
    } else if (op.op === "Delete" && held && (op.version === -1 || op.version === version)) {
      held = false
    }
  }
  return owners
}

/** @type {import("zab-harness").Invariant} */
export const LockOwnersAgree = {
  name: "LockOwnersAgree",
  statement: `every server that delivered the k-th acquisition of ${LOCK_PATH} names the same client as its owner`,
  check(view) {
    /** @type {Array<{ owner: string, server: number }>} the first server seen to deliver each acquisition */
    const first = []
    for (const server of view.servers) {
      const owners = lockOwners(deliveredBy(view, server.id))
      for (let k = 0; k < owners.length; k++) {
        const seen = first[k]
        if (seen === undefined) first[k] = { owner: owners[k], server: server.id }
        else if (seen.owner !== owners[k]) {
          return {
            message: `acquisition ${k + 1} of ${LOCK_PATH}: server ${seen.server} gave it to client ${seen.owner}, server ${server.id} to client ${owners[k]}`,
            servers: [seen.server, server.id],
          }
        }
      }
    }
    return null
  },
}

export const invariants = [LockOwnersAgree]
