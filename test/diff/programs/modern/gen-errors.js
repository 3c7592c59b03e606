// Errors in and around generators.
function* boom() {
  yield 1;
  throw new TypeError('inside generator');
}
const b = boom();
console.log(b.next());
try { b.next(); } catch (e) { console.log(e.name, e.message); }
console.log(b.next());

// A generator that re-enters itself.
let self;
function* reentrant() {
  try { self.next(); } catch (e) { console.log(e.name + ': ' + e.message); }
  yield 'ok';
}
self = reentrant();
console.log(self.next().value);

// next on something that is not a generator.
const g = (function* () {})();
try { g.next.call({}); } catch (e) { console.log(e.name); }

// Errors thrown by yield* inner generators propagate through.
function* inner() { yield 'i1'; throw new RangeError('inner failed'); }
function* outer() {
  try { yield* inner(); } catch (e) { yield 'outer caught ' + e.message; }
  return 'done';
}
const o = outer();
console.log(o.next().value, o.next().value, o.next().value, o.next().done);

// throw() forwarded to the inner generator, which catches it.
function* innerCatch() {
  while (true) {
    try { yield 'waiting'; } catch (e) { yield 'inner handled ' + e; return 'inner over'; }
  }
}
function* outer2() { const r = yield* innerCatch(); yield 'result ' + r; }
const o2 = outer2();
console.log(o2.next().value, o2.throw('E').value, o2.next().value, o2.next().done);

// return() forwarded through yield*: both finally blocks run, inside first.
function* innerFin() { try { yield 1; yield 2; } finally { console.log('inner finally'); } }
function* outerFin() { try { yield* innerFin(); } finally { console.log('outer finally'); } }
const of = outerFin();
console.log(of.next().value);
console.log(of.return('stop'));

// Uncaught error from a generator reaches the top level with a stack-less message check.
function* deep(n) { if (n === 0) throw new Error('bottom'); yield* deep(n - 1); }
try { deep(20).next(); } catch (e) { console.log(e.message); }

// Exceptions with finally inside loops of generators.
function* retry(times) {
  for (let i = 0; i < times; i++) {
    try {
      if (i % 2 === 0) throw new Error('attempt ' + i);
      yield 'success ' + i;
    } catch (e) {
      yield 'failed: ' + e.message;
    } finally {
      console.log('attempt', i, 'over');
    }
  }
}
for (let r = retry(4), s = r.next(); !s.done; s = r.next()) console.log(s.value);
