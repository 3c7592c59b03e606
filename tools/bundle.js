#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and everything it imports,
// acorn included) into one file, dist/lbbv.js, then records V8's code cache
// for it (dist/lbbv.js.cache) by running a small program once. bin/lbbv.js
// loads the bundle with that cache, which roughly halves lbbv's start-up cost.
// If either step fails, bin/lbbv.js falls back to dist/cli/main.js.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist/lbbv.js');
for (const f of [out, `${out}.cache`]) fs.rmSync(f, { force: true });
try {
  require('esbuild').buildSync({
    entryPoints: [path.join(root, 'dist/cli/main.js')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: out,
    logLevel: 'warning',
    // Loaded lazily by --disasm only; keeping it out of the bundle keeps start-up fast.
    external: ['iced-x86'],
  });
} catch (e) {
  console.warn(`lbbv: warning: could not bundle (${e.message}); startup will be slower`);
  process.exit(0);
}
const r = spawnSync(process.execPath, [path.join(root, 'bin/lbbv.js'), '--no-jit', '-e', 'let s = 0; for (let i = 0; i < 100; i++) s += i; console.log(String(s).length > 0 ? "" : "x")'], {
  env: { ...process.env, LBBV_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (r.status !== 0 || !fs.existsSync(`${out}.cache`)) console.warn('lbbv: warning: could not record the code cache');
