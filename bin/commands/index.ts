/** Every `zab` subcommand, in the order `zab help` lists them. Add a command here and in its own file. */
import type { Command } from "../io.js"
import { serverCommand } from "./server.js"
import { clusterCommand } from "./cluster.js"

export const commands: ReadonlyArray<Command> = [serverCommand, clusterCommand]
