// fibonacci variants
function fibRec(n) { return n < 2 ? n : fibRec(n - 1) + fibRec(n - 2); }
function fibIter(n) {
  var a = 0, b = 1;
  for (var i = 0; i < n; i++) { var t = a + b; a = b; b = t; }
  return a;
}
var memo = {};
function fibMemo(n) {
  if (n < 2) return n;
  var key = 'k' + n;
  if (memo[key] !== undefined) return memo[key];
  var v = fibMemo(n - 1) + fibMemo(n - 2);
  memo[key] = v;
  return v;
}
var row = [];
for (var i = 0; i <= 20; i++) row.push(fibRec(i));
console.log(row.join(' '));
console.log(fibRec(25), fibIter(25), fibMemo(25));
console.log(fibIter(50), fibMemo(50), fibIter(78), fibIter(79), fibIter(100));
console.log(fibIter(1476), fibIter(1477));
// fib mod m via int32 arithmetic
function fibMod(n, m) {
  var a = 0, b = 1;
  for (var i = 0; i < n; i++) { var t = (a + b) % m; a = b; b = t; }
  return a;
}
console.log(fibMod(1000, 1000000007), fibMod(100000, 65536));
// closure-based fib generator
function fibGen() {
  var a = 0, b = 1;
  return function () { var r = a; a = b; b = r + b; return r; };
}
var g = fibGen();
var seq = [];
for (var j = 0; j < 15; j++) seq.push(g());
console.log(seq);
// call count
var calls = 0;
function fibCount(n) { calls++; return n < 2 ? n : fibCount(n - 1) + fibCount(n - 2); }
fibCount(20);
console.log('calls for fib(20):', calls);
