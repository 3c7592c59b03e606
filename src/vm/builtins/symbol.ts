// Symbol: the constructor, the registry (Symbol.for / keyFor), the
// well-known symbols, Symbol.prototype, Object.getOwnPropertySymbols, and
// the iteration built-ins that hang off Symbol.iterator (src/vm/iteration.ts).
//
// A symbol value is (id, TAG_SYMBOL): the id indexes vm.symbols, whose
// record holds the description and the host `symbol` that is the property
// key of symbol-keyed properties (docs/ARCHITECTURE.md §2).

import { L } from '../layout';
import { ATTR_HIDDEN, ATTR_READONLY, ATTR_DONTDELETE } from '../shapes';
import type { NativeFn, VM } from '../vm';
import { primitiveOf } from '../wrappers';
import { installIteration } from '../iteration';
import { argHi, argLo, isObjectTag, method } from './util';

type CtorWithProto = (name: string, length: number, fn: NativeFn, proto: number) => number;

/** The well-known symbols: the first five have their semantics; the others exist as values. */
const WELL_KNOWN = ['iterator', 'asyncIterator', 'hasInstance', 'toPrimitive', 'toStringTag', 'isConcatSpreadable', 'match', 'matchAll', 'replace', 'search', 'species', 'split', 'unscopables'];

/** A native method under a symbol key (its name is e.g. "[Symbol.iterator]"). */
export function methodSym(vm: VM, target: number, key: symbol, name: string, length: number, fn: NativeFn): number {
  const f = vm.newNativeFunction(name, fn, length);
  vm.protect(f, L.TAG_FUNCTION);
  vm.addProperty(target, key, f, L.TAG_FUNCTION, ATTR_HIDDEN);
  vm.unprotect(1);
  return f;
}

/** A native getter (non-enumerable, configurable) named `get <name>`. */
export function getterProp(vm: VM, target: number, key: string | symbol, name: string, fn: NativeFn): void {
  const g = vm.newNativeFunction(`get ${name}`, fn, 0);
  vm.protect(g, L.TAG_FUNCTION);
  const pair = vm.newAccessorPair(g, L.TAG_FUNCTION, 0, L.TAG_UNDEF);
  vm.unprotect(1);
  vm.defineAccessor(target, key, pair, ATTR_HIDDEN);
}

/** The symbol of `this` (a symbol or a Symbol wrapper), or a TypeError naming the method. */
function thisSymbol(vm: VM, self: number, name: string): number {
  const lo = vm.u32[self];
  const hi = vm.u32[self + 1];
  if (hi === L.TAG_SYMBOL) return lo;
  if (primitiveOf(vm, lo, hi) && vm.rhi === L.TAG_SYMBOL) return vm.rlo;
  return vm.throwError('TypeError', `${name} requires that 'this' be a Symbol`);
}

