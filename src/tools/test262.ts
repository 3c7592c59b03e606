// The test262 conformance runner. Runs tests of a test262 checkout through
// the embedding API (src/index.ts), each in a fresh VM, in worker child
// processes (one per core), and writes docs/CONFORMANCE.md plus a JSON file
// of per-test results.
//
//   npm run test262 -- --test262=PATH [dirs…] [--jit-dirs=a,b] [--timeout=MS]
//                      [--jobs=N] [--out=FILE.md] [--json=FILE.json] [--depth=N]
//
// Each test is classified as:
//   pass         every variant (non-strict/strict, interpreter/JIT) passed;
//   fail         a variant failed (a missing feature is a failure);
//   unsupported  it cannot run here at all: module code, agent tests, or a feature of
//                UNSUPPORTED_FEATURES (host hooks this runner does not provide);
//   crash        the worker died, or a host exception escaped the VM (what
//                the CLI prints as `lbbv: internal error`), or a FATAL ERROR;
//   timeout      a variant ran past the per-test time limit (the worker is
//                killed and replaced; the run goes on).
// Async tests (flags: [async]) get harness/doneprintHandle.js and pass when
// $DONE reports completion once the event loop has drained.
// Variants follow test262's INTERPRETING.md: non-strict and strict
// (`"use strict";\n` prefixed) unless the flags say onlyStrict, noStrict or
// raw; harness/assert.js, harness/sta.js and the `includes` are prepended
// (not for raw). Tests under --jit-dirs also run with the JIT at call
// threshold 1, and fail if either mode fails.

