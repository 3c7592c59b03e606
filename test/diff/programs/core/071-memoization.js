// memoization with objects as maps with string keys
function memoize(f) {
  var cache = {};
  var stats = { hits: 0, misses: 0 };
  var wrapped = function (n) {
    var key = 'k' + n;
    if (cache[key] !== undefined) { stats.hits++; return cache[key]; }
    stats.misses++;
    var v = f(n);
    cache[key] = v;
    return v;
  };
  wrapped.stats = stats;
  return wrapped;
}
var slowSquare = memoize(function (n) { return n * n; });
console.log(slowSquare(4), slowSquare(4), slowSquare(5), slowSquare(4), slowSquare.stats);
// memoized recursion: number of ways to climb stairs
var ways = memoize(function (n) {
  if (n <= 1) return 1;
  return ways(n - 1) + ways(n - 2) + (n >= 3 ? ways(n - 3) : 0);
});
console.log(ways(10), ways(30), ways(50), ways.stats);
// grid paths with two-arg key
var gridCache = {};
function gridPaths(r, c) {
  if (r === 0 || c === 0) return 1;
  var key = r + ',' + c;
  if (gridCache[key] !== undefined) return gridCache[key];
  var v = gridPaths(r - 1, c) + gridPaths(r, c - 1);
  gridCache[key] = v;
  return v;
}
console.log(gridPaths(2, 2), gridPaths(10, 10), gridPaths(16, 16), gridPaths(30, 30));
// LCS with string keys
function lcs(a, b) {
  var memo = {};
  function go(i, j) {
    if (i === a.length || j === b.length) return '';
    var key = i + ':' + j;
    if (memo[key] !== undefined) return memo[key];
    var r;
    if (a.charAt(i) === b.charAt(j)) r = a.charAt(i) + go(i + 1, j + 1);
    else {
      var x = go(i + 1, j), y = go(i, j + 1);
      r = x.length >= y.length ? x : y;
    }
    memo[key] = r;
    return r;
  }
  return go(0, 0);
}
console.log(lcs('AGGTAB', 'GXTXAYB'), lcs('abcdef', 'acf'), '[' + lcs('abc', 'xyz') + ']', lcs('the quick brown fox', 'a quick brown dog'));
// word frequency map
var text = 'the cat and the hat and the bat sat on the mat';
var freq = {};
var order = [];
for (const w of text.split(' ')) {
  if (freq[w] === undefined) { freq[w] = 0; order.push(w); }
  freq[w]++;
}
console.log(freq);
console.log(order.map(w => w + '=' + freq[w]).join(' '));
// keys that look like numbers vs strings
var m = {};
m['10'] = 'a'; m['9'] = 'b'; m['x'] = 'c'; m['-1'] = 'd'; m['01'] = 'e';
console.log(m, m[10], m['01'], m[1]);
// coin change memo
var coinMemo = {};
function change(amount, idx, coins) {
  if (amount === 0) return 1;
  if (amount < 0 || idx >= coins.length) return 0;
  var key = amount + '/' + idx;
  if (coinMemo[key] !== undefined) return coinMemo[key];
  var v = change(amount - coins[idx], idx, coins) + change(amount, idx + 1, coins);
  coinMemo[key] = v;
  return v;
}
console.log(change(100, 0, [1, 5, 10, 25, 50]), change(300, 0, [1, 5, 10, 25, 50]));
