// The garbage-collected heap: a non-moving, precise mark-sweep collector
// over the linear memory.
//
// Allocation pops an exact-size free list (cells up to 512 bytes), else bumps
// the top pointer, else takes the first large free block that fits. A
// collection runs only inside alloc(), when the bytes allocated since the last
// one pass a budget proportional to the live heap. The sweep walks every cell,
// coalesces runs of dead cells, and rebuilds the free lists. Machine code
// allocates from a separate bump buffer the heap hands it (refillBuffer).

import { L } from './layout';
import type { Memory } from './memory';

const SMALL_MAX = 512;
const MIN_BUDGET = 8 * 1024 * 1024;
/** Size of one machine-code allocation buffer. */
const BUFFER_BYTES = 32 * 1024;
/** Room kept between the published bump limit and the buffer's end, so what is left is always a whole free cell. */
const BUFFER_TAIL = 16;

export class OutOfMemory extends Error {}

export interface HeapHooks {
  /** Marks every root by calling mark(ref) / markValue(lo, hi). */
  markRoots(h: Heap): void;
  /** Called for each dead cell before it is reused (strings free host ids). */
  finalize(ref: number, kind: number): void;
  /** Shape id → [proto ref, inline capacity]. */
  shapeInfo(id: number): { proto: number; inlineCapacity: number };
  /** After marking, before sweeping: drop host tables keyed by dead cells. */
  afterMark(h: Heap): void;
}

export class Heap {
  readonly u8: Uint8Array;
  readonly u32: Uint32Array;
  /** Heads of the exact-size free lists, indexed by size / 8. */
  private readonly small = new Uint32Array(SMALL_MAX / 8 + 1);
  /** Large free blocks: [ref, size] pairs. */
  private large: number[] = [];
  top: number;
  private allocatedSinceGC = 0;
  private budget = MIN_BUDGET;
  private markStack: number[] = [];
  liveBytes = 0;
  gcCount = 0;
  gcTimeMs = 0;
  /** Set while a collection runs; allocation is forbidden then. */
  collecting = false;
  /** Real end of the machine-code allocation buffer (0: none); see refillBuffer(). */
  private bufferEnd = 0;

  constructor(
    readonly mem: Memory,
    readonly base: number,
    readonly hooks: HeapHooks,
  ) {
    this.u8 = mem.u8;
    this.u32 = mem.u32;
    this.top = base;
  }

  /** Allocates a cell of `size` bytes (rounded up to 8, at least 16) with its kind and size set; contents zeroed. */
  alloc(size: number, kind: number): number {
    size = (size + 7) & ~7;
    if (size < 16) size = 16;
    if (this.allocatedSinceGC > this.budget) this.collect();
    let ref = this.take(size);
    if (ref === 0) {
      this.collect();
      ref = this.take(size);
      if (ref === 0) {
        if (!this.mem.commit(this.top + size + (this.top >>> 2))) {
          if (!this.mem.commit(this.top + size)) throw new OutOfMemory('out of memory');
        }
        ref = this.take(size);
        if (ref === 0) throw new OutOfMemory('out of memory');
      }
    }
    this.allocatedSinceGC += size;
    const u32 = this.u32;
    const w = ref >>> 2;
    u32.fill(0, w, w + (size >>> 2));
    this.u8[ref + L.HDR_KIND] = kind;
    u32[w + 1] = size;
    return ref;
  }

  private take(size: number): number {
    const u32 = this.u32;
    if (size <= SMALL_MAX) {
      const i = size >>> 3;
      const head = this.small[i];
      if (head !== 0) {
        this.small[i] = u32[(head + 8) >>> 2];
        return head;
      }
    }
    if (this.top + size <= this.mem.committed) {
      const ref = this.top;
      this.top += size;
      return ref;
    }
    const large = this.large;
    for (let i = 0; i < large.length; i += 2) {
      const ref = large[i];
      const bsize = large[i + 1];
      if (bsize === size || bsize >= size + 16) {
        large.splice(i, 2);
        if (bsize > size) this.addFree(ref + size, bsize - size);
        return ref;
      }
    }
    return 0;
  }

  /** Puts a free block on the right list. */
  private addFree(ref: number, size: number): void {
    const u32 = this.u32;
    this.u8[ref + L.HDR_KIND] = L.K_FREE;
    this.u8[ref + L.HDR_GC] = 0;
    u32[(ref + L.HDR_SIZE) >>> 2] = size;
    if (size <= SMALL_MAX) {
      const i = size >>> 3;
      u32[(ref + 8) >>> 2] = this.small[i];
      this.small[i] = ref;
    } else {
      this.large.push(ref, size);
    }
  }

  // ------------------------------------------------ machine-code buffer

  /**
   * Hands machine code a fresh, zeroed bump region: the words at
   * ALLOC_PTR / ALLOC_END in the reserved area. Generated code carves cells
   * from it (writing their headers) without calling back; when a cell does
   * not fit it calls this. The region is one ordinary allocation, so it
   * counts towards the collection budget, and may collect first.
   */
  refillBuffer(): void {
    this.retireBuffer();
    const ref = this.alloc(BUFFER_BYTES, L.K_FREE);
    this.bufferEnd = ref + BUFFER_BYTES;
    this.u32[L.ALLOC_PTR >>> 2] = ref;
    this.u32[L.ALLOC_END >>> 2] = this.bufferEnd - BUFFER_TAIL;
  }

