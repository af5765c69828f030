/**
 * ZooKeeper's digest identity, `addauth digest user:password` -> `user:base64(sha1("user:password"))`
 * (DigestAuthenticationProvider.generateDigest), computed without `node:crypto` so that the simulator and
 * the client-history checker, which import nothing of node (test/tidy.test.ts), can both compute it. The
 * TCP runtime computes the same with node's SHA-1 (impl/net/clientport.ts, digestAuthId); a test holds
 * the two equal.
 *
 * Outside impl/core on purpose: the mutation campaign mutates impl/core, and the checker must not share
 * mutated code with what it judges.
 */

/** SHA-1 (FIPS 180-4) of the UTF-8 bytes of `text`. */
function sha1(text: string): Uint8Array {
  const message = new TextEncoder().encode(text)
  // Padding: a 1 bit, zeros to 56 mod 64 bytes, then the bit length as a 64-bit big-endian number.
  const blocks = Math.ceil((message.length + 9) / 64)
  const padded = new Uint8Array(blocks * 64)
  padded.set(message)
  padded[message.length] = 0x80
  const view = new DataView(padded.buffer)
  const bits = message.length * 8
  view.setUint32(padded.length - 8, Math.floor(bits / 0x1_0000_0000))
  view.setUint32(padded.length - 4, bits >>> 0)
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]
  const w = new Uint32Array(80)
  const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n))
  for (let block = 0; block < blocks; block++) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block * 64 + t * 4)
    for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!, 1)
    let [a, b, c, d, e] = h as [number, number, number, number, number]
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6
      const next = (rotl(a, 5) + f + e + k + w[t]!) | 0
      e = d
      d = c
      c = rotl(b, 30)
      b = a
      a = next
    }
    h[0] = (h[0]! + a) | 0
    h[1] = (h[1]! + b) | 0
    h[2] = (h[2]! + c) | 0
    h[3] = (h[3]! + d) | 0
    h[4] = (h[4]! + e) | 0
  }
  const out = new Uint8Array(20)
  const outView = new DataView(out.buffer)
  for (let i = 0; i < 5; i++) outView.setUint32(i * 4, h[i]! >>> 0)
  return out
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

function base64(bytes: Uint8Array): string {
  let out = ""
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += BASE64[(n >>> 18) & 63]! + BASE64[(n >>> 12) & 63]!
    out += i + 1 < bytes.length ? BASE64[(n >>> 6) & 63]! : "="
    out += i + 2 < bytes.length ? BASE64[n & 63]! : "="
  }
  return out
}

/** The digest id `addauth digest <userPassword>` gives: the user (before the first colon), ":", the hash. */
export function digestId(userPassword: string): string {
  const colon = userPassword.indexOf(":")
  const user = colon === -1 ? userPassword : userPassword.slice(0, colon)
  return `${user}:${base64(sha1(userPassword))}`
}
