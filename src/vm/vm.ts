// The VM runtime: linear memory, heap cells, strings, properties,
// conversions, errors and function entry. The bytecode loop lives in
// interpreter.ts; built-in functions in builtins/.
//
// Conventions:
// - Stack positions (sp, fp, argument bases) are *q-indices*: indices into
//   the Uint32Array view, i.e. byte offset / 4. A value at q has its low word
//   at u32[q] and its high word at u32[q + 1].
// - Host functions return JS values through the result registers rlo/rhi.
// - Anything that may allocate may run the GC: values that must survive it
//   are kept on the VM stack (below vm.sp) or in vm.handles.

import type { ISeq } from '../bytecode/iseq';
import type { JitHooks } from './hooks';
import { ISEQ_ARGUMENTS, ISEQ_CLASS_CTOR, ISEQ_DERIVED, ISEQ_SUSPENDS } from '../bytecode/iseq';
import type { EventLoop as AsyncHost } from './eventloop';
import * as nodeVm from 'node:vm';
import { InterruptSignal, Thrown } from './errors';
import { Heap, OutOfMemory } from './heap';
import { CLOSURE_SIZE, closureFlags, GLOBAL_ASSUMED, GLOBAL_REASSIGNED, HF_ARGS_STRICT, HF_ARGUMENTS, HF_FROZEN_ELEMENTS, HF_INTERNED, HF_IS_PROTO, HF_READONLY_ELEMENTS, HF_SEALED_ELEMENTS, HF_SPARSE, L, MC } from './layout';
import { DENSE_MAX, makeSparse, sparseDelete, sparseGet, sparseHas, sparseKeys, sparseLength, sparseSet, sparseSetLength, wantsSparse } from './sparse';
import { PRIMITIVE_KEY } from './wrappers';
import { Memory, type MemoryBacking, plainBacking } from './memory';
import { ATTR_ACCESSOR, ATTR_DONTDELETE, ATTR_HIDDEN, ATTR_READONLY, ATTR_SPECIAL, FIELD_ANY, FIELD_NONE, fieldCode, type PropKey, type Shape, ShapeTable } from './shapes';
import { bitsToDouble, NAN_HI } from './values';
import { captureStack, stackText } from './stack';

/** A built-in function: reads its arguments from the stack, returns through vm.rlo/rhi (preset to undefined). */
export type NativeFn = (vm: VM, args: number, argc: number, self: number, newTarget: number) => void;

export interface NativeInfo {
  name: string;
  fn: NativeFn;
  length: number;
  /** May be called with `new`. */
  ctor: boolean;
}

// HF_IS_PROTO, HF_INTERNED and MC (the lookup cache geometry) live in layout.ts: machine code shares them.
export { HF_ARGS_STRICT, HF_ARGUMENTS, HF_FROZEN_ELEMENTS, HF_INTERNED, HF_IS_PROTO, HF_READONLY_ELEMENTS, HF_SEALED_ELEMENTS, HF_SPARSE, MC } from './layout';

/** Host memory charged to the heap budget per string cell (see newString). */
const HOST_STRING_BYTES = 48;

/** The typeof results, in the order of vm.typeofRefs. */
export const TYPEOF_NAMES = ['number', 'string', 'boolean', 'undefined', 'object', 'function', 'symbol'];

/** One Symbol (a TAG_SYMBOL value's lo is its index in vm.symbols). */
export interface SymbolRecord {
  /** The host symbol that stands for it as a property key (shape keys, mirrors). */
  readonly key: symbol;
  /** Its description; undefined for Symbol(). */
  readonly desc: string | undefined;
  /** True for symbols made by Symbol.for (their description is the registry key). */
  readonly registered: boolean;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

export interface VMOptions {
  /** Total linear memory in MiB (the heap's ceiling). */
  memoryMiB?: number;
  /** VM value-stack size in KiB. */
  stackKiB?: number;
  /** Backing store for the linear memory (the native addon's mapping); a plain ArrayBuffer otherwise. */
  backing?: MemoryBacking;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  argv?: string[];
}

// GLOBAL_ASSUMED and GLOBAL_REASSIGNED (vm.globalAssumed states) live in layout.ts.
export { GLOBAL_ASSUMED, GLOBAL_REASSIGNED } from './layout';

export class VM {
  readonly mem: Memory;
  readonly u8: Uint8Array;
  readonly u32: Uint32Array;
  readonly i32: Int32Array;
  readonly f64: Float64Array;
  readonly heap: Heap;
  readonly shapes = new ShapeTable();

  // ---- host tables ----
  readonly strs: (string | undefined)[] = [];
  private strFree: number[] = [];
  /** Strings referenced by constant pools and the runtime; never collected. */
  readonly pinnedStrings = new Map<string, number>();
  readonly iseqs: ISeq[] = [];
  readonly globalIndex = new Map<string, number>();
  readonly globalNames: string[] = [];
  readonly natives: NativeInfo[] = [];
  /** Host roots: values (lo, hi pairs) a built-in holds while it allocates, in handles[0, handleTop). */
  private handles = new Uint32Array(256);
  private handleTop = 0;
  /** Extra root cells held by host tables (module cache, …). */
  readonly pinnedRefs = new Set<number>();
  /**
   * Internal slots of exotic built-in objects, keyed by the OBJECT cell:
   * a RegExp's compiled host RegExp, a Date's time value, a matchAll
   * iterator's state (src/vm/builtins/regexp.ts, date.ts). Entries of dead
   * cells are dropped after marking, before their addresses can be reused.
   */
  readonly internals = new Map<number, object>();
  /** Tagged-template sites: the strings of each, and its template object once made (a pinned ARRAY, 0 before). */
  readonly templateSites: { cooked: (string | null)[]; raw: string[]; ref: number }[] = [];

  templateSite(cooked: (string | null)[], raw: string[]): number {
    return this.templateSites.push({ cooked, raw, ref: 0 }) - 1;
  }

  /** %GeneratorPrototype% (the prototype of generator functions' `prototype` objects). */
  generatorProto = 0;
  /** Set by yield/await when the running frame suspended (generators.ts resume reads and clears it). */
  genSuspended = false;
  /** Promises, microtasks, timers and the event loop (src/vm/eventloop.ts); set by the realm. */
  async!: AsyncHost;
  /** RegExp literal sites: the pattern compiled once per site (vm.regexpSite). */
  readonly regexpSites: { host: RegExp; source: number; flags: number }[] = [];
  /** Registers a regexp literal site: the pattern compiled by the host once (a host SyntaxError propagates). */
  regexpSite(pattern: string, flags: string): number {
    const host = new RegExp(pattern, flags);
    this.regexpSites.push({ host, source: this.pinString(host.source), flags: this.pinString(host.flags) });
    return this.regexpSites.length - 1;
  }
  /** Creates a RegExp object for a literal site (installed by the realm; src/vm/builtins/regexp.ts). */
  newRegExpFromSite: (site: number) => number = () => 0;
  /** for…of over a built-in iterator object: its remaining values as a new array (0: not such an iterator). */
  drainIterator: (ref: number) => number = () => 0;
  /** Whether an object is a Date (ToPrimitive's default hint is string for dates). */
  isDate: (ref: number) => boolean = () => false;

  // ---- interpreter registers (q-indices) ----
  sp = L.STACK_BASE >>> 2;
  fp = 0;
  pc = 0;
  readonly stackLimit: number;
  /** Result registers for host functions. */
  rlo = 0;
  rhi: number = L.TAG_UNDEF;
  /** Bumped whenever a prototype object gains a property; invalidates method caches. */
  protoEpoch = 0;
  /** The interpreter's (receiver shape, key) → property location cache (see objectGet in interpreter.ts). */
  readonly lookupCache: Uint32Array;
  /** Byte offset of lookupCache in the linear memory (docs/ARCHITECTURE.md §1). */
  readonly lookupCacheBase: number;
  /** Host frames of the interpreter currently active (JS → native → JS nesting depth). */
  hostDepth = 0;
  /** The JIT, when enabled (set by the engine; the VM sees only its hooks). */
  jit: JitHooks | null = null;
  /** Calls (and loop back edges) before the JIT compiles. */
  jitThreshold = 30;
  /** Count interpreted instructions (for --stats ratio_in_jit). */
  countInsns = false;
  insnCount = 0;

  // ---- intrinsics (cell references) ----
  objectProto = 0;
  functionProto = 0;
  arrayProto = 0;
  stringProto = 0;
  numberProto = 0;
  booleanProto = 0;
  /** Symbol.prototype; %IteratorPrototype% and %ArrayIteratorPrototype% (src/vm/iteration.ts). */
  symbolProto = 0;
  iteratorProto = 0;
  arrayIterProto = 0;
  stringIterProto = 0;
  /** Map.prototype and Set.prototype (src/vm/builtins/collections.ts). */
  mapProto = 0;
  setProto = 0;

  /** The original built-ins the iteration fast paths compare against (src/vm/iteration.ts, IterationIntrinsics). */
  iterIntrinsics: unknown = null;

  /** Every symbol made so far, by id (see SymbolRecord); never shrinks. */
  readonly symbols: SymbolRecord[] = [];
  /** Host key symbol → symbol id. */
  readonly symbolIds = new Map<symbol, number>();
  /** Symbol.for's registry: key → symbol id. */
  readonly symbolRegistry = new Map<string, number>();
  /** The RegExp constructor and the prototype of matchAll's iterators (src/vm/builtins/regexp.ts). */
  regexpCtor = 0;
  regexpProto = 0;
  matchAllIterProto = 0;
  /** Date.prototype (src/vm/builtins/date.ts). */
  dateProto = 0;
  errorProto = 0;
  readonly errorCtors = new Map<string, number>();
  arrayShape!: Shape;
  plainShape!: Shape;
  /** Single-character strings for char codes < 256. */
  readonly charStrings: number[] = [];
  emptyString = 0;

  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  argv: string[];

  constructor(opts: VMOptions = {}) {
    const memBytes = (opts.memoryMiB ?? 1024) * 1024 * 1024;
    const stackBytes = (opts.stackKiB ?? L.DEFAULT_STACK_BYTES / 1024) * 1024;
    if (!(stackBytes >= 4 * L.STACK_RED_ZONE)) throw new RangeError(`stackKiB must be at least ${(4 * L.STACK_RED_ZONE) / 1024}`);
    const stackEnd = L.STACK_BASE + stackBytes;
    // The lookup cache sits between the stack and the heap, where machine code can probe it.
    const heapBase = stackEnd + MC.ENTRIES * MC.WORDS * 4;
    this.mem = new Memory(opts.backing ?? plainBacking(memBytes), heapBase + 4 * 1024 * 1024);
    this.u8 = this.mem.u8;
    this.u32 = this.mem.u32;
    this.i32 = this.mem.i32;
    this.f64 = this.mem.f64;
    this.lookupCacheBase = stackEnd;
    this.lookupCache = this.u32.subarray(stackEnd >>> 2, (stackEnd >>> 2) + MC.ENTRIES * MC.WORDS);
    this.stackLimit = (stackEnd - L.STACK_RED_ZONE) >>> 2;
    this.stdout = opts.stdout ?? ((s) => process.stdout.write(s));
    this.stderr = opts.stderr ?? ((s) => process.stderr.write(s));
    this.argv = opts.argv ?? [];
    this.heap = new Heap(this.mem, heapBase, {
      markRoots: (h) => this.markRoots(h),
      finalize: (ref, kind) => this.finalize(ref, kind),
      shapeInfo: (id) => this.shapes.shapes[id],
      traceInternal: (ref, h) => (this.internals.get(ref) as { markRefs?(h: Heap): void } | undefined)?.markRefs?.(h),
      afterMark: (h) => {
        this.shapes.sweepRoots((r) => h.isMarked(r));
        for (const ref of this.argMaps.keys()) if (!h.isMarked(ref)) this.argMaps.delete(ref);
        // Entries name key cells by address: a dead key's address may be reused by a different string.
        this.lookupCache.fill(0);
        // Internal slots of dead objects (their host RegExps and dates) go with them.
        if (this.internals.size !== 0) for (const ref of this.internals.keys()) if (!h.isMarked(ref)) this.internals.delete(ref);
      },
    });
  }

  // ------------------------------------------------------------------ GC

  private markRoots(h: Heap): void {
    h.markRange(L.GLOBALS_BASE, L.GLOBALS_BASE + 8 * this.globalNames.length);
    h.markRange(L.STACK_BASE, this.sp * 4);
    // Frame headers hold raw ENV and new.target references.
    for (let fp = this.fp; fp !== 0; fp = this.u32[fp] >>> 2) {
      h.mark(this.u32[fp + 3]);
      h.mark(this.u32[fp + 9]);
    }
    for (const m of this.argMaps.values()) h.mark(m.env);
    this.async?.markRoots(h);
    for (const ref of this.pinnedStrings.values()) h.mark(ref);
    for (const ref of this.pinnedRefs) h.mark(ref);
    for (const ref of this.charStrings) h.mark(ref);
    const hs = this.handles;
    for (let i = 0; i < this.handleTop; i += 2) h.markValue(hs[i], hs[i + 1]);
    h.markValue(this.rlo, this.rhi);
    for (const r of [this.objectProto, this.functionProto, this.arrayProto, this.stringProto, this.numberProto, this.booleanProto, this.errorProto]) h.mark(r);
    for (const r of this.errorCtors.values()) h.mark(r);
    for (const hook of this.extraRoots) hook(h);
  }

