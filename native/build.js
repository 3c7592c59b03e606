#!/usr/bin/env node
// Builds the lbbv native addon (native/build/Release/lbbv_native.node) with
// node-gyp, against the local Node.js headers, without network access.
// Run by `npm install` (package.json "install" script) and by hand:
//   node native/build.js
// A failed build never fails the install: it prints one warning line (the
// compiler output goes to native/build-error.log) and lbbv then runs
// interpreter-only. Exit status is always 0.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const here = __dirname;
const logFile = path.join(here, 'build-error.log');
const shown = (p) => (path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p));
const warn = (why) => console.warn(`lbbv: warning: the native addon was not built (${why}); lbbv will run interpreter-only, without the JIT (fix, then run \`npx lbbv --build-native\`)`);

function main() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    warn(`needs x86-64 Linux, this is ${process.arch} ${process.platform}`);
    return;
  }
  const gyp = findNodeGyp();
  if (!gyp) {
    warn('node-gyp not found next to npm');
    return;
  }
  const args = [gyp, 'rebuild'];
  // node-gyp only reads npm's config through npm_config_* variables, which exist
  // in lifecycle scripts only; elsewhere point it at the headers installed
  // with this node (prefix/include/node) so it never downloads any.
  const nodedir = process.env.npm_config_nodedir || localNodedir();
  if (nodedir) args.push(`--nodedir=${nodedir}`);
  const r = spawnSync(process.execPath, args, { cwd: here, encoding: 'utf8', maxBuffer: 64 << 20 });
  const output = `$ ${process.execPath} ${args.join(' ')}\n${r.stdout || ''}${r.stderr || ''}${r.error ? String(r.error) : ''}`;
  if (r.status !== 0) {
    fs.writeFileSync(logFile, output);
    warn(`node-gyp failed, see ${shown(logFile)}`);
    return;
  }
  // Smoke test: the addon must load in a fresh process.
  const built = path.join(here, 'build', 'Release', 'lbbv_native.node');
  const load = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(built)})`], { encoding: 'utf8' });
  if (load.status !== 0) {
    fs.writeFileSync(logFile, `${output}\n$ load ${built}\n${load.stderr}`);
    warn(`the built addon does not load, see ${shown(logFile)}`);
    return;
  }
  if (fs.existsSync(logFile)) fs.unlinkSync(logFile);
}

/** npm's bundled node-gyp: $npm_config_node_gyp in lifecycle scripts, else next to npm. */
function findNodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(path.dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
  ];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed locally; fine
  }
  return candidates.find((p) => p && fs.existsSync(p));
}

/** The directory holding include/node/node_api.h for the running node, if present. */
function localNodedir() {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  return fs.existsSync(path.join(prefix, 'include', 'node', 'node_api.h')) ? prefix : undefined;
}

try {
  main();
} catch (e) {
  warn(String((e && e.message) || e).split('\n')[0]);
}
