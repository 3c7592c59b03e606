'use strict';
// Property reads at sites that see many shapes, and obj[name] with string
// keys: found on the object, on a prototype, or nowhere, before and after
// prototypes and objects change.
class A {
  foo() {
    return 'A.foo';
  }
}
class B extends A {}
class C extends B {
  bar() {
    return 'C.bar';
  }
}
function has(obj, name) {
  return typeof obj[name] === 'function';
}
function read(obj, name) {
  return obj[name];
}
const objs = [new A(), new B(), new C(), { foo: 1 }, { x: 1, foo: 'own' }, { y: 2 }];
const names = ['foo', 'bar', 'baz', 'x', 'y', 'constructor', 'toString', '0', 'length'];
function survey() {
  const out = [];
  for (let r = 0; r < 3; r++) {
    for (let i = 0; i < objs.length; i++) {
      let line = '';
      for (let j = 0; j < names.length; j++) {
        const v = read(objs[i], names[j]);
        line += (has(objs[i], names[j]) ? 'F' : typeof v === 'undefined' ? '-' : String(v).slice(0, 6)) + ' ';
      }
      if (r === 2) out.push(line);
    }
  }
  return out.join('| ');
}
console.log(survey());
A.prototype.baz = function () {
  return 'A.baz';
};
console.log(survey());
Object.prototype.y = 'protoY';
console.log(survey());
objs[1].bar = 'ownbar';
objs[3]['0'] = 'zero';
console.log(survey());
B.prototype.foo = 7;
console.log(survey());

// Named reads at one site over many shapes (polymorphic, then megamorphic).
function getX(o) {
  return o.x;
}
const shapes = [];
for (let i = 0; i < 20; i++) {
  const o = {};
  for (let j = 0; j < i % 7; j++) o['f' + j] = j;
  if (i % 3 !== 0) o.x = i;
  shapes.push(o);
}
let total = '';
for (let r = 0; r < 5; r++) for (let i = 0; i < shapes.length; i++) total += getX(shapes[i]) + ',';
console.log(total);
Object.prototype.x = 'px';
let after = '';
for (let i = 0; i < shapes.length; i++) after += getX(shapes[i]) + ',';
console.log(after);

// Strings built at run time (not interned) still find the same properties.
const key = ['f', 'o', 'o'].join('');
console.log(read(objs[4], key), has(objs[2], 'ba' + 'r'), read(objs[0], 'ba' + 'z') === A.prototype.baz);

// Many properties: a dictionary-shaped receiver.
const big = {};
for (let i = 0; i < 100; i++) big['k' + i] = i;
let s = 0;
for (let r = 0; r < 3; r++) for (let i = 0; i < 100; i += 7) s += read(big, 'k' + i);
big.k7 = 1000;
console.log(s, read(big, 'k7'), read(big, 'foo'), read(big, 'y'));
