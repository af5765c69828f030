/**
 * Local ensembles on loopback: lay out a directory, pick free ports, start each server as its own process
 * (detached, in its own process group, so it outlives the command that started it), and kill, pause,
 * restart, query and stop them. Used by `zab cluster`, the real-cluster tests and the bench.
 *
 * Layout of a cluster directory D:
 *   D/cluster.json        ports, pids of record, options
 *   D/n<i>/zoo.cfg        this server's view: itself at its real ports, every peer at a proxy port (or real)
 *   D/n<i>/data/myid      and data/version-2/ (log, snapshots, epochs)
 *   D/n<i>/server.log     structured log (stderr), D/n<i>/trace.jsonl the process trace
 *   D/proxy.log           the fault proxy's log (when the proxy is on)
 *
 * Every process this module spawns is remembered; tests call killSpawnedOnExit() so that if the test process
 * exits while they run, an exit hook kills their process groups and a failing test cannot leave servers behind.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { fourLetterWord } from "../client/client.js"
import { freePorts } from "./ports.js"
import { type ProxyCommand, type Route, proxyRequest } from "./proxy.js"

export interface ClusterOptions {
  readonly servers: number
  readonly proxy: boolean
  readonly tickTimeMs: number
  readonly initLimit: number
  readonly syncLimit: number
  readonly snapCount: number
  readonly forceSync: boolean
  readonly trace: boolean
  readonly logLevel: "debug" | "info" | "warn"
  /** Named bugs (impl/bugs.ts) every server runs with; empty for a correct cluster. */
  readonly bugs: ReadonlyArray<string>
  readonly counterBits: number
  /** Limits in peer ticks, overriding initLimit / syncLimit (for replaying a simulator configuration). */
  readonly initLimitTicks: number | null
  readonly syncLimitTicks: number | null
}

export const defaultClusterOptions: ClusterOptions = {
  servers: 3,
  proxy: true,
  tickTimeMs: 2_000,
  initLimit: 10,
  syncLimit: 5,
  snapCount: 100_000, // ZooKeeper's default
  forceSync: true,
  trace: true,
  logLevel: "info",
  bugs: [],
  counterBits: 32,
  initLimitTicks: null,
  syncLimitTicks: null,
}

export interface ServerPorts {
  readonly id: number
  readonly clientPort: number
  readonly quorumPort: number
  readonly electionPort: number
}

export interface ClusterLayout {
  readonly format: "zab-cluster"
  readonly version: 1
  readonly options: ClusterOptions
  readonly servers: ReadonlyArray<ServerPorts>
  readonly proxy: { readonly controlPort: number; readonly routes: ReadonlyArray<Route> } | null
}

export type ServerMode = "looking" | "following" | "leading" | "down"

export interface ServerState {
  readonly id: number
  readonly mode: ServerMode
  readonly epoch: number
  readonly zxid: string
  readonly serving: boolean
  readonly pid: number | null
}

export class ClusterError extends Error {
  override readonly name = "ClusterError"
}

const HOST = "127.0.0.1"

// ---------------------------------------------------------------------------------------------------------
// Processes.

const spawned = new Set<number>()
let exitHookInstalled = false

/** Environment variable naming a process whose death should stop a spawned server or proxy. */
export const PARENT_ENV = "ZAB_STOP_WITH_PID"

/**
 * If PARENT_ENV names a process, stop (by calling `stop`) once it is gone. Polled every `everyMs`; the
 * timer does not keep the process alive.
 */
export function stopWithParent(stop: () => void, everyMs = 500): void {
  const raw = process.env[PARENT_ENV]
  if (raw === undefined || !/^\d+$/.test(raw)) return
  const pid = Number(raw)
  const timer = setInterval(() => {
    if (alive(pid)) return
    clearInterval(timer)
    stop()
  }, everyMs)
  timer.unref()
}

/**
 * Kill every process this process spawned when it exits, however it exits. Tests and the bench call this;
 * the `zab cluster` command does not, because its servers must outlive it.
 */
export function killSpawnedOnExit(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on("exit", () => {
    for (const pid of spawned) {
      try {
        process.kill(-pid, "SIGKILL")
      } catch {
        // Already gone.
      }
    }
  })
}

