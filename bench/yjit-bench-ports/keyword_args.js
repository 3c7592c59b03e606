'use strict';
// Port of yjit-bench `keyword_args`: call a two-keyword-argument method ten
// times per trip, 500k trips per iteration. The subset has no keyword
// arguments nor destructuring parameters, so keywords become an options
// object literal that the callee reads (so each call also allocates it).
const { run } = require('./harness');

function add(kw) {
  return kw.left + kw.right;
}

run({
  name: 'keyword_args',
  config: { n: 500000 },
  small: { n: 500 },
  benchmark: function (cfg) {
    let sum = 0;
    let i = 0;
    while (i < cfg.n) {
      sum += add({ left: 1, right: 0 });
      sum += add({ left: 1, right: 1 });
      sum += add({ left: 1, right: 2 });
      sum += add({ left: 1, right: 3 });
      sum += add({ left: 1, right: 4 });
      sum += add({ left: 1, right: 5 });
      sum += add({ left: 1, right: 6 });
      sum += add({ left: 1, right: 7 });
      sum += add({ left: 1, right: 8 });
      sum += add({ left: 1, right: 9 });
      i += 1;
    }
    return sum;
  },
  check: function (sum, cfg) {
    return sum === 55 * cfg.n;
  },
});
