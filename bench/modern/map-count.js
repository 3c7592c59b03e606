'use strict';
// Map-keyed counting, k-nucleotide style: every k-mer of a generated DNA
// string counted in a Map (string keys), then the top entries.
const { run } = require('../yjit-bench-ports/harness');

function makeSequence(n, seed) {
  const acgt = 'ACGT';
  const parts = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 3877 + 29573) % 139968;
    parts.push(acgt[(x * 4 / 139968) | 0]);
  }
  return parts.join('');
}

function count(seq, k) {
  const freq = new Map();
  for (let i = 0; i + k <= seq.length; i++) {
    const key = seq.substring(i, i + k);
    freq.set(key, (freq.get(key) || 0) + 1);
  }
  return freq;
}

run({
  name: 'map-count',
  config: { n: 50000, seed: 42, expect: '4:16:64:256:1024|GGT=808' },
  small: { n: 2000, seed: 7, expect: '4:16:64:255:891|GGT=30' },
  setup: function (cfg) {
    return { cfg: cfg, seq: makeSequence(cfg.n, cfg.seed) };
  },
  benchmark: function (state) {
    const sizes = [];
    for (let k = 1; k <= 5; k++) sizes.push(count(state.seq, k).size);
    return sizes.join(':') + '|GGT=' + (count(state.seq, 3).get('GGT') || 0);
  },
  check: function (result, state) {
    return result === state.cfg.expect || 'expected ' + state.cfg.expect + ', got ' + result;
  },
});