export function installSymbol(vm: VM, ctorWithProto: CtorWithProto): void {
  for (const name of WELL_KNOWN) {
    const id = vm.newSymbol(`Symbol.${name}`);
    if (name in vm.wellKnown) vm.wellKnown[name as keyof VM['wellKnown']] = id;
  }
  const proto = vm.newObject(vm.objectProto);
  vm.pinnedRefs.add(proto);
  vm.symbolProto = proto;
  const ctor = ctorWithProto(
    'Symbol',
    0,
    (vm, args, argc, _self, newTarget) => {
      if (newTarget !== 0) vm.throwError('TypeError', 'Symbol is not a constructor');
      const hi = argHi(vm, args, argc, 0);
      const desc = hi === L.TAG_UNDEF ? undefined : vm.toStr(argLo(vm, args, argc, 0), hi);
      vm.retValue(vm.newSymbol(desc), L.TAG_SYMBOL);
    },
    proto,
  );
  WELL_KNOWN.forEach((name, i) => vm.addProperty(ctor, name, i, L.TAG_SYMBOL, ATTR_HIDDEN | ATTR_READONLY | ATTR_DONTDELETE));
  method(vm, ctor, 'for', 1, (vm, args, argc) => {
    const key = vm.toStr(argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    let id = vm.symbolRegistry.get(key);
    if (id === undefined) {
      id = vm.newSymbol(key, true);
      vm.symbolRegistry.set(key, id);
    }
    vm.retValue(id, L.TAG_SYMBOL);
  });
  method(vm, ctor, 'keyFor', 1, (vm, args, argc) => {
    const hi = argHi(vm, args, argc, 0);
    const lo = argLo(vm, args, argc, 0);
    if (hi !== L.TAG_SYMBOL) vm.throwError('TypeError', `${hi === L.TAG_STRING ? vm.str(lo) : hi < L.TAG_HEAP ? vm.toStr(lo, hi) : '[object Object]'} is not a symbol`);
    const rec = vm.symbols[lo];
    if (rec.registered) vm.retString(rec.desc!);
    else vm.retUndef();
  });

  method(vm, proto, 'toString', 0, (vm, _a, _c, self) => vm.retString(vm.symbolDescriptiveString(thisSymbol(vm, self, 'Symbol.prototype.toString'))));
  method(vm, proto, 'valueOf', 0, (vm, _a, _c, self) => vm.retValue(thisSymbol(vm, self, 'Symbol.prototype.valueOf'), L.TAG_SYMBOL));
  getterProp(vm, proto, 'description', 'description', (vm, _a, _c, self) => {
    const d = vm.symbols[thisSymbol(vm, self, 'Symbol.prototype.description')].desc;
    if (d === undefined) vm.retUndef();
    else vm.retString(d);
  });
  const toPrim = vm.newNativeFunction('[Symbol.toPrimitive]', (vm, _a, _c, self) => vm.retValue(thisSymbol(vm, self, 'Symbol.prototype [ @@toPrimitive ]'), L.TAG_SYMBOL), 1);
  vm.protect(toPrim, L.TAG_FUNCTION);
  vm.addProperty(proto, vm.wellKnownKey('toPrimitive'), toPrim, L.TAG_FUNCTION, ATTR_HIDDEN | ATTR_READONLY);
  vm.unprotect(1);
  const toStringTag = (target: number, name: string): void => {
    vm.retString(name);
    vm.addProperty(target, vm.wellKnownKey('toStringTag'), vm.rlo, vm.rhi, ATTR_HIDDEN | ATTR_READONLY);
  };
  toStringTag(proto, 'Symbol');

  // Function.prototype[Symbol.hasInstance]: OrdinaryHasInstance (vm.instanceOf skips the call when it is this one).
  const hasInstance = vm.newNativeFunction('[Symbol.hasInstance]', (vm, args, argc, self) => {
    const chi = vm.u32[self + 1];
    if (chi !== L.TAG_FUNCTION) return vm.retBool(false);
    vm.retBool(vm.ordinaryHasInstance(argLo(vm, args, argc, 0), argHi(vm, args, argc, 0), vm.u32[self], chi));
  }, 1);
  vm.protect(hasInstance, L.TAG_FUNCTION);
  vm.addProperty(vm.functionProto, vm.wellKnownKey('hasInstance'), hasInstance, L.TAG_FUNCTION, ATTR_HIDDEN | ATTR_READONLY | ATTR_DONTDELETE);
  vm.unprotect(1);
  vm.originalHasInstance = hasInstance;

  // Object.getOwnPropertySymbols
  const objectSlot = vm.globalIndex.get('Object');
  const objectCtor = objectSlot === undefined ? 0 : vm.u32[vm.globalQ(objectSlot)];
  if (objectCtor !== 0) {
    method(vm, objectCtor, 'getOwnPropertySymbols', 1, (vm, args, argc) => {
      const hi = argHi(vm, args, argc, 0);
      const lo = argLo(vm, args, argc, 0);
      if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
      const keys = isObjectTag(hi) ? vm.ownSymbolKeys(lo, true).filter((k) => vm.symbolIds.has(k)) : [];
      const arr = vm.newArray(keys.length);
      keys.forEach((k, i) => {
        const q = vm.elementQ(arr, i);
        vm.u32[q] = vm.symbolIds.get(k)!;
        vm.u32[q + 1] = L.TAG_SYMBOL;
      });
      vm.retValue(arr, L.TAG_ARRAY);
    });
  }

  // Iteration: %IteratorPrototype% and the array and string iterators.
  vm.iteratorProto = vm.newObject(vm.objectProto);
  vm.pinnedRefs.add(vm.iteratorProto);
  vm.arrayIterProto = vm.newObject(vm.iteratorProto);
  vm.pinnedRefs.add(vm.arrayIterProto);
  vm.stringIterProto = vm.newObject(vm.iteratorProto);
  vm.pinnedRefs.add(vm.stringIterProto);
  installIteration(
    vm,
    (target, name, length, fn) => method(vm, target, name, length, fn),
    (target, key, name, length, fn) => methodSym(vm, target, key, name, length, fn),
    toStringTag,
  );
}
