'use strict';
// Port of yjit-bench `matmul`: build two 200x200 matrices of floats and
// multiply them with the i-k-j triple loop, every iteration.
const { run } = require('./harness');

function matgen(n) {
  const tmp = 1.0 / n / n;
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array(n);
    for (let j = 0; j < n; j++) {
      row[j] = tmp * (i - j) * (i + j);
    }
    rows[i] = row;
  }
  return rows;
}

function matmul(a, b) {
  const m = a.length;
  const n = a[0].length;
  const p = b[0].length;
  const c = new Array(m);
  for (let i = 0; i < m; i++) {
    c[i] = new Array(p).fill(0.0);
  }
  for (let i = 0; i < m; i++) {
    const ci = c[i];
    const ai = a[i];
    let k = 0;
    while (k < n) {
      const aik = ai[k];
      const bk = b[k];
      let j = 0;
      while (j < p) {
        ci[j] += aik * bk[j];
        j += 1;
      }
      k += 1;
    }
  }
  return c;
}

// one element of the product, recomputed in the same order (bit-exact)
function expectedElement(n, i, j) {
  const tmp = 1.0 / n / n;
  let s = 0.0;
  for (let k = 0; k < n; k++) {
    s += tmp * (i - k) * (i + k) * (tmp * (k - j) * (k + j));
  }
  return s;
}

run({
  name: 'matmul',
  config: { n: 200 },
  small: { n: 20 },
  setup: function (cfg) {
    return { n: Math.floor(cfg.n / 2) * 2 };
  },
  benchmark: function (st) {
    const a = matgen(st.n);
    const b = matgen(st.n);
    return matmul(a, b);
  },
  check: function (c, st) {
    const n = st.n;
    const h = n / 2;
    if (c.length !== n || c[0].length !== n) return 'wrong shape';
    if (c[h][h] !== expectedElement(n, h, h)) return 'wrong c[n/2][n/2]: ' + c[h][h];
    if (c[1][n - 1] !== expectedElement(n, 1, n - 1)) return 'wrong c[1][n-1]: ' + c[1][n - 1];
    return true;
  },
});
