/**
 * What a CorruptSnapshot step does to a snapshot on the simulated disk. Most damages change one value in it,
 * as a bad sector or a stray write might, and keep the rest of the text byte for byte. Every change alters
 * what the snapshot decodes to, never only how it is written (a zxid or a number moves, a string gains or
 * changes a character, a node entry goes or repeats), so a server that starts from the damaged text has
 * lost data: its own checks (the recorded digest, the tree's structure, the zxid the snapshot was taken at)
 * must refuse it. Others break the tree's structure and re-seal the file with the digest of what it now
 * lists (snapshot-format.ts), as a tool that rewrote the file would: only the loader's checks of the
 * structure can tell. The file cut short, and a field that no longer decodes, complete the set.
 *
 * Where only one of the loader's checks can notice a damage, the damage names the reason the refusal must
 * give (the reasons are what an operator reads to repair a disk). The simulator knows which snapshots it
 * damaged, and reports one that a server started from, or refused for another reason.
 */
import { formatSessionId, parseSessionId } from "../core/session.js"
import { formatZxid, parseZxid } from "../core/zxid.js"
import { type Acceptance, type Json, type JsonObject, atLargestEpoch, isObject, parseSnapshotDocument, reseal, versionOne } from "./snapshot-format.js"

/** One way to damage the snapshot: what it touches, the change for a variant (0 or 1), and the refusal it calls for. */
interface Site {
  readonly what: string
  readonly damage: (variant: number) => string
  /** The reason a refusal must give, where only one of the loader's checks can notice. */
  readonly refusal?: RegExp
  /** Whether the digest is recomputed after the change, so that only a check of the structure notices. */
  readonly resealed?: boolean
  /** The text cut short instead: the damage is not to a value. */
  readonly cut?: boolean
  /** The kind it is picked by, where not one of its own (the value damages share "value"). */
  readonly kind?: string
}

const VARIANTS = 2

