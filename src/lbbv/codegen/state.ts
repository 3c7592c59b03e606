// JitState: what a gen_<opcode> function sees while one block version is
// compiled — the current instruction, the Context (types known so far), and
// helpers to address frame slots, emit guards and side exits, end the block
// with a branch, or defer until run-time types can be peeked.

import type { ISeq } from '../../bytecode/iseq';
import { trackedLocals } from '../../bytecode/liveness';
import { insnLength, OPS } from '../../bytecode/opcodes';
import { L } from '../../vm/layout';
import * as X from '../../x86asm';
import { Context, MAX_LOCALS, NO_TAG, tagOfType, Type, typeName, typeOfTag } from '../context';
import { Slot } from '../stats';
import type { Block } from '../versions';
import type { Jit } from '../jit';
import { RUNTIME_OPS } from '../runtime';
import { counterName, EXITS, type ExitReason } from '../exits';

/** What a gen function tells the block compiler. */
export const enum Status {
  /** The instruction is compiled; go on with the next one. */
  Keep = 0,
  /** The instruction ended the block (a branch, an exit). */
  End = 1,
  /** Not compiled here: the block ends with a side exit at this instruction. */
  CantCompile = 2,
}

/** Type guard chains compile at most this many extra versions of one instruction, then take a generic path or side-exit. */
export const MAX_CHAIN = 3;
/** Receiver-shape chains of property instructions: up to 8 shapes per site, then the megamorphic slow path. */
export const PROPERTY_CHAIN = 7;
/** Callee chains of call sites (YJIT's send depth), then the megamorphic call. */
export const SEND_CHAIN = 5;

/** Byte offset of the first operand-stack slot from the frame pointer. */
const TEMPS = L.FRAME_HEADER;

/**
 * The registers of the per-block double cache (docs/ARCHITECTURE.md §6):
 * between instructions that opt in, a frame slot (operand-stack slot or
 * local) whose value is a double may also be held in one of these. Nothing
 * else in generated code uses them. A call out (callbacks into C or
 * TypeScript clobber every xmm register) ends the cache, unless it is on an
 * outlined path that reloads it (xmmReload) before jumping back.
 */
export const XMM_CACHE: readonly X.Reg[] = [X.XMM2, X.XMM3, X.XMM4, X.XMM5, X.XMM6, X.XMM7];

export class JitState {
  /** Current instruction index. */
  pc: number;
  /** Types known at the current instruction. Contexts are immutable: each step replaces it. */
  ctx: Context;
  /** Instructions compiled into this block so far. */
  insns = 0;
  /** The context at the start of the current instruction (guards chain back to it). */
  insnCtx: Context;
  /** Why the block ended in a side exit (set by gen functions returning CantCompile). */
  exitReason: ExitReason | null = null;
  /** Side exits already emitted in this block, by "pc:stack:reason". */
  private readonly exits = new Map<string, number>();

  /**
   * Double cache: r13-relative displacement of a frame slot -> index into
   * XMM_CACHE of a register holding the same 64 bits (a double). The slot
   * in memory is still written and stays authoritative (exits, the
   * collector, runtime calls and the interpreter read it); the register
   * only saves reloading it. Valid only along straight-line code between
   * instructions whose gen functions call keepXmm(); see endInsnXmm.
   */
  private readonly xmmKeys = new Map<number, number>();
  /** Per cache register: clock of its last use (eviction picks the oldest). */
  private readonly xmmUse: number[] = XMM_CACHE.map(() => 0);
  private xmmClock = 0;
  /** Slots recorded by the current instruction (they survive its end). */
  private readonly xmmNew = new Set<number>();
  /** Set by a gen function when its code keeps the cache valid (see keepXmm). */
  private xmmKept = false;
  /** Set when the current instruction calls out inline (the cache registers are lost). */
  private xmmLost = false;

  constructor(
    readonly jit: Jit,
    readonly iseq: ISeq,
    readonly block: Block,
    ctx: Context,
    /** Frame of the running code (q-index) when compiling from a stub hit, for peeking; -1 otherwise. */
    readonly peekFp: number,
  ) {
    this.pc = block.pc;
    this.ctx = ctx;
    this.insnCtx = ctx;
    this.slots = trackedLocals(iseq, MAX_LOCALS);
  }

