/**
 * Durable state on real files: the txn log in segments, snapshots of the data tree, and the two epoch files.
 *
 * Layout (ZooKeeper's, so a ZooKeeper user finds their way):
 *   dataLogDir/version-2/log.<hex zxid of the segment's first txn>
 *   dataDir/version-2/snapshot.<hex zxid>, acceptedEpoch, currentEpoch (ASCII decimal)
 *
 * A log segment is an 8-byte header (`ZABL`, format version) followed by records:
 *   u32 bodyLength | u32 crc32(bodyLength bytes + body) | body = u32 zxidHi, u32 zxidLo, u32 prevHi, u32 prevLo, JSON(Txn)
 * `prev` is the zxid the record follows (the previous logged txn, or the snapshot the log restarted after),
 * so recovery can prove the log it replays continues the snapshot it loaded and has no hole.
 *
 * A snapshot file is `ZABS`, format version, zxid (hi, lo), flags, payload length, payload (the data tree
 * serialised by the runtime), then a crc32 of every byte before it.
 *
 * Writes are applied strictly in the order the peer issued them, by one serial worker. Appends are
 * batched: every append queued while the previous fdatasync ran is written with one write and made durable
 * by one fdatasync (group commit); the peer then hears FsyncDone for the last write of the batch. The write
 * itself is synchronous (a copy into the page cache, cheaper than a thread-pool round trip); the
 * fdatasync waits on the disk off the event loop, unless the runtime says its loop has nothing else to do
 * (FileStorageOptions.syncOnEventLoop).
 *
 * Segments are preallocated with written zeros, ahead of the records, as ZooKeeper pads its logs: an
 * fdatasync that has to grow the file also commits the inode and costs a journal commit (measured here:
 * p90 2.5-4 ms appending, 0.12 ms overwriting zeros). A zero length where a record would start is the
 * clean end of a segment, as in ZooKeeper. Padding is trimmed when a segment is closed or recovered. Any other
 * write (an epoch, a truncation, an installed snapshot) first makes the appends before it durable, so an
 * epoch can never be durable while a log append issued before it is not (ZOOKEEPER-4643). Epoch files and
 * snapshots are replaced atomically: temp file, fsync, rename, fsync of the directory.
 *
 * Recovery loads the newest snapshot whose checksum holds and replays the log after it. A torn tail (the
 * last record of the last segment incomplete or failing its checksum, with nothing valid after it) is cut
 * with a warning: it was never fsynced, so it was never acknowledged. Anything else — a bad record with
 * valid records after it, a record in an older segment, a hole in the chain of `prev`, or a log that does
 * not continue the snapshot — is a StorageError: the server stops rather than serve lost data.
 */
import { close, closeSync, fdatasync, fdatasyncSync, fsync, fsyncSync, ftruncateSync, open as openFd, openSync, writeSync } from "node:fs"
import { mkdir, open, readFile, readdir, rename, rm, truncate as truncateFile } from "node:fs/promises"
import { promisify } from "node:util"
import { join } from "node:path"
import { Schema } from "effect"
import { assert } from "../core/assert.js"
import { Txn, type Recovered } from "../core/types.js"
import { type Zxid, formatZxid } from "../core/zxid.js"
import { crc32 } from "./crc32.js"
import { txnJson } from "./txnjson.js"

export class StorageError extends Error {
  override readonly name = "StorageError"
}

export interface StorageLogger {
  readonly info: (event: string, fields?: Readonly<Record<string, string | number | boolean | null>>) => void
  readonly warn: (event: string, fields?: Readonly<Record<string, string | number | boolean | null>>) => void
}

export interface FileStorageOptions {
  readonly dataDir: string
  readonly dataLogDir: string
  /** fdatasync before reporting a write durable; off only for tests that do not crash the machine. */
  readonly forceSync: boolean
  /** Snapshots kept by the purge; logs older than the oldest kept snapshot go too. */
  readonly snapRetainCount: number
  readonly segmentMaxBytes?: number
  readonly log: StorageLogger
  /**
   * How the writer starts a batch once the current turn is over (default: setImmediate). A runtime that
   * batches its socket writes per turn passes one that runs after them, so a leader's PROPOSALs leave
   * before its own log write, as ZooKeeper's leader sends before it logs: the followers' fsyncs then
   * overlap the leader's write instead of waiting for it. Nothing is acknowledged before FsyncDone, so the
   * order of a write and a send in one turn changes no promise.
   */
  readonly startBatch?: (run: () => void) => void
  /**
   * Asked before each group commit's fdatasync: true runs it on the event loop, which then waits for the
   * disk; false (the default) runs it on the thread pool. The pool costs two thread hand-offs per batch
   * (a worker woken to sync, the loop woken when it is done), each a wait for a CPU on a busy machine; the
   * event loop is free meanwhile, which matters only to a server with something else to do in that time.
   */
  readonly syncOnEventLoop?: () => boolean
}