  /** Subsystems (modules, JIT) register extra root markers here. */
  readonly extraRoots: ((h: Heap) => void)[] = [];

  private finalize(ref: number, kind: number): void {
    if (kind === L.K_STRING) {
      const id = this.u32[(ref + L.STR_HOSTID) >>> 2];
      this.strs[id] = undefined;
      this.strFree.push(id);
    } else if (this.shapes.dictionaryCount !== 0 && (kind === L.K_OBJECT || kind === L.K_ARRAY || kind === L.K_FUNCTION)) {
      // Only a dictionary shape needs releasing (most programs have none).
      const shape = this.shapes.shapes[this.u32[(ref + L.OBJ_SHAPE) >>> 2]];
      if (shape && shape.isDictionary) this.shapes.release(shape);
    }
  }

  /** Keeps a value alive across allocations until releaseHandles(mark). */
  protect(lo: number, hi: number): void {
    const t = this.handleTop;
    if (t + 2 > this.handles.length) {
      const grown = new Uint32Array(this.handles.length * 2);
      grown.set(this.handles);
      this.handles = grown;
    }
    this.handles[t] = lo;
    this.handles[t + 1] = hi;
    this.handleTop = t + 2;
  }

  handleMark(): number {
    return this.handleTop;
  }

  releaseHandles(mark: number): void {
    this.handleTop = mark;
  }

  /** Drops the n most recently protected values. */
  unprotect(n: number): void {
    this.handleTop -= 2 * n;
  }

  // ------------------------------------------------------------- strings

  newString(s: string): number {
    const ref = this.heap.alloc(L.STR_SIZE, L.K_STRING);
    // The characters live host-side (a V8 string of at least 32 bytes plus a
    // table slot): count them toward the collection budget, or host strings
    // would pile up (and survive V8's young generation) between collections.
    this.heap.chargeExternal(HOST_STRING_BYTES);
    const id = this.strFree.length > 0 ? this.strFree.pop()! : this.strs.length;
    this.strs[id] = s;
    this.u32[(ref + L.STR_LENGTH) >>> 2] = s.length;
    this.u32[(ref + L.STR_HOSTID) >>> 2] = id;
    return ref;
  }

  /**
   * The CHARS cell of string `ref`: its UTF-16 code units in linear memory,
   * copied from the host string the first time machine code needs them
   * (strings are immutable, so the copy never goes stale). May collect: `ref`
   * must be reachable from a root.
   */
  stringChars(ref: number): number {
    const have = this.u32[(ref + L.STR_CHARS) >>> 2];
    if (have !== 0) return have;
    const s = this.str(ref);
    const n = s.length;
    const cell = this.heap.alloc(L.CHARS_DATA + 2 * n, L.K_CHARS);
    this.u32[(cell + L.CHARS_LENGTH) >>> 2] = n;
    const u16 = this.mem.u16;
    for (let i = 0, q = (cell + L.CHARS_DATA) >>> 1; i < n; i++) u16[q + i] = s.charCodeAt(i);
    this.u32[(ref + L.STR_CHARS) >>> 2] = cell;
    return cell;
  }

  /** A string cell that lives forever (constants, property names the runtime uses). */
  pinString(s: string): number {
    let ref = this.pinnedStrings.get(s);
    if (ref === undefined) {
      ref = this.newString(s);
      this.pinnedStrings.set(s, ref);
      // Interned: two different interned cells never hold equal strings.
      this.u8[ref + L.HDR_FLAGS] |= HF_INTERNED;
    }
    return ref;
  }

  str(ref: number): string {
    return this.strs[this.u32[(ref + L.STR_HOSTID) >>> 2]]!;
  }

  /** Sets the result registers to a string value (single characters come from a cache). */
  retString(s: string): void {
    let ref: number;
    if (s.length === 1 && s.charCodeAt(0) < 256) ref = this.charStrings[s.charCodeAt(0)];
    else if (s.length === 0) ref = this.emptyString;
    else ref = this.newString(s);
    this.rlo = ref;
    this.rhi = L.TAG_STRING;
  }

  // -------------------------------------------------------------- values

  retNumber(x: number): void {
    if ((x | 0) === x && (x !== 0 || 1 / x > 0)) {
      this.rlo = x >>> 0;
      this.rhi = L.TAG_INT;
    } else if (x !== x) {
      this.rlo = 0;
      this.rhi = NAN_HI;
    } else {
      F64[0] = x;
      this.rlo = U32[0];
      this.rhi = U32[1];
    }
  }

  retBool(b: boolean): void {
    this.rlo = b ? 1 : 0;
    this.rhi = L.TAG_BOOL;
  }

  retUndef(): void {
    this.rlo = 0;
    this.rhi = L.TAG_UNDEF;
  }

  retValue(lo: number, hi: number): void {
    this.rlo = lo;
    this.rhi = hi;
  }

  /** Writes the result registers to the value slot at q. */
  storeResult(q: number): void {
    this.u32[q] = this.rlo;
    this.u32[q + 1] = this.rhi;
  }

  writeNumber(q: number, x: number): void {
    this.retNumber(x);
    this.storeResult(q);
  }

  numberAt(q: number): number {
    const hi = this.u32[q + 1];
    return hi === L.TAG_INT ? this.i32[q] : this.f64[q >>> 1];
  }

  // -------------------------------------------------------------- objects

  /** The shape id word of an object, array or function cell. */
  shapeOf(ref: number): Shape {
    return this.shapes.shapes[this.u32[(ref + L.OBJ_SHAPE) >>> 2]];
  }

  protoOf(ref: number): number {
    return this.shapeOf(ref).proto;
  }

  rootShape(proto: number, cap: number): Shape {
    if (proto !== 0) this.u8[proto + L.HDR_FLAGS] |= HF_IS_PROTO;
    return this.shapes.root(proto, cap);
  }

  newObject(proto: number, inlineCapacity = 4): number {
    const shape = proto === this.objectProto && inlineCapacity === 4 && this.plainShape ? this.plainShape : this.rootShape(proto, inlineCapacity);
    const ref = this.heap.alloc(L.OBJ_INLINE + 8 * inlineCapacity, L.K_OBJECT);
    this.u32[(ref + L.OBJ_SHAPE) >>> 2] = shape.id;
    return ref;
  }

  newArray(length: number, capacity = length): number {
    if (capacity > 0) {
      // Allocate the elements first so only one cell is unreferenced at a time.
      const el = this.newVector(L.K_ELEMENTS, capacity, L.TAG_HOLE);
      this.protect(el, L.TAG_ARRAY);
      const ref = this.heap.alloc(L.ARR_SIZE, L.K_ARRAY);
      this.unprotect(1);
      this.u32[(ref + L.OBJ_SHAPE) >>> 2] = this.arrayShape.id;
      this.u32[(ref + L.ARR_LENGTH) >>> 2] = length;
      this.u32[(ref + L.ARR_CAPACITY) >>> 2] = capacity;
      this.u32[(ref + L.ARR_ELEMENTS) >>> 2] = el;
      return ref;
    }
    const ref = this.heap.alloc(L.ARR_SIZE, L.K_ARRAY);
    this.u32[(ref + L.OBJ_SHAPE) >>> 2] = this.arrayShape.id;
    this.u32[(ref + L.ARR_LENGTH) >>> 2] = length;
    return ref;
  }

  /** An ELEMENTS or SLOTS cell with every value set to (0, fillHi). */
  newVector(kind: number, capacity: number, fillHi: number): number {
    const ref = this.heap.alloc(L.VEC_DATA + 8 * capacity, kind);
    const u32 = this.u32;
    u32[(ref + L.VEC_CAPACITY) >>> 2] = capacity;
    const d = (ref + L.VEC_DATA) >>> 2;
    for (let i = 0; i < capacity; i++) u32[d + 2 * i + 1] = fillHi;
    return ref;
  }

  /** Address (q) of element i of an array (no bounds check). */
  elementQ(arr: number, i: number): number {
    return ((this.u32[(arr + L.ARR_ELEMENTS) >>> 2] + L.VEC_DATA) >>> 2) + 2 * i;
  }

  arrayLength(arr: number): number {
    return this.u32[(arr + L.ARR_LENGTH) >>> 2];
  }

  /**
   * The array's `length` in either elements mode. arrayLength() is the dense
   * store's length (0 for a sparse array, vm/sparse.ts): loops over
   * elementQ() use that one.
   */
  arrayLen(arr: number): number {
    return this.u8[arr + L.HDR_FLAGS] & HF_SPARSE ? sparseLength(this, arr) : this.u32[(arr + L.ARR_LENGTH) >>> 2];
  }

  /** Whether element i of the array is present (in either elements mode). */
  arrayHas(arr: number, i: number): boolean {
    if (this.u8[arr + L.HDR_FLAGS] & HF_SPARSE) return sparseHas(this, arr, i);
    return i < this.arrayLength(arr) && this.u32[this.elementQ(arr, i) + 1] !== L.TAG_HOLE;
  }

  /** Makes room for at least n elements. */
  ensureCapacity(arr: number, n: number): void {
    const u32 = this.u32;
    const cap = u32[(arr + L.ARR_CAPACITY) >>> 2];
    if (n <= cap) return;
    if (this.u8[arr + L.HDR_FLAGS] & HF_SPARSE) throw new Error('ensureCapacity on a sparse array');
    if (n > DENSE_MAX) this.throwError('RangeError', 'Invalid array length');
    const newCap = Math.max(n, cap + (cap >>> 1) + 4);
    this.protect(arr, L.TAG_ARRAY);
    const el = this.newVector(L.K_ELEMENTS, newCap, L.TAG_HOLE);
    this.unprotect(1);
    const old = u32[(arr + L.ARR_ELEMENTS) >>> 2];
    if (old !== 0) {
      const len = u32[(arr + L.ARR_LENGTH) >>> 2];
      u32.copyWithin((el + L.VEC_DATA) >>> 2, (old + L.VEC_DATA) >>> 2, ((old + L.VEC_DATA) >>> 2) + 2 * Math.min(len, cap));
    }
    u32[(arr + L.ARR_ELEMENTS) >>> 2] = el;
    u32[(arr + L.ARR_CAPACITY) >>> 2] = newCap;
  }

  arrayPush(arr: number, lo: number, hi: number): void {
    if (this.u8[arr + L.HDR_FLAGS] & HF_FROZEN_ELEMENTS) this.throwError('TypeError', `Cannot add property ${this.arrayLen(arr)}, object is not extensible`);
    if (this.u8[arr + L.HDR_FLAGS] & HF_SPARSE) {
      const n = sparseLength(this, arr);
      if (n >= 0xffffffff) this.throwError('RangeError', 'Invalid array length');
      return sparseSet(this, arr, n, lo, hi);
    }
    const len = this.arrayLength(arr);
    if (len >= this.u32[(arr + L.ARR_CAPACITY) >>> 2]) {
      this.protect(lo, hi);
      this.ensureCapacity(arr, len + 1);
      this.unprotect(1);
    }
    const q = this.elementQ(arr, len);
    this.u32[q] = lo;
    this.u32[q + 1] = hi;
    this.u32[(arr + L.ARR_LENGTH) >>> 2] = len + 1;
  }

  setArrayLength(arr: number, n: number): void {
    const len = this.arrayLen(arr);
    if (n !== len && this.u8[arr + L.HDR_FLAGS] & HF_FROZEN_ELEMENTS) {
      // Built-ins shrinking the array (pop, splice) fail on the delete first; growing ones on the add.
      if (n < len && this.u8[arr + L.HDR_FLAGS] & HF_SEALED_ELEMENTS) this.throwError('TypeError', `Cannot delete property '${len - 1}' of [object Array]`);
      if (this.u8[arr + L.HDR_FLAGS] & HF_READONLY_ELEMENTS) this.throwError('TypeError', `Cannot assign to read only property 'length' of object '[object Array]'`);
      if (n > len) this.throwError('TypeError', `Cannot add property ${len}, object is not extensible`);
    }
    if (this.u8[arr + L.HDR_FLAGS] & HF_SPARSE) return sparseSetLength(this, arr, n);
    if (wantsSparse(len, this.u32[(arr + L.ARR_CAPACITY) >>> 2], n)) {
      makeSparse(this, arr);
      return sparseSetLength(this, arr, n);
    }
    if (n < len) {
      const q = this.elementQ(arr, 0);
      for (let i = n; i < len; i++) {
        this.u32[q + 2 * i] = 0;
        this.u32[q + 2 * i + 1] = L.TAG_HOLE;
      }
    } else if (n > this.u32[(arr + L.ARR_CAPACITY) >>> 2]) {
      this.ensureCapacity(arr, n);
    }
    this.u32[(arr + L.ARR_LENGTH) >>> 2] = n;
  }

