// RegExp, RegExp.prototype, and the string methods that take a regexp
// (match, matchAll, replace, replaceAll, search, split).
//
// Matching is the host engine's: a VM RegExp is an ordinary OBJECT (prototype
// RegExp.prototype) whose internal slot (vm.internals, keyed by the cell;
// docs/ARCHITECTURE.md §3) holds a compiled host RegExp. A literal's pattern
// is compiled once per literal site (vm.regexpSites); every evaluation of the
// literal makes a new object sharing that host RegExp. The VM object's own
// `lastIndex` property is authoritative: each operation copies it into the
// host RegExp, matches, and copies the host's lastIndex back when the spec
// writes it (global or sticky). Match results are ordinary VM arrays with
// `index`, `input`, `groups` (and `indices` for the `d` flag) properties.

import { L } from '../layout';
import { ATTR_HIDDEN, type Shape } from '../shapes';
import type { NativeFn, VM } from '../vm';
import { argHi, argLo, argStr, isObjectTag, method, valueProp } from './util';

type CtorWithProto = (name: string, length: number, fn: NativeFn, proto: number) => number;

/** Internal slot of a RegExp object. */
export class RegExpData {
  readonly tag = 'RegExp';
  constructor(readonly host: RegExp) {}
}

/** Internal slot of a %RegExpStringIterator% (matchAll's result): the host's own iterator over a private clone. */
export class MatchAllData {
  readonly tag = 'RegExp String Iterator';
  constructor(readonly it: IterableIterator<RegExpMatchArray>) {}
}

/** The RegExpData of a value, or undefined. */
export function regexpData(vm: VM, lo: number, hi: number): RegExpData | undefined {
  if (hi !== L.TAG_OBJECT) return undefined;
  const d = vm.internals.get(lo);
  return d instanceof RegExpData ? d : undefined;
}

/** How V8 names a receiver in "called on incompatible receiver" messages. */
export function receiverText(vm: VM, lo: number, hi: number): string {
  if (hi === L.TAG_STRING) return vm.str(lo);
  if (!isObjectTag(hi)) return vm.toStr(lo, hi);
  if (hi === L.TAG_FUNCTION) return `#<Function>`;
  if (hi === L.TAG_ARRAY) return '[object Array]';
  let name = 'Object';
  const proto = vm.protoOf(lo);
  if (proto !== 0 && vm.findProperty(proto, 'constructor')) {
    vm.getProp(proto, L.TAG_OBJECT, 'constructor');
    if (vm.rhi === L.TAG_FUNCTION) name = vm.functionName(vm.rlo) || 'Object';
  }
  return `#<${name}>`;
}

/** The V8 message for an invalid pattern or flags, compiling with the host. */
export function compileHost(vm: VM, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    vm.throwError('SyntaxError', (e as Error).message);
  }
}

/** Index after `i` in `s`, stepping over a surrogate pair when `unicode` (AdvanceStringIndex). */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