export interface OpenedStorage {
  readonly storage: FileStorage
  readonly recovered: Recovered
  /** The loaded snapshot's payload (the serialised data tree at recovered.snapshotZxid), or null: empty tree. */
  readonly tree: string | null
  /** Whether recovery cut a torn tail off the log. */
  readonly tornTail: boolean
}

export const limits = {
  maxRecordBodyBytes: 64 * 1024 * 1024, // a txn is small; a bigger length is corruption
  maxSnapshotBytes: 1024 * 1024 * 1024,
  defaultSegmentMaxBytes: 64 * 1024 * 1024, // ZooKeeper preallocates log files in 64 MiB steps
  maxBatchRecords: 10_000, // appends written per write call
  maxWritevBuffers: 512, // below IOV_MAX (1024 on Linux)
  preallocMinBytes: 256 * 1024, // the first padding of a segment; each extension doubles it
  preallocMaxBytes: 1024 * 1024, // ZooKeeper pads in 64 MiB steps; small here: the fdatasync after an extension flushes it all
} as const

const fdatasyncAsync = promisify(fdatasync)
const fsyncAsync = promisify(fsync)
const openAsync = promisify(openFd)
const closeAsync = promisify(close)
const ZEROS = Buffer.alloc(1024 * 1024)

const LOG_MAGIC = 0x5a41424c // "ZABL"
const SNAP_MAGIC = 0x5a414253 // "ZABS"
const FORMAT_VERSION = 1
const SEGMENT_HEADER_BYTES = 8
const RECORD_HEADER_BYTES = 8
const RECORD_FIXED_BODY_BYTES = 16
const SNAP_HEADER_BYTES = 24
const SNAP_FLAG_INSTALLED = 1 // written by a SNAP sync: the log restarted after it
const SPAN = 0x1_0000_0000

const decodeTxn = Schema.decodeUnknownResult(Txn)

function hexName(prefix: string, zxid: Zxid): string {
  return `${prefix}.${zxid.toString(16)}`
}

function parseHexName(prefix: string, name: string): Zxid | undefined {
  const m = new RegExp(`^${prefix}\\.([0-9a-f]{1,14})$`).exec(name)
  if (m === null) return undefined
  const value = Number.parseInt(m[1]!, 16)
  return Number.isSafeInteger(value) ? value : undefined
}

export function encodeRecord(txn: Txn, prev: Zxid): Buffer {
  const json = Buffer.from(txnJson(txn), "utf8") // byte for byte the Schema encoding (txnjson.ts)
  const bodyLength = RECORD_FIXED_BODY_BYTES + json.length
  const record = Buffer.allocUnsafe(RECORD_HEADER_BYTES + bodyLength)
  record.writeUInt32BE(bodyLength, 0)
  record.writeUInt32BE(Math.floor(txn.zxid / SPAN), 8)
  record.writeUInt32BE(txn.zxid % SPAN, 12)
  record.writeUInt32BE(Math.floor(prev / SPAN), 16)
  record.writeUInt32BE(prev % SPAN, 20)
  json.copy(record, 24)
  record.writeUInt32BE(recordCrc(record, 0, bodyLength), 4)
  return record
}

function recordCrc(buffer: Buffer, offset: number, bodyLength: number): number {
  const head = crc32(buffer.subarray(offset, offset + 4))
  return crc32(buffer.subarray(offset + RECORD_HEADER_BYTES, offset + RECORD_HEADER_BYTES + bodyLength), head)
}

function segmentHeader(): Buffer {
  const header = Buffer.alloc(SEGMENT_HEADER_BYTES)
  header.writeUInt32BE(LOG_MAGIC, 0)
  header.writeUInt32BE(FORMAT_VERSION, 4)
  return header
}

export interface LogRecord {
  readonly zxid: Zxid
  readonly prev: Zxid
  readonly txn: Txn
  readonly end: number // offset just past the record
}

/** Does a whole, checksum-valid record start at `offset`? */
function validRecordAt(buffer: Buffer, offset: number): boolean {
  if (offset + RECORD_HEADER_BYTES + RECORD_FIXED_BODY_BYTES > buffer.length) return false
  const bodyLength = buffer.readUInt32BE(offset)
  if (bodyLength < RECORD_FIXED_BODY_BYTES || bodyLength > limits.maxRecordBodyBytes) return false
  if (offset + RECORD_HEADER_BYTES + bodyLength > buffer.length) return false
  return recordCrc(buffer, offset, bodyLength) === buffer.readUInt32BE(offset + 4)
}

