// Doubles computed before an instruction that may call out (an array read
// past the end, a megamorphic property read, an allocation that refills the
// buffer or collects, a built-in call) and used after it in the same block:
// the registers that hold them are clobbered by the call, so the JIT must
// reload or forget them.
'use strict';
function show(x) {
  return x === 0 && 1 / x < 0 ? '-0' : String(x);
}
function arrays(arr, i, d) {
  const a = d * 1.5;
  const b = a - 0.25;
  const e = arr[i];
  const c = a * b + b;
  const f = arr[i + 1000];
  const g = c - a / b;
  return show(a) + ' ' + show(c) + ' ' + show(g) + ' ' + e + ' ' + f;
}
const arr = [1.5, 2.5, 3.5];
const outA = [];
for (let r = 0; r < 200; r++) outA.push(arrays(arr, r % 5, (r % 7) * 0.75 - 2 + (r === 13 ? -0 : 0)));
console.log(outA.slice(0, 8).join(' | '));
console.log(outA.slice(-8).join(' | '));

function props(o, d) {
  const a = d * d + 0.5;
  const v = o.v;
  const b = a * 3 - d;
  const w = o.w;
  return show(a + b) + ':' + show(b / a) + ':' + v + ':' + w;
}
const shapes = [];
for (let k = 0; k < 12; k++) {
  const o = {};
  for (let m = 0; m < k; m++) o['p' + m] = m;
  o.v = k * 0.5;
  if (k % 2) o.w = -k;
  shapes.push(o);
}
const outP = [];
for (let r = 0; r < 300; r++) outP.push(props(shapes[r % 12], r * 0.125 - 9));
console.log(outP.slice(0, 12).join(' '));
console.log(outP.slice(-12).join(' '));

function allocs(n, d) {
  let keep = null;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const a = d * i + 0.5;
    const o = { x: a, next: keep };
    const b = a * a - d;
    const arr2 = [a, b];
    const c = b / a + a;
    const f = function () { return c; };
    sum = sum + c + arr2.length + o.x - b * 0.5;
    if (i % 100 === 0) keep = o;
    if (f() !== c) sum = NaN;
  }
  return sum;
}
let tot = 0;
for (let r = 0; r < 8; r++) tot = tot + allocs(5000, 0.001 * (r + 1));
console.log(show(tot));

function natives(x) {
  const a = x * 2.5;
  const s = String(a);
  const b = a * a + 1;
  const t = parseFloat(s) * 2;
  const c = b - a + t;
  return show(c) + ' ' + s;
}
const outN = [];
for (let r = 0; r < 100; r++) outN.push(natives(r * 0.3 - 10));
console.log(outN.slice(0, 5).join(' | '), outN.slice(-5).join(' | '));
