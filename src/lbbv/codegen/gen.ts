// One gen_<opcode> per bytecode instruction the JIT compiles, registered in
// GEN below. An instruction without a handler ends its block with a side exit,
// so coverage can grow one instruction at a time. Values live in their VM
// stack slots (addressed from r13, the frame); the Context says what is known
// about each, and a guard is emitted only where it is not.
//
// Why this file is over 1000 lines: it is to be split by instruction family
// (stack/locals, arithmetic, comparisons/branches, properties, calls,
// allocation) once the language branches that add gen functions here have
// merged; moving it while they are open would turn every one of their
// additions into a conflict. Built-in fast paths already live apart
// (builtins.ts, registered in natives.ts).

import { ISEQ_ARGUMENTS, ISEQ_DERIVED, type ISeq } from '../../bytecode/iseq';
import { readsSelf, trackedLocals } from '../../bytecode/liveness';
import { OP, OPS } from '../../bytecode/opcodes';
import { Op } from '../../bytecode/opnums';
import { CLOSURE_SIZE, closureFlags, GLOBAL_ASSUMED, GLOBAL_REASSIGNED, HF_ARGS_STRICT, HF_FROZEN_ELEMENTS, HF_INTERNED, HF_IS_PROTO, HF_SPARSE, L, LOOKUP_HASH, MC } from '../../vm/layout';
import * as X from '../../x86asm';
import { Context, isNumber, MAX_LOCALS, NO_TAG, tagOfType, Type, typeMeet, typeName, typeOfTag, typeOfValue } from '../context';
import { ATTR_ACCESSOR, FIELD_ANY, FIELD_DOUBLE, FIELD_NONE, type Shape } from '../../vm/shapes';
import { enumCacheFor } from '../../vm/forin';
import { JitState, PROPERTY_CHAIN, SEND_CHAIN, Status } from './state';
import type { ExitReason } from '../exits';

// The instructions each shared gen function serves: exit reasons are built
// from them (`${name}_overflow`), and exits.ts must declare every one.
type ArithName = 'opt_plus' | 'opt_minus' | 'opt_mult' | 'opt_div';
type StepName = 'opt_inc' | 'opt_dec';
type BitwiseName = 'opt_and' | 'opt_or' | 'opt_xor' | 'opt_shl' | 'opt_sar';
type IntOpName = BitwiseName | 'opt_mod' | 'opt_shr';
type StrictEqName = 'opt_stricteq' | 'opt_strictneq';
type CompareName = 'opt_lt' | 'opt_le' | 'opt_gt' | 'opt_ge' | StrictEqName;
type CondBranchName = 'branchif' | 'branchunless';
type ReadName = 'getprop' | 'getmethod';
type ArrayIndexName = 'opt_aref' | 'opt_aset';

export type GenFn = (j: JitState) => Status;

// ------------------------------------------------------------------ constants

function genPushConst(j: JitState, lo: number, hi: number, t: Type): Status {
  j.storeWords(j.pushSlot(), lo, hi);
  j.ctx = j.ctx.push(t);
  return Status.Keep;
}

const gen_nop: GenFn = () => Status.Keep;
const gen_loophint: GenFn = () => Status.Keep;
const gen_putundef: GenFn = (j) => genPushConst(j, 0, L.TAG_UNDEF, Type.Undefined);
const gen_putnull: GenFn = (j) => genPushConst(j, 0, L.TAG_NULL, Type.Null);
const gen_puttrue: GenFn = (j) => genPushConst(j, 1, L.TAG_BOOL, Type.True);
const gen_putfalse: GenFn = (j) => genPushConst(j, 0, L.TAG_BOOL, Type.False);
const gen_putint: GenFn = (j) => genPushConst(j, j.op(0), L.TAG_INT, Type.Int32);

const gen_putconst: GenFn = (j) => {
  const k = j.op(0);
  const lo = j.iseq.consts[2 * k];
  const hi = j.iseq.consts[2 * k + 1];
  // Constant strings are pinned cells: their references never move or die.
  return genPushConst(j, lo, hi, typeOfTag(hi));
};

const gen_putself: GenFn = (j) => {
  j.copy(j.pushSlot(), j.self());
  j.ctx = j.ctx.pushSelf();
  return Status.Keep;
};

// ---------------------------------------------------------------- stack moves

const gen_pop: GenFn = (j) => {
  j.ctx = j.ctx.pop(1);
  return Status.Keep;
};

const gen_dup: GenFn = (j) => {
  const t = j.ctx.peekType(0);
  const top = j.top(0);
  const push = j.pushSlot();
  const r = j.xmmOf(top);
  if (r) {
    j.comment(`t0 from ${r.name} (cached, no reload)`);
    X.movsd(j.cb, push, r);
    j.xmmRecord(top, r);
    j.xmmRecord(push, r);
  } else j.copy(push, top);
  j.ctx = j.ctx.push(t);
  j.keepXmm();
  return Status.Keep;
};

const gen_swap: GenFn = (j) => {
  const a = j.ctx.peekType(1);
  const b = j.ctx.peekType(0);
  X.mov(j.cb, X.RAX, j.top(0));
  X.mov(j.cb, X.RCX, j.top(1));
  X.mov(j.cb, j.top(1), X.RAX);
  X.mov(j.cb, j.top(0), X.RCX);
  j.ctx = j.ctx.pop(2).push(b).push(a);
  return Status.Keep;
};

/** dup2: a b -> a b a b */
const gen_dup2: GenFn = (j) => {
  const a = j.ctx.peekType(1);
  const b = j.ctx.peekType(0);
  X.mov(j.cb, X.RAX, j.top(1));
  X.mov(j.cb, X.RCX, j.top(0));
  X.mov(j.cb, j.pushSlot(), X.RAX);
  j.ctx = j.ctx.push(a);
  X.mov(j.cb, j.pushSlot(), X.RCX);
  j.ctx = j.ctx.push(b);
  return Status.Keep;
};

/** rot3: a b c -> c a b */
const gen_rot3: GenFn = (j) => {
  const [ta, tb, tc] = [j.ctx.peekType(2), j.ctx.peekType(1), j.ctx.peekType(0)];
  X.mov(j.cb, X.RAX, j.top(2));
  X.mov(j.cb, X.RCX, j.top(1));
  X.mov(j.cb, X.RDX, j.top(0));
  X.mov(j.cb, j.top(2), X.RDX);
  X.mov(j.cb, j.top(1), X.RAX);
  X.mov(j.cb, j.top(0), X.RCX);
  j.ctx = j.ctx.pop(3).push(tc).push(ta).push(tb);
  return Status.Keep;
};

// ------------------------------------------------------------------- locals

/**
 * getlocal: a copy of the local. A double local is copied through a cache
 * register (the one already holding it, or a new one), so the instructions
 * after it in the block find both the local and the copy there.
 */
const gen_getlocal: GenFn = (j) => {
  const i = j.op(0);
  const local = j.local(i);
  const push = j.pushSlot();
  let r = j.xmmOf(local);
  if (r) j.comment(`l${i} from ${r.name} (cached, no reload)`);
  else if (j.localType(i) === Type.Double) {
    r = j.xmmAlloc();
    X.movsd(j.cb, r, local);
    j.xmmRecord(local, r);
  }
  if (r) {
    X.movsd(j.cb, push, r);
    j.xmmRecord(push, r);
  } else j.copy(push, local);
  j.ctx = j.pushLocal(i);
  j.keepXmm();
  return Status.Keep;
};

/** setlocal: the local's cache register changes with it (a double goes through one). */
const gen_setlocal: GenFn = (j) => {
  const i = j.op(0);
  const t = j.ctx.peekType(0);
  const top = j.top(0);
  const local = j.local(i);
  let r = j.xmmOf(top);
  j.xmmForget(local);
  if (r) j.comment(`t0 from ${r.name} (cached, no reload)`);
  else if (t === Type.Double) {
    r = j.xmmAlloc();
    X.movsd(j.cb, r, top);
  }
  if (r) {
    X.movsd(j.cb, local, r);
    j.xmmRecord(local, r);
  } else j.copy(local, top);
  j.ctx = j.setLocalType(i, t, j.ctx.pop(1));
  j.keepXmm();
  return Status.Keep;
};

const gen_getlocalchecked: GenFn = (j) => {
  const i = j.op(0);
  const tag = j.local(i, 32);
  X.cmp(j.cb, X.mem(32, tag.base, tag.disp + 4), L.TAG_TDZ | 0);
  X.jcc(j.cb, 'e', j.sideExit('getlocal_tdz'), { rel32: true });
  j.copy(j.pushSlot(), j.local(i));
  j.ctx = j.pushLocal(i);
  return Status.Keep;
};

const gen_initlocal: GenFn = (j) => {
  const i = j.op(0);
  j.storeWords(j.local(i), 0, L.TAG_TDZ);
  j.xmmForget(j.local(i));
  j.ctx = j.setLocalType(i, Type.Unknown);
  j.keepXmm();
  return Status.Keep;
};

/** Loads the ENV `level` parents up into rax (as an absolute address in rax, offset form). */
function loadEnv(j: JitState, level: number): void {
  X.mov(j.cb, X.EAX, X.dword(X.R13, L.FR_ENV));
  for (let l = 0; l < level; l++) X.mov(j.cb, X.EAX, X.dword(X.R12, L.ENV_PARENT, X.RAX));
}

/** The VM-wide field-type key of the captured binding this instruction accesses, or -1. */
function envKey(j: JitState): number {
  const keys = j.iseq.envKeys;
  return keys.length > 0 ? keys[j.pc] : -1;
}

/**
 * The type a load of a captured binding pushes: its field type (the kinds
 * every ENV of its scope has held there, vm.envFields), under a patch-point
 * assumption, or Unknown.
 */
function typedEnvLoad(j: JitState): Type {
  const key = envKey(j);
  if (key < 0) return Type.Unknown;
  const t = fieldType(j.jit.vm.envFields[key]);
  if (t === Type.Unknown) return t;
  j.jit.assumeEnvFieldType(j, key, 'getenv_field_type_changed');
  j.jit.counters.typed_field_loads++;
  return t;
}

const gen_getenv: GenFn = (j) => {
  loadEnv(j, j.op(1));
  X.mov(j.cb, X.RCX, X.qword(X.R12, L.ENV_DATA + 8 * j.op(0), X.RAX));
  const t = typedEnvLoad(j);
  X.mov(j.cb, j.pushSlot(), X.RCX);
  j.ctx = j.ctx.push(t);
  return Status.Keep;
};

const gen_getenvchecked: GenFn = (j) => {
  loadEnv(j, j.op(1));
  X.mov(j.cb, X.RCX, X.qword(X.R12, L.ENV_DATA + 8 * j.op(0), X.RAX));
  X.cmp(j.cb, X.dword(X.R12, L.ENV_DATA + 8 * j.op(0) + 4, X.RAX), L.TAG_TDZ | 0);
  X.jcc(j.cb, 'e', j.sideExit('getenv_tdz'), { rel32: true });
  // Past the TDZ check, the value is one the binding was assigned.
  const t = typedEnvLoad(j);
  X.mov(j.cb, j.pushSlot(), X.RCX);
  j.ctx = j.ctx.push(t);
  return Status.Keep;
};

/**
 * A load of a binding the compiler proved always holds a function
 * (F_FUNCTION_RESULT): the plain load, TDZ exit included, then the pushed
 * temp is known to be a FUNCTION — and so is the local it copies, until the
 * local is written. A call through it needs no callee type guard.
 */
function functionLoad(load: GenFn): GenFn {
  return (j) => {
    const status = load(j);
    // The load's field type may say otherwise only on a path that cannot run
    // (a store of the function earlier in this block exits on its field-type check).
    if (status === Status.Keep && typeMeet(j.ctx.peekType(0), Type.Function) !== null) j.ctx = j.ctx.setTempType(0, Type.Function);
    return status;
  };
}

const gen_setenv: GenFn = (j) => {
  // The value must fit the binding's field type: known to, or checked (a
  // mismatch exits; the interpreter's store widens the type and this block
  // is invalidated, so that its next version stores without the check).
  const key = envKey(j);
  if (key >= 0) {
    const vm = j.jit.vm;
    const vcode = fieldCodeOfType(j.ctx.peekType(0));
    if (vm.envFields[key] === FIELD_NONE) {
      // Nothing stored yet: the field type takes the kind of the value about
      // to be stored (known, or peeked at run time) now.
      if (vcode >= 0) vm.noteEnvStore(key, vcode === FIELD_DOUBLE ? 0 : vcode);
      else if (!j.canPeek()) return j.defer();
      else vm.noteEnvStore(key, j.peekTag(0));
    }
    const code = vm.envFields[key];
    if (code !== FIELD_ANY && vcode !== code) {
      j.jit.assumeEnvFieldType(j, key, null);
      j.comment(`setenv: value must be ${typeName(fieldType(code))} (field type)`);
      j.countCheck();
      const val = j.top(0);
      X.cmp(j.cb, X.mem(32, val.base, val.disp + 4), code === FIELD_DOUBLE ? L.TAG_BASE | 0 : code | 0);
      X.jcc(j.cb, code === FIELD_DOUBLE ? 'ae' : 'ne', j.sideExit('setenv_field_type'), { rel32: true });
    }
  }
  loadEnv(j, j.op(1));
  X.mov(j.cb, X.RCX, j.top(0));
  X.mov(j.cb, X.qword(X.R12, L.ENV_DATA + 8 * j.op(0), X.RAX), X.RCX);
  j.ctx = j.ctx.pop(1);
  return Status.Keep;
};

