// Gen functions: allocation in machine code: objects, arrays, closures, environments.
// Registered in the opcode table (registry.ts); codegen/gen.ts loads every family.

import { CLOSURE_SIZE, closureFlags, L } from '../../vm/layout';
import * as X from '../../x86asm';
import { Type } from '../context';
import { JitState, Status } from './state';
import { reg, keepsXmm, type GenFn } from './registry';
import { loadEnv } from './stack';

// --------------------------------------------------------------- allocation

/**
 * Carves `size` bytes from the machine-code allocation buffer (heap.ts,
 * refillBuffer) into rax and writes the cell header; the rest of the cell
 * is zero. When the buffer is used up, an outlined path gets a new one
 * (the collector may run: every live value is in a stack slot) and retries.
 */
export function bumpAlloc(j: JitState, size: number, kind: number): void {
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
export function storeRef(j: JitState, dst: X.Mem, tag: number): void {
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

reg('pushenv', keepsXmm(gen_pushenv));
reg('popenv', keepsXmm(gen_popenv));
reg('initenv', keepsXmm(gen_initenv));
reg('newobject', keepsXmm(gen_newobject));
reg('closure', keepsXmm(gen_closure));
reg('newarray', keepsXmm(gen_newarray));
