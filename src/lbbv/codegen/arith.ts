// Gen functions: arithmetic, bitwise operators, comparisons, !, typeof.
// Registered in the opcode table (registry.ts); codegen/gen.ts loads every family.

import { OPS } from '../../bytecode/opcodes';
import { Op } from '../../bytecode/opnums';
import { HF_INTERNED, L } from '../../vm/layout';
import * as X from '../../x86asm';
import { isNumber, Type } from '../context';
import { JitState, Status } from './state';
import type { ExitReason } from '../exits';
import { reg, keepsXmm, type GenFn } from './registry';
import { genTruthy } from './branch';
import { genPushConst } from './stack';

// The instructions each shared gen function serves: exit reasons are built
// from them (`${name}_overflow`), and exits.ts must declare every one.
type ArithName = 'opt_plus' | 'opt_minus' | 'opt_mult' | 'opt_div';
type StepName = 'opt_inc' | 'opt_dec';
type BitwiseName = 'opt_and' | 'opt_or' | 'opt_xor' | 'opt_shl' | 'opt_sar';
type IntOpName = BitwiseName | 'opt_mod' | 'opt_shr';
type StrictEqName = 'opt_stricteq' | 'opt_strictneq';
type CompareName = 'opt_lt' | 'opt_le' | 'opt_gt' | 'opt_ge' | StrictEqName;

// ---------------------------------------------------------------- arithmetic

/** The operand types to compile a numeric op for: the known types, else the peeked ones; null to defer, 'exit' if not numbers. */
function numericOperands(j: JitState): [Type, Type] | null | 'exit' {
  let a = j.ctx.peekType(1);
  let b = j.ctx.peekType(0);
  if (isNumber(a) && isNumber(b)) return [a, b];
  if (!j.canPeek()) return null;
  if (!isNumber(a)) a = j.peekRuntimeType(1);
  if (!isNumber(b)) b = j.peekRuntimeType(0);
  if (!isNumber(a) || !isNumber(b)) return 'exit';
  return [a, b];
}

/** Loads a number slot into an xmm register (converting an int32); a double from the cache register holding it, if any. */
export function loadDouble(j: JitState, xmm: X.Reg, slot: X.Mem, t: Type): void {
  if (t === Type.Int32) {
    X.cvtsi2sd(j.cb, xmm, X.mem(32, slot.base, slot.disp));
    return;
  }
  const r = j.xmmOf(slot);
  if (r) {
    j.comment(`${j.slotName(slot)} from ${r.name} (cached, no reload)`);
    if (r !== xmm) X.movapd(j.cb, xmm, r);
  } else X.movsd(j.cb, xmm, slot);
}

/**
 * A number slot as the source operand of an SSE instruction: the cache
 * register holding it, else the slot itself (a double), else `scratch`
 * holding the int32 converted.
 */
export function doubleSource(j: JitState, slot: X.Mem, t: Type, scratch: X.Reg): X.Reg | X.Mem {
  if (t === Type.Int32) {
    X.cvtsi2sd(j.cb, scratch, X.mem(32, slot.base, slot.disp));
    return scratch;
  }
  const r = j.xmmOf(slot);
  if (r) {
    j.comment(`${j.slotName(slot)} from ${r.name} (cached, no reload)`);
    return r;
  }
  return slot;
}

/**
 * Computes `op(a, b)` for the doubles (or int32s, by `ta` / `tb`) at depths
 * 1 and 0 in a cache register, which it returns; the operands are
 * forgotten by the cache. An operand in a cache register is used there: a
 * dying one (held for no other slot) becomes the destination.
 */