  // --------------------------------------------------------------- locals

  /**
   * Context slot of each local (bytecode/liveness.ts trackedLocals): a
   * Context tracks MAX_LOCALS locals, the first ones or, in a function with
   * more, the ones most used in loops. Gen functions name locals by index
   * and go through these helpers.
   */
  readonly slots: Int8Array;

  /** The known type of local i (Unknown when it is not tracked). */
  localType(i: number): Type {
    const s = i < this.slots.length ? this.slots[i] : -1;
    return s < 0 ? Type.Unknown : this.ctx.localType(s);
  }

  /** ctx with a copy of local i pushed (an alias when the local is tracked). */
  pushLocal(i: number): Context {
    const s = i < this.slots.length ? this.slots[i] : -1;
    return s < 0 ? this.ctx.push(Type.Unknown) : this.ctx.pushLocal(s);
  }

  /** `c` (default ctx) after a write of a value of type t to local i. */
  setLocalType(i: number, t: Type, c: Context = this.ctx): Context {
    const s = i < this.slots.length ? this.slots[i] : -1;
    return s < 0 ? c : c.setLocalType(s, t);
  }

  get cb(): X.CodeBlock {
    return this.jit.inline;
  }

  get ocb(): X.CodeBlock {
    return this.jit.outlined;
  }

  /** Operand i of the current instruction. */
  op(i: number): number {
    return this.iseq.code[this.pc + 1 + i];
  }

  /** The instruction after the current one. */
  get nextPc(): number {
    return this.pc + insnLength(this.iseq.code[this.pc]);
  }

  // ---------------------------------------------------------------- slots

  /** The operand-stack value `depth` from the top (0 = top). */
  top(depth = 0, bits = 64): X.Mem {
    return X.mem(bits, X.R13, TEMPS + 8 * (this.ctx.stackSize - 1 - depth));
  }

  /** High word (tag) of the value `depth` from the top. */
  topTag(depth = 0): X.Mem {
    return X.mem(32, X.R13, TEMPS + 8 * (this.ctx.stackSize - 1 - depth) + 4);
  }

  /** The stack slot the next push writes. */
  pushSlot(bits = 64): X.Mem {
    return X.mem(bits, X.R13, TEMPS + 8 * this.ctx.stackSize);
  }

  local(i: number, bits = 64): X.Mem {
    return X.mem(bits, X.R13, -8 * (this.iseq.localCount - i));
  }

  self(bits = 64): X.Mem {
    return X.mem(bits, X.R13, -8 * (this.iseq.localCount + 1));
  }

  /** Address of a global slot (r12 = memory base). */
  global(slot: number, bits = 64): X.Mem {
    return X.mem(bits, X.R12, L.GLOBALS_BASE + 8 * slot);
  }

  /** Runtime-block counter slot. */
  counter(slot: number): X.Mem {
    return X.qword(X.R15, this.jit.counterOffset(slot));
  }

  comment(text: string): void {
    if (this.jit.options.disasm) this.cb.comment(text);
  }

  // --------------------------------------------------------- double cache

  /**
   * The current instruction's code leaves the cache registers alone on
   * every path that reaches its end (or, on an outlined slow path or
   * allocation refill that calls out and comes back, reloads them with
   * xmmReload), binds no label reached from outside the instruction, and
   * records (xmmRecord) each slot it writes that it wants cached. Anything
   * else clears the cache at the end of the instruction.
   */
  keepXmm(): void {
    this.xmmKept = true;
  }

  /** The current instruction calls out (C or TypeScript) inline: the cache ends with it. */
  xmmLose(): void {
    this.xmmLost = true;
  }

