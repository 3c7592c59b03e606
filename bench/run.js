#!/usr/bin/env node
'use strict';
// The benchmark runner: `npm run bench -- [names] [options]`.
// Runs every selected port under every selected engine, each in its own
// process, and prints a table of median per-iteration times and speedups.
// See bench/README.md.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { listPorts, selectPorts, programFor, CACHE_DIR } = require('./lib/ports');
const { selectEngines, probe, REPO } = require('./lib/engines');
const { runProcess } = require('./lib/proc');
const { table, jsonDocument, normaliseExitReasons, STAT_KEYS } = require('./lib/report');
const { median, fmtMs, findKey } = require('./lib/util');

const USAGE = `Usage: npm run bench -- [names...] [options]
       node bench/run.js [names...] [options]

names             benchmarks to run (exact names, a prefix ending in '*', or
                  a category: category:yjit, category:oo); default: all
--quick           1 warm-up + 1 measured iteration, 2 s per-process budget
--engines=LIST    comma-separated engines: lbbv-interp, lbbv-jit,
                  node-jitless, node-sparkplug, node (default: all)
--warmup=N        warm-up iterations per process        (default 5)
--iters=N         minimum measured iterations            (default 10)
--min-time=S      minimum measured seconds per process   (default 3)
--max-iters=N     cap on measured iterations (0 = none)  (default 0)
--max-time=S      per-process time budget passed to the ports: past it,
                  warm-ups are skipped and measuring stops after one
                  measured iteration (0 = none)          (default 0, quick 2)
--timeout=S       kill a run after S seconds             (default 900, quick 120)
--small           run the ports' small workloads (checks the harness quickly)
--no-versioning-run=0
                  skip the second lbbv JIT run with --jit-max-versions=1
--json=PATH       write the results as JSON
--html=PATH       write a self-contained HTML report
--list            list the benchmarks and exit
--inproc ...      time ports in-process with benchmark.js (bench/inproc.js)
--help            this text
`;

function parseCli(argv) {
  const o = {
    names: [],
    quick: false,
    engines: null,
    warmup: null,
    iters: null,
    minTime: null,
    maxIters: null,
    maxTime: null,
    timeout: null,
    small: false,
    noVersioningRun: true,
    json: null,
    html: null,
    list: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      o.names.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const key = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    const takes = ['engines', 'warmup', 'iters', 'min-time', 'max-iters', 'max-time', 'timeout', 'json', 'html', 'no-versioning-run'];
    let val = eq >= 0 ? a.slice(eq + 1) : null;
    if (val === null && takes.includes(key) && key !== 'no-versioning-run') val = argv[++i];
    const num = () => {
      const n = Number(val);
      if (!isFinite(n) || n < 0) throw new Error(`--${key} expects a non-negative number, got '${val}'`);
      return n;
    };
    switch (key) {
      case 'quick': o.quick = true; break;
      case 'small': o.small = true; break;
      case 'list': o.list = true; break;
      case 'help': o.help = true; break;
      case 'engines': o.engines = val; break;
      case 'warmup': o.warmup = Math.floor(num()); break;
      case 'iters': o.iters = Math.floor(num()); break;
      case 'min-time': o.minTime = num(); break;
      case 'max-iters': o.maxIters = Math.floor(num()); break;
      case 'max-time': o.maxTime = num(); break;
      case 'timeout': o.timeout = num(); break;
      case 'json': o.json = val; break;
      case 'html': o.html = val; break;
      case 'no-versioning-run': o.noVersioningRun = !(val === '0' || val === 'false' || val === 'no'); break;
      default: throw new Error(`unknown option '${a}'\n\n${USAGE}`);
    }
  }
  const def = o.quick ? { warmup: 1, iters: 1, minTime: 0, maxIters: 1, maxTime: 2, timeout: 120 } : { warmup: 5, iters: 10, minTime: 3, maxIters: 0, maxTime: 0, timeout: 900 };
  for (const k of Object.keys(def)) if (o[k] === null) o[k] = def[k];
  if (o.iters < 1) o.iters = 1;
  return o;
}

