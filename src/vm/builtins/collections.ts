// Map, Set, WeakMap, WeakSet and their iterators, over the hash tables of
// src/vm/collections.ts.

import { L } from '../layout';
import { ATTR_HIDDEN, ATTR_READONLY } from '../shapes';
import type { NativeFn, VM } from '../vm';
import {
  entryKey, entryValue, findEntry, HF_WEAK_TABLE, initCollection, nextLive, normKey, SLOT_TABLE,
  tableClear, tableDelete, tableOf, tableSet, tableSize,
} from '../collections';
import { collectionHooks, iterClose, iterOpen, iterResult, iterStep, SLOT_INDEX, SLOT_ITERATED, SLOT_KIND, KIND_ENTRIES, KIND_KEYS, KIND_VALUES } from '../iteration';
import { getterProp, methodSym } from './symbol';
import { argHi, argLo, isObjectTag, method } from './util';
import { receiverText } from './regexp';

type CtorWithProto = (name: string, length: number, fn: NativeFn, proto: number) => number;

/** Header flag (byte 2) of a Set's or WeakSet's table (tells sets from maps). */
export const HF_SET_TABLE = 0x40;

function describe(vm: VM, lo: number, hi: number): string {
  if (hi === L.TAG_SYMBOL) return vm.symbolDescriptiveString(lo);
  return receiverText(vm, lo, hi);
}

