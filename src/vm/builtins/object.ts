// Object reflection: property descriptors (defineProperty, getOwnPropertyDescriptor…),
// integrity levels (freeze, seal, preventExtensions), create, assign,
// setPrototypeOf, fromEntries, getOwnPropertyNames, and the Object.prototype
// methods isPrototypeOf, propertyIsEnumerable and toLocaleString.
//
// Attributes live in the shapes (vm/shapes.ts): a new property defined with
// attributes takes a shared transition keyed by them; redefining one, or
// changing an integrity level, moves the object to dictionary mode.

import { L } from '../layout';
import { ATTR_ACCESSOR, ATTR_DONTDELETE, ATTR_HIDDEN, ATTR_READONLY, type PropKey } from '../shapes';
import { HF_FROZEN_ELEMENTS, HF_READONLY_ELEMENTS, HF_SEALED_ELEMENTS, arrayIndex, type VM } from '../vm';
import { argHi, argLo, isObjectTag, method } from './util';
import { isSparse, sparseCount } from '../sparse';

/** A property descriptor read from a descriptor object (absent fields undefined). */
interface Desc {
  value?: [number, number];
  writable?: boolean;
  get?: [number, number];
  set?: [number, number];
  enumerable?: boolean;
  configurable?: boolean;
}

function isAccessorDesc(d: Desc): boolean {
  return d.get !== undefined || d.set !== undefined;
}

function isDataDesc(d: Desc): boolean {
  return d.value !== undefined || d.writable !== undefined;
}

/** ToPropertyDescriptor: reads the fields of a descriptor object (getters on it run). */
function toDescriptor(vm: VM, lo: number, hi: number): Desc {
  if (!isObjectTag(hi)) vm.throwError('TypeError', `Property description must be an object: ${vm.toStr(lo, hi)}`);
  const d: Desc = {};
  const field = (name: string): [number, number] | undefined => {
    if (!vm.findProperty(lo, name)) return undefined;
    vm.readFound(lo, hi);
    return [vm.rlo, vm.rhi];
  };
  const e = field('enumerable');
  if (e) d.enumerable = vm.truthy(e[0], e[1]);
  const c = field('configurable');
  if (c) d.configurable = vm.truthy(c[0], c[1]);
  const v = field('value');
  if (v) d.value = v;
  const w = field('writable');
  if (w) d.writable = vm.truthy(w[0], w[1]);
  const g = field('get');
  if (g) {
    if (g[1] !== L.TAG_FUNCTION && g[1] !== L.TAG_UNDEF) vm.throwError('TypeError', `Getter must be a function: ${describe(vm, g[0], g[1])}`);
    d.get = g;
  }
  const s = field('set');
  if (s) {
    if (s[1] !== L.TAG_FUNCTION && s[1] !== L.TAG_UNDEF) vm.throwError('TypeError', `Setter must be a function: ${describe(vm, s[0], s[1])}`);
    d.set = s;
  }
  if ((d.get || d.set) && (d.value || d.writable !== undefined)) {
    vm.throwError('TypeError', `Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, ${vm.objectDescription(lo, hi)}`);
  }
  return d;
}

/** How V8 shows a value in descriptor errors. */
function describe(vm: VM, lo: number, hi: number): string {
  if (hi === L.TAG_OBJECT) return vm.objectDescription(lo, hi);
  if (hi === L.TAG_ARRAY) return vm.toStr(lo, hi);
  return vm.toStr(lo, hi);
}

function sameValue(vm: VM, a: [number, number], b: [number, number]): boolean {
  if (a[0] === b[0] && a[1] === b[1]) return true;
  const an = a[1] === L.TAG_INT || a[1] < L.TAG_BASE;
  const bn = b[1] === L.TAG_INT || b[1] < L.TAG_BASE;
  if (an && bn) return Object.is(vm.toNumber(a[0], a[1]), vm.toNumber(b[0], b[1]));
  return vm.strictEquals(a[0], a[1], b[0], b[1]);
}

