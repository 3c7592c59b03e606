// The differential suite: every program under test/diff/programs/<tier>/ runs
// under node and under lbbv in every mode; stdout and the exit code must match.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MODES, runLbbv, runLbbvModes, runNode } from './modes';

const PROGRAMS = path.join(__dirname, 'programs');
const tiers = fs.readdirSync(PROGRAMS).filter((d) => fs.statSync(path.join(PROGRAMS, d)).isDirectory());

/** Test filter for local runs: LBBV_DIFF=substring of `<tier>/<file>` (a tier name selects the tier). */
const only = process.env.LBBV_DIFF;
const separate = process.env.LBBV_DIFF_SEPARATE === '1';

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
      const all = separate ? null : await runLbbvModes(file, MODES, ['a1', 'a2']);
      for (const [mode, flags] of Object.entries(MODES)) {
        const got = all ? all[mode] : await runLbbv(file, flags, ['a1', 'a2']);
        expect({ mode, stdout: got.stdout, code: got.code }, got.stderr).toEqual({ mode, stdout: expected.stdout, code: expected.code });
        // Uncaught errors never show a host (TypeScript) stack trace.
        expect(got.stderr).not.toMatch(/\bat .*\/dist\//);
      }
    });
  });
}
