/** A worker thread of `zab check --workers W`: runs its slice of the campaign and reports each run. */
import { parentPort, workerData } from "node:worker_threads"
import { type WorkerMessage, type WorkerRequest, runInOrder } from "./commands/check.js"

const request = workerData as WorkerRequest
const port = parentPort!
const lowestFailure = new Int32Array(request.lowestFailure)
runInOrder(
  request.options,
  request.runs,
  (report) => {
    const message: WorkerMessage = { type: "run", run: report.run, stepsTaken: report.stepsTaken, coverage: [...report.coverage], failure: report.failure }
    port.postMessage(message)
  },
  () => Atomics.load(lowestFailure, 0),
)
port.postMessage({ type: "done" } satisfies WorkerMessage)