export function installRegExp(vm: VM, ctorWithProto: CtorWithProto): void {
  const proto = vm.newObject(vm.objectProto);
  vm.pinnedRefs.add(proto);
  vm.regexpProto = proto;
  // Every RegExp object gets these own, non-enumerable data properties, in
  // this order (lastIndex is writable; the others are the values the spec's
  // prototype accessors would compute from the internal slot).
  const PROPS = ['lastIndex', 'source', 'flags', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'sticky', 'hasIndices'];
  let shape: Shape = vm.rootShape(proto, PROPS.length);
  for (const k of PROPS) shape = vm.shapes.addProperty(shape, k, ATTR_HIDDEN);
  const finalShape = shape;
  regexpShapeIds.set(vm, finalShape.id);

  /** A new RegExp object over a compiled host RegExp; sourceRef/flagsRef: its source and flags strings if already made. */
  const newRegExp = (host: RegExp, sourceRef: number, flagsRef: number): number => {
    const mark = vm.handleMark();
    if (sourceRef === 0) {
      sourceRef = vm.newString(host.source);
      vm.protect(sourceRef, L.TAG_STRING);
    }
    if (flagsRef === 0) {
      flagsRef = vm.newString(host.flags);
      vm.protect(flagsRef, L.TAG_STRING);
    }
    const ref = vm.heap.alloc(L.OBJ_INLINE + 8 * PROPS.length, L.K_OBJECT);
    vm.releaseHandles(mark);
    vm.u32[(ref + L.OBJ_SHAPE) >>> 2] = finalShape.id;
    const words = [
      0, L.TAG_INT,
      sourceRef, L.TAG_STRING,
      flagsRef, L.TAG_STRING,
      host.global ? 1 : 0, L.TAG_BOOL,
      host.ignoreCase ? 1 : 0, L.TAG_BOOL,
      host.multiline ? 1 : 0, L.TAG_BOOL,
      host.dotAll ? 1 : 0, L.TAG_BOOL,
      host.unicode ? 1 : 0, L.TAG_BOOL,
      host.sticky ? 1 : 0, L.TAG_BOOL,
      host.hasIndices ? 1 : 0, L.TAG_BOOL,
    ];
    for (let i = 0; i < PROPS.length; i++) {
      const q = vm.slotQ(ref, finalShape, i);
      vm.u32[q] = words[2 * i];
      vm.u32[q + 1] = words[2 * i + 1];
      vm.shapes.noteStore(finalShape, i, words[2 * i + 1]);
    }
    vm.internals.set(ref, new RegExpData(host));
    return ref;
  };

  vm.newRegExpFromSite = (site: number): number => {
    const s = vm.regexpSites[site];
    return newRegExp(s.host, s.source, s.flags);
  };

  const ctor = ctorWithProto(
    'RegExp',
    2,
    (vm, args, argc, _self, newTarget) => {
      const plo = argLo(vm, args, argc, 0);
      const phi = argHi(vm, args, argc, 0);
      const fhi = argHi(vm, args, argc, 1);
      const pd = regexpData(vm, plo, phi);
      if (!newTarget && pd && fhi === L.TAG_UNDEF) {
        // RegExp(re) returns re itself when re.constructor is RegExp.
        vm.getProp(plo, phi, 'constructor');
        if (vm.rhi === L.TAG_FUNCTION && vm.rlo === ctor) return vm.retValue(plo, phi);
      }
      let source: string;
      let flags: string;
      if (pd) {
        source = pd.host.source;
        flags = fhi === L.TAG_UNDEF ? pd.host.flags : argStr(vm, args, argc, 1);
      } else {
        source = phi === L.TAG_UNDEF ? '' : argStr(vm, args, argc, 0);
        flags = fhi === L.TAG_UNDEF ? '' : argStr(vm, args, argc, 1);
      }
      vm.retValue(newRegExp(compileHost(vm, source, flags), 0, 0), L.TAG_OBJECT);
    },
    proto,
  );
  vm.regexpCtor = ctor;

  /** The internal slot of `this` for a RegExp.prototype method, or V8's TypeError. */
  const thisData = (vm: VM, self: number, name: string): RegExpData => {
    const d = regexpData(vm, vm.u32[self], vm.u32[self + 1]);
    if (!d) vm.throwError('TypeError', `Method RegExp.prototype.${name} called on incompatible receiver ${receiverText(vm, vm.u32[self], vm.u32[self + 1])}`);
    return d;
  };

  // The prototype answers source and flags as the spec's accessors do for it.
  vm.retString('(?:)');
  valueProp(vm, proto, 'source', vm.rlo, vm.rhi);
  valueProp(vm, proto, 'flags', vm.emptyString, L.TAG_STRING);

  method(vm, proto, 'exec', 1, (vm, args, argc, self) => {
    const d = thisData(vm, self, 'exec');
    const s = argStr(vm, args, argc, 0);
    builtinExec(vm, vm.u32[self], d.host, s, argHi(vm, args, argc, 0) === L.TAG_STRING ? argLo(vm, args, argc, 0) : 0);
  });
  method(vm, proto, 'test', 1, (vm, args, argc, self) => {
    const d = thisData(vm, self, 'exec');
    const s = argStr(vm, args, argc, 0);
    const ref = vm.u32[self];
    const host = d.host;
    syncIn(vm, ref, host);
    const r = host.test(s);
    syncOut(vm, ref, host);
    vm.retBool(r);
  });
  method(vm, proto, 'toString', 0, (vm, _a, _c, self) => {
    const lo = vm.u32[self];
    const hi = vm.u32[self + 1];
    if (!isObjectTag(hi)) vm.throwError('TypeError', `Method RegExp.prototype.toString called on incompatible receiver ${receiverText(vm, lo, hi)}`);
    vm.getProp(lo, hi, 'source');
    const source = vm.toStr(vm.rlo, vm.rhi);
    vm.getProp(lo, hi, 'flags');
    vm.retString(`/${source}/${vm.toStr(vm.rlo, vm.rhi)}`);
  });

  // %RegExpStringIteratorPrototype%: the objects matchAll returns.
  const iterProto = vm.newObject(vm.iteratorProto !== 0 ? vm.iteratorProto : vm.objectProto);
  vm.pinnedRefs.add(iterProto);
  vm.matchAllIterProto = iterProto;
  method(vm, iterProto, 'next', 0, (vm, _a, _c, self) => {
    const d = self && vm.u32[self + 1] === L.TAG_OBJECT ? vm.internals.get(vm.u32[self]) : undefined;
    if (!(d instanceof MatchAllData)) {
      return vm.throwError('TypeError', `Method %RegExpStringIterator%.prototype.next called on incompatible receiver ${receiverText(vm, vm.u32[self], vm.u32[self + 1])}`);
    }
    const r = d.it.next();
    const mark = vm.handleMark();
    if (r.done) vm.retUndef();
    else matchToVM(vm, r.value);
    const vlo = vm.rlo;
    const vhi = vm.rhi;
    vm.protect(vlo, vhi);
    const o = vm.newObject(vm.objectProto);
    vm.protect(o, L.TAG_OBJECT);
    vm.addProperty(o, 'value', vlo, vhi);
    vm.addProperty(o, 'done', r.done ? 1 : 0, L.TAG_BOOL);
    vm.releaseHandles(mark);
    vm.retValue(o, L.TAG_OBJECT);
  });

  vm.drainIterator = (ref: number): number => {
    const d = vm.internals.get(ref);
    if (!(d instanceof MatchAllData)) return 0;
    const mark = vm.handleMark();
    const arr = vm.newArray(0);
    vm.protect(arr, L.TAG_ARRAY);
    for (const m of d.it) {
      matchToVM(vm, m);
      vm.arrayPush(arr, vm.rlo, vm.rhi);
    }
    vm.releaseHandles(mark);
    return arr;
  };

  installStringRegExpMethods(vm);
}