/**
 * getglobal: a declared global that was never reassigned after machine code
 * relied on it (built-ins such as Math, console, Array) is compiled as its
 * current value — a constant of known type — under an assumption that a
 * store to it invalidates (vm.globalAssumed). Others are loaded.
 */
const gen_getglobal: GenFn = (j) => {
  const vm = j.jit.vm;
  const slot = j.op(0);
  const q = vm.globalQ(slot);
  const lo = vm.u32[q];
  const hi = vm.u32[q + 1];
  if (hi !== L.TAG_TDZ && vm.globalAssumed[slot] !== GLOBAL_REASSIGNED) {
    j.jit.assumeGlobalConstant(j, slot, 'getglobal_reassigned');
    j.comment(`global ${vm.globalNames[slot]} as a constant`);
    j.storeWords(j.pushSlot(), lo, hi);
    j.ctx = j.ctx.push(typeOfValue(lo, hi));
    return Status.Keep;
  }
  const g = j.global(slot);
  // Undeclared: the outlined runtime call reads the global object's property (or throws).
  const after = j.cb.newLabel('after');
  j.afterLabels.push(after);
  X.cmp(j.cb, X.mem(32, g.base, g.disp + 4), L.TAG_TDZ | 0);
  X.jcc(j.cb, 'e', j.jit.genSlowPath(j, 'getglobal_undeclared', after), { rel32: true });
  j.copy(j.pushSlot(), g);
  j.ctx = j.ctx.push(Type.Unknown);
  return Status.Keep;
};

/** getglobalsoft (typeof x): the global, or undefined while it is undeclared. */
const gen_getglobalsoft: GenFn = (j) => {
  const cb = j.cb;
  const g = j.global(j.op(0));
  // Undeclared: the outlined runtime call reads the global object's property (or undefined).
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  X.mov(cb, X.RAX, g);
  X.cmp(cb, X.mem(32, g.base, g.disp + 4), L.TAG_TDZ | 0);
  X.jcc(cb, 'e', j.jit.genSlowPath(j, 'getglobalsoft_undeclared', after), { rel32: true });
  X.mov(cb, j.pushSlot(), X.RAX);
  j.ctx = j.ctx.push(Type.Unknown);
  return Status.Keep;
};

/** checkiterable: arrays and strings pass; anything else throws in the interpreter. */
const gen_checkiterable: GenFn = (j) => {
  let t = j.ctx.peekType(0);
  if (t !== Type.Array && t !== Type.String) {
    if (!j.canPeek()) return j.defer();
    t = j.peekRuntimeType(0);
    if (t !== Type.Array && t !== Type.String) return j.exitOrRuntimeCall('checkiterable_not_iterable');
    j.guardTop(0, t, 'checkiterable_type_changed');
  }
  return Status.Keep;
};

/** setglobal: a global that machine code assumes constant is written by the interpreter, which invalidates that code first. */
const gen_setglobal: GenFn = (j) => {
  const slot = j.op(0);
  if (j.jit.vm.globalAssumed[slot] === GLOBAL_ASSUMED) {
    X.jmp(j.cb, j.sideExit('setglobal_assumed_constant'), { rel32: true });
    return Status.End;
  }
  j.jit.globalStoreSite(j, slot, 'setglobal_assumed_constant');
  // A first store to an undeclared global takes the runtime call (the global object may have the name).
  const after = j.cb.newLabel('after');
  j.afterLabels.push(after);
  const g = j.global(slot);
  X.cmp(j.cb, X.mem(32, g.base, g.disp + 4), L.TAG_TDZ | 0);
  X.jcc(j.cb, 'e', j.jit.genSlowPath(j, 'setglobal_undeclared', after), { rel32: true });
  j.copy(g, j.top(0));
  j.ctx = j.ctx.pop(1);
  return Status.Keep;
};

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

// -------------------------------------------------------------- control flow

const gen_jump: GenFn = (j) => {
  j.jit.genDirectJump(j, j.op(0), j.ctx);
  return Status.End;
};

/** branchif / branchunless on a boolean or int32; a known true/false folds to a jump. */
function genCondBranch(j: JitState, name: CondBranchName, jumpIfTrue: boolean): Status {
  const target = j.op(0);
  const fall = j.nextPc;
  let t = j.ctx.peekType(0);
  if (t === Type.True || t === Type.False) {
    j.comment(`${name} folded: always ${t === Type.True ? 'true' : 'false'}`);
    const taken = (t === Type.True) === jumpIfTrue;
    j.jit.genDirectJump(j, taken ? target : fall, j.ctx.pop(1));
    return Status.End;
  }
  const known = ALWAYS_TRUTHY.has(t) ? true : t === Type.Undefined || t === Type.Null ? false : null;
  if (known !== null) {
    j.comment(`${name} folded: ${typeName(t)} is always ${known ? 'truthy' : 'falsy'}`);
    j.jit.genDirectJump(j, known === jumpIfTrue ? target : fall, j.ctx.pop(1));
    return Status.End;
  }
  if (t !== Type.Boolean && t !== Type.Int32) {
    if (!j.canPeek()) return j.defer();
    const seen = j.peekRuntimeType(0);
    if ((seen === Type.Boolean || seen === Type.True || seen === Type.False || seen === Type.Int32) && !j.chainExhausted()) {
      t = seen === Type.Int32 ? Type.Int32 : Type.Boolean;
      j.guardTop(0, t, `${name}_type_changed`);
    } else {
      // Anything else (or a site that saw too many types): test truthiness by the tag.
      genTruthy(j);
      const ctx = j.ctx.pop(1);
      j.jit.genBranch(j, jumpIfTrue ? 'ne' : 'e', fall, ctx, target, ctx);
      return Status.End;
    }
  }
  X.cmp(j.cb, j.top(0, 32), 0);
  const ctx = j.ctx.pop(1);
  j.jit.genBranch(j, jumpIfTrue ? 'ne' : 'e', fall, ctx, target, ctx);
  return Status.End;
}

/** Types whose values are always truthy. */
const ALWAYS_TRUTHY: ReadonlySet<Type> = new Set([Type.Object, Type.Array, Type.Function]);

/**
 * ToBoolean of the top value of any type, by its tag, into eax (0 or 1),
 * ending with `test eax, eax`: int32/boolean nonzero, double neither ±0
 * nor NaN, string not empty, objects true, undefined/null false.
 */
function genTruthy(j: JitState): void {
  const cb = j.cb;
  j.comment('truthiness by tag');
  const isDouble = cb.newLabel('double');
  const isString = cb.newLabel('string');
  const falsy = cb.newLabel('falsy');
  const done = cb.newLabel('done');
  X.mov(cb, X.RAX, j.top(0));
  X.mov(cb, X.RDX, X.RAX);
  X.shr(cb, X.RDX, 32);
  X.cmp(cb, X.EDX, L.TAG_BASE | 0);
  X.jcc(cb, 'b', isDouble);
  X.cmp(cb, X.EDX, L.TAG_BOOL | 0);
  X.jcc(cb, 'a', isString);
  // int32 or boolean: the low word.
  X.test(cb, X.EAX, X.EAX);
  X.setcc(cb, 'ne', X.AL);
  X.movzx(cb, X.EAX, X.AL);
  X.jmp(cb, done);
  cb.bindLabel(isDouble);
  X.movq(cb, X.XMM0, X.RAX);
  X.xorpd(cb, X.XMM1, X.XMM1);
  X.ucomisd(cb, X.XMM0, X.XMM1);
  // Equal to 0 (either sign) or unordered (NaN) is falsy: ZF is set in both cases.
  X.setcc(cb, 'ne', X.AL);
  X.movzx(cb, X.EAX, X.AL);
  X.jmp(cb, done);
  cb.bindLabel(isString);
  X.cmp(cb, X.EDX, L.TAG_STRING | 0);
  X.jcc(cb, 'b', falsy);
  X.mov(cb, X.EAX, 1);
  X.jcc(cb, 'a', done);
  // A string: truthy unless empty.
  X.mov(cb, X.ECX, X.mem(32, j.top(0).base, j.top(0).disp));
  X.cmp(cb, X.dword(X.R12, L.STR_LENGTH, X.RCX), 0);
  X.setcc(cb, 'ne', X.AL);
  X.movzx(cb, X.EAX, X.AL);
  X.jmp(cb, done);
  cb.bindLabel(falsy);
  X.xor(cb, X.EAX, X.EAX);
  cb.bindLabel(done);
  cb.linkLabels();
  X.test(cb, X.EAX, X.EAX);
}

const gen_branchif: GenFn = (j) => genCondBranch(j, 'branchif', true);
const gen_branchunless: GenFn = (j) => genCondBranch(j, 'branchunless', false);

// -------------------------------------------------------------------- table

/** gen function per opcode; undefined means "side exit to the interpreter". */
export const GEN: (GenFn | undefined)[] = new Array(OPS.length);

/**
 * For gen functions whose code never touches the double cache's registers
 * and calls out only on outlined paths that reload the cache
 * (jit.genSlowPath, jit.genRefillPath): the cache survives them (the slots
 * they write are forgotten by the block compiler).
 */
function keepsXmm(fn: GenFn): GenFn {
  return (j) => {
    const status = fn(j);
    j.keepXmm();
    return status;
  };
}

function reg(name: string, fn: GenFn): void {
  const op = OP[name];
  if (op === undefined) throw new Error(`lbbv: no opcode ${name}`);
  if (GEN[op]) throw new Error(`lbbv: gen_${name} registered twice`);
  GEN[op] = fn;
}

reg('nop', keepsXmm(gen_nop));
reg('loophint', keepsXmm(gen_loophint));
reg('putundef', keepsXmm(gen_putundef));
reg('putnull', keepsXmm(gen_putnull));
reg('puttrue', keepsXmm(gen_puttrue));
reg('putfalse', keepsXmm(gen_putfalse));
reg('putint', keepsXmm(gen_putint));
reg('putconst', keepsXmm(gen_putconst));
reg('putself', keepsXmm(gen_putself));
reg('pop', keepsXmm(gen_pop));
reg('dup', gen_dup);
reg('swap', keepsXmm(gen_swap));
reg('dup2', keepsXmm(gen_dup2));
reg('rot3', keepsXmm(gen_rot3));
reg('getlocal', gen_getlocal);
reg('setlocal', gen_setlocal);
reg('getlocalchecked', keepsXmm(gen_getlocalchecked));
reg('initlocal', gen_initlocal);
reg('getenv', keepsXmm(gen_getenv));
reg('getenvchecked', keepsXmm(gen_getenvchecked));
reg('getlocalfn', functionLoad(gen_getlocal));
reg('getlocalcheckedfn', functionLoad(keepsXmm(gen_getlocalchecked)));
reg('getenvfn', functionLoad(keepsXmm(gen_getenv)));
reg('getenvcheckedfn', functionLoad(keepsXmm(gen_getenvchecked)));
reg('setenv', keepsXmm(gen_setenv));
reg('getglobal', keepsXmm(gen_getglobal));
reg('setglobal', keepsXmm(gen_setglobal));
reg('getglobalsoft', keepsXmm(gen_getglobalsoft));
reg('checkiterable', keepsXmm(gen_checkiterable));
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
reg('jump', gen_jump);
reg('branchif', gen_branchif);
reg('branchunless', gen_branchunless);


// -------------------------------------------------------------------- calls

/**
 * send: a call to a bytecode function pushes the callee's frame in machine
 * code and jumps to the callee's entry block, versioned on the argument
 * types (interprocedural versioning). The callee identity is guarded by its
 * iseq (any closure of the same function qualifies). The callee's `leave`
 * returns through the frame's JIT return address to a continuation block.
 */
