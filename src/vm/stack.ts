// Stack traces as V8 writes them: the frames an Error captures, named the way
// node prints them (`at Shape.area (/abs/file.js:4:21)`, `at new Foo (…)`,
// `at Object.<anonymous> (…)`), the lazily formatted `stack` property, and
// Error.captureStackTrace / Error.stackTraceLimit.
//
// A frame's name follows V8's rules (call-site serialisation): a constructor
// frame is `new F`; a frame whose receiver is an object (not the global
// object) is a method call `Type.fn`, where Type is the receiver's
// constructor name and `[as key]` is added when the property the function was
// found under has another name; otherwise the function's name, or only the
// location for an anonymous top-level function. The position of a frame that
// is not running is its call instruction (the return pc - 1).
//
// The `stack` property: V8 captures the frames when the error is made but
// writes the text on first read, so the header (`Name: message`) shows a
// `name` the constructor set after super(). Here the frames are formatted at
// capture and kept in the accessor pair of `stack` (a third element), an own
// hidden accessor until it is first read or written, which replaces it by a
// data property holding the text (V8 shows a data property throughout; see docs/LANGUAGE.md).

import { ISEQ_ARROW, ISEQ_BUILTIN, ISEQ_CLASS_CTOR, type ISeq } from '../bytecode/iseq';
import { L } from './layout';
import { ATTR_ACCESSOR, ATTR_HIDDEN } from './shapes';
import { isNumberTag, numberOf } from './values';
import type { VM } from './vm';
import { globalObject } from './wrappers';

/** The frames of a running program, innermost first. */
export interface FrameInfo {
  iseq: ISeq;
  /** The instruction the frame is at (its call, for a frame that is not running). */
  pc: number;
  calleeLo: number;
  calleeHi: number;
  thisLo: number;
  thisHi: number;
  construct: boolean;
}

const scratch: FrameInfo = { iseq: null as unknown as ISeq, pc: 0, calleeLo: 0, calleeHi: 0, thisLo: 0, thisHi: 0, construct: false };

/** Walks the frames from fp (a q-index) at pc outwards. */
export function* frames(vm: VM, fp: number, pc: number): Generator<FrameInfo> {
  const u32 = vm.u32;
  while (fp !== 0) {
    const iseq = vm.iseqs[u32[fp + 2]];
    const base = fp - 2 * iseq.localCount;
    yield {
      iseq,
      pc,
      calleeLo: u32[base - 4],
      calleeHi: u32[base - 3],
      thisLo: u32[base - 2],
      thisHi: u32[base - 1],
      construct: (u32[fp + 5] & L.FRAME_CONSTRUCT) !== 0,
    };
    // A call from machine code or the interpreter returns past its call; a native's call back into JS (a host boundary) records the call itself.
    pc = u32[fp + 5] & L.FRAME_HOST_BOUNDARY ? u32[fp + 1] : u32[fp + 1] - 1;
    fp = u32[fp] >>> 2;
  }
}

function isObjectHi(hi: number): boolean {
  return hi === L.TAG_OBJECT || hi === L.TAG_ARRAY || hi === L.TAG_FUNCTION;
}

/** A data property's value (own or inherited, no getter runs), into the result registers; false when absent or an accessor. */
function dataProperty(vm: VM, ref: number, key: string): boolean {
  if (!vm.findProperty(ref, key)) return false;
  const s = vm.shapeOf(vm.foundHolder);
  if (s.attrs[vm.foundSlot] & ATTR_ACCESSOR) return false;
  const q = vm.slotQ(vm.foundHolder, s, vm.foundSlot);
  vm.rlo = vm.u32[q];
  vm.rhi = vm.u32[q + 1];
  return true;
}