function doubleBinary(j: JitState, ta: Type, tb: Type, op: (cb: X.CodeBlock, d: X.Reg, s: X.Reg | X.Mem) => void): X.Reg {
  const a = j.top(1);
  const ra = ta === Type.Double ? j.xmmOf(a) : null;
  const src = doubleSource(j, j.top(0), tb, X.XMM1);
  const srcReg = src.kind === 'reg' ? src : null;
  j.xmmPop(2);
  const dst = j.xmmAlloc(srcReg === ra ? [] : [srcReg], ra);
  if (ra === dst) j.comment(`${j.slotName(a)} from ${ra.name} (cached, no reload)`);
  else if (ra) {
    j.comment(`${j.slotName(a)} from ${ra.name} (cached, no reload)`);
    X.movapd(j.cb, dst, ra);
  } else {
    // cvtsi2sd writes only the low half: zero the register first so it does not wait for the value it held.
    if (ta === Type.Int32) X.xorpd(j.cb, dst, dst);
    loadDouble(j, dst, a, ta);
  }
  op(j.cb, dst, src);
  return dst;
}

/** Stores the double in cache register `reg` as the new top value, which the cache then holds. */
export function pushCachedDouble(j: JitState, reg: X.Reg): void {
  const slot = j.pushSlot();
  X.movsd(j.cb, slot, reg);
  j.xmmRecord(slot, reg);
  j.ctx = j.ctx.push(Type.Double);
  j.keepXmm();
}

/**
 * Loads a number of unknown representation into an xmm register: int32
 * converted, double as is, anything else side-exits (the caller links the
 * labels). Used where a site has
 * already seen its operand types change (chain depth > 0): one generic
 * version instead of a version per int/double combination.
 */
function loadAnyNumber(j: JitState, xmm: X.Reg, slot: X.Mem, reason: ExitReason): void {
  const cb = j.cb;
  const r = j.xmmOf(slot);
  if (r) {
    // The cache holds only doubles.
    j.comment(`${j.slotName(slot)} from ${r.name} (cached double, no reload or tag check)`);
    X.movapd(cb, xmm, r);
    return;
  }
  const notInt = cb.newLabel('not_int');
  const done = cb.newLabel('done');
  j.countCheck();
  X.cmp(cb, X.mem(32, slot.base, slot.disp + 4), L.TAG_INT | 0);
  X.jcc(cb, 'ne', notInt);
  X.cvtsi2sd(cb, xmm, X.mem(32, slot.base, slot.disp));
  X.jmp(cb, done);
  cb.bindLabel(notInt);
  X.cmp(cb, X.mem(32, slot.base, slot.disp + 4), L.TAG_BASE | 0);
  X.jcc(cb, 'ae', j.sideExit(reason), { rel32: true });
  X.movsd(cb, xmm, slot);
  cb.bindLabel(done);
}

/**
 * True when this instruction's operand types are not both known and it
 * already took a guard chain step, or can take no more: compile its generic
 * number path instead of another version (or an exit).
 */
function wantsGenericNumbers(j: JitState): boolean {
  if (isNumber(j.ctx.peekType(1)) && isNumber(j.ctx.peekType(0))) return false;
  return j.insnCtx.chainDepth > 0 || j.chainExhausted();
}

/**
 * After an int32 product of the top two values in eax: jumps to `target`
 * when the product is 0 and an operand is negative (the result is -0, a
 * double). The caller links the labels.
 */
function jumpIfNegativeZero(j: JitState, target: X.Label | number): void {
  const cb = j.cb;
  const nonZero = cb.newLabel('nonzero');
  X.test(cb, X.EAX, X.EAX);
  X.jcc(cb, 'ne', nonZero);
  X.mov(cb, X.ECX, j.top(1, 32));
  X.or(cb, X.ECX, j.top(0, 32));
  X.jcc(cb, 's', target, { rel32: true });
  cb.bindLabel(nonZero);
}

/**
 * +, -, * and / on numbers of any representation: two int32s take the int
 * path (an overflow or a -0 product falls to the double path), anything
 * else is converted to doubles; non-numbers side-exit. The result's
 * representation is not known at compile time.
 */
