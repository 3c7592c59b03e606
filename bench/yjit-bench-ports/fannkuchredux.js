'use strict';
// Port of yjit-bench `fannkuchredux` (Computer Language Benchmarks Game):
// for every permutation of 1..9 count the prefix reversals ("pancake
// flips") until 1 is in front; report the checksum and the maximum.
// Ruby's Array#delete_at/insert pair is written as an in-place rotation.
const { run } = require('./harness');

function fannkuch(n) {
  const p = [];
  for (let v = 0; v <= n; v++) p.push(v);
  const s = p.slice();
  const q = p.slice();
  let sign = 1;
  let sum = 0;
  let maxflips = 0;
  while (true) {
    // flip
    let q1 = p[1];
    if (q1 !== 1) {
      for (let t = 0; t <= n; t++) q[t] = p[t];
      let flips = 1;
      let qq = q[q1];
      while (qq !== 1) {
        q[q1] = q1;
        if (q1 >= 4) {
          let i = 2;
          let j = q1 - 1;
          while (i < j) {
            const tmp = q[i];
            q[i] = q[j];
            q[j] = tmp;
            i += 1;
            j -= 1;
          }
        }
        q1 = qq;
        flips += 1;
        qq = q[q1];
      }
      sum += sign * flips;
      if (flips > maxflips) maxflips = flips;
    }
    // permute
    if (sign === 1) {
      const t = p[1];
      p[1] = p[2];
      p[2] = t;
      sign = -1;
    } else {
      const t = p[2];
      p[2] = p[3];
      p[3] = t;
      sign = 1;
      let i = 3;
      while (i <= n && s[i] === 1) {
        if (i === n) return [sum, maxflips];
        s[i] = i;
        // rotate p[1..i+1] left by one
        const first = p[1];
        i += 1;
        for (let k = 1; k < i; k++) p[k] = p[k + 1];
        p[i] = first;
      }
      if (i <= n) s[i] -= 1;
    }
  }
}

// [checksum, max flips] for n = 7, 8, 9
const KNOWN = { 7: [228, 16], 8: [1616, 22], 9: [8629, 30] };

run({
  name: 'fannkuchredux',
  config: { n: 9 },
  small: { n: 7 },
  benchmark: function (cfg) {
    return fannkuch(cfg.n);
  },
  check: function (r, cfg) {
    const k = KNOWN[cfg.n];
    if (r[0] !== k[0]) return 'incorrect sum: ' + r[0];
    if (r[1] !== k[1]) return 'incorrect flips: ' + r[1];
    return true;
  },
});
