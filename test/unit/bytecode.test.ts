import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { disasm } from '../../src/bytecode/disasm';
import { liveLocals, readsSelf, trackedLocals } from '../../src/bytecode/liveness';
import { OP, OPS, insnLength, popCount } from '../../src/bytecode/opcodes';
import { Engine } from '../../src/engine';

const ROOT = path.resolve(__dirname, '../..');

describe('opcode table', () => {
  test('names are unique and the generated enum is current', () => {
    expect(new Set(OPS.map((o) => o.name)).size).toBe(OPS.length);
    expect(() => execFileSync(process.execPath, [path.join(ROOT, 'tools/gen-opnums.js'), '--check'])).not.toThrow();
  });

  test('stack effects are declared for every instruction', () => {
    for (const d of OPS) {
      const operands = d.operands.map(() => 2);
      expect(popCount(OP[d.name], operands)).toBeGreaterThanOrEqual(0);
      expect(insnLength(OP[d.name])).toBe(1 + d.operands.length);
    }
    expect(popCount(OP.send, [3, 0])).toBe(5);
    expect(popCount(OP.newarray, [4])).toBe(4);
  });
});

function compile(src: string) {
  const engine = new Engine({ stdout: () => {} });
  const vm = engine.vm;
  const first = vm.iseqs.length;
  engine.compile(src, 'unit.js');
  const iseqs = vm.iseqs.slice(first);
  const ctx = { iseqName: (id: number) => vm.iseqs[id].name, globalName: (s: number) => vm.globalNames[s] };
  return { iseqs, text: iseqs.map((s) => disasm(s, ctx)).join('\n') };
}

describe('compiler', () => {
  test('locals, captured variables and globals use their own instructions', () => {
    const { text } = compile('let a = 1; function f() { return a + b; } console.log(f());');
    expect(text).toMatch(/getenv(checked)?\s+0, 0/); // a is captured by f: slot 0 of the module's ENV, which f closes over
    expect(text).toMatch(/getglobal\s+b@g\d+, "b"/);
    expect(text).toMatch(/send\s+0, "f"/);
  });

  test('the disassembler shows index, name, operands and source lines', () => {
    const { iseqs, text } = compile('function add(x, y) {\n  return x + y;\n}\n');
    const add = iseqs.find((s) => s.name === 'add')!;
    expect(add.paramCount).toBe(2);
    expect(text).toContain('== disasm: #<ISeq:add@unit.js:1>');
    expect(text).toMatch(/0000 getlocal\s+x@0\s+\(\s+2\)/);
    expect(text).toMatch(/opt_plus/);
    expect(text).toMatch(/leave/);
  });

  test('try/finally records exception-table rows', () => {
    const { iseqs } = compile('function f() { try { g(); } finally { h(); } }');
    const f = iseqs.find((s) => s.name === 'f')!;
    expect(f.handlers.length).toBeGreaterThan(0);
    for (const h of f.handlers) expect(h.handler).toBeGreaterThanOrEqual(h.end);
  });

  test('maxStack bounds the operand stack', () => {
    const { iseqs } = compile('function f(a) { return [a, a, [a, a, [a, a]]]; }');
    expect(iseqs.find((s) => s.name === 'f')!.maxStack).toBeGreaterThanOrEqual(7);
  });
});

describe('docs/BYTECODE.md', () => {
  test('is generated from the current opcode table', async () => {
    const fs = await import('node:fs');
    const { bytecodeMarkdown } = await import('../../src/bytecode/doc');
    expect(fs.readFileSync(path.join(ROOT, 'docs/BYTECODE.md'), 'utf8')).toBe(bytecodeMarkdown());
  });
});

describe('liveness of locals', () => {
  // Local numbers of a function's parameters and lets follow declaration order.
  const fn = (src: string, name: string) => compile(src).iseqs.find((s) => s.name === name)!;
  const firstPc = (iseq: ReturnType<typeof fn>, opName: string, operand: number): number => {
    for (let pc = 0; pc < iseq.code.length; pc += insnLength(iseq.code[pc])) {
      if (iseq.code[pc] === OP[opName] && iseq.code[pc + 1] === operand) return pc;
    }
    throw new Error(`no ${opName} ${operand}`);
  };

  test('a local is dead where it is written before any read, live across a loop back edge', () => {
    const f = fn('function f(a, n) { let s = 0; for (let i = 0; i < n; i++) s = s + i; a = 5; return a + s; }', 'f');
    // Parameter a (local 0) is overwritten before it is read: dead at entry; n (local 1) is live.
    expect(liveLocals(f, 0) & 1).toBe(0);
    expect(liveLocals(f, 0) & 2).toBe(2);
    // Inside the loop, s (local 2) and i (local 3) are live at the condition; a is still dead there.
    const cond = firstPc(f, 'getlocal', 3);
    expect(liveLocals(f, cond) & 0b1100).toBe(0b1100);
    expect(liveLocals(f, cond) & 1).toBe(0);
    // After a = 5, a is live.
    const write = firstPc(f, 'setlocal', 0);
    expect(liveLocals(f, write + insnLength(OP.setlocal)) & 1).toBe(1);
  });

  test('a local read in a catch handler is live throughout the try body', () => {
    const f = fn('function g(x) { let r = 1; try { r = x.y; r = 2; } catch (e) { return r; } return 0; }', 'g');
    const store = firstPc(f, 'setlocal', 1);
    // Every instruction of the try body may throw into the handler, which reads r.
    const second = firstPc(f, 'putint', 2);
    expect(liveLocals(f, second) & 2).toBe(2);
    expect(store).toBeGreaterThan(0);
  });

  test('loads of function bindings (getlocalfn) are reads too', () => {
    const m = fn('function m() { function h() { return 1; } let s = 0; for (let i = 0; i < 3; i++) s += h(); return s; }', 'm');
    const call = firstPc(m, 'getlocalfn', 0);
    expect(liveLocals(m, call) & 1).toBe(1);
    expect(liveLocals(m, firstPc(m, 'getlocal', 2)) & 1).toBe(1); // across the loop
  });

  test('trackedLocals: identity up to the slot count, else the locals most used in loops', () => {
    const small = fn('function s(a, b) { let c = a + b; return c; }', 's');
    expect(Array.from(trackedLocals(small, 8))).toEqual([0, 1, 2]);
    // Ten locals; only x and y are used in the loop, so they take slots even though they come last.
    const big = fn('function b(p0, p1, p2, p3, p4, p5, p6, p7) { let x = 0; let y = 1; for (let i = 0; i < 10; i++) { x = x + y; } return p0 + p1 + p2 + p3 + p4 + p5 + p6 + p7 + x; }', 'b');
    const t = trackedLocals(big, 4);
    const slotOf = (name: string) => t[big.localNames.indexOf(name)];
    for (const name of ['x', 'y', 'i']) expect(slotOf(name)).toBeGreaterThanOrEqual(0);
    expect(Array.from(t).filter((s) => s >= 0).sort()).toEqual([0, 1, 2, 3]);
    expect(t.filter((s) => s < 0).length).toBe(big.localCount - 4);
  });

  test('readsSelf sees putself only', () => {
    expect(readsSelf(fn('function h() { return this.x; }', 'h'))).toBe(true);
    expect(readsSelf(fn('function k(a) { return a + 1; }', 'k'))).toBe(false);
  });
});
