// Map/Set/WeakMap hash tables (src/vm/collections.ts): the collector treats
// weak tables' entries as ephemerons, and strong tables keep their entries.
import { describe, expect, test } from 'vitest';
import { VM } from '../../src/index';
import { L } from '../../src/vm/layout';
import { tableOf, T_SIZE } from '../../src/vm/collections';

/** Runs src, then returns the live entry count of the collection in global `name` after a full collection. */
function sizeAfterGC(src: string, name: string): { size: number; out: string } {
  let out = '';
  const vm = new VM({ stdout: (s) => (out += s), jit: false });
  vm.engine.evalGlobal(src);
  const inner = vm.engine.vm;
  inner.heap.collect();
  const slot = inner.globalIndex.get(name)!;
  const q = inner.globalQ(slot);
  expect(inner.u32[q + 1]).toBe(L.TAG_OBJECT);
  const t = tableOf(inner, inner.u32[q], L.TAG_OBJECT);
  expect(t).not.toBe(0);
  return { size: inner.u32[((t + L.VEC_DATA) >>> 2) + 2 * T_SIZE] | 0, out };
}

describe('weak collections', () => {
  test('a WeakMap does not keep its keys alive', () => {
    const { size } = sizeAfterGC(
      `var wm = new WeakMap(); var keep = [];
       for (var i = 0; i < 1000; i++) { var k = { i: i }; wm.set(k, { big: [i, i, i] }); if (i % 10 === 0) keep.push(k); } k = null;`,
      'wm',
    );
    expect(size).toBe(100);
  });

  test('a value reachable only through its own key does not keep the key alive (ephemeron cycle)', () => {
    const { size } = sizeAfterGC(
      `var wm = new WeakMap();
       for (var i = 0; i < 200; i++) { var k = {}; wm.set(k, { back: k }); } k = null;`,
      'wm',
    );
    expect(size).toBe(0);
  });

  test('values of live keys survive and stay readable', () => {
    const { size, out } = sizeAfterGC(
      `var ws = new WeakSet(); var wm = new WeakMap(); var keys = [];
       for (var i = 0; i < 300; i++) { var k = { i: i }; keys.push(k); wm.set(k, { v: 'x' + i }); ws.add({}); }
       var junk = []; for (var j = 0; j < 20000; j++) junk.push({ j: j });
       console.log(wm.get(keys[7]).v, wm.get(keys[299]).v);`,
      'ws',
    );
    expect(out).toBe('x7 x299\n');
    expect(size).toBe(0);
  });

  test('a Map keeps its entries', () => {
    const { size } = sizeAfterGC(`var m = new Map(); for (var i = 0; i < 500; i++) m.set({ i: i }, i);`, 'm');
    expect(size).toBe(500);
  });
});
