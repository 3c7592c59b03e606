'use strict';
// Turning results into the stdout table and the JSON document.
const os = require('os');
const { median, geomean, ratio, fmtMs, fmtX, fmtNum, textTable } = require('./util');

const STAT_KEYS = [
  'versions_per_block',
  'max_versions_per_block',
  'compiled_blockid_count',
  'versions_histogram',
  'compiled_block_count',
  'ratio_in_jit',
  'side_exit_count',
  'type_checks_executed',
];

const TIME_FIELDS = {
  'lbbv-interp': 'interp_ms',
  'lbbv-jit': 'jit_ms',
  'node-jitless': 'node_jitless_ms',
  'node-sparkplug': 'node_sparkplug_ms',
  node: 'node_ms',
};

// speedup columns: [label, json key, numerator engine, denominator engine]
const SPEEDUPS = [
  ['jit/interp', 'jit_vs_interp', 'lbbv-interp', 'lbbv-jit'],
  ['jit/jitless', 'jit_vs_node_jitless', 'node-jitless', 'lbbv-jit'],
  ['jit/sparkplug', 'jit_vs_node_sparkplug', 'node-sparkplug', 'lbbv-jit'],
  ['sparkplug/jitless', 'node_sparkplug_vs_node_jitless', 'node-jitless', 'node-sparkplug'],
  ['node/jitless', 'node_vs_node_jitless', 'node-jitless', 'node'],
];

/** Where the figures come from: the lbbv commit and version, node, the machine. */
function provenance(repo) {
  const { execFileSync } = require('child_process');
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  let version = null;
  try {
    version = JSON.parse(require('fs').readFileSync(require('path').join(repo, 'package.json'), 'utf8')).version;
  } catch {
    // not in a checkout
  }
  const status = git(['status', '--porcelain', '--untracked-files=no']);
  return {
    commit: git(['rev-parse', 'HEAD']),
    commit_date: git(['show', '-s', '--format=%cI', 'HEAD']),
    commit_dirty: status === null ? null : status !== '',
    lbbv_version: version,
    cpu_count: os.cpus().length,
    memory_gib: +(os.totalmem() / 2 ** 30).toFixed(1),
    load_average: os.loadavg().map((x) => +x.toFixed(2)),
    kernel: `${os.type()} ${os.release()}`,
  };
}

function machineDescription() {
  const cpus = os.cpus();
  const model = cpus.length ? cpus[0].model.replace(/\s+/g, ' ').trim() : 'unknown CPU';
  return `${cpus.length}-core ${os.arch()} ${os.platform()} (${model})`;
}

function speedupsOf(b) {
  const out = {};
  for (const s of SPEEDUPS) out[s[1]] = ratio(b.medians[s[2]], b.medians[s[3]]);
  return out;
}

function cellFor(b, engineId) {
  const r = b.runs[engineId];
  if (!r) return '-';
  if (!r.ok) return 'n/a';
  return fmtMs(b.medians[engineId]);
}

function categoriesOf(results) {
  const cats = [];
  for (const b of results) if (b.category && !cats.includes(b.category)) cats.push(b.category);
  return cats;
}

