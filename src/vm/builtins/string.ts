// String, String.prototype and String.fromCharCode. Strings are host strings
// (the heap cell holds the length and a host id), so each method delegates to
// the host's own implementation of the same method.

import { L } from '../layout';
import type { NativeFn, VM } from '../vm';
import { regexpData } from './regexp';
import { argHi, argInt, argLo, argNum, argStr, method } from './util';
import { boxPrimitive, primitiveOf } from '../wrappers';

type GlobalFn = (name: string, length: number, fn: NativeFn, ctor?: boolean) => number;
type CtorWithProto = (name: string, length: number, fn: NativeFn, proto: number) => number;

export function installString(vm: VM, _globalFn: GlobalFn, ctorWithProto: CtorWithProto): void {
  const stringCtor = ctorWithProto(
    'String',
    1,
    (vm, args, argc, _self, newTarget) => {
      if (argc === 0) vm.retString('');
      else if (argHi(vm, args, argc, 0) === L.TAG_STRING) vm.retValue(argLo(vm, args, argc, 0), L.TAG_STRING);
      else if (argHi(vm, args, argc, 0) === L.TAG_SYMBOL && newTarget === 0) vm.retString(vm.symbolDescriptiveString(argLo(vm, args, argc, 0)));
      else vm.retString(argStr(vm, args, argc, 0));
      // new String(v): a wrapper object.
      if (newTarget !== 0) vm.retValue(boxPrimitive(vm, vm.rlo, vm.rhi), L.TAG_OBJECT);
    },
    vm.stringProto,
  );
  method(vm, stringCtor, 'fromCharCode', 1, (vm, args, argc) => {
    const codes: number[] = [];
    for (let i = 0; i < argc; i++) codes.push(argNum(vm, args, argc, i));
    vm.retString(String.fromCharCode(...codes));
  });

  method(vm, stringCtor, 'raw', 1, (vm, args, argc) => {
    // String.raw called as a function: raw strings from template.raw, substitutions between them.
    const tlo = argLo(vm, args, argc, 0);
    const thi = argHi(vm, args, argc, 0);
    if (thi === L.TAG_UNDEF || thi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
    vm.getProp(tlo, thi, 'raw');
    const rlo = vm.rlo;
    const rhi = vm.rhi;
    if (rhi === L.TAG_UNDEF || rhi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
    vm.protect(rlo, rhi);
    vm.getProp(rlo, rhi, 'length');
    const n = vm.rhi === L.TAG_UNDEF ? 0 : Math.max(0, Math.min(2 ** 53 - 1, Math.trunc(vm.toNumber(vm.rlo, vm.rhi)) || 0));
    let out = '';
    for (let i = 0; i < n; i++) {
      vm.getProp(rlo, rhi, String(i));
      out += vm.toStr(vm.rlo, vm.rhi);
      if (i + 1 < n && i + 1 < argc) out += argStr(vm, args, argc, i + 1);
    }
    vm.unprotect(1);
    vm.retString(out);
  });

  const P = vm.stringProto;
  /** `this` as a string (primitives convert; null/undefined throw like Node). */
  const thisStr = (vm: VM, self: number, name: string): string => {
    const hi = vm.u32[self + 1];
    if (hi === L.TAG_STRING) return vm.str(vm.u32[self]);
    if (primitiveOf(vm, vm.u32[self], hi) && vm.rhi === L.TAG_STRING) return vm.str(vm.rlo);
    if (hi === L.TAG_UNDEF || hi === 0xfff90004) vm.throwError('TypeError', `String.prototype.${name} called on null or undefined`);
    return vm.toStr(vm.u32[self], hi);
  };
  const strMethod = (name: string, length: number, f: (vm: VM, s: string, args: number, argc: number) => void): number =>
    method(vm, P, name, length, (vm, args, argc, self) => f(vm, thisStr(vm, self, name), args, argc));
  const optStr = (vm: VM, args: number, argc: number, i: number): string | undefined =>
    argHi(vm, args, argc, i) === L.TAG_UNDEF ? undefined : argStr(vm, args, argc, i);
  const optNum = (vm: VM, args: number, argc: number, i: number): number | undefined =>
    argHi(vm, args, argc, i) === L.TAG_UNDEF ? undefined : argNum(vm, args, argc, i);

  strMethod('charAt', 1, (vm, s, a, c) => vm.retString(s.charAt(argInt(vm, a, c, 0, 0))));
  strMethod('charCodeAt', 1, (vm, s, a, c) => vm.retNumber(s.charCodeAt(argInt(vm, a, c, 0, 0))));
  strMethod('codePointAt', 1, (vm, s, a, c) => {
    const r = s.codePointAt(argInt(vm, a, c, 0, 0));
    if (r === undefined) vm.retUndef();
    else vm.retNumber(r);
  });
  strMethod('at', 1, (vm, s, a, c) => {
    const r = s.at(argInt(vm, a, c, 0, 0));
    if (r === undefined) vm.retUndef();
    else vm.retString(r);
  });
  strMethod('indexOf', 1, (vm, s, a, c) => vm.retNumber(s.indexOf(argStr(vm, a, c, 0), optNum(vm, a, c, 1))));
  strMethod('lastIndexOf', 1, (vm, s, a, c) => vm.retNumber(s.lastIndexOf(argStr(vm, a, c, 0), optNum(vm, a, c, 1))));
  /** includes/startsWith/endsWith reject a RegExp search string, as the spec's IsRegExp check does. */
  const notRegExp = (vm: VM, a: number, c: number, name: string): string => {
    if (regexpData(vm, argLo(vm, a, c, 0), argHi(vm, a, c, 0))) vm.throwError('TypeError', `First argument to String.prototype.${name} must not be a regular expression`);
    return argStr(vm, a, c, 0);
  };
  strMethod('includes', 1, (vm, s, a, c) => vm.retBool(s.includes(notRegExp(vm, a, c, 'includes'), optNum(vm, a, c, 1))));
  strMethod('startsWith', 1, (vm, s, a, c) => vm.retBool(s.startsWith(notRegExp(vm, a, c, 'startsWith'), optNum(vm, a, c, 1))));
  strMethod('endsWith', 1, (vm, s, a, c) => vm.retBool(s.endsWith(notRegExp(vm, a, c, 'endsWith'), optNum(vm, a, c, 1))));
  strMethod('substring', 2, (vm, s, a, c) => vm.retString(s.substring(argNum(vm, a, c, 0), optNum(vm, a, c, 1))));
  strMethod('substr', 2, (vm, s, a, c) => vm.retString(s.substr(argNum(vm, a, c, 0), optNum(vm, a, c, 1))));
  strMethod('slice', 2, (vm, s, a, c) => vm.retString(s.slice(optNum(vm, a, c, 0), optNum(vm, a, c, 1))));
  strMethod('toUpperCase', 0, (vm, s) => vm.retString(s.toUpperCase()));
  strMethod('toLowerCase', 0, (vm, s) => vm.retString(s.toLowerCase()));
  strMethod('trim', 0, (vm, s) => vm.retString(s.trim()));
  strMethod('trimStart', 0, (vm, s) => vm.retString(s.trimStart()));
  strMethod('trimEnd', 0, (vm, s) => vm.retString(s.trimEnd()));
  strMethod('padStart', 2, (vm, s, a, c) => vm.retString(s.padStart(argNum(vm, a, c, 0), optStr(vm, a, c, 1))));
  strMethod('padEnd', 2, (vm, s, a, c) => vm.retString(s.padEnd(argNum(vm, a, c, 0), optStr(vm, a, c, 1))));
  strMethod('repeat', 1, (vm, s, a, c) => {
    const n = argNum(vm, a, c, 0);
    if (n < 0 || n === Infinity) vm.throwError('RangeError', `Invalid count value: ${n}`);
    vm.retString(s.repeat(n));
  });
  strMethod('concat', 1, (vm, s, a, c) => {
    let r = s;
    for (let i = 0; i < c; i++) r += argStr(vm, a, c, i);
    vm.retString(r);
  });
  strMethod('localeCompare', 1, (vm, s, a, c) => vm.retNumber(s.localeCompare(argStr(vm, a, c, 0))));
  // replace, replaceAll, split (and match, matchAll, search) take regexps: src/vm/builtins/regexp.ts.
  strMethod('normalize', 0, (vm, s, a, c) => {
    const form = argHi(vm, a, c, 0) === L.TAG_UNDEF ? 'NFC' : argStr(vm, a, c, 0);
    if (form !== 'NFC' && form !== 'NFD' && form !== 'NFKC' && form !== 'NFKD') vm.throwError('RangeError', 'The normalization form should be one of NFC, NFD, NFKC, NFKD.');
    vm.retString(s.normalize(form));
  });
  strMethod('toString', 0, (vm, s) => vm.retString(s));
  strMethod('valueOf', 0, (vm, s) => vm.retString(s));
}
