// Sloppy-mode this: the global object for plain calls and call/apply with
// null or undefined, wrapper objects for primitives (String/Number/Boolean
// wrappers print as node prints them), strict functions and arrows unchanged,
// and global variables made through the global object.
function P() { this.x = 1; }
P();
console.log(typeof globalThis.x, globalThis.x);
String.prototype.m = function () { return typeof this; };
console.log('abc'.m());
String.prototype.shout = function () { return this.toUpperCase() + '!' + this.length + this[0]; };
console.log('abc'.shout());
Number.prototype.twice = function () { return this * 2; };
console.log((5).twice(), typeof (5).twice);
Boolean.prototype.not = function () { return !this.valueOf(); };
console.log(true.not());
function who() { return this; }
console.log(who() === globalThis, who.call(null) === globalThis, who.call(undefined) === globalThis, typeof who.call(7), who.call(7) instanceof Number);
var s = new String('hi'); var n = new Number(3); var b = new Boolean(false);
console.log(s, n, b, typeof s, s + '!', n + 1, b ? 'truthy' : 'falsy', s.length, s[1]);
console.log(Object('x'), Object(2), Object(true), String(s), Number(n));
console.log([new String('ab')], { w: new Number(-0) });
var k = []; for (var i in new String('xy')) k.push(i); console.log(k);
var o = { m: function () { return this === o; } };
console.log(o.m());
function strictF() { 'use strict'; return this; }
console.log(strictF(), strictF.call(5));
var arrow = () => typeof this;
console.log(arrow());
function outer() { return (() => this)(); }
console.log(outer() === globalThis);
function Counter() { this.count = (this.count || 0) + 1; }
for (var r = 0; r < 100; r++) Counter();
console.log(count, typeof count, globalThis.count);
count = 500;
console.log(globalThis.count);
try { console.log(notThere); } catch (e) { console.log(e.message); }
console.log(typeof notThere, typeof count);
// apply and call with every kind of thisArg, sloppy and strict callees.
function kind() { return typeof this + ':' + (this === globalThis ? 'global' : Object.prototype.toString.call(this)); }
function kindStrict() { 'use strict'; return this === undefined ? 'undefined' : typeof this; }
[undefined, null, 0, 'str', false, {}, [], kind].forEach(function (v) {
  console.log(kind.call(v), kind.apply(v, []), kindStrict.call(v));
});
// Hot: a method added to String.prototype, called on primitives in a loop.
String.prototype.initial = function () { return this.charAt(0).toUpperCase(); };
var names = ['ada', 'bob', 'cy', 'dee'];
var initials = '';
for (var q = 0; q < 2000; q++) initials = names[q % 4].initial() + initials.slice(0, 7);
console.log(initials);
// Hot: a plain-call helper writing through this (to the global object).
function tick() { this.ticks = (this.ticks || 0) + 1; return this; }
var g;
for (q = 0; q < 1000; q++) g = tick();
console.log(ticks, g === globalThis);