function allZero(buffer: Buffer, from: number): boolean {
  for (let i = from; i < buffer.length; i++) if (buffer[i] !== 0) return false
  return true
}

export interface ParsedSegment {
  readonly records: ReadonlyArray<LogRecord>
  /** Where a torn tail starts (the file should be cut here), or null if the segment is whole. */
  readonly tornAt: number | null
  /** Where zero padding (preallocated, never written) starts, or null if the segment has none. */
  readonly paddingAt: number | null
}

/**
 * Parse one segment. `last` says whether it is the newest segment, the only place a torn tail can be.
 * Throws StorageError for corruption that a crash cannot explain.
 */
export function parseSegment(name: string, buffer: Buffer, last: boolean): ParsedSegment {
  if (buffer.length < SEGMENT_HEADER_BYTES) {
    if (last) return { records: [], tornAt: 0, paddingAt: null }
    throw new StorageError(`log segment ${name} is shorter than its header (${buffer.length} bytes)`)
  }
  if (buffer.readUInt32BE(0) !== LOG_MAGIC) throw new StorageError(`log segment ${name} does not start with the ZABL magic`)
  const version = buffer.readUInt32BE(4)
  if (version !== FORMAT_VERSION) throw new StorageError(`log segment ${name} has format version ${version}, this server reads ${FORMAT_VERSION}`)
  const records: Array<LogRecord> = []
  let offset = SEGMENT_HEADER_BYTES
  while (offset < buffer.length) {
    if (!validRecordAt(buffer, offset)) {
      // Preallocated zeros where the next record would start: the clean end of the segment, as in ZooKeeper.
      if (allZero(buffer, offset)) return { records, tornAt: null, paddingAt: offset }
      const where = `log segment ${name} at byte ${offset} (after ${records.length} records${records.length > 0 ? `, last ${formatZxid(records[records.length - 1]!.zxid)}` : ""})`
      if (!last) throw new StorageError(`corrupt record in ${where}, and newer segments follow: refusing to serve a log with a hole`)
      for (let p = offset + 1; p + RECORD_HEADER_BYTES + RECORD_FIXED_BODY_BYTES <= buffer.length; p++) {
        if (validRecordAt(buffer, p)) {
          throw new StorageError(`corrupt record in ${where}, followed by a valid record at byte ${p}: the log is damaged in the middle`)
        }
      }
      return { records, tornAt: offset, paddingAt: null }
    }
    const bodyLength = buffer.readUInt32BE(offset)
    const zxid = buffer.readUInt32BE(offset + 8) * SPAN + buffer.readUInt32BE(offset + 12)
    const prev = buffer.readUInt32BE(offset + 16) * SPAN + buffer.readUInt32BE(offset + 20)
    const end = offset + RECORD_HEADER_BYTES + bodyLength
    let json: unknown
    try {
      json = JSON.parse(buffer.toString("utf8", offset + RECORD_HEADER_BYTES + RECORD_FIXED_BODY_BYTES, end))
    } catch (error) {
      throw new StorageError(`log segment ${name} at byte ${offset}: record passes its checksum but is not JSON (${String(error)})`)
    }
    const decoded = decodeTxn(json)
    if (decoded._tag === "Failure") {
      throw new StorageError(`log segment ${name} at byte ${offset}: record passes its checksum but does not decode: ${String(decoded.failure)}`)
    }
    if (decoded.success.zxid !== zxid) throw new StorageError(`log segment ${name} at byte ${offset}: header zxid ${formatZxid(zxid)} differs from the txn's ${formatZxid(decoded.success.zxid)}`)
    records.push({ zxid, prev, txn: decoded.success, end })
    offset = end
  }
  return { records, tornAt: null, paddingAt: null }
}

export function encodeSnapshot(zxid: Zxid, tree: string, installed: boolean): Buffer {
  // One buffer, the text encoded straight into it: a snapshot is megabytes and this runs on the event loop.
  const payloadBytes = Buffer.byteLength(tree, "utf8")
  const file = Buffer.allocUnsafe(SNAP_HEADER_BYTES + payloadBytes + 4)
  file.writeUInt32BE(SNAP_MAGIC, 0)
  file.writeUInt32BE(FORMAT_VERSION, 4)
  file.writeUInt32BE(Math.floor(zxid / SPAN), 8)
  file.writeUInt32BE(zxid % SPAN, 12)
  file.writeUInt32BE(installed ? SNAP_FLAG_INSTALLED : 0, 16)
  file.writeUInt32BE(payloadBytes, 20)
  file.write(tree, SNAP_HEADER_BYTES, "utf8")
  file.writeUInt32BE(crc32(file.subarray(0, SNAP_HEADER_BYTES + payloadBytes)), SNAP_HEADER_BYTES + payloadBytes)
  return file
}

