// Sparse (dictionary) elements mode for arrays.
//
// A dense array keeps its elements in one ELEMENTS vector indexed by position
// (length and capacity below 2^27). An array whose elements would be too
// sparse for that (a write or a length far past the end, or any index or
// length at or above the dense limit) switches to sparse mode, as V8 turns an
// array's elements into a dictionary:
//
//   - the header flag HF_SPARSE is set;
//   - ARR_LENGTH and ARR_CAPACITY are 0: every inline bounds check (the
//     interpreter's and machine code's) fails and takes the VM's generic
//     path, which comes here; code that walks elements up to ARR_LENGTH sees
//     none, so a path that forgot sparse arrays reads nothing instead of
//     reading past the vector;
//   - ARR_ELEMENTS is an ELEMENTS vector laid out as
//       slot 0: (length, TAG_INT)   the array's length, a u32 up to 2^32 - 1
//       slot 1: (count, TAG_INT)    how many pairs follow
//       slot 2 + 2k: (index, TAG_INT), slot 3 + 2k: the value
//     with the pairs sorted by index (the collector marks the vector like any
//     other; the index words are not references).
//
// The array goes back to dense mode when at least half of its length is
// present and the length fits the dense store.

import { HF_SPARSE, L } from './layout';
import type { VM } from './vm';

/** Largest dense length (and capacity): above this an array is sparse. */
export const DENSE_MAX = 0x7ffffff;
/** A write or length more than this far past the end never grows the dense store. */
const MAX_GAP = 1024;

export function isSparse(vm: VM, arr: number): boolean {
  return (vm.u8[arr + L.HDR_FLAGS] & HF_SPARSE) !== 0;
}

/** Word index of the sparse vector's slot 0. */
function base(vm: VM, arr: number): number {
  return (vm.u32[(arr + L.ARR_ELEMENTS) >>> 2] + L.VEC_DATA) >>> 2;
}

export function sparseLength(vm: VM, arr: number): number {
  return vm.u32[base(vm, arr)];
}

export function sparseCount(vm: VM, arr: number): number {
  return vm.u32[base(vm, arr) + 2];
}

/**
 * Whether growing a dense array of length `len` and capacity `cap` to hold `n`
 * elements should switch it to sparse mode instead.
 */
export function wantsSparse(len: number, cap: number, n: number): boolean {
  if (n <= cap) return false;
  if (n > DENSE_MAX) return true;
  return n - len > MAX_GAP;
}

/** Position k of index i among the pairs (binary search); `found` tells whether it is there. */
let found = false;
function search(vm: VM, b: number, i: number): number {
  const u32 = vm.u32;
  let lo = 0;
  let hi = u32[b + 2];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = u32[b + 4 + 4 * mid];
    if (k === i) {
      found = true;
      return mid;
    }
    if (k < i) lo = mid + 1;
    else hi = mid;
  }
  found = false;
  return lo;
}

/** Word index of element i's value, or -1 when it is absent. */
export function sparseFind(vm: VM, arr: number, i: number): number {
  const b = base(vm, arr);
  const k = search(vm, b, i);
  return found ? b + 4 + 4 * k + 2 : -1;
}

export function sparseHas(vm: VM, arr: number, i: number): boolean {
  return sparseFind(vm, arr, i) >= 0;
}

/** Reads element i into the result registers (absent: undefined). */
export function sparseGet(vm: VM, arr: number, i: number): void {
  const q = sparseFind(vm, arr, i);
  if (q < 0) return vm.retUndef();
  vm.rlo = vm.u32[q];
  vm.rhi = vm.u32[q + 1];
}

/** A sparse vector with room for `pairs` pairs (length and count 0). */
function newSparseVector(vm: VM, pairs: number): number {
  const el = vm.newVector(L.K_ELEMENTS, 2 + 2 * pairs, L.TAG_UNDEF);
  const b = (el + L.VEC_DATA) >>> 2;
  vm.u32[b + 1] = L.TAG_INT;
  vm.u32[b + 3] = L.TAG_INT;
  return el;
}

/** Switches a dense array to sparse mode (same length and elements). */
export function makeSparse(vm: VM, arr: number): void {
  const len = vm.arrayLength(arr);
  let count = 0;
  const q0 = len > 0 ? vm.elementQ(arr, 0) : 0;
  for (let i = 0; i < len; i++) if (vm.u32[q0 + 2 * i + 1] !== L.TAG_HOLE) count++;
  vm.protect(arr, L.TAG_ARRAY);
  const el = newSparseVector(vm, Math.max(8, count + (count >>> 1)));
  vm.unprotect(1);
  const u32 = vm.u32;
  const b = (el + L.VEC_DATA) >>> 2;
  const q = len > 0 ? vm.elementQ(arr, 0) : 0;
  let k = 0;
  for (let i = 0; i < len; i++) {
    if (u32[q + 2 * i + 1] === L.TAG_HOLE) continue;
    const p = b + 4 + 4 * k++;
    u32[p] = i;
    u32[p + 2] = u32[q + 2 * i];
    u32[p + 3] = u32[q + 2 * i + 1];
  }
  u32[b] = len;
  u32[b + 2] = count;
  u32[(arr + L.ARR_ELEMENTS) >>> 2] = el;
  u32[(arr + L.ARR_LENGTH) >>> 2] = 0;
  u32[(arr + L.ARR_CAPACITY) >>> 2] = 0;
  vm.u8[arr + L.HDR_FLAGS] |= HF_SPARSE;
}

