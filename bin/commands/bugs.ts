/** `zab bugs`: the deliberately broken peer variants `--bug` accepts, one per line, name first. */
import type { Command, Io } from "../io.js"
import { parseFlags } from "../args.js"
import { bugs as known } from "../../impl/bugs.js"

const usage = `usage: zab bugs

Lists the deliberately broken peer variants that \`zab check --bug NAME\` runs, one per line:
the name, the protocol phase it breaks, and what it gets wrong.
`

async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  parseFlags(args, {}, false)
  const width = Math.max(...known.map((b) => b.name.length))
  for (const bug of known) io.out(`${bug.name.padEnd(width)}  ${bug.phase.padEnd(15)}  ${bug.summary}\n`)
  return 0
}

export const bugsCommand: Command = { name: "bugs", summary: "list the deliberately broken peer variants", usage, run }
