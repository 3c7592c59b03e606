// constructor functions with prototype methods
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.add = function (other) { return new Point(this.x + other.x, this.y + other.y); };
Point.prototype.len2 = function () { return this.x * this.x + this.y * this.y; };
Point.prototype.toStr = function () { return '(' + this.x + ', ' + this.y + ')'; };
var p = new Point(1, 2);
var q = new Point(3, 4);
console.log(p.add(q).toStr(), q.len2(), p.x, p['y']);
console.log(p);
console.log(p instanceof Point, {} instanceof Point, p.add === q.add);
console.log(typeof Point.prototype, typeof p.add, p.constructor === Point);

// prototype properties shared; instance properties shadow
Point.prototype.label = 'pt';
console.log(p.label, q.label);
q.label = 'own';
console.log(p.label, q.label);
Point.prototype.label = 'changed';
console.log(p.label, q.label);

// adding to prototype after creation is visible
Point.prototype.neg = function () { return new Point(-this.x, -this.y); };
console.log(p.neg().toStr());

// constructor returning an object overrides this
function Weird() {
  this.a = 1;
  return { b: 2 };
}
var w = new Weird();
console.log(w.a, w.b, w instanceof Weird);

// constructor returning a primitive is ignored
function Normal() {
  this.a = 1;
  return 42;
}
var nm = new Normal();
console.log(nm.a, nm instanceof Normal);

// new without parentheses
function NoArgs() { this.made = true; }
var na = new NoArgs;
console.log(na.made);

// counting instances with a property on the constructor
function Counted() { Counted.count++; this.id = Counted.count; }
Counted.count = 0;
var c1 = new Counted(), c2 = new Counted(), c3 = new Counted();
console.log(c1.id, c2.id, c3.id, Counted.count);

// methods calling each other through this
function Account(owner, balance) {
  this.owner = owner;
  this.balance = balance;
  this.history = [];
}
Account.prototype.deposit = function (n) { this.balance += n; this.history.push('d' + n); return this; };
Account.prototype.withdraw = function (n) {
  if (n > this.balance) { this.history.push('x' + n); return this; }
  this.balance -= n; this.history.push('w' + n); return this;
};
Account.prototype.summary = function () { return this.owner + ': ' + this.balance + ' [' + this.history.join(' ') + ']'; };
var acc = new Account('ann', 10);
console.log(acc.deposit(5).withdraw(20).withdraw(3).deposit(100).summary());
console.log(acc);

// constructor with methods defined in constructor (own properties)
function Own(v) {
  this.v = v;
  this.get = function () { return this.v; };
}
var o1 = new Own(1), o2 = new Own(2);
console.log(o1.get(), o2.get(), o1.get === o2.get);

// new with expression callee
var ns = { Point: Point };
var p3 = new ns.Point(7, 8);
console.log(p3.toStr(), p3 instanceof Point);
