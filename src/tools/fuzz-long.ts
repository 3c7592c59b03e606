// Fuzzing at scale: runs a given number of generated programs (the
// generators of src/tools/fuzz.ts) over fresh seeds, each program under Node
// (the oracle) and under lbbv in the four modes of the differential suite,
// in worker processes, and writes a summary.
//
//   npm run fuzz:long -- --programs 100000 [--seed S] [--chunk 500] [--jobs N]
//                        [--out fuzz-long.json] [--nice 10]
//
// The programs are split into chunks of --chunk programs; chunk k uses seed
// S + k, so a run is reproduced by its first seed, its chunk size and its
// program count (the summary prints the command). A mismatch (different
// output, an internal error, a crash) never stops the run: it is recorded
// with its program and the outputs, and the exit code is 1 at the end.
import { ChildProcess, fork } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { initContextHashing } from '../lbbv/context';
import { FUZZ_MODES, anyProgramArbitrary, runLbbvWith, runNode } from './fuzz';

interface Mismatch {
  seed: number;
  index: number;
  mode: string;
  program: string;
  node: string;
  lbbv: string;
}

interface ChunkResult {
  seed: number;
  programs: number;
  mismatches: Mismatch[];
  ms: number;
}

interface Options {
  programs: number;
  seed: number;
  chunk: number;
  jobs: number;
  out: string;
  nice: number;
}

/** At most this many mismatches are kept per chunk (the count is exact). */
const KEEP_PER_CHUNK = 5;

