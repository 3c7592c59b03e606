#!/usr/bin/env node
// Side exits per 1,000 executed bytecode instructions, for every differential
// program and every benchmark port, under the JIT (default: threshold-1 mode,
// `--jit-call-threshold=1`), with statistics on (`--stats-json`, so machine
// code counts its instructions). Lists the programs above a limit
// (default 1 per 1,000): a JIT that keeps leaving its machine code on a
// program's hot path (an "exit storm") shows up here.
//
//   node tools/exit-rate.js [options] [name-substring ...]
//
//   --limit=X        report programs above X side exits per 1,000 (default 1)
//   --threshold=N    --jit-call-threshold for lbbv (default 1; 'default' = lbbv's own)
//   --diff-only      only the differential programs
//   --ports-only     only the benchmark ports (yjit and oo categories)
//   --full           ports at their default size (default: their --small size)
//   --iters=N        iterations per port (default 6; the last half is the steady state)
//   --top=N          exit reasons / slow paths / runtime calls listed per program (default 3)
//   --json=PATH      write every row as JSON
//   --jobs=N         programs measured at once (default 1)
//   --all            print every program, not only those above the limit
//   --min-in-jit=P   also list programs that run less than P% of their
//                    instructions in machine code (default 90): after a side
//                    exit the function backs off (skips a growing number of
//                    entries into machine code), so the interpreter runs long
//                    stretches and a few exits per 1,000 instructions can hide
//                    an exit on nearly every entry (see backoffs= / entries=)
//
// Steady state:
// - Bench ports run N iterations through the harness with `--exit-stats`: after
//   each iteration the harness prints lbbv's cumulative counters (read from the
//   `__lbbv_stats()` global the engine exposes to programs). The steady state is
//   the difference between the snapshot after iteration ceil(N/2) and the one
//   after iteration N: the second half of the iterations, when the JIT has
//   compiled what the first half needed. Exits there are repeated exits, not
//   warm-up.
// - Differential programs are single runs (no iterations): their figure is over
//   the whole run, so a few warm-up exits count. To keep tiny programs from
//   being listed for one or two exits, a differential program is listed only
//   when it also has at least --min-exits side exits (default 20).
// "Side exits" are lbbv's side_exit_count: exits from machine code to the
// interpreter other than returns (`leave`); instructions are
// jit_insns_count + vm_insns_count (everything executed, in either tier).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const ROOT = path.join(__dirname, '..');
const LBBV = path.join(ROOT, 'bin', 'lbbv.js');
const { listPorts, programFor, CACHE_DIR } = require(path.join(ROOT, 'bench', 'lib', 'ports'));

function parseArgs(argv) {
  const o = { limit: 1, threshold: '1', diff: true, ports: true, full: false, iters: 6, top: 3, json: null, jobs: 1, all: false, minExits: 20, minInJit: 90, names: [] };
  for (const a of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      o.names.push(a);
      continue;
    }
    const [, k, v] = m;
    if (k === 'limit') o.limit = Number(v);
    else if (k === 'threshold') o.threshold = v;
    else if (k === 'diff-only') o.ports = false;
    else if (k === 'ports-only') o.diff = false;
    else if (k === 'full') o.full = true;
    else if (k === 'iters') o.iters = Math.max(2, Number(v) | 0);
    else if (k === 'top') o.top = Number(v) | 0;
    else if (k === 'json') o.json = v;
    else if (k === 'jobs') o.jobs = Math.max(1, Number(v) | 0);
    else if (k === 'all') o.all = true;
    else if (k === 'min-exits') o.minExits = Number(v);
    else if (k === 'min-in-jit') o.minInJit = Number(v);
    else if (k === 'help') {
      process.stdout.write(fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 40).filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n') + '\n');
      process.exit(0);
    } else throw new Error('unknown option ' + a);
  }
  return o;
}

function jitFlags(o) {
  return o.threshold === 'default' ? [] : ['--jit-call-threshold=' + o.threshold];
}

// b - a for counters and {name: count} maps
function delta(a, b) {
  const d = {};
  for (const k of Object.keys(b)) {
    if (typeof b[k] === 'number') d[k] = b[k] - ((a && a[k]) || 0);
    else if (b[k] && typeof b[k] === 'object') d[k] = delta(a ? a[k] : null, b[k]);
  }
  return d;
}

function top(map, n, skip) {
  if (!map) return [];
  return Object.keys(map)
    .filter((k) => k !== skip && map[k] > 0)
    .sort((x, y) => map[y] - map[x] || (x < y ? -1 : 1))
    .slice(0, n)
    .map((k) => k + ' ' + map[k]);
}

function row(name, kind, s, o, note) {
  const insns = (s.jit_insns_count || 0) + (s.vm_insns_count || 0);
  const exits = s.side_exit_count || 0;
  return {
    name,
    kind,
    exits,
    insns,
    per_1000: insns > 0 ? (1000 * exits) / insns : 0,
    ratio_in_jit: insns > 0 ? (100 * (s.jit_insns_count || 0)) / insns : 0,
    entries: s.jit_entry_count || 0,
    backoffs: s.backoff_count || 0,
    exit_reasons: top(s.exit_reasons, o.top, 'leave'),
    slow_paths: top(s.slow_path_counts, o.top),
    runtime_calls: top(s.runtime_calls, o.top),
    // what test/lbbv/exit-policy.ts reads
    counters: {
      side_exit_count: exits,
      jit_insns_count: s.jit_insns_count || 0,
      vm_insns_count: s.vm_insns_count || 0,
      exit_reasons: s.exit_reasons || {},
      slow_path_counts: s.slow_path_counts || {},
    },
    note: note || '',
  };
}

