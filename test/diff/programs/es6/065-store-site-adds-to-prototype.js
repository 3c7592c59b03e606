// A store site that adds properties to instances and then to a prototype:
// the add to the prototype must be seen by reads through it.
'use strict';
// An object and a prototype that share a shape: adding a property to the
// prototype through the same store site must be seen by reads through it.
function F() {}
const p = F.prototype;          // { constructor }
const plain = {};
class A { m() { return 1; } }
const objs = [];
function add(o, v) { o.extra = v; }
for (let i = 0; i < 50; i++) { const o = new F(); add(o, i); objs.push(o); }
const a = new A();
let s = 0;
for (let i = 0; i < 100; i++) {
  s += a.m();
  if (i === 60) add(A.prototype, 5);
  s += a.extra === undefined ? 0 : a.extra;
}
console.log(s, objs.length, new F().extra);