  /**
   * After a call on an outlined path that jumps back into the current
   * instruction (jit.genSlowPath, jit.genRefillPath): puts every cached slot
   * back in its register, from memory (the call clobbered the registers;
   * the slots in memory are authoritative). Slots the instruction itself
   * rewrites may reload something else: the block compiler forgets those.
   */
  xmmReload(cb: X.CodeBlock): void {
    // Per register, the lowest slot it holds: a local, else the deepest stack
    // slot. If any of its slots outlives the instruction that one does (the
    // instruction may rewrite only stack slots from some index up).
    const from = new Map<number, number>();
    for (const [disp, r] of this.xmmKeys) if (!from.has(r) || disp < from.get(r)!) from.set(r, disp);
    if (from.size > 0 && this.jit.options.disasm) cb.comment('reload the double cache');
    for (const [r, disp] of from) X.movsd(cb, XMM_CACHE[r], X.qword(X.R13, disp));
  }

  /** Called by the block compiler before each instruction. */
  beginInsnXmm(): void {
    this.xmmKept = false;
    this.xmmLost = false;
    this.xmmNew.clear();
  }

  /**
   * Called by the block compiler after each instruction (before its after
   * labels are bound). `ok` is false when the instruction ended the block or
   * was compiled as a runtime call: then the cache is cleared. Otherwise
   * the operand-stack slots the instruction popped (from index `low` up)
   * were possibly rewritten: they are forgotten unless the instruction
   * recorded them itself.
   */
  endInsnXmm(ok: boolean, low: number): void {
    // An outlined slow path that comes back after the instruction reloads
    // the cache as it was when the path was made: nothing the instruction
    // recorded afterwards holds there.
    if (this.afterLabels.length > 0 && this.xmmNew.size > 0) ok = false;
    if (!ok || !this.xmmKept || this.xmmLost) {
      this.xmmClear();
      return;
    }
    const lowDisp = TEMPS + 8 * low;
    for (const disp of [...this.xmmKeys.keys()]) {
      if (disp >= lowDisp && !this.xmmNew.has(disp)) this.xmmKeys.delete(disp);
    }
  }

  xmmClear(): void {
    this.xmmKeys.clear();
  }

  /** The cache register holding the double in frame slot `m`, or null. */
  xmmOf(m: X.Mem): X.Reg | null {
    if (m.base !== X.R13 || m.index !== null) return null;
    const r = this.xmmKeys.get(m.disp);
    if (r === undefined) return null;
    this.xmmUse[r] = ++this.xmmClock;
    return XMM_CACHE[r];
  }

  /** Forgets frame slot `m` (its value is about to change). */
  xmmForget(m: X.Mem): void {
    this.xmmKeys.delete(m.disp);
  }

  /** Forgets the top `n` operand-stack slots (popped: their registers may be reused). */
  xmmPop(n: number): void {
    const lowDisp = TEMPS + 8 * (this.ctx.stackSize - n);
    for (const disp of [...this.xmmKeys.keys()]) if (disp >= lowDisp) this.xmmKeys.delete(disp);
  }

  /**
   * A cache register to compute a new value in: `prefer` if no slot is
   * cached in it any more, else a free one, else the least recently used;
   * never one in `avoid`. Slots cached in it are forgotten.
   */
  xmmAlloc(avoid: readonly (X.Reg | null)[] = [], prefer: X.Reg | null = null): X.Reg {
    const inUse = new Set(this.xmmKeys.values());
    const avoidIdx = new Set(avoid.filter((r): r is X.Reg => r !== null).map((r) => XMM_CACHE.indexOf(r)));
    let pick = -1;
    const p = prefer ? XMM_CACHE.indexOf(prefer) : -1;
    if (p >= 0 && !inUse.has(p) && !avoidIdx.has(p)) pick = p;
    for (let i = 0; pick < 0 && i < XMM_CACHE.length; i++) if (!inUse.has(i) && !avoidIdx.has(i)) pick = i;
    if (pick < 0) {
      for (let i = 0; i < XMM_CACHE.length; i++) {
        if (avoidIdx.has(i)) continue;
        if (pick < 0 || this.xmmUse[i] < this.xmmUse[pick]) pick = i;
      }
      for (const [disp, r] of [...this.xmmKeys]) if (r === pick) this.xmmKeys.delete(disp);
    }
    this.xmmUse[pick] = ++this.xmmClock;
    return XMM_CACHE[pick];
  }

