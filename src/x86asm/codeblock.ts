// CodeBlock: a bounded write pointer over a plain Uint8Array, plus labels,
// comments and in-place re-targeting of already emitted branches.
//
// Addresses are plain numbers (safe below 2^53; real code addresses are < 2^47).
// `base` is the absolute address of byte 0: 0 in tests, the executable mapping's
// address once the JIT has one. Relative displacements are always computed from
// absolute addresses, so a branch from one block into another is just a branch.
//
// Running out of space never throws: the write is dropped, `dropped` becomes true
// and every later write is a no-op until rewind(). Programmer errors (bad operands,
// unbound labels at link time...) throw AsmError.

import { emitBranch, emitNops, targetAddr, ccCode, type CC, type Target } from './encode';
import { AsmError, isInt32, type LabelLike } from './operands';

/** A position in a CodeBlock, bound once; forward references are fixed by linkLabels(). */
export class Label implements LabelLike {
  readonly kind = 'label' as const;
  /** Position in `cb` once bound, -1 before. */
  pos = -1;
  constructor(readonly cb: CodeBlock, readonly id: number, readonly name: string) {}
  get bound(): boolean {
    return this.pos >= 0;
  }
  /** Absolute address (throws if unbound). */
  get address(): number {
    return targetAddr(this);
  }
}

/** A displacement to fill in once its label is bound. */
interface Fixup {
  at: number; // position of the displacement field
  end: number; // position the displacement is relative to (end of instruction)
  size: 1 | 4;
  label: LabelLike;
}

/** Result of the patching APIs: errors are returned, never thrown. */
export type PatchResult = { readonly ok: true } | { readonly ok: false; readonly error: string };
const PATCH_OK: PatchResult = Object.freeze({ ok: true as const });
function patchError(error: string): PatchResult {
  return { ok: false, error };
}

/** Shape of a relative branch found in the code (see CodeBlock.branchAt). */
export interface BranchInfo {
  kind: 'jmp' | 'jcc' | 'call';
  /** Condition code 0..15 for jcc, -1 otherwise. */
  cc: number;
  pos: number;
  /** Total size in bytes: 2 (rel8), 5 (jmp/call rel32), 6 (jcc rel32). */
  size: number;
  rel: 8 | 32;
  /** Current absolute target address. */
  target: number;
}

/** A branch shape to write into an existing slot (see CodeBlock.rewriteBranch). */
export type BranchShape =
  | { kind: 'jmp'; target: Target }
  | { kind: 'call'; target: Target }
  | { kind: 'jcc'; cc: CC | number; target: Target }
  | { kind: 'nop' };

export class CodeBlock {
  /** The bytes; only [0, writePos) is meaningful. */
  readonly mem: Uint8Array;
  /** Absolute address of mem[0]. */
  readonly base: number;
  readonly capacity: number;
  readonly name: string;
  /** Next byte to write. Move it with setPos()/rewind(). */
  writePos = 0;
  /** Set when a write did not fit; every later write is dropped until rewind(). */
  dropped = false;
  /** When false, comment() is a no-op (so the JIT can always call it). */
  commentsEnabled = true;
  /** Writes at or past this position are dropped: capacity, or a slot's end in overwrite(). */
  private limit: number;
  private readonly comments = new Map<number, string[]>();
  private labels: Label[] = [];
  private fixups: Fixup[] = [];

  /** A block over `mem` (or a fresh buffer of that many bytes) whose byte 0 is at address `base`. */
  constructor(mem: Uint8Array | number, base = 0, name = 'code') {
    this.mem = typeof mem === 'number' ? new Uint8Array(mem) : mem;
    if (!Number.isSafeInteger(base) || base < 0) throw new AsmError(`bad base address ${base}`);
    this.base = base;
    this.capacity = this.mem.length;
    this.limit = this.capacity;
    this.name = name;
  }

  // ---- write pointer ------------------------------------------------------------

  /** Same as writePos (YJIT's name). */
  get write_pos(): number {
    return this.writePos;
  }

  /** Same as `dropped`. */
  get hasOverflowed(): boolean {
    return this.dropped;
  }

  /** Bytes left before the end of the block. */
  get remaining(): number {
    return this.capacity - this.writePos;
  }

