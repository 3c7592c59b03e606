'use strict';
// Port of yjit-bench `send_cfunc_block`: call built-in (native) array
// methods that take a block on an empty array, 24 calls per trip, 500k
// trips per iteration. Ruby's `reverse_each {}` and `index {}` become the
// subset's `forEach(fn)` and `some(fn)`; the block is a function literal at
// each call site.
const { run } = require('./harness');

const ARR = [];

run({
  name: 'send_cfunc_block',
  config: { n: 500000 },
  small: { n: 500 },
  benchmark: function (cfg) {
    let found = 0;
    let i = 0;
    while (i < cfg.n) {
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      ARR.forEach(function () {});
      if (ARR.some(function () { return true; })) found++;
      i += 1;
    }
    return found;
  },
  check: function (found) {
    return found === 0 && ARR.length === 0;
  },
});
