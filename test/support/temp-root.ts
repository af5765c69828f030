/**
 * Vitest's global setup: every temporary directory the suite makes (the tests' own mkdtemp calls, the
 * CLIs and servers they start) goes under one fresh directory, removed when the run ends, so a run of
 * the suite leaves nothing behind in the system's temporary directory. os.tmpdir() reads TMPDIR on each
 * call, and the test workers and the processes they start inherit it. ZAB_TEST_KEEP_TMP=1 keeps it (for
 * looking at a failed run's files); its path is printed either way.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "zab-test-"))
  process.env.TMPDIR = root
  return () => {
    if (process.env.ZAB_TEST_KEEP_TMP === "1") {
      process.stdout.write(`temporary files kept in ${root}\n`)
      return
    }
    rmSync(root, { recursive: true, force: true })
  }
}
