// Sparse (dictionary-mode) arrays: indices up to 2^32 - 2 and lengths up to
// 2^32 - 1 (test262 built-ins/Array/S15.4_A1.1_T10.js), length semantics,
// holes, keys, descriptors, and a hot loop over a sparse array.
var x = [];
var k = 1;
for (var i = 0; i < 32; i++) { k = k * 2; x[k - 2] = k; }
k = 1;
var ok = 0;
for (i = 0; i < 32; i++) { k = k * 2; if (x[k - 2] === k) ok++; }
console.log(ok, x.length, Object.keys(x).length, 4294967294 in x, 5 in x);
var a = [];
a[2147483647] = 'x';
console.log(a.length, a[2147483647], a);
var b = [1, 2, 3];
b[4294967294] = 1;
console.log(b.length, b);
b.length = 2;
console.log(b.length, b);
var c = [];
c.length = 2147483648;
console.log(c.length, c);
c.length = 0; console.log(c.length, c);
var d = new Array(4294967295);
console.log(d.length);
try { d.length = 4294967296; } catch (e) { console.log(e.name, e.message); }
var e = []; e[5000] = 1;
for (var j = 0; j < 5000; j++) e[j] = j;
console.log(e.length, e[4999], e[5000], e.indexOf(4000));
delete x[14]; console.log(Object.keys(x).slice(0, 5), JSON.stringify(Object.getOwnPropertyDescriptor(x, '30')));
var s = 0; for (var q = 0; q < 3000; q++) { s += a.length % 7; if (q in e) s++; }
console.log(s);
// Back to dense once filled; a realistic id → record table with big ids.
var byId = [];
var ids = [7, 1000000, 3000000000, 42, 4294967294];
ids.forEach(function (id, n) { byId[id] = { id: id, n: n }; });
var found = [];
for (var t = 0; t < ids.length; t++) found.push(byId[ids[t]].n);
console.log(found.join(','), byId.length, Object.keys(byId).join(' '));
for (var key in byId) if (byId[key].n === 2) console.log('for-in', key);
var hot = [];
hot[30000] = 0;
var acc = 0;
for (var r = 0; r < 4000; r++) {
  hot[r * 7] = r;
  acc += hot.length + (hot[r * 3] === undefined ? 1 : 0);
}
console.log(acc, hot.length, Object.keys(hot).length);
var frozen = [];
frozen[10000] = 'f';
Object.freeze(frozen);
frozen[10000] = 'g';
frozen[3] = 'h';
console.log(frozen[10000], frozen[3], frozen.length, Object.isFrozen(frozen));
(function () {
  'use strict';
  try { frozen[10000] = 'g'; } catch (e) { console.log(e.name, e.message); }
  try { frozen[20000] = 'g'; } catch (e) { console.log(e.name, e.message); }
  try { delete frozen[10000]; } catch (e) { console.log(e.name, e.message); }
})();
var cnt = 0;
hot.forEach(function (v, i) { if (i % 7 === 0) cnt++; });
console.log(cnt, hot.some(function (v) { return v === 3999; }), hot.filter(function (v) { return v > 3990; }).length);
