/** Every `zab` subcommand, in the order `zab help` lists them. Add a command here and in its own file. */
import type { Command } from "../io.js"
import { check } from "./check.js"
import { replay } from "./replay.js"
import { validate } from "./validate.js"
import { bugsCommand } from "./bugs.js"
import { serverCommand } from "./server.js"
import { clusterCommand } from "./cluster.js"
import { exploreCommand } from "./explore.js"
import { simCommand } from "./sim.js"
import { diffCommand } from "./diff.js"
import { viewCommand } from "./view.js"
import { reportCommand } from "./report.js"
import { historyCommand } from "./history.js"
import { translateCommand } from "./translate.js"

export const commands: ReadonlyArray<Command> = [check, replay, validate, bugsCommand, serverCommand, clusterCommand, exploreCommand, simCommand, diffCommand, viewCommand, historyCommand, reportCommand, translateCommand]
