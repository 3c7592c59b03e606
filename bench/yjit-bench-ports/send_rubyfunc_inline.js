'use strict';
// Port of yjit-bench `send_rubyfunc_inline`: a driver loop calls a small
// four-argument function ten million times per iteration and sums the
// results; the sum is checked against its closed form 2n^2 + 4n.
const { run } = require('./harness');

function callee(a, b, c, d) {
  return a + b + c + d;
}

function driver(limit) {
  let total = 0;
  let i = 0;
  while (i < limit) {
    total += callee(i, i + 1, i + 2, i + 3);
    i += 1;
  }
  return total;
}

run({
  name: 'send_rubyfunc_inline',
  config: { n: 10000000 },
  small: { n: 10000 },
  setup: function (cfg) {
    // like the original: call the driver a hundred times on a tiny input
    // before the first iteration
    for (let k = 0; k < 100; k++) driver(100);
    return cfg;
  },
  benchmark: function (cfg) {
    return driver(cfg.n);
  },
  check: function (result, cfg) {
    const n = cfg.n;
    return result === 2 * n * n + 4 * n;
  },
});
