'use strict';
// Port of yjit-bench `nqueens`: count the solutions of the 10-queens problem
// ten times per iteration with an iterative bitmask search.
const { run } = require('./harness');

function nqSolve(n) {
  const a = new Array(n).fill(-1);
  const l = new Array(n).fill(0);
  const c = new Array(n).fill(0);
  const r = new Array(n).fill(0);
  const y0 = (1 << n) - 1;
  let m = 0;
  let k = 0;
  while (k >= 0) {
    const y = (l[k] | c[k] | r[k]) & y0;
    if ((y ^ y0) >> (a[k] + 1) !== 0) {
      let i = a[k] + 1;
      while (i < n && (y & (1 << i)) !== 0) {
        i += 1;
      }
      if (k < n - 1) {
        const z = 1 << i;
        a[k] = i;
        k += 1;
        l[k] = (l[k - 1] | z) << 1;
        c[k] = c[k - 1] | z;
        r[k] = (r[k - 1] | z) >> 1;
      } else {
        m += 1;
        k -= 1;
      }
    } else {
      a[k] = -1;
      k -= 1;
    }
  }
  return m;
}

// number of solutions for n = 0..12
const KNOWN = [1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200];

run({
  name: 'nqueens',
  config: { n: 10, reps: 10 },
  small: { n: 6, reps: 2 },
  benchmark: function (cfg) {
    let last = 0;
    for (let t = 0; t < cfg.reps; t++) {
      last = nqSolve(cfg.n);
    }
    return last;
  },
  check: function (result, cfg) {
    return result === KNOWN[cfg.n];
  },
});
