/**
 * Goal: the file-backed storage keeps what it acknowledged and refuses to serve a damaged history.
 * Method: write through FileStorage in a temporary directory, reopen it (recovery), and between the two
 * damage the files the way crashes and disks do: a torn tail, garbage after the last record, a flipped
 * byte in the middle, a missing segment, a corrupt snapshot. Check what recovery returns or refuses.
 */
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import type { Txn } from "../impl/core/types.js"
import { makeZxid } from "../impl/core/zxid.js"
import { crc32, crc32Fallback } from "../impl/storage/crc32.js"
import { FileStorage, StorageError, encodeSnapshot, encodeSnapshotParts, parseSnapshot } from "../impl/storage/file.js"

const dirs: Array<string> = []

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "zab-storage-"))
  dirs.push(dir)
  return dir
}

function txn(epoch: number, counter: number, data = `d${counter}`): Txn {
  return { zxid: makeZxid(epoch, counter), op: { _tag: "Create", path: `/n${epoch}-${counter}`, data }, origin: 1, request: counter }
}

interface Opened {
  readonly storage: FileStorage
  readonly recovered: Awaited<ReturnType<typeof FileStorage.open>>["recovered"]
  readonly tree: string | null
  readonly warnings: Array<string>
  readonly durable: Array<number>
}

async function open(dir: string, snapRetainCount = 3, segmentMaxBytes?: number, syncOnEventLoop?: () => boolean): Promise<Opened> {
  const warnings: Array<string> = []
  const opened = await FileStorage.open({
    dataDir: dir,
    dataLogDir: dir,
    forceSync: true,
    snapRetainCount,
    ...(segmentMaxBytes === undefined ? {} : { segmentMaxBytes }),
    ...(syncOnEventLoop === undefined ? {} : { syncOnEventLoop }),
    log: { info: () => {}, warn: (event, fields) => void warnings.push(`${event} ${JSON.stringify(fields ?? {})}`) },
  })
  const durable: Array<number> = []
  opened.storage.onDurable = (through) => void durable.push(through)
  opened.storage.onFatal = (error) => {
    throw error
  }
  return { ...opened, warnings, durable }
}

function logDir(dir: string): string {
  return join(dir, "version-2")
}

function segments(dir: string): Array<string> {
  return readdirSync(logDir(dir))
    .filter((n) => n.startsWith("log."))
    .sort((a, b) => Number.parseInt(a.slice(4), 16) - Number.parseInt(b.slice(4), 16))
    .map((n) => join(logDir(dir), n))
}

async function writeTxns(s: FileStorage, txns: ReadonlyArray<Txn>, firstWrite = 1): Promise<void> {
  txns.forEach((t, i) => s.append(firstWrite + i, t))
  s.fsync(firstWrite + txns.length - 1)
  await s.flush()
}

