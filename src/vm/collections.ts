// Map, Set, WeakMap and WeakSet: ordered hash tables in linear memory.
//
// A collection is an ordinary OBJECT (its prototype Map.prototype, …) whose
// hidden private slot SLOT_TABLE holds its *table*: an ELEMENTS cell of
// value words (docs/ARCHITECTURE.md §3, "Hash tables"):
//
// | word | value |
// |--:|---|
// | 0 | int32 bucket count B (a power of two) |
// | 1 | int32 entries used (appended so far, deleted ones included) |
// | 2 | int32 live entries (the size) |
// | 3 | the table that replaced this one (grown, compacted or cleared), as an OBJECT-tagged reference; undefined while current |
// | 4 | int32 1 when this table was replaced by clear() |
// | 5 … 5+B-1 | int32 bucket heads: an entry index, -1 = empty |
// | 5+B+3i … | entry i: key, value (undefined for sets), int32 next entry in the bucket's chain (-1 = end) |
//
// There is room for 2B entries. Entries are appended in insertion order; a
// delete turns the key into the hole marker (the entry stays in its chain),
// so iteration order is insertion order and deleting while iterating is
// safe. When the entries are used up, the live ones move to a new table
// (twice the buckets unless half of them were deleted), and the old table
// points to it (word 3): an iterator holding an old table and an index moves
// itself to the new table, its index becoming the number of live entries
// before it (0 after a clear()), so deleting, adding and clearing during
// iteration behave as the spec's list-with-holes model says.
//
// Keys compare with SameValueZero: -0 is stored as +0; int32 and double
// forms of a number hash alike; NaN equals NaN; strings compare by contents
// (their hash is cached in the STRING cell's word at offset 20).
//
// Weak tables (WeakMap, WeakSet) carry header flag HF_WEAK_TABLE: the
// collector does not trace their entries but treats each as an ephemeron
// (src/vm/heap.ts): a value is marked only once its key is, and entries
// whose key stayed unmarked are deleted before the sweep.

import { L } from './layout';
import { ATTR_HIDDEN } from './shapes';
import { bitsToDouble } from './values';
import type { VM } from './vm';

/** Header flag (byte 2) of a weak table's ELEMENTS cell. */
export const HF_WEAK_TABLE = 0x20;

/** Header flags a table passes on to the table that replaces it (weak; set: 0x40, see builtins/collections.ts). */
const TABLE_FLAGS = HF_WEAK_TABLE | 0x40;

export const T_BUCKETS = 0;
export const T_USED = 1;
export const T_SIZE = 2;
export const T_FORWARD = 3;
export const T_CLEARED = 4;
export const T_HEADER = 5;

/** The private slot of a collection object holding its table. */
export const SLOT_TABLE = Symbol('[[MapData]]');

const MIN_BUCKETS = 4;

/** q-index of word i of a table. */
function wq(table: number, i: number): number {
  return ((table + L.VEC_DATA) >>> 2) + 2 * i;
}

function getInt(vm: VM, table: number, i: number): number {
  return vm.u32[wq(table, i)] | 0;
}

function setInt(vm: VM, table: number, i: number, x: number): void {
  const q = wq(table, i);
  vm.u32[q] = x;
  vm.u32[q + 1] = L.TAG_INT;
}

/** Word index of entry i's key in a table with B buckets. */
export function entryWord(buckets: number, i: number): number {
  return T_HEADER + buckets + 3 * i;
}

/** A new empty table with `buckets` buckets. */
export function newTable(vm: VM, buckets: number, weak: boolean): number {
  const words = T_HEADER + 7 * buckets;
  const t = vm.newVector(L.K_ELEMENTS, words, L.TAG_UNDEF);
  if (weak) vm.u8[t + L.HDR_FLAGS] |= HF_WEAK_TABLE;
  setInt(vm, t, T_BUCKETS, buckets);
  setInt(vm, t, T_USED, 0);
  setInt(vm, t, T_SIZE, 0);
  setInt(vm, t, T_CLEARED, 0);
  for (let b = 0; b < buckets; b++) setInt(vm, t, T_HEADER + b, -1);
  return t;
}

