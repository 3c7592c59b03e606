// The iterator protocol's corners: when return() is called, when next is read,
// what a modified built-in iterator does, growth during iteration, labels.
const trace = [];
function counted(n, name) {
  return {
    [Symbol.iterator]() {
      trace.push(name + ':open');
      let i = 0;
      return {
        get next() {
          trace.push(name + ':get-next');
          return () => (i < n ? { value: i++, done: false } : { value: 'end', done: true });
        },
        return(v) {
          trace.push(name + ':return');
          return { done: true };
        },
      };
    },
  };
}
for (const x of counted(3, 'a')) trace.push('a' + x);
for (const x of counted(3, 'b')) { if (x === 1) break; }
outer: for (const x of counted(2, 'c')) {
  for (const y of counted(2, 'd')) {
    if (y === 1) continue outer;
  }
}
function early() { for (const x of counted(5, 'e')) if (x === 2) return x * 10; }
trace.push('early' + early());
try { for (const x of counted(5, 'f')) { if (x === 1) throw new Error('boom'); } } catch (e) { trace.push(e.message); }
const throwingNext = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); }, return() { trace.push('never'); } }; } };
try { for (const x of throwingNext); } catch (e) { trace.push(e.message); }
const badReturn = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { throw new Error('return threw'); } }; } };
try { for (const x of badReturn) throw new Error('body threw'); } catch (e) { trace.push(e.message); }
try { for (const x of badReturn) break; } catch (e) { trace.push(e.message); }
const nonObjResult = { [Symbol.iterator]() { return { next() { return 42; } }; } };
try { for (const x of nonObjResult); } catch (e) { trace.push(e.constructor.name + ': ' + e.message); }
console.log(trace.join('\n'));

// Arrays grow while iterated; holes read as undefined.
const grow = [1, 2, 3];
const seen = [];
for (const v of grow) { seen.push(v); if (grow.length < 6) grow.push(v * 10); }
console.log(seen, [...[1, , 3]], [..."ab"], Array.from([, 'x']));
// A replaced array iterator is used by for-of and spread.
const saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  let i = this.length;
  const arr = this;
  return { next: () => (i > 0 ? { value: arr[--i], done: false } : { done: true }) };
};
const rev = [];
for (const v of [1, 2, 3]) rev.push(v);
console.log(rev, [...[4, 5, 6]]);
Array.prototype[Symbol.iterator] = saved;
const fwd = [];
for (const v of [1, 2, 3]) fwd.push(v);
console.log(fwd);
// An own iterator on one array.
const special = [1, 2, 3];
special[Symbol.iterator] = function () { let done = false; return { next: () => (done ? { done: true } : ((done = true), { value: 'only', done: false })) }; };
console.log([...special], [...[7, 8]]);
// The arguments object and strings by code point.
function args() { const out = []; for (const a of arguments) out.push(a); return out; }
console.log(args(1, 'two', 3), [...'a\u{1F600}b'].length);
// Iterators are iterable; entries/keys of arrays; %IteratorPrototype%.
const it = ['x', 'y'].entries();
console.log(it[Symbol.iterator]() === it, [...it], Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) === Object.getPrototypeOf(Object.getPrototypeOf(new Map().entries())));
// Class-based iterable with a hot loop.
class Range {
  constructor(lo, hi, step) { this.lo = lo; this.hi = hi; this.step = step; }
  [Symbol.iterator]() {
    let cur = this.lo;
    const hi = this.hi, step = this.step;
    return { next() { if (cur < hi) { const v = cur; cur += step; return { value: v, done: false }; } return { value: undefined, done: true }; } };
  }
}
let acc = 0;
for (let r = 0; r < 200; r++) for (const v of new Range(0, 100, 3)) acc += v;
console.log(acc, Math.max(...new Range(5, 50, 7)), [...new Range(0, 3, 1)]);
function sum3(a, b, c) { return a + b + c; }
let s2 = 0;
const triple = [1, 2, 3];
for (let i = 0; i < 3000; i++) s2 += sum3(...triple) + sum3(0, ...triple.slice(1));
console.log(s2, new Date(...[2020, 1, 3]).getMonth(), [...triple, ...new Set([9, 9, 8])]);
