/**
 * Reads captures of Apache ZooKeeper's inter-server traffic (impl/zookeeper/capture.ts; .gz accepted) and
 * prints, for each: what was decoded (or the undecodable bytes, exit 2), the invariants' verdict through
 * the projection and which were not judged, the model's verdict with the ZooKeeper rules applied, and the
 * coverage table of ZooKeeper's protocol branches; then the table summed over all of them.
 *
 *   npm run build && node dist/bench/zookeeper-capture.js test/fixtures/zookeeper/*.capture.jsonl.gz
 *
 * Exit 0 when every capture decodes, holds and is admitted; 1 on a violation or a rejection; 2 on bytes
 * that do not decode or a file that is not a capture.
 */
import { readFileSync } from "node:fs"
import { gunzipSync } from "node:zlib"
import { judgeZooKeeperCapture } from "../harness/zookeeper-judge.js"
import { CaptureFormatError, readCapture } from "../impl/zookeeper/capture.js"
import { formatDecodeProblems } from "../impl/zookeeper/decode.js"
import { type ZooKeeperCoverage, addCoverage, formatZooKeeperCoverage } from "../impl/zookeeper/protocol-coverage.js"
import { validateZooKeeperTrace } from "../traces/validate-zookeeper.js"

function main(files: ReadonlyArray<string>): number {
  if (files.length === 0) {
    console.error("usage: zookeeper-capture FILE...")
    return 2
  }
  let worst = 0
  let total: ZooKeeperCoverage | null = null
  for (const file of files) {
    let capture
    try {
      const bytes = readFileSync(file)
      capture = readCapture((file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8"))
    } catch (error) {
      console.error(`${file}: ${error instanceof CaptureFormatError ? error.message : String(error)}`)
      return 2
    }
    const started = process.hrtime.bigint()
    const judged = judgeZooKeeperCapture(capture.header, capture.records)
    const { decoded } = judged
    console.log(`${file}: ${capture.header.impl}, ${capture.header.servers} servers, ${capture.records.length} records`)
    if (decoded.problems.length > 0) {
      console.log(formatDecodeProblems(decoded.problems))
      return 2
    }
    console.log(`  decoded ${decoded.messages.length} messages into ${decoded.events.length} events (${decoded.cut} cut short by a close, ${decoded.dropped} chunks dropped, ${decoded.resets} connections reset)`)
    const violation = judged.judgement?.violation ?? null
    console.log(`  invariants: ${violation === null ? "all judged ones held" : `${violation.invariant} violated after event ${violation.eventIndex}: ${violation.message}`}; not judged: ${judged.judgement?.notJudged.join(", ")}`)
    const validation = validateZooKeeperTrace(capture.header.servers, judged.trace.events)
    const rules = [...validation.applied].map(([rule, n]) => `${rule} ${n}`).join(", ")
    if (validation.rejection === null) console.log(`  model: admitted (${[...validation.counts.values()].reduce((a, b) => a + b, 0)} spec steps); rules applied: ${rules}`)
    else console.log(`  model: rejects event ${validation.rejection.index}${validation.rejectedRule === null ? "" : ` (inserted by ${validation.rejectedRule})`}: ${validation.rejection.reason}`)
    console.log(`  judged and validated in ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`)
    if (violation !== null || validation.rejection !== null) worst = Math.max(worst, 1)
    console.log(formatZooKeeperCoverage(judged.coverage).replace(/^/gm, "    "))
    total = total === null ? judged.coverage : addCoverage(total, judged.coverage)
  }
  if (files.length > 1 && total !== null) console.log(`all ${files.length} captures:\n${formatZooKeeperCoverage(total).replace(/^/gm, "    ")}`)
  return worst
}

process.exitCode = main(process.argv.slice(2))
