// hand-written quicksort with a seeded PRNG
var seed = 12345;
function rand() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}
function quicksort(arr, lo, hi, cmp) {
  if (lo >= hi) return;
  var pivot = arr[(lo + hi) >> 1];
  var i = lo, j = hi;
  while (i <= j) {
    while (cmp(arr[i], pivot) < 0) i++;
    while (cmp(arr[j], pivot) > 0) j--;
    if (i <= j) {
      var t = arr[i]; arr[i] = arr[j]; arr[j] = t;
      i++; j--;
    }
  }
  quicksort(arr, lo, j, cmp);
  quicksort(arr, i, hi, cmp);
}
function sort(arr, cmp) {
  quicksort(arr, 0, arr.length - 1, cmp || function (a, b) { return a - b; });
  return arr;
}
function isSorted(arr, cmp) {
  for (var i = 1; i < arr.length; i++) if (cmp(arr[i - 1], arr[i]) > 0) return false;
  return true;
}
var nums = [];
for (var i = 0; i < 20; i++) nums.push(rand() % 100);
console.log('before', nums.join(' '));
sort(nums);
console.log('after ', nums.join(' '));
var big = [];
for (var k = 0; k < 5000; k++) big.push(rand() % 100000 - 50000);
sort(big);
var numCmp = function (a, b) { return a - b; };
console.log('big sorted', isSorted(big, numCmp), big[0], big[2500], big[4999]);
var desc = sort([5, 3, 9, 1, 7, 3, 3], function (a, b) { return b - a; });
console.log(desc);
var words = ['pear', 'apple', 'fig', 'banana', 'kiwi', 'cherry', 'date'];
sort(words, function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
console.log(words);
sort(words, function (a, b) { return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0); });
console.log(words);
var recs = [{ n: 'x', v: 3 }, { n: 'y', v: 1 }, { n: 'z', v: 2 }, { n: 'w', v: 1 }];
sort(recs, function (a, b) { return a.v - b.v || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0); });
console.log(recs.map(r => r.n + r.v).join(' '));
console.log(sort([]), sort([1]), sort([2, 1]), sort([1, 1, 1]), sort([3, -1, -0.5, 2.5, 0]));
var floats = [];
for (var f = 0; f < 10; f++) floats.push((rand() % 1000) / 7);
sort(floats);
console.log(floats.map(x => x.toFixed(3)).join(' '));
