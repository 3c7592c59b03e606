'use strict';
// A self-contained HTML report: inline SVG charts drawn here, no external
// scripts, styles or fonts.
const { fmtMs, fmtX, fmtNum } = require('./util');

const COLOURS = {
  'lbbv-interp': '#8c564b',
  'lbbv-jit': '#d62728',
  'node-jitless': '#1f77b4',
  'node-sparkplug': '#2ca02c',
  node: '#9467bd',
};
const SPEEDUP_COLOURS = ['#d62728', '#ff7f0e', '#bcbd22', '#2ca02c', '#9467bd'];
const SPEEDUP_KEYS = [
  ['jit_vs_interp', 'lbbv JIT vs lbbv interpreter', 'jit/interp'],
  ['jit_vs_node_jitless', 'lbbv JIT vs node --jitless', 'jit/jitless'],
  ['jit_vs_node_sparkplug', 'lbbv JIT vs node Sparkplug', 'jit/sparkplug'],
  ['node_sparkplug_vs_node_jitless', 'node Sparkplug vs node --jitless', 'sparkplug/jitless'],
  ['node_vs_node_jitless', 'node (full JIT) vs node --jitless', 'node/jitless'],
];
const TIME_FIELDS = [
  ['lbbv-interp', 'interp_ms'],
  ['lbbv-jit', 'jit_ms'],
  ['node-jitless', 'node_jitless_ms'],
  ['node-sparkplug', 'node_sparkplug_ms'],
  ['node', 'node_ms'],
];

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function niceLogTicks(lo, hi) {
  const ticks = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * Math.pow(10, e);
      if (v >= lo * 0.999 && v <= hi * 1.001) ticks.push(v);
    }
  }
  return ticks;
}

