/**
 * The log's fdatasync on a thread of its own (FileStorageOptions.syncInWorker): the storage writer posts
 * the log's fd, this thread syncs it and posts back, so the event loop stays free while the disk works.
 */
import { fdatasyncSync } from "node:fs"
import { parentPort } from "node:worker_threads"

export interface SyncRequest {
  readonly id: number
  readonly fd: number
}

export interface SyncReply {
  readonly id: number
  readonly error: string | null
}

const port = parentPort
if (port === null) throw new Error("sync-worker runs as a worker thread")
port.on("message", (request: SyncRequest) => {
  let error: string | null = null
  try {
    fdatasyncSync(request.fd)
  } catch (e) {
    error = e instanceof Error ? e.message : String(e)
  }
  const reply: SyncReply = { id: request.id, error }
  port.postMessage(reply)
})