/** ValidateAndApplyPropertyDescriptor for an own property `key` of the object (lo, hi). Throws TypeErrors as V8 does. */
export function defineFromDescriptor(vm: VM, lo: number, hi: number, key: PropKey, d: Desc): void {
  if (hi === L.TAG_FUNCTION && key === 'prototype') vm.materializePrototype(lo);
  if (hi === L.TAG_ARRAY) return defineOnArray(vm, lo, key, d);
  const shape = vm.shapeOf(lo);
  const i = shape.lookup(key);
  const mark = vm.handleMark();
  try {
    if (i < 0) {
      if (!shape.extensible) vm.throwError('TypeError', `Cannot define property ${String(key)}, object is not extensible`);
      let attrs = (d.enumerable ? 0 : ATTR_HIDDEN) | (d.configurable ? 0 : ATTR_DONTDELETE);
      if (isAccessorDesc(d)) {
        const g = d.get ?? [0, L.TAG_UNDEF];
        const s = d.set ?? [0, L.TAG_UNDEF];
        const pair = vm.newAccessorPair(g[0], g[1], s[0], s[1]);
        vm.addProperty(lo, key, pair, L.TAG_ARRAY, attrs | ATTR_ACCESSOR);
        return;
      }
      if (!d.writable) attrs |= ATTR_READONLY;
      const v = d.value ?? [0, L.TAG_UNDEF];
      vm.addProperty(lo, key, v[0], v[1], attrs);
      return;
    }
    const a = shape.attrs[i];
    const q = vm.slotQ(lo, shape, i);
    const curAcc = (a & ATTR_ACCESSOR) !== 0;
    const cur: [number, number] = [vm.u32[q], vm.u32[q + 1]];
    let curGet: [number, number] = [0, L.TAG_UNDEF];
    let curSet: [number, number] = [0, L.TAG_UNDEF];
    if (curAcc) {
      vm.accessorPart(q, 0);
      curGet = [vm.rlo, vm.rhi];
      vm.accessorPart(q, 1);
      curSet = [vm.rlo, vm.rhi];
    }
    if (a & ATTR_DONTDELETE) {
      const fail = (): never => vm.throwError('TypeError', `Cannot redefine property: ${String(key)}`);
      if (d.configurable) fail();
      if (d.enumerable !== undefined && d.enumerable === ((a & ATTR_HIDDEN) !== 0)) fail();
      if (isAccessorDesc(d) || isDataDesc(d)) {
        if (curAcc !== isAccessorDesc(d)) fail();
        if (curAcc) {
          if (d.get && !sameValue(vm, d.get, curGet)) fail();
          if (d.set && !sameValue(vm, d.set, curSet)) fail();
        } else if (a & ATTR_READONLY) {
          if (d.writable) fail();
          if (d.value && !sameValue(vm, d.value, cur)) fail();
        }
      }
    }
    let attrs = a;
    if (d.enumerable !== undefined) attrs = d.enumerable ? attrs & ~ATTR_HIDDEN : attrs | ATTR_HIDDEN;
    if (d.configurable !== undefined) attrs = d.configurable ? attrs & ~ATTR_DONTDELETE : attrs | ATTR_DONTDELETE;
    if (isAccessorDesc(d)) {
      const g = d.get ?? (curAcc ? curGet : [0, L.TAG_UNDEF]);
      const s = d.set ?? (curAcc ? curSet : [0, L.TAG_UNDEF]);
      vm.protect(g[0], g[1]);
      vm.protect(s[0], s[1]);
      const pair = vm.newAccessorPair(g[0], g[1], s[0], s[1]);
      vm.defineAccessor(lo, key, pair, attrs & ~ATTR_READONLY & ~ATTR_ACCESSOR);
      return;
    }
    if (isDataDesc(d) || !curAcc) {
      if (curAcc) attrs = (attrs & ~ATTR_ACCESSOR) | ATTR_READONLY;
      if (d.writable !== undefined) attrs = d.writable ? attrs & ~ATTR_READONLY : attrs | ATTR_READONLY;
      const v = d.value ?? (curAcc ? [0, L.TAG_UNDEF] : cur);
      vm.defineOwn(lo, key, v[0], v[1], attrs);
      return;
    }
    // A generic descriptor on an accessor: only the flags change.
    if (attrs !== a) vm.setSlotAttrs(lo, i, attrs);
  } finally {
    vm.releaseHandles(mark);
  }
}

