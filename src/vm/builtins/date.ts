// Date and Date.prototype. A VM Date is an ordinary OBJECT (prototype
// Date.prototype, extensible like any object) whose internal slot
// (vm.internals; docs/ARCHITECTURE.md §3) holds its time value, a double.
// The host engine does the calendar arithmetic: every getter, setter and
// formatter runs the host Date method of the same name on a scratch host
// Date set to that time value, with the same number of arguments, so
// overflow normalisation, NaN (invalid) dates, the local time zone and the
// formats are exactly Node's.

import { L } from '../layout';
import type { NativeFn, VM } from '../vm';
import { Mirrors } from './mirror';
import { receiverText } from './regexp';
import { ATTR_HIDDEN } from '../shapes';
import { argHi, argLo, argNum, argStr, isObjectTag, method } from './util';

type CtorWithProto = (name: string, length: number, fn: NativeFn, proto: number) => number;

/** Internal slot of a Date object: its time value (NaN for an invalid date). */
export class DateData {
  readonly tag = 'Date';
  constructor(public t: number) {}
}

/** The host Date every method works on (single-threaded: set, use, done). */
const scratch = new Date(0);

const GETTERS = [
  'getDate', 'getDay', 'getFullYear', 'getHours', 'getMilliseconds', 'getMinutes', 'getMonth', 'getSeconds', 'getTime',
  'getTimezoneOffset', 'getUTCDate', 'getUTCDay', 'getUTCFullYear', 'getUTCHours', 'getUTCMilliseconds', 'getUTCMinutes',
  'getUTCMonth', 'getUTCSeconds', 'getYear', 'valueOf',
] as const;

/** Setters and their `length`. */
const SETTERS: [string, number][] = [
  ['setDate', 1], ['setFullYear', 3], ['setHours', 4], ['setMilliseconds', 1], ['setMinutes', 3], ['setMonth', 2],
  ['setSeconds', 2], ['setTime', 1], ['setUTCDate', 1], ['setUTCFullYear', 3], ['setUTCHours', 4], ['setUTCMilliseconds', 1],
  ['setUTCMinutes', 3], ['setUTCMonth', 2], ['setUTCSeconds', 2], ['setYear', 1],
];

const FORMATTERS = ['toString', 'toDateString', 'toTimeString', 'toISOString', 'toUTCString'] as const;
const LOCALE_FORMATTERS = ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const;

export function dateData(vm: VM, lo: number, hi: number): DateData | undefined {
  if (hi !== L.TAG_OBJECT) return undefined;
  const d = vm.internals.get(lo);
  return d instanceof DateData ? d : undefined;
}

/** Runs a host operation, rethrowing its RangeError or TypeError as the VM's. */
function hostCall<T>(vm: VM, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) vm.throwError('RangeError', e.message);
    if (e instanceof TypeError) vm.throwError('TypeError', e.message);
    throw e;
  }
}

