// Generators and async functions: frames that suspend (docs/ARCHITECTURE.md §8).
//
// A generator or async function starts with `initgen; leave`. initgen makes
// the generator object (an async function: an internal activation object),
// keeps it in a hidden local, and copies the frame — callee, this, locals,
// header and operand stack — into a FRAME cell; the `leave` then returns the
// generator object (or the async function's promise) to the caller. Resuming
// copies the cell back onto the top of the VM stack as a frame with a host
// boundary and runs the interpreter from the saved pc; `yield`/`await` copy
// the frame into the cell again and return to the host. Frames are position
// independent (everything in them is relative to fp, except the caller link
// and return pc, which a resume rewrites), so suspending and resuming is a copy.

import { Thrown } from './errors';
import type { Heap } from './heap';
import { HF_INTERNAL_REFS, L } from './layout';
import type { VM } from './vm';

export const enum GenState {
  Start = 0,
  Suspended = 1,
  Running = 2,
  Done = 3,
}

/** How a suspended frame is resumed: the mode `resumegen` and `delegatestep` read. */
export const enum Resume {
  Next = 0,
  Throw = 1,
  Return = 2,
}

/** The internal record of a generator object or async activation (vm.internals). */
export class GenRecord {
  state = GenState.Start;
  /** The FRAME cell holding the suspended frame (0 once completed). */
  frame = 0;
  /** Async functions: the promise the call returned. */
  promise = 0;
  constructor(readonly async: boolean) {}

  /** Object.prototype.toString's tag (until Symbol.toStringTag exists). */
  get tag(): string | undefined {
    return this.async ? undefined : 'Generator';
  }

  markRefs(h: Heap): void {
    h.mark(this.frame);
    h.mark(this.promise);
  }
}

/** The generator record of an object, or null. */
export function genRecord(vm: VM, lo: number, hi: number): GenRecord | null {
  if (hi !== L.TAG_OBJECT) return null;
  const r = vm.internals.get(lo);
  return r instanceof GenRecord && !r.async ? r : null;
}

/**
 * Copies the frame at fp (operand stack up to sp) into the record's FRAME
 * cell, to resume at resumePc. May allocate (the collector sees the frame).
 */
function saveFrame(vm: VM, rec: GenRecord, fp: number, sp: number, resumePc: number): number {
  const u32 = vm.u32;
  const iseq = vm.iseqs[u32[fp + 2]];
  let base = fp - 2 * iseq.localCount - 4;
  // A moved frame (§5) keeps the actual arguments below its callee slot: they go too.
  if (u32[fp + 5] & L.FRAME_ARGS_MOVED) base -= 4 + 2 * u32[fp + 8];
  const words = sp - base;
  let cell = rec.frame;
  if (cell === 0 || (u32[(cell + L.HDR_SIZE) >>> 2] - L.FRAME_DATA) >>> 2 < words) {
    const saved = vm.sp;
    if (vm.sp < sp) vm.sp = sp;
    cell = vm.heap.alloc(L.FRAME_DATA + 4 * words, L.K_FRAME);
    vm.sp = saved;
    rec.frame = cell;
  }
  u32[(cell + L.FRAME_WORDS) >>> 2] = words;
  u32[(cell + L.FRAME_HEADER_AT) >>> 2] = fp - base;
  const d = (cell + L.FRAME_DATA) >>> 2;
  u32.copyWithin(d, base, sp);
  u32[d + (fp - base) + 4] = resumePc;
  return base;
}

/**
 * initgen: makes the generator object (or async activation and promise) of
 * the frame at fp, stores it in the hidden local and saves the frame, to
 * resume at resumePc. The value the call returns is left in the result
 * registers: the generator object, or the promise after an async body ran
 * up to its first await.
 */
export function initGenerator(vm: VM, fp: number, sp: number, resumePc: number, local: number, isAsync: boolean): void {
  const u32 = vm.u32;
  const iseq = vm.iseqs[u32[fp + 2]];
  const lb = fp - 2 * iseq.localCount;
  const fn = u32[lb - 4];
  vm.sp = sp;
  let proto: number;
  if (isAsync) proto = 0;
  else {
    vm.getProp(fn, L.TAG_FUNCTION, 'prototype');
    proto = vm.rhi === L.TAG_OBJECT || vm.rhi === L.TAG_ARRAY || vm.rhi === L.TAG_FUNCTION ? vm.rlo : vm.generatorProto;
  }
  const obj = vm.newObject(proto);
  vm.u8[obj + L.HDR_FLAGS] |= HF_INTERNAL_REFS;
  const rec = new GenRecord(isAsync);
  vm.internals.set(obj, rec);
  u32[lb + 2 * local] = obj;
  u32[lb + 2 * local + 1] = L.TAG_OBJECT;
  saveFrame(vm, rec, fp, sp, resumePc);
  if (!isAsync) return vm.retValue(obj, L.TAG_OBJECT);
  rec.promise = vm.async.newPromise();
  asyncStep(vm, obj, rec, Resume.Next, 0, L.TAG_UNDEF);
  vm.retValue(rec.promise, L.TAG_OBJECT);
}

