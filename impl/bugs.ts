/**
 * Named, deliberately broken variants of the peer. Each is off by default and costs one Set lookup when
 * off; `--bug NAME` turns it on so the harness can show that it finds the violation the bug causes.
 * The comment of each says what the broken variant gets wrong.
 */
export interface BugInfo {
  readonly name: string
  readonly summary: string
}

export const bugs: ReadonlyArray<BugInfo> = [
  {
    name: "commit-without-quorum",
    summary: "the leader commits a proposal as soon as it logs it, without waiting for a quorum of ACKs",
  },
  {
    name: "ack-before-fsync",
    summary: "followers ACK a proposal when they append it, before the append is durable",
  },
]

export const bugNames: ReadonlyArray<string> = bugs.map((b) => b.name)

export function isBugName(name: string): boolean {
  return bugNames.includes(name)
}
