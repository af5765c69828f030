// A Stryker ignorer (stryker.config.mjs `ignorers`): code whose mutants no run can tell apart from the
// original, skipped by rule instead of listed one by one in mutation/equivalent.json.
// - The message of an assertion, `assert(condition, "why")`: it is read only when the assertion fails, and
//   a failing assertion kills the mutant whatever its message says. The condition is still mutated.
// - The name in a bug toggle, `bug(config, "ZOOKEEPER-4643")`: the campaigns run the correct peer with no
//   toggle on, so a misspelt name is as off as the right one. The toggle's use (`bug(...) && x`) is still
//   mutated, so a mutant that switches a bug on is still tried.
// - Code that runs only while a bug toggle is on: the right operand of `bug(...) && x`, and the branch of an
//   `if` or `?:` taken only when its test says a bug is on. With every toggle off that code is never
//   evaluated, so none of its mutants can change a run. A mutant of `bug` itself (impl/core/state.ts), of
//   the test, or of the `&&` is a different mutant and still tried; the zoo's own benchmark (bench:bugs)
//   is what exercises the re-injections.
// - An observation's label and detail, `observe(out, "label", detail)` (and `abandon(config, state,
//   "label", detail, out)`, which observes them): they feed the coverage table and the trace's text, which
//   no invariant, no refinement check and no history check reads. Except the observations the trace tools
//   do read (labelsRead, detailsRead below: traces/project.ts and traces/validate.ts act on them), whose
//   mutants stay.
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin"

/** Whether `path` is argument `index` (or later) of a call to a function named `name`. */
function argumentOf(path, name, index) {
  const parent = path.parentPath
  if (parent === null || !parent.isCallExpression()) return false
  const callee = parent.node.callee
  if (callee.type !== "Identifier" || callee.name !== name) return false
  return parent.node.arguments.indexOf(path.node) >= index
}

/** A call `bug(...)`. */
function isBugCall(node) {
  return node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "bug"
}

/** A call to one of the functions Stryker's instrumenter puts in the code (`stryMutAct_…`, `stryCov_…`). */
function isStrykerCall(node) {
  return node.type === "CallExpression" && node.callee.type === "Identifier" && /^stry(MutAct|Cov)_/.test(node.callee.name)
}

/**
 * The original expression under the mutant switches the instrumenter has already placed on it (an `if`'s
 * test is instrumented before its branches are visited): `stryMutAct_…("1") ? mutant : (stryCov_…(…), e)`.
 */
function original(node) {
  if (node.type === "ConditionalExpression" && isStrykerCall(node.test)) return original(node.alternate)
  if (node.type === "SequenceExpression" && node.expressions.length === 2 && isStrykerCall(node.expressions[0])) return original(node.expressions[1])
  if (node.type === "ParenthesizedExpression") return original(node.expression)
  return node
}

/** Whether the expression can be true only while a bug toggle is on: `bug(...)`, or an `&&` with such a side. */
function impliesBugOn(expression) {
  const node = original(expression)
  if (isBugCall(node)) return true
  if (node.type === "TSAsExpression") return impliesBugOn(node.expression)
  return node.type === "LogicalExpression" && node.operator === "&&" && (impliesBugOn(node.left) || impliesBugOn(node.right))
}

/** `!e` where e can be true only while a bug toggle is on: such an expression is false only under a bug. */
function negatesBugOn(expression) {
  const node = original(expression)
  return node.type === "UnaryExpression" && node.operator === "!" && impliesBugOn(node.argument)
}

/** Whether `path` is evaluated only while some bug toggle is on (the toggles are all off in the campaigns). */
function onlyUnderBug(path) {
  const parent = path.parentPath
  if (parent === null) return false
  const p = parent.node
  if (p.type === "LogicalExpression" && p.operator === "&&" && p.right === path.node) return impliesBugOn(p.left)
  if (p.type === "IfStatement" || p.type === "ConditionalExpression") {
    if (p.consequent === path.node) return impliesBugOn(p.test)
    if (p.alternate === path.node) return negatesBugOn(p.test)
  }
  return false
}

/** Observation labels that traces/project.ts or traces/validate.ts act on, and those whose detail they parse. */
const labelsRead = new Set(["discovery-epoch-proposed", "snapshot-taken", "leader-init-timeout", "leader-step-down-no-quorum", "discovery-follower-ahead", "zxid-rollover"])
const detailsRead = new Set(["discovery-epoch-proposed"])

/** The position of the label in each call that observes one (the detail follows it). */
const labelAt = { observe: 1, abandon: 2 }

/** Whether `path` is the label or the detail of an observation whose label nothing but the coverage table reads. */
function unreadObservation(path) {
  const parent = path.parentPath
  if (parent === null || !parent.isCallExpression()) return false
  const callee = parent.node.callee
  if (callee.type !== "Identifier" || !Object.hasOwn(labelAt, callee.name)) return false
  const at = labelAt[callee.name]
  const index = parent.node.arguments.indexOf(path.node)
  const label = parent.node.arguments[at] === undefined ? undefined : original(parent.node.arguments[at])
  if (label === undefined || label.type !== "StringLiteral") return false
  if (index === at) return !labelsRead.has(label.value)
  return index === at + 1 && !detailsRead.has(label.value)
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "zab-equivalent-by-rule", {
    shouldIgnore(path) {
      if (argumentOf(path, "assert", 1)) return "an assertion's message is read only when the assertion fails, which kills the mutant anyway"
      if (argumentOf(path, "bug", 1)) return "bug toggles are off in the campaigns, so any name is as off as the right one"
      if (onlyUnderBug(path)) return "evaluated only while a bug toggle is on, and the toggles are off in the campaigns"
      if (unreadObservation(path)) return "an observation's label and detail feed only the coverage table and the trace's text"
      return undefined
    },
  }),
]
