'use strict';
// `new` reads newTarget.prototype every time: replacing it, replacing it
// with a primitive, and constructing through derived classes all show up.
function F(x) {
  this.x = x;
}
function G(x) {
  this.x = x;
}
const seen = [];
for (let i = 0; i < 12; i++) {
  if (i === 3) F.prototype = { tag: 'second' };
  if (i === 5) F.prototype.tag = 'second-updated';
  if (i === 7) F.prototype = 42; // not an object: instances get Object.prototype
  if (i === 9) F.prototype = G.prototype;
  const o = new F(i);
  seen.push(i + ':' + o.tag + ':' + (Object.getPrototypeOf(o) === Object.prototype) + ':' + (o instanceof G));
  const g = new G(i);
  seen.push(typeof g.tag);
}
console.log(seen.join(' '));

// Two functions with the same shape but different prototypes, alternating.
function A() {}
function B() {}
A.prototype.who = 'A';
B.prototype.who = 'B';
const ctors = [A, B, A, A, B];
let out = '';
for (let i = 0; i < 20; i++) out += new ctors[i % 5]().who;
console.log(out);

// Base constructor run with different new.target (derived classes).
class Base {
  constructor() {
    this.base = true;
  }
  kind() {
    return 'base';
  }
}
class D1 extends Base {
  kind() {
    return 'd1';
  }
}
class D2 extends Base {
  kind() {
    return 'd2';
  }
}
let kinds = '';
for (let i = 0; i < 10; i++) {
  const o = i % 3 === 0 ? new Base() : i % 3 === 1 ? new D1() : new D2();
  kinds += o.kind() + (o.base ? '+' : '-') + ' ';
}
console.log(kinds);

// Instances that grow: later ones get more inline slots, values stay right.
function Grow(n) {
  for (let i = 0; i < n; i++) this['p' + i] = i * n;
}
let sum = 0;
for (let n = 0; n < 40; n++) {
  const o = new Grow(n % 12);
  for (let i = 0; i < n % 12; i++) sum += o['p' + i];
}
console.log(sum);
// Garbage in between so collections run while the caches are warm.
let junk = null;
for (let k = 0; k < 150000; k++) junk = new F(k);
console.log(junk.x, new A().who, new B().who);
