// Gen functions: constants, stack moves, locals, closure environments and globals.
// Registered in the opcode table (registry.ts); codegen/gen.ts loads every family.

import { GLOBAL_ASSUMED, GLOBAL_REASSIGNED, L } from '../../vm/layout';
import * as X from '../../x86asm';
import { Type, typeMeet, typeName, typeOfTag, typeOfValue } from '../context';
import { FIELD_ANY, FIELD_DOUBLE, FIELD_NONE } from '../../vm/shapes';
import { JitState, Status } from './state';
import { reg, keepsXmm, type GenFn } from './registry';
import { fieldCodeOfType, fieldType } from './props';

// ------------------------------------------------------------------ constants

export function genPushConst(j: JitState, lo: number, hi: number, t: Type): Status {
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
export function loadEnv(j: JitState, level: number): void {
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
export const gen_setglobal: GenFn = (j) => {
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
