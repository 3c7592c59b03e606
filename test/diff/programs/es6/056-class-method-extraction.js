// passing methods as callbacks loses `this`; arrows and wrappers keep it
class Counter {
  constructor() { this.count = 0; this.step = 1; }
  inc() { this.count += this.step; return this.count; }
  label() { return 'count=' + this.count; }
}
const c = new Counter();
const extracted = c.inc;
try {
  extracted();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const wrapped = () => c.inc();
console.log(wrapped(), wrapped(), c.label());
const viaObj = { inc: c.inc, count: 100, step: 5 };
console.log(viaObj.inc(), viaObj.inc(), c.count);
function callTwice(fn) { return [fn(), fn()]; }
console.log(callTwice(() => c.inc()));
try {
  callTwice(c.label);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
// methods stored in arrays are called with the array as this
class Probe { who() { return this === undefined ? 'undefined' : typeof this.length === 'number' ? 'array of ' + this.length : 'object'; } }
const p = new Probe();
const arr = [p.who];
console.log(arr[0](), p.who(), (0, p.who) === p.who);
// self-binding pattern with arrow fields
class Button {
  presses = 0;
  press = () => ++this.presses;
}
const b = new Button();
const handlers = [b.press, b.press, b.press];
for (const h of handlers) h();
console.log(b.presses, callTwice(b.press));
// closures capturing `self`
class Legacy {
  constructor() {
    const self = this;
    this.total = 0;
    this.add = function (n) { self.total += n; return self.total; };
  }
}
const l = new Legacy();
const add = l.add;
console.log(add(5), add(10), l.total);
// forEach with method reference
class Acc {
  constructor() { this.items = []; }
  push(x) { this.items.push(x); }
}
const acc = new Acc();
[1, 2, 3].forEach(x => acc.push(x));
console.log(acc.items);
try {
  [1, 2].forEach(acc.push);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
