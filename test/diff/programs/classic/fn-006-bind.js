// Function.prototype.bind: this, partial application, new, name, length.
function greet(greeting, punct) { return greeting + ', ' + this.name + (punct || ''); }
var alice = { name: 'Alice' };
var hi = greet.bind(alice, 'Hi');
console.log(hi(), hi('!'), hi.name, hi.length, typeof hi);
var bare = greet.bind(alice);
console.log(bare('Hello', '?'), bare.name, bare.length);
var all = greet.bind(alice, 'Yo', '.', 'extra');
console.log(all(), all.length);
console.log(hi.prototype, hi.hasOwnProperty('prototype'));
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
var P5 = Point.bind(null, 5);
var p = new P5(7);
console.log(p.x, p.y, p.sum(), p instanceof Point, p instanceof P5, P5.name, P5.length);
var BoundAgain = P5.bind({ ignored: true }, 1);
var q = new BoundAgain();
console.log(q.x, q.y, BoundAgain.name, BoundAgain.length, q instanceof Point);
var arrow = (a, b) => [this === undefined ? 'u' : typeof this, a, b];
console.log(arrow.bind({ x: 1 }, 'a')('b'), arrow.bind(null).name);
console.log(console.log.bind(console).name, Math.max.bind(null, 3)(1, 9), Math.max.bind(null).length);
try { Function.prototype.bind.call({}, null); } catch (e) { console.log(e.constructor.name, e.message); }
var method = { v: 10, get: function () { return this.v; } };
var unbound = method.get;
var boundGet = method.get.bind(method);
console.log(boundGet(), [1, 2, 3].map(function (x) { return x * this.k; }.bind({ k: 3 })));
console.log(boundGet, [hi]);
class Animal { constructor(n) { this.n = n; } speak() { return this.n + ' speaks'; } }
var BA = Animal.bind(null, 'cat');
console.log(new BA().speak(), BA.name);
try { BA(); } catch (e) { console.log(e.constructor.name, e.message); }
// curry helper built on bind
function curry(fn) {
  return function curried() {
    if (arguments.length >= fn.length) return fn.apply(this, arguments);
    var args = Array.prototype.slice.call(arguments);
    return curried.bind.apply(curried, [this].concat(args));
  };
}
var add3 = curry(function (a, b, c) { return a + b + c; });
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
var total = 0;
var inc = function (step, x) { return x + step; }.bind(null, 2);
for (var i = 0; i < 5000; i++) total = inc(total);
console.log(total);
