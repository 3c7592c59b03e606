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

/** Walks the heap by header sizes: every cell has a known kind and a sane size, and the walk ends exactly at top. */
function checkHeapWalk(vm: VM): void {
  const h = vm.heap;
  const bad: string[] = [];
  let p = h.base;
  while (p < h.top && bad.length === 0) {
    const kind = vm.u8[p + L.HDR_KIND];
    const size = vm.u32[(p + L.HDR_SIZE) >>> 2];
    if (kind < L.K_FREE || kind > L.K_CHARS || size % 8 !== 0 || size < 16) bad.push(`cell ${p}: kind ${kind} size ${size}`);
    p += size;
  }
  expect(bad).toEqual([]);
  expect(p).toBe(h.top);
}

describe('heap allocation policy', () => {
  test('mixed-size churn over a live set collects about once per budget, not whenever one size runs out', () => {
    const vm = newVM();
    const keep = vm.newArray(0);
    vm.pinnedRefs.add(keep);
    // ~3 MiB live, interleaved with garbage of other sizes.
    for (let i = 0; i < 20000; i++) {
      vm.arrayPush(keep, vm.newObject(vm.objectProto, 1 + (i % 7)), L.TAG_OBJECT);
      vm.newArray(i % 5);
      vm.newString('x');
    }
    vm.heap.collect();
    const gc0 = vm.heap.gcCount;
    // 64 MiB of short-lived cells of many sizes (16..~600 bytes).
    let bytes = 0;
    for (let i = 0; bytes < 64 * 1024 * 1024; i++) {
      const n = (i * 7919) % 70;
      if (i % 3 === 0) {
        vm.newArray(n, n);
        bytes += 32 + 16 + 8 * n;
      } else {
        vm.newObject(vm.objectProto, n % 12);
        bytes += 16 + 8 * (n % 12);
      }
    }
    // The budget is at least 8 MiB, so about 8 collections; allow slack.
    expect(vm.heap.gcCount - gc0).toBeLessThanOrEqual(12);
    expect(vm.arrayLength(keep)).toBe(20000);
    checkHeapWalk(vm);
  });

  test('small requests split larger free blocks and the heap stays walkable', () => {
    const vm = newVM();
    const keep = vm.newArray(0);
    vm.pinnedRefs.add(keep);
    // Live cells separate dead 400-byte and 4 KiB cells, so the sweep leaves free blocks of those sizes only.
    for (let i = 0; i < 2000; i++) {
      vm.newVector(L.K_SLOTS, i % 2 === 0 ? 48 : 510, L.TAG_UNDEF);
      vm.arrayPush(keep, vm.newObject(vm.objectProto, 0), L.TAG_OBJECT);
    }
    vm.heap.collect();
    // Use up the bump region, then allocate 32-byte objects: they must come from the freed blocks.
    while (vm.heap.top + 64 <= vm.mem.committed) vm.newObject(vm.objectProto, 2);
    const top = vm.heap.top;
    const gc0 = vm.heap.gcCount;
    const cells: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const o = vm.newObject(vm.objectProto, 2);
      cells.push(o);
      vm.arrayPush(keep, o, L.TAG_OBJECT);
    }
    expect(vm.heap.gcCount).toBe(gc0);
    const fromFreed = cells.filter((o) => o < top).length;
    expect(fromFreed).toBeGreaterThan(0);
    expect(new Set(cells).size).toBe(cells.length);
    checkHeapWalk(vm);
    vm.heap.collect();
    checkHeapWalk(vm);
    expect(cells.filter((o) => vm.u8[o + L.HDR_KIND] !== L.K_OBJECT)).toEqual([]);
  });
});

describe('shapes', () => {
  test('the dictionary shape of a dead object is released (and counted)', () => {
    const vm = newVM();
    const before = vm.shapes.dictionaryCount;
    const o = vm.newObject(vm.objectProto);
    vm.pinnedRefs.add(o);
    for (let i = 0; i < 100; i++) {
      vm.retNumber(i);
      vm.defineOwn(o, `k${i}`, vm.rlo, vm.rhi);
    }
    const shape = vm.shapeOf(o);
    expect(shape.isDictionary).toBe(true);
    expect(vm.shapes.dictionaryCount).toBe(before + 1);
    vm.heap.collect();
    expect(vm.shapes.dictionaryCount).toBe(before + 1);
    vm.pinnedRefs.delete(o);
    vm.heap.collect();
    expect(vm.shapes.dictionaryCount).toBe(before);
    // The released id goes back to the table (the next new shape takes it).
    const p = vm.newObject(vm.objectProto);
    vm.pinnedRefs.add(p);
    for (let i = 0; i < 100; i++) {
      vm.retNumber(i);
      vm.defineOwn(p, `q${i}`, vm.rlo, vm.rhi);
    }
    expect(vm.shapes.shapes[shape.id]).not.toBe(shape);
    expect(vm.shapes.dictionaryCount).toBe(before + 1);
    vm.getProp(p, L.TAG_OBJECT, 'q99');
    expect(vm.toNumber(vm.rlo, vm.rhi)).toBe(99);
  });

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