  /** Records that frame slot `m` (just written from `reg`) also lives in cache register `reg`. */
  xmmRecord(m: X.Mem, reg: X.Reg): void {
    const r = XMM_CACHE.indexOf(reg);
    if (m.base !== X.R13 || m.index !== null || r < 0) throw new Error('xmmRecord: not a frame slot and a cache register');
    this.xmmKeys.set(m.disp, r);
    this.xmmNew.add(m.disp);
    this.xmmUse[r] = ++this.xmmClock;
  }

  /** A name for frame slot `m` in comments: t<depth> or l<i>. */
  slotName(m: X.Mem): string {
    if (m.disp >= TEMPS) return `t${this.ctx.stackSize - 1 - (m.disp - TEMPS) / 8}`;
    return `l${this.iseq.localCount + m.disp / 8}`;
  }

  // ---------------------------------------------------------------- exits

  /**
   * Address of a side exit that resumes the interpreter at `pc` (default:
   * the current instruction) with the current stack, counted under `reason`.
   * An exit writes pc and sp to the runtime block and returns to `enter`;
   * the fast path never pays for it.
   */
  sideExit(reason: ExitReason, pc = this.pc, stackSize = this.ctx.stackSize): number {
    const name = counterName(reason, OPS[this.iseq.code[this.pc]].name);
    const key = `${pc}:${stackSize}:${name}`;
    const hit = this.exits.get(key);
    if (hit !== undefined) return hit;
    const addr = this.jit.genExit(this.iseq, pc, stackSize, reason, name, this.block, this.pc);
    this.exits.set(key, addr);
    return addr;
  }

  /** Inline write position where the current instruction's code starts. */
  insnStart = 0;
  /** Labels to bind where the current instruction's code ends (slow paths jump back there). */
  afterLabels: X.Label[] = [];

  /**
   * The fast path does not apply. If nothing was emitted for this
   * instruction yet and it has a runtime slow path, compile a call to it
   * (CantCompile tells the block compiler so); otherwise end the block with
   * a side exit at this instruction.
   */
  exitOrRuntimeCall(reason: ExitReason): Status {
    if (RUNTIME_OPS.has(this.iseq.code[this.pc]) && this.cb.writePos === this.insnStart && this.ctx === this.insnCtx) {
      this.exitReason = reason;
      return Status.CantCompile;
    }
    X.jmp(this.cb, this.sideExit(reason), { rel32: true });
    return Status.End;
  }

  // --------------------------------------------------------------- guards

  /** Counts an executed type check (only with --stats) and one emitted. */
  countCheck(): void {
    this.jit.counters.type_checks_emitted++;
    if (this.jit.options.stats) X.inc(this.cb, this.counter(Slot.TypeChecks));
  }

  /**
   * Makes sure the value `depth` from the top has type `t`: nothing when the
   * context already knows it, else a tag check that side-exits on failure.
   * A passing guard records the type (upgrading the local it copies, if any).
   */
  guardTop(depth: number, t: Type, reason: ExitReason): void {
    const known = this.ctx.peekType(depth);
    if (known === t || (t === Type.Boolean && (known === Type.True || known === Type.False))) return;
    this.comment(`guard ${typeName(t)} (t${depth})`);
    this.countCheck();
    const tag = this.topTag(depth);
    let cc: X.CC;
    switch (t) {
      case Type.Double:
        // doubles: hi < TAG_BASE (unsigned)
        X.cmp(this.cb, tag, L.TAG_BASE | 0);
        cc = 'ae';
        break;
      case Type.Int32:
        X.cmp(this.cb, tag, L.TAG_INT | 0);
        cc = 'ne';
        break;
      default: {
        // Every other guardable type owns exactly one tag.
        const want = tagOfType(t);
        if (want === NO_TAG || t === Type.True || t === Type.False) throw new Error(`guardTop: no guard for ${typeName(t)}`);
        X.cmp(this.cb, tag, want | 0);
        cc = 'ne';
        break;
      }
    }
    this.chainGuard(cc, reason);
    this.ctx = this.ctx.setTempType(depth, t);
  }