/** Shape id of RegExp objects as made (lastIndex is their inline slot 0), per VM. */
const regexpShapeIds = new WeakMap<VM, number>();

/** Copies the VM object's lastIndex into the host RegExp (ToLength happens in the host). */
function syncIn(vm: VM, ref: number, host: RegExp): void {
  const q = (ref + L.OBJ_INLINE) >>> 2;
  if (vm.u32[(ref + L.OBJ_SHAPE) >>> 2] === regexpShapeIds.get(vm) && vm.u32[q + 1] === L.TAG_INT) {
    host.lastIndex = vm.i32[q];
    return;
  }
  vm.getProp(ref, L.TAG_OBJECT, 'lastIndex');
  host.lastIndex = vm.rhi === L.TAG_INT ? vm.rlo | 0 : vm.toNumber(vm.rlo, vm.rhi);
}

/** Writes the host's lastIndex back where the spec writes it (global or sticky regexps). */
function syncOut(vm: VM, ref: number, host: RegExp): void {
  if (host.global || host.sticky) {
    const i = host.lastIndex;
    const q = (ref + L.OBJ_INLINE) >>> 2;
    if (vm.u32[(ref + L.OBJ_SHAPE) >>> 2] === regexpShapeIds.get(vm) && vm.u32[q + 1] === L.TAG_INT && (i | 0) === i) {
      // The slot already holds an int32 (its field type covers it): store in place.
      vm.i32[q] = i;
      return;
    }
    vm.retNumber(i);
    vm.setProp(ref, L.TAG_OBJECT, 'lastIndex', vm.rlo, vm.rhi);
  }
}