const gen_send: GenFn = (j) => {
  const argc = j.op(0);
  if (!j.canPeek()) return j.defer();
  const vm = j.jit.vm;
  const calleeDepth = argc + 1;
  const fq = j.peekFp + (L.FRAME_HEADER >>> 2) + 2 * (j.ctx.stackSize - 1 - calleeDepth);
  if (vm.u32[fq + 1] !== L.TAG_FUNCTION) return j.exitOrRuntimeCall('send_not_function');
  const fn = vm.u32[fq];
  const flags = vm.u32[(fn + L.FN_FLAGS) >>> 2];
  if (flags & L.FNF_NATIVE) {
    const nativeId = vm.u32[(fn + L.FN_ISEQ) >>> 2];
    // A built-in with a fast path (codegen/natives.ts): one lookup by native id.
    const fast = j.jit.natives.get(nativeId);
    if (fast !== undefined) {
      const r = fast(j, argc, nativeId);
      if (r !== null) return r;
    }
    if (j.chainExhausted(SEND_CHAIN)) return j.exitOrRuntimeCall('send_native');
    // f.call / f.apply: the runtime's send makes the call they make (vm.enterFunction), without a nested interpreter.
    if ((nativeId === vm.callNativeId || nativeId === vm.applyNativeId) && vm.u32[fq + 3] === L.TAG_FUNCTION) return j.exitOrRuntimeCall('send_call_apply');
    // Any other built-in: its identity guarded, then a direct call.
    guardNativeCallee(j, argc + 1, nativeId);
    j.jit.genNativeCall(j, nativeId);
    j.ctx = j.ctx.pop(argc + 2).push(Type.Unknown);
    return Status.Keep;
  }
  if (flags & L.FNF_CLASS) return j.exitOrRuntimeCall('send_class');
  if (j.chainExhausted(SEND_CHAIN)) return genMegamorphicSend(j, argc);
  const callee = vm.iseqs[vm.u32[(fn + L.FN_ISEQ) >>> 2]];
  if (callee.restIndex >= 0) return j.exitOrRuntimeCall('send_rest_param');
  if (j.ctx.stackSize > 255) return j.exitOrRuntimeCall('send_deep_stack');
  const cb = j.cb;
  const calleeSlot = j.top(argc + 1);
  j.comment(`send ${callee.name || '<anonymous>'}/${argc} → iseq ${callee.id}`);
  // Guards: a function, not native, with this iseq.
  j.guardTop(argc + 1, Type.Function, 'send_not_function');
  X.mov(cb, X.EAX, X.mem(32, calleeSlot.base, calleeSlot.disp));
  X.test(cb, X.dword(X.R12, L.FN_FLAGS, X.RAX), L.FNF_NATIVE | L.FNF_CLASS);
  j.chainGuard('ne', 'send_callee_changed', SEND_CHAIN);
  X.cmp(cb, X.dword(X.R12, L.FN_ISEQ, X.RAX), callee.id);
  j.chainGuard('ne', 'send_callee_changed', SEND_CHAIN);
  return genPushFrame(j, argc, callee, flags, null);
};

/**
 * A call site that has seen more callees than its guard chain takes: any
 * bytecode function is called through its generic entry (jit.genericEntry,
 * found in a table by iseq id and made on first use), with unknown argument
 * types; built-ins, classes and functions without a generic entry take the
 * runtime's call path. The continuation is versioned on the return type as
 * for a known callee.
 */
function genMegamorphicSend(j: JitState, argc: number): Status {
  const cb = j.cb;
  const jit = j.jit;
  j.comment(`send/${argc}: megamorphic, through the callee's generic entry`);
  j.guardTop(argc + 1, Type.Function, 'send_not_function');
  const ret = cb.newLabel('return');
  const slow = jit.genSlowPath(j, 'send_megamorphic_slow_path', ret);
  const callee = j.top(argc + 1, 32);
  const go = cb.newLabel('go');
  X.mov(cb, X.EAX, callee);
  X.test(cb, X.dword(X.R12, L.FN_FLAGS, X.RAX), L.FNF_NATIVE | L.FNF_CLASS);
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.mov(cb, X.ECX, X.dword(X.R12, L.FN_ISEQ, X.RAX));
  X.cmp(cb, X.ECX, jit.genericEntryCount);
  X.jcc(cb, 'ae', slow, { rel32: true });
  X.mov(cb, X.R9, BigInt(jit.genericEntryTable));
  X.mov(cb, X.R9, X.qword(X.R9, 0, X.RCX, 8));
  X.test(cb, X.R9, X.R9);
  X.jcc(cb, 'ne', go, { rel32: true });
  jit.emitGenericEntryCall(cb, j.insnCtx.stackSize, slow);
  X.mov(cb, X.R9, X.RAX);
  X.mov(cb, X.EAX, callee);
  cb.bindLabel(go);
  X.lea(cb, X.RDI, X.mem(0, callee.base, callee.disp));
  X.mov(cb, X.ESI, argc);
  X.mov(cb, X.EDX, j.nextPc);
  X.lea(cb, X.RCX, X.ripTo(64, ret));
  X.mov(cb, X.R8, BigInt(j.sideExit('send_stack_overflow')));
  X.jmp(cb, X.R9);
  cb.bindLabel(ret);
  cb.linkLabels();
  // The slow path (outlined) comes back here too.
  j.ocb.linkLabels();
  const base = j.ctx.pop(argc + 2);
  for (const t of RETURN_TYPES) jit.genDirectJump(j, j.nextPc, base.push(t));
  return Status.End;
}

/** What a `new` site knows at compile time: the constructed object's size and shape. */
interface Construct {
  size: number;
  shapeId: number;
}

/**
 * Pushes the callee's frame above the arguments (they become its first
 * locals) and jumps to its entry block, versioned on the argument types and
 * `this`'s type (interprocedural versioning). The callee's `leave` jumps
 * back through the frame's JIT return address to a continuation versioned on
 * the return type. For `new` (construct), `this` is a fresh object of the
 * given shape, and the continuation keeps it unless the callee returned an
 * object. The callee (a FUNCTION) is at depth argc + 1 and already guarded.
 */
function genPushFrame(j: JitState, argc: number, callee: ISeq, flags: number, construct: Construct | null): Status {
  const cb = j.cb;
  const calleeSlot = j.top(argc + 1);
  const selfSlot = j.top(argc);
  if (construct) {
    bumpAlloc(j, construct.size, L.K_OBJECT);
    X.mov(cb, X.qword(X.R12, L.OBJ_SHAPE, X.RAX), construct.shapeId);
    storeRef(j, selfSlot, L.TAG_OBJECT);
    X.mov(cb, X.EAX, X.mem(32, calleeSlot.base, calleeSlot.disp));
  }
  // A callee that reads `arguments`, given more arguments than parameters, gets its frame
  // above the caller's argument slots (FRAME_ARGS_MOVED, docs/ARCHITECTURE.md §5).
  const moved = callee.flags & ISEQ_ARGUMENTS && argc > callee.paramCount ? 8 * (argc + 2) : 0;
  const argBase = calleeSlot.disp + 16 + moved;
  const nl = callee.localCount;
  const nf = argBase + 8 * nl;
  const limit = j.jit.vm.stackLimit * 4;
  X.lea(cb, X.RCX, X.mem(0, X.R13, nf + L.FRAME_HEADER + 8 * callee.maxStack));
  X.sub(cb, X.RCX, X.R12);
  X.cmp(cb, X.RCX, limit);
  X.jcc(cb, 'ae', j.sideExit(`${construct ? 'new' : 'send'}_stack_overflow`), { rel32: true });
  if (moved) {
    j.comment(`arguments: frame moved above the ${argc} actual arguments`);
    for (let k = 0; k < 2 + callee.paramCount; k++) {
      X.mov(cb, X.RDX, X.qword(X.R13, calleeSlot.disp + 8 * k));
      X.mov(cb, X.qword(X.R13, calleeSlot.disp + moved + 8 * k), X.RDX);
    }
  }
  for (let i = Math.min(argc, callee.paramCount); i < nl; i++) j.storeWords(X.qword(X.R13, argBase + 8 * i), 0, L.TAG_UNDEF);
  if (flags & L.FNF_ARROW) {
    X.mov(cb, X.RCX, X.qword(X.R12, L.FN_THIS, X.RAX));
    X.mov(cb, X.qword(X.R13, argBase - 8), X.RCX);
  }
  // Frame header (docs/ARCHITECTURE.md §5), in qword stores of adjacent u32 fields:
  // caller fp | return pc, iseq | env, pc | flags, JIT return address, argc | new.target.
  X.mov(cb, X.RCX, X.R13);
  X.sub(cb, X.RCX, X.R12);
  X.mov(cb, X.R11, BigInt(j.nextPc) << 32n);
  X.or(cb, X.RCX, X.R11);
  X.mov(cb, X.qword(X.R13, nf + L.FR_CALLER_FP), X.RCX);
  X.mov(cb, X.ECX, X.dword(X.R12, L.FN_ENV, X.RAX));
  X.shl(cb, X.RCX, 32);
  X.or(cb, X.RCX, callee.id);
  X.mov(cb, X.qword(X.R13, nf + L.FR_ISEQ), X.RCX);
  const frameFlags = (construct ? L.FRAME_CONSTRUCT : 0) | (moved ? L.FRAME_ARGS_MOVED : 0);
  if (frameFlags) X.mov(cb, X.R11, BigInt(frameFlags) << 32n);
  else X.xor(cb, X.R11D, X.R11D);
  X.mov(cb, X.qword(X.R13, nf + L.FR_PC), X.R11);
  const ret = cb.newLabel('return');
  X.lea(cb, X.RCX, X.ripTo(64, ret));
  X.mov(cb, X.qword(X.R13, nf + L.FR_JIT_RET), X.RCX);
  if (construct) {
    // new.target: the constructor itself.
    X.mov(cb, X.ECX, X.EAX);
    X.shl(cb, X.RCX, 32);
    X.or(cb, X.RCX, argc);
    X.mov(cb, X.qword(X.R13, nf + L.FR_ARGC), X.RCX);
  } else X.mov(cb, X.qword(X.R13, nf + L.FR_ARGC), argc);
  // The callee's entry context: its parameters have the argument types.
  let entry = Context.unknown(0);
  const slots = trackedLocals(callee, MAX_LOCALS);
  for (let i = 0; i < nl; i++) {
    if (slots[i] < 0) continue;
    const t = i >= callee.paramCount ? Type.Undefined : i < argc ? j.ctx.peekType(argc - 1 - i) : Type.Undefined;
    entry = entry.setLocalType(slots[i], t);
  }
  // `this`'s type is worth a version only to a callee that reads it.
  if (readsSelf(callee)) entry = entry.setSelfType(construct ? Type.Object : flags & L.FNF_ARROW ? Type.Unknown : j.ctx.peekType(argc));
  X.lea(cb, X.R13, X.mem(0, X.R13, nf));
  j.jit.genDirectJump(j, 0, entry, callee.id);
  // The continuation, versioned on the callee's return type: one 5-byte jump
  // per type in RETURN_TYPES; the callee's leave jumps to the entry for the
  // type it knows it returns (interprocedural versioning of return values).
  cb.bindLabel(ret);
  cb.linkLabels();
  const base = j.ctx.pop(argc + 2);
  if (!construct) {
    for (const t of RETURN_TYPES) j.jit.genDirectJump(j, j.nextPc, base.push(t));
    return Status.End;
  }
  // new: an object result stands; anything else is replaced by `this`
  // (still in its slot, just above the result).
  const useThis = cb.newLabel('use_this');
  const check = cb.newLabel('check');
  for (const t of RETURN_TYPES) {
    if (t === Type.Object || t === Type.Array) j.jit.genDirectJump(j, j.nextPc, base.push(t));
    else X.jmp(cb, t === Type.Unknown ? check : useThis, { rel32: true });
  }
  const result = X.qword(X.R13, L.FRAME_HEADER + 8 * base.stackSize);
  cb.bindLabel(check);
  j.comment('new: keep an object result');
  const keep = cb.newLabel('keep');
  X.cmp(cb, X.dword(X.R13, result.disp + 4), L.TAG_OBJECT | 0);
  X.jcc(cb, 'ae', keep, { rel32: true });
  cb.bindLabel(useThis);
  j.copy(result, X.qword(X.R13, result.disp + 8));
  j.jit.genDirectJump(j, j.nextPc, base.push(Type.Object));
  cb.bindLabel(keep);
  cb.linkLabels();
  j.jit.genDirectJump(j, j.nextPc, base.push(Type.Unknown));
  return Status.End;
}

/**
 * new F(args) for a bytecode constructor (not derived): the callee is the
 * very function seen at compile time (kept alive), its `prototype` the
 * object seen then; the instance is allocated inline with the root shape
 * for that prototype and the constructor's learned capacity.
 */