/**
 * The same file as encodeSnapshot, for a tree serialised in pieces (the UTF-8 chunks of the text, in
 * order): header, the chunks as they are, checksum. Nothing of snapshot size is copied or concatenated, so
 * a background snapshot of megabytes never stalls the event loop on one big string or buffer.
 */
export function encodeSnapshotParts(zxid: Zxid, chunks: ReadonlyArray<Buffer>, installed: boolean): Array<Buffer> {
  let payloadBytes = 0
  for (const chunk of chunks) payloadBytes += chunk.length
  const header = Buffer.allocUnsafe(SNAP_HEADER_BYTES)
  header.writeUInt32BE(SNAP_MAGIC, 0)
  header.writeUInt32BE(FORMAT_VERSION, 4)
  header.writeUInt32BE(Math.floor(zxid / SPAN), 8)
  header.writeUInt32BE(zxid % SPAN, 12)
  header.writeUInt32BE(installed ? SNAP_FLAG_INSTALLED : 0, 16)
  header.writeUInt32BE(payloadBytes, 20)
  let crc = crc32(header)
  for (const chunk of chunks) crc = crc32(chunk, crc)
  const tail = Buffer.allocUnsafe(4)
  tail.writeUInt32BE(crc, 0)
  return [header, ...chunks, tail]
}

export interface ParsedSnapshot {
  readonly zxid: Zxid
  readonly installed: boolean
  readonly tree: string
}

/** Returns the snapshot, or a reason it is not valid. */
export function parseSnapshot(buffer: Buffer): ParsedSnapshot | string {
  if (buffer.length < SNAP_HEADER_BYTES + 4) return `only ${buffer.length} bytes`
  if (buffer.readUInt32BE(0) !== SNAP_MAGIC) return "no ZABS magic"
  if (buffer.readUInt32BE(4) !== FORMAT_VERSION) return `format version ${buffer.readUInt32BE(4)}`
  const payloadLength = buffer.readUInt32BE(20)
  if (SNAP_HEADER_BYTES + payloadLength + 4 !== buffer.length) return `length ${payloadLength} does not match the file size ${buffer.length}`
  const stored = buffer.readUInt32BE(SNAP_HEADER_BYTES + payloadLength)
  if (crc32(buffer.subarray(0, SNAP_HEADER_BYTES + payloadLength)) !== stored) return "checksum mismatch"
  return {
    zxid: buffer.readUInt32BE(8) * SPAN + buffer.readUInt32BE(12),
    installed: (buffer.readUInt32BE(16) & SNAP_FLAG_INSTALLED) !== 0,
    tree: buffer.toString("utf8", SNAP_HEADER_BYTES, SNAP_HEADER_BYTES + payloadLength),
  }
}

function parseEpoch(name: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new StorageError(`${name} must hold a decimal epoch, got ${JSON.stringify(text.slice(0, 40))}`)
  return Number(text.trim())
}

async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined
    throw error
  }
}

/** Write all of `data` at `position` (a short write to a regular file is rare, but possible). */
function writeAll(fd: number, data: Buffer, position: number): void {
  let done = 0
  while (done < data.length) done += writeSync(fd, data, done, data.length - done, position + done)
}

