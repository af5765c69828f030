/**
 * zoo.cfg: read, validate, and turn into the server's configuration.
 *
 * The keys are ZooKeeper's (tickTime, initLimit, syncLimit, dataDir, dataLogDir, clientPort,
 * clientPortAddress, server.N=host:quorumPort:electionPort, snapCount, autopurge.snapRetainCount, forceSync)
 * so a ZooKeeper user is at home. Keys ZooKeeper knows but this server does not use are accepted silently;
 * keys neither knows are warned about; a missing or contradictory key is a ConfigError, which the `server`
 * command turns into exit 2. Relative directories are resolved against the directory of the config file.
 *
 * Only loopback addresses are accepted: this runtime is a test bed, and binding anything else would expose
 * an unauthenticated protocol.
 */
import { readFileSync } from "node:fs"
import { dirname, isAbsolute, join, resolve } from "node:path"
import { type PeerConfig, defaultQueueLimits } from "../core/types.js"

export class ConfigError extends Error {
  override readonly name = "ConfigError"
}

export interface ServerAddress {
  readonly id: number
  readonly host: string
  readonly quorumPort: number
  readonly electionPort: number
}

export interface ZooConfig {
  readonly tickTimeMs: number
  readonly initLimit: number // in tickTime units, as in zoo.cfg
  readonly syncLimit: number
  readonly dataDir: string
  readonly dataLogDir: string
  readonly clientPort: number
  readonly clientPortAddress: string
  readonly servers: ReadonlyArray<ServerAddress> // ascending by id
  readonly snapCount: number // txns delivered between snapshots
  readonly snapRetainCount: number // snapshots (and the logs they need) kept by the purge
  readonly forceSync: boolean // fdatasync before a txn is acknowledged
  readonly traceFile: string | null // zab.traceFile: per-process trace (JSONL); null for none
  readonly bugs: ReadonlyArray<string> // zab.bugs: comma-separated names from impl/bugs.ts
  /**
   * zab.initLimitTicks / zab.syncLimitTicks: the limits in peer ticks, overriding initLimit and syncLimit
   * (which count whole tickTimes), for runs that replay a simulator schedule's configuration.
   */
  readonly initLimitTicks: number | null
  readonly syncLimitTicks: number | null
  readonly counterBits: number // zab.counterBits: the leader forces a new epoch at 2^bits - 1 (default 32)
  /** 4lw.commands.whitelist: the four-letter words answered ("*" for all); ZooKeeper's default is srvr. */
  readonly fourLetterWhitelist: ReadonlySet<string>
  /** zab.electionTickMs: the peer's tick while it is looking (see lookingTickMs); default 50. */
  readonly electionTickMs: number
}

export interface ParsedConfig {
  readonly config: ZooConfig
  readonly warnings: ReadonlyArray<string>
}

/**
 * How the runtime turns zoo.cfg's tickTime into the peer's Tick input. ZooKeeper's timers are in
 * tickTime units, but it notices a dead leader at once from the closed socket and waits only 200 ms
 * (finalizeWait) to settle an election. The peer decides an election on the tick after it sees a quorum,
 * so a tick of tickTime would make failover take seconds. The runtime therefore ticks the peer
 * `ticksPerTickTime` times per tickTime and scales initLimit and syncLimit by the same factor: the
 * timeouts keep ZooKeeper's meaning in milliseconds, and with tickTime=2000 one peer tick is 200 ms,
 * ZooKeeper's finalizeWait.
 */
export const ticksPerTickTime = 10

export function peerTickMs(config: ZooConfig): number {
  return config.tickTimeMs / ticksPerTickTime
}

