// The CLI behaves as `node` does where users expect it to (issue #18): each
// test drives real child processes, with node as the oracle where it can be.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LBBV, runProcess } from '../diff/modes';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-cli-node-'));
function script(name: string, src: string): string {
  const f = path.join(dir, name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, src);
  return f;
}

interface Ended {
  stdout: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs `args` under node, waits until stdout contains `marker` (and `delayMs` more), sends `signal`, and collects the rest. */
function killAfter(args: string[], marker: string, signal: NodeJS.Signals, delayMs = 0): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let sent = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no '${marker}' on stdout within 30 s (got ${JSON.stringify(stdout)})`));
    }, 30_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (!sent && stdout.includes(marker)) {
        sent = true;
        setTimeout(() => child.kill(signal), delayMs);
      }
    });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      resolve({ stdout, code, signal: sig });
    });
  });
}

describe('output streams (item 1) and signals (item 2)', () => {
  for (const flags of [[], ['--no-jit']]) {
    test(`a line printed before an endless loop reaches the pipe; SIGINT ends it as node's (${flags.join(' ') || 'JIT'})`, async () => {
      const src = 'console.log("start"); while (true) {}';
      const node = await killAfter(['-e', src], 'start', 'SIGINT');
      const lbbv = await killAfter([LBBV, ...flags, '-e', src], 'start', 'SIGINT');
      expect(lbbv).toEqual(node);
      expect(lbbv).toEqual({ stdout: 'start\n', code: null, signal: 'SIGINT' });
    });
  }

  test('lines printed in a burst before a loop are flushed by SIGINT and SIGTERM', async () => {
    // "first" goes out at once; most of the burst is still buffered when
    // the program starts spinning (the signal comes 3 s after "first").
    const f = script('burst.js', 'console.log("first");\nfor (let i = 0; i < 100; i++) console.log("line " + i);\nwhile (true) {}\n');
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const r = await killAfter([LBBV, f], 'first', signal, 3000);
      expect(r.signal).toBe(signal);
      expect(r.stdout).toBe(['first', ...Array.from({ length: 100 }, (_, i) => `line ${i}`), ''].join('\n'));
    }
  });

  test('a program printing once in a while delivers each line as it prints it', async () => {
    const f = script('slow.js', 'for (let n = 0; n < 3; n++) { console.log("tick " + n); let t = Date.now(); while (Date.now() - t < 200) {} }\nwhile (true) {}\n');
    const r = await killAfter([LBBV, f], 'tick 2', 'SIGTERM');
    expect(r).toEqual({ stdout: 'tick 0\ntick 1\ntick 2\n', code: null, signal: 'SIGTERM' });
  });

  test('output printed before an uncaught error comes first, and all of it', async () => {
    const f = script('thenthrow.js', 'for (let i = 0; i < 1000; i++) console.log(i);\nnull.x;\n');
    const r = await runProcess(process.execPath, [LBBV, f], dir);
    const n = await runProcess(process.execPath, [f], dir);
    // All 1000 lines. (Node itself is not a reliable oracle here: on a loaded
    // machine its piped stdout sometimes loses the tail when the error ends
    // the process, so only check that what it printed agrees.)
    const all = Array.from({ length: 1000 }, (_, i) => `${i}\n`).join('');
    expect(r.stdout).toBe(all);
    expect(all.startsWith(n.stdout)).toBe(true);
    expect(r.code).toBe(1);
    expect(n.code).toBe(1);
  });
});

describe('exit status (item 4)', () => {
  const programs = [
    'process.exitCode = 9;',
    'process.exitCode = 9; process.exit();',
    'process.exitCode = 9; process.exit(4);',
    'process.exitCode = "3";',
    'process.exit(256 + 7);',
    'process.exit(-1);',
    'process.exitCode = 9; throw new Error("x");',
    'process.exit(2.5);',
    'process.exit();',
    'console.log("out"); process.exitCode = 300;',
  ];
  for (const src of programs) {
    test(src, async () => {
      const f = script(`exit-${programs.indexOf(src)}.js`, src + '\n');
      const node = await runProcess(process.execPath, [f], dir);
      const lbbv = await runProcess(process.execPath, [LBBV, f], dir);
      expect(lbbv.code).toBe(node.code);
      expect(lbbv.stdout).toBe(node.stdout);
    });
  }
});

describe('embedding (item 3)', () => {
  test("README's embedding example runs verbatim, with the JIT, and prints what its comments say", async () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Embedding'));
    const example = /```js\n([^]*?)```/.exec(section)![1];
    expect(example).toContain("require('lbbv')");
    // The example requires the package by name: link it into a fresh project.
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-embed-'));
    fs.mkdirSync(path.join(project, 'node_modules'));
    fs.symlinkSync(path.resolve(__dirname, '../..'), path.join(project, 'node_modules', 'lbbv'));
    fs.writeFileSync(path.join(project, 'example.js'), example);
    const r = await runProcess(process.execPath, ['example.js'], project);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const promised = [...example.matchAll(/\/\/ (.*)$/gm)].map((m) => m[1]);
    expect(promised).toEqual(['0 undefined 110 "75025\\n"', 'true 1']);
    expect(r.stdout).toBe(promised.map((l) => l + '\n').join(''));
  });
});

