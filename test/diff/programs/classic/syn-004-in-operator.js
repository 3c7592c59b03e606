// The in operator: own and inherited keys, arrays, functions, key
// conversion, and the TypeError for non-objects, with hot loops so the JIT's
// lookup-cache path meets hits, misses, absent keys and prototype changes.
var o = { a: 1, u: undefined, n: null, 0: 'zero', '1.5': 'x' };
console.log('a' in o, 'u' in o, 'n' in o, 'b' in o, 0 in o, '0' in o, 1.5 in o, 'toString' in o, 'hasOwnProperty' in o, 'constructor' in o);
var arr = [10, , 30];
arr.named = true;
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, '2' in arr, 'length' in arr, 'push' in arr, 'named' in arr, -1 in arr, 2.0 in arr);
function F() {}
var arrow = () => 1;
console.log('prototype' in F, 'name' in F, 'length' in F, 'call' in F, 'apply' in arrow, 'x' in F);
F.x = 1;
console.log('x' in F);
class C { m() {} static s() {} }
console.log('m' in new C(), 'm' in C, 's' in C, 'constructor' in C.prototype, 'prototype' in C);
var key = { toString: function () { return 'a'; } };
console.log(key in o, [0] in arr, true in { true: 1 }, null in { null: 1 }, undefined in { undefined: 1 });
// Precedence: relational.
console.log(!('z' in o), 'a' in o === true, ('a' in o) + 1);
var errors = [
  function () { return 'x' in 5; },
  function () { return 'x' in 'abc'; },
  function () { return 1 in undefined; },
  function () { return 'k' in null; },
  function () { return 'a' in true; },
  function () { return ({}) in 3; },
  function () { return [1, 2] in 4; },
  function () { return 'q' in 1.5; },
  function () { return 'q' in -0; },
  function () { return 'q' in NaN; },
  function () { var u; return 'p' in u; },
];
errors.forEach(function (f) {
  try {
    console.log('no error', f());
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
});
// Hot: the same site over objects of several shapes, present, inherited and absent keys.
function Base() { this.id = 0; }
Base.prototype.kind = 'base';
var objs = [new Base(), { id: 1 }, { id: 2, extra: 1 }, new Base(), { kind: 'own' }];
var counts = { id: 0, kind: 0, extra: 0, nope: 0 };
var names = ['id', 'kind', 'extra', 'nope'];
for (var i = 0; i < 4000; i++) {
  var ob = objs[i % objs.length];
  var nm = names[i % 4];
  if (nm in ob) counts[nm]++;
  if (i === 2000) Base.prototype.extra = 'late';
}
console.log(JSON.stringify(counts));
var hits = 0;
for (var j = 0; j < 3000; j++) {
  if ('id' in objs[0]) hits++;
  if ('kind' in objs[1]) hits += 100;
  if ((j % 10) + '' in arr) hits += 10000;
}
console.log(hits);
