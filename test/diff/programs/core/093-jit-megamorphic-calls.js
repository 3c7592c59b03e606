// Megamorphic call sites: one call site reaching many closures, arrows,
// built-ins and classes, with missing and extra arguments; deep recursion
// through such a site.
'use strict';
const fns = [];
function mk(k) { return function (a, b) { return a * k + (b === undefined ? -1 : b); }; }
const arrows = [];
for (let k = 0; k < 10; k++) { const f = mk(k); arrows.push(f); }
const objs = { self: 'o', m: function (x) { return this.self + x; } };
const others = [(x) => x + 1, function (x, y, z) { return [x, y, z].length; }, Math.abs, function () { return this === undefined; }, function (a, b, c, d) { return d === undefined ? 3 : 4; }, objs.m.length ? (x) => x : null];
let s = 0, t = '';
function call(f, a, b) { return f(a, b); }
for (let i = 0; i < 2000; i++) {
  s += call(arrows[i % 10], i, i % 3 === 0 ? undefined : 2);
  const o = others[i % others.length];
  const r = call(o, -i, 7);
  t += typeof r === 'number' ? r % 10 : String(r).length;
}
console.log(s, t.length, t.slice(0, 80));
function deep(n) { return n === 0 ? 0 : 1 + call(deep, n - 1); }
try { console.log(deep(100)); console.log(deep(1e6)); } catch (e) { console.log(e.name, e.message); }
class K { constructor() {} }
try { call(K, 1, 2); } catch (e) { console.log(e.name, e.message); }
