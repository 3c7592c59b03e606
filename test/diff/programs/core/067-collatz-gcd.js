// collatz sequences, gcd and lcm
function collatzLen(n) {
  var steps = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}
function collatzSeq(n) {
  var seq = [n];
  while (n !== 1) { n = (n & 1) ? 3 * n + 1 : n >> 1; seq.push(n); }
  return seq;
}
console.log(collatzSeq(6).join(' -> '));
console.log(collatzLen(1), collatzLen(7), collatzLen(27), collatzLen(97), collatzLen(871));
var best = 0, bestN = 0;
for (var i = 1; i < 30000; i++) {
  var l = collatzLen(i);
  if (l > best) { best = l; bestN = i; }
}
console.log('longest under 30000:', bestN, best);
var peak = 0;
var n = 77671;
while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; if (n > peak) peak = n; }
console.log('peak for 77671', peak);
function gcd(a, b) { while (b !== 0) { var t = a % b; a = b; b = t; } return a; }
function gcdRec(a, b) { return b === 0 ? a : gcdRec(b, a % b); }
function lcm(a, b) { return a / gcd(a, b) * b; }
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(9, 0), gcd(1071, 462), gcdRec(270, 192));
console.log(gcd(-12, 18), gcd(12, -18), gcd(2147483647, 2147483646), gcd(2 ** 40, 2 ** 35 * 3));
console.log(lcm(4, 6), lcm(21, 6), lcm(1, 1));
var l20 = 1;
for (var k = 1; k <= 20; k++) l20 = lcm(l20, k);
console.log('lcm 1..20', l20);
var l40 = 1;
for (var k2 = 1; k2 <= 40; k2++) l40 = lcm(l40, k2);
console.log('lcm 1..40', l40);
function reduceFrac(p, q) { var g = gcd(p, q); return (p / g) + '/' + (q / g); }
console.log(reduceFrac(10, 4), reduceFrac(100, 75), reduceFrac(7, 13), reduceFrac(0, 5));
// coprime count (Euler phi)
function phi(m) {
  var c = 0;
  for (var x = 1; x <= m; x++) if (gcd(x, m) === 1) c++;
  return c;
}
var phis = [];
for (var p = 1; p <= 20; p++) phis.push(phi(p));
console.log(phis.join(' '));