describe("file storage", () => {
  it("recovers what it wrote, with one durability report per group commit", async () => {
    const dir = tempDir()
    const a = await open(dir)
    expect(a.recovered).toEqual({ acceptedEpoch: 0, currentEpoch: 0, snapshotZxid: 0, log: [] })
    const txns = Array.from({ length: 50 }, (_, i) => txn(1, i + 1))
    await writeTxns(a.storage, txns)
    // All 50 appends were issued in one turn: one write, one fdatasync, one report covering the last.
    expect(a.durable).toEqual([50])
    a.storage.writeAcceptedEpoch(51, 2)
    a.storage.writeCurrentEpoch(52, 1)
    await a.storage.flush()
    expect(a.durable).toEqual([50, 52])
    await a.storage.close()
    const b = await open(dir)
    expect(b.recovered.acceptedEpoch).toBe(2)
    expect(b.recovered.currentEpoch).toBe(1)
    expect(b.recovered.log).toEqual(txns)
    expect(b.warnings).toEqual([])
    await b.storage.close()
  })

  it("asks before each group commit where to fdatasync, and reports the same writes durable either way", async () => {
    const dir = tempDir()
    const answers: Array<boolean> = []
    let inline = true
    const a = await open(dir, 3, undefined, () => {
      answers.push(inline)
      return inline
    })
    const txns = Array.from({ length: 6 }, (_, i) => txn(1, i + 1))
    await writeTxns(a.storage, txns.slice(0, 3))
    inline = false
    await writeTxns(a.storage, txns.slice(3), 4)
    // One question per group commit: the first batch synced on the event loop, the second on the pool.
    expect(answers).toEqual([true, false])
    expect(a.durable).toEqual([3, 6])
    await a.storage.close()
    const b = await open(dir)
    expect(b.recovered.log).toEqual(txns)
    await b.storage.close()
  })

  it("refuses epoch files where currentEpoch exceeds acceptedEpoch, or that are not numbers", async () => {
    const dir = tempDir()
    const a = await open(dir)
    await a.storage.close()
    writeFileSync(join(logDir(dir), "acceptedEpoch"), "1")
    writeFileSync(join(logDir(dir), "currentEpoch"), "2")
    await expect(open(dir)).rejects.toThrow(/currentEpoch 2 is above acceptedEpoch 1/)
    writeFileSync(join(logDir(dir), "currentEpoch"), "x1")
    await expect(open(dir)).rejects.toThrow(StorageError)
  })

  it("cuts a torn tail with a warning and keeps everything before it", async () => {
    const dir = tempDir()
    const a = await open(dir)
    const txns = [txn(1, 1), txn(1, 2), txn(1, 3)]
    await writeTxns(a.storage, txns)
    await a.storage.close()
    const [segment] = segments(dir)
    const size = statSync(segment!).size
    truncateSync(segment!, size - 5)
    const b = await open(dir)
    expect(b.recovered.log).toEqual(txns.slice(0, 2))
    expect(b.warnings.join("\n")).toMatch(/log-torn-tail-cut/)
    await b.storage.close()
    // The cut is on disk: the next recovery is clean, and appending continues the chain.
    const c = await open(dir)
    expect(c.warnings).toEqual([])
    await writeTxns(c.storage, [txn(1, 3, "again")])
    await c.storage.close()
    const d = await open(dir)
    expect(d.recovered.log.map((t) => t.op)).toEqual([txns[0]!.op, txns[1]!.op, txn(1, 3, "again").op])
    await d.storage.close()
  })

  it("cuts garbage after the last record; zeros after it are the clean end", async () => {
    for (const [tail, torn] of [[Buffer.from("not a record at all, just noise"), true], [Buffer.alloc(4096), false]] as const) {
      const dir = tempDir()
      const a = await open(dir)
      await writeTxns(a.storage, [txn(1, 1), txn(1, 2)])
      await a.storage.close()
      const [segment] = segments(dir)
      const size = statSync(segment!).size
      appendFileSync(segment!, tail)
      const b = await open(dir)
      expect(b.recovered.log.map((t) => t.zxid)).toEqual([makeZxid(1, 1), makeZxid(1, 2)])
      if (torn) expect(b.warnings.join("\n")).toMatch(/log-torn-tail-cut/)
      else expect(b.warnings).toEqual([])
      expect(statSync(segment!).size).toBe(size)
      await b.storage.close()
    }
  })

  it("preallocates segments with zeros, trims them on close, and recovers a segment left padded by a crash", async () => {
    const dir = tempDir()
    const a = await open(dir)
    const txns = Array.from({ length: 5 }, (_, i) => txn(1, i + 1))
    await writeTxns(a.storage, txns)
    // The process dies with the segment open: its padding stays on disk.
    const [segment] = segments(dir)
    const padded = statSync(segment!).size
    expect(padded).toBeGreaterThanOrEqual(256 * 1024)
    const b = await open(dir)
    expect(b.recovered.log).toEqual(txns)
    expect(b.warnings).toEqual([])
    const used = statSync(segment!).size
    expect(used).toBeLessThan(padded)
    // A write cut inside the padding (half a record, then zeros) is a torn tail.
    await writeTxns(b.storage, [txn(1, 6)], 6)
    const [, second] = segments(dir)
    const bytes = readFileSync(second!)
    let end = bytes.length
    while (end > 0 && bytes[end - 1] === 0) end -= 1
    bytes.writeUInt32BE(300, end) // a record header whose body never made it
    bytes.writeUInt32BE(0xdeadbeef, end + 4)
    writeFileSync(second!, bytes)
    const c = await open(dir)
    expect(c.recovered.log.map((t) => t.zxid)).toEqual([...txns, txn(1, 6)].map((t) => t.zxid))
    expect(c.warnings.join("\n")).toMatch(/log-torn-tail-cut/)
    await c.storage.close()
    await b.storage.close() // only to release its file; its process is the one that "crashed"
  })

  it("stops on a corrupt record in the middle of the log", async () => {
    const dir = tempDir()
    const a = await open(dir)
    await writeTxns(a.storage, [txn(1, 1), txn(1, 2), txn(1, 3)])
    await a.storage.close()
    const [segment] = segments(dir)
    const bytes = readFileSync(segment!)
    bytes[8 + 30] ^= 0xff // inside the first record's body
    writeFileSync(segment!, bytes)
    await expect(open(dir)).rejects.toThrow(/damaged in the middle/)
  })

  it("stops on a corrupt record in an older segment", async () => {
    const dir = tempDir()
    const a = await open(dir)
    await writeTxns(a.storage, [txn(1, 1), txn(1, 2)])
    await a.storage.close()
    const b = await open(dir) // a new process lifetime writes a new segment
    await writeTxns(b.storage, [txn(1, 3)])
    await b.storage.close()
    const [older] = segments(dir)
    const bytes = readFileSync(older!)
    bytes[bytes.length - 3] ^= 0x01
    writeFileSync(older!, bytes)
    await expect(open(dir)).rejects.toThrow(/newer segments follow/)
  })

  it("stops when a segment in the middle is missing (a hole in the chain)", async () => {
    const dir = tempDir()
    for (const batch of [[txn(1, 1)], [txn(1, 2)], [txn(1, 3)]]) {
      const s = await open(dir)
      await writeTxns(s.storage, batch)
      await s.storage.close()
    }
    unlinkSync(segments(dir)[1]!)
    await expect(open(dir)).rejects.toThrow(/hole/)
  })

  it("loads the newest snapshot, replays the log after it, and falls back past a corrupt snapshot", async () => {
    const dir = tempDir()
    const a = await open(dir)
    await writeTxns(a.storage, [txn(1, 1), txn(1, 2)])
    a.storage.takeSnapshot(makeZxid(1, 2), "tree-at-2")
    await writeTxns(a.storage, [txn(1, 3), txn(1, 4)], 3)
    a.storage.takeSnapshot(makeZxid(1, 4), "tree-at-4")
    await writeTxns(a.storage, [txn(1, 5)], 5)
    await a.storage.close()
    const b = await open(dir)
    expect(b.recovered.snapshotZxid).toBe(makeZxid(1, 4))
    expect(b.tree).toBe("tree-at-4")
    expect(b.recovered.log.map((t) => t.zxid)).toEqual([makeZxid(1, 5)])
    await b.storage.close()
    const newest = join(logDir(dir), `snapshot.${makeZxid(1, 4).toString(16)}`)
    const bytes = readFileSync(newest)
    bytes[30] ^= 0xff
    writeFileSync(newest, bytes)
    const c = await open(dir)
    expect(c.recovered.snapshotZxid).toBe(makeZxid(1, 2))
    expect(c.tree).toBe("tree-at-2")
    expect(c.recovered.log.map((t) => t.zxid)).toEqual([makeZxid(1, 3), makeZxid(1, 4), makeZxid(1, 5)])
    expect(c.warnings.join("\n")).toMatch(/snapshot-invalid.*checksum/)
    await c.storage.close()
  })

  it("stops when the log does not follow the snapshot", async () => {
    const dir = tempDir()
    const a = await open(dir)
    await writeTxns(a.storage, [txn(1, 1), txn(1, 2)])
    a.storage.takeSnapshot(makeZxid(1, 1), "tree-at-1")
    await writeTxns(a.storage, [txn(1, 3)], 3)
    await a.storage.close()
    // Lose the segment holding 0x100000002: the log now jumps from the snapshot at ...1 to ...3.
    const [first] = segments(dir)
    unlinkSync(first!)
    await expect(open(dir)).rejects.toThrow(/does not follow the snapshot/)
  })

  it("truncates the log to a zxid, and the chain continues from there", async () => {
    const dir = tempDir()
    const a = await open(dir)
    await writeTxns(a.storage, [txn(1, 1), txn(1, 2), txn(1, 3), txn(1, 4)])
    a.storage.truncate(5, makeZxid(1, 2))
    a.storage.append(6, txn(2, 1))
    a.storage.fsync(6)
    await a.storage.flush()
    await a.storage.close()
    const b = await open(dir)
    expect(b.recovered.log.map((t) => t.zxid)).toEqual([makeZxid(1, 1), makeZxid(1, 2), makeZxid(2, 1)])
    await b.storage.close()
  })

  it("installs a leader's snapshot in place of the log", async () => {
    const dir = tempDir()
    const a = await open(dir)
    await writeTxns(a.storage, [txn(1, 1), txn(1, 2)])
    a.storage.installSnapshot(3, makeZxid(3, 7), "leader-tree")
    a.storage.append(4, txn(3, 8))
    a.storage.fsync(4)
    await a.storage.flush()
    expect(a.durable[a.durable.length - 1]).toBe(4)
    await a.storage.close()
    const b = await open(dir)
    expect(b.recovered.snapshotZxid).toBe(makeZxid(3, 7))
    expect(b.tree).toBe("leader-tree")
    expect(b.recovered.log.map((t) => t.zxid)).toEqual([makeZxid(3, 8)])
    await b.storage.close()
  })

  it("purges old snapshots and the logs only they needed, by count", async () => {
    const dir = tempDir()
    const a = await open(dir, 3)
    let write = 1
    for (let round = 1; round <= 5; round++) {
      const batch = [txn(1, round * 2 - 1), txn(1, round * 2)]
      await writeTxns(a.storage, batch, write)
      write += batch.length
      a.storage.takeSnapshot(makeZxid(1, round * 2), `tree-${round}`)
      await a.storage.flush()
    }
    await writeTxns(a.storage, [txn(1, 11)], write)
    await a.storage.close()
    const snaps = readdirSync(logDir(dir)).filter((n) => n.startsWith("snapshot."))
    expect(snaps.sort()).toEqual([6, 8, 10].map((c) => `snapshot.${makeZxid(1, c).toString(16)}`).sort())
    const b = await open(dir)
    expect(b.recovered.snapshotZxid).toBe(makeZxid(1, 10))
    expect(b.recovered.log.map((t) => t.zxid)).toEqual([makeZxid(1, 11)])
    // Logs for the oldest kept snapshot remain: recovery from it would still work.
    expect(segments(dir).length).toBeLessThan(6)
    await b.storage.close()
  })

  it("rolls segments at the size limit", async () => {
    const dir = tempDir()
    const a = await open(dir, 3, 512)
    const txns = Array.from({ length: 20 }, (_, i) => txn(1, i + 1, "x".repeat(40)))
    for (const [i, t] of txns.entries()) await writeTxns(a.storage, [t], i + 1)
    await a.storage.close()
    expect(segments(dir).length).toBeGreaterThan(3)
    const b = await open(dir)
    expect(b.recovered.log).toEqual(txns)
    await b.storage.close()
  })

  it("snapshot files carry a checksum over everything", () => {
    const file = encodeSnapshot(makeZxid(2, 5), "payload", false)
    expect(parseSnapshot(file)).toEqual({ zxid: makeZxid(2, 5), installed: false, tree: "payload" })
    const damaged = Buffer.from(file)
    damaged[damaged.length - 6] ^= 1
    expect(parseSnapshot(damaged)).toBe("checksum mismatch")
    expect(parseSnapshot(file.subarray(0, 10))).toMatch(/only 10 bytes/)
  })

  it("a snapshot written from chunks is the same file as one written from the whole text", async () => {
    const text = '{"tree":"ü€ and more"}'
    const bytes = Buffer.from(text, "utf8")
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 11), bytes.subarray(11)]
    expect(Buffer.concat(encodeSnapshotParts(makeZxid(1, 2), chunks, false))).toEqual(encodeSnapshot(makeZxid(1, 2), text, false))
    const dir = tempDir()
    const a = await open(dir)
    await writeTxns(a.storage, [txn(1, 1), txn(1, 2)])
    a.storage.takeSnapshot(makeZxid(1, 2), chunks)
    await a.storage.close()
    const b = await open(dir)
    expect(b.recovered.snapshotZxid).toBe(makeZxid(1, 2))
    expect(b.tree).toBe(text)
    await b.storage.close()
  })

  it("the CRC fallback agrees with zlib's", () => {
    const data = Buffer.from("The quick brown fox jumps over the lazy dog")
    expect(crc32Fallback(data)).toBe(0x414fa339)
    expect(crc32(data)).toBe(0x414fa339)
    expect(crc32(data.subarray(10), crc32(data.subarray(0, 10)))).toBe(0x414fa339)
  })

  it("removes a segment that died before its first record, so the next one can take its name", async () => {
    for (const leftover of [Buffer.alloc(0), Buffer.from([0x5a, 0x41, 0x42]), Buffer.from([0x5a, 0x41, 0x42, 0x4c, 0, 0, 0, 1])]) {
      const dir = tempDir()
      const a = await open(dir)
      await writeTxns(a.storage, [txn(1, 1)])
      await a.storage.close()
      writeFileSync(join(logDir(dir), `log.${makeZxid(1, 2).toString(16)}`), leftover)
      const b = await open(dir)
      expect(b.recovered.log.map((t) => t.zxid)).toEqual([makeZxid(1, 1)])
      expect(b.warnings.join("\n")).toMatch(/log-empty-segment-removed/)
      await writeTxns(b.storage, [txn(1, 2)])
      await b.storage.close()
      const c = await open(dir)
      expect(c.recovered.log.map((t) => t.zxid)).toEqual([makeZxid(1, 1), makeZxid(1, 2)])
      await c.storage.close()
    }
  })
})
