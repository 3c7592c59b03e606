// binary search variants
function bsearch(arr, x) {
  var lo = 0, hi = arr.length - 1;
  while (lo <= hi) {
    var mid = (lo + hi) >>> 1;
    if (arr[mid] === x) return mid;
    if (arr[mid] < x) lo = mid + 1; else hi = mid - 1;
  }
  return -(lo + 1);
}
function lowerBound(arr, x) {
  var lo = 0, hi = arr.length;
  while (lo < hi) {
    var mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}
function upperBound(arr, x) {
  var lo = 0, hi = arr.length;
  while (lo < hi) {
    var mid = Math.floor((lo + hi) / 2);
    if (arr[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}
function bsearchRec(arr, x, lo, hi) {
  if (lo > hi) return -1;
  var mid = lo + ((hi - lo) >> 1);
  if (arr[mid] === x) return mid;
  return arr[mid] < x ? bsearchRec(arr, x, mid + 1, hi) : bsearchRec(arr, x, lo, mid - 1);
}
var sorted = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
var queries = [1, 19, 7, 8, 0, 20, 13, -5, 100];
for (const q of queries) console.log(q, bsearch(sorted, q), bsearchRec(sorted, q, 0, sorted.length - 1), lowerBound(sorted, q), upperBound(sorted, q));
var dups = [1, 2, 2, 2, 3, 3, 5];
for (const q of [0, 1, 2, 3, 4, 5, 6]) console.log('dups', q, lowerBound(dups, q), upperBound(dups, q), upperBound(dups, q) - lowerBound(dups, q));
console.log(bsearch([], 1), lowerBound([], 1), bsearch([4], 4), bsearch([4], 5));
var big = [];
for (var i = 0; i < 100000; i++) big.push(i * 3);
var found = 0, steps = 0;
for (var k = 0; k < 3000; k++) if (bsearch(big, k * 7) >= 0) found++;
console.log('found', found);
function isqrt(n) {
  var lo = 0, hi = n;
  while (lo < hi) {
    var mid = Math.floor((lo + hi + 1) / 2);
    if (mid * mid <= n) lo = mid; else hi = mid - 1;
  }
  return lo;
}
console.log([0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 1000000, 2147395600, 2147483647].map(isqrt).join(' '));
var words = ['ant', 'bee', 'cat', 'dog', 'eel', 'fox', 'gnu'];
console.log(bsearch(words, 'dog'), bsearch(words, 'ape'), bsearch(words, 'zebra'), lowerBound(words, 'cow'));
function solve(f, lo, hi) {
  for (var it = 0; it < 60; it++) {
    var mid = (lo + hi) / 2;
    if (f(mid) > 0) hi = mid; else lo = mid;
  }
  return lo;
}
console.log(solve(x => x * x - 2, 0, 2).toFixed(12), solve(x => x * x * x - 27, 0, 10).toFixed(9));