/**
 * The peer's tick while it is looking. A looking peer uses ticks for nothing but its election: it resends
 * its vote on a tick, and decides on the first tick after a quorum agrees with it (its finalize wait). So
 * this tick paces failover: a lost or early vote waits for a resend, and each peer then waits for its own
 * next tick. ZooKeeper waits a fixed 200 ms (finalizeWait) and resends after 200 ms at first, doubling the
 * wait while nobody answers; zab ticks a looking peer every zab.electionTickMs (default 50, never slower
 * than the peer's usual tick) for the first tickTime of an election, and at the usual tick after that, so
 * an election nobody can win (a lone server) resends no more often than before. No timeout is counted
 * while looking, so initLimit and syncLimit keep their meaning in milliseconds.
 */
export function lookingTickMs(config: ZooConfig): number {
  return Math.min(config.electionTickMs, peerTickMs(config))
}

/** The delay to the peer's next tick: `lookingForMs` is how long it has been looking, null when it is not. */
export function nextTickMs(config: ZooConfig, lookingForMs: number | null): number {
  return lookingForMs !== null && lookingForMs < config.tickTimeMs ? lookingTickMs(config) : peerTickMs(config)
}

/** The peer configuration this server runs `impl/core` with. */
export function peerConfig(config: ZooConfig, myId: number): PeerConfig {
  return {
    myId,
    servers: config.servers.map((s) => s.id),
    initLimitTicks: config.initLimitTicks ?? config.initLimit * ticksPerTickTime,
    syncLimitTicks: config.syncLimitTicks ?? config.syncLimit * ticksPerTickTime,
    counterBits: config.counterBits,
    snapCountTxns: config.snapCount,
    ...defaultQueueLimits,
    bugs: new Set(config.bugs),
  }
}

/** Keys this server reads. */
const usedKeys = new Set([
  "tickTime",
  "initLimit",
  "syncLimit",
  "dataDir",
  "dataLogDir",
  "clientPort",
  "clientPortAddress",
  "snapCount",
  "autopurge.snapRetainCount",
  "forceSync",
  "zab.traceFile",
  "zab.bugs",
  "zab.initLimitTicks",
  "zab.syncLimitTicks",
  "zab.counterBits",
  "zab.electionTickMs",
  "4lw.commands.whitelist",
])

/** ZooKeeper keys that mean nothing here but are not mistakes in a ZooKeeper user's file. */
const toleratedKeys = new Set([
  "maxClientCnxns",
  "autopurge.purgeInterval",
  "admin.enableServer",
  "admin.serverPort",
  "standaloneEnabled",
  "reconfigEnabled",
  "electionAlg",
  "minSessionTimeout",
  "maxSessionTimeout",
  "globalOutstandingLimit",
  "preAllocSize",
  "jute.maxbuffer",
  "quorumListenOnAllIPs",
  "syncEnabled",
  "metricsProvider.className",
  "initialConfig",
])

const loopbackHosts = new Set(["127.0.0.1", "localhost", "::1"])

function normaliseHost(host: string): string {
  return host === "localhost" ? "127.0.0.1" : host
}

function intValue(key: string, raw: string, line: number, min: number, max: number): number {
  if (!/^-?\d+$/.test(raw)) throw new ConfigError(`line ${line}: ${key} must be an integer, got ${JSON.stringify(raw)}`)
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`line ${line}: ${key} must be between ${min} and ${max}, got ${raw}`)
  }
  return value
}

function port(key: string, raw: string, line: number): number {
  return intValue(key, raw, line, 1, 65535)
}

function parseServerLine(key: string, value: string, line: number): ServerAddress {
  const idText = key.slice("server.".length)
  const id = intValue(key, idText, line, 1, 255)
  // host:quorumPort:electionPort[:participant][;clientAddress] — the client part is ignored (clientPort rules).
  const [addresses] = value.split(";")
  const parts = (addresses ?? "").split(":")
  if (parts.length < 3 || parts.length > 4) {
    throw new ConfigError(`line ${line}: ${key} must be host:quorumPort:electionPort, got ${JSON.stringify(value)}`)
  }
  const [host, quorum, election, role] = parts as [string, string, string, string | undefined]
  if (role !== undefined && role !== "participant") {
    throw new ConfigError(`line ${line}: ${key}: only participants are supported, got role ${JSON.stringify(role)}`)
  }
  if (!loopbackHosts.has(host)) throw new ConfigError(`line ${line}: ${key}: host ${JSON.stringify(host)} is not a loopback address (127.0.0.1)`)
  return { id, host: normaliseHost(host), quorumPort: port(`${key} quorum port`, quorum, line), electionPort: port(`${key} election port`, election, line) }
}

