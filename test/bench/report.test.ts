// Unit tests of the benchmark runner's parsing and reporting (no processes).
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const BENCH = path.resolve(__dirname, '..', '..', 'bench');
/* eslint-disable @typescript-eslint/no-require-imports */
const { parseOutput } = require(path.join(BENCH, 'lib', 'proc.js'));
const { pickStats, parseCli } = require(path.join(BENCH, 'run.js'));
const { jsonDocument, table } = require(path.join(BENCH, 'lib', 'report.js'));
const { renderHtml } = require(path.join(BENCH, 'lib', 'html.js'));
const { Rng, parseArgs } = require(path.join(BENCH, 'yjit-bench-ports', 'harness.js'));
const { listPorts, selectPorts } = require(path.join(BENCH, 'lib', 'ports.js'));
/* eslint-enable @typescript-eslint/no-require-imports */

describe('bench runner', () => {
  it('parses the harness protocol from stdout and stderr', () => {
    const out = 'BENCH x warmup=1 iters=2 min_time=0 size=small\nITER 1 warmup 5.5\nITER 2 measure 2.25\nITER 3 measure 2.75\nSUMMARY x ok warmup=1 iters=2 median_ms=2.5\n';
    const err = 'STATS_ITER 1 compiled_block_count=10\nSTATS_ITER 3 compiled_block_count=12\n';
    const r = parseOutput(out, err);
    expect(r.warmup).toEqual([5.5]);
    expect(r.measure).toEqual([2.25, 2.75]);
    expect(r.statsIter).toEqual([10, null, 12]);
    expect(r.summary).toMatch(/^SUMMARY x ok/);
    expect(parseOutput('CHECK_FAILED x iter=1 wrong', '').checkFailed).toBe('x iter=1 wrong');
  });

  it('picks lbbv stats keys wherever they are nested; missing keys are null', () => {
    const s = pickStats({ jit: { versions_per_block: 1.5, versions_histogram: [0, 10, 3], exit_reasons: { a: 3, b: 5 } }, side_exit_count: 8 });
    expect(s.versions_per_block).toBe(1.5);
    expect(s.side_exit_count).toBe(8);
    expect(s.ratio_in_jit).toBeNull();
    expect(s.exit_reasons).toEqual([{ reason: 'b', count: 5 }, { reason: 'a', count: 3 }]);
  });

  it('builds the JSON document, table and HTML with and without lbbv data', () => {
    const engines = [
      { id: 'lbbv-interp', args: ['/r/bin/lbbv.js', '--no-jit'], available: true },
      { id: 'lbbv-jit', args: ['/r/bin/lbbv.js'], available: true },
      { id: 'node-jitless', args: ['--jitless'], available: true },
      { id: 'node', args: [], available: false, reason: 'nope' },
    ];
    const ok = (m: number[]) => ({ ok: true, reason: null, warmup: [m[0] * 2], measure: m });
    const results = [
      {
        name: 'fib',
        runs: { 'lbbv-interp': ok([40, 42]), 'lbbv-jit': ok([10, 12]), 'node-jitless': ok([20, 20]), node: { ok: false, reason: 'nope', warmup: [], measure: [] } },
        medians: { 'lbbv-interp': 41, 'lbbv-jit': 11, 'node-jitless': 20, node: null },
        stats: { versions_per_block: 1.2, versions_histogram: [0, 5, 2], compiled_block_count: 7, ratio_in_jit: 0.9, side_exit_count: 3, type_checks_executed: 100, type_checks_executed_no_versioning: 300, exit_reasons: [{ reason: 'type', count: 3 }] },
        statsIter: [5, 7, 7],
      },
    ];
    const doc = jsonDocument(results, engines, { options: {}, repo: '/r' });
    const b = doc.benchmarks[0];
    expect(b.interp_ms).toBe(41);
    expect(b.jit_ms).toBe(11);
    expect(b.node_ms).toBeNull();
    expect(b.node_sparkplug_ms).toBeNull();
    expect(b.type_checks_executed_no_versioning).toBe(300);
    expect(b.speedups.jit_vs_interp).toBeCloseTo(41 / 11);
    expect(b.status.node).toBe('n/a: nope');
    expect(doc.engines[1].command).toBe('node bin/lbbv.js');
    const text = table(results, engines);
    expect(text).toMatch(/fib\s+41\.00\s+11\.00\s+20\.00\s+n\/a\s+3\.73x\s+1\.82x/);
    expect(text).toContain('lbbv JIT stats');
    const html = renderHtml(doc);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(html).toContain('BlockIds by number of versions');
    // Provenance: commit, lbbv version, node, machine.
    expect(doc.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(doc.lbbv_version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(html).toContain(doc.commit.slice(0, 12));
    expect(html).toContain(process.version);
  });

  it('knows the two categories, selects one, and gives each its geomean', () => {
    const all = listPorts();
    const oo = selectPorts(all, ['category:oo']);
    expect(oo.map((p: { name: string }) => p.name)).toEqual(['oo-bignum', 'oo-constraints', 'oo-graph', 'oo-json', 'oo-scheduler', 'oo-storage']);
    expect(selectPorts(all, ['category:yjit']).every((p: { category: string }) => p.category === 'yjit')).toBe(true);
    const engines = [
      { id: 'lbbv-jit', args: ['/r/bin/lbbv.js'], available: true },
      { id: 'node-jitless', args: ['--jitless'], available: true },
    ];
    const ok = (m: number) => ({ ok: true, reason: null, warmup: [], measure: [m] });
    const mk = (name: string, category: string, jit: number, jitless: number) => ({
      name, category, runs: { 'lbbv-jit': ok(jit), 'node-jitless': ok(jitless) }, medians: { 'lbbv-jit': jit, 'node-jitless': jitless }, stats: null, statsIter: null,
    });
    const results = [mk('fib', 'yjit', 10, 40), mk('oo-json', 'oo', 40, 10), mk('oo-graph', 'oo', 10, 10)];
    const text = table(results, engines);
    expect(text).toMatch(/^geomean \(yjit\)\s+n\/a\s+4\.00x/m);
    expect(text).toMatch(/^geomean \(oo\)\s+n\/a\s+0\.50x/m);
    const doc = jsonDocument(results, engines, { options: {}, repo: '/r' });
    expect(doc.benchmarks[1].category).toBe('oo');
    expect(doc.geomean_speedups_by_category.oo.jit_vs_node_jitless).toBeCloseTo(0.5);
  });

  it('has quick defaults', () => {
    const o = parseCli(['--quick', 'fib']);
    expect(o).toMatchObject({ names: ['fib'], warmup: 1, iters: 1, minTime: 0, maxIters: 1, maxTime: 2 });
  });
});

describe('bench harness helpers', () => {
  it('Rng is a deterministic xorshift32', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = [a.nextU32(), a.nextU32(), a.nextU32()];
    expect([b.nextU32(), b.nextU32(), b.nextU32()]).toEqual(xs);
    for (let i = 0; i < 1000; i++) {
      const v = a.next();
      expect(v >= 0 && v < 1).toBe(true);
    }
  });

  it('parses harness arguments in both forms', () => {
    expect(parseArgs(['node', 'x.js', '--warmup=4', '--iters', '7', '--quick', '--small'])).toMatchObject({ warmup: 4, iters: 7, minTime: 0, small: true });
    expect(parseArgs(['node', 'x.js', '--exit-stats']).exitStats).toBe(true);
    expect(parseArgs(['node', 'x.js']).exitStats).toBe(false);
  });
});