function genGenericArith(j: JitState, name: ArithName, intOp: IntOp | null, sse: SseOp): Status {
  const cb = j.cb;
  j.comment(`${name}: generic number path`);
  const a = j.top(1);
  const b = j.top(0);
  const dbl = cb.newLabel('double');
  const done = cb.newLabel('done');
  if (intOp) {
    j.countCheck();
    X.cmp(cb, X.mem(32, a.base, a.disp + 4), L.TAG_INT | 0);
    X.jcc(cb, 'ne', dbl);
    j.countCheck();
    X.cmp(cb, X.mem(32, b.base, b.disp + 4), L.TAG_INT | 0);
    X.jcc(cb, 'ne', dbl);
    X.mov(cb, X.EAX, j.top(1, 32));
    if (intOp === 'add') X.add(cb, X.EAX, j.top(0, 32));
    else if (intOp === 'sub') X.sub(cb, X.EAX, j.top(0, 32));
    else X.imul(cb, X.EAX, j.top(0, 32));
    X.jcc(cb, 'o', dbl);
    if (intOp === 'imul') jumpIfNegativeZero(j, dbl);
    j.storeInt(a, X.EAX);
    X.jmp(cb, done);
  }
  cb.bindLabel(dbl);
  loadAnyNumber(j, X.XMM0, a, `${name}_not_number`);
  loadAnyNumber(j, X.XMM1, b, `${name}_not_number`);
  sse(cb, X.XMM0, X.XMM1);
  if (intOp) X.movsd(cb, a, X.XMM0);
  else {
    // No int32 path (division): the result is always a double, kept in a cache register.
    j.xmmPop(2);
    const d = j.xmmAlloc();
    X.movapd(cb, d, X.XMM0);
    X.movsd(cb, a, d);
    j.xmmRecord(a, d);
  }
  cb.bindLabel(done);
  cb.linkLabels();
  j.ctx = j.ctx.pop(2).push(intOp ? Type.UnknownImm : Type.Double);
  j.keepXmm();
  return Status.Keep;
}

type IntOp = 'add' | 'sub' | 'imul';
type SseOp = (cb: X.CodeBlock, d: X.Reg, s: X.Reg | X.Mem) => void;

/**
 * opt_plus / opt_minus / opt_mult: int32 with an overflow check that
 * side-exits (the interpreter then produces the double), or double
 * arithmetic in SSE registers when either side is a double.
 */
function genArith(j: JitState, name: ArithName, intOp: IntOp | null, sse: SseOp): Status {
  const types = numericOperands(j);
  if (types === null) return j.defer();
  if (types === 'exit') return j.exitOrRuntimeCall(`${name}_not_number`);
  const [ta, tb] = types;
  if (wantsGenericNumbers(j)) return genGenericArith(j, name, intOp, sse);
  if (intOp && ta === Type.Int32 && tb === Type.Int32) {
    j.guardTop(1, Type.Int32, `${name}_not_int`);
    j.guardTop(0, Type.Int32, `${name}_not_int`);
    X.mov(j.cb, X.EAX, j.top(1, 32));
    if (intOp === 'imul') {
      X.imul(j.cb, X.EAX, j.top(0, 32));
      X.jcc(j.cb, 'o', j.sideExit(`${name}_overflow`), { rel32: true });
      // A zero product with a negative operand is -0, a double: let the interpreter do it.
      jumpIfNegativeZero(j, j.sideExit(`${name}_negative_zero`));
      j.cb.linkLabels();
    } else {
      if (intOp === 'add') X.add(j.cb, X.EAX, j.top(0, 32));
      else X.sub(j.cb, X.EAX, j.top(0, 32));
      X.jcc(j.cb, 'o', j.sideExit(`${name}_overflow`), { rel32: true });
    }
    j.ctx = j.ctx.pop(2);
    j.storeInt(j.pushSlot(), X.EAX);
    j.ctx = j.ctx.push(Type.Int32);
    j.keepXmm();
    return Status.Keep;
  }
  j.guardTop(1, ta, `${name}_type_changed`);
  j.guardTop(0, tb, `${name}_type_changed`);
  const r = doubleBinary(j, ta, tb, sse);
  j.ctx = j.ctx.pop(2);
  pushCachedDouble(j, r);
  return Status.Keep;
}

/**
 * The int32-only operators' prologue: defer until the operand types can be
 * peeked, fall back (runtime call or exit) unless both are int32, else guard
 * both. Returns the status to return early with, or null to go on.
 */