  /** Moves the write pointer (within [0, capacity]); keeps labels, comments and `dropped`. */
  setPos(pos: number): void {
    if (!(pos >= 0 && pos <= this.capacity) || !Number.isInteger(pos)) throw new AsmError(`position ${pos} outside ${this.name}`);
    this.writePos = pos;
  }

  /**
   * Rolls back to `pos` (a checkpoint taken earlier): clears `dropped`, forgets the
   * comments and pending label fixups at or after pos, and unbinds labels bound there.
   */
  rewind(pos: number): void {
    this.setPos(pos);
    this.dropped = false;
    for (const p of [...this.comments.keys()]) if (p >= pos) this.comments.delete(p);
    this.fixups = this.fixups.filter((f) => f.at < pos);
    for (const l of this.labels) if (l.pos >= pos) l.pos = -1;
  }

  /** Absolute address of a position (default: the write position). */
  addrOf(pos: number = this.writePos): number {
    return this.base + pos;
  }

  /** Position of an absolute address inside this block (-1 if outside). */
  posOf(addr: number): number {
    const p = addr - this.base;
    return p >= 0 && p <= this.capacity ? p : -1;
  }

  /** The bytes written so far (a view, not a copy). */
  code(start = 0, end: number = this.writePos): Uint8Array {
    return this.mem.subarray(start, end);
  }

  // ---- raw writes (all bounds-checked; overflow sets `dropped`) --------------------

  byte(b: number): void {
    const p = this.writePos;
    if (p < this.limit) {
      this.mem[p] = b;
      this.writePos = p + 1;
    } else {
      this.dropped = true;
    }
  }

  bytes(bs: ArrayLike<number>): void {
    for (let i = 0; i < bs.length; i++) this.byte(bs[i]);
  }

  /** Little-endian 16-bit value (signed or unsigned). */
  u16(v: number): void {
    this.byte(v & 0xff);
    this.byte((v >> 8) & 0xff);
  }

  /** Little-endian 32-bit value (signed or unsigned). */
  u32(v: number): void {
    const p = this.writePos;
    if (p + 4 <= this.limit) {
      const m = this.mem;
      m[p] = v;
      m[p + 1] = v >> 8;
      m[p + 2] = v >> 16;
      m[p + 3] = v >> 24;
      this.writePos = p + 4;
    } else {
      this.byte(v & 0xff); // partial write up to the limit, then dropped
      this.byte((v >> 8) & 0xff);
      this.byte((v >> 16) & 0xff);
      this.byte((v >> 24) & 0xff);
    }
  }

  /** Pads with nops up to a multiple of `n` bytes (in absolute addresses). */
  align(n: number): void {
    const r = this.addrOf() % n;
    if (r !== 0) emitNops(this, n - r);
  }

  /** Reads a little-endian signed 32-bit value at `pos`. */
  readI32(pos: number): number {
    const m = this.mem;
    return m[pos] | (m[pos + 1] << 8) | (m[pos + 2] << 16) | (m[pos + 3] << 24);
  }

  private writeAt(pos: number, v: number, size: number): void {
    for (let i = 0; i < size; i++) this.mem[pos + i] = (v >> (8 * i)) & 0xff;
  }

  // ---- comments ------------------------------------------------------------------------

  /** Attaches a comment to the current write position (shown by disasm()). */
  comment(text: string): void {
    if (!this.commentsEnabled) return;
    const at = this.comments.get(this.writePos);
    if (at) at.push(text);
    else this.comments.set(this.writePos, [text]);
  }

  commentsAt(pos: number): readonly string[] {
    return this.comments.get(pos) ?? [];
  }

  /** All comments as [position, text] pairs, sorted by position. */
  allComments(): [number, string][] {
    const out: [number, string][] = [];
    for (const [p, ts] of this.comments) for (const t of ts) out.push([p, t]);
    return out.sort((a, b) => a[0] - b[0]);
  }

  // ---- labels --------------------------------------------------------------------------

  /** A new unbound label owned by this block (it can be referenced from any block). */
  newLabel(name?: string): Label {
    const l = new Label(this, this.labels.length, name ?? `L${this.labels.length}`);
    this.labels.push(l);
    return l;
  }

