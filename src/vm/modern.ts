// Run-time parts of the modern syntax: object spread and rest properties
// (CopyDataProperties), and the TypeError of destructuring null or undefined.
// The interpreter and the JIT's runtime calls (src/lbbv/runtime.ts) share them.

import { L } from './layout';
import { ATTR_ACCESSOR, ATTR_DONTDELETE, ATTR_HIDDEN, ATTR_READONLY, type PropKey } from './shapes';
import { setIntegrity } from './builtins/object';
import type { VM } from './vm';

/** Whether `key` is still an own enumerable property of the object (a getter run earlier may have removed it). */
function ownEnumerable(vm: VM, ref: number, hi: number, key: PropKey): boolean {
  if (hi === L.TAG_ARRAY && typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) {
    const i = Number(key);
    if (i < vm.arrayLength(ref)) return vm.u32[vm.elementQ(ref, i) + 1] !== L.TAG_HOLE;
  }
  const shape = vm.shapeOf(ref);
  const i = shape.lookup(key);
  return i >= 0 && (shape.attrs[i] & ATTR_HIDDEN) === 0;
}

/**
 * CopyDataProperties: target (at q), source (q + 2), then `n` excluded keys.
 * Copies the source's own enumerable string-keyed properties in property
 * order, reading each with [[Get]] (getters run with the source as `this`)
 * and defining it on the target as a plain data property. null and
 * undefined sources copy nothing; a string source gives its indices.
 */
export function copyDataProperties(vm: VM, q: number, n: number): void {
  const u32 = vm.u32;
  const slo = u32[q + 2];
  const shi = u32[q + 3];
  if (shi === L.TAG_UNDEF || shi === L.TAG_NULL) return;
  const excluded = new Set<PropKey>();
  for (let i = 0; i < n; i++) excluded.add(vm.toPropertyKey(u32[q + 4 + 2 * i], u32[q + 5 + 2 * i]));
  let keys: PropKey[];
  if (shi === L.TAG_STRING) keys = Object.keys(vm.str(slo));
  // Own enumerable string keys, then symbol keys (JS-visible symbols only: not host-private ones).
  else if (shi === L.TAG_OBJECT || shi === L.TAG_ARRAY || shi === L.TAG_FUNCTION) keys = [...vm.ownKeys(slo, shi), ...vm.ownSymbolKeys(slo).filter((k) => vm.symbolIds.has(k))];
  else return;
  const isObj = shi !== L.TAG_STRING;
  let first = true;
  for (const k of keys) {
    if (excluded.has(k)) continue;
    // A getter run for an earlier key may have deleted this one.
    if (isObj && !first && vm.accessorsDefined > 0 && !ownEnumerable(vm, slo, shi, k)) continue;
    first = false;
    vm.getProp(slo, shi, k);
    vm.defineOwn(u32[q], k, vm.rlo, vm.rhi);
  }
}

/**
 * The TypeError of destructuring null or undefined. The compiler words the
 * message as V8 does for the site; `%v` stands for the value
 * ('undefined' or 'null') and `%p` for how V8 names a parameter's value
 * ('undefined' or 'object null').
 */
export function destructureError(vm: VM, template: string, hi: number): never {
  const v = hi === L.TAG_NULL ? 'null' : 'undefined';
  const p = hi === L.TAG_NULL ? 'object null' : 'undefined';
  vm.throwError('TypeError', template.replace(/%v/g, v).replace(/%p/g, p));
}

/** A frozen array of strings (undefined for a null entry: a cooked string with an invalid escape). */
function frozenStrings(vm: VM, strs: (string | null)[]): number {
  const words: number[] = [];
  for (const x of strs) {
    if (x === null) words.push(0, L.TAG_UNDEF);
    else words.push(vm.pinString(x), L.TAG_STRING);
  }
  return vm.newArrayFrom(words);
}

/**
 * The template object of a tagged-template site, made on first use and
 * pinned (the same object for every evaluation of the site, as the spec
 * asks): a frozen array of the cooked strings whose non-enumerable,
 * read-only `raw` property is a frozen array of the raw strings.
 */
export function templateObject(vm: VM, site: number): number {
  const t = vm.templateSites[site];
  if (t.ref !== 0) return t.ref;
  const raw = frozenStrings(vm, t.raw);
  vm.pinnedRefs.add(raw);
  const arr = frozenStrings(vm, t.cooked);
  vm.pinnedRefs.add(arr);
  setIntegrity(vm, raw, L.TAG_ARRAY, 'freeze');
  vm.defineOwn(arr, 'raw', raw, L.TAG_ARRAY, ATTR_HIDDEN | ATTR_READONLY | ATTR_DONTDELETE);
  setIntegrity(vm, arr, L.TAG_ARRAY, 'freeze');
  vm.pinnedRefs.delete(raw);
  t.ref = arr;
  return arr;
}

// ---------------------------------------------------------------- private names
//
// A private name (`#x`, made afresh at every evaluation of its class) is a VM
// symbol that is not in vm.symbolIds, so no reflection (getOwnPropertySymbols,
// spread, Object.assign, console.log) can see it. A private field, method or
// accessor is an own property under it: hidden, not configurable, methods
// read-only. Brand checks are "does the object have that own key".

/** What the messages need to know about a private name: its text, its class, its kind (0 field, 1 method, 2 accessor, +4 static). */
const privateInfo = new WeakMap<VM, Map<symbol, { text: string; cls: string; kind: number }>>();

