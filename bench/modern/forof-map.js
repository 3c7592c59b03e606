'use strict';
// for-of over a Map's entries, keys and values, and Set iteration.
const { run } = require('../yjit-bench-ports/harness');

run({
  name: 'forof-map',
  config: { n: 20000, reps: 10 },
  small: { n: 500, reps: 1 },
  setup: function (cfg) {
    const m = new Map();
    const s = new Set();
    for (let i = 0; i < cfg.n; i++) {
      m.set('k' + i, i);
      s.add(i * 3);
    }
    return { cfg: cfg, m: m, s: s };
  },
  benchmark: function (state) {
    let total = 0;
    for (let r = 0; r < state.cfg.reps; r++) {
      for (const e of state.m) total += e[1];
      for (const v of state.m.values()) total += v;
      for (const k of state.m.keys()) total += k.length;
      for (const v of state.s) total -= v;
    }
    return total;
  },
  check: function (result, state) {
    const n = state.cfg.n;
    let keyLen = 0;
    for (let i = 0; i < n; i++) keyLen += ('k' + i).length;
    const want = state.cfg.reps * ((n * (n - 1)) - keyLen * -1 - 3 * (n * (n - 1)) / 2);
    return result === want || 'expected ' + want + ', got ' + result;
  },
});
