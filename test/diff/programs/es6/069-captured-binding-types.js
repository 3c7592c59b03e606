// Captured bindings (ENV slots) carry field types too: the JIT loads them
// with the kinds of value they have held, and widens on a store of another kind.
'use strict';

// 1. A closure-heavy loop (like loops-times): the captured array, index and
//    constant are typed; then one of them changes kind.
function times(n, f) { for (let i = 0; i < n; i++) f(i); return n; }
function run(n, u, bump) {
  const a = new Array(20).fill(0);
  let k = 3;
  times(n, function (i) {
    times(n, function (j) { a[i % 20] += j % u + k; });
    if (i === bump) k = 0.5;
    if (i === bump + 5) k = 'k';
  });
  return a.slice(0, 6).map((x) => (typeof x === 'string' ? 's' + x.length : x)).join();
}
console.log(run(30, 7, 100), run(30, 7, 10), run(30, 4, 20));

// 2. A var read before its first store (undefined), then numbers, then a string.
function hoisted(n) {
  const seen = [];
  const peek = () => typeof v;
  seen.push(peek());
  var v;
  seen.push(peek(), v);
  for (let i = 0; i < n; i++) { v = i; seen.push(v + 1); }
  v = 'end';
  seen.push(peek(), v + 1);
  return seen.slice(0, 4).join() + ' ' + seen.slice(-3).join();
}
for (let r = 0; r < 60; r++) hoisted(3);
console.log(hoisted(40));

// 3. A callback inside a built-in call widens a captured binding between two reads in one block.
function mid(flip) {
  let x = 1;
  const arr = [3, 1, 2];
  const a = x + 1;
  const b = arr.sort((p, q) => { if (flip) x = 'str'; return p - q; }).length;
  return a + b + x + 1;
}
const outs = [];
for (let i = 0; i < 80; i++) outs.push(mid(i === 70));
console.log(outs.slice(68, 73).join());

// 4. Captured parameters, catch parameters and per-iteration let bindings.
function capParam(p) { const g = () => p * 2; return g(); }
let cp = 0;
for (let i = 0; i < 100; i++) cp += capParam(i);
console.log(cp, capParam(1.5), capParam('3'), capParam(null));
function caught(i) {
  try { if (i % 3 === 0) throw i; if (i % 3 === 1) throw 'e' + i; throw { n: i }; }
  catch (e) { const f = () => e; const v = f(); return typeof v === 'object' ? v.n : v; }
}
let cs = '';
for (let i = 0; i < 30; i++) cs += caught(i) + ',';
console.log(cs);
const fns = [];
for (let i = 0; i < 5; i++) fns.push(() => i * 10);
let fsum = 0;
for (let r = 0; r < 50; r++) for (const f of fns) fsum += f();
console.log(fsum);

// 5. A counter object whose state goes from int to double to string to undefined.
function counter() { let c = 0; return { inc() { c = c + 1; return c; }, half() { c = c / 2; }, str() { c = 'c'; }, reset() { c = undefined; }, get() { return c; } }; }
const ctr = counter();
let tot = 0;
for (let i = 0; i < 400; i++) {
  const v = ctr.inc();
  tot += typeof v === 'number' && v === v ? v : 1000;
  if (i === 100) ctr.half();
  if (i === 300) { ctr.str(); tot = tot + ctr.get().length; ctr.reset(); }
}
console.log(tot, ctr.get());