const gen_new: GenFn = (j) => {
  const argc = j.op(0);
  if (!j.canPeek()) return j.defer();
  const vm = j.jit.vm;
  const fq = j.peekFp + (L.FRAME_HEADER >>> 2) + 2 * (j.ctx.stackSize - 2 - argc);
  if (vm.u32[fq + 1] !== L.TAG_FUNCTION) return j.exitOrRuntimeCall('new_not_function');
  const fn = vm.u32[fq];
  // The interpreter would create the prototype at this `new`: do it now, while compiling (the stack is rooted).
  vm.materializePrototype(fn);
  const flags = vm.u32[(fn + L.FN_FLAGS) >>> 2];
  if (flags & (L.FNF_NATIVE | L.FNF_ARROW | L.FNF_METHOD | L.FNF_DERIVED)) return j.exitOrRuntimeCall('new_not_plain_constructor');
  const callee = vm.iseqs[vm.u32[(fn + L.FN_ISEQ) >>> 2]];
  if (callee.restIndex >= 0 || callee.flags & ISEQ_DERIVED) return j.exitOrRuntimeCall('new_not_plain_constructor');
  if (j.ctx.stackSize > 255) return j.exitOrRuntimeCall('new_deep_stack');
  const fshape = vm.shapeOf(fn);
  if (fshape.isDictionary || !vm.findProperty(fn, 'prototype') || vm.foundHolder !== fn) return j.exitOrRuntimeCall('new_prototype');
  const loc = slotLocation(true, fshape.inlineCapacity, vm.foundSlot);
  const pq = vm.slotQ(fn, fshape, vm.foundSlot);
  if (vm.u32[pq + 1] !== L.TAG_OBJECT) return j.exitOrRuntimeCall('new_prototype');
  const proto = vm.u32[pq];
  const cap = callee.instanceCapacity;
  const shape = vm.rootShape(proto, cap);
  // Both are compared against as constants: keep them alive so their addresses are never reused.
  vm.pinnedRefs.add(fn);
  vm.pinnedRefs.add(proto);
  const cb = j.cb;
  j.comment(`new ${callee.name || '<anonymous>'}/${argc} → iseq ${callee.id}, shape ${shape.id}`);
  j.guardTop(argc + 1, Type.Function, 'new_not_function');
  const calleeSlot = j.top(argc + 1);
  X.mov(cb, X.EAX, X.mem(32, calleeSlot.base, calleeSlot.disp));
  X.cmp(cb, X.EAX, fn | 0);
  j.chainGuard('ne', 'new_callee_changed', SEND_CHAIN);
  X.cmp(cb, X.dword(X.R12, L.OBJ_SHAPE, X.RAX), fshape.id);
  X.jcc(cb, 'ne', j.sideExit('new_prototype_changed'), { rel32: true });
  loadSlot(j, X.RAX, loc);
  X.mov(cb, X.R11, (BigInt(L.TAG_OBJECT) << 32n) | BigInt(proto));
  X.cmp(cb, X.RCX, X.R11);
  X.jcc(cb, 'ne', j.sideExit('new_prototype_changed'), { rel32: true });
  return genPushFrame(j, argc, callee, flags, { size: L.OBJ_INLINE + 8 * cap, shapeId: shape.id });
};

/** Guards that the callee at `depth` is the built-in with native id `nativeId` (a chain guard: another callee gets another version). */
export function guardNativeCallee(j: JitState, depth: number, nativeId: number): void {
  const cb = j.cb;
  j.guardTop(depth, Type.Function, 'send_not_function');
  const callee = j.top(depth);
  j.comment(`callee is the built-in ${j.jit.vm.natives[nativeId].name} (native ${nativeId})`);
  X.mov(cb, X.EAX, X.mem(32, callee.base, callee.disp));
  X.test(cb, X.dword(X.R12, L.FN_FLAGS, X.RAX), L.FNF_NATIVE);
  j.chainGuard('e', 'send_callee_changed', SEND_CHAIN);
  X.cmp(cb, X.dword(X.R12, L.FN_ISEQ, X.RAX), nativeId);
  j.chainGuard('ne', 'send_callee_changed', SEND_CHAIN);
}

/** Return types a call site's continuation is versioned on; index 0 (unknown) is the default. */
const RETURN_TYPES: readonly Type[] = [Type.Unknown, Type.Int32, Type.Double, Type.Boolean, Type.Undefined, Type.Object, Type.String, Type.Array];

/** Index into RETURN_TYPES for a value of known type t. */
function returnTypeIndex(t: Type): number {
  if (t === Type.True || t === Type.False) return RETURN_TYPES.indexOf(Type.Boolean);
  const i = RETURN_TYPES.indexOf(t);
  return i < 0 ? 0 : i;
}

/**
 * leave: a frame pushed by machine code (it has a JIT return address)
 * returns in machine code: the result goes to the callee slot, r13 back to
 * the caller, and a jump to the caller's continuation. Frames the
 * interpreter pushed return through the interpreter.
 */
const gen_leave: GenFn = (j) => {
  const cb = j.cb;
  X.mov(cb, X.RCX, X.qword(X.R13, L.FR_JIT_RET));
  X.test(cb, X.RCX, X.RCX);
  X.jcc(cb, 'e', j.sideExit('leave'), { rel32: true });
  X.mov(cb, X.RAX, j.top(0));
  if (j.iseq.flags & ISEQ_ARGUMENTS) {
    // A moved frame (FRAME_ARGS_MOVED) returns into the callee slot below the actual
    // arguments, and puts `this` back above it (new's continuation reads it there).
    const n = j.iseq.localCount;
    const normal = cb.newLabel('not_moved');
    X.lea(cb, X.RDX, X.mem(0, X.R13, -8 * (n + 2)));
    X.test(cb, X.dword(X.R13, L.FR_FLAGS), L.FRAME_ARGS_MOVED);
    X.jcc(cb, 'e', normal);
    X.mov(cb, X.ESI, X.dword(X.R13, L.FR_ARGC));
    X.shl(cb, X.RSI, 3);
    X.sub(cb, X.RDX, X.RSI);
    X.sub(cb, X.RDX, 16);
    X.mov(cb, X.RSI, X.qword(X.R13, -8 * (n + 1)));
    X.mov(cb, X.qword(X.RDX, 8), X.RSI);
    cb.bindLabel(normal);
    cb.linkLabels();
    X.mov(cb, X.qword(X.RDX, 0), X.RAX);
  } else X.mov(cb, X.qword(X.R13, -8 * (j.iseq.localCount + 2)), X.RAX);
  X.mov(cb, X.EAX, X.dword(X.R13, L.FR_CALLER_FP));
  X.lea(cb, X.R13, X.mem(0, X.R12, 0, X.RAX));
  const k = returnTypeIndex(j.ctx.peekType(0));
  if (k > 0) {
    j.comment(`return ${typeName(RETURN_TYPES[k])}: continuation entry ${k}`);
    X.add(cb, X.RCX, 5 * k);
  }
  X.jmp(cb, X.RCX);
  return Status.End;
};

/**
 * throw: a callback finds the handler; machine code jumps to it when the
 * frames in between are machine code's or the interpreter's own, otherwise
 * the interpreter throws (a control exit, not a failed speculation).
 */
const gen_throw: GenFn = (j) => {
  j.jit.genThrow(j);
  return Status.End;
};

reg('throw', gen_throw);
reg('send', gen_send);
reg('new', gen_new);
reg('leave', gen_leave);

// -------------------------------------------------------- properties, arrays

/** Where slot i of an object with this shape lives: an inline byte offset, or out-of-line index (negative: -(1 + k)). */
function slotLocation(isFunction: boolean, inlineCapacity: number, i: number): number {
  if (i < inlineCapacity) return (isFunction ? L.FN_INLINE : L.OBJ_INLINE) + 8 * i;
  return -1 - (i - inlineCapacity);
}

/** Loads the slot of the cell whose reference is in `ref` (or at constant address `constRef`) into rcx. */
function loadSlot(j: JitState, ref: X.Reg | number, loc: number): void {
  const cb = j.cb;
  if (typeof ref === 'number') {
    if (loc >= 0) X.mov(cb, X.RCX, X.qword(X.R12, ref + loc));
    else {
      X.mov(cb, X.ECX, X.dword(X.R12, ref + L.OBJ_SLOTS));
      X.mov(cb, X.RCX, X.qword(X.R12, L.VEC_DATA + 8 * (-1 - loc), X.RCX));
    }
    return;
  }
  if (loc >= 0) X.mov(cb, X.RCX, X.qword(X.R12, loc, ref));
  else {
    X.mov(cb, X.ECX, X.dword(X.R12, L.OBJ_SLOTS, ref));
    X.mov(cb, X.RCX, X.qword(X.R12, L.VEC_DATA + 8 * (-1 - loc), X.RCX));
  }
}

/** The Type that a field code (vm/shapes.ts) promises; Unknown for FIELD_ANY and FIELD_NONE. */
function fieldType(code: number): Type {
  return code === FIELD_ANY || code === FIELD_NONE ? Type.Unknown : typeOfTag(code);
}

/** The field code every value of type t has, or -1 when t does not decide it. */
function fieldCodeOfType(t: Type): number {
  if (t === Type.Double) return FIELD_DOUBLE;
  const tag = tagOfType(t);
  return tag === NO_TAG ? -1 : tag;
}

/**
 * Loaded slot `i` of `shape`'s objects: when its field type is known, the
 * loaded value has that type, under an assumption (a patch point) that the
 * field type does not widen. Returns the type to push.
 */
function typedFieldLoad(j: JitState, shape: Shape, i: number, what: ReadName): Type {
  const t = fieldType(shape.field(i));
  if (t === Type.Unknown) return t;
  j.jit.assumeFieldType(j, shape, i, `${what}_field_type_changed`);
  j.jit.counters.typed_field_loads++;
  return t;
}

/**
 * Reads property `key` of the object at stack depth `depth` into rcx:
 * guards the receiver's tag and shape (a chain guard, so a polymorphic site
 * gets a version per shape), and for a property found on the prototype
 * chain also the shape of every prototype up to the holder. Returns the
 * type of the value read (the field's type, where one is known), or a
 * reason string when the JIT cannot do it (then the caller exits).
 */
function genReadProperty(j: JitState, depth: number, key: string, what: ReadName): ExitReason | Type {
  const vm = j.jit.vm;
  const q = j.peekFp + (L.FRAME_HEADER >>> 2) + 2 * (j.ctx.stackSize - 1 - depth);
  const hi = vm.u32[q + 1];
  if (hi === L.TAG_STRING && what === 'getmethod') return genReadStringMethod(j, depth, key, what);
  // Arrays have shapes too (for their methods); property reads on them stay in the interpreter.
  if (hi !== L.TAG_OBJECT && hi !== L.TAG_FUNCTION && !(hi === L.TAG_ARRAY && what === 'getmethod')) return `${what}_not_object`;
  const ref = vm.u32[q];
  const shape = vm.shapeOf(ref);
  if (shape.isDictionary) return `${what}_dictionary`;
  // A strict arguments object's `callee` throws (vm.getProp).
  if (key === 'callee' && vm.u8[ref + L.HDR_FLAGS] & HF_ARGS_STRICT) return `${what}_strict_arguments_callee`;
  if (hi === L.TAG_FUNCTION && (key === 'prototype' || key === 'name' || key === 'length')) return `${what}_function_intrinsic`;
  if (!vm.findProperty(ref, key)) {
    // Absent: proven by the receiver's shape and every prototype's shape; the result is undefined.
    if (what !== 'getprop' || hi !== L.TAG_OBJECT) return `${what}_missing`;
    const protos: number[] = [];
    for (let o = shape.proto; o !== 0; o = vm.protoOf(o)) {
      if (protos.length > 8) return `${what}_missing`;
      protos.push(o);
    }
    const cb = j.cb;
    j.guardTop(depth, Type.Object, `${what}_not_object`);
    const slot = j.top(depth);
    X.mov(cb, X.EAX, X.mem(32, slot.base, slot.disp));
    X.cmp(cb, X.dword(X.R12, L.OBJ_SHAPE, X.RAX), shape.id);
    j.chainGuard('ne', `${what}_shape_changed`, PROPERTY_CHAIN);
    for (const o of protos) j.jit.assumeProtoShape(j, o, `${what}_proto_changed`);
    j.comment(`${what} .${key}: absent, undefined`);
    X.mov(cb, X.ECX, 0);
    X.mov(cb, X.RAX, L.TAG_UNDEF);
    X.shl(cb, X.RAX, 32);
    X.or(cb, X.RCX, X.RAX);
    // A megamorphic slow path (which reads any property) joins after the instruction.
    return j.afterLabels.length > 0 ? Type.Unknown : Type.Undefined;
  }
  const holder = vm.foundHolder;
  // An accessor is a call (the runtime runs the getter), never a slot load.
  if (vm.shapeOf(holder).attrs[vm.foundSlot] & ATTR_ACCESSOR) return `${what}_accessor`;
  const chain: number[] = [];
  for (let o = shape.proto; holder !== ref && o !== 0; o = vm.protoOf(o)) {
    chain.push(o);
    if (o === holder) break;
  }
  const cb = j.cb;
  j.guardTop(depth, hi === L.TAG_OBJECT ? Type.Object : hi === L.TAG_ARRAY ? Type.Array : Type.Function, `${what}_not_object`);
  const slot = j.top(depth);
  X.mov(cb, X.EAX, X.mem(32, slot.base, slot.disp));
  X.cmp(cb, X.dword(X.R12, L.OBJ_SHAPE, X.RAX), shape.id);
  j.chainGuard('ne', `${what}_shape_changed`, PROPERTY_CHAIN);
  // Each prototype up to the holder keeps its shape (the property stays where it is): an assumption, invalidated if it changes.
  for (const o of chain) j.jit.assumeProtoShape(j, o, `${what}_proto_changed`);
  const hshape = vm.shapeOf(holder);
  const loc = slotLocation(vm.u8[holder] === L.K_FUNCTION, hshape.inlineCapacity, vm.foundSlot);
  j.comment(`${what} .${key}: ${holder === ref ? 'own' : 'prototype'} slot ${vm.foundSlot}`);
  // A megamorphic slow path (which reads any property) joins after the instruction: then nothing is known.
  const t = j.afterLabels.length > 0 ? Type.Unknown : typedFieldLoad(j, hshape, vm.foundSlot, what);
  loadSlot(j, holder === ref ? X.RAX : holder, loc);
  return t;
}

