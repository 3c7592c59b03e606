// sort with a comparator that changes the array being sorted: the sorted
// items are written back over whatever the comparator did (issue #17 item 6).
var c = [3, 1, 2];
c.sort(function (x, y) {
  c.length = 0;
  return x - y;
});
console.log(c, c.length);

var d = [5, undefined, 4, 1];
d.sort(function (x, y) {
  d.length = 1;
  return x - y;
});
console.log(d, d.length);

var e = [3, 2, 1];
var calls = 0;
e.sort(function (x, y) {
  if (calls++ === 0) e.push(9, 8);
  return x - y;
});
console.log(e.slice(0, 3), e.length);

// A realistic case: a comparator that records what it saw while sorting records.
var people = [
  { name: 'Ada', age: 36 },
  { name: 'Linus', age: 21 },
  { name: 'Grace', age: 45 },
  { name: 'Alan', age: 41 },
];
var seen = 0;
people.sort(function (a, b) {
  seen++;
  return a.age - b.age;
});
console.log(people.map(function (p) { return p.name; }).join(','), seen > 0);

// Hot: many small sorts (the JIT compiles the caller and the comparator).
var sum = 0;
for (var k = 0; k < 300; k++) {
  var arr = [k % 7, (k * 3) % 5, (k * 11) % 13, 2];
  arr.sort(function (x, y) { return y - x; });
  sum += arr[0] * 100 + arr[3];
}
console.log(sum);
