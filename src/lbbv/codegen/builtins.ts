// Fast paths for built-in functions at a `send` (YJIT's codegen for cfuncs
// registered with yjit_reg_method). Each generator is called by gen_send
// through the table in natives.ts when the callee is the built-in it was
// registered for; it guards the callee's identity itself (guardNativeCallee)
// and returns the instruction's status. To add one: write the generator
// here, register it in natives.ts.
//
// The bodies moved here unchanged from gen.ts.

import { HF_FROZEN_ELEMENTS, L } from '../../vm/layout';
import * as X from '../../x86asm';
import { isNumber, Type } from '../context';
import { doubleSource, genIsArray, guardNativeCallee, loadDouble, pushCachedDouble, storeInteger } from './gen';
import { JitState, SEND_CHAIN, Status } from './state';

/**
 * arr.push(v) inline: guard the built-in and an array receiver; append in
 * place when there is capacity, else call the built-in (it grows the array)
 * on an outlined slow path. The result is the new length.
 */
export function genArrayPush(j: JitState, nativeId: number): Status {
  const cb = j.cb;
  j.comment('Array.prototype.push inline');
  guardNativeCallee(j, 2, nativeId);
  j.guardTop(1, Type.Array, 'push_not_array');
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  const slow = j.jit.genSlowPath(j, 'push_grow_slow_path', after);
  const recv = j.top(1);
  X.mov(cb, X.EAX, X.mem(32, recv.base, recv.disp));
  // A not-extensible array: the built-in throws.
  X.test(cb, X.byte(X.R12, L.HDR_FLAGS, X.RAX), HF_FROZEN_ELEMENTS);
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.mov(cb, X.ECX, X.dword(X.R12, L.ARR_LENGTH, X.RAX));
  X.cmp(cb, X.ECX, X.dword(X.R12, L.ARR_CAPACITY, X.RAX));
  X.jcc(cb, 'ae', slow, { rel32: true });
  X.mov(cb, X.EDX, X.dword(X.R12, L.ARR_ELEMENTS, X.RAX));
  X.lea(cb, X.RDX, X.mem(0, X.RDX, L.VEC_DATA, X.RCX, 8));
  X.mov(cb, X.R8, j.top(0));
  X.mov(cb, X.qword(X.R12, 0, X.RDX), X.R8);
  X.inc(cb, X.ECX);
  X.mov(cb, X.dword(X.R12, L.ARR_LENGTH, X.RAX), X.ECX);
  j.ctx = j.ctx.pop(3);
  j.storeInt(j.pushSlot(), X.ECX);
  j.ctx = j.ctx.push(Type.Int32);
  j.keepXmm();
  return Status.Keep;
}

/** Math.sqrt/floor/ceil/abs(x) on a number, inline: guard the built-in and the argument, compute in SSE. */
export function genMathUnary(j: JitState, argc: number, nativeId: number, op: 'sqrt' | 'floor' | 'ceil' | 'abs'): Status {
  const argDepth = argc - 1;
  let t = j.ctx.peekType(argDepth);
  if (!isNumber(t)) {
    t = j.peekRuntimeType(argDepth);
    if (!isNumber(t)) return j.exitOrRuntimeCall('send_native');
  }
  const cb = j.cb;
  j.comment(`Math.${op} inline`);
  guardNativeCallee(j, argc + 1, nativeId);
  j.guardTop(argDepth, t, 'send_arg_type_changed');
  const src = doubleSource(j, j.top(argDepth), t, X.XMM0);
  const srcReg = src.kind === 'reg' ? src : null;
  j.xmmPop(argc + 2);
  if (op === 'abs') {
    // Clear the sign bit (andpd takes a register: a memory operand would be 16 aligned bytes).
    const d = j.xmmAlloc([srcReg]);
    X.mov(cb, X.R11, (1n << 63n) - 1n);
    X.movq(cb, d, X.R11);
    if (srcReg) X.andpd(cb, d, srcReg);
    else {
      X.movsd(cb, X.XMM0, src);
      X.andpd(cb, d, X.XMM0);
    }
    j.ctx = j.ctx.pop(argc + 2);
    pushCachedDouble(j, d);
    return Status.Keep;
  }
  // sqrtsd/roundsd write only the low half of their destination: compute in
  // place after a full-width copy, so the result does not wait for the
  // register's previous value.
  const d = j.xmmAlloc([], srcReg);
  if (src !== d) {
    if (srcReg) X.movapd(cb, d, srcReg);
    else X.movsd(cb, d, src);
  }
  if (op === 'sqrt') X.sqrtsd(cb, d, d);
  else X.roundsd(cb, d, d, op === 'floor' ? X.ROUND_DOWN : X.ROUND_UP);
  j.ctx = j.ctx.pop(argc + 2);
  pushCachedDouble(j, d);
  return Status.Keep;
}

