// call and apply: every list shape, natives, errors, recursion through apply.
function who() { return [typeof this, this && this.tag, arguments.length, Array.prototype.slice.call(arguments)]; }
var t = { tag: 'T' };
console.log(who.call(t, 1, 2), who.call(t));
console.log(who.apply(t, [1, 2, 3]), who.apply(t), who.apply(t, null), who.apply(t, undefined));
console.log(who.apply(t, { length: 2, 0: 'a', 1: 'b' }), who.apply(t, { length: 3, 1: 'only' }));
(function () { console.log(who.apply(t, arguments)); })('x', 'y');
console.log(Math.max.apply(null, [3, 9, 4]), Math.max.apply(Math, []), Math.min.call(null, 5, 2));
console.log(Array.prototype.concat.apply([1], [[2, 3], [4]]), String.prototype.toUpperCase.call('abc'));
try { who.apply(t, 5); } catch (e) { console.log(e.constructor.name, e.message); }
try { Function.prototype.call.call(5); } catch (e) { console.log(e.constructor.name); }
class K { constructor() { this.k = 1; } }
try { K.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
var bound = who.bind({ tag: 'B' }, 'pre');
console.log(bound.call(t, 1), bound.apply(t, [2, 3]));
function fact(n) { return n <= 1 ? 1 : n * fact.apply(null, [n - 1]); }
function fib(n) { return n < 2 ? n : fib.call(null, n - 1) + fib.call(null, n - 2); }
console.log(fact(10), fib(15));
var sum = 0;
function add() { for (var i = 0; i < arguments.length; i++) sum += arguments[i]; return sum; }
for (var k = 0; k < 3000; k++) { add.apply(null, [k, 1]); add.call(null, k); }
console.log(sum);
function Ctor(a, b) { this.a = a; this.b = b; }
function Sub() { Ctor.apply(this, arguments); this.c = 3; }
var s = new Sub(1, 2);
console.log(s.a, s.b, s.c);
