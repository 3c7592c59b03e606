// Gen functions: property reads and writes (shapes, getters, setters), length, element access.
// Registered in the opcode table (registry.ts); codegen/gen.ts loads every family.

import { Op } from '../../bytecode/opnums';
import { HF_ARGS_STRICT, HF_FROZEN_ELEMENTS, HF_IS_PROTO, HF_SPARSE, L, LOOKUP_HASH, MC } from '../../vm/layout';
import * as X from '../../x86asm';
import { isNumber, NO_TAG, tagOfType, Type, typeName, typeOfTag } from '../context';
import { ATTR_ACCESSOR, FIELD_ANY, FIELD_DOUBLE, FIELD_NONE, type Shape } from '../../vm/shapes';
import { JitState, PROPERTY_CHAIN, Status } from './state';
import type { ExitReason } from '../exits';
import { reg, keepsXmm, type GenFn } from './registry';
import { genPushFrame } from './calls';

// The instructions each shared gen function serves: exit reasons are built
// from them (`${name}_overflow`), and exits.ts must declare every one.
type ReadName = 'getprop' | 'getmethod';
type ArrayIndexName = 'opt_aref' | 'opt_aset';

// -------------------------------------------------------- properties, arrays

/** Where slot i of an object with this shape lives: an inline byte offset, or out-of-line index (negative: -(1 + k)). */
export function slotLocation(isFunction: boolean, inlineCapacity: number, i: number): number {
  if (i < inlineCapacity) return (isFunction ? L.FN_INLINE : L.OBJ_INLINE) + 8 * i;
  return -1 - (i - inlineCapacity);
}

/** Loads the slot of the cell whose reference is in `ref` (or at constant address `constRef`) into rcx. */
export function loadSlot(j: JitState, ref: X.Reg | number, loc: number): void {
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
export function fieldType(code: number): Type {
  return code === FIELD_ANY || code === FIELD_NONE ? Type.Unknown : typeOfTag(code);
}

/** The field code every value of type t has, or -1 when t does not decide it. */
export function fieldCodeOfType(t: Type): number {
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
export function emitLookupCacheEntry(j: JitState): void {
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