/**
 * Math.max / Math.min of two numbers, inline. Two int32s: a compare and a
 * cmov. Otherwise in SSE, where JS differs from maxsd/minsd: NaN wins, and
 * for equal operands (+0 and -0) the sign bits are combined (and for max,
 * or for min). Null when the arguments are not numbers (a runtime call).
 */
export function genMathMinMax(j: JitState, nativeId: number, name: 'max' | 'min'): Status | null {
  let ta = j.ctx.peekType(1);
  let tb = j.ctx.peekType(0);
  if (!isNumber(ta)) ta = j.peekRuntimeType(1);
  if (!isNumber(tb)) tb = j.peekRuntimeType(0);
  if (!isNumber(ta) || !isNumber(tb)) return null;
  const cb = j.cb;
  j.comment(`Math.${name} inline`);
  guardNativeCallee(j, 3, nativeId);
  j.guardTop(1, ta, 'send_arg_type_changed');
  j.guardTop(0, tb, 'send_arg_type_changed');
  if (ta === Type.Int32 && tb === Type.Int32) {
    X.mov(cb, X.EAX, j.top(1, 32));
    X.mov(cb, X.ECX, j.top(0, 32));
    X.cmp(cb, X.EAX, X.ECX);
    X.cmovcc(cb, name === 'max' ? 'l' : 'g', X.EAX, X.ECX);
    j.ctx = j.ctx.pop(4);
    j.storeInt(j.pushSlot(), X.EAX);
    j.ctx = j.ctx.push(Type.Int32);
    j.keepXmm();
    return Status.Keep;
  }
  loadDouble(j, X.XMM0, j.top(1), ta);
  loadDouble(j, X.XMM1, j.top(0), tb);
  const unordered = cb.newLabel('nan');
  const equal = cb.newLabel('equal');
  const done = cb.newLabel('done');
  X.ucomisd(cb, X.XMM0, X.XMM1);
  X.jcc(cb, 'p', unordered);
  X.jcc(cb, 'e', equal);
  if (name === 'max') X.maxsd(cb, X.XMM0, X.XMM1);
  else X.minsd(cb, X.XMM0, X.XMM1);
  X.jmp(cb, done);
  cb.bindLabel(equal);
  if (name === 'max') X.andpd(cb, X.XMM0, X.XMM1);
  else X.orpd(cb, X.XMM0, X.XMM1);
  X.jmp(cb, done);
  cb.bindLabel(unordered);
  // Either operand is NaN: the result is NaN (addsd propagates one).
  X.addsd(cb, X.XMM0, X.XMM1);
  cb.bindLabel(done);
  cb.linkLabels();
  j.xmmPop(4);
  const d = j.xmmAlloc();
  X.movapd(cb, d, X.XMM0);
  j.ctx = j.ctx.pop(4);
  pushCachedDouble(j, d);
  return Status.Keep;
}

/** A two-argument built-in `nativeId` on two int32s: its identity and both argument types guarded. */
function guardIntPair(j: JitState, nativeId: number): void {
  guardNativeCallee(j, 3, nativeId);
  j.guardTop(1, Type.Int32, 'send_arg_type_changed');
  j.guardTop(0, Type.Int32, 'send_arg_type_changed');
}

/**
 * Math.pow(x, y) for int32 x and 0 <= y <= 64 whose exact result is within
 * ±2^53: computed exactly by repeated 64-bit multiplication (V8's pow
 * returns these exactly too). Other operands take the runtime call from an
 * outlined slow path. The result is an int32 when it fits, else a double.
 */
export function genMathPowInt(j: JitState, nativeId: number): Status {
  const cb = j.cb;
  j.comment('Math.pow inline (int32 ** small int32)');
  guardIntPair(j, nativeId);
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  const slow = j.jit.genSlowPath(j, 'pow_slow_path', after);
  const loop = cb.newLabel('loop');
  const done = cb.newLabel('done');
  X.movsxd(cb, X.RAX, j.top(1, 32));
  X.mov(cb, X.ECX, j.top(0, 32));
  X.cmp(cb, X.ECX, 64);
  X.jcc(cb, 'a', slow, { rel32: true });
  X.mov(cb, X.EDX, 1);
  cb.bindLabel(loop);
  X.test(cb, X.ECX, X.ECX);
  X.jcc(cb, 'e', done);
  X.imul(cb, X.RDX, X.RAX);
  X.jcc(cb, 'o', slow, { rel32: true });
  X.dec(cb, X.ECX);
  X.jmp(cb, loop);
  cb.bindLabel(done);
  // |result| <= 2^53: exact as a double.
  X.mov(cb, X.R8, X.RDX);
  X.mov(cb, X.R9, 1n << 53n);
  X.add(cb, X.R8, X.R9);
  X.shl(cb, X.R9, 1);
  X.cmp(cb, X.R8, X.R9);
  X.jcc(cb, 'a', slow, { rel32: true });
  j.ctx = j.ctx.pop(4);
  storeInteger(j, j.pushSlot(), X.RDX);
  j.ctx = j.ctx.push(Type.UnknownImm);
  return Status.Keep;
}