export function installDate(vm: VM, ctorWithProto: CtorWithProto): void {
  const proto = vm.newObject(vm.objectProto);
  vm.pinnedRefs.add(proto);
  vm.dateProto = proto;
  vm.isDate = (ref: number) => vm.internals.get(ref) instanceof DateData;

  const newDate = (protoRef: number, t: number): number => {
    const ref = vm.newObject(protoRef);
    vm.internals.set(ref, new DateData(t));
    return ref;
  };

  const ctor = ctorWithProto(
    'Date',
    7,
    (vm, args, argc, _self, newTarget) => {
      if (!newTarget) return vm.retString(new Date().toString());
      let t: number;
      if (argc === 0) t = Date.now();
      else if (argc === 1) {
        const lo = argLo(vm, args, argc, 0);
        const hi = argHi(vm, args, argc, 0);
        const d = dateData(vm, lo, hi);
        if (d) t = d.t;
        else {
          vm.toPrimitive(lo, hi, 'default');
          t = vm.rhi === L.TAG_STRING ? Date.parse(vm.str(vm.rlo)) : new Date(vm.toNumber(vm.rlo, vm.rhi)).getTime();
        }
      } else {
        const nums: number[] = [];
        for (let i = 0; i < argc && i < 7; i++) nums.push(argNum(vm, args, argc, i));
        for (let i = 7; i < argc; i++) argNum(vm, args, argc, i);
        t = new (Date as unknown as new (...xs: number[]) => Date)(...nums).getTime();
      }
      let p = proto;
      if (newTarget !== ctor) {
        vm.getProp(newTarget, L.TAG_FUNCTION, 'prototype');
        if (isObjectTag(vm.rhi)) p = vm.rlo;
      }
      vm.retValue(newDate(p, t), L.TAG_OBJECT);
    },
    proto,
  );

  method(vm, ctor, 'now', 0, (vm) => vm.retNumber(Date.now()));
  method(vm, ctor, 'parse', 1, (vm, args, argc) => vm.retNumber(Date.parse(argStr(vm, args, argc, 0))));
  method(vm, ctor, 'UTC', 7, (vm, args, argc) => {
    const nums: number[] = [];
    for (let i = 0; i < argc; i++) nums.push(argNum(vm, args, argc, i));
    vm.retNumber((Date.UTC as (...xs: number[]) => number)(...nums));
  });

  /** The internal slot of `this`, or V8's TypeError (the getters word it differently from the other methods). */
  const thisDate = (vm: VM, self: number, name: string): DateData => {
    const d = dateData(vm, vm.u32[self], vm.u32[self + 1]);
    if (!d) {
      if (name.startsWith('get') && name !== 'getYear' || name === 'valueOf') vm.throwError('TypeError', 'this is not a Date object.');
      vm.throwError('TypeError', `Method Date.prototype.${name} called on incompatible receiver ${receiverText(vm, vm.u32[self], vm.u32[self + 1])}`);
    }
    return d;
  };

  for (const name of GETTERS) {
    const f = (Date.prototype as unknown as Record<string, (this: Date) => number>)[name];
    method(vm, proto, name, 0, (vm, _a, _c, self) => {
      const d = thisDate(vm, self, name);
      scratch.setTime(d.t);
      vm.retNumber(f.call(scratch));
    });
  }
  for (const [name, length] of SETTERS) {
    const f = (Date.prototype as unknown as Record<string, (this: Date, ...xs: number[]) => number>)[name];
    method(vm, proto, name, length, (vm, args, argc, self) => {
      const d = thisDate(vm, self, name);
      const nums: number[] = [];
      for (let i = 0; i < argc; i++) nums.push(argNum(vm, args, argc, i));
      scratch.setTime(d.t);
      d.t = f.apply(scratch, nums);
      vm.retNumber(d.t);
    });
  }
  for (const name of FORMATTERS) {
    const f = Date.prototype[name] as (this: Date) => string;
    method(vm, proto, name, 0, (vm, _a, _c, self) => {
      const d = thisDate(vm, self, name);
      scratch.setTime(d.t);
      vm.retString(hostCall(vm, () => f.call(scratch)));
    });
  }
  // toGMTString is the same function object as toUTCString.
  vm.getProp(proto, L.TAG_OBJECT, 'toUTCString');
  vm.addProperty(proto, 'toGMTString', vm.rlo, vm.rhi, ATTR_HIDDEN);
  for (const name of LOCALE_FORMATTERS) {
    const f = Date.prototype[name] as (this: Date, locales?: unknown, options?: unknown) => string;
    method(vm, proto, name, 0, (vm, args, argc, self) => {
      const d = thisDate(vm, self, name);
      // Locales and options go to the host's Intl as host values (a mirror of the VM's).
      const m = new Mirrors(vm);
      const hostArgs: unknown[] = [];
      for (let i = 0; i < argc && i < 2; i++) hostArgs.push(m.value(argLo(vm, args, argc, i), argHi(vm, args, argc, i)));
      scratch.setTime(d.t);
      vm.retString(hostCall(vm, () => f.apply(scratch, hostArgs as [unknown?, unknown?])));
    });
  }
  method(vm, proto, 'toJSON', 1, (vm, _a, _c, self) => {
    // Generic, as the spec has it: ToPrimitive(this, number), then this.toISOString().
    const lo = vm.u32[self];
    const hi = vm.u32[self + 1];
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Date.prototype.toJSON called on null or undefined');
    vm.toPrimitive(lo, hi, 'number');
    if ((vm.rhi < L.TAG_BASE || vm.rhi === L.TAG_INT) && !Number.isFinite(vm.toNumber(vm.rlo, vm.rhi))) return vm.retValue(0, L.TAG_NULL);
    vm.getProp(lo, hi, 'toISOString');
    if (vm.rhi !== L.TAG_FUNCTION) vm.throwError('TypeError', 'toISOString is not a function');
    vm.callFunction(vm.rlo, vm.rhi, lo, hi, []);
  });
}
