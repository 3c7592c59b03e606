// for...of over arrays
var arr = [10, 20, 30];
var sum = 0;
for (var v of arr) sum += v;
console.log(sum, v);

for (const s of ['x', 'y']) console.log('item', s);

// holes give undefined
var holes = [1, , 3];
var seen = [];
for (let h of holes) seen.push(h);
console.log(seen);

// empty array
var count = 0;
for (let e of []) count++;
console.log('empty count', count);

// break and continue
var out = [];
for (let n of [1, 2, 3, 4, 5, 6, 7, 8]) {
  if (n % 2 === 0) continue;
  if (n > 6) break;
  out.push(n);
}
console.log(out);

// nested for-of
var pairs = [];
for (const a of ['a', 'b']) {
  for (const b of [1, 2, 3]) {
    pairs.push(a + b);
  }
}
console.log(pairs.join(' '));

// arrays of arrays/objects
var people = [{ name: 'ann', age: 31 }, { name: 'bob', age: 25 }, { name: 'cy', age: 40 }];
var oldest = null;
for (const p of people) {
  if (oldest === null || p.age > oldest.age) oldest = p;
}
console.log(oldest.name, oldest.age);

var matrix = [[1, 2], [3, 4], [5, 6]];
var flat = [];
for (const row of matrix) for (const x of row) flat.push(x);
console.log(flat);

// modifying array during iteration (push extends iteration)
var grow = [1, 2, 3];
var visited = [];
for (const g of grow) {
  visited.push(g);
  if (g < 3 && grow.length < 6) grow.push(g + 10);
}
console.log(visited, grow);

// closures in for-of
var fns = [];
for (let w of ['p', 'q', 'r']) fns.push(() => w.toUpperCase());
console.log(fns.map(f => f()).join(''));

// strings in arrays, for-of over result of split
var words = 'the quick brown fox'.split(' ');
var lens = [];
for (const word of words) lens.push(word.length);
console.log(lens);

// for-of with an existing let variable
let target;
for (target of [7, 8, 9]) {}
console.log('target', target);
