// Promise, queueMicrotask, timers and %GeneratorPrototype% (docs/ARCHITECTURE.md §8).
// The machinery (promise records, queues, the loop) is src/vm/eventloop.ts;
// suspending frames are src/vm/generators.ts.

import { Thrown } from '../errors';
import { EventLoop, PromiseRecord } from '../eventloop';
import { generatorResume, genNativeIds, Resume } from '../generators';
import { iterClose, iterDone, iterOpen, iterStep } from '../iteration';
import type { Heap } from '../heap';
import { HF_INTERNAL_REFS, L } from '../layout';
import { ATTR_HIDDEN, ATTR_READONLY } from '../shapes';
import type { NativeFn, VM } from '../vm';
import { describe } from './array';
import { argHi, argLo, argNum, isObjectTag, method } from './util';

type CtorWithProto = (name: string, length: number, fn: NativeFn, proto: number) => number;

/** Shared state of one Promise.all / allSettled / any call. */
class Aggregate {
  remaining = 1;
  constructor(
    readonly values: number,
    readonly promise: number,
  ) {}
}

/** An element function's own state: its index and whether it ran. */
class ElementState {
  called = false;
  constructor(
    readonly agg: Aggregate,
    readonly index: number,
    readonly kind: 'all' | 'fulfilled' | 'rejected' | 'any',
  ) {}
  markRefs(h: Heap): void {
    h.mark(this.agg.values);
    h.mark(this.agg.promise);
  }
}

