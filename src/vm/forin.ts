// for...in iterators and the `in` operator (docs/ARCHITECTURE.md §7,
// "for...in iterators").
//
// forin_start sets up an iterator in four consecutive hidden frame locals
//   [0] the value iterated over (object, array, function or primitive)
//   [1] the keys: an ARRAY of strings collected when the loop starts
//   [2] int32: index of the next key to look at
//   [3] int32: the "enum shape": the receiver's shape id when every key is an
//       own key of that (non-dictionary) shape, else 0
// Keys are collected once, own keys first (through vm.ownKeys, the function
// Object.keys uses), then each prototype's, a key never twice and never one
// a nearer object (enumerable or not) already has. forin_next skips a key
// the object no longer has (deleted during the loop), as V8 does; while the
// receiver still has the enum shape every key is known to be present, so no
// lookup is needed (the JIT does that check in machine code).
//
// The enum cache: for a receiver whose prototypes contribute no enumerable
// key, the keys array is the receiver shape's own cache (Shape.enumCache: an
// array of pinned strings, made once per shape and pinned), so a loop over
// objects of one shape allocates nothing.

import { describe } from './builtins/array';
import { L, lookupCacheIndex } from './layout';
import type { PropKey, Shape } from './shapes';
import { arrayIndex, MC, type VM } from './vm';

/** Own enumerable string keys of a shared shape, as a pinned array of pinned strings (made once per shape). */
function shapeEnumCache(vm: VM, ref: number, shape: Shape): number {
  if (shape.enumCache !== 0) return shape.enumCache;
  const keys = vm.ownKeys(ref, L.TAG_OBJECT);
  for (const k of keys) vm.pinString(k);
  const arr = vm.newArray(keys.length);
  keys.forEach((k, i) => {
    const q = vm.elementQ(arr, i);
    vm.u32[q] = vm.pinString(k);
    vm.u32[q + 1] = L.TAG_STRING;
  });
  vm.pinnedRefs.add(arr);
  shape.enumCache = arr;
  return arr;
}

/** True when no object on the chain starting at `proto` has an enumerable string key. */
function chainHasNoEnumerable(vm: VM, proto: number): boolean {
  for (let o = proto; o !== 0; o = vm.protoOf(o)) {
    const shape = vm.shapeOf(o);
    const kind = vm.u8[o];
    if (kind === L.K_ARRAY) {
      if (vm.ownKeys(o, L.TAG_ARRAY).length > 0) return false;
    } else if (!shape.isDictionary && kind === L.K_OBJECT) {
      if (vm.arrayLength(shapeEnumCache(vm, o, shape)) > 0) return false;
    } else if (vm.ownKeys(o, L.TAG_OBJECT).length > 0) return false;
  }
  return true;
}

/** Every own key of an object cell, enumerable or not (they shadow the prototypes' keys). */
function allOwnKeys(vm: VM, o: number, hi: number, into: Set<string>): void {
  for (const k of vm.shapeOf(o).keys) if (typeof k === 'string') into.add(k);
  if (hi === L.TAG_ARRAY) {
    into.add('length');
    for (const k of vm.ownKeys(o, hi)) into.add(k);
  }
}

/** The keys a for...in over (lo, hi) visits, in order. */
function collectKeys(vm: VM, lo: number, hi: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let o: number;
  if (hi === L.TAG_STRING) {
    const n = vm.u32[(lo + L.STR_LENGTH) >>> 2];
    for (let i = 0; i < n; i++) {
      out.push(String(i));
      seen.add(String(i));
    }
    seen.add('length');
    o = vm.protoForPrimitive(hi);
  } else if (hi >= L.TAG_HEAP) {
    for (const k of vm.ownKeys(lo, hi)) {
      out.push(k);
      seen.add(k);
    }
    allOwnKeys(vm, lo, hi, seen);
    o = vm.protoOf(lo);
  } else {
    o = vm.protoForPrimitive(hi);
  }
  for (; o !== 0; o = vm.protoOf(o)) {
    const ohi = vm.u8[o] === L.K_ARRAY ? L.TAG_ARRAY : L.TAG_OBJECT;
    for (const k of vm.ownKeys(o, ohi)) {
      if (seen.has(k)) continue;
      out.push(k);
      seen.add(k);
    }
    allOwnKeys(vm, o, ohi, seen);
  }
  return out;
}

/**
 * The enum cache of an object's shared shape when its prototypes have no
 * enumerable key (what forin_start uses), else 0. For the JIT.
 */
export function enumCacheFor(vm: VM, ref: number, shape: Shape): number {
  if (shape.isDictionary || !chainHasNoEnumerable(vm, shape.proto)) return 0;
  return shapeEnumCache(vm, ref, shape);
}

/**
 * forin_start: sets up the iterator for a for...in over (lo, hi) in the four
 * locals starting at q-index q (the value must stay on the VM stack until
 * this returns: it may allocate).
 */
