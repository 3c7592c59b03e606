// Prototypes changed while call sites that read through them are hot: the
// JIT's code assumed their shapes and is invalidated.
'use strict';
class A { m() { return 'A.m'; } }
class B extends A {}
const b = new B(), a = new A();
let out = [];
for (let i = 0; i < 200; i++) {
  out.push(b.m(), a.m(), b.k === undefined ? 'no-k' : b.k);
  if (i === 50) B.prototype.m = function () { return 'B.m'; };
  if (i === 100) A.prototype.k = 'k!';
  if (i === 150) { B.prototype.k = 'bk'; delete0(); }
}
function delete0() {}
console.log(out.slice(0, 6).join(), out.slice(150, 160).join(), out.slice(-6).join());
function F() {} ; const f = new F();
const objs = [{ a: 1 }, f];
let s = '';
for (let i = 0; i < 100; i++) { for (const o of objs) s += typeof o.toString; if (i === 30) F.prototype.toString = 5; if (i === 60) Object.prototype.extra = 1; }
console.log(s.length, s.slice(0, 40), s.slice(-40), f.extra);
