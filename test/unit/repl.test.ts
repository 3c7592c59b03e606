// The REPL through a pseudo-terminal (util-linux `script`), against node's
// REPL fed the same lines: const and redeclaration rules, then lbbv's own
// commands (.stats, .disasm, .clear), Tab completion, .help, .load, .save.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LBBV } from '../diff/modes';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-repl-'));

/**
 * Runs a command on a terminal, typing `input` (chunks ending in a newline or
 * a Tab, and Ctrl-C keys, one after another once the screen is quiet: a Tab's
 * completion must land before the next keys); the screen text without escapes
 * and carriage returns.
 */
function onTerminal(command: string, input: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('script', ['-q', '-c', command, '/dev/null'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, HOME: dir, NODE_REPL_HISTORY: '' } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(out.replace(/\r/g, '').replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''));
    });
    // A Ctrl-C (\x03) is a chunk of its own, typed once the screen is quiet.
    const chunks = input.match(/\x03|[^\n\t\x03]*[\n\t]|[^\n\t\x03]+$/g) ?? [];
    // The next chunk goes once the last one was answered (echo, completion, result) and the screen is quiet.
    // The first chunk waits for the prompt (a loaded machine can take a second to start a REPL: keys typed
    // before it sets up the terminal are echoed by the terminal itself, and a Ctrl-C then is a plain SIGINT).
    let last = 0;
    let answered = false;
    let wrote = Date.now();
    child.stdout.on('data', () => {
      last = Date.now();
      answered = true;
    });
    const typeNext = (): void => {
      if (chunks.length === 0) return void child.stdin.end();
      if ((!answered && Date.now() - wrote < 10_000) || Date.now() - last < 200) return void setTimeout(typeNext, 50);
      child.stdin.write(chunks.shift()!);
      answered = false;
      wrote = last = Date.now();
      setTimeout(typeNext, 50);
    };
    setTimeout(typeNext, 300);
  });
}

const errors = (screen: string): string[] => screen.split('\n').filter((l) => /Uncaught /.test(l)).map((l) => l.slice(l.indexOf('Uncaught ')));

describe('REPL parity with node (item 8)', () => {
  test('const cannot be assigned; let, const and class cannot be redeclared', async () => {
    const input = ['const c = 1', 'c = 2', 'c++', 'c', 'const c = 3', 'let l = 1', 'let l = 2', 'var v = 1', 'var v = 2', 'let v = 3', 'class K {}', 'var K = 1', 'l = 5', 'l', '.exit', ''].join('\n');
    const node = await onTerminal(`${process.execPath} -i`, input);
    const lbbv = await onTerminal(`${process.execPath} ${LBBV} --no-jit`, input);
    expect(errors(node).length).toBe(6);
    expect(errors(lbbv)).toEqual(errors(node));
    expect(lbbv).toContain('lbbv> c\n1\n');
    expect(lbbv).toContain('lbbv> l\n5\n');
  });

  test('.stats, .disasm, .clear, Tab completion, .load, .save and .help', async () => {
    const file = path.join(dir, 'load-me.js');
    fs.writeFileSync(file, 'function loaded(x) { return x * 3; }\n');
    const saved = path.join(dir, 'saved.js');
    const input = [
      'function sq(x) { return x * x; }',
      'let t = 0; for (let i = 0; i < 200; i++) t += sq(i); t',
      '.stats',
      'sq(3)',
      '.stats',
      '.disasm sq',
      'Math.ma\t(2, 9)',
      'const obj = { alpha: 1, beta: 2 }',
      'obj.alp\t',
      `.load ${file}`,
      'loaded(5)',
      `.save ${saved}`,
      '.clear',
      'typeof sq',
      '.help',
      '.exit',
      '',
    ].join('\n');
    const out = await onTerminal(`${process.execPath} ${LBBV} --jit-call-threshold=2`, input);
    expect(out).toContain('2646700');
    // The first .stats counts the loop's compilation; the second only what ran since.
    const stats = out.split('***lbbv: JIT statistics***').slice(1);
    expect(stats.length).toBe(2);
    const figure = (text: string, name: string): number => Number(new RegExp(`^${name} +([\\d,.]+)`, 'm').exec(text)![1].replace(/,/g, ''));
    expect(figure(stats[0], 'compiled_block_count')).toBeGreaterThan(0);
    expect(figure(stats[1], 'compiled_block_count')).toBe(0);
    expect(figure(stats[1], 'jit_insns_count')).toBeLessThan(figure(stats[0], 'jit_insns_count'));
    expect(out).toMatch(/== BLOCK sq@repl:1 pc=\d+ version 1/);
    expect(out).toMatch(/opt_mult/);
    expect(out).toContain('Math.max(2, 9)\n9\n');
    expect(out).toContain('obj.alpha\n1\n');
    expect(out).toContain('loaded(5)\n15\n');
    expect(fs.readFileSync(saved, 'utf8')).toContain('const obj = { alpha: 1, beta: 2 }');
    expect(out).toContain('Clearing context...');
    expect(out).toContain("typeof sq\n'undefined'\n");
    for (const cmd of ['.stats', '.disasm', '.bytecode', '.clear', '.load', '.save', '.exit']) expect(out).toContain(cmd);
  });

  test('Ctrl-C stops a running evaluation (a loop, a loop in machine code, a deep recursion) and the REPL goes on', async () => {
    // Each evaluation prints first: Ctrl-C is typed once it runs (the screen is quiet after that line).
    const input = [
      "console.log('running'); while (true) {}",
      '\x03',
      'function spin() { let s = 0; for (let i = 0; i < 1e15; i++) s += i % 7; return s }',
      "console.log('running'); spin()",
      '\x03',
      'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }',
      "console.log('running'); fib(70)",
      '\x03',
      '[typeof spin, 6 * 7]',
      '.exit',
      '',
    ].join('\n');
    const interrupted = 'Uncaught Error: Script execution was interrupted by `SIGINT`';
    const node = await onTerminal(`${process.execPath} -i`, input);
    expect(errors(node), node).toEqual([interrupted, interrupted, interrupted]);
    for (const flags of ['--no-jit', '--jit-call-threshold=1']) {
      const lbbv = await onTerminal(`${process.execPath} ${LBBV} ${flags}`, input);
      expect(errors(lbbv), `${flags}\n${lbbv}`).toEqual(errors(node));
      expect(lbbv, flags).toContain("[ 'function', 42 ]");
      // The empty line after Ctrl-C prints nothing, as in node.
      expect(lbbv, flags).not.toContain('lbbv> \nundefined\n');
    }
  }, 240_000);
});