  /** Sets element i, growing the array (holes fill the gap). */
  arraySet(arr: number, i: number, lo: number, hi: number): void {
    if (this.u8[arr + L.HDR_FLAGS] & HF_SPARSE) return sparseSet(this, arr, i, lo, hi);
    const len = this.arrayLength(arr);
    if (wantsSparse(len, this.u32[(arr + L.ARR_CAPACITY) >>> 2], i + 1)) {
      this.protect(lo, hi);
      makeSparse(this, arr);
      this.unprotect(1);
      return sparseSet(this, arr, i, lo, hi);
    }
    if (i >= this.u32[(arr + L.ARR_CAPACITY) >>> 2]) {
      this.protect(lo, hi);
      this.ensureCapacity(arr, i + 1);
      this.unprotect(1);
    }
    const q = this.elementQ(arr, i);
    this.u32[q] = lo;
    this.u32[q + 1] = hi;
    if (i >= len) this.u32[(arr + L.ARR_LENGTH) >>> 2] = i + 1;
  }

  /** Reads element i into the result registers (holes and out-of-range read undefined). */
  arrayGet(arr: number, i: number): void {
    if (this.u8[arr + L.HDR_FLAGS] & HF_SPARSE) return sparseGet(this, arr, i);
    if (i < this.arrayLength(arr)) {
      const q = this.elementQ(arr, i);
      const hi = this.u32[q + 1];
      if (hi !== L.TAG_HOLE) {
        this.rlo = this.u32[q];
        this.rhi = hi;
        return;
      }
    }
    this.retUndef();
  }

  /** Builds a new array from host values already boxed as (lo, hi) pairs. */
  newArrayFrom(words: number[]): number {
    const mark = this.handleMark();
    for (let i = 0; i < words.length; i += 2) this.protect(words[i], words[i + 1]);
    const n = words.length >>> 1;
    const arr = this.newArray(n);
    const q = n > 0 ? this.elementQ(arr, 0) : 0;
    for (let i = 0; i < words.length; i++) this.u32[q + i] = words[i];
    this.releaseHandles(mark);
    return arr;
  }

  newStringArray(items: string[]): number {
    const mark = this.handleMark();
    const arr = this.newArray(items.length);
    this.protect(arr, L.TAG_ARRAY);
    items.forEach((s, i) => {
      this.retString(s);
      const q = this.elementQ(arr, i);
      this.u32[q] = this.rlo;
      this.u32[q + 1] = this.rhi;
    });
    this.releaseHandles(mark);
    return arr;
  }

  // ---------------------------------------------------------- properties

  /** q-index of slot i of an object (after its shape says it exists). */
  slotQ(ref: number, shape: Shape, i: number): number {
    const cap = shape.inlineCapacity;
    if (i < cap) {
      const base = this.u8[ref] === L.K_FUNCTION ? L.FN_INLINE : L.OBJ_INLINE;
      return ((ref + base) >>> 2) + 2 * i;
    }
    return ((this.u32[(ref + L.OBJ_SLOTS) >>> 2] + L.VEC_DATA) >>> 2) + 2 * (i - cap);
  }

  // ------------------------------------------------ captured bindings' types

  /**
   * Field types of captured bindings (ENV slots), by key: one key per
   * (scope, slot) of the program, given out by the compiler (iseq.envKeys
   * names the key of each getenv/setenv). Codes as for object fields
   * (vm/shapes.ts): the kinds of value every ENV of that scope has held in
   * that slot — TDZ markers aside, which checked loads never let through.
   */
  readonly envFields: number[] = [];
  /** Number of captured-binding field types widened from one kind to any (for --stats). */
  envFieldWidened = 0;

  allocEnvFields(count: number, startsUndefined: boolean[]): number {
    const base = this.envFields.length;
    for (let i = 0; i < count; i++) this.envFields.push(startsUndefined[i] ? L.TAG_UNDEF : FIELD_NONE);
    return base;
  }

  /** A store of a value with tag word hi into the ENV slot of key `key` whose kind its field type does not cover: widens it. */
  noteEnvStore(key: number, hi: number): void {
    const have = this.envFields[key];
    const code = fieldCode(hi);
    if (have === code || have === FIELD_ANY) return;
    this.envFields[key] = have === FIELD_NONE ? code : FIELD_ANY;
    if (have !== FIELD_NONE) this.envFieldWidened++;
    if (this.jit) this.jit.invalidateEnvField(key);
  }

  /** Adds a new own property (the key must not exist). */
  addProperty(ref: number, key: PropKey, lo: number, hi: number, attrs = 0): void {
    if (attrs & ATTR_ACCESSOR) this.accessorsDefined++;
    const shape = this.shapeOf(ref);
    const next = this.shapes.addProperty(shape, key, attrs);
    const i = next.keys.length - 1;
    const cap = next.inlineCapacity;
    if (i >= cap) {
      const slots = this.u32[(ref + L.OBJ_SLOTS) >>> 2];
      const have = slots === 0 ? 0 : this.u32[(slots + L.VEC_CAPACITY) >>> 2];
      if (i - cap >= have) {
        const mark = this.handleMark();
        this.protect(ref, L.TAG_OBJECT);
        this.protect(lo, hi);
        const ns = this.newVector(L.K_SLOTS, Math.max(4, have * 2), L.TAG_UNDEF);
        this.releaseHandles(mark);
        if (slots !== 0) this.u32.copyWithin((ns + L.VEC_DATA) >>> 2, (slots + L.VEC_DATA) >>> 2, ((slots + L.VEC_DATA) >>> 2) + 2 * have);
        this.u32[(ref + L.OBJ_SLOTS) >>> 2] = ns;
      }
    }
    this.u32[(ref + L.OBJ_SHAPE) >>> 2] = next.id;
    this.shapes.noteStore(next, i, hi);
    const q = this.slotQ(ref, next, i);
    this.u32[q] = lo;
    this.u32[q + 1] = hi;
    if (this.u8[ref + L.HDR_FLAGS] & HF_IS_PROTO) {
      this.protoEpoch++;
      this.u32[L.PROTO_EPOCH >>> 2] = this.protoEpoch;
      // Machine code that assumed this prototype's old shape is invalidated.
      if (this.jit) this.jit.invalidateProto(ref);
    }
  }

  /**
   * Defines or overwrites an own data property (object literals, class
   * members, built-ins): proto-chain setters and read-only flags do not
   * apply. An existing accessor, or other attributes, reconfigure the slot.
   */
  defineOwn(ref: number, key: PropKey, lo: number, hi: number, attrs = 0): void {
    const shape = this.shapeOf(ref);
    const i = shape.lookup(key);
    if (i >= 0) {
      if (attrs & ATTR_ACCESSOR) this.accessorsDefined++;
      if (shape.attrs[i] !== attrs) this.setSlotAttrs(ref, i, attrs);
      const s = this.shapeOf(ref);
      this.shapes.noteStore(s, i, hi);
      const q = this.slotQ(ref, s, i);
      this.u32[q] = lo;
      this.u32[q + 1] = hi;
    } else {
      this.addProperty(ref, key, lo, hi, attrs);
    }
  }

  // ------------------------------------------- attributes, accessors, delete

  /** After a change to the properties of an object that may be a prototype: caches and machine code that assumed its shape let go. */
  protoChanged(ref: number): void {
    if (this.u8[ref + L.HDR_FLAGS] & HF_IS_PROTO) {
      this.protoEpoch++;
      this.u32[L.PROTO_EPOCH >>> 2] = this.protoEpoch;
      if (this.jit) this.jit.invalidateProto(ref);
    }
  }

  /** Moves ref to a private dictionary shape (once) and returns it. */
  toDictionary(ref: number): Shape {
    const s = this.shapeOf(ref);
    if (s.isDictionary) return s;
    const d = this.shapes.toDictionary(s);
    this.u32[(ref + L.OBJ_SHAPE) >>> 2] = d.id;
    this.protoChanged(ref);
    return d;
  }

  /** Changes the attributes of own slot i (the object goes to dictionary mode). */
  setSlotAttrs(ref: number, i: number, attrs: number): void {
    const d = this.toDictionary(ref);
    if (d.attrs[i] === attrs) return;
    d.attrs[i] = attrs;
    this.protoChanged(ref);
  }

  /** Gives ref (extensible, no cycle: the caller checked) the prototype proto (0 = null). */
  setPrototypeRaw(ref: number, proto: number): void {
    const shape = this.shapeOf(ref);
    let moved: Shape;
    if (shape.isDictionary) {
      moved = this.shapes.toDictionary(shape, proto);
      this.shapes.release(shape);
    } else {
      this.rootShape(proto, shape.inlineCapacity);
      moved = this.shapes.withProto(shape, proto);
      // The new shape's field types must cover the values the object brings along.
      for (let i = 0; i < moved.keys.length; i++) this.shapes.noteStore(moved, i, this.u32[this.slotQ(ref, moved, i) + 1]);
    }
    if (proto !== 0) this.u8[proto + L.HDR_FLAGS] |= HF_IS_PROTO;
    this.u32[(ref + L.OBJ_SHAPE) >>> 2] = moved.id;
    this.protoChanged(ref);
  }

  /** Marks ref not extensible (dictionary mode). */
  preventExtensions(ref: number): void {
    const d = this.toDictionary(ref);
    if (!d.extensible) return;
    d.extensible = false;
    this.protoChanged(ref);
  }

  isExtensible(ref: number): boolean {
    return this.shapeOf(ref).extensible;
  }

  /** A new accessor pair cell [getter, setter]; the words are (lo, hi) of each (undefined where absent). */
  newAccessorPair(glo: number, ghi: number, slo: number, shi: number): number {
    return this.newArrayFrom([glo, ghi, slo, shi]);
  }

  /** Accessor properties defined so far (0: the interpreter skips its accessor-call checks). */
  accessorsDefined = 0;

  /**
   * The bytecode getter (which 0) or setter (which 1) that reading or
   * writing `key` on the object ref would call, or 0 when the property is not
   * such an accessor (data, absent, native, or no such half).
   */
  bytecodeAccessor(ref: number, key: PropKey, which: number): number {
    if (!this.findProperty(ref, key)) return 0;
    const s = this.shapeOf(this.foundHolder);
    if (!(s.attrs[this.foundSlot] & ATTR_ACCESSOR)) return 0;
    this.accessorPart(this.slotQ(this.foundHolder, s, this.foundSlot), which);
    if (this.rhi !== L.TAG_FUNCTION) return 0;
    const fn = this.rlo;
    if (this.u32[(fn + L.FN_FLAGS) >>> 2] & (L.FNF_NATIVE | L.FNF_CLASS)) return 0;
    if (this.iseqs[this.u32[(fn + L.FN_ISEQ) >>> 2]].restIndex >= 0) return 0;
    return fn;
  }

  /** Defines (or redefines) own accessor `key` with the given pair cell and attributes (ATTR_ACCESSOR is added). */
  defineAccessor(ref: number, key: PropKey, pair: number, attrs: number): void {
    this.defineOwn(ref, key, pair, L.TAG_ARRAY, attrs | ATTR_ACCESSOR);
  }

  /** The getter (which 0) or setter (which 1) of the accessor in the slot at q, into the result registers. */
  accessorPart(q: number, which: number): void {
    const pair = this.u32[q];
    const e = this.elementQ(pair, which);
    this.rlo = this.u32[e];
    this.rhi = this.u32[e + 1];
  }

  /** Set by getProp when the value came from a getter (callers then cache nothing). */
  foundAccessor = false;

  /** Calls the getter of the accessor slot at q with this = (lo, hi); result in the result registers. */
  callGetter(q: number, lo: number, hi: number): void {
    this.accessorPart(q, 0);
    if (this.rhi !== L.TAG_FUNCTION) {
      this.retUndef();
    } else {
      this.callFunction(this.rlo, this.rhi, lo, hi, []);
    }
    this.foundAccessor = true;
  }

  /** Calls the setter of the accessor slot at q with this = (lo, hi) and value v; a missing setter fails the write. */
  callSetter(q: number, lo: number, hi: number, key: PropKey, vlo: number, vhi: number, strict: boolean): void {
    this.accessorPart(q, 1);
    if (this.rhi !== L.TAG_FUNCTION) {
      if (strict) this.throwError('TypeError', `Cannot set property ${String(key)} of ${this.objectDescription(lo, hi)} which has only a getter`);
      return;
    }
    this.callFunction(this.rlo, this.rhi, lo, hi, [vlo, vhi]);
  }

  /** How V8 names an object in property errors: #<Foo> after its constructor, [object Array] for arrays. */
  objectDescription(lo: number, hi: number): string {
    if (hi === L.TAG_ARRAY) return '[object Array]';
    if (hi === L.TAG_FUNCTION) return `function '${this.functionSource(lo)}'`.slice(10, -1);
    if (hi !== L.TAG_OBJECT) return this.toStr(lo, hi);
    // A primitive wrapper (new String('x'), Object(5)) is named by its class, as V8 does.
    if (this.shapeOf(lo).lookup(PRIMITIVE_KEY) >= 0) {
      this.getOwn(lo, PRIMITIVE_KEY);
      return this.rhi === L.TAG_STRING ? '[object String]' : this.rhi === L.TAG_BOOL ? '[object Boolean]' : '[object Number]';
    }
    for (let o = this.protoOf(lo); o !== 0; o = this.protoOf(o)) {
      const s = this.shapeOf(o);
      const i = s.lookup('constructor');
      if (i < 0) continue;
      if (s.attrs[i] & ATTR_ACCESSOR) break;
      const q = this.slotQ(o, s, i);
      if (this.u32[q + 1] === L.TAG_FUNCTION) {
        const name = this.functionName(this.u32[q]);
        return name ? `#<${name}>` : '#<Object>';
      }
      break;
    }
    return '[object Object]';
  }

