// Gen functions: self-hosted built-in helpers, for...in, the in operator, this coercion, arguments[i], direct eval.
// Registered in the opcode table (registry.ts); codegen/gen.ts loads every family.

import { HF_SPARSE, L, MC } from '../../vm/layout';
import * as X from '../../x86asm';
import { Type } from '../context';
import { enumCacheFor } from '../../vm/forin';
import { JitState, PROPERTY_CHAIN, Status } from './state';
import { reg, keepsXmm, type GenFn } from './registry';
import { emitLookupCacheEntry } from './props';
import { genPushConst, gen_setglobal } from './stack';

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

/**
 * iter_open / iter_next / iter_close / iter_rest: the runtime call
 * (src/vm/iteration.ts), after which the record's four locals have unknown
 * types (the runtime wrote them).
 */
const gen_iter_runtime: GenFn = (j) => {
  const base = j.op(0);
  j.jit.genRuntimeCall(j, 'runtime_call');
  let ctx = j.ctx;
  for (let i = 0; i < 4; i++) ctx = j.setLocalType(base + i, Type.Unknown, ctx);
  j.ctx = ctx;
  return Status.Keep;
};

/**
 * iter_next on a fast array record (src/vm/iteration.ts: L+1 is the int32
 * 0) with an element left that is not a hole: the element into L+3, the
 * index bumped, true pushed; no call. The record's kind word is compared
 * whole with r14 (the int32 tag over a zero low word). Anything else (a
 * protocol iterator, a string, the end of the array, a hole) is the
 * outlined runtime call, which also pushes the result.
 */
const gen_iter_next: GenFn = (j) => {
  const cb = j.cb;
  const base = j.op(0);
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  const slow = j.jit.genSlowPath(j, 'iter_next_not_fast_array', after);
  j.comment('iter_next: fast array record?');
  X.cmp(cb, j.local(base + 1), X.R14);
  X.jcc(cb, 'ne', slow, { rel32: true });
  X.mov(cb, X.ECX, j.local(base, 32));
  X.mov(cb, X.EDX, j.local(base + 2, 32));
  X.cmp(cb, X.EDX, X.dword(X.R12, L.ARR_LENGTH, X.RCX));
  X.jcc(cb, 'ae', slow, { rel32: true });
  X.mov(cb, X.ECX, X.dword(X.R12, L.ARR_ELEMENTS, X.RCX));
  X.lea(cb, X.RCX, X.mem(0, X.RCX, 0, X.RDX, 8));
  X.mov(cb, X.RAX, X.qword(X.R12, L.VEC_DATA, X.RCX));
  X.mov(cb, X.R8, X.RAX);
  X.shr(cb, X.R8, 32);
  X.cmp(cb, X.R8D, L.TAG_HOLE | 0);
  X.jcc(cb, 'e', slow, { rel32: true });
  X.mov(cb, j.local(base + 3), X.RAX);
  X.inc(cb, X.EDX);
  X.mov(cb, j.local(base + 2, 32), X.EDX);
  X.mov(cb, X.R8D, 1);
  j.storeBool(j.pushSlot(), X.R8D);
  let ctx = j.ctx.push(Type.Boolean);
  for (let i = 0; i < 4; i++) ctx = j.setLocalType(base + i, Type.Unknown, ctx);
  j.ctx = ctx;
  return Status.Keep;
};


reg('coercethis', keepsXmm(gen_coercethis));
reg('setglobalstrict', keepsXmm(gen_setglobalstrict));
reg('opt_in', keepsXmm(gen_opt_in));
reg('forin_start', keepsXmm(gen_forin_start));
reg('iter_open', gen_iter_runtime);
reg('iter_next', gen_iter_next);
reg('iter_close', gen_iter_runtime);
reg('iter_rest', gen_iter_runtime);
reg('forin_next', keepsXmm(gen_forin_next));
reg('forin_key', keepsXmm(gen_forin_key));
reg('getarg', gen_getarg);
// A direct eval compiles code at run time into its caller's scope: the function stays interpreted from here.
reg('directeval', (j) => j.exitOrRuntimeCall('direct_eval_interpreted'));
reg('isarray', keepsXmm(gen_isarray));
reg('arrayhas', keepsXmm(gen_arrayhas));
reg('putargc', keepsXmm(gen_putargc));
