// Generic inline paths for operators whose type-specialised versions kept
// failing (issue 19, "no cliffs"): each accepts operands of any
// representation in machine code and sends only what it cannot do inline
// (a non-number, a double out of int64 range, two distinct non-interned
// strings) to the instruction's runtime call on an outlined slow path that
// comes back after the instruction. None side-exits.
//
// - bitwise operators and shifts: int32 operands as they are, doubles
//   through an inline ToInt32 (cvttsd2si to 64 bits, whose low half is the
//   result for any |x| < 2^63);
// - `%` on int32s with a non-negative dividend and a positive divisor;
// - `~` and unary `+` (opt_tonumber);
// - `===` / `!==` on any pair: numbers by value (int/double mixes, NaN,
//   -0), other values by identity, strings by identity or, when both are
//   interned, unequal; two non-interned distinct strings by the runtime.

import { Op } from '../../bytecode/opnums';
import { OPS } from '../../bytecode/opcodes';
import { HF_INTERNED, L } from '../../vm/layout';
import * as X from '../../x86asm';
import { Type } from '../context';
import type { ExitReason } from '../exits';
import { type JitState, Status } from './state';
import { GEN } from './registry';
import { storeInteger } from './arith';

type GenericIntOp = 'and' | 'or' | 'xor' | 'shl' | 'sar' | 'shr';

/** The bits `cvttsd2si` returns for NaN, infinities and values out of int64 range. */
const INT64_INDEFINITE = -(1n << 63n);

/**
 * Loads ToInt32 of the value `depth` from the top into `reg` (a 32-bit
 * register; its 64-bit form is written): an int32 as is, a double through
 * cvttsd2si, anything else (and a double out of range) to `slow`.
 */
function loadInt32(j: JitState, depth: number, reg: X.Reg, slow: number): void {
  const cb = j.cb;
  const slot = j.top(depth);
  const t = j.ctx.peekType(depth);
  if (t === Type.Int32) {
    X.mov(cb, reg, j.top(depth, 32));
    return;
  }
  const r64 = X.resize(reg, 64);
  const done = cb.newLabel('int32_done');
  if (t !== Type.Double) {
    const notInt = cb.newLabel('not_int');
    j.countCheck();
    X.cmp(cb, j.topTag(depth), L.TAG_INT | 0);
    X.jcc(cb, 'ne', notInt);
    X.mov(cb, reg, j.top(depth, 32));
    X.jmp(cb, done);
    cb.bindLabel(notInt);
    X.cmp(cb, j.topTag(depth), L.TAG_BASE | 0);
    X.jcc(cb, 'ae', slow, { rel32: true });
  }
  const cached = j.xmmOf(slot);
  if (cached) j.comment(`${j.slotName(slot)} from ${cached.name} (cached, no reload)`);
  X.cvttsd2si(cb, r64, cached ?? slot);
  X.mov(cb, X.R11, INT64_INDEFINITE);
  X.cmp(cb, r64, X.R11);
  X.jcc(cb, 'e', slow, { rel32: true });
  cb.bindLabel(done);
}

/** An outlined slow path (the instruction's runtime call) that comes back after the instruction. */
function slowPath(j: JitState, reason: ExitReason): number {
  const after = j.cb.newLabel('after');
  j.afterLabels.push(after);
  return j.jit.genSlowPath(j, reason, after);
}

/**
 * &, |, ^, <<, >>, >>> on numbers of any representation (other operands:
 * the runtime call). The result of all but >>> is an int32 on every path.
 */
