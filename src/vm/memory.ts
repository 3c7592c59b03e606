// The VM's linear memory: one ArrayBuffer, viewed at several widths.
// With the native addon loaded the buffer is a native mapping at a stable
// address, reserved large and committed as the heap grows; without it, a
// plain ArrayBuffer of the maximum size (the OS commits pages lazily).

export interface MemoryBacking {
  buffer: ArrayBuffer;
  /** Absolute address of byte 0, or 0 when unknown (plain ArrayBuffer). */
  address: number;
  /** Makes [0, bytes) usable; returns false if it cannot. */
  commit(bytes: number): boolean;
}

export class Memory {
  readonly buffer: ArrayBuffer;
  readonly u8: Uint8Array;
  readonly u16: Uint16Array;
  readonly u32: Uint32Array;
  readonly i32: Int32Array;
  readonly f64: Float64Array;
  readonly address: number;
  /** Bytes usable now. */
  committed: number;

  constructor(
    readonly backing: MemoryBacking,
    initialCommit: number,
  ) {
    this.buffer = backing.buffer;
    this.u8 = new Uint8Array(this.buffer);
    this.u16 = new Uint16Array(this.buffer);
    this.u32 = new Uint32Array(this.buffer);
    this.i32 = new Int32Array(this.buffer);
    this.f64 = new Float64Array(this.buffer);
    this.address = backing.address;
    this.committed = 0;
    if (!this.commit(initialCommit)) throw new Error('lbbv: cannot commit initial VM memory');
  }

  get size(): number {
    return this.buffer.byteLength;
  }

  /** Grows the usable region to at least `bytes` (rounded to 1 MiB). */
  commit(bytes: number): boolean {
    if (bytes <= this.committed) return true;
    const want = Math.min(this.size, Math.ceil(bytes / 0x100000) * 0x100000);
    if (want < bytes) return false;
    if (!this.backing.commit(want)) return false;
    this.committed = want;
    return true;
  }
}

/** A plain ArrayBuffer backing: the whole size is addressable, pages are committed by the OS on first touch. */
export function plainBacking(bytes: number): MemoryBacking {
  return { buffer: new ArrayBuffer(bytes), address: 0, commit: (n) => n <= bytes };
}
