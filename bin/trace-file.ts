/**
 * Reading a trace file named on the command line: a file that cannot be read or does not decode is an
 * InputError (exit 2) naming the path, and for a malformed line its number and field.
 */
import { readFileSync } from "node:fs"
import { type Trace, TraceFormatError, readTrace, readTraceFile } from "../traces/jsonl.js"
import { InputError } from "./io.js"

function refusal(path: string, error: unknown): InputError {
  if (error instanceof TraceFormatError) return new InputError(`${path}: ${error.message}`)
  return new InputError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
}

/** The whole file read at once: for the commands that need every event anyway. */
export function loadTraceSync(path: string): Trace {
  let text: string
  try {
    text = readFileSync(path, "utf8")
  } catch (error) {
    throw refusal(path, error)
  }
  try {
    return readTrace(text)
  } catch (error) {
    if (error instanceof TraceFormatError) throw refusal(path, error)
    throw error
  }
}

/** The file streamed line by line, for traces that may be large. */
export async function loadTrace(path: string): Promise<Trace> {
  try {
    return await readTraceFile(path)
  } catch (error) {
    throw refusal(path, error)
  }
}
