// Sloppy-mode semantics (issue #17 items 9-11): a named function expression's
// own name is read-only (silently in sloppy code, TypeError in strict);
// Annex B block functions (var binding in the function, switch bodies);
// implicit globals are properties of globalThis.
var f = function g() { g = 5; return typeof g; };
console.log(f());
var h = function k() { 'use strict'; try { k = 5; } catch (e) { console.log(e.name, e.message); } return typeof k; };
console.log(h());
var h2 = function k2() { var k2 = 3; return k2; };
console.log(h2());
var h3 = function k3(k3) { return k3; };
console.log(h3(7));
function outer() {
  console.log(typeof inner);
  { function inner() { return 'inner'; } }
  console.log(typeof inner, inner());
}
outer();
function sw(x) {
  switch (x) { case 1: function swf() { return 'swf'; } return swf(); default: return typeof swf; }
}
console.log(sw(1), sw(2));
IMPL = 42;
console.log(globalThis.IMPL, 'IMPL' in globalThis, typeof IMPL);
globalThis.GT = 7;
console.log(GT);
function setsImplicit() { IMPL2 = 'x'; }
setsImplicit();
console.log(globalThis.IMPL2, Object.keys(globalThis).indexOf('IMPL2') >= 0);
function t1() { var r = [typeof f]; { function f() { return 1; } } r.push(typeof f); return r.join(); }
console.log(t1());
function t2(f) { { function f() { return 1; } } return typeof f; }
console.log(t2(5));
function t3() { let f = 3; { function f() { return 1; } } return f; }
console.log(t3());
function t4() { 'use strict'; { function f() {} } return typeof f; }
console.log(t4());
function t5(x) { if (x) { function g() { return 'g1'; } } else { function g() { return 'g2'; } } return g(); }
console.log(t5(true), t5(false));
function t6() { var out = []; for (var i = 0; i < 3; i++) { function h() { return i; } out.push(h()); } return out.join() + typeof h; }
console.log(t6());
function t7() { try { q(); } catch (e) { console.log(e.name); } { function q() {} } return typeof q; }
console.log(t7());
{ function topBlock() { return 'tb'; } }
console.log(typeof topBlock);
var cnt = 0;
function hot() { { function inc() { return 1; } } return inc(); }
for (var z = 0; z < 3000; z++) cnt += hot();
console.log(cnt);
var fact = function self(n) {
  self = null; // ignored: still the function
  return n <= 1 ? 1 : n * self(n - 1);
};
var fsum = 0;
for (var fi = 0; fi < 2000; fi++) fsum += fact(5) + (function named() { named++; named += 1; return typeof named === 'function' ? 1 : 0; })();
console.log(fsum);
for (counter = 0; counter < 3000; counter++) implicitTotal = (typeof implicitTotal === 'number' ? implicitTotal : 0) + counter;
console.log(globalThis.counter, globalThis.implicitTotal, implicitTotal);
globalThis.implicitTotal = -1;
console.log(implicitTotal, Object.keys(globalThis).filter(function (k) { return /^(IMPL|IMPL2|counter|implicitTotal|GT)$/.test(k); }).sort());