/** Parse zoo.cfg text. `baseDir` resolves relative directories. Throws ConfigError naming the line. */
export function parseZooConfig(text: string, baseDir: string): ParsedConfig {
  const warnings: Array<string> = []
  const values = new Map<string, { value: string; line: number }>()
  const servers: Array<ServerAddress> = []
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = index + 1
    const trimmed = rawLine.trim()
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("!")) return
    const eq = trimmed.indexOf("=")
    if (eq <= 0) throw new ConfigError(`line ${line}: expected key=value, got ${JSON.stringify(trimmed)}`)
    const key = trimmed.slice(0, eq).trim()
    const value = trimmed.slice(eq + 1).trim()
    if (key.startsWith("server.")) {
      servers.push(parseServerLine(key, value, line))
      return
    }
    if (values.has(key)) throw new ConfigError(`line ${line}: ${key} is set twice (first on line ${values.get(key)!.line})`)
    values.set(key, { value, line })
    if (!usedKeys.has(key) && !toleratedKeys.has(key) && !key.startsWith("group.") && !key.startsWith("weight.")) {
      warnings.push(`line ${line}: unknown key ${key} (ignored)`)
    }
  })
  const get = (key: string): { value: string; line: number } | undefined => values.get(key)
  const required = (key: string): { value: string; line: number } => {
    const entry = get(key)
    if (entry === undefined) throw new ConfigError(`${key} is not set`)
    return entry
  }
  const intKey = (key: string, min: number, max: number, fallback?: number): number => {
    const entry = fallback === undefined ? required(key) : get(key)
    if (entry === undefined) return fallback!
    return intValue(key, entry.value, entry.line, min, max)
  }
  const dir = (raw: string): string => (isAbsolute(raw) ? raw : resolve(baseDir, raw))

  const tickTimeMs = intKey("tickTime", 10, 60_000)
  const initLimit = intKey("initLimit", 1, 1_000)
  const syncLimit = intKey("syncLimit", 1, 1_000)
  const dataDirEntry = required("dataDir")
  if (dataDirEntry.value === "") throw new ConfigError(`line ${dataDirEntry.line}: dataDir is empty`)
  const dataDir = dir(dataDirEntry.value)
  const dataLogDirEntry = get("dataLogDir")
  const dataLogDir = dataLogDirEntry === undefined || dataLogDirEntry.value === "" ? dataDir : dir(dataLogDirEntry.value)
  const clientPortEntry = required("clientPort")
  const clientPort = port("clientPort", clientPortEntry.value, clientPortEntry.line)
  const clientPortAddress = normaliseHost(get("clientPortAddress")?.value ?? "127.0.0.1")
  if (!loopbackHosts.has(clientPortAddress)) {
    throw new ConfigError(`clientPortAddress ${JSON.stringify(clientPortAddress)} is not a loopback address (127.0.0.1)`)
  }
  const snapCount = intKey("snapCount", 1, 100_000_000, 100_000) // ZooKeeper's default
  const snapRetainCount = intKey("autopurge.snapRetainCount", 3, 1_000, 3)
  const forceSyncRaw = get("forceSync")?.value ?? "yes"
  if (forceSyncRaw !== "yes" && forceSyncRaw !== "no") throw new ConfigError(`forceSync must be yes or no, got ${JSON.stringify(forceSyncRaw)}`)
  const traceRaw = get("zab.traceFile")?.value
  const traceFile = traceRaw === undefined || traceRaw === "" ? null : dir(traceRaw)
  const initLimitTicks = get("zab.initLimitTicks") === undefined ? null : intKey("zab.initLimitTicks", 1, 1_000_000)
  const syncLimitTicks = get("zab.syncLimitTicks") === undefined ? null : intKey("zab.syncLimitTicks", 1, 1_000_000)
  const counterBits = intKey("zab.counterBits", 1, 32, 32)
  const electionTickMs = intKey("zab.electionTickMs", 1, 60_000, 50)
  const bugs = (get("zab.bugs")?.value ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "")
  const fourLetterWhitelist = new Set((get("4lw.commands.whitelist")?.value ?? "srvr").split(",").map((s) => s.trim()).filter((s) => s !== ""))

  if (servers.length === 0) throw new ConfigError("no server.N lines: list every member of the ensemble (server.1=127.0.0.1:2888:3888)")
  servers.sort((a, b) => a.id - b.id)
  const endpoints = new Map<string, string>()
  const claim = (endpoint: string, owner: string): void => {
    const previous = endpoints.get(endpoint)
    if (previous !== undefined) throw new ConfigError(`${owner} uses ${endpoint}, already used by ${previous}`)
    endpoints.set(endpoint, owner)
  }
  for (let i = 0; i < servers.length; i++) {
    const s = servers[i]!
    if (i > 0 && servers[i - 1]!.id === s.id) throw new ConfigError(`server.${s.id} is listed twice`)
    claim(`${s.host}:${s.quorumPort}`, `server.${s.id} quorum port`)
    claim(`${s.host}:${s.electionPort}`, `server.${s.id} election port`)
  }
  return {
    config: { tickTimeMs, initLimit, syncLimit, dataDir, dataLogDir, clientPort, clientPortAddress, servers, snapCount, snapRetainCount, forceSync: forceSyncRaw === "yes", traceFile, bugs, initLimitTicks, syncLimitTicks, counterBits, fourLetterWhitelist, electionTickMs },
    warnings,
  }
}

