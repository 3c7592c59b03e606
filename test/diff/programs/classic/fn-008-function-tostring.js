// Function.prototype.toString prints the source text, as V8 keeps it.
function decl(a, b) { return a + b; /* comment kept */ }
var expr = function (x) {
  return x * 2;
};
var arrow = (p) => p + 1;
var arrowBlock = (p, q) => { return p - q; };
class A { static m(a) { return 1; } n() {} constructor(x) { this.x = x; } }
class Empty {}
class Derived extends A { extra() { return 'e'; } }
var o = { meth(b) { return b; }, f: function (c) {}, ar: (d) => d };
console.log(decl.toString());
console.log(String(expr));
console.log('' + arrow, '|', arrowBlock.toString());
console.log(A.toString());
console.log(A.m.toString(), '|', A.prototype.n.toString(), '|', Empty.toString());
console.log(Derived.toString(), '|', Derived.prototype.extra.toString());
console.log(o.meth.toString(), '|', o.f.toString(), '|', o.ar.toString());
console.log(String(Math.max), String(decl.bind(null)), String(Array.prototype.map));
console.log(new Function('a', 'b', 'return a * b').toString());
console.log((0, eval)('(function fromEval() { return 1; })').toString());
function outer() { function inner() { return 'in'; } return inner; }
console.log(outer().toString());
// Source text used as data: a classic trick for multi-line strings.
function heredoc(fn) { var s = fn.toString(); return s.slice(s.indexOf('/*') + 2, s.lastIndexOf('*/')).trim(); }
console.log(heredoc(function () {/*
  line one
  line two
*/}));
console.log(typeof decl.toString(), decl.toString().length);