/**
 * yield/await in the frame at fp: saves it (without the value on top, at
 * sp - 2) to resume at resumePc, leaves that value in the result registers
 * and vm.sp at the frame's base. The interpreter then returns to the host
 * (the frame always has a host boundary: only resume() runs it).
 */
export function suspendFrame(vm: VM, fp: number, sp: number, resumePc: number, genQ: number): void {
  const u32 = vm.u32;
  const rec = vm.internals.get(u32[genQ]) as GenRecord;
  const base = saveFrame(vm, rec, fp, sp - 2, resumePc);
  vm.rlo = u32[sp - 2];
  vm.rhi = u32[sp - 1];
  vm.genSuspended = true;
  vm.sp = base;
}

/**
 * Resumes a suspended frame: next (mode 0), throw (1) or return (2) with a
 * value. Returns true when the body completed (its return value in the
 * result registers), false when it suspended again (the yielded or awaited
 * value in the result registers). A throw escaping the body propagates.
 */
export function resume(vm: VM, rec: GenRecord, mode: Resume, vlo: number, vhi: number): boolean {
  const u32 = vm.u32;
  if (rec.state === GenState.Running) vm.throwError('TypeError', 'Generator is already running');
  if (rec.state === GenState.Done || (rec.state === GenState.Start && mode !== Resume.Next)) {
    rec.state = GenState.Done;
    rec.frame = 0;
    if (mode === Resume.Throw) throw new Thrown(vlo, vhi);
    if (mode === Resume.Return) vm.retValue(vlo, vhi);
    else vm.retUndef();
    return true;
  }
  const cell = rec.frame;
  const words = u32[(cell + L.FRAME_WORDS) >>> 2];
  const at = u32[(cell + L.FRAME_HEADER_AT) >>> 2];
  const d = (cell + L.FRAME_DATA) >>> 2;
  const iseq = vm.iseqs[u32[d + at + 2]];
  const q = vm.sp;
  if (q + words + 4 + 2 * iseq.maxStack >= vm.stackLimit || vm.hostDepth >= 400) vm.throwError('RangeError', 'Maximum call stack size exceeded');
  u32.copyWithin(q, d, d + words);
  const fp = q + at;
  const pc = u32[fp + 4];
  u32[fp] = vm.fp << 2;
  u32[fp + 1] = vm.pc;
  u32[fp + 4] = 0;
  // The frame may last have been resumed in the interpreter's loop (FRAME_GEN_INLINE): this time it returns to the host.
  u32[fp + 5] = (u32[fp + 5] & ~L.FRAME_GEN_INLINE) | L.FRAME_HOST_BOUNDARY;
  u32[fp + 6] = 0;
  u32[fp + 7] = 0;
  let sp = q + words;
  if (rec.state !== GenState.Start) {
    u32[sp] = vlo;
    u32[sp + 1] = vhi;
    u32[sp + 2] = mode;
    u32[sp + 3] = L.TAG_INT;
    sp += 4;
  }
  const savedFp = vm.fp;
  const savedPc = vm.pc;
  vm.fp = fp;
  vm.pc = pc;
  vm.sp = sp;
  rec.state = GenState.Running;
  vm.genSuspended = false;
  vm.hostDepth++;
  try {
    vm.runLoop(vm);
  } catch (e) {
    rec.state = GenState.Done;
    rec.frame = 0;
    vm.sp = q;
    throw e;
  } finally {
    vm.hostDepth--;
    vm.fp = savedFp;
    vm.pc = savedPc;
  }
  if (vm.genSuspended) {
    vm.genSuspended = false;
    rec.state = GenState.Suspended;
    vm.sp = q;
    return false;
  }
  rec.state = GenState.Done;
  rec.frame = 0;
  vm.rlo = u32[q];
  vm.rhi = u32[q + 1];
  vm.sp = q;
  return true;
}

/**
 * Runs an async activation one step: until its next await (which subscribes
 * the next step to the awaited promise) or its end (which settles its promise).
 */
