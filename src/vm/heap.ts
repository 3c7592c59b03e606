// The garbage-collected heap: a non-moving, precise mark-sweep collector
// over the linear memory.
//
// Allocation pops an exact-size free list (cells up to 512 bytes), else bumps
// the top pointer, else splits the smallest larger small free block, else
// takes the first large free block that fits. A collection runs only inside
// alloc(), when the bytes allocated since the last one pass a budget
// proportional to the live heap; running out of free space before that grows
// the committed heap instead (collecting then would find little new garbage).
// The sweep walks every cell, coalesces runs of dead cells, and rebuilds the
// free lists.
// Machine code allocates from a separate bump buffer the heap hands it
// (refillBuffer).

import { L } from './layout';
import type { Memory } from './memory';
import { HF_WEAK_TABLE, T_FORWARD, weakTableClear, weakTablePropagate } from './collections';

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
  /** Marks the references an OBJECT flagged HF_INTERNAL_REFS holds in its host-side internal record. */
  traceInternal?(ref: number, h: Heap): void;
}

export class Heap {
  readonly u8: Uint8Array;
  readonly u32: Uint32Array;
  /** Heads of the exact-size free lists, indexed by size / 8. */
  private readonly small = new Uint32Array(SMALL_MAX / 8 + 1);
  /** Bit i set: small[i] may be non-empty (a clear bit means it is empty). */
  private readonly smallBits = new Uint32Array(((SMALL_MAX / 8) >>> 5) + 1);
  /** Large free blocks: [ref, size] pairs. */
  private large: number[] = [];
  top: number;
  private allocatedSinceGC = 0;
  private budget = MIN_BUDGET;
  private markStack: number[] = [];
  /** Weak tables (WeakMap/WeakSet) met while marking: their entries are ephemerons (src/vm/collections.ts). */
  private weakTables: number[] = [];
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
    if (ref === 0 && this.allocatedSinceGC <= this.budget && this.grow(size)) ref = this.take(size);
    if (ref === 0) {
      this.collect();
      ref = this.take(size);
      if (ref === 0) {
        if (!this.grow(size)) throw new OutOfMemory('out of memory');
        ref = this.take(size);
        if (ref === 0) throw new OutOfMemory('out of memory');
      }
    }
    this.allocatedSinceGC += size;
    const u32 = this.u32;
    const w = ref >>> 2;
    const e = w + (size >>> 2);
    if (size <= 64) for (let i = w; i < e; i++) u32[i] = 0;
    else u32.fill(0, w, e);
    this.u8[ref + L.HDR_KIND] = kind;
    u32[w + 1] = size;
    return ref;
  }

  /** Commits room for at least `size` more bytes past the top (25% headroom when it can). */
  private grow(size: number): boolean {
    return this.mem.commit(this.top + size + (this.top >>> 2)) || this.mem.commit(this.top + size);
  }

  /** Counts host memory that a cell just allocated keeps alive toward the collection budget. */
  chargeExternal(bytes: number): void {
    this.allocatedSinceGC += bytes;
  }

  private take(size: number): number {
    const u32 = this.u32;
    if (size <= SMALL_MAX) {
      const i = size >>> 3;
      const head = this.small[i];
      if (head !== 0) {
        const next = u32[(head + 8) >>> 2];
        this.small[i] = next;
        if (next === 0) this.smallBits[i >>> 5] &= ~(1 << (i & 31));
        return head;
      }
    }
    if (this.top + size <= this.mem.committed) {
      const ref = this.top;
      this.top += size;
      return ref;
    }
    if (size + 16 <= SMALL_MAX) {
      // Split the smallest small block that leaves a remainder of at least 16 bytes.
      const j = this.firstSmall((size + 16) >>> 3);
      if (j >= 0) {
        const ref = this.small[j];
        const next = u32[(ref + 8) >>> 2];
        this.small[j] = next;
        if (next === 0) this.smallBits[j >>> 5] &= ~(1 << (j & 31));
        this.addFree(ref + size, 8 * j - size);
        return ref;
      }
    }
    const large = this.large;
    for (let i = 0; i < large.length; i += 2) {
      const ref = large[i];
      const bsize = large[i + 1];
      if (bsize === size || bsize >= size + 16) {
        const rest = bsize - size;
        if (rest > SMALL_MAX) {
          // Still large: the entry shrinks in place (allocation carves the block front to back).
          large[i] = ref + size;
          large[i + 1] = rest;
          this.u8[ref + size + L.HDR_KIND] = L.K_FREE;
          this.u8[ref + size + L.HDR_GC] = 0;
          u32[(ref + size + L.HDR_SIZE) >>> 2] = rest;
        } else {
          // Unordered list: the last entry fills the hole.
          const last = large.length - 2;
          large[i] = large[last];
          large[i + 1] = large[last + 1];
          large.pop();
          large.pop();
          if (rest > 0) this.addFree(ref + size, rest);
        }
        return ref;
      }
    }
    return 0;
  }

  /** The lowest index >= lo of a non-empty small list, or -1. */
  private firstSmall(lo: number): number {
    const bits = this.smallBits;
    for (let w = lo >>> 5; w < bits.length; w++) {
      let m = bits[w];
      if (w === lo >>> 5) m &= -1 << (lo & 31);
      if (m !== 0) return (w << 5) + 31 - Math.clz32(m & -m);
    }
    return -1;
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
      this.smallBits[i >>> 5] |= 1 << (i & 31);
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
        // Its code units, if machine code asked for them (CHARS holds no references).
        this.mark(u32[(ref + L.STR_CHARS) >>> 2]);
        return;
      case L.K_OBJECT:
      case L.K_FUNCTION: {
        const info = this.hooks.shapeInfo(u32[(ref + L.OBJ_SHAPE) >>> 2]);
        this.mark(info.proto);
        this.mark(u32[(ref + L.OBJ_SLOTS) >>> 2]);
        const inl = this.u8[ref + L.HDR_KIND] === L.K_OBJECT ? L.OBJ_INLINE : L.FN_INLINE;
        this.markRange(ref + inl, ref + inl + 8 * info.inlineCapacity);
        // Generators and promises: references held host-side (HF_INTERNAL_REFS, 0x20).
        if (this.u8[ref + L.HDR_FLAGS] & 0x20) this.hooks.traceInternal?.(ref, this);
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
        if (this.u8[ref + L.HDR_FLAGS] & HF_WEAK_TABLE) {
          // A weak table: only its forward word now; the entries after the marking (ephemerons).
          this.markRange(ref + L.VEC_DATA + 8 * T_FORWARD, ref + L.VEC_DATA + 8 * T_FORWARD + 8);
          this.weakTables.push(ref);
          return;
        }
        this.markRange(ref + L.VEC_DATA, ref + L.VEC_DATA + 8 * u32[w + (L.VEC_CAPACITY >>> 2)]);
        return;
      case L.K_SLOTS: {
        const cap = u32[w + (L.VEC_CAPACITY >>> 2)];
        this.markRange(ref + L.VEC_DATA, ref + L.VEC_DATA + 8 * cap);
        return;
      }
      case L.K_FRAME: {
        // A suspended frame (docs/ARCHITECTURE.md §8): its value words, its ENV and new.target.
        const words = u32[w + (L.FRAME_WORDS >>> 2)];
        const at = u32[w + (L.FRAME_HEADER_AT >>> 2)];
        const d = w + (L.FRAME_DATA >>> 2);
        this.markRange(ref + L.FRAME_DATA, ref + L.FRAME_DATA + 4 * at);
        this.mark(u32[d + at + 3]);
        this.mark(u32[d + at + 9]);
        this.markRange(ref + L.FRAME_DATA + 4 * at + L.FRAME_HEADER, ref + L.FRAME_DATA + 4 * words);
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
      // Ephemerons: a weak table's value is live once its key is; repeat until nothing new is marked.
      while (this.weakTables.length > 0 && weakTablePropagate(this.u32, this.u8, this.weakTables, (lo, hi) => this.markValue(lo, hi))) {
        while (stack.length > 0) this.trace(stack.pop()!);
      }
      weakTableClear(this.u32, this.u8, this.weakTables);
      this.weakTables = [];
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
    this.smallBits.fill(0);
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
    // A dead run at the end gives its space back to the bump region. (Stored
    // unconditionally: a store first reached late deoptimizes the sweep loop
    // V8 compiled on-stack, and the next sweep restarts in its interpreter.)
    this.top = runStart !== 0 ? runStart : end;
    this.liveBytes = live;
  }

  /** Bytes between the heap base and the bump pointer. */
  get usedBytes(): number {
    return this.top - this.base;
  }
}
