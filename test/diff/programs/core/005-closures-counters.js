// closures capturing variables by reference
function makeCounter() {
  var count = 0;
  return {
    inc: function () { count++; return count; },
    dec: function () { count--; return count; },
    get: function () { return count; }
  };
}
var c1 = makeCounter();
var c2 = makeCounter();
console.log(c1.inc(), c1.inc(), c1.inc(), c2.inc(), c1.dec(), c2.get(), c1.get());

function makeAdder(x) {
  return function (y) { return x + y; };
}
var add5 = makeAdder(5);
var add10 = makeAdder(10);
console.log(add5(1), add10(1), add5(add10(100)));

// capture by reference: changes after closure creation visible
function later() {
  var v = 'before';
  var f = function () { return v; };
  v = 'after';
  return f();
}
console.log(later());

// closure modifying outer var
var total = 0;
function addToTotal(n) { total += n; }
addToTotal(3); addToTotal(4);
console.log(total);

// deep nesting
function level1(a) {
  return function level2(b) {
    return function level3(c) {
      return function level4(d) { return a + b + c + d; };
    };
  };
}
console.log(level1(1)(2)(3)(4), level1('a')('b')('c')('d'));

// generator-like via closure
function idGen(prefix) {
  var n = 0;
  return function () {
    n = n + 1;
    return prefix + n;
  };
}
var g1 = idGen('id');
var g2 = idGen('x');
console.log(g1(), g1(), g2(), g1(), g2());

// accumulator
function accumulator(start) {
  return function (v) { start += v; return start; };
}
var acc = accumulator(100);
console.log(acc(10), acc(-50), acc(0.5));

// closures with let in blocks
var fs = [];
{
  let hidden = 1;
  fs.push(function () { return hidden++; });
  fs.push(function () { return hidden * 100; });
}
console.log(fs[0](), fs[0](), fs[1](), fs[0](), fs[1]());

// once
function once(f) {
  var done = false;
  var result;
  return function (x) {
    if (!done) { done = true; result = f(x); }
    return result;
  };
}
var o = once(function (x) { return x * 3; });
console.log(o(2), o(5), o(100));

// compose
function compose(f, g) { return function (x) { return f(g(x)); }; }
var inc = function (x) { return x + 1; };
var dbl = function (x) { return x * 2; };
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