export function asyncStep(vm: VM, act: number, rec: GenRecord, mode: Resume, vlo: number, vhi: number): void {
  let done: boolean;
  try {
    done = resume(vm, rec, mode, vlo, vhi);
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    vm.async.reject(rec.promise, e.lo, e.hi);
    return;
  }
  if (done) vm.async.resolve(rec.promise, vm.rlo, vm.rhi);
  else vm.async.await(act, vm.rlo, vm.rhi);
}

/** Native ids of %GeneratorPrototype%.next/return/throw (the interpreter resumes them in its loop). */
export const genNativeIds = { next: -1, return: -1, throw: -1 };

/**
 * gen.next(v) / return(v) / throw(v) called from bytecode at fnQ (argc
 * arguments): when the receiver is a generator of ours that has started and
 * is suspended, its frame is copied above the arguments and linked to the
 * caller's frame (FRAME_GEN_INLINE, returning to returnPc); the fp (q) is
 * returned and vm.pc is its resume pc. Returns 0 when the built-in must run
 * instead (not a generator, not started, running, completed).
 */
export function resumeInline(vm: VM, fnQ: number, argc: number, mode: Resume, returnPc: number): number {
  const u32 = vm.u32;
  const rec = genRecord(vm, u32[fnQ + 2], u32[fnQ + 3]);
  if (rec === null || rec.state !== GenState.Suspended) return 0;
  const cell = rec.frame;
  const words = u32[(cell + L.FRAME_WORDS) >>> 2];
  const at = u32[(cell + L.FRAME_HEADER_AT) >>> 2];
  const d = (cell + L.FRAME_DATA) >>> 2;
  const iseq = vm.iseqs[u32[d + at + 2]];
  const q = fnQ + 4 + 2 * argc;
  if (q + words + 4 + 2 * iseq.maxStack >= vm.stackLimit) vm.throwError('RangeError', 'Maximum call stack size exceeded');
  const vlo = argc > 0 ? u32[fnQ + 4] : 0;
  const vhi = argc > 0 ? u32[fnQ + 5] : L.TAG_UNDEF;
  u32.copyWithin(q, d, d + words);
  const fp = q + at;
  vm.pc = u32[fp + 4];
  u32[fp] = vm.fp << 2;
  u32[fp + 1] = returnPc;
  u32[fp + 4] = 0;
  u32[fp + 5] = (u32[fp + 5] & ~L.FRAME_HOST_BOUNDARY) | L.FRAME_GEN_INLINE;
  u32[fp + 6] = fnQ << 2;
  u32[fp + 7] = 0;
  let sp = q + words;
  u32[sp] = vlo;
  u32[sp + 1] = vhi;
  u32[sp + 2] = mode;
  u32[sp + 3] = L.TAG_INT;
  sp += 4;
  vm.sp = sp;
  rec.state = GenState.Running;
  return fp;
}

/**
 * yield (done false) or leave (done true) in a FRAME_GEN_INLINE frame at fp:
 * the iterator result for the value at sp - 2 goes to the resumer's callee
 * slot; returns that slot's q-index (the caller's sp is it + 2).
 */
export function finishInline(vm: VM, fp: number, sp: number, done: boolean, genQ: number): number {
  const u32 = vm.u32;
  const rec = vm.internals.get(u32[genQ]) as GenRecord;
  const dest = u32[fp + 6] >>> 2;
  vm.sp = sp;
  if (done) {
    rec.state = GenState.Done;
    rec.frame = 0;
  } else {
    saveFrame(vm, rec, fp, sp - 2, vm.pc);
    rec.state = GenState.Suspended;
  }
  iterResult(vm, u32[sp - 2], u32[sp - 1], done);
  u32[dest] = vm.rlo;
  u32[dest + 1] = vm.rhi;
  return dest;
}

/** An exception unwinds past a FRAME_GEN_INLINE frame: its generator is completed. */
export function unwindInline(vm: VM, fp: number): void {
  const u32 = vm.u32;
  const iseq = vm.iseqs[u32[fp + 2]];
  const q = fp - 2 * iseq.localCount + 2 * iseq.genLocal;
  const rec = vm.internals.get(u32[q]) as GenRecord | undefined;
  if (rec) {
    rec.state = GenState.Done;
    rec.frame = 0;
  }
}

/** next/return/throw of a generator object: the iterator result object in the result registers. */
export function generatorResume(vm: VM, self: number, mode: Resume, vlo: number, vhi: number, name: string): void {
  const u32 = vm.u32;
  const rec = genRecord(vm, u32[self], u32[self + 1]);
  if (rec === null) vm.throwError('TypeError', `${name} method called on incompatible receiver ${vm.objectDescription(u32[self], u32[self + 1])}`);
  const done = resume(vm, rec, mode, vlo, vhi);
  iterResult(vm, vm.rlo, vm.rhi, done);
}

