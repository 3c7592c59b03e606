'use strict';
// Micro-benchmark (not a yjit-bench port): for...in over objects. Each
// iteration walks 200k records of one shape (six fields) with for...in,
// summing the numeric fields by key, then 50k objects of four shapes.
const { run } = require('./harness');

function Record(i) {
  this.id = i;
  this.x = i & 7;
  this.y = i & 3;
  this.z = 1;
  this.label = 'r';
  this.w = 2;
}

function sumFields(o) {
  let s = 0;
  for (const k in o) {
    const v = o[k];
    if (typeof v === 'number') s += v;
  }
  return s;
}

function countKeys(o) {
  let n = 0;
  for (const k in o) n += k.length;
  return n;
}

run({
  name: 'forin_object',
  config: { n: 200000, m: 50000 },
  small: { n: 1000, m: 200 },
  setup: function (cfg) {
    const recs = [];
    for (let i = 0; i < 64; i++) recs.push(new Record(i));
    const mixed = [{ a: 1, b: 2 }, { a: 1, b: 2, c: 3 }, { b: 1, a: 2 }, { alpha: 1, beta: 2, gamma: 3, delta: 4 }];
    return { n: cfg.n, m: cfg.m, recs: recs, mixed: mixed };
  },
  benchmark: function (st) {
    let total = 0;
    for (let i = 0; i < st.n; i++) total += sumFields(st.recs[i & 63]);
    for (let i = 0; i < st.m; i++) total += countKeys(st.mixed[i & 3]);
    return total;
  },
  check: function (result, st) {
    let want = 0;
    for (let i = 0; i < st.n; i++) {
      const j = i & 63;
      want += j + (j & 7) + (j & 3) + 1 + 2;
    }
    const lens = [2, 3, 2, 19];
    for (let i = 0; i < st.m; i++) want += lens[i & 3];
    return result === want;
  },
});
