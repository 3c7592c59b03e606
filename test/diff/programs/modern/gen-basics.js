// Generator objects: next/return/throw, finally blocks, states, methods.
function* counter(start, step) {
  let n = start;
  while (true) {
    const cmd = yield n;
    if (cmd === 'reset') n = start;
    else n += step;
  }
}
const c = counter(10, 5);
console.log(c.next().value, c.next().value, c.next('reset').value, c.next().value);

function* withFinally() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
  }
  yield 3;
}
const f1 = withFinally();
console.log(f1.next(), f1.return('early'), f1.next());
const f2 = withFinally();
console.log(f2.return('before start'), f2.next());

// A finally that yields: return() resumes it.
function* yieldingFinally() {
  try {
    yield 'a';
  } finally {
    yield 'in finally';
    console.log('after finally yield');
  }
}
const yf = yieldingFinally();
console.log(yf.next(), yf.return('r'), yf.next(), yf.next());

// throw() into a generator with a catch.
function* catcher() {
  let count = 0;
  while (true) {
    try {
      yield count;
    } catch (e) {
      count += 100;
      console.log('caught', e);
    }
    count++;
  }
}
const ct = catcher();
ct.next();
console.log(ct.throw('x'), ct.throw('y'), ct.next());

// throw() before start completes it.
const t0 = catcher();
try { t0.throw(new Error('never started')); } catch (e) { console.log(e.message); }
console.log(t0.next());

// Arguments, this and closures.
const obj = {
  base: 7,
  *items() {
    for (let i = 0; i < arguments.length; i++) yield this.base + arguments[i];
  },
};

const it = obj.items(1, 2, 3);
let r;
const seen = [];
while (!(r = it.next()).done) seen.push(r.value);
console.log(seen.join(','));

class Tree {
  constructor(value, left, right) { this.value = value; this.left = left; this.right = right; }
  *walk() {
    if (this.left) yield* this.left.walk();
    yield this.value;
    if (this.right) yield* this.right.walk();
  }
}
const tree = new Tree(4, new Tree(2, new Tree(1), new Tree(3)), new Tree(6, new Tree(5), new Tree(7)));
const order = [];
for (let w = tree.walk(), s = w.next(); !s.done; s = w.next()) order.push(s.value);
console.log(order.join(' '));

// Closures made inside a generator keep their own bindings.
function* makers() {
  for (let i = 0; i < 3; i++) yield () => i * 10;
}
const fns = [];
for (let m = makers(), s = m.next(); !s.done; s = m.next()) fns.push(s.value);
console.log(fns.map((fn) => fn()).join(','));

// Completed generators stay completed.
function* one() { return 'only'; }
const o = one();
console.log(o.next(), o.next(), o.return(5), o.next());

// typeof, prototype chain, not a constructor.
function* gen() {}
console.log(typeof gen, typeof gen(), Object.getPrototypeOf(gen()) === gen.prototype);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(gen())) === Object.getPrototypeOf(Object.getPrototypeOf(counter(0, 1))));
try { new gen(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(gen.prototype.constructor === Object, Object.keys(gen.prototype).length);
