// Double arithmetic kept in xmm registers within a block (the JIT's double
// cache): chains of +, -, *, /, comparisons, unary minus, ++/--, Math.*
// inline and locals reused in the same block, with -0, NaN, infinities and
// int32 overflow mixed in. -0 is printed as such (1 / x).
'use strict';
function show(x) {
  if (typeof x !== 'number') return String(x);
  return x === 0 && 1 / x < 0 ? '-0' : String(x);
}
function kernel(a, b, c) {
  const t = a * b;
  const u = t + c;
  const v = u - t * c;
  let w = -t;
  w++;
  w--;
  const lt = t < u;
  const ge = u >= v;
  const m = Math.max(t, c) - Math.min(u, v);
  const s = Math.sqrt(u * u + v * v) / (t - t + 1);
  const ab = Math.abs(w) + Math.floor(v) + Math.ceil(u);
  return [t, u, v, w, -w, lt, ge, m, s, ab, t / c, u * u * u, a * a + b * b + c * c];
}
const vals = [1.5, -2.25, 0.1, -0, 0, 3, -7, 1e308, -1e-310, NaN, Infinity, 2147483647, -2147483648, 65535.5];
const out = [];
for (let r = 0; r < 30; r++) {
  for (let i = 0; i < vals.length; i++) {
    for (let j = 0; j < vals.length; j++) {
      const k = (i * 3 + j + r) % vals.length;
      const res = kernel(vals[i], vals[j], vals[k]);
      if (r === 0 || r === 29) out.push(res.map(show).join(','));
    }
  }
}
console.log(out.length);
for (let i = 0; i < out.length; i += 7) console.log(out[i]);
console.log(out[out.length - 1]);

// A loop whose body is one block of double arithmetic over locals.
function mandel(x0, y0, maxIter) {
  let x = x0 - x0;
  let y = y0 - y0;
  let i = 0;
  while (i < maxIter && x * x + y * y <= 4) {
    const xt = x * x - y * y + x0;
    y = 2.5 * x * y + y0;
    x = xt;
    i++;
  }
  return i * 1000 + Math.floor(x * 100);
}
let acc = 0;
for (let py = 0; py < 24; py++) {
  let line = '';
  for (let px = 0; px < 40; px++) {
    const n = mandel((px / 40) * 3 - 2, (py / 24) * 2 - 1, 60);
    acc = (acc * 31 + n) % 1000003;
    line += n >= 60000 ? '#' : n >= 10000 ? '+' : '.';
  }
  console.log(line);
}
console.log(acc);

// Negation and increments of cached doubles: -0 and NaN survive.
function negs(x) {
  const a = x * 1.0;
  const b = -a;
  const c = -b;
  let d = a - a;
  d = -d;
  return [show(b), show(c), show(d), show(-(a * 0)), show(a / 0 - a / 0)];
}
for (const x of [0.5, -0, 0, -3.75, NaN, -Infinity]) for (let r = 0; r < 50; r++) if (r === 49) console.log(negs(x).join(' '));

// A division site that sees int32s, doubles, -0 and NaN (its generic number
// path), with its result reused at once.
function mixdiv(a, b) {
  const q = a / b;
  const r = q * q + q;
  return show(q) + '/' + show(r) + '/' + show(-q);
}
const mixed = [6, 2.5, -0, 3, NaN, -4, 0, 1e-300, -2147483648];
const outD = [];
for (let r = 0; r < 20; r++) for (const a of mixed) for (const b of mixed) if (r === 19) outD.push(mixdiv(a, b));
console.log(outD.join(' '));