/** RegExpBuiltinExec into the result registers: a match array or null. */
function builtinExec(vm: VM, ref: number, host: RegExp, s: string, inputRef = 0): void {
  syncIn(vm, ref, host);
  const m = host.exec(s);
  syncOut(vm, ref, host);
  if (m === null) return vm.retValue(0, L.TAG_NULL);
  matchToVM(vm, m, inputRef);
}

/** A string-or-undefined as a VM value in the result registers. */
function retOptString(vm: VM, x: string | undefined): void {
  if (x === undefined) vm.retUndef();
  else vm.retString(x);
}

/** An object with a null prototype holding `groups` (undefined stays undefined), in the result registers. */
function groupsToVM(vm: VM, groups: Record<string, unknown> | undefined, each: (x: unknown) => void): void {
  if (groups === undefined) return vm.retUndef();
  const mark = vm.handleMark();
  const o = vm.newObject(0);
  vm.protect(o, L.TAG_OBJECT);
  for (const k of Object.keys(groups)) {
    each(groups[k]);
    vm.defineOwn(o, k, vm.rlo, vm.rhi);
  }
  vm.releaseHandles(mark);
  vm.retValue(o, L.TAG_OBJECT);
}

/** The shape of match arrays: an array with `index`, `input`, `groups` (per VM). */
const matchShapes = new WeakMap<VM, Shape>();

let lastVM: VM | null = null;
let lastMatchShape: Shape | null = null;

function matchShape(vm: VM): Shape {
  if (vm === lastVM) return lastMatchShape!;
  let s = matchShapes.get(vm);
  if (!s) {
    s = vm.arrayShape;
    for (const k of ['index', 'input', 'groups']) s = vm.shapes.addProperty(s, k);
    matchShapes.set(vm, s);
  }
  lastVM = vm;
  lastMatchShape = s;
  return s;
}

/**
 * A host match array as a VM array with index, input, groups (and indices),
 * in the result registers. `inputRef`: the subject's STRING cell if the
 * caller has it (so each match does not make a new one), else 0.
 */
