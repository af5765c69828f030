/**
 * The part of node-zookeeper-client 1.1.3's API the conformance suite uses (the package ships no types).
 * Longs in its Stat (zxids, times, ephemeralOwner) are 8-byte big-endian Buffers.
 */
declare module "node-zookeeper-client" {
  export interface ZkStat {
    readonly czxid: Buffer
    readonly mzxid: Buffer
    readonly ctime: Buffer
    readonly mtime: Buffer
    readonly version: number
    readonly cversion: number
    readonly aversion: number
    readonly ephemeralOwner: Buffer
    readonly dataLength: number
    readonly numChildren: number
    readonly pzxid: Buffer
  }
  export interface ZkException extends Error {
    getCode(): number
  }
  export interface ZkEvent {
    getType(): number
    getName(): string
    getPath(): string
  }
  export type Watcher = (event: ZkEvent) => void
  export interface Transaction {
    create(path: string, data?: Buffer, acls?: unknown, mode?: number): Transaction
    check(path: string, version?: number): Transaction
    setData(path: string, data: Buffer | null, version?: number): Transaction
    remove(path: string, version?: number): Transaction
    commit(callback: (error: ZkException | null, results: ReadonlyArray<{ type: number; err?: number; path?: string; stat?: ZkStat }>) => void): void
  }
  export interface Client {
    connect(): void
    close(): void
    once(event: "connected" | "expired" | "disconnected", listener: () => void): void
    on(event: "state", listener: (state: unknown) => void): void
    getSessionId(): Buffer
    getSessionTimeout(): number
    getState(): { getName(): string }
    create(path: string, data: Buffer | null, acls: unknown, mode: number, callback: (error: ZkException | null, path: string) => void): void
    remove(path: string, version: number, callback: (error: ZkException | null) => void): void
    setData(path: string, data: Buffer | null, version: number, callback: (error: ZkException | null, stat: ZkStat) => void): void
    getData(path: string, watcher: Watcher | undefined, callback: (error: ZkException | null, data: Buffer, stat: ZkStat) => void): void
    exists(path: string, watcher: Watcher | undefined, callback: (error: ZkException | null, stat: ZkStat | null) => void): void
    getChildren(path: string, watcher: Watcher | undefined, callback: (error: ZkException | null, children: Array<string>, stat: ZkStat) => void): void
    transaction(): Transaction
    addAuthInfo(scheme: string, auth: Buffer): void
    setACL(path: string, acls: ReadonlyArray<ACL>, version: number, callback: (error: ZkException | null, stat: ZkStat) => void): void
    getACL(path: string, callback: (error: ZkException | null, acls: ReadonlyArray<ACL>, stat: ZkStat) => void): void
  }
  export class Id {
    constructor(scheme: string, id: string)
    readonly scheme: string
    readonly id: string
  }
  export class ACL {
    constructor(permission: number, id: Id)
    readonly permission: number
    readonly id: Id
    static readonly OPEN_ACL_UNSAFE: ReadonlyArray<ACL>
  }
  export function createClient(connectionString: string, options?: { sessionTimeout?: number; spinDelay?: number; retries?: number }): Client
  const zookeeper: { createClient: typeof createClient; ACL: typeof ACL; Id: typeof Id }
  export default zookeeper
}