// Horizontal grouped bars on a log2 axis centred on 1x.
function speedupChart(doc) {
  const keys = SPEEDUP_KEYS.filter(([k]) => doc.benchmarks.some((b) => b.speedups && b.speedups[k]));
  if (keys.length === 0) return '<p>No speedups: fewer than two engines produced times.</p>';
  const rows = doc.benchmarks.concat([{ name: 'geomean', speedups: doc.geomean_speedups }]);
  let lo = 1;
  let hi = 1;
  for (const b of rows) for (const [k] of keys) {
    const v = b.speedups && b.speedups[k];
    if (v) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  lo = Math.pow(2, Math.floor(Math.log2(lo)));
  hi = Math.pow(2, Math.ceil(Math.log2(hi)));
  if (hi / lo < 4) {
    lo /= 2;
    hi *= 2;
  }
  const barH = 7;
  const groupH = keys.length * barH + 8;
  const left = 170;
  const width = 900;
  const plotW = width - left - 20;
  const top = 30;
  // One legend entry per line: long labels are never cut off.
  const legendTop = top + rows.length * groupH + 34;
  const height = legendTop + keys.length * 16 + 4;
  const x = (v) => left + ((Math.log2(v) - Math.log2(lo)) / (Math.log2(hi) - Math.log2(lo))) * plotW;
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`];
  for (let e = Math.log2(lo); e <= Math.log2(hi); e++) {
    const v = Math.pow(2, e);
    out.push(`<line x1="${x(v)}" y1="${top - 5}" x2="${x(v)}" y2="${top + rows.length * groupH}" stroke="${v === 1 ? '#000' : '#ddd'}"/>`);
    out.push(`<text x="${x(v)}" y="${top - 10}" text-anchor="middle">${v >= 1 ? v : '1/' + 1 / v}x</text>`);
  }
  rows.forEach((b, i) => {
    const y0 = top + i * groupH;
    out.push(`<text x="${left - 6}" y="${y0 + groupH / 2 + 3}" text-anchor="end"${b.name === 'geomean' ? ' font-weight="bold"' : ''}>${esc(b.name)}</text>`);
    keys.forEach(([k, label], j) => {
      const v = b.speedups && b.speedups[k];
      if (!v) return;
      const xa = x(Math.min(1, v));
      const xb = x(Math.max(1, v));
      const colour = SPEEDUP_COLOURS[SPEEDUP_KEYS.findIndex((s) => s[0] === k)];
      out.push(`<rect x="${xa}" y="${y0 + 4 + j * barH}" width="${Math.max(1, xb - xa)}" height="${barH - 1}" fill="${colour}"><title>${esc(b.name)}: ${esc(label)} ${fmtX(v)}</title></rect>`);
    });
  });
  out.push(`<text x="${left + plotW / 2}" y="${top + rows.length * groupH + 18}" text-anchor="middle">speedup: ratio of median times per iteration (log scale; right of 1x, the first engine is faster)</text>`);
  keys.forEach(([k, label], i) => {
    const colour = SPEEDUP_COLOURS[SPEEDUP_KEYS.findIndex((s) => s[0] === k)];
    const ly = legendTop + i * 16;
    out.push(`<rect x="${left}" y="${ly}" width="10" height="10" fill="${colour}"/><text x="${left + 14}" y="${ly + 9}">${esc(label)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

// Bar chart of how many blocks have 1, 2, ... versions.
function histogramChart(hist) {
  let pairs = [];
  if (Array.isArray(hist)) pairs = hist.map((c, i) => [String(i), Number(c)]);
  else if (hist && typeof hist === 'object') pairs = Object.keys(hist).map((k) => [k, Number(hist[k])]);
  pairs = pairs.filter((p) => isFinite(p[1]));
  if (pairs.length === 0) return '<p class="na">versions histogram: n/a</p>';
  const w = 300;
  const h = 170;
  const left = 40;
  const bottom = h - 34;
  const max = Math.max(1, ...pairs.map((p) => p[1]));
  const bw = (w - left - 10) / pairs.length;
  const y = (v) => bottom - (v / max) * (bottom - 30);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif" font-size="10">`];
  out.push(`<text x="4" y="11">BlockIds by number of versions</text>`);
  out.push(`<line x1="${left}" y1="${bottom}" x2="${w - 10}" y2="${bottom}" stroke="#000"/><line x1="${left}" y1="${bottom}" x2="${left}" y2="25" stroke="#000"/>`);
  for (const t of [0, max]) out.push(`<text x="${left - 4}" y="${y(t) + 3}" text-anchor="end">${fmtNum(t)}</text>`);
  out.push(`<text x="10" y="${(bottom + 30) / 2}" text-anchor="middle" transform="rotate(-90 10 ${(bottom + 30) / 2})">BlockIds</text>`);
  pairs.forEach(([k, c], i) => {
    const xx = left + i * bw;
    out.push(`<rect x="${xx + 1}" y="${y(c)}" width="${Math.max(1, bw - 2)}" height="${bottom - y(c)}" fill="#d62728"><title>${esc(k)} versions: ${c} BlockIds</title></rect>`);
    // The count above its bar, readable without hovering.
    out.push(`<text x="${xx + bw / 2}" y="${y(c) - 3}" text-anchor="middle">${fmtNum(c)}</text>`);
    out.push(`<text x="${xx + bw / 2}" y="${bottom + 12}" text-anchor="middle">${esc(k)}</text>`);
  });
  out.push(`<text x="${left + (w - left - 10) / 2}" y="${h - 6}" text-anchor="middle">versions of a block</text>`);
  out.push('</svg>');
  return out.join('\n');
}

// Per-iteration times (warm-up then measured) per engine, log y axis.
function warmupChart(b) {
  const series = [];
  for (const [id] of TIME_FIELDS) {
    const it = b.iterations && b.iterations[id];
    if (!it) continue;
    const pts = (it.warmup || []).concat(it.measure || []);
    if (pts.length) series.push({ id, pts, nWarm: (it.warmup || []).length });
  }
  if (series.length === 0) return '<p class="na">warm-up curves: n/a</p>';
  const w = 420;
  const h = 180;
  const left = 50;
  const all = [].concat(...series.map((s) => s.pts)).filter((v) => v > 0);
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (hi / lo < 2) {
    lo /= 1.5;
    hi *= 1.5;
  }
  const n = Math.max(...series.map((s) => s.pts.length));
  const x = (i) => left + (n <= 1 ? 0 : (i / (n - 1)) * (w - left - 90));
  const y = (v) => 15 + (1 - (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (h - 40);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif" font-size="10">`];
  let ticks = niceLogTicks(lo, hi);
  if (ticks.length < 2) ticks = [lo, Math.sqrt(lo * hi), hi];
  for (const t of ticks) {
    out.push(`<line x1="${left}" y1="${y(t)}" x2="${w - 90}" y2="${y(t)}" stroke="#eee"/><text x="${left - 4}" y="${y(t) + 3}" text-anchor="end">${fmtMs(t)}</text>`);
  }
  out.push(`<line x1="${left}" y1="${h - 25}" x2="${w - 90}" y2="${h - 25}" stroke="#000"/><line x1="${left}" y1="15" x2="${left}" y2="${h - 25}" stroke="#000"/>`);
  out.push(`<text x="${left}" y="${h - 14}">1</text><text x="${w - 90}" y="${h - 14}" text-anchor="end">${n}</text>`);
  out.push(`<text x="${left + (w - left - 90) / 2}" y="${h - 4}" text-anchor="middle">iteration (hollow: warm-up)</text>`);
  out.push(`<text x="9" y="${(h - 10) / 2}" text-anchor="middle" transform="rotate(-90 9 ${(h - 10) / 2})">ms per iteration (log)</text>`);
  series.forEach((s, si) => {
    const c = COLOURS[s.id] || '#555';
    const d = s.pts.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(Math.max(v, lo)).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${c}" stroke-width="1.5"/>`);
    s.pts.forEach((v, i) => {
      out.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(Math.max(v, lo)).toFixed(1)}" r="2.5" fill="${i < s.nWarm ? '#fff' : c}" stroke="${c}"><title>${s.id} #${i + 1}: ${fmtMs(v)} ms</title></circle>`);
    });
    out.push(`<rect x="${w - 84}" y="${12 + si * 14}" width="10" height="10" fill="${c}"/><text x="${w - 70}" y="${21 + si * 14}">${s.id}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

// Compiled blocks after each iteration (lbbv JIT), when reported.
function blocksChart(arr) {
  if (!Array.isArray(arr) || !arr.some((v) => typeof v === 'number')) return '';
  const w = 300;
  const h = 170;
  const left = 48;
  const bottom = h - 34;
  const max = Math.max(1, ...arr.filter((v) => typeof v === 'number'));
  const x = (i) => left + (arr.length <= 1 ? 0 : (i / (arr.length - 1)) * (w - left - 10));
  const y = (v) => 25 + (1 - v / max) * (bottom - 25);
  const d = arr.map((v, i) => (typeof v === 'number' ? `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}` : '')).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif" font-size="10">` +
    `<text x="4" y="11">compiled blocks after each iteration</text>` +
    `<line x1="${left}" y1="${bottom}" x2="${w - 10}" y2="${bottom}" stroke="#000"/><line x1="${left}" y1="${bottom}" x2="${left}" y2="25" stroke="#000"/>` +
    `<text x="${left - 4}" y="${y(0) + 3}" text-anchor="end">0</text><text x="${left - 4}" y="${y(max) + 3}" text-anchor="end">${fmtNum(max)}</text>` +
    `<text x="${left}" y="${bottom + 12}">1</text><text x="${w - 10}" y="${bottom + 12}" text-anchor="end">${arr.length}</text>` +
    `<text x="${left + (w - left - 10) / 2}" y="${h - 6}" text-anchor="middle">iteration</text>` +
    `<text x="10" y="${(bottom + 25) / 2}" text-anchor="middle" transform="rotate(-90 10 ${(bottom + 25) / 2})">blocks</text>` +
    `<path d="${d}" fill="none" stroke="#d62728" stroke-width="1.5"/></svg>`;
}

/** Versions per block across the benchmarks: the figures the histograms summarise. */
function versionsTable(doc) {
  const rows = doc.benchmarks.filter((b) => b.versions_per_block !== null && b.versions_per_block !== undefined);
  if (rows.length === 0) return '<p class="na">No lbbv JIT statistics in this run.</p>';
  const hist = (h) => (h && typeof h === 'object' ? Object.entries(h).map(([k, c]) => `${esc(k)}: ${fmtNum(c)}`).join(', ') : 'n/a');
  const body = rows.map((b) => `<tr><td>${esc(b.name)}</td><td>${fmtNum(b.versions_per_block)}</td><td>${fmtNum(b.max_versions_per_block)}</td><td>${fmtNum(b.compiled_blockid_count)}</td><td>${fmtNum(b.compiled_block_count)}</td><td>${hist(b.versions_histogram)}</td></tr>`);
  return `<table><thead><tr><th>benchmark</th><th>versions per block (mean)</th><th>most versions</th><th>BlockIds</th><th>blocks</th><th>BlockIds by number of versions</th></tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

/** Where the figures come from. */
function provenanceText(doc) {
  const commit = doc.commit ? `${doc.commit.slice(0, 12)}${doc.commit_dirty ? ' (with uncommitted changes)' : ''}` : 'unknown';
  return `<table class="prov"><tbody>` +
    [
      ['lbbv', `${esc(doc.lbbv_version ?? 'unknown')}, commit <code>${esc(commit)}</code>${doc.commit_date ? ` of ${esc(doc.commit_date)}` : ''}`],
      ['node', esc(doc.node_version)],
      ['machine', `${esc(doc.machine)}${doc.memory_gib ? `, ${esc(doc.memory_gib)} GiB` : ''}${doc.kernel ? `, ${esc(doc.kernel)}` : ''}`],
      ['load average at the end', esc((doc.load_average || []).join(', ') || 'n/a')],
      ['date', esc(doc.date)],
      ['options', `<code>${esc(JSON.stringify(doc.options))}</code>`],
    ].map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('') +
    `</tbody></table>`;
}

function timesTable(doc) {
  const head = ['benchmark'].concat(TIME_FIELDS.map((t) => t[0]), SPEEDUP_KEYS.map((s) => s[2]));
  const rows = doc.benchmarks.map((b) => {
    const cells = [esc(b.name)];
    for (const [id, f] of TIME_FIELDS) {
      const st = b.status && b.status[id];
      cells.push(b[f] !== null && b[f] !== undefined ? fmtMs(b[f]) : st ? `<span title="${esc(st)}">n/a</span>` : '-');
    }
    for (const [k] of SPEEDUP_KEYS) cells.push(fmtX(b.speedups ? b.speedups[k] : null));
    return '<tr><td>' + cells.join('</td><td>') + '</td></tr>';
  });
  const g = ['<b>geomean</b>'].concat(TIME_FIELDS.map(() => ''), SPEEDUP_KEYS.map(([k]) => '<b>' + fmtX(doc.geomean_speedups[k]) + '</b>'));
  rows.push('<tr><td>' + g.join('</td><td>') + '</td></tr>');
  return `<table><thead><tr><th>${head.map(esc).join('</th><th>')}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function statsList(b) {
  const items = [
    ['versions/block', b.versions_per_block],
    ['compiled blocks', b.compiled_block_count],
    ['ratio in JIT', typeof b.ratio_in_jit === 'number' ? b.ratio_in_jit.toFixed(1) + '%' : null],
    ['side exits', b.side_exit_count],
    ['type checks', b.type_checks_executed],
    ['type checks, 1 version', b.type_checks_executed_no_versioning],
  ];
  let s = '<ul class="stats">' + items.map(([k, v]) => `<li>${esc(k)}: ${v === null || v === undefined ? 'n/a' : esc(fmtNum(v))}</li>`).join('') + '</ul>';
  if (Array.isArray(b.exit_reasons)) {
    // `leave` (a return to a frame the interpreter runs) is not a side exit.
    const side = b.exit_reasons.filter((e) => e.reason !== 'leave');
    s += '<p>top side exits: ' + (side.length ? side.slice(0, 5).map((e) => `${esc(e.reason)} (${fmtNum(e.count)})`).join(', ') : 'none') + '</p>';
  }
  return s;
}

function renderHtml(doc) {
  const failures = [];
  for (const b of doc.benchmarks) for (const id of Object.keys(b.status || {})) if (b.status[id] !== 'ok') failures.push(`<li>${esc(b.name)} / ${esc(id)}: ${esc(b.status[id])}</li>`);
  const per = doc.benchmarks.map((b) => `<section><h3>${esc(b.name)}</h3><div class="charts">${warmupChart(b)}${histogramChart(b.versions_histogram)}${blocksChart(b.compiled_blocks_per_iter)}</div>${statsList(b)}</section>`);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>lbbv benchmarks ${esc(doc.date)}</title>
<style>
body { font-family: sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; font-size: 13px; }
td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: right; }
td:first-child, th:first-child { text-align: left; }
section { border-top: 1px solid #ddd; margin-top: 1em; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; }
.na { color: #888; font-size: 12px; }
ul.stats { font-size: 12px; columns: 3; }
table.prov th { text-align: left; font-weight: normal; color: #555; }
table.prov td { text-align: left; }
</style></head><body>
<h1>lbbv benchmarks</h1>
${provenanceText(doc)}
<p>Engines: ${doc.engines.map((e) => `<code>${esc(e.id)}</code> = <code>${esc(e.command)}</code>${e.available ? '' : ' (n/a: ' + esc(e.reason) + ')'}`).join('; ')}</p>
<h2>Speedups</h2>
<p>Each bar is the ratio of two engines' median times per iteration; a bar to the right of 1x means the first engine named is faster.</p>
${speedupChart(doc)}
<h2>Median time per iteration (ms)</h2>
${timesTable(doc)}
${failures.length ? '<h2>Not available</h2><ul>' + failures.join('') + '</ul>' : ''}
<h2>Versions per block</h2>
${versionsTable(doc)}
<h2>Per benchmark: warm-up curves and versions per block</h2>
${per.join('\n')}
</body></html>
`;
}

module.exports = { renderHtml };