/** A fresh { value, done } object in the result registers. */
export function iterResult(vm: VM, lo: number, hi: number, done: boolean): void {
  vm.protect(lo, hi);
  const obj = vm.newObject(vm.objectProto);
  vm.unprotect(1);
  vm.addProperty(obj, 'value', lo, hi, 0);
  vm.addProperty(obj, 'done', done ? 1 : 0, L.TAG_BOOL, 0);
  vm.retValue(obj, L.TAG_OBJECT);
}

/**
 * delegatestep (yield*): one call of the inner iterator at iterQ with the
 * sent value and mode above it. Writes [iter, mode, value] back and returns
 * whether the inner iterator is done.
 */
export function delegateStep(vm: VM, iterQ: number): boolean {
  const u32 = vm.u32;
  let mode = u32[iterQ + 4] as Resume;
  if ((mode as number) === 3) {
    // The first step: GetIterator of the yield* operand replaces it on the stack.
    const lo = u32[iterQ];
    const hi = u32[iterQ + 1];
    if (genRecord(vm, lo, hi) === null) {
      const text = hi === L.TAG_UNDEF || hi === L.TAG_NULL ? vm.toStr(lo, hi) : hi === L.TAG_STRING || hi < L.TAG_HEAP ? `${vm.typeOf(lo, hi)} ${vm.toStr(lo, hi)}` : 'object';
      if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', `${text} is not iterable (cannot read property Symbol(Symbol.iterator))`);
      vm.getProp(lo, hi, vm.wellKnownKey('iterator'));
      if (vm.rhi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${text} is not iterable (cannot read property Symbol(Symbol.iterator))`);
      vm.callFunction(vm.rlo, vm.rhi, lo, hi, []);
      const rhi: number = vm.rhi;
      if (rhi < L.TAG_HEAP || rhi === L.TAG_STRING) vm.throwError('TypeError', 'Result of the Symbol.iterator method is not an object');
      u32[iterQ] = vm.rlo;
      u32[iterQ + 1] = vm.rhi;
    }
    mode = Resume.Next;
  }
  const ilo = u32[iterQ];
  const ihi = u32[iterQ + 1];
  const slo = u32[iterQ + 2];
  const shi = u32[iterQ + 3];
  const out = (lo: number, hi: number, done: boolean): boolean => {
    u32[iterQ + 2] = mode;
    u32[iterQ + 3] = L.TAG_INT;
    u32[iterQ + 4] = lo;
    u32[iterQ + 5] = hi;
    return done;
  };
  const rec = genRecord(vm, ilo, ihi);
  if (rec !== null) {
    // A generator of ours: resumed directly (no result object made and read back).
    const done = resume(vm, rec, mode, slo, shi);
    return out(vm.rlo, vm.rhi, done);
  }
  const name = mode === Resume.Next ? 'next' : mode === Resume.Throw ? 'throw' : 'return';
  vm.getProp(ilo, ihi, name);
  const mlo = vm.rlo;
  const mhi = vm.rhi;
  if (mode !== Resume.Next && (mhi === L.TAG_UNDEF || mhi === L.TAG_NULL)) {
    if (mode === Resume.Return) return out(slo, shi, true);
    // throw() on an iterator without one: close it, then a TypeError.
    vm.getProp(ilo, ihi, 'return');
    if (vm.rhi !== L.TAG_UNDEF && vm.rhi !== L.TAG_NULL) vm.callFunction(vm.rlo, vm.rhi, ilo, ihi, []);
    vm.throwError('TypeError', "The iterator does not provide a 'throw' method");
  }
  if (mhi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${vm.objectDescription(mlo, mhi)} is not a function`);
  vm.callFunction(mlo, mhi, ilo, ihi, [slo, shi]);
  const rlo = vm.rlo;
  const rhi = vm.rhi;
  if (rhi < L.TAG_HEAP || rhi === L.TAG_STRING) vm.throwError('TypeError', `Iterator result ${vm.toStr(rlo, rhi)} is not an object`);
  vm.protect(rlo, rhi);
  vm.getProp(rlo, rhi, 'done');
  const done = vm.truthy(vm.rlo, vm.rhi);
  vm.getProp(rlo, rhi, 'value');
  vm.unprotect(1);
  if (done) return out(vm.rlo, vm.rhi, true);
  // Not done: the inner result's value is yielded on.
  return out(vm.rlo, vm.rhi, false);
}