/**
 * A method of a string primitive (`s.charCodeAt`, …), into rcx: strings
 * have no shape and no own properties but `length` and their indices, so
 * the guard is the receiver's String tag, and the method comes from
 * String.prototype (or further up) under the assumption that each
 * prototype up to the holder keeps its shape. String.prototype gets the
 * IS_PROTO flag here (no shape names it as prototype, so nothing else
 * sets it), so that adding a property to it invalidates the assumption as
 * for any other prototype.
 */
function genReadStringMethod(j: JitState, depth: number, key: string, what: ReadName): ExitReason | Type {
  const vm = j.jit.vm;
  if (key === 'length' || /^(0|[1-9][0-9]*)$/.test(key)) return `${what}_not_object`;
  const proto = vm.stringProto;
  if (vm.shapeOf(proto).isDictionary) return `${what}_dictionary`;
  if (!vm.findProperty(proto, key)) return `${what}_missing`;
  const holder = vm.foundHolder;
  if (vm.shapeOf(holder).attrs[vm.foundSlot] & ATTR_ACCESSOR) return `${what}_accessor`;
  const chain: number[] = [];
  for (let o = proto; o !== 0; o = vm.protoOf(o)) {
    chain.push(o);
    if (o === holder) break;
  }
  j.guardTop(depth, Type.String, `${what}_not_object`);
  for (const o of chain) {
    vm.u8[o + L.HDR_FLAGS] |= HF_IS_PROTO;
    j.jit.assumeProtoShape(j, o, `${what}_proto_changed`);
  }
  const hshape = vm.shapeOf(holder);
  const loc = slotLocation(vm.u8[holder] === L.K_FUNCTION, hshape.inlineCapacity, vm.foundSlot);
  j.comment(`${what} .${key} of a string: ${holder === proto ? 'String.prototype' : 'prototype'} slot ${vm.foundSlot}`);
  const t = j.afterLabels.length > 0 ? Type.Unknown : typedFieldLoad(j, hshape, vm.foundSlot, what);
  loadSlot(j, holder, loc);
  return t;
}

/**
 * getprop of an accessor whose getter is a bytecode function: the
 * receiver's shape guarded (and the prototypes up to the holder assumed) as
 * for a slot read, the getter loaded from the accessor pair in the slot and
 * guarded like a send's callee (a function, not native, this iseq), then a
 * call with argc 0 and `this` = the receiver, through the same frame push as
 * send (genPushFrame): the result lands where getprop's would. Null when it
 * does not apply (the generic path then calls the runtime).
 */
function genGetterCall(j: JitState, key: string): Status | null {
  const vm = j.jit.vm;
  const q = j.peekFp + (L.FRAME_HEADER >>> 2) + 2 * (j.ctx.stackSize - 1);
  const hi = vm.u32[q + 1];
  if (hi !== L.TAG_OBJECT && hi !== L.TAG_FUNCTION) return null;
  const ref = vm.u32[q];
  const shape = vm.shapeOf(ref);
  if (shape.isDictionary || (hi === L.TAG_FUNCTION && (key === 'prototype' || key === 'name' || key === 'length'))) return null;
  if (!vm.findProperty(ref, key)) return null;
  const holder = vm.foundHolder;
  const hshape = vm.shapeOf(holder);
  const slot = vm.foundSlot;
  if (!(hshape.attrs[slot] & ATTR_ACCESSOR)) return null;
  vm.accessorPart(vm.slotQ(holder, hshape, slot), 0);
  if (vm.rhi !== L.TAG_FUNCTION) return null;
  const getter = vm.rlo;
  const gflags = vm.u32[(getter + L.FN_FLAGS) >>> 2];
  if (gflags & (L.FNF_NATIVE | L.FNF_CLASS)) return null;
  const callee = vm.iseqs[vm.u32[(getter + L.FN_ISEQ) >>> 2]];
  if (callee.restIndex >= 0 || j.ctx.stackSize > 255 || j.chainExhausted(PROPERTY_CHAIN)) return null;
  const chain: number[] = [];
  for (let o = shape.proto; holder !== ref && o !== 0; o = vm.protoOf(o)) {
    chain.push(o);
    if (o === holder) break;
  }
  const cb = j.cb;
  const recvType = hi === L.TAG_OBJECT ? Type.Object : Type.Function;
  j.comment(`getprop .${key}: getter ${callee.name || '<anonymous>'} (iseq ${callee.id}) on ${holder === ref ? 'the object' : 'a prototype'}`);
  j.guardTop(0, recvType, 'getprop_not_object');
  const top = j.top(0);
  X.mov(cb, X.EAX, X.mem(32, top.base, top.disp));
  X.cmp(cb, X.dword(X.R12, L.OBJ_SHAPE, X.RAX), shape.id);
  j.chainGuard('ne', 'getprop_shape_changed', PROPERTY_CHAIN);
  for (const o of chain) j.jit.assumeProtoShape(j, o, 'getprop_proto_changed');
  // The pair's getter: element 0 of the ARRAY cell in the slot.
  loadSlot(j, holder === ref ? X.RAX : holder, slotLocation(vm.u8[holder] === L.K_FUNCTION, hshape.inlineCapacity, slot));
  X.mov(cb, X.ECX, X.ECX);
  X.mov(cb, X.ECX, X.dword(X.R12, L.ARR_ELEMENTS, X.RCX));
  X.mov(cb, X.RCX, X.qword(X.R12, L.VEC_DATA, X.RCX));
  X.mov(cb, X.RDX, X.RCX);
  X.shr(cb, X.RDX, 32);
  X.cmp(cb, X.EDX, L.TAG_FUNCTION | 0);
  j.chainGuard('ne', 'getprop_getter_changed', PROPERTY_CHAIN);
  X.mov(cb, X.EAX, X.ECX);
  X.test(cb, X.dword(X.R12, L.FN_FLAGS, X.RAX), L.FNF_NATIVE | L.FNF_CLASS);
  j.chainGuard('ne', 'getprop_getter_changed', PROPERTY_CHAIN);
  X.cmp(cb, X.dword(X.R12, L.FN_ISEQ, X.RAX), callee.id);
  j.chainGuard('ne', 'getprop_getter_changed', PROPERTY_CHAIN);
  // [recv] -> [getter, recv]: a call with argc 0.
  X.mov(cb, X.RDX, top);
  X.mov(cb, j.pushSlot(), X.RDX);
  X.mov(cb, top, X.RCX);
  j.ctx = j.ctx.pop(1).push(Type.Function).push(recvType);
  return genPushFrame(j, 0, callee, gflags, null);
}

const gen_getprop: GenFn = (j) => {
  if (!j.canPeek()) return j.defer();
  const key = j.jit.vm.str(j.iseq.consts[2 * j.op(0)]);
  const call = genGetterCall(j, key);
  if (call !== null) return call;
  const t = genReadProperty(j, 0, key, 'getprop');
  if (typeof t === 'string') return j.exitOrRuntimeCall(t);
  X.mov(j.cb, j.top(0), X.RCX);
  j.ctx = j.ctx.pop(1).push(t);
  return Status.Keep;
};

/** getmethod: recv -> fn recv, with the method found through the receiver's shape. */
const gen_getmethod: GenFn = (j) => {
  if (!j.canPeek()) return j.defer();
  const key = j.jit.vm.str(j.iseq.consts[2 * j.op(0)]);
  const recvType = j.ctx.peekType(0);
  const t = genReadProperty(j, 0, key, 'getmethod');
  if (typeof t === 'string') return j.exitOrRuntimeCall(t);
  const cb = j.cb;
  const recv = j.top(0);
  X.mov(cb, X.RAX, recv);
  X.mov(cb, recv, X.RCX);
  X.mov(cb, j.pushSlot(), X.RAX);
  const known = j.ctx.peekType(0);
  j.ctx = j.ctx.pop(1).push(t).push(known === Type.Unknown ? recvType : known);
  return Status.Keep;
};

/**
 * setprop (obj v -> v) and initprop (obj v -> obj): overwrite an own
 * property, or add one in an inline slot along a known transition.
 */
function genStoreProperty(j: JitState, what: 'setprop' | 'initprop'): Status {
  if (!j.canPeek()) return j.defer();
  const vm = j.jit.vm;
  const key = vm.str(j.iseq.consts[2 * j.op(0)]);
  const q = j.peekFp + (L.FRAME_HEADER >>> 2) + 2 * (j.ctx.stackSize - 2);
  if (vm.u32[q + 1] !== L.TAG_OBJECT) return j.exitOrRuntimeCall(`${what}_not_object`);
  const ref = vm.u32[q];
  const shape = vm.shapeOf(ref);
  if (shape.isDictionary || vm.u8[ref + L.HDR_FLAGS] & 1) return j.exitOrRuntimeCall(`${what}_dictionary_or_prototype`);
  const own = shape.lookup(key);
  let next = shape;
  let i = own;
  // A read-only slot or an accessor (a setter call) is the runtime's.
  if (own >= 0 && !shape.plainData(own)) return j.exitOrRuntimeCall(`${what}_readonly_or_accessor`);
  /** setprop adds rely on the prototypes up to the one that has the key (a setter or read-only one there would apply instead). */
  const protos: number[] = [];
  if (own < 0) {
    // An add: only along an existing transition into an inline slot.
    const t = shape.transitions.get(key);
    if (!t || t.keys.length - 1 >= t.inlineCapacity) return j.exitOrRuntimeCall(`${what}_transition`);
    next = t;
    i = t.keys.length - 1;
    if (what === 'setprop') {
      for (let o = shape.proto; o !== 0; o = vm.protoOf(o)) {
        if (protos.length >= 8) return j.exitOrRuntimeCall(`${what}_long_chain`);
        protos.push(o);
        const ps = vm.shapeOf(o);
        const k = ps.lookup(key);
        if (k >= 0) {
          if (!ps.plainData(k)) return j.exitOrRuntimeCall(`${what}_proto_setter_or_readonly`);
          break;
        }
      }
    }
  }
  const cb = j.cb;
  j.guardTop(1, Type.Object, `${what}_not_object`);
  const obj = j.top(1);
  X.mov(cb, X.EAX, X.mem(32, obj.base, obj.disp));
  X.cmp(cb, X.dword(X.R12, L.OBJ_SHAPE, X.RAX), shape.id);
  j.chainGuard('ne', `${what}_shape_changed`, PROPERTY_CHAIN);
  if (next !== shape) {
    // Adding to a prototype must go through the VM (it invalidates code that assumed the prototype's shape).
    X.test(cb, X.byte(X.R12, L.HDR_FLAGS, X.RAX), HF_IS_PROTO);
    X.jcc(cb, 'ne', j.sideExit(`${what}_prototype`), { rel32: true });
    // No prototype gains a setter or read-only property of this name meanwhile.
    for (const o of protos) j.jit.assumeProtoShape(j, o, `${what}_proto_changed`);
  }
  // The value must fit the field's type (vm/shapes.ts): known to, or checked
  // (a mismatch exits; the interpreter's store widens the field, and this
  // block is invalidated so that its next version stores without the check).
  const vt0 = j.ctx.peekType(0);
  const vcode = fieldCodeOfType(vt0);
  // Nothing stored yet: the field type takes the kind of the value about to be stored now (peeked: this is the block's first instruction).
  if (next.field(i) === FIELD_NONE) vm.shapes.noteStore(next, i, j.peekTag(0));
  const code = next.field(i);
  if (code !== FIELD_ANY && vcode !== code) {
    j.comment(`${what} .${key}: value must be ${typeName(fieldType(code))} (field type)`);
    j.countCheck();
    const val = j.top(0);
    X.cmp(cb, X.mem(32, val.base, val.disp + 4), code === FIELD_DOUBLE ? L.TAG_BASE | 0 : code | 0);
    X.jcc(cb, code === FIELD_DOUBLE ? 'ae' : 'ne', j.sideExit(`${what}_field_type`), { rel32: true });
    j.jit.assumeFieldType(j, next, i, null);
  }
  const loc = slotLocation(false, shape.inlineCapacity, i);
  X.mov(cb, X.RDX, j.top(0));
  if (loc >= 0) X.mov(cb, X.qword(X.R12, loc, X.RAX), X.RDX);
  else {
    X.mov(cb, X.ECX, X.dword(X.R12, L.OBJ_SLOTS, X.RAX));
    X.mov(cb, X.qword(X.R12, L.VEC_DATA + 8 * (-1 - loc), X.RCX), X.RDX);
  }
  if (next !== shape) {
    j.comment(`${what} .${key}: add, shape ${shape.id} -> ${next.id}`);
    X.mov(cb, X.dword(X.R12, L.OBJ_SHAPE, X.RAX), next.id);
  }
  const vt = j.ctx.peekType(0);
  if (what === 'initprop') {
    // The object stays on the stack.
    j.ctx = j.ctx.pop(1);
    return Status.Keep;
  }
  // The value replaces the object on the stack.
  X.mov(cb, obj, X.RDX);
  j.ctx = j.ctx.pop(2).push(vt);
  return Status.Keep;
}

/**
 * `obj.k = v;` (a setprop the statement pops) where k is an accessor whose
 * setter is a bytecode function: guards as for a getter call, then
 * [obj, v] becomes [setter, obj, v] and the setter is called with argc 1
 * through genPushFrame. The call's result stands where setprop's value
 * would, which is right only because the next instruction pops it
 * unread (the interpreter, should the setter return there, resumes at that
 * pop too). Null when it does not apply (the runtime then calls the setter).
 */