function intOperands(j: JitState, name: IntOpName): Status | null {
  const types = numericOperands(j);
  if (types === null) return j.defer();
  if (types === 'exit' || types[0] !== Type.Int32 || types[1] !== Type.Int32) return j.exitOrRuntimeCall(`${name}_not_int`);
  j.guardTop(1, Type.Int32, `${name}_not_int`);
  j.guardTop(0, Type.Int32, `${name}_not_int`);
  return null;
}

/** opt_mod on int32s with a non-negative dividend and a positive divisor (other cases: -0 and signs, the interpreter). */
const gen_opt_mod: GenFn = (j) => {
  const early = intOperands(j, 'opt_mod');
  if (early !== null) return early;
  const cb = j.cb;
  X.mov(cb, X.EAX, j.top(1, 32));
  X.test(cb, X.EAX, X.EAX);
  X.jcc(cb, 's', j.sideExit('opt_mod_negative'), { rel32: true });
  X.mov(cb, X.ECX, j.top(0, 32));
  X.test(cb, X.ECX, X.ECX);
  X.jcc(cb, 'le', j.sideExit('opt_mod_negative'), { rel32: true });
  X.cdq(cb);
  X.idiv(cb, X.ECX);
  j.ctx = j.ctx.pop(2);
  j.storeInt(j.pushSlot(), X.EDX);
  j.ctx = j.ctx.push(Type.Int32);
  return Status.Keep;
};

const gen_opt_plus: GenFn = (j) => genArith(j, 'opt_plus', 'add', X.addsd);
const gen_opt_minus: GenFn = (j) => genArith(j, 'opt_minus', 'sub', X.subsd);
const gen_opt_mult: GenFn = (j) => genArith(j, 'opt_mult', 'imul', X.mulsd);
const gen_opt_div: GenFn = (j) => genArith(j, 'opt_div', null, X.divsd);

/** opt_inc / opt_dec: int32 ± 1 with an overflow exit, or double ± 1. */
function genStep(j: JitState, name: StepName, delta: 1 | -1): Status {
  let t = j.ctx.peekType(0);
  if (!isNumber(t)) {
    if (!j.canPeek()) return j.defer();
    t = j.peekRuntimeType(0);
    if (!isNumber(t)) return j.exitOrRuntimeCall(`${name}_not_number`);
  }
  j.guardTop(0, t, `${name}_type_changed`);
  if (t === Type.Int32) {
    X.mov(j.cb, X.EAX, j.top(0, 32));
    if (delta === 1) X.add(j.cb, X.EAX, 1);
    else X.sub(j.cb, X.EAX, 1);
    X.jcc(j.cb, 'o', j.sideExit(`${name}_overflow`), { rel32: true });
    j.storeInt(j.top(0), X.EAX);
  } else {
    const top = j.top(0);
    const src = j.xmmOf(top);
    j.xmmPop(1);
    const d = j.xmmAlloc([], src);
    if (src) j.comment(`t0 from ${src.name} (cached, no reload)`);
    if (src && src !== d) X.movapd(j.cb, d, src);
    else if (!src) X.movsd(j.cb, d, top);
    X.mov(j.cb, X.EAX, delta);
    X.cvtsi2sd(j.cb, X.XMM1, X.EAX);
    X.addsd(j.cb, d, X.XMM1);
    X.movsd(j.cb, top, d);
    j.xmmRecord(top, d);
  }
  j.keepXmm();
  j.ctx = j.ctx.pop(1).push(t);
  return Status.Keep;
}