  /** The text V8 shows for a function in a property error. */
  functionSource(fn: number): string {
    return `function ${this.functionName(fn)}() { [native code] }`;
  }

  /** A failed write: TypeError in strict code, silently nothing in sloppy code. */
  private failWrite(strict: boolean, message: string): void {
    if (strict) this.throwError('TypeError', message);
  }

  /**
   * [[Set]] on an object, array (named keys) or function: an own data slot is
   * written unless read-only, an own or inherited accessor calls its
   * setter, an inherited read-only property blocks the write, and otherwise
   * the property is added if the object is extensible.
   */
  putObject(ref: number, hi: number, key: PropKey, vlo: number, vhi: number, strict: boolean): void {
    const shape = this.shapeOf(ref);
    const i = shape.lookup(key);
    if (i >= 0) {
      const a = shape.attrs[i];
      if ((a & ATTR_SPECIAL) === 0) {
        this.shapes.noteStore(shape, i, vhi);
        const q = this.slotQ(ref, shape, i);
        this.u32[q] = vlo;
        this.u32[q + 1] = vhi;
        return;
      }
      if (a & ATTR_ACCESSOR) return this.callSetter(this.slotQ(ref, shape, i), ref, hi, key, vlo, vhi, strict);
      return this.failWrite(strict, `Cannot assign to read only property '${String(key)}' of object '${this.objectDescription(ref, hi)}'`);
    }
    for (let o = shape.proto; o !== 0; ) {
      const s = this.shapeOf(o);
      const k = s.lookup(key);
      if (k >= 0) {
        const a = s.attrs[k];
        if (a & ATTR_ACCESSOR) return this.callSetter(this.slotQ(o, s, k), ref, hi, key, vlo, vhi, strict);
        if (a & ATTR_READONLY) return this.failWrite(strict, `Cannot assign to read only property '${String(key)}' of object '${this.objectDescription(ref, hi)}'`);
        break;
      }
      o = s.proto;
    }
    if (!shape.extensible) return this.failWrite(strict, `Cannot add property ${String(key)}, object is not extensible`);
    this.addProperty(ref, key, vlo, vhi);
  }

  /**
   * delete obj[key]: true when the property is gone (or never was), false
   * (sloppy) or a TypeError (strict) when it is not configurable.
   */
  deleteProperty(lo: number, hi: number, key: PropKey, strict: boolean): boolean {
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) this.throwError('TypeError', 'Cannot convert undefined or null to object');
    const fail = (what: string): boolean => {
      if (strict) this.throwError('TypeError', `Cannot delete property '${String(key)}' of ${what}`);
      return false;
    };
    if (hi === L.TAG_STRING) {
      const idx = arrayIndex(key);
      if (key === 'length' || (idx >= 0 && idx < this.u32[(lo + L.STR_LENGTH) >>> 2])) return fail(`[object String]`);
      return true;
    }
    if (hi < L.TAG_HEAP) return true;
    if (hi === L.TAG_ARRAY) {
      if (key === 'length') return fail('[object Array]');
      const idx = arrayIndex(key);
      if (idx >= 0) {
        if (this.u8[lo + L.HDR_FLAGS] & HF_SPARSE) {
          if (this.u8[lo + L.HDR_FLAGS] & HF_SEALED_ELEMENTS && sparseHas(this, lo, idx)) return fail('[object Array]');
          sparseDelete(this, lo, idx);
        } else if (idx < this.arrayLength(lo)) {
          if (this.u8[lo + L.HDR_FLAGS] & HF_SEALED_ELEMENTS && this.u32[this.elementQ(lo, idx) + 1] !== L.TAG_HOLE) return fail('[object Array]');
          const q = this.elementQ(lo, idx);
          this.u32[q] = 0;
          this.u32[q + 1] = L.TAG_HOLE;
        }
        return true;
      }
    }
    if (hi === L.TAG_FUNCTION && key === 'prototype') this.materializePrototype(lo);
    const shape = this.shapeOf(lo);
    const i = shape.lookup(key);
    if (i < 0) return true;
    if (shape.attrs[i] & ATTR_DONTDELETE) return fail(this.objectDescription(lo, hi));
    this.removeOwn(lo, i);
    return true;
  }

  /** Removes own slot i of ref: back to the parent shape when it is the last one added, else in dictionary mode (later slots move down). */
  removeOwn(ref: number, i: number): void {
    const shape = this.shapeOf(ref);
    const n = shape.keys.length;
    const parent = shape.parent;
    if (!shape.isDictionary && i === n - 1 && parent !== null && parent.keys.length === i) {
      // The shape it had before the property was added: its field types must cover the values the object keeps.
      for (let k = 0; k < i; k++) this.shapes.noteStore(parent, k, this.u32[this.slotQ(ref, shape, k) + 1]);
      const q = this.slotQ(ref, shape, i);
      this.u32[q] = 0;
      this.u32[q + 1] = L.TAG_UNDEF;
      this.u32[(ref + L.OBJ_SHAPE) >>> 2] = parent.id;
      this.protoChanged(ref);
      return;
    }
    const d = this.toDictionary(ref);
    for (let k = i + 1; k < n; k++) {
      const from = this.slotQ(ref, d, k);
      const to = this.slotQ(ref, d, k - 1);
      this.u32[to] = this.u32[from];
      this.u32[to + 1] = this.u32[from + 1];
    }
    const last = this.slotQ(ref, d, n - 1);
    this.u32[last] = 0;
    this.u32[last + 1] = L.TAG_UNDEF;
    d.keys.splice(i, 1);
    d.attrs.splice(i, 1);
    d.reindex();
    this.protoChanged(ref);
  }

  /** Arrays whose length Object.freeze made read-only (header flag). */
  arrayFrozen(arr: number): boolean {
    return (this.u8[arr + L.HDR_FLAGS] & HF_READONLY_ELEMENTS) !== 0;
  }

  /** Result of the last findProperty: the holder cell and slot, or holder 0. */
  foundHolder = 0;
  foundSlot = -1;

  /** Finds key on ref or its prototype chain. */
  findProperty(ref: number, key: PropKey): boolean {
    this.foundAccessor = false;
    for (let o = ref; o !== 0; ) {
      const shape = this.shapeOf(o);
      const i = shape.lookup(key);
      if (i >= 0) {
        this.foundHolder = o;
        this.foundSlot = i;
        return true;
      }
      o = shape.proto;
    }
    this.foundHolder = 0;
    return false;
  }

  /** Own property value (result registers) or false when absent. */
  getOwn(ref: number, key: PropKey): boolean {
    const shape = this.shapeOf(ref);
    const i = shape.lookup(key);
    if (i < 0 || shape.attrs[i] & ATTR_ACCESSOR) return false;
    const q = this.slotQ(ref, shape, i);
    this.rlo = this.u32[q];
    this.rhi = this.u32[q + 1];
    return true;
  }

  /** Materialises a function's lazy `.prototype` object. */
  materializePrototype(fn: number): void {
    const flags = this.u32[(fn + L.FN_FLAGS) >>> 2];
    if (!(flags & L.FNF_LAZY_PROTO)) return;
    this.u32[(fn + L.FN_FLAGS) >>> 2] = flags & ~L.FNF_LAZY_PROTO;
    this.protect(fn, L.TAG_FUNCTION);
    if (flags & L.FNF_GENERATOR) {
      // A generator function's prototype: the prototype of its generator objects (no constructor).
      const gproto = this.newObject(this.generatorProto);
      this.addProperty(fn, 'prototype', gproto, L.TAG_OBJECT, ATTR_HIDDEN | ATTR_DONTDELETE);
      this.unprotect(1);
      return;
    }
    const proto = this.newObject(this.objectProto);
    this.protect(proto, L.TAG_OBJECT);
    this.addProperty(proto, 'constructor', fn, L.TAG_FUNCTION, ATTR_HIDDEN);
    this.addProperty(fn, 'prototype', proto, L.TAG_OBJECT, ATTR_HIDDEN | ATTR_DONTDELETE);
    this.unprotect(2);
  }

  /** The object a primitive's properties come from. */
  protoForPrimitive(hi: number): number {
    if (hi === L.TAG_STRING) return this.stringProto;
    if (hi === L.TAG_BOOL) return this.booleanProto;
    if (hi === L.TAG_SYMBOL) return this.symbolProto;
    return this.numberProto;
  }