class Progress {
  constructor(stream) {
    this.stream = stream;
    this.tty = !!stream.isTTY;
    this.live = '';
  }
  update(text) {
    if (!this.tty) return;
    const cols = this.stream.columns || 100;
    this.live = text.length > cols - 1 ? text.slice(0, cols - 1) : text;
    this.stream.write('\r\x1b[2K' + this.live);
  }
  // A finished step: on a terminal it replaces the live line (one line in
  // all), otherwise it is printed as a line of its own.
  step(text) {
    if (this.tty) this.update(text);
    else this.stream.write(text + '\n');
  }
  // Something to keep on screen (engine probes, failures): always a line.
  line(text) {
    if (this.tty) this.stream.write('\r\x1b[2K');
    this.stream.write(text + '\n');
    if (this.tty && this.live) this.stream.write(this.live);
  }
  clear() {
    if (this.tty) this.stream.write('\r\x1b[2K');
    this.live = '';
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return null;
  }
}

function pickStats(raw) {
  const s = {};
  for (const k of STAT_KEYS) {
    const v = findKey(raw, k);
    s[k] = v === undefined ? null : v;
  }
  s.exit_reasons = normaliseExitReasons(findKey(raw, 'exit_reasons'), 10);
  return s;
}

async function main(argv) {
  if (argv[0] === '--inproc' || argv.includes('--inproc')) {
    return require('./inproc').main(argv.filter((a) => a !== '--inproc'));
  }
  const opts = parseCli(argv);
  if (opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const all = listPorts();
  if (opts.list) {
    for (const p of all) console.log(p.name + '  [' + p.category + ']' + (p.generator ? '  (generated)' : ''));
    return 0;
  }
  const ports = selectPorts(all, opts.names);
  const engines = selectEngines(opts.engines);
  const progress = new Progress(process.stderr);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-bench-'));
  const t0 = Date.now();

  for (const e of engines) {
    const p = probe(e, CACHE_DIR);
    e.available = p.ok;
    e.reason = p.reason;
    e.flags = p.flags || new Set();
    progress.line(`engine ${e.id.padEnd(15)} ${p.ok ? 'ok' : 'n/a (' + p.reason + ')'}   [${['node'].concat(e.args.map((a) => path.relative(REPO, a) || a)).join(' ')}]`);
  }

  const harnessArgs = ['--warmup', String(opts.warmup), '--iters', String(opts.iters), '--min-time', String(opts.minTime)];
  if (opts.maxIters) harnessArgs.push('--max-iters', String(opts.maxIters));
  if (opts.maxTime) harnessArgs.push('--max-time', String(opts.maxTime));
  if (opts.small) harnessArgs.push('--small');

  const results = [];
  for (let pi = 0; pi < ports.length; pi++) {
    const port = ports[pi];
    const tag = `[${pi + 1}/${ports.length}] ${port.name}`;
    const b = { name: port.name, category: port.category, runs: {}, medians: {}, stats: null, statsIter: null };
    results.push(b);
    let program = null;
    let genError = null;
    try {
      progress.update(`${tag}: preparing`);
      program = programFor(port, CACHE_DIR);
    } catch (e) {
      genError = 'generator failed: ' + String(e.message).split('\n')[0];
    }
    for (const e of engines) {
      if (!e.available || genError) {
        b.runs[e.id] = { ok: false, reason: genError || e.reason, warmup: [], measure: [] };
        continue;
      }
      // The timed run is never instrumented: --stats makes generated code
      // count every instruction and type check. JIT statistics come from a
      // second, untimed run with the same iteration counts (below).
      const args = e.args.concat([program], harnessArgs);
      let iter = 0;
      progress.update(`${tag} · ${e.id}: starting`);
      const r = await runProcess(args, {
        cwd: REPO,
        timeoutMs: opts.timeout * 1000,
        onLine: (line) => {
          const m = /^ITER (\d+) (\w+) ([0-9.]+)/.exec(line);
          if (m) {
            iter = Number(m[1]);
            progress.update(`${tag} · ${e.id}: ${m[2]} iteration ${iter} took ${fmtMs(Number(m[3]))} ms`);
          }
        },
      });
      b.runs[e.id] = { ok: r.ok, reason: r.reason, warmup: r.warmup, measure: r.measure, elapsed_ms: r.elapsedMs };
      b.medians[e.id] = r.ok ? median(r.measure) : null;
      if (r.ok) progress.step(`${tag} · ${e.id}: median ${fmtMs(b.medians[e.id])} ms over ${r.measure.length} iterations`);
      else progress.line(`${tag} · ${e.id}: n/a (${r.reason})`);

      if (e.jit && r.ok) {
        const n = String(r.measure.length);
        const sameIters = ['--warmup', String(r.warmup.length), '--iters', n, '--max-iters', n, '--min-time', '0'];
        let statsPath = null;
        let statsIter = [];
        if (e.flags.has('--stats-json')) {
          statsPath = path.join(tmp, `${port.name}.stats.json`);
          const sArgs = e.args.concat(['--stats-json=' + statsPath], e.flags.has('--stats-iter') ? ['--stats-iter'] : [], [program], sameIters);
          if (opts.small) sArgs.push('--small');
          progress.update(`${tag} · ${e.id}: statistics run`);
          const sr = await runProcess(sArgs, { cwd: REPO, timeoutMs: opts.timeout * 1000 });
          if (!sr.ok) {
            progress.line(`${tag} · ${e.id} statistics run: n/a (${sr.reason})`);
            statsPath = null;
          } else statsIter = sr.statsIter;
        }
        b.statsIter = statsIter.length ? statsIter : null;
        const raw = statsPath ? readJson(statsPath) : null;
        b.stats = pickStats(raw || {});
        b.stats.type_checks_executed_no_versioning = null;
        // the comparison run only makes sense when the JIT reports type checks
        if (opts.noVersioningRun && e.flags.has('--jit-max-versions') && statsPath && b.stats.type_checks_executed !== null) {
          const nvPath = path.join(tmp, `${port.name}.nover.stats.json`);
          const nvArgs = e.args.concat(['--jit-max-versions=1', '--stats-json=' + nvPath, program], sameIters);
          if (opts.small) nvArgs.push('--small');
          progress.update(`${tag} · ${e.id}: second run with --jit-max-versions=1`);
          const nv = await runProcess(nvArgs, { cwd: REPO, timeoutMs: opts.timeout * 1000 });
          const nvRaw = nv.ok ? readJson(nvPath) : null;
          const v = nvRaw ? findKey(nvRaw, 'type_checks_executed') : undefined;
          b.stats.type_checks_executed_no_versioning = v === undefined ? null : v;
          if (!nv.ok) progress.line(`${tag} · ${e.id} --jit-max-versions=1: n/a (${nv.reason})`);
        }
      }
    }
  }
  progress.clear();
  fs.rmSync(tmp, { recursive: true, force: true });

  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  console.log(`\nlbbv benchmarks: ${ports.length} ports, engines ${engines.map((e) => e.id).join(', ')}; ` +
    `warmup=${opts.warmup} iters>=${opts.iters} min-time=${opts.minTime}s${opts.maxIters ? ' max-iters=' + opts.maxIters : ''}${opts.maxTime ? ' max-time=' + opts.maxTime + 's' : ''}${opts.small ? ' (small workloads)' : ''}; ${secs} s\n`);
  console.log(table(results, engines));

  const meta = { options: { quick: opts.quick, warmup: opts.warmup, iters: opts.iters, min_time: opts.minTime, max_iters: opts.maxIters, max_time: opts.maxTime, small: opts.small }, repo: REPO };
  const doc = jsonDocument(results, engines, meta);
  if (opts.json) {
    fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
    fs.writeFileSync(opts.json, JSON.stringify(doc, null, 2) + '\n');
    console.log(`\nJSON written to ${opts.json}`);
  }
  if (opts.html) {
    const { renderHtml } = require('./lib/html');
    fs.mkdirSync(path.dirname(path.resolve(opts.html)), { recursive: true });
    fs.writeFileSync(opts.html, renderHtml(doc));
    console.log(`HTML report written to ${opts.html}`);
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code || 0;
    },
    (err) => {
      process.stderr.write(`bench: ${err && err.message ? err.message : err}\n`);
      process.exitCode = 2;
    }
  );
}

module.exports = { main, parseCli, pickStats };
