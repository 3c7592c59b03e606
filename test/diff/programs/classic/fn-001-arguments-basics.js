// The arguments object: length, reads, typeof, printing, callee, strict mode.
function f(a, b) {
  return arguments.length + ':' + arguments[0] + ',' + arguments[1] + ',' + arguments[2] + ',' + arguments[3];
}
console.log(f(), f(1), f(1, 2), f(1, 2, 3), f(1, 2, 3, 4, 5));
function show() { console.log(arguments); return arguments; }
var o = show(1, 'a', { x: 1 }, [2, 3], null, undefined);
show();
console.log(typeof o, o.length, Object.keys(o), String(o), JSON.stringify(o));
console.log(Object.prototype.toString.call(o), o instanceof Object, Array.isArray(o));
console.log([o], { args: o });
function c() { return arguments.callee === c; }
console.log(c());
var anon = function () { return typeof arguments.callee; };
console.log(anon());
function sc() {
  'use strict';
  try { return arguments.callee; } catch (e) { return e.constructor.name + ': ' + e.message; }
}
console.log(sc());
function sc2() {
  'use strict';
  try { arguments.callee = 1; return 'no throw'; } catch (e) { return e.constructor.name + ': ' + e.message; }
}
console.log(sc2());
function keys() { var r = []; for (var i = 0; i < arguments.length; i++) r.push(typeof arguments[i]); return r.join(' '); }
console.log(keys(1, 'x', true, null, undefined, {}, [], function () {}));
function odd() {
  return [arguments['0'], arguments['1'], arguments[1.5], arguments[-1], arguments['length'], arguments[10]];
}
console.log(odd('p', 'q'));
function strictOdd() {
  'use strict';
  return [arguments['0'], arguments.length, arguments[2]];
}
console.log(strictOdd(7, 8));
// Top-level code of a module has its wrapper's arguments.
console.log(typeof arguments, arguments.length);
// Arrow functions see the enclosing function's arguments.
function outer() {
  var arrow = () => arguments[0] + arguments.length;
  var nested = () => () => arguments[1];
  return [arrow(99), nested()()];
}
console.log(outer(5, 6));
// A parameter or variable named arguments shadows the object.
function shadow(arguments) { return arguments; }
console.log(shadow(3, 4));
function shadowVar() { var arguments = 'mine'; return arguments; }
console.log(shadowVar(1));
// Constructors and methods have their own.
function K(a) { this.n = arguments.length; this.x = arguments[2]; }
var kk = new K(1, 2, 3);
console.log(kk.n, kk.x, kk instanceof K);
var obj = { m: function () { return arguments.length; }, n() { return arguments[0]; } };
console.log(obj.m(1, 2, 3), obj.n('z'));
class C { constructor() { this.args = Array.prototype.slice.call(arguments); } get() { return arguments.length; } }
var ci = new C(1, 2);
console.log(ci.args, ci.get(1, 2, 3, 4));
