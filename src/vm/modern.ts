// Run-time parts of the modern syntax: object spread and rest properties
// (CopyDataProperties), and the TypeError of destructuring null or undefined.
// The interpreter and the JIT's runtime calls (src/lbbv/runtime.ts) share them.

import { L } from './layout';
import { ATTR_DONTDELETE, ATTR_HIDDEN, ATTR_READONLY, type PropKey } from './shapes';
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
