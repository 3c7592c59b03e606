// assert_compiles-style tests: run a program with the JIT at threshold 1 and
// check which instructions were compiled, which exits happened, and the output.
import { beforeAll, describe, expect, test } from 'vitest';
import { OPS } from '../../src/bytecode/opcodes';
import { VM } from '../../src/index';
import { initContextHashing } from '../../src/lbbv/context';
import { loadNative } from '../../src/native';

const native = loadNative();
const skipReason = native.native ? '' : ` (skipped: ${native.reason})`;

beforeAll(async () => {
  await initContextHashing();
});

interface Compiled {
  out: string;
  insns: Set<string>;
  exits: Record<string, number>;
  stats: Record<string, unknown>;
}

function runJit(src: string, opts: { maxVersions?: number; memMiB?: number; threshold?: number } = {}): Compiled {
  let out = '';
  const vm = new VM({
    stdout: (s) => (out += s),
    jitCallThreshold: opts.threshold ?? 1,
    jitMaxVersions: opts.maxVersions ?? 4,
    jitMemSizeMiB: opts.memMiB ?? 16,
    stats: true,
  });
  expect(vm.engine.jitReason).toBeNull();
  const r = vm.run(src, 'jit-test.js');
  expect(r.error).toBeUndefined();
  const jit = vm.engine.jit!;
  const insns = new Set<string>();
  for (const b of jit.versions.all()) {
    const iseq = vm.engine.vm.iseqs[b.iseqId];
    for (let pc = b.pc; pc <= b.endPc && pc < iseq.code.length; pc += 1 + OPS[iseq.code[pc]].operands.length) insns.add(OPS[iseq.code[pc]].name);
  }
  return { out, insns, exits: jit.exitReasons(), stats: vm.engine.jitStats()! };
}

/**
 * YJIT's assert_compiles: runs `src` with the JIT (threshold 1 unless
 * `opts` says otherwise) and checks, when given: that every instruction in
 * `insns` was compiled; the exact count of each exit in `exits`; that no
 * exit reason matches `noExits`; and the program's stdout (`result`).
 * Returns the run for further checks.
 */
function assertCompiles(
  src: string,
  want: { insns?: string[]; exits?: Record<string, number>; noExits?: RegExp; result?: string },
  opts: { maxVersions?: number; memMiB?: number; threshold?: number } = {},
): Compiled {
  const r = runJit(src, opts);
  if (want.result !== undefined) expect(r.out).toBe(want.result);
  for (const i of want.insns ?? []) expect(r.insns, `instruction ${i} compiled`).toContain(i);
  for (const [reason, n] of Object.entries(want.exits ?? {})) expect(r.exits[reason] ?? 0, `exits ${reason}`).toBe(n);
  if (want.noExits) expect(Object.keys(r.exits).filter((k) => want.noExits!.test(k))).toEqual([]);
  return r;
}

