// Self-hosted built-ins: array methods that call back into JavaScript are
// written in the JS subset itself, compiled like user code (with a few
// intrinsics, see CompileOptions.builtins) and run by the interpreter and the
// JIT like any other function. A callback is then an ordinary `send` in
// bytecode: the JIT calls it in machine code (through a guard chain, or a
// generic entry when the site is megamorphic) instead of a built-in calling
// back through the host for every element.
//
// Semantics follow the native versions they replace (array.ts): the length
// is read once, holes and elements removed meanwhile are skipped (find and
// findIndex visit them as undefined), errors carry the same messages, and
// the functions' names and lengths are Node's. Their frames are hidden from
// stack traces (ISEQ_BUILTIN), like V8's own built-ins.
//
// A receiver that is not an array (an array-like such as arguments or
// {length: n}, a string, …) runs the generic version in exports.generic,
// the spec's algorithm through property reads, writes and deletes; so does a
// sparse array for the native methods (GENERIC_NATIVE_METHODS).
//
// Intrinsics: __isArray(v), __arrayHas(arr, i) (in bounds and not a hole),
// __argc() (arguments passed), __call(f, thisArg, ...args).

export const PRELUDE_FILE = 'lbbv:prelude';

/**
 * Native Array.prototype methods that run the prelude's generic version
 * (exports.generic) when the receiver is not a dense array: an array-like,
 * a primitive, or a sparse array (vm/sparse.ts).
 */
export const GENERIC_NATIVE_METHODS = ['push', 'pop', 'shift', 'unshift', 'slice', 'splice', 'concat', 'join', 'toString', 'reverse', 'indexOf', 'lastIndexOf', 'includes', 'fill', 'sort', 'findLast', 'findLastIndex', 'reduceRight'];

/** The methods installed on Array.prototype, with their `length`. */
export const PRELUDE_METHODS: Record<string, number> = {
  forEach: 1,
  map: 1,
  filter: 1,
  some: 1,
  every: 1,
  find: 1,
  findIndex: 1,
  reduce: 1,
};