function genSetterCall(j: JitState, key: string): Status | null {
  if (j.iseq.code[j.nextPc] !== Op.pop) return null;
  const vm = j.jit.vm;
  const q = j.peekFp + (L.FRAME_HEADER >>> 2) + 2 * (j.ctx.stackSize - 2);
  const hi = vm.u32[q + 1];
  if (hi !== L.TAG_OBJECT) return null;
  const ref = vm.u32[q];
  const shape = vm.shapeOf(ref);
  if (shape.isDictionary || !vm.findProperty(ref, key)) return null;
  const holder = vm.foundHolder;
  const hshape = vm.shapeOf(holder);
  const slot = vm.foundSlot;
  if (!(hshape.attrs[slot] & ATTR_ACCESSOR)) return null;
  vm.accessorPart(vm.slotQ(holder, hshape, slot), 1);
  if (vm.rhi !== L.TAG_FUNCTION) return null;
  const setter = vm.rlo;
  const sflags = vm.u32[(setter + L.FN_FLAGS) >>> 2];
  if (sflags & (L.FNF_NATIVE | L.FNF_CLASS)) return null;
  const callee = vm.iseqs[vm.u32[(setter + L.FN_ISEQ) >>> 2]];
  if (callee.restIndex >= 0 || j.ctx.stackSize > 255 || j.chainExhausted(PROPERTY_CHAIN)) return null;
  const chain: number[] = [];
  for (let o = shape.proto; holder !== ref && o !== 0; o = vm.protoOf(o)) {
    chain.push(o);
    if (o === holder) break;
  }
  const cb = j.cb;
  j.comment(`setprop .${key}: setter ${callee.name || '<anonymous>'} (iseq ${callee.id}) on ${holder === ref ? 'the object' : 'a prototype'}`);
  j.guardTop(1, Type.Object, 'setprop_not_object');
  const obj = j.top(1);
  X.mov(cb, X.EAX, X.mem(32, obj.base, obj.disp));
  X.cmp(cb, X.dword(X.R12, L.OBJ_SHAPE, X.RAX), shape.id);
  j.chainGuard('ne', 'setprop_shape_changed', PROPERTY_CHAIN);
  for (const o of chain) j.jit.assumeProtoShape(j, o, 'setprop_proto_changed');
  // The pair's setter: element 1 of the ARRAY cell in the slot.
  loadSlot(j, holder === ref ? X.RAX : holder, slotLocation(false, hshape.inlineCapacity, slot));
  X.mov(cb, X.ECX, X.ECX);
  X.mov(cb, X.ECX, X.dword(X.R12, L.ARR_ELEMENTS, X.RCX));
  X.mov(cb, X.RCX, X.qword(X.R12, L.VEC_DATA + 8, X.RCX));
  X.mov(cb, X.RDX, X.RCX);
  X.shr(cb, X.RDX, 32);
  X.cmp(cb, X.EDX, L.TAG_FUNCTION | 0);
  j.chainGuard('ne', 'setprop_setter_changed', PROPERTY_CHAIN);
  X.mov(cb, X.EAX, X.ECX);
  X.test(cb, X.dword(X.R12, L.FN_FLAGS, X.RAX), L.FNF_NATIVE | L.FNF_CLASS);
  j.chainGuard('ne', 'setprop_setter_changed', PROPERTY_CHAIN);
  X.cmp(cb, X.dword(X.R12, L.FN_ISEQ, X.RAX), callee.id);
  j.chainGuard('ne', 'setprop_setter_changed', PROPERTY_CHAIN);
  // [obj, v] -> [setter, obj, v]: a call with argc 1.
  const vt = j.ctx.peekType(0);
  const val = j.top(0);
  X.mov(cb, X.RDX, val);
  X.mov(cb, j.pushSlot(), X.RDX);
  X.mov(cb, X.RDX, obj);
  X.mov(cb, val, X.RDX);
  X.mov(cb, obj, X.RCX);
  j.ctx = j.ctx.pop(2).push(Type.Function).push(Type.Object).push(vt);
  return genPushFrame(j, 1, callee, sflags, null);
}

const gen_setprop: GenFn = (j) => {
  if (!j.canPeek()) return j.defer();
  const call = genSetterCall(j, j.jit.vm.str(j.iseq.consts[2 * j.op(0)]));
  if (call !== null) return call;
  return genStoreProperty(j, 'setprop');
};
const gen_initprop: GenFn = (j) => genStoreProperty(j, 'initprop');

/** opt_length: arrays and strings inline. */
const gen_opt_length: GenFn = (j) => {
  let t = j.ctx.peekType(0);
  if (t !== Type.Array && t !== Type.String) {
    if (!j.canPeek()) return j.defer();
    t = j.peekRuntimeType(0);
    if (t !== Type.Array && t !== Type.String) return j.exitOrRuntimeCall('opt_length_not_array_or_string');
    j.guardTop(0, t, 'opt_length_type_changed');
  }
  const cb = j.cb;
  const top = j.top(0);
  X.mov(cb, X.EAX, X.mem(32, top.base, top.disp));
  if (t === Type.Array) {
    // A sparse array (vm/sparse.ts) keeps its length in slot 0 of its ELEMENTS vector.
    const done = cb.newLabel('length_done');
    X.mov(cb, X.ECX, X.EAX);
    X.mov(cb, X.EAX, X.dword(X.R12, L.ARR_LENGTH, X.RCX));
    X.test(cb, X.byte(X.R12, L.HDR_FLAGS, X.RCX), HF_SPARSE);
    X.jcc(cb, 'e', done);
    X.mov(cb, X.ECX, X.dword(X.R12, L.ARR_ELEMENTS, X.RCX));
    X.mov(cb, X.EAX, X.dword(X.R12, L.VEC_DATA, X.RCX));
    cb.bindLabel(done);
    cb.linkLabels();
  } else X.mov(cb, X.EAX, X.dword(X.R12, L.STR_LENGTH, X.RAX));
  // Lengths above 2^31 - 1 are not int32: let the interpreter box them.
  X.test(cb, X.EAX, X.EAX);
  X.jcc(cb, 's', j.sideExit('opt_length_huge'), { rel32: true });
  j.ctx = j.ctx.pop(1);
  j.storeInt(j.pushSlot(), X.EAX);
  j.ctx = j.ctx.push(Type.Int32);
  return Status.Keep;
};

/**
 * Guards an array at `arrDepth` and a number index at `idxDepth` (an int32,
 * or a double holding an integer); leaves the ELEMENTS reference in rax and
 * the index in rcx. An index out of bounds or not an integer takes the
 * instruction's outlined slow path (the runtime does the generic access)
 * and continues after the instruction. Returns the slow path's address, or
 * 'defer' / an exit reason when the fast path does not apply.
 */
function genArrayIndex(j: JitState, arrDepth: number, idxDepth: number, what: ArrayIndexName, append = false): number | ExitReason | 'defer' {
  let ta = j.ctx.peekType(arrDepth);
  let ti = j.ctx.peekType(idxDepth);
  if (ta !== Type.Array || !isNumber(ti)) {
    if (!j.canPeek()) return 'defer';
    if (ta !== Type.Array) ta = j.peekRuntimeType(arrDepth);
    if (!isNumber(ti)) ti = j.peekRuntimeType(idxDepth);
    if (ta !== Type.Array || !isNumber(ti)) return `${what}_not_array_number`;
  }
  j.guardTop(arrDepth, Type.Array, `${what}_not_array`);
  j.guardTop(idxDepth, ti, `${what}_index_type_changed`);
  const cb = j.cb;
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  const slow = j.jit.genSlowPath(j, `${what}_slow_path`, after);
  const arr = j.top(arrDepth);
  const idx = j.top(idxDepth);
  if (ti === Type.Int32) X.mov(cb, X.ECX, X.mem(32, idx.base, idx.disp));
  else {
    // An integral double indexes like the int32 it equals (-0 like 0).
    X.movsd(cb, X.XMM0, idx);
    X.cvttsd2si(cb, X.ECX, X.XMM0);
    X.cvtsi2sd(cb, X.XMM1, X.ECX);
    X.ucomisd(cb, X.XMM0, X.XMM1);
    X.jcc(cb, 'ne', slow, { rel32: true });
    X.jcc(cb, 'p', slow, { rel32: true });
  }
  X.mov(cb, X.EAX, X.mem(32, arr.base, arr.disp));
  if (what === 'opt_aset') {
    // Stores into a sealed or frozen array go through the VM's checked path.
    X.test(cb, X.byte(X.R12, L.HDR_FLAGS, X.RAX), HF_FROZEN_ELEMENTS);
    X.jcc(cb, 'ne', slow, { rel32: true });
  }
  // Unsigned: a negative index is out of bounds too.
  X.cmp(cb, X.ECX, X.dword(X.R12, L.ARR_LENGTH, X.RAX));
  if (append) {
    // A store at index == length appends in place while there is capacity.
    const inBounds = cb.newLabel('in_bounds');
    X.jcc(cb, 'b', inBounds);
    X.jcc(cb, 'ne', slow, { rel32: true });
    X.cmp(cb, X.ECX, X.dword(X.R12, L.ARR_CAPACITY, X.RAX));
    X.jcc(cb, 'ae', slow, { rel32: true });
    X.lea(cb, X.EDX, X.mem(0, X.RCX, 1));
    X.mov(cb, X.dword(X.R12, L.ARR_LENGTH, X.RAX), X.EDX);
    cb.bindLabel(inBounds);
    cb.linkLabels();
  } else X.jcc(cb, 'ae', slow, { rel32: true });
  X.mov(cb, X.EAX, X.dword(X.R12, L.ARR_ELEMENTS, X.RAX));
  return slow;
}

const gen_opt_aref: GenFn = (j) => {
  if (j.canPeek() && j.peekRuntimeType(1) === Type.Object && j.peekRuntimeType(0) === Type.String) return genKeyedObjectGet(j);
  const slow = genArrayIndex(j, 1, 0, 'opt_aref');
  if (slow === 'defer') return j.defer();
  if (typeof slow === 'string') return j.exitOrRuntimeCall(slow);
  const cb = j.cb;
  // element = [r12 + elements + 16 + 8 * index]; a hole reads through the prototype chain.
  X.lea(cb, X.RAX, X.mem(0, X.RAX, L.VEC_DATA, X.RCX, 8));
  X.cmp(cb, X.dword(X.R12, 4, X.RAX), L.TAG_HOLE | 0);
  X.jcc(cb, 'e', slow, { rel32: true });
  X.mov(cb, X.RCX, X.qword(X.R12, 0, X.RAX));
  j.ctx = j.ctx.pop(2);
  X.mov(cb, j.pushSlot(), X.RCX);
  j.ctx = j.ctx.push(Type.Unknown);
  return Status.Keep;
};

/**
 * The lookup cache entry for the object in eax and the key STRING cell in
 * ecx, as lookupCacheIndex (vm/layout.ts) computes it: edx = the object's
 * shape id, r8 = the entry's address (r9 clobbered).
 */
function emitLookupCacheEntry(j: JitState): void {
  const cb = j.cb;
  X.mov(cb, X.EDX, X.dword(X.R12, L.OBJ_SHAPE, X.RAX));
  X.imul(cb, X.R8D, X.EDX, LOOKUP_HASH | 0);
  X.mov(cb, X.R9D, X.ECX);
  X.shr(cb, X.R9D, 3);
  X.xor(cb, X.R8D, X.R9D);
  X.and(cb, X.R8D, MC.ENTRIES - 1);
  // MC.WORDS (5) words of 4 bytes: entry * 20.
  X.lea(cb, X.R8, X.mem(0, X.R8, 0, X.R8, 4));
  X.lea(cb, X.R8, X.mem(0, X.R12, j.jit.vm.lookupCacheBase, X.R8, 4));
}

/**
 * obj[key] with a string key on an object: probes the VM's lookup cache
 * (docs/ARCHITECTURE.md §1; entries [shape, key cell, holder, offset,
 * epoch] filled by the interpreter and the runtime) with the receiver's
 * shape and the key cell. A hit on the object itself loads the slot; a hit
 * on a prototype (or an absent key) also needs the entry's epoch to be the
 * current one. A miss takes the runtime slow path, which fills the entry.
 */
