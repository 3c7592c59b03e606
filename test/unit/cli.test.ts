import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { VM } from '../../src/index';
import { runLbbv, runProcess, LBBV } from '../diff/modes';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-cli-'));
function script(name: string, src: string): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, src);
  return f;
}

describe('cli errors', () => {
  test('a missing file is one line, exit 1', async () => {
    const r = await runProcess(process.execPath, [LBBV, 'no-such-file.js'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("lbbv: cannot find script 'no-such-file.js'");
  });

  test('an unsupported feature stops before running, with file:line:col', async () => {
    const f = script('gen.js', 'console.log("before");\nasync function* g() {}\n');
    const r = await runLbbv(f, []);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('gen.js:2:1');
    expect(r.stderr).toContain('SyntaxError: Async generator functions are not supported');
    expect(r.stderr).not.toMatch(/\.ts:\d+|dist\//);
  });

  test('an uncaught error prints a JS stack and exits 1', async () => {
    const f = script('boom.js', 'function inner() { return undefined.x; }\nfunction outer() { return inner(); }\nouter();\n');
    const r = await runLbbv(f, []);
    expect(r.code).toBe(1);
    // As node: the code frame at the throw, a blank line, then the stack (test/unit/uncaught.test.ts compares with node).
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${f}:1`);
    expect(lines[1]).toBe('function inner() { return undefined.x; }');
    expect(lines[2]).toBe(' '.repeat(36) + '^');
    expect(lines[4]).toBe("TypeError: Cannot read properties of undefined (reading 'x')");
    expect(lines[5]).toBe(`    at inner (${f}:1:37)`);
    expect(lines[6]).toBe(`    at outer (${f}:2:27)`);
    expect(lines[7]).toBe(`    at Object.<anonymous> (${f}:3:1)`);
    expect(r.stderr).not.toMatch(/dist\/|\.ts:/);
  });

  test('runaway recursion is a catchable RangeError', async () => {
    const f = script('deep.js', 'function f(n) { return f(n + 1) + 1; }\ntry { f(0); } catch (e) { console.log(e instanceof RangeError, e.message); }\n');
    const r = await runLbbv(f, []);
    expect(r.stdout).toBe('true Maximum call stack size exceeded\n');
    expect(r.code).toBe(0);
  });

  test('unknown options are rejected', async () => {
    const r = await runProcess(process.execPath, [LBBV, '--frobnicate'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
  });
});

describe('cli forms', () => {
  test('-e, --help, --version and --dump-bytecode', async () => {
    const e = await runProcess(process.execPath, [LBBV, '-e', 'console.log(6 * 7)'], dir);
    expect(e.stdout).toBe('42\n');
    const h = await runProcess(process.execPath, [LBBV, '--help'], dir);
    expect(h.stdout).toContain('--no-jit');
    expect(h.stdout).toContain('--dump-bytecode');
    const v = await runProcess(process.execPath, [LBBV, '--version'], dir);
    expect(v.stdout).toMatch(/^lbbv \d+\.\d+\.\d+\nJIT: (on|off)/);
    const f = script('dump.js', 'function sq(x) { return x * x; }\nconsole.log(sq(3));\n');
    const d = await runLbbv(f, ['--dump-bytecode']);
    expect(d.stdout).toContain('== disasm: #<ISeq:sq@dump.js:1>');
    expect(d.stdout).toMatch(/opt_mult/);
    expect(d.stdout.trim().endsWith('9')).toBe(true);
  });

  test('script arguments reach process.argv', async () => {
    const f = script('argv.js', 'console.log(process.argv.slice(2).join(","), process.argv.length);\n');
    const r = await runLbbv(f, [], ['x', 'y']);
    expect(r.stdout).toBe('x,y 4\n');
  });

  test('the REPL keeps globals between lines and accepts multi-line input', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [LBBV, '--no-jit', '-i'], { cwd: dir, env: { ...process.env, HOME: dir } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stdin.write('let x = 40;\n');
    child.stdin.write('function add(a,\n b) { return a + b; }\n');
    child.stdin.write('add(x, 2)\n');
    child.stdin.write('.bytecode add\n');
    child.stdin.end('.exit\n');
    await new Promise((r) => child.on('close', r));
    expect(out).toContain('42');
    expect(out).toContain('== disasm: #<ISeq:add@repl');
  });
});

describe('embedding API', () => {
  test('new VM(options).run(source, filename)', () => {
    const out: string[] = [];
    const vm = new VM({ stdout: (s) => out.push(s) });
    const r = vm.run('const xs = [1, 2, 3].map((x) => x * 2); console.log(xs, typeof vm);', 'embed.js');
    expect(r).toEqual({ exitCode: 0 });
    expect(out.join('')).toBe('[ 2, 4, 6 ] undefined\n');
    const bad = vm.run('null.f()', 'bad.js');
    expect(bad.exitCode).toBe(1);
    expect(bad.error).toBe(`${path.resolve('bad.js')}:1\nnull.f()\n     ^\n\nTypeError: Cannot read properties of null (reading 'f')\n    at Object.<anonymous> (${path.resolve('bad.js')}:1:6)`);
  });

  test('process.exit(code) ends a run with that code', () => {
    const vm = new VM({ stdout: () => {} });
    expect(vm.run('process.exit(7); console.log("no")', 'exit.js')).toEqual({ exitCode: 7 });
  });
});

describe('a realistic multi-file benchmark program', () => {
  const file = path.resolve(__dirname, '../diff/programs/es6/053-awfy-all.js');
  test('runs unchanged through the embedding API and matches node', async () => {
    const expected = await runProcess(process.execPath, [file], path.dirname(file));
    let out = '';
    const vm = new VM({ stdout: (s) => (out += s), argv: [process.execPath, file] });
    const r = vm.run(fs.readFileSync(file, 'utf8'), file);
    expect(r.exitCode).toBe(expected.code);
    expect(out).toBe(expected.stdout);
  });
});
