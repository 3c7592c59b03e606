// Primitive wrapper objects (new String('x'), Object(5), the boxed `this`
// of a sloppy-mode method called on a primitive) and the global object as
// the `this` of sloppy-mode plain calls.
//
// A wrapper is an ordinary OBJECT whose prototype is String.prototype,
// Number.prototype or Boolean.prototype, holding its primitive in a hidden
// own property (PRIMITIVE_KEY). A String wrapper also has its indices (own,
// enumerable, read-only, not configurable) and a hidden read-only `length`, as in JS. The built-ins of those
// prototypes unwrap it (primitiveOf); console.log prints it as Node does
// (`[String: 'x']`).

import { GLOBAL_ASSUMED, L } from './layout';
import { ATTR_DONTDELETE, ATTR_HIDDEN, ATTR_READONLY } from './shapes';
import type { VM } from './vm';

/** The hidden own property holding a wrapper's primitive value. */
export const PRIMITIVE_KEY = '[[PrimitiveValue]]';

/** A new wrapper object for the primitive (lo, hi) (a string, number or boolean). */
export function boxPrimitive(vm: VM, lo: number, hi: number): number {
  const mark = vm.handleMark();
  vm.protect(lo, hi);
  const obj = vm.newObject(vm.protoForPrimitive(hi));
  vm.protect(obj, L.TAG_OBJECT);
  vm.addProperty(obj, PRIMITIVE_KEY, lo, hi, ATTR_HIDDEN);
  if (hi === L.TAG_STRING) {
    const s = vm.str(lo);
    for (let i = 0; i < s.length; i++) {
      vm.retString(s[i]);
      vm.addProperty(obj, String(i), vm.rlo, vm.rhi, ATTR_READONLY | ATTR_DONTDELETE);
    }
    vm.addProperty(obj, 'length', s.length, L.TAG_INT, ATTR_HIDDEN | ATTR_READONLY | ATTR_DONTDELETE);
  }
  vm.releaseHandles(mark);
  return obj;
}

/** The primitive of a wrapper object into the result registers; false when (lo, hi) is not one. */
export function primitiveOf(vm: VM, lo: number, hi: number): boolean {
  if (hi !== L.TAG_OBJECT) return false;
  return vm.getOwn(lo, PRIMITIVE_KEY);
}

/** The global object (globalThis). */
export function globalObject(vm: VM): number {
  const slot = vm.globalIndex.get('globalThis');
  if (slot === undefined) return 0;
  const q = vm.globalQ(slot);
  return vm.u32[q + 1] === L.TAG_OBJECT ? vm.u32[q] : 0;
}

/**
 * The `this` of a sloppy-mode function (coercethis): undefined and null
 * become the global object, primitives their wrappers; objects stay.
 * Writes the result registers.
 */
export function sloppyThis(vm: VM, lo: number, hi: number): void {
  if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) {
    const g = globalObject(vm);
    if (g !== 0) return vm.retValue(g, L.TAG_OBJECT);
    return vm.retValue(lo, hi);
  }
  if (hi >= L.TAG_OBJECT && hi !== L.TAG_TDZ) return vm.retValue(lo, hi);
  vm.retValue(boxPrimitive(vm, lo, hi), L.TAG_OBJECT);
}

/** A global name not declared as a global variable, read as a property of the global object (own or inherited); false when absent. */
export function globalObjectGet(vm: VM, name: string): boolean {
  const g = globalObject(vm);
  if (g === 0 || !vm.findProperty(g, name)) return false;
  vm.getProp(g, L.TAG_OBJECT, name);
  return true;
}

/** A store to an undeclared global name the global object has as an own property: writes the property (true); false otherwise. */
export function globalObjectSet(vm: VM, name: string, lo: number, hi: number): boolean {
  const g = globalObject(vm);
  if (g === 0 || vm.shapeOf(g).lookup(name) < 0) return false;
  vm.setProp(g, L.TAG_OBJECT, name, lo, hi);
  return true;
}

/**
 * A sloppy store created the undeclared global `slot` (its first store, the
 * slot held the TDZ marker): the variable becomes a property of the global
 * object too, as in JS (`IMPL = 1; globalThis.IMPL`). The property is an
 * accessor over the slot, so reads and writes of the variable keep their
 * fast global-slot paths.
 */
export function noteImplicitGlobal(vm: VM, slot: number): void {
  const g = globalObject(vm);
  if (g === 0) return;
  const name = vm.globalNames[slot];
  if (vm.shapeOf(g).lookup(name) >= 0) return;
  const mark = vm.handleMark();
  vm.protect(g, L.TAG_OBJECT);
  const getter = vm.newNativeFunction(name, (vm) => {
    const q = vm.globalQ(slot);
    if (vm.u32[q + 1] === L.TAG_TDZ) return vm.retUndef();
    vm.retValue(vm.u32[q], vm.u32[q + 1]);
  }, 0);
  vm.protect(getter, L.TAG_FUNCTION);
  const setter = vm.newNativeFunction(name, (vm, args, argc) => {
    if (vm.globalAssumed[slot] === GLOBAL_ASSUMED) vm.noteGlobalStore(slot);
    const q = vm.globalQ(slot);
    vm.u32[q] = argc > 0 ? vm.u32[args] : 0;
    vm.u32[q + 1] = argc > 0 ? vm.u32[args + 1] : L.TAG_UNDEF;
    vm.retUndef();
  }, 1);
  vm.protect(setter, L.TAG_FUNCTION);
  const pair = vm.newAccessorPair(getter, L.TAG_FUNCTION, setter, L.TAG_FUNCTION);
  vm.protect(pair, L.TAG_ARRAY);
  vm.defineAccessor(g, name, pair, 0);
  vm.releaseHandles(mark);
}