function genKeyedObjectGet(j: JitState): Status {
  const cb = j.cb;
  j.comment('obj[string]: lookup cache probe');
  j.guardTop(1, Type.Object, 'opt_aref_type_changed');
  j.guardTop(0, Type.String, 'opt_aref_type_changed');
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  const slow = j.jit.genSlowPath(j, 'opt_aref_cache_miss_slow_path', after);
  const own = cb.newLabel('own');
  const load = cb.newLabel('load');
  const inline = cb.newLabel('inline');
  const store = cb.newLabel('store');
  X.mov(cb, X.EAX, j.top(1, 32));
  X.mov(cb, X.ECX, j.top(0, 32));
  emitLookupCacheEntry(j);
  X.cmp(cb, X.dword(X.R8, 0), X.EDX);
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.cmp(cb, X.dword(X.R8, 4), X.ECX);
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.mov(cb, X.R9D, X.dword(X.R8, 8));
  X.test(cb, X.R9D, X.R9D);
  X.jcc(cb, 'e', own);
  X.mov(cb, X.R10D, X.dword(X.R8, 16));
  X.cmp(cb, X.R10D, X.dword(X.R12, L.PROTO_EPOCH));
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.cmp(cb, X.R9D, MC.ABSENT);
  X.jcc(cb, 'ne', load);
  X.mov(cb, X.RCX, BigInt(L.TAG_UNDEF) << 32n);
  X.jmp(cb, store);
  cb.bindLabel(own);
  X.mov(cb, X.R9D, X.EAX);
  cb.bindLabel(load);
  // offset >= 0: a byte offset in the holder; < 0: out-of-line slot -(1 + i).
  X.movsxd(cb, X.R10, X.dword(X.R8, 12));
  X.test(cb, X.R10, X.R10);
  X.jcc(cb, 'ns', inline);
  X.not(cb, X.R10);
  X.mov(cb, X.R9D, X.dword(X.R12, L.OBJ_SLOTS, X.R9));
  X.lea(cb, X.R10, X.mem(0, X.R9, L.VEC_DATA, X.R10, 8));
  X.mov(cb, X.RCX, X.qword(X.R12, 0, X.R10));
  X.jmp(cb, store);
  cb.bindLabel(inline);
  X.add(cb, X.R10, X.R9);
  X.mov(cb, X.RCX, X.qword(X.R12, 0, X.R10));
  cb.bindLabel(store);
  cb.linkLabels();
  j.ctx = j.ctx.pop(2);
  X.mov(cb, j.pushSlot(), X.RCX);
  j.ctx = j.ctx.push(Type.Unknown);
  return Status.Keep;
}

const gen_opt_aset: GenFn = (j) => {
  const slow = genArrayIndex(j, 2, 1, 'opt_aset', true);
  if (slow === 'defer') return j.defer();
  if (typeof slow === 'string') return j.exitOrRuntimeCall(slow);
  const cb = j.cb;
  X.lea(cb, X.RAX, X.mem(0, X.RAX, L.VEC_DATA, X.RCX, 8));
  X.mov(cb, X.RDX, j.top(0));
  X.mov(cb, X.qword(X.R12, 0, X.RAX), X.RDX);
  const vt = j.ctx.peekType(0);
  j.ctx = j.ctx.pop(3);
  X.mov(cb, j.pushSlot(), X.RDX);
  j.ctx = j.ctx.push(vt);
  return Status.Keep;
};

reg('getprop', keepsXmm(gen_getprop));
reg('getmethod', keepsXmm(gen_getmethod));
reg('setprop', keepsXmm(gen_setprop));
reg('initprop', keepsXmm(gen_initprop));
reg('opt_length', keepsXmm(gen_opt_length));
reg('opt_aref', keepsXmm(gen_opt_aref));
reg('opt_aset', keepsXmm(gen_opt_aset));

// --------------------------------------------------------------- allocation

/**
 * Carves `size` bytes from the machine-code allocation buffer (heap.ts,
 * refillBuffer) into rax and writes the cell header; the rest of the cell
 * is zero. When the buffer is used up, an outlined path gets a new one
 * (the collector may run: every live value is in a stack slot) and retries.
 */
function bumpAlloc(j: JitState, size: number, kind: number): void {
  const cb = j.cb;
  const retry = cb.newLabel('alloc');
  cb.bindLabel(retry);
  j.comment(`allocate ${size} bytes`);
  X.mov(cb, X.EAX, X.dword(X.R12, L.ALLOC_PTR));
  X.lea(cb, X.RCX, X.mem(0, X.RAX, size));
  X.cmp(cb, X.ECX, X.dword(X.R12, L.ALLOC_END));
  X.jcc(cb, 'a', j.jit.genRefillPath(j, retry), { rel32: true });
  X.mov(cb, X.dword(X.R12, L.ALLOC_PTR), X.ECX);
  writeHeader(j, 0, kind, size);
}

/** Writes a cell header (kind, size; GC and flag bytes zero) at [r12 + rax + off] with one store. */
function writeHeader(j: JitState, off: number, kind: number, size: number): void {
  X.mov(j.cb, X.R11, (BigInt(size) << 32n) | BigInt(kind));
  X.mov(j.cb, X.qword(X.R12, off, X.RAX), X.R11);
}

/** Stores the reference in eax (zero-extended) with heap tag `tag` to a value slot, in one qword store. */
function storeRef(j: JitState, dst: X.Mem, tag: number): void {
  X.mov(j.cb, X.R11, BigInt(tag >>> 0) << 32n);
  X.or(j.cb, X.R11, X.RAX);
  X.mov(j.cb, dst, X.R11);
}

/** Pushes the reference in eax with heap tag `tag`. */
function pushRef(j: JitState, tag: number, t: Type): void {
  storeRef(j, j.pushSlot(), tag);
  j.ctx = j.ctx.push(t);
}

/** newobject: a plain object with Object.prototype's root shape (4 inline slots, like the interpreter's). */
const gen_newobject: GenFn = (j) => {
  const shape = j.jit.vm.plainShape;
  const size = L.OBJ_INLINE + 8 * shape.inlineCapacity;
  bumpAlloc(j, size, L.K_OBJECT);
  // shape id and an empty out-of-line slot vector in one qword.
  X.mov(j.cb, X.qword(X.R12, L.OBJ_SHAPE, X.RAX), shape.id);
  pushRef(j, L.TAG_OBJECT, Type.Object);
  return Status.Keep;
};

/** Array literals up to this many elements are built inline. */
const MAX_INLINE_ARRAY = 64;

/** newarray n: the ARRAY cell and its ELEMENTS cell (capacity n) in one allocation, filled from the stack. */
const gen_newarray: GenFn = (j) => {
  const n = j.op(0);
  if (n > MAX_INLINE_ARRAY) return j.exitOrRuntimeCall('newarray_large');
  const cb = j.cb;
  const elSize = n > 0 ? L.VEC_DATA + 8 * n : 0;
  bumpAlloc(j, L.ARR_SIZE + elSize, L.K_ARRAY);
  writeHeader(j, 0, L.K_ARRAY, L.ARR_SIZE);
  X.mov(cb, X.dword(X.R12, L.OBJ_SHAPE, X.RAX), j.jit.vm.arrayShape.id);
  X.mov(cb, X.dword(X.R12, L.ARR_LENGTH, X.RAX), n);
  if (n > 0) {
    X.mov(cb, X.dword(X.R12, L.ARR_CAPACITY, X.RAX), n);
    X.lea(cb, X.ECX, X.mem(0, X.RAX, L.ARR_SIZE));
    X.mov(cb, X.dword(X.R12, L.ARR_ELEMENTS, X.RAX), X.ECX);
    writeHeader(j, L.ARR_SIZE, L.K_ELEMENTS, elSize);
    X.mov(cb, X.dword(X.R12, L.ARR_SIZE + L.VEC_CAPACITY, X.RAX), n);
    for (let i = 0; i < n; i++) {
      X.mov(cb, X.RCX, j.top(n - 1 - i));
      X.mov(cb, X.qword(X.R12, L.ARR_SIZE + L.VEC_DATA + 8 * i, X.RAX), X.RCX);
    }
  }
  j.ctx = j.ctx.pop(n);
  pushRef(j, L.TAG_ARRAY, Type.Array);
  return Status.Keep;
};

/**
 * closure: a FUNCTION cell for the iseq over the frame's ENV. Arrows
 * capture `this` and the enclosing function's home object.
 */
const gen_closure: GenFn = (j) => {
  const vm = j.jit.vm;
  const iseq = vm.iseqs[j.op(0)];
  const flags = closureFlags(iseq);
  const cb = j.cb;
  j.comment(`closure ${iseq.name || '<anonymous>'}`);
  bumpAlloc(j, CLOSURE_SIZE, L.K_FUNCTION);
  X.mov(cb, X.dword(X.R12, L.OBJ_SHAPE, X.RAX), vm.functionShape.id);
  X.mov(cb, X.dword(X.R12, L.FN_ISEQ, X.RAX), iseq.id);
  X.mov(cb, X.ECX, X.dword(X.R13, L.FR_ENV));
  X.mov(cb, X.dword(X.R12, L.FN_ENV, X.RAX), X.ECX);
  X.mov(cb, X.dword(X.R12, L.FN_FLAGS, X.RAX), flags);
  if (flags & L.FNF_ARROW) {
    X.mov(cb, X.RCX, j.self());
    X.mov(cb, X.qword(X.R12, L.FN_THIS, X.RAX), X.RCX);
    // The home object of the function this arrow is written in (its callee slot sits below `this`).
    const callee = X.mem(32, X.R13, -8 * (j.iseq.localCount + 2));
    const noHome = cb.newLabel('no_home');
    X.cmp(cb, X.mem(32, callee.base, callee.disp + 4), L.TAG_FUNCTION | 0);
    X.jcc(cb, 'ne', noHome);
    X.mov(cb, X.ECX, callee);
    X.mov(cb, X.ECX, X.dword(X.R12, L.FN_HOME, X.RCX));
    X.mov(cb, X.dword(X.R12, L.FN_HOME, X.RAX), X.ECX);
    cb.bindLabel(noHome);
    cb.linkLabels();
  } else {
    X.mov(cb, X.R11, BigInt(L.TAG_UNDEF) << 32n);
    X.mov(cb, X.qword(X.R12, L.FN_THIS, X.RAX), X.R11);
  }
  pushRef(j, L.TAG_FUNCTION, Type.Function);
  return Status.Keep;
};

/** ENVs up to this many slots are allocated inline. */
const MAX_INLINE_ENV = 64;

/** pushenv n: a new ENV (slots undefined) whose parent is the frame's current one. */
const gen_pushenv: GenFn = (j) => {
  const n = j.op(0);
  if (n > MAX_INLINE_ENV) return j.exitOrRuntimeCall('pushenv_large');
  const cb = j.cb;
  bumpAlloc(j, L.ENV_DATA + 8 * n, L.K_ENV);
  X.mov(cb, X.ECX, X.dword(X.R13, L.FR_ENV));
  X.mov(cb, X.dword(X.R12, L.ENV_PARENT, X.RAX), X.ECX);
  X.mov(cb, X.dword(X.R12, L.ENV_COUNT, X.RAX), n);
  if (n > 0) X.mov(cb, X.R11, BigInt(L.TAG_UNDEF) << 32n);
  for (let i = 0; i < n; i++) X.mov(cb, X.qword(X.R12, L.ENV_DATA + 8 * i, X.RAX), X.R11);
  X.mov(cb, X.dword(X.R13, L.FR_ENV), X.EAX);
  return Status.Keep;
};

const gen_popenv: GenFn = (j) => {
  X.mov(j.cb, X.EAX, X.dword(X.R13, L.FR_ENV));
  X.mov(j.cb, X.EAX, X.dword(X.R12, L.ENV_PARENT, X.RAX));
  X.mov(j.cb, X.dword(X.R13, L.FR_ENV), X.EAX);
  return Status.Keep;
};

const gen_initenv: GenFn = (j) => {
  loadEnv(j, j.op(1));
  X.mov(j.cb, X.R11, BigInt(L.TAG_TDZ) << 32n);
  X.mov(j.cb, X.qword(X.R12, L.ENV_DATA + 8 * j.op(0), X.RAX), X.R11);
  return Status.Keep;
};

// ------------------------------------------------- self-hosted built-ins

/**
 * Whether the top value is an array, as a boolean that replaces the top `n`
 * values: a tag compare, folded when the type is known.
 */
export function genIsArray(j: JitState, n: number): Status {
  const t = j.ctx.peekType(0);
  if (t !== Type.Unknown && t !== Type.UnknownHeap) {
    const yes = t === Type.Array;
    j.comment(`isarray folded: ${yes}`);
    j.ctx = j.ctx.pop(n);
    return genPushConst(j, yes ? 1 : 0, L.TAG_BOOL, yes ? Type.True : Type.False);
  }
  X.cmp(j.cb, j.topTag(0), L.TAG_ARRAY | 0);
  X.setcc(j.cb, 'e', X.AL);
  X.movzx(j.cb, X.EAX, X.AL);
  j.ctx = j.ctx.pop(n);
  j.storeBool(j.pushSlot(), X.EAX);
  j.ctx = j.ctx.push(Type.Boolean);
  return Status.Keep;
}

const gen_isarray: GenFn = (j) => genIsArray(j, 1);