/** GetIterator(value) into the record at q (iteration.ts), with V8's messages for values that are not iterable. */
function openIterable(vm: VM, lo: number, hi: number, q: number): void {
  if (!(hi === L.TAG_ARRAY || hi === L.TAG_STRING)) {
    const t = hi === L.TAG_UNDEF ? 'undefined' : hi === L.TAG_NULL ? 'null' : isObjectTag(hi) ? (hi === L.TAG_FUNCTION ? 'function' : 'object') : `${vm.typeOf(lo, hi)} ${vm.toStr(lo, hi)}`;
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', `${t} is not iterable (cannot read property Symbol(Symbol.iterator))`);
    vm.getProp(lo, hi, vm.wellKnownKey('iterator'));
    if (vm.rhi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${t} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  iterOpen(vm, lo, hi, q, 'object');
}

export function installPromise(vm: VM, ctorWithProto: CtorWithProto): void {
  const loop = new EventLoop(vm);
  vm.async = loop;
  const u32 = vm.u32;

  loop.resolveFnId = vm.registerNative('', (vm, args, argc, self) => loop.resolvingCall(self - 2, false, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)), 1);
  loop.rejectFnId = vm.registerNative('', (vm, args, argc, self) => loop.resolvingCall(self - 2, true, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)), 1);

  // ---- Promise ----
  const proto = vm.newObject(vm.objectProto);
  vm.pinnedRefs.add(proto);
  loop.promiseProto = proto;
  const ctor = ctorWithProto(
    'Promise',
    1,
    (vm, args, argc, _self, newTarget) => {
      if (newTarget === 0) vm.throwError('TypeError', "Promise constructor cannot be invoked without 'new'");
      const elo = argLo(vm, args, argc, 0);
      const ehi = argHi(vm, args, argc, 0);
      if (ehi !== L.TAG_FUNCTION) vm.throwError('TypeError', `Promise resolver ${describeArg(vm, elo, ehi)} is not a function`);
      let p: number;
      if (newTarget === loop.promiseCtor) p = loop.newPromise();
      else {
        vm.getProp(newTarget, L.TAG_FUNCTION, 'prototype');
        p = loop.newPromise(isObjectTag(vm.rhi) ? vm.rlo : proto);
      }
      const mark = vm.handleMark();
      vm.protect(p, L.TAG_OBJECT);
      const [res, rej] = loop.resolvingFunctions(p);
      vm.protect(res, L.TAG_FUNCTION);
      vm.protect(rej, L.TAG_FUNCTION);
      try {
        vm.callFunction(elo, ehi, 0, L.TAG_UNDEF, [res, L.TAG_FUNCTION, rej, L.TAG_FUNCTION]);
      } catch (e) {
        if (!(e instanceof Thrown)) throw e;
        vm.callFunction(rej, L.TAG_FUNCTION, 0, L.TAG_UNDEF, [e.lo, e.hi]);
      }
      vm.releaseHandles(mark);
      vm.retValue(p, L.TAG_OBJECT);
    },
    proto,
  );
  loop.promiseCtor = ctor;
  vm.pinnedRefs.add(ctor);
  toStringTag(vm, proto, 'Promise');

  const thisPromise = (vm: VM, self: number, name: string): PromiseRecord => {
    const r = loop.record(u32[self], u32[self + 1]);
    if (r === null) vm.throwError('TypeError', `Method Promise.prototype.${name} called on incompatible receiver ${describeArg(vm, u32[self], u32[self + 1])}`);
    return r;
  };
  const then = (vm: VM, p: number, flo: number, fhi: number, rlo: number, rhi: number): number => {
    vm.protect(p, L.TAG_OBJECT);
    const derived = loop.newPromise();
    vm.unprotect(1);
    loop.then(p, { flo, fhi: fhi === L.TAG_FUNCTION ? fhi : L.TAG_UNDEF, rlo, rhi: rhi === L.TAG_FUNCTION ? rhi : L.TAG_UNDEF, derived, act: 0 });
    return derived;
  };
  method(vm, proto, 'then', 2, (vm, args, argc, self) => {
    thisPromise(vm, self, 'then');
    const d = then(vm, u32[self], argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), argLo(vm, args, argc, 1), argHi(vm, args, argc, 1));
    vm.retValue(d, L.TAG_OBJECT);
  });
  // catch and finally call `then` through the property, as the spec does (subclasses and thenables see it).
  const invokeThen = (vm: VM, self: number, words: number[]): void => {
    const lo = u32[self];
    const hi = u32[self + 1];
    vm.getProp(lo, hi, 'then');
    if (vm.rhi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${describeArg(vm, vm.rlo, vm.rhi)} is not a function`);
    vm.callFunction(vm.rlo, vm.rhi, lo, hi, words);
  };
  method(vm, proto, 'catch', 1, (vm, args, argc, self) => invokeThen(vm, self, [0, L.TAG_UNDEF, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)]));
  // finally(f): then(v => Promise.resolve(f()).then(() => v), e => Promise.resolve(f()).then(() => { throw e })).
  const finallyId = vm.registerNative('', (vm, args, argc, self) => {
    const st = vm.internals.get(u32[(u32[self - 2] + L.FN_HOME) >>> 2]) as FinallyState;
    vm.callFunction(st.flo, st.fhi, 0, L.TAG_UNDEF, []);
    const p = loop.promiseResolve(vm.rlo, vm.rhi);
    vm.protect(p, L.TAG_OBJECT);
    const vlo = argLo(vm, args, argc, 0);
    const vhi = argHi(vm, args, argc, 0);
    const thunk = newStateFunction(vm, st.thunkId, new ValueState(vlo, vhi), 0);
    vm.protect(thunk, L.TAG_FUNCTION);
    vm.getProp(p, L.TAG_OBJECT, 'then');
    vm.callFunction(vm.rlo, vm.rhi, p, L.TAG_OBJECT, [thunk, L.TAG_FUNCTION]);
    vm.unprotect(2);
  }, 1);
  const valueThunkId = vm.registerNative('', (vm, _a, _c, self) => {
    const st = vm.internals.get(u32[(u32[self - 2] + L.FN_HOME) >>> 2]) as ValueState;
    vm.retValue(st.lo, st.hi);
  }, 0);
  const throwerId = vm.registerNative('', (vm, _a, _c, self) => {
    const st = vm.internals.get(u32[(u32[self - 2] + L.FN_HOME) >>> 2]) as ValueState;
    throw new Thrown(st.lo, st.hi);
  }, 0);
  method(vm, proto, 'finally', 1, (vm, args, argc, self) => {
    const flo = argLo(vm, args, argc, 0);
    const fhi = argHi(vm, args, argc, 0);
    if (fhi !== L.TAG_FUNCTION) return invokeThen(vm, self, [flo, fhi, flo, fhi]);
    const mark = vm.handleMark();
    const onF = newStateFunction(vm, finallyId, new FinallyState(flo, fhi, valueThunkId), 1);
    vm.protect(onF, L.TAG_FUNCTION);
    const onR = newStateFunction(vm, finallyId, new FinallyState(flo, fhi, throwerId), 1);
    vm.protect(onR, L.TAG_FUNCTION);
    invokeThen(vm, self, [onF, L.TAG_FUNCTION, onR, L.TAG_FUNCTION]);
    vm.releaseHandles(mark);
  });

  method(vm, ctor, 'resolve', 1, (vm, args, argc) => vm.retValue(loop.promiseResolve(argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)), L.TAG_OBJECT));
  method(vm, ctor, 'reject', 1, (vm, args, argc) => {
    const p = loop.newPromise();
    loop.reject(p, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    vm.retValue(p, L.TAG_OBJECT);
  });

  // ---- combinators ----
  const elementId = vm.registerNative('', (vm, args, argc, self) => {
    const st = vm.internals.get(u32[(u32[self - 2] + L.FN_HOME) >>> 2]) as ElementState;
    vm.retUndef();
    if (st.called) return;
    st.called = true;
    const agg = st.agg;
    let lo = argLo(vm, args, argc, 0);
    let hi = argHi(vm, args, argc, 0);
    if (st.kind === 'fulfilled' || st.kind === 'rejected') {
      vm.protect(lo, hi);
      const o = vm.newObject(vm.objectProto);
      vm.protect(o, L.TAG_OBJECT);
      vm.retString(st.kind);
      vm.addProperty(o, 'status', vm.rlo, vm.rhi, 0);
      vm.addProperty(o, st.kind === 'fulfilled' ? 'value' : 'reason', lo, hi, 0);
      vm.unprotect(2);
      lo = o;
      hi = L.TAG_OBJECT;
    }
    vm.arraySet(agg.values, st.index, lo, hi);
    if (--agg.remaining === 0) finishAggregate(vm, loop, agg, st.kind === 'any');
    vm.retUndef();
  }, 1);

  const combinator = (name: string, kind: 'all' | 'allSettled' | 'race' | 'any'): void => {
    method(vm, ctor, name, 1, (vm, args, argc, self) => {
      const C = u32[self];
      const Chi = u32[self + 1];
      if (!isObjectTag(Chi)) vm.throwError('TypeError', `Promise.${name} called on non-object`);
      const mark = vm.handleMark();
      const p = loop.newPromise();
      vm.protect(p, L.TAG_OBJECT);
      const [res, rej] = loop.resolvingFunctions(p);
      vm.protect(res, L.TAG_FUNCTION);
      vm.protect(rej, L.TAG_FUNCTION);
      try {
        vm.getProp(C, Chi, 'resolve');
        const rlo = vm.rlo;
        const rhi = vm.rhi;
        if (rhi !== L.TAG_FUNCTION) vm.throwError('TypeError', 'Promise resolve or reject function is not callable');
        vm.protect(rlo, rhi);
        const values = vm.newArray(0);
        vm.protect(values, L.TAG_ARRAY);
        const agg = new Aggregate(values, p);
        // The iterator record lives on the VM stack (four value slots above sp), stepped one value at a time.
        const q = vm.sp;
        if (q + 8 >= vm.stackLimit) vm.throwError('RangeError', 'Maximum call stack size exceeded');
        for (let k = 0; k < 8; k += 2) {
          u32[q + k] = 0;
          u32[q + k + 1] = L.TAG_UNDEF;
        }
        vm.sp = q + 8;
        try {
          openIterable(vm, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), q);
          try {
            for (let i = 0; iterStep(vm, q); i++) {
              vm.callFunction(rlo, rhi, C, Chi, [u32[q + 6], u32[q + 7]]);
              const nlo = vm.rlo;
              const nhi = vm.rhi;
              vm.protect(nlo, nhi);
              let onF = res;
              let onR = rej;
              if (kind !== 'race') {
                vm.arraySet(values, i, 0, L.TAG_UNDEF);
                agg.remaining++;
                if (kind === 'all' || kind === 'allSettled') onF = newStateFunction(vm, elementId, new ElementState(agg, i, kind === 'all' ? 'all' : 'fulfilled'), 1);
                vm.protect(onF, L.TAG_FUNCTION);
                if (kind === 'allSettled' || kind === 'any') onR = newStateFunction(vm, elementId, new ElementState(agg, i, kind === 'any' ? 'any' : 'rejected'), 1);
                vm.protect(onR, L.TAG_FUNCTION);
              }
              vm.getProp(nlo, nhi, 'then');
              if (vm.rhi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${describeArg(vm, vm.rlo, vm.rhi)} is not a function`);
              vm.callFunction(vm.rlo, vm.rhi, nlo, nhi, [onF, L.TAG_FUNCTION, onR, L.TAG_FUNCTION]);
            }
          } catch (e) {
            // An abrupt completion closes the iterator (unless next() itself failed: the record is done then).
            if (e instanceof Thrown && !iterDone(vm, q)) iterClose(vm, q, true);
            throw e;
          }
        } finally {
          vm.sp = q;
        }
        if (kind !== 'race' && --agg.remaining === 0) finishAggregate(vm, loop, agg, kind === 'any');
      } catch (e) {
        if (!(e instanceof Thrown)) throw e;
        vm.callFunction(rej, L.TAG_FUNCTION, 0, L.TAG_UNDEF, [e.lo, e.hi]);
      }
      vm.releaseHandles(mark);
      vm.retValue(p, L.TAG_OBJECT);
    });
  };
  combinator('all', 'all');
  combinator('allSettled', 'allSettled');
  combinator('race', 'race');
  combinator('any', 'any');

  // ---- queueMicrotask and timers ----
  const global = (name: string, length: number, fn: NativeFn): void => {
    const f = vm.newNativeFunction(name, fn, length);
    vm.setGlobal(name, f, L.TAG_FUNCTION);
  };
  const callback = (vm: VM, args: number, argc: number, name: string): void => {
    if (argHi(vm, args, argc, 0) !== L.TAG_FUNCTION) {
      const lo = argLo(vm, args, argc, 0);
      const hi = argHi(vm, args, argc, 0);
      vm.throwError('TypeError', `The "callback" argument must be of type function. Received ${receivedText(vm, lo, hi)}`);
    }
    void name;
  };
  const restArgs = (args: number, argc: number, from: number): number[] => {
    const out: number[] = [];
    for (let i = from; i < argc; i++) out.push(u32[args + 2 * i], u32[args + 2 * i + 1]);
    return out;
  };
  global('queueMicrotask', 1, (vm, args, argc) => {
    callback(vm, args, argc, 'queueMicrotask');
    loop.enqueueCall(u32[args], u32[args + 1]);
    vm.retUndef();
  });
  const timeoutProto = vm.newObject(vm.objectProto);
  vm.pinnedRefs.add(timeoutProto);
  const immediateProto = vm.newObject(vm.objectProto);
  vm.pinnedRefs.add(immediateProto);
  const timerOf = (vm: VM, lo: number, hi: number) => {
    if (hi === L.TAG_OBJECT) {
      const r = vm.internals.get(lo);
      return r instanceof TimerHandle ? loop.timerById(r.id) : undefined;
    }
    if (hi === L.TAG_INT || hi < L.TAG_BASE) return loop.timerById(vm.toNumber(lo, hi));
    if (hi === L.TAG_STRING) return loop.timerById(Number(vm.str(lo)));
    return undefined;
  };
  const makeTimer = (vm: VM, args: number, argc: number, repeat: boolean, immediate: boolean): void => {
    const flo = u32[args];
    const fhi = u32[args + 1];
    const obj = vm.newObject(immediate ? immediateProto : timeoutProto);
    vm.protect(obj, L.TAG_OBJECT);
    const extra = restArgs(args, argc, immediate ? 1 : 2);
    const t = immediate ? loop.addImmediate(flo, fhi, extra, obj) : loop.addTimer(flo, fhi, argc > 1 ? argNum(vm, args, argc, 1) : 1, repeat, extra, obj);
    vm.internals.set(obj, new TimerHandle(t.id));
    vm.unprotect(1);
    vm.retValue(obj, L.TAG_OBJECT);
  };
  global('setTimeout', 2, (vm, args, argc) => {
    callback(vm, args, argc, 'setTimeout');
    makeTimer(vm, args, argc, false, false);
  });
  global('setInterval', 2, (vm, args, argc) => {
    callback(vm, args, argc, 'setInterval');
    makeTimer(vm, args, argc, true, false);
  });
  global('setImmediate', 1, (vm, args, argc) => {
    callback(vm, args, argc, 'setImmediate');
    makeTimer(vm, args, argc, false, true);
  });
  for (const name of ['clearTimeout', 'clearInterval', 'clearImmediate']) {
    global(name, 1, (vm, args, argc) => {
      loop.clear(timerOf(vm, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)));
      vm.retUndef();
    });
  }
  for (const p of [timeoutProto, immediateProto]) {
    method(vm, p, 'ref', 0, (vm, _a, _c, self) => {
      const t = timerOf(vm, u32[self], u32[self + 1]);
      if (t) t.ref = true;
      vm.retValue(u32[self], u32[self + 1]);
    });
    method(vm, p, 'unref', 0, (vm, _a, _c, self) => {
      const t = timerOf(vm, u32[self], u32[self + 1]);
      if (t) t.ref = false;
      vm.retValue(u32[self], u32[self + 1]);
    });
    method(vm, p, 'hasRef', 0, (vm, _a, _c, self) => vm.retBool(timerOf(vm, u32[self], u32[self + 1])?.ref ?? false));
  }
  method(vm, timeoutProto, 'refresh', 0, (vm, _a, _c, self) => {
    const t = timerOf(vm, u32[self], u32[self + 1]);
    if (t) loop.refresh(t);
    vm.retValue(u32[self], u32[self + 1]);
  });

  // process.nextTick(fn, ...args): runs before the promise jobs.
  const procQ = vm.globalQ(vm.globalSlot('process'));
  if (u32[procQ + 1] === L.TAG_OBJECT) {
    method(vm, u32[procQ], 'nextTick', 1, (vm, args, argc) => {
      callback(vm, args, argc, 'nextTick');
      loop.enqueueCall(u32[args], u32[args + 1], restArgs(args, argc, 1), true);
      vm.retUndef();
    });
  }

  installGenerators(vm);
}