/** -x: int32 (0 gives -0 and -2^31 gives 2^31, both doubles) or double (flip the sign bit). */
const gen_opt_neg: GenFn = (j) => {
  let t = j.ctx.peekType(0);
  if (!isNumber(t)) {
    if (!j.canPeek()) return j.defer();
    t = j.peekRuntimeType(0);
    if (!isNumber(t)) return j.exitOrRuntimeCall('opt_neg_not_number');
  }
  j.guardTop(0, t, 'opt_neg_type_changed');
  const cb = j.cb;
  j.keepXmm();
  if (t === Type.Double) {
    // Flip the sign bit (-0 and NaN included), into a cache register.
    const top = j.top(0);
    const src = j.xmmOf(top);
    j.xmmPop(1);
    const d = j.xmmAlloc([src]);
    if (src) {
      j.comment(`t0 from ${src.name} (cached, no reload)`);
      X.mov(cb, X.R11, 1n << 63n);
      X.movq(cb, d, X.R11);
      X.xorpd(cb, d, src);
      X.movsd(cb, top, d);
    } else {
      X.mov(cb, X.RAX, top);
      X.btc(cb, X.RAX, 63);
      X.mov(cb, top, X.RAX);
      X.movq(cb, d, X.RAX);
    }
    j.xmmRecord(top, d);
    return Status.Keep;
  }
  X.mov(cb, X.RAX, j.top(0));
  const zero = cb.newLabel('zero');
  const done = cb.newLabel('done');
  X.test(cb, X.EAX, X.EAX);
  X.jcc(cb, 'e', zero);
  X.neg(cb, X.EAX);
  X.jcc(cb, 'o', j.sideExit('opt_neg_overflow'), { rel32: true });
  j.storeInt(j.top(0), X.EAX);
  X.jmp(cb, done);
  cb.bindLabel(zero);
  j.storeWords(j.top(0), 0, 0x80000000);
  cb.bindLabel(done);
  cb.linkLabels();
  j.ctx = j.ctx.pop(1).push(Type.UnknownImm);
  return Status.Keep;
};

const gen_opt_inc: GenFn = (j) => genStep(j, 'opt_inc', 1);
const gen_opt_dec: GenFn = (j) => genStep(j, 'opt_dec', -1);

/** Bitwise ops on two int32s (other operands: exit; ToInt32 of doubles stays in the interpreter). */
function genBitwise(j: JitState, name: BitwiseName, emit: (j: JitState) => void): Status {
  const early = intOperands(j, name);
  if (early !== null) return early;
  X.mov(j.cb, X.EAX, j.top(1, 32));
  emit(j);
  j.ctx = j.ctx.pop(2);
  j.storeInt(j.pushSlot(), X.EAX);
  j.ctx = j.ctx.push(Type.Int32);
  return Status.Keep;
}

/**
 * Stores the 64-bit integer in `reg` (exact as a double) to a value slot:
 * as an int32 when it fits, else as a double.
 */
export function storeInteger(j: JitState, dst: X.Mem, reg: X.Reg): void {
  const cb = j.cb;
  const asDouble = cb.newLabel('as_double');
  const done = cb.newLabel('done');
  X.movsxd(cb, X.R8, X.resize(reg, 32));
  X.cmp(cb, X.R8, reg);
  X.jcc(cb, 'ne', asDouble);
  j.storeInt(dst, reg);
  X.jmp(cb, done);
  cb.bindLabel(asDouble);
  X.cvtsi2sd(cb, X.XMM0, reg);
  X.movsd(cb, dst, X.XMM0);
  cb.bindLabel(done);
  cb.linkLabels();
}

/** >>> : an unsigned result, int32 when it fits, else a double. */
const gen_opt_shr: GenFn = (j) => {
  const early = intOperands(j, 'opt_shr');
  if (early !== null) return early;
  const cb = j.cb;
  X.mov(cb, X.EAX, j.top(1, 32));
  X.mov(cb, X.ECX, j.top(0, 32));
  X.shr(cb, X.EAX, X.CL);
  j.ctx = j.ctx.pop(2);
  // eax was zero-extended into rax: the unsigned result as a 64-bit integer.
  storeInteger(j, j.pushSlot(), X.RAX);
  j.ctx = j.ctx.push(Type.UnknownImm);
  return Status.Keep;
};

