// ContextTable: interns contexts, so that a version lookup or a branch stub
// stores a small integer id instead of an object graph.
//
// Contexts are keyed by the 32-bit xxHash of their canonical encoding
// (encoding.ts). Contexts whose hashes collide are told apart by comparing
// their bytes. Ids are 0, 1, 2, … in order of first interning.
//
// The hash is xxHash32 in TypeScript (xxh32.ts), ready at load: `new
// ContextTable()` works synchronously anywhere. initContextHashing() and
// ContextTable.create() remain for callers written for the asynchronous
// xxhash-wasm set-up this replaced.
import { xxh32 } from './xxh32';
import type { Context } from './context';
import { encode } from './encoding';

/** A 32-bit hash of a context's encoding. */
export type ContextHash = (bytes: Uint8Array) => number;

/** The shared xxHash32. */
const sharedHash: ContextHash | undefined = xxh32;

/** Resolves to the shared hash function (ready since load; kept for older callers). */
export function initContextHashing(): Promise<ContextHash> {
  return Promise.resolve(xxh32);
}

/** True: the hash is synchronous (a ContextTable can always be made synchronously). */
export function contextHashingReady(): boolean {
  return sharedHash !== undefined;
}

export class ContextTable {
  /** Interned contexts, by id. */
  private readonly contexts: Context[] = [];
  /** Encoding of each interned context, by id (compared on hash collisions). */
  private readonly encodings: Uint8Array[] = [];
  /** For each id, the previous id with the same hash, or -1: a chain per hash. */
  private readonly nextSameHash: number[] = [];
  /** The most recently interned id for each hash (the head of its chain). */
  private readonly heads = new Map<number, number>();
  /** Hash of an encoding. */
  private readonly hash: ContextHash;
  /** Sum of the encodings' lengths, for stats. */
  private encodedBytes = 0;

  /**
   * A table hashing with `hash`, or by default with the shared xxHash32
   * (throws if initContextHashing() has not resolved yet).
   */
  constructor(hash?: ContextHash) {
    const h = hash ?? sharedHash;
    if (h === undefined) {
      throw new Error('ContextTable: await initContextHashing() first, or use ContextTable.create()');
    }
    this.hash = h;
  }

  /** Loads the hasher if needed and returns a new table. */
  static async create(): Promise<ContextTable> {
    return new ContextTable(await initContextHashing());
  }

  /** The id of ctx: the same id for equal contexts, a new one otherwise. */
  intern(ctx: Context): number {
    const bytes = encode(ctx);
    const h = this.hash(bytes) >>> 0;
    const head = this.heads.get(h);
    for (let id = head ?? -1; id >= 0; id = this.nextSameHash[id]!) {
      if (sameBytes(this.encodings[id]!, bytes)) return id;
    }
    const id = this.contexts.length;
    this.contexts.push(ctx);
    this.encodings.push(bytes);
    this.nextSameHash.push(head ?? -1);
    this.heads.set(h, id);
    this.encodedBytes += bytes.length;
    return id;
  }

  /** The context with this id (immutable, so it is safe to share). */
  get(id: number): Context {
    const ctx = this.contexts[id];
    if (ctx === undefined) throw new RangeError(`no context with id ${id}`);
    return ctx;
  }

  /** Number of distinct contexts interned. */
  get size(): number {
    return this.contexts.length;
  }

  /** Total bytes of all encodings (bytesUsed / size = average context size). */
  get bytesUsed(): number {
    return this.encodedBytes;
  }
}

/** Byte-wise equality of two encodings. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