function table(results, engines) {
  const header = ['benchmark (median ms/iter)'].concat(engines.map((e) => e.id), SPEEDUPS.map((s) => s[0]));
  const rows = [];
  const cols = SPEEDUPS.map(() => []);
  for (const b of results) {
    const sp = speedupsOf(b);
    const row = [b.name].concat(engines.map((e) => cellFor(b, e.id)));
    SPEEDUPS.forEach((s, i) => {
      row.push(fmtX(sp[s[1]]));
      cols[i].push(sp[s[1]]);
    });
    rows.push(row);
  }
  rows.push(['geomean'].concat(engines.map(() => ''), cols.map((c) => fmtX(geomean(c)))));
  // one geomean per category when the run mixes them (yjit ports, oo programs)
  const cats = categoriesOf(results);
  if (cats.length > 1) {
    for (const cat of cats) {
      const sub = results.filter((b) => b.category === cat);
      rows.push([`geomean (${cat})`].concat(engines.map(() => ''), SPEEDUPS.map((s) => fmtX(geomean(sub.map((b) => speedupsOf(b)[s[1]]))))));
    }
  }
  let text = textTable(header, rows);

  const notes = [];
  for (const b of results) {
    for (const e of engines) {
      const r = b.runs[e.id];
      if (r && !r.ok) notes.push(`  ${b.name} / ${e.id}: n/a (${r.reason})`);
    }
  }
  if (notes.length) text += '\n\nn/a:\n' + notes.join('\n');

  const withStats = results.filter((b) => b.stats && Object.values(b.stats).some((v) => v !== null));
  if (withStats.length) {
    const h = ['lbbv JIT stats', 'versions/block', 'compiled blocks', 'in JIT', 'side exits', 'type checks', 'type checks (1 version)', 'top side exit'];
    const srows = withStats.map((b) => {
      const s = b.stats;
      // 'leave' (returns through the interpreter boundary) is not a side exit: name the top side exit
      const reasons = Array.isArray(s.exit_reasons) ? s.exit_reasons.filter((r) => r.reason !== 'leave') : [];
      const top = reasons.length ? `${reasons[0].reason} (${reasons[0].count})` : Array.isArray(s.exit_reasons) ? 'none' : 'n/a';
      return [
        b.name,
        fmtNum(s.versions_per_block),
        fmtNum(s.compiled_block_count),
        typeof s.ratio_in_jit === 'number' ? s.ratio_in_jit.toFixed(1) + '%' : 'n/a',
        fmtNum(s.side_exit_count),
        fmtNum(s.type_checks_executed),
        fmtNum(s.type_checks_executed_no_versioning),
        top,
      ];
    });
    text += '\n\n' + textTable(h, srows);
  }
  return text;
}

// exit reasons may come as {reason: count} or [{reason, count}] or [[r, c]]
function normaliseExitReasons(v, limit) {
  if (v === undefined || v === null) return null;
  let list = [];
  if (Array.isArray(v)) {
    list = v.map((x) => (Array.isArray(x) ? { reason: String(x[0]), count: Number(x[1]) } : { reason: String(x.reason || x.name || x.key), count: Number(x.count || x.value || 0) }));
  } else if (typeof v === 'object') {
    list = Object.keys(v).map((k) => ({ reason: k, count: Number(v[k]) }));
  }
  list.sort((a, b) => b.count - a.count);
  return list.slice(0, limit || 10);
}

function jsonDocument(results, engines, meta) {
  return {
    machine: machineDescription(),
    node_version: process.version,
    date: new Date().toISOString(),
    ...provenance(require('./engines').REPO),
    options: meta.options,
    engines: engines.map((e) => ({
      id: e.id,
      command: 'node ' + e.args.map((a) => a.replace(meta.repo + '/', '')).join(' '),
      available: e.available,
      reason: e.reason || null,
    })),
    benchmarks: results.map((b) => {
      const o = { name: b.name, category: b.category || null };
      for (const id of Object.keys(TIME_FIELDS)) o[TIME_FIELDS[id]] = b.medians[id] === undefined ? null : b.medians[id];
      const s = b.stats || {};
      for (const k of STAT_KEYS) o[k] = s[k] === undefined ? null : s[k];
      o.type_checks_executed_no_versioning = s.type_checks_executed_no_versioning === undefined ? null : s.type_checks_executed_no_versioning;
      o.exit_reasons = s.exit_reasons || null;
      o.speedups = speedupsOf(b);
      o.compiled_blocks_per_iter = b.statsIter || null;
      o.iterations = {};
      o.status = {};
      for (const id of Object.keys(b.runs)) {
        const r = b.runs[id];
        o.iterations[id] = { warmup: r.warmup || [], measure: r.measure || [] };
        o.status[id] = r.ok ? 'ok' : 'n/a: ' + r.reason;
      }
      return o;
    }),
    geomean_speedups: Object.fromEntries(SPEEDUPS.map((s) => [s[1], geomean(results.map((b) => speedupsOf(b)[s[1]]))])),
    geomean_speedups_by_category: Object.fromEntries(
      categoriesOf(results).map((cat) => {
        const sub = results.filter((b) => b.category === cat);
        return [cat, Object.fromEntries(SPEEDUPS.map((s) => [s[1], geomean(sub.map((b) => speedupsOf(b)[s[1]]))]))];
      })
    ),
  };
}

module.exports = { table, jsonDocument, provenance, normaliseExitReasons, STAT_KEYS, SPEEDUPS, TIME_FIELDS, median };
