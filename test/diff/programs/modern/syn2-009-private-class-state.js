// A class hierarchy with private state: accounts with private fields,
// methods and accessors, static private counters, brand checks with #x in o.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };

class Account {
  static #count = 0;
  static #registry = [];
  #balance = 0;
  #history = [];
  #owner;
  constructor(owner, opening = 0) {
    this.#owner = owner;
    this.#deposit(opening, 'open');
    Account.#count++;
    Account.#registry.push(this);
  }
  #deposit(amount, why) {
    if (amount < 0) throw new RangeError(`negative amount ${amount}`);
    this.#balance += amount;
    this.#history.push([why, amount]);
  }
  get #summary() { return `${this.#owner}: ${this.#balance}`; }
  set #limit(v) { this.limitSet = v; }
  deposit(amount) { this.#deposit(amount, 'deposit'); return this; }
  withdraw(amount) {
    if (amount > this.#balance) throw new Error(`insufficient funds for ${this.#owner}`);
    this.#balance -= amount;
    this.#history.push(['withdraw', amount]);
    return this;
  }
  get balance() { return this.#balance; }
  describe() { this.#limit = 100; return this.#summary; }
  history() { return this.#history.map(([why, n]) => `${why}:${n}`).join(','); }
  transferTo(other, amount) {
    if (!(#balance in other)) throw new TypeError('not an account');
    this.withdraw(amount);
    other.#balance += amount;
    return other.#balance;
  }
  static count() { return Account.#count; }
  static total() { return Account.#registry.reduce((s, a) => s + a.#balance, 0); }
  static isAccount(o) { return #balance in o; }
}

class Savings extends Account {
  #rate;
  #ticks = 0;
  constructor(owner, opening, rate) {
    super(owner, opening);
    this.#rate = rate;
  }
  accrue() {
    this.#ticks++;
    const interest = Math.floor(this.balance * this.#rate);
    this.deposit(interest);
    return interest;
  }
  get ticks() { return this.#ticks; }
}

const a = new Account('ann', 100);
const s = new Savings('sam', 1000, 0.01);
console.log(a.deposit(50).withdraw(30).balance, a.describe(), a.limitSet, a.history());
console.log(s.accrue(), s.accrue(), s.balance, s.ticks, Account.count(), Account.total());
console.log(a.transferTo(s, 20), a.balance, Account.isAccount(s), Account.isAccount({}), Account.isAccount([]));
console.log(a, s, Object.keys(s), JSON.stringify(a), { ...s }, Object.getOwnPropertySymbols(a).length, Object.getOwnPropertyNames(a));
t(() => a.withdraw(1e9));
t(() => a.transferTo({}, 1));
t(() => Account.prototype.describe.call({}));
t(() => Account.prototype.deposit.call({}, 1));
t(() => Account.isAccount(5));
t(() => new Account('neg', -1));

// Every evaluation of a class makes new private names.
function makeBox() {
  return class Box {
    #v;
    constructor(v) { this.#v = v; }
    static get(b) { return b.#v; }
  };
}
const B1 = makeBox(), B2 = makeBox();
t(() => B1.get(new B1(1)));
t(() => B1.get(new B2(2)));

// Compound, logical and update operators, destructuring targets, optional reads.
class Counter {
  #n = 0;
  #name = null;
  #m() { return this.#n; }
  bump() { this.#n++; ++this.#n; this.#n += 10; this.#n **= 1; this.#name ??= 'c'; this.#name ||= 'x'; return [this.#n, this.#name]; }
  swap(o) { [this.#n, o.x] = [o.x, this.#n]; ({ y: this.#name } = o); return [this.#n, this.#name]; }
  maybe(o) { return o?.#n; }
  call() { return this.#m?.(); }
  static frozen() { const c = new Counter(); Object.freeze(c); c.#n = 42; return c.#n; }
}
const c = new Counter();
console.log(c.bump(), c.swap({ x: 'X', y: 'Y' }), c.maybe(null), c.maybe(c), c.call(), Counter.frozen());
t(() => { class Dup { #a = 1; constructor(o) { return o; } } class Sub extends Dup { #b = 2; constructor(o) { super(o); } } const o = {}; new Sub(o); new Sub(o); });

// Hot loop: private field reads and writes in a tight method.
class Vec {
  #x; #y;
  constructor(x, y) { this.#x = x; this.#y = y; }
  add(o) { this.#x += o.#x; this.#y += o.#y; return this; }
  dot(o) { return this.#x * o.#x + this.#y * o.#y; }
}
const acc = new Vec(0, 0);
const step = new Vec(1, 2);
let d = 0;
for (let i = 0; i < 5000; i++) { acc.add(step); d = (d + acc.dot(step)) % 1000003; }
console.log(d, acc.dot(new Vec(1, 0)));