/** The host record of a Timeout/Immediate object: its timer's id. */
export class TimerHandle {
  constructor(readonly id: number) {}
}

class ValueState {
  constructor(
    readonly lo: number,
    readonly hi: number,
  ) {}
  markRefs(h: Heap): void {
    h.markValue(this.lo, this.hi);
  }
}

class FinallyState {
  constructor(
    readonly flo: number,
    readonly fhi: number,
    readonly thunkId: number,
  ) {}
  markRefs(h: Heap): void {
    h.markValue(this.flo, this.fhi);
  }
}

/** A native function of `id` whose FN_HOME is a fresh state object holding `state` (vm.internals). */
function newStateFunction(vm: VM, id: number, state: object, length: number): number {
  void length;
  const st = vm.newObject(0);
  vm.u8[st + L.HDR_FLAGS] |= HF_INTERNAL_REFS;
  vm.internals.set(st, state);
  vm.protect(st, L.TAG_OBJECT);
  const f = vm.newFunction(id, 0, L.FNF_NATIVE | L.FNF_METHOD);
  vm.u32[(f + L.FN_HOME) >>> 2] = st;
  vm.unprotect(1);
  return f;
}

function finishAggregate(vm: VM, loop: EventLoop, agg: Aggregate, any: boolean): void {
  if (!any) return loop.resolve(agg.promise, agg.values, L.TAG_ARRAY);
  vm.protect(agg.values, L.TAG_ARRAY);
  const err = vm.makeError('Error', 'All promises were rejected');
  vm.protect(err, L.TAG_OBJECT);
  vm.retString('AggregateError');
  vm.addProperty(err, 'name', vm.rlo, vm.rhi, ATTR_HIDDEN);
  vm.addProperty(err, 'errors', agg.values, L.TAG_ARRAY, ATTR_HIDDEN);
  vm.unprotect(2);
  loop.reject(agg.promise, err, L.TAG_OBJECT);
}