export function installCollections(vm: VM, ctorWithProto: CtorWithProto): void {
  const u32 = vm.u32;
  const tagKey = vm.wellKnownKey('toStringTag');
  const iterKey = vm.wellKnownKey('iterator');
  const toStringTag = (target: number, name: string): void => {
    vm.retString(name);
    vm.addProperty(target, tagKey, vm.rlo, vm.rhi, ATTR_HIDDEN | ATTR_READONLY);
  };

  /** The receiver's object ref when it is a collection of that kind, else a TypeError. */
  const receiver = (self: number, what: string, isSet: boolean, weak: boolean): number => {
    const lo = u32[self];
    const hi = u32[self + 1];
    const t = tableOf(vm, lo, hi);
    if (t !== 0) {
      const f = vm.u8[t + L.HDR_FLAGS];
      if (((f & HF_SET_TABLE) !== 0) === isSet && ((f & HF_WEAK_TABLE) !== 0) === weak) return lo;
    }
    return vm.throwError('TypeError', `Method ${what} called on incompatible receiver ${describe(vm, lo, hi)}`);
  };

  /** A new collection object for `new C(…)` (prototype from new.target). */
  const construct = (name: string, newTarget: number, ctor: number, proto: number, isSet: boolean, weak: boolean): number => {
    if (newTarget === 0) vm.throwError('TypeError', `Constructor ${name} requires 'new'`);
    let p = proto;
    if (newTarget !== ctor) {
      vm.getProp(newTarget, L.TAG_FUNCTION, 'prototype');
      if (isObjectTag(vm.rhi)) p = vm.rlo;
    }
    const o = vm.newObject(p);
    initCollection(vm, o, weak);
    if (isSet) vm.u8[tableOf(vm, o, L.TAG_OBJECT) + L.HDR_FLAGS] |= HF_SET_TABLE;
    return o;
  };

  /**
   * Fills a new collection from an iterable: calls its own `set`/`add`
   * (the built-in one directly), closing the iterator if that throws. The
   * record lives in a scratch area at vm.sp.
   */
  const fill = (o: number, lo: number, hi: number, adder: string, pairs: boolean, original: number): void => {
    if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) return;
    vm.getProp(o, L.TAG_OBJECT, adder);
    const alo = vm.rlo;
    const ahi = vm.rhi;
    if (ahi !== L.TAG_FUNCTION) vm.throwError('TypeError', `'${describe(vm, alo, ahi)}' returned for property '${adder}' of object '#<${pairs ? 'Map' : 'Set'}>' is not a function`);
    const q = vm.sp;
    u32[q] = o;
    u32[q + 1] = L.TAG_OBJECT;
    u32[q + 2] = alo;
    u32[q + 3] = ahi;
    const r = q + 4;
    for (let i = 0; i < 8; i += 2) {
      u32[r + i] = 0;
      u32[r + i + 1] = L.TAG_UNDEF;
    }
    vm.sp = r + 12;
    try {
      if (hi < L.TAG_HEAP && hi !== L.TAG_STRING) {
        vm.throwError('TypeError', `${vm.typeOf(lo, hi)} ${describe(vm, lo, hi)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
      }
      iterOpen(vm, lo, hi, r, 'object');
      while (iterStep(vm, r)) {
        try {
          let klo = u32[r + 6];
          let khi = u32[r + 7];
          let vlo = 0;
          let vhi: number = L.TAG_UNDEF;
          if (pairs) {
            const elo = klo;
            const ehi = khi;
            if (ehi < L.TAG_HEAP || ehi === L.TAG_STRING) vm.throwError('TypeError', `Iterator value ${describe(vm, elo, ehi)} is not an entry object`);
            // Keep the entry rooted while its elements are read (they may be getters).
            u32[r + 8] = elo;
            u32[r + 9] = ehi;
            vm.getElem(elo, ehi, 0, L.TAG_INT);
            klo = vm.rlo;
            khi = vm.rhi;
            u32[r + 10] = klo;
            u32[r + 11] = khi;
            vm.getElem(elo, ehi, 1, L.TAG_INT);
            vlo = vm.rlo;
            vhi = vm.rhi;
          }
          if (ahi === L.TAG_FUNCTION && alo === original) addDirect(o, klo, khi, vlo, vhi);
          else vm.callFunction(alo, ahi, o, L.TAG_OBJECT, pairs ? [klo, khi, vlo, vhi] : [klo, khi]);
        } catch (e) {
          iterClose(vm, r, true);
          throw e;
        }
      }
    } finally {
      vm.sp = q;
    }
  };

  /** set/add without the method call; weak tables check the key. */
  const addDirect = (o: number, klo: number, khi: number, vlo: number, vhi: number): void => {
    const t = tableOf(vm, o, L.TAG_OBJECT);
    const f = vm.u8[t + L.HDR_FLAGS];
    // Weak keys: objects, and symbols not made by Symbol.for (which here are never collected anyway).
    if (f & HF_WEAK_TABLE && !isObjectTag(khi) && !(khi === L.TAG_SYMBOL && !vm.symbols[klo].registered)) {
      vm.throwError('TypeError', `Invalid value used ${f & HF_SET_TABLE ? 'in weak set' : 'as weak map key'}`);
    }
    tableSet(vm, o, klo, khi, vlo, vhi);
  };

  // ---- iterators ----
  const mapIterProto = vm.newObject(vm.iteratorProto);
  vm.pinnedRefs.add(mapIterProto);
  const setIterProto = vm.newObject(vm.iteratorProto);
  vm.pinnedRefs.add(setIterProto);
  const newIter = (proto: number, o: number, kind: number): number => {
    const t = tableOf(vm, o, L.TAG_OBJECT);
    const mark = vm.handleMark();
    vm.protect(t, L.TAG_OBJECT);
    const it = vm.newObject(proto);
    vm.protect(it, L.TAG_OBJECT);
    vm.addProperty(it, SLOT_ITERATED, t, L.TAG_OBJECT, ATTR_HIDDEN);
    vm.addProperty(it, SLOT_INDEX, 0, L.TAG_INT, ATTR_HIDDEN);
    vm.addProperty(it, SLOT_KIND, kind, L.TAG_INT, ATTR_HIDDEN);
    vm.releaseHandles(mark);
    return it;
  };
  /**
   * One step of a Map/Set iterator object `lo` (of prototype `proto`): the
   * value into the result registers and true, or false when it is done.
   */
  const iterAdvance = (lo: number, proto: number): boolean => {
    const s = vm.shapeOf(lo);
    const tq = vm.slotQ(lo, s, s.lookup(SLOT_ITERATED));
    const iq = vm.slotQ(lo, s, s.lookup(SLOT_INDEX));
    const kind = u32[vm.slotQ(lo, s, s.lookup(SLOT_KIND))];
    if (u32[tq + 1] !== L.TAG_OBJECT) return false;
    const [t, e] = nextLive(vm, u32[tq], u32[iq]);
    if (e < 0) {
      u32[tq] = 0;
      u32[tq + 1] = L.TAG_UNDEF;
      return false;
    }
    u32[tq] = t;
    u32[iq] = e + 1;
    const [klo, khi] = entryKey(vm, t, e);
    if (kind === KIND_KEYS) {
      vm.retValue(klo, khi);
      return true;
    }
    // A set's entries are [v, v] and its values its keys.
    if (proto === setIterProto) vm.retValue(klo, khi);
    else entryValue(vm, t, e);
    if (kind === KIND_VALUES) return true;
    const mark = vm.handleMark();
    const vlo = vm.rlo;
    const vhi = vm.rhi;
    vm.protect(klo, khi);
    vm.protect(vlo, vhi);
    const pair = vm.newArray(2);
    const q = vm.elementQ(pair, 0);
    u32[q] = klo;
    u32[q + 1] = khi;
    u32[q + 2] = vlo;
    u32[q + 3] = vhi;
    vm.releaseHandles(mark);
    vm.retValue(pair, L.TAG_ARRAY);
    return true;
  };
  const iterNext = (name: string, proto: number): NativeFn => (vm, _a, _c, self) => {
    const lo = u32[self];
    const hi = u32[self + 1];
    if (hi !== L.TAG_OBJECT || vm.protoOf(lo) !== proto || vm.shapeOf(lo).lookup(SLOT_KIND) < 0) {
      vm.throwError('TypeError', `Method ${name} Iterator.prototype.next called on incompatible receiver ${describe(vm, lo, hi)}`);
    }
    if (iterAdvance(lo, proto)) iterResult(vm, vm.rlo, vm.rhi, false);
    else iterResult(vm, 0, L.TAG_UNDEF, true);
  };
  const mapIterNext = method(vm, mapIterProto, 'next', 0, iterNext('Map', mapIterProto));
  toStringTag(mapIterProto, 'Map Iterator');
  const setIterNext = method(vm, setIterProto, 'next', 0, iterNext('Set', setIterProto));
  toStringTag(setIterProto, 'Set Iterator');

  /** forEach over a live table (entries added meanwhile are visited; deleted ones skipped). */
  const forEach = (o: number, args: number, argc: number, isSet: boolean, name: string): void => {
    const flo = argLo(vm, args, argc, 0);
    const fhi = argHi(vm, args, argc, 0);
    if (fhi !== L.TAG_FUNCTION) vm.throwError('TypeError', `${describe(vm, flo, fhi)} is not a function`);
    const tlo = argLo(vm, args, argc, 1);
    const thi = argHi(vm, args, argc, 1);
    // The cursor's table is kept in a scratch slot at vm.sp (rooted while callbacks run).
    const q = vm.sp;
    vm.sp = q + 2;
    let t = tableOf(vm, o, L.TAG_OBJECT);
    let i = 0;
    try {
      for (;;) {
        const [nt, e] = nextLive(vm, t, i);
        if (e < 0) break;
        t = nt;
        u32[q] = t;
        u32[q + 1] = L.TAG_OBJECT;
        i = e + 1;
        const [klo, khi] = entryKey(vm, t, e);
        entryValue(vm, t, e);
        const vlo = isSet ? klo : vm.rlo;
        const vhi = isSet ? khi : vm.rhi;
        vm.callFunction(flo, fhi, tlo, thi, [vlo, vhi, klo, khi, o, L.TAG_OBJECT]);
      }
    } finally {
      vm.sp = q;
    }
    void name;
    vm.retUndef();
  };

  // ---- Map ----
  const mapProto = vm.newObject(vm.objectProto);
  const mapCtor = ctorWithProto(
    'Map',
    0,
    (vm, args, argc, _self, newTarget) => {
      const o = construct('Map', newTarget, mapCtor, mapProto, false, false);
      vm.protect(o, L.TAG_OBJECT);
      fill(o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 'set', true, mapSet);
      vm.unprotect(1);
      vm.retValue(o, L.TAG_OBJECT);
    },
    mapProto,
  );
  vm.mapProto = mapProto;
  method(vm, mapProto, 'get', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'Map.prototype.get', false, false);
    const [klo, khi] = normKey(argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    const t = tableOf(vm, o, L.TAG_OBJECT);
    const e = findEntry(vm, t, klo, khi);
    if (e < 0) return vm.retUndef();
    entryValue(vm, t, e);
  });
  const mapSet = method(vm, mapProto, 'set', 2, (vm, args, argc, self) => {
    const o = receiver(self, 'Map.prototype.set', false, false);
    tableSet(vm, o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), argLo(vm, args, argc, 1), argHi(vm, args, argc, 1));
    vm.retValue(o, L.TAG_OBJECT);
  });
  method(vm, mapProto, 'has', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'Map.prototype.has', false, false);
    const [klo, khi] = normKey(argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    vm.retBool(findEntry(vm, tableOf(vm, o, L.TAG_OBJECT), klo, khi) >= 0);
  });
  method(vm, mapProto, 'delete', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'Map.prototype.delete', false, false);
    vm.retBool(tableDelete(vm, o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)));
  });
  method(vm, mapProto, 'clear', 0, (vm, _a, _c, self) => {
    tableClear(vm, receiver(self, 'Map.prototype.clear', false, false));
    vm.retUndef();
  });
  method(vm, mapProto, 'forEach', 1, (_vm, args, argc, self) => forEach(receiver(self, 'Map.prototype.forEach', false, false), args, argc, false, 'Map'));
  getterProp(vm, mapProto, 'size', 'size', (vm, _a, _c, self) => vm.retNumber(tableSize(vm, receiver(self, 'get Map.prototype.size', false, false))));
  method(vm, mapProto, 'keys', 0, (vm, _a, _c, self) => vm.retValue(newIter(mapIterProto, receiver(self, 'Map.prototype.keys', false, false), KIND_KEYS), L.TAG_OBJECT));
  method(vm, mapProto, 'values', 0, (vm, _a, _c, self) => vm.retValue(newIter(mapIterProto, receiver(self, 'Map.prototype.values', false, false), KIND_VALUES), L.TAG_OBJECT));
  const mapEntries = method(vm, mapProto, 'entries', 0, (vm, _a, _c, self) => vm.retValue(newIter(mapIterProto, receiver(self, 'Map.prototype.entries', false, false), KIND_ENTRIES), L.TAG_OBJECT));
  vm.addProperty(mapProto, iterKey, mapEntries, L.TAG_FUNCTION, ATTR_HIDDEN);
  toStringTag(mapProto, 'Map');

  // ---- Set ----
  const setProto = vm.newObject(vm.objectProto);
  const setCtor = ctorWithProto(
    'Set',
    0,
    (vm, args, argc, _self, newTarget) => {
      const o = construct('Set', newTarget, setCtor, setProto, true, false);
      vm.protect(o, L.TAG_OBJECT);
      fill(o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 'add', false, setAdd);
      vm.unprotect(1);
      vm.retValue(o, L.TAG_OBJECT);
    },
    setProto,
  );
  vm.setProto = setProto;
  const setAdd = method(vm, setProto, 'add', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'Set.prototype.add', true, false);
    tableSet(vm, o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 0, L.TAG_UNDEF);
    vm.retValue(o, L.TAG_OBJECT);
  });
  method(vm, setProto, 'has', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'Set.prototype.has', true, false);
    const [klo, khi] = normKey(argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    vm.retBool(findEntry(vm, tableOf(vm, o, L.TAG_OBJECT), klo, khi) >= 0);
  });
  method(vm, setProto, 'delete', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'Set.prototype.delete', true, false);
    vm.retBool(tableDelete(vm, o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)));
  });
  method(vm, setProto, 'clear', 0, (vm, _a, _c, self) => {
    tableClear(vm, receiver(self, 'Set.prototype.clear', true, false));
    vm.retUndef();
  });
  method(vm, setProto, 'forEach', 1, (_vm, args, argc, self) => forEach(receiver(self, 'Set.prototype.forEach', true, false), args, argc, true, 'Set'));
  getterProp(vm, setProto, 'size', 'size', (vm, _a, _c, self) => vm.retNumber(tableSize(vm, receiver(self, 'get Set.prototype.size', true, false))));
  method(vm, setProto, 'entries', 0, (vm, _a, _c, self) => vm.retValue(newIter(setIterProto, receiver(self, 'Set.prototype.entries', true, false), KIND_ENTRIES), L.TAG_OBJECT));
  const setValues = method(vm, setProto, 'values', 0, (vm, _a, _c, self) => vm.retValue(newIter(setIterProto, receiver(self, 'Set.prototype.values', true, false), KIND_VALUES), L.TAG_OBJECT));
  vm.addProperty(setProto, 'keys', setValues, L.TAG_FUNCTION, ATTR_HIDDEN);
  vm.addProperty(setProto, iterKey, setValues, L.TAG_FUNCTION, ATTR_HIDDEN);
  toStringTag(setProto, 'Set');

  // ---- WeakMap ----
  const weakMapProto = vm.newObject(vm.objectProto);
  const weakMapCtor = ctorWithProto(
    'WeakMap',
    0,
    (vm, args, argc, _self, newTarget) => {
      const o = construct('WeakMap', newTarget, weakMapCtor, weakMapProto, false, true);
      vm.protect(o, L.TAG_OBJECT);
      fill(o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 'set', true, weakMapSet);
      vm.unprotect(1);
      vm.retValue(o, L.TAG_OBJECT);
    },
    weakMapProto,
  );
  method(vm, weakMapProto, 'get', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'WeakMap.prototype.get', false, true);
    const t = tableOf(vm, o, L.TAG_OBJECT);
    const e = findEntry(vm, t, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    if (e < 0) return vm.retUndef();
    entryValue(vm, t, e);
  });
  const weakMapSet = method(vm, weakMapProto, 'set', 2, (vm, args, argc, self) => {
    const o = receiver(self, 'WeakMap.prototype.set', false, true);
    addDirect(o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), argLo(vm, args, argc, 1), argHi(vm, args, argc, 1));
    vm.retValue(o, L.TAG_OBJECT);
  });
  method(vm, weakMapProto, 'has', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'WeakMap.prototype.has', false, true);
    vm.retBool(findEntry(vm, tableOf(vm, o, L.TAG_OBJECT), argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)) >= 0);
  });
  method(vm, weakMapProto, 'delete', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'WeakMap.prototype.delete', false, true);
    vm.retBool(tableDelete(vm, o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)));
  });
  toStringTag(weakMapProto, 'WeakMap');

  // ---- WeakSet ----
  const weakSetProto = vm.newObject(vm.objectProto);
  const weakSetCtor = ctorWithProto(
    'WeakSet',
    0,
    (vm, args, argc, _self, newTarget) => {
      const o = construct('WeakSet', newTarget, weakSetCtor, weakSetProto, true, true);
      vm.protect(o, L.TAG_OBJECT);
      fill(o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 'add', false, weakSetAdd);
      vm.unprotect(1);
      vm.retValue(o, L.TAG_OBJECT);
    },
    weakSetProto,
  );
  const weakSetAdd = method(vm, weakSetProto, 'add', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'WeakSet.prototype.add', true, true);
    addDirect(o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), 0, L.TAG_UNDEF);
    vm.retValue(o, L.TAG_OBJECT);
  });
  method(vm, weakSetProto, 'has', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'WeakSet.prototype.has', true, true);
    vm.retBool(findEntry(vm, tableOf(vm, o, L.TAG_OBJECT), argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)) >= 0);
  });
  method(vm, weakSetProto, 'delete', 1, (vm, args, argc, self) => {
    const o = receiver(self, 'WeakSet.prototype.delete', true, true);
    vm.retBool(tableDelete(vm, o, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0)));
  });
  toStringTag(weakSetProto, 'WeakSet');

  // for-of over a Map, a Set or one of their iterators steps the iterator in place (iteration.ts ITER_FAST_COLLECTION)
  // while every method the protocol would call is the original built-in.
  const iterProtoIter = (): number => (vm.getOwn(vm.iteratorProto, iterKey) && vm.rhi === L.TAG_FUNCTION ? vm.rlo : -1);
  const originalIterProtoIter = iterProtoIter();
  const isOriginal = (o: number, key: string | symbol, fn: number): boolean => {
    vm.getProp(o, L.TAG_OBJECT, key);
    return vm.rhi === L.TAG_FUNCTION && vm.rlo === fn && !vm.foundAccessor;
  };
  collectionHooks.open = (vm, lo, hi) => {
    const p = vm.protoOf(lo);
    if (p === mapIterProto || p === setIterProto) {
      if (vm.shapeOf(lo).lookup(SLOT_KIND) < 0) return 0;
      if (!isOriginal(lo, iterKey, originalIterProtoIter) || !isOriginal(lo, 'next', p === mapIterProto ? mapIterNext : setIterNext)) return 0;
      return lo;
    }
    const t = tableOf(vm, lo, hi);
    if (t === 0 || vm.u8[t + L.HDR_FLAGS] & HF_WEAK_TABLE) return 0;
    const isSet = (vm.u8[t + L.HDR_FLAGS] & HF_SET_TABLE) !== 0;
    if (!isOriginal(lo, iterKey, isSet ? setValues : mapEntries)) return 0;
    if (!isOriginal(isSet ? setIterProto : mapIterProto, 'next', isSet ? setIterNext : mapIterNext)) return 0;
    return newIter(isSet ? setIterProto : mapIterProto, lo, isSet ? KIND_VALUES : KIND_ENTRIES);
  };
  collectionHooks.step = (vm, it, q) => {
    if (!iterAdvance(it, vm.protoOf(it))) return false;
    vm.u32[q + 6] = vm.rlo;
    vm.u32[q + 7] = vm.rhi;
    return true;
  };

  // get Map[Symbol.species]() { return this } (and Set's).
  const speciesKey = vm.symbols[vm.symbolIds.get(vm.symbols.find((r) => r.desc === 'Symbol.species')!.key)!].key;
  for (const ctor of [mapCtor, setCtor]) getterProp(vm, ctor, speciesKey, '[Symbol.species]', (vm, _a, _c, self) => vm.retValue(vm.u32[self], vm.u32[self + 1]));
  void methodSym;
  void SLOT_TABLE;
}