function infoOf(vm: VM, key: symbol): { text: string; cls: string; kind: number } {
  return privateInfo.get(vm)!.get(key)!;
}

/** newprivatename: a fresh private name; returns its symbol id. */
export function newPrivateName(vm: VM, text: string, cls: string, kind: number): number {
  const id = vm.newSymbol(text);
  const key = vm.symbols[id].key;
  vm.symbolIds.delete(key);
  let m = privateInfo.get(vm);
  if (!m) privateInfo.set(vm, (m = new Map()));
  m.set(key, { text, cls, kind });
  return id;
}

function isObj(hi: number): boolean {
  return hi === L.TAG_OBJECT || hi === L.TAG_ARRAY || hi === L.TAG_FUNCTION;
}

/** The slot index of the private key in the object's own shape, or -1. */
function privateSlot(vm: VM, lo: number, hi: number, key: symbol): number {
  if (!isObj(hi)) return -1;
  return vm.shapeOf(lo).lookup(key);
}

function brandError(vm: VM, key: symbol, write: boolean): never {
  const info = infoOf(vm, key);
  if ((info.kind & 3) !== 0) vm.throwError('TypeError', (info.kind & 4) !== 0 ? `Receiver must be class ${info.cls}` : `Receiver must be an instance of class ${info.cls}`);
  vm.throwError('TypeError', write ? `Cannot write private member ${info.text} to an object whose class did not declare it` : `Cannot read private member ${info.text} from an object whose class did not declare it`);
}

/** initprivate / initprivateaccessor: obj at q, the name at q + 2, then the value (or getter and setter). */
export function initPrivate(vm: VM, q: number, kind: number): void {
  const u32 = vm.u32;
  const lo = u32[q];
  const hi = u32[q + 1];
  const key = vm.symbols[u32[q + 2]].key;
  if (privateSlot(vm, lo, hi, key) >= 0) vm.throwError('TypeError', `Cannot initialize ${infoOf(vm, key).text} twice on the same object`);
  if (!isObj(hi)) return;
  if (kind === 2) {
    const pair = vm.newArrayFrom([u32[q + 4], u32[q + 5], u32[q + 6], u32[q + 7]]);
    vm.defineOwn(u32[q], key, pair, L.TAG_ARRAY, ATTR_ACCESSOR | ATTR_HIDDEN | ATTR_DONTDELETE);
  } else vm.defineOwn(lo, key, u32[q + 4], u32[q + 5], ATTR_HIDDEN | ATTR_DONTDELETE | (kind === 1 ? ATTR_READONLY : 0));
}

/** getprivate: obj at q, name at q + 2; the value into the result registers. */
export function getPrivate(vm: VM, q: number): void {
  const u32 = vm.u32;
  const lo = u32[q];
  const hi = u32[q + 1];
  const key = vm.symbols[u32[q + 2]].key;
  const i = privateSlot(vm, lo, hi, key);
  if (i < 0) brandError(vm, key, false);
  const shape = vm.shapeOf(lo);
  if (shape.attrs[i] & ATTR_ACCESSOR) {
    vm.getProp(lo, hi, key);
    if (vm.rhi === L.TAG_UNDEF && !hasHalf(vm, lo, key, 0)) vm.throwError('TypeError', `'${infoOf(vm, key).text}' was defined without a getter`);
    return;
  }
  vm.getProp(lo, hi, key);
}

/** Whether the private accessor under key has its getter (half 0) or setter (half 1). */
function hasHalf(vm: VM, lo: number, key: symbol, half: number): boolean {
  const shape = vm.shapeOf(lo);
  const i = shape.lookup(key);
  const pair = vm.u32[vm.slotQ(lo, shape, i)];
  return vm.u32[vm.elementQ(pair, half) + 1] !== L.TAG_UNDEF;
}

/** setprivate: obj at q, name at q + 2, value at q + 4. */
export function setPrivate(vm: VM, q: number): void {
  const u32 = vm.u32;
  const lo = u32[q];
  const hi = u32[q + 1];
  const key = vm.symbols[u32[q + 2]].key;
  const i = privateSlot(vm, lo, hi, key);
  if (i < 0) brandError(vm, key, true);
  const attrs = vm.shapeOf(lo).attrs[i];
  if (attrs & ATTR_ACCESSOR) {
    if (!hasHalf(vm, lo, key, 1)) vm.throwError('TypeError', `'${infoOf(vm, key).text}' was defined without a setter`);
  } else if (attrs & ATTR_READONLY && (infoOf(vm, key).kind & 3) === 1) {
    vm.throwError('TypeError', `Private method '${infoOf(vm, key).text}' is not writable`);
  } else {
    // A private field stays writable whatever happens to the object (freeze included).
    const shape = vm.shapeOf(lo);
    vm.shapes.noteStore(shape, i, u32[q + 5]);
    const sq = vm.slotQ(lo, shape, i);
    u32[sq] = u32[q + 4];
    u32[sq + 1] = u32[q + 5];
    return;
  }
  vm.setProp(lo, hi, key, u32[q + 4], u32[q + 5], true);
}

/** hasprivate: name at q, obj at q + 2. */
export function hasPrivate(vm: VM, q: number): boolean {
  const u32 = vm.u32;
  const key = vm.symbols[u32[q]].key;
  const hi = u32[q + 3];
  if (!isObj(hi)) vm.throwError('TypeError', `Cannot use 'in' operator to search for '${infoOf(vm, key).text}' in ${vm.toStr(u32[q + 2], hi)}`);
  return privateSlot(vm, u32[q + 2], hi, key) >= 0;
}
