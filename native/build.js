#!/usr/bin/env node
// Builds the native addon with node-gyp. A failed build is not fatal: lbbv then
// runs interpreter-only and says so once. (Placeholder until native/ lands.)
'use strict';
const fs = require('fs');
const path = require('path');
if (!fs.existsSync(path.join(__dirname, 'binding.gyp'))) process.exit(0);
const { spawnSync } = require('child_process');
const gyp = process.env.npm_config_node_gyp;
const cmd = gyp ? [process.execPath, [gyp, 'rebuild']] : ['npx', ['--no-install', 'node-gyp', 'rebuild']];
const r = spawnSync(cmd[0], cmd[1], { cwd: __dirname, stdio: 'inherit' });
if (r.status !== 0) console.warn('lbbv: warning: native addon build failed; the JIT will be unavailable');