/** arrayhas: arr i -> whether element i exists (in bounds, not a hole). */
const gen_arrayhas: GenFn = (j) => {
  let ta = j.ctx.peekType(1);
  let ti = j.ctx.peekType(0);
  if (ta !== Type.Array || ti !== Type.Int32) {
    if (!j.canPeek()) return j.defer();
    ta = j.peekRuntimeType(1);
    ti = j.peekRuntimeType(0);
    if (ta !== Type.Array || ti !== Type.Int32) return j.exitOrRuntimeCall('arrayhas_not_array_int');
  }
  j.guardTop(1, Type.Array, 'arrayhas_not_array');
  j.guardTop(0, Type.Int32, 'arrayhas_not_int');
  const cb = j.cb;
  const arr = j.top(1, 32);
  const no = cb.newLabel('no');
  const outside = cb.newLabel('outside');
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  // A sparse array (vm/sparse.ts) has no dense elements: the runtime looks the index up.
  const slow = j.jit.genSlowPath(j, 'arrayhas_sparse_slow_path', after);
  X.mov(cb, X.EAX, arr);
  X.mov(cb, X.ECX, j.top(0, 32));
  X.xor(cb, X.EDX, X.EDX);
  X.cmp(cb, X.ECX, X.dword(X.R12, L.ARR_LENGTH, X.RAX));
  X.jcc(cb, 'ae', outside);
  X.mov(cb, X.EAX, X.dword(X.R12, L.ARR_ELEMENTS, X.RAX));
  X.lea(cb, X.RAX, X.mem(0, X.RAX, 0, X.RCX, 8));
  X.cmp(cb, X.dword(X.R12, L.VEC_DATA + 4, X.RAX), L.TAG_HOLE | 0);
  X.setcc(cb, 'ne', X.DL);
  X.jmp(cb, no);
  cb.bindLabel(outside);
  X.test(cb, X.byte(X.R12, L.HDR_FLAGS, X.RAX), HF_SPARSE);
  X.jcc(cb, 'ne', slow, { rel32: true });
  cb.bindLabel(no);
  cb.linkLabels();
  j.ctx = j.ctx.pop(2);
  j.storeBool(j.pushSlot(), X.EDX);
  j.ctx = j.ctx.push(Type.Boolean);
  return Status.Keep;
};

const gen_putargc: GenFn = (j) => {
  X.mov(j.cb, X.EAX, X.dword(X.R13, L.FR_ARGC));
  j.storeInt(j.pushSlot(), X.EAX);
  j.ctx = j.ctx.push(Type.Int32);
  return Status.Keep;
};

// ------------------------------------------------------------- for...in

// The iterator (src/vm/forin.ts) lives in four frame locals L..L+3:
// receiver, keys ARRAY, int32 index, int32 enum shape (0: none). The keys
// array is the receiver shape's enum cache when the loop is over an object
// whose prototypes add no keys.

/**
 * forin_start, for a receiver of the shape seen when compiling whose
 * prototypes have no enumerable keys: guard the shape (a chain, then the
 * runtime call), assume each prototype keeps its shape (adding a key to one
 * invalidates this code), and write the iterator with the shape's enum
 * cache: no allocation, no call. Anything else is the runtime call.
 */
const gen_forin_start: GenFn = (j) => {
  if (!j.canPeek()) return j.defer();
  const vm = j.jit.vm;
  if (j.peekTag(0) !== L.TAG_OBJECT) return j.exitOrRuntimeCall('forin_start_not_object');
  const q = j.peekFp + (L.FRAME_HEADER >>> 2) + 2 * (j.ctx.stackSize - 1);
  const ref = vm.u32[q];
  const shape = vm.shapeOf(ref);
  if (shape.isDictionary) return j.exitOrRuntimeCall('forin_start_dictionary');
  const protos: number[] = [];
  for (let o = shape.proto; o !== 0; o = vm.protoOf(o)) {
    if (protos.length > 8) return j.exitOrRuntimeCall('forin_start_deep_chain');
    protos.push(o);
  }
  const cache = enumCacheFor(vm, ref, shape);
  if (cache === 0) return j.exitOrRuntimeCall('forin_start_enumerable_proto');
  const cb = j.cb;
  const base = j.op(0);
  j.guardTop(0, Type.Object, 'forin_start_not_object');
  const slot = j.top(0);
  X.mov(cb, X.EAX, X.mem(32, slot.base, slot.disp));
  X.cmp(cb, X.dword(X.R12, L.OBJ_SHAPE, X.RAX), shape.id);
  j.chainGuard('ne', 'forin_start_shape_changed', PROPERTY_CHAIN);
  for (const o of protos) j.jit.assumeProtoShape(j, o, 'forin_start_proto_changed');
  j.comment(`forin_start: shape ${shape.id}, enum cache ${cache}`);
  X.mov(cb, X.RAX, slot);
  X.mov(cb, j.local(base), X.RAX);
  j.storeWords(j.local(base + 1), cache, L.TAG_ARRAY);
  j.storeWords(j.local(base + 2), 0, L.TAG_INT);
  j.storeWords(j.local(base + 3), shape.id, L.TAG_INT);
  let ctx = j.ctx.pop(1);
  for (let i = 0; i < 4; i++) ctx = j.setLocalType(base + i, Type.Unknown, ctx);
  j.ctx = ctx;
  return Status.Keep;
};

/**
 * forin_next in machine code: when the keys are not used up and the
 * receiver still has the enum shape the iterator recorded (so the next key
 * is present), bump the index and push true; used up, push false. Any other
 * case (keys collected by the runtime, a receiver whose shape changed, e.g.
 * a property was added or deleted) is the outlined runtime call, which
 * skips deleted keys.
 */
const gen_forin_next: GenFn = (j) => {
  const cb = j.cb;
  const base = j.op(0);
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  const slow = j.jit.genSlowPath(j, 'forin_next_not_enum_shape', after);
  const store = cb.newLabel('store');
  j.comment('forin_next: keys, index');
  X.mov(cb, X.ECX, j.local(base + 1, 32));
  X.mov(cb, X.EDX, j.local(base + 2, 32));
  X.xor(cb, X.R8D, X.R8D);
  X.cmp(cb, X.EDX, X.dword(X.R12, L.ARR_LENGTH, X.RCX));
  X.jcc(cb, 'ae', store);
  j.comment('receiver still of the enum shape?');
  X.mov(cb, X.ESI, j.local(base + 3, 32));
  X.test(cb, X.ESI, X.ESI);
  X.jcc(cb, 'z', slow, { rel32: true });
  X.mov(cb, X.EDI, j.local(base, 32));
  X.cmp(cb, X.ESI, X.dword(X.R12, L.OBJ_SHAPE, X.RDI));
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.inc(cb, X.EDX);
  X.mov(cb, j.local(base + 2, 32), X.EDX);
  X.mov(cb, X.R8D, 1);
  cb.bindLabel(store);
  cb.linkLabels();
  j.storeBool(j.pushSlot(), X.R8D);
  j.ctx = j.ctx.push(Type.Boolean);
  return Status.Keep;
};

/** forin_key: keys[index - 1], a string. */
const gen_forin_key: GenFn = (j) => {
  const cb = j.cb;
  const base = j.op(0);
  X.mov(cb, X.ECX, j.local(base + 1, 32));
  X.mov(cb, X.EDX, j.local(base + 2, 32));
  X.mov(cb, X.ECX, X.dword(X.R12, L.ARR_ELEMENTS, X.RCX));
  X.lea(cb, X.RCX, X.mem(0, X.RCX, 0, X.RDX, 8));
  X.mov(cb, X.RAX, X.qword(X.R12, L.VEC_DATA - 8, X.RCX));
  X.mov(cb, j.pushSlot(), X.RAX);
  j.ctx = j.ctx.push(Type.String);
  return Status.Keep;
};

/**
 * key in obj with a string key on an object: the lookup-cache probe of
 * obj[string] (genKeyedObjectGet): an entry for the receiver's shape and
 * the key cell answers true for a slot on the object, and, when its epoch
 * is the current one, true for a prototype holder and false for an absent
 * key. A miss is the runtime call, which fills the entry. Other operand
 * types are the runtime call.
 */
const gen_opt_in: GenFn = (j) => {
  if (!j.canPeek()) return j.defer();
  if (j.peekRuntimeType(1) !== Type.String || j.peekRuntimeType(0) !== Type.Object) return j.exitOrRuntimeCall('opt_in_not_string_in_object');
  const cb = j.cb;
  j.guardTop(0, Type.Object, 'opt_in_type_changed');
  j.guardTop(1, Type.String, 'opt_in_type_changed');
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  const slow = j.jit.genSlowPath(j, 'opt_in_cache_miss_slow_path', after);
  const store = cb.newLabel('store');
  j.comment('string in obj: lookup cache probe');
  X.mov(cb, X.EAX, j.top(0, 32));
  X.mov(cb, X.ECX, j.top(1, 32));
  emitLookupCacheEntry(j);
  X.cmp(cb, X.dword(X.R8, 0), X.EDX);
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.cmp(cb, X.dword(X.R8, 4), X.ECX);
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.mov(cb, X.EAX, 1);
  X.mov(cb, X.R9D, X.dword(X.R8, 8));
  X.test(cb, X.R9D, X.R9D);
  X.jcc(cb, 'e', store);
  X.mov(cb, X.R10D, X.dword(X.R8, 16));
  X.cmp(cb, X.R10D, X.dword(X.R12, L.PROTO_EPOCH));
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.xor(cb, X.EAX, X.EAX);
  X.cmp(cb, X.R9D, MC.ABSENT);
  X.setcc(cb, 'ne', X.AL);
  cb.bindLabel(store);
  cb.linkLabels();
  j.ctx = j.ctx.pop(2);
  j.storeBool(j.pushSlot(), X.EAX);
  j.ctx = j.ctx.push(Type.Boolean);
  return Status.Keep;
};

/**
 * coercethis (sloppy-mode function entry): nothing when `this` is known to
 * be an object, array or function; otherwise one tag compare, and the
 * outlined runtime call (global object or wrapper) for a primitive,
 * undefined or null. Afterwards `this` is some object.
 */
const gen_coercethis: GenFn = (j) => {
  const t = j.ctx.selfType;
  if (t === Type.Object || t === Type.Array || t === Type.Function) return Status.Keep;
  const cb = j.cb;
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  const slow = j.jit.genSlowPath(j, 'coercethis_primitive_this', after);
  const self = j.self();
  X.cmp(cb, X.mem(32, self.base, self.disp + 4), L.TAG_OBJECT | 0);
  X.jcc(cb, 'b', slow, { rel32: true });
  j.ctx = j.ctx.setSelfType(Type.Unknown);
  return Status.Keep;
};

/** setglobalstrict: setglobal, but an undeclared global (TDZ marker) takes the runtime call (global object property, or ReferenceError). */
const gen_setglobalstrict: GenFn = (j) => gen_setglobal(j);

reg('coercethis', keepsXmm(gen_coercethis));
reg('setglobalstrict', keepsXmm(gen_setglobalstrict));
reg('opt_in', keepsXmm(gen_opt_in));
reg('forin_start', keepsXmm(gen_forin_start));
reg('forin_next', keepsXmm(gen_forin_next));
reg('forin_key', keepsXmm(gen_forin_key));
/**
 * arguments[i] in a function whose arguments object is never made: an int32
 * i below argc reads parameter i's local, or, past the parameters, the
 * caller's argument slot under the moved frame (docs/ARCHITECTURE.md §5).
 * Another index (out of range, not an int32) takes the runtime's getarg.
 */
const gen_getarg: GenFn = (j) => {
  if (j.ctx.peekType(0) !== Type.Int32) {
    if (!j.canPeek()) return j.defer();
    if (j.peekRuntimeType(0) !== Type.Int32) return j.exitOrRuntimeCall('getarg_not_int32');
    j.guardTop(0, Type.Int32, 'getarg_index_type_changed');
  }
  const cb = j.cb;
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  const slow = j.jit.genSlowPath(j, 'getarg_out_of_range', after);
  const n = j.iseq.localCount;
  const idx = j.top(0);
  X.mov(cb, X.ECX, X.mem(32, idx.base, idx.disp));
  X.mov(cb, X.EAX, X.dword(X.R13, L.FR_ARGC));
  X.cmp(cb, X.ECX, X.EAX);
  X.jcc(cb, 'ae', slow, { rel32: true });
  const extra = cb.newLabel('extra');
  const load = cb.newLabel('load');
  X.cmp(cb, X.ECX, j.iseq.paramCount);
  X.jcc(cb, 'ae', extra);
  X.mov(cb, X.RDX, X.mem(64, X.R13, -8 * n, X.RCX, 8));
  X.jmp(cb, load);
  cb.bindLabel(extra);
  // i - argc < 0, as a 64-bit value (both were zero-extended).
  X.sub(cb, X.RCX, X.RAX);
  X.mov(cb, X.RDX, X.mem(64, X.R13, -8 * n - 16, X.RCX, 8));
  cb.bindLabel(load);
  cb.linkLabels();
  j.ctx = j.ctx.pop(1);
  X.mov(cb, j.pushSlot(), X.RDX);
  j.ctx = j.ctx.push(Type.Unknown);
  return Status.Keep;
};

reg('getarg', gen_getarg);
// A direct eval compiles code at run time into its caller's scope: the function stays interpreted from here.
reg('directeval', (j) => j.exitOrRuntimeCall('direct_eval_interpreted'));
reg('isarray', keepsXmm(gen_isarray));
reg('arrayhas', keepsXmm(gen_arrayhas));
reg('putargc', keepsXmm(gen_putargc));
reg('pushenv', keepsXmm(gen_pushenv));
reg('popenv', keepsXmm(gen_popenv));
reg('initenv', keepsXmm(gen_initenv));
reg('newobject', keepsXmm(gen_newobject));
reg('closure', keepsXmm(gen_closure));
reg('newarray', keepsXmm(gen_newarray));