/** The compiled entry point: spawned servers run JS from dist/, whether this module runs from dist or source. */
export function zabEntry(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "dist", "bin", "zab.js")
    dir = dirname(dir)
  }
  throw new ClusterError("cannot find the project root (package.json) above this module")
}

/** Environment variable with extra node flags for spawned processes, e.g. `--cpu-prof --cpu-prof-dir=D` to profile servers. */
export const NODE_ARGS_ENV = "ZAB_SERVER_NODE_ARGS"

function serverNodeArgs(): Array<string> {
  const raw = process.env[NODE_ARGS_ENV]
  return raw === undefined ? [] : raw.split(/\s+/).filter((a) => a.length > 0)
}

export function spawnDetached(args: ReadonlyArray<string>, logPath: string, cwd: string): number {
  // Processes of a test or bench also watch this process: if it dies without running its exit hook (a
  // SIGKILLed test runner), they stop by themselves. `zab cluster` leaves them independent.
  const env = exitHookInstalled ? { ...process.env, [PARENT_ENV]: String(process.pid) } : process.env
  return spawnTracked(process.execPath, [...serverNodeArgs(), zabEntry(), ...args], logPath, cwd, env)
}

/**
 * Start `executable` detached (its own process group, stdout and stderr appended to `logPath`) and remember
 * it, so killSpawnedOnExit and killAllSpawned cover it: a zab server, the proxy, or another runtime's
 * server process (impl/zookeeper runs Apache ZooKeeper's JVMs through this).
 */
export function spawnTracked(executable: string, args: ReadonlyArray<string>, logPath: string, cwd: string, env: NodeJS.ProcessEnv = process.env): number {
  const fd = openSync(logPath, "a")
  let child: ChildProcess
  try {
    child = spawn(executable, args, { cwd, detached: true, stdio: ["ignore", fd, fd], env })
  } finally {
    closeSync(fd)
  }
  // A missing executable is reported asynchronously; without a listener it would crash the process.
  child.on("error", () => {})
  if (child.pid === undefined) throw new ClusterError(`could not spawn ${executable} ${args.join(" ")}`)
  const pid = child.pid
  spawned.add(pid)
  child.once("exit", () => spawned.delete(pid))
  child.unref()
  return pid
}

/**
 * SIGKILL every process this process spawned, synchronously (for a SIGINT handler that must not leave a
 * half-started ensemble behind).
 */
export function killSpawnedNow(): void {
  for (const pid of spawned) signalGroup(pid, "SIGCONT")
  for (const pid of spawned) signalGroup(pid, "SIGKILL")
}

/** Whether killSpawnedOnExit was called: spawned processes then watch this one (PARENT_ENV). */
export function stoppingSpawnedOnExit(): boolean {
  return exitHookInstalled
}

/** Is `pid` a live process (not a zombie)? */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3)
    return state !== "Z" && state !== "X"
  } catch {
    return true // no procfs: trust kill(0)
  }
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms))
}

export async function waitGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!alive(pid)) return true
    await sleep(10)
  }
  return !alive(pid)
}