const gen_opt_and: GenFn = (j) => genBitwise(j, 'opt_and', (j) => X.and(j.cb, X.EAX, j.top(0, 32)));
const gen_opt_or: GenFn = (j) => genBitwise(j, 'opt_or', (j) => X.or(j.cb, X.EAX, j.top(0, 32)));
const gen_opt_xor: GenFn = (j) => genBitwise(j, 'opt_xor', (j) => X.xor(j.cb, X.EAX, j.top(0, 32)));
const gen_opt_shl: GenFn = (j) =>
  genBitwise(j, 'opt_shl', (j) => {
    X.mov(j.cb, X.ECX, j.top(0, 32));
    X.shl(j.cb, X.EAX, X.CL);
  });
const gen_opt_sar: GenFn = (j) =>
  genBitwise(j, 'opt_sar', (j) => {
    X.mov(j.cb, X.ECX, j.top(0, 32));
    X.sar(j.cb, X.EAX, X.CL);
  });

// ---------------------------------------------------------------- comparisons

type Cmp = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';

/** Condition codes after `cmp a, b` (signed ints) and after `ucomisd` (doubles, see genCompare). */
const INT_CC: Record<Cmp, X.CC> = { lt: 'l', le: 'le', gt: 'g', ge: 'ge', eq: 'e', ne: 'ne' };

/**
 * A comparison. Fused with a following branchif/branchunless it becomes a
 * compare and a conditional branch; otherwise it produces a boolean.
 */
function genCompare(j: JitState, name: CompareName, cmp: Cmp): Status {
  const types = numericOperands(j);
  if (types === null) return j.defer();
  if (types === 'exit') return j.exitOrRuntimeCall(`${name}_not_number`);
  const [ta, tb] = types;
  let cc: X.CC;
  const generic = cmp !== 'eq' && cmp !== 'ne' && wantsGenericNumbers(j);
  if (generic) {
    j.comment(`${name}: generic number path`);
    loadAnyNumber(j, X.XMM0, j.top(1), `${name}_not_number`);
    loadAnyNumber(j, X.XMM1, j.top(0), `${name}_not_number`);
    j.cb.linkLabels();
    if (cmp === 'lt' || cmp === 'le') X.ucomisd(j.cb, X.XMM1, X.XMM0);
    else X.ucomisd(j.cb, X.XMM0, X.XMM1);
    cc = cmp === 'lt' || cmp === 'gt' ? 'a' : 'ae';
  } else if (ta === Type.Int32 && tb === Type.Int32) {
    j.guardTop(1, Type.Int32, `${name}_not_int`);
    j.guardTop(0, Type.Int32, `${name}_not_int`);
    X.mov(j.cb, X.EAX, j.top(1, 32));
    X.cmp(j.cb, X.EAX, j.top(0, 32));
    cc = INT_CC[cmp];
  } else {
    if (cmp === 'eq' || cmp === 'ne') return j.exitOrRuntimeCall(`${name}_double`);
    j.guardTop(1, ta, `${name}_type_changed`);
    j.guardTop(0, tb, `${name}_type_changed`);
    // ucomisd x, y sets CF/ZF like an unsigned compare and CF=ZF=PF=1 when
    // unordered; `a` and `ae` are false for NaN, so compare in the order that
    // makes the test one of them.
    const swap = cmp === 'lt' || cmp === 'le';
    const [dx, tx, dy, ty] = swap ? [0, tb, 1, ta] : [1, ta, 0, tb];
    const x = (tx === Type.Double && j.xmmOf(j.top(dx))) || null;
    if (x) j.comment(`${j.slotName(j.top(dx))} from ${x.name} (cached, no reload)`);
    else loadDouble(j, X.XMM0, j.top(dx), tx);
    X.ucomisd(j.cb, x ?? X.XMM0, doubleSource(j, j.top(dy), ty, X.XMM1));
    cc = cmp === 'lt' || cmp === 'gt' ? 'a' : 'ae';
  }
  j.ctx = j.ctx.pop(2);
  const next = j.iseq.code[j.nextPc];
  if (next === Op.branchif || next === Op.branchunless) {
    // Fused: the comparison's flags drive the branch directly.
    const brPc = j.nextPc;
    const target = j.iseq.code[brPc + 1];
    const fallthrough = brPc + 2;
    j.comment(`fused ${OPS[next].name}`);
    j.insns++;
    const takeCC = next === Op.branchif ? cc : (X.invertCC(cc) as unknown as X.CC);
    j.jit.genBranch(j, takeCC, fallthrough, j.ctx, target, j.ctx);
    return Status.End;
  }
  X.setcc(j.cb, cc, X.AL);
  X.movzx(j.cb, X.EAX, X.AL);
  j.storeBool(j.pushSlot(), X.EAX);
  j.ctx = j.ctx.push(Type.Boolean);
  j.keepXmm();
  return Status.Keep;
}

