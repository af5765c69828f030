/**
 * Pause steps on a real cluster: SIGSTOP the server now, SIGCONT it `ticks` ticks of real time later, in the
 * background, as the simulator lets a paused server's clock stand still (impl/sim/world.ts). The liveness
 * phase, and the end of a run however it ends, resume every server still paused: a stopped process left
 * behind could not even be stopped by SIGTERM.
 */
export class Pauses {
  private readonly timers = new Map<number, NodeJS.Timeout>()
  private readonly resuming = new Set<Promise<void>>()

  /** `signal(id, true)` stops server id, `signal(id, false)` lets it run; both may throw (a server that is gone). */
  constructor(private readonly signal: (id: number, pause: boolean) => Promise<void>) {}

  isPaused(id: number): boolean {
    return this.timers.has(id)
  }

  /** Stop `id` for `ms` milliseconds; false when it is paused already. */
  async pause(id: number, ms: number): Promise<boolean> {
    if (this.timers.has(id)) return false
    await this.signal(id, true)
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id)
        const resumed = this.resume(id)
        this.resuming.add(resumed)
        void resumed.finally(() => this.resuming.delete(resumed))
      }, ms),
    )
    return true
  }

  /** The server was killed: its pause ends with it (its timer must not signal whatever has its pid next). */
  forget(id: number): void {
    const timer = this.timers.get(id)
    if (timer !== undefined) clearTimeout(timer)
    this.timers.delete(id)
  }

  /** Resume every paused server now and wait for the resumes already under way. */
  async resumeAll(): Promise<void> {
    const ids = [...this.timers.keys()]
    for (const id of ids) this.forget(id)
    await Promise.all([...ids.map((id) => this.resume(id)), ...this.resuming])
  }

  private async resume(id: number): Promise<void> {
    try {
      await this.signal(id, false)
    } catch {
      // Gone meanwhile (killed by a step): nothing to resume.
    }
  }
}
