// obj[key] with string keys over objects of several shapes, own and
// inherited, absent and added later (the lookup cache machine code probes).
'use strict';
class A { foo() {} foo2() {} }
class B extends A {}
const objs = [new A(), new B(), { foo: 1, bar: 'x' }, { bar: 2 }];
const keys = ['foo', 'foo2', 'bar', 'baz', 'x' + 'y', 'constructor', 'toString'];
let out = '';
for (let r = 0; r < 300; r++) {
  for (const o of objs) for (const k of keys) { const v = o[k]; out += typeof v === 'function' ? 'f' : v === undefined ? 'u' : String(v); }
  if (r === 100) A.prototype.baz = 7;
  if (r === 200) objs[3].foo = 'late';
}
const big = {}; for (let i = 0; i < 100; i++) big['p' + i] = i;
let t = 0; for (let r = 0; r < 100; r++) for (let i = 0; i < 100; i++) t += big['p' + i];
console.log(out.length, out.slice(0, 60), out.slice(-60), t);
