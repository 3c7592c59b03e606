// Smoke test of the benchmark suite: every port runs one small iteration
// under each engine and must pass its own result check. Correctness only:
// nothing here asserts anything about time.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const REPO = path.resolve(__dirname, '..', '..');
const PORTS = path.join(REPO, 'bench', 'yjit-bench-ports');
const GEN = path.join(PORTS, 'gen');
const OO = path.join(REPO, 'bench', 'oo');
const CACHE = path.join(REPO, 'bench', '.cache');
const LBBV_BUILT = existsSync(path.join(REPO, 'dist', 'cli', 'main.js'));

interface Port {
  name: string;
  file: string; // the port, or its generator
  generated: boolean;
}

const ports: Port[] = [
  ...readdirSync(PORTS)
    .filter((f) => f.endsWith('.js') && f !== 'harness.js')
    .map((f) => ({ name: f.slice(0, -3), file: path.join(PORTS, f), generated: false })),
  ...readdirSync(GEN)
    .filter((f) => f.endsWith('.js') && f !== 'common.js')
    .map((f) => ({ name: f.slice(0, -3), file: path.join(GEN, f), generated: true })),
  // our own object-oriented programs (bench/oo), run the same way
  ...readdirSync(OO)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ name: f.slice(0, -3), file: path.join(OO, f), generated: false })),
].sort((a, b) => a.name.localeCompare(b.name));

const REQUIRED = [
  'fib', 'getivar', 'setivar', 'setivar_object', 'attr_accessor', 'structaref', 'structaset',
  'object-new', 'send_rubyfunc_inline', 'loops-times', 'str_concat', '30k_ifelse', '30k_methods',
  'nqueens', 'matmul', 'sudoku', 'nbody', 'binarytrees', 'fannkuchredux', 'respond_to',
  'oo-scheduler', 'oo-constraints', 'oo-json', 'oo-storage', 'oo-graph', 'oo-bignum',
];

// the program an engine runs for each port
const programs = new Map<string, string>();

const HARNESS_ARGS = ['--small', '--warmup', '0', '--iters', '1', '--min-time', '0'];

async function runPort(engineArgs: string[], port: Port, timeout: number): Promise<string> {
  const program = programs.get(port.name);
  if (!program) throw new Error(`no program for ${port.name}`);
  const { stdout } = await run(process.execPath, [...engineArgs, program, ...HARNESS_ARGS], {
    cwd: REPO,
    timeout,
    maxBuffer: 16 << 20,
  });
  return stdout;
}

function expectPassed(stdout: string, name: string): void {
  expect(stdout).not.toContain('CHECK_FAILED');
  expect(stdout).toMatch(/^ITER 1 measure [0-9.]+$/m);
  expect(stdout).toMatch(new RegExp(`^SUMMARY ${name.replace(/[-]/g, '\\-')} ok warmup=0 iters=1 median_ms=`, 'm'));
}

beforeAll(async () => {
  for (const p of ports) {
    if (!p.generated) {
      programs.set(p.name, p.file);
      continue;
    }
    const { stdout } = await run(process.execPath, [p.file, `--cache-dir=${CACHE}`], { cwd: REPO, timeout: 60_000 });
    programs.set(p.name, stdout.trim());
  }
});

describe('bench ports: inventory', () => {
  it('has every required yjit-bench port', () => {
    const names = ports.map((p) => p.name);
    for (const r of REQUIRED) expect(names).toContain(r);
  });

  it('generators are deterministic and write into the cache dir', async () => {
    for (const p of ports.filter((q) => q.generated)) {
      const out = programs.get(p.name)!;
      expect(out.startsWith(CACHE)).toBe(true);
      expect(existsSync(out)).toBe(true);
      const again = await run(process.execPath, [p.file, `--cache-dir=${CACHE}`], { cwd: REPO });
      expect(again.stdout.trim()).toBe(out);
    }
  });
});

const NODE_ENGINES: Array<[string, string[]]> = [
  ['node', []],
  ['node --jitless', ['--jitless']],
];

for (const [label, args] of NODE_ENGINES) {
  describe(`bench ports under ${label}`, () => {
    it.concurrent.each(ports.map((p) => [p.name, p] as const))('%s passes its check', async (_name, port) => {
      const out = await runPort(args, port, 60_000);
      expectPassed(out, port.name);
    });
  });
}

const LBBV_ENGINES: Array<[string, string[]]> = [
  ['lbbv --no-jit', [path.join(REPO, 'bin', 'lbbv.js'), '--no-jit']],
  ['lbbv (JIT)', [path.join(REPO, 'bin', 'lbbv.js')]],
];

for (const [label, args] of LBBV_ENGINES) {
  describe(`bench ports under ${label}`, () => {
    const skipReason = LBBV_BUILT ? '' : ' (skipped: dist/cli/main.js not built; run npm run build)';
    for (const port of ports) {
      it.skipIf(!LBBV_BUILT).concurrent(`${port.name} passes its check${skipReason}`, async () => {
        const out = await runPort(args, port, 120_000);
        expectPassed(out, port.name);
      });
    }
  });
}

describe('bench harness protocol', () => {
  it('honours --warmup/--iters and prints one ITER line per iteration', async () => {
    const { stdout } = await run(process.execPath, [path.join(PORTS, 'fib.js'), '--small', '--warmup', '2', '--iters', '3', '--min-time', '0'], { cwd: REPO });
    const iters = stdout.split('\n').filter((l) => l.startsWith('ITER '));
    expect(iters.map((l) => l.split(' ')[2])).toEqual(['warmup', 'warmup', 'measure', 'measure', 'measure']);
    expect(stdout).toMatch(/^BENCH fib warmup=2 iters=3 min_time=0 size=small$/m);
    expect(stdout).toMatch(/^SUMMARY fib ok warmup=2 iters=3 /m);
  });

  it('runner: --small --quick on node engines produces a table and JSON', async () => {
    const json = path.join(CACHE, `smoke-${process.pid}.json`);
    const { stdout } = await run(
      process.execPath,
      [path.join(REPO, 'bench', 'run.js'), 'fib', 'nqueens', '--small', '--quick', '--engines=node,node-jitless', `--json=${json}`],
      { cwd: REPO, timeout: 60_000 }
    );
    expect(stdout).toMatch(/^fib\s/m);
    expect(stdout).toMatch(/^geomean\s/m);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const doc = require(json);
    expect(doc.benchmarks.map((b: { name: string }) => b.name)).toEqual(['fib', 'nqueens']);
    expect(typeof doc.benchmarks[0].node_ms).toBe('number');
    expect(doc.benchmarks[0].jit_ms).toBeNull();
    expect(doc.benchmarks[0].versions_per_block).toBeNull();
    rmSync(json, { force: true });
  });
});
