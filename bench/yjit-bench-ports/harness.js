'use strict';
// Iteration harness shared by every port in this folder.
//
// It is written in the lbbv JavaScript subset (no destructuring, spread,
// default parameters, Map/Set, regexps, getters, ...) so that the same file
// runs under `node` and under `lbbv`.
//
// A port calls
//
//   run({
//     name: 'fib',
//     config: { n: 32 },          // the default (full-size) workload
//     small: { n: 20 },           // the workload used with --small (tests)
//     setup: function (cfg) { return state; },      // optional, untimed
//     benchmark: function (state) { return result; }, // one iteration, timed
//     check: function (result, state) { return true; } // untimed; true, or
//                                  // false / a message string / throw = fail
//   });
//
// Command line (both `--flag N` and `--flag=N` work):
//   --warmup N     warm-up iterations                        (default 3)
//   --iters N      minimum measured iterations               (default 5)
//   --min-time S   minimum total measured time, in seconds   (default 2)
//   --max-iters N  stop measuring after N iterations even if --min-time
//                  is not reached (0 = no limit)              (default 0)
//   --max-time S   time budget in seconds (0 = none): once warm-up plus
//                  measured iterations have taken S seconds, the remaining
//                  warm-ups are skipped and measuring stops as soon as one
//                  measured iteration exists (for slow engines)  (default 0)
//   --quick        --warmup 1 --iters 2 --min-time 0 (explicit flags win)
//   --small        use the port's small workload (for correctness tests)
//   --quiet        print only the SUMMARY line (and errors)
//   --exit-stats   after every iteration, print the lbbv counters that
//                  tools/exit-rate.js needs (see EXIT_STATS below)
//
// Output, one line each, on stdout:
//   BENCH <name> warmup=<N> iters=<N> min_time=<S> size=<default|small>
//   ITER <i> <warmup|measure> <ms>            (i counts from 1)
//   STATS_ITER <i> compiled_block_count=<n>   (only when the engine exposes
//                                              the lbbv stats hook, see below)
//   EXIT_STATS <i> <json>                     (only with --exit-stats and the
//                                              hook: side_exit_count,
//                                              jit_insns_count, vm_insns_count,
//                                              jit_entry_count, backoff_count,
//                                              exit_reasons, slow_path_counts,
//                                              runtime_calls, cumulative)
//   SUMMARY <name> ok warmup=<N> iters=<N> median_ms=<x> mean_ms=<x> min_ms=<x> max_ms=<x> total_ms=<x>
// On a failed check:
//   CHECK_FAILED <name> iter=<i> <message>    and the process exits with 1.
//
// lbbv stats hook: if the engine defines a global `__lbbv_stats` function
// returning an object, its `compiled_block_count` is printed after every
// iteration as a STATS_ITER line (lbbv may instead print the same lines to
// stderr itself when run with --stats-iter; the runner reads both streams).

var collectMode = false;
var collected = [];

function setCollectMode(on) {
  collectMode = on;
}

function collectedSpecs() {
  return collected;
}

function now() {
  if (typeof performance !== 'undefined' && typeof performance.now === 'function') {
    return performance.now();
  }
  var t = process.hrtime();
  return t[0] * 1000 + t[1] / 1e6;
}

