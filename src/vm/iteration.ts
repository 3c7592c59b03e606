// The iterator protocol (ECMA-262 §7.4): GetIterator through
// [Symbol.iterator], IteratorStep, IteratorClose, and the built-in iterators
// that the rest of the VM shares (%IteratorPrototype%,
// %ArrayIteratorPrototype%, %StringIteratorPrototype%).
//
// An open iterator used by compiled code (for-of, spread, array
// destructuring) is an *iterator record* in four consecutive hidden frame
// locals L..L+3, written by `iter_open L` and read by `iter_next L`,
// `iter_close L, mode` and `iter_rest L` (docs/ARCHITECTURE.md, "Iterator
// records"):
//
// | local | value |
// |--:|---|
// | L   | the iterator object; for a fast record, the array or string iterated |
// | L+1 | the `next` method (any value) for a protocol record; for a fast record an int32 kind: ITER_FAST_ARRAY, ITER_FAST_STRING; ITER_DONE (int32 -1) once done |
// | L+2 | int32: the next index (fast records only) |
// | L+3 | the value the last successful step produced (undefined once done) |
//
// A fast record stands for a built-in array (string) iterator that nothing
// can observe: iter_open makes one only while Array.prototype[Symbol.iterator]
// (String.prototype[Symbol.iterator]) is the original built-in, the receiver
// has no own Symbol.iterator, and %ArrayIteratorPrototype%.next
// (%StringIteratorPrototype%.next) is the original built-in. Since an
// iterator record holds the `next` method it read at open time, a later
// change to any of those cannot affect a record already open, so checking
// once at open is exact. Steps then read `length` and the element each time,
// as the built-in iterator does (an array that grows during the loop is
// walked to its new end).

import { L } from './layout';
import { ATTR_HIDDEN } from './shapes';
import { Thrown } from './errors';
import { boxPrimitive } from './wrappers';
import type { NativeFn, VM } from './vm';

/** L+1 of a record that is done (exhausted, closed, or whose next() threw). */
export const ITER_DONE = -1;
/** L+1 of a fast record over an array. */
export const ITER_FAST_ARRAY = 0;
/** L+1 of a fast record over a string (by code point). */
export const ITER_FAST_STRING = 1;

/** Private keys of a built-in array/string iterator's internal slots (never visible to JS: not in vm.symbolIds). */
export const SLOT_ITERATED = Symbol('[[IteratedObject]]');
export const SLOT_INDEX = Symbol('[[NextIndex]]');
export const SLOT_KIND = Symbol('[[Kind]]');

/** Array iterator kinds (SLOT_KIND). */
export const KIND_KEYS = 0;
export const KIND_VALUES = 1;
export const KIND_ENTRIES = 2;

/** The original built-ins whose identity makes a fast record legal (set by installIteration). */
export interface IterationIntrinsics {
  arrayValues: number;
  arrayIterNext: number;
  stringIterator: number;
  stringIterNext: number;
}

export function intrinsics(vm: VM): IterationIntrinsics {
  return vm.iterIntrinsics as IterationIntrinsics;
}

/** Whether `for (x of arr)` may walk `arr` directly (see the header). */
export function arrayIterPristine(vm: VM, arr: number): boolean {
  const ii = intrinsics(vm);
  const key = vm.wellKnownKey('iterator');
  if (vm.shapeOf(arr).lookup(key) >= 0) return false;
  if (!vm.getOwn(vm.arrayProto, key) || vm.rhi !== L.TAG_FUNCTION || vm.rlo !== ii.arrayValues) return false;
  return vm.getOwn(vm.arrayIterProto, 'next') && vm.rhi === L.TAG_FUNCTION && vm.rlo === ii.arrayIterNext;
}

export function stringIterPristine(vm: VM): boolean {
  const ii = intrinsics(vm);
  if (!vm.getOwn(vm.stringProto, vm.wellKnownKey('iterator')) || vm.rhi !== L.TAG_FUNCTION || vm.rlo !== ii.stringIterator) return false;
  return vm.getOwn(vm.stringIterProto, 'next') && vm.rhi === L.TAG_FUNCTION && vm.rlo === ii.stringIterNext;
}

