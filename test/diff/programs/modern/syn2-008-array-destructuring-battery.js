// Array destructuring and rest elements through the iterator protocol.
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const [a, , b = 'db', ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
let x = 1, y = 2;
[x, y] = [y, x];
console.log(x, y);
const [[p, q] = [7, 8], { r = 'dr' } = {}] = [];
console.log(p, q, r);
const [c1, c2, c3] = 'hé!';
console.log(c1, c2, c3);
const o = {};
[o.first, o['second'], ...o.others] = [10, 20, 30, 40];
console.log(o);
function f([head, ...tail] = [], { n = tail.length } = {}) { return [head, tail, n]; }
console.log(f(), f([1, 2, 3]), f('ab', { n: 9 }), f.length);
const g = ([u, v] = [1, 2], ...more) => u + v + more.length;
console.log(g(), g([5, 6], 1, 2));
for (const [k, v] of [['a', 1], ['b', 2]]) console.log(k, v);
for (const [i, { name = '?' }] of [[0, { name: 'zero' }], [1, {}]]) console.log(i, name);
try { throw [1, [2, 3]]; } catch ([one, [two, three]]) { console.log(one, two, three); }
// A custom iterable: return() is called when the pattern stops early.
let log = [];
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { log.push('next' + i); return { value: i++, done: i > 5 }; },
      return() { log.push('return'); return {}; },
    };
  },
};
const [i0, i1] = iterable;
console.log(i0, i1, log);
log = [];
const [...all] = iterable;
console.log(all, log);
log = [];
const [] = iterable;
console.log(log);
log = [];
t(() => { const [z = (() => { throw new Error('boom'); })()] = iterable; });
console.log(log);
t(() => { function h([a]) {} h(); });
t(() => { const c = 1; [c] = [2]; });
const m = [[1, 2], [3, 4]].map(([l, r]) => l * r);
console.log(m);
let v1, v2;
const res = ([v1, v2 = 'd'] = [9]);
console.log(v1, v2, res);
// Hot loop: swaps and pair returns.
function fibPairs(n) { let a = 0, b = 1; for (let i = 0; i < n; i++) [a, b] = [b, (a + b) % 1000003]; return a; }
function minmax(arr) { let lo = Infinity, hi = -Infinity; for (const v of arr) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)]; return [lo, hi]; }
const nums = []; for (let i = 0; i < 500; i++) nums.push((i * 7919) % 1009);
let acc = 0;
for (let r = 0; r < 20; r++) { const [lo, hi] = minmax(nums); acc += lo + hi; }
console.log(fibPairs(5000), acc);