export function genBitwiseAny(j: JitState, op: GenericIntOp, storeUnsigned: (j: JitState, reg: X.Reg) => void): Status {
  const cb = j.cb;
  j.comment(`${OPS[j.iseq.code[j.pc]].name}: any numbers (inline ToInt32)`);
  const slow = slowPath(j, 'toint32_slow');
  loadInt32(j, 1, X.EAX, slow);
  loadInt32(j, 0, X.ECX, slow);
  switch (op) {
    case 'and':
      X.and(cb, X.EAX, X.ECX);
      break;
    case 'or':
      X.or(cb, X.EAX, X.ECX);
      break;
    case 'xor':
      X.xor(cb, X.EAX, X.ECX);
      break;
    case 'shl':
      X.shl(cb, X.EAX, X.CL);
      break;
    case 'sar':
      X.sar(cb, X.EAX, X.CL);
      break;
    case 'shr':
      X.shr(cb, X.EAX, X.CL);
      break;
  }
  j.xmmPop(2);
  j.ctx = j.ctx.pop(2);
  if (op === 'shr') {
    // eax zero-extended into rax: the unsigned result as a 64-bit integer.
    X.mov(cb, X.EAX, X.EAX);
    storeUnsigned(j, X.RAX);
    j.ctx = j.ctx.push(Type.UnknownImm);
  } else {
    j.storeInt(j.pushSlot(), X.EAX);
    j.ctx = j.ctx.push(Type.Int32);
  }
  cb.linkLabels();
  j.keepXmm();
  return Status.Keep;
}

/** ~x on any number (others: the runtime call): always an int32. */
export function genBitnot(j: JitState): Status {
  const cb = j.cb;
  const slow = slowPath(j, 'toint32_slow');
  loadInt32(j, 0, X.EAX, slow);
  X.not(cb, X.EAX);
  j.xmmPop(1);
  j.ctx = j.ctx.pop(1);
  j.storeInt(j.pushSlot(), X.EAX);
  j.ctx = j.ctx.push(Type.Int32);
  cb.linkLabels();
  j.keepXmm();
  return Status.Keep;
}

/** Unary + (opt_tonumber): a number stays as it is; anything else takes the runtime call. */
export function genToNumber(j: JitState): Status {
  const t = j.ctx.peekType(0);
  if (t === Type.Int32 || t === Type.Double) return Status.Keep;
  const cb = j.cb;
  const slow = slowPath(j, 'number_slow');
  j.countCheck();
  X.cmp(cb, j.topTag(0), L.TAG_INT | 0);
  X.jcc(cb, 'a', slow, { rel32: true });
  j.ctx = j.ctx.pop(1).push(Type.UnknownImm);
  j.keepXmm();
  return Status.Keep;
}

/**
 * Loads the value `depth` from the top as a 64-bit integer into `reg`: an
 * int32 sign-extended, a double only when it holds an integer exactly (in
 * int64 range); anything else to `slow`.
 */
function loadInt64(j: JitState, depth: number, reg: X.Reg, slow: number): void {
  const cb = j.cb;
  const t = j.ctx.peekType(depth);
  if (t === Type.Int32) {
    X.movsxd(cb, reg, j.top(depth, 32));
    return;
  }
  const done = cb.newLabel('int64_done');
  if (t !== Type.Double) {
    const notInt = cb.newLabel('not_int');
    j.countCheck();
    X.cmp(cb, j.topTag(depth), L.TAG_INT | 0);
    X.jcc(cb, 'ne', notInt);
    X.movsxd(cb, reg, j.top(depth, 32));
    X.jmp(cb, done);
    cb.bindLabel(notInt);
    X.cmp(cb, j.topTag(depth), L.TAG_BASE | 0);
    X.jcc(cb, 'ae', slow, { rel32: true });
  }
  X.movsd(cb, X.XMM0, j.top(depth));
  X.cvttsd2si(cb, reg, X.XMM0);
  // Integral exactly when converting back gives the same double (NaN and out of range do not).
  X.cvtsi2sd(cb, X.XMM1, reg);
  X.ucomisd(cb, X.XMM0, X.XMM1);
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.jcc(cb, 'p', slow, { rel32: true });
  cb.bindLabel(done);
}

/**
 * % on any operands: integers (int32s, or doubles holding integers in int64
 * range) by a 64-bit division, whose remainder takes the dividend's sign as
 * JavaScript's does; the rest by the runtime call: a zero divisor (NaN), a
 * divisor of -1 (0 or -0; it would also trap on INT64_MIN), a zero remainder
 * of a negative dividend (-0), a double zero dividend (maybe -0),
 * fractions and non-numbers.
 */