/** How V8 prints a value in "Promise resolver X is not a function". */
function describeArg(vm: VM, lo: number, hi: number): string {
  if (hi === L.TAG_OBJECT || hi === L.TAG_ARRAY) return describe(vm, lo, hi);
  if (hi === L.TAG_STRING) return vm.str(lo);
  return vm.toStr(lo, hi);
}

/** Node's "Received ..." in ERR_INVALID_ARG_TYPE messages. */
function receivedText(vm: VM, lo: number, hi: number): string {
  if (hi === L.TAG_UNDEF) return 'undefined';
  if (hi === L.TAG_NULL) return 'null';
  if (hi === L.TAG_STRING) return `type string ('${vm.str(lo)}')`;
  if (hi === L.TAG_BOOL) return `type boolean (${lo ? 'true' : 'false'})`;
  if (hi === L.TAG_INT || hi < L.TAG_BASE) return `type number (${vm.toStr(lo, hi)})`;
  if (hi === L.TAG_ARRAY) return 'an instance of Array';
  return 'an instance of Object';
}

/** A built-in's [Symbol.toStringTag] (non-writable, non-enumerable). */
function toStringTag(vm: VM, target: number, name: string): void {
  vm.retString(name);
  vm.addProperty(target, vm.wellKnownKey('toStringTag'), vm.rlo, vm.rhi, ATTR_HIDDEN | ATTR_READONLY);
}

