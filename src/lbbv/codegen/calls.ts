// Gen functions: calls (send, new), the callee frame, leave and throw.
// Registered in the opcode table (registry.ts); codegen/gen.ts loads every family.

import { ISEQ_ARGUMENTS, ISEQ_DERIVED, type ISeq } from '../../bytecode/iseq';
import { readsSelf, trackedLocals } from '../../bytecode/liveness';
import { L } from '../../vm/layout';
import * as X from '../../x86asm';
import { Context, MAX_LOCALS, Type, typeName } from '../context';
import { JitState, SEND_CHAIN, Status } from './state';
import { reg, type GenFn } from './registry';
import { bumpAlloc, storeRef } from './alloc';
import { loadSlot, slotLocation } from './props';

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
export function genPushFrame(j: JitState, argc: number, callee: ISeq, flags: number, construct: Construct | null): Status {
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