export function genModAny(j: JitState, storeInteger: (j: JitState, reg: X.Reg) => void): Status {
  const cb = j.cb;
  j.comment('opt_mod: any operands (integer cases inline)');
  const slow = slowPath(j, 'number_slow');
  loadInt64(j, 1, X.RAX, slow);
  loadInt64(j, 0, X.RCX, slow);
  if (j.ctx.peekType(1) !== Type.Int32) {
    const nonZero = cb.newLabel('nonzero');
    X.test(cb, X.RAX, X.RAX);
    X.jcc(cb, 'ne', nonZero);
    X.cmp(cb, j.topTag(1), L.TAG_INT | 0);
    X.jcc(cb, 'ne', slow, { rel32: true });
    cb.bindLabel(nonZero);
  }
  X.test(cb, X.RCX, X.RCX);
  X.jcc(cb, 'e', slow, { rel32: true });
  X.cmp(cb, X.RCX, -1);
  X.jcc(cb, 'e', slow, { rel32: true });
  X.mov(cb, X.R9, X.RAX);
  X.cqo(cb);
  X.idiv(cb, X.RCX);
  const store = cb.newLabel('store');
  X.test(cb, X.RDX, X.RDX);
  X.jcc(cb, 'ne', store);
  X.test(cb, X.R9, X.R9);
  X.jcc(cb, 's', slow, { rel32: true });
  cb.bindLabel(store);
  j.xmmPop(2);
  j.ctx = j.ctx.pop(2);
  storeInteger(j, X.RDX);
  j.ctx = j.ctx.push(Type.UnknownImm);
  cb.linkLabels();
  j.keepXmm();
  return Status.Keep;
}

/**
 * === / !== on values of any types, inline: numbers compare by value
 * (int32 and double mixed; NaN unequal, -0 equal to 0), a number and a
 * non-number are unequal, other values compare by identity except two
 * distinct strings, unequal when both are interned and otherwise compared
 * by the runtime call.
 */
export function genStrictEqAny(j: JitState, eq: boolean): Status {
  const cb = j.cb;
  const name = eq ? 'opt_stricteq' : 'opt_strictneq';
  j.comment(`${name}: any types`);
  const slow = slowPath(j, eq ? 'opt_stricteq_slow_path' : 'opt_strictneq_slow_path');
  const aNotNum = cb.newLabel('a_not_number');
  const unequal = cb.newLabel('unequal');
  const equal = cb.newLabel('equal');
  const toDouble = cb.newLabel('to_double');
  const store = cb.newLabel('store');
  X.mov(cb, X.RAX, j.top(1));
  X.mov(cb, X.RCX, j.top(0));
  X.mov(cb, X.RDX, X.RAX);
  X.shr(cb, X.RDX, 32);
  X.mov(cb, X.R9, X.RCX);
  X.shr(cb, X.R9, 32);
  // Numbers: hi <= TAG_INT (unsigned).
  X.cmp(cb, X.EDX, L.TAG_INT | 0);
  X.jcc(cb, 'a', aNotNum);
  X.cmp(cb, X.R9D, L.TAG_INT | 0);
  X.jcc(cb, 'a', unequal);
  // Two numbers. Two int32s compare as words.
  X.cmp(cb, X.EDX, L.TAG_INT | 0);
  X.jcc(cb, 'ne', toDouble);
  X.cmp(cb, X.R9D, L.TAG_INT | 0);
  X.jcc(cb, 'ne', toDouble);
  X.cmp(cb, X.EAX, X.ECX);
  X.jcc(cb, 'e', equal);
  X.jmp(cb, unequal);
  cb.bindLabel(toDouble);
  for (const [hi, v, xmm] of [[X.EDX, X.RAX, X.XMM0], [X.R9D, X.RCX, X.XMM1]] as const) {
    const isDouble = cb.newLabel('is_double');
    const loaded = cb.newLabel('loaded');
    X.cmp(cb, hi, L.TAG_INT | 0);
    X.jcc(cb, 'ne', isDouble);
    X.cvtsi2sd(cb, xmm, X.resize(v, 32));
    X.jmp(cb, loaded);
    cb.bindLabel(isDouble);
    X.movq(cb, xmm, v);
    cb.bindLabel(loaded);
  }
  // ucomisd: ZF=1 and PF=0 exactly when equal (unordered sets PF).
  X.ucomisd(cb, X.XMM0, X.XMM1);
  X.setcc(cb, 'e', X.R8B);
  X.setcc(cb, 'np', X.R9B);
  X.and(cb, X.R8B, X.R9B);
  X.movzx(cb, X.R8D, X.R8B);
  X.jmp(cb, store);
  cb.bindLabel(aNotNum);
  X.cmp(cb, X.R9D, L.TAG_INT | 0);
  X.jcc(cb, 'be', unequal);
  X.cmp(cb, X.RAX, X.RCX);
  X.jcc(cb, 'e', equal);
  // Distinct words: equal only if both are strings with the same contents.
  X.cmp(cb, X.EDX, L.TAG_STRING | 0);
  X.jcc(cb, 'ne', unequal);
  X.cmp(cb, X.R9D, L.TAG_STRING | 0);
  X.jcc(cb, 'ne', unequal);
  X.mov(cb, X.EAX, X.EAX);
  X.mov(cb, X.ECX, X.ECX);
  X.test(cb, X.byte(X.R12, L.HDR_FLAGS, X.RAX), HF_INTERNED);
  X.jcc(cb, 'e', slow, { rel32: true });
  X.test(cb, X.byte(X.R12, L.HDR_FLAGS, X.RCX), HF_INTERNED);
  X.jcc(cb, 'e', slow, { rel32: true });
  cb.bindLabel(unequal);
  X.xor(cb, X.R8D, X.R8D);
  X.jmp(cb, store);
  cb.bindLabel(equal);
  X.mov(cb, X.R8D, 1);
  cb.bindLabel(store);
  if (!eq) X.xor(cb, X.R8D, 1);
  j.xmmPop(2);
  j.ctx = j.ctx.pop(2);
  j.storeBool(j.pushSlot(), X.R8D);
  j.ctx = j.ctx.push(Type.Boolean);
  cb.linkLabels();
  j.keepXmm();
  return Status.Keep;
}

