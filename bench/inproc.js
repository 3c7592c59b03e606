#!/usr/bin/env node
'use strict';
// Time ports' `benchmark()` functions inside this node process with
// benchmark.js (mean time per call +- relative margin of error), instead of
// the whole-engine, one-process-per-run comparison of run.js.
//
//   node bench/inproc.js [names...] [--small] [--max-time=S] [--min-samples=N] [--json=PATH]
//   npm run bench -- --inproc [names...] ...
//
// The ports are loaded with the harness in "collect" mode, so requiring a
// port registers its spec instead of running its iteration loop.
const fs = require('fs');
const path = require('path');
const Benchmark = require('benchmark');
const harness = require('./yjit-bench-ports/harness');
const { listPorts, selectPorts, programFor, CACHE_DIR } = require('./lib/ports');

function parse(argv) {
  const o = { names: [], small: false, maxTime: 2, minSamples: 5, json: null };
  for (const a of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      o.names.push(a);
      continue;
    }
    if (m[1] === 'small') o.small = true;
    else if (m[1] === 'max-time') o.maxTime = Number(m[2]);
    else if (m[1] === 'min-samples') o.minSamples = Number(m[2]);
    else if (m[1] === 'json') o.json = m[2];
    else if (m[1] === 'quick') o.maxTime = 1;
    else throw new Error(`inproc: unknown option '${a}'`);
  }
  return o;
}

function loadSpec(port) {
  const file = programFor(port, CACHE_DIR);
  harness.setCollectMode(true);
  const before = harness.collectedSpecs().length;
  require(path.resolve(file));
  const specs = harness.collectedSpecs();
  if (specs.length !== before + 1) throw new Error(`${port.name}: expected the port to register one spec`);
  return specs[specs.length - 1];
}

function checkResult(spec, result, state) {
  if (!spec.check) return true;
  const v = spec.check(result, state);
  return v === true || v === undefined;
}

async function main(argv) {
  const o = parse(argv);
  const ports = selectPorts(listPorts(), o.names);
  const rows = [];
  for (const port of ports) {
    const spec = loadSpec(port);
    const cfg = o.small && spec.small ? spec.small : spec.config;
    const state = spec.setup ? spec.setup(cfg) : cfg;
    let last;
    const bench = new Benchmark(spec.name, () => {
      last = spec.benchmark(state);
    }, { maxTime: o.maxTime, minSamples: o.minSamples, initCount: 1 });
    await new Promise((resolve) => {
      bench.on('complete', resolve);
      bench.run({ async: true });
    });
    if (bench.error) throw bench.error;
    const ok = checkResult(spec, last, state);
    const row = {
      name: spec.name,
      mean_ms: bench.stats.mean * 1000,
      rme_percent: bench.stats.rme,
      samples: bench.stats.sample.length,
      check: ok ? 'ok' : 'FAILED',
    };
    rows.push(row);
    console.log(`${spec.name.padEnd(24)} ${row.mean_ms.toFixed(3).padStart(10)} ms/iter  \u00b1${row.rme_percent.toFixed(2)}%  (${row.samples} samples)  check ${row.check}`);
    if (!ok) process.exitCode = 1;
  }
  if (o.json) fs.writeFileSync(o.json, JSON.stringify({ node_version: process.version, date: new Date().toISOString(), benchmarks: rows }, null, 2) + '\n');
  return process.exitCode || 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`inproc: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 2;
  });
}

module.exports = { main };
