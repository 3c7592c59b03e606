// Hot for...in loops whose receivers change shape mid-loop, mix shapes,
// arrays and strings, so the JIT's enum-shape fast path meets each of its
// slow cases.
function sumValues(o) {
  var s = 0;
  for (var k in o) s += o[k];
  return s;
}
function keyString(o) {
  var s = '';
  for (var k in o) s += k;
  return s;
}
var shapes = [
  { a: 1, b: 2 },
  { b: 2, a: 1 },
  { a: 1, b: 2, c: 3 },
  [1, 2, 3],
  'xyz',
  null,
  { 1: 10, 0: 20 },
];
var acc = 0, str = '';
for (var i = 0; i < 2000; i++) {
  var o = shapes[i % shapes.length];
  if (typeof o === 'string') str = keyString(o);
  else acc += sumValues(o);
  if (i % 500 === 0) str += keyString(o);
}
console.log(acc, str);
// Adding a property during the loop: a new shape, same keys visited.
function addWhileLooping(n) {
  var seen = 0;
  for (var r = 0; r < n; r++) {
    var o = { p: 1, q: 2, r: 3 };
    for (var k in o) {
      seen++;
      if (k === 'p') o.added = 1;
    }
  }
  return seen;
}
console.log(addWhileLooping(1500));
// Truncating an array during the loop: later indices are skipped.
function truncating(n) {
  var seen = 0;
  for (var r = 0; r < n; r++) {
    var arr = [1, 2, 3, 4];
    for (var k in arr) {
      seen++;
      if (k === '1') arr.length = 2;
    }
  }
  return seen;
}
console.log(truncating(1500));
// A prototype gains an enumerable key between loops: the cached keys must not hide it.
function Rec() { this.x = 1; this.y = 2; }
var before = 0, after = 0;
for (var t = 0; t < 1000; t++) before += keyString(new Rec()).length;
Rec.prototype.z = 3;
for (t = 0; t < 1000; t++) after += keyString(new Rec()).length;
console.log(before, after, keyString(new Rec()));
// Break out of the fast path early and restart it.
function firstTwo(o) {
  var out = '';
  var n = 0;
  for (var k in o) {
    if (n++ === 2) break;
    out += k;
  }
  return out;
}
var ft = '';
for (t = 0; t < 1000; t++) ft = firstTwo({ k1: 1, k2: 2, k3: 3, k4: 4 });
console.log(ft);