export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    try {
      process.kill(pid, signal)
    } catch {
      // Already gone.
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Layout.

export { freePort, freePorts } from "./ports.js"

export function clusterDir(dir: string, id: number): string {
  return serverDir(resolve(dir), id)
}

export function readLayout(dir: string): ClusterLayout {
  const path = join(dir, "cluster.json")
  let text: string
  try {
    text = readFileSync(path, "utf8")
  } catch {
    throw new ClusterError(`no cluster in ${dir} (${path} is missing): run \`zab cluster start --dir ${dir}\` first`)
  }
  const layout = JSON.parse(text) as ClusterLayout
  if (layout.format !== "zab-cluster" || layout.version !== 1) throw new ClusterError(`${path} is not a zab cluster layout`)
  return layout
}

function serverDir(dir: string, id: number): string {
  return join(dir, `n${id}`)
}

function pidFile(dir: string, id: number): string {
  return join(serverDir(dir, id), "pid")
}

export function readPid(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, "utf8").trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

export function serverPid(dir: string, id: number): number | null {
  const pid = readPid(pidFile(dir, id))
  return pid !== null && alive(pid) ? pid : null
}

function zooCfg(layout: ClusterLayout, id: number): string {
  const o = layout.options
  const me = layout.servers.find((s) => s.id === id)!
  const lines = [
    "# Written by zab cluster start. Peers are listed at their proxy ports when the fault proxy is on.",
    `tickTime=${o.tickTimeMs}`,
    `initLimit=${o.initLimit}`,
    `syncLimit=${o.syncLimit}`,
    "dataDir=data",
    `clientPort=${me.clientPort}`,
    "clientPortAddress=127.0.0.1",
    `snapCount=${o.snapCount}`,
    `forceSync=${o.forceSync ? "yes" : "no"}`,
  ]
  if (o.trace) lines.push("zab.traceFile=trace.jsonl")
  if (o.bugs.length > 0) lines.push(`zab.bugs=${o.bugs.join(",")}`)
  if (o.counterBits !== 32) lines.push(`zab.counterBits=${o.counterBits}`)
  if (o.initLimitTicks !== null) lines.push(`zab.initLimitTicks=${o.initLimitTicks}`)
  if (o.syncLimitTicks !== null) lines.push(`zab.syncLimitTicks=${o.syncLimitTicks}`)
  for (const s of layout.servers) {
    let quorum = s.quorumPort
    let election = s.electionPort
    if (layout.proxy !== null && s.id !== id) {
      quorum = layout.proxy.routes.find((r) => r.from === id && r.to === s.id && r.channel === "quorum")!.listenPort
      election = layout.proxy.routes.find((r) => r.from === id && r.to === s.id && r.channel === "election")!.listenPort
    }
    lines.push(`server.${s.id}=${HOST}:${quorum}:${election}`)
  }
  return lines.join("\n") + "\n"
}

// ---------------------------------------------------------------------------------------------------------
// Operations.

/**
 * Lay out `dir`, start the proxy and every server, and wait until a leader serves and every server has
 * joined it (so that killing any one server of three leaves a quorum). Returns the leader's id.
 */
export async function startCluster(dir: string, partial: Partial<ClusterOptions> = {}, waitMs = 20_000): Promise<number> {
  const options: ClusterOptions = { ...defaultClusterOptions, ...partial }
  if (!Number.isInteger(options.servers) || options.servers < 1 || options.servers > 9) throw new ClusterError("--servers must be 1..9")
  dir = resolve(dir)
  if (existsSync(join(dir, "cluster.json"))) {
    const running = readLayout(dir).servers.filter((s) => serverPid(dir, s.id) !== null)
    if (running.length > 0) throw new ClusterError(`a cluster is already running in ${dir} (servers ${running.map((s) => s.id).join(", ")}); stop it first`)
  }
  mkdirSync(dir, { recursive: true })
  const n = options.servers
  const pairs = options.proxy ? n * (n - 1) * 2 : 0
  const ports = await freePorts(n * 3 + pairs + (options.proxy ? 1 : 0))
  const take = (): number => ports.shift()!
  const servers: Array<ServerPorts> = []
  for (let id = 1; id <= n; id++) servers.push({ id, clientPort: take(), quorumPort: take(), electionPort: take() })
  let proxy: ClusterLayout["proxy"] = null
  if (options.proxy) {
    const routes: Array<Route> = []
    for (const a of servers) {
      for (const b of servers) {
        if (a.id === b.id) continue
        routes.push({ from: a.id, to: b.id, channel: "quorum", listenPort: take(), targetPort: b.quorumPort })
        routes.push({ from: a.id, to: b.id, channel: "election", listenPort: take(), targetPort: b.electionPort })
      }
    }
    proxy = { controlPort: take(), routes }
  }
  const layout: ClusterLayout = { format: "zab-cluster", version: 1, options, servers, proxy }
  writeFileSync(join(dir, "cluster.json"), JSON.stringify(layout, null, 2) + "\n")
  for (const s of servers) {
    mkdirSync(join(serverDir(dir, s.id), "data"), { recursive: true })
    writeFileSync(join(serverDir(dir, s.id), "zoo.cfg"), zooCfg(layout, s.id))
    writeFileSync(join(serverDir(dir, s.id), "data", "myid"), `${s.id}\n`)
  }
  if (proxy !== null) {
    const pid = spawnDetached(["cluster", "proxy", "--dir", dir], join(dir, "proxy.log"), dir)
    writeFileSync(join(dir, "proxy.pid"), `${pid}\n`)
    await waitFor(async () => {
      try {
        await proxyRequest(proxy.controlPort, { cmd: "status" }, 500)
        return true
      } catch {
        return false
      }
    }, 10_000, "the fault proxy did not come up")
  }
  for (const s of servers) startServerProcess(dir, layout, s.id)
  const deadline = Date.now() + waitMs
  await waitForLeader(dir, waitMs)
  for (const s of servers) await waitForServing(dir, s.id, Math.max(1_000, deadline - Date.now()))
  return await waitForLeader(dir, Math.max(1_000, deadline - Date.now()))
}

function startServerProcess(dir: string, layout: ClusterLayout, id: number): number {
  const args = ["server", "--config", "zoo.cfg", "--log-level", layout.options.logLevel]
  const pid = spawnDetached(args, join(serverDir(dir, id), "server.log"), serverDir(dir, id))
  writeFileSync(pidFile(dir, id), `${pid}\n`)
  return pid
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await sleep(25)
  }
  throw new ClusterError(`${what} within ${timeoutMs} ms`)
}

