/**
 * ZooKeeper 3.8's ACL rules as the client-history model judges them, written apart from impl/core/acl.ts on
 * purpose: the mutation campaign mutates the core, and a checker that called the core's functions would
 * agree with every mutant of them. Small and literal: PrepRequestProcessor.fixupACL for what a create or
 * setACL sets, ZooKeeperServer.checkACL for whether an op is allowed, and FinalRequestProcessor's getACL
 * for what a client without ADMIN is shown.
 *
 * A session's identities are its digest ids (`user:base64(sha1(user:password))`, impl/digest-auth.ts), as
 * plain strings: the model gives a session no `ip` identity (see model.ts), so an `ip` ACL entry is valid
 * when well formed and admits nobody.
 */
import type { Acl } from "../../impl/core/types.js"

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

/** IPAuthenticationProvider.isValid (IPv4 in 3.8): four decimal bytes, optionally "/bits" with bits 0..32. */
function validIpId(id: string): boolean {
  const slash = id.indexOf("/")
  const address = slash === -1 ? id : id.slice(0, slash)
  const bytes = address.split(".")
  if (bytes.length !== 4 || bytes.some((b) => javaIntIn(b, 0, 255) === null)) return false
  return slash === -1 || javaIntIn(id.slice(slash + 1), 0, 32) !== null
}

/**
 * fixupACL: duplicates dropped, then empty is invalid; world:anyone kept; `auth` becomes one digest entry
 * per id the session holds (invalid when it holds none); digest and ip entries kept when valid; any other
 * scheme (world with another id too) is invalid. Null for InvalidACL.
 */
export function fixedAcl(requested: ReadonlyArray<Acl>, auth: ReadonlyArray<string>): ReadonlyArray<Acl> | null {
  const unique = requested.filter((a, i) => requested.findIndex((b) => b.perms === a.perms && b.scheme === a.scheme && b.id === a.id) === i)
  if (unique.length === 0) return null
  const out: Array<Acl> = []
  for (const a of unique) {
    if (isWorldAnyone(a)) out.push(a)
    else if (a.scheme === "auth") {
      if (auth.length === 0) return null
      for (const id of auth) out.push({ perms: a.perms, scheme: "digest", id })
    } else if (a.scheme === "digest" && validDigestId(a.id)) out.push(a)
    else if (a.scheme === "ip" && validIpId(a.id)) out.push(a)
    else return null
  }
  return out
}

/** checkACL: an empty ACL allows all; else some entry with a bit of `perm` names world:anyone or one of the ids. */
export function aclAllows(acl: ReadonlyArray<Acl>, perm: number, auth: ReadonlyArray<string>): boolean {
  if (acl.length === 0) return true
  return acl.some((a) => (a.perms & perm) !== 0 && (isWorldAnyone(a) || (a.scheme === "digest" && auth.includes(a.id))))
}

/** What getACL returns: the ACL as it is to a client with ADMIN, digest ids as "user:x" to one without. */
export function shownAcl(acl: ReadonlyArray<Acl>, admin: boolean): ReadonlyArray<Acl> {
  if (admin) return acl
  return acl.map((a) => (a.scheme === "digest" ? { perms: a.perms, scheme: a.scheme, id: a.id.replace(/:.*/, ":x") } : a))
}

export function sameAcls(a: ReadonlyArray<Acl>, b: ReadonlyArray<Acl>): boolean {
  return a.length === b.length && a.every((x, i) => x.perms === b[i]!.perms && x.scheme === b[i]!.scheme && x.id === b[i]!.id)
}
