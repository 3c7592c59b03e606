// Functions with more locals than a context tracks (8): the JIT tracks the
// ones most used in loops; the rest are always checked. Types of the
// tracked ones change mid-loop, parameters are untracked or tracked, and
// locals are shared with closures.
'use strict';
function many(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9) {
  let a = 0, b = 1.5, c = 'c', d = null, e = [1, 2], f = { v: 1 };
  let acc = 0;
  for (let i = 0; i < 200; i++) {
    for (let j = 0; j < 5; j++) {
      a = a + j;
      b = b * 1.01;
      if (i === 100 && j === 2) { a = 0.25; b = 7; }
      if (i === 150) e = e.concat([j]);
      acc = acc + (a | 0) + e.length + f.v;
    }
    if (i === 120) { f = { v: 2, w: 3 }; c = i; }
    if (i === 180) d = [c, p9];
  }
  const g = () => p0 + p9 + a;
  return [acc, a, b.toFixed(6), c, d, e.length, f.w, g(), p1, p2, p3, p4, p5, p6, p7, p8].join();
}
for (let r = 0; r < 30; r++) many(r, 1, 2, 3, 4, 5, 6, 7, 8, 9);
console.log(many(1, 'x', 2.5, null, undefined, [], {}, true, -0, 10));
console.log(many('s', 1, 2, 3, 4, 5, 6, 7, 8, 0.5));

function wide(n) {
  let l0 = 0, l1 = 1, l2 = 2, l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7, l8 = 8, l9 = 9, l10 = 10, l11 = 11;
  for (let k = 0; k < n; k++) {
    l0 += k; l1 *= 1; l2 -= 1; l3 ^= k; l4 |= k; l5 &= k; l6 += l0; l7 = l6 % 97; l8 += 0.5; l9 = l9 + 'x'.length; l10 = -l10; l11 = k > n / 2 ? 'big' : l11;
  }
  return [l0, l1, l2, l3, l4, l5, l6, l7, l8, l9, l10, l11].join();
}
let out = '';
for (let r = 0; r < 40; r++) out = wide(r * 7);
console.log(out, wide(2147483647 > 0 ? 1000 : 0));
