'use strict';
// The indexed twin of forof-array (same data, same work), for the
// "for-of as fast as an indexed loop" comparison.
const { run } = require('../yjit-bench-ports/harness');

function indexed(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

run({
  name: 'forof-indexed',
  config: { n: 100000, reps: 40 },
  small: { n: 1000, reps: 2 },
  setup: function (cfg) {
    const a = [];
    for (let i = 0; i < cfg.n; i++) a.push((i * 7) & 1023);
    return { cfg: cfg, a: a };
  },
  benchmark: function (state) {
    let s = 0;
    for (let r = 0; r < state.cfg.reps; r++) s += indexed(state.a);
    return s;
  },
  check: function (result, state) {
    let want = 0;
    for (let i = 0; i < state.a.length; i++) want += state.a[i];
    want *= state.cfg.reps;
    return result === want || 'expected ' + want + ', got ' + result;
  },
});
