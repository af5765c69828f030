/**
 * The reference for what datatree.ts's `serialize` writes: the same tree through the snapshot Schema's
 * encoder. `serialize` writes the text directly because the encoder is ten times slower on large trees;
 * the tests hold it to this, byte for byte. Test code only: no server writes through it.
 */
import { Schema } from "effect"
import { OPEN_ACL } from "../../impl/core/acl.js"
import { type DataTree, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, Snapshot, digest, sessions } from "../../impl/core/datatree.js"

const encodeSnapshot = Schema.encodeSync(Snapshot)

export function serializeThroughSchema(tree: DataTree): string {
  const paths = [...tree.nodes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const nodes = paths.map((path) => {
    const n = tree.nodes.get(path)!
    return {
      path,
      data: n.data,
      czxid: n.czxid,
      mzxid: n.mzxid,
      pzxid: n.pzxid,
      ctime: n.ctime,
      mtime: n.mtime,
      version: n.version,
      cversion: n.cversion,
      ephemeralOwner: n.ephemeralOwner,
      ...(n.aversion === 0 ? {} : { aversion: n.aversion }),
      ...(n.acl === OPEN_ACL ? {} : { acl: n.acl }),
    }
  })
  const snapshot = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, lastApplied: tree.lastApplied, digest: digest(tree), nodes, sessions: sessions(tree) } as const
  return JSON.stringify(encodeSnapshot(snapshot))
}
