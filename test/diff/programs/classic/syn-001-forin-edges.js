// for...in edge cases: key order, inheritance, shadowing, arrays, strings,
// primitives, head forms, mutation during the loop.
function keys(o) {
  var out = [];
  for (var k in o) out.push(k);
  return out.join(',');
}
console.log(keys({ b: 1, a: 2, 10: 'x', 2: 'y', '-1': 'n', '01': 'z', 4294967294: 'max', 4294967295: 'big', z: 3 }));
console.log(keys({}), keys([]), keys(''), keys(null), keys(undefined), keys(0), keys(3.5), keys(true), keys(NaN));
console.log(keys([10, 20, 30]), keys([, , 1, , 2]), keys('héllo'));
var a = [1, 2, 3];
a.extra = 'e';
a[10] = 'ten';
console.log(keys(a));
// Inheritance: own first, then each prototype; shadowed keys once.
function Base() { this.x = 1; this.shared = 'own'; }
Base.prototype.shared = 'proto';
Base.prototype.method = function () {};
function Derived() { Base.call(this); this.y = 2; }
Derived.prototype = new Base();
Derived.prototype.dm = function () {};
var d = new Derived();
console.log(keys(d));
console.log(keys(Derived.prototype), keys(Base.prototype));
// Classes: methods are not enumerable; fields are.
class Point {
  z = 0;
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return Math.hypot(this.x, this.y); }
  static origin() { return new Point(0, 0); }
}
class Point3 extends Point { w = 1; dist() {} }
console.log(keys(new Point(1, 2)), keys(new Point3(1, 2)), keys(Point), keys(Point.prototype));
Point.prototype.tag = 'enumerable';
console.log(keys(new Point3(3, 4)));
// Functions and built-ins.
function f() {}
f.a = 1;
f.b = 2;
console.log(keys(f), keys(Math), keys(JSON), keys(Object), keys(Array.prototype), keys(String.prototype), keys(new Error('e')));
// Primitives see enumerable keys their prototypes gained.
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
Number.prototype.twice = function () { return this * 2; };
console.log(keys('ab'), keys(5), keys(true));
// Head forms.
var k, out = [];
for (k in { p: 1, q: 2 }) out.push(k);
console.log(k, out.join());
var holder = {};
for (holder.key in { m: 1, n: 2 }) out.push(holder.key);
console.log(holder.key, out.join());
var arr2 = [];
var idx = 0;
for (arr2[idx++] in { u: 1, v: 2, w: 3 });
console.log(arr2.join(), idx);
for (let j in [7, 8]) out.push(typeof j + j);
for (const c in 'xy') out.push(c);
console.log(out.join());
// let: a fresh binding per iteration (closures see their own key).
var fns = [];
for (let key in { one: 1, two: 2, three: 3 }) fns.push(function () { return key; });
console.log(fns.map(function (g) { return g(); }).join());
var fns2 = [];
for (var vk in { one: 1, two: 2 }) fns2.push(function () { return vk; });
console.log(fns2.map(function (g) { return g(); }).join());
// Mutation during the loop: added keys are not visited; removed elements are skipped.
var grow = { a: 1, b: 2 };
var seen = [];
for (var g in grow) { seen.push(g); grow['n' + g] = 1; }
console.log(seen.join(), keys(grow));
var shrink = [1, 2, 3, 4, 5];
seen = [];
for (var s in shrink) { seen.push(s); if (s === '1') shrink.length = 3; }
console.log(seen.join());
var holes = [1, 2, 3, 4];
seen = [];
for (var h in holes) { seen.push(h); holes[2] = undefined; }
console.log(seen.join());
// The object expression is evaluated once.
var evals = 0;
function src() { evals++; return { r: 1, s: 2 }; }
for (var e in src());
console.log(evals);
// break, continue, return from inside; nested loops over the same object.
var pairs = [];
var obj = { a: 1, b: 2, c: 3 };
for (var x in obj) {
  if (x === 'b') continue;
  for (var y in obj) {
    if (y === 'c') break;
    pairs.push(x + y);
  }
}
console.log(pairs.join());
function firstKeyWith(o, v) { for (var key in o) if (o[key] === v) return key; return null; }
console.log(firstKeyWith(obj, 2), firstKeyWith(obj, 9));
// Key types and values read through them.
for (var n in [5]) console.log(typeof n, n === '0', [5][n]);
try {
  for (const ck in { a: 1, b: 2 }) { ck = 'x'; }
} catch (err) {
  console.log(err.constructor.name, err.message);
}
