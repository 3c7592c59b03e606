// recursion: hanoi, ackermann, permutations, power set, mutual recursion
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + '>' + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, 'A', 'C', 'B', []).join(' '));
console.log(hanoi(10, 'A', 'C', 'B', []).length, hanoi(16, 'L', 'R', 'M', []).length);
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
console.log(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3), ack(3, 5));
function permutations(arr) {
  if (arr.length <= 1) return [arr.slice()];
  var out = [];
  for (var i = 0; i < arr.length; i++) {
    var rest = arr.slice(0, i);
    var tail = arr.slice(i + 1);
    for (const t of tail) rest.push(t);
    var sub = permutations(rest);
    for (const p of sub) {
      var withHead = [arr[i]];
      for (const x of p) withHead.push(x);
      out.push(withHead);
    }
  }
  return out;
}
console.log(permutations([1, 2, 3]).map(p => p.join('')).join(' '));
console.log(permutations(['a', 'b', 'c', 'd']).length, permutations([1, 2, 3, 4, 5, 6]).length);
function powerSet(arr, i) {
  if (i === arr.length) return [[]];
  var rest = powerSet(arr, i + 1);
  var out = [];
  for (const r of rest) out.push(r);
  for (const r of rest) { var w = [arr[i]]; for (const x of r) w.push(x); out.push(w); }
  return out;
}
console.log(powerSet(['x', 'y', 'z'], 0));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(100), isOdd(77), isEven(1001));
function flatten(v) {
  if (typeof v !== 'object' || v === null || v.length === undefined) return [v];
  var out = [];
  for (const item of v) for (const f of flatten(item)) out.push(f);
  return out;
}
console.log(flatten([1, [2, [3, [4, [5, [6]]]]], 'x', [[[]]], [null]]));
function depthOf(v) {
  if (typeof v !== 'object' || v === null) return 0;
  var d = 0;
  for (const x of v) d = Math.max(d, depthOf(x));
  return d + 1;
}
console.log(depthOf([1, [2, [3, [4]]]]), depthOf([]), depthOf(5));
function countDown(n) { if (n < 0) return ''; return n + (n > 0 ? ',' : '') + countDown(n - 1); }
console.log(countDown(10));
function sumDigits(n) { return n < 10 ? n : (n % 10) + sumDigits(Math.floor(n / 10)); }
console.log(sumDigits(987654321), sumDigits(0), sumDigits(2 ** 40));
function deep(n) { return n === 0 ? 'bottom' : deep(n - 1); }
console.log(deep(5000));
