// Lazy generator pipelines (map/filter/take/zip/chunk), with a hot loop so the callers compile.
function* naturals() { let n = 0; while (true) yield n++; }
function* map(src, f) { for (let r = src.next(); !r.done; r = src.next()) yield f(r.value); }
function* filter(src, p) { for (let r = src.next(); !r.done; r = src.next()) if (p(r.value)) yield r.value; }
function* take(src, n) { if (n <= 0) return; for (let r = src.next(); !r.done; r = src.next()) { yield r.value; if (--n === 0) return; } }
function* zip(a, b) { while (true) { const x = a.next(), y = b.next(); if (x.done || y.done) return; yield [x.value, y.value]; } }
function* chunk(src, size) {
  let buf = [];
  for (let r = src.next(); !r.done; r = src.next()) { buf.push(r.value); if (buf.length === size) { yield buf; buf = []; } }
  if (buf.length) yield buf;
}
function toArray(src) { const out = []; for (let r = src.next(); !r.done; r = src.next()) out.push(r.value); return out; }

console.log(toArray(take(filter(map(naturals(), (x) => x * x), (x) => x % 3 === 1), 8)));
console.log(toArray(chunk(take(naturals(), 10), 4)));
console.log(toArray(take(zip(naturals(), map(naturals(), (x) => String.fromCharCode(97 + (x % 26)))), 5)));

// Fibonacci with a generator and early return.
function* fib() { let a = 0, b = 1; try { while (true) { yield a; const t = a + b; a = b; b = t; } } finally { console.log('fib closed'); } }
const f = fib();
const firsts = [];
for (let i = 0; i < 10; i++) firsts.push(f.next().value);
f.return();
console.log(firsts.join(' '));

// Hot loop: primes below a bound through a sieve of generators, many times.
function* primes() {
  const found = [];
  for (let n = 2; ; n++) {
    let isPrime = true;
    for (let i = 0; i < found.length && found[i] * found[i] <= n; i++) if (n % found[i] === 0) { isPrime = false; break; }
    if (isPrime) { found.push(n); yield n; }
  }
}
let sum = 0;
for (let round = 0; round < 8; round++) {
  const ps = take(primes(), 60 + round);
  for (let r = ps.next(); !r.done; r = ps.next()) sum += r.value;
}
console.log(sum);

// Many short-lived generators (allocation and collection of suspended frames).
let total = 0;
for (let i = 0; i < 400; i++) {
  const g = take(map(naturals(), (x) => x + i), 3);
  total += g.next().value + g.next().value + g.next().value;
}
console.log(total);