const gen_opt_lt: GenFn = (j) => genCompare(j, 'opt_lt', 'lt');
const gen_opt_le: GenFn = (j) => genCompare(j, 'opt_le', 'le');
const gen_opt_gt: GenFn = (j) => genCompare(j, 'opt_gt', 'gt');
const gen_opt_ge: GenFn = (j) => genCompare(j, 'opt_ge', 'ge');

/** === and !== on int32s (other types: the interpreter). */
function genStrictEq(j: JitState, name: StrictEqName, eq: boolean): Status {
  const types = numericOperands(j);
  if (types === null) return j.defer();
  if (types === 'exit') return genStrictEqNonNumbers(j, name, eq);
  if (types[0] !== Type.Int32 || types[1] !== Type.Int32) return j.exitOrRuntimeCall(`${name}_not_int`);
  return genCompare(j, name, eq ? 'eq' : 'ne');
}

/**
 * === / !== when the operands are not numbers (objects, strings, null,
 * undefined, booleans): identical words are equal; two different strings
 * are compared by the runtime; anything else is unequal. Numbers (where
 * NaN and -0 matter) take the outlined slow path too.
 */
function genStrictEqNonNumbers(j: JitState, name: StrictEqName, eq: boolean): Status {
  const cb = j.cb;
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  const slow = j.jit.genSlowPath(j, `${name}_slow_path`, after);
  const diff = cb.newLabel('diff');
  const store = cb.newLabel('store');
  X.mov(cb, X.RAX, j.top(1));
  X.mov(cb, X.RCX, j.top(0));
  for (const r of [X.RAX, X.RCX]) {
    // Numbers: hi <= TAG_INT (unsigned).
    X.mov(cb, X.RDX, r);
    X.shr(cb, X.RDX, 32);
    X.cmp(cb, X.EDX, L.TAG_INT | 0);
    X.jcc(cb, 'be', slow, { rel32: true });
  }
  X.xor(cb, X.R8D, X.R8D);
  X.cmp(cb, X.RAX, X.RCX);
  X.jcc(cb, 'ne', diff);
  X.mov(cb, X.R8D, 1);
  X.jmp(cb, store);
  cb.bindLabel(diff);
  X.mov(cb, X.RDX, X.RAX);
  X.shr(cb, X.RDX, 32);
  X.cmp(cb, X.EDX, L.TAG_STRING | 0);
  X.jcc(cb, 'ne', store);
  X.mov(cb, X.RDX, X.RCX);
  X.shr(cb, X.RDX, 32);
  X.cmp(cb, X.EDX, L.TAG_STRING | 0);
  X.jcc(cb, 'ne', store);
  // Two different string cells: unequal if both are interned, else compare contents.
  X.mov(cb, X.EAX, X.EAX);
  X.mov(cb, X.ECX, X.ECX);
  X.test(cb, X.byte(X.R12, L.HDR_FLAGS, X.RAX), HF_INTERNED);
  X.jcc(cb, 'e', slow, { rel32: true });
  X.test(cb, X.byte(X.R12, L.HDR_FLAGS, X.RCX), HF_INTERNED);
  X.jcc(cb, 'e', slow, { rel32: true });
  cb.bindLabel(store);
  cb.linkLabels();
  if (!eq) X.xor(cb, X.R8D, 1);
  j.ctx = j.ctx.pop(2);
  j.storeBool(j.pushSlot(), X.R8D);
  j.ctx = j.ctx.push(Type.Boolean);
  return Status.Keep;
}

const gen_opt_stricteq: GenFn = (j) => genStrictEq(j, 'opt_stricteq', true);
const gen_opt_strictneq: GenFn = (j) => genStrictEq(j, 'opt_strictneq', false);

