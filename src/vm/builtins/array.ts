// Array and Array.prototype.
// Arrays are ARRAY cells with contiguous ELEMENTS; holes are the hole value.
// Callback methods call back into the interpreter through vm.callFunction.

import { L } from '../layout';
import type { NativeFn, VM } from '../vm';
import { argHi, argInt, argLo, argNum, method, thisArray } from './util';
import { iterClose, iterOpen, iterStep } from '../iteration';

function describeValue(vm: VM, lo: number, hi: number): string {
  if (hi === L.TAG_SYMBOL) return vm.symbolDescriptiveString(lo);
  if (hi === L.TAG_STRING) return `"${vm.str(lo)}"`;
  if (hi < L.TAG_HEAP) return vm.toStr(lo, hi);
  return hi === L.TAG_ARRAY ? 'object' : '#<Object>';
}

/** new Array(n) allocates a dense store up to this length. */
const NEW_ARRAY_DENSE_MAX = 1 << 22;

type CtorWithProto = (name: string, length: number, fn: NativeFn, proto: number) => number;

/** Relative index helper (slice, splice, fill): negative counts from the end, clamped to [0, len]. */
function rel(n: number, len: number): number {
  if (n < 0) return Math.max(len + n, 0);
  return Math.min(n, len);
}

export function installArray(vm: VM, ctorWithProto: CtorWithProto): void {
  const arrayCtor = ctorWithProto(
    'Array',
    1,
    (vm, args, argc) => {
      if (argc === 1 && (argHi(vm, args, argc, 0) === L.TAG_INT || argHi(vm, args, argc, 0) < 0xfff90000)) {
        const n = argNum(vm, args, argc, 0);
        if (n !== n >>> 0) vm.throwError('RangeError', 'Invalid array length');
        if (n <= NEW_ARRAY_DENSE_MAX) return vm.retValue(vm.newArray(n), L.TAG_ARRAY);
        // A longer one starts sparse (vm/sparse.ts).
        const arr = vm.newArray(0);
        vm.protect(arr, L.TAG_ARRAY);
        vm.setArrayLength(arr, n);
        vm.unprotect(1);
        return vm.retValue(arr, L.TAG_ARRAY);
      }
      const words: number[] = [];
      for (let i = 0; i < argc; i++) words.push(vm.u32[args + 2 * i], vm.u32[args + 2 * i + 1]);
      vm.retValue(vm.newArrayFrom(words), L.TAG_ARRAY);
    },
    vm.arrayProto,
  );
  method(vm, arrayCtor, 'isArray', 1, (vm, args, argc) => vm.retBool(argHi(vm, args, argc, 0) === L.TAG_ARRAY));
  method(vm, arrayCtor, 'of', 0, (vm, args, argc) => {
    const words: number[] = [];
    for (let i = 0; i < argc; i++) words.push(vm.u32[args + 2 * i], vm.u32[args + 2 * i + 1]);
    vm.retValue(vm.newArrayFrom(words), L.TAG_ARRAY);
  });
  // Array.from(items, mapFn, thisArg): an iterable through the iterator protocol
  // (src/vm/iteration.ts), else an array-like by its length; mapFn(v, i) on each value.
  method(vm, arrayCtor, 'from', 1, (vm, args, argc) => {
    const hi = argHi(vm, args, argc, 0);
    const lo = argLo(vm, args, argc, 0);
    const mapHi = argHi(vm, args, argc, 1);
    const mapLo = argLo(vm, args, argc, 1);
    const thisLo = argLo(vm, args, argc, 2);
    const thisHi = argHi(vm, args, argc, 2);
    if (mapHi !== L.TAG_UNDEF && mapHi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${describeValue(vm, mapLo, mapHi)} is not a function`);
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', `${hi === L.TAG_UNDEF ? 'undefined' : 'object null'} is not iterable (cannot read property Symbol(Symbol.iterator))`);
    const mark = vm.handleMark();
    const arr = vm.newArray(0);
    vm.protect(arr, L.TAG_ARRAY);
    const mapped = (i: number, vlo: number, vhi: number): void => {
      if (mapHi === L.TAG_FUNCTION) {
        vm.callFunction(mapLo, mapHi, thisLo, thisHi, [vlo, vhi, i, L.TAG_INT]);
        vlo = vm.rlo;
        vhi = vm.rhi;
      }
      vm.arrayPush(arr, vlo, vhi);
    };
    try {
      vm.getProp(lo, hi, vm.wellKnownKey('iterator'));
      const usingIterator = vm.rhi !== L.TAG_UNDEF && vm.rhi !== L.TAG_NULL;
      if (usingIterator) {
        // A record in a scratch area above the arguments (rooted while the iterator runs).
        const q = vm.sp;
        for (let k = 0; k < 8; k += 2) {
          vm.u32[q + k] = 0;
          vm.u32[q + k + 1] = L.TAG_UNDEF;
        }
        vm.sp = q + 8;
        try {
          iterOpen(vm, lo, hi, q, 'object');
          for (let i = 0; iterStep(vm, q); i++) {
            try {
              mapped(i, vm.u32[q + 6], vm.u32[q + 7]);
            } catch (e) {
              iterClose(vm, q, true);
              throw e;
            }
          }
        } finally {
          vm.sp = q;
        }
      } else {
        vm.getProp(lo, hi, 'length');
        const n = Math.min(Math.max(Math.trunc(vm.toNumber(vm.rlo, vm.rhi)) || 0, 0), 2 ** 32 - 1);
        for (let i = 0; i < n; i++) {
          vm.getElem(lo, hi, i, L.TAG_INT);
          mapped(i, vm.rlo, vm.rhi);
        }
      }
    } finally {
      vm.releaseHandles(mark);
    }
    vm.retValue(arr, L.TAG_ARRAY);
  });

  const P = vm.arrayProto;
  const get = (vm: VM, arr: number, i: number): [number, number] => {
    const q = vm.elementQ(arr, i);
    return [vm.u32[q], vm.u32[q + 1]];
  };

  method(vm, P, 'push', 1, (vm, args, argc, self) => {
    const arr = thisArray(vm, self, 'push');
    for (let i = 0; i < argc; i++) vm.arrayPush(arr, vm.u32[args + 2 * i], vm.u32[args + 2 * i + 1]);
    vm.retNumber(vm.arrayLength(arr));
  });
  method(vm, P, 'pop', 0, (vm, _a, _c, self) => {
    const arr = thisArray(vm, self, 'pop');
    const len = vm.arrayLength(arr);
    if (len === 0) return vm.retUndef();
    vm.arrayGet(arr, len - 1);
    vm.setArrayLength(arr, len - 1);
  });
  method(vm, P, 'shift', 0, (vm, _a, _c, self) => {
    const arr = thisArray(vm, self, 'shift');
    const len = vm.arrayLength(arr);
    if (len === 0) return vm.retUndef();
    vm.arrayGet(arr, 0);
    const q = vm.elementQ(arr, 0);
    vm.u32.copyWithin(q, q + 2, q + 2 * len);
    vm.setArrayLength(arr, len - 1);
  });
  method(vm, P, 'unshift', 1, (vm, args, argc, self) => {
    const arr = thisArray(vm, self, 'unshift');
    const len = vm.arrayLength(arr);
    vm.ensureCapacity(arr, len + argc);
    const q = vm.elementQ(arr, 0);
    vm.u32.copyWithin(q + 2 * argc, q, q + 2 * len);
    vm.u32.copyWithin(q, args, args + 2 * argc);
    vm.setArrayLength(arr, len + argc);
    vm.retNumber(len + argc);
  });
  method(vm, P, 'slice', 2, (vm, args, argc, self) => {
    const arr = thisArray(vm, self, 'slice');
    const len = vm.arrayLength(arr);
    const start = rel(argInt(vm, args, argc, 0, 0), len);
    const end = rel(argInt(vm, args, argc, 1, len), len);
    const n = Math.max(end - start, 0);
    const out = vm.newArray(n);
    if (n > 0) vm.u32.copyWithin(vm.elementQ(out, 0), vm.elementQ(arr, start), vm.elementQ(arr, start) + 2 * n);
    vm.retValue(out, L.TAG_ARRAY);
  });
  method(vm, P, 'splice', 2, (vm, args, argc, self) => {
    const arr = thisArray(vm, self, 'splice');
    const len = vm.arrayLength(arr);
    const start = rel(argInt(vm, args, argc, 0, 0), len);
    const del = argc === 0 ? 0 : argc === 1 ? len - start : Math.min(Math.max(argInt(vm, args, argc, 1, 0), 0), len - start);
    const ins = Math.max(argc - 2, 0);
    const removed = vm.newArray(del);
    if (del > 0) vm.u32.copyWithin(vm.elementQ(removed, 0), vm.elementQ(arr, start), vm.elementQ(arr, start) + 2 * del);
    const mark = vm.handleMark();
    vm.protect(removed, L.TAG_ARRAY);
    const newLen = len - del + ins;
    vm.ensureCapacity(arr, newLen);
    const q = vm.elementQ(arr, 0);
    vm.u32.copyWithin(q + 2 * (start + ins), q + 2 * (start + del), q + 2 * len);
    if (ins > 0) vm.u32.copyWithin(q + 2 * start, args + 4, args + 4 + 2 * ins);
    if (newLen < len) {
      for (let i = newLen; i < len; i++) {
        vm.u32[q + 2 * i] = 0;
        vm.u32[q + 2 * i + 1] = L.TAG_HOLE;
      }
    }
    vm.u32[(arr + 16) >>> 2] = newLen;
    vm.releaseHandles(mark);
    vm.retValue(removed, L.TAG_ARRAY);
  });
  method(vm, P, 'concat', 1, (vm, args, argc, self) => {
    const arr = thisArray(vm, self, 'concat');
    const words: number[] = [];
    const addAll = (a: number): void => {
      for (let i = 0; i < vm.arrayLength(a); i++) words.push(...get(vm, a, i));
    };
    addAll(arr);
    for (let i = 0; i < argc; i++) {
      const hi = vm.u32[args + 2 * i + 1];
      if (hi === L.TAG_ARRAY) addAll(vm.u32[args + 2 * i]);
      else words.push(vm.u32[args + 2 * i], hi);
    }
    vm.retValue(vm.newArrayFrom(words), L.TAG_ARRAY);
  });
  const joinArray = (vm: VM, arr: number, sep: string): string => {
    const parts: string[] = [];
    const mark = vm.handleMark();
    for (let i = 0; i < vm.arrayLength(arr); i++) {
      const [lo, hi] = get(vm, arr, i);
      parts.push(hi === L.TAG_HOLE || hi === L.TAG_UNDEF || hi === L.TAG_NULL ? '' : vm.toStr(lo, hi));
    }
    vm.releaseHandles(mark);
    return parts.join(sep);
  };
  method(vm, P, 'join', 1, (vm, args, argc, self) => {
    const arr = thisArray(vm, self, 'join');
    const sep = argHi(vm, args, argc, 0) === L.TAG_UNDEF ? ',' : vm.toStr(argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    vm.retString(joinArray(vm, arr, sep));
  });
  method(vm, P, 'toString', 0, (vm, _a, _c, self) => vm.retString(joinArray(vm, thisArray(vm, self, 'toString'), ',')));
  method(vm, P, 'reverse', 0, (vm, _a, _c, self) => {
    const arr = thisArray(vm, self, 'reverse');
    const len = vm.arrayLength(arr);
    for (let i = 0, j = len - 1; i < j; i++, j--) {
      const [al, ah] = get(vm, arr, i);
      const [bl, bh] = get(vm, arr, j);
      const qi = vm.elementQ(arr, i),
        qj = vm.elementQ(arr, j);
      vm.u32[qi] = bl;
      vm.u32[qi + 1] = bh;
      vm.u32[qj] = al;
      vm.u32[qj + 1] = ah;
    }
    vm.retValue(arr, L.TAG_ARRAY);
  });
  const search = (name: string, fromEnd: boolean, same: (vm: VM, a: [number, number], b: [number, number]) => boolean, result: 'index' | 'bool'): void => {
    method(vm, P, name, 1, (vm, args, argc, self) => {
      const arr = thisArray(vm, self, name);
      const len = vm.arrayLength(arr);
      const target: [number, number] = [argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)];
      let from = argInt(vm, args, argc, 1, fromEnd ? len - 1 : 0);
      if (from < 0) from += len;
      let found = -1;
      if (fromEnd) {
        for (let i = Math.min(from, len - 1); i >= 0; i--)
          if (same(vm, get(vm, arr, i), target)) {
            found = i;
            break;
          }
      } else {
        for (let i = Math.max(from, 0); i < len; i++)
          if (same(vm, get(vm, arr, i), target)) {
            found = i;
            break;
          }
      }
      if (result === 'index') vm.retNumber(found);
      else vm.retBool(found >= 0);
    });
  };
  const strict = (vm: VM, a: [number, number], b: [number, number]): boolean => a[1] !== L.TAG_HOLE && vm.strictEquals(a[0], a[1], b[0], b[1]);
  const sameZero = (vm: VM, a: [number, number], b: [number, number]): boolean => {
    const ah = a[1] === L.TAG_HOLE ? L.TAG_UNDEF : a[1];
    if (vm.strictEquals(a[0], ah, b[0], b[1])) return true;
    const an = vm.typeOf(a[0], ah) === 'number' && vm.typeOf(b[0], b[1]) === 'number';
    return an && Number.isNaN(vm.toNumber(a[0], ah)) && Number.isNaN(vm.toNumber(b[0], b[1]));
  };
  search('indexOf', false, strict, 'index');
  search('lastIndexOf', true, strict, 'index');
  search('includes', false, sameZero, 'bool');
  method(vm, P, 'fill', 1, (vm, args, argc, self) => {
    const arr = thisArray(vm, self, 'fill');
    const len = vm.arrayLength(arr);
    const start = rel(argInt(vm, args, argc, 1, 0), len);
    const end = rel(argInt(vm, args, argc, 2, len), len);
    const lo = argLo(vm, args, argc, 0),
      hi = argHi(vm, args, argc, 0);
    for (let i = start; i < end; i++) {
      const q = vm.elementQ(arr, i);
      vm.u32[q] = lo;
      vm.u32[q + 1] = hi;
    }
    vm.retValue(arr, L.TAG_ARRAY);
  });

  // ---- callback methods ----
  /** Runs cb(el, i, arr) for each present element; `step` returns true to stop early. */
  const iterate = (name: string, length: number, body: (vm: VM, arr: number, cbLo: number, cbHi: number, thisLo: number, thisHi: number) => void): void => {
    method(vm, P, name, length, (vm, args, argc, self) => {
      const arr = thisArray(vm, self, name);
      const cbHi = argHi(vm, args, argc, 0);
      const cbLo = argLo(vm, args, argc, 0);
      if (cbHi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${describe(vm, cbLo, cbHi)} is not a function`);
      body(vm, arr, cbLo, cbHi, argLo(vm, args, argc, 1), argHi(vm, args, argc, 1));
    });
  };
  const callEl = (vm: VM, arr: number, i: number, cbLo: number, cbHi: number, tl: number, th: number): void => {
    const [lo, hi] = get(vm, arr, i);
    vm.callFunction(cbLo, cbHi, tl, th, [lo, hi, i, L.TAG_INT, arr, L.TAG_ARRAY]);
  };
  // Callback methods visit the indices below the length at the start, skipping holes
  // and indices the callback removed.
  const present = (vm: VM, arr: number, i: number): boolean => i < vm.arrayLength(arr) && get(vm, arr, i)[1] !== L.TAG_HOLE;
  iterate('forEach', 1, (vm, arr, cl, ch, tl, th) => {
    const len = vm.arrayLength(arr);
    for (let i = 0; i < len; i++) if (present(vm, arr, i)) callEl(vm, arr, i, cl, ch, tl, th);
    vm.retUndef();
  });
  iterate('map', 1, (vm, arr, cl, ch, tl, th) => {
    const len = vm.arrayLength(arr);
    const out = vm.newArray(len);
    const mark = vm.handleMark();
    vm.protect(out, L.TAG_ARRAY);
    for (let i = 0; i < len; i++) {
      if (!present(vm, arr, i)) continue;
      callEl(vm, arr, i, cl, ch, tl, th);
      const q = vm.elementQ(out, i);
      vm.u32[q] = vm.rlo;
      vm.u32[q + 1] = vm.rhi;
    }
    vm.releaseHandles(mark);
    vm.retValue(out, L.TAG_ARRAY);
  });
  iterate('filter', 1, (vm, arr, cl, ch, tl, th) => {
    const out = vm.newArray(0);
    const mark = vm.handleMark();
    vm.protect(out, L.TAG_ARRAY);
    const len = vm.arrayLength(arr);
    for (let i = 0; i < len; i++) {
      if (!present(vm, arr, i)) continue;
      const [lo, hi] = get(vm, arr, i);
      vm.protect(lo, hi);
      callEl(vm, arr, i, cl, ch, tl, th);
      if (vm.truthy(vm.rlo, vm.rhi)) vm.arrayPush(out, lo, hi);
    }
    vm.releaseHandles(mark);
    vm.retValue(out, L.TAG_ARRAY);
  });
  const finder = (name: string, want: 'some' | 'every' | 'find' | 'findIndex' | 'findLast' | 'findLastIndex'): void => {
    iterate(name, 1, (vm, arr, cl, ch, tl, th) => {
      const len = vm.arrayLength(arr);
      const back = want === 'findLast' || want === 'findLastIndex';
      for (let k = 0; k < len; k++) {
        const i = back ? len - 1 - k : k;
        const [lo, hi] = i < vm.arrayLength(arr) ? get(vm, arr, i) : [0, L.TAG_UNDEF];
        if (hi === L.TAG_HOLE && (want === 'some' || want === 'every')) continue;
        const mark = vm.handleMark();
        vm.protect(lo, hi);
        vm.callFunction(cl, ch, tl, th, [lo, hi === L.TAG_HOLE ? L.TAG_UNDEF : hi, i, L.TAG_INT, arr, L.TAG_ARRAY]);
        vm.releaseHandles(mark);
        const t = vm.truthy(vm.rlo, vm.rhi);
        if (want === 'every' ? !t : t) {
          if (want === 'some') return vm.retBool(true);
          if (want === 'every') return vm.retBool(false);
          if (want === 'find' || want === 'findLast') return vm.retValue(lo, hi === L.TAG_HOLE ? L.TAG_UNDEF : hi);
          return vm.retNumber(i);
        }
      }
      if (want === 'some') vm.retBool(false);
      else if (want === 'every') vm.retBool(true);
      else if (want === 'find' || want === 'findLast') vm.retUndef();
      else vm.retNumber(-1);
    });
  };
  finder('some', 'some');
  finder('every', 'every');
  finder('find', 'find');
  finder('findIndex', 'findIndex');
  finder('findLast', 'findLast');
  finder('findLastIndex', 'findLastIndex');
  const reducer = (name: string, right: boolean): void => {
    method(vm, P, name, 1, (vm, args, argc, self) => {
      const arr = thisArray(vm, self, name);
      const cbHi = argHi(vm, args, argc, 0);
      const cbLo = argLo(vm, args, argc, 0);
      if (cbHi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${describe(vm, cbLo, cbHi)} is not a function`);
      const len = vm.arrayLength(arr);
      const idx = (k: number): number => (right ? len - 1 - k : k);
      let k = 0;
      let accLo: number, accHi: number;
      if (argc >= 2) {
        accLo = vm.u32[args + 2];
        accHi = vm.u32[args + 3];
      } else {
        while (k < len && get(vm, arr, idx(k))[1] === L.TAG_HOLE) k++;
        if (k >= len) vm.throwError('TypeError', 'Reduce of empty array with no initial value');
        [accLo, accHi] = get(vm, arr, idx(k));
        k++;
      }
      const mark = vm.handleMark();
      for (; k < len; k++) {
        const i = idx(k);
        if (i >= vm.arrayLength(arr)) continue;
        const [lo, hi] = get(vm, arr, i);
        if (hi === L.TAG_HOLE) continue;
        vm.protect(accLo, accHi);
        vm.callFunction(cbLo, cbHi, 0, L.TAG_UNDEF, [accLo, accHi, lo, hi, i, L.TAG_INT, arr, L.TAG_ARRAY]);
        accLo = vm.rlo;
        accHi = vm.rhi;
      }
      vm.releaseHandles(mark);
      vm.retValue(accLo, accHi);
    });
  };
  reducer('reduce', false);
  reducer('reduceRight', true);

  method(vm, P, 'sort', 1, (vm, args, argc, self) => {
    const arr = thisArray(vm, self, 'sort');
    const cmpHi = argHi(vm, args, argc, 0);
    const cmpLo = argLo(vm, args, argc, 0);
    if (cmpHi !== L.TAG_UNDEF && cmpHi !== L.TAG_FUNCTION) vm.throwError('TypeError', 'The comparison function must be either a function or undefined');
    const len = vm.arrayLength(arr);
    const items: [number, number][] = [];
    let undefs = 0;
    for (let i = 0; i < len; i++) {
      const v = get(vm, arr, i);
      if (v[1] === L.TAG_HOLE) continue;
      if (v[1] === L.TAG_UNDEF) undefs++;
      else items.push(v);
    }
    const mark = vm.handleMark();
    for (const [lo, hi] of items) vm.protect(lo, hi);
    if (cmpHi === L.TAG_FUNCTION) {
      items.sort((a, b) => {
        vm.callFunction(cmpLo, cmpHi, 0, L.TAG_UNDEF, [a[0], a[1], b[0], b[1]]);
        const r = vm.toNumber(vm.rlo, vm.rhi);
        return r !== r ? 0 : r;
      });
    } else {
      const keyed = items.map((v) => ({ v, k: vm.toStr(v[0], v[1]) }));
      keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
      items.splice(0, items.length, ...keyed.map((x) => x.v));
    }
    // The comparator may have changed the array: as the spec's Set calls do,
    // writing the sorted items back makes the length at least their count
    // (node prints [ 1, 2, 3 ] after a comparator that set length = 0).
    const written = items.length + undefs;
    if (vm.arrayLength(arr) < written) vm.setArrayLength(arr, written);
    const q = vm.elementQ(arr, 0);
    let i = 0;
    for (const [lo, hi] of items) {
      vm.u32[q + 2 * i] = lo;
      vm.u32[q + 2 * i + 1] = hi;
      i++;
    }
    for (let u = 0; u < undefs; u++, i++) {
      vm.u32[q + 2 * i] = 0;
      vm.u32[q + 2 * i + 1] = L.TAG_UNDEF;
    }
    // Deleting past the current length is a no-op.
    for (const end = Math.min(len, vm.arrayLength(arr)); i < end; i++) {
      vm.u32[q + 2 * i] = 0;
      vm.u32[q + 2 * i + 1] = L.TAG_HOLE;
    }
    vm.releaseHandles(mark);
    vm.retValue(arr, L.TAG_ARRAY);
  });
}

/** How V8 names a non-callable value in "x is not a function" from built-ins. */
export function describe(vm: VM, lo: number, hi: number): string {
  if (hi === L.TAG_ARRAY) return '[object Array]';
  if (hi === L.TAG_OBJECT) {
    // #<Constructor name>, as V8 prints a receiver it will not convert.
    vm.getProp(lo, hi, 'constructor');
    const ctor = vm.rlo;
    const ctorHi: number = vm.rhi;
    if (ctorHi === L.TAG_FUNCTION) {
      vm.getProp(ctor, L.TAG_FUNCTION, 'name');
      const nameHi: number = vm.rhi;
      if (nameHi === L.TAG_STRING && vm.str(vm.rlo) !== '') return `#<${vm.str(vm.rlo)}>`;
    }
    return '[object Object]';
  }
  return vm.toStr(lo, hi);
}
