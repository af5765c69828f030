/**
 * ZooKeeper's access control, as its 3.8 server decides it: which ACLs a create or setACL may set
 * (PrepRequestProcessor.fixupACL) and whether a client's identities grant a permission on a node's ACL
 * (ZooKeeperServer.checkACL), with the two authentication providers a default server has: `ip` (every
 * connection holds `ip:<its address>`; an ACL id is an IPv4 address with an optional `/bits` mask) and
 * `digest` (`addauth digest user:password` gives `digest:user:<base64(sha1("user:password"))>`, computed
 * where the connection is, since the pure core hashes nothing; an ACL id matches it exactly).
 *
 * Pure functions of their arguments, so every server that applies a txn reaches the same verdict.
 */
import type { Acl, AuthId } from "./types.js"

/** ZooKeeper's ZooDefs.Perms. */
export const Perms = { read: 1, write: 2, create: 4, delete: 8, admin: 16, all: 31 } as const

/** world:anyone with every permission: the ACL of a node created without one (schedules, older txns). */
export const OPEN_ACL: ReadonlyArray<Acl> = [{ perms: Perms.all, scheme: "world", id: "anyone" }]

/** The providers a default ZooKeeper server registers (ProviderRegistry), by scheme. */
type Provider = {
  /** Whether an id of this scheme names an authenticated user ("auth" ACLs expand to these). */
  readonly authenticated: boolean
  readonly isValid: (id: string) => boolean
  readonly matches: (id: string, aclExpr: string) => boolean
}

/** Java's String.split(regex) drops trailing empty strings; ZooKeeper's validity checks count the parts it keeps. */
function javaSplitCount(text: string, separator: string): number {
  const parts = text.split(separator)
  while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop()
  return parts.length
}

/** Java's Integer.parseInt, or null where it would throw. */
function parseJavaInt(text: string): number | null {
  if (!/^[+-]?[0-9]+$/.test(text)) return null
  const value = Number(text)
  return value >= -0x8000_0000 && value <= 0x7fff_ffff ? value : null
}

/** IPAuthenticationProvider.addr2Bytes: IPv4 only (ZooKeeper 3.8 has no IPv6 here). */
function ipv4Bytes(addr: string): Array<number> | null {
  const parts = addr.split(".")
  if (parts.length !== 4) return null
  const bytes: Array<number> = []
  for (const part of parts) {
    const v = parseJavaInt(part)
    if (v === null || v < 0 || v > 255) return null
    bytes.push(v)
  }
  return bytes
}

function maskBits(bytes: Array<number>, bits: number): void {
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, bits - i * 8))
    bytes[i] = bytes[i]! & ((0xff << (8 - keep)) & 0xff)
  }
}

/** An ACL expression's address and mask, or null if it is not one (a bad mask is not one either). */
function ipExpression(aclExpr: string): { readonly bytes: Array<number>; readonly bits: number } | null {
  const slash = aclExpr.indexOf("/")
  const bytes = ipv4Bytes(slash === -1 ? aclExpr : aclExpr.slice(0, slash))
  if (bytes === null) return null
  if (slash === -1) return { bytes, bits: 32 }
  const bits = parseJavaInt(aclExpr.slice(slash + 1))
  if (bits === null || bits < 0 || bits > 32) return null
  return { bytes, bits }
}

const providers: Readonly<Record<string, Provider>> = {
  ip: {
    authenticated: false,
    isValid: (id) => ipExpression(id) !== null,
    matches: (id, aclExpr) => {
      const expr = ipExpression(aclExpr)
      const remote = ipv4Bytes(id)
      if (expr === null || remote === null) return false
      maskBits(expr.bytes, expr.bits)
      maskBits(remote, expr.bits)
      return expr.bytes.every((b, i) => b === remote[i])
    },
  },
  digest: {
    authenticated: true,
    isValid: (id) => javaSplitCount(id, ":") === 2,
    matches: (id, aclExpr) => id === aclExpr,
  },
}

function providerOf(scheme: string): Provider | undefined {
  return Object.hasOwn(providers, scheme) ? providers[scheme] : undefined
}

function sameAcl(a: Acl, b: Acl): boolean {
  return a.perms === b.perms && a.scheme === b.scheme && a.id === b.id
}

/**
 * PrepRequestProcessor.fixupACL: the ACL a create or setACL sets, or InvalidACL. Duplicates go; an empty
 * list is invalid; world:anyone stays; an `auth` entry becomes one entry per authenticated identity of the
 * client (invalid if it has none); any other entry must name a known scheme and a valid id for it.
 */
export function fixupAcl(acl: ReadonlyArray<Acl>, auth: ReadonlyArray<AuthId>): ReadonlyArray<Acl> | "InvalidACL" {
  const unique: Array<Acl> = []
  for (const a of acl) if (!unique.some((u) => sameAcl(u, a))) unique.push(a)
  if (unique.length === 0) return "InvalidACL"
  const fixed: Array<Acl> = []
  for (const a of unique) {
    if (a.scheme === "world" && a.id === "anyone") {
      fixed.push(a)
    } else if (a.scheme === "auth") {
      let valid = false
      for (const who of auth) {
        if (providerOf(who.scheme)?.authenticated !== true) continue
        valid = true
        fixed.push({ perms: a.perms, scheme: who.scheme, id: who.id })
      }
      if (!valid) return "InvalidACL"
    } else {
      const provider = providerOf(a.scheme)
      if (provider === undefined || !provider.isValid(a.id)) return "InvalidACL"
      fixed.push(a)
    }
  }
  return isOpenAcl(fixed) ? OPEN_ACL : fixed
}

/** ZooKeeperServer.checkACL: whether some entry granting any bit of `perm` admits one of the identities. */
export function aclAllows(acl: ReadonlyArray<Acl>, perm: number, auth: ReadonlyArray<AuthId>): boolean {
  if (acl.length === 0) return true
  for (const a of acl) {
    if ((a.perms & perm) === 0) continue
    if (a.scheme === "world" && a.id === "anyone") return true
    const provider = providerOf(a.scheme)
    if (provider === undefined) continue
    for (const who of auth) if (who.scheme === a.scheme && provider.matches(who.id, a.id)) return true
  }
  return false
}

export function isOpenAcl(acl: ReadonlyArray<Acl>): boolean {
  return acl.length === 1 && sameAcl(acl[0]!, OPEN_ACL[0]!)
}

/** What getACL shows a client without ADMIN on the node: digest ids with their hash replaced by "x" (ZOOKEEPER-1392). */
export function redactDigests(acl: ReadonlyArray<Acl>): ReadonlyArray<Acl> {
  return acl.map((a) => (a.scheme === "digest" ? { ...a, id: a.id.replace(/:.*/g, ":x") } : a))
}
