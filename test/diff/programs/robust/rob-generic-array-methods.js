// Array.prototype methods are generic: they run on array-likes ({length: n},
// arguments, strings where reading is enough), on sparse arrays, and near
// the 2^53-1 length limit, with node's results and errors (issue #17 item 12).
var t = function (f) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
var o = { length: 0 };
t(function () { return Array.prototype.push.call(o, 1, 2); });
console.log(o);
t(function () { return Array.prototype.pop.call(o); });
t(function () { return Array.prototype.unshift.call(o, 'a', 'b'); });
console.log(o);
t(function () { return Array.prototype.shift.call(o); });
t(function () { return Array.prototype.splice.call(o, 1, 1, 'x', 'y', 'z'); });
console.log(o);
t(function () { return Array.prototype.reverse.call(o); });
t(function () { return Array.prototype.sort.call(o); });
t(function () { return Array.prototype.fill.call({ length: 3 }, 7, 1); });
t(function () { return Array.prototype.join.call(o, '-'); });
t(function () { return Array.prototype.slice.call(o, 1); });
t(function () { return Array.prototype.indexOf.call(o, 'y'); });
t(function () { return Array.prototype.lastIndexOf.call(o, 'y'); });
t(function () { return Array.prototype.includes.call(o, 'z'); });
t(function () { return Array.prototype.concat.call(o, [1, 2], 3); });
t(function () { return Array.prototype.toString.call(o); });
t(function () { return Array.prototype.toString.call({ join: 5 }); });
t(function () { return Array.prototype.map.call('abc', function (x) { return x + x; }); });
t(function () { return Array.prototype.filter.call('abcd', function (x, i) { return i % 2; }); });
t(function () { return Array.prototype.reduce.call('abc', function (a, x) { return x + a; }); });
t(function () { return Array.prototype.reduceRight.call('abc', function (a, x) { return x + a; }); });
t(function () { return Array.prototype.findLast.call({ length: 3, 0: 1, 1: 2, 2: 3 }, function (x) { return x < 3; }); });
t(function () { return Array.prototype.findLastIndex.call({ length: 3, 0: 1, 1: 2, 2: 3 }, function (x) { return x < 3; }); });
t(function () { return Array.prototype.push.call(null, 1); });
t(function () { return Array.prototype.forEach.call(null, function () {}); });
t(function () { return Array.prototype.forEach.call({ length: 1, 0: 1 }, 5); });
t(function () { return Array.prototype.reduce.call({ length: 0 }, function (a) { return a; }); });
t(function () { return Array.prototype.sort.call({ length: 2, 0: 'b', 1: 'a' }, 5); });
t(function () { return Array.prototype.push.call({ length: 9007199254740991 }, 1); });
t(function () { return Array.prototype.unshift.call({ length: 9007199254740991 }, 1); });
t(function () { return Array.prototype.push.call(Object.freeze({ length: 0 }), 1); });
t(function () { return Array.prototype.pop.call('abc'); });
t(function () { return Array.prototype.join.call('abc', '-'); });
var big = { length: 9007199254740991 };
big[9007199254740990] = 'last';
big[9007199254740988] = 'third';
t(function () { return Array.prototype.indexOf.call(big, 'last', 9007199254740987); });
t(function () { return Array.prototype.lastIndexOf.call(big, 'third', -1); });
t(function () { return Array.prototype.includes.call(big, 'last', -3); });
t(function () { return Array.prototype.slice.call(big, 9007199254740988); });
var seen = [];
try { Array.prototype.reduceRight.call(big, function (acc, el, i) { seen.push(el, i); if (el === 'third') throw 0; return acc; }, 0); } catch (e) { console.log(seen); }
(function () { console.log(Array.prototype.slice.call(arguments, 1), Array.prototype.join.call(arguments, '+')); })(1, 2, 3);
var sp = [3, 1, 2];
sp[5000] = 0;
console.log(sp.sort(), sp.length, sp.indexOf(0), sp.includes(undefined), sp.slice(0, 4), sp.join('').length);
sp.reverse(); console.log(sp.length, sp[5000], sp[4997], Object.keys(sp).length);
console.log(sp.concat([1]).length, [0].concat(sp).length, sp.pop(), sp.length, sp.push(9), sp.length);
// A realistic use: a hand-rolled array-like collection borrowing Array methods.
function Stack() {
  this.length = 0;
}
Stack.prototype.push = Array.prototype.push;
Stack.prototype.pop = Array.prototype.pop;
Stack.prototype.join = Array.prototype.join;
var st = new Stack();
var total = 0;
for (var h = 0; h < 2000; h++) {
  st.push(h, h + 1);
  total += st.pop() + st.length;
  if (st.length > 50) Array.prototype.splice.call(st, 0, 25);
}
console.log(total, st.length, st.join(',').length);
function sum() {
  return Array.prototype.reduce.call(arguments, function (a, b) { return a + b; }, 0);
}
var s2 = 0;
for (var h2 = 0; h2 < 2000; h2++) s2 += sum(h2, 1, 2);
console.log(s2);