/** %GeneratorPrototype% (inheriting from %IteratorPrototype%, so generators are iterable): next, return, throw. */
function installGenerators(vm: VM): void {
  const gp = vm.newObject(vm.iteratorProto);
  vm.pinnedRefs.add(gp);
  vm.generatorProto = gp;
  const u32 = vm.u32;
  const nativeId = (f: number): number => u32[(f + L.FN_ISEQ) >>> 2];
  genNativeIds.next = nativeId(method(vm, gp, 'next', 1, (vm, args, argc, self) => generatorResume(vm, self, Resume.Next, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 'next')));
  genNativeIds.return = nativeId(method(vm, gp, 'return', 1, (vm, args, argc, self) => generatorResume(vm, self, Resume.Return, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 'return')));
  genNativeIds.throw = nativeId(method(vm, gp, 'throw', 1, (vm, args, argc, self) => generatorResume(vm, self, Resume.Throw, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 'throw')));
  void u32;
  // %GeneratorFunction.prototype%: the generator prototype's constructor (generator functions
  // themselves still inherit from Function.prototype: docs/LANGUAGE.md).
  const gfp = vm.newObject(vm.functionProto);
  vm.pinnedRefs.add(gfp);
  vm.addProperty(gp, 'constructor', gfp, L.TAG_OBJECT, ATTR_HIDDEN | ATTR_READONLY);
  vm.addProperty(gfp, 'prototype', gp, L.TAG_OBJECT, ATTR_HIDDEN | ATTR_READONLY);
  toStringTag(vm, gp, 'Generator');
  toStringTag(vm, gfp, 'GeneratorFunction');
}