export const PRELUDE_SOURCE = `'use strict';
const notFunction = exports.notFunction;
const reduceEmpty = exports.reduceEmpty;
// Generic versions (the spec's algorithms on any object: array-likes,
// strings, sparse arrays), used when the receiver is not a dense array.
const MAX_LENGTH = 9007199254740991;
function toObject(v, name) {
  if (v === undefined || v === null) {
    throw new TypeError(name === null ? 'Cannot convert undefined or null to object' : 'Array.prototype.' + name + ' called on null or undefined');
  }
  return Object(v);
}
function toLength(v) {
  let n = +v;
  if (n !== n || n <= 0) return 0;
  n = Math.trunc(n);
  return n > MAX_LENGTH ? MAX_LENGTH : n;
}
function toInt(v) {
  const n = +v;
  if (n !== n) return 0;
  return Math.trunc(n);
}
function relIndex(v, len, dflt) {
  if (v === undefined) return dflt;
  const n = toInt(v);
  if (n < 0) return len + n < 0 ? 0 : len + n;
  return n < len ? n : len;
}
function arrayOfLength(n) {
  if (n > 4294967295) throw new RangeError('Invalid array length');
  const a = [];
  a.length = n;
  return a;
}
function sortCompare(cmp, x, y) {
  if (x === undefined) return y === undefined ? 0 : 1;
  if (y === undefined) return -1;
  if (cmp !== undefined) {
    const v = +__call(cmp, undefined, x, y);
    return v !== v ? 0 : v;
  }
  const xs = String(x);
  const ys = String(y);
  return xs < ys ? -1 : xs > ys ? 1 : 0;
}
function mergeSort(items, cmp) {
  const n = items.length;
  let src = items;
  let dst = [];
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = lo + width < n ? lo + width : n;
      const hi = lo + 2 * width < n ? lo + 2 * width : n;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (sortCompare(cmp, src[j], src[i]) < 0) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}
const generic = {
  push() {
    const O = toObject(this, null);
    let len = toLength(O.length);
    const n = __argc();
    if (len + n > MAX_LENGTH) throw new TypeError('Pushing ' + n + ' elements on an array-like of length ' + len + ' is disallowed, as the total surpasses 2**53-1');
    for (let i = 0; i < n; i++) {
      O[len] = arguments[i];
      len++;
    }
    O.length = len;
    return len;
  },
  pop() {
    const O = toObject(this, null);
    const len = toLength(O.length);
    if (len === 0) {
      O.length = 0;
      return undefined;
    }
    const idx = len - 1;
    const el = O[idx];
    delete O[idx];
    O.length = idx;
    return el;
  },
  shift() {
    const O = toObject(this, null);
    const len = toLength(O.length);
    if (len === 0) {
      O.length = 0;
      return undefined;
    }
    const first = O[0];
    for (let k = 1; k < len; k++) {
      if (k in O) O[k - 1] = O[k];
      else delete O[k - 1];
    }
    delete O[len - 1];
    O.length = len - 1;
    return first;
  },
  unshift() {
    const O = toObject(this, null);
    const len = toLength(O.length);
    const n = __argc();
    if (n > 0) {
      if (len + n > MAX_LENGTH) throw new TypeError('Invalid array length');
      for (let k = len; k > 0; k--) {
        if (k - 1 in O) O[k + n - 1] = O[k - 1];
        else delete O[k + n - 1];
      }
      for (let j = 0; j < n; j++) O[j] = arguments[j];
    }
    O.length = len + n;
    return len + n;
  },
  slice(start, end) {
    const O = toObject(this, null);
    const len = toLength(O.length);
    let k = relIndex(start, len, 0);
    const fin = relIndex(end, len, len);
    const A = arrayOfLength(fin > k ? fin - k : 0);
    let n = 0;
    for (; k < fin; k++, n++) if (k in O) A[n] = O[k];
    A.length = n;
    return A;
  },
  splice(start, deleteCount) {
    const O = toObject(this, null);
    const len = toLength(O.length);
    const argc = __argc();
    const from0 = relIndex(start, len, 0);
    const itemCount = argc > 2 ? argc - 2 : 0;
    let dc = 0;
    if (argc === 1) dc = len - from0;
    else if (argc > 1) {
      dc = toInt(deleteCount);
      if (dc < 0) dc = 0;
      if (dc > len - from0) dc = len - from0;
    }
    if (len + itemCount - dc > MAX_LENGTH) throw new TypeError('Invalid array length');
    const A = arrayOfLength(dc);
    for (let k = 0; k < dc; k++) if (from0 + k in O) A[k] = O[from0 + k];
    A.length = dc;
    if (itemCount < dc) {
      for (let k = from0; k < len - dc; k++) {
        if (k + dc in O) O[k + itemCount] = O[k + dc];
        else delete O[k + itemCount];
      }
      for (let k = len; k > len - dc + itemCount; k--) delete O[k - 1];
    } else if (itemCount > dc) {
      for (let k = len - dc; k > from0; k--) {
        if (k + dc - 1 in O) O[k + itemCount - 1] = O[k + dc - 1];
        else delete O[k + itemCount - 1];
      }
    }
    for (let j = 0; j < itemCount; j++) O[from0 + j] = arguments[j + 2];
    O.length = len - dc + itemCount;
    return A;
  },
  concat() {
    const O = toObject(this, 'concat');
    const A = [];
    let n = 0;
    const argc = __argc();
    for (let i = -1; i < argc; i++) {
      const E = i < 0 ? O : arguments[i];
      if (__isArray(E)) {
        const len = toLength(E.length);
        if (n + len > MAX_LENGTH) throw new TypeError('Invalid array length');
        for (let k = 0; k < len; k++, n++) if (k in E) A[n] = E[k];
      } else {
        A[n] = E;
        n++;
      }
    }
    A.length = n;
    return A;
  },
  join(separator) {
    const O = toObject(this, null);
    const len = toLength(O.length);
    const sep = separator === undefined ? ',' : String(separator);
    let r = '';
    for (let k = 0; k < len; k++) {
      if (k > 0) r += sep;
      const e = O[k];
      if (e !== undefined && e !== null) r += String(e);
    }
    return r;
  },
  toString() {
    const O = toObject(this, null);
    const f = O.join;
    if (typeof f === 'function') return __call(f, O);
    return Object.prototype.toString.call(O);
  },
  reverse() {
    const O = toObject(this, null);
    const len = toLength(O.length);
    const middle = Math.floor(len / 2);
    for (let lower = 0; lower !== middle; lower++) {
      const upper = len - lower - 1;
      const lowerExists = lower in O;
      const lowerValue = lowerExists ? O[lower] : undefined;
      const upperExists = upper in O;
      const upperValue = upperExists ? O[upper] : undefined;
      if (lowerExists && upperExists) {
        O[lower] = upperValue;
        O[upper] = lowerValue;
      } else if (upperExists) {
        O[lower] = upperValue;
        delete O[upper];
      } else if (lowerExists) {
        delete O[lower];
        O[upper] = lowerValue;
      }
    }
    return O;
  },
  indexOf(searchElement, fromIndex) {
    const O = toObject(this, 'indexOf');
    const len = toLength(O.length);
    if (len === 0) return -1;
    const n = toInt(fromIndex);
    if (n >= len) return -1;
    let k = n >= 0 ? n : len + n < 0 ? 0 : len + n;
    for (; k < len; k++) if (k in O && O[k] === searchElement) return k;
    return -1;
  },
  lastIndexOf(searchElement, fromIndex) {
    const O = toObject(this, null);
    const len = toLength(O.length);
    if (len === 0) return -1;
    const n = __argc() > 1 ? toInt(fromIndex) : len - 1;
    let k = n >= 0 ? (n < len - 1 ? n : len - 1) : len + n;
    for (; k >= 0; k--) if (k in O && O[k] === searchElement) return k;
    return -1;
  },
  includes(searchElement, fromIndex) {
    const O = toObject(this, null);
    const len = toLength(O.length);
    if (len === 0) return false;
    const n = toInt(fromIndex);
    let k = n >= 0 ? n : len + n < 0 ? 0 : len + n;
    for (; k < len; k++) {
      const e = O[k];
      if (e === searchElement || (e !== e && searchElement !== searchElement)) return true;
    }
    return false;
  },
  fill(value, start, end) {
    const O = toObject(this, null);
    const len = toLength(O.length);
    let k = relIndex(start, len, 0);
    const fin = relIndex(end, len, len);
    for (; k < fin; k++) O[k] = value;
    return O;
  },
  sort(comparefn) {
    if (comparefn !== undefined && typeof comparefn !== 'function') throw new TypeError('The comparison function must be either a function or undefined');
    const O = toObject(this, null);
    const len = toLength(O.length);
    const items = [];
    for (let k = 0; k < len; k++) if (k in O) items.push(O[k]);
    const sorted = mergeSort(items, comparefn);
    let j = 0;
    for (; j < sorted.length; j++) O[j] = sorted[j];
    for (; j < len; j++) if (j in O) delete O[j];
    return O;
  },
  forEach(callbackfn, thisArg) {
    const O = toObject(this, 'forEach');
    const len = toLength(O.length);
    if (typeof callbackfn !== 'function') notFunction(callbackfn);
    for (let k = 0; k < len; k++) if (k in O) __call(callbackfn, thisArg, O[k], k, O);
    return undefined;
  },
  map(callbackfn, thisArg) {
    const O = toObject(this, 'map');
    const len = toLength(O.length);
    if (typeof callbackfn !== 'function') notFunction(callbackfn);
    const A = arrayOfLength(len);
    for (let k = 0; k < len; k++) if (k in O) A[k] = __call(callbackfn, thisArg, O[k], k, O);
    return A;
  },
  filter(callbackfn, thisArg) {
    const O = toObject(this, 'filter');
    const len = toLength(O.length);
    if (typeof callbackfn !== 'function') notFunction(callbackfn);
    const A = [];
    let to = 0;
    for (let k = 0; k < len; k++) {
      if (k in O) {
        const v = O[k];
        if (__call(callbackfn, thisArg, v, k, O)) A[to++] = v;
      }
    }
    return A;
  },
  some(callbackfn, thisArg) {
    const O = toObject(this, 'some');
    const len = toLength(O.length);
    if (typeof callbackfn !== 'function') notFunction(callbackfn);
    for (let k = 0; k < len; k++) if (k in O && __call(callbackfn, thisArg, O[k], k, O)) return true;
    return false;
  },
  every(callbackfn, thisArg) {
    const O = toObject(this, 'every');
    const len = toLength(O.length);
    if (typeof callbackfn !== 'function') notFunction(callbackfn);
    for (let k = 0; k < len; k++) if (k in O && !__call(callbackfn, thisArg, O[k], k, O)) return false;
    return true;
  },
  find(predicate, thisArg) {
    const O = toObject(this, 'find');
    const len = toLength(O.length);
    if (typeof predicate !== 'function') notFunction(predicate);
    for (let k = 0; k < len; k++) {
      const v = O[k];
      if (__call(predicate, thisArg, v, k, O)) return v;
    }
    return undefined;
  },
  findIndex(predicate, thisArg) {
    const O = toObject(this, 'findIndex');
    const len = toLength(O.length);
    if (typeof predicate !== 'function') notFunction(predicate);
    for (let k = 0; k < len; k++) if (__call(predicate, thisArg, O[k], k, O)) return k;
    return -1;
  },
  findLast(predicate, thisArg) {
    const O = toObject(this, 'findLast');
    const len = toLength(O.length);
    if (typeof predicate !== 'function') notFunction(predicate);
    for (let k = len - 1; k >= 0; k--) {
      const v = O[k];
      if (__call(predicate, thisArg, v, k, O)) return v;
    }
    return undefined;
  },
  findLastIndex(predicate, thisArg) {
    const O = toObject(this, 'findLastIndex');
    const len = toLength(O.length);
    if (typeof predicate !== 'function') notFunction(predicate);
    for (let k = len - 1; k >= 0; k--) if (__call(predicate, thisArg, O[k], k, O)) return k;
    return -1;
  },
  reduce(callbackfn, initialValue) {
    const O = toObject(this, 'reduce');
    const len = toLength(O.length);
    if (typeof callbackfn !== 'function') notFunction(callbackfn);
    let k = 0;
    let acc = initialValue;
    if (__argc() < 2) {
      while (k < len && !(k in O)) k++;
      if (k >= len) reduceEmpty();
      acc = O[k];
      k++;
    }
    for (; k < len; k++) if (k in O) acc = __call(callbackfn, undefined, acc, O[k], k, O);
    return acc;
  },
  reduceRight(callbackfn, initialValue) {
    const O = toObject(this, 'reduceRight');
    const len = toLength(O.length);
    if (typeof callbackfn !== 'function') notFunction(callbackfn);
    let k = len - 1;
    let acc = initialValue;
    if (__argc() < 2) {
      while (k >= 0 && !(k in O)) k--;
      if (k < 0) reduceEmpty();
      acc = O[k];
      k--;
    }
    for (; k >= 0; k--) if (k in O) acc = __call(callbackfn, undefined, acc, O[k], k, O);
    return acc;
  },
};
exports.generic = generic;
const methods = {
  forEach(callbackfn, thisArg) {
    if (!__isArray(this)) return __call(generic.forEach, this, callbackfn, thisArg);
    const a = this;
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    for (let i = 0; i < len; i++) {
      if (__arrayHas(a, i)) __call(callbackfn, thisArg, a[i], i, a);
    }
    return undefined;
  },
  map(callbackfn, thisArg) {
    if (!__isArray(this)) return __call(generic.map, this, callbackfn, thisArg);
    const a = this;
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    const out = [];
    for (let i = 0; i < len; i++) {
      if (__arrayHas(a, i)) out[i] = __call(callbackfn, thisArg, a[i], i, a);
    }
    if (out.length !== len) out.length = len;
    return out;
  },
  filter(callbackfn, thisArg) {
    if (!__isArray(this)) return __call(generic.filter, this, callbackfn, thisArg);
    const a = this;
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    const out = [];
    let k = 0;
    for (let i = 0; i < len; i++) {
      if (__arrayHas(a, i)) {
        const v = a[i];
        if (__call(callbackfn, thisArg, v, i, a)) {
          out[k] = v;
          k++;
        }
      }
    }
    return out;
  },
  some(callbackfn, thisArg) {
    if (!__isArray(this)) return __call(generic.some, this, callbackfn, thisArg);
    const a = this;
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    for (let i = 0; i < len; i++) {
      if (__arrayHas(a, i)) {
        if (__call(callbackfn, thisArg, a[i], i, a)) return true;
      }
    }
    return false;
  },
  every(callbackfn, thisArg) {
    if (!__isArray(this)) return __call(generic.every, this, callbackfn, thisArg);
    const a = this;
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    for (let i = 0; i < len; i++) {
      if (__arrayHas(a, i)) {
        if (__call(callbackfn, thisArg, a[i], i, a)) continue;
        return false;
      }
    }
    return true;
  },
  find(callbackfn, thisArg) {
    if (!__isArray(this)) return __call(generic.find, this, callbackfn, thisArg);
    const a = this;
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    for (let i = 0; i < len; i++) {
      const v = a[i];
      if (__call(callbackfn, thisArg, v, i, a)) return v;
    }
    return undefined;
  },
  findIndex(callbackfn, thisArg) {
    if (!__isArray(this)) return __call(generic.findIndex, this, callbackfn, thisArg);
    const a = this;
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    for (let i = 0; i < len; i++) {
      if (__call(callbackfn, thisArg, a[i], i, a)) return i;
    }
    return -1;
  },
  reduce(callbackfn, initialValue) {
    if (!__isArray(this)) return __argc() < 2 ? __call(generic.reduce, this, callbackfn) : __call(generic.reduce, this, callbackfn, initialValue);
    const a = this;
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    let k = 0;
    let acc = initialValue;
    if (__argc() < 2) {
      while (k < len && !__arrayHas(a, k)) k++;
      if (k >= len) reduceEmpty();
      acc = a[k];
      k++;
    }
    for (; k < len; k++) {
      if (__arrayHas(a, k)) acc = __call(callbackfn, undefined, acc, a[k], k, a);
    }
    return acc;
  },
};
exports.methods = methods;
`;
