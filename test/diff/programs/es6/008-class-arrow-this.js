// lexical this in arrow functions inside classes
class Timer {
  constructor(name) {
    this.name = name;
    this.ticks = 0;
    this.callbacks = [];
  }
  schedule(n) {
    for (let i = 0; i < n; i++) {
      this.callbacks.push(() => { this.ticks += i; return this.name + ':' + this.ticks; });
    }
    return this;
  }
  runAll() { return this.callbacks.map(cb => cb()); }
}
const t = new Timer('T');
console.log(t.schedule(4).runAll(), t.ticks);
// arrow fields called as this.fn(...)
class Calculator {
  total = 0;
  add = (n) => { this.total += n; return this; };
  times = (n) => { this.total *= n; return this; };
  apply(ops) {
    for (const op of ops) this[op[0]](op[1]);
    return this.total;
  }
  run() { return this.add(5).times(3).add(1).total; }
}
const c = new Calculator();
console.log(c.run(), c.apply([['add', 10], ['times', 2]]));
const detachedAdd = c.add;
detachedAdd(100);
console.log(c.total);
// arrows in methods keep this across nested callbacks
class Matrix {
  constructor(rows) { this.rows = rows; this.factor = 10; }
  scaled() { return this.rows.map(r => r.map(v => v * this.factor)); }
  sumWith(k) {
    let s = 0;
    this.rows.forEach(r => r.forEach(v => { s += v * k + this.factor; }));
    return s;
  }
}
const m = new Matrix([[1, 2], [3, 4]]);
console.log(m.scaled(), m.sumWith(2));
// regular function loses this (strict => undefined) vs arrow keeps it
class Compare {
  constructor() { this.v = 'value'; }
  viaFunction() {
    const self = this;
    const f = function () { return this === undefined ? 'lost this' : this.v; };
    const g = function () { return self.v; };
    return [f(), g()];
  }
  viaArrow() {
    const f = () => this.v;
    return f();
  }
}
console.log(new Compare().viaFunction(), new Compare().viaArrow());
// arrow returned from a method and called elsewhere
class Greeter {
  constructor(greeting) { this.greeting = greeting; }
  make() { return name => this.greeting + ', ' + name; }
}
const hi = new Greeter('Hi').make();
const yo = new Greeter('Yo').make();
console.log(hi('ann'), yo('bob'), [hi, yo].map(f => f('cy')));
// arrow in static method refers to class
class Util {
  static prefix = '>';
  static mapAll(arr) { return arr.map(x => this.prefix + x); }
}
console.log(Util.mapAll(['a', 'b']));
// arrow field this in derived class
class BaseH { handler = () => this.kind; kind = 'base'; }
class DerivedH extends BaseH { kind = 'derived'; }
const dh = new DerivedH();
const hfn = dh.handler;
console.log(hfn(), new BaseH().handler());
