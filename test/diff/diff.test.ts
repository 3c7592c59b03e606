// The differential suite: every program under test/diff/programs/<tier>/ runs
// under node and under lbbv in every mode; stdout and the exit code must match.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXCEPTIONS, exitPolicyViolations } from '../lbbv/exit-policy';
import { MODES, runLbbv, runLbbvModes, runNode } from './modes';

const PROGRAMS = path.join(__dirname, 'programs');
const tiers = fs.readdirSync(PROGRAMS).filter((d) => fs.statSync(path.join(PROGRAMS, d)).isDirectory());

/** Test filter for local runs: LBBV_DIFF=substring of `<tier>/<file>` (a tier name selects the tier). */
const only = process.env.LBBV_DIFF;
const separate = process.env.LBBV_DIFF_SEPARATE === '1';
/**
 * The threshold-1 mode also runs with statistics: the program must keep to the
 * exit-rate policy of issue 19 (test/lbbv/exit-policy.ts: no exit storms, most
 * instructions in machine code), over its whole run.
 */
const STATS_MODE = 'jit-t1' in MODES ? 'jit-t1' : '';

for (const tier of tiers) {
  const dir = path.join(PROGRAMS, tier);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => !only || `${tier}/${f}`.includes(only))
    .sort();
  if (files.length === 0) continue;
  describe(`differential: ${tier}`, () => {
    test.concurrent.each(files)('%s', async (name) => {
      const file = path.join(dir, name);
      const expected = await runNode(file, ['a1', 'a2']);
      // The four modes run in one process (test/diff/run-modes.js) unless LBBV_DIFF_SEPARATE=1 asks for one CLI process per mode.
      const all = separate ? null : await runLbbvModes(file, MODES, ['a1', 'a2'], STATS_MODE);
      for (const [mode, flags] of Object.entries(MODES)) {
        const got = all ? all[mode] : await runLbbv(file, flags, ['a1', 'a2']);
        expect({ mode, stdout: got.stdout, code: got.code }, got.stderr).toEqual({ mode, stdout: expected.stdout, code: expected.code });
        // Uncaught errors never show a host (TypeScript) stack trace.
        expect(got.stderr).not.toMatch(/\bat .*\/dist\//);
      }
      const stats = all?.[STATS_MODE]?.stats;
      if (stats) expect(exitPolicyViolations(`${tier}/${name}`, stats, true), 'exit-rate policy (threshold-1 mode)').toEqual([]);
    });
  });
}

// The exit-rate exceptions of differential programs must name programs that exist (a renamed one would silently lose its guard).
test('exit-rate exceptions name existing differential programs', () => {
  for (const name of Object.keys(EXCEPTIONS).filter((n) => !n.startsWith('bench/'))) expect(fs.existsSync(path.join(PROGRAMS, name)), name).toBe(true);
});
