// The import graph of src/ follows the layering of docs/ARCHITECTURE.md:
//
//   parser → bytecode → vm → lbbv, and lbbv → x86asm → native
//
// read "is imported by": a layer may import from itself and the layers it
// is built on, never from one built on it. The interpreter (vm) knows the
// JIT only through src/vm/hooks.ts. x86asm and native are libraries the JIT
// uses; they import nothing of the pipeline. Above everything sit the
// wiring and the front ends: src/engine.ts, src/index.ts, src/cli/ and
// src/tools/, which may import from any layer.
//
// Every import counts, type-only ones included.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');

/** For each layer, the layers it may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  native: [],
  x86asm: ['native'],
  parser: [],
  bytecode: ['parser'],
  vm: ['bytecode', 'parser'],
  lbbv: ['vm', 'bytecode', 'parser', 'x86asm', 'native'],
};
const TOP = new Set(['engine.ts', 'output.ts', 'index.ts', 'cli', 'tools']);

function layerOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0];
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The relative module specifiers a file imports or re-exports (static, dynamic, require). */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) specs.push(m[2]);
  return specs.filter((s) => s.startsWith('.'));
}

test('every directory under src/ has a layer', () => {
  for (const e of fs.readdirSync(SRC)) expect(e in ALLOWED || TOP.has(e), `src/${e} has no layer in test/unit/layering.test.ts`).toBe(true);
});

test('imports follow parser → bytecode → vm → lbbv → x86asm → native', () => {
  const bad: string[] = [];
  let edges = 0;
  for (const file of sources(SRC)) {
    const from = layerOf(file);
    if (TOP.has(from)) continue;
    for (const spec of imports(file)) {
      const target = path.resolve(path.dirname(file), spec);
      const to = layerOf(target);
      edges++;
      if (to === from) continue;
      if (TOP.has(to) || !ALLOWED[from].includes(to)) bad.push(`${path.relative(SRC, file)} imports ${spec} (${from} → ${to})`);
    }
  }
  expect(edges).toBeGreaterThan(100);
  expect(bad).toEqual([]);
});

test('the VM mentions the JIT only in comments and messages', () => {
  for (const file of sources(path.join(SRC, 'vm'))) {
    for (const spec of imports(file)) expect(spec, `${file} imports ${spec}`).not.toMatch(/lbbv/);
  }
});