function parseOptions(argv: string[]): Options {
  const o: Options = { programs: 100_000, seed: Date.now() % 1e9, chunk: 500, jobs: Math.max(1, os.availableParallelism()), out: 'fuzz-long.json', nice: 0 };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`fuzz-long: unexpected argument ${argv[i]}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`fuzz-long: --${m[1]} needs a value`);
    switch (m[1]) {
      case 'programs': o.programs = Number(value); break;
      case 'seed': o.seed = Number(value); break;
      case 'chunk': o.chunk = Number(value); break;
      case 'jobs': o.jobs = Number(value); break;
      case 'nice': o.nice = Number(value); break;
      case 'out': o.out = value; break;
      default: throw new Error(`fuzz-long: unknown option --${m[1]}`);
    }
  }
  for (const k of ['programs', 'seed', 'chunk', 'jobs'] as const) {
    if (!Number.isInteger(o[k]) || o[k] < (k === 'seed' ? 0 : 1)) throw new Error(`fuzz-long: --${k} must be a ${k === 'seed' ? 'non-negative' : 'positive'} integer`);
  }
  return o;
}

/** Runs one chunk: `count` programs from `seed`, each in every mode. */
export function runChunk(seed: number, count: number): ChunkResult {
  const t0 = Date.now();
  const programs = fc.sample(anyProgramArbitrary(), { seed, numRuns: count });
  const mismatches: Mismatch[] = [];
  let found = 0;
  programs.forEach((program, index) => {
    const node = runNode(program);
    for (const [mode, opts] of Object.entries(FUZZ_MODES)) {
      let lbbv: string;
      try {
        lbbv = runLbbvWith(program, opts);
      } catch (e) {
        lbbv = `HOST EXCEPTION ${(e as Error)?.stack ?? String(e)}`;
      }
      if (lbbv === node) continue;
      found++;
      if (mismatches.length < KEEP_PER_CHUNK) mismatches.push({ seed, index, mode, program, node, lbbv });
    }
  });
  // The count of mismatches is exact even when only the first few are kept.
  while (mismatches.length < found) mismatches.push({ seed, index: -1, mode: '(not kept)', program: '', node: '', lbbv: '' });
  return { seed, programs: count, mismatches, ms: Date.now() - t0 };
}

/** Sorted integers as ranges: [1,2,3,7] -> "1..3, 7". */
function ranges(xs: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < xs.length; ) {
    let j = i;
    while (j + 1 < xs.length && xs[j + 1] === xs[j] + 1) j++;
    out.push(i === j ? String(xs[i]) : `${xs[i]}..${xs[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function parent(o: Options): Promise<number> {
  const chunks: Array<{ seed: number; count: number }> = [];
  for (let done = 0, k = 0; done < o.programs; k++) {
    const count = Math.min(o.chunk, o.programs - done);
    chunks.push({ seed: o.seed + k, count });
    done += count;
  }
  const results: ChunkResult[] = [];
  const t0 = Date.now();
  let next = 0;
  let programsDone = 0;
  let spawned: (c: ChildProcess) => void = () => {};
  const progress = (): void => {
    const mism = results.reduce((n, r) => n + r.mismatches.length, 0);
    process.stderr.write(`\rfuzz:long ${programsDone}/${o.programs} programs, ${mism} mismatches, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  };
  const worker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const child: ChildProcess = fork(__filename, ['--worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      spawned(child);
      if (o.nice > 0 && child.pid !== undefined) {
        try {
          os.setPriority(child.pid, o.nice);
        } catch {
          // not allowed here: run at normal priority
        }
      }
      const give = (): void => {
        if (next >= chunks.length) {
          child.send({ stop: true });
          return;
        }
        child.send(chunks[next++]);
      };
      child.on('message', (r: ChunkResult) => {
        results.push(r);
        programsDone += r.programs;
        progress();
        give();
      });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`fuzz:long worker exited with ${code}`))));
      give();
    });
  // SIGINT/SIGTERM end the run early: the summary covers the chunks completed so far.
  let stopped = '';
  const children: ChildProcess[] = [];
  const stop = (sig: string): void => {
    stopped = sig;
    next = chunks.length;
    for (const c of children) c.kill('SIGKILL');
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  spawned = (c) => children.push(c);
  await Promise.all(Array.from({ length: Math.min(o.jobs, chunks.length) }, () => worker().catch((e) => { if (!stopped) throw e; })));
  process.stderr.write('\n');
  results.sort((a, b) => a.seed - b.seed);
  const mismatches = results.flatMap((r) => r.mismatches);
  const byMode: Record<string, number> = {};
  for (const m of mismatches) byMode[m.mode] = (byMode[m.mode] ?? 0) + 1;
  const seconds = (Date.now() - t0) / 1000;
  const command = `npm run fuzz:long -- --programs ${o.programs} --seed ${o.seed} --chunk ${o.chunk}`;
  const summary = {
    command,
    complete: !stopped,
    stoppedBy: stopped || undefined,
    commit: commit(),
    node: process.version,
    modes: Object.keys(FUZZ_MODES),
    programs: programsDone,
    runs: programsDone * Object.keys(FUZZ_MODES).length,
    seeds: { first: o.seed, last: o.seed + chunks.length - 1, chunk: o.chunk },
    /** The seeds whose chunks completed, as ranges (all of them unless the run was stopped). */
    seedsRun: ranges(results.map((r) => r.seed)),
    mismatches: mismatches.length,
    mismatchesByMode: byMode,
    seconds,
    jobs: o.jobs,
    examples: mismatches.filter((m) => m.index >= 0).slice(0, 20),
  };
  fs.writeFileSync(o.out, JSON.stringify(summary, null, 2) + '\n');
  process.stdout.write(
    `fuzz:long${stopped ? ` (stopped by ${stopped})` : ''}: ${programsDone} programs x ${summary.modes.length} modes (${summary.modes.join(', ')}), ` +
      `seeds ${summary.seedsRun} (chunks of ${o.chunk}), ${mismatches.length} mismatches, ` +
      `${seconds.toFixed(0)} s on ${o.jobs} worker(s), commit ${summary.commit}\n  reproduce: ${command}\n  summary: ${o.out}\n`,
  );
  for (const m of summary.examples.slice(0, 3)) {
    process.stdout.write(`\n--- mismatch: seed ${m.seed} program ${m.index} mode ${m.mode} ---\n${m.program}\n--- node ---\n${m.node}--- lbbv ---\n${m.lbbv}`);
  }
  return mismatches.length === 0 ? 0 : 1;
}

async function workerMain(): Promise<void> {
  await initContextHashing();
  process.on('message', (msg: { seed: number; count: number } | { stop: true }) => {
    if ('stop' in msg) {
      process.disconnect();
      return;
    }
    process.send!(runChunk(msg.seed, msg.count));
  });
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--worker') {
    void workerMain();
  } else {
    let o: Options;
    try {
      o = parseOptions(argv);
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exit(2);
    }
    parent(o).then(
      (code) => (process.exitCode = code),
      (e) => {
        process.stderr.write(`${(e as Error).message}\n`);
        process.exitCode = 1;
      },
    );
  }
}
