/**
 * The simulated disk (impl/storage/memory.ts) as a trace's projection drives it for a real server
 * (traces/project.ts). A real process killed by SIGKILL keeps whatever it had issued to its files, which is
 * some prefix of its unsynced writes, not all or none of them as a simulated crash mode decides: the
 * server's own report of what it recovered (its Restarted event) says which prefix. Kept beside its one
 * user, the projection: the simulator never crashes a disk this way.
 */
import type { Zxid } from "../impl/core/zxid.js"
import { MemoryDisk, logAfter } from "../impl/storage/memory.js"
import { applyWrite, copyImage } from "../impl/storage/writes.js"

export class ProjectedDisk<Ghost> extends MemoryDisk<Ghost> {
  /**
   * The most unsynced writes that, kept in order, give a recovery with these epochs, this snapshot and this
   * many txns after it; null if no prefix does.
   */
  keptExplaining(r: { readonly acceptedEpoch: number; readonly currentEpoch: number; readonly snapshotZxid: Zxid; readonly logLength: number }): number | null {
    for (let k = this.pending.length; k >= 0; k--) {
      const image = copyImage(this.durable)
      for (let q = 0; q < k; q++) applyWrite(image, this.pending[q]!)
      if (image.acceptedEpoch !== r.acceptedEpoch || image.currentEpoch !== r.currentEpoch || (image.snapshot?.zxid ?? 0) !== r.snapshotZxid) continue
      if (logAfter(image.log, r.snapshotZxid).log.length === r.logLength) return k
    }
    return null
  }

  /** The process dies with the first `kept` unsynced writes on disk, and a torn record after them or not. */
  crashKeeping(kept: number, torn: boolean): void {
    for (let k = 0; k < kept; k++) applyWrite(this.durable, this.pending[k]!)
    this.pending = []
    this.lastWrite = 0
    this.durableThrough = 0
    this.tornOnLastCrash = torn
  }
}
