/**
 * ZooKeeper 3.8's ACL rules as the client-history model judges them, written apart from impl/core/acl.ts on
 * purpose: the mutation campaign mutates the core, and a checker that called the core's functions would
 * agree with every mutant of them. Small and literal: PrepRequestProcessor.fixupACL for what a create or
 * setACL sets, ZooKeeperServer.checkACL for whether an op is allowed, and FinalRequestProcessor's getACL
 * for what a client without ADMIN is shown.
 *
 * A session's identities are scheme and id pairs: `digest` with `user:base64(sha1(user:password))`
 * (impl/digest-auth.ts), and `ip` with the IPv4 address the server saw the session connect from (the
 * model gives a session one only through an `addauth ip` that names it, see model.ts). A digest entry
 * admits its id exactly; an ip entry (an address, optionally `/bits`) admits an address equal to it in
 * its first `bits` bits (IPAuthenticationProvider.matches). Only digest is an authenticated scheme: the
 * `auth` entries of a create or setACL expand to the digest identities alone.
 */
import type { Acl } from "../../impl/core/types.js"

/** An identity a session holds (ZooKeeper's authInfo entry). */
export interface Identity {
  readonly scheme: "digest" | "ip"
  readonly id: string
}

/** ZooDefs.Perms. */
export const Perm = { read: 1, write: 2, create: 4, delete: 8, admin: 16, all: 31 } as const

function isWorldAnyone(a: Acl): boolean {
  return a.scheme === "world" && a.id === "anyone"
}

/** Java's `text.split(":")`: trailing empty strings dropped. DigestAuthenticationProvider.isValid wants 2 parts. */
function validDigestId(id: string): boolean {
  const parts = id.split(":")
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop()
  return parts.length === 2
}

/** Integer.parseInt in [min, max], or null. */
function javaIntIn(text: string, min: number, max: number): number | null {
  if (!/^[+-]?[0-9]+$/.test(text)) return null
  const n = Number(text)
  return n >= min && n <= max ? n : null
}

/** An IPv4 address (Java's `split("\\.", -1)`: exactly four decimal bytes) as its 32-bit value, or null. */
function ipv4Value(text: string): number | null {
  const bytes = text.split(".")
  if (bytes.length !== 4) return null
  let value = 0
  for (const b of bytes) {
    const n = javaIntIn(b, 0, 255)
    if (n === null) return null
    value = value * 256 + n
  }
  return value
}

/** An ip ACL id as the address's value and the prefix length (32 without "/bits"), or null if malformed. */
function ipPrefix(id: string): { readonly value: number; readonly bits: number } | null {
  const slash = id.indexOf("/")
  const value = ipv4Value(slash === -1 ? id : id.slice(0, slash))
  if (value === null) return null
  const bits = slash === -1 ? 32 : javaIntIn(id.slice(slash + 1), 0, 32)
  return bits === null ? null : { value, bits }
}

/** IPAuthenticationProvider.isValid (IPv4 in 3.8): four decimal bytes, optionally "/bits" with bits 0..32. */
function validIpId(id: string): boolean {
  return ipPrefix(id) !== null
}

/**
 * IPAuthenticationProvider.matches: `address` and the entry's address agree in the entry's first `bits`
 * bits. Compared as numbers: both divided by 2^(32 - bits) and rounded down (no bytes are masked here).
 */
function ipMatches(address: string, entry: string): boolean {
  const prefix = ipPrefix(entry)
  const value = ipv4Value(address)
  if (prefix === null || value === null) return false
  const block = 2 ** (32 - prefix.bits)
  return Math.floor(value / block) === Math.floor(prefix.value / block)
}

/**
 * fixupACL: duplicates dropped, then empty is invalid; world:anyone kept; `auth` becomes one digest entry
 * per digest id the session holds (invalid when it holds none: an ip identity is not an authenticated
 * one); digest and ip entries kept when valid; any other scheme (world with another id too) is invalid.
 * Null for InvalidACL.
 */
export function fixedAcl(requested: ReadonlyArray<Acl>, auth: ReadonlyArray<Identity>): ReadonlyArray<Acl> | null {
  const authenticated = auth.filter((who) => who.scheme === "digest")
  const unique = requested.filter((a, i) => requested.findIndex((b) => b.perms === a.perms && b.scheme === a.scheme && b.id === a.id) === i)
  if (unique.length === 0) return null
  const out: Array<Acl> = []
  for (const a of unique) {
    if (isWorldAnyone(a)) out.push(a)
    else if (a.scheme === "auth") {
      if (authenticated.length === 0) return null
      for (const who of authenticated) out.push({ perms: a.perms, scheme: who.scheme, id: who.id })
    } else if (a.scheme === "digest" && validDigestId(a.id)) out.push(a)
    else if (a.scheme === "ip" && validIpId(a.id)) out.push(a)
    else return null
  }
  return out
}

/** Whether entry `a` admits identity `who`: same scheme, and the digest id itself or an address the ip entry covers. */
function admits(a: Acl, who: Identity): boolean {
  if (a.scheme !== who.scheme) return false
  return who.scheme === "digest" ? a.id === who.id : ipMatches(who.id, a.id)
}

/** checkACL: an empty ACL allows all; else some entry with a bit of `perm` names world:anyone or admits one of the identities. */
export function aclAllows(acl: ReadonlyArray<Acl>, perm: number, auth: ReadonlyArray<Identity>): boolean {
  if (acl.length === 0) return true
  return acl.some((a) => (a.perms & perm) !== 0 && (isWorldAnyone(a) || auth.some((who) => admits(a, who))))
}

/** What getACL returns: the ACL as it is to a client with ADMIN, digest ids as "user:x" to one without. */
export function shownAcl(acl: ReadonlyArray<Acl>, admin: boolean): ReadonlyArray<Acl> {
  if (admin) return acl
  return acl.map((a) => (a.scheme === "digest" ? { perms: a.perms, scheme: a.scheme, id: a.id.replace(/:.*/, ":x") } : a))
}

export function sameAcls(a: ReadonlyArray<Acl>, b: ReadonlyArray<Acl>): boolean {
  return a.length === b.length && a.every((x, i) => x.perms === b[i]!.perms && x.scheme === b[i]!.scheme && x.id === b[i]!.id)
}