describe.skipIf(!native.native)(`LBBV JIT${skipReason}`, () => {
  test('an int32 loop compiles and stays in machine code', () => {
    const r = assertCompiles('let s = 0;\nfor (let i = 0; i < 1000; i++) { s = s + i; }\nconsole.log(s);\n', {
      insns: ['getlocal', 'setlocal', 'opt_plus', 'opt_lt', 'opt_inc', 'jump'],
      noExits: /^opt_/,
      result: '499500\n',
    });
    expect(r.stats.ratio_in_jit as number).toBeGreaterThan(95);
  });

  test('doubles use the SSE path without exits', () => {
    assertCompiles('let d = 0.5;\nfor (let i = 0; i < 200; i++) d = d * 1.5 - i / 3;\nconsole.log(d);\n', {
      insns: ['opt_mult', 'opt_div'],
      noExits: /^opt_/,
      result: `${(() => { let d = 0.5; for (let i = 0; i < 200; i++) d = d * 1.5 - i / 3; return d; })()}\n`,
    });
  });

  test('int32 overflow side-exits with a named reason and the result becomes a double', () => {
    assertCompiles('let x = 2147483640;\nfor (let i = 0; i < 20; i++) x = x + 1;\nconsole.log(x, (x | 0));\n', {
      insns: ['opt_plus'],
      exits: { opt_plus_overflow: 1 },
      result: '2147483660 -2147483636\n',
    });
  });

  test('a value that changes type in a hot loop gets a second version through a chain guard', () => {
    const r = assertCompiles('let v = 1;\nfor (let i = 0; i < 100; i++) { v = v + 1; if (i === 50) v = v + 0.5; }\nconsole.log(v);\n', { result: '101.5\n' });
    expect(r.stats.versions_per_block as number).toBeGreaterThan(1);
    expect(r.stats.side_exit_count as number).toBeLessThan(5);
  });

  test('--jit-max-versions=1 compiles one version per block', () => {
    const src = 'let v = 1;\nfor (let i = 0; i < 100; i++) { v = v + 1; if (i === 50) v = v + 0.5; }\nconsole.log(v);\n';
    const r = assertCompiles(src, { result: '101.5\n' }, { maxVersions: 1 });
    expect(r.stats.max_versions_per_block).toBe(1);
  });

  test('typeof of a known type folds, and a branch on a known boolean folds', () => {
    assertCompiles('let n = 0;\nwhile (true) { if (typeof n === "string") break; n++; if (n > 30) break; }\nconsole.log(n);\n', { insns: ['opt_typeof'], exits: { opt_typeof_unknown: 0 }, result: '31\n' });
  });

  test('versioning removes type checks: default vs --jit-max-versions=1', () => {
    const src = 'let a = 0, b = 0.5;\nfor (let i = 0; i < 500; i++) { a = a + i; b = b * 1.01; if (i % 2 === 0) a = a - 1; }\nconsole.log(a, b);\n';
    const flat = runJit(src, { maxVersions: 1 });
    const lbbv = assertCompiles(src, { result: flat.out });
    expect(lbbv.stats.type_checks_executed as number).toBeLessThan(flat.stats.type_checks_executed as number);
  });

  test('calls push frames in machine code: fib runs with no exits in steady state', () => {
    const r = assertCompiles('function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nconsole.log(fib(20));\n', { insns: ['send', 'leave'], result: '6765\n' });
    expect(r.stats.side_exit_count).toBe(0);
    expect(r.stats.ratio_in_jit as number).toBeGreaterThan(99);
  });

  test('the callee entry is versioned on argument types', () => {
    const r = assertCompiles('function add(a, b) { return a + b; }\nlet s = 0, d = 0.5;\nfor (let i = 0; i < 50; i++) { s = add(s, i); d = add(d, 0.25); }\nconsole.log(s, d);\n', { result: '1225 13\n' });
    expect(r.stats.max_versions_per_block as number).toBeGreaterThanOrEqual(2);
    expect(r.stats.side_exit_count as number).toBeLessThan(4);
  });

  test('deep recursion through machine-code frames is a catchable RangeError; exceptions unwind JIT frames', () => {
    assertCompiles('function down(n) { return down(n + 1) + 1; }\ntry { down(0); } catch (e) { console.log(e.name, e.message); }\nfunction thrower(n) { if (n === 0) throw new Error("bottom"); return thrower(n - 1) + 1; }\nlet caught = 0;\nfor (let i = 0; i < 20; i++) { try { thrower(5); } catch (e) { caught++; } }\nconsole.log(caught);\n', { result: 'RangeError Maximum call stack size exceeded\n20\n' });
  });

  test('monomorphic property reads and writes, method calls and array elements run without exits', () => {
    const src = [
      'class P { constructor(x, y) { this.x = x; this.y = y; } norm2() { return this.x * this.x + this.y * this.y; } }',
      'const ps = [];',
      'for (let i = 0; i < 20; i++) ps.push(new P(i, i + 1));',
      'let s = 0;',
      'for (let r = 0; r < 50; r++) { for (let i = 0; i < ps.length; i++) { const p = ps[i]; p.x = p.x + 1; s = s + p.norm2(); } }',
      'console.log(s);',
    ].join('\n');
    let expected = 0;
    const xs = Array.from({ length: 20 }, (_, i) => [i, i + 1]);
    for (let k = 0; k < 50; k++) for (const p of xs) { p[0] += 1; expected += p[0] * p[0] + p[1] * p[1]; }
    assertCompiles(src, { insns: ['getprop', 'setprop', 'getmethod', 'opt_aref', 'opt_length', 'send'], noExits: /^(getprop|setprop|getmethod|opt_aref|opt_length)_/, result: `${expected}\n` });
  });

  test('a polymorphic property site gets a version per shape through its guard chain', () => {
    const src = 'const objs = [{ a: 1 }, { b: 0, a: 2 }, { c: 0, d: 0, a: 3 }];\nlet s = 0;\nfor (let r = 0; r < 100; r++) for (let i = 0; i < 3; i++) s = s + objs[i].a + (r % 7);\nconsole.log(s);\n';
    let e = 0;
    for (let k = 0; k < 100; k++) for (let i = 0; i < 3; i++) e += i + 1 + (k % 7);
    const r = assertCompiles(src, { result: `${e}\n` });
    expect(r.stats.max_versions_per_block as number).toBeGreaterThanOrEqual(3);
  });

  test('Math.sqrt/floor/ceil/abs run inline with Node-identical results', () => {
    const src = 'let s = 0, t = "";\nconst xs = [2.5, -2.5, -0, 7, -7, 0.1, -2147483648, 1e300];\nfor (let r = 0; r < 20; r++) for (let i = 0; i < xs.length; i++) { const x = xs[i]; s = s + Math.floor(x) + Math.ceil(x) + Math.abs(x) + Math.sqrt(Math.abs(x)); if (r === 0) t = t + [Math.floor(x), Math.ceil(x), Math.abs(x)].join(",") + ";"; }\nconsole.log(s, t, 1 / Math.ceil(-0.5), 1 / Math.floor(-0));\n';
    const expected = (() => { let s = 0, t = ''; const xs = [2.5, -2.5, -0, 7, -7, 0.1, -2147483648, 1e300]; for (let r = 0; r < 20; r++) for (const x of xs) { s = s + Math.floor(x) + Math.ceil(x) + Math.abs(x) + Math.sqrt(Math.abs(x)); if (r === 0) t = t + [Math.floor(x), Math.ceil(x), Math.abs(x)].join(',') + ';'; } return `${s} ${t} ${1 / Math.ceil(-0.5)} ${1 / Math.floor(-0)}\n`; })();
    assertCompiles(src, { exits: { send_native: 0 }, result: expected });
  });

  test('=== on non-numbers in machine code: identity, interned and built strings, null/undefined, mixed with numbers', () => {
    const src = [
      'const o = {}, p = {};',
      'const vals = [o, p, null, undefined, "ab", "a" + "b", true, false, 1, 1.0, 0, -0, NaN, "1"];',
      'let out = "";',
      'for (let r = 0; r < 3; r++) for (let i = 0; i < vals.length; i++) for (let k = 0; k < vals.length; k++) { const a = vals[i], b = vals[k]; out = out + (a === b ? "1" : "0") + (a !== b ? "1" : "0"); }',
      'console.log(out.length, out.slice(0, 200));',
    ].join('\n');
    let out = '';
    const o = {}, p = {};
    const vals: unknown[] = [o, p, null, undefined, 'ab', 'a' + 'b', true, false, 1, 1.0, 0, -0, NaN, '1'];
    for (let q = 0; q < 3; q++) for (const a of vals) for (const b of vals) out = out + (a === b ? '1' : '0') + (a !== b ? '1' : '0');
    assertCompiles(src, { result: `${out.length} ${out.slice(0, 200)}\n` });
  });

  test('arr.push appends inline and grows through its slow path', () => {
    const src = 'const out = [];\nfor (let r = 0; r < 50; r++) { const a = []; for (let i = 0; i < 100; i++) { const n = a.push(i * 1.5); if (n !== i + 1) console.log("bad", n); } out.push(a.length + a[99]); }\nconsole.log(out.length, out[49]);\n';
    const r = assertCompiles(src, { result: '50 248.5\n' });
    expect(r.stats.slow_path_counts as Record<string, number>).toHaveProperty('push_grow_slow_path');
    expect((r.stats.runtime_call_count as number) < 50 * 100).toBe(true);
  });

  test('object and array literals, closures and scopes allocate inline, across collections, without exits', () => {
    const src = [
      'function make(i) { const k = i * 2; return { a: i, b: [i, k, "s"], f: () => k + i }; }',
      'let keep = [], sum = 0;',
      'for (let i = 0; i < 200000; i++) {',
      '  const o = make(i);',
      '  sum = sum + o.a + o.b[1] + o.b.length + o.f();',
      '  if (i % 1000 === 0) keep.push(o);',
      '}',
      'let check = 0;',
      'for (let i = 0; i < keep.length; i++) check = check + keep[i].f() + keep[i].b[0];',
      'console.log(sum, keep.length, check);',
    ].join('\n');
    let sum = 0;
    for (let i = 0; i < 200000; i++) sum = sum + i + 2 * i + 3 + 3 * i;
    let check = 0;
    for (let i = 0; i < 200000; i += 1000) check = check + 3 * i + i;
    const r = assertCompiles(src, { insns: ['newobject', 'initprop', 'newarray', 'closure', 'pushenv'], noExits: /new|init|closure|env/, result: `${sum} 200 ${check}\n` });
    // 200 000 objects, arrays and closures are several collections' worth: the buffer was refilled and GC ran.
    expect(r.stats.alloc_refill_count as number).toBeGreaterThan(100);
    expect(r.stats.ratio_in_jit as number).toBeGreaterThan(99);
  });

  test('new pushes a construct frame in machine code; non-object results are replaced by this', () => {
    const src = [
      'class P { constructor(x, y) { this.x = x; this.y = y; } sum() { return this.x + this.y; } }',
      'function Q(a) { this.a = a; if (a % 5 === 0) return { alt: a }; if (a % 7 === 0) return 42; }',
      'let s = 0, alt = 0;',
      'for (let i = 0; i < 3000; i++) { s = s + new P(i, 1).sum(); const q = new Q(i); if (q.alt === undefined) s = s + q.a; else alt = alt + q.alt; }',
      'console.log(s, alt);',
    ].join('\n');
    let s = 0, alt = 0;
    for (let i = 0; i < 3000; i++) { s += i + 1; if (i % 5 === 0) alt += i; else s += i; }
    const r = assertCompiles(src, { insns: ['new'], noExits: /^new/, result: `${s} ${alt}\n` });
    // Only the script's own frame returns through the interpreter.
    expect(r.exits.leave ?? 0).toBeLessThanOrEqual(1);
    expect(r.stats.ratio_in_jit as number).toBeGreaterThan(99);
  });

  test('a megamorphic call site calls any bytecode function through its generic entry, without exits', () => {
    const src = [
      'function mk(k) { return function (a, b) { return a * k + (b === undefined ? -1 : b); }; }',
      'const fs = [];',
      'for (let k = 0; k < 8; k++) fs.push(mk(k), (x) => x + k, function (x, y, z) { return z === undefined ? k : -k; });',
      'function call(f, a, b) { return f(a, b); }',
      'let s = 0;',
      'for (let i = 0; i < 4000; i++) s = s + call(fs[i % fs.length], i, i % 3 === 0 ? undefined : 2);',
      'console.log(s);',
    ].join('\n');
    let s = 0;
    for (let i = 0; i < 4000; i++) {
      const n = i % 24, k = Math.floor(n / 3), b = i % 3 === 0 ? undefined : 2;
      s += n % 3 === 0 ? i * k + (b === undefined ? -1 : b) : n % 3 === 1 ? i + k : k;
    }
    const r = assertCompiles(src, { exits: { send_callee_changed: 0 }, result: `${s}\n` });
    expect(r.exits.leave ?? 0).toBeLessThanOrEqual(1);
    expect((r.stats.slow_path_counts as Record<string, number>).send_megamorphic_slow_path ?? 0).toBe(0);
    expect(r.stats.ratio_in_jit as number).toBeGreaterThan(99);
  });

  test('code that assumed a prototype\'s shape is invalidated when the prototype changes', () => {
    const src = [
      'class A { m() { return 1; } }',
      'class B extends A {}',
      'const b = new B();',
      'let s = 0;',
      'for (let i = 0; i < 300; i++) { s = s + b.m(); if (i === 100) B.prototype.m = function () { return 10; }; if (i === 200) A.prototype.z = 0; }',
      'console.log(s);',
    ].join('\n');
    const r = assertCompiles(src, { result: `${101 * 1 + 199 * 10}\n` });
    expect(r.stats.invalidation_count as number).toBeGreaterThanOrEqual(1);
    // After invalidation, new versions are compiled and run: only a few exits.
    expect(r.stats.side_exit_count as number).toBeLessThan(10);
    expect(r.stats.ratio_in_jit as number).toBeGreaterThan(95);
  });

  test('field types: a field that only held int32s is loaded as int32 (no type checks), and widening it invalidates that code', () => {
    const loop = (widen: string): string => [
      'class P { constructor() { this.v = 1; this.w = 2; } }',
      'const p = new P();',
      'function sum(o, n) { let s = 0; for (let i = 0; i < n; i++) { s = s + o.v + o.w; } return s; }',
      'let t = sum(p, 1000);',
      widen,
      't = t + sum(p, 1000);',
      'console.log(t);',
    ].join('\n');

    const widened = runJit(loop('p.v = 0.5;'));
    expect(widened.out).toBe(`${3000 + 2500}\n`);
    expect(widened.stats.field_type_widened as number).toBeGreaterThanOrEqual(1);
    expect(widened.stats.invalidation_count as number).toBeGreaterThanOrEqual(1);
    expect(widened.stats.side_exit_count as number).toBeLessThan(5);
    const mono = assertCompiles(loop(''), { result: '6000\n' });
    expect(mono.stats.typed_field_loads as number).toBeGreaterThanOrEqual(2);
    // i < n and the additions are on known int32s: only the argument n is checked, once per call.
    expect(mono.stats.type_checks_executed as number).toBeLessThan(20);
    expect(mono.stats.invalidation_count).toBe(0);
  });

  test('field types: a call in the middle of a block that widens a field sends later loads of it to the interpreter', () => {
    // The comparator runs inside a direct built-in call (the block goes on
    // after it); it stores a string into the int32 field that the block
    // loads again after the call.
    const src = [
      'const o = { n: 1 };',
      'const arr = [3, 1, 2];',
      'function f(k) { const a = o.n + 1; const b = arr.sort((x, y) => { if (k === 50) o.n = "s"; return x - y; }).length; return a + b + o.n + 1; }',
      'let out = [];',
      'for (let k = 0; k < 60; k++) out.push(f(k));',
      'console.log(out.slice(48, 53).join());',
    ].join('\n');
    const expected = (() => {
      const o: { n: number | string } = { n: 1 };
      const arr = [3, 1, 2];
      const f = (k: number): unknown => { const a = (o.n as number) + 1; const b = arr.sort((x, y) => { if (k === 50) o.n = 's'; return x - y; }).length; return (a + b + (o.n as never)) + 1; };
      const out: unknown[] = [];
      for (let k = 0; k < 60; k++) out.push(f(k));
      return out.slice(48, 53).join();
    })();
    const r = assertCompiles(src, { result: `${expected}\n` });
    expect(r.stats.invalidation_count as number).toBeGreaterThanOrEqual(1);
  });

  test('captured bindings have field types: closure loops over typed captured variables run without type checks', () => {
    const src = [
      'function times(n, f) { for (let i = 0; i < n; i++) f(i); return n; }',
      'function run(n) { const a = [0, 0, 0, 0]; const u = 3; times(n, (i) => { times(n, (j) => { a[i % 4] = a[i % 4] + (j % u); }); }); return a; }',
      'console.log(run(60).join());',
    ].join('\n');
    const a = [0, 0, 0, 0];
    for (let i = 0; i < 60; i++) for (let j = 0; j < 60; j++) a[i % 4] += j % 3;
    const r = assertCompiles(src, { result: `${a.join()}\n` });
    expect(r.stats.typed_field_loads as number).toBeGreaterThanOrEqual(3);
    // The element read back from the array is the one value left to check (3600 trips).
    expect(r.stats.type_checks_executed as number).toBeLessThan(3600 * 2);
    expect(r.stats.side_exit_count as number).toBeLessThan(5);
  });

  test('globals are compiled as constants until written: Math needs no type check; a store invalidates the code', () => {
    const src = [
      'let s = 0;',
      'for (let i = 0; i < 2000; i++) s = s + Math.max(i, 3) + Math.min(i, 7);',
      'g = 3;',
      'function readG() { return g + 1; }',
      'for (let i = 0; i < 200; i++) { s = s + readG(); if (i === 100) g = 0.5; }',
      'console.log(s);',
    ].join('\n');
    let s = 0;
    for (let i = 0; i < 2000; i++) s = s + Math.max(i, 3) + Math.min(i, 7);
    for (let i = 0; i < 200; i++) s = s + (i <= 100 ? 4 : 1.5);
    const r = assertCompiles(src, { result: `${s}\n` });
    // The loops' only checks are on values the context cannot know; Math and g are constants of known type.
    expect(r.stats.type_checks_executed as number).toBeLessThan(1000); // 5200 when globals were loaded and checked
    expect(r.stats.invalidation_count as number).toBeGreaterThanOrEqual(1);
    expect(r.stats.side_exit_count as number).toBeLessThan(5);
  });

  test('throw runs the handler in machine code, across frames, without exits', () => {
    const src = [
      'class Stop { constructor(v) { this.v = v; } }',
      'function leaf(i) { if (i % 2) throw new Stop(i); return i; }',
      'function mid(i) { return leaf(i) + 1; }',
      'function top(i) { try { return mid(i); } catch (e) { return -e.v; } }',
      'let s = 0;',
      'for (let i = 0; i < 2000; i++) s = s + top(i);',
      'console.log(s);',
    ].join('\n');
    let s = 0;
    for (let i = 0; i < 2000; i++) s += i % 2 ? -i : i + 1;
    const r = assertCompiles(src, { result: `${s}\n` });
    expect(r.stats.throw_to_handler_count as number).toBeGreaterThan(990);
    expect(r.exits.throw ?? 0).toBeLessThan(5);
    expect(r.stats.ratio_in_jit as number).toBeGreaterThan(99);
  });

  test('a function entered from the interpreter is versioned on its argument types, then entered generically when they change', () => {
    // Straight-line top-level code runs once, in the interpreter: once f is hot, each call enters machine code at pc 0.
    const calls = (arg: (k: number) => string) => Array.from({ length: 60 }, (_, k) => `s = s + f(${arg(k)}, 1);`);
    const src = ['function f(a, b) { return a + b; }', 'let s = 0;', ...calls((k) => `${k}`), 'let n = s; s = "";', ...calls(() => '"x"'), 'console.log(n, s.length);'].join('\n');
    const r = assertCompiles(src, { result: `${(59 * 60) / 2 + 60} ${60 * 2}\n` }, { threshold: 30 });
    expect(r.stats.jit_entry_count as number).toBeGreaterThan(60);
    expect(r.stats.entry_types_differ).toBe(1);
  });

  test('Math.imul on int32s is inline: no built-in calls in steady state', () => {
    const src = [
      'function fnv(n) { let h = -2128831035; for (let i = 0; i < n; i++) h = Math.imul(h ^ (i & 255), 16777619); return h >>> 0; }',
      'console.log(fnv(5000));',
    ].join('\n');
    let h = -2128831035;
    for (let i = 0; i < 5000; i++) h = Math.imul(h ^ (i & 255), 16777619);
    const r = assertCompiles(src, { result: `${h >>> 0}\n` });
    expect(r.stats.native_call_count as number).toBeLessThan(10);
  });

  test('a property site takes up to 8 receiver shapes through its guard chain, then the megamorphic slow path', () => {
    const prog = (shapes: number): string => [
      'const objs = [];',
      `for (let k = 0; k < ${shapes}; k++) { const o = {}; for (let j = 0; j <= k; j++) o['f' + j] = j; o.x = k; objs.push(o); }`,
      'let s = 0;',
      `for (let i = 0; i < 5000; i++) { const o = objs[i % ${shapes}]; s = s + o.x; }`,
      'console.log(s);',
    ].join('\n');
    const sum = (shapes: number): number => { let s = 0; for (let i = 0; i < 5000; i++) s += i % shapes; return s; };
    const twelve = runJit(prog(12));
    expect(twelve.out).toBe(`${sum(12)}\n`);
    expect((twelve.stats.slow_path_counts as Record<string, number>).getprop_megamorphic).toBeGreaterThan(0);
    expect(twelve.stats.side_exit_count).toBe(0);
    const eight = assertCompiles(prog(8), { result: `${sum(8)}\n` });
    expect(eight.stats.max_versions_per_block as number).toBeGreaterThanOrEqual(8);
    expect((eight.stats.slow_path_counts as Record<string, number>).getprop_megamorphic ?? 0).toBe(0);
    expect(eight.stats.side_exit_count).toBe(0);
  });

  test('other built-ins are called directly (identity guarded), and their exceptions unwind normally', () => {
    const src = [
      'let s = 0, t = "";',
      'for (let i = 0; i < 2000; i++) { s = s + Math.cos(i) + "abcabc".indexOf("c", i % 6); t = String(i % 10); }',
      'let caught = 0;',
      'for (let i = 0; i < 100; i++) { try { [].reduce((a, b) => a); } catch (e) { if (e instanceof TypeError) caught++; } }',
      'console.log(s.toFixed(6), t, caught);',
    ].join('\n');
    let s = 0;
    for (let i = 0; i < 2000; i++) s = s + Math.cos(i) + 'abcabc'.indexOf('c', i % 6);
    const r = assertCompiles(src, { result: `${s.toFixed(6)} 9 100\n` });
    expect(r.stats.native_call_count as number).toBeGreaterThan(6000);
    expect((r.stats.runtime_calls as Record<string, number>)['send cos'] ?? 0).toBe(0);
  });

  test('exhausted code memory stops compiling and keeps interpreting', () => {
    const fns = Array.from({ length: 400 }, (_, i) => `function f${i}(x) { let s = 0; for (let k = 0; k < 3; k++) s = s + x * ${i} + k; return s; }`).join('\n');
    const calls = Array.from({ length: 400 }, (_, i) => `t = t + f${i}(2);`).join('\n');
    const src = `${fns}\nlet t = 0;\n${calls}\nconsole.log(t);\n`;
    const expected = (() => { let t = 0; for (let i = 0; i < 400; i++) { let s = 0; for (let k = 0; k < 3; k++) s = s + 2 * i + k; t += s; } return t; })();
    const r = assertCompiles(src, { result: `${expected}\n` }, { memMiB: 0.1 });
    expect(r.stats.code_memory_full as number).toBeGreaterThan(0);
  });
});

