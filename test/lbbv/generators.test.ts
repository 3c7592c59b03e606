// Generator and async bodies stay interpreted; calls to them from machine code
// go through the runtime (send_suspending_callee) without side exits.
import { beforeAll, describe, expect, test } from 'vitest';
import { VM } from '../../src/index';
import { initContextHashing } from '../../src/lbbv/context';
import { loadNative } from '../../src/native';

const native = loadNative();

beforeAll(async () => {
  await initContextHashing();
});

describe.skipIf(!native.native)('generators and the JIT', () => {
  test('a hot caller of generators compiles, calls them through the runtime and never side-exits for them', () => {
    const src = `
      function* count(n) { for (let i = 0; i < n; i++) yield i; }
      async function twice(x) { await null; return 2 * x; }
      function drive(n) {
        let s = 0;
        const g = count(n);
        for (let r = g.next(); !r.done; r = g.next()) s += r.value;
        twice(s).then((v) => { total += v; });
        return s;
      }
      let total = 0;
      let s = 0;
      for (let i = 0; i < 200; i++) s += drive(i % 7);
      setTimeout(() => console.log(s, total), 0);
    `;
    let out = '';
    const vm = new VM({ stdout: (t) => (out += t), jitCallThreshold: 1, stats: true });
    const r = vm.run(src, 'generators-test.js');
    expect(r.error).toBeUndefined();
    expect(out).toBe('984 1968\n'); // what node prints
    const stats = vm.engine.jitStats()!;
    const exits = stats.exit_reasons as Record<string, number>;
    const slow = stats.slow_path_counts as Record<string, number>;
    // The calls of count() and twice() from machine code: runtime calls, not exits.
    expect(slow.send_suspending_callee_slow_path).toBeGreaterThanOrEqual(200);
    expect(exits.send_suspending_callee ?? 0).toBe(0);
    // Generator instructions are never reached in machine code.
    expect(exits.iseq_suspends ?? 0).toBe(0);
    expect(slow.iseq_suspends_slow_path ?? 0).toBe(0);
  });
});
