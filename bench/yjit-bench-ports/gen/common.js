'use strict';
// Shared helpers for the code generators in this folder. These scripts run
// under plain node (they use fs/path); the programs they write stay within
// the lbbv subset.
const fs = require('fs');
const path = require('path');

const BENCH_DIR = path.resolve(__dirname, '..', '..');
const DEFAULT_CACHE_DIR = path.join(BENCH_DIR, '.cache');
const HARNESS = path.resolve(__dirname, '..', 'harness.js');

// Parse `--out=PATH` / `--out PATH` and `--cache-dir=DIR`.
function outputPath(argv, name) {
  let out = null;
  let dir = DEFAULT_CACHE_DIR;
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--out') out = argv[++i];
    else if (a.startsWith('--cache-dir=')) dir = a.slice(12);
    else if (a === '--cache-dir') dir = argv[++i];
  }
  return path.resolve(out || path.join(dir, name + '.js'));
}

// `require` specifier for the harness, relative to the generated file.
function harnessSpecifier(outFile) {
  let rel = path.relative(path.dirname(outFile), HARNESS).split(path.sep).join('/');
  rel = rel.replace(/\.js$/, '');
  if (!rel.startsWith('.')) rel = './' + rel;
  return rel;
}

// Write atomically (tmp file + rename) so that concurrent generators never
// let an engine read a half-written program; skip if the content is the same.
function writeProgram(outFile, text) {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  try {
    if (fs.readFileSync(outFile, 'utf8') === text) return false;
  } catch (e) {
    // missing: write it
  }
  const tmp = outFile + '.' + process.pid + '.tmp';
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, outFile);
  return true;
}

module.exports = { outputPath, harnessSpecifier, writeProgram, DEFAULT_CACHE_DIR };
