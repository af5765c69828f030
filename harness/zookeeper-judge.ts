/**
 * Judging an Apache ZooKeeper run from its capture: decode the bytes the proxy carried (impl/zookeeper/
 * decode.ts) into a trace in the shared format, judge it by the invariants through the one projection
 * (judge.ts), and count the ZooKeeper branches it covered. A capture with undecodable bytes is not judged
 * at all: it is a harness error, so nothing passes on bytes nobody read.
 *
 * What a capture cannot show, and so which invariants are not judged: the writes a client was told had
 * succeeded (`acknowledged`: the client's history is judged by properties/history/, not here) and a server
 * that refused to start (`startFailures`: a JVM that exits says so in its log, not on the wire). Storage
 * writes and fsyncs are not on the wire either: the trace records none, so the projection takes a
 * delivered txn's content from the proposal broadcast at its zxid, and a follower's ACK for the append it
 * stands for (traces/project.ts).
 */
import type { CaptureHeader, CaptureRecord } from "../impl/zookeeper/capture.js"
import { type DecodedCapture, decodeCapture } from "../impl/zookeeper/decode.js"
import { type ZooKeeperCoverage, zookeeperCoverage } from "../impl/zookeeper/protocol-coverage.js"
import { notJudgedWithout } from "../properties/invariants.js"
import type { Trace } from "../traces/jsonl.js"
import { ZOOKEEPER_UNOBSERVED } from "../traces/project.js"
import { TRACE_FORMAT, TRACE_VERSION, type TraceHeader } from "../traces/schema.js"
import { type TraceJudgement, judgeTrace } from "./judge.js"

/** The ghost records a decoded ZooKeeper capture cannot show (the projection's list for target "zookeeper"). */
export { ZOOKEEPER_UNOBSERVED }

/** The invariants a decoded capture leaves unjudged, by name. */
export function zookeeperNotJudged(): ReadonlyArray<string> {
  return notJudgedWithout(ZOOKEEPER_UNOBSERVED)
}

/**
 * The decoded events as a trace in the shared format, target "zookeeper": the decoder writes a Crashed
 * for each SIGKILL from the runner's Process note, and the projection reads what the wire cannot show
 * from ZOOKEEPER_UNOBSERVED.
 */
export function zookeeperTrace(header: CaptureHeader, decoded: DecodedCapture): Trace {
  const traceHeader: TraceHeader = {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    target: "zookeeper",
    seed: null,
    run: null,
    schedule: {
      config: { servers: header.servers, initLimitTicks: 10, syncLimitTicks: 5, counterBits: 32, snapCountTxns: 100_000, bugs: [], livenessTicks: 0 },
      steps: [],
    },
    violated: null,
  }
  return { header: traceHeader, events: decoded.events.map((e) => e.event) }
}

export interface ZooKeeperJudgement {
  readonly decoded: DecodedCapture
  readonly trace: Trace
  /** Null when the capture had undecodable bytes (see decoded.problems): the run is a harness error. */
  readonly judgement: TraceJudgement | null
  readonly coverage: ZooKeeperCoverage
}

export function judgeZooKeeperCapture(header: CaptureHeader, records: ReadonlyArray<CaptureRecord>): ZooKeeperJudgement {
  const decoded = decodeCapture(header, records)
  const trace = zookeeperTrace(header, decoded)
  const judgement = decoded.problems.length > 0 ? null : judgeTrace(trace, null, ZOOKEEPER_UNOBSERVED)
  return { decoded, trace, judgement, coverage: zookeeperCoverage(decoded) }
}