/** defineProperty on an array: elements and length as data (attributes other than the defaults are not supported there). */
function defineOnArray(vm: VM, arr: number, key: PropKey, d: Desc): void {
  const idx = arrayIndex(key);
  // A named property: arrays keep those in their shape, as objects do.
  if (key !== 'length' && idx < 0) return defineFromDescriptor(vm, arr, L.TAG_OBJECT, key, d);
  if (isAccessorDesc(d)) vm.throwError('TypeError', `Accessor properties of array elements and length are not supported by lbbv`);
  const frozen = (vm.u8[arr + L.HDR_FLAGS] & HF_READONLY_ELEMENTS) !== 0;
  if (key === 'length') {
    if (d.value) {
      if (frozen && !sameValue(vm, d.value, [vm.arrayLen(arr), L.TAG_INT])) vm.throwError('TypeError', `Cannot redefine property: length`);
      vm.setLengthValue(arr, d.value[0], d.value[1]);
    }
    if (d.writable === false) freezeArrayElements(vm, arr, 'freeze-length');
    return;
  }
  const plain = d.enumerable !== false && d.configurable !== false && d.writable !== false;
  if (frozen || vm.u8[arr + L.HDR_FLAGS] & HF_FROZEN_ELEMENTS) {
    if (!vm.arrayHas(arr, idx)) vm.throwError('TypeError', `Cannot define property ${String(key)}, object is not extensible`);
    if (frozen) vm.throwError('TypeError', `Cannot redefine property: ${String(key)}`);
  }
  if (!plain) vm.throwError('TypeError', `Non-default attributes on array elements are not supported by lbbv`);
  const v = d.value ?? [0, L.TAG_UNDEF];
  vm.arraySet(arr, idx, v[0], v[1]);
}

function freezeArrayElements(vm: VM, arr: number, level: 'preventExtensions' | 'seal' | 'freeze' | 'freeze-length'): void {
  let f = HF_FROZEN_ELEMENTS;
  if (level === 'seal' || level === 'freeze') f |= HF_SEALED_ELEMENTS;
  if (level === 'freeze' || level === 'freeze-length') f |= HF_READONLY_ELEMENTS;
  vm.u8[arr + L.HDR_FLAGS] |= f;
}

/** Object.preventExtensions / seal / freeze on an object, array or function. */
export function setIntegrity(vm: VM, lo: number, hi: number, level: 'preventExtensions' | 'seal' | 'freeze'): void {
  if (hi === L.TAG_FUNCTION && level === 'freeze') vm.materializePrototype(lo);
  if (hi === L.TAG_ARRAY) freezeArrayElements(vm, lo, level);
  vm.preventExtensions(lo);
  if (level === 'preventExtensions') return;
  const d = vm.toDictionary(lo);
  for (let i = 0; i < d.attrs.length; i++) {
    let a = d.attrs[i] | ATTR_DONTDELETE;
    if (level === 'freeze' && !(a & ATTR_ACCESSOR)) a |= ATTR_READONLY;
    d.attrs[i] = a;
  }
  vm.protoChanged(lo);
}

