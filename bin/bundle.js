// Loads lbbv: the single-file bundle with V8's code cache when the build
// produced them (fast start-up: one file to compile, most of it from the
// cache), else the compiled module tree. Exports load(), which returns the
// CLI module's exports: { main, VM }.
'use strict';
const fs = require('fs');
const path = require('path');

const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'lbbv.js');
let loaded = null;

function load() {
  if (loaded) return loaded;
  let src = null;
  try {
    src = fs.readFileSync(bundle, 'utf8');
  } catch {
    // no bundle: use the module tree
  }
  if (src === null) return (loaded = require(path.join(dist, 'cli', 'main.js')));
  const vm = require('vm');
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${bundle}.cache`);
  } catch {
    // no cache yet
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${src}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  const mod = { exports: {} };
  // The bundle's modules resolve files relative to dist/cli, as the unbundled ones do.
  script.runInThisContext()(mod.exports, require, mod, bundle, path.join(dist, 'cli'));
  if (process.env.LBBV_WRITE_CODE_CACHE === '1') {
    process.on('exit', () => fs.writeFileSync(`${bundle}.cache`, script.createCachedData()));
  }
  return (loaded = mod.exports);
}

module.exports = { load };
