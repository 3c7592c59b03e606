// The regression guard of issue 19 ("no cliffs") on the benchmark ports: each
// port (small workload, steady state: the second half of 6 iterations) runs
// under the JIT in threshold-1 mode with statistics (tools/exit-rate.js), and
// must keep to the policy in exit-policy.ts. The differential programs are
// checked by the differential suite itself (its threshold-1 mode runs with
// statistics). LBBV_DIFF=substring limits the ports measured.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { loadNative } from '../../src/native';
import { EXCEPTIONS, ExitStats, exitPolicyViolations } from './exit-policy';

const ROOT = path.resolve(__dirname, '../..');
const native = loadNative();

interface Row {
  name: string;
  kind: string;
  counters: ExitStats;
}

test.skipIf(!native.native)(
  'no benchmark port exits more than once per 1,000 instructions or runs too little in machine code (threshold-1 mode)',
  () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-exit-rate-'));
    const json = path.join(tmp, 'rows.json');
    const names = process.env.LBBV_DIFF ? [process.env.LBBV_DIFF] : [];
    const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/exit-rate.js'), '--ports-only', '--jobs=2', `--json=${json}`, ...names], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(fs.readFileSync(json, 'utf8')) as { rows: Row[]; failures: string[] };
    fs.rmSync(tmp, { recursive: true, force: true });
    expect(out.failures, 'programs that did not run').toEqual([]);
    const bad = out.rows.flatMap((row) => exitPolicyViolations(row.name, row.counters, !row.kind.startsWith('port')));
    expect(bad).toEqual([]);
    // The ports' exceptions must still exist (a renamed port would silently lose its guard).
    if (names.length === 0) {
      for (const name of Object.keys(EXCEPTIONS).filter((n) => n.startsWith('bench/'))) expect(out.rows.map((x) => x.name)).toContain(name);
    }
  },
  45 * 60_000,
);