export function forInStart(vm: VM, lo: number, hi: number, q: number): void {
  let keys: number;
  let enumShape = 0;
  if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) {
    keys = emptyKeys(vm);
  } else {
    const shape = hi === L.TAG_OBJECT ? vm.shapeOf(lo) : null;
    if (shape && !shape.isDictionary && chainHasNoEnumerable(vm, shape.proto)) {
      keys = shapeEnumCache(vm, lo, shape);
      enumShape = shape.id;
    } else {
      const names = collectKeys(vm, lo, hi);
      keys = names.length === 0 ? emptyKeys(vm) : vm.newStringArray(names);
    }
  }
  const u32 = vm.u32;
  u32[q] = hi === L.TAG_UNDEF || hi === L.TAG_NULL ? 0 : lo;
  u32[q + 1] = hi === L.TAG_NULL ? L.TAG_UNDEF : hi;
  u32[q + 2] = keys;
  u32[q + 3] = L.TAG_ARRAY;
  u32[q + 4] = 0;
  u32[q + 5] = L.TAG_INT;
  u32[q + 6] = enumShape;
  u32[q + 7] = L.TAG_INT;
}

/** One pinned empty keys array per VM. */
const EMPTY = new WeakMap<VM, number>();
function emptyKeys(vm: VM): number {
  let e = EMPTY.get(vm);
  if (e === undefined) {
    e = vm.newArray(0);
    vm.pinnedRefs.add(e);
    EMPTY.set(vm, e);
  }
  return e;
}

/** forin_next: moves the iterator in the locals at q-index q to its next key still present; false when there is none. */
export function forInNext(vm: VM, q: number): boolean {
  const u32 = vm.u32;
  const lo = u32[q];
  const hi = u32[q + 1];
  const keys = u32[q + 2];
  const enumShape = u32[q + 6];
  const len = vm.arrayLength(keys);
  let idx = u32[q + 4];
  while (idx < len) {
    const key = u32[vm.elementQ(keys, idx)];
    idx++;
    if ((enumShape !== 0 && u32[(lo + L.OBJ_SHAPE) >>> 2] === enumShape) || hasProperty(vm, lo, hi, vm.str(key))) {
      u32[q + 4] = idx;
      return true;
    }
  }
  u32[q + 4] = idx;
  return false;
}

/** forin_key: the key forin_next moved to (a string value's reference). */
export function forInKey(vm: VM, q: number): number {
  const u32 = vm.u32;
  return u32[vm.elementQ(u32[q + 2], u32[q + 4] - 1)];
}

/** HasProperty(value, key): own or inherited, for any value but null and undefined. */
export function hasProperty(vm: VM, lo: number, hi: number, key: PropKey): boolean {
  let start: number;
  if (hi === L.TAG_STRING) {
    if (key === 'length') return true;
    const i = arrayIndex(key);
    if (i >= 0 && i < vm.u32[(lo + L.STR_LENGTH) >>> 2]) return true;
    start = vm.protoForPrimitive(hi);
  } else if (hi < L.TAG_HEAP) {
    start = vm.protoForPrimitive(hi);
  } else {
    if (hi === L.TAG_ARRAY) {
      if (key === 'length') return true;
      const i = arrayIndex(key);
      if (i >= 0) {
        if (vm.arrayHas(lo, i)) return true;
      }
    } else if (hi === L.TAG_FUNCTION) {
      if (key === 'prototype') vm.materializePrototype(lo);
      if (key === 'name' || key === 'length') return true;
    }
    start = lo;
  }
  return vm.findProperty(start, key);
}

/** opt_in: `key in obj`. */
export function inOperator(vm: VM, klo: number, khi: number, olo: number, ohi: number): boolean {
  if (ohi < L.TAG_HEAP || ohi === L.TAG_STRING) {
    const what = khi === L.TAG_STRING ? vm.str(klo) : describe(vm, klo, khi);
    vm.throwError('TypeError', `Cannot use 'in' operator to search for '${what}' in ${vm.toStr(olo, ohi)}`);
  }
  return hasProperty(vm, olo, ohi, vm.toPropertyKey(klo, khi));
}

/**
 * `key in obj` for an OBJECT and a STRING key cell, through the VM's lookup
 * cache (docs/ARCHITECTURE.md §1): a hit answers, a miss looks the key up
 * and fills the entry (holder and slot offset, as objectGet fills it), so
 * the JIT's inline probe of opt_in (and of obj[string]) hits next time.
 */
export function objectHasCached(vm: VM, ref: number, keyRef: number): boolean {
  const u32 = vm.u32;
  const sid = u32[(ref + L.OBJ_SHAPE) >>> 2];
  const mc = vm.lookupCache;
  const k = lookupCacheIndex(sid, keyRef);
  if (mc[k] === sid && mc[k + 1] === keyRef) {
    const holder = mc[k + 2];
    if (holder === 0) return true;
    if (mc[k + 4] === vm.protoEpoch) return holder !== MC.ABSENT;
  }
  const found = vm.findProperty(ref, vm.str(keyRef));
  if (vm.shapes.shapes[sid].isDictionary) return found;
  mc[k] = sid;
  mc[k + 1] = keyRef;
  mc[k + 4] = vm.protoEpoch;
  if (!found) {
    mc[k + 2] = MC.ABSENT;
    return false;
  }
  const holder = vm.foundHolder;
  const hshape = vm.shapeOf(holder);
  const i = vm.foundSlot;
  mc[k + 2] = holder === ref ? 0 : holder;
  mc[k + 3] = i < hshape.inlineCapacity ? (vm.u8[holder] === L.K_FUNCTION ? L.FN_INLINE : L.OBJ_INLINE) + 8 * i : -1 - (i - hshape.inlineCapacity);
  return true;
}
