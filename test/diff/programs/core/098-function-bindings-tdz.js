// Temporal dead zones of bindings that hold functions (const arrows and
// function expressions, classes) read through closures before and after
// their initialisation, classes reassigned after use, and class inner names.
// Call sites run hot first, so the JIT compiles them before the binding
// changes or gets initialised.

function callLater(i) { return later(i); }
let tdz = 0;
for (let i = 0; i < 40; i++) {
  try { callLater(i); } catch (e) { if (e instanceof ReferenceError) tdz++; }
}
const later = (x) => x + 1;
let s = 0;
for (let i = 0; i < 200; i++) s += callLater(i);
console.log('const arrow', tdz, s);

// A class used before its declaration (from a closure), then after.
function build(n) { return new Pt(n, n + 1).sum(); }
let early = '';
try { build(1); } catch (e) { early = e.name + ': ' + e.message; }
class Pt {
  constructor(x, y) { this.x = x; this.y = y; }
  sum() { return this.x + this.y; }
  static origin() { return new Pt(0, 0); } // the inner name
  clone() { return new Pt(this.x, this.y); }
}
let t = 0;
for (let i = 0; i < 300; i++) t += build(i) + Pt.origin().sum() + new Pt(i, 1).clone().sum();
console.log('class', early, t);

// Calling a class without new is a TypeError, from a hot site too.
let noNew = 0;
for (let i = 0; i < 30; i++) { try { Pt(1, 2); } catch (e) { if (e instanceof TypeError) noNew++; } }
console.log('no new', noNew);

// A class binding is mutable outside its body: reassign it after the site is hot.
class Shape { area() { return 1; } }
function area() { return new Shape().area(); }
let a = 0;
for (let i = 0; i < 150; i++) a += area();
Shape = class { area() { return 10; } };
for (let i = 0; i < 10; i++) a += area();
Shape = null;
try { area(); } catch (e) { console.log('class reassigned', a, e instanceof TypeError); }

// Assigning a class's inner name throws; the outer binding is unchanged.
class Inner {
  static rename() { Inner = 0; }
  static who() { return 'inner'; }
}
try { Inner.rename(); } catch (e) { console.log('inner const', e instanceof TypeError, e.message, typeof Inner, Inner.who()); }

// Assigning a const function throws; it still holds the function afterwards.
const fixed = function () { return 'fixed'; };
let fixedOut = '';
for (let i = 0; i < 60; i++) {
  fixedOut = fixed();
  if (i === 30) { try { fixed = null; } catch (e) { fixedOut += ' ' + e.message; } }
}
console.log('const assign', fixedOut, typeof fixed);

// let functions initialised per iteration and read from closures made earlier in the iteration.
let closures = [];
for (let i = 0; i < 5; i++) {
  const use = () => step(i);
  try { use(); } catch (e) { closures.push(e.name); }
  const step = (v) => v * 10;
  closures.push(use());
}
console.log('per iteration', closures.join(' '));

// typeof of a marked binding, and of one in its TDZ.
function tdzTypeof() { try { return typeof notYet; } catch (e) { return e.name; } }
console.log('typeof', typeof callLater, typeof later, typeof Pt, tdzTypeof());
const notYet = () => 0;
console.log('typeof after', tdzTypeof());