function parseSrvr(text: string): { mode: ServerMode; epoch: number; zxid: string; serving: boolean } | null {
  const field = (name: string): string | undefined => new RegExp(`^${name}: (.*)$`, "m").exec(text)?.[1]
  const mode = field("Mode")
  const epoch = Number(field("Epoch"))
  const zxid = field("Zxid")
  if (mode === undefined || zxid === undefined || !Number.isInteger(epoch)) return null
  const m: ServerMode = mode === "leader" ? "leading" : mode === "follower" ? "following" : "looking"
  return { mode: m, epoch, zxid, serving: field("Serving") === "true" }
}

export async function serverState(dir: string, layout: ClusterLayout, id: number): Promise<ServerState> {
  const s = layout.servers.find((x) => x.id === id)
  if (s === undefined) throw new ClusterError(`no server ${id} in this cluster (1..${layout.servers.length})`)
  const pid = serverPid(dir, id)
  const down: ServerState = { id, mode: "down", epoch: 0, zxid: "0x0", serving: false, pid }
  if (pid === null) return down
  try {
    const parsed = parseSrvr(await fourLetterWord({ host: HOST, port: s.clientPort }, "srvr", 1_000))
    return parsed === null ? down : { id, ...parsed, pid }
  } catch {
    return down
  }
}

export async function clusterStatus(dir: string): Promise<Array<ServerState>> {
  dir = resolve(dir)
  const layout = readLayout(dir)
  return Promise.all(layout.servers.map((s) => serverState(dir, layout, s.id)))
}

export function formatStatus(states: ReadonlyArray<ServerState>): string {
  return states.map((s) => `${s.id} ${s.mode} epoch=${s.epoch} zxid=${s.zxid}`).join("\n") + "\n"
}

/** Wait until one server leads and serves, with a quorum serving; returns its id. */
export async function waitForLeader(dir: string, timeoutMs = 20_000, excluding: ReadonlyArray<number> = []): Promise<number> {
  dir = resolve(dir)
  const layout = readLayout(dir)
  const quorum = Math.floor(layout.servers.length / 2) + 1
  let leader = 0
  await waitFor(async () => {
    const states = await clusterStatus(dir)
    const leaders = states.filter((s) => s.mode === "leading" && s.serving && !excluding.includes(s.id))
    const serving = states.filter((s) => s.serving)
    if (leaders.length !== 1 || serving.length < quorum) return false
    leader = leaders[0]!.id
    return true
  }, timeoutMs, "no leader was serving with a quorum")
  return leader
}

export async function waitForServing(dir: string, id: number, timeoutMs = 20_000): Promise<ServerState> {
  dir = resolve(dir)
  const layout = readLayout(dir)
  let state: ServerState | null = null
  await waitFor(async () => {
    state = await serverState(dir, layout, id)
    if (state.serving) return true
    // A server that died starting (a port taken, a bad data directory) will not come up: say why now.
    const pid = readPid(pidFile(dir, id))
    if (pid !== null && !alive(pid)) throw new ClusterError(`server ${id} exited; its log ends:\n${logTail(join(serverDir(dir, id), "server.log"))}`)
    return false
  }, timeoutMs, `server ${id} was not serving`)
  return state!
}