  /**
   * jit_chain_guard: when the guard's condition `cc` holds (the guess was
   * wrong), jump to a stub that compiles this instruction again for the
   * types seen then, one chain level deeper; past MAX_CHAIN, side-exit.
   */
  /**
   * No more versions of this instruction: the chain is `limit` deep, code
   * memory is full, or there is one version per block (--jit-max-versions=1
   * leaves no room for chains). A chain may take a BlockId past the version
   * cap (branch_stub_hit compiles chain versions there in the generic
   * context), as YJIT's chains do.
   */
  chainExhausted(limit = MAX_CHAIN): boolean {
    return this.stormLevel() > 0 || this.insnCtx.chainDepth >= limit || this.jit.full || this.jit.options.maxVersions <= 1;
  }

  chainGuard(cc: X.CC, reason: ExitReason, limit = MAX_CHAIN): void {
    if (this.chainExhausted(limit)) {
      const op = this.iseq.code[this.pc];
      if (RUNTIME_OPS.has(op) && 'shapeGuard' in EXITS[reason]) {
        // Megamorphic: the generic slow path, then back after the instruction — never an exit loop.
        const after = this.cb.newLabel('after');
        this.afterLabels.push(after);
        X.jcc(this.cb, cc, this.jit.genSlowPath(this, 'megamorphic', after), { rel32: true });
        return;
      }
      X.jcc(this.cb, cc, this.sideExit(reason), { rel32: true });
      return;
    }
    this.jit.genGuardBranch(this, cc, this.pc, this.insnCtx.withChainDepth(this.insnCtx.chainDepth + 1));
  }

  /** The exit-storm level of the current instruction (storm.ts): above 0, compile its generic path. */
  stormLevel(): number {
    return this.jit.storm.level(this.iseq, this.pc);
  }

  // ---------------------------------------------------------------- peeking

  /** True when the current instruction starts the block and the frame is at hand: run-time values can be peeked. */
  canPeek(): boolean {
    return this.peekFp >= 0 && this.pc === this.block.pc;
  }

  /** The run-time tag word of the value `depth` from the top (only when canPeek()). */
  peekTag(depth: number): number {
    return this.jit.vm.u32[this.peekFp + (TEMPS >>> 2) + 2 * (this.ctx.stackSize - 1 - depth) + 1];
  }

  /** The run-time type of the value `depth` from the top (only when canPeek()). */
  peekRuntimeType(depth: number): Type {
    return typeOfTag(this.peekTag(depth));
  }

  /**
   * defer_compilation: ends the block with a stub to this same instruction,
   * so it is compiled when execution reaches it and the operand types can be
   * peeked at.
   */
  defer(): Status {
    this.jit.counters.defer_count++;
    this.comment('defer');
    this.jit.genDirectJump(this, this.pc, this.ctx);
    return Status.End;
  }

  // ------------------------------------------------------------ stores

  /**
   * Writes the int32 in the low half of a register to a value slot as one
   * qword: r14 holds the int32 tag in its high half, so the value is the
   * zero-extended int32 or r14. Values are always written with one 8-byte
   * store, so an 8-byte load of the slot is forwarded from the store buffer
   * instead of stalling on two halves.
   */
  storeInt(dst: X.Mem, reg: X.Reg): void {
    X.mov(this.cb, X.R11D, X.resize(reg, 32));
    X.or(this.cb, X.R11, X.R14);
    X.mov(this.cb, X.mem(64, dst.base, dst.disp, dst.index, dst.scale), X.R11);
  }

  /** Writes a boolean held as 0/1 in a register to a value slot (one qword store). */
  storeBool(dst: X.Mem, reg: X.Reg): void {
    X.mov(this.cb, X.R11, BigInt(L.TAG_BOOL) << 32n);
    X.or(this.cb, X.R11, X.resize(reg, 64));
    X.mov(this.cb, X.mem(64, dst.base, dst.disp, dst.index, dst.scale), X.R11);
  }

  /** Writes a constant value (two words) to a value slot with one qword store. */
  storeWords(dst: X.Mem, lo: number, hi: number): void {
    X.mov(this.cb, X.R11, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
    X.mov(this.cb, X.mem(64, dst.base, dst.disp, dst.index, dst.scale), X.R11);
  }

  /** Copies a value between two slots through rax. */
  copy(dst: X.Mem, src: X.Mem): void {
    X.mov(this.cb, X.RAX, src);
    X.mov(this.cb, dst, X.RAX);
  }
}
