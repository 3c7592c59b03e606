// --perf-map: every compiled block's code is named in /tmp/perf-<pid>.map
// (read back and checked against the JIT's version table), and --disasm=NAME
// prints only the named functions' blocks.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { VM } from '../../src/index';
import { blockId } from '../../src/lbbv/versions';
import { LBBV } from '../diff/modes';

const PROGRAM = `
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
class Acc { constructor() { this.t = 0; } add(x) { this.t += x; return this; } }
function sum(xs) { const a = new Acc(); for (let i = 0; i < xs.length; i++) a.add(xs[i] * 0.5); return a.t; }
const xs = []; for (let i = 0; i < 200; i++) xs.push(i);
console.log(fib(18), sum(xs));
`;

interface Line { start: number; size: number; name: string }

function readMap(file: string): Line[] {
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const m = /^([0-9a-f]+) ([0-9a-f]+) (.+)$/.exec(l);
      expect(m, l).not.toBeNull();
      return { start: parseInt(m![1], 16), size: parseInt(m![2], 16), name: m![3] };
    });
}

const jitOn = new VM({ stdout: () => {} }).jitEnabled;

describe.skipIf(!jitOn)('--perf-map', () => {
  test('names every compiled block with its address range', () => {
    const file = `/tmp/perf-${process.pid}.map`;
    const vm = new VM({ perfMap: true, jitCallThreshold: 2, stdout: () => {} });
    expect(vm.run(PROGRAM, path.join(os.tmpdir(), 'perf-prog.js')).exitCode).toBe(0);
    vm.engine.perfMap!.close();
    const lines = readMap(file);
    fs.rmSync(file);
    const jit = vm.engine.jit!;
    const all = vm.engine.vm.iseqs.flatMap((iseq) => Array.from({ length: iseq.code.length }, (_, pc) => jit.versions.versions(blockId(iseq.id, pc))).flat());
    const starts = all.map((b) => b.address).sort((a, b) => a - b);
    let blocks = 0;
    for (const iseq of vm.engine.vm.iseqs) {
      for (let pc = 0; pc < iseq.code.length; pc++) {
        for (const b of jit.versions.versions(blockId(iseq.id, pc))) {
          blocks++;
          const line = lines.find((l) => l.start === b.address);
          expect(line, `block ${iseq.name}@${pc} v${b.version}`).toBeDefined();
          // A block compiled as the next one's fall-through ends where that one starts (its final jump was dropped).
          const next = starts.find((a) => a > b.address) ?? Infinity;
          expect(line!.size).toBe(Math.min(b.address + b.end - b.start, next) - b.address);
          // A file outside the working directory keeps its absolute path.
          expect(line!.name).toBe(`${iseq.name || '<anonymous>'}@${path.join(os.tmpdir(), 'perf-prog.js')}:${iseq.position(pc).line} pc=${pc} v=${b.version}`);
        }
      }
    }
    expect(blocks).toBeGreaterThan(10);
    expect(lines.filter((l) => l.name.startsWith('fib@')).length).toBeGreaterThan(0);
    // perf needs ranges that do not overlap.
    const sorted = [...lines].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].start, sorted[i].name).toBeGreaterThanOrEqual(sorted[i - 1].start + sorted[i - 1].size);
  });

  test('the CLI writes /tmp/perf-<pid>.map', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-perf-'));
    fs.writeFileSync(path.join(dir, 'p.js'), PROGRAM);
    const child = spawn(process.execPath, [LBBV, '--perf-map', 'p.js'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(out).toBe('2584 9950\n');
    const file = `/tmp/perf-${child.pid}.map`;
    const lines = readMap(file);
    fs.rmSync(file);
    expect(lines.some((l) => /^fib@p\.js:2 pc=\d+ v=1$/.test(l.name))).toBe(true);
    expect(lines.some((l) => /^add@p\.js:3 pc=\d+ v=\d+ \(outlined\)$/.test(l.name))).toBe(true);
  });
});

describe.skipIf(!jitOn)('--disasm=NAME', () => {
  test('prints only the named functions\' blocks', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-disasm-'));
    fs.writeFileSync(path.join(dir, 'p.js'), PROGRAM);
    const run = (flag: string): Promise<string> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [LBBV, '--jit-call-threshold=2', flag, 'p.js'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.on('close', () => resolve(err));
      });
    const names = (text: string): Set<string> => new Set([...text.matchAll(/^== BLOCK (\S+)@/gm)].map((m) => m[1]));
    const all = names(await run('--disasm'));
    expect(all.has('fib') && all.has('add') && all.has('sum')).toBe(true);
    expect([...names(await run('--disasm=add,fib'))].sort()).toEqual(['add', 'fib']);
  });
});
