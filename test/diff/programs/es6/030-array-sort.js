// Array.prototype.sort default (lexicographic) and with comparators
console.log([10, 9, 1].sort());
console.log([10, 9, 1, 100, 25, 2].sort());
console.log([10, 9, 1, 100, 25, 2].sort((a, b) => a - b));
console.log([10, 9, 1, 100, 25, 2].sort((a, b) => b - a));
console.log(['banana', 'Apple', 'cherry', 'apple', 'Banana'].sort());
console.log([true, false, true].sort(), [null, 'a', undefined, 'z', 'm'].sort());
console.log([-1, -2, 3, -10, 0].sort(), [-1, -2, 3, -10, 0].sort((a, b) => a - b));
console.log([1, , 3, undefined, 2].sort(), [3, undefined, 1].sort((a, b) => a - b));
console.log([0.5, 0.25, 1e21, 1e-7, 3].sort());
const arr = [3, 1, 2];
const ret = arr.sort();
console.log(ret === arr, arr);
const people = [
  { name: 'ann', age: 31 }, { name: 'bob', age: 25 }, { name: 'cy', age: 31 },
  { name: 'dee', age: 25 }, { name: 'eve', age: 40 }, { name: 'fay', age: 31 }
];
people.sort((a, b) => a.age - b.age);
console.log(people.map(p => p.name + p.age).join(' '));
people.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
console.log(people.map(p => p.name).join(' '));
people.sort((a, b) => b.age - a.age || (a.name < b.name ? -1 : 1));
console.log(people.map(p => p.name + p.age).join(' '));
// stable sort check with many equal keys
const items = [];
for (let i = 0; i < 30; i++) items.push({ key: i % 3, idx: i });
items.sort((a, b) => a.key - b.key);
console.log(items.map(it => it.idx).join(','));
// sorting strings by length then alphabetically
const words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum'];
console.log(words.slice().sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)));
console.log(words);
// numbers as strings
console.log(['10', '9', '1', '100'].sort(), ['10', '9', '1', '100'].sort((a, b) => Number(a) - Number(b)));
// larger deterministic array
let seed = 7;
const nums = [];
for (let i = 0; i < 200; i++) { seed = (seed * 48271) % 2147483647; nums.push(seed % 1000); }
const sorted = nums.slice().sort((a, b) => a - b);
let ok = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1] > sorted[i]) ok = false;
console.log(ok, sorted.slice(0, 8), sorted.slice(-4));
console.log(nums.slice(0, 12).sort());
// comparator returning booleans or non-numbers behaves per spec (only sign matters)
console.log([3, 1, 2].sort((a, b) => (a > b ? 1 : -1)), [5, 4, 3].sort(() => 0));