export function matchToVM(vm: VM, m: RegExpMatchArray, inputRef = 0): void {
  const mark = vm.handleMark();
  const arr = vm.newArray(m.length);
  vm.protect(arr, L.TAG_ARRAY);
  const m0 = m[0];
  let ref0 = 0;
  for (let i = 0; i < m.length; i++) {
    const x = m[i];
    const q = vm.elementQ(arr, i);
    if (x === undefined) {
      vm.u32[q] = 0;
      vm.u32[q + 1] = L.TAG_UNDEF;
      continue;
    }
    // A capture spanning the whole match (common in tokenizers) shares the match's string cell.
    if (i > 0 && ref0 !== 0 && x.length === m0.length && x === m0) vm.u32[q] = ref0;
    else {
      vm.retString(x);
      vm.u32[q] = vm.rlo;
      if (i === 0) ref0 = vm.rlo;
    }
    vm.u32[q + 1] = L.TAG_STRING;
  }
  // index, input and groups go straight into a SLOTS cell under the match-array shape (no transitions).
  if (inputRef === 0) {
    vm.retString(m.input ?? '');
    inputRef = vm.rlo;
  }
  vm.protect(inputRef, L.TAG_STRING);
  let glo = 0;
  let ghi: number = L.TAG_UNDEF;
  if (m.groups !== undefined) {
    groupsToVM(vm, m.groups, (x) => retOptString(vm, x as string | undefined));
    glo = vm.rlo;
    ghi = vm.rhi;
  }
  vm.protect(glo, ghi);
  const slots = vm.newVector(L.K_SLOTS, 4, L.TAG_UNDEF);
  const shape = matchShape(vm);
  vm.retNumber(m.index ?? 0);
  const u32 = vm.u32;
  const base = (slots + L.VEC_DATA) >>> 2;
  u32[base] = vm.rlo;
  u32[base + 1] = vm.rhi;
  u32[base + 2] = inputRef;
  u32[base + 3] = L.TAG_STRING;
  u32[base + 4] = glo;
  u32[base + 5] = ghi;
  vm.shapes.noteStore(shape, 0, vm.rhi);
  vm.shapes.noteStore(shape, 1, L.TAG_STRING);
  vm.shapes.noteStore(shape, 2, ghi);
  u32[(arr + L.OBJ_SLOTS) >>> 2] = slots;
  vm.u32[(arr + L.OBJ_SHAPE) >>> 2] = shape.id;
  const indices = (m as RegExpMatchArray & { indices?: RegExpIndicesArray }).indices;
  if (indices) {
    const pair = (p: [number, number] | undefined): void => {
      if (p === undefined) return vm.retUndef();
      vm.retValue(vm.newArrayFrom([p[0], L.TAG_INT, p[1], L.TAG_INT]), L.TAG_ARRAY);
    };
    const ia = vm.newArray(indices.length);
    vm.protect(ia, L.TAG_ARRAY);
    for (let i = 0; i < indices.length; i++) {
      pair(indices[i]);
      const q = vm.elementQ(ia, i);
      vm.u32[q] = vm.rlo;
      vm.u32[q + 1] = vm.rhi;
    }
    groupsToVM(vm, indices.groups, (x) => pair(x as [number, number] | undefined));
    vm.addProperty(ia, 'groups', vm.rlo, vm.rhi);
    vm.addProperty(arr, 'indices', ia, L.TAG_ARRAY);
  }
  vm.releaseHandles(mark);
  vm.retValue(arr, L.TAG_ARRAY);
}

/** `this` of a String.prototype method as a string (null and undefined throw as in Node). */
function thisStr(vm: VM, self: number, name: string): string {
  const hi = vm.u32[self + 1];
  if (hi === L.TAG_STRING) return vm.str(vm.u32[self]);
  if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', `String.prototype.${name} called on null or undefined`);
  return vm.toStr(vm.u32[self], hi);
}

/** A non-RegExp pattern argument as the host would take it (undefined stays undefined). */
function hostPattern(vm: VM, args: number, argc: number, i: number): string | undefined {
  return argHi(vm, args, argc, i) === L.TAG_UNDEF ? undefined : argStr(vm, args, argc, i);
}

/** Runs a host operation that compiles a pattern, turning its SyntaxError into the VM's. */
function hostTry<T>(vm: VM, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SyntaxError) vm.throwError('SyntaxError', e.message);
    throw e;
  }
}

/** One match a replace found: the matched text, its captures, position and named groups. */
interface Found {
  matched: string;
  captures: (string | undefined)[];
  position: number;
  groups: Record<string, string | undefined> | undefined;
}

/**
 * Calls a replacer function for each match (all found before the first call,
 * as the spec does) and splices the results into `s`.
 */
