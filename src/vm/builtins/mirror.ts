// Host mirrors of VM values, so console.log and JSON.stringify can use Node's
// own formatters and print exactly what Node prints.
//
// A mirror is a plain host value built from the heap graph: arrays keep their
// holes, instances get a prototype chain whose `constructor` names match, and
// functions and classes become host functions with the same name (and, for
// classes, the same `extends` chain). Shared and cyclic references map to
// the same mirror, so `<ref *1>` and `[Circular *1]` come out right.

import { materializeStack } from '../stack';
import { L } from '../layout';
import { ATTR_ACCESSOR, ATTR_HIDDEN, type PropKey } from '../shapes';
import { bitsToDouble } from '../values';
import { HF_ARGUMENTS, type VM } from '../vm';
import { isSparse, sparseEntries } from '../sparse';

/** A fresh host object of the same kind as a VM object's internal slot (src/vm/builtins/regexp.ts, date.ts). */
function hostInternalMirror(internal: object): object {
  const tag = (internal as { tag?: string }).tag;
  if (tag === 'RegExp') {
    const host = (internal as { host: RegExp }).host;
    return new RegExp(host.source, host.flags);
  }
  if (tag === 'Date') return new Date((internal as { t: number }).t);
  return ''.matchAll(/(?:)/g);
}
import { PRIMITIVE_KEY } from '../wrappers';
import { entryKey, entryValue, HF_WEAK_TABLE, nextLive, tableOf } from '../collections';
import { HF_SET_TABLE } from './collections';
import { ISEQ_ASYNC, ISEQ_GENERATOR } from '../../bytecode/iseq';
import { PromiseRecord } from '../eventloop';
import { GenRecord } from '../generators';
import { TimerHandle } from './promise';

export interface MirrorOptions {
  /** JSON.stringify: functions vanish, so do not bother building their props. */
  forJSON?: boolean;
}

export class Mirrors {
  private seen = new Map<number, unknown>();
  private protoMirrors = new Map<number, object>();

  constructor(
    readonly vm: VM,
    readonly opts: MirrorOptions = {},
  ) {}

  value(lo: number, hi: number): unknown {
    if (hi === L.TAG_INT) return lo | 0;
    if (hi < L.TAG_BASE) return bitsToDouble(lo, hi);
    switch (hi) {
      case L.TAG_BOOL:
        return lo !== 0;
      case L.TAG_UNDEF:
      case L.TAG_HOLE:
        return undefined;
      case L.TAG_NULL:
        return null;
      case L.TAG_STRING:
        return this.vm.str(lo);
      case L.TAG_ARRAY:
        return this.array(lo);
      case L.TAG_FUNCTION:
        return this.func(lo);
      case L.TAG_OBJECT:
        return this.object(lo);
      case L.TAG_SYMBOL:
        return this.vm.symbols[lo].key;
      default:
        return undefined;
    }
  }

  private array(ref: number): unknown[] {
    const hit = this.seen.get(ref);
    if (hit) return hit as unknown[];
    const vm = this.vm;
    const out: unknown[] = [];
    this.seen.set(ref, out);
    if (isSparse(vm, ref)) {
      out.length = vm.arrayLen(ref);
      for (const [i, lo, hi] of sparseEntries(vm, ref)) out[i] = this.value(lo, hi);
      this.ownProps(ref, out as unknown as Record<string, unknown>);
      return out;
    }
    const len = vm.arrayLength(ref);
    out.length = len;
    const q = len > 0 ? vm.elementQ(ref, 0) : 0;
    for (let i = 0; i < len; i++) {
      const hi = vm.u32[q + 2 * i + 1];
      if (hi !== L.TAG_HOLE) out[i] = this.value(vm.u32[q + 2 * i], hi);
    }
    this.ownProps(ref, out as unknown as Record<PropKey, unknown>);
    return out;
  }

