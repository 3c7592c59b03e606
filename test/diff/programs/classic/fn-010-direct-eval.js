// Direct eval: the evaluated code sees (and writes) the caller's variables.
function f(a) {
  var b = 2;
  var r = eval('a + b');
  eval('b = 10');
  return [r, b, eval('typeof a'), eval('typeof nothingHere')];
}
console.log(f(1));
function g() { var x = 'outer'; function h() { return eval('x + "!"'); } return h(); }
console.log(g());
var top = 5;
console.log(eval('top * 2'), eval(3), eval('1;2;3'), eval());
function k(n) { 'use strict'; return eval('n * 3'); }
console.log(k(4));
try { eval('1 +'); } catch (e) { console.log(e.constructor.name, e.message); }
try { eval('throw new TypeError("inside")'); } catch (e) { console.log(e.constructor.name, e.message); }
function loop() { var s = 0; for (var i = 0; i < 300; i++) s += eval('i * 2'); return s; }
console.log(loop());
var ind = eval;
console.log((function () { var q = 1; try { return ind('q'); } catch (e) { return e.message; } })());
function counter() {
  var count = 0;
  return { inc: function () { return eval('++count'); }, get: function () { return count; } };
}
var c = counter();
c.inc(); c.inc();
console.log(c.get());
function withArgs() { return eval('arguments.length + ":" + arguments[1]'); }
console.log(withArgs('a', 'b', 'c'));
function mkFn() { var base = 100; return eval('(function (x) { return base + x; })'); }
console.log(mkFn()(5));
// A JSON-ish config read the old way.
var text = '{ "name": "app", "ports": [80, 443], "debug": false }';
var cfg = eval('(' + text + ')');
console.log(cfg.name, cfg.ports.length, cfg.debug);
