// sieve of Eratosthenes
function sieve(n) {
  var isPrime = new Array(n + 1).fill(true);
  isPrime[0] = false;
  isPrime[1] = false;
  for (var i = 2; i * i <= n; i++) {
    if (isPrime[i]) {
      for (var j = i * i; j <= n; j += i) isPrime[j] = false;
    }
  }
  var primes = [];
  for (var k = 0; k <= n; k++) if (isPrime[k]) primes.push(k);
  return primes;
}
var p100 = sieve(100);
console.log(p100.length, p100.join(','));
var p = sieve(100000);
console.log(p.length, p[p.length - 1], p[1000], p[9591]);
// sum of primes below 2 million-ish scaled down
var sum = 0;
for (var i = 0; i < p.length; i++) sum += p[i];
console.log('sum', sum);
// twin primes
var twins = 0;
for (var t = 1; t < p.length; t++) if (p[t] - p[t - 1] === 2) twins++;
console.log('twins', twins);
// largest gap
var gap = 0, at = 0;
for (var g = 1; g < p.length; g++) if (p[g] - p[g - 1] > gap) { gap = p[g] - p[g - 1]; at = p[g - 1]; }
console.log('gap', gap, 'after', at);
// classic benchmark style sieve with flags array reused
function sieveCount(size) {
  var flags = new Array(size);
  var count = 0;
  for (var r = 0; r < 3; r++) {
    count = 0;
    flags.fill(true);
    for (var i = 2; i <= size; i++) {
      if (flags[i - 1]) {
        count++;
        for (var k = i + i; k <= size; k += i) flags[k - 1] = false;
      }
    }
  }
  return count;
}
console.log(sieveCount(5000), sieveCount(8191));
console.log(sieve(30));
