/** A worker thread of `zab check --workers W`: runs its slice of the campaign and reports each run. */
import { parentPort, workerData } from "node:worker_threads"
import { type WorkerMessage, type WorkerRequest, runWorker } from "../harness/campaign.js"

const port = parentPort!
await runWorker(workerData as WorkerRequest, (message: WorkerMessage) => port.postMessage(message))