function logTail(path: string, lines = 5): string {
  try {
    return readFileSync(path, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

/** SIGKILL server `id` (its process group) and wait until it is gone. */
export async function killServer(dir: string, id: number): Promise<void> {
  dir = resolve(dir)
  readLayout(dir)
  const pid = serverPid(dir, id)
  if (pid === null) return
  signalGroup(pid, "SIGKILL")
  if (!(await waitGone(pid, 5_000))) throw new ClusterError(`server ${id} (pid ${pid}) survived SIGKILL`)
}

export async function pauseServer(dir: string, id: number, pause: boolean): Promise<void> {
  dir = resolve(dir)
  const pid = serverPid(dir, id)
  if (pid === null) throw new ClusterError(`server ${id} is not running`)
  signalGroup(pid, pause ? "SIGSTOP" : "SIGCONT")
}

async function stopPid(pid: number, graceMs: number): Promise<void> {
  signalGroup(pid, "SIGCONT") // a paused process cannot handle SIGTERM
  signalGroup(pid, "SIGTERM")
  if (await waitGone(pid, graceMs)) return
  signalGroup(pid, "SIGKILL")
  await waitGone(pid, 5_000)
}

/** Stop server `id` if it runs, start it again, and wait until it serves (unless `wait` is false). */
export async function restartServer(dir: string, id: number, wait = true, timeoutMs = 20_000): Promise<ServerState | null> {
  dir = resolve(dir)
  const layout = readLayout(dir)
  if (!layout.servers.some((s) => s.id === id)) throw new ClusterError(`no server ${id} in this cluster`)
  const pid = serverPid(dir, id)
  if (pid !== null) await stopPid(pid, 5_000)
  startServerProcess(dir, layout, id)
  return wait ? await waitForServing(dir, id, timeoutMs) : null
}

/** Stop every server and the proxy: SIGTERM, then SIGKILL after a grace period. Leaves no process. */
export async function stopCluster(dir: string, graceMs = 5_000): Promise<void> {
  dir = resolve(dir)
  const layout = readLayout(dir)
  const pids = layout.servers.map((s) => readPid(pidFile(dir, s.id))).filter((p): p is number => p !== null && alive(p))
  const proxyPid = readPid(join(dir, "proxy.pid"))
  if (proxyPid !== null && alive(proxyPid)) pids.push(proxyPid)
  await Promise.all(pids.map((pid) => stopPid(pid, graceMs)))
  const left = pids.filter((pid) => alive(pid))
  if (left.length > 0) throw new ClusterError(`processes ${left.join(", ")} survived SIGKILL`)
}

/** Kill every process this process spawned (for test teardown, whatever state the cluster is in). */
export async function killAllSpawned(): Promise<void> {
  const pids = [...spawned]
  for (const pid of pids) signalGroup(pid, "SIGCONT")
  for (const pid of pids) signalGroup(pid, "SIGKILL")
  await Promise.all(pids.map((pid) => waitGone(pid, 5_000)))
}

export async function proxyCommand(dir: string, command: ProxyCommand): Promise<Record<string, unknown>> {
  const layout = readLayout(resolve(dir))
  if (layout.proxy === null) throw new ClusterError("this cluster runs without the fault proxy (started with --direct)")
  return proxyRequest(layout.proxy.controlPort, command)
}

/** Client connect string of the cluster, or of the listed servers. */
export function connectString(dir: string, ids?: ReadonlyArray<number>): string {
  const layout = readLayout(resolve(dir))
  return layout.servers
    .filter((s) => ids === undefined || ids.includes(s.id))
    .map((s) => `${HOST}:${s.clientPort}`)
    .join(",")
}

/**
 * The text of every server's process trace (impl/net/trace.ts), a server that never started left out; the
 * harness merges them into one shared trace (harness/net-trace-merge.ts).
 */
export function processTraceTexts(dir: string): Array<string> {
  dir = resolve(dir)
  const layout = readLayout(dir)
  if (!layout.options.trace) throw new ClusterError("this cluster was started with --no-trace")
  const texts: Array<string> = []
  for (const s of layout.servers) {
    try {
      texts.push(readFileSync(join(serverDir(dir, s.id), "trace.jsonl"), "utf8"))
    } catch {
      // A server that never started has no trace.
    }
  }
  return texts
}
