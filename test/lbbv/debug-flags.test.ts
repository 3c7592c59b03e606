// --jit-only, --jit-trace-exits, --jit-verify-ctx and the stub comments of --disasm.
import { beforeAll, describe, expect, test } from 'vitest';
import { Op } from '../../src/bytecode/opnums';
import { VM } from '../../src/index';
import { GEN } from '../../src/lbbv/codegen/gen';
import { initContextHashing, Type } from '../../src/lbbv/context';
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

  test('--jit-verify-ctx: a correct run checks its block entries and prints the same', () => {
    const plain = run({});
    const checked = run({ jitVerifyCtx: true, disasm: true });
    expect(checked.out).toBe(plain.out);
    expect(checked.err).toMatch(/verify ctx: local \S+ \(l\d\) is int32/);
  });

  test('--jit-verify-ctx stops with a report naming the block, slot, expected type and tag when a context lies', () => {
    // A gen function made wrong on purpose: putint 12345 claims to push a string.
    const putint = GEN[Op.putint]!;
    GEN[Op.putint] = (j) => {
      const status = putint(j);
      if (j.op(0) === 12345) j.ctx = j.ctx.pop(1).push(Type.String);
      return status;
    };
    try {
      const src = 'function f() { let x = 12345; for (let i = 0; i < 3; i++) x = x + 1; return x; }\nconsole.log(f());\n';
      const liar = new VM({ stdout: () => {}, jitCallThreshold: 1, jitVerifyCtx: true }).run(src, 'lie.js');
      expect(liar.error).toMatch(/--jit-verify-ctx: at the entry of block f@\d+ version \d+ \((?:[^()]*\/)?lie\.js:1:\d+\), context .*: local x \(l\d\) should be string but holds tag 0xfff90001 \(int32\)/);
      // Without the flag the same lie goes unreported.
      expect(new VM({ stdout: () => {}, jitCallThreshold: 1 }).run(src, 'lie.js').error ?? '').not.toMatch(/verify/);
    } finally {
      GEN[Op.putint] = putint;
    }
  });
});
