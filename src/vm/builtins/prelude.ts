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
// Intrinsics: __isArray(v), __arrayHas(arr, i) (in bounds and not a hole),
// __argc() (arguments passed), __call(f, thisArg, ...args).

export const PRELUDE_FILE = 'lbbv:prelude';

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
const notArray = exports.notArray;
const notFunction = exports.notFunction;
const reduceEmpty = exports.reduceEmpty;
const methods = {
  forEach(callbackfn, thisArg) {
    const a = __isArray(this) ? this : notArray('forEach', this);
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    for (let i = 0; i < len; i++) {
      if (__arrayHas(a, i)) __call(callbackfn, thisArg, a[i], i, a);
    }
    return undefined;
  },
  map(callbackfn, thisArg) {
    const a = __isArray(this) ? this : notArray('map', this);
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
    const a = __isArray(this) ? this : notArray('filter', this);
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
    const a = __isArray(this) ? this : notArray('some', this);
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
    const a = __isArray(this) ? this : notArray('every', this);
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
    const a = __isArray(this) ? this : notArray('find', this);
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    for (let i = 0; i < len; i++) {
      const v = a[i];
      if (__call(callbackfn, thisArg, v, i, a)) return v;
    }
    return undefined;
  },
  findIndex(callbackfn, thisArg) {
    const a = __isArray(this) ? this : notArray('findIndex', this);
    if (typeof callbackfn !== 'function') notFunction(callbackfn);

    const len = a.length;
    for (let i = 0; i < len; i++) {
      if (__call(callbackfn, thisArg, a[i], i, a)) return i;
    }
    return -1;
  },
  reduce(callbackfn, initialValue) {
    const a = __isArray(this) ? this : notArray('reduce', this);
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