function fsyncDirectory(dir: string): void {
  // A directory fsync makes renames, creations and deletions in it durable. Synchronous: it is rare and short.
  const fd = openSync(dir, "r")
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** fsync of a directory or file off the event loop, for the storage worker (a busy disk can take tens of ms). */
async function fsyncPathAsync(path: string, flags: "r" | "r+"): Promise<void> {
  const fd = await openAsync(path, flags)
  try {
    await fsyncAsync(fd)
  } finally {
    await closeAsync(fd)
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, "r+")
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

interface Segment {
  readonly first: Zxid
  readonly path: string
}

interface OpenSegment {
  readonly fd: number
  readonly segment: Segment
  bytes: number // header and records written
  allocated: number // the file's size: records, then zero padding
}

type Op =
  | { readonly kind: "append"; readonly write: number; readonly txn: Txn }
  | { readonly kind: "truncate"; readonly write: number; readonly zxid: Zxid }
  | { readonly kind: "epoch"; readonly write: number; readonly file: "acceptedEpoch" | "currentEpoch"; readonly epoch: number }
  | { readonly kind: "install"; readonly write: number; readonly zxid: Zxid; readonly tree: string }
  | { readonly kind: "roll" }
  | { readonly kind: "purge" }

export class FileStorage {
  /** Called with the highest write number that is now durable. */
  onDurable: (through: number) => void = () => {}
  /** Called once if a disk operation fails: the server can no longer promise durability and must stop. */
  onFatal: (error: Error) => void = () => {}

  private queue: Array<Op> = []
  private running = false
  private closed = false
  private idle: Array<() => void> = []
  private current: OpenSegment | null = null
  private snapshotsInFlight = 0
  private readonly segmentMaxBytes: number

  private constructor(
    private readonly options: FileStorageOptions,
    private readonly logDir: string,
    private readonly snapDir: string,
    private segments: Array<Segment>,
    private lastLogged: Zxid,
  ) {
    this.segmentMaxBytes = options.segmentMaxBytes ?? limits.defaultSegmentMaxBytes
  }

  static async open(options: FileStorageOptions): Promise<OpenedStorage> {
    const snapDir = join(options.dataDir, "version-2")
    const logDir = join(options.dataLogDir, "version-2")
    await mkdir(snapDir, { recursive: true })
    await mkdir(logDir, { recursive: true })

    const acceptedText = await readOptional(join(snapDir, "acceptedEpoch"))
    const currentText = await readOptional(join(snapDir, "currentEpoch"))
    const acceptedEpoch = acceptedText === undefined ? 0 : parseEpoch("acceptedEpoch", acceptedText.toString("utf8"))
    const currentEpoch = currentText === undefined ? 0 : parseEpoch("currentEpoch", currentText.toString("utf8"))
    if (currentEpoch > acceptedEpoch) {
      throw new StorageError(`currentEpoch ${currentEpoch} is above acceptedEpoch ${acceptedEpoch}: the epoch files are inconsistent`)
    }

    // The newest snapshot whose checksum holds; damaged newer ones are reported and skipped.
    const snapNames = (await readdir(snapDir))
      .map((name) => ({ name, zxid: parseHexName("snapshot", name) }))
      .filter((s): s is { name: string; zxid: Zxid } => s.zxid !== undefined)
      .sort((a, b) => b.zxid - a.zxid)
    let snapshot: ParsedSnapshot | null = null
    for (const s of snapNames) {
      const parsed = parseSnapshot(await readFile(join(snapDir, s.name)))
      if (typeof parsed === "string") {
        options.log.warn("snapshot-invalid", { file: s.name, reason: parsed })
        continue
      }
      if (parsed.zxid !== s.zxid) {
        options.log.warn("snapshot-invalid", { file: s.name, reason: `holds zxid ${formatZxid(parsed.zxid)}` })
        continue
      }
      snapshot = parsed
      break
    }
    const snapshotZxid = snapshot?.zxid ?? 0

    const segments: Array<Segment> = (await readdir(logDir))
      .map((name) => ({ name, first: parseHexName("log", name) }))
      .filter((s): s is { name: string; first: Zxid } => s.first !== undefined)
      .sort((a, b) => a.first - b.first)
      .map((s) => ({ first: s.first, path: join(logDir, s.name) }))

    const log: Array<Txn> = []
    let previous: LogRecord | null = null
    let lastLogged = snapshotZxid
    let tornTail = false
    const emptied: Array<Segment> = []
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!
      const name = segment.path.slice(logDir.length + 1)
      const buffer = await readFile(segment.path)
      const parsed = parseSegment(name, buffer, i === segments.length - 1)
      if (parsed.tornAt !== null) {
        tornTail = true
        options.log.warn("log-torn-tail-cut", { file: name, offset: parsed.tornAt, bytes: buffer.length - parsed.tornAt })
        await truncateFile(segment.path, parsed.tornAt)
        fsyncFile(segment.path)
      }
      if (parsed.paddingAt !== null) {
        // Left by a process that died with the segment open. Not a torn write: nothing was lost.
        options.log.info("log-padding-trimmed", { file: name, offset: parsed.paddingAt, bytes: buffer.length - parsed.paddingAt })
        await truncateFile(segment.path, parsed.paddingAt)
        if (options.forceSync) fsyncFile(segment.path)
      }
      if (parsed.records.length === 0) {
        // Created, then the process died before its first record was written: it holds nothing, and a new
        // segment for the same first zxid will need its name.
        options.log.warn("log-empty-segment-removed", { file: name })
        await rm(segment.path, { force: true })
        emptied.push(segment)
        continue
      }
      if (parsed.records[0]!.zxid !== segment.first) {
        throw new StorageError(`log segment ${name} starts with ${formatZxid(parsed.records[0]!.zxid)}, not the zxid in its name`)
      }
      for (const record of parsed.records) {
        if (previous !== null && record.zxid <= previous.zxid) {
          throw new StorageError(`log is not increasing: ${formatZxid(record.zxid)} after ${formatZxid(previous.zxid)} in ${name}`)
        }
        if (record.zxid > snapshotZxid) {
          // The first txn after the snapshot must follow exactly the snapshot's zxid, and every later one
          // the txn before it: anything else is a hole, and replaying across it would serve lost data.
          const expected = log.length === 0 ? snapshotZxid : previous!.zxid
          if (record.prev !== expected) {
            if (log.length === 0) {
              throw new StorageError(
                `the log does not follow the snapshot: the first txn after snapshot ${formatZxid(snapshotZxid)} is ${formatZxid(record.zxid)}, ` +
                  `which follows ${formatZxid(record.prev)}` + (snapshot === null ? " (no valid snapshot was found)" : ""),
              )
            }
            throw new StorageError(`log has a hole: ${formatZxid(record.zxid)} in ${name} follows ${formatZxid(record.prev)}, but the txn before it is ${formatZxid(expected)}`)
          }
          log.push(record.txn)
          lastLogged = record.zxid
        }
        previous = record
      }
    }
    if (emptied.length > 0) fsyncDirectory(logDir)
    const live = segments.filter((segment) => !emptied.includes(segment))
    options.log.info("storage-recovered", {
      acceptedEpoch,
      currentEpoch,
      snapshot: formatZxid(snapshotZxid),
      txnsAfterSnapshot: log.length,
      lastLogged: formatZxid(lastLogged),
      segments: live.length,
    })
    const storage = new FileStorage(options, logDir, snapDir, live, lastLogged)
    return {
      storage,
      recovered: { acceptedEpoch, currentEpoch, snapshotZxid, log },
      tree: snapshot?.tree ?? null,
      tornTail,
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Writes, in the peer's order.

  append(write: number, txn: Txn): void {
    this.enqueue({ kind: "append", write, txn })
  }

  truncate(write: number, zxid: Zxid): void {
    this.enqueue({ kind: "truncate", write, zxid })
  }

  writeAcceptedEpoch(write: number, epoch: number): void {
    this.enqueue({ kind: "epoch", write, file: "acceptedEpoch", epoch })
  }

  writeCurrentEpoch(write: number, epoch: number): void {
    this.enqueue({ kind: "epoch", write, file: "currentEpoch", epoch })
  }

  installSnapshot(write: number, zxid: Zxid, tree: string): void {
    this.enqueue({ kind: "install", write, zxid, tree })
  }

  /** Every write so far will be made durable by the current or next batch; nothing more to do. */
  fsync(_through: number): void {
    this.kick()
  }

  /**
   * Persist `tree` (the data tree with every txn up to `zxid` applied) in the background, then roll the log
   * and purge old snapshots and logs. The caller serialised the tree when the peer asked, so later
   * deliveries do not leak into it.
   */
  takeSnapshot(zxid: Zxid, tree: string | ReadonlyArray<Buffer>): void {
    this.enqueue({ kind: "roll" })
    this.snapshotsInFlight += 1
    void this.writeSnapshotFile(zxid, tree, false)
      .then(() => {
        this.options.log.info("snapshot-written", { zxid: formatZxid(zxid), bytes: typeof tree === "string" ? tree.length : tree.reduce((n, b) => n + b.length, 0) })
        this.enqueue({ kind: "purge" })
      })
      .catch((error: unknown) => this.fail(error))
      .finally(() => {
        this.snapshotsInFlight -= 1
        this.maybeIdle()
      })
  }

  /** Waits until every queued write and background snapshot is done. */
  async flush(): Promise<void> {
    if (!this.running && this.queue.length === 0 && this.snapshotsInFlight === 0) return
    await new Promise<void>((resolve) => this.idle.push(resolve))
  }

  async close(): Promise<void> {
    await this.flush()
    this.closed = true
    this.closeCurrent()
  }

  // -------------------------------------------------------------------------------------------------------
  // The serial worker.

  private enqueue(op: Op): void {
    assert(!this.closed, "storage written after close")
    this.queue.push(op)
    this.kick()
  }

  private kick(): void {
    if (this.running || this.queue.length === 0) return
    this.running = true
    // Start after the current turn so every write the current step issued joins this batch.
    const start = this.options.startBatch ?? setImmediate
    start(() => void this.run())
  }

  private maybeIdle(): void {
    if (this.running || this.queue.length > 0 || this.snapshotsInFlight > 0) return
    const waiting = this.idle
    this.idle = []
    for (const resolve of waiting) resolve()
  }

  private fail(error: unknown): void {
    const e = error instanceof Error ? error : new Error(String(error))
    this.onFatal(e)
  }

  private async run(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue
        this.queue = []
        let lastWrite = 0
        let pending: Array<Buffer> = []
        let pendingBytes = 0
        let unsynced = false
        const writePending = async (): Promise<void> => {
          if (pending.length === 0) return
          const current = this.current ?? (await this.currentSegment(pending))
          const data = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes)
          writeAll(current.fd, data, current.bytes)
          current.bytes += pendingBytes
          this.preallocate(current)
          pending = []
          pendingBytes = 0
          unsynced = true
        }
        const syncLog = async (): Promise<void> => {
          await writePending()
          if (unsynced && this.current !== null && this.options.forceSync) {
            if (this.options.syncOnEventLoop?.() === true) fdatasyncSync(this.current.fd)
            else await fdatasyncAsync(this.current.fd)
          }
          unsynced = false
        }
        for (const op of batch) {
          switch (op.kind) {
            case "append": {
              const record = encodeRecord(op.txn, this.lastLogged)
              this.lastLogged = op.txn.zxid
              if (this.current !== null && this.current.bytes + pendingBytes + record.length > this.segmentMaxBytes && this.current.bytes > SEGMENT_HEADER_BYTES) {
                await syncLog()
                this.closeCurrent()
              }
              pending.push(record)
              pendingBytes += record.length
              if (pending.length >= limits.maxBatchRecords) await writePending()
              lastWrite = op.write
              break
            }
            case "truncate":
              await syncLog()
              await this.truncateLog(op.zxid)
              lastWrite = op.write
              break
            case "epoch":
              await syncLog()
              await this.writeAtomically(op.file, Buffer.from(String(op.epoch), "ascii"))
              lastWrite = op.write
              break
            case "install":
              await syncLog()
              await this.writeSnapshotFile(op.zxid, op.tree, true)
              this.closeCurrent()
              for (const s of this.segments) await rm(s.path, { force: true })
              this.segments = []
              if (this.options.forceSync) await fsyncPathAsync(this.logDir, "r")
              this.lastLogged = op.zxid
              this.options.log.info("snapshot-installed", { zxid: formatZxid(op.zxid), bytes: op.tree.length })
              lastWrite = op.write
              break
            case "roll":
              await syncLog()
              this.closeCurrent()
              break
            case "purge":
              await syncLog()
              await this.purge()
              break
          }
        }
        await syncLog()
        if (lastWrite > 0) this.onDurable(lastWrite)
      }
    } catch (error) {
      this.fail(error)
    } finally {
      this.running = false
      if (this.queue.length > 0 && !this.closed) this.kick()
      else this.maybeIdle()
    }
  }

  private async currentSegment(pending: ReadonlyArray<Buffer>): Promise<OpenSegment> {
    if (this.current !== null) return this.current
    const first = pending[0]!.readUInt32BE(8) * SPAN + pending[0]!.readUInt32BE(12)
    const segment: Segment = { first, path: join(this.logDir, hexName("log", first)) }
    assert(!this.segments.some((s) => s.first === first), "a new log segment never reuses a name")
    const fd = openSync(segment.path, "wx")
    const current: OpenSegment = { fd, segment, bytes: SEGMENT_HEADER_BYTES, allocated: SEGMENT_HEADER_BYTES }
    writeAll(fd, segmentHeader(), 0)
    this.preallocate(current)
    // The new file's directory entry (and its size) must be durable before any record in it is reported durable.
    if (this.options.forceSync) {
      await fsyncAsync(fd)
      await fsyncPathAsync(this.logDir, "r")
    }
    this.segments.push(segment)
    this.current = current
    return current
  }

  /**
   * Keep zeros ahead of the records so that the fdatasync of a group commit overwrites allocated blocks
   * instead of growing the file. The zeros are written before the fdatasync that follows, so the size they
   * give the file is durable with the records.
   */
  private preallocate(current: OpenSegment): void {
    const ahead = Math.min(limits.preallocMaxBytes, Math.max(limits.preallocMinBytes, current.allocated))
    if (current.allocated - current.bytes >= ahead / 4) return
    let from = Math.max(current.bytes, current.allocated)
    const to = Math.min(Math.max(from, this.segmentMaxBytes + limits.preallocMinBytes), current.bytes + ahead)
    while (from < to) {
      const n = Math.min(ZEROS.length, to - from)
      writeAll(current.fd, ZEROS.subarray(0, n), from)
      from += n
    }
    current.allocated = Math.max(current.allocated, to)
  }

  /** Close the open segment, trimming its padding (unsynced: padding that survives a crash reads as the end). */
  private closeCurrent(): void {
    const current = this.current
    if (current === null) return
    this.current = null
    try {
      if (current.allocated > current.bytes) ftruncateSync(current.fd, current.bytes)
    } finally {
      closeSync(current.fd)
    }
  }

  private async truncateLog(zxid: Zxid): Promise<void> {
    this.closeCurrent()
    const keep: Array<Segment> = []
    for (const segment of this.segments) {
      if (segment.first > zxid) {
        await rm(segment.path, { force: true })
        continue
      }
      keep.push(segment)
    }
    const last = keep[keep.length - 1]
    if (last !== undefined) {
      const buffer = await readFile(last.path)
      const parsed = parseSegment(last.path, buffer, true)
      const cut = parsed.records.find((r) => r.zxid > zxid)
      if (cut !== undefined || parsed.tornAt !== null) {
        const index = cut === undefined ? -1 : parsed.records.indexOf(cut)
        const at = index < 0 ? parsed.tornAt! : index === 0 ? SEGMENT_HEADER_BYTES : parsed.records[index - 1]!.end
        await truncateFile(last.path, at)
        if (this.options.forceSync) await fsyncPathAsync(last.path, "r+")
      }
    }
    this.segments = keep
    if (this.options.forceSync) await fsyncPathAsync(this.logDir, "r")
    this.lastLogged = zxid
    this.options.log.info("log-truncated", { zxid: formatZxid(zxid) })
  }

  private async writeAtomically(name: string, content: Buffer | ReadonlyArray<Buffer>): Promise<void> {
    const path = join(this.snapDir, name)
    const temp = `${path}.tmp`
    const handle = await open(temp, "w")
    try {
      if (Buffer.isBuffer(content)) await handle.write(content)
      else {
        for (let i = 0; i < content.length; i += limits.maxWritevBuffers) {
          const group = content.slice(i, i + limits.maxWritevBuffers)
          const expected = group.reduce((n, b) => n + b.length, 0)
          const { bytesWritten } = await handle.writev(group)
          if (bytesWritten !== expected) throw new StorageError(`short write to ${temp}: ${bytesWritten} of ${expected} bytes`)
        }
      }
      if (this.options.forceSync) await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
    if (this.options.forceSync) await fsyncPathAsync(this.snapDir, "r")
  }

  private async writeSnapshotFile(zxid: Zxid, tree: string | ReadonlyArray<Buffer>, installed: boolean): Promise<void> {
    const content = typeof tree === "string" ? encodeSnapshot(zxid, tree, installed) : encodeSnapshotParts(zxid, tree, installed)
    assert((Buffer.isBuffer(content) ? content.length : content.reduce((n, b) => n + b.length, 0)) <= limits.maxSnapshotBytes, "snapshot larger than maxSnapshotBytes")
    await this.writeAtomically(hexName("snapshot", zxid), content)
  }

  /** ZooKeeper's autopurge by count: keep the newest snapRetainCount snapshots and the logs they need. */
  private async purge(): Promise<void> {
    const snaps = (await readdir(this.snapDir))
      .map((name) => ({ name, zxid: parseHexName("snapshot", name) }))
      .filter((s): s is { name: string; zxid: Zxid } => s.zxid !== undefined)
      .sort((a, b) => b.zxid - a.zxid)
    if (snaps.length <= this.options.snapRetainCount) return
    const kept = snaps.slice(0, this.options.snapRetainCount)
    const oldestKept = kept[kept.length - 1]!.zxid
    for (const s of snaps.slice(this.options.snapRetainCount)) await rm(join(this.snapDir, s.name), { force: true })
    // A segment is needed unless the next segment starts at or below the oldest kept snapshot: then every
    // txn in it is inside that snapshot.
    const keep: Array<Segment> = []
    for (let i = 0; i < this.segments.length; i++) {
      const segment = this.segments[i]!
      const next = this.segments[i + 1]
      const isCurrent = this.current !== null && this.current.segment === segment
      if (next !== undefined && next.first <= oldestKept && !isCurrent) {
        await rm(segment.path, { force: true })
        continue
      }
      keep.push(segment)
    }
    const removed = this.segments.length - keep.length
    this.segments = keep
    this.options.log.info("purged", { snapshotsRemoved: snaps.length - kept.length, segmentsRemoved: removed, oldestKept: formatZxid(oldestKept) })
  }

  /** For tests and status: the log segments on disk, oldest first. */
  segmentPaths(): ReadonlyArray<string> {
    return this.segments.map((s) => s.path)
  }

}