/** Runs `src` at threshold 1 with --disasm; returns the output, the disassembly and the stats. */
function runDisasm(src: string): { out: string; dis: string; stats: Record<string, unknown>; exits: Record<string, number> } {
  let out = '';
  let dis = '';
  const vm = new VM({ stdout: (s) => (out += s), stderr: (s) => (dis += s), jitCallThreshold: 1, stats: true, disasm: true });
  const r = vm.run(src, 'jit-test.js');
  expect(r.error).toBeUndefined();
  const jit = vm.engine.jit!;
  return { out, dis, stats: vm.engine.jitStats()!, exits: jit.exitReasons() };
}

/** The `guard function` comments emitted in the blocks of function `name`. */
function functionGuards(dis: string, name: string): number {
  let n = 0;
  for (const block of dis.split(/^== BLOCK /m)) if (block.startsWith(`${name}@`)) n += (block.match(/guard function/g) ?? []).length;
  return n;
}

describe.skipIf(!native.native)(`LBBV JIT: calls through bindings that always hold a function${skipReason}`, () => {
  test('a recursive function declaration: no callee type guard, so fib runs almost guard-free', () => {
    const r = runDisasm('function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }\nconsole.log(fib(20));\n');
    expect(r.out).toBe('6765\n');
    expect(r.dis).toContain('getenvfn');
    expect(r.dis).toMatch(/send fib\/1/);
    expect(functionGuards(r.dis, 'fib')).toBe(0);
    // Only the guards of the first calls (arguments of unknown type) remain.
    expect(r.stats.type_checks_executed as number).toBeLessThan(100);
  });

  test('a call through a parameter keeps its guard; through a local declaration, const arrow or class it has none', () => {
    const src = [
      'function viaParam(g, x) { return g(x); }',
      'function local(x) { function sq(y) { return y * y; } const inc = (y) => y + 1; return inc(sq(x)); }',
      'class P { constructor(x) { this.x = x; } }',
      'function make(x) { return new P(x).x; }',
      'const fns = [local];',
      'let s = 0;',
      // An array element has no known type, so viaParam's entry does not know g is a function.
      'for (let i = 0; i < 300; i++) s += viaParam(fns[0], i) + make(i);',
      'console.log(s);',
    ].join('\n');
    const r = runDisasm(src);
    let s = 0;
    for (let i = 0; i < 300; i++) s += i * i + 1 + i;
    expect(r.out).toBe(`${s}\n`);
    expect(functionGuards(r.dis, 'viaParam')).toBeGreaterThan(0);
    expect(functionGuards(r.dis, 'local')).toBe(0);
    expect(functionGuards(r.dis, 'make')).toBe(0);
    expect(r.dis).toMatch(/send sq\/1/);
    expect(r.dis).toMatch(/send inc\/1/);
  });

  test('a TDZ-checked load still exits while uninitialised, and is a function after', () => {
    const src = [
      'function call(i) { return f(i); }',
      'let caught = 0;',
      'for (let i = 0; i < 50; i++) { try { call(i); } catch (e) { if (e instanceof ReferenceError) caught++; } }',
      'const f = (x) => x * 2;',
      'let s = 0;',
      'for (let i = 0; i < 200; i++) s += call(i);',
      'console.log(caught, s);',
    ].join('\n');
    const r = runDisasm(src);
    expect(r.out).toBe('50 39800\n');
    expect(r.dis).toContain('getenvcheckedfn');
    expect(r.exits.getenv_tdz).toBeGreaterThan(0);
    expect(functionGuards(r.dis, 'call')).toBe(0);
  });

  test('a function declaration reassigned by a closure keeps its guard and fails over correctly', () => {
    const src = [
      'function f() { return 1; }',
      'function call() { return f(); }',
      'function change(v) { f = v; }',
      'let s = 0;',
      'for (let i = 0; i < 200; i++) { if (i === 100) change(() => 2); s += call(); }',
      'change(5);',
      'try { call(); } catch (e) { console.log(e.message); }',
      'console.log(s);',
    ].join('\n');
    const r = runDisasm(src);
    expect(r.out).toBe('f is not a function\n300\n');
    expect(functionGuards(r.dis, 'call')).toBeGreaterThan(0);
  });

  test('REPL globals are loaded unmarked, so a later input may reassign a function', () => {
    let out = '';
    const vm = new VM({ stdout: (s) => (out += s), jitCallThreshold: 1 });
    const engine = vm.engine;
    engine.evalGlobal('function f(x) { return x + 1; } function call(x) { return f(x); }');
    engine.evalGlobal('let s = 0; for (let i = 0; i < 200; i++) s += call(i); console.log(s);');
    engine.evalGlobal('f = 3');
    engine.evalGlobal('let m = ""; try { call(1); } catch (e) { m = e.message; } console.log(m);');
    engine.evalGlobal('function f(x) { return -x; }');
    engine.evalGlobal('console.log(call(4));');
    engine.flush();
    expect(out).toBe('20100\nf is not a function\n-4\n');
  });
});

