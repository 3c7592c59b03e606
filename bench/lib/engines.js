'use strict';
// The engines the runner compares. Every engine is a separate process
// started as `node [node flags] [bin/lbbv.js [lbbv flags]] <program> <harness flags>`.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const REPO = path.resolve(__dirname, '..', '..');
const LBBV = path.join(REPO, 'bin', 'lbbv.js');

const ENGINES = [
  { id: 'lbbv-interp', label: 'lbbv --no-jit', lbbv: true, args: [LBBV, '--no-jit'] },
  { id: 'lbbv-jit', label: 'lbbv', lbbv: true, jit: true, args: [LBBV] },
  { id: 'node-jitless', label: 'node --jitless', args: ['--jitless'] },
  { id: 'node-sparkplug', label: 'node --no-opt --no-maglev', args: ['--no-opt', '--no-maglev'] },
  { id: 'node', label: 'node', args: [] },
];

const ALIASES = {
  interp: 'lbbv-interp',
  'lbbv-no-jit': 'lbbv-interp',
  jit: 'lbbv-jit',
  lbbv: 'lbbv-jit',
  jitless: 'node-jitless',
  sparkplug: 'node-sparkplug',
};

function selectEngines(spec) {
  if (!spec) return ENGINES.slice();
  const ids = spec.split(',').map((s) => s.trim()).filter(Boolean).map((s) => ALIASES[s] || s);
  for (const id of ids) {
    if (!ENGINES.some((e) => e.id === id)) {
      throw new Error(`unknown engine '${id}'; known: ${ENGINES.map((e) => e.id).join(', ')}`);
    }
  }
  return ENGINES.filter((e) => ids.includes(e.id));
}

function firstLine(s) {
  const lines = String(s || '').split('\n').map((l) => l.trim()).filter(Boolean);
  const err = lines.find((l) => /error|cannot|not /i.test(l));
  return (err || lines[0] || '').slice(0, 160);
}

// Check that an engine starts and runs a trivial program. Returns
// { ok, reason, flags } where flags is the set of lbbv options its --help
// mentions (so optional stats flags are passed only when understood).
function probe(engine, cacheDir) {
  if (engine.lbbv && !fs.existsSync(LBBV)) return { ok: false, reason: 'bin/lbbv.js not found' };
  fs.mkdirSync(cacheDir, { recursive: true });
  const probeFile = path.join(cacheDir, 'probe.js');
  fs.writeFileSync(probeFile, "console.log('probe ' + (1 + 2));\n");
  const r = spawnSync(process.execPath, engine.args.concat([probeFile]), { encoding: 'utf8', timeout: 60000 });
  if (r.error) return { ok: false, reason: String(r.error.message) };
  if (r.status !== 0 || !/probe 3/.test(r.stdout)) {
    return { ok: false, reason: 'fails to start: ' + (firstLine(r.stderr) || 'exit ' + r.status) };
  }
  const flags = new Set();
  if (engine.lbbv) {
    const h = spawnSync(process.execPath, [LBBV, '--help'], { encoding: 'utf8', timeout: 60000 });
    const text = (h.stdout || '') + (h.stderr || '');
    for (const m of text.match(/--[a-z][a-z0-9-]*/g) || []) flags.add(m);
  }
  return { ok: true, reason: null, flags };
}

module.exports = { ENGINES, selectEngines, probe, LBBV, REPO, firstLine };
