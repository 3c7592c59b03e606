'use strict';
// Small helpers shared by the benchmark runner (plain node, not the subset).

function median(xs) {
  if (!xs || xs.length === 0) return null;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function geomean(xs) {
  const v = xs.filter((x) => typeof x === 'number' && x > 0 && isFinite(x));
  if (v.length === 0) return null;
  return Math.exp(v.reduce((a, x) => a + Math.log(x), 0) / v.length);
}

function ratio(num, den) {
  if (typeof num !== 'number' || typeof den !== 'number' || !(den > 0) || !(num > 0)) return null;
  return num / den;
}

function fmtMs(ms) {
  if (ms === null || ms === undefined) return 'n/a';
  if (ms >= 1000) return Math.round(ms).toLocaleString('en-US');
  if (ms >= 100) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

function fmtX(x) {
  if (x === null || x === undefined) return 'n/a';
  return (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + 'x';
}

function fmtNum(x) {
  if (x === null || x === undefined) return 'n/a';
  if (typeof x !== 'number') return String(x);
  if (Number.isInteger(x)) return x.toLocaleString('en-US');
  return x.toFixed(3);
}

function pad(s, w, right) {
  s = String(s);
  if (s.length >= w) return s;
  const fill = ' '.repeat(w - s.length);
  return right ? fill + s : s + fill;
}

// Render rows (arrays of strings) as an aligned text table; the first column
// is left-aligned, the others right-aligned.
function textTable(header, rows) {
  const all = [header].concat(rows);
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => pad(c, widths[i], i > 0)).join('  ');
  const sep = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), sep].concat(rows.map(line)).join('\n');
}

// Find `key` in a stats object: at top level or nested (depth-first).
function findKey(obj, key, depth) {
  if (depth === undefined) depth = 0;
  if (!obj || typeof obj !== 'object' || depth > 4) return undefined;
  if (Object.prototype.hasOwnProperty.call(obj, key)) return obj[key];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const r = findKey(v, key, depth + 1);
      if (r !== undefined) return r;
    }
  }
  return undefined;
}

module.exports = { median, geomean, ratio, fmtMs, fmtX, fmtNum, pad, textTable, findKey };