  private ownProps(ref: number, target: Record<PropKey, unknown>): void {
    const vm = this.vm;
    const shape = vm.shapeOf(ref);
    // A getter may change the object: walk a copy of the key list.
    const keys = [...shape.keys];
    const attrs = [...shape.attrs];
    keys.forEach((k, i) => {
      if (attrs[i] & ATTR_HIDDEN) return;
      const s = vm.shapeOf(ref);
      const j = s.lookup(k);
      if (j < 0) return;
      const q = vm.slotQ(ref, s, j);
      if (s.attrs[j] & ATTR_ACCESSOR) {
        if (this.opts.forJSON) {
          // JSON.stringify reads the property: the getter runs.
          const tag = vm.u8[ref] === L.K_ARRAY ? L.TAG_ARRAY : vm.u8[ref] === L.K_FUNCTION ? L.TAG_FUNCTION : L.TAG_OBJECT;
          vm.callGetter(q, ref, tag);
          target[k] = this.value(vm.rlo, vm.rhi);
          return;
        }
        // console.log shows [Getter], [Setter] or [Getter/Setter] without calling anything.
        vm.accessorPart(q, 0);
        const hasGet = vm.rhi === L.TAG_FUNCTION;
        vm.accessorPart(q, 1);
        const hasSet = vm.rhi === L.TAG_FUNCTION;
        Object.defineProperty(target, k, {
          get: hasGet ? () => undefined : undefined,
          set: hasSet ? () => undefined : undefined,
          enumerable: true,
          configurable: true,
        });
        return;
      }
      target[k] = this.value(vm.u32[q], vm.u32[q + 1]);
    });
  }

  /** A Map/Set as the host's own (WeakMap/WeakSet: an empty host one, printed `<items unknown>` as Node does). */
  private collection(ref: number): object {
    const vm = this.vm;
    const t = tableOf(vm, ref, L.TAG_OBJECT);
    const flags = vm.u8[t + L.HDR_FLAGS];
    const isSet = (flags & HF_SET_TABLE) !== 0;
    if (flags & HF_WEAK_TABLE) return isSet ? new WeakSet() : new WeakMap();
    const out: Map<unknown, unknown> | Set<unknown> = isSet ? new Set() : new Map();
    this.seen.set(ref, out);
    for (let [tt, e] = nextLive(vm, t, 0); e >= 0; [tt, e] = nextLive(vm, tt, e + 1)) {
      const [klo, khi] = entryKey(vm, tt, e);
      const k = this.value(klo, khi);
      if (out instanceof Set) out.add(k);
      else {
        entryValue(vm, tt, e);
        out.set(k, this.value(vm.rlo, vm.rhi));
      }
    }
    return out;
  }

