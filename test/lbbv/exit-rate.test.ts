// The regression guard of issue 19 ("no cliffs"): every differential
// program and every benchmark port (small workloads, steady state: the
// second half of 6 iterations) runs under the JIT in threshold-1 mode with
// statistics (tools/exit-rate.js), and the test fails when one
//   - takes more than 1 side exit per 1,000 instructions (a differential
//     program only counts with at least 20 exits: a whole run includes its
//     warm-up), or
//   - runs less than MIN_IN_JIT percent of its instructions in machine code
//     (programs of at least 100,000 instructions): the entry back-off
//     hides an exit storm from the exit count, not from this share.
// EXCEPTIONS lists the programs allowed to break either bound, each with
// the reason; keep it short and remove entries as the JIT covers them.
//
// One lbbv process per program: about as long as one mode of the
// differential suite. LBBV_DIFF=substring limits it, as for test/diff.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { loadNative } from '../../src/native';

const ROOT = path.resolve(__dirname, '../..');
const native = loadNative();

/** Side exits per 1,000 instructions allowed. */
const MAX_EXITS_PER_1000 = 1;
/** Least share of instructions run in machine code, in percent. */
const MIN_IN_JIT = 75;

/**
 * Programs allowed past a bound, and why (name as tools/exit-rate.js prints
 * it). None exits too often; these run too little in machine code because
 * of gaps the JIT still has (issue #15):
 */
const GENERATOR_BODIES = 'generator and async bodies run in the interpreter (iseq_suspends): resume points are not compiled yet';
const PROTOCOL_ITERATION = 'protocol iterators, spread calls and spread elements are runtime calls (iter_next_not_fast_array, sendspread, spreadappend)';
const EXCEPTIONS: Record<string, string> = {
  'modern/gen-iterables.js': GENERATOR_BODIES,
  'modern/gen-pipeline.js': GENERATOR_BODIES,
  'modern/gen-tokenizer.js': GENERATOR_BODIES,
  'bench/modern/gen-pipeline': GENERATOR_BODIES,
  'modern/iter-protocol-edges.js': PROTOCOL_ITERATION,
};

interface Row {
  name: string;
  kind: string;
  exits: number;
  insns: number;
  per_1000: number;
  ratio_in_jit: number;
  exit_reasons: string[];
  slow_paths: string[];
}

test.skipIf(!native.native)(
  'no program exits more than once per 1,000 instructions or runs too little in machine code (threshold-1 mode)',
  () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-exit-rate-'));
    const json = path.join(tmp, 'rows.json');
    const names = process.env.LBBV_DIFF ? [process.env.LBBV_DIFF] : [];
    const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/exit-rate.js'), `--json=${json}`, ...names], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(fs.readFileSync(json, 'utf8')) as { rows: Row[]; failures: string[]; options: { minExits: number } };
    fs.rmSync(tmp, { recursive: true, force: true });
    expect(out.failures, 'programs that did not run').toEqual([]);
    const bad: string[] = [];
    for (const row of out.rows) {
      if (row.name in EXCEPTIONS) continue;
      const counted = row.kind.startsWith('port') || row.exits >= out.options.minExits;
      if (counted && row.per_1000 > MAX_EXITS_PER_1000) bad.push(`${row.name}: ${row.per_1000.toFixed(2)} exits/1000 (${row.exit_reasons.join(', ')})`);
      if (row.insns >= 100_000 && row.ratio_in_jit < MIN_IN_JIT) {
        bad.push(`${row.name}: ${row.ratio_in_jit.toFixed(1)}% in machine code (exits: ${row.exit_reasons.join(', ') || '-'}; slow paths: ${row.slow_paths.join(', ')})`);
      }
    }
    expect(bad).toEqual([]);
    // The exceptions must still exist (a renamed program would silently lose its guard).
    if (names.length === 0) for (const name of Object.keys(EXCEPTIONS)) expect(out.rows.map((x) => x.name)).toContain(name);
  },
  45 * 60_000,
);