function describe(vm: VM, lo: number, hi: number): string {
  if (hi === L.TAG_SYMBOL) return vm.symbolDescriptiveString(lo);
  if (hi === L.TAG_STRING) return vm.str(lo);
  if (hi < L.TAG_HEAP) return vm.toStr(lo, hi);
  if (hi === L.TAG_FUNCTION) return 'function';
  if (hi === L.TAG_ARRAY) return vm.arrayLength(lo) === 0 ? '' : '[object Array]';
  return '#<Object>';
}

/**
 * GetIterator(value, sync) into the record at local q-index q. `text` is the
 * source text of the iterable for the "is not iterable" message. The value
 * must stay rooted by the caller (on the operand stack) until this returns.
 */
export function iterOpen(vm: VM, lo: number, hi: number, q: number, text: string): void {
  const u32 = vm.u32;
  u32[q + 6] = 0;
  u32[q + 7] = L.TAG_UNDEF;
  if (hi === L.TAG_ARRAY && arrayIterPristine(vm, lo)) {
    setFast(vm, q, lo, hi, ITER_FAST_ARRAY);
    return;
  }
  if (hi === L.TAG_STRING && stringIterPristine(vm)) {
    setFast(vm, q, lo, hi, ITER_FAST_STRING);
    return;
  }
  if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', `${text} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  vm.getProp(lo, hi, vm.wellKnownKey('iterator'));
  if (vm.rhi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${text} is not iterable`);
  vm.callFunction(vm.rlo, vm.rhi, lo, hi, []);
  const ilo = vm.rlo;
  const ihi: number = vm.rhi;
  if (ihi < L.TAG_HEAP || ihi === L.TAG_STRING) vm.throwError('TypeError', 'Result of the Symbol.iterator method is not an object');
  // The iterator goes into its slot first, so it stays rooted while `next` is read.
  u32[q] = ilo;
  u32[q + 1] = ihi;
  u32[q + 2] = ITER_DONE;
  u32[q + 3] = L.TAG_INT;
  vm.getProp(ilo, ihi, 'next');
  u32[q + 2] = vm.rlo;
  u32[q + 3] = vm.rhi;
  u32[q + 4] = 0;
  u32[q + 5] = L.TAG_INT;
}

function setFast(vm: VM, q: number, lo: number, hi: number, kind: number): void {
  const u32 = vm.u32;
  u32[q] = lo;
  u32[q + 1] = hi;
  u32[q + 2] = kind;
  u32[q + 3] = L.TAG_INT;
  u32[q + 4] = 0;
  u32[q + 5] = L.TAG_INT;
}

function markDone(vm: VM, q: number): void {
  const u32 = vm.u32;
  u32[q + 2] = ITER_DONE >>> 0;
  u32[q + 3] = L.TAG_INT;
  u32[q + 6] = 0;
  u32[q + 7] = L.TAG_UNDEF;
}

/** True when the record at q is done (or was never opened for a protocol iterator). */
export function iterDone(vm: VM, q: number): boolean {
  return vm.u32[q + 3] === L.TAG_INT && (vm.u32[q + 2] | 0) === ITER_DONE;
}

/**
 * IteratorStep on the record at q: true with the value in L+3, or false
 * (the record is then done and L+3 undefined). An exception from next()
 * leaves the record done, so it is not closed (the spec's [[Done]]).
 */
export function iterStep(vm: VM, q: number): boolean {
  const u32 = vm.u32;
  if (u32[q + 3] === L.TAG_INT) {
    const kind = u32[q + 2] | 0;
    if (kind === ITER_DONE) return false;
    const i = u32[q + 4];
    if (kind === ITER_FAST_ARRAY) {
      const arr = u32[q];
      if (i >= vm.arrayLength(arr)) {
        markDone(vm, q);
        return false;
      }
      vm.arrayGet(arr, i);
      u32[q + 4] = i + 1;
      u32[q + 6] = vm.rlo;
      u32[q + 7] = vm.rhi;
      return true;
    }
    // ITER_FAST_STRING: one code point.
    const s = vm.str(u32[q]);
    if (i >= s.length) {
      markDone(vm, q);
      return false;
    }
    const c = s.charCodeAt(i);
    const n = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    vm.retString(n === 1 ? s[i] : s.slice(i, i + 2));
    u32[q + 4] = i + n;
    u32[q + 6] = vm.rlo;
    u32[q + 7] = vm.rhi;
    return true;
  }
  // A protocol record: call next() on the iterator. The record is done while it runs.
  const nlo = u32[q + 2];
  const nhi = u32[q + 3];
  const mark = vm.handleMark();
  vm.protect(nlo, nhi);
  markDone(vm, q);
  try {
    if (nhi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${describe(vm, nlo, nhi)} is not a function`);
    vm.callFunction(nlo, nhi, u32[q], u32[q + 1], []);
    const rlo = vm.rlo;
    const rhi = vm.rhi;
    if (rhi < L.TAG_HEAP || rhi === L.TAG_STRING) vm.throwError('TypeError', `Iterator result ${describe(vm, rlo, rhi)} is not an object`);
    vm.protect(rlo, rhi);
    vm.getProp(rlo, rhi, 'done');
    if (vm.truthy(vm.rlo, vm.rhi)) return false;
    vm.getProp(rlo, rhi, 'value');
    u32[q + 2] = nlo;
    u32[q + 3] = nhi;
    u32[q + 6] = vm.rlo;
    u32[q + 7] = vm.rhi;
    return true;
  } finally {
    vm.releaseHandles(mark);
  }
}