  private func(ref: number): unknown {
    const hit = this.seen.get(ref);
    if (hit) return hit;
    const vm = this.vm;
    const name = vm.functionName(ref);
    let f: object;
    if (vm.u32[(ref + L.FN_FLAGS) >>> 2] & L.FNF_CLASS) {
      f = class {};
      const parent = vm.protoOf(ref);
      if (parent !== 0 && parent !== vm.functionProto && vm.u8[parent] === L.K_FUNCTION) {
        Object.setPrototypeOf(f, this.func(parent) as object);
      }
    } else {
      // Generator and async functions print as [GeneratorFunction: f] / [AsyncFunction: f].
      const flags = vm.u32[(ref + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE ? 0 : vm.iseqs[vm.u32[(ref + L.FN_ISEQ) >>> 2]].flags;
      if (flags & ISEQ_GENERATOR) f = function* () {};
      else if (flags & ISEQ_ASYNC) f = async function () {};
      else f = function () {};
    }
    Object.defineProperty(f, 'name', { value: name });
    this.seen.set(ref, f);
    if (!this.opts.forJSON) this.ownProps(ref, f as Record<PropKey, unknown>);
    return f;
  }

  /** A host prototype chain whose constructor names match the VM object's. */
  private protoMirror(proto: number): object | null {
    const vm = this.vm;
    if (proto === 0) return null;
    if (proto === vm.objectProto) return Object.prototype;
    if (proto === vm.errorProto) return Error.prototype;
    // Subclasses of Map and Set keep the host's own prototype at the end of the chain (util.inspect reads entries through it).
    if (proto !== 0 && proto === vm.mapProto) return Map.prototype;
    if (proto !== 0 && proto === vm.setProto) return Set.prototype;
    const hit = this.protoMirrors.get(proto);
    if (hit) return hit;
    const m = Object.create(this.protoMirror(vm.protoOf(proto))) as Record<PropKey, unknown>;
    this.protoMirrors.set(proto, m);
    if (vm.getOwn(proto, 'constructor') && vm.rhi === L.TAG_FUNCTION) {
      // util.inspect names an object after a `constructor` whose prototype is on its chain.
      const ctor = function () {};
      Object.defineProperty(ctor, 'name', { value: vm.functionName(vm.rlo) });
      ctor.prototype = m;
      Object.defineProperty(m, 'constructor', { value: ctor, enumerable: false });
    }
    return m;
  }

  /** A primitive wrapper (src/vm/wrappers.ts) as the host's own wrapper, so util.inspect prints `[String: 'x']`; extra own keys kept. */
  private wrapper(ref: number): unknown {
    const vm = this.vm;
    const prim = this.value(vm.rlo, vm.rhi);
    const w = Object(prim) as Record<PropKey, unknown>;
    this.seen.set(ref, w);
    const shape = vm.shapeOf(ref);
    shape.keys.forEach((k, i) => {
      if (shape.attrs[i] & ATTR_HIDDEN) return;
      if (typeof prim === 'string' && typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < prim.length) return;
      const q = vm.slotQ(ref, shape, i);
      w[k] = this.value(vm.u32[q], vm.u32[q + 1]);
    });
    return w;
  }

  private isError(ref: number): boolean {
    const vm = this.vm;
    for (let o = vm.protoOf(ref); o !== 0; o = vm.protoOf(o)) if (o === vm.errorProto) return true;
    return false;
  }

  private object(ref: number): unknown {
    const hit = this.seen.get(ref);
    if (hit) return hit;
    const vm = this.vm;
    if (vm.getOwn(ref, PRIMITIVE_KEY)) return this.wrapper(ref);
    const proto = vm.protoOf(ref);
    let out: Record<PropKey, unknown>;
    const internal = vm.internals.get(ref);
    if (internal instanceof PromiseRecord) {
      // A host promise in the same state, so util.inspect prints Promise { 1 } / { <pending> } / { <rejected> … }.
      const p = internal.state === 0 ? new Promise(() => {}) : internal.state === 1 ? Promise.resolve(this.value(internal.lo, internal.hi)) : Promise.reject(this.value(internal.lo, internal.hi));
      p.catch(() => {});
      out = p as unknown as Record<string, unknown>;
      if (proto !== vm.async.promiseProto) Object.setPrototypeOf(out, this.protoMirror(proto));
    } else if (internal instanceof GenRecord) {
      // Object [Generator] {}: a prototype whose toStringTag says Generator.
      const tagged = Object.create(this.protoMirror(proto)) as object;
      Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Generator' });
      out = Object.create(tagged) as Record<string, unknown>;
    } else if (internal !== undefined && !(internal instanceof TimerHandle)) {
      // RegExps, dates and matchAll iterators: the host's own kind of object, so util.inspect prints them as Node does.
      out = hostInternalMirror(internal) as Record<PropKey, unknown>;
      if (proto !== vm.regexpProto && proto !== vm.dateProto && proto !== vm.matchAllIterProto) Object.setPrototypeOf(out, this.protoMirror(proto));
    } else if (tableOf(vm, ref, L.TAG_OBJECT) !== 0) {
      out = this.collection(ref) as Record<PropKey, unknown>;
      const base = out instanceof Map ? vm.mapProto : out instanceof Set ? vm.setProto : -1;
      if (proto !== base && base !== -1) Object.setPrototypeOf(out, this.protoMirror(proto));
    } else if (this.isError(ref)) {
      const err = new Error();
      Object.setPrototypeOf(err, this.protoMirror(proto));
      if (vm.getOwn(ref, 'message')) Object.defineProperty(err, 'message', { value: vm.toStr(vm.rlo, vm.rhi), enumerable: false, writable: true, configurable: true });
      const stack = materializeStack(vm, ref);
      if (stack !== undefined) Object.defineProperty(err, 'stack', { value: stack, enumerable: false, writable: true, configurable: true });
      else if (vm.getOwn(ref, 'stack')) Object.defineProperty(err, 'stack', { value: vm.toStr(vm.rlo, vm.rhi), enumerable: false, writable: true, configurable: true });
      // No stack of its own (an accessor the program defined): not the host's.
      else delete (err as { stack?: string }).stack;
      out = err as unknown as Record<PropKey, unknown>;
    } else if (vm.u8[ref + L.HDR_FLAGS] & HF_ARGUMENTS) {
      // A host arguments object, so Node prints `[Arguments] { '0': … }`.
      out = (function () {
        // eslint-disable-next-line prefer-rest-params
        return arguments;
      })() as unknown as Record<PropKey, unknown>;
      vm.syncArguments(ref);
    } else {
      out = Object.create(this.protoMirror(proto)) as Record<PropKey, unknown>;
    }
    this.seen.set(ref, out);
    this.ownProps(ref, out);
    return out;
  }
}