  /** Binds `label` to the current write position. */
  bindLabel(label: Label): void {
    if (label.cb !== this) throw new AsmError(`label ${label.name} belongs to ${label.cb.name}, not ${this.name}`);
    if (label.pos >= 0) throw new AsmError(`label ${label.name} is already bound`);
    label.pos = this.writePos;
  }

  /** Records a displacement to fill in by linkLabels() (used by the encoders). */
  addFixup(at: number, end: number, size: 1 | 4, label: LabelLike): void {
    this.fixups.push({ at, end, size, label });
  }

  /** Number of label references not yet resolved. */
  get pendingFixups(): number {
    return this.fixups.length;
  }

  /**
   * Resolves every forward label reference emitted into this block. Throws AsmError
   * for an unbound label or a rel8 reference that does not reach. References whose
   * bytes were dropped (overflow) are skipped.
   */
  linkLabels(): void {
    const pending = this.fixups;
    this.fixups = [];
    for (const f of pending) {
      if (f.at + f.size > this.capacity) continue;
      if (f.label.pos < 0) throw new AsmError(`${this.name}: label ${f.label.name} is referenced but never bound`);
      const d = targetAddr(f.label) - (this.base + f.end);
      if (f.size === 1 ? d < -128 || d > 127 : !isInt32(d)) {
        throw new AsmError(`${this.name}: label ${f.label.name} is out of rel${f.size * 8} range (displacement ${d})`);
      }
      this.writeAt(f.at, d, f.size);
    }
  }

  /** Forgets all labels of this block (keeps their bytes); pending references must be linked first. */
  clearLabels(): void {
    if (this.fixups.length) throw new AsmError(`${this.name}: ${this.fixups.length} label references not linked`);
    this.labels = [];
  }

  // ---- re-targeting emitted branches --------------------------------------------------------

  /** Decodes the relative branch (jmp/jcc/call) starting at `pos`, or null if there is none. */
  branchAt(pos: number): BranchInfo | null {
    if (!(pos >= 0) || pos + 2 > this.capacity) return null;
    const m = this.mem;
    const b0 = m[pos];
    let kind: BranchInfo['kind'];
    let cc = -1;
    let size: number;
    let rel: 8 | 32 = 32;
    if (b0 === 0xeb) { kind = 'jmp'; size = 2; rel = 8; }
    else if (b0 >= 0x70 && b0 <= 0x7f) { kind = 'jcc'; cc = b0 - 0x70; size = 2; rel = 8; }
    else if (b0 === 0xe9) { kind = 'jmp'; size = 5; }
    else if (b0 === 0xe8) { kind = 'call'; size = 5; }
    else if (b0 === 0x0f && m[pos + 1] >= 0x80 && m[pos + 1] <= 0x8f) { kind = 'jcc'; cc = m[pos + 1] - 0x80; size = 6; }
    else return null;
    if (pos + size > this.capacity) return null;
    const d = rel === 8 ? (m[pos + 1] << 24) >> 24 : this.readI32(pos + size - 4);
    return { kind, cc, pos, size, rel, target: this.base + pos + size + d };
  }

  /**
   * Re-targets the jmp/jcc/call at `pos` in place: only its displacement changes, so
   * the code never grows. A rel8 branch can only reach a target within rel8 range;
   * emit with { rel32: true } whatever may be patched. Errors are returned.
   */
  patchJump(pos: number, newTarget: Target): PatchResult {
    const b = this.branchAt(pos);
    if (b === null) return patchError(`no relative branch at ${this.name}+${pos}`);
    if (typeof newTarget !== 'number' && newTarget.pos < 0) return patchError(`label ${newTarget.name} is not bound`);
    const d = targetAddr(newTarget) - (this.base + pos + b.size);
    if (b.rel === 8 ? d < -128 || d > 127 : !isInt32(d)) {
      return patchError(`target out of rel${b.rel} range for the ${b.kind} at ${this.name}+${pos} (displacement ${d})`);
    }
    if (this.fixups.length) this.fixups = this.fixups.filter((f) => f.at < pos || f.at >= pos + b.size);
    this.writeAt(pos + b.size - (b.rel === 8 ? 1 : 4), d, b.rel === 8 ? 1 : 4);
    return PATCH_OK;
  }