/** Back to dense mode when at least half the length is present and it fits. */
function maybeDensify(vm: VM, arr: number): void {
  const b = base(vm, arr);
  const len = vm.u32[b];
  const count = vm.u32[b + 2];
  if (len > DENSE_MAX || count * 2 < len) return;
  vm.protect(arr, L.TAG_ARRAY);
  const el = vm.newVector(L.K_ELEMENTS, len, L.TAG_HOLE);
  vm.unprotect(1);
  const u32 = vm.u32;
  const sb = base(vm, arr);
  const d = (el + L.VEC_DATA) >>> 2;
  for (let k = 0; k < count; k++) {
    const p = sb + 4 + 4 * k;
    u32[d + 2 * u32[p]] = u32[p + 2];
    u32[d + 2 * u32[p] + 1] = u32[p + 3];
  }
  vm.u8[arr + L.HDR_FLAGS] &= ~HF_SPARSE;
  u32[(arr + L.ARR_ELEMENTS) >>> 2] = el;
  u32[(arr + L.ARR_CAPACITY) >>> 2] = len;
  u32[(arr + L.ARR_LENGTH) >>> 2] = len;
}

/** Sets element i (i ≤ 2^32 - 2), raising the length past it. */
export function sparseSet(vm: VM, arr: number, i: number, lo: number, hi: number): void {
  let b = base(vm, arr);
  const k = search(vm, b, i);
  if (found) {
    vm.u32[b + 4 + 4 * k + 2] = lo;
    vm.u32[b + 4 + 4 * k + 3] = hi;
    return;
  }
  const count = vm.u32[b + 2];
  const cap = (vm.u32[(vm.u32[(arr + L.ARR_ELEMENTS) >>> 2] + L.VEC_CAPACITY) >>> 2] - 2) >>> 1;
  if (count >= cap) {
    vm.protect(arr, L.TAG_ARRAY);
    vm.protect(lo, hi);
    const el = newSparseVector(vm, cap + (cap >>> 1) + 8);
    vm.unprotect(2);
    const nb = (el + L.VEC_DATA) >>> 2;
    b = base(vm, arr);
    vm.u32.copyWithin(nb, b, b + 4 + 4 * count);
    vm.u32[(arr + L.ARR_ELEMENTS) >>> 2] = el;
    b = nb;
  }
  const u32 = vm.u32;
  const p = b + 4 + 4 * k;
  u32.copyWithin(p + 4, p, b + 4 + 4 * count);
  u32[p] = i;
  u32[p + 1] = L.TAG_INT;
  u32[p + 2] = lo;
  u32[p + 3] = hi;
  u32[b + 2] = count + 1;
  if (i >= u32[b]) u32[b] = i + 1;
  maybeDensify(vm, arr);
}

/** Removes element i (absent: nothing). */
export function sparseDelete(vm: VM, arr: number, i: number): void {
  const b = base(vm, arr);
  const k = search(vm, b, i);
  if (!found) return;
  const u32 = vm.u32;
  const count = u32[b + 2];
  const p = b + 4 + 4 * k;
  u32.copyWithin(p, p + 4, b + 4 + 4 * count);
  const last = b + 4 + 4 * (count - 1);
  u32[last] = 0;
  u32[last + 2] = 0;
  u32[last + 3] = L.TAG_UNDEF;
  u32[b + 2] = count - 1;
}

/** Sets the length: elements at or above it go. */
export function sparseSetLength(vm: VM, arr: number, n: number): void {
  const b = base(vm, arr);
  const u32 = vm.u32;
  const count = u32[b + 2];
  const k = search(vm, b, n);
  for (let j = k; j < count; j++) {
    const p = b + 4 + 4 * j;
    u32[p] = 0;
    u32[p + 2] = 0;
    u32[p + 3] = L.TAG_UNDEF;
  }
  u32[b + 2] = Math.min(k, count);
  u32[b] = n;
  maybeDensify(vm, arr);
}

/** The present indices, ascending. */
export function sparseKeys(vm: VM, arr: number): number[] {
  const b = base(vm, arr);
  const count = vm.u32[b + 2];
  const keys = new Array<number>(count);
  for (let k = 0; k < count; k++) keys[k] = vm.u32[b + 4 + 4 * k];
  return keys;
}

/** The present (index, value) pairs, ascending. */
export function sparseEntries(vm: VM, arr: number): [number, number, number][] {
  const b = base(vm, arr);
  const count = vm.u32[b + 2];
  const out: [number, number, number][] = [];
  for (let k = 0; k < count; k++) {
    const p = b + 4 + 4 * k;
    out.push([vm.u32[p], vm.u32[p + 2], vm.u32[p + 3]]);
  }
  return out;
}
