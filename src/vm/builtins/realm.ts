// The realm: the intrinsic prototypes and the global built-ins.
// Each built-in is a native function over host values; the host's own Number,
// String and Math routines provide results that match Node exactly.

import { format } from 'node:util';
import { L } from '../layout';
import * as nodeVm from 'node:vm';
import type { ISeq } from '../../bytecode/iseq';
import { LbbvSyntaxError } from '../../parser/errors';
import { isHostStackOverflow } from '../errors';
import { HF_ARGUMENTS, type NativeFn, TYPEOF_NAMES, type VM } from '../vm';
import { boxPrimitive, primitiveOf } from '../wrappers';
import { installArray } from './array';
import { Mirrors } from './mirror';
import { installHost } from './host';
import { installDate } from './date';
import { jsonRevive, jsonStringify } from './json';
import { installRegExp } from './regexp';
import { installPromise } from './promise';
import { installObjectReflection } from './object';
import { installString } from './string';
import { installSymbol } from './symbol';
import { installCollections } from './collections';
import { captureStack } from '../stack';
import { argHi, argLo, argNum, argStr, constantProp, isObjectTag, method, valueProp } from './util';

export function setupRealm(vm: VM): void {
  // Fundamental objects first: everything else hangs off them.
  vm.objectProto = vm.newObject(0);
  vm.plainShape = vm.rootShape(vm.objectProto, 4);
  vm.functionProto = vm.newObject(vm.objectProto);
  vm.functionShape = vm.rootShape(vm.functionProto, 4);
  vm.arrayProto = vm.newObject(vm.objectProto);
  vm.arrayShape = vm.rootShape(vm.arrayProto, 0);
  vm.stringProto = vm.newObject(vm.objectProto);
  vm.numberProto = vm.newObject(vm.objectProto);
  vm.booleanProto = vm.newObject(vm.objectProto);
  vm.emptyString = vm.pinString('');
  // typeof results are pinned up front: opt_typeof must not allocate.
  for (const t of TYPEOF_NAMES) vm.typeofRefs.push(vm.pinString(t));
  for (let c = 0; c < 256; c++) vm.charStrings.push(vm.newString(String.fromCharCode(c)));

  const global = (name: string, lo: number, hi: number): void => vm.setGlobal(name, lo, hi);
  const globalFn = (name: string, length: number, fn: NativeFn, ctor = false): number => {
    const f = vm.newNativeFunction(name, fn, length, ctor);
    global(name, f, L.TAG_FUNCTION);
    return f;
  };
  /** A constructor with its prototype object wired both ways. */
  const ctorWithProto = (name: string, length: number, fn: NativeFn, proto: number): number => {
    const f = globalFn(name, length, fn, true);
    vm.u32[(f + L.FN_FLAGS) >>> 2] &= ~L.FNF_LAZY_PROTO;
    valueProp(vm, f, 'prototype', proto, L.TAG_OBJECT);
    valueProp(vm, proto, 'constructor', f, L.TAG_FUNCTION);
    return f;
  };

  global('NaN', 0, 0x7ff80000);
  vm.retNumber(Infinity);
  global('Infinity', vm.rlo, vm.rhi);
  global('undefined', 0, L.TAG_UNDEF);

  // ---- Object ----
  const objectCtor = ctorWithProto(
    'Object',
    1,
    (vm, args, argc) => {
      const hi = argHi(vm, args, argc, 0);
      if (isObjectTag(hi)) return vm.retValue(argLo(vm, args, argc, 0), hi);
      // Object(primitive): its wrapper object.
      if (hi === L.TAG_STRING || hi === L.TAG_BOOL || hi === L.TAG_INT || hi < L.TAG_BASE) return vm.retValue(boxPrimitive(vm, argLo(vm, args, argc, 0), hi), L.TAG_OBJECT);
      vm.retValue(vm.newObject(vm.objectProto), L.TAG_OBJECT);
    },
    vm.objectProto,
  );
  installObjectReflection(vm, objectCtor);
  method(vm, objectCtor, 'keys', 1, (vm, args, argc) => {
    const hi = argHi(vm, args, argc, 0);
    const lo = argLo(vm, args, argc, 0);
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
    if (hi === L.TAG_STRING) return vm.retValue(vm.newStringArray(Object.keys(vm.str(lo))), L.TAG_ARRAY);
    if (!isObjectTag(hi)) return vm.retValue(vm.newArray(0), L.TAG_ARRAY);
    vm.retValue(vm.newStringArray(vm.ownKeys(lo, hi)), L.TAG_ARRAY);
  });
  const entriesOf = (vm: VM, args: number, argc: number, kind: 'values' | 'entries'): void => {
    const hi = argHi(vm, args, argc, 0);
    const lo = argLo(vm, args, argc, 0);
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
    const keys = isObjectTag(hi) ? vm.ownKeys(lo, hi) : [];
    const mark = vm.handleMark();
    const out = vm.newArray(0);
    vm.protect(out, L.TAG_ARRAY);
    for (const k of keys) {
      vm.getProp(lo, hi, k);
      if (kind === 'values') vm.arrayPush(out, vm.rlo, vm.rhi);
      else {
        const vlo = vm.rlo,
          vhi = vm.rhi;
        vm.protect(vlo, vhi);
        vm.retString(k);
        const pair = vm.newArrayFrom([vm.rlo, vm.rhi, vlo, vhi]);
        vm.arrayPush(out, pair, L.TAG_ARRAY);
      }
    }
    vm.releaseHandles(mark);
    vm.retValue(out, L.TAG_ARRAY);
  };
  method(vm, objectCtor, 'values', 1, (vm, args, argc) => entriesOf(vm, args, argc, 'values'));
  method(vm, objectCtor, 'entries', 1, (vm, args, argc) => entriesOf(vm, args, argc, 'entries'));
  method(vm, objectCtor, 'getPrototypeOf', 1, (vm, args, argc) => {
    const hi = argHi(vm, args, argc, 0);
    if (!isObjectTag(hi)) return vm.retValue(vm.protoForPrimitive(hi), L.TAG_OBJECT);
    const p = vm.protoOf(argLo(vm, args, argc, 0));
    if (p === 0) return vm.retValue(0, L.TAG_NULL);
    vm.retValue(p, tagOfCell(vm, p));
  });
  method(vm, vm.objectProto, 'hasOwnProperty', 1, (vm, args, argc, self) => {
    const hi = vm.u32[self + 1];
    const key = vm.toPropertyKey(argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    if (typeof key !== 'string') return vm.retBool(isObjectTag(hi) && vm.shapeOf(vm.u32[self]).lookup(key) >= 0);
    if (hi === L.TAG_ARRAY) {
      const idx = Number(key);
      if (key === 'length') return vm.retBool(true);
      if (Number.isInteger(idx) && idx >= 0 && String(idx) === key) {
        const arr = vm.u32[self];
        return vm.retBool(vm.arrayHas(arr, idx));
      }
    }
    if (!isObjectTag(hi)) return vm.retBool(false);
    // Every function owns `name` and `length` (vm.functionIntrinsic), stored or not.
    if (hi === L.TAG_FUNCTION && (key === 'name' || key === 'length')) return vm.retBool(true);
    vm.retBool(vm.shapeOf(vm.u32[self]).lookup(key) >= 0);
  });
  method(vm, vm.objectProto, 'toString', 0, (vm, _a, _c, self) => {
    let hi = vm.u32[self + 1];
    const internal = hi === L.TAG_OBJECT ? (vm.internals.get(vm.u32[self]) as { tag?: string } | undefined) : undefined;
    const builtinTag = internal && internal.tag ? internal.tag : hi === L.TAG_OBJECT && vm.u8[vm.u32[self] + L.HDR_FLAGS] & HF_ARGUMENTS ? 'Arguments' : 'Object';
    // Primitives and their wrappers name their kind.
    if (primitiveOf(vm, vm.u32[self], hi)) hi = vm.rhi;
    const prim = hi === L.TAG_STRING ? 'String' : hi === L.TAG_BOOL ? 'Boolean' : hi === L.TAG_INT || hi < L.TAG_BASE ? 'Number' : null;
    let tag = prim ?? (hi === L.TAG_ARRAY ? 'Array' : hi === L.TAG_FUNCTION ? 'Function' : hi === L.TAG_NULL ? 'Null' : hi === L.TAG_UNDEF ? 'Undefined' : builtinTag);
    const shi = vm.u32[self + 1];
    if (shi !== L.TAG_UNDEF && shi !== L.TAG_NULL && vm.wellKnown.toStringTag >= 0) {
      // A string @@toStringTag (own or inherited) names the object.
      vm.getProp(vm.u32[self], shi, vm.wellKnownKey('toStringTag'));
      if (vm.rhi === L.TAG_STRING) tag = vm.str(vm.rlo);
    }
    vm.retString(`[object ${tag}]`);
  });
  method(vm, vm.objectProto, 'valueOf', 0, (vm, _a, _c, self) => vm.retValue(vm.u32[self], vm.u32[self + 1]));

  // ---- Function ----
  // new Function(p1, …, body): the source V8 builds, compiled by our compiler as global code.
  const functionCtor = ctorWithProto(
    'Function',
    1,
    (vm, args, argc) => {
      const strs: string[] = [];
      for (let i = 0; i < argc; i++) strs.push(vm.toStr(vm.u32[args + 2 * i], vm.u32[args + 2 * i + 1]));
      const body = argc > 0 ? strs[argc - 1] : '';
      const src = `(function anonymous(${strs.slice(0, -1).join(',')}\n) {\n${body}\n})`;
      runGlobalCode(vm, src, 'anonymous', () => new Function(...strs), 0, L.TAG_UNDEF);
    },
    vm.functionProto,
  );
  // Indirect eval: global code; the value of its last expression statement.
  const evalFn = globalFn('eval', 1, (vm, args, argc) => {
    if (argc === 0 || vm.u32[args + 1] !== L.TAG_STRING) return vm.retValue(argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    const src = vm.str(vm.u32[args]);
    // Global code's `this` is globalThis.
    const q = vm.globalQ(vm.globalSlot('globalThis'));
    runGlobalCode(vm, src, 'eval', () => new nodeVm.Script(src), vm.u32[q], vm.u32[q + 1]);
  });
  void functionCtor;
  vm.evalNativeId = vm.u32[(evalFn + L.FN_ISEQ) >>> 2];
  const callFn = method(vm, vm.functionProto, 'call', 1, (vm, args, argc, self) => {
    const words: number[] = [];
    for (let i = 1; i < argc; i++) words.push(vm.u32[args + 2 * i], vm.u32[args + 2 * i + 1]);
    vm.callFunction(vm.u32[self], vm.u32[self + 1], argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), words);
  });
  const applyFn = method(vm, vm.functionProto, 'apply', 2, (vm, args, argc, self) => {
    const words: number[] = [];
    if (argHi(vm, args, argc, 1) === L.TAG_ARRAY) {
      const arr = argLo(vm, args, argc, 1);
      const n = vm.arrayLen(arr);
      if (n > 65535) vm.throwError('RangeError', 'Maximum call stack size exceeded');
      for (let i = 0; i < n; i++) {
        vm.arrayGet(arr, i);
        words.push(vm.rlo, vm.rhi);
      }
    } else if (argHi(vm, args, argc, 1) === L.TAG_OBJECT || argHi(vm, args, argc, 1) === L.TAG_FUNCTION) {
      // An array-like (an arguments object): its length, then its indexed properties.
      const lo = argLo(vm, args, argc, 1);
      const hi = argHi(vm, args, argc, 1);
      vm.getProp(lo, hi, 'length');
      const n = vm.toNumber(vm.rlo, vm.rhi) >>> 0;
      if (n > 65535) vm.throwError('RangeError', 'Maximum call stack size exceeded');
      for (let i = 0; i < n; i++) {
        vm.getProp(lo, hi, String(i));
        words.push(vm.rlo, vm.rhi);
      }
    } else if (argHi(vm, args, argc, 1) !== L.TAG_UNDEF && argHi(vm, args, argc, 1) !== L.TAG_NULL) {
      vm.throwError('TypeError', 'CreateListFromArrayLike called on non-object');
    }
    vm.callFunction(vm.u32[self], vm.u32[self + 1], argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), words);
  });
  // vm.enterFunction turns calls of these two into the calls they make (no host recursion).
  vm.callNativeId = vm.u32[(callFn + L.FN_ISEQ) >>> 2];
  vm.applyNativeId = vm.u32[(applyFn + L.FN_ISEQ) >>> 2];
  // Bound functions: one native for all, reading its function cell from the callee slot (self - 2).
  vm.boundNativeId = vm.registerNative('bound', (vm, args, argc, self, newTarget) => {
    const u32 = vm.u32;
    const bf = u32[self - 2];
    const target = u32[(bf + L.FN_HOME) >>> 2];
    const bound = u32[(bf + L.FN_FIELDS) >>> 2];
    const words: number[] = [];
    const nb = bound ? vm.arrayLength(bound) : 0;
    if (nb > 0) {
      const q = vm.elementQ(bound, 0);
      for (let i = 0; i < 2 * nb; i++) words.push(u32[q + i]);
    }
    for (let i = 0; i < 2 * argc; i++) words.push(u32[args + i]);
    if (newTarget) vm.constructFunction(target, L.TAG_FUNCTION, words, newTarget === bf ? target : newTarget);
    else vm.callFunction(target, L.TAG_FUNCTION, u32[(bf + L.FN_THIS) >>> 2], u32[(bf + L.FN_THIS + 4) >>> 2], words);
  }, 0, true);
  method(vm, vm.functionProto, 'bind', 1, (vm, args, argc, self) => {
    const u32 = vm.u32;
    if (u32[self + 1] !== L.TAG_FUNCTION) vm.throwError('TypeError', 'Bind must be called on a function');
    const mark = vm.handleMark();
    let bound = 0;
    if (argc > 1) {
      const words: number[] = [];
      for (let i = 2; i < 2 * argc; i++) words.push(u32[args + i]);
      bound = vm.newArrayFrom(words);
      vm.protect(bound, L.TAG_ARRAY);
    }
    const target = u32[self];
    const fn = vm.newFunction(vm.boundNativeId, 0, L.FNF_NATIVE | (vm.isConstructor(target) ? 0 : L.FNF_METHOD), argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    vm.releaseHandles(mark);
    u32[(fn + L.FN_HOME) >>> 2] = target;
    u32[(fn + L.FN_FIELDS) >>> 2] = bound;
    vm.retValue(fn, L.TAG_FUNCTION);
  });
  // The function's source text, as V8 keeps it; built-ins (and bound functions) print [native code].
  method(vm, vm.functionProto, 'toString', 0, (vm, _a, _c, self) => {
    if (vm.u32[self + 1] !== L.TAG_FUNCTION) vm.throwError('TypeError', 'Function.prototype.toString requires that \'this\' be a Function');
    const fn = vm.u32[self];
    if (vm.isBound(fn)) return vm.retString('function () { [native code] }');
    if (!(vm.u32[(fn + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE)) {
      const iseq = vm.iseqs[vm.u32[(fn + L.FN_ISEQ) >>> 2]];
      if (iseq.source !== null) return vm.retString(iseq.source.slice(iseq.srcStart, iseq.srcEnd));
    }
    vm.retString(`function ${vm.functionName(fn)}() { [native code] }`);
  });

  // ---- Boolean, Number, String, Symbol-free primitives ----
  ctorWithProto(
    'Boolean',
    1,
    (vm, args, argc, _self, newTarget) => {
      vm.retBool(argc > 0 && vm.truthy(vm.u32[args], vm.u32[args + 1]));
      if (newTarget !== 0) vm.retValue(boxPrimitive(vm, vm.rlo, vm.rhi), L.TAG_OBJECT);
    },
    vm.booleanProto,
  );
  /** `this` of Boolean.prototype methods: a boolean or its wrapper. */
  const thisBool = (vm: VM, self: number, name: string): boolean => {
    let lo = vm.u32[self];
    let hi = vm.u32[self + 1];
    if (primitiveOf(vm, lo, hi)) {
      lo = vm.rlo;
      hi = vm.rhi;
    }
    if (hi !== L.TAG_BOOL) vm.throwError('TypeError', `Boolean.prototype.${name} requires that 'this' be a Boolean`);
    return lo !== 0;
  };
  method(vm, vm.booleanProto, 'toString', 0, (vm, _a, _c, self) => vm.retString(thisBool(vm, self, 'toString') ? 'true' : 'false'));
  method(vm, vm.booleanProto, 'valueOf', 0, (vm, _a, _c, self) => vm.retBool(thisBool(vm, self, 'valueOf')));

  const numberCtor = ctorWithProto(
    'Number',
    1,
    (vm, args, argc, _self, newTarget) => {
      vm.retNumber(argc === 0 ? 0 : argNum(vm, args, argc, 0));
      if (newTarget !== 0) vm.retValue(boxPrimitive(vm, vm.rlo, vm.rhi), L.TAG_OBJECT);
    },
    vm.numberProto,
  );
  const thisNumber = (vm: VM, self: number, name: string): number => {
    if (primitiveOf(vm, vm.u32[self], vm.u32[self + 1]) && (vm.rhi === L.TAG_INT || vm.rhi < 0xfff90000)) return vm.rhi === L.TAG_INT ? vm.rlo | 0 : vm.toNumber(vm.rlo, vm.rhi);
    const hi = vm.u32[self + 1];
    if (!(hi === L.TAG_INT || hi < 0xfff90000)) vm.throwError('TypeError', `Number.prototype.${name} requires that 'this' be a Number`);
    return vm.numberAt(self);
  };
  method(vm, vm.numberProto, 'toString', 1, (vm, args, argc, self) => {
    const x = thisNumber(vm, self, 'toString');
    const r = argHi(vm, args, argc, 0) === L.TAG_UNDEF ? 10 : Math.trunc(argNum(vm, args, argc, 0));
    if (!(r >= 2 && r <= 36)) vm.throwError('RangeError', 'toString() radix argument must be between 2 and 36');
    vm.retString(x.toString(r));
  });
  method(vm, vm.numberProto, 'toFixed', 1, (vm, args, argc, self) => {
    const x = thisNumber(vm, self, 'toFixed');
    const d = argHi(vm, args, argc, 0) === L.TAG_UNDEF ? 0 : Math.trunc(argNum(vm, args, argc, 0)) || 0;
    if (!(d >= 0 && d <= 100)) vm.throwError('RangeError', 'toFixed() digits argument must be between 0 and 100');
    vm.retString(x.toFixed(d));
  });
  method(vm, vm.numberProto, 'toPrecision', 1, (vm, args, argc, self) => {
    const x = thisNumber(vm, self, 'toPrecision');
    if (argHi(vm, args, argc, 0) === L.TAG_UNDEF) return vm.retString(String(x));
    const p = Math.trunc(argNum(vm, args, argc, 0));
    if (!(p >= 1 && p <= 100)) vm.throwError('RangeError', 'toPrecision() argument must be between 1 and 100');
    vm.retString(x.toPrecision(p));
  });
  method(vm, vm.numberProto, 'toExponential', 1, (vm, args, argc, self) => {
    const x = thisNumber(vm, self, 'toExponential');
    const undef = argHi(vm, args, argc, 0) === L.TAG_UNDEF;
    const f = undef ? 0 : Math.trunc(argNum(vm, args, argc, 0)) || 0;
    if (!Number.isFinite(x)) return vm.retString(String(x));
    if (!(f >= 0 && f <= 100)) vm.throwError('RangeError', 'toExponential() argument must be between 0 and 100');
    vm.retString(undef ? x.toExponential() : x.toExponential(f));
  });
  method(vm, vm.numberProto, 'valueOf', 0, (vm, _a, _c, self) => vm.retNumber(thisNumber(vm, self, 'valueOf')));
  constantProp(vm, numberCtor, 'MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER);
  constantProp(vm, numberCtor, 'MIN_SAFE_INTEGER', Number.MIN_SAFE_INTEGER);
  constantProp(vm, numberCtor, 'MAX_VALUE', Number.MAX_VALUE);
  constantProp(vm, numberCtor, 'MIN_VALUE', Number.MIN_VALUE);
  constantProp(vm, numberCtor, 'EPSILON', Number.EPSILON);
  constantProp(vm, numberCtor, 'POSITIVE_INFINITY', Infinity);
  constantProp(vm, numberCtor, 'NEGATIVE_INFINITY', -Infinity);
  constantProp(vm, numberCtor, 'NaN', NaN);
  const numPred = (name: string, pred: (x: number) => boolean): void => {
    method(vm, numberCtor, name, 1, (vm, args, argc) => {
      const hi = argHi(vm, args, argc, 0);
      vm.retBool((hi === L.TAG_INT || hi < 0xfff90000) && pred(vm.numberAt(args)));
    });
  };
  numPred('isInteger', Number.isInteger);
  numPred('isFinite', Number.isFinite);
  numPred('isNaN', Number.isNaN);
  numPred('isSafeInteger', Number.isSafeInteger);

  const parseIntFn = globalFn('parseInt', 2, (vm, args, argc) => {
    const s = argStr(vm, args, argc, 0);
    vm.retNumber(argc > 1 ? parseInt(s, argNum(vm, args, argc, 1)) : parseInt(s));
  });
  const parseFloatFn = globalFn('parseFloat', 1, (vm, args, argc) => vm.retNumber(parseFloat(argStr(vm, args, argc, 0))));
  valueProp(vm, numberCtor, 'parseInt', parseIntFn, L.TAG_FUNCTION);
  valueProp(vm, numberCtor, 'parseFloat', parseFloatFn, L.TAG_FUNCTION);
  globalFn('isNaN', 1, (vm, args, argc) => vm.retBool(isNaN(argNum(vm, args, argc, 0))));
  globalFn('isFinite', 1, (vm, args, argc) => vm.retBool(isFinite(argNum(vm, args, argc, 0))));

  installSymbol(vm, ctorWithProto);
  installCollections(vm, ctorWithProto);
  installString(vm, globalFn, ctorWithProto);
  installArray(vm, ctorWithProto);
  installRegExp(vm, ctorWithProto);
  installDate(vm, ctorWithProto);
  installMath(vm, global);
  installErrors(vm, ctorWithProto);
  installConsoleAndJSON(vm, global);
  installHost(vm, global);
  installPromise(vm, ctorWithProto);
  global('globalThis', vm.newObject(vm.objectProto), L.TAG_OBJECT);
}

/** The value tag for a cell reference. */
export function tagOfCell(vm: VM, ref: number): number {
  switch (vm.u8[ref]) {
    case L.K_FUNCTION:
      return L.TAG_FUNCTION;
    case 4:
      return L.TAG_ARRAY;
    case 2:
      return L.TAG_STRING;
    default:
      return L.TAG_OBJECT;
  }
}

function installMath(vm: VM, global: (name: string, lo: number, hi: number) => void): void {
  const math = vm.newObject(vm.objectProto);
  global('Math', math, L.TAG_OBJECT);
  // One function literal each, so that every built-in calls its Math function from a call site of its own (monomorphic).
  const unary: [string, Parameters<typeof method>[4]][] = [
    ['abs', (vm, args, argc) => vm.retNumber(Math.abs(argNum(vm, args, argc, 0)))],
    ['floor', (vm, args, argc) => vm.retNumber(Math.floor(argNum(vm, args, argc, 0)))],
    ['ceil', (vm, args, argc) => vm.retNumber(Math.ceil(argNum(vm, args, argc, 0)))],
    ['round', (vm, args, argc) => vm.retNumber(Math.round(argNum(vm, args, argc, 0)))],
    ['trunc', (vm, args, argc) => vm.retNumber(Math.trunc(argNum(vm, args, argc, 0)))],
    ['sign', (vm, args, argc) => vm.retNumber(Math.sign(argNum(vm, args, argc, 0)))],
    ['sqrt', (vm, args, argc) => vm.retNumber(Math.sqrt(argNum(vm, args, argc, 0)))],
    ['cbrt', (vm, args, argc) => vm.retNumber(Math.cbrt(argNum(vm, args, argc, 0)))],
    ['sin', (vm, args, argc) => vm.retNumber(Math.sin(argNum(vm, args, argc, 0)))],
    ['cos', (vm, args, argc) => vm.retNumber(Math.cos(argNum(vm, args, argc, 0)))],
    ['tan', (vm, args, argc) => vm.retNumber(Math.tan(argNum(vm, args, argc, 0)))],
    ['asin', (vm, args, argc) => vm.retNumber(Math.asin(argNum(vm, args, argc, 0)))],
    ['acos', (vm, args, argc) => vm.retNumber(Math.acos(argNum(vm, args, argc, 0)))],
    ['atan', (vm, args, argc) => vm.retNumber(Math.atan(argNum(vm, args, argc, 0)))],
    ['sinh', (vm, args, argc) => vm.retNumber(Math.sinh(argNum(vm, args, argc, 0)))],
    ['cosh', (vm, args, argc) => vm.retNumber(Math.cosh(argNum(vm, args, argc, 0)))],
    ['tanh', (vm, args, argc) => vm.retNumber(Math.tanh(argNum(vm, args, argc, 0)))],
    ['exp', (vm, args, argc) => vm.retNumber(Math.exp(argNum(vm, args, argc, 0)))],
    ['expm1', (vm, args, argc) => vm.retNumber(Math.expm1(argNum(vm, args, argc, 0)))],
    ['log', (vm, args, argc) => vm.retNumber(Math.log(argNum(vm, args, argc, 0)))],
    ['log2', (vm, args, argc) => vm.retNumber(Math.log2(argNum(vm, args, argc, 0)))],
    ['log10', (vm, args, argc) => vm.retNumber(Math.log10(argNum(vm, args, argc, 0)))],
    ['log1p', (vm, args, argc) => vm.retNumber(Math.log1p(argNum(vm, args, argc, 0)))],
    ['fround', (vm, args, argc) => vm.retNumber(Math.fround(argNum(vm, args, argc, 0)))],
    ['clz32', (vm, args, argc) => vm.retNumber(Math.clz32(argNum(vm, args, argc, 0)))],
  ];
  for (const [name, impl] of unary) {
    method(vm, math, name, 1, impl);
  }
  method(vm, math, 'atan2', 2, (vm, args, argc) => vm.retNumber(Math.atan2(argNum(vm, args, argc, 0), argNum(vm, args, argc, 1))));
  method(vm, math, 'pow', 2, (vm, args, argc) => vm.retNumber(Math.pow(argNum(vm, args, argc, 0), argNum(vm, args, argc, 1))));
  method(vm, math, 'imul', 2, (vm, args, argc) => vm.retNumber(Math.imul(argNum(vm, args, argc, 0), argNum(vm, args, argc, 1))));
  const variadic = (name: string, f: (...xs: number[]) => number): void => {
    method(vm, math, name, 2, (vm, args, argc) => {
      const xs: number[] = [];
      for (let i = 0; i < argc; i++) xs.push(argNum(vm, args, argc, i));
      vm.retNumber(f(...xs));
    });
  };
  variadic('min', Math.min);
  variadic('max', Math.max);
  variadic('hypot', Math.hypot);
  method(vm, math, 'random', 0, (vm) => vm.retNumber(Math.random()));
  const consts: [string, number][] = [
    ['PI', Math.PI],
    ['E', Math.E],
    ['LN2', Math.LN2],
    ['LN10', Math.LN10],
    ['LOG2E', Math.LOG2E],
    ['LOG10E', Math.LOG10E],
    ['SQRT2', Math.SQRT2],
    ['SQRT1_2', Math.SQRT1_2],
  ];
  for (const [name, x] of consts) constantProp(vm, math, name, x);
}

function installErrors(vm: VM, ctorWithProto: (name: string, length: number, fn: NativeFn, proto: number) => number): void {
  const make = (name: string, parentProto: number, parentCtor: number): number => {
    const proto = vm.newObject(parentProto);
    vm.pinnedRefs.add(proto);
    const ctor = ctorWithProto(
      name,
      1,
      (vm, args, argc, _self, newTarget) => {
        // Error(msg) and new Error(msg) both construct; a subclass's new.target supplies the prototype.
        let p = proto;
        if (newTarget) {
          vm.getProp(newTarget, L.TAG_FUNCTION, 'prototype');
          if (isObjectTag(vm.rhi)) p = vm.rlo;
        }
        const err = vm.newObject(p);
        const msgHi = argHi(vm, args, argc, 0);
        // new Sub() of a subclass: V8 hides the frames up to Sub's (its constructors).
        const skip = newTarget && !(vm.u32[(newTarget + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE) ? newTarget : 0;
        vm.initError(err, name, msgHi === L.TAG_UNDEF ? undefined : argStr(vm, args, argc, 0), skip);
        vm.retValue(err, L.TAG_OBJECT);
      },
      proto,
    );
    if (parentCtor) {
      // TypeError.__proto__ === Error, keeping the properties defined so far.
      vm.rootShape(parentCtor, 4);
      const moved = vm.shapes.withProto(vm.shapeOf(ctor), parentCtor);
      vm.u32[(ctor + 8) >>> 2] = moved.id;
      // The new shape's field types must cover the values the object brings along.
      for (let i = 0; i < moved.keys.length; i++) vm.shapes.noteStore(moved, i, vm.u32[vm.slotQ(ctor, moved, i) + 1]);
    }
    vm.retString(name);
    valueProp(vm, proto, 'name', vm.rlo, vm.rhi);
    vm.retString('');
    valueProp(vm, proto, 'message', vm.rlo, vm.rhi);
    vm.errorCtors.set(name, ctor);
    return ctor;
  };
  const error = make('Error', vm.objectProto, 0);
  vm.getProp(error, L.TAG_FUNCTION, 'prototype');
  vm.errorProto = vm.rlo;
  method(vm, vm.errorProto, 'toString', 0, (vm, _a, _c, self) => {
    const lo = vm.u32[self],
      hi = vm.u32[self + 1];
    vm.getProp(lo, hi, 'name');
    const name = vm.rhi === L.TAG_UNDEF ? 'Error' : vm.toStr(vm.rlo, vm.rhi);
    vm.getProp(lo, hi, 'message');
    const msg = vm.rhi === L.TAG_UNDEF ? '' : vm.toStr(vm.rlo, vm.rhi);
    vm.retString(name && msg ? `${name}: ${msg}` : name || msg);
  });
  for (const name of ['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError']) make(name, vm.errorProto, error);
  // Error.stackTraceLimit (read at each capture) and Error.captureStackTrace(obj[, fn]), as V8's.
  vm.retNumber(10);
  vm.addProperty(error, 'stackTraceLimit', vm.rlo, vm.rhi, 0);
  method(vm, error, 'captureStackTrace', 2, (vm, args, argc) => {
    if (!isObjectTag(argHi(vm, args, argc, 0))) vm.throwError('TypeError', 'invalid_argument');
    const fn = argHi(vm, args, argc, 1) === L.TAG_FUNCTION ? argLo(vm, args, argc, 1) : 0;
    captureStack(vm, argLo(vm, args, argc, 0), fn);
    vm.retUndef();
  });
}

function installConsoleAndJSON(vm: VM, global: (name: string, lo: number, hi: number) => void): void {
  const console = vm.newObject(vm.objectProto);
  global('console', console, L.TAG_OBJECT);
  const printer = (write: (s: string) => void): NativeFn => {
    return (vm, args, argc) => {
      const m = new Mirrors(vm);
      const xs: unknown[] = [];
      for (let i = 0; i < argc; i++) xs.push(m.value(vm.u32[args + 2 * i], vm.u32[args + 2 * i + 1]));
      write(format(...xs) + '\n');
    };
  };
  const out = printer((s) => vm.stdout(s));
  const err = printer((s) => vm.stderr(s));
  method(vm, console, 'log', 0, out);
  method(vm, console, 'info', 0, out);
  method(vm, console, 'debug', 0, out);
  method(vm, console, 'error', 0, err);
  method(vm, console, 'warn', 0, err);

  const json = vm.newObject(vm.objectProto);
  global('JSON', json, L.TAG_OBJECT);
  method(vm, json, 'stringify', 3, (vm, args, argc) => jsonStringify(vm, args, argc));
  method(vm, json, 'parse', 2, (vm, args, argc) => {
    const text = argStr(vm, args, argc, 0);
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      if (isHostStackOverflow(e)) throw e;
      vm.throwError('SyntaxError', (e as Error).message);
    }
    fromHost(vm, v);
    if (argHi(vm, args, argc, 1) === L.TAG_FUNCTION) jsonRevive(vm, argLo(vm, args, argc, 1), L.TAG_FUNCTION);
  });
}

/** Builds a VM value from plain host data (JSON.parse results); result in the result registers. */
export function fromHost(vm: VM, v: unknown): void {
  if (v === null) return vm.retValue(0, L.TAG_NULL);
  if (v === undefined) return vm.retUndef();
  if (typeof v === 'number') return vm.retNumber(v);
  if (typeof v === 'boolean') return vm.retBool(v);
  if (typeof v === 'string') return vm.retString(v);
  const mark = vm.handleMark();
  if (Array.isArray(v)) {
    const arr = vm.newArray(0);
    vm.protect(arr, L.TAG_ARRAY);
    for (const x of v) {
      fromHost(vm, x);
      vm.arrayPush(arr, vm.rlo, vm.rhi);
    }
    vm.releaseHandles(mark);
    return vm.retValue(arr, L.TAG_ARRAY);
  }
  const obj = vm.newObject(vm.objectProto);
  vm.protect(obj, L.TAG_OBJECT);
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    fromHost(vm, x);
    vm.defineOwn(obj, k, vm.rlo, vm.rhi);
  }
  vm.releaseHandles(mark);
  vm.retValue(obj, L.TAG_OBJECT);
}

/**
 * Compiles `src` as global code (vm.compileGlobal) and runs it with the given
 * `this`; the value of its last expression statement is left in vm.rlo/rhi.
 * A syntax error becomes a catchable SyntaxError, with V8's message when the
 * host's parser (hostParse, which never runs the code) rejects the text too,
 * and our own message (for example "… is not supported") otherwise.
 */
function runGlobalCode(vm: VM, src: string, file: string, hostParse: () => unknown, thisLo: number, thisHi: number): void {
  let iseq: ISeq;
  try {
    iseq = vm.compileGlobal!(src, file);
  } catch (e) {
    if (!(e instanceof LbbvSyntaxError)) throw e;
    let msg = e.message;
    try {
      hostParse();
    } catch (h) {
      if (h instanceof SyntaxError) msg = h.message;
    }
    vm.throwError('SyntaxError', msg);
  }
  const fn = vm.newFunction(iseq.id, 0, L.FNF_METHOD);
  vm.callFunction(fn, L.TAG_FUNCTION, thisLo, thisHi, []);
}