/** Runs a command with `input` on its stdin (a pipe, not a terminal). */
function withStdin(args: string[], input: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

describe('CLI conventions (item 6)', () => {
  test('-p/--print and --eval print as node does', async () => {
    for (const args of [['-p', '[1, 2].map((x) => x * 3)'], ['--print', '"str"'], ['-p', '({ a: 1, b: "x" })'], ['--eval', 'console.log(5)']]) {
      const node = await runProcess(process.execPath, args, dir);
      const lbbv = await runProcess(process.execPath, [LBBV, ...args], dir);
      expect(lbbv.stdout).toBe(node.stdout);
      expect(lbbv.code).toBe(node.code);
    }
  });

  test('piped stdin and `-` run stdin as the script', async () => {
    const r = await withStdin([LBBV], 'null.x');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("TypeError: Cannot read properties of null (reading 'x')");
    const src = 'console.log(process.argv.slice(2).join(","), 6 * 7)';
    const node = await withStdin(['-', 'a', 'b'], src);
    const lbbv = await withStdin([LBBV, '-', 'a', 'b'], src);
    expect(lbbv.stdout).toBe(node.stdout);
  });

  test('a script path gets .js and index.js as require() would', async () => {
    script('lib/m.js', 'console.log("m")\n');
    script('lib/pkg/index.js', 'console.log("pkg")\n');
    for (const p of ['lib/m', 'lib/pkg']) {
      const node = await runProcess(process.execPath, [p], dir);
      const lbbv = await runProcess(process.execPath, [LBBV, p], dir);
      expect(lbbv.stdout).toBe(node.stdout);
      expect(lbbv.code).toBe(0);
    }
  });

  test('boolean flags reject values; --stats-json to an unwritable path fails before running', async () => {
    const b = await runProcess(process.execPath, [LBBV, '--no-jit=0', '-e', 'console.log("ran")'], dir);
    expect(b.code).toBe(1);
    expect(b.stdout).toBe('');
    expect(b.stderr).toContain("--no-jit takes no value");
    const s = await runProcess(process.execPath, [LBBV, '--stats-json=/nonexistent-dir/s.json', '-e', 'console.log("ran")'], dir);
    expect(s.code).toBe(1);
    expect(s.stdout).toBe('');
    expect(s.stderr.trim()).toBe("lbbv: cannot write the --stats-json file '/nonexistent-dir/s.json': ENOENT");
  });

  test('--help names LBBV_NO_NATIVE', async () => {
    const h = await runProcess(process.execPath, [LBBV, '--help'], dir);
    expect(h.stdout).toMatch(/LBBV_NO_NATIVE=1 +do not load the native addon/);
  });
});

describe('install (item 7)', () => {
  test('--version says whether the JIT is on, and why not', async () => {
    const on = await runProcess(process.execPath, [LBBV, '--version'], dir);
    expect(on.stdout).toMatch(/^lbbv \d+\.\d+\.\d+\nJIT: on \(x86-64, native addon loaded\)\nnode v\d+/);
    const child = spawn(process.execPath, [LBBV, '--version'], { env: { ...process.env, LBBV_NO_NATIVE: '1' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    await new Promise((r) => child.on('close', r));
    expect(out).toContain('JIT: off: the native addon is disabled by LBBV_NO_NATIVE\n');
  });

  test('the package ships the CLI, dist, the addon sources and docs, not tests or CI', async () => {
    const root = path.resolve(__dirname, '../..');
    const r = await runProcess('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], root);
    const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain('bin/lbbv.js');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('native/src/lbbv_native.cc');
    expect(files.filter((f) => /^(test|\.ci|bench|src|native\/build\/)|\.tgz$/.test(f))).toEqual([]);
  });
});

describe('REPL through a pseudo-terminal (item 8)', () => {
  test('`_` and `_error` as node; no `undefined` after an error', async () => {
    // util-linux `script` gives the REPL a real terminal.
    const input = 'null.x\n6*7\n_ + 1\n_error.message\n.exit\n';
    const r = await withStdin(['-e', `require('child_process').spawnSync('script', ['-q', '-c', ${JSON.stringify(`${process.execPath} ${LBBV} --no-jit`)}, '/dev/null'], { stdio: 'inherit', env: { ...process.env, HOME: ${JSON.stringify(dir)} } })`], input);
    const out = r.stdout.replace(/\r/g, '').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
    expect(out).toContain("Uncaught TypeError: Cannot read properties of null (reading 'x')\n    at repl:1:6\nlbbv> 6*7\n42\nlbbv> _ + 1\n43\n");
    expect(out).toContain(`lbbv> _error.message\n"Cannot read properties of null (reading 'x')"\n`);
    expect(out).not.toContain('undefined');
  });
});