function replaceWithFunction(vm: VM, s: string, found: Found[], fnLo: number, fnHi: number): string {
  const results: string[] = [];
  for (const f of found) {
    const mark = vm.handleMark();
    const words: number[] = [];
    const push = (x: string | undefined): void => {
      retOptString(vm, x);
      vm.protect(vm.rlo, vm.rhi);
      words.push(vm.rlo, vm.rhi);
    };
    push(f.matched);
    for (const c of f.captures) push(c);
    words.push(f.position, L.TAG_INT);
    push(s);
    if (f.groups !== undefined) {
      groupsToVM(vm, f.groups, (x) => retOptString(vm, x as string | undefined));
      vm.protect(vm.rlo, vm.rhi);
      words.push(vm.rlo, vm.rhi);
    }
    vm.callFunction(fnLo, fnHi, 0, L.TAG_UNDEF, words);
    results.push(vm.toStr(vm.rlo, vm.rhi));
    vm.releaseHandles(mark);
  }
  let out = '';
  let next = 0;
  found.forEach((f, i) => {
    if (f.position >= next) {
      out += s.slice(next, f.position) + results[i];
      next = f.position + f.matched.length;
    }
  });
  return out + s.slice(next);
}

/** The matches a replace with a RegExp makes: every one for a global regexp (lastIndex ends at 0), else one exec. */
function regexpMatches(vm: VM, ref: number, host: RegExp, s: string): Found[] {
  const found: Found[] = [];
  const add = (m: RegExpExecArray): void => {
    found.push({ matched: m[0], captures: m.slice(1), position: m.index, groups: m.groups });
  };
  if (host.global) {
    vm.retNumber(0);
    vm.setProp(ref, L.TAG_OBJECT, 'lastIndex', vm.rlo, vm.rhi);
    host.lastIndex = 0;
    for (;;) {
      const m = host.exec(s);
      if (m === null) break;
      add(m);
      if (m[0] === '') host.lastIndex = advance(s, host.lastIndex, host.unicode);
    }
    host.lastIndex = 0;
    syncOut(vm, ref, host);
  } else {
    syncIn(vm, ref, host);
    const m = host.exec(s);
    syncOut(vm, ref, host);
    if (m !== null) add(m);
  }
  return found;
}

/** All occurrences of a string pattern (advancing by at least one, so '' matches between every unit). */
function stringMatches(s: string, pat: string, all: boolean): Found[] {
  const found: Found[] = [];
  let i = s.indexOf(pat, 0);
  while (i >= 0) {
    found.push({ matched: pat, captures: [], position: i, groups: undefined });
    if (!all) break;
    const from = i + Math.max(1, pat.length);
    // indexOf clamps its start to the length: past the end there is nothing more to find.
    i = from > s.length ? -1 : s.indexOf(pat, from);
  }
  return found;
}