/** Object.isFrozen / isSealed. */
function testIntegrity(vm: VM, lo: number, hi: number, level: 'seal' | 'freeze'): boolean {
  if (!isObjectTag(hi)) return true;
  const shape = vm.shapeOf(lo);
  if (shape.extensible) return false;
  if (hi === L.TAG_ARRAY) {
    const f = vm.u8[lo + L.HDR_FLAGS];
    const need = level === 'freeze' ? HF_READONLY_ELEMENTS | HF_SEALED_ELEMENTS : HF_SEALED_ELEMENTS;
    let hasElements = false;
    const len = vm.arrayLength(lo);
    for (let i = 0; i < len && !hasElements; i++) hasElements = vm.u32[vm.elementQ(lo, i) + 1] !== L.TAG_HOLE;
    if (isSparse(vm, lo)) hasElements = sparseCount(vm, lo) > 0;
    if (hasElements && (f & need) !== need) return false;
    if (level === 'freeze' && !(f & HF_READONLY_ELEMENTS)) return false;
  }
  for (const a of shape.attrs) {
    if (!(a & ATTR_DONTDELETE)) return false;
    if (level === 'freeze' && !(a & ATTR_ACCESSOR) && !(a & ATTR_READONLY)) return false;
  }
  return true;
}

/** A descriptor object for own property key of (lo, hi), or false when there is none. */
function descriptorObject(vm: VM, lo: number, hi: number, key: PropKey): boolean {
  const mark = vm.handleMark();
  try {
    const fields: [string, number, number][] = [];
    const flag = (b: boolean): [number, number] => [b ? 1 : 0, L.TAG_BOOL];
    const data = (vlo: number, vhi: number, w: boolean, e: boolean, c: boolean): void => {
      fields.push(['value', vlo, vhi], ['writable', ...flag(w)], ['enumerable', ...flag(e)], ['configurable', ...flag(c)]);
    };
    if (hi === L.TAG_STRING) {
      const s = vm.str(lo);
      const idx = arrayIndex(key);
      if (key === 'length') {
        vm.retNumber(s.length);
        data(vm.rlo, vm.rhi, false, false, false);
      } else if (idx >= 0 && idx < s.length) {
        vm.retString(s[idx]);
        vm.protect(vm.rlo, vm.rhi);
        data(vm.rlo, vm.rhi, false, true, false);
      } else return false;
    } else if (!isObjectTag(hi)) {
      return false;
    } else {
      const flags = vm.u8[lo + L.HDR_FLAGS];
      const idx = arrayIndex(key);
      if (hi === L.TAG_ARRAY && key === 'length') {
        vm.retNumber(vm.arrayLen(lo));
        data(vm.rlo, vm.rhi, !(flags & HF_READONLY_ELEMENTS), false, false);
      } else if (hi === L.TAG_ARRAY && idx >= 0) {
        if (!vm.arrayHas(lo, idx)) return false;
        vm.arrayGet(lo, idx);
        data(vm.rlo, vm.rhi, !(flags & HF_READONLY_ELEMENTS), true, !(flags & HF_SEALED_ELEMENTS));
      } else {
        if (hi === L.TAG_FUNCTION && key === 'prototype') vm.materializePrototype(lo);
        const shape = vm.shapeOf(lo);
        const i = shape.lookup(key);
        if (i < 0) {
          if (hi === L.TAG_FUNCTION && (key === 'name' || key === 'length')) {
            vm.getProp(lo, hi, key);
            vm.protect(vm.rlo, vm.rhi);
            data(vm.rlo, vm.rhi, false, false, true);
          } else return false;
        } else {
          const a = shape.attrs[i];
          const q = vm.slotQ(lo, shape, i);
          if (a & ATTR_ACCESSOR) {
            vm.accessorPart(q, 0);
            fields.push(['get', vm.rlo, vm.rhi]);
            vm.accessorPart(q, 1);
            fields.push(['set', vm.rlo, vm.rhi], ['enumerable', ...flag(!(a & ATTR_HIDDEN))], ['configurable', ...flag(!(a & ATTR_DONTDELETE))]);
          } else {
            data(vm.u32[q], vm.u32[q + 1], !(a & ATTR_READONLY), !(a & ATTR_HIDDEN), !(a & ATTR_DONTDELETE));
          }
        }
      }
    }
    const d = vm.newObject(vm.objectProto);
    vm.protect(d, L.TAG_OBJECT);
    for (const [k, flo, fhi] of fields) vm.addProperty(d, k, flo, fhi);
    vm.retValue(d, L.TAG_OBJECT);
    return true;
  } finally {
    vm.releaseHandles(mark);
  }
}

