// function declarations and expressions
console.log(square(7));
console.log(isEven(10), isOdd(7), isEven(3));

function square(x) { return x * x; }
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }

var named = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(named(10));
console.log(typeof fact);

var anon = function (a, b) { return a - b; };
console.log(anon(10, 3));

function missingArgs(a, b, c) {
  return [a, b, c];
}
console.log(missingArgs(1));
console.log(missingArgs(1, 2, 3, 4));

function noReturn() { var x = 1; }
console.log(noReturn());
function emptyReturn() { return; }
console.log(emptyReturn());

function returnsFunction() {
  return function (y) { return y + 1; };
}
console.log(returnsFunction()(41));

function higher(f, v) { return f(f(v)); }
console.log(higher(square, 3));
console.log(higher(function (s) { return s + '!'; }, 'hi'));

function early(x) {
  if (x > 0) return 'positive';
  if (x < 0) return 'negative';
  return 'zero';
}
console.log(early(5), early(-5), early(0));

// function in block (declared in sloppy mode inside a block) avoided; define nested functions
function outer(n) {
  function helper(k) { return k * n; }
  var res = [];
  for (var i = 1; i <= 3; i++) res.push(helper(i));
  return res;
}
console.log(outer(4));

// IIFE
var iife = (function (a) { return a * 2; })(21);
console.log(iife);
console.log((function () { return 'iife2'; })());

// recursion depth moderate
function sumTo(n) { return n === 0 ? 0 : n + sumTo(n - 1); }
console.log(sumTo(1000));

// functions as values in arrays/objects
var ops = [square, named, anon];
console.log(ops[0](5), ops[1](5), ops[2](5, 1));
var table = { sq: square, neg: function (x) { return -x; } };
console.log(table.sq(9), table.neg(9));
console.log(typeof square, typeof table.neg);