export function readZooConfig(path: string): ParsedConfig {
  let text: string
  try {
    text = readFileSync(path, "utf8")
  } catch (error) {
    throw new ConfigError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    return parseZooConfig(text, dirname(resolve(path)))
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${path}: ${error.message}`)
    throw error
  }
}

/**
 * The server id: `--myid` if given, else `dataDir/myid` as in ZooKeeper. Both given and different is a
 * contradiction; the id must be one of the servers.
 */
export function resolveMyId(config: ZooConfig, flag: number | undefined): number {
  let fromFile: number | undefined
  const path = join(config.dataDir, "myid")
  let text: string | undefined
  try {
    text = readFileSync(path, "utf8")
  } catch {
    text = undefined
  }
  if (text !== undefined) {
    const trimmed = text.trim()
    if (!/^\d+$/.test(trimmed)) throw new ConfigError(`${path} must hold a server id, got ${JSON.stringify(trimmed)}`)
    fromFile = Number(trimmed)
  }
  if (flag !== undefined && fromFile !== undefined && flag !== fromFile) {
    throw new ConfigError(`--myid ${flag} contradicts ${path} (${fromFile})`)
  }
  const myId = flag ?? fromFile
  if (myId === undefined) throw new ConfigError(`no server id: pass --myid N or write it to ${path}`)
  const me = config.servers.find((s) => s.id === myId)
  if (me === undefined) throw new ConfigError(`server id ${myId} is not one of the servers (${config.servers.map((s) => s.id).join(", ")})`)
  const clash = config.servers.find((s) => s.host === config.clientPortAddress && (s.quorumPort === config.clientPort || s.electionPort === config.clientPort))
  if (clash !== undefined && clash.id === myId) {
    throw new ConfigError(`clientPort ${config.clientPort} is also server.${clash.id}'s quorum or election port`)
  }
  return myId
}