const gen_opt_not: GenFn = (j) => {
  let t = j.ctx.peekType(0);
  if (t === Type.True || t === Type.False) {
    j.storeWords(j.top(0), t === Type.True ? 0 : 1, L.TAG_BOOL);
    j.ctx = j.ctx.pop(1).push(t === Type.True ? Type.False : Type.True);
    return Status.Keep;
  }
  if (t !== Type.Boolean) {
    if (!j.canPeek()) return j.defer();
    t = j.peekRuntimeType(0);
    if ((t !== Type.Boolean && t !== Type.True && t !== Type.False) || j.chainExhausted()) {
      // !x of any other type: the negated truthiness.
      genTruthy(j);
      X.setcc(j.cb, 'e', X.AL);
      X.movzx(j.cb, X.EAX, X.AL);
      j.ctx = j.ctx.pop(1);
      j.storeBool(j.pushSlot(), X.EAX);
      j.ctx = j.ctx.push(Type.Boolean);
      return Status.Keep;
    }
    j.guardTop(0, Type.Boolean, 'opt_not_not_bool');
  }
  // Flip bit 0 with a full-width read and write (the slot is later read as a qword).
  X.mov(j.cb, X.RAX, j.top(0));
  X.xor(j.cb, X.RAX, 1);
  X.mov(j.cb, j.top(0), X.RAX);
  j.ctx = j.ctx.pop(1).push(Type.Boolean);
  return Status.Keep;
};

/** typeof folds to a constant string when the type is known. */
const TYPEOF_NAME: Partial<Record<Type, string>> = {
  [Type.Int32]: 'number',
  [Type.Double]: 'number',
  [Type.Boolean]: 'boolean',
  [Type.True]: 'boolean',
  [Type.False]: 'boolean',
  [Type.Undefined]: 'undefined',
  [Type.Null]: 'object',
  [Type.String]: 'string',
  [Type.Object]: 'object',
  [Type.Array]: 'object',
  [Type.Function]: 'function',
};

const gen_opt_typeof: GenFn = (j) => {
  let t = j.ctx.peekType(0);
  if (TYPEOF_NAME[t] === undefined) {
    // Peek at the value, guard its tag, and fold.
    if (!j.canPeek()) return j.defer();
    t = j.peekRuntimeType(0);
    if (TYPEOF_NAME[t] === undefined) return j.exitOrRuntimeCall('opt_typeof_unknown');
    j.guardTop(0, t, 'opt_typeof_type_changed');
  }
  const name = TYPEOF_NAME[t]!;
  j.comment(`typeof folded: '${name}'`);
  j.ctx = j.ctx.pop(1);
  return genPushConst(j, j.jit.vm.pinString(name), L.TAG_STRING, Type.String);
};

reg('opt_plus', gen_opt_plus);
reg('opt_minus', gen_opt_minus);
reg('opt_mult', gen_opt_mult);
reg('opt_div', gen_opt_div);
reg('opt_mod', keepsXmm(gen_opt_mod));
reg('opt_neg', gen_opt_neg);
reg('opt_inc', gen_opt_inc);
reg('opt_dec', gen_opt_dec);
reg('opt_and', keepsXmm(gen_opt_and));
reg('opt_or', keepsXmm(gen_opt_or));
reg('opt_xor', keepsXmm(gen_opt_xor));
reg('opt_shl', keepsXmm(gen_opt_shl));
reg('opt_sar', keepsXmm(gen_opt_sar));
reg('opt_shr', keepsXmm(gen_opt_shr));
reg('opt_lt', gen_opt_lt);
reg('opt_le', gen_opt_le);
reg('opt_gt', gen_opt_gt);
reg('opt_ge', gen_opt_ge);
reg('opt_stricteq', keepsXmm(gen_opt_stricteq));
reg('opt_strictneq', keepsXmm(gen_opt_strictneq));
reg('opt_not', keepsXmm(gen_opt_not));
reg('opt_typeof', keepsXmm(gen_opt_typeof));