/** The instructions genBitwiseAny serves, by opcode. */
export const GENERIC_INT_OPS: ReadonlyMap<number, GenericIntOp> = new Map([
  [Op.opt_and, 'and'],
  [Op.opt_or, 'or'],
  [Op.opt_xor, 'xor'],
  [Op.opt_shl, 'shl'],
  [Op.opt_sar, 'sar'],
  [Op.opt_shr, 'shr'],
]);

// ------------------------------------------------------------ registration

/**
 * When to take the generic path instead of the type-specialised gen
 * function: its exits stormed (storm.ts); or not both operands known int32
 * and either the site already took a guard chain step (or can take none)
 * or the operands seen now are not both int32.
 */
function wantsGeneric(j: JitState, operands: 1 | 2): boolean | 'defer' {
  if (j.stormLevel() > 0) return true;
  const known = (d: number): boolean => j.ctx.peekType(d) === Type.Int32;
  if (known(0) && (operands === 1 || known(1))) return false;
  if (j.insnCtx.chainDepth > 0 || j.chainExhausted()) return true;
  if (!j.canPeek()) return 'defer';
  const seen = (d: number): boolean => j.ctx.peekType(d) === Type.Int32 || j.peekRuntimeType(d) === Type.Int32;
  return !(seen(0) && (operands === 1 || seen(1)));
}

/** Puts the generic paths in front of the type-specialised gen functions in `gen` (the GEN table). */
export function installGenericPaths(gen: (((j: JitState) => Status) | undefined)[], storeInteger: (j: JitState, reg: X.Reg) => void): void {
  const storeUnsigned = storeInteger;
  const wrap = (op: number, operands: 1 | 2, generic: (j: JitState) => Status): void => {
    const specialised = gen[op];
    gen[op] = (j) => {
      const w = wantsGeneric(j, operands);
      if (w === 'defer') return j.defer();
      if (w || !specialised) return generic(j);
      return specialised(j);
    };
  };
  for (const [op, kind] of GENERIC_INT_OPS) wrap(op, 2, (j) => genBitwiseAny(j, kind, storeUnsigned));
  wrap(Op.opt_mod, 2, (j) => genModAny(j, storeUnsigned));
  wrap(Op.opt_stricteq, 2, (j) => genStrictEqAny(j, true));
  wrap(Op.opt_strictneq, 2, (j) => genStrictEqAny(j, false));
  gen[Op.opt_bitnot] = genBitnot;
  gen[Op.opt_tonumber] = genToNumber;
}

installGenericPaths(GEN, (j, reg) => storeInteger(j, j.pushSlot(), reg));
