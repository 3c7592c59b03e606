// Issue 19 item 1, "no cliffs": operators on values the type-specialised
// paths do not expect stay in machine code (generic inline paths, outlined
// slow paths), and an exit that keeps running recompiles its block once.
import { beforeAll, describe, expect, test } from 'vitest';
import { OPS } from '../../src/bytecode/opcodes';
import { VM } from '../../src/index';
import { initContextHashing } from '../../src/lbbv/context';
import { STORM_EXITS } from '../../src/lbbv/storm';
import { loadNative } from '../../src/native';

const native = loadNative();
const skipReason = native.native ? '' : ` (skipped: ${native.reason})`;

beforeAll(async () => {
  await initContextHashing();
});

interface Run {
  out: string;
  insns: Set<string>;
  exits: Record<string, number>;
  slowPaths: Record<string, number>;
  runtimeCalls: Record<string, number>;
  stats: Record<string, unknown>;
}

function run(src: string, opts: { maxVersions?: number; threshold?: number } = {}): Run {
  let out = '';
  const vm = new VM({
    stdout: (s) => (out += s),
    jitCallThreshold: opts.threshold ?? 1,
    jitMaxVersions: opts.maxVersions ?? 4,
    jitMemSizeMiB: 16,
    stats: true,
  });
  expect(vm.engine.jitReason).toBeNull();
  const r = vm.run(src, 'cliffs-test.js');
  expect(r.error).toBeUndefined();
  const jit = vm.engine.jit!;
  const insns = new Set<string>();
  for (const b of jit.versions.all()) {
    const iseq = vm.engine.vm.iseqs[b.iseqId];
    for (let pc = b.pc; pc <= b.endPc && pc < iseq.code.length; pc += 1 + OPS[iseq.code[pc]].operands.length) insns.add(OPS[iseq.code[pc]].name);
  }
  const stats = vm.engine.jitStats()!;
  return {
    out,
    insns,
    exits: jit.exitReasons(),
    slowPaths: jit.slowPathCounts(),
    runtimeCalls: stats.runtime_calls as Record<string, number>,
    stats,
  };
}

/** Node's output for the same program (the oracle), computed here with the host engine. */
function nodeOut(src: string): string {
  let out = '';
  const log = (...a: unknown[]): void => void (out += a.map(String).join(' ') + '\n');
  new Function('console', src)({ log });
  return out;
}

const matching = (o: Record<string, number>, re: RegExp): string[] => Object.keys(o).filter((k) => re.test(k));

describe.skipIf(!native.native)(`no cliffs${skipReason}`, () => {
  test('& | ^ << >> >>> ~ on doubles stay in machine code (inline ToInt32)', () => {
    const src = [
      'let h = 2166136261, x = 0;',
      'for (let i = 0; i < 3000; i++) {',
      '  const d = i * 1.5 + 4294967296;',
      '  h = ((h ^ d) & 0xffffff) * 3.0;',
      '  x = (x + ((d | 0) ^ (d << 3) ^ (d >> 2) ^ (d >>> 1) ^ ~d)) | 0;',
      '}',
      'console.log(h, x);',
    ].join('\n');
    const r = run(src);
    expect(r.out).toBe(nodeOut(src));
    for (const op of ['opt_and', 'opt_or', 'opt_xor', 'opt_shl', 'opt_sar', 'opt_shr', 'opt_bitnot']) expect(r.insns, op).toContain(op);
    expect(matching(r.exits, /^opt_(and|or|xor|shl|sar|shr|bitnot)/)).toEqual([]);
    // In int64 range: no slow path, no runtime call.
    expect(matching(r.slowPaths, /^opt_(and|or|xor|shl|sar|shr|bitnot)/)).toEqual([]);
    expect(matching(r.runtimeCalls, /^opt_(and|or|xor|shl|sar|shr|bitnot)$/)).toEqual([]);
  });

  test('=== and !== on mixed types compile inline, without runtime calls', () => {
    const src = [
      "const vals = [0, -0, 1, 1.0, 1.5, NaN, 2147483648, 'a', 'b', null, undefined, true, false, {}, [], -1];",
      'let eq = 0, ne = 0;',
      'for (let r = 0; r < 20; r++) for (const a of vals) for (const b of vals) { if (a === b) eq++; if (a !== b) ne++; }',
      'console.log(eq, ne);',
    ].join('\n');
    const r = run(src);
    expect(r.out).toBe(nodeOut(src));
    expect(r.insns).toContain('opt_stricteq');
    expect(r.insns).toContain('opt_strictneq');
    expect(matching(r.exits, /stricteq|strictneq/)).toEqual([]);
    expect(matching(r.runtimeCalls, /stricteq|strictneq/)).toEqual([]);
    expect(matching(r.slowPaths, /stricteq|strictneq/)).toEqual([]);
  });

  test('a forced exit storm recompiles its block once, then stays in machine code', () => {
    // `a % b` is compiled for non-negative int32s (what it sees first); then
    // every call has a negative dividend: the exit storms, the block is
    // recompiled with the generic path, and no exit runs after that.
    const src = [
      'function m(a, b) { return a % b; }',
      'let s = 0;',
      'for (let i = 0; i < 5; i++) s += m(i, 3);',
      'for (let i = 0; i < 2000; i++) s += m(-1 - i, 7);',
      'console.log(s);',
    ].join('\n');
    const r = run(src);
    expect(r.out).toBe(nodeOut(src));
    expect(r.stats.exit_storm_recompiles).toBe(1);
    expect(r.exits.opt_mod_negative).toBe(STORM_EXITS);
    expect(r.stats.side_exit_count).toBe(STORM_EXITS);
    expect(r.stats.ratio_in_jit as number).toBeGreaterThan(90);
  });

  test('derived constructors run in machine code without unhandled exits', () => {
    const src = [
      'class A { constructor(x) { this.x = x; } get v() { return this.x; } }',
      'class B extends A { constructor(x) { super(x); this.y = 2; } get v() { return super.v + this.y; } }',
      'class C extends B { z = 3; }',
      'let s = 0;',
      'for (let i = 0; i < 300; i++) { const c = new C(i); s += c.v + c.z + (c instanceof A ? 1 : 0); }',
      'console.log(s);',
    ].join('\n');
    const r = run(src);
    expect(r.out).toBe(nodeOut(src));
    for (const op of ['putselfchecked', 'bindthis', 'putfieldsinit', 'opt_instanceof']) expect(r.insns, op).toContain(op);
    expect(matching(r.exits, /^unhandled_/)).toEqual([]);
  });

  test('exit-storm and transition counters are in --stats', () => {
    const r = run('function f(x) { return x; }\nfor (let i = 0; i < 10; i++) f(i);\nconsole.log(1);');
    for (const k of ['exit_storm_recompiles', 'interp_to_jit_entries', 'jit_to_interp_returns']) expect(r.stats[k], k).toBeTypeOf('number');
  });
});