/** Runs `src` under the host engine with a captured console.log (the expected output). */
function runHost(src: string): string {
  let out = '';
  const log = (...a: unknown[]): void => {
    out += `${a.map(String).join(' ')}\n`;
  };
  new Function('console', src)({ log });
  return out;
}

describe.skipIf(!native.native)(`LBBV JIT: String.prototype.charCodeAt inline${skipReason}`, () => {
  test('a string hash runs in machine code: no built-in or runtime calls in steady state, one CHARS cell per string', () => {
    const src = [
      'let s = "";',
      'for (let i = 0; i < 2000; i++) s += String.fromCharCode(32 + (i * 7) % 95);',
      'function hash(s) { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) & 0xffffff; return h; }',
      'let t = 0;',
      'for (let k = 0; k < 20; k++) t = (t + hash(s)) & 0xffffff;',
      'console.log(t);',
    ].join('\n');
    const r = assertCompiles(src, { result: runHost(src) });
    // 40000 charCodeAt calls; the few direct built-in calls left are String.fromCharCode and console.log.
    expect(r.stats.native_call_count as number).toBeLessThan(2100);
    expect((r.stats.runtime_calls as Record<string, number>)['send charCodeAt'] ?? 0).toBe(0);
    // The method itself is read from String.prototype in machine code too.
    expect((r.stats.runtime_calls as Record<string, number>).getmethod ?? 0).toBe(0);
    expect(r.stats.string_chars_count).toBe(1);
    const few = runJit(src.replace('k < 20', 'k < 2'));
    expect(r.stats.native_call_count).toBe(few.stats.native_call_count);
  });

  test('edge cases match the host: surrogates, out of range, NaN/fractional/negative/undefined/string indices, no argument', () => {
    const src = [
      'const strs = ["hello", "", "\\ud83d\\ude00x", "\\u00e9\\uffff\\u0000", "a"];',
      'const idx = [0, 1, 2, 3, -1, 5, 100, 0x7fffffff, -0x80000000];',
      'const odd = [undefined, NaN, 1.7, -0.5, -1.5, "2", "x", null, true, Infinity, -Infinity, 2.99, 1e10];',
      'function at(s, i) { return s.charCodeAt(i); }',
      'function first(s) { return s.charCodeAt(); }',
      'let out = [];',
      'for (let r = 0; r < 30; r++) for (const s of strs) { for (const i of idx) out.push(at(s, i)); out.push(first(s)); }',
      'console.log(out.slice(0, 50).join(","), out.length);',
      'let sum = 0; for (const v of out) sum += v === v ? v : 1000;',
      'console.log(sum);',
      'out = [];',
      'for (let r = 0; r < 10; r++) for (const s of strs) for (const i of odd) out.push(at(s, i));',
      'console.log(out.slice(0, 65).join(","), out.length);',
      'const o = { cc: String.prototype.charCodeAt, toString() { return "obj"; } };',
      'let t = 0; for (let i = 0; i < 50; i++) t += "abc".charCodeAt(i % 3) + o.cc(i % 3) + (5).toString().charCodeAt(0);',
      'console.log(t);',
    ].join('\n');
    const expected = runHost(src);
    expect(runJit(src).out).toBe(expected);
    expect(runJit(src, { maxVersions: 1 }).out).toBe(expected);
    expect(runJit(src, { threshold: 30 }).out).toBe(expected);
  });

  test('an out-of-range index takes the chain guard; the next version joins after a slow path', () => {
    const src = [
      'function at(s, i) { return s.charCodeAt(i) + 1; }',
      'let t = 0, nan = 0;',
      'for (let i = 0; i < 3000; i++) { const c = at("abcdef", i % 8 - 1); if (c === c) t += c; else nan++; }',
      'console.log(t, nan);',
    ].join('\n');
    const r = assertCompiles(src, { exits: { charcodeat_out_of_range: 0 }, result: runHost(src) });
    expect((r.stats.slow_path_counts as Record<string, number>).charcodeat_out_of_range_slow_path).toBeGreaterThan(0);
  });

  test('strings keep their CHARS cells across collections; dead ones are reclaimed', () => {
    const src = [
      'const keep = [];',
      'for (let i = 0; i < 300; i++) keep.push("k" + i + "\\u20ac" + String.fromCharCode(0xd800 + i) + "-".repeat(i % 40));',
      'function sum(s) { let h = 0; for (let i = 0; i < s.length; i++) h = h + s.charCodeAt(i); return h; }',
      'function all() { let t = 0; for (let i = 0; i < keep.length; i++) t = t + sum(keep[i]); return t; }',
      'const before = all();',
      '// Garbage: strings whose CHARS cells are made, then dropped, and plenty of objects.',
      'let junk = 0;',
      'for (let r = 0; r < 40; r++) {',
      '  for (let i = 0; i < 2000; i++) { const s = "junk" + r + "/" + i; junk = junk + s.charCodeAt(i % s.length); const o = { a: s, b: [i, i] }; }',
      '}',
      'const after = all();',
      'console.log(before, after, before === after, junk);',
      'globalKeep = keep; // a global: still reachable when the run is over',
    ].join('\n');
    let out = '';
    const vm = new VM({ stdout: (s) => (out += s), jitCallThreshold: 1, stats: true });
    const r = vm.run(src, 'jit-test.js');
    expect(r.error).toBeUndefined();
    expect(out).toBe(runHost(src));
    const heap = vm.engine.vm.heap;
    expect(heap.gcCount).toBeGreaterThan(2);
    const stats = vm.engine.jitStats()!;
    expect(stats.string_chars_count as number).toBeGreaterThan(80000);
    // Walk the heap: every live CHARS cell belongs to a live string, and only the kept strings' survive.
    heap.collect();
    const u8 = vm.engine.vm.u8;
    const u32 = vm.engine.vm.u32;
    let chars = 0;
    const owned = new Set<number>();
    for (let p = heap.base; p < heap.top; p += u32[(p + 4) >>> 2]) {
      if (u8[p] === 2 && u32[(p + 16) >>> 2] !== 0) owned.add(u32[(p + 16) >>> 2]);
      if (u8[p] === 9) chars++;
    }
    for (let p = heap.base; p < heap.top; p += u32[(p + 4) >>> 2]) if (u8[p] === 9) expect(owned.has(p)).toBe(true);
    expect(chars).toBeGreaterThanOrEqual(300);
    expect(chars).toBeLessThan(5000);
  });
});
