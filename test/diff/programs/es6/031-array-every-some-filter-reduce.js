// every, some, filter, reduce
const nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
console.log(nums.every(n => n > 0), nums.every(n => n > 1), [].every(n => false), [].some(n => true));
console.log(nums.some(n => n > 9), nums.some(n => n > 10), nums.some((n, i) => i === 3 && n === 4));
console.log(nums.filter(n => n % 2 === 0), nums.filter(n => n > 100), nums.filter((n, i) => i < 3));
console.log(nums.reduce((a, b) => a + b), nums.reduce((a, b) => a + b, 100), nums.reduce((a, b) => a * b, 1));
console.log([5].reduce((a, b) => a + b), [].reduce((a, b) => a + b, 'init'), [[1], [2, 3], []].reduce((a, b) => a.concat(b), []));
console.log(['a', 'b', 'c'].reduce((acc, s, i) => acc + s + i, ''), ['a', 'b', 'c'].reduce((acc, s) => s + acc));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
// callbacks receive (value, index, array)
const calls = [];
[10, 20, 30].every((v, i, arr) => { calls.push(v + '@' + i + '/' + arr.length); return v < 20; });
console.log(calls);
calls.length = 0;
[10, 20, 30].some((v, i) => { calls.push(i); return v === 20; });
console.log(calls);
calls.length = 0;
[1, 2, 3].reduce((acc, v, i, arr) => { calls.push(acc + ':' + v + ':' + i + ':' + arr.length); return acc + v; });
console.log(calls);
// holes are skipped by every/some/filter/reduce
const holes = [1, , 3, , 5];
let visited = 0;
holes.every(() => { visited++; return true; });
console.log('every visited', visited, holes.filter(() => true), holes.reduce((a, b) => a + b));
// truthiness of callback results
console.log([0, 1, '', 'a', null, {}].filter(x => x), [1, 2, 3].filter(() => 'yes'), [1, 2, 3].some(() => 0));
// chaining
const result = nums.filter(n => n % 3 !== 0).map(n => n * n).reduce((a, b) => a + b, 0);
console.log(result);
const words = ['apple', 'bob', 'civic', 'deed', 'eagle', 'level', 'moon'];
const palindromes = words.filter(w => w === w.split('').reverse().join(''));
console.log(palindromes, palindromes.every(w => w.length >= 3), words.some(w => w.length > 5));
// reduce to build objects
const counts = ['x', 'y', 'x', 'z', 'x', 'y'].reduce((acc, k) => { acc[k] = (acc[k] || 0) + 1; return acc; }, {});
console.log(counts);
const grouped = words.reduce((acc, w) => {
  const key = w.length;
  if (!acc[key]) acc[key] = [];
  acc[key].push(w);
  return acc;
}, {});
console.log(grouped);
const max = nums.reduce((m, v) => (v > m ? v : m), -Infinity);
const minObj = [{ v: 3 }, { v: 1 }, { v: 2 }].reduce((m, o) => (o.v < m.v ? o : m));
console.log(max, minObj);
// thisArg-free callbacks using closures over counters
let seen = 0;
const evens = nums.filter(n => { seen++; return n % 2 === 0; });
console.log(seen, evens.length);
