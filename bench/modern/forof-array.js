'use strict';
// for-of over arrays against the same loop written with an index: the JIT
// walks an unmodified array iterator directly (src/vm/iteration.ts), so the
// two should cost the same. The result checks both loops agree.
const { run } = require('../yjit-bench-ports/harness');

function indexed(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
function forOf(a) {
  let s = 0;
  for (const x of a) s += x;
  return s;
}

run({
  name: 'forof-array',
  config: { n: 100000, reps: 40 },
  small: { n: 1000, reps: 2 },
  setup: function (cfg) {
    const a = [];
    for (let i = 0; i < cfg.n; i++) a.push((i * 7) & 1023);
    return { cfg: cfg, a: a };
  },
  benchmark: function (state) {
    let s = 0;
    for (let r = 0; r < state.cfg.reps; r++) s += forOf(state.a);
    return s;
  },
  check: function (result, state) {
    const want = indexed(state.a) * state.cfg.reps;
    return result === want || 'expected ' + want + ', got ' + result;
  },
});
