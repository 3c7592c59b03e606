// Shared helpers for the native addon tests.
import { loadNative, type Native, type CodeMemory } from '../../src/native';

export const onX64Linux = process.platform === 'linux' && process.arch === 'x64';

const load = loadNative();
/** The addon, or null (then `skipReason` says why and addon tests skip). */
export const native: Native | null = load.native;
export const skipReason: string = load.reason ?? '';

/** Places machine code in a code region one after another and returns the address of each piece. */
export class Placer {
  private pos = 0;
  constructor(readonly code: CodeMemory) {}

  /** Copies `bytes` at the next 16-byte aligned offset; returns its executable address. */
  put(bytes: ArrayLike<number>): number {
    const at = (this.pos + 15) & ~15;
    if (at + bytes.length > this.code.size) throw new Error('test code region full');
    this.code.bytes.set(bytes, at);
    this.code.flush(at, bytes.length);
    this.pos = at + bytes.length;
    return this.code.address(at);
  }
}
