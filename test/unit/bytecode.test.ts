import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { disasm } from '../../src/bytecode/disasm';
import { OP, OPS, insnLength, popCount } from '../../src/bytecode/opcodes';
import { Engine } from '../../src/vm/engine';

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