  /** obj.key for any value, into the result registers. */
  getProp(lo: number, hi: number, key: PropKey): void {
    if (hi >= L.TAG_HEAP) {
      if (hi === L.TAG_STRING) {
        if (key === 'length') return this.retNumber(this.u32[(lo + L.STR_LENGTH) >>> 2]);
        const idx = arrayIndex(key);
        if (idx >= 0) {
          const s = this.str(lo);
          if (idx < s.length) return this.retString(s[idx]);
          return this.retUndef();
        }
        return this.getFromChain(this.stringProto, key, lo, hi);
      }
      if (hi === L.TAG_OBJECT && this.u8[lo + L.HDR_FLAGS] & HF_ARGUMENTS && this.argumentsGet(lo, key)) return;
      if (hi === L.TAG_ARRAY) {
        if (key === 'length') return this.retNumber(this.arrayLen(lo));
        const idx = arrayIndex(key);
        if (idx >= 0) return this.arrayGet(lo, idx);
      } else if (hi === L.TAG_FUNCTION) {
        if (key === 'prototype') this.materializePrototype(lo);
        if (this.findProperty(lo, key)) return this.readFound(lo, hi);
        return this.functionIntrinsic(lo, key);
      }
      return this.getFromChain(lo, key, lo, hi);
    }
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) {
      this.throwError('TypeError', `Cannot read properties of ${hi === L.TAG_UNDEF ? 'undefined' : 'null'} (reading '${String(key)}')`);
    }
    return this.getFromChain(this.protoForPrimitive(hi), key, lo, hi);
  }

  /** Reads the property findProperty found, for the receiver (lo, hi): a data slot's value, or its getter's result. */
  readFound(lo: number, hi: number): void {
    const o = this.foundHolder;
    const shape = this.shapeOf(o);
    const q = this.slotQ(o, shape, this.foundSlot);
    if (shape.attrs[this.foundSlot] & ATTR_ACCESSOR) return this.callGetter(q, lo, hi);
    this.rlo = this.u32[q];
    this.rhi = this.u32[q + 1];
  }

  private getFromChain(start: number, key: PropKey, lo: number, hi: number): void {
    if (this.findProperty(start, key)) return this.readFound(lo, hi);
    this.retUndef();
  }

  /** `name` and `length` of functions, which are not stored as properties. */
  private functionIntrinsic(fn: number, key: PropKey): void {
    if (key === 'name') return this.retString(this.functionName(fn));
    if (key === 'length') {
      const flags = this.u32[(fn + L.FN_FLAGS) >>> 2];
      if (this.isBound(fn)) {
        // The target's length less the bound arguments, never below 0.
        const target = this.u32[(fn + L.FN_HOME) >>> 2];
        const bound = this.u32[(fn + L.FN_FIELDS) >>> 2];
        this.getProp(target, L.TAG_FUNCTION, 'length');
        const n = this.rhi === L.TAG_INT || this.rhi < L.TAG_BASE ? this.toNumber(this.rlo, this.rhi) : 0;
        return this.retNumber(Math.max(0, Math.trunc(n) - (bound ? this.arrayLength(bound) : 0)));
      }
      const id = this.u32[(fn + L.FN_ISEQ) >>> 2];
      return this.retNumber(flags & L.FNF_NATIVE ? this.natives[id].length : this.iseqs[id].declaredLength >= 0 ? this.iseqs[id].declaredLength : this.iseqs[id].paramCount);
    }
    this.retUndef();
  }

  functionName(fn: number): string {
    const flags = this.u32[(fn + L.FN_FLAGS) >>> 2];
    const id = this.u32[(fn + L.FN_ISEQ) >>> 2];
    if (flags & L.FNF_NATIVE && id !== this.boundNativeId) return this.natives[id].name;
    const shape = this.shapeOf(fn);
    const i = shape.lookup('name');
    if (i >= 0) {
      const q = this.slotQ(fn, shape, i);
      if (this.u32[q + 1] === L.TAG_STRING) return this.str(this.u32[q]);
    }
    if (flags & L.FNF_NATIVE) return `bound ${this.functionName(this.u32[(fn + L.FN_HOME) >>> 2])}`;
    return this.iseqs[id].name;
  }

  /** obj.key = v. */
  setProp(lo: number, hi: number, key: PropKey, vlo: number, vhi: number, strict = false): void {
    if (hi === L.TAG_OBJECT || hi === L.TAG_FUNCTION) {
      if (hi === L.TAG_FUNCTION && key === 'prototype') this.materializePrototype(lo);
      // A function's own `name` and `length` are read-only.
      if (hi === L.TAG_FUNCTION && (key === 'name' || key === 'length') && this.shapeOf(lo).lookup(key) < 0) return this.failWrite(strict, `Cannot assign to read only property '${key}' of function '${this.functionName(lo)}'`);
      if (hi === L.TAG_OBJECT && this.u8[lo + L.HDR_FLAGS] & HF_ARGUMENTS) this.argumentsSet(lo, key, vlo, vhi);
      return this.putObject(lo, hi, key, vlo, vhi, strict);
    }
    if (hi === L.TAG_ARRAY) {
      if (key === 'length') {
        if (this.arrayFrozen(lo)) return this.failWrite(strict, `Cannot assign to read only property 'length' of object '[object Array]'`);
        return this.setLengthValue(lo, vlo, vhi);
      }
      const idx = arrayIndex(key);
      if (idx >= 0) return this.arraySetChecked(lo, idx, vlo, vhi, strict);
      return this.putObject(lo, hi, key, vlo, vhi, strict);
    }
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) {
      this.throwError('TypeError', `Cannot set properties of ${hi === L.TAG_UNDEF ? 'undefined' : 'null'} (setting '${String(key)}')`);
    }
    // Writes to primitives are ignored in sloppy mode; a setter on their prototype still runs.
    const proto = this.protoForPrimitive(hi);
    if (this.findProperty(proto, key)) {
      const s = this.shapeOf(this.foundHolder);
      if (s.attrs[this.foundSlot] & ATTR_ACCESSOR) return this.callSetter(this.slotQ(this.foundHolder, s, this.foundSlot), lo, hi, key, vlo, vhi, strict);
    }
    if (strict) this.throwError('TypeError', `Cannot create property '${String(key)}' on ${this.typeOf(lo, hi)} '${this.toStr(lo, hi)}'`);
  }

  /** arr[idx] = v honouring frozen and non-extensible arrays. */
  arraySetChecked(arr: number, idx: number, vlo: number, vhi: number, strict: boolean): void {
    const f = this.u8[arr + L.HDR_FLAGS];
    if (f & HF_FROZEN_ELEMENTS) {
      const present = this.arrayHas(arr, idx);
      if (present && f & HF_READONLY_ELEMENTS) return this.failWrite(strict, `Cannot assign to read only property '${idx}' of object '[object Array]'`);
      if (!present) return this.failWrite(strict, `Cannot add property ${idx}, object is not extensible`);
    }
    this.arraySet(arr, idx, vlo, vhi);
  }

  setLengthValue(arr: number, vlo: number, vhi: number): void {
    const n = this.toNumber(vlo, vhi);
    if (n !== n >>> 0) this.throwError('RangeError', 'Invalid array length');
    this.setArrayLength(arr, n);
  }

  // ------------------------------------------------------- arguments objects

  /**
   * Mapped arguments objects (sloppy functions with simple parameter lists):
   * object → the function's ENV and, per index, the ENV slot holding that
   * parameter (-1 once unmapped). Reads and writes of a mapped index go to
   * the ENV; the object's own slot is refreshed (syncArguments) before
   * anything reads own slots wholesale (console.log, Object.keys, ...).
   */
  readonly argMaps = new Map<number, { env: number; slots: Int32Array; fieldBase: number }>();

  /**
   * A new arguments object for the frame at fp (q index): own properties
   * '0'..argc-1 (the actual arguments: locals for the parameters, the
   * caller's slots below a moved frame for the rest), then hidden `length`
   * and, in sloppy code, hidden `callee`.
   */
  createArguments(fp: number): number {
    const u32 = this.u32;
    const iseq = this.iseqs[u32[fp + 2]];
    const argc = u32[fp + 8];
    const lb = fp - 2 * iseq.localCount;
    const p = iseq.paramCount;
    // Arguments past the parameters stay in the caller's slots under a moved frame (§5).
    const extraQ = u32[fp + 5] & L.FRAME_ARGS_MOVED ? lb - 4 - 2 * argc : lb;
    const mark = this.handleMark();
    const obj = this.newObject(this.objectProto, 7);
    this.protect(obj, L.TAG_OBJECT);
    this.u8[obj + L.HDR_FLAGS] |= iseq.strict ? HF_ARGUMENTS | HF_ARGS_STRICT : HF_ARGUMENTS;
    for (let i = 0; i < argc; i++) {
      const q = i < p ? lb + 2 * i : extraQ + 2 * i;
      this.addProperty(obj, String(i), u32[q], u32[q + 1]);
    }
    this.addProperty(obj, 'length', argc, L.TAG_INT, ATTR_HIDDEN);
    if (!iseq.strict) this.addProperty(obj, 'callee', u32[lb - 4], u32[lb - 3], ATTR_HIDDEN);
    // arguments[Symbol.iterator] is Array.prototype.values (the original), so for-of and spread take it.
    const values = (this.iterIntrinsics as { arrayValues: number } | null)?.arrayValues ?? 0;
    if (values !== 0) this.addProperty(obj, this.wellKnownKey('iterator'), values, L.TAG_FUNCTION, ATTR_HIDDEN);
    this.releaseHandles(mark);
    const map = iseq.argMap;
    if (map !== null && argc > 0 && p > 0) {
      const n = Math.min(argc, p);
      const slots = new Int32Array(n);
      for (let i = 0; i < n; i++) slots[i] = map[i];
      this.argMaps.set(obj, { env: u32[fp + 3], slots, fieldBase: iseq.argFieldBase });
    }
    return obj;
  }

  /**
   * getarg's slow path (an index that is not an in-range int32: '1', 1.5,
   * 'length', out of range): the same read on a fresh arguments object of
   * the frame at fp, whose key is at keyQ on the stack.
   */
  getArgSlow(fp: number, keyQ: number): void {
    const khi = this.u32[keyQ + 1];
    if (khi === L.TAG_INT && (this.u32[keyQ] | 0) >= 0) {
      // Past the last argument: the object would have no such own property.
      return this.getFromChain(this.objectProto, String(this.u32[keyQ] | 0), this.objectProto, L.TAG_OBJECT);
    }
    const obj = this.createArguments(fp);
    this.getElem(obj, L.TAG_OBJECT, this.u32[keyQ], this.u32[keyQ + 1]);
  }

  /** ENV slot q (q index) of a mapped index of an arguments object, or -1. */
  private argSlotQ(ref: number, key: PropKey): number {
    const m = this.argMaps.get(ref);
    if (m === undefined) return -1;
    const i = arrayIndex(key);
    if (i < 0 || i >= m.slots.length || m.slots[i] < 0) return -1;
    return ((m.env + L.ENV_DATA) >>> 2) + 2 * m.slots[i];
  }

  /** Copies the mapped parameters' current values into a mapped arguments object's own slots. */
  syncArguments(ref: number): void {
    const m = this.argMaps.get(ref);
    if (m === undefined) return;
    for (let i = 0; i < m.slots.length; i++) {
      if (m.slots[i] < 0) continue;
      const q = ((m.env + L.ENV_DATA) >>> 2) + 2 * m.slots[i];
      this.defineOwn(ref, String(i), this.u32[q], this.u32[q + 1]);
    }
  }

  /** obj.key on an arguments object: a mapped index reads its parameter; a strict one's `callee` throws. */
  private argumentsGet(ref: number, key: PropKey): boolean {
    if (key === 'callee' && this.u8[ref + L.HDR_FLAGS] & HF_ARGS_STRICT) this.throwStrictCallee();
    const q = this.argSlotQ(ref, key);
    if (q < 0) return false;
    this.rlo = this.u32[q];
    this.rhi = this.u32[q + 1];
    return true;
  }

  /** obj.key = v on an arguments object: a mapped index writes its parameter too. */
  private argumentsSet(ref: number, key: PropKey, vlo: number, vhi: number): void {
    if (key === 'callee' && this.u8[ref + L.HDR_FLAGS] & HF_ARGS_STRICT) this.throwError('TypeError', "Cannot assign to read only property 'callee' of object '#<Object>'");
    const q = this.argSlotQ(ref, key);
    if (q < 0) return;
    const m = this.argMaps.get(ref)!;
    if (m.fieldBase >= 0) this.noteEnvStore(m.fieldBase + m.slots[arrayIndex(key)], vhi);
    this.u32[q] = vlo;
    this.u32[q + 1] = vhi;
  }

  throwStrictCallee(): never {
    this.throwError('TypeError', "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them");
  }

  /** obj[key] for any key value. */
  getElem(lo: number, hi: number, klo: number, khi: number): void {
    if (khi === L.TAG_INT && (klo | 0) >= 0) {
      const i = klo | 0;
      if (hi === L.TAG_ARRAY) return this.arrayGet(lo, i);
      if (hi === L.TAG_STRING) {
        const s = this.str(lo);
        return i < s.length ? this.retString(s[i]) : this.retUndef();
      }
    }
    if (khi < L.TAG_BASE && hi === L.TAG_ARRAY) {
      const d = bitsToDouble(klo, khi);
      if (d >= 0 && d === Math.floor(d) && d < 0xffffffff) return this.arrayGet(lo, d);
    }
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) {
      this.throwError('TypeError', `Cannot read properties of ${hi === L.TAG_UNDEF ? 'undefined' : 'null'} (reading '${String(this.toPropertyKey(klo, khi))}')`);
    }
    this.getProp(lo, hi, this.toPropertyKey(klo, khi));
  }

  /** obj[key] = v for any key value. */
  setElem(lo: number, hi: number, klo: number, khi: number, vlo: number, vhi: number, strict = false): void {
    if (hi === L.TAG_ARRAY) {
      if (khi === L.TAG_INT && (klo | 0) >= 0) return this.arraySetChecked(lo, klo | 0, vlo, vhi, strict);
      if (khi < L.TAG_BASE) {
        const d = bitsToDouble(klo, khi);
        if (d >= 0 && d === Math.floor(d) && d < 0xffffffff) return this.arraySetChecked(lo, d, vlo, vhi, strict);
      }
    }
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) {
      this.throwError('TypeError', `Cannot set properties of ${hi === L.TAG_UNDEF ? 'undefined' : 'null'} (setting '${String(this.toPropertyKey(klo, khi))}')`);
    }
    this.setProp(lo, hi, this.toPropertyKey(klo, khi), vlo, vhi, strict);
  }

  /** Makes a new symbol; returns its id (the value is (id, TAG_SYMBOL)). */
  newSymbol(desc: string | undefined, registered = false): number {
    const id = this.symbols.length;
    const key = Symbol(desc);
    this.symbols.push({ key, desc, registered });
    this.symbolIds.set(key, id);
    return id;
  }

  /** The id of a well-known symbol (Symbol.iterator, …), made by the realm. */
  readonly wellKnown = { iterator: -1, asyncIterator: -1, hasInstance: -1, toPrimitive: -1, toStringTag: -1 };

  /** The host key of a well-known symbol. */
  wellKnownKey(name: keyof VM['wellKnown']): symbol {
    return this.symbols[this.wellKnown[name]].key;
  }

  /** A symbol's descriptive string, `Symbol(desc)`. */
  symbolDescriptiveString(id: number): string {
    return `Symbol(${this.symbols[id].desc ?? ''})`;
  }

  /** The VM value of a property key into the result registers (a string or a symbol). */
  retPropertyKey(k: PropKey): void {
    if (typeof k === 'string') return this.retString(k);
    this.retValue(this.symbolIds.get(k)!, L.TAG_SYMBOL);
  }

  /** Own symbol keys of an object cell, in insertion order (enumerable ones only unless `all`). */
  ownSymbolKeys(ref: number, all = false): symbol[] {
    const shape = this.shapeOf(ref);
    const out: symbol[] = [];
    shape.keys.forEach((k, i) => {
      if (typeof k !== 'symbol') return;
      if (shape.attrs[i] & ATTR_HIDDEN && !all) return;
      out.push(k);
    });
    return out;
  }

  toPropertyKey(lo: number, hi: number): PropKey {
    if (hi === L.TAG_STRING) return this.str(lo);
    if (hi === L.TAG_SYMBOL) return this.symbols[lo].key;
    if (hi >= L.TAG_HEAP) {
      this.toPrimitive(lo, hi, 'string');
      if (this.rhi === L.TAG_SYMBOL) return this.symbols[this.rlo].key;
      return this.toStr(this.rlo, this.rhi);
    }
    return this.toStr(lo, hi);
  }

  /** Own enumerable string keys in JS order: integer keys ascending, then insertion order. */
  ownKeys(ref: number, kindHi: number, all = false): string[] {
    const shape = this.shapeOf(ref);
    const ints: number[] = [];
    const names: string[] = [];
    if (kindHi === L.TAG_ARRAY && this.u8[ref + L.HDR_FLAGS] & HF_SPARSE) ints.push(...sparseKeys(this, ref));
    else if (kindHi === L.TAG_ARRAY) {
      const len = this.arrayLength(ref);
      const q = len > 0 ? this.elementQ(ref, 0) : 0;
      for (let i = 0; i < len; i++) if (this.u32[q + 2 * i + 1] !== L.TAG_HOLE) ints.push(i);
    }
    shape.keys.forEach((k, i) => {
      if (shape.attrs[i] & ATTR_HIDDEN && !all) return;
      const idx = arrayIndex(k);
      if (idx >= 0) ints.push(idx);
      else if (typeof k === 'string') names.push(k);
    });
    ints.sort((a, b) => a - b);
    return [...ints.map(String), ...names];
  }

  // ---------------------------------------------------------- conversions

  truthy(lo: number, hi: number): boolean {
    if (hi === L.TAG_BOOL || hi === L.TAG_INT) return lo !== 0;
    if (hi < L.TAG_BASE) {
      const d = bitsToDouble(lo, hi);
      return d === d && d !== 0;
    }
    if (hi === L.TAG_STRING) return this.u32[(lo + L.STR_LENGTH) >>> 2] !== 0;
    return hi >= L.TAG_HEAP || hi === L.TAG_SYMBOL;
  }

  toNumber(lo: number, hi: number): number {
    if (hi === L.TAG_INT) return lo | 0;
    if (hi < L.TAG_BASE) return bitsToDouble(lo, hi);
    switch (hi) {
      case L.TAG_BOOL:
        return lo;
      case L.TAG_UNDEF:
        return NaN;
      case L.TAG_NULL:
        return 0;
      case L.TAG_STRING:
        return Number(this.str(lo));
      case L.TAG_SYMBOL:
        return this.throwError('TypeError', 'Cannot convert a Symbol value to a number');
      default:
        this.toPrimitive(lo, hi, 'number');
        return this.toNumber(this.rlo, this.rhi);
    }
  }

  toInt32(lo: number, hi: number): number {
    if (hi === L.TAG_INT) return lo | 0;
    return this.toNumber(lo, hi) | 0;
  }

  toStr(lo: number, hi: number): string {
    if (hi === L.TAG_STRING) return this.str(lo);
    if (hi === L.TAG_INT) return String(lo | 0);
    if (hi < L.TAG_BASE) return String(bitsToDouble(lo, hi));
    switch (hi) {
      case L.TAG_BOOL:
        return lo ? 'true' : 'false';
      case L.TAG_UNDEF:
        return 'undefined';
      case L.TAG_NULL:
        return 'null';
      case L.TAG_SYMBOL:
        return this.throwError('TypeError', 'Cannot convert a Symbol value to a string');
      default: {
        this.toPrimitive(lo, hi, 'string');
        return this.toStr(this.rlo, this.rhi);
      }
    }
  }

  /** ToPrimitive into the result registers: valueOf/toString looked up and called as JS would. */
  toPrimitive(lo: number, hi: number, hint: 'number' | 'string' | 'default'): void {
    if (hi < L.TAG_HEAP || hi === L.TAG_STRING) return this.retValue(lo, hi);
    if (this.wellKnown.toPrimitive >= 0 && this.exoticToPrimitive(lo, hi, hint)) return;
    if (hint === 'default' && hi === L.TAG_OBJECT && this.isDate(lo)) hint = 'string';
    const order = hint === 'string' ? ['toString', 'valueOf'] : ['valueOf', 'toString'];
    const mark = this.handleMark();
    this.protect(lo, hi);
    try {
      for (const name of order) {
        this.getProp(lo, hi, name);
        if (this.rhi === L.TAG_FUNCTION) {
          this.callFunction(this.rlo, this.rhi, lo, hi, []);
          const rhi: number = this.rhi;
          if (rhi < L.TAG_HEAP || rhi === L.TAG_STRING) return;
        }
      }
    } finally {
      this.releaseHandles(mark);
    }
    this.throwError('TypeError', 'Cannot convert object to primitive value');
  }

  /** Calls obj[Symbol.toPrimitive](hint) when the object has one (result registers); false when absent. */
  private exoticToPrimitive(lo: number, hi: number, hint: string): boolean {
    const key = this.symbols[this.wellKnown.toPrimitive].key;
    // Fast negative answer: nothing on the chain has the key (the common case).
    if (hi === L.TAG_FUNCTION || hi === L.TAG_OBJECT || hi === L.TAG_ARRAY) {
      if (!this.findProperty(lo, key)) return false;
    }
    const mark = this.handleMark();
    this.protect(lo, hi);
    try {
      this.getProp(lo, hi, key);
      const fhi = this.rhi;
      if (fhi === L.TAG_UNDEF || fhi === L.TAG_NULL) return false;
      if (fhi !== L.TAG_FUNCTION) this.throwError('TypeError', fhi < L.TAG_HEAP || fhi === L.TAG_STRING ? `${this.typeOf(this.rlo, fhi)} ${fhi === L.TAG_SYMBOL ? this.symbolDescriptiveString(this.rlo) : this.toStr(this.rlo, fhi)} is not a function` : 'object is not a function');
      const f = this.rlo;
      this.protect(f, fhi);
      this.callFunction(f, fhi, lo, hi, [this.pinString(hint), L.TAG_STRING]);
      if (this.rhi >= L.TAG_HEAP && this.rhi !== L.TAG_STRING) this.throwError('TypeError', 'Cannot convert object to primitive value');
      return true;
    } finally {
      this.releaseHandles(mark);
    }
  }

  /** Interned cells of the typeof results, in TYPEOF_NAMES order (pinned by the realm setup). */
  readonly typeofRefs: number[] = [];

  /** typeof as an interned string cell (never allocates once the realm is set up). */
  typeOfRef(hi: number): number {
    const refs = this.typeofRefs;
    if (hi < L.TAG_BASE || hi === L.TAG_INT) return refs[0];
    switch (hi) {
      case L.TAG_STRING:
        return refs[1];
      case L.TAG_BOOL:
        return refs[2];
      case L.TAG_UNDEF:
        return refs[3];
      case L.TAG_FUNCTION:
        return refs[5];
      case L.TAG_SYMBOL:
        return refs[6];
      default:
        return refs[4];
    }
  }

  typeOf(lo: number, hi: number): string {
    if (hi < L.TAG_BASE || hi === L.TAG_INT) return 'number';
    switch (hi) {
      case L.TAG_BOOL:
        return 'boolean';
      case L.TAG_UNDEF:
        return 'undefined';
      case L.TAG_STRING:
        return 'string';
      case L.TAG_FUNCTION:
        return 'function';
      case L.TAG_SYMBOL:
        return 'symbol';
      default:
        void lo;
        return 'object';
    }
  }

  strictEquals(alo: number, ahi: number, blo: number, bhi: number): boolean {
    if (ahi === L.TAG_INT && bhi === L.TAG_INT) return alo === blo;
    const an = ahi < L.TAG_BASE || ahi === L.TAG_INT;
    const bn = bhi < L.TAG_BASE || bhi === L.TAG_INT;
    if (an && bn) return this.toNumber(alo, ahi) === this.toNumber(blo, bhi);
    if (an || bn) return false;
    if (ahi === L.TAG_STRING && bhi === L.TAG_STRING) {
      if (alo === blo) return true;
      const u32 = this.u32;
      if (u32[(alo + L.STR_LENGTH) >>> 2] !== u32[(blo + L.STR_LENGTH) >>> 2]) return false;
      // Two different interned cells never hold equal strings.
      if (this.u8[alo + L.HDR_FLAGS] & this.u8[blo + L.HDR_FLAGS] & HF_INTERNED) return false;
      return this.str(alo) === this.str(blo);
    }
    return alo === blo && ahi === bhi;
  }

  looseEquals(alo: number, ahi: number, blo: number, bhi: number): boolean {
    const an = ahi < L.TAG_BASE || ahi === L.TAG_INT;
    const bn = bhi < L.TAG_BASE || bhi === L.TAG_INT;
    if ((an && bn) || ahi === bhi) return this.strictEquals(alo, ahi, blo, bhi);
    const aNullish = ahi === L.TAG_UNDEF || ahi === L.TAG_NULL;
    const bNullish = bhi === L.TAG_UNDEF || bhi === L.TAG_NULL;
    if (aNullish || bNullish) return aNullish && bNullish;
    if ((an && bhi === L.TAG_STRING) || (ahi === L.TAG_STRING && bn) || ahi === L.TAG_BOOL || bhi === L.TAG_BOOL) {
      if (ahi >= L.TAG_HEAP && ahi !== L.TAG_STRING) {
        this.toPrimitive(alo, ahi, 'default');
        return this.looseEquals(this.rlo, this.rhi, blo, bhi);
      }
      if (bhi >= L.TAG_HEAP && bhi !== L.TAG_STRING) {
        this.toPrimitive(blo, bhi, 'default');
        return this.looseEquals(alo, ahi, this.rlo, this.rhi);
      }
      return this.toNumber(alo, ahi) === this.toNumber(blo, bhi);
    }
    // One object, one primitive.
    if (ahi >= L.TAG_HEAP && ahi !== L.TAG_STRING && (bn || bhi === L.TAG_STRING)) {
      this.toPrimitive(alo, ahi, 'default');
      return this.looseEquals(this.rlo, this.rhi, blo, bhi);
    }
    if (bhi >= L.TAG_HEAP && bhi !== L.TAG_STRING && (an || ahi === L.TAG_STRING)) {
      this.toPrimitive(blo, bhi, 'default');
      return this.looseEquals(alo, ahi, this.rlo, this.rhi);
    }
    return false;
  }

  /** Abstract relational comparison; returns a < b (undefined as false). */
  lessThan(alo: number, ahi: number, blo: number, bhi: number, leftFirst: boolean): boolean | undefined {
    let xl = alo,
      xh = ahi,
      yl = blo,
      yh = bhi;
    const mark = this.handleMark();
    if (leftFirst) {
      if (xh >= L.TAG_HEAP && xh !== L.TAG_STRING) {
        this.protect(yl, yh);
        this.toPrimitive(xl, xh, 'number');
        xl = this.rlo;
        xh = this.rhi;
        this.protect(xl, xh);
      }
      if (yh >= L.TAG_HEAP && yh !== L.TAG_STRING) {
        this.toPrimitive(yl, yh, 'number');
        yl = this.rlo;
        yh = this.rhi;
      }
    } else {
      if (yh >= L.TAG_HEAP && yh !== L.TAG_STRING) {
        this.protect(xl, xh);
        this.toPrimitive(yl, yh, 'number');
        yl = this.rlo;
        yh = this.rhi;
        this.protect(yl, yh);
      }
      if (xh >= L.TAG_HEAP && xh !== L.TAG_STRING) {
        this.toPrimitive(xl, xh, 'number');
        xl = this.rlo;
        xh = this.rhi;
      }
    }
    this.releaseHandles(mark);
    if (xh === L.TAG_STRING && yh === L.TAG_STRING) return this.str(xl) < this.str(yl);
    const x = this.toNumber(xl, xh);
    const y = this.toNumber(yl, yh);
    if (x !== x || y !== y) return undefined;
    return x < y;
  }

  /** a + b for anything but two numbers. */
  addSlow(alo: number, ahi: number, blo: number, bhi: number): void {
    // Primitives: no conversion can run JS or allocate, so no handles are needed.
    if ((ahi < L.TAG_HEAP || ahi === L.TAG_STRING) && (bhi < L.TAG_HEAP || bhi === L.TAG_STRING)) {
      if (ahi === L.TAG_STRING || bhi === L.TAG_STRING) {
        // '' + string and string + '' are that string (strings are immutable; no new cell needed).
        if (ahi === L.TAG_STRING && bhi === L.TAG_STRING) {
          if (this.u32[(alo + L.STR_LENGTH) >>> 2] === 0) return this.retValue(blo, bhi);
          if (this.u32[(blo + L.STR_LENGTH) >>> 2] === 0) return this.retValue(alo, ahi);
        }
        return this.retString(this.toStr(alo, ahi) + this.toStr(blo, bhi));
      }
      return this.retNumber(this.toNumber(alo, ahi) + this.toNumber(blo, bhi));
    }
    const mark = this.handleMark();
    this.protect(alo, ahi);
    this.protect(blo, bhi);
    this.toPrimitive(alo, ahi, 'default');
    const pal = this.rlo,
      pah = this.rhi;
    this.protect(pal, pah);
    this.toPrimitive(blo, bhi, 'default');
    const pbl = this.rlo,
      pbh = this.rhi;
    this.protect(pbl, pbh);
    if (pah === L.TAG_STRING || pbh === L.TAG_STRING) {
      const s = this.toStr(pal, pah) + this.toStr(pbl, pbh);
      this.releaseHandles(mark);
      return this.retString(s);
    }
    const r = this.toNumber(pal, pah) + this.toNumber(pbl, pbh);
    this.releaseHandles(mark);
    this.retNumber(r);
  }

  /** Function.prototype[Symbol.hasInstance], whose call instanceOf makes directly. */
  originalHasInstance = 0;

  /** OrdinaryHasInstance(C, O) for a function C. */
  ordinaryHasInstance(lo: number, hi: number, clo: number, chi: number): boolean {
    if (hi < L.TAG_HEAP || hi === L.TAG_STRING) return false;
    while (this.isBound(clo)) clo = this.u32[(clo + L.FN_HOME) >>> 2];
    this.getProp(clo, chi, 'prototype');
    if (this.rhi < L.TAG_HEAP || this.rhi === L.TAG_STRING) this.throwError('TypeError', "Function has non-object prototype 'undefined' in instanceof check");
    const target = this.rlo;
    for (let o = this.protoOf(lo); o !== 0; o = this.protoOf(o)) if (o === target) return true;
    return false;
  }

  instanceOf(lo: number, hi: number, clo: number, chi: number): boolean {
    if ((chi === L.TAG_OBJECT || chi === L.TAG_FUNCTION || chi === L.TAG_ARRAY) && this.wellKnown.hasInstance >= 0 && this.findProperty(clo, this.wellKnownKey('hasInstance'))) {
      // A user-defined [Symbol.hasInstance] decides (the spec's InstanceofOperator step 2).
      const mark = this.handleMark();
      this.protect(lo, hi);
      this.protect(clo, chi);
      try {
        this.getProp(clo, chi, this.wellKnownKey('hasInstance'));
        const fhi: number = this.rhi;
        if (fhi !== L.TAG_UNDEF && fhi !== L.TAG_NULL && !(fhi === L.TAG_FUNCTION && this.rlo === this.originalHasInstance)) {
          if (fhi !== L.TAG_FUNCTION) this.throwError('TypeError', 'object is not a function');
          this.callFunction(this.rlo, fhi, clo, chi, [lo, hi]);
          return this.truthy(this.rlo, this.rhi);
        }
      } finally {
        this.releaseHandles(mark);
      }
    }
    if (chi !== L.TAG_FUNCTION) {
      this.throwError('TypeError', `Right-hand side of 'instanceof' is not ${chi >= L.TAG_HEAP && chi !== L.TAG_STRING ? 'callable' : 'an object'}`);
    }
    if (hi < L.TAG_HEAP || hi === L.TAG_STRING) return false;
    // A bound function answers for its target.
    while (this.isBound(clo)) clo = this.u32[(clo + L.FN_HOME) >>> 2];
    this.getProp(clo, chi, 'prototype');
    if (this.rhi < L.TAG_HEAP || this.rhi === L.TAG_STRING) this.throwError('TypeError', "Function has non-object prototype 'undefined' in instanceof check");
    const target = this.rlo;
    for (let o = this.protoOf(lo); o !== 0; o = this.protoOf(o)) if (o === target) return true;
    return false;
  }

  // -------------------------------------------------------------- errors

  /** Creates an error object of a built-in kind with its stack captured now. */
  makeError(kind: string, message: string): number {
    const ctor = this.errorCtors.get(kind)!;
    this.getProp(ctor, L.TAG_FUNCTION, 'prototype');
    const proto = this.rlo;
    const mark = this.handleMark();
    const err = this.newObject(proto);
    this.protect(err, L.TAG_OBJECT);
    this.initError(err, kind, message);
    this.releaseHandles(mark);
    return err;
  }

  /**
   * Sets stack and message (if any) on a fresh error object, in V8's order.
   * The stack is captured now and written on first read (src/vm/stack.ts);
   * skipUntil: hide the frames up to the one running this function (a
   * subclass's new.target).
   */
  initError(err: number, _name: string, message: string | undefined, skipUntil = 0): void {
    this.protect(err, L.TAG_OBJECT);
    captureStack(this, err, skipUntil);
    if (message !== undefined) {
      this.retString(message);
      this.addProperty(err, 'message', this.rlo, this.rhi, ATTR_HIDDEN);
    }
    this.unprotect(1);
  }

  /**
   * A pending interrupt (the INTERRUPT word, set by the REPL's SIGINT
   * handler) stops the evaluation: called at loop back-edges and function
   * entries; clears the word and throws InterruptSignal.
   */
  interrupt(): never {
    this.u32[L.INTERRUPT >>> 2] = 0;
    throw new InterruptSignal(this.stackTrace(10));
  }

  throwError(kind: string, message: string): never {
    const err = this.makeError(kind, message);
    throw new Thrown(err, L.TAG_OBJECT);
  }

  /** "\n    at name (file:line:col)" lines for the active frames, as V8 prints them. */
  stackTrace(limit = 10): string {
    return stackText(this, this.fp, this.pc, limit);
  }

  // ------------------------------------------------------------ functions

  newFunction(iseqId: number, env: number, flags: number, thisLo = 0, thisHi = L.TAG_UNDEF): number {
    const ref = this.heap.alloc(VM.CLOSURE_SIZE, L.K_FUNCTION);
    const u32 = this.u32;
    u32[(ref + L.OBJ_SHAPE) >>> 2] = this.functionShape.id;
    u32[(ref + L.FN_ISEQ) >>> 2] = iseqId;
    u32[(ref + L.FN_ENV) >>> 2] = env;
    u32[(ref + L.FN_THIS) >>> 2] = thisLo;
    u32[(ref + L.FN_THIS + 4) >>> 2] = thisHi;
    u32[(ref + L.FN_FLAGS) >>> 2] = flags;
    return ref;
  }

  functionShape!: Shape;

  /** Size of a closure's FUNCTION cell (layout.ts CLOSURE_SIZE). */
  static readonly CLOSURE_SIZE = CLOSURE_SIZE;

  /** A closure for an iseq in the current frame: arrows capture this and the home object. */
  makeClosure(iseq: ISeq, env: number, selfQ: number, calleeRef: number): number {
    const flags = closureFlags(iseq);
    const ref =
      flags & L.FNF_ARROW ? this.newFunction(iseq.id, env, flags, this.u32[selfQ], this.u32[selfQ + 1]) : this.newFunction(iseq.id, env, flags);
    if (flags & L.FNF_ARROW && calleeRef !== 0) {
      this.u32[(ref + L.FN_HOME) >>> 2] = this.u32[(calleeRef + L.FN_HOME) >>> 2];
    }
    return ref;
  }

  registerNative(name: string, fn: NativeFn, length: number, ctor = false): number {
    this.natives.push({ name, fn, length, ctor });
    return this.natives.length - 1;
  }

  newNativeFunction(name: string, fn: NativeFn, length: number, ctor = false): number {
    const id = this.registerNative(name, fn, length, ctor);
    return this.newFunction(id, 0, L.FNF_NATIVE | (ctor ? 0 : L.FNF_METHOD));
  }

  /**
   * Native id of bound functions (Function.prototype.bind): a NATIVE
   * FUNCTION cell whose FN_HOME is the target, FN_THIS the bound `this`
   * and FN_FIELDS an ARRAY of the bound arguments (0 = none); the native
   * reads them from its callee slot. -1 until the realm registers it.
   */
  boundNativeId = -1;

  /**
   * Compiles source text at run time as global code (`new Function`, indirect
   * eval): set by the engine, which owns the compiler. Throws the compiler's
   * LbbvSyntaxError on bad input.
   */
  compileGlobal: ((source: string, file: string) => ISeq) | null = null;
  /** Direct eval: compiles source inside a call site's scope (an entry of evalScopes); set by the engine. */
  compileEval: ((source: string, scope: unknown) => ISeq) | null = null;
  /** The compiler's scopes of direct eval call sites (directeval's second operand indexes them). */
  readonly evalScopes: unknown[] = [];
  /** Native id of the global eval (-1 until the realm registers it). */
  evalNativeId = -1;

  /**
   * directeval at fnQ with argc arguments: when the callee is the global
   * eval and the first argument a string, compiles it in the call site's
   * scope and rewrites the stack into a call of the result (a function whose
   * ENV is the caller's current one, with the caller's `this`), returning
   * argc 0; otherwise leaves the stack alone and returns argc (an ordinary
   * call, indirect eval included).
   */
  prepareDirectEval(fnQ: number, argc: number, site: number, fp: number): number {
    const u32 = this.u32;
    if (u32[fnQ + 1] !== L.TAG_FUNCTION || argc < 1 || u32[fnQ + 5] !== L.TAG_STRING) return argc;
    const f = u32[fnQ];
    if (!(u32[(f + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE) || u32[(f + L.FN_ISEQ) >>> 2] !== this.evalNativeId) return argc;
    const src = this.str(u32[fnQ + 4]);
    let iseq: ISeq;
    try {
      iseq = this.compileEval!(src, this.evalScopes[site]);
    } catch (e) {
      if (!(e instanceof Error) || e.name !== 'SyntaxError' || !('format' in e)) throw e;
      let msg = e.message;
      try {
        new nodeVm.Script(src);
      } catch (h) {
        if (h instanceof SyntaxError) msg = h.message;
      }
      this.throwError('SyntaxError', msg);
    }
    const selfQ = fp - 2 * this.iseqs[u32[fp + 2]].localCount - 2;
    const fn = this.newFunction(iseq.id, u32[fp + 3], L.FNF_METHOD);
    u32[fnQ] = fn;
    u32[fnQ + 1] = L.TAG_FUNCTION;
    u32[fnQ + 2] = u32[selfQ];
    u32[fnQ + 3] = u32[selfQ + 1];
    this.sp = fnQ + 4;
    return 0;
  }

  /** Native ids of Function.prototype.call and apply (-1 until the realm registers them). */
  callNativeId = -1;
  applyNativeId = -1;

  /**
   * f.call(t, …) / f.apply(t, list) with a function f, as enterFunction sees
   * it at fnQ ([call|apply, f, t, …]): rewrites the stack in place into the
   * call it makes ([f, t, args…]) and returns the new argc, or -1 to leave
   * it to the native (an apply list that is not an array, an array-like
   * object, undefined or null).
   */
  private spreadCall(fnQ: number, argc: number, apply: boolean): number {
    const u32 = this.u32;
    if (!apply) {
      if (argc === 0) {
        u32[fnQ] = u32[fnQ + 2];
        u32[fnQ + 1] = u32[fnQ + 3];
        u32[fnQ + 2] = 0;
        u32[fnQ + 3] = L.TAG_UNDEF;
        return 0;
      }
      u32.copyWithin(fnQ, fnQ + 2, fnQ + 4 + 2 * argc);
      return argc - 1;
    }
    const lhi = argc > 1 ? u32[fnQ + 7] : L.TAG_UNDEF;
    const llo = argc > 1 ? u32[fnQ + 6] : 0;
    const words: number[] = [];
    if (lhi === L.TAG_ARRAY) {
      const n = this.arrayLen(llo);
      if (n > 65535) return -1;
      for (let i = 0; i < n; i++) {
        this.arrayGet(llo, i);
        words.push(this.rlo, this.rhi);
      }
    } else if (lhi === L.TAG_OBJECT) {
      this.getProp(llo, lhi, 'length');
      const n = this.toNumber(this.rlo, this.rhi) >>> 0;
      if (n > 65535) return -1;
      for (let i = 0; i < n; i++) {
        this.getProp(llo, lhi, String(i));
        words.push(this.rlo, this.rhi);
      }
    } else if (lhi !== L.TAG_UNDEF && lhi !== L.TAG_NULL) return -1;
    if (fnQ + 4 + words.length + 64 >= this.stackLimit) this.throwError('RangeError', 'Maximum call stack size exceeded');
    const tlo = argc > 0 ? u32[fnQ + 4] : 0;
    const thi = argc > 0 ? u32[fnQ + 5] : L.TAG_UNDEF;
    u32[fnQ] = u32[fnQ + 2];
    u32[fnQ + 1] = u32[fnQ + 3];
    u32[fnQ + 2] = tlo;
    u32[fnQ + 3] = thi;
    for (let i = 0; i < words.length; i++) u32[fnQ + 4 + i] = words[i];
    this.sp = fnQ + 4 + words.length;
    return words.length >>> 1;
  }

  isBound(fn: number): boolean {
    return (this.u32[(fn + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE) !== 0 && this.u32[(fn + L.FN_ISEQ) >>> 2] === this.boundNativeId;
  }

  /** Whether the callee at fnQ is a generator or async function (its call returns at its first suspension). */
  suspendingCallee(fnQ: number): boolean {
    const u32 = this.u32;
    if (u32[fnQ + 1] !== L.TAG_FUNCTION) return false;
    const fn = u32[fnQ];
    if (u32[(fn + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE) return false;
    return (this.iseqs[u32[(fn + L.FN_ISEQ) >>> 2]].flags & ISEQ_SUSPENDS) !== 0;
  }

  isConstructor(fn: number): boolean {
    const flags = this.u32[(fn + L.FN_FLAGS) >>> 2];
    if (this.isBound(fn)) return this.isConstructor(this.u32[(fn + L.FN_HOME) >>> 2]);
    if (flags & L.FNF_NATIVE) return this.natives[this.u32[(fn + L.FN_ISEQ) >>> 2]].ctor;
    return (flags & (L.FNF_ARROW | L.FNF_METHOD | L.FNF_GENERATOR)) === 0;
  }

  /**
   * Calls a function from the host: pushes [fn, this, args] at sp and runs it
   * to completion. The result is left in the result registers.
   */
  callFunction(flo: number, fhi: number, tlo: number, thi: number, args: number[]): void {
    const q = this.sp;
    const u32 = this.u32;
    const argc = args.length >>> 1;
    if (q + 4 + 2 * argc >= this.stackLimit) this.throwError('RangeError', 'Maximum call stack size exceeded');
    u32[q] = flo;
    u32[q + 1] = fhi;
    u32[q + 2] = tlo;
    u32[q + 3] = thi;
    for (let i = 0; i < args.length; i++) u32[q + 4 + i] = args[i];
    this.sp = q + 4 + args.length;
    this.invoke(q, argc, false, 0);
  }

  /** Constructs from the host: `new fn(...args)`; result in the result registers. */
  constructFunction(flo: number, fhi: number, args: number[], newTarget = flo): void {
    const q = this.sp;
    const u32 = this.u32;
    u32[q] = flo;
    u32[q + 1] = fhi;
    u32[q + 2] = 0;
    u32[q + 3] = L.TAG_UNDEF;
    for (let i = 0; i < args.length; i++) u32[q + 4 + i] = args[i];
    this.sp = q + 4 + args.length;
    this.invoke(q, args.length >>> 1, true, newTarget);
  }

  /** Set by the interpreter module: runs frames until the host-boundary frame returns. */
  runLoop!: (vm: VM) => void;

  /**
   * Calls the function at fnQ (with this and argc arguments above it) from the
   * host and waits for the result, which is left in the result registers and
   * the stack is reset to fnQ.
   */
  invoke(fnQ: number, argc: number, construct: boolean, newTarget: number): void {
    const savedFp = this.fp;
    const savedPc = this.pc;
    const fp = this.enterFunction(fnQ, argc, construct, newTarget, savedPc, null, null, 0);
    if (fp !== 0) {
      this.u32[fp + 5] |= L.FRAME_HOST_BOUNDARY;
      this.fp = fp;
      this.pc = 0;
      this.hostDepth++;
      try {
        if (this.hostDepth > 400) this.throwError('RangeError', 'Maximum call stack size exceeded');
        this.runLoop(this);
      } finally {
        this.hostDepth--;
        this.fp = savedFp;
        this.pc = savedPc;
      }
    }
    this.rlo = this.u32[fnQ];
    this.rhi = this.u32[fnQ + 1];
    this.sp = fnQ;
  }

  /**
   * Enters the function at fnQ. A native runs to completion: its result
   * replaces the callee slot, sp = fnQ + 2, and 0 is returned. A bytecode
   * function gets a frame, whose fp (q) is returned; the caller then runs it
   * from pc 0. `this.fp` must be the caller's frame.
   */
  enterFunction(
    fnQ: number,
    argc: number,
    construct: boolean,
    newTarget: number,
    returnPc: number,
    nameCode: Int32Array | null,
    nameConsts: Uint32Array | null,
    nameAt: number,
  ): number {
    const u32 = this.u32;
    if (u32[L.INTERRUPT >>> 2] !== 0) this.interrupt();
    const fhi = u32[fnQ + 1];
    const fn = u32[fnQ];
    if (fhi !== L.TAG_FUNCTION || (construct && !this.isConstructor(fn))) {
      // The callee as written (the send's name operand), or what the host was calling.
      const name = nameCode && nameConsts ? this.str(nameConsts[2 * nameCode[nameAt]]) : nameAt === 1 ? 'super' : 'value';
      this.throwError('TypeError', `${name} is not a ${construct ? 'constructor' : 'function'}`);
    }
    const flags = u32[(fn + L.FN_FLAGS) >>> 2];
    let argQ = fnQ + 4;
    if (flags & L.FNF_NATIVE) {
      const id = u32[(fn + L.FN_ISEQ) >>> 2];
      if (!construct && (id === this.callNativeId || id === this.applyNativeId) && u32[fnQ + 3] === L.TAG_FUNCTION) {
        // f.call / f.apply: make the call itself (a bytecode f gets its frame here, no host recursion).
        const n = this.spreadCall(fnQ, argc, id === this.applyNativeId);
        if (n >= 0) return this.enterFunction(fnQ, n, false, 0, returnPc, null, null, 0);
      }
      this.callNative(id, fnQ, argc, construct ? newTarget || fn : 0);
      return 0;
    }
    const iseq = this.iseqs[u32[(fn + L.FN_ISEQ) >>> 2]];
    if (iseq.flags & ISEQ_CLASS_CTOR && !construct) {
      this.throwError('TypeError', `Class constructor ${iseq.name} cannot be invoked without 'new'`);
    }
    iseq.callCount++;
    const nlocals = iseq.localCount;
    let moved = 0;
    if (iseq.flags & ISEQ_ARGUMENTS && argc > iseq.paramCount) {
      // `arguments` needs every actual argument: build the frame above them (§5, FRAME_ARGS_MOVED).
      moved = 4 + 2 * argc;
      if (fnQ + moved + 4 + 2 * nlocals + L.FRAME_HEADER / 4 + 2 * iseq.maxStack >= this.stackLimit) {
        this.throwError('RangeError', 'Maximum call stack size exceeded');
      }
      u32.copyWithin(fnQ + moved, fnQ, fnQ + 4 + 2 * iseq.paramCount);
      fnQ += moved;
      argQ = fnQ + 4;
    }
    const fp = argQ + 2 * nlocals;
    if (fp + L.FRAME_HEADER / 4 + 2 * iseq.maxStack >= this.stackLimit) {
      this.throwError('RangeError', 'Maximum call stack size exceeded');
    }
    // Missing arguments and other locals start undefined; extra arguments are dropped
    // (or collected into the rest parameter's array).
    const p = iseq.paramCount;
    let rest: number[] | null = null;
    if (iseq.restIndex >= 0) {
      rest = [];
      for (let i = p; i < argc; i++) rest.push(u32[argQ + 2 * i], u32[argQ + 2 * i + 1]);
    }
    for (let i = argc < p ? argc : p; i < nlocals; i++) {
      u32[argQ + 2 * i] = 0;
      u32[argQ + 2 * i + 1] = L.TAG_UNDEF;
    }
    if (rest) {
      this.sp = fp;
      const arr = this.newArrayFrom(rest);
      u32[argQ + 2 * iseq.restIndex] = arr;
      u32[argQ + 2 * iseq.restIndex + 1] = L.TAG_ARRAY;
    }
    if (flags & L.FNF_ARROW) {
      u32[fnQ + 2] = u32[(fn + L.FN_THIS) >>> 2];
      u32[fnQ + 3] = u32[(fn + L.FN_THIS + 4) >>> 2];
    }
    let fl = moved ? L.FRAME_ARGS_MOVED : 0;
    if (construct) {
      fl |= L.FRAME_CONSTRUCT;
      if (!newTarget) newTarget = fn;
      if (iseq.flags & ISEQ_DERIVED) {
        u32[fnQ + 2] = 0;
        u32[fnQ + 3] = L.TAG_TDZ;
      } else {
        this.sp = fp;
        const obj = this.newThis(iseq, fn, newTarget);
        u32[fnQ + 2] = obj;
        u32[fnQ + 3] = L.TAG_OBJECT;
      }
    }
    u32[fp] = this.fp << 2;
    u32[fp + 1] = returnPc;
    u32[fp + 2] = iseq.id;
    u32[fp + 3] = u32[(fn + L.FN_ENV) >>> 2];
    u32[fp + 4] = 0;
    u32[fp + 5] = fl;
    u32[fp + 6] = 0;
    u32[fp + 7] = 0;
    u32[fp + 8] = argc;
    u32[fp + 9] = construct ? newTarget : 0;
    this.sp = fp + L.FRAME_HEADER / 4;
    return fp;
  }

  /** The receiver `new` makes for a base constructor: an object whose prototype is newTarget.prototype (or Object.prototype). */
  private newThis(iseq: ISeq, fn: number, newTarget: number): number {
    const u32 = this.u32;
    let lo: number;
    let hi: number;
    const sid = u32[(newTarget + L.OBJ_SHAPE) >>> 2];
    if (sid === iseq.ctorFnShape && !(u32[(newTarget + L.FN_FLAGS) >>> 2] & L.FNF_LAZY_PROTO)) {
      // Same (shared) shape as last time: 'prototype' is an own data property in the same slot.
      const q = this.slotQ(newTarget, this.shapes.shapes[sid], iseq.ctorProtoSlot);
      lo = u32[q];
      hi = u32[q + 1];
    } else {
      this.protect(fn, L.TAG_FUNCTION);
      this.getProp(newTarget, L.TAG_FUNCTION, 'prototype');
      this.unprotect(1);
      lo = this.rlo;
      hi = this.rhi;
      const shape = this.shapeOf(newTarget);
      const i = shape.isDictionary ? -1 : shape.lookup('prototype');
      iseq.ctorFnShape = i >= 0 ? shape.id : 0;
      iseq.ctorProtoSlot = i;
    }
    const proto = hi >= L.TAG_HEAP && hi !== L.TAG_STRING ? lo : this.objectProto;
    const cap = iseq.instanceCapacity;
    let shape = this.shapes.shapes[iseq.ctorRoot];
    // Root shapes are forgotten only when their prototype dies, so within one
    // collection cycle the cached one stays the table's root for (proto, cap).
    if (iseq.ctorGc !== this.heap.gcCount || shape.proto !== proto || shape.inlineCapacity !== cap) {
      shape = this.rootShape(proto, cap);
      iseq.ctorRoot = shape.id;
      iseq.ctorGc = this.heap.gcCount;
    }
    // proto stays alive across the allocation: newTarget (on the stack or in a frame) holds it.
    const ref = this.heap.alloc(L.OBJ_INLINE + 8 * cap, L.K_OBJECT);
    u32[(ref + L.OBJ_SHAPE) >>> 2] = shape.id;
    return ref;
  }

  /**
   * Runs built-in `nativeId` on the call at fnQ (callee, this, argc
   * arguments above it): its result replaces the callee and the stack ends
   * just above it. Machine code calls built-ins through this directly.
   */
  callNative(nativeId: number, fnQ: number, argc: number, newTarget: number): void {
    const u32 = this.u32;
    const argQ = fnQ + 4;
    this.sp = argQ + 2 * argc;
    this.rlo = 0;
    this.rhi = L.TAG_UNDEF;
    this.natives[nativeId].fn(this, argQ, argc, fnQ + 2, newTarget);
    u32[fnQ] = this.rlo;
    u32[fnQ + 1] = this.rhi;
    this.sp = fnQ + 2;
  }

  /** Finishes a frame that is returning `result` (construct frames substitute this). Returns the value's words via rlo/rhi. */
  frameResult(fp: number, lo: number, hi: number, nlocals: number): void {
    const u32 = this.u32;
    if (u32[fp + 5] & L.FRAME_CONSTRUCT && (hi < L.TAG_HEAP || hi === L.TAG_STRING)) {
      const selfQ = fp - 2 * nlocals - 2;
      lo = u32[selfQ];
      hi = u32[selfQ + 1];
      if (hi === L.TAG_TDZ) {
        this.fp = fp;
        this.throwError('ReferenceError', "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
      }
      // Remember how many properties instances got, to size the next ones inline.
      const iseq = this.iseqs[u32[fp + 2]];
      if (hi === L.TAG_OBJECT) {
        const n = this.shapeOf(lo).propertyCount;
        if (n > iseq.instanceCapacity && n <= 32) iseq.instanceCapacity = n;
      }
    }
    this.rlo = lo;
    this.rhi = hi;
  }

  // ------------------------------------------------------------- globals

  globalSlot(name: string): number {
    let i = this.globalIndex.get(name);
    if (i === undefined) {
      i = this.globalNames.length;
      if (i >= L.MAX_GLOBALS) throw new OutOfMemory('too many global variables');
      this.globalNames.push(name);
      this.globalIndex.set(name, i);
      // A new global slot starts undeclared.
      this.u32[this.globalQ(i)] = 0;
      this.u32[this.globalQ(i) + 1] = L.TAG_TDZ;
    }
    return i;
  }

  /** q-index of a global slot. */
  globalQ(slot: number): number {
    return (L.GLOBALS_BASE >>> 2) + 2 * slot;
  }

  setGlobal(name: string, lo: number, hi: number): void {
    const slot = this.globalSlot(name);
    if (this.globalAssumed[slot] === GLOBAL_ASSUMED) this.noteGlobalStore(slot);
    const q = this.globalQ(slot);
    this.u32[q] = lo;
    this.u32[q + 1] = hi;
  }

  /**
   * Per global slot: whether machine code assumed its value constant
   * (GLOBAL_ASSUMED), or did once and saw it change (GLOBAL_REASSIGNED: it
   * is not assumed again). Every store to a global checks it.
   */
  readonly globalAssumed = new Uint8Array(L.MAX_GLOBALS);

  /** A store to a global that machine code assumed constant: that code is invalidated first. */
  noteGlobalStore(slot: number): void {
    this.globalAssumed[slot] = GLOBAL_REASSIGNED;
    if (this.jit) this.jit.invalidateGlobal(slot);
  }

  // ------------------------------------------------------------- env

  newEnv(count: number, parent: number): number {
    const ref = this.heap.alloc(L.ENV_DATA + 8 * count, L.K_ENV);
    this.u32[(ref + L.ENV_PARENT) >>> 2] = parent;
    this.u32[(ref + L.ENV_COUNT) >>> 2] = count;
    for (let i = 0; i < count; i++) this.u32[((ref + L.ENV_DATA) >>> 2) + 2 * i + 1] = L.TAG_UNDEF;
    return ref;
  }

  copyEnv(env: number): number {
    const count = this.u32[(env + L.ENV_COUNT) >>> 2];
    const ref = this.heap.alloc(L.ENV_DATA + 8 * count, L.K_ENV);
    this.u32.copyWithin(ref >>> 2, env >>> 2, (env + L.ENV_DATA + 8 * count) >>> 2);
    return ref;
  }
}

/** The array index a property key names, or -1. */
export function arrayIndex(key: PropKey): number {
  if (typeof key !== 'string') return -1;
  const c = key.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return -1;
  if (key.length > 1 && c === 48) return -1;
  const n = Number(key);
  return Number.isInteger(n) && n < 0xffffffff && String(n) === key ? n : -1;
}

// closureFlags (a closure's FN_FLAGS, which machine code computes too) lives in layout.ts.
export { closureFlags } from './layout';