  /**
   * Rewrites the `size`-byte slot at `pos` with whatever `emit` writes (any shape),
   * padding the rest with nops. If it does not fit, the slot is left untouched and
   * an error is returned. The write position, `dropped` and the rest are unchanged.
   */
  overwrite(pos: number, size: number, emit: (cb: CodeBlock) => void): PatchResult {
    if (!(pos >= 0 && size >= 0 && pos + size <= this.capacity)) return patchError(`slot ${pos}+${size} outside ${this.name}`);
    const saved = this.mem.slice(pos, pos + size);
    const savedPos = this.writePos;
    const savedDropped = this.dropped;
    const savedFixups = this.fixups.length;
    this.writePos = pos;
    this.limit = pos + size;
    this.dropped = false;
    let error: string | null = null;
    try {
      emit(this);
      if (this.dropped) error = `new code does not fit the ${size}-byte slot at ${this.name}+${pos}`;
      else emitNops(this, pos + size - this.writePos);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    } finally {
      this.writePos = savedPos;
      this.limit = this.capacity;
      this.dropped = savedDropped;
    }
    if (error !== null) {
      this.mem.set(saved, pos);
      this.fixups.length = savedFixups;
      return patchError(error);
    }
    // Fixups recorded for the old contents of the slot are stale now.
    this.fixups = this.fixups.filter((f, i) => i >= savedFixups || f.at < pos || f.at >= pos + size);
    return PATCH_OK;
  }

  /**
   * Rewrites the `size`-byte slot at `pos` (typically an emitted branch) with another
   * branch shape, padded with nops. rel32 is used when it fits in the slot (so the
   * result stays patchable), else rel8 if the target is in range. What fits where:
   *   2-byte slot (jmp/jcc rel8):  jmp rel8, jcc rel8, nop
   *   5-byte slot (jmp/call rel32): jmp rel32, call rel32, jmp/jcc rel8 (+3 nop), nop5
   *   6-byte slot (jcc rel32):      jcc rel32, jmp/call rel32 (+1 nop), rel8 (+4 nop), nop6
   */
  rewriteBranch(pos: number, size: number, shape: BranchShape): PatchResult {
    if (shape.kind === 'nop') return this.overwrite(pos, size, (cb) => emitNops(cb, size));
    if (typeof shape.target !== 'number' && shape.target.pos < 0) return patchError(`label ${shape.target.name} is not bound`);
    const cc = shape.kind === 'jcc' ? ccCode(shape.cc) : -1;
    const long = shape.kind === 'jcc' ? 6 : 5;
    const emit = (cb: CodeBlock, rel32: boolean): void => {
      const o = rel32 ? { rel32: true } : { rel8: true };
      if (shape.kind === 'jmp') emitBranch(cb, 0xeb, 0xe9, 1, shape.target, o);
      else if (shape.kind === 'call') emitBranch(cb, -1, 0xe8, 1, shape.target, o);
      else emitBranch(cb, 0x70 + cc, 0x0f80 + cc, 2, shape.target, o);
    };
    if (size >= long) return this.overwrite(pos, size, (cb) => emit(cb, true));
    if (shape.kind === 'call') return patchError(`call rel32 needs 5 bytes, slot at ${this.name}+${pos} has ${size}`);
    return this.overwrite(pos, size, (cb) => emit(cb, false));
  }
}

/** The two code regions of the JIT: inline code, and outlined code (stubs, side exits). */
export interface CodeBlockPair {
  inline: CodeBlock;
  outlined: CodeBlock;
}

/**
 * Splits one buffer (or a fresh one of `size` bytes) at absolute address `base` into
 * an inline block followed by an outlined block. Both share the same address space,
 * so jumps between them are ordinary rel32 branches.
 */
export function createCodeBlockPair(mem: Uint8Array | number, base = 0, inlineSize?: number): CodeBlockPair {
  const buf = typeof mem === 'number' ? new Uint8Array(mem) : mem;
  const split = inlineSize ?? Math.floor(buf.length / 2);
  if (!(split >= 0 && split <= buf.length)) throw new AsmError(`bad inline size ${split}`);
  return {
    inline: new CodeBlock(buf.subarray(0, split), base, 'inline'),
    outlined: new CodeBlock(buf.subarray(split), base + split, 'outlined'),
  };
}