function parseArgs(argv) {
  var opts = {
    warmup: 3,
    iters: 5,
    minTime: 2,
    maxIters: 0,
    maxTime: 0,
    small: false,
    quiet: false,
    exitStats: false,
  };
  var given = {};
  var quick = false;
  var i = 0;
  while (i < argv.length) {
    var arg = String(argv[i]);
    i++;
    if (arg.substring(0, 2) !== '--') continue;
    var key = arg.substring(2);
    var value = null;
    var eq = key.indexOf('=');
    if (eq >= 0) {
      value = key.substring(eq + 1);
      key = key.substring(0, eq);
    }
    if (key === 'quick') {
      quick = true;
    } else if (key === 'small') {
      opts.small = true;
    } else if (key === 'quiet') {
      opts.quiet = true;
    } else if (key === 'exit-stats') {
      opts.exitStats = true;
    } else if (key === 'warmup' || key === 'iters' || key === 'min-time' || key === 'max-iters' || key === 'max-time') {
      if (value === null) {
        value = i < argv.length ? String(argv[i]) : '';
        i++;
      }
      var num = Number(value);
      if (isNaN(num) || num < 0) {
        throw new RangeError('harness: bad value for --' + key + ': ' + value);
      }
      if (key === 'warmup') opts.warmup = Math.floor(num);
      else if (key === 'iters') opts.iters = Math.floor(num);
      else if (key === 'min-time') opts.minTime = num;
      else if (key === 'max-time') opts.maxTime = num;
      else opts.maxIters = Math.floor(num);
      given[key] = true;
    }
  }
  if (quick) {
    if (!given['warmup']) opts.warmup = 1;
    if (!given['iters']) opts.iters = 2;
    if (!given['min-time']) opts.minTime = 0;
  }
  if (opts.iters < 1) opts.iters = 1;
  return opts;
}

function fmt(ms) {
  return ms.toFixed(3);
}

function sortNumbers(a) {
  var b = a.slice();
  b.sort(function (x, y) {
    return x - y;
  });
  return b;
}

function median(a) {
  if (a.length === 0) return 0;
  var b = sortNumbers(a);
  var mid = Math.floor(b.length / 2);
  if (b.length % 2 === 1) return b[mid];
  return (b[mid - 1] + b[mid]) / 2;
}

function statsHook() {
  if (typeof __lbbv_stats === 'function') {
    // eslint-disable-next-line no-undef
    return __lbbv_stats;
  }
  return null;
}

function printExitStats(iter, s) {
  var picked = {
    side_exit_count: s.side_exit_count,
    jit_insns_count: s.jit_insns_count,
    vm_insns_count: s.vm_insns_count,
    jit_entry_count: s.jit_entry_count,
    backoff_count: s.backoff_count,
    exit_reasons: s.exit_reasons,
    slow_path_counts: s.slow_path_counts,
    runtime_calls: s.runtime_calls,
  };
  console.log('EXIT_STATS ' + iter + ' ' + JSON.stringify(picked));
}

function fail(name, iter, message) {
  console.log('CHECK_FAILED ' + name + ' iter=' + iter + ' ' + message);
  process.exit(1);
  throw new Error('check failed: ' + message);
}

function runCheck(spec, result, state, iter) {
  var verdict;
  try {
    verdict = spec.check(result, state);
  } catch (e) {
    fail(spec.name, iter, 'check threw: ' + (e && e.message ? e.message : String(e)));
    return;
  }
  if (verdict === true || verdict === undefined) return;
  if (verdict === false) fail(spec.name, iter, 'wrong result: ' + String(result));
  else fail(spec.name, iter, String(verdict));
}

// The ITER line of one iteration, and the statistics lines (STATS_ITER,
// EXIT_STATS) when the engine has a statistics hook.
// The SUMMARY line of a finished run; returns the measured times.
function summarize(spec, times, warmups, total) {
  var sum = 0;
  var mn = times[0];
  var mx = times[0];
  for (var k = 0; k < times.length; k++) {
    sum += times[k];
    if (times[k] < mn) mn = times[k];
    if (times[k] > mx) mx = times[k];
  }
  console.log(
    'SUMMARY ' + spec.name + ' ok warmup=' + warmups + ' iters=' + times.length +
    ' median_ms=' + fmt(median(times)) + ' mean_ms=' + fmt(sum / times.length) +
    ' min_ms=' + fmt(mn) + ' max_ms=' + fmt(mx) + ' total_ms=' + fmt(total)
  );
  return times;
}

function reportIter(opts, hook, iter, measuring, ms) {
  if (opts.quiet) return;
  console.log('ITER ' + iter + ' ' + (measuring ? 'measure' : 'warmup') + ' ' + fmt(ms));
  if (hook === null) return;
  var s = hook();
  if (s && s.compiled_block_count !== undefined) {
    console.log('STATS_ITER ' + iter + ' compiled_block_count=' + s.compiled_block_count);
  }
  if (s && opts.exitStats) printExitStats(iter, s);
}