/**
 * IteratorClose on the record at q (no-op when it is done or fast: the
 * built-in array and string iterators have no `return`). `throwing` is the
 * close of a throw completion: errors from getting or calling `return` are
 * swallowed (the original exception is rethrown by the caller); otherwise
 * they propagate, and a non-object result is a TypeError.
 */
export function iterClose(vm: VM, q: number, throwing: boolean): void {
  const u32 = vm.u32;
  if (u32[q + 3] === L.TAG_INT) {
    markDone(vm, q);
    return;
  }
  const ilo = u32[q];
  const ihi = u32[q + 1];
  markDone(vm, q);
  const mark = vm.handleMark();
  vm.protect(ilo, ihi);
  try {
    vm.getProp(ilo, ihi, 'return');
    const flo = vm.rlo;
    const fhi = vm.rhi;
    if (fhi === L.TAG_UNDEF || fhi === L.TAG_NULL) return;
    if (fhi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${describe(vm, flo, fhi)} is not a function`);
    vm.callFunction(flo, fhi, ilo, ihi, []);
    if (!throwing && (vm.rhi < L.TAG_HEAP || vm.rhi === L.TAG_STRING)) vm.throwError('TypeError', `Iterator result ${describe(vm, vm.rlo, vm.rhi)} is not an object`);
  } catch (e) {
    if (!(throwing && e instanceof Thrown)) throw e;
  } finally {
    vm.releaseHandles(mark);
  }
}

/** The remaining values of the record at q as a new array (array rest elements, spread). */
export function iterRest(vm: VM, q: number): number {
  const mark = vm.handleMark();
  const arr = vm.newArray(0);
  vm.protect(arr, L.TAG_ARRAY);
  while (iterStep(vm, q)) vm.arrayPush(arr, vm.u32[q + 6], vm.u32[q + 7]);
  vm.releaseHandles(mark);
  return arr;
}

/**
 * Appends every value of an iterable to `arr` (spread in array literals and
 * argument lists). Uses a record in a scratch area on the operand stack at
 * vm.sp, so the iterator stays rooted.
 */
export function spreadInto(vm: VM, arr: number, lo: number, hi: number, text: string): void {
  const u32 = vm.u32;
  // Fast: a pristine array (the common `[...a]`, `f(...args)`): copy elements, holes as undefined.
  if (hi === L.TAG_ARRAY && arrayIterPristine(vm, lo)) {
    for (let i = 0; i < vm.arrayLength(lo); i++) {
      vm.arrayGet(lo, i);
      vm.arrayPush(arr, vm.rlo, vm.rhi);
    }
    return;
  }
  const q = vm.sp;
  if (q + 16 >= vm.stackLimit) vm.throwError('RangeError', 'Maximum call stack size exceeded');
  u32[q] = arr;
  u32[q + 1] = L.TAG_ARRAY;
  u32[q + 2] = lo;
  u32[q + 3] = hi;
  const r = q + 4;
  for (let i = 0; i < 8; i += 2) {
    u32[r + i] = 0;
    u32[r + i + 1] = L.TAG_UNDEF;
  }
  vm.sp = r + 8;
  try {
    iterOpen(vm, lo, hi, r, text);
    while (iterStep(vm, r)) vm.arrayPush(arr, u32[r + 6], u32[r + 7]);
  } finally {
    vm.sp = q;
  }
}

/** { value, done } */
export function iterResult(vm: VM, lo: number, hi: number, done: boolean): void {
  const mark = vm.handleMark();
  vm.protect(lo, hi);
  const o = vm.newObject(vm.objectProto);
  vm.protect(o, L.TAG_OBJECT);
  vm.addProperty(o, 'value', lo, hi);
  vm.addProperty(o, 'done', done ? 1 : 0, L.TAG_BOOL);
  vm.releaseHandles(mark);
  vm.retValue(o, L.TAG_OBJECT);
}

/** A new built-in iterator object over (lo, hi) with the given prototype and kind. */
export function newBuiltinIterator(vm: VM, proto: number, lo: number, hi: number, kind: number): number {
  const mark = vm.handleMark();
  vm.protect(lo, hi);
  const o = vm.newObject(proto);
  vm.protect(o, L.TAG_OBJECT);
  vm.addProperty(o, SLOT_ITERATED, lo, hi, ATTR_HIDDEN);
  vm.addProperty(o, SLOT_INDEX, 0, L.TAG_INT, ATTR_HIDDEN);
  vm.addProperty(o, SLOT_KIND, kind, L.TAG_INT, ATTR_HIDDEN);
  vm.releaseHandles(mark);
  return o;
}

type Definer = (target: number, name: string, length: number, fn: NativeFn) => number;

/**
 * %IteratorPrototype%, %ArrayIteratorPrototype%, %StringIteratorPrototype%,
 * Array.prototype.{keys, values, entries, [Symbol.iterator]} and
 * String.prototype[Symbol.iterator]. Runs after Symbol is installed.
 */
export function installIteration(vm: VM, method: Definer, methodSym: (target: number, key: symbol, name: string, length: number, fn: NativeFn) => number, tag: (target: number, name: string) => void): void {
  const u32 = vm.u32;
  const iterKey = vm.wellKnownKey('iterator');
  // %IteratorPrototype%[Symbol.iterator]() { return this }
  const IP = vm.iteratorProto;
  methodSym(IP, iterKey, '[Symbol.iterator]', 0, (vm, _a, _c, self) => vm.retValue(vm.u32[self], vm.u32[self + 1]));

  const receiver = (self: number, name: string): number => {
    const lo = u32[self];
    const hi = u32[self + 1];
    if (hi === L.TAG_OBJECT && vm.shapeOf(lo).lookup(SLOT_KIND) >= 0 && vm.protoOf(lo) !== 0) return lo;
    return vm.throwError('TypeError', `Method ${name}.prototype.next called on incompatible receiver ${describe(vm, lo, hi)}`);
  };
  const slot = (o: number, k: symbol): number => {
    const s = vm.shapeOf(o);
    return vm.slotQ(o, s, s.lookup(k));
  };

  // %ArrayIteratorPrototype%
  const AIP = vm.arrayIterProto;
  const arrayIterNext = method(AIP, 'next', 0, (vm, _a, _c, self) => {
    const o = receiver(self, 'Array Iterator');
    if (vm.shapeOf(o).lookup(SLOT_INDEX) < 0) vm.throwError('TypeError', 'Method Array Iterator.prototype.next called on incompatible receiver');
    const tq = slot(o, SLOT_ITERATED);
    const iq = slot(o, SLOT_INDEX);
    const kind = u32[slot(o, SLOT_KIND)];
    const tlo = u32[tq];
    const thi = u32[tq + 1];
    if (thi === L.TAG_UNDEF) return iterResult(vm, 0, L.TAG_UNDEF, true);
    const i = u32[iq];
    let len: number;
    if (thi === L.TAG_ARRAY) len = vm.arrayLength(tlo);
    else {
      vm.getProp(tlo, thi, 'length');
      const n = vm.toNumber(vm.rlo, vm.rhi);
      len = n > 0 ? Math.min(Math.floor(n), 2 ** 53 - 1) : 0;
    }
    if (i >= len) {
      const q2 = slot(o, SLOT_ITERATED);
      u32[q2] = 0;
      u32[q2 + 1] = L.TAG_UNDEF;
      return iterResult(vm, 0, L.TAG_UNDEF, true);
    }
    u32[slot(o, SLOT_INDEX)] = i + 1;
    if (kind === KIND_KEYS) return iterResult(vm, i, L.TAG_INT, false);
    if (thi === L.TAG_ARRAY) vm.arrayGet(tlo, i);
    else vm.getProp(tlo, thi, String(i));
    if (kind === KIND_VALUES) return iterResult(vm, vm.rlo, vm.rhi, false);
    const mark = vm.handleMark();
    vm.protect(vm.rlo, vm.rhi);
    const vlo = vm.rlo;
    const vhi = vm.rhi;
    const pair = vm.newArray(2);
    vm.u32[vm.elementQ(pair, 0)] = i;
    vm.u32[vm.elementQ(pair, 0) + 1] = L.TAG_INT;
    vm.u32[vm.elementQ(pair, 1)] = vlo;
    vm.u32[vm.elementQ(pair, 1) + 1] = vhi;
    vm.releaseHandles(mark);
    iterResult(vm, pair, L.TAG_ARRAY, false);
  });
  tag(AIP, 'Array Iterator');

  const arrayIter = (kind: number): NativeFn => (vm, _a, _c, self) => {
    const lo = u32[self];
    const hi = u32[self + 1];
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Array.prototype.values called on null or undefined');
    let olo = lo;
    let ohi = hi;
    if (hi < L.TAG_HEAP || hi === L.TAG_STRING) {
      // ToObject: a primitive receiver is wrapped (its length and indices read through the wrapper).
      olo = boxPrimitive(vm, lo, hi);
      ohi = L.TAG_OBJECT;
    }
    vm.retValue(newBuiltinIterator(vm, AIP, olo, ohi, kind), L.TAG_OBJECT);
  };
  const values = method(vm.arrayProto, 'values', 0, arrayIter(KIND_VALUES));
  method(vm.arrayProto, 'keys', 0, arrayIter(KIND_KEYS));
  method(vm.arrayProto, 'entries', 0, arrayIter(KIND_ENTRIES));
  vm.protect(values, L.TAG_FUNCTION);
  vm.addProperty(vm.arrayProto, iterKey, values, L.TAG_FUNCTION, ATTR_HIDDEN);
  vm.unprotect(1);

  // %StringIteratorPrototype%
  const SIP = vm.stringIterProto;
  const stringIterNext = method(SIP, 'next', 0, (vm, _a, _c, self) => {
    const o = receiver(self, 'String Iterator');
    const tq = slot(o, SLOT_ITERATED);
    if (u32[tq + 1] === L.TAG_UNDEF) return iterResult(vm, 0, L.TAG_UNDEF, true);
    const s = vm.str(u32[tq]);
    const i = u32[slot(o, SLOT_INDEX)];
    if (i >= s.length) {
      u32[tq] = 0;
      u32[tq + 1] = L.TAG_UNDEF;
      return iterResult(vm, 0, L.TAG_UNDEF, true);
    }
    const cp = s.codePointAt(i)!;
    const n = cp > 0xffff ? 2 : 1;
    u32[slot(o, SLOT_INDEX)] = i + n;
    vm.retString(s.slice(i, i + n));
    iterResult(vm, vm.rlo, vm.rhi, false);
  });
  tag(SIP, 'String Iterator');
  const stringIterator = methodSym(vm.stringProto, iterKey, '[Symbol.iterator]', 0, (vm, _a, _c, self) => {
    const lo = u32[self];
    const hi = u32[self + 1];
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'String.prototype[Symbol.iterator] called on null or undefined');
    const s = vm.toStr(lo, hi);
    vm.retString(s);
    vm.retValue(newBuiltinIterator(vm, SIP, vm.rlo, vm.rhi, KIND_VALUES), L.TAG_OBJECT);
  });
  vm.iterIntrinsics = { arrayValues: values, arrayIterNext, stringIterator, stringIterNext } satisfies IterationIntrinsics;
}
