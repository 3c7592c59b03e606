// timing APIs: only types and monotonicity are printed
const t0 = process.hrtime();
console.log(typeof t0, t0.length, typeof t0[0], typeof t0[1]);
console.log(t0[0] >= 0, t0[1] >= 0, t0[1] < 1e9, t0[0] === Math.floor(t0[0]), t0[1] === Math.floor(t0[1]));
let x = 0;
for (let i = 0; i < 100000; i++) x += i % 7;
const diff = process.hrtime(t0);
console.log(diff.length, diff[0] >= 0, diff[1] >= 0, diff[1] < 1e9, x);
const ns = diff[0] * 1e9 + diff[1];
console.log('elapsed non-negative', ns >= 0);
const p1 = performance.now();
for (let i = 0; i < 10000; i++) x ^= i;
const p2 = performance.now();
console.log(typeof p1, p2 >= p1, p1 >= 0);
const d1 = Date.now();
const d2 = Date.now();
console.log(typeof d1, d2 >= d1, d1 > 1500000000000, d1 === Math.floor(d1));
let monotonic = true;
let last = performance.now();
for (let i = 0; i < 100; i++) {
  const now = performance.now();
  if (now < last) monotonic = false;
  last = now;
}
console.log('performance.now monotonic', monotonic);
let prev = process.hrtime();
let hrMonotonic = true;
for (let i = 0; i < 50; i++) {
  const d = process.hrtime(prev);
  if (d[0] < 0 || d[1] < 0) hrMonotonic = false;
}
console.log('hrtime diffs non-negative', hrMonotonic);
