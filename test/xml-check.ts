/**
 * Test helpers for the reports: a small XML well-formedness checker (enough to show a JUnit report is a
 * document a CI parser accepts) and the JUnit schema CI systems read (Jenkins' junit-10.xsd, the one
 * GitHub, GitLab and Jenkins parsers follow), written as data: which element may hold which children and
 * attributes, which attributes are required, and that a suite's counts match its test cases.
 */

export interface Element {
  readonly name: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: Array<Element>
  text: string
}

const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g

function unescape(raw: string, where: string): string {
  const stray = raw.replace(entity, "")
  if (stray.includes("&") || stray.includes("<")) throw new Error(`unescaped & or < in ${where}: ${JSON.stringify(raw)}`)
  return raw.replace(entity, (e) => {
    const named: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" }
    if (named[e] !== undefined) return named[e]
    return String.fromCodePoint(e[2] === "x" ? parseInt(e.slice(3, -1), 16) : parseInt(e.slice(2, -1), 10))
  })
}

export function parseXml(xml: string): Element {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) throw new Error("a control character XML forbids")
  let rest = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, "")
  if (rest === xml) throw new Error("no XML declaration")
  const stack: Array<Element> = []
  let root: Element | null = null
  const tag = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*(\/?)>/
  while (rest.length > 0) {
    const lt = rest.indexOf("<")
    const text = lt === -1 ? rest : rest.slice(0, lt)
    if (text.length > 0) {
      if (stack.length === 0) {
        if (text.trim() !== "") throw new Error(`text outside the root: ${JSON.stringify(text)}`)
      } else {
        stack[stack.length - 1]!.text += unescape(text, "text")
      }
    }
    if (lt === -1) break
    rest = rest.slice(lt)
    const match = tag.exec(rest)
    if (match === null) throw new Error(`malformed tag at ${JSON.stringify(rest.slice(0, 60))}`)
    const [whole, closing, name, attrText, selfClosing] = match
    rest = rest.slice(whole.length)
    if (closing === "/") {
      const open = stack.pop()
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? "nothing"}>`)
      if (stack.length === 0) root = open
      continue
    }
    if (root !== null) throw new Error("a second root element")
    const attrs: Record<string, string> = {}
    for (const [, key, value] of attrText!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
      if (attrs[key!] !== undefined) throw new Error(`attribute ${key} twice`)
      attrs[key!] = unescape(value!, `attribute ${key}`)
    }
    const element: Element = { name: name!, attrs, children: [], text: "" }
    stack[stack.length - 1]?.children.push(element)
    if (selfClosing === "/") {
      if (stack.length === 0) root = element
    } else {
      stack.push(element)
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`)
  if (root === null) throw new Error("no root element")
  return root
}

export function children(element: Element, name: string): Array<Element> {
  return element.children.filter((c) => c.name === name)
}


interface ElementRule {
  readonly attributes: ReadonlyArray<string>
  readonly required: ReadonlyArray<string>
  readonly children: ReadonlyArray<string>
}

/** junit-10.xsd as data. */
const junitSchema: Readonly<Record<string, ElementRule>> = {
  testsuites: { attributes: ["name", "time", "tests", "failures", "errors", "disabled", "skipped"], required: [], children: ["testsuite"] },
  testsuite: {
    attributes: ["name", "tests", "failures", "errors", "time", "disabled", "skipped", "timestamp", "hostname", "id", "package", "file", "log", "url", "version", "group"],
    required: ["name", "tests"],
    children: ["properties", "testcase", "system-out", "system-err"],
  },
  properties: { attributes: [], required: [], children: ["property"] },
  property: { attributes: ["name", "value"], required: ["name", "value"], children: [] },
  testcase: { attributes: ["name", "assertions", "time", "classname", "status", "file", "line", "group"], required: ["name"], children: ["skipped", "error", "failure", "system-out", "system-err"] },
  skipped: { attributes: ["message"], required: [], children: [] },
  error: { attributes: ["message", "type"], required: [], children: [] },
  failure: { attributes: ["message", "type"], required: [], children: [] },
  "system-out": { attributes: [], required: [], children: [] },
  "system-err": { attributes: [], required: [], children: [] },
}

/** Parse `xml` and check it against the JUnit schema; the root. Throws naming the first element that breaks it. */
export function checkJunit(xml: string): Element {
  const root = parseXml(xml)
  if (root.name !== "testsuites" && root.name !== "testsuite") throw new Error(`root <${root.name}> is neither <testsuites> nor <testsuite>`)
  const visit = (element: Element, path: string): void => {
    const rule = junitSchema[element.name]
    if (rule === undefined) throw new Error(`${path}: <${element.name}> is not a JUnit element`)
    for (const name of Object.keys(element.attrs)) if (!rule.attributes.includes(name)) throw new Error(`${path}: attribute ${name} not allowed on <${element.name}>`)
    for (const name of rule.required) if (element.attrs[name] === undefined) throw new Error(`${path}: <${element.name}> lacks ${name}`)
    for (const name of ["tests", "failures", "errors", "skipped", "disabled", "assertions"]) {
      const value = element.attrs[name]
      if (value !== undefined && !/^\d+$/.test(value)) throw new Error(`${path}: ${name}="${value}" is not a count`)
    }
    if (element.attrs.time !== undefined && !/^\d+(\.\d+)?$/.test(element.attrs.time)) throw new Error(`${path}: time="${element.attrs.time}" is not a number of seconds`)
    if (element.name === "testcase" && element.children.filter((c) => ["skipped", "error", "failure"].includes(c.name)).length > 1) throw new Error(`${path}: a test case has one outcome at most`)
    for (const child of element.children) {
      if (!rule.children.includes(child.name)) throw new Error(`${path}: <${child.name}> not allowed in <${element.name}>`)
      visit(child, `${path}/${child.name}${child.attrs.name === undefined ? "" : `[${child.attrs.name}]`}`)
    }
    if (element.name === "testsuite") {
      const cases = children(element, "testcase")
      const count = (outcome: string): number => cases.filter((c) => children(c, outcome).length > 0).length
      if (Number(element.attrs.tests) !== cases.length) throw new Error(`${path}: tests="${element.attrs.tests}" but ${cases.length} test cases`)
      for (const outcome of ["failure", "error", "skipped"]) {
        const attr = outcome === "skipped" ? "skipped" : `${outcome}s`
        if (element.attrs[attr] !== undefined && Number(element.attrs[attr]) !== count(outcome)) throw new Error(`${path}: ${attr}="${element.attrs[attr]}" but ${count(outcome)} test cases say so`)
      }
    }
  }
  visit(root, root.name)
  if (root.name === "testsuites") {
    const suites = children(root, "testsuite")
    for (const attr of ["tests", "failures", "errors", "skipped"]) {
      const total = suites.reduce((sum, suite) => sum + Number(suite.attrs[attr] ?? 0), 0)
      if (root.attrs[attr] !== undefined && Number(root.attrs[attr]) !== total) throw new Error(`testsuites: ${attr}="${root.attrs[attr]}" but its suites add up to ${total}`)
    }
  }
  return root
}