/** Own string keys in JS order, non-enumerable ones included (getOwnPropertyNames). */
export function ownPropertyNames(vm: VM, lo: number, hi: number): string[] {
  if (hi === L.TAG_STRING) return Object.getOwnPropertyNames(vm.str(lo));
  if (!isObjectTag(hi)) return [];
  const keys = vm.ownKeys(lo, hi, true);
  if (hi === L.TAG_ARRAY) keys.push('length');
  if (hi === L.TAG_FUNCTION) {
    vm.materializePrototype(lo);
    const own = vm.shapeOf(lo);
    const pre = ['length', 'name'].filter((k) => own.lookup(k) < 0);
    return [...pre, ...keys];
  }
  return keys;
}

/** Object.defineProperties(o, props): reads every descriptor first, then defines. */
function defineProperties(vm: VM, lo: number, hi: number, plo: number, phi: number): void {
  if (phi === L.TAG_UNDEF || phi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
  if (!isObjectTag(phi)) return;
  const descs: [string, Desc][] = [];
  const mark = vm.handleMark();
  try {
    for (const k of vm.ownKeys(plo, phi)) {
      vm.getProp(plo, phi, k);
      const d = toDescriptor(vm, vm.rlo, vm.rhi);
      for (const part of [d.value, d.get, d.set]) if (part) vm.protect(part[0], part[1]);
      descs.push([k, d]);
    }
    for (const [k, d] of descs) defineFromDescriptor(vm, lo, hi, k, d);
  } finally {
    vm.releaseHandles(mark);
  }
}

/** Installs the reflection built-ins on Object and Object.prototype. */
export function installObjectReflection(vm: VM, objectCtor: number): void {
  const requireObject = (vm: VM, hi: number, what: string): void => {
    if (!isObjectTag(hi)) vm.throwError('TypeError', `${what} called on non-object`);
  };
  method(vm, objectCtor, 'defineProperty', 3, (vm, args, argc) => {
    const lo = argLo(vm, args, argc, 0);
    const hi = argHi(vm, args, argc, 0);
    requireObject(vm, hi, 'Object.defineProperty');
    const key = vm.toPropertyKey(argLo(vm, args, argc, 1), argHi(vm, args, argc, 1));
    const d = toDescriptor(vm, argLo(vm, args, argc, 2), argHi(vm, args, argc, 2));
    defineFromDescriptor(vm, lo, hi, key, d);
    vm.retValue(lo, hi);
  });
  method(vm, objectCtor, 'defineProperties', 2, (vm, args, argc) => {
    const lo = argLo(vm, args, argc, 0);
    const hi = argHi(vm, args, argc, 0);
    requireObject(vm, hi, 'Object.defineProperties');
    defineProperties(vm, lo, hi, argLo(vm, args, argc, 1), argHi(vm, args, argc, 1));
    vm.retValue(lo, hi);
  });
  method(vm, objectCtor, 'getOwnPropertyDescriptor', 2, (vm, args, argc) => {
    const lo = argLo(vm, args, argc, 0);
    const hi = argHi(vm, args, argc, 0);
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
    const key = vm.toPropertyKey(argLo(vm, args, argc, 1), argHi(vm, args, argc, 1));
    if (!descriptorObject(vm, lo, hi, key)) vm.retUndef();
  });
  method(vm, objectCtor, 'getOwnPropertyDescriptors', 1, (vm, args, argc) => {
    const lo = argLo(vm, args, argc, 0);
    const hi = argHi(vm, args, argc, 0);
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
    const mark = vm.handleMark();
    const out = vm.newObject(vm.objectProto);
    vm.protect(out, L.TAG_OBJECT);
    for (const k of ownPropertyNames(vm, lo, hi)) {
      if (!descriptorObject(vm, lo, hi, k)) continue;
      vm.defineOwn(out, k, vm.rlo, vm.rhi);
    }
    vm.releaseHandles(mark);
    vm.retValue(out, L.TAG_OBJECT);
  });
  method(vm, objectCtor, 'getOwnPropertyNames', 1, (vm, args, argc) => {
    const lo = argLo(vm, args, argc, 0);
    const hi = argHi(vm, args, argc, 0);
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
    vm.retValue(vm.newStringArray(ownPropertyNames(vm, lo, hi)), L.TAG_ARRAY);
  });
  method(vm, objectCtor, 'create', 2, (vm, args, argc) => {
    const plo = argLo(vm, args, argc, 0);
    const phi = argHi(vm, args, argc, 0);
    if (phi !== L.TAG_NULL && !isObjectTag(phi)) vm.throwError('TypeError', `Object prototype may only be an Object or null: ${describe(vm, plo, phi)}`);
    const mark = vm.handleMark();
    const o = vm.newObject(phi === L.TAG_NULL ? 0 : plo);
    vm.protect(o, L.TAG_OBJECT);
    const dhi = argHi(vm, args, argc, 1);
    if (dhi !== L.TAG_UNDEF) defineProperties(vm, o, L.TAG_OBJECT, argLo(vm, args, argc, 1), dhi);
    vm.releaseHandles(mark);
    vm.retValue(o, L.TAG_OBJECT);
  });
  method(vm, objectCtor, 'assign', 2, (vm, args, argc) => {
    const lo = argLo(vm, args, argc, 0);
    const hi = argHi(vm, args, argc, 0);
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
    if (!isObjectTag(hi)) {
      // Boxed primitives are not supported: the primitive comes back as is when there is nothing to copy.
      vm.retValue(lo, hi);
      return;
    }
    for (let a = 1; a < argc; a++) {
      const slo = vm.u32[args + 2 * a];
      const shi = vm.u32[args + 2 * a + 1];
      if (hi === L.TAG_UNDEF || shi === L.TAG_NULL || shi === L.TAG_UNDEF) continue;
      const keys = shi === L.TAG_STRING ? Object.keys(vm.str(slo)) : isObjectTag(shi) ? vm.ownKeys(slo, shi) : [];
      for (const k of keys) {
        vm.getProp(slo, shi, k);
        vm.setProp(lo, hi, k, vm.rlo, vm.rhi, true);
      }
    }
    vm.retValue(lo, hi);
  });
  for (const level of ['freeze', 'seal', 'preventExtensions'] as const) {
    method(vm, objectCtor, level, 1, (vm, args, argc) => {
      const lo = argLo(vm, args, argc, 0);
      const hi = argHi(vm, args, argc, 0);
      if (isObjectTag(hi)) setIntegrity(vm, lo, hi, level);
      vm.retValue(lo, hi);
    });
  }
  method(vm, objectCtor, 'isFrozen', 1, (vm, args, argc) => vm.retBool(testIntegrity(vm, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 'freeze')));
  method(vm, objectCtor, 'isSealed', 1, (vm, args, argc) => vm.retBool(testIntegrity(vm, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 'seal')));
  method(vm, objectCtor, 'isExtensible', 1, (vm, args, argc) => {
    const hi = argHi(vm, args, argc, 0);
    vm.retBool(isObjectTag(hi) && vm.isExtensible(argLo(vm, args, argc, 0)));
  });
  method(vm, objectCtor, 'setPrototypeOf', 2, (vm, args, argc) => {
    const lo = argLo(vm, args, argc, 0);
    const hi = argHi(vm, args, argc, 0);
    const plo = argLo(vm, args, argc, 1);
    const phi = argHi(vm, args, argc, 1);
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Object.setPrototypeOf called on null or undefined');
    if (phi !== L.TAG_NULL && !isObjectTag(phi)) vm.throwError('TypeError', `Object prototype may only be an Object or null: ${describe(vm, plo, phi)}`);
    if (isObjectTag(hi)) setPrototype(vm, lo, hi, phi === L.TAG_NULL ? 0 : plo);
    vm.retValue(lo, hi);
  });
  method(vm, objectCtor, 'fromEntries', 1, (vm, args, argc) => {
    const lo = argLo(vm, args, argc, 0);
    const hi = argHi(vm, args, argc, 0);
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', `${vm.toStr(lo, hi)} is not iterable`);
    if (hi !== L.TAG_ARRAY) vm.throwError('TypeError', `${hi === L.TAG_OBJECT ? 'object' : vm.toStr(lo, hi)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
    const mark = vm.handleMark();
    const out = vm.newObject(vm.objectProto);
    vm.protect(out, L.TAG_OBJECT);
    for (let i = 0; i < vm.arrayLength(lo); i++) {
      vm.arrayGet(lo, i);
      const elo = vm.rlo;
      const ehi = vm.rhi;
      if (!isObjectTag(ehi)) vm.throwError('TypeError', `Iterator value ${vm.toStr(elo, ehi)} is not an entry object`);
      vm.getElem(elo, ehi, 0, L.TAG_INT);
      const key = vm.toPropertyKey(vm.rlo, vm.rhi);
      vm.getElem(elo, ehi, 1, L.TAG_INT);
      vm.defineOwn(out, key, vm.rlo, vm.rhi);
    }
    vm.releaseHandles(mark);
    vm.retValue(out, L.TAG_OBJECT);
  });

  method(vm, vm.objectProto, 'isPrototypeOf', 1, (vm, args, argc, self) => {
    const hi = argHi(vm, args, argc, 0);
    if (!isObjectTag(hi)) return vm.retBool(false);
    const shi = vm.u32[self + 1];
    if (shi === L.TAG_UNDEF || shi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
    const target = vm.u32[self];
    for (let o = vm.protoOf(argLo(vm, args, argc, 0)); o !== 0; o = vm.protoOf(o)) if (o === target) return vm.retBool(true);
    vm.retBool(false);
  });
  method(vm, vm.objectProto, 'propertyIsEnumerable', 1, (vm, args, argc, self) => {
    const lo = vm.u32[self];
    const hi = vm.u32[self + 1];
    const key = vm.toPropertyKey(argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
    if (!descriptorObject(vm, lo, hi, key)) return vm.retBool(false);
    const d = vm.rlo;
    vm.getProp(d, L.TAG_OBJECT, 'enumerable');
    vm.retBool(vm.rlo !== 0);
  });
  method(vm, vm.objectProto, 'toLocaleString', 0, (vm, _a, _c, self) => {
    const lo = vm.u32[self];
    const hi = vm.u32[self + 1];
    vm.getProp(lo, hi, 'toString');
    if (vm.rhi !== L.TAG_FUNCTION) vm.throwError('TypeError', 'toString is not a function');
    vm.callFunction(vm.rlo, vm.rhi, lo, hi, []);
  });
}

/** Replaces the prototype of an object, array or function (its shape moves to one over the new prototype). */
function setPrototype(vm: VM, lo: number, hi: number, proto: number): void {
  if (vm.protoOf(lo) === proto) return;
  if (!vm.isExtensible(lo)) vm.throwError('TypeError', `${vm.objectDescription(lo, hi)} is not extensible`);
  for (let o = proto; o !== 0; o = vm.protoOf(o)) if (o === lo) vm.throwError('TypeError', 'Cyclic __proto__ value');
  vm.setPrototypeRaw(lo, proto);
}
