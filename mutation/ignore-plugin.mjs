// A Stryker ignorer (stryker.config.mjs `ignorers`): code whose mutants no run can tell apart from the
// original, skipped by rule instead of listed one by one in mutation/equivalent.json.
// - The message of an assertion, `assert(condition, "why")`: it is read only when the assertion fails, and
//   a failing assertion kills the mutant whatever its message says. The condition is still mutated.
// - The name in a bug toggle, `bug(config, "ZOOKEEPER-4643")`: the campaigns run the correct peer with no
//   toggle on, so a misspelt name is as off as the right one. The toggle's use (`bug(...) && x`) is still
//   mutated, so a mutant that switches a bug on is still tried.
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin"

/** Whether `path` is argument `index` (or later) of a call to a function named `name`. */
function argumentOf(path, name, index) {
  const parent = path.parentPath
  if (parent === null || !parent.isCallExpression()) return false
  const callee = parent.node.callee
  if (callee.type !== "Identifier" || callee.name !== name) return false
  return parent.node.arguments.indexOf(path.node) >= index
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "zab-equivalent-by-rule", {
    shouldIgnore(path) {
      if (argumentOf(path, "assert", 1)) return "an assertion's message is read only when the assertion fails, which kills the mutant anyway"
      if (argumentOf(path, "bug", 1)) return "bug toggles are off in the campaigns, so any name is as off as the right one"
      return undefined
    },
  }),
]
