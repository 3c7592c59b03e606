// Hot getter and setter calls (the JIT calls them like methods): guards on
// shape, getter identity and prototypes, and what happens when they change.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  get len2() { return this.x * this.x + this.y * this.y; }
  get sum() { return this.x + this.y; }
  set both(v) { this.x = v; this.y = v; v = -1; }
}
let acc = 0;
const v = new Vec(1, 2);
for (let i = 0; i < 1000; i++) {
  v.both = i % 10;
  acc += v.len2 + v.sum;
}
console.log(acc, v);

// The setter's value as an expression (not popped) and chained.
let chained;
for (let i = 0; i < 50; i++) chained = (v.both = i) + 1;
console.log(chained, v.x);

// Replace the getter on the prototype mid-loop (same attributes: same shape).
const seen = [];
for (let i = 0; i < 400; i++) {
  if (i === 200) Object.defineProperty(Vec.prototype, 'sum', { get() { return 'patched'; }, configurable: true });
  if (i % 100 === 0 || i === 201) seen.push(v.sum);
}
console.log(seen);

// Replace an own accessor's getter with one of another function.
const o = { get g() { return 1; } };
const out = [];
for (let i = 0; i < 300; i++) {
  if (i === 150) Object.defineProperty(o, 'g', { get: function () { return 2; } });
  out.push(o.g);
}
console.log(out.slice(148, 153), out.length);

// Polymorphic receivers: getter on one, data on another, getter elsewhere in the chain.
class A { get k() { return 'A.k'; } }
class B extends A {}
class C extends B { get k() { return 'C.k:' + super.k; } }
const plain = { k: 'data' };
const objs = [new A(), new B(), new C(), plain, Object.create(new C())];
const tally = {};
for (let i = 0; i < 500; i++) {
  const key = objs[i % objs.length].k;
  tally[key] = (tally[key] || 0) + 1;
}
console.log(tally);

// A getter that throws sometimes, caught in the loop.
const flaky = { n: 0, get val() { this.n++; if (this.n % 97 === 0) throw new Error('flake ' + this.n); return this.n; } };
let errors = 0;
let total = 0;
for (let i = 0; i < 1000; i++) {
  try { total += flaky.val; } catch (e) { errors++; if (errors < 3) console.log(e.message); }
}
console.log(total, errors);

// A setter that throws; the target keeps its value.
class Guarded {
  constructor() { this._v = 0; }
  get v() { return this._v; }
  set v(x) { if (typeof x !== 'number') throw new TypeError('v must be a number, got ' + typeof x); this._v = x; }
}
const g = new Guarded();
const inputs = [1, 2, 'three', 4, null, 5];
for (let r = 0; r < 100; r++) {
  for (const x of inputs) {
    try { g.v = x; } catch (e) { if (r === 0) console.log(e.message); }
  }
}
console.log(g.v);

// Getter and setter recursion through other accessors.
const chain = {
  base: 3,
  get a() { return this.base * 2; },
  get b() { return this.a + 1; },
  set c(x) { this.base = x; },
  set d(x) { this.c = x * 10; },
};
let s2 = 0;
for (let i = 0; i < 500; i++) {
  chain.d = i % 4;
  s2 += chain.b;
}
console.log(s2, chain.base);

// Deleting an accessor while hot: reads fall back to the prototype or undefined.
const proto = { get w() { return 'proto w'; } };
const child = Object.create(proto);
Object.defineProperty(child, 'w', { get() { return 'own w'; }, configurable: true });
const ws = [];
for (let i = 0; i < 300; i++) {
  if (i === 100) delete child.w;
  if (i === 200) delete proto.w;
  if (i % 50 === 0) ws.push(child.w);
}
console.log(ws);

// Getters returning different kinds of value.
const shifty = { i: 0, get x() { this.i++; return this.i % 3 === 0 ? 'str' : this.i % 3 === 1 ? this.i : this.i + 0.5; } };
const kinds = [];
for (let i = 0; i < 300; i++) kinds.push(typeof shifty.x);
console.log(kinds.slice(0, 6), kinds.filter((k) => k === 'string').length);