/** Runs a process to completion: {status, stdout, stderr}. */
function run(args, cwd, timeout) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

async function runDiff(file, o, out) {
  const r = await run([LBBV, '--stats-json=' + out, ...jitFlags(o), path.basename(file), 'a1', 'a2'], path.dirname(file), 120000);
  if (!fs.existsSync(out)) return { error: 'no statistics (exit ' + r.status + ')' };
  return { stats: JSON.parse(fs.readFileSync(out, 'utf8')), status: r.status };
}

async function runPort(program, o, out) {
  const n = String(o.iters);
  const args = [LBBV, '--stats-json=' + out, ...jitFlags(o), program, '--warmup', '0', '--iters', n, '--max-iters', n, '--min-time', '0', '--exit-stats'];
  if (!o.full) args.push('--small');
  const r = await run(args, ROOT, 900000);
  const snaps = [];
  for (const line of (r.stdout || '').split('\n')) {
    const m = /^EXIT_STATS (\d+) (.*)$/.exec(line);
    if (m) snaps[Number(m[1])] = JSON.parse(m[2]);
  }
  if (r.status !== 0 || snaps.length <= o.iters) return { error: 'run failed (exit ' + r.status + '): ' + String(r.stderr || r.stdout).trim().split('\n').slice(-1)[0] };
  const mid = Math.ceil(o.iters / 2);
  return { stats: delta(snaps[mid], snaps[o.iters]) };
}

function fmt(n) {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-exit-rate-'));
  const want = (name) => o.names.length === 0 || o.names.some((s) => name.includes(s));
  // Each task measures one program: {name, measure(statsJsonPath) -> {stats} | {error}, kind}.
  const tasks = [];
  if (o.diff) {
    const base = path.join(ROOT, 'test', 'diff', 'programs');
    for (const tier of fs.readdirSync(base).sort()) {
      const dir = path.join(base, tier);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.js')).sort()) {
        const name = tier + '/' + f;
        if (want(name)) tasks.push({ name, kind: 'diff (whole run)', measure: (out) => runDiff(path.join(dir, f), o, out) });
      }
    }
  }
  if (o.ports) {
    for (const p of listPorts()) {
      const name = 'bench/' + p.category + '/' + p.name;
      const kind = `port (iterations ${Math.ceil(o.iters / 2) + 1}..${o.iters}${o.full ? '' : ', small'})`;
      if (want(name)) tasks.push({ name, kind, measure: (out) => runPort(programFor(p, CACHE_DIR), o, out) });
    }
  }
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async (w) => {
    while (next < tasks.length) {
      const i = next++;
      process.stderr.write(`\r\x1b[2K${tasks[i].name}`);
      results[i] = await tasks[i].measure(path.join(tmp, `w${w}-${i}.json`));
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.jobs, tasks.length) }, (_, w) => worker(w)));
  const rows = [];
  const failures = [];
  tasks.forEach((t, i) => {
    if (results[i].error) failures.push(t.name + ': ' + results[i].error);
    else rows.push(row(t.name, t.kind, results[i].stats, o));
  });
  process.stderr.write('\r\x1b[2K');
  fs.rmSync(tmp, { recursive: true, force: true });

  const listed = (r) => r.per_1000 > o.limit && (r.kind.startsWith('port') || r.exits >= o.minExits);
  const shown = rows.filter((r) => o.all || listed(r)).sort((a, b) => b.per_1000 - a.per_1000);
  console.log(`side exits per 1,000 instructions, lbbv ${jitFlags(o).join(' ') || '(default threshold)'} --stats-json; ` +
    `${rows.length} programs measured, ${rows.filter(listed).length} above ${o.limit} per 1,000` +
    `${o.diff ? ` (differential programs: whole run, >= ${o.minExits} exits)` : ''}`);
  for (const r of shown) {
    console.log(`${fmt(r.per_1000).padStart(8)}  ${r.name}  [${r.kind}]  exits=${r.exits} insns=${r.insns} in_jit=${r.ratio_in_jit.toFixed(1)}% entries=${r.entries} backoffs=${r.backoffs}${listed(r) ? '' : '  (not listed)'}`);
    if (r.exit_reasons.length) console.log('            exits: ' + r.exit_reasons.join(', '));
    if (r.slow_paths.length) console.log('            slow paths: ' + r.slow_paths.join(', '));
    if (r.runtime_calls.length) console.log('            runtime calls: ' + r.runtime_calls.join(', '));
  }
  const lowJit = rows.filter((r) => r.ratio_in_jit < o.minInJit && r.insns >= 100000).sort((a, b) => a.ratio_in_jit - b.ratio_in_jit);
  if (lowJit.length) {
    console.log(`\nbelow ${o.minInJit}% of instructions in machine code (programs with >= 100,000 instructions): ${lowJit.length}`);
    for (const r of lowJit) {
      console.log(`${(r.ratio_in_jit.toFixed(1) + '%').padStart(8)}  ${r.name}  exits=${r.exits} (${fmt(r.per_1000)}/1000) entries=${r.entries} backoffs=${r.backoffs}  exits: ${r.exit_reasons.join(', ') || '-'}`);
      if (r.slow_paths.length) console.log('            slow paths: ' + r.slow_paths.join(', '));
    }
  }
  if (failures.length) console.log('\nnot measured:\n  ' + failures.join('\n  '));
  if (o.json) fs.writeFileSync(o.json, JSON.stringify({ options: o, rows, failures }, null, 2) + '\n');
  return 0;
}

main().then((code) => (process.exitCode = code));
