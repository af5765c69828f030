/**
 * Structured logs: one JSON object per line, `{"time", "level", "server", "event", ...fields}`, so a test or
 * an operator can grep by event name and parse the fields. Fields must be plain JSON (zxids are formatted
 * with formatZxid by the caller).
 */
export type LogLevel = "debug" | "info" | "warn" | "error"

const levelRank: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3 }

export type LogFields = Readonly<Record<string, string | number | boolean | null | ReadonlyArray<string | number>>>

export interface Logger {
  readonly debug: (event: string, fields?: LogFields) => void
  readonly info: (event: string, fields?: LogFields) => void
  readonly warn: (event: string, fields?: LogFields) => void
  readonly error: (event: string, fields?: LogFields) => void
}

export function createLogger(server: number | null, write: (line: string) => void, minLevel: LogLevel = "info"): Logger {
  const emit = (level: LogLevel) => (event: string, fields: LogFields = {}) => {
    if (levelRank[level] < levelRank[minLevel]) return
    write(JSON.stringify({ time: new Date().toISOString(), level, server, event, ...fields }) + "\n")
  }
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") }
}

/** A logger that keeps its lines, for tests. */
export function memoryLogger(server: number | null = null): Logger & { readonly lines: Array<string> } {
  const lines: Array<string> = []
  return { ...createLogger(server, (line) => void lines.push(line), "debug"), lines }
}
