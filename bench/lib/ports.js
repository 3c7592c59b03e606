'use strict';
// Discovery of the benchmarks and preparation of the generated ones
// (gen/*.js write their program into the cache directory). Two categories:
// 'yjit' (the yjit-bench ports in bench/yjit-bench-ports), 'oo' (our own
// object-oriented programs in bench/oo, named oo-*) and 'modern'
// (micro-benchmarks of generators and promises in bench/modern).
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const BENCH_DIR = path.resolve(__dirname, '..');
const PORTS_DIR = path.join(BENCH_DIR, 'yjit-bench-ports');
const GEN_DIR = path.join(PORTS_DIR, 'gen');
const OO_DIR = path.join(BENCH_DIR, 'oo');
const MODERN_DIR = path.join(BENCH_DIR, 'modern');
const CACHE_DIR = path.join(BENCH_DIR, '.cache');
const NOT_PORTS = new Set(['harness.js']);
const NOT_GENERATORS = new Set(['common.js']);

function listPorts() {
  const ports = [];
  for (const f of fs.readdirSync(PORTS_DIR)) {
    if (!f.endsWith('.js') || NOT_PORTS.has(f)) continue;
    ports.push({ name: f.slice(0, -3), source: path.join(PORTS_DIR, f), generator: null, category: 'yjit' });
  }
  if (fs.existsSync(GEN_DIR)) {
    for (const f of fs.readdirSync(GEN_DIR)) {
      if (!f.endsWith('.js') || NOT_GENERATORS.has(f)) continue;
      ports.push({ name: f.slice(0, -3), source: path.join(GEN_DIR, f), generator: path.join(GEN_DIR, f), category: 'yjit' });
    }
  }
  if (fs.existsSync(OO_DIR)) {
    for (const f of fs.readdirSync(OO_DIR)) {
      if (!f.endsWith('.js')) continue;
      ports.push({ name: f.slice(0, -3), source: path.join(OO_DIR, f), generator: null, category: 'oo' });
    }
  }
  if (fs.existsSync(MODERN_DIR)) {
    for (const f of fs.readdirSync(MODERN_DIR)) {
      if (!f.endsWith('.js')) continue;
      ports.push({ name: f.slice(0, -3), source: path.join(MODERN_DIR, f), generator: null, category: 'modern' });
    }
  }
  ports.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return ports;
}

// Select ports by name: exact names, prefixes ending with '*', or a whole
// category as 'category:oo' / 'category:yjit'.
function selectPorts(ports, names) {
  if (!names || names.length === 0) return ports;
  const out = [];
  for (const n of names) {
    const hits = n.startsWith('category:')
      ? ports.filter((p) => p.category === n.slice(9))
      : n.endsWith('*') ? ports.filter((p) => p.name.startsWith(n.slice(0, -1))) : ports.filter((p) => p.name === n);
    if (hits.length === 0) {
      throw new Error(`unknown benchmark '${n}'; known: ${ports.map((p) => p.name).join(', ')}`);
    }
    for (const h of hits) if (!out.includes(h)) out.push(h);
  }
  return out;
}

// The file the engines run: the port itself, or the generated program.
function programFor(port, cacheDir) {
  if (!port.generator) return port.source;
  const dir = cacheDir || CACHE_DIR;
  const out = execFileSync(process.execPath, [port.generator, '--cache-dir=' + dir], { encoding: 'utf8' });
  return out.trim().split('\n').pop();
}

module.exports = { listPorts, selectPorts, programFor, BENCH_DIR, PORTS_DIR, OO_DIR, CACHE_DIR };
