// The declared exit reasons and counters (src/lbbv/exits.ts).
import { beforeAll, describe, expect, test } from 'vitest';
import { VM } from '../../src/index';
import { initContextHashing } from '../../src/lbbv/context';
import { counterDoc, counterName, EXITS, type ExitInfo } from '../../src/lbbv/exits';
import { formatStats } from '../../src/lbbv/report';
import { loadNative } from '../../src/native';

const native = loadNative();

beforeAll(async () => {
  await initContextHashing();
});

test('every declared reason has a kind, a description and a well-formed name', () => {
  for (const [name, info] of Object.entries(EXITS) as [string, ExitInfo][]) {
    expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(info.doc.length, name).toBeGreaterThan(3);
    expect(['side_exit', 'control', 'invalidated', 'slow_path', 'megamorphic']).toContain(info.kind);
    if (info.op !== undefined) expect(info.op).toContain('%s');
    expect(counterDoc(counterName(name as keyof typeof EXITS, 'getprop'))).toBe(info.doc);
  }
  expect(counterName('megamorphic', 'getprop')).toBe('getprop_megamorphic');
  expect(counterName('opt_plus_overflow', 'getprop')).toBe('opt_plus_overflow');
});

describe.skipIf(!native.native)('counters seen in runs', () => {
  test('every counter a run reports is declared and described by --stats', () => {
    const src = `
      function add(a, b) { return a + b; }
      function get(o) { return o.x; }
      let s = 0;
      const shapes = [{ x: 1 }, { y: 2, x: 1 }, { z: 3, x: 2 }, { w: 1, x: 3 }, { v: 1, x: 4 }, { u: 1, x: 5 }, { t: 1, x: 6 }];
      for (let i = 0; i < 300; i++) {
        s += add(i, 2147483647) + add('a', i).length + get(shapes[i % shapes.length]);
        s += 'abc'.charCodeAt(i % 5) | 0;
        s += [1, 2, 3][i % 5] === undefined ? 1 : 0;
      }
      console.log(s);
    `;
    let out = '';
    const vm = new VM({ stdout: (t) => (out += t), jitCallThreshold: 1, jitMaxVersions: 2, stats: true });
    const r = vm.run(src, 'exits-test.js');
    expect(r.error).toBeUndefined();
    expect(out).not.toBe('');
    const stats = vm.engine.jitStats()!;
    const names = [...Object.keys(stats.exit_reasons as object), ...Object.keys(stats.slow_path_counts as object)];
    expect(names.length).toBeGreaterThan(2);
    for (const n of names) expect(counterDoc(n), n).not.toBe('');
    const text = formatStats(stats);
    for (const n of names) expect(text).toContain(counterDoc(n));
  });
});