  /**
   * Gives up the buffer: its unused tail becomes a free cell (at least
   * BUFFER_TAIL bytes, so the heap stays walkable) that the next sweep
   * reclaims, and machine code's next allocation takes the refill path.
   */
  private retireBuffer(): void {
    if (this.bufferEnd === 0) return;
    const ptr = this.u32[L.ALLOC_PTR >>> 2];
    this.u8[ptr + L.HDR_KIND] = L.K_FREE;
    this.u8[ptr + L.HDR_GC] = 0;
    this.u32[(ptr + L.HDR_SIZE) >>> 2] = this.bufferEnd - ptr;
    this.u32[L.ALLOC_PTR >>> 2] = 0;
    this.u32[L.ALLOC_END >>> 2] = 0;
    this.bufferEnd = 0;
  }

  // ---------------------------------------------------------------- marking

  isMarked(ref: number): boolean {
    return (this.u8[ref + L.HDR_GC] & 1) !== 0;
  }

  mark(ref: number): void {
    if (ref === 0) return;
    const u8 = this.u8;
    if (u8[ref + L.HDR_GC] & 1) return;
    u8[ref + L.HDR_GC] |= 1;
    this.markStack.push(ref);
  }

  markValue(lo: number, hi: number): void {
    if (hi >>> 0 >= L.TAG_HEAP) this.mark(lo >>> 0);
  }

  /** Marks the values in [from, to) (byte offsets, 8-byte steps). */
  markRange(from: number, to: number): void {
    const u32 = this.u32;
    for (let p = from >>> 2, e = to >>> 2; p < e; p += 2) {
      if (u32[p + 1] >= L.TAG_HEAP) this.mark(u32[p]);
    }
  }

  private trace(ref: number): void {
    const u32 = this.u32;
    const w = ref >>> 2;
    switch (this.u8[ref + L.HDR_KIND]) {
      case L.K_STRING:
        return;
      case L.K_OBJECT:
      case L.K_FUNCTION: {
        const info = this.hooks.shapeInfo(u32[(ref + L.OBJ_SHAPE) >>> 2]);
        this.mark(info.proto);
        this.mark(u32[(ref + L.OBJ_SLOTS) >>> 2]);
        const inl = this.u8[ref + L.HDR_KIND] === L.K_OBJECT ? L.OBJ_INLINE : L.FN_INLINE;
        this.markRange(ref + inl, ref + inl + 8 * info.inlineCapacity);
        if (this.u8[ref + L.HDR_KIND] === L.K_FUNCTION) {
          this.mark(u32[(ref + L.FN_ENV) >>> 2]);
          this.markRange(ref + L.FN_THIS, ref + L.FN_THIS + 8);
          this.mark(u32[(ref + L.FN_HOME) >>> 2]);
          this.mark(u32[(ref + L.FN_FIELDS) >>> 2]);
        }
        return;
      }
      case L.K_ARRAY: {
        const info = this.hooks.shapeInfo(u32[(ref + L.OBJ_SHAPE) >>> 2]);
        this.mark(info.proto);
        this.mark(u32[(ref + L.OBJ_SLOTS) >>> 2]);
        this.mark(u32[(ref + L.ARR_ELEMENTS) >>> 2]);
        return;
      }
      case L.K_ELEMENTS:
      case L.K_SLOTS: {
        const cap = u32[w + (L.VEC_CAPACITY >>> 2)];
        this.markRange(ref + L.VEC_DATA, ref + L.VEC_DATA + 8 * cap);
        return;
      }
      case L.K_ENV: {
        this.mark(u32[(ref + L.ENV_PARENT) >>> 2]);
        const n = u32[(ref + L.ENV_COUNT) >>> 2];
        this.markRange(ref + L.ENV_DATA, ref + L.ENV_DATA + 8 * n);
        return;
      }
      default:
        return;
    }
  }

  // ------------------------------------------------------------- collection

  collect(): void {
    if (this.collecting) return;
    const t0 = performance.now();
    this.retireBuffer();
    this.collecting = true;
    try {
      this.hooks.markRoots(this);
      const stack = this.markStack;
      while (stack.length > 0) this.trace(stack.pop()!);
      this.hooks.afterMark(this);
      this.sweep();
    } finally {
      this.collecting = false;
    }
    this.gcCount++;
    this.allocatedSinceGC = 0;
    this.budget = Math.max(MIN_BUDGET, this.liveBytes);
    this.gcTimeMs += performance.now() - t0;
  }

  private sweep(): void {
    const u8 = this.u8;
    const u32 = this.u32;
    this.small.fill(0);
    this.large = [];
    let live = 0;
    let runStart = 0; // start of the current run of dead cells, 0 = none
    const end = this.top;
    for (let p = this.base; p < end; ) {
      const size = u32[(p + L.HDR_SIZE) >>> 2];
      const kind = u8[p + L.HDR_KIND];
      if (u8[p + L.HDR_GC] & 1) {
        u8[p + L.HDR_GC] = 0;
        live += size;
        if (runStart) {
          this.addFree(runStart, p - runStart);
          runStart = 0;
        }
      } else {
        if (kind !== L.K_FREE) this.hooks.finalize(p, kind);
        if (!runStart) runStart = p;
      }
      p += size;
    }
    // A dead run at the end gives its space back to the bump region.
    if (runStart) this.top = runStart;
    this.liveBytes = live;
  }

  /** Bytes between the heap base and the bump pointer. */
  get usedBytes(): number {
    return this.top - this.base;
  }
}