/** The refusal each kind of damage calls for, by the words the loader's reason must contain. */
export const REFUSALS = {
  digest: /digest .* hash to/,
  notJson: /not JSON/,
  // The Schema's failure, on one line, names the field.
  undecodable: /does not decode: .*\["nodes"\]\[\d+\]\["version"\]/,
  // An id's text written other than as the format writes it: the reason says what was expected, and where.
  malformedZxid: /does not decode: .*Expected a zxid written as 0x<hex> at \[/,
  zxidPastEpoch: /does not decode: .*a zxid with an epoch of at most 0x1fffff at \[/,
  malformedSession: /does not decode: .*Expected a session id written as 0x<hex>, at most 16 digits at \[/,
  invalidPath: /is not a valid znode path/,
  repeated: /appears twice/,
  emptyAcl: /acl is empty/,
  unknownSession: /not among its sessions/,
  noRoot: /no root/,
  noParent: /has no parent/,
  childOfEphemeral: /child of an ephemeral/,
  // A version 1 cversion (creations plus deletions) that the node's children cannot leave.
  oddCversion: /has a cversion its children cannot have/,
} as const

/** A damaged snapshot: its text, a phrase naming the change, and the reason a refusal must give (null: any). */
export interface Damage {
  readonly text: string
  readonly what: string
  readonly refusal: RegExp | null
}

/**
 * The snapshot damaged one way, or null if the text is not a snapshot the simulator wrote (not a JSON object
 * with nodes). `pick` chooses a kind of damage, then a damage of that kind, then its variant, so every value
 * and every kind of change is reachable from a uniform pick.
 */
export function damageSnapshot(text: string, pick: number): Damage | null {
  const built = sitesOf(text)
  if (built === null) return null
  const { kinds } = built
  const order = [...kinds.keys()].flatMap((kind) => (kind === "value" || kind === MALFORMED ? [kind, kind, kind] : [kind]))
  const slot = pick % order.length
  const kind = order[slot]!
  const ofKind = kinds.get(kind)!
  // A kind that weighs three takes three consecutive values of what is left of the pick.
  const copies = order.filter((k) => k === kind).length
  const rest = Math.floor(pick / order.length) * copies + order.slice(0, slot).filter((k) => k === kind).length
  return apply(text, built.top, ofKind[rest % ofKind.length]!, Math.floor(rest / ofKind.length) % VARIANTS)
}

/**
 * Damages the loader must refuse whatever else happens in a run, each on its own copy of the text: the
 * first of each kind whose reason is fixed (the file cut short, a field that does not decode, each
 * re-sealed break of the structure) and every malformed-id one. The simulator tries them on a server's tree
 * as every run ends (World.checkFinalSnapshotsRestore), so each of the loader's checks and each form of
 * the id codecs is tried in every run, and not only when a CorruptSnapshot step happens to draw it.
 */
export function loaderChecks(snapshot: string): Array<Damage> {
  const text = smallerSnapshot(snapshot)
  if (text === null) return []
  // The value damages are not tried here (their kind has no fixed reason): not building them is most of the saving.
  const built = sitesOf(text, false)
  if (built === null) return []
  const damages: Array<Damage> = []
  for (const [kind, ofKind] of built.kinds) {
    if (kind === "value") continue
    if (kind === MALFORMED) {
      // Each on a fresh parse of its own (cheaper than building every site again).
      for (let i = 0; i < ofKind.length; i++) {
        const top = parseSnapshotDocument(text)!
        damages.push(apply(text, top, malformedSitesOf(top)[i]!, 0))
      }
      continue
    }
    // Sites are built in a fixed order, so the first of a kind is the same site on a fresh copy.
    const fresh = sitesOf(text, false)!
    damages.push(apply(text, fresh.top, fresh.kinds.get(kind)![0]!, 0))
  }
  const odd = versionOne(parseSnapshotDocument(text)!, "/")
  damages.push({ text: odd.text, what: odd.what, refusal: REFUSALS.oddCversion })
  return damages
}

/**
 * Encodings the loader must accept, tried beside loaderChecks on the same smaller tree: the tree as version 1
 * wrote it, and with every zxid at the largest epoch (snapshot-format.ts). Each must load to the tree whose
 * format's text it gives.
 */
export function loaderAcceptances(snapshot: string): Array<Acceptance> {
  const text = smallerSnapshot(snapshot)
  const doc = text === null ? null : parseSnapshotDocument(text)
  return doc === null ? [] : [versionOne(doc), atLargestEpoch(doc)]
}

/**
 * The snapshot cut down to the root, the system nodes and the first few others (with their parents), and
 * re-sealed: the loader's checks and the codecs do not depend on a tree's size, and loading a large tree a
 * dozen times would cost a run more than the rest of its end.
 */
function smallerSnapshot(text: string): string | null {
  const doc = parseSnapshotDocument(text)
  if (doc === null) return null
  const kept = new Set<string>()
  const nodes = (doc["nodes"] as Array<Json>).filter(isObject)
  let others = 0
  const small = nodes.filter((node) => {
    const path = String(node["path"])
    const parent = path === "/" ? null : path.slice(0, Math.max(1, path.lastIndexOf("/")))
    const system = path === "/" || path === "/zookeeper" || path.startsWith("/zookeeper/")
    if (!system && (others >= SMALL_OTHERS || parent === null || !kept.has(parent))) return false
    if (!system) others += 1
    kept.add(path)
    return true
  })
  if (small.length === nodes.length) return text
  doc["nodes"] = small
  reseal(doc)
  return JSON.stringify(doc)
}

const SMALL_OTHERS = 6

function apply(text: string, top: JsonObject, site: Site, variant: number): Damage {
  const what = site.damage(variant)
  const refusal = site.refusal ?? null
  if (site.cut === true) return { text: text.slice(0, Math.floor(text.length / 2)), what, refusal }
  if (site.resealed === true) reseal(top)
  return { text: JSON.stringify(top), what: site.resealed === true ? `${what}, and the digest recomputed` : what, refusal }
}

/**
 * Every way to damage the snapshot, by kind, on the document parsed from `text` (null: not a snapshot); with
 * `values` false, without the damages of the kind "value" (the other kinds' lists are the same).
 */
function sitesOf(text: string, values = true): { readonly top: JsonObject; readonly kinds: Map<string, Array<Site>> } | null {
  const top = parseSnapshotDocument(text)
  if (top === null) return null
  const sites: Array<Site> = []
  // The ids a malformed-id damage rewrites: every zxid, and every session id, of the file.
  const zxids: Array<IdHolder> = []
  const sessionIdHolders: Array<IdHolder> = []
  const holdsId = (holders: Array<IdHolder>, holder: JsonObject, key: string): void => {
    if (typeof holder[key] === "string") holders.push({ holder, key })
  }
  if (values && typeof top["lastApplied"] === "string") sites.push(zxidSite(top, "lastApplied", "the snapshot's zxid"))
  holdsId(zxids, top, "lastApplied")
  if (typeof top["digest"] === "string") sites.push({ ...digestSite(top), refusal: REFUSALS.digest })
  sites.push({ what: "the file cut short", damage: () => "the file cut short", cut: true, refusal: REFUSALS.notJson })
  const nodes = top["nodes"] as Array<Json>
  const sessionIds = Array.isArray(top["sessions"]) ? top["sessions"].flatMap((s) => (isObject(s) && typeof s["session"] === "string" ? [s["session"]] : [])) : []
  const paths = new Set(nodes.flatMap((node) => (isObject(node) && typeof node["path"] === "string" ? [node["path"]] : [])))
  const parents = new Set([...paths].filter((path) => path !== "/").map((path) => path.slice(0, Math.max(1, path.lastIndexOf("/")))))
  nodes.forEach((node, i) => {
    if (!isObject(node)) return
    const path = typeof node["path"] === "string" ? node["path"] : `#${i}`
    const name = `node ${path}`
    if (values) sites.push({ what: `${name} removed`, damage: () => (nodes.splice(i, 1), `${name} removed`) })
    // Repeated with its data changed, so that whichever copy a loader keeps, the repetition is not harmless.
    if (values) sites.push({
      what: `${name} repeated`,
      refusal: REFUSALS.repeated,
      damage: () => {
        const copy = structuredClone(node)
        copy["data"] = `${typeof copy["data"] === "string" ? copy["data"] : ""}~`
        nodes.splice(i + 1, 0, copy)
        return `${name} repeated, the copy's data changed`
      },
    })
    for (const [key, value] of Object.entries(node)) {
      if (key.endsWith("zxid")) holdsId(zxids, node, key)
      else if (key === "ephemeralOwner") holdsId(sessionIdHolders, node, key)
      if (!values) continue
      if (key === "acl" && Array.isArray(value)) {
        value.forEach((entry, k) => {
          if (!isObject(entry)) return
          for (const field of Object.keys(entry)) sites.push({ ...valueSite(entry, field, `${name}'s acl[${k}].${field}`), refusal: REFUSALS.digest })
        })
      } else if (key === "ephemeralOwner") sites.push(ownerSite(node, sessionIds, `${name}'s ${key}`))
      else if (key === "path") sites.push(valueSite(node, key, `${name}'s ${key}`))
      else sites.push({ ...valueSite(node, key, `${name}'s ${key}`), refusal: REFUSALS.digest })
    }
    sites.push(...structuralSites(node, nodes, i, name, parents.has(path), sessionIds, top))
  })
  const sessions = top["sessions"]
  if (Array.isArray(sessions)) {
    sessions.forEach((session, i) => {
      if (!isObject(session)) return
      if (values) sites.push({ what: `session #${i} removed`, damage: () => (sessions.splice(i, 1), `session #${i} removed`) })
      for (const key of Object.keys(session)) {
        if (key === "session") holdsId(sessionIdHolders, session, key)
        if (!values) continue
        const site = valueSite(session, key, `session #${i}'s ${key}`)
        sites.push(key === "timeoutMs" ? { ...site, refusal: REFUSALS.digest } : site)
      }
    })
  }
  sites.push(...malformedIdSites("zxid", zxids), ...malformedIdSites("session id", sessionIdHolders))
  // A kind first, then a damage of that kind: a kind with one damage per snapshot (the file cut short, the
  // root removed) comes as often as any other check of the loader. Value damages, most of what a disk does,
  // weigh three, as do malformed ids, whose few damages each try a codec another way.
  const kinds = new Map<string, Array<Site>>()
  for (const site of sites) {
    const kind = site.kind ?? (site.resealed === true || site.cut === true || site.refusal === REFUSALS.undecodable ? String(site.refusal) : "value")
    const ofKind = kinds.get(kind)
    if (ofKind === undefined) kinds.set(kind, [site])
    else ofKind.push(site)
  }
  return { top, kinds }
}

/**
 * Damages to the tree's structure, each re-sealed: the path made invalid, the node repeated as it is, its
 * ACL emptied, the node made an ephemeral of no session (or, with children, of an open session), and a node
 * with children (or the root) removed; and, not re-sealed as decoding comes first, a field that no longer
 * decodes.
 */
function structuralSites(node: JsonObject, nodes: Array<Json>, i: number, name: string, hasChildren: boolean, sessionIds: ReadonlyArray<string>, top: JsonObject): Array<Site> {
  const sites: Array<Site> = [
    {
      what: `${name}'s path made invalid`,
      refusal: REFUSALS.invalidPath,
      resealed: true,
      // A control character: the path's parent is unchanged, so only the check of paths notices.
      damage: () => ((node["path"] = `${String(node["path"])}\u0001`), `${name}'s path gained a control character`),
    },
    { what: `${name} repeated as it is`, refusal: REFUSALS.repeated, resealed: true, damage: () => (nodes.splice(i + 1, 0, structuredClone(node)), `${name} repeated as it is`) },
    { what: `${name}'s ACL emptied`, refusal: REFUSALS.emptyAcl, resealed: true, damage: () => ((node["acl"] = []), `${name}'s ACL emptied`) },
    {
      what: `${name} made an ephemeral of no session`,
      refusal: REFUSALS.unknownSession,
      resealed: true,
      damage: () => {
        let id = 0x7fff_ffffn
        while (sessionIds.includes(formatSessionId(id))) id++
        node["ephemeralOwner"] = formatSessionId(id)
        return `${name} made an ephemeral of ${formatSessionId(id)}, which is no session`
      },
    },
    { what: `${name}'s version made negative`, refusal: REFUSALS.undecodable, damage: () => ((node["version"] = -1), `${name}'s version made -1`) },
  ]
  if (hasChildren && Array.isArray(top["sessions"])) {
    const sessions = top["sessions"]
    sites.push({
      what: `${name}, which has children, made ephemeral`,
      refusal: REFUSALS.childOfEphemeral,
      resealed: true,
      damage: () => {
        // An open session's, or (with none open) one added to the table, so that only the children are wrong.
        let owner = sessionIds[0]
        if (owner === undefined) {
          owner = formatSessionId(0x7fff_ffffn)
          sessions.push({ session: owner, timeoutMs: 4_000 })
        }
        node["ephemeralOwner"] = owner
        return `${name}, which has children, made an ephemeral of ${owner}`
      },
    })
  }
  if (hasChildren || node["path"] === "/") {
    const root = node["path"] === "/"
    sites.push({
      what: `${name} removed, its children kept`,
      refusal: root ? REFUSALS.noRoot : REFUSALS.noParent,
      resealed: true,
      damage: () => (nodes.splice(i, 1), `${name} removed, its children kept`),
    })
  }
  return sites
}

const MALFORMED = "malformed ids"

/**
 * Every zxid, or every session id, of the file written other than as the format writes it (lower-case hex
 * after "0x") but to the same value: in upper case, or with a space before or after (which JavaScript's own
 * number and BigInt parsers accept); and every zxid with an epoch past the largest. Decoding must fail,
 * saying what it expected: a text accepted for its value is a codec that reads what it never writes, and,
 * every id rewritten, a codec that accepts the form decodes the file to the tree it held. Which field fails
 * first is the Schema's business, so the reason is not pinned to one.
 */
function malformedIdSites(codec: "zxid" | "session id", holders: ReadonlyArray<IdHolder>): Array<Site> {
  if (holders.length === 0) return []
  const forms: Array<readonly [string, (before: string) => string]> = [
    ["in upper case", (before) => before.toUpperCase()],
    ["with a space before", (before) => ` ${before}`],
    ["with a space after", (before) => `${before} `],
  ]
  if (codec === "zxid") forms.push(["with an epoch past the largest", () => "0x20000000000000"])
  return forms.map(([how, rewrite]) => ({
    what: `every ${codec} written ${how}`,
    kind: MALFORMED,
    refusal: codec === "session id" ? REFUSALS.malformedSession : how === "with an epoch past the largest" ? REFUSALS.zxidPastEpoch : REFUSALS.malformedZxid,
    damage: () => {
      for (const { holder, key } of holders) holder[key] = rewrite(holder[key] as string)
      return `every ${codec} written ${how} (${holders.length} of them)`
    },
  }))
}

/** The malformed-id sites of a parsed snapshot, in the order sitesOf lists them. */
function malformedSitesOf(top: JsonObject): Array<Site> {
  const zxids: Array<IdHolder> = []
  const sessionIds: Array<IdHolder> = []
  const hold = (holders: Array<IdHolder>, holder: JsonObject, key: string): void => {
    if (typeof holder[key] === "string") holders.push({ holder, key })
  }
  hold(zxids, top, "lastApplied")
  for (const node of top["nodes"] as Array<Json>) {
    if (!isObject(node)) continue
    for (const key of Object.keys(node)) {
      if (key.endsWith("zxid")) hold(zxids, node, key)
      else if (key === "ephemeralOwner") hold(sessionIds, node, key)
    }
  }
  const sessions = top["sessions"]
  if (Array.isArray(sessions)) for (const session of sessions) if (isObject(session)) hold(sessionIds, session, "session")
  return [...malformedIdSites("zxid", zxids), ...malformedIdSites("session id", sessionIds)]
}

/** An id a malformed-id damage rewrites: the object and key that hold it. */
interface IdHolder {
  readonly holder: JsonObject
  readonly key: string
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
