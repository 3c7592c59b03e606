'use strict';
// Port of yjit-bench `loops-times`: two nested `Integer#times` loops
// (4000 x 4000) whose bodies are blocks. The block calls are kept: `times`
// is a helper that calls a closure once per count.
const { run } = require('./harness');

const U = 5;
const R = 7;

function times(n, block) {
  let i = 0;
  while (i < n) {
    block(i);
    i += 1;
  }
  return n;
}

run({
  name: 'loops-times',
  config: { n: 4000 },
  small: { n: 100 },
  benchmark: function (cfg) {
    const u = U;
    const r = R;
    const a = new Array(10000).fill(0);
    times(cfg.n, function (i) {
      times(cfg.n, function (j) {
        a[i] += j % u;
      });
      a[i] += r;
    });
    return a[r];
  },
  check: function (result, cfg) {
    // every full run of 0..u-1 adds 0+1+...+(u-1); n is a multiple of u
    const expected = (cfg.n / U) * ((U * (U - 1)) / 2) + R;
    return result === expected || 'incorrect result ' + result + ', expected ' + expected;
  },
});
