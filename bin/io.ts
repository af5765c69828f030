/**
 * What a command may touch of the outside world, passed in so tests run commands in-process and read what
 * they printed. `zab.ts` wires it to the real process.
 */
export interface Io {
  readonly out: (text: string) => void // one call per line or block; the text carries its own newline
  readonly err: (text: string) => void
  /** True when stderr is a terminal: progress lines then redraw in place instead of scrolling. */
  readonly interactive: boolean
  readonly cwd: string
}

export interface Command {
  readonly name: string
  readonly summary: string // one line for `zab help`
  readonly usage: string // the full usage text, printed on bad usage
  /** Returns the exit code: 0 all held, 1 a property was violated, 2 bad usage or bad input. */
  readonly run: (args: ReadonlyArray<string>, io: Io) => Promise<number>
}

/** Thrown by argument parsing; the dispatcher prints the message and the command's usage and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

/** Thrown when an input file or value is malformed; printed without a stack trace, exit 2. */
export class InputError extends Error {
  override readonly name = "InputError"
}
