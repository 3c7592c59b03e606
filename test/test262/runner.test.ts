// The test262 runner (src/tools/test262.ts) over a tiny fixture tree of our
// own (test/test262/fixture: a harness and fake tests with frontmatter), so
// CI needs no test262 checkout. The crash fixtures use hooks the worker
// installs only when LBBV_TEST262_FAULT_HOOKS=1.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMeta } from '../../src/tools/test262';
import { ROOT, runProcess } from '../diff/modes';

const FIXTURE = path.join(__dirname, 'fixture');

describe('test262 frontmatter', () => {
  test('inline and block lists, negative, comments', () => {
    const meta = parseMeta(`/*---
description: >
  text: with a colon
includes: [a.js, b.js]
flags:
  - onlyStrict # a comment
features: [Symbol.iterator]
negative:
  phase: parse
  type: SyntaxError
---*/
x;`);
    expect(meta).toEqual({ includes: ['a.js', 'b.js'], flags: ['onlyStrict'], features: ['Symbol.iterator'], negative: { phase: 'parse', type: 'SyntaxError' } });
    expect(parseMeta('no frontmatter')).toEqual({ includes: [], flags: [], features: [], negative: null });
  });
});

describe('test262 runner', () => {
  test('classifies the fixture tests and writes the report and JSON', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-t262-'));
    const md = path.join(dir, 'CONFORMANCE.md');
    const json = path.join(dir, 'results.json');
    const runner = path.join(ROOT, 'dist/tools/test262.js');
    const run = await new Promise<Awaited<ReturnType<typeof runProcess>>>((resolve) => {
      process.env.LBBV_TEST262_FAULT_HOOKS = '1';
      const p = runProcess(process.execPath, [runner, `--test262=${FIXTURE}`, '--test262-commit=fixture', '--timeout=3000', '--jobs=2', '--recycle=2', '--jit-dirs=jit', '.', `--out=${md}`, `--json=${json}`, '--quiet'], ROOT, 120_000);
      delete process.env.LBBV_TEST262_FAULT_HOOKS;
      resolve(p);
    });
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(fs.readFileSync(json, 'utf8')).results as { file: string; status: string; message?: string; variants?: Record<string, string> }[];
    const byFile = Object.fromEntries(results.map((r) => [r.file, r]));
    const status = Object.fromEntries(results.map((r) => [r.file, r.status]));
    expect(status).toEqual({
      'crash/dies.js': 'crash',
      'crash/host-error.js': 'crash',
      'fail/assertion.js': 'fail',
      'fail/missing-include.js': 'fail',
      'hang/loop.js': 'timeout',
      'jit/hot.js': 'pass',
      'negative/parse.js': 'pass',
      'negative/runtime.js': 'pass',
      'negative/wrong-type.js': 'fail',
      'pass/async.js': 'pass',
      'pass/includes.js': 'pass',
      'pass/raw.js': 'pass',
      'pass/simple.js': 'pass',
      'unsupported/module.js': 'unsupported',
    });
    // Variants as INTERPRETING.md says, plus JIT mode for --jit-dirs.
    expect(Object.keys(byFile['pass/simple.js'].variants!).sort()).toEqual(['sloppy', 'strict']);
    expect(Object.keys(byFile['pass/includes.js'].variants!)).toEqual(['sloppy']);
    expect(Object.keys(byFile['pass/raw.js'].variants!)).toEqual(['sloppy']);
    expect(Object.keys(byFile['crash/dies.js'].variants!)).toEqual(['strict']);
    expect(Object.keys(byFile['jit/hot.js'].variants!).sort()).toEqual(['sloppy', 'sloppy-jit', 'strict', 'strict-jit']);
    expect(byFile['crash/host-error.js'].message).toMatch(/internal error: host error on purpose/);
    expect(byFile['crash/dies.js'].message).toMatch(/worker died/);
    expect(byFile['negative/wrong-type.js'].message).toMatch(/RangeError/);
    const report = fs.readFileSync(md, 'utf8');
    expect(report).toContain('test262 commit: `fixture`');
    expect(report).toContain('| **total** | 14 | 7 | 3 | 1 | 2 | 1 | 53.8% |');
    expect(report).toContain('- timeout: `hang/loop.js`');
    expect(report).toContain('| pass | 4 | 4 | 0 | 0 | 0 | 0 | 100.0% |');
  });
});
