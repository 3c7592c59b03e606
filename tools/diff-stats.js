#!/usr/bin/env node
// JIT statistics over the differential programs: runs each program with
// --stats-json (default settings and --jit-max-versions=1) and prints totals:
// versions per block, ratio in JIT, and type checks executed with and
// without versioning.   node tools/diff-stats.js [--threshold N]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const lbbv = path.join(root, 'bin/lbbv.js');
const ti = process.argv.indexOf('--threshold');
const threshold = ti > 0 ? process.argv[ti + 1] : null;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-stats-'));
const totals = { default: {}, flat: {} };
const add = (t, s) => {
  for (const k of ['compiled_block_count', 'compiled_blockid_count', 'jit_insns_count', 'vm_insns_count', 'type_checks_executed', 'side_exit_count']) t[k] = (t[k] || 0) + (s[k] || 0);
  t.programs = (t.programs || 0) + 1;
};
for (const tier of ['core', 'es6']) {
  const dir = path.join(root, 'test/diff/programs', tier);
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.js')).sort()) {
    for (const [mode, extra] of [['default', []], ['flat', ['--jit-max-versions=1']]]) {
      const out = path.join(tmp, `${tier}-${f}-${mode}.json`);
      const args = [lbbv, `--stats-json=${out}`, ...extra, ...(threshold ? [`--jit-call-threshold=${threshold}`] : []), f, 'a1', 'a2'];
      spawnSync(process.execPath, args, { cwd: dir, stdio: 'ignore', timeout: 60000 });
      if (fs.existsSync(out)) add(totals[mode], JSON.parse(fs.readFileSync(out, 'utf8')));
    }
  }
}
for (const [mode, t] of Object.entries(totals)) {
  const vpb = t.compiled_block_count / t.compiled_blockid_count;
  const ratio = (100 * t.jit_insns_count) / (t.jit_insns_count + t.vm_insns_count);
  console.log(`${mode.padEnd(8)} programs=${t.programs} blocks=${t.compiled_block_count} blockids=${t.compiled_blockid_count} versions_per_block=${vpb.toFixed(3)} ratio_in_jit=${ratio.toFixed(1)}% type_checks_executed=${t.type_checks_executed} side_exits=${t.side_exit_count}`);
}
const d = totals.default.type_checks_executed;
const f = totals.flat.type_checks_executed;
console.log(`type checks executed: versioning ${d} vs no versioning ${f} (${((100 * d) / f).toFixed(1)}%, ${(100 - (100 * d) / f).toFixed(1)}% removed)`);