/** Math.imul(a, b) on two int32s inline: the low 32 bits of the product, an int32 (no slow path). */
export function genMathImul(j: JitState, nativeId: number): Status {
  const cb = j.cb;
  j.comment('Math.imul inline (int32 * int32, low 32 bits)');
  guardIntPair(j, nativeId);
  X.mov(cb, X.EAX, j.top(1, 32));
  X.imul(cb, X.EAX, j.top(0, 32));
  j.ctx = j.ctx.pop(4);
  j.storeInt(j.pushSlot(), X.EAX);
  j.ctx = j.ctx.push(Type.Int32);
  return Status.Keep;
}

/** Array.isArray(v) inline: the built-in's identity guarded, then isarray. */
export function genArrayIsArray(j: JitState, nativeId: number): Status {
  j.comment('Array.isArray inline');
  guardNativeCallee(j, 2, nativeId);
  return genIsArray(j, 3);
}

/**
 * s.charCodeAt(i) inline, for a string receiver and an int32 index (no
 * argument: index 0): the built-in's identity guarded, then a load from the
 * receiver's CHARS cell (docs/ARCHITECTURE.md §3), made on first use from an
 * outlined path that comes back to retry. An index out of range (negative
 * ones included: the compare is unsigned) gives NaN: the first version of
 * the instruction sends it down a chain guard, so its result is an Int32 for
 * the code after it; a deeper version (or with chains off) calls the
 * built-in on an outlined slow path and joins with an unknown result. Other
 * receivers or index types (doubles, strings, undefined): null, a direct
 * call of the built-in.
 */
export function genStringCharCodeAt(j: JitState, argc: number, nativeId: number): Status | null {
  const recvDepth = argc;
  if (j.ctx.peekType(recvDepth) !== Type.String && j.peekRuntimeType(recvDepth) !== Type.String) return null;
  if (argc === 1 && j.ctx.peekType(0) !== Type.Int32 && j.peekRuntimeType(0) !== Type.Int32) return null;
  const cb = j.cb;
  const precise = j.insnCtx.chainDepth === 0 && !j.chainExhausted(SEND_CHAIN);
  j.comment(`String.prototype.charCodeAt inline${argc === 0 ? ' (no argument: index 0)' : ''}`);
  guardNativeCallee(j, argc + 1, nativeId);
  j.guardTop(recvDepth, Type.String, 'send_receiver_type_changed');
  if (argc === 1) j.guardTop(0, Type.Int32, 'send_arg_type_changed');
  const retry = cb.newLabel('retry');
  cb.bindLabel(retry);
  j.comment('eax = the receiver\'s CHARS cell (0: not made yet)');
  X.mov(cb, X.EAX, j.top(recvDepth, 32));
  X.mov(cb, X.EAX, X.dword(X.R12, L.STR_CHARS, X.RAX));
  X.test(cb, X.EAX, X.EAX);
  X.jcc(cb, 'e', j.jit.genStringCharsPath(j, retry), { rel32: true });
  if (argc === 1) X.mov(cb, X.ECX, j.top(0, 32));
  else X.xor(cb, X.ECX, X.ECX);
  j.comment('index < length (unsigned), else NaN');
  X.cmp(cb, X.ECX, X.dword(X.R12, L.CHARS_LENGTH, X.RAX));
  if (precise) j.chainGuard('ae', 'charcodeat_out_of_range', SEND_CHAIN);
  else {
    const after = cb.newLabel('after');
    j.afterLabels.push(after);
    X.jcc(cb, 'ae', j.jit.genSlowPath(j, 'charcodeat_out_of_range_slow_path', after), { rel32: true });
  }
  j.comment('ecx = code unit i');
  X.lea(cb, X.RAX, X.mem(0, X.R12, 0, X.RAX));
  X.movzx(cb, X.ECX, X.mem(16, X.RAX, L.CHARS_DATA, X.RCX, 2));
  j.ctx = j.ctx.pop(argc + 2);
  j.storeInt(j.pushSlot(), X.ECX);
  j.ctx = j.ctx.push(precise ? Type.Int32 : Type.UnknownImm);
  j.keepXmm();
  return Status.Keep;
}
