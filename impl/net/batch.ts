/**
 * Socket writes batched per event-loop turn: a connection that has frames to send registers here, and every
 * registered connection is flushed once, in one setImmediate, after the I/O callbacks of the turn have run.
 * Everything a turn produces for one socket (the COMMITs for the ACKs of several followers, the PROPOSALs of
 * several forwarded requests, the replies to a client's pipelined requests) then leaves in one writev
 * instead of one syscall per frame, which on loopback also means one wake-up of the receiver per batch.
 * A pending immediate keeps libuv's poll phase from blocking, so a batch never waits for more I/O.
 */
export interface Flushable {
  flush(): void
}

let pendingFirst: Array<Flushable> = []
let pending: Array<Flushable> = []
let pendingAfter: Array<() => void> = []
let scheduled = false

function flushAll(): void {
  scheduled = false
  const first = pendingFirst
  pendingFirst = []
  for (const f of first) f.flush()
  const batch = pending
  pending = []
  for (const f of batch) f.flush()
  const after = pendingAfter
  pendingAfter = []
  for (const run of after) run()
}

function schedule(): void {
  if (scheduled) return
  scheduled = true
  setImmediate(flushAll)
}

/** Flush `f` at the end of this event-loop turn. The caller registers once per batch (it tracks that itself). */
export function flushAtEndOfTurn(f: Flushable): void {
  pending.push(f)
  schedule()
}

/**
 * Flush `f` at the end of this event-loop turn, before any socket: the process trace, so that a peer never
 * receives a frame whose causes the sender's trace file does not hold yet, even if the sender is SIGKILLed
 * between the two (a merged trace would otherwise show a follower delivering a commit its leader's trace
 * never decided, and model validation would reject it).
 */
export function flushBeforeSocketsAtEndOfTurn(f: Flushable): void {
  pendingFirst.push(f)
  schedule()
}

/**
 * Run `run` at the end of this event-loop turn, after every socket has been flushed: the storage writer's
 * batch, so that what a turn sends is on the wire before the turn's log write (FileStorageOptions.startBatch).
 */
export function runAfterSocketsAtEndOfTurn(run: () => void): void {
  pendingAfter.push(run)
  schedule()
}
