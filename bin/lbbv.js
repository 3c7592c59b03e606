#!/usr/bin/env node
// The lbbv command (bin/bundle.js loads the bundle, or the compiled modules).
'use strict';
const { main } = require('./bundle.js').load();
Promise.resolve(main(process.argv.slice(2))).catch((e) => {
  process.stderr.write(`lbbv: internal error: ${e && e.message ? e.message : e}\n`);
  process.exitCode = 1;
});
