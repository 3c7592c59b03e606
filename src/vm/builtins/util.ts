// Shared helpers for built-ins: argument access and definitions.

import { L } from '../layout';
import { ATTR_DONTDELETE, ATTR_HIDDEN, ATTR_READONLY } from '../shapes';
import { HF_READONLY_ELEMENTS, type NativeFn, type VM } from '../vm';

export function argHi(vm: VM, args: number, argc: number, i: number): number {
  return i < argc ? vm.u32[args + 2 * i + 1] : L.TAG_UNDEF;
}

export function argLo(vm: VM, args: number, argc: number, i: number): number {
  return i < argc ? vm.u32[args + 2 * i] : 0;
}

export function argNum(vm: VM, args: number, argc: number, i: number): number {
  if (i >= argc) return NaN;
  const q = args + 2 * i;
  const hi = vm.u32[q + 1];
  if (hi === L.TAG_INT) return vm.i32[q];
  if (hi < L.TAG_BASE) return vm.f64[q >>> 1];
  return vm.toNumber(vm.u32[q], hi);
}

export function argStr(vm: VM, args: number, argc: number, i: number): string {
  if (i >= argc) return 'undefined';
  return vm.toStr(vm.u32[args + 2 * i], vm.u32[args + 2 * i + 1]);
}

/** ToIntegerOrInfinity of argument i (undefined → `dflt`). */
export function argInt(vm: VM, args: number, argc: number, i: number, dflt: number): number {
  if (i >= argc || vm.u32[args + 2 * i + 1] === L.TAG_UNDEF) return dflt;
  const n = argNum(vm, args, argc, i);
  if (n !== n) return 0;
  return Math.trunc(n);
}

export function isObjectTag(hi: number): boolean {
  return hi >= L.TAG_HEAP && hi !== L.TAG_STRING;
}

/** Defines a native method (non-enumerable, like built-in methods) on target. */
export function method(vm: VM, target: number, name: string, length: number, fn: NativeFn): number {
  const f = vm.newNativeFunction(name, fn, length);
  vm.protect(f, L.TAG_FUNCTION);
  vm.addProperty(target, name, f, L.TAG_FUNCTION, ATTR_HIDDEN);
  vm.unprotect(1);
  return f;
}

/** Defines a data property holding a number. */
export function numberProp(vm: VM, target: number, name: string, x: number, hidden = true): void {
  vm.retNumber(x);
  vm.addProperty(target, name, vm.rlo, vm.rhi, hidden ? ATTR_HIDDEN : 0);
}

/** Defines a constant number property (Math.PI, Number.MAX_VALUE…): not writable, enumerable or configurable. */
export function constantProp(vm: VM, target: number, name: string, x: number): void {
  vm.retNumber(x);
  vm.addProperty(target, name, vm.rlo, vm.rhi, ATTR_HIDDEN | ATTR_READONLY | ATTR_DONTDELETE);
}

export function valueProp(vm: VM, target: number, name: string, lo: number, hi: number, hidden = true): void {
  vm.addProperty(target, name, lo, hi, hidden ? ATTR_HIDDEN : 0);
}

/** The array at `this`, or a TypeError naming the method. */
/** Array methods that only read their receiver: they also run on array-likes (`Array.prototype.slice.call(arguments)`). */
const READS_RECEIVER = new Set(['slice', 'join', 'toString', 'indexOf', 'lastIndexOf', 'includes', 'forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight']);

export function thisArray(vm: VM, self: number, name: string): number {
  const hi = vm.u32[self + 1];
  if (hi !== L.TAG_ARRAY) {
    if ((hi === L.TAG_OBJECT || hi === L.TAG_FUNCTION) && READS_RECEIVER.has(name)) return arrayLikeCopy(vm, self);
    vm.throwError('TypeError', `Array.prototype.${name} called on non-array`);
  }
  const arr = vm.u32[self];
  // Methods that rewrite elements in place fail on a frozen array before touching it (push, pop and length changes check for themselves).
  if (vm.u8[arr + L.HDR_FLAGS] & HF_READONLY_ELEMENTS && IN_PLACE.has(name) && vm.arrayLength(arr) > 0) {
    // unshift's first failing step is the add at the end (for one argument: index length).
    if (name === 'unshift') vm.throwError('TypeError', `Cannot add property ${vm.arrayLength(arr)}, object is not extensible`);
    vm.throwError('TypeError', `Cannot assign to read only property '0' of object '[object Array]'`);
  }
  return arr;
}

/** Array methods that write elements in place. */
const IN_PLACE = new Set(['shift', 'unshift', 'splice', 'reverse', 'fill', 'sort']);

/**
 * An array with the elements of the array-like object in the stack slot
 * `self` (its `length`, its indexed properties; absent ones become holes),
 * stored into that slot so that it stays rooted while the method runs.
 */
export function arrayLikeCopy(vm: VM, self: number): number {
  const lo = vm.u32[self];
  const hi = vm.u32[self + 1];
  vm.getProp(lo, hi, 'length');
  const n = Math.min(vm.toNumber(vm.rlo, vm.rhi) >>> 0, 0x7ffffff);
  vm.protect(lo, hi);
  const arr = vm.newArray(n);
  vm.protect(arr, L.TAG_ARRAY);
  for (let i = 0; i < n; i++) {
    if (!vm.findProperty(lo, String(i))) continue;
    vm.getProp(lo, hi, String(i));
    const q = vm.elementQ(arr, i);
    vm.u32[q] = vm.rlo;
    vm.u32[q + 1] = vm.rhi;
  }
  vm.unprotect(2);
  vm.u32[self] = arr;
  vm.u32[self + 1] = L.TAG_ARRAY;
  return arr;
}

/** Calls a callback(element, index, array) from an array method. */
export function callCallback(vm: VM, fnLo: number, fnHi: number, thisLo: number, thisHi: number, args: number[]): void {
  vm.callFunction(fnLo, fnHi, thisLo, thisHi, args);
}

export function requireCallable(vm: VM, lo: number, hi: number): void {
  if (hi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${vm.toStr(lo, hi)} is not a function`);
}


