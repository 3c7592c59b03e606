// JSON.stringify and JSON.parse on VM values, following the spec's
// SerializeJSONProperty and InternalizeJSONProperty: `toJSON` methods,
// replacer functions and property lists, indentation by number or string,
// and revivers all run as VM calls. Strings are quoted by the host's own
// JSON.stringify; JSON.parse's text is parsed by the host.

import { L } from '../layout';
import type { VM } from '../vm';
import { argHi, argLo, isObjectTag } from './util';

/** Serialisation state (the spec's JSON.stringify record). */
interface State {
  replacer: { lo: number; hi: number } | null;
  keys: string[] | null;
  gap: string;
  indent: string;
  /** Objects being serialised (cycle detection). */
  stack: number[];
}

function isNumberTag(hi: number): boolean {
  return hi < L.TAG_BASE || hi === L.TAG_INT;
}

export function jsonStringify(vm: VM, args: number, argc: number): void {
  const mark = vm.handleMark();
  const state: State = { replacer: null, keys: null, gap: '', indent: '', stack: [] };
  const rhi = argHi(vm, args, argc, 1);
  const rlo = argLo(vm, args, argc, 1);
  if (rhi === L.TAG_FUNCTION) state.replacer = { lo: rlo, hi: rhi };
  else if (rhi === L.TAG_ARRAY) {
    const keys: string[] = [];
    for (let i = 0; i < vm.arrayLen(rlo); i++) {
      vm.arrayGet(rlo, i);
      if (vm.rhi === L.TAG_STRING || isNumberTag(vm.rhi)) {
        const k = vm.toStr(vm.rlo, vm.rhi);
        if (!keys.includes(k)) keys.push(k);
      }
    }
    state.keys = keys;
  }
  const shi = argHi(vm, args, argc, 2);
  if (isNumberTag(shi)) {
    const n = Math.min(10, Math.trunc(vm.toNumber(argLo(vm, args, argc, 2), shi)) || 0);
    state.gap = n >= 1 ? ' '.repeat(n) : '';
  } else if (shi === L.TAG_STRING) state.gap = vm.str(argLo(vm, args, argc, 2)).slice(0, 10);
  // The wrapper holder { "": value }.
  const wrapper = vm.newObject(vm.objectProto);
  vm.protect(wrapper, L.TAG_OBJECT);
  vm.addProperty(wrapper, '', argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
  const s = serializeProperty(vm, state, '', wrapper, L.TAG_OBJECT);
  vm.releaseHandles(mark);
  if (s === undefined) vm.retUndef();
  else vm.retString(s);
}

/** SerializeJSONProperty: the text for holder[key], or undefined to leave it out. */
function serializeProperty(vm: VM, state: State, key: string, holderLo: number, holderHi: number): string | undefined {
  vm.getProp(holderLo, holderHi, key);
  let lo = vm.rlo;
  let hi = vm.rhi;
  const mark = vm.handleMark();
  vm.protect(lo, hi);
  if (isObjectTag(hi)) {
    vm.getProp(lo, hi, 'toJSON');
    if (vm.rhi === L.TAG_FUNCTION) {
      const flo = vm.rlo;
      const fhi = vm.rhi;
      vm.retString(key);
      vm.callFunction(flo, fhi, lo, hi, [vm.rlo, vm.rhi]);
      lo = vm.rlo;
      hi = vm.rhi;
      vm.protect(lo, hi);
    }
  }
  if (state.replacer) {
    vm.retString(key);
    const klo = vm.rlo;
    const khi = vm.rhi;
    vm.protect(klo, khi);
    vm.callFunction(state.replacer.lo, state.replacer.hi, holderLo, holderHi, [klo, khi, lo, hi]);
    lo = vm.rlo;
    hi = vm.rhi;
    vm.protect(lo, hi);
  }
  let out: string | undefined;
  if (hi === L.TAG_NULL) out = 'null';
  else if (hi === L.TAG_BOOL) out = lo ? 'true' : 'false';
  else if (hi === L.TAG_STRING) out = JSON.stringify(vm.str(lo));
  else if (isNumberTag(hi)) {
    const x = vm.toNumber(lo, hi);
    out = Number.isFinite(x) ? String(x) : 'null';
  } else if (hi === L.TAG_ARRAY) out = serializeArray(vm, state, lo);
  else if (hi === L.TAG_OBJECT) out = serializeObject(vm, state, lo, hi);
  vm.releaseHandles(mark);
  return out;
}

function enter(vm: VM, state: State, ref: number): void {
  if (state.stack.includes(ref)) vm.throwError('TypeError', 'Converting circular structure to JSON');
  state.stack.push(ref);
}

function serializeObject(vm: VM, state: State, ref: number, hi: number): string {
  enter(vm, state, ref);
  const stepback = state.indent;
  state.indent += state.gap;
  const keys = state.keys ?? vm.ownKeys(ref, hi);
  const parts: string[] = [];
  const colon = state.gap === '' ? ':' : ': ';
  for (const k of keys) {
    const s = serializeProperty(vm, state, k, ref, hi);
    if (s !== undefined) parts.push(JSON.stringify(k) + colon + s);
  }
  let out: string;
  if (parts.length === 0) out = '{}';
  else if (state.gap === '') out = `{${parts.join(',')}}`;
  else out = `{\n${state.indent}${parts.join(`,\n${state.indent}`)}\n${stepback}}`;
  state.stack.pop();
  state.indent = stepback;
  return out;
}

function serializeArray(vm: VM, state: State, ref: number): string {
  enter(vm, state, ref);
  const stepback = state.indent;
  state.indent += state.gap;
  const parts: string[] = [];
  for (let i = 0; i < vm.arrayLen(ref); i++) parts.push(serializeProperty(vm, state, String(i), ref, L.TAG_ARRAY) ?? 'null');
  let out: string;
  if (parts.length === 0) out = '[]';
  else if (state.gap === '') out = `[${parts.join(',')}]`;
  else out = `[\n${state.indent}${parts.join(`,\n${state.indent}`)}\n${stepback}]`;
  state.stack.pop();
  state.indent = stepback;
  return out;
}

/**
 * JSON.parse's reviver walk over the freshly built value in the result
 * registers (InternalizeJSONProperty). A property the reviver drops
 * (returns undefined for) is removed: array elements become holes; an
 * object is rebuilt without it once its walk is done (the VM has no delete
 * yet), so a reviver that keeps `this` sees the object before the removal.
 */
export function jsonRevive(vm: VM, reviverLo: number, reviverHi: number): void {
  const mark = vm.handleMark();
  const wrapper = vm.newObject(vm.objectProto);
  vm.protect(wrapper, L.TAG_OBJECT);
  vm.addProperty(wrapper, '', vm.rlo, vm.rhi);
  internalize(vm, wrapper, L.TAG_OBJECT, '', reviverLo, reviverHi);
  vm.releaseHandles(mark);
}

/** Revives holder[name]; the reviver's result in the result registers. */
function internalize(vm: VM, holderLo: number, holderHi: number, name: string, rlo: number, rhi: number): void {
  const mark = vm.handleMark();
  vm.getProp(holderLo, holderHi, name);
  let lo = vm.rlo;
  const hi = vm.rhi;
  vm.protect(lo, hi);
  if (hi === L.TAG_ARRAY) {
    for (let i = 0; i < vm.arrayLength(lo); i++) {
      internalize(vm, lo, hi, String(i), rlo, rhi);
      if (vm.rhi === L.TAG_UNDEF) vm.arraySet(lo, i, 0, L.TAG_HOLE);
      else vm.arraySet(lo, i, vm.rlo, vm.rhi);
    }
  } else if (hi === L.TAG_OBJECT) {
    const dropped: string[] = [];
    for (const k of vm.ownKeys(lo, hi)) {
      internalize(vm, lo, hi, k, rlo, rhi);
      if (vm.rhi === L.TAG_UNDEF) dropped.push(k);
      else vm.defineOwn(lo, k, vm.rlo, vm.rhi);
    }
    if (dropped.length > 0) {
      const fresh = vm.newObject(vm.protoOf(lo));
      vm.protect(fresh, L.TAG_OBJECT);
      for (const k of vm.ownKeys(lo, hi)) {
        if (dropped.includes(k)) continue;
        vm.getProp(lo, hi, k);
        vm.defineOwn(fresh, k, vm.rlo, vm.rhi);
      }
      lo = fresh;
    }
  }
  vm.retString(name);
  const nlo = vm.rlo;
  const nhi = vm.rhi;
  vm.protect(nlo, nhi);
  vm.callFunction(rlo, rhi, holderLo, holderHi, [nlo, nhi, lo, hi]);
  vm.releaseHandles(mark);
}