/** SameValueZero hash of a key. */
export function hashKey(vm: VM, lo: number, hi: number): number {
  if (hi === L.TAG_INT) return mix(lo | 0);
  if (hi < L.TAG_BASE) {
    const d = bitsToDouble(lo, hi);
    if (d === Math.trunc(d) && d >= -0x80000000 && d <= 0x7fffffff) return mix(d | 0);
    return mix((lo ^ hi) | 0);
  }
  if (hi === L.TAG_STRING) return stringHash(vm, lo);
  return mix((lo >>> 3) ^ (hi * 31));
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A string's content hash, cached in its cell (offset 20: hash + 1, 0 = not yet). */
function stringHash(vm: VM, ref: number): number {
  const q = (ref + 20) >>> 2;
  const c = vm.u32[q];
  if (c !== 0) return c - 1;
  const s = vm.str(ref);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = (h >>> 1) & 0x7fffffff;
  vm.u32[q] = h + 1;
  return h;
}

/** SameValueZero of two keys (neither is -0: keys are normalised on insert and lookup). */
function sameKey(vm: VM, alo: number, ahi: number, blo: number, bhi: number): boolean {
  if (alo === blo && ahi === bhi) return true;
  const an = ahi === L.TAG_INT || ahi < L.TAG_BASE;
  const bn = bhi === L.TAG_INT || bhi < L.TAG_BASE;
  if (an && bn) {
    const a = ahi === L.TAG_INT ? alo | 0 : bitsToDouble(alo, ahi);
    const b = bhi === L.TAG_INT ? blo | 0 : bitsToDouble(blo, bhi);
    return a === b || (a !== a && b !== b);
  }
  if (ahi === L.TAG_STRING && bhi === L.TAG_STRING) return vm.strictEquals(alo, ahi, blo, bhi);
  return false;
}

/** Normalised key words: -0 becomes int32 0. */
export function normKey(lo: number, hi: number): [number, number] {
  if (hi === 0x80000000 && lo === 0) return [0, L.TAG_INT];
  return [lo, hi];
}

/** The entry index of a key in a table, or -1. */
export function findEntry(vm: VM, table: number, lo: number, hi: number): number {
  const u32 = vm.u32;
  const B = getInt(vm, table, T_BUCKETS);
  const d = (table + L.VEC_DATA) >>> 2;
  let e = u32[d + 2 * (T_HEADER + (hashKey(vm, lo, hi) & (B - 1)))] | 0;
  while (e >= 0) {
    const k = d + 2 * entryWord(B, e);
    const khi = u32[k + 1];
    if (khi !== L.TAG_HOLE && sameKey(vm, u32[k], khi, lo, hi)) return e;
    e = u32[k + 4] | 0;
  }
  return -1;
}

/** The collection's current table (its private slot), or 0 when `lo, hi` is not one. */
export function tableOf(vm: VM, lo: number, hi: number): number {
  if (hi !== L.TAG_OBJECT) return 0;
  const s = vm.shapeOf(lo);
  const i = s.lookup(SLOT_TABLE);
  if (i < 0) return 0;
  return vm.u32[vm.slotQ(lo, s, i)];
}

function setTableOf(vm: VM, obj: number, table: number): void {
  const s = vm.shapeOf(obj);
  vm.u32[vm.slotQ(obj, s, s.lookup(SLOT_TABLE))] = table;
}

/** Attaches a new empty table to a fresh collection object. */
export function initCollection(vm: VM, obj: number, weak: boolean): void {
  vm.protect(obj, L.TAG_OBJECT);
  const t = newTable(vm, MIN_BUCKETS, weak);
  vm.addProperty(obj, SLOT_TABLE, t, L.TAG_OBJECT, ATTR_HIDDEN);
  vm.unprotect(1);
}

/**
 * Inserts or overwrites key → value in the collection `obj` (value ignored
 * for sets: pass undefined). May move the collection to a new table.
 */
export function tableSet(vm: VM, obj: number, klo: number, khi: number, vlo: number, vhi: number): void {
  [klo, khi] = normKey(klo, khi);
  let t = tableOf(vm, obj, L.TAG_OBJECT);
  const e = findEntry(vm, t, klo, khi);
  if (e >= 0) {
    const q = wq(t, entryWord(getInt(vm, t, T_BUCKETS), e) + 1);
    vm.u32[q] = vlo;
    vm.u32[q + 1] = vhi;
    return;
  }
  let B = getInt(vm, t, T_BUCKETS);
  if (getInt(vm, t, T_USED) >= 2 * B) {
    const mark = vm.handleMark();
    vm.protect(obj, L.TAG_OBJECT);
    vm.protect(klo, khi);
    vm.protect(vlo, vhi);
    t = rehash(vm, obj, t);
    vm.releaseHandles(mark);
    B = getInt(vm, t, T_BUCKETS);
  }
  const used = getInt(vm, t, T_USED);
  const k = wq(t, entryWord(B, used));
  const u32 = vm.u32;
  u32[k] = klo;
  u32[k + 1] = khi;
  u32[k + 2] = vlo;
  u32[k + 3] = vhi;
  const bq = wq(t, T_HEADER + (hashKey(vm, klo, khi) & (B - 1)));
  u32[k + 4] = u32[bq];
  u32[k + 5] = L.TAG_INT;
  u32[bq] = used;
  setInt(vm, t, T_USED, used + 1);
  setInt(vm, t, T_SIZE, getInt(vm, t, T_SIZE) + 1);
}

/** Moves the live entries of `old` to a new table (the collection's), leaving a forward pointer. */
function rehash(vm: VM, obj: number, old: number): number {
  const B = getInt(vm, old, T_BUCKETS);
  const size = getInt(vm, old, T_SIZE);
  const nb = size * 2 >= B ? B * 2 : B;
  const weak = (vm.u8[old + L.HDR_FLAGS] & HF_WEAK_TABLE) !== 0;
  vm.protect(old, L.TAG_OBJECT);
  const t = newTable(vm, nb, weak);
  vm.u8[t + L.HDR_FLAGS] |= vm.u8[old + L.HDR_FLAGS] & TABLE_FLAGS;
  const u32 = vm.u32;
  const used = getInt(vm, old, T_USED);
  let n = 0;
  for (let i = 0; i < used; i++) {
    const k = wq(old, entryWord(B, i));
    const khi = u32[k + 1];
    if (khi === L.TAG_HOLE) continue;
    const d = wq(t, entryWord(nb, n));
    u32[d] = u32[k];
    u32[d + 1] = khi;
    u32[d + 2] = u32[k + 2];
    u32[d + 3] = u32[k + 3];
    const bq = wq(t, T_HEADER + (hashKey(vm, u32[k], khi) & (nb - 1)));
    u32[d + 4] = u32[bq];
    u32[d + 5] = L.TAG_INT;
    u32[bq] = n;
    n++;
  }
  setInt(vm, t, T_USED, n);
  setInt(vm, t, T_SIZE, n);
  const f = wq(old, T_FORWARD);
  u32[f] = t;
  u32[f + 1] = L.TAG_OBJECT;
  setTableOf(vm, obj, t);
  return t;
}

/** Deletes a key; true when it was present. */
export function tableDelete(vm: VM, obj: number, klo: number, khi: number): boolean {
  [klo, khi] = normKey(klo, khi);
  const t = tableOf(vm, obj, L.TAG_OBJECT);
  const e = findEntry(vm, t, klo, khi);
  if (e < 0) return false;
  deleteEntry(vm, t, e);
  return true;
}

/** Turns entry e of table t into a hole (the collector uses it for dead weak keys). */
export function deleteEntry(vm: VM, t: number, e: number): void {
  const k = wq(t, entryWord(getInt(vm, t, T_BUCKETS), e));
  vm.u32[k] = 0;
  vm.u32[k + 1] = L.TAG_HOLE;
  vm.u32[k + 2] = 0;
  vm.u32[k + 3] = L.TAG_UNDEF;
  setInt(vm, t, T_SIZE, getInt(vm, t, T_SIZE) - 1);
}

/** clear(): a new empty table; the old one forwards to it, marked cleared. */
export function tableClear(vm: VM, obj: number): void {
  const old = tableOf(vm, obj, L.TAG_OBJECT);
  if (getInt(vm, old, T_USED) === 0) return;
  const weak = (vm.u8[old + L.HDR_FLAGS] & HF_WEAK_TABLE) !== 0;
  vm.protect(obj, L.TAG_OBJECT);
  vm.protect(old, L.TAG_OBJECT);
  const t = newTable(vm, MIN_BUCKETS, weak);
  vm.u8[t + L.HDR_FLAGS] |= vm.u8[old + L.HDR_FLAGS] & TABLE_FLAGS;
  vm.unprotect(2);
  // The old entries are all deleted (so the size reads 0 through any path), then forwarded.
  const used = getInt(vm, old, T_USED);
  const B = getInt(vm, old, T_BUCKETS);
  for (let i = 0; i < used; i++) {
    const k = wq(old, entryWord(B, i));
    if (vm.u32[k + 1] !== L.TAG_HOLE) deleteEntry(vm, old, i);
  }
  const f = wq(old, T_FORWARD);
  vm.u32[f] = t;
  vm.u32[f + 1] = L.TAG_OBJECT;
  setInt(vm, old, T_CLEARED, 1);
  setTableOf(vm, obj, t);
}

export function tableSize(vm: VM, obj: number): number {
  return getInt(vm, tableOf(vm, obj, L.TAG_OBJECT), T_SIZE);
}

/** The value of entry e into the result registers. */
export function entryValue(vm: VM, t: number, e: number): void {
  const q = wq(t, entryWord(getInt(vm, t, T_BUCKETS), e) + 1);
  vm.rlo = vm.u32[q];
  vm.rhi = vm.u32[q + 1];
}

/**
 * A cursor (table, index) moved to the current table and to the next live
 * entry at or after index: returns [table, entry] with entry -1 when the
 * iteration is over.
 */
export function nextLive(vm: VM, table: number, index: number): [number, number] {
  const u32 = vm.u32;
  for (;;) {
    const f = wq(table, T_FORWARD);
    if (u32[f + 1] !== L.TAG_OBJECT) break;
    if (getInt(vm, table, T_CLEARED) === 1) index = 0;
    else {
      // The new index: the live entries before it (holes are dropped when a table is rebuilt).
      const B = getInt(vm, table, T_BUCKETS);
      let n = 0;
      const used = getInt(vm, table, T_USED);
      for (let i = 0; i < index && i < used; i++) if (u32[wq(table, entryWord(B, i)) + 1] !== L.TAG_HOLE) n++;
      index = n;
    }
    table = u32[f];
  }
  const B = getInt(vm, table, T_BUCKETS);
  const used = getInt(vm, table, T_USED);
  while (index < used && u32[wq(table, entryWord(B, index)) + 1] === L.TAG_HOLE) index++;
  return [table, index < used ? index : -1];
}

/** Key words of entry e. */
export function entryKey(vm: VM, t: number, e: number): [number, number] {
  const q = wq(t, entryWord(getInt(vm, t, T_BUCKETS), e));
  return [vm.u32[q], vm.u32[q + 1]];
}

/**
 * The collector's ephemeron pass over the weak tables it met (heap.ts):
 * `marked(ref)` tells whether a cell is marked, `mark(lo, hi)` marks a value.
 * Returns true when it marked something (the caller traces and repeats).
 */
export function weakTablePropagate(u32: Uint32Array, u8: Uint8Array, tables: number[], markValue: (lo: number, hi: number) => void): boolean {
  let marked = false;
  for (const t of tables) {
    const d = (t + L.VEC_DATA) >>> 2;
    const B = u32[d + 2 * T_BUCKETS] | 0;
    const used = u32[d + 2 * T_USED] | 0;
    for (let i = 0; i < used; i++) {
      const k = d + 2 * entryWord(B, i);
      const khi = u32[k + 1];
      if (khi === L.TAG_HOLE) continue;
      const keyLive = khi < L.TAG_HEAP || (u8[u32[k] + L.HDR_GC] & 1) !== 0;
      const vhi = u32[k + 3];
      if (keyLive && vhi >= L.TAG_HEAP && (u8[u32[k + 2] + L.HDR_GC] & 1) === 0) {
        markValue(u32[k + 2], vhi);
        marked = true;
      }
    }
  }
  return marked;
}

/** After the ephemeron fixpoint: deletes the entries of weak tables whose key is unmarked. */
export function weakTableClear(u32: Uint32Array, u8: Uint8Array, tables: number[]): void {
  for (const t of tables) {
    const d = (t + L.VEC_DATA) >>> 2;
    const B = u32[d + 2 * T_BUCKETS] | 0;
    const used = u32[d + 2 * T_USED] | 0;
    let size = u32[d + 2 * T_SIZE] | 0;
    for (let i = 0; i < used; i++) {
      const k = d + 2 * entryWord(B, i);
      const khi = u32[k + 1];
      if (khi === L.TAG_HOLE || khi < L.TAG_HEAP) continue;
      if ((u8[u32[k] + L.HDR_GC] & 1) !== 0) continue;
      u32[k] = 0;
      u32[k + 1] = L.TAG_HOLE;
      u32[k + 2] = 0;
      u32[k + 3] = L.TAG_UNDEF;
      size--;
    }
    u32[d + 2 * T_SIZE] = size;
  }
}
