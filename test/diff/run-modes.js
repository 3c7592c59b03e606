// Runs one program in several lbbv modes inside one node process (one VM per
// mode, created afresh), so the differential suite pays node's and lbbv's
// start-up once per program instead of once per mode. Prints a JSON object
// {mode: {stdout, stderr, code}} on stdout.
//   node run-modes.js '<modes JSON: {name: [flags]}>' file [args...]
// LBBV_RUN_MODES_STATS=<mode> runs that mode with statistics on and adds the
// counters the exit-rate policy reads (test/lbbv/exit-policy.ts) as `stats`.
'use strict';
const fs = require('fs');
const path = require('path');
// The bundle with its code cache, as the CLI loads it: a fraction of the module tree's load time.
const { VM } = require('../../bin/bundle.js').load();

const modes = JSON.parse(process.argv[2]);
// As the CLI: the script's name as given runs the program (stack traces show it), argv has the full path.
const script = process.argv[3];
const file = path.resolve(script);
const args = process.argv.slice(4);
const source = fs.readFileSync(file, 'utf8');
const statsMode = process.env.LBBV_RUN_MODES_STATS || '';
const STAT_KEYS = ['side_exit_count', 'jit_insns_count', 'vm_insns_count', 'exit_reasons', 'slow_path_counts'];
const out = {};
for (const [mode, flags] of Object.entries(modes)) {
  const opts = { jit: true, argv: [process.execPath, file, ...args] };
  for (const f of flags) {
    if (f === '--no-jit') opts.jit = false;
    else if (f.startsWith('--jit-call-threshold=')) opts.jitCallThreshold = Number(f.split('=')[1]);
    else if (f.startsWith('--jit-max-versions=')) opts.jitMaxVersions = Number(f.split('=')[1]);
    else throw new Error(`run-modes: unknown flag ${f}`);
  }
  const stdout = [];
  opts.stdout = (s) => stdout.push(s);
  const stderr = [];
  opts.stderr = (s) => stderr.push(s);
  if (mode === statsMode) opts.stats = true;
  const vm = new VM(opts);
  const r = vm.run(source, script);
  if (r.error) stderr.push(`${r.error}\n`);
  out[mode] = { stdout: stdout.join(''), stderr: stderr.join(''), code: r.exitCode };
  const s = mode === statsMode ? vm.stats() : null;
  if (s) out[mode].stats = Object.fromEntries(STAT_KEYS.map((k) => [k, s[k]]));
}
process.stdout.write(JSON.stringify(out));
