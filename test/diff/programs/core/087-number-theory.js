// factorization, modular exponentiation, perfect numbers
function factorize(n) {
  var f = [];
  for (var d = 2; d * d <= n; d++) {
    while (n % d === 0) { f.push(d); n /= d; }
  }
  if (n > 1) f.push(n);
  return f;
}
var ns = [1, 2, 12, 97, 360, 1001, 65536, 999999, 2147483647, 600851475143, 9007199254740991];
for (const n of ns) console.log(n, factorize(n).join('*'));
function modpow(b, e, m) {
  var r = 1;
  b = b % m;
  while (e > 0) {
    if (e & 1) r = (r * b) % m;
    b = (b * b) % m;
    e = Math.floor(e / 2);
  }
  return r;
}
console.log(modpow(2, 10, 1000), modpow(3, 200, 1000007), modpow(7, 65536, 65521), modpow(5, 0, 13));
function isPrime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (var d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return true;
}
var perfect = [];
for (var k = 2; k < 10000; k++) {
  var s = 1;
  for (var d = 2; d * d <= k; d++) if (k % d === 0) { s += d; if (d * d !== k) s += k / d; }
  if (s === k) perfect.push(k);
}
console.log('perfect', perfect);
var mersenne = [];
for (var p = 2; p < 32; p++) if (isPrime(p) && isPrime(2 ** p - 1)) mersenne.push(p);
console.log('mersenne exponents', mersenne);
function digitSum(n) { var s = 0; while (n > 0) { s += n % 10; n = Math.floor(n / 10); } return s; }
var fact = [1];
for (var i = 1; i <= 50; i++) {
  var carry = 0;
  for (var j = 0; j < fact.length; j++) {
    var v = fact[j] * i + carry;
    fact[j] = v % 10000;
    carry = Math.floor(v / 10000);
  }
  while (carry > 0) { fact.push(carry % 10000); carry = Math.floor(carry / 10000); }
}
var str = '' + fact[fact.length - 1];
for (var q = fact.length - 2; q >= 0; q--) { var part = '' + fact[q]; while (part.length < 4) part = '0' + part; str += part; }
console.log('50! =', str, str.length);
var dsum = 0;
for (var c = 0; c < str.length; c++) dsum += str.charCodeAt(c) - 48;
console.log('digit sum', dsum, digitSum(123456789));
function totient(n) {
  var result = n;
  for (var pp = 2; pp * pp <= n; pp++) {
    if (n % pp === 0) { while (n % pp === 0) n /= pp; result -= result / pp; }
  }
  if (n > 1) result -= result / n;
  return result;
}
console.log([1, 9, 10, 36, 97, 100, 1000000].map(totient).join(' '));
