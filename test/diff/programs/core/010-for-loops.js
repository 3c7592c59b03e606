// classic for(;;) loops
var out = [];
for (var i = 0; i < 5; i++) out.push(i);
console.log(out.join(','));

out = [];
for (var i = 10; i > 0; i -= 3) out.push(i);
console.log(out.join(','));

// multiple vars and comma operator in update
out = [];
for (var a = 0, b = 10; a < b; a++, b--) out.push(a + ':' + b);
console.log(out.join(' '));

// empty parts
var n = 0;
for (;;) {
  n++;
  if (n >= 7) break;
}
console.log('n', n);

var p = 0;
for (; p < 3;) p++;
console.log('p', p);

// nested with break/continue
out = [];
for (let x = 0; x < 4; x++) {
  for (let y = 0; y < 4; y++) {
    if (y > x) break;
    if ((x + y) % 2) continue;
    out.push('' + x + y);
  }
}
console.log(out.join(' '));

// loop with float step
out = [];
for (var f = 0; f < 1; f += 0.25) out.push(f);
console.log(out);

// loop that never runs
for (var never = 0; never < 0; never++) console.log('unreachable');
console.log('never', never);

// reverse iterate array
var arr = ['a', 'b', 'c', 'd'];
var rev = '';
for (var k = arr.length - 1; k >= 0; k--) rev += arr[k];
console.log(rev);

// for with let and closures + mutation in update
var fs = [];
for (let q = 1; q < 100; q *= 3) fs.push(() => q);
console.log(fs.map(g => g()).join(' '));

// sum of squares
var total = 0;
for (var s = 1; s <= 100; s++) total += s * s;
console.log(total);

// for with body as single if/else
var evens = 0, odds = 0;
for (var e = 0; e < 11; e++) if (e % 2 === 0) evens++; else odds++;
console.log(evens, odds);

// large iteration count
var acc = 0;
for (var big = 0; big < 100000; big++) acc = (acc + big * 7) % 1000003;
console.log(acc);
