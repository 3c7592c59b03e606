import { describe, expect, test } from 'vitest';
import { L } from '../../src/vm/layout';
import { bitsToDouble, doubleBits, isInt32Value, numberOf } from '../../src/vm/values';
import { VM } from '../../src/vm/vm';
import { setupRealm } from '../../src/vm/builtins/realm';
import { run } from '../../src/vm/interpreter';

describe('NaN-boxing', () => {
  test('doubles round-trip and never look like tagged values', () => {
    for (const x of [0, -0, 1.5, -1e300, Infinity, -Infinity, NaN, 5e-324, 2 ** 53]) {
      const [lo, hi] = doubleBits(x);
      expect(hi >>> 0).toBeLessThan(L.TAG_BASE);
      expect(Object.is(bitsToDouble(lo, hi), x)).toBe(true);
    }
    // the x86 default NaN is a double too
    expect(0xfff80000).toBeLessThan(L.TAG_BASE);
  });

  test('int32 detection excludes -0 and fractions', () => {
    expect(isInt32Value(5)).toBe(true);
    expect(isInt32Value(-0)).toBe(false);
    expect(isInt32Value(2 ** 31)).toBe(false);
    expect(numberOf(0xffffffff, L.TAG_INT)).toBe(-1);
  });
});

function newVM(): VM {
  const vm = new VM({ memoryMiB: 64, stdout: () => {} });
  vm.runLoop = run;
  setupRealm(vm);
  return vm;
}

describe('heap', () => {
  test('garbage is reclaimed and live cells survive a collection', () => {
    const vm = newVM();
    const keep = vm.newArray(0);
    vm.pinnedRefs.add(keep);
    for (let i = 0; i < 1000; i++) {
      vm.newObject(vm.objectProto);
      if (i % 100 === 0) vm.arrayPush(keep, vm.newString(`s${i}`), L.TAG_STRING);
    }
    const before = vm.heap.usedBytes;
    vm.heap.collect();
    expect(vm.heap.liveBytes).toBeLessThan(before);
    expect(vm.arrayLength(keep)).toBe(10);
    vm.arrayGet(keep, 9);
    expect(vm.str(vm.rlo)).toBe('s900');
  });

  test('freed cells are reused: a steady allocation loop stays in bounded memory', () => {
    const vm = newVM();
    for (let i = 0; i < 200000; i++) vm.newArray(4);
    const top1 = vm.heap.top;
    for (let i = 0; i < 200000; i++) vm.newArray(4);
    expect(vm.heap.top).toBeLessThanOrEqual(top1 + 1024 * 1024);
    expect(vm.heap.gcCount).toBeGreaterThan(0);
  });
});

describe('shapes', () => {
  test('objects built the same way share shapes; slots are stable', () => {
    const vm = newVM();
    const a = vm.newObject(vm.objectProto);
    const b = vm.newObject(vm.objectProto);
    for (const o of [a, b]) {
      vm.retNumber(1);
      vm.defineOwn(o, 'x', vm.rlo, vm.rhi);
      vm.retNumber(2);
      vm.defineOwn(o, 'y', vm.rlo, vm.rhi);
    }
    expect(vm.shapeOf(a)).toBe(vm.shapeOf(b));
    expect(vm.shapeOf(a).lookup('y')).toBe(1);
    // more properties than inline slots spill to the SLOTS cell
    for (let i = 0; i < 10; i++) {
      vm.retNumber(i);
      vm.defineOwn(a, `p${i}`, vm.rlo, vm.rhi);
    }
    vm.getProp(a, L.TAG_OBJECT, 'p9');
    expect(vm.toNumber(vm.rlo, vm.rhi)).toBe(9);
  });
});