function installStringRegExpMethods(vm: VM): void {
  const P = vm.stringProto;

  const replaceImpl = (vm: VM, args: number, argc: number, self: number, all: boolean): void => {
    const name = all ? 'replaceAll' : 'replace';
    const s = thisStr(vm, self, name);
    const plo = argLo(vm, args, argc, 0);
    const phi = argHi(vm, args, argc, 0);
    const rlo = argLo(vm, args, argc, 1);
    const rhi = argHi(vm, args, argc, 1);
    const d = regexpData(vm, plo, phi);
    if (d) {
      if (all && !d.host.global) vm.throwError('TypeError', 'String.prototype.replaceAll called with a non-global RegExp argument');
      if (rhi === L.TAG_FUNCTION) return vm.retString(replaceWithFunction(vm, s, regexpMatches(vm, plo, d.host, s), rlo, rhi));
      const repl = vm.toStr(rlo, rhi);
      const host = d.host;
      if (host.global) {
        vm.retNumber(0);
        vm.setProp(plo, phi, 'lastIndex', vm.rlo, vm.rhi);
        host.lastIndex = 0;
      } else syncIn(vm, plo, host);
      const r = s.replace(host, repl);
      syncOut(vm, plo, host);
      return vm.retString(r);
    }
    const pat = vm.toStr(plo, phi);
    if (rhi === L.TAG_FUNCTION) return vm.retString(replaceWithFunction(vm, s, stringMatches(s, pat, all), rlo, rhi));
    const repl = vm.toStr(rlo, rhi);
    vm.retString(all ? s.replaceAll(pat, repl) : s.replace(pat, repl));
  };
  method(vm, P, 'replace', 2, (vm, args, argc, self) => replaceImpl(vm, args, argc, self, false));
  method(vm, P, 'replaceAll', 2, (vm, args, argc, self) => replaceImpl(vm, args, argc, self, true));

  method(vm, P, 'match', 1, (vm, args, argc, self) => {
    const s = thisStr(vm, self, 'match');
    const plo = argLo(vm, args, argc, 0);
    const phi = argHi(vm, args, argc, 0);
    const d = regexpData(vm, plo, phi);
    if (d && !d.host.global) return builtinExec(vm, plo, d.host, s, vm.u32[self + 1] === L.TAG_STRING ? vm.u32[self] : 0);
    let r: RegExpMatchArray | null;
    if (d) {
      vm.retNumber(0);
      vm.setProp(plo, phi, 'lastIndex', vm.rlo, vm.rhi);
      d.host.lastIndex = 0;
      r = s.match(d.host);
      d.host.lastIndex = 0;
    } else {
      const pat = hostPattern(vm, args, argc, 0);
      r = hostTry(vm, () => s.match(pat as string));
      if (r !== null && r.index !== undefined) return matchToVM(vm, r);
    }
    if (r === null) return vm.retValue(0, L.TAG_NULL);
    vm.retValue(vm.newStringArray([...r]), L.TAG_ARRAY);
  });

  method(vm, P, 'matchAll', 1, (vm, args, argc, self) => {
    const s = thisStr(vm, self, 'matchAll');
    const plo = argLo(vm, args, argc, 0);
    const phi = argHi(vm, args, argc, 0);
    const d = regexpData(vm, plo, phi);
    let it: IterableIterator<RegExpMatchArray>;
    if (d) {
      if (!d.host.global) vm.throwError('TypeError', 'String.prototype.matchAll called with a non-global RegExp argument');
      // The iterator works on a clone that starts at the regexp's lastIndex; the regexp itself is not touched again.
      const clone = new RegExp(d.host);
      syncIn(vm, plo, clone);
      it = s.matchAll(clone);
    } else {
      const pat = hostPattern(vm, args, argc, 0);
      it = hostTry(vm, () => s.matchAll(pat as unknown as RegExp));
    }
    const o = vm.newObject(vm.matchAllIterProto);
    vm.internals.set(o, new MatchAllData(it));
    vm.retValue(o, L.TAG_OBJECT);
  });

  method(vm, P, 'search', 1, (vm, args, argc, self) => {
    const s = thisStr(vm, self, 'search');
    const d = regexpData(vm, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    // The host saves and restores lastIndex around the search, as the spec does.
    if (d) return vm.retNumber(s.search(d.host));
    const pat = hostPattern(vm, args, argc, 0);
    vm.retNumber(hostTry(vm, () => s.search(pat as string)));
  });

  method(vm, P, 'split', 2, (vm, args, argc, self) => {
    const s = thisStr(vm, self, 'split');
    const limit = argHi(vm, args, argc, 1) === L.TAG_UNDEF ? undefined : vm.toNumber(argLo(vm, args, argc, 1), argHi(vm, args, argc, 1)) >>> 0;
    const d = regexpData(vm, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    let parts: (string | undefined)[];
    // A regexp splits through a sticky clone (the host's, as the spec's), leaving the regexp's lastIndex alone.
    if (d) parts = s.split(d.host as unknown as { [Symbol.split](s: string, l?: number): string[] }, limit);
    else parts = argHi(vm, args, argc, 0) === L.TAG_UNDEF ? [s].slice(0, limit) : s.split(argStr(vm, args, argc, 0), limit);
    const mark = vm.handleMark();
    const arr = vm.newArray(parts.length);
    vm.protect(arr, L.TAG_ARRAY);
    parts.forEach((p, i) => {
      retOptString(vm, p);
      const q = vm.elementQ(arr, i);
      vm.u32[q] = vm.rlo;
      vm.u32[q + 1] = vm.rhi;
    });
    vm.releaseHandles(mark);
    vm.retValue(arr, L.TAG_ARRAY);
  });
}
