// Generators as iterables: for-of (with break/return closing them), spread, Array.from,
// yield* over arrays, strings and custom iterators, infinite sequences cut short.
function* fib() {
  let a = 0, b = 1;
  try {
    while (true) { yield a; const t = a + b; a = b; b = t; }
  } finally {
    console.log('fib closed');
  }
}
const firstTen = [];
for (const x of fib()) { if (firstTen.length === 10) break; firstTen.push(x); }
console.log(firstTen.join(' '));

function* flatten(xs) {
  for (const x of xs) {
    if (Array.isArray(x)) yield* flatten(x);
    else yield x;
  }
}
console.log([...flatten([1, [2, [3, [4, 5]], 6], [[7]], 'str'])]);
console.log(Array.from(flatten([[1, 2], [3]]), (x) => x * 10));
console.log(Math.max(...flatten([[3, 9], [4, [12, 1]]])));

function* chars() { yield* 'héllo'; yield* ['!', '?']; }
console.log([...chars()].join('|'));

// A custom iterable class whose iterator is a generator method.
class Range {
  constructor(lo, hi, step) { this.lo = lo; this.hi = hi; this.step = step || 1; }
  *[Symbol.iterator]() { for (let i = this.lo; i < this.hi; i += this.step) yield i; }
}
console.log([...new Range(0, 10, 3)], Array.from(new Range(5, 8)));

// yield* over a hand-written iterator, with return() forwarded when the consumer stops early.
const manual = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next: (v) => ({ value: 'm' + i++ + (v === undefined ? '' : ':' + v), done: i > 4 }),
      return: (v) => { console.log('manual return called'); return { value: v, done: true }; },
    };
  },
};
function* wrap() { const r = yield* manual; console.log('wrap got', r); }
const w = wrap();
console.log(w.next().value, w.next('sent').value);
console.log(w.return('stop'));
for (const v of wrap()) console.log('full', v);

// Returning from inside for-of over a generator closes it.
function firstOver(limit) { for (const f of fib()) if (f > limit) return f; }
console.log(firstOver(100));

// Destructuring-free pairing with entries of a generator.
function* enumerate(it) { let i = 0; for (const x of it) yield [i++, x]; }
for (const pair of enumerate(['a', 'b', 'c'])) console.log(pair[0], pair[1]);

// Hot: sum of a generator-driven for-of many times.
function* upTo(n) { for (let i = 1; i <= n; i++) yield i; }
let total = 0;
for (let k = 0; k < 300; k++) for (const v of upTo(50)) total += v * k;
console.log(total);
console.log(Object.prototype.toString.call(fib()), String(fib), typeof fib().next);