/** V8's constructor name of a receiver: the first `constructor` on its prototype chain with a name other than Object, else its class. */
export function typeName(vm: VM, lo: number, hi: number): string | null {
  if (hi === L.TAG_UNDEF || hi === L.TAG_NULL || hi === L.TAG_TDZ) return null;
  if (hi === L.TAG_STRING) return 'String';
  if (hi === L.TAG_BOOL) return 'Boolean';
  if (!isObjectHi(hi)) return 'Number';
  for (let o = vm.protoOf(lo); o !== 0; o = vm.protoOf(o)) {
    const s = vm.shapeOf(o);
    const i = s.lookup('constructor');
    if (i < 0 || s.attrs[i] & ATTR_ACCESSOR) continue;
    const q = vm.slotQ(o, s, i);
    if (vm.u32[q + 1] !== L.TAG_FUNCTION) continue;
    const name = vm.functionName(vm.u32[q]);
    if (name !== '' && name !== 'Object') return name;
  }
  return hi === L.TAG_FUNCTION ? 'Function' : hi === L.TAG_ARRAY ? 'Array' : 'Object';
}

function isClass(vm: VM, lo: number, hi: number): boolean {
  if (hi !== L.TAG_FUNCTION || vm.u32[(lo + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE) return false;
  return (vm.iseqs[vm.u32[(lo + L.FN_ISEQ) >>> 2]].flags & ISEQ_CLASS_CTOR) !== 0;
}

/** The key under which the receiver (or its prototype chain) holds the function: V8's method name. */
function methodName(vm: VM, recv: number, fn: number, fname: string): string | null {
  const key = fname.startsWith('get ') || fname.startsWith('set ') ? fname.slice(4) : fname;
  if (key !== '' && vm.findProperty(recv, key)) {
    const s = vm.shapeOf(vm.foundHolder);
    const q = vm.slotQ(vm.foundHolder, s, vm.foundSlot);
    if (holds(vm, q, s.attrs[vm.foundSlot], fn)) return key;
  }
  let found: string | null = null;
  for (let o = recv; o !== 0; o = vm.protoOf(o)) {
    const s = vm.shapeOf(o);
    for (let i = 0; i < s.keys.length; i++) {
      const key = s.keys[i];
      if (typeof key !== 'string' || !holds(vm, vm.slotQ(o, s, i), s.attrs[i], fn)) continue;
      if (found !== null && found !== key) return null;
      found = key;
    }
  }
  return found;
}

/** Whether the slot at q holds fn (a data value, or either half of an accessor pair). */
function holds(vm: VM, q: number, attrs: number, fn: number): boolean {
  if (!(attrs & ATTR_ACCESSOR)) return vm.u32[q] === fn && vm.u32[q + 1] === L.TAG_FUNCTION;
  for (let w = 0; w < 2; w++) {
    vm.accessorPart(q, w);
    if (vm.rlo === fn && vm.rhi === L.TAG_FUNCTION) return true;
  }
  return false;
}

/** One frame as V8 prints it, without the leading `    at `. */
export function formatFrame(vm: VM, f: FrameInfo): string {
  const iseq = f.iseq;
  let where: string;
  if (iseq.flags & ISEQ_BUILTIN) where = '<anonymous>';
  else {
    const pos = iseq.position(f.pc);
    where = `${iseq.file}:${pos.line}:${pos.col}`;
  }
  const fn = f.calleeHi === L.TAG_FUNCTION ? f.calleeLo : 0;
  let fname = iseq.name === '<main>' ? '' : fn !== 0 ? vm.functionName(fn) : iseq.name;
  // An inferred dotted name (`exports.run`) is printed without the receiver's type, as V8 does.
  const inferred = fname === '' && iseq.inferredName !== '';
  if (inferred) fname = iseq.inferredName;
  let name: string;
  if (f.construct) {
    name = `new ${fname || '<anonymous>'}`;
  } else if (!(iseq.flags & ISEQ_ARROW) && isObjectHi(f.thisHi) && f.thisLo !== globalObject(vm) && !(iseq.name === '<main>' && iseq.file.startsWith('['))) {
    // A method call: V8's AppendMethodCall.
    // A getter or setter is named alone ("get x [as x]"); a class's static method after the class.
    const type = /^[gs]et /.test(fname) ? null : isClass(vm, f.thisLo, f.thisHi) ? vm.functionName(f.thisLo) : typeName(vm, f.thisLo, f.thisHi);
    // A module's top level runs in a function the program cannot reach: no property holds it.
    const method = fn !== 0 && iseq.name !== '<main>' ? methodName(vm, f.thisLo, fn, fname) : null;
    if (fname !== '') {
      name = type !== null && !fname.startsWith(type) && !(inferred && fname.includes('.')) ? `${type}.${fname}` : fname;
      if (method !== null && method !== fname && !fname.endsWith(`.${method}`)) name += ` [as ${method}]`;
    } else {
      name = `${type !== null ? `${type}.` : ''}${method ?? '<anonymous>'}`;
    }
  } else if (fname !== '') {
    name = fname;
  } else {
    return where;
  }
  return `${name} (${where})`;
}

/**
 * "\n    at …" lines for the frames from fp/pc outwards, at most `limit` of
 * them. With skipUntil (a function ref), frames are skipped up to and
 * including the innermost one running that function (V8's SKIP_UNTIL_SEEN:
 * `new Sub()` of an Error subclass hides the constructors; captureStackTrace's
 * second argument); when it never runs, no frame is shown.
 */
export function stackText(vm: VM, fp: number, pc: number, limit: number, skipUntil = 0): string {
  let out = '';
  let n = 0;
  let skipping = skipUntil !== 0;
  if (limit <= 0) return '';
  // One FrameInfo reused (errors are made in hot loops too: no garbage per frame).
  const u32 = vm.u32;
  const f = scratch;
  while (fp !== 0) {
    const iseq = vm.iseqs[u32[fp + 2]];
    const base = fp - 2 * iseq.localCount;
    f.iseq = iseq;
    f.pc = pc;
    f.calleeLo = u32[base - 4];
    f.calleeHi = u32[base - 3];
    f.thisLo = u32[base - 2];
    f.thisHi = u32[base - 1];
    f.construct = (u32[fp + 5] & L.FRAME_CONSTRUCT) !== 0;
    pc = u32[fp + 5] & L.FRAME_HOST_BOUNDARY ? u32[fp + 1] : u32[fp + 1] - 1;
    fp = u32[fp] >>> 2;
    if (skipping) {
      if (f.calleeHi === L.TAG_FUNCTION && f.calleeLo === skipUntil) skipping = false;
      continue;
    }
    out += `\n    at ${formatFrame(vm, f)}`;
    if (++n >= limit) break;
  }
  return out;
}

/** Error.stackTraceLimit as V8 reads it: a number (floored, at least 0), or null (not a number: no stack is captured). */
export function stackTraceLimit(vm: VM): number | null {
  const error = vm.errorCtors.get('Error');
  if (error === undefined || !dataProperty(vm, error, 'stackTraceLimit')) return null;
  if (!isNumberTag(vm.rhi)) return null;
  const x = numberOf(vm.rlo, vm.rhi);
  return Number.isNaN(x) ? 0 : Math.max(0, Math.floor(x));
}

// ------------------------------------------------------- the stack property

const accessors = new WeakMap<VM, [number, number]>();

/** The shared native getter and setter of not-yet-read `stack` properties. */
function stackAccessors(vm: VM): [number, number] {
  let pair = accessors.get(vm);
  if (pair) return pair;
  const get = vm.newNativeFunction('stack', (vm, _args, _argc, self) => {
    const lo = vm.u32[self];
    const hi = vm.u32[self + 1];
    if (!isObjectHi(hi)) return vm.retUndef();
    const text = materializeStack(vm, lo);
    if (text === undefined) return vm.retUndef();
    vm.retString(text);
  }, 0);
  vm.pinnedRefs.add(get);
  const set = vm.newNativeFunction('stack', (vm, args, argc, self) => {
    const lo = vm.u32[self];
    const hi = vm.u32[self + 1];
    if (isObjectHi(hi)) {
      vm.defineOwn(lo, 'stack', argc > 0 ? vm.u32[args] : 0, argc > 0 ? vm.u32[args + 1] : L.TAG_UNDEF, ATTR_HIDDEN);
    }
    vm.retUndef();
  }, 1);
  vm.pinnedRefs.add(set);
  pair = [get, set];
  accessors.set(vm, pair);
  return pair;
}

/**
 * Captures the stack of the running program into err.stack (a lazily
 * formatted own hidden property), as V8's error constructors and
 * Error.captureStackTrace do. Nothing when Error.stackTraceLimit is not a
 * number.
 */
export function captureStack(vm: VM, err: number, skipUntil = 0): void {
  const limit = stackTraceLimit(vm);
  vm.protect(err, L.TAG_OBJECT);
  if (limit === null) {
    // V8 still defines `stack`, as undefined.
    vm.defineOwn(err, 'stack', 0, L.TAG_UNDEF, ATTR_HIDDEN);
    vm.unprotect(1);
    return;
  }
  const text = stackText(vm, vm.fp, vm.pc, limit, skipUntil);
  const [get, set] = stackAccessors(vm);
  vm.retString(text);
  const frames = vm.rlo;
  vm.protect(frames, L.TAG_STRING);
  // The accessor pair carries the frames' text as a third element (the getter reads it from there).
  const pair = vm.newArrayFrom([get, L.TAG_FUNCTION, set, L.TAG_FUNCTION, frames, L.TAG_STRING]);
  if (vm.shapeOf(err).lookup('stack') < 0) vm.addProperty(err, 'stack', pair, L.TAG_ARRAY, ATTR_HIDDEN | ATTR_ACCESSOR);
  else vm.defineAccessor(err, 'stack', pair, ATTR_HIDDEN);
  vm.unprotect(2);
}

/**
 * The text of err.stack: a pending stack is written now (header from the
 * error's current name and message, as V8's first read does) and becomes a
 * data property. Undefined when err has no stack of its own.
 */
export function materializeStack(vm: VM, err: number): string | undefined {
  const shape = vm.shapeOf(err);
  const i = shape.lookup('stack');
  if (i < 0) return undefined;
  const q = vm.slotQ(err, shape, i);
  if (!(shape.attrs[i] & ATTR_ACCESSOR)) return vm.u32[q + 1] === L.TAG_STRING ? vm.str(vm.u32[q]) : undefined;
  vm.accessorPart(q, 0);
  const pending = accessors.get(vm);
  const pair = vm.u32[q];
  if (!pending || vm.rlo !== pending[0] || vm.rhi !== L.TAG_FUNCTION || vm.arrayLength(pair) < 3) return undefined;
  const e = vm.elementQ(pair, 2);
  if (vm.u32[e + 1] !== L.TAG_STRING) return undefined;
  const frames = vm.str(vm.u32[e]);
  const text = `${errorHeader(vm, err)}${frames}`;
  vm.protect(err, L.TAG_OBJECT);
  vm.retString(text);
  vm.defineOwn(err, 'stack', vm.rlo, vm.rhi, ATTR_HIDDEN);
  vm.unprotect(1);
  return text;
}

/** Error.prototype.toString of err (V8's ErrorUtils::ToString), for a stack's first line. */
function errorHeader(vm: VM, err: number): string {
  vm.getProp(err, L.TAG_OBJECT, 'name');
  const name = vm.rhi === L.TAG_UNDEF ? 'Error' : vm.toStr(vm.rlo, vm.rhi);
  vm.getProp(err, L.TAG_OBJECT, 'message');
  const msg = vm.rhi === L.TAG_UNDEF ? '' : vm.toStr(vm.rlo, vm.rhi);
  return name === '' ? msg : msg === '' ? name : `${name}: ${msg}`;
}

// ------------------------------------------------- the uncaught-error report

/** Where an exception was thrown: the frame (q-index) and pc of the throw, set when its unwinding starts. */
export interface ThrowSite {
  iseq: ISeq;
  pc: number;
  /** The frames at the throw (for a thrown value that is not an Error), filled in when it leaves a run loop. */
  trace?: string;
}

/** `file:line\n<source line>\n<caret>` for the throw site, as node prints above an uncaught exception; '' without source. */
export function codeFrame(site: ThrowSite): string {
  const iseq = site.iseq;
  if (iseq.flags & ISEQ_BUILTIN || iseq.source === null) return '';
  const pos = iseq.position(site.pc);
  const line = iseq.source.split(/\r?\n/)[pos.line - 1];
  if (line === undefined) return '';
  // node's caret keeps the line's tabs so that it lines up under them.
  const pad = line.slice(0, Math.max(0, pos.col - 1)).replace(/[^\t]/g, ' ');
  return `${iseq.file}:${pos.line}\n${line}\n${pad}^`;
}