import { fork, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// ------------------------------------------------------------ metadata

export interface Meta {
  includes: string[];
  flags: string[];
  features: string[];
  negative: { phase: string; type: string } | null;
}

/** Parses the YAML frontmatter (`/*--- … ---*\/`) for the keys the runner needs. */
export function parseMeta(source: string): Meta {
  const meta: Meta = { includes: [], flags: [], features: [], negative: null };
  const start = source.indexOf('/*---');
  if (start < 0) return meta;
  const end = source.indexOf('---*/', start);
  if (end < 0) return meta;
  const lines = source.slice(start + 5, end).split(/\r?\n/);
  let key = '';
  let negative: Record<string, string> | null = null;
  for (const raw of lines) {
    const line = raw.replace(/\s+#.*$/, '');
    if (line.trim() === '') continue;
    const top = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (top) {
      key = top[1];
      const value = top[2].trim();
      if (key === 'negative') negative = {};
      if (value.startsWith('[')) {
        const items = value.replace(/^\[|\]$/g, '').split(',').map((s) => s.trim()).filter((s) => s !== '');
        if (key === 'includes' || key === 'flags' || key === 'features') meta[key].push(...items);
      }
      continue;
    }
    const item = /^\s+-\s*(.+)$/.exec(line);
    if (item && (key === 'includes' || key === 'flags' || key === 'features')) {
      meta[key].push(item[1].trim());
      continue;
    }
    const sub = /^\s+([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (sub && key === 'negative' && negative) negative[sub[1]] = sub[2].trim();
  }
  if (negative && negative.phase && negative.type) meta.negative = { phase: negative.phase, type: negative.type };
  return meta;
}

/** Features whose tests need host hooks this runner does not provide: such tests cannot run at all. */
export const UNSUPPORTED_FEATURES = ['cross-realm', 'IsHTMLDDA', 'host-gc-required'];
/** Flags whose tests cannot run: module code, blocking agents. (Async tests run through $DONE.) */
export const UNSUPPORTED_FLAGS: Record<string, string> = {
  module: 'module code',
  CanBlockIsTrue: 'needs blocking agents',
};

// ------------------------------------------------------------- worker

export interface Job {
  id: number;
  root: string;
  file: string;
  strict: boolean;
  raw: boolean;
  jit: boolean;
  /** flags: [async]: the test reports through $DONE (harness/doneprintHandle.js) after the job queue drains. */
  async?: boolean;
  includes: string[];
  negative: { phase: string; type: string } | null;
}

export type Status = 'pass' | 'fail' | 'unsupported' | 'crash' | 'timeout';

export interface JobResult {
  id: number;
  status: Status;
  message?: string;
}

const HOST_262 = `var $262 = { global: globalThis, evalScript: function (src) { return (0, eval)(src); } };\n`;

function workerMain(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { VM } = require('../index') as typeof import('../index');
  const { Thrown, ExitSignal, FatalError } = require('../vm/errors') as typeof import('../vm/errors');
  const { LbbvSyntaxError } = require('../parser/errors') as typeof import('../parser/errors');
  const { L } = require('../vm/layout') as typeof import('../vm/layout');
  const { initContextHashing } = require('../lbbv/context') as typeof import('../lbbv/context');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const harness = new Map<string, string | null>();
  const readHarness = (root: string, name: string): string | null => {
    const key = `${root}\0${name}`;
    if (!harness.has(key)) {
      let text: string | null = null;
      try {
        text = fs.readFileSync(path.join(root, 'harness', name), 'utf8');
      } catch {
        text = null;
      }
      harness.set(key, text);
    }
    return harness.get(key)!;
  };
  const hooks = process.env.LBBV_TEST262_FAULT_HOOKS === '1';
  const { loadNative } = require('../native') as typeof import('../native'); // eslint-disable-line @typescript-eslint/no-require-imports
  // Interpreter runs share one native reservation, zeroed between tests up to
  // its high-water mark: a fresh reservation per VM makes V8 run a full GC for
  // each (external memory pressure), which took most of a test's time.
  const native = loadNative().native;
  const shared = native ? native.reserveMemory(256 * 1024 * 1024, 0) : null;
  const sharedBytes = shared ? new Uint8Array(shared.buffer) : null;
  let highWater = 0;
  const sharedBacking = () => {
    if (!shared) return undefined;
    sharedBytes!.fill(0, 0, highWater);
    return {
      buffer: shared.buffer,
      address: shared.address,
      commit: (n: number): boolean => {
        if (n > highWater) highWater = Math.min(n, shared.reserved);
        return shared.commit(n);
      },
    };
  };

  const runJob = (job: Job): JobResult => {
    const source = fs.readFileSync(path.join(job.root, 'test', job.file), 'utf8');
    let text = job.strict ? '"use strict";\n' : '';
    if (!job.raw) {
      const parts: string[] = [];
      for (const name of ['assert.js', 'sta.js', ...(job.async ? ['doneprintHandle.js'] : []), ...job.includes]) {
        const h = readHarness(job.root, name);
        if (h === null) return { id: job.id, status: 'fail', message: `harness file ${name} not found` };
        parts.push(h);
      }
      // asyncHelpers.js looks $DONE up on globalThis, which does not yet reflect global declarations here.
      if (job.async) parts.push('globalThis.$DONE = $DONE;');
      const body = parts.join('\n') + '\n' + source;
      text += (body.includes('$262') ? HOST_262 : '') + body;
    } else {
      text += source;
    }
    const out: string[] = [];
    const vm = new VM({ jit: job.jit, jitCallThreshold: job.jit ? 1 : undefined, memoryMiB: job.jit ? 128 : 256, backing: job.jit ? undefined : sharedBacking(), stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
    if (job.jit && vm.engine.jitReason) return { id: job.id, status: 'crash', message: `JIT unavailable: ${vm.engine.jitReason}` };
    const engineVm = vm.engine.vm;
    if (job.async) {
      // $DONE prints through `print`; an unhandled rejection is not a failure by itself here.
      engineVm.setGlobal('print', engineVm.newNativeFunction('print', (v, args, argc) => {
        out.push(argc > 0 ? v.toStr(v.u32[args], v.u32[args + 1]) : '');
        v.retUndef();
      }, 1), L.TAG_FUNCTION);
      engineVm.async.unhandledFatal = false;
    }
    if (hooks) {
      // Fixture-only hooks (the runner's own tests): a host error escaping the VM, and a dying process.
      engineVm.setGlobal('$hostError', engineVm.newNativeFunction('$hostError', () => {
        throw new Error('host error on purpose');
      }, 0), L.TAG_FUNCTION);
      engineVm.setGlobal('$abort', engineVm.newNativeFunction('$abort', () => process.exit(70), 0), L.TAG_FUNCTION);
    }
    const neg = job.negative;
    /** The constructor name of a thrown value, read through the VM. */
    const thrownName = (t: InstanceType<typeof Thrown>): string => {
      try {
        if (t.hi < L.TAG_HEAP || t.hi === L.TAG_STRING) return '(primitive)';
        engineVm.getProp(t.lo, t.hi, 'constructor');
        engineVm.getProp(engineVm.rlo, engineVm.rhi, 'name');
        return engineVm.rhi === L.TAG_STRING ? engineVm.str(engineVm.rlo) : '?';
      } catch {
        return '?';
      }
    };
    const describeThrown = (t: InstanceType<typeof Thrown>): string => {
      try {
        return vm.formatThrown(t).split('\n')[0];
      } catch (e) {
        return `(unprintable: ${(e as Error).message})`;
      }
    };
    try {
      vm.engine.evalGlobal(text, job.file);
      if (job.async) engineVm.async.run();
    } catch (e) {
      if (e instanceof Thrown) {
        const name = thrownName(e);
        if (neg && neg.phase === 'runtime' && name === neg.type) return { id: job.id, status: 'pass' };
        return { id: job.id, status: 'fail', message: `uncaught ${describeThrown(e)}${neg ? ` (expected ${neg.phase} ${neg.type})` : ''}` };
      }
      if (e instanceof LbbvSyntaxError) {
        const unsupported = / not supported$/.test(e.message);
        if (neg && neg.phase === 'parse' && neg.type === 'SyntaxError' && !unsupported) return { id: job.id, status: 'pass' };
        return { id: job.id, status: 'fail', message: `SyntaxError: ${e.message} (${e.line}:${e.column})` };
      }
      if (e instanceof ExitSignal) return { id: job.id, status: 'fail', message: `process.exit(${e.code})` };
      if (e instanceof FatalError) return { id: job.id, status: 'crash', message: `FATAL ERROR: ${e.message}` };
      const err = e as Error;
      return { id: job.id, status: 'crash', message: `internal error: ${err && err.message ? err.message : String(e)}` };
    }
    if (neg) return { id: job.id, status: 'fail', message: `expected ${neg.phase} ${neg.type}, completed normally` };
    if (job.async) {
      const printed = out.join('\n');
      if (printed.includes('Test262:AsyncTestComplete')) return { id: job.id, status: 'pass' };
      const failure = /Test262:AsyncTestFailure:(.*)/.exec(printed);
      return { id: job.id, status: 'fail', message: failure ? failure[1] : 'async test: $DONE was never called' };
    }
    return { id: job.id, status: 'pass' };
  };

  void initContextHashing().then(() => {
    process.on('message', (job: Job) => {
      let result: JobResult;
      try {
        result = runJob(job);
      } catch (e) {
        result = { id: job.id, status: 'crash', message: `runner: ${(e as Error).message}` };
      }
      process.send!(result);
    });
    process.send!({ ready: true });
  });
}

// ------------------------------------------------------------- parent

export interface Options {
  test262: string;
  dirs: string[];
  jitDirs: string[];
  timeoutMs: number;
  jobs: number;
  out: string | null;
  json: string;
  depth: number;
  recycle: number;
  quiet: boolean;
  /** Run every variant of a test even after one failed (slower; finds every crash). */
  allVariants: boolean;
  /** Report-only mode: JSON files of earlier runs to combine into one report (later files win per test). */
  merge: string[];
  /** The checkout's commit, when it has no .git to read it from. */
  commit: string | null;
}

export interface TestRecord {
  file: string;
  status: Status;
  /** Why it failed, crashed, timed out or is unsupported (the first such variant). */
  message?: string;
  variants?: Record<string, Status>;
}

const RANK: Record<Status, number> = { pass: 0, unsupported: 0, fail: 1, timeout: 2, crash: 3 };

function parseOptions(argv: string[]): Options {
  const root = path.resolve(__dirname, '../..');
  const o: Options = {
    test262: '',
    dirs: [],
    jitDirs: [],
    timeoutMs: 10_000,
    jobs: Math.max(1, os.cpus().length),
    out: path.join(root, 'docs/CONFORMANCE.md'),
    json: path.join(os.tmpdir(), 'lbbv-test262.json'),
    depth: 3,
    recycle: 150,
    quiet: false,
    allVariants: false,
    merge: [],
    commit: null,
  };
  for (const a of argv) {
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      o.dirs.push(a.replace(/\/+$/, ''));
      continue;
    }
    const [, k, v = ''] = m;
    if (k === 'test262') o.test262 = path.resolve(v);
    else if (k === 'jit-dirs') o.jitDirs = v.split(',').filter(Boolean).map((d) => d.replace(/^test\//, '').replace(/\/+$/, ''));
    else if (k === 'timeout') o.timeoutMs = Number(v);
    else if (k === 'jobs') o.jobs = Number(v);
    else if (k === 'out') o.out = v === 'none' ? null : path.resolve(v);
    else if (k === 'json') o.json = path.resolve(v);
    else if (k === 'depth') o.depth = Number(v);
    else if (k === 'recycle') o.recycle = Number(v);
    else if (k === 'quiet') o.quiet = true;
    else if (k === 'all-variants') o.allVariants = true;
    else if (k === 'merge') o.merge = v.split(',').filter(Boolean).map((f) => path.resolve(f));
    else if (k === 'test262-commit') o.commit = v;
    else throw new Error(`unknown option --${k}`);
  }
  if (!o.test262) throw new Error('--test262=PATH is required (a checkout of tc39/test262)');
  if (!fs.existsSync(path.join(o.test262, 'test')) || !fs.existsSync(path.join(o.test262, 'harness'))) throw new Error(`${o.test262} is not a test262 checkout (no test/ and harness/)`);
  o.dirs = o.dirs.map((d) => d.replace(/^test\//, ''));
  if (o.dirs.length === 0) o.dirs = ['language', 'built-ins'];
  if (!(o.timeoutMs > 0) || !(o.jobs >= 1) || !(o.depth >= 1) || !(o.recycle >= 1)) throw new Error('bad numeric option');
  return o;
}

/** The test files under the given directories (relative to test/), sorted; fixtures excluded. */
function collect(root: string, dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(root, 'test', rel);
    const st = fs.statSync(abs);
    if (st.isFile()) {
      if (rel.endsWith('.js') && !rel.includes('_FIXTURE')) files.push(rel);
      return;
    }
    for (const name of fs.readdirSync(abs).sort()) walk(path.join(rel, name));
  };
  for (const d of dirs) {
    if (!fs.existsSync(path.join(root, 'test', d))) throw new Error(`no such test directory: test/${d}`);
    walk(d);
  }
  return [...new Set(files)].sort();
}

interface Pending {
  test: number;
  variant: string;
  job: Job;
}

interface Worker {
  child: ChildProcess;
  ready: boolean;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
  done: number;
}

/** Set by SIGINT/SIGTERM: stop feeding workers and report what has finished. */
let stopRequested: (() => void) | null = null;

export async function runTest262(o: Options): Promise<TestRecord[]> {
  const files = collect(o.test262, o.dirs);
  const records: TestRecord[] = files.map((file) => ({ file, status: 'pass' as Status, variants: {} }));
  const queue: Pending[] = [];
  /**
   * A test's later variants (strict, JIT), queued only once its first one
   * passes: a test that failed once is a failure, and skipping the rest
   * saves about a third of the run (--all-variants runs them all, to find
   * every crash).
   */
  const later = new Map<number, Pending[]>();
  let nextId = 0;
  files.forEach((file, t) => {
    const source = fs.readFileSync(path.join(o.test262, 'test', file), 'utf8');
    const meta = parseMeta(source);
    const rec = records[t];
    const flag = meta.flags.find((f) => f in UNSUPPORTED_FLAGS);
    const feature = meta.features.find((f) => UNSUPPORTED_FEATURES.includes(f));
    if (flag || feature || (meta.negative && meta.negative.phase === 'resolution')) {
      rec.status = 'unsupported';
      rec.message = flag ? UNSUPPORTED_FLAGS[flag] : feature ? `feature ${feature}` : 'module resolution';
      delete rec.variants;
      return;
    }
    const raw = meta.flags.includes('raw');
    later.set(t, []);
    const modes: boolean[] = o.jitDirs.some((d) => file === d || file.startsWith(`${d}/`)) ? [false, true] : [false];
    const stricts = raw || meta.flags.includes('noStrict') ? [false] : meta.flags.includes('onlyStrict') ? [true] : [false, true];
    for (const jit of modes) {
      for (const strict of stricts) {
        const variant = `${strict ? 'strict' : 'sloppy'}${jit ? '-jit' : ''}`;
        const pending: Pending = { test: t, variant, job: { id: nextId++, root: o.test262, file, strict, raw, jit, includes: meta.includes, negative: meta.negative, async: meta.flags.includes('async') } };
        if (stricts.length * modes.length > 1 && !o.allVariants && (strict || jit)) later.get(t)!.push(pending);
        else queue.push(pending);
      }
    }
  });
  const expected = new Map<number, number>();
  for (const p of queue) expected.set(p.test, (expected.get(p.test) ?? 0) + 1);
  for (const [t, ps] of later) if (ps.length) expected.set(t, (expected.get(t) ?? 0) + ps.length);
  let total = queue.length;
  for (const ps of later.values()) total += ps.length;
  let finished = 0;
  const started = Date.now();
  const counts: Record<Status, number> = { pass: 0, fail: 0, unsupported: 0, crash: 0, timeout: 0 };
  const record = (p: Pending, status: Status, message?: string): void => {
    const rec = records[p.test];
    rec.variants![p.variant] = status;
    counts[status]++;
    const rest = later.get(p.test);
    if (rest && rest.length) {
      if (status === 'pass') queue.unshift(rest.shift()!);
      else {
        // Not run: the test has already failed.
        expected.set(p.test, expected.get(p.test)! - rest.length);
        total -= rest.length;
        rest.length = 0;
      }
    }
    if (RANK[status] > RANK[rec.status]) {
      rec.status = status;
      rec.message = message;
    }
    finished++;
    if (!o.quiet && (finished % 500 === 0 || finished === total)) {
      const s = (Date.now() - started) / 1000;
      process.stderr.write(`test262: ${finished}/${total} runs, ${s.toFixed(0)} s (pass ${counts.pass}, fail ${counts.fail}, crash ${counts.crash}, timeout ${counts.timeout})\n`);
    }
  };

  await new Promise<void>((resolve) => {
    const workers: Worker[] = [];
    let active = 0;
    const spawnWorker = (): Worker => {
      const child = fork(__filename, ['--worker'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
      child.stderr!.resume();
      const w: Worker = { child, ready: false, current: null, timer: null, done: 0 };
      active++;
      child.on('message', (m: JobResult | { ready: true }) => {
        if ('ready' in m) {
          w.ready = true;
          feed(w);
          return;
        }
        const p = w.current;
        if (!p || p.job.id !== m.id) return;
        clearTimeout(w.timer!);
        w.current = null;
        record(p, m.status, m.message);
        w.done++;
        if (w.done >= o.recycle && queue.length > 0) {
          retire(w);
          replace(w);
        } else feed(w);
      });
      child.on('exit', (code, signal) => {
        if (w.timer) clearTimeout(w.timer);
        const p = w.current;
        w.current = null;
        if (!workers.includes(w)) return;
        retire(w);
        if (p) record(p, 'crash', `worker died (${signal ?? `exit code ${code}`})`);
        replace(w);
      });
      return w;
    };
    const retire = (w: Worker): void => {
      const i = workers.indexOf(w);
      if (i >= 0) workers.splice(i, 1);
      active--;
      w.child.removeAllListeners('message');
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    };
    const replace = (_old: Worker): void => {
      if (queue.length > 0) workers.push(spawnWorker());
      else if (active === 0) resolve();
    };
    const feed = (w: Worker): void => {
      const p = queue.shift();
      if (!p) {
        retire(w);
        if (active === 0) resolve();
        return;
      }
      w.current = p;
      w.timer = setTimeout(() => {
        if (w.current !== p) return;
        w.current = null;
        record(p, 'timeout', `no result after ${o.timeoutMs} ms`);
        retire(w);
        replace(w);
      }, o.timeoutMs);
      w.child.send(p.job);
    };
    stopRequested = () => {
      queue.length = 0;
      for (const w of [...workers]) retire(w);
      resolve();
    };
    if (queue.length === 0) resolve();
    else for (let i = 0; i < Math.min(o.jobs, queue.length); i++) workers.push(spawnWorker());
  });
  stopRequested = null;
  // An interrupted run reports only the tests whose variants all finished.
  const complete = records.filter((rec, t) => !expected.has(t) || Object.keys(rec.variants ?? {}).length === expected.get(t));
  if (complete.length < records.length) partialOf = records.length;
  return complete;
}

// ------------------------------------------------------------- report

type Row = Record<Status, number>;

/** When the run was interrupted: how many tests it was meant to run. */
let partialOf = 0;

function emptyRow(): Row {
  return { pass: 0, fail: 0, unsupported: 0, crash: 0, timeout: 0 };
}

function pct(r: Row): string {
  const runnable = r.pass + r.fail + r.crash + r.timeout;
  return runnable === 0 ? '—' : `${((100 * r.pass) / runnable).toFixed(1)}%`;
}

function table(rows: [string, Row][]): string[] {
  const lines = ['| directory | tests | pass | fail | unsupported | crash | timeout | pass % |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const [name, r] of rows) {
    const n = r.pass + r.fail + r.unsupported + r.crash + r.timeout;
    lines.push(`| ${name} | ${n} | ${r.pass} | ${r.fail} | ${r.unsupported} | ${r.crash} | ${r.timeout} | ${pct(r)} |`);
  }
  return lines;
}

function rollUp(records: TestRecord[], depth: number): [string, Row][] {
  const rows = new Map<string, Row>();
  for (const rec of records) {
    const parts = path.dirname(rec.file).split('/');
    const key = parts.slice(0, depth).join('/');
    if (!rows.has(key)) rows.set(key, emptyRow());
    rows.get(key)![rec.status]++;
  }
  return [...rows.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The test262 commit of a checkout (read from .git without running git). */
function test262Commit(root: string, given: string | null = null): string {
  if (given) return given;
  try {
    const head = fs.readFileSync(path.join(root, '.git/HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = head.slice(5);
    const loose = path.join(root, '.git', ref);
    if (fs.existsSync(loose)) return fs.readFileSync(loose, 'utf8').trim();
    const packed = fs.readFileSync(path.join(root, '.git/packed-refs'), 'utf8');
    const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
    return line ? line.split(' ')[0] : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function renderReport(records: TestRecord[], o: Options, command: string, seconds: number): string {
  const total = emptyRow();
  for (const r of records) total[r.status]++;
  const areas = rollUp(records, 1);
  const lines: string[] = [
    '# test262 conformance',
    '',
    'Generated by `npm run test262` (src/tools/test262.ts); do not edit by hand.',
    '',
    `- test262 commit: \`${test262Commit(o.test262, o.commit)}\``,
    `- date: ${new Date().toISOString().slice(0, 10)}`,
    `- command: \`${command}\``,
    ...(partialOf ? [`- **partial run**: interrupted after ${records.length} of ${partialOf} tests (the rest are not counted)`] : []),
    `- per-test timeout: ${o.timeoutMs} ms; ${Number.isNaN(seconds) ? '' : `${seconds.toFixed(0)} s `}on ${o.jobs} worker(s)`,
    `- JIT mode (call threshold 1) also run for: ${o.jitDirs.length ? o.jitDirs.map((d) => `\`${d}\``).join(', ') : 'none'}`,
    '',
    'A test counts once: it passes when every variant passes (non-strict and strict as',
    "test262's INTERPRETING.md says; interpreter, and JIT where selected). *unsupported*",
    `means it cannot run at all here (module code; blocking agents; the host-hook features ${UNSUPPORTED_FEATURES.map((f) => `\`${f}\``).join(', ')}).`,
    'A test that fails because a feature is missing is a *fail*. pass % is of the tests that ran.',
    ...(o.allVariants ? [] : ["Once a variant fails, the test's remaining variants are not run (`--all-variants` runs them)."]),
    '',
    '## Totals',
    '',
    ...table([...areas, ['**total**', total]]),
    '',
  ];
  const problems = records.filter((r) => r.status === 'crash' || r.status === 'timeout');
  lines.push('## Crashes and timeouts', '');
  if (problems.length === 0) lines.push('None.', '');
  else {
    for (const r of problems) lines.push(`- ${r.status}: \`${r.file}\` — ${(r.message ?? '').split('\n')[0].replace(/\|/g, '\\|').slice(0, 200)}`);
    lines.push('');
  }
  lines.push('## By directory', '', ...table(rollUp(records, 2)), '');
  lines.push(`## Detail (depth ${o.depth})`, '', ...table(rollUp(records, o.depth)), '');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  let o: Options;
  try {
    o = parseOptions(argv);
  } catch (e) {
    process.stderr.write(`test262: ${(e as Error).message}\n`);
    process.exit(2);
  }
  if (o.merge.length) return mergeReports(o);
  const t0 = Date.now();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      process.stderr.write(`test262: ${sig}: stopping, reporting finished tests\n`);
      if (stopRequested) stopRequested();
    });
  }
  const records = await runTest262(o);
  const seconds = (Date.now() - t0) / 1000;
  const command = `npm run test262 -- ${argv.map((a) => (a.startsWith('--test262=') ? '--test262=PATH' : a)).join(' ')}`;
  fs.mkdirSync(path.dirname(o.json), { recursive: true });
  fs.writeFileSync(o.json, JSON.stringify({ test262: test262Commit(o.test262, o.commit), date: new Date().toISOString(), command, options: { ...o, test262: undefined }, results: records }, null, 1) + '\n');
  if (o.out) fs.writeFileSync(o.out, renderReport(records, o, command, seconds));
  const total = emptyRow();
  for (const r of records) total[r.status]++;
  process.stdout.write(`test262: ${records.length} tests: pass ${total.pass}, fail ${total.fail}, unsupported ${total.unsupported}, crash ${total.crash}, timeout ${total.timeout} (${pct(total)}) in ${seconds.toFixed(0)} s\n`);
  process.stdout.write(`test262: per-test results in ${o.json}${o.out ? `; report in ${o.out}` : ''}\n`);
}

/**
 * --merge=a.json,b.json: one report from runs made separately (e.g. language/
 * and built-ins/ in parallel, or interrupted runs): later files win per test;
 * tests under the runs' directories that no run finished make it partial.
 */
function mergeReports(o: Options): void {
  interface RunFile { test262: string; command: string; options: Partial<Options>; results: TestRecord[] }
  const runs = o.merge.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as RunFile);
  const byFile = new Map<string, TestRecord>();
  for (const run of runs) for (const r of run.results) byFile.set(r.file, r);
  const records = [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const dirs = [...new Set(runs.flatMap((r) => r.options.dirs ?? []))];
  const planned = collect(o.test262, dirs).length;
  partialOf = planned > records.length ? planned : 0;
  const merged: Options = {
    ...o,
    commit: o.commit ?? runs[0].test262,
    jitDirs: [...new Set(runs.flatMap((r) => r.options.jitDirs ?? []))],
    timeoutMs: Math.max(...runs.map((r) => r.options.timeoutMs ?? 0)),
    jobs: runs.reduce((n, r) => n + (r.options.jobs ?? 0), 0),
    allVariants: runs.every((r) => r.options.allVariants),
  };
  const command = runs.map((r) => r.command).join('` and `');
  if (o.out) fs.writeFileSync(o.out, renderReport(records, merged, command, NaN));
  const total = emptyRow();
  for (const r of records) total[r.status]++;
  process.stdout.write(`test262: merged ${records.length} tests: pass ${total.pass}, fail ${total.fail}, unsupported ${total.unsupported}, crash ${total.crash}, timeout ${total.timeout} (${pct(total)})\n`);
}

if (require.main === module) {
  if (process.argv[2] === '--worker') workerMain();
  else void main(process.argv.slice(2));
}
