/**
 * The `zab` dispatcher: finds the command, runs it, and turns usage and input errors into exit code 2
 * with a message instead of a stack trace. Each command lives in its own file under bin/commands/.
 */
import { type Command, type Io, InputError, UsageError } from "./io.js"
import { commands } from "./commands/index.js"

const USAGE = `usage: zab <command> [options]

commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Run \`zab <command> --help\` for a command's options.
Exit codes: 0 all properties held, 1 a property was violated, 2 bad usage or bad input,
3 undecided (zab history's search ran out of budget).
`

export async function main(argv: ReadonlyArray<string>, io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(USAGE)
    return name === undefined ? 2 : 0
  }
  const command: Command | undefined = commands.find((c) => c.name === name)
  if (command === undefined) {
    io.err(`zab: unknown command ${JSON.stringify(name)}\n\n${USAGE}`)
    return 2
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.usage)
    return 0
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`zab ${command.name}: ${error.message}\n\n${command.usage}`)
      return 2
    }
    if (error instanceof InputError) {
      io.err(`zab ${command.name}: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
