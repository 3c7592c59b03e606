// --jit-only, --jit-trace-exits and the stub comments of --disasm.
import { beforeAll, describe, expect, test } from 'vitest';
import { VM } from '../../src/index';
import { initContextHashing } from '../../src/lbbv/context';
import { loadNative } from '../../src/native';

const native = loadNative();

beforeAll(async () => {
  await initContextHashing();
});

const SRC = `
function add(a, b) { return a + b; }
function mul(a, b) { return a * b; }
let s = 0;
for (let i = 0; i < 200; i++) { s = add(s, i); s = mul(s, 1) | 0; s += add(2147483647, i) > 0 ? 1 : 0; }
console.log(s);
`;

function run(opts: Record<string, unknown>): { out: string; err: string; vm: VM } {
  let out = '';
  let err = '';
  const vm = new VM({ stdout: (s) => (out += s), stderr: (s) => (err += s), jitCallThreshold: 1, stats: true, ...opts });
  const r = vm.run(SRC, 'flags-test.js');
  expect(r.error).toBeUndefined();
  return { out, err, vm };
}

describe.skipIf(!native.native)('JIT debugging flags', () => {
  test('--jit-only compiles only the named functions, with the same output', () => {
    const all = run({});
    const only = run({ jitOnly: ['add'] });
    expect(only.out).toBe(all.out);
    const names = (r: { vm: VM }): Set<string> => new Set([...r.vm.engine.jit!.versions.all()].map((b) => r.vm.engine.vm.iseqs[b.iseqId].name));
    expect([...names(only)]).toEqual(['add']);
    expect(names(all).has('mul')).toBe(true);
  });

  test('--jit-trace-exits reports side exits by file:line:col and reason', () => {
    const r = run({ jitTraceExits: true });
    const trace = r.vm.engine.jit!.exitTrace();
    expect(trace).toMatch(/flags-test\.js:2:\d+ +add pc \d+ +opt_plus_overflow/);
    const total = Number(/\((\d+) exits/.exec(trace)![1]);
    const stats = r.vm.engine.jitStats()!;
    const counted = Object.values(stats.exit_reasons as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(counted);
  });

  test('stub comments in --disasm name their target pc', () => {
    const r = run({ disasm: true });
    expect(r.err).toMatch(/stub: branch \d+ target [01] → \S+ pc \d+/);
  });
});
