/**
 * What a CorruptSnapshot step does to a snapshot on the simulated disk: one value in it is changed, as a bad
 * sector or a stray write might, and the rest of the text is kept byte for byte. Every change alters what
 * the snapshot decodes to, never only how it is written (a zxid or a number moves, a string gains or changes
 * a character, a node entry goes or repeats), so a server that starts from the damaged text has lost data:
 * its own checks (the recorded digest, the tree's structure, the zxid the snapshot was taken at) must refuse
 * it. The simulator knows which snapshots it damaged, and reports one that a server started from.
 */
import { formatSessionId, parseSessionId } from "../core/session.js"
import { formatZxid, parseZxid } from "../core/zxid.js"

type Json = null | boolean | number | string | Array<Json> | { [key: string]: Json }

/** One value that can be damaged: what it is, and the change for a variant (0 or 1). */
interface Site {
  readonly what: string
  readonly damage: (variant: number) => string
}

const VARIANTS = 2

/**
 * The snapshot with one value changed and a phrase naming the change, or null if the text is not a snapshot
 * the simulator wrote (not a JSON object with nodes). `pick` chooses the value (modulo their number) and then
 * how it is changed, so every value and every kind of change is reachable from a uniform pick.
 */
export function damageSnapshot(text: string, pick: number): { readonly text: string; readonly what: string } | null {
  let doc: Json
  try {
    doc = JSON.parse(text) as Json
  } catch {
    return null
  }
  if (!isObject(doc) || !Array.isArray(doc["nodes"])) return null
  const sites: Array<Site> = []
  const top = doc
  if (typeof top["lastApplied"] === "string") sites.push(zxidSite(top, "lastApplied", "the snapshot's zxid"))
  if (typeof top["digest"] === "string") sites.push(digestSite(top))
  const nodes = top["nodes"] as Array<Json>
  const sessionIds = Array.isArray(top["sessions"]) ? top["sessions"].flatMap((s) => (isObject(s) && typeof s["session"] === "string" ? [s["session"]] : [])) : []
  nodes.forEach((node, i) => {
    if (!isObject(node)) return
    const name = `node ${typeof node["path"] === "string" ? node["path"] : `#${i}`}`
    sites.push({ what: `${name} removed`, damage: () => (nodes.splice(i, 1), `${name} removed`) })
    // Repeated with its data changed, so that whichever copy a loader keeps, the repetition is not harmless.
    sites.push({
      what: `${name} repeated`,
      damage: () => {
        const copy = structuredClone(node)
        copy["data"] = `${typeof copy["data"] === "string" ? copy["data"] : ""}~`
        nodes.splice(i + 1, 0, copy)
        return `${name} repeated, the copy's data changed`
      },
    })
    for (const [key, value] of Object.entries(node)) {
      if (key === "acl" && Array.isArray(value)) {
        value.forEach((entry, k) => {
          if (!isObject(entry)) return
          for (const field of Object.keys(entry)) sites.push(valueSite(entry, field, `${name}'s acl[${k}].${field}`))
        })
      } else sites.push(key === "ephemeralOwner" ? ownerSite(node, sessionIds, `${name}'s ${key}`) : valueSite(node, key, `${name}'s ${key}`))
    }
  })
  const sessions = top["sessions"]
  if (Array.isArray(sessions)) {
    sessions.forEach((session, i) => {
      if (!isObject(session)) return
      sites.push({ what: `session #${i} removed`, damage: () => (sessions.splice(i, 1), `session #${i} removed`) })
      for (const key of Object.keys(session)) sites.push(valueSite(session, key, `session #${i}'s ${key}`))
    })
  }
  if (sites.length === 0) return null
  const site = sites[pick % sites.length]!
  const what = site.damage(Math.floor(pick / sites.length) % VARIANTS)
  return { text: JSON.stringify(doc), what }
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** A value by what it looks like: a zxid, a session id, another string, or a number. */
function valueSite(holder: { [key: string]: Json }, key: string, what: string): Site {
  const value = holder[key]
  if (typeof value === "number") return numberSite(holder, key, what)
  if (typeof value === "string") {
    if (key === "session" || key === "ephemeralOwner") return sessionSite(holder, key, what)
    if (key.endsWith("zxid")) return zxidSite(holder, key, what)
    return stringSite(holder, key, what)
  }
  return { what, damage: () => ((holder[key] = null), `${what} cleared`) }
}

const LOW_WORD = 0x1_0000_0000

function numberSite(holder: { [key: string]: Json }, key: string, what: string): Site {
  return {
    what,
    damage: (variant) => {
      const before = holder[key] as number
      // The low word or the high one: a hash that dropped either would miss one of the two.
      const after = variant === 0 ? before + 1 : before + LOW_WORD
      holder[key] = after
      return `${what} ${before} became ${after}`
    },
  }
}

function zxidSite(holder: { [key: string]: Json }, key: string, what: string): Site {
  return {
    what,
    damage: (variant) => {
      const before = holder[key] as string
      const zxid = parseZxid(before)
      if (zxid === undefined) {
        holder[key] = `${before}0`
        return `${what} ${before} became ${before}0`
      }
      // The counter or the epoch.
      const after = formatZxid(variant === 0 ? zxid + 1 : zxid + LOW_WORD)
      holder[key] = after
      return `${what} ${before} became ${after}`
    },
  }
}

function sessionSite(holder: { [key: string]: Json }, key: string, what: string): Site {
  return {
    what,
    damage: (variant) => {
      const before = holder[key] as string
      const id = parseSessionId(before) ?? 0n
      // The counter or the server id in the top byte (ZooKeeper's session ids carry it there).
      const after = formatSessionId(BigInt.asIntN(64, variant === 0 ? id + 1n : id + (1n << 56n)))
      holder[key] = after
      return `${what} ${before} became ${after}`
    },
  }
}

/**
 * A node's owner: another open session (or, with none, a session id no session has), or (the other variant)
 * a persistent node made ephemeral or the reverse. Another open session's id keeps the snapshot's structure
 * sound, so only its digest can tell.
 */
function ownerSite(holder: { [key: string]: Json }, sessionIds: ReadonlyArray<string>, what: string): Site {
  const moved = sessionSite(holder, "ephemeralOwner", what)
  return {
    what,
    damage: (variant) => {
      const before = holder["ephemeralOwner"] as string
      const after = variant === 0 ? sessionIds.find((id) => id !== before) : before !== NO_OWNER ? NO_OWNER : sessionIds[0]
      if (after === undefined) return moved.damage(variant)
      holder["ephemeralOwner"] = after
      return `${what} ${before} became ${after}`
    },
  }
}

const NO_OWNER = formatSessionId(0n)

function stringSite(holder: { [key: string]: Json }, key: string, what: string): Site {
  return {
    what,
    damage: (variant) => {
      const before = holder[key] as string
      const last = before.length === 0 ? 0x7d : before.charCodeAt(before.length - 1)
      const after = variant === 0 || before.length === 0 ? `${before}~` : before.slice(0, -1) + String.fromCharCode(last === 0x7e ? 0x21 : last + 1)
      holder[key] = after
      return `${what} ${JSON.stringify(before)} became ${JSON.stringify(after)}`
    },
  }
}

function digestSite(holder: { [key: string]: Json }): Site {
  return {
    what: "the recorded digest",
    damage: (variant) => {
      const before = holder["digest"] as string
      const at = variant === 0 ? before.length - 1 : 0
      const digit = Number.parseInt(before.charAt(at), 16)
      const replaced = Number.isNaN(digit) ? "0" : ((digit + 1) % 16).toString(16)
      const after = before.slice(0, at) + replaced + before.slice(at + 1)
      holder["digest"] = after
      return `the recorded digest ${before} became ${after}`
    },
  }
}
