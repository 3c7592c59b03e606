// while and do...while loops
var i = 0;
var s = '';
while (i < 5) {
  s += i;
  i++;
}
console.log(s, i);

// while false never runs; do-while runs once
var ran = 0;
while (false) { ran++; }
do { ran += 10; } while (false);
console.log('ran', ran);

// do-while counting down
var n = 3;
var out = [];
do {
  out.push(n);
  n--;
} while (n > 0);
console.log(out);

// do-while with continue goes to condition
var k = 0;
var seen = [];
do {
  k++;
  if (k % 2 === 0) continue;
  seen.push(k);
} while (k < 9);
console.log(seen);

// do-while with break
var m = 0;
do {
  m++;
  if (m === 4) break;
} while (true);
console.log('m', m);

// nested while
var rows = [];
var r = 0;
while (r < 3) {
  var c = 0;
  var row = '';
  while (c <= r) {
    row += '*';
    c++;
  }
  rows.push(row);
  r++;
}
console.log(rows.join('|'));

// while with complex condition
var a = 0, b = 10;
while (a < b && b - a > 2) {
  a += 2;
  b -= 1;
}
console.log(a, b);

// loop with closure capturing var
var fns = [];
var j = 0;
while (j < 3) {
  fns.push(function () { return j; });
  j++;
}
console.log(fns[0](), fns[2]());

// do while single statement body
var z = 0;
do z += 5; while (z < 23);
console.log(z);

// while loop computing digits
function digits(num) {
  var ds = [];
  if (num === 0) return [0];
  while (num > 0) {
    ds.push(num % 10);
    num = Math.floor(num / 10);
  }
  return ds;
}
console.log(digits(9051), digits(0), digits(1000000));