function run(spec) {
  if (collectMode) {
    collected.push(spec);
    return null;
  }
  var opts = parseArgs(process.argv);
  var cfg = opts.small && spec.small ? spec.small : spec.config;
  if (cfg === undefined) cfg = {};
  var state = spec.setup ? spec.setup(cfg) : cfg;
  var hook = statsHook();

  console.log(
    'BENCH ' + spec.name + ' warmup=' + opts.warmup + ' iters=' + opts.iters +
    ' min_time=' + opts.minTime + ' size=' + (opts.small ? 'small' : 'default')
  );

  var times = [];
  var total = 0;
  var iter = 0;
  var spent = 0;
  var warmups = 0;
  while (true) {
    var overBudget = opts.maxTime > 0 && spent >= opts.maxTime * 1000;
    var measuring = warmups >= opts.warmup || overBudget;
    var done = times.length;
    if (overBudget && done >= 1) break;
    if (measuring) {
      if (done >= opts.iters && total >= opts.minTime * 1000) break;
      if (opts.maxIters > 0 && done >= opts.maxIters && done >= opts.iters) break;
    }
    iter++;
    var t0 = now();
    var result = spec.benchmark(state);
    var ms = now() - t0;
    spent += ms;
    if (!measuring) warmups++;
    if (measuring) {
      times.push(ms);
      total += ms;
    }
    reportIter(opts, hook, iter, measuring, ms);
    if (spec.check) runCheck(spec, result, state, iter);
  }

  return summarize(spec, times, warmups, total);
}

// run() for a benchmark whose iteration is asynchronous: spec.benchmark returns
// a promise (Promise chains, async functions). Each iteration is timed from the
// call until its promise settles (the jobs it queues run in between); the lines
// printed are run()'s.
function runAsync(spec) {
  if (collectMode) {
    collected.push(spec);
    return null;
  }
  var opts = parseArgs(process.argv);
  var cfg = opts.small && spec.small ? spec.small : spec.config;
  if (cfg === undefined) cfg = {};
  var state = spec.setup ? spec.setup(cfg) : cfg;
  console.log(
    'BENCH ' + spec.name + ' warmup=' + opts.warmup + ' iters=' + opts.iters +
    ' min_time=' + opts.minTime + ' size=' + (opts.small ? 'small' : 'default')
  );
  var times = [];
  var total = 0;
  var iter = 0;
  var spent = 0;
  var warmups = 0;
  var hook = statsHook();
  function finish() {
    return summarize(spec, times, warmups, total);
  }
  function step() {
    var overBudget = opts.maxTime > 0 && spent >= opts.maxTime * 1000;
    var measuring = warmups >= opts.warmup || overBudget;
    var done = times.length;
    if (overBudget && done >= 1) return finish();
    if (measuring) {
      if (done >= opts.iters && total >= opts.minTime * 1000) return finish();
      if (opts.maxIters > 0 && done >= opts.maxIters && done >= opts.iters) return finish();
    }
    iter++;
    var t0 = now();
    return spec.benchmark(state).then(function (result) {
      var ms = now() - t0;
      spent += ms;
      if (!measuring) warmups++;
      else {
        times.push(ms);
        total += ms;
      }
      reportIter(opts, hook, iter, measuring, ms);
      if (spec.check) runCheck(spec, result, state, iter);
      return step();
    });
  }
  return step();
}

// A small deterministic PRNG (xorshift32) so that ports never depend on
// Math.random and their results can be checked.
class Rng {
  constructor(seed) {
    var s = seed | 0;
    if (s === 0) s = 0x2545f491;
    this.state = s;
  }
  // next unsigned 32-bit integer
  nextU32() {
    var x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x;
    return x >>> 0;
  }
  // float in [0, 1)
  next() {
    return this.nextU32() / 4294967296;
  }
  // integer in [0, n)
  int(n) {
    return Math.floor(this.next() * n);
  }
}

module.exports = {
  runAsync: runAsync,
  run: run,
  parseArgs: parseArgs,
  median: median,
  Rng: Rng,
  setCollectMode: setCollectMode,
  collectedSpecs: collectedSpecs,
};
