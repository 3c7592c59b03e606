// The JIT's per-block double cache (docs/ARCHITECTURE.md §6): a double an
// instruction leaves in xmm2-xmm7 is taken from there by the next
// instructions of the block instead of being reloaded from its stack slot,
// and the results stay exactly Node's (-0, NaN, infinities).
import { beforeAll, describe, expect, test } from 'vitest';
import { VM } from '../../src/index';
import { initContextHashing } from '../../src/lbbv/context';
import { loadNative } from '../../src/native';

const native = loadNative();
const skipReason = native.native ? '' : ` (skipped: ${native.reason})`;

beforeAll(async () => {
  await initContextHashing();
});

/** Runs `src` with the JIT at threshold 1 and --disasm; returns stdout and the disassembly. */
function run(src: string): { out: string; disasm: string } {
  let out = '';
  let disasm = '';
  const vm = new VM({
    stdout: (s) => (out += s),
    stderr: (s) => (disasm += s),
    jitCallThreshold: 1,
    jitMaxVersions: 4,
    jitMemSizeMiB: 16,
    disasm: true,
  });
  expect(vm.engine.jitReason).toBeNull();
  const r = vm.run(src, 'xmm-test.js');
  expect(r.error).toBeUndefined();
  return { out, disasm };
}

/** The text of the first compiled block of function `name` starting at pc 0. */
function firstBlock(disasm: string, name: string): string {
  const blocks = disasm.split(/^(?===? BLOCK )/m);
  const b = blocks.find((t) => t.startsWith(`== BLOCK ${name}@`) && / pc=0 version 1\//.test(t));
  if (!b) throw new Error(`no block ${name}@0 in the disassembly`);
  return b.split('-- outlined --')[0];
}

/** The lines of one instruction (from its "; <pc> <name>" comment to the next instruction's). */
function insnLines(block: string, name: string): string[] {
  const lines = block.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\s*; \\d{4} ${name} `).test(l));
  if (start < 0) throw new Error(`no ${name} in block`);
  let end = lines.findIndex((l, i) => i > start && /^\s*; \d{4} /.test(l));
  if (end < 0) end = lines.length;
  return lines.slice(start, end);
}

const show = (x: number): string => (x === 0 && 1 / x < 0 ? '-0' : String(x));

describe.skipIf(!native.native)(`double cache${skipReason}`, () => {
  test('a + b * c: the product is not reloaded from its slot, operands come from registers', () => {
    const src = `
function f(a, b, c) { return a + b * c; }
function drive(p, q, r) { return f(p * 1.5, q * 0.5, r - 0.25); }
function show(x) { return x === 0 && 1 / x < 0 ? '-0' : String(x); }
const out = [];
const xs = [1.5, -0, 0, -2.5, NaN, Infinity, 1e308, -1e-310];
for (const a of xs) for (const b of xs) for (const c of xs) out.push(show(drive(a, b, c)));
console.log(out.join(' '));
`;
    const { out, disasm } = run(src);
    const xs = [1.5, -0, 0, -2.5, NaN, Infinity, 1e308, -1e-310];
    const want: string[] = [];
    for (const a of xs) for (const b of xs) for (const c of xs) want.push(show(a * 1.5 + b * 0.5 * (c - 0.25)));
    expect(out).toBe(want.join(' ') + '\n');

    const block = firstBlock(disasm, 'f');
    expect(block).toMatch(/ctx=\[sp=0 self=\S+ l0=double l1=double l2=double\]/);
    // opt_mult writes the product to stack slot t1 ([r13+0x30]) from a cache register...
    const mult = insnLines(block, 'opt_mult').join('\n');
    const store = /movsd qword ptr \[r13\+0x30\], (xmm[2-7])/.exec(mult);
    expect(store).not.toBeNull();
    expect(mult).not.toMatch(/, qword ptr \[r13\+0x(30|38)\]/);
    // ...and opt_plus takes it (and a) from registers: no load from any stack slot.
    const plus = insnLines(block, 'opt_plus').join('\n');
    expect(plus).toContain(`t0 from ${store![1]} (cached, no reload)`);
    expect(plus).not.toMatch(/(movsd|addsd) xmm\d+, qword ptr \[r13\+0x/);
    expect(plus).toMatch(/addsd xmm[2-7], xmm[2-7]/);
    // Every result is still stored to its slot (the stack stays authoritative).
    expect(plus).toMatch(/movsd qword ptr \[r13\+0x28\], xmm[2-7]/);
  });

  test('locals set and read in the same block stay in registers; -0 and NaN from negation survive', () => {
    const src = `
function g(x, y) {
  const d = x - y;
  const n = -d;
  const s = d * d + n * n;
  return [d, n, s, -s];
}
function drive(p, q) { return g(p * 0.5, q * 0.5); }
function show(x) { return x === 0 && 1 / x < 0 ? '-0' : String(x); }
const out = [];
const xs = [0.5, -0, 0, 3.25, NaN, -Infinity];
for (let r = 0; r < 3; r++) for (const x of xs) for (const y of xs) out.push(drive(x, y).map(show).join(','));
console.log(out.join(' '));
`;
    const { out, disasm } = run(src);
    const xs = [0.5, -0, 0, 3.25, NaN, -Infinity];
    const want: string[] = [];
    for (let r = 0; r < 3; r++) for (const x of xs) for (const y of xs) {
      const d = x * 0.5 - y * 0.5;
      const n = -d;
      const s = d * d + n * n;
      want.push([d, n, s, -s].map(show).join(','));
    }
    expect(out).toBe(want.join(' ') + '\n');
    const block = firstBlock(disasm, 'g');
    // d and n are written to their locals and read back from registers, never from memory.
    const locals = block.split('\n').filter((l) => /; \d{4} getlocal /.test(l));
    expect(locals.length).toBeGreaterThanOrEqual(4);
    expect(block).toMatch(/; l2 from xmm[2-7] \(cached, no reload\)/);
    expect(block).toMatch(/; l3 from xmm[2-7] \(cached, no reload\)/);
    expect(block).not.toMatch(/movsd xmm\d+, qword ptr \[r13-0x(10|8)\]/);
  });

  test('a slow path that calls out reloads the cache before jumping back', () => {
    const src = `
function h(arr, i, d) {
  const a = d * 1.5;
  const e = arr[i];
  return a * a + (e === undefined ? 0 : e);
}
let s = 0;
for (let i = 0; i < 50; i++) s = s + h([1.25, 2.5], i % 4, i * 0.5);
console.log(s);
`;
    const { out, disasm } = run(src);
    let s = 0;
    for (let i = 0; i < 50; i++) {
      const arr = [1.25, 2.5];
      const a = i * 0.5 * 1.5;
      const e = arr[i % 4];
      s = s + a * a + (e === undefined ? 0 : e);
    }
    expect(out).toBe(`${s}\n`);
    expect(disasm).toMatch(/slow path: opt_aref_slow_path[\s\S]*?reload the double cache\n\s*0x[0-9a-f]+: [0-9a-f ]+movsd xmm[2-7], qword ptr \[r13-/);
  });
});
