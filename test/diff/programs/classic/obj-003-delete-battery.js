// delete on properties and elements.
const o = { a: 1, b: 2, c: 3, d: 4 };
console.log(delete o.b, o, Object.keys(o));
console.log(delete o.zzz, delete o['c'], o);
o.b = 'back';
console.log(o, Object.keys(o), JSON.stringify(o));
// Delete the last-added property and add it again.
const p = { x: 1 };
p.y = 2;
delete p.y;
p.y = 3;
console.log(p);
// Numeric keys.
const n = { 1: 'a', 2: 'b', x: 'c' };
console.log(delete n[1], n, delete n['2'], n);
// Arrays get holes; length stays.
const arr = [10, 20, 30, 40];
console.log(delete arr[1], arr, arr.length);
console.log(arr[1], arr.indexOf(undefined), arr.map((x) => x * 2));
console.log(delete arr[10], arr.length, delete arr.length, arr.length);
arr.extra = 'e';
console.log(delete arr.extra, arr);
// Inherited properties are not deleted through an instance.
function F() { this.own = 1; }
F.prototype.shared = 'proto';
const f = new F();
console.log(delete f.shared, f.shared, delete f.own, f.own);
console.log(delete F.prototype.shared, f.shared);
// Strings: indices and length are not deletable.
const s = 'abc';
console.log(delete s[0], delete s.length, delete s.foo, s);
// Values that are not references.
let v = 1;
console.log(delete v, v, delete 5, delete (1 + 2));
// Functions: prototype is not configurable, other properties are.
function g() {}
g.tag = 1;
console.log(delete g.tag, g.tag, delete g.prototype, typeof g.prototype);
// delete on null/undefined throws.
try { const u = undefined; delete u.x; } catch (e) { console.log(e.name, e.message); }
try { const u = null; delete u['x']; } catch (e) { console.log(e.name, e.message); }
// Strict mode: non-configurable properties throw.
function strictDeletes() {
  'use strict';
  const out = [];
  for (const fn of [() => delete [].length, () => delete 'str'.length, () => delete Number.MAX_VALUE, () => delete Math.PI]) {
    try { out.push(fn()); } catch (e) { out.push(e.name + ': ' + e.message); }
  }
  return out;
}
console.log(strictDeletes());
// Deleting in a loop: a bag of counters.
const bag = {};
for (let i = 0; i < 500; i++) {
  const k = 'k' + (i % 13);
  if (bag[k] === undefined) bag[k] = 0;
  bag[k]++;
  if (bag[k] > 20) delete bag[k];
}
console.log(bag, Object.keys(bag).length);
// Many deletes then reads (dictionary mode) in a hot loop.
const dict = {};
for (let i = 0; i < 40; i++) dict['p' + i] = i;
for (let i = 0; i < 40; i += 3) delete dict['p' + i];
let total = 0;
for (let r = 0; r < 200; r++) for (const key of Object.keys(dict)) total += dict[key];
console.log(total, dict.p1, dict.p3, Object.keys(dict).length);
// Delete from a prototype used by hot code.
class Animal { speak() { return 'generic'; } }
const dog = new Animal();
dog.speak = function () { return 'woof'; };
const said = [];
for (let i = 0; i < 100; i++) {
  said.push(dog.speak());
  if (i === 50) delete dog.speak;
}
console.log(said.slice(48, 54));
